"""The expanded plan: each kind of progression expands to exactly these sets, and each new rule's message."""

from __future__ import annotations

import pytest
from samples import PROGRAM, ROTATION, program_header
from textedit import Sample

from studio import ContentError, load_catalog
from studio.plan import Target

LIBRARY_LIFTS = ("Back squat", "Bench press")


def plan_of(site, text: str):
    site.program(text)
    catalog = load_catalog(site.root)
    return catalog.plan(catalog.programs[0])


def problems(site, text: str) -> list[str]:
    site.program(text)
    with pytest.raises(ContentError) as caught:
        load_catalog(site.root)
    return [str(p) for p in caught.value.problems]


def labels(plan, lift: str = "Back squat") -> list[list[str]]:
    """Each session's set labels for one lift, in calendar order."""
    return [[s.label for s in e.sets] for session in plan.sessions for e in session.exercises if e.name == lift]


def test_a_written_programme_expands_to_its_weeks_and_sessions(site):
    plan = plan_of(site, PROGRAM)
    assert [w.number for w in plan.weeks] == [1, 2, 3]
    assert [w.deload for w in plan.weeks] == [False, False, True]
    assert [s.template.name for s in plan.sessions] == ["Day A", "Day B", "Day A", "Day B", "Day A", "Day B",
                                                       "Day A", "Day A", "Day A"]
    assert [s.day_offset for s in plan.sessions[:4]] == [0, 2, 4, 7]
    assert labels(plan) == [["5 @ 80%"] * 3] * 3 + [["5 @ 60%"] * 2] * 3
    day_b = plan.sessions[1]
    assert [e.order for e in day_b.exercises] == ["A", "B1", "B2"]
    assert [sentence for sentence, _ in day_b.groups()] == ["", "Superset B: do B1 and B2 back to back, then rest 90 s"]


def test_percent_a_week_multiplies_every_set_each_week_of_the_phase_and_compounds(site):
    text = program_header(3) + """phases:
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
    plan = plan_of(site, text)
    weeks = [[s.label for s in session.exercises[0].sets] for session in plan.sessions[::3]]
    # Week 2 is each load × 1.025 (62.5 → 64.0625), week 3 × 1.025² = 1.050625 (62.5 → 65.6640625): shown to a
    # tenth, exact in the numbers.
    assert weeks == [["5 @ 62.5%", "5 @ 67.5%", "5+ @ 72.5%"], ["5 @ 64.1%", "5 @ 69.2%", "5+ @ 74.3%"],
                     ["5 @ 65.7%", "5 @ 70.9%", "5+ @ 76.2%"]]
    numbers = [[s.load.low for s in session.exercises[0].sets] for session in plan.sessions[::3]]
    assert numbers == [[62.5, 67.5, 72.5], [64.0625, 69.1875, 74.3125], [65.6640625, 70.9171875, 76.1703125]]
    assert numbers[2] == [round(p * 1.025 ** 2, 9) for p in (62.5, 67.5, 72.5)]
    # The phase's increase fits percentage loads only: the RPE accessory is left as written.
    assert {s.label for session in plan.sessions for s in session.exercises[1].sets} == {"8 @ RPE 8"}


def test_a_training_max_wave_with_per_week_sets_and_a_cycle_increase(site):
    text = program_header(8, 1, "training_max: 90\n") + """phases:
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
            weeks:
              - {}
              - {reps: [3, 3, 3+], load: [70% TM, 80% TM, 90% TM]}
              - {reps: [5, 3, 1+], load: [75% TM, 85% TM, 95% TM]}
              - {reps: 5, load: [40% TM, 50% TM, 60% TM]}
