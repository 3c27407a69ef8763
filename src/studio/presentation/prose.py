"""Markdown from YAML fields, rendered as data: raw HTML is shown as text, links must be safe."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

_SAFE_SCHEME = re.compile(r"^(https?:|mailto:|tel:)", re.I)
_ANY_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def is_safe_url(url: str) -> bool:
    """http(s), mailto and tel links, or links within the site."""
    url = url.strip()
    return bool(_SAFE_SCHEME.match(url)) or not _ANY_SCHEME.match(re.sub(r"[\s\x00-\x1f]", "", url))


class _SafeLinks(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for attribute in ("href", "src"):
                value = element.get(attribute)
                if value is not None and not is_safe_url(value):
                    del element.attrib[attribute]
            if element.tag == "a" and _SAFE_SCHEME.match(element.get("href", "")):
                element.set("rel", "noopener")


class _NoRawHtml(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_SafeLinks(md), "safe_links", 0)


_renderer: markdown.Markdown | None = None


def render_prose(text: str) -> str:
    """Owner-written Markdown -> HTML with any HTML in it escaped."""
    global _renderer
    if _renderer is None:  # building a Markdown instance costs more than converting a paragraph
        _renderer = markdown.Markdown(extensions=[_NoRawHtml(), "sane_lists", "smarty"], output_format="html")
    return _renderer.reset().convert(text)
