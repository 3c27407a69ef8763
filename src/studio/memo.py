"""What one process keeps between builds (`mkdocs serve` rebuilds on every save): results keyed by the
content they were made from, so a one-file edit does one file's work.

A key must name everything its value is made from (a file's text digest, never its name alone), so a kept
value is never stale. Each build starts with `sweep()`, which forgets what the previous build did not use:
the memo holds at most two builds' worth. Set STUDIO_NO_MEMO=1 to make everything afresh (the identity
test builds both ways and compares the sites byte for byte).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")
OFF = "STUDIO_NO_MEMO"


class Memo:
    def __init__(self, name: str) -> None:
        self.name = name
        self._kept: dict[Hashable, object] = {}
        self._used: dict[Hashable, object] = {}
        self.made = self.reused = 0

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        if key in self._used:
            self.reused += 1
            return self._used[key]  # type: ignore[return-value]
        if key in self._kept and os.environ.get(OFF) != "1":
            value = self._kept.pop(key)
            self.reused += 1
        else:
            value = make()
            self.made += 1
        self._used[key] = value
        return value  # type: ignore[return-value]

    def sweep(self) -> None:
        self._kept, self._used = self._used, {}
        self.made = self.reused = 0

    def summary(self) -> str:
        return f"{self.name}: {self.made} made, {self.reused} kept from the last build"


LOADED = Memo("files read")  # (model, file name, text digest) -> what load_model returns
PAGES = Memo("programme pages")  # everything a programme page is made from -> its Markdown
PLANS = Memo("plans")  # (programme digest, slug, library digest) -> Plan
FIGURES = Memo("figures")  # (programme digest, slug, library digest) -> Figures
TABLES = Memo("comparison tables")  # (the programmes' page keys, page URL) -> an article's [[compare programmes]] HTML


def sweep_all() -> None:
    for memo in (LOADED, PAGES, PLANS, FIGURES, TABLES):
        memo.sweep()
