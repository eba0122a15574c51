#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Run-length encoding of a bytes object as (count, byte) pairs; counts cap at 255. */
static PyObject *encode(PyObject *self, PyObject *args) {
    const unsigned char *in;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "y#", &in, &n)) return NULL;
    PyObject *out = PyBytes_FromStringAndSize(NULL, n * 2);
    if (!out) return NULL;
    unsigned char *o = (unsigned char *)PyBytes_AS_STRING(out);
    Py_ssize_t w = 0;
    for (Py_ssize_t i = 0; i < n;) {
        unsigned char c = in[i], k = 0;
        while (i < n && in[i] == c && k < 255) { i++; k++; }
        o[w++] = k;
        o[w++] = c;
    }
    _PyBytes_Resize(&out, w);
    return out;
}

static PyMethodDef methods[] = {{"encode", encode, METH_VARARGS, "RLE-encode bytes"}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "rle_codec", NULL, -1, methods};
PyMODINIT_FUNC PyInit_rle_codec(void) { return PyModule_Create(&module); }
