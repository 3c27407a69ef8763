"""The same commit and build date give the same site, byte for byte, wherever it is built."""

from __future__ import annotations

import filecmp

from sitecopy import BUILD_DATE, copy_site, run_build


def _files(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_two_clean_builds_are_byte_identical(built, tmp_path):
    # A second copy in another folder, with its own empty download cache: nothing is reused. A new process with
    # its own hash seed (the shared build was forked from the build server, with the server's): nothing may
    # depend on the order of a set or a dict built from one.
    again = run_build(copy_site(tmp_path / "again", warm=False), build_date=BUILD_DATE, fresh=True,
                      env={"PYTHONHASHSEED": "20261122"})
    assert again.returncode == 0, again.output
    names = _files(built.site)
    assert names == _files(again.site)
    assert any(name.endswith(".xlsx") for name in names)
    _, differ, errors = filecmp.cmpfiles(built.site, again.site, names, shallow=False)
    assert (differ, errors) == ([], [])
