"""Loads that belong to the entry that prescribes them (tiers), a share of another lift's max, and shares of another
day exactly defined: each checked by hand-worked numbers on the plan, week 1, week 2 and a later week."""

from __future__ import annotations

import json
import shutil

import openpyxl
import pytest
from readers import download_schema, half_up, input_cells, libreoffice_recalculate_all, set_rows
from samples import LIBRARY, program_header

from studio import ContentError, load_catalog
from studio.catalog import program_cells
from studio.downloads import INPUTS, json_text, program_data, start_formula, target_formula, write_xlsx
from studio.views import calculator


def plan_of(site, text: str):
    site.program(text)
    catalog = load_catalog(site.root)
    return catalog.plan(catalog.programs[0])


def problems(site, text: str) -> list[str]:
    site.program(text)
    with pytest.raises(ContentError) as caught:
        load_catalog(site.root)
    return [str(p) for p in caught.value.problems]


def loads(plan, lift: str, day: str | None = None, tier: str | None = None) -> list[str]:
    """The first working set's load of `lift` in each session (of `day`), in calendar order."""
    return [str(e.sets[0].load) for s in plan.sessions for e in s.exercises
            if e.name == lift and (day is None or s.template.name == day) and (tier is None or e.item.tier == tier)]


# ---------------------------------------------------------------- shares of another day: the two bugs


HEAVY_LIGHT = program_header(3, 2) + """phases:
  - name: Linear
    weeks: 3
    days:
      - name: Heavy day
        exercises:
          - exercise: Back squat
            sets: 3
            reps: 5
            load: start
            increase: 2.5 kg a session
      - name: Light day
        exercises:
          - exercise: Back squat
            sets: 2
            reps: 5
            load: 80% of Heavy day
"""


def test_a_light_day_is_a_share_of_exactly_what_the_heavy_day_printed_that_week(site):
    plan = plan_of(site, HEAVY_LIGHT)
    # Heavy, Light each week. The heavy day climbs 2.5 kg a session of its own: start, +2.5, +5. The light day is
    # 80% of that same week's heavy day, and takes no increase (it used to be 80% of start + 2.5 in week 1, and
    # made the heavy day climb 5 kg a week).
    assert loads(plan, "Back squat", "Heavy day") == ["Start weight", "Start + 2.5 kg", "Start + 5 kg"]
    assert loads(plan, "Back squat", "Light day") == ["80% of (start weight)", "80% of (start + 2.5 kg)",
                                                      "80% of (start + 5 kg)"]


def test_a_light_day_before_the_heavy_one_leaves_the_heavy_days_start_alone(site):
    text = HEAVY_LIGHT.replace("      - name: Heavy day\n", "      - name: Light first\n"
                               "        exercises:\n"
                               "          - exercise: Back squat\n"
                               "            sets: 2\n"
                               "            reps: 5\n"
                               "            load: 80% of Heavy day\n"
                               "      - name: Heavy day\n").replace(
        "      - name: Light day\n        exercises:\n          - exercise: Back squat\n            sets: 2\n"
        "            reps: 5\n            load: 80% of Heavy day\n", "").replace("2.5 kg a session", "1.25 kg a session")
    plan = plan_of(site, text)
    # Light first, then Heavy, each week: the heavy day's first session is its start (it showed start + 1.25 kg),
    # and the light day is 80% of the heavy day later that same week.
    assert loads(plan, "Back squat", "Heavy day") == ["Start weight", "Start + 1.25 kg", "Start + 2.5 kg"]
    assert loads(plan, "Back squat", "Light first") == ["80% of (start weight)", "80% of (start + 1.25 kg)",
                                                        "80% of (start + 2.5 kg)"]


# ---------------------------------------------------------------- tiers: a start weight and session count per entry


TWO_TIERS = program_header(3, 2) + """phases:
  - name: Linear
    weeks: 3
    days:
      - name: Day A
        exercises:
          - exercise: Back squat
            sets: 5
            reps: 3
            load: start
            increase: 2.5 kg a session
            tier: T1
      - name: Day B
        exercises:
          - exercise: Back squat
            sets: 3
            reps: 10
            load: start
            increase: 2.5 kg a session
            tier: T2
"""


