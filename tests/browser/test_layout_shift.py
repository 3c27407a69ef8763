"""Pages with scripts render their first state as built: nothing moves when the scripts run (CLS 0)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser
SHIFT = """() => new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => list.getEntries().forEach(e => { if (!e.hadRecentInput) total += e.value; }))
    .observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 500);
})"""


@pytest.mark.parametrize("path", ["/programs/", "/programs/compare/?p=move-well-first,hypertrophy-upper-lower",
                                  "/which-programme/", "/programs/move-well-first/",
                                  "/programs/peak-strength-block/", "/services/sports-massage/"])
@pytest.mark.parametrize("width", [412, 1280])
def test_no_layout_shift_while_loading(browser: Browser, site_url: str, path: str, width: int):
    context = browser.new_context(viewport={"width": width, "height": 823})
    page = context.new_page()
    page.goto(site_url + path, wait_until="networkidle")
    assert page.evaluate(SHIFT) == 0
    context.close()
