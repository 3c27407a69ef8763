"""How programmes read side by side: the rows of the compare table, for the page, articles and the JSON download.

Each programme's column is a list of `Cell`s with stable keys. The compare page builds its table in the
browser from the chosen programmes' JSON downloads, which carry these cells, so every table reads the same
whether it was made here or there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from studio.format import sets_text
from studio.plan import share_rows
from studio.presentation import facts

if TYPE_CHECKING:
    from studio.catalog.load import Catalog
    from studio.format import Program, Style
    from studio.plan import Figures

ESTIMATE_AFTER = "session_length"  # the estimate sits under the planned length, so the two read together
SHARES = "Share of working sets"
MUSCLES = "Weekly sets per muscle group"
NO_SETS = "0"  # a muscle group another programme in the table trains and this one does not


@dataclass(frozen=True)
class Cell:
    key: str  # 'goal', 'sets_per_week', 'style:strength', 'muscle:quads'
    label: str  # the row's label: 'Working sets a week'
    text: str  # as the table shows it, rounded for reading: '12', '64.5', '42%', '≈ 55 min'
    value: float | None = None  # the exact number behind the text; None for facts given as text


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    cells: list[str] | None  # None: a heading over the rows that follow
    missing: str | None = None  # what a programme without this row's figure shows


def percent(share: float) -> str:
    return f"{share:.0%}"


def _fact_key(label: str) -> str:
    return label.lower().replace(" ", "_")


def cells(program: Program, figures: Figures, styles: list[Style]) -> list[Cell]:
    """One programme's column: its facts, then figures averaged over its training weeks."""
    column = []
    for label, text in facts(program):
        column.append(Cell(_fact_key(label), label, text))
        if _fact_key(label) == ESTIMATE_AFTER:
            column.append(Cell("session_length_estimated", "Session length (estimated)",
                               f"≈ {figures.session_minutes} min", figures.session_minutes))
    column.append(Cell("sets_per_week", "Working sets a week", sets_text(figures.sets_per_week), figures.sets_per_week))
    keys = [f"style:{style.key}" for style in styles] + ["other_share"]
    for key, (label, share) in zip(keys, share_rows(styles)):  # every set counted once, as on the programme page
        column.append(Cell(key, label, percent(share(figures)), share(figures)))
    for muscle, sets in figures.muscle_sets.items():
        column.append(Cell(f"muscle:{muscle}", muscle.capitalize(), sets_text(sets), sets))
    return column


def program_cells(catalog: Catalog, program: Program) -> list[Cell]:
    return cells(program, catalog.figures(program), catalog.goal_styles)


def comparison_rows(columns: list[list[Cell]], muscles: list[str]) -> list[Row]:
    """The table's rows for these columns (at least one): every muscle group one of them trains, in `muscles` order."""
    found: dict[str, Cell] = {}
    for column in columns:
        for cell in column:
            found.setdefault(cell.key, cell)
    by_key = [{cell.key: cell.text for cell in column} for column in columns]

    def row(key: str, label: str, missing: str | None = None) -> Row:
        return Row(key, label, [texts.get(key, missing) for texts in by_key], missing)

    ordered = [row(key, cell.label) for key, cell in found.items() if not key.startswith(("style:", "muscle:"))
               and key != "other_share"]
    ordered.append(Row("shares", SHARES, None))
    ordered += [row(key, cell.label) for key, cell in found.items() if key.startswith("style:")]
    ordered.append(row("other_share", found["other_share"].label))
    ordered.append(Row("muscles", MUSCLES, None))
    ordered += [row(f"muscle:{m}", found[f"muscle:{m}"].label, NO_SETS) for m in muscles if f"muscle:{m}" in found]
    return ordered


def empty_comparison_rows(columns: list[list[Cell]], muscles: list[str]) -> list[Row]:
    """Every row any of these columns needs, without cells: the table the compare page fills in the browser."""
    return [Row(r.key, r.label, None if r.cells is None else [], r.missing) for r in comparison_rows(columns, muscles)]
