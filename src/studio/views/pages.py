"""Render the catalogue into site pages: src path -> Markdown text with escaped HTML blocks."""

from __future__ import annotations

import html
import posixpath
import re

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ..catalog import Catalog
from ..downloads.paths import DOWNLOADS, download_href
from ..model import GOALS, LEVELS, ExerciseInfo, Program, Superset
from . import labels
from ..urls import page_url, relative_url
from .prose import is_safe_url, render_prose

CATALOGUE = "programs/index.md"
EXERCISE_INDEX = "exercises/index.md"


def program_page(program: Program) -> str:
    return f"programs/{program.slug}.md"


def exercise_page(info: ExerciseInfo) -> str:
    return f"exercises/{info.slug}.md"


def href(from_src: str, to_src: str) -> str:
    return relative_url(page_url(from_src), page_url(to_src))


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def md_escape(text: str) -> Markup:
    """Text safe to put in a Markdown heading: HTML-escaped, Markdown syntax neutralised."""
    return Markup(_MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False)))


def front_matter(title: str, description: str) -> str:
    # MkDocs' theme templates do not autoescape, so these are escaped here.
    meta = {"title": html.escape(title), "description": html.escape(description)}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("studio", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["md_escape"] = md_escape
    env.filters["prose"] = lambda text: Markup(render_prose(text))
    env.filters["safe_url"] = lambda url: url if url and is_safe_url(url) else None
    env.tests["instance_of_superset"] = lambda value: isinstance(value, Superset)
    env.globals.update(labels=labels, href=href, Superset=Superset, GOAL_LABELS=labels.GOAL_LABELS,
                       program_page=program_page, exercise_page=exercise_page,
                       downloads=DOWNLOADS, download_href=download_href)
    return env


class SiteRenderer:
    """Renders every generated page of a catalogue."""

    def __init__(self, catalog: Catalog, articles: dict[str, list[tuple[str, str]]] | None = None):
        self.catalog = catalog
        self.articles = articles or {}  # programme slug -> [(title, src of the article)]
        self.env = environment()

    def render(self) -> dict[str, str]:
        pages = {CATALOGUE: self.catalogue(), EXERCISE_INDEX: self.exercise_index()}
        for program in self.catalog.programs:
            pages[program_page(program)] = self.program(program)
        for info in self.catalog.library.exercises:
            pages[exercise_page(info)] = self.exercise(info)
        return pages

    def _page(self, template: str, src: str, title: str, description: str, **context) -> str:
        body = self.env.get_template(template).render(src=src, catalog=self.catalog, **context)
        return front_matter(title, description) + body

    def program(self, program: Program) -> str:
        src = program_page(program)
        articles = [(title, posixpath.relpath(to, posixpath.dirname(src))) for title, to in self.articles.get(program.slug, [])]
        return self._page("program.md.j2", src, program.title, program.summary, program=program,
                          figures=self.catalog.figures(program), styles=self.catalog.goal_styles, articles=articles)

    def catalogue(self) -> str:
        programs = self.catalog.programs
        filters = {
            "goals": [(g, labels.GOAL_LABELS[g]) for g in GOALS if any(g in p.goal for p in programs)],
            "levels": [lv for lv in LEVELS if any(p.level == lv for p in programs)],
            "sessions": sorted({p.sessions_per_week for p in programs}),
            "minutes": sorted({p.session_minutes for p in programs}),
            "equipment": sorted({kit for p in programs for kit in p.equipment}),
        }
        return self._page("catalogue.md.j2", CATALOGUE, "Programmes",
                          "Sample training programmes to browse, filter and follow.",
                          programs=programs, filters=filters)

    def exercise(self, info: ExerciseInfo) -> str:
        src = exercise_page(info)
        description = info.summary or f"How to do the {info.name.lower()}, and the programmes that use it."
        return self._page("exercise.md.j2", src, info.name, description, info=info,
                          programs=self.catalog.programs_using(info))

    def exercise_index(self) -> str:
        exercises = sorted(self.catalog.library.exercises, key=lambda e: e.name.lower())
        uses = {e.slug: len(self.catalog.programs_using(e)) for e in exercises}
        return self._page("exercises.md.j2", EXERCISE_INDEX, "Exercise library",
                          "Every exercise in the studio's programmes, with coaching cues.",
                          exercises=exercises, uses=uses)


def render_site(catalog: Catalog, articles: dict[str, list[tuple[str, str]]] | None = None) -> dict[str, str]:
    return SiteRenderer(catalog, articles).render()
