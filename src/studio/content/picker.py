"""The "Which programme is for me?" questions, as data the owner edits: data/picker.yml.

The scoring runs in the reader's browser (overrides/assets/picker.js); this module
checks the questions and turns them and the catalogue into the JSON the page embeds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from studio.catalog import Catalog, load_data_file
from studio.common import Problem, did_you_mean
from studio.format import LEVELS, Document, Program, StrictModel, Text

PICKER_FILE = "data/picker.yml"


class Experience(StrictModel):
    """One answer to 'How much have you trained?' and the hardest programme level it opens."""

    answer: Text = Field(description="What the reader sees, e.g. 'New to training, or coming back after a long break'.")
    level: Literal[LEVELS] = Field(description="The hardest programme level to suggest: beginner, intermediate or advanced.")  # type: ignore[valid-type]


class Check(StrictModel):
    """A yes/no readiness question; 'no' steers the reader to the programme in if_not_ready."""

    question: Text = Field(description="Phrased so that 'yes' means ready, e.g. 'Can you hold a plank for 30 seconds?'.")
    if_no: Text = Field(description="One sentence shown to a reader who answers no: why to start with the easier programme.")


class Picker(StrictModel):
    """data/picker.yml."""

    if_not_ready: str = Field(description="The programme (its file name) for readers who answer no to any check.")
    experience: list[Experience] = Field(min_length=2, max_length=6)
    readiness: list[Check] = Field(min_length=1, max_length=8)


def load_picker(root: Path, slugs: set[str] | None) -> tuple[Picker | None, list[Problem]]:
    """The picker file, checked; `slugs` are the programmes (None when they failed to load)."""
    def check(picker: Picker, doc: Document) -> list[Problem]:
        if slugs is None or picker.if_not_ready is None or picker.if_not_ready in slugs:
            return []
        hint = did_you_mean(picker.if_not_ready, sorted(slugs))
        return [Problem(doc.name, doc.line_of(("if_not_ready",)), "if_not_ready",
                        f"there is no programme '{picker.if_not_ready}'; {hint}use a programme's file name without .yml")]

    return load_data_file(root, PICKER_FILE, Picker, check, None)


def picker_data(picker: Picker, catalog: Catalog, link) -> dict:
    """What the browser scores: the programmes' facts and each check's 'no' explanation."""
    return {
        "levels": list(LEVELS),
        "ifNotReady": picker.if_not_ready,
        "experience": [e.level for e in picker.experience],
        "ifNo": [c.if_no for c in picker.readiness],
        "programs": [_program_facts(p, link(p)) for p in catalog.programs],
    }


def _program_facts(program: Program, url: str) -> dict:
    return {
        "slug": program.slug,
        "title": program.title,
        "url": url,
        "goal": list(program.goal),
        "level": program.level,
        "sessions": program.sessions_per_week,
        "minutes": program.session_minutes,
        "equipment": list(program.equipment),
    }

