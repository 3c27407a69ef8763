"""Each programme's PDF, spreadsheet, CSV, JSON and calendar, from its plan, cached: `formats.py` is the registry and
`build.py` runs the jobs in worker processes.
"""

from studio.downloads.build import Result, build_downloads, start_workers, stop_workers
from studio.downloads.cells import csv_cell
from studio.downloads.data import ProgramData, json_text, program_data, session_lines
from studio.downloads.formats import FORMATS
from studio.downloads.job import first_monday
from studio.downloads.rows import BlockLine, plan_rows, set_groups
from studio.downloads.rulesdata import RulesData, rules_data
from studio.downloads.sheetrules import RULE_COLUMNS, rule_column
from studio.downloads.table import CSV_COLUMNS, csv_text, write_csv

__all__ = [
    # build.py
    "Result", "build_downloads", "start_workers", "stop_workers",
    # calendar.py (imported on first use)
    "calendar_bytes",
    # cells.py
    "csv_cell",
    # data.py
    "ProgramData", "json_text", "program_data", "session_lines",
    # formats.py
    "FORMATS",
    # job.py
    "first_monday",
    # pdf.py (imported on first use)
    "SAFE_Y", "write_pdf",
    # rows.py
    "BlockLine", "plan_rows", "set_groups",
    # rulesdata.py
    "RulesData", "rules_data",
    # sheetrules.py
    "RULE_COLUMNS", "rule_column",
    # sheet.py (imported on first use)
    "BAR_CELL", "HEADER_ROW", "INPUT_HEADER_ROW", "INPUTS", "SHEET_COLUMNS", "STEP_CELL", "UNIT_CELL", "sheet_title",
    "start_formula", "target_formula", "weight_formula", "write_xlsx",
    # table.py
    "CSV_COLUMNS", "csv_text", "write_csv",
]

# Imported on first use, not with the package: ReportLab, XlsxWriter and icalendar load only in the processes
# that write a file (formats.py imports the writers inside its functions for the same reason).
_LAZY = {"calendar_bytes": "calendar", "SAFE_Y": "pdf", "write_pdf": "pdf", "BAR_CELL": "sheet", "HEADER_ROW": "sheet",
         "INPUT_HEADER_ROW": "sheet", "INPUTS": "sheet", "SHEET_COLUMNS": "sheet", "STEP_CELL": "sheet",
         "UNIT_CELL": "sheet", "sheet_title": "sheet", "start_formula": "sheet", "target_formula": "sheet",
         "weight_formula": "sheet", "write_xlsx": "sheet"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
