#!/usr/bin/env bash
# Cold and warm timings without touching the machine's own engine: setup.sh starts a second dockerd with its
# own socket, data root, bridge, address pool, cache directory and wheelhouse port. Afterwards that dockerd is
# stopped and its data removed (keep it with KEEP=1).
#   bash testbed/measure-cold.sh            setup.sh cold, then warm
#   bash testbed/measure-cold.sh --suite    the README's test command (.ci/run, CI=true) in a fresh clone of
#                                           HEAD with an empty HOME (no Maven repository, no wrapper
#                                           distribution), cold, against that empty engine
#
# The second dockerd runs with --iptables=false so it never rewrites the chains the machine's engine owns
# (dockerd recreates them at start); this script adds the few rules its containers need to reach the
# network (forwarding and masquerading for its bridge and address pool) and removes them on exit. Never give
# such a daemon --bridge=none: dockerd then deletes the host's docker0 and cuts off the main engine's
# containers. Published ports on 127.0.0.1 work through docker-proxy, as on the main engine.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
mode="${1:-setup}"
case "$mode" in setup|--suite) ;; *) echo "usage: $0 [--suite]" >&2; exit 2 ;; esac
base="${COLD_DIR:-/var/lib/slimline-cold}"
run="/run/slimline-cold"
bridge="${COLD_BRIDGE:-slimcold0}"
bridge_cidr="${COLD_BRIDGE_CIDR:-10.253.253.1/24}"
pool="${COLD_ADDRESS_POOL:-10.254.0.0/16}"
mkdir -p "$base" "$run"
ip link show "$bridge" >/dev/null 2>&1 || { ip link add "$bridge" type bridge; ip addr add "$bridge_cidr" dev "$bridge"; ip link set "$bridge" up; }
bridge_net="$(python3 -c "import ipaddress,sys; print(ipaddress.ip_interface(sys.argv[1]).network)" "$bridge_cidr")"
# Forwarding and NAT for the second engine's networks only (inserted first, removed on exit).
rules=()
for net in "$bridge_net" "$pool"; do
  rules+=("filter FORWARD -s $net -j ACCEPT" "filter FORWARD -d $net -j ACCEPT"
          "nat POSTROUTING -s $net ! -d $net -j MASQUERADE")
done
for r in "${rules[@]}"; do read -r table chain spec <<<"$r"; iptables -t "$table" -I "$chain" 1 $spec; done

export DOCKER_HOST="unix://$run/docker.sock"
export SLIMLINE_DOCKERD_ARGS="-H $DOCKER_HOST --data-root $base/docker --exec-root $run/exec --pidfile $run/docker.pid -b $bridge --iptables=false --ip-masq=false --default-address-pool base=$pool,size=24"
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
  for r in "${rules[@]}"; do read -r table chain spec <<<"$r"; iptables -t "$table" -D "$chain" $spec 2>/dev/null || true; done
  ip link del "$bridge" 2>/dev/null || true
  [ -n "${KEEP:-}" ] || rm -rf "$base/docker" "$SLIMLINE_TESTBED_CACHE" "$base/clone" "$base/home"
}
trap stop EXIT

if [ "$mode" = setup ]; then
  t0=$(date +%s); bash "$here/setup.sh"; t1=$(date +%s)
  bash "$here/setup.sh" >/dev/null; t2=$(date +%s)
  echo "setup.sh cold: $((t1 - t0))s, warm: $((t2 - t1))s"
  exit 0
fi

# --suite: what CI does on a fresh machine, from a clean clone.
rm -rf "$base/clone" "$base/home"
git clone -q "$(git -C "$here" rev-parse --show-toplevel)" "$base/clone"
mkdir -p "$base/home"
t0=$(date +%s)
status=0
(cd "$base/clone" && HOME="$base/home" CI=true bash .ci/run) || status=$?
t1=$(date +%s)
echo "cold .ci/run: exit $status after $((t1 - t0))s (clone $(git -C "$base/clone" rev-parse --short HEAD), load $(cut -d' ' -f1-3 /proc/loadavg))"
exit "$status"
