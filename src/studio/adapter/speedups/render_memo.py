"""Keep what MkDocs and the blog plugin would make again from unchanged sources, keyed by everything each is made
from: each page's Markdown render, each post's excerpt as each blog view shows it and each post's reading time
(in memory between `mkdocs serve` rebuilds, and on disk beside the download cache between builds, as publishing
carries .cache/); each post's front matter, the theme's compiled templates and its list of files (in memory).

A render is keyed by the page's kind, address and final Markdown (directives already rendered into it), the
Markdown settings, the files links may point to, and the versions of MkDocs, Python-Markdown, its extensions
and Material. A kept render gives the page the same HTML, table of contents, title and anchors, and logs again
the warnings rendering logged, so --strict fails as it would. With the memo off (`extra.build.memo: false` or
STUDIO_NO_MEMO=1) everything is made afresh; the identity test builds both ways, warm and cold, and compares the
sites byte for byte.

Each swapped callable is an entry of studio.adapter.compat.PRIVATES: no MkDocs or Material event can skip a
render. What an event can do is done in one: the reading times (`reading_time`, from blog_excerpts' on_page_content)
and the theme's compiled templates (`TEMPLATES`, the environment's bytecode cache, set in quick_rebuilds' on_env).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import os
import platform
import sysconfig
from importlib.metadata import version
from pathlib import Path

import yaml
from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from material.plugins.blog import structure as blog_structure
from material.plugins.blog.readtime import readtime
from material.plugins.search import plugin as search_plugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

from studio.adapter.speedups.patching import Patches
from studio.adapter.state import STATE
from studio.caching import Memo, keeping, load_file, save_file, text_digest, write_atomically

__all__ = ["PATCHES", "TEMPLATES", "TEMPLATES_FILE", "install", "installed", "reading_time", "save", "start_build", "summary", "uninstall"]

RENDERS = Memo("page renders")
EXCERPTS = Memo("excerpt renders")
READTIMES = Memo("reading times")
FRONT_MATTER = Memo("posts' front matter")
THEME_FILES = Memo("theme file lists")
SEARCH_SECTIONS = Memo("search sections", builds=3)  # an edit undone after another file's save finds them too
FILE = "renders.json"
TEMPLATES_FILE = "templates.json"  # the theme's compiled templates (_Bytecode)
_ON_DISK = {"renders": RENDERS, "excerpts": EXCERPTS, "readtimes": READTIMES}
_original = {"render": Page.render, "excerpt": blog_structure.Excerpt.render, "yaml": blog_structure.yaml,
             "markdown": blog_structure.Markdown, "theme_files": Files.add_files_from_theme,
             "search": search_plugin.SearchIndex.add_entry_from_context}
_VERSIONS = [platform.python_version(), *(version(name) for name in
                                         ("mkdocs", "markdown", "pymdown-extensions", "mkdocs-material"))]
_TEMPLATE_VERSIONS = [platform.python_version(), version("jinja2")]  # compiled code is for one Python and Jinja
_build_keys: dict[str, str] = {}  # what every render of this build shares: settings and link targets


def install() -> None:
    """Swap in the keeping versions."""
    PATCHES.install()


def uninstall() -> None:
    """Put MkDocs' and Material's own back (a build with the speed-ups off)."""
    PATCHES.uninstall()


def installed() -> bool:
    return PATCHES.installed


def start_build(folder: Path) -> None:
    """Sweep the memory; on a process's first build, fill it from the file the last build left."""
    for memo in (*_ON_DISK.values(), FRONT_MATTER, THEME_FILES, SEARCH_SECTIONS):
        memo.sweep()
    _build_keys.clear()
    load_file(folder / FILE, _VERSIONS, _ON_DISK)
    TEMPLATES.start_build(folder / TEMPLATES_FILE)


def save(folder: Path) -> None:
    """Write what this build used, for the next build (after a clean clone: the cache publishing carries)."""
    save_file(folder / FILE, _VERSIONS, _ON_DISK)
    TEMPLATES.save(folder / TEMPLATES_FILE)


