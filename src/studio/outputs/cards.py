"""Share cards: a 1200 × 630 PNG per page for link previews (og:image, twitter:image, feed, JSON-LD).

Drawn with Pillow and the Roboto fonts bundled for the PDFs, so a build needs no network and no system
library (Material's social plugin fetches its fonts from Google Fonts and needs Cairo). Each card is
cached as <sha256>.png, keyed on everything drawn on it and on this file, the fonts and Pillow's version,
so an unchanged page costs a hash and a copy.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from studio.caching import code_digest, data_digest, write_atomically
from studio.common import available_cores

CARD_WIDTH, CARD_HEIGHT = 1200, 630  # what Facebook, LinkedIn and X show large
FONTS = Path(__file__).resolve().parent.parent / "fonts"
# Material's teal and deep orange, the site's own primary and accent colours.
CARD_BACKGROUND, CARD_ACCENT, CARD_INK, CARD_SOFT = (0, 105, 92), (255, 110, 64), (255, 255, 255), (204, 232, 228)
MARGIN = 80


@dataclass(frozen=True)
class Card:
    title: str
    description: str
    kind: str  # "Article", "Programme", ... or "" for plain pages
    site_name: str
    host: str


@dataclass
class Result:
    files: dict[str, Path] = field(default_factory=dict)  # site path -> cached PNG
    generated: int = 0
    reused: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return f"cards: {self.generated} generated, {self.reused} reused from cache in {self.seconds:.2f} s"


@cache
def _fingerprint() -> str:
    return code_digest([Path(__file__), FONTS / "Roboto-Bold.ttf", FONTS / "Roboto-Regular.ttf"], ["pillow"])


def card_key(card: Card) -> str:
    return data_digest([_fingerprint(), asdict(card)])


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), size)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _fit(text: str, font: ImageFont.FreeTypeFont, width: int, most: int) -> list[str]:
    """At most `most` lines; a cut last line ends with an ellipsis, a too-long word is cut too."""
    lines = _wrap(text, font, width)
    cut = len(lines) > most
    lines = lines[:most]
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        if font.getlength(line) <= width and not (last and cut):
            continue
        while line and font.getlength(line + "…") > width:
            line = line[:-1].rstrip()
        lines[i] = line + "…"
    return lines


def _title_lines(title: str, width: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest size at which the title fits in three lines, down to a floor where it is cut."""
    for size in (76, 68, 60, 54):
        font = _font("Roboto-Bold.ttf", size)
        lines = _wrap(title, font, width)
        if len(lines) <= 3 and all(font.getlength(line) <= width for line in lines):
            return font, lines
    font = _font("Roboto-Bold.ttf", 54)
    return font, _fit(title, font, width, 3)


def draw(card: Card) -> Image.Image:
    image = Image.new("RGB", (CARD_WIDTH, CARD_HEIGHT), CARD_BACKGROUND)
    pen = ImageDraw.Draw(image)
    pen.rectangle((0, CARD_HEIGHT - 16, CARD_WIDTH, CARD_HEIGHT), fill=CARD_ACCENT)
    width = CARD_WIDTH - 2 * MARGIN
    small = _font("Roboto-Bold.ttf", 30)
    pen.text((MARGIN, 64), card.site_name.upper(), font=small, fill=CARD_SOFT)
    if card.kind:
        pen.text((CARD_WIDTH - MARGIN, 64), card.kind.upper(), font=small, fill=CARD_ACCENT, anchor="ra")
    font, lines = _title_lines(card.title, width)
    y = 150
    for line in lines:
        pen.text((MARGIN, y), line, font=font, fill=CARD_INK)
        y += int(font.size * 1.18)
    body = _font("Roboto-Regular.ttf", 32)
    room = max(0, (CARD_HEIGHT - 110 - y - 24) // 42)
    y += 24
    for line in _fit(card.description, body, width, min(3, room)):
        pen.text((MARGIN, y), line, font=body, fill=CARD_SOFT)
        y += 42
    pen.text((MARGIN, CARD_HEIGHT - 78), card.host, font=_font("Roboto-Regular.ttf", 28), fill=CARD_SOFT)
    return image


@cache
def _palette() -> Image.Image:
    """The card's colours and nine anti-aliasing blends of each text colour over the background: every colour a
    card is drawn in. Mapping onto it took 1 ms a card, where working out a 32-colour palette for each took 7."""
    colours = [CARD_BACKGROUND, CARD_ACCENT, CARD_INK, CARD_SOFT]
    colours += [tuple(round(b + (c - b) * step / 10) for b, c in zip(CARD_BACKGROUND, colour))
                for colour in (CARD_ACCENT, CARD_INK, CARD_SOFT) for step in range(1, 10)]
    palette = Image.new("P", (1, 1))
    palette.putpalette([value for colour in colours for value in colour])
    return palette


def _save(card: Card, target: Path) -> None:
    # A palette keeps the card sharp at under half the bytes of full colour.
    image = draw(card).quantize(palette=_palette(), dither=Image.Dither.NONE)
    write_atomically(target, lambda path: image.save(path, format="PNG", compress_level=6))


def build_cards(cards: dict[str, Card], folder: Path, workers: int | None = None) -> Result:
    """{site path: card} -> {site path: cached PNG}; only misses are drawn, and unused entries pruned.

    Drawn in one thread per core the build may use: Pillow draws text and compresses PNGs outside the GIL."""
    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    result, missing = Result(), {}
    for site_path, card in cards.items():
        target = folder / f"{card_key(card)}.png"
        result.files[site_path] = target
        if target.is_file():
            result.reused += 1
        elif target not in missing:
            missing[target] = card
    with ThreadPoolExecutor(max_workers=workers or available_cores()) as pool:
        list(pool.map(lambda item: _save(item[1], item[0]), missing.items()))
    result.generated = len(missing)
    keep = set(result.files.values())
    for old in folder.glob("*.png"):
        if old not in keep:
            old.unlink(missing_ok=True)
    result.seconds = time.perf_counter() - started
    return result


def card_path(page_url: str) -> str:
    """Where a page's card is published: assets/cards/<page address>.png, the home page's as index.png."""
    return f"assets/cards/{page_url.strip('/') or 'index'}.png"


def card_kind(src: str) -> str:
    """The label in the card's corner, from where the page lives."""
    folder, _, name = src.rpartition("/")
    if folder == "blog/posts":
        return "Article"
    if name != "index.md" and folder in ("programs", "exercises"):
        return {"programs": "Programme", "exercises": "Exercise"}[folder]
    return "Service" if folder == "services" and name != "index.md" else ""
