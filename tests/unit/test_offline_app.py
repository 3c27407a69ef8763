"""The installable app's manifest and icons, and the service worker's version and shell."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image

from studio.outputs import (
    icon_path,
    icons,
    initials,
    manifest,
    service_worker,
    shell,
    short_name,
    site_version,
    write_service_worker,
)


def test_the_manifest_names_the_studio_in_its_colours():
    data = json.loads(manifest("Kestrel Strength Studio", "Programmes & a log"))
    assert data == {
        "name": "Kestrel Strength Studio", "short_name": "Kestrel", "description": "Programmes & a log",
        "start_url": "./programs/", "scope": "./", "display": "standalone", "background_color": "#ffffff",
        "theme_color": "#00695c",
        "icons": [{"src": "assets/icons/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any"},
                  {"src": "assets/icons/icon-192-maskable.png", "sizes": "192x192", "type": "image/png",
                   "purpose": "maskable"},
                  {"src": "assets/icons/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any"},
                  {"src": "assets/icons/icon-512-maskable.png", "sizes": "512x512", "type": "image/png",
                   "purpose": "maskable"}]}
    assert json.loads(manifest("<Gym> \"One\"", ""))["name"] == "<Gym> \"One\""  # JSON, not HTML: kept as written
    assert short_name("Iron Lab") == "Iron Lab"
    assert initials("Kestrel Strength Studio") == "KS" and initials("Forge") == "F"


def test_icons_are_square_pngs_of_each_size_the_manifest_names():
    drawn = icons("Kestrel Strength Studio")
    assert sorted(drawn) == sorted(icon["src"] for icon in json.loads(manifest("Kestrel Strength Studio", ""))["icons"])
    for size in (192, 512):
        image = Image.open(io.BytesIO(drawn[icon_path(size)]))
        assert (image.format, image.size) == ("PNG", (size, size))
        assert image.convert("RGB").getpixel((2, 2)) == (0, 105, 92)  # the studio's teal
    assert drawn == icons("Kestrel Strength Studio")  # the same bytes every build


def _site(root: Path) -> Path:
    for name, text in {"index.html": "home", "programs/index.html": "list", "404.html": "missing",
                       "assets/studio.css": "css", "assets/training.js": "js",
                       "assets/stylesheets/main.1234abcd.min.css": "material",
                       "assets/javascripts/bundle.5678ef00.min.js": "bundle",
                       "programs/x/index.html": "programme"}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_the_worker_carries_the_builds_version_and_shell(tmp_path: Path):
    site = _site(tmp_path / "a")
    assert shell(site) == ["./", "programs/", "404.html", "assets/stylesheets/main.1234abcd.min.css",
                           "assets/javascripts/bundle.5678ef00.min.js", "assets/studio.css", "assets/training.js"]
    version = site_version(site)
    worker = write_service_worker(site).read_text()
    assert f'var VERSION = "{version}";' in worker
    assert 'var SHELL = ["./","programs/","404.html",' in worker
    assert "__VERSION__" not in worker and "__SHELL__" not in worker
    # Writing the worker does not change the version; the same files elsewhere have the same one.
    assert site_version(site) == version == site_version(_site(tmp_path / "b"))
    assert service_worker(site) == worker
    # Any change to any file is a new version.
    (site / "programs/x/index.html").write_text("programme, edited")
    assert site_version(site) != version
