"""What travels beyond the site: tags and the tag index, share cards, the full-text feed, structured data."""

import json
from urllib.parse import urlsplit

import feedparser
import pytest
from bs4 import BeautifulSoup
from PIL import Image

from schemaorg import problems
from sitecopy import run_build

pytestmark = pytest.mark.build

SITE_URL = "https://kestrel-strength.example/"
ARTICLE = "blog/training-for-strength-vs-training-for-size/"


def _local(built, url: str):
    """The built file behind an absolute address on the site."""
    assert url.startswith(SITE_URL), url
    path = urlsplit(url).path.lstrip("/")
    return built.site / (path + "index.html" if path.endswith("/") or not path else path)


def _pages(built):
    return sorted(p for p in built.site.rglob("index.html") if "assets" not in p.parts)


def test_articles_show_their_tags_linked_to_the_tag_index(built):
    links = built.page(ARTICLE).select("nav.md-tags a.md-tag")
    assert [a.get_text(strip=True) for a in links] == ["hypertrophy", "rest periods", "sets and reps", "strength"]
    assert links[1]["href"] == "../tags/#tag:rest-periods"
    index = built.page("blog/tags/")
    heading = index.find(id="tag:rest-periods")
    listed = heading.find_next("ul").find_all("a")
    assert [a.get_text(strip=True) for a in listed] == ["Training for strength vs training for size"]
    assert listed[0]["href"] == "../training-for-strength-vs-training-for-size/"
    # The tag index is in the menu under Articles.
    assert any(a.get_text(strip=True) == "Tags" for a in built.page("").select("nav.md-nav a"))


def test_every_page_has_a_share_card_that_opens_as_a_png(built):
    pages = _pages(built)
    assert len(pages) > 60
    seen = set()
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        og = soup.find("meta", property="og:image")
        twitter = soup.find("meta", attrs={"name": "twitter:image"})
        assert og and twitter, path
        assert og["content"] == twitter["content"]
        assert soup.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"
        assert soup.find("meta", property="og:image:width")["content"] == "1200"
        seen.add(og["content"])
    assert len(seen) == len(pages)  # one card per page
    for url in seen:
        with Image.open(_local(built, url)) as image:
            assert (image.format, image.size) == ("PNG", (1200, 630)), url


def test_cards_are_reused_when_nothing_changed_and_redrawn_when_a_title_does(cold_site_copy):
    site_copy = cold_site_copy
    first = run_build(site_copy)
    assert first.returncode == 0, first.output
    assert "cards: 0 generated" not in first.output
    second = run_build(site_copy)
    assert "studio: cards: 0 generated" in second.output, second.output
    post = site_copy / "docs/blog/posts/strength-vs-size.md"
    post.write_text(post.read_text(encoding="utf-8").replace(
        "description: Heavy triples", "description: Heavy doubles"), encoding="utf-8")
    third = run_build(site_copy)
    assert "studio: cards: 1 generated" in third.output, third.output


def test_jsonld_uses_only_schema_orgs_properties_everywhere(built):
    checked = set()
    for path in _pages(built):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in soup.find_all("script", type="application/ld+json"):
            data = json.loads(tag.string)
            assert problems(data) == [], path
            checked.add(data["@type"])
            if data["@type"] in ("BlogPosting", "ExercisePlan"):
                assert data["image"] == soup.find("meta", property="og:image")["content"]
    assert checked >= {"HealthClub", "BlogPosting", "ExercisePlan"}


def test_the_feed_carries_whole_articles_with_absolute_links_and_cards(built):
    feed = feedparser.parse((built.site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    entry = next(e for e in feed.entries if e.title == "Training for strength vs training for size")
    [content] = entry.content
    assert content.type == "text/html"
    body = BeautifulSoup(content.value, "html.parser")
    page = built.page(ARTICLE).select_one("article")
    # The whole article, not the excerpt: its last section and its references are there.
    last_heading = page.find_all("h2")[-1].get_text(strip=True).rstrip("¶")
    assert last_heading in body.get_text()
    assert body.select(".footnote li")
    links = [a["href"] for a in body.find_all("a", href=True)]
    assert links and all(link.startswith(("https://", "http://", "mailto:", "tel:")) for link in links), links
    assert f"{SITE_URL}programs/strength-and-size/" in links
    assert not body.select("a.headerlink")
    [enclosure] = entry.enclosures
    assert enclosure.type == "image/png"
    assert enclosure.href == f"{SITE_URL}assets/cards/{ARTICLE.rstrip('/')}.png"
    assert _local(built, enclosure.href).is_file()
    assert entry.media_thumbnail[0]["url"] == enclosure.href
