"""The conditioning and bodyweight-ladder sample programmes in the built site: blocks read as blocks, pairs as
pairs and ladders as ladders on the page and in the PDF, CSV, JSON, spreadsheet and calendar, read back with real
readers."""

from __future__ import annotations

import json

import openpyxl
import pytest

from readers import csv_rows, download_schema, flat, ics_events, pdf_pages

pytestmark = pytest.mark.build

CONDITIONING, LADDERS = "conditioning-formats", "bodyweight-ladders"
AMRAP = "AMRAP 12 min: 5 Pull-ups, 10 Push-ups, 15 Bodyweight squats — log rounds + reps"
EMOM = ("EMOM 12 min, alternating: Minute 1: 15 Kettlebell swings @ RPE 7; Minute 2: 8 Burpees; "
        "Minute 3: 10 Kettlebell goblet squats @ RPE 6 — log the minutes done as written")
INTERVALS = "Intervals: 6 × 30 s Indoor row (hard, RPE 8-9), then 90 s Indoor row (easy) — log each effort's distance or reps"


def download(built, slug: str, ext: str):
    return built.site / "programs" / slug / f"{slug}.{ext}"


def test_the_page_shows_each_block_as_what_it_is_and_conditioning_in_minutes(built):
    page = built.page(f"programs/{CONDITIONING}/")
    heads = [th.get_text(" ", strip=True) for th in page.select(".studio-block .studio-superset__head th")]
    assert heads[0].startswith(AMRAP) and heads[2].startswith(EMOM) and heads[3].startswith(INTERVALS)
    assert heads[1].startswith("Optional: Circuit: 2 rounds, rest 30 s between rounds")
    assert heads[4].startswith("For time: 3 rounds, cap 12 min: 10 Kettlebell swings @ RPE 7, 10 Push-ups, "
                               "250 m Indoor row — log your time")
    amrap = page.select_one(".studio-block--amrap")
    assert [a["href"] for a in amrap.select("td[data-label=Exercise] a")][:3] == [
        "../../exercises/pull-up/", "../../exercises/negative-pull-up/", "../../exercises/ring-row/"]
    assert "or: Negative pull-up , Ring row" in amrap.get_text(" ", strip=True)
    facts = {div.dt.get_text(strip=True): div.dd.get_text(strip=True) for div in page.select(".studio-figures dl div")}
    # Weeks 1-3: 12 + 12 + 6 × 2 + 12 (cap) = 48 min; weeks 4-6: 16 + 15 + 8 × 2 + 15 = 62; the circuit is optional
    assert facts["Conditioning a week"] == "55 min"
    assert facts["Working sets a week"] == "3"  # the deadlifts only: blocks are not sets


def test_the_bodyweight_page_shows_pairs_ladders_alternatives_and_optional_work(built):
    page = built.page(f"programs/{LADDERS}/")
    heads = [th.get_text(" ", strip=True) for th in page.select(".studio-pair .studio-superset__head th")]
    assert heads[0] == "Pair B: do B1, rest 90 s, then B2, rest 90 s; repeat for every set"
    ladder = page.select(".studio-ladder")[2]
    assert ladder.get_text(" ", strip=True) == "Ladder: Split squat → Assisted pistol squat → Pistol squat"
    push = next(l for l in page.select(".studio-ladder") if "Diamond" in l.get_text())
    assert [a["href"] for a in push.select("a")] == ["../../exercises/incline-push-up/", "../../exercises/push-up/",
                                                     "../../exercises/diamond-push-up/",
                                                     "../../exercises/pseudo-planche-push-up/"]
    assert push.select_one("a[aria-current=step]").get_text(strip=True) == "Push-up"
    assert page.select_one(".studio-optional").find_parent("tr").select_one("a").get_text() == "Wall handstand hold"
    rests = [td.get_text(strip=True) for td in page.select(".studio-pair td[data-label=Rest]")]
    assert rests[:2] == ["90 s", "90 s"]
    exercise = built.page("exercises/pseudo-planche-push-up/")
    assert "Bodyweight Ladders" in exercise.get_text()


def test_the_pdf_gives_blocks_room_for_rounds_time_and_efforts(built):
    text = flat(" ".join(pdf_pages(download(built, CONDITIONING, "pdf"))))
    assert AMRAP in text and INTERVALS in text
    log = text[text.index("Week 1 log"):text.index("Week 2 log")]
    assert "AMRAP 12 min" in log and "Rounds + reps log rounds + reps" in log
    assert "Minutes done log the minutes done as written" in log
    assert "Effort 1 Effort 2 Effort 3 Effort 4 Effort 5 Effort 6" in log
    assert "Time or rounds + reps at the cap log your time" in log
    ladders = flat(" ".join(pdf_pages(download(built, LADDERS, "pdf"))))
    assert "Pair B: do B1, rest 90 s, then B2, rest 90 s; repeat for every set" in ladders
    assert "Ladder: Incline push-up › [Push-up] › Diamond push-up › Pseudo-planche push-up" in ladders
    assert "Wall handstand hold (optional)" in ladders


def test_the_csv_json_spreadsheet_and_calendar_show_blocks_as_blocks(built):
    rows = [r for r in csv_rows(download(built, CONDITIONING, "csv")) if r["week"] == "1" and r["session"] == "1"]
    assert [(r["order"], r["exercise"], r["reps"], r["block"], r["sets"]) for r in rows] == [
        ("A1", "Pull-up", "5", "AMRAP 12 min", ""), ("A2", "Push-up", "10", "AMRAP 12 min", ""),
        ("A3", "Bodyweight squat", "15", "AMRAP 12 min", ""),
        ("B1", "Hollow body hold", "20 s", "Optional: Circuit: 2 rounds, rest 30 s between rounds", ""),
        ("B2", "Side plank", "20 s each side", "Optional: Circuit: 2 rounds, rest 30 s between rounds", "")]
    assert (rows[0]["block_kind"], rows[0]["block_minutes"], rows[0]["log"], rows[0]["alternatives"]) == (
        "amrap", "12", "log rounds + reps", "or: Negative pull-up, Ring row")
    data = json.loads(download(built, CONDITIONING, "json").read_text(encoding="utf-8"))
    download_schema().validate(data)
    day = data["phases"][0]["days"][2]["exercises"]
    assert [(e["type"], e["kind"], e["minutes"]) for e in day] == [("block", "intervals", 12),
                                                                    ("block", "for time", 12)]
    assert day[0]["log_boxes"] == [f"Effort {n}" for n in range(1, 7)]
    book = openpyxl.load_workbook(download(built, CONDITIONING, "xlsx"))
    cells = [row[1] for row in book.worksheets[1].iter_rows(values_only=True)]
    assert "AMRAP 12 min — log rounds + reps" in cells and "Your score: Rounds" in cells
    events = ics_events(download(built, CONDITIONING, "ics").read_bytes())
    assert str(events[0]["description"]).startswith(f"A. {AMRAP}. About a minute a round")
    ladders = ics_events(download(built, LADDERS, "ics").read_bytes())
    assert "Pair B: do B1, rest 90 s, then B2, rest 90 s; repeat for every set\nB1. Pull-up: 3 × 5–8, rest 90 s, " \
           "or: Chin-up" in str(ladders[0]["description"])
    pairs = [r for r in csv_rows(download(built, LADDERS, "csv")) if r["week"] == "1" and r["session"] == "1"]
    assert [(r["order"], r["pair"], r["optional"]) for r in pairs[:3]] == [("A", "no", "yes"), ("B1", "yes", "no"),
                                                                          ("B2", "yes", "no")]
