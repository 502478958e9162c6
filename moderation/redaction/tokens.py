"""Word tokens with the facts the name detector needs, cached per distinct word.

>>> [(t.word, t.sentence_start) for t in tokenize("Then Priya's team met. Jonas came.")][3:]
[('met', False), ('Jonas', True), ('came', False)]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

from .gazetteers import (
    first_names,
    fold,
    foreign_words,
    function_words,
    is_common,
    is_derived_word,
    is_dictionary_word,
    place_index,
    surnames,
)
from .vocabulary import (
    DEMONYMS,
    HOLIDAYS,
    HONORIFICS,
    INTERJECTIONS,
    MONTHS,
    ORG_HEADS,
    ORG_SUFFIXES,
    PARTICLES,
    ROLE_WORDS,
    TECH_TERMS,
    TITLES_AFTER,
    TITLES_BEFORE,
    WEEKDAYS,
    words_of,
)

COMMON = 1
FIRST = 2
LAST = 4
PLACE = 8
TECH = 16
ROLE = 32
HONOR = 64
TIME = 128
SUFFIX = 256
HEAD = 512
PARTICLE = 1024
ACRONYM = 2048
PRONOUN = 4096
NAME_END = 8192
DEMONYM = 16384
DICT = 32768
TITLE = 65536
"""A title of another culture before a name ("Pak", "Don", "Kuya"): a cue, may stay in."""
FOREIGN = 131072
"""A very frequent word of another language ("pero", "sila"): not a name in lower case."""
ABROAD = 262144
"""A frequent word of another language in no name or place list ("buenas", "escribo")."""
GLUED = 524288
"""Letters written onto digits ("3ashan", "mo3arda", "ID123"): part of a code or of a word
spelled with digits (Arabic chat alphabet), never a name alone."""
_FOREIGN_FUNCTION_ZIPF = 5.5

_COUNTRY_CODES = frozenset({"US", "USA", "UK", "EU", "UAE", "NZ", "U.S", "U.K"})

_NAME_ENDINGS = words_of("ii iii iv jr jr. sr sr. dds phd md esq")

NAMEY = FIRST | LAST
NOT_ENTITY = TECH | TIME | HONOR | PRONOUN | ACRONYM | DEMONYM | GLUED

WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['\u2019]s$|['\u2019]$", re.IGNORECASE)
_SENTENCE_END = frozenset('.!?:;\n"\u201c\u201d(>*\u2022\u2013\u2014[|\u00bf\u00a1')
"""Characters after which a word opens a sentence (also Spanish "¿" and "¡")."""


@dataclass(slots=True)
class Token:
    """One word: its span, its text (possessive stripped), lower-case form and flags.

    Read only, as a tuple would be, but not one: the rules read tokens' fields many times
    over, and Python 3.11 reads a slot far faster than a named tuple's field (a sixteenth of
    the engine's instructions)."""

    start: int
    end: int
    word: str
    lower: str
    flags: int
    cap: bool
    sentence_start: bool
    heading: bool = False
    """In a title-case line ("Why I Left The Churn Team"): capitals there prove nothing."""
    titled: bool = False
    """Written with a title after it ("Tanaka-san"; the title is not part of the word)."""

    def _replace(self, **changes: bool | int) -> Token:
        """A copy with ``changes`` made, as a named tuple's ``_replace`` (written out: the
        generic ``dataclasses.replace`` costs more than tokenising the words it copies)."""
        copy = Token(self.start, self.end, self.word, self.lower, self.flags, self.cap,
                     self.sentence_start, self.heading, self.titled)  # fmt: skip
        for name, value in changes.items():
            setattr(copy, name, value)
        return copy


@cache
def word_flags(word: str) -> int:
    """Flags describing a word (as written: capitals matter for acronyms).

    >>> bool(word_flags("Priya") & FIRST), bool(word_flags("table") & COMMON)
    (True, True)
    """
    lower = word.casefold()
    folded = fold(word)
    flags = 0
    if word in _COUNTRY_CODES:
        return PLACE
    if lower in TECH_TERMS:
        flags |= TECH
    if is_common(lower):
        flags |= COMMON
    if is_dictionary_word(lower):
        flags |= DICT
    if "-" in word:
        flags |= _hyphenated_flags(word)
    if lower in first_names() or folded in first_names():
        flags |= FIRST
    if lower in surnames() or folded in surnames():
        flags |= LAST
    if lower in place_index() or folded in place_index():
        flags |= PLACE
    if lower in function_words():
        flags &= ~(FIRST | LAST | PLACE)
    ordinary = COMMON | DICT
    if flags & ordinary != ordinary and not flags & (NAMEY | PLACE) and is_derived_word(lower):
        flags |= COMMON | DICT  # "Dashboards", "Unshippable": ordinary words
    flags |= _vocabulary_flags(lower)
    if lower in _NAME_ENDINGS:
        flags = (flags | NAME_END) & ~COMMON
    elif word.isupper() and 1 < len(word) <= 4:
        flags = (flags | ACRONYM) & ~PLACE
    elif len(word) > 2 and word[-1] == "s" and word[:-1].isupper():
        flags |= ACRONYM
    if lower == "i" or lower.startswith(("i'", "i\u2019")):
        flags |= PRONOUN
    return _world_flags(word, lower, flags)


