"""The generated compare page and the data-slug columns of programme tables."""

from __future__ import annotations

import pytest

from sitecopy import ROOT
from studio import load_catalog

pytestmark = pytest.mark.build
PROGRAMS = load_catalog(ROOT).programs


def test_compare_page_has_a_column_per_programme(built):
    page = built.page("programs/compare/")
    assert page.find("h1").get_text(strip=True).rstrip("¶") == "Compare programmes"
    table = page.select_one("#compare-page table")
    assert [th["data-slug"] for th in table.select("thead th[data-slug]")] == [p.slug for p in PROGRAMS]
    for row in table.select("tbody tr:not(.studio-compare__group)"):
        assert [td["data-slug"] for td in row.find_all("td")] == [p.slug for p in PROGRAMS]
    assert table.select_one("thead th[data-slug='move-well-first'] a")["href"] == "../move-well-first/"


def test_compare_page_is_not_in_the_nav(built):
    home = built.page("")
    nav_links = [a["href"] for a in home.select("nav.md-nav a[href]")]
    assert nav_links and not any("compare" in href for href in nav_links)
    assert "programs/compare/" not in built.output


def test_catalogue_compare_control_is_a_real_link_to_the_page(built):
    page = built.page("programs/")
    go = page.select_one(".studio-compare-bar a.studio-compare-bar__go")
    assert (go["href"], go.get_text(strip=True)) == ("compare/", "Compare all")
    boxes = page.select("#program-list .studio-card .studio-card__compare input[name=compare]")
    assert [box["value"] for box in boxes] == [card["data-slug"] for card in page.select("#program-list .studio-card")]


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
