"""The CSV download: one row per prescribed set group, with a header row."""

from __future__ import annotations

import csv
import io

from .rows import SetGroup

COLUMNS = (
    "phase", "phase_name", "weeks", "deload", "day", "day_name", "order", "superset", "exercise",
    "set_from", "set_to", "sets", "reps", "reps_low", "reps_high", "seconds", "each_side", "load",
    "load_kind", "load_low", "load_high", "load_unit", "rest", "tempo", "warmup_sets", "notes",
)


def _number(value) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _row(group: SetGroup) -> list[str]:
    load = group.load
    return [
        str(group.phase), group.phase_name, group.weeks, "yes" if group.deload else "no", str(group.day),
        group.day_name, group.order, "yes" if group.superset else "no", group.exercise,
        str(group.set_from), str(group.set_to), str(group.sets), str(group.reps), _number(group.reps.low),
        _number(group.reps.high), _number(group.reps.seconds), "yes" if group.each_side else "no",
        str(load) if load else "", load.kind if load else "", _number(load.low) if load else "",
        _number(load.high) if load else "", (load.unit or "") if load else "",
        str(group.rest) if group.rest else "", group.tempo or "", str(group.warmup_sets), group.notes,
    ]


def csv_text(groups: list[SetGroup]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_row(group) for group in groups)
    return buffer.getvalue()


def write_csv(groups: list[SetGroup], target) -> None:
    # The byte-order mark makes Excel read the file as UTF-8, so '×' and '–' show as written.
    target.write_text(csv_text(groups), encoding="utf-8-sig", newline="")
