"""A post dated after the build day is checked but not published until the daily rebuild on its day."""

import feedparser
import pytest

from sitecopy import run_build

pytestmark = pytest.mark.build

POST = """\
---
title: Deload weeks done right
description: When to take a lighter week and what to do in it.
date:
  created: 2026-12-07
authors: [maya]
categories: [Programming]
tags: [deloads, recovery]
related: [strength-and-size]
---

# Deload weeks done right

A lighter week every four to eight weeks.

<!-- more -->

## What to do

Keep the lifts, cut the sets.
"""
URL = "blog/deload-weeks-done-right/"


@pytest.fixture(scope="module")
def scheduled_site(tmp_path_factory):
    from sitecopy import copy_site
    root = copy_site(tmp_path_factory.mktemp("future-post"))
    (root / "docs/blog/posts/deload-weeks.md").write_text(POST, encoding="utf-8")
    return root


def _published(build) -> dict[str, bool]:
    feed = feedparser.parse((build.site / "feed.xml").read_bytes())
    index = build.page("blog/").get_text()
    programme = build.page("programs/strength-and-size/").get_text()
    tags = build.page("blog/tags/").get_text()
    return {
        "page": (build.site / URL / "index.html").is_file(),
        "feed": any(e.title == "Deload weeks done right" for e in feed.entries),
        "index": "Deload weeks done right" in index,
        "programme": "Deload weeks done right" in programme,
        "tags": "Deload weeks done right" in tags,
    }


def test_the_day_before_nothing_shows(scheduled_site):
    build = run_build(scheduled_site, build_date="2026-12-06")
    assert build.returncode == 0, build.output
    assert "docs/blog/posts/deload-weeks.md is scheduled for 2026-12-07; not published yet" in build.output
    assert _published(build) == dict.fromkeys(("page", "feed", "index", "programme", "tags"), False)


def test_on_its_day_it_is_everywhere(scheduled_site):
    build = run_build(scheduled_site, build_date="2026-12-07")
    assert build.returncode == 0, build.output
    assert "is scheduled for" not in build.output
    assert _published(build) == dict.fromkeys(("page", "feed", "index", "programme", "tags"), True)


def test_a_scheduled_post_is_still_checked(scheduled_site):
    path = scheduled_site / "docs/blog/posts/deload-weeks.md"
    path.write_text(POST.replace("[deloads, recovery]", "[deload, recovery]"), encoding="utf-8")
    try:
        build = run_build(scheduled_site, build_date="2026-12-06")
    finally:
        path.write_text(POST, encoding="utf-8")
    assert build.returncode == 1
    assert ("docs/blog/posts/deload-weeks.md:8: tags[0]: 'deload' is not an allowed tag; did you mean 'deloads'? "
            "use one listed in data/tags.yml, or add it there") in build.output
