"""Build a site again and again in one process, as `mkdocs serve` does on every save.

    python tests/rebuilds.py <site folder> <programme file to edit> <site dir 1> <site dir 2>

Builds into <site dir 1>, appends a word to the programme's summary, builds into <site dir 2>, and prints
the studio's log lines of each build after a "build N" line.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

EDIT = "Edited while serving."


class _Lines(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("mkdocs.hooks"):
            print(record.getMessage(), flush=True)


def edit_summary(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    edited = re.sub(r"^summary: (.*)$", lambda m: f"summary: {m.group(1)} {EDIT}", text, count=1, flags=re.M)
    assert edited != text, f"{path} has no one-line summary: to edit"
    path.write_text(edited, encoding="utf-8")


def main(root: Path, programme: Path, *site_dirs: str) -> None:
    logging.getLogger("mkdocs").addHandler(_Lines())
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    for n, site_dir in enumerate(site_dirs, 1):
        if n > 1:
            edit_summary(programme)
        print(f"build {n}", flush=True)
        build(load_config(str(root / "mkdocs.yml"), site_dir=site_dir, strict=True))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:])
