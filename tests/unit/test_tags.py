"""Article tags: only those listed in data/tags.yml, each mistake with its file line and a likely fix."""

from __future__ import annotations

from datetime import date

import pytest
from samples import PROGRAM
from test_pages import CALLS, STUDIO

from studio import ContentError
from studio.site import load_site

TAGS = "tags:\n  - strength\n  - rest periods\n  - hypertrophy\n"
POST = "---\ntitle: A post\ndescription: About it.\ntags:\n{tags}date: 2026-11-22\n---\n\nText.\n"


def _load(site, tags: str, allowed: str | None = TAGS):
    site.program(PROGRAM)
    site.write("data/calls-to-action.yml", CALLS)
    if allowed is not None:
        site.write("data/tags.yml", allowed)
    site.write("docs/blog/posts/post.md", POST.format(tags=tags))
    return load_site(site.root, site.root / "docs", STUDIO, "https://studio.example/", date(2026, 11, 22))


def _problems(site, tags: str, allowed: str | None = TAGS) -> list[str]:
    with pytest.raises(ContentError) as error:
        _load(site, tags, allowed)
    return [str(p) for p in error.value.problems]


def test_listed_tags_load(site):
    loaded = _load(site, "  - strength\n  - rest periods\n")
    assert loaded.pages["blog/posts/post.md"].meta.tags == ["strength", "rest periods"]


def test_unlisted_tags_name_their_line_and_the_closest_tag(site):
    assert _problems(site, "  - strength\n  - rest period\n  - cardio\n") == [
        "docs/blog/posts/post.md:6: tags[1]: 'rest period' is not an allowed tag; did you mean 'rest periods'? "
        "use one listed in data/tags.yml, or add it there",
        "docs/blog/posts/post.md:7: tags[2]: 'cardio' is not an allowed tag; use one listed in data/tags.yml, or add it there",
    ]


def test_case_counts_so_one_topic_has_one_spelling(site):
    assert _problems(site, "  - Strength\n") == [
        "docs/blog/posts/post.md:5: tags[0]: 'Strength' is not an allowed tag; did you mean 'strength'? "
        "use one listed in data/tags.yml, or add it there",
    ]


def test_a_tag_listed_twice_is_reported(site):
    assert _problems(site, "  - strength\n", TAGS + "  - Strength\n") == [
        "data/tags.yml:5: tags[3]: 'Strength' is already listed as tags[0]; list each tag once",
    ]


def test_tags_without_the_list_say_where_it_goes(site):
    assert _problems(site, "  - strength\n", allowed=None) == [
        "docs/blog/posts/post.md:4: tags: tags come from the list in data/tags.yml; create it as the owner's guide shows",
    ]


def test_an_empty_tag_in_the_list_is_a_schema_problem(site):
    assert _problems(site, "  - strength\n", TAGS + "  - ''\n") == [
        "data/tags.yml:5: tags[3]: is empty; write some text or remove the field"]
