"""The worked examples of result rules (tests/fixtures/result-rules.yml), read once for the Python test
(tests/unit/test_result_rules.py) and the Chromium one (tests/browser/test_result_rules_in_chromium.py).

Each case's fragment becomes a one-exercise programme, expanded as the build expands one, so the rules under test
are the plan's own (`PlanExercise.rules`), the exercise's or its phase's, with its effective increase."""

from __future__ import annotations

from pathlib import Path

import yaml

from studio.format import ExerciseInfo, Program, parse_reps
from studio.plan import RepTarget, Rules, expand

CASES_FILE = Path(__file__).resolve().parent / "fixtures" / "result-rules.yml"
SPEC = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
CASES = SPEC["cases"]
LIFT = ExerciseInfo(name="Back squat", primary=["quads"], equipment=["barbell"], cues=["Brace."])


def case_program(case: dict) -> Program:
    phase = {"name": "Base", "weeks": 1, "days": [{"name": "Day A",
                                                    "exercises": [{"exercise": "Back squat", **case["exercise"]}]}]}
    phase.update(case.get("phase", {}))
    return Program.model_validate({
        "title": "Rules", "summary": "A case.", "description": "A case.", "goal": "strength", "level": "beginner",
        "weeks": 1, "sessions_per_week": 1, "session_minutes": 45, "equipment": ["barbell"],
        "readiness": ["Ready."], "progression": "By the rules.",
        "training_max": 90 if "TM" in str(case["exercise"].get("load")) else None, "phases": [phase]})


def case_rules(case: dict) -> Rules:
    plan = expand(case_program(case), lambda name: LIFT)
    return plan.sessions[0].exercises[0].rules


def session_targets(session: dict) -> tuple[RepTarget, ...] | None:
    """A session's own rep targets, where it gives them (a week that changes the reps)."""
    return tuple(RepTarget.of(reps) for reps in parse_reps(session["reps"])) if "reps" in session else None


def expected(session: dict) -> dict:
    return {"load": session["next"]["load"], "scheme": session["next"]["scheme"],
            "misses": session["next"].get("misses", 0)}


def case_id(case: dict) -> str:
    return case["name"]
