"""The figures built for real: a daily kettlebell practice whose swings, carries and holds are counted by their own
measures (not as 100-odd working sets, half of them hypertrophy), and a dip ladder whose first step is held for a
time, on the page and in the PDF, CSV and JSON. Numbers worked out by hand from tests/programs/kettlebell-practice.yml."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from readers import csv_rows, flat, pdf_pages
from sitecopy import copy_site, run_build

pytestmark = pytest.mark.build

SLUG = "test-kettlebell-practice"
DIPS = """
  - name: Support hold
    summary: Holding yourself up on straight arms on the dip bars.
    primary: [triceps]
    secondary: [shoulders, core]
    equipment: [dip bars]
    kind: hold
    cues: [Lock your arms and push the bars away., Keep your shoulders down.]
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = copy_site(tmp_path_factory.mktemp("honest-figures") / "site")
    shutil.copy(Path(__file__).resolve().parent.parent / "programs" / "kettlebell-practice.yml",
                root / "programs" / f"{SLUG}.yml")
    library = root / "data" / "exercises.yml"
    library.write_text(library.read_text(encoding="utf-8") + DIPS, encoding="utf-8")
    build = run_build(root)
    assert build.returncode == 0, build.output
    return build


def download(build, ext: str) -> Path:
    return build.site / "programs" / SLUG / f"{SLUG}.{ext}"


def test_the_practice_page_counts_swings_carries_and_holds_by_their_own_measures(site):
    page = site.page(f"programs/{SLUG}/")
    facts = {div.dt.get_text(strip=True): div.dd.get_text(strip=True) for div in page.select(".studio-figures dl div")}
    # A week is five sessions. Working sets: the get-ups only, 5 a day, single reps: 25, all strength.
    assert facts["Working sets a week"] == "25"
    assert facts["Strength (1–6 reps)"] == "100%" and facts["Hypertrophy (8–15 reps)"] == "0%"
    # Holds: 2 planks of 45 s (30-60 s) and 3 support holds of 20 s (10-30 s) a day: 150 s x 5 = 12.5 min.
    assert facts["Holds a week"] == "12.5 min"
    # Carries: 2 x 30 s a hand, both hands: 120 s x 5 = 10 min. Swings: 10 x 10 x 5 = 500 reps.
    assert facts["Carries a week"] == "10 min" and facts["Ballistic work a week"] == "500 reps"
    muscles = {tr.th.get_text(strip=True): tr.td.get_text(strip=True) for tr in page.select(".studio-muscles tbody tr")}
    assert "Hamstrings" not in muscles  # the swings' muscles: swings are not working sets


def test_the_ladder_gives_each_step_its_own_target_on_the_page_and_in_the_downloads(site):
    page = site.page(f"programs/{SLUG}/")
    ladder = next(span for span in page.select(".studio-ladder") if "Support hold" in span.get_text())
    assert ladder.get_text(" ", strip=True) == "Ladder: Support hold → Negative dip (3–5 reps) → Dip (5–8 reps)"
    row = ladder.find_parent("tr")
    assert row.select_one('td[data-label="Sets × reps"]').get_text(strip=True) == "3 × 10–30 s"
    assert ("When every set reaches the top of the time range, move up the ladder to Negative dip for 3–5 reps."
            in row.get_text(" ", strip=True))
    assert "Ladder: [Support hold] › Negative dip (3–5 reps) › Dip (5–8 reps)" in flat(" ".join(pdf_pages(download(site, "pdf"))))
    hold = next(r for r in csv_rows(download(site, "csv")) if r["exercise"] == "Support hold")
    assert hold["ladder"] == "Ladder: [Support hold] → Negative dip (3–5 reps) → Dip (5–8 reps)"
    data = json.loads(download(site, "json").read_text(encoding="utf-8"))
    entry = data["phases"][0]["days"][0]["exercises"][4]
    assert (entry["ladder"], entry["ladder_reps"]) == (["Support hold", "Negative dip", "Dip"], [None, "3–5", "5–8"])
