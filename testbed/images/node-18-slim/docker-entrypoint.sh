#!/bin/sh
# Same contract as the official node image's entrypoint: a first argument that is an option or not a
# command on PATH is handed to node.
set -e
if [ "${1#-}" != "$1" ] || [ -z "$(command -v "${1}" 2>/dev/null)" ]; then
  set -- node "$@"
fi
exec "$@"
