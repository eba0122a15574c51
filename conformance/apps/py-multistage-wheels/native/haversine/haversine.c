#include <Python.h>
#include <math.h>

/* Great-circle distance in km between two (lat, lon) points in degrees. */
static PyObject *distance(PyObject *self, PyObject *args) {
    double la1, lo1, la2, lo2;
    if (!PyArg_ParseTuple(args, "dddd", &la1, &lo1, &la2, &lo2)) return NULL;
    const double r = M_PI / 180.0;
    double dla = (la2 - la1) * r, dlo = (lo2 - lo1) * r;
    double a = sin(dla / 2) * sin(dla / 2) + cos(la1 * r) * cos(la2 * r) * sin(dlo / 2) * sin(dlo / 2);
    return PyFloat_FromDouble(6371.0 * 2 * atan2(sqrt(a), sqrt(1 - a)));
}

static PyMethodDef methods[] = {{"distance", distance, METH_VARARGS, "km"}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "haversine_c", NULL, -1, methods};
PyMODINIT_FUNC PyInit_haversine_c(void) { return PyModule_Create(&module); }
