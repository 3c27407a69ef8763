"""Owner text in spreadsheet cells stays text.

A CSV cell that starts with one of these characters is run as a formula by Excel, LibreOffice and
Google Sheets: a coach's "+2.5 kg next week" shows as an error, and "=cmd|..." is the classic CSV
injection. OWASP's advice (https://owasp.org/www-community/attacks/CSV_Injection) is to prefix such a
cell with a single quote, which the csv module then quotes like any other field.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def starts_like_formula(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_cell(value: str) -> str:
    """The text a CSV cell carries so that no spreadsheet reads it as a formula."""
    if _NUMBER.fullmatch(value):
        return value  # our own numbers, such as a negative load, are read as numbers
    return "'" + value if starts_like_formula(value) else value
