"""The downloads, generated from small content and opened with real readers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader
from readers import csv_rows, download_schema, flat, ics_events, pdf_pages
from reportlab.platypus import Paragraph, Table, TableStyle
from samples import PROGRAM
from samples import SITE as TEST_SITE

from studio import load_catalog
from studio.caching import prune
from studio.catalog import load as catalog_module
from studio.catalog import program_cells
from studio.downloads import (
    CSV_COLUMNS,
    FORMATS,
    SAFE_Y,
    build_downloads,
    calendar_bytes,
    first_monday,
    json_text,
    program_data,
    set_groups,
    start_workers,
    stop_workers,
    write_csv,
    write_pdf,
)

# Modules, not names: these tests patch or read a module's own globals.
from studio.downloads import build as downloads_build
from studio.downloads import paragraphs as pdf_paragraphs
from studio.downloads import pdf as pdf_module
from studio.format import Program
from studio.plan import WEEKDAY_OFFSETS, expand
from studio.presentation import download_href, download_path
from studio.site import Booking, Studio

STUDIO = Studio(
    name="Test Studio", city="Leeds", email="hi@test.example",
    booking=Booking(personal_training="https://test.example/book/pt", sports_massage="https://test.example/m",
                    presale="https://test.example/p"),
)
SITE = "https://test.example/"
PER_SET = PROGRAM.replace("            sets: 3\n            reps: 5\n            load: 80%\n",
                          "            sets: 4\n            reps: [5, 5, 3, 3]\n            load: ['70%', '70%', '80-85%', '80-85%']\n"
                          "            warmup_sets: 2\n", 1)


@pytest.fixture
def catalog(site):
    site.program(PER_SET)
    return load_catalog(site.root)


@pytest.fixture
def program(catalog):
    return catalog.programs[0]


def test_set_groups_split_where_the_target_changes(catalog, program):
    groups = [(g.week, g.session, g.day_name, g.order, g.exercise, g.set_from, g.set_to, g.reps_label,
               str(g.load or ""), str(g.rest or ""), g.warmups) for g in set_groups(catalog.plan(program))]
    assert groups[:6] == [
        (1, 1, "Day A", "A", "Back squat", 1, 2, "5", "70% 1RM", "3 min", "2 warm-up sets"),
        (1, 1, "Day A", "A", "Back squat", 3, 4, "3", "80–85% 1RM", "3 min", ""),
        (1, 2, "Day B", "A", "Bench press", 1, 3, "8–12", "", "", ""),
        (1, 2, "Day B", "B1", "Push-up", 1, 2, "AMRAP", "", "", ""),
        (1, 2, "Day B", "B2", "Dead bug", 1, 2, "8 each side", "", "90 s", ""),  # the round's rest, after the last
        (1, 3, "Day A", "A", "Back squat", 1, 2, "5", "70% 1RM", "3 min", "2 warm-up sets"),
    ]
    assert groups[-1] == (3, 9, "Day A", "A", "Back squat", 1, 2, "5", "60% 1RM", "", "")
    assert [(i.lift, i.basis) for i in catalog.plan(program).inputs()] == [("Back squat", "1RM")]


def test_sessions_follow_the_rotation_on_spread_weekdays(catalog, program):
    found = [(s.week, s.number, s.phase, s.day, s.day_offset) for s in catalog.plan(program).sessions]
    assert found == [
        (1, 1, 0, 0, 0), (1, 2, 0, 1, 2), (1, 3, 0, 0, 4),
        (2, 1, 0, 1, 7), (2, 2, 0, 0, 9), (2, 3, 0, 1, 11),
        (3, 1, 1, 0, 14), (3, 2, 1, 0, 16), (3, 3, 1, 0, 18),
    ]
    assert all(len(offsets) == n and len(set(offsets)) == n and max(offsets) < 7
               for n, offsets in WEEKDAY_OFFSETS.items())


def test_download_paths_and_links():
    assert download_path("x-y", "pdf") == "programs/x-y/x-y.pdf"
    assert download_href("programs/x-y.md", "x-y", "pdf") == "x-y.pdf"
    assert download_href("programs/index.md", "x-y", "ics") == "x-y/x-y.ics"


# ---------------------------------------------------------------- CSV and JSON


def test_csv_has_a_header_and_a_row_per_week_session_and_set_group(catalog, program, tmp_path):
    target = tmp_path / "p.csv"
    write_csv(set_groups(catalog.plan(program)), target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = csv_rows(target)
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [(r["week"], r["session"], r["exercise"], r["set_from"], r["set_to"], r["reps"], r["load"], r["load_low"],
             r["load_high"], r["load_basis"]) for r in rows[:2]] == [
        ("1", "1", "Back squat", "1", "2", "5", "70% 1RM", "70", "70", "1RM"),
        ("1", "1", "Back squat", "3", "4", "3", "80–85% 1RM", "80", "85", "1RM")]
    plan = catalog.plan(program)
    assert sum(int(r["sets"]) for r in rows) == sum(len(e.sets) for s in plan.sessions for e in s.exercises)
    assert {r["week"] for r in rows} == {"1", "2", "3"}


def test_csv_keeps_commas_quotes_and_line_breaks_in_notes(site, tmp_path):
    site.program(PROGRAM.replace("            rest: 3 min\n", '            rest: 3 min\n            notes: "Slow, \\"controlled\\"\\nthen =1+1"\n', 1))
    catalog = load_catalog(site.root)
    target = tmp_path / "p.csv"
    write_csv(set_groups(catalog.plan(catalog.programs[0])), target)
    assert csv_rows(target)[0]["notes"] == 'Slow, "controlled"\nthen =1+1'


def test_json_is_valid_against_the_published_schema(catalog, program):
    data = json.loads(json_text(program_data(catalog.plan(program), catalog.exercise, program_cells(catalog, program))))
    download_schema().validate(data)
    squat = data["phases"][0]["days"][0]["exercises"][0]
    assert [(r["text"], r["low"]) for r in squat["reps"]] == [("5", 5), ("5", 5), ("3", 3), ("3", 3)]
    assert [(ld["kind"], ld["low"], ld["high"]) for ld in squat["load"]][2] == ("percent", 80, 85)
    superset = data["phases"][0]["days"][1]["exercises"][1]
    assert superset["type"] == "superset" and [e["order"] for e in superset["exercises"]] == ["B1", "B2"]
    assert len(data["sessions"]) == 9
    last = data["sessions"][-1]
    assert (last["week"], last["session"], last["index"]) == (3, 3, 9)
    assert [(s["reps"]["text"], s["load"]["text"], s["load"]["basis"]) for s in last["exercises"][0]["sets"]] == [
        ("5", "60% 1RM", "1RM"), ("5", "60% 1RM", "1RM")]
    broken = {**data, "weeks": "three"}
    assert not download_schema().is_valid(broken)


# ---------------------------------------------------------------- calendar


def test_first_monday_is_always_ahead():
    assert first_monday(date(2025, 1, 1)) == date(2025, 1, 6)  # a Wednesday
    assert first_monday(date(2025, 1, 6)) == date(2025, 1, 13)  # a Monday: the next one
    assert first_monday(date(2025, 1, 5)) == date(2025, 1, 6)  # a Sunday


def test_calendar_has_one_event_per_session_with_the_days_exercises(catalog, program):
    data = program_data(catalog.plan(program), catalog.exercise, program_cells(catalog, program))
    events = ics_events(calendar_bytes(data, STUDIO.name, SITE, date(2025, 3, 3)))
    assert len(events) == len(catalog.plan(program).sessions) == 9
    assert [e.decoded("dtstart") for e in events[:3]] == [date(2025, 3, 3), date(2025, 3, 5), date(2025, 3, 7)]
    first = events[0]
    assert str(first["summary"]) == "Test Strength: Week 1 · Day A"
    assert str(first["description"]).splitlines() == [
        "A. Back squat: 2 × 5, 2 × 3 @ 70/70/80–85/80–85% 1RM, rest 3 min", "",
        "Full programme: https://test.example/programs/test-strength/"]
    assert str(first["uid"]) == "test-strength-w1-s1@test.example"
    assert len({str(e["uid"]) for e in events}) == 9


# The spreadsheet's tests are in test_sheet.py.


# ---------------------------------------------------------------- ranges and notes in every download


RANGED = (PROGRAM.replace("            sets: 3\n            reps: 5\n            load: 80%\n            rest: 3 min\n",
                          "            sets: 3-4\n            reps: 5\n            load: 80%\n            rest: 1.5-5 min\n"
                          "            notes: Brace before each rep.\n", 1)
          .replace("                reps: 8\n", "                reps: 30-60 s\n", 1)
          .replace("            rest: 90 s\n", "            rest: 90 s\n            notes: Move straight on.\n", 1))


@pytest.fixture
def ranged(site):
    site.program(RANGED)
    found = load_catalog(site.root)
    return found, found.plan(found.programs[0])


def test_csv_keeps_ranges_rests_and_every_note(ranged, tmp_path):
    catalog, plan = ranged
    target = tmp_path / "p.csv"
    write_csv(set_groups(plan), target)
    rows = csv_rows(target)
    squat = [r for r in rows if r["session"] == "1"]
    assert [(r["set_from"], r["set_to"], r["sets"], r["optional"], r["rest"], r["notes"]) for r in squat] == [
        ("1", "3", "3", "no", "1.5–5 min", "Brace before each rep."), ("4", "4", "1", "yes", "1.5–5 min", "")]
    bug = next(r for r in rows if r["exercise"] == "Dead bug")
    assert (bug["reps"], bug["seconds"], bug["seconds_high"], bug["each_side"]) == ("30–60 s", "30", "60", "yes")
    push = next(r for r in rows if r["exercise"] == "Push-up")
    assert push["superset_notes"] == "Move straight on." and bug["superset_notes"] == ""


def test_json_carries_set_ranges_timed_ranges_and_optional_sets(ranged):
    catalog, plan = ranged
    data = json.loads(json_text(program_data(plan, catalog.exercise, program_cells(catalog, plan.program))))
    download_schema().validate(data)
    squat = data["phases"][0]["days"][0]["exercises"][0]
    assert (squat["sets"], squat["sets_min"], squat["sets_text"], len(squat["reps"])) == (4, 3, "3–4", 4)
    assert squat["rest"] == {"text": "1.5–5 min", "low_seconds": 90, "high_seconds": 300}
    bug = data["phases"][0]["days"][1]["exercises"][1]["exercises"][1]
    assert {k: bug["reps"][0][k] for k in ("text", "kind", "seconds", "seconds_high")} == {
        "text": "30–60 s", "kind": "time", "seconds": 30, "seconds_high": 60}
    sets = data["sessions"][0]["exercises"][0]["sets"]
    assert [s["optional"] for s in sets] == [False, False, False, True]


def test_calendar_keeps_exercise_and_superset_notes(ranged):
    catalog, plan = ranged
    events = ics_events(calendar_bytes(program_data(plan, catalog.exercise, program_cells(catalog, plan.program)), STUDIO.name, SITE, date(2025, 3, 3)))
    assert str(events[0]["description"]).splitlines()[0] == (
        "A. Back squat: 3–4 × 5 @ 80% 1RM, rest 1.5–5 min. Brace before each rep.")
    assert str(events[1]["description"]).splitlines()[1:4] == [
        "Superset B: do B1 and B2 back to back, then rest 90 s. Move straight on.",
        "B1. Push-up: 2 × AMRAP", "B2. Dead bug: 2 × 30–60 s each side, rest 90 s"]


def test_pdf_shows_ranges_and_marks_the_optional_set_on_the_log(ranged, tmp_path):
    catalog, plan = ranged
    target = tmp_path / "p.pdf"
    write_pdf(plan, catalog.exercise, STUDIO, SITE, target)
    text = flat(" ".join(pdf_pages(target)))
    for phrase in ("3–4 × 5", "1.5–5 min", "2 × 30–60 s each side", "optional: 5 @ 80%", "Brace before each rep."):
        assert phrase in text, phrase
    assert "90–300 s" not in text


# ---------------------------------------------------------------- PDF


def test_pdf_text_has_the_plan_the_log_grid_and_the_footer(catalog, program, tmp_path):
    target = tmp_path / "p.pdf"
    write_pdf(catalog.plan(program), catalog.exercise, STUDIO, SITE, target)
    pages = pdf_pages(target)
    text = flat(" ".join(pages))
    for phrase in ["Test Strength", "Before you start", "Squat to depth with heels down", "How to progress",
                   "Add 2.5 kg when every set is done.", "Phase 1: Base (weeks 1–2)", "2 × 5, 2 × 3",
                   "Back squat", "Bench press", "Push-up", "Dead bug", "Superset B: do B1 and B2 back to back"]:
        assert phrase in text, phrase
    logs = [flat(p) for p in pages if "log Week" in flat(p)]
    assert [p.split(" log ")[0].split()[-2:] for p in logs] == [["Week", "1"], ["Week", "2"], ["Week", "3"]]
    assert "Set 1 Set 2 Set 3 Set 4" in logs[0]
    assert "5 @ 70% 5 @ 70% 3 @ 80–85% 3 @ 80–85%" in logs[0]
    for page in pages:
        assert "Test Studio" in page and "test.example" in page
        assert "Book 1-on-1 personal training: https://test.example/book/pt" in flat(page)


def test_a_phases_load_increase_reads_as_a_bold_label_not_markup(tmp_path):
    catalog = load_catalog(TEST_SITE)  # the test site's programmes
    program = catalog.program("novice-linear-ab")
    target = tmp_path / "p.pdf"
    write_pdf(catalog.plan(program), catalog.exercise, STUDIO, SITE, target)
    text = flat(" ".join(pdf_pages(target)))
    assert "Loads: +2.5 kg a session, where an exercise's load allows it." in text
    assert "<b>" not in text


def test_pdf_escapes_markup_and_keeps_text_inside_the_a4_and_letter_area(site, tmp_path):
    site.program(PROGRAM.replace("title: Test Strength", "title: 'Strength <b>& more</b> ≈ 5 × 5 – ok'")
                 .replace("Two paragraphs of **Markdown**.", "Two <script>x</script> [links](javascript:alert(1))."))
    catalog = load_catalog(site.root)
    target = tmp_path / "p.pdf"
    write_pdf(catalog.plan(catalog.programs[0]), catalog.exercise, STUDIO, SITE, target)
    text = flat(" ".join(pdf_pages(target)))
    assert "Strength <b>& more</b> ≈ 5 × 5 – ok" in text
    assert "Two <script>x</script> links." in text
    reader = PdfReader(target)
    low, high = SAFE_Y, float(reader.pages[0].mediabox.height) - SAFE_Y
    for page in reader.pages:
        ys = []
        page.extract_text(visitor_text=lambda t, cm, tm, *_: ys.append(tm[5] * cm[3] + cm[5]) if t.strip() else None)
        assert ys and low < min(ys) and max(ys) < high
        assert round(float(page.mediabox.width)) == 595  # A4


def _long_notes(catalog) -> Program:
    """The fixture's programme with notes long enough that their table rows, and paragraphs, split across pages."""
    data = yaml.safe_load(PER_SET)
    data["phases"][0]["days"][0]["exercises"][0]["notes"] = "Two pasted paragraphs of coaching notes. " * 60
    data["phases"][0]["days"][1]["exercises"][0]["notes"] = "Keep the elbows under the bar. " * 80
    return Program.model_validate(data).model_copy(update={"slug": catalog.programs[0].slug})


