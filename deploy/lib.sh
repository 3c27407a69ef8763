# shellcheck shell=bash disable=SC2034  # the settings are read by the scripts that source this
# Shared by the publish hook and the rollback command; sourced, never run.
# The deploy root holds: repo.git (bare), releases/<name>/{site,...}, live -> releases/<name>/site,
# venvs/<hash of requirements.lock>, logs/, bin/ (these scripts) and deploy.conf.

ZERO=0000000000000000000000000000000000000000

load_config() {
  # Defaults; deploy.conf (plain shell assignments, written by setup-server.sh) overrides them.
  BRANCH=main
  KEEP=5
  PYTHON=python3.11
  VENV=
  CHECK_COMMAND="python -m pytest -q -p no:cacheprovider -n auto tests/unit"
  BUILD_TIMEOUT=900
  LOCK_WAIT=1800
  if [ -f "$ROOT/deploy.conf" ]; then
    # shellcheck source=/dev/null
    . "$ROOT/deploy.conf"
  fi
  case "$KEEP" in
    '' | *[!0-9]* | 0) KEEP=1 ;;
  esac
}

say() { printf '%s\n' "$*" >&2; }

take_lock() {
  # One publish or rollback at a time: fd 9 holds the lock until every process holding it exits.
  exec 9>>"$ROOT/deploy.lock"
  if ! flock -n 9; then
    say "Another publish is running; waiting for it to finish..."
    if ! flock -w "$LOCK_WAIT" 9; then
      say "Gave up waiting after $LOCK_WAIT s for the other publish. Nothing was changed; push again later."
      exit 1
    fi
  fi
}

release_of_live() {
  # The release name the live link points at, or nothing before the first publish.
  local target
  target=$(readlink "$ROOT/live" 2>/dev/null) || return 0
  target=${target#releases/}
  printf '%s\n' "${target%/site}"
}

list_releases() {
  # Oldest first: names start with a UTC timestamp. Half-built folders start with a dot.
  find "$ROOT/releases" -mindepth 1 -maxdepth 1 -type d ! -name '.*' -printf '%f\n' | LC_ALL=C sort
}

switch_live() {
  # A new link renamed over the old one: rename(2) is atomic, so a reader sees the old or the new
  # release, never a missing or half-written folder.
  local name=$1 tmp="$ROOT/.live.$$"
  ln -sfn "releases/$name/site" "$tmp"
  mv -T "$tmp" "$ROOT/live"
}

describe_release() {
  # "<name> (commit abc1234: subject)" from the info file written when the release was built.
  local name=$1 info="$ROOT/releases/$1/.publish-info" commit='' subject=''
  if [ -f "$info" ]; then
    commit=$(sed -n 's/^commit=//p' "$info")
    subject=$(sed -n 's/^subject=//p' "$info")
  fi
  printf '%s (commit %s: %s)\n' "$name" "${commit:0:7}" "$subject"
}
