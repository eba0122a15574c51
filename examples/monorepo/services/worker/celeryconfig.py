"""Celery settings, read from the environment so compose and plain `docker run` both work."""
import os

broker_url = os.environ.get("CELERY_BROKER_URL", "redis://redis:6379/0")
result_backend = os.environ.get("CELERY_RESULT_BACKEND", broker_url)

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
result_expires = 3600
worker_prefetch_multiplier = 4
broker_connection_retry_on_startup = True
