"""The spans a programme prescribes across all its sets: reps per set, rest between sets, and loads.

They describe a whole plan in one line each (for schema.org's ExercisePlan), where the pages show
every set. Timed sets and open-ended AMRAP sets have no rep count and are left out of the rep span.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Program, Superset
from .values import Load, Rest


@dataclass(frozen=True)
class Spans:
    reps: tuple[int, int] | None  # fewest and most reps in a counted set
    rest: tuple[int, int] | None  # shortest and longest rest, in seconds
    loads: tuple[str, ...]  # e.g. ("65–90% 1RM", "RPE 6–9"), one per kind used


def program_spans(program: Program) -> Spans:
    counts: list[int] = []
    rests: list[Rest] = []
    loads: dict[str, list[float]] = {}
    for phase in program.phases:
        for day in phase.days:
            for slot in day.exercises:
                if isinstance(slot, Superset) and slot.rest:
                    rests.append(slot.rest)
                members = slot.superset if isinstance(slot, Superset) else [slot]
                for item in members:
                    if item.rest:
                        rests.append(item.rest)
                    for reps in item.reps:
                        counts += [n for n in (reps.low, reps.high) if n and reps.seconds is None]
                    for load in item.load or ():
                        if load.kind in ("percent", "rpe", "rir"):
                            loads.setdefault(load.kind, []).extend((load.low, load.high))
    return Spans(
        (min(counts), max(counts)) if counts else None,
        (min(r.low for r in rests), max(r.high for r in rests)) if rests else None,
        tuple(str(Load(kind, min(loads[kind]), max(loads[kind]))) for kind in ("percent", "rpe", "rir") if kind in loads),
    )
