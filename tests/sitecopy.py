"""Copy the site's sources to a temporary folder and run a real `mkdocs build` there."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
# The sample site is built as if on this day, so dated calls to action read the same every year.
BUILD_DATE = "2026-11-22"
SOURCES = ("mkdocs.yml", "docs", "programs", "data", "hooks", "overrides", "schemas")


def copy_site(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy2(source, target / name)
    return target


@dataclass
class Build:
    root: Path
    returncode: int
    output: str

    @property
    def site(self) -> Path:
        return self.root / "site"

    def page(self, url: str) -> BeautifulSoup:
        path = self.site / url.strip("/") / "index.html" if not url.endswith(".html") else self.site / url
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def run_build(root: Path, *args: str, build_date: str | None = BUILD_DATE, env: dict | None = None) -> Build:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    if build_date:
        env["STUDIO_BUILD_DATE"] = build_date  # as if built on that day
    env.pop("STUDIO_CACHE_DIR", None)  # each copy keeps its own download cache
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", *args],
        cwd=root, capture_output=True, text=True, env=env, timeout=600,
    )
    return Build(root, result.returncode, result.stdout + result.stderr)
