#!/usr/bin/env bash
# slimline's audit vs dockerfile-utils validate + dockerfile-ast parse, both as whole processes, in one run
# (bench/README.md). Usage: bench/audit-vs-peers.sh [FILES] [ROUNDS]   (defaults 6000 and 3; medians need ROUNDS >= 3)
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
# Alternates the two commands ROUNDS times after one untimed run each (which also writes the JVM's cache), and
# prints per side the median and the best wall and CPU, the ratios peer / slimline of the medians (and of the
# best), and with FILES the files per second of wall and per CPU-second (medians).
compare() {
  local label="$1" n="$2" files="$3"; shift 3
  local -a ours peer; local split
  for ((split = 1; split <= $#; split++)); do [ "${!split}" = "--" ] && break; done
  ours=("${@:1:split-1}"); peer=("${@:split+1}")
  "${ours[@]}" >/dev/null 2>&1 || true; "${peer[@]}" >/dev/null 2>&1
  local runs; runs="$(mktemp)"
  local r w c
  for ((r = 1; r <= n; r++)); do
    read -r w c < <(timed "${ours[@]}"); echo "  round $r slimline:        ${w} s wall, ${c} s CPU"; echo "o $w $c" >>"$runs"
    read -r w c < <(timed "${peer[@]}"); echo "  round $r dockerfile-utils: ${w} s wall, ${c} s CPU"; echo "p $w $c" >>"$runs"
  done
  awk -v l="$label" -v f="$files" '
    function median(a, k,   i, j, t) { for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
    { if ($1 == "o") { ow[++no] = $2; oc[no] = $3 } else { pw[++np] = $2; pc[np] = $3 } }
    END {
      mow = median(ow, no); moc = median(oc, no); mpw = median(pw, np); mpc = median(pc, np)
      printf "%s: slimline median %.2f s wall / %.2f s CPU (best %.2f / %.2f); node+dockerfile-utils+dockerfile-ast median %.2f s wall / %.2f s CPU (best %.2f / %.2f)\n",
        l, mow, moc, ow[1], oc[1], mpw, mpc, pw[1], pc[1]
      printf "%s: ratio peer / slimline (above 1: slimline faster), medians: wall %.2fx, CPU %.2fx (best: wall %.2fx, CPU %.2fx)\n",
        l, mpw / mow, mpc / moc, pw[1] / ow[1], pc[1] / oc[1]
      if (f > 0) printf "%s: %d files: slimline %.1f files/s wall, %.1f files per CPU-s; peer %.1f files/s wall, %.1f files per CPU-s\n",
        l, f, f / mow, f / moc, f / mpw, f / mpc
    }' "$runs"
  rm -f "$runs"
}

# slimline exits 1 when it finds errors (the generated tree has parse errors by design): the run still counts.
audit() { ./slimline audit "$@" --format json || [ $? -eq 1 ]; }
echo "== $files Dockerfiles: ./slimline audit $tree --format json vs node bench/peers-audit.mjs"
compare "tree ($files files)" "$rounds" "$files" audit "$tree" -- node bench/peers-audit.mjs "$peers/node_modules" "$tree"
mapfile -t three < <(find examples/monorepo -name 'Dockerfile*' ! -name '*.dockerignore' | sort)
echo "== examples/monorepo (${#three[@]} Dockerfiles): ./slimline audit examples/monorepo --format json vs node on the same files"
compare "examples/monorepo" $((rounds + 2)) "${#three[@]}" audit examples/monorepo -- node bench/peers-audit.mjs "$peers/node_modules" "${three[@]}"
# The start-up floor of each side: an empty folder (no Dockerfile) through the same commands.
empty="$(dirname "$tree")/empty"
mkdir -p "$empty"
echo "== empty folder (start-up floor): ./slimline audit $empty --format json vs node on the same folder"
compare "empty folder" "$rounds" 0 audit "$empty" -- node bench/peers-audit.mjs "$peers/node_modules" "$empty"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
