"""The domain model: the exercise library and programmes, validated by pydantic.

Field names here are the YAML field names, and the JSON Schemas in schemas/
are generated from these classes, so the editor, the validator and the pages
agree by construction.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    PlainSerializer,
    PlainValidator,
    Tag,
    WithJsonSchema,
    field_validator,
)
from pydantic_core import PydanticCustomError

from studio.format.blockvalues import Work, parse_duration, parse_rounds, parse_work
from studio.format.ladders import LadderStep, parse_ladder_step
from studio.format.rules import (
    ACTION_HELP,
    Action,
    Row,
    Stage,
    parse_action,
    parse_misses,
    parse_reset,
    parse_stages,
    parse_table,
)
from studio.format.values import (
    Increase,
    Load,
    Reps,
    Rest,
    SetCount,
    Warmup,
    parse_increase,
    parse_load,
    parse_only_weeks,
    parse_reps,
    parse_rest,
    parse_sets,
    parse_tempo,
    parse_warmups,
)
from studio.format.vocab import GOALS, LEVELS, LINE_PATTERN, SAFE_URL, SLUG_PATTERN, slugify


def parsed(parser, message_type: str):
    def validate(value: Any):
        try:
            return parser(value)
        except ValueError as error:
            raise PydanticCustomError(message_type, str(error)) from None

    return PlainValidator(validate)


_TIME_UNIT = "(s|sec|secs|second|seconds|min|mins|minute|minutes)"
_REP_ITEM = {
    "anyOf": [
        {"type": "integer", "minimum": 1, "maximum": 100},
        {
            "type": "string",
            "pattern": r"^\s*(\d+|\d+\s*[-–—]\s*\d+|\d+\s*\+|[Aa][Mm][Rr][Aa][Pp]|[Mm][Aa][Xx]|"
            rf"(\d+(\.\d+)?\s*{_TIME_UNIT}?\s*[-–—]\s*)?\d+(\.\d+)?\s*{_TIME_UNIT})\s*$",
        },
    ]
}
_LOAD_ITEM = {
    "type": "string",
    "pattern": r"^\s*(?i:bodyweight|bw|body weight|start|start weight|starting weight|(rpe|@|rir)\s*[\d.]+"
    r"(\s*[-–—]\s*[\d.]+)?|[\d.]+(\s*[-–—]\s*[\d.]+)?\s*(%.*|rir|kg|kgs|lb|lbs))\s*$",
}
def _sets(value: Any) -> SetCount:
    """A number of sets or a range. Anything that is neither is reported as a wrong number (validation.py),
    so `sets: yes`, `sets: '3'` and `sets: 3x5` keep their own messages."""
    if isinstance(value, int) and not isinstance(value, bool) or isinstance(value, str) and _SET_RANGE.match(value):
        try:
            return parse_sets(value)
        except ValueError as error:
            raise PydanticCustomError("sets", str(error)) from None
    raise PydanticCustomError("int_type", "Input should be a valid integer")


_SET_RANGE = re.compile(r"^\s*\d+\s*(?:[-–—]|to)\s*\d+\s*$")
SetsField = Annotated[
    SetCount,
    PlainValidator(_sets),
    PlainSerializer(lambda sets: str(sets) if sets.is_range else sets.low),
    WithJsonSchema({"description": "Working sets: a number from 1 to 20, or a range such as '3-4' (the sets past "
                                   "the first number are done when the day allows).",
                    "anyOf": [{"type": "integer", "minimum": 1, "maximum": 20},
                              {"type": "string", "pattern": _SET_RANGE.pattern}]}),
]
LadderStepField = Annotated[
    LadderStep,
    parsed(parse_ladder_step, "ladder_step"),
    WithJsonSchema({"anyOf": [{"type": "string", "minLength": 1}, {
        "type": "object", "additionalProperties": False, "required": ["exercise", "reps"],
        "properties": {"exercise": {"type": "string", "minLength": 1},
                       "reps": {**_REP_ITEM, "description": "The step's own target, e.g. '20-30 s' or '3-5'."}}}]}),
]
RepsField = Annotated[
    tuple[Reps, ...],
    parsed(parse_reps, "reps"),
    WithJsonSchema(
        {
            "description": "Reps per set: 5, '8-12', 'AMRAP', '5+', '30 s', a timed range '30-60 s', or a per-set list such as [5, 3, 1] or '5/3/1'.",
            "anyOf": [
                _REP_ITEM["anyOf"][0],
                {"type": "string", "pattern": r"^\s*[^/]+(/[^/]+)+\s*$"},
                _REP_ITEM["anyOf"][1],
                {"type": "array", "minItems": 2, "items": _REP_ITEM},
            ],
        }
    ),
]
LoadField = Annotated[
    tuple[Load, ...],
    parsed(parse_load, "load"),
    WithJsonSchema(
        {
            "description": "Load: '75%' (of 1RM), '85% TM' (of the training max), '85% 5RM' (of a 5-rep max), "
                           "'60% TM of Back squat' (of another lift's max), '80% of Day A' (of that day's load: "
                           "also 'the top set of Day A', 'set 2 of Day A', 'Day A last week'), 'RPE 8', 'RIR 2', 'bodyweight', '20 kg', '45 lb', "
                           "'start' (the reader's start weight), or a per-set list.",
            "anyOf": [_LOAD_ITEM, {"type": "array", "minItems": 2, "items": _LOAD_ITEM}],
        }
    ),
]
RestField = Annotated[
    Rest,
    parsed(parse_rest, "rest"),
    WithJsonSchema(
        {
            "description": "Rest after each set: 90 (seconds), '90 s', '2 min', '2-3 min', '1.5-5 min'.",
            "anyOf": [{"type": "integer", "minimum": 0, "maximum": 900}, {"type": "string"}],
        }
    ),
]
TempoField = Annotated[
    str,
    parsed(parse_tempo, "tempo"),
    WithJsonSchema(
        {
            "description": "Eccentric-pause-lift-pause in seconds, X for explosive: '3-1-1-0'.",
            "type": "string",
            "pattern": r"^\s*[0-9Xx]([-–\s]*[0-9Xx]){3}\s*$",
        }
    ),
]
IncreaseField = Annotated[
    Increase,
    parsed(parse_increase, "increase"),
    WithJsonSchema(
        {
            "description": "How the load goes up: '2.5 kg a session', '5 lb a week', '2.5% a week', '5 kg a cycle', "
                           "'2.5 kg at the top of the range' (double progression), or 'none'.",
            "type": "string",
        }
    ),
]
WarmupsField = Annotated[
    Union[int, tuple[Warmup, ...]],
    parsed(parse_warmups, "warmup"),
    WithJsonSchema({"description": "Ramp-up sets before the working sets: how many (2), or each one: "
                                   "['bar × 5', '40% × 5' (of the first working set), '40% TM × 5' (of the training "
                                   "max), '50% 1RM × 5', '20 kg × 3'].",
                    "anyOf": [{"type": "integer", "minimum": 0, "maximum": 10},
                              {"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string"}}]}),
]
OnlyWeeksField = Annotated[
    tuple[int, ...],
    parsed(parse_only_weeks, "only_weeks"),
    PlainSerializer(list),
    WithJsonSchema({"description": "The weeks of the phase this is done in, counted from the phase's first week "
                                   "(in every run of a phase with cycles), e.g. [1, 2, 3] to leave it out of a fourth, "
                                   "deload week; left out, it is done every week.",
                    "type": "array", "minItems": 1, "uniqueItems": True,
                    "items": {"type": "integer", "minimum": 1, "maximum": 52}}),
]
# How the figures count an exercise that is not counted in working sets (plan/figures.py).
EXERCISE_KINDS = ("hold", "carry", "ballistic")
ONLY_WEEKS_HELP = "The weeks of the phase it is done in, e.g. [1, 2, 3]; left out, every week."
Text = Annotated[str, Field(min_length=1)]
Line = Annotated[str, Field(min_length=1, pattern=LINE_PATTERN)]  # a title, name or label: shown on one line
Url = Annotated[str, Field(pattern=SAFE_URL.pattern, description="An http(s), mailto: or tel: link.")]


class StrictModel(BaseModel):
    """Frozen, no unknown fields, surrounding spaces trimmed: what every owner-written file is read into."""

    # strict: a number must be a number and text text; lax mode took `sets: true` as 1 and "3" as 3.
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, strict=True)


# ---------------------------------------------------------------- library


class DemoImage(StrictModel):
    """A picture of the exercise, from a file in the repository (resized when the site is built)."""

    file: Text = Field(description="Path from the repository's top folder, under data/images/, e.g. "
                                   "data/images/exercises/back-squat.png. PNG, JPEG or WebP.")
    alt: Line = Field(max_length=250, description="What the picture shows, for readers who cannot see it.")
    caption: str = Field("", max_length=200, description="Optional line shown under the picture.")


class ExerciseInfo(StrictModel):
    """One exercise in the library."""

    name: Line = Field(description="Unique name; programmes refer to the exercise by it.")
    summary: str = Field("", max_length=300, description="One plain sentence on what it is for.")
    primary: list[Text] = Field(min_length=1, description="Main muscle groups, from the library's muscles list.")
    secondary: list[Text] = Field(default_factory=list, description="Other muscle groups worked.")
    equipment: list[Text] = Field(default_factory=list, description="Kit needed, from the equipment list; [] for none.")
    cues: list[Text] = Field(min_length=1, description="Short coaching cues, one per item.")
    link: Url | None = Field(None, description="Optional link to a demonstration.")
    images: list[DemoImage] = Field(default_factory=list, max_length=6, description="Pictures showing the exercise.")
    video: Url | None = Field(None, description="A YouTube or Vimeo video of the exercise; "
                                                "it plays in the page only when the reader asks.")
    kind: Literal[EXERCISE_KINDS] | None = Field(None, description=(  # type: ignore[valid-type]
        "How the programme figures count it, when not as working sets: 'hold' (a held position such as a plank: "
        "minutes held), 'carry' (a loaded walk: minutes carried), 'ballistic' (swings, snatches, cleans: reps, or "
        "minutes when the sets are timed). Leave it out for ordinary sets of reps."))

    @property
    def slug(self) -> str:
        return slugify(self.name)


class Library(StrictModel):
    """The exercise library: vocabularies, then the exercises."""

    equipment: list[Text] = Field(min_length=1, description="Every piece of kit exercises and programmes may name.")
    muscles: list[Text] = Field(min_length=1, description="Every muscle group exercises may name.")
    exercises: list[ExerciseInfo] = Field(min_length=1)

    def by_name(self) -> dict[str, ExerciseInfo]:
        """How programmes find an exercise: by name, ignoring case, or by its page name."""
        found = {info.name.lower(): info for info in self.exercises}
        found.update({info.slug: info for info in self.exercises})
        return found


# ---------------------------------------------------------------- programmes


ActionField = Annotated[
    Action,
    parsed(parse_action, "results"),
    PlainSerializer(str),
    WithJsonSchema({"description": f"What the next session does: {ACTION_HELP}.", "type": "string"}),
]
StagesField = Annotated[
    tuple[Stage, ...],
    parsed(parse_stages, "results"),
    PlainSerializer(lambda stages: [str(stage) for stage in stages]),
    WithJsonSchema({"description": "Set-and-rep schemes in the order a miss moves through them, the first the "
                                   "exercise's own: ['5 × 3', '6 × 2', '10 × 1'] ('10 × 1+' for a last set of as "
                                   "many as you can).",
                    "type": "array", "minItems": 2,
                    "items": {"type": "string", "pattern": r"^\s*\d+\s*[xX×]\s*\d+\s*\+?\s*$"}}),
]
TableField = Annotated[
    tuple[Row, ...],
    parsed(parse_table, "results"),
    PlainSerializer(lambda rows: {row.reps_text: str(row.then) for row in rows}),
    WithJsonSchema({"description": "What follows the reps made on the '+' set: every count from 0 up, the last "
                                   "open-ended, e.g. {0-1: repeat, 2-3: add 2.5 kg, 4+: add 5 kg}.",
                    "type": "object", "minProperties": 1,
                    "propertyNames": {"pattern": r"^\s*\d+\s*(\+|[-–—]\s*\d+)?\s*$"},
                    "additionalProperties": {"type": "string"}}),
]
MissesField = Annotated[
    int,
    parsed(parse_misses, "results"),
    WithJsonSchema({"description": "How many missed sessions in a row before `then` follows instead of `missed`: "
                                   "1 to 10.", "anyOf": [{"type": "integer", "minimum": 1, "maximum": 10},
                                                          {"type": "string"}]}),
]
ResetField = Annotated[
    float,
    parsed(parse_reset, "results"),
    PlainSerializer(lambda share: f"{share:g}%"),
    WithJsonSchema({"description": "After the last stage is missed: back to the first stage at this share of the "
                                   "load, e.g. '85%'.", "type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*%\s*$"}),
]


class Results(StrictModel):
    """What the next session does, by how this one went: the result rules of an exercise, or of every exercise
    of a phase that has a load. A session is made when every target rep of every set is made."""

    made: ActionField | None = Field(None, description="After a session made: 'add the increase' (the default where "
                                                       "there is one), 'add 2.5 kg', 'repeat' or 'take 5% off'.")
    missed: ActionField | None = Field(None, description="After a missed session: 'repeat' (the default), "
                                                         "'take 10% off', 'next stage' or 'reset to 90%'.")
    after_misses: MissesField | None = None
    then: ActionField | None = Field(None, description="What follows `after_misses` misses in a row, instead of "
                                                       "`missed`: 'take 10% off', 'next stage' or 'reset to 90%'.")
    stages: StagesField | None = None
    reset: ResetField | None = None
    amrap: TableField | None = None


class WeekChange(StrictModel):
    """What changes in one week of a phase; what it leaves out stays as the exercise gives it."""

    sets: SetsField | None = Field(None, description="Working sets this week.")
    reps: RepsField | None = None
    load: LoadField | None = None


class Exercise(StrictModel):
    """One exercise as prescribed on a training day."""

    exercise: Text = Field(description="The exercise's name in the exercise library.")
    sets: SetsField = Field(description="Working sets.")
    reps: RepsField
    load: LoadField | None = None
    rest: RestField | None = None
    tempo: TempoField | None = None
    warmup_sets: WarmupsField = 0
    each_side: bool = Field(False, description="True when the reps are per side, leg or arm.")
    weeks: list[WeekChange] | None = Field(
        None, description="One entry per week of the phase: the sets, reps or load that week, where they change.")
    increase: IncreaseField | None = None
    tier: Line | None = Field(None, max_length=20, description=(
        "A name for this entry of the lift, such as 'T1' or 'heavy': its start weight and its count of sessions for "
        "an increase belong to the entry, apart from the lift's other entries. Left out, they belong to the lift."))
    results: Results | None = Field(None, description="What the next session does by how this one went; the "
                                                      "phase's results when left out.")
    rule: str = Field("", description="A rule that depends on the day's result, in words, for what results: "
                                      "cannot say.")
    notes: str = ""
    ladder: list[LadderStepField] | None = Field(None, min_length=2, description=(
        "A progression ladder: the variants of the exercise from easiest to hardest, by their library names; "
        "the exercise is the step the plan starts on. A step measured otherwise than the entry's reps gives its "
        "own target: {exercise: Support hold, reps: 20-30 s}."))
    alternatives: list[Text] = Field(default_factory=list, description="Exercises that can be done instead "
                                                                        "(shown as 'or: ...').")
    optional: bool = Field(False, description="True for optional work, left out of the figures.")
    only_weeks: OnlyWeeksField | None = Field(None, description=ONLY_WEEKS_HELP)

    @property
    def warmup_count(self) -> int:
        return len(self.warmup_sets) if isinstance(self.warmup_sets, tuple) else self.warmup_sets

    def rep_for_set(self, index: int) -> Reps:
        return self.reps[index] if len(self.reps) > 1 else self.reps[0]

    def load_for_set(self, index: int) -> Load | None:
        if not self.load:
            return None
        return self.load[index] if len(self.load) > 1 else self.load[0]


class Superset(StrictModel):
    """Exercises done back to back, resting after each round."""

    superset: list[Exercise] = Field(min_length=2, description="Two or more exercises done back to back.")
    rest: RestField | None = None
    notes: str = ""
    only_weeks: OnlyWeeksField | None = Field(None, description=ONLY_WEEKS_HELP)


class Pair(StrictModel):
    """Exercises done in alternation with a rest after each one: A1, rest, A2, rest, for every set."""

    pair: list[Exercise] = Field(min_length=2, max_length=3, description="Two exercises (three for a triplet), "
                                                                          "done in turn with a rest after each.")
    rest: RestField | None = Field(None, description="Rest after each exercise, unless the exercise gives its own.")
    notes: str = ""
    only_weeks: OnlyWeeksField | None = Field(None, description=ONLY_WEEKS_HELP)


# ---------------------------------------------------------------- conditioning blocks

WorkField = Annotated[
    Work,
    parsed(parse_work, "work"),
    WithJsonSchema({"description": "The work each round or minute: reps (15, '8-12'), a time ('30 s'), a distance "
                                   "('400 m', '1 km') or calories ('12 cal').",
                    "anyOf": [{"type": "integer", "minimum": 1, "maximum": 100}, {"type": "string"}]}),
]
DurationField = Annotated[
    int,
    parsed(parse_duration, "duration"),
    WithJsonSchema({"description": "A length of time with its unit: '20 min', '90 s'.", "type": "string",
                    "pattern": r"^\s*\d+(\.\d+)?\s*(s|sec|secs|second|seconds|min|mins|minute|minutes)\s*$"}),
]
RoundsField = Annotated[
    int,
    parsed(parse_rounds, "rounds"),
    WithJsonSchema({"description": "How many rounds: 5 or '5 rounds'.",
                    "anyOf": [{"type": "integer", "minimum": 1, "maximum": 100},
                              {"type": "string", "pattern": r"^\s*\d+\s*(rounds?)?\s*$"}]}),
]


class BlockExercise(StrictModel):
    """One exercise of a conditioning block, and its work each round or minute."""

    exercise: Text = Field(description="The exercise's name in the exercise library.")
    reps: WorkField
    load: LoadField | None = Field(None, description="One load for every round, e.g. '16 kg' or 'RPE 7'.")
    each_side: bool = Field(False, description="True when the reps are per side, leg or arm.")
    alternatives: list[Text] = Field(default_factory=list, description="Easier or different exercises to scale "
                                                                        "with (shown as 'or: ...').")
    notes: str = ""


class _Block(StrictModel):
    exercises: list[BlockExercise] = Field(min_length=1, description="The exercises, in order.")
    optional: bool = Field(False, description="True for optional work, left out of the figures.")
    notes: str = ""
    only_weeks: OnlyWeeksField | None = Field(None, description=ONLY_WEEKS_HELP)


class Amrap(_Block):
    """As many rounds and reps as possible in a set time."""

    amrap: DurationField = Field(description="How long: '20 min'.")


class Emom(_Block):
    """Every minute on the minute: the work starts each minute; what is left of the minute is rest."""

    emom: DurationField = Field(description="How long, in whole minutes: '12 min'.")
    alternate: bool = Field(False, description="True when the exercises take turns, one a minute; "
                                               "false when all of them are done every minute.")


class ForTime(_Block):
    """A set number of rounds, as fast as possible, with an optional time cap."""

    for_time: RoundsField = Field(description="How many rounds: 5.")
    cap: DurationField | None = Field(None, description="Stop here if the rounds are not done: '20 min'.")


class Circuit(_Block):
    """Stations in order, a set number of rounds, with rest between rounds."""

    circuit: RoundsField = Field(description="How many rounds: 3.")
    rest: RestField | None = Field(None, description="Rest after each round.")


class IntervalWork(StrictModel):
    exercise: Text = Field(description="The exercise's name in the exercise library.")
    time: DurationField = Field(description="How long each effort lasts: '30 s'.")
    effort: str = Field("", max_length=40, description="How hard, in a few words: 'hard', 'RPE 9'.")


class IntervalRecovery(StrictModel):
    time: DurationField = Field(description="How long each recovery lasts: '90 s'.")
    exercise: Text | None = Field(None, description="For an active recovery, the exercise; leave out to rest.")
    effort: str = Field("", max_length=40, description="How easy, in a few words: 'easy', 'walk'.")


class Intervals(StrictModel):
    """Work and recovery, repeated; or one continuous effort (intervals: 1 with no recovery)."""

    intervals: RoundsField = Field(description="How many efforts: 8; 1 for one continuous effort.")
    work: IntervalWork
    recovery: IntervalRecovery | None = Field(None, description=(
        "The rest or easier work after each effort; leave it out only for one continuous effort (intervals: 1)."))
    optional: bool = Field(False, description="True for optional work, left out of the figures.")
    notes: str = ""
    only_weeks: OnlyWeeksField | None = Field(None, description=ONLY_WEEKS_HELP)


# A slot's kind is its first-class key; pydantic puts these tags in error paths, and brackets keep them
# apart from field names.
EXERCISE_TAG = "<exercise>"
SLOT_KINDS: dict[str, type[StrictModel]] = {
    "superset": Superset, "pair": Pair, "amrap": Amrap, "emom": Emom, "for_time": ForTime,
    "intervals": Intervals, "circuit": Circuit,
}
SLOT_TAGS: dict[str, type[StrictModel]] = {EXERCISE_TAG: Exercise, **{f"<{k}>": m for k, m in SLOT_KINDS.items()}}
Block = Union[Amrap, Emom, ForTime, Intervals, Circuit]
BLOCKS = (Amrap, Emom, ForTime, Intervals, Circuit)


def _slot_kind(value: Any) -> str:
    if isinstance(value, dict):
        for key in SLOT_KINDS:
            if key in value:
                return f"<{key}>"
    return EXERCISE_TAG


Slot = Annotated[
    Union[tuple(Annotated[model, Tag(tag)] for tag, model in SLOT_TAGS.items())],  # type: ignore[misc]
    Discriminator(_slot_kind),
]


class Day(StrictModel):
    """A training-day template."""

    name: Line
    focus: str = ""
    warmup: str = Field("", description="General warm-up for the day, in plain words.")
    exercises: list[Slot] = Field(min_length=1)

    def members(self) -> list[Exercise]:
        """The day's exercises with sets, superset and pair members included; conditioning blocks are not here."""
        found: list[Exercise] = []
        for slot in self.exercises:
            if isinstance(slot, Exercise):
                found.append(slot)
            elif isinstance(slot, (Superset, Pair)):
                found += slot.superset if isinstance(slot, Superset) else slot.pair
        return found


