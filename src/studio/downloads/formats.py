"""The download formats: one entry each. Adding a format is one entry here, its writer and its tests.

Each entry says how the file is named and described on the page, how it is written, and which
libraries shape its bytes (their versions are part of the cache key).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studio.downloads.job import Job


@dataclass(frozen=True)
class Format:
    ext: str
    label: str  # on the programme page
    hint: str  # what the file is for, beside the label
    write: Callable[[Job, Path], None]
    libraries: tuple[str, ...] = ()  # packages whose version changes the file
    branded: bool = False  # prints the studio's details or the site's address, so its key includes them
    dated: bool = False  # depends on the start date, so its key includes it
    compared: bool = False  # carries the compare table's column, which also depends on the styles and the library


def _pdf(job: Job, target: Path) -> None:
    from studio.downloads.pdf import write_pdf  # ReportLab is imported only when a PDF is made

    write_pdf(job.plan, job.lookup, job.studio, job.site_url, target)


def _xlsx(job: Job, target: Path) -> None:
    from studio.downloads.sheet import write_xlsx

    write_xlsx(job.plan, target)


def _csv(job: Job, target: Path) -> None:
    from studio.downloads.rows import plan_rows
    from studio.downloads.table import write_csv

    write_csv(plan_rows(job.plan), target)


def _json(job: Job, target: Path) -> None:
    from studio.downloads.data import json_text

    target.write_text(json_text(job.data), encoding="utf-8")


def _ics(job: Job, target: Path) -> None:
    from studio.downloads.calendar import calendar_bytes

    target.write_bytes(calendar_bytes(job.data, job.studio.name, job.site_url, job.start))


FORMATS = (
    Format("pdf", "Printable PDF", "plan and weekly log sheets", _pdf, ("reportlab",), branded=True),
    Format("xlsx", "Spreadsheet", "enter your maxes, loads work themselves out", _xlsx, ("xlsxwriter",)),
    Format("csv", "CSV", "a row per week, session and exercise", _csv),
    Format("json", "JSON", "the data, for developers", _json, ("pydantic",), compared=True),
    Format("ics", "Calendar", "every session, from the Monday after the site's last update", _ics,
           ("icalendar",), branded=True, dated=True),
)
