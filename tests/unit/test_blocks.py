"""Conditioning blocks, pairs, ladders, alternatives and optional work: each form's expansion into the plan,
how it reads, how the figures count it, and each new message exactly."""

from __future__ import annotations

import csv
import io

import pytest
from samples import program_header
from textedit import Sample

from studio import ContentError, load_catalog
from studio.catalog import program_cells
from studio.checks import check_goal
from studio.downloads import CSV_COLUMNS, BlockLine, csv_text, plan_rows, program_data, session_lines
from studio.plan import groups, session_seconds
from studio.presentation import alternatives_text, block_log_boxes, block_summary, ladder_text

LIBRARY = Sample("""\
equipment: [pull-up bar, rowing machine, kettlebell, mat]
muscles: [quads, glutes, chest, triceps, core, lats, upper back]
exercises:
  - name: Pull-up
    primary: [lats]
    equipment: [pull-up bar]
    cues: [Start from a full hang.]
  - name: Ring row
    primary: [upper back]
    cues: [Keep a plank.]
  - name: Push-up
    primary: [chest]
    secondary: [triceps]
    cues: [Move as one plank.]
  - name: Incline push-up
    primary: [chest]
    cues: [Hands on a bench.]
  - name: Diamond push-up
    primary: [triceps]
    cues: [Hands together.]
  - name: Air squat
    primary: [quads, glutes]
    cues: [Heels down.]
  - name: Kettlebell swing
    primary: [glutes]
    equipment: [kettlebell]
    cues: [Snap the hips.]
  - name: Burpee
    primary: [quads]
    cues: [Jump up tall.]
  - name: Indoor row
    primary: [upper back]
    secondary: [quads]
    equipment: [rowing machine]
    cues: [Legs, back, arms.]
  - name: Dead bug
    primary: [core]
    equipment: [mat]
    cues: [Keep your lower back down.]
""")


def programme(exercises: str, goal: str = "general fitness", sessions: int = 1) -> str:
    """A one-phase, two-week programme whose one day has `exercises` (indented as a day's list)."""
    header = program_header(2, sessions).replace("goal: strength", f"goal: {goal}").replace(
        "equipment: [barbell, squat rack, bench, mat]", "equipment: [pull-up bar, rowing machine, kettlebell, mat]")
    return header + f"""\
phases:
  - name: Base
    weeks: 2
    days:
      - name: Day A
        warmup: Five minutes easy.
        exercises:
{exercises}"""


CINDY = """\
          - amrap: 20 min
            exercises:
              - exercise: Pull-up
                reps: 5
                alternatives: [Ring row]
              - exercise: Push-up
                reps: 10
              - exercise: Air squat
                reps: 15
"""
EMOM = """\
          - emom: 12 min
            alternate: true
            exercises:
              - exercise: Kettlebell swing
                reps: 15
                load: 16 kg
              - exercise: Burpee
                reps: 8
"""
INTERVALS = """\
          - intervals: 8
            work:
              exercise: Indoor row
              time: 30 s
              effort: hard
            recovery:
              exercise: Indoor row
              time: 90 s
              effort: easy
"""
FOR_TIME = """\
          - for_time: 5 rounds
            cap: 20 min
            exercises:
              - exercise: Indoor row
                reps: 400 m
              - exercise: Air squat
                reps: 15
"""
CIRCUIT = """\
          - circuit: 3
            rest: 90 s
            optional: true
            exercises:
              - exercise: Burpee
                reps: 30 s
              - exercise: Indoor row
                reps: 12 cal
              - exercise: Dead bug
                reps: 8
                each_side: true
"""
PAIR = """\
          - pair:
              - exercise: Pull-up
                sets: 3
                reps: 5-8
              - exercise: Push-up
                sets: 3
                reps: 5-8
                ladder: [Incline push-up, Push-up, Diamond push-up]
                alternatives: [Ring row]
            rest: 90 s
"""


@pytest.fixture
def library(site):
    site.write("data/exercises.yml", LIBRARY)
    return site


def catalog_of(site, text: str):
    site.program(text)
    return load_catalog(site.root)


