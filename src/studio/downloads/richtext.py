"""Owner-written Markdown as ReportLab paragraphs.

The Markdown goes through the site's safe prose renderer first (raw HTML shown as text, only
safe links), then this small converter maps its few tags onto ReportLab's paragraph markup.
"""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from studio.presentation import render_prose

_INLINE = {"strong": "b", "b": "b", "em": "i", "i": "i"}
_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}
LINK_COLOUR = "#00796B"


class _Converter(HTMLParser):
    def __init__(self, body: ParagraphStyle, bullet: ParagraphStyle, heading: ParagraphStyle):
        super().__init__(convert_charrefs=True)
        self.styles = {"body": body, "bullet": bullet, "heading": heading}
        self.flowables: list[Paragraph] = []
        self.buffer: list[str] = []
        self.lists: list[list] = []  # [ordered, counter] per open list
        self.links: list[bool] = []  # per open <a>: was it kept?

    def handle_starttag(self, tag, attrs):
        if tag in _INLINE:
            self.buffer.append(f"<{_INLINE[tag]}>")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            # Links within the site mean nothing on paper: their text stays, the link goes.
            absolute = href.startswith(("http://", "https://", "mailto:", "tel:"))
            if absolute:
                self.buffer.append(f'<a href="{escape(href)}" color="{LINK_COLOUR}">')
            self.links.append(absolute)
        elif tag == "br":
            self.buffer.append("<br/>")
        elif tag in ("ul", "ol"):
            self._flush()
            self.lists.append([tag == "ol", 0])
        elif tag in _BLOCKS:
            self._flush()
            if tag == "li" and self.lists:
                self.lists[-1][1] += 1

    def handle_endtag(self, tag):
        if tag in _INLINE:
            self.buffer.append(f"</{_INLINE[tag]}>")
        elif tag == "a":
            if self.links and self.links.pop():
                self.buffer.append("</a>")
        elif tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
        elif tag in _BLOCKS:
            self._flush(heading=tag.startswith("h"), item=tag == "li")

    def handle_data(self, data):
        self.buffer.append(escape(data, quote=False))

    def _flush(self, heading: bool = False, item: bool = False) -> None:
        text = "".join(self.buffer).strip()
        self.buffer = []
        if not text:
            return
        if item and self.lists:
            ordered, count = self.lists[-1]
            bullet = f"{count}." if ordered else "•"
            self.flowables.append(Paragraph(text, self.styles["bullet"], bulletText=bullet))
        else:
            self.flowables.append(Paragraph(text, self.styles["heading" if heading else "body"]))


def prose_flowables(text: str, body: ParagraphStyle, bullet: ParagraphStyle, heading: ParagraphStyle) -> list[Paragraph]:
    converter = _Converter(body, bullet, heading)
    converter.feed(render_prose(text))
    converter.close()
    converter._flush()
    return converter.flowables


def markup(text: str) -> str:
    """Plain text made safe for a ReportLab paragraph."""
    return escape(text, quote=False)
