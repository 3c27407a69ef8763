"""The articles as an Atom feed (RFC 4287), written with the standard library's XML serializer."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, time, timezone

ATOM = "http://www.w3.org/2005/Atom"
FEED_PATH = "feed.xml"


@dataclass(frozen=True)
class Entry:
    title: str
    url: str  # absolute
    summary: str
    published: date
    updated: date
    authors: tuple[str, ...]
    categories: tuple[str, ...] = ()


def _stamp(day: date) -> str:
    return datetime.combine(day, time(6, 0), timezone.utc).isoformat()


def atom_feed(title: str, site_url: str, entries: list[Entry]) -> bytes:
    """Newest first; the feed's own updated time is its newest entry's, so unchanged articles give an unchanged file."""
    ET.register_namespace("", ATOM)
    entries = sorted(entries, key=lambda e: (e.published, e.url), reverse=True)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", site_url)
    _text(feed, "title", title)
    newest = max((e.updated for e in entries), default=date(2000, 1, 1))
    _text(feed, "updated", _stamp(newest))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=site_url + FEED_PATH)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=site_url)
    for item in entries:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", item.url)
        _text(entry, "title", item.title)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=item.url)
        _text(entry, "published", _stamp(item.published))
        _text(entry, "updated", _stamp(item.updated))
        for name in item.authors or (title,):
            _text(ET.SubElement(entry, f"{{{ATOM}}}author"), "name", name)
        for category in item.categories:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=category)
        _text(entry, "summary", item.summary)
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text
