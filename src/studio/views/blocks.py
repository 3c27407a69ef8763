"""HTML blocks that go into owner-written pages: directives, calls to action, related programmes."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import astuple

from jinja2 import Environment
from markupsafe import Markup

from studio.caching import CALLS, DIRECTIVES, QUOTES, RELATED, STYLE_TABLES, TABLES, Memo, text_digest
from studio.catalog import Cell, comparison_rows, empty_comparison_rows, program_cells
from studio.content import GOAL_ANSWERS, KINDS, MINUTES, SESSIONS, Directive, find_directives, picker_page
from studio.format import Program
from studio.presentation import CATALOGUE_URL, PRIVACY_PAGE, PRIVACY_URL, program_url, relative_url
from studio.site import Site
from studio.views.scriptdata import script_json

STYLE_ROWS = (
    ("Purpose", lambda s: s.purpose),
    ("Reps per set", lambda s: s.range_label),
    ("Typical load", lambda s: s.load),
    ("Rest between sets", lambda s: s.rest),
    ("Sets", lambda s: s.sets),
    ("What drives the change", lambda s: s.adaptation),
    ("Who it suits", lambda s: s.suits),
)


def money(amount: float) -> str:
    return f"£{amount:,.0f}" if float(amount).is_integer() else f"£{amount:,.2f}"


class BlockRenderer:
    """Renders the blocks of one site; `url` is always the URL of the page being built."""

    def __init__(self, site: Site, env: Environment):
        self.site = site
        self.env = env
        self._columns: dict[str, tuple[list[Cell], str]] = {}  # by programme slug

    def _render(self, template: str, **context) -> str:
        return self.env.get_template(template).render(**context).strip()

    def directive(self, d: Directive, src: str, url: str) -> str:
        return KINDS[d.kind].render(self, d, src, url)

    def compare_styles(self, keys: list[str]) -> str:
        catalog = self.site.catalog
        styles = catalog.styles if keys == ["all"] else [catalog.style(key) for key in keys]
        make = lambda: self._render("_styles_table.html.j2", styles=styles, rows=STYLE_ROWS)  # noqa: E731
        # The styles file's text is in the shared digest; the table has no links, so any page can share it.
        return STYLE_TABLES.get((tuple(keys), catalog.shared_digest), make) if catalog.shared_digest else make()

    def compare_programmes(self, slugs: list[str], url: str) -> str:
        programs = [self.site.catalog.program(slug) for slug in slugs]
        # Kept by what the table shows: an edit to a programme's summary or notes leaves the tables as they were
        # (37 of them on the bench site, 0.03-0.05 s of every such save).
        shown = (url, tuple(self.site.catalog.library.muscles),
                 tuple((p.slug, p.title, self._column(p)[1]) for p in programs))
        return TABLES.get(shown, lambda: self.programs_table(programs, url))

    def _column(self, program: Program) -> tuple[list[Cell], str]:
        """A programme's cells in the compare table, and their digest."""
        if program.slug not in self._columns:
            cells = program_cells(self.site.catalog, program)
            self._columns[program.slug] = cells, text_digest(json.dumps([astuple(cell) for cell in cells]))
        return self._columns[program.slug]

    def pull_quote(self, text: str) -> str:
        return QUOTES.get(text, lambda: self._render("_pull_quote.html.j2", text=text))

    def prices(self, src: str) -> str:
        meta = self.site.pages[src].meta
        return self._render("_prices.html.j2", offers=meta.offers, service=meta.service, money=money)

    def programs_table(self, programs: list[Program], url: str, *, empty: bool = False) -> str:
        """The programmes side by side; `empty`: no columns but a row for every figure they have, for the
        compare page to fill in the browser from their JSON downloads."""
        columns = [self._column(p)[0] for p in programs]
        rows = (empty_comparison_rows if empty else comparison_rows)(columns, self.site.catalog.library.muscles)
        return self._render("_programs_table.html.j2", programs=[] if empty else programs, rows=rows,
                            link=lambda p: relative_url(url, program_url(p.slug)))

    def call_to_action(self, src: str, url: str, chosen: str | None = None, anchor: str = "cta") -> str:
        shown = self.site.shown(self.site.call(src, chosen), url)
        if not shown:
            return ""
        # Every page ends with one; the wording and the link tagged with the page name it all. A sign-up form has
        # no link to tag, but links the privacy page from where it is.
        privacy = relative_url(url, PRIVACY_URL) if shown.signup else ""
        mailing_list, studio = self.site.studio.mailing_list, self.site.studio.name
        return CALLS.get((shown, anchor, privacy, mailing_list, studio), lambda: self._render(
            "_cta.html.j2", shown=shown, anchor=anchor, privacy=privacy, mailing_list=mailing_list, studio=studio))

    def related(self, src: str, url: str) -> str:
        page = self.site.pages.get(src)
        if page is None or not page.meta.related:
            return ""
        programs = [self.site.catalog.program(slug) for slug in page.meta.related]
        return self._kept(RELATED, programs, url, lambda: self._render(
            "_related.html.j2", programs=programs, link=lambda p: relative_url(url, program_url(p.slug))))

    def _kept(self, memo: Memo, programs: list[Program], url: str, make: Callable[[], str]) -> str:
        """A block about `programs` on the page at `url`, kept by the programmes' page keys (made afresh when
        one is unknown)."""
        keys = tuple(self.site.catalog.page_key(p) for p in programs)
        return make() if None in keys else memo.get((keys, url), make)

    def picker(self, url: str) -> str:
        """The questions worth asking, with the table picker.js adds up embedded as JSON, and the best start
        for each goal and level for readers without JavaScript."""
        site = self.site
        page = picker_page(site.picker, site.catalog, lambda p: relative_url(url, program_url(p.slug)))
        asked = {q.name for q in page.questions}
        by_slug = {p["slug"]: p for p in page.data["programs"]}
        return self._render("_picker.html.j2", picker=site.picker, page=page, asked=asked, goals=dict(GOAL_ANSWERS),
                            sessions=SESSIONS, minutes=MINUTES, kit=[q.tick for q in page.questions if q.tick],
                            small_kit=[s.kit for s in site.picker.small_kit], data=Markup(script_json(page.data)),
                            first=by_slug.get(site.picker.if_not_ready), catalogue=relative_url(url, CATALOGUE_URL))

    def end_of_page(self, src: str, url: str) -> str:
        """Related programmes, then the call to action: after the article and its references. The privacy page
        has neither: it is no place to sell."""
        if src == PRIVACY_PAGE:
            return ""
        return "\n".join(block for block in (self.related(src, url), self.call_to_action(src, url)) if block)


def render_directives(markdown: str, render) -> str:
    """Replace each directive's line in a page body with its rendered HTML block.

    Directives are found again in the text MkDocs hands over, since MkDocs trims the body's
    leading blank lines; they were checked, with their file lines, before the build.
    """
    lines = markdown.split("\n")
    found = DIRECTIVES.get(markdown, lambda: find_directives(markdown, 0)[0])
    for d in found:
        lines[d.line] = "\n" + str(Markup(render(d))) + "\n"
    return "\n".join(lines)
