#!/bin/sh
set -e
# First start: make sure the data directory exists; then hand over to the command (dumb-init is PID 1).
mkdir -p "${DATA_DIR:-/var/lib/pastes}"
if [ "$1" = "serve" ]; then
  set -- node src/app.js
fi
exec "$@"
