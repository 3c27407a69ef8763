"""Rules that span fields or files.

They run on valid models, and on what could be read of files that failed their schema (studio.format.partial),
so every rule here skips a value that is None: a field that could not be read.
"""

from __future__ import annotations

from studio.checks.blocks import check_blocks
from studio.checks.progressions import check_progressions, check_set_lists
from studio.checks.results import check_results
from studio.common import Problem, did_you_mean, word_list
from studio.format import (
    GOALS,
    GROUP_KEYS,
    Collector,
    Document,
    Library,
    Program,
    Style,
    Styles,
    kind_of,
    named_exercises,
    slots,
    slugify,
)
from studio.plan import Figures
from studio.presentation import plural

# A goal is contradicted when its style gets under this share of the working sets while a style
# the programme does not claim gets over the other. General fitness is also served by conditioning:
# blocks that fill at least CONDITIONING_FLOOR of the estimated session time, and holds, carries and
# ballistic work, whose sets count towards it in the goal check (their own figures are not working sets).
GOAL_FLOOR, OTHER_CEILING = 0.2, 0.5
CONDITIONING_FLOOR = 0.25
CONDITIONING_GOAL = "general fitness"


def check_library(library: Library, doc: Document) -> list[Problem]:
    found = Collector(doc)
    for vocabulary in ("equipment", "muscles"):
        seen: set[str] = set()
        for i, word in enumerate(getattr(library, vocabulary) or []):
            if word.lower() in seen:
                found.add((vocabulary, i), f"'{word}' is listed twice; remove one")
            seen.add(word.lower())
    names: dict[str, int] = {}
    slugs: dict[str, int] = {}
    for i, info in enumerate(library.exercises or []):
        if info is None or info.name is None:
            continue
        slug = slugify(info.name)
        if not slug:
            found.add(("exercises", i, "name"), f"'{info.name}' gives no page address, which is made from the "
                      "letters a-z and digits in the name; add some, e.g. 'Bench press' or 'Squat 2'")
        elif info.name.lower() in names:
            found.add(("exercises", i, "name"), f"'{info.name}' is already exercises[{names[info.name.lower()]}]; "
                      "give each exercise its own name")
        elif slug in slugs:
            found.add(("exercises", i, "name"), f"'{info.name}' makes the same page address as "
                      f"'{library.exercises[slugs[slug]].name}'; make the names differ in letters or digits")
        names.setdefault(info.name.lower(), i)
        slugs.setdefault(slug, i)
    for i, info in enumerate(library.exercises or []):
        if info is None:
            continue
        for field, vocabulary in (("primary", "muscles"), ("secondary", "muscles"), ("equipment", "equipment")):
            allowed = getattr(library, vocabulary)
            if allowed is None:
                continue
            lowered = {a.lower() for a in allowed}
            for j, word in enumerate(getattr(info, field) or []):
                if word.lower() not in lowered:
                    found.add(("exercises", i, field, j),
                              f"'{word}' is not in the library's {vocabulary} list; {did_you_mean(word, allowed)}"
                              f"add it to {vocabulary}: at the top of the file if it is new")
    return found.problems


def prescribed(program):
    """Every readable prescribed exercise (sets and reps) with its path, in page order, of a model or a partial
    reading; the exercises of conditioning blocks are not here."""
    for loc, slot in slots(program):
        kind = kind_of(slot)
        if kind in GROUP_KEYS:
            for m, member in enumerate(getattr(slot, kind) or []):
                if member is not None:
                    yield loc + (kind, m), member
        elif kind == "exercise":
            yield loc, slot


def library_names(library) -> dict | None:
    """How programmes find an exercise (by name, any case, or page name); None if a name could not be read."""
    exercises = library.exercises if library is not None else None
    if exercises is None or any(e is None or e.name is None for e in exercises):
        return None
    found = {info.name.lower(): info for info in exercises}
    found.update({slugify(info.name): info for info in exercises})
    return found


def check_program(program: Program, doc: Document, library: Library | None) -> list[Problem]:
    found = Collector(doc)
    phases = program.phases or []
    if program.weeks is not None and phases and all(p is not None and p.weeks is not None for p in phases):
        total = sum(phase.weeks * (phase.cycles or 1) for phase in phases)
        if total != program.weeks:
            parts = " + ".join(f"{phase.name or f'phase {i + 1}'} {phase.weeks}"
                               + (f" × {phase.cycles}" if (phase.cycles or 1) > 1 else "")
                               for i, phase in enumerate(phases))
            found.add(("weeks",), f"the phases add up to {total} weeks ({parts}) but weeks is {program.weeks}; "
                      "make them match")
    if isinstance(program, Program):
        check_progressions(program, found.add)
        check_results(program, found.add)
        _check_rotation(program, found)
    else:  # a partial reading: the per-set rule of check_progressions, on what could be read
        for loc, item in prescribed(program):
            check_set_lists(item, loc, found.add)
    check_blocks(program, found.add)
    if library is not None:
        _check_program_against_library(program, library, found)
    return found.problems


def _check_rotation(program: Program, found: Collector) -> None:
    """Every day template is trained: with fewer sessions in a phase than days, the rotation stops short."""
    for p, phase in enumerate(program.phases):
        used = {id(day) for week in program.schedule(p) for day in week}
        reached = [f"'{day.name}'" for day in phase.days if id(day) in used]
        for d, day in enumerate(phase.days):
            if id(day) in used:
                continue
            sessions = phase.total_weeks * program.sessions_per_week
            found.add(("phases", p, "days", d), (
                f"the rotation never reaches '{day.name}': the phase '{phase.name}' has {plural(sessions, 'session')} "
                f"({plural(phase.total_weeks, 'week')} × {program.sessions_per_week} a week), which go to "
                f"{word_list(reached)}; add weeks or sessions a week, or remove the day"))


