# Stand-in images: the recipe table, recipe hashes, builds in dependency order, status and size tables.

# Recipes in dependency order. Each has a directory testbed/images/<recipe>/, the tags it produces and the
# recipe it builds on. A tag may carry build settings after ';' (TARGET=stage, NAME=value build args).
RECIPES=(debian buildpack-deps python-3.11 python-3.11-slim node-18 node-18-slim redis-7
         distroless
         golang-1.19 eclipse-temurin-17 maven-3-eclipse-temurin-17
         ruby-3.1 ruby-3.1-slim rust-1.63 php-8.2 nginx-1.22)
declare -A TAGS=(
  [debian]="debian:bookworm debian:bookworm-slim"
  [buildpack-deps]="buildpack-deps:bookworm"
  [python-3.11]="python:3.11 python:3.11-bookworm"
  [python-3.11-slim]="python:3.11-slim python:3.11-slim-bookworm"
  [node-18]="node:18 node:18-bookworm"
  [node-18-slim]="node:18-slim node:18-bookworm-slim"
  [redis-7]="redis:7 redis:7-bookworm"
  [distroless]="gcr.io/distroless/static-debian12:latest gcr.io/distroless/static-debian12:nonroot
    gcr.io/distroless/base-debian12:latest gcr.io/distroless/base-debian12:nonroot
    gcr.io/distroless/cc-debian12:latest gcr.io/distroless/cc-debian12:nonroot
    gcr.io/distroless/python3-debian12:latest gcr.io/distroless/python3-debian12:nonroot
    gcr.io/distroless/nodejs18-debian12:latest gcr.io/distroless/nodejs18-debian12:nonroot"
  [golang-1.19]="golang:1.19 golang:1.19-bookworm"
  [eclipse-temurin-17]="eclipse-temurin:17-jre eclipse-temurin:17-jdk;TARGET=jdk eclipse-temurin:17;TARGET=jdk"
  [maven-3-eclipse-temurin-17]="maven:3-eclipse-temurin-17 maven:3.8-eclipse-temurin-17"
  [ruby-3.1]="ruby:3.1 ruby:3.1-bookworm"
  [ruby-3.1-slim]="ruby:3.1-slim ruby:3.1-slim-bookworm"
  [rust-1.63]="rust:1.63 rust:1.63-bookworm"
  [php-8.2]="php:8.2-cli;TARGET=cli php:8.2;TARGET=cli php:8.2-fpm;TARGET=fpm php:8.2-apache;TARGET=apache"
  [nginx-1.22]="nginx:1.22;TARGET=nginx nginx:1.22-bookworm;TARGET=nginx nginxinc/nginx-unprivileged:1.22;TARGET=unprivileged"
)
declare -A PARENT=(
  [buildpack-deps]=debian [python-3.11]=buildpack-deps [python-3.11-slim]=debian [node-18]=buildpack-deps
  [node-18-slim]=debian [redis-7]=debian [distroless]=debian [golang-1.19]=debian
  [eclipse-temurin-17]=debian [maven-3-eclipse-temurin-17]=eclipse-temurin-17
  [ruby-3.1]=buildpack-deps [ruby-3.1-slim]=debian [rust-1.63]=buildpack-deps [php-8.2]=debian [nginx-1.22]=debian
)
# Pinned tarballs (made on the host with `npm pack`) that the node stand-ins unpack instead of Debian's npm.
NPM_VERSION=10.8.2
YARN_VERSION=1.22.22

