"""LibreOffice Calc opens the CSV and the spreadsheet and shows coach's notes as text, never as formulas."""

from __future__ import annotations

import shutil

import openpyxl
import pytest
from readers import libreoffice_recalculate
from samples import FORMULA_NOTES, program_with_notes

from studio import load_catalog
from studio.downloads import set_groups, write_csv, write_xlsx

pytestmark = pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice Calc: run scripts/ensure-libreoffice.sh")
# Comma-separated, double quotes, UTF-8, from line 1; formulas evaluated, as when a reader opens the file.
CSV_AS_OPENED = "CSV:44,34,76,1"


def shown(path) -> set:
    """Every value Calc computed and saved, as a reader sees it."""
    book = openpyxl.load_workbook(path, data_only=True)
    return {cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row}


@pytest.fixture
def catalog(site):
    site.program(program_with_notes())
    return load_catalog(site.root)


def test_calc_shows_spreadsheet_notes_as_written(catalog, tmp_path):
    source = tmp_path / "p.xlsx"
    write_xlsx(catalog.plan(catalog.programs[0]), source)
    assert set(FORMULA_NOTES) <= shown(libreoffice_recalculate(source, tmp_path))


def test_calc_shows_csv_notes_as_text_behind_the_quote(catalog, tmp_path):
    source = tmp_path / "p.csv"
    write_csv(set_groups(catalog.plan(catalog.programs[0])), source)
    sheet = openpyxl.load_workbook(libreoffice_recalculate(source, tmp_path, CSV_AS_OPENED), data_only=True).active
    header = [cell.value for cell in sheet[1]]
    notes = {row[header.index("notes")] for row in sheet.iter_rows(min_row=2, values_only=True)} - {None}
    # Calc computed nothing ("=1+1" would show 2) and shows each note whole, after OWASP's quote.
    assert notes == {"'" + note for note in FORMULA_NOTES}
