#!/usr/bin/env bash
# Verifies the optimized Docker images of this repository: builds original and optimized images, runs the
# optimized ones with docker compose (docker-compose.verify.yml), checks health, the user, build tools, package
# caches and the HEALTHCHECK, and compares sizes. Written by `slimline verify --emit`; needs bash, docker, curl and
# Compose (`docker compose` or `docker-compose`). Exit 0 when every check passes, 1 when one fails.
#
# Environment: DOCKER (client, default docker), COMPOSE (compose command, default: detected), BUILD_TIMEOUT and
# PROBE_TIMEOUT (seconds, default 1200 and 120), KEEP=1 (leave everything for a look), VERIFY_RUN_ID.
set -uo pipefail

cd "$(dirname "$0")/.." || exit 2
DOCKER=${DOCKER:-docker}
BUILD_TIMEOUT=${BUILD_TIMEOUT:-1200}
PROBE_TIMEOUT=${PROBE_TIMEOUT:-120}
KEEP=${KEEP:-0}
export VERIFY_RUN_ID=${VERIFY_RUN_ID:-$(date +%s)$$}
export VERIFY_VARIANT=optimized
LABEL="dev.slimline.verify=$VERIFY_RUN_ID"
PROJECT="slimlineverify${VERIFY_RUN_ID}"
TOOL_LOOKUP=@TOOL_LOOKUP@
if [ -z "${COMPOSE:-}" ]; then
  if $DOCKER compose version >/dev/null 2>&1; then COMPOSE="$DOCKER compose"; else COMPOSE=docker-compose; fi
fi
export DOCKER_BUILDKIT=${DOCKER_BUILDKIT:-1}

FAILURES=0
TOTAL_BEFORE=0
TOTAL_AFTER=0
SIZE_LINES=()

human() { awk -v b="$1" 'BEGIN { if (b >= 1e9) printf "%.1f GB", b / 1e9; else if (b >= 1e6) printf "%d MB", b / 1e6 + 0.5; else printf "%d kB", b / 1e3 + 0.5 }'; }
pass() { printf '  \xe2\x9c\x93 %s\n' "$*"; }
fail() { printf '  \xe2\x9c\x97 %s\n' "$*"; FAILURES=$((FAILURES + 1)); }
evidence() { sed 's/^/      /' | tail -n 25; }
now_ms() { date +%s%3N; }

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ "$KEEP" != 1 ]; then
    $COMPOSE -f docker-compose.verify.yml -p "$PROJECT" down --volumes --remove-orphans >/dev/null 2>&1
    for kind in container image network volume; do
      local ids
      case $kind in
        container) ids=$($DOCKER ps -aq --filter "label=$LABEL") ;;
        image) ids=$($DOCKER image ls -q --filter "label=$LABEL" | sort -u) ;;
        *) ids=$($DOCKER $kind ls -q --filter "label=$LABEL") ;;
      esac
      [ -n "$ids" ] && $DOCKER $kind rm -f $ids >/dev/null 2>&1
    done
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# build_service NAME SAFE CONTEXT ORIGINAL_DOCKERFILE OPTIMIZED_DOCKERFILE BUILD_NETWORK OPTIMIZED_CONTEXT
build_service() {
  local name=$1 safe=$2 context=$3 original=$4 optimized=$5 network=$6 variant file dir start took log size
  for variant in original optimized; do
    file=$original; dir=$context
    [ "$variant" = optimized ] && { file=$optimized; dir=$7; }
    log=$(mktemp)
    start=$(date +%s)
    if timeout "$BUILD_TIMEOUT" $DOCKER build ${network:+--network "$network"} --label "$LABEL" \
        -t "slimline-verify/$safe:$variant-$VERIFY_RUN_ID" -f "$file" "$dir" >"$log" 2>&1; then
      took=$(( $(date +%s) - start ))
      size=$($DOCKER image inspect -f '{{.Size}}' "slimline-verify/$safe:$variant-$VERIFY_RUN_ID")
      if [ "$variant" = original ]; then
        TOTAL_BEFORE=$((TOTAL_BEFORE + size))
        BEFORE_SIZE=$size
      else
        TOTAL_AFTER=$((TOTAL_AFTER + size))
        pass "$name built in ${took}s ($(human "$size"))"
        SIZE_LINES+=("$(printf '%-20s %9s -> %9s' "$name" "$(human "$BEFORE_SIZE")" "$(human "$size")")")
      fi
    else
      fail "$name ($variant) build failed"; evidence <"$log"
      rm -f "$log"; return 1
    fi
    rm -f "$log"
  done
}

container_of() { $DOCKER ps -q --filter "label=dev.slimline.verify.service=$VERIFY_RUN_ID/optimized/$1" | head -n 1; }

