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
        "inputs": [{"lift": "Back squat", "basis": "1RM", "effort": False, "label": "Back squat 1RM"}],
        "training_max": None, "barbell": True, "effort": False, "weeks": 3}


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
        {"lift": "Back squat", "basis": "1RM", "effort": False, "label": "Back squat 1RM"},
        {"lift": "Bench press", "basis": "start", "effort": False, "label": "Bench press start weight"},
        {"lift": "Back squat", "basis": "5RM", "effort": False, "label": "Back squat 5-rep max"},
    ], "training_max": 87.5, "barbell": True, "effort": False, "weeks": 3}


def test_an_effort_load_on_a_barbell_asks_for_the_1rm(site):
    # 3 × 5 at RPE 8 is on the RPE chart; the bench press's 8-12 reps at RPE 8 reach 12 + 2 reps to failure, on it too.
    text = Sample(PROGRAM).replace("load: 80%", "load: RPE 8").replace("""            sets: 3
            reps: 8-12
""", """            sets: 3
            reps: 8-12
            load: 2 RIR
""").replace("load: 60%", "load: 20 kg")
    assert context_of(site, text) == {"inputs": [
        {"lift": "Back squat", "basis": "1RM", "effort": True, "label": "Back squat 1RM"},
        {"lift": "Bench press", "basis": "1RM", "effort": True, "label": "Bench press 1RM"},
    ], "training_max": None, "barbell": True, "effort": True, "weeks": 3}


def test_effort_off_the_chart_or_without_weights_asks_for_nothing(site):
    # RPE 5 is lighter than the chart reads; push-ups and dead bugs have no weight to work out.
    text = (Sample(PROGRAM).replace("load: 80%", "load: RPE 5").replace("load: 60%", "load: 20 kg")
            .replace("reps: AMRAP", "reps: 10\n                load: RPE 8").replace("reps: 8\n", "reps: 8\n                load: 2 RIR\n"))
    assert context_of(site, text) == {"inputs": [], "training_max": None, "barbell": False, "effort": False,
                                      "weeks": 3}


def test_nothing_to_ask_when_no_load_needs_a_number(site):
    assert context_of(site, Sample(PROGRAM).replace("load: 80%", "load: RPE 5").replace("load: 60%", "load: 20 kg")) == {
        "inputs": [], "training_max": None, "barbell": False, "effort": False, "weeks": 3}


def test_the_form_is_hidden_labelled_and_escaped():
    hostile = '"><script>alert(1)</script>'
    context = {"inputs": [{"lift": hostile, "basis": "1RM", "label": hostile + " 1RM", "effort": False},
                             {"lift": "Bench press", "basis": "start", "label": "Bench press start weight",
                              "effort": False}],
                  "training_max": 87.5, "barbell": True, "effort": True, "weeks": 4}
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


def test_the_form_offers_bar_plates_and_the_chart_only_where_they_apply():
    def form(**context):
        html = environment().get_template("_calculator.html.j2").render(calculator={
            "inputs": [{"lift": "Back squat", "basis": "1RM", "label": "Back squat 1RM", "effort": False}],
            "training_max": None, "weeks": 2, **context}, program=SimpleNamespace(slug="a-b"))
        return BeautifulSoup(html, "html.parser").form

    both = form(barbell=True, effort=True)
    assert both.select_one("#studio-calc-bar")["value"] == "20"
    boxes = both.select("input[name=plate]")
    assert [(b["data-unit"], b["value"]) for b in boxes] == [
        ("kg", "25"), ("kg", "20"), ("kg", "15"), ("kg", "10"), ("kg", "5"), ("kg", "2.5"), ("kg", "1.25"),
        ("lb", "45"), ("lb", "35"), ("lb", "25"), ("lb", "10"), ("lb", "5"), ("lb", "2.5")]
    assert all(b.has_attr("checked") for b in boxes)
    assert [b.parent.has_attr("hidden") for b in boxes].count(True) == 6  # the pound plates until lb is chosen
    chart = both.select_one(".studio-calc__chart table")
    assert [c.get_text() for c in chart.select("tbody tr")[4].find_all(["th", "td"])] == [
        "8", "92.2", "89.2", "86.3", "83.7", "81.1", "78.6", "76.2", "73.9", "70.7", "68.0", "65.3", "62.6"]
    assert "Mike Tuchscherer's RPE chart (Reactive Training Systems)" in both.select_one(".studio-calc__effort").get_text()
    neither = form(barbell=False, effort=False)
    assert not neither.select("#studio-calc-bar, input[name=plate], .studio-calc__chart, .studio-calc__effort")
