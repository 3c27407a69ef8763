"""The output spine: `Renderer(site)` makes every generated page, download, schema, block, card and the feed of one
build; `page_scripts` says which scripts a page needs.
"""

from studio.render.pagescripts import page_scripts
from studio.render.renderer import PAGES_FILE, Published, Rendered, Renderer

__all__ = [
    # pagescripts.py
    "page_scripts",
    # renderer.py
    "PAGES_FILE", "Published", "Rendered", "Renderer",
]
