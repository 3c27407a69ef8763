"""The picker as the page shows it: the questions worth asking, the table picker.js adds up, and for readers
without JavaScript the best start for each goal and experience, ranked by the same table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from studio.catalog import Catalog
from studio.common import word_list
from studio.content.asked import can_overtake, changing
from studio.content.picker import GOAL_ANSWERS, Picker
from studio.content.ranking import GOAL_WORDS, Offer, Question, all_questions, cell, rank
from studio.format import Program
from studio.presentation import plural


@dataclass(frozen=True)
class Start:
    """Without JavaScript: for one goal (None when it is not asked), the top programme per level."""

    goal: str | None
    picks: list[tuple[str | None, dict]]  # (level, or None when experience is not asked; the programme's data)


@dataclass(frozen=True)
class PickerPage:
    questions: list[Question]  # the questions asked, in the form's order
    readiness: bool  # whether the readiness checks are asked
    data: dict  # what picker.js reads
    starts: list[Start]


def offer(program: Program, url: str) -> Offer:
    return Offer(program.slug, program.title, url, tuple(program.goal), program.level, program.sessions_per_week,
                 program.session_minutes, tuple(program.equipment))


def picker_page(picker: Picker, catalog: Catalog, link: Callable[[Program], str]) -> PickerPage:
    offers = [offer(p, link(p)) for p in catalog.programs]
    return page_for(picker, offers, catalog.library.equipment)


def page_for(picker: Picker, offers: list[Offer], equipment: list[str]) -> PickerPage:
    """The page for these programmes (in the catalogue's order) and the library's kit."""
    questions = all_questions(picker, equipment)
    made: dict[tuple, list] = {}  # programmes alike in all the picker asks about share their cells
    for o in offers:
        if alike(o) not in made:
            made[alike(o)] = [[cell(q, answer, o, picker) for answer in q.answers] for q in questions]
    cells = [made[alike(o)] for o in offers]
    points = [[[c[0] if c else 0 for c in row] for row in by_question] for by_question in cells]
    asked = changing(points)
    # A question left out is answered for everyone in one way (its cheapest over all programmes): it cannot
    # reorder them, but its points stay in each total, so the order is the one any answer would give.
    base = [0] * len(offers)
    for q, question in enumerate(questions):
        if not asked[q] and offers:
            cheapest = min(range(len(question.answers)), key=lambda a: sum(row[q][a] for row in points))
            base = [total + row[q][cheapest] for total, row in zip(base, points)]
    kept = [q for q in range(len(questions)) if asked[q]]
    slugs = [o.slug for o in offers]
    pinned = slugs.index(picker.if_not_ready) if picker.if_not_ready in slugs else None
    readiness = pinned is not None and can_overtake([[row[q] for q in kept] for row in points], base, pinned)

    # Each phrase and each question's row of cells is written once and numbered: many programmes share them
    # ("4 sessions a week, you said 3"), which keeps the page small for a large catalogue.
    phrases: dict[str, int] = {}
    rows: dict[tuple, int] = {(): 0}  # row 0: no difference whatever the answer
    def encoded(found) -> list | int:  # [points, phrase number], or 0 for no difference
        return [found[0], phrases.setdefault(found[1], len(phrases))] if found else 0

    programs = []
    for o, by_question, total in zip(offers, cells, base):
        fit = []
        for q in kept:
            row = by_question[q]
            fit.append(rows.setdefault(tuple(row) if any(row) else (), len(rows)))
        programs.append({"slug": o.slug, "title": o.title, "url": o.url, "about": about(o), "base": total,
                         "fit": fit})
    encoded_rows = [[encoded(found) for found in row] if row else None for row in rows]
    data = {
        "questions": [{"name": questions[q].name, "answers": list(questions[q].answers),
                       **({"tick": questions[q].tick} if questions[q].tick else {})} for q in kept],
        "phrases": list(phrases),
        "rows": encoded_rows,
        "programs": programs,
        "ifNotReady": picker.if_not_ready if readiness else None,
        "ifNo": [c.if_no for c in picker.readiness] if readiness else [],
    }
    return PickerPage([questions[q] for q in kept], readiness, data, starts(picker, data))


def alike(o: Offer) -> tuple:
    return o.goal, o.level, o.sessions, o.minutes, o.equipment


def about(o: Offer) -> str:
    """'Strength, beginner level: 3 sessions a week of about 55 minutes.'"""
    goals = word_list([GOAL_WORDS[g] for g in o.goal])
    sessions = f"{plural(o.sessions, 'session')} a week"
    return f"{goals[:1].upper()}{goals[1:]}, {o.level} level: {sessions} of about {o.minutes} minutes."


def starts(picker: Picker, data: dict) -> list[Start]:
    """For each goal the page asks about, the top programme for each level its experience answers offer."""
    names = {q["name"] for q in data["questions"]}
    by_slug = {p["slug"]: p for p in data["programs"]}
    goals = [value for value, _ in GOAL_ANSWERS] if "goal" in names else [None]
    levels: dict[str | None, str | None] = {None: None}
    if "experience" in names:
        levels = {}
        for i, e in enumerate(picker.experience):
            levels.setdefault(e.level, str(i))
    found = []
    for goal in goals:
        picks = []
        for level, answer in levels.items():
            answers = {key: value for key, value in (("goal", goal), ("experience", answer)) if value is not None}
            top = rank(data, answers)[0]["slug"] if data["programs"] else None
            if top is not None:
                picks.append((level, by_slug[top]))
        found.append(Start(goal, picks))
    return found
