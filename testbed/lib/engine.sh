# Host packages and the Docker engine (sourced by setup.sh).

# Installs only what is missing; apt-get update runs only when something must be installed.
ensure_host_packages() {
  local want=(docker.io docker-compose debootstrap python3 ca-certificates) missing=() p
  # npm only packs the npm/yarn tarballs for the node stand-ins; any npm on PATH will do.
  command -v npm >/dev/null 2>&1 || want+=(npm)
  for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then log "host packages present"; return; fi
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

engine_answers() { timeout 20 "$DOCKER" info >/dev/null 2>&1; }

# Starts dockerd in the background when the engine does not answer, and waits for it (bounded).
ensure_engine() {
  [ -x "$DOCKER" ] || die "docker client $DOCKER not found (set SLIMLINE_DOCKER)"
  if engine_answers; then log "engine answers"; return; fi
  # A remote or custom engine is only started when told how (SLIMLINE_DOCKERD_ARGS, e.g. its own -H and --data-root).
  local extra="${SLIMLINE_DOCKERD_ARGS:-}"
  [ -n "${DOCKER_HOST:-}" ] && [ -z "$extra" ] && die "DOCKER_HOST=$DOCKER_HOST does not answer; start that engine or unset DOCKER_HOST"
  local logf="${SLIMLINE_DOCKERD_LOG:-/var/log/slimline-dockerd.log}" wait="${SLIMLINE_DOCKERD_WAIT:-60}" i
  command -v dockerd >/dev/null || die "dockerd not installed (apt-get install docker.io)"
  if [ -z "$extra" ] && pgrep -x dockerd >/dev/null; then
    log "dockerd is running but does not answer yet; waiting up to ${wait}s"
  else
    log "starting dockerd (log: $logf)"
    # shellcheck disable=SC2086 # extra holds separate dockerd options
    setsid nohup dockerd $extra >"$logf" 2>&1 </dev/null &
    [ -n "$extra" ] || echo $! >/run/slimline-dockerd.pid
  fi
  for ((i = 0; i < wait; i++)); do
    engine_answers && { log "engine up after ${i}s"; return; }
    sleep 1
  done
  tail -20 "$logf" >&2 2>/dev/null || true
  die "dockerd did not answer within ${wait}s; see $logf"
}

# Which client and builder this machine has: Debian's client with DOCKER_BUILDKIT=1 is what builds here.
print_engine_facts() {
  local server client path_docker
  server="$("$DOCKER" version -f '{{.Server.Version}}' 2>/dev/null || echo '?')"
  client="$("$DOCKER" version -f '{{.Client.Version}}' 2>/dev/null || echo '?')"
  log "client $DOCKER $client, engine $server, storage $("$DOCKER" info -f '{{.Driver}}' 2>/dev/null)"
  if "$DOCKER" buildx version >/dev/null 2>&1; then
    log "builder: buildx ($("$DOCKER" buildx version 2>/dev/null | head -1))"
  else
    log "builder: BuildKit via DOCKER_BUILDKIT=1 (no buildx plugin)"
  fi
  path_docker="$(command -v docker || true)"
  if [ -n "$path_docker" ] && [ "$(readlink -f "$path_docker")" != "$(readlink -f "$DOCKER")" ]; then
    log "note: 'docker' first on PATH is $path_docker ($(docker version -f '{{.Client.Version}}' 2>/dev/null || echo '?'));" \
        "the testbed uses $DOCKER"
  fi
  if command -v docker-compose >/dev/null; then log "compose: $(docker-compose version --short 2>/dev/null) (v1)"; fi
  if "$DOCKER" compose version >/dev/null 2>&1; then log "compose: $("$DOCKER" compose version --short) (v2 plugin)"; fi
}
