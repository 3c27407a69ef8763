"""A content-addressed cache of generated downloads: an unchanged programme costs nothing.

Each file is stored as <key>.<ext>, where the key hashes everything that goes into it: the
programme's data, the exercises and studio details it prints, the generator's own source and
fonts, and the versions of the format libraries. Any change gives a new key, so entries are
never stale; entries no build asks for any more are pruned.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from functools import cache
from importlib.metadata import version
from pathlib import Path

ENV = "STUDIO_CACHE_DIR"
DEFAULT = Path(".cache") / "downloads"
LIBRARIES = ("reportlab", "openpyxl", "icalendar", "pydantic")
_ENTRY = re.compile(r"^[0-9a-f]{64}\.(pdf|xlsx|csv|json|ics)$")
_PACKAGE = Path(__file__).resolve().parent
# Shared code whose output ends up in the files: labels, prose, value formats.
_SHARED = ("views/labels.py", "views/prose.py", "values.py", "model.py")


def cache_dir(root: Path) -> Path:
    """STUDIO_CACHE_DIR if set, else .cache/downloads/ beside mkdocs.yml."""
    configured = os.environ.get(ENV, "").strip()
    return Path(configured).expanduser().resolve() if configured else root / DEFAULT


@cache
def generator_fingerprint() -> str:
    """Hash of the generator's source, fonts and library versions."""
    digest = hashlib.sha256()
    files = sorted(p for p in _PACKAGE.rglob("*") if p.is_file() and p.suffix in (".py", ".ttf"))
    files += [_PACKAGE.parent / name for name in _SHARED]
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for name in LIBRARIES:
        digest.update(f"{name}=={version(name)}\0".encode())
    return digest.hexdigest()


def entry_key(ext: str, *parts: object) -> str:
    payload = json.dumps([ext, generator_fingerprint(), *parts], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()


def entry_path(folder: Path, key: str, ext: str) -> Path:
    return folder / f"{key}.{ext}"


def write_atomically(target: Path, write) -> None:
    """Write through a temporary file so an interrupted build never leaves half a file in the cache."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        write(temporary)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def prune(folder: Path, keep: set[Path]) -> int:
    """Delete cache entries not in `keep`; returns how many went."""
    removed = 0
    for path in folder.iterdir() if folder.is_dir() else ():
        if _ENTRY.match(path.name) and path not in keep:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
