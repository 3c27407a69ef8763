"""Result rules in the spreadsheet: the reps a lifter types in the Done cells move the next session's loads.

The steps are studio.plan.results.step's, written as formulas. Each exercise with rules gets, on its first working
set's row and to the right of Notes, three cells a lifter reads ("Made it", "Next time" and, with stages, "Stage")
and a group of helper cells, folded away, that carry the rules' state from one session of the exercise to its next:

    Base         the number the rules act on as the plan has it this session (the start weight with what the plan
                 has added, the max a percentage is of, or the weight), in the sheet's unit
    Offset       what the log has moved it by: the state's load less Base
    Misses       misses in a row before this session; Stage no.: the stage (1 for the first, or without stages)
    Logged       any reps typed in this session's Done cells
    Made, Top    every counted set reached its target (Top: the top of its range)
    Plus reps    the reps of the last '+' set, for an AMRAP table
    Rule         which rule follows: 1 made, 2 missed, 3 the one after misses in a row, 4 on the table's rows
    Load after, Misses after, Stage after: the state after this session

A session with no reps typed is not logged yet: the plan goes on as written, so the next session keeps this one's
Offset, misses and stage (a fresh sheet shows the plan's loads). A logged session's Load after becomes the next
session's load: its Offset is Load after less that session's Base. Each working set is read by its row; a set left
empty is a set not done, and the session is missed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from studio.format import Action
from studio.plan import PlanExercise, RepTarget, Rules, action_text, scheme_text

SHOWN = ("Made it", "Next time", "Stage")
HELPERS = ("Base", "Offset", "Misses", "Stage no.", "Logged", "Made", "Top", "Plus reps", "Rule", "Load after",
           "Misses after", "Stage after")
RULE_COLUMNS = SHOWN + HELPERS
FIRST = 12  # the column after Notes
DONE_REPS = "I"
COLUMN = {name: chr(ord("A") + FIRST - 1 + n) for n, name in enumerate(RULE_COLUMNS)}
WIDTHS = (8, 22, 10) + (9,) * len(HELPERS)


def rule_column(name: str) -> str:
    """The letter of one of RULE_COLUMNS on a phase sheet."""
    return COLUMN[name]


# Rule numbers: what `Rule` picks, and CHOOSE's order in the formulas that follow it.
MADE, MISSED, THEN, TABLE = 1, 2, 3, 4


@dataclass(frozen=True)
class Link:
    """Where the session before of the same exercise put its state: a sheet reference prefix and a row."""

    sheet: str  # '' on the same sheet, else "'P1 Linear'!"
    row: int
    stages: int


def chain_key(exercise: PlanExercise) -> str:
    """Whose results an exercise's rules follow: the lift's, or a tier's own (its start weight names the tier), as
    the training view keeps them apart."""
    load = exercise.sets[0].load if exercise.sets else None
    lift = load.lift if load is not None and load.kind == "start" and load.lift else ""
    return f"{exercise.name}|{lift}"


def row_count(exercise: PlanExercise) -> int:
    """Rows for the working sets: the sets as written, or the most sets of a stage."""
    rules = exercise.rules
    return max([len(exercise.sets)] + [stage.sets for stage in rules.stages] if rules else [len(exercise.sets)])


def _stage_targets(rules: Rules, stage: int) -> tuple[RepTarget, ...]:
    one = rules.stages[stage]
    return tuple(RepTarget(one.reps, one.reps, one.plus and n == one.sets - 1) for n in range(one.sets))


def stage_reps(rules: Rules, stage_cell: str, row: int, each_side: str) -> str:
    """A Reps cell of a stage list: the stage's reps for the `row`th set (0-based), '—' past its sets."""
    words = []
    for n in range(len(rules.stages)):
        targets = _stage_targets(rules, n)
        words.append(f'"{targets[row].low}{"+" if targets[row].plus else ""}{each_side}"' if row < len(targets)
                     else '"—"')
    return f"=CHOOSE({stage_cell},{','.join(words)})"


