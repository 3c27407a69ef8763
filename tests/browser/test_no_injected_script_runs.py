"""Script in every text field an owner or author can fill: the site either refuses it with file:line or publishes
it as text. Every page type, and the pages the fields land on, are opened in Chromium, and no injected script
may run."""

from __future__ import annotations

import re

import pytest
from conftest import serve
from pagetypes import PAGE_TYPES
from playwright.sync_api import Page
from sitecopy import copy_site, run_build

pytestmark = pytest.mark.browser


def hostile(field: str, short: bool = False) -> str:
    """Text that sets `window.ran_<field>` wherever it is published as HTML instead of text (no quotes, which prose
    turns into curly ones; `short`: one way only, for names limited to 60 characters)."""
    picture = f"<img src=x onerror=top.ran_{field}=1>"
    return picture if short else f"<script>top.ran_{field}=1</script>{picture}"


def _yaml(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> str:
    root = copy_site(tmp_path_factory.mktemp("hostile"))
    programme = root / "programs" / "move-well-first.yml"
    text = programme.read_text(encoding="utf-8")
    for field in ("title", "summary"):
        text, count = re.subn(rf"^{field}: .*$", f"{field}: {_yaml(hostile(field))}", text, count=1, flags=re.M)
        assert count == 1, field
    text = re.sub(r"^(description: [|>]-?\n)", rf"\1  {hostile('d')}\n", text, count=1, flags=re.M)
    text, count = re.subn(r"^(\s+- name: ).*$", rf"\g<1>{_yaml(hostile('phase', short=True))}", text, count=1, flags=re.M)
    assert count == 1
    programme.write_text(text, encoding="utf-8")
    calls = root / "data" / "calls-to-action.yml"
    text, count = re.subn(r"^(\s+heading: ).*$", rf"\g<1>{_yaml(hostile('cta'))}", calls.read_text(), count=1,
                          flags=re.M)
    assert count == 1
    calls.write_text(text, encoding="utf-8")
    library = root / "data" / "exercises.yml"
    text, count = re.subn(r"^(\s+cues:\n)(\s+- )", rf"\g<1>\g<2>{_yaml(hostile('cue'))}\n\g<2>", library.read_text(),
                          count=1, flags=re.M)
    assert count == 1
    library.write_text(text, encoding="utf-8")
    article = root / "docs/blog/posts/strength-vs-size.md"
    text = article.read_text(encoding="utf-8")
    for field in ("title", "description"):
        text, count = re.subn(rf"^{field}: .*$", f"{field}: {_yaml(hostile('a' + field[0]))}", text, count=1,
                              flags=re.M)
        assert count == 1, field
    # Its address comes from its title unless the front matter names it: keep the one the page types visit.
    article.write_text(text.replace("\ntitle:", "\nslug: training-for-strength-vs-training-for-size\ntitle:", 1),
                       encoding="utf-8")
    build = run_build(root)
    assert build.returncode == 0, build.output
    # The text reached the pages, as text: so a page with no script run is a page that escaped it.
    programme = build.page("programs/move-well-first/").get_text()
    assert all(hostile(field) in programme for field in ("title", "summary", "d")) and hostile("cue") not in programme
    assert hostile("phase", short=True) in programme
    assert hostile("at") in build.page("blog/training-for-strength-vs-training-for-size/").get_text()
    assert hostile("cue") in build.page("exercises/bodyweight-squat/").get_text()
    with serve(build.site) as url:
        yield url


PAGES = {**PAGE_TYPES, "hostile programme": "/programs/move-well-first/",
         "its compare row": "/programs/compare/?p=move-well-first,peak-strength-block",
         "the exercise with the cue": "/exercises/bodyweight-squat/"}


@pytest.mark.parametrize("name", list(PAGES))
def test_no_injected_script_runs_on_any_page_type(page: Page, hostile_site: str, name: str):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    response = page.goto(hostile_site + PAGES[name], wait_until="load")
    assert response.ok or name == "404", response.status
    page.wait_for_timeout(200)  # an onerror fires once the broken picture fails to load
    assert page.evaluate("() => Object.keys(window).filter(key => key.startsWith('ran_'))") == []
    assert dialogs == []
