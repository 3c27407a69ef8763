"""The spreadsheet download, rendered from the expanded plan: an Inputs sheet, then one sheet per phase.

Inputs: the unit (kg or lb), the load step, the factor that turns kilograms into the sheet's unit,
and per lift the numbers `Plan.inputs()` asks for: a 1RM, an N-rep max or a start weight. A lift
loaded on a training max also gets its training max (the programme's percentage of the 1RM, a
formula the lifter may type over) and, in a phase that runs for several cycles, one cell per cycle:
the cycle before's plus the phase's increase, if it has one. Editing cycle 3 after a stall leaves
cycles 1 and 2 as they were, and their loads too.

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
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break
from openpyxl.writer.excel import ExcelWriter

from ..blockplan import PlanBlock
from ..plan import Plan, PlanExercise, PlanSession, PlanSet, Target
from ..presentation import blocks as block_labels
from ..presentation.labels import week_span
from ..values import ONE_RM, TRAINING_MAX
from .cells import starts_like_formula

INPUTS = "Inputs"
UNIT_CELL, STEP_CELL, FACTOR_CELL = "C4", "C5", "C6"
INPUT_HEADER_ROW = 8
HEADER_ROW = 4
LB_PER_KG = 2.20462
START = "start"
COLUMNS = ("Order", "Exercise", "Set", "Reps", "Target", "Load", "Up to", "Done weight", "Done reps", "Rest",
           "Notes")
LOAD_COLUMN, HIGH_COLUMN = COLUMNS.index("Load") + 1, COLUMNS.index("Up to") + 1
# A fixed timestamp, in the file's properties and on every zip entry: the same programme gives the same bytes.
STAMP = datetime(2000, 1, 1)

TEAL, TEAL_LIGHT, INPUT_FILL, FORMULA_FILL = "00796B", "E0F2F1", "FFF8E1", "FFFDF5"
_thin = Side(style="thin", color="B2DFDB")
BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
HEAD_FONT = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor=TEAL)
TITLE_FONT = Font(bold=True, size=14, color=TEAL)
WRAP = Alignment(wrap_text=True, vertical="top")
MAX_ROW_HEIGHT = 409  # points: Excel's tallest row
SESSION_FONT = Font(bold=True, color=TEAL)


def _styles(book: Workbook) -> None:
    """The phase sheets' cell styles, registered once: a named style is one assignment per cell, where setting
    font, fill and border one by one made styling most of the time spent on a workbook."""
    for name, style in {
        "studio set": {"border": BORDER},
        "studio warm-up": {"border": BORDER, "font": Font(color="555555", italic=True)},
        "studio notes": {"border": BORDER, "alignment": WRAP},
        "studio aside": {"font": Font(italic=True)},
        "studio week": {"font": HEAD_FONT, "fill": HEAD_FILL},
        "studio session": {"font": SESSION_FONT, "fill": PatternFill("solid", fgColor=TEAL_LIGHT)},
    }.items():
        book.add_named_style(NamedStyle(name, **style))


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


def _text(cell, value):
    """Put owner text in a cell as text: openpyxl would store '=...' as a formula."""
    cell.value = value
    if starts_like_formula(value):
        cell.data_type = "s"
    return cell


def _quote_formula_text(book: Workbook) -> None:
    """Mark text that starts like a formula with Excel's quote prefix, so a reader who edits the cell
    keeps text ('+2.5 kg' would otherwise become a formula). Done last: setting a cell's named style
    clears the prefix."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "s" and starts_like_formula(cell.value):
                    cell.quotePrefix = True


