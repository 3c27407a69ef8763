"""The catalogue's and the compare page's weight at many programmes: a scaled copy of the sample site, built.

`scale()` (scripts/bench.py) copies the sample programmes under new slugs and titles. Copies of one sample
would share their summary word for word, which gzip shrinks to a back-reference and a real catalogue would
not, so `scale_site` also gives every copy its own summary, about as long as its sample's: words drawn at
random from the site's own pages (docs/), which compress worse than real sentences do, so the sizes err high. Sizes are gzipped at level 5, as deploy/nginx/studio.conf serves them.
"""

from __future__ import annotations

import gzip
import random
import re
from pathlib import Path

from benchsites import scale

PAGES = {"catalogue": "programs/index.html", "compare": "programs/compare/index.html"}
GZIP_LEVEL = 5
_SUMMARY = re.compile(r"^summary: (.*)$", re.M)
_WORD = re.compile(r"\b[A-Za-z][a-z'’-]*[a-z]\b")


def scale_site(root: Path, count: int, seed: int = 10) -> None:
    """`count` programmes in root/programs, every copy with a summary of its own."""
    scale(root, count)
    words = [w for page in sorted((root / "docs").rglob("*.md")) for w in _WORD.findall(page.read_text(encoding="utf-8"))]
    rng = random.Random(seed)
    for path in sorted((root / "programs").glob("copy-*.yml")):
        text = path.read_text(encoding="utf-8")
        length = len(_SUMMARY.search(text).group(1))
        chosen: list[str] = []
        while len(" ".join(chosen)) < length - 12:
            chosen.append(rng.choice(words))
        summary = " ".join(chosen).capitalize() + "."
        path.write_text(_SUMMARY.sub(lambda m: "summary: " + summary, text, count=1), encoding="utf-8")


def page_sizes(site: Path) -> dict[str, tuple[int, int]]:
    """{page: (bytes of HTML, bytes gzipped)} for the catalogue and the compare page of a built site."""
    sizes = {}
    for name, path in PAGES.items():
        data = (site / path).read_bytes()
        sizes[name] = (len(data), len(gzip.compress(data, GZIP_LEVEL, mtime=0)))
    return sizes

