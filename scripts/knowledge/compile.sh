#!/usr/bin/env bash
# Writes the JSON copies of the knowledge YAML (src/main/resources/dev/slimline/knowledge/NAME.CRC32.json) that a
# run reads instead of parsing the YAML (KnowledgeCompiler, bench/README.md). Run it after editing a YAML there and
# commit both; KnowledgeCompilerTest fails while a copy is missing or stale, and a stale copy is never read.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
. "$root/scripts/java-env.sh"
cd "$root"
./mvnw -q -B -o -DskipTests package
"$JAVA_HOME/bin/java" -cp target/slimline.jar dev.slimline.knowledge.KnowledgeCompiler src/main/resources
