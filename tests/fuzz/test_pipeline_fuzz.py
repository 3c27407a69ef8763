"""The property, over generated content: accepted with every output made, or a ContentError whose every
problem names the file and a line. Any other exception is a bug (see tests/fuzz/pipeline.py)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import yaml
from fuzzcontent import (
    FRONT,
    FULL_PROGRAM,
    PAGE,
    SAMPLES,
    arbitrary_yaml,
    article,
    dump,
    mutated,
    page,
    picture,
    valid_programme,
)
from hypothesis import given
from hypothesis import strategies as st
from pipeline import SITE, no_script_runs, run, write_tree
from samples import LIBRARY


def _run(files: dict[str, str | bytes]) -> str:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_tree(root, {**SAMPLES, PAGE: f"---\n{dump(FRONT)}---\n\nText.\n", **files})
        return run(root)


def test_the_samples_are_accepted():
    assert _run({}) == "accepted"


@given(mutated(FULL_PROGRAM), st.one_of(st.none(), mutated(FULL_PROGRAM, 2)))
def test_programme_files(program, second):
    files = {"programs/test-strength.yml": program}
    if second is not None:
        files["programs/second.yml"] = second
    _run(files)


@given(mutated(LIBRARY))
def test_exercise_library(library):
    _run({"data/exercises.yml": library})


@given(st.sampled_from(["data/styles.yml", "data/calls-to-action.yml", "data/picker.yml"]).flatmap(
    lambda name: st.tuples(st.just(name), mutated(SAMPLES[name]))))
def test_data_files(named):
    name, text = named
    _run({name: text})


@given(page(), st.sampled_from([PAGE, "docs/index.md", "docs/services/coaching.md"]))
def test_front_matter_and_directives(text, name):
    _run({name: text})


@given(st.sampled_from([*SAMPLES, PAGE]), arbitrary_yaml)
def test_arbitrary_yaml(name, text):
    if name == PAGE and isinstance(text, str):
        text = f"---\n{text}\n---\nBody\n"
    _run({name: text})


@given(st.fixed_dictionaries({name: mutated(text, 2) for name, text in SAMPLES.items()}), page())
def test_every_file_at_once(files, text):
    _run({**files, PAGE: text})


@given(valid_programme())
def test_valid_programmes_of_any_text_and_shape(program):
    # Valid values everywhere, so nearly every input reaches the pages and all five downloads.
    _run({"programs/test-strength.yml": program})


entry_names = st.tuples(
    st.one_of(st.sampled_from(["a", "Strength Block", "UPPER", ".hidden", "Жим", "index", "compare", "x" * 90,
                               "test-strength", "with.dots", " spaced ", "-"]),
              st.text(alphabet=st.characters(codec="utf-8", exclude_characters="/\x00"), min_size=1, max_size=12)),
    st.sampled_from([".yml", ".yaml", ".YML", ".Yaml", ".txt", "", ".yml.swp", ".yml~"]),
).map("".join).filter(lambda name: name not in (".", "..") and len(name.encode()) < 200)
entries = st.lists(st.tuples(entry_names, st.sampled_from(["programme", "empty", "folder", "folder with a programme",
                                                           "broken link", "link loop", "link to a programme"])),
                   max_size=5, unique_by=lambda e: e[0].lower())


@given(entries)
def test_odd_entries_in_programs(found):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_tree(root, {**SAMPLES, PAGE: f"---\n{dump(FRONT)}---\n\nText.\n"})
        programs = root / "programs"
        for name, kind in found:
            path = programs / name
            if path.exists() or path.is_symlink():
                continue
            if kind == "programme":
                path.write_text(FULL_PROGRAM.replace("slug: test-strength\n", ""), encoding="utf-8")
            elif kind == "empty":
                path.write_bytes(b"")
            elif kind.startswith("folder"):
                path.mkdir()
                if kind.endswith("programme"):
                    (path / "inner.yml").write_text(FULL_PROGRAM, encoding="utf-8")
            elif kind == "broken link":
                path.symlink_to("nowhere.yml")
            elif kind == "link loop":
                path.symlink_to(name)
            else:
                path.symlink_to("test-strength.yml")
        run(root)


REAL = [SITE / "programs" / f"{name}.yml" for name in (
    "barbell-strength-foundations", "novice-linear-ab", "peak-strength-block", "training-max-waves")] + [
    # The well-known programmes: tiers, stages and tables, shares of other days, warm-ups of the training max.
    SITE.parent / "programs" / f"{name}.yml" for name in ("five-three-one-bbb", "gzclp", "texas-method", "five-by-five")]


@given(st.sampled_from(REAL).flatmap(lambda path: st.tuples(
    st.just(path.stem), mutated(path.read_text(encoding="utf-8"), 3))))
def test_the_studios_own_programmes_mutated(named):
    # The sample site's programmes and the well-known test programmes use every part of the format, progression
    # and result rules as data included.
    name, text = named
    _run({"data/exercises.yml": SITE_LIBRARY, "programs/test-strength.yml": text})


def _without_pictures(text: str) -> str:
    """The test site's library without its pictures, whose files the fuzzer's tree does not have: with them, every
    input is refused for the missing files (after every check of the programme) and none reaches the downloads.
    Pictures have their own test below."""
    data = yaml.safe_load(text)
    for exercise in data["exercises"]:
        exercise.pop("images", None)
    return dump(data)


# make fuzz takes the mutants through every download; make test, whose time is budgeted, through the checks only
# (the downloads of these forms are reached by test_forms_fuzz.py's valid programmes; this way cost 3.5 s more).
SITE_LIBRARY = (SITE / "data/exercises.yml").read_text(encoding="utf-8")
if os.environ.get("STUDIO_FUZZ_PROFILE", "fast") != "fast":
    SITE_LIBRARY = _without_pictures(SITE_LIBRARY)


@given(article())
def test_article_bodies_with_any_html(text):
    # Refused with file:line, or accepted and then nothing in the page as published runs code.
    if _run({PAGE: text}) == "accepted":
        no_script_runs(text)


@given(picture())
def test_exercise_pictures_of_any_kind(data):
    library = LIBRARY.replace("    cues: [Brace before you descend.]\n",
                              "    cues: [Brace before you descend.]\n    images:\n      - file: data/images/x.png\n"
                              "        alt: A squat.\n", 1)
    assert library != LIBRARY
    _run({"data/exercises.yml": library, "data/images/x.png": data})
