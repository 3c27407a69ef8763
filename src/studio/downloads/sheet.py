"""The spreadsheet download, rendered from the expanded plan: an Inputs sheet, then one sheet per phase.

Inputs: the unit (kg or lb), the load step, the factor that turns kilograms into the sheet's unit,
the bar (a barbell warm-up worked out below it is the bar), and per lift the numbers `Plan.inputs()` asks for: a 1RM, an N-rep max or a start weight. A lift
loaded on a training max also gets its training max (the programme's percentage of the 1RM, a
formula the lifter may type over) and, in a phase that runs for several cycles, one cell per cycle:
the cycle before's plus the phase's increase, if it has one. Editing cycle 3 after a stall leaves
cycles 1 and 2 as they were, and their loads too. A max raised a week or a session keeps its cycle's
cell, and each load's formula adds what that cycle's weeks or sessions have added: (max + 2.5) × 85%.

Layout of a phase sheet: a block per week, and inside it a block per *session* (the second
Workout A of an A-B-A week is its own block), each with a row per set, warm-ups first, and the
columns the lifter needs at the rack: what to do (reps, target, the load in the sheet's unit) and
where to write what was done. The issue asked for a column per session; that suits sessions that
repeat the same exercises, but an A-B-A week has different exercises in each session, so columns
would leave most cells blank and push each session sideways off a phone's screen. Stacked blocks
read top to bottom in the order the sessions are trained, stay eleven columns wide (the order and
exercise columns frozen while the rest scroll), and print with each week starting a new page.

Every load is a formula of the inputs rounded to the load step, ROUND(x / step, 0) * step, blank
until the input it needs is filled (IF(ISNUMBER(...))): plain functions that Excel, LibreOffice and
Google Sheets all compute. Increases and weights written in kg or lb are converted when the
sheet's unit differs (2.20462 lb a kg). Owner text always goes in as text, never as a formula.

Written with XlsxWriter, in about a third of the time openpyxl took (an object and a style per cell, then
the XML through ElementTree); the tests read it back with openpyxl. It looks the same to a reader; in the
file, strings are shared rather than inline, there are no custom named styles (each cell has its own font,
fill, border and alignment, as before), and the zip entries carry XlsxWriter's fixed date.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from studio.downloads.cells import starts_like_formula
from studio.downloads.sheetrules import COLUMN as RULE_COLUMN
from studio.downloads.sheetrules import FIRST as FIRST_RULE_COLUMN
from studio.downloads.sheetrules import HELPERS as RULE_HELPERS
from studio.downloads.sheetrules import RULE_COLUMNS, Link, chain_key, row_count, stage_reps
from studio.downloads.sheetrules import SHOWN as SHOWN_RULE_COLUMNS
from studio.downloads.sheetrules import WIDTHS as RULE_WIDTHS
from studio.downloads.sheetrules import formulas as rule_formulas
from studio.format import ONE_RM, TRAINING_MAX
from studio.plan import LB_PER_KG, Plan, PlanBlock, PlanExercise, PlanSession, PlanSet, Target
from studio.presentation import (
    alternatives_text,
    block_log_boxes,
    block_log_hint,
    block_table_rows,
    block_title,
    ladder_text,
    week_span,
)

INPUTS = "Inputs"
UNIT_CELL, STEP_CELL, FACTOR_CELL, BAR_CELL = "C4", "C5", "C6", "C7"
INPUT_HEADER_ROW = 9
HEADER_ROW = 4
START = "start"
SHEET_COLUMNS = ("Order", "Exercise", "Set", "Reps", "Target", "Load", "Up to", "Done weight", "Done reps", "Rest",
                 "Notes")
LOAD_COLUMN, HIGH_COLUMN = SHEET_COLUMNS.index("Load") + 1, SHEET_COLUMNS.index("Up to") + 1
# A fixed timestamp in the file's properties: the same programme gives the same bytes (XlsxWriter dates every
# zip entry 1 January 1980).
STAMP = datetime(2000, 1, 1)

TEAL, TEAL_LIGHT, INPUT_FILL, FORMULA_FILL = "#00796B", "#E0F2F1", "#FFF8E1", "#FFFDF5"
BORDER = {"border": 1, "border_color": "#B2DFDB"}
HEAD = {"bold": True, "font_color": "#FFFFFF", "pattern": 1, "fg_color": TEAL}
WRAP = {"text_wrap": True, "valign": "top"}
MAX_ROW_HEIGHT = 409  # points: Excel's tallest row
DIGIT_PIXELS = 7  # Excel stores a column's width in widths of a 7-pixel digit (Calibri 11), padding included
# Every cell's look, by name: XlsxWriter writes each distinct format once.
STYLES = {
    "plain": {},
    "title": {"bold": True, "font_size": 14, "font_color": TEAL},
    "prose": WRAP,
    "header": {**HEAD, **BORDER, "text_wrap": True, "valign": "vcenter"},
    "input header": HEAD,
    "input": {**BORDER, "pattern": 1, "fg_color": INPUT_FILL},
    "input formula": {**BORDER, "pattern": 1, "fg_color": FORMULA_FILL},
    "set": BORDER,
    "warm-up": {**BORDER, "font_color": "#555555", "italic": True},
    "notes": {**BORDER, **WRAP},
    "aside": {"italic": True},
    "week": HEAD,
    "session": {"bold": True, "font_color": TEAL, "pattern": 1, "fg_color": TEAL_LIGHT},
    "helper": {**BORDER, "font_color": "#777777"},
    "not this stage": {"font_color": "#AAAAAA"},
}


class _Cells:
    """Writes cells by 1-based row and column, each in one of the STYLES.

    Owner text always goes in as text, never as a formula; text that starts like a formula also gets Excel's
    quote prefix, so a reader who edits the cell keeps text ('+2.5 kg' would otherwise become a formula)."""

    def __init__(self, book: Workbook) -> None:
        self.book = book
        self.formats: dict[tuple[str, bool], Format | None] = {}

    def format(self, style: str, quoted: bool = False) -> Format | None:
        key = (style, quoted)
        if key not in self.formats:
            properties = {**STYLES[style], **({"quote_prefix": True} if quoted else {})}
            self.formats[key] = self.book.add_format(properties) if properties else None
        return self.formats[key]

    def put(self, sheet: Worksheet, row: int, column: int, value: str | float | None, style: str = "plain") -> None:
        """A value (text, a number or nothing) in a cell; an empty cell keeps its style."""
        if isinstance(value, str) and value:
            sheet.write_string(row - 1, column - 1, value, self.format(style, starts_like_formula(value)))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            sheet.write_number(row - 1, column - 1, value, self.format(style))
        elif style != "plain":
            sheet.write_blank(row - 1, column - 1, None, self.format(style))

    def formula(self, sheet: Worksheet, row: int, column: int, formula: str | None, style: str = "plain") -> None:
        """One of our own formulas, stored without a result: the reader's spreadsheet works it out."""
        if formula is None:
            self.put(sheet, row, column, None, style)
        else:
            sheet.write_formula(row - 1, column - 1, formula, self.format(style), "")


