"""The sign-up form and consent-first measurement in real Chromium, against local stand-ins: a mailing-list provider
(Buttondown's form address) and Plausible (its script and its event address), both on a loopback port of their own.

Nothing here reaches the internet: the site's copy is built with the stand-ins' addresses in mkdocs.yml."""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

import pytest
from leads import CONSENT, turn_on
from playwright.sync_api import Browser, Page, expect

from sitecopy import ROOT, copy_site, run_build

pytestmark = pytest.mark.browser
# Programmes end with the pre-sale call, a sign-up form before it opens; this one has the load calculator too.
PROGRAMME = "/programs/barbell-strength-foundations/"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]

# Plausible's script as far as the site uses it: the queue, custom events with props and a callback, sent as JSON
# text to /api/event beside the script, as the real one does.
STAND_IN_SCRIPT = """(function () {
  var me = document.currentScript, api = new URL(me.src).origin + "/api/event";
  var queued = (window.plausible && window.plausible.q) || [];
  function plausible(name, options) {
    options = options || {};
    var body = JSON.stringify({n: name, d: me.getAttribute("data-domain"), u: location.href, p: options.props || {}});
    var done = function () { if (options.callback) options.callback(); };
    fetch(api, {method: "POST", body: body, keepalive: true}).then(done, done);
  }
  window.plausible = plausible;
  plausible("pageview");
  queued.forEach(function (args) { plausible.apply(null, args); });
})();"""


