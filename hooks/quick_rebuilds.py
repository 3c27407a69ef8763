"""MkDocs loads this file (mkdocs.yml, `hooks:`) for `make serve`'s quick rebuilds: a save re-writes only the pages it changed.

The work is in studio.adapter.speedups.quick_rebuilds; this file only hands MkDocs its event handlers.
"""

from studio.adapter.speedups.quick_rebuilds import *  # noqa: F403
