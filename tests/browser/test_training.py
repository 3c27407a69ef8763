"""The training view in real Chromium: a session logged, kept and moved on from; the CSV and the backup; the rest
timer on Playwright's clock; the calendar's links; without JavaScript; axe and a phone's width."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect
from readers import ics_events
from sitecopy import ROOT

from studio.outputs import site_version, write_service_worker

pytestmark = pytest.mark.browser

SLUG = "novice-linear-ab"
TITLE = "Novice Linear Progression A/B"
START = {"Back squat": "60", "Bench press": "40", "Barbell row": "40", "Overhead press": "30", "Deadlift": "80"}
DAY = datetime(2026, 12, 7, 18, 30)
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# What the timer does at the end, recorded: vibration, the screen kept on, the sound.
SIGNALS = """
window.__signals = {vibrate: [], wake: [], released: 0, beeps: 0};
navigator.vibrate = pattern => { window.__signals.vibrate.push(pattern); return true; };
Object.defineProperty(navigator, "wakeLock", {configurable: true, value: {request: type => {
  window.__signals.wake.push(type);
  return Promise.resolve({release: () => { window.__signals.released += 1; return Promise.resolve(); }});
}}});
const oscillator = AudioContext.prototype.createOscillator;
AudioContext.prototype.createOscillator = function () { window.__signals.beeps += 1; return oscillator.call(this); };
"""


@pytest.fixture
def context(browser: Browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    yield context
    context.close()


def train_url(site_url: str, anchor: str = "") -> str:
    return f"{site_url}/programs/{SLUG}/train/" + (f"#{anchor}" if anchor else "")


def enter_numbers(page: Page, site_url: str) -> None:
    """The start weights, entered in the programme page's load calculator (which keeps them for the view)."""
    page.goto(f"{site_url}/programs/{SLUG}/", wait_until="networkidle")
    for lift, value in START.items():
        page.get_by_label(f"{lift} start weight").fill(value)


def open_view(page: Page, site_url: str, anchor: str = "") -> None:
    page.goto(train_url(site_url, anchor), wait_until="networkidle")
    expect(page.locator("#studio-train-app .studio-train__title")).to_be_visible()


def exercise(page: Page, name: str) -> Locator:
    return page.locator("li.studio-train__ex").filter(has=page.locator("h3", has_text=name))


def sets(page: Page, name: str) -> Locator:
    return exercise(page, name).locator("li.studio-train__set")


def log_first_session(page: Page, site_url: str) -> None:
    """Workout A, all nine sets ticked: the last squat set 2.5 kg lighter, four reps on the second bench set, a note."""
    page.clock.set_fixed_time(DAY)
    enter_numbers(page, site_url)
    open_view(page, site_url)
    expect(page.locator(".studio-train__title")).to_have_text("Week 1 · Workout A")
    squat = sets(page, "Back squat")
    expect(squat.nth(0).locator(".studio-train__weight")).to_have_value("60")
    squat.nth(2).get_by_role("button", name="Set 3: 2.5 kg less").click()
    expect(squat.nth(2).locator(".studio-train__weight")).to_have_value("57.5")
    sets(page, "Bench press").nth(1).locator(".studio-train__reps").fill("4")
    exercise(page, "Back squat").get_by_label("Notes on Back squat").fill("Felt heavy")
    exercise(page, "Back squat").get_by_label("Notes on Back squat").press("Tab")
    for name in ("Back squat", "Bench press", "Barbell row"):
        for n in range(3):
            sets(page, name).nth(n).locator(".studio-train__tick").click()
    page.locator("#studio-timer").get_by_role("button", name="Stop").click()
    page.get_by_role("button", name="Finish session").click()
    expect(page.locator(".studio-train__title")).to_have_text("Week 1 · Workout B")


