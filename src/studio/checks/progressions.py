"""Rules for what changes week by week: per-week entries, increases, training maxes, loads taken from
another day and warm-up sets. Each contradiction gets its file line and what to write instead."""

from __future__ import annotations

from collections.abc import Callable

from studio.format import NO_INCREASE, TRAINING_MAX, Exercise, Load, Pair, Phase, Program, Superset, Warmup
from studio.plan import effective_increase, groups

Add = Callable[[tuple, str], None]  # (field path, message)


def _loads(item: Exercise) -> list[Load]:
    """Every load the exercise is given, in any week."""
    found = list(item.load or ())
    for change in item.weeks or ():
        found += list(change.load or ())
    return found


def check_progressions(program: Program, add: Add) -> None:
    for p, phase in enumerate(program.phases):
        _check_phase(program, p, phase, add)
        _check_only_weeks(program, p, phase, add)
        _check_share_loops(p, phase, add)
    for loc, item in program.exercises():
        phase = program.phases[loc[1]]
        _check_weeks(item, phase, loc, add)
        _check_increase(item, phase, loc, add)
        _check_loads(program, item, phase, loc, add)
        _check_warmups(program, item, phase, loc, add)


def _check_phase(program: Program, p: int, phase: Phase, add: Add) -> None:
    inc = phase.increase
    if inc is None:
        return
    loc = ("phases", p, "increase")
    if inc.every == "cycle" and phase.cycles == 1:
        add(loc, f"'{inc}' needs a phase that runs more than once; add cycles: 3 (or how many) to the phase, "
                 "or write the increase a week or a session")
    if inc.every == "range":
        add(loc, "double progression depends on each exercise's rep range; write it on the exercises, "
                 "e.g. increase: 2.5 kg at the top of the range")
    loaded = [item for day in phase.days for item in day.members() if item.load]
    if not loaded:
        add(loc, f"no exercise in '{phase.name}' has a load to increase; give the exercises a load, "
                 "or remove increase")


def check_set_lists(item: Exercise, loc: tuple, add: Add) -> None:
    """A per-set list of reps or loads has one entry per set; also run on a partly read exercise (sets may be None)."""
    for field, given in (("reps", item.reps), ("load", item.load)):
        if given and item.sets is not None and len(given) > 1 and len(given) != item.sets.high:
            add(loc + (field,), f"lists {len(given)} sets but sets is {item.sets}; give one entry per set"
                                f"{_each_of(item.sets)}, or change sets")


def _each_of(sets) -> str:
    """With a set range, a per-set list covers every set that may be done."""
    return f", {sets.high} for sets {sets}" if sets.is_range else ""


def _check_weeks(item: Exercise, phase: Phase, loc: tuple, add: Add) -> None:
    check_set_lists(item, loc, add)
    if item.weeks is None:
        return
    if len(item.weeks) != phase.weeks:
        add(loc + ("weeks",), f"lists {len(item.weeks)} weeks but the phase '{phase.name}' has {phase.weeks}; "
                              "give one entry per week of the phase ({} keeps the exercise as written)")
    for w, change in enumerate(item.weeks):
        sets = change.sets if change.sets is not None else item.sets
        for field in ("reps", "load"):
            given = getattr(change, field)
            if given and len(given) > 1 and len(given) != sets.high:
                add(loc + ("weeks", w, field), f"lists {len(given)} sets but week {w + 1} has {sets} sets; "
                                               f"give one entry per set{_each_of(sets)}, or change sets for that week")


