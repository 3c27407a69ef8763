"""MkDocs loads this file (mkdocs.yml, `hooks:`) for the blog's excerpts rendered from each post's head, not its whole text.

The work is in studio.adapter.speedups.blog_excerpts; this file only hands MkDocs its event handlers.
"""

from studio.adapter.speedups.blog_excerpts import *  # noqa: F403
