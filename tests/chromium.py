"""Debian's Chromium as every browser run here starts it: the browser tests, `make shots` and `make audit`."""

from __future__ import annotations

import shutil

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# No sandbox (containers run as root), no GPU, and nothing that reaches out on its own (QUIC probes,
# component updates, sync), so a page's requests are the page's.
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
