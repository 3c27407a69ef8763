"""Where each programme's downloads live on the site: next to its page, /programs/<slug>/."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from ..urls import page_url, program_url

FORMATS = ("pdf", "xlsx", "csv", "json", "ics")


@dataclass(frozen=True)
class Download:
    ext: str
    label: str
    hint: str


DOWNLOADS = (
    Download("pdf", "Printable PDF", "plan and weekly log sheets"),
    Download("xlsx", "Spreadsheet", "enter your maxes, loads work themselves out"),
    Download("csv", "CSV", "one row per set group"),
    Download("json", "JSON", "the data, for developers"),
    Download("ics", "Calendar", "every session, from the Monday after the site's last update"),
)


def site_path(slug: str, ext: str) -> str:
    return f"{program_url(slug)}{slug}.{ext}"


def download_href(src: str, slug: str, ext: str) -> str:
    """Link from the page built from `src` to a programme's download."""
    return posixpath.relpath(site_path(slug, ext), page_url(src) or ".")
