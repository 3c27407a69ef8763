"""The studio's own details, kept in one place: `extra.studio` in mkdocs.yml."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from studio.common import ContentError
from studio.format import BOOKING, Document, Text, Url, load_yaml, problems_from

# One link per booking key, so calls to action and the settings share one list.
Booking = create_model("Booking", __config__=ConfigDict(extra="forbid", frozen=True),
                       **{key: (Url, Field(description=text)) for key, text in BOOKING.items()})


class Studio(BaseModel):
    """Name, place, contact details and booking links."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    name: Text
    city: Text
    address: str = ""
    email: str = Field(pattern=r"^[^@\s<>\"']+@[^@\s<>\"']+\.[a-z]{2,}$")
    phone: str = Field("", pattern=r"^[+\d][\d\s().-]*$")
    booking: Booking


def load_studio(extra: dict, config_file: Path) -> Studio:
    """Validate extra.studio; messages point at lines of mkdocs.yml."""
    try:
        return _Wrapper.model_validate({"extra": {"studio": extra.get("studio")}}).extra.studio
    except ValidationError as error:
        raise ContentError(problems_from(error, _lines_of(config_file), _Wrapper)) from None


def _lines_of(config_file: Path) -> Document:
    # Only read again for line numbers when there is a problem to report.
    try:
        return load_yaml(config_file, config_file.name, other_tags=True)
    except ContentError:
        return Document(config_file.name, None)


class _Extra(BaseModel):
    studio: Studio


class _Wrapper(BaseModel):
    extra: _Extra
