"""Every mistake answered at once with file:line, never a traceback.

Each test here is a class of input the pipeline fuzzer (tests/fuzz) found or was built to find,
kept as a fixed example with the exact message the owner sees.
"""

from __future__ import annotations

import os

import pytest
import yaml
from pypdf import PdfReader
from samples import PROGRAM

from studio import ContentError, load_catalog
from studio.downloads import write_pdf
from studio.format import CANNOT_EXPRESS, Exercise, Program, parse_yaml
from studio.plan import expand
from studio.site import Studio

EX = "phases[0].days[0].exercises[0]"


def problems(site) -> list[str]:
    with pytest.raises(ContentError) as error:
        load_catalog(site.root)
    return [str(p) for p in error.value.problems]


def changed(old: str, new: str) -> str:
    assert old in PROGRAM
    return PROGRAM.replace(old, new, 1)


# ---------------------------------------------------------------- all problems in one run


def test_a_file_with_five_independent_mistakes_gets_five_messages(site):
    # One of each kind: a misspelt field (schema), phases' weeks not adding up (across fields),
    # missing kit (across files), and two per-set lists of the wrong length.
    text = (PROGRAM.replace("            rest: 3 min\n", "            rest: 3 min\n            warmup_set: 2\n")
            .replace("weeks: 3", "weeks: 5", 1)
            .replace("equipment: [barbell, squat rack, bench, mat]", "equipment: [barbell, bench, mat]")
            .replace("            reps: 8-12\n", "            reps: [10, 8]\n")
            .replace("            reps: 5\n            load: 60%", "            reps: 5\n            load: ['50%', '60%', '70%']"))
    site.program(text)
    assert problems(site) == [
        "programs/test-strength.yml:9: weeks: the phases add up to 3 weeks (Base 2 + Deload 1) but weeks is 5; "
        "make them match",
        "programs/test-strength.yml:12: equipment: 'Back squat' needs 'squat rack', which is not listed; add "
        "'squat rack' to equipment",
        f"programs/test-strength.yml:27: {EX}.warmup_set: unknown field 'warmup_set'; did you mean 'warmup_sets'? "
        "allowed here: exercise, sets, reps, load, rest, tempo, warmup_sets, each_side, weeks, increase, tier, "
        "results, rule, notes, ladder, alternatives, optional, only_weeks",
        "programs/test-strength.yml:32: phases[0].days[1].exercises[0].reps: lists 2 sets but sets is 3; give one "
        "entry per set, or change sets",
        "programs/test-strength.yml:51: phases[1].days[0].exercises[0].load: lists 3 sets but sets is 2; give one "
        "entry per set, or change sets",
    ]


def test_a_load_error_does_not_hide_a_weeks_mismatch(site):
    site.program(changed("load: 80%", "load: 65% TM").replace("weeks: 3", "weeks: 4", 1))
    assert problems(site) == [
        "programs/test-strength.yml:9: weeks: the phases add up to 3 weeks (Base 2 + Deload 1) but weeks is 4; "
        "make them match",
        f"programs/test-strength.yml:25: {EX}.load: a training-max load needs the programme's training max; add "
        "training_max: 90 (the training max as a percentage of 1RM) at the top of the file",
    ]


def test_a_broken_library_entry_does_not_hide_the_programmes_mistakes(site):
    site.program(changed("exercise: Bench press", "exercise: Bench pres"))
    library = (site.root / "data/exercises.yml").read_text()
    site.write("data/exercises.yml", library.replace("cues: [Move as one plank.]", "cues: Move as one plank."))
    assert problems(site) == [
        "data/exercises.yml:15: exercises[2].cues: expected a list, got 'Move as one plank.'; write [a, b] or one "
        "'- item' per line",
        "programs/test-strength.yml:29: phases[0].days[1].exercises[0].exercise: 'Bench pres' is not in the "
        "exercise library; did you mean 'Bench press'? add it to data/exercises.yml if it is new",
    ]


