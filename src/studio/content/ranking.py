"""The picker's ranking rules, written once: what each difference between a programme and a reader's answer
costs, and the plain words that say it.

For every question, every answer and every programme there is a cell: no difference, or points and a phrase
("4 sessions a week, you said 3"). The page embeds the cells (`pickerpage.py`) and picker.js only adds up
those of the reader's answers; `rank` here adds them up the same way, for the page without JavaScript and for
the tests. Fewest points first; a tie keeps the catalogue's order (by title). A "no" to any readiness check
puts the picker's `if_not_ready` programme first. tests/fixtures/picker-ranking.yml holds the rules as worked
examples that both `rank` and picker.js are tested against.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.common import word_list
from studio.content.picker import GOAL_ANSWERS, MINUTES, NOT_SURE, SESSIONS, Picker
from studio.format import GOAL_LABELS, LEVELS
from studio.presentation import plural

# What each difference costs: the more, the further down it puts a programme. A level above the reader's and
# kit they lack are the hardest to work around; a longer session is easier to trim (shorter rests, one
# accessory fewer) than an extra session is to fit in; small kit has a stand-in at home.
TOO_HARD = 12        # per level above the reader's experience
MISSING_KIT = 10     # per piece of kit the reader did not tick
OTHER_GOAL = 8       # the programme does not train the reader's goal
EXTRA_SESSION = 6    # per session a week more than the reader can manage
LONGER = 2           # per started 10 minutes a session runs past the reader's time
SHARED_GOAL = 2      # the programme shares its time between the reader's goal and another
UNDECIDED = 2        # the reader is not sure of a goal and the programme is not for general fitness
TOO_EASY = 2         # per level below the reader's experience
FEWER_SESSIONS = 1   # per session a week fewer than the reader can manage
SMALL_KIT = 1        # per piece of small kit the reader did not tick

GOAL_WORDS = {key: label.lower() for key, label in GOAL_LABELS.items()}
STEPS = {1: "a step", 2: "two steps"}
TICKED, UNTICKED = "yes", "no"

Cell = tuple[int, str] | None  # points and the phrase that says why; None: no difference


@dataclass(frozen=True)
class Offer:
    """What the picker knows of a programme."""

    slug: str
    title: str
    url: str
    goal: tuple[str, ...]
    level: str
    sessions: int
    minutes: int
    equipment: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    """One question of the form: its field, its answers' values in the form's order, and for a tick box the
    piece of kit it stands for (answered TICKED or UNTICKED)."""

    name: str
    answers: tuple[str, ...]
    tick: str = ""


def all_questions(picker: Picker, equipment: list[str]) -> list[Question]:
    """Every question the picker could ask, in the form's order; `equipment` is the library's kit."""
    return [Question("goal", tuple(value for value, _ in GOAL_ANSWERS)),
            Question("experience", tuple(str(i) for i in range(len(picker.experience)))),
            Question("sessions", tuple(str(value) for value, _ in SESSIONS)),
            Question("minutes", tuple(str(value) for value, _ in MINUTES)),
            *(Question("kit", (TICKED, UNTICKED), kit) for kit in equipment)]


def cell(question: Question, answer: str, offer: Offer, picker: Picker) -> Cell:
    """What `answer` to `question` costs `offer`, and why."""
    if question.tick:
        return _kit(question.tick, answer == TICKED, offer, picker)
    if question.name == "goal":
        return _goal(answer, offer)
    if question.name == "experience":
        return _level(picker.experience[int(answer)].level, offer)
    if question.name == "sessions":
        return _sessions(int(answer), offer)
    return _minutes(int(answer), offer)


def _goal(goal: str, offer: Offer) -> Cell:
    aims = word_list([GOAL_WORDS[g] for g in offer.goal])
    if goal == NOT_SURE:
        if "general fitness" in offer.goal:
            return None
        return UNDECIDED, f"aims at {aims}; general fitness is the usual start while you decide"
    if goal not in offer.goal:
        return OTHER_GOAL, f"aims at {aims}, not {GOAL_WORDS[goal]}"
    return (SHARED_GOAL, f"shares its time between {aims}") if len(offer.goal) > 1 else None


def _level(level: str, offer: Offer) -> Cell:
    steps = LEVELS.index(offer.level) - LEVELS.index(level)
    if steps > 0:
        return TOO_HARD * steps, f"written at {offer.level} level, {STEPS[steps]} past your experience"
    if steps < 0:
        return TOO_EASY * -steps, f"written at {offer.level} level, {STEPS[-steps]} below your experience"
    return None


def _sessions(answer: int, offer: Offer) -> Cell:
    label = dict(SESSIONS)[answer]
    low, high = (6, 7) if label == "6 or more" else (answer, answer)
    says = f"{plural(offer.sessions, 'session')} a week, you said {label}"
    if offer.sessions > high:
        return EXTRA_SESSION * (offer.sessions - high), says
    if offer.sessions < low:
        return FEWER_SESSIONS * (low - offer.sessions), says
    return None


def _minutes(answer: int, offer: Offer) -> Cell:
    over = offer.minutes - answer
    if over <= 0:
        return None
    return LONGER * -(-over // 10), f"sessions of {offer.minutes} min, you said {answer}"


def _kit(kit: str, ticked: bool, offer: Offer, picker: Picker) -> Cell:
    if ticked or kit.lower() not in {k.lower() for k in offer.equipment}:
        return None
    instead = next((s.instead for s in picker.small_kit if s.kit.lower() == kit.lower()), None)
    if instead is not None:
        return SMALL_KIT, f"needs {with_article(kit)} — {instead}"
    return MISSING_KIT, f"needs {with_article(kit)}, which you didn't tick"


def with_article(kit: str) -> str:
    """'a mat', 'an exercise bike', 'dumbbells', 'a leg press'."""
    if kit.endswith("s") and not kit.endswith("ss"):
        return kit
    return ("an " if kit[:1].lower() in "aeiou" else "a ") + kit


# ---------------------------------------------------------------- adding up, as picker.js does


def rank(data: dict, answers: dict) -> list[dict]:
    """The programmes of the page's data (`pickerpage.picker_data`) in order for `answers`, each with what
    differs, biggest difference first: [{"slug": ..., "differences": [...]}].

    `answers` has the form's values: {"goal": "strength", "experience": "0", "sessions": "3", "minutes": "60",
    "kit": [ticked kit], "failed": [readiness checks answered no]}; a question left out adds nothing.
    """
    indexes = [_answer_index(question, answers) for question in data["questions"]]
    rows, phrases, scored = data["rows"], data["phrases"], []
    for order, program in enumerate(data["programs"]):
        points, found = program["base"], []
        for index, number in zip(indexes, program["fit"]):
            found_cell = rows[number][index] if number and index is not None else 0
            if found_cell:
                points += found_cell[0]
                found.append((-found_cell[0], len(found), phrases[found_cell[1]]))
        scored.append((points, order, program["slug"], [text for *_, text in sorted(found)]))
    ranking = [{"slug": slug, "differences": differences} for *_, slug, differences in sorted(scored)]
    if answers.get("failed") and data["ifNotReady"]:
        first = next(r for r in ranking if r["slug"] == data["ifNotReady"])
        ranking = [first] + [r for r in ranking if r is not first]
    return ranking


def _answer_index(question: dict, answers: dict) -> int | None:
    if "tick" in question:
        return None if "kit" not in answers else (0 if question["tick"] in answers["kit"] else 1)
    value = answers.get(question["name"])
    return question["answers"].index(value) if value in question["answers"] else None
