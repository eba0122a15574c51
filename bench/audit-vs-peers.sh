#!/usr/bin/env bash
# slimline's audit vs dockerfile-utils validate + dockerfile-ast parse, both as whole processes, in one run
# (bench/README.md). Usage: bench/audit-vs-peers.sh [FILES] [ROUNDS]   (defaults 6000 and 3)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
. scripts/java-env.sh
files="${1:-6000}"
rounds="${2:-3}"
# The tree lives outside the git work tree: inside it, discovery takes only the files git shows, and bench/out is
# git-ignored, so the audit would find nothing.
tree="${BENCH_TREES:-/tmp/slimline-bench}/tree2-$files"
peers="bench/out/peers"
mkdir -p bench/out "$(dirname "$tree")"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "bench: node and npm are missing; install Debian's nodejs and npm packages" >&2; exit 3; }
  apt-get install -y -q nodejs npm >&2
fi
if [ ! -d "$peers/node_modules/dockerfile-utils" ] || [ ! -d "$peers/node_modules/dockerfile-ast" ]; then
  mkdir -p "$peers"
  [ -f "$peers/package.json" ] || echo '{"name":"slimline-bench-peers","private":true}' >"$peers/package.json"
  (cd "$peers" && npm install --no-audit --no-fund --silent dockerfile-utils dockerfile-ast) >&2
fi
[ -f target/slimline.jar ] && [ -z "$(find src/main pom.xml -newer target/slimline.jar -print -quit)" ] \
  || ./mvnw -q -B -DskipTests package
[ -d "$tree" ] || "$JAVA_HOME/bin/java" -cp target/slimline.jar bench/AuditBench.java --generate "$tree" "$files"

version() { sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$peers/node_modules/$1/package.json"; }
echo "node $(node --version), dockerfile-utils $(version dockerfile-utils), dockerfile-ast $(version dockerfile-ast), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "tree $tree: $(find "$tree" -name 'Dockerfile*' ! -name '*.dockerignore' | wc -l) Dockerfiles, $(find "$tree" -name '*.dockerignore' | wc -l) ignore files; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# One timed whole process: prints "WALL CPU" (CPU = user + sys of the process and its children).
timed() {
  local t
  t="$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 )" || { echo "bench: failed: $*" >&2; exit 1; }
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' <<<"$t"
}
# Alternates the two commands ROUNDS times after one untimed run each (which also writes the JVM's cache), keeps
# the best wall and the best CPU of each side, and prints them with the ratios peer / slimline.
compare() {
  local label="$1" n="$2"; shift 2
  local -a ours peer; local split
  for ((split = 1; split <= $#; split++)); do [ "${!split}" = "--" ] && break; done
  ours=("${@:1:split-1}"); peer=("${@:split+1}")
  "${ours[@]}" >/dev/null 2>&1 || true; "${peer[@]}" >/dev/null 2>&1
  local ow=999999 oc=999999 pw=999999 pc=999999 w c
  for ((r = 1; r <= n; r++)); do
    read -r w c < <(timed "${ours[@]}"); echo "  round $r slimline:        ${w} s wall, ${c} s CPU"
    ow=$(awk -v a="$ow" -v b="$w" 'BEGIN { print (b < a) ? b : a }'); oc=$(awk -v a="$oc" -v b="$c" 'BEGIN { print (b < a) ? b : a }')
    read -r w c < <(timed "${peer[@]}"); echo "  round $r dockerfile-utils: ${w} s wall, ${c} s CPU"
    pw=$(awk -v a="$pw" -v b="$w" 'BEGIN { print (b < a) ? b : a }'); pc=$(awk -v a="$pc" -v b="$c" 'BEGIN { print (b < a) ? b : a }')
  done
  awk -v l="$label" -v ow="$ow" -v oc="$oc" -v pw="$pw" -v pc="$pc" 'BEGIN {
    printf "%s: slimline %.2f s wall / %.2f s CPU; node+dockerfile-utils+dockerfile-ast %.2f s wall / %.2f s CPU; ratio (peer / slimline, best of each): wall %.2fx, CPU %.2fx\n",
      l, ow, oc, pw, pc, pw / ow, pc / oc }'
}

# slimline exits 1 when it finds errors (the generated tree has parse errors by design): the run still counts.
audit() { ./slimline audit "$@" --format json || [ $? -eq 1 ]; }
echo "== $files Dockerfiles: ./slimline audit $tree --format json vs node bench/peers-audit.mjs"
compare "tree ($files files)" "$rounds" audit "$tree" -- node bench/peers-audit.mjs "$peers/node_modules" "$tree"
mapfile -t three < <(find examples/monorepo -name 'Dockerfile*' ! -name '*.dockerignore' | sort)
echo "== examples/monorepo (${#three[@]} Dockerfiles): ./slimline audit examples/monorepo --format json vs node on the same files"
compare "examples/monorepo" $((rounds + 2)) audit examples/monorepo -- node bench/peers-audit.mjs "$peers/node_modules" "${three[@]}"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