class _Afresh:
    """What the PDF used before sharing: each paragraph parsed, broken into lines and drawn by itself, each
    table drawn by itself."""

    def __call__(self, text, style, bulletText=None):
        return Paragraph(text, style, bulletText=bulletText)

    def table(self, rows, commands, **options):
        table = Table(rows, **options)
        table.setStyle(TableStyle(commands))
        return table


def test_shared_paragraphs_write_the_bytes_of_paragraphs_each_made_afresh(catalog, tmp_path, monkeypatch):
    # The PDF shares parsing, line breaks and drawn operators between equal paragraphs and tables (paragraphs.py);
    # the file must be the one ReportLab writes when each does all that itself. The sample programme has equal
    # paragraphs at different widths, equal ones split across pages and repeated log tables; the blocks
    # programme has blocks.
    samples = load_catalog(TEST_SITE)
    cases = [(catalog, catalog.programs[0]), (catalog, _long_notes(catalog)),
             *[(samples, samples.program(slug)) for slug in ("dumbbell-full-body-ab", "conditioning-formats")]]
    for n, (source, program) in enumerate(cases):
        plan = expand(program, source.exercise)
        write_pdf(plan, source.exercise, STUDIO, SITE, tmp_path / f"shared{n}.pdf")
        with monkeypatch.context() as patch:
            patch.setattr(pdf_module, "ParagraphCache", _Afresh)
            write_pdf(plan, source.exercise, STUDIO, SITE, tmp_path / f"fresh{n}.pdf")
        assert (tmp_path / f"shared{n}.pdf").read_bytes() == (tmp_path / f"fresh{n}.pdf").read_bytes(), program.slug


