"""Calls to action: defined once in data/calls-to-action.yml, chosen per page, dated at build time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import Field, model_validator

from studio.common import Problem, did_you_mean
from studio.format import BOOKING_KEYS, SLUG_PATTERN, Collector, Document, Line, StrictModel, Text, Url

CALLS_FILE = "data/calls-to-action.yml"
NO_CALL = "none"


class Wording(StrictModel):
    heading: Line
    text: Text
    button: Line = Field(max_length=60)
    signup: bool = Field(False, description="Show a sign-up form for the mailing list in mkdocs.yml "
                                            "(extra.studio.mailing_list) instead of a link; the button sends it.")


class CallToAction(Wording):
    """One call to action. `booking` names a link in mkdocs.yml; `url` is any other address."""

    id: str = Field(pattern=SLUG_PATTERN, description="Pages choose it by this, e.g. personal-training.")
    booking: Literal[BOOKING_KEYS] | None = Field(None, description="A booking link from extra.studio.booking in mkdocs.yml.")  # type: ignore[valid-type]
    url: Url | None = None
    # Not strict: the YAML loader keeps dates as the text written, and pydantic reads YYYY-MM-DD.
    opens: date | None = Field(None, strict=False, description="First day it shows (YYYY-MM-DD).")
    closes: date | None = Field(None, strict=False, description="Last day it shows (YYYY-MM-DD).")
    before_opening: Wording | None = Field(None, description="What shows before `opens`; without it, nothing shows.")
    embed: str | None = Field(None, pattern=r"^https://[^\s\"'<>]+$",
                              description="Optional https address of a booking form to show in the page; "
                                          "it loads only when the reader asks for it.")

    @model_validator(mode="after")
    def _one_link(self):
        if self.signup:
            if self.booking is not None or self.url is not None or self.embed is not None:
                field = "booking" if self.booking is not None else "url" if self.url is not None else "embed"
                raise ValueError(f"signup: true shows a sign-up form in place of a link; remove {field}:, or "
                                 "signup: to link instead")
        elif (self.booking is None) == (self.url is None):
            raise ValueError("give either booking: (a link from mkdocs.yml), url: or signup: true (a sign-up form), "
                             "not both or neither")
        if self.opens and self.closes and self.closes < self.opens:
            raise ValueError(f"closes ({self.closes}) is before opens ({self.opens})")
        return self


class CallsFile(StrictModel):
    """data/calls-to-action.yml."""

    defaults: dict[str, str] = Field(default_factory=dict,
                                     description="Per section (first folder of a page, or 'top' for pages at the top): an id or none.")
    calls_to_action: list[CallToAction] = Field(min_length=1)


@dataclass(frozen=True)
class Shown:
    """What a reader sees on a given day."""

    id: str
    heading: str
    text: str
    button: str
    url: str
    upcoming: bool = False
    embed: str | None = None
    signup: bool = False  # a sign-up form for the mailing list in place of the link (url is then "")

    @property
    def embed_host(self) -> str:
        return urlsplit(self.embed).hostname or "" if self.embed else ""


def resolve_call(call: CallToAction, today: date, link: str) -> Shown | None:
    """The wording for `today`: nothing after closing, the pre-opening variant (or nothing) before opening."""
    if call.closes and today > call.closes:
        return None
    if call.opens and today < call.opens:
        early = call.before_opening
        if early is None:
            return None
        day = f"{call.opens.day} {call.opens:%B}"  # '{opens}' in the wording reads '11 January'
        heading, text, button = (w.replace("{opens}", day) for w in (early.heading, early.text, early.button))
        return Shown(call.id, heading, text, button, "" if early.signup else link, upcoming=True,  # no embed yet
                     signup=early.signup)
    return Shown(call.id, call.heading, call.text, call.button, "" if call.signup else link, embed=call.embed,
                 signup=call.signup)


@lru_cache(maxsize=8192)  # every page's call to action, every build: 0.05 ms each, 15 ms of a preview's save
def with_utm(url: str, campaign: str, content: str, source: str) -> str:
    """Add UTM tags to an http(s) link, keeping any query it has."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return url
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_")]
    query += [("utm_source", source), ("utm_medium", "call-to-action"), ("utm_campaign", campaign),
              ("utm_content", content)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def section_of(src: str) -> str:
    return src.split("/", 1)[0] if "/" in src else "top"


def check_calls(calls: CallsFile, doc: Document, mailing_list: bool = True) -> list[Problem]:
    """Ids used once, defaults that exist, and sign-up forms only with a mailing list set in mkdocs.yml."""
    found = Collector(doc)
    for i, call in enumerate(calls.calls_to_action or []):
        for path, wording in ((("calls_to_action", i), call), (("calls_to_action", i, "before_opening"),
                                                                call and call.before_opening)):
            if wording is not None and wording.signup and not mailing_list:
                found.add((*path, "signup"), "a sign-up form needs the mailing list it sends to, set once in "
                          "mkdocs.yml: add extra.studio.mailing_list with provider:, address: and list: (the "
                          "owner's guide shows each provider's), or remove signup:")
    first: dict[str, int] = {}
    for i, call in enumerate(calls.calls_to_action or []):
        if call is None or call.id is None:
            continue
        if call.id in first:
            found.add(("calls_to_action", i, "id"),
                      f"'{call.id}' is already used by calls_to_action[{first[call.id]}]; give each its own id")
        first.setdefault(call.id, i)
    complete = calls.calls_to_action is not None and all(c is not None and c.id for c in calls.calls_to_action)
    for section, key in (calls.defaults or {}).items() if complete else ():
        if key != NO_CALL and key not in first:
            found.add(("defaults", section), f"there is no call to action '{key}'; {did_you_mean(key, list(first))}"
                      f"use one of {', '.join(first)}, or none")
    return found.problems