def plan_of(site, text: str):
    catalog = catalog_of(site, text)
    return catalog.plan(catalog.programs[0])


def problems(site, text: str) -> list[str]:
    site.program(text)
    with pytest.raises(ContentError) as caught:
        load_catalog(site.root)
    return [str(p) for p in caught.value.problems]


# ---------------------------------------------------------------- expansion and how each block reads


@pytest.mark.parametrize("written, kind, minutes, summary, boxes", [
    (CINDY, "amrap", 20,
     "AMRAP 20 min: 5 Pull-ups, 10 Push-ups, 15 Air squats — log rounds + reps", ["Rounds", "+ reps"]),
    (EMOM, "emom", 12,
     "EMOM 12 min, alternating: Minute 1: 15 Kettlebell swings @ 16 kg; Minute 2: 8 Burpees — "
     "log the minutes done as written", ["Minutes done"]),
    (INTERVALS, "intervals", 8 * 2,
     "Intervals: 8 × 30 s Indoor row (hard), then 90 s Indoor row (easy) — log each effort's distance or reps",
     [f"Effort {n}" for n in range(1, 9)]),
    (FOR_TIME, "for time", 20,
     "For time: 5 rounds, cap 20 min: 400 m Indoor row, 15 Air squats — log your time",
     ["Time", "or rounds + reps at the cap"]),
    # 3 rounds of (30 s + 12 cal × 4 s + 8 × 3 s × 2 sides + 2 changeovers of 15 s) + 2 rests of 90 s
    (CIRCUIT, "circuit", (3 * (30 + 48 + 48 + 30) + 2 * 90) / 60,
     "Optional: Circuit: 3 rounds, rest 90 s between rounds: 30 s Burpee, 12 cal Indoor row, 8 Dead bugs each side "
     "— log the rounds done", ["Rounds done"]),
])
def test_each_block_expands_into_every_session_and_reads_as_what_it_is(library, written, kind, minutes, summary,
                                                                       boxes):
    plan = plan_of(library, programme(written))
    assert [len(s.blocks) for s in plan.sessions] == [1, 1]
    block = plan.sessions[1].blocks[0]
    assert (block.order, block.kind, block.seconds / 60) == ("A", kind, minutes)
    assert block_summary(block) == summary
    assert block_log_boxes(block) == boxes
    assert plan.sessions[0].exercises == ()


def test_a_block_counts_as_minutes_of_conditioning_and_never_as_working_sets(library):
    catalog = catalog_of(library, programme(CINDY + EMOM))
    figures = catalog.figures(catalog.programs[0])
    assert (figures.sets_per_week, figures.muscle_sets, figures.conditioning_minutes) == (0, {}, 32)
    # 8 min warm-up + 20 + 12 min of blocks + a minute to set up each
    assert figures.session_minutes == 8 + 20 + 12 + 2


def test_optional_work_is_left_out_of_the_figures(library):
    optional = PAIR.replace("                reps: 5-8\n              - exercise: Push-up",
                            "                reps: 5-8\n                optional: true\n              - exercise: Push-up")
    catalog = catalog_of(library, programme(CIRCUIT + optional))
    figures = catalog.figures(catalog.programs[0])
    assert (figures.sets_per_week, figures.conditioning_minutes, list(figures.muscle_sets)) == (3, 0, ["chest",
                                                                                                     "triceps"])


def test_a_pair_rests_after_each_exercise_and_the_estimate_counts_both_rests(library):
    plan = plan_of(library, programme(PAIR))
    day = plan.program.phases[0].days[0]
    assert [g.sentence for g in groups(day)] == ["Pair A: do A1, rest 90 s, then A2, rest 90 s; repeat for every set"]
    session = plan.sessions[0]
    assert [str(e.rest) for e in session.exercises] == ["90 s", "90 s"]
    superset = plan_of(library, programme(PAIR.replace("- pair:", "- superset:"))).sessions[0]
    # 3 more rests of 90 s (a superset rests once a round, a pair after each exercise), less 3 changeovers of 15 s
    assert session_seconds(session) - session_seconds(superset) == pytest.approx(3 * 90 - 3 * 15)


