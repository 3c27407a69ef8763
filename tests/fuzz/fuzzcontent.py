"""Hypothesis strategies for the owner's content: valid samples mutated, and arbitrary YAML.

A mutation works on the parsed sample (plain Python data): replace a value with one of the wrong
type, a huge or tiny number, long or odd Unicode text, deep nesting or raw YAML (yes/no, tags,
broken syntax); delete or add fields; share a value (an anchor and alias) or merge one mapping into
another (`<<: *anchor`). The result is written back as YAML text.
"""

from __future__ import annotations

import copy
import re

import yaml
from hypothesis import strategies as st
from samples import LIBRARY, PROGRAM, STYLES

CALLS = """\
defaults:
  blog: book
  top: none
calls_to_action:
  - id: book
    heading: Book a session
    text: A first session covers your goals.
    button: Book now
    booking: personal_training
  - id: presale
    heading: Coaching is open
    text: Twelve weeks of coaching.
    button: Enrol
    url: https://fuzz.example/enrol?ref=site
    opens: 2026-11-01
    closes: 2027-02-28
    embed: https://fuzz.example/embed
    before_opening:
      heading: Opens on {opens}
      text: Join the list.
      button: Join
"""
PICKER = """\
if_not_ready: test-strength
experience:
  - answer: New to training
    level: beginner
  - answer: Two years or more
    level: advanced
readiness:
  - question: Can you hold a plank for 30 seconds?
    if_no: Start with the easier programme.
small_kit:
  - kit: mat
    instead: a towel works
"""
FRONT = {
    "title": "A post",
    "description": "About strength.",
    "date": "2026-11-01",
    "cta": "book",
    "related": ["test-strength"],
    "service": "personal training",
    "offers": [{"name": "Single session", "price": 55, "description": "Pay as you go."},
               {"name": "Block of 5", "price": 260.5}],
}
DIRECTIVES = ["[[compare styles: strength, hypertrophy]]", "[[compare styles: all]]",
              "[[compare programmes: test-strength, test-strength]]", "[[call to action]]",
              "[[call to action: presale]]", "[[pull quote: Move well, then load.]]", "[[prices]]",
              "[[programme picker]]"]
# The sample programme with every optional field, so that mutations reach them all.
FULL_PROGRAM = PROGRAM.replace("title: Test Strength\n", "title: Test Strength\nslug: test-strength\ntags: [barbell, strength]\n").replace(
    "            rest: 3 min\n",
    "            rest: 3 min\n            tempo: 3-1-1-0\n            warmup_sets: 2\n            increase: 2.5 kg a week\n"
    "            notes: Keep the bar over mid-foot.\n").replace(
    "      - name: Day B\n", "      - name: Day B\n        focus: Upper body\n        warmup: Five minutes on the bike.\n").replace(
    "    weeks: 2\n", "    weeks: 2\n    notes: Build the groove.\n").replace(
    "            rest: 90 s\n", "            rest: 90 s\n            notes: Move straight from one to the other.\n")
# Every other form a day can hold: a pair with a ladder, alternatives and optional work, and each conditioning block.
BLOCKS = """\
          - pair:
              - exercise: Push-up
                sets: 2
                reps: 5-8
                ladder: [Push-up, Bench press]
                alternatives: [Dead bug]
              - exercise: Dead bug
                sets: 2
                reps: 30 s
                optional: true
            rest: 60 s
            notes: Rest after each.
            only_weeks: [1]
          - amrap: 10 min
            notes: Steady rounds.
            exercises:
              - exercise: Push-up
                reps: 10
                alternatives: [Dead bug]
              - exercise: Dead bug
                reps: 8
                each_side: true
          - emom: 6 min
            alternate: true
            exercises:
              - exercise: Push-up
                reps: 8
              - exercise: Dead bug
                reps: 20 s
          - for_time: 3 rounds
            cap: 12 min
            exercises:
              - exercise: Push-up
                reps: 400 m
                load: 10 kg
          - intervals: 4
            work: {exercise: Push-up, time: 30 s, effort: hard}
            recovery: {time: 90 s, exercise: Dead bug, effort: easy}
            optional: true
          - circuit: 2
            rest: 90 s
            only_weeks: [2]
            exercises:
              - exercise: Dead bug
                reps: 12 cal
          - intervals: 1
            work: {exercise: Push-up, time: 2 min, effort: 'steady, even'}
"""
FULL_PROGRAM = FULL_PROGRAM.replace("  - name: Deload\n", BLOCKS + "  - name: Deload\n", 1)
SAMPLES = {
    "programs/test-strength.yml": FULL_PROGRAM,
    "data/exercises.yml": LIBRARY,
    "data/styles.yml": STYLES,
    "data/calls-to-action.yml": CALLS,
    "data/picker.yml": PICKER,
}
PAGE = "docs/blog/posts/post.md"
# Values in the forms the format accepts, so that many mutants are valid and reach the downloads.
VALID_FORMS = [5, 12, 1, 20, "20 min", "400 m", "1 km", "12 cal", "5 rounds", "8-12", "AMRAP", "5+", "30 s", "2 min", [5, 3, 1], "5/3/1+", "75%", "70-75%", "RPE 8",
               "@9", "RIR 2", "bodyweight", "20 kg", "45 lb", ["65%", "75%", "85%"], 90, "90 s", "2-3 min", "1:30",
               "3-1-1-0", "31X0", 3110, True, False, "strength", ["strength", "hypertrophy"], "beginner", "advanced",
               [], ["barbell"], "https://example.org/x", "mailto:a@b.example", "tel:+441134960123", "none",
               "1-6", "20-90 s", "3-4", "2 to 3", "30-60 s", "1-2 min", "1.5-5 min"]