def _check_program_against_library(program: Program, library: Library, found: Collector) -> None:
    if program.equipment is not None and library.equipment is not None:
        vocabulary = {word.lower() for word in library.equipment}
        for i, word in enumerate(program.equipment):
            if word.lower() not in vocabulary:
                found.add(("equipment", i), f"'{word}' is not in the equipment list of data/exercises.yml; "
                          f"{did_you_mean(word, library.equipment)}add it there if it is new")
    by_name = library_names(library)
    if by_name is None:
        return
    listed = {word.lower() for word in program.equipment} if program.equipment is not None else None
    missing: dict[str, str] = {}
    for loc, name, needs_kit in named_exercises(program):
        info = by_name.get(name.lower())
        if info is None:
            found.add(loc, f"'{name}' is not in the exercise library; "
                      f"{did_you_mean(name, [e.name for e in library.exercises])}"
                      "add it to data/exercises.yml if it is new")
            continue
        for kit in (info.equipment or []) if needs_kit else []:
            if listed is not None and kit.lower() not in listed:
                missing.setdefault(kit, info.name)
    for kit, name in missing.items():
        found.add(("equipment",), f"'{name}' needs '{kit}', which is not listed; add '{kit}' to equipment")
    _check_ladder_targets(program, by_name, found)


def _check_ladder_targets(program, by_name: dict, found: Collector) -> None:
    """Each ladder step's target fits the step: a step without its own takes the entry's reps, which must be a time
    for a hold and not a hold's time for any other step."""
    for loc, item in prescribed(program):
        if not getattr(item, "ladder", None) or item.exercise is None or not item.reps:
            continue
        entry = by_name.get(item.exercise.lower())
        timed = all(r.seconds is not None for r in item.reps)
        target = "/".join(str(r) for r in item.reps) + ("" if timed else " reps")
        for n, step in enumerate(item.ladder):
            info = by_name.get(step.lower())
            if info is None or entry is None:
                continue  # an unknown name has its own message
            if info.slug == entry.slug:
                if step.reps is not None:
                    found.add(loc + ("ladder", n), f"'{step}' is this entry's exercise, whose target is the entry's "
                              f"reps ({target}); write just its name in the ladder")
                continue
            if step.reps is not None:
                continue
            if info.kind == "hold" and not timed:
                found.add(loc + ("ladder", n), f"'{info.name}' is a hold, but without a target of its own it takes "
                          f"the entry's {target}; give it a time, e.g. {{exercise: {info.name}, reps: 20-30 s}}")
            elif entry.kind == "hold" and timed and info.kind != "hold":
                found.add(loc + ("ladder", n), f"'{info.name}' is not a hold, but without a target of its own it "
                          f"takes the hold's {target}; give it reps, e.g. {{exercise: {info.name}, reps: 3-5}}")


def check_styles(styles: Styles, doc: Document) -> list[Problem]:
    found = Collector(doc)
    seen: dict[str, int] = {}
    goals: dict[str, int] = {}
    for i, style in enumerate(styles.styles or []):
        if style is None:
            continue
        key = style.id or (slugify(style.name) if style.name else None)
        if key in seen:
            found.add(("styles", i, "id" if style.id else "name"),
                      f"'{key}' is already used by styles[{seen[key]}]; give each style its own id")
        if key is not None:
            seen.setdefault(key, i)
        if style.goal is None:
            continue
        if style.goal not in GOALS:
            found.add(("styles", i, "goal"), f"'{style.goal}' is not a programme goal; {did_you_mean(style.goal, GOALS)}"
                      f"use one of {', '.join(repr(g) for g in GOALS)}, or leave goal out")
        elif style.goal in goals:
            found.add(("styles", i, "goal"), f"styles[{goals[style.goal]}] already stands for the goal "
                      f"'{style.goal}'; only one style can")
        goals.setdefault(style.goal, i)
    return found.problems


def _with_measured(figures: Figures, style: Style) -> float:
    """The general-fitness share with the sets of holds, carries and ballistic work, which are general-fitness work
    though they are counted by their own measures rather than as working sets."""
    sets = figures.sets_per_week + figures.measured_sets
    return (figures.share(style) * figures.sets_per_week + figures.measured_sets) / sets if sets else 0.0


def check_goal(program: Program, figures: Figures, styles: list[Style], file: str, line: int) -> list[Problem]:
    """Warnings for declared goals that the programme's sets do not serve."""
    by_goal = {style.goal: style for style in styles}
    claimed = [by_goal[g] for g in program.goal if g in by_goal]
    others = [s for s in styles if s.goal not in program.goal and figures.share(s) > OTHER_CEILING]
    warnings = []
    if not figures.sets_per_week:  # all conditioning: no working sets to contradict a goal
        return []
    for style in claimed:
        if figures.share(style) >= GOAL_FLOOR or not others:
            continue
        if style.goal == CONDITIONING_GOAL and _with_measured(figures, style) >= GOAL_FLOOR:
            continue
        if style.goal == CONDITIONING_GOAL and figures.conditioning_share >= CONDITIONING_FLOOR:
            continue
        main = max(others, key=figures.share)
        warnings.append(Problem(file, line, "goal", (
            f"the goal is '{style.goal}', but {figures.share(main):.0%} of the working sets are in the "
            f"{main.name.lower()} range ({main.range_label}) and only {figures.share(style):.0%} in the "
            f"{style.name.lower()} range ({style.range_label}); change the goal to '{main.goal}' or move "
            f"more sets into {style.range_label}")))
    return warnings
