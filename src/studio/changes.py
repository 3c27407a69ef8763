"""Whether a push changes only the owner's content, or code as well.

A content push (a programme, an article, the studio's address) cannot break the code, so CI and the
server's publish hook build it strictly and skip the test suite; a code push runs every test. When in
doubt the answer is `code`: a needless test run costs minutes, a missed one can publish a broken site.

    python -m studio.changes OLD NEW [--summary] [--explain]

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

CONTENT = "content"
CODE = "code"
CONTENT_FOLDERS = ("docs/", "programs/", "data/")
CONFIG = "mkdocs.yml"
# The settings in mkdocs.yml that are the owner's to change, as dotted paths; "plugins.blog.x" is
# setting x of the blog plugin. Shared with the test site's code, which copies them, so it lives here once.
OWNER_SETTINGS = (
    "extra",
    "site_name",
    "site_url",
    "site_description",
    "copyright",
    "nav",
    "plugins.blog.categories_allowed",
)
# Material's blog plugin may be named either way in mkdocs.yml.
BLOG_PLUGIN_NAMES = ("blog", "material/blog")
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
        text = git("cat-file", "blob", blob)
        try:
            versions[label] = load_settings(text)
        except SettingsError as error:
            return Change(CONFIG, CODE, f"the {label} version {error}")
    differing = differing_settings(versions["old"], versions["new"])
    others = [name for name in differing if name not in OWNER_SETTINGS]
    if others:
        return Change(CONFIG, CODE, "settings besides the owner's differ: " + ", ".join(others))
    if differing:
        return Change(CONFIG, CONTENT, "only the owner's settings differ: " + ", ".join(differing))
    return Change(CONFIG, CONTENT, "no setting differs")


class SettingsError(Exception):
    pass


@dataclass(frozen=True)
class Tagged:
    """A value with a tag PyYAML's safe loader does not know (MkDocs' !ENV, !!python/name:...), kept as data."""

    tag: str
    value: object


class _AnyTagLoader(yaml.SafeLoader):
    """Safe loading that reads every tag as data, so both versions compare without running anything."""


def _construct_tagged(loader: _AnyTagLoader, _suffix: str, node: yaml.Node) -> Tagged:
    if isinstance(node, yaml.ScalarNode):
        return Tagged(node.tag, loader.construct_scalar(node))
    if isinstance(node, yaml.SequenceNode):
        return Tagged(node.tag, loader.construct_sequence(node, deep=True))
    return Tagged(node.tag, loader.construct_mapping(node, deep=True))


_AnyTagLoader.add_multi_constructor("", _construct_tagged)


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


def load_settings(text: bytes | str) -> dict:
    """mkdocs.yml as data; SettingsError says what is wrong when it cannot be compared."""
    loader = _AnyTagLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None and _expanded_size(node, {}, set()) > MAX_VALUES:
            raise SettingsError(f"has more than {MAX_VALUES} values once its aliases are expanded")
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise SettingsError(f"is not valid YAML{where}") from error
    except (RecursionError, TypeError, ValueError) as error:  # nesting too deep; a list or mapping as a key
        raise SettingsError(f"cannot be read as settings ({type(error).__name__})") from error
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise SettingsError("is not a mapping of settings")
    return data


_ABSENT = object()


def _blog_config(plugins: object) -> dict | None:
    """The blog plugin's own settings, from either form MkDocs accepts for `plugins` (a list or a mapping)."""
    entries = plugins.items() if isinstance(plugins, dict) else (
        (name, config) for entry in plugins if isinstance(entry, dict) for name, config in entry.items()
    ) if isinstance(plugins, list) else ()
    for name, config in entries:
        if name in BLOG_PLUGIN_NAMES and isinstance(config, dict):
            return config
    return None


def _without(plugins: object, setting: str) -> object:
    """`plugins` with one of the blog plugin's settings left out."""
    def strip(name, config):
        if name in BLOG_PLUGIN_NAMES and isinstance(config, dict):
            return {k: v for k, v in config.items() if k != setting}
        return config
    if isinstance(plugins, dict):
        return {name: strip(name, config) for name, config in plugins.items()}
    if isinstance(plugins, list):
        return [{n: strip(n, c) for n, c in entry.items()} if isinstance(entry, dict) else entry
                for entry in plugins]
    return plugins


def differing_settings(old: dict, new: dict) -> list[str]:
    """The settings whose values differ, by name; a difference inside the blog plugin's owner setting is
    named by its dotted path, so that it is not mistaken for a change to the rest of `plugins`."""
    owner_plugin_settings = [s.split(".", 2)[2] for s in OWNER_SETTINGS if s.startswith("plugins.blog.")]
    names = []
    for key in sorted(set(old) | set(new), key=str):
        before, after = old.get(key, _ABSENT), new.get(key, _ABSENT)
        if before == after:
            continue
        if key == "plugins" and before is not _ABSENT and after is not _ABSENT:
            rest_before, rest_after = before, after
            for setting in owner_plugin_settings:
                rest_before, rest_after = _without(rest_before, setting), _without(rest_after, setting)
            if rest_before == rest_after:
                blog_before, blog_after = _blog_config(before) or {}, _blog_config(after) or {}
                names += [f"plugins.blog.{s}" for s in owner_plugin_settings
                          if blog_before.get(s, _ABSENT) != blog_after.get(s, _ABSENT)]
                continue
        names.append(str(key))
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m studio.changes", description=__doc__.split("\n\n")[0])
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
