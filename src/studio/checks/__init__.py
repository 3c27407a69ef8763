"""The rules across fields and files, each with file and line: a programme against the library, its styles and goals
(`program.py`), its conditioning blocks, its progressions and its result rules (`results.py`).
"""

from studio.checks.program import check_goal, check_library, check_program, check_styles

__all__ = [
    # program.py
    "check_goal", "check_library", "check_program", "check_styles",
]