def test_a_ladder_states_its_next_step_and_reads_with_the_current_step_marked(library):
    plan = plan_of(library, programme(PAIR))
    push = plan.sessions[0].exercises[1]
    assert push.rule == ("When every set reaches the top of the rep range, move up the ladder to Diamond push-up "
                         "and start again at the bottom of the range.")
    assert ladder_text(list(push.item.ladder), push.name) == (
        "Ladder: Incline push-up → [Push-up] → Diamond push-up")
    assert alternatives_text(push.item.alternatives) == "or: Ring row"


def test_the_downloads_carry_blocks_as_blocks(library):
    catalog = catalog_of(library, programme(PAIR + CINDY))
    plan = catalog.plan(catalog.programs[0])
    assert session_lines(plan.sessions[0]) == [
        "Pair A: do A1, rest 90 s, then A2, rest 90 s; repeat for every set",
        "A1. Pull-up: 3 × 5–8, rest 90 s",
        "A2. Push-up: 3 × 5–8, rest 90 s, or: Ring row",
        "B. AMRAP 20 min: 5 Pull-ups, 10 Push-ups, 15 Air squats — log rounds + reps",
    ]
    data = program_data(plan, catalog.exercise, program_cells(catalog, catalog.programs[0]))
    day = data.phases[0].days[0].exercises
    assert [item.type for item in day] == ["pair", "block"]
    assert (day[1].kind, day[1].minutes, day[1].log_boxes) == ("amrap", 20, ["Rounds", "+ reps"])
    assert [row.work for row in day[1].rows] == ["5", "10", "15"]
    assert [b.title for b in data.sessions[0].blocks] == ["AMRAP 20 min"]
    rows = plan_rows(plan)
    lines = [r for r in rows if isinstance(r, BlockLine)]
    assert [(r.order, r.exercise, r.work) for r in lines[:3]] == [("B1", "Pull-up", "5"), ("B2", "Push-up", "10"),
                                                                  ("B3", "Air squat", "15")]
    table = csv_text(rows).splitlines()
    first = dict(zip(CSV_COLUMNS, table[3].split(",")))
    assert (first["block"], first["block_kind"], first["block_minutes"], first["log"], first["sets"]) == (
        "AMRAP 20 min", "amrap", "20", "log rounds + reps", "")


# ---------------------------------------------------------------- the goal check


def test_conditioning_serves_a_general_fitness_goal(library):
    with_sets = CINDY + """\
          - exercise: Push-up
            sets: 3
            reps: 8-12
"""
    catalog = catalog_of(library, programme(with_sets))
    program = catalog.programs[0]
    assert catalog.figures(program).conditioning_share > 0.25
    assert check_goal(program, catalog.figures(program), catalog.goal_styles, "p.yml", 3) == []
    catalog = catalog_of(library, programme(with_sets.replace("amrap: 20 min", "amrap: 2 min")))
    assert [p.message for p in check_goal(catalog.programs[0], catalog.figures(catalog.programs[0]),
                                          catalog.goal_styles, "p.yml", 3)] == [
        "the goal is 'general fitness', but 100% of the working sets are in the hypertrophy range (8–15 reps) and "
        "only 0% in the general fitness range (16–30 reps or 20–90 s); change the goal to 'hypertrophy' or move more "
        "sets into 16–30 reps or 20–90 s"]


# ---------------------------------------------------------------- messages

AT = "programs/test-strength.yml"
SLOT = "phases[0].days[0].exercises[0]"


