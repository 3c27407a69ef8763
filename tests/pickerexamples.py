"""The picker's worked examples (tests/fixtures/picker-ranking.yml), read once for the Python test
(tests/unit/test_picker_ranking.py) and the Chromium one (tests/browser/test_picker_in_chromium.py)."""

from __future__ import annotations

from pathlib import Path

import yaml

from studio.content import Offer, Picker, PickerPage, page_for

EXAMPLES = Path(__file__).resolve().parent / "fixtures" / "picker-ranking.yml"
SPEC = yaml.safe_load(EXAMPLES.read_text(encoding="utf-8"))


def example_page(spec: dict = SPEC) -> tuple[Picker, PickerPage]:
    """The page's data for the fixture's catalogue, as the build makes it."""
    picker = Picker.model_validate(spec["picker"], strict=False)
    offers = [Offer(p["slug"], p["title"], f"../programs/{p['slug']}/", tuple(p["goal"]), p["level"], p["sessions"],
                    p["minutes"], tuple(p["equipment"])) for p in spec["programmes"]]
    return picker, page_for(picker, offers, spec["equipment"])


def form_answers(picker: Picker, answers: dict) -> dict:
    """An example's answers as the form gives them: experience as the number of the first answer at that level."""
    given = {key: str(value) for key, value in answers.items() if key in ("goal", "sessions", "minutes")}
    if "experience" in answers:
        given["experience"] = str([e.level for e in picker.experience].index(answers["experience"]))
    if "kit" in answers:
        given["kit"] = list(answers["kit"])
    given["failed"] = list(answers.get("failed", []))
    return given


def expected_ranking(example: dict) -> list[dict]:
    return [{"slug": slug, "differences": differences} for entry in example["ranking"]
            for slug, differences in entry.items()]


def example_id(example: dict) -> str:
    return example["name"].split(":")[0][:50]
