"""Editing sample text and files in tests, so that an edit whose target is missing fails the test.

A test that breaks a programme with `.replace()` and then expects an error proves nothing if the
text it meant to replace has changed: the file would simply stay valid. These refuse that.
"""

from __future__ import annotations

from pathlib import Path


class Sample(str):
    """Text whose replace() fails when what it replaces is not there."""

    def replace(self, old, new, count=-1):  # type: ignore[override]
        if old not in self:
            raise AssertionError(f"the sample text has no {old!r} to replace; update the test")
        return Sample(str.replace(self, old, new, count))

    def format(self, *args, **kwargs):  # type: ignore[override]
        return Sample(str.format(self, *args, **kwargs))

    def __add__(self, other):
        return Sample(str.__add__(self, other))


def edit_file(path: Path, old: str, new: str, count: int = -1) -> Path:
    """Replace `old` in a file; fails when the file does not contain it."""
    text = Sample(path.read_text(encoding="utf-8"))
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path
