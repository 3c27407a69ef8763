import pytest

from studio.format import parse_load, parse_reps, parse_rest, parse_sets, parse_tempo


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        (5, ["5"]),
        ("8-12", ["8–12"]),
        ("8 – 12", ["8–12"]),
        ("AMRAP", ["AMRAP"]),
        ("amrap", ["AMRAP"]),
        ("5+", ["5+"]),
        ("30 s", ["30 s"]),
        ("45sec", ["45 s"]),
        ("1 min", ["1 min"]),
        ("1.5 min", ["1.5 min"]),
        ("30-60 s", ["30–60 s"]),
        ("30–60 sec", ["30–60 s"]),
        ("1-2 min", ["1–2 min"]),
        ("1.5 - 2 minutes", ["1.5–2 min"]),
        ("30 s-1 min", ["0.5–1 min"]),
        (["30-60 s", "20 s"], ["30–60 s", "20 s"]),
        ([5, 3, 1], ["5", "3", "1"]),
        ("5/3/1+", ["5", "3", "1+"]),
        ([5, "5", "5+"], ["5", "5", "5+"]),
    ],
)
def test_reps_forms(given, shown):
    assert [str(r) for r in parse_reps(given)] == shown


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("8-x", "'8-x' is not a rep count; use 5, '8-12', 'AMRAP', '5+', '30 s', '30-60 s' or [5, 3, 1]"),
        ("12-8", "'12-8' is not a rep range; the first number must be smaller, e.g. '8-12'"),
        (0, "0 reps is out of range; use 1 to 100"),
        (True, "true is not a rep count; use 5, '8-12', 'AMRAP', '5+', '30 s', '30-60 s' or [5, 3, 1]"),
        ([5], "a per-set list needs one entry per set, e.g. [5, 3, 1]; got [5]"),
        ([5, "lots"], "set 2: 'lots' is not a rep count; use 5, '8-12', 'AMRAP', '5+', '30 s', '30-60 s' or [5, 3, 1]"),
        (2.5, "2.5 is not a rep count; use 5, '8-12', 'AMRAP', '5+', '30 s', '30-60 s' or [5, 3, 1]"),
        ("60-30 s", "'60-30 s' is not a time range; write the shorter time first, e.g. '30-60 s'"),
        ("30-30 s", "'30-30 s' is not a time range; write the shorter time first, e.g. '30-60 s'"),
        ("0-20 s", "'0-20 s' is not a usable time; use 5 s to 60 min"),
        ("30-90 min", "'30-90 min' is not a usable time; use 5 s to 60 min"),
    ],
)
def test_reps_errors(given, message):
    with pytest.raises(ValueError) as error:
        parse_reps(given)
    assert str(error.value) == message


def test_a_timed_range_keeps_both_times_and_counts_its_middle():
    (reps,) = parse_reps("30-60 s")
    assert (reps.kind, reps.seconds, reps.seconds_high, reps.seconds_middle) == ("time", 30, 60, 45)
    (one,) = parse_reps("40 s")
    assert (one.seconds, one.seconds_high, one.seconds_middle) == (40, None, 40)
    assert parse_reps("1-2 min") == parse_reps("60-120 s")  # the same target, however it is written


@pytest.mark.parametrize(("given", "low", "high", "shown"), [
    (3, 3, 3, "3"), ("3-4", 3, 4, "3–4"), ("3–4", 3, 4, "3–4"), ("2 to 3", 2, 3, "2–3"), ("1-20", 1, 20, "1–20"),
])
def test_sets_forms(given, low, high, shown):
    sets = parse_sets(given)
    assert (sets.low, sets.high, str(sets), sets.is_range) == (low, high, shown, low != high)


