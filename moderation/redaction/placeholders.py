"""Numbered placeholders: one per entity, the same for every mention of it.

>>> redact("Jonas Albrecht called. Later Jonas and Albrecht's team left Acme Ltd.")
"[PERSON 1] called. Later [PERSON 1] and [PERSON 1]'s team left [ORG 1]."
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .engine import find_identifiers
from .gazetteers import fold
from .model import Finding

_NAME_KINDS = frozenset({"PERSON", "ORG", "LOCATION"})
_WORDS = re.compile(r"[^\W_]+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Redaction:
    """A text, what was found in it, and the placeholder of each finding (same order)."""

    text: str
    findings: tuple[Finding, ...]
    placeholders: tuple[str, ...]

    @property
    def redacted(self) -> str:
        """The text with every finding replaced by its placeholder."""
        parts: list[str] = []
        position = 0
        for finding, placeholder in zip(self.findings, self.placeholders, strict=False):
            parts.append(self.text[position : finding.start])
            parts.append(placeholder)
            position = finding.end
        parts.append(self.text[position:])
        return "".join(parts)


@dataclass(slots=True)
class _Entity:
    kind: str
    placeholder: str
    keys: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)


def _key(finding: Finding) -> str:
    return _SPACES.sub(" ", fold(finding.text)).strip(" .,'\u2019")


def _words(finding: Finding) -> set[str]:
    return {w for w in _WORDS.findall(fold(finding.text)) if len(w) > 1}


def _match(entities: list[_Entity], kind: str, key: str, words: set[str]) -> _Entity | None:
    for entity in entities:
        if key in entity.keys and (entity.kind == kind or kind in _NAME_KINDS):
            return entity
    if kind not in _NAME_KINDS or not words:
        return None
    for entity in entities:
        if entity.kind in _NAME_KINDS and (words <= entity.words or entity.words <= words):
            return entity
    return None


def _assign(findings: list[Finding]) -> tuple[str, ...]:
    entities: list[_Entity] = []
    counts: dict[str, int] = {}
    placeholders: list[str] = []
    for finding in findings:
        key, words = _key(finding), _words(finding)  # each worked out once
        entity = _match(entities, finding.kind, key, words)
        if entity is None:
            counts[finding.kind] = counts.get(finding.kind, 0) + 1
            entity = _Entity(finding.kind, f"[{finding.kind} {counts[finding.kind]}]")
            entities.append(entity)
        entity.keys.add(key)
        if finding.kind in _NAME_KINDS:
            entity.words |= words
        placeholders.append(entity.placeholder)
    return tuple(placeholders)


def plan_redaction(text: str) -> Redaction:
    """Find identifiers and choose their placeholders.

    >>> plan = plan_redaction("Ask Priya Raman. Priya knows.")
    >>> [(f.text, p) for f, p in zip(plan.findings, plan.placeholders)]
    [('Priya Raman', '[PERSON 1]'), ('Priya', '[PERSON 1]')]
    """
    findings = find_identifiers(text)
    return Redaction(text, tuple(findings), _assign(findings))


def redact(text: str) -> str:
    """Replace every identifier in ``text`` by a numbered placeholder of its kind.

    >>> redact("Mail jane@example.com or call +44 20 7946 0958.")
    'Mail [EMAIL 1] or call [PHONE 1].'
    """
    return plan_redaction(text).redacted
