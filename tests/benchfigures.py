"""The arithmetic and wording of `make bench`'s figures: targets with ✓/✗, and the growth exponent."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    limit: float
    unit: str  # written after the number: "×", " s", " MB", " KB", or "" for a plain number

    def met(self, value: float) -> bool:
        return value <= self.limit

    def verdict(self, value: float) -> str:
        return f"(target ≤ {self.limit:g}{self.unit}) {'✓' if self.met(value) else '✗'}"


def judged(text: str, value: float, target: Target | None) -> str:
    """A figure's line with its target and mark after it, or alone when this size has no target for it."""
    return f"{text} {target.verdict(value)}" if target else text


def ratio_line(name: str, seconds: float, floor: float, target: Target | None, of: str = "floor") -> str:
    """e.g. `warm 4.1 s = 1.24× floor (target ≤ 1.5×) ✓`"""
    ratio = seconds / floor
    return judged(f"{name} {seconds:.1f} s = {ratio:.2f}× {of}", ratio, target)


def growth_exponent(points: list[tuple[int, float]]) -> float:
    """The least-squares slope of log(time) against log(pages): 1 when time per page stays flat, 2 when the
    time grows with the square of the page count. `points` are (pages, seconds)."""
    if len({pages for pages, _ in points}) < 2:
        raise ValueError("the growth exponent needs builds of at least two different page counts")
    xs = [math.log(pages) for pages, _ in points]
    ys = [math.log(seconds) for _, seconds in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    return (sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
            / sum((x - mean_x) ** 2 for x in xs))
