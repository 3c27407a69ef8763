"""The training view of a programme, /programs/<slug>/train/: the plan to run at the gym.

The page holds every session of the expanded plan as plain HTML, so without JavaScript it reads as the plan
week by week. With JavaScript, overrides/assets/training.js builds the session being trained from the
programme's JSON download (the same plan, resolved), ticks sets, times rests and keeps the log on the device;
the load calculator's form and script (calculator.js) are on the page too, so the weights come from the
lifter's own numbers, worked out by the one calculator.
"""

from __future__ import annotations

import json

from jinja2 import Environment

from studio.caching import TRAINING_VIEWS
from studio.catalog import Catalog
from studio.format import Program
from studio.presentation import session_anchor, training_page
from studio.views.pages import calculator, front_matter


def search_text(program: Program) -> str:
    """What search finds a training view by: only what it is for, so a search for an exercise finds the programme."""
    return f"Train {program.title} at the gym: tick off sets, time rests and keep your log on this device."


def training_view(env: Environment, catalog: Catalog, program: Program) -> str:
    """The training view's Markdown (front matter and HTML blocks), kept between builds like the programme page."""
    key = catalog.page_key(program)
    make = lambda: _render(env, catalog, program)  # noqa: E731
    return make() if key is None else TRAINING_VIEWS.get(json.dumps(["training", key]), make)


def _render(env: Environment, catalog: Catalog, program: Program) -> str:
    plan = catalog.plan(program)
    src = training_page(program.slug)
    body = env.get_template("train.md.j2").render(src=src, catalog=catalog, program=program, plan=plan,
                                                  calculator=calculator(plan), anchor=session_anchor)
    return front_matter(f"Train: {program.title}",
                        f"Run {program.title} at the gym: every session's sets, weights and rests, "
                        "with a log that stays on your device.") + body
