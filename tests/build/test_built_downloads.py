"""Every sample programme's downloads, built for real and opened with real readers."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date, timedelta

import openpyxl
import pytest
from pdfboxes import text_problems
from readers import (
    csv_rows,
    download_schema,
    flat,
    half_up,
    ics_events,
    input_cells,
    libreoffice_recalculate_all,
    pdf_pages,
    set_rows,
)
from sitecopy import BUILD_DATE, SITE, run_build

from studio import load_catalog
from studio.downloads import FORMATS as FORMAT_ENTRIES
from studio.downloads import INPUTS, STEP_CELL, UNIT_CELL
from studio.plan import slots
from studio.presentation import exercise_label, exercise_sets, first_sessions, sets_reps

FORMATS = [fmt.ext for fmt in FORMAT_ENTRIES]

pytestmark = pytest.mark.build
CATALOG = load_catalog(SITE)
PROGRAMS = CATALOG.programs
by_slug = pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.slug)


def download(built, program, ext):
    return built.site / "programs" / program.slug / f"{program.slug}.{ext}"


def planned_sets(program):
    """(week, session, order, exercise, set, reps, load) for every set of every session, from the plan."""
    for session in CATALOG.plan(program).sessions:
        for exercise in session.exercises:
            for done in exercise.sets:
                yield (session.week, session.index, exercise.order, exercise.name, done.number, str(done.reps),
                       str(done.load) if done.load else "")


@by_slug
def test_page_links_every_download(built, program):
    page = built.page(f"programs/{program.slug}/")
    links = [a["href"] for a in page.select(".studio-downloads__list a")]
    assert links == [f"{program.slug}.{ext}" for ext in FORMATS]
    # The catalogue card stays light (a thousand of them): it leads to the page, which has the downloads.
    card = next(c for c in built.page("programs/").select(".studio-card")
                if c.select_one(".studio-card__title").get_text(strip=True) == program.title)
    assert [a["href"] for a in card.select("a")] == [f"{program.slug}/"]
    for ext in FORMATS:
        assert download(built, program, ext).stat().st_size > 0
    form = page.select_one("form.studio-calendar")
    assert form["data-program"] == f"{program.slug}.json" and "studio-js-only" in form["class"]


@by_slug
def test_pdf_has_title_every_exercise_and_a_log_sheet_per_week(built, program):
    pages = pdf_pages(download(built, program, "pdf"))
    text = flat(" ".join(pages))
    assert program.title in text
    for check in program.readiness:
        assert flat(check) in text
    for _, item in program.exercises():
        assert CATALOG.exercise(item.exercise).name in text
    logs = {}
    for page in map(flat, pages):
        if match := re.match(r"^.*?Week (\d+) log ", page):
            logs.setdefault(int(match.group(1)), "")
            logs[int(match.group(1))] += page
        elif logs and "Session" in page:  # a week that runs onto a second page
            logs[max(logs)] += page
    assert sorted(logs) == list(range(1, program.weeks + 1))
    for week in CATALOG.plan(program).weeks:
        for session in week.sessions:
            assert f"Session {session.number} · {session.template.name}" in logs[week.number]
            for exercise in session.exercises:
                cells = " ".join(s.label for s in exercise.sets)
                assert f"{exercise.name} {exercise_label(exercise)}" in logs[week.number]
                assert cells in logs[week.number] or all(s.label in logs[week.number] for s in exercise.sets)


@by_slug
def test_pdf_prints_no_text_over_text_out_of_its_cell_or_off_the_paper(built, program):
    assert text_problems(download(built, program, "pdf")) == []


@by_slug
def test_csv_carries_every_set_of_every_session(built, program):
    from_csv = []
    for row in csv_rows(download(built, program, "csv")):
        if row["block"]:  # a conditioning block's exercise has work each round, not sets (test_block_outputs.py)
            continue
        for number in range(int(row["set_from"]), int(row["set_to"]) + 1):
            from_csv.append((int(row["week"]), int(row["session"]), row["order"], row["exercise"], number,
                             row["reps"], row["load"]))
    assert from_csv == list(planned_sets(program))


@by_slug
def test_page_carries_every_prescribed_set(built, program):
    article = built.page(f"programs/{program.slug}/").select_one("article")
    shown = [td.contents[0].strip() for td in article.select('td[data-label="Sets × reps"]')]
    assert len(shown) == sum(1 for _ in program.exercises())
    # The day tables show the first week of each phase, as the plan resolves it.
    plan = CATALOG.plan(program)
    firsts = []
    for p, phase in enumerate(program.phases):
        first = first_sessions(plan, p)
        for d, day in enumerate(phase.days):
            for slot in slots(day):
                firsts.append(exercise_sets(first[(d, slot.order)]) if (d, slot.order) in first
                              else sets_reps(slot.item))
    assert shown == firsts


@by_slug
def test_json_is_valid_and_the_calendar_has_every_session(built, program):
    data = json.loads(download(built, program, "json").read_text(encoding="utf-8"))
    download_schema().validate(data)
    assert data["title"] == program.title and len(data["sessions"]) == program.weeks * program.sessions_per_week
    events = ics_events(download(built, program, "ics").read_bytes())
    assert len(events) == len(data["sessions"])
    starts = [e.decoded("dtstart") for e in events]
    built_on = date.fromisoformat(BUILD_DATE)
    assert starts[0].weekday() == 0 and built_on < starts[0] <= built_on + timedelta(days=7)
    assert starts == sorted(starts) and (starts[-1] - starts[0]).days < 7 * program.weeks
    assert str(events[0]["description"]).startswith(data["sessions"][0]["description"])


def test_a_warm_rebuild_regenerates_nothing(built, tmp_path):
    root = tmp_path / "warm"
    shutil.copytree(built.root, root, ignore=shutil.ignore_patterns("site"))
    first = {p.relative_to(built.site): p.read_bytes() for p in (built.site / "programs").glob("*/*.*")
             if p.suffix != ".html"}
    assert len(first) == len(PROGRAMS) * len(FORMATS)
    assert f"downloads: {len(first)} generated, 0 reused" in built.output
    again = run_build(root, build_date=BUILD_DATE)
    assert again.returncode == 0, again.output
    assert f"downloads: 0 generated, {len(first)} reused" in again.output
    assert {path: (again.site / path).read_bytes() for path in first} == first


def plan_rows(program):
    """(week, session, day, order, exercise, set, reps, target) for every set of the plan, warm-ups first."""
    for session in CATALOG.plan(program).sessions:
        for exercise in session.exercises:
            side = " each side" if exercise.item.each_side else ""
            for label, done in [(f"W{s.number}", s) for s in exercise.warmups] + [(s.number, s) for s in exercise.sets]:
                yield (session.week, session.number, session.template.name, exercise.order, exercise.name, label,
                       str(done.reps) + side, done.load)


@by_slug
def test_xlsx_has_a_block_per_session_with_every_set_of_the_plan(built, program):
    rows = set_rows(download(built, program, "xlsx"))
    assert [(r["week"], r["session"], r["day"], r["Order"], r["Exercise"], r["Set"], r["Reps"]) for r in rows] == [
        row[:7] for row in plan_rows(program)]
    sheets = openpyxl.load_workbook(download(built, program, "xlsx")).sheetnames
    assert len(sheets) == 1 + len(program.phases)


def expected_load(target, warmup: bool, numbers: dict, lift: str, unit: str, step: float, training_max,
                  end: str = "low", barbell: bool = False):
    """What a load cell ('low') or its 'Up to' cell ('high') should compute, worked out here in Python from
    the plan's target and the inputs: a barbell warm-up never below the bar (20 kg or 45 lb, as Inputs starts)."""
    per_kg = 2.20462 if unit == "lb" else 1
    bar = 45 if unit == "lb" else 20
    if warmup and target is not None and target.kind == "bar":
        return bar if end == "low" else None
    if warmup and barbell:
        found = expected_load(target, warmup, numbers, lift, unit, step, training_max, end)
        return None if found is None else max(bar, found)

    def to_unit(amount, written):
        return amount * per_kg if written == "kg" else amount / 2.20462 * per_kg

    def to_step(value):
        return half_up(value / step) * step

    if target is None or end == "high" and (target.kind not in ("percent", "weight") or target.high == target.low):
        return None
    share = getattr(target, end)
    if target.kind == "start":
        return to_step(target.scale * (numbers[(lift, "Start weight")] + (to_unit(target.add, target.unit)
                                                                          if target.add else 0)))
    if target.kind == "percent" and (target.basis == "TM" or target.basis.endswith("RM")):
        base = numbers[(lift, "1RM")] * training_max / 100 if target.basis == "TM" else numbers[(lift, target.basis)]
        return to_step((base + (to_unit(target.add, target.unit) if target.add else 0)) * share / 100)
    if target.kind == "weight":
        if target.unit == unit and not warmup and not target.via:
            return share
        return to_step(to_unit(share, target.unit))
    return None


