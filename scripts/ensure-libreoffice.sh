#!/usr/bin/env bash
# The spreadsheet test has LibreOffice Calc recalculate the download; Debian's headless build is enough.
set -euo pipefail
if command -v soffice >/dev/null; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's LibreOffice Calc (headless) for the spreadsheet tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
else
  echo "The spreadsheet tests need LibreOffice Calc: run 'sudo apt-get install libreoffice-calc-nogui'." >&2
  exit 1
fi
