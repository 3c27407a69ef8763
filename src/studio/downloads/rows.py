"""What a programme prescribes, flattened once and shared by every download so they agree.

A *set group* is a run of consecutive sets of one exercise with the same target reps and load:
"4 × 5 at RPE 7–8" is one group; reps [5, 3, 1] make three. A *session* is one training day
on the calendar: week, position in the week, and the day template it uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..model import Exercise, ExerciseInfo, Program
from ..presentation.labels import phase_weeks, week_numbers
from ..presentation.order import slots
from ..values import Load, Reps, Rest

Lookup = Callable[[str], ExerciseInfo]

# Days after the start of each week that sessions fall on, by sessions a week: spread with rest
# days between them where the week allows (3 a week: Monday, Wednesday, Friday from a Monday).
WEEKDAY_OFFSETS = {
    1: (0,),
    2: (0, 3),
    3: (0, 2, 4),
    4: (0, 1, 3, 4),
    5: (0, 1, 2, 3, 4),
    6: (0, 1, 2, 3, 4, 5),
    7: (0, 1, 2, 3, 4, 5, 6),
}


@dataclass(frozen=True)
class SetTarget:
    number: int
    reps: Reps
    load: Load | None

    def label(self) -> str:
        """'5', '5+ @ 72.5%': the target printed in a log cell; bodyweight goes without saying."""
        if self.load is None or self.load.kind == "bodyweight":
            return str(self.reps)
        return f"{self.reps} @ {compact_load(self.load)}"


@dataclass(frozen=True)
class SetGroup:
    """Consecutive sets of one exercise that share a target."""

    phase: int
    phase_name: str
    first_week: int
    last_week: int
    deload: bool
    day: int
    day_name: str
    order: str
    superset: bool
    exercise: str
    exercise_slug: str
    set_from: int
    set_to: int
    reps: Reps
    load: Load | None
    rest: Rest | None
    tempo: str | None
    each_side: bool
    warmup_sets: int
    notes: str

    @property
    def sets(self) -> int:
        return self.set_to - self.set_from + 1

    @property
    def weeks(self) -> str:
        return week_numbers(self.first_week, self.last_week)

    @property
    def reps_label(self) -> str:
        return str(self.reps) + (" each side" if self.each_side else "")


@dataclass(frozen=True)
class Session:
    week: int  # 1-based, counted over the whole programme
    number: int  # 1-based within the week
    phase: int  # 0-based index into program.phases
    day: int  # 0-based index into the phase's days
    day_offset: int  # days after the programme's start date

    def title(self, program: Program) -> str:
        return f"Week {self.week} · {program.phases[self.phase].days[self.day].name}"


def compact_load(load: Load) -> str:
    return str(load).replace("% 1RM", "%")


def set_targets(item: Exercise) -> list[SetTarget]:
    return [SetTarget(n + 1, item.rep_for_set(n), item.load_for_set(n)) for n in range(item.sets)]


def _groups(targets: list[SetTarget]) -> Iterator[list[SetTarget]]:
    run: list[SetTarget] = []
    for target in targets:
        if run and (run[-1].reps, run[-1].load) != (target.reps, target.load):
            yield run
            run = []
        run.append(target)
    if run:
        yield run


def set_groups(program: Program, lookup: Lookup) -> list[SetGroup]:
    """Every prescribed set of every day template, in page order, grouped by target."""
    rows = []
    for p, (phase, (first, last)) in enumerate(zip(program.phases, phase_weeks(program))):
        for d, day in enumerate(phase.days):
            for slot in slots(day):
                info = lookup(slot.item.exercise)
                for run in _groups(set_targets(slot.item)):
                    rows.append(SetGroup(
                        phase=p + 1, phase_name=phase.name, first_week=first, last_week=last,
                        deload=phase.deload, day=d + 1, day_name=day.name, order=slot.order,
                        superset=slot.superset is not None, exercise=info.name, exercise_slug=info.slug,
                        set_from=run[0].number, set_to=run[-1].number, reps=run[0].reps, load=run[0].load,
                        rest=slot.rest, tempo=slot.item.tempo, each_side=slot.item.each_side,
                        warmup_sets=slot.item.warmup_sets if run[0].number == 1 else 0, notes=slot.item.notes,
                    ))
    return rows


def sessions(program: Program) -> list[Session]:
    """Every training day of the programme, week by week."""
    offsets = WEEKDAY_OFFSETS[program.sessions_per_week]
    found, week = [], 0
    for p, phase in enumerate(program.phases):
        for days in program.schedule(phase):
            for n, day in enumerate(days):
                d = next(i for i, candidate in enumerate(phase.days) if candidate is day)
                found.append(Session(week + 1, n + 1, p, d, week * 7 + offsets[n]))
            week += 1
    return found


def main_lifts(program: Program, lookup: Lookup) -> list[str]:
    """Exercises with a %1RM load somewhere, by library name, in order of first use."""
    names = (lookup(item.exercise).name for _, item in program.exercises()
             if item.load and any(load.kind == "percent" for load in item.load))
    return list(dict.fromkeys(names))
