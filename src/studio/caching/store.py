"""A content-addressed cache of generated downloads: an unchanged programme costs nothing.

Each file is stored as <key>.<ext>, where the key hashes everything that goes into it: the
programme's data, the exercises and studio details it prints, every source file of the studio
package (code, templates and fonts: a hand-kept list of "the modules that matter" went stale once),
and the versions of the format libraries. Any change gives a new key, so entries are
never stale; entries no build asks for any more are pruned.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from studio.caching.fingerprint import data_digest, generator_fingerprint

DEFAULT = Path(".cache") / "downloads"
_ENTRY = re.compile(r"^[0-9a-f]{64}\.[a-z0-9]+$")


def entry_key(ext: str, libraries: tuple[str, ...], *parts: object) -> str:
    return data_digest([ext, generator_fingerprint(libraries), *parts])


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


def is_entry(path: Path) -> bool:
    """Whether a file in the cache folder is a generated download (not a kept-renders file such as pages.json)."""
    return _ENTRY.match(path.name) is not None


def prune(folder: Path, keep: set[Path]) -> int:
    """Delete cache entries not in `keep`; returns how many went."""
    removed = 0
    for path in folder.iterdir() if folder.is_dir() else ():
        if is_entry(path) and path not in keep:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
