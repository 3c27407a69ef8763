"""How programme facts read on a page."""

from __future__ import annotations

from math import gcd

from ..model import Day, Exercise, Phase, Program
from ..values import Load

GOAL_LABELS = {"strength": "Strength", "hypertrophy": "Muscle size", "general fitness": "General fitness"}


def goal_label(program: Program) -> str:
    labels = [GOAL_LABELS[g] for g in program.goal]
    return " + ".join(labels) + (" (blend)" if len(labels) > 1 else "")


def equipment_label(equipment: list[str]) -> str:
    return ", ".join(equipment) if equipment else "None (bodyweight)"


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def sets_reps(item: Exercise) -> str:
    side = " each side" if item.each_side else ""
    reps = [str(r) for r in item.reps]
    if len(reps) == 1:
        return f"{item.sets} × {reps[0]}{side}"
    runs: list[list] = []
    for target in reps:
        if runs and runs[-1][1] == target:
            runs[-1][0] += 1
        else:
            runs.append([1, target])
    if len(runs) == len(reps):  # every set differs: 3 × 5/3/1
        return f"{item.sets} × {'/'.join(reps)}{side}"
    return ", ".join(f"{count} × {target}" for count, target in runs) + side  # 4 × 5, 1 × 5+


def load_label(loads: tuple[Load, ...] | None) -> str:
    if not loads:
        return ""
    if len(loads) == 1:
        return str(loads[0])
    kinds = {load.kind for load in loads}
    if kinds == {"percent"}:
        return "/".join(str(load).removesuffix("% 1RM") for load in loads) + "% 1RM"
    if kinds == {"rpe"}:
        return "RPE " + "/".join(str(load).removeprefix("RPE ") for load in loads)
    return " / ".join(str(load) for load in loads)


def week_range(program: Program, index: int) -> str:
    """The weeks of the phase at `index`; by position, since equal phases compare equal."""
    start = 1 + sum(p.weeks for p in program.phases[:index])
    end = start + program.phases[index].weeks - 1
    return f"week {start}" if start == end else f"weeks {start}–{end}"


def rotation(program: Program, phase: Phase) -> list[tuple[str, list[Day]]]:
    """The weekly order of day templates, up to the point where it repeats."""
    weeks = program.schedule(phase)
    cycle = len(phase.days) // gcd(len(phase.days), program.sessions_per_week)
    if cycle == 1:
        return [("Each week", weeks[0])]
    return [(f"Week {n + 1}", week) for n, week in enumerate(weeks[:cycle])]
