"""`make shots`: pictures of the site to look at before a change goes in.

Builds the site (strictly, as `make build`, into a temporary folder), serves it, and writes full-page PNGs of
every page type (tests/pagetypes.py) on a phone (390 px) and a desktop (1280 px), light and dark, plus the first
two pages of one programme's PDF (pdftoppm), into shots/ (git-ignored; emptied of PNGs first). Prints where
they are and how long it took.
"""

from __future__ import annotations

import functools
import http.server
import multiprocessing
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from chromium import ARGS, CHROMIUM  # noqa: E402
from pagetypes import PAGE_TYPES  # noqa: E402
from sitecopy import BUILD_DATE, dated  # noqa: E402  (as the tests build it, so dated calls to action read the same)

OUT = ROOT / "shots"
SCREENS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
SCHEMES = ("light", "dark")
SETTLED_BY = {"compare": "#compare-page table th[data-slug]", "training view": ".studio-train--ready"}  # a script ran
PDF_PROGRAMME = "peak-strength-block"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _name(kind: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", kind.lower()).strip("-")


def build(site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **dated(BUILD_DATE)}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
                   cwd=ROOT, env=env, check=True)


def shoot(base: str, screen: str) -> list[Path]:
    """One screen's pictures, light and dark: one browser per screen, so the two screens run side by side."""
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for scheme in SCHEMES:
            context = browser.new_context(viewport=SCREENS[screen], color_scheme=scheme)
            page = context.new_page()
            for kind, address in PAGE_TYPES.items():
                page.goto(base + address, wait_until="load")
                if kind in SETTLED_BY:  # filled in by a script after load
                    page.wait_for_selector(SETTLED_BY[kind])
                page.evaluate("() => document.fonts.ready")
                path = OUT / f"{_name(kind)}-{screen}-{scheme}.png"
                page.screenshot(path=str(path), full_page=True)
                written.append(path)
            context.close()
        browser.close()
    return written


def pages(site: Path) -> list[Path]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with ProcessPoolExecutor(len(SCREENS), mp_context=multiprocessing.get_context("spawn")) as pool:
            return [path for found in pool.map(shoot, [base] * len(SCREENS), SCREENS) for path in found]
    finally:
        server.shutdown()
        server.server_close()


def pdf_pages(site: Path) -> list[Path]:
    pdf = site / "programs" / PDF_PROGRAMME / f"{PDF_PROGRAMME}.pdf"
    prefix = OUT / f"pdf-{PDF_PROGRAMME}"
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "2", str(pdf), str(prefix)], check=True)
    return sorted(OUT.glob(f"pdf-{PDF_PROGRAMME}-*.png"))


def main() -> int:
    start = time.monotonic()
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix="studio-shots-") as folder:
        site = Path(folder) / "site"
        print("Building the site...", file=sys.stderr)
        build(site)
        built = time.monotonic()
        print(f"Screenshots of {len(PAGE_TYPES)} page types, phone and desktop, light and dark...", file=sys.stderr)
        written = pages(site) + pdf_pages(site)
    took = time.monotonic() - start
    print(f"{len(written)} pictures in {OUT.relative_to(ROOT)}/ in {took:.0f} s (build {built - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
