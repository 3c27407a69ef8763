"""The training view's domain side: its addresses, its page (every session of the plan, escaped), the calendar
events that open it and the scripts it loads."""

from __future__ import annotations

from datetime import date

from bs4 import BeautifulSoup
from readers import ics_events
from samples import PROGRAM, SITE

from studio import load_catalog
from studio.catalog import program_cells
from studio.downloads import calendar_bytes, program_data
from studio.presentation import href, program_page, session_anchor, training_page, training_url
from studio.render import page_scripts
from studio.views import environment, training_view

CATALOG = load_catalog(SITE)


def test_training_view_addresses():
    assert training_page("novice-linear-ab") == "programs/novice-linear-ab/train.md"
    assert training_url("novice-linear-ab") == "programs/novice-linear-ab/train/"
    assert session_anchor(3, 2) == "w3-s2"
    # From the programme page to its training view and back.
    assert href(program_page("x"), training_page("x")) == "train/"
    assert href(training_page("x"), program_page("x")) == "../"


def test_every_calendar_event_opens_its_session_in_the_training_view():
    program = CATALOG.program("novice-linear-ab")
    data = program_data(CATALOG.plan(program), CATALOG.exercise, program_cells(CATALOG, program))
    events = ics_events(calendar_bytes(data, "Studio", "https://example.org/sub/", date(2026, 11, 23)))
    urls = [str(e["url"]) for e in events]
    assert len(urls) == 36
    assert urls[:4] == [f"https://example.org/sub/programs/novice-linear-ab/train/#w{w}-s{s}"
                        for w, s in ((1, 1), (1, 2), (1, 3), (2, 1))]
    assert urls[-1] == "https://example.org/sub/programs/novice-linear-ab/train/#w12-s3"


def _page(catalog, slug: str) -> tuple[str, BeautifulSoup]:
    text = training_view(environment(), catalog, catalog.program(slug))
    return text, BeautifulSoup(text.split("---\n", 2)[2], "html.parser")


def test_the_page_lists_every_session_of_the_plan_with_its_loads_for_the_calculator():
    text, soup = _page(CATALOG, "novice-linear-ab")
    assert text.startswith("---\ntitle: 'Train: Novice Linear Progression A/B'\n")
    root = soup.find(id="studio-training")
    assert root["data-program"] == "novice-linear-ab"
    assert root["data-json"] == "../novice-linear-ab.json"  # the one expanded plan, as the JSON download has it
    sessions = soup.select("section.studio-train__session")
    assert len(sessions) == 36
    assert [s["id"] for s in sessions[:4]] == ["w1-s1", "w1-s2", "w1-s3", "w2-s1"]
    second = soup.find(id="w1-s2")
    assert second.h2.get_text() == "Week 1 · Workout B"
    squat = second.select("ol.studio-train__list > li")[0]
    assert squat.strong.get_text() == "A. Back squat"
    # Session 2 adds the 2.5 kg increase; the calculator turns each load into a weight from the start weight.
    loads = squat.select(".studio-load")
    assert [(s["data-kind"], s["data-add"], s["data-scale"], s.get_text()) for s in loads] == [
        ("start", "2.5", "1", "Start + 2.5 kg"),
        ("start", "2.5", "0.5", "50% of (start + 2.5 kg)"),
        ("start", "2.5", "0.75", "75% of (start + 2.5 kg)")]
    assert squat.select_one(".studio-warmup").get_text(" ", strip=True).startswith("Warm-up: Bar × 5, Bar × 5,")
    assert "rest 3–5 min" in squat.get_text()
    # The load calculator is on the page, so the view's weights come from the reader's own numbers.
    assert soup.find(id="studio-calculator")["data-program"] == "novice-linear-ab"
    assert soup.find(class_="studio-back").a["href"] == "../"


def test_conditioning_blocks_read_as_rounds_and_time():
    _, soup = _page(CATALOG, "conditioning-formats")
    first = soup.find(id="w1-s1").select_one("li.studio-train__block")
    assert first.get_text().startswith("AMRAP 12 min: 5 Pull-ups, 10 Push-ups, 15 Bodyweight squats — log rounds + reps")


def test_text_from_yaml_is_escaped(site):
    site.program(PROGRAM.replace("title: Test Strength", 'title: "Test <b>Strength</b> & \\"Co\\""')
                 .replace("load: 80%\n            rest: 3 min", "load: 80%\n            rest: 3 min\n"
                          "            notes: <script>alert(1)</script>"))
    catalog = load_catalog(site.root)
    text, soup = _page(catalog, "test-strength")
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert soup.find(id="studio-training")["data-title"] == 'Test <b>Strength</b> & "Co"'
    assert soup.find("b") is None


def test_the_training_view_loads_the_calculator_then_its_own_script():
    html = '<form class="studio-calc" id="studio-calculator"></form><div class="studio-train" id="studio-training">'
    assert page_scripts(html) == ["assets/studio.js", "assets/calculator.js", "assets/rules.js", "assets/training.js"]
    assert page_scripts("<p>id=&quot;studio-training&quot; written in prose</p>") == []
