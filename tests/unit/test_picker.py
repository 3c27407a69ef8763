"""The programme picker's questions (data/picker.yml), the JSON it embeds and the reserved programme slugs."""

from __future__ import annotations

import json
from datetime import date

import pytest
from bs4 import BeautifulSoup
from samples import PROGRAM, SITE
from textedit import Sample

from studio import ContentError, load_catalog
from studio.content import load_picker
from studio.format import load_yaml
from studio.render import Renderer
from studio.site import load_site, load_studio
from studio.views import script_json

PICKER = Sample("""\
if_not_ready: test-strength
experience:
  - answer: New to training
    level: beginner
  - answer: Two years of barbell training
    level: advanced
readiness:
  - question: Can you hold a plank for 30 seconds?
    if_no: Build your trunk first.
""")
HOSTILE = "</script><script>alert('x')</script><!-- \u2028 &"


def picker_problems(site, text: str, slugs=frozenset({"test-strength", "move-well-first"})) -> list[str]:
    site.write("data/picker.yml", text)
    picker, problems = load_picker(site.root, set(slugs))
    assert picker is None
    return [str(p) for p in sorted(problems)]


def test_valid_picker_loads(site):
    site.write("data/picker.yml", PICKER)
    picker, problems = load_picker(site.root, {"test-strength"})
    assert problems == []
    assert picker.if_not_ready == "test-strength"
    assert [e.level for e in picker.experience] == ["beginner", "advanced"]


def test_the_sites_own_picker_file_is_valid():
    catalog = load_catalog(SITE)
    picker, problems = load_picker(SITE, {p.slug for p in catalog.programs})
    assert problems == [] and catalog.program(picker.if_not_ready) is not None


def test_unknown_programme_for_readers_not_ready(site):
    assert picker_problems(site, PICKER.replace("if_not_ready: test-strength", "if_not_ready: move-wel-first")) == [
        "data/picker.yml:1: if_not_ready: there is no programme 'move-wel-first'; did you mean 'move-well-first'? "
        "use a programme's file name without .yml"
    ]


def test_wrong_level_and_missing_explanation_together(site):
    text = PICKER.replace("level: advanced", "level: expert").replace("    if_no: Build your trunk first.\n", "")
    assert picker_problems(site, text) == [
        "data/picker.yml:6: experience[1].level: 'expert' is not a level; use beginner, intermediate or advanced",
        "data/picker.yml:8: readiness[0].if_no: required field 'if_no' is missing; add it, e.g. if_no: ...",
    ]


def test_misspelt_field_and_empty_question(site):
    text = PICKER.replace("if_not_ready:", "if_not_redy:").replace(
        "question: Can you hold a plank for 30 seconds?", 'question: ""')
    assert picker_problems(site, text) == [
        "data/picker.yml:1: if_not_redy: unknown field 'if_not_redy'; did you mean 'if_not_ready'? "
        "allowed here: if_not_ready, experience, readiness",
        "data/picker.yml:8: readiness[0].question: is empty; write some text or remove the field",
    ]


def test_one_experience_answer_is_not_a_choice(site):
    text = PICKER.replace("  - answer: Two years of barbell training\n    level: advanced\n", "")
    assert picker_problems(site, text) == [
        "data/picker.yml:2: experience: needs at least 2 item(s); it has 1"
    ]


def test_script_json_cannot_close_the_script_element():
    data = {"title": HOSTILE, "items": ["<b>", "a>b"]}
    text = script_json(data)
    assert "<" not in text and "\u2028" not in text
    assert json.loads(text) == data


def test_reserved_slugs_are_owner_errors(site):
    site.program(PROGRAM, name="compare.yml")
    site.program(PROGRAM.replace("title: Test Strength", "title: Test Strength\nslug: index"), name="other.yml")
    with pytest.raises(ContentError) as error:
        load_catalog(site.root)
    assert [str(p) for p in error.value.problems] == [
        "programs/compare.yml:1: slug: the page address /programs/compare/ is taken by the page that compares "
        "programmes; rename the file or give the programme a different slug, e.g. slug: compare-programme",
        "programs/other.yml:2: slug: the page address /programs/index/ is taken by the programme catalogue; "
        "rename the file or give the programme a different slug, e.g. slug: index-programme",
    ]


# ---------------------------------------------------------------- through the whole site


def studio():
    extra = load_yaml(SITE / "mkdocs.yml", "mkdocs.yml", other_tags=True).data["extra"]
    return load_studio(extra, SITE / "mkdocs.yml")


def small_site(site, picker: str | None, program: str = PROGRAM):
    site.program(program)
    site.write("data/calls-to-action.yml", (SITE / "data" / "calls-to-action.yml").read_text(encoding="utf-8"))
    site.write("docs/which.md", "# Which?\n\n[[programme picker]]\n")
    if picker is not None:
        site.write("data/picker.yml", picker)
    return load_site(site.root, site.root / "docs", studio(), "https://example.org/", date(2026, 11, 1))


def test_a_picker_page_needs_the_picker_file(site):
    with pytest.raises(ContentError) as error:
        small_site(site, None)
    assert [str(p) for p in error.value.problems] == [
        "docs/which.md:3: [[programme picker]] needs its questions in data/picker.yml; "
        "create it as the owner's guide shows"
    ]


def test_picker_escapes_hostile_text_and_embeds_the_programmes(site):
    hostile_picker = PICKER.replace("Build your trunk first.", json.dumps(HOSTILE)).replace(
        "Can you hold a plank for 30 seconds?", json.dumps("<img src=x onerror=alert(1)> plank?"))
    title = HOSTILE.replace("\u2028", "")  # a title is one line: U+2028 is refused there (tests/unit/test_odd_files_and_dates.py)
    program = PROGRAM.replace("title: Test Strength", f"title: {json.dumps(title)}")
    built = small_site(site, hostile_picker, program)
    html = Renderer(built).blocks.picker("which/")
    soup = BeautifulSoup(html, "html.parser")
    assert [s.get("id") for s in soup.find_all("script")] == ["picker-data"]
    assert soup.find("img") is None
    assert "<img src=x onerror=alert(1)> plank?" in soup.get_text()
    data = json.loads(soup.find(id="picker-data").string)
    assert data["ifNo"] == [HOSTILE]
    (entry,) = data["programs"]
    assert entry == {"slug": "test-strength", "title": title, "url": "../programs/test-strength/",
                     "goal": ["strength"], "level": "intermediate", "sessions": 3, "minutes": 60,
                     "equipment": ["barbell", "squat rack", "bench", "mat"]}
    assert soup.select_one("#picker-nojs a")["href"] == "../programs/"
    assert [b["value"] for b in soup.select("input[name=kit]")] == built.catalog.library.equipment


def test_too_many_readiness_checks(site):
    checks = "".join(f"  - question: Check {n}?\n    if_no: Reason {n}.\n" for n in range(9))
    text = PICKER.split("readiness:\n")[0] + "readiness:\n" + checks
    assert picker_problems(site, text) == ["data/picker.yml:7: readiness: has 9 items; keep it to 8"]