# Written into the YAML text as they are: YAML 1.1 words, tags, odd numbers and broken syntax.
RAW = ["yes", "no", "on", "off", "Yes", "OFF", "y", "n", "~", "null", "0x1F", "0o17", "017", "1_000", "+12", "-0",
       "1e3", "1E400", ".inf", "-.inf", ".nan", "2026-02-30", "2026-01-01 10:00:00", "12:30", "190:20:30",
       "!!binary aGk=", "!!str 5", "!!int '7'", "!!float 3", "!!set {a, b}", "!!omap [a: 1]", "!!pairs [a: 1]",
       "!!python/object:os.system x", "!custom x", "!!timestamp 2026-01-01", "&a 5", "*undefined", "'unterminated",
       '"\\x00 \\x1b \\u2028"', '"\\uD800"', '"\\U0001F4AA" ', "|", ">", "- - -", "[a, b", "{a: }", "@x", "`x",
       "%YAML", "? complex", "a: b", "[1, [2, [3]]]", "{? [a]: b}", "[[a]]", "{a: {b: {c: d}}}", "&x [*x]",
       "\t5", "5 # comment", "'65% TM'", "65% TM", "85% of 5RM", "'3-4'", "3-4", "30-60 s", "3x8", "3 × 8-12",
       "2-3", "as needed", "12.5", "0.5", "-3", "0", "99999999999999999999999", "4-3", "0-2", "60-30 s", "3 to 30"]
ODD_CHARS = ("\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\xa0\xad\u200b\u200d\u200e\u202e\u2028\u2029\ufeff\ufffd"
             "\U0001F4AA\U0001F3CB\u0301\u0645\u05d0\u4e2d\uac00<>&\"'`\\{}[]%#*_|=:;/-–—×")
_MARKER = "zzrawzz{}zz"


