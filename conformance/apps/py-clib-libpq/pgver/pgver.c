#include <Python.h>
#include <libpq-fe.h>

/* The libpq the process loaded: the service reports it so operators see client/server mismatches. */
static PyObject *libpq_version(PyObject *self, PyObject *noargs) { return PyLong_FromLong(PQlibVersion()); }

static PyObject *escape_ok(PyObject *self, PyObject *args) {
    const char *conninfo;
    if (!PyArg_ParseTuple(args, "s", &conninfo)) return NULL;
    char *err = NULL;
    PQconninfoOption *opts = PQconninfoParse(conninfo, &err);
    if (opts == NULL) {
        PyObject *msg = PyUnicode_FromString(err ? err : "invalid");
        PQfreemem(err);
        return msg;
    }
    PQconninfoFree(opts);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"libpq_version", libpq_version, METH_NOARGS, "PQlibVersion()"},
    {"check_conninfo", escape_ok, METH_VARARGS, "None when a libpq connection string parses, else the error"},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "pgver", NULL, -1, methods};

PyMODINIT_FUNC PyInit_pgver(void) { return PyModule_Create(&module); }