"""
    plan = plan_of(site, text)
    assert labels(plan)[:4] == [
        ["5 @ 65% TM", "5 @ 75% TM", "5+ @ 85% TM"], ["3 @ 70% TM", "3 @ 80% TM", "3+ @ 90% TM"],
        ["5 @ 75% TM", "3 @ 85% TM", "1+ @ 95% TM"], ["5 @ 40% TM", "5 @ 50% TM", "5 @ 60% TM"]]
    assert labels(plan)[4] == ["5 @ 65% (TM + 5 kg)", "5 @ 75% (TM + 5 kg)", "5+ @ 85% (TM + 5 kg)"]
    assert [(w.cycle, w.week_of_phase) for w in plan.weeks] == [(1, 1), (1, 2), (1, 3), (1, 4),
                                                               (2, 1), (2, 2), (2, 3), (2, 4)]
    assert [(i.lift, i.basis) for i in plan.inputs()] == [("Back squat", "1RM")]
    assert plan.cycle_increases() == {("Back squat", 2): 5}


TM_A_WEEK = program_header(8, 1, "training_max: 90\n") + """phases:
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
            increase: 2.5 kg a week
          - exercise: Bench press
            sets: 3
            reps: 5
            load: 70%
            increase: 1 kg a session
"""


def test_kg_a_week_on_a_training_max_raises_the_max_every_week_through_the_runs_of_the_phase(site):
    plan = plan_of(site, TM_A_WEEK)
    squat = [e.sets[-1].load for s in plan.sessions for e in s.exercises if e.name == "Back squat"]
    assert [str(t) for t in squat] == ["85% TM"] + [f"85% (TM + {2.5 * n:g} kg)" for n in range(1, 8)]
    # Cycle 2 starts from the max cycle 1 reached (+10 kg); what each run adds itself is run_add.
    assert [(t.add, t.run_add) for t in squat] == [(0, 0), (2.5, 2.5), (5, 5), (7.5, 7.5),
                                                   (10, 0), (12.5, 2.5), (15, 5), (17.5, 7.5)]
    assert {t.low for t in squat} == {85}  # the percentages stay as written: the max goes up
    assert plan.cycle_increases() == {("Back squat", 2): 10, ("Bench press", 2): 4}
    assert [(i.lift, i.basis) for i in plan.inputs()] == [("Back squat", "1RM"), ("Bench press", "1RM")]


def test_kg_a_session_on_a_1rm_percentage_raises_the_max_every_session_the_lift_is_done(site):
    plan = plan_of(site, TM_A_WEEK)
    bench = [e.sets[0].load for s in plan.sessions for e in s.exercises if e.name == "Bench press"]
    assert [str(t) for t in bench] == ["70% 1RM"] + [f"70% (1RM + {n} kg)" for n in range(1, 8)]
    assert [t.run_add for t in bench] == [0, 1, 2, 3, 0, 1, 2, 3]


def test_a_phase_increase_in_kg_a_week_raises_a_training_max_and_leaves_rpe_work_alone(site):
    text = program_header(3, 1, "training_max: 90\n") + """phases:
  - name: Base
    weeks: 3
    increase: 5 lb a week
    days:
      - name: Day A
        exercises:
          - exercise: Back squat
            sets: 3
            reps: 5
            load: 80% TM
          - exercise: Bench press
            sets: 3
            reps: 8
            load: RPE 8
"""
    plan = plan_of(site, text)
    assert [str(e.sets[0].load) for s in plan.sessions for e in s.exercises] == [
        "80% TM", "RPE 8", "80% (TM + 5 lb)", "RPE 8", "80% (TM + 10 lb)", "RPE 8"]


def test_linear_progression_adds_the_increase_every_session_the_lift_is_done(site):
    text = program_header(2, 3) + """phases:
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
"""
    plan = plan_of(site, text)
    squat = [session.exercises[0].sets[0].load for session in plan.sessions]
    assert [str(t) for t in squat] == ["Start weight"] + [f"Start + {2.5 * n:g} kg" for n in range(1, 6)]
    # Bench is only on Workout A (sessions 1, 3 and 5): session N of the bench is start + (N - 1) × 2.5 kg.
    assert [str(e.sets[0].load) for s in plan.sessions for e in s.exercises if e.name == "Bench press"] == [
        "Start weight", "Start + 2.5 kg", "Start + 5 kg"]
    assert [(i.lift, i.basis) for i in plan.inputs()] == [("Back squat", "start"), ("Bench press", "start")]


def test_a_lift_done_twice_in_a_session_steps_once_a_session(site):
    text = program_header(1, 2) + """phases:
  - name: Novice
    weeks: 1
    days:
      - name: Workout
        exercises:
          - exercise: Back squat
            sets: 1
            reps: 5
            load: start
            increase: 2.5 kg a session
          - exercise: Back squat
            sets: 2
            reps: 10
            load: start
            increase: 2.5 kg a session
