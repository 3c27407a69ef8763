"""Tests own their content: the test site's settings, the guard that keeps tests off the owner's files, the
locks, and the cores the workers use."""

from __future__ import annotations

import re

import pytest
from sitecopy import ROOT, SITE, test_settings

from studio.common import available_cores
from studio.project import (
    OWNER_SETTINGS,
    Tagged,
    dump_config,
    get_setting,
    load_config,
    with_owner_settings,
    without_owner_settings,
)


def test_a_test_that_reads_the_owners_content_fails():
    for folder in ("docs", "programs", "data"):
        with pytest.raises(PermissionError, match=f"tests own their content: {ROOT / folder}"):
            list((ROOT / folder).iterdir())
    with pytest.raises(PermissionError, match="tests own their content"):
        (ROOT / "programs" / "anything.yml").read_text()
    assert (SITE / "programs").is_dir() and list((SITE / "programs").glob("*.yml"))
    assert (ROOT / "mkdocs.yml").read_text()  # the project's settings are code: readable
    assert list((ROOT / "hooks").iterdir())


def test_the_guide_is_readable_but_nothing_else_under_docs():
    # The owner's guide documents the format; tests/unit/test_guide_examples.py builds its examples.
    assert [path.name for path in sorted((ROOT / "docs" / "guide").glob("*.md"))][:1] == ["downloads.md"]
    assert (ROOT / "docs" / "guide" / "writing-a-programme.md").read_text(encoding="utf-8")
    for path in (ROOT / "docs" / "index.md", ROOT / "docs" / "guide" / "notes.txt", ROOT / "docs" / "guide-x.md",
                 ROOT / "docs" / "guide" / "sub" / "page.md"):
        with pytest.raises(PermissionError, match="tests own their content"):
            path.read_text()


def test_the_owner_test_may_read_the_owners_content(owner_content):
    assert list((owner_content / "programs").iterdir())


def test_the_test_sites_settings_are_the_projects_with_its_own_studio_details():
    project = load_config((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    ours = load_config((SITE / "mkdocs.yml").read_text(encoding="utf-8"))
    merged = load_config(test_settings())
    assert without_owner_settings(merged) == without_owner_settings(project)  # the theme, hooks, plugins: the project's
    for path in OWNER_SETTINGS:
        assert get_setting(merged, path) == get_setting(ours, path), path


def test_owner_settings_are_replaced_wherever_they_are_written():
    config = load_config("""\
site_name: Old
extra: {studio: {name: Old}}
theme: {name: material}
plugins:
  - search
  - blog:
      categories_allowed: [A]
      post_excerpt: required
  - tags
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
copyright: !ENV [COPYRIGHT, "© Old"]
""")
    owner = load_config("site_name: New\nnav: [index.md]\nplugins: [{blog: {categories_allowed: [B, C]}}]\n")
    merged = with_owner_settings(config, owner)
    assert merged["site_name"] == "New" and merged["nav"] == ["index.md"]
    assert "extra" not in merged and "copyright" not in merged  # unset in the test site, so unset
    assert merged["plugins"] == ["search", {"blog": {"categories_allowed": ["B", "C"], "post_excerpt": "required"}},
                                 "tags"]
    tagged = merged["markdown_extensions"][0]["pymdownx.emoji"]["emoji_index"]
    assert tagged == Tagged("tag:yaml.org,2002:python/name:material.extensions.emoji.twemoji", "")
    text = dump_config(merged)
    assert "!!python/name:material.extensions.emoji.twemoji" in text
    assert load_config(text) == merged
    assert get_setting(config, ("copyright",)) == Tagged("!ENV", ["COPYRIGHT", "© Old"])
    assert without_owner_settings(config) == {
        "theme": {"name": "material"},
        "plugins": ["search", {"blog": {"post_excerpt": "required"}}, "tags"],
        "markdown_extensions": config["markdown_extensions"]}


def test_the_build_options_in_extra_are_the_projects_not_the_test_sites():
    # extra is the owner's, but extra.build is code (studio.site.config): a test builds as the project does.
    project = {"extra": {"studio": {"name": "Old"}, "build": {"speedups": False}}, "theme": {"name": "material"}}
    owner = {"extra": {"studio": {"name": "New"}, "build": {"speedups": True}}}
    assert with_owner_settings(project, owner)["extra"] == {"studio": {"name": "New"}, "build": {"speedups": False}}
    assert with_owner_settings({"theme": {}}, owner)["extra"] == {"studio": {"name": "New"}}  # unset in the project
    assert without_owner_settings(project)["extra"] == {"build": {"speedups": False}}


def test_a_plugin_the_owner_setting_names_but_the_site_does_not_use_is_left_alone():
    merged = with_owner_settings({"plugins": ["search"]}, {"plugins": [{"blog": {"categories_allowed": ["A"]}}]})
    assert merged == {"plugins": ["search"]}


def _pins(name: str) -> dict[str, str]:
    text = (ROOT / name).read_text(encoding="utf-8")
    return dict(re.findall(r"^([a-z0-9][a-z0-9._-]*)==([^\s\\]+)", text, re.M))


def test_the_site_lock_is_the_test_lock_without_the_test_tools():
    site, tests = _pins("requirements.lock"), _pins("requirements-test.lock")
    assert {"mkdocs", "mkdocs-material", "pyyaml", "jinja2", "markdown"} <= site.keys()
    assert {name: tests.get(name) for name in site} == site  # the same versions in both
    assert not {"pytest", "playwright", "hypothesis", "pytest-xdist"} & site.keys()
    assert {"pytest", "playwright", "hypothesis", "pytest-xdist"} <= tests.keys()
    for name in ("requirements.lock", "requirements-test.lock"):  # every pin hashed, for --require-hashes
        text = (ROOT / name).read_text(encoding="utf-8")
        assert text.count("==") == len(_pins(name)) and all(
            "--hash=sha256:" in block for block in re.split(r"\n(?=[a-z0-9])", text.split("\n", 2)[2]))


def test_workers_follow_the_cores_this_process_may_use(tmp_path, monkeypatch):
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1, 2, 3})
    missing = tmp_path / "none"
    assert available_cores(missing) == 4
    quota = tmp_path / "cpu.max"
    quota.write_text("150000 100000\n")  # one and a half cores
    assert available_cores(quota) == 2
    quota.write_text("max 100000\n")
    assert available_cores(quota) == 4
    quota.write_text("50000 100000\n")
    assert available_cores(quota) == 1
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set())
    assert available_cores(missing) == 1
