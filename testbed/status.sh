#!/usr/bin/env bash
# Which stand-ins are present and built from the current recipes, and whether the wheelhouse is served.
exec bash "$(dirname "$(readlink -f "$0")")/setup.sh" --check "$@"
