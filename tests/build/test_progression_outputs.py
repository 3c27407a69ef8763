"""Every week's numbers in every output: the page, the PDF log sheets, the CSV and the JSON of the built site."""

from __future__ import annotations

import json
import re

import pytest

from readers import csv_rows, flat, pdf_pages

pytestmark = pytest.mark.build


def download(built, slug: str, ext: str):
    return built.site / "programs" / slug / f"{slug}.{ext}"


def week_logs(built, slug: str) -> dict[int, str]:
    logs: dict[int, str] = {}
    for page in map(flat, pdf_pages(download(built, slug, "pdf"))):
        if match := re.match(r"^.*?Week (\d+) log ", page):
            logs[int(match.group(1))] = logs.get(int(match.group(1)), "") + page
        elif logs and "Session" in page:
            logs[max(logs)] += page
    return logs


def week_table(built, slug: str) -> dict[str, list[str]]:
    """The page's week-by-week table of the first phase: {week: cells}."""
    table = built.page(f"programs/{slug}/").select_one(".studio-weeks__table")
    return {tr.th.get_text(" ", strip=True): [td.get_text(" ", strip=True) for td in tr.select("td")]
            for tr in table.select("tbody tr")}


def test_peak_strength_week_2_is_week_1_times_1_025_everywhere(built):
    slug = "peak-strength-block"
    # 2.5% a week multiplies each load: week 2 is 62.5 × 1.025 = 64.0625 (64.1 as shown), 67.5 → 69.1875,
    # 72.5 → 74.3125; week 3 is × 1.025²: 65.6640625, 70.9171875, 76.1703125.
    week1 = "5 @ 62.5% 5 @ 67.5% 5 @ 72.5% 5 @ 72.5% 5+ @ 72.5%"
    week2 = "5 @ 64.1% 5 @ 69.2% 5 @ 74.3% 5 @ 74.3% 5+ @ 74.3%"
    logs = week_logs(built, slug)
    assert week1 in logs[1] and week2 in logs[2] and week2 not in logs[1]
    assert "5 @ 65.7% 5 @ 70.9% 5 @ 76.2%" in logs[3]
    rows = week_table(built, slug)
    assert rows["Week 1"][0].startswith("4 × 5, 1 × 5+ @ 62.5% / 67.5% / 72.5%")
    assert rows["Week 2"][0].startswith("4 × 5, 1 × 5+ @ 64.1% / 69.2% / 74.3%")
    assert rows["Week 3"][0].startswith("4 × 5, 1 × 5+ @ 65.7% / 70.9% / 76.2%")
    squat = [(r["week"], r["set_from"], r["load"], r["load_low"]) for r in csv_rows(download(built, slug, "csv"))
             if r["exercise"] == "Back squat" and r["week"] in ("1", "2", "3")]
    # Sets 3-4 share a target; set 5 is the AMRAP set at the same load. The CSV reads them to one decimal, the JSON
    # has them exactly.
    assert squat == [("1", "1", "62.5% 1RM", "62.5"), ("1", "2", "67.5% 1RM", "67.5"), ("1", "3", "72.5% 1RM", "72.5"),
                     ("1", "5", "72.5% 1RM", "72.5"),
                     ("2", "1", "64.1% 1RM", "64.1"), ("2", "2", "69.2% 1RM", "69.2"),
                     ("2", "3", "74.3% 1RM", "74.3"), ("2", "5", "74.3% 1RM", "74.3"),
                     ("3", "1", "65.7% 1RM", "65.7"), ("3", "2", "70.9% 1RM", "70.9"),
                     ("3", "3", "76.2% 1RM", "76.2"), ("3", "5", "76.2% 1RM", "76.2")]
    data = json.loads(download(built, slug, "json").read_text(encoding="utf-8"))
    week2_squat = next(s for s in data["sessions"] if s["week"] == 2)["exercises"][0]
    assert [s["load"]["low"] for s in week2_squat["sets"]] == [64.0625, 69.1875, 74.3125, 74.3125, 74.3125]
    week3_squat = next(s for s in data["sessions"] if s["week"] == 3)["exercises"][0]
    assert [s["load"]["low"] for s in week3_squat["sets"]] == [65.6640625, 70.9171875] + [76.1703125] * 3
    # Week 9's single goes up 2.5% and the back-off set goes.
    assert "3 @ 80% 2 @ 87.5% 1 @ 95%" in logs[9] and "1 @ 95%" not in logs[8]


