"""What the programme page's load calculator asks for, and its form as rendered."""

from __future__ import annotations

from types import SimpleNamespace

from bs4 import BeautifulSoup
from samples import PROGRAM
from textedit import Sample

from studio import load_catalog
from studio.views import calculator, environment


def context_of(site, text: str):
    site.program(text)
    catalog = load_catalog(site.root)
    return calculator(catalog.plan(catalog.programs[0]))


def test_a_percentage_of_1rm_asks_for_the_1rm(site):
    assert context_of(site, PROGRAM) == {
        "inputs": [{"lift": "Back squat", "basis": "1RM", "label": "Back squat 1RM"}], "training_max": None}


def test_training_max_rep_max_and_start_weight_inputs(site):
    text = Sample(PROGRAM).replace("progression:", "training_max: 87.5\nprogression:").replace(
        "load: 80%", "load: 85% TM").replace("""            sets: 3
            reps: 8-12
""", """            sets: 3
            reps: 8-12
            load: start
            increase: 2.5 kg a session
""").replace("load: 60%", "load: 90% 5RM")
    assert context_of(site, text) == {"inputs": [
        {"lift": "Back squat", "basis": "1RM", "label": "Back squat 1RM"},
        {"lift": "Bench press", "basis": "start", "label": "Bench press start weight"},
        {"lift": "Back squat", "basis": "5RM", "label": "Back squat 5-rep max"},
    ], "training_max": 87.5}


def test_nothing_to_ask_when_no_load_needs_a_number(site):
    assert context_of(site, Sample(PROGRAM).replace("load: 80%", "load: RPE 8").replace("load: 60%", "load: 20 kg")) == {
        "inputs": [], "training_max": None}


def test_the_form_is_hidden_labelled_and_escaped():
    hostile = '"><script>alert(1)</script>'
    context = {"inputs": [{"lift": hostile, "basis": "1RM", "label": hostile + " 1RM"},
                             {"lift": "Bench press", "basis": "start", "label": "Bench press start weight"}],
                  "training_max": 87.5}
    html = environment().get_template("_calculator.html.j2").render(
        calculator=context, program=SimpleNamespace(slug="a-b"))
    assert "<script>" not in html
    form = BeautifulSoup(html, "html.parser").form
    assert "studio-js-only" in form["class"] and form["data-program"] == "a-b" and form["data-training-max"] == "87.5"
    fields = form.select("input[data-lift]")
    assert [(f["data-lift"], f["data-basis"]) for f in fields] == [(hostile, "1RM"), ("Bench press", "start")]
    assert [form.select_one(f"label[for={f['id']}]").get_text() for f in fields] == [
        hostile + " 1RM", "Bench press start weight"]
    # The training max line only beside a 1RM, and the explanation says what it is.
    assert [o["data-lift"] for o in form.select("output.studio-calc__tm")] == [hostile]
    assert "87.5% of your 1RM" in form.get_text()
    assert form.select_one("label[for=studio-calc-step]") and form.select_one("label[for=studio-calc-unit]")