"""
    plan = plan_of(site, text)
    assert [[str(e.sets[0].load) for e in s.exercises] for s in plan.sessions] == [
        ["Start weight", "Start weight"], ["Start + 2.5 kg", "Start + 2.5 kg"]]


def test_a_day_at_a_share_of_another_days_load(site):
    text = program_header(2, 3) + """phases:
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
"""
    plan = plan_of(site, text)
    recovery = [e.sets[0].load for s in plan.sessions for e in s.exercises if s.template.name == "Recovery day"]
    # Volume, Recovery, Volume | Recovery, Volume, Recovery: week 2 is 2.5% heavier on both days (90 × 1.025 = 92.25,
    # and 80% of it 73.8).
    assert [str(t) for t in recovery] == ["72% 5RM", "73.8% 5RM", "73.8% 5RM"]
    assert recovery[1].low == 73.8
    assert recovery[0].via == "80% of Volume day"


def test_warm_up_sets_are_worked_out_from_the_first_working_set(site):
    text = Sample(PROGRAM).replace("            load: 80%\n            rest: 3 min\n",
                                   "            load: 80%\n            rest: 3 min\n"
                                   "            warmup_sets: [bar × 5, 50% × 5, 75% × 2]\n")
    plan = plan_of(site, text)
    squat = plan.sessions[0].exercises[0]
    assert [s.label for s in squat.warmups] == ["5 @ Bar", "5 @ 40%", "2 @ 60%"]
    assert squat.warmup_count == 3


def test_double_progression_keeps_the_range_and_states_the_rule(site):
    text = Sample(PROGRAM).replace("            sets: 3\n            reps: 8-12\n",
                                   "            sets: 3\n            reps: 8-12\n            load: 60 kg\n"
                                   "            increase: 2.5 kg at the top of the range\n"
                                   "            rule: Log every set.\n")
    plan = plan_of(site, text)
    bench = [e for s in plan.sessions for e in s.exercises if e.name == "Bench press"]
    assert {s.label for e in bench for s in e.sets} == {"8–12 @ 60 kg"}
    assert bench[0].rule == ("Log every set. When every set reaches the top of the rep range, add 2.5 kg next time "
                             "and start again at the bottom of the range.")


def test_a_phase_that_runs_for_cycles_counts_its_weeks(site):
    text = Sample(PROGRAM).replace("  - name: Base\n    weeks: 2\n", "  - name: Base\n    weeks: 2\n    cycles: 2\n")
    assert problems(site, text) == [
        "programs/test-strength.yml:9: weeks: the phases add up to 5 weeks (Base 2 × 2 + Deload 1) but weeks is 3; "
        "make them match"]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("            load: 80%\n", "            load: 80%\n            weeks: [{}, {}, {}]\n",
     "programs/test-strength.yml:26: phases[0].days[0].exercises[0].weeks: lists 3 weeks but the phase 'Base' has 2; "
     "give one entry per week of the phase ({} keeps the exercise as written)"),
    ("            load: 80%\n", "            load: 80%\n            weeks: [{}, {sets: 2, reps: [5, 5, 5]}]\n",
     "programs/test-strength.yml:26: phases[0].days[0].exercises[0].weeks[1].reps: lists 3 sets but week 2 has 2 "
     "sets; give one entry per set, or change sets for that week"),
    ("            reps: 8-12\n", "            reps: 8-12\n            increase: 2.5 kg a session\n",
     "programs/test-strength.yml:32: phases[0].days[1].exercises[0].increase: '2.5 kg' has no load to go on; give "
     "the exercise a load such as '75%', '60 kg' or 'start', or remove increase"),
    ("            reps: 8-12\n", "            reps: 8-12\n            load: RPE 8\n            increase: 2.5 kg a week\n",
     "programs/test-strength.yml:33: phases[0].days[1].exercises[0].increase: '2.5 kg' needs a load in kg or lb, a "
     "percentage of a max or 'start'; rpe loads cannot go up by a fixed amount"),
    ("            reps: 8-12\n", "            reps: 8-12\n            load: 60 kg\n            increase: 2.5% a week\n",
     "programs/test-strength.yml:33: phases[0].days[1].exercises[0].increase: '2.5%' goes on percentage loads; with "
     "weight loads write it in kg or lb, e.g. '2.5 kg a week'"),
    ("            load: 80%\n", "            load: 80%\n            increase: 2.5 kg a week\n", None),
    # A suggestion is one the rules allow: RPE loads take no increase at all, in kg or as a percentage.
    ("            reps: 8-12\n", "            reps: 8-12\n            load: RPE 8\n            increase: 2.5% a week\n",
     "programs/test-strength.yml:33: phases[0].days[1].exercises[0].increase: '2.5%' goes on percentage loads such "
     "as '75%' or '85% TM'; rpe loads cannot go up by a fixed amount"),
    ("            reps: 8-12\n", "            reps: 8\n            load: [70%, RPE 8, RPE 9]\n"
                               "            increase: 2.5 kg a session\n",
     "programs/test-strength.yml:33: phases[0].days[1].exercises[0].increase: '2.5 kg' needs a load in kg or lb, a "
     "percentage of a max or 'start'; rpe loads cannot go up by a fixed amount"),
    ("            reps: 8-12\n", "            reps: 8\n            load: [70%, 60 kg, 60 kg]\n"
                               "            increase: 2.5% a week\n",
     "programs/test-strength.yml:33: phases[0].days[1].exercises[0].increase: '2.5%' goes on percentage loads; with "
     "weight loads write it in kg or lb, e.g. '2.5 kg a week'"),
    ("            load: 80%\n", "            load: 80%\n            increase: 5 kg a cycle\n",
     "programs/test-strength.yml:26: phases[0].days[0].exercises[0].increase: '+5 kg a cycle' needs a phase that "
     "runs more than once; add cycles: 3 (or how many) to the phase 'Base', or write the increase a week or a "
     "session"),
    ("            load: 80%\n", "            load: 80% TM\n",
     "programs/test-strength.yml:25: phases[0].days[0].exercises[0].load: a training-max load needs the programme's "
     "training max; add training_max: 90 (the training max as a percentage of 1RM) at the top of the file"),
    ("            load: 80%\n", "            load: 80% of Day C\n",
     "programs/test-strength.yml:25: phases[0].days[0].exercises[0].load: '80% of Day C' names no day of the phase "
     "'Base'; use one of 'Day A', 'Day B', or write '75%' (of 1RM), '85% TM' or '85% 5RM'"),
    ("            reps: 8-12\n", "            reps: 8-12\n            load: 90% of Day A\n",
     "programs/test-strength.yml:32: phases[0].days[1].exercises[0].load: '90% of Day A': Day A has no Bench press "
     "to take the load from; add it to that day"),
    ("            rest: 3 min\n", "            rest: 3 min\n            warmup_sets: [bar × 5, 50% × 3]\n",
     None),
    ("                reps: AMRAP\n", "                reps: AMRAP\n                warmup_sets: [50% × 3]\n",
     "programs/test-strength.yml:36: phases[0].days[1].exercises[1].superset[0].warmup_sets: a warm-up set as a "
     "percentage is a share of the first working set's load; give the exercise a load such as '75%', '60 kg' or "
     "'start', or write the warm-up as 'bar × 5' or '20 kg × 5'"),
    ("            reps: 8-12\n", "            reps: 8\n            load: 60 kg\n            increase: 2.5 kg at the top\n",
     "programs/test-strength.yml:33: phases[0].days[1].exercises[0].increase: double progression climbs through a "
     "rep range; write reps as a range such as '8-12'"),
    ("            load: 80%\n", "            load: 80%\n            increase: 2.5 kilos a week\n",
     "programs/test-strength.yml:26: phases[0].days[0].exercises[0].increase: '2.5 kilos a week' is not an "
     "increase; use '2.5 kg a session', '5 lb a week', '2.5% a week', '5 kg a cycle', '2.5 kg at the top of the "
     "range' (double progression) or 'none'"),
    ("            load: 80%\n", "            load: 80%\n            warmup_sets: [bar for 5]\n",
     "programs/test-strength.yml:26: phases[0].days[0].exercises[0].warmup_sets: warm-up set 1: 'bar for 5' is not "
     "a warm-up set; use 'bar × 5', '40% × 5' (of the first working set), '40% TM × 5' (of the training max), "
     "'50% 1RM × 5' or '20 kg × 5'"),
])
def test_progression_rules(site, old, new, expected):
    text = Sample(PROGRAM).replace(old, new, 1)
    if expected is None:
        plan_of(site, text)
    else:
        assert problems(site, text) == [expected]


def test_target_labels():
    assert str(Target("percent", 72.5, 72.5)) == "72.5% 1RM"
    assert str(Target("percent", 65.6640625, 70.91718, "kg", "TM", add=2.5)) == "65.7–70.9% (TM + 2.5 kg)"
    assert Target("percent", 72.5, 72.5).compact == "72.5%"
    assert str(Target("percent", 85, 85, "kg", "TM", add=5)) == "85% (TM + 5 kg)"
    assert str(Target("start", scale=0.5, add=5, unit="kg")) == "50% of (start + 5 kg)"
    assert str(Target("weight", 60, 60, "kg")) == "60 kg"


# ---------------------------------------------------------------- ranges and the rotation


RANGES = program_header(2, 2) + """phases:
  - name: Base
    weeks: 2
    days:
      - name: Day A
        exercises:
          - exercise: Back squat
            sets: 3-4
            reps: 8-12
            load: RPE 8
            weeks:
              - {}
              - {sets: 2-3, reps: [6, 6, 6+]}
          - exercise: Dead bug
            sets: 2
            reps: 30-60 s
