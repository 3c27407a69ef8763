"""The "Which programme is for me?" questions, as data the owner edits: data/picker.yml.

This module reads and checks the file and spells the answers the page offers; `ranking.py` says what each
answer costs each programme, `asked.py` which questions can change the ranking, and `pickerpage.py` puts
them together for the page. The browser only adds up the costs (overrides/assets/picker.js).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from studio.catalog import load_data_file
from studio.common import Problem, did_you_mean
from studio.format import GOAL_LABELS, LEVELS, Document, Line, StrictModel, Text

PICKER_FILE = "data/picker.yml"
NOT_SURE = "not sure"
# The answers to "What do you want most?", "Sessions a week" and "Time for each session": (value, label).
# A sessions answer is a range: "6 or more" takes 6 and 7. A minutes answer is the most the reader has.
GOAL_ANSWERS = (*GOAL_LABELS.items(), (NOT_SURE, "Not sure yet"))
SESSIONS = tuple((n, str(n)) for n in range(1, 6)) + ((7, "6 or more"),)
MINUTES = ((30, "Up to 30 minutes"), (45, "Up to 45 minutes"), (60, "Up to an hour"), (75, "Up to 75 minutes"),
           (240, "90 minutes or more"))


class Experience(StrictModel):
    """One answer to 'How much have you trained?' and the hardest programme level it opens."""

    answer: Text = Field(description="What the reader sees, e.g. 'New to training, or coming back after a long break'.")
    level: Literal[LEVELS] = Field(description="The hardest programme level to suggest: beginner, intermediate or advanced.")  # type: ignore[valid-type]


class Check(StrictModel):
    """A yes/no readiness question; 'no' steers the reader to the programme in if_not_ready."""

    question: Text = Field(description="Phrased so that 'yes' means ready, e.g. 'Can you hold a plank for 30 seconds?'.")
    if_no: Text = Field(description="One sentence shown to a reader who answers no: why to start with the easier programme.")


class SmallKit(StrictModel):
    """Light kit that something at home stands in for: a programme that needs it stays a close match."""

    kit: Text = Field(description="A piece of kit from the equipment list in data/exercises.yml, e.g. 'mat'.")
    instead: Line = Field(max_length=100, description="What stands in for it, read after 'needs a mat —', "
                                                      "e.g. 'a towel works'.")


class Picker(StrictModel):
    """data/picker.yml."""

    if_not_ready: str = Field(description="The programme (its file name) for readers who answer no to any check.")
    experience: list[Experience] = Field(min_length=2, max_length=6)
    readiness: list[Check] = Field(min_length=1, max_length=8)
    small_kit: list[SmallKit] = Field(default_factory=list, max_length=20,
                                      description="Kit a reader can do without: what stands in for each.")


def load_picker(root: Path, slugs: set[str] | None,
                equipment: list[str] | None = None) -> tuple[Picker | None, list[Problem]]:
    """The picker file, checked; `slugs` are the programmes and `equipment` the library's kit (None when they
    failed to load)."""
    def check(picker: Picker, doc: Document) -> list[Problem]:
        return _check_programme(picker, doc, slugs) + _check_small_kit(picker, doc, equipment)

    return load_data_file(root, PICKER_FILE, Picker, check, None)


def _check_programme(picker: Picker, doc: Document, slugs: set[str] | None) -> list[Problem]:
    if slugs is None or picker.if_not_ready is None or picker.if_not_ready in slugs:
        return []
    hint = did_you_mean(picker.if_not_ready, sorted(slugs))
    return [Problem(doc.name, doc.line_of(("if_not_ready",)), "if_not_ready",
                    f"there is no programme '{picker.if_not_ready}'; {hint}use a programme's file name without .yml")]


def _check_small_kit(picker: Picker, doc: Document, equipment: list[str] | None) -> list[Problem]:
    problems: list[Problem] = []
    first: dict[str, int] = {}
    for i, entry in enumerate(picker.small_kit or []):
        if entry is None or entry.kit is None:
            continue
        where = ("small_kit", i, "kit")
        line = doc.line_of(where)
        key = entry.kit.lower()
        if key in first:
            problems.append(Problem(doc.name, line, f"small_kit[{i}].kit", f"'{entry.kit}' is listed twice (first on "
                                    f"line {first[key]}); list each piece of kit once"))
            continue
        first[key] = line
        if equipment is not None and key not in {word.lower() for word in equipment}:
            problems.append(Problem(doc.name, line, f"small_kit[{i}].kit", f"'{entry.kit}' is not in the equipment "
                                    f"list of data/exercises.yml; {did_you_mean(entry.kit, equipment)}use kit from "
                                    "that list"))
    return problems
