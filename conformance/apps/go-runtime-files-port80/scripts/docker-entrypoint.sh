#!/bin/sh
# Prepares the data directory, then runs the command (default: the server).
set -e
mkdir -p "${DATA_DIR:-/srv/guestbook/data}"
if [ "${1#-}" != "$1" ] || [ -z "$1" ]; then
  set -- /usr/local/bin/guestbook "$@"
fi
exec "$@"
