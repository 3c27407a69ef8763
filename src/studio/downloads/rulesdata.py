"""Result rules in the JSON download: `Rules.data()` (plan/results.py) with its published schema, so the training
view's engine (overrides/assets/rules.js) reads the same rules the Python engine applies."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from studio.plan import Rules, results_text


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ActionData(_Out):
    do: Literal["add", "repeat", "percent", "next stage", "reset"] = Field(description=(
        "add: `amount` in `unit`, or the exercise's increase when unit is null; repeat: the same load; percent: the "
        "load times percent/100; next stage: the next stage, or the first at `reset`% of the load after the last; "
        "reset: the first stage (or the same scheme) at percent% of the load."))
    amount: float | None
    unit: Literal["kg", "lb"] | None
    percent: float | None


class RepTargetData(_Out):
    low: int = Field(description="The set is made at this many reps (0 for a plain AMRAP).")
    high: int = Field(description="The top of its range: double progression adds once every set reaches it.")
    plus: bool = Field(description="A set of as many as you can; an AMRAP table reads the last one.")


class IncreaseRuleData(_Out):
    amount: float
    unit: Literal["kg", "lb", "%"] = Field(description="'%' multiplies the load by 1 + amount/100.")
    top: bool = Field(description="Double progression: added only once every set reaches the top of its range.")


class StageData(_Out):
    sets: int
    reps: int
    plus: bool = Field(description="The last set is as many as you can.")


class RowData(_Out):
    low: int
    high: int | None = Field(description="Null: and more.")
    then: ActionData


class RulesData(_Out):
    """What the next session does by how this one went; the steps are in plan/results.py's `step`."""

    text: str = Field(description="The rules as the page words them; '' for double progression alone, which the "
                                  "exercise's rule words.")
    targets: list[RepTargetData] = Field(description="The rep target of each working set as written (the fewest "
                                                     "sets of a range): a session is made when every one is reached.")
    increase: IncreaseRuleData | None = Field(description="What 'add the increase' adds.")
    made: ActionData = Field(description="After a session made.")
    missed: ActionData = Field(description="After a missed session.")
    after_misses: int | None = Field(description="Misses in a row after which `then` follows instead of `missed`.")
    then: ActionData | None
    stages: list[StageData] = Field(description="Set-and-rep schemes a 'next stage' moves through; [] for none.")
    reset: float | None = Field(description="After the last stage: back to the first at this % of the load.")
    amrap: list[RowData] = Field(description="What follows the reps of the last '+' set; [] for none.")


def rules_data(rules: Rules | None) -> RulesData | None:
    return None if rules is None else RulesData(text=results_text(rules), **rules.data())
