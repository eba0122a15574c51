#!/usr/bin/env bash
# Parse+lint and audit benchmark over a generated 10,000-Dockerfile tree (bench/README.md).
# Usage: bench/run.sh [FILES]   (default 10000; the tree is kept in bench/out/ and reused)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
. scripts/java-env.sh
files="${1:-10000}"
# Outside the git work tree: inside it discovery takes only what git shows, and bench/out is git-ignored.
tree="${BENCH_TREES:-/tmp/slimline-bench}/tree2-$files" # tree2: generator with heredocs, two Dockerfiles per folder
mkdir -p bench/out "$(dirname "$tree")"
[ -f target/slimline.jar ] && [ -z "$(find src/main pom.xml -newer target/slimline.jar -print -quit)" ] \
  || ./mvnw -q -B -DskipTests package
echo "== in-process (parse+lint after warm-up, audit cold and warm)"
"$JAVA_HOME/bin/java" -cp target/slimline.jar bench/AuditBench.java "$tree" "$files"
echo "== via the launcher: ./slimline audit $tree --format json (whole process, 3 runs)"
TIMEFORMAT='%R s wall, %U s user + %S s sys CPU'
for run in 1 2 3; do
  status=0
  { time ./slimline audit "$tree" --format json --output bench/out/audit.json 2>/dev/null || status=$?; } 2>bench/out/time.txt
  echo "launcher run $run: $(cat bench/out/time.txt) (exit $status)"
done
echo "services in JSON: $(grep -c '"dockerfile"' bench/out/audit.json)"
