"""Problems found in the owner's content, reported all at once."""

from __future__ import annotations

import difflib
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake: where it is and what to do about it."""

    file: str
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class ContentError(Exception):
    """Raised when content cannot be published; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        heading = f"{count} problem{'s' if count != 1 else ''} in the site content:"
        return "\n".join([heading, *(f"  {p}" for p in self.problems)])


def format_path(loc: tuple) -> str:
    """('phases', 0, 'days', 1) -> 'phases[0].days[1]'."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def suggest(word: str, choices: list[str]) -> list[str]:
    """Close matches for a misspelling, swapped letters first ('rset' -> 'rest')."""
    by_lower = {c.lower(): c for c in choices}
    lowered = word.lower()
    swapped = [c for c in by_lower if sorted(c) == sorted(lowered) and c != lowered]
    close = difflib.get_close_matches(lowered, list(by_lower), n=3, cutoff=0.6)
    return [by_lower[c] for c in dict.fromkeys(swapped + close)][:3]


def did_you_mean(word: str, choices) -> str:
    """"did you mean 'x'? " for the closest choice, or nothing; messages put it before what is allowed."""
    guess = suggest(word, list(choices))
    return f"did you mean '{guess[0]}'? " if guess else ""