def test_a_logged_session_is_kept_and_the_next_one_becomes_due(context: BrowserContext, site_url: str):
    page = context.new_page()
    log_first_session(page, site_url)
    expect(page.locator(".studio-train__message")).to_have_text(
        "Week 1 · Workout A is saved in your log. Next: Week 1 · Workout B.")
    page.reload(wait_until="networkidle")
    page.goto(train_url(site_url), wait_until="networkidle")  # no fragment: the view opens on the next session due
    expect(page.locator(".studio-train__title")).to_have_text("Week 1 · Workout B")
    expect(page.locator(".studio-train__state")).to_have_text("Your next session.")
    # Session 2 adds 2.5 kg to the squat; warm-ups are weights too: 50% and 75% of 62.5 kg, to the nearest 2.5 kg.
    expect(sets(page, "Back squat").nth(0).locator(".studio-train__weight")).to_have_value("62.5")
    expect(exercise(page, "Back squat").locator(".studio-train__warmups")).to_have_text(
        "Warm-up: Bar × 5, Bar × 5, 32.5 kg × 5, 47.5 kg × 3")
    picker = page.get_by_label("Session")
    expect(picker.locator("option").nth(0)).to_have_text("Week 1 · Workout A ✓")
    expect(picker.locator("option").nth(1)).to_have_text("Week 1 · Workout B (next)")
    picker.select_option("w1-s1")
    expect(page.locator(".studio-train__title")).to_have_text("Week 1 · Workout A")
    expect(page.locator(".studio-train__state")).to_have_text("Done on 2026-12-07.")
    assert page.url.endswith("/train/#w1-s1")
    squat = sets(page, "Back squat")
    assert [squat.nth(n).locator(".studio-train__weight").input_value() for n in range(3)] == ["60", "60", "57.5"]
    assert sets(page, "Bench press").nth(1).locator(".studio-train__reps").input_value() == "4"
    assert exercise(page, "Back squat").get_by_label("Notes on Back squat").input_value() == "Felt heavy"
    assert page.locator(".studio-train__tick[aria-pressed=true]").count() == 9
    log = page.evaluate(f"JSON.parse(localStorage.getItem('studio-training:{SLUG}'))")
    assert log["format"] == "kestrel-studio-training-log/1"
    assert log["sessions"]["w1-s1"]["finished"] is True
    assert log["sessions"]["w1-s1"]["exercises"]["A"]["sets"]["3"] == {
        "weight": "57.5", "unit": "kg", "reps": "5", "rpe": "", "done": True}


def test_the_csv_has_one_row_per_set_done(context: BrowserContext, site_url: str):
    page = context.new_page()
    log_first_session(page, site_url)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download CSV").click()
    assert info.value.suggested_filename == f"{SLUG}-log.csv"
    text = Path(info.value.path()).read_bytes().decode("utf-8")
    assert text.startswith("\ufeffdate,programme,week,session,exercise,set,weight,unit,reps,rpe,notes\r\n")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    common = ["2026-12-07", TITLE, "1", "1"]
    assert rows[1:] == [
        common + ["Back squat", "1", "60", "kg", "5", "", "Felt heavy"],
        common + ["Back squat", "2", "60", "kg", "5", "", "Felt heavy"],
        common + ["Back squat", "3", "57.5", "kg", "5", "", "Felt heavy"],
        common + ["Bench press", "1", "40", "kg", "5", "", ""],
        common + ["Bench press", "2", "40", "kg", "4", "", ""],
        common + ["Bench press", "3", "40", "kg", "5", "", ""],
        common + ["Barbell row", "1", "40", "kg", "5", "", ""],
        common + ["Barbell row", "2", "40", "kg", "5", "", ""],
        common + ["Barbell row", "3", "40", "kg", "5", "", ""],
    ]
    expect(page.locator(".studio-train__tools-status")).to_have_text(f"9 sets saved as {SLUG}-log.csv.")


