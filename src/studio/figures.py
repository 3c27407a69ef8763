"""Numbers computed from a programme's expanded plan: volume, intensity mix, time, week by week.

Conventions, also stated on the site:
- Programme figures are averages over the training weeks; deload phases are left out
  unless the programme is all deload. Week-by-week figures cover every week.
- A set counts towards a style when its rep target (the middle of a range, the number in
  '5+') is inside the style's range; timed sets count against a style's time range.
- Sets per muscle group count 1 for a primary muscle and ½ for a secondary one.
- Average intensity is over the sets whose load is a percentage of a max, as % of 1RM: a
  training max counts at the programme's training_max, an N-rep max at 1 / (1 + N/30) of 1RM
  (Epley), and a cycle's increase on the max is left out (it needs the reader's numbers).
- Session time adds the day's general warm-up (8 min), ramp-up sets (90 s each), work at the
  prescribed tempo (3 s a rep otherwise), the prescribed rest after every set (90 s when none is
  given; the last one is the walk to the next exercise), and a minute to set up each exercise.
  A pair rests after each of its exercises, so both rests count; a superset rests after the round.
- Conditioning blocks (AMRAP, EMOM, for time, intervals, circuits) are measured in minutes, by the
  convention in blockplan.py, and never as working sets: they add no sets, no style share and no
  muscle sets. Their minutes and a minute to set up each block count in the session time.
- Optional work (`optional: true`) is left out of every figure, the session time included.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .model import Exercise, Library, Superset
from .plan import Plan, PlanExercise, PlanSession, PlanSet, Target
from .styles import Style
from .values import ONE_RM, TRAINING_MAX, Reps, Rest

SECONDS_PER_REP = 3
DEFAULT_REST = 90
SETUP_SECONDS = 60
WARMUP_SET_SECONDS = 90
GENERAL_WARMUP_SECONDS = 8 * 60
SUPERSET_CHANGEOVER = 15
OPEN_REPS = 10  # a guess for plain AMRAP sets, for timing only
SECONDARY_SHARE = 0.5


@dataclass(frozen=True)
class WeekFigures:
    week: int
    deload: bool
    sets: int
    style_shares: dict[str, float]
    intensity: float | None  # average % of 1RM of the percentage-loaded sets, or None when there are none

    def share(self, style: Style) -> float:
        return self.style_shares.get(style.key, 0.0)


@dataclass(frozen=True)
class Figures:
    sets_per_week: float
    style_shares: dict[str, float]  # style key -> share of working sets, 0..1
    other_share: float = 0.0  # sets in none of the styles' ranges
    muscle_sets: dict[str, float] = field(default_factory=dict)  # muscle group -> weekly sets
    session_minutes: int = 0
    weeks: tuple[WeekFigures, ...] = ()
    conditioning_minutes: float = 0.0  # minutes of conditioning blocks a week
    conditioning_share: float = 0.0  # of the estimated session time, 0..1

    def share(self, style: Style) -> float:
        return self.style_shares.get(style.key, 0.0)

    @property
    def has_intensity(self) -> bool:
        return any(week.intensity is not None for week in self.weeks)


def _shares(targets: list[Reps], styles: list[Style]) -> dict[str, float]:
    total = len(targets) or 1
    return {style.key: sum(style.counts(t) for t in targets) / total for style in styles}


def percent_of_1rm(target: Target | None, training_max: float | None) -> float | None:
    """A percentage load as % of 1RM (the middle of a range), or None for any other load."""
    if target is None or target.kind != "percent":
        return None
    middle = (target.low + target.high) / 2
    if target.basis == ONE_RM:
        return middle
    if target.basis == TRAINING_MAX and training_max:
        return middle * training_max / 100
    if match := re.fullmatch(r"(\d+)RM", target.basis):
        return middle / (1 + int(match.group(1)) / 30)
    return None


def required(session: PlanSession) -> list[PlanExercise]:
    """The session's exercises that the figures count: all but the optional ones."""
    return [e for e in session.exercises if not e.item.optional]


def conditioning_seconds(session: PlanSession) -> float:
    return sum(block.seconds for block in session.blocks if not block.optional)


