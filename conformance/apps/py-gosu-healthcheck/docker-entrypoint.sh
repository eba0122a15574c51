#!/bin/bash
set -e
# Started as root: fix the spool's ownership (a fresh volume is root-owned), then drop to the app user.
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$SPOOL_DIR"
  chown -R spool:spool "$SPOOL_DIR"
  exec gosu spool "$@"
fi
exec "$@"
