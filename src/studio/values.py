"""The small value languages of a prescription: reps, load, rest and tempo.

Each parser takes what the owner wrote and returns a value object, or raises
ValueError with a message that says what is allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

REPS_HELP = "use 5, '8-12', 'AMRAP', '5+', '30 s' or [5, 3, 1]"
LOAD_HELP = "use '75%', '70-75%', 'RPE 8', 'RIR 2', 'bodyweight', '20 kg' or '45 lb'"
REST_HELP = "use 90, '90 s', '2 min', '2-3 min' or '60-90 s'"
TEMPO_HELP = "use four digits or X, eccentric-pause-lift-pause, such as '3-1-1-0' or '2-0-X-0'"

_DASH = r"\s*[-–—]\s*"
_NUM = r"\d+(?:\.\d+)?"


def quote(value: object) -> str:
    """Show a value the way the owner would write it in YAML."""
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "[" + ", ".join(quote(v) if isinstance(v, str) else str(v) for v in value) + "]"
    return str(value)


def _number(text: str) -> float | int:
    value = float(text)
    return int(value) if value.is_integer() else value


def _span(low, high, unit: str = "") -> str:
    return f"{_fmt(low)}{unit}" if high is None or high == low else f"{_fmt(low)}–{_fmt(high)}{unit}"


def _fmt(number) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


# ---------------------------------------------------------------- reps


@dataclass(frozen=True)
class Reps:
    """The target for one set: a count, a range, as many as possible, or a time."""

    low: int | None = None
    high: int | None = None
    amrap: bool = False
    seconds: int | None = None

    def __str__(self) -> str:
        if self.seconds is not None:
            return format_seconds(self.seconds)
        if self.amrap:
            return f"{self.low}+" if self.low else "AMRAP"
        return _span(self.low, self.high)

    @property
    def kind(self) -> str:
        if self.seconds is not None:
            return "time"
        if self.amrap:
            return "amrap"
        return "range" if self.high != self.low else "fixed"


_TIME = re.compile(rf"^({_NUM})\s*(s|sec|secs|second|seconds|min|mins|minute|minutes)$", re.I)


def _seconds(text: str) -> int | None:
    match = _TIME.match(text.strip())
    if not match:
        return None
    amount = float(match.group(1))
    return round(amount * 60 if match.group(2).lower().startswith("m") else amount)


def parse_one_rep(value: object) -> Reps:
    if isinstance(value, bool):
        raise ValueError(f"{quote(value)} is not a rep count; {REPS_HELP}")
    if isinstance(value, int):
        if not 1 <= value <= 100:
            raise ValueError(f"{value} reps is out of range; use 1 to 100")
        return Reps(value, value)
    if not isinstance(value, str):
        raise ValueError(f"{quote(value)} is not a rep count; {REPS_HELP}")
    text = value.strip()
    if text.isdigit():
        return parse_one_rep(int(text))
    if text.upper() in {"AMRAP", "MAX"}:
        return Reps(amrap=True)
    if match := re.fullmatch(r"(\d+)\s*\+", text):
        return Reps(int(match.group(1)), None, amrap=True)
    if match := re.fullmatch(rf"(\d+){_DASH}(\d+)", text):
        low, high = int(match.group(1)), int(match.group(2))
        if not 1 <= low < high <= 100:
            raise ValueError(f"{quote(value)} is not a rep range; the first number must be smaller, e.g. '8-12'")
        return Reps(low, high)
    seconds = _seconds(text)
    if seconds is not None:
        if not 1 <= seconds <= 3600:
            raise ValueError(f"{quote(value)} is not a usable time; use 5 s to 60 min")
        return Reps(seconds=seconds)
    raise ValueError(f"{quote(value)} is not a rep count; {REPS_HELP}")


def parse_reps(value: object) -> tuple[Reps, ...]:
    """One target for every set, or a per-set list such as [5, 3, 1] or '5/3/1+'."""
    if isinstance(value, str) and "/" in value:
        value = [part.strip() for part in value.split("/")]
    return _per_set(value, parse_one_rep, "[5, 3, 1]")


def _per_set(value: object, parse_one, example: str) -> tuple:
    """A single value for every set, or a list with one value per set."""
    if not isinstance(value, list):
        return (parse_one(value),)
    if len(value) < 2:
        raise ValueError(f"a per-set list needs one entry per set, e.g. {example}; got {quote(value)}")
    parsed = []
    for index, item in enumerate(value):
        try:
            parsed.append(parse_one(item))
        except ValueError as error:
            raise ValueError(f"set {index + 1}: {error}") from None
    return tuple(parsed)


# ---------------------------------------------------------------- load


@dataclass(frozen=True)
class Load:
    """How heavy: %1RM, RPE, RIR, bodyweight, or a fixed weight."""

    kind: str  # percent | rpe | rir | bodyweight | weight
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # kg or lb, for fixed weights

    def __str__(self) -> str:
        if self.kind == "percent":
            return _span(self.low, self.high, "% 1RM")
        if self.kind == "rpe":
            return "RPE " + _span(self.low, self.high)
        if self.kind == "rir":
            return _span(self.low, self.high) + " RIR"
        if self.kind == "bodyweight":
            return "Bodyweight"
        return _span(self.low, self.high, f" {self.unit}")


_LIMITS = {"percent": (1, 110), "rpe": (1, 10), "rir": (0, 6), "weight": (0.5, 500)}
_LOAD_PATTERNS = [
    ("percent", re.compile(rf"^({_NUM})(?:{_DASH}({_NUM}))?\s*%\s*(?:of\s*)?(?:1\s*RM)?$", re.I)),
    ("rpe", re.compile(rf"^(?:RPE|@)\s*({_NUM})(?:{_DASH}({_NUM}))?$", re.I)),
    ("rir", re.compile(rf"^RIR\s*({_NUM})(?:{_DASH}({_NUM}))?$", re.I)),
    ("rir", re.compile(rf"^({_NUM})(?:{_DASH}({_NUM}))?\s*RIR$", re.I)),
    ("weight", re.compile(rf"^({_NUM})(?:{_DASH}({_NUM}))?\s*(kg|kgs|lb|lbs)$", re.I)),
]


def parse_one_load(value: object) -> Load:
    if not isinstance(value, str) or isinstance(value, bool):
        raise ValueError(f"{quote(value)} is not a load; {LOAD_HELP}")
    text = value.strip()
    if text.lower() in {"bodyweight", "bw", "body weight"}:
        return Load("bodyweight")
    for kind, pattern in _LOAD_PATTERNS:
        if match := pattern.match(text):
            low = _number(match.group(1))
            high = _number(match.group(2)) if match.group(2) else low
            smallest, largest = _LIMITS[kind]
            if not (smallest <= low <= high <= largest):
                raise ValueError(
                    f"{quote(value)} is out of range; {kind.upper() if kind in ('rpe', 'rir') else kind} "
                    f"goes from {smallest:g} to {largest:g}, low to high"
                )
            unit = None
            if kind == "weight":
                unit = "kg" if match.group(3).lower().startswith("kg") else "lb"
            return Load(kind, low, high, unit)
    raise ValueError(f"{quote(value)} is not a load; {LOAD_HELP}")


def parse_load(value: object) -> tuple[Load, ...]:
    """One load for every set, or a per-set list such as ['65%', '75%', '85%']."""
    return _per_set(value, parse_one_load, "['65%', '75%', '85%']")


# ---------------------------------------------------------------- rest


@dataclass(frozen=True)
class Rest:
    """Rest after a set, in seconds; a range when high > low."""

    low: int
    high: int

    def __str__(self) -> str:
        if self.low == self.high:
            return format_seconds(self.low)
        if self.low % 60 == 0 and self.high % 60 == 0:
            return f"{self.low // 60}–{self.high // 60} min"
        return f"{self.low}–{self.high} s"


def parse_rest(value: object) -> Rest:
    if isinstance(value, bool):
        raise ValueError(f"{quote(value)} is not a rest time; {REST_HELP}")
    if isinstance(value, int):
        if not 0 <= value <= 900:
            raise ValueError(f"{value} s of rest is out of range; use 0 to 900 seconds")
        return Rest(value, value)
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit():
            return parse_rest(int(text))
        if match := re.fullmatch(rf"({_NUM}){_DASH}({_NUM})\s*(s|sec|secs|seconds|min|mins|minutes)", text, re.I):
            unit = match.group(3)
            low, high = _seconds(match.group(1) + unit), _seconds(match.group(2) + unit)
            if low >= high or high > 900:
                raise ValueError(f"{quote(value)} is not a usable rest range; write the shorter time first, up to 15 min")
            return Rest(low, high)
        seconds = _seconds(text)
        if seconds is not None:
            return parse_rest(seconds)
        if match := re.fullmatch(r"(\d+):([0-5]\d)", text):
            return parse_rest(int(match.group(1)) * 60 + int(match.group(2)))
    raise ValueError(f"{quote(value)} is not a rest time; {REST_HELP}")


def format_seconds(seconds: int) -> str:
    if seconds >= 60 and seconds % 60 == 0:
        return f"{seconds // 60} min"
    if seconds > 90 and seconds % 30 == 0:
        return f"{seconds / 60:g} min"
    return f"{seconds} s"


# ---------------------------------------------------------------- tempo


def parse_tempo(value: object) -> str:
    """'3-1-1-0', '3110' or '31X0' -> '3-1-1-0' style."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:04d}"
    if isinstance(value, str):
        parts = [p for p in re.split(r"[-–\s]+", value.strip().upper()) if p]
        if len(parts) == 1:
            parts = list(parts[0])
        if len(parts) == 4 and all(re.fullmatch(r"\d|X", p) for p in parts):
            return "-".join(parts)
    raise ValueError(f"{quote(value)} is not a tempo; {TEMPO_HELP}")
