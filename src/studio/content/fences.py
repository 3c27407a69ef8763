"""Fenced code blocks in Markdown: where they start and end, written once for everything that skips code.

A fence is three or more backticks or tildes at the start of a line. The block ends at a fence of the same
character at least as long, with nothing after it; an unclosed block runs to the end of the text (CommonMark's
rule, which Python-Markdown's superfences follows). Fences may be indented, as they are inside list items.
"""

from __future__ import annotations

import re

FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


class Fences:
    """Reads a text line by line and says which lines are code."""

    def __init__(self) -> None:
        self.open: str | None = None  # the fence that opened the block we are in

    def is_code(self, line: str) -> bool:
        """Whether `line` belongs to a fenced code block, its opening and closing fences included."""
        marker = FENCE.match(line)
        if self.open is not None:
            fence = marker.group(1) if marker else ""
            if fence[:1] == self.open[0] and len(fence) >= len(self.open) and not line[marker.end():].strip():
                self.open = None
            return True
        if marker:
            self.open = marker.group(1)
            return True
        return False