class Phase(StrictModel):
    """A block of weeks that repeats its day templates."""

    name: Line
    weeks: int = Field(ge=1, le=52, description="Weeks in one run through the phase.")
    cycles: int = Field(1, ge=1, le=12, description="How many times the phase runs, one after another.")
    deload: bool = False
    increase: IncreaseField | None = Field(None, description="How the loads of every exercise in the phase go up, "
                                                      "unless an exercise says otherwise.")
    results: Results | None = Field(None, description="Result rules for every exercise of the phase that has a "
                                                      "load, unless an exercise gives its own.")
    notes: str = ""
    days: list[Day] = Field(min_length=1)

    @property
    def total_weeks(self) -> int:
        return self.weeks * self.cycles


class Program(StrictModel):
    """A training programme, as the owner writes it in programs/<slug>.yml."""

    title: Line
    slug: str | None = Field(None, pattern=SLUG_PATTERN, description="URL name; defaults to the file name.")
    summary: Text = Field(max_length=200)
    description: Text = Field(description="Markdown.")
    goal: Annotated[
        list[Literal[GOALS]],  # type: ignore[valid-type]
        WithJsonSchema(
            {
                "description": "One goal, or a list of goals for a blend.",
                "anyOf": [
                    {"enum": list(GOALS)},
                    {"type": "array", "items": {"enum": list(GOALS)}, "minItems": 1, "uniqueItems": True},
                ],
            }
        ),
    ] = Field(min_length=1)
    level: Literal[LEVELS]  # type: ignore[valid-type]
    weeks: int = Field(ge=1, le=104)
    sessions_per_week: int = Field(ge=1, le=7)
    session_minutes: int = Field(ge=10, le=240)
    equipment: list[Text] = Field(description="Kit needed, from the library's equipment list; [] for none.")
    tags: list[Text] = Field(default_factory=list)
    readiness: list[Text] = Field(min_length=1, description="Checks a reader should pass before starting.")
    progression: Text = Field(description="Markdown: how to progress, in plain words.")
    training_max: float | None = Field(None, ge=50, le=100, description="The training max as a percentage of 1RM, "
                                                                         "for loads written as '85% TM'.")
    ongoing: str = Field("", description="For a programme with no set end: how to carry on after the weeks shown.")
    phases: list[Phase] = Field(min_length=1)

    @field_validator("goal", mode="before")
    @classmethod
    def _one_goal_or_blend(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    def schedule(self, index: int) -> list[list[Day]]:
        """The days of each week of the phase at `index`; templates rotate when there are fewer than sessions.

        The rotation carries on from the phase before when both have the same days (by name, in order), so
        an A/B rotation that ends a phase on A starts the next on B; a phase with other days starts afresh.
        """
        phase = self.phases[index]
        per_week = self.sessions_per_week
        start = 0
        for before, after in zip(self.phases[:index], self.phases[1:index + 1]):
            start = start + before.total_weeks * per_week if _day_names(before) == _day_names(after) else 0
        days = phase.days
        return [
            [days[(start + week * per_week + session) % len(days)] for session in range(per_week)]
            for week in range(phase.total_weeks)
        ]

    def exercises(self):
        """Every prescribed exercise (sets and reps) with its path, in page order; blocks are not here."""
        for p, phase in enumerate(self.phases):
            for d, day in enumerate(phase.days):
                for s, slot in enumerate(day.exercises):
                    loc = ("phases", p, "days", d, "exercises", s)
                    if isinstance(slot, (Superset, Pair)):
                        key = "superset" if isinstance(slot, Superset) else "pair"
                        for m, member in enumerate(getattr(slot, key)):
                            yield loc + (key, m), member
                    elif isinstance(slot, Exercise):
                        yield loc, slot


def _day_names(phase: Phase) -> list[str]:
    return [day.name.strip().lower() for day in phase.days]
