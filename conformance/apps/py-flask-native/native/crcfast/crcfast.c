#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <zlib.h>

static PyObject *crc(PyObject *self, PyObject *args) {
    Py_buffer buf;
    if (!PyArg_ParseTuple(args, "y*", &buf)) return NULL;
    uLong c = crc32(0L, Z_NULL, 0);
    c = crc32(c, buf.buf, (uInt)buf.len);
    PyBuffer_Release(&buf);
    return PyLong_FromUnsignedLong(c);
}

static PyObject *version(PyObject *self, PyObject *noargs) { return PyUnicode_FromString(zlibVersion()); }

static PyMethodDef methods[] = {
    {"crc32", crc, METH_VARARGS, "CRC-32 of a bytes-like object."},
    {"zlib_version", version, METH_NOARGS, "Version of the zlib linked at run time."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "crcfast", NULL, -1, methods};

PyMODINIT_FUNC PyInit_crcfast(void) { return PyModule_Create(&module); }
