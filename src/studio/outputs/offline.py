"""The service worker, written into the built site once every file is there (`sw.js` at the site's root).

Its version is a digest of every other file of the build, so any change to the site makes a new worker, and the
worker's cache is named after it. What it keeps: the site's shell (Material's bundle and styles, the studio's
styles and scripts, the manifest and icons, the home page and the catalogue), every same-origin file the visitor
opened, and, when a programme page or training view asks (offline.js), that programme's page, training view,
JSON and PDF. Every request goes to the network first, and the answer refreshes the cache; offline, the cache
answers. A new version fetches everything the old one kept again, from the new site, before it takes over, then
deletes the old cache: a visitor never gets a mix of two builds' files.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from studio.caching import file_digest

SW_PATH = "sw.js"
TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "sw.js"
# The shell, as globs under the site folder: what every page needs offline.
SHELL = ("index.html", "programs/index.html", "404.html", "manifest.webmanifest", "assets/icons/*.png",
         "assets/stylesheets/main.*.min.css", "assets/stylesheets/palette.*.min.css",
         "assets/javascripts/bundle.*.min.js", "assets/studio.css", "assets/studio.js", "assets/calculator.js",
         "assets/rules.js", "assets/training.js", "assets/offline.js")


# Each file's digest by (path, size, modification time): `make serve` rewrites only the pages a save changed, so
# a rebuild hashes those alone. A clean build writes every file anew and hashes them all.
_DIGESTS: dict[Path, tuple[int, int, str]] = {}


def site_version(site: Path) -> str:
    """A digest of every file of the built site but the worker itself: the same build, the same version."""
    digest = hashlib.sha256()
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        name = path.relative_to(site).as_posix()
        if name == SW_PATH:
            continue
        digest.update(name.encode() + b"\0" + _file_digest(path).encode())
    return digest.hexdigest()[:16]


def _file_digest(path: Path) -> str:
    stat = path.stat()
    kept = _DIGESTS.get(path)
    if kept is None or kept[:2] != (stat.st_size, stat.st_mtime_ns):
        kept = _DIGESTS[path] = (stat.st_size, stat.st_mtime_ns, file_digest(path))
    return kept[2]


def shell(site: Path) -> list[str]:
    """The shell's files that this build has, as addresses relative to the site's root ('./' for the home page)."""
    found = []
    for pattern in SHELL:
        for path in sorted(site.glob(pattern)):
            name = path.relative_to(site).as_posix()
            found.append("./" if name == "index.html" else name.removesuffix("index.html"))
    return found


def service_worker(site: Path) -> str:
    """The text of sw.js for the site built in `site`."""
    template = TEMPLATE.read_text(encoding="utf-8")
    return (template.replace("__VERSION__", site_version(site))
            .replace("__SHELL__", json.dumps(shell(site), separators=(",", ":"))))


def write_service_worker(site: Path) -> Path:
    target = site / SW_PATH
    target.write_text(service_worker(site), encoding="utf-8")
    return target
