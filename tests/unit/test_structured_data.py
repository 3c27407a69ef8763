"""JSON-LD property names and values checked against schema.org's definitions (tests/fixtures/schemaorg-extract.json)."""

from __future__ import annotations

from samples import PROGRAM
from schemaorg import problems
from test_pages import STUDIO

from studio import load_catalog
from studio.plan import program_spans
from studio.views import exercise_plan


def test_the_exercise_plan_uses_schema_orgs_properties(site):
    site.program(PROGRAM)
    program = load_catalog(site.root).programs[0]
    data = exercise_plan(program, "https://studio.example/programs/test-strength/", STUDIO, "https://studio.example/")
    assert problems(data) == []
    assert {"repetitions", "restPeriods", "activityFrequency", "activityDuration"} <= set(data)
    assert "workload" not in data


def test_spans_cover_counted_reps_rests_and_loads(site):
    # The sample: 5 reps, 8-12, AMRAP (no count), 8; rests 3 min and 90 s (superset); loads 80% and 60%.
    site.program(PROGRAM)
    spans = program_spans(load_catalog(site.root).programs[0])
    assert (spans.reps, spans.rest, spans.loads) == ((5, 12), (90, 180), ("60–80% 1RM",))


def test_sets_a_week_are_not_a_workload():
    # What the site used to publish: schema.org's workload is energy, e.g. "300 Calories".
    assert problems({"@type": "ExercisePlan", "workload": "64.7 working sets a week"}) == [
        "ExercisePlan.workload: '64.7 working sets a week' is not Energy or QuantitativeValue"]
    assert problems({"@type": "ExercisePlan", "workload": "300 Calories"}) == []


def test_unknown_properties_and_wrong_types_are_caught():
    node = {"@type": "ExercisePlan", "reps": 5, "repetitions": "5", "activityDuration": "60 minutes",
            "provider": {"@type": "PostalAddress", "streetAddress": "1 Road"},
            "audience": {"@type": "PeopleAudience", "audienceType": "Beginners", "level": "x"}}
    assert problems(node) == [
        "ExercisePlan.reps: not a property of ExercisePlan",
        "ExercisePlan.repetitions: '5' is not Number or QuantitativeValue",
        "ExercisePlan.activityDuration: '60 minutes' is not Duration or QuantitativeValue",
        "ExercisePlan.provider: a PostalAddress where schema.org expects Organization or Person",
        "ExercisePlan.audience > PeopleAudience.level: not a property of PeopleAudience",
    ]


def test_inherited_properties_count():
    # name from Thing, provider from CreativeWork, category from PhysicalActivity.
    assert problems({"@type": "ExercisePlan", "name": "Plan", "provider": {"@type": "HealthClub", "name": "S"},
                     "category": "Strength"}) == []


def test_week_by_week_changes_and_the_training_max_count():
    # programs/training-max-waves.yml: 65-85% TM as written; week 3 goes to 95% TM and '1+', week 4 drops to 40% TM.
    from sitecopy import SITE
    program = load_catalog(SITE).program("training-max-waves")
    spans = program_spans(program)
    assert spans.loads[0] == "40–95% TM"
    assert spans.reps[0] == 1