WRITE_ALONE = """
import sys
from pathlib import Path
from studio import load_catalog
from studio.downloads import write_pdf
from studio.site import Booking, Studio
catalog = load_catalog(Path(sys.argv[1]))
program = next(p for p in catalog.programs if p.slug == sys.argv[2])
studio = Studio(name="Test Studio", city="Leeds", email="hi@test.example",
                booking=Booking(personal_training="https://test.example/book/pt", sports_massage="https://test.example/m",
                                presale="https://test.example/p"))
write_pdf(catalog.plan(program), catalog.exercise, studio, sys.argv[3], Path(sys.argv[4]))
"""


def test_a_pdf_written_after_another_has_the_bytes_it_has_written_alone(site, tmp_path, monkeypatch):
    # Paragraphs' layouts are shared by every PDF a process writes, but drawn operators are only valid in the
    # document that drew them (a font's subsets are numbered in the order its characters are first drawn).
    site.program(PER_SET)
    site.program(PROGRAM.replace("title: Test Strength", "title: Zany Power Block")
                 .replace("Add 2.5 kg when every set is done.", "Quick jumps, vary the box height."), "other.yml")
    catalog = load_catalog(site.root)
    first, second = catalog.programs
    for program in (first, second):
        write_pdf(catalog.plan(program), catalog.exercise, STUDIO, SITE, tmp_path / f"{program.slug}.pdf")
    monkeypatch.setattr(pdf_paragraphs, "LIMIT", 1)  # the shared layouts are dropped as each PDF starts
    write_pdf(catalog.plan(second), catalog.exercise, STUDIO, SITE, tmp_path / "after-dropping.pdf")
    alone = tmp_path / "alone.pdf"
    subprocess.run([sys.executable, "-c", WRITE_ALONE, str(site.root), second.slug, SITE, str(alone)], check=True,
                   timeout=60)
    assert alone.read_bytes() == (tmp_path / f"{second.slug}.pdf").read_bytes()
    assert alone.read_bytes() == (tmp_path / "after-dropping.pdf").read_bytes()


