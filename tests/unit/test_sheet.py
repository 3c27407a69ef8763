"""The spreadsheet, rendered from the plan: its inputs, a block per session, and loads that LibreOffice computes."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections import defaultdict

import openpyxl
import pytest
from readers import half_up, input_cells, libreoffice_recalculate_all, set_rows
from samples import LIBRARY, PROGRAM, STYLES, program_header

from studio import load_catalog
from studio.downloads import (
    INPUTS,
    STEP_CELL,
    UNIT_CELL,
    sheet_title,
    start_formula,
    target_formula,
    weight_formula,
    write_xlsx,
)

LB = 2.20462


PERCENT_A_WEEK = program_header(3, 2) + """phases:
  - name: Build
    weeks: 3
    increase: 2.5% a week
    days:
      - name: Day A
        exercises:
          - exercise: Back squat
            sets: 3
            reps: [5, 5, 5+]
            load: [62.5%, 67.5%, 72.5%]
          - exercise: Bench press
            sets: 3
            reps: 8
            load: RPE 8
"""
WAVE = {1: (65, 75, 85), 2: (70, 80, 90), 3: (75, 85, 95), 4: (40, 50, 60)}
TRAINING_MAX_WAVES = program_header(12, 1, "training_max: 90\n") + """phases:
  - name: Wave
    weeks: 4
    cycles: 3
    days:
      - name: Squat and bench
        exercises:
          - exercise: Back squat
            sets: 3
            reps: [5, 5, 5+]
            load: [65% TM, 75% TM, 85% TM]
            increase: 5 kg a cycle
            warmup_sets: [bar × 5, 50% × 5]
            rule: If the last set falls short of 5 reps, keep the training max for the next cycle.
            weeks:
              - {}
              - {reps: [3, 3, 3+], load: [70% TM, 80% TM, 90% TM]}
              - {reps: [5, 3, 1+], load: [75% TM, 85% TM, 95% TM]}
              - {reps: 5, load: [40% TM, 50% TM, 60% TM]}
          - exercise: Bench press
            sets: 3
            reps: 5
            load: [65% TM, 75% TM, 85% TM]
            increase: 5 lb a cycle
"""
LINEAR_AB = program_header(2, 3) + """phases:
  - name: Novice
    weeks: 2
    days:
      - name: Workout A
        exercises:
          - exercise: Back squat
            sets: 3
            reps: 5
            load: start
            increase: 2.5 kg a session
            warmup_sets: [bar × 5, 50% × 5]
          - exercise: Bench press
            sets: 3
            reps: 5
            load: start
            increase: 2.5 kg a session
      - name: Workout B
        exercises:
          - exercise: Back squat
            sets: 3
            reps: 5
            load: start
            increase: 2.5 kg a session
          - exercise: Push-up
            sets: 2
            reps: 10
            load: 10 kg
"""

# A training max raised 2.5 kg a week through two runs of a three-week phase, and a 1RM raised 1 kg a session.
TM_A_WEEK = program_header(6, 1, "training_max: 90\n") + """phases:
  - name: Climb
    weeks: 3
    cycles: 2
    days:
      - name: Day A
        exercises:
          - exercise: Back squat
            sets: 1
            reps: 5+
            load: 85% TM
            increase: 2.5 kg a week
            warmup_sets: [50% × 5]
          - exercise: Bench press
            sets: 1
            reps: 5
            load: 70%
            increase: 1 kg a session
"""


TEXAS = program_header(2, 3) + """phases:
  - name: Texas
    weeks: 2
    increase: 2.5% a week
    days:
      - name: Volume day
        exercises:
          - exercise: Back squat
            sets: 5
            reps: 5
            load: 90% 5RM
      - name: Recovery day
        exercises:
          - exercise: Back squat
            sets: 2
            reps: 5
            load: 80% of Volume day
          - exercise: Bench press
            sets: 3
            reps: 5
            load: [70-75%, 70-75%, 80-85%]
"""

# Fixed weights only: written in kg and in lb, one a range, with a warm-up set in kg; a set range.
FIXED = program_header(1, 1) + """phases:
  - name: Fixed
    weeks: 1
    days:
      - name: Day A
        exercises:
          - exercise: Back squat
            sets: 3-4
            reps: 8
            load: 20 kg
            warmup_sets: [20 kg × 5]
          - exercise: Bench press
            sets: 2
            reps: 8
            load: 45 lb
          - exercise: Push-up
            sets: 2
            reps: 10
            load: 20-25 kg
