"""The figures' charts, laid out at build time (studio.views.chart): text never scaled, so across in % and down in
px, whole numbers on the sets scale, and a week number under as many bars as the width can hold."""

from __future__ import annotations

import pytest

from studio.plan import Figures, figures_from_data
from studio.views import muscle_chart, weekly_chart

LEFT, RIGHT, NO_RIGHT = 10.0, 12.0, 3.0  # % of the width beside the plot: the sets scale, the intensity scale


def _figures(sets: list[int], intensity: list[float | None] | None = None, muscles: dict | None = None) -> Figures:
    intensity = intensity or [None] * len(sets)
    weeks = [{"week": n + 1, "deload": False, "sets": s, "style_shares": {}, "intensity": i}
             for n, (s, i) in enumerate(zip(sets, intensity))]
    return figures_from_data({"sets_per_week": sum(sets) / len(sets), "style_shares": {}, "muscle_sets": muscles or {},
                              "weeks": weeks})


def test_a_weekly_chart_needs_two_weeks():
    assert weekly_chart(_figures([12])) is None


def test_bars_fill_the_plot_across_in_percent_and_down_in_pixels():
    chart = weekly_chart(_figures([40, 50, 64], [70.0, 72.5, 75.0]))
    assert (chart.left, chart.right) == (LEFT, RIGHT)
    top, foot = chart.sets_ticks[-1][0], chart.axis  # px: the plot's top line and its foot
    assert chart.sets_ticks[0][0] == foot and 0 < top < foot < chart.height
    slot = (100 - LEFT - RIGHT) / 3
    assert [round(b.x, 4) for b in chart.bars] == [round(LEFT + (i + 0.15) * slot, 4) for i in range(3)]
    assert all(round(b.width, 4) == round(slot * 0.7, 4) for b in chart.bars)
    # 64 sets on a scale of 0-80 in steps of 20: the tallest bar is 64/80 of the plot, sitting on its foot.
    assert [label for _, label in chart.sets_ticks] == ["0", "20", "40", "60", "80"]
    assert chart.bars[2].height == (foot - top) * 64 / 80 and chart.bars[2].y + chart.bars[2].height == foot
    assert [label for _, label in chart.intensity_ticks] == ["0%", "25%", "50%", "75%", "100%"]
    assert len(chart.dots) == 3 and len(chart.segments) == 2
    assert chart.segments[0] == (*chart.dots[0], *chart.dots[1])


@pytest.mark.parametrize(("top", "ticks"), [
    (3, ["0", "1", "2", "3"]), (16, ["0", "5", "10", "15", "20"]), (41, ["0", "10", "20", "30", "40", "50"]),
    (123, ["0", "25", "50", "75", "100", "125"]),
])
def test_the_sets_scale_counts_in_whole_numbers(top, ticks):
    assert [label for _, label in weekly_chart(_figures([1, top])).sets_ticks] == ticks


def test_without_an_intensity_line_there_is_no_right_hand_scale():
    chart = weekly_chart(_figures([10, 12]))
    assert (chart.right, chart.intensity_ticks, chart.dots, chart.segments) == (NO_RIGHT, (), (), ())


@pytest.mark.parametrize(("weeks", "numbered"), [
    (12, [str(n) for n in range(1, 13)]),
    (13, ["1", "3", "5", "7", "9", "11", "13"]),
    (30, ["1", "5", "9", "13", "17", "21", "25", "29"]),
])
def test_weeks_are_numbered_as_the_width_allows(weeks, numbered):
    chart = weekly_chart(_figures([10] * weeks))
    assert [label for _, label in chart.weeks] == numbered
    assert all(LEFT < x < 100 - NO_RIGHT for x, _ in chart.weeks)


def test_muscle_bars_read_in_halves_and_the_longest_fills_its_row():
    chart = muscle_chart(_figures([10, 10], muscles={"quads": 9.0, "triceps": 2.25, "rear delts": 4.6666}))
    assert [(b.label, b.value, round(b.width, 2)) for b in chart.bars] == [
        ("Quads", "9", 100.0), ("Triceps", "2.5", 25.0), ("Rear delts", "4.5", 51.85)]
    assert muscle_chart(_figures([10, 10])) is None


def _conditioning(minutes: list[float], sets: list[int], share: float) -> Figures:
    weeks = [{"week": n + 1, "deload": False, "sets": s, "style_shares": {}, "intensity": None,
              "conditioning_minutes": m} for n, (m, s) in enumerate(zip(minutes, sets))]
    return figures_from_data({"sets_per_week": sum(sets) / len(sets), "style_shares": {}, "muscle_sets": {},
                              "weeks": weeks, "conditioning_minutes": sum(minutes) / len(minutes),
                              "conditioning_share": share})


def test_a_plan_that_is_mostly_conditioning_charts_its_minutes():
    # 60, 63 and 67.5 minutes a week and no working sets: bars of minutes on a 0-80 scale, not three empty weeks.
    chart = weekly_chart(_conditioning([60, 63, 67.5], [0, 0, 0], 0.7))
    assert chart.minutes
    assert [label for _, label in chart.sets_ticks] == ["0", "20", "40", "60", "80"]
    assert [round(bar.height, 2) for bar in chart.bars] == [round(156 * m / 80, 2) for m in (60, 63, 67.5)]
    # A fractional top rounds the scale up: 40.5 min needs a line at 50, not 40.
    assert [label for _, label in weekly_chart(_conditioning([40.5, 30], [0, 0], 1)).sets_ticks][-1] == "50"


def test_a_plan_with_some_conditioning_still_charts_its_working_sets():
    # Conditioning under half of the session estimate (here 49%): the bars stay working sets.
    chart = weekly_chart(_conditioning([20, 20], [12, 16], 0.49))
    assert not chart.minutes and [label for _, label in chart.sets_ticks][-1] == "20"
    assert chart.bars[1].height == 156 * 16 / 20
