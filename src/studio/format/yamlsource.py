"""Safe YAML loading that remembers the line of every value.

PyYAML composes the node tree; we build Python values ourselves so that we can
record lines, refuse duplicate keys and object-constructing tags, and stop
alias bombs and nesting bombs before they expand.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from studio.caching import text_digest
from studio.common import ContentError, Problem, format_path

try:  # the C composer is several times faster; the pure one behaves the same
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader

MAX_VALUES = 20_000
# The largest file the build reads as text: a long programme is about 20 KB and a long article 60 KB. Checked
# before reading, so a huge file costs nothing; the limit is in the owner's guide.
MAX_FILE_BYTES = 1024 * 1024
# A programme nests about 10 deep. PyYAML's C composer recurses without a limit (a few
# thousand '[' end in RecursionError, a hundred thousand crash Python), so nesting is
# measured on the parser's events, which stop at the first level too deep, before composing.
MAX_DEPTH = 50
# YAML 1.1 reads these words as true and false; messages show the word the owner wrote.
BOOL_WORDS = {"yes", "no", "on", "off"}
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
    words: dict[tuple, str] = field(default_factory=dict)  # yes/no/on/off read as true/false, by path
    # Inside { }, 'effort: hard, RPE 8-9' is the field effort: hard and a field 'RPE 8-9' with no value: by the
    # path of each such field, the field before it and the whole text the comma split, ('effort', 'hard, RPE 8-9').
    split: dict[tuple, tuple[str, str]] = field(default_factory=dict)
    digest: str = ""  # SHA-256 of the text it was read from: what caches of anything made from it are keyed by

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
        self.words: dict[tuple, str] = {}
        self.split: dict[tuple, tuple[str, str]] = {}
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
        if len(loc) > MAX_DEPTH:  # only aliases of aliases get here; the text itself was measured
            raise _TooDeep(node)
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
        if node.tag.endswith(":timestamp"):
            # Dates and times are not part of the format: keep the text the owner wrote (the model reads the dates it
            # takes, and says "2026-02-30 is not a date" where constructing it here would raise).
            return node.value
        try:
            value = self._scalars.construct_object(node)
        except (ValueError, IndexError, KeyError):  # PyYAML's constructors on '!!int x', '!!float', '!!bool maybe'
            kind = node.tag.rsplit(":", 1)[-1]
            what = {"int": "a whole number", "float": "a number", "bool": "true or false"}.get(kind, f"a {kind}")
            shown = f"'{node.value}' is not" if node.value else "it has no value"
            self.problem(node, loc, f"the YAML tag '!!{kind}' says the value is {what}, but {shown}; remove the tag "
                                    "and write the value plainly, such as 3, 2.5 or true")
            return None
        if isinstance(value, str) and (bad := _UNSHOWABLE.search(value)):
            self.problem(node, loc, _unshowable(bad.group()))
            return None
        if node.tag.endswith(":bool") and node.value.lower() in BOOL_WORDS:
            self.words[loc] = node.value
        return value

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
        if node.flow_style:
            self.find_split(node, loc)
        return result

    def find_split(self, node: yaml.MappingNode, loc: tuple) -> None:
        """Fields with no value that follow a field with plain text, in a { } mapping: a comma in the text."""
        runs: list[tuple[str, list[str], list[tuple]]] = []  # (field, its text and the words after, their paths)
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or not isinstance(value_node, yaml.ScalarNode):
                runs.append(("", [], []))
            elif value_node.tag.endswith(":null") and value_node.value == "" and not key_node.style:
                if runs and runs[-1][0]:
                    runs[-1][1].append(key_node.value)
                    runs[-1][2].append(loc + (str(key_node.value),))
            elif not value_node.style and not value_node.tag.endswith(":null"):  # plain: C and pure composers differ
                runs.append((str(key_node.value), [value_node.value], []))
            else:
                runs.append(("", [], []))
        for name, words, paths in runs:
            for path in paths:
                self.split[path] = (name, ", ".join(words))

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


# Control characters (other than tab and line breaks) and unpaired surrogates, which a double-quoted
# YAML string can spell as "\b" or "\uD800": no page or download can show them, and a spreadsheet refuses them.
_UNSHOWABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def _unshowable(char: str) -> str:
    return (f"the text contains the invisible character U+{ord(char):04X}, which no page or download can show; "
            "remove it (it often comes with text pasted from another program)")


class _TooBig(Exception):
    def __init__(self, node: yaml.Node):
        self.node = node


class _TooDeep(_TooBig):
    pass


def read_text(path: Path, name: str) -> str:
    """Read a file as UTF-8, or explain where it is not or why it cannot be read."""
    return decode_text(read_bytes(path, name, MAX_FILE_BYTES), name)


def read_bytes(path: Path, name: str, limit: int) -> bytes:
    """The bytes of an ordinary file of at most `limit` bytes; anything else is a ContentError naming the file.

    Opened without blocking and checked before reading: a named pipe would wait for a writer forever, and a
    device or a huge file would be read into memory whole."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise ContentError([Problem(name, 1, "", unreadable(path, error))]) from None
    with open(descriptor, "rb", closefd=True) as file:
        mode = os.fstat(file.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise ContentError([Problem(name, 1, "", not_a_file(mode))])
        try:
            raw = file.read(limit + 1)  # one byte more than allowed tells a file that grew past the limit
        except OSError as error:
            raise ContentError([Problem(name, 1, "", unreadable(path, error))]) from None
    if len(raw) > limit:
        raise ContentError([Problem(name, 1, "", too_large(limit))])
    return raw


def not_a_file(mode: int) -> str:
    """Why something that is not an ordinary file is refused (a named pipe, a device or a socket)."""
    kind = ("a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not an ordinary file")
    return f"this is {kind}, not an ordinary file; the build reads only ordinary files, so delete it or move it away"


def too_large(limit: int) -> str:
    size = f"{limit / 1024 ** 2:g} MB" if limit >= 1024 ** 2 else f"{limit / 1024:g} KB"
    return (f"the file is larger than {size}, the most the build reads; "
            "split it into smaller files, or check that it is the file you meant")


def decode_text(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError([Problem(name, line, "", f"the file is not UTF-8 text (byte 0x{raw[error.start]:02x} at "
                                                    f"position {error.start}); save it as UTF-8 in your editor")]) from None


def load_yaml(path: Path, name: str, other_tags: bool = False) -> Document:
    """Load one YAML file safely. Raises ContentError listing what is wrong.

    With other_tags, values with tags such as !ENV are read as nothing instead of refused.
    """
    return parse_yaml(read_text(path, name), name, other_tags)


def parse_yaml(text: str, name: str, other_tags: bool = False) -> Document:
    """Like load_yaml, for text already read (such as a page's front matter)."""
    try:
        _check_depth(text, name)
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
    except _TooDeep as too_deep:
        raise ContentError([Problem(name, too_deep.node.start_mark.line + 1, "", _too_deep())]) from None
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
    return Document(name, data, builder.lines, builder.words, digest=text_digest(text), split=builder.split)


def _too_deep() -> str:
    return (f"the values are nested more than {MAX_DEPTH} levels deep (lists in lists, or fields in fields); "
            "a programme needs about 10, so look for stray [ or { and check the indentation")


def _check_depth(text: str, name: str) -> None:
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise ContentError([Problem(name, event.start_mark.line + 1, "", _too_deep())])
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1


def unreadable(path: Path, error: OSError) -> str:
    """Why a file in the site could not be read, and what to do about it."""
    if error.errno == errno.EISDIR:
        return "this is a folder, not a file; rename the folder so that its name does not end in a file extension"
    if error.errno == errno.ENOENT and path.is_symlink():
        return f"this is a link to {path.readlink()}, which does not exist; fix the link or delete it"
    if error.errno == errno.ELOOP:
        return "this link points back to itself through other links; replace it with the file it should be"
    if error.errno == errno.EACCES:
        return "the file cannot be read (permission denied); let your user read it, e.g. chmod a+r"
    return f"the file cannot be read ({error.strerror or error}); check that it is an ordinary file"


def _syntax_problem(name: str, error: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = error.problem_mark or error.context_mark
    # At the end of the text the parser's mark can be one line past the last one.
    line = min(mark.line + 1, text.count("\n") + 1) if mark else 1
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
