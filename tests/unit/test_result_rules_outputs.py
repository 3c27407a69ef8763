"""Result rules in the outputs: the JSON download carries them as data in its published schema, and every output
that shows an exercise's rule (the page, the training view, the PDF, the CSV, the spreadsheet) words them."""

from __future__ import annotations

import json

from readers import download_schema
from samples import PROGRAM

from studio import load_catalog
from studio.catalog import program_cells
from studio.downloads import json_text, program_data

RULED = (PROGRAM
         .replace("            load: 80%\n            rest: 3 min\n",
                  "            load: start\n            rest: 3 min\n            increase: 2.5 kg a session\n"
                  "            results:\n              missed: next stage\n"
                  "              stages: ['3 × 5', '3 × 3', '6 × 1']\n              reset: 85%\n", 1)
         .replace("            reps: 8-12\n", "            reps: 8-12\n            load: 20 kg\n"
                                                "            increase: 2.5 kg at the top of the range\n", 1))


def _data(site) -> dict:
    site.program(RULED)
    catalog = load_catalog(site.root)
    program = catalog.programs[0]
    return json.loads(json_text(program_data(catalog.plan(program), catalog.exercise, program_cells(catalog, program))))


def test_the_json_download_carries_the_rules_as_data_in_its_published_schema(site):
    data = _data(site)
    download_schema().validate(data)
    squat, bench = data["phases"][0]["days"][0]["exercises"][0], data["phases"][0]["days"][1]["exercises"][0]
    assert squat["results"] == {
        "text": "Every rep made: add 2.5 kg. If you miss a rep: move to the next stage. Stages: 3 × 5, then "
                "3 × 3, then 6 × 1; after the last, back to 3 × 5 at 85% of the load.",
        "targets": [{"low": 5, "high": 5, "plus": False}] * 3,
        "increase": {"amount": 2.5, "unit": "kg", "top": False},
        "made": {"do": "add", "amount": None, "unit": None, "percent": None},
        "missed": {"do": "next stage", "amount": None, "unit": None, "percent": None},
        "after_misses": None, "then": None,
        "stages": [{"sets": 3, "reps": 5, "plus": False}, {"sets": 3, "reps": 3, "plus": False},
                   {"sets": 6, "reps": 1, "plus": False}],
        "reset": 85, "amrap": []}
    # Double progression alone is a rule too, worded by the exercise's rule as before.
    assert bench["results"]["text"] == "" and bench["results"]["increase"]["top"] is True
    assert data["phases"][1]["days"][0]["exercises"][0]["results"] is None  # the deload's squat: no rules
    broken = json.loads(json.dumps(data))
    broken["phases"][0]["days"][0]["exercises"][0]["results"]["made"]["do"] = "hope"
    assert not download_schema().is_valid(broken)


def test_every_planned_session_words_the_rule(site):
    data = _data(site)
    first = data["sessions"][0]["exercises"][0]
    assert first["rule"] == ("Every rep made: add 2.5 kg. If you miss a rep: move to the next stage. "
                             "Stages: 3 × 5, then 3 × 3, then 6 × 1; after the last, back to 3 × 5 at 85% of the load.")
    bench = data["sessions"][1]["exercises"][0]
    assert bench["rule"] == ("When every set reaches the top of the rep range, add 2.5 kg next time and start again "
                             "at the bottom of the range.")
