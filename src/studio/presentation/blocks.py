"""How a conditioning block reads, whatever the output: its title, its one-line summary, what to log and the
boxes a log sheet gives it; and how a ladder and alternatives read."""

from __future__ import annotations

from collections.abc import Callable

from studio.format import Amrap, Emom, ForTime, Intervals, Reps, format_seconds
from studio.plan import Move, PlanBlock
from studio.presentation.labels import plural

# What the reader writes down for each kind of block.
BLOCK_LOG_HINTS = {
    "amrap": "log rounds + reps",
    "emom": "log the minutes done as written",
    "for time": "log your time",
    "intervals": "log each effort's distance or reps",
    "circuit": "log the rounds done",
}
CONTINUOUS_LOG_HINT = "log the distance covered"


def block_log_hint(block: PlanBlock) -> str:
    """What the reader writes down for this block: by its kind, and a continuous effort's distance."""
    return CONTINUOUS_LOG_HINT if block.continuous else BLOCK_LOG_HINTS[block.kind]


def _plural(name: str) -> str:
    return name + ("es" if name.endswith(("s", "sh", "ch", "x")) else "s")


def move_text(move: Move) -> str:
    """'5 Pull-ups', '30 s Front plank', '400 m Run', '10 Reverse lunges each side @ 16 kg'."""
    work = move.work
    name = _plural(move.name) if work.kind == "reps" and str(work.reps) != "1" else move.name
    text = f"{work} {name}" + (" each side" if move.each_side else "")
    if move.load is not None and move.load.kind != "bodyweight":
        text += f" @ {move.load}"
    return text


def block_title(block: PlanBlock) -> str:
    """'AMRAP 20 min', 'EMOM 12 min, alternating', 'For time: 5 rounds, cap 20 min', 'Intervals: 8 × 30 s / 90 s',
    'Continuous: 20 min', 'Circuit: 3 rounds, rest 90 s between rounds'."""
    item = block.block
    if isinstance(item, Amrap):
        text = f"AMRAP {format_seconds(item.amrap)}"
    elif isinstance(item, Emom):
        text = f"EMOM {format_seconds(item.emom)}" + (", alternating" if item.alternate else "")
    elif isinstance(item, ForTime):
        text = f"For time: {plural(item.for_time, 'round')}"
        text += f", cap {format_seconds(item.cap)}" if item.cap is not None else ""
    elif block.continuous:  # one effort: the checks ask repeated efforts for a recovery
        text = f"Continuous: {format_seconds(item.work.time)}"
    elif isinstance(item, Intervals):
        text = f"Intervals: {item.intervals} × {format_seconds(item.work.time)} / {format_seconds(item.recovery.time)}"
    else:
        text = f"Circuit: {plural(item.circuit, 'round')}"
        text += f", rest {item.rest} between rounds" if item.rest is not None else ""
    return ("Optional: " if block.optional else "") + text


def _timed(time: int, effort: str) -> str:
    """'30 s (hard)'."""
    return format_seconds(time) + (f" ({effort})" if effort else "")


def _effort(time: int, name: str | None, effort: str) -> str:
    """'30 s Rowing machine (hard)', '90 s rest'."""
    return f"{format_seconds(time)} {name or 'rest'}" + (f" ({effort})" if effort else "")


def block_work_lines(block: PlanBlock) -> list[str]:
    """What is done, one line per exercise (or per minute of an alternating EMOM, or work and recovery)."""
    item = block.block
    if isinstance(item, Intervals):
        work = [f"Work: {_effort(item.work.time, block.moves[0].name, item.work.effort)}"]
        if item.recovery is None:
            return work
        recovery = block.moves[1].name if len(block.moves) > 1 else None
        return work + [f"Recovery: {_effort(item.recovery.time, recovery, item.recovery.effort)}"]
    lines = [move_text(move) for move in block.moves]
    if isinstance(item, Emom) and item.alternate:
        return [f"Minute {n + 1}: {line}" for n, line in enumerate(lines)]
    return lines


