package dev.slimline.optimize;

import org.junit.jupiter.api.Test;

import static dev.slimline.optimize.RewriteTester.optimizer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Python shapes of the conformance corpus, each as a before/after pair: an entrypoint that chowns a volume and
 * drops privileges with gosu (the official database images' idiom) starts as root; {@code python setup.py install}
 * of a C extension and {@code manage.py collectstatic} run in the build and their results reach the runtime;
 * nested requirement files are read relative to the file that names them (Django's requirements/ layout).
 */
class PythonSourceWorkRewriteTest {

    @Test
    void entrypointDroppingPrivilegesWithGosuKeepsRootAndTheOriginalsUser() {
        RewriteTester tester = optimizer().file("requirements.txt", "fastapi==0.100.0\nuvicorn==0.23.0\n")
                .file("main.py", "")
                .file("docker-entrypoint.sh", "#!/bin/bash\nchown -R spool:spool \"$SPOOL_DIR\"\nexec gosu spool \"$@\"\n");
        tester.rewriteRun("""
                FROM python:3.11
                RUN apt-get update && apt-get install -y gosu gcc
                RUN useradd --create-home --uid 1500 spool
                WORKDIR /app
                COPY . .
                RUN pip install -r requirements.txt
                ENTRYPOINT ["/app/docker-entrypoint.sh"]
                CMD ["uvicorn", "main:app"]
                """, """
                FROM python:3.11 AS build
                RUN apt-get update && apt-get install -y --no-install-recommends gosu gcc && rm -rf /var/lib/apt/lists/*
                WORKDIR /app
                RUN python -m venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH"
                COPY requirements.txt ./
                RUN pip install --no-cache-dir -r requirements.txt

                FROM python:3.11-slim
                RUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*
                RUN useradd --create-home --uid 1500 spool
                WORKDIR /app
                COPY --from=build /opt/venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
                COPY . .
                USER root
                ENTRYPOINT ["/app/docker-entrypoint.sh"]
                CMD ["uvicorn", "main:app"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary).contains(
                "start user stays root (uid 0 kept): the entrypoint drops privileges itself with gosu after preparing its files");
    }

    @Test
    void setupPyInstallRunsInTheBuildAndTheBuiltWorkdirReachesTheRuntime() {
        RewriteTester tester = optimizer().file("setup.py", "from setuptools import setup\nsetup(name='pgver')\n")
                .file("api.py", "");
        tester.rewriteRun("""
                FROM python:3.11
                RUN apt-get update && apt-get install -y gcc libpq-dev
                COPY . /srv/api
                WORKDIR /srv/api
                RUN pip install flask==2.2.2 gunicorn==20.1.0
                RUN python setup.py install
                CMD ["gunicorn", "api:app"]
                """, """
                FROM python:3.11 AS build
                RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*
                WORKDIR /srv/api
                RUN python -m venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH"
                RUN pip install --no-cache-dir flask==2.2.2 gunicorn==20.1.0
                COPY . .
                RUN python setup.py install

                FROM python:3.11-slim
                RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                WORKDIR /srv/api
                COPY --from=build /opt/venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
                COPY --from=build --chown=1001:1001 /srv/api /srv/api
                USER 1001:1001
                CMD ["gunicorn", "api:app"]
                """);
    }

    @Test
    void nestedRequirementFilesAreCopiedWhereTheFileNamingThemExpectsThem() {
        RewriteTester tester = optimizer().file("requirements/production.txt", "-r base.txt\n-c ../constraints.txt\ngunicorn\n")
                .file("requirements/base.txt", "django==3.2.25\n").file("constraints.txt", "sqlparse==0.4.2\n")
                .file("manage.py", "");
        tester.rewriteRun("""
                FROM python:3.11
                WORKDIR /app
                COPY . /app/
                RUN pip install -r requirements/production.txt
                RUN python manage.py collectstatic --noinput
                CMD ["gunicorn", "shop.wsgi:application"]
                """, """
                FROM python:3.11 AS build
                WORKDIR /app
                RUN python -m venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH"
                COPY constraints.txt ./
                COPY requirements/production.txt ./requirements/production.txt
                COPY requirements/base.txt ./requirements/base.txt
                RUN pip install --no-cache-dir -r requirements/production.txt
                COPY . .
                RUN python manage.py collectstatic --noinput

                FROM python:3.11-slim
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                WORKDIR /app
                COPY --from=build /opt/venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
                COPY --from=build --chown=1001:1001 /app /app
                USER 1001:1001
                CMD ["gunicorn", "shop.wsgi:application"]
                """);
    }

    @Test
    void wheelBuilderRuntimeStageInstallingOnlyPrebuiltWheelsIsRebasedOntoSlim() {
        RewriteTester tester = optimizer().file("requirements.txt", "fastapi==0.100.0\n").file("geo/main.py", "");
        tester.rewriteRun("""
                FROM python:3.11 AS build
                RUN apt-get update && apt-get install -y build-essential
                WORKDIR /src
                COPY . .
                RUN pip wheel --wheel-dir /wheels -r requirements.txt

                FROM python:3.11
                WORKDIR /app
                COPY --from=build /wheels /wheels
                RUN pip install /wheels/*
                COPY geo ./geo
                CMD ["uvicorn", "geo.main:app"]
                """, """
                FROM python:3.11 AS build
                RUN apt-get update && apt-get install -y build-essential
                WORKDIR /src
                COPY . .
                RUN pip wheel --wheel-dir /wheels -r requirements.txt

                FROM python:3.11-slim
                WORKDIR /app
                COPY --chown=1001:1001 --from=build /wheels /wheels
                RUN pip install --no-cache-dir /wheels/*
                COPY --chown=1001:1001 geo ./geo
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                USER 1001:1001
                CMD ["uvicorn", "geo.main:app"]
                """);
    }

    @Test
    void runtimeStageInstallingRequirementsByNameStaysOnTheFullImage() {
        RewriteTester tester = optimizer().file("requirements.txt", "psycopg2==2.9.9\n").file("app.py", "");
        tester.rewriteRun("""
                FROM python:3.11 AS build
                RUN echo built > /built

                FROM python:3.11
                COPY --from=build /built /built
                RUN pip install psycopg2==2.9.9
                CMD ["python", "app.py"]
                """, """
                FROM python:3.11 AS build
                RUN echo built > /built

                FROM python:3.11
                COPY --chown=1001:1001 --from=build /built /built
                RUN pip install --no-cache-dir psycopg2==2.9.9
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                USER 1001:1001
                CMD ["python", "app.py"]
                """);
    }

    @Test
    void wheelsBuiltInTheImageForFindLinksAreBuiltBeforeTheInstallThatReadsThem() {
        RewriteTester tester = optimizer().file("requirements.txt", "--find-links ./wheels\nrle-codec==2.1.0\n")
                .file("libs/rle/setup.py", "").file("app.py", "");
        tester.rewriteRun("""
                FROM python:3.11
                WORKDIR /app
                COPY . .
                RUN pip wheel --no-deps -w wheels ./libs/rle
                RUN pip install -r requirements.txt
                CMD ["python", "app.py"]
                """, """
                FROM python:3.11 AS build
                WORKDIR /app
                RUN python -m venv /opt/venv
                ENV PATH="/opt/venv/bin:$PATH"
                COPY . .
                RUN pip wheel --no-deps -w wheels ./libs/rle
                RUN pip install --no-cache-dir -r requirements.txt

                """ + RuntimeNeedsRewriteTest.FLASK_RUNTIME + """
                USER 1001:1001
                CMD ["python", "app.py"]
                """);
    }
}
