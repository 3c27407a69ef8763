"""The owner's pages: front matter and its checks, the directive registry, calls to action, article tags, the programme
picker and a post's excerpt.
"""

from studio.content.calls import (
    CALLS_FILE,
    NO_CALL,
    CallsFile,
    CallToAction,
    Shown,
    check_calls,
    resolve_call,
    section_of,
    with_utm,
)
from studio.content.directives import KINDS, Directive, Known, find_directives
from studio.content.excerpts import REST, excerpt_markdown
from studio.content.fences import Fences
from studio.content.htmlpolicy import html_problems
from studio.content.pages import (
    AUTHORS_FILE,
    DocPage,
    PageMeta,
    author_ids,
    check_page,
    read_page,
    split_front_matter,
)
from studio.content.picker import GOAL_ANSWERS, MINUTES, PICKER_FILE, SESSIONS, Picker, load_picker
from studio.content.pickerpage import PickerPage, Start, page_for, picker_page
from studio.content.ranking import Offer, Question, all_questions, cell, rank
from studio.content.tags import TAGS_FILE, TagsFile, check_tags_file

__all__ = [
    # calls.py
    "CALLS_FILE", "NO_CALL", "CallsFile", "CallToAction", "Shown", "check_calls", "resolve_call", "section_of",
    "with_utm",
    # directives.py
    "KINDS", "Directive", "Known", "find_directives",
    # excerpts.py
    "REST", "excerpt_markdown",
    # fences.py
    "Fences",
    # htmlpolicy.py
    "html_problems",
    # pages.py
    "AUTHORS_FILE", "DocPage", "PageMeta", "author_ids", "check_page", "read_page", "split_front_matter",
    # picker.py
    "GOAL_ANSWERS", "MINUTES", "PICKER_FILE", "SESSIONS", "Picker", "load_picker",
    # pickerpage.py
    "PickerPage", "Start", "page_for", "picker_page",
    # ranking.py
    "Offer", "Question", "all_questions", "cell", "rank",
    # tags.py
    "TAGS_FILE", "TagsFile", "check_tags_file",
]
