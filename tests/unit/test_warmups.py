"""Warm-up sets: a share of the first working set, the training max or the 1RM, or a weight; never below the empty
bar on a barbell; rounded to the usual step in the files that cannot ask the reader, and their messages."""

from __future__ import annotations

import csv
import io
import shutil

import openpyxl
import pytest
from readers import flat, input_cells, libreoffice_recalculate_all, pdf_pages, set_rows
from samples import PROGRAM, program_header
from textedit import Sample

from studio import ContentError, load_catalog
from studio.downloads import BAR_CELL, INPUTS, UNIT_CELL, csv_text, plan_rows, program_data, write_pdf, write_xlsx
from studio.site import Booking, Studio

# 5/3/1 as Wendler writes it: warm-ups of 40, 50 and 60% of the training max every week, before the week's
# working sets of 65/75/85, 70/80/90, 75/85/95% TM and a deload of 40/50/60% TM; 5 kg on the squat's max a cycle.
WENDLER = program_header(8, 1, "training_max: 90\n") + """phases:
  - name: Wave
    weeks: 4
    cycles: 2
    days:
      - name: Squat day
        exercises:
          - exercise: Back squat
            sets: 3
            reps: [5, 5, 5+]
            load: [65% TM, 75% TM, 85% TM]
            increase: 5 kg a cycle
            warmup_sets: [40% TM × 5, 50% TM × 5, 60% TM × 3]
            weeks:
              - {}
              - {reps: [3, 3, 3+], load: [70% TM, 80% TM, 90% TM]}
              - {reps: [5, 3, 1+], load: [75% TM, 85% TM, 95% TM]}
              - {reps: 5, load: [40% TM, 50% TM, 60% TM]}
"""

# A novice's first sessions at the empty bar, 2.5 kg more each time, warm-ups as shares of the working weight.
EMPTY_BAR = program_header(2, 3) + """phases:
  - name: Linear
    weeks: 2
    days:
      - name: Workout
        exercises:
          - exercise: Back squat
            sets: 3
            reps: 5
            load: 20 kg
            increase: 2.5 kg a session
            warmup_sets: [60% × 5, 67.5% × 5, 80% × 3]
          - exercise: Bench press
            sets: 3
            reps: 5
            load: 45 lb
            increase: 5 lb a session
            warmup_sets: [80% × 3]
          - exercise: Push-up
            sets: 3
            reps: 8
            load: 10 kg
            warmup_sets: [60% × 5]
"""


def plan_of(site, text: str):
    site.program(text)
    catalog = load_catalog(site.root)
    return catalog, catalog.plan(catalog.programs[0])


def problems(site, text: str) -> list[str]:
    site.program(text)
    with pytest.raises(ContentError) as caught:
        load_catalog(site.root)
    return [str(p) for p in caught.value.problems]


def warmups(plan, lift: str = "Back squat") -> list[list[str]]:
    return [[f"{w.load} × {w.reps}" for w in e.warmups] for s in plan.sessions for e in s.exercises if e.name == lift]


def test_a_share_of_the_training_max_stays_one_week_after_week_and_follows_the_max_each_cycle(site):
    _, plan = plan_of(site, WENDLER)
    assert warmups(plan)[:4] == [["40% TM × 5", "50% TM × 5", "60% TM × 3"]] * 3 + [[]]
    # Cycle 2: the same shares of a training max 5 kg heavier, as the working sets are.
    assert warmups(plan)[4] == ["40% (TM + 5 kg) × 5", "50% (TM + 5 kg) × 5", "60% (TM + 5 kg) × 3"]
    week_2 = plan.sessions[1].exercises[0]
    assert [(w.load.kind, w.load.low, w.load.basis, w.load.add) for w in week_2.warmups] == [
        ("percent", 40, "TM", 0), ("percent", 50, "TM", 0), ("percent", 60, "TM", 0)]
    # The deload's working sets are 40/50/60% TM: warm-ups as heavy are left out, and counted out.
    deload = plan.sessions[3].exercises[0]
    assert (deload.warmups, deload.warmup_count) == ((), 0)
    assert plan.inputs() and {(i.lift, i.basis) for i in plan.inputs()} == {("Back squat", "1RM")}


