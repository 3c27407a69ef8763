#!/usr/bin/env bash
# The deploy tests check deploy/nginx/studio.conf with Debian's nginx and serve a release through it.
set -euo pipefail
if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then
  exit 0
fi
# shellcheck source=scripts/apt-install.sh
. "$(dirname "$0")/apt-install.sh"
# The tests never use a system nginx: they run their own, with its own config, on a free loopback port.
apt_install nginx "The deploy tests need nginx"
