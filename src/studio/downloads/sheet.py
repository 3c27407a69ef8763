"""The spreadsheet download: an Inputs sheet, then one sheet per phase with a row per set.

Loads given as %1RM are formulas over the Inputs sheet, rounded to the plate step with
ROUND(x / step, 0) * step: plain functions that Excel, LibreOffice and Google Sheets all compute.
"""

from __future__ import annotations

import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..model import Program
from ..presentation.labels import phase_title, phase_weeks
from ..presentation.order import slots
from .rows import Lookup, set_targets
from .rows import main_lifts as find_main_lifts

INPUTS = "Inputs"
UNIT_CELL, STEP_CELL = "B4", "B5"
FIRST_LIFT_ROW = 8
HEADER_ROW = 4
COLUMNS = ("Order", "Exercise", "Set", "Reps", "Prescribed load", "Target", "Up to", "Rest", "Tempo", "Notes")
TARGET_COLUMN = COLUMNS.index("Target") + 1

TEAL, TEAL_LIGHT, INPUT_FILL = "00796B", "E0F2F1", "FFF8E1"
_thin = Side(style="thin", color="B2DFDB")
BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
HEAD_FONT = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor=TEAL)
TITLE_FONT = Font(bold=True, size=14, color=TEAL)


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
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def _ref(cell: str) -> str:
    column, row = re.fullmatch(r"([A-Z]+)(\d+)", cell).groups()
    return f"{INPUTS}!${column}${row}"


def target_formula(max_cell: str, percent: float) -> str:
    """The load for `percent` of the max in `max_cell`, to the nearest plate step; blank until a max is entered."""
    lift, step = _ref(max_cell), _ref(STEP_CELL)
    return f'=IF(ISNUMBER({lift}),ROUND({lift}*{percent:g}/100/{step},0)*{step},"")'


def _inputs(book: Workbook, program: Program, lifts: list[str]) -> dict[str, str]:
    sheet = book.active
    sheet.title = INPUTS
    _text(sheet["A1"], f"{program.title}: your numbers")
    sheet["A1"].font = TITLE_FONT
    sheet["A2"] = "Fill in the yellow cells. The phase sheets work out every %1RM load from them."
    sheet["A4"], sheet[UNIT_CELL], sheet["C4"] = "Unit", "kg", "kg or lb"
    sheet["A5"], sheet[STEP_CELL] = "Plate step", f'=IF({UNIT_CELL}="lb",5,2.5)'
    sheet["C5"] = "Loads round to the nearest step: 2.5 kg or 5 lb. Type a number here to use your own."
    unit_choice = DataValidation(type="list", formula1='"kg,lb"', allow_blank=False)
    sheet.add_data_validation(unit_choice)
    unit_choice.add(UNIT_CELL)
    for name, text in (("A", "Main lift"), ("B", "1RM or training max"), ("C", "What to enter")):
        cell = sheet[f"{name}{FIRST_LIFT_ROW - 1}"]
        cell.value, cell.font, cell.fill = text, HEAD_FONT, HEAD_FILL
    cells = {}
    for n, lift in enumerate(lifts):
        row = FIRST_LIFT_ROW + n
        _text(sheet[f"A{row}"], lift)
        cells[lift] = f"B{row}"
        sheet[f"C{row}"] = "The most you can lift once, or your training max; the percentages are of this number."
    if not lifts:
        sheet[f"A{FIRST_LIFT_ROW}"] = "This programme has no %1RM loads, so there is nothing to enter."
    for cell in [UNIT_CELL, STEP_CELL, *cells.values()]:
        sheet[cell].fill = PatternFill("solid", fgColor=INPUT_FILL)
        sheet[cell].border = BORDER
    for column, width in (("A", 28), ("B", 20), ("C", 60)):
        sheet.column_dimensions[column].width = width
    return cells


def _header(sheet, weeks: range) -> None:
    names = [*COLUMNS]
    for week in weeks:
        names += [f"Week {week} weight", f"Week {week} reps"]
    for column, text in enumerate(names, start=1):
        cell = sheet.cell(HEADER_ROW, column, text)
        cell.font, cell.fill, cell.border = HEAD_FONT, HEAD_FILL, BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    sheet.cell(HEADER_ROW, TARGET_COLUMN).value = f'="Target ("&{_ref(UNIT_CELL)}&")"'
    for column, width in zip("ABCDEFGHIJ", (6, 26, 5, 8, 16, 11, 8, 10, 8, 36)):
        sheet.column_dimensions[column].width = width
    for column in range(len(COLUMNS) + 1, len(names) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 10
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 3)


def _phase_sheet(book: Workbook, program: Program, index: int, lookup: Lookup, lift_cells: dict[str, str],
                 taken: set[str]) -> None:
    phase = program.phases[index]
    first, last = phase_weeks(program)[index]
    sheet = book.create_sheet(sheet_title(index + 1, phase.name, taken))
    _text(sheet["A1"], phase_title(program, index))
    sheet["A1"].font = TITLE_FONT
    _text(sheet["A2"], phase.notes)
    _header(sheet, range(first, last + 1))
    log_columns = 2 * (last - first + 1)
    row = HEADER_ROW + 1
    for day in phase.days:
        _text(sheet.cell(row, 1), day.name + (f" · {day.focus}" if day.focus else "")).font = Font(bold=True, color=TEAL)
        sheet.cell(row, 1).fill = PatternFill("solid", fgColor=TEAL_LIGHT)
        row += 1
        for slot in slots(day):
            name = lookup(slot.item.exercise).name
            for target in set_targets(slot.item):
                reps = str(target.reps) + (" each side" if slot.item.each_side else "")
                load = target.load
                values = [slot.order, name, target.number, reps, str(load) if load else "", None, None,
                          str(slot.rest) if slot.rest else "", slot.item.tempo or "",
                          slot.item.notes if target.number == 1 else ""]
                for column, value in enumerate(values, start=1):
                    _text(sheet.cell(row, column), value).border = BORDER
                if load is not None and load.kind == "percent" and name in lift_cells:
                    sheet.cell(row, TARGET_COLUMN, target_formula(lift_cells[name], load.low))
                    if load.high != load.low:
                        sheet.cell(row, TARGET_COLUMN + 1, target_formula(lift_cells[name], load.high))
                for column in range(len(COLUMNS) + 1, len(COLUMNS) + log_columns + 1):
                    sheet.cell(row, column).border = BORDER
                row += 1
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def workbook(program: Program, lookup: Lookup) -> Workbook:
    book = Workbook()
    lift_cells = _inputs(book, program, find_main_lifts(program, lookup))
    taken: set[str] = set()
    for index in range(len(program.phases)):
        _phase_sheet(book, program, index, lookup, lift_cells, taken)
    return book


def write_xlsx(program: Program, lookup: Lookup, target) -> None:
    workbook(program, lookup).save(target)
