"""The small value languages of a prescription: reps, load, rest and tempo.

Each parser takes what the owner wrote and returns a value object, or raises
ValueError with a message that says what is allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

REPS_HELP = "use 5, '8-12', 'AMRAP', '5+', '30 s', '30-60 s' or [5, 3, 1]"
SETS_HELP = "use a number from 1 to 20, or a range such as '3-4'"
LOAD_HELP = "use '75%', '85% TM', '85% 5RM', '60% TM of Back squat', '80% of Day A', 'RPE 8', 'RIR 2', 'bodyweight', '20 kg', '45 lb' or 'start'"
INCREASE_HELP = ("use '2.5 kg a session', '5 lb a week', '2.5% a week', '5 kg a cycle', "
                 "'2.5 kg at the top of the range' (double progression) or 'none'")
WARMUP_HELP = ("use 'bar × 5', '40% × 5' (of the first working set), '40% TM × 5' (of the training max), "
               "'50% 1RM × 5' or '20 kg × 5'")
REST_HELP = "use 90, '90 s', '2 min', '2-3 min' or '60-90 s'"
TEMPO_HELP = "use four digits or X, eccentric-pause-lift-pause, such as '3-1-1-0' or '2-0-X-0'"
WEEKS_HELP = "write the weeks of the phase it is done in as a list, e.g. [1, 2, 3]"

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


def time_span(low: int, high: int | None = None, unit: str | None = None) -> str:
    """Seconds as the owner wrote them: '90 s', '1.5 min', '30–60 s', '1.5–5 min' (`unit` 's' or 'min');
    in whichever reads best when the owner gave a bare number of seconds (`unit` None)."""
    if high is None or high == low:
        if unit == "min":
            return f"{_fmt(round(low / 60, 2))} min"
        return f"{low} s" if unit == "s" else format_seconds(low)
    if unit == "min" or unit is None and low % 60 == 0 and high % 60 == 0:
        return f"{_fmt(round(low / 60, 2))}–{_fmt(round(high / 60, 2))} min"
    return f"{low}–{high} s"


# ---------------------------------------------------------------- sets


@dataclass(frozen=True)
class SetCount:
    """Working sets: a number, or a range such as 3-4, where the sets past `low` are the lifter's choice."""

    low: int
    high: int

    def __str__(self) -> str:
        return _span(self.low, self.high)

    @property
    def is_range(self) -> bool:
        return self.high != self.low


