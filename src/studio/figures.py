"""Numbers computed from a programme's structure: volume, intensity mix, time.

Conventions, also stated on the site:
- Figures are averages over the programme's training weeks; deload phases are left out
  unless the programme is all deload.
- A set counts towards a style when its rep target (the middle of a range, the number in
  '5+') is inside the style's range; timed sets count against a style's time range.
- Sets per muscle group count 1 for a primary muscle and ½ for a secondary one.
- Session time adds the day's general warm-up (8 min), ramp-up sets (90 s each), work at the
  prescribed tempo (3 s a rep otherwise), the prescribed rest after every set (90 s when none is
  given; the last one is the walk to the next exercise), and a minute to set up each exercise.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .model import Day, Exercise, Library, Program, Superset
from .styles import Style
from .values import Reps, Rest

SECONDS_PER_REP = 3
DEFAULT_REST = 90
SETUP_SECONDS = 60
WARMUP_SET_SECONDS = 90
GENERAL_WARMUP_SECONDS = 8 * 60
SUPERSET_CHANGEOVER = 15
OPEN_REPS = 10  # a guess for plain AMRAP sets, for timing only
SECONDARY_SHARE = 0.5


@dataclass(frozen=True)
class Figures:
    sets_per_week: float
    style_shares: dict[str, float]  # style key -> share of working sets, 0..1
    other_share: float = 0.0  # sets in none of the styles' ranges
    muscle_sets: dict[str, float] = field(default_factory=dict)  # muscle group -> weekly sets
    session_minutes: int = 0

    def share(self, style: Style) -> float:
        return self.style_shares.get(style.key, 0.0)


def training_weeks(program: Program) -> list[list[Day]]:
    """Every week of the programme as its list of sessions, deloads left out."""
    phases = [p for p in program.phases if not p.deload] or program.phases
    return [week for phase in phases for week in program.schedule(phase)]


def _members(slot) -> list[Exercise]:
    return list(slot.superset) if isinstance(slot, Superset) else [slot]


def _day_targets(day: Day) -> list[tuple[Exercise, Reps]]:
    return [(item, item.rep_for_set(i)) for slot in day.exercises for item in _members(slot) for i in range(item.sets)]


def compute_figures(program: Program, library: Library, styles: list[Style]) -> Figures:
    """Weekly volume, the share of sets in each goal style's range, muscle volume and session time."""
    weeks = training_weeks(program)
    lookup = library.by_name()
    sets: list[Reps] = []
    muscles: Counter[str] = Counter()
    for week in weeks:
        for day in week:
            for item, target in _day_targets(day):
                sets.append(target)
                info = lookup[item.exercise.lower()]
                for muscle in info.primary:
                    muscles[muscle] += 1
                for muscle in info.secondary:
                    muscles[muscle] += SECONDARY_SHARE
    total = len(sets)
    shares = {style.key: sum(style.counts(t) for t in sets) / total for style in styles}
    other = sum(not any(style.counts(t) for style in styles) for t in sets) / total
    order = {m: i for i, m in enumerate(library.muscles)}
    per_week = {m: round(n / len(weeks), 1) for m, n in sorted(muscles.items(), key=lambda kv: order.get(kv[0], 99))}
    days = [day for week in weeks for day in week]
    minutes = round(sum(session_seconds(day) for day in days) / len(days) / 60)
    return Figures(round(total / len(weeks), 1), shares, other, per_week, minutes)


# ---------------------------------------------------------------- time


def _middle(rest: Rest | None, default: int = DEFAULT_REST) -> float:
    return default if rest is None else (rest.low + rest.high) / 2


def _rep_seconds(item: Exercise) -> float:
    if not item.tempo:
        return SECONDS_PER_REP
    return sum(1 if part == "X" else int(part) for part in item.tempo.split("-")) or 1


def work_seconds(item: Exercise, set_index: int) -> float:
    target = item.rep_for_set(set_index)
    if target.seconds is not None:
        work = target.seconds
    else:
        reps = target.low if target.low is not None else OPEN_REPS
        if target.high and not target.amrap:
            reps = (target.low + target.high) / 2
        work = reps * _rep_seconds(item)
    return work * (2 if item.each_side else 1)


def _exercise_seconds(item: Exercise) -> float:
    work = sum(work_seconds(item, i) for i in range(item.sets))
    return SETUP_SECONDS + item.warmup_count * WARMUP_SET_SECONDS + work + item.sets * _middle(item.rest)


def _superset_seconds(slot: Superset) -> float:
    rounds = max(member.sets for member in slot.superset)
    total = SETUP_SECONDS * len(slot.superset)
    for r in range(rounds):
        doing = [m for m in slot.superset if r < m.sets]
        total += sum(work_seconds(m, r) for m in doing) + SUPERSET_CHANGEOVER * (len(doing) - 1)
        total += sum(m.warmup_count * WARMUP_SET_SECONDS for m in doing) if r == 0 else 0
    return total + rounds * _middle(slot.rest)


def session_seconds(day: Day) -> float:
    total = GENERAL_WARMUP_SECONDS if day.warmup else 0
    for slot in day.exercises:
        total += _superset_seconds(slot) if isinstance(slot, Superset) else _exercise_seconds(slot)
    return total
