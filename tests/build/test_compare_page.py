"""The generated compare page: every programme's key facts, and the empty table compare.js fills from their JSON."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from sitecopy import SITE

from studio import load_catalog
from studio.catalog import comparison_rows, program_cells
from studio.presentation import FIGURES_NOTE, facts

pytestmark = pytest.mark.build
CATALOG = load_catalog(SITE)
PROGRAMS = CATALOG.programs


def test_compare_page_lists_every_programme_with_its_facts(built):
    page = built.page("programs/compare/")
    assert page.find("h1").get_text(strip=True).rstrip("¶") == "Compare programmes"
    listed = page.select_one("#compare-list")
    assert [th.get_text(strip=True) for th in listed.thead.find_all("th")] == [
        "Programme", *(label for label, _ in facts(PROGRAMS[0])), "Compare"]
    body = listed.tbody.find_all("tr")
    assert [tr["data-slug"] for tr in body] == [p.slug for p in PROGRAMS]
    for tr, program in zip(body, PROGRAMS):
        assert tr.th.a["href"] == f"../{program.slug}/" and tr.th.get_text(strip=True) == program.title
        cells = tr.find_all("td")
        assert [td.get_text(strip=True) for td in cells[:-1]] == [value for _, value in facts(program)]
        assert "studio-js-only" in cells[-1]["class"] and cells[-1].input["value"] == program.slug
    note = page.select_one(".studio-compare-page__note.studio-no-js-only")
    assert note.get_text(strip=True).startswith("Seeing programmes side by side needs JavaScript")


def test_compare_page_holds_an_empty_table_with_every_row(built):
    """Only the chosen programmes' JSON comes later: the page holds no programme's figures."""
    page = built.page("programs/compare/")
    holder = page.select_one("#compare-page")
    assert "studio-js-only" in holder["class"] and holder["data-json"] == "../{slug}/{slug}.json"
    table = BeautifulSoup(holder.template.decode_contents(), "html.parser")
    assert [th.get_text(strip=True) for th in table.select("thead th")] == ["Programme"]
    assert not table.select("td")
    every = comparison_rows([program_cells(CATALOG, p) for p in PROGRAMS], CATALOG.library.muscles)
    assert [(tr["data-key"], tr.th.get_text(strip=True)) for tr in table.select("tbody tr")] == [
        (row.key, row.label) for row in every]
    assert {tr["data-missing"] for tr in table.select("tbody tr[data-missing]")} == {"0"}
    # How the figures are worked out, as every programme page says it: the owner's guide is not published.
    note = table.select_one(".studio-compare__note")
    assert note.get_text() == FIGURES_NOTE and not note.find("a")


def test_each_programme_json_carries_its_column(built):
    for program in PROGRAMS:
        data = json.loads((built.site / "programs" / program.slug / f"{program.slug}.json").read_text(encoding="utf-8"))
        assert [(c["key"], c["label"], c["text"]) for c in data["comparison"]] == [
            (c.key, c.label, c.text) for c in program_cells(CATALOG, program)]


def test_compare_page_is_not_in_the_nav(built):
    home = built.page("")
    nav_links = [a["href"] for a in home.select("nav.md-nav a[href]")]
    assert nav_links and not any("compare" in href for href in nav_links)
    assert "programs/compare/" not in built.output


def test_catalogue_compare_control_is_a_real_link_to_the_page(built):
    page = built.page("programs/")
    go = page.select_one(".studio-compare-bar a.studio-compare-bar__go")
    assert (go["href"], go.get_text(strip=True)) == ("compare/", "Compare programmes")
    cards = page.select("#program-list .studio-card")
    # One tick box a card; compare.js gives it the slug from the card's link as its value.
    assert [len(card.select(".studio-card__compare input[name=compare]")) for card in cards] == [1] * len(PROGRAMS)
    assert [card.select_one(".studio-card__title a")["href"] for card in cards] == [f"{p.slug}/" for p in PROGRAMS]


def test_a_programme_cannot_take_the_compare_address(site_copy):
    from sitecopy import run_build

    # The file's first line is the schema comment, so its first field is on line 2.
    source = (site_copy / "programs" / "move-well-first.yml").read_text(encoding="utf-8")
    (site_copy / "programs" / "compare.yml").write_text(source, encoding="utf-8")
    build = run_build(site_copy)
    assert build.returncode != 0
    assert ("programs/compare.yml:2: slug: the page address /programs/compare/ is taken by the page that compares "
            "programmes; rename the file or give the programme a different slug, e.g. slug: compare-programme"
            ) in build.output
