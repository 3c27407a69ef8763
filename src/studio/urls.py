"""Page addresses as MkDocs serves them (use_directory_urls), and links between them."""

from __future__ import annotations

import posixpath


def page_url(src: str) -> str:
    """Directory-style URL of a page, without slashes: programs/x.md -> programs/x, index.md -> ''."""
    stem = src.removesuffix(".md")
    return stem.removesuffix("index").rstrip("/") if stem.endswith("index") else stem


def relative_url(from_url: str, to_url: str) -> str:
    """A link from one directory-style page URL to another, as MkDocs would write it."""
    relative = posixpath.relpath("/" + to_url.strip("/"), "/" + from_url.strip("/"))
    return "./" if relative == "." else relative.rstrip("/") + "/"


def program_url(slug: str) -> str:
    return f"programs/{slug}/"


def exercise_url(slug: str) -> str:
    return f"exercises/{slug}/"
