from setuptools import Extension, setup

setup(name="haversine-c", version="1.0.0", ext_modules=[Extension("haversine_c", ["haversine.c"], libraries=["m"])])
