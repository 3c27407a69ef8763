"""MkDocs adapter for the studio's content.

The work happens in the `studio` package; this file only turns MkDocs events
into calls to it and hands MkDocs the generated pages and blocks.
"""

from __future__ import annotations

import html
import logging
import os
from datetime import date
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from studio import ContentError
from studio.downloads.build import build_downloads
from studio.downloads.cache import cache_dir
from studio.feed import FEED_PATH, Entry, article_dates, atom_feed
from studio.schema import SCHEMAS
from studio.settings import load_studio
from studio.site import load_site
from studio.views.blocks import COMPARE_PAGE, BlockRenderer, render_directives
from studio.views.jsonld import page_jsonld
from studio.views.scriptdata import script_json
from studio.views.pages import CATALOGUE, EXERCISE_INDEX, render_site

log = logging.getLogger("mkdocs.hooks.studio")
BUILD_DATE = "STUDIO_BUILD_DATE"  # YYYY-MM-DD: build as if on that day (tests, previews of dated calls to action)

# What one build has loaded. `mkdocs serve` keeps this module between builds, so on_config empties it.
_build: dict = {}


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def _today() -> date:
    value = os.environ.get(BUILD_DATE)
    try:
        return date.fromisoformat(value) if value else date.today()
    except ValueError:
        raise PluginError(f"{BUILD_DATE}={value!r} is not a date; use YYYY-MM-DD") from None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _build.clear()
    if not config.use_directory_urls:
        raise PluginError("mkdocs.yml: use_directory_urls must stay true; the programme pages link to /programs/<name>/")
    try:
        _build["studio"] = load_studio(config.extra, Path(config.config_file_path))
    except ContentError as error:
        raise PluginError(error.report()) from None
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    root = _root(config)
    try:
        sources = [file.src_uri for file in files.documentation_pages()]  # what MkDocs will publish
        site = load_site(root, Path(config.docs_dir), _build["studio"], config.site_url or "", _today(), sources)
    except ContentError as error:
        raise PluginError(error.report()) from None
    catalog = site.catalog
    for warning in catalog.warnings:
        log.warning(str(warning))
    articles = {p.slug: [(a.meta.title, a.src) for a in site.articles_about(p.slug)] for p in catalog.programs}
    blocks = BlockRenderer(site)
    pages = {**render_site(catalog, articles), COMPARE_PAGE: blocks.compare_page()}
    for src, text in pages.items():
        if files.get_file_from_path(src) is not None:
            raise PluginError(f"docs/{src} clashes with a generated page of the same address; rename or move it")
        in_nav = src in (CATALOGUE, EXERCISE_INDEX)
        inclusion = InclusionLevel.UNDEFINED if in_nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, src, content=text, inclusion=inclusion))
    downloads = build_downloads(catalog, _build["studio"], config.site_url or "", cache_dir(root), today=site.today)
    for path, cached in downloads.files.items():
        files.append(File.generated(config, path, abs_src_path=str(cached)))
    log.info("studio: %s", downloads.summary())
    for name in SCHEMAS:
        files.append(File.generated(config, f"schemas/{name}", content=(root / "schemas" / name).read_bytes()))
    _build["blocks"] = blocks
    log.info("studio: %d programmes, %d exercises, %d pages checked", len(catalog.programs),
             len(catalog.library.exercises), len(site.pages))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    blocks: BlockRenderer = _build["blocks"]
    doc_page = blocks.site.pages.get(page.file.src_uri)
    if doc_page is None:
        return markdown
    # The theme's templates print these without escaping; generated pages escape theirs already.
    for key in ("title", "description"):
        if isinstance(page.meta.get(key), str):
            page.meta[key] = html.escape(page.meta[key])
    if not doc_page.directives:
        return markdown
    return render_directives(markdown, lambda d: blocks.directive(d, page.file.src_uri, page.url))


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    ending = _build["blocks"].end_of_page(page.file.src_uri, page.url)
    return html + "\n" + ending if ending else html


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    blocks: BlockRenderer = _build["blocks"]
    src = page.file.src_uri
    data = page_jsonld(blocks.site, src, page.canonical_url, _author_names(page))
    if data is not None:
        page.meta["studio_jsonld"] = script_json(data)
        page.meta["studio_kind"] = "article" if data["@type"] == "BlogPosting" else "page"
    return context


def _author_names(page: Page) -> list[str]:
    return [author.name for author in getattr(page, "authors", None) or []]


def on_env(env, config: MkDocsConfig, files: Files):
    # Every page has been rendered by now, and the blog plugin has given each article its final URL.
    site = _build["blocks"].site
    entries = []
    for file in files.documentation_pages():
        doc_page = site.pages.get(file.src_uri)
        if doc_page is None or not doc_page.is_article or file.page is None:
            continue
        published, updated = article_dates(file.page.meta.get("date"))
        entries.append(Entry(doc_page.meta.title, file.page.canonical_url, doc_page.meta.description,
                             published, updated, tuple(_author_names(file.page)),
                             tuple(file.page.meta.get("categories") or ())))
    site_url = config.site_url or "/"
    files.append(File.generated(config, FEED_PATH, content=atom_feed(config.site_name, site_url, entries)))
    return env
