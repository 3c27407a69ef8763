"""The spans a programme prescribes across all its sets: reps per set, rest between sets, and loads.

They describe a whole plan in one line each (for schema.org's ExercisePlan), where the pages show
every set. Week-by-week changes count too. Timed sets and open-ended AMRAP sets have no rep count and
are left out of the rep span; loads worked out from another day's load are left out of the load spans.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.format import Load, Pair, Program, Rest, Superset

_KINDS = ("percent", "rpe", "rir")


@dataclass(frozen=True)
class Spans:
    reps: tuple[int, int] | None  # fewest and most reps in a counted set
    rest: tuple[int, int] | None  # shortest and longest rest, in seconds
    loads: tuple[str, ...]  # e.g. ("65–90% 1RM", "RPE 6–9"), one per kind (and max) used


def program_spans(program: Program) -> Spans:
    counts: list[int] = []
    rests: list[Rest] = []
    loads: dict[tuple[str, str], list[float]] = {}
    for phase in program.phases:
        for day in phase.days:
            for slot in day.exercises:
                if isinstance(slot, (Superset, Pair)) and slot.rest:
                    rests.append(slot.rest)
            for item in day.members():
                if item.rest:
                    rests.append(item.rest)
                changes = item.weeks or []
                for reps in (*item.reps, *(r for c in changes for r in c.reps or ())):
                    counts += [n for n in (reps.low, reps.high) if n and reps.seconds is None]
                for load in (*(item.load or ()), *(x for c in changes for x in c.load or ())):
                    if load.kind in _KINDS and load.basis != "day":
                        loads.setdefault((load.kind, load.basis), []).extend((load.low, load.high))
    order = sorted(loads, key=lambda key: (_KINDS.index(key[0]), key[1]))
    return Spans(
        (min(counts), max(counts)) if counts else None,
        (min(r.low for r in rests), max(r.high for r in rests)) if rests else None,
        tuple(str(Load(kind, min(loads[kind, basis]), max(loads[kind, basis]), basis=basis)) for kind, basis in order),
    )