@pytest.fixture(scope="module")
def recalculated(built, tmp_path_factory):
    """Every programme that asks for numbers, filled in and recalculated by LibreOffice, in kg and in lb."""
    if not shutil.which("soffice"):
        pytest.skip("needs LibreOffice Calc: run scripts/ensure-libreoffice.sh")
    folder = tmp_path_factory.mktemp("recalculated")
    filled, numbers = {}, {}
    for program in PROGRAMS:
        inputs = CATALOG.plan(program).inputs()
        if not inputs:
            continue
        for unit in ("kg", "lb"):
            book = openpyxl.load_workbook(download(built, program, "xlsx"))
            book[INPUTS][UNIT_CELL] = unit
            mine = {}
            for n, (key, cell) in enumerate(input_cells(book).items()):
                if book[INPUTS][cell].value is None:  # an input, not a formula
                    mine[key] = (41 if key[1] == "Start weight" else 101) + 37 * n
                    book[INPUTS][cell] = mine[key]
            numbers[(program.slug, unit)] = mine
            filled[(program.slug, unit)] = folder / f"{program.slug}-{unit}.xlsx"
            book.save(filled[(program.slug, unit)])
    done = libreoffice_recalculate_all(list(filled.values()), folder)
    return {key: (set_rows(path, data_only=True), numbers[key],
                  openpyxl.load_workbook(path, data_only=True)[INPUTS][STEP_CELL].value)
            for key, path in zip(filled, done)}


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["kg", "lb"])
def test_libreoffice_computes_every_load_from_the_inputs(recalculated, unit):
    assert any(key[1] == unit for key in recalculated)
    checked = 0
    for program in PROGRAMS:
        if (program.slug, unit) not in recalculated:
            continue
        rows, numbers, step = recalculated[(program.slug, unit)]
        assert step == (5 if unit == "lb" else 2.5)
        barbells = {e.name for s in CATALOG.plan(program).sessions for e in s.exercises if e.barbell}
        for row, (*_, lift, label, _, target) in zip(rows, plan_rows(program), strict=True):
            for column, end in (("Load", "low"), ("Up to", "high")):
                want = expected_load(target, isinstance(label, str), numbers, lift, unit, step, program.training_max,
                                     end, lift in barbells)
                assert row[column] == (pytest.approx(want) if want is not None else None), (program.slug, row)
                checked += want is not None
    assert checked >= 100


