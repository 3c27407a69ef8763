"""The terms a programme's tables use, explained once for the page and the PDF, and how the page's figures count."""

from __future__ import annotations

GLOSSARY = (
    ("Sets × reps", "3 × 8–12 means three working sets of 8 to 12 reps. 3–4 × 8–12 means three sets, and a fourth "
                    "when you feel fresh and have the time; the log sheets mark it optional. 5/3/1 gives each set its "
                    "own target; 5+ and AMRAP mean as many good reps as you can. 30 s, or 30–60 s, is a hold or an "
                    "effort timed in seconds."),
    ("% 1RM", "a percentage of the most you can lift once with good form."),
    ("RPE", "how hard the set felt, out of 10. RPE 8 leaves about two reps in reserve."),
    ("RIR", "reps in reserve, the good reps you could still have done."),
    ("Tempo", "seconds for lowering, pausing, lifting and pausing; X means as fast as you can under control."),
    ("Warm-up sets", "lighter ramp-up sets before the working sets; they are not counted in the sets."),
    ("Pair", "do the first exercise, rest, do the second, rest, and repeat for every set: unlike a superset, "
             "which is done back to back, a pair rests after each exercise."),
    ("Ladder", "the same movement from easiest to hardest step; the plan starts on the step in bold. Climb one step "
               "when every set reaches the top of the rep range."),
    ("or:", "an exercise you can do instead, for example when you have other kit or need an easier version."),
    ("Optional", "work to do when you have the time and energy; the figures leave it out."),
    ("AMRAP 20 min", "as many rounds and reps as possible in 20 minutes: log the rounds and the extra reps."),
    ("EMOM 12 min", "every minute on the minute for 12 minutes: start the work at the top of each minute and rest "
                    "for what is left of it; alternating means the exercises take turns, one a minute."),
    ("For time", "the rounds as fast as you can with good form: log your time, or where you got to at the cap."),
    ("Intervals", "a hard effort and a recovery, repeated: 8 × 30 s / 90 s is eight efforts of 30 seconds, each "
                  "followed by 90 seconds of recovery (easy work when an exercise is named, rest otherwise)."),
    ("Circuit", "each exercise in order, once a round, for the rounds given, resting between rounds."),
    ("Conditioning in the figures", "blocks are counted in minutes a week (AMRAP and EMOM by their time, intervals "
                                    "by work + recovery, for time by the cap or an estimate, circuits by an "
                                    "estimate), never as working sets."),
)

# The conventions of figures.py, in the reader's words, under "The programme in numbers".
FIGURES_NOTE = (
    "Averages over the training weeks, deloads left out. A set counts towards a style when its target falls in the "
    "style's range, a range of reps or of times by its middle. A range whose middle is in no style's range counts "
    "towards the style it shares the most reps (or seconds) with, half to each on a tie: 5–8, between ranges of 1–6 "
    "and 8–15, shares 5 and 6 with the first and only 8 with the second, so it counts towards the first; 6–8 counts "
    "half to each. Sets that share nothing with any range are shown as outside them, so every set is counted once. "
    "Where the sets are a range such as 3–4, the set figures count the lower number and the session estimate the "
    "middle. A main muscle counts a whole set and a helper muscle half. The session estimate adds 8 minutes of "
    "general warm-up on every day, the ramp-up sets, the work at the set tempo and the rest after every set (after "
    "each exercise of a pair). Conditioning blocks (AMRAP, EMOM, for time, intervals, circuits) are measured in "
    "minutes, and holds, carries and ballistic work (swings, snatches, cleans) by their own measures: minutes held, "
    "minutes carried, ballistic reps (minutes when timed); none of them adds working sets, style share or muscle sets. Where conditioning "
    "fills half the session or more, the weekly chart shows its minutes. Optional work is left out of every figure."
)
