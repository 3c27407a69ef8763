"""Shared fixtures: a tiny valid site on disk that tests can break one field at a time."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from samples import LIBRARY, PROGRAM, STYLES


class SiteFiles:
    """A content tree under tmp_path: write files, then load it."""

    def __init__(self, root: Path):
        self.root = root
        self.write("data/exercises.yml", LIBRARY)
        self.write("data/styles.yml", STYLES)

    def write(self, name: str, text: str | bytes) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text) if text.startswith("\n") else text, encoding="utf-8")
        return path

    def program(self, text: str = PROGRAM, name: str = "test-strength.yml") -> Path:
        return self.write(f"programs/{name}", text)


@pytest.fixture
def site(tmp_path: Path) -> SiteFiles:
    return SiteFiles(tmp_path)
