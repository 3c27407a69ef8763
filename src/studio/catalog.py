"""Load the exercise library and every programme, and report all problems at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from .checks import check_goal, check_library, check_program, check_styles
from .demos import check_demonstrations
from .figures import Figures, compute_figures
from .plan import Plan, expand
from .model import ExerciseInfo, Library, Program
from .problems import ContentError, Problem
from .styles import STYLES_FILE, Style, Styles
from .validation import problems_from
from .vocab import slugify
from .yamlsource import Document, load_yaml

PROGRAMS_DIR = "programs"
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

    def __post_init__(self) -> None:
        self._by_name = self.library.by_name()
        self._by_slug = {program.slug: program for program in self.programs}
        self._figures: dict[str, Figures] = {}
        self._plans: dict[str, Plan] = {}
        self._users: dict[str, list[Program]] = {info.slug: [] for info in self.library.exercises}
        for program in self.programs:
            for slug in dict.fromkeys(self.exercise(item.exercise).slug for _, item in program.exercises()):
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
        """The programme expanded week by week; every output renders from it."""
        if program.slug not in self._plans:
            self._plans[program.slug] = expand(program, self.exercise)
        return self._plans[program.slug]

    def figures(self, program: Program) -> Figures:
        if program.slug not in self._figures:
            self._figures[program.slug] = compute_figures(self.plan(program), self.library, self.goal_styles)
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


def load_model(path: Path, root: Path, model: type[BaseModel]) -> tuple[Document | None, BaseModel | None, list[Problem]]:
    name = path.relative_to(root).as_posix()
    try:
        doc = load_yaml(path, name)
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
    if value is None:
        return None, problems
    problems = check(value, doc)
    return (value if not problems else None), problems


def program_files(root: Path) -> list[Path]:
    folder = root / PROGRAMS_DIR
    return sorted(p for p in folder.glob("*.y*ml") if p.suffix in (".yml", ".yaml")) if folder.is_dir() else []


def load_catalog(root: Path) -> Catalog:
    """Load data/exercises.yml and programs/*.yml under `root`; raise ContentError listing every problem."""
    problems: list[Problem] = []
    library_path = root / LIBRARY_FILE
    library = None
    if not library_path.is_file():
        problems.append(Problem(LIBRARY_FILE, 1, "", "the exercise library is missing; create it as the owner's guide shows"))
    else:
        doc, library, found = load_model(library_path, root, Library)
        problems += found
        if library is not None:
            library_problems = check_library(library, doc) + check_demonstrations(library, doc, root)
            problems += library_problems
            library = library if not library_problems else None

    styles, found = load_data_file(root, STYLES_FILE, Styles, check_styles, "training styles")
    problems += found
    styles = styles.styles if styles else []
    programs: list[Program] = []
    sources: dict[str, str] = {}
    goal_lines: dict[str, tuple[str, int]] = {}
    for path in program_files(root):
        doc, program, found = load_model(path, root, Program)
        problems += found
        if program is None:
            continue
        problems += check_program(program, doc, library)
        slug = program.slug or slugify(path.stem)
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
        goal_lines[slug] = (doc.name, doc.line_of(("goal",)))
        programs.append(program.model_copy(update={"slug": slug}))
    if problems:
        raise ContentError(problems)
    programs.sort(key=lambda p: (p.title.lower()))
    catalog = Catalog(library, programs, styles)
    for program in programs:
        catalog.warnings += check_goal(program, catalog.figures(program), catalog.goal_styles, *goal_lines[program.slug])
    return catalog

