"""Programme figures, training styles and the goal check, on the small sample programme."""

import pytest
from samples import PROGRAM, STYLES

from studio import ContentError, load_catalog
from studio.plan import session_seconds


def _catalog(site, program=PROGRAM):
    site.program(program)
    return load_catalog(site.root)


def test_figures_of_the_sample_programme(site):
    catalog = _catalog(site)
    figures = catalog.figures(catalog.programs[0])
    # Base phase only (the deload is left out): weeks of A,B,A and B,A,B; A = 3 sets, B = 7.
    assert figures.sets_per_week == 15.0
    assert figures.style_shares == {"strength": 9 / 30, "hypertrophy": 15 / 30, "general-fitness": 0.0}
    assert figures.muscle_sets == {"quads": 4.5, "glutes": 4.5, "chest": 7.5, "triceps": 2.25, "core": 3.0}
    # Every day starts with 480 s of general warm-up, written or not.
    # A: 60 s setup + 3 x 5 reps x 3 s + 3 x 180 s rest = 645 s.
    # B: bench 60 + 90 + 270 = 420; superset 120 setup + 2 rounds x (30 + 48 + 15) + 2 x 90 rest = 486.
    assert figures.session_minutes == round((480 + 645 + 480 + 906) / 2 / 60)
    assert figures.other_share == 6 / 30  # the superset's AMRAP push-ups have no number to place


def test_the_general_warm_up_counts_on_every_day_whether_or_not_it_is_written(site):
    catalog = _catalog(site)
    written = _catalog(site, PROGRAM.replace("      - name: Day A\n        exercises:",
                                             "      - name: Day A\n        warmup: Five minutes on the bike.\n"
                                             "        exercises:", 1))
    assert catalog.figures(catalog.programs[0]).session_minutes == 21
    assert written.figures(written.programs[0]).session_minutes == 21


def test_a_rep_range_between_two_styles_counts_towards_the_one_it_shares_most_reps_with(site):
    catalog = _catalog(site, PROGRAM.replace("reps: 8-12", "reps: 5-8"))
    figures = catalog.figures(catalog.programs[0])
    # 5-8's middle, 6.5, is above strength's 1-6 and below hypertrophy's 8-15; it shares 5 and 6 with strength
    # and only 8 with hypertrophy, so its 9 sets a fortnight are strength (it was counted outside both).
    assert figures.style_shares == {"strength": 18 / 30, "hypertrophy": 6 / 30, "general-fitness": 0.0}
    assert figures.other_share == 6 / 30  # the AMRAP push-ups
    assert sum(figures.style_shares.values()) + figures.other_share == pytest.approx(1)


def test_a_set_range_counts_its_lower_number_in_sets_and_its_middle_in_time(site):
    plain, ranged = _catalog(site), _catalog(site, PROGRAM.replace("sets: 3\n            reps: 5",
                                                                      "sets: 3-4\n            reps: 5", 1))
    before, after = plain.figures(plain.programs[0]), ranged.figures(ranged.programs[0])
    assert (after.sets_per_week, after.muscle_sets, after.style_shares) == (
        before.sets_per_week, before.muscle_sets, before.style_shares)
    sessions = ranged.plan(ranged.programs[0]).sessions
    squat = sessions[0].exercises[0]
    assert [(s.number, s.optional) for s in squat.sets] == [(1, False), (2, False), (3, False), (4, True)]
    # Day A: half of one more set: (15 s of work + 180 s of rest) / 2.
    plain_a = session_seconds(plain.plan(plain.programs[0]).sessions[0])
    assert session_seconds(sessions[0]) == plain_a + (15 + 180) / 2


def test_a_range_of_times_counts_its_middle(site):
    catalog = _catalog(site, PROGRAM.replace("reps: 8-12", "reps: 60-120 s"))
    figures = catalog.figures(catalog.programs[0])
    assert figures.style_shares["general-fitness"] == 9 / 30  # 90 s: inside 20-90 s
    catalog = _catalog(site, PROGRAM.replace("reps: 8-12", "reps: 80-120 s"))
    assert catalog.figures(catalog.programs[0]).style_shares["general-fitness"] == 9 / 30  # 100 s, sharing 80-90 s
    catalog = _catalog(site, PROGRAM.replace("reps: 8-12", "reps: 100-120 s"))
    assert catalog.figures(catalog.programs[0]).style_shares["general-fitness"] == 0  # shares no second: outside


def test_timed_sets_count_against_time_ranges(site):
    catalog = _catalog(site, PROGRAM.replace("reps: 8-12", "reps: 45 s"))
    figures = catalog.figures(catalog.programs[0])
    assert figures.style_shares["general-fitness"] == 9 / 30


def test_a_contradicted_goal_is_a_warning_with_file_and_line(site):
    catalog = _catalog(site, PROGRAM.replace("goal: strength", "goal: hypertrophy")
                       .replace("reps: 8-12", "reps: 3").replace("reps: 8\n", "reps: 5\n"))
    assert [str(w) for w in catalog.warnings] == [
        "programs/test-strength.yml:7: goal: the goal is 'hypertrophy', but 80% of the working sets are in "
        "the strength range (1–6 reps) and only 0% in the hypertrophy range (8–15 reps); change the goal to "
        "'strength' or move more sets into 8–15 reps"
    ]


def test_a_blend_that_claims_both_styles_is_not_warned(site):
    catalog = _catalog(site, PROGRAM.replace("goal: strength", "goal: [strength, hypertrophy]"))
    assert catalog.warnings == []


def test_matching_goal_is_not_warned(site):
    assert _catalog(site).warnings == []


def test_styles_file_problems_are_listed_with_lines(site):
    site.write("data/styles.yml", STYLES.replace("reps: 8-15", "reps: 15-8")
               .replace("goal: general fitness", "goal: cardio").replace("id: general-fitness", "id: strength"))
    with pytest.raises(ContentError) as error:
        _catalog(site)
    # The id and goal rules run on what could be read, beside the schema error.
    assert [str(p) for p in error.value.problems] == [
        "data/styles.yml:14: styles[1].reps: '15-8' is not a rep range; use two numbers, smaller first, such as '8-15'",
        "data/styles.yml:21: styles[2].id: 'strength' is already used by styles[0]; give each style its own id",
        "data/styles.yml:22: styles[2].goal: 'cardio' is not a programme goal; use one of 'strength', "
        "'hypertrophy', 'general fitness', or leave goal out",
    ]
    site.write("data/styles.yml", STYLES.replace("goal: general fitness", "goal: cardio")
               .replace("id: general-fitness", "id: strength"))
    with pytest.raises(ContentError) as error:
        _catalog(site)
    assert [str(p) for p in error.value.problems] == [
        "data/styles.yml:21: styles[2].id: 'strength' is already used by styles[0]; give each style its own id",
        "data/styles.yml:22: styles[2].goal: 'cardio' is not a programme goal; use one of 'strength', "
        "'hypertrophy', 'general fitness', or leave goal out",
    ]


def test_missing_styles_file(site):
    (site.root / "data/styles.yml").unlink()
    with pytest.raises(ContentError) as error:
        _catalog(site)
    assert str(error.value.problems[0]) == (
        "data/styles.yml:1: the training styles file is missing; create it as the owner's guide shows")
