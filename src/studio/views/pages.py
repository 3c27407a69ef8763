"""The generated pages: catalogue, programmes, exercises and their index, as Markdown with HTML blocks."""

from __future__ import annotations

import dataclasses
import html
import json
import posixpath

import yaml
from jinja2 import Environment
from markupsafe import Markup

from studio.caching import EXERCISE_PAGES, PAGES
from studio.format import GOAL_LABELS, GOALS, LEVELS, ExerciseInfo, Program, named_exercises
from studio.plan import Plan, share_rows
from studio.presentation import (
    CATALOGUE,
    CATALOGUE_URL,
    COMPARE_PAGE,
    COMPARE_URL,
    EXERCISE_INDEX,
    PRIVACY_PAGE,
    download_href,
    equipment_label,
    exercise_page,
    facts,
    program_page,
    relative_url,
    week_table,
)
from studio.site import Site
from studio.views.blocks import BlockRenderer
from studio.views.chart import muscle_chart, weekly_chart
from studio.views.privacy import privacy_body


def front_matter(title: str, description: str) -> str:
    # MkDocs' theme templates do not autoescape, so these are escaped here.
    meta = {"title": html.escape(title), "description": html.escape(description)}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"


INPUT_LABELS = {"1RM": "{lift} 1RM", "start": "{lift} start weight"}


def calculator(plan: Plan) -> dict:
    """What the page's load calculator asks for: a number per lift (`effort`: a 1RM only the RPE chart reads), the
    training max's share of 1RM, whether any load goes on a barbell (the plate breakdown), and the weeks to print."""
    inputs = [{"lift": i.lift, "basis": i.basis, "effort": i.effort,
               "label": INPUT_LABELS.get(i.basis, "{lift} " + i.basis.replace("RM", "-rep max")).format(lift=i.lift)}
              for i in plan.inputs(effort=True)]
    asked = {i["lift"] for i in inputs}
    # A load is worked out from its lift's number, or the one it names (a tier's start weight, another lift's max).
    barbell = any(e.barbell and any(d.load is not None and (d.load.lift or e.name) in asked for d in e.sets)
                  for s in plan.sessions for e in s.exercises)
    return {"inputs": inputs, "training_max": plan.program.training_max, "barbell": barbell,
            "effort": any(i["effort"] for i in inputs) or any(d.chart for s in plan.sessions for e in s.exercises
                                                              for d in e.sets),
            "weeks": len(plan.weeks)}


