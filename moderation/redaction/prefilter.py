"""Cheap facts about a whole text, asked before a scan that cannot find anything without them.

Most detectors are regular expressions scanned over the whole text. Many can only find
something that holds a digit, and much prose holds none; many others open with one of a few
cue words ("ticket", "invoice", "plate"), which a regular expression tries at every word of
the text. A gate asks first, in one fast pass, and the scan is skipped or confined to the
words that can open a match: the findings are the same, only the work is less.

>>> holds_digit("Two quarters later"), holds_digit("in Q3")
(False, True)
>>> text = "The ticket, then Ticket 48, then tickets 7."
>>> [m.group() for m in keyword_led(re.compile(r"(?i)\\bticket \\d+"), text, ("ticket",))]
['Ticket 48']
"""

from __future__ import annotations

import re
import re._constants as _c  # type: ignore[import-not-found]  # CPython's regex parser, untyped
import re._parser as _parser  # type: ignore[import-not-found]
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any, NamedTuple

_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)  # asked by several detectors in turn about the same text
def holds_digit(text: str) -> bool:
    """Whether ``text`` holds a digit (any that ``\\d`` matches, so also "٣")."""
    return _DIGIT.search(text) is not None


_WORD_START = re.compile(r"(?<!\w)[^\W\d_]+")
"""Letters where ``\\b`` opens a word: where a pattern led by ``\\b`` and a cue word can start."""
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f")
"""Letters a case-insensitive pattern takes for "i" or "s" but that ``str.lower`` keeps
apart (capital I with a dot, dotless i, long s): a text holding one is scanned whole."""


_PREFIX = 3
"""How many first letters the index groups words by."""


class _Index(NamedTuple):
    words: list[str]
    """The text's distinct words, lower case, sorted."""
    starts: dict[str, list[int]]
    """Where each starts."""
    by_prefix: dict[str, list[str]]
    """The words of at least :data:`_PREFIX` letters, by their first letters."""
    prefixes: frozenset[str]
    """Those first letters: intersected with the openings', the smaller set is walked."""


@lru_cache(maxsize=1)  # the detectors of one text ask in turn: the text is indexed once
def _word_index(text: str) -> _Index | None:
    """The text's words (lower case, sorted), where each starts and the words by their first
    letters; None when a letter of the text makes lower case unreliable."""
    if any(trap in text for trap in _CASE_TRAPS):
        return None
    starts: dict[str, list[int]] = {}
    for match in _WORD_START.finditer(text):
        starts.setdefault(match.group().lower(), []).append(match.start())
    by_prefix: dict[str, list[str]] = {}
    for word in starts:
        if len(word) >= _PREFIX:
            by_prefix.setdefault(word[:_PREFIX], []).append(word)
    return _Index(sorted(starts), starts, by_prefix, frozenset(by_prefix))


def word_starts(text: str, openings: tuple[str, ...]) -> list[int] | None:
    """Where a word of ``text`` that begins with one of ``openings`` (lower-case letters)
    starts, in order; None when the text cannot be indexed (then every place may).

    An opening of three letters or more is looked up among the words that share its first
    three letters (one dictionary lookup); a shorter one by bisecting the sorted words.

    >>> word_starts("An invoice, the Invoices, invoicing", ("invoice",))
    [3, 16]
    """
    index = _word_index(text)
    if index is None:
        return None
    found: list[int] = []
    by_prefix, short, prefixes = _grouped(openings)
    # Most openings begin no word of the text: the first letters both share are found by
    # one intersection, not by a lookup for each of the (up to sixty) openings.
    for prefix in prefixes & index.prefixes:
        for word in index.by_prefix[prefix]:
            if word.startswith(by_prefix[prefix]):
                found += index.starts[word]
    for opening in short:
        position = bisect_left(index.words, opening)
        while position < len(index.words) and index.words[position].startswith(opening):
            found += index.starts[index.words[position]]
            position += 1
    return sorted(set(found))


@lru_cache(maxsize=256)  # a few dozen tuples of openings, asked of every text
def _grouped(
    openings: tuple[str, ...],
) -> tuple[Mapping[str, tuple[str, ...]], tuple[str, ...], frozenset[str]]:
    """The openings of three letters or more by their first three letters, the shorter, and
    those first letters."""
    groups: dict[str, list[str]] = {}
    for opening in openings:
        if len(opening) >= _PREFIX:
            groups.setdefault(opening[:_PREFIX], []).append(opening)
    short = tuple(opening for opening in openings if len(opening) < _PREFIX)
    return {prefix: tuple(group) for prefix, group in groups.items()}, short, frozenset(groups)


