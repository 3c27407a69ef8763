"""Bad and hostile content, through a real build."""

from __future__ import annotations

import pytest

from sitecopy import run_build
from textedit import edit_file

pytestmark = pytest.mark.build

HOSTILE = """\
title: "<script>alert('t')</script> Strength & Size"
summary: "<img src=x onerror=alert('s')> summary"
description: |
  Raw <script>alert('d')</script> HTML and a [bad link](javascript:alert('l')) and a
  [good link](https://example.org/) and <b>bold?</b>
goal: strength
level: beginner
weeks: 1
sessions_per_week: 1
session_minutes: 30
equipment: []
readiness: ["<iframe src=//evil.example></iframe> ready"]
progression: "[click](javascript:alert('p'))"
phases:
  - name: "<svg onload=alert('ph')>"
    weeks: 1
    notes: "# not a heading *nor emphasis*"
    days:
      - name: "<u>Day</u>"
        exercises:
          - exercise: Push-up
            sets: 2
            reps: 5
            notes: "\\"><script>alert('n')</script>"
"""


def test_hostile_text_is_escaped_everywhere(site_copy):
    (site_copy / "programs" / "hostile.yml").write_text(HOSTILE, encoding="utf-8")
    build = run_build(site_copy)
    assert build.returncode == 0, build.output
    page = build.page("programs/hostile/")
    html = (build.site / "programs/hostile/index.html").read_text()
    article = page.select_one("article")
    # The only SVG is the build's own figures charts and bars, drawn from numbers: nothing from the file becomes markup.
    charts = article.select("svg.studio-chart__svg, svg.studio-bars__bar")
    assert [el for el in article.find_all(["script", "iframe", "svg", "u", "b", "img"]) if el not in charts] == []
    assert all(not chart.find_all(["script", "foreignObject", "a", "image"]) for chart in charts)
    assert "javascript:" not in html
    assert "<script>alert" not in html
    text = article.get_text(" ")
    assert "<script>alert('t')</script> Strength & Size" in text
    assert "<img src=x onerror=alert('s')> summary" in text
    assert "<b>bold?</b>" in text
    assert article.find("a", href="https://example.org/")
    assert page.title.get_text().startswith("<script>alert('t')</script> Strength & Size")
    description = page.find("meta", attrs={"name": "description"})["content"]
    assert description == "<img src=x onerror=alert('s')> summary"
    card = build.page("programs/").select_one('a[href="hostile/"]')
    assert card.get_text() == "<script>alert('t')</script> Strength & Size"


def test_bad_programme_stops_the_build_with_file_and_line(site_copy):
    path = next((site_copy / "programs").glob("*.yml"))
    text = path.read_text(encoding="utf-8")
    edit_file(path, "\nlevel:", "\nlevle:", 1)
    (site_copy / "programs" / "empty.yml").write_text("", encoding="utf-8")
    build = run_build(site_copy)
    assert build.returncode == 1
    assert "Traceback" not in build.output
    line = text[: text.index("\nlevel:")].count("\n") + 2
    assert f"programs/{path.name}:{line}: levle: unknown field 'levle'; did you mean 'level'?" in build.output
    assert "programs/empty.yml:1: the file is empty; fill it in or delete it" in build.output
    assert "2 problems in the site content:" in build.output


def test_bad_studio_settings_stop_the_build(site_copy):
    config = site_copy / "mkdocs.yml"
    edit_file(config, "sports_massage: https://", "sports_massage: javascript://")
    line = next(n for n, text in enumerate(config.read_text(encoding="utf-8").splitlines(), 1)
                if "sports_massage: javascript://" in text)
    build = run_build(site_copy)
    assert build.returncode == 1
    assert "Traceback" not in build.output
    assert f"mkdocs.yml:{line}: extra.studio.booking.sports_massage: 'javascript://kestrel-strength.example/book/" \
           "sports-massage' is not an allowed link; use an http(s)://, mailto: or tel: address" in build.output


def test_a_site_name_with_markup_and_a_site_url_with_a_quote_are_refused_with_their_lines(site_copy):
    config = site_copy / "mkdocs.yml"
    edit_file(config, "site_name: Kestrel Strength Studio", "site_name: Kestrel <script>alert(1)</script>")
    edit_file(config, "site_url: https://kestrel-strength.example/", 'site_url: \'https://kestrel-strength.example/"x\'')
    edit_file(config, "    name: Kestrel Strength Studio", '    name: "Kestrel\\nStudio"')
    lines = config.read_text(encoding="utf-8").splitlines()
    line = {key: next(n for n, text in enumerate(lines, 1) if text.startswith(key)) for key in ("site_name", "site_url")}
    studio = next(n for n, text in enumerate(lines, 1) if text.startswith('    name: "Kestrel'))
    build = run_build(site_copy)
    assert build.returncode == 1
    assert "Traceback" not in build.output
    assert (f"mkdocs.yml:{line['site_name']}: site_name: 'Kestrel <script>alert(1)</script>' has <, which the theme "
            "would print as part of the page's code; write the name as plain text, without < > \" ` or \\") in build.output
    assert (f"mkdocs.yml:{line['site_url']}: site_url: 'https://kestrel-strength.example/\"x/' is not the site's full "
            "address; write it like https://www.example.com/, with no spaces, quotes, < > or backslashes") in build.output
    assert (f"mkdocs.yml:{studio}: extra.studio.name: the text has a line break; write it on one line (titles, names, "
            "headings and labels are shown on one line)") in build.output


def test_a_docs_page_cannot_hide_a_generated_one(site_copy):
    (site_copy / "docs" / "programs").mkdir()
    (site_copy / "docs" / "programs" / "index.md").write_text("# Mine\n")
    build = run_build(site_copy)
    assert build.returncode == 1
    assert "docs/programs/index.md clashes with a generated page of the same address" in build.output


def test_an_article_with_a_script_or_a_javascript_link_is_refused_with_its_lines(site_copy):
    post = site_copy / "docs/blog/posts/choosing-and-sequencing-your-training.md"
    text = post.read_text(encoding="utf-8")
    marker = "\n## The order we coach in"
    assert marker in text
    post.write_text(text.replace(marker, "\n<script>alert('a')</script>\n\nSee [this](javascript:alert(2)).\n"
                                         + marker, 1), encoding="utf-8")
    line = text[: text.index(marker)].count("\n") + 2
    build = run_build(site_copy)
    assert build.returncode == 1
    assert "Traceback" not in build.output
    name = "docs/blog/posts/choosing-and-sequencing-your-training.md"
    assert (f"{name}:{line}: <script> is not allowed in a page: it could run code or load another site on every "
            "visitor's device; remove it") in build.output
    assert (f"{name}:{line + 2}: the address 'javascript:alert(2)' in <a> is a javascript: link, which can run "
            "code; use an http(s), mailto: or tel: address, or one within the site") in build.output
