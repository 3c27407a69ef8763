"""The page a preview (`make serve`) shows instead of the site while the last build failed.

It lists the same messages the terminal shows, one `file:line: field: what is wrong` per item, and is
self-contained (inline style, no theme files), because a failed build leaves no site to borrow from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader

__all__ = ["Line", "lines", "render_error_page"]

# "programs/x.yml:23: phases[0]...": the place, then what to do.
_PLACED = re.compile(r"^(?P<where>[^\s:][^:]*:\d+):\s(?P<what>.*)$")


@dataclass(frozen=True)
class Line:
    where: str  # "file:line", or "" for a line that names no place (a heading, a plain error)
    what: str


def lines(messages: list[str]) -> list[Line]:
    """Every non-blank line of the error messages, with file:line split off where there is one."""
    found = []
    for message in messages:
        for text in message.splitlines():
            text = text.strip()
            if text:
                placed = _PLACED.match(text)
                found.append(Line(placed["where"], placed["what"]) if placed else Line("", text))
    return found


def render_error_page(messages: list[str], site_name: str) -> str:
    env = Environment(loader=PackageLoader("studio", "templates"), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    return env.get_template("build_error.html.j2").render(lines=lines(messages), site_name=site_name)
