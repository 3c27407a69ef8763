"""The articles as an Atom feed (RFC 4287), written with the standard library's XML serializer.

Entries carry the whole article as HTML, with every link made absolute (a feed reader has no page to
resolve them against), and the article's share card as an enclosure and a Media RSS thumbnail.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from urllib.parse import urljoin

ATOM = "http://www.w3.org/2005/Atom"
MEDIA = "http://search.yahoo.com/mrss/"
# MkDocs and Python-Markdown write every attribute in double quotes, so a pattern is enough here.
_LINK = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
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
    content: str = ""  # the article's HTML, links already absolute
    image: str = ""  # absolute address of its share card (PNG)


def absolute_html(content: str, page_url: str) -> str:
    """The page's HTML with links and image sources resolved against its address, permalinks dropped."""
    def resolve(match: re.Match) -> str:
        target = urljoin(page_url, html.unescape(match.group(2)))
        return match.group(1) + html.escape(target, quote=True) + match.group(3)
    return _LINK.sub(resolve, _PERMALINK.sub("", content))



def _stamp(day: date) -> str:
    return datetime.combine(day, time(6, 0), timezone.utc).isoformat()


def atom_feed(title: str, site_url: str, entries: list[Entry]) -> bytes:
    """Newest first; the feed's own updated time is its newest entry's, so unchanged articles give an unchanged file."""
    ET.register_namespace("", ATOM)
    ET.register_namespace("media", MEDIA)
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
        if item.content:
            ET.SubElement(entry, f"{{{ATOM}}}content", type="html").text = item.content
        if item.image:
            ET.SubElement(entry, f"{{{ATOM}}}link", rel="enclosure", type="image/png", href=item.image)
            ET.SubElement(entry, f"{{{MEDIA}}}thumbnail", url=item.image, width="1200", height="630")
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text
