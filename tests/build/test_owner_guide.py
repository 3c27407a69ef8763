"""The owner's guide (docs/guide/) is the owner's: a published build (`mkdocs build`, what GitHub Pages and the
server publish) has no guide page, no guide address in the sitemap or the search index and no guide link in the
nav; a build as `mkdocs serve` makes it (`make serve`) still has all of it (studio.adapter.ownerguide)."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup
from rebuilds import rebuild
from sitecopy import SITE, copy_site, run_build, test_settings

from studio.project import load_config

GUIDE_PAGES = sorted(p.stem for p in (SITE / "docs" / "guide").glob("*.md"))


def _nav_links(page) -> list[str]:
    return [a["href"] for a in page.select("nav.md-nav a[href]")]


def _guide_urls(texts: list[str]) -> list[str]:
    return [text for text in texts if "guide/" in text]


def test_the_test_site_has_a_guide_listed_in_its_nav():
    """What the other tests leave out is there to leave out."""
    assert GUIDE_PAGES == ["downloads", "publishing", "writing-a-programme", "writing-an-article"]
    nav = json.dumps(load_config(test_settings())["nav"])
    assert all(f"guide/{name}.md" in nav for name in GUIDE_PAGES) and "Owner's guide" in nav


def test_the_published_build_leaves_the_guide_out(built):
    assert not (built.site / "guide").exists()
    assert not [p for p in built.site.rglob("*") if "guide" in p.relative_to(built.site).parts]
    sitemap = (built.site / "sitemap.xml").read_text(encoding="utf-8")
    assert "/programs/" in sitemap and _guide_urls(sitemap.split("<loc>")) == []
    index = json.loads((built.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [doc["location"] for doc in index["docs"]]
    assert "services/" in locations and _guide_urls(locations) == []
    for url in ("", "services/", "blog/"):
        page = built.page(url)
        assert _nav_links(page) and _guide_urls(_nav_links(page)) == [], url
        assert "Owner's guide" not in page.select_one("nav.md-nav").get_text(), url
    assert "studio: docs/guide/ is the owner's guide (4 pages): left out of the published site" in built.output


def test_a_build_as_serve_makes_it_still_has_the_guide(tmp_path):
    root = copy_site(tmp_path / "served")
    rebuild(root, [[]], tmp_path / "snapshots", serve_url="http://127.0.0.1:8000/")
    served = tmp_path / "snapshots" / "0"
    for name in GUIDE_PAGES:
        assert (served / "guide" / name / "index.html").is_file(), name
    home = BeautifulSoup((served / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert "guide/writing-a-programme/" in _nav_links(home)
    assert "Owner's guide" in home.select_one("nav.md-nav").get_text()
    index = json.loads((served / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert "guide/downloads/" in [doc["location"] for doc in index["docs"]]


def test_a_link_from_a_published_page_to_the_guide_fails_the_strict_build(site_copy):
    article = site_copy / "docs" / "services" / "index.md"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("# Services\n", "# Services\n\nSee [the downloads](../guide/downloads.md).\n", 1),
                       encoding="utf-8")
    build = run_build(site_copy)
    assert build.returncode != 0
    assert ("Doc file 'services/index.md' contains a link '../guide/downloads.md', but the target "
            "'guide/downloads.md' is not found among documentation files.") in build.output
