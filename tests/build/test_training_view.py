"""Each programme's training view, built for real: its page, how it is reached, and what search reads of it."""

from __future__ import annotations

import json

import pytest
from readers import ics_events
from sitecopy import SITE

from studio import load_catalog

pytestmark = pytest.mark.build
CATALOG = load_catalog(SITE)


def test_every_programme_has_a_training_view_linked_from_its_page(built):
    for program in CATALOG.programs:
        page = built.page(f"programs/{program.slug}/train/")
        assert page.h1.get_text(strip=True).removesuffix("¶") == f"Train: {program.title}"
        sessions = page.select("section.studio-train__session")
        assert len(sessions) == len(CATALOG.plan(program).sessions)
        link = built.page(f"programs/{program.slug}/").select_one(".studio-train-link a")
        assert (link["href"], link.get_text()) == ("train/", "Train with this programme")


def test_the_training_view_reads_the_plan_and_its_json(built):
    page = built.page("programs/novice-linear-ab/train/")
    root = page.find(id="studio-training")
    # The view builds each session from the programme's one JSON download, beside the programme page.
    data = json.loads((built.site / "programs/novice-linear-ab/train" / root["data-json"]).read_text())
    assert [(s["week"], s["session"], s["title"]) for s in data["sessions"][:2]] == [
        (1, 1, "Week 1 · Workout A"), (1, 2, "Week 1 · Workout B")]
    assert [s["id"] for s in page.select("section.studio-train__session")][-2:] == ["w12-s2", "w12-s3"]
    assert page.find(id="w12-s3").h2.get_text() == "Week 12 · Workout B"
    scripts = [s["src"].rsplit("/", 1)[-1] for s in page.select("script[src]")
               if "/assets/" in s["src"] and "javascripts/" not in s["src"]]
    assert scripts == ["studio.js", "calculator.js", "rules.js", "training.js", "offline.js"]
    # The JavaScript view, the timer and the log's tools are shown only with JavaScript.
    for node in (page.find(id="studio-train-app"), page.select_one(".studio-train__tools"),
                 page.select_one(".studio-train__numbers")):
        assert "studio-js-only" in node["class"]
    assert page.find(id="studio-timer").has_attr("hidden")
    assert [b.get_text() for b in page.select(".studio-train__toolbar button")] == [
        "Download CSV", "Save a backup", "Delete my data"]


def test_a_programme_without_numbers_to_enter_still_asks_for_the_unit(built):
    page = built.page("programs/kettlebell-conditioning/train/")
    form = page.find(id="studio-calculator")
    assert form["data-program"] == "kettlebell-conditioning"
    assert form.find("select", attrs={"name": "unit"}) is not None


def test_the_built_calendar_opens_each_session_in_the_training_view(built):
    events = ics_events((built.site / "programs/novice-linear-ab/novice-linear-ab.ics").read_bytes())
    site_url = str(events[0]["url"]).split("programs/")[0]
    assert [str(e["url"]).removeprefix(site_url) for e in events[:2]] == [
        "programs/novice-linear-ab/train/#w1-s1", "programs/novice-linear-ab/train/#w1-s2"]
    for event in events:
        anchor = str(event["url"]).rsplit("#", 1)[1]
        assert built.page("programs/novice-linear-ab/train/").find(id=anchor) is not None


def test_search_reads_a_short_line_of_the_training_view(built):
    index = json.loads((built.site / "search" / "search_index.json").read_text())
    texts = [d["text"] for d in index["docs"] if d["location"] == "programs/novice-linear-ab/train/"]
    assert texts == ["Train Novice Linear Progression A/B at the gym: tick off sets, time rests and keep your log on "
                     "this device."]


def test_the_site_is_installable_and_has_its_service_worker(built):
    head = built.page("programs/novice-linear-ab/train/").head
    assert head.find("link", rel="manifest")["href"] == "../../../manifest.webmanifest"
    assert head.find("meta", attrs={"name": "theme-color"})["content"] == "#00695c"
    manifest = json.loads((built.site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["name"] == "Kestrel Strength Studio"
    for icon in manifest["icons"]:
        assert (built.site / icon["src"]).is_file()
    worker = (built.site / "sw.js").read_text(encoding="utf-8")
    shell = json.loads(worker.split("var SHELL = ", 1)[1].split(";\n", 1)[0])
    assert shell[:4] == ["./", "programs/", "404.html", "manifest.webmanifest"]
    assert "assets/training.js" in shell and "assets/rules.js" in shell and "assets/offline.js" in shell
    for path in shell:
        assert (built.site / path).is_file() or (built.site / path / "index.html").is_file()
    # The programme page and its training view ask for the programme's four files to be kept.
    assert built.page("programs/novice-linear-ab/").select_one("[data-studio-offline]")["data-studio-offline"] == (
        "./ train/ novice-linear-ab.json novice-linear-ab.pdf")
    assert built.page("programs/novice-linear-ab/train/").select_one("[data-studio-offline]")["data-studio-offline"] == (
        "../ ./ ../novice-linear-ab.json ../novice-linear-ab.pdf")
