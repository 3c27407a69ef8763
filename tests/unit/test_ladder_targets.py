"""Each ladder step's own kind of target: a hold at the foot of a ladder of dips is held for a time, not done for
reps; the step's target reads on the page, in the downloads and in the rule, and a step that would take a target of
the wrong kind is refused with the fix."""

import json

import pytest
from samples import LIBRARY, program_header

from studio import ContentError, load_catalog
from studio.downloads import program_data
from studio.presentation import ladder_text

KIT = LIBRARY.replace("equipment: [barbell, squat rack, bench, dumbbells, mat]",
                      "equipment: [barbell, squat rack, bench, dumbbells, mat, dip bars]") + """\
  - name: Support hold
    primary: [triceps]
    equipment: [dip bars]
    kind: hold
    cues: [Arms locked, shoulders down.]
  - name: Negative dip
    primary: [triceps]
    secondary: [chest]
    equipment: [dip bars]
    cues: [Lower for three seconds.]
  - name: Dip
    primary: [triceps]
    secondary: [chest]
    equipment: [dip bars]
    cues: [Lean a little forward.]
"""

LADDER = "[{exercise: Support hold, reps: 10-30 s}, {exercise: Negative dip, reps: 3-5}, Dip]"


def _program(entry: str) -> str:
    return program_header(2, 1).replace("equipment: [barbell, squat rack, bench, mat]", "equipment: [dip bars]") + f"""\
phases:
  - name: Base
    weeks: 2
    days:
      - name: Day A
        exercises:
          - {entry}
"""


def _catalog(site, entry: str):
    site.write("data/exercises.yml", KIT)
    site.program(_program(entry))
    return load_catalog(site.root)


def _problems(site, entry: str) -> list[str]:
    with pytest.raises(ContentError) as caught:
        _catalog(site, entry)
    return [str(p) for p in caught.value.problems]


def test_a_dip_ladder_gives_the_hold_a_time_and_says_so_everywhere(site):
    catalog = _catalog(site, f"{{exercise: Dip, sets: 3, reps: 5-8, ladder: {LADDER}}}")
    plan = catalog.plan(catalog.programs[0])
    dip = plan.sessions[0].exercises[0]
    assert ladder_text(list(dip.item.ladder), dip.name) == (
        "Ladder: Support hold (10–30 s) → Negative dip (3–5 reps) → [Dip]")
    assert dip.rule == ""  # the top step: nothing to climb to
    data = json.loads(program_data(plan, catalog.exercise, []).model_dump_json())
    exercise = data["phases"][0]["days"][0]["exercises"][0]
    assert (exercise["ladder"], exercise["ladder_reps"]) == (["Support hold", "Negative dip", "Dip"],
                                                             ["10–30 s", "3–5", None])


def test_on_the_hold_step_the_rule_climbs_by_time_to_the_next_steps_reps(site):
    catalog = _catalog(site, "{exercise: Support hold, sets: 3, reps: 10-30 s, "
                             "ladder: [Support hold, {exercise: Negative dip, reps: 3-5}, {exercise: Dip, reps: 5-8}]}")
    hold = catalog.plan(catalog.programs[0]).sessions[0].exercises[0]
    assert hold.rule == ("When every set reaches the top of the time range, move up the ladder to Negative dip "
                         "for 3–5 reps.")
    assert ladder_text(list(hold.item.ladder), hold.name) == (
        "Ladder: [Support hold] → Negative dip (3–5 reps) → Dip (5–8 reps)")


def test_a_step_that_takes_the_entrys_reps_still_starts_at_the_bottom_of_the_range(site):
    catalog = _catalog(site, "{exercise: Negative dip, sets: 3, reps: 3-5, ladder: [Negative dip, Dip]}")
    negative = catalog.plan(catalog.programs[0]).sessions[0].exercises[0]
    assert negative.rule == ("When every set reaches the top of the rep range, move up the ladder to Dip and start "
                             "again at the bottom of the range.")


AT = "programs/test-strength.yml:22: phases[0].days[0].exercises[0]"


@pytest.mark.parametrize(("entry", "message"), [
    ("{exercise: Dip, sets: 3, reps: 5-8, ladder: [Support hold, Negative dip, Dip]}",
     f"{AT}.ladder[0]: 'Support hold' is a hold, but without a target of its own it takes the entry's 5–8 reps; "
     "give it a time, e.g. {exercise: Support hold, reps: 20-30 s}"),
    ("{exercise: Support hold, sets: 3, reps: 20-30 s, ladder: [Support hold, Negative dip]}",
     f"{AT}.ladder[1]: 'Negative dip' is not a hold, but without a target of its own it takes the hold's 20–30 s; "
     "give it reps, e.g. {exercise: Negative dip, reps: 3-5}"),
    ("{exercise: Dip, sets: 3, reps: 5-8, ladder: [Negative dip, {exercise: Dip, reps: 3}]}",
     f"{AT}.ladder[1]: 'Dip' is this entry's exercise, whose target is the entry's reps (5–8 reps); write just its "
     "name in the ladder"),
    ("{exercise: Dip, sets: 3, reps: 5-8, ladder: [{exercise: Support hold}, Dip]}",
     f"{AT}.ladder[0]: the step 'Support hold' gives no reps; write just its name to take the entry's reps, or give "
     "its own, e.g. reps: 20-30 s"),
    ("{exercise: Dip, sets: 3, reps: 5-8, ladder: [{exercise: Support hold, reps: 20 s, load: 5 kg}, Dip]}",
     f"{AT}.ladder[0]: unknown field 'load' in a ladder step; allowed here: exercise, reps"),
    ("{exercise: Dip, sets: 3, reps: 5-8, ladder: [{exercise: Support hold, reps: long}, Dip]}",
     f"{AT}.ladder[0]: 'long' is not a step's target; use reps such as 3-5 or a time such as 20-30 s"),
    ("{exercise: Dip, sets: 3, reps: 5-8, ladder: [3, Dip]}",
     f"{AT}.ladder[0]: 3 is not a ladder step; write a library name, or a name with the step's own target such as "
     "{exercise: Support hold, reps: 20-30 s}"),
])
def test_a_step_with_the_wrong_kind_of_target_is_refused_with_the_fix(site, entry, message):
    assert _problems(site, entry) == [message]
