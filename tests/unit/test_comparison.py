"""The compare table's rows, made once for the articles' tables, the JSON downloads and the compare page."""

from __future__ import annotations

import json

from samples import PROGRAM

from studio import load_catalog
from studio.catalog import comparison_rows, empty_comparison_rows, program_cells
from studio.downloads import json_text, program_data
from studio.presentation import card_line

BODYWEIGHT = (PROGRAM.replace("title: Test Strength", "title: Test Bodyweight")
              .replace("equipment: [barbell, squat rack, bench, mat]", "equipment: [mat]")
              .replace("""          - exercise: Back squat
            sets: 3
            reps: 5
            load: 80%
            rest: 3 min""", """          - exercise: Push-up
            sets: 3
            reps: 12""")
              .replace("""          - exercise: Bench press
            sets: 3
            reps: 8-12
""", "")
              .replace("""          - exercise: Back squat
            sets: 2
            reps: 5""", """          - exercise: Push-up
            sets: 2
            reps: 10"""))


def _catalog(site):
    site.program(PROGRAM)
    site.program(BODYWEIGHT, name="test-bodyweight.yml")
    return load_catalog(site.root)


def test_rows_read_as_the_table_shows_them(site):
    catalog = _catalog(site)
    strength, bodyweight = catalog.program("test-strength"), catalog.program("test-bodyweight")
    found = comparison_rows([program_cells(catalog, p) for p in (strength, bodyweight)], catalog.library.muscles)
    # Worked out by hand over the two training weeks (the deload left out): Test Strength does A, B, A then
    # B, A, B; 30 sets, 15 a week: 9 squat sets of 5 (strength), 9 bench sets of 8-12 and 6 dead-bug sets of 8
    # (hypertrophy), 6 AMRAP push-up sets (no range). Test Bodyweight: 21 sets, 10.5 a week: 9 push-up sets
    # of 12 and 6 dead-bug sets (hypertrophy), 6 AMRAP. Muscles: 1 set a main muscle, half a helper.
    assert [(r.key, r.label, r.cells) for r in found] == [
        ("goal", "Goal", ["Strength", "Strength"]),
        ("level", "Level", ["Intermediate", "Intermediate"]),
        ("length", "Length", ["3 weeks", "3 weeks"]),
        ("sessions", "Sessions", ["3 a week", "3 a week"]),
        ("session_length", "Session length", ["60 min", "60 min"]),
        ("session_length_estimated", "Session length (estimated)",
         [f"≈ {catalog.figures(p).session_minutes} min" for p in (strength, bodyweight)]),
        ("equipment", "Equipment", ["barbell, squat rack, bench, mat", "mat"]),
        ("sets_per_week", "Working sets a week", ["15", "10.5"]),
        ("shares", "Share of working sets", None),
        ("style:strength", "Strength (1–6 reps)", ["30%", "0%"]),
        ("style:hypertrophy", "Hypertrophy (8–15 reps)", ["50%", "71%"]),
        ("style:general-fitness", "General fitness (16–30 reps or 20–90 s)", ["0%", "0%"]),
        ("other_share", "Outside these ranges", ["20%", "29%"]),
        ("muscles", "Weekly sets per muscle group", None),
        ("muscle:quads", "Quads", ["4.5", "0"]),
        ("muscle:glutes", "Glutes", ["4.5", "0"]),
        ("muscle:chest", "Chest", ["7.5", "7.5"]),
        ("muscle:triceps", "Triceps", ["2.5", "0"]),
        ("muscle:core", "Core", ["3", "3"]),
    ]
    assert [r.missing for r in found if r.key.startswith("muscle:")] == ["0"] * 5


def test_the_empty_table_has_every_row_and_no_cells(site):
    catalog = _catalog(site)
    columns = [program_cells(catalog, p) for p in catalog.programs]
    empty = empty_comparison_rows(columns, catalog.library.muscles)
    full = comparison_rows(columns, catalog.library.muscles)
    assert [(r.key, r.label) for r in empty] == [(r.key, r.label) for r in full]
    assert {len(r.cells) for r in empty if r.cells is not None} == {0}


def test_the_json_download_carries_the_column_with_its_numbers(site):
    catalog = _catalog(site)
    program = catalog.program("test-strength")
    data = json.loads(json_text(program_data(catalog.plan(program), catalog.exercise, program_cells(catalog, program))))
    by_key = {c["key"]: c for c in data["comparison"]}
    assert by_key["goal"] == {"key": "goal", "label": "Goal", "text": "Strength", "value": None}
    assert by_key["sets_per_week"] == {"key": "sets_per_week", "label": "Working sets a week", "text": "15", "value": 15}
    assert by_key["style:strength"] == {"key": "style:strength", "label": "Strength (1–6 reps)", "text": "30%",
                                        "value": 0.3}
    assert (by_key["muscle:triceps"]["text"], by_key["muscle:triceps"]["value"]) == ("2.5", 2.25)  # exact in the JSON
    assert "muscle:hamstrings" not in by_key


def test_a_card_says_its_facts_on_one_line(site):
    catalog = _catalog(site)
    assert card_line(catalog.program("test-strength")) == (
        "Strength · Intermediate · 3 weeks · 3 sessions a week, 60 min each · Equipment: barbell, squat rack, bench, mat")
    assert card_line(catalog.program("test-bodyweight")) == (
        "Strength · Intermediate · 3 weeks · 3 sessions a week, 60 min each · Equipment: mat")