"""


def test_a_set_range_expands_to_its_most_sets_with_the_extra_ones_optional(site):
    plan = plan_of(site, RANGES)
    first, second = (session.exercises[0] for session in plan.sessions[::2])
    assert [(s.number, s.optional) for s in first.sets] == [(1, False), (2, False), (3, False), (4, True)]
    assert str(first.set_count) == "3–4"
    assert [s.label for s in first.sets] == ["8–12 @ RPE 8"] * 3 + ["optional: 8–12 @ RPE 8"]
    assert [(s.label, s.optional) for s in second.sets] == [("6 @ RPE 8", False), ("6 @ RPE 8", False),
                                                            ("optional: 6+ @ RPE 8", True)]
    plank = plan.sessions[0].exercises[1]
    assert [(str(s.reps), s.reps.seconds, s.reps.seconds_high, s.optional) for s in plank.sets] == [
        ("30–60 s", 30, 60, False)] * 2


def test_the_rotation_carries_across_phases_with_the_same_days_and_restarts_with_new_ones(site):
    plan = plan_of(site, ROTATION)
    weeks = [[s.template.name[-1] for s in week.sessions] for week in plan.weeks]
    # Base ends week 3 on A, so Build (same days) starts on B; Test has other days and starts afresh.
    assert weeks == [["A", "B", "A"], ["B", "A", "B"], ["A", "B", "A"], ["B", "A", "B"], ["A", "B", "A"]]