class StandIn(http.server.BaseHTTPRequestHandler):
    """Records every request: (method, path, body)."""

    seen: list = []

    def log_message(self, *args):
        pass

    def _answer(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.seen.append(("GET", self.path, ""))
        if self.path == "/js/script.js":
            self._answer(200, "text/javascript", STAND_IN_SCRIPT.encode())
        else:
            self._answer(404, "text/plain", b"not here")

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        self.seen.append(("POST", self.path, body))
        self._answer(200, "text/html; charset=utf-8", b"<!doctype html><title>Thanks</title><p>Check your inbox</p>")


@contextlib.contextmanager
def stand_in() -> Iterator[tuple[str, list]]:
    handler = type("Handler", (StandIn,), {"seen": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.seen
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def provider():
    with stand_in() as found:
        yield found


@pytest.fixture(scope="module")
def leads_url(tmp_path_factory, serve_site, provider):
    """A copy of the test site with the sign-up form, Plausible and the consent dialog, pointing at the stand-in."""
    origin, _ = provider
    root = turn_on(copy_site(tmp_path_factory.mktemp("leads-site")),
                   address=f"{origin}/api/emails/embed-subscribe/kestrel",
                   analytics={"provider": "plausible", "domain": "kestrel-strength.example",
                              "src": f"{origin}/js/script.js"}, consent=CONSENT)
    build = run_build(root)
    assert build.returncode == 0, build.output
    with serve_site(build.site) as url:
        yield url


def requests_of(page: Page) -> list[str]:
    found: list[str] = []
    page.on("request", lambda request: found.append(request.url))
    return found


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.mark.parametrize("javascript", [True, False], ids=["with JavaScript", "without JavaScript"])
def test_the_form_sends_the_email_and_the_list_to_the_provider(browser: Browser, leads_url, provider, javascript):
    origin, seen = provider
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(leads_url + PROGRAMME, wait_until="networkidle")
    if javascript:  # Material's consent dialog comes first; saying no must not stop a sign-up
        page.get_by_role("button", name="Reject").click()
        page.wait_for_load_state("networkidle")
    before = len(seen)
    form = page.locator(".studio-cta[data-cta=coaching-presale] form.studio-signup")
    form.get_by_label("Your email address").fill("reader@example.com")
    with page.expect_navigation():
        form.get_by_role("button", name="Tell me when it opens").click()
    expect(page.locator("p")).to_have_text("Check your inbox")
    assert page.url == f"{origin}/api/emails/embed-subscribe/kestrel"
    posted = [(method, path, dict(parse_qsl(body))) for method, path, body in seen[before:] if method == "POST"]
    # Buttondown's form names the list in its address; its fields are the email and embed=1.
    assert posted == [("POST", "/api/emails/embed-subscribe/kestrel", {"email": "reader@example.com", "embed": "1"})]
    context.close()


def test_nothing_leaves_for_another_host_before_consent(page: Page, leads_url, provider):
    origin, seen = provider
    requested = requests_of(page)
    before = len(seen)
    page.goto(leads_url + PROGRAMME, wait_until="networkidle")
    expect(page.locator("#__consent .md-consent__inner")).to_be_visible()
    # Use the page as a reader would, without answering the dialog: nothing may go out for any of it.
    page.locator("#studio-calculator input[type=number]").first.fill("100", force=True)
    page.wait_for_load_state("networkidle")
    assert requested and {origin_of(url) for url in requested} == {leads_url}
    assert seen[before:] == []
    assert page.evaluate("() => typeof window.plausible") == "undefined"
    assert not any("measure.js" in url for url in requested)


def test_after_consent_analytics_loads_and_a_download_click_sends_its_event(page: Page, leads_url, provider):
    origin, seen = provider
    requested = requests_of(page)
    page.goto(leads_url + PROGRAMME, wait_until="networkidle")
    with page.expect_navigation():
        page.get_by_role("button", name="Accept").click()
    page.wait_for_load_state("networkidle")
    assert f"{origin}/js/script.js" in requested
    assert any(url.endswith("/assets/measure.js") for url in requested)
    page.wait_for_function("() => typeof window.plausible === 'function'")
    before = len(seen)
    with page.expect_download():
        page.locator(".studio-downloads a[href$='.pdf']").click()
    events = wait_for_events(page, seen, before, 1)
    assert events == [{"n": "Download", "d": "kestrel-strength.example", "u": leads_url + PROGRAMME,
                       "p": {"format": "pdf", "programme": "barbell-strength-foundations"}}]


def test_after_consent_a_signup_sends_its_event_then_the_form(page: Page, leads_url, provider):
    origin, seen = provider
    page.goto(leads_url + PROGRAMME, wait_until="networkidle")
    with page.expect_navigation():
        page.get_by_role("button", name="Accept").click()
    page.wait_for_function("() => typeof window.plausible === 'function'")
    before = len(seen)
    form = page.locator(".studio-cta[data-cta=coaching-presale] form.studio-signup")
    form.get_by_label("Your email address").fill("reader@example.com")
    with page.expect_navigation(url=f"{origin}/api/emails/embed-subscribe/kestrel"):
        form.get_by_role("button", name="Tell me when it opens").click()
    posted = [(method, path) for method, path, _ in seen[before:] if method == "POST"]
    assert posted == [("POST", "/api/event"), ("POST", "/api/emails/embed-subscribe/kestrel")]
    assert json.loads(seen[before][2])["n"] == "Sign-up"
    assert json.loads(seen[before][2])["p"] == {"cta": "coaching-presale"}


def wait_for_events(page: Page, seen: list, before: int, count: int) -> list[dict]:
    """The events the stand-in received after `before`, once there are `count` of them (pageviews left out)."""
    for _ in range(50):
        events = [json.loads(body) for method, path, body in seen[before:] if path == "/api/event"]
        events = [e for e in events if e["n"] != "pageview"]
        if len(events) >= count:
            return events
        page.wait_for_timeout(100)
    return events


@pytest.mark.parametrize("look", [{"color_scheme": "light", "viewport": {"width": 1280, "height": 800}},
                                  {"color_scheme": "dark", "viewport": {"width": 412, "height": 823}}],
                         ids=["light desktop", "dark narrow"])
@pytest.mark.parametrize("address", [PROGRAMME, "/privacy/"])
def test_no_accessibility_violations_with_the_form_and_the_consent_dialog(browser: Browser, leads_url, look,
                                                                           address):
    context = browser.new_context(**look)
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    page.goto(leads_url + address, wait_until="networkidle")
    expect(page.locator("#__consent .md-consent__inner")).to_be_visible()
    if address == PROGRAMME:
        expect(page.locator("form.studio-signup")).to_have_count(1)
    found = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)["violations"]
    assert [f"{v['id']}: {v['help']}: " + "; ".join(str(n["target"]) for n in v["nodes"][:5]) for v in found] == []
    context.close()


@pytest.mark.parametrize(("provider_name", "path", "list_id", "fields"), [
    ("mailchimp", "/subscribe/post?u=4ee9&id=e0eb", "e0eb", {"EMAIL": "reader@example.com"}),
    ("kit", "/forms/9983525/subscriptions", "9983525", {"email_address": "reader@example.com"}),
])
def test_mailchimp_s_and_kit_s_forms_send_their_own_fields(browser: Browser, tmp_path, serve_site, provider,
                                                             provider_name, path, list_id, fields):
    """Buttondown's form is tested above with and without JavaScript; these two without, each in a build of its own."""
    origin, seen = provider
    build = run_build(turn_on(copy_site(tmp_path / "site"), provider=provider_name, address=origin + path,
                              list_id=list_id))
    assert build.returncode == 0, build.output
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    with serve_site(build.site) as url:
        page.goto(url + PROGRAMME)
        before = len(seen)
        form = page.locator(".studio-cta[data-cta=coaching-presale] form.studio-signup")
        form.get_by_label("Your email address").fill("reader@example.com")
        with page.expect_navigation():
            form.get_by_role("button", name="Tell me when it opens").click()
    posted = [(method, where, dict(parse_qsl(body))) for method, where, body in seen[before:] if method == "POST"]
    assert posted == [("POST", path, fields)]  # the list is named in the address, as each provider's own form does
    context.close()


def test_after_consent_the_calculator_the_picker_a_call_to_action_and_a_training_session_send_events(
        page: Page, leads_url, provider):
    _, seen = provider
    page.goto(leads_url + PROGRAMME, wait_until="networkidle")
    page.evaluate("() => __md_set('__consent', {analytics: true})")  # as the dialog's Accept leaves it
    page.reload(wait_until="networkidle")
    page.wait_for_function("() => typeof window.plausible === 'function'")
    before = len(seen)
    numbers = page.locator("#studio-calculator input[type=number]")
    numbers.first.fill("100")
    numbers.first.press("Tab")
    numbers.nth(1).fill("80")
    numbers.nth(1).press("Tab")  # a second number is the same use of the calculator: one event a page
    assert wait_for_events(page, seen, before, 1) == [
        {"n": "Calculator", "d": "kestrel-strength.example", "u": leads_url + PROGRAMME,
         "p": {"programme": "barbell-strength-foundations"}}]

    page.goto(leads_url + "/which-programme/", wait_until="networkidle")
    page.wait_for_function("() => typeof window.plausible === 'function'")
    before = len(seen)
    page.evaluate("""() => {  // the first answer to every question
      const form = document.getElementById("picker-form"), named = new Set();
      for (const box of form.querySelectorAll("input[type=radio]")) {
        if (!named.has(box.name)) { box.checked = true; named.add(box.name); }
      }
      for (const select of form.querySelectorAll("select")) if (!select.value) select.selectedIndex = 1;
    }""")
    page.get_by_role("button", name="Show my programmes").click()
    first = page.locator("#picker-results [data-slug]").first.get_attribute("data-slug")
    assert [(e["n"], e["p"]) for e in wait_for_events(page, seen, before, 1)] == [
        ("Picker result", {"programme": first})]

    page.goto(leads_url + "/programs/novice-linear-ab/train/", wait_until="networkidle")
    page.wait_for_function("() => typeof window.plausible === 'function'")
    before = len(seen)
    page.locator(".studio-train__finish").click()
    assert [(e["n"], e["p"]) for e in wait_for_events(page, seen, before, 1)] == [
        ("Training session", {"programme": "novice-linear-ab"})]

    page.route("https://kestrel-strength.example/**", lambda route: route.fulfill(body="<p>Booking</p>",
                                                                                  content_type="text/html"))
    page.goto(leads_url + "/services/", wait_until="networkidle")
    page.wait_for_function("() => typeof window.plausible === 'function'")
    before = len(seen)
    with page.expect_navigation():
        page.locator(".studio-cta[data-cta=personal-training] a.md-button").last.click()
    assert [(e["n"], e["p"]) for e in wait_for_events(page, seen, before, 1)] == [
        ("Call to action", {"cta": "personal-training"})]
