#!/usr/bin/env bash
# bench/verify-floor: `slimline verify examples/monorepo` against the floor, the same builds, runs and probes done with
# plain docker commands, in one run. Both sides run on a warm build cache: one untimed verify first (it also builds the
# jar and the launcher's AOT cache), then ROUNDS alternating rounds; prints every time, the medians and the ratio.
# The floor builds the six images side by side (FLOOR_BUILDS=serial: one after another), then runs the original and
# the optimized set one after the other, as verify does.
# Usage: bench/verify-floor.sh [ROUNDS]     (default 3; needs the testbed: bash testbed/setup.sh). See bench/README.md.
# VERIFY_BEFORE=DIR (another slimline checkout with its jar built, e.g. main) also times that tree's verify in every
# round, between this tree's verify and the floor: before and after measured against the same floor in one run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
DOCKER="${SLIMLINE_DOCKER:-/usr/bin/docker}"
export SLIMLINE_DOCKER="$DOCKER" DOCKER_BUILDKIT=1
EX=examples/monorepo
OPT=src/test/resources/verify/monorepo
SERVICES=(api worker web-app)
OUT="$(mktemp -d /tmp/verify-floor.XXXXXX)"
PROBE_TIMEOUT=180
FLOOR="slimline-floor-$$"

cleanup() {
  "$DOCKER" ps -aq --filter "label=$FLOOR" | xargs -r "$DOCKER" rm -f -v >/dev/null 2>&1 || true
  "$DOCKER" network ls -q --filter "label=$FLOOR" | xargs -r "$DOCKER" network rm >/dev/null 2>&1 || true
  "$DOCKER" images -q "$FLOOR/*" | sort -u | xargs -r "$DOCKER" rmi -f >/dev/null 2>&1 || true
  rm -rf "$OUT"
}
trap cleanup EXIT

