"""The terms a programme's tables use, explained once for the page and the PDF."""

from __future__ import annotations

GLOSSARY = (
    ("Sets × reps", "3 × 8–12 means three working sets of 8 to 12 reps. 5/3/1 gives each set its own target; "
                    "5+ and AMRAP mean as many good reps as you can."),
    ("% 1RM", "a percentage of the most you can lift once with good form."),
    ("RPE", "how hard the set felt, out of 10. RPE 8 leaves about two reps in reserve."),
    ("RIR", "reps in reserve, the good reps you could still have done."),
    ("Tempo", "seconds for lowering, pausing, lifting and pausing; X means as fast as you can under control."),
    ("Warm-up sets", "lighter ramp-up sets before the working sets; they are not counted in the sets."),
)
