"""Files that are not ordinary files, files too large to read, and dates that do not exist: each a message with
file and line, never a hang or a traceback."""

from __future__ import annotations

import os
import signal
import tracemalloc
from datetime import date

import pytest
from samples import PROGRAM

from studio import ContentError, load_catalog
from studio.format import MAX_FILE_BYTES, parse_yaml
from studio.site import Studio, load_site

PIPE = "this is a named pipe, not an ordinary file; the build reads only ordinary files, so delete it or move it away"
STUDIO = Studio(name="Test Studio", city="Leeds", email="hi@test.example",
                booking={"personal_training": "https://t.example/pt", "sports_massage": "https://t.example/m",
                         "presale": "https://t.example/p"})
CALLS = ("calls_to_action:\n  - id: book\n    heading: Book\n    text: Book.\n    button: Book\n"
         "    url: https://t.example/book\n")


@pytest.fixture
def within_seconds():
    """Fails the test instead of hanging it: reading a named pipe the plain way waits for a writer forever."""
    def stop(signum, frame):
        raise TimeoutError("the build waited on a file for 10 s")
    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def catalog_problems(site) -> list[str]:
    with pytest.raises(ContentError) as error:
        load_catalog(site.root)
    return [str(p) for p in error.value.problems]


def site_problems(site) -> list[str]:
    site.write("data/calls-to-action.yml", site.root.joinpath("data/calls-to-action.yml").read_text()
               if (site.root / "data/calls-to-action.yml").exists() else CALLS)
    with pytest.raises(ContentError) as error:
        load_site(site.root, site.root / "docs", STUDIO, "https://t.example/", date(2026, 11, 22))
    return [str(p) for p in error.value.problems]


def test_a_named_pipe_among_the_programmes_is_refused_without_waiting_for_a_writer(site, within_seconds):
    site.program()
    os.mkfifo(site.root / "programs/pipe.yml")
    assert catalog_problems(site) == [f"programs/pipe.yml:1: {PIPE}"]


def test_a_link_to_a_device_is_refused_without_reading_it(site, within_seconds):
    site.program()
    (site.root / "programs/zero.yml").symlink_to("/dev/zero")  # endless: read whole, it would fill the memory
    assert catalog_problems(site) == [
        "programs/zero.yml:1: this is a device, not an ordinary file; the build reads only ordinary files, so delete "
        "it or move it away"]


def test_a_150_mb_programme_is_refused_by_its_size_before_it_is_read(site):
    site.program()
    with open(site.root / "programs/huge.yml", "wb") as huge:
        huge.truncate(150 * 1024 * 1024)  # a sparse file: 150 MB to read, nothing on disk
    tracemalloc.start()
    try:
        problems = catalog_problems(site)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert problems == [
        "programs/huge.yml:1: the file is larger than 1 MB, the most the build reads; split it into smaller files, or "
        "check that it is the file you meant"]
    assert peak < 4 * MAX_FILE_BYTES  # no more than the limit was read, whatever the file's size


def test_a_file_just_under_the_limit_is_read(site):
    site.program(PROGRAM + "#" * (MAX_FILE_BYTES - len(PROGRAM.encode()) - 1) + "\n")
    assert [p.title for p in load_catalog(site.root).programs] == ["Test Strength"]


def test_named_pipes_anywhere_the_build_reads_are_named(site, within_seconds):
    site.program()
    for name in ("docs/notes.md", "docs/files/plan.pdf", "data/images/squat.png", "data/pipe.yml"):
        (site.root / name).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(site.root / name)
    (site.root / "docs/.hidden").mkdir()
    os.mkfifo(site.root / "docs/.hidden/pipe")  # MkDocs leaves dot-files alone, and so do we
    assert site_problems(site) == [f"data/images/squat.png:1: {PIPE}", f"data/pipe.yml:1: {PIPE}",
                                   f"docs/files/plan.pdf:1: {PIPE}", f"docs/notes.md:1: {PIPE}"]


# ---------------------------------------------------------------- dates that do not exist


def test_an_impossible_date_is_kept_as_written_for_the_model_to_refuse():
    assert parse_yaml("opens: 2026-02-30\nat: 2026-13-01 10:00\n", "x.yml").data == {
        "opens": "2026-02-30", "at": "2026-13-01 10:00"}


def test_an_impossible_opening_day_of_a_call_to_action(site):
    site.program()
    site.write("data/calls-to-action.yml", CALLS + "    opens: 2026-02-30\n")
    assert site_problems(site) == [
        "data/calls-to-action.yml:7: calls_to_action[0].opens: '2026-02-30' is not a date; write the day as "
        "YYYY-MM-DD, e.g. 2026-11-22"]


def test_an_impossible_article_date_points_at_its_line(site):
    site.program()
    site.write("docs/blog/posts/post.md", "---\ntitle: Post\ndescription: About.\ndate:\n  created: 2026-02-30\n---\n\n"
                                          "Text.\n")
    site.write("docs/blog/posts/later.md", "---\ntitle: Later\ndescription: About.\ndate:\n  created: 2026-02-01\n"
                                           "  updated: 2026-02-31\n---\n\nText.\n")
    assert site_problems(site) == [
        "docs/blog/posts/later.md:6: date.updated: '2026-02-31' is not a date; write the day as YYYY-MM-DD, e.g. "
        "updated: 2026-11-22",
        "docs/blog/posts/post.md:5: date.created: '2026-02-30' is not a date; write the day as YYYY-MM-DD, e.g. "
        "date: 2026-11-22, or created: and updated: dates under date:"]


