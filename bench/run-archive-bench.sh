#!/usr/bin/env bash
# bench/archive-read: slimline's image reader against a raw sequential read of the same >= 1 GB docker-archive.
# Usage: bench/run-archive-bench.sh [ARCHIVE.tar] [--with-gzip]
# Without ARCHIVE it saves the first image named in $BENCH_IMAGES that makes an archive of at least 1 GB
# (docker save), else writes a synthetic docker-archive of 1.1 GB. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DOCKER="${SLIMLINE_DOCKER:-/usr/bin/docker}"
WORK="${BENCH_WORK:-target/bench}"
MIN_BYTES=1000000000
mkdir -p "$WORK"

./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
CP="target/classes:target/test-classes:$(cat "$WORK/classpath.txt")"

archive="${1:-}"
extra="${2:-}"
if [[ "$archive" == --* ]]; then extra="$archive"; archive=""; fi
if [[ -z "$archive" ]]; then
  archive="$WORK/archive.tar"
  if [[ ! -f "$archive" || $(stat -c %s "$archive") -lt $MIN_BYTES ]]; then
    rm -f "$archive"
    for image in ${BENCH_IMAGES:-slimline-ex-worker:orig buildpack-deps:bookworm python:3.11 node:18}; do
      if "$DOCKER" image inspect "$image" >/dev/null 2>&1; then
        "$DOCKER" save -o "$archive" "$image"
        if [[ $(stat -c %s "$archive") -ge $MIN_BYTES ]]; then echo "saved $image"; break; fi
        rm -f "$archive"
      fi
    done
    if [[ ! -f "$archive" ]]; then
      "$JAVA_HOME/bin/java" -cp "$CP" dev.slimline.bench.SyntheticArchive "$archive" 1100
    fi
  fi
fi
# The heap cap is part of the claim: the reader must work in bounded memory.
"$JAVA_HOME/bin/java" -Xmx256m -cp "$CP" dev.slimline.bench.ArchiveReadBench "$archive" $extra
