"""The engine's cheap gates find what the full scans found: same findings, less work."""

from __future__ import annotations

import re
import re._constants as sre  # the parsed form of a pattern: its cue words, read off it
import re._parser

from moderation.redaction import find_identifiers, forms, patterns
from moderation.redaction.prefilter import holds_digit, keyword_led, word_starts


def _leading_words(items: list[tuple[object, object]]) -> set[str]:
    """What every match of the parsed ``items`` begins with: one string a branch, in which
    the literal letters up to the first thing that is not a literal (a class, a repeat)."""
    prefixes = {""}
    for op, value in items:
        if op is sre.AT and prefixes == {""}:
            continue  # the leading \b
        if op is sre.LITERAL:
            prefixes = {prefix + chr(value) for prefix in prefixes}  # type: ignore[arg-type]
            continue
        if op is sre.SUBPATTERN and prefixes == {""}:
            return _leading_words(value[-1].data)  # type: ignore[index]
        if op is sre.BRANCH and prefixes == {""}:
            return {word for branch in value[1] for word in _leading_words(branch.data)}  # type: ignore[index]
        break
    return prefixes


def _uncovered(pattern: re.Pattern[str], openings: tuple[str, ...]) -> set[str]:
    words = _leading_words(re._parser.parse(pattern.pattern, pattern.flags).data)
    return {word for word in words if not word.lower().startswith(openings)}


def test_every_cue_led_pattern_is_tried_at_each_of_its_cue_words() -> None:
    led = [(form.pattern, form.opens) for form in forms.FORMS if form.opens]
    led += list(patterns._OPENINGS.items())
    assert len(led) > 10
    for pattern, openings in led:
        assert not _uncovered(pattern, openings), pattern.pattern[:60]


def test_the_check_itself_sees_a_cue_word_left_out() -> None:
    assert _uncovered(re.compile(r"(?i:\b(?:plate|reg)\s)"), ("plate",)) == {"reg"}
    assert _uncovered(re.compile(r"\b(?:licen[cs]e|no\.)"), ("license", "no")) == {"licen"}


def test_a_cue_led_scan_finds_what_the_full_scan_finds() -> None:
    text = (
        "Invoice INV-20931, invoice no. 448211 and ID12345; \u0130nvoice 99812 (a trap letter); "
        "vehicle reg KA05MN1234 and plate AB12CDE; x-employee 4471982; the employee number, "
        "employee 88172."
    )
    for pattern, openings in patterns._OPENINGS.items():
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in keyword_led(pattern, text, openings)] == expected
        plain = text.replace("\u0130", "I")
        expected = [m.span() for m in pattern.finditer(plain)]
        assert [m.span() for m in keyword_led(pattern, plain, openings)] == expected


def test_word_starts_are_where_a_word_begins_in_any_case() -> None:
    assert word_starts("Case 12, a CASE, showcase, cases", ("case",)) == [0, 11, 27]
    assert word_starts("\u0131d 12", ("id",)) is None  # dotless i: every place may match


def test_prose_without_a_digit_keeps_its_findings() -> None:
    text = "My manager Priya Raman met us at the corner of Elm and Oak in late March."
    assert not holds_digit(text)
    found = [(f.kind, f.text) for f in find_identifiers(text)]
    assert ("PERSON", "Priya Raman") in found
    assert ("DATE", "late March") in found
