"""Owner pages: directives, front matter, calls to action, feed and JSON-LD, without MkDocs."""

from datetime import date

import feedparser
import pytest
from samples import PROGRAM
from textedit import Sample

from studio import ContentError
from studio.content import CallToAction, find_directives, resolve_call, with_utm
from studio.outputs import Entry, atom_feed
from studio.site import Studio, load_site
from studio.views import script_json

STUDIO = Studio(name="Test Studio", city="Leeds", email="a@b.example",
                booking={"personal_training": "https://b.example/pt", "sports_massage": "https://b.example/m",
                         "presale": "https://b.example/p"})
CALLS = Sample("""\
defaults:
  blog: book
calls_to_action:
  - id: book
    heading: Book
    text: Book a session.
    button: Book now
    booking: personal_training
  - id: presale
    heading: Open
    text: Enrol.
    button: Enrol
    url: https://b.example/enrol?ref=site&utm_source=old
    opens: 2027-01-11
    closes: 2027-02-28
    before_opening:
      heading: Opens {opens}
      text: Join the list.
      button: Join the list
""")


def _site(site, page: str | None = None, calls: str = CALLS, today=date(2026, 11, 22)):
    site.program(PROGRAM)
    site.write("data/calls-to-action.yml", calls)
    if page is not None:
        site.write("docs/blog/posts/post.md", page)
    return load_site(site.root, site.root / "docs", STUDIO, "https://studio.example/", today)


def _problems(site, page: str | None = None, calls: str = CALLS) -> list[str]:
    with pytest.raises(ContentError) as error:
        _site(site, page, calls)
    return [str(p) for p in error.value.problems]


POST = Sample("---\ntitle: A post\ndescription: About it.\ncta: book\nrelated: [test-strength]\ndate: 2026-11-01\n---\n\nText.\n\n{body}\n")


def test_directives_are_found_with_file_lines_and_fences_skipped():
    body = "Intro\n\n[[compare styles: strength, hypertrophy]]\n\n```\n[[not a directive]]\n```\n[[pull quote: Hi]]\n"
    found, problems = find_directives(body, 7)
    assert [(d.line, d.kind, d.items) for d in found] == [(9, "compare styles", ["strength", "hypertrophy"]),
                                                         (14, "pull quote", ["Hi"])]
    assert problems == []


@pytest.mark.parametrize("body, lines", [
    # A ~~~~ block holding a line of ``` is still one block: the directive after it is found.
    ("~~~~\n```\n[[not a directive]]\n~~~~\n[[pull quote: Hi]]\n", [5]),
    # A shorter fence does not close a longer one; a fence with words after it does not close a block.
    ("````\n```\n[[not a directive]]\n```python\n````\n[[pull quote: Hi]]\n", [6]),
    # Fences inside a list item, indented; an unclosed fence runs to the end.
    ("- item\n\n    ```\n    [[not a directive]]\n    ```\n\n[[pull quote: Hi]]\n\n```\n[[pull quote: no]]\n", [7]),
    ("~~~\n[[not a directive]]\n~~~\n```\n[[not a directive]]\n```\n[[pull quote: Hi]]\n", [7]),
])
def test_directives_are_found_outside_code_of_every_fence_style_and_only_there(body, lines):
    found, problems = find_directives(body, 1)
    assert ([d.line for d in found], problems) == (lines, [])


def test_a_valid_page_loads(site):
    loaded = _site(site, POST.format(body="[[compare programmes: test-strength, test-strength]]"))
    page = loaded.pages["blog/posts/post.md"]
    assert page.meta.related == ["test-strength"] and page.is_article
    assert [a.src for a in loaded.articles_about("test-strength")] == ["blog/posts/post.md"]