def _check_increase(item: Exercise, phase: Phase, loc: tuple, add: Add) -> None:
    inc = item.increase
    if inc is None or inc == NO_INCREASE:
        return
    where = loc + ("increase",)
    kinds = {load.kind for load in _loads(item) if load.basis != "day"}
    if not kinds:
        add(where, f"'{inc.amount_label}' has no load to go on; give the exercise a load such as '75%', "
                   "'60 kg' or 'start', or remove increase")
        return
    if inc.every == "range":
        if not any(r.kind == "range" for r in item.reps):
            add(where, "double progression climbs through a rep range; write reps as a range such as '8-12'")
        return
    if inc.every == "cycle":
        if phase.cycles == 1:
            add(where, f"'{inc}' needs a phase that runs more than once; add cycles: 3 (or how many) to the phase "
                       f"'{phase.name}', or write the increase a week or a session")
        if kinds != {"percent"}:
            add(where, "an increase a cycle raises the max the percentages are of; it needs loads such as '85% TM'")
        return
    if inc.unit == "%" and (fixed := kinds - {"weight", "start", "percent"}):
        add(where, f"'{inc.amount_label}' goes on percentage loads such as '75%' or '85% TM'; "
                   f"{' and '.join(sorted(fixed))} loads cannot go up by a fixed amount")
    elif inc.unit == "%" and kinds != {"percent"}:
        add(where, f"'{inc.amount_label}' goes on percentage loads; with "
                   f"{' or '.join(sorted(kinds - {'percent'}))} loads write it in kg or lb, e.g. '2.5 kg a {inc.every}'")
    elif inc.unit != "%" and (fixed := kinds - {"weight", "start", "percent"}):
        add(where, f"'{inc.amount_label}' needs a load in kg or lb, a percentage of a max or 'start'; "
                   f"{' and '.join(sorted(fixed))} loads cannot go up by a fixed amount")


def _check_loads(program: Program, item: Exercise, phase: Phase, loc: tuple, add: Add) -> None:
    for load in _loads(item):
        if load.kind == "percent" and load.basis == TRAINING_MAX and program.training_max is None:
            add(loc + ("load",), "a training-max load needs the programme's training max; add training_max: 90 "
                                 "(the training max as a percentage of 1RM) at the top of the file")
            return
        if load.kind == "percent" and load.basis == "day":
            message = _day_problem(item, phase, load, _trained_weeks(program, loc[1]))
            if message:
                add(loc + ("load",), message)
                return
        if load.kind == "percent" and load.lift:
            message = _other_lift_problem(item, phase, load)
            if message:
                add(loc + ("load",), message)
                return


def _trained_weeks(program: Program, p: int) -> dict[int, set[int]]:
    """{id of a day template: the weeks of its phase (counted from 1, in any run) the rotation trains it}."""
    phase = program.phases[p]
    found: dict[int, set[int]] = {}
    for week, days in enumerate(program.schedule(p)):
        for day in days:
            found.setdefault(id(day), set()).add(week % phase.weeks + 1)
    return found


def _day_problem(item: Exercise, phase: Phase, load: Load, trained: dict[int, set[int]]) -> str:
    names = [day.name for day in phase.days]
    day = next((d for d in phase.days if d.name.lower() == load.day.lower()), None)
    if day is None:
        return (f"'{load}' names no day of the phase '{phase.name}'; use one of "
                f"{', '.join(repr(n) for n in names)}, or write '75%' (of 1RM), '85% TM' or '85% 5RM'")
    same = [other for other in day.members() if other.exercise.lower() == item.exercise.lower() and other is not item]
    if not same:
        return f"'{load}': {day.name} has no {item.exercise} to take the load from; add it to that day"
    source = next((other for other in same if other.tier == item.tier), same[0])
    loads = _loads(source)
    if not loads or any(s.kind not in ("percent", "weight", "start") for s in loads):
        return (f"'{load}': {item.exercise} on {day.name} needs a load as a percentage of a max, "
                "a weight, 'start' or a share of another day to take a share of")
    fewest = min([source.sets.low, *(change.sets.low for change in source.weeks or () if change.sets is not None)])
    if isinstance(load.day_set, int) and load.day_set > fewest:
        return (f"'{load}': {item.exercise} on {day.name} has {fewest} set{'' if fewest == 1 else 's'} in some weeks; "
                f"name a set from 1 to {fewest}, or write '{_percent(load)}% of the top set of {day.name}'")
    # The plan takes a share of a session that does the lift: the day must do it in a week the rotation trains it.
    weeks = sorted(trained.get(id(day), ()))
    done = [group for group in groups(day) if any(slot.item is other for slot in group.slots for other in same)]
    if weeks and not any(group.done_in(week) for group in done for week in weeks):
        return (f"'{load}': {item.exercise} on {day.name} is never done: only_weeks leaves it out of "
                f"{_weeks_text(weeks)}, the {'only week' if len(weeks) == 1 else 'weeks'} of the phase "
                f"'{phase.name}' the rotation trains {day.name} in; take the load from a day that does it, or change "
                "only_weeks")
    if load.last_week and phase.weeks == 1 and phase.cycles == 1:
        return (f"'{load}': the phase '{phase.name}' has one week and runs once, so it has no week before; "
                f"write '{_percent(load)}% of {day.name}' (the same week's)")
    return ""