"""


def written(site, text: str, tmp_path, name: str = "p.xlsx"):
    site.program(text)
    catalog = load_catalog(site.root)
    target = tmp_path / name
    write_xlsx(catalog.plan(catalog.programs[0]), target)
    return target, catalog.plan(catalog.programs[0])


def working(rows: list[dict], exercise: str, top: bool = False) -> dict[tuple[int, int], list]:
    """{(week, session): [load of each working set]} for one exercise; only the last set when `top`."""
    found = defaultdict(list)
    for row in rows:
        if row["Exercise"] == exercise and isinstance(row["Set"], int):
            found[(row["week"], row["session"])].append(row["Load"])
    return {key: loads[-1:] if top else loads for key, loads in found.items()}


# ---------------------------------------------------------------- layout, without a spreadsheet program


def test_sheet_titles_are_valid_and_unique():
    taken: set[str] = set()
    assert sheet_title(1, "Block 1 — Sets of five", taken) == "P1 Block 1 — Sets of five"
    assert sheet_title(2, "a/b:c*?[x]\\y'z", taken) == "P2 a b c x y z"
    long = sheet_title(3, "An extremely long phase name that keeps going", taken)
    assert len(long) <= 31
    taken.add("p4 same")
    assert sheet_title(4, "Same", taken) == "P4 Same (2)"


def test_formulas_round_to_the_step_and_stay_blank_until_the_input_is_filled():
    assert target_formula("C9", 72.5) == (
        '=IF(ISNUMBER(Inputs!$C$9),ROUND(Inputs!$C$9*72.5/100/Inputs!$C$5,0)*Inputs!$C$5,"")')
    assert start_formula("C12", 5, "kg") == (
        '=IF(ISNUMBER(Inputs!$C$12),ROUND((Inputs!$C$12+5*Inputs!$C$6)/Inputs!$C$5,0)*Inputs!$C$5,"")')
    assert start_formula("C12", 10, "lb", scale=0.5) == (
        '=IF(ISNUMBER(Inputs!$C$12),ROUND(0.5*(Inputs!$C$12+10/2.20462*Inputs!$C$6)/Inputs!$C$5,0)*Inputs!$C$5,"")')
    assert weight_formula(20, "kg") == '=IF(Inputs!$C$4="kg",20,ROUND(20*Inputs!$C$6/Inputs!$C$5,0)*Inputs!$C$5)'


def test_a_compounded_percentage_reaches_the_formulas_whole(site, tmp_path):
    # Week 3 of 2.5% a week on 62.5% is 62.5 × 1.025² = 65.6640625%, as the plan and the JSON have it. Written
    # to six figures (65.6641) the sheet's load would differ from the calculator's, and could round to the
    # other side of a step.
    assert target_formula("C9", 65.6640625) == (
        '=IF(ISNUMBER(Inputs!$C$9),ROUND(Inputs!$C$9*65.6640625/100/Inputs!$C$5,0)*Inputs!$C$5,"")')
    target, _ = written(site, PERCENT_A_WEEK, tmp_path)
    week_3 = working(set_rows(target), "Back squat")[(3, 1)]
    assert [re.search(r"\*([\d.]+)/100", formula).group(1) for formula in week_3] == [
        "65.6640625", "70.9171875", "76.1703125"]


def test_inputs_ask_for_the_1rm_and_work_out_a_training_max_per_cycle(site, tmp_path):
    target, plan = written(site, TRAINING_MAX_WAVES, tmp_path)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [INPUTS, "P1 Wave"]
    inputs = book[INPUTS]
    assert (inputs[UNIT_CELL].value, inputs[STEP_CELL].value) == ("kg", '=IF(C4="lb",5,2.5)')
    cells = input_cells(book)
    assert list(cells) == [
        ("Back squat", "1RM"), ("Back squat", "Training max"), ("Back squat", "Training max, cycle 2"),
        ("Back squat", "Training max, cycle 3"), ("Bench press", "1RM"), ("Bench press", "Training max"),
        ("Bench press", "Training max, cycle 2"), ("Bench press", "Training max, cycle 3")]
    formulas = [inputs[cell].value for cell in cells.values()]
    assert formulas[:4] == [None, '=IF(ISNUMBER(C10),C10*90/100,"")', '=IF(ISNUMBER(C11),C11+5*C6,"")',
                            '=IF(ISNUMBER(C12),C12+5*C6,"")']
    # Bench press goes up in lb: converted through the kg-to-unit factor, whatever the sheet's unit.
    assert formulas[6] == '=IF(ISNUMBER(C15),C15+5/2.20462*C6,"")'
    # Each cycle's loads read that cycle's training max.
    rows = set_rows(target)
    squat_top = working(rows, "Back squat", top=True)
    assert squat_top[(1, 1)] == [target_formula(cells[("Back squat", "Training max")], 85)]
    assert squat_top[(5, 1)] == [target_formula(cells[("Back squat", "Training max, cycle 2")], 85)]
    assert squat_top[(12, 1)] == [target_formula(cells[("Back squat", "Training max, cycle 3")], 60)]
    first = [r for r in rows if r["week"] == 1 and r["Exercise"] == "Back squat"]
    assert [(r["Set"], r["Reps"], r["Target"]) for r in first] == [
        ("W1", "5", "Bar"), ("W2", "5", "32.5% TM"), (1, "5", "65% TM"), (2, "5", "75% TM"), (3, "5+", "85% TM")]
    # The bar is the bar on Inputs; a barbell warm-up is never lighter than it.
    assert first[0]["Load"] == "=Inputs!$C$7"
    assert first[1]["Load"] == target_formula(cells[("Back squat", "Training max")], 32.5, bar=True) == (
        '=IF(ISNUMBER(Inputs!$C$11),MAX(Inputs!$C$7,ROUND(Inputs!$C$11*32.5/100/Inputs!$C$5,0)*Inputs!$C$5),"")')
    # The rule sits beside its exercise, on its first row.
    assert first[0]["Notes"] == "If the last set falls short of 5 reps, keep the training max for the next cycle."


def test_each_cycle_has_its_own_training_max_even_without_an_increase(site, tmp_path):
    text = TRAINING_MAX_WAVES.replace("            increase: 5 kg a cycle\n", "").replace(
        "            increase: 5 lb a cycle\n", "").replace("    cycles: 3\n", "    cycles: 2\n").replace(
        "weeks: 12", "weeks: 8")
    target, _ = written(site, text, tmp_path)
    book = openpyxl.load_workbook(target)
    cells = input_cells(book)
    assert list(cells)[:3] == [("Back squat", "1RM"), ("Back squat", "Training max"),
                               ("Back squat", "Training max, cycle 2")]
    assert book[INPUTS]["C12"].value == '=IF(ISNUMBER(C11),C11,"")'
    squat_top = working(set_rows(target), "Back squat", top=True)
    assert squat_top[(4, 1)] == [target_formula(cells[("Back squat", "Training max")], 60)]
    assert squat_top[(5, 1)] == [target_formula(cells[("Back squat", "Training max, cycle 2")], 85)]


def test_every_session_has_its_own_block_even_when_a_day_comes_twice_in_a_week(site, tmp_path):
    target, plan = written(site, LINEAR_AB, tmp_path)
    rows = set_rows(target)
    blocks = list(dict.fromkeys((r["week"], r["session"], r["day"]) for r in rows))
    assert blocks == [(s.week, s.number, s.template.name) for s in plan.sessions] == [
        (1, 1, "Workout A"), (1, 2, "Workout B"), (1, 3, "Workout A"),
        (2, 1, "Workout B"), (2, 2, "Workout A"), (2, 3, "Workout B")]
    assert len(rows) == sum(len(e.sets) + len(e.warmups) for s in plan.sessions for e in s.exercises)
    squat = working(rows, "Back squat", top=True)
    cells = input_cells(openpyxl.load_workbook(target))
    start = cells[("Back squat", "Start weight")]
    assert [loads[0] for loads in squat.values()] == [start_formula(start)] + [
        start_formula(start, 2.5 * n, "kg") for n in range(1, 6)]
    assert [r["Target"] for r in rows if r["Exercise"] == "Push-up"][:1] == ["10 kg"]
    assert [r["Load"] for r in rows if r["Exercise"] == "Push-up"][:1] == [weight_formula(10, "kg")]


def test_a_rep_max_input_a_share_of_another_day_and_a_range(site, tmp_path):
    target, _ = written(site, TEXAS, tmp_path)
    cells = input_cells(openpyxl.load_workbook(target))
    assert list(cells) == [("Back squat", "5RM"), ("Bench press", "1RM")]
    rows = set_rows(target)
    recovery = [r for r in rows if r["week"] == 1 and r["session"] == 2 and r["Exercise"] == "Back squat"]
    assert [(r["Target"], r["Load"]) for r in recovery] == [
        ("72% 5RM (80% of Volume day)", target_formula(cells[("Back squat", "5RM")], 72))] * 2
    bench = [(r["Target"], r["Load"], r["Up to"]) for r in rows if r["week"] == 1 and r["session"] == 2
             and r["Exercise"] == "Bench press"]
    one_rm = cells[("Bench press", "1RM")]
    assert bench[1:] == [("70–75% 1RM", target_formula(one_rm, 70), target_formula(one_rm, 75)),
                         ("80–85% 1RM", target_formula(one_rm, 80), target_formula(one_rm, 85))]


def test_a_max_raised_each_week_adds_to_its_cycles_cell_in_the_formula(site, tmp_path):
    target, _ = written(site, TM_A_WEEK, tmp_path)
    book = openpyxl.load_workbook(target)
    cells = input_cells(book)
    assert list(cells) == [
        ("Back squat", "1RM"), ("Back squat", "Training max"), ("Back squat", "Training max, cycle 2"),
        ("Bench press", "1RM"), ("Bench press", "1RM, cycle 2")]
    inputs = book[INPUTS]
    # Cycle 2 starts from the max cycle 1 reached: three weeks of 2.5 kg; three sessions of 1 kg.
    assert inputs[cells[("Back squat", "Training max, cycle 2")]].value == '=IF(ISNUMBER(C11),C11+7.5*C6,"")'
    assert inputs[cells[("Bench press", "1RM, cycle 2")]].value == '=IF(ISNUMBER(C13),C13+3*C6,"")'
    rows = set_rows(target)
    squat, bench = working(rows, "Back squat"), working(rows, "Bench press")
    tm, tm2 = cells[("Back squat", "Training max")], cells[("Back squat", "Training max, cycle 2")]
    assert [squat[(week, 1)] for week in range(1, 7)] == [
        [target_formula(tm, 85)], [target_formula(tm, 85, 2.5, "kg")], [target_formula(tm, 85, 5, "kg")],
        [target_formula(tm2, 85)], [target_formula(tm2, 85, 2.5, "kg")], [target_formula(tm2, 85, 5, "kg")]]
    assert squat[(2, 1)] == ['=IF(ISNUMBER(Inputs!$C$11),ROUND((Inputs!$C$11+2.5*Inputs!$C$6)*85/100/Inputs!$C$5,0)'
                             '*Inputs!$C$5,"")']
    one_rm, one_rm2 = cells[("Bench press", "1RM")], cells[("Bench press", "1RM, cycle 2")]
    assert bench[(6, 1)] == [target_formula(one_rm2, 70, 2, "kg")] and bench[(3, 1)] == [target_formula(one_rm, 70, 2, "kg")]
    warmup = [r for r in rows if r["week"] == 2 and r["Set"] == "W1"]
    assert [(r["Target"], r["Load"]) for r in warmup] == [
        ("42.5% (TM + 2.5 kg)", target_formula(tm, 42.5, 2.5, "kg", bar=True))]


def test_an_open_ended_programme_says_how_to_carry_on(site, tmp_path):
    target, _ = written(site, LINEAR_AB.replace("phases:\n", "ongoing: '=Keep adding 2.5 kg a session.'\nphases:\n", 1),
                        tmp_path)
    book = openpyxl.load_workbook(target)
    inputs = [c for row in book[INPUTS].iter_rows() for c in row if str(c.value).startswith("After the last week")]
    assert [(c.value, c.data_type) for c in inputs] == [("After the last week: =Keep adding 2.5 kg a session.", "s")]
    phase = book["P1 Novice"]
    assert [c.value for row in phase.iter_rows(min_row=phase.max_row) for c in row][0] == (
        "After week 2: =Keep adding 2.5 kg a session.")


def test_a_phase_sheet_reads_percentages_sets_and_owner_notes(site, tmp_path):
    text = PROGRAM.replace("            rest: 3 min\n", "            rest: 3 min\n            notes: Pause at the bottom.\n"
                           "            tempo: 3-1-1-0\n", 1)
    target, plan = written(site, text, tmp_path)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [INPUTS, "P1 Base", "P2 Deload"]
    assert book["P1 Base"]["A1"].value == "Phase 1: Base (weeks 1–2)"
    assert [c.value for c in book["P1 Base"][4]][2:5] == ["Set", "Reps", "Target"]
    rows = set_rows(target)
    squat = [r for r in rows if r["week"] == 1 and r["session"] == 1]
    assert [(r["Order"], r["Set"], r["Reps"], r["Target"], r["Rest"]) for r in squat] == [
        ("A", n, "5", "80% 1RM", "3 min") for n in (1, 2, 3)]
    assert [r["Notes"] for r in squat] == ["Pause at the bottom. Tempo 3-1-1-0.", None, None]
    dead_bug = [r for r in rows if r["week"] == 1 and r["session"] == 2 and r["Exercise"] == "Dead bug"]
    assert [(r["Order"], r["Reps"], r["Load"], r["Rest"]) for r in dead_bug] == [("B2", "8 each side", None, "90 s")] * 2
    sentence = [c.value for row in book["P1 Base"].iter_rows() for c in row if str(c.value).startswith("Superset B")]
    assert len(sentence) == 3  # the superset's Day B comes three times in weeks 1 and 2


def test_an_optional_set_of_a_set_range_is_a_row_of_its_own_that_says_so(site, tmp_path):
    target, _ = written(site, FIXED, tmp_path)
    squat = [r for r in set_rows(target) if r["Exercise"] == "Back squat"]
    assert [(r["Set"], r["Notes"]) for r in squat] == [
        ("W1", None), (1, None), (2, None), (3, None),
        (4, "Optional set: 3–4 sets, this one when the day allows.")]


def test_owner_text_that_looks_like_a_formula_stays_text(site, tmp_path):
    text = PROGRAM.replace("name: Base", "name: '=HYPERLINK(\"https://evil.example\",\"x\")'").replace(
        "      - name: Day A", "      - name: '=1+1'").replace("            rest: 3 min\n",
                                                           "            rest: 3 min\n            rule: '=2+2'\n", 1)
    target, _ = written(site, text, tmp_path)
    book = openpyxl.load_workbook(target)
    phase = book[book.sheetnames[1]]
    cells = [c for row in phase.iter_rows() for c in row
             if isinstance(c.value, str) and ("evil" in c.value or c.value in ("=1+1", "=2+2"))]
    assert {c.value for c in cells} >= {"=2+2"} and all(c.data_type == "s" for c in cells)
    assert phase["A1"].value.startswith("Phase 1: =HYPERLINK")
    assert book[INPUTS]["C5"].data_type == "f"  # our own formulas stay formulas
    assert phase["F7"].data_type == "f"  # the first set's load


def test_the_same_programme_gives_the_same_bytes(site, tmp_path):
    first, _ = written(site, TRAINING_MAX_WAVES, tmp_path, "a.xlsx")
    second, _ = written(site, TRAINING_MAX_WAVES, tmp_path, "b.xlsx")
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        # XlsxWriter dates every entry 1 January 1980, never the time of writing.
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:modified>" in core


def test_a_reader_sees_the_layout_the_sheet_sets(site, tmp_path):
    """Widths, panes, printing, the unit's list, merged prose and the cells' looks, as openpyxl reads them."""
    text = TRAINING_MAX_WAVES.replace("phases:\n", "ongoing: Keep going.\nphases:\n", 1).replace(
        "    cycles: 3\n", "    cycles: 3\n    notes: \"Three waves.\\nEach a little heavier.\"\n", 1)
    target, _ = written(site, text, tmp_path)
    book = openpyxl.load_workbook(target)
    inputs, phase = book[INPUTS], book["P1 Wave"]
    # Widths as Excel stores them: XlsxWriter's set_column(width=24) would store 24.71.
    assert [inputs.column_dimensions[c].width for c in "ABCD"] == [24, 20, 12, 70]
    assert [phase.column_dimensions[c].width for c in "ABCDEFGHIJK"] == [6, 24, 5, 10, 20, 9, 8, 10, 8, 9, 44]
    assert (phase.freeze_panes, phase.print_title_rows) == ("C5", "$4:$4")
    assert phase.page_setup.orientation == "landscape" and phase.sheet_properties.pageSetUpPr.fitToPage
    assert phase.page_setup.fitToHeight == 0 and phase.page_setup.fitToWidth in (None, 1)  # 1 is the default
    margins = phase.page_margins
    assert (margins.left, margins.right, margins.top, margins.bottom, margins.header, margins.footer) == (
        0.75, 0.75, 1, 1, 0.5, 0.5)
    weeks = [cell.row for cell in phase["A"] if str(cell.value).startswith("Week ") and "cycle" in str(cell.value)]
    assert len(weeks) == 12 and [b.id for b in phase.row_breaks.brk] == [row - 1 for row in weeks[1:]]
    (unit,) = inputs.data_validations.dataValidation
    assert (str(unit.sqref), unit.type, unit.formula1, unit.allow_blank, unit.showErrorMessage) == (
        "C4", "list", '"kg,lb"', False, False)
    # Prose across the sheet, merged and wrapped, its row as tall as its lines.
    last = phase.max_row
    assert {str(r) for r in phase.merged_cells.ranges} == {"A2:K2", f"A{last}:K{last}"}
    assert phase.cell(last, 1).value == "After week 12: Keep going."
    assert phase["A2"].alignment.wrap_text and phase.row_dimensions[2].height == 30
    (ongoing,) = inputs.merged_cells.ranges
    assert inputs.cell(ongoing.min_row, 1).value == "After the last week: Keep going." and ongoing.max_col == 4
    # The looks: a teal header, bordered set rows with italic grey warm-ups, yellow inputs, paler formulas.
    header, warmup, working = phase["A4"], phase["C7"], phase["C9"]
    assert header.font.b and header.font.color.rgb[-6:] == "FFFFFF" and header.fill.fgColor.rgb[-6:] == "00796B"
    assert header.alignment.wrap_text and header.alignment.vertical == "center"
    assert (warmup.value, working.value) == ("W1", 1)
    assert warmup.font.i and warmup.font.color.rgb[-6:] == "555555" and warmup.border.left.style == "thin"
    assert not working.font.i and working.border.bottom.color.rgb[-6:] == "B2DFDB"
    assert phase["K7"].value.startswith("If the last set") and phase["K7"].alignment.wrap_text
    assert phase["A1"].font.b and phase["A1"].font.sz == 14
    cells = input_cells(book)
    assert inputs[cells[("Back squat", "1RM")]].fill.fgColor.rgb[-6:] == "FFF8E1"
    assert inputs[cells[("Back squat", "Training max")]].fill.fgColor.rgb[-6:] == "FFFDF5"
    assert inputs[UNIT_CELL].fill.fgColor.rgb[-6:] == inputs[STEP_CELL].fill.fgColor.rgb[-6:] == "FFF8E1"


# ---------------------------------------------------------------- loads, computed by LibreOffice Calc


def _fill(source, target, unit: str, numbers: dict[tuple[str, str], float]):
    book = openpyxl.load_workbook(source)
    cells = input_cells(book)
    book[INPUTS][UNIT_CELL] = unit
    for key, value in numbers.items():
        book[INPUTS][cells[key]] = value
    book.save(target)
    return target


@pytest.fixture(scope="module")
def computed(tmp_path_factory):
    """Each test programme filled in as a lifter would, recalculated by LibreOffice in one run: {name: set rows}."""
    if not shutil.which("soffice"):
        pytest.skip("needs LibreOffice Calc: run scripts/ensure-libreoffice.sh")
    folder = tmp_path_factory.mktemp("sheets")
    files = {}
    for name, text in (("weekly", PERCENT_A_WEEK), ("waves", TRAINING_MAX_WAVES), ("linear", LINEAR_AB),
                       ("texas", TEXAS), ("fixed", FIXED), ("tm-a-week", TM_A_WEEK)):
        root = folder / name
        for path, content in (("data/exercises.yml", LIBRARY), ("data/styles.yml", STYLES), ("programs/p.yml", text)):
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(content, encoding="utf-8")
        catalog = load_catalog(root)
        write_xlsx(catalog.plan(catalog.programs[0]), folder / f"{name}.xlsx")
        files[name] = folder / f"{name}.xlsx"
    filled = {
        "weekly": _fill(files["weekly"], folder / "weekly-kg.xlsx", "kg", {("Back squat", "1RM"): 140}),
        "waves-kg": _fill(files["waves"], folder / "waves-kg.xlsx", "kg",
                          {("Back squat", "1RM"): 100, ("Bench press", "1RM"): 80}),
        "waves-lb": _fill(files["waves"], folder / "waves-lb.xlsx", "lb",
                          {("Back squat", "1RM"): 225, ("Bench press", "1RM"): 185}),
        # After a stall in cycle 2, the lifter types cycle 3's training max.
        "waves-edited": _fill(files["waves"], folder / "waves-edited.xlsx", "kg",
                              {("Back squat", "1RM"): 100, ("Bench press", "1RM"): 80,
                               ("Back squat", "Training max, cycle 3"): 92.5}),
        "linear-kg": _fill(files["linear"], folder / "linear-kg.xlsx", "kg",
                           {("Back squat", "Start weight"): 60, ("Bench press", "Start weight"): 40}),
        "linear-lb": _fill(files["linear"], folder / "linear-lb.xlsx", "lb",
                           {("Back squat", "Start weight"): 135, ("Bench press", "Start weight"): 95}),
        "texas": _fill(files["texas"], folder / "texas-kg.xlsx", "kg",
                       {("Back squat", "5RM"): 120, ("Bench press", "1RM"): 90}),
        "fixed-kg": _fill(files["fixed"], folder / "fixed-kg.xlsx", "kg", {}),
        "fixed-lb": _fill(files["fixed"], folder / "fixed-lb.xlsx", "lb", {}),
        "tm-a-week-kg": _fill(files["tm-a-week"], folder / "tm-a-week-kg.xlsx", "kg",
                              {("Back squat", "1RM"): 100, ("Bench press", "1RM"): 80}),
        "tm-a-week-lb": _fill(files["tm-a-week"], folder / "tm-a-week-lb.xlsx", "lb",
                              {("Back squat", "1RM"): 225, ("Bench press", "1RM"): 185}),
        # After a stall, the lifter types the training max cycle 2 starts from.
        "tm-a-week-edited": _fill(files["tm-a-week"], folder / "tm-a-week-edited.xlsx", "kg",
                                  {("Back squat", "1RM"): 100, ("Bench press", "1RM"): 80,
                                   ("Back squat", "Training max, cycle 2"): 92.5}),
    }
    done = libreoffice_recalculate_all(list(filled.values()), folder)
    return {name: set_rows(path, data_only=True) for name, path in zip(filled, done)} | {
        f"{name}:step": openpyxl.load_workbook(path, data_only=True)[INPUTS][STEP_CELL].value
        for name, path in zip(filled, done)}


slow = pytest.mark.slow


@slow
def test_a_percent_a_week_increase_makes_each_week_2_5_percent_heavier_than_the_week_before(computed):
    squat = working(computed["weekly"], "Back squat")
    for (week, _), loads in squat.items():
        assert loads == [half_up(140 * p * 1.025 ** (week - 1) / 100 / 2.5) * 2.5 for p in (62.5, 67.5, 72.5)]
    # By hand: week 2 is 140 × 64.0625% = 89.69, 96.86 and 104.04 kg; week 3 (× 1.025²) 91.93, 99.28 and 106.64 kg.
    assert squat[(1, 1)] == [87.5, 95, 102.5] and squat[(2, 1)] == [90, 97.5, 105]
    assert squat[(3, 1)] == [92.5, 100, 107.5]
    assert all(load is None for load in working(computed["weekly"], "Bench press")[(1, 1)])


@slow
def test_a_training_max_wave_in_kg_with_a_heavier_max_each_cycle(computed):
    squat, bench = working(computed["waves-kg"], "Back squat"), working(computed["waves-kg"], "Bench press")
    assert squat[(1, 1)][-1] == half_up(100 * 0.9 * 0.85 / 2.5) * 2.5 == 77.5
    for cycle in (1, 2, 3):
        squat_max, bench_max = 90 + 5 * (cycle - 1), 72 + 5 / LB * (cycle - 1)
        for week, shares in WAVE.items():
            number = (cycle - 1) * 4 + week
            assert squat[(number, 1)] == [half_up(squat_max * p / 100 / 2.5) * 2.5 for p in shares], (cycle, week)
            assert bench[(number, 1)] == [half_up(bench_max * p / 100 / 2.5) * 2.5 for p in (65, 75, 85)]
    assert squat[(5, 1)][-1] == 80  # 95 × 85 % = 80.75: cycle 2 is 5 kg heavier on the max
    warmups = [r["Load"] for r in computed["waves-kg"] if r["week"] == 1 and r["Set"] in ("W1", "W2")]
    assert warmups == [20, half_up(90 * 0.325 / 2.5) * 2.5]  # the bar, then half the first working set
    assert computed["waves-kg:step"] == 2.5


@slow
def test_editing_a_later_cycles_training_max_leaves_earlier_cycles_alone(computed):
    before, after = working(computed["waves-kg"], "Back squat"), working(computed["waves-edited"], "Back squat")
    assert {k: v for k, v in after.items() if k[0] <= 8} == {k: v for k, v in before.items() if k[0] <= 8}
    assert after[(9, 1)] == [half_up(92.5 * p / 100 / 2.5) * 2.5 for p in WAVE[1]] != before[(9, 1)]


@slow
def test_in_lb_the_step_is_5_and_kg_increases_are_converted(computed):
    squat, bench = working(computed["waves-lb"], "Back squat"), working(computed["waves-lb"], "Bench press")
    assert computed["waves-lb:step"] == 5
    for cycle in (1, 2, 3):
        squat_max, bench_max = 202.5 + 5 * LB * (cycle - 1), 166.5 + 5 * (cycle - 1)
        for week, shares in WAVE.items():
            number = (cycle - 1) * 4 + week
            assert squat[(number, 1)] == [half_up(squat_max * p / 100 / 5) * 5 for p in shares], (cycle, week)
            assert bench[(number, 1)] == [half_up(bench_max * p / 100 / 5) * 5 for p in (65, 75, 85)]


@slow
@pytest.mark.parametrize(("unit", "start", "step", "push_up"), [("kg", 60, 2.5, 10), ("lb", 135, 5, 20)])
def test_a_linear_progression_adds_the_increase_each_session_the_lift_is_done(computed, unit, start, step, push_up):
    rows = computed[f"linear-{unit}"]
    squat = list(working(rows, "Back squat").values())
    per_kg = LB if unit == "lb" else 1
    assert squat == [[half_up((start + n * 2.5 * per_kg) / step) * step] * 3 for n in range(6)]
    if unit == "kg":
        assert [loads[0] for loads in squat] == [60 + 2.5 * n for n in range(6)]  # start + (N - 1) × 2.5 kg
        bench = [loads[0] for loads in working(rows, "Bench press").values()]
        assert bench == [40, 42.5, 45]
    warmups = [r["Load"] for r in rows if r["Exercise"] == "Back squat" and r["Set"] == "W2"]
    assert warmups == [half_up((start + n * 2.5 * per_kg) / 2 / step) * step for n in (0, 2, 4)]  # on Workout A
    assert {r["Load"] for r in rows if r["Exercise"] == "Push-up"} == {push_up}


@slow
def test_a_rep_max_and_another_days_share_computed(computed):
    rows = computed["texas"]
    volume = working(rows, "Back squat")
    # Volume, Recovery, Volume | Recovery, Volume, Recovery: week 2 is 2.5% heavier on both days: 120 × 92.25% =
    # 110.7 kg, and 80% of it 88.56 kg.
    assert list(volume.values()) == [[107.5] * 5, [87.5] * 2, [107.5] * 5, [87.5] * 2, [110] * 5, [87.5] * 2]
    assert list(volume.values())[1] == [half_up(120 * 0.72 / 2.5) * 2.5] * 2
    bench = [(r["Load"], r["Up to"]) for r in rows if r["week"] == 1 and r["Exercise"] == "Bench press"]
    assert bench == [(62.5, 67.5), (62.5, 67.5), (72.5, 77.5)]


@slow
def test_fixed_weights_are_converted_to_the_sheets_unit(computed):
    def loads(unit: str, exercise: str) -> list:
        return [(r["Set"], r["Load"], r["Up to"]) for r in computed[f"fixed-{unit}"] if r["Exercise"] == exercise]

    # In kg: kg weights as written; 45 lb is 20.4 kg, 20 kg to the 2.5 kg step.
    assert loads("kg", "Back squat") == [("W1", 20, None)] + [(n, 20, None) for n in (1, 2, 3, 4)]
    assert loads("kg", "Bench press") == [(1, 20, None), (2, 20, None)]
    assert loads("kg", "Push-up") == [(1, 20, 25), (2, 20, 25)]
    # In lb: 20 kg is 44.1 lb, 45 to the 5 lb step; 25 kg is 55.1 lb, 55; 45 lb as written.
    assert loads("lb", "Back squat") == [("W1", 45, None)] + [(n, 45, None) for n in (1, 2, 3, 4)]
    assert loads("lb", "Bench press") == [(1, 45, None), (2, 45, None)]
    assert loads("lb", "Push-up") == [(1, 45, 55), (2, 45, 55)]


@slow
def test_a_training_max_raised_each_week_computed_in_kg_and_lb(computed):
    # 1RM 100 kg: the training max is 90, then 92.5 and 95; cycle 2 starts at 97.5 (90 + 3 × 2.5), then 100, 102.5.
    squat = working(computed["tm-a-week-kg"], "Back squat")
    assert [squat[(week, 1)][0] for week in range(1, 7)] == [
        half_up(tm * 0.85 / 2.5) * 2.5 for tm in (90, 92.5, 95, 97.5, 100, 102.5)] == [77.5, 77.5, 80, 82.5, 85, 87.5]
    # Bench 1RM 80 kg raised 1 kg a session, one session a week: 70% of 80, 81, ... 85 kg.
    bench = working(computed["tm-a-week-kg"], "Bench press")
    assert [bench[(week, 1)][0] for week in range(1, 7)] == [
        half_up((80 + n) * 0.7 / 2.5) * 2.5 for n in range(6)] == [55, 57.5, 57.5, 57.5, 60, 60]
    warmups = [r["Load"] for r in computed["tm-a-week-kg"] if r["Set"] == "W1"]
    assert warmups == [half_up(tm * 0.425 / 2.5) * 2.5 for tm in (90, 92.5, 95, 97.5, 100, 102.5)]
    # In lb the kg increases are converted: 1RM 225 lb, training max 202.5 lb, + 2.5 kg = 5.51 lb a week.
    squat_lb = working(computed["tm-a-week-lb"], "Back squat")
    assert [squat_lb[(week, 1)][0] for week in range(1, 7)] == [
        half_up((202.5 + 2.5 * LB * n) * 0.85 / 5) * 5 for n in range(6)] == [170, 175, 180, 185, 190, 195]


@slow
def test_typing_the_training_max_cycle_2_starts_from_keeps_the_weekly_increase_on_it(computed):
    before, after = working(computed["tm-a-week-kg"], "Back squat"), working(computed["tm-a-week-edited"], "Back squat")
    assert {k: v for k, v in after.items() if k[0] <= 3} == {k: v for k, v in before.items() if k[0] <= 3}
    assert [after[(week, 1)][0] for week in (4, 5, 6)] == [
        half_up(tm * 0.85 / 2.5) * 2.5 for tm in (92.5, 95, 97.5)] == [77.5, 80, 82.5]
