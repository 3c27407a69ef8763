"""The "Which programme is for me?" picker in real Chromium; expectations come from the programme files."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from sitecopy import SITE

from studio import load_catalog
from studio.content import load_picker

pytestmark = pytest.mark.browser
CATALOG = load_catalog(SITE)
PICKER, _ = load_picker(SITE, {p.slug for p in CATALOG.programs})
BARBELL_GYM = sorted({kit for p in CATALOG.programs if "barbell" in p.equipment for kit in p.equipment})


def experience(level: str) -> int:
    return next(i for i, e in enumerate(PICKER.experience) if e.level == level)


@pytest.fixture
def picker(page: Page, site_url: str) -> Page:
    page.goto(f"{site_url}/which-programme/", wait_until="load")
    expect(page.locator("#picker-form")).to_be_visible()
    expect(page.locator("#picker-nojs")).to_be_hidden()
    return page


def answer(page: Page, goal: str, level: str, sessions: int, minutes: int, kit: list[str], ready: bool = True,
           failing: int = 0) -> None:
    page.check(f"input[name=goal][value='{goal}']")
    page.check(f"input[name=experience][value='{experience(level)}']")
    page.select_option("select[name=sessions]", str(sessions))
    page.select_option("select[name=minutes]", str(minutes))
    for item in kit:
        page.check(f"input[name=kit][value='{item}']")
    for i in range(len(PICKER.readiness)):
        page.check(f"input[name=ready-{i}][value='{'no' if not ready and i == failing else 'yes'}']")
    page.click("#picker-form button[type=submit]")
    expect(page.locator("#picker-results")).to_be_visible()


def picks(page: Page) -> list[str]:
    return page.locator("#picker-results .studio-picker__pick").evaluate_all("els => els.map(e => e.dataset.slug)")


def reasons(page: Page, slug: str) -> str:
    return page.locator(f"#picker-results .studio-picker__pick[data-slug='{slug}'] .studio-picker__why").inner_text()


def test_experienced_strength_lifter_with_a_barbell_gym(picker: Page):
    answer(picker, "strength", "intermediate", 4, 75, BARBELL_GYM)
    # Training Max Waves fits best: strength, intermediate, exactly the 4 sessions the reader can manage.
    assert picks(picker)[:3] == ["training-max-waves", "barbell-strength-foundations", "strength-and-size"]
    assert "matches your goal: strength" in reasons(picker, "training-max-waves")
    assert "peak-strength-block" not in picks(picker)  # advanced: more than a year is not two
    why = reasons(picker, "barbell-strength-foundations")
    assert "matches your goal: strength" in why
    assert "needs 3 sessions a week, fewer than the 4 you can manage" in why
    assert "level: intermediate, right for your experience" in why
    assert "which you have" in why
    assert "blends strength and muscle size, including your goal" in reasons(picker, "strength-and-size")
    others = picker.locator(".studio-picker__others li[data-slug='peak-strength-block']")
    expect(others).to_contain_text("level: advanced, written for more training experience than you have so far")


def test_beginner_after_muscle_with_dumbbells_at_home(picker: Page):
    answer(picker, "hypertrophy", "beginner", 3, 60, ["dumbbells", "bench", "mat"])
    assert picks(picker) == ["dumbbell-full-body-ab"]
    why = reasons(picker, "dumbbell-full-body-ab")
    assert "blends general fitness and muscle size, including your goal" in why
    assert "fits 3 sessions a week" in why
    assert "needs only dumbbells, bench and mat, which you have" in why
    assert "level: beginner" in why
    kettlebell = picker.locator(".studio-picker__others li[data-slug='kettlebell-conditioning']")
    expect(kettlebell).to_contain_text("needs kit you don't have: kettlebell")
    upper_lower = picker.locator(".studio-picker__others li[data-slug='hypertrophy-upper-lower']")
    expect(upper_lower).to_contain_text("needs 4 sessions a week; you can manage 3")


@pytest.mark.parametrize("failing", range(len(PICKER.readiness)))
def test_any_readiness_no_puts_move_well_first_first(picker: Page, failing: int):
    answer(picker, "strength", "advanced", 5, 240, BARBELL_GYM, ready=False, failing=failing)
    found = picks(picker)
    assert found[0] == PICKER.if_not_ready == "move-well-first"
    assert found.count("move-well-first") == 1
    first = picker.locator(".studio-picker__first")
    expect(first).to_contain_text("Start here: Move Well First")
    expect(first).to_contain_text("You answered no to one of the readiness checks")
    expect(first).to_contain_text(PICKER.readiness[failing].if_no)
    expect(first).to_contain_text("Kit you will need first: resistance band")
    later = picker.locator(".studio-picker__group", has_text="When you can answer yes to every check")
    expect(later).to_contain_text("Peak Strength Block")


def test_programme_links_lead_to_the_programme(picker: Page):
    answer(picker, "general fitness", "beginner", 2, 30, ["kettlebell", "mat"])
    assert picks(picker) == ["kettlebell-conditioning"]
    picker.click("#picker-results .studio-picker__pick a")
    expect(picker.locator("h1")).to_contain_text("Kettlebell Conditioning")
    assert picker.url.endswith("/programs/kettlebell-conditioning/")


def test_nothing_fits_says_so(picker: Page):
    answer(picker, "strength", "beginner", 1, 30, [])
    assert picks(picker) == []
    expect(picker.locator(".studio-picker__none")).to_be_visible()


def test_unanswered_questions_stop_the_form(picker: Page):
    picker.click("#picker-form button[type=submit]")
    expect(picker.locator("#picker-results")).to_be_hidden()


def test_without_javascript_a_link_to_the_catalogue(browser, site_url: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/which-programme/")
    expect(page.locator("#picker-form")).to_be_hidden()
    page.click("text=browse every programme")
    assert page.url.endswith("/programs/")
    context.close()
