"""Every rule of the format, with the exact message the owner sees."""

from __future__ import annotations

import pytest
from samples import PROGRAM
from textedit import edit_file

from studio import ContentError, load_catalog


def problems(site) -> list[str]:
    with pytest.raises(ContentError) as error:
        load_catalog(site.root)
    return [str(p) for p in error.value.problems]


def test_valid_site_loads(site):
    site.program()
    catalog = load_catalog(site.root)
    (program,) = catalog.programs
    assert program.slug == "test-strength"
    assert program.goal == ["strength"]
    assert [str(r) for r in program.phases[0].days[1].exercises[0].reps] == ["8–12"]


def test_rotation_a_b_a_then_b_a_b(site):
    site.program()
    program = load_catalog(site.root).programs[0]
    weeks = program.schedule(0)
    assert [[day.name[-1] for day in week] for week in weeks] == [["A", "B", "A"], ["B", "A", "B"]]


def test_bad_reps_names_file_line_and_path(site):
    site.program(PROGRAM.replace("reps: 8-12", "reps: 8-x"))
    assert problems(site) == [
        "programs/test-strength.yml:31: phases[0].days[1].exercises[0].reps: "
        "'8-x' is not a rep count; use 5, '8-12', 'AMRAP', '5+', '30 s', '30-60 s' or [5, 3, 1]"
    ]


def test_unknown_exercise_suggests_close_names(site):
    site.program(PROGRAM.replace("exercise: Bench press", "exercise: Bench pres"))
    assert problems(site) == [
        "programs/test-strength.yml:29: phases[0].days[1].exercises[0].exercise: 'Bench pres' is not in the "
        "exercise library; did you mean 'Bench press'? add it to data/exercises.yml if it is new"
    ]


def test_unknown_exercise_in_superset(site):
    site.program(PROGRAM.replace("exercise: Dead bug", "exercise: Deadbug crunch"))
    assert problems(site) == [
        "programs/test-strength.yml:36: phases[0].days[1].exercises[1].superset[1].exercise: 'Deadbug crunch' is "
        "not in the exercise library; did you mean 'Dead bug'? add it to data/exercises.yml if it is new"
    ]


def test_misspelt_field(site):
    site.program(PROGRAM.replace("            rest: 3 min", "            rset: 3 min"))
    assert problems(site) == [
        "programs/test-strength.yml:26: phases[0].days[0].exercises[0].rset: unknown field 'rset'; did you mean "
        "'rest'? allowed here: exercise, sets, reps, load, rest, tempo, warmup_sets, each_side, weeks, increase, "
        "tier, results, rule, notes, ladder, alternatives, optional, only_weeks"
    ]


def test_unknown_top_level_field(site):
    site.program(PROGRAM.replace("level: intermediate", "level: intermediate\ncolour: red"))
    assert problems(site) == [
        "programs/test-strength.yml:9: colour: unknown field 'colour'; allowed here: title, slug, summary, "
        "description, goal, level, weeks, sessions_per_week, session_minutes, equipment, tags, readiness, "
        "progression, training_max, ongoing, phases"
    ]


def test_duplicate_key(site):
    site.program(PROGRAM.replace("level: intermediate", "level: intermediate\nlevel: beginner"))
    assert problems(site) == [
        "programs/test-strength.yml:9: level: duplicate field 'level'; it is already set on line 8. Keep one of them"
    ]


def test_duplicate_slugs(site):
    site.program()
    site.program(PROGRAM.replace("title: Test Strength", "title: Other\nslug: test-strength"), name="other.yml")
    assert problems(site) == [
        "programs/test-strength.yml:1: slug: the page address /programs/test-strength/ is also used by "
        "programs/other.yml; rename one file or give it a different slug"
    ]


def test_weeks_must_add_up(site):
    site.program(PROGRAM.replace("weeks: 3", "weeks: 4"))
    assert problems(site) == [
        "programs/test-strength.yml:9: weeks: the phases add up to 3 weeks (Base 2 + Deload 1) but weeks is 4; "
        "make them match"
    ]


def test_yaml_syntax_error(site):
    site.program(PROGRAM.replace("summary: A short test programme.", "summary: Squat: the king"))
    assert problems(site) == [
        "programs/test-strength.yml:2: YAML syntax error: mapping values are not allowed in this context; if a value "
        "contains ': ', put the whole value in quotes"
    ]


