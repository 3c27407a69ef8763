"""A progression ladder's steps: each a library name, or a name with the step's own target, for a step whose work is
measured otherwise than the entry's (a support hold in seconds at the foot of a ladder of dips in reps).

A step is a `str` (its name), so everything that lists, links or compares a ladder's names reads it as before; its
own target, when it has one, rides along as `.reps`.
"""

from __future__ import annotations

from typing import Any

from studio.format.values import Reps, parse_one_rep, quote

STEP_FIELDS = ("exercise", "reps")
STEP_HELP = "write a library name, or a name with the step's own target such as {exercise: Support hold, reps: 20-30 s}"


class LadderStep(str):
    """A ladder step's name, with its own target (`reps`) or None when it takes the entry's."""

    reps: Reps | None

    def __new__(cls, name: str, reps: Reps | None = None) -> LadderStep:
        step = super().__new__(cls, name)
        step.reps = reps
        return step

    def __reduce__(self):  # pickled into the download workers with its target
        return LadderStep, (str(self), self.reps)


def parse_ladder_step(value: Any) -> LadderStep:
    if isinstance(value, str):
        if not value.strip():
            raise ValueError(f"an empty step; {STEP_HELP}")
        return LadderStep(value.strip())
    if not isinstance(value, dict):
        raise ValueError(f"{quote(value)} is not a ladder step; {STEP_HELP}")
    unknown = [key for key in value if key not in STEP_FIELDS]
    if unknown:
        raise ValueError(f"unknown field '{unknown[0]}' in a ladder step; allowed here: exercise, reps")
    name = value.get("exercise")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"a ladder step needs its exercise; {STEP_HELP}")
    if "reps" not in value:
        raise ValueError(f"the step '{name.strip()}' gives no reps; write just its name to take the entry's reps, "
                         "or give its own, e.g. reps: 20-30 s")
    try:
        reps = parse_one_rep(value["reps"])
    except ValueError:
        raise ValueError(f"{quote(value['reps'])} is not a step's target; use reps such as 3-5 or a time such as "
                         "20-30 s") from None
    return LadderStep(name.strip(), reps)