def test_directive_mistakes_name_the_line(site):
    body = ("[[compare programes: test-strength]]\n[[compare programmes: test-strength]]\n"
            "[[compare styles: strenght]]\n[[pull quote]]\n[[prices]]\n[[call to action: massage]]\n[[compare styles: all")
    assert _problems(site, POST.format(body=body)) == [
        "docs/blog/posts/post.md:11: unknown directive '[[compare programes]]'; did you mean 'compare programmes'? "
        "use one of [[compare styles]], [[compare programmes]], [[call to action]], [[pull quote]], [[prices]], "
        "[[programme picker]]",
        "docs/blog/posts/post.md:12: [[compare programmes]] takes 2 to 4 programmes, not 1, e.g. "
        "[[compare programmes: move-well-first, strength-and-size]]",
        "docs/blog/posts/post.md:13: there is no training style 'strenght'; did you mean 'strength'? "
        "use ids from data/styles.yml, or all",
        "docs/blog/posts/post.md:14: [[pull quote]] needs its text after a colon, e.g. [[pull quote: Move well, then load.]]",
        "docs/blog/posts/post.md:15: [[prices]] shows the page's offers, but the front matter has none; "
        "add offers: with a name and price each",
        "docs/blog/posts/post.md:16: there is no call to action 'massage'; use one of book, presale",
        "docs/blog/posts/post.md:17: a directive must be on one line and end with ]], like "
        "[[compare styles: strength, hypertrophy]]",
    ]


def test_front_matter_mistakes_name_the_line(site):
    page = "---\ntitle: A post\ncta: bok\nrelated:\n  - test-strenght\n---\n\nText.\n"
    assert _problems(site, page) == [
        "docs/blog/posts/post.md:1: date: an article needs a date; add 'date: 2026-11-22' (the day it is published) to "
        "the front matter",
        "docs/blog/posts/post.md:1: description: an article needs a description; add 'description: ...' to the front matter",
        "docs/blog/posts/post.md:3: cta: there is no call to action 'bok'; did you mean 'book'? use one of book, presale, or none",
        "docs/blog/posts/post.md:5: related[0]: there is no programme 'test-strenght'; did you mean 'test-strength'? "
        "use the programme's file name without .yml",
    ]


def test_calls_file_mistakes(site):
    calls = CALLS.replace("  blog: book", "  blog: boook\n  guide: none").replace(
        "    booking: personal_training", "    booking: personal_training\n    url: https://x.example/")
    calls += "  - id: book\n    heading: B\n    text: T\n    button: B\n    booking: sports_massage\n"
    assert _problems(site, None, calls) == [
        "data/calls-to-action.yml:2: defaults.blog: there is no call to action 'boook'; did you mean 'book'? "
        "use one of book, presale, or none",
        "data/calls-to-action.yml:5: calls_to_action[0]: give either booking: (a link from mkdocs.yml), url: or "
        "signup: true (a sign-up form), not both or neither",
        "data/calls-to-action.yml:22: calls_to_action[2].id: 'book' is already used by calls_to_action[0]; give "
        "each its own id",
    ]
    calls = CALLS.replace("  blog: book", "  blog: boook") + (
        "  - id: book\n    heading: B\n    text: T\n    button: B\n    booking: sports_massage\n")
    assert _problems(site, None, calls) == [
        "data/calls-to-action.yml:2: defaults.blog: there is no call to action 'boook'; did you mean 'book'? "
        "use one of book, presale, or none",
        "data/calls-to-action.yml:20: calls_to_action[2].id: 'book' is already used by calls_to_action[0]; "
        "give each its own id",
    ]


@pytest.mark.parametrize("today, expected", [
    (date(2027, 1, 10), ("Opens 11 January", "Join the list", True)),
    (date(2027, 1, 11), ("Open", "Enrol", False)),
    (date(2027, 2, 28), ("Open", "Enrol", False)),
    (date(2027, 3, 1), None),
])
def test_call_to_action_date_window(today, expected):
    call = CallToAction.model_validate({
        "id": "presale", "heading": "Open", "text": "Enrol.", "button": "Enrol", "url": "https://b.example/",
        "opens": "2027-01-11", "closes": "2027-02-28",
        "before_opening": {"heading": "Opens {opens}", "text": "Join.", "button": "Join the list"}})
    shown = resolve_call(call, today, "https://b.example/")
    assert (shown and (shown.heading, shown.button, shown.upcoming)) == expected


