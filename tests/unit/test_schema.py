"""The JSON Schemas shipped for editors match the model and accept the real content."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml
from samples import PROGRAM, ROOT, SITE

from studio.outputs import schema_texts


def test_committed_schemas_are_up_to_date():
    for name, text in schema_texts().items():
        assert (ROOT / "schemas" / name).read_text(encoding="utf-8") == text, f"run `make schema` to refresh {name}"


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / name).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", sorted((SITE / "programs").glob("*.yml")), ids=lambda p: p.name)
def test_sample_programmes_pass_the_schema(path):
    _validator("program.schema.json").validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_library_passes_the_schema():
    _validator("exercises.schema.json").validate(yaml.safe_load((SITE / "data/exercises.yml").read_text()))


@pytest.mark.parametrize(
    ("old", "new"),
    [("level: intermediate", "level: expert"), ("reps: 8-12", "reps: 8-x"), ("rest: 3 min", "rset: 3 min"),
     ("load: 80%", "load: heavy"), ("sets: 3", "sets: 0")],
)
def test_schema_flags_mistakes_in_the_editor(old, new):
    data = yaml.safe_load(PROGRAM.replace(old, new, 1))
    assert not _validator("program.schema.json").is_valid(data)
    assert _validator("program.schema.json").is_valid(yaml.safe_load(PROGRAM))
