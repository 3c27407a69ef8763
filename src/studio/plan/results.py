"""Result rules, applied: given an exercise's rules and how a session went, what the next session does.

The rules as written (format/rules.py, `results:` on an exercise or its phase) become one `Rules` value with every
default filled in; `Rules.data()` is the same value as plain data, which the JSON download carries and the browser's
engine (overrides/assets/rules.js) reads. Both engines follow the steps of `step` below, and both are tested against
the worked examples in tests/fixtures/result-rules.yml, which are the meaning of the rules.

The state an exercise carries from session to session is `RuleState`: the load the increases go on (a weight, the
start weight with what has been added, or the max a percentage load is of), in the lifter's unit; the stage of a
stage list (0 without one); and the misses in a row. The engine never rounds to plates (the calculator does): it
keeps loads to a thousandth, rounded half up, the same way in Python and in JavaScript.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from studio.format import ADD_INCREASE, REPEAT, Action, Exercise, Increase, Phase, Reps, Results, Row, Stage

LB_PER_KG = 2.20462  # lb in a kg, as the calculator converts; the spreadsheet's formulas use this one
LOADED = ("weight", "start", "percent")  # loads a rule can change


def effective_results(item: Exercise, phase: Phase | None) -> Results | None:
    """The exercise's own rules, else its phase's when the exercise has a load they can change."""
    if item.results is not None:
        return item.results
    if phase is None or phase.results is None or not item.load:
        return None
    return phase.results if any(load.kind in LOADED and load.basis != "day" for load in item.load) else None


@dataclass(frozen=True)
class RepTarget:
    """One set's rep target as the rules read it: made at `low` reps (0 for a plain AMRAP), at the top of its
    range at `high`; `plus` for a set of as many as you can."""

    low: int
    high: int
    plus: bool = False

    @classmethod
    def of(cls, reps: Reps) -> RepTarget:
        low = reps.low or 0
        return cls(low, reps.high if reps.high is not None else low, reps.amrap)

    def data(self) -> dict:
        return {"low": self.low, "high": self.high, "plus": self.plus}


@dataclass(frozen=True)
class Rules:
    """Every rule of one exercise, defaults filled in: `made` is 'add the increase' where there is an increase,
    else 'repeat'; `missed` is 'repeat'."""

    targets: tuple[RepTarget, ...]  # one a working set, as the exercise is written
    increase: Increase | None
    made: Action
    missed: Action
    after_misses: int | None = None
    then: Action | None = None
    stages: tuple[Stage, ...] = ()
    reset: float | None = None
    table: tuple[Row, ...] = ()
    written: bool = True  # False for double progression's own rule, which PlanExercise.rule words already

    def data(self) -> dict:
        """The rules as plain data: what the JSON download carries and rules.js reads."""
        inc = self.increase
        return {
            "targets": [t.data() for t in self.targets],
            "increase": None if inc is None else {"amount": inc.amount, "unit": inc.unit, "top": inc.every == "range"},
            "made": _action_data(self.made), "missed": _action_data(self.missed),
            "after_misses": self.after_misses, "then": _action_data(self.then) if self.then else None,
            "stages": [{"sets": s.sets, "reps": s.reps, "plus": s.plus} for s in self.stages],
            "reset": self.reset,
            "amrap": [{"low": r.low, "high": r.high, "then": _action_data(r.then)} for r in self.table],
        }


def _action_data(action: Action) -> dict:
    return {"do": action.kind, "amount": action.amount, "unit": action.unit, "percent": action.percent}


def rules_for(item: Exercise, phase: Phase | None, increase: Increase | None) -> Rules | None:
    """The rules of an exercise with its effective increase; double progression alone is a rule too (add the
    increase once every set reaches the top of the range, else repeat). None when nothing depends on the result."""
    results = effective_results(item, phase)
    top = increase is not None and increase.every == "range"
    if results is None and not top:
        return None
    written = results is not None
    results = results or Results()
    targets = tuple(RepTarget.of(item.rep_for_set(n)) for n in range(item.sets.low))
    made = results.made or (ADD_INCREASE if increase is not None else REPEAT)
    return Rules(targets, increase, made, results.missed or REPEAT, results.after_misses, results.then,
                 results.stages or (), results.reset, results.amrap or (), written)


@dataclass(frozen=True)
class RuleState:
    load: float
    unit: str = "kg"
    stage: int = 0
    misses: int = 0


def scheme(rules: Rules, state: RuleState) -> tuple[RepTarget, ...]:
    """The rep targets of the next session: the stage's, or the exercise's as written."""
    if not rules.stages:
        return rules.targets
    stage = rules.stages[state.stage]
    return tuple(RepTarget(stage.reps, stage.reps, stage.plus and n == stage.sets - 1) for n in range(stage.sets))


def scheme_text(targets: tuple[RepTarget, ...]) -> str:
    """'3 × 5', '5 × 3+' (the last set as many as you can), '3 × 8–12', or each set: '5, 3, 1+'."""
    words = [f"{t.low}{'+' if t.plus else ''}" if t.high == t.low or t.plus else f"{t.low}–{t.high}" for t in targets]
    if all(w == words[0] for w in words):
        return f"{len(words)} × {words[0]}"
    if all(w == words[0] for w in words[:-1]) and words[-1] == words[0] + "+":
        return f"{len(words)} × {words[-1]}"
    return ", ".join(words)


def half_up(value: float) -> float:
    """To a thousandth, half up, as a person rounds (102.5 × 1.025 = 105.0625 is 105.063, though the float
    is 105.06249999999999); rules.js rounds the same way, so the two agree to the last digit."""
    return math.floor(value * 1000 + 0.5 + 1e-6) / 1000


def _in(amount: float, unit: str, wanted: str) -> float:
    if unit == wanted or unit == "%":
        return amount
    return amount * LB_PER_KG if wanted == "lb" else amount / LB_PER_KG


def step(rules: Rules, state: RuleState, done: list[int], targets: tuple[RepTarget, ...] | None = None) -> RuleState:
    """The state after a session whose working sets made `done` reps, in order. `targets` are the session's own
    rep targets where a week changes them (without stages); the exercise's as written otherwise.

    1. The session is made when it has every set and each reaches its target (a '+' set its number).
    2. A miss adds one to the misses in a row, and a made session clears them.
    3. What follows: `then`, when the misses in a row reach `after_misses` (they start again from 0); else the
       AMRAP table's row for the reps of the last '+' set, when there is a table and such a set; else `made` or
       `missed`.
    """
    plan = scheme(rules, state) if rules.stages or targets is None else targets
    made = len(done) >= len(plan) and all(reps >= t.low for reps, t in zip(done, plan))
    top = made and all(reps >= t.high for reps, t in zip(done, plan))
    plus = [n for n, t in enumerate(plan) if t.plus and n < len(done)]
    misses = 0 if made else state.misses + 1
    if not made and rules.after_misses is not None and misses >= rules.after_misses:
        action, misses = rules.then, 0
    elif rules.table and plus:
        reps = max(done[plus[-1]], 0)  # the table starts at 0
        action = next(row.then for row in rules.table if row.low <= reps and (row.high is None or reps <= row.high))
    else:
        action = rules.made if made else rules.missed
    return _apply(rules, replace(state, misses=misses), action, top)


def _apply(rules: Rules, state: RuleState, action: Action, top: bool) -> RuleState:
    kind, load = action.kind, state.load
    if kind == "add" and action.unit is None:
        inc = rules.increase
        if inc is None or inc.every == "none" or inc.every == "range" and not top:
            return state
        load = load * (1 + inc.amount / 100) if inc.unit == "%" else load + _in(inc.amount, inc.unit, state.unit)
    elif kind == "add":
        load = load + _in(action.amount, action.unit, state.unit)
    elif kind == "percent":
        load = load * action.percent / 100
    elif kind == "next stage":
        if state.stage + 1 < len(rules.stages):
            return replace(state, stage=state.stage + 1, misses=0)
        return replace(state, stage=0, misses=0, load=half_up(load * (rules.reset or 100) / 100))
    elif kind == "reset":
        return replace(state, stage=0, misses=0, load=half_up(load * action.percent / 100))
    return replace(state, load=half_up(load))


# ---------------------------------------------------------------- in words


def action_text(action: Action, increase: Increase | None) -> str:
    """What follows, in words: 'add 2.5 kg', 'take 10% off', 'move to the next stage', 'repeat the load'."""
    if action.kind == "add" and action.unit is None:
        return f"add {increase.amount_label}" if increase is not None else "repeat the load"
    if action.kind in ("add", "percent"):
        return str(action)
    if action.kind == "reset":
        return f"start again at {action.percent:g}% of the load"
    return "move to the next stage" if action.kind == "next stage" else "repeat the load"


def results_text(rules: Rules | None) -> str:
    """The rules as a reader reads them, one sentence for each: 'Every rep made: add 2.5 kg. If you miss a rep:
    repeat the load; after 3 misses in a row, take 10% off.'"""
    if rules is None or not rules.written:
        return ""
    inc, parts = rules.increase, []
    if rules.table:
        rows = "; ".join(f"{row.reps_text if row.high is not None else f'{row.low} or more'}, "
                         f"{action_text(row.then, inc)}" for row in rules.table)
        parts.append(f"The reps of the last + set decide next time: {rows}.")
    else:
        if not (inc is not None and inc.every == "range" and rules.made == ADD_INCREASE):
            parts.append(f"Every rep made: {action_text(rules.made, inc)}.")
        parts.append(f"If you miss a rep: {action_text(rules.missed, inc)}")
    if rules.after_misses is not None and rules.then is not None:
        after = f"after {rules.after_misses} misses in a row" if rules.after_misses > 1 else "after a miss"
        if rules.table:
            parts.append(f"{after[0].upper()}{after[1:]}: {action_text(rules.then, inc)}.")
        else:
            parts[-1] += f"; {after}, {action_text(rules.then, inc)}."
    elif not rules.table:
        parts[-1] += "."
    if rules.stages:
        stages = ", then ".join(str(stage) for stage in rules.stages)
        parts.append(f"Stages: {stages}; after the last, back to {rules.stages[0]} at {rules.reset or 100:g}% "
                     "of the load.")
    return " ".join(parts)