def test_tab_indentation(site):
    site.program(PROGRAM.replace("  - Squat to depth", "\t- Squat to depth"))
    (message,) = problems(site)
    assert message.startswith("programs/test-strength.yml:14: YAML syntax error: ")
    assert message.endswith("indent with spaces, not tabs")


@pytest.mark.parametrize("text", ["", "   \n", "# only a comment\n"])
def test_empty_file(site, text):
    site.program(text)
    assert problems(site) == ["programs/test-strength.yml:1: the file is empty; fill it in or delete it"]


@pytest.mark.parametrize(
    ("text", "what"),
    [("- title: A\n- title: B\n", "a list"), ("just words\n", "a single value"), ("42\n", "a single value")],
)
def test_file_must_be_a_mapping(site, text, what):
    site.program(text)
    assert problems(site) == [
        f"programs/test-strength.yml:1: the file must hold fields (name: value, one per line), but it is {what}; "
        "start with 'title:' as in the owner's guide"
    ]


def test_not_utf8(site):
    site.program(PROGRAM.replace("A short test programme.", "Caf\xe9 strength.").encode("latin-1"))
    assert problems(site) == [
        "programs/test-strength.yml:2: the file is not UTF-8 text (byte 0xe9 at position 33); save it as UTF-8 in "
        "your editor"
    ]


def test_utf8_with_bom_is_fine(site):
    site.program(b"\xef\xbb\xbf" + PROGRAM.encode())
    assert load_catalog(site.root).programs[0].title == "Test Strength"


@pytest.mark.parametrize(
    "tagged",
    [
        "!!python/object/apply:os.system ['echo hacked']",
        "!!python/name:os.system",
        "!custom thing",
        "!!binary aGVsbG8=",
        "!!set {a, b}",
    ],
)
def test_object_constructing_tags_are_refused(site, tagged):
    site.program(PROGRAM.replace("title: Test Strength", f"title: {tagged}"))
    (message,) = problems(site)
    assert message.startswith("programs/test-strength.yml:1: title: the YAML tag '")
    assert message.endswith("' is not allowed; remove it and write plain text, numbers, lists or fields")


def test_alias_bomb_is_stopped(site):
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        bomb.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]")
    site.program("\n".join(bomb) + "\n")
    (message,) = problems(site)
    assert message.startswith("programs/test-strength.yml:")
    assert message.endswith(
        "the file expands to more than 20,000 values, usually because YAML aliases (*name) repeat each other; "
        "write the values out or use fewer aliases"
    )


def test_small_aliases_and_merge_keys_work(site):
    text = PROGRAM.replace(
        "      - name: Day B\n", "      - &dayb\n        name: Day B\n"
    ).replace(
        "      - name: Day A\n        exercises:\n          - exercise: Back squat\n            sets: 2",
        "      - <<: *dayb\n        name: Day B light\n      - name: Day A\n        exercises:\n"
        "          - exercise: Back squat\n            sets: 2",
    )
    site.program(text)
    deload = load_catalog(site.root).programs[0].phases[1]
    assert [day.name for day in deload.days] == ["Day B light", "Day A"]
    assert deload.days[0].exercises == load_catalog(site.root).programs[0].phases[0].days[1].exercises


