"""The HTML a page's Markdown may carry: anything that runs code or loads another site is refused with its line."""

from __future__ import annotations

import pytest

from studio.content import html_problems

SCRIPT = ("<script> is not allowed in a page: it could run code or load another site on every visitor's device; "
          "remove it")
IFRAME = ("<iframe> is not allowed in a page: it could run code or load another site on every visitor's device; "
          "remove it (an iframe may only show a video player from YouTube or Vimeo, with an https address)")


def link(url: str, tag: str = "a", scheme: str = "javascript") -> str:
    return (f"the address '{url}' in <{tag}> is a {scheme}: link, which can run code; use an http(s), mailto: or "
            "tel: address, or one within the site")


@pytest.mark.parametrize("body, expected", [
    ("Text.\n\n<script>alert(1)</script>\n", [(3, SCRIPT)]),
    ("Text.\n\n<SCRIPT SRC=//evil.example/x.js></SCRIPT>\n", [(3, SCRIPT)]),
    ('<img src="x.png" onerror="alert(1)">\n', [(1, "the attribute onerror= on <img> runs code on every visitor's "
                                                    "device; remove it")]),
    ("[click](javascript:alert(1))\n", [(1, link("javascript:alert(1)"))]),
    ("[click](JavaScript:alert(1))\n", [(1, link("JavaScript:alert(1)"))]),
    ('<a href="jav&#x61;script:alert(1)">x</a>\n', [(1, link("javascript:alert(1)"))]),
    # Browsers drop tabs and line breaks from addresses, written here as character references.
    ('<a href="java&#x09;script:alert(1)">x</a>\n', [(1, link("javascript:alert(1)"))]),
    ('<a href="java&#10;script:alert(1)">x</a>\n', [(1, link("javascript:alert(1)"))]),
    ("![x](data:image/svg+xml;base64,PHN2Zz4=)\n", [(1, link("data:image/svg+xml;base64,PHN2Zz4=", "img", "data"))]),
    ('<iframe src="javascript:alert(1)"></iframe>\n', [(1, IFRAME), (1, link("javascript:alert(1)", "iframe"))]),
    ('<iframe src="https://evil.example/"></iframe>\n', [(1, IFRAME)]),
    ('<iframe srcdoc="<script>alert(1)</script>" src="https://player.vimeo.com/video/1"></iframe>\n',
     [(1, "the attribute srcdoc= on <iframe> runs code on every visitor's device; remove it")]),
    ("Text[^1].\n\n[^1]: See <a href=\"vbscript:x\">this</a>.\n", [(3, link("vbscript:x", scheme="vbscript"))]),
    ('<form action="https://evil.example/"><input name=pw></form>\n', [
        (1, "<form> is not allowed in a page: it could run code or load another site on every visitor's device; "
            "remove it")]),
])
def test_html_that_runs_code_or_loads_another_site_is_refused_with_its_line(body, expected):
    assert html_problems(body, 1) == expected


@pytest.mark.parametrize("body", [
    "Plain text with a [link](https://example.org/), [mail](mailto:hi@example.org) and [phone](tel:+441134960123).",
    "A [page within the site](../guide/) and a [heading](#how).",
    "Code is text: `<script>alert(1)</script>` and `[x](javascript:alert(1))`.",
    "```html\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n```\n",
    "    <script>indented code</script>\n",
    '<div markdown>\n**Bold** inside a block, <abbr title="one-repetition maximum">1RM</abbr>.\n</div>\n',
    '<figure><img src="../img/squat.png" alt="A squat" width="400"><figcaption>Depth</figcaption></figure>\n',
    '<iframe src="https://www.youtube-nocookie.com/embed/abcDEF12345" title="Squat"></iframe>\n',
    "Training data: five sessions.",
])
def test_formatting_links_code_and_the_video_players_are_allowed(body):
    assert html_problems(body, 1) == []


def test_lines_count_from_the_file_line_the_body_starts_on():
    body = "Intro with `<script>` as code.\n\n```\n<script>x</script>\n```\n\n<script>alert(1)</script>\n"
    assert html_problems(body, 8) == [(14, SCRIPT)]


def test_a_directive_line_is_left_to_the_directive_whose_block_escapes_its_text():
    body = "Text.\n\n[[pull quote: <b onclick=x>bold</b>]]\n\n<b onclick=y>raw</b>\n"
    assert html_problems(body, 1, frozenset({3})) == [
        (5, "the attribute onclick= on <b> runs code on every visitor's device; remove it")]


def test_an_article_with_only_its_excerpt_separator_is_not_rendered_again(monkeypatch):
    import markdown

    def no_render(*args, **kwargs):
        raise AssertionError("rendered")

    monkeypatch.setattr(markdown.Markdown, "convert", no_render)
    assert html_problems("Intro.\n\n<!-- more -->\n\nA [link](https://example.org/) and 3 < 5.\n", 1) == []
    with pytest.raises(AssertionError):
        html_problems("Intro.\n\n<!-- more -->\n\n<b>bold</b>\n", 1)
