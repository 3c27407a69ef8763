"""Choosing programmes in the catalogue and on the compare page, and comparing them from their JSON, in real Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Route, expect
from sitecopy import SITE

from studio import load_catalog
from studio.catalog import comparison_rows, program_cells
from studio.format import sets_text
from studio.presentation import FIGURES_NOTE, facts

pytestmark = pytest.mark.browser
CATALOG = load_catalog(SITE)
CHOSEN = ["dumbbell-full-body-ab", "hypertrophy-upper-lower", "peak-strength-block"]
# The article strength-vs-size.md compares these three with [[compare programmes: ...]], rendered at build time.
ARTICLE = "/blog/training-for-strength-vs-training-for-size/"
IN_ARTICLE = ["barbell-strength-foundations", "hypertrophy-upper-lower", "strength-and-size"]
ALL_SLUGS = [p.slug for p in CATALOG.programs]


@pytest.fixture
def catalogue(page: Page, site_url: str) -> Page:
    page.goto(f"{site_url}/programs/", wait_until="networkidle")
    expect(page.locator(".studio-card__compare").first).to_be_visible()
    return page


def json_requests(page: Page) -> list[str]:
    """The programme JSON files the page asks for from now on, by slug."""
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url.rsplit("/", 1)[-1].removesuffix(".json"))
            if "/programs/" in request.url and request.url.endswith(".json") else None)
    return asked


def tick(page: Page, slug: str) -> None:
    page.locator(f".studio-card:has(.studio-card__title a[href='{slug}/']) input[name=compare]").click()


def shown_columns(page: Page) -> list[str]:
    return page.locator("#compare-page thead th[data-slug]:visible").evaluate_all("els => els.map(e => e.dataset.slug)")


def table(page: Page, selector: str) -> list[tuple[str, list[str] | None]]:
    """(row label, cells) for every row of a comparison table; None for a heading row."""
    found = page.locator(selector).first.evaluate("""t => Array.from(t.tBodies[0].rows, r => [
        r.cells[0].textContent.trim(),
        r.cells[0].colSpan > 1 ? null : Array.from(r.cells).slice(1).map(c => c.textContent.trim())])""")
    return [(label, cells) for label, cells in found]


def expected(slugs: list[str]) -> list[tuple[str, list[str] | None]]:
    """The rows the build's own comparison table has for these programmes, in the catalogue's order."""
    programs = [p for p in CATALOG.programs if p.slug in slugs]
    found = comparison_rows([program_cells(CATALOG, p) for p in programs], CATALOG.library.muscles)
    return [(row.label, row.cells) for row in found]


def test_tick_three_in_the_catalogue_and_compare_them(catalogue: Page):
    go = catalogue.locator(".studio-compare-bar a.studio-compare-bar__go")
    expect(go).to_have_text("Compare programmes")
    expect(go).to_have_attribute("href", "compare/")
    tick(catalogue, CHOSEN[0])
    expect(catalogue.locator(".studio-compare-bar__status")).to_have_text("1 selected: pick at least 2")
    expect(go).to_have_attribute("href", "compare/")
    for slug in CHOSEN[1:]:
        tick(catalogue, slug)
    expect(catalogue.locator(".studio-compare-bar__status")).to_have_text("3 selected")
    expect(go).to_have_text("Compare 3")
    asked = json_requests(catalogue)
    go.click()
    catalogue.wait_for_url("**/programs/compare/?p=*")
    assert catalogue.url.endswith("?p=" + ",".join(CHOSEN))
    expect(catalogue.locator("#compare-page table")).to_be_visible()
    assert shown_columns(catalogue) == sorted(CHOSEN, key=lambda s: CATALOG.program(s).title.lower())
    assert sorted(asked) == sorted(CHOSEN)  # only the chosen programmes' files
    programs = [CATALOG.program(slug) for slug in CHOSEN]
    assert dict(table(catalogue, "#compare-page table"))["Working sets a week"] == [
        sets_text(CATALOG.figures(p).sets_per_week) for p in sorted(programs, key=lambda p: p.title.lower())]
    assert table(catalogue, "#compare-page table") == expected(CHOSEN)
    expect(catalogue.locator("#compare-note")).to_contain_text("Comparing 3 programmes")
    expect(catalogue.locator(f"#compare-list input[value='{CHOSEN[0]}']")).to_be_checked()


def test_the_table_reads_as_the_one_an_article_builds(page: Page, site_url: str):
    page.goto(site_url + ARTICLE, wait_until="networkidle")
    built = table(page, "table.studio-compare__table:has(caption:text-is('Programmes compared'))")
    page.goto(f"{site_url}/programs/compare/?p={','.join(reversed(IN_ARTICLE))}", wait_until="networkidle")
    expect(page.locator("#compare-page table")).to_be_visible()
    assert table(page, "#compare-page table") == built
    heads = page.locator("#compare-page thead th[data-slug] a")
    assert heads.all_inner_texts() == [CATALOG.program(s).title for s in IN_ARTICLE]
    assert heads.evaluate_all("els => els.map(a => a.getAttribute('href'))") == [f"../{s}/" for s in IN_ARTICLE]
    caption_and_note = page.locator("#compare-page caption, #compare-page .studio-compare__note")
    expect(caption_and_note).to_have_count(2)
    expect(page.locator("#compare-page .studio-compare__note")).to_have_text(FIGURES_NOTE)


def test_compare_two_and_change_the_choice_on_the_page(page: Page, site_url: str):
    asked = json_requests(page)
    page.goto(f"{site_url}/programs/compare/?p=move-well-first,strength-and-size", wait_until="networkidle")
    expect(page.locator("#compare-page table")).to_be_visible()
    assert shown_columns(page) == ["move-well-first", "strength-and-size"]
    assert table(page, "#compare-page table") == expected(["move-well-first", "strength-and-size"])
    assert sorted(asked) == ["move-well-first", "strength-and-size"]
    expect(page.locator("#compare-note")).to_contain_text("Comparing 2 programmes")
    page.locator("#compare-list input[value='peak-strength-block']").check()
    expect(page.locator("#compare-page thead th[data-slug]")).to_have_count(3)
    assert page.url.endswith("?p=move-well-first,strength-and-size,peak-strength-block")
    assert table(page, "#compare-page table") == expected(["move-well-first", "strength-and-size", "peak-strength-block"])
    expect(page.locator("#compare-note")).to_contain_text("Comparing 3 programmes")
    page.locator("#compare-list input[value='move-well-first']").uncheck()
    page.locator("#compare-list input[value='strength-and-size']").uncheck()
    expect(page.locator("#compare-page table")).to_have_count(0)
    assert page.url.endswith("/programs/compare/")
    expect(page.locator("#compare-note")).to_contain_text("Tick Compare on two to four programmes")
    assert asked.count("strength-and-size") == 1  # fetched once, kept


def test_a_failed_download_shows_a_message(page: Page, site_url: str):
    def refuse(route: Route) -> None:
        route.fulfill(status=503, body="")

    page.route("**/hypertrophy-upper-lower.json", refuse)
    page.goto(f"{site_url}/programs/compare/?p=move-well-first,hypertrophy-upper-lower", wait_until="networkidle")
    note = page.locator("#compare-note")
    expect(note).to_have_text("The figures for Hypertrophy Upper/Lower could not be loaded, so nothing is compared. "
                              "Check your connection, then reload the page or tick the programmes again.")
    expect(note).to_be_visible()
    expect(page.locator("#compare-page table")).to_have_count(0)
    page.unroute("**/hypertrophy-upper-lower.json")
    page.locator("#compare-list input[value='strength-and-size']").check()  # a new choice tries again
    expect(page.locator("#compare-page thead th[data-slug]")).to_have_count(3)
    expect(note).to_contain_text("Comparing 3 programmes")


def test_a_network_error_shows_the_message_too(page: Page, site_url: str):
    page.route("**/move-well-first.json", lambda route: route.abort())
    page.goto(f"{site_url}/programs/compare/?p=move-well-first,hypertrophy-upper-lower", wait_until="networkidle")
    expect(page.locator("#compare-note")).to_contain_text("The figures for Move Well First could not be loaded")


def test_more_than_four_are_refused(catalogue: Page):
    for slug in ALL_SLUGS[:4]:
        tick(catalogue, slug)
    tick(catalogue, ALL_SLUGS[4])
    expect(catalogue.locator(".studio-compare-bar__status")).to_have_text(
        "You can compare up to 4 programmes at once. Untick one to swap it.")
    expect(catalogue.locator(f".studio-card:has(a[href='{ALL_SLUGS[4]}/']) input[name=compare]")).not_to_be_checked()
    assert catalogue.locator(".studio-compare-bar__go").get_attribute("href").endswith("?p=" + ",".join(ALL_SLUGS[:4]))
    tick(catalogue, ALL_SLUGS[0])
    tick(catalogue, ALL_SLUGS[4])
    assert catalogue.locator(".studio-compare-bar__go").get_attribute("href").endswith("?p=" + ",".join(ALL_SLUGS[1:5]))


def test_more_than_four_are_refused_on_the_compare_page(page: Page, site_url: str):
    page.goto(f"{site_url}/programs/compare/?p={','.join(ALL_SLUGS[:4])}", wait_until="networkidle")
    expect(page.locator("#compare-page thead th[data-slug]")).to_have_count(4)
    page.locator(f"#compare-list input[value='{ALL_SLUGS[4]}']").click()
    expect(page.locator(f"#compare-list input[value='{ALL_SLUGS[4]}']")).not_to_be_checked()
    expect(page.locator("#compare-note")).to_have_text("You can compare up to 4 programmes at once. Untick one to swap it.")
    assert page.url.endswith("?p=" + ",".join(ALL_SLUGS[:4]))


@pytest.mark.parametrize("query", ["", "?p=", "?p=nope,peak-strength-block", "?p=peak-strength-block",
                                   "?p=" + ",".join(ALL_SLUGS[:5])])
def test_no_or_bad_choice_lists_every_programme_to_choose_from(page: Page, site_url: str, query: str):
    asked = json_requests(page)
    page.goto(f"{site_url}/programs/compare/{query}", wait_until="networkidle")
    listed = page.locator("#compare-list tbody tr:visible").evaluate_all("els => els.map(e => e.dataset.slug)")
    assert listed == ALL_SLUGS
    expect(page.locator("#compare-list input[name=compare]:checked")).to_have_count(0)
    expect(page.locator("#compare-page table")).to_have_count(0)
    assert asked == []
    note = page.locator("#compare-note")
    expect(note).to_be_visible()
    if query.strip("?p="):
        expect(note).to_have_text("That link does not name 2 to 4 of our programmes, so none are compared. "
                                  "Tick the ones you want in the list below.")
    else:
        expect(note).to_contain_text("Tick Compare on two to four programmes in the list below")


def test_without_javascript_both_pages_list_every_programme(browser, site_url: str):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/programs/")
    assert page.locator("input[name=compare]:visible, .studio-compare-bar:visible").count() == 0
    cards = page.locator("#program-list .studio-card:visible .studio-card__title a")
    assert cards.evaluate_all("els => els.map(a => a.getAttribute('href'))") == [f"{s}/" for s in ALL_SLUGS]
    page.goto(f"{site_url}/programs/compare/?p={','.join(CHOSEN)}")
    expect(page.locator(".studio-compare-page__note.studio-no-js-only")).to_have_text(
        "Seeing programmes side by side needs JavaScript, which is off in your browser. Every programme is listed "
        "below with its key facts; open one for its weekly volume and the rest of its figures.")
    expect(page.locator("#compare-note")).to_be_hidden()
    expect(page.locator("#compare-page")).to_be_hidden()
    assert page.locator("input[name=compare]:visible").count() == 0
    links = page.locator("#compare-list tbody tr:visible th a")
    assert links.evaluate_all("els => els.map(a => a.getAttribute('href'))") == [f"../{s}/" for s in ALL_SLUGS]
    first = page.locator("#compare-list tbody tr:visible").first.locator("td:visible").all_inner_texts()
    assert first == [value for _, value in facts(CATALOG.programs[0])]
    context.close()
