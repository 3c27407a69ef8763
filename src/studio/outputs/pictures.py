"""Exercise pictures, resized at build time and cached by content, as each exercise page shows them.

Pictures are resized to at most MAX_WIDTH pixels wide, so the page can give each <img> its width and
height (no layout shift) and readers on phones don't fetch a 4000-pixel photo.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from PIL import Image

from studio.caching import bytes_digest, code_digest, write_atomically
from studio.catalog import MAX_WIDTH, PICTURE_FORMATS, Video, video_of
from studio.format import ExerciseInfo
from studio.presentation import exercise_url


@dataclass(frozen=True)
class Shown:
    """One resized picture as the page shows it."""

    href: str  # from the exercise's page
    width: int
    height: int
    alt: str
    caption: str


@dataclass
class Demo:
    images: list[Shown]
    video: Video | None


@dataclass
class Result:
    demos: dict[str, Demo] = field(default_factory=dict)  # exercise slug -> what its page shows
    files: dict[str, Path] = field(default_factory=dict)  # site path -> cached file
    generated: int = 0
    reused: int = 0

    def summary(self) -> str:
        return f"exercise images: {self.generated} resized, {self.reused} reused from cache"


@cache
def _fingerprint() -> str:
    return code_digest([Path(__file__)], ["pillow"])


def fitted(width: int, height: int) -> tuple[int, int]:
    """The size a picture is shown at: at most MAX_WIDTH wide, never enlarged."""
    if width <= MAX_WIDTH:
        return width, height
    return MAX_WIDTH, max(1, round(height * MAX_WIDTH / width))


def _resize(source: Path, target: Path, size: tuple[int, int], kind: str) -> None:
    with Image.open(source) as image:
        image.load()
        if image.size != size:
            image = image.resize(size, Image.Resampling.LANCZOS)
        options = {"PNG": {"optimize": True}, "JPEG": {"quality": 82, "progressive": True}, "WEBP": {"quality": 82}}[kind]
        if kind == "JPEG" and image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        write_atomically(target, lambda path: image.save(path, format=kind, **options))


def build_demonstrations(exercises: list[ExerciseInfo], root: Path, folder: Path) -> Result:
    """Resize every exercise picture into the cache (misses only) and say how each page shows it."""
    folder.mkdir(parents=True, exist_ok=True)
    result = Result()
    for info in exercises:
        if not info.images and not info.video:
            continue
        page = exercise_url(info.slug)  # exercises/<slug>/, where its page is
        shown = []
        for n, image in enumerate(info.images, start=1):
            source = root / image.file
            data = source.read_bytes()
            with Image.open(source) as opened:
                kind, size = opened.format, fitted(*opened.size)
            ext = PICTURE_FORMATS[kind]
            key = bytes_digest(_fingerprint().encode(), repr(size).encode(), data)
            cached = folder / f"{key}.{ext}"
            site_path = f"{page}{info.slug}-{n}.{ext}"
            result.files[site_path] = cached
            if cached.is_file():
                result.reused += 1
            else:
                _resize(source, cached, size, kind)
                result.generated += 1
            shown.append(Shown(posixpath.relpath(site_path, page), *size, image.alt, image.caption))
        result.demos[info.slug] = Demo(shown, video_of(info.video) if info.video else None)
    keep = set(result.files.values())
    for old in folder.iterdir():
        if old.is_file() and old not in keep:
            old.unlink(missing_ok=True)
    return result

