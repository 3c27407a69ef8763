"""The one-line directives owners put in Markdown: `[[compare styles: strength, hypertrophy]]`.

Each directive is one entry in KINDS: its name, the other spellings it accepts, how its argument is
checked (with the page's file line, before the build) and how it is rendered (by the block renderer,
views/blocks.py). Adding a directive is one entry here, its renderer method, and its tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from studio.common import did_you_mean
from studio.content.fences import Fences


class _FrontMatter(Protocol):
    offers: list


class DocPage(Protocol):
    """What a directive's check reads of its page (studio.content.pages.DocPage, which uses this registry)."""

    @property
    def meta(self) -> _FrontMatter: ...

LINE = re.compile(r"^\s*\[\[(.*)\]\]\s*$")
OPENING = re.compile(r"^\s*\[\[")
USAGE = "[[compare styles: strength, hypertrophy]]"


@dataclass(frozen=True)
class Directive:
    line: int  # in the whole file
    kind: str
    argument: str

    @property
    def items(self) -> list[str]:
        return [part.strip() for part in self.argument.split(",") if part.strip()]


@dataclass(frozen=True)
class Known:
    """The ids a page may name; a set is None when its file did not load, so nothing is checked against it."""

    programs: set[str] | None
    styles: set[str] | None
    calls: set[str] | None
    authors: set[str] | None = None  # from docs/blog/.authors.yml


def unknown_id(kind: str, word: str, choices: set[str], allowed: str) -> str:
    return f"there is no {kind} '{word}'; {did_you_mean(word, sorted(choices))}{allowed}"


def _missing(items: list[str], known: set[str] | None) -> list[str]:
    return [] if known is None else [i for i in items if i not in known]


def _takes_nothing(d: Directive) -> list[str]:
    return [f"[[{d.kind}]] takes nothing after it; write just [[{d.kind}]]"] if d.argument else []


# ---------------------------------------------------------------- checks: (directive, page, known) -> messages


def _check_styles(d: Directive, page: DocPage, known: Known) -> list[str]:
    if not d.items:
        return ["[[compare styles]] needs style ids after a colon, e.g. [[compare styles: strength, hypertrophy]]"]
    if d.items == ["all"]:
        return []
    return [unknown_id("training style", i, known.styles, "use ids from data/styles.yml, or all")
            for i in _missing(d.items, known.styles)]


def _check_programmes(d: Directive, page: DocPage, known: Known) -> list[str]:
    wrong = [unknown_id("programme", i, known.programs, "use the programme's file name without .yml")
             for i in _missing(d.items, known.programs)]
    if not 2 <= len(d.items) <= 4:
        wrong.insert(0, f"[[compare programmes]] takes 2 to 4 programmes, not {len(d.items)}, e.g. "
                        "[[compare programmes: move-well-first, strength-and-size]]")
    return wrong


def _check_call(d: Directive, page: DocPage, known: Known) -> list[str]:
    if d.argument and known.calls is not None and d.argument not in known.calls:
        return [unknown_id("call to action", d.argument, known.calls, f"use one of {', '.join(sorted(known.calls))}")]
    return []


def _check_quote(d: Directive, page: DocPage, known: Known) -> list[str]:
    return [] if d.argument else ["[[pull quote]] needs its text after a colon, e.g. [[pull quote: Move well, then load.]]"]


def _check_prices(d: Directive, page: DocPage, known: Known) -> list[str]:
    if not page.meta.offers:
        return ["[[prices]] shows the page's offers, but the front matter has none; add offers: with a name and price each"]
    return _takes_nothing(d)


# ---------------------------------------------------------------- the registry


class Renders(Protocol):
    """What draws the directives: studio.views.blocks.BlockRenderer, a layer above, which reads this registry."""

    def compare_styles(self, keys: list[str]) -> str: ...
    def compare_programmes(self, slugs: list[str], url: str) -> str: ...
    def call_to_action(self, src: str, url: str, chosen: str | None = None, anchor: str = "cta") -> str: ...
    def pull_quote(self, text: str) -> str: ...
    def prices(self, src: str) -> str: ...
    def picker(self, url: str) -> str: ...


Check = Callable[[Directive, DocPage, Known], list[str]]
Render = Callable[[Renders, Directive, str, str], str]  # (renderer, directive, page src, page url)


@dataclass(frozen=True)
class Kind:
    name: str
    aliases: tuple[str, ...]
    check: Check
    render: Render


KINDS = {kind.name: kind for kind in (
    Kind("compare styles", ("compare style",), _check_styles, lambda r, d, src, url: r.compare_styles(d.items)),
    Kind("compare programmes", ("compare programs",), _check_programmes,
         lambda r, d, src, url: r.compare_programmes(d.items, url)),
    Kind("call to action", ("cta",), _check_call,
         lambda r, d, src, url: r.call_to_action(src, url, d.argument or None, anchor=f"cta-{d.line}")),
    Kind("pull quote", ("pullquote",), _check_quote, lambda r, d, src, url: r.pull_quote(d.argument)),
    Kind("prices", (), _check_prices, lambda r, d, src, url: r.prices(src)),
    Kind("programme picker", ("program picker",), lambda d, page, known: _takes_nothing(d),
         lambda r, d, src, url: r.picker(url)),
)}
_SPELLINGS = {alias: kind.name for kind in KINDS.values() for alias in kind.aliases}


def find_directives(body: str, first_line: int) -> tuple[list[Directive], list[tuple[int, str]]]:
    """Directives in a page body whose first line is `first_line` of the file; and (line, message) problems."""
    found: list[Directive] = []
    problems: list[tuple[int, str]] = []
    fences = Fences()
    # Only \n ends a line here, as in MkDocs and in render_directives; splitlines() would also split on
    # characters pasted from word processors (U+2028, form feed) and put the lines out of step.
    for number, text in enumerate(body.split("\n"), start=first_line):
        if fences.is_code(text) or not OPENING.match(text):
            continue
        match = LINE.match(text)
        if not match:
            problems.append((number, f"a directive must be on one line and end with ]], like {USAGE}"))
            continue
        name, _, argument = match.group(1).partition(":")
        spelled = " ".join(name.lower().split())
        kind = _SPELLINGS.get(spelled, spelled)
        if kind not in KINDS:
            problems.append((number, f"unknown directive '[[{name.strip()}]]'; {did_you_mean(kind, list(KINDS))}"
                                     f"use one of {', '.join(f'[[{k}]]' for k in KINDS)}"))
            continue
        found.append(Directive(number, kind, argument.strip()))
    return found, problems


def check_directive(d: Directive, page: DocPage, known: Known) -> list[str]:
    return KINDS[d.kind].check(d, page, known)
