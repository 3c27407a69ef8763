"""The build's own options, read once per build in one place: `extra.build` in mkdocs.yml, then the environment.

Plain Python (no MkDocs import): the adapter hands in mkdocs.yml's `extra` and `os.environ` and passes the
result down, so no other module reads an environment variable.

    extra:
      build:
        speedups: true   # the adapter's shortcuts through MkDocs' and Material's insides (studio/adapter/compat.py)
        memo: true       # keep results between builds (in memory under serve, on disk beside the downloads)

Each has an environment variable that overrides it for one run, and three settings are only that:

| Variable | Option | Values |
|---|---|---|
| `STUDIO_SPEEDUPS` | `speedups` | `1` on, `0` off |
| `STUDIO_NO_MEMO` | `memo` | `1` off (keep nothing: everything made afresh), `0` on |
| `STUDIO_FULL_EXCERPTS` | `full_excerpts` | `1`: blog views render each post's whole Markdown |
| `STUDIO_CACHE_DIR` | `cache_dir` | a folder; default `.cache/downloads/` beside mkdocs.yml |
| `STUDIO_BUILD_DATE` | `build_date` | `YYYY-MM-DD`: build as if on that day; default today |

The build options are code, not the studio's details (`extra.studio`, `site/settings.py`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, StrictBool, ValidationError

from studio.caching import DEFAULT as DEFAULT_CACHE
from studio.format import problems_from
from studio.site.settings import lines_of

SPEEDUPS, NO_MEMO, FULL_EXCERPTS = "STUDIO_SPEEDUPS", "STUDIO_NO_MEMO", "STUDIO_FULL_EXCERPTS"
CACHE_DIR, BUILD_DATE = "STUDIO_CACHE_DIR", "STUDIO_BUILD_DATE"
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class BuildOptions:
    """How this build runs. None of it changes a byte of the site (tests/build/test_build_speedups.py), except
    `build_date`, which is the day dated content is published as of."""

    speedups: bool = True
    memo: bool = True
    full_excerpts: bool = False
    cache_dir: Path | None = None  # None: DEFAULT_CACHE beside mkdocs.yml
    build_date: date | None = None  # None: today

    def cache(self, root: Path) -> Path:
        """The download cache's folder for the site whose mkdocs.yml is in `root`."""
        return self.cache_dir if self.cache_dir is not None else root / DEFAULT_CACHE

    def today(self) -> date:
        return self.build_date or date.today()


class OptionsError(Exception):
    """Build options that cannot be used; each line names the file and line, or the variable, and what to write."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.lines)
        heading = f"{count} problem{'s' if count != 1 else ''} in the build options:"
        return "\n".join([heading, *(f"  {line}" for line in self.lines)])


class _Build(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    speedups: StrictBool = True
    memo: StrictBool = True


class _Extra(BaseModel):
    model_config = ConfigDict(extra="ignore")  # extra.studio and the theme's own keys are read elsewhere

    build: _Build | None = None


class _Wrapper(BaseModel):
    extra: _Extra


def read_options(extra: dict | None, config_file: Path, environ: Mapping[str, str]) -> BuildOptions:
    """`extra.build` of mkdocs.yml, overridden by the environment. Raises OptionsError listing every problem."""
    lines: list[str] = []
    build = _Build()
    try:
        build = _Wrapper.model_validate({"extra": {"build": (extra or {}).get("build")}}).extra.build or _Build()
    except ValidationError as error:
        lines += [str(problem) for problem in problems_from(error, lines_of(config_file), _Wrapper)]
    speedups = _switch(environ, SPEEDUPS, build.speedups, lines)
    memo = not _switch(environ, NO_MEMO, not build.memo, lines)
    full_excerpts = _switch(environ, FULL_EXCERPTS, False, lines)
    cache_dir = _folder(environ, CACHE_DIR)
    build_date = _day(environ, BUILD_DATE, lines)
    if lines:
        raise OptionsError(lines)
    return BuildOptions(speedups, memo, full_excerpts, cache_dir, build_date)


def _set(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name, "").strip()
    return value or None  # an empty variable is an unset one, as the shell's VAR= reads


def _switch(environ: Mapping[str, str], name: str, default: bool, lines: list[str]) -> bool:
    value = _set(environ, name)
    if value is None:
        return default
    if value not in ("0", "1"):
        lines.append(f"{name}={value!r}: write 1 (yes) or 0 (no), or leave it unset")
        return default
    return value == "1"


def _folder(environ: Mapping[str, str], name: str) -> Path | None:
    value = _set(environ, name)
    return Path(value).expanduser().resolve() if value else None


def _day(environ: Mapping[str, str], name: str, lines: list[str]) -> date | None:
    value = _set(environ, name)
    if value is None:
        return None
    if not _DAY.match(value):
        lines.append(f"{name}={value!r}: write a date as YYYY-MM-DD, e.g. 2026-11-22, or leave it unset")
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        lines.append(f"{name}={value!r}: there is no such day; write a date as YYYY-MM-DD, e.g. 2026-11-22")
        return None
