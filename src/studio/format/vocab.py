"""The fixed words of the site, spelled once: goals, levels, booking keys, and what a slug may be.

Every module that needs one of these imports it from here.
"""

from __future__ import annotations

import re
import unicodedata

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
SAFE_URL = re.compile(r"^(https?://[^\s\"'<>]+|mailto:[^\s\"'<>]+|tel:[+\d][\d\s().-]*)$", re.I)


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