def _paragraph(sheet, row: int, text: str, columns: int, characters: int) -> None:
    """Owner prose across the first `columns` columns, wrapped: merged, with the row made tall enough by
    hand, since Excel does not fit a merged row's height to its text."""
    if not text:
        return
    cell = _text(sheet.cell(row, 1), text)
    cell.alignment = WRAP
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    lines = sum(-(-max(len(part), 1) // characters) for part in text.splitlines() or [""])
    # Excel repairs a workbook with a row taller than it allows; longer text stays whole in the cell.
    sheet.row_dimensions[row].height = min(15 * lines, MAX_ROW_HEIGHT)


def _ref(cell: str) -> str:
    column, row = re.fullmatch(r"([A-Z]+)(\d+)", cell).groups()
    return f"{INPUTS}!${column}${row}"


def _num(value: float) -> str:
    return f"{value:g}" if not float(value).is_integer() else str(int(value))


def in_unit(amount: float, unit: str, factor: str) -> str:
    """`amount` written in kg or lb, as an expression in the sheet's unit; `factor` is the kg-to-unit cell."""
    if unit == "lb":
        return f"{_num(amount)}/{LB_PER_KG}*{factor}"
    return f"{_num(amount)}*{factor}"


def rounded(expression: str) -> str:
    """`expression` to the nearest load step; a sum is bracketed, since / binds before +."""
    step = _ref(STEP_CELL)
    if "+" in re.sub(r"\([^()]*\)", "", expression):
        expression = f"({expression})"
    return f"ROUND({expression}/{step},0)*{step}"


def target_formula(max_cell: str, percent: float) -> str:
    """The load for `percent` of the max in `max_cell` (on Inputs), to the nearest step; blank until it is filled."""
    lift = _ref(max_cell)
    return f'=IF(ISNUMBER({lift}),{rounded(f"{lift}*{_num(percent)}/100")},"")'


def start_formula(start_cell: str, add: float = 0, unit: str | None = None, scale: float = 1) -> str:
    """`scale` × (the start weight + `add` in `unit`), to the nearest step; blank until a start weight is entered."""
    start = _ref(start_cell)
    total = start if not add else f"{start}+{in_unit(add, unit or 'kg', _ref(FACTOR_CELL))}"
    expression = total if scale == 1 else f"{_num(scale)}*({total})" if add else f"{_num(scale)}*{total}"
    return f'=IF(ISNUMBER({start}),{rounded(expression)},"")'


def weight_formula(weight: float, unit: str, exact: bool = True) -> str:
    """A written weight in the sheet's unit: as written when the units match (unless `exact` is off), else converted."""
    converted = rounded(in_unit(weight, unit, _ref(FACTOR_CELL)))
    if not exact:
        return f"={converted}"
    return f'=IF({_ref(UNIT_CELL)}="{unit}",{_num(weight)},{converted})'


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
    if target.kind == "start":
        return MaxKey(lift, START)
    if target.kind == "percent" and (target.basis in (ONE_RM, TRAINING_MAX) or re.fullmatch(r"\d+RM", target.basis)):
        if target.basis == TRAINING_MAX or target.add:
            return MaxKey(lift, target.basis, cycle, target.add, target.unit if target.add else None)
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


def _inputs(book: Workbook, plan: Plan) -> dict[MaxKey, str]:
    """The Inputs sheet; {number: its cell}."""
    program = plan.program
    sheet = book.active
    sheet.title = INPUTS
    _text(sheet["A1"], f"{program.title}: your numbers")
    sheet["A1"].font = TITLE_FONT
    sheet["A2"] = ("Fill in the yellow cells. Every load on the phase sheets is worked out from them, "
                   "rounded to your load step.")
    rows = [("Unit", "kg or lb", "kg", "Pick kg or lb. Weights and increases written in the other unit are converted."),
            ("Load step", "smallest jump", f'=IF({UNIT_CELL}="lb",5,2.5)',
             "Loads round to the nearest step: 2.5 kg or 5 lb. Type a number to use your own, e.g. 1 with micro plates."),
            ("Your unit per kg", "conversion", f'=IF({UNIT_CELL}="lb",{LB_PER_KG},1)',
             f"Used to convert weights written in kg: {LB_PER_KG} lb in a kg. Leave as it is.")]
    for n, (label, what, value, help_text) in enumerate(rows, start=4):
        sheet[f"A{n}"], sheet[f"B{n}"], sheet[f"C{n}"], sheet[f"D{n}"] = label, what, value, help_text
    unit_choice = DataValidation(type="list", formula1='"kg,lb"', allow_blank=False)
    sheet.add_data_validation(unit_choice)
    unit_choice.add(UNIT_CELL)
    for column, text in zip("ABCD", ("Lift", "Number", "Yours", "What it is")):
        cell = sheet[f"{column}{INPUT_HEADER_ROW}"]
        cell.value, cell.font, cell.fill = text, HEAD_FONT, HEAD_FILL
    cells: dict[MaxKey, str] = {}
    row = INPUT_HEADER_ROW + 1
    uses = needed(plan)
    for lift in dict.fromkeys(key.lift for key in uses):
        for key, value, help_text in _lift_rows(plan, lift, uses, cells):
            _text(sheet[f"A{row}"], lift)
            sheet[f"B{row}"] = _basis_name(key.basis) + (f", cycle {key.cycle}" if key.cycle > 1 else "")
            cells[key] = f"C{row}"
            cell = sheet[f"C{row}"]
            cell.value, cell.border = value, BORDER
            cell.fill = PatternFill("solid", fgColor=INPUT_FILL if value is None else FORMULA_FILL)
            sheet[f"D{row}"] = help_text
            row += 1
    if not cells:
        sheet[f"A{row}"] = "This programme's loads are RPE, bodyweight or fixed weights: there is nothing to enter."
    if program.ongoing:
        _paragraph(sheet, row + 1, f"After the last week: {program.ongoing}", 4, 110)
    for cell in (UNIT_CELL, STEP_CELL):
        sheet[cell].fill, sheet[cell].border = PatternFill("solid", fgColor=INPUT_FILL), BORDER
    for column, width in (("A", 24), ("B", 20), ("C", 12), ("D", 70)):
        sheet.column_dimensions[column].width = width
    return cells


def _lift_rows(plan: Plan, lift: str, uses: list[MaxKey], cells: dict[MaxKey, str]):
    """(key, formula or None for an input, help) for one lift's numbers, in order.

    A generator: the caller files each row's cell before the next row's formula refers to it.
    """
    keys = [key for key in uses if key.lift == lift]
    bases = list(dict.fromkeys(key.basis for key in keys))
    if TRAINING_MAX in bases and ONE_RM not in bases:
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


def _header(sheet) -> None:
    for column, text in enumerate(COLUMNS, start=1):
        cell = sheet.cell(HEADER_ROW, column, text)
        cell.font, cell.fill, cell.border = HEAD_FONT, HEAD_FILL, BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    unit = _ref(UNIT_CELL)
    sheet.cell(HEADER_ROW, LOAD_COLUMN).value = f'="Load ("&{unit}&")"'
    sheet.cell(HEADER_ROW, COLUMNS.index("Done weight") + 1).value = f'="Done ("&{unit}&")"'
    for column, width in enumerate((6, 24, 5, 10, 20, 9, 8, 10, 8, 9, 44), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 3)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"


def _band(sheet, row: int, text: str, style: str) -> None:
    """A heading across the whole width of the sheet: its text runs over the empty cells beside it."""
    _text(sheet.cell(row, 1), text)
    for column in range(1, len(COLUMNS) + 1):
        sheet.cell(row, column).style = style


def _target_text(target: Target | None) -> str:
    if target is None:
        return ""
    return f"{target} ({target.via})" if target.via else str(target)


def load_formulas(lift: str, target: Target | None, cycle: int, cells: dict[MaxKey, str],
                  warmup: bool) -> tuple[str | None, ...]:
    """(load, up to) for one set in a session of `cycle`, as formulas of the inputs; None where there is nothing
    to work out."""
    if target is None:
        return None, None
    key = _key(lift, target, cycle)
    if target.kind == "start" and key in cells:
        return start_formula(cells[key], target.add, target.unit, target.scale), None
    if target.kind == "percent" and key in cells:
        high = target_formula(cells[key], target.high) if target.high != target.low else None
        return target_formula(cells[key], target.low), high
    if target.kind == "weight":
        exact = not warmup and not target.via  # a written weight stays as written; shares of one round to the step
        high = weight_formula(target.high, target.unit, exact) if target.high != target.low else None
        return weight_formula(target.low, target.unit, exact), high
    return None, None


def _notes(exercise: PlanExercise) -> str:
    item = exercise.item
    parts = ["Optional." if item.optional else "", exercise.rule, item.notes,
             f"Tempo {item.tempo}." if item.tempo else "",
             block_labels.ladder_text(list(item.ladder), item.exercise) + "." if item.ladder else "",
             block_labels.alternatives_text(list(item.alternatives))]
    return " ".join(part for part in parts if part)


def _set_rows(sheet, row: int, exercise: PlanExercise, cycle: int, cells: dict[MaxKey, str]) -> int:
    each_side = " each side" if exercise.item.each_side else ""
    done_sets: list[tuple[str, PlanSet, bool]] = [(f"W{s.number}", s, True) for s in exercise.warmups]
    done_sets += [(str(s.number), s, False) for s in exercise.sets]
    for n, (label, done, warmup) in enumerate(done_sets):
        rest = str(exercise.rest) if exercise.rest and not warmup else ""
        notes = _notes(exercise) if n == 0 else ""
        if done.optional:
            notes = " ".join(x for x in (notes, f"Optional set: {exercise.set_count} sets, this one when the day "
                                                "allows.") if x)
        values = [exercise.order, exercise.name, int(label) if label.isdigit() else label, str(done.reps) + each_side,
                  _target_text(done.load), None, None, None, None, rest, notes]
        for column, value in enumerate(values, start=1):
            _text(sheet.cell(row, column), value).style = "studio warm-up" if warmup else "studio set"
        sheet.cell(row, len(COLUMNS)).style = "studio notes"
        low, high = load_formulas(exercise.name, done.load, cycle, cells, warmup)
        sheet.cell(row, LOAD_COLUMN).value = low
        sheet.cell(row, HIGH_COLUMN).value = high
        row += 1
    return row


def _aside(sheet, row: int, label: str, text: str) -> int:
    """A line of the session that is not a set: the label runs over the empty set columns, the text in Notes.

    No merged cells here or in the headings: merging them in openpyxl took a third of a workbook's time.
    """
    _text(sheet.cell(row, 2), label).style = "studio aside"
    if text:
        _text(sheet.cell(row, len(COLUMNS)), text).style = "studio notes"
    return row + 1


def _session(sheet, row: int, session: PlanSession, cells: dict[MaxKey, str]) -> int:
    day = session.template
    _band(sheet, row, f"Week {session.week} · Session {session.number} · {day.name}", "studio session")
    row += 1
    for label, text in (("Focus", day.focus), ("Warm-up", day.warmup)):
        if text:
            row = _aside(sheet, row, label, text)
    for entry in session.entries():
        if isinstance(entry, PlanBlock):
            row = _block_rows(sheet, row, entry)
            continue
        sentence, exercises = entry
        superset = exercises[0].slot.superset
        if sentence:
            row = _aside(sheet, row, sentence, superset.notes if superset is not None else "")
        for exercise in exercises:
            row = _set_rows(sheet, row, exercise, session.cycle, cells)
    return row


def _block_rows(sheet, row: int, block: PlanBlock) -> int:
    """A conditioning block: what it is, its exercises with their work, then a row for each score to log."""
    row = _aside(sheet, row, f"{block_labels.title(block)} — {block_labels.LOG_HINTS[block.kind]}", block.notes)
    for order, move, work, load in block_labels.table_rows(block):
        alternatives = block_labels.alternatives_text([name for name, _ in move.alternatives]) if move else ""
        values = [order, move.name if move else "Rest", None, work, load, None, None, None, None, "",
                  " ".join(x for x in (move.notes if move else "", alternatives) if x)]
        for column, value in enumerate(values, start=1):
            _text(sheet.cell(row, column), value).style = "studio set"
        row += 1
    for box in block_labels.log_boxes(block):
        values = [block.order, f"Your score: {box}", None, None, None, None, None, None, None, "", ""]
        for column, value in enumerate(values, start=1):
            _text(sheet.cell(row, column), value).style = "studio set"
        row += 1
    return row


def _phase_sheet(book: Workbook, plan: Plan, index: int, cells: dict[MaxKey, str], taken: set[str]) -> None:
    program = plan.program
    phase = program.phases[index]
    weeks = [week for week in plan.weeks if week.phase == index]
    sheet = book.create_sheet(sheet_title(index + 1, phase.name, taken))
    deload = " · deload" if phase.deload else ""
    _text(sheet["A1"], f"Phase {index + 1}: {phase.name} ({week_span(weeks[0].number, weeks[-1].number)}){deload}")
    sheet["A1"].font = TITLE_FONT
    _paragraph(sheet, 2, phase.notes, len(COLUMNS), 130)
    _header(sheet)
    row = HEADER_ROW + 1
    for week in weeks:
        if week is not weeks[0]:
            sheet.row_breaks.append(Break(id=row - 1))  # each week on a page of its own
        where = f"cycle {week.cycle} of {phase.cycles}, week {week.week_of_phase} of {phase.weeks}" \
            if phase.cycles > 1 else f"week {week.week_of_phase} of {phase.weeks} in this phase"
        _band(sheet, row, f"Week {week.number} · {where}" + (" · deload" if week.deload else ""), "studio week")
        row += 1
        for session in week.sessions:
            row = _session(sheet, row, session, cells)
    if program.ongoing and index == len(program.phases) - 1:
        _paragraph(sheet, row + 1, f"After week {weeks[-1].number}: {program.ongoing}", len(COLUMNS), 130)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def workbook(plan: Plan) -> Workbook:
    book = Workbook()
    _styles(book)
    cells = _inputs(book, plan)
    taken: set[str] = set()
    for index in range(len(plan.program.phases)):
        _phase_sheet(book, plan, index, cells, taken)
    _quote_formula_text(book)
    book.properties.creator = plan.program.title
    book.properties.created = book.properties.modified = STAMP
    return book


def xlsx_bytes(book: Workbook) -> bytes:
    """The workbook's file, the same bytes every time: fixed properties and zip entry times."""
    raw = io.BytesIO()
    # ExcelWriter, not Workbook.save, which stamps the time of saving into the properties.
    ExcelWriter(book, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED)).save()
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def write_xlsx(plan: Plan, target) -> None:
    with open(target, "wb") as file:
        file.write(xlsx_bytes(workbook(plan)))
