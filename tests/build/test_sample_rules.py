"""The studio's three samples with result rules, as test content (tests/programs/sample-*.yml, copies of the owner's
samples with a test title): the novice linear A/B with its stall and deload on the phase, the training-max waves with
the table of its "+" sets and warm-ups as shares of the training max, and the tiered rotation with stages for two
tiers and a table for the third.

Each JSON download must validate against the published schema and carry the rules as data: every value below is
worked out by hand from the programme as written, with the loads of week 1, week 2 and a later week."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from readers import download_schema
from sitecopy import copy_site, run_build

pytestmark = pytest.mark.build

PROGRAMS = Path(__file__).resolve().parent.parent / "programs"
NOVICE, WAVES = "test-sample-novice-linear-ab", "test-sample-training-max-waves"
TIERS = "test-sample-tiered-linear-progression"
REPEAT = {"do": "repeat", "amount": None, "unit": None, "percent": None}
ADD_INCREASE = {"do": "add", "amount": None, "unit": None, "percent": None}
TEN_OFF = {"do": "percent", "amount": None, "unit": None, "percent": 90.0}
NEXT_STAGE = {"do": "next stage", "amount": None, "unit": None, "percent": None}


def add(kg: float) -> dict:
    return {"do": "add", "amount": kg, "unit": "kg", "percent": None}


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> dict[str, dict]:
    root = copy_site(tmp_path_factory.mktemp("sample-rules") / "site")
    for slug in (NOVICE, WAVES, TIERS):
        shutil.copy(PROGRAMS / f"{slug.removeprefix('test-')}.yml", root / "programs" / f"{slug}.yml")
    build = run_build(root)
    assert build.returncode == 0, build.output
    found = {}
    for slug in (NOVICE, WAVES, TIERS):
        data = json.loads((build.site / "programs" / slug / f"{slug}.json").read_text(encoding="utf-8"))
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in download_schema().iter_errors(data)]
        assert errors == [], slug
        found[slug] = data
    return found


def template(data: dict, day: str, exercise: str) -> dict:
    """The exercise as its day writes it, with its rules ("results")."""
    days = [d for phase in data["phases"] for d in phase["days"] if d["name"] == day]
    return next(e for d in days for e in d["exercises"] if e.get("exercise") == exercise)


def loads(data: dict, week: int, session: int, exercise: str, warmups: bool = False) -> list[str]:
    found = next(s for s in data["sessions"] if (s["week"], s["session"]) == (week, session))
    return [s["load"]["text"] for e in found["exercises"] if e["exercise"] == exercise
            for s in e["warmups" if warmups else "sets"]]


def targets(*reps: int, plus_last: bool = False) -> list[dict]:
    return [{"low": r, "high": r, "plus": plus_last and n == len(reps) - 1} for n, r in enumerate(reps)]


# ---------------------------------------------------------------- novice linear A/B: the phase's rules on each lift
# Workouts A and B alternate over three sessions a week: A, B, A | B, A, B | ... The squat is in every session
# (+2.5 kg each), the deadlift only in B (+5 kg each).


def test_novice_rules_are_the_phases_on_every_lift(downloads):
    data = downloads[NOVICE]
    squat = template(data, "Workout A", "Back squat")
    assert squat["rule"] == ""  # the written rule of old is gone: the data says it, once
    rules = squat["results"]
    assert rules["text"] == ("Every rep made: add 2.5 kg. If you miss a rep: repeat the load; after 3 misses in a row, "
                             "take 10% off.")
    assert (rules["made"], rules["missed"], rules["after_misses"], rules["then"]) == (ADD_INCREASE, REPEAT, 3, TEN_OFF)
    assert rules["increase"] == {"amount": 2.5, "unit": "kg", "top": False}
    assert rules["targets"] == targets(5, 5, 5)
    assert (rules["stages"], rules["reset"], rules["amrap"]) == ([], None, [])
    deadlift = template(data, "Workout B", "Deadlift")["results"]
    assert deadlift["increase"] == {"amount": 5.0, "unit": "kg", "top": False}  # its own increase, the phase's rules
    assert (deadlift["targets"], deadlift["after_misses"], deadlift["then"]) == (targets(5), 3, TEN_OFF)
    row = template(data, "Workout A", "Barbell row")["results"]  # no rule of its own before: the phase's now
    assert (row["missed"], row["after_misses"], row["then"]) == (REPEAT, 3, TEN_OFF)


def test_novice_loads_week_by_week(downloads):
    data = downloads[NOVICE]
    assert loads(data, 1, 1, "Back squat") == ["Start weight"] * 3
    assert loads(data, 1, 3, "Back squat") == ["Start + 5 kg"] * 3  # the third session: two increases
    assert loads(data, 2, 1, "Back squat") == ["Start + 7.5 kg"] * 3
    assert loads(data, 12, 3, "Back squat") == ["Start + 87.5 kg"] * 3  # the 36th session: 35 × 2.5 kg
    assert loads(data, 1, 2, "Deadlift") == ["Start weight"]
    assert loads(data, 2, 1, "Deadlift") == ["Start + 5 kg"] and loads(data, 2, 3, "Deadlift") == ["Start + 10 kg"]
    # Week 12 is sessions 34 (B), 35 (A) and 36 (B); B is every even session, so the 36th is the 18th B.
    assert loads(data, 12, 2, "Deadlift") == [] and loads(data, 12, 3, "Deadlift") == ["Start + 85 kg"]


# ---------------------------------------------------------------- training-max waves: the "+" set table
# Four-week waves run three times; the squat's training max goes up 5 kg a cycle, the bench press's 2.5 kg.


def test_waves_rules_are_the_plus_set_table(downloads):
    data = downloads[WAVES]
    for day, lift, step in (("Squat day", "Back squat", 5.0), ("Bench day", "Bench press", 2.5),
                            ("Deadlift day", "Deadlift", 5.0), ("Press day", "Overhead press", 2.5)):
        rules = template(data, day, lift)["results"]
        assert rules["amrap"] == [{"low": 0, "high": 9, "then": REPEAT}, {"low": 10, "high": None, "then": add(2.5)}]
        assert (rules["after_misses"], rules["then"]) == (1, TEN_OFF)  # a "+" set short of its target comes first
        assert (rules["made"], rules["missed"]) == (ADD_INCREASE, REPEAT)  # the light week, which has no "+" set
        assert rules["increase"] == {"amount": step, "unit": "kg", "top": False}
        assert rules["targets"] == targets(5, 5, 5, plus_last=True)
        assert rules["text"] == ("The reps of the last + set decide next time: 0–9, repeat the load; 10 or more, add "
                                 "2.5 kg. After a miss: take 10% off.")
    supplementary = [e for e in data["phases"][0]["days"][0]["exercises"] if e.get("exercise") == "Back squat"][1]
    assert supplementary["results"] is None  # the 4 × 8 stays at the plan's percentages


def test_waves_loads_and_warmups_week_by_week(downloads):
    data = downloads[WAVES]
    assert loads(data, 1, 1, "Back squat") == ["65% TM", "75% TM", "85% TM", "55% TM", "55% TM", "55% TM", "55% TM"]
    assert loads(data, 1, 1, "Back squat", warmups=True) == ["Bar", "40% TM", "50% TM", "60% TM"]
    assert loads(data, 2, 1, "Back squat")[:3] == ["70% TM", "80% TM", "90% TM"]
    assert loads(data, 2, 1, "Back squat", warmups=True) == ["Bar", "40% TM", "50% TM", "60% TM"]  # the same all wave
    # The light week: its working sets are 40, 50 and 60% TM, so the shares of the TM are left out; the bar stays.
    assert loads(data, 4, 1, "Back squat") == ["40% TM", "50% TM", "60% TM", "40% TM", "40% TM"]
    assert loads(data, 4, 1, "Back squat", warmups=True) == ["Bar"]
    assert loads(data, 5, 1, "Back squat")[:3] == ["65% (TM + 5 kg)", "75% (TM + 5 kg)", "85% (TM + 5 kg)"]
    assert loads(data, 9, 1, "Back squat", warmups=True) == ["Bar", "40% (TM + 10 kg)", "50% (TM + 10 kg)",
                                                            "60% (TM + 10 kg)"]
    assert loads(data, 11, 2, "Bench press")[:3] == ["75% (TM + 5 kg)", "85% (TM + 5 kg)", "95% (TM + 5 kg)"]
    assert loads(data, 1, 3, "Deadlift", warmups=True) == ["40% TM", "50% TM", "60% TM"]  # no bar on the floor


# ---------------------------------------------------------------- tiered rotation: stages for two tiers
# A1, B1, A2, B2 rotate over three sessions a week: A1 is sessions 1, 5, 9, ... (week 1 s1, week 2 s2, week 3 s3,
# week 5 s1); A2 is sessions 3, 7, 11, ... (week 1 s3, week 3 s1, week 4 s2). Week 12's sessions are the 34th to
# the 36th: B1 (its 9th), A2 (its 9th) and B2.


def test_tiers_rules_are_stages_for_two_tiers(downloads):
    data = downloads[TIERS]
    t1 = template(data, "Workout A1", "Back squat")["results"]
    assert t1["stages"] == [{"sets": 5, "reps": 3, "plus": True}, {"sets": 6, "reps": 2, "plus": True},
                            {"sets": 10, "reps": 1, "plus": True}]
    assert (t1["made"], t1["missed"], t1["after_misses"], t1["then"], t1["reset"]) == (
        ADD_INCREASE, NEXT_STAGE, None, None, 85.0)
    assert t1["targets"] == targets(3, 3, 3, 3, 3, plus_last=True)
    assert t1["increase"] == {"amount": 5.0, "unit": "kg", "top": False}
    t2 = template(data, "Workout A1", "Bench press")["results"]
    assert t2["stages"] == [{"sets": 3, "reps": 10, "plus": False}, {"sets": 3, "reps": 8, "plus": False},
                            {"sets": 3, "reps": 6, "plus": False}]
    assert (t2["made"], t2["missed"], t2["after_misses"], t2["then"], t2["reset"]) == (
        ADD_INCREASE, REPEAT, 2, NEXT_STAGE, 85.0)
    assert t2["increase"] == {"amount": 2.5, "unit": "kg", "top": False}
    assert template(data, "Workout A2", "Bench press")["results"]["stages"][0] == {"sets": 5, "reps": 3, "plus": True}
    assert template(data, "Workout A2", "Back squat")["results"]["increase"]["amount"] == 2.5  # T2: 2.5 kg
    t3 = template(data, "Workout B1", "One-arm dumbbell row")["results"]
    assert t3["amrap"] == [{"low": 0, "high": 24, "then": REPEAT}, {"low": 25, "high": None, "then": add(2.0)}]
    assert (t3["increase"], t3["made"], t3["stages"]) == (None, REPEAT, [])  # the plan keeps its weight
    assert template(data, "Workout A1", "Lat pulldown")["results"]["amrap"][1]["then"] == add(2.5)


def test_tiers_loads_week_by_week(downloads):
    data = downloads[TIERS]
    squat_t1 = [loads(data, w, s, "Back squat") for w, s in ((1, 1), (2, 2), (3, 3), (5, 1))]
    assert [sets[0] for sets in squat_t1] == ["Start weight", "Start + 5 kg", "Start + 10 kg", "Start + 15 kg"]
    assert all(len(sets) == 5 for sets in squat_t1)
    squat_t2 = [loads(data, w, s, "Back squat") for w, s in ((1, 3), (3, 1), (4, 2))]
    assert squat_t2 == [["Start weight"] * 3, ["Start + 2.5 kg"] * 3, ["Start + 5 kg"] * 3]
    first = next(x for x in data["sessions"] if (x["week"], x["session"]) == (1, 1))
    # Each tier asks for its own start weight; tier 3 has one entry a lift, so it asks for the lift's.
    assert [e["sets"][0]["load"]["lift"] for e in first["exercises"]] == ["Back squat (T1)", "Bench press (T2)", ""]
    assert loads(data, 12, 1, "Overhead press") == ["Start + 20 kg"] * 5  # B1's 9th: T1 press, 8 × 2.5 kg
    assert loads(data, 12, 1, "Deadlift") == ["Start + 20 kg"] * 3  # T2 deadlift, 8 × 2.5 kg
    assert loads(data, 12, 2, "Bench press") == ["Start + 20 kg"] * 5  # A2's 9th: T1 bench
    assert loads(data, 12, 2, "Lat pulldown") == ["Start weight"] * 3  # tier 3 moves only by the table
    assert loads(data, 12, 3, "Deadlift") == ["Start + 40 kg"] * 5  # B2's 9th: T1 deadlift, 8 × 5 kg
    assert loads(data, 1, 1, "Back squat", warmups=True) == [
        "Bar", "40% of (start weight)", "60% of (start weight)", "80% of (start weight)"]
