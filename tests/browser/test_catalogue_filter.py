"""The catalogue filter in real Chromium; the expected sets come from the programme files."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from sitecopy import SITE
from studio import load_catalog

pytestmark = pytest.mark.browser
PROGRAMS = load_catalog(SITE).programs


def visible_titles(page: Page) -> list[str]:
    return sorted(page.locator("#program-list .studio-card:visible h2").all_inner_texts())


def titles(programs) -> list[str]:
    return sorted(p.title for p in programs)


@pytest.fixture
def catalogue(page: Page, site_url: str) -> Page:
    page.goto(f"{site_url}/programs/", wait_until="load")
    expect(page.locator("#program-filter")).to_be_visible()
    return page


def test_everything_shows_at_first(catalogue: Page):
    assert visible_titles(catalogue) == titles(PROGRAMS)
    expect(catalogue.locator(".studio-filter__count")).to_have_text(
        f"Showing {len(PROGRAMS)} of {len(PROGRAMS)} programmes")


@pytest.mark.parametrize("goal", ["strength", "hypertrophy", "general fitness"])
def test_filter_by_goal_includes_blends(catalogue: Page, goal: str):
    catalogue.select_option("select[name=goal]", goal)
    expected = titles(p for p in PROGRAMS if goal in p.goal)
    assert expected and visible_titles(catalogue) == expected


def test_filter_by_level_sessions_and_length(catalogue: Page):
    catalogue.select_option("select[name=level]", "beginner")
    assert visible_titles(catalogue) == titles(p for p in PROGRAMS if p.level == "beginner")
    catalogue.select_option("select[name=level]", "")
    catalogue.select_option("select[name=sessions]", "4")
    assert visible_titles(catalogue) == titles(p for p in PROGRAMS if p.sessions_per_week == 4)
    catalogue.select_option("select[name=sessions]", "")
    catalogue.select_option("select[name=minutes]", "45")
    assert visible_titles(catalogue) == titles(p for p in PROGRAMS if p.session_minutes <= 45)


def test_equipment_shows_only_what_you_can_do(catalogue: Page):
    catalogue.click("[data-action=untick-kit]")
    assert visible_titles(catalogue) == titles(p for p in PROGRAMS if not p.equipment)
    catalogue.check("input[name=kit][value='dumbbells']")
    catalogue.check("input[name=kit][value='bench']")
    assert visible_titles(catalogue) == titles(p for p in PROGRAMS if set(p.equipment) <= {"dumbbells", "bench"})


def test_no_match_shows_a_message_and_reset_restores(catalogue: Page):
    catalogue.select_option("select[name=level]", "advanced")
    catalogue.select_option("select[name=minutes]", str(min(p.session_minutes for p in PROGRAMS)))
    expect(catalogue.locator("#program-empty")).to_be_visible()
    expect(catalogue.locator(".studio-filter__count")).to_have_text(f"Showing 0 of {len(PROGRAMS)} programmes")
    catalogue.click("#program-filter button[type=reset]")
    expect(catalogue.locator("#program-empty")).to_be_hidden()
    assert visible_titles(catalogue) == titles(PROGRAMS)


def test_filters_live_in_the_address_for_sharing(catalogue: Page, site_url: str):
    catalogue.select_option("select[name=goal]", "strength")
    catalogue.select_option("select[name=level]", "intermediate")
    assert "goal=strength" in catalogue.url and "level=intermediate" in catalogue.url
    catalogue.goto(catalogue.url, wait_until="load")
    expect(catalogue.locator("select[name=goal]")).to_have_value("strength")
    expected = titles(p for p in PROGRAMS if "strength" in p.goal and p.level == "intermediate")
    assert visible_titles(catalogue) == expected


def test_without_javascript_the_full_list_shows(browser, site_url: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/programs/")
    expect(page.locator("#program-filter")).to_be_hidden()
    assert visible_titles(page) == titles(PROGRAMS)
    context.close()


def test_a_card_leads_to_its_programme(catalogue: Page):
    first = PROGRAMS[0]
    catalogue.click(f"text={first.title}")
    expect(catalogue.locator("h1")).to_contain_text(first.title)
    assert catalogue.url.endswith(f"/programs/{first.slug}/")
