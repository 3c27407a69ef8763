#!/usr/bin/env bash
# The npm packages in package-lock.json, installed with `npm ci`: axe-core for the accessibility test in
# `make test` (production dependencies only), and with --audit also Lighthouse for `make audit`.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npm >/dev/null; then
  # shellcheck source=scripts/apt-install.sh
  . scripts/apt-install.sh
  apt_install npm "The accessibility test needs Node.js and npm"
fi
need=node_modules/axe-core/axe.min.js
args=(--omit=dev)
if [ "${1:-}" = "--audit" ]; then
  need=node_modules/lighthouse/cli/index.js
  args=()
fi
# npm ci writes node_modules/.package-lock.json last: newer than the lock file means up to date.
if [ -e "$need" ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error "${args[@]}"
