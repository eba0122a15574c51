"""Celery tasks of the worker service. Sums and checksums run in the fastsum C extension; the usage report
is a pandas summary with a scikit-learn trend line."""
import numpy as np
import pandas as pd
from celery import Celery
from sklearn.linear_model import LinearRegression

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


@app.task(name="tasks.usage_report")
def usage_report(daily_counts):
    """Mean, peak and the linear trend (change per day) of a series of daily counts."""
    frame = pd.DataFrame({"day": np.arange(len(daily_counts)), "count": daily_counts})
    trend = LinearRegression().fit(frame[["day"]], frame["count"]).coef_[0]
    return {"mean": float(frame["count"].mean()), "peak": int(frame["count"].max()), "trend": round(float(trend), 6)}
