"""The redaction engine, applied to whole stories: the share preview, the moderation queue and
the checks in ``stories.lifecycle`` all read a story's findings through these functions.

A story is redacted as one text (title and every section), so a person keeps the same
placeholder throughout it. Highlighting escapes every piece of user text itself. The engine
itself (``moderation.redaction``) is plain Python, the one part of ``moderation`` that
``stories`` may import.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from moderation.redaction import Finding, plan_redaction
from stories.models import PART_LABELS

# Three newlines: no finding the engine makes spans a blank line and a half.
_JOINER = "\n\n\n"


@dataclass(frozen=True, slots=True)
class PartFinding:
    """A finding inside one part of a story (offsets relative to that part)."""

    part: str
    finding: Finding
    placeholder: str


def _offsets(parts: dict[str, str]) -> list[tuple[str, int, int]]:
    spans, cursor = [], 0
    for name, text in parts.items():
        spans.append((name, cursor, cursor + len(text)))
        cursor += len(text) + len(_JOINER)
    return spans


def find_in_story(parts: dict[str, str]) -> list[PartFinding]:
    """Every finding in the story's parts, with its placeholder, part by part."""
    plan = plan_redaction(_JOINER.join(parts.values()))
    found: list[PartFinding] = []
    for name, start, end in _offsets(parts):
        for finding, placeholder in zip(plan.findings, plan.placeholders, strict=True):
            if finding.start >= start and finding.end <= end:
                local = Finding(
                    finding.start - start, finding.end - start, finding.kind, finding.text
                )
                found.append(PartFinding(name, local, placeholder))
    return found


def redact_story(parts: dict[str, str]) -> dict[str, str]:
    """Each part with its findings replaced by story-wide numbered placeholders."""
    return _replace(parts, find_in_story(parts))


def _replace(parts: dict[str, str], found: list[PartFinding]) -> dict[str, str]:
    by_part: dict[str, list[PartFinding]] = {name: [] for name in parts}
    for item in found:
        by_part[item.part].append(item)
    redacted = {}
    for name, text in parts.items():
        pieces, cursor = [], 0
        for item in by_part[name]:
            pieces.extend([text[cursor : item.finding.start], item.placeholder])
            cursor = item.finding.end
        redacted[name] = "".join([*pieces, text[cursor:]])
    return redacted


def highlight(text: str, findings: Iterable[PartFinding]) -> SafeString:
    """``text`` as HTML with each finding in a <mark> labelled by its kind; all else escaped."""
    pieces, cursor = [], 0
    for item in sorted(findings, key=lambda f: f.finding.start):
        finding = item.finding
        pieces.append(escape(text[cursor : finding.start]))
        pieces.append(
            format_html(
                '<mark class="finding finding-{}" title="{}">{}<span class="finding-kind"> '
                "({})</span></mark>",
                finding.kind.lower(),
                item.placeholder,
                text[finding.start : finding.end],
                finding.kind,
            )
        )
        cursor = finding.end
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(str(piece) for piece in pieces))  # noqa: S308 - every piece escaped


@dataclass(frozen=True, slots=True)
class PartComparison:
    """One part of a story as written, findings highlighted, beside its redacted version."""

    label: str
    highlighted: SafeString
    redacted: str


def compare_story(parts: dict[str, str]) -> tuple[int, list[PartComparison]]:
    """How many findings the story has, and each non-empty part side by side."""
    found = find_in_story(parts)
    redacted = _replace(parts, found)  # one pass of the engine for both views
    rows = [
        PartComparison(
            PART_LABELS.get(name, name),
            highlight(text, [f for f in found if f.part == name]),
            redacted[name],
        )
        for name, text in parts.items()
        if text
    ]
    return len(found), rows