@pytest.mark.parametrize(("given", "message"), [
    ("4-3", "'4-3' is not a set range; write the smaller number first, e.g. '3-4'"),
    ("3-3", "'3-3' is not a set range; write the smaller number first, e.g. '3-4'"),
    ("0-2", "'0-2' is out of range; a set range goes from 1 to 20 sets, e.g. '3-4'"),
    ("3-25", "'3-25' is out of range; a set range goes from 1 to 20 sets, e.g. '3-4'"),
    (0, "0 sets is out of range; use a number from 1 to 20, or a range such as '3-4'"),
    ("lots", "'lots' is not a number of sets; use a number from 1 to 20, or a range such as '3-4'"),
])
def test_sets_errors(given, message):
    with pytest.raises(ValueError) as error:
        parse_sets(given)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("given", "shown", "kind"),
    [
        ("75%", "75% 1RM", "percent"),
        ("70-75 %", "70–75% 1RM", "percent"),
        ("80% 1RM", "80% 1RM", "percent"),
        ("RPE 8", "RPE 8", "rpe"),
        ("rpe 7.5-8", "RPE 7.5–8", "rpe"),
        ("RIR 2", "2 RIR", "rir"),
        ("1-2 RIR", "1–2 RIR", "rir"),
        ("bodyweight", "Bodyweight", "bodyweight"),
        ("BW", "Bodyweight", "bodyweight"),
        ("20 kg", "20 kg", "weight"),
        ("12.5kg", "12.5 kg", "weight"),
        ("45 lbs", "45 lb", "weight"),
    ],
)
def test_load_forms(given, shown, kind):
    (load,) = parse_load(given)
    assert (str(load), load.kind) == (shown, kind)


def test_load_per_set_list():
    assert [str(x) for x in parse_load(["65%", "75%", "85%"])] == ["65% 1RM", "75% 1RM", "85% 1RM"]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("heavy", "'heavy' is not a load; use '75%', '85% TM', '85% 5RM', '60% TM of Back squat', '80% of Day A', 'RPE 8', 'RIR 2', 'bodyweight', '20 kg', '45 lb' or 'start'"),
        ("RPE 11", "'RPE 11' is out of range; RPE goes from 1 to 10, low to high"),
        ("90-80%", "'90-80%' is out of range; percent goes from 1 to 110, low to high"),
        (80, "80 is not a load; use '75%', '85% TM', '85% 5RM', '60% TM of Back squat', '80% of Day A', 'RPE 8', 'RIR 2', 'bodyweight', '20 kg', '45 lb' or 'start'"),
        (["70%", "x"], "set 2: 'x' is not a load; use '75%', '85% TM', '85% 5RM', '60% TM of Back squat', '80% of Day A', 'RPE 8', 'RIR 2', 'bodyweight', '20 kg', '45 lb' or 'start'"),
    ],
)
def test_load_errors(given, message):
    with pytest.raises(ValueError) as error:
        parse_load(given)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("given", "seconds", "shown"),
    [
        (90, (90, 90), "90 s"),
        ("90 s", (90, 90), "90 s"),
        ("2 min", (120, 120), "2 min"),
        ("2.5 min", (150, 150), "2.5 min"),
        ("2-3 min", (120, 180), "2–3 min"),
        ("60-90 s", (60, 90), "60–90 s"),
        ("1:30", (90, 90), "90 s"),
        ("1.5 min", (90, 90), "1.5 min"),
        ("1.5-5 min", (90, 300), "1.5–5 min"),
        ("1.5–5 mins", (90, 300), "1.5–5 min"),
        ("90-120 s", (90, 120), "90–120 s"),
        ("60 - 120 sec", (60, 120), "60–120 s"),
        (0, (0, 0), "0 s"),
    ],
)
def test_rest_forms(given, seconds, shown):
    rest = parse_rest(given)
    assert ((rest.low, rest.high), str(rest)) == (seconds, shown)


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("a while", "'a while' is not a rest time; use 90, '90 s', '2 min', '2-3 min' or '60-90 s'"),
        ("3-2 min", "'3-2 min' is not a usable rest range; write the shorter time first, up to 15 min"),
        (1000, "1000 s of rest is out of range; use 0 to 900 seconds"),
    ],
)
def test_rest_errors(given, message):
    with pytest.raises(ValueError) as error:
        parse_rest(given)
    assert str(error.value) == message


@pytest.mark.parametrize(("given", "shown"), [("3-1-1-0", "3-1-1-0"), ("3110", "3-1-1-0"), ("31x0", "3-1-X-0"), (3110, "3-1-1-0")])
def test_tempo_forms(given, shown):
    assert parse_tempo(given) == shown


def test_tempo_error():
    with pytest.raises(ValueError) as error:
        parse_tempo("slow")
    assert str(error.value) == (
        "'slow' is not a tempo; use four digits or X, eccentric-pause-lift-pause, such as '3-1-1-0' or '2-0-X-0'"
    )