# ---------------------------------------------------------------- cache and build


def test_build_generates_misses_only(catalog, tmp_path):
    folder = tmp_path / "cache"
    first = build_downloads(catalog, STUDIO, SITE, folder, today=date(2025, 1, 1), workers=1)
    assert (first.generated, first.reused) == (5, 0)
    assert sorted(first.files) == [f"programs/test-strength/test-strength.{ext}" for ext in
                                   ("csv", "ics", "json", "pdf", "xlsx")]
    stamps = {path: path.stat().st_mtime_ns for path in first.files.values()}
    again = build_downloads(catalog, STUDIO, SITE, folder, today=date(2025, 1, 2), workers=1)
    assert (again.generated, again.reused) == (0, 5)
    assert {path: path.stat().st_mtime_ns for path in again.files.values()} == stamps
    # A new week moves the calendar's start date: only the calendar is made again, the old one pruned.
    later = build_downloads(catalog, STUDIO, SITE, folder, today=date(2025, 1, 8), workers=1)
    assert (later.generated, later.reused, later.pruned) == (1, 4, 1)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in later.files.values())


def test_one_programme_in_the_background_splits_its_pdf_from_the_rest_and_wait_returns_them_all(catalog, tmp_path):
    folder = tmp_path / "cache"
    result = build_downloads(catalog, STUDIO, SITE, folder, today=date(2025, 1, 1), background=True)
    assert result.generated == 5
    assert len(result._futures) == 2  # the PDF in one worker, the other four files in the other
    result.wait()
    assert all(path.is_file() and path.stat().st_size > 0 for path in result.files.values())
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in result.files.values())
    assert result._futures == []
    again = build_downloads(catalog, STUDIO, SITE, folder, today=date(2025, 1, 1), background=True)
    assert (again.generated, again.reused, again._futures) == (0, 5, [])
    again.wait()  # nothing to wait for


