"""picker.js's adding up, in Chromium, against the worked examples in tests/fixtures/picker-ranking.yml (the same
file tests/unit/test_picker_ranking.py checks Python's against): the rules are written once, in the build."""

from __future__ import annotations

import pytest
from pickerexamples import SPEC, example_id, example_page, expected_ranking, form_answers
from playwright.sync_api import Page

pytestmark = pytest.mark.browser
RANK = "([data, answers]) => studioPicker.rank(data, answers).map(r => ({slug: r.slug, differences: r.differences}))"


@pytest.fixture(scope="module")
def picker_script(browser, site_url: str):
    """The test site's picker page, whose picker.js exposes window.studioPicker."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{site_url}/which-programme/", wait_until="load")
    page.wait_for_function("() => window.studioPicker && typeof window.studioPicker.rank === 'function'")
    yield page
    context.close()


@pytest.mark.parametrize("example", SPEC["examples"], ids=example_id)
def test_worked_example_in_chromium(picker_script: Page, example):
    picker, page = example_page()
    answers = form_answers(picker, example["answers"])
    assert picker_script.evaluate(RANK, [page.data, answers]) == expected_ranking(example)