def _cells(first: int, count: int) -> str:
    return f"{DONE_REPS}{first}" if count == 1 else f"{DONE_REPS}{first}:{DONE_REPS}{first + count - 1}"


def _reached(targets: tuple[RepTarget, ...], first: int, top: bool) -> str:
    """Every set of `targets`, from row `first` down, logged and at its target (or the top of its range)."""
    wanted = [t.high if top else t.low for t in targets]
    count = f"COUNT({_cells(first, len(targets))})={len(targets)}"
    if all(w == 0 for w in wanted):
        return count
    if len(set(wanted)) == 1:
        return f'AND({count},COUNTIF({_cells(first, len(targets))},">={wanted[0]}")={len(targets)})'
    each = ",".join(f"{DONE_REPS}{first + n}>={w}" for n, w in enumerate(wanted) if w)
    return f"AND({count},{each})"


def _plus(targets: tuple[RepTarget, ...], first: int) -> str:
    """The reps of the last '+' set the lifter got to (every set before it logged), else ''."""
    found = '""'
    for n, target in enumerate(targets):
        if target.plus:
            found = f"IF(COUNT({_cells(first, n + 1)})={n + 1},{DONE_REPS}{first + n},{found})"
    return found


def _by_stage(rules: Rules, stage: str, each: Callable[[tuple[RepTarget, ...]], str]) -> str:
    if not rules.stages:
        return each(())
    return f"CHOOSE({stage},{','.join(each(_stage_targets(rules, n)) for n in range(len(rules.stages)))})"


def _actions(rules: Rules) -> list[Action | None]:
    return [rules.made, rules.missed, rules.then] + [row.then for row in rules.table]


def _load(rules: Rules, action: Action | None, load: str, c: dict[str, str],
          convert: Callable[[float, str], str]) -> str:
    """The load after `action`, as studio.plan.results._apply works it out."""
    if action is None:
        return load
    kind, inc = action.kind, rules.increase
    if kind == "add" and action.unit is None:
        if inc is None or inc.every == "none":
            return load
        added = f"{load}*(1+{inc.amount:g}/100)" if inc.unit == "%" else f"{load}+{convert(inc.amount, inc.unit)}"
        return f"IF({c['Top']},{added},{load})" if inc.every == "range" else added
    if kind == "add":
        return f"{load}+{convert(action.amount, action.unit)}"
    if kind in ("percent", "reset"):
        return f"{load}*{action.percent:g}/100"
    if kind == "next stage":
        return f"IF({c['Stage no.']}<{len(rules.stages)},{load},{load}*{rules.reset or 100:g}/100)"
    return load


def _misses(number: int, action: Action | None, c: dict[str, str]) -> str:
    if number == THEN or action is not None and action.kind in ("next stage", "reset"):
        return "0"
    return f"IF({c['Made']},0,{c['Misses']}+1)"


def _stage(rules: Rules, action: Action | None, c: dict[str, str]) -> str:
    if action is not None and action.kind == "next stage":
        return f"IF({c['Stage no.']}<{len(rules.stages)},{c['Stage no.']}+1,1)"
    return "1" if action is not None and action.kind == "reset" else c["Stage no."]


def _rule(rules: Rules, c: dict[str, str]) -> str:
    """Which rule follows: the one after misses in a row first, then the AMRAP table's row, then made or missed."""
    picked = f"IF({c['Made']},{MADE},{MISSED})"
    if rules.table:
        rows = str(TABLE + len(rules.table) - 1)
        for n in range(len(rules.table) - 2, -1, -1):
            rows = f"IF({c['Plus reps']}<={rules.table[n].high},{TABLE + n},{rows})"
        picked = f"IF(ISNUMBER({c['Plus reps']}),{rows},{picked})"
    if rules.after_misses is not None and rules.then is not None:
        picked = f"IF(AND(NOT({c['Made']}),{c['Misses']}+1>={rules.after_misses}),{THEN},{picked})"
    return picked


