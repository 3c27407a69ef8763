"""Exercise demonstrations: pictures checked with their line and resized once; videos only from known players."""

from __future__ import annotations

import pytest
from PIL import Image
from samples import LIBRARY, PROGRAM

from studio import ContentError, load_catalog
from studio.catalog import MAX_WIDTH, video_of
from studio.outputs import build_demonstrations, fitted

SQUAT = "  - name: Back squat\n    primary: [quads, glutes]\n    equipment: [barbell, squat rack]\n" \
        "    cues: [Brace before you descend.]\n"


def _library(site, extra: str) -> None:
    assert SQUAT in LIBRARY
    site.write("data/exercises.yml", LIBRARY.replace(SQUAT, SQUAT + extra))
    site.program(PROGRAM)


def _picture(site, name: str, size=(1200, 800), kind="PNG"):
    path = site.root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, "white").save(path, format=kind)
    return path


@pytest.mark.parametrize("url, player", [
    ("https://www.youtube.com/watch?v=abcDEF12345", "https://www.youtube-nocookie.com/embed/abcDEF12345"),
    ("https://youtube.com/watch?v=abcDEF12345&t=30s", "https://www.youtube-nocookie.com/embed/abcDEF12345"),
    ("https://youtu.be/abcDEF12345", "https://www.youtube-nocookie.com/embed/abcDEF12345"),
    ("https://www.youtube.com/shorts/abcDEF12345", "https://www.youtube-nocookie.com/embed/abcDEF12345"),
    ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
    ("http://www.youtube.com/watch?v=abcDEF12345", None),  # not https
    ("https://www.youtube.com/watch?v=short", None),
    ("https://youtube.com.evil.example/watch?v=abcDEF12345", None),
    ("https://example.com/video.mp4", None),
    ("https://vimeo.com/channels/staff", None),
    # Read as a browser reads them: the backslash is a slash, so the host is evil.example, not vimeo.com.
    ("https://evil.example\\@vimeo.com/123", None),
    ("https://evil.example\\@www.youtube.com/watch?v=abcDEF12345", None),
    ("https://someone@vimeo.com/76979871", None),  # a user name before the host
    ("https://vimeo.com/7697\t9871", "https://player.vimeo.com/video/76979871?dnt=1"),  # tabs are dropped
])
def test_video_addresses(url, player):
    found = video_of(url)
    assert (found.embed if found else None) == player


def test_pictures_and_videos_are_checked_with_their_lines(site):
    _picture(site, "data/images/squat.png")
    (site.root / "data/images/notes.png").write_text("not a picture")
    _library(site, "    video: https://example.com/squat.mp4\n    images:\n"
                   "      - file: data/images/squatt.png\n        alt: A squat.\n"
                   "      - file: ../secret.png\n        alt: A squat.\n"
                   "      - file: data/images/notes.png\n        alt: A squat.\n")
    with pytest.raises(ContentError) as error:
        load_catalog(site.root)
    assert [str(p) for p in error.value.problems] == [
        "data/exercises.yml:8: exercises[0].video: 'https://example.com/squat.mp4' is not a YouTube or Vimeo video "
        "address; use one like https://www.youtube.com/watch?v=... or https://vimeo.com/123456789",
        "data/exercises.yml:10: exercises[0].images[0].file: there is no file 'data/images/squatt.png'; "
        "did you mean 'data/images/squat.png'? check the folder, the name and its capitals",
        "data/exercises.yml:12: exercises[0].images[1].file: '../secret.png' is not under data/images/; put pictures "
        "there and give the path from the repository's top folder, e.g. data/images/exercises/back-squat.png",
        "data/exercises.yml:14: exercises[0].images[2].file: 'data/images/notes.png' (Back squat): this is not a PNG, "
        "JPEG or WebP picture; save it as one of those",
    ]


def _one_picture(site, name: str) -> list[str]:
    _library(site, f"    images:\n      - file: {name}\n        alt: A squat.\n")
    with pytest.raises(ContentError) as error:
        load_catalog(site.root)
    return [str(p) for p in error.value.problems]


WHERE = "data/exercises.yml:9: exercises[0].images[0].file: "


def test_a_picture_with_too_many_pixels_is_refused_before_it_is_decoded(site):
    # 30,000 × 30,000 pixels: a small PNG header that would decode to 2.7 GB.
    path = site.root / "data/images/bomb.png"
    path.parent.mkdir(parents=True)
    Image.new("1", (30_000, 30_000)).save(path, format="PNG")
    assert path.stat().st_size < 1_000_000
    assert _one_picture(site, "data/images/bomb.png") == [
        WHERE + "'data/images/bomb.png' (Back squat): the picture has more than 50 million pixels, more than the build "
                "resizes; make it smaller (it is shown at most 800 pixels wide)"]


