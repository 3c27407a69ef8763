"""Shared fixtures: a tiny valid site on disk that tests can break one field at a time, the test site built once
for the whole run, the markers each folder's tests carry, and the guard that keeps tests off the owner's content."""

from __future__ import annotations

import importlib.util
import os
import sys
import textwrap
import threading
from pathlib import Path

import pytest
import sitecopy
from samples import LIBRARY, PROGRAM, STYLES

# Each folder's tests carry its marker (`make check` runs `-m "unit or owner"`; CI splits jobs by them).
FOLDER_MARKERS = {"unit": "unit", "build": "build", "browser": "browser", "deploy": "deploy", "fuzz": "fuzz",
                  "owner": "owner"}
TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items):
    for item in items:
        folder = Path(item.path).resolve().relative_to(TESTS).parts[0]
        if folder in FOLDER_MARKERS:
            item.add_marker(FOLDER_MARKERS[folder])


# ---------------------------------------------------------------- tests own their content

OWNER_CONTENT = tuple(str(sitecopy.ROOT / name) for name in sitecopy.CONTENT)
_owner_allowed = False


# The owner's guide is the developers' documentation of the format, not the owner's content: the owner does not
# edit it, and tests/unit/test_guide_examples.py builds every YAML example in it, so that the guide never teaches
# something the build refuses. Only the guide's folder and its Markdown files, nothing else under docs/.
GUIDE = str(sitecopy.ROOT / "docs" / "guide")


def _is_owner_content(path: str) -> bool:
    if path == GUIDE or os.path.dirname(path) == GUIDE and path.endswith(".md"):
        return False
    return any(path == folder or path.startswith(folder + os.sep) for folder in OWNER_CONTENT)


def _keep_off_owner_content(event: str, args: tuple) -> None:
    """An audit hook: a test that opens or lists the owner's docs/, programs/ or data/ fails at once. Tests build
    the frozen copies in tests/site; only tests/owner may read the owner's own files."""
    if _owner_allowed or event not in ("open", "os.listdir", "os.scandir") or not args:
        return
    path = args[0]
    if path is None or isinstance(path, int):
        return
    try:
        path = os.path.abspath(os.fsdecode(path))
    except (TypeError, ValueError):
        return
    if _is_owner_content(path):
        raise PermissionError(f"tests own their content: {path} is the owner's; use the test site in tests/site "
                              "(sitecopy.SITE, copy_site) instead")


sys.addaudithook(_keep_off_owner_content)


@pytest.fixture
def owner_content():
    """For tests/owner only: lets the test read the owner's docs/, programs/ and data/."""
    global _owner_allowed
    _owner_allowed = True
    yield sitecopy.ROOT
    _owner_allowed = False


# ---------------------------------------------------------------- the test site, built once


@pytest.fixture(scope="session", autouse=True)
def _shared_build_base(tmp_path_factory):
    # Under pytest-xdist each worker has its own base folder inside the run's: the run's is shared.
    base = tmp_path_factory.getbasetemp()
    sitecopy.SHARED.base = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    yield


_prewarm: threading.Thread | None = None


def pytest_sessionstart(session):
    """On a whole-suite run with pytest-xdist workers, the controller (which runs no test) makes the once-a-run
    things in the background as soon as the run starts: the shared build, then the first publish to a deploy
    server. Otherwise the first worker to need one makes it while the other waits on its lock with a core idle
    (about 10 s for the build, 35 s for the publish). They are made under the same lock as when a test asks, so a
    worker that needs one first simply waits for it, and one that fails here is tried again by the test."""
    global _prewarm
    config = session.config
    whole_suite = (config.args_source == pytest.Config.ArgsSource.TESTPATHS and not config.option.markexpr
                   and not config.option.keyword and not config.option.collectonly)
    if os.environ.get("PYTEST_XDIST_WORKER") or not getattr(config.option, "numprocesses", None) or not whole_suite:
        return
    # The run's folder, which the workers' folders are made in (what the tmp_path_factory fixture gives).
    sitecopy.SHARED.base = config._tmp_path_factory.getbasetemp()

    def make() -> None:
        import deployment  # here: it needs the deploy tools, which only a whole run is sure to have
        try:
            sitecopy.SHARED.build()
            deployment.first_publish(sitecopy.SHARED.base)
        except Exception:  # noqa: BLE001 - the test that needs it makes it again and reports the failure
            pass
    _prewarm = threading.Thread(target=make, name="prewarm", daemon=True)
    _prewarm.start()


def pytest_sessionfinish(session):
    if _prewarm is not None:
        _prewarm.join()


@pytest.fixture(scope="session")
def built() -> sitecopy.Build:
    """The test site, built strictly once for the whole run (every xdist worker reads the same build)."""
    return sitecopy.SHARED.build()


class SiteFiles:
    """A content tree under tmp_path: write files, then load it."""

    def __init__(self, root: Path):
        self.root = root
        self.write("data/exercises.yml", LIBRARY)
        self.write("data/styles.yml", STYLES)

    def write(self, name: str, text: str | bytes) -> Path:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(textwrap.dedent(text) if text.startswith("\n") else text, encoding="utf-8")
        return path

    def program(self, text: str = PROGRAM, name: str = "test-strength.yml") -> Path:
        return self.write(f"programs/{name}", text)


@pytest.fixture
def site(tmp_path: Path) -> SiteFiles:
    return SiteFiles(tmp_path)


@pytest.fixture
def load_hook():
    """A fresh copy of one of the adapter's hook modules, as MkDocs loads hooks/<name>.py, whose state starts empty."""
    adapter = Path(__file__).resolve().parent.parent / "src" / "studio" / "adapter"
    files = {"studio_hooks": adapter / "events.py", "quick_rebuilds": adapter / "speedups" / "quick_rebuilds.py",
             "blog_excerpts": adapter / "speedups" / "blog_excerpts.py"}

    def load(name: str):
        spec = importlib.util.spec_from_file_location(f"{name}_under_test", files[name])
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    return load
