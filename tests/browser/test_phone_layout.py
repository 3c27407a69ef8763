"""Pages on a phone-sized screen: day tables become one card per exercise, no page scrolls sideways (wide tables
scroll inside, their label column kept in view), and every text a reader sees, charts included, is at least 12 CSS
px."""

from __future__ import annotations

import pytest
from pagetypes import PAGE_TYPES
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser


def test_order_labels_float_beside_the_exercise_on_a_phone(browser: Browser, site_url: str):
    page = browser.new_page(viewport={"width": 375, "height": 740})
    # Boxes are measured, not waited for: the page must have settled (fonts, scripts), not merely loaded.
    page.goto(f"{site_url}/programs/barbell-strength-foundations/", wait_until="networkidle")
    label = page.locator(".studio-day .studio-table__label").first
    assert label.evaluate("el => getComputedStyle(el).float") == "left"
    # The label and the exercise name share a line, as on a card, instead of stacking.
    exercise = page.locator(".studio-day td[data-label='Exercise'] a").first
    label_box, exercise_box = label.bounding_box(), exercise.bounding_box()
    assert abs(label_box["y"] - exercise_box["y"]) < label_box["height"]
    assert exercise_box["x"] >= label_box["x"] + label_box["width"] - 1
    page.close()


def test_order_labels_stay_in_their_column_on_a_wide_screen(browser: Browser, site_url: str):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    # Boxes are measured, not waited for: the page must have settled (fonts, scripts), not merely loaded.
    page.goto(f"{site_url}/programs/barbell-strength-foundations/", wait_until="networkidle")
    label = page.locator(".studio-day .studio-table__label").first
    assert label.evaluate("el => getComputedStyle(el).float") == "none"
    assert label.evaluate("el => getComputedStyle(el).display") == "table-cell"
    page.close()


# ---------------------------------------------------------------- every page type, read on a 390 px phone

PHONE = {"width": 390, "height": 844}
SMALLEST = 12  # CSS px: the smallest text a person reads on a phone without zooming

# Every text a reader can see, with its rendered size: the computed font size, times the scale of any SVG it is
# drawn in (a chart's viewBox shrinks its text with the chart). Text that is not drawn is left out: hidden by
# display, visibility or opacity, or clipped to a screen reader's 1 px box. Closed <details> are opened first:
# what a click shows is read on the phone too.
TEXT_SIZES = """() => {
  const clipped = (el) => {
    for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
      const style = getComputedStyle(a), box = a.getBoundingClientRect();
      if (style.overflow !== "visible" && (box.width <= 1 || box.height <= 1)) return true;
      if (style.position === "absolute" && style.clip !== "auto" && box.width <= 1) return true;
    }
    return false;
  };
  const name = (el) => {
    const parts = [];
    for (let a = el; a && a !== document.body && parts.length < 4; a = a.parentElement) {
      parts.unshift(a.tagName.toLowerCase() + (a.id ? "#" + a.id : "")
                    + [...a.classList].map((c) => "." + c).join(""));
    }
    return parts.join(" > ");
  };
  const found = [], seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.data.trim() || !el || seen.has(el)) continue;
    seen.add(el);
    if (el.closest("script, style, noscript, template, title, desc")) continue;
    if (!el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}) || clipped(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) continue;
    let size = parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGElement) {
      const m = el.getScreenCTM();
      size *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
    }
    found.push({size: Math.round(size * 10) / 10, element: name(el), text: node.data.trim().slice(0, 30)});
  }
  return found;
}"""


@pytest.fixture(scope="module")
def phone(browser: Browser):
    context = browser.new_context(viewport=PHONE)
    yield context.new_page()
    context.close()


def sideways(page) -> str | None:
    width, inner = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
    return f"the page is {width} px wide in a {inner} px window, so it scrolls sideways" if width > inner else None


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_every_page_fits_a_phone_and_its_text_is_readable(phone, site_url: str, kind: str):
    address = PAGE_TYPES[kind]
    # Boxes are measured: the page must have settled (fonts, scripts), not merely loaded.
    response = phone.goto(site_url + address, wait_until="networkidle")
    assert response is not None and response.ok, f"{kind} page {address}: {response and response.status}"
    problems = [f"{kind} page {address}: {problem}" for problem in [sideways(phone)] if problem]
    phone.evaluate("() => document.querySelectorAll('details:not([open])').forEach((d) => { d.open = true; })")
    problems += [f"{kind} page {address}, details open: {problem}" for problem in [sideways(phone)] if problem]
    texts = phone.evaluate(TEXT_SIZES)
    assert texts, f"{kind} page {address}: no text found to measure"
    problems += [f"{kind} page {address}: {t['element']} \"{t['text']}\" is {t['size']} px, under {SMALLEST} px"
                 for t in texts if t["size"] < SMALLEST]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("kind", "table"), [("compare", "#compare-page .studio-compare__table"),
                                             ("programme", ".studio-weeks__table")])
def test_wide_tables_scroll_inside_with_their_label_column_kept_in_view(phone, site_url: str, kind: str, table: str):
    phone.goto(site_url + PAGE_TYPES[kind], wait_until="networkidle")
    wrap = phone.locator(table).first.locator("xpath=ancestor::*[contains(@class, 'studio-table-wrap') or "
                                              "contains(@class, 'studio-weeks')][1]")
    sizes = wrap.evaluate("el => [el.scrollWidth, el.clientWidth]")
    assert sizes[0] > sizes[1], f"{kind}: the table fits a phone ({sizes}), so nothing here scrolls"
    label = phone.locator(table).first.locator("tbody th[scope='row']").first
    before = label.bounding_box()
    wrap.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
    after = label.bounding_box()
    assert wrap.evaluate("el => el.scrollLeft") > 0
    assert abs(after["x"] - before["x"]) < 1, f"{kind}: the row labels moved from {before['x']} to {after['x']} px"
    assert sideways(phone) is None
