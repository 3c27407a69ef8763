"""Paragraphs that share their parsing, line breaking and drawing with the equal paragraphs of the same PDF.

A programme's PDF has some 800 paragraphs but only about 200 different ones: the weekly log sheets repeat
the same order letters and exercise labels week after week. ReportLab parses every paragraph's markup,
breaks it into lines at every wrap (a table cell is wrapped twice: once to size its row, once to draw it)
and works out its PDF text operators at every draw, and that was most of a PDF's cost. Here, per PDF, each
different (text, style) is parsed once, and each different (text, style, width) broken into lines once and
drawn once; an equal paragraph drawn again repeats the first one's operators.

What ReportLab (5.1) does with what is shared, read from its source: wrap sets the line breaks (`blPara`)
and, for mixed markup, replaces the paragraph's own `frags` list with a new one; drawing only reads them;
breaking lines sets each parsed fragment's `_fkind`, always to the same value. Only `split` may change
them in place (the class of a hyphenated word it splits at), so a paragraph takes its own copies first.

A paragraph draws itself in its own coordinates (the caller moves the origin first), between a saveState
and a restoreState, so its operators do not depend on where it is drawn, and it leaves the canvas as it
found it. So does a table, and half the log tables repeat an earlier week's exactly: a table made here
repeats the operators of an equal one (same cells, sizes and style) too. Its only effects beyond the page's operators are a link's annotation and what an image, anchor
or callback does: paragraphs with those are drawn afresh every time. Fonts are another: a TrueType font's
subsets are numbered in the order characters are first drawn in the document, so operators are reused
only within the document that made them, which is why a cache is made per PDF.
"""

from __future__ import annotations

import copy

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

_ABSENT = object()


class SharedParagraph(Paragraph):
    """A Paragraph whose wrap reuses the result of an equal paragraph's wrap at the same width."""

    _shared: ParagraphCache | None = None  # None for the halves made by split(): they wrap as usual
    _key: tuple = ()
    _wrap_key: tuple | None = None  # the key of the wrap that set its lines, once wrapped

    def wrap(self, availWidth, availHeight):
        if self._shared is None:
            return super().wrap(availWidth, availHeight)
        key = (*self._key, availWidth)  # a paragraph's wrap does not depend on the height available
        state = self._shared.wrapped.get(key)
        if state is None:
            state = self._shared.wrapped[key] = self._wrapped_state(availWidth, availHeight)
        self.__dict__.update(state)
        self._wrap_key = key
        return self.width, self.height

    def _wrapped_state(self, availWidth, availHeight) -> dict:
        """Wrap a copy of the paragraph as parsed, as ReportLab does, and return the attributes that wrap set."""
        parsed = self._shared.parsed[self._key]
        probe = copy.copy(parsed)
        Paragraph.wrap(probe, availWidth, availHeight)
        return {name: value for name, value in probe.__dict__.items()
                if parsed.__dict__.get(name, _ABSENT) is not value}

    def split(self, availWidth, availHeight):
        if self._shared is not None and hasattr(self, "blPara"):
            # Split may edit the lines and fragments it splits: these are shared, so it gets its own copies.
            self.blPara, self.frags = copy.deepcopy((self.blPara, self.frags))
            self._shared = None
        return super().split(availWidth, availHeight)

    def draw(self):
        key = self._draw_key()
        if key is None:
            return super().draw()
        _draw_or_repeat(self._shared.drawn, key, self.canv, super().draw)

    def _draw_key(self) -> tuple | None:
        if self._shared is None or self._wrap_key is None or not self._shared.plain_drawing(self._key):
            return None
        canv = self.canv
        # The canvas's font is where a text object starts from; a paragraph sets its own, but this costs nothing.
        return (*self._wrap_key, canv._fontname, canv._fontsize, canv._leading)


def _draw_or_repeat(drawn: dict, key: tuple, canv, draw) -> None:
    """Draw, keeping the operators that adds to the page under key, or repeat those already kept."""
    code = canv._code  # the current page's operators, as ReportLab's own addLiteral extends them
    found = drawn.get(key)
    if found is None:
        start = len(code)
        draw()
        drawn[key] = code[start:]
    else:
        code.extend(found)


class SharedTable(Table):
    """A Table that repeats the operators of an equal table drawn earlier in the same PDF."""

    _shared: ParagraphCache | None = None  # None for the parts made by split()
    _key: tuple | None = None  # its cells, sizes and style; None if a cell is neither text nor a plain paragraph

    def draw(self):
        if self._shared is None or self._key is None:
            return super().draw()
        canv = self.canv
        key = (self._key, tuple(self._colWidths), tuple(self._rowHeights), canv._fontname, canv._fontsize,
               canv._leading)
        _draw_or_repeat(self._shared.drawn, key, canv, super().draw)


class ParagraphCache:
    """Makes one PDF's paragraphs. Made per PDF: what it holds is only valid for one document's build."""

    def __init__(self):
        self.parsed: dict[tuple, SharedParagraph] = {}  # (text, style, bullet) -> the paragraph parsed first
        self.wrapped: dict[tuple, dict] = {}  # (text, style, bullet, width) -> attributes set by its wrap
        self.drawn: dict[tuple, list[str]] = {}  # (text, style, bullet, width, canvas font) -> PDF operators
        self._plain: dict[tuple, bool] = {}

    def plain_drawing(self, key: tuple) -> bool:
        """Whether drawing the paragraph only adds page operators: no link, image, anchor or callback."""
        plain = self._plain.get(key)
        if plain is None:
            plain = self._plain[key] = not any(getattr(frag, "link", None) or hasattr(frag, "cbDefn")
                                               for frag in self.parsed[key].frags)
        return plain

    def table(self, rows: list[list], commands: list[tuple], **options) -> SharedTable:
        """A styled Table; one whose cells are text and plain paragraphs repeats the drawing of an equal one."""
        table = SharedTable(rows, **options)
        table.setStyle(TableStyle(commands))
        cells = tuple(tuple(self._cell_key(cell) for cell in row) for row in rows)
        if all(all(row) for row in cells):
            table._shared, table._key = self, (cells, repr(sorted(options.items())), repr(commands))
        return table

    def _cell_key(self, cell) -> tuple | None:
        if isinstance(cell, str):
            return ("text", cell)
        if isinstance(cell, SharedParagraph) and self.plain_drawing(cell._key):
            return ("paragraph", cell._key)
        return None

    def __call__(self, text: str, style: ParagraphStyle, bulletText: str | None = None) -> SharedParagraph:
        key = (text, style, bulletText)  # styles compare by identity, and this cache's owner keeps them
        first = self.parsed.get(key)
        if first is None:
            first = self.parsed[key] = SharedParagraph(text, style, bulletText=bulletText)
        paragraph = copy.copy(first)  # an equal paragraph, without parsing its markup again
        # Only the copies point back here: the cache holding a paragraph that held the cache would be a
        # reference cycle, left to the garbage collector with everything the cache holds.
        paragraph._shared, paragraph._key = self, key
        return paragraph
