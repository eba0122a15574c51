#!/usr/bin/env bash
# The whole test suite from nothing: installs and starts the Docker engine, builds the stand-in base
# images (testbed/README.md), then runs unit and integration tests. Idempotent; as root.
#
# The integration tests (*IT, Failsafe) use the engine setup.sh started, through the client in
# SLIMLINE_DOCKER (default: Debian's /usr/bin/docker, which builds with BuildKit). They never skip: an
# engine, stand-in or wheelhouse that is not there fails them. Extra arguments go to Maven, e.g.
#   scripts/test-all.sh -Dit.test=ExampleMonorepoIT
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
. scripts/java-env.sh
start=$(date +%s)
# setup.sh and the tests must talk to the same engine through the same client.
export SLIMLINE_DOCKER="${SLIMLINE_DOCKER:-/usr/bin/docker}"
bash testbed/setup.sh
# Every stand-in current and the wheelhouse answering on 127.0.0.1 (the worker's pip reads it during builds);
# if the wheelhouse server has died since, running setup.sh again restarts it.
if ! bash testbed/setup.sh --check; then
  echo "slimline: the testbed is not ready after setup (see the table above); not running the tests" >&2
  exit 4
fi
echo "testbed ready after $(( $(date +%s) - start ))s"
./mvnw -B -ntp verify "$@"
echo "tests finished after $(( $(date +%s) - start ))s"