def test_each_tier_has_its_own_start_weight_and_counts_its_own_sessions(site):
    plan = plan_of(site, TWO_TIERS)
    # Day A, Day B each week: the heavy 5 × 3 climbs 2.5 kg between its own sessions, not 5 kg.
    assert loads(plan, "Back squat", tier="T1") == ["Start weight", "Start + 2.5 kg", "Start + 5 kg"]
    assert loads(plan, "Back squat", tier="T2") == ["Start weight", "Start + 2.5 kg", "Start + 5 kg"]
    assert [(i.lift, i.basis) for i in plan.inputs()] == [("Back squat (T1)", "start"), ("Back squat (T2)", "start")]
    assert {s.load.lift for s in plan.sessions[0].exercises[0].sets} == {"Back squat (T1)"}


def test_without_tiers_the_lift_keeps_one_start_weight_and_counts_every_session_it_is_done(site):
    plan = plan_of(site, TWO_TIERS.replace("            tier: T1\n", "").replace("            tier: T2\n", ""))
    # As before tiers: one start weight, and every session of the lift steps (A, B, A, B, A, B).
    assert loads(plan, "Back squat") == ["Start weight"] + [f"Start + {2.5 * n:g} kg" for n in range(1, 6)]
    assert [(i.lift, i.basis) for i in plan.inputs()] == [("Back squat", "start")]


def test_a_tier_of_a_percentage_load_counts_its_own_sessions_against_the_lifts_one_max(site):
    text = TWO_TIERS.replace("load: start", "load: 70%").replace("2.5 kg a session", "1 kg a session")
    plan = plan_of(site, text)
    assert loads(plan, "Back squat", tier="T1") == ["70% 1RM", "70% (1RM + 1 kg)", "70% (1RM + 2 kg)"]
    assert loads(plan, "Back squat", tier="T2") == ["70% 1RM", "70% (1RM + 1 kg)", "70% (1RM + 2 kg)"]
    assert [(i.lift, i.basis) for i in plan.inputs()] == [("Back squat", "1RM")]


def test_the_calculator_asks_for_each_tiers_start_weight_by_name(site):
    plan = plan_of(site, TWO_TIERS)
    form = calculator(plan)
    assert [i["label"] for i in form["inputs"]] == ["Back squat (T1) start weight", "Back squat (T2) start weight"]
    assert form["barbell"]  # so it asks for the bar and plates of a barbell lift


# ---------------------------------------------------------------- a share of another lift's max


FRONT_SQUAT = """  - name: Front squat
    primary: [quads]
    equipment: [barbell, squat rack]
    cues: [Elbows high.]
"""

SECOND_TIER = program_header(4, 2, "training_max: 90\n") + """phases:
  - name: Waves
    weeks: 2
    cycles: 2
    days:
      - name: Day A
        exercises:
          - exercise: Back squat
            sets: 3
            reps: 5
            load: 85% TM
            increase: 5 kg a cycle
      - name: Day B
        exercises:
          - exercise: Front squat
            sets: 3
            reps: 8
            load: 60% TM of Back squat
            increase: 5 kg a cycle
"""


def test_a_second_tier_lift_at_a_share_of_the_main_lifts_training_max(site):
    site.write("data/exercises.yml", LIBRARY + FRONT_SQUAT)
    plan = plan_of(site, SECOND_TIER)
    assert loads(plan, "Front squat") == ["60% TM of Back squat", "60% TM of Back squat",
                                          "60% (TM of Back squat + 5 kg)", "60% (TM of Back squat + 5 kg)"]
    front = plan.sessions[1].exercises[0].sets[0].load
    assert (front.low, front.basis, front.lift) == (60, "TM", "Back squat")
    # The reader is asked for the back squat's 1RM only (the training max is worked out from it), never for a front
    # squat max nobody has; both lifts raise the same max in cycle 2.
    assert [(i.lift, i.basis) for i in plan.inputs()] == [("Back squat", "1RM")]
    assert plan.cycle_increases() == {("Back squat", 2): 5}


