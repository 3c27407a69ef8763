"""Which speed-ups a build runs, and their patches in or out to match: called once a build, by events.on_config.

On when `extra.build.speedups` (or STUDIO_SPEEDUPS) says so, less each one that leans on a MkDocs, Material or
watchdog private not checked against the installed version (studio.adapter.compat, which logs what to re-check).
Off, nothing of the host is swapped, and the site is the same, byte for byte (tests/build/test_build_speedups.py).
"""

from __future__ import annotations

from collections.abc import Mapping

import studio.adapter.compat as compat
from studio.adapter.compat import BLOG_EXCERPTS, QUICK_REBUILDS, RENDER_MEMO, SPEEDUPS
from studio.adapter.speedups import blog_excerpts, quick_rebuilds, render_memo
from studio.adapter.state import STATE
from studio.caching import keep
from studio.site import BuildOptions

__all__ = ["apply"]

_warned: dict[tuple, set[str]] = {}  # versions -> the speed-ups they leave out: serve warns once, not every save


def apply(options: BuildOptions, versions: Mapping[str, str] | None = None) -> frozenset[str]:
    """Install the speed-ups this build runs and take out the others; returns them (also in STATE.speedups)."""
    keep(options.memo)
    running: set[str] = set()
    if options.speedups:
        versions = dict(versions if versions is not None else compat.installed_versions())
        key = tuple(sorted(versions.items()))
        if key not in _warned:
            _warned[key] = compat.warn_unchecked(versions)
        running = set(SPEEDUPS) - _warned[key]
    _toggle(RENDER_MEMO in running, render_memo.install, render_memo.uninstall)
    _toggle(QUICK_REBUILDS in running, quick_rebuilds.install, quick_rebuilds.uninstall)
    _toggle(BLOG_EXCERPTS in running, blog_excerpts.install, blog_excerpts.uninstall)
    STATE.options, STATE.speedups = options, frozenset(running)
    return STATE.speedups


def _toggle(on: bool, install, uninstall) -> None:
    (install if on else uninstall)()