@st.composite
def long_text(draw) -> str:
    kind = draw(st.sampled_from(["words", "unbroken", "lines", "paragraphs", "repeat"]))
    size = draw(st.sampled_from([80, 101, 201, 301, 500, 2000, 6000]))
    if kind == "words":
        return ("Brace and breathe before each rep. " * (size // 34 + 1))[:size]
    if kind == "unbroken":
        return "x" * size
    if kind == "lines":
        return "\n".join(["A line of notes"] * (size // 16 + 1))
    if kind == "paragraphs":
        return "\n\n".join(["Two pasted paragraphs of coaching notes, long and wordy. " * 10] * (size // 570 + 1))
    chunk = draw(st.text(min_size=1, max_size=12))
    return (chunk * (size // len(chunk) + 1))[:size]


odd_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.sampled_from(ODD_CHARS), max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    long_text(),
    st.sampled_from(["", " ", "\n", "  padded  ", "Back squat", "back SQUAT", "test-strength", "none", "all",
                     "javascript:alert(1)", "<script>alert(1)</script>", "{{ x }}", "{% x %}", "=1+1", "@SUM(A1)",
                     "[[pull quote: x]]", "**bold** _it_ `code` [l](http://x)", "# heading", "- item", "| a |",
                     "Жим лёжа", "深蹲", "🏋️", "a\u0301", "\u202eevil", "CON", "../../etc/passwd", "index", "compare"]),
)
numbers = st.one_of(
    st.integers(-10, 120),
    st.sampled_from([0, -1, 2**31, 2**63, 10**30, -(10**30)]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.5, 1e-300, 5e-324, 1e300, 3.0, 2.5]),
)
plain_values = st.recursive(
    st.one_of(st.none(), st.booleans(), numbers, odd_text),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)
deep = st.builds(lambda n, kind: {"list": "[" * n + "]" * n, "map": "{a: " * n + "b" + "}" * n,
                                  "block": "".join(f"\n{'  ' * i}- " for i in range(min(n, 300))) + "x"}[kind],
                 st.sampled_from([20, 60, 200, 1000, 5000, 50_000]), st.sampled_from(["list", "map", "block"]))


class _Raw(str):
    """A value written into the YAML text unchanged."""


def _paths(data, path=()):
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, path + (index,))


def _get(data, path):
    for part in path:
        data = data[part]
    return data


def _set(data, path, value):
    if not path:
        return value
    _get(data, path[:-1])[path[-1]] = value
    return data


@st.composite
def mutated(draw, text: str, max_mutations: int = 4):
    """The sample `text` with up to `max_mutations` changes, as YAML text."""
    data = yaml.safe_load(text)
    for _ in range(draw(st.integers(0, max_mutations))):
        paths = list(_paths(data))
        op = draw(st.sampled_from(["valid", "valid", "odd", "raw", "text", "text", "long", "long", "number",
                                   "delete", "extra", "alias", "merge", "wrap", "unwrap", "deep", "grow"]))
        # Text and number changes go where the sample has text or a number, so that they reach the outputs.
        kinds = {"text": str, "long": str, "number": (int, float)}
        if op in kinds:
            typed = [p for p in paths if isinstance(_get(data, p), kinds[op]) and not isinstance(_get(data, p), bool)]
            paths = typed or paths
        path = draw(st.sampled_from(paths))
        target = _get(data, path)
        if op == "valid":
            data = _set(data, path, copy.deepcopy(draw(st.sampled_from(VALID_FORMS))))
        elif op == "odd":
            data = _set(data, path, draw(plain_values))
        elif op == "raw":
            data = _set(data, path, _Raw(draw(st.sampled_from(RAW))))
        elif op == "deep":
            data = _set(data, path, _Raw(draw(deep)))
        elif op == "text":
            data = _set(data, path, draw(odd_text))
        elif op == "long":
            data = _set(data, path, draw(long_text()))
        elif op == "number":
            data = _set(data, path, draw(numbers))
        elif op == "delete" and path:
            del _get(data, path[:-1])[path[-1]]
        elif op == "extra" and isinstance(target, dict):
            names = [p[-1] for p in paths if p and isinstance(p[-1], str)] + ["warmup_set", "rset", "Sets", "<<"]
            key = draw(st.one_of(st.sampled_from(names), st.text(min_size=1, max_size=10)))
            target[key] = draw(st.one_of(st.sampled_from(VALID_FORMS), plain_values))
        elif op == "alias":
            other = _get(data, draw(st.sampled_from(paths)))
            if other is not data and not _contains(other, target):
                data = _set(data, path, other)  # the same object twice: written as &anchor and *alias
        elif op == "merge" and isinstance(target, dict):
            sources = [p for p in paths if isinstance(_get(data, p), dict) and _get(data, p) is not target
                       and not _contains(_get(data, p), target)]
            if sources:
                target["<<"] = _get(data, draw(st.sampled_from(sources)))
        elif op == "wrap":
            data = _set(data, path, [target])
        elif op == "unwrap" and isinstance(target, list) and target:
            data = _set(data, path, target[0])
        elif op == "grow" and isinstance(target, list) and target:
            target.extend(copy.deepcopy(target[:1]) * draw(st.integers(1, 30)))
    return dump(data)


def _contains(outer, inner) -> bool:
    if outer is inner:
        return True
    if isinstance(outer, dict):
        return any(_contains(v, inner) for v in outer.values())
    if isinstance(outer, list):
        return any(_contains(v, inner) for v in outer)
    return False


def dump(data) -> str:
    raws: list[str] = []

    class Dumper(yaml.SafeDumper):
        pass

    def raw(dumper, value):
        raws.append(str(value))
        return dumper.represent_scalar("tag:yaml.org,2002:str", _MARKER.format(len(raws) - 1))

    Dumper.add_representer(_Raw, raw)
    text = yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=10_000)
    text = text.replace("'<<':", "<<:")
    return re.sub(r"zzraw(\d+)zz", lambda m: raws[int(m.group(1))], text) if raws else text


arbitrary_yaml = st.one_of(
    plain_values.map(dump),
    st.text(max_size=200),
    st.lists(st.sampled_from(RAW + ["a:", "- b", "  c: d", "---", "...", "#", "<<: *a", "x: &a {y: 1}"]),
             max_size=8).map("\n".join),
    st.binary(max_size=60).map(lambda b: b"\xff" + b),
)


@st.composite
def page(draw, mutate: bool = True) -> str:
    front = dump(FRONT)
    if mutate:
        front = draw(st.one_of(mutated(front), arbitrary_yaml.filter(lambda t: isinstance(t, str))))
    lines = draw(st.lists(st.one_of(st.sampled_from(DIRECTIVES),
                                    st.builds(lambda k, a: f"[[{k}: {a}]]",
                                              st.sampled_from(["compare styles", "compare programmes", "cta",
                                                               "pull quote", "prices", "programme picker", "nope"]),
                                              odd_text.map(lambda t: t.replace("\n", " ").replace("]]", ""))),
                                    odd_text), max_size=5))
    return f"---\n{front}---\n\n# Heading\n\n" + "\n\n".join(lines) + "\n"


# Values each field accepts, so that a programme stays valid while its text, numbers and shape vary:
# these inputs reach the pages and every download.
short_text = st.one_of(st.text(alphabet=st.sampled_from(ODD_CHARS + "abc XYZ 123"), min_size=1, max_size=40),
                       st.text(min_size=1, max_size=40)).filter(lambda t: t.strip())
prose = st.one_of(short_text, long_text(), st.sampled_from([
    "**Bold** and _italic_, a [link](https://example.org/a?b=1&c=2), `code`.\n\n- one\n- two\n\n1. first\n2. second",
    "# Heading\n\n> quote\n\n<b>raw html</b> <script>x</script> [bad](javascript:alert(1))",
    "Line one  \nline two\n\n| a | b |\n|---|---|\n| 1 | 2 |", "&amp; &lt; &#0; &#x110000; \\ \\\\"]))
VALID_BY_FIELD = {
    "title": short_text, "summary": short_text, "description": prose, "progression": prose, "notes": prose,
    "warmup": prose, "focus": short_text, "name": short_text, "readiness": st.lists(short_text, min_size=1, max_size=4),
    "tags": st.lists(short_text, max_size=3),
    "sets": st.one_of(st.integers(1, 20), st.sampled_from(["3-4", "1-20", "2 to 3", "3–4", " 1 - 2 "])),
    "warmup_sets": st.integers(0, 10), "each_side": st.booleans(),
    "deload": st.booleans(), "sessions_per_week": st.integers(1, 7), "session_minutes": st.integers(10, 240),
    "level": st.sampled_from(["beginner", "intermediate", "advanced"]),
    "goal": st.sampled_from(["strength", "hypertrophy", "general fitness", ["strength", "general fitness"]]),
    "reps": st.sampled_from([1, 5, 100, "8-12", "1-100", "AMRAP", "max", "5+", "30 s", "60 min", "1.5 min", "5 s",
                             "30-60 s", "30–60 sec", "1-2 min", "1 s-60 min", "30 s - 1 min", "0.5-1.5 minutes"]),
    "load": st.sampled_from(["75%", "70-75 %", "110% 1RM", "RPE 8", "@9.5", "RIR 0", "2 RIR", "bodyweight", "BW",
                             "0.5 kg", "500 lb", "20-25 kg"]),
    "rest": st.sampled_from([0, 900, "90 s", "2 min", "2-3 min", "60-90 s", "1:30", "15 min", "1.5-5 min",
                             "90-120 sec", "1.5 min", "30 s-15 min"]),
    "tempo": st.sampled_from(["3-1-1-0", "31X0", "X0X0", 3110, "2 0 1 0"]),
    "exercise": st.sampled_from(["Back squat", "back SQUAT", "bench-press", "Push-up", "dead bug"]),
    "amrap": st.sampled_from(["10 s", "20 min", "1.5 min", "120 min"]), "emom": st.sampled_from(["1 min", "12 min"]),
    "cap": st.sampled_from(["20 min", "90 s"]), "time": st.sampled_from(["10 s", "30 s", "2 min"]),
    "for_time": st.sampled_from([1, 100, "5 rounds", "1 round"]), "circuit": st.integers(1, 100),
    "intervals": st.integers(1, 100), "alternate": st.booleans(), "optional": st.booleans(),
    "only_weeks": st.sampled_from([[1], [2], [1, 2], [2, 1], [1, 3]]),
    "increase": st.sampled_from(["2.5 kg a week", "5 lb a session", "2.5% a week", "1% a session", "5 kg a cycle",
                                 "2.5 kg at the top of the range", "none"]),
    "effort": short_text.filter(lambda t: len(t.strip()) <= 40),
    "alternatives": st.lists(st.sampled_from(["Push-up", "dead bug", "Back squat"]), max_size=3),
}


@st.composite
def valid_programme(draw) -> str:
    """The full sample with valid values in place of its own, and more days, exercises and supersets."""
    data = yaml.safe_load(FULL_PROGRAM)
    for _ in range(draw(st.integers(1, 12))):
        paths = [p for p in _paths(data) if p and isinstance(p[-1], str) and p[-1] in VALID_BY_FIELD]
        path = draw(st.sampled_from(paths))
        value = draw(VALID_BY_FIELD[path[-1]])
        if path[-1] == "sets":  # a per-set list must keep one entry per set
            sibling = _get(data, path[:-1])
            for key in ("reps", "load"):
                if isinstance(sibling.get(key), list):
                    sibling[key] = sibling[key][0]
        data = _set(data, path, value)
    for _ in range(draw(st.integers(0, 2))):
        lists = [p for p in _paths(data) if p and p[-1] in ("days", "exercises", "superset", "pair")]
        target = _get(data, draw(st.sampled_from(lists)))
        target.extend(copy.deepcopy(target[-1:]) * draw(st.integers(1, 4)))
    return dump(data)


# ---------------------------------------------------------------- article bodies: HTML, links, footnotes, code

# Pieces an author (or a hostile guest author) might write; the fuzzer mixes them with odd text.
HTML_PIECES = [
    "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
    '<img src="x.png" alt="ok">', "<iframe src=javascript:alert(1)></iframe>",
    '<iframe src="https://www.youtube-nocookie.com/embed/abcDEF12345"></iframe>', '<iframe src="https://evil.example/">',
    "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "![p](data:image/svg+xml,<svg onload=alert(1)>)",
    '<a href="jav&#x61;script:alert(1)">x</a>', '<a href="java&#x09;script:alert(1)">x</a>',
    "<a href='vbscript:x'>v</a>", "<svg><script>alert(1)</script></svg>", "<svg onload=alert(1)>",
    "<math><a xlink:href=javascript:alert(1)>m</a></math>", "<form action=https://evil.example/><input></form>",
    "<details open ontoggle=alert(1)>d</details>", '<div markdown>\n**bold**\n</div>', "<abbr title=x>AB</abbr>",
    "`<script>alert(1)</script>`", "```\n<script>alert(1)</script>\n```", "~~~~\n```\n<script>x</script>\n~~~~",
    "    <script>indented</script>", "Claim[^1].\n\n[^1]: <img src=x onerror=alert(1)>", "[^n]: [x](javascript:y)",
    "[ref]\n\n[ref]: javascript:alert(1)", "<https://example.org/>", "<javascript:alert(1)>", "<!-- <script> -->",
    "<style>body{display:none}</style>", "<object data=x.swf></object>", "<base href=https://evil.example/>",
    "<meta http-equiv=refresh content='0;url=https://evil.example/'>", "[ok](https://example.org/ 'title')",
]


@st.composite
def article(draw) -> str:
    """An article's Markdown: valid front matter, a body of HTML pieces and odd text."""
    pieces = draw(st.lists(st.one_of(st.sampled_from(HTML_PIECES), odd_text,
                                     st.tuples(st.sampled_from(HTML_PIECES), st.sampled_from(HTML_PIECES))
                                     .map(" ".join)), min_size=1, max_size=6))
    return f"---\n{dump(FRONT)}---\n\n# Heading\n\n" + "\n\n".join(pieces) + "\n"


@st.composite
def picture(draw) -> bytes:
    """A picture file: a real one, a damaged one, or anything at all."""
    import io

    from PIL import Image

    kind = draw(st.sampled_from(["PNG", "JPEG", "WEBP", "GIF", "BMP"]))
    size = (draw(st.integers(1, 64)), draw(st.integers(1, 64)))
    buffer = io.BytesIO()
    Image.new(draw(st.sampled_from(["RGB", "RGBA", "L", "1", "P"])) if kind != "JPEG" else "RGB", size).save(
        buffer, format=kind)
    data = buffer.getvalue()
    cut = draw(st.one_of(st.none(), st.integers(0, max(0, len(data) - 1))))
    return draw(st.one_of(st.just(data if cut is None else data[:cut]), st.binary(max_size=200)))
