#!/bin/bash
set -euo pipefail
mkdir -p "$DATA_DIR"
echo "notes: data in $DATA_DIR, port ${PORT}"
exec gunicorn --bind "0.0.0.0:${PORT}" --workers "${WORKERS:-2}" notes.app:app