# ---------------------------------------------------------------- strict types


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("sets: 3\n            reps: 5", "sets: true\n            reps: 5",
     f"programs/test-strength.yml:23: {EX}.sets: true is not a whole number; write a number such as 3"),
    ("sets: 3\n            reps: 5", "sets: yes\n            reps: 5",
     f"programs/test-strength.yml:23: {EX}.sets: YAML reads yes as true, not a number; write a number such as 3"),
    ("weeks: 3", "weeks: off",
     "programs/test-strength.yml:9: weeks: YAML reads off as false, not a number; write a number such as 12"),
    ("sets: 3\n            reps: 5", "sets: '3'\n            reps: 5",
     f"programs/test-strength.yml:23: {EX}.sets: '3' is text because of the quotes; write the number without "
     "them: 3"),
    ("weeks: 3", "weeks: 3.0",
     "programs/test-strength.yml:9: weeks: 3.0 is not a whole number; write a number such as 12"),
    ("title: Test Strength", "title: on",
     "programs/test-strength.yml:1: title: YAML reads on as true; put it in quotes ('on') if you mean the word"),
    ("title: Test Strength", "title: 1984",
     "programs/test-strength.yml:1: title: expected text, got 1984; put the text in quotes if it looks like "
     "something else"),
    ("reps: 8-12", "reps: no",
     "programs/test-strength.yml:31: phases[0].days[1].exercises[0].reps: YAML reads no as false; put it in quotes "
     "('no') if you mean the word (use 5, '8-12', 'AMRAP', '5+', '30 s', '30-60 s' or [5, 3, 1])"),
])
def test_numbers_are_numbers_and_text_is_text(site, old, new, expected):
    site.program(changed(old, new))
    assert problems(site) == [expected]


def test_yes_and_no_still_mean_true_and_false_where_a_yes_or_no_is_asked(site):
    site.program(changed("each_side: true", "each_side: yes").replace("deload: true", "deload: on"))
    program = load_catalog(site.root).programs[0]
    assert program.phases[1].deload is True
    assert program.phases[0].days[1].exercises[1].superset[1].each_side is True


# ---------------------------------------------------------------- what the format cannot express


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("sets: 3\n            reps: 5", "sets: 3x5\n            reps: 5",
     f"{EX}.sets: sets and reps are separate fields, so '3x5' cannot be written in one; write sets: 3 and reps: 5"),
])
def test_ideas_the_format_lacks_say_so_and_where_to_write_them(site, old, new, expected):
    site.program(changed(old, new))
    (message,) = problems(site)
    assert message.split(": ", 1)[1] == expected


# ---------------------------------------------------------------- ranges of sets and of times


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("sets: 3\n            reps: 5", "sets: 4-3\n            reps: 5",
     f"programs/test-strength.yml:23: {EX}.sets: '4-3' is not a set range; write the smaller number first, "
     "e.g. '3-4'"),
    ("sets: 3\n            reps: 5", "sets: 0-2\n            reps: 5",
     f"programs/test-strength.yml:23: {EX}.sets: '0-2' is out of range; a set range goes from 1 to 20 sets, "
     "e.g. '3-4'"),
    ("sets: 3\n            reps: 5", "sets: 25\n            reps: 5",
     f"programs/test-strength.yml:23: {EX}.sets: 25 sets is out of range; use a number from 1 to 20, or a range "
     "such as '3-4'"),
    ("reps: 5\n            load: 80%", "reps: 60-30 s\n            load: 80%",
     f"programs/test-strength.yml:24: {EX}.reps: '60-30 s' is not a time range; write the shorter time first, "
     "e.g. '30-60 s'"),
    ("sets: 3\n            reps: 5", "sets: 3-4\n            reps: [5, 5, 5]",
     f"programs/test-strength.yml:24: {EX}.reps: lists 3 sets but sets is 3–4; give one entry per set, 4 for "
     "sets 3–4, or change sets"),
])
def test_a_wrong_range_of_sets_or_times_says_what_to_write(site, old, new, expected):
    site.program(changed(old, new))
    assert problems(site) == [expected]


