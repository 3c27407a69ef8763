"""What one process keeps between builds (`mkdocs serve` rebuilds on every save): results keyed by the
content they were made from, so a one-file edit does one file's work.

A key must name everything its value is made from (a file's text digest, never its name alone), so a kept
value is never stale. Each build starts with `sweep()`, which forgets what the previous build did not use:
the memo holds at most two builds' worth. `keep(False)` makes everything afresh (the build's `memo` option,
studio.site.config; the identity test builds both ways and compares the sites byte for byte).
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from studio.caching.store import write_atomically

T = TypeVar("T")
_KEEPING = {"on": True}


def keep(on: bool) -> None:
    """Whether memos hand back what earlier builds made (the build's `memo` option); off, everything is made afresh."""
    _KEEPING["on"] = on


def keeping() -> bool:
    return _KEEPING["on"]


class Memo:
    """Values by key, kept for the next build when the last `builds` builds used them (one by default)."""

    def __init__(self, name: str, builds: int = 1) -> None:
        self.name = name
        self._kept: dict[Hashable, object] = {}
        self._used: dict[Hashable, object] = {}
        self._recent: deque[dict[Hashable, object]] = deque(maxlen=builds)
        self.made = self.reused = 0

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        if key in self._used:
            self.reused += 1
            return self._used[key]  # type: ignore[return-value]
        if key in self._kept and _KEEPING["on"]:
            value = self._kept.pop(key)
            self.reused += 1
        else:
            value = make()
            self.made += 1
        self._used[key] = value
        return value  # type: ignore[return-value]

    def has_any(self) -> bool:
        return bool(self._kept or self._used)

    def seed(self, items: Iterable[tuple[Hashable, object]]) -> None:
        """Values kept elsewhere (a file the last build wrote), as if the last build had used them."""
        self._kept.update(items)

    def used(self) -> Iterator[tuple[Hashable, object]]:
        """What this build has used so far: what the next build may keep."""
        return iter(self._used.items())

    def sweep(self) -> None:
        self._recent.append(self._used)
        self._kept = (self._used if self._recent.maxlen == 1
                      else {key: value for used in self._recent for key, value in used.items()})
        self._used = {}
        self.made = self.reused = 0

    def summary(self) -> str:
        return f"{self.name}: {self.made} made, {self.reused} kept from the last build"


def load_file(path: Path, fingerprint: object, memos: dict[str, Memo]) -> None:
    """On a process's first build, give `memos` the values a build left in `path` (JSON: {name: {string key:
    value}}), if it was written by the same code and libraries (`fingerprint`)."""
    if any(memo.has_any() for memo in memos.values()) or not _KEEPING["on"]:
        return
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        if kept["fingerprint"] == fingerprint:
            for name, memo in memos.items():
                memo.seed(kept["values"][name].items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # no file yet, a broken one, or one from other code: everything is made afresh


_SAVING = {"on": True}


def save_files(on: bool) -> None:
    """Whether builds write what they used back to disk. A preview's later builds need not: its process keeps it
    all in memory, and writing pages.json (2 MB at 30 programmes) cost 10-20 ms of every programme save. The next
    process makes again only what changed after the first build."""
    _SAVING["on"] = on


def save_file(path: Path, fingerprint: object, memos: dict[str, Memo]) -> None:
    """Write what this build used, if it made anything new (and builds save: `save_files`)."""
    if (not _SAVING["on"] or not any(memo.made for memo in memos.values())) and path.is_file():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    values = {name: dict(memo.used()) for name, memo in memos.items()}
    text = json.dumps({"fingerprint": fingerprint, "values": values}, ensure_ascii=False)
    write_atomically(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))


@contextmanager
def kept_on_disk(path: Path | None, fingerprint: object, memos: dict[str, Memo]) -> Iterator[None]:
    """Fill `memos` from `path` (on a process's first build), then write back what the block used."""
    if path is None:
        yield
        return
    load_file(path, fingerprint, memos)
    yield
    save_file(path, fingerprint, memos)


LOADED = Memo("files read")  # (model, file name, text digest) -> what load_model returns; ("page", ...) read_page
CHECKED = Memo("programme checks")  # (file name, text digest, library's text digest) -> the problems found
PAGES = Memo("programme pages")  # JSON of everything a programme page is made from -> (Markdown, search text)
EXERCISE_PAGES = Memo("exercise pages")  # JSON of everything an exercise page is made from -> its Markdown
TRAINING_VIEWS = Memo("training views")  # JSON of what a programme page is made from -> its training view's Markdown
FIGURES = Memo("figures")  # JSON of (slug, programme digest, library digest) -> Figures as JSON data
TABLES = Memo("comparison tables")  # (page URL, muscle groups, what each column shows) -> [[compare programmes]] HTML
STYLE_TABLES = Memo("style tables")  # (the styles asked for, library's and styles' text digest) -> [[compare styles]] HTML
RELATED = Memo("related programmes")  # (the programmes' page keys, page URL) -> the cards under an article
FEED_HTML = Memo("feed entries")  # (article HTML, its address) -> the HTML with its links absolute
FEEDS = Memo("feeds")  # (title, address, entries) -> the Atom feed's bytes
DOWNLOAD_KEYS = Memo("download keys")  # (programme's page key, studio, address, start) -> {extension: cache key}
QUOTES = Memo("pull quotes")  # the quote's text -> its HTML
DIRECTIVES = Memo("directives found")  # an owner page's body -> the directives in it, as render_directives finds them
CALLS = Memo("calls to action")  # (what the reader is shown, its heading's anchor) -> the block's HTML
ALL = (LOADED, CHECKED, PAGES, EXERCISE_PAGES, TRAINING_VIEWS, FIGURES, TABLES, STYLE_TABLES, RELATED, FEED_HTML, FEEDS, DOWNLOAD_KEYS,
       QUOTES, DIRECTIVES, CALLS)


def sweep_all() -> None:
    for memo in ALL:
        memo.sweep()