def test_the_workers_are_started_once_and_kept_for_later_builds_until_stopped(catalog, tmp_path):
    pool = start_workers()
    try:
        processes = dict(pool._processes)
        assert len(processes) == 2  # forked at once, before the caller loads anything big
        for folder in (tmp_path / "one", tmp_path / "two"):
            result = build_downloads(catalog, STUDIO, SITE, folder, today=date(2025, 1, 1), background=True)
            result.wait()
            assert result.generated == 5 and all(path.is_file() for path in result.files.values())
        assert start_workers() is pool and dict(pool._processes) == processes
    finally:
        stop_workers()
    assert all(not process.is_alive() for process in processes.values())


def test_downloads_made_without_running_workers_end_the_workers_they_started(site, tmp_path):
    # A forked worker holds copies of its parent's open files: one left running kept a test run's browser
    # driver waiting for its pipe to close.
    site.program(PER_SET)
    site.program(PER_SET.replace("title: Test Strength", "title: Other"), name="other.yml")
    two = load_catalog(site.root)
    result = build_downloads(two, STUDIO, SITE, tmp_path / "cache", today=date(2025, 1, 1))
    assert result.generated == 10
    assert downloads_build._workers == {}


def test_changes_to_content_or_studio_make_new_files(site, tmp_path):
    site.program()
    site.program(PROGRAM.replace("title: Test Strength", "title: Other"), name="other.yml")
    folder = tmp_path / "cache"
    catalog = load_catalog(site.root)
    assert build_downloads(catalog, STUDIO, SITE, folder, workers=2).generated == 10
    site.program(PROGRAM.replace("rest: 90 s", "rest: 2 min"), name="other.yml")
    changed = build_downloads(load_catalog(site.root), STUDIO, SITE, folder, workers=2)
    assert (changed.generated, changed.reused) == (5, 5)
    renamed = build_downloads(load_catalog(site.root), STUDIO.model_copy(update={"name": "New Name"}), SITE, folder)
    assert (renamed.generated, renamed.reused) == (4, 6)  # the PDFs and calendars print the studio's name
    assert _made_again(changed, renamed) == {".pdf", ".ics"}
    moved = build_downloads(load_catalog(site.root), STUDIO.model_copy(update={"name": "New Name"}),
                            "https://elsewhere.example/", folder)
    assert (moved.generated, moved.reused) == (4, 6)  # and the site's address
    assert _made_again(renamed, moved) == {".pdf", ".ics"}


