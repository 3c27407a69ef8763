"""The JSON download: a programme's validated data with stable keys, and its JSON Schema.

Values the owner writes in short forms ('8-12', '75%', '2-3 min') are given here both as the
text the page shows and as numbers. Lists of reps and loads always have one entry per set.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, create_model
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from ..model import Exercise, Program
from ..presentation.labels import load_label, phase_weeks, sets_reps
from ..presentation.order import slots
from ..presentation.paths import exercise_url, program_url
from ..values import Load, Reps, Rest
from .rows import Lookup, Session, sessions, set_targets

FORMAT = "kestrel-studio-program/1"


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RepsData(_Out):
    text: str = Field(description="As the page shows it: '5', '8–12', '5+', 'AMRAP', '40 s'.")
    kind: Literal["fixed", "range", "amrap", "time"]
    low: int | None = Field(description="Fewest reps; for 'amrap' the minimum if one is given.")
    high: int | None = Field(description="Most reps; null for 'amrap' and 'time'.")
    seconds: int | None = Field(description="Duration of a timed set, for kind 'time'.")


class LoadData(_Out):
    text: str = Field(description="As the page shows it: '75% 1RM', 'RPE 7–8', '2 RIR', 'Bodyweight', '20 kg'.")
    kind: Literal["percent", "rpe", "rir", "bodyweight", "weight"]
    low: float | None = Field(description="Lower bound: percent of 1RM, RPE, RIR or weight.")
    high: float | None = Field(description="Upper bound; equal to low when there is no range.")
    unit: Literal["kg", "lb"] | None = Field(description="For kind 'weight' only.")


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


# Plain fields are the model's own; reps, loads and rest are given both as text and as numbers.
ExerciseData = create_model(
    "ExerciseData", __base__=_Out,
    type=(Literal["exercise"], "exercise"),
    order=(str, Field(description="Position on the day: 'A', 'B', or 'C1', 'C2' within a superset.")),
    exercise=(str, Field(description="The exercise's name in the studio's exercise library.")),
    exercise_url=(str, Field(description="The exercise's page, relative to the site root.")),
    **_copied(Exercise, "sets", "warmup_sets", "each_side"),
    reps=(list[RepsData], Field(description="The target for each working set, one entry per set.")),
    load=(list[LoadData] | None, Field(description="The load for each working set, one entry per set; null if none is given.")),
    rest=(RestData | None, Field(description="Rest after each set.")),
    tempo=(str | None, Field(description="Eccentric-pause-lift-pause in seconds, X for explosive.")),
    notes=(str, Field(description="The coach's notes on this exercise.")),
)


class SupersetData(_Out):
    type: Literal["superset"] = "superset"
    order: str = Field(description="The superset's letter.")
    exercises: list[ExerciseData] = Field(description="Done back to back.")
    rest: RestData | None = Field(description="Rest after each round.")
    notes: str


class DayData(_Out):
    name: str
    focus: str
    warmup: str
    exercises: list[Annotated[Union[ExerciseData, SupersetData], Field(discriminator="type")]]


class PhaseData(_Out):
    name: str
    weeks: int
    first_week: int
    last_week: int
    deload: bool
    notes: str
    days: list[DayData] = Field(description="Day templates; sessions lists which one falls on each training day.")


class SessionData(_Out):
    week: int = Field(description="Week of the programme, from 1.")
    session: int = Field(description="Session within the week, from 1.")
    day_offset: int = Field(description="Days after the start date; the suggested weekly pattern spreads sessions with rest days between.")
    phase: int = Field(description="Index into phases, from 0.")
    day: int = Field(description="Index into that phase's days, from 0.")
    title: str
    description: str = Field(description="The session's exercises, one per line, as plain text.")


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
)


def _reps(reps: Reps) -> RepsData:
    return RepsData(text=str(reps), kind=reps.kind, low=reps.low, high=reps.high, seconds=reps.seconds)


def _load(load: Load) -> LoadData:
    return LoadData(text=str(load), kind=load.kind, low=load.low, high=load.high, unit=load.unit)


def _rest(rest: Rest | None) -> RestData | None:
    return None if rest is None else RestData(text=str(rest), low_seconds=rest.low, high_seconds=rest.high)


def session_lines(program: Program, session: Session, lookup: Lookup) -> list[str]:
    """'A. Back squat: 4 × 5, RPE 7–8, rest 3–5 min' for each exercise of a session's day."""
    lines = []
    for slot in slots(program.phases[session.phase].days[session.day]):
        parts = [sets_reps(slot.item), load_label(slot.item.load)]
        parts.append(f"rest {slot.rest}" if slot.rest else "")
        lines.append(f"{slot.order}. {lookup(slot.item.exercise).name}: " + ", ".join(p for p in parts if p))
    return lines


def program_data(program: Program, lookup: Lookup) -> ProgramData:
    phases = []
    for phase, (first, last) in zip(program.phases, phase_weeks(program)):
        days = []
        for day in phase.days:
            items: list[ExerciseData | SupersetData] = []
            for slot in slots(day):
                info = lookup(slot.item.exercise)
                targets = set_targets(slot.item)
                entry = ExerciseData(
                    order=slot.order, exercise=info.name, exercise_url=exercise_url(info.slug),
                    **slot.item.model_dump(include={"sets", "warmup_sets", "each_side"}),
                    reps=[_reps(t.reps) for t in targets],
                    load=[_load(t.load) for t in targets] if slot.item.load else None,
                    rest=_rest(slot.item.rest), tempo=slot.item.tempo, notes=slot.item.notes,
                )
                if slot.superset is None:
                    items.append(entry)
                elif slot.order.endswith("1"):
                    items.append(SupersetData(order=slot.order[0], exercises=[entry], rest=_rest(slot.superset.rest),
                                              notes=slot.superset.notes))
                else:
                    items[-1] = items[-1].model_copy(update={"exercises": [*items[-1].exercises, entry]})
            days.append(DayData(name=day.name, focus=day.focus, warmup=day.warmup, exercises=items))
        phases.append(PhaseData(name=phase.name, weeks=phase.weeks, first_week=first, last_week=last,
                                deload=phase.deload, notes=phase.notes, days=days))
    return ProgramData(
        format=FORMAT, slug=program.slug, url=program_url(program.slug),
        **program.model_dump(include=set(PROGRAM_FIELDS)), phases=phases,
        sessions=[SessionData(week=s.week, session=s.number, day_offset=s.day_offset, phase=s.phase, day=s.day,
                              title=s.title(program), description="\n".join(session_lines(program, s, lookup)))
                  for s in sessions(program)],
    )


def json_text(data: ProgramData) -> str:
    return json.dumps(data.model_dump(mode="json"), indent=1, ensure_ascii=False) + "\n"

