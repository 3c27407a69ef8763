"""'Add to calendar' in real Chromium: the file built in the browser, read back with icalendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect
from readers import ics_events
from sitecopy import SITE

from studio import load_catalog
from studio.catalog import program_cells
from studio.downloads import calendar_bytes, program_data

pytestmark = pytest.mark.browser
CATALOG = load_catalog(SITE)


@pytest.mark.parametrize("slug", ["peak-strength-block", "kettlebell-conditioning"])
def test_calendar_for_a_chosen_start_date(page: Page, site_url: str, slug: str):
    program = next(p for p in CATALOG.programs if p.slug == slug)
    start = date(2031, 2, 26)  # a Wednesday: the picker starts on whatever day the reader chooses
    page.goto(f"{site_url}/programs/{slug}/", wait_until="load")
    form = page.locator("form.studio-calendar")
    expect(form).to_be_visible()
    form.locator("input[name=start]").fill(start.isoformat())
    with page.expect_download() as info:
        form.get_by_role("button", name="Add to calendar").click()
    download = info.value
    assert download.suggested_filename == f"{slug}.ics"
    events = ics_events(open(download.path(), "rb").read())

    data = program_data(CATALOG.plan(program), CATALOG.exercise, program_cells(CATALOG, program))
    expected = ics_events(calendar_bytes(data, "x", "http://127.0.0.1/", start))
    assert len(events) == len(data.sessions) == program.weeks * program.sessions_per_week
    assert events[0].decoded("dtstart") == start
    assert [e.decoded("dtstart") for e in events] == [e.decoded("dtstart") for e in expected]
    assert [e.decoded("dtend") - e.decoded("dtstart") for e in events] == [timedelta(days=1)] * len(events)
    assert [str(e["summary"]) for e in events] == [str(e["summary"]) for e in expected]
    page_url = f"{site_url}/programs/{slug}/"
    assert [str(e["description"]) for e in events] == [
        str(e["description"]).replace("http://127.0.0.1/" + data.url, page_url) for e in expected]
    assert len({str(e["uid"]) for e in events}) == len(events)
    # Each event opens its session in the training view.
    assert [str(e["url"]) for e in events] == [str(e["url"]).replace("http://127.0.0.1/" + data.url, page_url)
                                               for e in expected]
    assert str(events[1]["url"]) == page_url + "train/#w1-s2"
    expect(form.locator(".studio-calendar__status")).to_contain_text(f"{len(events)} sessions from 2031-02-26")


def test_calendar_form_asks_for_a_date(page: Page, site_url: str):
    page.goto(f"{site_url}/programs/move-well-first/", wait_until="load")
    form = page.locator("form.studio-calendar")
    form.get_by_role("button", name="Add to calendar").click()
    # The browser's own validation stops an empty date: no file, and the field reports why.
    assert form.locator("input[name=start]").evaluate("input => input.validity.valueMissing")