def _world_flags(word: str, lower: str, flags: int) -> int:
    """Titles, interjections and frequent words of other languages ("Pak", "Eish", "saludos")."""
    if lower in TITLES_BEFORE and not (flags & COMMON and word[0].islower()):
        flags |= TITLE
    if lower in INTERJECTIONS:
        flags |= COMMON if flags & (NAMEY | PLACE) else COMMON | DICT
    zipf = foreign_words().get(lower, 0.0)
    if zipf and not flags & (COMMON | NAMEY | PLACE):
        flags |= ABROAD
    if zipf >= _FOREIGN_FUNCTION_ZIPF and not flags & PLACE:
        flags |= FOREIGN
    return flags


def _hyphenated_flags(word: str) -> int:
    """ "AI-powered", "on-time", "CBT-style" are ordinary words; "Ellis-Ingram" is a name."""
    parts = [part for part in word.split("-") if part]
    ordinary = TECH | COMMON | ACRONYM
    if parts and all(word_flags(part) & ordinary for part in parts):
        return COMMON | DICT
    return 0


def _vocabulary_flags(lower: str) -> int:
    flags = 0
    if lower in DEMONYMS:
        flags |= DEMONYM
    for vocabulary, flag in (
        (ROLE_WORDS, ROLE),
        (HONORIFICS, HONOR),
        (ORG_SUFFIXES, SUFFIX),
        (ORG_HEADS, HEAD),
        (PARTICLES, PARTICLE),
    ):
        if lower in vocabulary:
            flags |= flag
    if lower in WEEKDAYS or lower in MONTHS or lower in HOLIDAYS:
        flags |= TIME
    return flags


_BEFORE_WORD = frozenset(" \t'\u2018\"\u201c")
"""What may stand between a word and the end of the sentence before it (a quote opens one)."""
_OPENING_QUOTES = frozenset('"\u201c')
_LOOK_FURTHER = _BEFORE_WORD | {"."}
"""After a space, what needs :func:`_opens_sentence` (a full stop may end an abbreviation)."""


def _opens_sentence(text: str, index: int, previous: Token | None) -> bool:
    """Whether a word whose first character is after ``index`` opens a sentence."""
    char = text[index] if index >= 0 else ""
    while char in _BEFORE_WORD:
        if char in _OPENING_QUOTES:
            return True
        index -= 1
        char = text[index] if index >= 0 else ""
    if not char:
        return True
    if char == "." and previous is not None and previous.end == index:
        return not (previous.flags & HONOR or len(previous.word) == 1)
    return char in _SENTENCE_END