def summary() -> str:
    memos = "; ".join(memo.summary() for memo in (RENDERS, EXCERPTS, READTIMES, FRONT_MATTER, SEARCH_SECTIONS))
    return f"{memos}; {TEMPLATES.summary()}"


# --- Markdown renders --------------------------------------------------------------------------------

class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[list] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append([record.name, record.levelno, record.getMessage()])


def _kept(memo: Memo, key: str, render, result) -> dict | None:
    """The kept result for `key`, or None after calling `render()` and keeping `result()` with what it logged."""
    made: list[dict] = []

    def make() -> dict:
        records = _Records()
        logger = logging.getLogger("mkdocs")
        logger.addHandler(records)
        try:
            render()
        finally:
            logger.removeHandler(records)
        made.append({**result(), "records": records.records})
        return made[0]

    kept = memo.get(key, make)
    if made:
        return None
    for name, level, message in kept["records"]:  # say again what rendering said
        logging.getLogger(name).log(level, "%s", message)
    return kept


def _render(page: Page, config, files: Files) -> None:
    key = _hash([type(page).__name__, page.file.src_uri, page.file.url, text_digest(page.markdown), _build_key(config, files)])
    kept = _kept(RENDERS, key, lambda: _original["render"](page, config, files), lambda: _render_result(page))
    if kept is None:
        return
    # A new table of contents each time: the blog plugin adds its excerpts' headings to a view's.
    page.content, page.toc, page._title_from_render = kept["content"], _toc(kept["toc"]), kept["title"]
    page.present_anchor_ids = set(kept["anchors"])
    if kept["links"] is not None:
        page.links_to_anchors = {files.get_file_from_path(src): dict(links) for src, links in kept["links"].items()}


def _render_result(page: Page) -> dict:
    links = getattr(page, "links_to_anchors", None)
    return {"content": page.content, "toc": _toc_data(page.toc), "title": page._title_from_render,
            "anchors": sorted(page.present_anchor_ids or ()),
            "links": None if links is None else {file.src_uri: dict(anchors) for file, anchors in links.items()}}


def _render_excerpt(excerpt, page: Page, separator: str) -> None:
    """Material's Excerpt.render: a post's excerpt rendered for one blog view (its links are relative to it)."""
    post = excerpt.post
    markdown = post.markdown if post._title_from_render else "\n\n".join([f"# {post.title}", post.markdown])
    if "build" not in _build_keys:  # no page was rendered this build: nothing to key links by
        return _render_excerpt_afresh(excerpt, page, separator)
    key = _hash([post.file.src_uri, post.url, page.url, text_digest(markdown), separator, _build_keys["build"]])
    kept = _kept(EXCERPTS, key, lambda: _render_excerpt_afresh(excerpt, page, separator),
                 lambda: {"content": excerpt.content, "more": excerpt.more, "toc": _toc_data(excerpt.toc)})
    if kept is not None:
        excerpt.markdown, excerpt.content, excerpt.more = markdown, kept["content"], kept["more"]
        excerpt.toc = _toc(kept["toc"])


def _render_excerpt_afresh(excerpt, page: Page, separator: str) -> None:
    if isinstance(excerpt.md, _DeferredMarkdown):
        excerpt.md = excerpt.md.made()
    _original["excerpt"](excerpt, page, separator)


class _DeferredMarkdown:
    """What an excerpt is given in place of its own Python-Markdown (the blog plugin makes one per post on every
    build, a third of a serve rebuild's time at 150 posts): made only when the excerpt is rendered afresh."""

    def __init__(self, **settings) -> None:
        self.settings = settings
        self.treeprocessors = _Registrations()

    def made(self):
        md = _original["markdown"](**self.settings)
        for args in self.treeprocessors.added:
            md.treeprocessors.register(*args)
        return md


class _Registrations:
    def __init__(self) -> None:
        self.added: list[tuple] = []

    def register(self, item, name: str, priority: float) -> None:
        self.added.append((item, name, priority))