def _made_again(before, after) -> set[str]:
    return {Path(path).suffix for path, cached in after.files.items() if before.files[path] != cached}


def test_the_files_that_do_not_key_on_the_studio_or_the_address_do_not_print_them(catalog, tmp_path):
    # Their cache keys leave both out (Format.branded), so a studio or an address in them would go stale.
    other = STUDIO.model_copy(update={"name": "Elsewhere Gym", "city": "York", "email": "a@elsewhere.example",
                                      "booking": Booking(personal_training="https://elsewhere.example/pt",
                                                         sports_massage="tel:+441234567890",
                                                         presale="mailto:a@elsewhere.example")})
    made = {}
    for name, studio, url in (("one", STUDIO, SITE), ("two", other, "https://elsewhere.example/sub/")):
        result = build_downloads(catalog, studio, url, tmp_path / name, today=date(2025, 1, 1), workers=1)
        made[name] = {Path(path).suffix: cached.read_bytes() for path, cached in result.files.items()}
    unbranded = {f".{fmt.ext}" for fmt in FORMATS if not fmt.branded}
    assert unbranded == {".xlsx", ".csv", ".json"}
    assert all(made["one"][ext] == made["two"][ext] for ext in unbranded)
    assert all(made["one"][ext] != made["two"][ext] for ext in (".pdf", ".ics"))