def _is_code(text: str, start: int, end: int) -> bool:
    """A word inside an identifier, a file name or a domain ("courier_traces_daily")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    after_next = text[end + 1] if end + 1 < len(text) else " "
    return before in "_./@\\#" or after in "_/@\\" or (after == "." and after_next.isalnum())


_FIRST_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_LETTER = re.compile(r"[.!?]\s+([^\W\d_])")
"""The first letter of a sentence after the first (one scan from one full stop to the next)."""


def _mostly_lower_case(text: str) -> bool:
    """Informal text that does not capitalise sentences (names may be in lower case too)."""
    first = _FIRST_LETTER.match(text)
    starts = [first.group()] if first else []
    starts += _SENTENCE_LETTER.findall(text)
    return not starts or sum(ch.islower() for ch in starts) > len(starts) / 2


def _name_in_lower_text(word: str, flags: int) -> bool:
    """In a text written all in lower case, a name-list word that is no common word of
    English nor a function word of another language ("como", "nada", "hun", "sama": a
    Spanish, Hindi or Malay word before it is a town or a name)."""
    ordinary = COMMON | DICT | NOT_ENTITY | PARTICLE | FOREIGN | TITLE
    if len(word) <= 2 or not flags & (NAMEY | PLACE) or flags & ordinary:
        return False
    return foreign_words().get(word.casefold(), 0.0) < _FOREIGN_FUNCTION_ZIPF


_PREFIXED_NAME = re.compile(
    r"(?:al|el|ul|bin|ibn|abu|bint|d|l|da|de|di|del|van|von)[-'\u2019][A-Z]"
)
"""A name opened by a lower-case particle written onto it: "al-Farsi", "d'Souza"."""


def _without_title(word: str) -> tuple[str, bool]:
    """Split a hyphenated title off a name ("Tanaka-san" -> "Tanaka", titled)."""
    if "-" not in word:
        return word, False
    head, _, tail = word.rpartition("-")
    if head and tail.casefold() in TITLES_AFTER and head[0].isupper():
        return head, True
    return word, False


_Word = tuple[str, str, int, bool, bool, bool]
"""What a word as matched says of itself, whatever text it is in: the word with its
possessive ending and hyphenated title taken off ("Priya's" -> "Priya"), its lower case,
its flags, whether it is written with a capital or is a name opened by a particle
("al-Farsi"), whether it is a name-list word that is no common word (a name in a text written
in lower case), and whether a title was taken off. A plain tuple, not a named one: the
tokenizer unpacks one per word, and Python 3.11 unpacks only an exact tuple fast."""


@cache
def _read_word(matched: str) -> _Word:
    """The facts of one word as :data:`WORD` matched it, worked out once per distinct word."""
    word = matched
    joined = "'" in word or "\u2019" in word or "-" in word  # most words are neither
    possessive = _POSSESSIVE.search(word) if joined else None
    if possessive is not None and possessive.start() > 0:
        word = word[: possessive.start()]
    word, titled = _without_title(word) if joined else (word, False)
    flags = word_flags(word)
    capital = word[0].isupper() or (joined and _PREFIXED_NAME.match(word) is not None)
    lower_name = _name_in_lower_text(word, flags)
    return word, word.casefold(), flags, capital, lower_name, titled


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word tokens, dropping possessive endings ("Priya's" -> "Priya")."""
    tokens: list[Token] = []
    append = tokens.append
    previous: Token | None = None
    lower_text = _mostly_lower_case(text)
    size = len(text)
    after = 0
    # The words as strings, not match objects (a fifth of the time of tokenising): each starts
    # where it is first written after the one before, as no letter between two words is left
    # out of one (every letter opens a match of WORD).
    for matched in WORD.findall(text):
        start = text.find(matched, after)
        after = start + len(matched)
        word, lower, flags, capital, lower_name, titled = _read_word(matched)
        end = start + len(word)
        cap = (capital or (lower_text and lower_name)) and not _is_code(text, start, end)
        before = text[start - 1] if start else ""
        # Most words follow one space after a word or a comma: answered without a call.
        if before == " " and start > 1 and text[start - 2] not in _LOOK_FURTHER:
            opening = text[start - 2] in _SENTENCE_END
        else:
            opening = _opens_sentence(text, start - 1, previous)
        if before.isdigit() or (after < size and text[after].isdigit()):
            flags |= GLUED  # written onto a digit: "3ashan", "ID123"
        previous = Token(start, end, word, lower, flags, cap, opening, False, titled)
        append(previous)
    return _mark_headings(text, tokens)


MINOR_WORDS: frozenset[str] = words_of(
    "a an the and or but nor of to in on at for by with from as vs via into onto per off out up"
)
"""Articles, conjunctions and short prepositions: left in lower case by title case."""
_MAX_HEADING_WORDS = 14
_START = attrgetter("start")
_LINE_END_NOT_HEADING = frozenset(".,;")


def _is_heading(text: str, line: list[Token], line_end: int) -> bool:
    """A short line whose every major word is capitalised, not ending like a sentence."""
    if not 2 <= len(line) <= _MAX_HEADING_WORDS:
        return False
    tail = text[line[-1].end : line_end].rstrip()
    if tail and tail[-1] in _LINE_END_NOT_HEADING:
        return False
    majors = [t for t in line if t.lower not in MINOR_WORDS]
    return len(majors) >= 2 and all(t.word[0].isupper() for t in majors)


def _mark_headings(text: str, tokens: list[Token]) -> list[Token]:
    """Mark the tokens of title-case lines (a story's title, section headings)."""
    if "\n" not in text and len(tokens) > _MAX_HEADING_WORDS:
        return tokens
    marked: list[Token] = []
    index = 0
    while index < len(tokens):
        line_end = text.find("\n", tokens[index].start)
        line_end = len(text) if line_end < 0 else line_end
        stop = bisect_left(tokens, line_end, lo=index, key=_START)  # past its last word
        line = tokens[index:stop]
        if _is_heading(text, line, line_end):
            line = [token._replace(heading=True) for token in line]
        marked.extend(line)
        index = stop
    return marked
