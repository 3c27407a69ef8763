"""Hypothesis strategies for the newer forms of the programme format: tiers, shares of another lift's max, shares
of another day (by set and week, chained), warm-ups as shares of the training max or 1RM, the library's `kind` and
ladder steps with their own targets, and result rules (`results:` on an exercise or a phase).

`forms_programme()` builds a programme that uses them and is valid by construction: every precondition is generated
with the form (the training max for a TM load, the lift's own increase on a share of its max, a '+' set for an AMRAP
table, the exercise as written for the first stage, a day with the lift for a share of it, no loops of shares).
`hostile_forms()` breaks such a programme where these forms live: wrong words and types, huge numbers and odd
Unicode, loops of shares and rules that contradict the plan.
"""

from __future__ import annotations

import copy
import json
import re

from fuzzcontent import ODD_CHARS, RAW, _Raw, dump, long_text, mutated, numbers, odd_text, plain_values
from hypothesis import strategies as st

from studio.format import parse_load

# A library with every kind: barbell lifts, holds, a carry, a ballistic lift, and bodyweight steps for a ladder.
FORMS_LIBRARY = """\
equipment: [barbell, squat rack, bench, kettlebell, dumbbells, mat]
muscles: [quads, glutes, chest, triceps, shoulders, core, hamstrings, back, grip]
exercises:
  - name: Back squat
    primary: [quads, glutes]
    equipment: [barbell, squat rack]
    cues: [Brace before you descend.]
  - name: Front squat
    primary: [quads]
    secondary: [core]
    equipment: [barbell, squat rack]
    cues: [Elbows high.]
  - name: Deadlift
    primary: [hamstrings, glutes]
    secondary: [back, grip]
    equipment: [barbell]
    cues: [Push the floor away.]
  - name: Bench press
    primary: [chest]
    secondary: [triceps]
    equipment: [barbell, bench]
    cues: [Keep your shoulder blades pinned.]
  - name: Overhead press
    primary: [shoulders]
    secondary: [triceps]
    equipment: [barbell]
    cues: [Squeeze your glutes.]
  - name: Incline push-up
    primary: [chest]
    equipment: [bench]
    cues: [Hands on the bench.]
  - name: Push-up
    primary: [chest]
    cues: [Move as one plank.]
  - name: Front plank
    kind: hold
    primary: [core]
    equipment: [mat]
    cues: [Squeeze your glutes.]
  - name: Side plank
    kind: hold
    primary: [core]
    equipment: [mat]
    cues: [Stack your feet.]
  - name: Suitcase carry
    kind: carry
    primary: [core, grip]
    equipment: [dumbbells]
    cues: [Walk tall.]
  - name: Kettlebell swing
    kind: ballistic
    primary: [glutes, hamstrings]
    equipment: [kettlebell]
    cues: [Snap the hips.]
  - name: Dead bug
    primary: [core]
    equipment: [mat]
    cues: [Keep your lower back down.]
"""
KIT = ["barbell", "squat rack", "bench", "kettlebell", "dumbbells", "mat"]
LIFTS = ["Back squat", "Front squat", "Deadlift", "Bench press", "Overhead press"]
HOLDS = ["Front plank", "Side plank"]
DAY_NAMES = ["Day A", "Day B", "Volume day", "Light day", "Intensity day", "Heavy (T1)", "День Б", "深蹲日",
             "Day <b>C</b>", "=Day+1", "Monday 🏋️", "A", "Squat day", "Top day", "Set day", "Week day"]
TIERS = ["T1", "T2", "T3", "heavy", "light", "t1", "Ж", "=1+1", "<i>x</i>", "x" * 20, "💪", "tier 2"]
SHARE_INCREASES = [None, "2.5 kg a week", "5 lb a week", "2.5 kg a session", "2.5% a week", "none"]


_UNSHOWABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")  # yamlsource refuses them


def _line(text: str) -> bool:
    return (bool(text.strip()) and not any(ch in text for ch in "\r\n\v\f\x85\u2028\u2029")
            and not _UNSHOWABLE.search(text))


