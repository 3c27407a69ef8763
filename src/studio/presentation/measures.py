"""How the figures of holds, carries and ballistic work read: each by its own measure, never as working sets
(plan/figures.py), for the programme page and any other output that shows them."""

from __future__ import annotations

from studio.format import percent_text
from studio.plan import Figures


def _minutes(value: float) -> str:
    return f"{percent_text(value)} min"  # to one decimal, as the session estimate's conditioning reads


def _reps(value: float) -> str:
    return f"{round(value)} reps"


def measures(figures: Figures) -> list[tuple[str, str]]:
    """('Holds a week', '13.5 min'), ('Ballistic work a week', '200 reps + 4 min'): only those the programme has."""
    ballistic = ([_reps(figures.ballistic_reps)] if figures.ballistic_reps else []) + (
        [_minutes(figures.ballistic_minutes)] if figures.ballistic_minutes else [])
    rows = [("Holds a week", _minutes(figures.hold_minutes) if figures.hold_minutes else ""),
            ("Carries a week", _minutes(figures.carry_minutes) if figures.carry_minutes else ""),
            ("Ballistic work a week", " + ".join(ballistic))]
    return [(label, text) for label, text in rows if text]
