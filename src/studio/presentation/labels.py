"""How programme facts read, whatever the output: page, PDF, spreadsheet, CSV, calendar."""

from __future__ import annotations

from math import gcd

from ..model import Day, Exercise, Phase, Program
from ..values import Load
from ..vocab import GOAL_LABELS


def goal_label(program: Program) -> str:
    labels = [GOAL_LABELS[g] for g in program.goal]
    return " + ".join(labels) + (" (blend)" if len(labels) > 1 else "")


def equipment_label(equipment: list[str]) -> str:
    return ", ".join(equipment) if equipment else "None (bodyweight)"


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def facts(program: Program) -> list[tuple[str, str]]:
    """The programme at a glance, as (label, value): the page, its card, the PDF and the comparisons."""
    return [
        ("Goal", goal_label(program)),
        ("Level", program.level.capitalize()),
        ("Length", plural(program.weeks, "week")),
        ("Sessions", f"{program.sessions_per_week} a week"),
        ("Session length", f"{program.session_minutes} min"),
        ("Equipment", equipment_label(program.equipment)),
    ]


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


def warmup_note(item: Exercise) -> str:
    """'+ 2 warm-up sets' beside the working sets, or nothing."""
    return f"+ {plural(item.warmup_sets, 'warm-up set')}" if item.warmup_sets else ""


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


def phase_weeks(program: Program) -> list[tuple[int, int]]:
    """First and last week of each phase, counted over the programme; by position, since equal phases compare equal."""
    spans, start = [], 1
    for phase in program.phases:
        spans.append((start, start + phase.weeks - 1))
        start += phase.weeks
    return spans


def week_numbers(first: int, last: int) -> str:
    """'4', or '1–4' for a run of weeks."""
    return str(first) if first == last else f"{first}–{last}"


def week_span(first: int, last: int) -> str:
    return f"week {first}" if first == last else f"weeks {week_numbers(first, last)}"


def week_range(program: Program, index: int) -> str:
    """'weeks 1–4': the weeks of the phase at `index`."""
    return week_span(*phase_weeks(program)[index])


def phase_title(program: Program, index: int) -> str:
    """'Phase 2: Build (weeks 5–8) · deload' as a heading."""
    phase = program.phases[index]
    deload = " · deload" if phase.deload else ""
    return f"Phase {index + 1}: {phase.name} ({week_range(program, index)}){deload}"


def rotation(program: Program, phase: Phase) -> list[tuple[str, list[Day]]]:
    """The weekly order of day templates, up to the point where it repeats."""
    weeks = program.schedule(phase)
    cycle = len(phase.days) // gcd(len(phase.days), program.sessions_per_week)
    if cycle == 1:
        return [("Each week", weeks[0])]
    return [(f"Week {n + 1}", week) for n, week in enumerate(weeks[:cycle])]
