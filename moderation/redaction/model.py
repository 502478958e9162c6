"""Value types shared by the detectors and the engine.

>>> Finding(0, 5, "PERSON", "Priya")
Finding(start=0, end=5, kind='PERSON', text='Priya')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

KINDS: tuple[str, ...] = (
    "PERSON",
    "ORG",
    "LOCATION",
    "EMAIL",
    "PHONE",
    "URL",
    "HANDLE",
    "DATE",
    "ID",
)
"""Every kind of identifier the engine reports."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One identifier found in a text: ``text[start:end]`` is of kind ``kind``."""

    start: int
    end: int
    kind: str
    text: str


class Candidate(NamedTuple):
    """A detector's proposal; the engine keeps the best non-overlapping ones.

    ``priority``: higher wins an overlap (structured patterns beat word guesses).
    """

    start: int
    end: int
    kind: str
    priority: int


PRIORITY_STRUCTURED = 50
PRIORITY_DATE = 40
PRIORITY_STREET = 37
PRIORITY_PHONE = 35
PRIORITY_ADDRESS = 30
PRIORITY_POSTCODE = 24
PRIORITY_WORDS = 20
PRIORITY_ADDRESS_PART = 18
"""A part that names a place only inside an address ("Phase 5", "Block C"): below words, so
that it never displaces a name, and dropped when it joins no address."""
PRIORITY_WEAK = 10
