"""What changes week by week in a phase: one row per week, one column per exercise that changes.

Exercises that read the same every week are left out: the day tables already show them.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.common import word_list
from studio.format import Program
from studio.plan import Plan, PlanBlock, PlanExercise
from studio.presentation.labels import exercise_label, phase_weeks

Cell = tuple[PlanExercise, ...]  # the exercise each time it is done that week


def cell_text(cell: Cell) -> str:
    return "; ".join(exercise_label(exercise) for exercise in cell)


@dataclass(frozen=True)
class WeekTable:
    columns: tuple[str, ...]  # 'Day 1 · A Back squat'
    rows: tuple[tuple[str, tuple[Cell, ...]], ...]  # ('Week 2', cell per column)


def week_table(plan: Plan, phase: int) -> WeekTable | None:
    """The phase's weeks side by side for the exercises whose targets change; None when nothing changes."""
    weeks = [w for w in plan.weeks if w.phase == phase]
    cells: dict[tuple[str, str, str], list[list[PlanExercise]]] = {}
    for n, week in enumerate(weeks):
        for session in week.sessions:
            for exercise in session.exercises:
                key = (session.template.name, exercise.order, exercise.name)
                cells.setdefault(key, [[] for _ in weeks])[n].append(exercise)
    changing = {key: column for key, column in cells.items()
                if len({cell_text(tuple(cell)) for cell in column if cell}) > 1}
    if not changing:
        return None
    columns = tuple(f"{day} · {order} {name}" for day, order, name in changing)
    rows = tuple((f"Week {week.number}" + (f" (cycle {week.cycle})" if week.cycle > 1 and week.week_of_phase == 1
                                           else ""), tuple(tuple(column[n]) for column in changing.values()))
                 for n, week in enumerate(weeks))
    return WeekTable(columns, rows)


def first_sessions(plan: Plan, phase: int) -> dict[tuple[int, str], PlanExercise | PlanBlock]:
    """{(day index, order): the exercise or block the first time the phase does that day}: the day tables' values."""
    found: dict[tuple[int, str], PlanExercise | PlanBlock] = {}
    for session in plan.sessions:
        if session.phase == phase:
            for entry in (*session.exercises, *session.blocks):
                found.setdefault((session.day, entry.order), entry)
    return found


def _runs(numbers: list[int]) -> str:
    """'1–3', '1–3 and 5', '2, 4 and 6': consecutive numbers as a span."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][-1] + 1:
            spans[-1].append(n)
        else:
            spans.append([n])
    texts = [text for span in spans for text in ([f"{span[0]}–{span[-1]}"] if len(span) > 2 else map(str, span))]
    return word_list(texts)


def only_weeks_note(program: Program, index: int, weeks: tuple[int, ...] | None) -> str:
    """When an entry of the phase at `index` is done, where `only_weeks` says: 'Only in weeks 5–7' (the programme's
    weeks), or in a phase that runs several times 'Only in week 4 of each 4-week run'; '' for every week."""
    if not weeks:
        return ""
    phase = program.phases[index]
    plural = "s" if len(weeks) > 1 else ""
    if phase.cycles > 1:
        return f"Only in week{plural} {_runs(list(weeks))} of each {phase.weeks}-week run"
    first = phase_weeks(program)[index][0]
    return f"Only in week{plural} {_runs([first + week - 1 for week in weeks])}"