def parse_sets(value: object) -> SetCount:
    """3, or a range '3-4' (also '3–4', '3 to 4')."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"{quote(value)} is not a number of sets; {SETS_HELP}")
    if isinstance(value, int):
        if not 1 <= value <= 20:
            raise ValueError(f"{value} sets is out of range; {SETS_HELP}")
        return SetCount(value, value)
    match = re.fullmatch(r"\s*(\d+)\s*(?:[-–—]|to)\s*(\d+)\s*", value)
    if not match:
        raise ValueError(f"{quote(value)} is not a number of sets; {SETS_HELP}")
    low, high = int(match.group(1)), int(match.group(2))
    if low >= high:
        raise ValueError(f"{quote(value)} is not a set range; write the smaller number first, e.g. '3-4'")
    if low < 1 or high > 20:
        raise ValueError(f"{quote(value)} is out of range; a set range goes from 1 to 20 sets, e.g. '3-4'")
    return SetCount(low, high)


# ---------------------------------------------------------------- reps


@dataclass(frozen=True)
class Reps:
    """The target for one set: a count, a range, as many as possible, or a time."""

    low: int | None = None
    high: int | None = None
    amrap: bool = False
    seconds: int | None = None  # a timed set; the shortest time of a range such as '30-60 s'
    seconds_high: int | None = None  # the longest time of a timed range; None for one time
    unit: str | None = field(default=None, compare=False)  # 's' or 'min' as written, for printing

    def __str__(self) -> str:
        if self.seconds is not None:
            return time_span(self.seconds, self.seconds_high, self.unit)
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

    @property
    def seconds_middle(self) -> float | None:
        """The time a timed set counts for in the figures: the middle of a range, like a rep range."""
        if self.seconds is None:
            return None
        return (self.seconds + (self.seconds_high or self.seconds)) / 2


_UNIT = r"(s|sec|secs|second|seconds|min|mins|minute|minutes)"
_TIME = re.compile(rf"^({_NUM})\s*{_UNIT}$", re.I)
# '30-60 s', '30 s-1 min', '1-2 min': the unit of the first time may be left out.
_TIME_RANGE = re.compile(rf"^({_NUM})\s*{_UNIT}?{_DASH}({_NUM})\s*{_UNIT}$", re.I)


def _unit(word: str) -> str:
    return "min" if word.lower().startswith("m") else "s"


def _seconds(text: str) -> int | None:
    match = _TIME.match(text.strip())
    if not match:
        return None
    amount = float(match.group(1))
    return round(amount * 60 if _unit(match.group(2)) == "min" else amount)


def _time_range(text: str) -> tuple[int, int, str] | None:
    """(shortest, longest, unit) in seconds for '30-60 s', '1.5-5 min' or '30 s-1 min'; None for anything else."""
    match = _TIME_RANGE.match(text.strip())
    if not match:
        return None
    last = match.group(4)
    low = _seconds(match.group(1) + (match.group(2) or last))
    high = _seconds(match.group(3) + last)
    # A mixed range ('30 s-2 min') prints in the unit of its longer time.
    return low, high, _unit(last)


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
        return Reps(seconds=seconds, unit=_unit(_TIME.match(text).group(2)))
    if (span := _time_range(text)) is not None:
        low, high, unit = span
        if low >= high:
            raise ValueError(f"{quote(value)} is not a time range; write the shorter time first, e.g. '30-60 s'")
        if low < 1 or high > 3600:
            raise ValueError(f"{quote(value)} is not a usable time; use 5 s to 60 min")
        return Reps(seconds=low, seconds_high=high, unit=unit)
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


ONE_RM, TRAINING_MAX = "1RM", "TM"


TOP_SET = "top"  # Load.day_set: the heaviest set of the other day


@dataclass(frozen=True)
class Load:
    """How heavy: a percentage of a max (1RM, training max, N-rep max; this lift's or `lift`'s) or of another day's
    load, RPE, RIR, bodyweight, a fixed weight, or the reader's own start weight."""

    kind: str  # percent | rpe | rir | bodyweight | weight | start
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # kg or lb, for fixed weights
    basis: str = ONE_RM  # for percent: '1RM', 'TM', '5RM' (an N-rep max), or 'day' (of `day`'s load)
    day: str | None = None
    lift: str | None = None  # for a percentage of a max: another lift's max, by its name as written
    # For a share of a day: which of its sets (None: the same set number; TOP_SET: the heaviest; or a set number),
    # and whether of last week's session rather than this week's.
    day_set: int | str | None = None
    last_week: bool = False

    @property
    def basis_label(self) -> str:
        if self.basis != "day":
            return f"{self.basis} of {self.lift}" if self.lift else self.basis
        which = ("the top set of " if self.day_set == TOP_SET
                 else f"set {self.day_set} of " if self.day_set is not None else "")
        return f"of {which}{self.day}" + (" last week" if self.last_week else "")

    def __str__(self) -> str:
        if self.kind == "percent":
            return _span(self.low, self.high, f"% {self.basis_label}")
        if self.kind == "start":
            return "Start weight"
        if self.kind == "rpe":
            return "RPE " + _span(self.low, self.high)
        if self.kind == "rir":
            return _span(self.low, self.high) + " RIR"
        if self.kind == "bodyweight":
            return "Bodyweight"
        return _span(self.low, self.high, f" {self.unit}")