# A day name that a share can name: one-line text that reads back as the same day in every form of a share.
def _names_a_day(name: str) -> bool:
    if not _line(name) or len(name) > 60 or "  " in name or name != name.strip():
        return False
    for form, day_set, last in (("{}", None, False), ("the top set of {}", "top", False), ("set 1 of {}", 1, False),
                                ("{} last week", None, True), ("top set of {} last week", "top", True)):
        try:
            loads = parse_load("80% of " + form.format(name))
        except ValueError:
            return False
        load = loads[0]
        if (load.basis, load.day, load.day_set, load.last_week, load.lift) != ("day", name, day_set, last, None):
            return False
    return True


day_name = st.one_of(st.sampled_from(DAY_NAMES), st.text(alphabet=st.sampled_from(ODD_CHARS + "abcXYZ 12"),
                                                         min_size=1, max_size=20)).filter(_names_a_day)
tier_name = st.one_of(st.sampled_from(TIERS), st.text(min_size=1, max_size=20)).filter(
    lambda t: _line(t) and len(t.strip()) <= 20)


def _uniform_reps(draw, sets: int, plus_ok: bool = True):
    """Reps every set the same, or the last set '+': (reps as written, the scheme as stages write it)."""
    reps = draw(st.integers(1, 12))
    if plus_ok and sets > 1 and draw(st.booleans()):
        return [reps] * (sets - 1) + [f"{reps}+"], f"{sets} × {reps}+"
    return reps, f"{sets} × {reps}"


def _action(draw, increase: bool) -> str:
    choices = ["add 2.5 kg", "add 5 lb", "repeat", "take 5% off", "take 10% off", "reset to 90%", "add 1.25 kg",
               "hold", "take 50% off", "add 50 kg", "reset to 50%", "reset to 100%"]
    if increase:
        choices.append("add the increase")
    return draw(st.sampled_from(choices))


def _table(draw, increase: bool) -> dict:
    """An AMRAP table covering every count from 0, the last row open-ended."""
    cuts = sorted(draw(st.sets(st.integers(1, 15), max_size=4)))
    rows, low = {}, 0
    for cut in cuts:
        key = str(low) if cut - 1 == low else f"{low}-{cut - 1}"
        rows[int(key) if key.isdigit() and draw(st.booleans()) else key] = _action(draw, increase)
        low = cut
    rows[f"{low}+"] = _action(draw, increase)
    return rows


def _results(draw, *, increase: bool, scheme: str | None, plus: bool) -> dict:
    """Result rules that fit the exercise: `scheme` (its sets × reps) when stages may start from it, `plus` when it
    has a '+' set for a table."""
    rules: dict = {}
    if draw(st.booleans()):
        rules["made"] = _action(draw, increase)
    use_stages = scheme is not None and draw(st.booleans())
    if use_stages:
        others = draw(st.lists(st.tuples(st.integers(1, 20), st.integers(1, 100), st.booleans()), min_size=1,
                               max_size=3))
        rules["stages"] = [scheme.replace("×", draw(st.sampled_from(["×", "x", "X"])))] + [
            f"{s} × {r}{'+' if p else ''}" for s, r, p in others]
        rules["reset"] = draw(st.sampled_from(["85%", "90%", "50%", "100%", "reset to 85%", "92.5 %"]))
    misses = draw(st.booleans())
    if use_stages and (not misses or draw(st.booleans())):
        rules["missed"] = "next stage"
    elif draw(st.booleans()):
        rules["missed"] = draw(st.sampled_from(["repeat", "take 10% off", "reset to 90%", "add 2.5 kg"]))
    if misses or use_stages and "missed" not in rules:
        rules["after_misses"] = draw(st.one_of(st.integers(1, 10), st.sampled_from(["3 misses in a row", "2 times"])))
        moves = use_stages and rules.get("missed") != "next stage"  # stages must move on a miss, now or after some
        rules["then"] = "next stage" if moves else draw(
            st.sampled_from(["take 10% off", "reset to 90%"] + (["next stage"] if use_stages else [])))
    if plus and draw(st.booleans()):
        rules["amrap"] = _table(draw, increase)
    return rules


