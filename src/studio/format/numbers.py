"""Numbers as a person writes them, for every text a reader sees: pages, the PDF, the CSV and the spreadsheet's
labels. Sets a week in whole numbers or halves ('64.5', never '64.7'), percentages to at most one decimal ('105.1%',
never '105.062%'), weights and other amounts to at most two ('1.25 kg' plates). Halves round up, as on paper (10.25
sets read 10.5, 72.25% reads 72.3%). The figures behind the text stay exact: the plan keeps them, the JSON download
and the spreadsheet's formulas use them.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

__all__ = ["amount_text", "percent_text", "sets_text"]


def _written(value: Decimal) -> str:
    text = format(value, "f")
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if text == "-0" else text


def _rounded(value: float, places: int) -> str:
    # Decimal of the shortest repr, so 105.05 rounds as written (to 105.1), not as the float just below it.
    return _written(Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def percent_text(value: float) -> str:
    """A percentage without its sign, to at most one decimal: 105.0625 -> '105.1', 80.0 -> '80'."""
    return _rounded(value, 1)


def sets_text(value: float) -> str:
    """A number of sets, to the nearest half: 64.7 -> '64.5', 10.75 -> '11', 12.0 -> '12'."""
    halves = Decimal(repr(float(value))) * 2
    return _written(halves.quantize(Decimal(1), rounding=ROUND_HALF_UP) / 2)


def amount_text(value: float) -> str:
    """A weight or another amount, to at most two decimals: 1.25 -> '1.25', 64.6134 -> '64.61', 60.0 -> '60'."""
    return _rounded(value, 2)
