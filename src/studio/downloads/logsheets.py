"""The PDF's log sheets: a page or more a week, a table a session, a box a set to write the weight and reps in.

Nothing is printed over anything else: every cell's text wraps inside its cell, every row is as tall as its
tallest cell, rows move to the next page whole under the header row again, and sets past the sixth go on in
rows of boxes that each say which set they are (tests/unit/test_pdf_layout.py reads every text's box back).
"""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from studio.downloads.paragraphs import ParagraphCache
from studio.downloads.pdfstyle import (
    BOLD,
    FONT,
    MUTED,
    NOT_USED,
    STYLES,
    TARGET_SIZE,
    TEAL_DEEP,
    TEAL_LIGHT,
    TEAL_LINE,
    WIDTH,
)
from studio.downloads.richtext import markup
from studio.downloads.rows import warmup_text
from studio.plan import Plan, PlanBlock, PlanExercise, PlanSession
from studio.presentation import block_log_boxes, block_log_hint, block_title, block_work_lines, exercise_label

LOG_SETS_PER_ROW = 6
LOG_ORDER_WIDTH, LOG_LABEL_WIDTH = 8 * mm, 56 * mm  # the order letter; the letter and the exercise together
LOG_LABEL_EXTRA = 24 * mm  # the most the exercise column widens by when a session has few boxes
LOG_BOX_WIDTH, LOG_NOTES_WIDTH = 18 * mm, 20 * mm  # a set's box at most; the notes at least
LOG_ROW_HEIGHT = 11.5 * mm  # the least a row is: room for a handwritten line under the targets
LOG_WRITING_ROOM = 5 * mm  # under a box's target, however many lines it takes
LOG_PADDING_LEFT, LOG_PADDING_RIGHT = 2.5, 2
NBSP = "\u00a0"  # a space no line breaks at


class Tick(Flowable):
    """A box to tick and its words ("made it"): drawn, since the bundled font has no box character. It wraps to
    the cell's width and is one line tall."""

    SIDE, GAP, SIZE = 2.6 * mm, 1.2 * mm, 7

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def wrap(self, availWidth, availHeight):
        self.width = min(availWidth, self.SIDE + self.GAP + pdfmetrics.stringWidth(self.text, FONT, self.SIZE))
        self.height = self.SIDE + 0.6 * mm
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.setStrokeColor(TEAL_DEEP)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0.3 * mm, self.SIDE, self.SIDE)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, self.SIZE)
        canvas.drawString(self.SIDE + self.GAP, 0.3 * mm + 0.5, self.text)


class _Session(KeepTogether):
    """A session's heading and log table. One that fits on a page starts a new page if it does not fit in what
    is left of this one (as KeepTogether does); one longer than a page starts here if its heading, the table's
    header row and its first row fit, and carries on over the next pages (KeepTogether would leave the rest of
    this page empty, or a week's heading alone on its page)."""

    def split(self, aW, aH):
        frame = getattr(self, "_frame", None)
        if frame is None or self._H <= frame._height:
            return super().split(aW, aH)
        heading, table = self._content[0], self._content[1]
        # Read from ReportLab 5.1's source: KeepTogether.wrap keeps the total height (_H) and its first flowable's
        # (_H0), and has sized the table's rows (_rowHeights): its header row and its first row of boxes.
        first = heading.getSpaceBefore() + self._H0 + heading.getSpaceAfter() + sum(table._rowHeights[:2])
        if first <= aH or getattr(frame, "_atTop", False):
            return list(self._content)
        return [self.FrameBreak(), *self._content]


