"""Lengths that are right for the reader, where a long text would crowd a card, a heading or a table cell.

Longer prose (descriptions, progression, warm-ups) has no limit: every output wraps
it and carries it over pages. These limits are listed in the owner's guide ("Lengths"); they
are checked on the file as written, so they are reported beside any other mistake in it.
"""

from __future__ import annotations

from studio.common import Problem, format_path
from studio.format.yamlsource import Document

_EXERCISE = ("phases", "*", "days", "*", "exercises", "*")
_MEMBER = _EXERCISE + ("superset", "*")
_TABLE_NOTE = ("a note sits in a cell of the plan's table, on the page and in the PDF (put longer advice in the "
               "phase's notes)")
_NAME = "it names a table row, a heading or a log sheet"

PROGRAMME_LIMITS: list[tuple[tuple, int, str]] = [
    (("title",), 80, "a title heads the catalogue card and every page of the PDF"),
    (("readiness", "*"), 200, "each readiness check is one line of a tick list"),
    (("equipment", "*"), 40, "kit shows in the catalogue filters"),
    (("tags", "*"), 40, "tags show on the catalogue card"),
    (("phases", "*", "name"), 60, _NAME),
    (("phases", "*", "notes"), 2000, "a phase's notes fill one cell of the spreadsheet; put more in the description"),
    (("phases", "*", "days", "*", "name"), 60, _NAME),
    (("phases", "*", "days", "*", "focus"), 100, "the focus follows the day's name in its heading"),
    (_EXERCISE + ("notes",), 300, _TABLE_NOTE),
    (_MEMBER + ("notes",), 300, _TABLE_NOTE),
    (_EXERCISE + ("rule",), 250, "a rule sits in the plan's table and under the exercise on every log sheet"),
    (_MEMBER + ("rule",), 250, "a rule sits in the plan's table and under the exercise on every log sheet"),
]
# A page address is a folder name on the web server, and the downloads' file names repeat it.
MAX_SLUG = 80
LIBRARY_LIMITS: list[tuple[tuple, int, str]] = [
    (("exercises", "*", "name"), 60, "an exercise's name is its page title and names it in every table and log sheet"),
    (("exercises", "*", "cues", "*"), 200, "each cue is one short line"),
    (("equipment", "*"), 40, "kit shows in the catalogue filters"),
    (("muscles", "*"), 40, "muscle groups label the figures' rows"),
]


def _found(data, pattern: tuple, loc: tuple = ()):
    if not pattern:
        yield loc, data
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        if isinstance(data, list):
            for index, item in enumerate(data):
                yield from _found(item, rest, loc + (index,))
    elif isinstance(data, dict) and head in data:
        yield from _found(data[head], rest, loc + (head,))


def check_lengths(doc: Document, limits: list[tuple[tuple, int, str]]) -> list[Problem]:
    problems: dict[tuple, Problem] = {}
    for pattern, limit, why in limits:
        for loc, value in _found(doc.data, pattern):
            if isinstance(value, str) and len(value.strip()) > limit:
                problems[loc] = Problem(doc.name, doc.line_of(loc), format_path(loc),
                                        f"is {len(value.strip()):,} characters long; keep it to {limit}: {why}")
    return list(problems.values())
