"""Finished HTML that skips a second trip through Markdown, and the lean text the search index gets instead.

A programme page is mostly HTML the templates have already finished: tables, charts, the calculator; an
article's directives (comparison tables, pull quotes) are too. Handed to MkDocs inside the Markdown,
Python-Markdown (md_in_html) parsed all of it again, and the search plugin parsed the result once more:
together two thirds of a large build. So each finished HTML block is swapped for a placeholder before
MkDocs sees the Markdown; headings stay Markdown, so pages keep their table of contents and permalinks.
The search index reads the page with the placeholders (a programme's first one holds a short text to find
it by), and `finish` puts the blocks back into each page as written, before it is saved.

Placeholders are numbered across the whole build, because a post's excerpt is shown on other pages.
"""

from __future__ import annotations

import html
import re

# Tags Python-Markdown passes through as a raw block; anything else at the start of a block (<a>, <span>,
# <svg>) it wraps in a paragraph, so those blocks stay with Markdown.
BLOCK_TAGS = frozenset("div section table details ul ol p nav figure aside header footer form blockquote "
                       "pre hr h1 h2 h3 h4 h5 h6 dl".split())
_START = re.compile(r"<([a-z][a-z0-9]*)\b[^>]*>")
_PLACEHOLDER = '<div data-studio-block="{n}">{text}</div>'
_FILLED = re.compile(r'<div data-studio-block="(\d+)">[^<]*</div>')


def is_whole_block(chunk: str) -> bool:
    """Whether `chunk` (text between blank lines) is one HTML block that Markdown would copy as it is."""
    start = _START.match(chunk)
    if start is None or start.group(1) not in BLOCK_TAGS or "markdown=" in start.group(0):
        return False
    tag = start.group(1)
    if tag == "hr":
        return chunk == start.group(0)
    # Whole when its first element closes at its very end; a chunk cut by a blank line inside an element
    # is left to Markdown, which copes as it always did.
    return chunk.endswith(f"</{tag}>") and len(re.findall(rf"<{tag}\b", chunk)) == chunk.count(f"</{tag}>")


class Stash:
    """One build's finished HTML blocks, each stood in for by a numbered placeholder."""

    def __init__(self) -> None:
        self.blocks: list[str] = []

    def put(self, block: str, search_text: str = "") -> str:
        """The placeholder for `block`; `search_text` is what the search index reads in its place."""
        self.blocks.append(block)
        return _PLACEHOLDER.format(n=len(self.blocks) - 1, text=html.escape(search_text))

    def markdown(self, markdown: str, search_text: str = "") -> str:
        """`markdown` with each whole top-level HTML block stashed; the first one carries `search_text`."""
        chunks = markdown.split("\n\n")
        for i, chunk in enumerate(chunks):
            block = chunk.strip("\n")
            if is_whole_block(block):
                chunks[i] = self.put(block, search_text)
                search_text = ""
        return "\n\n".join(chunks)

    def finish(self, page: str) -> str:
        """`page` (HTML) with every placeholder swapped back for its block."""
        if "data-studio-block" not in page:
            return page
        return _FILLED.sub(self._block, page)

    def _block(self, match: re.Match) -> str:
        n = int(match.group(1))
        return self.blocks[n] if n < len(self.blocks) else match.group(0)  # an owner's own look-alike stays