now() { date +%s.%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# The invocation VerifyMonorepoIT runs: the three services with the optimized Dockerfiles of the test resources
# (the optimizer's default output needs alpine images, which the testbed cannot build).
verify() { # [SLIMLINE_DIR]: another checkout's launcher, on this tree's example and Dockerfiles
  "${1:-.}/slimline" verify "$EX" --optimized "api=$OPT/api.Dockerfile" --optimized "worker=$OPT/worker.Dockerfile" \
    --optimized "web-app=$OPT/web-app.Dockerfile" --format json --output "$OUT/verify.json" -q >"$OUT/verify.txt" 2>&1
}

dockerfile() { # SERVICE VARIANT
  if [[ $2 == original ]]; then echo "$EX/services/$1/Dockerfile"; else echo "$OPT/$1.Dockerfile"; fi
}

# Polls until "$@" succeeds (every 0.1 s, bounded): the cheapest wait a script can do.
poll() {
  local deadline=$((SECONDS + PROBE_TIMEOUT))
  until "$@"; do
    if ((SECONDS > deadline)); then echo "floor: timed out: $*" >&2; return 1; fi
    sleep 0.1
  done
}
http_2xx() { # PORT PATH...: one round over the routes, as verify asks them
  local port=$1 path; shift
  for path in "$@"; do curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port$path" 2>/dev/null && return 0; done
  return 1
}
# (no `| grep -q`: grep ending first makes celery die of SIGPIPE, and pipefail fails the probe)
celery_pong() { [[ $("$DOCKER" exec "$1" celery -A tasks inspect ping --timeout 10 2>/dev/null) == *pong* ]]; }
healthy() { [[ $("$DOCKER" inspect -f '{{.State.Health.Status}}' "$1") == healthy ]]; }
port_of() { "$DOCKER" port "$1" "$2/tcp" | head -1 | sed 's/.*://'; }

# One variant's run as verify does it: redis and the three services on a network of their own, ports on 127.0.0.1,
# the same probes; for the optimized images also the HEALTHCHECK, the exec checks and the image's file tree (save).
run_variant() { # VARIANT
  local v=$1 net="$FLOOR-$1" s
  "$DOCKER" network create --label "$FLOOR" "$net" >/dev/null
  run() { "$DOCKER" run -d --label "$FLOOR" --network "$net" "$@" >/dev/null; }
  run --name "$net-redis" --network-alias redis redis:7
  run --name "$net-api" --network-alias api -e PORT=8080 -p 127.0.0.1::8080 "$FLOOR/api:$v"
  run --name "$net-worker" --network-alias worker -e CELERY_BROKER_URL=redis://redis:6379/0 "$FLOOR/worker:$v"
  run --name "$net-web-app" --network-alias web-app -e API_URL=http://api:8080 -p 127.0.0.1::3000 "$FLOOR/web-app:$v"
  local api_port web_port
  api_port=$(port_of "$net-api" 8080)
  web_port=$(port_of "$net-web-app" 3000)
  if [[ $v == original ]]; then
    poll http_2xx "$api_port" /health /healthz /api/health /
    poll celery_pong "$net-worker"
    poll http_2xx "$web_port" /health /healthz /api/health /
  else
    poll http_2xx "$api_port" /health /healthz /api/health /
    poll celery_pong "$net-worker"
    poll http_2xx "$web_port" /api/health /health /healthz /
    for s in "${SERVICES[@]}"; do
      poll healthy "$net-$s"
      "$DOCKER" exec "$net-$s" cat /proc/1/status >/dev/null
      "$DOCKER" exec "$net-$s" id >/dev/null
      "$DOCKER" exec "$net-$s" sh -c 'for t in gcc g++ cc clang make; do command -v "$t"; done; true' >/dev/null
      "$DOCKER" save "$FLOOR/$s:$v" >/dev/null
    done
  fi
  "$DOCKER" ps -aq --filter "network=$net" | xargs -r "$DOCKER" rm -f -v >/dev/null
  "$DOCKER" network rm "$net" >/dev/null
}

floor() {
  local s v network pids=()
  for s in "${SERVICES[@]}"; do
    network=()
    [[ $s == worker ]] && network=(--network host)  # the compose file's build.network, as verify builds it
    for v in original optimized; do
      if [[ ${FLOOR_BUILDS:-parallel} == parallel ]]; then
        "$DOCKER" build -q "${network[@]}" -f "$(dockerfile "$s" "$v")" -t "$FLOOR/$s:$v" "$EX/services/$s" >/dev/null &
        pids+=($!)
      else
        "$DOCKER" build -q "${network[@]}" -f "$(dockerfile "$s" "$v")" -t "$FLOOR/$s:$v" "$EX/services/$s" >/dev/null
      fi
    done
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  run_variant original
  run_variant optimized
}

median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

BEFORE="${VERIFY_BEFORE:-}"
echo "warm-up (untimed): one verify${BEFORE:+ of each tree} and one floor run, so every side meets a warm build cache; load $(load)"
verify || { echo "verify failed in the warm-up:"; tail -20 "$OUT/verify.txt"; exit 1; }
if [[ -n $BEFORE ]]; then verify "$BEFORE" || { echo "verify ($BEFORE) failed in the warm-up:"; tail -20 "$OUT/verify.txt"; exit 1; }; fi
floor
declare -a verify_times before_times floor_times
for ((round = 1; round <= ROUNDS; round++)); do
  l0=$(load); t0=$(now); verify || { echo "verify failed:"; tail -20 "$OUT/verify.txt"; exit 1; }; t1=$(now)
  verify_times+=("$(elapsed "$t0" "$t1")")
  line="round $round: verify ${verify_times[-1]} s (load $l0)"
  if [[ -n $BEFORE ]]; then
    l0=$(load); t0=$(now); verify "$BEFORE" || { echo "verify ($BEFORE) failed:"; tail -20 "$OUT/verify.txt"; exit 1; }
    t1=$(now); before_times+=("$(elapsed "$t0" "$t1")")
    line+=", verify of $BEFORE ${before_times[-1]} s (load $l0)"
  fi
  l1=$(load); t1=$(now); floor; t2=$(now)
  floor_times+=("$(elapsed "$t1" "$t2")")
  echo "$line, floor ${floor_times[-1]} s (load $l1)"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mv=$(printf '%s\n' "${verify_times[@]}" | median)
mf=$(printf '%s\n' "${floor_times[@]}" | median)
echo "median of $ROUNDS: verify $mv s, floor $mf s, ratio verify / floor $(ratio "$mv" "$mf") (goal <= 1.2); load $(load)"
if [[ -n $BEFORE ]]; then
  mb=$(printf '%s\n' "${before_times[@]}" | median)
  echo "median of $ROUNDS: verify of $BEFORE $mb s, ratio to the floor $(ratio "$mb" "$mf")"
fi
