"""The printable PDF: overview, readiness checklist, phases, progression, then a log sheet per week (logsheets.py).

Pages are A4, but everything is drawn inside the 210 × 279.4 mm box that A4 and US Letter share,
so the file prints on either paper at actual size or scaled to fit. Text is real text in the
bundled Roboto (Apache 2.0), subset into the file, so it can be searched and copied.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from studio.downloads.logsheets import LogSheets
from studio.downloads.paragraphs import ParagraphCache
from studio.downloads.pdfstyle import (
    ACCENT_LIGHT,
    BOLD,
    FONT,
    FRAME_BOTTOM,
    FRAME_TOP,
    INK,
    MARGIN_X,
    MUTED,
    PAGE_H,
    PAGE_W,
    SAFE_Y,
    STYLES,
    TEAL,
    TEAL_DARK,
    TEAL_LIGHT,
    TEAL_LINE,
    WIDTH,
    register_fonts,
)
from studio.downloads.richtext import markup, prose_flowables
from studio.format import Day, Program
from studio.plan import Lookup, Plan, PlanBlock, PlanExercise, Slot, effective_increase, groups, results_text, rules_for
from studio.presentation import (
    GLOSSARY,
    alternatives_text,
    block_summary,
    block_table_rows,
    cell_text,
    facts,
    first_sessions,
    ladder_text,
    load_label,
    only_weeks_note,
    phase_title,
    rotation,
    sets_reps,
    warmup_note,
    week_table,
)
from studio.site import Studio


class CheckBox(Flowable):
    """An empty square to tick with a pen."""

    def __init__(self, size: float = 3.4 * mm):
        super().__init__()
        self.size = size

    def wrap(self, *_):
        return self.size, self.size

    def draw(self):
        self.canv.setStrokeColor(TEAL_DARK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, -0.6 * mm, self.size, self.size)


class _Document(BaseDocTemplate):
    def __init__(self, target, program: Program, studio: Studio, site_url: str):
        super().__init__(
            str(target), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=PAGE_H - FRAME_TOP, bottomMargin=FRAME_BOTTOM, title=program.title,
            author=studio.name, subject=program.summary, creator=studio.name, invariant=1,
        )
        self.program, self.studio, self.site_url = program, studio, site_url.rstrip("/") + "/"
        frame = Frame(MARGIN_X, FRAME_BOTTOM, WIDTH, FRAME_TOP - FRAME_BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas, doc) -> None:
        canvas.saveState()
        top = PAGE_H - SAFE_Y - 7 * mm
        if doc.page > 1:
            canvas.setFont(BOLD, 8)
            canvas.setFillColor(TEAL_DARK)
            canvas.drawString(MARGIN_X, top, self.program.title)
            canvas.setFont(FONT, 8)
            canvas.setFillColor(MUTED)
            canvas.drawRightString(PAGE_W - MARGIN_X, top, self.studio.name)
            canvas.setStrokeColor(TEAL)
            canvas.setLineWidth(1.2)
            canvas.line(MARGIN_X, top - 2.2 * mm, PAGE_W - MARGIN_X, top - 2.2 * mm)
        self._footer(canvas, doc.page)
        canvas.restoreState()

    def _footer(self, canvas, page: int) -> None:
        rule = SAFE_Y + 14 * mm
        canvas.setStrokeColor(TEAL_LINE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, rule, PAGE_W - MARGIN_X, rule)
        first, second = rule - 4.5 * mm, rule - 8.5 * mm
        site = self.site_url.split("://", 1)[-1].rstrip("/")
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(TEAL_DARK)
        canvas.drawString(MARGIN_X, first, self.studio.name)
        name_width = pdfmetrics.stringWidth(self.studio.name, BOLD, 8)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X + name_width, first, f" · {self.studio.city}" + (f" · {site}" if site else ""))
        if site:
            canvas.linkURL(self.site_url, (MARGIN_X, first - 1, PAGE_W / 2, first + 8), relative=0)
        canvas.drawRightString(PAGE_W - MARGIN_X, first, f"Page {page}")
        booking = self.studio.booking.personal_training
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN_X, second, f"Want a coach beside you? Book 1-on-1 personal training: {booking}")
        canvas.linkURL(booking, (MARGIN_X, second - 1, PAGE_W - MARGIN_X, second + 8), relative=0)


class _Builder:
    """Builds the story (the flowing content) of one programme's PDF."""

    def __init__(self, plan: Plan, lookup: Lookup):
        self.plan, self.program, self.lookup = plan, plan.program, lookup
        self.s = STYLES
        self.paragraphs = ParagraphCache()  # one per PDF: see paragraphs.py

    def para(self, text: str, style: str, bulletText: str | None = None) -> Paragraph:
        """A paragraph of ReportLab markup; equal ones share their parsing and line breaks."""
        return self.paragraphs(text, self.s[style], bulletText)

    def p(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of plain text."""
        return self.para(markup(text), style)

    def prose(self, text: str) -> list[Paragraph]:
        return prose_flowables(text, self.s["body"], self.s["bullet"], self.s["h4"])

    def story(self) -> list[Flowable]:
        return [*self.overview(), *self.readiness(), *self.plan_section(), *self.progression(), *self.glossary(),
                *LogSheets(self.plan, self.paragraphs).story()]

    # ------------------------------------------------------------ overview

    def overview(self) -> list[Flowable]:
        program = self.program
        # splitInRow: a row taller than a page (long owner text) continues on the next page instead of
        # stopping the build with LayoutError.
        banner = Table([[[self.p(program.title, "title"), self.p(program.summary, "lead")]]], colWidths=[WIDTH],
                       splitInRow=1)
        banner.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), TEAL),
            ("LEFTPADDING", (0, 0), (-1, -1), 7 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 7 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 6 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * mm),
        ]))
        cells = [[self.p(label.upper(), "fact_label"), self.p(value, "fact")] for label, value in facts(program)]
        grid = Table([cells[:3], cells[3:]], colWidths=[WIDTH / 3] * 3, splitInRow=1)
        grid.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), TEAL_LIGHT),
            ("LINEAFTER", (0, 0), (1, -1), 2, white), ("LINEBELOW", (0, 0), (-1, 0), 2, white),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5 * mm), ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ]))
        return [banner, Spacer(1, 4 * mm), grid, Spacer(1, 4 * mm), self.para("About this programme", "h2"),
                *self.prose(program.description)]

    def readiness(self) -> list[Flowable]:
        intro = ("You are ready for this programme when you can do all of these. Tick each one; "
                 "if any is a struggle, start with a movement-first programme instead.")
        rows = [[CheckBox(), self.p(check)] for check in self.program.readiness]
        table = Table(rows, colWidths=[7 * mm, WIDTH - 7 * mm], splitInRow=1)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return [self.para("Before you start", "h2"), self.p(intro), table]

    # ------------------------------------------------------------ plan

    def plan_section(self) -> list[Flowable]:
        story: list[Flowable] = [CondPageBreak(60 * mm), self.para("The plan", "h2")]
        for index, phase in enumerate(self.program.phases):
            story.append(CondPageBreak(50 * mm))
            story.append(self.para(markup(phase_title(self.program, index)), "h3"))
            if phase.notes:
                story.append(self.p(phase.notes))
            if phase.increase:
                story.append(self.para(f"<b>Loads:</b> {markup(str(phase.increase))}, where an exercise's load allows it.",
                                       "muted"))
            order = "   ".join(f"<b>{markup(label)}:</b> " + markup(" · ".join(d.name for d in days))
                               for label, days in rotation(self.program, index))
            story.append(self.para(order, "muted"))
            story.append(Spacer(1, 2 * mm))
            first = first_sessions(self.plan, index)
            for d, day in enumerate(phase.days):
                story.append(KeepTogether(self.day_table(day, {order: entry for (n, order), entry in first.items()
                                                               if n == d}, index)))
            story += self.week_changes(index)
        if self.program.ongoing:
            story += [self.para(f"After week {self.program.weeks}", "h3"),
                      self.p("This programme has no set end: the plan shows its first "
                             f"{self.program.weeks} weeks. {self.program.ongoing}")]
        return story

    def week_changes(self, index: int) -> list[Flowable]:
        """What changes week by week in the phase, one row per week."""
        table = week_table(self.plan, index)
        if table is None:
            return []
        head = ["Week", *table.columns]
        rows = [[self.para(markup(h), "cell_head") for h in head]]
        rows += [[self.para(markup(week), "cell"), *[self.para(markup(cell_text(c)), "cell")
                                                            for c in cells]] for week, cells in table.rows]
        first = 24 * mm
        grid = Table(rows, colWidths=[first] + [(WIDTH - first) / len(table.columns)] * len(table.columns), repeatRows=1, splitInRow=1)
        grid.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), TEAL_LIGHT), ("LINEBELOW", (0, 0), (-1, -1), 0.5, TEAL_LINE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]))
        return [self.para("Week by week", "h4"),
                self.p("What changes from week to week; exercises not listed stay as in the day tables.", "muted"),
                grid, Spacer(1, 3 * mm)]

    def day_table(self, day: Day, planned: dict[str, PlanExercise | PlanBlock], phase: int) -> list[Flowable]:
        heading = markup(day.name) + (f' <font color="#616161" name="{FONT}">· {markup(day.focus)}</font>'
                                      if day.focus else "")
        parts: list[Flowable] = [self.para(heading, "h4")]
        if day.warmup:
            parts.append(self.para(f"<b>Warm-up:</b> {markup(day.warmup)}", "small"))
            parts.append(Spacer(1, 1.5 * mm))
        head = ["", "Exercise", "Sets × reps", "Load", "Rest", "Tempo", "Notes"]
        rows = [[self.para(h, "cell_head") for h in head]]
        spans = []
        for group in groups(day):
            block = planned.get(group.letter) if group.block is not None else None
            weeks = only_weeks_note(self.program, phase, group.only_weeks)
            if group.sentence or block is not None:
                heading = block_summary(block) if block is not None else group.sentence
                heading += f". {block.notes}" if block is not None and block.notes else ""
                rows.append([self.p(heading + (f" ({weeks})" if weeks else ""), "cell"), "", "", "", "", "", ""])
                spans.append(len(rows) - 1)
                weeks = ""
            rows += [self.plan_row(slot, weeks, self._rule_words(slot, planned.get(slot.order), phase))
                     for slot in group.slots]
            rows += [self.block_row(*row) for row in (block_table_rows(block) if block is not None else [])]
        table = Table(rows, colWidths=[9 * mm, 40 * mm, 27 * mm, 27 * mm, 17 * mm, 15 * mm, WIDTH - 135 * mm],
                      repeatRows=1, splitInRow=1)
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), TEAL_LIGHT), ("LINEBELOW", (0, 0), (-1, -1), 0.5, TEAL_LINE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for row in spans:
            style += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), ACCENT_LIGHT)]
        table.setStyle(TableStyle(style))
        return [*parts, table, Spacer(1, 3 * mm)]

    def _rule_words(self, slot: Slot, planned: PlanExercise | PlanBlock | None, phase: int) -> str:
        """What depends on the day's result, as the log sheets and the page word it: the owner's rule, double
        progression's, and the result rules (an exercise not in the phase's first sessions gets its words here)."""
        if isinstance(planned, PlanExercise) and planned.item == slot.item:
            return planned.rule
        item, where = slot.item, self.program.phases[phase]
        words = results_text(rules_for(item, where, effective_increase(item, where)))
        return " ".join(x for x in (item.rule, words) if x)

    def plan_row(self, slot: Slot, weeks: str = "", rule: str = "") -> list[Flowable]:
        item = slot.item
        sets = markup(sets_reps(item))
        if item.warmup_sets:
            sets += f'<br/><font color="#616161" size="7">{warmup_note(item)}</font>'
        name = markup(self.lookup(item.exercise).name) + (" <i>(optional)</i>" if item.optional else "")
        extra = [weeks] if weeks else []
        extra += [ladder_text(list(item.ladder), self.lookup(item.exercise).name, "›",
                              lambda step: self.lookup(step).name)] if item.ladder else []
        extra += [alternatives_text([self.lookup(other).name for other in item.alternatives])]
        name += "".join(f'<br/><font color="#616161" size="7">{markup(x)}</font>' for x in extra if x)
        cells = [f"<b>{markup(slot.order)}</b>", name, sets,
                 markup(load_label(item.load)) or "—", markup(str(slot.rest)) if slot.rest else "—",
                 markup(item.tempo or "—"), markup(" ".join(x for x in (item.notes, f"Rule: {rule}" if rule else "")
                                                         if x))]
        return [self.para(cell, "cell") for cell in cells]

    def block_row(self, order: str, move, work: str, load: str) -> list[Flowable]:
        name = markup(move.name) if move is not None else "Rest"
        if move is not None and move.alternatives:
            name += f'<br/><font color="#616161" size="7">{markup(alternatives_text([n for n, _ in move.alternatives]))}</font>'
        cells = [f"<b>{markup(order)}</b>", name, markup(work), markup(load) or "—", "—", "—",
                 markup(move.notes) if move is not None else ""]
        return [self.para(cell, "cell") for cell in cells]

    def progression(self) -> list[Flowable]:
        return [CondPageBreak(40 * mm), self.para("How to progress", "h2"), *self.prose(self.program.progression)]

    def glossary(self) -> list[Flowable]:
        return [KeepTogether([self.para("How to read the tables", "h3"),
                              *[self.para(f"<b>{markup(term)}</b>: {markup(text)}", "bullet", bulletText="•")
                                for term, text in GLOSSARY]])]

@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector, if it runs. A PDF makes hundreds of thousands of short-lived
    objects, nearly all freed by reference counting as soon as they are unused; counting them set off some
    fifteen young-generation collections per PDF and, every few PDFs, a full one over every long-lived object
    in the process: together about a tenth of a PDF's time, measured. The few reference cycles a PDF leaves
    (its document and canvas) are collected after it is written, when the collector runs again."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def write_pdf(plan: Plan, lookup: Lookup, studio: Studio, site_url: str, target: Path) -> None:
    register_fonts()
    with _collector_paused():
        doc = _Document(target, plan.program, studio, site_url)
        doc.build(_Builder(plan, lookup).story())

