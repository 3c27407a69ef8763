"""The one test that reads the owner's own content: their site, as it is in the repository, builds strictly, and
every programme's JSON download validates against the published schema.

Every other test builds the frozen test site in tests/site, so a valid edit to docs/, programs/, data/ or the
studio's details in mkdocs.yml can only fail here, and only if the strict build would refuse it too."""

from __future__ import annotations

import json
import shutil

from readers import download_schema
from sitecopy import CODE, CONTENT, run_build


def test_the_owners_site_builds_strictly(owner_content, tmp_path):
    for name in (*CONTENT, *CODE):
        shutil.copytree(owner_content / name, tmp_path / name)
    shutil.copy2(owner_content / "mkdocs.yml", tmp_path / "mkdocs.yml")
    build = run_build(tmp_path, build_date=None)  # as the owner's push is built: today
    assert build.returncode == 0, build.output
    assert (build.site / "index.html").is_file()
    assert (build.site / "programs" / "index.html").is_file()
    # Every programme's JSON download keeps its published schema, whatever the owner writes.
    downloads = sorted(build.site.glob("programs/*/*.json"))
    programmes = {path.parent.parent.name for path in build.site.glob("programs/*/train/index.html")}
    assert programmes and {path.parent.name for path in downloads} == programmes  # one a programme: none is missed
    schema = download_schema()
    for path in downloads:
        data = json.loads(path.read_text(encoding="utf-8"))
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in schema.iter_errors(data)]
        assert errors == [], path.relative_to(build.site)
