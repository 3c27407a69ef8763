"""Every private of MkDocs, Material and watchdog the studio relies on, in one list, with the versions it was
checked against.

MkDocs 1.x is no longer maintained and Material is in maintenance mode: the day the site moves to a fork or a new
version, this list says what to read again. Each entry is one thing outside the documented plugin API (events,
their arguments, `File.generated`, the config): a callable we replace, an attribute we read or write that the
host does not document, a template we copied, a log text we match, the file watcher's insides. It says which
of our functions or files relies on it, why, and the versions it was checked against (the host's source read
and the tests run: requirements.lock's pins).

After an upgrade: `tests/unit/test_compat.py` fails naming each entry whose range leaves out the installed
version. Read the host's new source for each, run the build tests (tests/build/test_build_speedups.py,
test_quick_rebuilds.py, test_reproducible.py), then widen the entry's range. Until then a build skips the
speed-ups that lean on an unchecked entry and logs a warning (`unchecked_speedups`); the site builds the same,
slower. Entries that every build relies on (`speedup` None) are what pyproject.toml's ranges are made of.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

__all__ = ["PRIVATES", "Private", "installed_versions", "in_range", "out_of_range", "report", "unchecked_speedups",
           "warn_unchecked"]

# The speed-ups, by the module that installs each (studio.adapter.speedups.<name>); mkdocs.yml's
# `extra.build.speedups` switches them all.
RENDER_MEMO, QUICK_REBUILDS, BLOG_EXCERPTS = "render_memo", "quick_rebuilds", "blog_excerpts"
# What the build does while the downloads are still being made (events.py); a speed-up like the others.
LATE_COPY = "late_copy"
SPEEDUPS = (RENDER_MEMO, QUICK_REBUILDS, BLOG_EXCERPTS, LATE_COPY)

MKDOCS, MATERIAL, WATCHDOG = "mkdocs", "mkdocs-material", "watchdog"
# The versions each entry was read and tested against. Widen an entry's range only after checking it.
MKDOCS_CHECKED, MATERIAL_CHECKED, WATCHDOG_CHECKED = "==1.6.1", "==9.8.1", "==7.1.0"

PATCHED = "patched callable"
READ = "private attribute read"
WRITTEN = "private attribute written"
TEMPLATE = "copied template"
LOG_TEXT = "log text matched"
WATCHER = "watcher internals"


@dataclass(frozen=True)
class Private:
    name: str  # as the host spells it
    kind: str  # PATCHED, READ, WRITTEN, TEMPLATE, LOG_TEXT or WATCHER
    package: str  # the distribution it belongs to
    checked: str  # the versions it was checked against: "==1.6.1", ">=9.8.1,<9.9"
    used_by: str  # our function or file that relies on it
    why: str
    speedup: str | None  # the speed-up that relies on it (skipped when unchecked), or None: every build does


def _mkdocs(name, kind, used_by, why, speedup):
    return Private(name, kind, MKDOCS, MKDOCS_CHECKED, used_by, why, speedup)


def _material(name, kind, used_by, why, speedup):
    return Private(name, kind, MATERIAL, MATERIAL_CHECKED, used_by, why, speedup)


_RM = "studio.adapter.speedups.render_memo"
_QR = "studio.adapter.speedups.quick_rebuilds"
_BE = "studio.adapter.speedups.blog_excerpts"

PRIVATES: tuple[Private, ...] = (
    # --- render_memo: kept Markdown renders, excerpts, front matter, theme files, search sections ------------
    _mkdocs("mkdocs.structure.pages.Page.render", PATCHED, f"{_RM}._render",
            "no event can skip a page's Markdown render; a kept one is handed back", RENDER_MEMO),
    _mkdocs("mkdocs.structure.pages.Page._title_from_render", WRITTEN, f"{_RM}._render, _render_excerpt",
            "a kept render gives the page the title its first heading gave", RENDER_MEMO),
    _mkdocs("mkdocs.structure.pages.Page.present_anchor_ids, links_to_anchors", WRITTEN, f"{_RM}._render",
            "MkDocs checks links to anchors from these after rendering; a kept render restores them", RENDER_MEMO),
    _mkdocs("mkdocs.structure.files.Files.add_files_from_theme", PATCHED, f"{_RM}._add_files_from_theme",
            "called before on_files, with no event between: the theme's 14,000 files are listed once a process",
            RENDER_MEMO),
    _material("material.plugins.blog.structure.Excerpt.render", PATCHED, f"{_RM}._render_excerpt",
              "no event can skip an excerpt's render for each blog view; a kept one is handed back", RENDER_MEMO),
    _material("material.plugins.blog.structure.Excerpt.post, md, markdown, content, more, toc", WRITTEN,
              f"{_RM}._render_excerpt", "what Excerpt.render sets, set from the kept render", RENDER_MEMO),
    _material("material.plugins.blog.structure.Markdown", PATCHED, f"{_RM}._DeferredMarkdown",
              "each post's Python-Markdown is made in Excerpt.__init__ (on_files): made only when rendered afresh",
              RENDER_MEMO),
    _material("material.plugins.blog.structure.yaml", PATCHED, f"{_RM}._KeptYaml",
              "posts' front matter is read in Post.__init__ (on_files) with the pure-Python loader", RENDER_MEMO),
    _material("material.plugins.search.plugin.SearchIndex.add_entry_from_context", PATCHED,
              f"{_RM}._add_search_entries", "the search plugin indexes a page from inside its own on_page_context; "
              "each page's sections are kept by its HTML under serve", RENDER_MEMO),
    _mkdocs("mkdocs.theme.Theme.dirs, static_templates", READ, f"{_RM}._add_files_from_theme",
            "the kept list of theme files is keyed by the theme's folders and static templates", RENDER_MEMO),
    _material("material.plugins.search.plugin.Parser (data), Section (is_excluded), Element, "
              "SearchIndex.create_entry_for_section",
              READ, f"{_RM}._search_sections", "how the search plugin cuts a page into sections, called as it does",
              RENDER_MEMO),
    # --- quick_rebuilds: a save re-writes only the pages it changed -----------------------------------------
    _mkdocs("mkdocs.structure.files.File.is_modified (per file)", WRITTEN, f"{_QR}.on_files",
            "`--dirty` asks it before reading and before writing a page: every page is read, changed ones written",
            QUICK_REBUILDS),
    _mkdocs("\"A 'dirty' build is being performed\" (mkdocs.commands.build)", LOG_TEXT, f"{_QR}._DropDirtyWarning",
            "MkDocs warns that dirty builds leave pages stale; ours do not, and the warning would fail --strict",
            QUICK_REBUILDS),
    _mkdocs("mkdocs.livereload.LiveReloadServer.observer, build_delay", WRITTEN, f"{_QR}.on_serve",
            "serve looks for saves every 0.1 s, not 0.5 s, and builds 0.02 s after seeing one", QUICK_REBUILDS),
    Private("watchdog.observers.api.BaseObserver._timeout, EventEmitter._timeout", WATCHER, WATCHDOG,
            WATCHDOG_CHECKED, f"{_QR}.on_serve", "the polling observer's interval, set on it and its emitters",
            QUICK_REBUILDS),
    Private("watchdog.observers.polling.PollingEmitter.queue_events", WATCHER, WATCHDOG, WATCHDOG_CHECKED,
            f"{_QR}.Looking.install", "serve looks for saves between builds, not during them", QUICK_REBUILDS),
    _material("material.plugins.search.plugin.SearchPlugin.search_index.entries, search_index_prev", WRITTEN,
              f"{_QR}._finish_build", "a quick rebuild indexes only changed pages: the others' entries are put back",
              QUICK_REBUILDS),
    _material("material.plugins.blog.structure.Post.excerpt, categories; View.pages, posts, views", WRITTEN,
              f"{_QR}._unlink", "the last build's pages are cut out of their cycles so serve frees them at once",
              QUICK_REBUILDS),
    _material("material.plugins.blog.structure.Post.config, authors; View (isinstance)", READ,
              f"{_QR}._page_key, _post_facts", "a page's key names what its template is given", QUICK_REBUILDS),
    # --- blog_excerpts: the blog plugin's costs -----------------------------------------------------------
    _material("material.plugins.blog.readtime.readtime; BlogPlugin.blog.posts, Post.config.readtime", READ,
              f"{_BE}.on_page_content, {_RM}.reading_time", "the reading time, kept by the HTML, is set before the "
              "blog plugin's on_page_content, which then leaves it; its function, called as the plugin calls it",
              BLOG_EXCERPTS),
    _material("material.plugins.blog.plugin.copy_file", PATCHED, f"{_BE}.copy_if_changed",
              "the blog copies each paginated view's source on every build; skipped when the bytes are the same",
              BLOG_EXCERPTS),
    _material("material.plugins.blog.plugin.BlogPlugin.blog.posts", WRITTEN, f"{_BE}.on_files",
              "`page in blog.posts` compares a page with each post; a list that answers by identity", BLOG_EXCERPTS),
    _material("material.plugins.blog.structure.Post.markdown (after the post is rendered), Post.excerpt", WRITTEN,
              f"{_BE}.on_env", "the views render excerpts from the post's Markdown after on_env: its head is enough",
              BLOG_EXCERPTS),
    # --- events.py: pages written while the downloads are still being made ----------------------------------
    _mkdocs("mkdocs.structure.files.File.copy_file (per file)", WRITTEN, "studio.adapter.events.on_env",
            "MkDocs copies static files after on_env; a pending download is copied in on_post_build instead",
            LATE_COPY),
    # --- every build --------------------------------------------------------------------------------------
    _mkdocs("mkdocs.utils.yaml.yaml_load", READ, "studio.adapter.events.published_url",
            "mkdocs.yml read as MkDocs reads it (!ENV, INHERIT), for the site_url serve swaps out", None),
    _mkdocs("mkdocs.livereload.LiveReloadServer.builder, root, mount_path, get_app, set_app", WRITTEN,
            "studio.adapter.preview.show_build_errors", "a failed build under serve shows its messages in the "
            "browser: the server's builder and WSGI app are wrapped", None),
    _material("material.plugins.blog.structure.Post.authors (Author.name); the blog views' `posts` context",
              READ, "studio.adapter.events._author_names, on_page_context",
              "the feed and structured data name a post's authors; a view's scripts are those its excerpts need",
              None),
    _material("site_nav block of material/templates/base.html", TEMPLATE, "overrides/main.html",
              "the block is copied to render the nav through studio_nav", None),
    _material("partials/search.html", TEMPLATE, "overrides/partials/search.html",
              "copied with one accessibility change (a named search dialog)", None),
    _material("partials/post.html", TEMPLATE, "overrides/partials/post.html",
              "copied with one accessibility change", None),
    _material("blog-post.html", TEMPLATE, "overrides/blog-post.html", "copied with one accessibility change", None),
    _material("partials/consent.html", TEMPLATE, "overrides/partials/consent.html",
              "copied with one accessibility change (the cookie dialog's title in heading order)", None),
)


def installed_versions(packages: Iterable[str] = (MKDOCS, MATERIAL, WATCHDOG)) -> dict[str, str]:
    found = {}
    for name in packages:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "not installed"
    return found


def _parts(text: str) -> tuple[int, ...]:
    numbers = []
    for part in text.split("."):
        digits = "".join(ch for ch in part if ch.isdigit()) if part[:1].isdigit() else ""
        if not digits:
            break
        numbers.append(int(digits))
        if not part.isdigit():  # 1.6.1rc1, 9.8.1.post1: count the release, stop at the suffix
            break
    return tuple(numbers)


def in_range(installed: str, checked: str) -> bool:
    """Whether `installed` satisfies `checked`: comma-separated ==, >=, <=, < or > with plain release numbers."""
    if not installed or not installed[0].isdigit():
        return False
    have = _parts(installed)
    for clause in (c.strip() for c in checked.split(",")):
        op = next(o for o in ("==", ">=", "<=", "<", ">") if clause.startswith(o))
        want = _parts(clause[len(op):].strip())
        width = max(len(have), len(want))
        a, b = have + (0,) * (width - len(have)), want + (0,) * (width - len(want))
        if not {"==": a == b, ">=": a >= b, "<=": a <= b, "<": a < b, ">": a > b}[op]:
            return False
    return True


def out_of_range(versions: Mapping[str, str], privates: Iterable[Private] = PRIVATES) -> list[Private]:
    """The entries whose checked range leaves out the installed version of their package."""
    return [p for p in privates if not in_range(versions.get(p.package, ""), p.checked)]


def report(unchecked: list[Private], versions: Mapping[str, str]) -> str:
    """What to re-check, entry by entry, and where."""
    packages = sorted({p.package for p in unchecked})
    found = ", ".join(f"{name} {versions.get(name, 'not installed')}" for name in packages)
    lines = [f"{found}: outside the versions these were checked against; read each again in the installed source, "
             "run the build tests, then widen its range in src/studio/adapter/compat.py:"]
    lines += [f"  {p.name} ({p.kind}; {p.package}{p.checked}; {p.speedup or 'every build'}): {p.used_by}"
              for p in unchecked]
    return "\n".join(lines)


def unchecked_speedups(versions: Mapping[str, str], privates: Iterable[Private] = PRIVATES) -> tuple[set[str], list[Private]]:
    """The speed-ups to skip with these versions, and the entries that are out of range."""
    unchecked = out_of_range(versions, privates)
    return {p.speedup for p in unchecked if p.speedup is not None}, unchecked


# Not under "mkdocs": the warning is shown, but `--strict` does not count it; a build without the speed-ups is
# the same site, and publishing must not stop the day a version moves.
log = logging.getLogger("studio.compat")


def warn_unchecked(versions: Mapping[str, str], privates: Iterable[Private] = PRIVATES) -> set[str]:
    """The speed-ups to skip, with a warning naming what to re-check; an empty set when every entry is checked."""
    skipped, unchecked = unchecked_speedups(versions, privates)
    if unchecked:
        off = ", ".join(name for name in SPEEDUPS if name in skipped) or "none"
        log.warning("studio: speed-ups not installed: %s. The site builds the same, slower. %s", off,
                    report(unchecked, versions))
    return skipped
