"""How the package hangs together: the output side's layers, and what the download cache key covers."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import sys
from pathlib import Path

import pytest

from studio.downloads import cache
from studio.presentation.paths import download_href, href, page_url, relative_url

PACKAGE = Path(cache.__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    """studio.* modules a source file imports, resolved from relative imports."""
    module = "studio." + path.relative_to(PACKAGE).with_suffix("").as_posix().replace("/", ".")
    package = module.rsplit(".", 1)[0] if path.name != "__init__.py" else module.removesuffix(".__init__")
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            name = ".".join(part for part in (base, node.module or "") if part)
            found.add(name)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def sources(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize(("lower", "upper"), [("downloads", "views"), ("views", "downloads"),
                                              ("presentation", "views"), ("presentation", "downloads")])
def test_outputs_do_not_import_each_other(lower, upper):
    for path in sources(lower):
        wrong = [m for m in imported_modules(path) if m == f"studio.{upper}" or m.startswith(f"studio.{upper}.")]
        assert not wrong, f"{path.relative_to(PACKAGE)} imports {wrong}"


def test_the_domain_never_imports_mkdocs():
    for path in sorted(PACKAGE.rglob("*.py")):
        assert not any(m == "mkdocs" or m.startswith("mkdocs.") for m in imported_modules(path)), path


def test_the_cache_key_covers_every_module_a_download_is_made_with():
    # Every module of the downloads package, and so everything they import, is loaded.
    for info in pkgutil.walk_packages([str(PACKAGE / "downloads")], "studio.downloads."):
        importlib.import_module(info.name)
    used = {Path(module.__file__).resolve() for name, module in list(sys.modules.items())
            if name.startswith("studio.") and getattr(module, "__file__", None)}
    covered = set(cache.source_files())
    assert used - covered == set()
    assert PACKAGE / "presentation" / "paths.py" in covered  # what the JSON's url is made with


def test_the_cache_key_changes_when_any_source_file_changes(tmp_path, monkeypatch):
    copy = tmp_path / "studio"
    for path in cache.source_files():
        target = copy / path.relative_to(PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    monkeypatch.setattr(cache, "PACKAGE", copy)
    monkeypatch.setattr(cache, "source_files", lambda package=copy: sorted(
        p for p in package.rglob("*") if p.is_file() and p.suffix in cache.SOURCE_SUFFIXES))
    cache.generator_fingerprint.cache_clear()
    before = cache.entry_key("json", ("pydantic",), "data")
    (copy / "presentation" / "paths.py").write_text("# changed\n", encoding="utf-8")
    cache.generator_fingerprint.cache_clear()
    try:
        assert cache.entry_key("json", ("pydantic",), "data") != before
    finally:
        cache.generator_fingerprint.cache_clear()


@pytest.mark.parametrize(("src", "url"), [
    ("index.md", ""),
    ("programs/index.md", "programs"),
    ("guide/reindex.md", "guide/reindex"),
    ("blog/posts/index.md", "blog/posts"),
    ("reindex.md", "reindex"),
    ("guide/index-of-lifts.md", "guide/index-of-lifts"),
    ("programs/x.md", "programs/x"),
])
def test_only_a_page_named_index_is_its_folders_index(src, url):
    assert page_url(src) == url


def test_links_between_pages_whose_names_end_in_index():
    assert href("guide/reindex.md", "guide/index.md") == "../"
    assert href("guide/index.md", "guide/reindex.md") == "reindex/"
    assert download_href("guide/reindex.md", "x", "pdf") == "../../programs/x/x.pdf"


def test_a_link_to_a_heading_keeps_its_fragment_last():
    assert relative_url("programs/compare", "guide/writing-an-article/#how-figures") == (
        "../../guide/writing-an-article/#how-figures")
    assert relative_url("guide/writing-an-article", "guide/writing-an-article/#x") == "./#x"