class LogSheets:
    """Makes the log sheets of one programme's PDF, with that PDF's paragraphs (see paragraphs.py)."""

    def __init__(self, plan: Plan, paragraphs: ParagraphCache):
        self.plan, self.program, self.paragraphs = plan, plan.program, paragraphs

    def para(self, text: str, style: str) -> Paragraph:
        return self.paragraphs(text, STYLES[style])

    def p(self, text: str, style: str = "body") -> Paragraph:
        return self.para(markup(text), style)

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        total = self.program.weeks
        for week in self.plan.weeks:
            phase = self.program.phases[week.phase]
            cycle = f" (run {week.cycle} of {phase.cycles})" if phase.cycles > 1 else ""
            story += [PageBreak(), self.para(f"Week {week.number} log", "h2"),
                      self.p(f"Week {week.number} of {total} · {phase.name}{cycle}{' · deload' if week.deload else ''}. "
                             "In each set's box, write the weight and the reps you did, e.g. 60 × 5; for a "
                             "conditioning block, write what its boxes ask: rounds, time or each effort's distance.",
                             "muted"),
                      Spacer(1, 2 * mm)]
            # One exercise column width for the week's sessions, so their tables line up on the page.
            widest = max(_log_columns(session) for session in week.sessions)
            story += [_Session(self.log_table(session, _log_widths(widest)[1])) for session in week.sessions]
        return story

    def log_table(self, session: PlanSession, label_width: float) -> list[Flowable]:
        columns = _log_columns(session)
        set_width = _log_widths(columns)[0]
        widths = [LOG_ORDER_WIDTH, label_width - LOG_ORDER_WIDTH, *[set_width] * columns,
                  WIDTH - label_width - columns * set_width]
        title = f"Session {session.number} · {markup(session.template.name)}"
        heading = self.para(f'{title}<font name="{FONT}" color="#616161" size="8">'
                            f'      Date ____________</font>', "h4")
        # Plain strings, drawn in the table's cell font, cost far less than paragraphs in the big grids; a string
        # never wraps, so only one that fits its cell is left a string (target_cell).
        rows = [["", "Exercise", *[f"Set {n}" for n in range(1, columns + 1)], "Notes"]]
        blanks = []
        for entry in session.entries():
            if isinstance(entry, PlanBlock):
                rows += self.block_log_rows(entry, columns, set_width, blanks, len(rows))
                continue
            for exercise in entry[1]:
                self.exercise_log_rows(exercise, columns, set_width, blanks, rows)
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), TEAL_LIGHT), ("GRID", (0, 0), (-1, -1), 0.5, TEAL_LINE),
            ("FONT", (0, 0), (-1, 0), BOLD, 8.2), ("TEXTCOLOR", (0, 0), (-1, 0), TEAL_DEEP),
            ("FONT", (2, 1), (-1, -1), BOLD, TARGET_SIZE), ("TEXTCOLOR", (2, 1), (-1, -1), MUTED),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), LOG_PADDING_LEFT),
            ("RIGHTPADDING", (0, 0), (-1, -1), LOG_PADDING_RIGHT), ("TOPPADDING", (0, 0), (-1, -1), 2),
            # Under each box's target, room to write what was done: a box with a long target grows its row.
            ("BOTTOMPADDING", (2, 1), (-2, -1), LOG_WRITING_ROOM),
        ]
        style += [("BACKGROUND", cell, cell, NOT_USED) for cell in blanks]
        # Every row is as tall as its tallest cell, and never shorter than a handwritten line: a long name, rule
        # or list of warm-ups grows its row instead of running into the next. Rows move to the next page whole
        # (a row is far shorter than a page: names and rules have length limits), under the header row again.
        table = self.paragraphs.table(rows, style, colWidths=widths, repeatRows=1,
                                      minRowHeights=[0] + [LOG_ROW_HEIGHT] * (len(rows) - 1))
        return [heading, table, Spacer(1, 4 * mm)]

    def exercise_log_rows(self, exercise: PlanExercise, columns: int, set_width: float, blanks: list,
                          rows: list) -> None:
        """The exercise's row of boxes, one a set; sets past the row's boxes go on in rows named by their sets
        ("Sets 7–9"), each box naming its set, since the header's "Set 1" to "Set 6" are not theirs."""
        targets = list(exercise.sets)
        for start in range(0, len(targets), columns):
            chunk = targets[start:start + columns]
            if start == 0:
                row = [self.para(f"<b>{markup(exercise.order)}</b>", "cell"), self.log_label(exercise),
                       *[self.target_cell(t.label, set_width) for t in chunk]]
            else:
                row = ["", self.para(f"<b>{_numbers('Set', chunk[0].number, chunk[-1].number)}</b>", "cell"),
                       *[self.named_cell(f"Set {t.number}", t.label, set_width) for t in chunk]]
            blanks += [(len(row) + k, len(rows)) for k in range(columns - len(chunk))]
            rows.append(row + [""] * (columns - len(chunk)) + [_made_box(exercise) if start == 0 else ""])

    def block_log_rows(self, block: PlanBlock, columns: int, set_width: float, blanks: list, start: int) -> list:
        """A block's rows: what it is, then boxes headed by what to write (rounds, time, each effort)."""
        title = self.para(f"<b>{markup(block_title(block))}</b>", "cell")
        lines = self.para("<br/>".join(markup(line) for line in block_work_lines(block)), "log_detail")
        heads = block_log_boxes(block)
        found = []
        for first in range(0, len(heads), columns):
            chunk = heads[first:first + columns]
            # Only intervals have more boxes than a row holds, each headed "Effort n".
            label = ([title, lines] if first == 0
                     else self.para(f"<b>{_numbers('Effort', first + 1, first + len(chunk))}</b>", "cell"))
            row = [self.para(f"<b>{markup(block.order)}</b>", "cell") if first == 0 else "", label,
                   *[self.target_cell(head, set_width) for head in chunk]]
            blanks.extend((len(row) + k, start + len(found)) for k in range(columns - len(chunk)))
            hint = self.para(f"<b>{markup(block_log_hint(block))}</b>", "target") if first == 0 else ""
            found.append(row + [""] * (columns - len(chunk)) + [hint])
        return found

    def target_cell(self, label: str, width: float) -> str | Paragraph:
        """A box's target: a plain string if it fits on one line, else a paragraph that wraps inside the box."""
        if pdfmetrics.stringWidth(label, BOLD, TARGET_SIZE) <= width - LOG_PADDING_LEFT - LOG_PADDING_RIGHT:
            return label
        return self.para(f"<b>{_target_markup(label, width)}</b>", "target")

    def named_cell(self, name: str, label: str, width: float) -> Paragraph:
        """A box that says which set it is, above its target."""
        return self.para(f'<b><font color="#004D40">{markup(name)}</font><br/>{_target_markup(label, width)}</b>',
                         "target")

    def log_label(self, exercise: PlanExercise) -> list[Paragraph]:
        """The name, then the small print: the sets, the warm-ups, the rest and the rule."""
        detail = [_glued(exercise_label(exercise))]
        if exercise.warmups:  # each warm-up set on one line, where it fits one
            detail.append("warm-up: " + ", ".join(_unbroken(f"{w.load} × {w.reps}") for w in exercise.warmups))
        elif warmups := warmup_text(exercise):
            detail.append(f"+ {markup(warmups)}")
        if exercise.rest:
            detail.append(_unbroken(f"rest {exercise.rest}"))
        text = f"{NBSP}· ".join(detail)  # a line may end with "·", never start with it
        if exercise.rule:
            text += f'<br/><font size="6.5"><b>Rule:</b> {markup(exercise.rule)}</font>'
        return [self.para(f"<b>{markup(exercise.name)}</b>", "cell"), self.para(text, "log_detail")]