def test_rpe_is_asked_where_the_programme_asks_for_it(context: BrowserContext, site_url: str):
    page = context.new_page()
    page.clock.set_fixed_time(DAY)
    page.goto(f"{site_url}/programs/barbell-strength-foundations/train/", wait_until="networkidle")
    expect(page.locator(".studio-train__title")).to_have_text("Week 1 · Day 1 — Squat and bench")
    squat = sets(page, "Back squat")
    expect(squat.nth(0).locator(".studio-train__target")).to_have_text("Target 5 reps @ RPE 7–8")
    squat.nth(0).get_by_label("Set 1 weight in kg").fill("100")
    squat.nth(0).get_by_label("Set 1 RPE").fill("7.5")
    squat.nth(0).locator(".studio-train__tick").click()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download CSV").click()
    rows = list(csv.reader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8-sig"), newline="")))
    assert rows[1:] == [["2026-12-07", "Barbell Strength Foundations", "1", "1", "Back squat", "1", "100", "kg", "5",
                         "7.5", ""]]
    # No RPE box where the programme gives weights to lift.
    page.goto(train_url(site_url), wait_until="networkidle")
    expect(page.locator(".studio-train__title")).to_have_text("Week 1 · Workout A")
    assert page.locator(".studio-train__rpe").count() == 0


def test_a_backup_restores_the_log_and_numbers_in_a_fresh_browser(browser: Browser, context: BrowserContext,
                                                                  site_url: str):
    page = context.new_page()
    log_first_session(page, site_url)
    with page.expect_download() as info:
        page.get_by_role("button", name="Save a backup").click()
    assert info.value.suggested_filename == "training-backup-2026-12-07.json"
    backup = Path(info.value.path())
    saved = json.loads(backup.read_text(encoding="utf-8"))
    assert saved["format"] == "kestrel-studio-backup/1"
    assert sorted(saved["items"]) == [f"studio-calculator:{SLUG}", f"studio-training:{SLUG}"]

    fresh = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        other = fresh.new_page()
        open_view(other, site_url)
        expect(other.locator(".studio-train__title")).to_have_text("Week 1 · Workout A")
        expect(sets(other, "Back squat").nth(0).locator(".studio-train__weight")).to_have_value("")
        other.locator("input[data-action=import]").set_input_files(str(backup))
        expect(other.locator(".studio-train__tools-status")).to_have_text("Backup restored: 2 items.")
        expect(other.locator(".studio-train__title")).to_have_text("Week 1 · Workout B")
        expect(sets(other, "Back squat").nth(0).locator(".studio-train__weight")).to_have_value("62.5")
        other.get_by_label("Session").select_option("w1-s1")
        assert sets(other, "Back squat").nth(2).locator(".studio-train__weight").input_value() == "57.5"
    finally:
        fresh.close()


def test_delete_my_data_forgets_the_log_and_the_numbers(context: BrowserContext, site_url: str):
    page = context.new_page()
    log_first_session(page, site_url)
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete my data").click()
    expect(page.locator(".studio-train__tools-status")).to_have_text(
        "Your log and numbers are deleted from this device.")
    expect(page.locator(".studio-train__title")).to_have_text("Week 1 · Workout A")
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('studio-'))") == []


def test_the_rest_timer_starts_on_a_tick_with_the_exercises_rest_and_signals_the_end(context: BrowserContext,
                                                                                      site_url: str):
    page = context.new_page()
    page.add_init_script(SIGNALS)
    page.clock.install(time=DAY)
    open_view(page, site_url)
    timer = page.locator("#studio-timer")
    expect(timer).to_be_hidden()
    sets(page, "Bench press").nth(0).locator(".studio-train__tick").click()  # rest 3 min
    expect(timer).to_be_visible()
    expect(timer.locator(".studio-timer__label")).to_have_text("Rest after Bench press, set 1")
    expect(timer.locator(".studio-timer__time")).to_have_text("3:00")
    page.clock.run_for("01:00")
    expect(timer.locator(".studio-timer__time")).to_have_text("2:00")
    assert page.evaluate("window.__signals") == {"vibrate": [], "wake": ["screen"], "released": 0, "beeps": 0}
    page.clock.run_for("01:59")
    expect(timer.locator(".studio-timer__time")).to_have_text("0:01")
    page.clock.run_for("00:01")
    expect(timer.locator(".studio-timer__time")).to_have_text("0:00")
    expect(timer).to_have_attribute("data-state", "done")
    expect(timer.locator(".studio-timer__status")).to_have_text("Rest over: time for your next set.")
    assert page.evaluate("window.__signals") == {"vibrate": [[300, 150, 300]], "wake": ["screen"], "released": 1,
                                                 "beeps": 1}
    # The barbell row rests 2–3 min: the timer takes the shorter.
    sets(page, "Barbell row").nth(0).locator(".studio-train__tick").click()
    expect(timer.locator(".studio-timer__time")).to_have_text("2:00")
    expect(timer).to_have_attribute("data-state", "running")


def test_a_calendar_events_link_opens_that_session(context: BrowserContext, site_url: str, built):
    events = ics_events((built.site / f"programs/{SLUG}/{SLUG}.ics").read_bytes())
    url = str(events[4]["url"])
    assert url.endswith(f"programs/{SLUG}/train/#w2-s2")
    page = context.new_page()
    page.goto(site_url + "/programs/" + url.split("/programs/", 1)[1], wait_until="networkidle")
    expect(page.locator(".studio-train__title")).to_have_text("Week 2 · Workout A")
    expect(page.get_by_label("Session")).to_have_value("w2-s2")


