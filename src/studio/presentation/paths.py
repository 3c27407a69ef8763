"""Page addresses as MkDocs serves them (use_directory_urls), and links between them."""

from __future__ import annotations

import posixpath

CATALOGUE = "programs/index.md"
EXERCISE_INDEX = "exercises/index.md"
COMPARE_PAGE = "programs/compare.md"
COMPARE_URL = "programs/compare/"
CATALOGUE_URL = "programs/"
PRIVACY_PAGE = "privacy.md"  # what the site keeps and sends (views/privacy.py)
PRIVACY_URL = "privacy/"


def page_url(src: str) -> str:
    """Directory-style URL of a page, without slashes: programs/x.md -> programs/x, index.md -> ''."""
    folder, _, name = src.removesuffix(".md").rpartition("/")
    return folder if name == "index" else src.removesuffix(".md")


def relative_url(from_url: str, to_url: str) -> str:
    """A link from one directory-style page URL to another, as MkDocs would write it; a #fragment stays last."""
    path, hash_, fragment = to_url.partition("#")
    relative = posixpath.relpath("/" + path.strip("/"), "/" + from_url.strip("/"))
    return ("./" if relative == "." else relative.rstrip("/") + "/") + hash_ + fragment


def href(from_src: str, to_src: str) -> str:
    """A link from the page built from one source file to the page built from another."""
    return relative_url(page_url(from_src), page_url(to_src))


def program_url(slug: str) -> str:
    return f"programs/{slug}/"


def exercise_url(slug: str) -> str:
    return f"exercises/{slug}/"


def program_page(slug: str) -> str:
    return f"programs/{slug}.md"


def exercise_page(slug: str) -> str:
    return f"exercises/{slug}.md"


def download_path(slug: str, ext: str) -> str:
    """Where a programme's download lives: beside its page, /programs/<slug>/<slug>.<ext>."""
    return f"{program_url(slug)}{slug}.{ext}"


def download_href(src: str, slug: str, ext: str) -> str:
    """Link from the page built from `src` to a programme's download."""
    return posixpath.relpath(download_path(slug, ext), page_url(src) or ".")


def training_page(slug: str) -> str:
    """The source path of a programme's training view, /programs/<slug>/train/."""
    return f"programs/{slug}/train.md"


def training_url(slug: str) -> str:
    return f"{program_url(slug)}train/"


def session_anchor(week: int, session: int) -> str:
    """The fragment that opens one session in the training view: 'w3-s2'."""
    return f"w{week}-s{session}"