_LIMITS = {"rpe": (1, 10), "rir": (0, 6), "weight": (0.5, 500)}
_PERCENT = re.compile(rf"^({_NUM})(?:{_DASH}({_NUM}))?\s*%\s*(?:of\s+)?(.*)$", re.I)
_REP_MAX = re.compile(r"^(\d+)\s*-?\s*(?:RM|rep\s*max)$", re.I)
_LOAD_PATTERNS = [
    ("rpe", re.compile(rf"^(?:RPE|@)\s*({_NUM})(?:{_DASH}({_NUM}))?$", re.I)),
    ("rir", re.compile(rf"^RIR\s*({_NUM})(?:{_DASH}({_NUM}))?$", re.I)),
    ("rir", re.compile(rf"^({_NUM})(?:{_DASH}({_NUM}))?\s*RIR$", re.I)),
    ("weight", re.compile(rf"^({_NUM})(?:{_DASH}({_NUM}))?\s*(kg|kgs|lb|lbs)$", re.I)),
]


_OF_LIFT = re.compile(r"^(.+?)\s+of\s+(\S.*)$", re.I)
_OF_SET = re.compile(r"^(?:(?:the\s+)?top\s+set|set\s+(\d+))\s+of\s+(\S.*)$", re.I)
_LAST_WEEK = re.compile(r"^(.*\S)\s+last\s+week$", re.I)


def _max_basis(words: str, value: object) -> str | None:
    """'1RM', 'TM' or '5RM' for the words of a max ('', '1RM', 'training max', '5 rep max'); None for other words."""
    if words.lower() in ("", "1rm", "1 rm", "max", "one rep max", "1-rep max"):
        return ONE_RM
    if words.lower() in ("tm", "training max"):
        return TRAINING_MAX
    if match := _REP_MAX.match(words):
        reps = int(match.group(1))
        if not 1 <= reps <= 20:
            raise ValueError(f"{quote(value)}: a rep max goes from 1RM to 20RM")
        return ONE_RM if reps == 1 else f"{reps}RM"
    return None


def _percent_basis(rest: str, value: object) -> dict:
    """What a percentage is of: '' or '1RM', 'TM' or 'training max', '5RM'; a max of another lift ('TM of Back
    squat'); or a day ('Volume day'), with which of its sets ('the top set of', 'set 2 of') and which week
    ('last week' after the name). Load's fields, as keywords."""
    words = " ".join(rest.split())
    if (basis := _max_basis(words, value)) is not None:
        return {"basis": basis}
    if (match := _OF_LIFT.match(words)) and not words.lower().startswith(("set ", "top ", "the top ")):
        basis = _max_basis(match.group(1), value)
        if basis is not None:
            return {"basis": basis, "lift": match.group(2)}
    found: dict = {"basis": "day"}
    if match := _LAST_WEEK.match(words):
        words, found["last_week"] = match.group(1), True
    if match := _OF_SET.match(words):
        number = int(match.group(1)) if match.group(1) else None
        if number is not None and not 1 <= number <= 20:
            raise ValueError(f"{quote(value)}: a set number goes from 1 to 20")
        words, found["day_set"] = match.group(2), TOP_SET if number is None else number
    found["day"] = words
    return found


def parse_one_load(value: object) -> Load:
    if not isinstance(value, str) or isinstance(value, bool):
        raise ValueError(f"{quote(value)} is not a load; {LOAD_HELP}")
    text = value.strip()
    if text.lower() in {"bodyweight", "bw", "body weight"}:
        return Load("bodyweight")
    if text.lower() in {"start", "start weight", "starting weight"}:
        return Load("start")
    if match := _PERCENT.match(text):
        low = _number(match.group(1))
        high = _number(match.group(2)) if match.group(2) else low
        if not 1 <= low <= high <= 110:
            raise ValueError(f"{quote(value)} is out of range; percent goes from 1 to 110, low to high")
        return Load("percent", low, high, **_percent_basis(match.group(3), value))
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
    """Rest after a set, in seconds; a range when high > low. Printed in the owner's unit: '1.5–5 min'
    stays in minutes rather than becoming '90–300 s'."""

    low: int
    high: int
    unit: str | None = field(default=None, compare=False)  # 's' or 'min' as written; None for a bare number

    def __str__(self) -> str:
        return time_span(self.low, self.high, self.unit)


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
        if (span := _time_range(text)) is not None:
            low, high, unit = span
            if low >= high or high > 900:
                raise ValueError(f"{quote(value)} is not a usable rest range; write the shorter time first, up to 15 min")
            return Rest(low, high, unit)
        seconds = _seconds(text)
        if seconds is not None:
            rest = parse_rest(seconds)
            return Rest(rest.low, rest.high, _unit(_TIME.match(text).group(2)))
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


