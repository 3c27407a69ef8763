"""The small language of result rules: what the next session does after a session made or missed.

A coach writes, on an exercise or a phase:

    results:
      made: add the increase      # every target rep made
      missed: repeat              # a target rep missed
      after_misses: 3             # misses in a row ...
      then: take 10% off          # ... and then this instead
      stages: ['5 × 3', '6 × 2', '10 × 1']   # 'next stage' moves down the list
      reset: 85%                  # after the last stage: back to the first at 85% of the load
      amrap:                      # the reps of the '+' set choose what follows
        0-1: repeat
        2-3: add 2.5 kg
        4+: add 5 kg

Each parser takes what the owner wrote and returns a value object, or raises ValueError with a message that
says what is allowed (validation.py shows it at the field's line). What the rules mean, session by session,
is plan/results.py, and the worked examples in tests/fixtures/result-rules.yml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studio.format.values import _fmt, _number, quote

ACTION_HELP = ("use 'add the increase', 'add 2.5 kg', 'add 5 lb', 'repeat', 'take 10% off', 'next stage' "
               "or 'reset to 90%'")
STAGE_HELP = "write each stage as sets × reps, e.g. '5 × 3', '6 × 2' or '10 × 1+' (a last set of as many as you can)"
TABLE_HELP = ("write the reps of the '+' set as 0, '0-1' or '6+', each with what follows, e.g. "
              "{0-1: repeat, 2-3: add 2.5 kg, 4+: add 5 kg}")
RESET_HELP = "write the share of the load the first stage starts again at, e.g. '85%'"


@dataclass(frozen=True)
class Action:
    """What the next session does: `add` (an `amount` in `unit`, or the exercise's own increase when `unit` is
    None), `repeat`, `percent` (the load times `percent`/100), `next stage`, or `reset` (back to the first stage,
    or the same scheme without stages, at `percent`% of the load)."""

    kind: str  # add | repeat | percent | next stage | reset
    amount: float | None = None
    unit: str | None = None  # kg | lb; None with kind 'add' for the exercise's increase
    percent: float | None = None

    @property
    def changes_load(self) -> bool:
        return self.kind in ("add", "percent", "reset")

    def __str__(self) -> str:
        if self.kind == "add":
            return "add the increase" if self.unit is None else f"add {_fmt(self.amount)} {self.unit}"
        if self.kind == "percent":
            return f"take {_fmt(round(100 - self.percent, 6))}% off"
        if self.kind == "reset":
            return f"reset to {_fmt(self.percent)}%"
        return self.kind


REPEAT = Action("repeat")
ADD_INCREASE = Action("add")
_ADD = re.compile(r"^(?:add|\+)\s*(\d+(?:\.\d+)?)\s*(kg|kgs|lb|lbs)$", re.I)
_OFF = re.compile(r"^(?:take\s+)?(\d+(?:\.\d+)?)\s*%\s+off$", re.I)
_RESET = re.compile(r"^reset\s+to\s+(\d+(?:\.\d+)?)\s*%$", re.I)


def parse_action(value: object) -> Action:
    """'add the increase', 'add 2.5 kg', 'repeat' (or 'hold'), 'take 10% off', 'next stage', 'reset to 90%'."""
    if not isinstance(value, str):
        raise ValueError(f"{quote(value)} is not a result rule; {ACTION_HELP}")
    text = " ".join(value.split()).lower()
    if text in ("add the increase", "add increase", "increase"):
        return ADD_INCREASE
    if text in ("repeat", "hold", "repeat the load", "stay"):
        return REPEAT
    if text in ("next stage", "move to the next stage"):
        return Action("next stage")
    if match := _ADD.match(text):
        amount = _number(match.group(1))
        unit = "kg" if match.group(2).startswith("kg") else "lb"
        if not 0 < amount <= 50:
            raise ValueError(f"{quote(value)} is out of range; add more than 0 and up to 50 {unit}")
        return Action("add", amount, unit)
    if match := _OFF.match(text):
        off = _number(match.group(1))
        if not 0 < off <= 50:
            raise ValueError(f"{quote(value)} is out of range; take off more than 0% and up to 50%")
        return Action("percent", percent=_number(round(100 - off, 6)))
    if match := _RESET.match(text):
        return Action("reset", percent=_reset_share(match.group(1), value))
    raise ValueError(f"{quote(value)} is not a result rule; {ACTION_HELP}")


def _reset_share(number: str, value: object) -> float:
    share = _number(number)
    if not 50 <= share <= 100:
        raise ValueError(f"{quote(value)} is out of range; a reset goes back to 50% to 100% of the load")
    return share


def parse_reset(value: object) -> float:
    """'85%': the share of the load the first stage starts again at, after the last stage."""
    if isinstance(value, str) and (match := re.fullmatch(r"\s*(?:reset\s+to\s+)?(\d+(?:\.\d+)?)\s*%\s*", value, re.I)):
        return _reset_share(match.group(1), value)
    raise ValueError(f"{quote(value)} is not a reset; {RESET_HELP}")


# ---------------------------------------------------------------- stages


@dataclass(frozen=True)
class Stage:
    """One set-and-rep scheme of a stage list: `sets` × `reps`, the last set as many as you can when `plus`."""

    sets: int
    reps: int
    plus: bool = False

    def __str__(self) -> str:
        return f"{self.sets} × {self.reps}{'+' if self.plus else ''}"


_STAGE = re.compile(r"^(\d+)\s*[x×]\s*(\d+)\s*(\+?)$", re.I)


def parse_stage(value: object) -> Stage:
    match = _STAGE.match(" ".join(value.split())) if isinstance(value, str) else None
    if not match:
        raise ValueError(f"{quote(value)} is not a stage; {STAGE_HELP}")
    sets, reps = int(match.group(1)), int(match.group(2))
    if not 1 <= sets <= 20 or not 1 <= reps <= 100:
        raise ValueError(f"{quote(value)} is out of range; a stage has 1 to 20 sets of 1 to 100 reps")
    return Stage(sets, reps, bool(match.group(3)))


def parse_stages(value: object) -> tuple[Stage, ...]:
    """Two or more stages, in the order a miss moves through them: ['5 × 3', '6 × 2', '10 × 1']."""
    if not isinstance(value, list) or len(value) < 2:
        raise ValueError(f"list two or more stages in order, e.g. ['5 × 3', '6 × 2', '10 × 1']; got {quote(value)}")
    found = []
    for index, item in enumerate(value):
        try:
            found.append(parse_stage(item))
        except ValueError as error:
            raise ValueError(f"stage {index + 1}: {error}") from None
    return tuple(found)


# ---------------------------------------------------------------- the AMRAP table


@dataclass(frozen=True)
class Row:
    """Reps `low` to `high` (None: and more) on the '+' set, and what follows."""

    low: int
    high: int | None
    then: Action

    @property
    def reps_text(self) -> str:
        if self.high is None:
            return f"{self.low}+"
        return str(self.low) if self.high == self.low else f"{self.low}–{self.high}"


_ROW = re.compile(r"^(\d+)\s*(?:(\+)|[-–—]\s*(\d+))?$")


def _row_reps(key: object) -> tuple[int, int | None]:
    if isinstance(key, int) and not isinstance(key, bool):
        key = str(key)
    match = _ROW.match(key.strip()) if isinstance(key, str) else None
    if not match:
        raise ValueError(f"{quote(key)} is not a number of reps; {TABLE_HELP}")
    low = int(match.group(1))
    if match.group(2):
        return low, None
    high = int(match.group(3)) if match.group(3) else low
    if high < low or high > 100:
        raise ValueError(f"{quote(key)} is not a range of reps; write the smaller number first, e.g. '2-3'")
    return low, high


def parse_table(value: object) -> tuple[Row, ...]:
    """{0-1: repeat, 2-3: add 2.5 kg, 4+: add 5 kg}: every count of reps from 0 up, once, the last open-ended."""
    if not isinstance(value, dict) or not value:
        raise ValueError(f"{quote(value) if not isinstance(value, dict) else 'nothing'} is not a table; {TABLE_HELP}")
    rows = []
    for key, then in value.items():
        low, high = _row_reps(key)
        try:
            rows.append(Row(low, high, parse_action(then)))
        except ValueError as error:
            raise ValueError(f"{Row(low, high, REPEAT).reps_text} reps: {error}") from None
    rows.sort(key=lambda row: row.low)
    expected = 0
    for row in rows:
        if expected is None or row.low < expected:
            raise ValueError(f"{row.reps_text} reps overlaps another row; give each count of reps once")
        if row.low > expected:
            missing = str(expected) if row.low - 1 == expected else f"{expected}–{row.low - 1}"
            raise ValueError(f"the table leaves out {missing} reps; give what follows every count from 0 up")
        expected = None if row.high is None else row.high + 1
    if expected is not None:
        raise ValueError(f"the table stops at {expected - 1} reps; make its last row open-ended, "
                         f"e.g. '{rows[-1].low}+' for {rows[-1].low} reps or more")
    if any(row.then.kind == "next stage" for row in rows):
        raise ValueError("'next stage' follows a miss; in the table use 'repeat', 'add 2.5 kg', 'take 10% off' "
                         "or 'reset to 90%'")
    return tuple(rows)


def parse_misses(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 10:
        return value
    if isinstance(value, str) and (match := re.fullmatch(r"\s*(\d+)\s*(?:misses|missed sessions?|times)?"
                                                         r"(?:\s+in\s+a\s+row)?\s*", value, re.I)):
        return parse_misses(int(match.group(1)))
    raise ValueError(f"{quote(value)} is not a number of misses; write how many missed sessions in a row, "
                     "from 1 to 10, e.g. 3")
