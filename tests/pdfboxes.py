"""Where every piece of text sits on a PDF's pages, read with pdfplumber, and what is wrong with where it sits.

A reader of the printed PDF must never find text printed over other text, text spilling out of its table cell
into the next row, or text off the paper. `text_problems` reads a file and says, page by page, where any of
that happens.

- Every character has a box (pdfplumber: the glyph's advance by the font size, from the baseline's descent).
  Two boxes may touch, as neighbours on a line do, but never overlap.
- A *fragment* is the text of one cell or paragraph as it was drawn: characters in the order of the page's
  content stream, carried on along a line (each character starting where the one before ended) and onto the
  next line (a lower baseline, one leading down, starting at the fragment's left edge). A table
  draws its cells one after the other, so the next cell starts a new fragment.
- Cells are the rectangles of the tables ruled on all sides (found from their lines). A fragment belongs to the
  cell its first character is in, and each of its characters must be inside that cell; a fragment that starts
  outside every cell must stay outside them all.
- Every character must be inside the part of the page that A4 and US Letter share, centred on the page: the PDF
  prints on either at actual size.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber

A4, LETTER = (595.2756, 841.8898), (612.0, 792.0)  # points
TOUCH = 0.05  # points: boxes closer than this overlap only by rounding
INSIDE = 0.5  # points a character may lie past its cell's line (the line's own half width)


@dataclass
class Fragment:
    """Consecutive characters drawn as one piece of text: one cell's or one paragraph's."""

    chars: list[dict] = field(default_factory=list)
    leading: float | None = None  # the drop from one of its lines to the next, once it has two

    @property
    def text(self) -> str:
        """Its characters, a space where a line breaks."""
        out, last = [], None
        for char in self.chars:
            if last is not None and abs(_baseline(char) - _baseline(last)) >= 0.1:
                out.append(" ")
            out.append(char["text"])
            last = char
        return "".join(out)

    def short(self, limit: int = 60) -> str:
        text = " ".join(self.text.split())
        return repr(text if len(text) <= limit else text[:limit - 1] + "…")


def _baseline(char: dict) -> float:
    return char["matrix"][5]


def _continues(fragment: Fragment, char: dict) -> bool:
    """Whether `char` is drawn as part of `fragment`: next on the same line, or first on its next line (a
    paragraph's lines are a fixed leading apart, at most 1.65 font sizes, and start at the same left edge)."""
    last, first = fragment.chars[-1], fragment.chars[0]
    if abs(_baseline(char) - _baseline(last)) < 0.1:
        return abs(char["x0"] - last["x1"]) < 0.5
    drop = _baseline(last) - _baseline(char)
    if abs(char["x0"] - first["x0"]) >= 0.5 or drop <= 0:
        return False
    if fragment.leading is not None:
        return abs(drop - fragment.leading) < 0.2
    return drop <= 1.65 * max(last["size"], char["size"]) + 0.5


def fragments(chars: list[dict]) -> list[Fragment]:
    found: list[Fragment] = []
    for char in chars:
        if found and _continues(found[-1], char):
            last = found[-1]
            if abs(_baseline(char) - _baseline(last.chars[-1])) >= 0.1:
                last.leading = _baseline(last.chars[-1]) - _baseline(char)
            last.chars.append(char)
        else:
            found.append(Fragment([char]))
    return found


def _visible(chars: list[dict]) -> list[dict]:
    return [c for c in chars if c["text"].strip()]


def _contains(box: tuple, char: dict, slack: float) -> bool:
    x0, top, x1, bottom = box
    return (char["x0"] >= x0 - slack and char["x1"] <= x1 + slack and char["top"] >= top - slack
            and char["bottom"] <= bottom + slack)


def _centre_in(box: tuple, char: dict) -> bool:
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def ruled_cells(page) -> list[tuple[float, float, float, float]]:
    """The cells of every table on the page that has lines on all sides (a grid)."""
    tables = page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"})
    return [cell for table in tables for cell in table.cells]


def _overlaps(chars: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs of character boxes that overlap, found through a grid of 10-point squares."""
    squares: dict[tuple[int, int], list[int]] = defaultdict(list)
    for n, c in enumerate(chars):
        for gx in range(int(c["x0"] // 10), int(c["x1"] // 10) + 1):
            for gy in range(int(c["top"] // 10), int(c["bottom"] // 10) + 1):
                squares[(gx, gy)].append(n)
    found = set()
    for members in squares.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                p, q = chars[a], chars[b]
                if (min(p["x1"], q["x1"]) - max(p["x0"], q["x0"]) > TOUCH
                        and min(p["bottom"], q["bottom"]) - max(p["top"], q["top"]) > TOUCH):
                    found.add((min(a, b), max(a, b)))
    return [(chars[a], chars[b]) for a, b in sorted(found)]


def shared_paper(page) -> tuple[float, float, float, float]:
    """(x0, top, x1, bottom) of the box A4 and US Letter share, centred on the page."""
    width, height = float(page.width), float(page.height)
    keep_w, keep_h = min(width, A4[0], LETTER[0]), min(height, A4[1], LETTER[1])
    return ((width - keep_w) / 2, (height - keep_h) / 2, (width + keep_w) / 2, (height + keep_h) / 2)


def page_problems(page) -> list[str]:
    """What is wrong with where the page's text sits (see the module's notes)."""
    area = shared_paper(page)
    number = page.page_number
    chars = page.chars
    pieces = fragments(chars)
    owner = {id(c): f for f in pieces for c in f.chars}
    problems = []
    for fragment in pieces:
        outside = [c for c in _visible(fragment.chars) if not _contains(area, c, 0)]
        if outside:
            problems.append(f"page {number}: {fragment.short()} runs off the paper A4 and Letter share")
    cells = ruled_cells(page)
    for fragment in pieces:
        shown = _visible(fragment.chars)
        if not shown:
            continue
        home = next((cell for cell in cells if _centre_in(cell, shown[0])), None)
        if home is None:
            if any(_centre_in(cell, c) for c in shown for cell in cells):
                problems.append(f"page {number}: {fragment.short()} runs into a table's cell")
        elif not all(_contains(home, c, INSIDE) for c in shown):
            problems.append(f"page {number}: {fragment.short()} runs out of its cell "
                            f"(x {home[0]:.0f}–{home[2]:.0f}, y {home[1]:.0f}–{home[3]:.0f})")
    pairs = set()
    for a, b in _overlaps(_visible(chars)):
        first, second = owner[id(a)], owner[id(b)]
        pairs.add((first.short(), second.short()) if first is not second else (first.short(), "itself"))
    problems += [f"page {number}: {a} is printed over {b}" for a, b in sorted(pairs)]
    return problems


def text_problems(path: Path) -> list[str]:
    """Every page's problems (see page_problems)."""
    with pdfplumber.open(path) as pdf:
        return [problem for page in pdf.pages for problem in page_problems(page)]


def table_rows(path: Path) -> list[tuple[int, list[list[str]]]]:
    """(page number, rows of cell texts) for every ruled table, in page order; a cell's lines are joined by "\n"."""
    found = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for table in page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"}):
                rows = [["\n".join(" ".join(line.split()) for line in (cell or "").splitlines()) for cell in row]
                        for row in table.extract()]
                found.append((page.page_number, rows))
    return found
