"""The fixed words of the site, spelled once: goals, levels, booking keys, and what a slug may be.

Every module that needs one of these imports it from here.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import SplitResult, urlsplit

GOALS = ("strength", "hypertrophy", "general fitness")
GOAL_LABELS = {"strength": "Strength", "hypertrophy": "Muscle size", "general fitness": "General fitness"}
LEVELS = ("beginner", "intermediate", "advanced")
# The links under extra.studio.booking in mkdocs.yml that a call to action can name.
BOOKING = {"personal_training": "Where to book 1-on-1 personal training.",
           "sports_massage": "Where to book a sports massage.",
           "presale": "Where to join the coaching pre-sale list."}
BOOKING_KEYS = tuple(BOOKING)
# Page names and ids: lowercase words joined by single hyphens.
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# One line of text: no line break of any kind (a calendar event, a spreadsheet cell and a page heading show titles,
# names and labels on one line, and a line break in an iCalendar SUMMARY would end it early).
LINE_PATTERN = "^[^\r\n\v\f\x85\u2028\u2029]*$"
# The links an owner may write: http(s) with no backslash (browsers read it as "/") and no user name before the
# host (https://name@host hides where the link leads), mailto: and tel:.
SAFE_URL = re.compile(r"^(https?://[^\s\"'<>\\/?#@]+([/?#][^\s\"'<>\\]*)?|mailto:[^\s\"'<>\\]+|tel:[+\d][\d\s().-]*)$", re.I)
_HIDDEN = re.compile(r"[\t\n\r]")
_SPECIAL = re.compile(r"^(https?|wss?|ftp):", re.I)


def browser_url(url: str) -> SplitResult:
    """An address split as a browser splits it (the WHATWG URL rules that decide its host): spaces and control
    characters at either end are dropped, tabs and line breaks anywhere, and in web addresses a backslash is a
    slash. Python's urlsplit alone reads 'https://evil.example\\@vimeo.com/' as vimeo.com; a browser goes to
    evil.example."""
    url = _HIDDEN.sub("", url.strip("".join(map(chr, range(33)))))
    if _SPECIAL.match(url):
        url = url.replace("\\", "/")
    return urlsplit(url)


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
