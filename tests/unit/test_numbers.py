"""Numbers as a person writes them: sets in halves, percentages to one decimal, on the page, in the PDF, the CSV and
the spreadsheet's labels, with the exact figures only in the JSON download (studio.format.numbers)."""

from __future__ import annotations

import json

import pytest
from readers import csv_rows, flat, pdf_pages, set_rows
from samples import PROGRAM

from studio import load_catalog
from studio.catalog import comparison_rows, program_cells
from studio.downloads import json_text, program_data, set_groups, write_csv, write_pdf, write_xlsx
from studio.format import amount_text, percent_text, sets_text
from studio.presentation import exercise_label, load_label
from studio.site import Booking, Studio


@pytest.mark.parametrize(("value", "text"), [
    (105.0625, "105.1"), (72.25, "72.3"), (72.5, "72.5"), (80.0, "80"), (80, "80"), (100.04, "100"),
    (105.05, "105.1"),  # as written, not as the float just under it
    (33.333333333333336, "33.3"), (0.04, "0"), (-0.04, "0"), (0, "0"),
])
def test_percentages_read_to_at_most_one_decimal(value, text):
    assert percent_text(value) == text


@pytest.mark.parametrize(("value", "text"), [
    (64.7, "64.5"), (64.66666666666667, "64.5"), (64.75, "65"), (64.74, "64.5"), (10.25, "10.5"),
    (2.25, "2.5"), (15.333333333333334, "15.5"), (12.0, "12"), (12, "12"), (7.5, "7.5"), (0.2, "0"), (0, "0"),
])
def test_sets_read_as_whole_numbers_or_halves(value, text):
    assert sets_text(value) == text


@pytest.mark.parametrize(("value", "text"), [
    (1.25, "1.25"), (64.6134, "64.61"), (60.0, "60"), (2.005, "2.01"), (0.1 + 0.2, "0.3"), (142.5, "142.5"),
])
def test_amounts_read_to_at_most_two_decimals(value, text):
    assert amount_text(value) == text


# A squat whose 5RM share rises 1.6875% a week, compounding: 100, 101.6875, 103.40352..., 105.14841...% over four
# weeks (100 × 1.016875³), which read 100, 101.7, 103.4 and 105.1.
EXACT = round(100 * 1.016875 ** 3, 9)
RISING = (PROGRAM.replace("weeks: 3\n", "weeks: 4\n", 1)
          .replace("  - name: Base\n    weeks: 2\n", "  - name: Base\n    weeks: 4\n    increase: 1.6875% a week\n", 1)
          .replace("            load: 80%\n", "            load: 100% 5RM\n", 1))
RISING = RISING[:RISING.index("  - name: Deload")]
STUDIO = Studio(name="Test Studio", city="Leeds", email="hi@test.example",
                booking=Booking(personal_training="https://test.example/book/pt",
                                sports_massage="https://test.example/m", presale="https://test.example/p"))


@pytest.fixture
def rising(site):
    site.program(RISING)
    catalog = load_catalog(site.root)
    program = catalog.programs[0]
    return catalog, program, catalog.plan(program)


def _squats(plan):
    """The week's last squat, week by week."""
    return [[e for s in w.sessions for e in s.exercises if e.name == "Back squat"][-1] for w in plan.weeks]


def test_a_percentage_raised_each_week_reads_to_one_decimal_on_the_page(rising):
    _, _, plan = rising
    squat = _squats(plan)[-1]
    assert squat.sets[0].load.low == EXACT == 105.148410229  # the plan keeps it exact
    assert str(squat.sets[0].load) == "105.1% 5RM"
    assert exercise_label(squat) == "3 × 5 @ 105.1% 5RM"
    assert load_label([s.sets[0].load for s in _squats(plan)]) == "100/101.7/103.4/105.1% 5RM"


def test_a_percentage_raised_each_week_reads_to_one_decimal_in_the_files_and_exactly_in_the_json(rising, tmp_path):
    catalog, program, plan = rising
    write_csv(set_groups(plan), tmp_path / "p.csv")
    last = [r for r in csv_rows(tmp_path / "p.csv") if r["exercise"] == "Back squat"][-1]
    assert (last["week"], last["load"], last["load_low"], last["load_high"]) == ("4", "105.1% 5RM", "105.1", "105.1")
    write_xlsx(plan, tmp_path / "p.xlsx")
    targets = [r["Target"] for r in set_rows(tmp_path / "p.xlsx") if r["Exercise"] == "Back squat"]
    assert targets[-1] == "105.1% 5RM" and "103.4% 5RM" in targets
    write_pdf(plan, catalog.exercise, STUDIO, "https://test.example/", tmp_path / "p.pdf")
    text = flat(" ".join(pdf_pages(tmp_path / "p.pdf")))
    assert "5 @ 105.1% 5RM" in text and "105.06" not in text
    data = json.loads(json_text(program_data(plan, catalog.exercise, program_cells(catalog, program))))
    loads = [t for t in _targets(data) if t["kind"] == "percent"]
    assert loads[-1]["text"] == "105.1% 5RM" and loads[-1]["low"] == EXACT


def _targets(data: dict) -> list[dict]:
    return [s["load"] for session in data["sessions"] for e in session["exercises"] for s in e["sets"] if s["load"]]


# Day A (6 sets) and Day B (7) alternate over three sessions a week: A B A, B A B, A B A, so 19, 20 and 19
# working sets, 58 / 3 = 19.33 a week.
ALTERNATING = (PROGRAM.replace("  - name: Base\n    weeks: 2\n", "  - name: Base\n    weeks: 3\n", 1)
               .replace("            rest: 3 min\n", "            rest: 3 min\n          - exercise: Bench press\n"
                        "            sets: 3\n            reps: 5\n", 1))
ALTERNATING = ALTERNATING[:ALTERNATING.index("  - name: Deload")]


def test_a_fractional_weekly_sets_figure_reads_in_halves_in_the_compare_table(site):
    site.program(ALTERNATING)
    catalog = load_catalog(site.root)
    program = catalog.programs[0]
    figures = catalog.figures(program)
    assert [w.sets for w in figures.weeks] == [19, 20, 19] and figures.sets_per_week == 58 / 3
    row = next(r for r in comparison_rows([program_cells(catalog, program)], catalog.library.muscles)
               if r.key == "sets_per_week")
    assert row.cells == ["19.5"]  # it read 19.3
    data = json.loads(json_text(program_data(catalog.plan(program), catalog.exercise, program_cells(catalog, program))))
    cell = next(c for c in data["comparison"] if c["key"] == "sets_per_week")
    assert (cell["text"], cell["value"]) == ("19.5", 58 / 3)
