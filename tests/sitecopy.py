"""The test site (tests/site) copied to a temporary folder with the project's code, and a real `mkdocs build` there.

Tests own their content: the programmes, articles, data and studio details they build are the frozen copies in
tests/site, never the owner's docs/, programs/ or data/, so a valid edit to the owner's content can never fail a test.
Only tests/owner builds the owner's own site."""

from __future__ import annotations

import datetime
import fcntl
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup
from buildserver import SERVER

from studio.caching import DEFAULT, is_entry
from studio.project import dump_config, load_config, with_owner_settings

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "tests" / "site"  # the test site's content and its own studio details (tests/site/mkdocs.yml)
# The sample site is built as if on this day, so dated calls to action read the same every year.
BUILD_DATE = "2026-11-22"
CONTENT = ("docs", "programs", "data")  # from the test site
CODE = ("hooks", "overrides", "schemas")  # from the project
SOURCES = ("mkdocs.yml", *CONTENT, *CODE)
CACHE = DEFAULT  # a copy's download cache, beside its mkdocs.yml
TEMPLATES_FILE = "templates.json"  # studio.adapter.speedups.render_memo.TEMPLATES_FILE (the adapter imports MkDocs)
IGNORED = shutil.ignore_patterns("__pycache__", ".pytest_cache", "*.pyc")


def test_settings() -> str:
    """The project's mkdocs.yml with the test site's studio details, menu and categories in place of the owner's."""
    project = load_config((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    ours = load_config((SITE / "mkdocs.yml").read_text(encoding="utf-8"))
    return dump_config(with_owner_settings(project, ours))


test_settings.__test__ = False  # a helper, not a test, whatever its name


def copy_site(target: Path, *, warm: bool = True) -> Path:
    """The test site in `target`: content from tests/site, code from the project, the merged mkdocs.yml.

    `warm` starts its download cache with the shared build's downloads, share cards and pictures (hard links: a
    build replaces cache files, never writes into them), so a test pays only for what it changed. Tests about
    the cache itself ask for a cold one."""
    target.mkdir(parents=True, exist_ok=True)
    for name in CONTENT:
        shutil.copytree(SITE / name, target / name)
    for name in CODE:
        shutil.copytree(ROOT / name, target / name, ignore=IGNORED)
    (target / "mkdocs.yml").write_text(test_settings(), encoding="utf-8")
    if warm and SHARED.base is not None:
        seed_cache(SHARED.build().root / CACHE, target / CACHE)
    return target


def seed_cache(source: Path, target: Path) -> None:
    """`target` holds hard links to `source`'s downloads, cards, pictures and compiled theme templates (not its kept
    renders: tests of a build's pages pay for rendering them)."""
    for path in source.rglob("*"):
        if path.is_file() and (is_entry(path) or path.parent != source or path.name == TEMPLATES_FILE):
            link = target / path.relative_to(source)
            link.parent.mkdir(parents=True, exist_ok=True)
            os.link(path, link)


def once_per_run(base: Path, name: str, make: Callable[[Path], str]) -> tuple[Path, str]:
    """`make(base / name)` done once per test run however many pytest-xdist workers ask: the first to ask does it
    under a file lock, the others wait, then read what it left. Returns the folder and the text `make` returned.
    If `make` fails, the next to ask tries again."""
    folder, done = base / name, base / f"{name}.done"
    with open(base / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            done.write_text(make(folder), encoding="utf-8")
    return folder, done.read_text(encoding="utf-8")


class SharedBuild:
    """The test site built once per test run and read by every test that needs it built (nobody writes into it)."""

    def __init__(self) -> None:
        self.base: Path | None = None  # the run's own folder, shared by its xdist workers: set by tests/conftest.py
        self._build: Build | None = None

    def build(self) -> Build:
        if self._build is None:
            assert self.base is not None, "the shared build is made inside a pytest run"
            root, output = once_per_run(self.base, "shared-site", _build_shared)
            self._build = Build(root, 0, output)
        return self._build


def _build_shared(root: Path) -> str:
    build = run_build(copy_site(root, warm=False), build_date=BUILD_DATE)
    assert build.returncode == 0, build.output
    return build.output


SHARED = SharedBuild()


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


def dated(day: str) -> dict[str, str]:
    """The environment of a build as if made on `day` (YYYY-MM-DD): the studio's date, and MkDocs' own (the
    sitemap's dates, from SOURCE_DATE_EPOCH), at noon UTC. Without MkDocs' own, two builds compared byte for byte
    differ when a run crosses midnight."""
    noon = datetime.datetime.fromisoformat(day).replace(hour=12, tzinfo=datetime.timezone.utc)
    return {"STUDIO_BUILD_DATE": day, "SOURCE_DATE_EPOCH": str(int(noon.timestamp()))}


def run_build(root: Path, *args: str, build_date: str | None = BUILD_DATE, env: dict | None = None,
              cache: Path | None = None, fresh: bool = False) -> Build:
    """`mkdocs build --strict` in `root`. Each copy keeps its own download cache unless `cache` names one to share
    (its files are keyed by content, so builds of different sites can share it safely). The build runs in a process
    forked from tests/buildserver.py's, which has MkDocs and the studio imported already; `fresh` (or an
    environment that changes a PYTHON* setting) runs it as a new process instead."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    if build_date:
        env.update(dated(build_date))
    if cache is None:
        env.pop("STUDIO_CACHE_DIR", None)
    else:
        env["STUDIO_CACHE_DIR"] = str(cache)
    if not fresh and SERVER.usable(env):
        returncode, output = SERVER.build(root, ["build", "--strict", *args], env, timeout=600)
        return Build(root, returncode, output)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", *args],
        cwd=root, capture_output=True, text=True, env=env, timeout=600,
    )
    return Build(root, result.returncode, result.stdout + result.stderr)
