#!/usr/bin/env bash
# Rebuild cost after a one-line source change, original vs optimized Dockerfile, per example service
# (bench/README.md). Usage: bench/rebuild-cost.sh [SERVICE...]   (default: api web-app worker of examples/monorepo)
# Needs the testbed engine (bash testbed/setup.sh). Images are tagged slimline-bench/rebuild-<service>:<variant>.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
docker="${SLIMLINE_DOCKER:-docker}"
services=("$@")
[ ${#services[@]} -gt 0 ] || services=(api web-app worker)
# The one source file (never a manifest) each service's rebuild changes.
declare -A source=([api]=src/app.ts [web-app]=pages/index.js [worker]=tasks.py)

work="$(mktemp -d "${TMPDIR:-/tmp}/slimline-rebuild.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/original" "$work/optimized"
cp -a examples/monorepo/services/. "$work/original/"
cp -a examples/monorepo/services/. "$work/optimized/"
# The rewrite the example tests build (OptimizedExampleImages): every service, slim bases, no proof build here.
./slimline optimize --all "$work/optimized" --write --no-backup --base-family slim --no-diff --no-verify >/dev/null

echo "engine: $("$docker" version --format '{{.Server.Version}}'), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
# Times one build; prints wall seconds. Host network: the worker's pip reads the testbed wheelhouse on 127.0.0.1.
build() {
  local dir="$1" tag="$2"; shift 2
  local start end
  start=$(date +%s.%N)
  DOCKER_BUILDKIT=1 "$docker" build -q --network host "$@" -t "$tag" "$dir" >"$work/build.log" 2>&1 \
    || { echo "bench: build of $tag failed:" >&2; tail -20 "$work/build.log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }'
}

printf '%-8s %-10s %9s %11s %8s %s\n' service variant "cold (s)" "rebuild (s)" "ratio" "goal (optimized <= 20 %)"
for service in "${services[@]}"; do
  file="${source[$service]:-}"
  [ -n "$file" ] || { echo "bench: no source file known for service $service" >&2; exit 2; }
  for variant in original optimized; do
    dir="$work/$variant/$service"
    tag="slimline-bench/rebuild-$service:$variant"
    # Cold: --no-cache, so an earlier build of the same Dockerfile cannot make it look cheap; its layers are
    # still stored and the rebuild below may reuse them, as a CI runner with a warm cache would.
    cold=$(build "$dir" "$tag" --no-cache)
    comment='//'; [[ "$file" == *.py ]] && comment='#'
    printf '\n%s rebuild-cost bench: changed %s\n' "$comment" "$(date +%s%N)" >>"$dir/$file"
    rebuild=$(build "$dir" "$tag")
    awk -v s="$service" -v v="$variant" -v c="$cold" -v r="$rebuild" 'BEGIN {
      ratio = r / c * 100
      goal = v == "optimized" ? (ratio <= 20 ? "met" : "missed") : "-"
      printf "%-8s %-10s %9.1f %11.1f %7.1f%% %s\n", s, v, c, r, ratio, goal }'
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
