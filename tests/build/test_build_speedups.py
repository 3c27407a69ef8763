"""The build's shortcuts change nothing a reader gets, and a save under `mkdocs serve` redoes only its own file's work."""

from __future__ import annotations

import filecmp
import json
import os
import subprocess
import sys
from pathlib import Path

from rebuilds import EDIT
from sitecopy import BUILD_DATE, copy_site, run_build

from studio.downloads.formats import FORMATS

HERE = Path(__file__).resolve().parent.parent
EDITED = "strength-and-size"


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def _same(one: Path, other: Path) -> None:
    names = _files(one)
    assert names == _files(other)
    _, differ, errors = filecmp.cmpfiles(one, other, names, shallow=False)
    assert (differ, errors) == ([], [])


def test_a_build_without_the_shortcuts_is_byte_identical(built, tmp_path):
    plain = run_build(copy_site(tmp_path / "plain"), build_date=BUILD_DATE,
                      env={"STUDIO_NO_MEMO": "1", "STUDIO_FULL_EXCERPTS": "1"})
    assert plain.returncode == 0, plain.output
    _same(built.site, plain.site)


def test_after_a_one_programme_edit_under_serve_only_its_page_and_downloads_are_made(tmp_path):
    root = copy_site(tmp_path / "serve")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "STUDIO_BUILD_DATE": BUILD_DATE}
    env.pop("STUDIO_CACHE_DIR", None)
    result = subprocess.run([sys.executable, str(HERE / "rebuilds.py"), str(root), str(root / "programs" / f"{EDITED}.yml"),
                             str(tmp_path / "first"), str(tmp_path / "second")],
                            cwd=root, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    first, second = result.stdout.split("build 2\n")
    programmes = len(list((root / "programs").glob("*.yml")))
    assert f"programme pages: {programmes} made, 0 kept" in first
    assert f"programme pages: 1 made, {programmes - 1} kept from the last build" in second
    assert f"downloads: {len(FORMATS)} generated, {(programmes - 1) * len(FORMATS)} reused" in second
    assert "files read: 1 made" in second  # the edited programme; every other file was kept
    # What the second build published is what a fresh build of the edited site publishes.
    fresh = run_build(root, build_date=BUILD_DATE)
    assert fresh.returncode == 0, fresh.output
    _same(tmp_path / "second", fresh.site)
    assert EDIT in (fresh.site / "programs" / EDITED / "index.html").read_text(encoding="utf-8")


def test_search_finds_a_programme_by_its_exercises_without_indexing_its_tables(built):
    docs = json.loads((built.site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    page = next(d for d in docs if d["location"] == f"programs/{EDITED}/")
    assert "Exercises:" in page["text"] and "Back squat" in page["text"]
    programme_text = " ".join(d["text"] for d in docs if d["location"].startswith(f"programs/{EDITED}/"))
    assert "Sets × reps" not in programme_text  # the day tables are for the page, not the index
    html = (built.site / "programs" / EDITED / "index.html").read_text(encoding="utf-8")
    assert "Sets × reps" in html and "data-studio-block" not in html
