"""MkDocs adapter for the studio's content.

The work happens in the `studio` package; this file only turns MkDocs events
into calls to it and hands MkDocs the generated pages.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from studio import ContentError, load_catalog
from studio.downloads.build import build_downloads
from studio.downloads.cache import cache_dir
from studio.settings import load_studio
from studio.views.pages import CATALOGUE, EXERCISE_INDEX, render_site

log = logging.getLogger("mkdocs.hooks.studio")
SCHEMAS = ("program.schema.json", "exercises.schema.json", "program-download.schema.json")


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # `mkdocs serve` keeps this module loaded between rebuilds, so nothing is cached at module level.
    if not config.use_directory_urls:
        raise PluginError("mkdocs.yml: use_directory_urls must stay true; the programme pages link to /programs/<name>/")
    try:
        load_studio(config.extra, Path(config.config_file_path))
    except ContentError as error:
        raise PluginError(error.report()) from None
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    root = _root(config)
    try:
        catalog = load_catalog(root)
    except ContentError as error:
        raise PluginError(error.report()) from None
    for src, text in render_site(catalog).items():
        if files.get_file_from_path(src) is not None:
            raise PluginError(f"docs/{src} clashes with a generated page of the same address; rename or move it")
        in_nav = src in (CATALOGUE, EXERCISE_INDEX)
        inclusion = InclusionLevel.UNDEFINED if in_nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, src, content=text, inclusion=inclusion))
    studio = load_studio(config.extra, Path(config.config_file_path))  # already checked in on_config
    downloads = build_downloads(catalog, studio, config.site_url or "", cache_dir(root))
    for path, cached in downloads.files.items():
        files.append(File.generated(config, path, abs_src_path=str(cached)))
    log.info("studio: %s", downloads.summary())
    for name in SCHEMAS:
        files.append(File.generated(config, f"schemas/{name}", content=(root / "schemas" / name).read_bytes()))
    log.info("studio: %d programmes, %d exercises", len(catalog.programs), len(catalog.library.exercises))
    return files
