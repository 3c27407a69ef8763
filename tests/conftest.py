"""Shared fixtures: a tiny valid site on disk that tests can break one field at a time."""

from __future__ import annotations

import importlib.util
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


@pytest.fixture
def load_hook(monkeypatch):
    """A module of hooks/ loaded afresh, as MkDocs loads it (its own imports found beside it)."""
    hooks = Path(__file__).resolve().parent.parent / "hooks"
    monkeypatch.syspath_prepend(str(hooks))

    def load(name: str):
        spec = importlib.util.spec_from_file_location(f"{name}_under_test", hooks / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    return load
