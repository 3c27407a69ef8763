"""Small valid content that tests break one field at a time."""

from pathlib import Path

from textedit import Sample

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "tests" / "site"  # the test site: content frozen for tests (see sitecopy.py)

LIBRARY = Sample("""\
equipment: [barbell, squat rack, bench, dumbbells, mat]
muscles: [quads, glutes, chest, triceps, core, hamstrings]
exercises:
  - name: Back squat
    primary: [quads, glutes]
    equipment: [barbell, squat rack]
    cues: [Brace before you descend.]
  - name: Bench press
    primary: [chest]
    secondary: [triceps]
    equipment: [barbell, bench]
    cues: [Keep your shoulder blades pinned.]
  - name: Push-up
    primary: [chest]
    cues: [Move as one plank.]
  - name: Dead bug
    primary: [core]
    equipment: [mat]
    cues: [Keep your lower back down.]
""")

PROGRAM = Sample("""\
title: Test Strength
summary: A short test programme.
description: |
  Two paragraphs of **Markdown**.

  The second one.
goal: strength
level: intermediate
weeks: 3
sessions_per_week: 3
session_minutes: 60
equipment: [barbell, squat rack, bench, mat]
readiness:
  - Squat to depth with heels down
progression: Add 2.5 kg when every set is done.
phases:
  - name: Base
    weeks: 2
    days:
      - name: Day A
        exercises:
          - exercise: Back squat
            sets: 3
            reps: 5
            load: 80%
            rest: 3 min
      - name: Day B
        exercises:
          - exercise: Bench press
            sets: 3
            reps: 8-12
          - superset:
              - exercise: Push-up
                sets: 2
                reps: AMRAP
              - exercise: Dead bug
                sets: 2
                reps: 8
                each_side: true
            rest: 90 s
  - name: Deload
    weeks: 1
    deload: true
    days:
      - name: Day A
        exercises:
          - exercise: Back squat
            sets: 2
            reps: 5
            load: 60%
""")

STYLES = Sample("""\
styles:
  - name: Strength
    goal: strength
    purpose: Lift heavier.
    reps: 1-6
    load: 80-95% 1RM
    rest: 2-5 min
    sets: 3-6
    adaptation: The nervous system.
    suits: Most people.
  - name: Hypertrophy
    goal: hypertrophy
    purpose: Build muscle.
    reps: 8-15
    load: 60-80% 1RM
    rest: 1-2 min
    sets: 10-20 a week
    adaptation: Tension and fatigue.
    suits: Most people.
  - name: General fitness
    id: general-fitness
    goal: general fitness
    purpose: Feel fitter.
    reps: 16-30
    seconds: 20-90 s
    load: Light
    rest: 30-90 s
    sets: 2-4
    adaptation: Heart and lungs.
    suits: Beginners.
""")


# Coach's notes that a spreadsheet would read as formulas, one on each exercise of PROGRAM in order.
FORMULA_NOTES = ("=1+1", "+2.5 kg next week", "-1 rep if the bar slows", "@coach: check depth",
                 "=HYPERLINK(\"https://evil.example\",\"x\")")


def program_with_notes(notes=FORMULA_NOTES) -> str:
    """PROGRAM with notes[i] on its i-th exercise (as many as there are exercises)."""
    import json
    import re

    lines, out, n = PROGRAM.splitlines(keepends=True), [], 0
    for line in lines:
        out.append(line)
        match = re.match(r"(\s*)- exercise: ", line)
        if match and n < len(notes):
            out.append(f"{match.group(1)}  notes: {json.dumps(notes[n])}\n")
            n += 1
    return "".join(out)


def program_header(weeks: int, sessions: int = 3, extra: str = "") -> str:
    """PROGRAM's fields before its phases, for `weeks` weeks of `sessions` sessions; tests append their own phases."""
    return Sample(PROGRAM[: PROGRAM.index("phases:")]).replace("weeks: 3", f"weeks: {weeks}").replace(
        "sessions_per_week: 3", f"sessions_per_week: {sessions}") + extra


# Two phases with the same days (the A/B rotation carries on), then one with other days (it starts afresh).
ROTATION = program_header(5, 3) + """phases:
  - name: Base
    weeks: 3
    days:
      - name: Day A
        exercises: [{exercise: Back squat, sets: 3, reps: 5, load: 70%}]
      - name: Day B
        exercises: [{exercise: Bench press, sets: 3, reps: 5, load: 70%}]
  - name: Build
    weeks: 1
    days:
      - name: Day A
        exercises: [{exercise: Back squat, sets: 3, reps: 3, load: 80%}]
      - name: Day B
        exercises: [{exercise: Bench press, sets: 3, reps: 3, load: 80%}]
  - name: Test
    weeks: 1
    days:
      - name: Heavy A
        exercises: [{exercise: Back squat, sets: 1, reps: 1, load: 90%}]
      - name: Heavy B
        exercises: [{exercise: Bench press, sets: 1, reps: 1, load: 90%}]
"""


# Run and Walk, which neither the test site's library nor the sample library has: the owner's guide's run/walk
# example names them (and says to add them), and so does the run/walk test programme (tests/programs/run-walk.yml).
RUN_AND_WALK = """
  - name: Run
    summary: Easy running at a pace you can talk at.
    primary: [quads, calves]
    secondary: [glutes, hamstrings]
    equipment: []
    cues: [Land softly under your hips., Keep the pace easy enough to talk.]

  - name: Walk
    summary: Brisk walking between runs.
    primary: [calves]
    equipment: []
    cues: [Walk tall and swing your arms.]
"""
