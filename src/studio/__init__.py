"""The studio's content: load, validate, model and render programmes.

Plain Python with no MkDocs import, so it can be tested alone and would
survive a move to another site generator.
"""

__all__ = ["Catalog", "ContentError", "Problem", "load_catalog"]

_EXPORTS = {"Catalog": "catalog", "load_catalog": "catalog", "ContentError": "common", "Problem": "common"}


def __getattr__(name: str):
    # Imported on first use, not with the package: `python -m studio.project.changes` runs in CI with only PyYAML
    # installed, and in the publish hook, where loading the whole model first would cost seconds.
    if name in _EXPORTS:
        from importlib import import_module

        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
