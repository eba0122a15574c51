#!/usr/bin/env bash
# Builds a release into DIST (default target/release): the shaded jar and its sha256, install-slimline.sh, slimline's
# image as a `docker save` tarball, a jbang catalog, bash/zsh completion (picocli AutoComplete), man pages (picocli-codegen's
# ManPageGenerator: AsciiDoc, and troff when asciidoctor is installed) and SHA256SUMS over all of them.
#
#   scripts/release.sh [--out DIST] [--release-url URL] [--no-image] [--jar FILE]
#
# --jar takes an already built shaded jar instead of running `mvnw package` (the release IT uses the one the build
# made, so the test never rebuilds the jar it runs from).
#
# URL is where the files will be published (the jbang catalog and the printed install line point there); the
# version is the pom's. The release notes are CHANGELOG.md's section for that version, which must exist.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/java-env.sh"
out="$root/target/release"; url="${SLIMLINE_RELEASE_URL:-}"; image=yes; jar=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --release-url) url="$2"; shift 2 ;;
    --no-image) image=no; shift ;;
    --jar) jar="$(readlink -f "$2")"; shift 2 ;;
    *) echo "release: unknown argument: $1" >&2; exit 2 ;;
  esac
done
cd "$root"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
picocli="$(sed -n 's:.*<picocli.version>\(.*\)</picocli.version>.*:\1:p' pom.xml)"
grep -q "^## \[$version\]" CHANGELOG.md || { echo "release: CHANGELOG.md has no section '## [$version]'" >&2; exit 3; }
url="${url:-https://github.com/OWNER/slimline/releases/download/v$version}"
java="$JAVA_HOME/bin/java"

[ -z "$jar" ] || [ -f "$jar" ] || { echo "release: no jar at $jar" >&2; exit 3; }
echo "release: slimline $version into $out" >&2
rm -rf "$out"; mkdir -p "$out/man"
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package >&2
  jar=target/slimline.jar
fi
cp "$jar" "$out/slimline-$version.jar"
# the installer the generated workflows and the GitLab template download (ci init pins its sha256)
cp scripts/install-slimline.sh "$out/install-slimline.sh"

# Shell completion and man pages come from the command model itself, so they cannot drift from --help.
"$java" -cp "$jar" picocli.AutoComplete --force --name slimline \
  --completionScript "$out/slimline_completion" dev.slimline.cli.SlimlineCommand
codegen="$HOME/.m2/repository/info/picocli/picocli-codegen/$picocli/picocli-codegen-$picocli.jar"
[ -f "$codegen" ] || ./mvnw -q -B dependency:get -Dartifact="info.picocli:picocli-codegen:$picocli" >&2
"$java" -cp "$jar:$codegen" picocli.codegen.docgen.manpage.ManPageGenerator \
  --outdir "$out/man" dev.slimline.cli.SlimlineCommand >&2
# troff pages from the AsciiDoc: Debian's asciidoctor, installed the way mvnw installs Maven when missing.
if ! command -v asciidoctor >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends asciidoctor) >&2
fi
if command -v asciidoctor >/dev/null 2>&1; then
  asciidoctor --backend manpage --destination-dir "$out/man" "$out"/man/*.adoc
else
  echo "release: asciidoctor not found: man pages stay AsciiDoc (apt-get install asciidoctor)" >&2
fi

if [ "$image" = yes ]; then
  docker="${SLIMLINE_DOCKER:-/usr/bin/docker}"
  DOCKER_BUILDKIT=1 "$docker" build -q -t "slimline:$version" . >&2
  "$docker" save -o "$out/slimline-$version-image.tar" "slimline:$version"
  chmod 644 "$out/slimline-$version-image.tar"
  "$docker" image inspect --format '{{.Id}}' "slimline:$version" >"$out/slimline-$version-image.id"
fi

cat >"$out/jbang-catalog.json" <<JSON
{
  "aliases": {
    "slimline": {
      "script-ref": "$url/slimline-$version.jar",
      "description": "Makes Docker images small, proves it by building and running them, and keeps them small in CI.",
      "java": "21+"
    }
  }
}
JSON
awk -v v="$version" '$0 ~ "^## \\[" v "\\]" {on=1; next} /^## \[/ {on=0} on' CHANGELOG.md >"$out/RELEASE-NOTES.md"
(cd "$out" && find . -type f ! -name SHA256SUMS | sed 's:^\./::' | sort | xargs sha256sum >SHA256SUMS)

jar_sum="$(sha256sum "$out/slimline-$version.jar" | cut -d' ' -f1)"
echo "release: done; install in CI with" >&2
echo "  scripts/install-slimline.sh --method jar --version $version --sha256 $jar_sum --release-url $url" >&2
