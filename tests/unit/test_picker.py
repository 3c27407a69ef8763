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
    picker, problems = load_picker(site.root, set(slugs), ["barbell", "squat rack", "bench", "dumbbells", "mat"])
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
        "allowed here: if_not_ready, experience, readiness, small_kit",
        "data/picker.yml:8: readiness[0].question: is empty; write some text or remove the field",
    ]


def test_one_experience_answer_is_not_a_choice(site):
    text = PICKER.replace("  - answer: Two years of barbell training\n    level: advanced\n", "")
    assert picker_problems(site, text) == [
        "data/picker.yml:2: experience: needs at least 2 item(s); it has 1"
    ]


def test_small_kit_loads(site):
    site.write("data/picker.yml", PICKER + "small_kit:\n  - kit: mat\n    instead: a towel works\n")
    picker, problems = load_picker(site.root, {"test-strength"}, ["barbell", "mat"])
    assert problems == []
    assert [(s.kit, s.instead) for s in picker.small_kit] == [("mat", "a towel works")]


def test_small_kit_must_come_from_the_library_and_be_listed_once(site):
    text = PICKER + ("small_kit:\n  - kit: yoga mat\n    instead: a towel works\n  - kit: Mat\n    instead: a rug\n"
                     "  - kit: mat\n    instead: a towel\n  - kit: dumbels\n    instead: two water bottles\n")
    assert picker_problems(site, text) == [
        "data/picker.yml:11: small_kit[0].kit: 'yoga mat' is not in the equipment list of data/exercises.yml; "
        "use kit from that list",
        "data/picker.yml:15: small_kit[2].kit: 'mat' is listed twice (first on line 13); list each piece of kit once",
        "data/picker.yml:17: small_kit[3].kit: 'dumbels' is not in the equipment list of data/exercises.yml; "
        "did you mean 'dumbbells'? use kit from that list",
    ]


def test_small_kit_when_the_library_did_not_load_is_checked_for_repeats_only(site):
    site.write("data/picker.yml", PICKER + "small_kit:\n  - kit: yoga mat\n    instead: a towel\n"
                                           "  - kit: Yoga mat\n    instead: a rug\n")
    _, problems = load_picker(site.root, {"test-strength"}, None)
    assert [str(p) for p in problems] == [
        "data/picker.yml:13: small_kit[1].kit: 'Yoga mat' is listed twice (first on line 11); list each piece of kit "
        "once"]


@pytest.mark.parametrize("extra, message", [
    ("small_kit:\n  mat: a towel works\n",
     "data/picker.yml:10: small_kit: expected a list, got fields (key: value); write [a, b] or one '- item' per line"),
    ("small_kit:\n",
     "data/picker.yml:10: small_kit: expected a list, got nothing; write [a, b] or one '- item' per line"),
    ("small_kit:\n  - kit: mat\n",
     "data/picker.yml:11: small_kit[0].instead: required field 'instead' is missing; add it, e.g. instead: ..."),
    ('small_kit:\n  - kit: mat\n    instead: ""\n',
     "data/picker.yml:12: small_kit[0].instead: is empty; write some text or remove the field"),
    ('small_kit:\n  - kit: mat\n    instead: "a towel\\nworks"\n',
     "data/picker.yml:12: small_kit[0].instead: the text has a line break; write it on one line (titles, names, "
     "headings and labels are shown on one line)"),
    ("small_kit:\n  - kit: mat\n    instead: " + "a towel " * 20 + "\n",
     "data/picker.yml:12: small_kit[0].instead: is 159 characters long; keep it to 100"),
    ("small_kit:\n  - kit: mat\n    instaed: a towel\n",
     "data/picker.yml:12: small_kit[0].instaed: unknown field 'instaed'; did you mean 'instead'? allowed here: kit, "
     "instead"),
    ("small_kit:\n  - kit: 5\n    instead: a towel\n",
     "data/picker.yml:11: small_kit[0].kit: expected text, got 5; put the text in quotes if it looks like something "
     "else"),
], ids=["a mapping", "empty", "no instead", "empty instead", "line break", "too long", "misspelt field", "number"])
def test_odd_small_kit(site, extra, message):
    assert picker_problems(site, PICKER + extra) == [message]


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


GENTLE = (PROGRAM.replace("title: Test Strength", "title: Gentle").replace("goal: strength", "goal: general fitness")
          .replace("level: intermediate", "level: beginner")
          .replace("[barbell, squat rack, bench, mat]", "[barbell, squat rack, bench, dumbbells, mat]"))


