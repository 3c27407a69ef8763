"""Rendering helpers: safe prose, labels and the weekly rotation."""

from __future__ import annotations

import pytest

from studio import load_catalog
from studio.format import parse_load
from studio.presentation import href, is_safe_url, load_label, render_prose, rotation, sets_reps, week_range
from studio.views import md_escape


def test_prose_escapes_raw_html():
    assert render_prose("Hi <script>alert(1)</script> **there**") == (
        "<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; <strong>there</strong></p>"
    )


def test_prose_block_html_is_text():
    assert render_prose("<div onclick=x()>boo</div>") == "<p>&lt;div onclick=x()&gt;boo&lt;/div&gt;</p>"


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("[a](javascript:alert(1))", "<p><a>a</a></p>"),
        ("[a](JaVaScRiPt:alert(1))", "<p><a>a</a></p>"),
        ("[a](java\tscript:alert(1))", "<p><a>a</a></p>"),
        ("![i](data:image/svg+xml;base64,xx)", '<p><img alt="i"></p>'),
        ("[a](https://example.org/)", '<p><a href="https://example.org/" rel="noopener">a</a></p>'),
        ("[a](mailto:me@example.org)", '<p><a href="mailto:me@example.org" rel="noopener">a</a></p>'),
        ("[a](../other/)", '<p><a href="../other/">a</a></p>'),
    ],
)
def test_prose_links_must_be_safe(text, html):
    assert render_prose(text) == html


@pytest.mark.parametrize(
    ("url", "safe"),
    [("https://x.org", True), ("tel:+441134960123", True), ("/programs/", True), ("vbscript:x", False),
     ("data:text/html,x", False), (" javascript:x", False)],
)
def test_is_safe_url(url, safe):
    assert is_safe_url(url) is safe


def test_md_escape_neutralises_markdown_and_html():
    assert md_escape("<b>*Big* #1</b>") == "&lt;b&gt;\\*Big\\* \\#1&lt;/b&gt;"


@pytest.mark.parametrize(
    ("src", "to", "expected"),
    [
        ("programs/a.md", "exercises/b.md", "../../exercises/b/"),
        ("programs/index.md", "programs/a.md", "a/"),
        ("programs/a.md", "programs/index.md", "../"),
        ("exercises/index.md", "exercises/index.md", "./"),
    ],
)
def test_href_between_pages(src, to, expected):
    assert href(src, to) == expected


@pytest.mark.parametrize(
    ("loads", "shown"),
    [
        (["65%", "75%", "85%"], "65/75/85% 1RM"),
        (["RPE 7", "RPE 8"], "RPE 7/8"),
        (["60 kg", "RPE 8"], "60 kg / RPE 8"),
        ("RIR 2", "2 RIR"),
    ],
)
def test_load_labels(loads, shown):
    assert load_label(parse_load(loads)) == shown


def test_rotation_labels(site):
    site.program()
    program = load_catalog(site.root).programs[0]
    assert [(label, [d.name for d in days]) for label, days in rotation(program, 0)] == [
        ("Week 1", ["Day A", "Day B", "Day A"]),
        ("Week 2", ["Day B", "Day A", "Day B"]),
    ]
    assert [(label, [d.name for d in days]) for label, days in rotation(program, 1)] == [
        ("Each week", ["Day A", "Day A", "Day A"]),
    ]


def test_rotation_labels_count_programme_weeks(site):
    from samples import ROTATION

    site.program(ROTATION.replace("  - name: Build\n    weeks: 1", "  - name: Build\n    weeks: 6").replace(
        "weeks: 5", "weeks: 10", 1))
    program = load_catalog(site.root).programs[0]
    shown = [[(label, "".join(d.name[-1] for d in days)) for label, days in rotation(program, p)]
             for p in range(3)]
    assert shown == [
        [("Weeks 1 and 3", "ABA"), ("Week 2", "BAB")],
        [("Weeks 4, 6 and 8", "BAB"), ("Weeks 5, 7 and 9", "ABA")],
        [("Week 10", "ABA")],
    ]


@pytest.mark.parametrize(
    ("reps", "sets", "shown"),
    [(5, 3, "3 × 5"), ([5, 3, 1], 3, "3 × 5/3/1"), ("5/5/5/5/5+", 5, "4 × 5, 1 × 5+"),
     ("8-12", 2, "2 × 8–12 each side"), ("8-12", "3-4", "3–4 × 8–12"), ("30-60 s", 2, "2 × 30–60 s"),
     ([8, 8, 8, "8+"], "3-4", "3 × 8, 1 × 8+ (set 4 optional)"), ("5/5/5+", "1-3", "2 × 5, 1 × 5+ (sets 2–3 optional)")],
)
def test_sets_reps_labels(reps, sets, shown):
    from studio.format import Exercise

    item = Exercise(exercise="x", sets=sets, reps=reps, each_side=shown.endswith("side"))
    assert sets_reps(item) == shown


def test_week_ranges_of_identical_phases(site):
    # Frozen models compare by value: two phases written the same must still get their own weeks.
    from samples import PROGRAM

    site.program(PROGRAM.replace("weeks: 3", "weeks: 5").replace(
        "  - name: Deload\n    weeks: 1\n", "  - name: Deload\n    weeks: 2\n", 1).replace(
        "phases:\n", "phases:\n  - &deload\n    name: Deload\n    weeks: 2\n    deload: true\n    days:\n"
        "      - name: Day A\n        exercises:\n          - exercise: Back squat\n            sets: 2\n"
        "            reps: 5\n            load: 60%\n", 1).replace("  - name: Base\n    weeks: 2\n", "  - name: Base\n    weeks: 1\n", 1))
    program = load_catalog(site.root).programs[0]
    assert program.phases[0] == program.phases[2]
    assert [week_range(program, n) for n in range(3)] == ["weeks 1–2", "week 3", "weeks 4–5"]
