"""The list of MkDocs, Material and watchdog privates the adapter relies on (studio.adapter.compat): the installed
versions are the ones it was checked against, it names every patch the speed-ups install, and an unchecked
version switches the speed-ups that lean on it off with a warning."""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest
from patchcheck import patched_names, resolve

from studio.adapter import PRIVATES, compat, in_range, installed_versions, out_of_range, report, warn_unchecked

ROOT = Path(__file__).resolve().parents[2]


def test_the_installed_versions_are_inside_every_entrys_checked_range():
    # After an upgrade this fails with each entry to read again in the new source, and where we rely on it.
    versions = installed_versions()
    unchecked = out_of_range(versions)
    assert unchecked == [], report(unchecked, versions)


def test_a_range_that_leaves_out_the_installed_version_names_each_patch_to_recheck():
    render, copy = (next(p for p in PRIVATES if p.name == name) for name in (
        "mkdocs.structure.pages.Page.render", "material.plugins.blog.plugin.copy_file"))
    changed = [dataclasses.replace(render, checked=">=1.6.2,<1.7"), dataclasses.replace(copy, checked="==9.7.0"),
               *(p for p in PRIVATES if p not in (render, copy))]
    versions = {"mkdocs": "1.6.1", "mkdocs-material": "9.8.1", "watchdog": "7.1.0"}
    unchecked = out_of_range(versions, changed)
    assert report(unchecked, versions) == (
        "mkdocs 1.6.1, mkdocs-material 9.8.1: outside the versions these were checked against; read each again in "
        "the installed source, run the build tests, then widen its range in src/studio/adapter/compat.py:\n"
        "  mkdocs.structure.pages.Page.render (patched callable; mkdocs>=1.6.2,<1.7; render_memo): "
        "studio.adapter.speedups.render_memo._render\n"
        "  material.plugins.blog.plugin.copy_file (patched callable; mkdocs-material==9.7.0; blog_excerpts): "
        "studio.adapter.speedups.blog_excerpts.copy_if_changed")


def test_a_new_material_names_every_entry_of_material_and_only_those():
    versions = {**installed_versions(), "mkdocs-material": "9.9.0"}
    names = {p.name for p in out_of_range(versions)}
    assert names == {p.name for p in PRIVATES if p.package == "mkdocs-material"}
    assert "site_nav block of material/templates/base.html" in names  # the copied templates too


@pytest.mark.parametrize(("version", "checked", "inside"), [
    ("1.6.1", "==1.6.1", True), ("1.6.2", "==1.6.1", False), ("1.6", "==1.6.0", True),
    ("9.8.1", ">=9.8.1,<9.9", True), ("9.8.12", ">=9.8.1,<9.9", True), ("9.9.0", ">=9.8.1,<9.9", False),
    ("9.8.0", ">=9.8.1,<9.9", False), ("10.0.0rc1", "<10", False), ("9.8.1.post1", "==9.8.1", True),
    ("not installed", ">=1", False), ("2.0", "<=2.0", True), ("2.1", ">2.0", True),
])
def test_a_checked_range_is_read_as_pip_reads_plain_release_numbers(version, checked, inside):
    assert in_range(version, checked) is inside


def test_every_callable_the_speedups_swap_is_on_the_list():
    from studio.adapter.speedups import blog_excerpts, render_memo

    listed = {p.name for p in PRIVATES if p.kind == compat.PATCHED}
    swapped = set()
    for patches in (render_memo.PATCHES, blog_excerpts.PATCHES):
        for owner, name, _ in patches.swaps:
            where = owner.__name__ if isinstance(owner, type(sys)) else f"{owner.__module__}.{owner.__qualname__}"
            swapped.add(f"{where}.{name}")
    assert swapped == listed
    for name in patched_names():  # and each name on the list is one a test can look up
        assert callable(resolve(name)) or name.endswith(".yaml"), name


def test_every_copied_template_says_what_it_copies():
    for entry in (p for p in PRIVATES if p.kind == compat.TEMPLATE):
        text = (ROOT / entry.used_by).read_text(encoding="utf-8")
        assert "9.8.1" in text and "Material" in text, entry.used_by


def test_pyproject_supports_the_versions_every_build_was_checked_against():
    # What every build relies on (the copied templates, serve's error page) bounds what the project supports; the
    # speed-ups' own entries may lag, as a build outside them skips those speed-ups.
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for package in ("mkdocs", "mkdocs-material"):
        ranges = {p.checked for p in PRIVATES if p.package == package and p.speedup is None}
        declared = re.search(rf'^\s*"{package}([^"]*)",', text, re.M).group(1)
        assert ranges == {declared}, package
    locked = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    for package in ("mkdocs", "mkdocs-material", "watchdog"):
        pin = re.search(rf"^{package}==(\S+)", locked, re.M).group(1)
        assert all(in_range(pin, p.checked) for p in PRIVATES if p.package == package), package


def test_an_unchecked_version_switches_the_speedups_that_lean_on_it_off_with_a_warning(caplog):
    versions = {"mkdocs": "1.6.1", "mkdocs-material": "9.8.1", "watchdog": "8.0.0"}
    with caplog.at_level(logging.WARNING, logger="studio.compat"):
        assert warn_unchecked(versions) == {"quick_rebuilds"}
    watcher = [p for p in PRIVATES if p.package == "watchdog"]
    assert caplog.messages == [
        "studio: speed-ups not installed: quick_rebuilds. The site builds the same, slower. " + report(watcher, versions)]
    assert caplog.records[0].name == "studio.compat"  # not under "mkdocs": --strict does not stop on it
    caplog.clear()
    assert warn_unchecked(installed_versions()) == set() and caplog.messages == []


SWITCH = """
import json, logging, sys
from patchcheck import patched_names, resolve
from studio.adapter.speedups import switch
from studio.site.config import BuildOptions
logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
before = {name: resolve(name) for name in patched_names()}
swapped = lambda: sorted(name for name in before if resolve(name) is not before[name])
steps = {}
steps["on"] = sorted(switch.apply(BuildOptions())), swapped()
steps["off"] = sorted(switch.apply(BuildOptions(speedups=False))), swapped()
steps["new material"] = sorted(switch.apply(BuildOptions(), {**json.loads(sys.argv[1])})), swapped()
steps["on again"] = sorted(switch.apply(BuildOptions())), swapped()
print(json.dumps(steps))
"""


def test_the_switch_installs_the_speedups_and_takes_every_patch_out_again():
    # In a process of its own: this one's MkDocs may already carry another test's patches.
    versions = {**installed_versions(), "mkdocs-material": "9.9.0"}
    result = subprocess.run([sys.executable, "-c", SWITCH, json.dumps(versions)], capture_output=True, text=True,
                            cwd=ROOT, env={"PYTHONPATH": str(ROOT / "tests"), "PATH": ""}, timeout=120)
    assert result.returncode == 0, result.stderr
    steps = json.loads(result.stdout)
    everything = sorted(patched_names())
    watcher = [n for n in everything if n.startswith("watchdog.")]  # installed by on_serve, not by the switch
    assert steps["on"] == [sorted(compat.SPEEDUPS), sorted(set(everything) - set(watcher))]
    assert steps["off"] == [[], []]
    assert steps["new material"] == [["late_copy"], []]  # only the MkDocs-only one runs; Material is its own
    assert steps["on again"] == steps["on"]
    assert result.stderr.count("studio.compat: studio: speed-ups not installed: render_memo, quick_rebuilds, "
                               "blog_excerpts. The site builds the same, slower. mkdocs-material 9.9.0: outside") == 1
