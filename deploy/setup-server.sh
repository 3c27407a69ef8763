#!/usr/bin/env bash
# Sets up push-to-publish on the studio's own server, in one folder (the deploy root):
#
#   deploy/setup-server.sh /srv/studio [--keep 5] [--branch main] [--python python3.11]
#                                      [--venv DIR] [--check 'COMMAND']
#
# Run it on the server, from a copy of this repository, as the user who will receive pushes. It makes
#   repo.git/       a bare repository to push to; its pre-receive hook builds and publishes
#   live            a link to the site folder of the release being served (point nginx here)
#   releases/       the last --keep releases, each a checkout of a pushed commit with its built site/
#   venvs/          Python environments, one per requirements.lock, shared by releases
#   logs/           each publish's full output
#   bin/            publish (the hook), rollback, lib.sh: copied here, so later pushes cannot change them
#   deploy.conf     settings (written once; edit it by hand afterwards)
# Running it again updates bin/ and the hook and keeps deploy.conf, the releases and the repository.
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)

usage() { sed -n '2,16s/^# \{0,1\}//p' "$0"; }

root=''
keep=5
branch=main
python=python3.11
venv=''
check='python -m pytest -q -p no:cacheprovider -n auto tests/unit'
while [ $# -gt 0 ]; do
  case $1 in
    --keep) keep=${2:?}; shift 2 ;;
    --branch) branch=${2:?}; shift 2 ;;
    --python) python=${2:?}; shift 2 ;;
    --venv) venv=${2:?}; shift 2 ;;
    --check) check=${2?}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
    *) root=$1; shift ;;
  esac
done
if [ -z "$root" ]; then
  usage >&2
  exit 2
fi
case $keep in '' | *[!0-9]* | 0) echo "--keep needs a whole number of at least 1" >&2; exit 2 ;; esac
git check-ref-format --branch "$branch" >/dev/null

missing=''
for tool in git flock tar sha256sum timeout; do
  command -v "$tool" >/dev/null || missing="$missing $tool"
done
if [ -z "$venv" ] && ! command -v "$python" >/dev/null; then
  missing="$missing $python"
fi
if [ -n "$missing" ]; then
  echo "Missing on this server:$missing (Debian: apt-get install git util-linux tar coreutils python3.11 python3.11-venv)" >&2
  exit 1
fi

umask 022
mkdir -p "$root"
root=$(cd "$root" && pwd)
mkdir -p "$root/releases" "$root/venvs" "$root/logs" "$root/bin"

for script in lib.sh publish.sh rollback.sh; do
  install -m 755 "$here/$script" "$root/bin/${script%.sh}"
done
mv "$root/bin/lib" "$root/bin/lib.sh"

if [ ! -f "$root/deploy.conf" ]; then
  {
    echo "# Push-to-publish settings, read by bin/publish and bin/rollback (shell syntax)."
    echo "# The branch whose pushes are published; pushes to other branches are only stored."
    printf 'BRANCH=%q\n' "$branch"
    echo "# How many releases to keep for rollback (the live one is always kept)."
    printf 'KEEP=%q\n' "$keep"
    echo "# The Python that creates the per-lock environments in venvs/."
    printf 'PYTHON=%q\n' "$python"
    echo "# An existing environment to use instead of venvs/ (leave empty on a real server)."
    printf 'VENV=%q\n' "$venv"
    echo "# Run in the release folder after the strict build of a push that changes code; empty = build only."
    echo "# A content-only push (docs/, programs/, data/, the owner's settings in mkdocs.yml) is built only."
    echo "# The full 'make test' (browser tests, real builds) is thorough but takes minutes; CI runs it anyway."
    printf 'CHECK_COMMAND=%q\n' "$check"
    echo "# Seconds before a build or check is stopped, and before a waiting push gives up."
    echo "BUILD_TIMEOUT=900"
    echo "LOCK_WAIT=1800"
  } >"$root/deploy.conf"
  echo "Wrote $root/deploy.conf"
else
  echo "Kept the existing $root/deploy.conf"
fi
# shellcheck source=/dev/null
branch=$(. "$root/deploy.conf" && printf '%s' "${BRANCH:-main}")

if [ ! -d "$root/repo.git" ]; then
  git init --quiet --bare "$root/repo.git"
fi
git -C "$root/repo.git" symbolic-ref HEAD "refs/heads/$branch"
# The publish hook does the gatekeeping; refuse deletions outright as a second guard.
git -C "$root/repo.git" config receive.denyDeletes true
printf '#!/usr/bin/env bash\nexec %q "$@"\n' "$root/bin/publish" >"$root/repo.git/hooks/pre-receive"
chmod 755 "$root/repo.git/hooks/pre-receive"

cat <<DONE
Push-to-publish is ready in $root.
On your own computer, once:
  git remote add live ssh://$(id -un)@$(hostname -f 2>/dev/null || hostname)$root/repo.git
Then publish with:
  git push live $branch
Serve $root/live with nginx (deploy/nginx/studio.conf). Undo the last publish with:
  $root/bin/rollback
So that dated content changes on its day, rebuild daily: add this line with 'crontab -e':
  0 5 * * * $root/bin/publish --rebuild 2>&1 | logger -t studio-publish
DONE
