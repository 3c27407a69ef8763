"""The error model and the machine: a `Problem` names a file, line, field path and message, and a `ContentError`
carries them all (`problems.py`); `cores.py` says how many cores this process may use; `words.py` lists words as a person does.
"""

from studio.common.cores import available_cores
from studio.common.problems import ContentError, Problem, did_you_mean, format_path, suggest
from studio.common.words import word_list

__all__ = [
    # cores.py
    "available_cores",
    # problems.py
    "ContentError", "Problem", "did_you_mean", "format_path", "suggest",
    # words.py
    "word_list",
]