# ---------------------------------------------------------------- increase


@dataclass(frozen=True)
class Increase:
    """How a load goes up: by a fixed amount every session, week or cycle, or by double progression."""

    amount: float
    unit: str  # kg | lb | %
    every: str  # session | week | cycle | range (double progression: after the top of the rep range)

    @property
    def amount_label(self) -> str:
        return f"{_fmt(self.amount)}%" if self.unit == "%" else f"{_fmt(self.amount)} {self.unit}"

    def __str__(self) -> str:
        if self.every == "none":
            return "no increase"
        if self.every == "range":
            return f"+{self.amount_label} once every set reaches the top of the range"
        return f"+{self.amount_label} a {self.every}"


# 'none' on an exercise: its load stays as written even where its phase has an increase.
NO_INCREASE = Increase(0, "", "none")
_INCREASE = re.compile(rf"^\+?\s*({_NUM})\s*(kg|kgs|lb|lbs|%)\s+(?:a|per|each|every)\s+(session|week|cycle)s?$", re.I)
_DOUBLE = re.compile(rf"^\+?\s*({_NUM})\s*(kg|kgs|lb|lbs|%)\s+(?:at|after|on reaching)\s+the\s+top(?:\s+of\s+the\s+range)?$", re.I)


def parse_increase(value: object) -> Increase:
    """'2.5 kg a session', '2.5% a week', '5 kg a cycle', '2.5 kg at the top of the range', or 'none'."""
    if not isinstance(value, str):
        raise ValueError(f"{quote(value)} is not an increase; {INCREASE_HELP}")
    text = " ".join(value.split())
    if text.lower() == "none":
        return NO_INCREASE
    for pattern, every in ((_INCREASE, None), (_DOUBLE, "range")):
        if match := pattern.match(text):
            amount = _number(match.group(1))
            unit = match.group(2).lower().rstrip("s") if match.group(2) != "%" else "%"
            limit = 20 if unit == "%" else 50
            if not 0 < amount <= limit:
                raise ValueError(f"{quote(value)} is out of range; an increase goes from more than 0 to {limit}"
                                 f"{'%' if unit == '%' else ' ' + unit}")
            return Increase(amount, unit, every or match.group(3).lower())
    raise ValueError(f"{quote(value)} is not an increase; {INCREASE_HELP}")


# ---------------------------------------------------------------- warm-up sets


@dataclass(frozen=True)
class Warmup:
    """One ramp-up set: the empty bar, a share of the first working set's load (`basis` ''), of the training
    max ('TM') or of the 1RM ('1RM'), or a fixed weight."""

    reps: int
    kind: str  # bar | percent | weight
    amount: float | None = None
    unit: str | None = None
    basis: str = ""  # for percent: '' (the first working set), 'TM' or '1RM'

    def load_text(self) -> str:
        if self.kind == "bar":
            return "Bar"
        if self.kind == "percent":
            return f"{_fmt(self.amount)}%" + (f" {self.basis}" if self.basis else "")
        return f"{_fmt(self.amount)} {self.unit}"

    def __str__(self) -> str:
        return f"{self.load_text()} × {self.reps}"