@st.composite
def forms_programme(draw) -> dict:
    """A valid programme, as plain data, using tiers, shares, warm-ups of a max, holds, carries, ballistic work,
    ladder steps with targets and result rules."""
    spw = draw(st.integers(1, 4))
    uses_tm = draw(st.booleans())
    phases, total = [], 0
    for p in range(draw(st.integers(1, 2))):
        weeks, cycles = draw(st.integers(1, 4)), draw(st.sampled_from([1, 1, 2, 3]))
        total += weeks * cycles
        phases.append(_phase(draw, p, weeks, cycles, spw, uses_tm))
    program = {
        "title": "Forms " + draw(st.sampled_from(["A", "Жим", "<b>b</b>", "=1+1", "🏋️"])),
        "summary": "Tiers, shares and result rules.",
        "description": "A fuzzed programme.",
        "goal": draw(st.sampled_from(["strength", ["strength", "hypertrophy"], "general fitness"])),
        "level": "intermediate",
        "weeks": total,
        "sessions_per_week": spw,
        "session_minutes": 75,
        "equipment": KIT,
        "readiness": ["You can squat, press and hinge with good form."],
        "progression": "As the rules say.",
    }
    if uses_tm:
        program["training_max"] = draw(st.sampled_from([90, 85, 50, 100, 87.5]))
    program["phases"] = phases
    return program


def _phase(draw, p: int, weeks: int, cycles: int, spw: int, uses_tm: bool) -> dict:
    count = draw(st.integers(1, min(4, spw * weeks * cycles)))
    names = draw(st.lists(day_name, min_size=count, max_size=count, unique_by=str.lower))
    raising: dict[tuple[str, str], str | None] = {}  # (lift, basis) -> the one increase that raises that max
    own: list[dict] = []  # entries with a load of their own or a share: (day index, entry), a share can name them
    days = []
    for d, name in enumerate(names):
        slots, used = [], set()
        for s in range(draw(st.integers(1, 4))):
            kind = draw(st.sampled_from(["lift", "lift", "lift", "share", "accessory", "superset"]))
            if kind == "share":
                targets = [e for e in own if e["day"] != d and (e["lift"].lower(), e["tier"]) not in used]
                if targets:
                    slots.append(_share_entry(draw, draw(st.sampled_from(targets)), names, weeks, cycles, uses_tm,
                                              used, own, d))
                    continue
                kind = "lift"
            if kind == "lift":
                entry = _lift_entry(draw, weeks, cycles, uses_tm, raising, used)
                if entry is not None:
                    own.append({"day": d, "lift": entry["exercise"], "tier": entry.get("tier"), "entry": entry,
                                "own_load": True})
                    slots.append(entry)
                    continue
            slots.append(_accessory(draw, weeks, first=not slots, superset=kind == "superset"))
        days.append({"name": name, "exercises": slots})
    phase = {"name": draw(st.sampled_from(["Base", "Wave", "Texas", "Linear", "Фаза", "Peak 💪"])) + f" {p + 1}",
             "weeks": weeks}
    if cycles > 1:
        phase["cycles"] = cycles
    ruled = [e for e in own if e.get("own_load") and "results" not in e["entry"]]
    if ruled and draw(st.integers(0, 3)) == 0:
        # Rules every exercise with a load of its own and no rules of its own can take: no stages, table or 'add
        # the increase', which depend on the exercise.
        rules = {}
        if draw(st.booleans()):
            rules["made"] = draw(st.sampled_from(["add 2.5 kg", "repeat", "add 5 lb"]))
        if draw(st.booleans()):
            rules["after_misses"], rules["then"] = draw(st.integers(1, 4)), draw(st.sampled_from(
                ["take 10% off", "reset to 90%", "take 5% off"]))
        else:
            rules["missed"] = draw(st.sampled_from(["repeat", "take 10% off"]))
        phase["results"] = rules
    if p > 0 and draw(st.integers(0, 3)) == 0:
        phase["deload"] = True
    phase["days"] = days
    return phase