def _widths(sheet: Worksheet, widths) -> None:
    """Column widths as Excel stores them, in digit widths with the padding: XlsxWriter's set_column would add the
    padding to the number."""
    for column, width in enumerate(widths):
        sheet.set_column_pixels(column, column, width * DIGIT_PIXELS)


def _page(sheet: Worksheet) -> None:
    """The margins the sheet has always had: 0.75 inch at the sides, 1 at top and bottom, 0.5 for header and footer
    (XlsxWriter's own are Excel 2007's narrower ones)."""
    sheet.set_margins(left=0.75, right=0.75, top=1, bottom=1)
    sheet.set_header("", {"margin": 0.5})
    sheet.set_footer("", {"margin": 0.5})


def sheet_title(number: int, name: str, taken: set[str]) -> str:
    """A valid, unique sheet name: at most 31 characters, none of []:*?/\\ ."""
    base = re.sub(r"[\[\]:*?/\\']+", " ", f"P{number} {name}")
    base = re.sub(r"\s+", " ", base).strip()[:31].rstrip()
    title, n = base, 2
    while title.lower() in taken or title.lower() == INPUTS.lower():
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def _paragraph(cells: _Cells, sheet: Worksheet, row: int, text: str, columns: int, characters: int) -> None:
    """Owner prose across the first `columns` columns, wrapped: merged, with the row made tall enough by
    hand, since Excel does not fit a merged row's height to its text."""
    if not text:
        return
    sheet.merge_range(row - 1, 0, row - 1, columns - 1, "", cells.format("prose"))
    cells.put(sheet, row, 1, text, "prose")
    lines = sum(-(-max(len(part), 1) // characters) for part in text.splitlines() or [""])
    # Excel repairs a workbook with a row taller than it allows; longer text stays whole in the cell.
    # In pixels at 96 dpi (4 to 3 points), which XlsxWriter writes back as the points given; its set_row would
    # round to whole pixels, 408.75 for 409.
    sheet.set_row_pixels(row - 1, min(15 * lines, MAX_ROW_HEIGHT) * 4 / 3)


def _ref(cell: str) -> str:
    column, row = re.fullmatch(r"([A-Z]+)(\d+)", cell).groups()
    return f"{INPUTS}!${column}${row}"


def _num(value: float) -> str:
    # The shortest text that reads back as the same float: a compounded 65.6640625% stays whole (`:g` would
    # write 65.6641), so the sheet works out what the plan, the JSON and the calculator do.
    return repr(float(value)) if not float(value).is_integer() else str(int(value))


def in_unit(amount: float, unit: str, factor: str) -> str:
    """`amount` written in kg or lb, as an expression in the sheet's unit; `factor` is the kg-to-unit cell."""
    if unit == "lb":
        return f"{_num(amount)}/{LB_PER_KG}*{factor}"
    return f"{_num(amount)}*{factor}"


def rounded(expression: str, bar: bool = False) -> str:
    """`expression` to the nearest load step; a sum is bracketed, since / binds before +. With `bar` (a barbell
    warm-up), never below the bar on Inputs."""
    step = _ref(STEP_CELL)
    if "+" in re.sub(r"\([^()]*\)", "", expression):
        expression = f"({expression})"
    to_step = f"ROUND({expression}/{step},0)*{step}"
    return f"MAX({_ref(BAR_CELL)},{to_step})" if bar else to_step


def _moved(offset: str | None) -> str:
    return f"+{offset}" if offset else ""


def target_formula(max_cell: str, percent: float, add: float = 0, unit: str | None = None, bar: bool = False,
                   offset: str | None = None) -> str:
    """The load for `percent` of the max in `max_cell` (on Inputs), raised by `add` in `unit` (a week's or a
    session's increases on the max) and by the cell `offset` (what the result rules moved it by), to the nearest
    step (at least the bar, with `bar`); blank until the max is filled."""
    lift = _ref(max_cell)
    added = f"+{in_unit(add, unit or 'kg', _ref(FACTOR_CELL))}" if add else ""
    raised = lift if not add and not offset else f"({lift}{added}{_moved(offset)})"
    return f'=IF(ISNUMBER({lift}),{rounded(f"{raised}*{_num(percent)}/100", bar)},"")'


def start_formula(start_cell: str, add: float = 0, unit: str | None = None, scale: float = 1, bar: bool = False,
                  offset: str | None = None) -> str:
    """`scale` × (the start weight + `add` in `unit` + the cell `offset`, what the result rules moved it by), to the
    nearest step (at least the bar, with `bar`); blank until a start weight is entered."""
    start = _ref(start_cell)
    total = (start if not add else f"{start}+{in_unit(add, unit or 'kg', _ref(FACTOR_CELL))}") + _moved(offset)
    expression = total if scale == 1 else f"{_num(scale)}*({total})" if add or offset else f"{_num(scale)}*{total}"
    return f'=IF(ISNUMBER({start}),{rounded(expression, bar)},"")'


def share_formula(weight: float, unit: str, percent: float, bar: bool = False) -> str:
    """A warm-up's `percent` of a written working weight, in the sheet's unit, to the nearest step (at least the bar,
    with `bar`)."""
    return f"={rounded(f'{in_unit(weight, unit, _ref(FACTOR_CELL))}*{_num(percent)}/100', bar)}"


def weight_formula(weight: float, unit: str, exact: bool = True, offset: str | None = None) -> str:
    """A written weight in the sheet's unit: as written when the units match (unless `exact` is off), else converted;
    with the cell `offset` (what the result rules moved it by) when that is not 0, moved and rounded to the step."""
    converted = rounded(in_unit(weight, unit, _ref(FACTOR_CELL)))
    plain = converted if not exact else f'IF({_ref(UNIT_CELL)}="{unit}",{_num(weight)},{converted})'
    if offset:
        return f"=IF({offset}=0,{plain},{rounded(in_unit(weight, unit, _ref(FACTOR_CELL)) + '+' + offset)})"
    return f"={plain}"


# ---------------------------------------------------------------- inputs


@dataclass(frozen=True)
class MaxKey:
    """One number a load is worked out from: a lift's 1RM, training max, N-rep max or start weight.

    A training max has one per cycle of its phase, whether or not the phase raises it: the lifter may
    change any cycle's after a stall. Another max has one per cycle only where a cycle raises it by `add`.
    """

    lift: str
    basis: str  # '1RM', 'TM', '5RM', ... or 'start'
    cycle: int = 1
    add: float = 0
    unit: str | None = None


def _key(lift: str, target: Target, cycle: int) -> MaxKey | None:
    """The input a load is worked out from. A max raised a week or a session has its cycle's cell, raised by the
    runs before (`add` less `run_add`); the formula adds what this run has added (`load_formulas`). `lift` is the
    exercise's; a load worked out from another lift's max, or from a tier's own start weight, names its own."""
    lift = target.lift or lift
    if target.kind == "start":
        return MaxKey(lift, START)
    if target.kind == "percent" and (target.basis in (ONE_RM, TRAINING_MAX) or re.fullmatch(r"\d+RM", target.basis)):
        carried = round(target.add - target.run_add, 9)
        if target.basis == TRAINING_MAX or carried:
            return MaxKey(lift, target.basis, cycle, carried, target.unit if carried else None)
        return MaxKey(lift, target.basis)
    return None


def _kg(key: MaxKey) -> float:
    return key.add / LB_PER_KG if key.unit == "lb" else key.add


def needed(plan: Plan) -> list[MaxKey]:
    """The numbers the loads are worked out from, in order of first use."""
    found: dict[MaxKey, None] = {}
    for session in plan.sessions:
        for exercise in session.exercises:
            for done in (*exercise.warmups, *exercise.sets):
                key = _key(exercise.name, done.load, session.cycle) if done.load is not None else None
                if key is not None:
                    found.setdefault(key)
    return list(found)


def _basis_name(basis: str) -> str:
    return {ONE_RM: "1RM", TRAINING_MAX: "Training max", START: "Start weight"}.get(basis, basis)


def _inputs(book: Workbook, cells: _Cells, plan: Plan) -> dict[MaxKey, str]:
    """The Inputs sheet; {number: its cell}."""
    program = plan.program
    sheet = book.add_worksheet(INPUTS)
    cells.put(sheet, 1, 1, f"{program.title}: your numbers", "title")
    cells.put(sheet, 2, 1, "Fill in the yellow cells. Every load on the phase sheets is worked out from them, "
                            "rounded to your load step.")
    rows = [("Unit", "kg or lb", "kg", "Pick kg or lb. Weights and increases written in the other unit are converted."),
            ("Load step", "smallest jump", f'=IF({UNIT_CELL}="lb",5,2.5)',
             "Loads round to the nearest step: 2.5 kg or 5 lb. Type a number to use your own, e.g. 1 with micro plates."),
            ("Your unit per kg", "conversion", f'=IF({UNIT_CELL}="lb",{LB_PER_KG},1)',
             f"Used to convert weights written in kg: {LB_PER_KG} lb in a kg. Leave as it is."),
            ("Bar", "empty bar", f'=IF({UNIT_CELL}="lb",45,20)',
             "Your barbell's weight: 20 kg or 45 lb. A barbell warm-up worked out below it is the bar.")]
    for n, (label, what, value, help_text) in enumerate(rows, start=4):
        style = "input" if f"C{n}" in (UNIT_CELL, STEP_CELL, BAR_CELL) else "plain"
        cells.put(sheet, n, 1, label)
        cells.put(sheet, n, 2, what)
        if value.startswith("="):
            cells.formula(sheet, n, 3, value, style)
        else:
            cells.put(sheet, n, 3, value, style)
        cells.put(sheet, n, 4, help_text)
    # As the sheet has always had it: a list to pick from, with no input message and no error alert.
    sheet.data_validation(UNIT_CELL, {"validate": "list", "source": ["kg", "lb"], "ignore_blank": False,
                                      "show_input": False, "show_error": False})
    for column, text in enumerate(("Lift", "Number", "Yours", "What it is"), start=1):
        cells.put(sheet, INPUT_HEADER_ROW, column, text, "input header")
    found: dict[MaxKey, str] = {}
    row = INPUT_HEADER_ROW + 1
    uses = needed(plan)
    for lift in dict.fromkeys(key.lift for key in uses):
        for key, value, help_text in _lift_rows(plan, lift, uses, found):
            cells.put(sheet, row, 1, lift)
            cells.put(sheet, row, 2, _basis_name(key.basis) + (f", cycle {key.cycle}" if key.cycle > 1 else ""))
            found[key] = f"C{row}"
            cells.formula(sheet, row, 3, value, "input" if value is None else "input formula")
            cells.put(sheet, row, 4, help_text)
            row += 1
    if not found:
        cells.put(sheet, row, 1,
                  "This programme's loads are RPE, bodyweight or fixed weights: there is nothing to enter.")
    if program.ongoing:
        _paragraph(cells, sheet, row + 1, f"After the last week: {program.ongoing}", 4, 110)
    _widths(sheet, (24, 20, 12, 70))
    _page(sheet)
    return found


def _lift_rows(plan: Plan, lift: str, uses: list[MaxKey], cells: dict[MaxKey, str]):
    """(key, formula or None for an input, help) for one lift's numbers, in order.

    A generator: the caller files each row's cell before the next row's formula refers to it.
    """
    keys = [key for key in uses if key.lift == lift]
    bases = list(dict.fromkeys(key.basis for key in keys))
    if TRAINING_MAX in bases:  # worked out from the 1RM, whose row must come first even when a TM load came first
        if ONE_RM in bases:
            bases.remove(ONE_RM)
        bases.insert(bases.index(TRAINING_MAX), ONE_RM)
    for basis in bases:
        base = MaxKey(lift, basis)
        if basis == TRAINING_MAX:
            one_rm, share = cells[MaxKey(lift, ONE_RM)], _num(plan.program.training_max)
            yield base, f'=IF(ISNUMBER({one_rm}),{one_rm}*{share}/100,"")', (
                f"{share}% of your 1RM. Type over it to set your own training max.")
        elif basis == START:
            yield base, None, "The weight you start with: one you can lift for every set and rep with good form."
        elif basis == ONE_RM:
            yield base, None, "The most you can lift once with good form (a recent best, or an estimate)."
        else:
            yield base, None, f"The most you can lift for {basis[:-2]} reps with good form."
        previous = base
        for key in sorted((k for k in keys if k.basis == basis and k != base), key=lambda k: (k.cycle, _kg(k))):
            if not previous.add or previous.unit == key.unit:
                amount, unit = key.add - previous.add, key.unit
            else:  # increases in both units: the difference in kg
                amount, unit = round(_kg(key) - _kg(previous), 4), "kg"
            before = cells[previous]
            if amount:
                yield key, f'=IF(ISNUMBER({before}),{before}+{in_unit(amount, unit, FACTOR_CELL)},"")', (
                    f"The cycle before's plus {_num(amount)} {unit}. After a stall, type the number you will use.")
            else:
                yield key, f'=IF(ISNUMBER({before}),{before},"")', (
                    "The same as the cycle before's. After a stall or a re-test, type the number you will use.")
            previous = key


# ---------------------------------------------------------------- phase sheets


def _header(cells: _Cells, sheet: Worksheet, log: _Log) -> None:
    unit = _ref(UNIT_CELL)
    extra = RULE_COLUMNS if log.on else ()
    for column, text in enumerate(SHEET_COLUMNS + extra, start=1):
        if column == LOAD_COLUMN:
            cells.formula(sheet, HEADER_ROW, column, f'="Load ("&{unit}&")"', "header")
        elif text == "Done weight":
            cells.formula(sheet, HEADER_ROW, column, f'="Done ("&{unit}&")"', "header")
        else:
            cells.put(sheet, HEADER_ROW, column, text, "header")
    _widths(sheet, (6, 24, 5, 10, 20, 9, 8, 10, 8, 9, 44) + (RULE_WIDTHS if log.on else ()))
    if log.on:  # the rules' own cells, folded away: a reader who wants them opens the group
        first = FIRST_RULE_COLUMN + len(SHOWN_RULE_COLUMNS) - 1
        width = RULE_WIDTHS[-1] * DIGIT_PIXELS
        sheet.set_column_pixels(first, first + len(RULE_HELPERS) - 1, width, None, {"hidden": True, "level": 1})
    sheet.freeze_panes(HEADER_ROW, 2)  # the rows above the first set and the order and exercise columns
    sheet.repeat_rows(HEADER_ROW - 1)


def _band(cells: _Cells, sheet: Worksheet, row: int, text: str, style: str) -> None:
    """A heading across the whole width of the sheet: its text runs over the empty cells beside it."""
    cells.put(sheet, row, 1, text, style)
    for column in range(2, len(SHEET_COLUMNS) + 1):
        cells.put(sheet, row, column, None, style)


def _target_text(target: Target | None) -> str:
    if target is None:
        return ""
    return f"{target} ({target.via})" if target.via else str(target)


def load_formulas(lift: str, target: Target | None, cycle: int, cells: dict[MaxKey, str],
                  warmup: bool, barbell: bool = False, first: Target | None = None,
                  offset: str | None = None) -> tuple[str | None, ...]:
    """(load, up to) for one set in a session of `cycle`, as formulas of the inputs; None where there is nothing
    to work out. A warm-up on a `barbell` is never below the bar; one that is a share of a written working weight is
    worked out from the `first` working set's (and, as in the training view, not moved by the rules). `offset` is
    the cell of what the result rules moved the number the load comes from by."""
    if target is None:
        return None, None
    floor = warmup and barbell
    if warmup and target.share is not None and first is not None and first.kind == "weight":
        high = share_formula(first.high, first.unit, target.share, floor) if first.high != first.low else None
        return share_formula(first.low, first.unit, target.share, floor), high
    if warmup and target.kind == "bar":
        return f"={_ref(BAR_CELL)}", None
    key = _key(lift, target, cycle)
    if target.kind == "start" and key in cells:
        return start_formula(cells[key], target.add, target.unit, target.scale, floor, offset), None
    if target.kind == "percent" and key in cells:
        raised = (target.run_add, target.unit)
        high = target_formula(cells[key], target.high, *raised, bar=floor, offset=offset) \
            if target.high != target.low else None
        return target_formula(cells[key], target.low, *raised, bar=floor, offset=offset), high
    if target.kind == "weight":
        exact = not warmup and not target.via  # a written weight stays as written; shares of one round to the step
        moved = None if warmup else offset
        high = weight_formula(target.high, target.unit, exact, moved) if target.high != target.low else None
        return weight_formula(target.low, target.unit, exact, moved), high
    return None, None


def _notes(exercise: PlanExercise) -> str:
    item = exercise.item
    parts = ["Optional." if item.optional else "", exercise.rule, item.notes,
             f"Tempo {item.tempo}." if item.tempo else "",
             ladder_text(list(item.ladder), item.exercise) + "." if item.ladder else "",
             alternatives_text(list(item.alternatives))]
    return " ".join(part for part in parts if part)


@dataclass
class _Log:
    """The result rules' cells (sheetrules.py), on when the plan has an exercise whose rules the sheet can follow;
    `chains` holds where each exercise's last session put its state, from sheet to sheet."""

    on: bool
    chains: dict[str, Link] = field(default_factory=dict)
    title: str = ""  # the sheet being written


def _rule_base(exercise: PlanExercise, cycle: int, inputs: dict[MaxKey, str]) -> str | None:
    """The number the rules act on as the plan has it, a formula blank until its input is filled; None where the
    sheet cannot follow the rules: no rules, a load that is not a start weight, a max or a written weight, or an
    increase in % (the plan raises the percentage itself, not the number the rules act on)."""
    rules, target = exercise.rules, exercise.sets[0].load if exercise.sets else None
    if rules is None or target is None or rules.increase is not None and rules.increase.unit == "%":
        return None
    if target.kind == "weight" and not target.via and target.low is not None:
        return in_unit(target.low, target.unit, _ref(FACTOR_CELL))
    key = _key(exercise.name, target, cycle)
    if key is None or key not in inputs or target.kind not in ("start", "percent"):
        return None
    ref = _ref(inputs[key])
    add = target.add if target.kind == "start" else target.run_add
    raised = f"{ref}+{in_unit(add, target.unit or 'kg', _ref(FACTOR_CELL))}" if add else ref
    return f'IF(ISNUMBER({ref}),{raised},"")'


def _rule_cells(cells: _Cells, sheet: Worksheet, row: int, exercise: PlanExercise, base: str, log: _Log) -> None:
    """The rules' cells on the first working set's row, linked to the exercise's session before."""
    key = chain_key(exercise)
    before = log.chains.get(key)
    if before is not None and before.sheet != log.title:
        before = replace(before, sheet=f"'{before.sheet}'!")
    elif before is not None:
        before = replace(before, sheet="")
    convert = lambda amount, unit: in_unit(amount, unit, _ref(FACTOR_CELL))  # noqa: E731
    found = rule_formulas(exercise, row, base, before, convert)
    for n, name in enumerate(RULE_COLUMNS):
        style = "set" if name in SHOWN_RULE_COLUMNS else "helper"
        cells.formula(sheet, row, FIRST_RULE_COLUMN + n, found.get(name), style)
    log.chains[key] = Link(log.title, row, len(exercise.rules.stages))


def _set_rows(cells: _Cells, sheet: Worksheet, row: int, exercise: PlanExercise, cycle: int,
              inputs: dict[MaxKey, str], log: _Log) -> int:
    each_side = " each side" if exercise.item.each_side else ""
    base = _rule_base(exercise, cycle, inputs) if log.on else None
    first = row + len(exercise.warmups)  # the first working set's row
    offset = f"${RULE_COLUMN['Offset']}${first}" if base is not None else None
    staged = exercise.rules.stages if base is not None else ()
    done_sets: list[tuple[str, PlanSet, bool]] = [(f"W{s.number}", s, True) for s in exercise.warmups]
    done_sets += [(str(s.number), s, False) for s in exercise.sets]
    if staged:  # a row for each set of the longest stage, at the last set's load
        done_sets += [(str(n), replace(exercise.sets[-1], number=n, optional=False), False)
                      for n in range(len(exercise.sets) + 1, row_count(exercise) + 1)]
    for n, (label, done, warmup) in enumerate(done_sets):
        rest = str(exercise.rest) if exercise.rest and not warmup else ""
        notes = _notes(exercise) if n == 0 else ""
        if done.optional:
            notes = " ".join(x for x in (notes, f"Optional set: {exercise.set_count} sets, this one when the day "
                                                "allows.") if x)
        low, high = load_formulas(exercise.name, done.load, cycle, inputs, warmup, exercise.barbell,
                                  exercise.sets[0].load if exercise.sets else None, offset)
        style = "warm-up" if warmup else "set"
        for column, value in enumerate((exercise.order, exercise.name, int(label) if label.isdigit() else label,
                                        str(done.reps) + each_side, _target_text(done.load)), start=1):
            cells.put(sheet, row, column, value, style)
        if staged and not warmup:  # the stage's reps, '—' for a set past its count
            stage = f"${RULE_COLUMN['Stage no.']}${first}"
            cells.formula(sheet, row, 4, stage_reps(exercise.rules, stage, row - first, each_side), style)
        cells.formula(sheet, row, LOAD_COLUMN, low, style)
        cells.formula(sheet, row, HIGH_COLUMN, high, style)
        for column, value in enumerate((None, None, rest), start=HIGH_COLUMN + 1):  # done weight and reps, rest
            cells.put(sheet, row, column, value, style)
        cells.put(sheet, row, len(SHEET_COLUMNS), notes, "notes")
        row += 1
    if base is not None:
        _rule_cells(cells, sheet, first, exercise, base, log)
    if staged:  # greyed: the sets the stage does not have
        sheet.conditional_format(first - 1, 0, row - 2, len(SHEET_COLUMNS) - 1, {
            "type": "formula", "criteria": f'=$D{first}="—"', "format": cells.format("not this stage")})
    return row


def _aside(cells: _Cells, sheet: Worksheet, row: int, label: str, text: str) -> int:
    """A line of the session that is not a set: the label runs over the empty set columns, the text in Notes.

    No merged cells here or in the headings: a heading's text runs over the empty cells beside it anyway.
    """
    cells.put(sheet, row, 2, label, "aside")
    if text:
        cells.put(sheet, row, len(SHEET_COLUMNS), text, "notes")
    return row + 1


def _session(cells: _Cells, sheet: Worksheet, row: int, session: PlanSession, inputs: dict[MaxKey, str],
             log: _Log) -> int:
    day = session.template
    _band(cells, sheet, row, f"Week {session.week} · Session {session.number} · {day.name}", "session")
    row += 1
    for label, text in (("Focus", day.focus), ("Warm-up", day.warmup)):
        if text:
            row = _aside(cells, sheet, row, label, text)
    for entry in session.entries():
        if isinstance(entry, PlanBlock):
            row = _block_rows(cells, sheet, row, entry)
            continue
        sentence, exercises = entry
        superset = exercises[0].slot.superset
        if sentence:
            row = _aside(cells, sheet, row, sentence, superset.notes if superset is not None else "")
        for exercise in exercises:
            row = _set_rows(cells, sheet, row, exercise, session.cycle, inputs, log)
    return row


def _block_rows(cells: _Cells, sheet: Worksheet, row: int, block: PlanBlock) -> int:
    """A conditioning block: what it is, its exercises with their work, then a row for each score to log."""
    heading = f"{block_title(block)} — {block_log_hint(block)}"
    row = _aside(cells, sheet, row, heading, block.notes)
    for order, move, work, load in block_table_rows(block):
        alternatives = alternatives_text([name for name, _ in move.alternatives]) if move else ""
        values = [order, move.name if move else "Rest", None, work, load, None, None, None, None, "",
                  " ".join(x for x in (move.notes if move else "", alternatives) if x)]
        for column, value in enumerate(values, start=1):
            cells.put(sheet, row, column, value, "set")
        row += 1
    for box in block_log_boxes(block):
        values = [block.order, f"Your score: {box}", None, None, None, None, None, None, None, "", ""]
        for column, value in enumerate(values, start=1):
            cells.put(sheet, row, column, value, "set")
        row += 1
    return row


def _phase_sheet(book: Workbook, cells: _Cells, plan: Plan, index: int, inputs: dict[MaxKey, str],
                 taken: set[str], log: _Log) -> None:
    program = plan.program
    phase = program.phases[index]
    weeks = [week for week in plan.weeks if week.phase == index]
    sheet = book.add_worksheet(sheet_title(index + 1, phase.name, taken))
    log.title = sheet.name
    deload = " · deload" if phase.deload else ""
    cells.put(sheet, 1, 1, f"Phase {index + 1}: {phase.name} ({week_span(weeks[0].number, weeks[-1].number)}){deload}",
               "title")
    _paragraph(cells, sheet, 2, phase.notes, len(SHEET_COLUMNS), 130)
    _header(cells, sheet, log)
    row = HEADER_ROW + 1
    breaks = []
    for week in weeks:
        if week is not weeks[0]:
            breaks.append(row - 1)  # each week on a page of its own: a break after the row before
        where = f"cycle {week.cycle} of {phase.cycles}, week {week.week_of_phase} of {phase.weeks}" \
            if phase.cycles > 1 else f"week {week.week_of_phase} of {phase.weeks} in this phase"
        _band(cells, sheet, row, f"Week {week.number} · {where}" + (" · deload" if week.deload else ""), "week")
        row += 1
        for session in week.sessions:
            row = _session(cells, sheet, row, session, inputs, log)
    if program.ongoing and index == len(program.phases) - 1:
        _paragraph(cells, sheet, row + 1, f"After week {weeks[-1].number}: {program.ongoing}", len(SHEET_COLUMNS), 130)
    sheet.set_h_pagebreaks(breaks)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    _page(sheet)


def xlsx_bytes(plan: Plan) -> bytes:
    """The workbook's file, the same bytes every time: fixed properties, and XlsxWriter's fixed zip entry times."""
    raw = io.BytesIO()
    book = Workbook(raw, {"in_memory": True})
    book.set_properties({"author": plan.program.title, "created": STAMP})
    cells = _Cells(book)
    inputs = _inputs(book, cells, plan)
    taken: set[str] = set()
    log = _Log(any(_rule_base(e, s.cycle, inputs) is not None for s in plan.sessions for e in s.exercises))
    for index in range(len(plan.program.phases)):
        _phase_sheet(book, cells, plan, index, inputs, taken, log)
    book.close()
    return raw.getvalue()


def write_xlsx(plan: Plan, target) -> None:
    with open(target, "wb") as file:
        file.write(xlsx_bytes(plan))
