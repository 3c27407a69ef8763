"""`make bench`'s sites build strictly: the studio's copy filled with generated programmes and articles, and
the plain-Material floor with as many pages. Not timed: the bench itself measures."""

from __future__ import annotations

import pytest

from benchsites import COPY, POSTS, article_url, count_pages, make_floor, populate, samples
from sitecopy import SITE, copy_site, run_build

pytestmark = pytest.mark.build

PROGRAMS, ARTICLES = (len(found) + 2 for found in samples(SITE))  # two generated of each, beside the samples


@pytest.fixture(scope="module")
def studio_copy(tmp_path_factory):
    root = copy_site(tmp_path_factory.mktemp("bench-studio"))
    populate(root, PROGRAMS, ARTICLES)
    build = run_build(root)
    assert build.returncode == 0, build.output
    return build


def test_generated_programmes_and_articles_are_published(studio_copy):
    site = studio_copy.site
    assert len(list((studio_copy.root / "programs").glob("*.yml"))) == PROGRAMS
    assert (site / "programs" / COPY.format(PROGRAMS - 1) / "index.html").is_file()
    posts = sorted((studio_copy.root / POSTS).glob("*.md"))
    assert len(posts) == ARTICLES
    urls = {article_url(p.read_text(encoding="utf-8")) for p in posts}
    assert len(urls) == ARTICLES  # each its own title, so its own address
    assert all((site / url / "index.html").is_file() for url in urls)


def test_the_floor_builds_strictly_with_as_many_pages(studio_copy, tmp_path):
    pages = count_pages(studio_copy.site)
    floor = make_floor(tmp_path / "floor", studio_copy.root / "mkdocs.yml", pages)
    build = run_build(floor, build_date=None)
    assert build.returncode == 0, build.output
    assert count_pages(build.site) == pages
    assert "search" in {p.name for p in build.site.iterdir()}  # the search plugin's index is built too
