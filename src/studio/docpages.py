"""The owner's Markdown pages in docs/: front matter and directives, checked before the build.

MkDocs reads these pages too; we read them first so that every mistake in them is
reported at once, with its line, together with the programme problems.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .calls import NONE
from .directives import Directive, find_directives
from .model import Text
from .problems import ContentError, Problem, did_you_mean
from .validation import problems_from
from .yamlsource import Document, parse_yaml, read_text

FRONT = re.compile(r"\A(---[ \t]*\n)(.*?\n)(?:---|\.\.\.)[ \t]*\n", re.S)
POSTS = "blog/posts/"


class Offer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    name: Text
    price: float = Field(ge=0, le=100_000, description="In pounds, e.g. 55.")
    description: str = ""


class PageMeta(BaseModel):
    """The front matter fields we read; Material's own (template, hide, date...) pass through."""

    model_config = ConfigDict(extra="allow", frozen=True, str_strip_whitespace=True)

    title: Text | None = None
    description: str | None = Field(None, min_length=1, max_length=300)
    cta: str | None = Field(None, description="A call-to-action id, or none.")
    related: list[Text] = Field(default_factory=list, description="Programme names (their file names).")
    service: Text | None = None
    offers: list[Offer] = Field(default_factory=list)


@dataclass
class DocPage:
    src: str  # relative to docs/
    meta: PageMeta
    body_line: int  # file line of the body's first line
    directives: list[Directive] = field(default_factory=list)
    front: Document | None = None  # for the lines of front matter fields

    def line_of(self, *loc) -> int:
        return self.front.line_of(loc) if self.front else 1

    @property
    def is_article(self) -> bool:
        return self.src.startswith(POSTS)


def split_front_matter(text: str) -> tuple[str, str, int]:
    """(front matter with its lines kept in place, body, file line where the body starts)."""
    match = FRONT.match(text)
    if not match:
        return "", text, 1
    front = "\n" + match.group(2)  # YAML line n is file line n
    return front, text[match.end():], match.group(0).count("\n") + 1


def read_page(path: Path, src: str) -> tuple[DocPage | None, list[Problem]]:
    name = f"docs/{src}"
    try:
        text = read_text(path, name)
    except ContentError as error:
        return None, error.problems
    front, body, body_line = split_front_matter(text)
    problems: list[Problem] = []
    meta, doc = PageMeta(), None
    if front.strip():
        try:
            doc = parse_yaml(front, name)
        except ContentError as error:
            return None, error.problems
        if not isinstance(doc.data, dict):
            return None, [Problem(name, 2, "", "the front matter between the --- lines must be fields (name: value)")]
        try:
            meta = PageMeta.model_validate(doc.data)
        except ValidationError as error:
            problems += problems_from(error, doc, PageMeta)
    directives, found = find_directives(body, body_line)
    problems += [Problem(name, line, "", message) for line, message in found]
    return DocPage(src, meta, body_line, directives, doc), problems


def check_page(page: DocPage, programs: set[str] | None, styles: set[str] | None, calls: set[str] | None) -> list[Problem]:
    """Cross-file rules: every id a page names must exist. A set is None when its file did not load."""
    name = f"docs/{page.src}"
    problems: list[Problem] = []

    def unknown(kind: str, word: str, choices: set[str], add: str) -> str:
        hint = did_you_mean(word, sorted(choices))
        return f"there is no {kind} '{word}'; {hint}{add}"

    meta = page.meta
    if page.is_article:
        for key in ("title", "description"):
            if getattr(meta, key) is None:
                problems.append(Problem(name, 1, key, f"an article needs a {key}; add '{key}: ...' to the front matter"))
    if meta.cta is not None and meta.cta != NONE and calls is not None and meta.cta not in calls:
        problems.append(Problem(name, page.line_of("cta"), "cta", unknown(
            "call to action", meta.cta, calls, f"use one of {', '.join(sorted(calls))}, or none")))
    for i, slug in enumerate(meta.related):
        if programs is not None and slug not in programs:
            problems.append(Problem(name, page.line_of("related", i), f"related[{i}]", unknown(
                "programme", slug, programs, "use the programme's file name without .yml")))
    for directive in page.directives:
        problems += [Problem(name, directive.line, "", m)
                     for m in _check_directive(directive, page, programs, styles, calls, unknown)]
    return problems


def _check_directive(d: Directive, page: DocPage, programs, styles, calls, unknown) -> list[str]:
    items = d.items

    def missing(known: set[str] | None) -> list[str]:
        return [] if known is None else [i for i in items if i not in known]
    if d.kind == "compare styles":
        if not items:
            return ["[[compare styles]] needs style ids after a colon, e.g. [[compare styles: strength, hypertrophy]]"]
        if items == ["all"]:
            return []
        return [unknown("training style", i, styles, "use ids from data/styles.yml, or all") for i in missing(styles)]
    if d.kind == "compare programmes":
        wrong = [unknown("programme", i, programs, "use the programme's file name without .yml")
                 for i in missing(programs)]
        if not 2 <= len(items) <= 4:
            wrong.insert(0, f"[[compare programmes]] takes 2 to 4 programmes, not {len(items)}, e.g. "
                            "[[compare programmes: move-well-first, strength-and-size]]")
        return wrong
    if d.kind == "call to action" and d.argument and calls is not None and d.argument not in calls:
        return [unknown("call to action", d.argument, calls, f"use one of {', '.join(sorted(calls))}")]
    if d.kind == "pull quote" and not d.argument:
        return ["[[pull quote]] needs its text after a colon, e.g. [[pull quote: Move well, then load.]]"]
    if d.kind == "prices" and not page.meta.offers:
        return ["[[prices]] shows the page's offers, but the front matter has none; add offers: with a name and price each"]
    if d.kind in ("prices", "programme picker") and d.argument:
        return [f"[[{d.kind}]] takes nothing after it; write just [[{d.kind}]]"]
    return []