def week_figures(plan: Plan, styles: list[Style]) -> tuple[WeekFigures, ...]:
    found = []
    for week in plan.weeks:
        sets = [s for session in week.sessions for e in required(session) for s in e.sets]
        loads = [x for x in (percent_of_1rm(s.load, plan.program.training_max) for s in sets) if x is not None]
        found.append(WeekFigures(week.number, week.deload, len(sets), _shares([s.reps for s in sets], styles),
                                 round(sum(loads) / len(loads), 1) if loads else None))
    return tuple(found)


def compute_figures(plan: Plan, library: Library, styles: list[Style]) -> Figures:
    """Weekly volume, the share of sets in each goal style's range, muscle volume and session time."""
    weeks = [w for w in plan.weeks if not w.deload] or list(plan.weeks)
    lookup = library.by_name()
    sets: list[Reps] = []
    muscles: Counter[str] = Counter()
    for week in weeks:
        for session in week.sessions:
            for exercise in required(session):
                info = lookup[exercise.name.lower()]
                for done in exercise.sets:
                    sets.append(done.reps)
                    for muscle in info.primary:
                        muscles[muscle] += 1
                    for muscle in info.secondary:
                        muscles[muscle] += SECONDARY_SHARE
    total = len(sets)
    shares = _shares(sets, styles)
    other = sum(not any(style.counts(t) for style in styles) for t in sets) / total if total else 0.0
    order = {m: i for i, m in enumerate(library.muscles)}
    per_week = {m: round(n / len(weeks), 1) for m, n in sorted(muscles.items(), key=lambda kv: order.get(kv[0], 99))}
    sessions = [session for week in weeks for session in week.sessions]
    seconds = sum(session_seconds(session) for session in sessions)
    conditioning = sum(conditioning_seconds(session) for session in sessions)
    return Figures(round(total / len(weeks), 1), shares, other, per_week, round(seconds / len(sessions) / 60),
                   week_figures(plan, styles), round(conditioning / 60 / len(weeks), 1),
                   conditioning / seconds if seconds else 0.0)


# ---------------------------------------------------------------- time


def _middle(rest: Rest | None, default: int = DEFAULT_REST) -> float:
    return default if rest is None else (rest.low + rest.high) / 2


def _rep_seconds(item: Exercise) -> float:
    if not item.tempo:
        return SECONDS_PER_REP
    return sum(1 if part == "X" else int(part) for part in item.tempo.split("-")) or 1


def work_seconds(exercise: PlanExercise, done: PlanSet) -> float:
    target = done.reps
    if target.seconds is not None:
        work = target.seconds
    else:
        reps = target.low if target.low is not None else OPEN_REPS
        if target.high and not target.amrap:
            reps = (target.low + target.high) / 2
        work = reps * _rep_seconds(exercise.item)
    return work * (2 if exercise.item.each_side else 1)


def _exercise_seconds(exercise: PlanExercise) -> float:
    work = sum(work_seconds(exercise, done) for done in exercise.sets)
    return (SETUP_SECONDS + exercise.warmup_count * WARMUP_SET_SECONDS + work
            + len(exercise.sets) * _middle(exercise.rest))


def _superset_seconds(members: tuple[PlanExercise, ...], superset: Superset) -> float:
    rounds = max(len(member.sets) for member in members)
    total = SETUP_SECONDS * len(members)
    for r in range(rounds):
        doing = [m for m in members if r < len(m.sets)]
        total += sum(work_seconds(m, m.sets[r]) for m in doing) + SUPERSET_CHANGEOVER * (len(doing) - 1)
        total += sum(m.warmup_count * WARMUP_SET_SECONDS for m in doing) if r == 0 else 0
    return total + rounds * _middle(superset.rest)


def session_seconds(session: PlanSession) -> float:
    total = GENERAL_WARMUP_SECONDS if session.template.warmup else 0
    for _, members in session.groups():
        members = tuple(m for m in members if not m.item.optional)
        superset = members[0].slot.superset if members else None
        if superset is not None:
            total += _superset_seconds(members, superset)
        else:  # one exercise, or a pair, which rests after each of its exercises
            total += sum(_exercise_seconds(member) for member in members)
    required_blocks = [block for block in session.blocks if not block.optional]
    return total + conditioning_seconds(session) + SETUP_SECONDS * len(required_blocks)