declare -A HASH_OF=()
# A recipe's hash covers its files, its parent's hash (a rebuilt base rebuilds what is on it) and the
# host inputs baked in (CA certificates, the wheelhouse port, the pinned npm/yarn versions). Computed once,
# in the main shell, parents first (RECIPES is in dependency order).
compute_hashes() {
  local r extra certs
  certs="$(hash_paths "$CACHE_DIR/certs")"
  for r in "${RECIPES[@]}"; do
    case "$r" in
      debian) extra="certs:$certs" ;;
      python-*) extra="wheelhouse-port:$WHEELHOUSE_PORT" ;;
      node-*) extra="npm:$NPM_VERSION yarn:$YARN_VERSION" ;;
      *) extra="" ;;
    esac
    HASH_OF[$r]="$(hash_text "$(hash_paths "$TESTBED_DIR/images/$r")|${HASH_OF[${PARENT[$r]:-none}]:-}|$extra")"
  done
}
recipe_hash() {
  [ ${#HASH_OF[@]} -gt 0 ] || compute_hashes
  echo "${HASH_OF[$1]}"
}

tags_of() { local e out=(); for e in ${TAGS[$1]}; do out+=("${e%%;*}"); done; echo "${out[*]}"; }

# Recipe label and size of every stand-in tag, read with one engine call (warm runs stay fast).
declare -A LABEL_OF=() SIZE_OF=()
load_image_facts() {
  local all=() r line tags label size t
  for r in "${RECIPES[@]}"; do all+=($(tags_of "$r")); done
  LABEL_OF=(); SIZE_OF=()
  while IFS=$'\t' read -r tags label size; do
    for t in $tags; do LABEL_OF[$t]="$label"; SIZE_OF[$t]="$size"; done
  done < <("$DOCKER" image inspect -f "{{join .RepoTags \" \"}}	{{index .Config.Labels \"$RECIPE_LABEL\"}}	{{.Size}}" \
             "${all[@]}" 2>/dev/null || true)
}

image_recipe_label() { echo "${LABEL_OF[$(canonical_tag "$1")]:-}"; }
# RepoTags spell an untagged name with :latest.
canonical_tag() { local t="$1"; [[ "${t##*/}" == *:* ]] || t="$t:latest"; echo "$t"; }

recipe_up_to_date() {
  local r="$1" want tag
  want="$(recipe_hash "$r")"
  for tag in ${TAGS[$r]}; do
    [ "$(image_recipe_label "${tag%%;*}")" = "$want" ] || return 1
  done
}

# The host's extra CA certificates, copied where the debian recipe bakes them into every stand-in.
sync_certs() {
  mkdir -p "$CACHE_DIR/certs"
  rm -f "$CACHE_DIR/certs"/*.crt
  cp /usr/local/share/ca-certificates/*.crt "$CACHE_DIR/certs/" 2>/dev/null || true
  log "extra CA certificates: $(ls "$CACHE_DIR/certs" | wc -l)"
}

build_debian() {
  local h="$1" work="$CACHE_DIR/rootfs" v tag
  log "debian: debootstrap minbase bookworm (about a minute)"
  bash "$TESTBED_DIR/images/debian/rootfs.sh" "$work" "$CACHE_DIR/certs"
  for v in full slim; do
    tag=debian:bookworm; [ "$v" = slim ] && tag=debian:bookworm-slim
    tar --numeric-owner --xattrs -C "$work/$v" -c . | "$DOCKER" import \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change 'CMD ["bash"]' --change "LABEL $STANDIN_LABEL=true" --change "LABEL $RECIPE_LABEL=$h" \
      - "$tag" >/dev/null
  done
  rm -rf "$work"
}

# Extra files a recipe's build context needs besides its own directory.
prepare_context() {
  local r="$1" ctx="$2"
  case "$r" in
    node-*)
      local d="$CACHE_DIR/npm"
      mkdir -p "$d"
      [ -f "$d/npm-$NPM_VERSION.tgz" ] || (cd "$d" && npm pack --silent "npm@$NPM_VERSION" >/dev/null)
      [ -f "$d/yarn-$YARN_VERSION.tgz" ] || (cd "$d" && npm pack --silent "yarn@$YARN_VERSION" >/dev/null)
      cp "$d/npm-$NPM_VERSION.tgz" "$ctx/npm.tgz"
      cp "$d/yarn-$YARN_VERSION.tgz" "$ctx/yarn.tgz"
      ;;
  esac
}

# A build context: the recipe directory plus what prepare_context adds.
make_context() {
  local r="$1" ctx="$CACHE_DIR/ctx/$1"
  rm -rf "$ctx"; mkdir -p "$ctx" "$CACHE_DIR/logs"
  cp -a "$TESTBED_DIR/images/$r/." "$ctx/"
  prepare_context "$r" "$ctx"
  echo "$ctx"
}

# docker build with BuildKit and the stand-in labels; output appended to the recipe's log.
standin_build() {
  local r="$1" h="$2"; shift 2
  DOCKER_BUILDKIT=1 "$DOCKER" build --progress=plain --network host \
    --label "$STANDIN_LABEL=true" --label "$RECIPE_LABEL=$h" "$@" >>"$CACHE_DIR/logs/$r.log" 2>&1 \
    || { tail -30 "$CACHE_DIR/logs/$r.log" >&2; die "build of $r failed (log: $CACHE_DIR/logs/$r.log)"; }
}

build_dockerfile_recipe() {
  local r="$1" h="$2" ctx entry spec a
  ctx="$(make_context "$r")"
  : >"$CACHE_DIR/logs/$r.log"
  # One build per distinct set of build settings, naming all the tags that share it.
  local specs=() seen
  for entry in ${TAGS[$r]}; do
    spec=""; [ "$entry" != "${entry%%;*}" ] && spec="${entry#*;}"
    seen=0; for a in "${specs[@]}"; do [ "$a" = "@$spec" ] && seen=1; done
    [ $seen = 1 ] || specs+=("@$spec")
  done
  for spec in "${specs[@]}"; do
    spec="${spec#@}"
    local args=() kv=()
    for entry in ${TAGS[$r]}; do
      a=""; [ "$entry" != "${entry%%;*}" ] && a="${entry#*;}"
      [ "$a" = "$spec" ] && args+=(-t "${entry%%;*}")
    done
    if [ -n "$spec" ]; then
      IFS=';' read -ra kv <<<"$spec"
      for a in "${kv[@]}"; do
        if [[ "$a" == TARGET=* ]]; then args+=(--target "${a#TARGET=}"); else args+=(--build-arg "$a"); fi
      done
    fi
    standin_build "$r" "$h" "${args[@]}" "$ctx"
  done
  rm -rf "$ctx"
}

# Distroless: the package trees are built once into a helper image (a shared stage would be rebuilt per
# target whenever the engine's build cache has been pruned), then each is copied into FROM scratch; the
# :nonroot tags add only USER 65532 and WORKDIR /home/nonroot, as in the real images.
build_distroless() {
  local h="$1" ctx t rootfs="slimline-testbed/distroless-rootfs:${1:0:12}"
  ctx="$(make_context distroless)"
  : >"$CACHE_DIR/logs/distroless.log"
  standin_build distroless "$h" -f "$ctx/Dockerfile.rootfs" -t "$rootfs" "$ctx"
  for t in static base cc python3 nodejs18; do
    standin_build distroless "$h" --build-arg "ROOTFS=$rootfs" --target "$t" -t "gcr.io/distroless/$t-debian12:latest" "$ctx"
    printf 'FROM gcr.io/distroless/%s-debian12:latest\nUSER 65532\nWORKDIR /home/nonroot\n' "$t" \
      | standin_build distroless "$h" -t "gcr.io/distroless/$t-debian12:nonroot" -
  done
  "$DOCKER" rmi "$rootfs" >/dev/null
  rm -rf "$ctx"
}

# Builds the given recipes (default: all) and the recipes they build on, skipping those up to date. "wheelhouse"
# (testbed/lib/wheelhouse.sh, built on debian) may be named too. Independent builds run SLIMLINE_TESTBED_JOBS
# (default 2) at a time: most of a stand-in build waits on apt and dpkg I/O, so two overlap well on two cores,
# and a recipe starts as soon as the one it builds on is done.
build_images() {
  local wanted=("$@") r queue=()
  [ ${#wanted[@]} -gt 0 ] || wanted=("${RECIPES[@]}")
  compute_hashes
  load_image_facts
  declare -A need=()
  for r in "${wanted[@]}"; do
    [ "$r" = wheelhouse ] || [ -n "${TAGS[$r]:-}" ] || die "unknown recipe: $r (known: ${RECIPES[*]} wheelhouse)"
    while [ -n "$r" ]; do need[$r]=1; r="$(parent_of "$r")"; done
  done
  # the wheelhouse (minutes of dpkg and wheel building) right after debian, so it overlaps the other stand-ins
  for r in "${RECIPES[0]}" wheelhouse "${RECIPES[@]:1}"; do
    [ -n "${need[$r]:-}" ] || continue
    if [ "$r" = wheelhouse ]; then wheelhouse_current && { log "wheelhouse: up to date"; continue; }
    elif recipe_up_to_date "$r"; then log "$r: up to date"; continue; fi
    queue+=("$r")
  done
  [ ${#queue[@]} -eq 0 ] || run_builds "${queue[@]}"
}

parent_of() { if [ "$1" = wheelhouse ]; then echo debian; else echo "${PARENT[$1]:-}"; fi; }

build_one() {
  local r="$1" t
  t=$(date +%s)
  [ "$r" = wheelhouse ] && { ensure_wheelhouse; return; }
  log "$r: building $(tags_of "$r")"
  case "$r" in
    debian) build_debian "$(recipe_hash "$r")" ;;
    distroless) build_distroless "$(recipe_hash "$r")" ;;
    *) build_dockerfile_recipe "$r" "$(recipe_hash "$r")" ;;
  esac
  log "$r: built in $(( $(date +%s) - t ))s"
}

# The queue in dependency order; each build is a background job, started when its parent is neither queued
# nor running. The first failure stops the others and the setup.
run_builds() {
  local queue=("$@") jobs="${SLIMLINE_TESTBED_JOBS:-2}" r p pid status
  declare -A queued=() running=() # running: pid -> recipe
  for r in "${queue[@]}"; do queued[$r]=1; done
  while [ ${#queued[@]} -gt 0 ] || [ ${#running[@]} -gt 0 ]; do
    for r in "${queue[@]}"; do
      [ ${#running[@]} -lt "$jobs" ] || break
      [ -n "${queued[$r]:-}" ] || continue
      p="$(parent_of "$r")"
      if [ -n "$p" ] && { [ -n "${queued[$p]:-}" ] || [[ " ${running[*]} " == *" $p "* ]]; }; then continue; fi
      unset "queued[$r]"
      build_one "$r" &
      running[$!]="$r"
    done
    # the first build to end, polled: `wait -n` loses a job that ended before it was called ("no such job")
    pid=""
    while [ -z "$pid" ]; do
      for p in "${!running[@]}"; do kill -0 "$p" 2>/dev/null || { pid="$p"; break; }; done
      [ -n "$pid" ] || sleep 0.2
    done
    status=0
    wait "$pid" || status=$?
    r="${running[$pid]}"
    unset "running[$pid]"
    if [ "$status" -ne 0 ]; then
      [ ${#running[@]} -eq 0 ] || kill "${!running[@]}" 2>/dev/null || true
      wait || true
      die "stand-in build of $r failed (exit $status)"
    fi
  done
}

# Official sizes (uncompressed, as `docker images` shows them) we hold the stand-ins to: official-sizes.tsv.
official_size_mb() { awk -F'\t' -v t="$1" '$1 == t { print $2 }' "$TESTBED_DIR/official-sizes.tsv"; }

size_table() {
  local r entry tag size mb off ratio flag
  load_image_facts
  printf '%-46s %10s %12s %7s\n' IMAGE "SIZE MB" "OFFICIAL MB" RATIO
  for r in "${RECIPES[@]}"; do
    for entry in ${TAGS[$r]}; do
      tag="${entry%%;*}"
      size="${SIZE_OF[$(canonical_tag "$tag")]:-}"
      [ -n "$size" ] || { printf '%-46s %10s\n' "$tag" missing; continue; }
      mb="$(awk -v s="$size" 'BEGIN { printf (s < 1e8 ? "%.1f" : "%.0f"), s / 1e6 }')"; off="$(official_size_mb "$tag")"; ratio=""; flag=""
      if [ -n "$off" ]; then
        ratio="$(awk -v a="$mb" -v b="$off" 'BEGIN { printf "%.2f", a / b }')"
        awk -v r="$ratio" 'BEGIN { exit !(r < 0.7 || r > 1.3) }' && flag="  OUTSIDE ±30%"
      fi
      printf '%-46s %10s %12s %7s%s\n' "$tag" "$mb" "${off:--}" "${ratio:--}" "$flag"
    done
  done
}

# --check: which stand-ins are present and built from the current recipe.
status_table() {
  local r entry tag want have state bad=0
  compute_hashes
  load_image_facts
  printf '%-46s %s\n' IMAGE STATE
  for r in "${RECIPES[@]}"; do
    want="$(recipe_hash "$r")"
    for entry in ${TAGS[$r]}; do
      tag="${entry%%;*}"
      have="$(image_recipe_label "$tag")"
      if [ -z "${SIZE_OF[$(canonical_tag "$tag")]:-}" ]; then state=missing; bad=1
      elif [ "$have" = "$want" ]; then state="up to date (${want:0:12})"
      else state="stale (has ${have:0:12}, recipe ${want:0:12})"; bad=1; fi
      printf '%-46s %s\n' "$tag" "$state"
    done
  done
  wheelhouse_status || bad=1
  return $bad
}
