"""Conditioning blocks in the expanded plan: each block of a session with its exercises found in the library,
and its length by the stated convention.

Conditioning is measured in time, not in sets: an AMRAP or an EMOM lasts its minutes; intervals last
efforts × (work + recovery); a "for time" block lasts its cap, or an estimate of its rounds when it has
none; a circuit lasts an estimate of its rounds plus the rest between them. The estimate of a round
counts 3 s a rep (twice for each side), a time as written, 15 s a 100 m of distance (a brisk row or
run), 4 s a calorie on a machine and 15 s to move between exercises.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from studio.format import Amrap, Block, BlockExercise, Circuit, Emom, ExerciseInfo, ForTime, Intervals, Load, Work

SECONDS_PER_REP = 3
SECONDS_PER_100_M = 15
SECONDS_PER_CALORIE = 4
CHANGEOVER = 15
OPEN_REPS = 10  # a guess for 'AMRAP' or 'max' inside a round, for timing only

KINDS = {Amrap: "amrap", Emom: "emom", ForTime: "for time", Intervals: "intervals", Circuit: "circuit"}


@dataclass(frozen=True)
class Move:
    """One exercise of a block, named as in the library."""

    name: str
    slug: str
    work: Work | None  # None for an interval's work and recovery, whose time is the block's
    load: Load | None = None
    each_side: bool = False
    alternatives: tuple[tuple[str, str], ...] = ()  # (name, slug)
    notes: str = ""


@dataclass(frozen=True)
class PlanBlock:
    """A conditioning block in one session."""

    order: str  # the block's letter on the day
    block: Block
    moves: tuple[Move, ...]  # for intervals: the work, then an active recovery's exercise if there is one

    @property
    def kind(self) -> str:
        return KINDS[type(self.block)]

    @property
    def optional(self) -> bool:
        return self.block.optional

    @property
    def notes(self) -> str:
        return self.block.notes

    @property
    def seconds(self) -> float:
        """How long the block lasts, by the convention in this module's docstring."""
        block = self.block
        if isinstance(block, Amrap):
            return block.amrap
        if isinstance(block, Emom):
            return block.emom
        if isinstance(block, Intervals):
            return block.intervals * (block.work.time + (block.recovery.time if block.recovery else 0))
        if isinstance(block, ForTime):
            return block.cap if block.cap is not None else block.for_time * self.round_seconds
        rest = block.rest.low + block.rest.high if block.rest is not None else 0
        return block.circuit * self.round_seconds + (block.circuit - 1) * rest / 2

    @property
    def continuous(self) -> bool:
        """One effort with no recovery: a continuous run, row or ride."""
        return isinstance(self.block, Intervals) and self.block.recovery is None

    @property
    def round_seconds(self) -> float:
        """An estimate of one round of the block's exercises, moving between them included."""
        total = sum(work_seconds(move.work, move.each_side) for move in self.moves if move.work is not None)
        return total + CHANGEOVER * (len(self.moves) - 1)


def work_seconds(work: Work, each_side: bool = False) -> float:
    if work.metres is not None:
        seconds = work.metres / 100 * SECONDS_PER_100_M
    elif work.calories is not None:
        seconds = work.calories * SECONDS_PER_CALORIE
    elif work.reps.seconds is not None:
        seconds = work.reps.seconds
    else:
        reps = work.reps
        count = OPEN_REPS if reps.low is None else reps.low if reps.high is None else (reps.low + reps.high) / 2
        seconds = count * SECONDS_PER_REP
    return seconds * (2 if each_side else 1)


def _named(lookup: Callable[[str], ExerciseInfo], name: str) -> tuple[str, str]:
    info = lookup(name)
    return info.name, info.slug


def plan_block(order: str, block: Block, lookup: Callable[[str], ExerciseInfo]) -> PlanBlock:
    if isinstance(block, Intervals):
        parts = [block.work.exercise] + ([block.recovery.exercise] if block.recovery and block.recovery.exercise
                                         else [])
        moves = tuple(Move(*_named(lookup, name), None) for name in parts)
    else:
        moves = tuple(_move(item, lookup) for item in block.exercises)
    return PlanBlock(order, block, moves)


def _move(item: BlockExercise, lookup: Callable[[str], ExerciseInfo]) -> Move:
    name, slug = _named(lookup, item.exercise)
    return Move(name, slug, item.reps, item.load[0] if item.load else None, item.each_side,
                tuple(_named(lookup, other) for other in item.alternatives), item.notes)
