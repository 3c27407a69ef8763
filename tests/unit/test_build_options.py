"""The build's options: mkdocs.yml's `extra.build`, the environment's overrides, one exact message per mistake."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from studio.site import BuildOptions, OptionsError, read_options

SETTINGS = """\
site_name: Test Studio
extra:
  studio:
    name: Test Studio
  build:
    speedups: {speedups}
    memo: {memo}
"""


def _read(tmp_path: Path, environ: dict[str, str] | None = None, speedups: str = "true", memo: str = "true",
          text: str | None = None) -> BuildOptions:
    config = tmp_path / "mkdocs.yml"
    config.write_text(text if text is not None else SETTINGS.format(speedups=speedups, memo=memo), encoding="utf-8")
    extra = yaml.safe_load(config.read_text(encoding="utf-8")).get("extra")
    return read_options(extra, config, environ or {})


def _report(tmp_path: Path, **kwargs) -> str:
    with pytest.raises(OptionsError) as caught:
        _read(tmp_path, **kwargs)
    return caught.value.report()


def test_without_extra_build_every_speedup_runs_and_the_memo_keeps(tmp_path):
    options = _read(tmp_path, text="site_name: Test Studio\nextra:\n  studio: {name: Test Studio}\n")
    assert options == BuildOptions(speedups=True, memo=True, full_excerpts=False, cache_dir=None, build_date=None)
    assert options.cache(tmp_path) == tmp_path / ".cache" / "downloads"
    assert options.today() == date.today()
    assert read_options(None, tmp_path / "mkdocs.yml", {}) == options  # no extra at all


def test_mkdocs_yml_switches_the_speedups_and_the_memo_off(tmp_path):
    assert _read(tmp_path, speedups="false", memo="false") == BuildOptions(speedups=False, memo=False)


def test_the_environment_overrides_mkdocs_yml(tmp_path):
    environ = {"STUDIO_SPEEDUPS": "1", "STUDIO_NO_MEMO": "1", "STUDIO_FULL_EXCERPTS": "1",
               "STUDIO_CACHE_DIR": str(tmp_path / "elsewhere"), "STUDIO_BUILD_DATE": "2026-11-22"}
    options = _read(tmp_path, environ, speedups="false")
    assert options == BuildOptions(speedups=True, memo=False, full_excerpts=True, cache_dir=tmp_path / "elsewhere",
                                   build_date=date(2026, 11, 22))
    assert options.cache(tmp_path) == tmp_path / "elsewhere" and options.today() == date(2026, 11, 22)
    assert _read(tmp_path, {"STUDIO_SPEEDUPS": "0", "STUDIO_NO_MEMO": "0"}, memo="false") == BuildOptions(
        speedups=False, memo=True)  # each variable overrides both ways


def test_an_empty_variable_is_an_unset_one(tmp_path):
    environ = {name: " " for name in ("STUDIO_SPEEDUPS", "STUDIO_NO_MEMO", "STUDIO_FULL_EXCERPTS", "STUDIO_CACHE_DIR",
                                      "STUDIO_BUILD_DATE")}
    assert _read(tmp_path, environ, speedups="false") == BuildOptions(speedups=False)


def test_a_build_date_that_is_no_day_says_so(tmp_path):
    assert _report(tmp_path, environ={"STUDIO_BUILD_DATE": "2026-02-30"}) == (
        "1 problem in the build options:\n"
        "  STUDIO_BUILD_DATE='2026-02-30': there is no such day; write a date as YYYY-MM-DD, e.g. 2026-11-22")
    assert _report(tmp_path, environ={"STUDIO_BUILD_DATE": "22/11/2026"}) == (
        "1 problem in the build options:\n"
        "  STUDIO_BUILD_DATE='22/11/2026': write a date as YYYY-MM-DD, e.g. 2026-11-22, or leave it unset")


def test_a_speedups_value_that_is_not_true_or_false_names_the_line(tmp_path):
    assert _report(tmp_path, speedups="maybe") == (
        "1 problem in the build options:\n"
        "  mkdocs.yml:6: extra.build.speedups: 'maybe' is not true or false; write true or false")


def test_every_mistake_is_reported_at_once(tmp_path):
    text = SETTINGS.format(speedups="1", memo="true") + "    memmo: false\n"
    assert _report(tmp_path, text=text, environ={"STUDIO_SPEEDUPS": "yes", "STUDIO_NO_MEMO": "true",
                                                 "STUDIO_FULL_EXCERPTS": "2"}) == (
        "5 problems in the build options:\n"
        "  mkdocs.yml:6: extra.build.speedups: 1 is not true or false; write true or false\n"
        "  mkdocs.yml:8: extra.build.memmo: unknown field 'memmo'; did you mean 'memo'? allowed here: speedups, memo\n"
        "  STUDIO_SPEEDUPS='yes': write 1 (yes) or 0 (no), or leave it unset\n"
        "  STUDIO_NO_MEMO='true': write 1 (yes) or 0 (no), or leave it unset\n"
        "  STUDIO_FULL_EXCERPTS='2': write 1 (yes) or 0 (no), or leave it unset")


def test_extra_build_must_be_fields(tmp_path):
    assert _report(tmp_path, text="site_name: X\nextra:\n  build: [speedups]\n") == (
        "1 problem in the build options:\n"
        "  mkdocs.yml:3: extra.build: expected fields (such as name: value), got a list")


def test_no_module_but_the_build_options_reads_the_environment():
    # One place reads the environment: the rest of the package is handed the options.
    package = Path(__file__).resolve().parents[2] / "src" / "studio"
    readers = sorted(str(path.relative_to(package)) for path in package.rglob("*.py")
                     if "os.environ" in path.read_text(encoding="utf-8") or "getenv" in path.read_text(encoding="utf-8"))
    assert readers == ["adapter/events.py", "site/config.py"]  # events.py hands os.environ to read_options