def test_without_a_before_opening_variant_nothing_shows_early():
    call = CallToAction(id="x", heading="H", text="T", button="B", url="https://b.example/", opens=date(2027, 1, 1))
    assert resolve_call(call, date(2026, 12, 31), "https://b.example/") is None


def test_section_defaults_page_choice_and_none(site):
    loaded = _site(site, POST.format(body=""))
    assert loaded.call("blog/posts/other.md").id == "book"  # the blog's default
    assert loaded.call("programs/x.md") is None  # no default for programmes here
    shown = loaded.shown(loaded.call("blog/posts/post.md", "presale"), "/blog/post/")
    assert shown.heading == "Opens 11 January"
    assert shown.url == ("https://b.example/enrol?ref=site&utm_source=studio.example&utm_medium=call-to-action"
                         "&utm_campaign=presale&utm_content=blog%2Fpost")
    none_page = _site(site, POST.format(body="").replace("cta: book", "cta: none"))
    assert none_page.call("blog/posts/post.md") is None


def test_utm_tags_leave_other_schemes_alone():
    assert with_utm("mailto:a@b.example", "c", "p", "s") == "mailto:a@b.example"


def test_jsonld_text_cannot_close_its_script_element():
    text = script_json({"name": "</script><script>alert(1)</script> & more"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert __import__("json").loads(text)["name"] == "</script><script>alert(1)</script> & more"


def test_atom_feed_parses_newest_first_with_escaped_text():
    entries = [Entry("Old <b>one</b>", "https://s.example/blog/old/", "Sum & more", date(2026, 1, 1), date(2026, 2, 1),
                     ("Maya",), ("Programming",)),
               Entry("New", "https://s.example/blog/new/", "Fresh", date(2026, 5, 1), date(2026, 5, 1), ())]
    feed = feedparser.parse(atom_feed("Studio", "https://s.example/", entries))
    assert not feed.bozo
    assert [e.title for e in feed.entries] == ["New", "Old <b>one</b>"]
    assert feed.entries[1].summary == "Sum & more" and feed.entries[1].tags[0].term == "Programming"
    assert feed.feed.updated.startswith("2026-05-01")


def test_embeds_must_be_https_and_never_show_before_opening(site):
    calls = CALLS.replace("    booking: personal_training", "    booking: personal_training\n    embed: http://b.example/form")
    assert _problems(site, None, calls) == [
        "data/calls-to-action.yml:9: calls_to_action[0].embed: 'http://b.example/form' is not an allowed booking "
        "form address; use an https:// address"
    ]
    call = CallToAction(id="x", heading="H", text="T", button="B", url="https://b.example/", opens=date(2027, 1, 1),
                        embed="https://b.example/form", before_opening={"heading": "Soon", "text": "T", "button": "Join"})
    assert resolve_call(call, date(2026, 12, 31), "https://b.example/").embed is None
    shown = resolve_call(call, date(2027, 1, 1), "https://b.example/")
    assert (shown.embed, shown.embed_host) == ("https://b.example/form", "b.example")


def test_pasted_line_separators_do_not_shift_directives():
    from studio.views import render_directives
    body = "Pasted\u2028text\x0cwith odd breaks\n\n[[pull quote: Hi]]"
    found, problems = find_directives(body, 1)
    assert [(d.line, d.kind) for d in found] == [(3, "pull quote")] and problems == []
    rendered = render_directives(body, lambda d: "<b>quote</b>")
    assert rendered.startswith("Pasted\u2028text\x0cwith odd breaks\n\n\n<b>quote</b>")


def test_a_broken_calls_file_does_not_hide_page_mistakes(site):
    calls = CALLS.replace("    booking: personal_training\n", "")
    assert _problems(site, POST.replace("related: [test-strength]", "related: [nope]").format(body=""), calls) == [
        "data/calls-to-action.yml:4: calls_to_action[0]: give either booking: (a link from mkdocs.yml), url: or "
        "signup: true (a sign-up form), not both or neither",
        "docs/blog/posts/post.md:5: related[0]: there is no programme 'nope'; use the programme's file name without .yml",
    ]
