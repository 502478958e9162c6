"""Cheap facts about a whole text, asked before a scan that cannot find anything without them.

Most detectors are regular expressions scanned over the whole text; many of them can only
find something that holds a digit, and much prose holds none. A gate asks first, in one
fast pass, and the scan is skipped when its answer is no: the findings are the same, only
the work is less.

>>> holds_digit("Two quarters later"), holds_digit("in Q3")
(False, True)
"""

from __future__ import annotations

import re

_DIGIT = re.compile(r"\d")


def holds_digit(text: str) -> bool:
    """Whether ``text`` holds a digit (any that ``\\d`` matches, so also "٣")."""
    return _DIGIT.search(text) is not None
