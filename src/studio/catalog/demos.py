"""Exercise demonstrations, checked: pictures from the repository and a video that loads on request.

studio.outputs.pictures resizes the pictures at build time.

Pictures live under data/images/ and are resized to at most MAX_WIDTH pixels wide, so the page can give
each <img> its width and height (no layout shift) and readers on phones don't fetch a 4000-pixel photo.
Resized files are cached by content hash like the downloads. Videos are YouTube or Vimeo addresses; the
page shows a plain link, and the player (a third party that may set cookies) loads only on a click, or
at once for a reader who has consented to "video" through Material's cookie consent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from PIL import Image, UnidentifiedImageError

from studio.common import Problem, did_you_mean
from studio.format import Document, Library

IMAGES_DIR = "data/images/"
MAX_WIDTH = 800  # the content column is about 700 CSS pixels wide at most
PICTURE_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")


@dataclass(frozen=True)
class Video:
    page: str  # the address the owner gave, for the plain link
    embed: str  # the player's address, loaded only on request
    host: str  # "YouTube" or "Vimeo"


def video_of(url: str) -> Video | None:
    """The player for a YouTube or Vimeo address; None for anything else."""
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    if parts.scheme != "https":
        return None
    segments = [s for s in parts.path.split("/") if s]
    video_id = None
    if host == "youtube.com" and segments == ["watch"]:
        video_id = (parse_qs(parts.query).get("v") or [None])[0]
    elif host == "youtube.com" and len(segments) == 2 and segments[0] in ("shorts", "embed", "live"):
        video_id = segments[1]
    elif host == "youtu.be" and len(segments) == 1:
        video_id = segments[0]
    if video_id and _YOUTUBE_ID.match(video_id):
        # youtube-nocookie: YouTube's own privacy-enhanced player, which sets no cookies until played.
        return Video(url, f"https://www.youtube-nocookie.com/embed/{video_id}", "YouTube")
    if host == "vimeo.com" and len(segments) == 1 and segments[0].isdigit():
        return Video(url, f"https://player.vimeo.com/video/{segments[0]}?dnt=1", "Vimeo")
    return None


def _image_files(root: Path) -> list[str]:
    folder = root / IMAGES_DIR
    return sorted(p.relative_to(root).as_posix() for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


def check_demonstrations(library: Library, doc: Document, root: Path) -> list[Problem]:
    """Every picture is a readable image under data/images/; every video a YouTube or Vimeo address."""
    problems: list[Problem] = []
    known = None

    for i, info in enumerate(library.exercises):
        if info.video and video_of(info.video) is None:
            problems.append(Problem(doc.name, doc.line_of(("exercises", i, "video")), f"exercises[{i}].video",
                                    f"'{info.video}' is not a YouTube or Vimeo video address; use one like "
                                    "https://www.youtube.com/watch?v=... or https://vimeo.com/123456789"))
        for j, image in enumerate(info.images):
            where = (doc.name, doc.line_of(("exercises", i, "images", j, "file")), f"exercises[{i}].images[{j}].file")
            name = image.file.replace("\\", "/")
            path = (root / name).resolve()
            if not name.startswith(IMAGES_DIR) or ".." in name.split("/") or not path.is_relative_to(root.resolve()):
                problems.append(Problem(*where, f"'{image.file}' is not under {IMAGES_DIR}; put pictures there and "
                                                f"give the path from the repository's top folder, e.g. "
                                                f"{IMAGES_DIR}exercises/back-squat.png"))
                continue
            if not path.is_file():
                known = _image_files(root) if known is None else known
                problems.append(Problem(*where, f"there is no file '{image.file}'; {did_you_mean(name, known)}"
                                                "check the folder, the name and its capitals"))
                continue
            if _format(path) is None:
                problems.append(Problem(*where, f"'{image.file}' is not a PNG, JPEG or WebP picture"))
    return problems


def _format(path: Path) -> str | None:
    try:
        with Image.open(path) as image:
            image.verify()
            return PICTURE_FORMATS.get(image.format or "")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return None
