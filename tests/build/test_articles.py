"""Articles, calls to action, comparison directives, feed and structured data, in a real build."""

import json
from pathlib import Path

import feedparser
import pytest
from sitecopy import SITE, run_build
from textedit import Sample, edit_file

from studio import load_catalog
from studio.format import sets_text

pytestmark = pytest.mark.build

POSTS = sorted((SITE / "docs/blog/posts").glob("*.md"))
ARTICLE = "blog/training-for-strength-vs-training-for-size/"


def _jsonld(soup) -> list[dict]:
    return [json.loads(tag.string) for tag in soup.find_all("script", type="application/ld+json")]


def _table(soup, caption: str):
    table = next(t for t in soup.select("table.studio-compare__table") if t.caption.get_text(strip=True) == caption)
    heads = [th.get_text(strip=True) for th in table.thead.find_all("th")][1:]
    rows = {}
    for tr in table.tbody.find_all("tr"):
        cells = [td.get_text(strip=True) for td in tr.find_all("td")]
        if cells:
            rows[tr.th.get_text(strip=True)] = dict(zip(heads, cells))
    return rows


def test_feed_has_one_entry_per_article(built):
    feed = feedparser.parse((built.site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert len(feed.entries) == len(POSTS) >= 4
    titles = {e.title for e in feed.entries}
    assert "Training for strength vs training for size" in titles
    entry = next(e for e in feed.entries if e.title == "Training for strength vs training for size")
    assert entry.link == "https://kestrel-strength.example/" + ARTICLE
    assert entry.summary and entry.author == "Maya Okafor"
    assert built.page("/").find("link", type="application/atom+xml")["href"].endswith("feed.xml")


def test_every_page_has_description_social_tags_and_canonical(built):
    pages = [p for p in built.site.rglob("index.html") if "404" not in p.parts]
    assert len(pages) > 60
    for path in pages:
        soup = built.page(str(path.relative_to(built.site)))
        where = path.relative_to(built.site)
        for selector in ('meta[name="description"]', 'meta[property="og:title"]', 'meta[property="og:description"]',
                         'meta[property="og:url"]', 'meta[name="twitter:card"]', 'link[rel="canonical"]'):
            tag = soup.select_one(selector)
            assert tag is not None and (tag.get("content") or tag.get("href")), f"{where}: {selector}"


def test_article_jsonld_is_a_blog_posting(built):
    [data] = _jsonld(built.page(ARTICLE))
    assert data["@type"] == "BlogPosting"
    assert data["headline"] == "Training for strength vs training for size"
    assert data["datePublished"] == "2026-09-14" and data["dateModified"] == "2026-11-02"
    assert data["author"] == [{"@type": "Person", "name": "Maya Okafor"}]
    assert data["url"] == data["mainEntityOfPage"] == "https://kestrel-strength.example/" + ARTICLE
    assert data["publisher"]["name"] == "Kestrel Strength Studio"


def test_service_jsonld_is_a_health_club_with_offers(built):
    [data] = _jsonld(built.page("services/personal-training/"))
    assert data["@type"] == "HealthClub"
    assert data["address"]["addressLocality"] == "Leeds"
    assert data["telephone"] == "+44 113 496 0123"
    offers = data["makesOffer"]
    assert offers[0] == {
        "@type": "Offer", "name": "Single session (60 minutes)", "price": "55.00", "priceCurrency": "GBP",
        "url": "https://kestrel-strength.example/services/personal-training/",
        "itemOffered": {"@type": "Service", "name": "personal training", "description": offers[0]["itemOffered"]["description"]},
        "description": "Pay as you go. Your first session includes a movement assessment.",
    }
    prices = [td.get_text(strip=True) for td in built.page("services/personal-training/").select("table.studio-prices td")]
    assert prices[:3] == ["£55", "£260", "£500"]


def test_programme_jsonld_is_an_exercise_plan(built):
    [data] = _jsonld(built.page("programs/hypertrophy-upper-lower/"))
    assert data["@type"] == "ExercisePlan"
    assert data["name"] == "Hypertrophy Upper/Lower"
    assert data["activityDuration"] == "PT70M"
    assert data["activityFrequency"] == {"@type": "QuantitativeValue", "value": 4, "unitText": "sessions per week"}
    assert data["timeRequired"] == "P9W"
    # From programs/hypertrophy-upper-lower.yml: sets of 8-10 to 12-15, rests of 60 s to 2-3 min, RIR 1 to 3-4.
    assert data["repetitions"] == {"@type": "QuantitativeValue", "minValue": 8, "maxValue": 15,
                                   "unitText": "repetitions per set"}
    assert data["restPeriods"] == {"@type": "QuantitativeValue", "minValue": 60, "maxValue": 180,
                                   "unitCode": "SEC", "unitText": "seconds between sets"}
    assert data["intensity"] == "1–4 RIR"
    assert "workload" not in data  # schema.org's workload is energy (calories), not sets
    assert data["image"] == "https://kestrel-strength.example/assets/cards/programs/hypertrophy-upper-lower.png"


def test_programme_comparison_directive_shows_computed_figures(built):
    rows = _table(built.page(ARTICLE), "Programmes compared")
    catalog = load_catalog(built.root)
    for slug in ("barbell-strength-foundations", "hypertrophy-upper-lower", "strength-and-size"):
        program = catalog.program(slug)
        figures = catalog.figures(program)
        assert rows["Working sets a week"][program.title] == sets_text(figures.sets_per_week)
        assert rows["Session length (estimated)"][program.title] == f"≈ {figures.session_minutes} min"
    # Known values, worked out by hand from the YAML: 38.5 sets a week (the planks' 2.5 sets are holds, counted in
    # minutes), 94% of them at 1-6 reps (the 5-8 chin-ups share 5 and 6 with 1-6).
    assert rows["Working sets a week"]["Barbell Strength Foundations"] == "38.5"
    assert rows["Strength (1–6 reps)"]["Barbell Strength Foundations"] == "94%"
    assert rows["Hypertrophy (8–15 reps)"]["Hypertrophy Upper/Lower"] == "100%"
    assert rows["Working sets a week"]["Hypertrophy Upper/Lower"] == "86"


def test_style_comparison_directive_shows_the_styles_data(built):
    rows = _table(built.page(ARTICLE), "Training styles compared")
    assert rows["Reps per set"] == {"Strength": "1–6 reps", "Hypertrophy": "8–15 reps"}
    assert rows["Rest between sets"]["Strength"] == "2–5 min"


def test_article_ends_with_related_programmes_then_call_to_action(built):
    article = built.page(ARTICLE).select_one("article")
    related = article.select_one(".studio-related")
    links = [a["href"] for a in related.select(".studio-card__title a")]
    assert links == ["../../programs/barbell-strength-foundations/", "../../programs/hypertrophy-upper-lower/",
                     "../../programs/strength-and-size/"]
    ctas = article.select(".studio-cta")
    assert [c["data-cta"] for c in ctas] == ["personal-training", "personal-training"]  # mid-article and end
    button = ctas[-1].select_one("a.md-button")
    assert button["href"].startswith("https://kestrel-strength.example/book/personal-training?")
    assert "utm_campaign=personal-training" in button["href"] and "utm_medium=call-to-action" in button["href"]
    assert ctas[-1].find_previous(class_="studio-related") is related


def test_programme_page_lists_articles_about_it(built):
    soup = built.page("programs/strength-and-size/")
    heading = soup.find("h2", id="articles-about-this-programme")
    links = [a["href"] for a in heading.find_next("ul").find_all("a")]
    assert "../../blog/training-for-strength-vs-training-for-size/" in links


def test_pull_quote_and_reading_time(built):
    soup = built.page(ARTICLE)
    assert soup.select_one("figure.studio-pullquote blockquote").get_text(strip=True)
    assert "min read" in soup.get_text()
    assert soup.select_one("div.footnote ol li")  # the references


# Each side of the window, built: the build date reaches the pages. Every boundary day (the day before opening,
# opening and closing days, the day after) is in tests/unit/test_pages.py's test_call_to_action_date_window.
@pytest.mark.parametrize("day, shown", [
    ("2026-11-22", "Join the pre-sale list"),  # before it opens: the pre-sale variant
    ("2027-01-11", "Enrol in online coaching"),  # opening day
    ("2027-03-01", None),  # after closing: nothing
])
def test_dated_call_to_action_switches_on_its_days(site_copy, day, shown):
    build = run_build(site_copy, build_date=day)
    assert build.returncode == 0, build.output
    ctas = build.page("programs/move-well-first/").select(".studio-cta")
    assert [c.select_one("a.md-button").get_text() for c in ctas] == ([shown] if shown else [])
    if shown == "Join the pre-sale list":
        assert ctas[0].h2.get_text() == "Online coaching opens on 11 January"


def _write(root: Path, name: str, text: str) -> None:
    (root / name).write_text(text, encoding="utf-8")


def test_bad_directive_unknown_cta_and_unknown_programme_stop_the_build(site_copy):
    post = site_copy / "docs/blog/posts/choosing-and-sequencing-your-training.md"
    text = Sample(post.read_text(encoding="utf-8"))
    text = text.replace("cta: coaching-presale", "cta: coaching-presal")
    text = text.replace("related: [move-well-first,", "related: [move-well-frist,")
    text = text.replace("\n## The order we coach in", "\n[[compare programes: move-well-first]]\n\n## The order we coach in")
    post.write_text(text, encoding="utf-8")
    build = run_build(site_copy)
    assert build.returncode == 1
    name = "docs/blog/posts/choosing-and-sequencing-your-training.md"
    lines = text.splitlines()
    directive_line = lines.index("[[compare programes: move-well-first]]") + 1
    assert f"{name}:9: related[0]: there is no programme 'move-well-frist'; did you mean 'move-well-first'?" in build.output
    assert f"{name}:10: cta: there is no call to action 'coaching-presal'; did you mean 'coaching-presale'?" in build.output
    assert f"{name}:{directive_line}: unknown directive '[[compare programes]]'; did you mean 'compare programmes'?" in build.output
    assert "Traceback" not in build.output


def test_contradicted_goal_fails_the_strict_build(site_copy):
    path = site_copy / "programs/barbell-strength-foundations.yml"
    edit_file(path, "goal: strength", "goal: hypertrophy")
    build = run_build(site_copy)
    assert build.returncode == 1
    assert ("programs/barbell-strength-foundations.yml:12: goal: the goal is 'hypertrophy', but 94% of the working "
            "sets are in the strength range (1–6 reps)") in build.output
    assert "Aborted with 1 warnings in strict mode" in build.output


def test_a_heading_with_quotes_keeps_the_social_tags_whole(site_copy):
    _write(site_copy, "docs/fish.md", '# Fish & "chips"\n\nText.\n')
    build = run_build(site_copy, "--no-strict")  # the page is deliberately not in the nav
    assert build.returncode == 0, build.output
    soup = build.page("fish/")
    for selector in ('meta[property="og:title"]', 'meta[name="twitter:title"]'):
        assert soup.select_one(selector)["content"] == 'Fish & "chips" - Kestrel Strength Studio'


def test_hostile_front_matter_is_escaped(site_copy):
    _write(site_copy, "docs/blog/posts/hostile.md", "---\ntitle: '<script>alert(1)</script> Lifts'\n"
           "description: '\"><img src=x onerror=alert(2)>'\ndate:\n  created: 2026-10-01\nauthors: [maya]\n"
           "categories: [Training basics]\n---\n\nBody.\n\n<!-- more -->\n\n[[pull quote: <b onclick=x>bold</b>]]\n")
    build = run_build(site_copy)
    assert build.returncode == 0, build.output
    pages = list(build.site.rglob("*.html"))
    assert (build.site / "blog/alert1-lifts/index.html") in pages
    for path in pages:  # the article, and the blog index, archive and category pages that list it
        html = path.read_text(encoding="utf-8")
        assert "<script>alert(1)" not in html and "<img src=x" not in html and "<b onclick" not in html, path
    for data in _jsonld(build.page("blog/alert1-lifts/")):
        assert data["headline"] == "<script>alert(1)</script> Lifts"
    feed = feedparser.parse((build.site / "feed.xml").read_bytes())
    assert "<script>alert(1)</script> Lifts" in {e.title for e in feed.entries}


def test_pages_mkdocs_does_not_publish_are_not_checked(site_copy):
    (site_copy / "docs/.drafts").mkdir()
    _write(site_copy, "docs/.drafts/idea.md", "# Idea\n\n[[compare nothing]]\n")
    build = run_build(site_copy)
    assert build.returncode == 0, build.output