def _raising(inc):
    """The part of an increase that raises the max a percentage is of: kg or lb a session, week or cycle."""
    return inc if inc is not None and inc.unit != "%" and inc.every != "range" else None


def _other_lift_problem(item: Exercise, phase: Phase, load: Load) -> str:
    """A share of another lift's max follows the max that lift's own entries raise: one max, one increase (else the
    spreadsheet would have two of that lift's training max for one cycle, each raised differently)."""
    own = _raising(effective_increase(item, phase))
    theirs = [_raising(effective_increase(other, phase)) for day in phase.days for other in day.members()
              if other.exercise.lower() == load.lift.lower() and any(
                  mine.kind == "percent" and mine.basis == load.basis and not mine.lift and mine.basis != "day"
                  for mine in _loads(other))]
    if not theirs or all(inc == own for inc in theirs):
        return ""
    main = next((inc for inc in theirs if inc is not None), None)
    if main is None:
        return (f"'{load}' follows {load.lift}'s {load.basis}, which {load.lift} does not raise in the phase "
                f"'{phase.name}', but this exercise raises it by '{own}'; remove its increase (or write increase: "
                f"none), or give {load.lift} the same increase")
    return (f"'{load}' follows {load.lift}'s {load.basis}, which {load.lift} raises by '{main}' in the phase "
            f"'{phase.name}' and this exercise by '{own or 'nothing'}'; write increase: {main.amount_label} a "
            f"{main.every} on this exercise too, so both follow one max")


def _weeks_text(weeks: list[int]) -> str:
    if len(weeks) == 1:
        return f"week {weeks[0]}"
    return f"weeks {', '.join(map(str, weeks[:-1]))} and {weeks[-1]}"


def _percent(load: Load) -> str:
    return f"{load.low:g}"


def _check_share_loops(p: int, phase: Phase, add: Add) -> None:
    """A share of a day whose load is a share of a day, and so on, must come to a load of its own: a loop of shares
    has no number to start from. Every share counts, each set's of a per-set list too (following only an entry's
    first share missed a loop through its second set, and the plan printed it unworked out). Reported once per
    loop, on its first entry in page order, along the shortest way round."""
    entries = []  # (path, day, exercise): every entry of the phase
    for d, day in enumerate(phase.days):
        for s, slot in enumerate(day.exercises):
            loc = ("phases", p, "days", d, "exercises", s)
            members = slot.superset if isinstance(slot, Superset) else slot.pair if isinstance(slot, Pair) else [slot]
            key = "superset" if isinstance(slot, Superset) else "pair" if isinstance(slot, Pair) else None
            for m, member in enumerate(members):
                if isinstance(member, Exercise):
                    entries.append((loc + (key, m) if key else loc, day, member))
    by_day: dict[tuple[str, str], list[tuple]] = {}
    for entry in entries:
        by_day.setdefault((entry[1].name.lower(), entry[2].exercise.lower()), []).append(entry)

    def sources(item) -> list[tuple]:
        """(the entry this one takes a share of, the load that does), for each of its shares."""
        found = []
        for load in _loads(item):
            if load.kind != "percent" or load.basis != "day":
                continue
            same = [e for e in by_day.get((load.day.lower(), item.exercise.lower()), ()) if e[2] is not item]
            if same:
                found.append((next((e for e in same if e[2].tier == item.tier), same[0]), load))
        return found

    reported: set[int] = set()
    for path, day, item in entries:
        if id(item) in reported:
            continue
        way = _way_back(item, sources)
        if way is None:
            continue
        loop = [(path, day, item)] + [step for step, _ in way[:-1]]
        reported.update(id(e[2]) for e in _reaching(item, sources))
        days = " → ".join(e[1].name for e in loop) + f" → {day.name}"
        add(path + ("load",), f"'{way[0][1]}' makes a loop of shares for {item.exercise}: {days}; each takes its "
                              "load from the next, so none has a number to start from; give one of them a load of "
                              "its own, such as '75%' or 'start'")


