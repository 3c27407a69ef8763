"""What a warm-up set weighs where it can be worked out without the reader: the usual step and bar.

A warm-up that is a share of a fixed working weight (40% of 20 kg) is a number at build time, so the files that
cannot ask the reader (the CSV, the JSON, the PDF) give it rounded to the usual step of its unit and, on a barbell,
never lighter than the usual empty bar. The calculator, the training view and the spreadsheet do the same with the
reader's own step and bar (calculator.js, downloads/sheet.py), which start at these numbers.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# The smallest step most lifters can add to a bar (a pair of 1.25 kg or 2.5 lb plates), and the men's Olympic bar.
DEFAULT_STEP = {"kg": 2.5, "lb": 5.0}
DEFAULT_BAR = {"kg": 20.0, "lb": 45.0}


def to_step(weight: float, unit: str) -> float:
    """`weight` to the nearest usual step of `unit`, halves up, as the spreadsheet's ROUND and the calculator do."""
    step = Decimal(str(DEFAULT_STEP[unit]))
    steps = (Decimal(str(round(weight, 9))) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return float(steps * step)


def loaded(weight: float, unit: str, barbell: bool) -> float:
    """A worked-out warm-up weight as the lifter loads it: to the usual step and, on a barbell, at least the bar."""
    rounded = to_step(weight, unit)
    return max(rounded, DEFAULT_BAR[unit]) if barbell else rounded
