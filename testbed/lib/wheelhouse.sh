# The local Python wheelhouse: built from Debian's python3-* packages, served on 127.0.0.1 (sourced).
WHEELHOUSE_DIR="$CACHE_DIR/wheelhouse"
WHEELHOUSE_PID="$CACHE_DIR/wheelhouse-server.pid"
WHEELHOUSE_LOG="$CACHE_DIR/wheelhouse-server.log"
HOST_PYTHON="$(command -v /usr/bin/python3 || command -v python3 || true)"

wheelhouse_hash() { [ ${#HASH_OF[@]} -gt 0 ] || compute_hashes; hash_text "$(hash_paths "$TESTBED_DIR/wheelhouse")|${HASH_OF[debian]}"; }

wheelhouse_current() { [ "$(cat "$WHEELHOUSE_DIR/.recipe" 2>/dev/null)" = "$(wheelhouse_hash)" ]; }

# Builds the wheels in a debian:bookworm-slim stage and exports them (docker build -o), once per recipe hash.
ensure_wheelhouse() {
  if wheelhouse_current; then log "wheelhouse: up to date ($(ls "$WHEELHOUSE_DIR"/*.whl | wc -l) wheels)"; return; fi
  local t new="$CACHE_DIR/wheelhouse.new" logf="$CACHE_DIR/logs/wheelhouse.log"
  t=$(date +%s); rm -rf "$new"; mkdir -p "$CACHE_DIR/logs"
  log "wheelhouse: building from Debian's python3-* packages"
  DOCKER_BUILDKIT=1 "$DOCKER" build --progress=plain --network host -o "type=local,dest=$new" "$TESTBED_DIR/wheelhouse" >"$logf" 2>&1 \
    || { tail -30 "$logf" >&2; die "wheelhouse build failed (log: $logf)"; }
  wheelhouse_hash >"$new/.recipe"
  # Swap in place: a running server resolves its directory per request.
  rm -rf "$WHEELHOUSE_DIR.old"; [ -d "$WHEELHOUSE_DIR" ] && mv "$WHEELHOUSE_DIR" "$WHEELHOUSE_DIR.old"
  mv "$new" "$WHEELHOUSE_DIR"; rm -rf "$WHEELHOUSE_DIR.old"
  log "wheelhouse: $(ls "$WHEELHOUSE_DIR"/*.whl | wc -l) wheels in $(( $(date +%s) - t ))s"
}

wheelhouse_answers() {
  "$HOST_PYTHON" - "$WHEELHOUSE_PORT" <<'EOF' >/dev/null 2>&1
import sys, urllib.request
with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/simple/celery/", timeout=3) as r:
    assert b"celery-" in r.read()
EOF
}

# A small background HTTP server on loopback; reused when the port already serves the wheelhouse.
serve_wheelhouse() {
  [ -n "$HOST_PYTHON" ] || die "python3 not found on the host (needed to serve the wheelhouse)"
  if wheelhouse_answers; then log "wheelhouse: served on http://127.0.0.1:$WHEELHOUSE_PORT/ (running)"; return; fi
  setsid nohup "$HOST_PYTHON" -m http.server --bind 127.0.0.1 --directory "$WHEELHOUSE_DIR" "$WHEELHOUSE_PORT" \
    >"$WHEELHOUSE_LOG" 2>&1 </dev/null &
  echo $! >"$WHEELHOUSE_PID"
  local i
  for ((i = 0; i < 50; i++)); do
    wheelhouse_answers && { log "wheelhouse: serving on http://127.0.0.1:$WHEELHOUSE_PORT/ (pid $(cat "$WHEELHOUSE_PID"))"; return; }
    sleep 0.2
  done
  tail -5 "$WHEELHOUSE_LOG" >&2 || true
  die "wheelhouse server did not answer on 127.0.0.1:$WHEELHOUSE_PORT within 10s (port taken? set SLIMLINE_WHEELHOUSE_PORT)"
}

wheelhouse_status() {
  local ok=0
  if wheelhouse_current; then printf '%-46s %s\n' wheelhouse "up to date ($(ls "$WHEELHOUSE_DIR"/*.whl | wc -l) wheels)"
  else printf '%-46s %s\n' wheelhouse "missing or stale"; ok=1; fi
  if wheelhouse_answers; then printf '%-46s %s\n' "wheelhouse server" "http://127.0.0.1:$WHEELHOUSE_PORT/ answers"
  else printf '%-46s %s\n' "wheelhouse server" "not serving on 127.0.0.1:$WHEELHOUSE_PORT"; ok=1; fi
  return $ok
}
