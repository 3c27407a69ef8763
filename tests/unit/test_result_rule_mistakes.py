"""Result rules that contradict themselves or the plan, each answered with file:line and what to write instead."""

from __future__ import annotations

import pytest
from samples import PROGRAM

from studio import ContentError, load_catalog

EX = "phases[0].days[0].exercises[0]"
SQUAT = "            load: 80%\n            rest: 3 min\n"


def problems(site, text: str) -> list[str]:
    site.program(text)
    with pytest.raises(ContentError) as error:
        load_catalog(site.root)
    return [str(p) for p in error.value.problems]


def squat_rules(rules: str, load: str = "80%") -> str:
    """PROGRAM with `rules` (lines under results:, indented by 14) on Day A's back squat, the file's line 28 on."""
    assert SQUAT in PROGRAM
    return PROGRAM.replace(SQUAT, SQUAT.replace("80%", load) + "            results:\n" + rules, 1)


def test_sound_rules_load_and_read_on_the_plan(site):
    site.program(squat_rules("              missed: repeat\n              after_misses: 3\n"
                             "              then: take 10% off\n").replace("rest: 3 min\n", "rest: 3 min\n"
                                                                            "            increase: 2.5 kg a session\n", 1))
    catalog = load_catalog(site.root)
    squat = catalog.plan(catalog.programs[0]).sessions[0].exercises[0]
    assert squat.rule == ("Every rep made: add 2.5 kg. If you miss a rep: repeat the load; after 3 misses in a row, "
                          "take 10% off.")


@pytest.mark.parametrize(("rules", "expected"), [
    ("              missed: try again\n",
     f"28: {EX}.results.missed: 'try again' is not a result rule; use 'add the increase', 'add 2.5 kg', "
     "'add 5 lb', 'repeat', 'take 10% off', 'next stage' or 'reset to 90%'"),
    ("              missed: take 60% off\n",
     f"28: {EX}.results.missed: 'take 60% off' is out of range; take off more than 0% and up to 50%"),
    ("              after_misses: lots\n              then: take 10% off\n",
     f"28: {EX}.results.after_misses: 'lots' is not a number of misses; write how many missed sessions in a row, "
     "from 1 to 10, e.g. 3"),
    ("              stages: [5 sets of 3, 6 × 2]\n              missed: next stage\n              reset: 85%\n",
     f"28: {EX}.results.stages: stage 1: '5 sets of 3' is not a stage; write each stage as sets × reps, e.g. "
     "'5 × 3', '6 × 2' or '10 × 1+' (a last set of as many as you can)"),
    ("              amrap: {0-1: repeat, 4+: add 5 kg}\n",
     f"28: {EX}.results.amrap: the table leaves out 2–3 reps; give what follows every count from 0 up"),
    ("              amrap: {0-1: repeat, 2-3: add 5 kg}\n",
     f"28: {EX}.results.amrap: the table stops at 3 reps; make its last row open-ended, e.g. '2+' for 2 reps "
     "or more"),
    ("              amrap: {0-2: repeat, 2+: add 5 kg}\n",
     f"28: {EX}.results.amrap: 2+ reps overlaps another row; give each count of reps once"),
    ("              amrap: {0: next stage, 1+: add 5 kg}\n",
     f"28: {EX}.results.amrap: 'next stage' follows a miss; in the table use 'repeat', 'add 2.5 kg', "
     "'take 10% off' or 'reset to 90%'"),
    ("              reset: 40%\n",
     f"28: {EX}.results.reset: '40%' is out of range; a reset goes back to 50% to 100% of the load"),
    ("              miss: repeat\n",
     f"28: {EX}.results.miss: unknown field 'miss'; did you mean 'missed'? allowed here: made, missed, "
     "after_misses, then, stages, reset, amrap"),
], ids=["unknown word", "too much off", "a count that is not a number", "a stage that is not sets × reps",
        "a gap in the table", "a table that stops", "overlapping rows", "next stage in a table", "a reset too low",
        "a misspelt field"])
def test_a_rule_in_words_the_format_does_not_know_says_what_to_write(site, rules, expected):
    assert problems(site, squat_rules(rules)) == [f"programs/test-strength.yml:{expected}"]