def test_without_javascript_the_view_reads_as_the_plan(browser: Browser, site_url: str):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(train_url(site_url, "w2-s2"), wait_until="load")
        expect(page.locator("#studio-train-app")).to_be_hidden()
        expect(page.locator(".studio-train__tools")).to_be_hidden()
        session = page.locator("#w2-s2")
        expect(session).to_be_in_viewport()
        expect(session.locator("h2")).to_have_text("Week 2 · Workout A")
        expect(session.locator("li").first).to_contain_text("A. Back squat: 3 × 5 @ Start + 10 kg, rest 3–5 min.")
    finally:
        context.close()


@pytest.mark.parametrize("look", ["light desktop", "dark phone"])
def test_no_accessibility_violations_with_a_session_open_and_the_timer_running(browser: Browser, site_url: str,
                                                                                 look: str):
    scheme, width = ("light", 1280) if look == "light desktop" else ("dark", 390)
    context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 844})
    try:
        page = context.new_page()
        page.clock.set_fixed_time(DAY)
        enter_numbers(page, site_url)
        open_view(page, site_url)
        page.locator(".studio-train__numbers > summary").click()
        sets(page, "Back squat").nth(0).locator(".studio-train__tick").click()
        expect(page.locator("#studio-timer")).to_be_visible()
        page.add_script_tag(path=str(AXE))
        found = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)["violations"]
        assert [f"{v['id']}: {[n['target'] for n in v['nodes'][:5]]}" for v in found] == []
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_phone_needs_no_sideways_scroll_and_every_control_is_thumb_sized(browser: Browser, site_url: str,
                                                                            scheme: str):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 390, "height": 844}, has_touch=True)
    try:
        page = context.new_page()
        enter_numbers(page, site_url)
        page.goto(f"{site_url}/programs/barbell-strength-foundations/train/", wait_until="networkidle")
        expect(page.locator(".studio-train__title")).to_be_visible()
        sets(page, "Back squat").nth(0).locator(".studio-train__tick").click()
        assert page.evaluate("document.documentElement.scrollWidth") == 390
        small = page.evaluate("""() => [...document.querySelectorAll(
            '#studio-train-app button, #studio-train-app input, #studio-train-app select, #studio-timer button,'
            + ' .studio-train__toolbar .md-button, .studio-train__numbers > summary')]
          .filter(el => el.offsetParent !== null || el.closest('.studio-timer'))
          .map(el => [el.className || el.tagName, el.getBoundingClientRect()])
          .filter(([name, box]) => box.height < 44 || box.width < 44)
          .map(([name, box]) => name + ' ' + Math.round(box.width) + 'x' + Math.round(box.height))""")
        assert small == []
        # A set's tick, weight and reps share one line on a phone.
        row = sets(page, "Back squat").nth(0)
        tops = [row.locator(s).bounding_box()["y"] for s in (".studio-train__tick", ".studio-train__weight",
                                                              ".studio-train__reps")]
        assert max(tops) - min(tops) < 20
    finally:
        context.close()


def test_an_opened_programme_works_offline(browser: Browser, site_url: str, built):
    sizes = [(built.site / f"programs/{SLUG}/{SLUG}.{ext}").stat().st_size for ext in ("json", "pdf")]
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(f"{site_url}/programs/{SLUG}/", wait_until="networkidle")
        expect(page.locator(".studio-train-link .studio-offline__status")).to_have_text(
            "Kept on this device: this programme works offline.", timeout=15000)
        context.set_offline(True)
        page.reload(wait_until="load")
        expect(page.locator("h1")).to_contain_text(TITLE)
        expect(page.locator(".studio-day").first).to_be_visible()
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"  # styled
        page.get_by_role("link", name="Train with this programme").click()
        expect(page.locator(".studio-train__title")).to_have_text("Week 1 · Workout A")  # JSON and scripts cached
        assert page.evaluate(f"""Promise.all(['../{SLUG}.json', '../{SLUG}.pdf'].map(u => fetch(u).then(
            r => r.arrayBuffer().then(b => [r.status, r.headers.get('content-type'), b.byteLength]))))""") == [
            [200, "application/json", sizes[0]], [200, "application/pdf", sizes[1]]]
        page.reload(wait_until="load")
        expect(page.locator(".studio-train__title")).to_have_text("Week 1 · Workout A")
        # A page never opened is not there, and says so.
        page.goto(f"{site_url}/programs/peak-strength-block/", wait_until="load")
        expect(page.locator("body")).to_contain_text("You are offline, and this page was not kept on this device.")
    finally:
        context.close()


