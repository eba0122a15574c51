from setuptools import Extension, setup

setup(
    name="pgver",
    version="1.0.0",
    ext_modules=[Extension("pgver", ["pgver/pgver.c"], include_dirs=["/usr/include/postgresql"], libraries=["pq"])],
)
