"""Check JSON-LD against schema.org's definitions, from the hand-written extract in tests/fixtures/."""

from __future__ import annotations

import json
import re
from pathlib import Path

VOCABULARY = json.loads((Path(__file__).parent / "fixtures" / "schemaorg-extract.json").read_text(encoding="utf-8"))
TYPES: dict[str, dict] = VOCABULARY["types"]
QUANTITIES: dict[str, str] = {k: v for k, v in VOCABULARY["quantities"].items() if not k.startswith("_")}
_TEXT_FORMS = {
    "Text": lambda v: True,
    "URL": lambda v: v.startswith(("https://", "http://")),
    "Date": lambda v: re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) is not None,
    "DateTime": lambda v: re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})?", v) is not None,
    "Duration": lambda v: re.fullmatch(r"P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?", v) is not None,
}


def ancestors(name: str) -> list[str]:
    """The type and every type above it."""
    found, queue = [], [name]
    while queue:
        current = queue.pop(0)
        if current not in found:
            found.append(current)
            queue += TYPES[current]["parents"]
    return found


def expected(type_name: str, prop: str) -> list[str] | None:
    for name in ancestors(type_name):
        if prop in TYPES[name]["properties"]:
            return TYPES[name]["properties"][prop]
    return None


def problems(node: dict, where: str = "") -> list[str]:
    """Every property schema.org does not define for the node's type, or whose value is of a kind it does not expect."""
    kind = node.get("@type")
    if kind not in TYPES:
        return [f"{where or '@type'}: unknown type {kind!r}"]
    found = []
    for prop, value in node.items():
        if prop.startswith("@"):
            continue
        ranges = expected(kind, prop)
        if ranges is None:
            found.append(f"{where}{kind}.{prop}: not a property of {kind}")
            continue
        for i, item in enumerate(value if isinstance(value, list) else [value]):
            found += _value_problems(item, ranges, f"{where}{kind}.{prop}" + (f"[{i}]" if isinstance(value, list) else ""))
    return found


def _value_problems(value, ranges: list[str], where: str) -> list[str]:
    if isinstance(value, dict):
        kind = value.get("@type")
        if kind not in TYPES:
            return [f"{where}: unknown type {kind!r}"]
        if not set(ancestors(kind)) & set(ranges):
            return [f"{where}: a {kind} where schema.org expects {' or '.join(ranges)}"]
        return problems(value, where + " > ")
    if isinstance(value, bool):
        ok = "Boolean" in ranges
    elif isinstance(value, int):
        ok = bool({"Number", "Integer"} & set(ranges))
    elif isinstance(value, float):
        ok = "Number" in ranges
    elif isinstance(value, str):
        ok = any(_TEXT_FORMS[r](value) for r in ranges if r in _TEXT_FORMS) or any(
            re.fullmatch(QUANTITIES[r], value) for r in ranges if r in QUANTITIES)
    else:
        ok = False
    return [] if ok else [f"{where}: {value!r} is not {' or '.join(ranges)}"]
