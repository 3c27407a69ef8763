"""The JSON download: a programme's validated data with stable keys, and its JSON Schema.

Values the owner writes in short forms ('8-12', '75%', '2-3 min') are given here both as the
text the page shows and as numbers. Lists of reps and loads always have one entry per set.
"""

from __future__ import annotations

import json
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from ..model import Program
from ..urls import exercise_url, program_url
from ..values import Load, Reps, Rest
from ..views.labels import load_label, sets_reps
from .rows import Lookup, Session, phase_weeks, sessions, set_targets, slots

FORMAT = "kestrel-studio-program/1"
SCHEMA_NAME = "program-download.schema.json"


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


class ExerciseData(_Out):
    type: Literal["exercise"] = "exercise"
    order: str = Field(description="Position on the day: 'A', 'B', or 'C1', 'C2' within a superset.")
    exercise: str = Field(description="The exercise's name in the studio's exercise library.")
    exercise_url: str = Field(description="The exercise's page, relative to the site root.")
    sets: int = Field(description="Working sets.")
    warmup_sets: int = Field(description="Lighter ramp-up sets before the working sets, not counted in sets.")
    each_side: bool = Field(description="True when reps are per side, leg or arm.")
    reps: list[RepsData] = Field(description="The target for each working set, one entry per set.")
    load: list[LoadData] | None = Field(description="The load for each working set, one entry per set; null if none is given.")
    rest: RestData | None = Field(description="Rest after each set.")
    tempo: str | None = Field(description="Eccentric-pause-lift-pause in seconds, X for explosive.")
    notes: str


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


class ProgramData(_Out):
    """A sample training programme as published by the studio."""

    format: Literal["kestrel-studio-program/1"] = Field(description="Name and version of this format.")
    slug: str
    url: str = Field(description="The programme's page, relative to the site root.")
    title: str
    summary: str
    description: str = Field(description="Markdown.")
    goal: list[Literal["strength", "hypertrophy", "general fitness"]]
    level: Literal["beginner", "intermediate", "advanced"]
    weeks: int
    sessions_per_week: int
    session_minutes: int
    equipment: list[str]
    tags: list[str]
    readiness: list[str]
    progression: str = Field(description="Markdown.")
    phases: list[PhaseData]
    sessions: list[SessionData]


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
                    sets=slot.item.sets, warmup_sets=slot.item.warmup_sets, each_side=slot.item.each_side,
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
        format=FORMAT, slug=program.slug, url=program_url(program.slug), title=program.title,
        summary=program.summary, description=program.description, goal=list(program.goal), level=program.level,
        weeks=program.weeks, sessions_per_week=program.sessions_per_week, session_minutes=program.session_minutes,
        equipment=list(program.equipment), tags=list(program.tags), readiness=list(program.readiness),
        progression=program.progression, phases=phases,
        sessions=[SessionData(week=s.week, session=s.number, day_offset=s.day_offset, phase=s.phase, day=s.day,
                              title=s.title(program), description="\n".join(session_lines(program, s, lookup)))
                  for s in sessions(program)],
    )


def json_text(data: ProgramData) -> str:
    return json.dumps(data.model_dump(mode="json"), indent=1, ensure_ascii=False) + "\n"


def schema() -> dict:
    """The published JSON Schema of the download, /schemas/program-download.schema.json."""
    return ProgramData.model_json_schema(mode="serialization")
