"""The repository, not the site: which pushed change is content (`changes.py`) and which settings in `mkdocs.yml` are
the owner's (`ownersettings.py`). Nothing in the build imports it.
"""

from studio.project.ownersettings import (
    OWNER_SETTINGS,
    Tagged,
    dump_config,
    get_setting,
    load_config,
    with_owner_settings,
    without_owner_settings,
)

__all__ = [
    # changes.py (imported on first use)
    "classify",
    # ownersettings.py
    "OWNER_SETTINGS", "Tagged", "dump_config", "get_setting", "load_config", "with_owner_settings",
    "without_owner_settings",
]

# Imported on first use, not with the package: `python -m studio.project.changes` runs in CI with only PyYAML
# installed, and runpy warns when the package has imported the module it runs already.
_LAZY = {"classify": "changes"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
