from setuptools import Extension, setup

setup(
    name="fastsum",
    version="0.3.1",
    description="Fast numeric helpers for the worker (C extension)",
    ext_modules=[Extension("fastsum", sources=["fastsum.c"], libraries=["z"])],
)
