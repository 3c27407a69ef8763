"""The one test that reads the owner's own content: their site, as it is in the repository, builds strictly.

Every other test builds the frozen test site in tests/site, so a valid edit to docs/, programs/, data/ or the
studio's details in mkdocs.yml can only fail here, and only if the strict build would refuse it too."""

from __future__ import annotations

import shutil

from sitecopy import CODE, CONTENT, run_build


def test_the_owners_site_builds_strictly(owner_content, tmp_path):
    for name in (*CONTENT, *CODE):
        shutil.copytree(owner_content / name, tmp_path / name)
    shutil.copy2(owner_content / "mkdocs.yml", tmp_path / "mkdocs.yml")
    build = run_build(tmp_path, build_date=None)  # as the owner's push is built: today
    assert build.returncode == 0, build.output
    assert (build.site / "index.html").is_file()
    assert (build.site / "programs" / "index.html").is_file()
