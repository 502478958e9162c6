"""People the capitalised-run detector cannot see alone, found by their context cues.

* Fail closed: a tool's name that is also a person's name ("Julia", "Claude") stays
  readable only when a product cue says it is a tool ("in Julia", "Gemini's output"); a
  person cue ("my manager Julia", "Claude said") or no cue at all makes it a name.
* Initials ("J.", "MK", "T.R."), lower-case first names ("so i dm'd sam") and names that
  are ordinary words ("Will said", "ask Hope") are people only next to a person cue.

>>> from moderation.redaction.tokens import tokenize
>>> text = "My manager Julia told me. T.R. from legal agreed; so i dm'd sam."
>>> [text[c.start:c.end] for c in find_cued_people(text, settle_products(text, tokenize(text)))]
['T.R.', 'sam']
"""

from __future__ import annotations

import re

from .cues import MAYBE_PERSON, PERSON, PRODUCT, RELATIONS, person_cue, verdict
from .gazetteers import function_words
from .model import PRIORITY_WORDS, Candidate
from .tokens import (
    COMMON,
    FIRST,
    HONOR,
    NAMEY,
    PRONOUN,
    ROLE,
    TECH,
    TIME,
    TITLE,
    Token,
)
from .vocabulary import DEMONYMS, PERSON_BEFORE, ROLE_WORDS, TECH_TERMS, words_of

NAMED_PRODUCTS: frozenset[str] = words_of("claude gemini mistral julia alexa siri cortana")
"""Tools named like people, in a name list or not: never kept readable without a cue."""
GIVEN_NAME_WORDS: frozenset[str] = words_of(
    """will bill hope grace mark faith joy rose amber april june summer autumn dawn sky
    river pat sue frank rob bob jack ray art hunter chase sandy penny ruby pearl iris ivy
    holly daisy victor sunny lucky drew gene"""
)
"""Ordinary English words that are also given names or short forms of them."""
_DETERMINERS = words_of(
    "the a an my our your his her their its this that these those some any no every each"
)
_CUED = PRIORITY_WORDS - 1
"""Below a capitalised run (which may hold a surname too), above a weak guess."""
_INITIALS = re.compile(
    r"(?<![\w.&'\u2019/-])(?:[A-Z]\.(?:[ \t]?[A-Z]\.){0,2}|[A-Z]{2,3}(?![\w.&'\u2019/-]))"
)
_NOT_INITIALS = TECH_TERMS | ROLE_WORDS | words_of("us usa uk eu un uae nz ok tv pc id")


def _ambiguous_product(token: Token) -> bool:
    """A tool's name written like a person's name ("Julia", "Claude"; not "JULIA")."""
    if not token.flags & TECH or not token.cap or token.word.isupper():
        return False
    if token.lower in NAMED_PRODUCTS:
        return True
    return bool(token.flags & NAMEY) and not token.flags & COMMON and len(token.word) > 2


def settle_products(text: str, tokens: list[Token]) -> list[Token]:
    """Tokens with a tool's mark removed from names whose context does not say "tool"."""
    settled: list[Token] = []
    for token in tokens:
        if _ambiguous_product(token) and verdict(text, token.start, token.end) != PRODUCT:
            flags = token.flags & ~TECH
            if token.lower in NAMED_PRODUCTS:
                flags |= FIRST
            token = token._replace(flags=flags)
        settled.append(token)
    return settled


def _no_name(token: Token) -> bool:
    """Words that never name a person here: roles, pronouns, days, nationalities."""
    given = token.cap and token.lower in GIVEN_NAME_WORDS  # "Will said", not "will"
    return bool(
        token.flags & (ROLE | PRONOUN | TIME | HONOR | TECH | TITLE)
        or (token.lower in function_words() and not given)
        or token.lower in RELATIONS
        or token.lower in PERSON_BEFORE
        or token.lower in DEMONYMS
    )


def _name_like(tokens: list[Token], index: int) -> bool:
    """A word that is a name when a cue says so: a known given name in any case."""
    token = tokens[index]
    if len(token.word) < 3 or _no_name(token) or "-" in token.word:
        return False
    if token.cap:
        return bool(token.flags & COMMON and token.flags & NAMEY) or token.lower in (
            GIVEN_NAME_WORDS
        )
    if index > 0 and tokens[index - 1].lower in _DETERMINERS:
        return False  # "the bill", "my lead dev": a noun, not a name
    return bool(token.flags & FIRST) or token.lower in GIVEN_NAME_WORDS


def _cued(text: str, start: int, end: int, ordinary: bool) -> bool:
    """Whether a person cue holds; an ordinary word needs a cue that no tool cue beats."""
    said = verdict(text, start, end, plain_word=ordinary)
    if said == PERSON:
        return True
    return said == MAYBE_PERSON and not ordinary


def find_cued_people(text: str, tokens: list[Token]) -> list[Candidate]:
    """Initials, lower-case names and ordinary-word names next to a person cue."""
    found: list[Candidate] = []
    for index, token in enumerate(tokens):
        if _name_like(tokens, index):
            ordinary = bool(token.flags & COMMON) and not token.cap
            if _cued(text, token.start, token.end, ordinary):
                found.append(Candidate(token.start, token.end, "PERSON", _CUED))
    for match in _INITIALS.finditer(text):
        letters = match.group().replace(".", "").replace(" ", "").casefold()
        if letters in _NOT_INITIALS or (len(letters) == 1 and match.group() == "I"):
            continue
        if person_cue(text, match.start(), match.end()) is not None:
            found.append(Candidate(match.start(), match.end(), "PERSON", _CUED))
    return found
