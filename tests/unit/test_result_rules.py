"""The Python engine of result rules against every worked example in tests/fixtures/result-rules.yml."""

from __future__ import annotations

import pytest
from resultcases import CASES, case_id, case_rules, expected, session_targets

from studio.plan import RuleState, scheme, scheme_text, step


def test_the_cases_cover_every_form():
    written = [case["exercise"].get("results", {}) | case.get("phase", {}).get("results", {}) for case in CASES]
    assert {key for rules in written for key in rules} == {"made", "missed", "after_misses", "then", "stages",
                                                            "reset", "amrap"}
    actions = {str(value).split()[0] for rules in written for key, value in rules.items()
               if key in ("made", "missed", "then")}
    actions |= {value.split()[0] for rules in written for value in rules.get("amrap", {}).values()}
    assert actions == {"add", "repeat", "take", "next", "reset"}
    assert any("increase" in case["exercise"] and "results" not in case["exercise"] and "phase" not in case
               for case in CASES)  # double progression alone


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_worked_example_in_python(case):
    rules = case_rules(case)
    state = RuleState(case["start"], case.get("unit", "kg"))
    found = []
    for session in case["sessions"]:
        state = step(rules, state, session["done"], session_targets(session))
        found.append({"load": state.load, "scheme": scheme_text(scheme(rules, state)), "misses": state.misses})
    assert found == [expected(session) for session in case["sessions"]]


def test_reps_below_zero_read_as_none_in_the_table():
    case = next(case for case in CASES if "amrap" in case["exercise"].get("results", {})
                and "after_misses" not in case["exercise"]["results"])
    rules = case_rules(case)
    assert step(rules, RuleState(100), [5, 3, -2]) == RuleState(100, misses=1)