def test_picker_escapes_hostile_text_and_embeds_the_programmes(site):
    # A title is one line: U+2028 is refused there (tests/unit/test_odd_files_and_dates.py).
    line = HOSTILE.replace("\u2028", "")
    hostile_picker = PICKER.replace("Build your trunk first.", json.dumps(HOSTILE)).replace(
        "Can you hold a plank for 30 seconds?", json.dumps("<img src=x onerror=alert(1)> plank?")) + (
        f"small_kit:\n  - kit: dumbbells\n    instead: {json.dumps(line)}\n")
    site.program(GENTLE, name="gentle.yml")
    # "Gentle" comes first by title and wins ties, so a reader without dumbbells can change the order.
    hostile_title = PROGRAM.replace("title: Test Strength", f"title: {json.dumps('Test ' + line)}")
    built = small_site(site, hostile_picker, hostile_title)
    html = Renderer(built).blocks.picker("which/")
    soup = BeautifulSoup(html, "html.parser")
    assert [s.get("id") for s in soup.find_all("script")] == ["picker-data"]
    assert soup.find("img") is None
    assert "<img src=x onerror=alert(1)> plank?" in soup.get_text()
    data = json.loads(soup.find(id="picker-data").string)
    assert data["ifNo"] == [HOSTILE]
    assert data["phrases"] == ["aims at general fitness, not strength", "aims at general fitness, not muscle size",
                               "written at beginner level, two steps below your experience",
                               f"needs dumbbells — {line}",
                               "aims at strength, not muscle size", "aims at strength, not general fitness",
                               "aims at strength; general fitness is the usual start while you decide",
                               "written at intermediate level, a step past your experience",
                               "written at intermediate level, a step below your experience"]
    # Per question, per answer: 0 or [points, phrase]; row 0 is "no difference whatever the answer".
    assert data["rows"] == [None, [[8, 0], [8, 1], 0, 0], [0, [4, 2]], [0, [1, 3]], [0, [8, 4], [8, 5], [2, 6]],
                            [[12, 7], [2, 8]]]
    gentle, hostile = data["programs"]
    assert gentle == {"slug": "gentle", "title": "Gentle", "url": "../programs/gentle/",
                      "about": "General fitness, beginner level: 3 sessions a week of about 60 minutes.", "base": 0,
                      "fit": [1, 2, 3]}
    assert hostile["title"] == "Test " + line and hostile["fit"] == [4, 5, 0]
    assert soup.select_one("#picker-nojs a")["href"] == "../programs/"


def test_only_the_questions_that_change_the_order_are_on_the_form(site):
    site.program(GENTLE, name="gentle.yml")
    built = small_site(site, PICKER)
    soup = BeautifulSoup(Renderer(built).blocks.picker("which/"), "html.parser")
    # Both take 3 sessions of 60 minutes and need a barbell, a rack, a bench and a mat: only the dumbbells differ.
    assert [f.legend.get_text() for f in soup.select("#picker-form fieldset")] == [
        "What do you want most from training?", "How much have you trained?", "Equipment you can use",
        "Quick readiness checks"]
    assert soup.select("#picker-form select") == []
    assert [b["value"] for b in soup.select("input[name=kit]")] == ["dumbbells"]
    assert [b["value"] for b in soup.select("input[name=experience]")] == ["0", "1"]


def test_without_javascript_the_best_start_for_each_goal(site):
    site.program(GENTLE, name="gentle.yml")
    built = small_site(site, PICKER)
    soup = BeautifulSoup(Renderer(built).blocks.picker("which/"), "html.parser")
    nojs = soup.select_one("#picker-nojs")
    gentle = "Gentle. General fitness, beginner level: 3 sessions a week of about 60 minutes."
    strength = "Test Strength. Strength, intermediate level: 3 sessions a week of about 60 minutes."
    # A level too hard costs more than another goal: a beginner after strength starts with Gentle.
    assert [" ".join(li.get_text().split()) for li in nojs.select(".studio-picker__starts li")] == [
        f"Beginner: {gentle}", f"Advanced: {strength}",  # strength
        f"Beginner: {gentle}", f"Advanced: {strength}",  # muscle size
        f"Beginner: {gentle}", f"Advanced: {gentle}",  # general fitness
        f"Beginner: {gentle}", f"Advanced: {gentle}",  # not sure: a tie, and Gentle comes first by title
    ]
    assert [p.get_text() for p in nojs.select(".studio-picker__goal")] == [
        "Strength", "Muscle size", "General fitness", "Not sure yet"]
    assert "If the answer to any of them is no, start with Test Strength" in " ".join(nojs.get_text().split())
    assert [li.get_text() for li in nojs.select("ul:not(.studio-picker__starts) li")] == [
        "Can you hold a plank for 30 seconds?"]


def test_one_programme_needs_no_questions(site):
    built = small_site(site, PICKER)
    soup = BeautifulSoup(Renderer(built).blocks.picker("which/"), "html.parser")
    assert soup.select("form, script, #picker-nojs") == []
    assert " ".join(soup.get_text().split()) == (
        "With the programmes there are now, every answer leads to the same start: "
        "Test Strength. Strength, intermediate level: 3 sessions a week of about 60 minutes.")


def test_too_many_readiness_checks(site):
    checks = "".join(f"  - question: Check {n}?\n    if_no: Reason {n}.\n" for n in range(9))
    text = PICKER.split("readiness:\n")[0] + "readiness:\n" + checks
    assert picker_problems(site, text) == ["data/picker.yml:7: readiness: has 9 items; keep it to 8"]
