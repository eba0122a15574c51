#!/bin/sh
# Installs one pinned slimline release and writes a `slimline` command into BIN_DIR. Used by the GitHub Action,
# the GitLab template and the workflows `slimline ci init` writes, so every CI installs slimline the same way.
#
#   install-slimline.sh --method image|jar --version VERSION --sha256 HEX --release-url URL [--bin-dir DIR]
#
#   image  downloads slimline-VERSION-image.tar, checks its sha256, `docker load`s it (tag slimline:VERSION);
#          the command runs it with the host's engine (socket and its group), the working directory mounted at
#          the same path, as the calling user.
#   jar    downloads slimline-VERSION.jar, checks its sha256; the command runs it with Java 21+ (JAVA_HOME or java).
# URL is the directory of the release's files (scripts/release.sh writes them). Environment defaults:
# SLIMLINE_INSTALL, SLIMLINE_VERSION, SLIMLINE_SHA256, SLIMLINE_RELEASE_URL, SLIMLINE_BIN_DIR.
# Exit codes: 0 installed, 2 usage error, 3 checksum mismatch or download failed, 4 docker or java missing.
set -eu
method="${SLIMLINE_INSTALL:-}"; version="${SLIMLINE_VERSION:-}"; sha256="${SLIMLINE_SHA256:-}"
url="${SLIMLINE_RELEASE_URL:-}"; bin="${SLIMLINE_BIN_DIR:-$HOME/.local/bin}"
usage() { echo "install-slimline: $1" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --method) method="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --sha256) sha256="$2"; shift 2 ;;
    --release-url) url="$2"; shift 2 ;;
    --bin-dir) bin="$2"; shift 2 ;;
    *) usage "unknown argument: $1" ;;
  esac
done
[ -n "$version" ] || usage "--version is required"
[ -n "$url" ] || usage "--release-url is required (the directory holding the release's files)"
printf '%s' "$sha256" | grep -Eqx '[0-9a-f]{64}' || usage "--sha256 must be 64 hex digits (from the release's SHA256SUMS)"
case "$method" in
  image) file="slimline-$version-image.tar" ;;
  jar) file="slimline-$version.jar" ;;
  *) usage "--method must be image or jar" ;;
esac
home="${SLIMLINE_HOME:-$HOME/.cache/slimline}/$version"
mkdir -p "$home" "$bin"
if command -v curl >/dev/null 2>&1; then
  curl -fsSL -o "$home/$file.part" "$url/$file" || { echo "install-slimline: cannot download $url/$file" >&2; exit 3; }
else
  wget -q -O "$home/$file.part" "$url/$file" || { echo "install-slimline: cannot download $url/$file" >&2; exit 3; }
fi
actual="$(sha256sum "$home/$file.part" | cut -d' ' -f1)"
if [ "$actual" != "$sha256" ]; then
  rm -f "$home/$file.part"
  echo "install-slimline: $file has sha256 $actual, expected $sha256" >&2; exit 3
fi
mv "$home/$file.part" "$home/$file"
if [ "$method" = image ]; then
  docker="${SLIMLINE_DOCKER:-docker}"
  command -v "$docker" >/dev/null 2>&1 || { echo "install-slimline: no docker client ($docker)" >&2; exit 4; }
  "$docker" load -i "$home/$file" >&2
  rm -f "$home/$file"
  cat >"$bin/slimline" <<WRAPPER
#!/bin/sh
# slimline $version from its image (install-slimline.sh --method image).
# The engine: its socket with the socket's group, or DOCKER_HOST passed on (tcp, ssh: e.g. GitLab's dind service,
# which shares the builds directory, so the working directory mounts there too).
case "\${DOCKER_HOST:-unix:///var/run/docker.sock}" in
  unix://*) socket="\${DOCKER_HOST:-unix:///var/run/docker.sock}"; socket="\${socket#unix://}"
            set -- -v "\$socket:/var/run/docker.sock" --group-add "\$(stat -c %g "\$socket")" slimline:$version "\$@" ;;
  *) set -- -e DOCKER_HOST -e DOCKER_TLS_VERIFY -e DOCKER_CERT_PATH slimline:$version "\$@" ;;
esac
exec "$docker" run --rm --network host --user "\$(id -u):\$(id -g)" -e HOME=/tmp -e NO_COLOR -e CI \\
  -v "\$PWD:\$PWD" -w "\$PWD" "\$@"
WRAPPER
else
  cat >"$bin/slimline" <<WRAPPER
#!/bin/sh
# slimline $version from its jar (install-slimline.sh --method jar); needs Java 21 or newer.
java="\${JAVA_HOME:+\$JAVA_HOME/bin/}java"
command -v "\$java" >/dev/null 2>&1 || { echo "slimline: no Java 21+ found (set JAVA_HOME)" >&2; exit 4; }
exec "\$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$home/$file" "\$@"
WRAPPER
fi
chmod +x "$bin/slimline"
echo "$bin/slimline"
