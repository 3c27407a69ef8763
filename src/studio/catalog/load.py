"""Load the exercise library and every programme, and report all problems at once."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from studio.caching import CHECKED, FIGURES, LOADED, file_digest, text_digest
from studio.catalog.demos import check_demonstrations
from studio.checks import check_goal, check_library, check_program, check_styles
from studio.common import ContentError, Problem
from studio.format import (
    LIBRARY_LIMITS,
    MAX_SLUG,
    PROGRAMME_LIMITS,
    STYLES_FILE,
    Document,
    ExerciseInfo,
    Library,
    Program,
    Style,
    Styles,
    check_lengths,
    named_exercises,
    parse_yaml,
    problems_from,
    program_files,
    read_partial,
    read_text,
    slugify,
)
from studio.plan import Figures, Plan, compute_figures, expand, figures_data, figures_from_data

LIBRARY_FILE = "data/exercises.yml"
# Generated pages under /programs/ whose addresses a programme cannot take.
RESERVED_SLUGS = {"compare": "the page that compares programmes", "index": "the programme catalogue"}


@dataclass
class Catalog:
    """Everything the site is built from, validated."""

    library: Library
    programs: list[Program]
    styles: list[Style] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # publishable, but probably a mistake
    digests: dict[str, str] = field(default_factory=dict)  # programme slug -> SHA-256 of its YAML text
    shared_digest: str = ""  # of the library's and styles' texts: what plans and figures use besides a programme

    def __post_init__(self) -> None:
        self._by_name = self.library.by_name()
        self._by_slug = {program.slug: program for program in self.programs}
        self._figures: dict[str, Figures] = {}
        self._users: dict[str, list[Program]] = {info.slug: [] for info in self.library.exercises}
        for program in self.programs:
            for slug in dict.fromkeys(self.exercise(name).slug for _, name, _ in named_exercises(program)):
                self._users[slug].append(program)

    def exercise(self, name: str) -> ExerciseInfo:
        return self._by_name[name.lower()]

    def programs_using(self, info: ExerciseInfo) -> list[Program]:
        return self._users[info.slug]

    def program(self, slug: str) -> Program | None:
        return self._by_slug.get(slug)

    @property
    def goal_styles(self) -> list[Style]:
        """The styles that stand for a programme goal: what programme figures are counted against."""
        return [style for style in self.styles if style.goal]

    def plan(self, program: Program) -> Plan:
        """The programme expanded week by week; every output renders from it. Made afresh on each call: kept for
        every programme, the plans held 160 MB at 1,000 programmes, and the figures and pages made from them are
        kept instead."""
        return expand(program, self.exercise)

    def page_key(self, program: Program) -> tuple | None:
        """What a programme's own page is made from, for keeping it between builds; None when unknown."""
        digest = self.digests.get(program.slug)
        return (program.slug, digest, self.shared_digest) if digest and self.shared_digest else None

    def figures(self, program: Program) -> Figures:
        if program.slug not in self._figures:
            make = lambda: compute_figures(self.plan(program), self.library, self.goal_styles)  # noqa: E731
            key = self.page_key(program)
            # As JSON: the figures are kept on disk too (load_site), so a build need not expand the plans again.
            self._figures[program.slug] = make() if key is None else figures_from_data(
                FIGURES.get(json.dumps(key), lambda: figures_data(make())))
        return self._figures[program.slug]

    def style(self, key: str) -> Style | None:
        return next((s for s in self.styles if s.key == key.strip().lower()), None)


def _validate(doc: Document, model: type[BaseModel]) -> tuple[BaseModel | None, list[Problem]]:
    if not isinstance(doc.data, dict):
        what = "a list" if isinstance(doc.data, list) else "a single value"
        return None, [Problem(doc.name, 1, "", f"the file must hold fields (name: value, one per line), "
                              f"but it is {what}; start with 'title:' as in the owner's guide")]
    try:
        return model.model_validate(doc.data), []
    except ValidationError as error:
        return None, problems_from(error, doc, model)


def readable(doc: Document | None, value: BaseModel | None, model: type[BaseModel]):
    """The valid model, or what could be read of a file that failed its schema (for the cross-field checks)."""
    if value is not None or doc is None:
        return value
    return read_partial(model, doc.data)


def load_model(path: Path, root: Path, model: type[BaseModel]) -> tuple[Document | None, BaseModel | None, list[Problem]]:
    name = path.relative_to(root).as_posix()
    try:
        text = read_text(path, name)
    except ContentError as error:
        return None, None, error.problems
    doc, value, problems = LOADED.get((model, name, text_digest(text)), lambda: _parse(text, name, model))
    return doc, value, list(problems)  # callers add to it


def _parse(text: str, name: str, model: type[BaseModel]) -> tuple[Document | None, BaseModel | None, list[Problem]]:
    try:
        doc = parse_yaml(text, name)
    except ContentError as error:
        return None, None, error.problems
    value, problems = _validate(doc, model)
    return doc, value, problems


