"""How the package hangs together: the layers, each package's face, and what the download cache key covers."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import sys
from pathlib import Path

import pytest

# Modules, not names (see DEEP_IMPORTS): the cache-key tests patch fingerprint's own globals.
from studio.caching import fingerprint
from studio.caching import store as cache
from studio.presentation import download_href, href, page_url, relative_url

PACKAGE = fingerprint.PACKAGE


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


# The layers, lowest first. A module may import from its own layer and the layers below it, never above.
# ARCHITECTURE.md says what each holds; `project` (repository tooling) sits outside the build's flow.
LAYERS = [
    ("common",),        # the error model and the machine
    ("caching",),       # fingerprints, atomic writes, kept results
    ("format",),        # YAML with lines, values, the model, validation
    ("plan",),          # expansion into weeks, sessions and sets; figures
    ("presentation",),  # words and addresses for what the plan holds
    ("checks",),        # the rules a programme is checked against
    ("catalog",),       # the loaded, checked programmes
    ("content",),       # pages, directives, calls to action, tags, the picker
    ("site",),          # everything loaded, with the studio's settings
    ("downloads",),     # the files a visitor downloads
    ("views", "outputs"),  # HTML for pages and blocks; cards, pictures, feed, schema
    ("render",),        # one build's outputs, in order
    ("adapter",),       # MkDocs events, serve's error page, the speed-ups
    ("project",),       # the repository: which change is content, the owner's settings
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "studio" else None


def test_every_package_has_a_layer():
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert packages == set(RANK)
    assert [p.name for p in PACKAGE.glob("*.py")] == ["__init__.py"]


def test_no_module_imports_a_layer_above_its_own():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        own = path.relative_to(PACKAGE).parts[0]
        if own not in RANK:
            continue
        for module in imported_modules(path):
            other = layer_of(module)
            if other in RANK and RANK[other] > RANK[own]:
                wrong.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert wrong == []


def test_only_the_adapter_imports_mkdocs_material_or_watchdog():
    # The host's code is reached through studio.adapter alone, so a move to a fork or a new version touches one
    # package (and what it relies on of the host's insides is listed in adapter/compat.py).
    host = ("mkdocs", "material", "watchdog")
    wrong = [f"{path.relative_to(PACKAGE)} imports {module}" for path in sorted(PACKAGE.rglob("*.py"))
             if path.relative_to(PACKAGE).parts[0] != "adapter"
             for module in _all_imports(path) if module.split(".")[0] in host]
    assert wrong == []


def _all_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and not node.level:
            found.add(node.module or "")
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = "studio." + path.relative_to(PACKAGE).with_suffix("").as_posix().replace("/", ".")
        modules[name.removesuffix(".__init__")] = path
    graph = {}
    for name, path in modules.items():
        found = set()
        for module in imported_modules(path):
            # `from studio.x import y` may name the module studio.x.y
            found |= {m for m in modules if m == module or m.startswith(module + ".") and m.count(".") == module.count(".") + 1 and
                      m.rsplit(".", 1)[1] in _names_imported(path, module)}
        graph[name] = found - {name, "studio"}
    return graph


def _names_imported(path: Path, module: str) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == module.removeprefix("studio.") or (
                isinstance(node, ast.ImportFrom) and node.module == module):
            names |= {alias.name for alias in node.names}
    return names


def test_no_import_circles():
    graph = _graph()
    circles = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for other in sorted(graph.get(node, ())):
            if state.get(other) == 1:
                circles.append(" -> ".join(trail[trail.index(other):] + [other]))
            elif other not in state:
                visit(other, trail + [other])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert circles == []


# Each package's face: its __init__.py says what the layer holds and lists in `__all__` the names other packages,
# tests and scripts use. Inside a package, modules import each other's modules; from outside, only the face.
ROOT = PACKAGE.parent.parent
FACELESS: set[str] = set()
# Still importing other packages' modules until the adapter's rework lands (they test the adapter's speed-ups).
NOT_YET: set[str] = set()
# The few imports that go past a face, each with its reason: a test that patches or reads a module's own
# globals needs the module, and a private helper worth testing alone is imported from its module.
DEEP_IMPORTS = {
    # MkDocs loads hooks/*.py and takes the module's on_* handlers: each hook hands over one adapter module's.
    "hooks/studio_hooks.py": {"studio.adapter.events"},
    "hooks/quick_rebuilds.py": {"studio.adapter.speedups.quick_rebuilds"},
    "hooks/blog_excerpts.py": {"studio.adapter.speedups.blog_excerpts"},
    # The speed-up tests read the patch list's kinds and the patched modules' own state.
    "tests/patchcheck.py": {"studio.adapter.compat"},
    "tests/unit/test_compat.py": {"studio.adapter.compat", "studio.adapter.speedups"},
    "tests/unit/test_speedups.py": {"studio.adapter.speedups", "studio.catalog.load"},  # and patches load's expand
    "tests/unit/test_cards.py": {"studio.outputs.cards"},
    "tests/unit/test_demos.py": {"studio.catalog.demos"},  # patches its MAX_PICTURE_BYTES  # _title_lines and _font: how a long title is fitted
    "tests/unit/test_changes.py": {"studio.project.changes"},  # it must use ownersettings' list, not a copy
    "tests/unit/test_downloads.py": {
        "studio.catalog.load",  # patches its expand
        "studio.downloads.build",  # reads its _workers
        "studio.downloads.paragraphs",  # patches its LIMIT
        "studio.downloads.pdf",  # patches its ParagraphCache
    },
    "tests/unit/test_structure.py": {"studio.caching.fingerprint", "studio.caching.store"},  # patches PACKAGE
}


def packages(faceless: bool = False) -> list[str]:
    return sorted(p.name for p in PACKAGE.iterdir()
                  if (p / "__init__.py").is_file() and (faceless or p.name not in FACELESS))


def face_names(package: str) -> list[str]:
    """The names a package's __init__.py lists in __all__, read from its source."""
    for node in ast.parse((PACKAGE / package / "__init__.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            return list(ast.literal_eval(node.value))
    return []


@pytest.mark.parametrize("package", packages())
def test_every_package_has_a_face(package):
    source = (PACKAGE / package / "__init__.py").read_text(encoding="utf-8")
    assert ast.get_docstring(ast.parse(source)), f"{package}/__init__.py says what the layer holds"
    names = face_names(package)
    assert names, f"{package}/__init__.py lists its public names in __all__"
    assert len(names) == len(set(names))
    module = importlib.import_module(f"studio.{package}")
    assert names == list(module.__all__)
    for name in names:
        value = getattr(module, name)  # the lazy ones are imported here
        assert not name.startswith("_") and getattr(value, "__name__", None) != f"studio.{package}.{name}", (
            f"studio.{package}.{name} is a module: a face lists names, not modules")


def test_no_module_imports_its_own_packages_face():
    # It would run the package's __init__.py, which imports the package's modules: an import circle.
    wrong = []
    for package in packages(faceless=True):
        for path in sources(package):
            if path.name == "__init__.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and (node.module == f"studio.{package}" or node.level == 1
                                                         and not node.module):
                    wrong.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert wrong == []


def _importers() -> list[tuple[str, str | None]]:
    """Every Python file outside the package's own layers, and every module in one, with the package it is in."""
    found = [(path.relative_to(ROOT).as_posix(), path.relative_to(PACKAGE).parts[0] if path.parent != PACKAGE else None)
             for path in sorted(PACKAGE.rglob("*.py"))]
    found += [(path.relative_to(ROOT).as_posix(), None) for folder in ("tests", "scripts", "hooks")
              for path in sorted((ROOT / folder).rglob("*.py"))]
    return found


def test_other_packages_tests_and_scripts_import_only_the_faces():
    wrong, used = [], set()
    faces = {package: set(face_names(package)) for package in packages()}
    faces["studio"] = set(importlib.import_module("studio").__all__)
    for rel, own in _importers():
        if rel in NOT_YET or own in FACELESS:
            continue
        for node in ast.walk(ast.parse((ROOT / rel).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imports = [(alias.name, None) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                imports = [(node.module or "", alias.name) for alias in node.names]
            else:
                continue
            for module, name in imports:
                parts = module.split(".")
                if parts[0] != "studio" or len(parts) > 1 and parts[1] in (own, *FACELESS):
                    continue
                face = parts[1] if len(parts) > 1 else "studio"
                if len(parts) <= 2 and name in faces[face]:
                    continue
                target = module if len(parts) > 2 or name is None else f"{module}.{name}"
                if target in DEEP_IMPORTS.get(rel, ()):
                    used.add((rel, target))
                else:
                    wrong.append(f"{rel}:{node.lineno}: {module} {name or ''}".rstrip())
    assert wrong == []
    listed = {(rel, module) for rel, modules in DEEP_IMPORTS.items() for module in modules}
    assert listed == used, "an exception in DEEP_IMPORTS is no longer needed"


def test_the_cache_key_covers_every_module_a_download_is_made_with():
    # Every module of the downloads package, and so everything they import, is loaded.
    for info in pkgutil.walk_packages([str(PACKAGE / "downloads")], "studio.downloads."):
        importlib.import_module(info.name)
    used = {Path(module.__file__).resolve() for name, module in list(sys.modules.items())
            if name.startswith("studio.") and getattr(module, "__file__", None)}
    covered = set(fingerprint.source_files())
    assert used - covered == set()
    assert PACKAGE / "presentation" / "paths.py" in covered  # what the JSON's url is made with


def test_the_cache_key_changes_when_any_source_file_changes(tmp_path, monkeypatch):
    copy = tmp_path / "studio"
    for path in fingerprint.source_files():
        target = copy / path.relative_to(PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    monkeypatch.setattr(fingerprint, "PACKAGE", copy)
    monkeypatch.setattr(fingerprint, "source_files", lambda package=copy: sorted(
        p for p in package.rglob("*") if p.is_file() and p.suffix in fingerprint.SOURCE_SUFFIXES))
    fingerprint.generator_fingerprint.cache_clear()
    before = cache.entry_key("json", ("pydantic",), "data")
    (copy / "presentation" / "paths.py").write_text("# changed\n", encoding="utf-8")
    fingerprint.generator_fingerprint.cache_clear()
    try:
        assert cache.entry_key("json", ("pydantic",), "data") != before
    finally:
        fingerprint.generator_fingerprint.cache_clear()


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
