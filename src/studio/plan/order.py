"""The order of a training day: letters, superset and pair members, blocks, and the group sentences."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from studio.format import BLOCKS, Block, Day, Exercise, Pair, Rest, Superset

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class Slot:
    """One exercise on a day, with its place in the order: 'A', or 'B2' within a superset or a pair."""

    order: str
    item: Exercise
    superset: Superset | None = None
    last_in_superset: bool = False
    pair: Pair | None = None

    @property
    def rest(self) -> Rest | None:
        # A superset's rest comes after the round, so it belongs to its last exercise; a pair rests after each.
        if self.item.rest is not None:
            return self.item.rest
        if self.pair is not None:
            return self.pair.rest
        return self.superset.rest if self.superset is not None and self.last_in_superset else None


@dataclass(frozen=True)
class Group:
    """A lettered entry of a day: one exercise, a superset or a pair of several, or a conditioning block."""

    letter: str
    superset: Superset | None
    slots: tuple[Slot, ...]
    pair: Pair | None = None
    block: Block | None = None

    @property
    def only_weeks(self) -> tuple[int, ...] | None:
        """The weeks of the phase the entry is done in (its `only_weeks`), or None for every week. A superset or a
        pair is done or left out whole."""
        entry = self.block or self.superset or self.pair or self.slots[0].item
        return entry.only_weeks

    def done_in(self, week_of_phase: int) -> bool:
        return self.only_weeks is None or week_of_phase in self.only_weeks

    @property
    def sentence(self) -> str:
        """'Superset B: do B1 and B2 back to back, then rest 90 s. Notes.'; empty for a single exercise or a block."""
        if self.pair is not None:
            steps = [f"{slot.order}, rest {slot.rest}" if slot.rest else slot.order for slot in self.slots]
            text = f"Pair {self.letter}: do {', then '.join(steps)}; repeat for every set"
            return text + (f". {self.pair.notes}" if self.pair.notes else "")
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
        elif isinstance(entry, Pair):
            members = tuple(Slot(f"{letter}{m + 1}", member, pair=entry) for m, member in enumerate(entry.pair))
            found.append(Group(letter, None, members, pair=entry))
        elif isinstance(entry, BLOCKS):
            found.append(Group(letter, None, (), block=entry))
        else:
            found.append(Group(letter, None, (Slot(letter, entry),)))
    return found


def slots(day: Day) -> Iterator[Slot]:
    for group in groups(day):
        yield from group.slots
