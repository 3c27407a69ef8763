"""The MkDocs event handlers for the studio's content (hooks/studio_hooks.py hands them to MkDocs).

The work happens in the `studio` package (`studio.render.renderer.Renderer` makes every output); this file
only turns MkDocs events into calls to it and hands MkDocs what it returns.
"""

from __future__ import annotations

import html
import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils.yaml import yaml_load

from studio import ContentError
from studio.adapter.compat import LATE_COPY, QUICK_REBUILDS
from studio.adapter.ownerguide import GUIDE, leave_out_guide
from studio.adapter.preview import show_build_errors
from studio.adapter.speedups import switch
from studio.adapter.state import STATE
from studio.caching import sweep_all as sweep_memos
from studio.caching import text_digest
from studio.downloads import start_workers, stop_workers
from studio.render import Published, Rendered, Renderer, page_scripts
from studio.site import OptionsError, check_site, load_measuring, load_site, load_studio, read_options

__all__ = [  # the MkDocs events handled; the theme's nav; the address serve's downloads print
    "on_build_error", "on_config", "on_env", "on_files", "on_page_content", "on_page_context", "on_page_markdown",
    "on_post_build", "on_post_page", "on_serve", "on_startup", "published_url", "studio_nav",
]

log = logging.getLogger("mkdocs.hooks.studio")

# What one build has loaded. `mkdocs serve` keeps this module between builds, so on_config empties it.
_build: dict = {}
_published: dict[str, str] = {}  # mkdocs.yml's text -> its site_url, under serve


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_startup(command: str, dirty: bool) -> None:
    STATE.serving, STATE.dirty = command == "serve", dirty


def studio_nav(page, nav, caller) -> str:
    """What overrides/main.html renders the sidebar nav through: the nav itself. Under quick rebuilds
    (speedups/quick_rebuilds.py) a page whose nav state is unchanged gets the nav it was last given instead."""
    return caller()


def published_url(config: MkDocsConfig) -> str:
    """The site's own address. `mkdocs serve` swaps site_url for the local one; the downloads and share cards
    print it, so the preview makes the same files as publishing does, and finds them in the cache."""
    if not STATE.serving:
        return config.site_url or ""
    with open(config.config_file_path, encoding="utf-8") as source:
        text = source.read()
        # Parsed again only when it changed (15 ms a save), or when it inherits from a file that may have.
        if text not in _published or "INHERIT" in text:
            source.seek(0)
            _published.clear()
            _published[text] = yaml_load(source).get("site_url") or ""
        return _published[text]


def on_serve(server, config: MkDocsConfig, builder):
    # Under `mkdocs serve`, a failed rebuild shows its messages in the browser instead of the stale page.
    show_build_errors(server, config.site_name)
    return server


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _build.clear()
    # The build's options, read once here (mkdocs.yml's extra.build, then the environment) and passed down.
    try:
        options = read_options(config.extra, Path(config.config_file_path), os.environ)
    except OptionsError as error:
        raise PluginError(error.report()) from None
    switch.apply(options)
    if STATE.dirty and not STATE.runs(QUICK_REBUILDS):
        log.warning("studio: the speed-ups are off, so `--dirty` is MkDocs' own: a page whose file did not change "
                    "is not read again, and lists, tags, search and the feed may leave it out; serve without --dirty")
    # Before the site is loaded: a download worker forked later would begin with a copy of all of it.
    start_workers(load_writers=STATE.serving)
    sweep_memos()  # content-keyed, so kept between builds; this forgets what the last build did not use
    if not config.use_directory_urls:
        raise PluginError("mkdocs.yml: use_directory_urls must stay true; the programme pages link to /programs/<name>/")
    config_file = Path(config.config_file_path)
    problems = check_site(config.site_name, config.site_url, config_file)  # reported with the studio's details
    try:
        _build["studio"] = load_studio(config.extra, config_file)
    except ContentError as error:
        problems += error.problems
    try:
        measuring = _build["measuring"] = load_measuring(config.extra, config_file)
    except ContentError as error:
        problems += error.problems
    if problems:
        raise PluginError(ContentError(problems).report())
    if measuring.analytics is not None:
        # Material's consent dialog names the analytics it asks about "Google Analytics" unless told otherwise.
        cookies = config.extra["consent"].get("cookies") or {}
        config.extra["consent"]["cookies"] = {"analytics": measuring.analytics.name, **cookies}
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    root = _root(config)
    if not STATE.serving:  # the owner's guide is published nowhere; `make serve` shows it
        left_out = leave_out_guide(files, config)
        if left_out:
            log.info("studio: docs/%s is the owner's guide (%d pages): left out of the published site; make serve "
                     "shows it", GUIDE, len(left_out))
    try:
        sources = [file.src_uri for file in files.documentation_pages()]  # what MkDocs will publish
        site = load_site(root, Path(config.docs_dir), _build["studio"], published_url(config),
                         STATE.options.today(), sources, STATE.options.cache(root), _build["measuring"])
    except ContentError as error:
        raise PluginError(error.report()) from None
    for page in site.scheduled():
        # Checked with everything else, but not handed to the blog plugin until its day.
        files.remove(files.get_file_from_path(page.src))
        log.info("studio: docs/%s is scheduled for %s; not published yet", page.src, page.dates[0])
    for warning in site.catalog.warnings:
        log.warning(str(warning))
    renderer = _build["renderer"] = Renderer(site)
    # The downloads are made while MkDocs reads the pages; on_env waits for them.
    for output in renderer.outputs(root, STATE.options.cache(root), background=True):
        if output.is_page:
            if files.get_file_from_path(output.path) is not None:
                raise PluginError(f"docs/{output.path} clashes with a generated page of the same address; "
                                  "rename or move it")
            inclusion = InclusionLevel.UNDEFINED if output.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, output.path, content=output.content, inclusion=inclusion))
        elif output.source is not None:
            files.append(File.generated(config, output.path, abs_src_path=str(output.source)))
        else:
            files.append(File.generated(config, output.path, content=output.content))
    for note in renderer.notes:
        log.info("studio: %s", note)
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    renderer: Renderer = _build["renderer"]
    if page.file.src_uri not in renderer.site.pages:
        return markdown
    # The theme's templates print these without escaping; generated pages escape theirs already.
    for key in ("title", "description"):
        if isinstance(page.meta.get(key), str):
            page.meta[key] = html.escape(page.meta[key])
    return renderer.page_markdown(page.file.src_uri, markdown, page.url)


