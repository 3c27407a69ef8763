"""The small value languages of conditioning blocks: a length of time, a number of rounds, and the work
of one exercise in a round (reps, a time, a distance or calories).

Like values.py, each parser takes what the owner wrote and returns a value, or raises ValueError with a
message that says what is allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studio.format.values import Reps, _seconds, parse_one_rep, quote

DURATION_HELP = "write minutes or seconds, such as '20 min' or '90 s'"
ROUNDS_HELP = "write a number such as 5, or '5 rounds'"
WORK_HELP = "use reps such as 15 or '8-12', a time '30 s', a distance '400 m' or '1 km', or calories '12 cal'"
MAX_BLOCK_SECONDS = 120 * 60


def parse_duration(value: object) -> int:
    """'20 min', '90 s' -> seconds, from 10 s to two hours."""
    if isinstance(value, int) and not isinstance(value, bool):
        raise ValueError(f"{value} is a number without a unit; write '{value} min' or '{value} s'")
    seconds = _seconds(value) if isinstance(value, str) else None
    if seconds is None:
        raise ValueError(f"{quote(value)} is not a length of time; {DURATION_HELP}")
    if not 10 <= seconds <= MAX_BLOCK_SECONDS:
        raise ValueError(f"{quote(value)} is out of range; use 10 s to 120 min")
    return seconds


def parse_rounds(value: object) -> int:
    """5 or '5 rounds' -> 5, from 1 to 100."""
    count = None
    if isinstance(value, int) and not isinstance(value, bool):
        count = value
    elif isinstance(value, str) and (match := re.fullmatch(r"\s*(\d+)\s*(rounds?)?\s*", value, re.I)):
        count = int(match.group(1))
    if count is None:
        raise ValueError(f"{quote(value)} is not a number of rounds; {ROUNDS_HELP}")
    if not 1 <= count <= 100:
        raise ValueError(f"{count} rounds is out of range; use 1 to 100")
    return count


@dataclass(frozen=True)
class Work:
    """What one exercise of a block asks for each round or minute: reps or a time (as a set's target),
    a distance in metres, or calories on a machine's display."""

    reps: Reps | None = None
    metres: int | None = None
    calories: int | None = None

    def __str__(self) -> str:
        if self.metres is not None:
            return f"{self.metres / 1000:g} km" if self.metres >= 1000 and self.metres % 100 == 0 else f"{self.metres} m"
        if self.calories is not None:
            return f"{self.calories} cal"
        return str(self.reps)

    @property
    def kind(self) -> str:
        """'reps', 'time', 'distance' or 'calories'."""
        if self.metres is not None:
            return "distance"
        if self.calories is not None:
            return "calories"
        return "time" if self.reps.seconds is not None else "reps"

    @property
    def seconds(self) -> int | None:
        return self.reps.seconds if self.reps is not None else None


_DISTANCE = re.compile(r"(\d+(?:\.\d+)?)\s*(m|metres|meters|km)", re.I)
_CALORIES = re.compile(r"(\d+)\s*(cal|cals|calories)", re.I)


def parse_work(value: object) -> Work:
    if isinstance(value, str):
        text = value.strip()
        if match := _DISTANCE.fullmatch(text):
            metres = float(match.group(1)) * (1000 if match.group(2).lower() == "km" else 1)
            if not 1 <= metres <= 50_000 or not metres.is_integer():
                raise ValueError(f"{quote(value)} is not a usable distance; use whole metres from 1 m to 50 km")
            return Work(metres=int(metres))
        if match := _CALORIES.fullmatch(text):
            calories = int(match.group(1))
            if not 1 <= calories <= 500:
                raise ValueError(f"{quote(value)} is out of range; use 1 to 500 cal")
            return Work(calories=calories)
    if isinstance(value, list):
        raise ValueError(f"{quote(value)} is a list; a block's exercise does the same work every round; {WORK_HELP}")
    try:
        return Work(reps=parse_one_rep(value))
    except ValueError:
        raise ValueError(f"{quote(value)} is not the work for a round; {WORK_HELP}") from None
