#!/usr/bin/env bash
# The conformance bench (conformance/README.md): for every app under conformance/apps, build and probe the
# original, run `slimline optimize --write` (default options) on a copy, build and probe what was written, and
# judge it: built, probe passes, non-root (or the original's user kept with a printed reason), not bigger.
# Independent of slimline's own verify: it builds, runs and inspects the images itself.
#
# Usage: bench/conformance.sh [--only APP,...] [--out FILE] [--original-only] [--remove-images]
# Environment: SLIMLINE_DOCKER (client, default /usr/bin/docker), CONF_BUILD_TIMEOUT (s per build, default 900),
# CONF_PROBE_TIMEOUT (s until the probe passes, default 90), CONF_OPTIMIZE_TIMEOUT (s, default 900),
# CONF_OPTIMIZE_ARGS (extra optimize options for diagnosis, e.g. "--base-family slim"; the benchmark uses none).
set -uo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
apps_dir="$root/conformance/apps"
docker="${SLIMLINE_DOCKER:-/usr/bin/docker}"
build_timeout="${CONF_BUILD_TIMEOUT:-900}"
probe_timeout="${CONF_PROBE_TIMEOUT:-90}"
optimize_timeout="${CONF_OPTIMIZE_TIMEOUT:-900}"
out="$root/bench/out/conformance.tsv"
only="" original_only=0 keep_images=1  # images are kept by default: a rerun builds from cached layers

usage() { sed -n '7,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --only) [ $# -ge 2 ] || usage; only="$2"; shift 2 ;;
    --out) [ $# -ge 2 ] || usage; out="$2"; shift 2 ;;
    --original-only) original_only=1; shift ;;
    --remove-images) keep_images=0; shift ;;
    -h|--help) usage ;;
    *) echo "conformance.sh: unknown argument '$1'" >&2; usage ;;
  esac
done
[ -x "$docker" ] || { echo "conformance.sh: docker client $docker not found (set SLIMLINE_DOCKER)" >&2; exit 4; }
"$docker" info >/dev/null 2>&1 || { echo "conformance.sh: the Docker engine does not answer (bash testbed/setup.sh)" >&2; exit 4; }
export DOCKER_BUILDKIT=1

if [ -n "$only" ]; then IFS=, read -r -a apps <<<"$only"
else mapfile -t apps < <(find "$apps_dir" -mindepth 2 -maxdepth 2 -name probe.env -printf '%h\n' | xargs -rn1 basename | sort); fi
for a in "${apps[@]}"; do
  [ -f "$apps_dir/$a/probe.env" ] || { echo "conformance.sh: no app '$a' (no $apps_dir/$a/probe.env)" >&2; exit 3; }