@pytest.mark.parametrize(("rules", "expected"), [
    ("              then: take 10% off\n",
     [f"28: {EX}.results.then: 'take 10% off' follows a count of misses in a row; add after_misses: 3 (or how "
      "many), or write it as missed: take 10% off"]),
    ("              after_misses: 3\n",
     [f"28: {EX}.results.after_misses: after 3 misses in a row, what follows? add then: take 10% off (or then: "
      "next stage)"]),
    ("              missed: next stage\n",
     [f"28: {EX}.results.missed: 'next stage' needs stages to move through; add stages: ['5 × 3', '6 × 2', "
      "'10 × 1'] (the first the exercise as written), or write 'take 10% off'"]),
    ("              made: next stage\n              missed: repeat\n",
     [f"28: {EX}.results.made: 'next stage' follows a miss; write it under missed or then, and what a made "
      "session does under made, e.g. add the increase"]),
    ("              missed: repeat\n              reset: 85%\n",
     [f"29: {EX}.results.reset: reset says where the stages start again after the last, and there are no stages; "
      "add stages, or write then: reset to 90%"]),
    ("              stages: ['3 × 5', '3 × 3']\n",
     [f"28: {EX}.results.stages: the stages never change; write missed: next stage, or after_misses: 2 with "
      "then: next stage",
      f"28: {EX}.results.stages: what follows the last stage? add reset: 85% (back to the first stage at 85% of "
      "the load)"]),
    ("              missed: next stage\n              stages: ['5 × 3', '6 × 2', '10 × 1']\n              reset: 85%\n",
     [f"29: {EX}.results.stages: the first stage is '5 × 3', and the exercise is 3 × 5; the plan starts on the "
      "first stage, so list the exercise as written first, or write sets: 5 and reps: 3"]),
    ("              amrap: {0-1: repeat, 2-3: add 2.5 kg, 4+: add 5 kg}\n",
     [f"28: {EX}.results.amrap: an AMRAP table reads the reps of a '+' set, and the exercise has none; write its "
      "last set's reps as '5+' (or 'AMRAP'), or remove amrap"]),
    ("              made: add the increase\n",
     [f"28: {EX}.results.made: 'add the increase': the exercise has no increase; give it one (increase: 2.5 kg "
      "a session), or write the amount, e.g. add 2.5 kg"]),
], ids=["a deload with no count of misses", "a count of misses with nothing after it", "next stage with no stages",
        "next stage after a made session", "a reset with no stages", "stages that never move and never reset",
        "stages that do not start from the exercise", "an AMRAP table with no + set",
        "the increase added where there is none"])
def test_a_rule_that_contradicts_the_plan_says_where_and_what_to_write(site, rules, expected):
    assert problems(site, squat_rules(rules)) == [f"programs/test-strength.yml:{line}" for line in expected]


def test_rules_on_an_exercise_without_a_load_say_so(site):
    text = PROGRAM.replace("            reps: 8-12\n", "            reps: 8-12\n            results: {missed: repeat}\n",
                           1)
    assert problems(site, text) == [
        "programs/test-strength.yml:32: phases[0].days[1].exercises[0].results: results change the load, and Bench "
        "press has none they can change; give it a load such as '60 kg', 'start' or '75%', or write the rule in "
        "words (rule:)"]


def test_a_phases_rules_are_checked_against_each_exercise_they_act_on(site):
    text = PROGRAM.replace("    weeks: 2\n    days:", "    weeks: 2\n    results:\n      missed: next stage\n"
                                                      "      stages: ['5 × 3', '6 × 2']\n      reset: 90%\n    days:", 1)
    assert problems(site, text) == [
        "programs/test-strength.yml:21: phases[0].results.stages: the first stage is '5 × 3', and the exercise (Back "
        "squat on Day A) is 3 × 5; the plan starts on the first stage, so list the exercise as written first, or "
        "write sets: 5 and reps: 3"]


def test_a_phases_rules_with_no_exercise_to_act_on_say_so(site):
    text = PROGRAM.replace("  - name: Deload\n    weeks: 1\n", "  - name: Deload\n    weeks: 1\n    results: "
                                                               "{missed: repeat}\n", 1).replace(
        "            sets: 2\n            reps: 5\n            load: 60%", "            sets: 2\n            reps: 5")
    assert problems(site, text) == [
        "programs/test-strength.yml:43: phases[1].results: no exercise in 'Deload' has a load the rules can change; "
        "give the exercises a load such as '60 kg', 'start' or '75%', or remove results"]


def test_stages_on_an_exercise_that_changes_its_reps_week_by_week_say_keep_one(site):
    text = squat_rules("              missed: next stage\n              stages: ['3 × 5', '3 × 3']\n"
                       "              reset: 90%\n").replace("            results:\n",
                                                             "            weeks: [{}, {reps: 3}]\n            results:\n", 1)
    assert problems(site, text) == [
        f"programs/test-strength.yml:30: {EX}.results.stages: stages set the sets and reps session by session, and "
        "the exercise changes them week by week (weeks:); keep one or the other"]
