"""In the built site: where every set went, ranges of sets and of times, rests and notes, on the page and
in every download, read with real readers."""

from __future__ import annotations

import json

import pytest

from readers import csv_rows, flat, ics_events, pdf_pages, set_rows
from sitecopy import SITE
from studio import load_catalog

pytestmark = pytest.mark.build
CATALOG = load_catalog(SITE)


def download(built, slug: str, ext: str):
    return built.site / "programs" / slug / f"{slug}.{ext}"


def shares(built, slug: str) -> dict[str, int]:
    node = built.page(f"programs/{slug}/").select_one(".studio-shares")
    return {div.dt.get_text(strip=True): int(div.dd.get_text(strip=True).rstrip("%")) for div in node.select("div")}


@pytest.mark.parametrize("program", CATALOG.programs, ids=lambda p: p.slug)
def test_every_programme_page_shows_where_every_set_went(built, program):
    shown = shares(built, program.slug)
    figures = CATALOG.figures(program)
    assert list(shown) == [f"{s.name} ({s.range_label})" for s in CATALOG.goal_styles] + ["Outside these ranges"]
    assert shown["Outside these ranges"] == round(figures.other_share * 100)
    assert abs(sum(shown.values()) - 100) <= len(shown) // 2  # each share rounded to a whole percent
    weekly = built.page(f"programs/{program.slug}/").select_one(".studio-weekly-figures thead")
    assert "Outside these ranges" in weekly.get_text()


def test_a_programme_with_reps_between_the_styles_counts_them_where_they_share_most_reps(built):
    # Bodyweight Ladders' 5-8 rep ladders, and the 5-8 chin-ups of Barbell Strength Foundations, fall between
    # strength (1-6) and hypertrophy (8-15) and share 5 and 6 with strength: they count as strength (they were shown
    # outside both: 67% and 4%). The ladders' holds are counted in minutes, not as sets.
    ladders = shares(built, "bodyweight-ladders")
    assert ladders["Outside these ranges"] == 0 and ladders["Strength (1–6 reps)"] == 86
    assert shares(built, "barbell-strength-foundations")["Outside these ranges"] == 0
    assert shares(built, "kettlebell-conditioning")["Outside these ranges"] == 0  # 5-8 and 6-8 (half to each)
    note = built.page("programs/kettlebell-conditioning/").select_one(".studio-figures .studio-compare__note").get_text()
    assert "every set is counted once" in note and "8 minutes of general warm-up on every day" in note
    assert "the set figures count the lower number" in note


def test_a_set_range_on_the_page_and_in_every_download(built):
    slug = "hypertrophy-upper-lower"
    rows = [tr for tr in built.page(f"programs/{slug}/").select(".studio-day tr") if "Lat pulldown" in tr.get_text()]
    assert rows and rows[0].select_one('td[data-label="Sets × reps"]').get_text(strip=True) == "3–4 × 10–12"
    pdf = flat(" ".join(pdf_pages(download(built, slug, "pdf"))))
    assert "3–4 × 10–12" in pdf and "optional: 10–12 @ 1–2 RIR" in pdf
    csv = [r for r in csv_rows(download(built, slug, "csv")) if r["exercise"] == "Lat pulldown" and r["session"] == "1"]
    assert [(r["set_from"], r["set_to"], r["optional"]) for r in csv] == [("1", "3", "no"), ("4", "4", "yes")]
    data = json.loads(download(built, slug, "json").read_text(encoding="utf-8"))
    pulldown = next(e for d in data["phases"][0]["days"] for e in d["exercises"] if e.get("exercise") == "Lat pulldown")
    assert (pulldown["sets"], pulldown["sets_min"], pulldown["sets_text"]) == (4, 3, "3–4")
    sheet = [r for r in set_rows(download(built, slug, "xlsx")) if r["Exercise"] == "Lat pulldown" and r["week"] == 1
             and r["session"] == 1]
    assert [r["Set"] for r in sheet] == [1, 2, 3, 4] and sheet[3]["Notes"].startswith("Optional set: 3–4 sets")
    events = ics_events(download(built, slug, "ics").read_bytes())
    assert "Lat pulldown: 3–4 × 10–12 @ 1–2 RIR, rest 90 s. Pause for a second" in str(events[0]["description"])


def test_a_timed_range_on_the_page_and_in_every_download(built):
    slug = "dumbbell-full-body-ab"
    page = built.page(f"programs/{slug}/").get_text(" ", strip=True)
    assert "2 × 20–30 s each side" in page
    assert "2 × 20–30 s each side" in flat(" ".join(pdf_pages(download(built, slug, "pdf"))))
    plank = next(r for r in csv_rows(download(built, slug, "csv")) if r["exercise"] == "Side plank")
    assert (plank["reps"], plank["seconds"], plank["seconds_high"]) == ("20–30 s", "20", "30")
    data = json.loads(download(built, slug, "json").read_text(encoding="utf-8"))
    sets = [s for session in data["sessions"] for e in session["exercises"] if e["exercise"] == "Side plank"
            for s in e["sets"]]
    # Phase 1 holds for 20-30 s; phase 2 for 30 s.
    assert {(s["reps"]["text"], s["reps"]["seconds"], s["reps"]["seconds_high"]) for s in sets} == {
        ("20–30 s", 20, 30), ("30 s", 30, 30)}
    assert {r["Reps"] for r in set_rows(download(built, slug, "xlsx")) if r["Exercise"] == "Side plank"} == {
        "20–30 s each side", "30 s each side"}
    assert any("Side plank: 2 × 20–30 s each side" in str(e["description"])
               for e in ics_events(download(built, slug, "ics").read_bytes()))


def test_rotation_labels_count_programme_weeks_and_carry_into_the_next_phase(built):
    text = built.page("programs/dumbbell-full-body-ab/").select(".studio-rotation")
    assert [p.get_text(" ", strip=True) for p in text] == [
        "Weeks 1 and 3: Day A · Day B · Day A Weeks 2 and 4: Day B · Day A · Day B",
        "Weeks 5 and 7: Day A · Day B · Day A Week 6: Day B · Day A · Day B",
        "Week 8: Day B · Day A · Day B",  # the deload carries the rotation on from week 7
    ]


def test_superset_notes_reach_the_csv_and_the_calendar(built):
    slug = "kettlebell-conditioning"
    notes = [r["superset_notes"] for r in csv_rows(download(built, slug, "csv")) if r["superset_notes"]]
    assert notes[0] == "A circuit. Move straight from one exercise to the next and rest after each round."
    first = str(ics_events(download(built, slug, "ics").read_bytes())[0]["description"])
    assert "A circuit. Move straight from one exercise to the next and rest after each round." in first
