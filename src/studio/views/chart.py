"""Static SVG charts of a programme's figures, laid out here and drawn by templates/_charts.html.j2.

Made at build time: no JavaScript, a title and a description for screen readers, and the same
numbers as a table beside each chart.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.plan import Figures

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 44, 44, 16, 36
ROW = 22  # height of a muscle group's bar


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: str
    deload: bool = False


@dataclass(frozen=True)
class WeeklyChart:
    bars: tuple[Bar, ...]
    line: str  # SVG points of the intensity line, or ''
    dots: tuple[tuple[float, float, str], ...]
    sets_ticks: tuple[tuple[float, str], ...]  # (y, label) on the left axis
    intensity_ticks: tuple[tuple[float, str], ...]  # on the right axis
    width: int = WIDTH
    height: int = HEIGHT


@dataclass(frozen=True)
class MuscleChart:
    bars: tuple[Bar, ...]
    width: int = WIDTH
    height: int = 0


def _nice_top(value: float) -> int:
    for step in (5, 10, 20, 25, 50, 100, 200):
        if value <= step * 5:
            return max(step, -(-int(value) // step) * step)
    return int(value) + 1


def weekly_chart(figures: Figures) -> WeeklyChart | None:
    weeks = figures.weeks
    if len(weeks) < 2:
        return None
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    top = _nice_top(max(w.sets for w in weeks) or 1)
    slot = plot_w / len(weeks)
    bars = tuple(Bar(LEFT + i * slot + slot * 0.15, TOP + plot_h * (1 - w.sets / top), slot * 0.7,
                     plot_h * w.sets / top, f"Week {w.week}", str(w.sets), w.deload) for i, w in enumerate(weeks))
    points = [(LEFT + (i + 0.5) * slot, TOP + plot_h * (1 - w.intensity / 100), f"{w.intensity:g}%")
              for i, w in enumerate(weeks) if w.intensity is not None]
    sets_ticks = tuple((TOP + plot_h * (1 - n / 4), f"{top * n // 4:g}") for n in range(5))
    intensity_ticks = tuple((TOP + plot_h * (1 - n / 4), f"{25 * n}%") for n in range(5)) if points else ()
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in points)
    return WeeklyChart(bars, line, tuple(points), sets_ticks, intensity_ticks)


def muscle_chart(figures: Figures) -> MuscleChart | None:
    muscles = list(figures.muscle_sets.items())
    if not muscles:
        return None
    label_w = 120
    plot_w = WIDTH - label_w - 48
    top = max(n for _, n in muscles) or 1
    bars = tuple(Bar(label_w, TOP + i * ROW, plot_w * n / top, ROW - 6, muscle.capitalize(), f"{n:g}")
                 for i, (muscle, n) in enumerate(muscles))
    return MuscleChart(bars, WIDTH, TOP * 2 + ROW * len(muscles))
