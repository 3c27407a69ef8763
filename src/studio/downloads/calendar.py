"""The calendar download: one all-day event per session, as a weekly schedule.

Each event's URL opens that session in the training view, /programs/<slug>/train/#w<week>-s<session>.
A static site cannot know when a reader starts, so the file built with the site starts on the
first Monday after the build (`job.first_monday`); the page's date picker (overrides/assets/calendar.js)
builds the same events in the browser from the JSON download for any start date.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlsplit

from icalendar import Calendar, Event

from studio.downloads.data import ProgramData
from studio.presentation import session_anchor, training_url


def event_uid(slug: str, week: int, session: int, host: str) -> str:
    return f"{slug}-w{week}-s{session}@{host}"


def calendar_bytes(data: ProgramData, studio_name: str, site_url: str, start: date) -> bytes:
    host = urlsplit(site_url).hostname or "localhost"
    page = site_url.rstrip("/") + "/" + data.url
    train = site_url.rstrip("/") + "/" + training_url(data.slug)
    calendar = Calendar()
    calendar.add("prodid", f"-//{studio_name}//Programmes//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", data.title)
    # The stamp is the start date rather than the clock, so the same inputs give the same file.
    stamp = datetime(start.year, start.month, start.day, tzinfo=timezone.utc)
    for session in data.sessions:
        day = start + timedelta(days=session.day_offset)
        event = Event()
        event.add("uid", event_uid(data.slug, session.week, session.session, host))
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", f"{data.title}: {session.title}")
        event.add("description", f"{session.description}\n\nFull programme: {page}")
        event.add("url", f"{train}#{session_anchor(session.week, session.session)}")  # opens that session's view
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()
