"""How a plan reads, written once for every output: labels and facts, how a conditioning block reads, the glossary,
how holds, carries and ballistic work are measured, every page address, the owner's prose and the weekly tables.
The site's pages (views) and the downloads both use it; neither imports the other.
"""

from studio.presentation.blocks import (
    BLOCK_LOG_HINTS,
    alternatives_text,
    block_log_boxes,
    block_log_hint,
    block_row_seconds,
    block_summary,
    block_table_rows,
    block_title,
    block_work_lines,
    ladder_text,
    step_target,
)
from studio.presentation.glossary import FIGURES_NOTE, GLOSSARY
from studio.presentation.labels import (
    card_line,
    equipment_label,
    exercise_label,
    exercise_sets,
    facts,
    goal_label,
    load_label,
    phase_title,
    phase_weeks,
    plural,
    rotation,
    sets_reps,
    warmup_note,
    week_range,
    week_span,
)
from studio.presentation.measures import measures
from studio.presentation.paths import (
    CATALOGUE,
    CATALOGUE_URL,
    COMPARE_PAGE,
    COMPARE_URL,
    EXERCISE_INDEX,
    PRIVACY_PAGE,
    PRIVACY_URL,
    download_href,
    download_path,
    exercise_page,
    exercise_url,
    href,
    page_url,
    program_page,
    program_url,
    relative_url,
    session_anchor,
    training_page,
    training_url,
)
from studio.presentation.prose import is_safe_url, render_prose
from studio.presentation.weekly import cell_text, first_sessions, only_weeks_note, week_table

__all__ = [
    # blocks.py
    "BLOCK_LOG_HINTS", "alternatives_text", "block_log_boxes", "block_log_hint", "block_row_seconds", "block_summary",
    "block_table_rows",
    "block_title", "block_work_lines", "ladder_text", "step_target",
    # glossary.py
    "FIGURES_NOTE", "GLOSSARY",
    # measures.py
    "measures",
    # labels.py
    "card_line", "equipment_label", "exercise_label", "exercise_sets", "facts", "goal_label", "load_label",
    "phase_title", "phase_weeks", "plural", "rotation", "sets_reps", "warmup_note", "week_range", "week_span",
    # paths.py
    "CATALOGUE", "CATALOGUE_URL", "COMPARE_PAGE", "COMPARE_URL", "EXERCISE_INDEX", "PRIVACY_PAGE", "PRIVACY_URL", "download_href",
    "download_path", "exercise_page", "exercise_url", "href", "page_url", "program_page", "program_url",
    "relative_url", "session_anchor", "training_page", "training_url",
    # prose.py
    "is_safe_url", "render_prose",
    # weekly.py
    "cell_text", "first_sessions", "only_weeks_note", "week_table",
]