def test_a_picture_just_over_the_pixel_limit_says_its_size(site):
    _picture(site, "data/images/big.png", size=(10_000, 5_001), kind="PNG")
    assert _one_picture(site, "data/images/big.png") == [
        WHERE + "'data/images/big.png' (Back squat): the picture is 10,000 × 5,001 pixels, more than the 50 million "
                "the build resizes; make it smaller (it is shown at most 800 pixels wide)"]


def test_a_truncated_picture_is_a_message_not_a_traceback(site):
    path = _picture(site, "data/images/cut.jpg", kind="JPEG")
    path.write_bytes(path.read_bytes()[:600])
    problems = _one_picture(site, "data/images/cut.jpg")
    assert problems[0].startswith(WHERE + "'data/images/cut.jpg' (Back squat): the picture cannot be read (")
    assert problems[0].endswith("); open it in an image editor and save it again")


def test_a_gif_is_named_as_the_wrong_kind(site):
    _picture(site, "data/images/anim.gif", kind="GIF")
    assert _one_picture(site, "data/images/anim.gif") == [
        WHERE + "'data/images/anim.gif' (Back squat): this is not a PNG, JPEG or WebP picture; save it as one of those"]


def test_a_named_pipe_as_a_picture_is_refused_without_waiting(site):
    import os
    (site.root / "data/images").mkdir(parents=True)
    os.mkfifo(site.root / "data/images/pipe.png")
    assert _one_picture(site, "data/images/pipe.png") == [
        WHERE + "'data/images/pipe.png' (Back squat): this is a named pipe, not an ordinary file; the build reads "
                "only ordinary files, so delete it or move it away"]


def test_a_picture_over_20_mb_is_refused_before_it_is_read(site, monkeypatch):
    import studio.catalog.demos as demos
    monkeypatch.setattr(demos, "MAX_PICTURE_BYTES", 2048)  # the same check, without writing 20 MB
    assert _picture(site, "data/images/large.png", kind="JPEG").stat().st_size > 2048
    assert _one_picture(site, "data/images/large.png") == [
        WHERE + "'data/images/large.png' (Back squat): the file is larger than 2 KB, the most the build reads; split "
                "it into smaller files, or check that it is the file you meant"]


def test_a_picture_needs_its_alt_text(site):
    _picture(site, "data/images/squat.png")
    _library(site, "    images:\n      - file: data/images/squat.png\n")
    with pytest.raises(ContentError) as error:
        load_catalog(site.root)
    assert [str(p) for p in error.value.problems] == [
        "data/exercises.yml:9: exercises[0].images[0].alt: required field 'alt' is missing; add it, e.g. alt: ..."]


def test_pictures_are_resized_once_and_keep_their_shape(site, tmp_path):
    _picture(site, "data/images/squat.png", (1200, 800))
    _picture(site, "data/images/small.jpg", (400, 300), "JPEG")
    _library(site, "    images:\n      - file: data/images/squat.png\n        alt: A squat.\n"
                   "      - file: data/images/small.jpg\n        alt: Close up.\n        caption: Feet flat.\n")
    catalog = load_catalog(site.root)
    cache = tmp_path / "cache"
    first = build_demonstrations(catalog.library.exercises, site.root, cache)
    assert (first.generated, first.reused) == (2, 0)
    shown = first.demos["back-squat"].images
    assert [(s.href, s.width, s.height, s.caption) for s in shown] == [
        ("back-squat-1.png", MAX_WIDTH, 533, ""), ("back-squat-2.jpg", 400, 300, "Feet flat.")]
    assert sorted(first.files) == ["exercises/back-squat/back-squat-1.png", "exercises/back-squat/back-squat-2.jpg"]
    with Image.open(first.files["exercises/back-squat/back-squat-1.png"]) as image:
        assert (image.format, image.size) == ("PNG", (MAX_WIDTH, 533))
    again = build_demonstrations(catalog.library.exercises, site.root, cache)
    assert (again.generated, again.reused) == (0, 2)
    assert "bench-press" not in again.demos  # nothing to show, no section


def test_fitted_never_enlarges():
    assert fitted(500, 900) == (500, 900)
    assert fitted(4000, 3000) == (MAX_WIDTH, 600)
