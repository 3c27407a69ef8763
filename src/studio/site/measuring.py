"""Consent-first measurement: Material's cookie consent (`extra.consent`) and analytics (`extra.analytics`).

Both are off unless mkdocs.yml sets them. The theme reads these settings itself; they are checked here first, with
their lines, because a mistake in them would otherwise show as a page that quietly measures nothing, or one that
measures before the reader has agreed: analytics therefore needs the consent dialog.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from studio.common import ContentError, Problem
from studio.format import Line, Text, problems_from, quote
from studio.site.mailinglist import is_secure
from studio.site.settings import lines_of

PLAUSIBLE_SCRIPT = "https://plausible.io/js/script.js"
ACTIONS = ("accept", "reject", "manage")  # the consent dialog's buttons
_DOMAIN = r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Analytics(_Strict):
    """extra.analytics: Plausible (no cookies), or Material's own Google Analytics."""

    provider: Literal["plausible", "google"]
    domain: str | None = Field(None, pattern=_DOMAIN, description="Plausible: the site's domain as added there.")
    src: str | None = Field(None, description="Plausible: the script's address, for a self-hosted Plausible.")
    property: str | None = Field(None, pattern=r"^G-[A-Z0-9]+$", description="Google: the measurement id, G-...")

    @field_validator("src")
    @classmethod
    def _src(cls, src: str) -> str:
        if any(c in src for c in " \"'<>\\`") or not urlsplit(src).hostname or not is_secure(src):
            raise ValueError(f"{quote(src)} is not an https address; write the address of Plausible's script, "
                             f"like {PLAUSIBLE_SCRIPT}")
        return src

    @model_validator(mode="after")
    def _fields_of_provider(self):
        if self.provider == "plausible":
            if self.domain is None:
                raise ValueError("Plausible needs the site's domain as you added it there; add domain:, "
                                 "e.g. domain: kestrel-strength.example")
            if self.property is not None:
                raise ValueError("property: is Google's; Plausible takes domain: (and src: when self-hosted)")
        else:
            if self.property is None:
                raise ValueError("Google Analytics needs its measurement id; add property:, e.g. property: G-XXXXXXXXXX")
            if self.domain is not None or self.src is not None:
                raise ValueError("domain: and src: are Plausible's; Google Analytics takes property: only")
        return self

    @builtins.property  # `property` is a field here: Material's name for Google's measurement id
    def name(self) -> str:
        return "Plausible" if self.provider == "plausible" else "Google Analytics"

    @builtins.property
    def host(self) -> str:
        if self.provider == "google":
            return "www.googletagmanager.com"
        return urlsplit(self.src or PLAUSIBLE_SCRIPT).hostname or ""


class Cookie(_Strict):
    name: Line
    checked: bool = True


class Consent(_Strict):
    """extra.consent: Material's cookie consent dialog."""

    title: Line
    description: Text
    actions: list[Literal["accept", "reject", "manage"]] | None = None
    cookies: dict[str, Line | Cookie] | None = None

    @field_validator("title", "description")
    @classmethod
    def _plain(cls, text: str) -> str:
        # Material prints both into every page without escaping them.
        if any(c in text for c in "<>`"):
            raise ValueError(f"{quote(text)} has < > or `, which the theme would print as part of the page's code; "
                             "write plain text")
        return text

    @field_validator("actions", mode="before")
    @classmethod
    def _actions(cls, actions: Any) -> Any:
        for action in actions if isinstance(actions, list) else ():
            if action not in ACTIONS:
                raise ValueError(f"{quote(action)} is not a button of the dialog; use accept, reject or manage, "
                                 "e.g. actions: [accept, reject, manage]")
        return actions


class _Extra(BaseModel):
    analytics: Analytics | None = None
    consent: Consent | None = None


class _Wrapper(BaseModel):
    extra: _Extra


@dataclass(frozen=True)
class Measuring:
    """What the site measures, and whether it asks first; both None: nothing is measured."""

    analytics: Analytics | None = None
    consent: Consent | None = None


def load_measuring(extra: dict, config_file: Path) -> Measuring:
    """extra.analytics and extra.consent, checked; messages point at lines of mkdocs.yml."""
    data: dict[str, Any] = {key: extra.get(key) for key in ("analytics", "consent") if extra.get(key) is not None}
    try:
        found = _Wrapper.model_validate({"extra": data}).extra
    except ValidationError as error:
        raise ContentError(problems_from(error, lines_of(config_file), _Wrapper)) from None
    if found.analytics is not None and found.consent is None:
        doc = lines_of(config_file)
        raise ContentError([Problem(config_file.name, doc.line_of(("extra", "analytics")), "extra.analytics",
                                    "analytics would start before the reader agrees; add extra.consent with a title: "
                                    "and a description: (the owner's guide shows one), so it loads only after they "
                                    "accept")])
    return Measuring(found.analytics, found.consent)
