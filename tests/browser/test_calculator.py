"""The load calculator on a programme page, in real Chromium, on a copy of the site with two test programmes."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect
from sitecopy import BUILD_DATE, copy_site, run_build

from studio.plan import Target
from studio.views import environment

pytestmark = pytest.mark.browser

HEAD = """\
title: {title}
summary: A test programme for the load calculator.
description: Loads that need the reader's own numbers.
goal: strength
level: intermediate
weeks: {weeks}
sessions_per_week: {sessions}
session_minutes: 60
equipment: [barbell, squat rack, bench]
readiness:
  - Squat to depth with heels down
progression: Add weight when every set is done.
"""

# Day B's first session is the programme's second: the bench press has gone up by 5 kg once by then.
PERCENT = HEAD.format(title="Calculator One Rep Max", weeks=2, sessions=3) + """\
phases:
  - name: Base
    weeks: 2
    days:
      - name: Day A
        exercises:
          - exercise: Back squat
            sets: 3
            reps: 5
            load: 72.5%
          - exercise: Bench press
            sets: 3
            reps: 5
            load: start
            increase: 5 kg a session
          - exercise: Overhead press
            sets: 3
            reps: 8
            load: RPE 8
          - exercise: Deadlift
            sets: 1
            reps: 5
            load: 80-85% 5RM
      - name: Day B
        exercises:
          - exercise: Back squat
            sets: 3
            reps: 3
            load: 77%
          - exercise: Bench press
            sets: 3
            reps: 5
            load: start
            increase: 5 kg a session
"""

TRAINING_MAX = HEAD.format(title="Calculator Training Max", weeks=1, sessions=1) + """\
training_max: 90
phases:
  - name: Wave
    weeks: 1
    days:
      - name: Squat day
        exercises:
          - exercise: Back squat
            sets: 1
            reps: 5+
            load: 85% TM
