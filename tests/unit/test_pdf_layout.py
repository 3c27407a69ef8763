"""The PDF's log sheets under stress: long names and rules, ten warm-ups, nine and twenty sets, a rest, many
intervals. Read back with pdfplumber (tests/pdfboxes.py): no text over other text, out of its cell or off the
paper A4 and US Letter share; every box named by its set; a session that runs onto a new page repeats its
header row and never cuts a row in half."""

from __future__ import annotations

import re

import pytest
from pdfboxes import table_rows, text_problems
from readers import flat, pdf_pages
from samples import STYLES

from studio import load_catalog
from studio.downloads import write_pdf
from studio.site import Booking, Studio

STUDIO = Studio(
    name="Test Studio", city="Leeds", email="hi@test.example",
    booking=Booking(personal_training="https://test.example/book/pt", sports_massage="https://test.example/m",
                    presale="https://test.example/p"),
)
SITE = "https://test.example/"

PRESS = "Half-kneeling single-arm landmine press with a top pause"  # 56 characters: names may have 60
SPLIT = "Rear-foot-elevated split squat with dumbbells at the hips"
ROW = "Chest-supported incline dumbbell row with a two-second hold"

LIBRARY = f"""\
equipment: [barbell, squat rack, bench, dumbbells, landmine, rowing machine, kettlebell]
muscles: [quads, glutes, chest, shoulders, back, core]
exercises:
  - name: Back squat
    primary: [quads, glutes]
    equipment: [barbell, squat rack]
    cues: [Brace before you descend.]
  - name: {PRESS}
    primary: [shoulders]
    equipment: [landmine]
    cues: [Ribs down.]
  - name: {SPLIT}
    primary: [quads, glutes]
    equipment: [dumbbells, bench]
    cues: [Front shin stays upright.]
  - name: {ROW}
    primary: [back]
    equipment: [dumbbells, bench]
    cues: [Chest stays on the pad.]
  - name: Indoor row
    primary: [back, quads]
    equipment: [rowing machine]
    cues: [Legs, then body, then arms.]
  - name: Kettlebell swing
    primary: [glutes]
    equipment: [kettlebell]
    cues: [Snap the hips.]
"""

RULE = ("If the last set of the day moves slower than the first, or any rep loses its position, keep the same load "
        "next session; if every set moves well and you finish with two reps in reserve, add the smallest step "
        "you have.")
NOTE = "Film one set from the side each week."
WARMUPS = "[bar × 10, bar × 8, 20% × 8, 30% × 6, 40% × 5, 50% × 5, 60% × 3, 70% × 2, 80% × 1, 90% × 1]"
WARMUPS_KG = ("[bar × 10, 30 kg × 8, 40 kg × 6, 50 kg × 5, 60 kg × 5, 70 kg × 3, 80 kg × 3, 90 kg × 2, 100 kg × 1, "
              "110 kg × 1]")


def _exercise(name: str, sets: int, extra: tuple[str, ...] = (), indent: int = 10, load: str = "RPE 8") -> str:
    """One exercise of the day, every field that shows on the log sheet filled in, long."""
    fields = [f"exercise: {name}", f"sets: {sets}", "reps: 8-12", f"load: {load}", "rest: 2-3 min", f"rule: {RULE}",
              f"notes: {NOTE}", *extra]
    lead, rest = " " * indent + "- ", " " * (indent + 2)
    return lead + fields[0] + "\n" + "".join(f"{rest}{field}\n" for field in fields[1:])


SUPERSET = ("          - superset:\n" + _exercise(SPLIT, 4, ("each_side: true",), 14) + _exercise(ROW, 4, (), 14)
            + "            rest: 2 min\n")
VOLUME = "".join(_exercise(name, sets, extra) for name, sets, extra in [
    ("Back squat", 6, (f"warmup_sets: {WARMUPS_KG}",)), (PRESS, 6, ("each_side: true",)), (SPLIT, 6, ()), (ROW, 6, ()),
    ("Back squat", 5, ()), (PRESS, 5, ()), (SPLIT, 5, ()), (ROW, 5, ()), ("Back squat", 3, ()), (ROW, 3, ())])

PROGRAM = f"""\
title: Log Sheet Stress Test
summary: Every long thing a log sheet can hold, in one programme.
description: Long names, long rules, many warm-ups and many sets.
goal: strength
level: advanced
weeks: 2
sessions_per_week: 2
session_minutes: 90
equipment: [barbell, squat rack, bench, dumbbells, landmine, rowing machine, kettlebell]
readiness:
  - You can read a long log sheet.
progression: Add the smallest step you have when every set is done.
phases:
  - name: Stress
    weeks: 2
    days:
      - name: A day whose name is long enough to wrap on the log sheet
        focus: Nine heavy sets, twenty light ones, a superset and intervals, every one with a long rule
        exercises:
          - exercise: Back squat
            sets: 9
            reps: [5, 5, 5, 3, 3, 3, 1, 1, 1]
            load: [60%, 65%, 70%, 75%, 80%, 82.5%, 85%, 87.5%, 90%]
            warmup_sets: {WARMUPS}
            rest: 3-5 min
            tempo: 3-1-1-0
            rule: {RULE}
{_exercise(PRESS, 20, ("each_side: true",), load="RPE 7-8")}{SUPERSET}\
          - intervals: 14
            work:
              exercise: Indoor row
              time: 40 s
              effort: hard, the same pace every effort
            recovery:
              exercise: Indoor row
              time: 80 s
              effort: easy paddling
            notes: Write each effort's metres; the last should be within ten metres of the first
          - for_time: 5
            cap: 15 min
            exercises:
              - exercise: Kettlebell swing
                reps: 15
                load: RPE 7
              - exercise: Indoor row
                reps: 250 m
      - name: Volume
        exercises:
{VOLUME}"""


