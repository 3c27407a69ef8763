"""A third-party booking form loads only when the reader asks for it, in real Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser
EMBED = "https://kestrel-strength.example/book/sports-massage/embed"
PAGE = "/services/sports-massage/"


@pytest.fixture
def booking_requests(page: Page) -> list[str]:
    """Every request to the booking host; answered locally, since nothing here reaches the internet."""
    seen: list[str] = []

    def answer(route):
        seen.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<p>Pick a time</p>")

    page.route("https://kestrel-strength.example/**", answer)
    return seen


def test_form_loads_only_after_the_click(page: Page, site_url: str, booking_requests: list[str]):
    page.goto(site_url + PAGE, wait_until="networkidle")
    card = page.locator(".studio-cta[data-cta=sports-massage]").last
    button = card.get_by_role("button", name="Show the booking form here")
    expect(button).to_be_visible()
    expect(card.locator("iframe")).to_have_count(0)
    assert booking_requests == []
    button.click()
    frame = card.locator("iframe.studio-embed__frame")
    expect(frame).to_have_attribute("src", EMBED)
    expect(page.frame_locator(".studio-cta[data-cta=sports-massage] iframe").last.locator("p")).to_have_text("Pick a time")
    assert booking_requests == [EMBED]
    expect(card.get_by_role("link", name="Book a sports massage")).to_be_visible()


def test_earlier_booking_consent_loads_it_straight_away(page: Page, site_url: str, booking_requests: list[str]):
    page.goto(site_url + PAGE, wait_until="networkidle")
    page.evaluate("() => __md_set('__consent', {booking: true})")
    page.reload(wait_until="networkidle")
    expect(page.locator(".studio-cta[data-cta=sports-massage] iframe").last).to_have_attribute("src", EMBED)


@pytest.mark.parametrize("javascript", [False])
def test_without_javascript_only_the_plain_link_shows(browser, site_url: str, javascript: bool):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(site_url + PAGE)
    card = page.locator(".studio-cta[data-cta=sports-massage]").last
    expect(card.get_by_role("link", name="Book a sports massage")).to_be_visible()
    expect(card.locator(".studio-embed")).to_be_hidden()
    context.close()