# '40% × 5' of the first working set; '40% TM × 5' or '40% of training max × 5'; '50% 1RM × 5'.
_WARMUP = re.compile(rf"^(empty\s+bar|the\s+bar|bar|({_NUM})\s*(%|kg|kgs|lb|lbs)(?:\s*(?:of\s+)?([a-z0-9][a-z0-9 -]*?))?)"
                     rf"\s*[x×]\s*(\d+)$", re.I)
_WARMUP_BASES = {"tm": TRAINING_MAX, "training max": TRAINING_MAX, "1rm": ONE_RM, "1 rm": ONE_RM,
                 "one rep max": ONE_RM, "1-rep max": ONE_RM}


def parse_warmup(value: object) -> Warmup:
    if not isinstance(value, str):
        raise ValueError(f"{quote(value)} is not a warm-up set; {WARMUP_HELP}")
    match = _WARMUP.match(" ".join(value.split()))
    if not match:
        raise ValueError(f"{quote(value)} is not a warm-up set; {WARMUP_HELP}")
    reps = int(match.group(5))
    if not 1 <= reps <= 20:
        raise ValueError(f"{quote(value)}: a warm-up set has 1 to 20 reps")
    if match.group(2) is None:
        return Warmup(reps, "bar")
    amount, unit, basis = _number(match.group(2)), match.group(3).lower(), match.group(4)
    if basis is not None and (unit != "%" or basis.lower() not in _WARMUP_BASES):
        raise ValueError(f"{quote(value)} is not a warm-up set; {WARMUP_HELP}")
    if unit == "%":
        basis = _WARMUP_BASES[basis.lower()] if basis else ""
        if not 10 <= amount <= 95:
            of = {"": "the first working set", TRAINING_MAX: "the training max", ONE_RM: "the 1RM"}[basis]
            raise ValueError(f"{quote(value)}: a warm-up set is 10% to 95% of {of}")
        return Warmup(reps, "percent", amount, basis=basis)
    if not 0.5 <= amount <= 500:
        raise ValueError(f"{quote(value)} is out of range; a weight goes from 0.5 to 500")
    return Warmup(reps, "weight", amount, "kg" if unit.startswith("kg") else "lb")


def parse_warmups(value: object) -> int | tuple[Warmup, ...]:
    """How many ramp-up sets (0 to 10), or each one: ['bar × 5', '50% × 3']."""
    if isinstance(value, bool) or not isinstance(value, (int, list)):
        raise ValueError(f"{quote(value)} is not a number of warm-up sets; write a number such as 2, "
                         f"or a list such as ['bar × 5', '50% × 3']")
    if isinstance(value, int):
        if not 0 <= value <= 10:
            raise ValueError(f"{value} warm-up sets is out of range; use 0 to 10")
        return value
    if not 1 <= len(value) <= 10:
        raise ValueError("list 1 to 10 warm-up sets, e.g. ['bar × 5', '50% × 3']")
    found = []
    for index, item in enumerate(value):
        try:
            found.append(parse_warmup(item))
        except ValueError as error:
            raise ValueError(f"warm-up set {index + 1}: {error}") from None
    return tuple(found)


# ---------------------------------------------------------------- weeks an entry is done in


def parse_only_weeks(value: object) -> tuple[int, ...]:
    """[1, 2, 3]: the weeks of its phase an exercise, superset, pair or block is done in, counted from the phase's
    first week (in every run of a phase with cycles); sorted. Whether they fit the phase is checked with it."""
    if not isinstance(value, list):
        raise ValueError(f"{quote(value)} is not a list of weeks; {WEEKS_HELP}")
    if not value:
        raise ValueError(f"lists no weeks; {WEEKS_HELP}, or remove only_weeks to do it every week")
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int):
            raise ValueError(f"{quote(item)} is not a week; {WEEKS_HELP}")
        if not 1 <= item <= 52:
            raise ValueError(f"{item} is not a week of a phase; weeks count from 1, the phase's first week")
    for n, item in enumerate(value):
        if item in value[:n]:
            raise ValueError(f"week {item} is listed twice; list each week once")
    return tuple(sorted(value))
