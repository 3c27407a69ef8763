"""The CSV download: one row per week, session, exercise and run of sets with the same target."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from studio.downloads.cells import csv_cell
from studio.downloads.rows import BlockLine, SetGroup
from studio.format import amount_text, percent_text
from studio.plan import Rules, Target
from studio.presentation import block_log_hint, block_title

# The result rules as the format writes them (`results:` in the owner's guide), one column a field, defaults filled
# in: 'add the increase', 'repeat', 'take 10% off'; stages and AMRAP table rows separated by '; '. Double progression
# alone is 'add the increase' (at the top of the range) and 'repeat'.
CSV_RULE_COLUMNS = ("rule_made", "rule_missed", "rule_after_misses", "rule_then", "rule_stages", "rule_reset",
                    "rule_amrap")


CSV_COLUMNS = (
    "week", "phase", "phase_name", "cycle", "week_of_phase", "deload", "session", "session_in_week", "day_name",
    "order", "superset", "exercise", "set_from", "set_to", "sets", "reps", "reps_low", "reps_high", "seconds",
    "seconds_high", "each_side", "load", "load_kind", "load_low", "load_high", "load_basis", "load_add", "load_unit",
    "load_scale", "rest", "tempo", "warmups", "rule", *CSV_RULE_COLUMNS, "notes", "superset_notes", "pair", "optional",
    "ladder", "alternatives", "block", "block_kind", "block_minutes", "log", "block_seconds",
)


def _number(value, written: Callable[[float], str] = amount_text) -> str:
    """A number as a person writes it (a percentage to one decimal, an amount to two); the JSON download has it
    exact."""
    return "" if value is None else written(value)


def _load_number(load: Target, value: float | None) -> str:
    return _number(value, percent_text if load.kind == "percent" else amount_text)


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def rule_cells(rules: Rules | None) -> list[str]:
    """The CSV_RULE_COLUMNS of an exercise's first row: empty where it has no rules."""
    if rules is None:
        return [""] * len(CSV_RULE_COLUMNS)
    table = bool(rules.table)  # an AMRAP table takes the place of made and missed
    return ["" if table else str(rules.made), "" if table else str(rules.missed), _number(rules.after_misses), str(rules.then) if rules.then else "",
            "; ".join(str(stage) for stage in rules.stages), f"{_number(rules.reset)}%" if rules.reset else "",
            "; ".join(f"{row.low}{f'-{row.high}' if row.high not in (None, row.low) else ''}"
                      f"{'+' if row.high is None else ''}: {row.then}" for row in rules.table)]


def _row(group: SetGroup) -> list[str]:
    load = group.load
    return [
        str(group.week), str(group.phase), group.phase_name, str(group.cycle), str(group.week_of_phase),
        _yes(group.deload), str(group.session), str(group.session_in_week), group.day_name, group.order,
        _yes(group.superset), group.exercise, str(group.set_from), str(group.set_to), str(group.sets),
        str(group.reps), _number(group.reps.low), _number(group.reps.high), _number(group.reps.seconds),
        _number(group.reps.seconds_high or group.reps.seconds), _yes(group.each_side), str(load) if load else "",
        load.kind if load else "", _load_number(load, load.low) if load else "", _load_number(load, load.high) if load else "",
        load.basis if load and load.kind == "percent" else "", _number(load.add) if load and load.add else "",
        (load.unit or "") if load else "", _number(load.scale) if load and load.kind == "start" else "",
        str(group.rest) if group.rest else "", group.tempo or "", group.warmups, group.rule, *rule_cells(group.rules),
        group.notes,
        group.superset_notes, _yes(group.pair), _yes(group.optional), group.ladder, group.alternatives, "", "", "", "",
        "",
    ]


def _block_row(line: BlockLine) -> list[str]:
    """A block's exercise: where and when, what to do each round or minute, and what to log; no sets."""
    week, session, block = line.week, line.session, line.block
    where = [str(week.number), str(week.phase + 1), line.phase_name, str(week.cycle), str(week.week_of_phase), _yes(week.deload),
             str(session.index), str(session.number), session.template.name, line.order, "no", line.exercise]
    row = dict(zip(CSV_COLUMNS, where))
    row.update(reps=line.work, load=line.load, notes=line.notes, optional=_yes(block.optional),
               alternatives=line.alternatives, block=block_title(block), block_kind=block.kind,
               block_minutes=_number(round(block.seconds / 60, 1)), log=block_log_hint(block),
               pair="no", each_side="no", seconds=_number(line.seconds), seconds_high=_number(line.seconds_high),
               block_seconds=_number(round(block.seconds, 1)))
    return [row.get(column, "") for column in CSV_COLUMNS]


def csv_text(groups: list[SetGroup | BlockLine]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows([csv_cell(cell) for cell in (_block_row(g) if isinstance(g, BlockLine) else _row(g))]
                     for g in groups)
    return buffer.getvalue()


def write_csv(groups: list[SetGroup | BlockLine], target) -> None:
    # The byte-order mark makes Excel read the file as UTF-8, so '×' and '–' show as written.
    target.write_text(csv_text(groups), encoding="utf-8-sig", newline="")
