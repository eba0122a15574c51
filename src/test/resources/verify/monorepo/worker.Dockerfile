# Test data for verify: the optimization of examples/monorepo/services/worker. The C extension is compiled in a
# build stage with gcc and the zlib headers; the slim runtime stage gets only the virtual environment.
FROM python:3.11 AS build
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY native/fastsum ./native/fastsum
RUN pip install --no-cache-dir ./native/fastsum

FROM python:3.11-slim
RUN useradd --no-log-init --uid 1001 --no-create-home --shell /usr/sbin/nologin appuser
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
ENV CELERY_BROKER_URL=redis://redis:6379/0
WORKDIR /app
COPY tasks.py celeryconfig.py ./
USER appuser
HEALTHCHECK --interval=10s --timeout=30s --start-period=60s --retries=3 CMD celery -A tasks inspect ping -d "celery@$HOSTNAME" --timeout 10 || exit 1
CMD ["celery", "-A", "tasks", "worker", "--loglevel=info", "--concurrency=2"]
