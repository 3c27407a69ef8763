#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; Playwright's own browser download is never used.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
# shellcheck source=scripts/apt-install.sh
. "$(dirname "$0")/apt-install.sh"
apt_install chromium "The browser tests need Chromium at /usr/bin/chromium"
