"""The output side's one spine: the loaded site turned into everything a build publishes.

Generated pages, downloads, schemas, the feed, and the blocks and structured data that go into
owner-written pages all come from here, rendered with one Jinja environment. The MkDocs hook only
hands the results over.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from studio.caching import (
    CHECKED,
    EXERCISE_PAGES,
    FEED_HTML,
    FEEDS,
    LOADED,
    PAGES,
    TRAINING_VIEWS,
    generator_fingerprint,
    kept_on_disk,
)
from studio.downloads import FORMATS, build_downloads
from studio.downloads import Result as DownloadsResult
from studio.outputs import (
    FEED_PATH,
    MANIFEST_PATH,
    SCHEMAS,
    Card,
    Entry,
    absolute_html,
    atom_feed,
    build_cards,
    build_demonstrations,
    card_kind,
    card_path,
    icons,
    manifest,
    write_service_worker,
)
from studio.presentation import CATALOGUE, EXERCISE_INDEX, training_page
from studio.site import Site
from studio.views import (
    BlockRenderer,
    PageRenderer,
    Stash,
    environment,
    is_whole_block,
    page_jsonld,
    render_directives,
    script_json,
    training_search_text,
    training_view,
)

SCHEMAS_DIR = "schemas"
IN_NAV = (CATALOGUE, EXERCISE_INDEX)  # the generated pages the nav names; the rest are linked from them
PAGES_FILE = "pages.json"  # programme and exercise pages kept between builds, beside the downloads


@dataclass(frozen=True)
class Output:
    """One file for the site: generated text, or a file on disk (a cached download)."""

    path: str  # where it goes: a page's source path under docs/, or a site path
    content: str | bytes | None = None
    source: Path | None = None
    is_page: bool = False
    in_nav: bool = False


@dataclass(frozen=True)
class Published:
    """An owner page as the site generator published it: final address and what its plugins added."""

    src: str
    url: str  # absolute
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    content: str = ""  # its rendered HTML
    card: str = ""  # absolute address of its share card


@dataclass(frozen=True)
class Rendered:
    """Any page as the site generator rendered it, for its share card."""

    src: str
    url: str  # site-relative, as MkDocs gives it
    title: str  # as the theme shows it: HTML-escaped
    description: str | None  # likewise
    is_home: bool = False


class Renderer:
    """Everything one build of `site` publishes."""

    def __init__(self, site: Site):
        self.site = site
        env = environment()
        self.blocks = BlockRenderer(site, env)
        self.pages = PageRenderer(site, env, list(FORMATS), self.blocks)
        self.notes: list[str] = []  # what the build did, for the log
        self.stash = Stash()  # finished HTML blocks that MkDocs' Markdown does not need to parse again
        self._downloads: DownloadsResult | None = None

    def outputs(self, root: Path, cache: Path, *, background: bool = False) -> list[Output]:
        """Generated pages, every programme's downloads (from the cache) and the schemas. With `background`, the
        missing downloads are still being made on return: call finish_downloads() before reading them."""
        site = self.site
        # First, so that they are made beside the rest of the build; finish_downloads() waits for them.
        downloads = self._downloads = build_downloads(site.catalog, site.studio, site.site_url, cache,
                                                      today=site.today, background=background)
        demos = build_demonstrations(site.catalog.library.exercises, root, cache / "images")
        self.pages.demos = demos.demos
        # Programme and exercise pages are kept on disk beside the downloads, so a build after a clean clone reuses
        # them too.
        kept = {"pages": PAGES, "exercises": EXERCISE_PAGES, "training": TRAINING_VIEWS}
        with kept_on_disk(cache / PAGES_FILE, generator_fingerprint(("jinja2", "markupsafe")), kept):
            rendered = {**self.pages.render(), **self._training_views()}
            found = [Output(src, self._stash(src, text), is_page=True, in_nav=src in IN_NAV)
                     for src, text in rendered.items()]
        found += [Output(path, source=cached) for path, cached in downloads.files.items()]
        found += [Output(path, source=cached) for path, cached in demos.files.items()]
        found += self._app_files()
        found += [Output(f"{SCHEMAS_DIR}/{name}", (root / SCHEMAS_DIR / name).read_bytes()) for name in SCHEMAS]
        catalog = site.catalog
        self.notes = [downloads.summary(), demos.summary(), LOADED.summary(), CHECKED.summary(), PAGES.summary(),
                      EXERCISE_PAGES.summary(), TRAINING_VIEWS.summary(),
                      f"{len(catalog.programs)} programmes, {len(catalog.library.exercises)} exercises, "
                      f"{len(site.pages)} pages checked"]
        return found

    def _training_views(self) -> dict[str, str]:
        """Each programme's training view, /programs/<slug>/train/ (views/training.py)."""
        views = {}
        for program in self.site.catalog.programs:
            src = training_page(program.slug)
            views[src] = training_view(self.pages.env, self.site.catalog, program)
            self.pages.search_texts[src] = training_search_text(program)
        return views

    def _app_files(self) -> list[Output]:
        """The web app manifest and its icons (outputs/app.py)."""
        name = self.site.studio.name
        return [Output(MANIFEST_PATH, manifest(name, f"{name}: sample programmes to follow at the gym, with a "
                                                     "training log that stays on your device.")),
                *(Output(path, png) for path, png in icons(name).items())]

    def write_service_worker(self, site_dir: Path) -> Path:
        """sw.js, once every other file of the build is in `site_dir` (outputs/offline.py)."""
        return write_service_worker(site_dir)

    def pending_downloads(self) -> set[str]:
        """The site paths of the downloads outputs() named that are not in the cache yet."""
        downloads = self._downloads
        return set() if downloads is None else {path for path, cached in downloads.files.items() if not cached.is_file()}

    def finish_downloads(self) -> None:
        """Wait until every download outputs() named is in the cache."""
        if self._downloads is not None:
            self._downloads.wait()

    def _stash(self, src: str, text: str) -> str:
        # Every generated page's finished blocks skip Markdown: then an exercise page, which lists the programmes
        # that use it, keeps its Markdown render when a programme's summary changes. Pages without a search text
        # get their blocks back before the search index reads them (page_html).
        return self.stash.markdown(text, self.pages.search_texts.get(src, ""))

    def _directive(self, html: str) -> str:
        return self.stash.put(html) if is_whole_block(html.strip()) else html

    def page_markdown(self, src: str, markdown: str, url: str) -> str:
        """An owner page's Markdown with its directives rendered."""
        page = self.site.pages.get(src)
        if page is None or not page.directives:
            return markdown
        return render_directives(markdown, lambda d: self._directive(self.blocks.directive(d, src, url)))

    def page_html(self, src: str, content: str) -> str:
        """An owner page's HTML with its directives' blocks back: the reading time and the search index count
        them as before. Generated pages keep their placeholders, so search reads only their short text."""
        return content if src in self.pages.search_texts else self.stash.finish(content)

    def page_content(self, src: str, url: str, content: str) -> str:
        """A page's HTML with what follows it: related programmes and the call to action. The search index does
        not read them: on the 347-page bench site, "personal training" was found on 163 pages and "Related
        programmes" on 150, whatever each was about."""
        ending = self.blocks.end_of_page(src, url)
        return content + "\n" + self.stash.put(ending) if ending else content

    def finished(self, html: str) -> str:
        """A page's HTML, or a whole document, with the finished blocks back in place of their placeholders."""
        return self.stash.finish(html)

    def page_jsonld(self, src: str, url: str, authors: list[str], image: str | None = None) -> tuple[str, str] | None:
        """(JSON for a <script type="application/ld+json">, 'article' or 'page'), or None; `image`: the share card."""
        data = page_jsonld(self.site, src, url, authors, image)
        if data is None:
            return None
        return script_json(data), "article" if data["@type"] == "BlogPosting" else "page"

    def cards(self, site_name: str, site_description: str, pages: Iterable[Rendered],
              cache: Path) -> tuple[list[Output], dict[str, str]]:
        """Every page's share card (from the cache) and {page url: the card's absolute address}."""
        site_url = self.site.site_url or "/"
        host = site_url.split("//", 1)[-1].strip("/") or site_name
        wanted, addresses = {}, {}
        for page in pages:
            # The theme needs titles escaped; the card draws the text itself.
            title = site_name if page.is_home else html.unescape(page.title) or site_name
            description = html.unescape(page.description or site_description or "")
            path = card_path(page.url)
            wanted[path] = Card(title, description, card_kind(page.src), site_name, host)
            addresses[page.url] = site_url + path
        made = build_cards(wanted, cache / "cards")
        self.notes.append(made.summary())
        return [Output(path, source=cached) for path, cached in made.files.items()], addresses

    def in_feed(self, src: str) -> bool:
        """Whether the page is an article, which the feed carries whole."""
        doc = self.site.pages.get(src)
        return doc is not None and doc.is_article

    def feed(self, title: str, published: Iterable[Published]) -> tuple[str, bytes]:
        """The Atom feed of the articles, as (site path, bytes)."""
        entries = []
        for page in published:
            if not self.in_feed(page.src):
                continue
            doc = self.site.pages[page.src]
            first, updated = doc.dates
            entries.append(Entry(doc.meta.title, page.url, doc.meta.description, first, updated,
                                 page.authors, page.categories,
                                 FEED_HTML.get((page.content, page.url), lambda: absolute_html(page.content, page.url)),
                                 page.card))
        site_url = self.site.site_url or "/"
        return FEED_PATH, FEEDS.get((title, site_url, tuple(entries)), lambda: atom_feed(title, site_url, entries))
