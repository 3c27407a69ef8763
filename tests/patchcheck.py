"""Build a site in this process, as `mkdocs build --strict` does, and say which of MkDocs', Material's and
watchdog's callables were not their own after it: every patched callable of studio.adapter.compat.PRIVATES.

    python tests/patchcheck.py <site folder> [--versions JSON]

--versions: the versions studio.adapter.compat sees as installed (`{"mkdocs-material": "9.9.0"}`, merged into the
real ones), to try the version guard. Prints one JSON line: {"swapped": [names], "filters": [names]}; the build's
own log goes to stderr.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from pathlib import Path

from studio.adapter import compat

WATCHED = "mkdocs.commands.build"  # the logger whose warning quick_rebuilds filters


def patched_names() -> list[str]:
    return [p.name for p in compat.PRIVATES if p.kind == compat.PATCHED or p.name.endswith(".queue_events")]


def resolve(name: str) -> object:
    """The object a dotted name says: the longest importable module, then attributes."""
    parts = name.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        try:
            value = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            value = getattr(value, attribute)
        return value
    raise ImportError(name)


def main(root: Path, versions: dict[str, str]) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    if versions:
        real = compat.installed_versions
        compat.installed_versions = lambda *args: {**real(*args), **versions}
    logging.getLogger("mkdocs").addHandler(logging.StreamHandler(sys.stderr))
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    before = {name: resolve(name) for name in patched_names()}
    build(load_config(str(root / "mkdocs.yml"), strict=True))
    swapped = [name for name, value in before.items() if resolve(name) is not value]
    filters = [type(f).__name__ for f in logging.getLogger(WATCHED).filters]
    print(json.dumps({"swapped": swapped, "filters": filters}))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    parser.add_argument("--versions", default="{}")
    args = parser.parse_args()
    main(args.root, json.loads(args.versions))
