#!/usr/bin/env bash
# Switch the live site back to the release before the current one, or to a release named on the
# command line. Installed by setup-server.sh as <deploy root>/bin/rollback.
#
#   rollback            go back one release
#   rollback --list     list the kept releases; the live one is marked
#   rollback NAME       switch to that release (forward or back)
#   --root DIR          the deploy root, when run from elsewhere than <deploy root>/bin
#
# The branch in git is left as it is: the next push publishes as usual. To drop a change for good,
# revert it in git and push.
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
ROOT=${STUDIO_DEPLOY_ROOT:-}
if [ -z "$ROOT" ] && [ -f "$here/../deploy.conf" ]; then
  ROOT=$(cd "$here/.." && pwd)
fi
list=false
wanted=''
while [ $# -gt 0 ]; do
  case $1 in
    --root) ROOT=${2:?--root needs a folder}; shift 2 ;;
    --list) list=true; shift ;;
    -h | --help) sed -n '2,12s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
    *) wanted=$1; shift ;;
  esac
done
if [ -z "$ROOT" ] || [ ! -d "$ROOT/releases" ]; then
  echo "No deploy root found: pass --root DIR (the folder given to setup-server.sh)." >&2
  exit 2
fi
ROOT=$(cd "$ROOT" && pwd)
# shellcheck source=deploy/lib.sh
. "$here/lib.sh"
load_config
take_lock

live=$(release_of_live)
if [ -z "$live" ]; then
  echo "Nothing has been published yet, so there is nothing to roll back." >&2
  exit 1
fi
mapfile -t releases < <(list_releases)
if $list; then
  for name in "${releases[@]}"; do
    marker='  '
    [ "$name" = "$live" ] && marker='* '
    echo "$marker$(describe_release "$name")"
  done
  exit 0
fi
if [ -z "$wanted" ]; then
  for name in "${releases[@]}"; do
    [ "$name" = "$live" ] && break
    wanted=$name
  done
  if [ -z "$wanted" ]; then
    echo "No older release to go back to; the live site is still $(describe_release "${live:-none}")." >&2
    exit 1
  fi
fi
if [ ! -f "$ROOT/releases/$wanted/site/index.html" ]; then
  echo "No complete release called '$wanted'. Kept releases (rollback --list):" >&2
  printf '  %s\n' "${releases[@]}" >&2
  exit 1
fi
switch_live "$wanted"
echo "The live site is now $(describe_release "$wanted")."
echo "It was $(describe_release "$live")."
echo "The next push publishes as usual; to drop a change for good, revert it in git and push."
