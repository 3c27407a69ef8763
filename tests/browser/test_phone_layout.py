"""The programme page on a phone-sized screen: day tables become one card per exercise."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser


def test_order_labels_float_beside_the_exercise_on_a_phone(browser: Browser, site_url: str):
    page = browser.new_page(viewport={"width": 375, "height": 740})
    # Boxes are measured, not waited for: the page must have settled (fonts, scripts), not merely loaded.
    page.goto(f"{site_url}/programs/barbell-strength-foundations/", wait_until="networkidle")
    label = page.locator(".studio-day .studio-table__label").first
    assert label.evaluate("el => getComputedStyle(el).float") == "left"
    # The label and the exercise name share a line, as on a card, instead of stacking.
    exercise = page.locator(".studio-day td[data-label='Exercise'] a").first
    label_box, exercise_box = label.bounding_box(), exercise.bounding_box()
    assert abs(label_box["y"] - exercise_box["y"]) < label_box["height"]
    assert exercise_box["x"] >= label_box["x"] + label_box["width"] - 1
    page.close()


def test_order_labels_stay_in_their_column_on_a_wide_screen(browser: Browser, site_url: str):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    # Boxes are measured, not waited for: the page must have settled (fonts, scripts), not merely loaded.
    page.goto(f"{site_url}/programs/barbell-strength-foundations/", wait_until="networkidle")
    label = page.locator(".studio-day .studio-table__label").first
    assert label.evaluate("el => getComputedStyle(el).float") == "none"
    assert label.evaluate("el => getComputedStyle(el).display") == "table-cell"
    page.close()
