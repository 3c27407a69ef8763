"""deploy/nginx/studio.conf: valid for `nginx -t`, and serving a published release with the right headers."""

from __future__ import annotations

import re
import subprocess
import urllib.error
import urllib.request

import pytest

from deployment import NGINX, TEST_PROGRAM, nginx_config, nginx_serving
from textedit import edit_file

pytestmark = pytest.mark.deploy

YEAR = "public, max-age=31536000, immutable"


def fetch(url: str, gzip: bool = True):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_config_passes_nginx_t(tmp_path):
    live = tmp_path / "live"
    live.mkdir()
    conf = nginx_config(tmp_path / "nginx", live, 8080)
    result = subprocess.run([NGINX, "-t", "-p", str(tmp_path / "nginx"), "-c", str(conf)],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr and "test is successful" in result.stderr


def test_nginx_t_rejects_a_broken_config(tmp_path):
    # The check above is only worth something if nginx -t really reads studio.conf.
    live = tmp_path / "live"
    live.mkdir()
    conf = nginx_config(tmp_path / "nginx", live, 8080)
    site = tmp_path / "nginx" / "studio.conf"
    edit_file(site, "gzip_vary on;", "gzip_vary sometimes;")
    result = subprocess.run([NGINX, "-t", "-p", str(tmp_path / "nginx"), "-c", str(conf)],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode != 0
    assert "gzip_vary" in result.stderr


def test_serves_the_live_release_compressed_with_cache_headers(tmp_path, server, published):
    with nginx_serving(tmp_path / "nginx", server.live) as url:
        status, headers, body = fetch(f"{url}/")
        assert status == 200
        assert headers["Content-Encoding"] == "gzip"
        assert headers["Vary"] == "Accept-Encoding"
        assert headers["Cache-Control"] == "no-cache"
        assert headers["Content-Type"] == "text/html; charset=utf-8"

        html = (server.live / "index.html").read_text()
        css = re.search(r'href="(assets/stylesheets/main\.[0-9a-f]{8}\.min\.css)"', html).group(1)
        js = re.search(r'src="(assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js)"', html).group(1)
        for asset in (css, js):
            status, headers, _ = fetch(f"{url}/{asset}")
            assert status == 200 and headers["Cache-Control"] == YEAR and headers["Content-Encoding"] == "gzip"
        # The studio's own files keep their names between releases, so they must be checked each time.
        status, headers, _ = fetch(f"{url}/assets/studio.css")
        assert status == 200 and headers["Cache-Control"] == "no-cache"
        status, headers, _ = fetch(f"{url}/assets/images/favicon.png")
        assert status == 200 and headers["Cache-Control"] == "public, max-age=86400"
        assert "Content-Encoding" not in headers  # PNG is compressed already

        status, headers, body = fetch(f"{url}/programs/test-strength/", gzip=False)
        assert status == 200 and "Content-Encoding" not in headers and b"Test Strength" in body

        status, _, body = fetch(f"{url}/no-such-page/", gzip=False)
        assert status == 404 and body == (server.live / "404.html").read_bytes()
        status, _, _ = fetch(f"{url}/.publish-info", gzip=False)
        assert status == 404

        # nginx follows the live link on every request: a publish shows at once, no reload needed.
        published.edit(TEST_PROGRAM, "title: Test Strength", "title: Test Strength, Revised")
        published.commit("Rename the test programme")
        assert published.push().returncode == 0
        _, _, body = fetch(f"{url}/programs/test-strength/", gzip=False)
        assert b"Test Strength, Revised" in body
