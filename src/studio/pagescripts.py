"""Which of the site's scripts a page needs, read from its HTML: each script is loaded only where it works.

Every script looks for its own elements and does nothing without them, so the markers here are those
elements' ids and classes. studio.js (the shared start-up helper) comes first whenever any is needed.
"""

from __future__ import annotations

import re

HELPER = "assets/studio.js"
SCRIPTS = (
    ("assets/catalogue.js", re.compile(r'\bid="program-filter"')),
    ("assets/compare.js", re.compile(r'\bid="(?:program-list|compare-page)"')),
    ("assets/picker.js", re.compile(r'\bid="picker-form"')),
    ("assets/calendar.js", re.compile(r'<form class="studio-calendar\b')),
    ("assets/embed.js", re.compile(r'<div class="studio-embed\b')),
    ("assets/calculator.js", re.compile(r'\bid="studio-calculator"')),
)


def page_scripts(html: str) -> list[str]:
    """The site paths of the scripts `html` uses, in load order; none for a page without widgets."""
    needed = [path for path, marker in SCRIPTS if marker.search(html)]
    return [HELPER, *needed] if needed else []
