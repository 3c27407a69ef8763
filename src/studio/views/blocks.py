"""HTML blocks that go into owner-written pages: directives, calls to action, related programmes."""

from __future__ import annotations


from markupsafe import Markup

from ..directives import Directive, find_directives
from ..model import Program
from ..picker import picker_data
from ..site import Site
from ..styles import Style
from ..urls import program_url, relative_url
from . import labels
from .scriptdata import script_json
from .pages import environment

METHOD_PAGE = "guide/writing-an-article/#how-programme-figures-are-worked-out"
CATALOGUE_URL = "programs/"
COMPARE_PAGE = "programs/compare.md"
COMPARE_URL = "programs/compare/"
NOT_SURE = "not sure"
SESSIONS = [(n, str(n)) for n in range(1, 6)] + [(7, "6 or more")]
MINUTES = [(30, "Up to 30 minutes"), (45, "Up to 45 minutes"), (60, "Up to an hour"),
           (75, "Up to 75 minutes"), (240, "90 minutes or more")]
STYLE_ROWS = (
    ("Purpose", lambda s: s.purpose),
    ("Reps per set", lambda s: s.range_label),
    ("Typical load", lambda s: s.load),
    ("Rest between sets", lambda s: s.rest),
    ("Sets", lambda s: s.sets),
    ("What drives the change", lambda s: s.adaptation),
    ("Who it suits", lambda s: s.suits),
)


def percent(share: float) -> str:
    return f"{share:.0%}"


def money(amount: float) -> str:
    return f"£{amount:,.0f}" if float(amount).is_integer() else f"£{amount:,.2f}"


class BlockRenderer:
    """Renders the blocks of one site; `url` is always the URL of the page being built."""

    def __init__(self, site: Site):
        self.site = site
        self.env = environment()

    def _render(self, template: str, **context) -> str:
        return self.env.get_template(template).render(**context).strip()

    def directive(self, d: Directive, src: str, url: str) -> str:
        catalog = self.site.catalog
        if d.kind == "compare styles":
            styles = catalog.styles if d.items == ["all"] else [catalog.style(key) for key in d.items]
            return self.styles_table(styles)
        if d.kind == "compare programmes":
            return self.programs_table([catalog.program(slug) for slug in d.items], url)
        if d.kind == "call to action":
            return self.call_to_action(src, url, d.argument or None, anchor=f"cta-{d.line}")
        if d.kind == "pull quote":
            return self._render("_pull_quote.html.j2", text=d.argument)
        if d.kind == "prices":
            meta = self.site.pages[src].meta
            return self._render("_prices.html.j2", offers=meta.offers, service=meta.service, money=money)
        if d.kind == "programme picker":
            return self.picker(url)
        raise ValueError(f"no renderer for directive {d.kind!r}")  # pragma: no cover - directives.KINDS is closed

    def styles_table(self, styles: list[Style]) -> str:
        return self._render("_styles_table.html.j2", styles=styles, rows=STYLE_ROWS)

    def programs_table(self, programs: list[Program], url: str) -> str:
        catalog = self.site.catalog
        figures = [catalog.figures(p) for p in programs]
        rows: list[tuple[str, list | None]] = [
            ("Goal", [labels.goal_label(p) for p in programs]),
            ("Level", [p.level.capitalize() for p in programs]),
            ("Length", [labels.plural(p.weeks, "week") for p in programs]),
            ("Sessions a week", [p.sessions_per_week for p in programs]),
            ("Session length (planned)", [f"{p.session_minutes} min" for p in programs]),
            ("Session length (estimated)", [f"≈ {f.session_minutes} min" for f in figures]),
            ("Equipment", [labels.equipment_label(p.equipment) for p in programs]),
            ("Working sets a week", [f"{f.sets_per_week:g}" for f in figures]),
            ("Share of working sets", None),
        ]
        for style in catalog.goal_styles:
            rows.append((f"{style.name} ({style.range_label})", [percent(f.share(style)) for f in figures]))
        rows.append(("Outside these ranges", [percent(f.other_share) for f in figures]))
        rows.append(("Weekly sets per muscle group", None))
        muscles = [m for m in catalog.library.muscles if any(m in f.muscle_sets for f in figures)]
        for muscle in muscles:
            rows.append((muscle.capitalize(), [f"{f.muscle_sets.get(muscle, 0):g}" for f in figures]))
        return self._render("_programs_table.html.j2", programs=programs, rows=rows,
                            link=lambda p: relative_url(url, program_url(p.slug)),
                            method=relative_url(url, METHOD_PAGE))

    def call_to_action(self, src: str, url: str, chosen: str | None = None, anchor: str = "cta") -> str:
        shown = self.site.shown(self.site.call(src, chosen), url)
        return self._render("_cta.html.j2", shown=shown, anchor=anchor) if shown else ""

    def related(self, src: str, url: str) -> str:
        page = self.site.pages.get(src)
        if page is None or not page.meta.related:
            return ""
        programs = [self.site.catalog.program(slug) for slug in page.meta.related]
        return self._render("_related.html.j2", programs=programs, link=lambda p: relative_url(url, program_url(p.slug)),
                            labels=labels)

    def picker(self, url: str) -> str:
        """The questionnaire, with the programmes it scores embedded as JSON for picker.js."""
        site = self.site
        goals = [*labels.GOAL_LABELS.items(), (NOT_SURE, "Not sure yet")]
        data = picker_data(site.picker, site.catalog, lambda p: relative_url(url, program_url(p.slug)))
        data["goals"] = {key: label.lower() for key, label in goals}
        return self._render("_picker.html.j2", picker=site.picker, goals=goals, sessions=SESSIONS, minutes=MINUTES,
                            equipment=site.catalog.library.equipment, data=Markup(script_json(data)),
                            catalogue=relative_url(url, CATALOGUE_URL))

    def compare_page(self) -> str:
        """Markdown for /programs/compare/: every programme side by side; compare.js keeps the chosen columns."""
        programs = self.site.catalog.programs
        table = self.programs_table(programs, COMPARE_URL) if programs else ""
        return self._render("compare.md.j2", table=Markup(table), count=len(programs),
                            catalogue=relative_url(COMPARE_URL, CATALOGUE_URL)) + "\n"

    def end_of_page(self, src: str, url: str) -> str:
        """Related programmes, then the call to action: after the article and its references."""
        return "\n".join(block for block in (self.related(src, url), self.call_to_action(src, url)) if block)


def render_directives(markdown: str, render) -> str:
    """Replace each directive's line in a page body with its rendered HTML block.

    Directives are found again in the text MkDocs hands over, since MkDocs trims the body's
    leading blank lines; they were checked, with their file lines, before the build.
    """
    lines = markdown.split("\n")
    found, _ = find_directives(markdown, 0)
    for d in found:
        lines[d.line] = "\n" + str(Markup(render(d))) + "\n"
    return "\n".join(lines)
