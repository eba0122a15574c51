#!/usr/bin/env bash
# A second Docker engine on this machine, reached over TCP on 127.0.0.1, for tests that must show slimline drives
# whatever engine DOCKER_HOST names while the machine's own engine stays untouched (SecondEngineVerifyIT).
#
#   bash testbed/second-engine.sh start [IMAGE...]   starts it (idempotent), loads IMAGEs from the main engine into it,
#                                                    prints its DOCKER_HOST (tcp://127.0.0.1:PORT) on stdout
#   bash testbed/second-engine.sh stop               stops it and removes its data, bridge and rules
#
# Its own data root, exec root, bridge and address pool; --iptables=false so it never rewrites the chains the main
# engine owns (dockerd recreates them at start); published ports on 127.0.0.1 work through docker-proxy. Never
# --bridge=none: dockerd would then delete the host's docker0. Environment: SECOND_ENGINE_PORT (default 23750),
# SECOND_ENGINE_DIR (default /var/lib/slimline-second-engine). Exit 2 usage, 4 the engine did not start. As root.
set -euo pipefail
port="${SECOND_ENGINE_PORT:-23750}"
base="${SECOND_ENGINE_DIR:-/var/lib/slimline-second-engine}"
run=/run/slimline-second-engine
bridge=slimsecond0
bridge_cidr=10.252.252.1/24
pool=10.251.0.0/16
host="tcp://127.0.0.1:$port"
docker="${SLIMLINE_DOCKER:-/usr/bin/docker}"
rules=("filter FORWARD -s 10.252.252.0/24 -j ACCEPT" "filter FORWARD -d 10.252.252.0/24 -j ACCEPT"
       "filter FORWARD -s $pool -j ACCEPT" "filter FORWARD -d $pool -j ACCEPT")

answers() { DOCKER_HOST="$host" "$docker" version --format '{{.Server.Version}}' >/dev/null 2>&1; }

start() {
  if ! answers; then
    mkdir -p "$base" "$run"
    ip link show "$bridge" >/dev/null 2>&1 || {
      ip link add "$bridge" type bridge; ip addr add "$bridge_cidr" dev "$bridge"; ip link set "$bridge" up; }
    local r; for r in "${rules[@]}"; do
      read -r table chain spec <<<"$r"
      # shellcheck disable=SC2086 # spec holds separate iptables words
      iptables -t "$table" -C "$chain" $spec 2>/dev/null || iptables -t "$table" -I "$chain" 1 $spec; done
    # Only 127.0.0.1: a daemon on TCP without TLS must never listen beyond this machine.
    setsid nohup dockerd -H "$host" -H "unix://$run/docker.sock" --data-root "$base/docker" --exec-root "$run/exec" \
      --pidfile "$run/docker.pid" -b "$bridge" --iptables=false --ip-masq=false \
      --default-address-pool "base=$pool,size=24" >"$base/dockerd.log" 2>&1 </dev/null &
    local i; for i in $(seq 1 60); do answers && break; sleep 1; done
    answers || { echo "second-engine: dockerd did not answer on $host within 60 s; see $base/dockerd.log" >&2; exit 4; }
  fi
  local image; for image in "$@"; do
    DOCKER_HOST="$host" "$docker" image inspect "$image" >/dev/null 2>&1 \
      || "$docker" save "$image" | DOCKER_HOST="$host" "$docker" load >&2
  done
  echo "$host"
}

stop() {
  if [ -f "$run/docker.pid" ]; then
    local pid; pid="$(cat "$run/docker.pid")"
    kill "$pid" 2>/dev/null || true
    local i; for i in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  fi
  local r; for r in "${rules[@]}"; do
    read -r table chain spec <<<"$r"
    # shellcheck disable=SC2086
    iptables -t "$table" -D "$chain" $spec 2>/dev/null || true; done
  ip link del "$bridge" 2>/dev/null || true
  rm -rf "$base/docker" "$run"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  *) echo "usage: $0 start [IMAGE...] | stop" >&2; exit 2 ;;
esac