def test_set_and_time_ranges_are_accepted(site):
    site.program(changed("sets: 3\n            reps: 5", "sets: 3-4\n            reps: 30-60 s"))
    item = load_catalog(site.root).programs[0].phases[0].days[0].exercises[0]
    assert (str(item.sets), str(item.reps[0])) == ("3–4", "30–60 s")


def test_a_day_the_rotation_never_reaches_is_an_error(site):
    # Three days and two sessions a week over one week: Day C would never be trained.
    text = (PROGRAM.replace("sessions_per_week: 3", "sessions_per_week: 2")
            .replace("    weeks: 2\n    days:", "    weeks: 1\n    days:").replace("weeks: 3", "weeks: 2", 1)
            .replace("  - name: Deload", """      - name: Day C
        exercises:
          - exercise: Push-up
            sets: 2
            reps: 10
  - name: Deload"""))
    site.program(text)
    assert problems(site) == [
        "programs/test-strength.yml:41: phases[0].days[2]: the rotation never reaches 'Day C': the phase 'Base' has "
        "2 sessions (1 week × 2 a week), which go to 'Day A' and 'Day B'; add weeks or sessions a week, or remove "
        "the day",
    ]


def test_every_cannot_express_row_names_a_field_of_an_exercise():
    assert {field for row in CANNOT_EXPRESS for field in row[0]} <= set(Exercise.model_fields)


# ---------------------------------------------------------------- long text


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("title: Test Strength", "title: " + "Strength " * 10,
     "programs/test-strength.yml:1: title: is 89 characters long; keep it to 80: a title heads the catalogue card "
     "and every page of the PDF"),
    ("            rest: 3 min\n", "            rest: 3 min\n            notes: " + "Brace hard. " * 40 + "\n",
     f"programs/test-strength.yml:27: {EX}.notes: is 479 characters long; keep it to 300: a note sits in a cell of "
     "the plan's table, on the page and in the PDF (put longer advice in the phase's notes)"),
    ("      - name: Day A\n", "      - name: " + "Day A " * 12 + "\n",
     "programs/test-strength.yml:20: phases[0].days[0].name: is 71 characters long; keep it to 60: it names a "
     "table row, a heading or a log sheet"),
])
def test_lengths_that_would_crowd_a_card_or_a_cell_are_reported_with_the_limit(site, old, new, expected):
    site.program(changed(old, new))
    assert problems(site) == [expected]


