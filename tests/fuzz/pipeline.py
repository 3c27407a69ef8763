"""The whole pipeline, as the build runs it, on a content tree; and the property every input must meet.

Loading and checking (studio.site.load.load_site), then everything studio.render.renderer.Renderer makes for the
MkDocs hook: every generated page, block and structured data, the feed, and every download (PDF,
spreadsheet, CSV, JSON, calendar), called directly, without MkDocs, so an input takes a fraction of
a second rather than a whole build.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import openpyxl

from studio import ContentError, Problem
from studio.render import Published, Renderer
from studio.site import Booking, Studio, load_site

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "tests" / "site"
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
    check_problems(site.catalog.warnings, root)
    _outputs(site, root)
    COUNTS["accepted"] += 1
    return "accepted"


def _outputs(site, root: Path) -> None:
    """What the MkDocs hook asks of the renderer, in the order a build asks it."""
    renderer = Renderer(site)
    (root / "schemas").symlink_to(ROOT / "schemas")
    with tempfile.TemporaryDirectory() as cache:
        outputs = renderer.outputs(root, Path(cache))
        for output in outputs:
            if output.source is not None:
                if output.source.stat().st_size == 0:
                    raise Finding(f"{output.path} is empty")
                if output.path.endswith(".xlsx"):
                    _check_sheet(output.source)
            elif not output.content:
                raise Finding(f"{output.path} came out empty")
    published = []
    for src, page in site.pages.items():
        url = src.removesuffix(".md").removesuffix("index") + "/"
        text = (root / "docs" / src).read_text(encoding="utf-8-sig")
        renderer.page_markdown(src, text, url)
        renderer.page_content(src, url, "")
        renderer.page_jsonld(src, SITE_URL + url, ["Fuzz Author"])
        published.append(Published(src, SITE_URL + url, ("Fuzz Author",), ("Strength",)))
    renderer.feed("Fuzz Studio", published)


def no_script_runs(markdown_text: str) -> None:
    """The oracle for accepted articles, written apart from the build's own policy (studio.content.htmlpolicy):
    the body as Python-Markdown publishes it, read by BeautifulSoup, has no element or attribute that runs code."""
    import markdown
    from bs4 import BeautifulSoup

    body = markdown_text.split("\n---\n", 1)[-1]
    html = markdown.Markdown(extensions=["abbr", "attr_list", "footnotes", "md_in_html", "tables",
                                         "pymdownx.superfences"]).convert(body)
    for element in BeautifulSoup(html, "html.parser").find_all(True):
        if element.name in ("script", "object", "embed", "base", "meta", "form", "frame", "frameset", "applet"):
            raise Finding(f"an accepted article publishes <{element.name}>")
        for name, value in element.attrs.items():
            value = " ".join(value) if isinstance(value, list) else value
            if name.startswith("on") or name == "srcdoc":
                raise Finding(f"an accepted article publishes {name}= on <{element.name}>")
            squeezed = "".join(ch for ch in value if ch not in "\t\n\r").strip().lower()
            if name in ("href", "src", "action", "xlink:href", "data", "formaction") and squeezed.startswith(
                    ("javascript:", "vbscript:", "data:")):
                raise Finding(f"an accepted article publishes {name}={value!r} on <{element.name}>")


def _check_sheet(path: Path) -> None:
    """Excel repairs (and so damages) a workbook with a cell over 32,767 characters, a sheet title over 31
    or a row taller than 409 points."""
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        if len(sheet.title) > 31:
            raise Finding(f"the sheet title {sheet.title!r} is longer than 31 characters")
        for number, row in sheet.row_dimensions.items():
            if row.height is not None and row.height > 409:
                raise Finding(f"row {number} of {sheet.title!r} is {row.height:g} points tall, more than Excel's 409")
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str) and len(value) > 32_767:
                    raise Finding(f"a spreadsheet cell holds {len(value):,} characters, more than Excel's 32,767")
