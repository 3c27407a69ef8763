"""Whether a push changes only the owner's content, or code as well.

A content push (a programme, an article, the studio's address) cannot break the code, so CI and the
server's publish hook build it strictly and skip the test suite; a code push runs every test. When in
doubt the answer is `code`: a needless test run costs minutes, a missed one can publish a broken site.

    python -m studio.project.changes OLD NEW [--summary] [--explain]

prints `content` or `code`; --summary adds one line saying why, --explain one line per changed path.
Run it inside a git repository (a checkout, or a bare repository with GIT_DIR set).

Plain Python and PyYAML, no MkDocs: the CI job that asks has nothing else installed, and the answer must
not depend on MkDocs running plugins or reading environment variables.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass

import yaml

# The owner's settings are listed once, there: the test site's code uses the same list to put its own in.
from studio.project.ownersettings import (
    CODE_SETTINGS,
    OWNER_SETTINGS,
    get_setting,
    load_config,
    without_owner_settings,
)

CONTENT = "content"
CODE = "code"
CONTENT_FOLDERS = ("docs/", "programs/", "data/")
CONFIG = "mkdocs.yml"
# Far more values than any real mkdocs.yml, far fewer than an alias bomb expands to when compared.
MAX_VALUES = 100_000
OUTSIDE = "outside " + ", ".join(CONTENT_FOLDERS[:-1]) + " and " + CONTENT_FOLDERS[-1]
SYMLINK_MODE = "120000"
SUBMODULE_MODE = "160000"


@dataclass(frozen=True)
class Change:
    path: str
    kind: str
    why: str = ""


@dataclass(frozen=True)
class Verdict:
    kind: str
    changes: tuple[Change, ...] = ()
    # Set when the answer comes before any path is looked at (a new branch, a missing commit).
    reason: str = ""

    def summary(self) -> str:
        """The short reason for the answer, as the publish hook shows it: "(programs/x.yml)"."""
        if self.reason:
            return self.reason
        if not self.changes:
            return "no files changed"
        decisive = [c for c in self.changes if c.kind == self.kind]
        first = decisive[0]
        if self.kind == CODE:
            shown = f"{quote(first.path)}: {first.why}" if first.why and first.why != OUTSIDE else quote(first.path)
            return shown + (f" and {len(decisive) - 1} more" if len(decisive) > 1 else "")
        names = [quote(c.path) for c in decisive[:3]]
        more = len(decisive) - len(names)
        if more:
            return ", ".join(names) + f" and {more} more"
        # Not studio.common.word_list: the workflow runs this module with only src/studio/project and PyYAML.
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    def explain(self) -> list[str]:
        if self.reason:
            return [f"{self.reason}: {self.kind}"]
        if not self.changes:
            return ["no files changed: content"]
        return [f"{quote(c.path)}: {c.kind}" + (f" ({c.why})" if c.why else "") for c in self.changes]


def quote(path: str) -> str:
    """A path as written in messages: as it is, unless it holds a newline, quote or other control character."""
    if path.isprintable() and '"' not in path and "\\" not in path and path == path.strip():
        return path
    return json.dumps(path, ensure_ascii=False)


class GitError(Exception):
    pass


def git(*args: str) -> bytes:
    result = subprocess.run(["git", *args], capture_output=True)
    if result.returncode != 0:
        raise GitError(f"git {' '.join(args)}: {result.stderr.decode('utf-8', 'replace').strip()}")
    return result.stdout


def _is_commit(name: str) -> bool:
    return subprocess.run(["git", "cat-file", "-e", f"{name}^{{commit}}"], capture_output=True).returncode == 0


def classify(old: str, new: str) -> Verdict:
    git("rev-parse", "--git-dir")  # outside a repository every commit would look missing: say so instead
    if not old.strip("0"):
        return Verdict(CODE, reason="a new branch, nothing to compare with")
    if not _is_commit(new):
        return Verdict(CODE, reason=f"the new commit {new[:12]} is not in this repository")
    if not _is_commit(old):
        return Verdict(CODE, reason=f"the old commit {old[:12]} is not in this repository")
    # Plumbing, not `git diff`: no user setting (external diff, quoting, renames off) changes the output.
    # -z keeps paths with spaces, newlines or quotes whole.
    raw = git("diff-tree", "-r", "-z", "-M", "--no-abbrev", "--no-commit-id", old, new)
    changes = tuple(_classify_entry(*entry) for entry in _entries(raw))
    kind = CODE if any(c.kind == CODE for c in changes) else CONTENT
    return Verdict(kind, changes)


def _entries(raw: bytes):
    """(old mode, new mode, old blob, new blob, status letter, path, path before a rename or None)."""
    fields = raw.split(b"\0")
    i = 0
    while i < len(fields) and fields[i]:
        old_mode, new_mode, old_blob, new_blob, status = fields[i].decode().lstrip(":").split(" ")
        letter = status[0]
        if letter in "RC":
            before, path = fields[i + 1], fields[i + 2]
            i += 3
        else:
            before, path = None, fields[i + 1]
            i += 2
        yield (old_mode, new_mode, old_blob, new_blob, letter, _name(path),
               _name(before) if before is not None and letter == "R" else None)


def _name(raw: bytes) -> str:
    # Git stores names as bytes; surrogateescape keeps one that is not UTF-8 distinct, and prints it back as stored.
    return raw.decode("utf-8", "surrogateescape")


def is_content_path(path: str) -> bool:
    return path.startswith(CONTENT_FOLDERS)


def _classify_entry(old_mode, new_mode, old_blob, new_blob, letter, path, before) -> Change:
    moved = f"renamed from {quote(before)}; " if before is not None else ""
    if path == CONFIG or before == CONFIG:
        if letter != "M" or old_mode != new_mode:
            what = {"A": "added", "D": "deleted", "R": f"renamed from {quote(before or '')}"}.get(letter, "replaced")
            return Change(path, CODE, what)
        return _classify_config(old_blob, new_blob)
    for mode in (new_mode, old_mode):
        # What a link points at, or a submodule holds, is outside the diff: it could be anything.
        if mode == SYMLINK_MODE:
            return Change(path, CODE, moved + "a symbolic link")
        if mode == SUBMODULE_MODE:
            return Change(path, CODE, moved + "a submodule")
    if not is_content_path(path) or (before is not None and not is_content_path(before)):
        return Change(path, CODE, moved + OUTSIDE)
    why = {"A": "added", "D": "deleted"}.get(letter, "")
    return Change(path, CONTENT, moved.removesuffix("; ") or why)


def _classify_config(old_blob: str, new_blob: str) -> Change:
    versions = {}
    for label, blob in (("old", old_blob), ("new", new_blob)):
        try:
            versions[label] = load_settings(git("cat-file", "blob", blob))
        except SettingsError as error:
            return Change(CONFIG, CODE, f"the {label} version {error}")
    old, new = versions["old"], versions["new"]
    others = differing_code_settings(old, new)
    if others:
        return Change(CONFIG, CODE, "settings besides the owner's differ: " + ", ".join(others))
    owners = [".".join(path) for path in OWNER_SETTINGS if get_setting(old, path) != get_setting(new, path)]
    if owners:
        return Change(CONFIG, CONTENT, "only the owner's settings differ: " + ", ".join(owners))
    return Change(CONFIG, CONTENT, "no setting differs")


class SettingsError(Exception):
    pass


def _expanded_size(node: yaml.Node, sizes: dict[int, int], open_nodes: set[int]) -> int:
    """How many values the document has with every alias written out, counted without writing them out."""
    key = id(node)
    if key in sizes:
        return sizes[key]
    if key in open_nodes:
        raise SettingsError("refers to itself through an alias")
    open_nodes.add(key)
    total = 1
    if isinstance(node, yaml.SequenceNode):
        total += sum(_expanded_size(item, sizes, open_nodes) for item in node.value)
    elif isinstance(node, yaml.MappingNode):
        total += sum(_expanded_size(k, sizes, open_nodes) + _expanded_size(v, sizes, open_nodes)
                     for k, v in node.value)
    open_nodes.discard(key)
    sizes[key] = total
    return total


def load_settings(text: bytes) -> dict:
    """mkdocs.yml as data, tags kept as data; SettingsError says why it cannot be compared."""
    try:
        # Composing alone runs no constructor, so the size of what comparing would walk is known first.
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        if node is not None and _expanded_size(node, {}, set()) > MAX_VALUES:
            raise SettingsError(f"has more than {MAX_VALUES} values once its aliases are expanded")
        data = load_config(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise SettingsError(f"is not valid YAML{where}") from error
    except (RecursionError, TypeError, ValueError) as error:  # nesting too deep, an unreadable date
        raise SettingsError(f"cannot be read as settings ({type(error).__name__})") from error
    if not isinstance(data, dict):
        raise SettingsError("is not a mapping of settings")
    return data


def differing_code_settings(old: dict, new: dict) -> list[str]:
    """The top-level settings that differ once the owner's are taken out of both versions."""
    old_code, new_code = without_owner_settings(old), without_owner_settings(new)
    # Taking a setting out can leave an empty `plugins: {}` where there was none; a setting that appears or
    # goes away is a difference all the same.
    owner_keys = {path[0] for path in OWNER_SETTINGS if len(path) == 1}
    # The code inside an owner's setting (the build's options in `extra`), by its own name.
    names = [".".join(path) for path in CODE_SETTINGS if get_setting(old, path) != get_setting(new, path)]
    for key in sorted(set(old) | set(new) | set(old_code) | set(new_code), key=str):
        if key in owner_keys:
            continue
        if (key in old) != (key in new) or old_code.get(key) != new_code.get(key):
            names.append(str(key))
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m studio.project.changes", description=__doc__.split("\n\n")[0])
    parser.add_argument("old", help="the commit before (all zeros for a new branch)")
    parser.add_argument("new", help="the commit after")
    parser.add_argument("--summary", action="store_true", help="say why, in one line")
    parser.add_argument("--explain", action="store_true", help="list each changed path and how it was classed")
    args = parser.parse_args(argv)
    try:
        verdict = classify(args.old, args.new)
    except (GitError, OSError) as error:
        print(f"Cannot tell content from code: {error}", file=sys.stderr)
        return 1
    lines = [verdict.kind]
    if args.summary:
        lines.append(verdict.summary())
    if args.explain:
        lines += verdict.explain()
    # Paths that are not UTF-8 are printed as the bytes git stored, never as an encoding error.
    sys.stdout.buffer.write(("\n".join(lines) + "\n").encode("utf-8", "surrogateescape"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