done
[ ${#apps[@]} -gt 0 ] || { echo "conformance.sh: no apps under $apps_dir" >&2; exit 3; }

logs="$(dirname "$out")/conformance-logs"
mkdir -p "$logs"
work="$(mktemp -d /tmp/slimline-conf.XXXXXX)"
containers=()
cleanup() {
  local c
  for c in "${containers[@]}"; do "$docker" rm -f "$c" >/dev/null 2>&1; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The line of a container log that says why it stopped: the last error line, else the last line.
run_error() {
  local line
  line="$(grep -E '^[A-Za-z.]*(Error|Exception): |exec: ' "$1" | tail -1)"
  [ -n "$line" ] || line="$(grep -E 'Error|error:|ERROR|denied|not found|No such file' "$1" | grep -v '^\s*at ' | tail -1)"
  [ -n "$line" ] || line="$(tail -1 "$1")"
  printf '%s' "$line" | sed -E 's/.*(exec: )/\1/' | cut -c1-140
}

# Runs IMAGE with the app's port published on 127.0.0.1 and waits (bounded) until its probe passes.
# Prints "ok" or a one-line reason (runs in a subshell: the caller records the container for cleanup).
start_and_probe() {
  local image="$1" name="$2" log="$3" deadline port_spec hostport status last=""
  "$docker" rm -f "$name" >/dev/null 2>&1
  port_spec=(); [ -n "${PORT:-}" ] && port_spec=(-p "127.0.0.1::$PORT")
  # shellcheck disable=SC2086 # RUN_ARGS is a list of docker run arguments
  if ! "$docker" run -d --name "$name" "${port_spec[@]}" ${RUN_ARGS:-} "$image" >"$log" 2>&1; then
    echo "run failed: $(run_error "$log")"; return 1
  fi
  [ -n "${PORT:-}" ] && hostport="$("$docker" port "$name" "$PORT/tcp" 2>/dev/null | head -1 | sed 's/.*://')"
  deadline=$(( $(date +%s) + probe_timeout ))
  while :; do
    if [ "$("$docker" inspect -f '{{.State.Running}}' "$name" 2>/dev/null)" != true ]; then
      "$docker" logs "$name" >>"$log" 2>&1
      echo "exited ($("$docker" inspect -f '{{.State.ExitCode}}' "$name" 2>/dev/null)): $(run_error "$log")"; return 1
    fi
    if [ -n "${PROBE_CMD:-}" ]; then
      # Split like a shell line, run without a shell (distroless has none).
      eval "set -- $PROBE_CMD"
      if last="$(timeout 30 "$docker" exec "$name" "$@" 2>&1)"; then break; fi
      last="probe command: $(printf '%s' "$last" | tail -1 | cut -c1-120)"
    else
      status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$hostport${HTTP_PATH:-/}" 2>/dev/null)"
      [ "$status" = "${HTTP_STATUS:-200}" ] && break
      last="GET ${HTTP_PATH:-/} answered ${status:-nothing} (want ${HTTP_STATUS:-200})"
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      "$docker" logs "$name" >>"$log" 2>&1
      echo "probe timed out after ${probe_timeout}s: $last; log: $(run_error "$log")"; return 1
    fi
    sleep 1
  done
  "$docker" logs "$name" >>"$log" 2>&1
  echo ok
}

build() { # build DIR DOCKERFILE TAG LOG
  # shellcheck disable=SC2086
  timeout "$build_timeout" "$docker" build --progress=plain ${BUILD_NETWORK:+--network "$BUILD_NETWORK"} \
    -f "$1/$2" -t "$3" "$1" >"$4" 2>&1
}

# The uid of a running container's first process as the host sees it (works without a shell in the image).
uid_of() { awk '/^Uid:/ {print $2}' "/proc/$("$docker" inspect -f '{{.State.Pid}}' "$1")/status" 2>/dev/null; }

# The most telling line of a failed build log: the command's own error before BuildKit's "executor failed".
build_error() {
  local line
  line="$(grep -E 'ERROR|[Ee]rror:|npm ERR!|not found|No such file' "$1" | grep -v 'executor failed' | tail -1)"
  [ -n "$line" ] || line="$(grep -v '^\s*$' "$1" | tail -1)"
  # A pull of a base image the engine does not have: name the image, not the registry it tried.
  if [[ "$line" =~ /v2/(library/)?([^\"]+)/manifests/([^\"]+) ]]; then
    line="base image ${BASH_REMATCH[2]}:${BASH_REMATCH[3]} is not in the engine and cannot be pulled"
  fi
  printf '%s' "$line" | sed -E 's/^#[0-9]+ [0-9.]+ //' | cut -c1-140
}

# Wall seconds since $1 (seconds since the epoch, with fraction), one decimal: the per-phase timing columns.
since() { awk -v t0="$1" -v t1="$(date +%s.%N)" 'BEGIN { printf "%.1f", t1 - t0 }'; }

size_of() { "$docker" image inspect -f '{{.Size}}' "$1" 2>/dev/null; }
mb() { [ -n "$1" ] && awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }' || printf -- '-'; }

# Wall seconds per phase, appended after the judged columns (readers index those): original build, original
# probe (run until it answers), optimize (with its proof on the engine), rewrite build, rewrite probe, whole app.
phase_cols=$'s_original_build\ts_original_probe\ts_optimize\ts_rewrite_build\ts_rewrite_probe\ts_app'
printf 'app\tstack\tkind\tbefore_bytes\tafter_bytes\treduction_pct\tbuilt\tprobe\tuid_before\tuid_after\tnot_bigger\tresult\treason\t$phase_cols\n' >"$out"
fmt='%-28s %-7s %-10s %9s %9s %6s  %-24s %s\n'
[ -n "${CONF_OPTIMIZE_ARGS:-}" ] && echo "optimize options: $CONF_OPTIMIZE_ARGS (not the default: a diagnosis, not the benchmark)"
printf "$fmt" APP STACK KIND "BEFORE MB" "AFTER MB" "RED %" CHECKS RESULT
passed=0 total=0 reductions=()
for app in "${apps[@]}"; do
  unset STACK KIND SHAPE PORT HTTP_PATH HTTP_STATUS PROBE_CMD BUILD_NETWORK RUN_ARGS DOCKERFILE SKIP_REASON
  # shellcheck disable=SC1090
  . "$apps_dir/$app/probe.env"
  if [ -n "${SKIP_REASON:-}" ]; then
    # An app that cannot be built on this machine (no SDK): listed, outside the pass rate.
    printf "$fmt" "$app" "${STACK:-?}" "${KIND:-?}" - - - - "SKIP ($SKIP_REASON)"
    printf '%s\t%s\t%s\t\t\t\t\t\t\t\t\tSKIP\t%s\t\t\t\t\t\t\n' "$app" "${STACK:-}" "${KIND:-}" "$SKIP_REASON" >>"$out"
    continue
  fi
  total=$((total + 1))
  dockerfile="${DOCKERFILE:-Dockerfile}"
  copy="$work/$app"; rm -rf "$copy"; cp -a "$apps_dir/$app" "$copy"; rm -f "$copy/probe.env"
  tag="slimline-conf/$app"
  before="" after="" red="-" built="-" probe="-" uid0="-" uid1="-" notbigger="-" result=FAIL reason=""
  s_ob="" s_op="" s_opt="" s_rb="" s_rp="" t_app="$(date +%s.%N)"
  t0="$t_app"

  build "$copy" "$dockerfile" "$tag:original" "$logs/$app.original.build.log"; brc=$?
  s_ob="$(since "$t0")"
  if [ $brc -ne 0 ]; then
    reason="original does not build: $(build_error "$logs/$app.original.build.log")"
    result=ORIGINAL-FAIL
  else
    before="$(size_of "$tag:original")"
    containers+=("slimline-conf-$app-original")
    t0="$(date +%s.%N)"
    r="$(start_and_probe "$tag:original" "slimline-conf-$app-original" "$logs/$app.original.run.log")"
    s_op="$(since "$t0")"
    [ "$r" = ok ] && uid0="$(uid_of "slimline-conf-$app-original")"
    "$docker" rm -f "slimline-conf-$app-original" >/dev/null 2>&1
    if [ "$r" != ok ]; then
      reason="original: $r"; result=ORIGINAL-FAIL
    elif [ "$original_only" = 1 ]; then
      result=ORIGINAL-OK reason="original built and answered its probe"
    else
      optlog="$logs/$app.optimize.log"
      # shellcheck disable=SC2086 # CONF_OPTIMIZE_ARGS is a list of options
      # The app's build network is how its builds run (a user passes it too), not an optimizer tuning option.
      # So is the context: a Dockerfile in a subfolder (build/package/Dockerfile) is built from the app's root, as
      # its Makefile does (docker build -f build/package/Dockerfile .), and the user says so with --context.
      context_args=()
      [[ "$dockerfile" == */* ]] && context_args=(--context "$copy")
      t0="$(date +%s.%N)"
      (cd "$root" && timeout "$optimize_timeout" ./slimline optimize --write ${BUILD_NETWORK:+--build-network "$BUILD_NETWORK"} \
        "${context_args[@]}" ${CONF_OPTIMIZE_ARGS:-} "$copy/$dockerfile") >"$optlog" 2>&1
      optrc=$? s_opt="$(since "$t0")"
      t0="$(date +%s.%N)"
      if [ $optrc -ne 0 ]; then
        reason="optimize exited $optrc: $(grep -v '^\s*$' "$optlog" | head -1 | cut -c1-120)"
      elif ! build "$copy" "$dockerfile" "$tag:optimized" "$logs/$app.optimized.build.log"; then
        built=no s_rb="$(since "$t0")"
        reason="rewrite does not build: $(build_error "$logs/$app.optimized.build.log")"
      else
        built=yes after="$(size_of "$tag:optimized")" s_rb="$(since "$t0")"
        t0="$(date +%s.%N)"
        containers+=("slimline-conf-$app-optimized")
        r="$(start_and_probe "$tag:optimized" "slimline-conf-$app-optimized" "$logs/$app.optimized.run.log")"
        s_rp="$(since "$t0")"
        [ "$r" = ok ] && uid1="$(uid_of "slimline-conf-$app-optimized")"
        "$docker" rm -f "slimline-conf-$app-optimized" >/dev/null 2>&1
        if [ "$after" -le "$before" ]; then notbigger=yes; else notbigger=no; fi
        red="$(awk -v a="$before" -v b="$after" 'BEGIN { printf "%.1f", (a - b) * 100 / a }')"
        if [ "$r" != ok ]; then probe=no; reason="rewrite: $r"
        else
          probe=yes
          kept="$(grep -iE '(keep|kept|stays?).*(root|user|uid)|(root|user|uid).*(kept|keeps|unchanged)' "$optlog" | head -1 | cut -c1-100)"
          if [ "$notbigger" = no ]; then reason="bigger than the original ($(mb "$after") MB > $(mb "$before") MB)"
          elif [ "$uid1" != 0 ]; then result=PASS
          elif [ "$uid0" = 0 ] && [ -n "$kept" ]; then result=PASS reason="keeps uid 0: $kept"
          else reason="runs as root (uid 0) without a printed reason"; fi
        fi
      fi
    fi
  fi
  [ "$result" = PASS ] && passed=$((passed + 1))
  if [ "${KIND:-}" = bloated ] && [ "$result" != ORIGINAL-FAIL ] && [ "$original_only" = 0 ]; then
    # A bloated app without a passing rewrite saved nothing usable: it counts as 0 %.
    if [ "$result" = PASS ]; then reductions+=("$red"); else reductions+=(0); fi
  fi
  checks="b:$built p:$probe u:$uid0>$uid1 s:$notbigger"
  s_app="$(since "$t_app")"
  printf "$fmt" "$app" "${STACK:-?}" "${KIND:-?}" "$(mb "$before")" "$(mb "$after")" "$red" "$checks" "$result${reason:+ ($reason)}"
  echo "  seconds: original build ${s_ob:--}, original probe ${s_op:--}, optimize ${s_opt:--}, rewrite build ${s_rb:--}, rewrite probe ${s_rp:--}; app ${s_app} (load average $(cut -d' ' -f1 /proc/loadavg))"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$app" "${STACK:-}" "${KIND:-}" "$before" "$after" "$red" \
    "$built" "$probe" "$uid0" "$uid1" "$notbigger" "$result" "$reason" "$s_ob" "$s_op" "$s_opt" "$s_rb" "$s_rp" "$s_app" >>"$out"
  [ "$keep_images" = 1 ] || "$docker" rmi "$tag:original" "$tag:optimized" >/dev/null 2>&1
done

echo
if [ "$original_only" = 1 ]; then
  ok=$(grep -c $'\tORIGINAL-OK\t' "$out")
  echo "originals: $ok of $total build and answer their probe"
  echo "TSV: $out; logs: $logs"
  [ "$ok" -eq "$total" ]; exit $?
fi
echo "pass rate: $passed of $total ($(awk -v p="$passed" -v t="$total" 'BEGIN { printf "%.0f", p * 100 / t }') %)"
if [ ${#reductions[@]} -gt 0 ]; then
  median="$(printf '%s\n' "${reductions[@]}" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
  echo "median reduction over ${#reductions[@]} bloated apps: $median % (an app without a passing rewrite counts as 0 %)"
fi
echo "TSV: $out; logs: $logs"
[ "$passed" -eq "$total" ]
