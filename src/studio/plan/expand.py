"""One expanded plan: a programme as weeks → sessions → exercises → sets, each set's target resolved.

This is the only place that works out what a given week and session prescribes: per-week changes,
increases a session, a week or a cycle, loads taken from another day, and warm-up sets worked out
from the first working set, the training max or the 1RM. The page, the figures and every download render from it.

It walks the calendar twice. The first walk resolves every load of an entry's own, counting the sessions of each
lift (or each tier of a lift, `tier:`) for its increases; the second fills in the shares of another day from the
loads the first walk printed, so a share is of exactly what that day shows and never takes an increase itself.

Loads stay relative to what the reader knows (a share of a 1RM, training max or N-rep max, or a
start weight plus what has been added); turning them into kilograms needs the reader's numbers,
which the page's calculator and the spreadsheet ask for.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from studio.format import (
    NO_INCREASE,
    ONE_RM,
    TOP_SET,
    Day,
    Exercise,
    ExerciseInfo,
    Increase,
    Load,
    Phase,
    Program,
    Reps,
    Rest,
    SetCount,
    Warmup,
    amount_text,
    percent_text,
    slugify,
)
from studio.plan.blocks import PlanBlock, plan_block
from studio.plan.effort import effort_range, on_a_barbell, weighed
from studio.plan.order import Group, Slot, groups
from studio.plan.results import Rules, results_text, rules_for
from studio.plan.warmups import DEFAULT_BAR, loaded

Lookup = Callable[[str], ExerciseInfo]

# Days after the start of each week that sessions fall on, by sessions a week: spread with rest
# days between them where the week allows (3 a week: Monday, Wednesday, Friday from a Monday).
WEEKDAY_OFFSETS = {
    1: (0,),
    2: (0, 3),
    3: (0, 2, 4),
    4: (0, 1, 3, 4),
    5: (0, 1, 2, 3, 4),
    6: (0, 1, 2, 3, 4, 5),
    7: (0, 1, 2, 3, 4, 5, 6),
}
RELATIVE = ("percent", "weight", "start")  # loads that an increase or another day's share can change


def _span(low: float, high: float, unit: str = "", written: Callable[[float], str] = amount_text) -> str:
    """'72.5', '65–75' with `unit` after: as a person writes the numbers (a percentage to one decimal), so a
    range whose ends read the same reads as one number."""
    low_text, high_text = written(low), written(high)
    return f"{low_text}{unit}" if low_text == high_text else f"{low_text}–{high_text}{unit}"


@dataclass(frozen=True)
class Target:
    """A set's load for one week and session, resolved.

    percent: `low`–`high` % of the lift's `basis` (1RM, TM or an N-rep max), that max raised by `add` (in
    `unit`: increases a cycle, a week or a session in kg or lb); `run_add` is the part of `add` gained within
    this run of the phase (a week's or a session's increases), the rest came with the runs before. weight:
    `low`–`high` in `unit`. start: `scale` × (the reader's start weight + `add` in `unit`). rpe, rir,
    bodyweight: as written. bar: the empty bar. A warm-up worked out from a fixed working weight keeps its `share`
    of it (in percent): its weight is rounded to the unit's usual step, and a barbell's is never below the bar.

    `lift` says whose number the reader enters for it when that is not the exercise's own: another lift whose max
    a percentage is of ('60% TM of Back squat'), or a tier with its own start weight ('Back squat (T1)').
    """

    kind: str
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    basis: str = ONE_RM
    add: float = 0
    scale: float = 1
    via: str = ""  # '80% of Volume day' when worked out from another day's load
    run_add: float = 0
    lift: str = ""  # whose number, when not the exercise's own: see above
    share: float | None = None  # a warm-up's percent of a fixed first working weight (warmups.py)

    @classmethod
    def of(cls, load: Load) -> Target:
        return cls(load.kind, load.low, load.high, load.unit, load.basis)

    @property
    def is_relative(self) -> bool:
        """Needs the reader's own numbers to become a weight."""
        return self.kind in ("percent", "start")

    def __str__(self) -> str:
        if self.kind == "percent":
            basis = f"{self.basis} of {self.lift}" if self.lift else self.basis
            base = basis if not self.add else f"({basis} + {amount_text(self.add)} {self.unit})"
            return f"{_span(self.low, self.high, written=percent_text)}% {base}"
        if self.kind == "start":
            text = "Start weight" if not self.add else f"Start + {amount_text(self.add)} {self.unit}"
            return text if self.scale == 1 else f"{percent_text(self.scale * 100)}% of ({text.lower()})"
        if self.kind == "weight":
            return _span(self.low, self.high, f" {self.unit}")
        if self.kind == "rpe":
            return "RPE " + _span(self.low, self.high)
        if self.kind == "rir":
            return _span(self.low, self.high) + " RIR"
        return "Bar" if self.kind == "bar" else "Bodyweight"

    @property
    def compact(self) -> str:
        """For a log cell: '72.5%', 'TM 85%', 'Start + 5 kg', '60 kg'."""
        if self.kind == "percent" and self.basis == ONE_RM and not self.add and not self.lift:
            return f"{_span(self.low, self.high, written=percent_text)}%"
        return str(self)


@dataclass(frozen=True)
class PlanSet:
    number: int  # 1-based; warm-up sets count separately
    reps: Reps
    load: Target | None
    optional: bool = False  # past the lower end of a set range (sets: 3-4): done when the day allows
    # (lightest, heaviest) % of 1RM that the RPE chart (effort.py) gives an RPE or RIR set of a barbell, dumbbell
    # or kettlebell lift; None for any other set, or one off the chart. (A percentage warm-up needs a percentage,
    # weight or start-weight load: checks/program.py.)
    chart: tuple[float, float] | None = None

    @property
    def label(self) -> str:
        """'5', '5+ @ 72.5%', 'optional: 8–12': the target printed in a log cell; bodyweight goes without saying."""
        text = str(self.reps) if self.load is None or self.load.kind == "bodyweight" else f"{self.reps} @ {self.load.compact}"
        return f"optional: {text}" if self.optional else text


@dataclass(frozen=True)
class PlanExercise:
    """One exercise in one session, with every set resolved for that session."""

    slot: Slot
    name: str  # the library's name
    slug: str
    sets: tuple[PlanSet, ...]
    warmups: tuple[PlanSet, ...]
    increase: Increase | None  # what raises its load, if anything
    barbell: bool = False  # loaded on a barbell with plates (its library equipment names one)
    written_warmups: tuple[Warmup, ...] = ()  # each of `warmups` as the programme writes it
    rules: Rules | None = None  # what the next session does by how this one went (plan/results.py)

    @property
    def order(self) -> str:
        return self.slot.order

    @property
    def set_count(self) -> SetCount:
        """The sets as a number, or a range when some are optional."""
        return SetCount(sum(not s.optional for s in self.sets), len(self.sets))

    @property
    def item(self) -> Exercise:
        return self.slot.item

    @property
    def rest(self) -> Rest | None:
        return self.slot.rest

    @property
    def warmup_count(self) -> int:
        """The warm-up sets done in this session: a listed one may be left out (see _kept)."""
        return len(self.warmups) if isinstance(self.item.warmup_sets, tuple) else self.item.warmup_count

    @property
    def rule(self) -> str:
        """What depends on the day's result: the owner's rule, and what double progression asks."""
        parts = [self.item.rule] if self.item.rule else []
        if self.increase is not None and self.increase.every == "range":
            parts.append(f"When every set reaches the top of the rep range, add {self.increase.amount_label} "
                         "next time and start again at the bottom of the range.")
        if (step := next_step(self.item)) is not None:
            measure = "time" if any(r.seconds is not None for r in self.item.reps) else "rep"
            own = getattr(step, "reps", None)  # a step with its own target: a hold after reps, reps after a hold
            then = ("and start again at the bottom of the range" if own is None
                    else f"for {own}" + ("" if own.seconds is not None else " reps"))
            parts.append(f"When every set reaches the top of the {measure} range, move up the ladder to {step} {then}.")
        if words := results_text(self.rules):
            parts.append(words)
        return " ".join(parts)


def next_step(item: Exercise) -> str | None:
    """The ladder's step after the exercise, when it has a ladder, a range of reps or of times and a step to climb
    to."""
    if not item.ladder or not any((r.high is not None and r.high != r.low)
                                  or (r.seconds_high is not None and r.seconds_high != r.seconds) for r in item.reps):
        return None
    steps = [slugify(step) for step in item.ladder]
    here = steps.index(slugify(item.exercise)) if slugify(item.exercise) in steps else len(steps)
    return item.ladder[here + 1] if here + 1 < len(steps) else None


@dataclass(frozen=True)
class PlanSession:
    week: int  # 1-based over the programme
    number: int  # 1-based within the week
    index: int  # 1-based over the programme
    phase: int  # 0-based index into program.phases
    cycle: int  # 1-based run through the phase
    week_of_phase: int  # 1-based week within the run
    day: int  # 0-based index into the phase's days
    day_offset: int  # days after the programme's start date
    template: Day
    exercises: tuple[PlanExercise, ...]
    blocks: tuple[PlanBlock, ...] = ()  # conditioning blocks, measured in time rather than sets

    @property
    def title(self) -> str:
        return f"Week {self.week} · {self.template.name}"

    @property
    def left_out(self) -> tuple[Group, ...]:
        """The day's entries that `only_weeks` leaves out of this week."""
        return tuple(group for group in groups(self.template) if not group.done_in(self.week_of_phase))

    def groups(self) -> Iterator[tuple[str, tuple[PlanExercise, ...]]]:
        """(superset or pair sentence, or '', exercises) in order: how the day's sets read; blocks are left out."""
        for entry in self.entries():
            if not isinstance(entry, PlanBlock):
                yield entry

    def entries(self) -> Iterator[tuple[str, tuple[PlanExercise, ...]] | PlanBlock]:
        """The whole day in order: (sentence, exercises) for exercises, supersets and pairs, and each block; what
        `only_weeks` leaves out of this week is not here."""
        by_order = {e.order: e for e in self.exercises}
        blocks = {b.order: b for b in self.blocks}
        for group in groups(self.template):
            if not group.done_in(self.week_of_phase):
                continue
            if group.block is not None:
                yield blocks[group.letter]
            else:
                yield group.sentence, tuple(by_order[slot.order] for slot in group.slots)


@dataclass(frozen=True)
class PlanWeek:
    number: int
    phase: int
    cycle: int
    week_of_phase: int
    deload: bool
    sessions: tuple[PlanSession, ...]


@dataclass(frozen=True)
class Input:
    """A number the reader supplies for one lift: its 1RM, an N-rep max, or a start weight (a tier's own start
    weight is filed under the lift and its tier: 'Back squat (T1)')."""

    lift: str
    basis: str  # '1RM', '5RM', ... or 'start'
    effort: bool = False  # a 1RM asked for only to read the lift's RPE or RIR sets off the chart


@dataclass(frozen=True)
class Plan:
    program: Program
    weeks: tuple[PlanWeek, ...]

    @property
    def sessions(self) -> list[PlanSession]:
        return [session for week in self.weeks for session in week.sessions]

    def inputs(self, effort: bool = False) -> list[Input]:
        """What the reader enters to turn relative loads into weights, in order of first use.

        A training-max load asks for the 1RM: the training max is worked out from it. With `effort`, RPE and RIR
        sets the chart reads (PlanSet.chart) ask for their lift's 1RM too, marked `effort` when nothing else does.
        """
        found: dict[tuple[str, str], bool] = {}  # (lift, basis) -> asked for by effort sets only
        for session in self.sessions:
            for exercise in session.exercises:
                for done in (*exercise.warmups, *exercise.sets):
                    load = done.load
                    if load is not None and load.is_relative:
                        basis = "start" if load.kind == "start" else (ONE_RM if load.basis == "TM" else load.basis)
                        found[(load.lift or exercise.name, basis)] = False
                    elif effort and done.chart is not None:
                        found.setdefault((exercise.name, ONE_RM), True)
        return [Input(lift, basis, only_effort) for (lift, basis), only_effort in found.items()]

    def cycle_increases(self) -> dict[tuple[str, int], float]:
        """{(lift, cycle): what its max has gone up by from cycle 1 when the cycle starts} where increases raise it:
        a cycle's increase, or the weeks or sessions of the cycles before."""
        found = {}
        for session in self.sessions:
            for exercise in session.exercises:
                for done in exercise.sets:
                    load = done.load
                    if load is not None and load.kind == "percent" and round(load.add - load.run_add, 9):
                        found[(load.lift or exercise.name, session.cycle)] = round(load.add - load.run_add, 9)
        return found


# ---------------------------------------------------------------- expanding


def week_prescription(item: Exercise, week_of_phase: int) -> tuple[SetCount, tuple[Reps, ...], tuple[Load, ...] | None]:
    """(sets, reps, load) as written for one week of the phase: the exercise's, changed by its `weeks` entry."""
    sets, reps, load = item.sets, item.reps, item.load
    if item.weeks and week_of_phase <= len(item.weeks):
        change = item.weeks[week_of_phase - 1]
        sets = change.sets if change.sets is not None else sets
        reps = change.reps if change.reps is not None else reps
        load = change.load if change.load is not None else load
    return sets, reps, load


def _one(values: tuple, index: int):
    return values[index] if len(values) > 1 else values[0]


def effective_increase(item: Exercise, phase: Phase) -> Increase | None:
    """The exercise's own increase; else the phase's, where it fits the exercise's loads: a percentage fits
    percentage loads (and so does an increase a cycle, which raises the max they are of); kg or lb a week or a
    session fit weights, start weights and percentages of a max (it raises the max)."""
    if item.increase is not None:
        return None if item.increase == NO_INCREASE else item.increase
    inc = phase.increase
    if inc is None or not item.load:
        return None
    kinds = {load.kind for load in item.load if load.basis != "day"}
    if inc.every in ("cycle",) or inc.unit == "%":
        return inc if kinds == {"percent"} else None
    return inc if kinds and kinds <= {"weight", "start", "percent"} else None


@dataclass(frozen=True)
class Steps:
    """How many times an increase has gone on a set: `before` in the runs of the phase before this one, `now`
    within this run."""

    before: int = 0
    now: int = 0


def raises_max(inc: Increase | None, target: Target) -> bool:
    """An increase in kg or lb on a percentage load raises the max the percentage is of."""
    return inc is not None and inc.unit != "%" and target.kind == "percent"


def _raise(target: Target, inc: Increase | None, steps: Steps) -> Target:
    if inc is None or inc.every == "range" or target.kind not in RELATIVE:
        return target
    if inc.unit == "%":
        if target.kind != "percent":  # the checks refuse it: a percentage goes on percentage loads
            return target
        # It compounds: each week (session, cycle) is 1 + amount/100 times the one before, as '2.5% heavier' says.
        factor = (1 + inc.amount / 100) ** (steps.before + steps.now)
        return replace(target, low=round(target.low * factor, 9), high=round(target.high * factor, 9))
    amount = (steps.before + steps.now) * inc.amount
    if not amount:
        return target
    if target.kind == "percent":
        return replace(target, add=target.add + amount, unit=inc.unit, run_add=steps.now * inc.amount)
    if target.kind == "weight":
        return replace(target, low=target.low + amount, high=target.high + amount)
    return replace(target, add=target.add + amount, unit=inc.unit)


def _share(target: Target, fraction: float, via: str) -> Target:
    """`fraction` of another day's resolved load."""
    if target.kind in ("percent", "weight"):
        return replace(target, low=round(target.low * fraction, 4), high=round(target.high * fraction, 4), via=via)
    if target.kind == "start":
        return replace(target, scale=round(target.scale * fraction, 4), via=via)
    return replace(target, via=via)


def _warmup_target(warmup: Warmup, first: Target | None, barbell: bool) -> Target:
    """A warm-up set's load in one session, from the session's first working set where it is a share of it."""
    if warmup.kind == "bar":
        return Target("bar")
    if warmup.kind == "weight":
        return Target("weight", warmup.amount, warmup.amount, warmup.unit)
    fraction = warmup.amount / 100
    if warmup.basis:  # of the training max or the 1RM, raised as the working sets' max is when they share it
        same = first is not None and first.kind == "percent" and first.basis == warmup.basis
        raised = dict(add=first.add, unit=first.unit, run_add=first.run_add, lift=first.lift) if same else {}
        return Target("percent", warmup.amount, warmup.amount, basis=warmup.basis, **raised)
    if first is None or first.kind not in RELATIVE:
        return Target("percent", warmup.amount, warmup.amount, basis="first working set")
    if first.kind == "weight":  # a number now: rounded to the usual step, never below the empty bar
        low, high = (loaded(end * fraction, first.unit, barbell) for end in (first.low, first.high))
        if barbell and high == DEFAULT_BAR[first.unit]:
            return Target("bar", unit=first.unit, share=warmup.amount)
        return Target("weight", low, high, first.unit, share=warmup.amount)
    return _share(first, fraction, "")


def tier_key(lift: str, item: Exercise) -> str:
    """What a lift's session count and start weight are filed under: the lift, or with a tier, the lift and its tier
    ('Back squat (T1)')."""
    return f"{lift} ({item.tier})" if item.tier else lift


def _own_load(item: Exercise, week: int) -> bool:
    """The entry has a load of its own this week, not only shares of another day: a session it counts in."""
    _, _, loads = week_prescription(item, week)
    return not loads or any(load.basis != "day" for load in loads)


def _kept(target: Target, first: Target | None) -> bool:
    """Whether a warm-up is done before the first working set: not where a share of a max is as heavy as a share of
    the same max raised alike (a deload week's 40% TM working set needs no 40% TM warm-up), nor where a weight is
    heavier than one in the same unit (the empty bar before a first session at the bar stays)."""
    if first is None or target.share is not None or target.kind != first.kind:
        return True
    if target.kind == "percent" and target.basis in ("TM", ONE_RM) and (
            target.basis, target.add, target.unit, target.lift) == (first.basis, first.add, first.unit, first.lift):
        return target.high < first.low
    if target.kind == "weight" and target.unit == first.unit:
        return target.high <= first.low
    return True


def _warmups(item: Exercise, targets: list[PlanSet], barbell: bool) -> tuple[tuple[PlanSet, ...], tuple[Warmup, ...]]:
    """(warm-up sets, each as written) of one session, from its first working set."""
    if not isinstance(item.warmup_sets, tuple):
        return (), ()
    first = targets[0].load if targets else None
    # A warm-up no lighter than the first working set is left out of that session (checks/progressions.py
    # refuses one that is never done).
    done = [(w, t) for w in item.warmup_sets if _kept(t := _warmup_target(w, first, barbell), first)]
    return (tuple(PlanSet(n + 1, Reps(w.reps, w.reps), target) for n, (w, target) in enumerate(done)),
            tuple(w for w, _ in done))


class _Expander:
    """Walks the programme's calendar once, counting sessions per lift, or per tier of a lift (`tier_key`), for
    per-session increases; then fills in the shares of another day (`_Shares`)."""

    def __init__(self, program: Program, lookup: Lookup):
        self.program, self.lookup = program, lookup
        self.seen_in_programme: Counter[str] = Counter()  # start-weight progressions run over the programme
        self.seen_in_phase: Counter[str] = Counter()  # a max raised each session keeps rising over a phase's runs

    def expand(self) -> Plan:
        program = self.program
        offsets = WEEKDAY_OFFSETS[program.sessions_per_week]
        weeks, week_number, index = [], 0, 0
        for p, phase in enumerate(program.phases):
            schedule = program.schedule(p)
            self.seen_in_phase = Counter()
            for run in range(phase.cycles):
                seen_in_run: Counter[str] = Counter()  # written loads progress within each run of a phase
                for w in range(phase.weeks):
                    days = schedule[run * phase.weeks + w]
                    sessions = []
                    for n, day in enumerate(days):
                        index += 1
                        d = next(i for i, candidate in enumerate(phase.days) if candidate is day)
                        sessions.append(PlanSession(
                            week_number + 1, n + 1, index, p, run + 1, w + 1, d, week_number * 7 + offsets[n], day,
                            self._exercises(phase, day, run + 1, w + 1, seen_in_run), self._blocks(day, w + 1)))
                    week_number += 1
                    weeks.append(PlanWeek(week_number, p, run + 1, w + 1, phase.deload, tuple(sessions)))
        return _Shares(Plan(program, tuple(weeks))).filled()

    def _blocks(self, day: Day, week: int) -> tuple[PlanBlock, ...]:
        return tuple(plan_block(group.letter, group.block, self.lookup) for group in groups(day)
                     if group.block and group.done_in(week))

    def _exercises(self, phase: Phase, day: Day, cycle: int, week: int, seen: Counter[str]) -> tuple[PlanExercise, ...]:
        found = []
        for group in groups(day):
            if not group.done_in(week):
                continue
            for slot in group.slots:
                info = self.lookup(slot.item.exercise)
                inc = effective_increase(slot.item, phase)
                found.append(self._exercise(slot, info, phase, cycle, week, inc, seen))
        # Counted once the day is laid out, once per lift (or tier): a lift done twice in a session steps once. An
        # entry whose loads are all shares of another day takes no increase, and does not count.
        counted = [e for e in found if _own_load(e.item, week)]
        for key in dict.fromkeys(tier_key(e.name, e.item) for e in counted):
            seen[key] += 1
            self.seen_in_phase[key] += 1
        started = (tier_key(e.name, e.item) for e in counted
                   if any(s.load is not None and s.load.kind == "start" for s in e.sets))
        for key in dict.fromkeys(started):
            self.seen_in_programme[key] += 1
        return tuple(found)

    def _exercise(self, slot: Slot, info: ExerciseInfo, phase: Phase, cycle: int, week: int,
                  inc: Increase | None, seen: Counter[str]) -> PlanExercise:
        item = slot.item
        key = tier_key(info.name, item)
        sets, reps, loads = week_prescription(item, week)
        targets = []
        charted = weighed(info.equipment)
        for n in range(sets.high):
            load = _one(loads, n) if loads else None
            if load is None:
                target = None
            elif load.basis == "day":  # filled in by _Shares once every own load is known
                target = Target("percent", load.low, load.high, basis=load.basis_label)
            else:
                target = Target.of(load)
                if load.lift and (other := self.lookup(load.lift).name) != info.name:
                    target = replace(target, lift=other)
                elif load.kind == "start" and item.tier:
                    target = replace(target, lift=key)
                target = _raise(target, inc, self._steps(inc, target, phase, cycle, week, key, seen))
            rep = _one(reps, n)
            chart = effort_range(rep, target.kind, target.low, target.high) if charted and target else None
            targets.append(PlanSet(n + 1, rep, target, optional=n >= sets.low, chart=chart))
        barbell = on_a_barbell(info.equipment)
        warmups, written = _warmups(item, targets, barbell)
        return PlanExercise(slot, info.name, info.slug, tuple(targets), warmups, inc, barbell, written,
                            rules_for(item, phase, inc))

    def _steps(self, inc: Increase | None, target: Target, phase: Phase, cycle: int, week: int, key: str,
               seen: Counter[str]) -> Steps:
        """Written loads (percentages, weights) go up within each run of a phase, a start weight over the
        programme, a max (kg or lb on a percentage) over the runs of its phase: the lifter carries it."""
        if inc is None or inc.every == "range":
            return Steps()
        if inc.every == "cycle":
            return Steps(before=cycle - 1)
        carried = raises_max(inc, target)
        if inc.every == "week":
            return Steps((cycle - 1) * phase.weeks if carried else 0, week - 1)
        if target.kind == "start":
            return Steps(now=self.seen_in_programme[key])
        return Steps(self.seen_in_phase[key] - seen[key] if carried else 0, seen[key])


class _Shares:
    """The second walk: each share of another day ('80% of Volume day') becomes its share of the load that day's
    session printed for the same lift: of the same set number, the top set or a named set; of the same week's
    session or last week's. A share of a share is worked out in turn (the checks refuse loops)."""

    def __init__(self, plan: Plan):
        self.plan, self.sessions = plan, plan.sessions
        self.done: dict[tuple[int, int], PlanExercise] = {}  # (session index, place in the session) -> filled in

    def filled(self) -> Plan:
        weeks = tuple(replace(week, sessions=tuple(
            replace(session, exercises=tuple(self._exercise(session, i, ()) for i in range(len(session.exercises))))
            for session in week.sessions)) for week in self.plan.weeks)
        return replace(self.plan, weeks=weeks)

    def _exercise(self, session: PlanSession, i: int, trail: tuple) -> PlanExercise:
        place = (session.index, i)
        if place in self.done:
            return self.done[place]
        exercise = session.exercises[i]
        _, _, loads = week_prescription(exercise.item, session.week_of_phase)
        if not loads or all(load.basis != "day" for load in loads) or place in trail:
            return self.done.setdefault(place, exercise)
        sets = []
        for done in exercise.sets:
            load = _one(loads, done.number - 1)
            if load is not None and load.basis == "day":
                done = replace(done, load=self._share(session, exercise, load, done.number - 1, trail + (place,)),
                               chart=None)
            sets.append(done)
        warmups, written = _warmups(exercise.item, sets, exercise.barbell)
        filled = replace(exercise, sets=tuple(sets), warmups=warmups, written_warmups=written)
        return self.done.setdefault(place, filled)

    def _share(self, session: PlanSession, exercise: PlanExercise, load: Load, n: int, trail: tuple) -> Target:
        found = self._source(session, exercise, load)
        if found is None:
            return Target("percent", load.low, load.high, basis=load.basis_label)
        other, i = found
        source = self._exercise(other, i, trail)
        if load.day_set == TOP_SET:
            picked = max(source.sets, key=lambda s: _heft(s.load))
        else:
            picked = source.sets[min(n if load.day_set is None else load.day_set - 1, len(source.sets) - 1)]
        via = f"{percent_text(load.low)}% {replace(load, day=other.template.name).basis_label}"
        if picked.load is None:
            return Target("percent", load.low, load.high, basis=load.basis_label)
        return _share(picked.load, load.low / 100, via)

    def _source(self, session: PlanSession, exercise: PlanExercise, load: Load) -> tuple[PlanSession, int] | None:
        """The named day's session this share is of, and the place of the same lift in it (the same tier where it
        has one): that week's (or last week's) session, the one before this session when the day comes twice, the
        one after when it comes later in the week; a week without it takes its session before, else after."""
        week = session.week - 1 if load.last_week and (session.week_of_phase > 1 or session.cycle > 1) else session.week
        candidates = []
        for other in self.sessions:
            if other.phase != session.phase or other.template.name.lower() != load.day.lower():
                continue
            # Never the entry itself, in this session or another: a share of its own day is of the lift's other
            # entry there, as the checks read it (else each session took a share of the one before, and shrank).
            places = [i for i, e in enumerate(other.exercises) if e.name == exercise.name and e.item is not exercise.item]
            if places:
                same_tier = [i for i in places if other.exercises[i].item.tier == exercise.item.tier]
                candidates.append((other, (same_tier or places)[0]))
        in_week = [c for c in candidates if c[0].week == week]
        for pool in (in_week, candidates):
            before = [c for c in pool if c[0].index < session.index]
            after = [c for c in pool if c[0].index >= session.index]
            if before or after:
                return before[-1] if before else after[0]
        return None


def _heft(target: Target | None) -> float:
    """How heavy a set of one entry is, to find its top set: its share of the number it is worked out from."""
    if target is None or target.kind not in RELATIVE:
        return -1
    return target.scale if target.kind == "start" else target.high


def expand(program: Program, lookup: Lookup) -> Plan:
    """The programme week by week, session by session, set by set, with every target resolved."""
    return _Expander(program, lookup).expand()
