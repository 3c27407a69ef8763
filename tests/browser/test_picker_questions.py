"""The "Which programme is for me?" picker in real Chromium, on the test site: every programme ranked with
what differs, best fits first. The order is checked against the rules' own adding up (studio.content.rank)
over the data the page embeds; tests/browser/test_picker_in_chromium.py checks that adding up against the worked
examples."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect
from sitecopy import SITE

from studio import load_catalog
from studio.content import load_picker, rank

pytestmark = pytest.mark.browser
CATALOG = load_catalog(SITE)
PICKER, _ = load_picker(SITE, {p.slug for p in CATALOG.programs}, CATALOG.library.equipment)
BARBELL_GYM = sorted({kit for p in CATALOG.programs if "barbell" in p.equipment for kit in p.equipment})
HOME_GYM = ["barbell", "squat rack", "bench", "dumbbells"]  # no mat


def experience(level: str) -> str:
    return str(next(i for i, e in enumerate(PICKER.experience) if e.level == level))


@pytest.fixture
def picker(page: Page, site_url: str) -> Page:
    page.goto(f"{site_url}/which-programme/", wait_until="load")
    expect(page.locator("#picker-form")).to_be_visible()
    expect(page.locator("#picker-nojs")).to_be_hidden()
    return page


def answer(page: Page, goal: str, level: str, sessions: int, minutes: int, kit: list[str],
           failing: int | None = None) -> dict:
    """Fill in the form and send it; the answers as picker.js reads them."""
    page.check(f"input[name=goal][value='{goal}']")
    page.check(f"input[name=experience][value='{experience(level)}']")
    page.select_option("select[name=sessions]", str(sessions))
    page.select_option("select[name=minutes]", str(minutes))
    for item in kit:
        page.check(f"input[name=kit][value='{item}']")
    for i in range(len(PICKER.readiness)):
        page.check(f"input[name=ready-{i}][value='{'no' if i == failing else 'yes'}']")
    page.click("#picker-form button[type=submit]")
    expect(page.locator("#picker-results")).to_be_visible()
    return {"goal": goal, "experience": experience(level), "sessions": str(sessions), "minutes": str(minutes),
            "kit": kit, "failed": [] if failing is None else [failing]}


def picks(page: Page) -> list[str]:
    """Every programme in the results, in the order shown (the fold's included)."""
    return page.locator("#picker-results .studio-picker__pick").evaluate_all("els => els.map(e => e.dataset.slug)")


def differences(page: Page, slug: str) -> list[str]:
    """What differs, as written (text, not the rendered text: the fold may be closed)."""
    items = page.locator(f"#picker-results .studio-picker__pick[data-slug='{slug}'] .studio-picker__why li")
    return items.evaluate_all("els => els.map(e => e.textContent)")


def by_the_rules(page: Page, answers: dict) -> list[str]:
    data = json.loads(page.locator("#picker-data").text_content())
    return [r["slug"] for r in rank(data, answers)]


def test_beginner_without_a_mat_gets_the_closest_programmes_with_what_differs(picker: Page):
    # Before, this reader was told nothing fits, for want of a mat.
    given = answer(picker, "strength", "beginner", 3, 60, HOME_GYM)
    assert picks(picker)[:3] == ["novice-linear-ab", "dumbbell-full-body-ab", "move-well-first"]
    assert differences(picker, "novice-linear-ab") == ["needs a mat — a towel works"]
    assert differences(picker, "dumbbell-full-body-ab") == [
        "aims at general fitness and muscle size, not strength", "needs a mat — a towel works"]
    assert differences(picker, "move-well-first") == [
        "aims at general fitness, not strength",
        "needs a resistance band — a backpack with some books in it works for the rows and good mornings until you "
        "get one",
        "needs a mat — a towel works"]
    assert picks(picker) == by_the_rules(picker, given) and len(picks(picker)) == len(CATALOG.programs)
    best = picker.locator(".studio-picker__group")
    expect(best.locator("h2")).to_have_text("Closest to your answers")
    expect(best.locator(".studio-picker__pick")).to_have_count(3)
    expect(picker.locator(".studio-picker__others summary")).to_have_text(
        "The other 8 programmes, further from your answers")
    expect(picker.locator("#picker-status")).to_have_text(
        "Ranked 11 programmes for your answers. Best fit: Novice Linear Progression A/B.")
    expect(picker.locator("#picker-results")).to_be_focused()
    assert differences(picker, "peak-strength-block")[0] == "written at advanced level, two steps past your experience"


def test_experienced_strength_lifter_with_a_barbell_gym(picker: Page):
    given = answer(picker, "strength", "intermediate", 4, 75, BARBELL_GYM)
    assert picks(picker)[:3] == ["training-max-waves", "barbell-strength-foundations", "strength-and-size"]
    assert picks(picker) == by_the_rules(picker, given)
    first = picker.locator(".studio-picker__pick[data-slug='training-max-waves']")
    expect(first.locator(".studio-picker__fits")).to_have_text("Fits every answer you gave.")
    assert differences(picker, "barbell-strength-foundations") == ["3 sessions a week, you said 4"]
    assert differences(picker, "strength-and-size") == ["shares its time between strength and muscle size"]
    expect(picker.locator(".studio-picker__group h2")).to_have_text("Your best fits")
    assert differences(picker, "peak-strength-block") == ["written at advanced level, a step past your experience"]


@pytest.mark.parametrize("failing", range(len(PICKER.readiness)))
def test_any_readiness_no_puts_move_well_first_first(picker: Page, failing: int):
    given = answer(picker, "strength", "advanced", 5, 240, BARBELL_GYM, failing=failing)
    found = picks(picker)
    assert found[0] == PICKER.if_not_ready == "move-well-first"
    assert found == by_the_rules(picker, given) and found.count("move-well-first") == 1
    first = picker.locator(".studio-picker__first")
    expect(first).to_contain_text("Start here: Move Well First")
    expect(first).to_contain_text("You answered no to one of the readiness checks")
    expect(first.locator(".studio-picker__reasons")).to_have_text(PICKER.readiness[failing].if_no)
    expect(first).to_contain_text("needs a resistance band — a backpack with some books in it")
    later = picker.locator(".studio-picker__group", has_text="When you can answer yes to every check")
    expect(later.locator(".studio-picker__pick").first).to_contain_text("Peak Strength Block")
    expect(picker.locator("#picker-status")).to_have_text(
        "Start here: Move Well First. Then 10 more, ranked for your answers.")


def test_programme_links_lead_to_the_programme(picker: Page):
    answer(picker, "general fitness", "beginner", 2, 30, ["kettlebell", "mat"])
    assert picks(picker)[0] == "kettlebell-conditioning"
    picker.click("#picker-results .studio-picker__pick a")
    expect(picker.locator("h1")).to_contain_text("Kettlebell Conditioning")
    assert picker.url.endswith("/programs/kettlebell-conditioning/")


def test_no_kit_and_little_time_still_gets_an_answer(picker: Page):
    given = answer(picker, "strength", "beginner", 1, 30, [])
    assert picks(picker) == by_the_rules(picker, given) and len(picks(picker)) == len(CATALOG.programs)
    expect(picker.locator(".studio-picker__group .studio-picker__pick")).to_have_count(3)
    expect(picker.locator(".studio-picker__group > p")).to_have_text(
        "No programme fits every answer, so here is what differs in each, the smallest differences first.")


def test_unanswered_questions_stop_the_form(picker: Page):
    picker.click("#picker-form button[type=submit]")
    expect(picker.locator("#picker-results")).to_be_hidden()
    expect(picker.locator("#picker-status")).to_have_text("")


@pytest.mark.parametrize("look, failing", [("light desktop", None), ("dark narrow", 0)])
def test_results_pass_axe(browser, site_url: str, look: str, failing: int | None):
    """tests/browser/test_accessibility.py checks the page as it loads; this checks it with results shown, the
    fold open and, in the second look, the "start here" box."""
    from test_accessibility import AXE, LOOKS, violations

    context = browser.new_context(**LOOKS[look])
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    page.goto(f"{site_url}/which-programme/", wait_until="load")
    answer(page, "strength", "beginner", 3, 60, HOME_GYM, failing=failing)
    page.click(".studio-picker__others summary")
    expect(page.locator(".studio-picker__others ol")).to_be_visible()
    assert violations(page) == []
    context.close()


def test_without_javascript_the_best_start_for_each_goal(browser, site_url: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/which-programme/")
    expect(page.locator("#picker-form")).to_be_hidden()
    nojs = page.locator("#picker-nojs")
    expect(nojs.locator(".studio-picker__goal")).to_have_text(["Strength", "Muscle size", "General fitness",
                                                                "Not sure yet"])
    strength = nojs.locator(".studio-picker__starts").first.locator("li")
    expect(strength).to_have_count(3)
    expect(strength.nth(0)).to_contain_text("Beginner: Novice Linear Progression A/B.")
    expect(strength.nth(1)).to_contain_text("Intermediate: Barbell Strength Foundations.")
    expect(strength.nth(2)).to_contain_text("Advanced: Peak Strength Block.")
    expect(nojs).to_contain_text("If the answer to any of them is no, start with Move Well First")
    page.click("text=browse every programme")
    assert page.url.endswith("/programs/")
    context.close()
