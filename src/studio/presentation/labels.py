"""How programme facts read, whatever the output: page, PDF, spreadsheet, CSV, calendar."""

from __future__ import annotations

from collections.abc import Sequence
from math import gcd
from typing import TYPE_CHECKING

from studio.format import GOAL_LABELS, Day, Exercise, Load, Program, Reps, SetCount

if TYPE_CHECKING:
    from studio.plan import PlanExercise, Target


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


def card_line(program: Program) -> str:
    """The facts on one line, for a catalogue card, where every byte counts a thousand times:
    'Strength · Intermediate · 12 weeks · 3 sessions a week, 75 min each · Equipment: barbell, bench'."""
    return (f"{goal_label(program)} · {program.level.capitalize()} · {plural(program.weeks, 'week')} · "
            f"{plural(program.sessions_per_week, 'session')} a week, {program.session_minutes} min each · "
            f"Equipment: {equipment_label(program.equipment)}")


def reps_label(count: int | SetCount, reps: Sequence[Reps], each_side: bool = False) -> str:
    """'3 × 8–12', '3–4 × 8–12', '3 × 5/3/1', '4 × 5, 1 × 5+': `count` sets with one target, or one target per set.

    A set range with per-set targets that repeat says which sets are the optional ones: '3 × 8, 1 × 8+ (set 4
    optional)'.
    """
    side = " each side" if each_side else ""
    texts = [str(r) for r in reps]
    if len(set(texts)) == 1:
        return f"{count} × {texts[0]}{side}"
    runs: list[list] = []
    for target in texts:
        if runs and runs[-1][1] == target:
            runs[-1][0] += 1
        else:
            runs.append([1, target])
    if len(runs) == len(texts):  # every set differs: 3 × 5/3/1
        return f"{count} × {'/'.join(texts)}{side}"
    text = ", ".join(f"{n} × {target}" for n, target in runs) + side  # 4 × 5, 1 × 5+
    if isinstance(count, SetCount) and count.is_range:
        first, last = count.low + 1, count.high
        text += f" (set {first} optional)" if first == last else f" (sets {first}–{last} optional)"
    return text


def sets_reps(item: Exercise) -> str:
    """The exercise as written: '3 × 8–12', '3–4 × 8–12'."""
    return reps_label(item.sets, item.reps, item.each_side)


def warmup_note(item: Exercise) -> str:
    """'+ 2 warm-up sets' beside the working sets, or nothing."""
    if isinstance(item.warmup_sets, tuple):
        return "+ warm-up: " + ", ".join(str(w) for w in item.warmup_sets)
    return f"+ {plural(item.warmup_sets, 'warm-up set')}" if item.warmup_sets else ""


def load_label(loads: Sequence[Load | Target | None] | None) -> str:
    """One label for the loads of an exercise's sets: '75% 1RM', '65/75/85% TM', 'RPE 7/8', '60 kg / 70 kg'."""
    loads = [load for load in loads or () if load is not None]
    if not loads:
        return ""
    texts = [str(load) for load in loads]
    if len(set(texts)) == 1:
        return texts[0]
    kinds = {load.kind for load in loads}
    if kinds == {"percent"}:
        suffixes = {text.split("% ", 1)[1] for text in texts}
        if len(suffixes) == 1:
            return "/".join(text.split("% ", 1)[0] for text in texts) + "% " + suffixes.pop()
    if kinds == {"rpe"}:
        return "RPE " + "/".join(text.removeprefix("RPE ") for text in texts)
    return " / ".join(texts)


def exercise_sets(exercise: PlanExercise) -> str:
    """The sets and reps of one exercise in one session: '3 × 5', '3 × 5/3/1+', '3–4 × 8–12'."""
    return reps_label(exercise.set_count, [s.reps for s in exercise.sets], exercise.item.each_side)


def exercise_label(exercise: PlanExercise) -> str:
    """One exercise in one session, resolved: '3 × 5 @ 65/75/85% TM', '3 × 8–12 @ RPE 8'."""
    sets = exercise_sets(exercise)
    load = load_label([s.load for s in exercise.sets])
    return f"{sets} @ {load}" if load else sets


def phase_weeks(program: Program) -> list[tuple[int, int]]:
    """First and last week of each phase, counted over the programme; by position, since equal phases compare equal."""
    spans, start = [], 1
    for phase in program.phases:
        spans.append((start, start + phase.total_weeks - 1))
        start += phase.total_weeks
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
    cycles = f", {phase.cycles} runs of {plural(phase.weeks, 'week')}" if phase.cycles > 1 else ""
    return f"Phase {index + 1}: {phase.name} ({week_range(program, index)}{cycles}){deload}"


def week_list(numbers: Sequence[int]) -> str:
    """'Week 4', 'Weeks 4 and 6', 'Weeks 4, 6 and 8', 'Weeks 1, 3, 5, … 11' for longer runs."""
    if len(numbers) == 1:
        return f"Week {numbers[0]}"
    if len(numbers) > 4:
        return f"Weeks {', '.join(str(n) for n in numbers[:3])}, … {numbers[-1]}"
    return f"Weeks {', '.join(str(n) for n in numbers[:-1])} and {numbers[-1]}"


def rotation(program: Program, index: int) -> list[tuple[str, list[Day]]]:
    """The weekly order of the day templates of the phase at `index`, up to the point where it repeats, each
    labelled with the programme weeks it falls on: 'Weeks 4, 6 and 8: Day B · Day A · Day B'."""
    phase = program.phases[index]
    weeks = program.schedule(index)
    cycle = len(phase.days) // gcd(len(phase.days), program.sessions_per_week)
    if cycle == 1:
        return [("Each week", weeks[0])]
    first = phase_weeks(program)[index][0]
    return [(week_list(range(first + n, first + len(weeks), cycle)), week) for n, week in enumerate(weeks[:cycle])]
