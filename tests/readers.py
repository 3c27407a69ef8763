"""Open downloads with real readers: pypdf, openpyxl, the csv module, icalendar, jsonschema."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import icalendar
import jsonschema
import openpyxl
from pypdf import PdfReader
from samples import ROOT

from studio.downloads import HEADER_ROW, INPUT_HEADER_ROW, INPUTS, SHEET_COLUMNS


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Extracted text with runs of whitespace as single spaces, for phrase checks."""
    return re.sub(r"\s+", " ", text)


def csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def ics_events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def download_schema() -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / "program-download.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


SESSION_HEADING = re.compile(r"^Week (\d+) · Session (\d+) · (.+)$")


def set_rows(path: Path, data_only: bool = False) -> list[dict]:
    """Every set row (warm-ups too) of every phase sheet: dicts keyed by SHEET_COLUMNS, with the sheet, week,
    session and day template they sit under."""
    book = openpyxl.load_workbook(path, data_only=data_only)
    found = []
    for sheet in book.worksheets[1:]:
        week = session = day = None
        for row in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True):
            if isinstance(row[0], str) and (match := SESSION_HEADING.match(row[0])):
                week, session, day = int(match.group(1)), int(match.group(2)), match.group(3)
            elif row[2] is not None:  # headings, warm-up text and superset sentences have no set
                found.append({"sheet": sheet.title, "week": week, "session": session, "day": day,
                              **dict(zip(SHEET_COLUMNS, row))})
    return found


def input_cells(book: openpyxl.Workbook) -> dict[tuple[str, str], str]:
    """{(lift, number): cell} on the Inputs sheet: ('Back squat', '1RM'), ('Back squat', 'Training max, cycle 2')."""
    sheet = book[INPUTS]
    return {(row[0].value, row[1].value): row[2].coordinate
            for row in sheet.iter_rows(min_row=INPUT_HEADER_ROW + 1) if row[0].value and row[1].value}


def half_up(value: float) -> int:
    """Rounding as spreadsheets' ROUND does it: halves away from zero (Python's round() goes to even)."""
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def libreoffice_recalculate(source: Path, folder: Path, infilter: str | None = None) -> Path:
    """Open `source` in headless LibreOffice Calc and save it as .xlsx, with every formula computed.

    `infilter` picks the import filter and its options, e.g. "CSV:44,34,76,1" for UTF-8 CSV as a reader
    opens it (formulas in cells are evaluated, as by default)."""
    return libreoffice_recalculate_all([source], folder, infilter)[0]


def libreoffice_recalculate_all(sources: list[Path], folder: Path, infilter: str | None = None) -> list[Path]:
    """Recalculate several workbooks (with distinct names) in one start of LibreOffice Calc."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    profile = folder / "lo-profile"
    out = folder / "recalculated"
    # A fresh profile that tells Calc to recalculate OOXML files on load, whatever was cached.
    registry = profile / "user" / "registrymodifications.xcu"
    registry.parent.mkdir(parents=True, exist_ok=True)
    registry.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">'
        "<value>0</value></prop></item>\n</oor:items>\n", encoding="utf-8")
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--calc",
         *([f"--infilter={infilter}"] if infilter else []),
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), *map(str, sources)],
        capture_output=True, text=True, timeout=180 + 30 * len(sources), env={**os.environ, "HOME": str(folder)},
    )
    targets = [out / (source.stem + ".xlsx") for source in sources]
    for target in targets:
        assert target.is_file(), result.stdout + result.stderr
    return targets
