"""The build's shortcuts change nothing a reader gets, and a save under `mkdocs serve` redoes only its own file's work."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from patchcheck import patched_names
from rebuilds import EDIT, assert_same_files, rebuild, summary_edited, without_guide
from sitecopy import BUILD_DATE, copy_site, dated, run_build

from studio import load_catalog
from studio.caching import DEFAULT
from studio.downloads import FORMATS
from studio.project import dump_config, load_config
from studio.render import PAGES_FILE

EDITED = "strength-and-size"


def test_a_build_without_the_shortcuts_is_byte_identical(built, tmp_path):
    plain = run_build(copy_site(tmp_path / "plain"), build_date=BUILD_DATE,
                      env={"STUDIO_NO_MEMO": "1", "STUDIO_FULL_EXCERPTS": "1"})
    assert plain.returncode == 0, plain.output
    assert_same_files(built.site, plain.site)


def _patchcheck(root: Path, env: dict | None = None, versions: dict | None = None) -> tuple[dict, str]:
    """A strict build of `root` in a process of its own (tests/patchcheck.py): which of MkDocs' and Material's
    callables it left swapped, and what it logged."""
    command = [sys.executable, str(Path(__file__).resolve().parents[1] / "patchcheck.py"), str(root)]
    run_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **dated(BUILD_DATE), **(env or {})}
    run_env.pop("STUDIO_CACHE_DIR", None)
    result = subprocess.run([*command, "--versions", json.dumps(versions or {})], cwd=root, env=run_env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-5000:]
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def test_with_the_speedups_off_in_mkdocs_yml_nothing_is_patched_and_the_site_is_byte_identical(built, tmp_path):
    root = copy_site(tmp_path / "off")
    settings = load_config((root / "mkdocs.yml").read_text(encoding="utf-8"))
    settings["extra"]["build"] = {"speedups": False}
    (root / "mkdocs.yml").write_text(dump_config(settings), encoding="utf-8")
    off, log = _patchcheck(root)
    assert off == {"swapped": [], "filters": []}
    assert "kept: page renders" not in log  # render_memo did not run
    assert_same_files(built.site, root / "site")
    # The same site with STUDIO_SPEEDUPS=1 (the environment over mkdocs.yml): every patch is in.
    on, log = _patchcheck(root, env={"STUDIO_SPEEDUPS": "1"})
    assert on == {"swapped": [n for n in patched_names() if not n.startswith("watchdog.")],  # serve's own
                  "filters": ["_DropDirtyWarning"]}
    assert "kept: page renders" in log
    assert_same_files(built.site, root / "site")


def test_with_a_material_version_not_checked_the_site_builds_the_same_without_its_speedups(built, tmp_path):
    root = copy_site(tmp_path / "unchecked")
    result, log = _patchcheck(root, versions={"mkdocs-material": "9.9.0"})
    assert result == {"swapped": [], "filters": []}
    assert ("studio: speed-ups not installed: render_memo, quick_rebuilds, blog_excerpts. The site builds the same, "
            "slower. mkdocs-material 9.9.0: outside the versions these were checked against") in log
    assert "Aborted" not in log  # a strict build: the warning is not MkDocs' to count
    assert_same_files(built.site, root / "site")


def test_a_warm_build_from_kept_renders_is_byte_identical(built, tmp_path):
    root = copy_site(tmp_path / "warm")
    cold = run_build(root, build_date=BUILD_DATE)
    assert cold.returncode == 0, cold.output
    assert "kept: page renders: 0 made" not in cold.output
    warm = run_build(root, build_date=BUILD_DATE)
    assert warm.returncode == 0, warm.output
    assert re.search(r"kept: page renders: 0 made, [1-9]\d* kept.*; excerpt renders: 0 made, [1-9]\d* kept.*"
                     r"; reading times: 0 made, [1-9]\d* kept", warm.output), warm.output
    assert "search sections: 0 made, 0 kept" in warm.output  # only serve's next build could use them
    assert re.search(r"theme templates: 0 compiled, [1-9]\d* kept", warm.output), warm.output  # from disk
    assert re.search(r"programme pages: 0 made, [1-9]\d* kept", warm.output)
    assert_same_files(built.site, warm.site)


def test_a_kept_render_says_its_warnings_again_so_strict_still_fails(tmp_path):
    root = copy_site(tmp_path / "warn")
    page = root / "docs" / "which-programme.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n\n[A link to nowhere](no-such-page.md)\n", encoding="utf-8")
    for _ in range(2):  # cold, then warm from the kept render
        result = run_build(root, build_date=BUILD_DATE)
        assert result.returncode != 0
        assert "no-such-page.md" in result.output and "Aborted with 1 warnings in strict mode" in result.output


def test_after_a_one_programme_edit_under_serve_only_its_page_and_downloads_are_made(tmp_path):
    root = without_guide(copy_site(tmp_path / "serve"))  # compared with a published build below
    path = root / "programs" / f"{EDITED}.yml"
    steps = [[], [{"path": f"programs/{EDITED}.yml", "text": summary_edited(path.read_text(encoding="utf-8"))}]]
    first, second = rebuild(root, steps, tmp_path / "snapshots")
    programmes = len(list((root / "programs").glob("*.yml")))
    assert f"programme pages: {programmes} made, 0 kept" in first
    assert f"programme pages: 1 made, {programmes - 1} kept from the last build" in second
    assert "programme checks: 1 made" in second
    # An exercise page lists the summaries of the programmes that use it: only the edited one's exercises change.
    catalog = load_catalog(root)
    exercises = catalog.library.exercises
    uses = sum(1 for info in exercises if EDITED in {p.slug for p in catalog.programs_using(info)})
    assert 0 < uses < len(exercises)
    assert f"exercise pages: {len(exercises)} made, 0 kept" in first
    assert f"exercise pages: {uses} made, {len(exercises) - uses} kept from the last build" in second
    assert f"downloads: {len(FORMATS)} generated, {(programmes - 1) * len(FORMATS)} reused" in second
    assert "files read: 1 made" in second  # the edited programme; every other file was kept
    # The exercise pages and articles that list it are written again, but what search reads of them is the same.
    changed = int(re.search(r"quick rebuild: (\d+) of \d+ pages changed", second).group(1))
    indexed = int(re.search(r"search sections: (\d+) made", second).group(1))
    assert changed >= uses and indexed <= changed - uses
    # Pages outside the nav get the sidebar nav they were given last time; the catalogue, in the nav, its own.
    navs = re.search(r"navs: (\d+) made, (\d+) kept", second)
    assert navs and navs.group(1) == "0" and uses <= int(navs.group(2)) < changed, second
    # A preview writes the pages it keeps on disk once, at its first build; a later build's process writes its own.
    kept = root / DEFAULT / PAGES_FILE
    assert EDIT not in kept.read_text(encoding="utf-8")
    # What the second build published is what a fresh build of the edited site publishes.
    fresh = run_build(root, build_date=BUILD_DATE)
    assert fresh.returncode == 0, fresh.output
    assert EDIT in kept.read_text(encoding="utf-8")
    assert_same_files(tmp_path / "snapshots" / "1", fresh.site)
    assert EDIT in (fresh.site / "programs" / EDITED / "index.html").read_text(encoding="utf-8")


def test_an_edit_undone_under_serve_finds_the_search_sections_of_the_pages_as_they_were(tmp_path):
    root = copy_site(tmp_path / "undo")
    name = f"programs/{EDITED}.yml"
    original = (root / name).read_text(encoding="utf-8")
    steps = [[], [{"path": name, "text": summary_edited(original)}], [{"path": name, "text": original}]]
    logs = rebuild(root, steps, tmp_path / "snapshots")
    assert re.search(r"search sections: [1-9]\d* made", logs[1]), logs[1]  # the edited programme's own page
    assert "search sections: 0 made" in logs[2], logs[2]  # kept from two builds back
    assert_same_files(tmp_path / "snapshots" / "0", tmp_path / "snapshots" / "2")


def test_search_finds_a_programme_by_its_exercises_without_indexing_its_tables(built):
    docs = json.loads((built.site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    page = next(d for d in docs if d["location"] == f"programs/{EDITED}/")
    assert "Exercises:" in page["text"] and "Back squat" in page["text"]
    programme_text = " ".join(d["text"] for d in docs if d["location"].startswith(f"programs/{EDITED}/"))
    assert "Sets × reps" not in programme_text  # the day tables are for the page, not the index
    html = (built.site / "programs" / EDITED / "index.html").read_text(encoding="utf-8")
    assert "Sets × reps" in html and "data-studio-block" not in html


def test_search_finds_an_exercise_by_its_cues_and_muscles_but_not_by_the_programmes_listed_on_it(built):
    docs = json.loads((built.site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    text = " ".join(d["text"] for d in docs if d["location"].startswith("exercises/back-squat/"))
    assert "Primary muscles: quads" in text and "Coaching cues:" in text
    html = (built.site / "exercises" / "back-squat" / "index.html").read_text(encoding="utf-8")
    listed = re.search(r'<ul class="studio-uses">(.*?)</ul>', html, re.S).group(1)
    summary = re.search(r"</a>: ([^<]+)</li>", listed).group(1)
    assert summary.strip() and summary.strip() not in text  # shown on the page, not indexed


def test_a_cold_build_writes_its_pages_while_the_downloads_are_still_being_made(cold_site_copy, monkeypatch, built):
    site_copy = cold_site_copy
    # At 1,000 programmes the downloads take longer than everything else: a build that waited for them before
    # writing its pages and share cards left a core idle for about a minute.
    import mkdocs.commands.build as mkdocs_build
    from mkdocs.config import load_config

    from studio.downloads import Result

    order: list[str] = []
    write_page, wait = mkdocs_build._build_page, Result.wait
    monkeypatch.setattr(mkdocs_build, "_build_page", lambda *a, **k: order.append("page") or write_page(*a, **k))
    monkeypatch.setattr(Result, "wait", lambda self: order.append("wait") or wait(self))
    for name, value in dated(BUILD_DATE).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("STUDIO_CACHE_DIR", raising=False)
    mkdocs_build.build(load_config(str(site_copy / "mkdocs.yml"), strict=True))
    last_page = max(i for i, event in enumerate(order) if event == "page")
    assert order.index("wait") > last_page
    assert_same_files(built.site, site_copy / "site")


def test_search_indexes_an_articles_own_text_not_the_related_programmes_and_call_to_action_after_it(built):
    url = "blog/training-for-strength-vs-training-for-size/"
    docs = json.loads((built.site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    article = [d for d in docs if d["location"].startswith(url)]
    page = built.page(url)
    # The article places one call to action itself, mid-way (indexed, as the owner's text); the one after it is not.
    headings = [h.get_text(strip=True) for h in page.select(".studio-cta__heading")]
    assert len(headings) == 2 and headings[0] == headings[1]
    assert [d["title"] for d in article].count(headings[-1]) == 1
    related = page.select_one(".studio-related")
    assert related is not None and related.h2.get_text(strip=True) == "Related programmes"
    assert "Related programmes" not in " ".join(d["title"] + " " + d["text"] for d in article)
    assert any("hypertrophy" in d["text"].lower() for d in article)
    assert "data-studio-block" not in (built.site / url / "index.html").read_text(encoding="utf-8")


def test_compiled_templates_kept_on_disk_are_used_only_for_the_source_they_were_compiled_from(built, tmp_path):
    root = copy_site(tmp_path / "templates")  # its cache holds the shared build's compiled templates
    assert (root / DEFAULT / "templates.json").is_file()
    first = run_build(root, build_date=BUILD_DATE)
    assert first.returncode == 0, first.output
    # Material's own templates are kept; those of overrides/ are keyed by their path too, which a copy changes.
    compiled, kept = map(int, re.search(r"theme templates: (\d+) compiled, (\d+) kept", first.output).groups())
    assert 0 < compiled < kept, first.output
    assert_same_files(built.site, first.site)
    # An edit to a theme template: that one is compiled again and the page shows it.
    main = root / "overrides" / "main.html"
    main.write_text(main.read_text(encoding="utf-8").replace("{% block extrahead %}", "{% block extrahead %}<!-- ours -->", 1),
                    encoding="utf-8")
    second = run_build(root, build_date=BUILD_DATE)
    assert second.returncode == 0, second.output
    assert re.search(r"theme templates: 1 compiled, [1-9]\d* kept", second.output), second.output
    assert "<!-- ours -->" in (second.site / "index.html").read_text(encoding="utf-8")
