"""The property over the newer forms of the format (tests/fuzz/fuzzforms.py): tiers, shares of another lift's max and
of another day, warm-ups of a max, the library's kind, ladder steps with targets and result rules. A programme valid
by construction is accepted and every output made; a broken one is refused with file:line messages; nothing else."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from fuzzcontent import FRONT, PAGE, SAMPLES, dump
from fuzzforms import FORMS_LIBRARY, forms_programme, hostile_forms
from hypothesis import given, settings
from pipeline import SITE_URL, STUDIO, TODAY, Finding, run, write_tree

from studio import ContentError
from studio.site import load_site

# make test keeps the suite's time: a valid input reaches every download, so the fast profile tries a quarter as
# many of them and a third as many broken ones (make fuzz, the long profile, tries its whole batch of each).
FAST = os.environ.get("STUDIO_FUZZ_PROFILE", "fast") == "fast"
QUARTER = settings(max_examples=max(4, settings.default.max_examples // 4)) if FAST else settings()
THIRD = settings(max_examples=max(4, settings.default.max_examples // 3)) if FAST else settings()


def _run(files: dict[str, str], valid: bool = False) -> str:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_tree(root, {**SAMPLES, PAGE: f"---\n{dump(FRONT)}---\n\nText.\n", **files})
        outcome = run(root)
        if valid and outcome != "accepted":
            raise Finding(f"a valid programme was refused:\n{_problems(root)}\n\n{files['programs/test-strength.yml']}")
        return outcome


def _problems(root: Path) -> str:
    try:
        load_site(root, root / "docs", STUDIO, SITE_URL, TODAY)
    except ContentError as error:
        return "\n".join(str(problem) for problem in error.problems)
    return ""


@QUARTER
@given(forms_programme())
def test_valid_programmes_with_tiers_shares_warmups_and_rules(program):
    _run({"programs/test-strength.yml": dump(program), "data/exercises.yml": FORMS_LIBRARY}, valid=True)


@THIRD
@given(hostile_forms())
def test_broken_tiers_shares_warmups_and_rules(broken):
    files, loop = broken
    if _run(files) == "accepted" and loop:
        raise Finding(f"a loop of shares was accepted:\n{files['programs/test-strength.yml']}")
