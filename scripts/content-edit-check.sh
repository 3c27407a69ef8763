#!/usr/bin/env bash
# Proves that the tests own their content: in a throwaway copy of this tree, the owner's programmes, articles,
# pages and training styles are edited validly (other reps, loads, titles and words), then every test runs there
# and must pass. Only tests/owner reads the owner's content, and it builds the edited site strictly.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
# The files git knows, as they are in the working tree (a check before a commit sees the change being made).
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$copy"
[ -d node_modules ] && ln -s "$root/node_modules" "$copy/node_modules"
ln -s "$root/.venv" "$copy/.venv"
"$root/.venv/bin/python" scripts/edit_owner_content.py "$copy"
cd "$copy"
# The copy's own src/ first: the shared environment's path file points at this tree's.
PYTHONPATH="$copy/src" NO_MKDOCS_2_WARNING=1 "$root/.venv/bin/python" -m pytest -n auto -p no:cacheprovider -q "$@"
