"""The picker's ranking: Python's adding up against the worked examples in tests/fixtures/picker-ranking.yml
(tests/browser/test_picker_in_chromium.py runs picker.js against the same file), and which questions it asks,
checked against every answer there is for small catalogues."""

from __future__ import annotations

import itertools
import random

import pytest
from pickerexamples import SPEC, example_id, example_page, expected_ranking, form_answers

from studio.content import Offer, Picker, all_questions, cell, page_for, rank


@pytest.mark.parametrize("example", SPEC["examples"], ids=example_id)
def test_worked_example(example):
    picker, page = example_page()
    assert rank(page.data, form_answers(picker, example["answers"])) == expected_ranking(example)


def test_the_examples_cover_every_programme_and_rule():
    slugs = [p["slug"] for p in SPEC["programmes"]]
    for example in SPEC["examples"]:
        assert sorted(s for entry in example["ranking"] for s in entry) == sorted(slugs), example["name"]
    said = {text for example in SPEC["examples"] for entry in example["ranking"] for texts in entry.values()
            for text in texts}
    for start in ("written at", "below your experience", "past your experience", "which you didn't tick",
                  "— a towel works", "not strength", "shares its time", "the usual start while you decide",
                  "you said 6 or more", "sessions of 70 min, you said 60", "2 sessions a week, you said 3",
                  "4 sessions a week, you said 3"):
        assert any(start in text for text in said), start


def test_questions_asked_for_the_example_catalogue():
    _, page = example_page()
    asked = [f"kit: {q.tick}" if q.tick else q.name for q in page.questions] + ["readiness"] * page.readiness
    assert asked == SPEC["asked"]


def test_the_page_data_names_only_the_questions_asked():
    _, page = example_page()
    assert [q.get("tick", q["name"]) for q in page.data["questions"]] == [
        "goal", "experience", "sessions", "minutes", "barbell", "squat rack", "bench", "dumbbells", "kettlebell",
        "pull-up bar", "mat", "resistance band"]
    assert page.data["ifNotReady"] == "move-well"
    assert page.data["ifNo"] == ["Move Well builds the squat first.", "Move Well builds a steady trunk first."]
    assert page.data["rows"][0] is None
    assert all(len(p["fit"]) == len(page.data["questions"]) for p in page.data["programs"])


def test_without_javascript_the_best_start_for_each_goal_and_level():
    _, page = example_page()
    assert [(s.goal, [(level, p["slug"]) for level, p in s.picks]) for s in page.starts] == [
        ("strength", [("beginner", "barbell-basics"), ("intermediate", "four-day-strength"),
                      ("advanced", "peak-block")]),
        ("hypertrophy", [("beginner", "dumbbell-full-body"), ("intermediate", "strength-and-size"),
                         ("advanced", "strength-and-size")]),
        ("general fitness", [("beginner", "kettlebell-circuits"), ("intermediate", "kettlebell-circuits"),
                             ("advanced", "kettlebell-circuits")]),
        # An advanced reader not sure of a goal: Peak Block costs 2 (not general fitness), a beginner programme 4.
        ("not sure", [("beginner", "dumbbell-full-body"), ("intermediate", "dumbbell-full-body"),
                      ("advanced", "peak-block")]),
    ]


# ---------------------------------------------------------------- which questions are asked

PICKER = Picker.model_validate({
    "if_not_ready": "a", "small_kit": [{"kit": "mat", "instead": "a towel works"}],
    "experience": [{"answer": "New", "level": "beginner"}, {"answer": "Some", "level": "intermediate"},
                   {"answer": "Lots", "level": "advanced"}],
    "readiness": [{"question": "Plank?", "if_no": "Start with A."}]}, strict=False)


def offer(slug: str, goal=("strength",), level="beginner", sessions=3, minutes=45, equipment=()) -> Offer:
    return Offer(slug, slug.upper(), f"{slug}/", tuple(goal), level, sessions, minutes, tuple(equipment))


