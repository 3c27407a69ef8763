#!/usr/bin/env bash
# The spreadsheet test has LibreOffice Calc recalculate the download; Debian's headless build is enough.
set -euo pipefail
if command -v soffice >/dev/null; then
  exit 0
fi
# shellcheck source=scripts/apt-install.sh
. "$(dirname "$0")/apt-install.sh"
apt_install libreoffice-calc-nogui "The spreadsheet tests need LibreOffice Calc" --no-install-recommends