# check_service NAME COMPOSE_NAME SAFE PROBE ARG [PATHS]
check_service() {
  local name=$1 compose_name=$2 safe=$3 probe=$4 arg=$5 paths=${6:-} short=${1##*/} c deadline code answer path start ms
  c=$(container_of "$compose_name")
  if [ -z "$c" ]; then fail "$short: no running container"; return; fi
  deadline=$(( $(date +%s) + PROBE_TIMEOUT ))
  case $probe in
    http)
      local hostport; hostport=$($DOCKER port "$c" "$arg/tcp" | head -n 1)
      answer=""
      while :; do
        for path in $paths; do
          start=$(now_ms)
          code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://$hostport$path" || true)
          ms=$(( $(now_ms) - start ))
          if [ "${code:0:1}" = 2 ]; then pass "$short: GET $path -> $code OK (${ms}ms)"; break 2; fi
          answer="$answer GET $path -> ${code:-no answer};"
        done
        if [ "$(date +%s)" -ge "$deadline" ] || [ "$($DOCKER inspect -f '{{.State.Running}}' "$c")" != true ]; then
          fail "$short: no 2xx within ${PROBE_TIMEOUT}s:$answer"; $DOCKER logs --tail 25 "$c" 2>&1 | evidence; break
        fi
        sleep 1
      done ;;
    command)
      while :; do
        start=$(now_ms)
        if answer=$($DOCKER exec "$c" $arg 2>&1) && grep -q pong <<<"$answer"; then
          pass "$short: $arg -> OK ($(( $(now_ms) - start ))ms)"; break
        fi
        if [ "$(date +%s)" -ge "$deadline" ]; then
          fail "$short: $arg did not answer pong within ${PROBE_TIMEOUT}s"; evidence <<<"$answer"
          $DOCKER logs --tail 25 "$c" 2>&1 | evidence; break
        fi
        sleep 1
      done ;;
  esac
  if [ -n "$($DOCKER image inspect -f '{{if .Config.Healthcheck}}{{.Config.Healthcheck.Test}}{{end}}' "slimline-verify/$safe:optimized-$VERIFY_RUN_ID")" ]; then
    local status
    while :; do
      status=$($DOCKER inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{end}}' "$c")
      [ "$status" = healthy ] && { pass "$short: HEALTHCHECK healthy"; break; }
      if [ "$status" = unhealthy ] || [ "$(date +%s)" -ge "$deadline" ]; then
        fail "$short: HEALTHCHECK ${status:-not reported} within ${PROBE_TIMEOUT}s"
        $DOCKER inspect -f '{{range .State.Health.Log}}{{.Output}}{{end}}' "$c" 2>&1 | evidence; break
      fi
      sleep 1
    done
  else
    fail "$short: no HEALTHCHECK in the optimized image"
  fi
  SECURITY_TARGETS+=("$short $c")
}
SECURITY_TARGETS=()

security_checks() {
  local entry short c uid idline tools caches any_tools=0 any_caches=0
  for entry in "${SECURITY_TARGETS[@]}"; do
    short=${entry%% *}; c=${entry#* }
    uid=$($DOCKER exec "$c" cat /proc/1/status 2>/dev/null | awk '/^Uid:/ { print $3 }')
    idline=$($DOCKER exec "$c" id 2>/dev/null || true)
    if [ -z "$uid" ]; then fail "$short: cannot tell the user (no cat in the image)";
    elif [ "$uid" = 0 ]; then fail "$short: running as root ($idline)";
    else pass "$short: running as uid=$uid ($(sed -n 's/^uid=[0-9]*(\([^)]*\)).*/\1/p' <<<"$idline"))"; fi
    tools=$($DOCKER exec "$c" sh -c "$TOOL_LOOKUP" 2>/dev/null)
    if [ -n "$tools" ]; then fail "$short: build tools found"; evidence <<<"$tools"; any_tools=1; fi
    caches=$($DOCKER exec "$c" sh -c 'for p in /root/.cache/pip /home/*/.cache/pip /root/.npm/_cacache /home/*/.npm/_cacache /usr/local/share/.cache/yarn /root/.cache/yarn /var/cache/apt/archives/*.deb; do [ -e "$p" ] && echo "$p"; done; ls /var/lib/apt/lists 2>/dev/null | grep -v -e "^lock$" -e "^partial$" | sed "s|^|/var/lib/apt/lists/|" | head -n 3' 2>/dev/null)
    if [ -n "$caches" ]; then fail "$short: package-manager caches found"; evidence <<<"$caches"; any_caches=1; fi
  done
  [ "$any_tools" = 0 ] && pass "No gcc/g++/cc/clang/make found in any production image"
  [ "$any_caches" = 0 ] && pass "No pip/npm/yarn/apt cache directories present"
}