def asked(offers: list[Offer], equipment=("barbell", "gymnastic rings", "mat"), picker=PICKER) -> list[str]:
    page = page_for(picker, offers, list(equipment))
    return [f"kit: {q.tick}" if q.tick else q.name for q in page.questions] + ["readiness"] * page.readiness


def test_a_question_every_programme_answers_alike_is_not_asked():
    offers = [offer("a", equipment=["barbell"]), offer("b", level="intermediate", equipment=["barbell"])]
    assert asked(offers) == ["experience", "readiness"]


def test_a_question_that_only_ever_puts_the_same_programme_behind_is_not_asked():
    # B runs longer and needs rings as well: whatever the answers, A comes first (it wins ties by title), so
    # neither the time nor the rings can change the order, though both change B's points.
    offers = [offer("a", equipment=["barbell"]), offer("b", minutes=60, equipment=["barbell", "gymnastic rings"])]
    assert asked(offers) == []
    page = page_for(PICKER, offers, ["barbell", "gymnastic rings", "mat"])
    assert page.questions == [] and not page.readiness and [p["base"] for p in page.data["programs"]] == [0, 0]


def test_the_readiness_checks_are_asked_when_another_programme_can_come_first():
    offers = [offer("a", equipment=["barbell"]), offer("b", minutes=60, equipment=["barbell", "gymnastic rings"])]
    changed = PICKER.model_copy(update={"if_not_ready": "b"})
    assert asked(offers, picker=changed) == ["readiness"]


def test_look_alike_programmes_keep_their_own_places_in_the_catalogue():
    # A and C are alike, B needs a mat. With a mat every total is 0 and the catalogue's order stands (A, B, C);
    # without one B costs a point and falls behind C: the mat changes the order, though never against A.
    offers = [offer("a"), offer("b", equipment=["mat"]), offer("c")]
    assert asked(offers) == ["kit: mat"]  # A, the programme for readers not ready, always comes first


def test_one_programme_asks_nothing():
    assert asked([offer("a", equipment=["mat"])]) == []


def all_rankings(points: list[list[list[int]]]):
    """Every combination of answers, with the order it gives (fewest points first, ties by position)."""
    questions = range(len(points[0]))
    for combo in itertools.product(*(range(len(points[0][q])) for q in questions)):
        totals = [sum(row[q][a] for q, a in zip(questions, combo)) for row in points]
        yield combo, tuple(sorted(range(len(points)), key=lambda i: (totals[i], i)))


@pytest.mark.parametrize("seed", range(40))
def test_the_questions_asked_are_exactly_those_that_change_the_order(seed):
    """Small random catalogues, checked against every combination of answers there is."""
    rng = random.Random(seed)
    kit = ["barbell", "mat"]
    offers = [offer(chr(97 + i), goal=rng.sample(["strength", "hypertrophy", "general fitness"], rng.randint(1, 2)),
                    level=rng.choice(["beginner", "intermediate", "advanced"]), sessions=rng.choice([2, 3, 6]),
                    minutes=rng.choice([30, 50, 70]), equipment=rng.sample(kit, rng.randint(0, 2)))
              for i in range(rng.randint(2, 4))]
    questions = all_questions(PICKER, kit)
    points = [[[c[0] if (c := cell(q, a, o, PICKER)) else 0 for a in q.answers] for q in questions] for o in offers]
    orders: dict[tuple, set] = {}
    changes = [False] * len(questions)
    rankings = dict(all_rankings(points))
    for combo, order in rankings.items():
        for q in range(len(questions)):
            for other in range(len(questions[q].answers)):
                if rankings[combo[:q] + (other,) + combo[q + 1:]] != order:
                    changes[q] = True
        orders.setdefault(order[0], set()).add(combo)
    expected = [f"kit: {q.tick}" if q.tick else q.name for q, c in zip(questions, changes) if c]
    overtaken = any(first != 0 for first in orders)  # PICKER.if_not_ready is "a", the first programme
    assert asked(offers, kit) == expected + ["readiness"] * overtaken
