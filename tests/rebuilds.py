"""Build a site again and again in one process, as `mkdocs serve` does on every save.

    python tests/rebuilds.py <site folder> <steps.json> <snapshots folder> [--dirty]

steps.json is a list of steps, each a list of edits {"path": "<file under the site folder>", "text": "<new
text>" or null to delete it}. Step 0 is usually empty. For each step the edits are made, the site is built into
the same folder (<site folder>/served), as serve does, and that folder is copied to <snapshots folder>/<step>.
Like serve, the configuration is read again for every build, the plugins and hooks are kept, and on_startup
is sent once; --dirty builds as `make serve` does; --serve-url swaps site_url for the local address as serve does. Prints the hooks' log lines of each build after "build N".
"""

from __future__ import annotations

import argparse
import filecmp
import json
import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from sitecopy import BUILD_DATE, dated

from studio.project import dump_config
from studio.project import load_config as load_settings

EDIT = "Edited while serving."


def rebuild(root: Path, steps: list[list[dict]], snapshots: Path, *, dirty: bool = True,
            serve_url: str | None = None) -> list[str]:
    """Each build's log lines, from this script run in its own process (as serve runs: --dirty by default;
    `serve_url`: with site_url swapped for it, as `mkdocs serve` does)."""
    (root.parent / "steps.json").write_text(json.dumps(steps), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **dated(BUILD_DATE)}
    env.pop("STUDIO_CACHE_DIR", None)
    command = [sys.executable, str(Path(__file__).resolve()), str(root), str(root.parent / "steps.json"), str(snapshots)]
    options = [*(["--dirty"] if dirty else []), *(["--serve-url", serve_url] if serve_url else [])]
    result = subprocess.run([*command, *options], cwd=root, env=env, capture_output=True,
                            text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    return re.split(r"^build \d+\n", result.stdout, flags=re.M)[1:]


def assert_same_files(one: Path, other: Path) -> None:
    names = _files(one)
    assert names == _files(other)
    _, differ, errors = filecmp.cmpfiles(one, other, names, shallow=False)
    assert (differ, errors) == ([], [])


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


class _Lines(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("mkdocs.hooks") or record.levelno >= logging.WARNING:
            print(record.getMessage(), flush=True)


def without_guide(root: Path) -> Path:
    """A site copy without the owner's guide, which serve shows and a published build leaves out
    (studio.adapter.ownerguide), for tests that compare what serve makes with what a build publishes."""
    shutil.rmtree(root / "docs" / "guide")
    settings = load_settings((root / "mkdocs.yml").read_text(encoding="utf-8"))
    settings["nav"] = [entry for entry in settings["nav"] if "Owner's guide" not in entry]
    (root / "mkdocs.yml").write_text(dump_config(settings), encoding="utf-8")
    return root


def summary_edited(text: str) -> str:
    edited = re.sub(r"^summary: (.*)$", lambda m: f"summary: {m.group(1)} {EDIT}", text, count=1, flags=re.M)
    assert edited != text, "the programme has no one-line summary: to edit"
    return edited


def apply(root: Path, edits: list[dict]) -> None:
    for edit in edits:
        path = root / edit["path"]
        if edit["text"] is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(edit["text"], encoding="utf-8")


def main(root: Path, steps: list[list[dict]], snapshots: Path, dirty: bool, serve_url: str | None = None) -> None:
    logging.getLogger("mkdocs").addHandler(_Lines())
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    served = root / "served"
    for n, edits in enumerate(steps):
        apply(root, edits)
        print(f"build {n}", flush=True)
        config = load_config(str(root / "mkdocs.yml"), site_dir=str(served), strict=True)
        if n == 0:
            config.plugins.on_startup(command="serve", dirty=dirty)
        if serve_url:
            config.site_url = serve_url
        build(config, serve_url=serve_url, dirty=dirty)
        shutil.copytree(served, snapshots / str(n))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    parser.add_argument("steps", type=Path)
    parser.add_argument("snapshots", type=Path)
    parser.add_argument("--dirty", action="store_true")
    parser.add_argument("--serve-url")
    args = parser.parse_args()
    main(args.root, json.loads(args.steps.read_text(encoding="utf-8")), args.snapshots, args.dirty, args.serve_url)
