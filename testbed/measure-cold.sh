#!/usr/bin/env bash
# Measures setup.sh cold (empty engine, empty cache) and warm (right after) without touching the machine's
# engine: setup.sh starts a second dockerd with its own socket, data root and its own bridge (created here
# and removed afterwards; never --bridge=none: dockerd then deletes the host's docker0, cutting off the main
# engine's containers), with its own cache directory and wheelhouse port. Afterwards that dockerd is stopped
# and its data removed (keep it with KEEP=1).
#   bash testbed/measure-cold.sh
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
base="${COLD_DIR:-/var/lib/slimline-cold}"
run="/run/slimline-cold"
bridge="${COLD_BRIDGE:-slimcold0}"
mkdir -p "$base" "$run"
ip link show "$bridge" >/dev/null 2>&1 || { ip link add "$bridge" type bridge; ip link set "$bridge" up; }
export DOCKER_HOST="unix://$run/docker.sock"
export SLIMLINE_DOCKERD_ARGS="-H $DOCKER_HOST --data-root $base/docker --exec-root $run/exec --pidfile $run/docker.pid -b $bridge --iptables=false --ip-masq=false"
export SLIMLINE_DOCKERD_LOG="$base/dockerd.log"
export SLIMLINE_TESTBED_CACHE="$base/cache"
export SLIMLINE_WHEELHOUSE_PORT="${COLD_WHEELHOUSE_PORT:-3199}"
stop() {
  if [ -f "$run/docker.pid" ]; then
    local pid; pid="$(cat "$run/docker.pid")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  fi
  if [ -f "$SLIMLINE_TESTBED_CACHE/wheelhouse-server.pid" ]; then kill "$(cat "$SLIMLINE_TESTBED_CACHE/wheelhouse-server.pid")" 2>/dev/null || true; fi
  ip link del "$bridge" 2>/dev/null || true
  [ -n "${KEEP:-}" ] || rm -rf "$base/docker" "$SLIMLINE_TESTBED_CACHE"
}
trap stop EXIT
t0=$(date +%s); bash "$here/setup.sh"; t1=$(date +%s)
bash "$here/setup.sh" >/dev/null; t2=$(date +%s)
echo "setup.sh cold: $((t1 - t0))s, warm: $((t2 - t1))s"
