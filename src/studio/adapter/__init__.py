"""The only code that imports MkDocs, Material or watchdog: MkDocs' events handed to the studio, and back.

- `events`: the event handlers (hooks/studio_hooks.py hands them to MkDocs), reading the build's options once
  (studio.site.config) and switching the speed-ups (`speedups.switch`).
- `state`: what the hooks share in one process: serving or not, this build's options and speed-ups.
- `compat`: every MkDocs, Material and watchdog private relied on, with the versions it was checked against.
- `preview`, `errorpage`: serve's page of build errors.
- `speedups/`: `render_memo`, `quick_rebuilds`, `blog_excerpts` (hooks/quick_rebuilds.py and hooks/blog_excerpts.py
  hand MkDocs their handlers), installed and taken out by `switch`, each patch through `patching.Patches`.
"""

__all__ = [
    # compat.py
    "PRIVATES", "QUICK_REBUILDS", "in_range", "installed_versions", "out_of_range", "report", "warn_unchecked",
    # errorpage.py
    "Line", "lines", "render_error_page",
    # preview.py
    "show_build_errors",
    # state.py
    "STATE",
]

_EXPORTS = {**dict.fromkeys(["PRIVATES", "QUICK_REBUILDS", "in_range", "installed_versions", "out_of_range", "report",
                             "warn_unchecked"], "compat"),
            **dict.fromkeys(["Line", "lines", "render_error_page"], "errorpage"),
            "show_build_errors": "preview", "STATE": "state"}


def __getattr__(name: str):
    # Imported on first use: importing the package alone loads no MkDocs.
    if name in _EXPORTS:
        from importlib import import_module

        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