def test_a_pdf_table_row_taller_than_a_page_continues_on_the_next(site, tmp_path):
    # Limits keep notes short, but the PDF must never stop the build: a 2,000-character note once
    # raised ReportLab's LayoutError. Built straight from the model, past the catalogue's limits.
    site.program()
    catalog = load_catalog(site.root)
    program = catalog.programs[0]
    note = "Two pasted paragraphs of coaching notes. " * 50 + "THE-END"
    data = yaml.safe_load(PROGRAM)
    data["phases"][0]["days"][0]["exercises"][0]["notes"] = note
    data["readiness"] = ["Squat to depth " * 300 + "LAST-CHECK"]
    long = Program.model_validate(data).model_copy(update={"slug": program.slug})
    studio = Studio(name="Test Studio", city="Leeds", email="hi@test.example",
                    booking={"personal_training": "https://t.example/pt", "sports_massage": "https://t.example/m",
                             "presale": "https://t.example/p"})
    write_pdf(expand(long, catalog.exercise), catalog.exercise, studio, "https://t.example/", tmp_path / "long.pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "long.pdf").pages).replace("\n", " ")
    assert "THE-END" in text and "LAST-CHECK" in text


# ---------------------------------------------------------------- structural bombs and syntax


def test_deep_nesting_is_a_message_not_a_recursion_error():
    for text in ("title: " + "[" * 100_000 + "]" * 100_000, "a: " + "{b: " * 60 + "c" + "}" * 60):
        with pytest.raises(ContentError) as error:
            parse_yaml(text, "programs/x.yml")
        assert [str(p) for p in error.value.problems] == [
            "programs/x.yml:1: the values are nested more than 50 levels deep (lists in lists, or fields in fields); "
            "a programme needs about 10, so look for stray [ or { and check the indentation"]


def test_deep_nesting_through_aliases_is_one_message():
    text = "a0: &a0 [1]\n" + "".join(f"a{i}: &a{i} [*a{i - 1}]\n" for i in range(1, 60))
    with pytest.raises(ContentError) as error:
        parse_yaml(text, "programs/x.yml")
    assert [str(p) for p in error.value.problems] == [
        "programs/x.yml:1: the values are nested more than 50 levels deep (lists in lists, or fields in fields); "
        "a programme needs about 10, so look for stray [ or { and check the indentation"]


def test_a_syntax_error_at_the_end_names_a_line_inside_the_file():
    with pytest.raises(ContentError) as error:
        parse_yaml("0:\n0", "programs/x.yml")
    assert [str(p) for p in error.value.problems] == [
        "programs/x.yml:2: YAML syntax error: could not find expected ':' (while scanning a simple key); check the "
        "indentation and quoting on this line or the one above"]


# ---------------------------------------------------------------- odd entries in programs/


def test_odd_entries_in_programs_each_get_a_message(site):
    site.program()
    (site.root / "programs/folder.yml").mkdir()
    (site.root / "programs/broken.yml").symlink_to("nowhere.yml")
    (site.root / "programs/loop.yml").symlink_to("loop.yml")
    site.program(PROGRAM.replace("title: Test Strength", "title: Twin"), name="test-strength.yaml")
    site.program(PROGRAM, name="drafts/old.yml")
    site.program(PROGRAM.replace("title: Test Strength", "title: Press"), name="Жим.yml")
    assert problems(site) == [
        "programs/broken.yml:1: this is a link to nowhere.yml, which does not exist; fix the link or delete it",
        "programs/drafts/old.yml:1: programmes go directly in programs/, not in a sub-folder; move it to "
        "programs/old.yml to publish it, or out of programs/ to keep it unpublished",
        "programs/folder.yml:1: this is a folder, not a programme file; rename the folder so that its name does not "
        "end in .yml or .yaml",
        "programs/loop.yml:1: this link points back to itself through other links; replace it with the file it "
        "should be",
        "programs/test-strength.yml:1: programs/test-strength.yaml has the same name, so both would be the "
        "programme 'test-strength'; keep one of them",
        "programs/Жим.yml:1: the file name gives no page address, which is made from the letters a-z and digits in "
        "it; rename the file, e.g. strength-block.yml, or add slug: strength-block",
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file; the link loop above covers unreadable files")
def test_an_unreadable_programme_says_why(site):
    site.program().chmod(0)
    assert problems(site) == [
        "programs/test-strength.yml:1: the file cannot be read (permission denied); let your user read it, e.g. "
        "chmod a+r"]


def test_names_with_spaces_and_capitals_other_files_and_hidden_files(site):
    site.program(name="Strength Block.yml")
    site.program(PROGRAM.replace("title: Test Strength", "title: Upper"), name="UPPER.YAML")
    site.write("programs/notes.txt", "ideas")
    site.write("programs/.DS_Store", "x")
    site.write("programs/.strength-block.yml.swp", "x")
    catalog = load_catalog(site.root)
    assert sorted(p.slug for p in catalog.programs) == ["strength-block", "upper"]
    assert sorted(p.title for p in catalog.programs) == ["Test Strength", "Upper"]
    # Hidden files (an editor's swap file, the Mac's .DS_Store) are left alone without a word.
    assert [str(w) for w in catalog.warnings if w.file.startswith("programs/")] == [
        "programs/notes.txt:1: this is not a programme (those end in .yml), so it is not published; move it out of "
        "programs/ or delete it"]


def test_invisible_control_characters_are_refused_where_they_are_written(site):
    # Found by the fuzzer: title: "\b" reached the spreadsheet, which refuses control characters.
    site.program(changed("title: Test Strength", 'title: "Test\\bStrength"'))
    assert problems(site) == [
        "programs/test-strength.yml:1: title: the text contains the invisible character U+0008, which no page or "
        "download can show; remove it (it often comes with text pasted from another program)"]


def test_a_broken_programme_does_not_hide_a_page_naming_a_programme_that_does_not_exist(site):
    from datetime import date

    from studio.site import load_site

    site.program(changed("level: intermediate", "level: expert"))
    site.write("data/calls-to-action.yml", "calls_to_action:\n  - id: book\n    heading: Book\n    text: Book.\n"
               "    button: Book\n    url: https://t.example/book\n")
    site.write("docs/blog/posts/post.md", "---\ntitle: Post\ndescription: About.\nrelated: [test-strenght]\ndate: 2026-11-01\n---\n\nText.\n")
    studio = Studio(name="Test Studio", city="Leeds", email="hi@test.example",
                    booking={"personal_training": "https://t.example/pt", "sports_massage": "https://t.example/m",
                             "presale": "https://t.example/p"})
    with pytest.raises(ContentError) as error:
        load_site(site.root, site.root / "docs", studio, "https://t.example/", date(2026, 11, 22))
    assert [str(p) for p in error.value.problems] == [
        "docs/blog/posts/post.md:4: related[0]: there is no programme 'test-strenght'; did you mean "
        "'test-strength'? use the programme's file name without .yml",
        "programs/test-strength.yml:8: level: 'expert' is not a level; use beginner, intermediate or advanced",
    ]


def test_an_exercise_name_without_latin_letters_or_digits_gets_a_message(site):
    site.program()
    library = (site.root / "data/exercises.yml").read_text()
    site.write("data/exercises.yml", library + "  - name: Жим лёжа\n    primary: [chest]\n    cues: [Брось.]\n")
    assert problems(site) == [
        "data/exercises.yml:20: exercises[4].name: 'Жим лёжа' gives no page address, which is made from the letters "
        "a-z and digits in the name; add some, e.g. 'Bench press' or 'Squat 2'"]


def test_a_rule_that_would_overflow_the_log_sheet_is_reported_with_the_limit(site):
    site.program(changed("            rest: 3 min\n", "            rest: 3 min\n            rule: " + "Add 2.5 kg. " * 25 + "\n"))
    assert problems(site) == [
        f"programs/test-strength.yml:27: {EX}.rule: is 299 characters long; keep it to 250: a rule sits in the "
        "plan's table and under the exercise on every log sheet"]


@pytest.mark.parametrize(("date", "expected"), [
    ("date: 5\n", "docs/blog/posts/post.md:4: date: 5 is not a date; write the day as YYYY-MM-DD, e.g. date: "
                   "2026-11-22, or created: and updated: dates under date:"),
    ("", "docs/blog/posts/post.md:1: date: an article needs a date; add 'date: 2026-11-22' (the day it is "
         "published) to the front matter"),
])
def test_an_article_without_a_readable_date_gets_a_message(site, date, expected):
    # Found by the fuzzer: `date: 5` reached the feed, which had no day to stamp it with.
    from datetime import date as day

    from studio.site import load_site

    site.program()
    site.write("data/calls-to-action.yml", "calls_to_action:\n  - id: book\n    heading: Book\n    text: Book.\n"
               "    button: Book\n    url: https://t.example/book\n")
    site.write("docs/blog/posts/post.md", f"---\ntitle: Post\ndescription: About.\n{date}---\n\nText.\n")
    studio = Studio(name="Test Studio", city="Leeds", email="hi@test.example",
                    booking={"personal_training": "https://t.example/pt", "sports_massage": "https://t.example/m",
                             "presale": "https://t.example/p"})
    with pytest.raises(ContentError) as error:
        load_site(site.root, site.root / "docs", studio, "https://t.example/", day(2026, 11, 22))
    assert [str(p) for p in error.value.problems] == [expected]


def test_a_phase_note_of_many_lines_keeps_the_spreadsheet_row_within_excels_height(site, tmp_path):
    # Found by the fuzzer: 200 short lines made a row 3,000 points tall, which Excel repairs on opening.
    import openpyxl

    from studio.downloads import write_xlsx

    site.program(changed("    weeks: 2\n", "    weeks: 2\n    notes: '" + "Rest.\n\n" * 200 + "'\n"))
    catalog = load_catalog(site.root)
    program = catalog.programs[0]
    write_xlsx(catalog.plan(program), tmp_path / "p.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx").worksheets[1]
    assert sheet["A2"].value == "\n".join(["Rest."] * 200)
    assert max(row.height or 0 for row in sheet.row_dimensions.values()) == 409


# ---------------------------------------------------------------- found by the fuzzer's newer forms (tests/fuzz/fuzzforms.py)


def test_a_lift_at_a_share_of_its_training_max_and_of_its_1rm_gets_both_inputs_in_the_spreadsheet(site, tmp_path):
    # Found by the fuzzer: a training-max load on the first day and a 1RM percentage on the second put the training
    # max's row first on the Inputs sheet, before the 1RM row its formula reads: a KeyError, and no spreadsheet.
    import openpyxl
    from readers import input_cells

    from studio.downloads import write_xlsx

    site.program(changed("level: intermediate\n", "level: intermediate\ntraining_max: 90\n").replace(
        "            load: 80%\n", "            load: 80% TM\n").replace(
        "            reps: 8-12\n", "            reps: 8-12\n            load: 60%\n").replace(
        "exercise: Bench press\n", "exercise: Back squat\n", 1))
    catalog = load_catalog(site.root)
    write_xlsx(catalog.plan(catalog.programs[0]), tmp_path / "p.xlsx")
    book = openpyxl.load_workbook(tmp_path / "p.xlsx")
    cells = input_cells(book)
    assert list(cells)[:2] == [("Back squat", "1RM"), ("Back squat", "Training max")]
    assert book["Inputs"][cells[("Back squat", "Training max")]].value == (
        f'=IF(ISNUMBER({cells[("Back squat", "1RM")]}),{cells[("Back squat", "1RM")]}*90/100,"")')


def test_a_share_of_its_own_day_is_of_the_lifts_other_entry_there_in_every_session(site):
    # Found while writing the fuzzer's shares of a day's own name: the checks read '90% of Day A' on Day A's T1 as a
    # share of the lift's other entry there (T2), but from its second session on the plan took it of T1's own session
    # before: 90%, then 81%, 72.9%, ... of the start weight, shrinking every session while T2 climbed.
    from samples import program_header

    plan = plan_of(site, program_header(2, 3) + """phases:
  - name: Base
    weeks: 2
    days:
      - name: Day A
        exercises:
          - exercise: Back squat
            tier: T1
            sets: 1
            reps: 3
            load: 90% of Day A
          - exercise: Back squat
            tier: T2
            sets: 3
            reps: 10
            load: start
            increase: 2.5 kg a session
""")
    t1 = [(str(e.sets[0].load), e.sets[0].load.via) for s in plan.sessions for e in s.exercises if e.item.tier == "T1"]
    t2 = [str(e.sets[0].load) for s in plan.sessions for e in s.exercises if e.item.tier == "T2"]
    assert t2 == ["Start weight", "Start + 2.5 kg", "Start + 5 kg", "Start + 7.5 kg", "Start + 10 kg", "Start + 12.5 kg"]
    # The day comes three times a week: a share is of its session before this one in the week (the week's first
    # session, of its own).
    assert t1 == [(f"90% of ({load})", "90% of Day A") for load in (
        "start weight", "start weight", "start + 2.5 kg", "start + 7.5 kg", "start + 7.5 kg", "start + 10 kg")]


def plan_of(site, text: str):
    site.program(text)
    catalog = load_catalog(site.root)
    return catalog.plan(catalog.programs[0])


@pytest.mark.parametrize("rules", ["{missed: next stage, stages: ['5 × 3+', '6 × 2+'], reset: 85%}",
                                   "{amrap: {0-1: repeat, 2+: add 2.5 kg}}"])
@pytest.mark.parametrize("where", ["exercise", "phase"])
def test_result_rules_on_a_per_set_list_of_the_wrong_length_get_the_lists_message(site, rules, where):
    # Found by the fuzzer: in GZCLP's tiers, `sets: 6` beside the five reps of `[3, 3, 3, 3, "3+"]` (shared with an
    # alias) with stages or an AMRAP table: the rules' check read a sixth set that the list does not have, an
    # IndexError. The list's own message is the one to fix first.
    text = changed("            sets: 3\n            reps: 5\n            load: 80%\n",
                   "            sets: 6\n            reps: [3, 3, 3, 3, 3+]\n            load: 80%\n")
    if where == "exercise":
        text = text.replace("            rest: 3 min\n", f"            rest: 3 min\n            results: {rules}\n", 1)
    else:
        text = text.replace("    weeks: 2\n", f"    weeks: 2\n    results: {rules}\n", 1)
    site.program(text)
    assert problems(site) == [f"programs/test-strength.yml:{24 if where == 'exercise' else 25}: {EX}.reps: lists 5 "
                              "sets but sets is 6; give one entry per set, or change sets"]


def test_a_loop_of_shares_through_the_second_set_of_a_per_set_list_is_refused(site):
    # Found while writing the fuzzer's loops of shares: the check followed only an entry's first share, so a loop
    # through the second set's load was accepted and the plan printed Day A's squat unworked out ('80% of Day C').
    from samples import program_header

    site.program(program_header(2, 3) + """phases:
  - name: Base
    weeks: 2
    days:
      - name: Day A
        exercises:
          - exercise: Back squat
            sets: 2
            reps: 5
            load: [80% of Day C, 90% of Day B]
      - name: Day B
        exercises:
          - exercise: Back squat
            sets: 2
            reps: 5
            load: 80% of Day A
      - name: Day C
        exercises:
          - exercise: Back squat
            sets: 2
            reps: 5
            load: start
""")
    assert problems(site) == [
        f"programs/test-strength.yml:25: {EX}.load: '90% of Day B' makes a loop of shares for Back squat: Day A → "
        "Day B → Day A; each takes its load from the next, so none has a number to start from; give one of them a "
        "load of its own, such as '75%' or 'start'"]


def test_a_standard_yaml_tag_on_a_value_it_cannot_read_gets_a_message(site):
    # Found by the fuzzer (make fuzz): '!!float ;', '!!int x' and '!!bool maybe' reached PyYAML's own constructors,
    # which raised ValueError, IndexError or KeyError: a traceback instead of a line to fix.
    site.program(changed("            sets: 3\n            reps: 5\n            load: 80%\n",
                         "            sets: !!int x\n            reps: !!float\n            load: 80%\n"
                         "            each_side: !!bool maybe\n"))
    assert problems(site) == [
        f"programs/test-strength.yml:23: {EX}.sets: the YAML tag '!!int' says the value is a whole number, but 'x' "
        "is not; remove the tag and write the value plainly, such as 3, 2.5 or true",
        f"programs/test-strength.yml:24: {EX}.reps: the YAML tag '!!float' says the value is a number, but it has no "
        "value; remove the tag and write the value plainly, such as 3, 2.5 or true",
        f"programs/test-strength.yml:26: {EX}.each_side: the YAML tag '!!bool' says the value is true or false, but "
        "'maybe' is not; remove the tag and write the value plainly, such as 3, 2.5 or true"]


def test_a_share_of_a_day_that_never_does_the_lift_is_refused(site):
    # Found while writing the fuzzer's shares: Day A has the squat, but only in week 2, and the rotation trains Day A
    # in week 1 only; the share was accepted and every output printed it unworked out ('80% of Day A').
    from samples import program_header

    site.program(program_header(2, 1) + """phases:
  - name: Base
    weeks: 2
    days:
      - name: Day A
        exercises:
          - exercise: Push-up
            sets: 3
            reps: 10
          - exercise: Back squat
            sets: 3
            reps: 5
            load: start
            only_weeks: [2]
      - name: Day B
        exercises:
          - exercise: Back squat
            sets: 3
            reps: 5
            load: 80% of Day A
""")
    assert problems(site) == [
        "programs/test-strength.yml:35: phases[0].days[1].exercises[0].load: '80% of Day A': Back squat on Day A is "
        "never done: only_weeks leaves it out of week 1, the only week of the phase 'Base' the rotation trains Day A "
        "in; take the load from a day that does it, or change only_weeks"]
