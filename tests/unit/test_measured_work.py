"""Holds, carries and ballistic work (the library's `kind`) are counted by their own measures, never as working sets:
a daily kettlebell practice of swings and get-ups must not read as '100 working sets a week, 50% hypertrophy'."""

import pytest
from samples import LIBRARY, program_header

from studio import ContentError, load_catalog
from studio.presentation import measures

KIT = LIBRARY.replace("equipment: [barbell, squat rack, bench, dumbbells, mat]",
                      "equipment: [barbell, squat rack, bench, dumbbells, mat, kettlebell]") + """\
  - name: Kettlebell swing
    primary: [glutes, hamstrings]
    equipment: [kettlebell]
    kind: ballistic
    cues: [Snap the hips.]
  - name: Turkish get-up
    primary: [core]
    secondary: [glutes]
    equipment: [kettlebell]
    cues: [Eyes on the bell.]
  - name: Front plank
    primary: [core]
    equipment: [mat]
    kind: hold
    cues: [Squeeze your glutes.]
  - name: Suitcase carry
    primary: [core]
    equipment: [kettlebell]
    kind: carry
    cues: [Walk tall.]
"""

# A daily practice, five days a week: 100 swings, 10 get-ups (5 a side), two planks and three carries a side.
PRACTICE = program_header(2, 5).replace("goal: strength", "goal: general fitness").replace(
    "equipment: [barbell, squat rack, bench, mat]", "equipment: [kettlebell, mat]") + """phases:
  - name: Practice
    weeks: 2
    days:
      - name: Daily
        exercises:
          - {exercise: Kettlebell swing, sets: 10, reps: 10, rest: 30 s}
          - {exercise: Turkish get-up, sets: 5, reps: 1, each_side: true, rest: 60 s}
          - {exercise: Front plank, sets: 2, reps: 30-60 s, rest: 30 s}
          - {exercise: Suitcase carry, sets: 3, reps: 30 s, each_side: true, rest: 30 s}
"""


def _figures(site, library=KIT, program=PRACTICE):
    site.write("data/exercises.yml", library)
    site.program(program, "practice.yml")
    catalog = load_catalog(site.root)
    return catalog, catalog.figures(catalog.programs[0])


def test_holds_carries_and_ballistic_work_are_counted_by_their_own_measure(site):
    catalog, figures = _figures(site)
    # Only the get-ups are working sets: 5 a day x 5 days, single reps, so all strength.
    assert figures.sets_per_week == 25
    assert figures.style_shares == {"strength": 1.0, "hypertrophy": 0.0, "general-fitness": 0.0}
    assert figures.muscle_sets == {"glutes": 12.5, "core": 25}  # the get-ups' muscles only
    assert figures.ballistic_reps == 10 * 10 * 5  # 500 swings a week
    assert figures.hold_minutes == 2 * 45 * 5 / 60  # 30-60 s counts 45 s: 7.5 min
    assert figures.carry_minutes == 3 * 30 * 2 * 5 / 60  # both hands: 15 min
    assert figures.ballistic_minutes == 0
    assert figures.measured_sets == (10 + 2 + 3) * 5
    assert measures(figures) == [("Holds a week", "7.5 min"), ("Carries a week", "15 min"),
                                 ("Ballistic work a week", "500 reps")]
    # The goal check counts those 75 sets as general-fitness work: 75 of 100 sets, no warning.
    assert catalog.warnings == []


def test_without_a_kind_the_figures_are_as_before(site):
    plain = KIT.replace("    kind: ballistic\n", "").replace("    kind: hold\n", "").replace("    kind: carry\n", "")
    catalog, figures = _figures(site, plain)
    # Every set a working set: swings 10, get-ups 5, planks 2, carries 3, five days a week.
    assert figures.sets_per_week == 100
    assert figures.style_shares == {"strength": 0.25, "hypertrophy": 0.5, "general-fitness": 0.25}
    assert (figures.ballistic_reps, figures.hold_minutes, figures.carry_minutes, figures.measured_sets) == (0, 0, 0, 0)
    assert measures(figures) == []


def test_timed_ballistic_sets_count_minutes_and_sets_of_reps_count_reps(site):
    program = PRACTICE.replace("{exercise: Kettlebell swing, sets: 10, reps: 10, rest: 30 s}",
                               "{exercise: Kettlebell swing, sets: 6, reps: 15 s, rest: 45 s}\n"
                               "          - {exercise: Kettlebell swing, sets: 2, reps: 8-12, each_side: true}")
    _, figures = _figures(site, program=program)
    assert figures.ballistic_minutes == 6 * 15 * 5 / 60  # 7.5 min
    assert figures.ballistic_reps == 2 * 10 * 2 * 5  # 8-12 counts 10, each side: 200 reps
    assert measures(figures)[-1] == ("Ballistic work a week", "200 reps + 7.5 min")


def test_a_programme_of_holds_alone_still_has_its_goal_checked_by_its_working_sets(site):
    # Mostly heavy squats and one plank set a day: the plank's single set does not make it general fitness.
    program = PRACTICE.replace("""          - {exercise: Kettlebell swing, sets: 10, reps: 10, rest: 30 s}
          - {exercise: Turkish get-up, sets: 5, reps: 1, each_side: true, rest: 60 s}
          - {exercise: Front plank, sets: 2, reps: 30-60 s, rest: 30 s}
          - {exercise: Suitcase carry, sets: 3, reps: 30 s, each_side: true, rest: 30 s}
""", """          - {exercise: Back squat, sets: 5, reps: 5, load: 80%}
          - {exercise: Front plank, sets: 1, reps: 30 s}
""").replace("equipment: [kettlebell, mat]", "equipment: [barbell, squat rack, mat]")
    catalog, figures = _figures(site, program=program)
    assert (figures.sets_per_week, figures.measured_sets) == (25, 5)
    assert [str(w) for w in catalog.warnings] == [
        "programs/practice.yml:7: goal: the goal is 'general fitness', but 100% of the working sets are in the "
        "strength range (1–6 reps) and only 0% in the general fitness range (16–30 reps or 20–90 s); change the "
        "goal to 'strength' or move more sets into 16–30 reps or 20–90 s"]


def test_an_unknown_kind_is_refused_with_what_is_allowed(site):
    with pytest.raises(ContentError) as error:
        _figures(site, KIT.replace("kind: carry", "kind: walk"))
    assert [str(p) for p in error.value.problems] == [
        "data/exercises.yml:38: exercises[7].kind: 'walk' is not a kind; use hold, carry or ballistic"]
