"""Where a set's target counts among the styles: by its middle, else by the most whole reps (or seconds) shared with
a style's range, shared equally on a tie (plan/figures.py's conventions, the programme page's note)."""

import pytest
import yaml
from samples import STYLES

from studio.format import Styles, parse_reps
from studio.plan import placed

# The test site's goal styles: strength 1-6 reps, hypertrophy 8-15 reps, general fitness 16-30 reps or 20-90 s.
GOAL_STYLES = [s for s in Styles.model_validate(yaml.safe_load(str(STYLES))).styles if s.goal]

WORKED = [
    # target, how much of the set counts towards each style, why
    ("5", {"strength": 1.0}, "5 is inside 1-6"),
    ("5+", {"strength": 1.0}, "'5+' counts as 5"),
    ("3-5", {"strength": 1.0}, "middle 4"),
    ("8-12", {"hypertrophy": 1.0}, "middle 10"),
    ("5-8", {"strength": 1.0}, "middle 6.5 is in neither; shares 5, 6 with 1-6 and only 8 with 8-15"),
    ("6-8", {"strength": 0.5, "hypertrophy": 0.5}, "middle 7; shares 6 with 1-6 and 8 with 8-15: a tie, half to each"),
    ("6-9", {"hypertrophy": 1.0}, "middle 7.5; shares 6 with 1-6, and 8, 9 with 8-15"),
    ("4-9", {"strength": 1.0}, "middle 6.5; shares 4, 5, 6 with 1-6, and 8, 9 with 8-15"),
    ("7", {}, "7 is in no range and shares no rep with any"),
    ("12-20", {"general-fitness": 1.0}, "middle 16 is inside 16-30: the middle comes first, though 8-15 shares more"),
    ("AMRAP", {}, "a plain AMRAP has no number to place"),
    ("45 s", {"general-fitness": 1.0}, "inside 20-90 s"),
    ("80-120 s", {"general-fitness": 1.0}, "middle 100 s is outside 20-90 s; shares 80 to 90 s with it"),
    ("100-120 s", {}, "shares no second with 20-90 s"),
    ("10-15 s", {}, "shares no second with 20-90 s"),
]


@pytest.mark.parametrize("target, keys, why", WORKED, ids=[w[0] for w in WORKED])
def test_where_a_target_counts(target, keys, why):
    (reps,) = parse_reps(target)
    assert placed(reps, GOAL_STYLES) == keys, why
