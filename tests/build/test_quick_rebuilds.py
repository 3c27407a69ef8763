"""`make serve` builds with --dirty: after each save only the changed pages are written (hooks/quick_rebuilds.py),
and the served site is still byte-identical to a clean build of the same sources."""

from __future__ import annotations

import re
from pathlib import Path

from rebuilds import assert_same_files, rebuild, summary_edited, without_guide
from sitecopy import BUILD_DATE, copy_site, run_build

PROGRAMME = "programs/strength-and-size.yml"
ARTICLE = "docs/blog/posts/strength-vs-size.md"
NEW_ARTICLE = "docs/blog/posts/deload-weeks.md"
THEME_FILE = "overrides/assets/print.css"


def _changed(log: str) -> tuple[int, int]:
    found = re.search(r"quick rebuild: (\d+) of (\d+) pages changed", log)
    assert found, log
    return int(found.group(1)), int(found.group(2))


def _edit(root: Path, path: str, change) -> dict:
    return {"path": path, "text": change((root / path).read_text(encoding="utf-8"))}


def _new_article(root: Path) -> str:
    text = (root / ARTICLE).read_text(encoding="utf-8")
    text = re.sub(r"^title: .*$", "title: Deload weeks, and why they are not lost weeks", text, count=1, flags=re.M)
    text = re.sub(r"^# .*$", "# Deload weeks, and why they are not lost weeks", text, count=1, flags=re.M)
    return re.sub(r"created: \d{4}-\d\d-\d\d", "created: 2026-11-01", text, count=1)


def test_every_dirty_rebuild_is_byte_identical_to_a_clean_build(tmp_path):
    served, clean = (without_guide(copy_site(tmp_path / name)) for name in ("served", "clean"))
    steps = [
        [],
        [_edit(served, PROGRAMME, summary_edited)],
        [_edit(served, ARTICLE, lambda t: t.replace("<!-- more -->", "<!-- more -->\n\nA sentence saved later.", 1))],
        [_edit(served, ARTICLE, lambda t: re.sub(r"^title: .*$", "title: Strength or size, and which to train for",
                                                   t, count=1, flags=re.M))],
        [{"path": NEW_ARTICLE, "text": _new_article(served)}],
        [_edit(served, "mkdocs.yml", lambda t: t.replace('phone: "+44 113 496 0123"', 'phone: "+44 113 496 0999"')),
         {"path": THEME_FILE, "text": "/* a file added to the theme under serve is published */\n"}],  # kept file list
        [{"path": NEW_ARTICLE, "text": None}, {"path": THEME_FILE, "text": None}],
    ]
    logs = rebuild(served, steps, tmp_path / "snapshots")
    assert len(logs) == len(steps)

    for n, edits in enumerate(steps):
        for edit in edits:
            path = clean / edit["path"]
            path.unlink() if edit["text"] is None else path.write_text(edit["text"], encoding="utf-8")
        fresh = run_build(clean, build_date=BUILD_DATE)
        assert fresh.returncode == 0, fresh.output
        assert_same_files(tmp_path / "snapshots" / str(n), fresh.site)

    written = [_changed(log) for log in logs]
    total = written[0][1]
    assert written[0] == (total, total)  # the first build writes everything
    for n in (1, 2):  # a programme, an article's body: exactly the pages that changed
        assert written[n][0] == len(_pages_that_differ(tmp_path / "snapshots", n)), n
    # An article's title: the pages that show it, and every blog view (each lists the posts' titles).
    views = sum(1 for _ in (tmp_path / "snapshots" / "3" / "blog").glob("**/archive/**/index.html"))
    views += sum(1 for _ in (tmp_path / "snapshots" / "3" / "blog").glob("category/*/index.html")) + 1
    assert len(_pages_that_differ(tmp_path / "snapshots", 3)) <= written[3][0] <= total / 3
    assert written[3][0] <= len(_pages_that_differ(tmp_path / "snapshots", 3)) + views
    assert "page renders: 1 made" in logs[2]  # the saved article; every other page's render was kept
    assert written[5][0] == written[5][1]  # mkdocs.yml changes every page's footer


