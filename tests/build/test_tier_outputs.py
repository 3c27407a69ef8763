"""A two-tier programme built for real: each tier's start weight is asked for by name on the page's calculator, in
the spreadsheet's Inputs sheet and in the JSON, and a light day shows 80% of exactly what the heavy day shows."""

from __future__ import annotations

import json

import openpyxl
import pytest
from readers import csv_rows, flat, input_cells, pdf_pages
from sitecopy import run_build

pytestmark = pytest.mark.build

SLUG = "two-tier-squat"
PROGRAMME = """\
title: Two-Tier Squat
summary: The back squat twice a week at two tiers, heavy triples and lighter tens, with a light day between.
description: |
  A short squat block for testing tiers: a heavy five sets of three, a light day at 80% of it, and three sets
  of ten, each climbing from its own start weight.
goal: strength
level: intermediate
weeks: 3
sessions_per_week: 3
session_minutes: 45
equipment: [barbell, squat rack]
readiness:
  - You can back squat to depth with a bar and good form.
progression: |
  Each tier adds 2.5 kg each of its own sessions; the light day follows the heavy day.
phases:
  - name: Linear
    weeks: 3
    days:
      - name: Heavy day
        exercises:
          - exercise: Back squat
            sets: 5
            reps: 3
            load: start
            increase: 2.5 kg a session
            tier: T1
      - name: Light day
        exercises:
          - exercise: Back squat
            sets: 2
            reps: 5
            load: 80% of Heavy day
            tier: T1
      - name: Volume day
        exercises:
          - exercise: Back squat
            sets: 3
            reps: 10
            load: start
            increase: 2.5 kg a session
            tier: T2
"""


@pytest.fixture(scope="module")
def tiered(tmp_path_factory):
    from sitecopy import copy_site

    root = copy_site(tmp_path_factory.mktemp("tiers"))
    (root / "programs" / f"{SLUG}.yml").write_text(PROGRAMME, encoding="utf-8")
    build = run_build(root)
    assert build.returncode == 0, build.output
    return build


def download(build, ext: str):
    return build.site / "programs" / SLUG / f"{SLUG}.{ext}"


def test_the_calculator_asks_for_each_tiers_start_weight(tiered):
    page = tiered.page(f"programs/{SLUG}/")
    fields = page.select("#studio-calculator input[data-lift]")
    labels = [page.find("label", attrs={"for": f["id"]}).get_text(" ", strip=True) for f in fields]
    assert labels == ["Back squat (T1) start weight", "Back squat (T2) start weight"]
    assert page.select_one("#studio-calculator input[name=bar]") is not None  # a barbell lift: bar and plates
    assert [(f["data-lift"], f["data-basis"]) for f in fields] == [("Back squat (T1)", "start"), ("Back squat (T2)", "start")]
    # Every load on the page names the number it is worked out from: the light day is the heavy tier's.
    lifts = {span["data-lift"] for span in page.select(".studio-load")}
    assert lifts == {"Back squat (T1)", "Back squat (T2)"}


def test_the_spreadsheet_json_csv_and_pdf_carry_each_tiers_numbers(tiered):
    cells = input_cells(openpyxl.load_workbook(download(tiered, "xlsx")))
    assert list(cells) == [("Back squat (T1)", "Start weight"), ("Back squat (T2)", "Start weight")]
    data = json.loads(download(tiered, "json").read_text(encoding="utf-8"))
    first = [(s["week"], s["title"].split(" · ")[1], e["sets"][0]["load"]["text"], e["sets"][0]["load"]["lift"])
             for s in data["sessions"] for e in s["exercises"]]
    assert first == [
        (1, "Heavy day", "Start weight", "Back squat (T1)"), (1, "Light day", "80% of (start weight)", "Back squat (T1)"),
        (1, "Volume day", "Start weight", "Back squat (T2)"),
        (2, "Heavy day", "Start + 2.5 kg", "Back squat (T1)"),
        (2, "Light day", "80% of (start + 2.5 kg)", "Back squat (T1)"),
        (2, "Volume day", "Start + 2.5 kg", "Back squat (T2)"),
        (3, "Heavy day", "Start + 5 kg", "Back squat (T1)"), (3, "Light day", "80% of (start + 5 kg)", "Back squat (T1)"),
        (3, "Volume day", "Start + 5 kg", "Back squat (T2)")]
    csv = [(r["week"], r["day_name"], r["load"]) for r in csv_rows(download(tiered, "csv")) if r["set_from"] == "1"]
    assert csv[3:6] == [("2", "Heavy day", "Start + 2.5 kg"), ("2", "Light day", "80% of (start + 2.5 kg)"),
                        ("2", "Volume day", "Start + 2.5 kg")]
    text = " ".join(map(flat, pdf_pages(download(tiered, "pdf"))))
    assert "80% of (start + 5 kg)" in text and "Start + 5 kg" in text