def _way_back(item, sources) -> list[tuple] | None:
    """The shortest way along shares from `item` back to itself, as [(entry, load), ...], or None."""
    came: dict[int, tuple] = {}  # id(entry) -> (the step before it, (entry, load))
    queue = [(None, step) for step in sources(item)]
    while queue:
        before, (entry, load) = queue.pop(0)
        if id(entry) in came:
            continue
        came[id(entry)] = (before, (entry, load))
        if entry[2] is item:
            way, here = [], id(entry)
            while here is not None:
                before_id, step = came[here]
                way.append(step)
                here = before_id
            return way[::-1]
        queue += [(id(entry), step) for step in sources(entry[2])]
    return None


def _reaching(item, sources) -> list[tuple]:
    """The entries of the loops through `item`: those it reaches that reach it again (reported with it)."""
    found = []
    seen: dict[int, tuple] = {}
    queue = [step[0] for step in sources(item)]
    while queue:
        entry = queue.pop(0)
        if id(entry[2]) not in seen:
            seen[id(entry[2])] = entry
            queue += [step[0] for step in sources(entry[2])]
    for entry in seen.values():
        if entry[2] is item or _way_to(entry[2], item, sources):
            found.append(entry)
    return found


def _way_to(start, goal, sources) -> bool:
    seen, queue = {id(start)}, [start]
    while queue:
        for entry, _ in sources(queue.pop(0)):
            if entry[2] is goal:
                return True
            if id(entry[2]) not in seen:
                seen.add(id(entry[2]))
                queue.append(entry[2])
    return False


def _check_warmups(program: Program, item: Exercise, phase: Phase, loc: tuple, add: Add) -> None:
    if not isinstance(item.warmup_sets, tuple):
        return
    first = item.load[0] if item.load else None
    if any(w.kind == "percent" and not w.basis for w in item.warmup_sets) and (
            first is None or first.kind not in ("percent", "weight", "start")):
        add(loc + ("warmup_sets",), "a warm-up set as a percentage is a share of the first working set's load; "
                                    "give the exercise a load such as '75%', '60 kg' or 'start', "
                                    "or write the warm-up as 'bar × 5' or '20 kg × 5'")
    firsts = _first_loads(item, phase)
    # Loads that go up leave a warm-up behind after a while: the plan leaves it out only while it is not lighter.
    rising = item.increase is not None and item.increase != NO_INCREASE or item.increase is None and phase.increase
    kinds = {load.kind for load in _loads(item)}
    for n, warmup in enumerate(item.warmup_sets):
        where = loc + ("warmup_sets", n)
        if warmup.kind == "percent" and warmup.basis:
            named = "the training max" if warmup.basis == TRAINING_MAX else "the 1RM"
            if warmup.basis == TRAINING_MAX and program.training_max is None:
                add(where, f"'{warmup}' is a share of the training max, which needs the programme's training max; "
                           "add training_max: 90 (the training max as a percentage of 1RM) at the top of the file, "
                           f"or write the warm-up as a share of the first working set, e.g. '{_fmt(warmup)}% × "
                           f"{warmup.reps}'")
                continue
            if not kinds or kinds - {"percent", "rpe", "rir"}:
                what = " and ".join(sorted(kinds - {"percent", "rpe", "rir"})) or "no"
                add(where, f"'{warmup}' asks the lifter for {named}, but the exercise has {what} loads, which "
                           f"need none; write the warm-up as a share of the first working set, e.g. "
                           f"'{_fmt(warmup)}% × {warmup.reps}', or as 'bar × 5' or '20 kg × 5'")
                continue
        heavier = [week for week, load in firsts if not _kept(warmup, load)]
        if firsts and len(heavier) == len(firsts) and not rising:
            than = "as heavy as the first working set ({}) or heavier" if warmup.kind == "percent" else \
                "heavier than the first working set ({})"
            add(where, f"'{warmup}' is {than.format(firsts[0][1])}" + (" in every week" if item.weeks else "")
                       + ", so it is never done; a warm-up set is lighter than the working sets: lower it or leave it out")