def _loads(rows, exercise: str, order: str = "A") -> dict[tuple[int, int], list]:
    """{(week, session): working-set loads} for one exercise at one place in the day."""
    found: dict[tuple[int, int], list] = {}
    for row in rows:
        if row["Exercise"] == exercise and row["Order"] == order and isinstance(row["Set"], int):
            found.setdefault((row["week"], row["session"]), []).append(row["Load"])
    return found


@pytest.mark.slow
def test_the_samples_spreadsheets_compute_each_kind_of_progression(recalculated):
    def step(value):
        return half_up(value / 2.5) * 2.5

    # Peak Strength Block: week 2's squat is week 1's × 1.025 on every set, week 3's × 1.025².
    rows, numbers, _ = recalculated[("peak-strength-block", "kg")]
    squat, one_rm = _loads(rows, "Back squat"), numbers[("Back squat", "1RM")]
    shares = (62.5, 67.5, 72.5, 72.5, 72.5)
    assert squat[(1, 1)] == [step(one_rm * p / 100) for p in shares]
    assert squat[(2, 1)] == [step(one_rm * p * 1.025 / 100) for p in shares] != squat[(1, 1)]
    assert squat[(3, 1)] == [step(one_rm * p * 1.025 ** 2 / 100) for p in shares]
    # Training Max Waves: week 1's top set is 85% of a training max of 90% of the 1RM; cycle 2's max is 5 kg more.
    rows, numbers, _ = recalculated[("training-max-waves", "kg")]
    squat, one_rm = _loads(rows, "Back squat"), numbers[("Back squat", "1RM")]
    assert squat[(1, 1)] == [step(one_rm * 0.9 * p / 100) for p in (65, 75, 85)]
    assert squat[(5, 1)] == [step((one_rm * 0.9 + 5) * p / 100) for p in (65, 75, 85)]
    # Novice Linear Progression: session N's squat is the start weight + (N - 1) × 2.5 kg.
    rows, numbers, _ = recalculated[("novice-linear-ab", "kg")]
    squat, start = _loads(rows, "Back squat"), numbers[("Back squat", "Start weight")]
    assert [loads[0] for loads in squat.values()] == [step(start + 2.5 * n) for n in range(len(squat))]
    assert len(squat) == 36