def block_summary(block: PlanBlock) -> str:
    """The block on one line: 'AMRAP 20 min: 5 Pull-ups, 10 Push-ups, 15 Air squats — log rounds + reps'."""
    item = block.block
    lines = block_work_lines(block)
    if block.continuous:
        return f"Continuous: {lines[0].split(': ', 1)[1]} — {block_log_hint(block)}"
    if isinstance(item, Intervals):
        work = f"{item.intervals} × " + ", then ".join(line.split(": ", 1)[1] for line in lines)
        return f"Intervals: {work} — {block_log_hint(block)}"
    if isinstance(item, Emom) and not item.alternate:
        body = "every minute, " + ", ".join(lines)
    else:
        body = ("; " if isinstance(item, Emom) else ", ").join(lines)
    return f"{block_title(block)}: {body} — {block_log_hint(block)}"


def block_log_boxes(block: PlanBlock) -> list[str]:
    """The headings of the boxes a log sheet gives the block: rounds, time or each effort's distance."""
    item = block.block
    if isinstance(item, Amrap):
        return ["Rounds", "+ reps"]
    if isinstance(item, Emom):
        return ["Minutes done"]
    if isinstance(item, ForTime):
        return ["Time"] + (["or rounds + reps at the cap"] if item.cap is not None else [])
    if isinstance(item, Intervals):
        return ["Distance"] if block.continuous else [f"Effort {n + 1}" for n in range(item.intervals)]
    return ["Rounds done"]


def alternatives_text(names: list[str]) -> str:
    """'or: Ring row, Inverted row'."""
    return "or: " + ", ".join(names) if names else ""


def step_target(reps: Reps) -> str:
    """A ladder step's own target as it reads after its name: '20–30 s', '3–5 reps', '1 rep', 'AMRAP'."""
    if reps.seconds is not None or (reps.amrap and reps.low is None):
        return str(reps)
    return f"{reps} rep" + ("" if reps.low == reps.high == 1 and not reps.amrap else "s")


def ladder_step_text(step: str, name: str | None = None) -> str:
    """A ladder step with its own target, when it has one: 'Support hold (20–30 s)'."""
    reps = getattr(step, "reps", None)
    return (name or step) + (f" ({step_target(reps)})" if reps is not None else "")


def ladder_text(steps: list[str], current: str, arrow: str = "→", name: Callable[[str], str] = str) -> str:
    """'Ladder: Support hold (20–30 s) → [Push-up] → Diamond push-up', the current step in brackets and a step with
    its own target followed by it; `name` gives each step's name as shown (the PDF's, the library's). The PDF's font
    has no arrow, so it passes '›'."""
    return "Ladder: " + f" {arrow} ".join(
        f"[{name(step)}]" if name(step).lower() == current.lower() else ladder_step_text(step, name(step))
        for step in steps)


def block_table_rows(block: PlanBlock) -> list[tuple[str, Move | None, str, str]]:
    """(order, exercise or None for a passive rest, work, load) for each row of the block in a day table."""
    item = block.block
    if isinstance(item, Intervals):
        work = [(f"{block.order}1", block.moves[0], "Work: " + _timed(item.work.time, item.work.effort), "")]
        if item.recovery is None:
            return work
        recovery = block.moves[1] if len(block.moves) > 1 else None
        return work + [(f"{block.order}2", recovery, "Recovery: " + _timed(item.recovery.time, item.recovery.effort),
                        "")]
    alternate = isinstance(item, Emom) and item.alternate
    return [(f"{block.order}{n + 1}", move,
             (f"Minute {n + 1}: " if alternate else "") + str(move.work) + (" each side" if move.each_side else ""),
             str(move.load) if move.load is not None else "")
            for n, move in enumerate(block.moves)]


def block_row_seconds(block: PlanBlock) -> list[tuple[int | None, int | None]]:
    """(seconds, longest seconds) of each row of `block_table_rows`: an interval's work or recovery, or a timed
    piece of work such as '30 s' or '30-60 s'; (None, None) for reps, a distance or calories."""
    item = block.block
    if isinstance(item, Intervals):
        parts = [item.work.time] + ([item.recovery.time] if item.recovery is not None else [])
        return [(seconds, seconds) for seconds in parts]
    found = []
    for move in block.moves:
        reps = move.work.reps
        seconds = reps.seconds if reps is not None else None
        found.append((seconds, (reps.seconds_high or seconds) if seconds is not None else None))
    return found