# ---------------------------------------------------------------- one-line fields


@pytest.mark.parametrize("written", ['"Test\\nStrength"', '"Test\\rStrength"', '"Test\\u2028Strength"',
                                     "|\n  Test\n  Strength"])
def test_a_title_with_a_line_break_is_refused_before_any_output_sees_it(site, written):
    # A line break in a programme title ended the calendar event's SUMMARY line early (the library asserted).
    site.program(PROGRAM.replace("title: Test Strength", f"title: {written}"))
    assert catalog_problems(site) == [
        "programs/test-strength.yml:1: title: the text has a line break; write it on one line (titles, names, "
        "headings and labels are shown on one line)"]


def test_a_block_title_that_ends_in_a_line_break_is_one_line(site):
    site.program(PROGRAM.replace("title: Test Strength", "title: >\n  Test Strength"))  # YAML keeps the final break
    assert [p.title for p in load_catalog(site.root).programs] == ["Test Strength"]


def test_line_breaks_in_day_phase_and_exercise_names_and_page_titles(site):
    text = PROGRAM.replace("name: Day A", 'name: "Day\\nA"', 1)
    assert text != PROGRAM
    site.program(text)
    site.write("docs/page.md", '---\ntitle: "Two\\nlines"\n---\n\nText.\n')
    problems = site_problems(site)
    assert [p.split(": ", 2)[:2] for p in problems] == [["docs/page.md:2", "title"],
                                                       ["programs/test-strength.yml:20", "phases[0].days[0].name"]]


# ---------------------------------------------------------------- addresses, read as a browser reads them


@pytest.mark.parametrize("url, message", [
    ("https://evil.example\\@kestrel.example/book",
     "'https://evil.example\\@kestrel.example/book' has a backslash (\\), which browsers read as /; write / in "
     "addresses"),
    ("https://kestrel.example@evil.example/book",
     "'https://kestrel.example@evil.example/book' has a name and @ before its host, which hides where the link "
     "leads; start it with the real host, e.g. https://example.com/..."),
])
def test_a_link_that_leads_elsewhere_than_it_reads_is_refused(site, url, message):
    site.program()
    site.write("data/calls-to-action.yml", CALLS.replace("url: https://t.example/book", f"url: '{url}'"))
    assert site_problems(site) == [f"data/calls-to-action.yml:6: calls_to_action[0].url: {message}"]


def test_an_at_sign_in_the_path_is_an_ordinary_link(site):
    site.program()
    site.write("data/calls-to-action.yml", CALLS.replace("url: https://t.example/book", "url: https://t.example/@studio"))
    assert load_site(site.root, site.root / "docs", STUDIO, "https://t.example/", date(2026, 11, 22)).calls


# ---------------------------------------------------------------- one mistake, one message


ARTICLE = ("---\ntitle: Post\ndescription: About.\ndate: 2026-11-01\nauthors: [maya]\ntags: [strength]\n---\n\n"
           "Text.\n")


def test_a_wrong_field_in_an_article_is_one_message_and_its_other_fields_still_count(site):
    # tags: strength (one word, not a list) used to add "an article needs a title", "... a description" and
    # "... a date" to the right message, for fields that were there.
    site.program()
    site.write("data/tags.yml", "tags: [strength]\n")
    site.write("docs/blog/.authors.yml", "authors:\n  maya:\n    name: Maya\n")
    site.write("docs/blog/posts/post.md", ARTICLE.replace("tags: [strength]", "related: [nothing-here]\ntags: strength"))
    assert site_problems(site) == [
        "docs/blog/posts/post.md:6: related[0]: there is no programme 'nothing-here'; use the programme's file name "
        "without .yml",
        "docs/blog/posts/post.md:7: tags: expected a list, got 'strength'; write [a, b] or one '- item' per line"]


def test_a_wrong_title_is_not_also_a_missing_one(site):
    site.program()
    site.write("data/tags.yml", "tags: [strength]\n")
    site.write("docs/blog/posts/post.md", ARTICLE.replace("title: Post", 'title: "Two\\nlines"'))
    assert site_problems(site) == [
        "docs/blog/posts/post.md:2: title: the text has a line break; write it on one line (titles, names, headings "
        "and labels are shown on one line)"]


def test_an_unknown_author_gets_a_line_and_the_closest_id(site):
    site.program()
    site.write("data/tags.yml", "tags: [strength]\n")
    site.write("docs/blog/.authors.yml", "authors:\n  maya:\n    name: Maya\n  tom:\n    name: Tom\n")
    site.write("docs/blog/posts/post.md", ARTICLE.replace("authors: [maya]", "authors:\n  - tom\n  - mayaa"))
    assert site_problems(site) == [
        "docs/blog/posts/post.md:7: authors[1]: there is no author 'mayaa'; did you mean 'maya'? use one of maya, "
        "tom, the ids in docs/blog/.authors.yml, or add the author there"]
