"""The outputs that are not HTML pages: share cards, resized exercise pictures, the Atom feed and the JSON Schemas.
"""

from studio.outputs.app import MANIFEST_PATH, icon_path, icons, initials, manifest, short_name
from studio.outputs.cards import (
    CARD_ACCENT,
    CARD_BACKGROUND,
    CARD_HEIGHT,
    CARD_INK,
    CARD_SOFT,
    CARD_WIDTH,
    Card,
    build_cards,
    card_key,
    card_kind,
    card_path,
    draw,
)
from studio.outputs.feed import FEED_PATH, Entry, absolute_html, atom_feed
from studio.outputs.offline import service_worker, shell, site_version, write_service_worker
from studio.outputs.pictures import build_demonstrations, fitted

__all__ = [
    # app.py
    "MANIFEST_PATH", "icon_path", "icons", "initials", "manifest", "short_name",
    # cards.py
    "CARD_ACCENT", "CARD_BACKGROUND", "CARD_HEIGHT", "CARD_INK", "CARD_SOFT", "CARD_WIDTH", "Card", "build_cards", "card_key", "card_kind",
    "card_path", "draw",
    # feed.py
    "FEED_PATH", "Entry", "absolute_html", "atom_feed",
    # offline.py
    "service_worker", "shell", "site_version", "write_service_worker",
    # pictures.py
    "build_demonstrations", "fitted",
    # schema.py (imported on first use)
    "SCHEMAS", "schema_texts",
]

# Imported on first use, not with the package: `python -m studio.outputs.schema` (make schema) runs that module
# as __main__, and runpy warns when the package has imported it already.
_LAZY = {"SCHEMAS": "schema", "schema_texts": "schema"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