DIGIT_LED = _DIGIT
"""The lead of a pattern whose every match begins with a digit ("221B Baker Street")."""


def led_matches(
    pattern: re.Pattern[str], text: str, lead: tuple[str, ...] | re.Pattern[str] | None
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, for a pattern that never matches empty and
    whose every match begins with what ``lead`` says: at ``\\b``, a word beginning with one
    of the words of a tuple (in any case; see :func:`keyword_led`), or a character that a
    pattern such as :data:`DIGIT_LED` matches. It is tried only where such a beginning is,
    leftmost first, never inside a match already found; with no lead, everywhere.

    >>> [m.group() for m in led_matches(re.compile(r"\\d+ km"), "2 or 30 km", DIGIT_LED)]
    ['30 km']
    """
    if lead is None:
        return pattern.finditer(text)
    if isinstance(lead, tuple):
        return keyword_led(pattern, text, lead)
    return _tried_at(pattern, text, _char_starts(lead, text))


@lru_cache(maxsize=4)  # the digits of a text are where a dozen patterns begin
def _char_starts(lead: re.Pattern[str], text: str) -> list[int]:
    return [match.start() for match in lead.finditer(text)]


def digit_starts(text: str) -> list[int]:
    """Where the digits of ``text`` are (any that ``\\d`` matches), in order.

    >>> digit_starts("in Q3, 12 of them")
    [4, 7, 8]
    """
    return _char_starts(_DIGIT, text)


_FEW_DIGITS = 200
"""Up to how many digits :func:`digit_led_hint` tries its hint at each: beyond, one scan of
the whole text costs less."""


def digit_led_hint(hint: re.Pattern[str], text: str, back: int = 0) -> bool:
    """Whether ``hint`` matches in ``text``, for a hint whose every match holds a digit
    ``back`` characters after it begins ("[a-z]\\d{6}", back 1): it is tried only there,
    before each digit of the text (most texts hold few), not at every character.

    >>> digit_led_hint(re.compile(r"[a-z]\\d{6}"), "login s2213847", back=1)
    True
    """
    digits = digit_starts(text)
    if len(digits) > _FEW_DIGITS:
        return hint.search(text) is not None
    return any(hint.match(text, digit - back) for digit in digits if digit >= back)


def hint_found(hint: re.Pattern[str], text: str) -> bool:
    """Whether ``hint`` matches anywhere in ``text``, as ``hint.search(text)`` says. A hint
    that opens with a choice of literal strings ("Nagar|Layout|Colony", "(?:Way|Road)\\b", a
    class of Korean letters: :func:`literal_opening`) is first looked for by a substring
    search for each, faster than the regex engine's trial of every alternative at every
    character, and at once answered for letters of a script the text does not hold; the
    regex runs only if one is written, and not at all if the hint is those strings only.

    >>> hint_found(re.compile("Road|Lane"), "Mill Lane"), hint_found(re.compile("[\\ub2d8]"), "Kim")
    (True, False)
    """
    opening = literal_opening(hint)
    if opening is None:
        return hint.search(text) is not None
    choices, whole = opening
    if not any(choice in text for choice in choices):
        return False
    return whole or hint.search(text) is not None


_MAX_CHOICES = 64
"""Up to how many literal strings a pattern's opening is spelled out as."""
_MIN_LITERAL = 3
"""Measured (callgrind): a substring search for each of a choice of strings costs less than
the regex's scan when the strings are of another script than ASCII (found absent at once in
a text that holds none) or of three characters or more, none opened by a space ("Nagar",
"Road"); more for single punctuation marks (".", ",") or strings after a space (" rue ")."""


@lru_cache(maxsize=256)  # each hint read once
def literal_opening(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], bool] | None:
    """The literal strings one of which opens every match of ``pattern``, and whether the
    pattern is those strings only; None when its opening is no choice of literals (or it has
    a flag), or when looking for them costs more than a scan (:data:`_MIN_LITERAL`).

    >>> literal_opening(re.compile("Str(?:eet|asse)"))
    (('Street', 'Strasse'), True)
    >>> literal_opening(re.compile(r"(?:Way|Road)\\b"))
    (('Way', 'Road'), False)
    >>> literal_opening(re.compile("[.,] ")), literal_opening(re.compile("a+"))
    (None, None)
    """
    if pattern.flags & ~re.UNICODE:
        return None
    strings, whole = _opening(_parser.parse(pattern.pattern, pattern.flags).data)
    if not all(not string.isascii() for string in strings) and not all(
        len(string) >= _MIN_LITERAL and not string[0].isspace() for string in strings
    ):
        return None  # a substring search for each would cost more than the regex's one scan
    return tuple(strings), whole


