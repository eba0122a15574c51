# Extension modules stay in setup.py (the setuptools this project pins has no pyproject form for them).
from setuptools import Extension, setup

setup(ext_modules=[Extension("xmlcount", ["xmlcount/xmlcount.c"], include_dirs=["/usr/include/libxml2"], libraries=["xml2"])])
