"""axe-core (from npm, see package.json) finds no WCAG 2.1 A/AA or best-practice violation on any kind of page,
in the light scheme on a desktop and the dark scheme in a phone-wide window.

The narrow window is a mouse-and-keyboard one (no touch emulation): WCAG's reflow case, a keyboard user
zoomed in. On touch screens Material leaves scrollable code blocks out of the tab order on purpose."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from pagetypes import PAGE_TYPES
from sitecopy import ROOT

pytestmark = pytest.mark.browser
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
LOOKS = {
    "light desktop": {"color_scheme": "light", "viewport": {"width": 1280, "height": 800}},
    "dark narrow": {"color_scheme": "dark", "viewport": {"width": 412, "height": 823}},
}


@pytest.fixture(scope="module")
def tabs(browser: Browser):
    if not AXE.is_file():
        pytest.fail("axe-core is missing: run `make node-modules` (npm ci from package-lock.json)")
    contexts = {look: browser.new_context(**options) for look, options in LOOKS.items()}
    for context in contexts.values():
        context.add_init_script(path=str(AXE))
    yield {look: context.new_page() for look, context in contexts.items()}
    for context in contexts.values():
        context.close()


def violations(page: Page) -> list[str]:
    found = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)["violations"]
    return [f"{v['id']} ({v['impact']}): {v['help']}: " + "; ".join(
        f"{node['target']} {node['failureSummary']}" for node in v["nodes"][:5]) for v in found]


@pytest.mark.parametrize("look", LOOKS)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_no_accessibility_violations(tabs, site_url: str, look: str, kind: str):
    page = tabs[look]
    page.goto(site_url + PAGE_TYPES[kind], wait_until="load")
    # Material makes code blocks that scroll focusable from a resize observer, just after load.
    page.wait_for_function("() => [...document.querySelectorAll('pre > code')]"
                           ".every(code => code.scrollWidth <= code.clientWidth || code.tabIndex >= 0)")
    assert violations(page) == []