def _pages_that_differ(snapshots: Path, n: int) -> list[str]:
    before, after = snapshots / str(n - 1), snapshots / str(n)
    differ = []
    for page in after.rglob("index.html"):
        old = before / page.relative_to(after)  # a new title gives an article a new address
        if not old.is_file() or old.read_bytes() != page.read_bytes():
            differ.append(str(page.relative_to(after)))
    return differ


def test_a_clean_rebuild_under_serve_writes_everything(tmp_path):
    root = copy_site(tmp_path / "served")
    logs = rebuild(root, [[], [_edit(root, PROGRAMME, summary_edited)]], tmp_path / "snapshots", dirty=False)
    assert all("quick rebuild" not in log for log in logs)


def test_serve_finds_the_published_downloads_and_cards_in_the_cache(tmp_path):
    root = without_guide(copy_site(tmp_path / "served", warm=False))  # the guide's cards are serve's alone
    published = run_build(root, build_date=BUILD_DATE)
    assert published.returncode == 0, published.output
    first, = rebuild(root, [[]], tmp_path / "snapshots", serve_url="http://127.0.0.1:8000/")
    assert re.search(r"downloads: 0 generated, \d+ reused", first), first
    assert re.search(r"cards: 0 generated, \d+ reused", first), first
    page = (tmp_path / "snapshots" / "0" / "programs" / "strength-and-size" / "index.html").read_text(encoding="utf-8")
    assert 'href="http://127.0.0.1:8000/programs/strength-and-size/"' in page  # the preview's own links stay local


def test_serve_looks_for_saved_files_every_tenth_of_a_second_and_builds_at_once(tmp_path, load_hook, monkeypatch):
    from mkdocs.livereload import LiveReloadServer
    from watchdog.observers.polling import PollingEmitter

    from studio.adapter import QUICK_REBUILDS, STATE

    monkeypatch.setattr(PollingEmitter, "queue_events", PollingEmitter.queue_events)  # on_serve wraps it
    monkeypatch.setattr(STATE, "speedups", frozenset({QUICK_REBUILDS}))  # as events.on_config sets it
    quick = load_hook("quick_rebuilds")
    (tmp_path / "docs").mkdir()
    (tmp_path / "programs").mkdir()
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    try:
        server.watch(str(tmp_path / "docs"))  # watched before on_serve, as MkDocs watches docs/
        assert quick.on_serve(server, None, None) is server
        server.watch(str(tmp_path / "programs"))  # and after, as it watches mkdocs.yml's `watch:`
        timeouts = {emitter.timeout for emitter in server.observer.emitters}
        assert len(server.observer.emitters) == 2 and timeouts == {quick.POLL_SECONDS} == {0.1}
        assert server.build_delay == quick.SETTLE_SECONDS == 0.02  # then builds without waiting 0.1 s more
    finally:
        server.server_close()


def test_with_the_speedups_off_serve_watches_as_mkdocs_does(tmp_path, load_hook, monkeypatch):
    from mkdocs.livereload import LiveReloadServer
    from watchdog.observers.polling import PollingEmitter

    from studio.adapter import STATE

    monkeypatch.setattr(PollingEmitter, "queue_events", PollingEmitter.queue_events)
    original = PollingEmitter.queue_events
    monkeypatch.setattr(STATE, "speedups", frozenset())  # extra.build.speedups: false
    quick = load_hook("quick_rebuilds")
    (tmp_path / "docs").mkdir()
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    try:
        server.watch(str(tmp_path / "docs"))
        assert quick.on_serve(server, None, None) is server
        assert {emitter.timeout for emitter in server.observer.emitters} == {0.5}  # MkDocs' own interval
        assert server.build_delay == 0.1 and PollingEmitter.queue_events is original
    finally:
        server.server_close()


def test_with_the_speedups_off_a_dirty_build_warns_that_mkdocs_own_leaves_pages_out(tmp_path):
    result = run_build(copy_site(tmp_path / "dirty-off"), "--dirty", env={"STUDIO_SPEEDUPS": "0"})
    assert ("studio: the speed-ups are off, so `--dirty` is MkDocs' own: a page whose file did not change is not "
            "read again, and lists, tags, search and the feed may leave it out; serve without --dirty") in result.output
    # and MkDocs' own warning is no longer dropped, so --strict stops
    assert "A 'dirty' build is being performed" in result.output and result.returncode != 0
