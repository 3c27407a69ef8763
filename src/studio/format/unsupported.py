"""Ideas an owner may write that the programme format cannot express, and where to write them instead.

One small table, so that when the format learns an idea its row is deleted here and the value is
accepted by its parser instead (as loads of a training max or of an N-rep max were, with
progression as data, and set ranges and timed ranges later). Each row: the fields it applies to, a
pattern for what the owner wrote, and the message, where {value} is the text as written, in
quotes, {raw} the same without them, and other {names} are the pattern's named groups.
"""

from __future__ import annotations

import re

CANNOT_EXPRESS: list[tuple[tuple[str, ...], str, str]] = [
    (("sets", "reps"), r"(?P<sets>\d+)\s*[x×]\s*(?P<reps>\S.*)",
     "sets and reps are separate fields, so {value} cannot be written in one; write sets: {sets} and reps: {reps}"),
]
_COMPILED = [(fields, re.compile(rf"^\s*{pattern}\s*$", re.I), message) for fields, pattern, message in CANNOT_EXPRESS]


def cannot_express(field: str, value: object) -> str | None:
    """The message for a value the format cannot express, or None when it is simply wrong."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            if (message := cannot_express(field, item)) is not None:
                return f"set {index + 1}: {message}"
        return None
    if not isinstance(value, str):
        return None
    for fields, pattern, message in _COMPILED:
        if field in fields and (match := pattern.match(value)):
            return message.format(value=f"'{value.strip()}'", raw=value.strip(), **match.groupdict())
    return None
