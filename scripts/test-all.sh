#!/usr/bin/env bash
# The whole test suite from nothing: installs and starts the Docker engine, builds the stand-in base
# images (testbed/README.md), then runs unit and integration tests. Idempotent; as root.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
. scripts/java-env.sh
start=$(date +%s)
bash testbed/setup.sh
echo "testbed ready after $(( $(date +%s) - start ))s"
# The engine is up now: an integration test that cannot reach it must fail, not skip.
export SLIMLINE_REQUIRE_ENGINE=1
./mvnw -B -ntp verify "$@"
echo "tests finished after $(( $(date +%s) - start ))s"
