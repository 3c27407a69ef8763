"""Edit the owner's content validly, as an owner would, to prove that no test depends on it.

Run on a throwaway copy of the project (scripts/content-edit-check.sh makes one): every programme gets other reps,
loads, title and summary, every article and page other words, every training style another purpose. Each
programme's edit is kept only if the programme still loads without a problem, so what is left is a valid edit.
The test suite then runs on that copy and must pass: only tests/owner reads the owner's content, and it builds it
strictly. Prints what it changed; exits 1 if it could change nothing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
sys.path.insert(0, str(SRC))

from studio.catalog import load_catalog  # noqa: E402
from studio.common import ContentError  # noqa: E402


def _reps(match: re.Match) -> str:
    return f"{match.group(1)}reps: {int(match.group(2)) + 1}"


def _rep_range(match: re.Match) -> str:
    low, high = int(match.group(3)), int(match.group(4))
    return f"{match.group(1)}reps: {match.group(2)}{low + 1}-{high + 1}{match.group(2)}"


def _load(match: re.Match) -> str:
    value = float(match.group(2))
    return f"{match.group(1)}load: {value - 2.5 if value > 20 else value + 2.5:g}%"


PROGRAMME_EDITS = (
    (re.compile(r"^(\s*)reps: (\d+)$", re.M), _reps),
    (re.compile(r"^(\s*)reps: (['\"]?)(\d+)-(\d+)\2$", re.M), _rep_range),
    (re.compile(r"^(\s*)load: (\d+(?:\.\d+)?)%$", re.M), _load),
    (re.compile(r"^title: (.+)$", re.M), lambda m: f"title: {m.group(1)} Edition"),
    (re.compile(r"^summary: (.+)$", re.M), lambda m: f"summary: Edited for a check. {m.group(1)}"),
)


def _loads(root: Path) -> bool:
    try:
        load_catalog(root)
    except ContentError:
        return False
    return True


def edit_programmes(root: Path) -> list[str]:
    changed = []
    for path in sorted((root / "programs").glob("*.yml")):
        before = path.read_text(encoding="utf-8")
        after = before
        for pattern, replace in PROGRAMME_EDITS:
            after = pattern.sub(replace, after)
        if after == before:
            continue
        path.write_text(after, encoding="utf-8")
        if _loads(root):
            changed.append(path.relative_to(root).as_posix())
        else:  # an edit this simple made it invalid (a rule tied to a rep count): keep the owner's file
            path.write_text(before, encoding="utf-8")
    return changed


FIRST_PARAGRAPH = re.compile(r"^(---\n.*?\n---\n+(?:#[^\n]*\n+)?)([A-Z])", re.S)


def edit_pages(root: Path) -> list[str]:
    changed = []
    for path in sorted((root / "docs").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        edited = FIRST_PARAGRAPH.sub(lambda m: f"{m.group(1)}An edited sentence opens this page. {m.group(2)}", text,
                                     count=1)
        if edited == text and not text.startswith("---"):
            edited = re.sub(r"^(#[^\n]*\n+)([A-Z])", r"\1An edited sentence opens this page. \2", text, count=1,
                            flags=re.M)
        if edited != text:
            path.write_text(edited, encoding="utf-8")
            changed.append(path.relative_to(root).as_posix())
    return changed


def edit_styles(root: Path) -> list[str]:
    path = root / "data" / "styles.yml"
    text = path.read_text(encoding="utf-8")
    edited = re.sub(r"^(\s+purpose: )(.+)$", r"\1Edited for a check. \2", text, flags=re.M)
    if edited == text:
        return []
    path.write_text(edited, encoding="utf-8")
    if not _loads(root):  # the programmes are checked against the styles too
        path.write_text(text, encoding="utf-8")
        return []
    return [path.relative_to(root).as_posix()]


def main(root: Path) -> int:
    changed = edit_programmes(root) + edit_pages(root) + edit_styles(root)
    for name in changed:
        print(f"edited {name}")
    programmes = sum(name.startswith("programs/") for name in changed)
    print(f"{len(changed)} files edited ({programmes} programmes)")
    if not _loads(root):
        print("the edited content no longer loads: fix this script's edits", file=sys.stderr)
        return 1
    return 0 if programmes and "data/styles.yml" in changed and len(changed) > programmes + 1 else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()))
