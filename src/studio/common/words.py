"""Words as a person lists them, for messages and labels alike."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["word_list"]


def word_list(words: Sequence[str], last: str = "and") -> str:
    """'squat', 'squat and bench', 'squat, bench and deadlift' (or with `last` = 'or')."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + f" {last} " + words[-1]