def formulas(exercise: PlanExercise, row: int, base: str, before: Link | None,
             convert: Callable[[float, str], str]) -> dict[str, str]:
    """{column name: formula} for an exercise with rules whose first working set is on `row`; `base` is the
    formula (without '=') of the number the rules act on as the plan has it, blank until its input is filled;
    `before` is where the session before of the same exercise left its state."""
    rules = exercise.rules
    c = {name: f"{COLUMN[name]}{row}" for name in RULE_COLUMNS}
    out: dict[str, str] = {"Base": f"={base}"}
    if before is None:
        out |= {"Offset": "=0", "Misses": "=0", "Stage no.": "=1"}
    else:
        prev = {name: f"{before.sheet}{COLUMN[name]}{before.row}" for name in RULE_COLUMNS}
        out["Offset"] = (f"=IF({prev['Logged']},IF(AND(ISNUMBER({prev['Load after']}),ISNUMBER({c['Base']})),"
                         f"{prev['Load after']}-{c['Base']},0),{prev['Offset']})")
        out["Misses"] = f"={prev['Misses after']}"
        stages = len(rules.stages) or 1
        out["Stage no."] = f"=MIN({prev['Stage after']},{stages})" if before.stages > stages else \
            f"={prev['Stage after']}"
    written = tuple(RepTarget.of(s.reps) for s in exercise.sets if not s.optional)
    out["Logged"] = f"=COUNT({_cells(row, row_count(exercise))})>0"
    out["Made"] = "=" + _by_stage(rules, c["Stage no."], lambda t: _reached(t or written, row, False))
    if rules.increase is not None and rules.increase.every == "range":
        out["Top"] = "=" + _by_stage(rules, c["Stage no."], lambda t: _reached(t or written, row, True))
    if rules.table:
        out["Plus reps"] = "=" + _by_stage(rules, c["Stage no."], lambda t: _plus(t or written, row))
    out["Rule"] = f'=IF({c["Logged"]},{_rule(rules, c)},"")'
    actions = _actions(rules)
    load = f"({c['Base']}+{c['Offset']})"
    loads = ",".join(_load(rules, action, load, c, convert) for action in actions)
    out["Load after"] = (f'=IF(ISNUMBER({c["Base"]}),IF({c["Logged"]},ROUND(CHOOSE({c["Rule"]},{loads}),3),'
                         f'{c["Base"]}+{c["Offset"]}),"")')
    misses = ",".join(_misses(n, action, c) for n, action in enumerate(actions, start=1))
    out["Misses after"] = f"=IF({c['Logged']},CHOOSE({c['Rule']},{misses}),{c['Misses']})"
    if rules.stages:
        stages = ",".join(_stage(rules, action, c) for action in actions)
        out["Stage after"] = f"=IF({c['Logged']},CHOOSE({c['Rule']},{stages}),{c['Stage no.']})"
        texts = ",".join(f'"{scheme_text(_stage_targets(rules, n))}"' for n in range(len(rules.stages)))
        out["Stage"] = f"=CHOOSE({c['Stage no.']},{texts})"
    else:
        out["Stage after"] = f"={c['Stage no.']}"
    out["Made it"] = f'=IF({c["Logged"]},IF({c["Made"]},"yes","no"),"")'
    words = ",".join(_words(rules, action, c) for action in actions)
    out["Next time"] = f'=IF({c["Logged"]},CHOOSE({c["Rule"]},{words}),"")'
    return out


def _words(rules: Rules, action: Action | None, c: dict[str, str]) -> str:
    """What follows, in words, as a formula: with double progression and at the end of a stage list, it depends."""
    if action is None:
        return '""'
    inc = rules.increase
    if action.kind == "add" and action.unit is None and inc is not None and inc.every == "range":
        return f'IF({c["Top"]},"add {inc.amount_label}","repeat the load")'
    if action.kind == "next stage":
        first = scheme_text(_stage_targets(rules, 0))
        return (f'IF({c["Stage no."]}<{len(rules.stages)},"move to the next stage",'
                f'"back to {first} at {rules.reset or 100:g}% of the load")')
    return f'"{action_text(action, inc)}"'
