"""Every YAML example in the owner's guide (docs/guide/*.md) loads through the real loader with no problems.

A coach writes programmes from the guide alone, so an example the build refuses teaches a mistake. Each ```yaml
block is taken as written; a fragment (some exercises of a day, a day, a phase, or a programme's last fields) is
completed into a programme around it, with `days: ...` standing for a day, and loaded with the test site's library
(plus Run and Walk, which the guide says to add). The library example is loaded as the library, and the examples of
the article guide as a call to action, a service page and the picker's questions. This is the one test that reads
docs/: the guide is the developers' documentation of the format (see the audit hook in tests/conftest.py).
"""

from __future__ import annotations

import re
import shutil
import textwrap
from datetime import date
from pathlib import Path

import pytest
import yaml
from samples import RUN_AND_WALK
from sitecopy import ROOT, SITE
from test_pages import STUDIO

from studio import ContentError, load_catalog
from studio.site import MailingList, load_measuring, load_site, load_studio

GUIDE = ROOT / "docs" / "guide"
# The test studio with a mailing list, for the guide's sign-up form.
WITH_LIST = STUDIO.model_copy(update={"mailing_list": MailingList(
    provider="kit", address="https://app.kit.com/forms/123/subscriptions", list="123")})
FENCE = re.compile(r"^(\s*)```yaml\s*$")
SLOT_KEYS = {"exercise", "superset", "pair", "amrap", "emom", "for_time", "circuit", "intervals"}
# A day that stands in for `days: ...`, with the lift most examples use.
A_DAY = "- name: Day A\n  exercises:\n    - {exercise: Back squat, sets: 3, reps: 5, load: 70%}\n"
HEADER = """\
title: Guide Example
summary: An example from the owner's guide.
description: The guide's example, completed into a programme.
goal: strength
level: intermediate
weeks: {weeks}
sessions_per_week: {sessions}
session_minutes: 60
equipment: {equipment}
readiness:
  - Squat to depth with heels down
progression: As the example says.
"""


def examples() -> list[tuple[str, int, str]]:
    """(guide file, line of the fence, the block's text) for every ```yaml block of the guide."""
    found = []
    for path in sorted(GUIDE.glob("*.md")):
        lines = path.read_text(encoding="utf-8").splitlines()
        n = 0
        while n < len(lines):
            if FENCE.match(lines[n]):
                end = next(m for m in range(n + 1, len(lines)) if lines[m].strip() == "```")
                found.append((path.name, n + 1, textwrap.dedent("\n".join(lines[n + 1:end])) + "\n"))
                n = end
            n += 1
    return found


EXAMPLES = examples()


def test_the_guide_has_its_examples():
    names = [name for name, _, _ in EXAMPLES]
    assert names.count("writing-a-programme.md") >= 17 and names.count("writing-an-article.md") == 5
    assert names.count("publishing.md") == 1


def library_text() -> str:
    return (SITE / "data" / "exercises.yml").read_text(encoding="utf-8") + RUN_AND_WALK


def fill_days(text: str) -> str:
    """`days: ...` (a phase whose days the example leaves out) as a day of its own."""
    def day(match: re.Match) -> str:
        indent = match.group(1)
        return f"{indent}days:\n" + textwrap.indent(A_DAY, indent + "  ")
    return re.sub(r"^( *)days: \.\.\.$", day, text, flags=re.M)


def weeks_named(data) -> int:
    """The last week any `only_weeks` in `data` names, so that a phase made around a fragment has it."""
    if isinstance(data, dict):
        return max([max(data.get("only_weeks") or [1])] + [weeks_named(v) for v in data.values()])
    if isinstance(data, list):
        return max([weeks_named(v) for v in data] or [1])
    return 1


def programme(fragment: str) -> str:
    """The fragment inside a programme: as a day's exercises, a phase's days, the phases, or the last fields."""
    data = yaml.safe_load(fill_days(fragment))
    first = data[0] if isinstance(data, list) else data
    phase = f"phases:\n  - name: Base\n    weeks: {weeks_named(data)}\n    days:\n"
    if isinstance(data, dict):
        body = fragment
    elif first.keys() & SLOT_KEYS:
        body = phase + "      - name: Day A\n        exercises:\n" + textwrap.indent(fragment, " " * 10)
    elif "exercises" in first:
        body = phase + textwrap.indent(fragment, " " * 6)
    else:
        assert "days" in first, f"not a fragment of a programme: {fragment}"
        body = "phases:\n" + textwrap.indent(fragment, "  ")
    body = fill_days(body)
    phases = yaml.safe_load(body)["phases"]
    library = yaml.safe_load(library_text())
    header = HEADER.format(weeks=sum(p["weeks"] * p.get("cycles", 1) for p in phases),
                           sessions=min(7, max(len(p["days"]) for p in phases)),
                           equipment="[" + ", ".join(library["equipment"]) + "]")
    if "training_max:" not in body:
        header += "training_max: 90\n"
    return header + body