@pytest.mark.parametrize("old, new, expected", [
    ("amrap: 20 min", "amrap: 20",
     f"{AT}:23: {SLOT}.amrap: 20 is a number without a unit; write '20 min' or '20 s'"),
    ("amrap: 20 min", "amrap: twenty minutes",
     f"{AT}:23: {SLOT}.amrap: 'twenty minutes' is not a length of time; write minutes or seconds, such as '20 min' "
     "or '90 s'"),
    ("amrap: 20 min", "amrap: 3 h",
     f"{AT}:23: {SLOT}.amrap: '3 h' is not a length of time; write minutes or seconds, such as '20 min' or '90 s'"),
    ("amrap: 20 min", "amrap: 200 min",
     f"{AT}:23: {SLOT}.amrap: '200 min' is out of range; use 10 s to 120 min"),
    ("reps: 15", "reps: 15 jumps",
     f"{AT}:31: {SLOT}.exercises[2].reps: '15 jumps' is not the work for a round; use reps such as 15 or '8-12', a "
     "time '30 s', a distance '400 m' or '1 km', or calories '12 cal'"),
    ("reps: 15", "reps: [15, 10]",
     f"{AT}:31: {SLOT}.exercises[2].reps: [15, 10] is a list; a block's exercise does the same work every round; use "
     "reps such as 15 or '8-12', a time '30 s', a distance '400 m' or '1 km', or calories '12 cal'"),
    ("reps: 15", "reps: 0.5 m",
     f"{AT}:31: {SLOT}.exercises[2].reps: '0.5 m' is not a usable distance; use whole metres from 1 m to 50 km"),
    ("reps: 15", "reps: 900 cal",
     f"{AT}:31: {SLOT}.exercises[2].reps: '900 cal' is out of range; use 1 to 500 cal"),
    ("exercise: Air squat", "exercise: Air squats",
     f"{AT}:30: {SLOT}.exercises[2].exercise: 'Air squats' is not in the exercise library; did you mean 'Air squat'? "
     "add it to data/exercises.yml if it is new"),
    ("alternatives: [Ring row]", "alternatives: [Ring rows]",
     f"{AT}:27: {SLOT}.exercises[0].alternatives[0]: 'Ring rows' is not in the exercise library; did you mean "
     "'Ring row'? add it to data/exercises.yml if it is new"),
    ("          - amrap: 20 min\n", "          - amrap: 20 min\n            sets: 3\n",
     f"{AT}:24: {SLOT}.sets: unknown field 'sets'; allowed here: exercises, optional, notes, only_weeks, amrap"),
])
def test_amrap_messages(library, old, new, expected):
    assert problems(library, programme(Sample(CINDY).replace(old, new))) == [expected]


