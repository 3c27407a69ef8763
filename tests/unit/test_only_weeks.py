"""Week-by-week changes: an exercise, superset, pair or block done only in some weeks of its phase (`only_weeks`),
how the plan, the figures and the day tables follow it, and each message exactly."""

from __future__ import annotations

import pytest
from samples import program_header
from textedit import Sample

from studio import ContentError, load_catalog
from studio.format import parse_only_weeks
from studio.presentation import only_weeks_note, week_table

AT = "programs/test-strength.yml"

# Four weeks, run twice: the fourth week of each run is a deload without the assistance work, and the
# training max goes up 5 kg a cycle.
DELOAD = Sample(program_header(8, 2, "training_max: 90\n") + """phases:
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
          - exercise: Bench press
            sets: 5
            reps: 10
            load: 50% TM
            only_weeks: [1, 2, 3]
          - superset:
              - exercise: Push-up
                sets: 3
                reps: 10
              - exercise: Dead bug
                sets: 3
                reps: 8
                each_side: true
            rest: 60 s
            only_weeks: [1, 2, 3]
      - name: Test day
        exercises:
          - exercise: Back squat
            sets: 1
            reps: 1
            load: 90% TM
            increase: 5 kg a cycle
            only_weeks: [4]
          - exercise: Push-up
            sets: 2
            reps: AMRAP
""")


def plan_of(site, text: str):
    site.program(text)
    catalog = load_catalog(site.root)
    return catalog, catalog.plan(catalog.programs[0])


def problems(site, text: str) -> list[str]:
    site.program(text)
    with pytest.raises(ContentError) as caught:
        load_catalog(site.root)
    return [str(p) for p in caught.value.problems]


def names(session) -> list[str]:
    return [f"{e.order} {e.name}" for e in session.exercises]


def test_the_deload_week_leaves_out_the_assistance_work_in_every_run(site):
    _, plan = plan_of(site, DELOAD)
    squat_days = [s for s in plan.sessions if s.template.name == "Squat day"]
    assert [names(s) for s in squat_days[:4]] == [
        ["A Back squat", "B Bench press", "C1 Push-up", "C2 Dead bug"]] * 3 + [["A Back squat"]]
    assert names(squat_days[7]) == ["A Back squat"] and names(squat_days[4])[1:2] == ["B Bench press"]
    # The deload's squat keeps its own numbers, and cycle 2 is 5 kg heavier on the max.
    assert [s.label for s in squat_days[3].exercises[0].sets] == ["5 @ 40% TM", "5 @ 50% TM", "5 @ 60% TM"]
    assert [s.label for s in squat_days[7].exercises[0].sets] == [
        "5 @ 40% (TM + 5 kg)", "5 @ 50% (TM + 5 kg)", "5 @ 60% (TM + 5 kg)"]
    # The session's entries and what it leaves out, for every output that reads the day in order.
    assert [entry[0] for entry in squat_days[0].entries()] == ["", "", "Superset C: do C1 and C2 back to back, "
                                                                      "then rest 60 s"]
    assert [group.letter for group in squat_days[3].left_out] == ["B", "C"] and squat_days[0].left_out == ()


def test_a_test_day_lift_comes_in_week_4_only(site):
    _, plan = plan_of(site, DELOAD)
    test_days = [s for s in plan.sessions if s.template.name == "Test day"]
    assert [names(s) for s in test_days[:4]] == [["B Push-up"]] * 3 + [["A Back squat", "B Push-up"]]
    assert [s.label for s in test_days[3].exercises[0].sets] == ["1 @ 90% TM"]
    assert [s.label for s in test_days[7].exercises[0].sets] == ["1 @ 90% (TM + 5 kg)"]


def test_the_figures_count_only_what_each_week_does(site):
    catalog, plan = plan_of(site, DELOAD)
    weeks = catalog.figures(catalog.programs[0]).weeks
    # Weeks 1-3: 3 squat + 5 bench + 3 + 3 superset + 2 push-up sets = 16; week 4: 3 + 1 + 2 = 6.
    assert [w.sets for w in weeks] == [16, 16, 16, 6] * 2


def test_the_week_table_and_the_day_tables_say_when(site):
    _, plan = plan_of(site, DELOAD)
    program = plan.program
    assert only_weeks_note(program, 0, (1, 2, 3)) == "Only in weeks 1–3 of each 4-week run"
    assert only_weeks_note(program, 0, (4,)) == "Only in week 4 of each 4-week run"
    assert only_weeks_note(program, 0, None) == ""
    table = week_table(plan, 0)
    assert table.columns == ("Squat day · A Back squat", "Test day · A Back squat")
    assert [row[0] for row in table.rows] == [f"Week {n}" for n in range(1, 5)] + ["Week 5 (cycle 2)", "Week 6",
                                                                                    "Week 7", "Week 8"]


