"""Safe YAML loading that remembers the line of every value.

PyYAML composes the node tree; we build Python values ourselves so that we can
record lines, refuse duplicate keys and object-constructing tags, and stop
alias bombs before they expand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .problems import ContentError, Problem, format_path

try:  # the C composer is several times faster; the pure one behaves the same
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader

MAX_VALUES = 20_000
_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"


@dataclass
class Document:
    """A loaded YAML file: its data and the line of each path in it."""

    name: str
    data: object
    lines: dict[tuple, int] = field(default_factory=dict)

    def line_of(self, loc: tuple) -> int:
        """The line of `loc`, or of its nearest ancestor that has one."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)


class _Builder:
    def __init__(self, name: str, other_tags: bool = False):
        self.name = name
        self.other_tags = other_tags
        self.lines: dict[tuple, int] = {}
        self.problems: list[Problem] = []
        self.count = 0
        self._scalars = yaml.SafeLoader("")  # only its scalar constructors are used

    def problem(self, node: yaml.Node, loc: tuple, message: str) -> None:
        self.problems.append(Problem(self.name, node.start_mark.line + 1, format_path(loc), message))

    def build(self, node: yaml.Node, loc: tuple, active: frozenset) -> object:
        self.count += 1
        if self.count > MAX_VALUES:
            raise _TooBig(node)
        self.lines.setdefault(loc, node.start_mark.line + 1)
        if id(node) in active:
            self.problem(node, loc, "this value refers to itself through a YAML alias (*name); remove the alias")
            return None
        if isinstance(node, yaml.MappingNode):
            return self.build_mapping(node, loc, active | {id(node)})
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                return self.refuse_tag(node, loc)
            inner = active | {id(node)}
            return [self.build(item, loc + (i,), inner) for i, item in enumerate(node.value)]
        if node.tag not in _PLAIN_TAGS:
            return self.refuse_tag(node, loc)
        value = self._scalars.construct_object(node)
        # Dates and times are not part of the format: keep the text the owner wrote.
        return node.value if node.tag.endswith(":timestamp") else value

    def build_mapping(self, node: yaml.MappingNode, loc: tuple, active: frozenset) -> dict | None:
        if node.tag != _MAP:
            return self.refuse_tag(node, loc)
        result: dict = {}
        seen: dict = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                self.merge(result, value_node, loc, active)
                continue
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _PLAIN_TAGS:
                self.problem(key_node, loc, "a field name must be plain text")
                continue
            key = str(key_node.value)
            if key in seen:
                self.problem(
                    key_node,
                    loc + (key,),
                    f"duplicate field '{key}'; it is already set on line {seen[key]}. Keep one of them",
                )
                continue
            seen[key] = key_node.start_mark.line + 1
            self.lines[loc + (key,)] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, loc + (key,), active)
        return result

    def merge(self, result: dict, value_node: yaml.Node, loc: tuple, active: frozenset) -> None:
        sources = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
        for source in sources:
            merged = self.build(source, loc, active)
            if not isinstance(merged, dict):
                self.problem(value_node, loc, "'<<' must merge a mapping (an &anchor of fields)")
                continue
            for key, value in merged.items():
                result.setdefault(key, value)

    def refuse_tag(self, node: yaml.Node, loc: tuple) -> None:
        if self.other_tags:  # mkdocs.yml: MkDocs itself reads these; we only want the lines
            return None
        self.problem(
            node,
            loc,
            f"the YAML tag '{node.tag}' is not allowed; remove it and write plain text, numbers, lists or fields",
        )
        return None


class _TooBig(Exception):
    def __init__(self, node: yaml.Node):
        self.node = node


def read_text(path: Path, name: str) -> str:
    """Read a file as UTF-8, or explain where it is not."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError(
            [
                Problem(
                    name,
                    line,
                    "",
                    f"the file is not UTF-8 text (byte 0x{raw[error.start]:02x} at position {error.start}); "
                    "save it as UTF-8 in your editor",
                )
            ]
        ) from None


def load_yaml(path: Path, name: str, other_tags: bool = False) -> Document:
    """Load one YAML file safely. Raises ContentError listing what is wrong.

    With other_tags, values with tags such as !ENV are read as nothing instead of refused.
    """
    return parse_yaml(read_text(path, name), name, other_tags)


def parse_yaml(text: str, name: str, other_tags: bool = False) -> Document:
    """Like load_yaml, for text already read (such as a page's front matter)."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        raise ContentError([_syntax_problem(name, error, text)]) from None
    except yaml.YAMLError as error:  # pragma: no cover - PyYAML marks all parse errors
        raise ContentError([Problem(name, 1, "", f"YAML syntax error: {error}")]) from None
    if node is None:
        raise ContentError([Problem(name, 1, "", "the file is empty; fill it in or delete it")])
    builder = _Builder(name, other_tags)
    try:
        data = builder.build(node, (), frozenset())
    except _TooBig as too_big:
        raise ContentError(
            [
                Problem(
                    name,
                    too_big.node.start_mark.line + 1,
                    "",
                    f"the file expands to more than {MAX_VALUES:,} values, usually because YAML aliases (*name) "
                    "repeat each other; write the values out or use fewer aliases",
                )
            ]
        ) from None
    if builder.problems:
        raise ContentError(builder.problems)
    return Document(name, data, builder.lines)


def _syntax_problem(name: str, error: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    what = error.problem or "the file is not valid YAML"
    if error.context:
        what = f"{what} ({error.context})"
    hint = "check the indentation and quoting on this line or the one above"
    if "mapping values are not allowed" in what:
        hint = "if a value contains ': ', put the whole value in quotes"
    elif "\t" in _indent_of(text, line):
        hint = "indent with spaces, not tabs"
    return Problem(name, line, "", f"YAML syntax error: {what}; {hint}")


def _indent_of(text: str, line: int) -> str:
    lines = text.splitlines()
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    return current[: len(current) - len(current.lstrip())]
