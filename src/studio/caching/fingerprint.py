"""One way to say "the same input": SHA-256 digests of text, data, files and library versions.

Every cache of the build (downloads, share cards, resized pictures, kept figures and pages) keys its
entries with these, so a change to what an entry is made from, to the code that makes it or to a library
it uses gives a new key, and a stale entry is never read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import cache
from importlib.metadata import version
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent  # the whole studio package
SOURCE_SUFFIXES = (".py", ".j2", ".ttf")


def text_digest(text: str) -> str:
    # Lone surrogates (from a file read with errors="surrogateescape") hash as themselves instead of failing.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def data_digest(value: object) -> str:
    """The digest of JSON-like data; keys in any order give the same digest."""
    return text_digest(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str))


def bytes_digest(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:  # each part's length first, so (b"ab", b"c") and (b"a", b"bc") differ
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    """The digest of a file's bytes; "" for a file that is not there."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def code_digest(files: Iterable[Path], libraries: Iterable[str]) -> str:
    """The digest of the files that make an output and of the versions of the libraries it uses."""
    digest = hashlib.sha256()
    for path in files:
        name = path.relative_to(PACKAGE).as_posix() if path.is_relative_to(PACKAGE) else path.name
        digest.update(name.encode() + b"\0" + path.read_bytes())
    for name in libraries:
        digest.update(f"{name}=={version(name)}\0".encode())
    return digest.hexdigest()


def source_files(package: Path = PACKAGE) -> list[Path]:
    """Every file of the package that can shape an output: its code, templates and fonts."""
    return sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in SOURCE_SUFFIXES)


@cache
def generator_fingerprint(libraries: tuple[str, ...]) -> str:
    """The digest of the whole package's source, templates and fonts, and of the given libraries' versions.

    The whole package, not a hand-kept list of "the modules that matter": such a list went stale once."""
    return code_digest(source_files(), libraries)
