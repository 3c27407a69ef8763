#!/usr/bin/env bash
# The pre-receive hook of the server's bare repository (setup-server.sh installs it as bin/publish).
# `bin/publish --rebuild` builds the live commit again (for a daily cron job).
#
# It checks the pushed commit out into a fresh release folder, builds it strictly and, for a push that
# changes code, runs the checks; only when they pass does it switch the live link to the new release. A
# content-only push (docs/, programs/, data/, the owner's settings in mkdocs.yml: see src/studio/project/changes.py)
# cannot break the code, so it is built only, which publishes a typo fix in seconds. Any failure refuses the push:
# the branch keeps its old commit and the live site is not touched. Everything written to stderr reaches
# the pusher as "remote: ...", so the owner sees the build's own messages (file:line: field: problem).
set -euo pipefail
umask 022
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
# shellcheck source=deploy/lib.sh
. "$ROOT/bin/lib.sh"
load_config

outcome="this push was refused"
refuse() {
  say ""
  say "$*"
  say "The live site was not changed and $outcome."
  exit 1
}

show_output() {
  # The step's own output, verbatim; a very long one is cut, the full text stays in the log.
  local file=$1 limit=400 lines
  lines=$(wc -l <"$file")
  head -n "$limit" "$file" >&2
  if [ "$lines" -gt "$limit" ]; then
    say "... $((lines - limit)) more lines in $log on the server"
  fi
}

clean_git_env() {
  # The hook runs with GIT_DIR and the quarantine's object paths set; the build must not inherit them.
  local name
  for name in $(compgen -e); do
    case $name in GIT_*) unset "$name" ;; esac
  done
}

# Each step runs in the release folder with the shared environment's Python first on the PATH, the
# release's own src/ importable, and one downloads cache for all releases (its files are keyed by content).
run_step() {
  local label=$1 command=$2 output="$work/.step-output" start=$SECONDS status
  if (cd "$work" && clean_git_env &&
      export PATH="$venv/bin:$PATH" PYTHONPATH="$work/src" NO_MKDOCS_2_WARNING=1 \
        STUDIO_CACHE_DIR="${STUDIO_CACHE_DIR:-$ROOT/cache/downloads}" &&
      exec timeout "$BUILD_TIMEOUT" bash -c "$command") </dev/null >"$output" 2>&1; then
    { printf '== %s: passed\n' "$label"; cat "$output"; } >>"$log"
    rm -f "$output"
    say "$label: passed in $((SECONDS - start)) s."
    return 0
  else
    status=$?
  fi
  { printf '== %s: failed (exit %s)\n' "$label" "$status"; cat "$output"; } >>"$log"
  say ""
  say "$label FAILED (exit $status). Its output:"
  say ""
  show_output "$output"
  [ "$status" -eq 124 ] && say "(stopped after $BUILD_TIMEOUT s: BUILD_TIMEOUT in $ROOT/deploy.conf)"
  refuse "Fix the problems listed above (each gives the file and line), commit, and push again."
}

install_locks() {
  local venv=$1 lock
  shift
  for lock in "$@"; do
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes -r "$lock" || return
  done
}

ensure_venv() {
  # Python environments are shared between releases with the same lock files and Python.
  if [ -n "$VENV" ]; then
    venv=$VENV
    return
  fi
  [ -f "$work/requirements.lock" ] || refuse "requirements.lock is missing from the pushed commit."
  # The build needs requirements.lock; the checks (pytest) need requirements-test.lock, the same pins and the
  # test tools, installed only when there are checks to run.
  local locks=("$work/requirements.lock")
  if [ -n "$CHECK_COMMAND" ] && [ -f "$work/requirements-test.lock" ]; then
    locks+=("$work/requirements-test.lock")
  fi
  venv_key=$({ "$PYTHON" -c 'import sys; print(sys.version)'; cat "${locks[@]}"; } | sha256sum | cut -c1-16)
  venv="$ROOT/venvs/$venv_key"
  [ -f "$venv/.ready" ] && return
  say "Installing the Python packages of this requirements.lock (once per lock file)..."
  rm -rf "$venv"
  if ! { "$PYTHON" -m venv "$venv" && install_locks "$venv" "${locks[@]}"; } </dev/null >"$work/.step-output" 2>&1; then
    rm -rf "$venv"
    show_output "$work/.step-output"
    refuse "Installing the Python packages failed (see above)."
  fi
  touch "$venv/.ready"
}

classify_push() {
  # Sets kind (content or code) and says which, and why, to the pusher and in the log. The classifier is
  # the pushed commit's own, run against the bare repository (the new objects are still in the quarantine
  # this hook's environment points at). Whatever it cannot answer counts as code: checks run.
  local verdict='' detail='' explanation='' message
  if [ -n "${rebuilding:-}" ]; then
    kind=content
    message="Rebuild of the live commit (--rebuild): build only."
  else
    if verdict=$(PYTHONPATH="$work/src" "$venv/bin/python" -m studio.project.changes --summary --explain "$old" "$new" \
                   </dev/null 2>"$work/.step-output"); then
      kind=$(sed -n 1p <<<"$verdict")
      detail=$(sed -n 2p <<<"$verdict")
      explanation=$(tail -n +3 <<<"$verdict")
    fi
    if [ "$kind" != content ] && [ "$kind" != code ]; then
      kind=code
      detail=$(head -n 1 "$work/.step-output")
      detail="could not tell content from code${detail:+: $detail}"
      explanation=$(cat "$work/.step-output")
    fi
    rm -f "$work/.step-output"
    if [ "$kind" = content ]; then
      message="Content-only push ($detail): build only."
    elif [ -n "$CHECK_COMMAND" ]; then
      message="Code push ($detail): build and checks."
    else
      message="Code push ($detail): build only (CHECK_COMMAND is empty in deploy.conf)."
    fi
  fi
  say "$message"
  { printf '== %s\n' "$message"; [ -z "$explanation" ] || printf '%s\n' "$explanation"; } >>"$log"
}

