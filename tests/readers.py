"""Open downloads with real readers: pypdf, openpyxl, the csv module, icalendar, jsonschema."""

from __future__ import annotations

import csv
from decimal import ROUND_HALF_UP, Decimal
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import icalendar
import jsonschema
import openpyxl
from pypdf import PdfReader

from samples import ROOT
from studio.downloads.sheet import COLUMNS


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


def set_rows(path: Path, data_only: bool = False) -> list[dict]:
    """Every set row of every phase sheet: dicts keyed by the header row ('Target' for the unit's column)."""
    book = openpyxl.load_workbook(path, data_only=data_only)
    found = []
    for sheet in book.worksheets[1:]:
        header = [*COLUMNS, *(cell.value for cell in sheet[4][len(COLUMNS):])]
        for row in sheet.iter_rows(min_row=5, values_only=True):
            if row[2] is not None:  # day headings have no set number
                found.append({"sheet": sheet.title, **dict(zip(header, row))})
    return found


def half_up(value: float) -> int:
    """Rounding as spreadsheets' ROUND does it: halves away from zero (Python's round() goes to even)."""
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def libreoffice_recalculate(source: Path, folder: Path) -> Path:
    """Open `source` in headless LibreOffice Calc and save it again, with every formula computed."""
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
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180, env={**os.environ, "HOME": str(folder)},
    )
    target = out / source.name
    assert target.is_file(), result.stdout + result.stderr
    return target
