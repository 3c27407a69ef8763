"""Everything loaded: the catalogue, pages, calls to action, tags and picker read into one `Site`, with one
`ContentError` listing every problem; and the studio's details from `mkdocs.yml`.
"""

from studio.site.load import FIGURES_FILE, Site, load_site
from studio.site.settings import Booking, Studio, load_studio

__all__ = [
    # load.py
    "FIGURES_FILE", "Site", "load_site",
    # settings.py
    "Booking", "Studio", "load_studio",
]