def test_every_error_in_a_run_is_listed_together(site):
    site.program(PROGRAM.replace("reps: 8-12", "reps: 8-x").replace("level: intermediate", "level: expert"))
    site.program("", name="empty.yml")
    edit_file(site.root / "data/exercises.yml", "primary: [chest]\n    cues", "primary: [chests]\n    cues")
    assert problems(site) == [
        "data/exercises.yml:14: exercises[2].primary[0]: 'chests' is not in the library's muscles list; did you "
        "mean 'chest'? add it to muscles: at the top of the file if it is new",
        "programs/empty.yml:1: the file is empty; fill it in or delete it",
        "programs/test-strength.yml:8: level: 'expert' is not a level; use beginner, intermediate or advanced",
        "programs/test-strength.yml:31: phases[0].days[1].exercises[0].reps: '8-x' is not a rep count; use 5, "
        "'8-12', 'AMRAP', '5+', '30 s', '30-60 s' or [5, 3, 1]",
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("goal: strength", "goal: strenght",
         "programs/test-strength.yml:7: goal[0]: 'strenght' is not a goal; did you mean 'strength'? use strength, "
         "hypertrophy or general fitness"),
        ("goal: strength", "goal: [strength, cardio]",
         "programs/test-strength.yml:7: goal[1]: 'cardio' is not a goal; use strength, hypertrophy or general fitness"),
        ("sessions_per_week: 3", "sessions_per_week: three",
         "programs/test-strength.yml:10: sessions_per_week: 'three' is not a whole number; write a number such as 3"),
        ("sessions_per_week: 3", "sessions_per_week: 9",
         "programs/test-strength.yml:10: sessions_per_week: 9 is out of range; use a number from 1 to 7"),
        ("            sets: 3\n            reps: 5", "            reps: 5",
         "programs/test-strength.yml:22: phases[0].days[0].exercises[0].sets: required field 'sets' is missing; "
         "add it, e.g. sets: 3"),
        ("title: Test Strength\n", "",
         "programs/test-strength.yml:1: title: required field 'title' is missing; add it, e.g. title: Barbell "
         "Strength Foundations"),
        ("load: 80%", "load: heavy",
         "programs/test-strength.yml:25: phases[0].days[0].exercises[0].load: 'heavy' is not a load; use '75%', "
         "'85% TM', '85% 5RM', '60% TM of Back squat', '80% of Day A', 'RPE 8', 'RIR 2', 'bodyweight', '20 kg', '45 lb' or 'start'"),
        ("rest: 3 min", "rest: a while",
         "programs/test-strength.yml:26: phases[0].days[0].exercises[0].rest: 'a while' is not a rest time; use "
         "90, '90 s', '2 min', '2-3 min' or '60-90 s'"),
        ("reps: 8-12", "reps: [8, 10]",
         "programs/test-strength.yml:31: phases[0].days[1].exercises[0].reps: lists 2 sets but sets is 3; give one "
         "entry per set, or change sets"),
        ("readiness:\n  - Squat to depth with heels down", "readiness: []",
         "programs/test-strength.yml:13: readiness: needs at least 1 item(s); it is empty"),
        ("readiness:\n  - Squat to depth with heels down", "readiness: Squat to depth",
         "programs/test-strength.yml:13: readiness: expected a list, got 'Squat to depth'; write [a, b] or one "
         "'- item' per line"),
        ("equipment: [barbell, squat rack, bench, mat]", "equipment: [barbell, bench, mat]",
         "programs/test-strength.yml:12: equipment: 'Back squat' needs 'squat rack', which is not listed; add "
         "'squat rack' to equipment"),
        ("equipment: [barbell, squat rack, bench, mat]", "equipment: [barbell, squat rack, bench, mat, kettlebel]",
         "programs/test-strength.yml:12: equipment[4]: 'kettlebel' is not in the equipment list of "
         "data/exercises.yml; add it there if it is new"),
        ("          - exercise: Bench press\n", "          - Bench press\n          - exercise: Bench press\n",
         "programs/test-strength.yml:29: phases[0].days[1].exercises[0]: expected fields (such as exercise: Back "
         "squat), got 'Bench press'"),
        ("summary: A short test programme.", "summary: " + "x" * 201,
         "programs/test-strength.yml:2: summary: is 201 characters long; keep it to 200"),
        ("title: Test Strength", "title: Test\nslug: Not A Slug",
         "programs/test-strength.yml:2: slug: 'Not A Slug' is not a URL name; use lowercase letters, digits and "
         "hyphens, e.g. 'strength-101'"),
        ("                each_side: true", "                each_side: sometimes",
         "programs/test-strength.yml:39: phases[0].days[1].exercises[1].superset[1].each_side: 'sometimes' is not "
         "true or false; write true or false"),
    ],
)
def test_field_rules(site, old, new, expected):
    assert old in PROGRAM
    site.program(PROGRAM.replace(old, new, 1))
    assert problems(site) == [expected]


