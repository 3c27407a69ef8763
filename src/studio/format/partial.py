"""What could be read of a file that failed its schema, so that the cross-field checks still run.

Each field is validated on its own, and lists of fields item by item, so one wrong value hides
nothing else: a misspelt field in one exercise leaves the phases' weeks, the other exercises and
the equipment list to be checked in the same build. A field that could not be read is None,
and every check skips what it cannot know.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any, get_args, get_origin

from pydantic import BaseModel, ConfigDict, PydanticUserError, TypeAdapter, ValidationError


class Partial:
    """A model's fields as far as they could be read; unreadable or missing fields are None."""

    def __init__(self, model: type[BaseModel], values: dict[str, Any], given: set[str] | None = None):
        self.model = model
        self.model_fields_set = given or set()  # the fields the file gives, as pydantic's models have it
        self.__dict__.update(values)

    def __getattr__(self, name: str) -> Any:  # a field that was not read at all
        return None


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


@lru_cache(maxsize=None)
def _adapter(model: type[BaseModel], name: str) -> TypeAdapter:
    info = model.model_fields[name]
    config = ConfigDict(strict=bool(model.model_config.get("strict")),
                        str_strip_whitespace=bool(model.model_config.get("str_strip_whitespace")))
    try:
        return TypeAdapter(Annotated[info.annotation, info], config=config)
    except PydanticUserError:  # a dataclass such as styles.Span brings its own config
        return TypeAdapter(Annotated[info.annotation, info])


def read_partial(model: type[BaseModel], data: Any, choose=None) -> Partial | None:
    """`data` read as `model`, field by field; None when it is not fields at all.

    `choose(data)` picks the model for a union of models (such as an exercise or a superset).
    """
    if choose is not None:
        model = choose(data)
    if not isinstance(data, dict):
        return None
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name not in data:
            values[name] = None if info.is_required() else info.get_default(call_default_factory=True)
            continue
        values[name] = _field(model, name, info.annotation, data[name])
    return Partial(model, values, {name for name in model.model_fields if name in data})


def _field(model: type[BaseModel], name: str, annotation: Any, value: Any) -> Any:
    if get_origin(annotation) is list and isinstance(value, list):
        (item,) = get_args(annotation) or (Any,)
        inner, choose = _models(item)
        if inner is not None:
            return [read_partial(inner, v, choose) for v in value]
    inner = _model_in(annotation)
    if inner is not None:
        return read_partial(inner, value)
    try:
        return _adapter(model, name).validate_python(value)
    except ValidationError:
        return None


def _models(item: Any):
    """The model of a list's items, and a chooser when the items are a union of models."""
    if _model_in(item) is not None:
        return item, None
    args = get_args(item)
    if get_origin(item) is Annotated and args:
        discriminator = next((m for m in args[1:] if hasattr(m, "discriminator")), None)
        options = {}
        for option in get_args(args[0]):
            option_args = get_args(option)
            if option_args and _model_in(option_args[0]) is not None:
                tag = next((m.tag for m in option_args[1:] if hasattr(m, "tag")), None)
                options[tag] = option_args[0]
        if discriminator is not None and options:
            pick = discriminator.discriminator
            first = next(iter(options.values()))
            return first, lambda data: options.get(pick(data), first)
    return None, None
