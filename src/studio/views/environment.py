"""The one Jinja environment a build renders every page and block with (autoescape on)."""

from __future__ import annotations

import html
import re
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from studio.format import amount_text, percent_text, sets_text
from studio.plan import RPE_CHART, SOURCE, SOURCE_URL, groups
from studio.presentation import (
    FIGURES_NOTE,
    GLOSSARY,
    block_summary,
    block_table_rows,
    card_line,
    download_href,
    equipment_label,
    exercise_page,
    exercise_sets,
    facts,
    first_sessions,
    href,
    is_safe_url,
    load_label,
    measures,
    only_weeks_note,
    phase_title,
    plural,
    program_page,
    render_prose,
    rotation,
    sets_reps,
    step_target,
    warmup_note,
)

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def md_escape(text: str) -> Markup:
    """Text safe to put in a Markdown heading: HTML-escaped, Markdown syntax neutralised."""
    return Markup(_MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False)))


@cache  # compiled once per process; Jinja still reloads a template whose file changed
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
    # Numbers as a person writes them (format/numbers.py): `{{ figures.sets_per_week|sets }}`.
    env.filters.update(sets=sets_text, percent=percent_text, amount=amount_text)
    env.globals.update(glossary=GLOSSARY, figures_note=FIGURES_NOTE,
                       rpe_chart=RPE_CHART, chart_source=SOURCE, chart_source_url=SOURCE_URL,
                       groups=groups, href=href, program_page=program_page,
                       exercise_page=exercise_page, download_href=download_href,
                       first_sessions=first_sessions, only_weeks_note=only_weeks_note,
                       # how a programme and a block read (presentation/), as the templates call them
                       card_line=card_line, equipment_label=equipment_label, exercise_sets=exercise_sets, facts=facts,
                       load_label=load_label, measures=measures, phase_title=phase_title, plural=plural, rotation=rotation,
                       sets_reps=sets_reps, warmup_note=warmup_note, block_summary=block_summary,
                       block_table_rows=block_table_rows, step_target=step_target)
    return env