def test_a_share_of_its_own_lifts_max_named_in_full_is_the_plain_share(site):
    plan = plan_of(site, SECOND_TIER.replace("Front squat", "Back squat"))
    assert loads(plan, "Back squat", "Day B") == ["60% TM", "60% TM", "60% (TM + 5 kg)", "60% (TM + 5 kg)"]


# ---------------------------------------------------------------- shares of another day: which set, which week, chains


SHARES = program_header(3, 4) + """phases:
  - name: Shares
    weeks: 3
    days:
      - name: Heavy day
        exercises:
          - exercise: Back squat
            sets: 3
            reps: [5, 3, 1]
            load: [70%, 80%, 90%]
            increase: 2.5% a week
      - name: Light day
        exercises:
          - exercise: Back squat
            sets: 2
            reps: 5
            load: 80% of the top set of Heavy day
      - name: Medium day
        exercises:
          - exercise: Back squat
            sets: 3
            reps: 3
            load: 90% of Heavy day last week
      - name: Recovery day
        exercises:
          - exercise: Back squat
            sets: 2
            reps: 8
            load: 50% of set 2 of Light day
"""


def numbers(plan, day: str) -> list[list[float]]:
    return [[x.load.low for x in e.sets] for s in plan.sessions for e in s.exercises if s.template.name == day]


def test_a_share_of_the_top_set_of_last_weeks_session_and_of_a_share(site):
    plan = plan_of(site, SHARES)
    # Heavy day: 70/80/90% × 1.025 a week (week 2: 71.75/82/92.25, week 3: 73.54375/84.05/94.55625).
    assert numbers(plan, "Heavy day") == [[70, 80, 90], [71.75, 82, 92.25], [73.54375, 84.05, 94.55625]]
    # Light: 80% of the heaviest set that week: 72, 73.8, 75.645.
    assert numbers(plan, "Light day") == [[72, 72], [73.8, 73.8], [75.645, 75.645]]
    # Medium: 90% of last week's heavy day, set for set; week 1 has no week before and takes its own week's.
    assert numbers(plan, "Medium day") == [[63, 72, 81], [63, 72, 81], [64.575, 73.8, 83.025]]
    # Recovery: 50% of the light day's second set, itself a share: 36, 36.9, 37.8225.
    assert numbers(plan, "Recovery day") == [[36, 36], [36.9, 36.9], [37.8225, 37.8225]]
    recovery = plan.sessions[3].exercises[0].sets[0].load
    assert (str(recovery), recovery.via) == ("36% 1RM", "50% of set 2 of Light day")
    medium = plan.sessions[6].exercises[0].sets[0].load
    assert medium.via == "90% of Heavy day last week"
    # A share asks for nothing new: the back squat's 1RM.
    assert [(i.lift, i.basis) for i in plan.inputs()] == [("Back squat", "1RM")]


def test_a_share_of_a_day_follows_the_set_number_by_default_and_the_last_set_past_it(site):
    text = SHARES.replace("80% of the top set of Heavy day", "80% of Heavy day").replace("sets: 2\n            reps: 5",
                                                                                       "sets: 4\n            reps: 5")
    plan = plan_of(site, text)
    assert numbers(plan, "Light day")[0] == [56, 64, 72, 72]


# ---------------------------------------------------------------- the load language


