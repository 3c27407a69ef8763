"""The order of exercises on a training day: letters, superset members and the superset sentence."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Day, Exercise, Superset
from ..values import Rest

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class Slot:
    """One exercise on a day, with its place in the order: 'A', or 'B2' within a superset."""

    order: str
    item: Exercise
    superset: Superset | None = None
    last_in_superset: bool = False

    @property
    def rest(self) -> Rest | None:
        # A superset's rest comes after the round, so it belongs to its last exercise.
        if self.item.rest is not None:
            return self.item.rest
        return self.superset.rest if self.superset is not None and self.last_in_superset else None


@dataclass(frozen=True)
class Group:
    """A lettered entry of a day: one exercise, or a superset of several."""

    letter: str
    superset: Superset | None
    slots: tuple[Slot, ...]

    @property
    def sentence(self) -> str:
        """'Superset B: do B1 and B2 back to back, then rest 90 s. Notes.'; empty for a single exercise."""
        if self.superset is None:
            return ""
        members = [slot.order for slot in self.slots]
        text = f"Superset {self.letter}: do {', '.join(members[:-1])} and {members[-1]} back to back"
        text += f", then rest {self.superset.rest}" if self.superset.rest else ""
        return text + (f". {self.superset.notes}" if self.superset.notes else "")


def groups(day: Day) -> list[Group]:
    found = []
    for index, entry in enumerate(day.exercises):
        letter = LETTERS[index % len(LETTERS)]
        if isinstance(entry, Superset):
            last = len(entry.superset) - 1
            members = tuple(Slot(f"{letter}{m + 1}", member, entry, m == last) for m, member in enumerate(entry.superset))
            found.append(Group(letter, entry, members))
        else:
            found.append(Group(letter, None, (Slot(letter, entry),)))
    return found


def slots(day: Day) -> Iterator[Slot]:
    for group in groups(day):
        yield from group.slots