def test_training_max_waves_run_65_75_85_then_70_80_90_75_85_95_and_40_50_60(built):
    slug = "training-max-waves"
    waves = {1: (65, 75, 85), 2: (70, 80, 90), 3: (75, 85, 95), 4: (40, 50, 60)}
    logs = week_logs(built, slug)
    data = json.loads(download(built, slug, "json").read_text(encoding="utf-8"))
    rows = week_table(built, slug)
    csv = csv_rows(download(built, slug, "csv"))
    for week, percents in waves.items():
        assert " ".join(f"@ {p}% TM" for p in percents) in re.sub(r"\d\+? @", "@", logs[week])
        squat = next(s for s in data["sessions"] if s["week"] == week)["exercises"][0]
        assert [(s["load"]["low"], s["load"]["basis"], s["load"]["add"]) for s in squat["sets"]] == [
            (p, "TM", 0) for p in percents]
        assert " / ".join(f"{p}% TM" for p in percents) in rows[f"Week {week}"][0]
        assert [r["load"] for r in csv if r["week"] == str(week) and r["order"] == "A"
                and r["exercise"] == "Back squat"] == [f"{p}% TM" for p in percents]
    # The next wave lifts the same percentages of a training max 5 kg heavier.
    assert "65% (TM + 5 kg)" in rows["Week 5 (cycle 2)"][0]
    assert data["training_max"] == 90


def test_linear_progression_session_n_is_start_plus_n_minus_1_increments(built):
    slug = "novice-linear-ab"
    logs = week_logs(built, slug)
    squats = [(int(r["session"]), r["load"]) for r in csv_rows(download(built, slug, "csv"))
              if r["exercise"] == "Back squat"]
    assert squats[:4] == [(1, "Start weight"), (2, "Start + 2.5 kg"), (3, "Start + 5 kg"), (4, "Start + 7.5 kg")]
    assert all(load == ("Start weight" if n == 1 else f"Start + {2.5 * (n - 1):g} kg") for n, load in squats)
    assert len(squats) == 36
    assert "5 @ Start + 85 kg" in logs[12] and "5 @ Start + 87.5 kg" in logs[12]
    deadlifts = [r["load"] for r in csv_rows(download(built, slug, "csv")) if r["exercise"] == "Deadlift"]
    assert deadlifts[:3] == ["Start weight", "Start + 5 kg", "Start + 10 kg"]
    page = built.page(f"programs/{slug}/")
    assert "has no set end" in page.select_one(".studio-ongoing").get_text(" ", strip=True)


def test_the_figures_chart_has_a_title_a_description_and_its_numbers(built):
    page = built.page("programs/peak-strength-block/")
    svg = page.select_one(".studio-figures svg")
    assert svg["role"] == "img" and svg.title.get_text() and svg.desc.get_text()
    assert len(svg.select(".studio-chart__bar")) == 10
    table = page.select_one(".studio-weekly-figures")
    rows = [[c.get_text(strip=True) for c in tr.select("th,td")] for tr in table.select("tbody tr")]
    # Every percentage set of week 2 is week 1's × 1.025, so their average is too: 69.4% × 1.025 = 71.1%.
    assert rows[0][-1] == "69.4% 1RM" and rows[1][-1] == "71.1% 1RM"
    assert rows[0][0] == "1" and rows[6][0] == "7 (deload)"
