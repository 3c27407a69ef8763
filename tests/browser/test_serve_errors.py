"""Under `mkdocs serve`, a save that breaks the build shows its messages in the browser, and a fix brings
the site back, in real Chromium."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest
from playwright.sync_api import Page, expect

from sitecopy import BUILD_DATE, copy_site, dated

pytestmark = pytest.mark.browser
PROGRAM = "programs/move-well-first.yml"
PAGE = "/programs/move-well-first/"
FAILED = "studio: the build failed"


class Preview:
    """`mkdocs serve` on a copy of the site, with the time each line of its log arrived."""

    def __init__(self, root, port):
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **dated(BUILD_DATE)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--livereload", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[tuple[float, str]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.append((time.monotonic(), line))

    def when(self, text: str, after: float) -> float | None:
        return next((at for at, line in list(self.lines) if at >= after and text in line), None)

    @property
    def log(self) -> str:
        return "".join(line for _, line in self.lines)


@pytest.fixture
def preview(tmp_path):
    root = copy_site(tmp_path / "site")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = Preview(root, port)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(url + PAGE, timeout=2).read()
            break
        except OSError:
            assert server.process.poll() is None and time.monotonic() < deadline, server.log
            time.sleep(0.3)
    yield root, url, server
    server.process.terminate()
    server.process.wait(timeout=20)


def test_a_broken_save_shows_its_messages_and_a_fix_brings_the_page_back(page: Page, preview):
    root, url, server = preview
    page.goto(url + PAGE, wait_until="load")
    expect(page.locator("h1")).to_contain_text("Move Well First")
    source = (root / PROGRAM).read_text(encoding="utf-8")
    line = next(n for n, text in enumerate(source.splitlines(), 1) if re.match(r'\s+reps: "8-10"$', text))

    saved = time.monotonic()
    (root / PROGRAM).write_text(source.replace('reps: "8-10"', 'reps: "<b>8 reps"', 1), encoding="utf-8")
    problem = page.locator("#studio-build-error li", has_text=f"{PROGRAM}:{line}")
    expect(problem).to_be_visible(timeout=30_000)
    shown = time.monotonic()
    failed = server.when(FAILED, saved)
    assert failed is not None, server.log
    print(f"error page shown {shown - failed:.2f} s after the build failed, {shown - saved:.2f} s after the save")
    assert shown - failed < 1.0, f"shown {shown - failed:.2f} s after the build failed"
    expect(page.locator("h1")).to_have_text("The site could not be built")
    # The same message as the terminal, as text: the owner's markup is escaped, not rendered.
    assert f"{PROGRAM}:{line}: phases[0].days[0].exercises[0].reps:" in problem.inner_text()
    assert "'<b>8 reps' is not a rep count" in problem.inner_text()
    assert page.locator("#studio-build-error b").count() == 0
    assert "'<b>8 reps' is not a rep count" in server.log

    (root / PROGRAM).write_text(source, encoding="utf-8")
    expect(page.locator("h1")).to_contain_text("Move Well First", timeout=60_000)
    assert page.locator("#studio-build-error").count() == 0