"""

SQUAT_72 = ".studio-load[data-lift='Back squat'][data-low='72.5']"
SQUAT_77 = ".studio-load[data-lift='Back squat'][data-low='77']"
BENCH_START = ".studio-load[data-lift='Bench press'][data-kind='start'][data-add='0']"
BENCH_PLUS_5 = ".studio-load[data-lift='Bench press'][data-kind='start'][data-add='5']"
SQUAT_TM = ".studio-load[data-lift='Back squat'][data-basis='TM'][data-add='0']"
DEADLIFT = ".studio-load[data-lift='Deadlift']"


def expect_each(loads: Locator, text: str) -> None:
    """Every load the selector finds (day tables and week-by-week tables) reads `text`."""
    count = loads.count()
    assert count, "no such load on the page"
    expect(loads).to_have_text([text] * count)


@pytest.fixture(scope="module")
def calc_url(tmp_path_factory, serve_site):
    root = copy_site(tmp_path_factory.mktemp("calculator-site"))
    (root / "programs" / "calc-one-rep-max.yml").write_text(PERCENT, encoding="utf-8")
    (root / "programs" / "calc-training-max.yml").write_text(TRAINING_MAX, encoding="utf-8")
    build = run_build(root, build_date=BUILD_DATE)
    assert build.returncode == 0, build.output
    with serve_site(build.site) as url:
        yield url


@pytest.fixture
def errors(page: Page) -> list[str]:
    found: list[str] = []
    page.on("pageerror", lambda error: found.append(str(error)))
    return found


@pytest.fixture
def one_rm(page: Page, calc_url: str, errors: list[str]) -> Page:
    page.goto(f"{calc_url}/programs/calc-one-rep-max/", wait_until="load")
    expect(page.locator("#studio-calculator")).to_be_visible()
    yield page
    assert errors == []


def test_a_1rm_of_100_kg_with_a_2_5_kg_step(one_rm: Page):
    expect(one_rm.get_by_label("Smallest step")).to_have_value("2.5")
    expect(one_rm.get_by_label("Unit")).to_have_value("kg")
    one_rm.get_by_label("Back squat 1RM").fill("100")
    expect_each(one_rm.locator(SQUAT_72), "72.5 kg (72.5% 1RM)")
    expect_each(one_rm.locator(SQUAT_77), "77.5 kg (77% 1RM)")  # 77 kg to the nearest 2.5 kg
    expect(one_rm.locator(".studio-calc__status")).to_have_text("Weights in kg, rounded to the nearest 2.5 kg.")
    # The start weight is not entered yet: those loads read as written.
    expect_each(one_rm.locator(BENCH_PLUS_5), "Start + 5 kg")


def test_a_range_of_an_n_rep_max(one_rm: Page):
    one_rm.get_by_label("Deadlift 5-rep max").fill("150")
    expect_each(one_rm.locator(DEADLIFT), "120–127.5 kg (80–85% 5RM)")  # 120 and 127.5 kg
    expect(one_rm.locator("tr", has_text="Overhead press").locator("td[data-label=Load]")).to_have_text("RPE 8")


def test_a_start_weight_and_what_has_been_added(one_rm: Page):
    one_rm.get_by_label("Bench press start weight").fill("40")
    expect_each(one_rm.locator(BENCH_START), "40 kg (Start weight)")
    expect_each(one_rm.locator(BENCH_PLUS_5), "45 kg (Start + 5 kg)")
    expect_each(one_rm.locator(SQUAT_72), "72.5% 1RM")


def test_pounds_round_to_a_5_lb_step_and_convert_kg_increases(one_rm: Page):
    one_rm.get_by_label("Back squat 1RM").fill("100")
    one_rm.get_by_label("Bench press start weight").fill("100")
    one_rm.get_by_label("Deadlift 5-rep max").fill("120")
    one_rm.get_by_label("Unit").select_option("lb")
    # The step was the kg default, so it follows the unit.
    expect(one_rm.get_by_label("Smallest step")).to_have_value("5")
    expect_each(one_rm.locator(SQUAT_72), "75 lb (72.5% 1RM)")  # 72.5 lb
    expect_each(one_rm.locator(SQUAT_77), "75 lb (77% 1RM)")  # 77 lb
    # 100 lb + 5 kg (11.02 lb) = 111.02 lb: 110 lb; adding 5 lb instead would give 105 lb.
    expect_each(one_rm.locator(BENCH_PLUS_5), "110 lb (Start + 5 kg)")
    weights = one_rm.locator(".studio-load__weight").all_inner_texts()
    assert len(weights) == len(one_rm.locator(".studio-load").all())
    expect_each(one_rm.locator(DEADLIFT), "95–100 lb (80–85% 5RM)")  # 96 and 102 lb
    assert all(float(n) % 5 == 0 for w in weights for n in w.removesuffix(" lb").split("–")), weights
    expect(one_rm.locator(".studio-calc__status")).to_have_text("Weights in lb, rounded to the nearest 5 lb.")


def test_a_step_set_by_hand_stays_when_the_unit_changes(one_rm: Page):
    one_rm.get_by_label("Back squat 1RM").fill("100")
    one_rm.get_by_label("Smallest step").fill("1")
    expect_each(one_rm.locator(SQUAT_77), "77 kg (77% 1RM)")
    one_rm.get_by_label("Unit").select_option("lb")
    expect(one_rm.get_by_label("Smallest step")).to_have_value("1")
    expect_each(one_rm.locator(SQUAT_72), "73 lb (72.5% 1RM)")


def test_a_reload_keeps_the_values(one_rm: Page):
    one_rm.get_by_label("Back squat 1RM").fill("140")
    one_rm.get_by_label("Bench press start weight").fill("60")
    one_rm.get_by_label("Unit").select_option("lb")
    one_rm.get_by_label("Smallest step").fill("2.5")
    one_rm.reload(wait_until="load")
    expect(one_rm.get_by_label("Back squat 1RM")).to_have_value("140")
    expect(one_rm.get_by_label("Bench press start weight")).to_have_value("60")
    expect(one_rm.get_by_label("Unit")).to_have_value("lb")
    expect(one_rm.get_by_label("Smallest step")).to_have_value("2.5")
    expect_each(one_rm.locator(SQUAT_72), "102.5 lb (72.5% 1RM)")  # 101.5 lb


def test_clearing_forgets_the_values(one_rm: Page):
    one_rm.get_by_label("Back squat 1RM").fill("100")
    expect_each(one_rm.locator(SQUAT_72), "72.5 kg (72.5% 1RM)")
    one_rm.get_by_role("button", name="Clear my numbers").click()
    expect(one_rm.get_by_label("Back squat 1RM")).to_have_value("")
    expect_each(one_rm.locator(SQUAT_72), "72.5% 1RM")
    one_rm.reload(wait_until="load")
    expect(one_rm.get_by_label("Back squat 1RM")).to_have_value("")
    expect_each(one_rm.locator(SQUAT_72), "72.5% 1RM")


def test_a_training_max_is_a_share_of_the_1rm_and_values_are_per_programme(one_rm: Page, calc_url: str):
    one_rm.get_by_label("Back squat 1RM").fill("120")
    one_rm.goto(f"{calc_url}/programs/calc-training-max/", wait_until="load")
    squat = one_rm.get_by_label("Back squat 1RM")
    expect(squat).to_have_value("")  # the other programme's number stays with it
    expect(one_rm.locator(".studio-calc__hint").first).to_contain_text("90% of your 1RM")
    squat.fill("100")
    expect(one_rm.locator(".studio-calc__tm")).to_have_text("Training max 90 kg")
    expect_each(one_rm.locator(SQUAT_TM), "77.5 kg (85% TM)")  # 76.5 kg to the nearest 2.5 kg


def test_a_cycle_increase_raises_the_training_max_in_the_chosen_unit(page: Page, calc_url: str, errors: list[str]):
    # A later cycle's load, as the page macro renders it, added before the calculator starts.
    later = Target("percent", 85, 85, "kg", basis="TM", add=5)
    span = '<p id="later">' + str(environment().get_template("_load.html.j2").module.load(later, "Back squat")) + "</p>"
    page.add_init_script("document.addEventListener('DOMContentLoaded', function () {"
                         f"document.querySelector('article').insertAdjacentHTML('beforeend', {span!r}); }});")
    page.goto(f"{calc_url}/programs/calc-training-max/", wait_until="load")
    raised = page.locator("#later .studio-load")
    expect(raised).to_have_text("85% (TM + 5 kg)")
    page.get_by_label("Back squat 1RM").fill("100")
    expect(raised).to_have_text("80 kg (85% (TM + 5 kg))")  # (90 + 5) × 85% = 80.75 kg
    page.get_by_label("Unit").select_option("lb")
    page.get_by_label("Back squat 1RM").fill("200")
    expect(raised).to_have_text("160 lb (85% (TM + 5 kg))")  # (180 + 11.02) × 85% = 162.4 lb; + 5 lb would be 155
    assert errors == []


def test_a_page_without_relative_loads_has_no_calculator(page: Page, calc_url: str, errors: list[str]):
    page.goto(f"{calc_url}/programs/strength-and-size/", wait_until="load")
    assert page.locator("#studio-calculator").count() == 0
    page.goto(f"{calc_url}/programs/", wait_until="load")
    assert errors == []


@pytest.mark.parametrize("stored", [
    "not json",
    "[1, 2]",
    '{"unit": "<img src=x onerror=alert(1)>", "step": -5, "maxes": {"Back squat|1RM": {"x": 1}}}',
    '{"unit": "lb", "step": "abc", "maxes": "100"}',
])
def test_whatever_is_in_storage_the_calculator_starts_clean(page: Page, calc_url: str, errors: list[str], stored):
    page.add_init_script(f"localStorage.setItem('studio-calculator:calc-one-rep-max', {stored!r});")
    page.goto(f"{calc_url}/programs/calc-one-rep-max/", wait_until="load")
    expect(page.get_by_label("Unit")).to_have_value("lb" if '"lb"' in stored else "kg")
    expect(page.get_by_label("Smallest step")).to_have_value("5" if '"lb"' in stored else "2.5")
    expect(page.get_by_label("Back squat 1RM")).to_have_value("")
    expect_each(page.locator(SQUAT_72), "72.5% 1RM")
    page.get_by_label("Back squat 1RM").fill("100")
    expect_each(page.locator(SQUAT_72), "75 lb (72.5% 1RM)" if '"lb"' in stored else "72.5 kg (72.5% 1RM)")
    assert errors == []


def test_without_javascript_the_percentages_show(browser, calc_url: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{calc_url}/programs/calc-one-rep-max/")
    expect(page.locator("#studio-calculator")).to_be_hidden()
    expect_each(page.locator(SQUAT_72), "72.5% 1RM")
    expect_each(page.locator(SQUAT_77), "77% 1RM")
    expect_each(page.locator(BENCH_PLUS_5), "Start + 5 kg")
    page.goto(f"{calc_url}/programs/calc-training-max/")
    expect_each(page.locator(SQUAT_TM), "85% TM")
    context.close()
