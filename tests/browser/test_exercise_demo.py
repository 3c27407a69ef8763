"""An exercise's pictures show at their built size, and its video player loads only on request, in real Chromium."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest
from playwright.sync_api import Page, expect

from sitecopy import BUILD_DATE, copy_site, run_build

pytestmark = pytest.mark.browser
VIDEO = "https://www.youtube.com/watch?v=abcDEF12345"
PLAYER = "https://www.youtube-nocookie.com/embed/abcDEF12345"
PAGE = "/exercises/back-squat/"
VIDEO_HOSTS = ("youtube.com", "youtube-nocookie.com", "youtu.be", "ytimg.com", "googlevideo.com", "vimeo.com")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory):
    """The sample site with a video on the back squat, built and served."""
    root = copy_site(tmp_path_factory.mktemp("demo-site"))
    library = root / "data/exercises.yml"
    text = library.read_text(encoding="utf-8")
    marker = "    images:\n      - file: data/images/exercises/back-squat.png\n"
    assert marker in text
    library.write_text(text.replace(marker, f"    video: {VIDEO}\n" + marker, 1), encoding="utf-8")
    build = run_build(root, build_date=BUILD_DATE)
    assert build.returncode == 0, build.output
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(build.site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def video_requests(page: Page) -> list[str]:
    """Every request to a video host (answered locally: nothing here reaches the internet)."""
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url)
            if any(host in request.url for host in VIDEO_HOSTS) else None)
    page.route("https://www.youtube-nocookie.com/**",
               lambda route: route.fulfill(status=200, content_type="text/html", body="<p>Player</p>"))
    return seen


def test_the_picture_shows_at_its_built_size(page: Page, demo_site: str):
    page.goto(demo_site + PAGE, wait_until="networkidle")
    image = page.locator(".studio-demo img").first
    image.scroll_into_view_if_needed()
    expect(image).to_be_visible()
    expect(image).to_have_attribute("width", "800")
    expect(image).to_have_attribute("height", "533")
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
    assert image.evaluate("img => [img.naturalWidth, img.naturalHeight]") == [800, 533]
    assert "bar stays over the middle of the foot" in page.locator(".studio-demo figcaption").first.inner_text()


def test_the_video_host_is_not_contacted_before_the_click(page: Page, demo_site: str, video_requests: list[str]):
    page.goto(demo_site + PAGE, wait_until="networkidle")
    demo = page.locator(".studio-demo")
    expect(demo.get_by_role("link", name="Watch the video on YouTube")).to_have_attribute("href", VIDEO)
    button = demo.get_by_role("button", name="Play the video here")
    expect(button).to_be_visible()
    expect(demo.locator("iframe")).to_have_count(0)
    page.wait_for_timeout(500)
    assert video_requests == []
    button.click()
    expect(demo.locator("iframe")).to_have_attribute("src", PLAYER)
    expect(page.frame_locator(".studio-demo iframe").locator("p")).to_have_text("Player")
    assert video_requests == [PLAYER]


def test_video_consent_loads_it_at_once_and_booking_consent_does_not(page: Page, demo_site: str,
                                                                      video_requests: list[str]):
    page.goto(demo_site + PAGE, wait_until="networkidle")
    page.evaluate("() => __md_set('__consent', {booking: true})")
    page.reload(wait_until="networkidle")
    expect(page.locator(".studio-demo iframe")).to_have_count(0)
    assert video_requests == []
    page.evaluate("() => __md_set('__consent', {video: true})")
    page.reload(wait_until="networkidle")
    expect(page.locator(".studio-demo iframe")).to_have_attribute("src", PLAYER)