def test_an_update_replaces_every_kept_file_at_once(browser: Browser, built, serve_site, tmp_path: Path):
    """A new build's worker fetches again everything the old one kept, then drops the old cache: offline, the
    visitor gets the new training view with the new script, never the one without the other."""
    site = tmp_path / "site"
    shutil.copytree(built.site, site)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        with serve_site(site) as url:
            page = context.new_page()
            page.goto(f"{url}/programs/{SLUG}/", wait_until="networkidle")
            expect(page.locator(".studio-train-link .studio-offline__status")).to_have_text(
                "Kept on this device: this programme works offline.", timeout=15000)
            old = page.evaluate("caches.keys()")
            assert old == [f"studio-offline-{site_version(site)}"]
            # The next build: a new line in the training view and in its script.
            view = site / f"programs/{SLUG}/train/index.html"
            view.write_text(view.read_text(encoding="utf-8").replace(
                '<div class="studio-train__plan">', '<p id="new-build">New build</p>\n<div class="studio-train__plan">'),
                encoding="utf-8")
            script = site / "assets/training.js"
            script.write_text(script.read_text(encoding="utf-8") + "\nwindow.newBuild = true;\n", encoding="utf-8")
            write_service_worker(site)
            new = [f"studio-offline-{site_version(site)}"]
            assert new != old
            page.reload(wait_until="networkidle")  # the next online visit finds the new worker
            page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
            for _ in range(75):  # wait_for_function does not wait for a promise's value: ask until the new one is in
                if page.evaluate("caches.keys()") == new:
                    break
                page.wait_for_timeout(200)
            assert page.evaluate("caches.keys()") == new  # the old cache is gone with the old worker
            context.set_offline(True)
            page.goto(f"{url}/programs/{SLUG}/train/", wait_until="load")
            expect(page.locator("#new-build")).to_have_text("New build")
            expect(page.locator(".studio-train__title")).to_have_text("Week 1 · Workout A")
            assert page.evaluate("window.newBuild") is True
    finally:
        context.close()


def test_a_personal_link_carries_the_numbers_in_its_fragment(browser: Browser, context: BrowserContext,
                                                             site_url: str):
    page = context.new_page()
    enter_numbers(page, site_url)
    page.get_by_role("button", name="Make a personal link").click()
    link = page.get_by_label("Personal link")
    expect(link).to_be_visible()
    expected = (f"{site_url}/programs/{SLUG}/train/#u=kg&s=2.5&Back+squat%7Cstart=60&Bench+press%7Cstart=40"
                "&Barbell+row%7Cstart=40&Overhead+press%7Cstart=30&Deadlift%7Cstart=80")
    assert link.input_value() == expected

    client = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        other = client.new_page()
        requested = []
        other.on("request", lambda request: requested.append(request.url))
        other.goto(f"{site_url}/programs/{SLUG}/train/#w1-s2&u=lb&s=5&Back+squat%7Cstart=135", wait_until="networkidle")
        expect(other.locator(".studio-train__title")).to_have_text("Week 1 · Workout B")
        # Start + 2.5 kg in pounds: 135 + 5.5 = 140.5, to the nearest 5 lb.
        expect(sets(other, "Back squat").nth(0).locator(".studio-train__weight")).to_have_value("140")
        assert other.url == f"{site_url}/programs/{SLUG}/train/#w1-s2"  # the numbers leave the address bar
        assert not [url for url in requested if "135" in url]  # and were never sent
        saved = other.evaluate(f"JSON.parse(localStorage.getItem('studio-calculator:{SLUG}'))")
        assert (saved["unit"], saved["step"], saved["maxes"]["Back squat|start"]) == ("lb", "5", "135")
        other.reload(wait_until="networkidle")
        expect(sets(other, "Back squat").nth(0).locator(".studio-train__weight")).to_have_value("140")
    finally:
        client.close()
