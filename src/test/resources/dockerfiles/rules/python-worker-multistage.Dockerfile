# hadolint global ignore=DL3008
# clean: a reasonable multi-stage Celery worker; the builder may be messy (its caches and compilers do not
# ship), the runtime is lean, non-root and has a health check. The global pragma above silences apt pinning.
ARG PYTHON_VERSION=3.11
FROM python:${PYTHON_VERSION} AS builder
RUN apt-get update && apt-get install -y build-essential libpq-dev
WORKDIR /build
COPY requirements.txt .
RUN pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:${PYTHON_VERSION}-slim AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 1001 appuser
WORKDIR /app
COPY --from=builder /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels
COPY --chown=appuser:appuser . .
USER appuser
HEALTHCHECK --interval=30s CMD ["celery", "-A", "worker", "inspect", "ping"]
CMD ["celery", "-A", "worker", "worker", "--loglevel=info"]
