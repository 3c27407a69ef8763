"""Effort to load: the RPE chart that turns a set's reps and RPE (or reps in reserve) into a share of a 1RM.

The chart is Mike Tuchscherer's, as Reactive Training Systems publishes it ("Beginning RTS", 2015): for 1 to 12
reps at RPE 6.5 to 10, the percentage of a one-rep max a lifter can do them with. Reps in reserve read as
10 − RPE, the RIR-based RPE scale of Helms et al. (2016): 2 RIR is RPE 8.

The chart is built on one rule, which its numbers keep: a set ending N reps short of failure weighs what a set
of N more reps to failure weighs (5 reps at RPE 8 = 7 reps at RPE 10 = 81.1%). RPE 6 (4 RIR) is read by that rule
from the cells the chart has; lighter efforts, more than 12 reps, AMRAP and timed sets are off the chart and
get no weight. The calculator (calculator.js) and the JSON download take the percentages from here.
"""

from __future__ import annotations

from collections.abc import Iterable

from studio.format import Reps

SOURCE = "Mike Tuchscherer's RPE chart (Reactive Training Systems)"
SOURCE_URL = "https://articles.reactivetrainingsystems.com/2015/11/29/beginning-rts/"

# RPE → percentage of 1RM for 1, 2, ... 12 reps, as published.
RPE_CHART: dict[float, tuple[float, ...]] = {
    10: (100.0, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0),
    9.5: (97.8, 93.9, 90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7),
    9: (95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3),
    8.5: (93.9, 90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7, 64.0),
    8: (92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3, 62.6),
    7.5: (90.7, 87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7, 64.0, 61.3),
    7: (89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0, 65.3, 62.6, 59.9),
    6.5: (87.8, 85.0, 82.4, 79.9, 77.4, 75.1, 72.3, 69.4, 66.7, 64.0, 61.3, 58.6),
}
CHART_REPS = 12  # the chart's columns
MOST_RIR = 4  # RPE 6: lighter efforts are guessed too loosely to set a weight by
# Library equipment that makes an exercise's effort a weight: kit with the word in its name ("dumbbells" too).
WEIGHTS = ("barbell", "dumbbell", "kettlebell")


def _to_failure() -> dict[float, float]:
    """Every cell by reps to failure (reps + reps in reserve); the chart gives equal sums one number."""
    found: dict[float, float] = {}
    for rpe, row in RPE_CHART.items():
        for reps, percent in enumerate(row, start=1):
            found.setdefault(reps + 10 - rpe, percent)
    return found


_BY_REPS_TO_FAILURE = _to_failure()


def chart_percent(reps: int, rir: float) -> float | None:
    """The chart's percentage of 1RM for `reps` with `rir` reps in reserve; None off the chart."""
    if not (1 <= reps <= CHART_REPS and 0 <= rir <= MOST_RIR) or (rir * 2) % 1:
        return None
    return _BY_REPS_TO_FAILURE.get(reps + rir)


def effort_range(reps: Reps, kind: str, low: float | None, high: float | None) -> tuple[float, float] | None:
    """(lightest, heaviest) percentage of 1RM for a set of `reps` at an RPE or RIR `low`–`high`: the most reps
    furthest from failure, and the fewest closest to it. None when either end is off the chart."""
    if kind not in ("rpe", "rir") or low is None or reps.kind not in ("fixed", "range"):
        return None
    high = low if high is None else high
    most_rir, least_rir = (10 - low, 10 - high) if kind == "rpe" else (high, low)
    lightest = chart_percent(reps.high, most_rir)
    heaviest = chart_percent(reps.low, least_rir)
    return None if lightest is None or heaviest is None else (lightest, heaviest)


def weighed(equipment: Iterable[str]) -> bool:
    """An exercise done with a barbell, dumbbells or a kettlebell: its effort can be read as a weight."""
    return any(word in kit.lower() for kit in equipment for word in WEIGHTS)


def on_a_barbell(equipment: Iterable[str]) -> bool:
    """Loaded on a barbell with plates: its weights get a plate breakdown."""
    return any("barbell" in kit.lower() for kit in equipment)
