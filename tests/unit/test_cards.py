"""Share cards: drawn offline at 1200 × 630, long text cut to fit, cached by what is on them."""

from __future__ import annotations

from datetime import date

import feedparser
from PIL import Image

from studio.outputs import (
    CARD_HEIGHT,
    CARD_WIDTH,
    Card,
    Entry,
    absolute_html,
    atom_feed,
    build_cards,
    card_key,
    card_kind,
    card_path,
    draw,
)
from studio.outputs.cards import _font, _title_lines  # private: how a long title is fitted, tested on its own

CARD = Card("Training for strength vs training for size", "Heavy triples or sets of twelve?", "Article",
            "Kestrel Strength Studio", "kestrel-strength.example")


def test_a_card_is_a_landscape_png(tmp_path):
    result = build_cards({"assets/cards/a.png": CARD}, tmp_path)
    with Image.open(result.files["assets/cards/a.png"]) as image:
        assert (image.format, image.size) == ("PNG", (CARD_WIDTH, CARD_HEIGHT)) == ("PNG", (1200, 630))


def test_a_card_is_drawn_in_its_own_colours_and_their_blends_over_the_background(tmp_path):
    from studio.outputs import CARD_ACCENT, CARD_BACKGROUND, CARD_INK, CARD_SOFT
    result = build_cards({"assets/cards/a.png": CARD}, tmp_path)
    with Image.open(result.files["assets/cards/a.png"]) as image:
        used = {colour for _, colour in image.convert("RGB").getcolors(64)}
    blends = {tuple(round(b + (c - b) * step / 10) for b, c in zip(CARD_BACKGROUND, colour))
              for colour in (CARD_ACCENT, CARD_INK, CARD_SOFT) for step in range(11)}
    assert {CARD_BACKGROUND, CARD_ACCENT, CARD_INK, CARD_SOFT} <= used <= blends  # anti-aliased text, and nothing off the palette


def test_long_titles_shrink_then_are_cut_with_an_ellipsis():
    width = CARD_WIDTH - 160
    font, lines = _title_lines("Short title", width)
    assert (font.size, lines) == (76, ["Short title"])
    font, lines = _title_lines("word " * 60 + "Supercalifragilisticexpialidocious" * 3, width)
    assert font.size == 54 and len(lines) == 3 and lines[-1].endswith("…")
    assert all(_font("Roboto-Bold.ttf", 54).getlength(line) <= width for line in lines)
    draw(Card("x" * 500, "y " * 400, "", "S", "h"))  # a 500-letter word neither overflows nor fails


def test_cached_cards_are_reused_and_a_change_redraws_only_that_card(tmp_path):
    other = Card("Sports massage", "Recover well.", "Service", CARD.site_name, CARD.host)
    first = build_cards({"a.png": CARD, "b.png": other}, tmp_path)
    assert (first.generated, first.reused) == (2, 0)
    changed = Card(CARD.title, "Heavy doubles or sets of twelve?", CARD.kind, CARD.site_name, CARD.host)
    second = build_cards({"a.png": changed, "b.png": other}, tmp_path)
    assert (second.generated, second.reused) == (1, 1)
    assert card_key(changed) != card_key(CARD)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in second.files.values())  # old one pruned


def test_where_cards_go_and_their_labels():
    assert card_path("") == "assets/cards/index.png"
    assert card_path("blog/strength-vs-size/") == "assets/cards/blog/strength-vs-size.png"
    assert [card_kind(s) for s in ("blog/posts/a.md", "programs/x.md", "programs/index.md", "exercises/squat.md",
                                   "services/sports-massage.md", "services/index.md", "index.md")] == [
        "Article", "Programme", "", "Exercise", "Service", "", ""]


def test_article_html_gets_absolute_links_and_loses_permalinks():
    page = "https://studio.example/blog/post/"
    html = ('<h2 id="a">A<a class="headerlink" href="#a" title="Permanent link">&para;</a></h2>'
            '<p><a href="../../programs/x/">X</a> <a href="#fn:1">1</a> <img src="pic.png" alt="">'
            '<a href="https://b.example/?a=1&amp;b=2">B</a> <a href="mailto:a@b.example">mail</a></p>')
    assert absolute_html(html, page) == (
        '<h2 id="a">A</h2><p><a href="https://studio.example/programs/x/">X</a> '
        '<a href="https://studio.example/blog/post/#fn:1">1</a> '
        '<img src="https://studio.example/blog/post/pic.png" alt="">'
        '<a href="https://b.example/?a=1&amp;b=2">B</a> <a href="mailto:a@b.example">mail</a></p>')


def test_feed_entries_carry_content_and_card():
    entry = Entry("T <b>", "https://s.example/blog/t/", "S", date(2026, 1, 2), date(2026, 1, 2), ("Maya",),
                  content='<p>Body &amp; <a href="https://s.example/">home</a></p>', image="https://s.example/c.png")
    feed = feedparser.parse(atom_feed("Studio", "https://s.example/", [entry]))
    assert not feed.bozo
    [parsed] = feed.entries
    assert parsed.content[0].value == '<p>Body &amp; <a href="https://s.example/">home</a></p>'
    assert parsed.title == "T <b>"
    assert [e.href for e in parsed.enclosures] == ["https://s.example/c.png"]