def site_with(tmp_path: Path, program: str | None = None) -> Path:
    root = tmp_path / "site"
    (root / "data").mkdir(parents=True)
    (root / "data" / "exercises.yml").write_text(library_text(), encoding="utf-8")
    shutil.copy(SITE / "data" / "styles.yml", root / "data" / "styles.yml")
    shutil.copytree(SITE / "data" / "images", root / "data" / "images")  # the library's pictures
    if program is not None:
        (root / "programs").mkdir()
        (root / "programs" / "example.yml").write_text(program, encoding="utf-8")
    return root


def loads_cleanly(root: Path):
    try:
        catalog = load_catalog(root)
    except ContentError as error:
        pytest.fail("the example does not load:\n" + "\n".join(str(p) for p in error.problems))
    for program in catalog.programs:  # every week, session and set works out too
        assert catalog.plan(program).sessions and catalog.figures(program) is not None
    return catalog


def load_settings_example(tmp_path: Path, text: str) -> None:
    """Settings of mkdocs.yml's `extra`: the studio's (in place of the test studio's) and consent and analytics."""
    extra = yaml.safe_load(text)["extra"]
    config = tmp_path / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    try:
        load_studio({"studio": {**STUDIO.model_dump(exclude_defaults=True), **extra.get("studio", {})}}, config)
        load_measuring(extra, config)
    except ContentError as error:
        pytest.fail("the example does not load:\n" + "\n".join(str(p) for p in error.problems))


def load_article_example(tmp_path: Path, text: str) -> None:
    """A call to action, a service page or the picker's questions, in a copy of the test site's content."""
    if not text.startswith("---") and "extra" in (yaml.safe_load(text) or {}):
        load_settings_example(tmp_path, text)
        return
    root = tmp_path / "site"
    for folder in ("docs", "programs", "data"):
        shutil.copytree(SITE / folder, root / folder)
    data = yaml.safe_load(text.split("\n---", 1)[0] if text.startswith("---") else text)
    if text.startswith("---"):  # a page's front matter
        (root / "docs" / "services" / "example.md").write_text(text + "\n# Example\n\nThe page.\n", encoding="utf-8")
    elif isinstance(data, list):  # one call to action, in place of the test site's with the same id
        calls = root / "data" / "calls-to-action.yml"
        written = calls.read_text(encoding="utf-8")
        start = written.index(f"  - id: {data[0]['id']}\n")
        end = written.find("\n  - id:", start + 1)
        entry = textwrap.indent(text, "  ")  # as the guide indents it, under calls_to_action:
        calls.write_text(written[:start] + entry + (written[end + 1:] if end != -1 else ""), encoding="utf-8")
    else:
        assert "if_not_ready" in data, f"an article guide example of an unknown kind: {text}"
        (root / "data" / "picker.yml").write_text(text, encoding="utf-8")
    try:
        load_site(root, root / "docs", WITH_LIST, "https://studio.example/", date(2026, 11, 22))
    except ContentError as error:
        pytest.fail("the example does not load:\n" + "\n".join(str(p) for p in error.problems))


@pytest.mark.parametrize(("name", "line", "text"), EXAMPLES, ids=[f"{name}:{line}" for name, line, _ in EXAMPLES])
def test_every_yaml_example_in_the_guide_loads_with_no_problems(tmp_path, name, line, text):
    if name == "writing-an-article.md":
        load_article_example(tmp_path, text)
        return
    if name == "publishing.md":
        load_settings_example(tmp_path, text)
        return
    data = yaml.safe_load(fill_days(text))
    if isinstance(data, dict) and "exercises" in data and "muscles" in data:  # the library
        root = site_with(tmp_path)
        (root / "data" / "exercises.yml").write_text(text, encoding="utf-8")
        (root / "programs").mkdir()
        (root / "programs" / "example.yml").write_text(
            HEADER.format(weeks=1, sessions=1, equipment="[barbell, squat rack]")
            + "phases:\n  - name: Base\n    weeks: 1\n    days:\n" + textwrap.indent(A_DAY, "      "), encoding="utf-8")
        loads_cleanly(root)
    elif isinstance(data, dict) and "title" in data:  # a whole programme, as written
        loads_cleanly(site_with(tmp_path, fill_days(text)))
    else:
        loads_cleanly(site_with(tmp_path, programme(text)))


def test_a_fragment_is_completed_around_what_it_is():
    slots = programme("- exercise: Push-up\n  sets: 3\n  reps: 10\n")
    assert "        exercises:\n          - exercise: Push-up\n            sets: 3\n" in slots
    assert "weeks: 1\nsessions_per_week: 1\n" in slots and "training_max: 90\n" in slots
    phase = programme("- name: Build\n  weeks: 3\n  cycles: 2\n  days: ...\n")
    assert "weeks: 6\n" in phase and "    days:\n      - name: Day A\n" in phase
    # A fragment that names week 3 gets a phase of three weeks.
    weekly = programme("- name: Day A\n  exercises:\n    - {exercise: Push-up, sets: 3, reps: 10, only_weeks: [3]}\n"
                       "    - {exercise: Dead bug, sets: 2, reps: 8}\n")
    assert "weeks: 3\nsessions_per_week: 1\n" in weekly and "  - name: Base\n    weeks: 3\n" in weekly