def _build_key(config, files: Files) -> str:
    # Links are resolved against the files; the set only changes when a page is added, removed or renamed.
    if "build" not in _build_keys:
        _build_keys["build"] = _hash([_VERSIONS, config["markdown_extensions"], config["mdx_configs"],
                                      config["validation"], sorted((f.src_uri, f.url, str(f.inclusion)) for f in files)])
    return _build_keys["build"]


def _toc_data(items) -> list:
    return [[item.title, item.id, item.level, _toc_data(item.children)] for item in items]


def _toc(data: list) -> TableOfContents:
    return TableOfContents(_anchors(data))


def _anchors(data: list) -> list[AnchorLink]:
    links = []
    for title, id, level, children in data:
        link = AnchorLink(title, id, level)
        link.children = _anchors(children)
        links.append(link)
    return links


# --- the search index ----------------------------------------------------------------------------------

def _add_search_entries(index, page: Page) -> None:
    """Material's SearchIndex.add_entry_from_context, with each page's sections kept by its HTML under serve: a
    saved programme changes the exercise pages and articles that list it, but not what their search entries read.
    Kept only where a later build of this process can use them (STATE.dirty: quick rebuilds). A one-off build does
    not keep them (23 MB of its peak at 1,000 programmes, for nothing)."""
    if (page.meta.get("search") or {}).get("exclude"):
        return
    content = page.content
    sections = (SEARCH_SECTIONS.get(text_digest(content), lambda: _search_sections(content)) if STATE.dirty
                else _search_sections(content))
    for tag, id, title, text in sections:
        section = search_plugin.Section(search_plugin.Element(tag))
        section.id, section.title, section.text = id, list(title), list(text)
        index.create_entry_for_section(section, page.toc, page.url, page)


def _search_sections(content: str) -> tuple:
    parser = search_plugin.Parser()
    parser.feed(content)
    parser.close()
    return tuple((section.el.tag, section.id, tuple(section.title), tuple(section.text))
                 for section in parser.data if not section.is_excluded())


# --- the blog plugin: reading times and front matter --------------------------------------------------

def reading_time(html: str, words_per_minute: int) -> int:
    """Material's reading time of a post's HTML (material.plugins.blog.readtime), kept by the HTML."""
    return READTIMES.get(_hash([text_digest(html), words_per_minute]), lambda: readtime(html, words_per_minute))


class _KeptYaml:
    """The blog plugin reads every post's front matter on every build, with PyYAML's pure-Python loader: read it
    with the same loader's C twin (libyaml, in PyYAML's wheels), once per text per process."""

    def __getattr__(self, name: str):
        return getattr(yaml, name)

    def load(self, stream, Loader):  # noqa: N803 (PyYAML's name)
        if not isinstance(stream, str) or not keeping():
            return yaml.load(stream, Loader)
        fast = yaml.CSafeLoader if Loader is yaml.SafeLoader and yaml.__with_libyaml__ else Loader
        # A copy: plugins and hooks change a page's meta in place.
        return _copy(FRONT_MATTER.get((stream, Loader.__name__), lambda: yaml.load(stream, fast)))


def _copy(value):
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


# --- the theme's compiled templates ---------------------------------------------------------------------