def test_a_share_of_a_written_weight_is_rounded_and_never_below_the_empty_bar(site):
    _, plan = plan_of(site, EMPTY_BAR)
    squat = warmups(plan)
    # 20 kg: 12, 13.5 and 16 kg are below the bar. 32.5 kg (session 6): 19.5 → 20 (the bar), 21.9 → 22.5, 26 → 25.
    assert squat[0] == ["Bar × 5", "Bar × 5", "Bar × 3"]
    assert squat[5] == ["Bar × 5", "22.5 kg × 5", "25 kg × 3"]
    assert [w.load.share for w in plan.sessions[5].exercises[0].warmups] == [60, 67.5, 80]
    # In pounds: 80% of 45 lb is the 45 lb bar; of 70 lb, 56 → 55 lb.
    assert warmups(plan, "Bench press")[0] == ["Bar × 3"] and warmups(plan, "Bench press")[5] == ["55 lb × 3"]
    # No bar to floor at: 60% of 10 kg is 6 kg, 5 kg to the 2.5 kg step.
    assert warmups(plan, "Push-up")[0] == ["5 kg × 5"]


def test_the_csv_and_the_json_give_the_rounded_weight_and_the_exact_share(site):
    catalog, plan = plan_of(site, EMPTY_BAR)
    rows = list(csv.DictReader(io.StringIO(csv_text(plan_rows(plan)))))
    squat = [r["warmups"] for r in rows if r["exercise"] == "Back squat"]
    assert squat[0] == "Bar × 5, Bar × 5, Bar × 3" and squat[5] == "Bar × 5, 22.5 kg × 5, 25 kg × 3"
    data = program_data(plan, catalog.exercise, []).model_dump()
    sixth = data["sessions"][5]["exercises"][0]
    assert [(w["load"]["kind"], w["load"]["low"], w["load"]["unit"], w["load"]["share"]) for w in sixth["warmups"]] == [
        ("bar", None, "kg", 60), ("weight", 22.5, "kg", 67.5), ("weight", 25, "kg", 80)]
    assert sixth["sets"][0]["load"]["low"] == 32.5 and sixth["barbell"]
    _, plan = plan_of(site, WENDLER)
    data = program_data(plan, catalog.exercise, []).model_dump()
    second, cycle_2 = data["sessions"][1]["exercises"][0], data["sessions"][4]["exercises"][0]
    assert [(w["load"]["kind"], w["load"]["low"], w["load"]["basis"], w["load"]["add"], w["load"]["share"])
            for w in second["warmups"]] == [("percent", 40, "TM", 0, None), ("percent", 50, "TM", 0, None),
                                            ("percent", 60, "TM", 0, None)]
    assert [w["load"]["add"] for w in cycle_2["warmups"]] == [5, 5, 5]
    assert data["phases"][0]["days"][0]["exercises"][0]["warmups"] == ["40% TM × 5", "50% TM × 5", "60% TM × 3"]
    assert data["sessions"][3]["exercises"][0]["warmups"] == [] and data["sessions"][3]["exercises"][0][
        "warmup_sets"] == 0
    rows = list(csv.DictReader(io.StringIO(csv_text(plan_rows(plan)))))
    assert [r["warmups"] for r in rows if r["set_from"] == "1"][:5] == [
        "40% TM × 5, 50% TM × 5, 60% TM × 3"] * 3 + ["", "40% (TM + 5 kg) × 5, 50% (TM + 5 kg) × 5, 60% (TM + 5 kg) × 3"]


def test_the_written_forms_of_a_warm_up_set(site):
    text = Sample(WENDLER).replace("            warmup_sets: [40% TM × 5, 50% TM × 5, 60% TM × 3]\n",
                                   "            warmup_sets: [empty bar x 10, 40% of training max × 5, 30%1RM×5, "
                                   "20 kg × 5, 45 lb × 3, 50% x 2]\n")
    _, plan = plan_of(site, text)
    first = plan.sessions[0].exercises[0]
    assert [str(w) for w in first.written_warmups] == [
        "Bar × 10", "40% TM × 5", "30% 1RM × 5", "20 kg × 5", "45 lb × 3", "50% × 2"]
    assert [str(w.load) for w in first.warmups] == ["Bar", "40% TM", "30% 1RM", "20 kg", "45 lb", "32.5% TM"]



