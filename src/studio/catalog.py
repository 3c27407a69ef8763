"""Load the exercise library and every programme, and report all problems at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from .checks import check_library, check_program
from .model import ExerciseInfo, Library, Program, slugify
from .problems import ContentError, Problem
from .validation import problems_from
from .yamlsource import Document, load_yaml

PROGRAMS_DIR = "programs"
LIBRARY_FILE = "data/exercises.yml"


@dataclass
class Catalog:
    """Everything the site is built from, validated."""

    library: Library
    programs: list[Program]
    sources: dict[str, str] = field(default_factory=dict)  # slug -> file, for messages and links

    def __post_init__(self) -> None:
        self._by_name = self.library.by_name()
        self._users: dict[str, list[Program]] = {info.slug: [] for info in self.library.exercises}
        for program in self.programs:
            for slug in dict.fromkeys(self.exercise(item.exercise).slug for _, item in program.exercises()):
                self._users[slug].append(program)

    def exercise(self, name: str) -> ExerciseInfo:
        return self._by_name[name.lower()]

    def programs_using(self, info: ExerciseInfo) -> list[Program]:
        return self._users[info.slug]


def _validate(doc: Document, model: type[BaseModel]) -> tuple[BaseModel | None, list[Problem]]:
    if not isinstance(doc.data, dict):
        what = "a list" if isinstance(doc.data, list) else "a single value"
        return None, [Problem(doc.name, 1, "", f"the file must hold fields (name: value, one per line), "
                              f"but it is {what}; start with 'title:' as in the owner's guide")]
    try:
        return model.model_validate(doc.data), []
    except ValidationError as error:
        return None, problems_from(error, doc, model)


def _load(path: Path, root: Path, model: type[BaseModel]) -> tuple[Document | None, BaseModel | None, list[Problem]]:
    name = path.relative_to(root).as_posix()
    try:
        doc = load_yaml(path, name)
    except ContentError as error:
        return None, None, error.problems
    value, problems = _validate(doc, model)
    return doc, value, problems


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
        doc, library, found = _load(library_path, root, Library)
        problems += found
        if library is not None:
            library_problems = check_library(library, doc)
            problems += library_problems
            library = library if not library_problems else None

    programs: list[Program] = []
    sources: dict[str, str] = {}
    for path in program_files(root):
        doc, program, found = _load(path, root, Program)
        problems += found
        if program is None:
            continue
        problems += check_program(program, doc, library)
        slug = program.slug or slugify(path.stem)
        if slug in sources:
            problems.append(Problem(doc.name, doc.line_of(("slug",)), "slug",
                                    f"the page address /programs/{slug}/ is also used by {sources[slug]}; "
                                    "rename one file or give it a different slug"))
            continue
        sources[slug] = doc.name
        programs.append(program.model_copy(update={"slug": slug}))
    if problems:
        raise ContentError(problems)
    programs.sort(key=lambda p: (p.title.lower()))
    return Catalog(library, programs, sources)
