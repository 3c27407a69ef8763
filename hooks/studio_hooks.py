"""MkDocs loads this file (mkdocs.yml, `hooks:`) for the studio's content: settings checked, pages and downloads generated.

The work is in studio.adapter.events; this file only hands MkDocs its event handlers.
"""

from studio.adapter.events import *  # noqa: F403