@pytest.mark.parametrize(("given", "fields"), [
    ("80% of Volume day", ("day", "Volume day", None, False, None)),
    ("80% of the top set of Volume day", ("day", "Volume day", "top", False, None)),
    ("80% of top set of Volume day", ("day", "Volume day", "top", False, None)),
    ("80% of set 2 of Volume day last week", ("day", "Volume day", 2, True, None)),
    ("80% of Volume day last week", ("day", "Volume day", None, True, None)),
    ("60% TM of Back squat", ("TM", None, None, False, "Back squat")),
    ("60% training max of Back squat", ("TM", None, None, False, "Back squat")),
    ("70% 5RM of Deadlift", ("5RM", None, None, False, "Deadlift")),
    ("75% 1RM of Front squat", ("1RM", None, None, False, "Front squat")),
    ("85% TM", ("TM", None, None, False, None)),
])
def test_the_load_language_for_shares(given, fields):
    from studio.format import parse_load

    (load,) = parse_load(given)
    assert (load.basis, load.day, load.day_set, load.last_week, load.lift) == fields


def test_a_set_number_of_another_day_goes_from_1_to_20():
    from studio.format import parse_load

    with pytest.raises(ValueError) as error:
        parse_load("80% of set 21 of Volume day")
    assert str(error.value) == "'80% of set 21 of Volume day': a set number goes from 1 to 20"


# ---------------------------------------------------------------- messages


SQUAT_B = "phases[0].days[1].exercises[0]"


@pytest.mark.parametrize(("old", "new", "expected"), [
    # A loop of shares: Heavy day's squat is a share of Light day's, which is a share of Heavy day's.
    ("            load: start\n            increase: 2.5 kg a session\n", "            load: 90% of Light day\n",
     "programs/test-strength.yml:25: phases[0].days[0].exercises[0].load: '90% of Light day' makes a loop of shares "
     "for Back squat: Heavy day → Light day → Heavy day; each takes its load from the next, so none has a number to "
     "start from; give one of them a load of its own, such as '75%' or 'start'"),
    ("load: 80% of Heavy day", "load: 80% of set 4 of Heavy day",
     f"programs/test-strength.yml:33: {SQUAT_B}.load: '80% of set 4 of Heavy day': Back squat on Heavy day has 3 sets "
     "in some weeks; name a set from 1 to 3, or write '80% of the top set of Heavy day'"),
    ("load: 80% of Heavy day", "load: 80% of Hevy day",
     f"programs/test-strength.yml:33: {SQUAT_B}.load: '80% of Hevy day' names no day of the phase 'Linear'; use one "
     "of 'Heavy day', 'Light day', or write '75%' (of 1RM), '85% TM' or '85% 5RM'"),
    ("load: 80% of Heavy day", "load: 60% 1RM of Front squatt",
     f"programs/test-strength.yml:33: {SQUAT_B}.load: 'Front squatt' is not in the exercise library; add it to "
     "data/exercises.yml if it is new"),
    ("load: 80% of Heavy day", "load: 60% TM of Bench press",
     f"programs/test-strength.yml:33: {SQUAT_B}.load: a training-max load needs the programme's training max; add "
     "training_max: 90 (the training max as a percentage of 1RM) at the top of the file"),
    ("load: 80% of Heavy day", "load: 80% of Heavy day\n            tier: T2",
     None),
    ("            tier: T1\n", "", None),
])
def test_share_and_tier_messages(site, old, new, expected):
    text = HEAVY_LIGHT.replace("            increase: 2.5 kg a session\n",
                               "            increase: 2.5 kg a session\n            tier: T1\n").replace(old, new, 1)
    if expected is None:
        plan_of(site, text)
    else:
        assert problems(site, text) == [expected]


def test_a_share_of_last_week_in_a_phase_of_one_week_that_runs_once_says_there_is_none(site):
    text = (HEAVY_LIGHT.replace("weeks: 3\n    days", "weeks: 1\n    days").replace("load: 80% of Heavy day",
                                                                                "load: 80% of Heavy day last week")
            .replace("weeks: 3\nsessions_per_week", "weeks: 1\nsessions_per_week"))
    assert problems(site, text) == [
        f"programs/test-strength.yml:32: {SQUAT_B}.load: '80% of Heavy day last week': the phase 'Linear' has one "
        "week and runs once, so it has no week before; write '80% of Heavy day' (the same week's)"]


