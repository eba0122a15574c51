"""Celery tasks of the worker service. Heavy lifting is done by the fastsum C extension."""
from celery import Celery

import fastsum

app = Celery("tasks")
app.config_from_object("celeryconfig")


@app.task(name="tasks.sum_numbers")
def sum_numbers(numbers):
    """Sum a list of integers; the C extension checks for 64-bit overflow."""
    return {"count": len(numbers), "total": fastsum.total(numbers)}


@app.task(name="tasks.checksum")
def checksum(text):
    """CRC-32 of a UTF-8 string, as an unsigned integer."""
    return fastsum.checksum(text.encode("utf-8"))
