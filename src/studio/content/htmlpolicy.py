"""What HTML a page's Markdown may carry: formatting, yes; anything that runs code or loads another site, no.

Markdown lets an author write raw HTML, and MkDocs publishes it as written, in the page, its excerpt on the
blog and the feed. A guest author's `<script>`, an `onerror` on a picture or a `javascript:` link would run on
every visitor's device, so the build refuses them with the file and line, before anything is published:

- elements that run code or load a page of another site: script, iframe (except the video players below),
  frame, frameset, object, embed, applet, base, meta, link, form;
- any attribute starting with `on` (event handlers) and `srcdoc`;
- links and sources (`href`, `src`, `action`, `formaction`, `poster`, `srcset`, `xlink:href`) other than
  http(s), mailto, tel or an address within the site; in Markdown links and pictures too.

The body is rendered with the site's own Markdown extensions, so code (fenced, indented or inline) that
shows HTML is text, as on the page, and only what would reach a visitor as HTML is checked.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown

from studio.content.fences import Fences
from studio.format import browser_url

REFUSED_ELEMENTS = ("script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link",
                    "form")
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "poster", "srcset", "xlink:href", "data")
PLAYERS = ("www.youtube-nocookie.com", "youtube-nocookie.com", "player.vimeo.com")  # the embeds an iframe may show
_SAFE_SCHEMES = ("http", "https", "mailto", "tel", "")
_TAG_LIKE = re.compile(r"<[A-Za-z/!?]")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SCHEME_LIKE = re.compile(r"(script|data)[\t\n\r ]*:", re.I)  # javascript:, vbscript:, data: (tabs and breaks are dropped)
# The same extensions as mkdocs.yml's markdown_extensions, for what turns into HTML (toc and admonitions do not
# let HTML through that the others would not).
_EXTENSIONS = ["abbr", "attr_list", "footnotes", "md_in_html", "tables", "pymdownx.superfences"]


def html_problems(body: str, first_line: int, directive_lines: frozenset[int] = frozenset()) -> list[tuple[int, str]]:
    """(file line, message) for every piece of HTML in a page body that the policy refuses. Directive lines (file
    lines) are left out: the build replaces them with its own blocks, their text escaped."""
    if directive_lines:
        body = "\n".join("" if first_line + n in directive_lines else line for n, line in enumerate(body.split("\n")))
    if not _TAG_LIKE.search(_COMMENT.sub("", body)) and not _SCHEME_LIKE.search(body):
        # No raw HTML (an article's <!-- more --> is a comment) and no code-running link: most pages, which then
        # cost no extra Markdown render (6-25 ms each; at 150 articles it was a fifth of a warm build).
        return []
    html = markdown.Markdown(extensions=_EXTENSIONS).convert(body)
    checker = _Checker()
    checker.feed(html)
    checker.close()
    lines = body.split("\n")
    return [(first_line + _line_of(lines, needle), message) for needle, message in checker.found]


_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1")


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []  # (text to find the line by, message)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in REFUSED_ELEMENTS and not (tag == "iframe" and self._is_player(values.get("src", ""))):
            players = " (an iframe may only show a video player from YouTube or Vimeo, with an https address)"
            self.found.append((f"<{tag}", f"<{tag}> is not allowed in a page: it could run code or load another site "
                                          f"on every visitor's device; remove it{players if tag == 'iframe' else ''}"))
        for name, value in attrs:
            if name.startswith("on") or name == "srcdoc":
                self.found.append((name, f"the attribute {name}= on <{tag}> runs code on every visitor's device; "
                                         "remove it"))
            elif name in URL_ATTRIBUTES and value:
                urls = [part.strip().split(" ")[0] for part in value.split(",")] if name == "srcset" else [value]
                for url in urls:
                    scheme = browser_url(url).scheme  # lower case, as urlsplit gives it
                    if scheme not in _SAFE_SCHEMES:
                        shown = re.sub(r"[\x00-\x1f]", "", url)[:60]  # as the browser reads it, on one line
                        self.found.append((url, f"the address '{shown}' in <{tag}> is a {scheme}: link, "
                                                         "which can run code; use an http(s), mailto: or tel: "
                                                         "address, or one within the site"))

    handle_startendtag = handle_starttag

    @staticmethod
    def _is_player(src: str) -> bool:
        parts = urlsplit(src)
        return parts.scheme == "https" and parts.hostname in PLAYERS and "@" not in parts.netloc and "\\" not in src


def _line_of(lines: list[str], needle: str) -> int:
    """The first line outside code (fenced blocks and `inline` spans) that holds `needle` (any case), or failing
    that its scheme (an address written with character references), counted from 0; 0 if none does."""
    for text in (needle, needle.split(":", 1)[0] + ":" if ":" in needle else needle):
        fences = Fences()
        pattern = re.compile(re.escape(text), re.I)
        for number, line in enumerate(lines):
            if not fences.is_code(line) and pattern.search(_CODE_SPAN.sub("", line)):
                return number
    return 0
