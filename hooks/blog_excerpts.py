"""Material's blog plugin renders a post's whole Markdown for every view that lists it; hand it the excerpt only.

The views render excerpts after on_env, so swapping each post's Markdown here changes nothing else: the
post's own page was rendered before. `studio.excerpts` says why the excerpts come out the same.
Set STUDIO_FULL_EXCERPTS=1 to skip this (the build-identity test compares both).
"""

from __future__ import annotations

import os

from material.plugins.blog.plugin import BlogPlugin
from material.plugins.blog.structure import Post
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from studio.excerpts import excerpt_markdown

FULL = "STUDIO_FULL_EXCERPTS"


def on_env(env, config: MkDocsConfig, files: Files):
    if os.environ.get(FULL) == "1":
        return env
    separators = {plugin.config.post_excerpt_separator for plugin in config.plugins.values()
                  if isinstance(plugin, BlogPlugin)}
    for file in files.documentation_pages():
        page = file.page
        if isinstance(page, Post) and page.excerpt is not None and page.markdown:
            for separator in separators:
                page.markdown = excerpt_markdown(page.markdown, separator)
    return env