@event_priority(100)  # before the blog plugin reads a post's HTML for its reading time
def _put_back_blocks(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _build["renderer"].page_html(page.file.src_uri, html)


def _add_page_end(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _build["renderer"].page_content(page.file.src_uri, page.url, html)


on_page_content = CombinedEvent(_put_back_blocks, _add_page_end)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    # A blog view's excerpts are rendered by now (the blog plugin's on_page_context runs first).
    excerpts = "".join(post.content or "" for post in context.get("posts") or [])
    page.meta["studio_scripts"] = page_scripts(_build["renderer"].finished((page.content or "") + excerpts))
    return context


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    # The search plugin has read the page's short search text; the reader gets the finished blocks.
    return _build["renderer"].finished(output)


def _author_names(page: Page) -> list[str]:
    return [author.name for author in getattr(page, "authors", None) or []]


def _text(value) -> str | None:
    return value if isinstance(value, str) else None


def on_env(env, config: MkDocsConfig, files: Files):
    # The theme's templates cannot change during a build; checking each include's file on every page did.
    env.auto_reload = False
    env.globals["studio_nav"] = studio_nav  # overrides/main.html calls it whether the speed-ups run or not
    # Every page has been rendered by now, and the blog plugin has given each article its final URL.
    renderer: Renderer = _build["renderer"]
    # MkDocs copies the static files next and then writes the pages. With the speed-ups, the downloads still being
    # made are copied once they are finished (on_post_build), so the share cards and the pages are made beside
    # them; without, the build waits for them here.
    if STATE.runs(LATE_COPY):
        pending = renderer.pending_downloads()
        _build["pending"] = [file for file in files if file.src_uri in pending]
        for file in _build["pending"]:
            file.copy_file = _copy_later
    else:
        renderer.finish_downloads()
    rendered = [file.page for file in files.documentation_pages() if file.page is not None]
    cards, addresses = renderer.cards(config.site_name, config.site_description or "", [
        Rendered(page.file.src_uri, page.url, page.title or "", _text(page.meta.get("description")), page.is_homepage)
        for page in rendered], STATE.options.cache(_root(config)))
    for output in cards:
        files.append(File.generated(config, output.path, abs_src_path=str(output.source)))
    published = []
    for page in rendered:
        page.meta["studio_card"] = addresses[page.url]  # read by overrides/main.html
        in_feed = renderer.in_feed(page.file.src_uri)
        quick = STATE.dirty and STATE.runs(QUICK_REBUILDS)
        if in_feed or quick:
            finished = renderer.finished(page.content or "")
        if quick:  # the quick rebuilds (speedups/quick_rebuilds.py) key each page by what the reader gets
            page.studio_digest = text_digest(finished)
        if in_feed:  # the whole text only where the feed needs it (held for every page, 100 MB at 1,000 programmes)
            published.append(Published(page.file.src_uri, page.canonical_url, tuple(_author_names(page)),
                                       tuple(page.meta.get("categories") or ()), finished, page.meta["studio_card"]))
        found = renderer.page_jsonld(page.file.src_uri, page.canonical_url, _author_names(page), addresses[page.url])
        if found is not None:
            page.meta["studio_jsonld"], page.meta["studio_kind"] = found
    log.info("studio: %s", renderer.notes[-1])
    path, feed = renderer.feed(config.site_name, published)
    files.append(File.generated(config, path, content=feed))
    return env


def on_post_build(config: MkDocsConfig) -> None:
    _build["renderer"].finish_downloads()
    for file in _build.pop("pending", []):
        File.copy_file(file, dirty=False)
    _build["renderer"].write_service_worker(Path(config.site_dir))  # last: its version is every other file's digest
    _end_workers()


def _copy_later(dirty: bool = False) -> None:
    """Stands in for a pending download's File.copy_file until on_post_build."""


def _end_workers() -> None:
    if not STATE.serving:  # the preview keeps them for its next build
        stop_workers()


def on_build_error(error: Exception) -> None:
    renderer: Renderer | None = _build.get("renderer")
    try:
        if renderer is not None:
            renderer.finish_downloads()  # no download is left half made
    finally:
        _end_workers()
