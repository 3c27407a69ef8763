"""HTML for each generated page and page block, with the one Jinja environment (templates in `src/studio/templates/`),
the figures' charts, structured data and the finished blocks that skip MkDocs' Markdown.
"""

from studio.views.blocks import BlockRenderer, render_directives
from studio.views.chart import muscle_chart, weekly_chart
from studio.views.environment import environment, md_escape
from studio.views.jsonld import exercise_plan, page_jsonld
from studio.views.pages import PageRenderer, calculator
from studio.views.scriptdata import script_json
from studio.views.stash import Stash, is_whole_block
from studio.views.training import search_text as training_search_text
from studio.views.training import training_view

__all__ = [
    # blocks.py
    "BlockRenderer", "render_directives",
    # chart.py
    "muscle_chart", "weekly_chart",
    # environment.py
    "environment", "md_escape",
    # jsonld.py
    "exercise_plan", "page_jsonld",
    # pages.py
    "PageRenderer", "calculator",
    # scriptdata.py
    "script_json",
    # stash.py
    "Stash", "is_whole_block",
    # training.py
    "training_search_text", "training_view",
]
