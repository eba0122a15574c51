"""Celery app of the scoring worker; the broker comes from the environment."""
import os

from celery import Celery

app = Celery("worker", broker=os.environ.get("CELERY_BROKER_URL", "redis://redis:6379/0"), include=["worker.tasks"])
app.conf.update(task_serializer="json", accept_content=["json"], broker_connection_retry_on_startup=True)
