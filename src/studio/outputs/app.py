"""The installable app: the web app manifest and its icons, drawn with Pillow like the share cards.

The name is the studio's (`extra.studio.name` in mkdocs.yml); the colours are the share cards' (Material's teal and
deep orange, the site's primary and accent), so the installed app, the cards and the site look alike.
"""

from __future__ import annotations

import io
import json
from functools import lru_cache

from PIL import Image, ImageDraw

from studio.outputs.cards import CARD_ACCENT as ACCENT
from studio.outputs.cards import CARD_BACKGROUND as BACKGROUND
from studio.outputs.cards import CARD_INK as INK
from studio.outputs.cards import _font

MANIFEST_PATH = "manifest.webmanifest"
ICON_SIZES = (192, 512)


def icon_path(size: int, maskable: bool = False) -> str:
    return f"assets/icons/icon-{size}{'-maskable' if maskable else ''}.png"


def _hex(colour: tuple[int, int, int]) -> str:
    return "#%02x%02x%02x" % colour


def initials(name: str) -> str:
    """'Kestrel Strength Studio' -> 'KS': the first letters of the first two words, or the name's first letter."""
    words = [w for w in name.split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "S"


def draw_icon(name: str, size: int, maskable: bool = False) -> bytes:
    """A square icon: the studio's initials on its teal, with the accent's bar; a maskable icon keeps everything in
    the middle 80%, where any launcher's mask leaves it."""
    image = Image.new("RGB", (size, size), BACKGROUND)
    pen = ImageDraw.Draw(image)
    safe = 0.8 if maskable else 1.0
    text = initials(name)
    font = _font("Roboto-Bold.ttf", round(size * safe * (0.46 if len(text) > 1 else 0.6)))
    pen.text((size / 2, size * 0.47), text, font=font, fill=INK, anchor="mm")
    bar = size * safe * 0.5
    y = size / 2 + size * safe * 0.27
    pen.rectangle((size / 2 - bar / 2, y, size / 2 + bar / 2, y + max(2, size * safe * 0.05)), fill=ACCENT)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def short_name(name: str) -> str:
    """What a home screen shows under the icon: the name, or its first word when the name is long."""
    return name if len(name) <= 12 else name.split()[0][:12]


@lru_cache(maxsize=4)
def icons(name: str) -> dict[str, bytes]:
    """Every icon the manifest names: {site path: PNG bytes}. Drawn once per name: `make serve` rebuilds on every
    save, and drawing the four took 35–50 ms of each."""
    return {icon_path(size, maskable): draw_icon(name, size, maskable)
            for size in ICON_SIZES for maskable in (False, True)}


def manifest(name: str, description: str) -> str:
    """The web app manifest: opens on the programmes, standalone, in the studio's colours."""
    data = {
        "name": name,
        "short_name": short_name(name),
        "description": description,
        "start_url": "./programs/",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": _hex(BACKGROUND),
        "icons": [{"src": icon_path(size, maskable), "sizes": f"{size}x{size}", "type": "image/png",
                   "purpose": "maskable" if maskable else "any"}
                  for size in ICON_SIZES for maskable in (False, True)],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
