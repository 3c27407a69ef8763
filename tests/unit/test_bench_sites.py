"""How the bench fills a copy of the site: deterministic, reversible, and spread like a real site."""

from __future__ import annotations

from datetime import date

import yaml
from benchsites import POSTS, article_copy, populate, related_programme, samples
from sitecopy import copy_site

from studio.content import split_front_matter

SLUGS = ["a", "b", "c"]


def contents(root):
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
            for folder in ("programs", POSTS) for p in sorted((root / folder).iterdir())}


def test_shrinking_gives_the_same_files_as_filling_to_that_size(tmp_path):
    grown = copy_site(tmp_path / "grown")
    populate(grown, 20, 9)
    populate(grown, 12, 6)
    direct = copy_site(tmp_path / "direct")
    populate(direct, 12, 6)
    assert contents(grown) == contents(direct)
    assert len(list((direct / "programs").glob("*.yml"))) == 12
    assert len(list((direct / POSTS).glob("*.md"))) == 6


def test_filling_below_the_samples_keeps_the_samples(tmp_path):
    root = copy_site(tmp_path / "site")
    before = samples(root)
    populate(root, 0, 0)
    assert samples(root) == before
    assert not list((root / "programs").glob("copy-*")) and not list((root / POSTS).glob("bench-*"))


def test_a_related_sample_becomes_a_copy_of_the_same_sample():
    # With 9 programmes over 3 samples, sample "b" (index 1) has copies 4 and 7.
    chosen = [related_programme("b", article, 9, SLUGS) for article in range(4)]
    assert chosen == ["b", "copy-0004", "copy-0007", "b"]


def test_an_article_copy_has_its_own_title_heading_date_and_related():
    text = """---
title: "Readiness: move first"
description: Why.
date:
  created: 2026-08-20
  updated: 2026-10-12
authors: [maya]
categories: [Readiness]
related: [c]
---

# Readiness: move first

Body.
"""
    copied = article_copy(text, 5, date(2026, 8, 1), 9, SLUGS)
    front, body, _ = split_front_matter(copied)
    meta = yaml.safe_load(front)
    assert meta["title"] == "Readiness: move first, part 5"
    assert meta["date"] == {"created": date(2026, 8, 1)}
    assert meta["related"] == ["copy-0008"]
    assert meta["categories"] == ["Readiness"] and meta["authors"] == ["maya"]
    assert body.lstrip().startswith("# Readiness: move first, part 5\n")
