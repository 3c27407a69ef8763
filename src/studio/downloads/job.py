"""One programme's download job: what a worker process needs to make its missing files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path

from studio.catalog import Cell
from studio.downloads.data import ProgramData, program_data
from studio.format import ExerciseInfo, Program
from studio.plan import Plan, expand
from studio.site import Studio


def first_monday(today: date) -> date:
    """The first Monday after `today` (a week later when today is a Monday)."""
    return today + timedelta(days=7 - today.weekday())


@dataclass
class Job:
    """One programme's missing files, with everything needed to make them in another process."""

    program: Program
    exercises: dict[str, ExerciseInfo]
    comparison: list[Cell]
    studio: Studio
    site_url: str
    start: date
    targets: dict[str, Path]  # ext -> cache file to write

    def lookup(self, name: str) -> ExerciseInfo:
        return self.exercises[name]

    @cached_property
    def plan(self) -> Plan:
        # Expanded in the worker, like the data: the build process need not hold every programme's plan.
        return expand(self.program, self.lookup)

    @cached_property
    def data(self) -> ProgramData:
        # Made in the worker that writes the files: at 1,000 programmes, every programme's data held by the
        # build process at once was over a gigabyte.
        return program_data(self.plan, self.lookup, self.comparison)