@pytest.fixture(scope="module")
def stress(tmp_path_factory):
    """The stress programme's PDF."""
    root = tmp_path_factory.mktemp("stress")
    (root / "data").mkdir()
    (root / "programs").mkdir()
    (root / "data" / "exercises.yml").write_text(LIBRARY, encoding="utf-8")
    (root / "data" / "styles.yml").write_text(STYLES, encoding="utf-8")
    (root / "programs" / "log-sheet-stress.yml").write_text(PROGRAM, encoding="utf-8")
    catalog = load_catalog(root)
    target = root / "stress.pdf"
    write_pdf(catalog.plan(catalog.programs[0]), catalog.exercise, STUDIO, SITE, target)
    return target


def test_no_text_is_printed_over_text_out_of_its_cell_or_off_the_paper(stress):
    assert text_problems(stress) == []


def test_the_stress_programme_has_what_it_means_to_test(stress):
    text = flat(" ".join(pdf_pages(stress)))
    assert f"Rule: {RULE}" in text
    for name in (PRESS, SPLIT, ROW):
        assert name in text
    assert "Bar × 10, Bar × 8, 20% × 8" in text and "rest 3–5 min" in text


def _log_tables(path):
    """(page, rows) of each part of a log table on a page: the ruled tables headed Exercise, Set 1..."""
    return [(page, rows) for page, rows in table_rows(path) if rows and rows[0][1] == "Exercise"]


def test_sets_past_the_sixth_are_boxes_named_by_their_set(stress):
    parts = _log_tables(stress)
    first = parts[0][1]
    assert first[0] == ["", "Exercise", "Set 1", "Set 2", "Set 3", "Set 4", "Set 5", "Set 6", "Notes"]
    squat = next(n for n, row in enumerate(first) if row[0] == "A")
    assert first[squat][2:8] == ["5 @ 60%", "5 @ 65%", "5 @ 70%", "3 @ 75%", "3 @ 80%", "3 @ 82.5%"]
    assert first[squat + 1] == ["", "Sets 7–9", "Set 7\n1 @ 85%", "Set 8\n1 @ 87.5%", "Set 9\n1 @ 90%", "", "", "",
                                ""]
    # Twenty sets: three more rows, every box named by its set. A target too wide for its box wraps before its load.
    rows = [row for _, part in parts for row in part]
    press = next(n for n, row in enumerate(rows) if row[0] == "B")
    assert rows[press][2:8] == ["8–12 @\nRPE 7–8"] * 6
    assert [row[1] for row in rows[press + 1:press + 4]] == ["Sets 7–12", "Sets 13–18", "Sets 19–20"]
    named = [cell for row in rows[press + 1:press + 4] for cell in row[2:8] if cell]
    assert named == [f"Set {n}\n8–12 @\nRPE 7–8" for n in range(7, 21)]
    # Fourteen efforts: the boxes past the sixth say which effort they are, and the hint is said once.
    intervals = next(n for n, row in enumerate(rows) if row[0] == "D")
    assert [row[1] for row in rows[intervals + 1:intervals + 3]] == ["Efforts 7–12", "Efforts 13–14"]
    assert [cell for row in rows[intervals:intervals + 3] for cell in row[2:8] if cell] == [
        f"Effort {n}" for n in range(1, 15)]
    assert [row[8] for row in rows[intervals:intervals + 3]] == ["log each effort's\ndistance or reps", "", ""]


def test_log_labels_keep_numbers_with_their_units_on_one_line(stress):
    # "Bar × 10", "26% TM × 5", "rest 2–3 min", "RPE 8": a line break inside them leaves half a number on a line.
    lines = [line for _, rows in _log_tables(stress) for row in rows[1:] for cell in row[1:] for line in
             cell.split("\n")]
    assert "warm-up: Bar × 10, Bar × 8, 12% 1RM × 8," in lines
    for line in lines:
        assert not re.match(r"(·|×|kg|lb|TM|\d*RM|min)\b", line), line
        assert not re.search(r"(×|RPE|RIR|rest)$", line), line


def test_a_session_that_runs_onto_a_new_page_repeats_its_header_and_keeps_its_rows_whole(stress):
    parts = _log_tables(stress)
    assert len(parts) > 4  # two weeks of two sessions: some session is in more than one part
    letters = []
    for page, rows in parts:
        assert rows[0] == parts[0][1][0], page
        for row in rows[1:]:
            # Each row starts with its order letter and name, or says which sets or efforts it carries on with:
            # a row cut in two would start a page with the rest of its text.
            name = row[1].replace("\n", " ")
            assert row[0] and name.startswith(("Back squat", PRESS, SPLIT, ROW, "Intervals", "For time")) or (
                not row[0] and re.fullmatch(r"(Set|Effort)s? \d+(–\d+)?", row[1])), (page, row)
            letters += [row[0]] if row[0] else []
    day_a = ["A", "B", "C1", "C2", "D", "E"]
    assert letters == (day_a + list("ABCDEFGHIJ")) * 2
