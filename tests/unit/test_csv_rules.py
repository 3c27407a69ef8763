"""Result rules in the CSV: beside the `rule` wording, one column a field of `results:`, with the defaults filled in,
on each exercise's first row."""

from __future__ import annotations

import shutil
from pathlib import Path

from readers import csv_rows
from samples import PROGRAM

from studio import load_catalog
from studio.downloads import CSV_COLUMNS, set_groups, write_csv

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("rule_made", "rule_missed", "rule_after_misses", "rule_then", "rule_stages", "rule_reset", "rule_amrap")
CLIMB = PROGRAM.replace("""            load: 80%
""", """            load: [75% TM, 85% TM, 95% TM]
            reps: [5, 3, 1+]
            results:
              amrap: {0-1: repeat, 2-3: add 2.5 kg, 4+: add 5 kg}
              after_misses: 2
              then: reset to 90%
""", 1).replace("            reps: 5\n            load: [75%", "            load: [75%", 1).replace(
    "phases:", "training_max: 90\nphases:", 1)


def _rows(root: Path, name: str) -> list[dict]:
    catalog = load_catalog(root)
    target = root / f"{name}.csv"
    write_csv(set_groups(catalog.plan(catalog.programs[0])), target)
    return csv_rows(target)


def _rules(row: dict) -> tuple:
    return tuple(row[field] for field in FIELDS)


def _copy(tmp_path: Path, programme: str) -> Path:
    shutil.copytree(ROOT / "site" / "data", tmp_path / "data")
    (tmp_path / "programs").mkdir()
    shutil.copy(ROOT / "programs" / programme, tmp_path / "programs")
    return tmp_path


def test_the_rule_columns_sit_beside_the_rules_wording():
    at = CSV_COLUMNS.index("rule")
    assert CSV_COLUMNS[at:at + 9] == ("rule", *FIELDS, "notes")


def test_a_linear_progression_with_a_deload(tmp_path):
    rows = _rows(_copy(tmp_path, "five-by-five.yml"), "fives")
    squat = [row for row in rows if row["exercise"] == "Back squat"]
    assert _rules(squat[0]) == ("add the increase", "repeat", "3", "take 10% off", "", "", "")
    assert squat[0]["rule"].startswith("Every rep made: add 2.5 kg. If you miss a rep: repeat the load")
    deadlift = next(row for row in rows if row["exercise"] == "Deadlift")
    assert _rules(deadlift) == ("add the increase", "repeat", "3", "take 10% off", "", "", "")


def test_stages_for_two_tiers_and_an_amrap_table_only_on_the_first_row(tmp_path):
    rows = [row for row in _rows(_copy(tmp_path, "gzclp.yml"), "tiers") if row["week"] == "1" and row["session"] == "1"]
    assert [(row["exercise"], row["set_from"], _rules(row)) for row in rows] == [
        ("Back squat", "1", ("add the increase", "next stage", "", "", "5 × 3+; 6 × 2+; 10 × 1+", "85%", "")),
        ("Back squat", "5", ("",) * 7),  # the + set: the rules are on the exercise's first row
        ("Bench press", "1", ("add the increase", "next stage", "", "", "3 × 10; 3 × 8; 3 × 6", "85%", "")),
        ("Lat pulldown", "1", ("", "", "", "", "", "", "0-24: repeat; 25+: add the increase")),
        ("Lat pulldown", "3", ("",) * 7),
    ]


def test_a_table_with_a_reset_after_misses_and_work_without_rules(site):
    site.program(CLIMB)
    rows = _rows(site.root, "climb")
    squat = next(row for row in rows if row["exercise"] == "Back squat")
    assert _rules(squat) == ("", "", "2", "reset to 90%", "", "", "0-1: repeat; 2-3: add 2.5 kg; 4+: add 5 kg")
    assert squat["rule"] == ("The reps of the last + set decide next time: 0–1, repeat the load; 2–3, add 2.5 kg; "
                             "4 or more, add 5 kg. After 2 misses in a row: start again at 90% of the load.")
    bench = next(row for row in rows if row["exercise"] == "Bench press")
    assert _rules(bench) == ("",) * 7
