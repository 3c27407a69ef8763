"""The plan flattened into rows, for the table-shaped downloads (CSV) and the log sheets' checks.

A *set group* is a run of consecutive sets of one exercise in one session with the same target:
"3 × 5 at 72.5% 1RM" is one group; per-set reps or loads make several. Every row names its week
and session, so a week's numbers are never those of another week.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.format import Reps, Rest
from studio.plan import Plan, PlanBlock, PlanExercise, PlanSession, PlanSet, PlanWeek, Rules, Target
from studio.presentation import alternatives_text, block_row_seconds, block_table_rows, ladder_text, plural


@dataclass(frozen=True)
class SetGroup:
    week: int
    phase: int  # 1-based
    phase_name: str
    cycle: int
    week_of_phase: int
    deload: bool
    session: int  # 1-based over the programme
    session_in_week: int
    day_name: str
    order: str
    superset: bool
    exercise: str
    exercise_slug: str
    set_from: int
    set_to: int
    reps: Reps
    load: Target | None
    rest: Rest | None
    tempo: str | None
    each_side: bool
    warmups: str  # before the first set: '2 warm-up sets' or 'Bar × 5, 40% × 5'
    rule: str
    notes: str
    pair: bool = False
    optional: bool = False  # optional work, or the sets past the fewest of a set range
    ladder: str = ""  # 'Ladder: Incline push-up → [Push-up] → Diamond push-up'
    alternatives: str = ""  # 'or: Ring row'
    superset_notes: str = ""  # on the superset's first row
    rules: Rules | None = None  # the result rules, on the exercise's first row (with `rule`, their words)

    @property
    def sets(self) -> int:
        return self.set_to - self.set_from + 1

    @property
    def reps_label(self) -> str:
        return str(self.reps) + (" each side" if self.each_side else "")


def runs(sets: tuple[PlanSet, ...]) -> list[list[PlanSet]]:
    """Consecutive sets that share a target, and are all required or all optional."""
    found: list[list[PlanSet]] = []
    for done in sets:
        last = found[-1][-1] if found else None
        if last is not None and (last.reps, last.load, last.optional) == (done.reps, done.load, done.optional):
            found[-1].append(done)
        else:
            found.append([done])
    return found


def warmup_text(exercise: PlanExercise) -> str:
    if exercise.warmups:
        return ", ".join(f"{w.load} × {w.reps}" for w in exercise.warmups)
    count = exercise.warmup_count
    return plural(count, "warm-up set") if count else ""


@dataclass(frozen=True)
class BlockLine:
    """One exercise (or an interval's work or recovery) of a conditioning block in one session."""

    week: PlanWeek
    phase_name: str
    session: PlanSession
    block: PlanBlock
    order: str
    exercise: str  # '' for a passive recovery
    exercise_slug: str
    work: str
    load: str
    alternatives: str
    notes: str
    seconds: int | None = None  # a timed piece of work, an interval's work or recovery: its time
    seconds_high: int | None = None  # the longest time of a range such as '30-60 s'; equal to seconds otherwise


def set_groups(plan: Plan) -> list[SetGroup]:
    """Every prescribed set of every session, in calendar order, grouped by target."""
    return [row for row in plan_rows(plan) if isinstance(row, SetGroup)]


def plan_rows(plan: Plan) -> list[SetGroup | BlockLine]:
    """Every session's sets and blocks, in calendar order and in the order of the day."""
    rows: list[SetGroup | BlockLine] = []
    for week in plan.weeks:
        for session in week.sessions:
            for entry in session.entries():
                if isinstance(entry, PlanBlock):
                    rows += _block_lines(week, plan.program.phases[week.phase].name, session, entry)
                else:
                    for exercise in entry[1]:
                        rows += _set_groups(plan, week, session, exercise)
    return rows


def _block_lines(week: PlanWeek, phase_name: str, session: PlanSession, block: PlanBlock) -> list[BlockLine]:
    lines = []
    times = block_row_seconds(block)
    for n, (order, move, work, load) in enumerate(block_table_rows(block)):
        notes = " ".join(x for x in (move.notes if move else "", block.notes if n == 0 else "") if x)
        lines.append(BlockLine(week, phase_name, session, block, order, move.name if move else "", move.slug if move else "",
                               work, load, alternatives_text([a for a, _ in move.alternatives])
                               if move else "", notes, *times[n]))
    return lines


def _set_groups(plan: Plan, week: PlanWeek, session: PlanSession, exercise: PlanExercise) -> list[SetGroup]:
    rows = []
    item, superset = exercise.item, exercise.slot.superset
    ladder = ladder_text(list(item.ladder), item.exercise) if item.ladder else ""
    for n, run in enumerate(runs(exercise.sets)):
        rows.append(SetGroup(
            week=week.number, phase=week.phase + 1, phase_name=plan.program.phases[week.phase].name, cycle=week.cycle,
            week_of_phase=week.week_of_phase, deload=week.deload, session=session.index,
            session_in_week=session.number, day_name=session.template.name, order=exercise.order,
            superset=exercise.slot.superset is not None, exercise=exercise.name,
            exercise_slug=exercise.slug, set_from=run[0].number, set_to=run[-1].number, reps=run[0].reps,
            load=run[0].load, rest=exercise.rest, tempo=item.tempo, each_side=item.each_side,
            warmups=warmup_text(exercise) if n == 0 else "", rule=exercise.rule if n == 0 else "",
            notes=item.notes if n == 0 else "", pair=exercise.slot.pair is not None,
            optional=item.optional or run[0].optional, ladder=ladder,
            alternatives=alternatives_text(list(item.alternatives)),
            superset_notes=superset.notes if superset is not None and n == 0 and exercise.order[1:] == "1" else "",
            rules=exercise.rules if n == 0 else None))
    return rows