def test_the_pdf_log_sheets_say_each_warm_up_as_it_is_done_that_session(site, tmp_path):
    studio = Studio(name="Test Studio", city="Leeds", email="hi@test.example",
                    booking=Booking(personal_training="https://test.example/book", sports_massage="https://test.example/m",
                                    presale="https://test.example/p"))
    for text, phrases, absent in (
            (EMPTY_BAR, ("warm-up: Bar × 5, Bar × 5, Bar × 3", "warm-up: Bar × 5, 22.5 kg × 5, 25 kg × 3",
                         "warm-up: 55 lb × 3", "warm-up: 5 kg × 5"), ("12 kg", "13.5 kg", "16 kg")),
            (WENDLER, ("warm-up: 40% TM × 5, 50% TM × 5, 60% TM × 3",
                       "warm-up: 40% (TM + 5 kg) × 5, 50% (TM + 5 kg) × 5, 60% (TM + 5 kg) × 3"), ("42% TM", "26% TM"))):
        catalog, plan = plan_of(site, text)
        write_pdf(plan, catalog.exercise, studio, "https://test.example/", tmp_path / "p.pdf")
        pages = flat(" ".join(pdf_pages(tmp_path / "p.pdf")))
        for phrase in phrases:
            assert phrase in pages, phrase
        for phrase in absent:
            assert phrase not in pages, phrase


WHERE = "programs/test-strength.yml:{line}: phases[0].days[0].exercises[0].warmup_sets"
ALLOWED = ("use 'bar × 5', '40% × 5' (of the first working set), '40% TM × 5' (of the training max), '50% 1RM × 5' "
           "or '20 kg × 5'")


@pytest.mark.parametrize(("old", "new", "expected"), [
    # A share of the training max in a programme that has none.
    ("            load: 80%\n", "            load: 80%\n            warmup_sets: [bar × 5, 40% TM × 5]\n",
     WHERE.format(line=26) + "[1]: '40% TM × 5' is a share of the training max, which needs the programme's "
     "training max; add training_max: 90 (the training max as a percentage of 1RM) at the top of the file, or write "
     "the warm-up as a share of the first working set, e.g. '40% × 5'"),
    # A start weight asks for no max: a warm-up should not ask for one either.
    ("            load: 80%\n", "            load: start\n            warmup_sets: [50% 1RM × 5]\n",
     WHERE.format(line=26) + "[0]: '50% 1RM × 5' asks the lifter for the 1RM, but the exercise has start loads, "
     "which need none; write the warm-up as a share of the first working set, e.g. '50% × 5', or as 'bar × 5' or "
     "'20 kg × 5'"),
    ("            load: 80%\n", "            load: 60 kg\n            warmup_sets: [bar × 5, 70 kg × 2]\n",
     WHERE.format(line=26) + "[1]: '70 kg × 2' is heavier than the first working set (60 kg), so it is never done; "
     "a warm-up set is lighter than the working sets: lower it or leave it out"),
    ("            load: 80%\n", "            load: 80%\n            warmup_sets: [80% 1RM × 2]\n",
     WHERE.format(line=26) + "[0]: '80% 1RM × 2' is as heavy as the first working set (80% 1RM) or heavier, so it "
     "is never done; a warm-up set is lighter than the working sets: lower it or leave it out"),
    ("            load: 80%\n", "            load: 80%\n            weeks: [{}, {load: 70%}]\n"
                               "            warmup_sets: [85% 1RM × 1]\n",
     WHERE.format(line=27) + "[0]: '85% 1RM × 1' is as heavy as the first working set (80% 1RM) or heavier in every "
     "week, so it is never done; a warm-up set is lighter than the working sets: lower it or leave it out"),
    ("            load: 80%\n", "            load: 80%\n            warmup_sets: [40% 5RM × 5]\n",
     WHERE.format(line=26) + f": warm-up set 1: '40% 5RM × 5' is not a warm-up set; {ALLOWED}"),
    ("            load: 80%\n", "            load: 80%\n            warmup_sets: [bar × 5, 5% 1RM × 5]\n",
     WHERE.format(line=26) + ": warm-up set 2: '5% 1RM × 5': a warm-up set is 10% to 95% of the 1RM"),
    # Allowed: the empty bar and a written weight as heavy as a first session at the bar; a 1RM share before RPE sets.
    ("            load: 80%\n", "            load: 20 kg\n            warmup_sets: [bar × 5, 20 kg × 5]\n", None),
    ("            load: 80%\n", "            load: RPE 8\n            warmup_sets: [50% 1RM × 5]\n", None),
])
def test_warm_up_messages(site, old, new, expected):
    text = Sample(PROGRAM).replace(old, new, 1)
    if expected is None:
        plan_of(site, text)
    else:
        assert problems(site, text) == [expected]




