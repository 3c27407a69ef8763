#!/usr/bin/env bash
# The deploy tests check deploy/nginx/studio.conf with Debian's nginx and serve a release through it.
set -euo pipefail
if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then
  exit 0
fi
# shellcheck source=scripts/apt-install.sh
. "$(dirname "$0")/apt-install.sh"
# RUNLEVEL=1 keeps the package's init script from starting a system nginx on port 80: the tests run
# their own on a free loopback port.
RUNLEVEL=1 apt_install nginx "The deploy tests need nginx"
