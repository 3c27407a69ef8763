"""Which of the site's scripts a page needs, read from its HTML: each script is loaded only where it works.

Every script looks for its own elements and does nothing without them, so the markers here are those
elements' ids and classes. studio.js (the shared start-up helper) comes first whenever any is needed.
"""

from __future__ import annotations

import re

HELPER = "assets/studio.js"
# (script, texts one of which its marker holds, the marker). A pattern that starts with \b is tried at every
# character (30 ms of each programme save): the texts are looked for first, and most pages hold none.
SCRIPTS = (
    ("assets/catalogue.js", ('id="program-filter"',), re.compile(r'\bid="program-filter"')),
    ("assets/compare.js", ('id="program-list"', 'id="compare-page"'),
     re.compile(r'\bid="(?:program-list|compare-page)"')),
    ("assets/picker.js", ('id="picker-form"',), re.compile(r'\bid="picker-form"')),
    ("assets/calendar.js", ('<form class="studio-calendar',), re.compile(r'<form class="studio-calendar\b')),
    ("assets/embed.js", ('<div class="studio-embed',), re.compile(r'<div class="studio-embed\b')),
    ("assets/calculator.js", ('id="studio-calculator"',), re.compile(r'\bid="studio-calculator"')),
    # The result rules' engine, before the training view that applies it.
    ("assets/rules.js", ('id="studio-training"',), re.compile(r'\bid="studio-training"')),
    # After the calculator: the training view works its weights out with it.
    ("assets/training.js", ('id="studio-training"',), re.compile(r'\bid="studio-training"')),
    # A programme page and its training view ask the service worker to keep the programme for offline use.
    ("assets/offline.js", ('data-studio-offline="',), re.compile(r'\bdata-studio-offline="')),
)
# assets/measure.js has no marker: its events are on every page, and overrides/main.html loads it only once the
# reader has agreed to analytics (extra.analytics with extra.consent), never from the page's HTML.


def page_scripts(html: str) -> list[str]:
    """The site paths of the scripts `html` uses, in load order; none for a page without widgets."""
    needed = [path for path, texts, marker in SCRIPTS
              if any(text in html for text in texts) and marker.search(html)]
    return [HELPER, *needed] if needed else []
