"""The whole pipeline, as the build runs it, on a content tree; and the property every input must meet.

Loading and checking (studio.site.load_site), every generated page and block, and every download
(PDF, spreadsheet, CSV, JSON, calendar) are called directly, without MkDocs, so one input takes
milliseconds rather than a whole build.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import openpyxl

from studio import ContentError, Problem
from studio.downloads.calendar import calendar_bytes, first_monday
from studio.downloads.data import json_text, program_data
from studio.downloads.pdf import write_pdf
from studio.downloads.rows import set_groups
from studio.downloads.sheet import write_xlsx
from studio.downloads.table import write_csv
from studio.settings import Booking, Studio
from studio.site import load_site
from studio.views.blocks import BlockRenderer, render_directives
from studio.views.jsonld import page_jsonld
from studio.views.pages import render_site

STUDIO = Studio(name="Fuzz Studio", city="Leeds", email="hi@fuzz.example",
                booking=Booking(personal_training="https://fuzz.example/pt", sports_massage="https://fuzz.example/m",
                                presale="https://fuzz.example/p"))
SITE_URL = "https://fuzz.example/"
TODAY = date(2026, 11, 22)

# How many inputs went through, and how they ended; `make fuzz` prints these.
COUNTS = {"inputs": 0, "accepted": 0, "refused": 0}


class Finding(AssertionError):
    """The property failed: a problem that names no file or line, or an output that was not made."""


def write_tree(root: Path, files: dict[str, str | bytes]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8", newline="")


def check_problems(problems: list[Problem], root: Path) -> None:
    """Every problem names a file of the tree (or one the owner must create) and a line inside it."""
    for problem in problems:
        if not problem.file or not problem.message:
            raise Finding(f"a problem without a file or message: {problem!r}")
        if problem.line < 1:
            raise Finding(f"a problem without a line: {problem}")
        path = root / problem.file
        if path.is_file() and os.access(path, os.R_OK):
            lines = path.read_bytes().count(b"\n") + 1
            if problem.line > lines:
                raise Finding(f"line {problem.line} is past the end of {problem.file} ({lines} lines): {problem}")
        elif not path.parent.exists() and problem.file.count("/") > 1:
            raise Finding(f"a problem names a file in no folder of the site: {problem}")


def run(root: Path) -> str:
    """Load, check, render and download everything under `root`; 'accepted' or 'refused'.

    Raises Finding, or lets any other exception through, when the property fails.
    """
    COUNTS["inputs"] += 1
    try:
        site = load_site(root, root / "docs", STUDIO, SITE_URL, TODAY)
    except ContentError as error:
        if not error.problems:
            raise Finding("a ContentError with no problems") from None
        check_problems(error.problems, root)
        COUNTS["refused"] += 1
        return "refused"
    catalog = site.catalog
    check_problems(catalog.warnings, root)
    _render(site, root)
    _downloads(catalog, root)
    COUNTS["accepted"] += 1
    return "accepted"


def _render(site, root: Path) -> None:
    catalog = site.catalog
    articles = {p.slug: [(a.meta.title, a.src) for a in site.articles_about(p.slug)] for p in catalog.programs}
    pages = render_site(catalog, articles)
    blocks = BlockRenderer(site)
    pages["programs/compare.md"] = blocks.compare_page()
    for src, page in site.pages.items():
        url = src.removesuffix(".md").removesuffix("index") + "/"
        text = (root / "docs" / src).read_text(encoding="utf-8-sig")
        pages[src] = render_directives(text, lambda d, src=src, url=url: blocks.directive(d, src, url))
        pages[src] += blocks.end_of_page(src, url)
        page_jsonld(site, src, SITE_URL + url, ["Fuzz Author"])
    for src, text in pages.items():
        if not isinstance(text, str) or not text.strip():
            raise Finding(f"the page {src} came out empty")


def _downloads(catalog, root: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for program in catalog.programs:
            lookup = catalog.exercise
            data = program_data(program, lookup)
            json_text(data)
            calendar_bytes(data, STUDIO.name, SITE_URL, first_monday(TODAY))
            write_csv(set_groups(program, lookup), out / "p.csv")
            write_xlsx(program, lookup, out / "p.xlsx")
            write_pdf(program, lookup, STUDIO, SITE_URL, out / "p.pdf")
            for ext in ("csv", "xlsx", "pdf"):
                if (out / f"p.{ext}").stat().st_size == 0:
                    raise Finding(f"the {ext} of {program.slug} is empty")
            _check_sheet(out / "p.xlsx")


def _check_sheet(path: Path) -> None:
    """Excel repairs (and so damages) a workbook with a cell over 32,767 characters or a sheet title over 31."""
    book = openpyxl.load_workbook(path, read_only=True)
    for sheet in book.worksheets:
        if len(sheet.title) > 31:
            raise Finding(f"the sheet title {sheet.title!r} is longer than 31 characters")
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str) and len(value) > 32_767:
                    raise Finding(f"a spreadsheet cell holds {len(value):,} characters, more than Excel's 32,767")