@pytest.mark.parametrize("block, old, new, expected", [
    (FOR_TIME, "for_time: 5 rounds", "for_time: five",
     f"{AT}:23: {SLOT}.for_time: 'five' is not a number of rounds; write a number such as 5, or '5 rounds'"),
    (FOR_TIME, "for_time: 5 rounds", "for_time: 500",
     f"{AT}:23: {SLOT}.for_time: 500 rounds is out of range; use 1 to 100"),
    (CIRCUIT, "rest: 90 s", "rest: a bit", f"{AT}:24: {SLOT}.rest: 'a bit' is not a rest time; use 90, '90 s', "
                                          "'2 min', '2-3 min' or '60-90 s'"),
    (EMOM, "          - emom: 12 min\n", "          - emom: 90 s\n",
     f"{AT}:23: {SLOT}.emom: an EMOM runs for whole minutes; write it as '12 min'"),
    (EMOM, "emom: 12 min", "emom: 11 min",
     f"{AT}:23: {SLOT}.emom: 11 minutes do not share evenly among 2 exercises taking turns; use a multiple of 2 "
     "minutes, such as 10 or 12 min"),
    (EMOM, "reps: 8\n", "reps: 60 s\n",
     f"{AT}:30: {SLOT}.exercises[1].reps: 60 s fills the whole minute and leaves no rest; an EMOM's work must "
     "take less than a minute"),
    (EMOM, "              - exercise: Burpee\n                reps: 8\n", "",
     f"{AT}:24: {SLOT}.alternate: alternate: true needs two or more exercises to take turns, one a minute; add "
     "another exercise or remove alternate"),
    (INTERVALS, "              time: 90 s\n", "",
     f"{AT}:28: {SLOT}.recovery.time: required field 'time' is missing; add it, e.g. time: 30 s"),
    (INTERVALS, "            recovery:\n              exercise: Indoor row\n              time: 90 s\n"
                "              effort: easy\n", "",
     f"{AT}:23: {SLOT}.recovery: intervals: 8 repeats the work with a recovery after each effort, and recovery is "
     "missing: the rest or easier work between efforts; add it, e.g. recovery: {time: 90 s} to rest, or recovery: "
     "{exercise: Indoor row, time: 90 s, effort: easy}. For continuous work with no recovery, write intervals: 1 "
     "and the whole time in work, e.g. work: {exercise: Indoor row, time: 20 min}"),
    # The guide's own effort, 'hard, RPE 8-9', written inside { }: the comma ends the field.
    (INTERVALS, "            work:\n              exercise: Indoor row\n              time: 30 s\n"
                "              effort: hard\n",
     "            work: {exercise: Indoor row, time: 30 s, effort: hard, RPE 8-9}\n",
     f"{AT}:24: {SLOT}.work.RPE 8-9: unknown field 'RPE 8-9': inside {{ }} a comma separates fields, so "
     "'effort: hard, RPE 8-9' was read as effort: hard and a field 'RPE 8-9'; put the text in quotes: "
     "effort: 'hard, RPE 8-9'"),
    # An empty recovery is missing too.
    (INTERVALS, "            recovery:\n              exercise: Indoor row\n              time: 90 s\n"
                "              effort: easy\n", "            recovery:\n",
     f"{AT}:28: {SLOT}.recovery: intervals: 8 repeats the work with a recovery after each effort, and recovery is "
     "missing: the rest or easier work between efforts; add it, e.g. recovery: {time: 90 s} to rest, or recovery: "
     "{exercise: Indoor row, time: 90 s, effort: easy}. For continuous work with no recovery, write intervals: 1 "
     "and the whole time in work, e.g. work: {exercise: Indoor row, time: 20 min}"),
    # A recovery the file gives but gets wrong has only its own message, even in a file that fails elsewhere.
    (INTERVALS, "              time: 90 s\n", "              time: 90 s\n              pace: easy\n",
     f"{AT}:31: {SLOT}.recovery.pace: unknown field 'pace'; allowed here: time, exercise, effort"),
    (INTERVALS, "effort: hard", "effort: " + "very " * 10 + "hard",
     f"{AT}:27: {SLOT}.work.effort: is 54 characters long; keep it to 40"),
    (PAIR, "ladder: [Incline push-up, Push-up, Diamond push-up]", "ladder: [Incline push-up, Diamond push-up]",
     f"{AT}:30: {SLOT}.pair[1].ladder: the exercise 'Push-up' is not one of the ladder's steps; add it to the "
     "ladder where it belongs, from easiest to hardest"),
    (PAIR, "ladder: [Incline push-up, Push-up, Diamond push-up]", "ladder: [Push-up, Push-up, Diamond push-up]",
     f"{AT}:30: {SLOT}.pair[1].ladder[1]: 'Push-up' is in the ladder twice; list each step once"),
    (PAIR, "ladder: [Incline push-up, Push-up, Diamond push-up]", "ladder: [Push-up]",
     f"{AT}:30: {SLOT}.pair[1].ladder: needs at least 2 item(s); it has 1"),
    (PAIR, "ladder: [Incline push-up, Push-up, Diamond push-up]", "ladder: [Incline pushup, Push-up]",
     f"{AT}:30: {SLOT}.pair[1].ladder[0]: 'Incline pushup' is not in the exercise library; did you mean "
     "'Incline push-up'? add it to data/exercises.yml if it is new"),
])
def test_block_and_pair_messages(library, block, old, new, expected):
    assert problems(library, programme(Sample(block).replace(old, new))) == [expected]