def _fmt(warmup: Warmup) -> str:
    return f"{warmup.amount:g}"


def _first_loads(item: Exercise, phase: Phase) -> list[tuple[int, Load]]:
    """(week of the phase, the first working set's load as written that week), for each week of the phase."""
    found = []
    for week in range(1, phase.weeks + 1):
        load = item.load
        if item.weeks and week <= len(item.weeks) and item.weeks[week - 1].load is not None:
            load = item.weeks[week - 1].load
        if load:
            found.append((week, load[0]))
    return found


def _kept(warmup: Warmup, load: Load) -> bool:
    """Whether the plan keeps a warm-up before a working set's load as written (expand._kept), where the two can be
    compared: a share of a max lighter than a share of the same max, a weight no heavier than one in the same unit."""
    if warmup.kind == "weight" and load.kind == "weight" and warmup.unit == load.unit:
        return warmup.amount <= load.low
    if warmup.kind == "percent" and warmup.basis and load.kind == "percent" and load.basis == warmup.basis:
        return warmup.amount < load.low
    return True


def _check_only_weeks(program: Program, p: int, phase: Phase, add: Add) -> None:
    """`only_weeks` names weeks the phase has, sits on what is done or left out whole, and leaves every session that
    the rotation trains something to do."""
    for d, day in enumerate(phase.days):
        for s, entry in enumerate(day.exercises):
            loc = ("phases", p, "days", d, "exercises", s)
            for n, week in enumerate(entry.only_weeks or ()):
                if week > phase.weeks:
                    add(loc + ("only_weeks", n), f"week {week} is past the end of the phase '{phase.name}', which has "
                                                 f"{plural_weeks(phase.weeks)}; list weeks from 1 to {phase.weeks}, "
                                                 "counted from the phase's first week")
            key = "superset" if isinstance(entry, Superset) else "pair" if isinstance(entry, Pair) else None
            for m, member in enumerate(getattr(entry, key) if key else ()):
                if member.only_weeks is not None:
                    add(loc + (key, m, "only_weeks"), f"a {key}'s exercises are done together, so it is done or left "
                                                      f"out as a whole; move only_weeks from the exercise to the "
                                                      f"{key} (beside {key}:)")
    trained: dict[int, list] = {}  # week of the phase -> the days trained in it, in any run
    for week, days in enumerate(program.schedule(p)):
        trained.setdefault(week % phase.weeks + 1, []).extend(days)
    for d, day in enumerate(phase.days):
        for week in sorted(w for w, days in trained.items() if any(other is day for other in days)):
            if not any(group.done_in(week) for group in groups(day)):
                add(("phases", p, "days", d), f"only_weeks leaves nothing on '{day.name}' in week {week} of the phase "
                                              f"'{phase.name}', where the rotation trains it; keep at least one of its "
                                              "exercises or blocks that week, or make that week a phase of its own")
                break


def plural_weeks(count: int) -> str:
    return f"{count} week{'' if count == 1 else 's'}"
