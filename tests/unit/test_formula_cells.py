"""Owner text that starts like a formula stays text in the CSV and spreadsheet downloads."""

from __future__ import annotations

import openpyxl
import pytest
from readers import csv_rows
from samples import FORMULA_NOTES, program_with_notes

from studio import load_catalog
from studio.downloads import csv_cell, set_groups, write_csv, write_xlsx


@pytest.mark.parametrize(("text", "cell"), [
    ("=1+1", "'=1+1"), ("+2.5 kg next week", "'+2.5 kg next week"), ("-1 rep", "'-1 rep"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("Slow, then =1+1", "Slow, then =1+1"), ("", ""), ("-2.5", "-2.5"), ("12", "12"),
])
def test_csv_cells_that_start_like_a_formula_get_a_quote(text, cell):
    assert csv_cell(text) == cell


@pytest.fixture
def catalog(site):
    site.program(program_with_notes())
    return load_catalog(site.root)


def test_csv_download_quotes_notes_that_start_like_a_formula(catalog, tmp_path):
    target = tmp_path / "p.csv"
    write_csv(set_groups(catalog.plan(catalog.programs[0])), target)
    rows = csv_rows(target)
    notes = [row["notes"] for row in rows if row["notes"]]
    assert set(notes) == {"'" + note for note in FORMULA_NOTES}
    assert all(not value.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for value in row.values())
    # Every written field that starts with the quote is one of those notes; nothing else changed.
    assert {row["exercise"] for row in rows} == {"Back squat", "Bench press", "Push-up", "Dead bug"}


def test_spreadsheet_keeps_notes_that_start_like_a_formula_as_quoted_text(catalog, tmp_path):
    target = tmp_path / "p.xlsx"
    write_xlsx(catalog.plan(catalog.programs[0]), target)
    book = openpyxl.load_workbook(target)
    cells = {c.value: c for sheet in book.worksheets[1:] for row in sheet.iter_rows() for c in row
             if c.value in FORMULA_NOTES}
    assert set(cells) == set(FORMULA_NOTES)
    assert all(c.data_type == "s" and c.quotePrefix for c in cells.values())
