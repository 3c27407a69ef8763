"""The studio's own details, kept in one place: `extra.studio` in mkdocs.yml."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from studio.common import ContentError, Problem
from studio.format import BOOKING, Document, Line, Url, load_yaml, problems_from, quote
from studio.site.mailinglist import MailingList

# One link per booking key, so calls to action and the settings share one list.
Booking = create_model("Booking", __config__=ConfigDict(extra="forbid", frozen=True),
                       **{key: (Url, Field(description=text)) for key, text in BOOKING.items()})


class Studio(BaseModel):
    """Name, place, contact details and booking links."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    name: Line
    city: Line
    address: str = ""
    email: str = Field(pattern=r"^[^@\s<>\"']+@[^@\s<>\"']+\.[a-z]{2,}$")
    phone: str = Field("", pattern=r"^[+\d][\d\s().-]*$")
    booking: Booking
    mailing_list: MailingList | None = Field(None, description="Where sign-up forms send a reader's email.")


def load_studio(extra: dict, config_file: Path) -> Studio:
    """Validate extra.studio; messages point at lines of mkdocs.yml."""
    try:
        return _Wrapper.model_validate({"extra": {"studio": extra.get("studio")}}).extra.studio
    except ValidationError as error:
        raise ContentError(problems_from(error, lines_of(config_file), _Wrapper)) from None


# Material prints the site's name and address into its pages without escaping them (the header, the nav, an
# aria-label, the canonical link, a <meta> and an inline script), so they may not hold what HTML would read as
# markup: checked here, with the line, before the theme sees them.
_MARKUP = re.compile(r"[<>\"`\\]")
_SITE_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:\d+)?(/[A-Za-z0-9._~!$&()*+,;=:@%/-]*)?$")


def check_site(site_name: str, site_url: str | None, config_file: Path) -> list[Problem]:
    """mkdocs.yml's site_name and site_url, as the theme will print them."""
    problems = []
    if _MARKUP.search(site_name or ""):
        problems.append(("site_name", f"{quote(site_name)} has {_MARKUP.search(site_name).group()}, which the theme "
                                      "would print as part of the page's code; write the name as plain text, "
                                      "without < > \" ` or \\"))
    if site_url and not _SITE_URL.match(site_url):
        problems.append(("site_url", f"{quote(site_url)} is not the site's full address; write it like "
                                     "https://www.example.com/, with no spaces, quotes, < > or backslashes"))
    if not problems:
        return []
    doc = lines_of(config_file)
    return [Problem(config_file.name, doc.line_of((key,)), key, message) for key, message in problems]


def lines_of(config_file: Path) -> Document:
    """mkdocs.yml with the line of every value, read again only when there is a problem to report (the studio's
    details here, the build's options in config.py); without lines when it cannot be read."""
    try:
        return load_yaml(config_file, config_file.name, other_tags=True)
    except (ContentError, OSError):
        return Document(config_file.name, None)


class _Extra(BaseModel):
    studio: Studio


class _Wrapper(BaseModel):
    extra: _Extra
