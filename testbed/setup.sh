#!/usr/bin/env bash
# slimline testbed: from a fresh Debian 12 machine (as root) to a running Docker engine with stand-ins of the
# official base images, built from Debian packages, and a local Python wheelhouse on 127.0.0.1.
# Idempotent: what is present and up to date is reused. See testbed/README.md.
#
#   bash testbed/setup.sh            install/start/build what is missing, then print a size table
#   bash testbed/setup.sh --check    only report which stand-ins are present and up to date (exit 1 if not)
#   bash testbed/setup.sh --only NAME...   build only these recipes (and what they depend on)
#
# Environment: SLIMLINE_DOCKER (client, default /usr/bin/docker: Debian's, BuildKit-capable),
# SLIMLINE_WHEELHOUSE_PORT (default 3141), SLIMLINE_TESTBED_CACHE (default /var/cache/slimline-testbed),
# SLIMLINE_DOCKERD_LOG (default /var/log/slimline-dockerd.log), SLIMLINE_DOCKERD_WAIT (seconds, default 60),
# SLIMLINE_DOCKERD_ARGS (extra dockerd options; with DOCKER_HOST, starts that engine when it does not answer),
# SLIMLINE_TESTBED_JOBS (stand-in builds run at once, default 2).
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
. "$here/lib/common.sh"
. "$here/lib/engine.sh"
. "$here/lib/images.sh"
. "$here/lib/wheelhouse.sh"

mode=setup
only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --check) mode=check ;;
    --only) shift; while [ $# -gt 0 ] && [[ "$1" != --* ]]; do only+=("$1"); shift; done; continue ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) die "unknown option: $1 (try --help)" ;;
  esac
  shift
done

if [ "$mode" = check ]; then
  engine_answers || die "the Docker engine does not answer ($DOCKER info); run: bash testbed/setup.sh"
  status_table
  exit $?
fi

t0=$(date +%s)
[ "$(id -u)" = 0 ] || die "run as root: it installs packages and starts dockerd"
ensure_host_packages
ensure_engine
print_engine_facts
sync_certs
if [ ${#only[@]} -gt 0 ]; then build_images "${only[@]}"; else
  build_images "${RECIPES[@]}" wheelhouse
  serve_wheelhouse
fi
size_table
log "testbed ready in $(( $(date +%s) - t0 ))s"
