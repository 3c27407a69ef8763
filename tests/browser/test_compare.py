"""Choosing programmes in the catalogue and comparing them, in real Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from sitecopy import ROOT
from studio import load_catalog

pytestmark = pytest.mark.browser
CATALOG = load_catalog(ROOT)
CHOSEN = ["dumbbell-full-body-ab", "hypertrophy-upper-lower", "peak-strength-block"]


@pytest.fixture
def catalogue(page: Page, site_url: str) -> Page:
    page.goto(f"{site_url}/programs/", wait_until="networkidle")
    expect(page.locator(".studio-card__compare").first).to_be_visible()
    return page


def tick(page: Page, slug: str) -> None:
    page.locator(f".studio-card[data-slug='{slug}'] input[name=compare]").click()


def shown_columns(page: Page) -> list[str]:
    return page.locator("#compare-page thead th[data-slug]:visible").evaluate_all("els => els.map(e => e.dataset.slug)")


def row(page: Page, label: str) -> dict[str, str]:
    cells = page.locator("#compare-page tbody tr", has=page.locator(f"th:text-is('{label}')")).locator("td:visible")
    return dict(zip(cells.evaluate_all("els => els.map(e => e.dataset.slug)"), cells.all_inner_texts()))


def test_tick_three_and_compare_them(catalogue: Page):
    go = catalogue.locator(".studio-compare-bar a.studio-compare-bar__go")
    expect(go).to_have_text("Compare all")
    expect(go).to_have_attribute("href", "compare/")
    tick(catalogue, CHOSEN[0])
    expect(catalogue.locator(".studio-compare-bar__status")).to_have_text("1 selected: pick at least 2")
    expect(go).to_have_attribute("href", "compare/")
    for slug in CHOSEN[1:]:
        tick(catalogue, slug)
    expect(catalogue.locator(".studio-compare-bar__status")).to_have_text("3 selected")
    expect(go).to_have_text("Compare 3")
    go.click()
    catalogue.wait_for_url("**/programs/compare/?p=*")
    assert catalogue.url.endswith("?p=" + ",".join(CHOSEN))
    assert shown_columns(catalogue) == sorted(CHOSEN, key=lambda s: CATALOG.program(s).title.lower())
    programs = [CATALOG.program(slug) for slug in CHOSEN]
    assert row(catalogue, "Working sets a week") == {p.slug: f"{CATALOG.figures(p).sets_per_week:g}" for p in programs}
    assert row(catalogue, "Session length (estimated)") == {
        p.slug: f"≈ {CATALOG.figures(p).session_minutes} min" for p in programs}
    expect(catalogue.locator("#compare-note")).to_contain_text("Comparing 3 programmes")


def test_more_than_four_are_refused(catalogue: Page):
    slugs = [p.slug for p in CATALOG.programs]
    for slug in slugs[:4]:
        tick(catalogue, slug)
    tick(catalogue, slugs[4])
    expect(catalogue.locator(".studio-compare-bar__status")).to_have_text(
        "You can compare up to 4 programmes at once. Untick one to swap it.")
    expect(catalogue.locator(f".studio-card[data-slug='{slugs[4]}'] input[name=compare]")).not_to_be_checked()
    assert catalogue.locator(".studio-compare-bar__go").get_attribute("href").endswith("?p=" + ",".join(slugs[:4]))
    tick(catalogue, slugs[0])
    tick(catalogue, slugs[4])
    assert catalogue.locator(".studio-compare-bar__go").get_attribute("href").endswith("?p=" + ",".join(slugs[1:5]))


@pytest.mark.parametrize("query", ["", "?p=", "?p=nope,peak-strength-block", "?p=peak-strength-block",
                                   "?p=" + ",".join(p.slug for p in CATALOG.programs[:5])])
def test_no_or_bad_choice_shows_everything(page: Page, site_url: str, query: str):
    page.goto(f"{site_url}/programs/compare/{query}", wait_until="networkidle")
    assert shown_columns(page) == [p.slug for p in CATALOG.programs]
    note = page.locator("#compare-note")
    expect(note).to_be_visible()
    expected = "does not name 2 to 4 of our programmes" if query.strip("?p=") else "Showing all"
    expect(note).to_contain_text(expected)


def test_without_javascript(browser, site_url: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/programs/")
    assert page.locator("input[name=compare]:visible, .studio-compare-bar:visible").count() == 0
    page.goto(f"{site_url}/programs/compare/?p={','.join(CHOSEN)}")
    assert shown_columns(page) == [p.slug for p in CATALOG.programs]
    context.close()
