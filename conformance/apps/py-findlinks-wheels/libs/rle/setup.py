from setuptools import Extension, setup

setup(name="rle-codec", version="2.1.0", ext_modules=[Extension("rle_codec", ["rle.c"])])