def test_a_note_counts_the_programmes_weeks_in_a_phase_that_runs_once(site):
    text = program_header(5, 1) + """phases:
  - name: Base
    weeks: 2
    days:
      - name: Day A
        exercises: [{exercise: Back squat, sets: 3, reps: 5, load: 70%}]
  - name: Build
    weeks: 3
    days:
      - name: Day A
        exercises:
          - {exercise: Back squat, sets: 3, reps: 3, load: 80%}
          - {exercise: Bench press, sets: 3, reps: 5, load: 70%, only_weeks: [1, 3]}
          - {exercise: Push-up, sets: 2, reps: 10, only_weeks: [1, 2]}
"""
    _, plan = plan_of(site, text)
    program = plan.program
    assert only_weeks_note(program, 1, (1, 3)) == "Only in weeks 3 and 5"
    assert only_weeks_note(program, 1, (1, 2)) == "Only in weeks 3 and 4"
    assert only_weeks_note(program, 1, (1, 2, 3)) == "Only in weeks 3–5"
    assert [names(s) for s in plan.sessions[2:]] == [["A Back squat", "B Bench press", "C Push-up"],
                                                     ["A Back squat", "C Push-up"], ["A Back squat", "B Bench press"]]


def test_a_per_session_increase_counts_the_sessions_the_lift_is_done(site):
    text = program_header(3, 1) + """phases:
  - name: Base
    weeks: 3
    days:
      - name: Day A
        exercises:
          - {exercise: Back squat, sets: 3, reps: 5, load: start, increase: 2.5 kg a session, only_weeks: [1, 3]}
          - {exercise: Push-up, sets: 2, reps: 10}
"""
    _, plan = plan_of(site, text)
    assert [str(e.sets[0].load) for session in plan.sessions for e in session.exercises if e.name == "Back squat"] == [
        "Start weight", "Start + 2.5 kg"]


def test_the_week_list_is_read_as_written():
    assert parse_only_weeks([3, 1, 2]) == (1, 2, 3)
    for value, message in [
        (3, "3 is not a list of weeks; write the weeks of the phase it is done in as a list, e.g. [1, 2, 3]"),
        ("1-3", "'1-3' is not a list of weeks; write the weeks of the phase it is done in as a list, e.g. [1, 2, 3]"),
        ([], "lists no weeks; write the weeks of the phase it is done in as a list, e.g. [1, 2, 3], or remove "
             "only_weeks to do it every week"),
        ([1, "2"], "'2' is not a week; write the weeks of the phase it is done in as a list, e.g. [1, 2, 3]"),
        ([True], "true is not a week; write the weeks of the phase it is done in as a list, e.g. [1, 2, 3]"),
        ([0, 1], "0 is not a week of a phase; weeks count from 1, the phase's first week"),
        ([1, 2, 1], "week 1 is listed twice; list each week once"),
    ]:
        with pytest.raises(ValueError) as caught:
            parse_only_weeks(value)
        assert str(caught.value) == message


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("            only_weeks: [1, 2, 3]\n      - name: Test day", "            only_weeks: [1, 2, 5]\n      - name: Test day",
     [f"{AT}:48: phases[0].days[0].exercises[2].only_weeks[2]: week 5 is past the end of the phase 'Wave', which has "
      "4 weeks; list weeks from 1 to 4, counted from the phase's first week"]),
    ("            load: 50% TM\n            only_weeks: [1, 2, 3]\n", "            load: 50% TM\n            only_weeks: [1-3]\n",
     [f"{AT}:38: phases[0].days[0].exercises[1].only_weeks: '1-3' is not a week; write the weeks of the phase it is "
      "done in as a list, e.g. [1, 2, 3]"]),
    ("                reps: 8\n", "                reps: 8\n                only_weeks: [1, 2, 3]\n",
     [f"{AT}:46: phases[0].days[0].exercises[2].superset[1].only_weeks: a superset's exercises are done together, so "
      "it is done or left out as a whole; move only_weeks from the exercise to the superset (beside superset:)"]),
    ("          - exercise: Push-up\n            sets: 2\n            reps: AMRAP\n",
     "          - exercise: Push-up\n            sets: 2\n            reps: AMRAP\n            only_weeks: [4]\n",
     [f"{AT}:49: phases[0].days[1]: only_weeks leaves nothing on 'Test day' in week 1 of the phase 'Wave', where the "
      "rotation trains it; keep at least one of its exercises or blocks that week, or make that week a phase of its "
      "own"]),
])
def test_only_weeks_messages(site, old, new, expected):
    assert problems(site, DELOAD.replace(old, new)) == expected


def test_a_day_the_rotation_never_trains_in_that_week_may_leave_it_empty(site):
    # Two days, one session a week: Day B comes in weeks 2 and 4 only, so leaving it empty in week 1 is fine.
    text = program_header(4, 1) + """phases:
  - name: Base
    weeks: 4
    days:
      - name: Day A
        exercises: [{exercise: Back squat, sets: 3, reps: 5, load: 70%}]
      - name: Day B
        exercises: [{exercise: Bench press, sets: 3, reps: 5, load: 70%, only_weeks: [2, 3, 4]}]
"""
    _, plan = plan_of(site, text)
    assert [names(s) for s in plan.sessions] == [["A Back squat"], ["A Bench press"]] * 2
    assert problems(site, text.replace("only_weeks: [2, 3, 4]", "only_weeks: [2, 3]")) == [
        f"{AT}:22: phases[0].days[1]: only_weeks leaves nothing on 'Day B' in week 4 of the phase 'Base', where the "
        "rotation trains it; keep at least one of its exercises or blocks that week, or make that week a phase of its "
        "own"]
