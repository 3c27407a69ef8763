"""Quick rebuilds under `make serve` (`mkdocs serve --dirty`): a save re-writes only the pages it changed.

MkDocs' own dirty builds skip reading every page whose Markdown file is older than its output, so generated
pages, blog views, tag lists, the feed, share cards and the search index would go stale or lose entries. Here
every page is still read, with each unchanged page's Markdown render and reading time kept from the last build
(`render_memo.py`), so everything computed from all pages stays whole. Then only pages whose inputs changed are
written: a page is written again when its key changes, and the key names everything its template is given
(its finished HTML, title, table of contents, front matter, neighbours, the nav, mkdocs.yml and overrides/).
The search index gets the other pages' entries from the last build, in the same order, and outputs of pages or
files that are gone are removed. A clean build (`mkdocs build`, publishing) never takes this path.

`tests/build/test_quick_rebuilds.py` edits, adds and removes files between dirty builds and checks the site
is byte-identical to a clean build of the same sources each time.

Everything here runs only while the speed-ups do (studio.adapter.state.STATE, set by events.on_config through
studio.adapter.speedups.switch); what it touches of MkDocs, Material and watchdog is listed in
studio.adapter.compat.PRIVATES. With them off, `studio_nav` is the plain one events.py gives the theme.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from material.plugins.blog.structure import Post, View
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from watchdog.observers.polling import PollingEmitter

from studio.adapter.compat import QUICK_REBUILDS, RENDER_MEMO
from studio.adapter.speedups import render_memo
from studio.adapter.state import STATE
from studio.caching import save_files, text_digest

__all__ = [  # the MkDocs events handled; the switch's install and uninstall; serve's looking and collecting
    "on_build_error", "on_config", "on_env", "on_files", "on_nav", "on_page_context", "on_post_build", "on_serve",
    "COLLECTIONS", "Collections", "LOOKING", "Looking", "POLL_SECONDS", "SETTLE_SECONDS", "install", "uninstall",
]

log = logging.getLogger("mkdocs.hooks.quick_rebuilds")
POLL_SECONDS = 0.1  # how often `make serve` looks for saved files
PAUSE_LIMIT = 30  # the longest a build keeps serve from looking (seconds)
SETTLE_SECONDS = 0.02  # how long it waits for more changes once it has seen one


class _State:
    def __init__(self) -> None:
        self.builds = 0
        self.forget()

    def forget(self) -> None:
        """After a failed build nothing in the site folder can be trusted: the next build writes everything."""
        self.written: dict[str, str] = {}  # output path -> key of what was written there
        self.entries: dict[str, list[dict]] = {}  # page src -> its search entries, as last indexed
        self.outputs: set[str] = set()  # every file the last build published
        self.start()

    def start(self) -> None:
        self.writing = False
        self.keys: dict[str, str] = {}
        self.changed: set[str] = set()
        self.fresh: dict[str, list[dict]] = {}
        self.mark = 0
        self.files: Files | None = None
        self.nav: Navigation | None = None


_state = _State()


def _quick() -> bool:
    """Whether this build is a quick rebuild: `--dirty`, with the speed-ups on."""
    return STATE.dirty and STATE.runs(QUICK_REBUILDS)


class _DropDirtyWarning(logging.Filter):
    # MkDocs warns that dirty builds leave navigation stale; here they do not, and the warning would fail --strict.
    def filter(self, record: logging.LogRecord) -> bool:
        return not (_quick() and record.getMessage().startswith("A 'dirty' build is being performed"))


_DROP_DIRTY_WARNING = _DropDirtyWarning()


def install() -> None:
    logging.getLogger("mkdocs.commands.build").addFilter(_DROP_DIRTY_WARNING)


def uninstall() -> None:
    logging.getLogger("mkdocs.commands.build").removeFilter(_DROP_DIRTY_WARNING)
    LOOKING.uninstall()


def on_serve(server, config: MkDocsConfig, builder):
    if not STATE.runs(QUICK_REBUILDS):
        return server
    # MkDocs looks for saved files every 0.5 s: on average a quarter of a second before a rebuild even starts.
    # Its polling observer gives each watched folder an emitter with this timeout; the later watches
    # (programs/, data/) take the observer's, the earlier ones (docs/, mkdocs.yml) are set here.
    observer = getattr(server, "observer", None)
    if observer is not None and hasattr(observer, "_timeout"):
        observer._timeout = POLL_SECONDS
        for emitter in getattr(observer, "emitters", ()):
            emitter._timeout = POLL_SECONDS
    # MkDocs then waits 0.1 s for more changes before it builds; a poll already gathers all of one save's.
    if hasattr(server, "build_delay"):
        server.build_delay = SETTLE_SECONDS
    LOOKING.install()
    return server


class Looking:
    """Serve looks for saved files between builds, not during them. Each look lists and stats every watched file
    in a thread of the build's process: at ten looks a second they took the build's turn often enough to slow a
    programme save by 0.1-0.15 s (builds measured with looks every 0.1 s and every 0.5 s). A file saved during a
    build is seen by the first look after it, which starts the next build, as MkDocs would."""

    def __init__(self) -> None:
        self.between_builds = threading.Event()
        self.between_builds.set()

    def install(self) -> None:
        installed = PollingEmitter.queue_events
        if getattr(installed, "looking", None) is self:
            return
        look = getattr(installed, "__wrapped__", installed)  # another copy of this module's: replaced, not wrapped
        between_builds = self.between_builds

        def queue_events(emitter: PollingEmitter, timeout: float) -> None:
            between_builds.wait(PAUSE_LIMIT)  # a build that never ends does not stop serve from looking
            look(emitter, timeout)

        queue_events.looking, queue_events.__wrapped__ = self, look
        PollingEmitter.queue_events = queue_events

    def uninstall(self) -> None:
        installed = PollingEmitter.queue_events
        if getattr(installed, "looking", None) is self:
            PollingEmitter.queue_events = installed.__wrapped__
        self.resume()

    def pause(self) -> None:
        self.between_builds.clear()

    def resume(self) -> None:
        self.between_builds.set()


LOOKING = Looking()


class _Navs:
    """Under serve, each page's sidebar nav as it was last rendered. Material renders the whole nav into every
    page, half of what a changed page costs to write (a programme save re-writes 26 pages of the bench site), and
    the nav a page is given is the same from build to build: made of the site (the key `_site_key` gives: the
    nav's titles and addresses, mkdocs.yml and overrides/), the page's address (its links are relative) and
    which items are active. A page that is itself in the nav, or one of a blog view's pages, is rendered afresh:
    its nav carries its own table of contents. Outside serve, `studio_nav` just renders."""

    def __init__(self) -> None:
        self.site: str | None = None
        self.kept: dict[str, tuple[tuple, str]] = {}  # page address -> (active items, the nav's HTML)
        self.own: set[str] = set()  # the sources of pages the nav itself shows: rendered afresh
        self.made = self.reused = 0

    def start(self, site: str, nav: Navigation | None) -> None:
        if site != self.site:
            self.site, self.kept = site, {}
        self.own = set(_sources(nav.items if nav else []))
        self.made = self.reused = 0

    def __call__(self, page: Page, nav: Navigation, caller) -> str:
        if not _quick() or self.site is None or page is None or page.file.src_uri in self.own:
            return caller()
        active = _active(nav.items)
        kept = self.kept.get(page.url)
        if kept is not None and kept[0] == active:
            self.reused += 1
            return kept[1]
        html = caller()
        self.made += 1
        self.kept[page.url] = (active, html)
        return html

    def summary(self) -> str:
        return f"navs: {self.made} made, {self.reused} kept"


_navs = _Navs()


def _sources(items) -> Iterator[str]:
    """The pages of the nav, and of its blog views' later pages: the nav shows where each is."""
    for item in items:
        for page in (item, *(getattr(item, "pages", None) or ())):
            if getattr(page, "file", None) is not None:
                yield page.file.src_uri
        yield from _sources(item.children or ())


def _active(items) -> tuple:
    return tuple((bool(getattr(item, "active", False)), _active(item.children or ())) for item in items)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    COLLECTIONS.before_build()  # the last build's, if it ran them
    _state.start()
    _state.builds += 1
    if STATE.runs(QUICK_REBUILDS):
        LOOKING.pause()  # whether dirty or not: serve's looks wait for the build (on_serve installed them)
    if not _quick():
        _state.forget()  # a later quick rebuild trusts nothing this build wrote
    save_files(_saves_kept_files())  # the studio's pages.json and figures.json, like render_memo's file below
    if STATE.runs(RENDER_MEMO):
        render_memo.start_build(_cache(config))
    return config


def _saves_kept_files() -> bool:
    # Under quick rebuilds, once: the files are for the next process, and this one keeps it all in memory.
    return not _quick() or _state.builds == 1


def _cache(config: MkDocsConfig) -> Path:
    return STATE.options.cache(Path(config.config_file_path).resolve().parent)


@event_priority(-100)  # after the blog plugin (-50) has added its views
def on_files(files: Files, config: MkDocsConfig) -> Files:
    if _quick():
        # Every page, even those the blog plugin keeps out of the list until on_nav.
        for file in files.documentation_pages(inclusion=lambda _: True):
            file.is_modified = partial(_is_modified, file)
    return files


@event_priority(-100)  # after the blog plugin has put its views in the nav
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    _state.nav = nav
    return nav


def _is_modified(file: File) -> bool:
    # While pages are read every page counts as changed, so every page is read; while they are written, only changed ones.
    return not _state.writing or file.src_uri in _state.changed


@event_priority(-100)  # after the tags plugin (100), the blog plugin and the studio's hook have finished every page
def on_env(env, config: MkDocsConfig, files: Files):
    if STATE.runs(RENDER_MEMO):
        # The theme's templates compiled once, kept in memory and on disk (Jinja checks each against its source).
        render_memo.TEMPLATES.use(env)
        env.bytecode_cache = render_memo.TEMPLATES
    if not _quick():
        return env
    env.globals["studio_nav"] = _navs  # in place of events.py's plain one
    _state.files = files
    shared = _site_key(config, _state.nav)
    _navs.start(shared, _state.nav)
    pages = [file.page for file in files.documentation_pages() if file.page is not None]
    posts = _posts_key(pages, shared)
    for page in pages:
        key = _page_key(page, shared, posts if isinstance(page, View) else "")
        _state.keys[page.file.src_uri] = key
        destination = page.file.abs_dest_path
        if _state.written.get(destination) != key or not os.path.isfile(destination):
            _state.changed.add(page.file.src_uri)
    _state.writing = True
    log.debug("quick rebuild: writing %s", ", ".join(sorted(_state.changed)))
    log.info("quick rebuild: %d of %d pages changed", len(_state.changed), len(pages))
    return env


@event_priority(1)  # just before the search plugin indexes the page
def _mark_entries(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    if not _quick():
        return context
    _state.mark = len(_search_entries(config))
    return context


@event_priority(-1)  # just after
def _keep_entries(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    if _quick():
        _state.fresh[page.file.src_uri] = _search_entries(config)[_state.mark:]
    return context


on_page_context = CombinedEvent(_mark_entries, _keep_entries)


@event_priority(100)  # before the search plugin writes its index
def _finish_build(config: MkDocsConfig) -> None:
    if STATE.runs(RENDER_MEMO):
        log.info("kept: %s; %s", render_memo.summary(), _navs.summary())
        if _saves_kept_files():
            render_memo.save(_cache(config))
    if not _quick() or _state.files is None:
        return
    search = _search_plugin(config)
    pages = [file for file in _state.files.documentation_pages() if file.page is not None]
    if search is not None:
        entries = {**_state.entries, **_state.fresh}
        search.search_index.entries = [entry for file in pages if file.src_uri in _state.keys
                                       for entry in entries.get(file.src_uri, [])]
        search.search_index_prev = None  # its own merge assumes a single page changed
        _state.entries = {file.src_uri: entries.get(file.src_uri, []) for file in pages}
    _state.written = {file.abs_dest_path: _state.keys[file.src_uri] for file in pages if file.src_uri in _state.keys}
    outputs = {file.abs_dest_path for file in _state.files}
    for gone in _state.outputs - outputs:
        Path(gone).unlink(missing_ok=True)
    _state.outputs = outputs
    files = list(_state.files)
    _state.start()
    COLLECTIONS.after_build(files)


@event_priority(-100)  # once every other plugin has finished
def _look_again(config: MkDocsConfig) -> None:
    LOOKING.resume()


on_post_build = CombinedEvent(_finish_build, _look_again)


def on_build_error(error: Exception) -> None:
    LOOKING.resume()
    _state.forget()


class Collections:
    """Under serve, Python's full garbage collections walk everything the memos keep, several times a build
    (0.3-0.5 s of a 2 s rebuild at 30 programmes + 150 articles, measured). So each build ends by freezing what
    it leaves, and the next build's collections walk only what that build makes: without it a full collection
    cost 0.16-0.19 s of every other programme save when saves came less than a second apart.
    What a build leaves includes what the next one will drop, frozen with the rest. The next build cuts the
    links that tie the last build's pages, files and posts into cycles, so most of it is freed at once: the frozen
    objects grew by 2,200 a save instead of 16,000 (30 programmes + 150 articles). Once a second has passed
    without a save, everything is collected and what survives frozen again; when saves keep coming, a build
    does that first once the frozen objects have grown by half since (so the preview's memory stays bounded):
    0.25 s, which had fallen on every fourth build."""

    GROWTH = 1.5

    def __init__(self) -> None:
        self.timer: threading.Timer | None = None
        self.settled = 0  # objects frozen after the last whole collection
        self.files: list[File] = []  # the last build's

    def after_build(self, files: list[File]) -> None:
        self.cancel()
        self.files = files
        gc.freeze()
        self.timer = threading.Timer(1.0, self.collect)
        self.timer.daemon = True
        self.timer.start()

    def before_build(self) -> None:
        self.cancel()
        # The last build's pages hold every page's Markdown and HTML in reference cycles, frozen with the rest:
        # letting go of the texts frees them now.
        for file in self.files:
            if file.abs_src_path is None:  # a generated page's Markdown
                file.content_bytes = b""
            file.__dict__.pop("is_modified", None)
            page = file.page
            if page is not None:
                page.markdown = page.content = None
                _unlink(page)
            file.page = None
        self.files = []
        if gc.get_freeze_count() > self.GROWTH * self.settled:
            self.collect()

    def cancel(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def collect(self) -> None:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self.settled = gc.get_freeze_count()


COLLECTIONS = Collections()


def _unlink(page: Page) -> None:
    # Pages, their files, sections and posts point at each other: the last build's were frozen, and would stay
    # until a whole collection. Cut, most of them are freed as soon as nothing else holds them.
    page.previous_page = page.next_page = page.parent = None
    if isinstance(page, Post):
        page.excerpt = None
        page.categories = []
    if isinstance(page, View):
        page.pages, page.posts, page.views = [], [], []


def _search_plugin(config: MkDocsConfig):
    return config.plugins.get("material/search") or config.plugins.get("search")


def _search_entries(config: MkDocsConfig) -> list[dict]:
    search = _search_plugin(config)
    return search.search_index.entries if search is not None else []


# --- keys: everything a page's template is given -------------------------------------------------------

def _digest(*parts: object) -> str:
    text = json.dumps(parts, default=str, sort_keys=True, ensure_ascii=False)
    return text_digest(text)


def _site_key(config: MkDocsConfig, nav: Navigation | None) -> str:
    theme = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    templates = sorted((str(p), p.stat().st_mtime_ns, p.stat().st_size)
                       for p in (theme.rglob("*") if theme and theme.is_dir() else ()) if p.is_file())
    # Every page prints the whole nav; links inside pages are in their HTML, so the other pages' addresses are not needed.
    return _digest(Path(config.config_file_path).read_bytes().hex(), templates, _nav(nav.items if nav else []),
                   config.site_url)


def _nav(items) -> list:
    return [(item.title, getattr(item, "url", None), _nav(getattr(item, "children", None) or [])) for item in items]


def _page_key(page: Page, shared: str, posts: str) -> str:
    finished = getattr(page, "studio_digest", None) or text_digest(page.content or "")
    return _digest(shared, posts, page.url, page.title, finished, _toc(page.toc), page.meta,
                   _neighbours(page), _post_facts(page))


def _posts_key(pages: list[Page], shared: str) -> str:
    # A blog view lists posts' excerpts, titles, dates, authors and reading times.
    return _digest(shared, [(p.url, p.title, text_digest(p.markdown or ""), p.meta, _post_facts(p)) for p in pages if isinstance(p, Post)])


def _post_facts(page: Page) -> object:
    if not isinstance(page, Post):
        return None
    return (dict(page.config), [vars(a) for a in page.authors], [(c.title, c.url) for c in page.categories])


def _neighbours(page: Page) -> object:
    ancestors = [(item.title, getattr(item, "url", None)) for item in page.ancestors]
    near = [(p.title, p.url) if p is not None else None for p in (page.previous_page, page.next_page)]
    return ancestors, near, page.parent.title if page.parent else None


def _toc(items) -> list:
    return [(item.id, item.title, item.level, _toc(item.children)) for item in items]