class _Bytecode(BytecodeCache):
    """The theme's compiled templates, for the next build's new Jinja environment: in memory between serve's
    builds, and on disk beside the renders between processes (compiling Material's 70-odd templates cost 0.5-0.8 s of
    every fresh process's build). Jinja checks each against its source's checksum before using it, and the
    environment's settings (extensions, autoescape, delimiters) are part of every key: code compiled under other
    settings is never used."""

    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}
        self.used: dict[str, bytes] = {}  # what this build loaded or compiled: what the file keeps
        self.made = 0
        self.settings = ""
        self._loaded: Path | None = None

    def use(self, env: Environment) -> None:
        """Key what follows by `env`'s settings (on_env, before any template of the build is loaded)."""
        self.settings = _hash([sorted(env.extensions), getattr(env.autoescape, "__qualname__", env.autoescape),
                               env.block_start_string, env.block_end_string, env.variable_start_string,
                               env.variable_end_string, env.comment_start_string, env.comment_end_string,
                               env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks,
                               env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline, env.optimized])

    def start_build(self, path: Path) -> None:
        self.used, self.made = {}, 0
        if self._loaded == path or not keeping():
            return
        self._loaded = path
        try:
            kept = json.loads(path.read_text(encoding="utf-8"))
            if kept["fingerprint"] == _TEMPLATE_VERSIONS:
                self.kept.update((key, base64.b64decode(code)) for key, code in kept["values"].items()
                                 if key not in self.kept)
        except (OSError, ValueError, KeyError, TypeError, AttributeError, binascii.Error):
            pass  # no file yet, a broken one, or one from other code: the templates are compiled afresh

    def load_bytecode(self, bucket: Bucket) -> None:
        key = f"{self.settings}:{bucket.key}"
        if key in self.kept:
            bucket.bytecode_from_string(self.kept[key])  # Jinja drops it if the source's checksum differs
            if bucket.code is not None:
                self.used[key] = self.kept[key]

    def dump_bytecode(self, bucket: Bucket) -> None:
        key = f"{self.settings}:{bucket.key}"
        self.kept[key] = self.used[key] = bucket.bytecode_to_string()
        self.made += 1

    def summary(self) -> str:
        return f"theme templates: {self.made} compiled, {len(self.used) - self.made} kept"

    def save(self, path: Path) -> None:
        """Write this build's templates when it compiled any (or there is no file yet)."""
        if not self.used or (not self.made and path.is_file()):
            return
        text = json.dumps({"fingerprint": _TEMPLATE_VERSIONS,
                           "values": {key: base64.b64encode(code).decode("ascii") for key, code in self.used.items()}})
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))


TEMPLATES = _Bytecode()  # set as the theme's environment's bytecode_cache in on_env (quick_rebuilds.py)


# --- the theme's files ------------------------------------------------------------------------------------

_INSTALLED = tuple({os.path.realpath(sysconfig.get_paths()[k]) + os.sep for k in ("purelib", "platlib")})


def _add_files_from_theme(files: Files, env: Environment, config) -> None:
    # MkDocs lists and filters every file in the theme's folders on each build: Material's 14,000 icons cost
    # 0.05 s of a serve rebuild. The installed theme does not change while a process runs, so the list is kept,
    # keyed by the folders, the theme's static templates and what the others (overrides/) hold now.
    dirs = tuple(config.theme.dirs)
    key = (dirs, tuple(sorted(config.theme.static_templates)),
           tuple(_listing(folder) for folder in dirs if not os.path.realpath(folder).startswith(_INSTALLED)))
    for path, folder in THEME_FILES.get(key, lambda: _theme_files(env, config)):
        if files.get_file_from_path(path) is None:  # a file in docs/ wins, as in MkDocs
            files.append(File(path, folder, config.site_dir, config.use_directory_urls))


def _theme_files(env: Environment, config) -> tuple[tuple[str, str], ...]:
    """(path, theme folder) of each file MkDocs copies from the theme, as it lists them."""
    found = Files([])
    _original["theme_files"](found, env, config)
    return tuple((file.src_uri, file.src_dir) for file in found)


def _listing(folder: str) -> tuple[str, ...]:
    return tuple(sorted(os.path.relpath(os.path.join(top, name), folder)
                        for top, _, names in os.walk(folder, followlinks=True) for name in names))


def _hash(value: object) -> str:
    return hashlib.sha256(json.dumps(value, default=_name, sort_keys=True).encode("utf-8")).hexdigest()


def _name(value: object) -> str:
    # A function in the Markdown settings (a custom fence's formatter) by its name: its repr has an address.
    if callable(value) and hasattr(value, "__qualname__"):
        return f"{getattr(value, '__module__', '')}.{value.__qualname__}"
    return str(value)


PATCHES = Patches(
    (Page, "render", _render),
    (blog_structure.Excerpt, "render", _render_excerpt),
    (blog_structure, "yaml", _KeptYaml()),
    (blog_structure, "Markdown", _DeferredMarkdown),
    (Files, "add_files_from_theme", _add_files_from_theme),
    (search_plugin.SearchIndex, "add_entry_from_context", _add_search_entries),
)