def _lift_entry(draw, weeks: int, cycles: int, uses_tm: bool, raising: dict, used: set) -> dict | None:
    lift = draw(st.sampled_from(LIFTS))
    tier = draw(st.one_of(st.none(), tier_name))
    if (lift.lower(), tier) in used:
        return None
    kinds = ["pct", "start", "weight", "other", "rm"] + (["tm", "tm", "other"] if uses_tm else [])
    kind = draw(st.sampled_from(kinds))
    sets = draw(st.integers(1, 6))
    entry: dict = {"exercise": lift}
    if tier is not None:
        entry["tier"] = tier
    reps, scheme = _uniform_reps(draw, sets)
    plus = isinstance(reps, list)
    if kind in ("pct", "tm", "rm", "other"):
        basis = {"pct": "", "tm": " TM", "rm": " 5RM"}.get(kind) if kind != "other" else draw(
            st.sampled_from([" TM", " 1RM", " 5RM"] if uses_tm else [" 1RM", " 5RM", " 3RM"]))
        of = lift
        if kind == "other":
            of = draw(st.sampled_from([other for other in LIFTS if other != lift]))
        key = (of.lower(), {"": "1RM", " 1RM": "1RM"}.get(basis, basis.strip()))
        options = SHARE_INCREASES + (["5 kg a cycle", "2.5 lb a cycle"] if cycles > 1 else [])
        increase = raising.setdefault(key, draw(st.sampled_from(options)))
        low = draw(st.integers(50, 95))
        suffix = basis + (f" of {of}" if kind == "other" else "")
        if sets > 1 and draw(st.booleans()):
            entry["load"] = [f"{min(low + 5 * n, 110)}%{suffix}" for n in range(sets)]
        else:
            entry["load"] = f"{low}%{suffix}"
        lightest = low
    elif kind == "start":
        entry["load"] = draw(st.sampled_from(["start", "start weight", "Start"]))
        increase = draw(st.sampled_from([None, "2.5 kg a session", "5 lb a session", "2.5 kg a week", "none"]))
        lightest = None
    else:
        amount = draw(st.sampled_from([20, 60, 102.5, 500, 0.5]))
        unit = draw(st.sampled_from(["kg", "lb"]))
        entry["load"] = f"{amount} {unit}"
        increase = draw(st.sampled_from([None, "2.5 kg a session", "5 lb a week", "none"]))
        lightest = (amount, unit)
    entry["sets"], entry["reps"] = sets, reps
    if increase is not None:
        entry["increase"] = increase
    if kind in ("tm", "pct", "rm") and weeks > 1 and isinstance(entry["load"], str) and draw(st.integers(0, 3)) == 0:
        # A wave: each week its own loads, as many as the sets, at least as heavy as week 1's lightest.
        waves = []
        for _ in range(weeks):
            if draw(st.booleans()):
                waves.append({})
            else:
                share = draw(st.integers(low, 100))
                waves.append({"load": f"{share}%{basis}", **({"reps": reps} if draw(st.booleans()) else {})})
        entry["weeks"] = waves
        scheme = None if any("reps" in w for w in waves) else scheme
    warmups = _warmups(draw, kind, uses_tm, lightest, key[1] if kind in ("pct", "tm", "rm", "other") else "")
    if warmups is not None:
        entry["warmup_sets"] = warmups
    rising = increase not in (None, "none")
    if draw(st.booleans()):
        entry["results"] = _results(draw, increase=rising, scheme=scheme, plus=plus)
    used.add((lift.lower(), tier))
    return entry


def _warmups(draw, kind: str, uses_tm: bool, lightest, basis: str = "") -> list | int | None:
    """Warm-ups the exercise's loads allow, each lighter than its first working set where the two compare."""
    if not draw(st.booleans()):
        return None
    if draw(st.integers(0, 4)) == 0:
        return draw(st.integers(0, 10))
    options = [st.just("bar × 5"), st.builds(lambda p, r: f"{p}% × {r}", st.integers(10, 95), st.integers(1, 20))]
    # A share of a max is compared with a share of the same max: lighter than the first working set, or never done.
    ceiling = {"TM": 95, "1RM": 95}
    if isinstance(lightest, int) and basis in ceiling:
        ceiling[basis] = lightest - 1
    if kind in ("tm", "other", "pct", "rm", "share") and uses_tm:
        options.append(st.builds(lambda p, r: f"{p}% TM × {r}", st.integers(10, max(10, ceiling["TM"])),
                                 st.integers(1, 20)))
    if kind in ("pct", "other", "rm", "tm", "share"):
        options.append(st.builds(lambda p, r: f"{p}% 1RM × {r}", st.integers(10, max(10, ceiling["1RM"])),
                                 st.integers(1, 20)))
    if isinstance(lightest, tuple):
        amount, unit = lightest
        if amount >= 20:
            options.append(st.just(f"20 {unit} × 5"))
    elif kind == "start":
        options.append(st.just("20 kg × 5"))
    return draw(st.lists(st.one_of(options), min_size=1, max_size=10))


