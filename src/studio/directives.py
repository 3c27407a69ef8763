"""The one-line directives owners put in Markdown: `[[compare styles: strength, hypertrophy]]`.

Finding and checking them is here; turning them into HTML is in views/blocks.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .problems import suggest

LINE = re.compile(r"^\s*\[\[(.*)\]\]\s*$")
OPENING = re.compile(r"^\s*\[\[")
FENCE = re.compile(r"^\s*(```|~~~)")

# name -> (aliases, what its argument is)
KINDS = {
    "compare styles": "style ids separated by commas, or all",
    "compare programmes": "2 to 4 programme names (their file names) separated by commas",
    "call to action": "nothing (the page's own), or a call-to-action id",
    "pull quote": "the quote's text",
    "prices": "nothing",
    "programme picker": "nothing",
}
ALIASES = {"compare programs": "compare programmes", "compare style": "compare styles",
           "cta": "call to action", "program picker": "programme picker", "pullquote": "pull quote"}
USAGE = "[[compare styles: strength, hypertrophy]]"


@dataclass(frozen=True)
class Directive:
    line: int  # in the whole file
    kind: str
    argument: str

    @property
    def items(self) -> list[str]:
        return [part.strip() for part in self.argument.split(",") if part.strip()]


def find_directives(body: str, first_line: int) -> tuple[list[Directive], list[tuple[int, str]]]:
    """Directives in a page body whose first line is `first_line` of the file; and (line, message) problems."""
    found: list[Directive] = []
    problems: list[tuple[int, str]] = []
    fenced = False
    for number, text in enumerate(body.splitlines(), start=first_line):
        if FENCE.match(text):
            fenced = not fenced
        if fenced or not OPENING.match(text):
            continue
        match = LINE.match(text)
        if not match:
            problems.append((number, f"a directive must be on one line and end with ]], like {USAGE}"))
            continue
        name, _, argument = match.group(1).partition(":")
        kind = ALIASES.get(" ".join(name.lower().split()), " ".join(name.lower().split()))
        if kind not in KINDS:
            guess = suggest(kind, list(KINDS))
            hint = f"did you mean '{guess[0]}'? " if guess else ""
            problems.append((number, f"unknown directive '[[{name.strip()}]]'; {hint}"
                                     f"use one of {', '.join(f'[[{k}]]' for k in KINDS)}"))
            continue
        found.append(Directive(number, kind, argument.strip()))
    return found, problems
