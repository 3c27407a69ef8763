"""The preview's build-error page: the terminal's messages, one per item, escaped."""

from bs4 import BeautifulSoup

from studio.adapter import Line, lines, render_error_page

REPORT = ("2 problems in the site content:\n"
          "  programs/a.yml:23: phases[0].reps: '8-x' is not a rep count; use 5 or '8-12'\n"
          "  docs/blog/posts/b.md:4: cta: '<script>alert(1)</script>' is not a call to action\n")


def test_lines_split_off_file_and_line():
    assert lines([REPORT, "Config value 'theme': unknown"]) == [
        Line("", "2 problems in the site content:"),
        Line("programs/a.yml:23", "phases[0].reps: '8-x' is not a rep count; use 5 or '8-12'"),
        Line("docs/blog/posts/b.md:4", "cta: '<script>alert(1)</script>' is not a call to action"),
        Line("", "Config value 'theme': unknown"),
    ]


def test_page_lists_every_message_as_text():
    page = BeautifulSoup(render_error_page([REPORT], "A & B <Studio>"), "html.parser")
    assert page.title.get_text() == "Build failed: A & B <Studio>"
    items = [li.get_text() for li in page.select("#studio-build-error li")]
    assert items == ["2 problems in the site content:",
                     "programs/a.yml:23: phases[0].reps: '8-x' is not a rep count; use 5 or '8-12'",
                     "docs/blog/posts/b.md:4: cta: '<script>alert(1)</script>' is not a call to action"]
    assert page.select("script") == [] and page.select("studio") == []