def _share_entry(draw, target: dict, names: list[str], weeks: int, cycles: int, uses_tm: bool, used: set,
                 own: list, d: int) -> dict:
    """A share of the lift's load on another day: the same set, the top set or a named set; this week's or last
    week's. It names a day whose entry has a load (or a share) made before it, so shares never loop."""
    source = target["entry"]
    percent = draw(st.integers(50, 110))
    which = draw(st.sampled_from(["", "the top set of ", "top set of ", "set {} of "]))
    if which.startswith("set"):
        which = which.format(draw(st.integers(1, source["sets"])))
    last = " last week" if (weeks > 1 or cycles > 1) and draw(st.booleans()) else ""
    load = f"{percent}% of {which}{names[target['day']]}{last}"
    sets = draw(st.integers(1, 6))
    entry: dict = {"exercise": target["lift"] if draw(st.booleans()) else target["lift"].upper(), "sets": sets}
    if target["tier"] is not None:
        entry["tier"] = target["tier"]
    entry["reps"] = _uniform_reps(draw, sets)[0]
    entry["load"] = load
    mix = sets > 1 and draw(st.integers(0, 3)) == 0
    if mix:
        # A load for each set: the share, another form of it, or a load of the entry's own on the first set.
        forms = [load, f"{percent}% of the top set of {names[target['day']]}",
                 f"{percent}% of set 1 of {names[target['day']]}{last}"]
        entry["load"] = [draw(st.sampled_from(forms + ["start", "60 kg"])), *(
            draw(st.sampled_from(forms)) for _ in range(sets - 1))]
    own_first = mix and entry["load"][0] in ("start", "60 kg")
    warmups = _warmups(draw, "start" if own_first else "share", uses_tm, None)
    if warmups is not None:
        entry["warmup_sets"] = warmups
    used.add((target["lift"].lower(), target["tier"]))
    own.append({"day": d, "lift": target["lift"], "tier": target["tier"], "entry": entry})
    return entry


def _accessory(draw, weeks: int, first: bool, superset: bool) -> dict:
    kind = draw(st.sampled_from(["ladder", "hold", "carry", "swing", "swing block", "hold ladder"]))
    if kind == "ladder":
        entry = {"exercise": "Push-up", "sets": 3, "reps": draw(st.sampled_from(["5-8", 10, "AMRAP", "8-12"])),
                 "ladder": [{"exercise": draw(st.sampled_from(HOLDS)),
                             "reps": draw(st.sampled_from(["20-40 s", "30 s", "1-2 min", "10 s"]))},
                            draw(st.sampled_from(["Incline push-up", {"exercise": "Incline push-up", "reps": "3-5"}])),
                            "Push-up"]}
    elif kind == "hold ladder":
        entry = {"exercise": "Front plank", "sets": "2-3", "reps": "20-40 s",
                 "ladder": ["Front plank", {"exercise": "Side plank", "reps": "15 s"},
                            {"exercise": "Push-up", "reps": draw(st.sampled_from([5, "3-5", "AMRAP"]))}]}
    elif kind == "hold":
        entry = {"exercise": draw(st.sampled_from(HOLDS)), "sets": draw(st.sampled_from([2, "2-3"])),
                 "reps": draw(st.sampled_from(["30 s", "30-60 s", "2 min"])), "each_side": draw(st.booleans())}
    elif kind == "carry":
        entry = {"exercise": "Suitcase carry", "sets": 3, "reps": draw(st.sampled_from(["30 s", "40-60 s"])),
                 "load": draw(st.sampled_from(["20 kg", "RPE 7", "45 lb"])), "each_side": True}
    elif kind == "swing":
        entry = {"exercise": "Kettlebell swing", "sets": draw(st.integers(1, 10)),
                 "reps": draw(st.sampled_from([10, 15, "20 s", "30-45 s"])), "load": "16 kg"}
    else:
        entry = {"emom": "10 min", "exercises": [{"exercise": "Kettlebell swing", "reps": 15, "load": "24 kg"}]}
    if superset:
        partner = {"exercise": "Dead bug", "sets": entry.get("sets", 3) if isinstance(entry.get("sets"), int) else 3,
                   "reps": 8}
        if "sets" in entry and not isinstance(entry["sets"], int):
            entry["sets"] = 3
        if "exercises" not in entry:
            entry = {"superset": [entry, partner], "rest": "90 s"}
    if not first and weeks > 1 and draw(st.booleans()):
        entry["only_weeks"] = sorted(draw(st.sets(st.integers(1, weeks), min_size=1)))
    return entry


