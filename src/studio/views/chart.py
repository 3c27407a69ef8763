"""Static charts of a programme's figures, laid out here and drawn by templates/_charts.html.j2.

Made at build time: no JavaScript, a title and a description for screen readers, and the same
numbers as a table beside each chart.

The charts' text is never scaled with the chart, so it reads at the stylesheet's size on a 390 px phone as on a
desktop (a chart drawn in a fixed viewBox and shrunk to a phone's width drew its labels 6 px tall). The weekly
chart's SVG has no viewBox: a user unit is a CSS pixel, heights are pixels and everything across is a percentage
of the chart's width. The muscle groups are HTML rows: a label above its bar on a phone, beside it on a wider
screen (studio.css).

The weekly chart's bars are working sets, or minutes of conditioning blocks for a programme whose blocks fill at least
half of the estimated session time (a running plan, a conditioning week): its working sets would be a row of zeros.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from studio.format import sets_text
from studio.plan import Figures

HEIGHT = 216  # px, the weekly chart: the plot, then the week numbers and "Week" under it
TOP, PLOT = 12, 156  # px: where the plot starts and how tall it is
LEFT = 10.0  # % of the width left of the plot, for the working-sets scale
RIGHT, NO_RIGHT = 12.0, 3.0  # % right of the plot, for the intensity scale or without one
WEEK_LABELS = 12  # most week numbers under the bars; with more weeks every 2nd, 4th... week is numbered
MINUTES_SHARE = 0.5  # conditioning's share of the session estimate from which the bars show its minutes


@dataclass(frozen=True)
class Bar:
    x: float  # % of the chart's width
    width: float  # %
    y: float  # px
    height: float  # px
    label: str
    deload: bool = False


@dataclass(frozen=True)
class WeeklyChart:
    bars: tuple[Bar, ...]
    segments: tuple[tuple[float, float, float, float], ...]  # the intensity line: (x1 %, y1 px, x2 %, y2 px)
    dots: tuple[tuple[float, float], ...]  # (x %, y px) of each week's intensity
    sets_ticks: tuple[tuple[float, str], ...]  # (y px, label) on the left scale
    intensity_ticks: tuple[tuple[float, str], ...]  # on the right scale
    weeks: tuple[tuple[float, str], ...]  # (x %, week number) under the bars
    left: float = LEFT
    right: float = NO_RIGHT
    height: int = HEIGHT
    axis: int = TOP + PLOT  # px: the plot's foot
    minutes: bool = False  # the bars are minutes of conditioning a week, not working sets


@dataclass(frozen=True)
class MuscleBar:
    label: str
    value: str
    width: float  # % of the longest bar's room


@dataclass(frozen=True)
class MuscleChart:
    bars: tuple[MuscleBar, ...]


def _scale(value: float) -> tuple[int, int]:
    """The bars' scale: its top and the step between its lines, whole numbers (at most 5 steps)."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value <= step * 5:
            return max(step, math.ceil(value / step) * step), step
    return int(value) + 1, int(value) + 1


def _every(weeks: int) -> int:
    """Number every week, or every 2nd, 4th... so that at most WEEK_LABELS numbers share the width."""
    step = 1
    while -(-weeks // step) > WEEK_LABELS:
        step *= 2
    return step


def weekly_chart(figures: Figures) -> WeeklyChart | None:
    weeks = figures.weeks
    if len(weeks) < 2:
        return None
    has_line = any(w.intensity is not None for w in weeks)
    right = RIGHT if has_line else NO_RIGHT
    slot = (100 - LEFT - right) / len(weeks)
    minutes = figures.conditioning_share >= MINUTES_SHARE
    values = [w.conditioning_minutes if minutes else w.sets for w in weeks]
    top, step = _scale(max(values) or 1)
    bars = tuple(Bar(LEFT + i * slot + slot * 0.15, slot * 0.7, TOP + PLOT * (1 - value / top), PLOT * value / top,
                     f"Week {w.week}", w.deload) for i, (w, value) in enumerate(zip(weeks, values)))
    dots = tuple((LEFT + (i + 0.5) * slot, TOP + PLOT * (1 - w.intensity / 100))
                 for i, w in enumerate(weeks) if w.intensity is not None)
    segments = tuple((*one, *two) for one, two in zip(dots, dots[1:]))
    sets_ticks = tuple((TOP + PLOT * (1 - n / top), str(n)) for n in range(0, top + 1, step))
    intensity_ticks = tuple((TOP + PLOT * (1 - n / 4), f"{25 * n}%") for n in range(5)) if has_line else ()
    every = _every(len(weeks))
    numbers = tuple((LEFT + (i + 0.5) * slot, str(w.week)) for i, w in enumerate(weeks) if i % every == 0)
    return WeeklyChart(bars, segments, dots, sets_ticks, intensity_ticks, numbers, LEFT, right, minutes=minutes)


def muscle_chart(figures: Figures) -> MuscleChart | None:
    muscles = list(figures.muscle_sets.items())
    if not muscles:
        return None
    top = max(n for _, n in muscles) or 1
    return MuscleChart(tuple(MuscleBar(muscle.capitalize(), sets_text(n), 100 * n / top) for muscle, n in muscles))