def test_prune_leaves_files_it_did_not_make(tmp_path):
    keep, stale, other = tmp_path / f"{'a' * 64}.pdf", tmp_path / f"{'b' * 64}.csv", tmp_path / "notes.txt"
    for path in (keep, stale, other):
        path.write_text("x")
    assert prune(tmp_path, {keep}) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([keep.name, other.name])


def test_the_build_process_hands_each_job_its_programme_and_never_expands_a_plan_itself(catalog, tmp_path, monkeypatch):
    catalog.figures(catalog.programs[0])  # as the goal check has, while loading

    def no_plans(*_):
        raise AssertionError("the build process expanded a plan")

    monkeypatch.setattr(catalog_module, "expand", no_plans)
    result = build_downloads(catalog, STUDIO, SITE, tmp_path / "cache", today=date(2025, 1, 1), workers=1)
    assert result.generated == 5 and all(path.stat().st_size > 0 for path in result.files.values())


def test_preview_workers_import_the_writers_libraries_before_the_first_saved_programme_needs_them():
    code = ("import sys; from studio.downloads.build import start_workers; pool = start_workers(1, load_writers=True); "
            "print(pool.submit(eval, \"'reportlab' in __import__('sys').modules\").result(), 'reportlab' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60).stdout
    assert out.split() == ["True", "False"]  # in the worker, and never in the build process


# Ctrl+C as a terminal delivers it: a test run may itself have been started with it ignored (from a git hook).
# SIGUSR1 prints every thread's stack, so a build that does not stop says where it is.
WORKERS_THEN_WAIT = ("import faulthandler, signal, time; signal.signal(signal.SIGINT, signal.default_int_handler); "
                     "faulthandler.register(signal.SIGUSR1, all_threads=True); "
                     "from studio.downloads.build import start_workers; "
                     "print(*start_workers()._processes, flush=True); time.sleep(60)")
IGNORING_CTRL_C = ("import os, signal; signal.signal(signal.SIGINT, signal.SIG_IGN); "
                   "from studio.downloads.build import start_workers; pool = start_workers(); "
                   "os.killpg(0, signal.SIGINT); print(pool.submit(sum, [2, 3]).result(timeout=30))")


def test_the_workers_of_a_build_that_ignores_ctrl_c_go_on_with_it():
    out = subprocess.run([sys.executable, "-c", IGNORING_CTRL_C], capture_output=True, text=True, timeout=60,
                         start_new_session=True)
    assert (out.returncode, out.stdout.strip()) == (0, "5"), out.stderr


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return "gone"


def _alive(pid: int) -> bool:
    return _state(pid) not in ("Z", "gone")


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGINT])
def test_the_workers_end_with_the_build_and_quietly(stop):
    build = subprocess.Popen([sys.executable, "-c", WORKERS_THEN_WAIT], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)
    workers = [int(pid) for pid in build.stdout.readline().split()]
    assert len(workers) == 2 and all(_alive(pid) for pid in workers)
    if stop == signal.SIGINT:
        os.killpg(build.pid, stop)  # Ctrl+C reaches the whole process group
    else:
        os.kill(build.pid, stop)  # the build alone, killed: nothing of it can tidy up
    try:
        build.wait(timeout=30)
    except subprocess.TimeoutExpired:
        states = {pid: _state(pid) for pid in [build.pid, *workers]}
        os.kill(build.pid, signal.SIGUSR1)
        time.sleep(1)
        os.killpg(build.pid, signal.SIGKILL)
        pytest.fail(f"the build did not end within 30 s of {stop.name}; states {states}; "
                    f"its threads:\n{build.communicate()[1]}")
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)
    said = build.stderr.read()  # the build's own KeyboardInterrupt is its business; no worker's may show
    assert said.count("Traceback") <= 1 and "multiprocessing" not in said and "concurrent" not in said