def library() -> str:
    return FORMS_LIBRARY


# ---------------------------------------------------------------- hostile: the same forms, broken

HOSTILE_LOADS = [
    "80% of Nowhere day", "80% of set 99 of {day}", "80% of set 0 of {day}", "80% of set -1 of {day}",
    "110% of the top set of {day} last week last week", "60% TM of Back squatt", "60% TM of ", "60% TM of  ",
    "60% 25RM of Back squat", "0% of {day}", "111% of {day}", "1e400% TM", "60% TM of Back squat of Deadlift",
    "80% of {day}", "80% of the top set of {day}", "80% of set 2 of {day} last week", "60% TM of {lift}",
    "60% 1RM of {lift}", "60% 5RM of {lift}", "60% 0RM of {lift}", "60% TM of Push-up", "60% TM of Front plank",
    "80% of {DAY}", "80%of{day}", "80 % of {day}", "80% of the top set of", "80% of set of {day}", "80% of last week",
    "80% of {day} last  week", "80% of {day} next week", "-80% of {day}", "80%% of {day}", "80.5555% of {day}",
    "80-90% of {day}", "90-80% of {day}", "80% of ТМ", "80% of TM of TM", "80% TM of Back squat last week",
    "80% of the top set of set 2 of {day}", "80% of set 1e3 of {day}", "80% of set 99999999999999999999 of {day}",
    "start of {day}", "RPE 8 of {day}", "20 kg of {day}", "80% of " + "x" * 5000, "80% of " + "of " * 300 + "Day A",
]
HOSTILE_WARMUPS = ["40% TM × 5", "50% 1RM × 5", "95% TM × 5", "96% TM × 5", "9% TM × 5", "40% TM × 0", "40% TM × 21",
                   "40% RM × 5", "40% 5RM × 5", "40% of training max × 5", "40% tm x 5", "bar × 5", "bar×5", "bar",
                   "20 kg × 5", "600 kg × 5", "0.1 kg × 5", "40% × 99999999999999999999", "40% TM × 5 × 5",
                   "40 % ТМ × 5", "empty bar × 3", "the bar × 1", "40%TM×5", "1e3% × 5", "nan% × 5", "40% of 1RM × 5"]
HOSTILE_RESULTS = {
    "made": ["add the increase", "add 0 kg", "add 51 kg", "add -2.5 kg", "add 2.5 stone", "take 0% off",
             "take 51% off", "reset to 49%", "reset to 101%", "next stage", "repeat", "add 1e400 kg", "hold",
             "+2.5kg", "add 2.5 KGS", "take 10 % off", "ADD THE INCREASE", "add the increase please"],
    "missed": ["repeat", "try again", "next stage", "take 10% off", "reset to 90%", "deload", "reset to 0%"],
    "after_misses": [0, 1, 3, 10, 11, -1, "3 misses in a row", "three", 2**63, 1.5, "2 times", "10 missed sessions"],
    "then": ["take 10% off", "next stage", "reset to 90%", "repeat", "add the increase", "stop"],
    "stages": [["5 × 3", "6 × 2", "10 × 1"], ["5 × 3+", "6 × 2+", "10 × 1+"], ["3 × 5"], [], "5 × 3",
               ["5 x 3", "21 × 1"], ["5 × 0", "6 × 2"], ["5 × 101", "3 × 1"], ["5×3", "6×2"], [5, 3],
               ["3 × 5", "3 × 5"], ["1 × 1", "20 × 100+"], [["5 × 3"]], ["5 × 3", None]],
    "reset": ["85%", "49%", "101%", "reset to 85%", "85", 85, "85 percent", "", None],
    "amrap": [{"0-1": "repeat", "2-3": "add 2.5 kg", "4+": "add 5 kg"}, {"0-1": "repeat", "4+": "add 5 kg"},
              {"0": "repeat", "0+": "add 2.5 kg"}, {"0-3": "repeat", "2+": "add 2.5 kg"}, {"0-1": "repeat"},
              {"0+": "next stage"}, {"0+": "add the increase"}, {0: "repeat", 1: "add 2.5 kg", "2+": "repeat"},
              {"3-1": "repeat", "0+": "repeat"}, {"0-101": "repeat", "102+": "repeat"}, {}, [], "0+: repeat",
              {"0-1": "repeat", "2-99999999999999999999": "repeat", "100000000000000000000+": "repeat"},
              {True: "repeat", "1+": "repeat"}, {None: "repeat"}, {"0+": None}, {"0+": ["repeat"]}],
}
HOSTILE_STEPS = [{"exercise": "Front plank"}, {"exercise": "Front plank", "reps": "20 stone"},
                 {"exercise": "Front plank", "reps": "20-40 s", "load": "20 kg"}, {"reps": "20 s"},
                 {"exercise": "", "reps": 5}, {"exercise": "Push-up", "reps": "20-40 s"}, {"exercise": None},
                 {"exercise": "Front plank", "reps": [5, 3]}, {"exercise": "Nope", "reps": 5}, "Front plank",
                 {"exercise": "Front plank", "reps": {"a": 1}}, {"exercise": ["Push-up"], "reps": 5}, 5, None, [],
                 {"exercise": "Side plank", "reps": "0 s"}, {"exercise": "Side plank", "reps": "99999 min"}]
