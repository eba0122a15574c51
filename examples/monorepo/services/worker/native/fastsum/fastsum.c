/*
 * fastsum: the worker's hot loops in C.
 *   total(iterable of ints) -> int     sum with overflow checking
 *   checksum(bytes) -> int             CRC-32 of a buffer, computed by zlib
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <zlib.h>

static PyObject *fastsum_total(PyObject *self, PyObject *iterable)
{
    PyObject *iterator = PyObject_GetIter(iterable);
    if (iterator == NULL) {
        return NULL;
    }
    long long sum = 0;
    PyObject *item;
    while ((item = PyIter_Next(iterator)) != NULL) {
        long long value = PyLong_AsLongLong(item);
        Py_DECREF(item);
        if (value == -1 && PyErr_Occurred()) {
            Py_DECREF(iterator);
            return NULL;
        }
        if (__builtin_add_overflow(sum, value, &sum)) {
            Py_DECREF(iterator);
            PyErr_SetString(PyExc_OverflowError, "fastsum.total: sum does not fit in 64 bits");
            return NULL;
        }
    }
    Py_DECREF(iterator);
    if (PyErr_Occurred()) {
        return NULL;
    }
    return PyLong_FromLongLong(sum);
}

static PyObject *fastsum_checksum(PyObject *self, PyObject *args)
{
    Py_buffer data;
    if (!PyArg_ParseTuple(args, "y*:checksum", &data)) {
        return NULL;
    }
    uLong crc = crc32(0L, Z_NULL, 0);
    const Bytef *cursor = (const Bytef *)data.buf;
    Py_ssize_t left = data.len;
    /* zlib takes a uInt length: feed large buffers in chunks */
    while (left > 0) {
        uInt chunk = left > (Py_ssize_t)0x40000000 ? 0x40000000u : (uInt)left;
        crc = crc32(crc, cursor, chunk);
        cursor += chunk;
        left -= chunk;
    }
    PyBuffer_Release(&data);
    return PyLong_FromUnsignedLong(crc);
}

static PyMethodDef fastsum_methods[] = {
    {"total", fastsum_total, METH_O, "Sum an iterable of integers (64-bit, overflow checked)."},
    {"checksum", fastsum_checksum, METH_VARARGS, "CRC-32 of a bytes-like object (zlib)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef fastsum_module = {
    PyModuleDef_HEAD_INIT, "fastsum", "Fast numeric helpers for the worker.", -1, fastsum_methods,
};

PyMODINIT_FUNC PyInit_fastsum(void)
{
    return PyModule_Create(&fastsum_module);
}
