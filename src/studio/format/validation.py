"""Turn pydantic's errors into messages a studio owner can act on."""

from __future__ import annotations

import re
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from studio.common import Problem, did_you_mean, format_path, suggest, word_list
from studio.format.model import SLOT_TAGS
from studio.format.unsupported import cannot_express
from studio.format.values import quote
from studio.format.vocab import LINE_PATTERN, SAFE_URL
from studio.format.yamlsource import Document

# What to write, by field name, for "missing" and "wrong type" messages.
EXAMPLES = {
    "title": "title: Barbell Strength Foundations",
    "summary": "summary: One sentence for the catalogue card.",
    "description": "description: | followed by indented paragraphs",
    "goal": "goal: strength (or a blend such as [strength, hypertrophy])",
    "level": "level: beginner",
    "weeks": "weeks: 12",
    "sessions_per_week": "sessions_per_week: 3",
    "session_minutes": "session_minutes: 60",
    "equipment": "equipment: [barbell, bench] (or [] for none)",
    "readiness": "readiness: followed by one '- check' per line",
    "progression": "progression: | followed by indented paragraphs",
    "phases": "phases: followed by '- name: Base' blocks",
    "name": "name: Base",
    "days": "days: followed by '- name: Day A' blocks",
    "exercises": "exercises: followed by '- exercise: Back squat' blocks",
    "exercise": "exercise: Back squat",
    "sets": "sets: 3",
    "reps": "reps: 8-12",
    "superset": "superset: followed by two or more '- exercise: ...' blocks",
    "pair": "pair: followed by two '- exercise: ...' blocks",
    "amrap": "amrap: 20 min",
    "emom": "emom: 12 min",
    "for_time": "for_time: 5",
    "circuit": "circuit: 3",
    "intervals": "intervals: 8",
    "work": "work: {exercise: Rowing machine, time: 30 s}",
    "recovery": "recovery: {time: 90 s}",
    "time": "time: 30 s",
    "primary": "primary: [quads, glutes]",
    "cues": "cues: followed by one '- cue' per line",
    "muscles": "muscles: followed by one '- muscle group' per line",
}
PATTERN_HELP = {
    "slug": "is not a URL name; use lowercase letters, digits and hyphens, e.g. 'strength-101'",
    "email": "is not an email address; write it like hello@example.com",
    "phone": "is not a phone number; use digits, spaces and an optional leading +, e.g. '+44 113 496 0123'",
    "embed": "is not an allowed booking form address; use an https:// address",
    "id": "is not an id; use lowercase letters, digits and hyphens, e.g. 'coaching-presale' or 'general-fitness'",
}
ITEM_EXAMPLES = {
    "phases": "name: Base",
    "days": "name: Day A",
    "exercises": "exercise: Back squat",
    "superset": "exercise: Push-up",
    "pair": "exercise: Push-up",
}
_TAGS = SLOT_TAGS


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "fields (key: value)"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return quote(value)


def _model_at(model: type[BaseModel], raw_loc: tuple) -> Any:
    """The model class that holds the fields at `raw_loc` (a pydantic error path)."""
    current: Any = model
    for part in raw_loc:
        if part in _TAGS:
            current = _TAGS[part]
        elif isinstance(part, str):
            field = getattr(current, "model_fields", {}).get(part)
            current = _inner_model(field.annotation) if field else None
    return current


def _field_at(model: type[BaseModel], raw_loc: tuple):
    return getattr(_model_at(model, raw_loc[:-1]), "model_fields", {}).get(raw_loc[-1])


def _inner_model(annotation: Any):
    """The first BaseModel inside list[...], Optional[...] or Annotated[...]."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        if (found := _inner_model(arg)) is not None:
            return found
    return None


def problems_from(error: ValidationError, doc: Document, model: type[BaseModel]) -> list[Problem]:
    items = error.errors()
    explained = _misspelt_fields(items, model)
    problems = []
    for item in items:
        raw_loc = tuple(item["loc"])
        if item["type"] == "missing" and raw_loc in explained:
            continue  # "did you mean 'level'?" on the misspelt field already says it
        loc = tuple(part for part in raw_loc if part not in _TAGS)
        message = _written(item, loc, doc) or _message(item, raw_loc, loc, model)
        problems.append(Problem(doc.name, doc.line_of(loc), format_path(loc), message))
    return problems


_NUMBER_KINDS = ("int_type", "int_parsing", "int_from_float", "float_type", "float_parsing")
_NUMBER_TEXT = re.compile(r"^\s*[-+]?\d+(\.\d+)?\s*$")


def _written(item: dict, loc: tuple, doc: Document) -> str | None:
    """Messages that depend on how the value was written, rather than on what it is."""
    kind, value = item["type"], item.get("input")
    if kind == "extra_forbidden" and loc in doc.split:
        return _split_by_comma(str(loc[-1]), *doc.split[loc])
    if kind in ("missing", "extra_forbidden"):
        return None
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if (message := cannot_express(field, value)) is not None:
        return message
    number = kind in _NUMBER_KINDS
    example = EXAMPLES.get(field, "3").split(": ")[-1] if number else ""
    if isinstance(value, bool) and loc in doc.words:
        word, read = doc.words[loc], quote(value)
        if number:
            return f"YAML reads {word} as {read}, not a number; write a number such as {example}"
        return (f"YAML reads {word} as {read}; put it in quotes ('{word}') if you mean the word"
                + ("" if kind == "string_type" else f" ({item['msg'].split('; ', 1)[-1]})"))
    if number and isinstance(value, str) and _NUMBER_TEXT.match(value):
        return f"{quote(value)} is text because of the quotes; write the number without them: {value.strip()}"
    return None


def _split_by_comma(field: str, before: str, text: str) -> str:
    """An unknown field that is the rest of the field before's text, cut off by a comma inside { }."""
    written = f"{before}: {text}"
    shown = f"'{written}'" if "'" not in written else f'"{written}"'
    quoted = "'" + text.replace("'", "''") + "'"  # YAML doubles a quote inside single quotes
    first = text.split(", ", 1)[0]
    return (f"unknown field {quote(field)}: inside {{ }} a comma separates fields, so {shown} was read as "
            f"{before}: {first} and a field {quote(field)}; put the text in quotes: {before}: {quoted}")


