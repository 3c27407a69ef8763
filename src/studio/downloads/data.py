"""The JSON download: a programme's validated data with stable keys, and its JSON Schema.

Values the owner writes in short forms ('8-12', '75%', '2-3 min') are given here both as the
text the page shows and as numbers. Lists of reps and loads always have one entry per set.
`phases` holds the day templates as written; `sessions` holds every session of the calendar
with every exercise and set resolved for that week, from the expanded plan. `comparison` holds the
programme's column of the compare table, which the compare page builds in the browser from these files.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, create_model
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from studio.catalog import Cell
from studio.downloads.rulesdata import RulesData, rules_data
from studio.format import Exercise, Load, Program, Reps, Rest
from studio.plan import (
    Lookup,
    Plan,
    PlanBlock,
    PlanExercise,
    PlanSession,
    PlanSet,
    Target,
    effective_increase,
    groups,
    rules_for,
)
from studio.presentation import (
    alternatives_text,
    block_log_boxes,
    block_log_hint,
    block_row_seconds,
    block_summary,
    block_table_rows,
    block_title,
    exercise_label,
    exercise_url,
    first_sessions,
    phase_weeks,
    program_url,
)

FORMAT = "kestrel-studio-program/1"


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RepsData(_Out):
    text: str = Field(description="As the page shows it: '5', '8–12', '5+', 'AMRAP', '40 s'.")
    kind: Literal["fixed", "range", "amrap", "time"]
    low: int | None = Field(description="Fewest reps; for 'amrap' the minimum if one is given.")
    high: int | None = Field(description="Most reps; null for 'amrap' and 'time'.")
    seconds: int | None = Field(description="Duration of a timed set, for kind 'time'; the shortest for a range such "
                                            "as '30-60 s'.")
    seconds_high: int | None = Field(description="For kind 'time': the longest time of a range; equal to seconds "
                                                 "when there is no range.")


class LoadData(_Out):
    text: str = Field(description="As the page shows it: '75% 1RM', '85% TM', 'RPE 7–8', '2 RIR', 'Bodyweight', '20 kg', "
                                  "'Start weight'.")
    kind: Literal["percent", "rpe", "rir", "bodyweight", "weight", "start"]
    low: float | None = Field(description="Lower bound: percent, RPE, RIR or weight.")
    high: float | None = Field(description="Upper bound; equal to low when there is no range.")
    unit: Literal["kg", "lb"] | None = Field(description="For kind 'weight' only.")
    basis: str | None = Field(description="For kind 'percent': '1RM', 'TM', an N-rep max such as '5RM', or 'day' "
                                          "(a share of another day's load, named in day).")
    day: str | None = Field(description="For basis 'day': the day whose load this is a share of.")


class TargetData(_Out):
    text: str = Field(description="As the page shows it: '72.5% 1RM', '85% (TM + 5 kg)', 'Start + 5 kg', 'RPE 8'.")
    kind: Literal["percent", "rpe", "rir", "bodyweight", "weight", "start", "bar"]
    low: float | None = Field(description="Percent of the basis, RPE, RIR or weight; null for start, bar, bodyweight.")
    high: float | None
    basis: str | None = Field(description="For 'percent': what it is a percentage of: '1RM', 'TM' (training max) or "
                                          "an N-rep max such as '5RM'.")
    add: float = Field(description="For 'percent': added to the max (increases a cycle, a week or a session in kg "
                                   "or lb); for 'start': added to the reader's start weight; in unit.")
    scale: float = Field(description="For 'start': the share of (start weight + add), 1 for a working set.")
    unit: Literal["kg", "lb"] | None
    via: str = Field(description="How it was worked out from another day's load, e.g. '80% of Volume day'; or ''.")
    lift: str = Field(description="Whose number it is worked out from when that is not the exercise's own: another "
                                  "lift's max ('Back squat' for '60% TM of Back squat'), or a tier's own start weight "
                                  "('Back squat (T1)'); '' for the exercise's own.")
    share: float | None = Field(description=(
        "For a warm-up set that is a share of a fixed first working weight: that share in percent (40 for '40% × 5'); "
        "low and high are then the weight rounded to the usual step of its unit (2.5 kg, 5 lb) and, on a barbell, "
        "never below the usual bar (20 kg, 45 lb), or kind 'bar' where it comes to the bar. null otherwise."))


class SetData(_Out):
    set: int = Field(description="From 1; warm-up sets are numbered separately.")
    reps: RepsData
    load: TargetData | None
    optional: bool = Field(description="A set past the fewest of a set range (sets: 3-4): done when the day allows.")
    chart: list[float] | None = Field(min_length=2, max_length=2, description=(
        "For an RPE or RIR set of a barbell, dumbbell or kettlebell lift: [lightest, heaviest] percent of the "
        "lift's 1RM by Mike Tuchscherer's RPE chart for its reps; null for any other set, or one off the "
        "chart."))


class RestData(_Out):
    text: str
    low_seconds: int
    high_seconds: int


def _copied(model: type[BaseModel], *names: str) -> dict:
    """Fields taken from the owner's model, so the download follows it without a hand-kept copy.

    The download always carries every field in its final form (a goal is always a list), so the
    copies are required and keep the model's own rules, not the shorthand the owner may write.
    """
    found = {}
    for name in names:
        info = model.model_fields[name]
        copy = FieldInfo.merge_field_infos(info)
        copy.default, copy.default_factory = PydanticUndefined, None
        copy.metadata = [rule for rule in info.metadata if not isinstance(rule, WithJsonSchema)]
        found[name] = (info.annotation, copy)
    return found


ONLY_WEEKS = Field(description="The weeks of the phase it is done in, counted from the phase's first week (in every "
                               "run of a phase with cycles); null when it is done every week.")


# Plain fields are the model's own; reps, loads and rest are given both as text and as numbers.
ExerciseData = create_model(
    "ExerciseData", __base__=_Out,
    type=(Literal["exercise"], "exercise"),
    order=(str, Field(description="Position on the day: 'A', 'B', or 'C1', 'C2' within a superset.")),
    exercise=(str, Field(description="The exercise's name in the studio's exercise library.")),
    exercise_url=(str, Field(description="The exercise's page, relative to the site root.")),
    sets=(int, Field(ge=1, le=20, description="Working sets; with a range such as 3-4, the most (the reps and "
                                                "load lists have an entry for each).")),
    sets_min=(int, Field(ge=1, le=20, description="The fewest working sets: less than sets when the programme gives "
                                                  "a range such as 3-4, where the sets past it are done when the day "
                                                  "allows; equal to sets otherwise.")),
    sets_text=(str, Field(description="As the page shows it: '3', or '3–4' for a range.")),
    **_copied(Exercise, "each_side", "rule", "optional", "alternatives"),
    ladder=(list[str] | None, Field(description="A progression ladder from easiest to hardest; the exercise is the "
                                                "step the plan starts on.")),
    ladder_reps=(list[str | None] | None, Field(None, description="Each ladder step's own target ('20–30 s'), in "
                                                      "the ladder's order; null for a step that takes the exercise's "
                                                      "reps.")),
    warmup_sets=(int, Field(description="Ramp-up sets before the working sets, not counted in sets.")),
    warmups=(list[str], Field(description="Each ramp-up set where the programme gives them: 'Bar × 5', '40% × 5' "
                                          "(of the first working set), '40% TM × 5' (of the training max), "
                                          "'50% 1RM × 5', '20 kg × 5'.")),
    increase=(str | None, Field(description="How the load goes up: '+2.5 kg a session', '+2.5% a week', ...")),
    reps=(list[RepsData], Field(description="The target for each working set, one entry per set.")),
    load=(list[LoadData] | None, Field(description="The load for each working set, one entry per set; null if none is given.")),
    rest=(RestData | None, Field(description="Rest after each set.")),
    tempo=(str | None, Field(description="Eccentric-pause-lift-pause in seconds, X for explosive.")),
    notes=(str, Field(description="The coach's notes on this exercise.")),
    only_weeks=(list[int] | None, ONLY_WEEKS),
    results=(RulesData | None, Field(description="What the next session does by how this one went: the exercise's "
                                                 "result rules or its phase's, or double progression's; null when "
                                                 "nothing depends on the result.")),
)


class _GroupData(_Out):
    order: str = Field(description="The group's letter.")
    exercises: list[ExerciseData] = Field(description="A superset's are done back to back, resting after the round; "
                                                      "a pair's in turn, resting after each exercise.")
    rest: RestData | None = Field(description="A superset's rest after each round; a pair's after each exercise, "
                                              "where the exercise gives none.")
    notes: str
    only_weeks: list[int] | None = ONLY_WEEKS


class SupersetData(_GroupData):
    type: Literal["superset"] = "superset"


class PairData(_GroupData):
    type: Literal["pair"] = "pair"


class BlockRowData(_Out):
    order: str
    exercise: str | None = Field(description="The exercise; null for a passive recovery.")
    exercise_url: str | None
    work: str = Field(description="The work each round or minute: '15', '30 s', '400 m', '12 cal', 'Minute 2: 10'.")
    seconds: int | None = Field(description="For a timed piece of work (an interval's work or recovery, '30 s', "
                                            "'30-60 s'): its time in seconds, the shortest of a range; null for reps, "
                                            "a distance or calories.")
    seconds_high: int | None = Field(description="The longest time of a range such as '30-60 s'; equal to seconds "
                                                 "otherwise, null when seconds is.")
    load: str
    alternatives: list[str] = Field(description="Exercises that can be done instead.")
    notes: str


class BlockData(_Out):
    type: Literal["block"] = "block"
    order: str = Field(description="The block's letter on the day.")
    kind: Literal["amrap", "emom", "for time", "intervals", "circuit"]
    title: str = Field(description="'AMRAP 20 min', 'EMOM 12 min, alternating', 'Intervals: 8 × 30 s / 90 s'.")
    summary: str = Field(description="The block on one line, with what to log.")
    minutes: float = Field(description="How long the block lasts, by the studio's convention; conditioning is "
                                       "measured in time, not in working sets.")
    seconds: float = Field(description="The same in seconds: exact for an AMRAP, an EMOM and intervals "
                                       "(efforts × (work + recovery)), an estimate otherwise.")
    log: str = Field(description="What to write down: 'log rounds + reps', 'log your time'.")
    log_boxes: list[str] = Field(description="The boxes the log sheet gives the block.")
    optional: bool
    notes: str
    only_weeks: list[int] | None = ONLY_WEEKS
    rows: list[BlockRowData]


class DayData(_Out):
    name: str
    focus: str
    warmup: str
    exercises: list[Annotated[Union[ExerciseData, SupersetData, PairData, BlockData], Field(discriminator="type")]]


class PhaseData(_Out):
    name: str
    weeks: int = Field(description="Weeks in one run through the phase.")
    cycles: int = Field(description="How many runs, one after another.")
    increase: str | None = Field(description="How the phase's loads go up, where an exercise does not say.")
    first_week: int
    last_week: int
    deload: bool
    notes: str
    days: list[DayData] = Field(description="Day templates; sessions lists which one falls on each training day.")


class PlannedExerciseData(_Out):
    order: str
    exercise: str
    exercise_url: str
    sets: list[SetData] = Field(description="This session's working sets, resolved for its week.")
    warmups: list[SetData] = Field(description="Ramp-up sets given as data, resolved for this session: a share of the "
                                               "training max or 1RM as such, with the working sets' increases; one "
                                               "as heavy as the first working set or heavier is left out. Empty "
                                               "otherwise.")
    warmup_sets: int
    rest: RestData | None
    tempo: str | None
    each_side: bool
    optional: bool = Field(description="Optional work, left out of the figures.")
    rule: str = Field(description="What depends on the day's result.")
    notes: str
    barbell: bool = Field(description="Loaded on a barbell with plates: the library lists a barbell in its equipment.")


class SessionData(_Out):
    week: int = Field(description="Week of the programme, from 1.")
    session: int = Field(description="Session within the week, from 1.")
    index: int = Field(description="Session of the programme, from 1.")
    cycle: int = Field(description="Run through the phase, from 1.")
    week_of_phase: int = Field(description="Week within the run, from 1.")
    day_offset: int = Field(description="Days after the start date; the suggested weekly pattern spreads sessions with rest days between.")
    phase: int = Field(description="Index into phases, from 0.")
    day: int = Field(description="Index into that phase's days, from 0.")
    title: str
    description: str = Field(description="The session's exercises and blocks, one per line, as plain text.")
    exercises: list[PlannedExerciseData] = Field(description="Exercises with sets, resolved for the week.")
    blocks: list[BlockData] = Field(description="Conditioning blocks, in the day's order among the exercises.")


class ComparisonData(_Out):
    key: str = Field(description="Stable id of the row: 'goal', 'level', 'length', 'sessions', 'session_length', "
                                 "'session_length_estimated', 'equipment', 'sets_per_week', 'style:<style key>', "
                                 "'other_share', 'muscle:<muscle group>'.")
    label: str = Field(description="The row's label on the compare page: 'Working sets a week'.")
    text: str = Field(description="As the compare page shows it, rounded for reading (sets a week to halves): "
                                  "'Strength', '12 weeks', '≈ 55 min', '16.5', '42%'.")
    value: float | None = Field(description="The exact number behind the text: minutes, sets a week, or a share from 0 "
                                            "to 1; null for the facts, which are text.")


# The programme's own fields, in the owner's order; structure (phases) and what is worked out from it follow.
PROGRAM_FIELDS = tuple(name for name in Program.model_fields if name not in ("slug", "phases"))
ProgramData = create_model(
    "ProgramData", __base__=_Out, __doc__="A sample training programme as published by the studio.",
    format=(Literal["kestrel-studio-program/1"], Field(description="Name and version of this format.")),
    slug=(str, ...),
    url=(str, Field(description="The programme's page, relative to the site root.")),
    **_copied(Program, *PROGRAM_FIELDS),
    phases=(list[PhaseData], ...),
    sessions=(list[SessionData], ...),
    comparison=(list[ComparisonData], Field(description="The programme at a glance and its figures, as rows of the "
                                                         "compare table: averages over the training weeks, deload "
                                                         "weeks left out.")),
)


def _reps(reps: Reps) -> RepsData:
    return RepsData(text=str(reps), kind=reps.kind, low=reps.low, high=reps.high, seconds=reps.seconds,
                    seconds_high=reps.seconds_high or reps.seconds)


def _load(load: Load) -> LoadData:
    return LoadData(text=str(load), kind=load.kind, low=load.low, high=load.high, unit=load.unit,
                    basis=load.basis if load.kind == "percent" else None, day=load.day)


def _target(target: Target | None) -> TargetData | None:
    if target is None:
        return None
    return TargetData(text=str(target), kind=target.kind, low=target.low, high=target.high,
                      basis=target.basis if target.kind == "percent" else None, add=target.add, scale=target.scale,
                      unit=target.unit, via=target.via, lift=target.lift, share=target.share)


def _sets(sets: tuple[PlanSet, ...]) -> list[SetData]:
    return [SetData(set=s.number, reps=_reps(s.reps), load=_target(s.load), optional=s.optional,
                    chart=list(s.chart) if s.chart else None) for s in sets]


def _rest(rest: Rest | None) -> RestData | None:
    return None if rest is None else RestData(text=str(rest), low_seconds=rest.low, high_seconds=rest.high)


def session_lines(session: PlanSession) -> list[str]:
    """The session as plain text for the calendar: 'A. Back squat: 4 × 5 @ 65% 1RM, rest 3–5 min. Brace first.' for
    each exercise with its notes, 'B. AMRAP 20 min: ...' for each block, and the sentence of each superset and pair
    with its notes, as that session prescribes them."""
    lines = []
    for entry in session.entries():
        if isinstance(entry, PlanBlock):
            lines.append(f"{entry.order}. {block_summary(entry)}" + (f". {entry.notes}" if entry.notes else ""))
            continue
        sentence, exercises = entry
        if sentence:  # a superset's or a pair's sentence, with its notes
            lines.append(sentence)
        for exercise in exercises:
            parts = [exercise_label(exercise), f"rest {exercise.rest}" if exercise.rest else "",
                     "optional" if exercise.item.optional else "",
                     alternatives_text(list(exercise.item.alternatives))]
            line = f"{exercise.order}. {exercise.name}: " + ", ".join(p for p in parts if p)
            lines.append(f"{line}. {exercise.item.notes}" if exercise.item.notes else line)
    return lines


def _block(block: PlanBlock) -> BlockData:
    rows = [BlockRowData(order=order, exercise=move.name if move else None,
                         exercise_url=exercise_url(move.slug) if move else None, work=work, seconds=seconds,
                         seconds_high=seconds_high, load=load,
                         alternatives=[name for name, _ in move.alternatives] if move else [],
                         notes=move.notes if move else "")
            for (order, move, work, load), (seconds, seconds_high) in zip(block_table_rows(block),
                                                                            block_row_seconds(block))]
    return BlockData(order=block.order, kind=block.kind, title=block_title(block),
                     summary=block_summary(block), minutes=round(block.seconds / 60, 1),
                     seconds=round(block.seconds, 1),
                     log=block_log_hint(block), log_boxes=block_log_boxes(block),
                     optional=block.optional, notes=block.notes, rows=rows,
                     only_weeks=_weeks(block.block.only_weeks))


def _planned(exercise: PlanExercise) -> PlannedExerciseData:
    item = exercise.item
    return PlannedExerciseData(order=exercise.order, exercise=exercise.name, exercise_url=exercise_url(exercise.slug),
                               sets=_sets(exercise.sets), warmups=_sets(exercise.warmups),
                               warmup_sets=exercise.warmup_count, rest=_rest(exercise.rest), tempo=item.tempo,
                               each_side=item.each_side, optional=item.optional, rule=exercise.rule,
                               notes=item.notes, barbell=exercise.barbell)


def program_data(plan: Plan, lookup: Lookup, comparison: list[Cell]) -> ProgramData:
    program = plan.program
    phases = []
    for index, (phase, (first, last)) in enumerate(zip(program.phases, phase_weeks(program))):
        days = []
        planned = first_sessions(plan, index)
        for d, day in enumerate(phase.days):
            items: list[ExerciseData | SupersetData | PairData | BlockData] = []
            for group in groups(day):
                if group.block is not None:
                    if (block := planned.get((d, group.letter))) is not None:
                        items.append(_block(block))
                    continue
                members = [_template_exercise(slot, lookup, phase) for slot in group.slots]
                if group.superset is not None:
                    items.append(SupersetData(order=group.letter, exercises=members, rest=_rest(group.superset.rest),
                                              notes=group.superset.notes, only_weeks=_weeks(group.only_weeks)))
                elif group.pair is not None:
                    items.append(PairData(order=group.letter, exercises=members, rest=_rest(group.pair.rest),
                                          notes=group.pair.notes, only_weeks=_weeks(group.only_weeks)))
                else:
                    items += members
            days.append(DayData(name=day.name, focus=day.focus, warmup=day.warmup, exercises=items))
        phases.append(PhaseData(name=phase.name, weeks=phase.weeks, cycles=phase.cycles,
                                increase=str(phase.increase) if phase.increase else None, first_week=first, last_week=last,
                                deload=phase.deload, notes=phase.notes, days=days))
    return ProgramData(
        format=FORMAT, slug=program.slug, url=program_url(program.slug),
        **program.model_dump(include=set(PROGRAM_FIELDS)), phases=phases,
        sessions=[SessionData(week=s.week, session=s.number, index=s.index, cycle=s.cycle,
                              week_of_phase=s.week_of_phase, day_offset=s.day_offset, phase=s.phase, day=s.day,
                              title=s.title, description="\n".join(session_lines(s)),
                              exercises=[_planned(e) for e in s.exercises], blocks=[_block(b) for b in s.blocks])
                  for s in plan.sessions],
        comparison=[ComparisonData(key=c.key, label=c.label, text=c.text, value=c.value) for c in comparison],
    )


def _template_exercise(slot, lookup: Lookup, phase) -> ExerciseData:
    info = lookup(slot.item.exercise)
    item = slot.item
    rules = rules_for(item, phase, effective_increase(item, phase))
    return ExerciseData(
        order=slot.order, exercise=info.name, exercise_url=exercise_url(info.slug),
        sets=item.sets.high, sets_min=item.sets.low, sets_text=str(item.sets),
        **item.model_dump(include={"each_side", "rule", "optional", "alternatives"}),
        ladder=list(item.ladder) if item.ladder else None, warmup_sets=item.warmup_count,
        ladder_reps=[None if step.reps is None else str(step.reps) for step in item.ladder] if item.ladder else None,
        warmups=[str(w) for w in item.warmup_sets] if isinstance(item.warmup_sets, tuple) else [],
        increase=str(item.increase) if item.increase else None,
        reps=[_reps(item.rep_for_set(n)) for n in range(item.sets.high)],
        load=[_load(item.load_for_set(n)) for n in range(item.sets.high)] if item.load else None,
        rest=_rest(item.rest), tempo=item.tempo, notes=item.notes, only_weeks=_weeks(item.only_weeks),
        results=rules_data(rules),
    )


def _weeks(weeks: tuple[int, ...] | None) -> list[int] | None:
    return list(weeks) if weeks else None


def json_text(data: ProgramData) -> str:
    # Pydantic's own serializer: the standard library's pure-Python indenting encoder took 25 ms a programme, a
    # tenth of a cold build's downloads. The same text for every sample and bench programme (compared when this
    # changed), floats aside: a tiny one is written 0.00001 here, where json.dumps writes 1e-05.
    return data.model_dump_json(indent=1) + "\n"

