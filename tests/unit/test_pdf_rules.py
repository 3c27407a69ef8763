"""Result rules in the PDF: the plan tables word them beside each exercise, and each exercise whose next session
depends on this one has a box to tick "made it" on its log sheet row; nothing prints over anything else."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pdfboxes import text_problems
from readers import flat, pdf_pages
from samples import PROGRAM, STYLES

from studio import load_catalog
from studio.downloads import write_pdf
from studio.site import Booking, Studio

STUDIO = Studio(name="Test Studio", city="Leeds", email="hi@test.example",
                booking=Booking(personal_training="https://test.example/book/pt",
                                sports_massage="https://test.example/m", presale="https://test.example/p"))
SITE = "https://test.example/"

ROOT = Path(__file__).resolve().parent.parent
FIVES_RULE = ("Rule: Every rep made: add 2.5 kg. If you miss a rep: repeat the load; after 3 misses in a row, take "
              "10% off.")


def _pdf(root: Path, name: str) -> Path:
    catalog = load_catalog(root)
    target = root / f"{name}.pdf"
    write_pdf(catalog.plan(catalog.programs[0]), catalog.exercise, STUDIO, SITE, target)
    return target


@pytest.fixture(scope="module")
def fives(tmp_path_factory):
    root = tmp_path_factory.mktemp("fives")
    shutil.copytree(ROOT / "site" / "data", root / "data")
    (root / "programs").mkdir()
    shutil.copy(ROOT / "programs" / "five-by-five.yml", root / "programs")
    return _pdf(root, "fives")


def test_the_plan_table_words_the_phases_result_rules(fives):
    pages = [flat(page) for page in pdf_pages(fives)]
    logs = next(n for n, page in enumerate(pages) if "Week 1 log" in page)
    plan = " ".join(pages[:logs])
    # Before, the plan table printed the owner's `rule` only: the phase's rules were on the log sheets alone.
    assert plan.count(FIVES_RULE) == 5  # every lift of Workout A and B but the deadlift
    assert "Rule: Every rep made: add 5 kg." in plan  # the deadlift's own increase


def test_each_exercise_with_rules_has_a_made_it_box_on_its_log_row(fives):
    text = " ".join(flat(page) for page in pdf_pages(fives))
    # Six weeks of three sessions of three lifts, each with the phase's rules.
    assert text.count("made it") == 6 * 3 * 3
    assert text_problems(fives) == []


def test_double_progression_alone_asks_for_the_top_of_the_range_and_plain_work_has_no_box(site, tmp_path):
    site.write("data/styles.yml", STYLES)
    site.program(PROGRAM.replace("            load: 80%\n", "            load: 60 kg\n"
                                 "            increase: 2.5 kg at the top of the range\n", 1)
                 .replace("reps: 5\n            load: 60 kg", "reps: 8-12\n            load: 60 kg", 1))
    target = _pdf(site.root, "double")
    text = " ".join(flat(page) for page in pdf_pages(target))
    assert "top of range" in text and "made it" not in text
    assert text_problems(target) == []
