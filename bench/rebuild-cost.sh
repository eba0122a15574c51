#!/usr/bin/env bash
# Rebuild cost after a one-line source change, original vs optimized Dockerfile, per example service and one
# conformance app per stack (bench/README.md, "Rebuild cost").
# Usage: bench/rebuild-cost.sh [NAME...]   (default: every name below; e.g. bench/rebuild-cost.sh web-app rust-std-http)
# Needs the testbed engine (bash testbed/setup.sh). Images are tagged slimline-bench/rebuild-<name>:<variant>.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
docker="${SLIMLINE_DOCKER:-docker}"
# The one source file (never a manifest) each rebuild changes: the services of examples/monorepo, then one app of
# conformance/apps per stack.
declare -A source=(
  [api]=src/app.ts [web-app]=pages/index.js [worker]=tasks.py
  [go-cgo-zlib]=main.go
  [java-spring-boot-web]=src/main/java/com/acme/orders/OrderController.java
  [node-express-npm]=src/server.js
  [php-fpm-nginx]=src/NoteRepository.php
  [py-flask-native]=app/__init__.py
  [ruby-sinatra-vendored]=app.rb
  [rust-std-http]=src/main.rs
  [static-react-serve]=src/App.jsx
)
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(api web-app worker go-cgo-zlib java-spring-boot-web node-express-npm php-fpm-nginx
  py-flask-native ruby-sinatra-vendored rust-std-http static-react-serve)
for name in "${names[@]}"; do
  [ -n "${source[$name]:-}" ] || { echo "bench: no source file known for $name (names: ${!source[*]})" >&2; exit 2; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/slimline-rebuild.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "engine: $("$docker" version --format '{{.Server.Version}}'), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
# Times one build; prints wall seconds. Host network: pip reads the testbed wheelhouse on 127.0.0.1.
build() {
  local dir="$1" tag="$2"; shift 2
  local start end
  start=$(date +%s.%N)
  DOCKER_BUILDKIT=1 "$docker" build -q --network host "$@" -t "$tag" "$dir" >"$work/build.log" 2>&1 \
    || { echo "bench: build of $tag failed:" >&2; tail -20 "$work/build.log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }'
}

printf '%-22s %-10s %9s %11s %8s %-7s %s\n' name variant "cold (s)" "rebuild (s)" "ratio" "goal" "load (1 min, after)"
for name in "${names[@]}"; do
  file="${source[$name]}"
  from="examples/monorepo/services/$name"; [ -d "$from" ] || from="conformance/apps/$name"
  for variant in original optimized; do
    dir="$work/$variant/$name"
    mkdir -p "$dir" && cp -a "$from/." "$dir/" && rm -f "$dir/probe.env"
    if [ "$variant" = optimized ]; then
      # The rewrite the example tests build (OptimizedExampleImages): slim bases (no Alpine image can be built
      # here), no proof build here.
      ./slimline optimize "$dir" --write --no-backup --base-family slim --no-diff --no-verify >"$work/optimize.log" 2>&1 \
        || { echo "bench: optimize of $name failed:" >&2; tail -5 "$work/optimize.log" >&2; exit 1; }
    fi
    tag="slimline-bench/rebuild-$name:$variant"
    # Cold: --no-cache, so an earlier build of the same Dockerfile cannot make it look cheap; its layers are
    # still stored and the rebuild below may reuse them, as a CI runner with a warm cache would. A --no-cache build
    # also starts with empty cache mounts (RUN --mount=type=cache; checked on the engine's BuildKit) and leaves
    # what it wrote there for the rebuild.
    cold=$(build "$dir" "$tag" --no-cache)
    comment='//'; [[ "$file" == *.py || "$file" == *.rb ]] && comment='#'
    printf '\n%s rebuild-cost bench: changed %s\n' "$comment" "$(date +%s%N)" >>"$dir/$file"
    rebuild=$(build "$dir" "$tag")
    awk -v s="$name" -v v="$variant" -v c="$cold" -v r="$rebuild" -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
      ratio = r / c * 100
      goal = v == "optimized" ? (ratio <= 20 ? "met" : "missed") : "-"
      printf "%-22s %-10s %9.1f %11.1f %7.1f%% %-7s %s\n", s, v, c, r, ratio, goal, l }'
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