def test_library_schema_errors_and_cross_checks_come_together(site):
    # The rules across fields and files run on what could be read: one build lists everything.
    site.program()
    site.write("data/exercises.yml", """\
equipment: [barbell, bench, barbell]
muscles: [chest]
exercises:
  - name: Bench press
    primary: [chest]
    equipment: [barbel]
    cues: [Pin your shoulder blades.]
    link: "javascript:alert(1)"
  - name: bench press
    primary: [chest]
    cues: [Again.]
""")
    assert problems(site) == [
        "data/exercises.yml:1: equipment[2]: 'barbell' is listed twice; remove one",
        "data/exercises.yml:6: exercises[0].equipment[0]: 'barbel' is not in the library's equipment list; did you "
        "mean 'barbell'? add it to equipment: at the top of the file if it is new",
        "data/exercises.yml:8: exercises[0].link: 'javascript:alert(1)' is not an allowed link; use an http(s)://, "
        "mailto: or tel: address",
        "data/exercises.yml:9: exercises[1].name: 'bench press' is already exercises[0]; give each exercise its own "
        "name",
        "programs/test-strength.yml:12: equipment[1]: 'squat rack' is not in the equipment list of data/exercises.yml; "
        "add it there if it is new",
        "programs/test-strength.yml:12: equipment[3]: 'mat' is not in the equipment list of data/exercises.yml; add it "
        "there if it is new",
        "programs/test-strength.yml:22: phases[0].days[0].exercises[0].exercise: 'Back squat' is not in the exercise "
        "library; add it to data/exercises.yml if it is new",
        "programs/test-strength.yml:33: phases[0].days[1].exercises[1].superset[0].exercise: 'Push-up' is not in the "
        "exercise library; add it to data/exercises.yml if it is new",
        "programs/test-strength.yml:36: phases[0].days[1].exercises[1].superset[1].exercise: 'Dead bug' is not in the "
        "exercise library; add it to data/exercises.yml if it is new",
        "programs/test-strength.yml:47: phases[1].days[0].exercises[0].exercise: 'Back squat' is not in the exercise "
        "library; add it to data/exercises.yml if it is new",
    ]


def test_library_semantic_rules(site):
    site.write("data/exercises.yml", """\
equipment: [barbell, bench]
muscles: [chest]
exercises:
  - name: Bench press
    primary: [chest]
    equipment: [barbel]
    cues: [Pin your shoulder blades.]
  - name: bench press
    primary: [chest]
    cues: [Again.]
""")
    assert problems(site) == [
        "data/exercises.yml:6: exercises[0].equipment[0]: 'barbel' is not in the library's equipment list; did "
        "you mean 'barbell'? add it to equipment: at the top of the file if it is new",
        "data/exercises.yml:8: exercises[1].name: 'bench press' is already exercises[0]; give each exercise its "
        "own name",
    ]


def test_missing_library(site):
    site.root.joinpath("data/exercises.yml").unlink()
    assert problems(site) == [
        "data/exercises.yml:1: the exercise library is missing; create it as the owner's guide shows"
    ]


STUDIO = {
    "name": "Kestrel", "city": "Leeds", "email": "hello@kestrel.example", "phone": "+44 113 496 0123",
    "booking": {"personal_training": "https://a.example/pt", "sports_massage": "https://a.example/m",
                "presale": "https://a.example/p"},
}


def test_studio_settings_load(tmp_path):
    from studio.site import load_studio

    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n")
    assert load_studio({"studio": STUDIO}, config).city == "Leeds"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"email": "hello at kestrel"}, "mkdocs.yml:1: extra.studio.email: 'hello at kestrel' is not an email "
                                        "address; write it like hello@example.com"),
        ({"phone": "call us"}, "mkdocs.yml:1: extra.studio.phone: 'call us' is not a phone number; use digits, "
                               "spaces and an optional leading +, e.g. '+44 113 496 0123'"),
        ({"booking": {**STUDIO["booking"], "presale": "javascript:alert(1)"}},
         "mkdocs.yml:1: extra.studio.booking.presale: 'javascript:alert(1)' is not an allowed link; use an "
         "http(s)://, mailto: or tel: address"),
        ({"city": None}, "mkdocs.yml:1: extra.studio.city: expected text, got nothing; put the text in quotes if "
                         "it looks like something else"),
    ],
)
def test_studio_settings_errors(tmp_path, change, expected):
    from studio.site import load_studio

    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n")
    with pytest.raises(ContentError) as error:
        load_studio({"studio": {**STUDIO, **change}}, config)
    assert [str(p) for p in error.value.problems] == [expected]
