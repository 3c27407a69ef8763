"""rules.js's engine, in Chromium, against the worked examples in tests/fixtures/result-rules.yml (the same file
tests/unit/test_result_rules.py checks Python's against): each case's rules as the JSON download carries them."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page
from resultcases import CASES, case_id, case_rules, expected, session_targets

from studio.downloads import rules_data

pytestmark = pytest.mark.browser
RUN = """([rules, start, unit, sessions]) => {
  let state = studioRules.start(start, unit);
  return sessions.map(([done, targets]) => {
    state = studioRules.step(rules, state, done, targets);
    return {load: state.load, scheme: studioRules.schemeText(studioRules.scheme(rules, state)), misses: state.misses};
  });
}"""


@pytest.fixture(scope="module")
def rules_script(browser, site_url: str):
    """A training view of the test site, whose rules.js exposes window.studioRules."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{site_url}/programs/novice-linear-ab/train/", wait_until="load")
    page.wait_for_function("() => window.studioRules && typeof window.studioRules.step === 'function'")
    yield page
    context.close()


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_worked_example_in_chromium(rules_script: Page, case):
    rules = rules_data(case_rules(case)).model_dump(mode="json")
    sessions = [[session["done"], [t.data() for t in targets] if (targets := session_targets(session)) else None]
                for session in case["sessions"]]
    found = rules_script.evaluate(RUN, [rules, case["start"], case.get("unit", "kg"), sessions])
    assert found == [expected(session) for session in case["sessions"]]
