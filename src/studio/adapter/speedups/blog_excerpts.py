"""Two of Material's blog plugin's costs, cut without changing what it makes.

It renders a post's whole Markdown for every view that lists it; hand it the excerpt only. The views render
excerpts after on_env, so swapping each post's Markdown here changes nothing else: the post's own page was
rendered before. `studio.content.excerpts` says why the excerpts come out the same.
STUDIO_FULL_EXCERPTS=1 skips this (the build-identity test compares both).

It also asks `page in blog.posts` of every page, twice a build, and a list answers that by comparing the page
with each post, title and file (MkDocs' Page.__eq__): 100,000 comparisons a build at 350 pages and 150 posts.
And it copies each paginated view's source into its temporary folder on every build (69 files at 150 posts),
where the copy from the build before is nearly always the same.

And it works out each post's reading time from its HTML on every build: set here first (on_page_content, which
the blog plugin then leaves alone), kept by the HTML (render_memo.reading_time).

Each runs only while the speed-ups do (studio.adapter.state.STATE); the one swapped callable is installed by
`install` and taken out by `uninstall` (studio.adapter.speedups.switch).
"""

from __future__ import annotations

import filecmp
import os

from material.plugins.blog import plugin as blog_plugin
from material.plugins.blog.plugin import BlogPlugin
from material.plugins.blog.structure import Post
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import copy_file as _copy_file

from studio.adapter.compat import BLOG_EXCERPTS
from studio.adapter.speedups import render_memo
from studio.adapter.speedups.patching import Patches
from studio.adapter.state import STATE
from studio.content import excerpt_markdown

__all__ = [  # the MkDocs events handled, and what the switch and the tests use
    "on_env", "on_files", "on_page_content", "PATCHES", "Posts", "copy_if_changed", "install", "uninstall",
]


class Posts(list):
    """The blog's posts, answering `in` as a list does, without comparing a page that is not a post with each."""

    def __contains__(self, page) -> bool:
        # Page.__eq__ is never true of a post and a page that is not a Post.
        return isinstance(page, Post) and (any(post is page for post in self) or list.__contains__(self, page))


def copy_if_changed(source: str, destination: str) -> None:
    """MkDocs' copy_file, skipped when the destination already holds the same bytes."""
    if not (os.path.isfile(destination) and filecmp.cmp(source, destination, shallow=False)):
        _copy_file(source, destination)


PATCHES = Patches((blog_plugin, "copy_file", copy_if_changed))


def install() -> None:
    PATCHES.install()


def uninstall() -> None:
    PATCHES.uninstall()


def _blogs(config: MkDocsConfig) -> list[BlogPlugin]:
    return [plugin for plugin in config.plugins.values() if isinstance(plugin, BlogPlugin) and plugin.config.enabled]


@event_priority(-100)  # after the blog plugin's own (-50), which makes the list
def on_files(files: Files, config: MkDocsConfig) -> Files:
    if not STATE.runs(BLOG_EXCERPTS):
        return files
    for plugin in config.plugins.values():
        if isinstance(plugin, BlogPlugin) and plugin.config.enabled and not isinstance(plugin.blog.posts, Posts):
            plugin.blog.posts = Posts(plugin.blog.posts)
    return files


@event_priority(50)  # after the studio hook has put the finished blocks back (100), before the blog plugin (0)
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # What the blog plugin's own on_page_content does, with the time kept by the HTML: it skips a post whose
    # reading time is set, and so does this (one written in the front matter stays).
    if STATE.runs(BLOG_EXCERPTS) and isinstance(page, Post) and not page.config.readtime:
        for plugin in _blogs(config):
            if plugin.config.post_readtime and page in plugin.blog.posts:
                page.config.readtime = render_memo.reading_time(html, plugin.config.post_readtime_words_per_minute)
                break
    return html


def on_env(env, config: MkDocsConfig, files: Files):
    if not STATE.runs(BLOG_EXCERPTS) or STATE.options.full_excerpts:
        return env
    separators = {plugin.config.post_excerpt_separator for plugin in config.plugins.values()
                  if isinstance(plugin, BlogPlugin)}
    for file in files.documentation_pages():
        page = file.page
        if isinstance(page, Post) and page.excerpt is not None and page.markdown:
            for separator in separators:
                page.markdown = excerpt_markdown(page.markdown, separator)
    return env
