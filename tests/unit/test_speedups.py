"""The build's shortcuts: excerpt Markdown, stashed HTML blocks and the between-builds memo."""

from __future__ import annotations

import os
from datetime import date
from functools import partial
from types import SimpleNamespace

import markdown
import pytest
import yaml
from samples import PROGRAM, STYLES

from studio.caching import FIGURES, LOADED, Memo, keep
from studio.catalog import load as catalog_module
from studio.content import REST, excerpt_markdown
from studio.site import FIGURES_FILE, Studio, load_site
from studio.views import Stash, is_whole_block

SEP = "<!-- more -->"
STUDIO = Studio(name="Test Studio", city="Leeds", email="a@b.example",
                booking={"personal_training": "https://b.example/pt", "sports_massage": "https://b.example/m",
                         "presale": "https://b.example/p"})
MEMOS = (FIGURES, LOADED)
CALLS = ("calls_to_action:\n  - id: book\n    heading: Book\n    text: Book a session.\n"
         "    button: Book now\n    booking: personal_training\n")
EXTENSIONS = ["abbr", "footnotes", "md_in_html", "tables", "attr_list", "admonition", "pymdownx.superfences"]


def _render(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


POST = f"""Intro with a note[^a], an [HTML][ref] link and HTML again.

{SEP}

## The rest

More text[^b].

```text
[^fake]: inside a code block
```

[^a]: The first note,
    which runs on.

    And has a second paragraph.
[^b]: Second note.
*[HTML]: HyperText Markup Language
[ref]: https://example.com/ "Example"
"""


def test_the_excerpt_renders_as_the_whole_post_does_up_to_the_separator():
    short = excerpt_markdown(POST, SEP)
    assert _render(short).split(SEP)[0] == _render(POST).split(SEP)[0]
    assert "The rest" not in short and "inside a code block" not in short
    assert REST in short  # so the theme still offers "Continue reading"


def test_a_post_without_a_separator_or_without_more_is_left_as_it_is():
    assert excerpt_markdown("Just text.", SEP) == "Just text."
    assert excerpt_markdown(f"Text.\n\n{SEP}\n\n", SEP) == f"Text.\n\n{SEP}\n\n"


def test_whole_html_blocks_are_recognised_and_cut_ones_are_not():
    assert is_whole_block('<div class="a"><div>x</div></div>')
    assert is_whole_block("<table>\n<tr><td>1</td></tr>\n</table>")
    assert not is_whole_block("<div>\n<p>cut by a blank line")  # the rest is in the next chunk
    assert not is_whole_block('<a href="x">link</a>')  # Markdown wraps inline HTML in a paragraph
    assert not is_whole_block('<div markdown="1">*x*</div>')
    assert not is_whole_block("Text with <div>x</div>")


def test_stashed_blocks_come_back_exactly_after_markdown():
    page = '# Title\n\n<p class="lead">Lead &amp; more</p>\n\n## Section\n\n<div>\n<table><tr><td>1</td></tr></table>\n</div>\n\nA *paragraph*.\n'
    stash = Stash()
    lean = stash.markdown(page, search_text="Find me: squat <3")
    rendered = _render(lean)
    assert "Find me: squat &lt;3" in rendered and "<table>" not in rendered
    assert stash.finish(rendered) == _render(page)


def test_an_owners_look_alike_placeholder_is_left_alone():
    stash = Stash()
    stash.put("<div>real</div>")
    assert stash.finish('<div data-studio-block="0"></div><div data-studio-block="7">x</div>') == \
        '<div>real</div><div data-studio-block="7">x</div>'


def test_the_memo_keeps_what_the_last_build_used_and_forgets_the_rest():
    memo, made = Memo("things"), []
    make = lambda key: lambda: made.append(key) or f"value {key}"  # noqa: E731
    assert memo.get("a", make("a")) == "value a" and memo.get("b", make("b")) == "value b"
    memo.sweep()
    assert memo.get("a", make("a")) == "value a"  # kept
    assert memo.summary() == "things: 0 made, 1 kept from the last build"
    memo.sweep()  # "b" was not used by the last build
    memo.get("b", make("b"))
    assert made == ["a", "b", "b"]
    memo.sweep()
    keep(False)  # the build's `memo` option off (extra.build.memo: false, STUDIO_NO_MEMO=1)
    try:
        memo.get("b", make("b"))
    finally:
        keep(True)
    assert made == ["a", "b", "b", "b"]


def test_a_build_that_finds_the_figures_kept_on_disk_expands_no_plan(site, tmp_path, monkeypatch):
    site.program(PROGRAM)
    site.write("data/calls-to-action.yml", CALLS)
    cache = tmp_path / "cache"
    load = lambda: load_site(site.root, site.root / "docs", STUDIO, "https://studio.example/",  # noqa: E731
                             date(2026, 11, 22), cache=cache)
    made = load().catalog
    first = made.figures(made.programs[0])
    assert (cache / FIGURES_FILE).is_file()
    for memo in MEMOS * 2:  # two sweeps forget everything, as a new process starts with nothing in memory
        memo.sweep()

    def no_plans(*_):
        raise AssertionError("a plan was expanded")

    monkeypatch.setattr(catalog_module, "expand", no_plans)
    kept = load().catalog
    assert kept.figures(kept.programs[0]) == first
    # A changed programme is worked out afresh.
    site.program(PROGRAM.replace("title: Test Strength", "title: Test Strength, changed"))
    with pytest.raises(AssertionError, match="a plan was expanded"):
        load()


def test_the_blogs_posts_answer_in_as_their_list_did_without_comparing_other_pages_with_each_post(load_hook,
                                                                                                  monkeypatch):
    from material.plugins.blog.structure import Post, View
    from mkdocs.structure.files import File
    from mkdocs.structure.pages import Page

    posts_list = load_hook("blog_excerpts").Posts

    def page(kind, name):
        made = kind.__new__(kind)  # as the blog plugin makes them, less the reading of a file
        made.title, made.file = name, File(f"{name}.md", "/docs", "/site", True)
        return made

    first, second = page(Post, "blog/posts/a"), page(Post, "blog/posts/b")
    posts = posts_list([first, second])
    compared = []
    original = Page.__eq__
    monkeypatch.setattr(Page, "__eq__", lambda self, other: compared.append(other) or original(self, other))
    assert second in posts and first in posts
    assert compared == []  # found by identity
    twin = page(Post, "blog/posts/b")  # another Post of the same title and File: a list says it is in
    twin.file = second.file
    assert twin in posts and twin in [first, second]
    for other in (page(Page, "about"), page(View, "blog/index"), page(Post, "blog/posts/c"), "blog/posts/a.md"):
        assert (other in [first, second]) is False
        compared.clear()
        assert (other in posts) is False
        assert compared == [] or isinstance(other, Post)  # a page that is not a post is never compared


def test_a_blog_views_source_is_copied_only_when_its_bytes_changed(tmp_path, load_hook):
    copy_if_changed = load_hook("blog_excerpts").copy_if_changed
    source, copy = tmp_path / "index.md", tmp_path / "temp" / "page" / "2" / "index.md"
    source.write_text("# Blog\n", encoding="utf-8")
    copy_if_changed(str(source), str(copy))
    assert copy.read_text(encoding="utf-8") == "# Blog\n"
    os.utime(copy, ns=(1, 1))
    copy_if_changed(str(source), str(copy))
    assert copy.stat().st_mtime_ns == 1  # the same bytes: not written again
    source.write_text("# The blog\n", encoding="utf-8")
    copy_if_changed(str(source), str(copy))
    assert copy.read_text(encoding="utf-8") == "# The blog\n"


def test_serve_freezes_what_a_build_leaves_and_collects_its_garbage_once_idle_or_grown(load_hook, monkeypatch):
    import gc
    import weakref

    collections = load_hook("quick_rebuilds").Collections()
    monkeypatch.setattr("threading.Timer.start", lambda timer: None)  # the second without a save: run by hand

    class Cycle:
        pass

    def garbage() -> weakref.ref:
        cycle = Cycle()
        cycle.me = cycle
        return weakref.ref(cycle)

    try:
        gc.unfreeze()
        collections.collect()
        first = garbage()
        collections.after_build([])
        assert gc.get_freeze_count() > 0  # the next build's collections skip what this one left
        gc.collect()
        assert first() is not None
        collections.timer.function()  # a second later
        assert first() is None

        second = garbage()
        page = SimpleNamespace(markdown="# Kept", content="<h1>Kept</h1>", parent=SimpleNamespace(),
                               previous_page=None, next_page=None)
        generated = SimpleNamespace(abs_src_path=None, content_bytes=b"# Kept", page=page)
        page.file, page.next_page = generated, SimpleNamespace(previous_page=page)
        generated.is_modified = partial(lambda file: True, generated)
        collections.after_build([generated])
        collections.before_build()  # a save within the second: what is frozen has not grown by half
        assert collections.timer is None and second() is not None
        assert (generated.content_bytes, page.markdown, page.content) == (b"", None, None)  # the texts are let go
        # and the links that made the page, its file and its neighbours a cycle, so they go without a collection
        assert (generated.page, page.parent, page.next_page) == (None, None, None)
        assert "is_modified" not in vars(generated)
        collections.settled = int(gc.get_freeze_count() / 1.6)  # as if it had
        collections.before_build()
        assert second() is None
    finally:
        collections.cancel()
        gc.unfreeze()


def test_serve_looks_for_saved_files_between_builds_not_during_them(load_hook, tmp_path, monkeypatch):
    import threading
    import time

    from watchdog.observers.api import EventQueue, ObservedWatch
    from watchdog.observers.polling import PollingEmitter

    monkeypatch.setattr(PollingEmitter, "queue_events", PollingEmitter.queue_events)  # put back afterwards
    load_hook("quick_rebuilds").LOOKING.install()  # as an earlier copy of the module would have
    quick = load_hook("quick_rebuilds")
    quick.LOOKING.install()
    quick.LOOKING.install()  # once per serve, however often on_serve runs
    events = EventQueue()
    emitter = PollingEmitter(events, ObservedWatch(str(tmp_path), recursive=True), timeout=0)
    emitter.on_thread_start()
    quick.LOOKING.pause()  # a build has started
    (tmp_path / "saved.yml").write_text("title: Saved\n", encoding="utf-8")
    look = threading.Thread(target=emitter.queue_events, args=(0,), daemon=True)
    look.start()
    time.sleep(0.3)
    assert look.is_alive() and events.empty()  # waiting for the build to end
    quick.on_build_error(RuntimeError("a mistake"))  # or on_post_build: either way serve looks again
    look.join(5)
    assert not look.is_alive() and any(str(event.src_path).endswith("saved.yml") for event, _ in list(events.queue))


def test_serve_reads_the_published_address_again_only_once_mkdocs_yml_changed(load_hook, tmp_path, monkeypatch):
    from studio.adapter import STATE

    hooks = load_hook("studio_hooks")
    for name in ("serving", "dirty"):  # the one serving state, put back afterwards
        monkeypatch.setattr(STATE, name, getattr(STATE, name))
    hooks.on_startup(command="serve", dirty=True)
    assert (STATE.serving, STATE.dirty) == (True, True)
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text("site_name: Test\nsite_url: https://one.example/\n", encoding="utf-8")
    config = SimpleNamespace(config_file_path=str(config_file), site_url="http://127.0.0.1:8000/")
    parsed = []
    monkeypatch.setattr(hooks, "yaml_load", lambda source: parsed.append(1) or yaml.safe_load(source))
    assert hooks.published_url(config) == "https://one.example/"
    assert hooks.published_url(config) == "https://one.example/"
    assert len(parsed) == 1
    config_file.write_text("site_name: Test\nsite_url: https://two.example/\n", encoding="utf-8")
    assert hooks.published_url(config) == "https://two.example/"
    assert len(parsed) == 2


def test_a_comparison_table_is_kept_while_what_it_shows_is_unchanged(site, tmp_path):
    from studio.caching import TABLES
    from studio.views import BlockRenderer, environment

    def table() -> str:
        TABLES.sweep()
        loaded = load_site(site.root, site.root / "docs", STUDIO, "https://studio.example/", date(2026, 11, 22),
                           cache=tmp_path / "cache")
        return BlockRenderer(loaded, environment()).compare_programmes(["test-strength"], "/blog/an-article/")

    site.program(PROGRAM)
    site.write("data/calls-to-action.yml", CALLS)
    first = table()
    assert TABLES.made == 1
    site.program(PROGRAM.replace("summary: A short test programme.", "summary: A shorter one."))
    assert table() == first and TABLES.made == 0  # the table does not show the summary
    site.program(PROGRAM.replace("sets: 3\n            reps: 5", "sets: 5\n            reps: 5"))
    changed = table()
    assert TABLES.made == 1 and changed != first  # its working sets a week do


def test_a_styles_table_is_kept_until_the_styles_or_the_library_change(site, tmp_path):
    from studio.caching import STYLE_TABLES
    from studio.views import BlockRenderer, environment

    def table() -> str:
        STYLE_TABLES.sweep()
        loaded = load_site(site.root, site.root / "docs", STUDIO, "https://studio.example/", date(2026, 11, 22))
        return BlockRenderer(loaded, environment()).compare_styles(["all"])

    site.program(PROGRAM)
    site.write("data/calls-to-action.yml", CALLS)
    first = table()
    assert STYLE_TABLES.made == 1
    site.program(PROGRAM.replace("summary: A short test programme.", "summary: A shorter one."))
    assert table() == first and STYLE_TABLES.made == 0
    site.write("data/styles.yml", STYLES.replace("purpose: Lift heavier.", "purpose: Lift heavier. Changed."))
    assert "Changed." in table() and STYLE_TABLES.made == 1


def test_a_previews_later_builds_leave_the_kept_files_as_its_first_build_wrote_them(tmp_path):
    from studio.caching import save_file, save_files

    memo, path = Memo("test"), tmp_path / "kept.json"
    memo.get("a", lambda: 1)
    try:
        save_files(False)
        save_file(path, "v1", {"test": memo})  # no file yet: written whatever the setting
        assert path.is_file()
        written = path.read_text(encoding="utf-8")
        memo.get("b", lambda: 2)
        save_file(path, "v1", {"test": memo})
        assert path.read_text(encoding="utf-8") == written
        save_files(True)
        save_file(path, "v1", {"test": memo})
        assert '"b"' in path.read_text(encoding="utf-8")
    finally:
        save_files(True)


def test_a_memo_can_keep_what_the_last_few_builds_used():
    made = []
    once, few = Memo("once"), Memo("few", builds=3)
    for memo in (once, few):
        memo.get("a", lambda: made.append("a") or 1)  # build 1: a page as it was
        memo.sweep()
        memo.get("b", lambda: made.append("b") or 2)  # build 2: the page edited
        memo.sweep()
        memo.get("c", lambda: made.append("c") or 3)  # build 3: another file saved
        memo.sweep()
        assert memo.get("a", lambda: made.append("a again") or 1) == 1  # build 4: the edit undone
    assert made == ["a", "b", "c", "a again", "a", "b", "c"]


def test_the_themes_templates_are_compiled_once_a_process_through_on_env_while_the_speedups_run(load_hook,
                                                                                                 monkeypatch):
    from jinja2 import DictLoader, Environment

    from studio.adapter import STATE
    from studio.adapter.speedups import render_memo

    quick = load_hook("quick_rebuilds")
    monkeypatch.setattr(STATE, "dirty", False)
    monkeypatch.setattr(STATE, "speedups", frozenset())  # off: Jinja's own
    assert quick.on_env(Environment(), None, None).bytecode_cache is None
    monkeypatch.setattr(STATE, "speedups", frozenset({"render_memo"}))
    loader = DictLoader({"studio-test-page.html": "{{ 6 * 7 }}"})
    first = quick.on_env(Environment(loader=loader), None, None)
    assert first.bytecode_cache is render_memo.TEMPLATES
    assert first.get_template("studio-test-page.html").render() == "42"
    second = quick.on_env(Environment(loader=loader), None, None)  # the next build's environment
    compiled = []
    original = Environment.compile
    monkeypatch.setattr(Environment, "compile", lambda *a, **k: compiled.append(1) or original(*a, **k))
    assert second.get_template("studio-test-page.html").render() == "42"
    assert compiled == []  # from the bytecode the first compiled