_GLUE = re.compile(r"(?<=[\d%]) (?=(?:kg|lb|TM|\d*RM)\b)|(?<=\b(?:RPE|RIR)) (?=\d)| (?=× \d)|(?<= ×) (?=\d)")


def _target_markup(label: str, width: float) -> str:
    """A target as paragraph markup for a box `width` wide: wrapped, its load stays on one line if it fits one
    ("10–15 @" over "RPE 8", not "10–15 @ RPE" over "8"), and numbers keep their units."""
    reps, at, load = label.rpartition(" @ ")
    if at and pdfmetrics.stringWidth(f"@ {load}", BOLD, TARGET_SIZE) <= width - LOG_PADDING_LEFT - LOG_PADDING_RIGHT:
        return f"{_glued(reps)} @ {markup(load).replace(' ', NBSP)}"
    return _glued(label)


def _glued(text: str) -> str:
    """Paragraph markup for text whose numbers keep their units and signs on their line: "2.5 kg", "RPE 8",
    "3 × 5"."""
    return _GLUE.sub(NBSP, markup(text))


def _unbroken(text: str) -> str:
    """Paragraph markup for a short phrase of a log label's small print that a line break should not split
    ("26% TM × 5", "rest 3–5 min"); a phrase too long for a third of the narrowest exercise column may break."""
    if pdfmetrics.stringWidth(text, FONT, 7) > (LOG_LABEL_WIDTH - LOG_ORDER_WIDTH) / 3:
        return _glued(text)
    return markup(text).replace(" ", NBSP)


def _log_columns(session: PlanSession) -> int:
    """How many boxes a row of the session's log table has: its most sets or block boxes, at most six."""
    boxes = [len(e.sets) for e in session.exercises] + [len(block_log_boxes(b)) for b in session.blocks]
    return min(LOG_SETS_PER_ROW, max(boxes))


def _log_widths(columns: int) -> tuple[float, float]:
    """A log table's box width and the width of its order and exercise columns together. Boxes are LOG_BOX_WIDTH
    wide, narrower for six so the notes keep LOG_NOTES_WIDTH; with fewer boxes the exercise column takes up to
    LOG_LABEL_EXTRA of what is left, so its small print takes fewer lines, and the notes the rest."""
    box = min(LOG_BOX_WIDTH, (WIDTH - LOG_LABEL_WIDTH - LOG_NOTES_WIDTH) / columns)
    spare = WIDTH - LOG_LABEL_WIDTH - LOG_NOTES_WIDTH - columns * box
    return box, LOG_LABEL_WIDTH + min(spare / 2, LOG_LABEL_EXTRA)


def _made_box(exercise: PlanExercise) -> Tick | str:
    """Where the next session depends on this one (result rules, or double progression's top of the range): a box
    to tick when every target was reached; the label's rule says what follows either way."""
    if exercise.rules is None:
        return ""
    return Tick("made it" if exercise.rules.written else "top of range")


def _numbers(noun: str, first: int, last: int) -> str:
    """'Set 7' or 'Sets 7–9'."""
    return f"{noun} {first}" if first == last else f"{noun}s {first}–{last}"