HOSTILE_KINDS = ["hold", "carry", "ballistic", "Hold", "holds", "reps", "", 5, None, True, ["hold"], {"a": "hold"},
                 "hold\n", "ballistic ", "ｈｏｌｄ"]


def _entries(data: dict):
    """(phase, day, entry dict) for every exercise entry, superset and pair members included."""
    for phase in data.get("phases") or []:
        if not isinstance(phase, dict):
            continue
        for day in phase.get("days") or []:
            if not isinstance(day, dict):
                continue
            for slot in day.get("exercises") or []:
                if not isinstance(slot, dict):
                    continue
                for member in slot.get("superset") or slot.get("pair") or [slot]:
                    if isinstance(member, dict) and "exercise" in member and "sets" in member:
                        yield phase, day, member


@st.composite
def hostile_forms(draw) -> tuple[dict[str, str], bool]:
    """A forms programme (and its library) with its new forms broken: ({file name: text}, whether it must be
    refused: a loop of shares always is)."""
    data = draw(forms_programme())
    lib = FORMS_LIBRARY
    for _ in range(draw(st.integers(1, 3))):
        entries = list(_entries(data))
        if not entries:  # conditioning blocks only
            break
        op = draw(st.sampled_from(["load", "load", "loop", "self", "tier", "warmup", "results", "results",
                                   "step", "kind", "contradict", "raw", "generic"]))
        phase, day, entry = draw(st.sampled_from(entries))
        days = [d for d in phase["days"] if isinstance(d, dict)]
        if op == "load":
            text = draw(st.sampled_from(HOSTILE_LOADS)).format(
                day=draw(st.sampled_from(days))["name"], DAY=draw(st.sampled_from(days))["name"].upper(),
                lift=draw(st.sampled_from(LIFTS + ["back squat", "BACK SQUAT", "Back  squat"])))
            entry["load"] = [text] * (entry["sets"] if isinstance(entry["sets"], int) else 1) if draw(
                st.booleans()) else text
        elif op == "loop" and len(days) > 1:
            # Days that each take the lift's load from the next, round to the first: refused, whatever else the file
            # has. Their own tier makes each share name the loop's entry on the next day; a per-set list closes the
            # loop through its last set.
            ring = draw(st.permutations(days))[:draw(st.integers(2, len(days)))]
            lift = entry["exercise"]
            for here, there in zip(ring, ring[1:] + ring[:1]):
                share = f"{draw(st.integers(50, 110))}% of {draw(st.sampled_from(['', 'the top set of ', 'set 1 of ']))}"
                share += there["name"] + draw(st.sampled_from(["", " last week"]))
                own = draw(st.sampled_from([None, "start", "75%", "60 kg"]))
                here["exercises"].append({"exercise": lift, "tier": "loop", "sets": 2, "reps": 5,
                                          "load": share if own is None else [own, share]})
            return {"programs/test-strength.yml": dump(data), "data/exercises.yml": lib}, True
        elif op == "self":
            # A share of its own day: of itself, or of the same lift at another tier on that day.
            entry["load"] = f"90% of {draw(st.sampled_from(['', 'the top set of ']))}{day['name']}" + draw(
                st.sampled_from(["", " last week"]))
            entry.pop("increase", None)
            if draw(st.booleans()):
                day["exercises"].append({"exercise": entry["exercise"], "sets": 3, "reps": 5, "load": "start",
                                         "tier": draw(st.sampled_from(["T9", entry.get("tier") or "T9"]))})
        elif op == "tier":
            entry["tier"] = draw(st.one_of(st.sampled_from(["", " ", "x" * 21, "T1\nT2", 1, True, None, ["T1"],
                                                            {"a": 1}, "\u2028", "T1 ", "t1"]), odd_text, numbers))
        elif op == "warmup":
            entry["warmup_sets"] = draw(st.one_of(
                st.lists(st.sampled_from(HOSTILE_WARMUPS), min_size=0, max_size=12),
                st.sampled_from(HOSTILE_WARMUPS), numbers, plain_values))
        elif op == "results":
            where = entry if draw(st.booleans()) else phase
            rules = where.get("results") if isinstance(where.get("results"), dict) else {}
            for key in draw(st.lists(st.sampled_from(list(HOSTILE_RESULTS) + ["unknown", "Made", "<<"]),
                                     min_size=1, max_size=4)):
                rules[key] = copy.deepcopy(draw(st.one_of(st.sampled_from(HOSTILE_RESULTS.get(key, ["x"])),
                                                          plain_values, odd_text)))
            where["results"] = draw(st.sampled_from([rules, rules, [rules], "take 10% off", None, 5]))
        elif op == "step":
            ladder = entry.get("ladder") if isinstance(entry.get("ladder"), list) else [entry["exercise"]]
            ladder.insert(draw(st.integers(0, len(ladder))), copy.deepcopy(draw(st.sampled_from(HOSTILE_STEPS))))
            entry["ladder"] = ladder
        elif op == "kind":
            name = draw(st.sampled_from(["Back squat", "Front plank", "Suitcase carry", "Kettlebell swing", "Push-up"]))
            value = draw(st.sampled_from(HOSTILE_KINDS))
            marker = f"  - name: {name}\n"
            written = json.dumps(value, ensure_ascii=False)
            lib = lib.replace(marker, f"{marker}    kind: {written}\n", 1)
        elif op == "contradict":
            change = draw(st.sampled_from(["no tm", "no plus", "sets", "increase on share", "results on rpe",
                                           "last week", "weeks", "no increase", "one week"]))
            if change == "no tm":
                data.pop("training_max", None)
            elif change == "no plus":
                entry["reps"] = 5
            elif change == "sets":
                entry["sets"] = draw(st.integers(1, 20))
            elif change == "increase on share":
                entry["increase"] = draw(st.sampled_from(["2.5 kg a session", "5 kg a cycle", "2.5% a week"]))
            elif change == "results on rpe":
                entry["load"] = "RPE 8"
            elif change == "last week":
                entry["load"] = f"80% of {day['name']} last week"
                data["weeks"] = data["weeks"] - phase["weeks"] * phase.pop("cycles", 1) + 1
                phase["weeks"] = 1
            elif change == "weeks":
                entry["weeks"] = [{}] * draw(st.integers(0, 6))
            elif change == "no increase":
                entry["increase"] = "none"
            else:
                data["weeks"] = data["weeks"] - phase["weeks"] * phase.get("cycles", 1) + 1
                phase["weeks"], phase["cycles"] = 1, 1
        elif op == "raw":
            field = draw(st.sampled_from(["load", "tier", "warmup_sets", "results", "reps", "sets"]))
            entry[field] = _Raw(draw(st.sampled_from(RAW)))
        else:
            return {"programs/test-strength.yml": draw(mutated(dump(data), 4)), "data/exercises.yml": lib}, False
    return {"programs/test-strength.yml": dump(data), "data/exercises.yml": lib}, False


__all__ = ["FORMS_LIBRARY", "forms_programme", "hostile_forms", "long_text"]