# ---------------------------------------------------------------- the spreadsheet, computed by LibreOffice Calc


@pytest.mark.slow
def test_the_spreadsheet_works_warm_ups_out_with_the_step_and_the_bar_in_kg_and_lb(site, tmp_path):
    if not shutil.which("soffice"):
        pytest.skip("needs LibreOffice Calc: run scripts/ensure-libreoffice.sh")
    files = {}
    for name, text in (("wendler", WENDLER), ("bar", EMPTY_BAR)):
        _, plan = plan_of(site, text)
        write_xlsx(plan, tmp_path / f"{name}.xlsx")
        files[name] = tmp_path / f"{name}.xlsx"
    filled = []
    for name, source, unit, numbers in (
            ("wendler-kg", "wendler", "kg", {("Back squat", "Training max"): 100}),
            ("wendler-lb", "wendler", "lb", {("Back squat", "Training max"): 225}),
            ("bar-kg", "bar", "kg", {}), ("bar-lb", "bar", "lb", {}), ("bar-10", "bar", "kg", {"bar": 10})):
        book = openpyxl.load_workbook(files[source])
        book[INPUTS][UNIT_CELL] = unit
        cells = input_cells(book)
        for key, value in numbers.items():
            book[INPUTS][BAR_CELL if key == "bar" else cells[key]] = value
        book.save(tmp_path / f"{name}.xlsx")
        filled.append(tmp_path / f"{name}.xlsx")
    done = dict(zip(("wendler-kg", "wendler-lb", "bar-kg", "bar-lb", "bar-10"),
                    libreoffice_recalculate_all(filled, tmp_path)))

    def loads(name: str, lift: str = "Back squat") -> list[list]:
        rows = [r for r in set_rows(done[name], data_only=True) if r["Exercise"] == lift and str(r["Set"])[0] == "W"]
        by_session: dict = {}
        for r in rows:
            by_session.setdefault((r["week"], r["session"]), []).append(r["Load"])
        return list(by_session.values())

    # A 100 kg training max: 40, 50 and 60 kg every week, none in the deload (week 4); cycle 2's max is 105 kg:
    # 42, 52.5 and 63 kg, to the 2.5 kg step 42.5, 52.5 and 62.5.
    assert loads("wendler-kg") == [[40, 50, 60]] * 3 + [[42.5, 52.5, 62.5]] * 3
    # 225 lb: 90, 112.5 → 115 and 135 lb; cycle 2 adds 5 kg (11.02 lb): 236.02 lb gives 94.4, 118 and 141.6 lb.
    assert loads("wendler-lb") == [[90, 115, 135]] * 3 + [[95, 120, 140]] * 3
    # 20 kg first session: all at the 20 kg bar; 32.5 kg (session 6): 19.5 → the bar, 21.9 → 22.5, 26 → 25 kg.
    assert loads("bar-kg")[0] == [20, 20, 20] and loads("bar-kg")[5] == [20, 22.5, 25]
    assert loads("bar-kg", "Bench press")[0] == [20]  # 80% of 45 lb (20.4 kg) is 16.3 kg: the bar
    assert loads("bar-kg", "Push-up")[0] == [5]  # 6 kg to the step, no bar
    # In lb on a 45 lb bar: 20 kg is 44.1 lb (26.5, 29.8, 35.3 → the bar); 32.5 kg is 71.6 lb: 43 → 45, 48.4 → 50,
    # 57.3 → 55. The bench's 70 lb in session 6: 56 → 55.
    assert loads("bar-lb")[0] == [45, 45, 45] and loads("bar-lb")[5] == [45, 50, 55]
    assert loads("bar-lb", "Bench press")[5] == [55]
    # A 10 kg technique bar: 12, 13.5 and 16 kg round to 12.5, 12.5 and 15 kg.
    assert loads("bar-10")[0] == [12.5, 12.5, 15]
