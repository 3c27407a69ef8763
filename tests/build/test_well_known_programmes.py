"""Four well-known public programmes, written fresh as test content (tests/programs/): a 5/3/1 Boring But Big-style
wave with warm-ups as shares of the training max and a deload week without the assistance, a GZCLP-style rotation
with each lift at two tiers, a Texas Method-style week whose volume and light days are shares of other days, and a
StrongLifts-style 5 × 5 with warm-ups at the bar and a deload after three misses. (The training-max wave and the
run/walk plan of tests/build/test_week_by_week_outputs.py are the other two.)

Every number below is worked out by hand from the reader's numbers named in each test, for week 1, week 2 and a
later week or cycle, and checked in the page's training view, the PDF's text, the CSV, the JSON (against its schema)
and the spreadsheet, recalculated by LibreOffice."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from readers import csv_rows, download_schema, flat, input_cells, libreoffice_recalculate_all, pdf_pages, set_rows
from sitecopy import copy_site, run_build

from studio.downloads import INPUTS, UNIT_CELL

pytestmark = pytest.mark.build

PROGRAMS = Path(__file__).resolve().parent.parent / "programs"
BBB, TIERS, TEXAS, FIVES = "test-five-three-one-bbb", "test-gzclp", "test-texas-method", "test-five-by-five"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = copy_site(tmp_path_factory.mktemp("well-known") / "site")
    for slug in (BBB, TIERS, TEXAS, FIVES):
        shutil.copy(PROGRAMS / f"{slug.removeprefix('test-')}.yml", root / "programs" / f"{slug}.yml")
    build = run_build(root)
    assert build.returncode == 0, build.output
    return build


def download(build, slug: str, ext: str) -> Path:
    return build.site / "programs" / slug / f"{slug}.{ext}"


def session_text(build, slug: str, week: int, session: int) -> str:
    return build.page(f"programs/{slug}/train/").find(id=f"w{week}-s{session}").get_text(" ", strip=True)


def pdf_text(build, slug: str) -> str:
    return " ".join(map(flat, pdf_pages(download(build, slug, "pdf"))))


def json_sessions(build, slug: str) -> dict:
    data = json.loads(download(build, slug, "json").read_text(encoding="utf-8"))
    assert not list(download_schema().iter_errors(data))
    return {(s["week"], s["session"]): s for s in data["sessions"]}


def loads(session: dict, exercise: str, warmups: bool = False) -> list[str]:
    return [s["load"]["text"] for e in session["exercises"] if e["exercise"] == exercise
            for s in e["warmups" if warmups else "sets"]]


@pytest.fixture(scope="module")
def recalculated(site, tmp_path_factory):
    """Each programme's spreadsheet with the reader's numbers typed in (kg), recalculated by LibreOffice."""
    if not shutil.which("soffice"):
        pytest.skip("needs LibreOffice Calc: run scripts/ensure-libreoffice.sh")
    folder = tmp_path_factory.mktemp("well-known-sheets")
    numbers = {
        BBB: {("Overhead press", "1RM"): 60, ("Deadlift", "1RM"): 180, ("Bench press", "1RM"): 100,
              ("Back squat", "1RM"): 150},
        TIERS: {("Back squat (T1)", "Start weight"): 60, ("Back squat (T2)", "Start weight"): 50,
                ("Bench press (T1)", "Start weight"): 50, ("Bench press (T2)", "Start weight"): 40},
        TEXAS: {("Back squat", "Start weight"): 100, ("Bench press", "Start weight"): 70},
        FIVES: {("Back squat", "Start weight"): 40, ("Deadlift", "Start weight"): 50},
    }
    sources = []
    for slug, typed in numbers.items():
        book = openpyxl.load_workbook(download(site, slug, "xlsx"))
        cells = input_cells(book)
        book[INPUTS][UNIT_CELL] = "kg"
        for key, value in typed.items():
            book[INPUTS][cells[key]] = value
        book.save(folder / f"{slug}.xlsx")
        sources.append(folder / f"{slug}.xlsx")
    done = libreoffice_recalculate_all(sources, folder)
    return {slug: set_rows(path, data_only=True) for slug, path in zip(numbers, done)}


def sheet_loads(rows: list[dict], exercise: str, week: int, session: int, warmups: bool = False) -> list:
    return [r["Load"] for r in rows if r["Exercise"] == exercise and r["week"] == week and r["session"] == session
            and isinstance(r["Set"], int) != warmups]


# ---------------------------------------------------------------- 5/3/1 Boring But Big: training maxes of 1RMs
# Press 60, deadlift 180, bench press 100, squat 150 kg; training max 90%: 54, 162, 90 and 135 kg.


def test_bbb_sessions_pdf_csv_and_json(site):
    week1, week4, week5 = (session_text(site, BBB, week, 4) for week in (1, 4, 5))
    assert ("A. Back squat : 2 × 5, 1 × 5+ @ 65% TM / 75% TM / 85% TM , rest 3 min. Warm-up: 40% TM × 5, "
            "50% TM × 5, 60% TM × 3. B. Back squat : 5 × 10 @ 50% TM") in week1
    assert "Warm-up" not in week4 and "5 × 10" not in week4 and "Hanging knee raise" not in week4  # the deload
    assert "3 × 5 @ 40% TM / 50% TM / 60% TM" in week4
    assert "Warm-up: 40% (TM + 5 kg) × 5, 50% (TM + 5 kg) × 5, 60% (TM + 5 kg) × 3" in week5
    assert "5 × 10 @ 50% (TM + 5 kg)" in week5
    week2 = session_text(site, BBB, 2, 1)
    assert "A. Overhead press : 2 × 3, 1 × 3+ @ 70% TM / 80% TM / 90% TM" in week2
    assert "5 × 10 @ 50% (TM + 2.5 kg)" in session_text(site, BBB, 5, 1)  # the press goes up 2.5 kg a cycle

    sessions = json_sessions(site, BBB)
    assert loads(sessions[(1, 4)], "Back squat") == ["65% TM", "75% TM", "85% TM"] + ["50% TM"] * 5
    assert loads(sessions[(1, 4)], "Back squat", warmups=True) == ["40% TM", "50% TM", "60% TM"]
    assert loads(sessions[(4, 4)], "Back squat") == ["40% TM", "50% TM", "60% TM"]
    assert loads(sessions[(4, 4)], "Back squat", warmups=True) == []
    assert loads(sessions[(5, 4)], "Back squat", warmups=True) == ["40% (TM + 5 kg)", "50% (TM + 5 kg)",
                                                                   "60% (TM + 5 kg)"]
    rows = [r for r in csv_rows(download(site, BBB, "csv")) if r["exercise"] == "Back squat"]
    assert [(r["week"], r["load"], r["sets"], r["reps"]) for r in rows if r["week"] in ("4", "5")] == [
        ("4", "40% TM", "1", "5"), ("4", "50% TM", "1", "5"), ("4", "60% TM", "1", "5"),
        ("5", "65% (TM + 5 kg)", "1", "5"), ("5", "75% (TM + 5 kg)", "1", "5"), ("5", "85% (TM + 5 kg)", "1", "5+"),
        ("5", "50% (TM + 5 kg)", "5", "10")]
    assert rows[0]["warmups"] == "40% TM × 5, 50% TM × 5, 60% TM × 3"
    text = pdf_text(site, BBB)
    assert "40% (TM + 5 kg)" in text and "60% (TM + 2.5 kg)" in text and "85% (TM + 5 kg)" in text


@pytest.mark.slow
def test_bbb_spreadsheet(recalculated):
    rows = recalculated[BBB]
    # Squat, training max 135: 65% 87.75 → 87.5, 75% 101.25 → 102.5 (40.5 steps, half up), 85% 114.75 → 115;
    # warm-ups 54 → 55, 67.5, 81 → 80; the 5 × 10 at 67.5.
    assert sheet_loads(rows, "Back squat", 1, 4) == [87.5, 102.5, 115] + [67.5] * 5
    assert sheet_loads(rows, "Back squat", 1, 4, warmups=True) == [55, 67.5, 80]
    # Week 2: 94.5 → 95, 108 → 107.5, 121.5 → 122.5.
    assert sheet_loads(rows, "Back squat", 2, 4)[:3] == [95, 107.5, 122.5]
    # The deload: the working sets only, 54 → 55, 67.5, 81 → 80.
    assert sheet_loads(rows, "Back squat", 4, 4) == [55, 67.5, 80]
    assert sheet_loads(rows, "Back squat", 4, 4, warmups=True) == []
    # Cycle 2, training max 140: 91 → 90, 105, 119 → 120; warm-ups 56 → 55, 70, 84 → 85; the 5 × 10 at 70.
    assert sheet_loads(rows, "Back squat", 5, 4) == [90, 105, 120] + [70] * 5
    assert sheet_loads(rows, "Back squat", 5, 4, warmups=True) == [55, 70, 85]
    # Press, training max 54: 35.1 → 35, 40.5 → 40, 45.9 → 45; warm-ups 21.6 → 22.5, 27 → 27.5, 32.4 → 32.5.
    assert sheet_loads(rows, "Overhead press", 1, 1)[:3] == [35, 40, 45]
    assert sheet_loads(rows, "Overhead press", 1, 1, warmups=True) == [22.5, 27.5, 32.5]
    # Deadlift, training max 162: 105.3 → 105, 121.5 → 122.5, 137.7 → 137.5.
    assert sheet_loads(rows, "Deadlift", 1, 2)[:3] == [105, 122.5, 137.5]


# ---------------------------------------------------------------- GZCLP: each lift at two tiers
# Four days in rotation over three sessions a week: A1, B1, A2 | B2, A1, B1 | A2, B2, A1 | B1, A2, B2 | A1, ...
# The squat is T1 on A1 (start 60 kg, +5 kg each A1) and T2 on A2 (start 50 kg, +5 kg each A2); the bench press
# T2 on A1 (start 40 kg, +2.5 kg) and T1 on A2 (start 50 kg, +2.5 kg).


def test_tiers_sessions_pdf_csv_and_json(site):
    assert session_text(site, TIERS, 1, 1).startswith(
        "Week 1 · Day A1 A. Back squat : 4 × 3, 1 × 3+ @ Start weight , rest 3–5 min. Rule: Every rep made: add 5 kg. "
        "If you miss a rep: move to the next stage. Stages: 5 × 3+, then 6 × 2+, then 10 × 1+; after the last, back "
        "to 5 × 3+ at 85% of the load. B. Bench press : 3 × 10 @ Start weight")
    # Week 2's A1 is the squat's second T1 session, whatever the T2 sessions between.
    assert "A. Back squat : 4 × 3, 1 × 3+ @ Start + 5 kg" in session_text(site, TIERS, 2, 2)
    assert "B. Back squat : 3 × 10 @ Start + 5 kg" in session_text(site, TIERS, 3, 1)  # the second A2
    assert "A. Back squat : 4 × 3, 1 × 3+ @ Start + 15 kg" in session_text(site, TIERS, 5, 1)  # the fourth A1

    sessions = json_sessions(site, TIERS)
    squat = [(week, n, e["sets"][0]["load"]["text"], e["sets"][0]["load"]["lift"]) for (week, n), s in sessions.items()
             for e in s["exercises"] if e["exercise"] == "Back squat" and week <= 3]
    assert squat == [(1, 1, "Start weight", "Back squat (T1)"), (1, 3, "Start weight", "Back squat (T2)"),
                     (2, 2, "Start + 5 kg", "Back squat (T1)"), (3, 1, "Start + 5 kg", "Back squat (T2)"),
                     (3, 3, "Start + 10 kg", "Back squat (T1)")]
    rules = next(e for e in sessions[(1, 1)]["exercises"] if e["exercise"] == "Back squat")
    rows = [r for r in csv_rows(download(site, TIERS, "csv")) if r["exercise"] == "Bench press" and r["set_from"] == "1"]
    assert [(r["week"], r["session_in_week"], r["sets"], r["reps"], r["load"]) for r in rows][:4] == [
        ("1", "1", "3", "10", "Start weight"), ("1", "3", "4", "3", "Start weight"),
        ("2", "2", "3", "10", "Start + 2.5 kg"), ("3", "1", "4", "3", "Start + 2.5 kg")]
    assert rows[0]["rule"].startswith("Every rep made: add 2.5 kg. If you miss a rep: move to the next stage. "
                                      "Stages: 3 × 10, then 3 × 8, then 3 × 6")
    assert rules["sets"][4]["reps"]["kind"] == "amrap"
    text = pdf_text(site, TIERS)
    assert "Stages: 5 × 3+, then 6 × 2+, then 10 × 1+" in text and "Start + 15 kg" in text


@pytest.mark.slow
def test_tiers_spreadsheet(recalculated):
    rows = recalculated[TIERS]
    assert [sheet_loads(rows, "Back squat", week, n)[0] for week, n in ((1, 1), (2, 2), (3, 3), (5, 1))] == [
        60, 65, 70, 75]  # T1: every A1
    assert [sheet_loads(rows, "Back squat", week, n)[0] for week, n in ((1, 3), (3, 1), (4, 2), (5, 3))] == [
        50, 55, 60, 65]  # T2: every A2
    assert [sheet_loads(rows, "Bench press", week, n)[0] for week, n in ((1, 1), (2, 2), (3, 3), (5, 1))] == [
        40, 42.5, 45, 47.5]  # T2 on A1
    assert [sheet_loads(rows, "Bench press", week, n)[0] for week, n in ((1, 3), (3, 1), (4, 2), (5, 3))] == [
        50, 52.5, 55, 57.5]  # T1 on A2
    assert sheet_loads(rows, "Lat pulldown", 1, 1) == [None] * 3  # no start weight typed: nothing made up


# ---------------------------------------------------------------- Texas Method: shares of other days
# Squat top set of five from 100 kg (+2.5 kg a week), bench press from 70 kg. Monday is 90% of last week's Friday
# (week 1, with no week before, of its own Friday); Wednesday's squat is 80% of Monday: 72% of a Friday.


def test_texas_sessions_pdf_csv_and_json(site):
    assert "A. Back squat : 5 × 5 @ 90% of (start weight)" in session_text(site, TEXAS, 2, 1)
    assert "A. Back squat : 2 × 5 @ 72% of (start weight)" in session_text(site, TEXAS, 2, 2)
    assert "A. Back squat : 1 × 5 @ Start + 2.5 kg" in session_text(site, TEXAS, 2, 3)
    assert "A. Back squat : 5 × 5 @ 90% of (start + 5 kg)" in session_text(site, TEXAS, 4, 1)
    assert "A. Back squat : 2 × 5 @ 72% of (start + 5 kg)" in session_text(site, TEXAS, 4, 2)
    sessions = json_sessions(site, TEXAS)
    monday = sessions[(4, 1)]["exercises"][0]["sets"][0]["load"]
    assert (monday["kind"], monday["scale"], monday["add"]) == ("start", 0.9, 5)
    wednesday = sessions[(4, 2)]["exercises"][0]["sets"][0]["load"]
    assert (wednesday["scale"], wednesday["add"], wednesday["via"]) == (0.72, 5, "80% of Volume day")
    assert loads(sessions[(2, 3)], "Back squat", warmups=True) == [
        "Bar", "40% of (start + 2.5 kg)", "60% of (start + 2.5 kg)", "80% of (start + 2.5 kg)"]
    rows = [r for r in csv_rows(download(site, TEXAS, "csv")) if r["exercise"] == "Back squat"]
    assert [(r["week"], r["day_name"], r["load"], r["load_scale"]) for r in rows if r["week"] == "4"] == [
        ("4", "Volume day", "90% of (start + 5 kg)", "0.9"), ("4", "Light day", "72% of (start + 5 kg)", "0.72"),
        ("4", "Intensity day", "Start + 7.5 kg", "1")]
    text = pdf_text(site, TEXAS)
    assert "72% of (start + 5 kg)" in text and "90% of (start + 2.5 kg)" in text


@pytest.mark.slow
def test_texas_spreadsheet(recalculated):
    rows = recalculated[TEXAS]
    squat = {week: [sheet_loads(rows, "Back squat", week, n)[0] for n in (1, 2, 3)] for week in (1, 2, 4)}
    # Week 1: 90, 72 → 72.5, 100; week 2: 90 (of week 1's 100), 72.5, 102.5; week 4: 94.5 → 95, 75.6 → 75, 107.5.
    assert squat == {1: [90, 72.5, 100], 2: [90, 72.5, 102.5], 4: [95, 75, 107.5]}
    # Friday's warm-ups in week 2: the bar, then 41 → 40, 61.5 → 62.5, 82 → 82.5.
    assert sheet_loads(rows, "Back squat", 2, 3, warmups=True) == [20, 40, 62.5, 82.5]
    # Bench press: 63 → 62.5 on Monday of week 1, 67.5 (90% of 75) in week 4, Friday 77.5.
    assert [sheet_loads(rows, "Bench press", 1, 1)[0], sheet_loads(rows, "Bench press", 4, 1)[0],
            sheet_loads(rows, "Bench press", 4, 3)[0]] == [62.5, 67.5, 77.5]


# ---------------------------------------------------------------- StrongLifts 5 × 5: a start weight every session
# Squat from 40 kg, +2.5 kg every session (three a week); deadlift from 50 kg, +5 kg every workout B.


def test_fives_sessions_pdf_csv_and_json(site):
    week1 = session_text(site, FIVES, 1, 1)
    assert ("A. Back squat : 5 × 5 @ Start weight , rest 3–5 min. Warm-up: Bar × 5, Bar × 5, 50% of (start weight) × "
            "5, 70% of (start weight) × 3, 85% of (start weight) × 2. Rule: Every rep made: add 2.5 kg. If you miss a "
            "rep: repeat the load; after 3 misses in a row, take 10% off.") in week1
    assert "A. Back squat : 5 × 5 @ Start + 10 kg" in session_text(site, FIVES, 2, 2)
    assert "C. Deadlift : 1 × 5 @ Start + 40 kg" in session_text(site, FIVES, 6, 3)
    sessions = json_sessions(site, FIVES)
    data = json.loads(download(site, FIVES, "json").read_text(encoding="utf-8"))
    rules = data["phases"][0]["days"][0]["exercises"][0]["results"]  # the phase's rules, on each of its lifts
    assert rules["text"] == ("Every rep made: add 2.5 kg. If you miss a rep: repeat the load; after 3 misses in a row, "
                             "take 10% off.")
    assert (rules["made"]["do"], rules["missed"]["do"], rules["after_misses"], rules["stages"]) == (
        "add", "repeat", 3, [])
    assert (rules["then"]["do"], rules["then"]["percent"]) == ("percent", 90)  # 10% off: 90% of the load
    assert loads(sessions[(6, 3)], "Back squat") == ["Start + 42.5 kg"] * 5
    rows = [r for r in csv_rows(download(site, FIVES, "csv")) if r["exercise"] == "Deadlift"]
    assert [(r["week"], r["load"]) for r in rows][:3] == [("1", "Start weight"), ("2", "Start + 5 kg"),
                                                          ("2", "Start + 10 kg")]
    text = pdf_text(site, FIVES)
    assert "after 3 misses in a row, take 10% off" in text and "Start + 42.5 kg" in text


@pytest.mark.slow
def test_fives_spreadsheet(recalculated):
    rows = recalculated[FIVES]
    assert sheet_loads(rows, "Back squat", 1, 1) == [40] * 5
    # The bar twice, then 20 (never under the bar), 28 → 27.5, 34 → 35.
    assert sheet_loads(rows, "Back squat", 1, 1, warmups=True) == [20, 20, 20, 27.5, 35]
    assert sheet_loads(rows, "Back squat", 1, 2) == [42.5] * 5
    assert sheet_loads(rows, "Back squat", 2, 2) == [50] * 5
    # Week 6's last session: 82.5 kg; warm-ups 41.25 → 42.5 (16.5 steps, half up), 57.75 → 57.5, 70.125 → 70.
    assert sheet_loads(rows, "Back squat", 6, 3) == [82.5] * 5
    assert sheet_loads(rows, "Back squat", 6, 3, warmups=True) == [20, 20, 42.5, 57.5, 70]
    # Deadlift: 50 in week 1; 90 in week 6's last session; its warm-ups 36 → 35, 54 → 55, 76.5 → 77.5.
    assert sheet_loads(rows, "Deadlift", 1, 2) == [50]
    assert sheet_loads(rows, "Deadlift", 6, 3) == [90]
    assert sheet_loads(rows, "Deadlift", 6, 3, warmups=True) == [35, 55, 77.5]
