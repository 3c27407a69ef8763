"""Which of mkdocs.yml's settings are the owner's content, and reading the file with any tag in it.

The studio's details, the menu and the article categories are the owner's to change like an article: a push that
changes only these is a content push (publishing builds it without the test suite), and the tests build their own
site with their own values in place of these (tests/sitecopy.py). Everything else in mkdocs.yml (the theme, the
hooks, the plugins, the Markdown extensions) is code.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import yaml

# Each a path into mkdocs.yml; in `plugins` a step names a plugin of the list (written `- blog:` or `- blog`).
OWNER_SETTINGS: tuple[tuple[str, ...], ...] = (
    ("site_name",),
    ("site_url",),
    ("site_description",),
    ("site_author",),
    ("copyright",),
    ("extra",),
    ("nav",),
    ("plugins", "blog", "categories_allowed"),
)

# Inside the owner's settings, these are code: the build's options (studio.site.config), which change how the site
# is built, never what it says. A push that changes them runs every test; the tests build with the project's.
CODE_SETTINGS: tuple[tuple[str, ...], ...] = (
    ("extra", "build"),
)

_MISSING = object()


@dataclass(frozen=True)
class Tagged:
    """A value written with a tag this reader does not act on (MkDocs' `!ENV`, `!relative`, `!!python/name:`)."""

    tag: str
    value: Any


class _Loader(yaml.SafeLoader):
    pass


def _tagged(loader: yaml.SafeLoader, tag: str, node: yaml.Node) -> Tagged:
    if isinstance(node, yaml.MappingNode):
        return Tagged(node.tag, loader.construct_mapping(node, deep=True))
    if isinstance(node, yaml.SequenceNode):
        return Tagged(node.tag, loader.construct_sequence(node, deep=True))
    return Tagged(node.tag, loader.construct_scalar(node))


_Loader.add_multi_constructor("", _tagged)  # only tags SafeLoader does not know reach this


class _Dumper(yaml.SafeDumper):
    pass


def _represent_tagged(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


_Dumper.add_representer(Tagged, _represent_tagged)


def load_config(text: str) -> Any:
    """mkdocs.yml as data, tags kept as Tagged. Raises yaml.YAMLError on a file that is not YAML."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 (a SafeLoader that also keeps unknown tags as data)


def dump_config(config: Any) -> str:
    return yaml.dump(config, Dumper=_Dumper, sort_keys=False, allow_unicode=True)


def _plugin(plugins: Any, name: str, create: bool = False) -> Any:
    if not isinstance(plugins, list):
        return _MISSING
    for i, entry in enumerate(plugins):
        if entry == name:  # `- blog` with no options
            if create:
                plugins[i] = {name: {}}
                return plugins[i][name]
            return {}
        if isinstance(entry, dict) and name in entry:
            if entry[name] is None and create:
                entry[name] = {}
            return entry[name]
    return _MISSING


def get_setting(config: Any, path: tuple[str, ...]) -> Any:
    """The value at `path`, or None when it is not set."""
    node = config
    for depth, step in enumerate(path):
        if depth == 1 and path[0] == "plugins":
            node = _plugin(node, step)
        elif isinstance(node, dict):
            node = node.get(step, _MISSING)
        else:
            node = _MISSING
        if node is _MISSING or node is None:
            return None
    return node


def _put(config: dict, path: tuple[str, ...], value: Any) -> None:
    node = config
    for depth, step in enumerate(path[:-1]):
        if depth == 1 and path[0] == "plugins":
            found = _plugin(node, step, create=True)
            if found is _MISSING:  # the plugin is not used: nothing to set
                return
            node = found
        else:
            if not isinstance(node.get(step), (dict, list)):
                node[step] = {}
            node = node[step]
    if value is None:
        node.pop(path[-1], None)
    else:
        node[path[-1]] = copy.deepcopy(value)


def without_owner_settings(config: Any) -> Any:
    """The code part of mkdocs.yml: the file with every owner's setting taken out."""
    if not isinstance(config, dict):
        return config
    code = copy.deepcopy(config)
    for path in OWNER_SETTINGS:
        _put(code, path, None)
    _keep_code_settings(code, config)
    return code


def _keep_code_settings(target: dict, source: Any) -> None:
    """`target` with each of CODE_SETTINGS as `source` has it (unset there, unset here)."""
    for path in CODE_SETTINGS:
        value = get_setting(source, path)
        if value is not None:
            _put(target, path, value)
        elif get_setting(target, path) is not None:
            _put(target, path, None)


def with_owner_settings(config: dict, owner: dict) -> dict:
    """`config` with each owner's setting taken from `owner` (unset there, unset here)."""
    merged = copy.deepcopy(config)
    for path in OWNER_SETTINGS:
        _put(merged, path, get_setting(owner, path))
    _keep_code_settings(merged, config)
    return merged
