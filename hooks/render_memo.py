"""For dirty builds only (`make serve`): keep between builds what MkDocs and the blog plugin would make again
from unchanged sources, keyed by everything each is made from: each page's Markdown render, each post's reading
time and front matter, and the theme's compiled templates. An unchanged page is read again in well under a
millisecond.

Installed by hooks/quick_rebuilds.py when MkDocs starts with --dirty. A render is kept by the page's kind,
address and final Markdown, the Markdown settings and the list of files links may point to; a kept render
gives the page the same HTML, table of contents, title and anchors, and logs again the warnings the render
logged (so --strict and the owner's console see them on every build, as without the memo).
"""

from __future__ import annotations

import hashlib
import json
import logging
from copy import deepcopy

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from material.plugins.blog import plugin as blog_plugin
from material.plugins.blog import structure as blog_structure
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

import yaml

from studio.memo import Memo

RENDERS = Memo("page renders")
READTIMES = Memo("reading times")
FRONT_MATTER = Memo("posts' front matter")
_original = {"render": Page.render, "readtime": blog_plugin.readtime, "yaml": blog_structure.yaml}
_files_key: dict[int, str] = {}  # id(files) -> digest of the addresses links can reach, for this build


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def install(dirty: bool) -> None:
    Page.render = _render if dirty else _original["render"]
    blog_plugin.readtime = _readtime if dirty else _original["readtime"]
    blog_structure.yaml = _KeptYaml() if dirty else _original["yaml"]


def start_build() -> None:
    for memo in (RENDERS, READTIMES, FRONT_MATTER):
        memo.sweep()
    _files_key.clear()


def summary() -> str:
    return "; ".join(memo.summary() for memo in (RENDERS, READTIMES, FRONT_MATTER))


def _render(page: Page, config, files: Files) -> None:
    key = (type(page).__name__, page.file.src_uri, page.file.url, page.markdown, _settings_key(config),
           _links_key(files))
    made: list[dict] = []
    kept = RENDERS.get(key, lambda: made.append(_render_now(page, config, files)) or made[0])
    # A copy of the table of contents: the blog plugin adds its excerpts' headings to a view's.
    page.content, page.toc, page._title_from_render = kept["content"], deepcopy(kept["toc"]), kept["title"]
    page.present_anchor_ids = set(kept["anchors"])
    if kept["links"] is not None:
        page.links_to_anchors = {files.get_file_from_path(src): dict(links) for src, links in kept["links"].items()}
    if not made:  # a kept render: say again what rendering it said
        for record in kept["records"]:
            logging.getLogger(record.name).handle(record)


def _render_now(page: Page, config, files: Files) -> dict:
    records = _Records()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(records)
    try:
        _original["render"](page, config, files)
    finally:
        logger.removeHandler(records)
    links = getattr(page, "links_to_anchors", None)
    kept = {"content": page.content, "toc": deepcopy(page.toc), "title": page._title_from_render,
            "anchors": frozenset(page.present_anchor_ids or ()), "records": records.records,
            "links": None if links is None else {file.src_uri: dict(anchors) for file, anchors in links.items()}}
    return kept


def _settings_key(config) -> str:
    return _hash([config["markdown_extensions"], config["mdx_configs"]])


def _links_key(files: Files) -> str:
    if id(files) not in _files_key:
        _files_key.clear()
        _files_key[id(files)] = _hash(sorted((f.src_uri, f.url, str(f.inclusion)) for f in files))
    return _files_key[id(files)]


class _Bytecode(BytecodeCache):
    """The theme's compiled templates, for the next build's new Jinja environment (checked against the source)."""

    def __init__(self) -> None:
        self.kept: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.kept:
            bucket.bytecode_from_string(self.kept[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.kept[bucket.key] = bucket.bytecode_to_string()


TEMPLATES = _Bytecode()


def keep_templates(env: Environment) -> None:
    env.bytecode_cache = TEMPLATES


class _KeptYaml:
    """The blog plugin reads every post's front matter again on every build, with PyYAML's pure-Python loader."""

    def __getattr__(self, name: str):
        return getattr(yaml, name)

    def load(self, stream, Loader):  # noqa: N803 (PyYAML's name)
        if not isinstance(stream, str):
            return yaml.load(stream, Loader)
        # A copy: plugins and hooks change a page's meta in place.
        return deepcopy(FRONT_MATTER.get((stream, Loader.__name__), lambda: yaml.load(stream, Loader)))


def _readtime(html: str, words_per_minute: int) -> int:
    return READTIMES.get((html, words_per_minute), lambda: _original["readtime"](html, words_per_minute))


def _hash(value: object) -> str:
    return hashlib.sha256(json.dumps(value, default=str, sort_keys=True).encode("utf-8")).hexdigest()
