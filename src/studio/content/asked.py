"""Which of the picker's questions can change its ranking for the programmes there are, so that the page asks
only those.

A programme's total is the sum of its points for each answer, and the answers to different questions are
chosen freely, so for two programmes the difference of their totals is a sum of one term per question. A
question changes the ranking if, for some pair of programmes and some answers to the other questions, two of
its answers put the pair in different orders: the sums the other questions can make are worked out exactly
(as a set of bits), not estimated. A question left out changes no ranking whatever it would be answered.
"""

from __future__ import annotations

Points = list[list[list[int]]]  # [programme][question][answer]: the points that answer costs that programme


def changing(points: Points) -> list[bool]:
    """For each question, whether some answer puts some pair of programmes in another order (a tie keeps the
    programmes' order in `points`)."""
    count = len(points[0]) if points else 0
    found = [False] * count
    # Programmes with the same points everywhere never swap places; one pair per pair of groups is enough,
    # which keeps a catalogue of many look-alike programmes quick.
    groups: dict[tuple, list[int]] = {}
    for index, row in enumerate(points):
        groups.setdefault(tuple(map(tuple, row)), []).append(index)
    kinds = list(groups.values())
    for i, first in enumerate(kinds):
        for second in kinds[i + 1:]:
            # The tie between them goes to whichever comes first; in a group either may.
            ties = {0} if max(first) < min(second) else {0, -1} if min(first) < max(second) else {-1}
            _pair(points[first[0]], points[second[0]], ties, found)
            if all(found):
                return found
    return found


def _pair(one: list[list[int]], other: list[list[int]], ties: set[int], found: list[bool]) -> None:
    """Mark the questions that can swap `one` and `other`. With x = one's total minus other's, `one` comes
    first when x <= tie (0 when it wins ties, -1 when it loses them)."""
    differences = [[a - b for a, b in zip(mine, theirs)] for mine, theirs in zip(one, other)]
    moving = [q for q, d in enumerate(differences) if len(set(d)) > 1]
    if all(found[q] for q in moving):
        return
    fixed = sum(d[0] for q, d in enumerate(differences) if q not in moving)
    for q in moving:
        if found[q]:
            continue
        low, bits = _sums([differences[o] for o in moving if o != q])
        low += fixed
        least, most = min(differences[q]), max(differences[q])
        # Some answers put `one` first (x <= tie) and others not: tie - most < rest <= tie - least.
        found[q] = any(_any_between(low, bits, tie - most, tie - least) for tie in ties)


def _sums(options: list[list[int]]) -> tuple[int, int]:
    """Every total one value from each list can make, as (lowest possible, bits): bit i set when lowest + i is
    one."""
    low, bits = 0, 1
    for values in options:
        least = min(values)
        spread = 0
        for value in set(values):
            spread |= bits << (value - least)
        low, bits = low + least, spread
    return low, bits


def _any_between(low: int, bits: int, above: int, up_to: int) -> bool:
    """Whether some total t has above < t <= up_to."""
    start, end = max(above + 1 - low, 0), up_to - low
    return end >= start and bool(bits >> start & ((1 << (end - start + 1)) - 1))


def can_overtake(points: Points, base: list[int], pinned: int) -> bool:
    """Whether, for some answers, another programme ranks above programme `pinned`: if none can, putting it
    first (a "no" to a readiness check) changes nothing and the checks are not asked."""
    mine = points[pinned]
    for other, row in enumerate(points):
        if other == pinned:
            continue
        # The most `pinned` can trail by: each question answered as badly for it, against `other`, as it can be.
        lead = base[pinned] - base[other] + sum(max(a - b for a, b in zip(m, r)) for m, r in zip(mine, row))
        if lead > 0 or (lead == 0 and other < pinned):
            return True
    return False
