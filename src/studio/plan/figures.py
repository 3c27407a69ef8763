"""Numbers computed from a programme's expanded plan: volume, intensity mix, time, week by week.

Conventions, also stated on the site (the programme page's note, its glossary, and the guides):
- Programme figures are averages over the training weeks; deload phases are left out
  unless the programme is all deload. Week-by-week figures cover every week.
- A set counts towards a style when its rep target (the middle of a range, the number in
  '5+') is inside the style's range; timed sets count against a style's time range, a range of
  times by its middle. A range whose middle is in no style's range counts towards the style it
  shares the most whole reps with (whole seconds for times), shared equally on a tie: 5-8
  (middle 6.5) shares 5 and 6 with strength's 1-6 and only 8 with hypertrophy's 8-15, so it is
  strength; 6-8 shares one rep with each, so each of its sets counts half to each. Every set is counted somewhere: those that share nothing with any style's range (a
  plain AMRAP, 100-120 s against 20-90 s) are shown as outside them.
- A range of sets ('3-4') counts its lower number in the set figures (weekly sets, the styles'
  shares, sets per muscle): those are the sets every session has, and the goal check must not rest
  on sets the lifter may skip. The session estimate counts its middle (3.5 sets: each optional
  set half), since that is how long a typical session takes.
- Sets per muscle group count 1 for a primary muscle and ½ for a secondary one.
- Average intensity is over the sets whose load is a percentage of a max, as % of 1RM: a
  training max counts at the programme's training_max, an N-rep max at 1 / (1 + N/30) of 1RM
  (Epley), and a cycle's increase on the max is left out (it needs the reader's numbers).
- Session time adds a general warm-up (8 min) on every day, whether or not the day describes
  one (a day without warm-up text still starts with one, and leaving it out made days look
  shorter than they are), ramp-up sets (90 s each), work at the prescribed tempo (3 s a rep
  otherwise; a timed range at its middle), the prescribed rest after every set (90 s when none is
  given; the last one is the walk to the next exercise), and a minute to set up each exercise.
  A pair rests after each of its exercises, so both rests count; a superset rests after the round.
- Conditioning blocks (AMRAP, EMOM, for time, intervals, circuits) are measured in minutes, by the
  convention in blockplan.py, and never as working sets: they add no sets, no style share and no
  muscle sets. Their minutes and a minute to set up each block count in the session time.
- Holds, carries and ballistic work (the library's `kind`: planks, loaded walks, swings) are counted by
  their own measures, a week: minutes held, minutes carried (both sides of an each-side set), and
  ballistic reps (the middle of a range, both sides), or ballistic minutes when the sets are timed.
  Like conditioning blocks they add no working sets, style share or muscle sets (100 swings a day are
  not ten hypertrophy sets), and count in the session time as any set does. The goal check counts
  their sets as general-fitness work (checks/program.py). An exercise without a `kind` counts as
  before: every set a working set.
- The weekly chart (views/chart.py) shows minutes of conditioning a week instead of working sets
  when conditioning blocks fill at least half of the estimated session time (a running plan).
- Optional work (`optional: true`) is left out of every figure, the session time included.
- The figures are exact (the JSON download carries them so); every text rounds them as a person writes them
  (format/numbers.py): sets to halves, percentages to one decimal.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import partial

from studio.format import ONE_RM, TRAINING_MAX, Exercise, Library, Reps, Rest, Style, Superset
from studio.plan.expand import Plan, PlanExercise, PlanSession, PlanSet, Target

SECONDS_PER_REP = 3
DEFAULT_REST = 90
SETUP_SECONDS = 60
WARMUP_SET_SECONDS = 90
GENERAL_WARMUP_SECONDS = 8 * 60
SUPERSET_CHANGEOVER = 15
OPEN_REPS = 10  # a guess for plain AMRAP sets, for timing only
SECONDARY_SHARE = 0.5
OPTIONAL_SET_TIME = 0.5  # an optional set of a range counts half in the session estimate: 3-4 sets count 3.5


@dataclass(frozen=True)
class WeekFigures:
    week: int
    deload: bool
    sets: int
    style_shares: dict[str, float]
    intensity: float | None  # average % of 1RM of the percentage-loaded sets, or None when there are none
    other_share: float = 0.0  # sets in none of the styles' ranges
    conditioning_minutes: float = 0.0  # minutes of conditioning blocks that week

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
    # Counted by their own measure (the library's `kind`), a week, never as working sets:
    hold_minutes: float = 0.0  # minutes held
    carry_minutes: float = 0.0  # minutes carried
    ballistic_reps: float = 0.0  # reps of ballistic work (swings, snatches, cleans) in sets of reps
    ballistic_minutes: float = 0.0  # minutes of ballistic work in timed sets
    measured_sets: float = 0.0  # the sets of holds, carries and ballistic work: general fitness to the goal check

    def share(self, style: Style) -> float:
        return self.style_shares.get(style.key, 0.0)

    @property
    def has_intensity(self) -> bool:
        return any(week.intensity is not None for week in self.weeks)


def figures_data(figures: Figures) -> dict:
    """The figures as JSON data, to keep them on disk between builds."""
    return asdict(figures)


def figures_from_data(data: dict) -> Figures:
    return Figures(**{**data, "weeks": tuple(WeekFigures(**week) for week in data["weeks"])})


def placed(target: Reps, styles: list[Style]) -> dict[str, float]:
    """How much of a set counts towards each style (see the module's conventions), by style key: a whole set towards
    every style whose range holds the middle of the set's target; when none does, the set towards the style whose
    range shares the most whole reps (or seconds) with the target's range, shared equally on a tie; nothing when no
    style shares any."""
    inside = {style.key: 1.0 for style in styles if style.counts(target)}
    if inside:
        return inside
    overlaps = {style.key: style.overlap(target) for style in styles}
    most = max(overlaps.values(), default=0)
    tied = [key for key, overlap in overlaps.items() if most and overlap == most]
    return {key: 1 / len(tied) for key in tied}


def _shares(targets: list[Reps], styles: list[Style]) -> dict[str, float]:
    total = len(targets) or 1
    found = [placed(t, styles) for t in targets]
    return {style.key: sum(share.get(style.key, 0.0) for share in found) / total for style in styles}


def _outside(targets: list[Reps], styles: list[Style]) -> float:
    return sum(not placed(t, styles) for t in targets) / (len(targets) or 1)


OUTSIDE = "Outside these ranges"


def share_rows(styles: list[Style]) -> list[tuple[str, Callable[[Figures | WeekFigures], float]]]:
    """(label, share of the working sets) for each style, then for the sets in none of their ranges, so every set
    is counted once. The programme page, its week-by-week table and the compare page all read these rows."""
    rows = [(f"{style.name} ({style.range_label})", partial(_style_share, style=style)) for style in styles]
    return [*rows, (OUTSIDE, _other_share)]


def _style_share(figures: Figures | WeekFigures, style: Style) -> float:
    return figures.share(style)


def _other_share(figures: Figures | WeekFigures) -> float:
    return figures.other_share


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


def counted(exercise: PlanExercise) -> list[PlanSet]:
    """The sets the set figures count: all but the optional sets of a set range (its lower number)."""
    return [done for done in exercise.sets if not done.optional]


def week_figures(plan: Plan, styles: list[Style], kinds: Callable[[str], str | None]) -> tuple[WeekFigures, ...]:
    found = []
    for week in plan.weeks:
        sets = [s for session in week.sessions for e in required(session) if kinds(e.name) is None for s in counted(e)]
        loads = [x for x in (percent_of_1rm(s.load, plan.program.training_max) for s in sets) if x is not None]
        targets = [s.reps for s in sets]
        conditioning = sum(conditioning_seconds(session) for session in week.sessions)
        found.append(WeekFigures(week.number, week.deload, len(sets), _shares(targets, styles),
                                 sum(loads) / len(loads) if loads else None, _outside(targets, styles),
                                 round(conditioning / 60, 1)))
    return tuple(found)


def measured(exercise: PlanExercise, done: PlanSet, kind: str) -> tuple[str, float]:
    """What one set of a hold, carry or ballistic exercise adds to its own figure: (figure, amount). Holds and
    carries count their time (both sides of an each-side set); ballistic work its reps, or its time when timed."""
    if kind == "ballistic" and done.reps.seconds is None:
        return "ballistic_reps", _rep_count(done.reps) * (2 if exercise.item.each_side else 1)
    return f"{kind}_minutes", work_seconds(exercise, done) / 60


def compute_figures(plan: Plan, library: Library, styles: list[Style]) -> Figures:
    """Weekly volume, the share of sets in each goal style's range, muscle volume, the measures of holds, carries
    and ballistic work, and session time."""
    weeks = [w for w in plan.weeks if not w.deload] or list(plan.weeks)
    lookup = library.by_name()
    sets: list[Reps] = []
    muscles: Counter[str] = Counter()
    own: Counter[str] = Counter()  # the holds', carries' and ballistic work's own measures
    for week in weeks:
        for session in week.sessions:
            for exercise in required(session):
                info = lookup[exercise.name.lower()]
                for done in counted(exercise):
                    if info.kind is not None:  # counted by its own measure, not as a working set
                        figure, amount = measured(exercise, done, info.kind)
                        own[figure] += amount
                        own["measured_sets"] += 1
                        continue
                    sets.append(done.reps)
                    for muscle in info.primary:
                        muscles[muscle] += 1
                    for muscle in info.secondary:
                        muscles[muscle] += SECONDARY_SHARE
    total = len(sets)
    shares = _shares(sets, styles)
    other = _outside(sets, styles)
    order = {m: i for i, m in enumerate(library.muscles)}
    per_week = {m: n / len(weeks) for m, n in sorted(muscles.items(), key=lambda kv: order.get(kv[0], 99))}
    sessions = [session for week in weeks for session in week.sessions]
    seconds = sum(session_seconds(session) for session in sessions)
    conditioning = sum(conditioning_seconds(session) for session in sessions)
    kinds = lambda name: lookup[name.lower()].kind  # noqa: E731
    return Figures(total / len(weeks), shares, other, per_week, round(seconds / len(sessions) / 60),
                   week_figures(plan, styles, kinds), round(conditioning / 60 / len(weeks), 1),
                   conditioning / seconds if seconds else 0.0,
                   **{figure: amount / len(weeks) for figure, amount in own.items()})


# ---------------------------------------------------------------- time


def _middle(rest: Rest | None, default: int = DEFAULT_REST) -> float:
    return default if rest is None else (rest.low + rest.high) / 2


def _rep_seconds(item: Exercise) -> float:
    if not item.tempo:
        return SECONDS_PER_REP
    return sum(1 if part == "X" else int(part) for part in item.tempo.split("-")) or 1


def _rep_count(target: Reps) -> float:
    """The reps a set counts for: the middle of a range, the number in '5+', a guess for a plain AMRAP."""
    if target.high and not target.amrap:
        return (target.low + target.high) / 2
    return target.low if target.low is not None else OPEN_REPS


def work_seconds(exercise: PlanExercise, done: PlanSet) -> float:
    target = done.reps
    work = target.seconds_middle if target.seconds is not None else _rep_count(target) * _rep_seconds(exercise.item)
    return work * (2 if exercise.item.each_side else 1)


def _time_share(done: PlanSet) -> float:
    """How much of a set the session estimate counts: half of an optional one."""
    return OPTIONAL_SET_TIME if done.optional else 1


def _exercise_seconds(exercise: PlanExercise) -> float:
    work = sum(_time_share(done) * (work_seconds(exercise, done) + _middle(exercise.rest))
               for done in exercise.sets)
    return SETUP_SECONDS + exercise.warmup_count * WARMUP_SET_SECONDS + work


def _superset_seconds(members: tuple[PlanExercise, ...], superset: Superset) -> float:
    rounds = max(len(member.sets) for member in members)
    total = SETUP_SECONDS * len(members)
    for r in range(rounds):
        doing = [m for m in members if r < len(m.sets)]
        # A round is optional when every set in it is.
        share = OPTIONAL_SET_TIME if all(m.sets[r].optional for m in doing) else 1
        total += share * (sum(work_seconds(m, m.sets[r]) for m in doing) + SUPERSET_CHANGEOVER * (len(doing) - 1)
                          + _middle(superset.rest))
        total += sum(m.warmup_count * WARMUP_SET_SECONDS for m in doing) if r == 0 else 0
    return total


def session_seconds(session: PlanSession) -> float:
    total = GENERAL_WARMUP_SECONDS  # on every day: see the module's conventions
    for _, members in session.groups():
        members = tuple(m for m in members if not m.item.optional)
        superset = members[0].slot.superset if members else None
        if superset is not None:
            total += _superset_seconds(members, superset)
        else:  # one exercise, or a pair, which rests after each of its exercises
            total += sum(_exercise_seconds(member) for member in members)
    required_blocks = [block for block in session.blocks if not block.optional]
    return total + conditioning_seconds(session) + SETUP_SECONDS * len(required_blocks)
