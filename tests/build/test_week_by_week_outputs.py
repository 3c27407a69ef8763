"""The week-by-week forms built for real: a training-max wave whose deload week drops the assistance work, with a
bench press training max raised 2.5 kg a week, and a run/walk plan whose intervals change every week and end in a
continuous run. Weeks 1, 2 and a later week are checked against numbers worked out by hand, in the page's text, the
training view, the CSV, the JSON (against its schema) and the spreadsheet, recalculated by LibreOffice."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from readers import csv_rows, download_schema, input_cells, libreoffice_recalculate, set_rows
from samples import RUN_AND_WALK
from sitecopy import copy_site, run_build

from studio.downloads import INPUTS, UNIT_CELL

pytestmark = pytest.mark.build

PROGRAMS = Path(__file__).resolve().parent.parent / "programs"
WAVE, RUN = "test-deload-wave", "test-run-walk"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = copy_site(tmp_path_factory.mktemp("week-by-week") / "site")
    for slug in (WAVE, RUN):
        shutil.copy(PROGRAMS / f"{slug.removeprefix('test-')}.yml", root / "programs" / f"{slug}.yml")
    library = root / "data" / "exercises.yml"
    library.write_text(library.read_text(encoding="utf-8") + RUN_AND_WALK, encoding="utf-8")
    build = run_build(root)
    assert build.returncode == 0, build.output
    return build


def download(build, slug: str, ext: str) -> Path:
    return build.site / "programs" / slug / f"{slug}.{ext}"


def text(node) -> str:
    return node.get_text(" ", strip=True)


def session_text(build, slug: str, week: int, session: int) -> str:
    return text(build.page(f"programs/{slug}/train/").find(id=f"w{week}-s{session}"))


# ---------------------------------------------------------------- the training-max wave with a deload week


def test_the_wave_page_says_when_the_assistance_is_done_and_shows_each_weeks_numbers(site):
    page = site.page(f"programs/{WAVE}/")
    notes = [text(span) for span in page.select(".studio-weeks-only")]
    # The Romanian deadlift, the superset, then the two bench presses and the row.
    assert notes == ["Only in weeks 1–3 of each 4-week run"] * 2 + [
        "Only in weeks 1–3 of each 4-week run", "Only in week 4 of each 4-week run",
        "Only in weeks 1–3 of each 4-week run"]
    assert page.select(".studio-weeks-only")[1].find_parent("tr")["class"] == ["studio-superset__head"]
    rows = {text(tr.th): [text(td) for td in tr.select("td")] for tr in page.select(".studio-weeks__table tbody tr")}
    # The squat's wave, and the bench press's training max 2.5 kg heavier each week, through both runs.
    assert rows["Week 1"][0] == "2 × 5, 1 × 5+ @ 65% TM / 75% TM / 85% TM"
    assert rows["Week 2"][1] == "3 × 5 @ 75% (TM + 2.5 kg)"
    assert rows["Week 4"][0] == "3 × 5 @ 40% TM / 50% TM / 60% TM" and rows["Week 4"][1] == ""
    assert rows["Week 7"][1] == "3 × 5 @ 75% (TM + 15 kg)"
    assert rows["Week 5 (cycle 2)"][0] == "2 × 5, 1 × 5+ @ 65% (TM + 5 kg) / 75% (TM + 5 kg) / 85% (TM + 5 kg)"


def test_the_wave_sessions_leave_the_assistance_out_of_the_deload_week(site):
    week1, week4, week8 = (session_text(site, WAVE, week, 1) for week in (1, 4, 8))
    assert "B. Romanian deadlift : 3 × 10 @ RPE 7" in week1 and "C1. Push-up" in week1 and "C2. Dead bug" in week1
    assert "Romanian deadlift" not in week4 and "Push-up" not in week4 and "Dead bug" not in week4
    assert "A. Back squat : 3 × 5 @ 40% (TM + 5 kg) / 50% (TM + 5 kg) / 60% (TM + 5 kg)" in week8
    assert "Romanian" not in week8
    bench = [session_text(site, WAVE, week, 2) for week in (1, 2, 4, 7)]
    assert "A. Bench press : 3 × 5 @ 75% TM" in bench[0] and "C. Barbell row" in bench[0]
    assert "A. Bench press : 3 × 5 @ 75% (TM + 2.5 kg)" in bench[1]
    assert "B. Bench press : 3 × 5 @ 50% (TM + 7.5 kg)" in bench[2] and "Barbell row" not in bench[2]
    assert "A. Bench press : 3 × 5 @ 75% (TM + 15 kg)" in bench[3]


def test_the_wave_csv_and_json_have_each_weeks_sessions_and_numbers(site):
    rows = csv_rows(download(site, WAVE, "csv"))
    squat_day = {week: [r["exercise"] for r in rows if r["week"] == str(week) and r["day_name"] == "Squat day"]
                 for week in (1, 4)}
    assert squat_day == {1: ["Back squat", "Back squat", "Back squat", "Romanian deadlift", "Push-up", "Dead bug"],
                         4: ["Back squat"] * 3}  # one row a set: each has its own load
    bench = [(r["week"], r["order"], r["load"], r["load_low"], r["load_add"]) for r in rows
             if r["exercise"] == "Bench press"]
    assert bench == [("1", "A", "75% TM", "75", ""), ("2", "A", "75% (TM + 2.5 kg)", "75", "2.5"),
                     ("3", "A", "75% (TM + 5 kg)", "75", "5"), ("4", "B", "50% (TM + 7.5 kg)", "50", "7.5"),
                     ("5", "A", "75% (TM + 10 kg)", "75", "10"), ("6", "A", "75% (TM + 12.5 kg)", "75", "12.5"),
                     ("7", "A", "75% (TM + 15 kg)", "75", "15"), ("8", "B", "50% (TM + 17.5 kg)", "50", "17.5")]
    data = json.loads(download(site, WAVE, "json").read_text(encoding="utf-8"))
    assert not list(download_schema().iter_errors(data))
    days = data["phases"][0]["days"]
    assert [(item.get("exercise", item["type"]), item["only_weeks"]) for item in days[0]["exercises"]] == [
        ("Back squat", None), ("Romanian deadlift", [1, 2, 3]), ("superset", [1, 2, 3])]
    sessions = {(s["week"], s["session"]): s for s in data["sessions"]}
    assert [e["exercise"] for e in sessions[(4, 1)]["exercises"]] == ["Back squat"]
    assert [e["exercise"] for e in sessions[(4, 2)]["exercises"]] == ["Bench press"]
    assert [(s["load"]["low"], s["load"]["add"]) for s in sessions[(2, 2)]["exercises"][0]["sets"]] == [(75, 2.5)] * 3
    assert [(s["load"]["low"], s["load"]["add"]) for s in sessions[(7, 2)]["exercises"][0]["sets"]] == [(75, 15)] * 3


@pytest.mark.slow
def test_the_wave_spreadsheet_works_each_weeks_load_out(site, tmp_path):
    if not shutil.which("soffice"):
        pytest.skip("needs LibreOffice Calc: run scripts/ensure-libreoffice.sh")
    book = openpyxl.load_workbook(download(site, WAVE, "xlsx"))
    cells = input_cells(book)
    assert list(cells) == [("Back squat", "1RM"), ("Back squat", "Training max"), ("Back squat", "Training max, cycle 2"),
                           ("Bench press", "1RM"), ("Bench press", "Training max"),
                           ("Bench press", "Training max, cycle 2")]
    book[INPUTS][UNIT_CELL] = "kg"
    book[INPUTS][cells[("Back squat", "1RM")]] = 100
    book[INPUTS][cells[("Bench press", "1RM")]] = 80
    book.save(tmp_path / "wave.xlsx")
    rows = set_rows(libreoffice_recalculate(tmp_path / "wave.xlsx", tmp_path), data_only=True)

    def loads(exercise: str, week: int) -> list:
        return [r["Load"] for r in rows if r["Exercise"] == exercise and r["week"] == week and isinstance(r["Set"], int)]

    # Squat: training max 90 kg, 95 kg in cycle 2. 90 × 65% = 58.5 → 57.5; 75% = 67.5; 85% = 76.5 → 77.5.
    assert loads("Back squat", 1) == [57.5, 67.5, 77.5]
    assert loads("Back squat", 2) == [62.5, 72.5, 80]  # 63, 72, 81 → to the 2.5 kg step
    assert loads("Back squat", 5) == [62.5, 72.5, 80]  # 95 × 65% = 61.75, 71.25, 80.75
    # Bench: training max 72 kg, +2.5 kg a week: 72 × 75% = 54 → 55; 74.5 × 75% = 55.875 → 55;
    # week 4's deload 79.5 × 50% = 39.75 → 40; week 7 (cycle 2's max 82 kg, + 5) 87 × 75% = 65.25 → 65.
    assert [loads("Bench press", week) for week in (1, 2, 4, 7)] == [[55] * 3, [55] * 3, [40] * 3, [65] * 3]
    assert loads("Romanian deadlift", 4) == [] and len(loads("Romanian deadlift", 3)) == 3


# ---------------------------------------------------------------- the run/walk plan


def test_the_run_walk_page_and_sessions_show_each_weeks_intervals(site):
    page = site.page(f"programs/{RUN}/")
    heads = [text(th) for th in page.select(".studio-block .studio-superset__head th")]
    assert heads == [
        "Intervals: 8 × 1 min Run (easy), then 90 s Walk (brisk) — log each effort's distance or reps Only in week 1",
        "Intervals: 6 × 90 s Run (easy), then 2 min Walk (brisk) — log each effort's distance or reps Only in week 2",
        "Intervals: 5 × 3 min Run (easy), then 90 s Walk (brisk) — log each effort's distance or reps Only in week 3",
        "Intervals: 3 × 5 min Run (easy), then 2 min Walk (brisk) — log each effort's distance or reps Only in week 4",
        "Continuous: 20 min Run (easy, you can talk) — log the distance covered Only in week 5"]
    facts = {div.dt.get_text(strip=True): div.dd.get_text(strip=True) for div in page.select(".studio-figures dl div")}
    # Three sessions a week of 20, 21, 22.5, 21 and 20 min: 313.5 min over 5 weeks, 62.7 a week.
    assert facts["Conditioning a week"] == "62.7 min"
    assert session_text(site, RUN, 1, 3) == ("Week 1 · Run day Warm-up: Five minutes of brisk walking. Intervals: 8 × "
                                             "1 min Run (easy), then 90 s Walk (brisk) — log each effort's distance or "
                                             "reps")
    assert "Intervals: 6 × 90 s Run (easy), then 2 min Walk (brisk)" in session_text(site, RUN, 2, 1)
    assert session_text(site, RUN, 5, 2).endswith("Continuous: 20 min Run (easy, you can talk) — log the distance "
                                                  "covered")
    assert "Intervals" not in session_text(site, RUN, 5, 2)


def test_the_run_walk_csv_json_and_spreadsheet_give_the_times_in_seconds(site):
    rows = csv_rows(download(site, RUN, "csv"))
    firsts = [(r["week"], r["order"], r["exercise"], r["seconds"], r["block_seconds"], r["block_minutes"])
              for r in rows if r["session_in_week"] == "1"]
    assert firsts == [("1", "A1", "Run", "60", "1200", "20"), ("1", "A2", "Walk", "90", "1200", "20"),
                      ("2", "B1", "Run", "90", "1260", "21"), ("2", "B2", "Walk", "120", "1260", "21"),
                      ("3", "C1", "Run", "180", "1350", "22.5"), ("3", "C2", "Walk", "90", "1350", "22.5"),
                      ("4", "D1", "Run", "300", "1260", "21"), ("4", "D2", "Walk", "120", "1260", "21"),
                      ("5", "E1", "Run", "1200", "1200", "20")]
    data = json.loads(download(site, RUN, "json").read_text(encoding="utf-8"))
    assert not list(download_schema().iter_errors(data))
    blocks = {s["week"]: s["blocks"] for s in data["sessions"] if s["session"] == 1}
    assert [(b["title"], b["seconds"], [(r["work"], r["seconds"]) for r in b["rows"]]) for b in blocks[1]] == [
        ("Intervals: 8 × 1 min / 90 s", 1200, [("Work: 1 min (easy)", 60), ("Recovery: 90 s (brisk)", 90)])]
    assert [(b["title"], b["log_boxes"], b["only_weeks"]) for b in blocks[5]] == [
        ("Continuous: 20 min", ["Distance"], [5])]
    assert [b["order"] for s in data["sessions"] for b in s["blocks"]] == list("AAABBBCCCDDDEEE")
    sheet = openpyxl.load_workbook(download(site, RUN, "xlsx"))
    column_b = [row[1].value for row in sheet.worksheets[1].iter_rows() if row[1].value]
    assert column_b.count("Intervals: 8 × 1 min / 90 s — log each effort's distance or reps") == 3
    assert column_b.count("Continuous: 20 min — log the distance covered") == 3
    assert column_b.count("Your score: Effort 8") == 3 and column_b.count("Your score: Distance") == 3


def test_the_run_walk_chart_shows_minutes_a_week_not_a_row_of_zero_sets(site):
    page = site.page(f"programs/{RUN}/")
    figure = page.select_one(".studio-figures figure.studio-chart")
    assert text(figure.figcaption) == "Minutes of conditioning each week (bars)."
    assert figure.svg.title.get_text() == "Minutes of conditioning, week by week"
    # Three sessions a week of 20, 21, 22.5, 21 and 20 min: 60 to 67.5 min, on a scale of 0-80 in steps of 20, the
    # plot 156 px tall.
    assert [text(t) for t in figure.select("text")][:5] == ["0", "20", "40", "60", "80"]
    assert [bar["height"] for bar in figure.select("rect.studio-chart__bar")] == [
        "117.0", "122.8", "131.6", "122.8", "117.0"]
    table = page.select_one(".studio-weekly-figures")
    assert [text(th) for th in table.select("thead th")][:3] == ["Week", "Working sets", "Conditioning"]
    assert [[text(td) for td in tr.select("td")][:2] for tr in table.select("tbody tr")] == [
        ["0", "60 min"], ["0", "63 min"], ["0", "67.5 min"], ["0", "63 min"], ["0", "60 min"]]
    facts = [div.dt.get_text(strip=True) for div in page.select(".studio-figures dl div")]
    assert facts[:2] == ["Conditioning a week", "Estimated session"]  # no "Working sets a week: 0"
