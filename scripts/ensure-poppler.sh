#!/usr/bin/env bash
# `make shots` draws a programme PDF's first pages as PNGs with pdftoppm, from Debian's poppler-utils.
set -euo pipefail
if command -v pdftoppm >/dev/null; then
  exit 0
fi
# shellcheck source=scripts/apt-install.sh
. "$(dirname "$0")/apt-install.sh"
apt_install poppler-utils "make shots needs pdftoppm to draw the PDF's pages" --no-install-recommends
