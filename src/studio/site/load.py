"""Everything a build publishes, loaded and checked together: programmes, styles, calls to action, pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from studio.caching import FIGURES, generator_fingerprint, kept_on_disk
from studio.catalog import Catalog, load_data_file, read_catalog
from studio.common import ContentError, Problem
from studio.content import (
    CALLS_FILE,
    NO_CALL,
    PICKER_FILE,
    TAGS_FILE,
    CallsFile,
    CallToAction,
    DocPage,
    Known,
    Picker,
    Shown,
    TagsFile,
    author_ids,
    check_calls,
    check_page,
    check_tags_file,
    load_picker,
    read_page,
    resolve_call,
    section_of,
    with_utm,
)
from studio.format import special_files
from studio.site.measuring import Measuring
from studio.site.settings import Studio

FIGURES_FILE = "figures.json"  # beside the downloads, which publishing carries between builds


@dataclass
class Site:
    catalog: Catalog
    calls: CallsFile
    pages: dict[str, DocPage]  # src under docs/ -> page
    studio: Studio
    site_url: str
    today: date
    picker: Picker | None = None  # data/picker.yml, needed only by pages with [[programme picker]]
    measuring: Measuring = field(default_factory=Measuring)  # extra.analytics and extra.consent in mkdocs.yml

    def call(self, src: str, chosen: str | None = None) -> CallToAction | None:
        """The page's call to action: the one named, the page's own, or its section's default."""
        page = self.pages.get(src)
        key = chosen or (page.meta.cta if page else None) or self.calls.defaults.get(section_of(src), NO_CALL)
        return None if key == NO_CALL else next(c for c in self.calls.calls_to_action if c.id == key)

    def shown(self, call: CallToAction | None, page_url: str) -> Shown | None:
        """The call as it reads today, its link tagged with where it was clicked."""
        if call is None:
            return None
        link = call.url or (getattr(self.studio.booking, call.booking) if call.booking else "")
        host = self.site_url.split("//", 1)[-1].split("/", 1)[0] or "website"
        return resolve_call(call, self.today, with_utm(link, call.id, page_url.strip("/") or "home", host))

    def is_scheduled(self, page: DocPage) -> bool:
        """An article dated after the build day: checked now, published by the daily rebuild on its day."""
        published, _ = page.dates
        return page.is_article and published is not None and published > self.today

    def scheduled(self) -> list[DocPage]:
        return [p for p in self.pages.values() if self.is_scheduled(p)]

    def articles_about(self, slug: str) -> list[DocPage]:
        found = [p for p in self.pages.values()
                 if p.is_article and slug in p.meta.related and not self.is_scheduled(p)]
        return sorted(found, key=lambda p: (p.meta.title or p.src).lower())


def load_site(root: Path, docs: Path, studio: Studio, site_url: str, today: date,
              sources: list[str] | None = None, cache: Path | None = None,
              measuring: Measuring | None = None) -> Site:
    """Load and check everything; raise ContentError listing every problem in every file.

    `sources` are the Markdown pages (relative to docs/) the site publishes; by default every *.md. `cache`: a
    folder to keep the programmes' figures in between builds (a build that finds them expands no plan).
    """
    # What could be read of the catalogue checks the pages' references even when it has problems.
    with kept_on_disk(cache and cache / FIGURES_FILE, generator_fingerprint(()), {"figures": FIGURES}):
        catalog, problems, readable = read_catalog(root)
    problems += special_files(root, docs) + special_files(root, root / "data")
    calls, found = load_data_file(root, CALLS_FILE, CallsFile, lambda calls, doc: check_calls(
        calls, doc, mailing_list=studio.mailing_list is not None), "calls-to-action")
    problems += found
    pages: dict[str, DocPage] = {}
    if sources is None:
        sources = [path.relative_to(docs).as_posix() for path in docs.rglob("*.md")]
    for src in sorted(sources):
        page, found = read_page(docs / src, src)
        problems += found
        if page is not None:
            pages[src] = page
    tags, found = load_data_file(root, TAGS_FILE, TagsFile, check_tags_file, None)
    problems += found
    if tags is None and not found:
        problems += [Problem(f"docs/{page.src}", page.line_of("tags"), "tags", f"tags come from the list in {TAGS_FILE}; "
                             "create it as the owner's guide shows") for page in pages.values() if page.meta.tags]
    picker, found = load_picker(root, readable.slugs, readable.equipment)
    problems += found
    if picker is None and not found:
        problems += [Problem(f"docs/{page.src}", d.line, "", f"[[programme picker]] needs its questions in {PICKER_FILE}; "
                             "create it as the owner's guide shows") for page in pages.values()
                     for d in page.directives if d.kind == "programme picker"]
    # Each id check runs when its file loaded, so one broken file doesn't hide the pages' other mistakes.
    known = Known(readable.slugs, readable.styles, {c.id for c in calls.calls_to_action} if calls else None,
                  author_ids(root))
    for page in pages.values():
        problems += check_page(page, known, tags.tags if tags else None)
    if problems:
        raise ContentError(problems)
    return Site(catalog, calls, pages, studio, site_url, today, picker, measuring or Measuring())

