"""Warm-up sets: a share of the first working set, the training max or the 1RM, or a weight; never below the empty
bar on a barbell; rounded to the usual step in the files that cannot ask the reader, and their messages."""

from __future__ import annotations

import csv
import io

import pytest
from samples import PROGRAM, program_header
from textedit import Sample

from studio import ContentError, load_catalog
from studio.downloads import csv_text, plan_rows, program_data

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
EMPTY_BAR = program_header(1, 3) + """phases:
  - name: Linear
    weeks: 1
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
            warmup_sets: [50% × 5]
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
