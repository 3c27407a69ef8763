"""Every sample programme's downloads, built for real and opened with real readers."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date, timedelta

import openpyxl
import pytest

from readers import (csv_rows, download_schema, flat, half_up, ics_events, libreoffice_recalculate, pdf_pages,
                     set_rows)
from sitecopy import BUILD_DATE, ROOT, run_build
from studio import load_catalog
from studio.downloads.formats import FORMATS as FORMAT_ENTRIES
from studio.downloads.rows import main_lifts, set_targets
from studio.presentation import labels
from studio.presentation.order import slots
from studio.presentation.weekly import first_sessions

FORMATS = [fmt.ext for fmt in FORMAT_ENTRIES]

pytestmark = pytest.mark.build
CATALOG = load_catalog(ROOT)
PROGRAMS = CATALOG.programs
by_slug = pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.slug)


def download(built, program, ext):
    return built.site / "programs" / program.slug / f"{program.slug}.{ext}"


def prescribed_sets(program):
    """(phase, day, order, exercise, set, reps) for every set of every day template."""
    for p, phase in enumerate(program.phases, start=1):
        for d, day in enumerate(phase.days, start=1):
            for slot in slots(day):
                name = CATALOG.exercise(slot.item.exercise).name
                for target in set_targets(slot.item):
                    yield p, d, slot.order, name, target.number, str(target.reps)


def planned_sets(program):
    """(week, session, order, exercise, set, reps, load) for every set of every session, from the plan."""
    for session in CATALOG.plan(program).sessions:
        for exercise in session.exercises:
            for done in exercise.sets:
                yield (session.week, session.index, exercise.order, exercise.name, done.number, str(done.reps),
                       str(done.load) if done.load else "")


@by_slug
def test_page_and_card_link_every_download(built, program):
    page = built.page(f"programs/{program.slug}/")
    links = [a["href"] for a in page.select(".studio-downloads__list a")]
    assert links == [f"{program.slug}.{ext}" for ext in FORMATS]
    card = next(c for c in built.page("programs/").select(".studio-card")
                if c.select_one(".studio-card__title").get_text(strip=True) == program.title)
    assert [a["href"] for a in card.select(".studio-card__downloads a")] == [
        f"{program.slug}/{program.slug}.{ext}" for ext in FORMATS]
    for ext in FORMATS:
        assert download(built, program, ext).stat().st_size > 0
    form = page.select_one("form.studio-calendar")
    assert form["data-program"] == f"{program.slug}.json" and form.has_attr("hidden")


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
                assert f"{exercise.name} {labels.exercise_label(exercise)}" in logs[week.number]
                assert cells in logs[week.number] or all(s.label in logs[week.number] for s in exercise.sets)


@by_slug
def test_csv_carries_every_set_of_every_session(built, program):
    from_csv = []
    for row in csv_rows(download(built, program, "csv")):
        for number in range(int(row["set_from"]), int(row["set_to"]) + 1):
            from_csv.append((int(row["week"]), int(row["session"]), row["order"], row["exercise"], number,
                             row["reps"], row["load"]))
    assert from_csv == list(planned_sets(program))


@by_slug
def test_xlsx_and_page_carry_every_prescribed_set(built, program):
    expected = list(prescribed_sets(program))
    sheets = openpyxl.load_workbook(download(built, program, "xlsx")).sheetnames[1:]
    from_xlsx = [(sheets.index(r["sheet"]) + 1, r["Exercise"], r["Set"], r["Reps"].removesuffix(" each side"))
                 for r in set_rows(download(built, program, "xlsx"))]
    assert from_xlsx == [(p, name, n, reps) for p, _, _, name, n, reps in expected]
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
                firsts.append(labels.exercise_sets(first[(d, slot.order)]) if (d, slot.order) in first
                              else labels.sets_reps(slot.item))
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


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice Calc: run scripts/ensure-libreoffice.sh")
@pytest.mark.parametrize(("unit", "step"), [("kg", 2.5), ("lb", 5)])
def test_libreoffice_computes_the_loads_from_the_inputs(built, tmp_path, unit, step):
    program = next(p for p in PROGRAMS if p.slug == "peak-strength-block")
    lifts = main_lifts(program, CATALOG.exercise)
    maxes = {name: 101 + 37 * n for n, name in enumerate(lifts)}
    book = openpyxl.load_workbook(download(built, program, "xlsx"))
    inputs = book["Inputs"]
    inputs["B4"] = unit
    for row in range(8, 8 + len(lifts)):
        inputs[f"B{row}"] = maxes[inputs[f"A{row}"].value]
    source = tmp_path / "filled.xlsx"
    book.save(source)
    computed = set_rows(libreoffice_recalculate(source, tmp_path), data_only=True)
    checked = 0
    for row in computed:
        load = row["Prescribed load"] or ""
        if match := re.fullmatch(r"([\d.]+)(?:–([\d.]+))?% 1RM", load):
            low = float(match.group(1))
            assert row["Target"] == pytest.approx(half_up(maxes[row["Exercise"]] * low / 100 / step) * step), row
            checked += 1
        else:
            assert row["Target"] in (None, ""), row
    assert checked >= 40