@pytest.mark.parametrize("written, expected", [
    # A comma splits two words of the value into two more fields: both are named, with the whole text to quote.
    ("work: {exercise: Indoor row, time: 30 s, effort: hard, steady, RPE 8}",
     ["work.RPE 8: unknown field 'RPE 8': inside { } a comma separates fields, so 'effort: hard, steady, RPE 8' "
      "was read as effort: hard and a field 'RPE 8'; put the text in quotes: effort: 'hard, steady, RPE 8'",
      "work.steady: unknown field 'steady': inside { } a comma separates fields, so 'effort: hard, steady, RPE 8' "
      "was read as effort: hard and a field 'steady'; put the text in quotes: effort: 'hard, steady, RPE 8'"]),
    # A quote in the text is doubled inside the single quotes, as YAML reads it.
    ("work: {exercise: Indoor row, time: 30 s, effort: don't stop, RPE 8}",
     ["work.RPE 8: unknown field 'RPE 8': inside { } a comma separates fields, so \"effort: don't stop, RPE 8\" "
      "was read as effort: don't stop and a field 'RPE 8'; put the text in quotes: effort: 'don''t stop, RPE 8'"]),
    # A misspelt field with a value is an ordinary unknown field.
    ("work: {exercise: Indoor row, time: 30 s, efort: hard}",
     ["work.efort: unknown field 'efort'; did you mean 'effort'? allowed here: exercise, time, effort"]),
])
def test_a_comma_inside_braces_is_explained(library, written, expected):
    block = Sample(INTERVALS).replace("            work:\n              exercise: Indoor row\n              time: 30 s\n"
                                      "              effort: hard\n", f"            {written}\n")
    assert problems(library, programme(block)) == [f"{AT}:24: {SLOT}.{message}" for message in expected]


CONTINUOUS = """\
          - intervals: 1
            work: {exercise: Indoor row, time: 20 min, effort: 'easy, RPE 4-5'}
"""


def test_one_continuous_effort_needs_no_recovery_and_its_times_reach_the_downloads_as_seconds(library):
    catalog = catalog_of(library, programme(CONTINUOUS + INTERVALS))
    plan = catalog.plan(catalog.programs[0])
    continuous, intervals = plan.sessions[0].blocks
    assert (continuous.kind, continuous.continuous, continuous.seconds) == ("intervals", True, 1200)
    assert block_summary(continuous) == "Continuous: 20 min Indoor row (easy, RPE 4-5) — log the distance covered"
    assert block_log_boxes(continuous) == ["Distance"]
    assert intervals.continuous is False and intervals.seconds == 8 * (30 + 90)
    figures = catalog.figures(catalog.programs[0])
    assert figures.conditioning_minutes == 20 + 16
    data = program_data(plan, catalog.exercise, program_cells(catalog, catalog.programs[0]))
    first, second = data.sessions[0].blocks
    assert (first.title, first.minutes, first.seconds, first.log) == (
        "Continuous: 20 min", 20, 1200, "log the distance covered")
    assert [(r.order, r.work, r.seconds, r.seconds_high) for r in first.rows] == [
        ("A1", "Work: 20 min (easy, RPE 4-5)", 1200, 1200)]
    assert [(r.order, r.work, r.seconds, r.seconds_high) for r in second.rows] == [
        ("B1", "Work: 30 s (hard)", 30, 30), ("B2", "Recovery: 90 s (easy)", 90, 90)]
    table = list(csv.DictReader(io.StringIO(csv_text(plan_rows(plan)))))[:3]
    assert [(r["order"], r["seconds"], r["seconds_high"], r["block_seconds"], r["block_minutes"]) for r in table] == [
        ("A1", "1200", "1200", "1200", "20"), ("B1", "30", "30", "960", "16"), ("B2", "90", "90", "960", "16")]


def test_a_timed_piece_of_work_in_a_circuit_gives_its_seconds_and_reps_give_none(library):
    catalog = catalog_of(library, programme(CIRCUIT.replace("reps: 30 s", "reps: 30-45 s")))
    plan = catalog.plan(catalog.programs[0])
    data = program_data(plan, catalog.exercise, program_cells(catalog, catalog.programs[0]))
    assert [(r.work, r.seconds, r.seconds_high) for r in data.sessions[0].blocks[0].rows] == [
        ("30–45 s", 30, 45), ("12 cal", None, None), ("8 each side", None, None)]


def test_every_kit_of_a_block_and_a_ladder_is_needed_but_not_an_alternatives(library):
    text = programme(INTERVALS + PAIR).replace("[pull-up bar, rowing machine, kettlebell, mat]", "[mat]")
    assert problems(library, text) == [
        f"{AT}:12: equipment: 'Indoor row' needs 'rowing machine', which is not listed; add 'rowing machine' to "
        "equipment",
        f"{AT}:12: equipment: 'Pull-up' needs 'pull-up bar', which is not listed; add 'pull-up bar' to equipment",
    ]