def _misspelt_fields(items: list[dict], model: type[BaseModel]) -> set[tuple]:
    """Paths of required fields that an unknown field nearby is probably a misspelling of."""
    found = set()
    for item in items:
        if item["type"] == "extra_forbidden":
            parent, field = tuple(item["loc"][:-1]), str(item["loc"][-1])
            allowed = list(getattr(_model_at(model, parent), "model_fields", {}))
            found.update(parent + (guess,) for guess in suggest(field, allowed)[:1])
    return found


def _message(item: dict, raw_loc: tuple, loc: tuple, model: type[BaseModel]) -> str:
    kind, value, ctx = item["type"], item.get("input"), item.get("ctx") or {}
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if kind == "missing":
        example = EXAMPLES.get(field, f"{field}: ...")
        return f"required field '{field}' is missing; add it, e.g. {example}"
    if kind == "extra_forbidden":
        allowed = list(getattr(_model_at(model, raw_loc[:-1]), "model_fields", {}))
        hint = did_you_mean(field, allowed)
        return f"unknown field '{field}'; {hint}allowed here: {', '.join(allowed)}"
    if kind == "literal_error":
        allowed = [a.strip("'") for a in ctx.get("expected", "").replace(" or ", ", ").split(", ")]
        hint = did_you_mean(str(value), allowed)
        what = field if isinstance(loc[-1], str) else field.rstrip("s")
        return f"{quote(value)} is not a {what}; {hint}use {word_list(allowed, 'or')}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"{_kind(value)} is not a whole number; write a number such as {EXAMPLES.get(field, '3').split(': ')[-1]}"
    if kind in ("greater_than_equal", "less_than_equal"):
        low, high = _bounds(_field_at(model, raw_loc))
        return f"{value} is out of range; use a number from {low} to {high}"
    if kind in ("string_type",):
        return f"expected text, got {_kind(value)}; put the text in quotes if it looks like something else"
    if kind in ("list_type", "tuple_type"):
        return f"expected a list, got {_kind(value)}; write [a, b] or one '- item' per line"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        what = ITEM_EXAMPLES.get(field) if isinstance(loc[-1], int) else EXAMPLES.get(field)
        return f"expected fields (such as {what or 'name: value'}), got {_kind(value)}"
    if kind == "too_short":
        have = "it is empty" if not ctx.get("actual_length") else f"it has {ctx['actual_length']}"
        return f"needs at least {ctx.get('min_length', 1)} item(s); {have}"
    if kind == "too_long":
        return f"has {ctx.get('actual_length')} items; keep it to {ctx.get('max_length')}"
    if kind == "string_too_short":
        return "is empty; write some text or remove the field"
    if kind == "string_too_long":
        return f"is {len(value)} characters long; keep it to {ctx.get('max_length')}"
    if kind in ("bool_type", "bool_parsing"):
        return f"{_kind(value)} is not true or false; write true or false"
    if kind == "string_pattern_mismatch":
        if ctx.get("pattern") == LINE_PATTERN:
            return "the text has a line break; write it on one line (titles, names, headings and labels are shown on one line)"
        if ctx.get("pattern") == SAFE_URL.pattern and "\\" in value:
            return f"{quote(value)} has a backslash (\\), which browsers read as /; write / in addresses"
        if ctx.get("pattern") == SAFE_URL.pattern and re.match(r"^https?://[^/?#]*@", value, re.I):
            return (f"{quote(value)} has a name and @ before its host, which hides where the link leads; "
                    "start it with the real host, e.g. https://example.com/...")
        if ctx.get("pattern") == SAFE_URL.pattern:
            return f"{quote(value)} is not an allowed link; use an http(s)://, mailto: or tel: address"
        if field in PATTERN_HELP:
            return f"{quote(value)} {PATTERN_HELP[field]}"
    if kind in ("sets", "reps", "load", "rest", "tempo", "range", "increase", "warmup", "work", "duration", "rounds",
                "only_weeks", "results", "ladder_step"):
        return item["msg"]
    if kind.startswith(("date_", "datetime_")):
        return f"{quote(value)} is not a date; write the day as YYYY-MM-DD, e.g. 2026-11-22"
    if kind == "value_error":  # a rule across fields, already worded for the owner
        return str(ctx.get("error", item["msg"]))
    return f"{item['msg']} (got {_kind(value)})"


def _bounds(field) -> tuple:
    low = high = "?"
    for meta in getattr(field, "metadata", []):
        low = getattr(meta, "ge", low)
        high = getattr(meta, "le", high)
    return low, high




class Collector:
    """Problems found in one file, each at the line of the field it is about."""


    def __init__(self, doc: Document):
        self.doc = doc
        self.problems: list[Problem] = []

    def add(self, loc: tuple, message: str) -> None:
        self.problems.append(Problem(self.doc.name, self.doc.line_of(loc), format_path(loc), message))
