"""JSON Schemas for editors, generated from the model: `python -m studio.outputs.schema schemas/`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from studio.content import Picker, TagsFile
from studio.downloads import ProgramData
from studio.format import Library, Program, Styles

SCHEMAS = {
    "program.schema.json": (Program, "Studio programme", "A training programme in programs/."),
    "exercises.schema.json": (Library, "Studio exercise library", "The exercise library, data/exercises.yml."),
    "styles.schema.json": (Styles, "Studio training styles", "The training styles, data/styles.yml."),
    "tags.schema.json": (TagsFile, "Studio article tags", "The tags articles may use, data/tags.yml."),
    "picker.schema.json": (Picker, "Studio programme picker", "The programme picker's questions, data/picker.yml."),
    "program-download.schema.json": (ProgramData, "Studio programme download",
                                     "A programme's JSON download, /programs/<slug>/<slug>.json."),
}


def schema_texts() -> dict[str, str]:
    texts = {}
    for name, (model, title, description) in SCHEMAS.items():
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            **model.model_json_schema(),
            "title": title,
            "description": description,
        }
        texts[name] = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
    return texts


def main(folder: str = "schemas") -> None:
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    for name, text in schema_texts().items():
        (target / name).write_text(text, encoding="utf-8")
        print(f"wrote {target / name}")


if __name__ == "__main__":
    main(*sys.argv[1:])
