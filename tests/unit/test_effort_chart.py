"""The RPE chart that turns an RPE or RIR set into a share of 1RM (studio.plan.effort), and where the plan uses it."""

from __future__ import annotations

import pytest
from samples import PROGRAM
from textedit import Sample

from studio import load_catalog
from studio.format import Reps
from studio.plan import RPE_CHART, chart_percent, effort_range


def test_the_chart_is_the_published_one_and_keeps_its_own_rule():
    assert list(RPE_CHART) == [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5]
    assert all(len(row) == 12 for row in RPE_CHART.values())
    assert RPE_CHART[10][:3] == (100.0, 95.5, 92.2) and RPE_CHART[6.5][-1] == 58.6
    # A set N reps short of failure weighs what N more reps to failure weigh: every cell agrees with that.
    by_sum: dict[float, set[float]] = {}
    for rpe, row in RPE_CHART.items():
        for reps, percent in enumerate(row, start=1):
            by_sum.setdefault(reps + 10 - rpe, set()).add(percent)
    assert all(len(found) == 1 for found in by_sum.values()), by_sum


@pytest.mark.parametrize(("reps", "rir", "percent"), [
    (1, 0, 100.0), (5, 2, 81.1), (3, 1, 89.2), (12, 3.5, 58.6), (8, 1.5, 75.1), (10, 0, 73.9),
    (5, 4, 76.2),  # RPE 6 is read by the chart's rule: 5 reps at RPE 6 = 9 reps at RPE 10
    (11, 4, 59.9),  # = 12 reps at RPE 7
])
def test_chart_percentages(reps, rir, percent):
    assert chart_percent(reps, rir) == percent


@pytest.mark.parametrize(("reps", "rir"), [(12, 4), (13, 0), (0, 1), (5, 4.5), (5, 5), (5, 1.25), (5, -1)])
def test_off_the_chart(reps, rir):
    assert chart_percent(reps, rir) is None


def test_an_effort_range_is_lightest_to_heaviest():
    assert effort_range(Reps(5, 5), "rpe", 8, 8) == (81.1, 81.1)
    assert effort_range(Reps(5, 5), "rpe", 7, 8) == (78.6, 81.1)
    # 8-12 reps at 1-2 RIR: 12 reps with 2 in reserve (62.6%) to 8 reps with 1 (76.2%).
    assert effort_range(Reps(8, 12), "rir", 1, 2) == (62.6, 76.2)
    assert effort_range(Reps(12, 15), "rir", 1, 1) is None  # 15 reps: off the chart at one end
    assert effort_range(Reps(amrap=True), "rpe", 8, 8) is None
    assert effort_range(Reps(seconds=30), "rpe", 8, 8) is None
    assert effort_range(Reps(5, 5), "percent", 80, 80) is None


def _plan(site, text):
    site.program(text)
    catalog = load_catalog(site.root)
    return catalog.plan(catalog.programs[0])


def test_the_plan_reads_effort_sets_of_weighted_lifts(site):
    text = Sample(PROGRAM).replace("load: 80%", "load: RPE 8").replace("load: 60%", "load: 20 kg").replace("""            sets: 3
            reps: 8-12
""", """            sets: 3
            reps: 8-12
            load: 1-2 RIR
""").replace("reps: AMRAP", "reps: 10\n                load: RPE 8")
    plan = _plan(site, text)
    day_a, day_b = plan.weeks[0].sessions[:2]
    squat, = day_a.exercises
    assert squat.barbell and [s.chart for s in squat.sets] == [(81.1, 81.1)] * 3
    bench, push_up, _ = day_b.exercises
    assert [s.chart for s in bench.sets] == [(62.6, 76.2)] * 3
    assert push_up.sets[0].chart is None and not push_up.barbell  # no weight to work out
    assert [(i.lift, i.basis, i.effort) for i in plan.inputs(effort=True)] == [
        ("Back squat", "1RM", True), ("Bench press", "1RM", True)]
    assert plan.inputs() == []  # the spreadsheet's inputs: effort is not among them


def test_a_lift_with_percentages_and_effort_sets_asks_for_one_1rm(site):
    text = Sample(PROGRAM).replace("""      - name: Day B
        exercises:
""", """      - name: Day B
        exercises:
          - exercise: Back squat
            sets: 2
            reps: 3
            load: RPE 9
""")
    inputs = _plan(site, text).inputs(effort=True)
    assert [(i.lift, i.basis, i.effort) for i in inputs] == [("Back squat", "1RM", False)]
