from setuptools import Extension, setup

setup(
    name="crcfast",
    version="0.3.1",
    ext_modules=[Extension("crcfast", ["crcfast.c"], libraries=["z"])],
)
