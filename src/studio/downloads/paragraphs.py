"""Paragraphs and tables that share their work with equal ones: layout across PDFs, drawing within one PDF.

A programme's PDF has some 800 paragraphs but only about 200 different ones: the weekly log sheets repeat
the same order letters and exercise labels week after week, and programmes share them too. ReportLab parses
every paragraph's markup, breaks it into lines at every wrap (a table cell is wrapped twice: once to size
its row, once to draw it) and works out its PDF text operators at every draw, and that was most of a PDF's
cost. Here each different (text, style) is parsed once and each different (text, style, width) broken into
lines once, for every PDF the process writes; and within one PDF each is drawn once, an equal paragraph
drawn again repeating the first one's operators.

Parsing and line breaking depend only on the text, the style and the width (and the fonts' metrics), so
their results are kept for the process: a worker writing many programmes meets the same labels again.
They are kept up to LIMIT entries, then dropped when the next PDF starts.

What ReportLab (5.1) does with what is shared, read from its source: wrap sets the line breaks (`blPara`)
and, for mixed markup, replaces the paragraph's own `frags` list with a new one; drawing only reads them;
breaking lines sets each parsed fragment's `_fkind`, always to the same value. Only `split` may change
them in place (the class of a hyphenated word it splits at), so a paragraph takes its own copies first.

A paragraph draws itself in its own coordinates (the caller moves the origin first), between a saveState
and a restoreState, so its operators do not depend on where it is drawn, and it leaves the canvas as it
found it. So does a table, and about half the log tables repeat an earlier week's exactly: a table made
here repeats the operators of an equal one (same cells, sizes and style) too. The only effects of drawing
beyond the page's operators are a link's annotation and what an image, anchor or callback does: paragraphs
with those, and tables holding them, are drawn afresh every time. The operators depend on the document,
though: a TrueType font's subsets are numbered in the order characters are first drawn in it. So drawn
operators are kept per PDF, in the ParagraphCache made for it.
"""

from __future__ import annotations

import copy

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

LIMIT = 6_000  # parsed paragraphs and line breaks kept for the process: about 4 kB each; a PDF adds up to 400
_ABSENT = object()


class _Layouts:
    """Parsed paragraphs and line breaks: the same in every PDF, so kept for the process."""

    def __init__(self):
        self.clear()

    def clear(self) -> None:
        self.parsed: dict[tuple, SharedParagraph] = {}  # (text, style, bullet) -> the paragraph as parsed
        self.wrapped: dict[tuple, dict] = {}  # (text, style, bullet, width) -> the attributes its wrap set
        self.plain: dict[tuple, bool] = {}  # (text, style, bullet) -> draws only page operators


_LAYOUTS = _Layouts()


class SharedParagraph(Paragraph):
    """A Paragraph whose wrap reuses an equal paragraph's wrap at the same width, and whose drawing repeats
    an equal paragraph's drawing in the same PDF."""

    _shared: ParagraphCache | None = None  # None for the halves made by split(): they work as usual
    _parsed: SharedParagraph | None = None  # the equal paragraph as parsed, never wrapped
    _key: tuple = ()
    _wrap_key: tuple | None = None  # the key of the wrap that set its lines, once wrapped

    def wrap(self, availWidth, availHeight):
        if self._shared is None:
            return super().wrap(availWidth, availHeight)
        key = (*self._key, availWidth)  # a paragraph's wrap does not depend on the height available
        state = self._shared.layouts.wrapped.get(key)
        if state is None:
            state = self._shared.layouts.wrapped[key] = self._wrapped_state(availWidth, availHeight)
        self.__dict__.update(state)
        self._wrap_key = key
        return self.width, self.height

    def _wrapped_state(self, availWidth, availHeight) -> dict:
        """Wrap a copy of the paragraph as parsed, as ReportLab does, and return the attributes that wrap set."""
        probe = _copy(self._parsed)
        Paragraph.wrap(probe, availWidth, availHeight)
        return {name: value for name, value in probe.__dict__.items()
                if self._parsed.__dict__.get(name, _ABSENT) is not value}

    def split(self, availWidth, availHeight):
        if self._shared is not None and hasattr(self, "blPara"):
            # Split may edit the lines and fragments it splits: these are shared, so it gets its own copies.
            self.blPara, self.frags = copy.deepcopy((self.blPara, self.frags))
            self._shared = None
        return super().split(availWidth, availHeight)

    def draw(self):
        if self._shared is None or self._wrap_key is None or not self.plain_drawing():
            return super().draw()
        canv = self.canv
        # The canvas's font is where a text object starts from; a paragraph sets its own, but this costs nothing.
        key = (*self._wrap_key, canv._fontname, canv._fontsize, canv._leading)
        _draw_or_repeat(self._shared.drawn, key, canv, super().draw)

    def plain_drawing(self) -> bool:
        """Whether drawing it only adds page operators: no link, image, anchor or callback."""
        plain = self._shared.layouts.plain.get(self._key)
        if plain is None:
            plain = self._shared.layouts.plain[self._key] = not any(
                getattr(frag, "link", None) or hasattr(frag, "cbDefn") for frag in self._parsed.frags)
        return plain


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


def _copy(paragraph: SharedParagraph) -> SharedParagraph:
    """What copy.copy makes of a paragraph (a new one with the same attributes), for less: one per paragraph."""
    new = SharedParagraph.__new__(SharedParagraph)
    new.__dict__.update(paragraph.__dict__)
    return new


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


class ParagraphCache:
    """Makes one PDF's paragraphs and log tables. Make one per PDF: the operators it keeps are only valid in
    the document that drew them."""

    def __init__(self, layouts: _Layouts = _LAYOUTS):
        if len(layouts.parsed) + len(layouts.wrapped) > LIMIT:
            layouts.clear()  # paragraphs made earlier keep what they point to; only the sharing starts over
        self.layouts = layouts
        self.drawn: dict[tuple, list[str]] = {}  # a paragraph's wrap key or a table's key, canvas font -> operators

    def __call__(self, text: str, style: ParagraphStyle, bulletText: str | None = None) -> SharedParagraph:
        key = (text, style, bulletText)  # styles compare by identity; the PDF's are made once per process
        parsed = self.layouts.parsed.get(key)
        if parsed is None:
            parsed = self.layouts.parsed[key] = SharedParagraph(text, style, bulletText=bulletText)
        paragraph = _copy(parsed)  # an equal paragraph, without parsing its markup again
        # Only the copies point to this cache: one kept by the cache and pointing back would make a reference
        # cycle, which waits for the garbage collector with everything the cache holds.
        paragraph._shared, paragraph._parsed, paragraph._key = self, parsed, key
        return paragraph

    def table(self, rows: list[list], commands: list[tuple], **options) -> SharedTable:
        """A styled Table; one whose cells are text, plain paragraphs and lists of them repeats the drawing of an
        equal one."""
        table = SharedTable(rows, **options)
        table.setStyle(TableStyle(commands))
        cells = tuple(tuple(_cell_key(cell) for cell in row) for row in rows)
        if all(all(row) for row in cells):
            table._shared, table._key = self, (cells, repr(sorted(options.items())), repr(commands))
        return table


def _cell_key(cell) -> tuple | None:
    if isinstance(cell, str):
        return ("text", cell)
    if isinstance(cell, SharedParagraph) and cell._shared is not None and cell.plain_drawing():
        return ("paragraph", cell._key)
    if isinstance(cell, list) and cell:  # paragraphs one under the other in one cell
        keys = tuple(_cell_key(item) for item in cell)
        return ("list", keys) if all(key and key[0] == "paragraph" for key in keys) else None
    return None
