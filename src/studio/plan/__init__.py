"""The expanded plan: a programme turned into weeks, sessions, exercises and sets with every target resolved, its
conditioning blocks, the order letters of a day, its figures, its spans of reps, rest and load, and its result rules
applied session by session.
"""

from studio.plan.blocks import Move, PlanBlock
from studio.plan.effort import RPE_CHART, SOURCE, SOURCE_URL, chart_percent, effort_range
from studio.plan.expand import (
    WEEKDAY_OFFSETS,
    Lookup,
    Plan,
    PlanExercise,
    PlanSession,
    PlanSet,
    PlanWeek,
    Target,
    effective_increase,
    expand,
)
from studio.plan.figures import (
    Figures,
    compute_figures,
    figures_data,
    figures_from_data,
    placed,
    session_seconds,
    share_rows,
)
from studio.plan.order import Slot, groups, slots
from studio.plan.results import (
    LB_PER_KG,
    RepTarget,
    Rules,
    RuleState,
    action_text,
    effective_results,
    results_text,
    rules_for,
    scheme,
    scheme_text,
    step,
)
from studio.plan.spans import program_spans

__all__ = [
    # blocks.py
    "Move", "PlanBlock",
    # effort.py
    "RPE_CHART", "SOURCE", "SOURCE_URL", "chart_percent", "effort_range",
    # expand.py
    "WEEKDAY_OFFSETS", "Lookup", "Plan", "PlanExercise", "PlanSession", "PlanSet", "PlanWeek", "Target",
    "effective_increase", "expand",
    # figures.py
    "Figures", "compute_figures", "figures_data", "figures_from_data", "placed", "session_seconds",
    "share_rows",
    # order.py
    "Slot", "groups", "slots",
    # results.py
    "LB_PER_KG", "RepTarget", "Rules", "RuleState", "action_text", "effective_results", "results_text", "rules_for", "scheme",
    "scheme_text", "step",
    # spans.py
    "program_spans",
]
