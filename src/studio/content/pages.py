"""The owner's Markdown pages in docs/: front matter and directives, checked before the build.

MkDocs reads these pages too; we read them first so that every mistake in them is
reported at once, with its line, together with the programme problems.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from studio.caching import LOADED, text_digest
from studio.common import ContentError, Problem
from studio.content.calls import NO_CALL
from studio.content.directives import Directive, Known, check_directive, find_directives, unknown_id
from studio.content.htmlpolicy import html_problems
from studio.content.tags import unknown_tag
from studio.format import Document, Line, Text, parse_yaml, problems_from, quote, read_text

FRONT = re.compile(r"\A(---[ \t]*\n)(.*?\n)(?:---|\.\.\.)[ \t]*\n", re.S)
POSTS = "blog/posts/"
AUTHORS_FILE = "docs/blog/.authors.yml"  # Material's blog plugin's default authors_file, under docs/


def author_ids(root: Path) -> set[str] | None:
    """The author ids of the blog's authors file; None when it is missing or not readable as authors, which Material
    reports itself."""
    path = root / AUTHORS_FILE
    if not path.is_file():
        return None
    try:
        data = parse_yaml(read_text(path, AUTHORS_FILE), AUTHORS_FILE, other_tags=True).data
    except ContentError:
        return None
    authors = data.get("authors") if isinstance(data, dict) else None
    return {str(key) for key in authors} if isinstance(authors, dict) else None


class Offer(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, strict=True)

    name: Line
    price: float = Field(ge=0, le=100_000, description="In pounds, e.g. 55.")
    description: str = ""


class PageMeta(BaseModel):
    """The front matter fields we read; Material's own (template, hide, date...) pass through."""

    model_config = ConfigDict(extra="allow", frozen=True, str_strip_whitespace=True, strict=True)

    title: Line | None = None
    description: str | None = Field(None, min_length=1, max_length=300)
    cta: str | None = Field(None, description="A call-to-action id, or none.")
    related: list[Text] = Field(default_factory=list, description="Programme names (their file names).")
    service: Line | None = None
    offers: list[Offer] = Field(default_factory=list)
    tags: list[Text] = Field(default_factory=list, description="Topics, from the list in data/tags.yml.")
    authors: list[Text] = Field(default_factory=list, description=f"An article's authors, by their ids in {AUTHORS_FILE}.")


@dataclass
class DocPage:
    src: str  # relative to docs/
    meta: PageMeta
    body_line: int  # file line of the body's first line
    directives: list[Directive] = field(default_factory=list)
    front: Document | None = None  # for the lines of front matter fields
    failed: frozenset[str] = frozenset()  # front matter fields already reported as wrong: no follow-on messages

    def line_of(self, *loc) -> int:
        return self.front.line_of(loc) if self.front else 1

    @property
    def is_article(self) -> bool:
        return self.src.startswith(POSTS)

    @cached_property
    def dates(self) -> tuple[date | None, date | None]:
        """(published, updated) from the front matter's `date:`; read once for the feed and the structured data."""
        return article_dates((self.meta.model_extra or {}).get("date"))


def article_dates(value: object) -> tuple[date | None, date | None]:
    """Front matter `date:` as Material's blog reads it: a date, or {created, updated}."""
    if isinstance(value, dict):
        created, updated = value.get("created"), value.get("updated")
    else:
        created, updated = value, None
    created = _as_date(created)
    return created, _as_date(updated) or created


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):  # our YAML loader keeps timestamps as written
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return value if isinstance(value, date) else None


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
    page, problems = LOADED.get(("page", src, text_digest(text)), lambda: _read_page(text, name, src))
    return page, list(problems)  # callers add to it


def _read_page(text: str, name: str, src: str) -> tuple[DocPage | None, list[Problem]]:
    front, body, body_line = split_front_matter(text)
    problems: list[Problem] = []
    meta, doc, failed = PageMeta(), None, frozenset()
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
            # The other fields are still read, so the page's other mistakes are found; one wrong field is one
            # message, not also "an article needs a title" for a title that was there but wrong.
            failed = frozenset(str(e["loc"][0]) for e in error.errors() if e["loc"])
            try:
                meta = PageMeta.model_validate({k: v for k, v in doc.data.items() if str(k) not in failed})
            except ValidationError:
                meta = PageMeta()
    directives, found = find_directives(body, body_line)
    html = html_problems(body, body_line, frozenset(d.line for d in directives))
    problems += [Problem(name, line, "", message) for line, message in found + html]
    return DocPage(src, meta, body_line, directives, doc, failed), problems


def check_page(page: DocPage, known: Known, tags: list[str] | None = None) -> list[Problem]:
    """Cross-file rules: every id and tag a page names must exist (tags None: data/tags.yml did not load)."""
    name = f"docs/{page.src}"
    problems: list[Problem] = []
    meta = page.meta
    if page.is_article:
        for key in ("title", "description"):
            if getattr(meta, key) is None and key not in page.failed:
                problems.append(Problem(name, 1, key, f"an article needs a {key}; add '{key}: ...' to the front matter"))
        written = (meta.model_extra or {}).get("date")
        if page.dates[0] is None:  # the blog's archive, the feed and the structured data are dated by it
            loc = ("date", "created") if isinstance(written, dict) and "created" in written else ("date",)
            shown = written["created"] if len(loc) == 2 else written
            problems.append(Problem(name, 1 if written is None else page.line_of(*loc), ".".join(loc), (
                "an article needs a date; add 'date: 2026-11-22' (the day it is published) to the front matter"
                if written is None else
                f"{quote(shown)} is not a date; write the day as YYYY-MM-DD, e.g. date: 2026-11-22, or "
                "created: and updated: dates under date:")))
        elif isinstance(written, dict) and written.get("updated") is not None and _as_date(written["updated"]) is None:
            problems.append(Problem(name, page.line_of("date", "updated"), "date.updated",
                                    f"{quote(written['updated'])} is not a date; write the day as YYYY-MM-DD, "
                                    "e.g. updated: 2026-11-22"))
    if meta.cta is not None and meta.cta != NO_CALL and known.calls is not None and meta.cta not in known.calls:
        problems.append(Problem(name, page.line_of("cta"), "cta", unknown_id(
            "call to action", meta.cta, known.calls, f"use one of {', '.join(sorted(known.calls))}, or none")))
    for i, slug in enumerate(meta.related):
        if known.programs is not None and slug not in known.programs:
            problems.append(Problem(name, page.line_of("related", i), f"related[{i}]", unknown_id(
                "programme", slug, known.programs, "use the programme's file name without .yml")))
    for i, tag in enumerate(meta.tags):
        if tags is not None and tag not in tags:
            problems.append(Problem(name, page.line_of("tags", i), f"tags[{i}]", unknown_tag(tag, tags)))
    for i, author in enumerate(meta.authors):
        if known.authors is not None and author not in known.authors:
            problems.append(Problem(name, page.line_of("authors", i), f"authors[{i}]", unknown_id(
                "author", author, known.authors, f"use one of {', '.join(sorted(known.authors))}, the ids in "
                f"{AUTHORS_FILE}, or add the author there")))
    for directive in page.directives:
        problems += [Problem(name, directive.line, "", m) for m in check_directive(directive, page, known)]
    return problems
