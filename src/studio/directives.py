"""The one-line directives owners put in Markdown: `[[compare styles: strength, hypertrophy]]`.

Finding and checking them is here; turning them into HTML is in views/blocks.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .problems import did_you_mean

LINE = re.compile(r"^\s*\[\[(.*)\]\]\s*$")
OPENING = re.compile(r"^\s*\[\[")
FENCE = re.compile(r"^\s*(```|~~~)")

# The directives there are; the owner's guide explains each one's argument.
KINDS = ("compare styles", "compare programmes", "call to action", "pull quote", "prices", "programme picker")
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
    # Only \n ends a line here, as in MkDocs and in render_directives; splitlines() would also split on
    # characters pasted from word processors (U+2028, form feed) and put the lines out of step.
    for number, text in enumerate(body.split("\n"), start=first_line):
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
            hint = did_you_mean(kind, list(KINDS))
            problems.append((number, f"unknown directive '[[{name.strip()}]]'; {hint}"
                                     f"use one of {', '.join(f'[[{k}]]' for k in KINDS)}"))
            continue
        found.append(Directive(number, kind, argument.strip()))
    return found, problems