def test_a_loop_through_three_days_is_reported_once_on_its_first_entry(site):
    text = SHARES.replace("load: [70%, 80%, 90%]\n            increase: 2.5% a week",
                          "load: 110% of Recovery day").replace("50% of set 2 of Light day", "50% of Light day")
    assert problems(site, text) == [
        "programs/test-strength.yml:25: phases[0].days[0].exercises[0].load: '110% of Recovery day' makes a loop of "
        "shares for Back squat: Heavy day → Recovery day → Light day → Heavy day; each takes its load from the next, "
        "so none has a number to start from; give one of them a load of its own, such as '75%' or 'start'"]


# ---------------------------------------------------------------- the spreadsheet and the JSON


def downloads(site, text: str, tmp_path):
    """(the spreadsheet's path, the JSON download as data) of the programme."""
    site.program(text)
    catalog = load_catalog(site.root)
    program = catalog.programs[0]
    write_xlsx(catalog.plan(program), tmp_path / "p.xlsx")
    data = json.loads(json_text(program_data(catalog.plan(program), catalog.exercise, program_cells(catalog, program))))
    download_schema().validate(data)
    return tmp_path / "p.xlsx", data


def json_loads(data, lift: str) -> list[tuple]:
    return [(e["sets"][0]["load"]["text"], e["sets"][0]["load"]["lift"]) for s in data["sessions"]
            for e in s["exercises"] if e["exercise"] == lift]


def test_each_tiers_start_weight_is_an_input_of_the_spreadsheet_and_named_in_the_json(site, tmp_path):
    path, data = downloads(site, TWO_TIERS, tmp_path)
    cells = input_cells(openpyxl.load_workbook(path))
    assert list(cells) == [("Back squat (T1)", "Start weight"), ("Back squat (T2)", "Start weight")]
    rows = [r for r in set_rows(path) if r["Exercise"] == "Back squat"]
    t1, t2 = cells[("Back squat (T1)", "Start weight")], cells[("Back squat (T2)", "Start weight")]
    assert [(r["week"], r["session"], r["Load"]) for r in rows if r["Set"] == 1] == [
        (1, 1, start_formula(t1)), (1, 2, start_formula(t2)), (2, 1, start_formula(t1, 2.5, "kg")),
        (2, 2, start_formula(t2, 2.5, "kg")), (3, 1, start_formula(t1, 5, "kg")), (3, 2, start_formula(t2, 5, "kg"))]
    assert json_loads(data, "Back squat") == [("Start weight", "Back squat (T1)"), ("Start weight", "Back squat (T2)"),
                                              ("Start + 2.5 kg", "Back squat (T1)"), ("Start + 2.5 kg", "Back squat (T2)"),
                                              ("Start + 5 kg", "Back squat (T1)"), ("Start + 5 kg", "Back squat (T2)")]


def test_a_share_of_another_lifts_max_asks_the_spreadsheet_for_that_lifts_1rm(site, tmp_path):
    site.write("data/exercises.yml", LIBRARY + FRONT_SQUAT)
    path, data = downloads(site, SECOND_TIER, tmp_path)
    cells = input_cells(openpyxl.load_workbook(path))
    assert list(cells) == [("Back squat", "1RM"), ("Back squat", "Training max"),
                           ("Back squat", "Training max, cycle 2")]
    front = [r for r in set_rows(path) if r["Exercise"] == "Front squat" and r["Set"] == 1]
    assert [(r["week"], r["Target"], r["Load"]) for r in front] == [
        (1, "60% TM of Back squat", target_formula(cells[("Back squat", "Training max")], 60)),
        (2, "60% TM of Back squat", target_formula(cells[("Back squat", "Training max")], 60)),
        (3, "60% (TM of Back squat + 5 kg)", target_formula(cells[("Back squat", "Training max, cycle 2")], 60)),
        (4, "60% (TM of Back squat + 5 kg)", target_formula(cells[("Back squat", "Training max, cycle 2")], 60))]
    assert json_loads(data, "Front squat")[:1] == [("60% TM of Back squat", "Back squat")]
    assert json_loads(data, "Back squat")[:1] == [("85% TM", "")]


