"""Everything loaded: the catalogue, pages, calls to action, tags and picker read into one `Site`, with one
`ContentError` listing every problem; the studio's details from `mkdocs.yml`
(`settings.py`, with the mailing list in `mailinglist.py`) and what the site measures (`measuring.py`: consent and
analytics); and the build's options
(`config.py`: mkdocs.yml's `extra.build`, with environment variables as overrides).
"""

from studio.site.config import BuildOptions, OptionsError, read_options
from studio.site.load import FIGURES_FILE, Site, load_site
from studio.site.mailinglist import PROVIDERS, MailingList
from studio.site.measuring import Analytics, Consent, Measuring, load_measuring
from studio.site.settings import Booking, Studio, check_site, load_studio

__all__ = [
    # config.py
    "BuildOptions", "OptionsError", "read_options",
    # load.py
    "FIGURES_FILE", "Site", "load_site",
    # mailinglist.py
    "PROVIDERS", "MailingList",
    # measuring.py
    "Analytics", "Consent", "Measuring", "load_measuring",
    # settings.py
    "Booking", "Studio", "check_site", "load_studio",
]