def load_data_file(root: Path, name: str, model: type[BaseModel], check, missing: str | None):
    """data/<file>.yml validated by `model`, then by `check(value, doc) -> problems`; None while it has problems.

    `missing` names the file in the message when it is absent; with None the file is optional.
    """
    path = root / name
    if not path.is_file():
        return None, [] if missing is None else [
            Problem(name, 1, "", f"the {missing} file is missing; create it as the owner's guide shows")]
    doc, value, problems = load_model(path, root, model)
    known = readable(doc, value, model)
    if known is not None:
        problems = problems + check(known, doc)
    return (value if not problems else None), problems


@dataclass
class Names:
    """Names other files may refer to, known even when some content failed; None when one could not be read."""

    slugs: set[str] | None = None  # programme page names
    styles: set[str] | None = None  # training style ids
    equipment: list[str] | None = None  # the library's kit


def load_catalog(root: Path) -> Catalog:
    """Load data/exercises.yml and programs/*.yml under `root`; raise ContentError listing every problem."""
    catalog, problems, _ = read_catalog(root)
    if problems:
        raise ContentError(problems)
    return catalog


def read_catalog(root: Path) -> tuple[Catalog | None, list[Problem], Names]:
    """The catalogue (None while there are problems), every problem, and the names that could be read."""
    problems: list[Problem] = []
    known = Names()
    unread_programmes = False
    library_path = root / LIBRARY_FILE
    library = known_library = None
    library_digest = ""
    if not library_path.is_file() and not library_path.is_symlink():
        problems.append(Problem(LIBRARY_FILE, 1, "", "the exercise library is missing; create it as the owner's guide shows"))
    else:
        doc, library, found = load_model(library_path, root, Library)
        library_digest = doc.digest if doc is not None else ""
        known_library = readable(doc, library, Library)
        if known_library is not None:
            found += check_library(known_library, doc) + check_lengths(doc, LIBRARY_LIMITS)
            known.equipment = known_library.equipment
        if library is not None:  # pictures are checked on the files only once the library reads in full
            found += check_demonstrations(library, doc, root)
        problems += found
        library = library if not found else None

    styles, found = load_data_file(root, STYLES_FILE, Styles, check_styles, "training styles")
    problems += found
    known.styles = {s.key for s in styles.styles} if styles else None
    styles = styles.styles if styles else []
    programs: list[Program] = []
    sources: dict[str, str] = {}
    digests: dict[str, str] = {}
    goal_lines: dict[str, tuple[str, int]] = {}
    entries = program_files(root)
    problems += entries.problems
    for path in entries.files:
        doc, program, found = load_model(path, root, Program)
        problems += found
        reading = readable(doc, program, Program)
        if reading is None:
            unread_programmes = True  # its page name (a slug: field?) is unknown
            continue
        problems += CHECKED.get((doc.name, doc.digest, library_digest), lambda: (
            check_program(reading, doc, known_library) + check_lengths(doc, PROGRAMME_LIMITS)))
        if reading.slug is None and isinstance(doc.data, dict) and "slug" in doc.data:
            unread_programmes = True
        slug = reading.slug or slugify(path.stem)
        if not slug:
            problems.append(Problem(doc.name, doc.line_of(("slug",)), "slug" if "slug" in doc.data else "",
                                    "the file name gives no page address, which is made from the letters a-z and "
                                    "digits in it; rename the file, e.g. strength-block.yml, or add slug: strength-block"))
            continue
        if len(slug) > MAX_SLUG:
            problems.append(Problem(doc.name, doc.line_of(("slug",)), "slug" if "slug" in doc.data else "",
                                    f"the page address '{slug}' is {len(slug)} characters long; keep it to {MAX_SLUG} "
                                    "with a shorter file name or slug:"))
            continue
        if slug in RESERVED_SLUGS:
            problems.append(Problem(doc.name, doc.line_of(("slug",)), "slug",
                                    f"the page address /programs/{slug}/ is taken by {RESERVED_SLUGS[slug]}; "
                                    f"rename the file or give the programme a different slug, e.g. slug: {slug}-programme"))
            continue
        if slug in sources:
            problems.append(Problem(doc.name, doc.line_of(("slug",)), "slug",
                                    f"the page address /programs/{slug}/ is also used by {sources[slug]}; "
                                    "rename one file or give it a different slug"))
            continue
        sources[slug] = doc.name
        digests[slug] = doc.digest
        if program is None:
            continue
        goal_lines[slug] = (doc.name, doc.line_of(("goal",)))
        programs.append(program.model_copy(update={"slug": slug}))
    known.slugs = None if unread_programmes else set(sources)
    if problems:
        return None, problems, known
    programs.sort(key=lambda p: (p.title.lower()))
    shared = text_digest("".join(file_digest(root / name) for name in (LIBRARY_FILE, STYLES_FILE)))
    catalog = Catalog(library, programs, styles, warnings=list(entries.warnings), digests=digests,
                      shared_digest=shared)
    for program in programs:
        catalog.warnings += check_goal(program, catalog.figures(program), catalog.goal_styles, *goal_lines[program.slug])
    return catalog, [], known