prune() {
  # Keep the newest $KEEP releases, and always the live one (after a rollback it may be older).
  local live name excess key dir
  live=$(release_of_live)
  mapfile -t releases < <(list_releases)
  excess=$((${#releases[@]} - KEEP))
  for name in "${releases[@]}"; do
    [ "$excess" -gt 0 ] || break
    [ "$name" = "$live" ] && continue
    rm -rf "${ROOT:?}/releases/$name"
    excess=$((excess - 1))
  done
  for dir in "$ROOT"/venvs/*/; do
    [ -d "$dir" ] || continue
    key=$(basename "$dir")
    grep -qsxF "$key" "$ROOT"/releases/*/.venv-key || rm -rf "$dir"
  done
  find "$ROOT/logs" -type f -name '*.log' -printf '%f\n' | LC_ALL=C sort -r | tail -n +51 |
    while read -r name; do rm -f "$ROOT/logs/$name"; done
}

hold_lock_until_ref_moves() {
  # Git moves the branch only after this hook exits. Until it has, the next push must not start, or it
  # would check its base against the old commit: a child keeps fd 9 (the lock) until the ref moves.
  (
    exec </dev/null >/dev/null 2>&1
    unset GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES
    for _ in $(seq 300); do
      [ "$(git rev-parse -q --verify "$ref" || true)" = "$new" ] && exit 0
      sleep 0.1
    done
  ) &
}

target=''
if [ "${1:-}" = "--rebuild" ]; then
  # From cron (see setup-server.sh): build the live commit again, so that dated content changes on its
  # day without a push. After a rollback that is the rolled-back commit, not the branch's newest.
  # The commit passed its checks when it was pushed and only the date differs, so it is built only;
  # a failed rebuild is refused like a push and leaves the live site as it is.
  export GIT_DIR="$ROOT/repo.git"
  outcome="nothing was published"
  ref="refs/heads/$BRANCH"
  rebuilding=1
  take_lock  # before reading the live release and the branch, so a push can't land in between
  live=$(release_of_live)
  [ -n "$live" ] || refuse "Nothing to rebuild: nothing has been published yet."
  new=$(sed -n 's/^commit=//p' "$ROOT/releases/$live/.publish-info" 2>/dev/null || true)
  [ -n "$new" ] || refuse "Nothing to rebuild: the live release $live records no commit."
  current=$(git rev-parse -q --verify "$ref" || echo "$ZERO")
  target="$current $new $ref"
else
  while read -r old new ref; do
    if [ "$ref" = "refs/heads/$BRANCH" ]; then
      target="$old $new $ref"
    else
      say "$ref: stored, not published (only $BRANCH is published)."
    fi
  done
fi
[ -n "$target" ] || exit 0
read -r old new ref <<<"$target"
[ "$new" != "$ZERO" ] || refuse "$BRANCH cannot be deleted here: the live site is built from it."

[ -n "${rebuilding:-}" ] || take_lock
current=$(git rev-parse -q --verify "$ref" || echo "$ZERO")
if [ "$current" != "$old" ]; then
  refuse "$BRANCH changed on the server while you were pushing (another push published ${current:0:7})." \
    "Run 'git pull', then push again."
fi

mkdir -p "$ROOT/releases" "$ROOT/logs" "$ROOT/venvs"
rm -rf "$ROOT"/releases/.building-*  # left by a hook that was killed; we hold the lock
name="$(date -u +%Y%m%d-%H%M%S)-${new:0:12}"
if [ -e "$ROOT/releases/$name" ]; then  # the same commit again within the second (a rebuild)
  name="$name-$$"
fi
log="$ROOT/logs/$name.log"
work=$(mktemp -d "$ROOT/releases/.building-XXXXXX")
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
venv_key=''
subject=$(git log -1 --format=%s "$new")
say "Publishing ${new:0:7} \"$subject\" (a fresh release: $name)..."
git archive --format=tar "$new" | tar -x -C "$work"
ensure_venv
kind=''
classify_push
run_step "Build (mkdocs build --strict)" "python -m mkdocs build --strict --site-dir site"
[ -f "$work/site/index.html" ] || refuse "The build made no site/index.html."
if [ "$kind" = code ] && [ -n "$CHECK_COMMAND" ]; then
  run_step "Checks ($CHECK_COMMAND)" "$CHECK_COMMAND"
fi

printf 'commit=%s\nsubject=%s\nbuilt=%s\n' "$new" "$subject" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$work/.publish-info"
[ -z "$venv_key" ] || printf '%s\n' "$venv_key" >"$work/.venv-key"
mv -T "$work" "$ROOT/releases/$name"
trap - EXIT
previous=$(release_of_live)
switch_live "$name"
[ -n "${rebuilding:-}" ] || hold_lock_until_ref_moves  # a rebuild moves no ref
prune
say "Published: the live site is now $(describe_release "$name")."
[ -z "$previous" ] || say "Previous release: $previous (undo with: $ROOT/bin/rollback)."
