"""Rules for conditioning blocks, pairs, ladders and alternatives that span fields.

Like checks.py they run on valid models and on what could be read of a file that failed its schema
(studio.format.partial), so a value that is None (could not be read) is skipped.
"""

from __future__ import annotations

from collections.abc import Callable

from studio.format import GROUP_KEYS, Emom, Partial, kind_of, slots, slugify

Add = Callable[[tuple, str], None]


def check_blocks(program, add: Add) -> None:
    for loc, slot in slots(program):
        kind = kind_of(slot)
        if kind == "emom":
            _check_emom(slot, loc, add)
        if kind == "intervals":
            _check_intervals(slot, loc, add)
        members = getattr(slot, kind, None) if kind in GROUP_KEYS else [slot] if kind == "exercise" else []
        for m, item in enumerate(members or []):
            if item is not None:
                _check_ladder(item, loc + ((kind, m) if kind in GROUP_KEYS else ()), add)


def _check_ladder(item, loc: tuple, add: Add) -> None:
    ladder = getattr(item, "ladder", None)
    if not ladder or item.exercise is None:
        return
    steps = [slugify(step) for step in ladder]
    for n, step in enumerate(steps):
        if step in steps[:n]:
            add(loc + ("ladder", n), f"'{ladder[n]}' is in the ladder twice; list each step once")
    if slugify(item.exercise) not in steps:
        add(loc + ("ladder",), f"the exercise '{item.exercise}' is not one of the ladder's steps; add it to the "
                               "ladder where it belongs, from easiest to hardest")


def _check_emom(slot: Emom, loc: tuple, add: Add) -> None:
    exercises = [e for e in slot.exercises or [] if e is not None]
    if slot.alternate and len(slot.exercises or []) < 2:
        add(loc + ("alternate",), "alternate: true needs two or more exercises to take turns, one a minute; "
                                  "add another exercise or remove alternate")
    for n, item in enumerate(slot.exercises or []):
        seconds = item.reps.seconds if item is not None and item.reps is not None else None
        if seconds is not None and seconds >= 60:
            add(loc + ("exercises", n, "reps"), f"{seconds} s fills the whole minute and leaves no rest; an "
                                                 "EMOM's work must take less than a minute")
    if slot.emom is None:
        return
    if slot.emom % 60:
        add(loc + ("emom",), "an EMOM runs for whole minutes; write it as '12 min'")
        return
    minutes, turns = slot.emom // 60, len(exercises)
    if slot.alternate and turns > 1 and minutes % turns:
        fits = [n for n in range(turns, 121, turns) if abs(n - minutes) <= turns][:2]
        add(loc + ("emom",), f"{minutes} minutes do not share evenly among {turns} exercises taking turns; use a "
                             f"multiple of {turns} minutes, such as {' or '.join(str(n) for n in fits)} min")


def _check_intervals(slot, loc: tuple, add: Add) -> None:
    """Efforts repeated need a recovery between them; one continuous effort needs none. In what could be read of a
    file that failed, a recovery the file gives but gets wrong has its own message, so only one left out is missing;
    in a model that loaded, an empty `recovery:` is missing too."""
    if slot.intervals in (None, 1) or slot.recovery is not None:
        return
    if isinstance(slot, Partial) and "recovery" in slot.model_fields_set:
        return
    add(loc + ("recovery",), f"intervals: {slot.intervals} repeats the work with a recovery after each effort, and "
                             "recovery is missing: the rest or easier work between efforts; add it, e.g. "
                             "recovery: {time: 90 s} to rest, or recovery: {exercise: Indoor row, time: 90 s, "
                             "effort: easy}. For continuous work with no recovery, write intervals: 1 and the whole "
                             "time in work, e.g. work: {exercise: Indoor row, time: 20 min}")