class PageRenderer:
    """Renders every generated page of a site; `downloads` are the formats each programme links, in order."""

    def __init__(self, site: Site, env: Environment, downloads: list, blocks: BlockRenderer):
        self.site = site
        self.catalog = site.catalog
        self.env = env
        self.downloads = downloads
        self.blocks = blocks  # the compare page's table is the comparison block, filled in the browser
        self.demos: dict = {}  # exercise slug -> studio.outputs.pictures.Demo (resized pictures, video), set before render()
        self.search_texts: dict[str, str] = {}  # page src -> what the search index reads instead of its HTML

    def render(self) -> dict[str, str]:
        pages = {CATALOGUE: self.catalogue(), EXERCISE_INDEX: self.exercise_index(), COMPARE_PAGE: self.compare(),
                 PRIVACY_PAGE: self.privacy()}
        for program in self.catalog.programs:
            pages[program_page(program.slug)] = self.program(program)
        for info in self.catalog.library.exercises:
            pages[exercise_page(info.slug)] = self.exercise(info)
        return pages

    def _page(self, template: str, src: str, title: str, description: str, **context) -> str:
        body = self.env.get_template(template).render(src=src, catalog=self.catalog, downloads=self.downloads,
                                                      **context)
        return front_matter(title, description) + body

    def program(self, program: Program) -> str:
        src = program_page(program.slug)
        # Links to the articles' Markdown files: the blog plugin gives them their URLs later in the build.
        articles = tuple((a.meta.title, posixpath.relpath(a.src, posixpath.dirname(src)))
                         for a in self.site.articles_about(program.slug))
        key = self.catalog.page_key(program)
        make = lambda: (self._program(program, src, articles), self.search_text(program))  # noqa: E731
        # A JSON key: the pages are kept on disk too (Renderer.outputs).
        text, self.search_texts[src] = make() if key is None else PAGES.get(json.dumps([key, articles]), make)
        return text

    def _program(self, program: Program, src: str, articles: tuple) -> str:
        plan, figures = self.catalog.plan(program), self.catalog.figures(program)
        return self._page("program.md.j2", src, program.title, program.summary, program=program, plan=plan,
                          week_tables=[week_table(plan, p) for p in range(len(program.phases))],
                          calculator=calculator(plan), figures=figures, weekly=weekly_chart(figures),
                          muscles=muscle_chart(figures),
                          styles=self.catalog.goal_styles, shares=share_rows(self.catalog.goal_styles),
                          articles=articles)

    def search_text(self, program: Program) -> str:
        """What a reader finds a programme by: its summary, goal, level and every exercise it uses."""
        names = dict.fromkeys(self.catalog.exercise(name).name for _, name, _ in named_exercises(program))
        goals = ", ".join(GOAL_LABELS[g] for g in program.goal)
        return (f"{program.summary} Goal: {goals}. Level: {program.level}. "
                f"Exercises: {', '.join(names)}.")

    def catalogue(self) -> str:
        programs = self.catalog.programs
        filters = {
            "goals": [(g, GOAL_LABELS[g]) for g in GOALS if any(g in p.goal for p in programs)],
            "levels": [lv for lv in LEVELS if any(p.level == lv for p in programs)],
            "sessions": sorted({p.sessions_per_week for p in programs}),
            "minutes": sorted({p.session_minutes for p in programs}),
            "equipment": sorted({kit for p in programs for kit in p.equipment}),
        }
        return self._page("catalogue.md.j2", CATALOGUE, "Programmes",
                          "Sample training programmes to browse, filter and follow.",
                          programs=programs, filters=filters)

    def compare(self) -> str:
        """/programs/compare/: every programme's key facts; compare.js builds the table of the chosen ones from
        their JSON downloads, in the empty table made here, so every row reads as in the articles' tables."""
        programs = self.catalog.programs
        table = self.blocks.programs_table(programs, COMPARE_URL, empty=True) if programs else ""
        body = self.env.get_template("compare.md.j2").render(
            src=COMPARE_PAGE, programs=programs, table=Markup(table),
            fact_labels=[label for label, _ in facts(programs[0])] if programs else [],
            json=download_href(COMPARE_PAGE, "{slug}", "json"), catalogue=relative_url(COMPARE_URL, CATALOGUE_URL))
        return body.strip() + "\n"

    def privacy(self) -> str:
        """/privacy/: what the site keeps and sends, from the settings."""
        body = privacy_body(self.site, self.env, [d.video.host for d in self.demos.values() if d.video])
        return front_matter("Privacy", f"What {self.site.studio.name}'s site keeps on your device, what it sends "
                                       "and to whom, and how to change your mind.") + body

    def exercise(self, info: ExerciseInfo) -> str:
        src = exercise_page(info.slug)
        programs = self.catalog.programs_using(info)
        demo = self.demos.get(info.slug)
        description = info.summary or f"How to do the {info.name.lower()}, and the programmes that use it."
        make = lambda: self._page("exercise.md.j2", src, info.name, description, info=info, name=info.name,  # noqa: E731
                                  programs=programs, demo=demo)
        self.search_texts[src] = self.exercise_search_text(info)
        if not self.catalog.shared_digest:
            return make()
        # Kept by the library (which holds the exercise) and what the page shows of each programme and picture.
        key = ["exercise", info.slug, self.catalog.shared_digest, [[p.slug, p.title, p.summary] for p in programs],
               dataclasses.asdict(demo) if demo is not None else None]
        return EXERCISE_PAGES.get(json.dumps(key, default=str), make)

    @staticmethod
    def exercise_search_text(info: ExerciseInfo) -> str:
        """What a reader finds an exercise by: its summary, muscles, kit and cues. Not the programmes that use it:
        each programme's own entry names its exercises, and indexing the lists made every exercise page a hit for
        a programme's words (and a saved summary sent 20 long lists through the search plugin again)."""
        parts = [info.summary, f"Primary muscles: {', '.join(info.primary)}."]
        if info.secondary:
            parts.append(f"Also works: {', '.join(info.secondary)}.")
        parts += [f"Equipment: {equipment_label(info.equipment)}.", "Coaching cues: " + " ".join(info.cues)]
        return " ".join(part for part in parts if part)

    def exercise_index(self) -> str:
        exercises = sorted(self.catalog.library.exercises, key=lambda e: e.name.lower())
        uses = {e.slug: len(self.catalog.programs_using(e)) for e in exercises}
        return self._page("exercises.md.j2", EXERCISE_INDEX, "Exercise library",
                          "Every exercise in the studio's programmes, with coaching cues.",
                          exercises=exercises, uses=uses)