def _opening(items: list[tuple[Any, Any]]) -> tuple[list[str], bool]:
    """The strings the literal items that open a parsed sequence match, and whether those
    items are the whole sequence (see :func:`literal_opening`)."""
    strings = [""]
    for op, value in items:
        options = _literal_item(op, value)
        if options is None or len(strings) * len(options) > _MAX_CHOICES:
            return strings, False
        strings = [string + option for string in strings for option in options]
    return strings, True


def _literal_item(op: Any, value: Any) -> list[str] | None:
    """The strings one parsed item matches, if it matches only literal strings."""
    if op is _c.LITERAL:
        return [chr(value)]
    if op is _c.IN:
        if all(kind is _c.LITERAL for kind, _ in value):
            return [chr(code) for _, code in value]
        return None
    if op is _c.BRANCH:
        options: list[str] = []
        for branch in value[1]:
            strings, whole = _opening(list(branch))
            if not whole:
                return None
            options += strings
        return options
    if op is _c.SUBPATTERN and not value[1] and not value[2]:
        strings, whole = _opening(value[3].data)
        return strings if whole else None
    return None


def keyword_led(
    pattern: re.Pattern[str], text: str, openings: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, for a pattern that opens at ``\\b`` with a
    word beginning with one of ``openings`` (in any case) and never matches empty: it is
    tried only where such a word starts, leftmost first, never inside a match already found.
    """
    starts = word_starts(text, openings)
    if starts is None:
        return pattern.finditer(text)
    return _tried_at(pattern, text, starts)


def literal_led(
    pattern: re.Pattern[str], text: str, literals: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, for a pattern that never matches empty and
    whose every match begins with one of ``literals`` ("@", "#", "u/"): tried only where one
    is written.

    >>> [m.group() for m in literal_led(re.compile(r"[@#]\\w+"), "a @jo and #ops", ("@", "#"))]
    ['@jo', '#ops']
    """
    return _tried_at(pattern, text, literal_starts(text, literals))


def literal_starts(text: str, literals: tuple[str, ...]) -> list[int]:
    """Where one of ``literals`` is written in ``text``, in order.

    >>> literal_starts("a, b & c, d", (",", "&"))
    [1, 5, 8]
    """
    starts: set[int] = set()
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            starts.add(at)
            at = text.find(literal, at + 1)
    return sorted(starts)


def led_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, for a pattern that never matches empty and
    can begin only at one of ``starts`` (in order): tried there only, leftmost first, never
    inside a match already found."""
    return _tried_at(pattern, text, starts)


def run_led(
    pattern: re.Pattern[str], text: str, marks: Iterator[int], in_run: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, for a pattern that never matches empty and
    whose every match begins where a run of characters that ``in_run`` matches begins, a run
    that holds one of ``marks`` (in order) or ends at it: the "@" of an e-mail address, the dot
    before a domain's ending. It is tried only at those runs' beginnings, each run walked back
    once, however many marks it holds.

    >>> domain, part = re.compile(r"(?<![\\w.])[a-z.]+\\.com"), re.compile("[a-z.]")
    >>> [m.group() for m in run_led(domain, "see a.b.com, c.com", iter([5, 7, 14]), part)]
    ['a.b.com', 'c.com']
    """
    starts: list[int] = []
    previous = -1
    for mark in marks:
        start = mark
        while start > previous + 1 and in_run.match(text, start - 1):
            start -= 1
        if start == previous + 1 and starts and in_run.match(text, previous):
            start = starts[-1]  # the run goes on through the previous mark: the same start
        if not starts or start != starts[-1]:
            starts.append(start)
        previous = mark
    return _tried_at(pattern, text, starts)


@lru_cache(maxsize=1)  # asked by several detectors in turn about the same text
def _lowered(text: str) -> str | None:
    """``text`` in lower case; None when a letter of it makes lower case unreliable."""
    if any(trap in text for trap in _CASE_TRAPS):
        return None
    return text.lower()


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower-case ASCII) in any case, as a
    case-insensitive pattern reads it: False only when it surely holds none, so that a scan
    for them can be skipped.

    A word may hold letters other than ASCII ones if no case-insensitive pattern takes any
    other letter for them ("tháng"; not "s", which a long s matches: see :data:`_CASE_TRAPS`).

    >>> may_hold("Visit WWW.x.org", ("http", "www.")), may_hold("a dotted line", ("www.",))
    (True, False)
    """
    lowered = _lowered(text)
    return lowered is None or any(word in lowered for word in words)


def _tried_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern`` matched at each of ``starts`` (in order) not inside an earlier match."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            end = match.end()
