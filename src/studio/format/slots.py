"""The slots of a programme's days, of a model or of what could be read of a file (studio.format.partial):
their kinds, and every exercise they name."""

from __future__ import annotations

from collections.abc import Iterator

GROUP_KEYS = ("superset", "pair")
BLOCK_KEYS = ("amrap", "emom", "for_time", "circuit")


def kind_of(slot) -> str:
    """The slot's kind, for a model or a partial reading: 'exercise', 'superset', 'amrap', ..."""
    model = getattr(slot, "model", type(slot))
    for key in (*GROUP_KEYS, *BLOCK_KEYS, "intervals"):
        if key in getattr(model, "model_fields", {}):
            return key
    return "exercise"


def slots(program) -> Iterator[tuple[tuple, object]]:
    """Every readable slot of every day with its path."""
    for p, phase in enumerate(program.phases or []):
        for d, day in enumerate(getattr(phase, "days", None) or []):
            for s, slot in enumerate(getattr(day, "exercises", None) or []):
                if slot is not None:
                    yield ("phases", p, "days", d, "exercises", s), slot


def _loads(item) -> Iterator[tuple[tuple, object]]:
    """(path, load) for every readable load of an exercise, its weeks' too."""
    for load in getattr(item, "load", None) or ():
        yield ("load",), load
    for w, change in enumerate(getattr(item, "weeks", None) or []):
        for load in getattr(change, "load", None) or ():
            yield ("weeks", w, "load"), load


def named_exercises(program) -> Iterator[tuple[tuple, str, bool]]:
    """(path, name, needs its kit) for every exercise a programme names: prescribed exercises, ladder steps,
    alternatives, lifts whose max a load is a share of, and the exercises of conditioning blocks. An alternative's kit is not required: it is often
    what a reader without the kit does instead."""
    for loc, slot in slots(program):
        kind = kind_of(slot)
        if kind == "intervals":
            for part in ("work", "recovery"):
                if (piece := getattr(slot, part, None)) is not None and piece.exercise:
                    yield loc + (part, "exercise"), piece.exercise, True
            continue
        if kind == "exercise":
            members = [(loc, slot)]
        else:
            key = kind if kind in GROUP_KEYS else "exercises"
            members = [(loc + (key, m), item) for m, item in enumerate(getattr(slot, key) or []) if item is not None]
        for where, item in members:
            if item.exercise:
                yield where + ("exercise",), item.exercise, True
            for n, step in enumerate(getattr(item, "ladder", None) or []):
                yield where + ("ladder", n), step, True
            for n, other in enumerate(item.alternatives or []):
                yield where + ("alternatives", n), other, False
            for path, load in _loads(item):  # a percentage of another lift's max: its kit is that lift's
                if getattr(load, "lift", None):
                    yield where + path, load.lift, False
