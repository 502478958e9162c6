"""What the table-driven redaction tests ask of the engine: its findings, and whether a part
of a text lies inside one of them."""

from __future__ import annotations

from moderation.redaction import find_identifiers


def found(text: str) -> list[tuple[str, str]]:
    """The engine's findings in ``text``, as (kind, text) pairs."""
    return [(f.kind, f.text) for f in find_identifiers(text)]


def covered(text: str, part: str) -> bool:
    """Whether every character of ``part`` (its first occurrence) lies inside one finding."""
    start = text.index(part)
    return any(f.start <= start and start + len(part) <= f.end for f in find_identifiers(text))
