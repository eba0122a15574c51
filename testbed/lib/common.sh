# Shared settings and helpers of the testbed scripts (sourced).
TESTBED_DIR="${TESTBED_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
REPO_DIR="$(cd "$TESTBED_DIR/.." && pwd)"
CACHE_DIR="${SLIMLINE_TESTBED_CACHE:-$REPO_DIR/.testbed-cache}"
DOCKER="${SLIMLINE_DOCKER:-/usr/bin/docker}"
WHEELHOUSE_PORT="${SLIMLINE_WHEELHOUSE_PORT:-3141}"
STANDIN_LABEL=dev.slimline.standin
RECIPE_LABEL=dev.slimline.recipe

log() { printf '[testbed %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf 'testbed: %s\n' "$*" >&2; exit 1; }

# sha256 of every file under the given paths (names and contents), stable across machines.
hash_paths() {
  local p
  for p in "$@"; do
    (cd "$(dirname "$p")" && find "$(basename "$p")" -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum)
  done | sha256sum | cut -d' ' -f1
}

hash_text() { printf '%s' "$*" | sha256sum | cut -d' ' -f1; }
