"""What is in programs/: the programme files, and a word about everything else found there.

Every entry gets a decision the owner can see. Programmes are `<name>.yml` or `<name>.yaml`
directly in programs/ (the extension in any case); names starting with a dot are editors' and
systems' own files (.DS_Store, .file.yml.swp) and are left alone. Anything else is reported:
YAML files in sub-folders and folders named like files are errors, other files a warning.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from studio.common import Problem
from studio.format.yamlsource import not_a_file

PROGRAMS_DIR = "programs"
EXTENSIONS = (".yml", ".yaml")


@dataclass
class Found:
    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def _is_yaml(path: Path) -> bool:
    return path.suffix.lower() in EXTENSIONS


def program_files(root: Path) -> Found:
    folder = root / PROGRAMS_DIR
    found = Found()
    if not folder.is_dir():
        return found
    stems: dict[str, str] = {}
    for path in sorted(folder.iterdir()):
        name = path.relative_to(root).as_posix()
        if path.name.startswith("."):
            continue
        if path.is_dir():
            if _is_yaml(path):
                found.problems.append(Problem(name, 1, "", "this is a folder, not a programme file; rename the "
                                              "folder so that its name does not end in .yml or .yaml"))
            else:
                _sub_folder(root, path, found)
            continue
        if not _is_yaml(path):
            found.warnings.append(Problem(name, 1, "", "this is not a programme (those end in .yml), so it is "
                                          "not published; move it out of programs/ or delete it"))
            continue
        twin = stems.get(path.stem.lower())
        if twin is not None:
            found.problems.append(Problem(name, 1, "", f"{twin} has the same name, so both would be the programme "
                                          f"'{path.stem}'; keep one of them"))
            continue
        stems[path.stem.lower()] = name
        found.files.append(path)  # broken links and unreadable files are reported when read
    return found


def _sub_folder(root: Path, folder: Path, found: Found) -> None:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or path.is_dir():
            continue
        name = relative.as_posix()
        if _is_yaml(path):
            found.problems.append(Problem(name, 1, "", f"programmes go directly in {PROGRAMS_DIR}/, not in a "
                                          f"sub-folder; move it to {PROGRAMS_DIR}/{path.name} to publish it, or "
                                          f"out of {PROGRAMS_DIR}/ to keep it unpublished"))
        else:
            found.warnings.append(Problem(name, 1, "", "this is not a programme (those end in .yml), so it is "
                                          "not published; move it out of programs/ or delete it"))


def special_files(root: Path, folder: Path) -> list[Problem]:
    """Everything under `folder` that is neither a folder nor an ordinary file (a named pipe, a device, a socket),
    which the build would wait on forever or fail to copy. Links are judged by what they point to; names
    starting with a dot are left alone, as MkDocs leaves them."""
    found = []
    for parent, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            path = Path(parent) / name
            if name.startswith("."):
                continue
            try:
                mode = path.stat().st_mode
            except OSError:
                continue  # a broken link: reported where it is read
            if not stat.S_ISREG(mode):
                found.append(Problem(path.relative_to(root).as_posix(), 1, "", not_a_file(mode)))
    return found
