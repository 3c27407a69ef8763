"""The format and its reading: YAML with the line of every value, the small languages of a prescription, of a
conditioning block and of result rules, numbers as a person writes them, the pydantic model of the library and programmes, owner messages for schema errors, partial
reading of a file that failed, and the format's limits, fixed words, slots and training styles.
"""

from studio.format.blockvalues import Work
from studio.format.folders import program_files, special_files
from studio.format.limits import LIBRARY_LIMITS, MAX_SLUG, PROGRAMME_LIMITS, check_lengths
from studio.format.model import (
    BLOCKS,
    Amrap,
    Block,
    BlockExercise,
    Circuit,
    Day,
    Emom,
    Exercise,
    ExerciseInfo,
    ForTime,
    Intervals,
    Library,
    Line,
    Pair,
    Phase,
    Program,
    Results,
    StrictModel,
    Superset,
    Text,
    Url,
)
from studio.format.numbers import amount_text, percent_text, sets_text
from studio.format.partial import Partial, read_partial
from studio.format.rules import ADD_INCREASE, REPEAT, Action, Row, Stage
from studio.format.slots import GROUP_KEYS, kind_of, named_exercises, slots
from studio.format.styles import STYLES_FILE, Style, Styles
from studio.format.unsupported import CANNOT_EXPRESS
from studio.format.validation import Collector, problems_from
from studio.format.values import (
    NO_INCREASE,
    ONE_RM,
    TOP_SET,
    TRAINING_MAX,
    Increase,
    Load,
    Reps,
    Rest,
    SetCount,
    Warmup,
    format_seconds,
    parse_load,
    parse_only_weeks,
    parse_reps,
    parse_rest,
    parse_sets,
    parse_tempo,
    quote,
)
from studio.format.vocab import (
    BOOKING,
    BOOKING_KEYS,
    GOAL_LABELS,
    GOALS,
    LEVELS,
    LINE_PATTERN,
    SLUG_PATTERN,
    browser_url,
    slugify,
)
from studio.format.yamlsource import MAX_FILE_BYTES, Document, load_yaml, parse_yaml, read_bytes, read_text

__all__ = [
    # blockvalues.py
    "Work",
    # folders.py
    "program_files", "special_files",
    # limits.py
    "LIBRARY_LIMITS", "MAX_SLUG", "PROGRAMME_LIMITS", "check_lengths",
    # model.py
    "BLOCKS", "Amrap", "Block", "BlockExercise", "Circuit", "Day", "Emom", "Exercise", "ExerciseInfo",
    "ForTime", "Intervals", "Library", "Line", "Pair", "Phase", "Program", "Results", "StrictModel", "Superset", "Text", "Url",
    # numbers.py
    "amount_text", "percent_text", "sets_text",
    # partial.py
    "Partial", "read_partial",
    # rules.py
    "ADD_INCREASE", "REPEAT", "Action", "Row", "Stage",
    # slots.py
    "GROUP_KEYS", "kind_of", "named_exercises", "slots",
    # styles.py
    "STYLES_FILE", "Style", "Styles",
    # unsupported.py
    "CANNOT_EXPRESS",
    # validation.py
    "Collector", "problems_from",
    # values.py
    "NO_INCREASE", "ONE_RM", "TOP_SET", "TRAINING_MAX", "Increase", "Load", "Reps", "Rest", "SetCount", "Warmup",
    "format_seconds", "parse_load", "parse_only_weeks", "parse_reps", "parse_rest", "parse_sets", "parse_tempo",
    "quote",
    # vocab.py
    "BOOKING", "BOOKING_KEYS", "GOAL_LABELS", "GOALS", "LEVELS", "LINE_PATTERN", "SLUG_PATTERN", "browser_url",
    "slugify",
    # yamlsource.py
    "MAX_FILE_BYTES", "Document", "load_yaml", "parse_yaml", "read_bytes", "read_text",
]
