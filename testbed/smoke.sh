#!/usr/bin/env bash
# Smoke test of the stand-ins: each check builds or runs something small on the engine and cleans up.
#   bash testbed/smoke.sh            all checks
#   bash testbed/smoke.sh npm redis  some of them (python, npm, redis, celery, distroless, java, go)
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
. "$here/lib/common.sh"
work="$(mktemp -d)"; tag="slimline-smoke-$$"
cleanup() {
  "$DOCKER" rm -f "$tag-redis" "$tag-worker" >/dev/null 2>&1 || true
  "$DOCKER" network rm "$tag" >/dev/null 2>&1 || true
  "$DOCKER" rmi -f "$tag" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
ok() { log "ok: $*"; }
# Whether a command's output contains a text (output captured first: grep -q in a pipe breaks pipefail).
says() { local text="$1" out; shift; out="$("$@" 2>/dev/null)" || true; grep -q -- "$text" <<<"$out"; }
build() { DOCKER_BUILDKIT=1 "$DOCKER" build -q "$@" -t "$tag" "$work" >/dev/null; }

check_python() {  # pip from the wheelhouse, system-wide, in both Python stand-ins
  local img
  for img in python:3.11 python:3.11-slim; do
    printf 'FROM %s\nRUN pip install --no-cache-dir celery==5.2.6 redis==4.3.4 gunicorn==20.1.0 && python -c "import celery, redis"\n' "$img" >"$work/Dockerfile"
    build --network host
    ok "$img: pip install celery redis gunicorn from the wheelhouse"
  done
}

check_npm() {  # HTTPS to the npm registry from inside a build trusts the machine's CA certificates
  local img
  for img in node:18 node:18-slim; do
    printf 'FROM %s\nWORKDIR /app\nRUN npm init -y >/dev/null && npm install --no-audit --no-fund ms@2.1.3 && node -e "console.log(require(\\"ms\\")(60000))"\n' "$img" >"$work/Dockerfile"
    build
    ok "$img: npm install ms"
  done
}

check_redis() {  # redis:7 answers PING on 6379
  "$DOCKER" run -d --name "$tag-redis" redis:7 >/dev/null
  local i
  for ((i = 0; i < 30; i++)); do
    [ "$("$DOCKER" exec "$tag-redis" redis-cli -p 6379 ping 2>/dev/null)" = PONG ] && { ok "redis:7 PONG"; "$DOCKER" rm -f "$tag-redis" >/dev/null; return; }
    sleep 1
  done
  die "redis:7 did not answer PING within 30s"
}

check_celery() {  # a Celery worker on python:3.11-slim answers `celery inspect ping` against redis:7
  "$DOCKER" network create "$tag" >/dev/null
  "$DOCKER" run -d --name "$tag-redis" --network "$tag" --network-alias redis redis:7 >/dev/null
  printf 'from celery import Celery\napp = Celery("tasks", broker="redis://redis:6379/0")\n' >"$work/tasks.py"
  printf 'FROM python:3.11-slim\nRUN pip install --no-cache-dir celery==5.2.6 redis==4.3.4\nWORKDIR /app\nCOPY tasks.py .\nCMD ["celery", "-A", "tasks", "worker", "--loglevel=INFO"]\n' >"$work/Dockerfile"
  build --network host
  "$DOCKER" run -d --name "$tag-worker" --network "$tag" "$tag" >/dev/null
  local i
  for ((i = 0; i < 30; i++)); do
    if says pong "$DOCKER" exec "$tag-worker" celery -A tasks inspect ping --timeout 5; then
      ok "celery worker answers inspect ping via redis:7"; return
    fi
    sleep 1
  done
  "$DOCKER" logs "$tag-worker" 2>&1 | tail -20 >&2
  die "celery worker did not answer ping within 30 tries"
}

check_distroless() {  # no shell, nonroot uid, interpreters as entrypoint
  says 'py ok' "$DOCKER" run --rm gcr.io/distroless/python3-debian12 -c 'import ssl, json; print("py ok")' \
    || die "distroless python3 did not run python"
  says 'node ok' "$DOCKER" run --rm gcr.io/distroless/nodejs18-debian12 -e 'console.log("node ok")' \
    || die "distroless nodejs18 did not run node"
  [ "$("$DOCKER" image inspect -f '{{.Config.User}}' gcr.io/distroless/static-debian12:nonroot)" = 65532 ]
  if "$DOCKER" run --rm --entrypoint /bin/sh gcr.io/distroless/base-debian12 -c true >/dev/null 2>&1; then
    die "distroless base has a shell"
  fi
  ok "distroless: python3/nodejs18 entrypoints run, :nonroot is 65532, no /bin/sh"
}

check_java() {
  "$DOCKER" run --rm maven:3-eclipse-temurin-17 mvn -q -version >/dev/null
  "$DOCKER" run --rm eclipse-temurin:17-jre java -version >/dev/null 2>&1
  ok "maven:3-eclipse-temurin-17 mvn, eclipse-temurin:17-jre java"
}

check_go() {
  printf 'package main\nimport "fmt"\nfunc main() { fmt.Println("go ok") }\n' >"$work/main.go"
  printf 'FROM golang:1.19 AS build\nWORKDIR /src\nCOPY main.go .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app main.go\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n' >"$work/Dockerfile"
  build
  says 'go ok' "$DOCKER" run --rm "$tag" || die "the Go program did not run on distroless static"
  ok "golang:1.19 static build runs on distroless static:nonroot"
}

checks=("$@"); [ ${#checks[@]} -gt 0 ] || checks=(python npm redis celery distroless java go)
for c in "${checks[@]}"; do "check_$c"; done