@pytest.mark.slow
def test_tiers_and_a_light_day_computed_by_libreoffice(site, tmp_path):
    if not shutil.which("soffice"):
        pytest.skip("needs LibreOffice Calc: run scripts/ensure-libreoffice.sh")
    text = TWO_TIERS + """      - name: Light day
        exercises:
          - exercise: Back squat
            sets: 2
            reps: 5
            load: 80% of Day A
""".replace("sessions_per_week: 2", "sessions_per_week: 3")
    text = text.replace("sessions_per_week: 2", "sessions_per_week: 3")
    path, _ = downloads(site, text, tmp_path)
    book = openpyxl.load_workbook(path)
    cells = input_cells(book)
    book[INPUTS][cells[("Back squat (T1)", "Start weight")]] = 100
    book[INPUTS][cells[("Back squat (T2)", "Start weight")]] = 60
    book.save(tmp_path / "filled.xlsx")
    (done,) = libreoffice_recalculate_all([tmp_path / "filled.xlsx"], tmp_path)
    rows = [r for r in set_rows(done, data_only=True) if r["Exercise"] == "Back squat" and r["Set"] == 1]
    # Day A (T1, from 100 kg), Day B (T2, from 60 kg), Light day (80% of that week's Day A, rounded to 2.5 kg).
    assert [(r["week"], r["day"], r["Load"]) for r in rows] == [
        (1, "Day A", 100), (1, "Day B", 60), (1, "Light day", 80),
        (2, "Day A", 102.5), (2, "Day B", 62.5), (2, "Light day", half_up(102.5 * 0.8 / 2.5) * 2.5),
        (3, "Day A", 105), (3, "Day B", 65), (3, "Light day", 85)]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("            load: 60% TM of Back squat\n            increase: 5 kg a cycle\n",
     "            load: 60% TM of Back squat\n",
     "programs/test-strength.yml:34: phases[0].days[1].exercises[0].load: '60% TM of Back squat' follows Back squat's "
     "TM, which Back squat raises by '+5 kg a cycle' in the phase 'Waves' and this exercise by 'nothing'; write "
     "increase: 5 kg a cycle on this exercise too, so both follow one max"),
    ("            load: 85% TM\n            increase: 5 kg a cycle\n", "            load: 85% TM\n",
     "programs/test-strength.yml:33: phases[0].days[1].exercises[0].load: '60% TM of Back squat' follows Back squat's "
     "TM, which Back squat does not raise in the phase 'Waves', but this exercise raises it by '+5 kg a cycle'; "
     "remove its increase (or write increase: none), or give Back squat the same increase"),
    # Neither raises the max: one training max a cycle, as the lifter enters it.
    ("            increase: 5 kg a cycle\n", "", None),
])
def test_a_share_of_another_lifts_max_follows_the_increase_of_that_lifts_entries(site, old, new, expected):
    site.write("data/exercises.yml", LIBRARY + FRONT_SQUAT)
    text = SECOND_TIER.replace(old, new)
    if expected is None:
        plan_of(site, text)
    else:
        assert problems(site, text) == [expected]


def test_a_warm_up_of_the_training_max_follows_the_max_the_working_sets_are_of(site):
    site.write("data/exercises.yml", LIBRARY + FRONT_SQUAT)
    text = SECOND_TIER.replace("            load: 60% TM of Back squat\n",
                               "            load: 60% TM of Back squat\n            warmup_sets: [bar × 5, 40% TM × 5]\n")
    plan = plan_of(site, text)
    front = [e for s in plan.sessions for e in s.exercises if e.name == "Front squat"]
    # Of the back squat's training max, raised with it in cycle 2; the reader is asked for nothing more.
    assert [str(w.load) for w in front[0].warmups] == ["Bar", "40% TM of Back squat"]
    assert [str(w.load) for w in front[2].warmups] == ["Bar", "40% (TM of Back squat + 5 kg)"]
    assert [(i.lift, i.basis) for i in plan.inputs()] == [("Back squat", "1RM")]
