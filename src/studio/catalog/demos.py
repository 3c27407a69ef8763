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
import warnings
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from urllib.parse import parse_qs

from PIL import Image, UnidentifiedImageError

from studio.common import ContentError, Problem, did_you_mean
from studio.format import Document, Library, browser_url, read_bytes

IMAGES_DIR = "data/images/"
MAX_WIDTH = 800  # the content column is about 700 CSS pixels wide at most
PICTURE_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}
# The largest picture the build reads: a phone photo is 3–8 MB and 12–50 million pixels. Both are checked before
# the picture is decoded, so a "decompression bomb" (a small file of billions of pixels) costs nothing.
MAX_PICTURE_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 50_000_000
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")


@dataclass(frozen=True)
class Video:
    page: str  # the address the owner gave, for the plain link
    embed: str  # the player's address, loaded only on request
    host: str  # "YouTube" or "Vimeo"


def video_of(url: str) -> Video | None:
    """The player for a YouTube or Vimeo address; None for anything else."""
    parts = browser_url(url)
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    if parts.scheme != "https" or "@" in parts.netloc:  # a user name before the host hides where it leads
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
            if not path.exists():
                known = _image_files(root) if known is None else known
                problems.append(Problem(*where, f"there is no file '{image.file}'; {did_you_mean(name, known)}"
                                                "check the folder, the name and its capitals"))
                continue
            wrong = picture_problem(path, name)
            if wrong:
                problems.append(Problem(*where, f"'{image.file}' ({info.name}): {wrong}"))
    return problems


def picture_problem(path: Path, name: str) -> str | None:
    """What stops a file being shown as a picture, or None: the build reads and decodes it whole, as resizing will."""
    try:
        data = read_bytes(path, name, MAX_PICTURE_BYTES)
    except ContentError as error:
        return error.problems[0].message
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # the size is checked just below
            with Image.open(BytesIO(data)) as image:
                if image.format not in PICTURE_FORMATS:
                    return "this is not a PNG, JPEG or WebP picture; save it as one of those"
                if image.width * image.height > MAX_PIXELS:
                    return (f"the picture is {image.width:,} × {image.height:,} pixels, more than the "
                            f"{MAX_PIXELS // 1_000_000} million the build resizes; make it smaller (it is shown at "
                            f"most {MAX_WIDTH} pixels wide)")
                image.load()  # a truncated or damaged file fails here, not in the middle of resizing
    except Image.DecompressionBombError:
        return (f"the picture has more than {MAX_PIXELS // 1_000_000} million pixels, more than the build resizes; "
                f"make it smaller (it is shown at most {MAX_WIDTH} pixels wide)")
    except UnidentifiedImageError:
        return "this is not a PNG, JPEG or WebP picture; save it as one of those"
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        return f"the picture cannot be read ({error}); open it in an image editor and save it again"
    return None
