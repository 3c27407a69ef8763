"""The owner's guide (docs/guide/) is the owner's: `mkdocs serve` shows it, a published build leaves it out.

A build that is not serving drops the guide's pages before anything reads them, so no page, sitemap entry or search
entry is made for them, and drops them from the nav (where mkdocs.yml lists them, for serve). A link to the guide
from a published page then fails the strict build with MkDocs' own message (the target "is not found among
documentation files"), instead of publishing a dead link. Material's `search: exclude` front matter would only
have kept the pages out of search.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

__all__ = ["GUIDE", "leave_out_guide"]

GUIDE = "guide/"  # under docs/


def _in_guide(path: str) -> bool:
    return path.lstrip("/").startswith(GUIDE)


def _without_guide(nav):
    """The nav of mkdocs.yml without the guide's pages, and without a section they leave empty (None if nothing
    is left)."""
    if isinstance(nav, str):
        return None if _in_guide(nav) else nav
    if isinstance(nav, dict):
        kept = {title: item for title, value in nav.items() if (item := _without_guide(value)) is not None}
        return kept or None
    if isinstance(nav, list):
        kept = [item for entry in nav if (item := _without_guide(entry)) is not None]
        return kept or None
    return nav


def leave_out_guide(files: Files, config: MkDocsConfig) -> list[str]:
    """Takes the guide's files out of `files` and its pages out of `config.nav`; returns the files' paths."""
    left_out = [file for file in files if _in_guide(file.src_uri)]
    for file in left_out:
        files.remove(file)
    if config.nav:
        config.nav = _without_guide(config.nav) or []
    return [file.src_uri for file in left_out]
