"""Training styles as data: what each is for and the rep range that defines it.

The rep ranges here are what programme figures count sets against, so the
comparison tables and the goal check follow whatever the owner writes in
data/styles.yml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import Field, WithJsonSchema, field_validator

from studio.format.model import Line, StrictModel, Text, parsed
from studio.format.values import Reps, Rest, parse_rest, quote
from studio.format.vocab import SLUG_PATTERN, slugify

STYLES_FILE = "data/styles.yml"


@dataclass(frozen=True)
class Span:
    low: int
    high: int
    timed: bool = False

    def __str__(self) -> str:
        if self.timed:
            return str(Rest(self.low, self.high))
        return f"{self.low}–{self.high}"

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


def _parse_reps_span(value: Any) -> Span:
    match = re.fullmatch(r"\s*(\d+)\s*[-–—]\s*(\d+)\s*", str(value)) if isinstance(value, (str, int)) else None
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)) <= 100:
        raise ValueError(f"{quote(value)} is not a rep range; use two numbers, smaller first, such as '8-15'")
    return Span(int(match.group(1)), int(match.group(2)))


def _parse_time_span(value: Any) -> Span:
    try:
        rest = parse_rest(value)
    except ValueError:
        raise ValueError(f"{quote(value)} is not a time range; use a range such as '20-60 s' or '1-2 min'") from None
    return Span(rest.low, rest.high, timed=True)


def _span_field(parser, description: str):
    return Annotated[Span, parsed(parser, "range"),
                     WithJsonSchema({"description": description, "type": "string"})]


RepSpan = _span_field(_parse_reps_span, "A rep range, smaller number first, e.g. '8-15'.")
TimeSpan = _span_field(_parse_time_span, "A time range for timed sets, e.g. '20-60 s'.")


class Style(StrictModel):
    """One way of training, described for readers and used to classify sets."""

    name: Line = Field(description="Shown in tables, e.g. 'Strength'.")
    id: str | None = Field(None, pattern=SLUG_PATTERN,
                           description="Used in directives; defaults to the name in lower case with dashes.")
    goal: str | None = Field(None, description="The programme goal this style serves, e.g. 'hypertrophy'.")
    purpose: Text
    reps: RepSpan = Field(description="The rep range that counts as this style, e.g. '8-15'.")
    seconds: TimeSpan | None = Field(None, description="For timed sets: the time range that counts, e.g. '20-60 s'.")
    load: Text = Field(description="Typical load, e.g. '80-90% 1RM'.")
    rest: Text = Field(description="Typical rest between sets, e.g. '2-5 min'.")
    sets: Text = Field(description="Typical sets, e.g. '3-6 per exercise'.")
    adaptation: Text = Field(description="What drives the adaptation.")
    suits: Text = Field(description="Who it suits.")

    @field_validator("id", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @property
    def key(self) -> str:
        return self.id or slugify(self.name)

    def counts(self, target: Reps) -> bool:
        """Whether a set with this target is in the style's range (ranges of reps or of times by their middle)."""
        span, own = _target_span(target), self._span(target)
        return span is not None and own is not None and own.holds((span[0] + span[1]) / 2)

    def overlap(self, target: Reps) -> int:
        """How many whole reps (or whole seconds, for a timed set) the target's range shares with the style's."""
        span, own = _target_span(target), self._span(target)
        if span is None or own is None:
            return 0
        return max(0, min(span[1], own.high) - max(span[0], own.low) + 1)

    def _span(self, target: Reps) -> Span | None:
        """The range of the style's that the target is measured against: its times for a timed set, else its reps."""
        return self.seconds if target.seconds is not None else self.reps

    @property
    def range_label(self) -> str:
        reps = f"{self.reps} reps"
        return f"{reps} or {self.seconds}" if self.seconds else reps


def _target_span(target: Reps) -> tuple[int, int] | None:
    """The target's range as (low, high) whole reps or seconds; '5+' is 5; a plain AMRAP has no number to place."""
    if target.seconds is not None:
        return target.seconds, target.seconds_high or target.seconds
    if target.low is None:
        return None
    return target.low, target.low if target.amrap else target.high


class Styles(StrictModel):
    """data/styles.yml."""

    styles: list[Style] = Field(min_length=1)
