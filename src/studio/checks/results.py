"""Result rules against the plan they act on: a count of misses with nothing to follow it (or the other way round),
stages that do not start from the exercise as written or never move, an AMRAP table with no '+' set to read, an
increase the rules add that the exercise does not have. Each with its file line and what to write instead."""

from __future__ import annotations

from collections.abc import Callable

from studio.format import ADD_INCREASE, Exercise, Phase, Program, Results
from studio.plan import RepTarget, effective_increase, effective_results, scheme_text

Add = Callable[[tuple, str], None]  # (field path, message)
LOADED = ("weight", "start", "percent")


def check_results(program: Program, add: Add) -> None:
    for p, phase in enumerate(program.phases):
        if phase.results is not None:
            where = ("phases", p, "results")
            _check_words(phase.results, where, add)
            ruled = [(day.name, item) for day in phase.days for item in day.members()
                     if effective_results(item, phase) is phase.results]
            if not ruled:
                add(where, f"no exercise in '{phase.name}' has a load the rules can change; give the exercises a "
                           "load such as '60 kg', 'start' or '75%', or remove results")
            for day, item in ruled:
                if _check_exercise(phase.results, item, phase, where, f" ({item.exercise} on {day})", add):
                    break
    for loc, item in program.exercises():
        if item.results is None:
            continue
        where = loc + ("results",)
        _check_words(item.results, where, add)
        if not any(load.kind in LOADED and load.basis != "day" for load in _loads(item)):
            add(where, f"results change the load, and {item.exercise} has none they can change; give it a load "
                       "such as '60 kg', 'start' or '75%', or write the rule in words (rule:)")
            continue
        _check_exercise(item.results, item, program.phases[loc[1]], where, "", add)


def _loads(item: Exercise) -> list:
    return [*(item.load or ()), *(load for change in item.weeks or () for load in change.load or ())]


def _check_words(results: Results, where: tuple, add: Add) -> None:
    """The rules among themselves: what a count of misses, a stage list and a reset each need."""
    if results.then is not None and results.after_misses is None:
        add(where + ("then",), f"'{results.then}' follows a count of misses in a row; add after_misses: 3 "
                               f"(or how many), or write it as missed: {results.then}")
    if results.after_misses is not None and results.then is None:
        add(where + ("after_misses",), f"after {results.after_misses} misses in a row, what follows? add "
                                       "then: take 10% off (or then: next stage)")
    moves = [field for field in ("missed", "then") if getattr(results, field) is not None
             and getattr(results, field).kind == "next stage"]
    if results.made is not None and results.made.kind == "next stage":
        add(where + ("made",), "'next stage' follows a miss; write it under missed or then, and what a made "
                               "session does under made, e.g. add the increase")
    if not results.stages:
        for field in moves:
            add(where + (field,), "'next stage' needs stages to move through; add stages: ['5 × 3', '6 × 2', "
                                  "'10 × 1'] (the first the exercise as written), or write 'take 10% off'")
        if results.reset is not None:
            add(where + ("reset",), "reset says where the stages start again after the last, and there are no "
                                    "stages; add stages, or write then: reset to 90%")
        return
    if not moves:
        add(where + ("stages",), "the stages never change; write missed: next stage, or after_misses: 2 with "
                                 "then: next stage")
    if results.reset is None:
        add(where + ("stages",), "what follows the last stage? add reset: 85% (back to the first stage at 85% "
                                 "of the load)")


def _check_exercise(results: Results, item: Exercise, phase: Phase, where: tuple, which: str, add: Add) -> bool:
    """The rules against one exercise they act on; True when one was found wrong (a phase's rules then stop at the
    first exercise, so one mistake reads as one message)."""
    found = False
    # A per-set list of reps of the wrong length has its own message (check_set_lists); it has no scheme to compare.
    fits = len(item.reps) in (1, item.sets.high)
    if results.stages:
        first = results.stages[0]
        written = tuple(RepTarget.of(item.rep_for_set(n)) for n in range(item.sets.high)) if fits else None
        if written is not None and (item.sets.is_range or scheme_text(written) != str(first)):
            add(where + ("stages",), f"the first stage is '{first}', and the exercise{which} is {_as_written(item)}; "
                                     "the plan starts on the first stage, so list the exercise as written first, or "
                                     f"write sets: {first.sets} and reps: {first.reps}{'+' if first.plus else ''}")
            found = True
        if item.weeks and any(change.sets is not None or change.reps is not None for change in item.weeks):
            add(where + ("stages",), f"stages set the sets and reps session by session, and the exercise{which} "
                                     "changes them week by week (weeks:); keep one or the other")
            found = True
    if results.amrap:
        plus = any(RepTarget.of(reps).plus for reps in item.reps) or any(
            stage.plus for stage in results.stages or ()) or any(
            reps.amrap for change in item.weeks or () for reps in change.reps or ())
        if not plus:
            add(where + ("amrap",), f"an AMRAP table reads the reps of a '+' set, and the exercise{which} has none; "
                                    "write its last set's reps as '5+' (or 'AMRAP'), or remove amrap")
            found = True
    if effective_increase(item, phase) is None:
        fields = [f for f in ("made", "missed", "then") if getattr(results, f) == ADD_INCREASE]
        fields += ["amrap"] if any(row.then == ADD_INCREASE for row in results.amrap or ()) else []
        for field in fields:
            add(where + (field,), f"'add the increase': the exercise{which} has no increase; give it one "
                                  "(increase: 2.5 kg a session), or write the amount, e.g. add 2.5 kg")
            found = True
    return found


def _as_written(item: Exercise) -> str:
    if item.sets.is_range:
        return f"{item.sets} sets of {', '.join(str(r) for r in item.reps)}"
    return scheme_text(tuple(RepTarget.of(item.rep_for_set(n)) for n in range(item.sets.high)))
