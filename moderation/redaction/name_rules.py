"""The rules that decide about a run of capitalised words, as tables with reasons.

* :data:`OPENING_RULES`: when an ordinary word opening a sentence still belongs to the
  name after it ("Mark Ellison", "Bank of Ireland"), not just a capitalised first word.
* :data:`KIND_RULES`: whether a segment found to be a name is a PERSON, an ORG or a
  LOCATION; the first rule that holds decides.

A new engineer extends the engine by adding a record, with its reason, to a table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from .gazetteers import function_words, place_index, place_lengths
from .tokens import (
    COMMON,
    DICT,
    FIRST,
    HEAD,
    LAST,
    NAME_END,
    NAMEY,
    NOT_ENTITY,
    PLACE,
    ROLE,
    SUFFIX,
    TITLE,
    Token,
)
from .vocabulary import ORG_BEFORE, PERSON_AFTER, PERSON_BEFORE, PLACE_BEFORE

_BIG_PLACE = 300_000
HUGE_PLACE = 1_000_000
_PLACE_CUES = frozenset({"in", "near", "based", "office", "offices", "moved", "relocated"})
NAMING = frozenset({"name is", "call me", "calls me", "called me", "name's", "i'm", "named"})


def strong(token: Token) -> bool:
    """A capitalised word that is by itself evidence of a name (no ordinary word)."""
    if token.flags & (NOT_ENTITY | NAME_END | ROLE | TITLE) or not token.cap:
        return False
    opening = token.sentence_start or token.heading
    if opening and token.flags & DICT and not token.flags & (NAMEY | PLACE):
        return False  # "Publishable title": a rare dictionary word opening a sentence
    if token.flags & COMMON and (token.flags & DICT or opening or not token.word[0].isupper()):
        return False
    word = token.word
    return len(word) > 1 and not (
        word.isupper() and len(word) < 5 and not token.flags & (PLACE | NAMEY)
    )


class OpeningRule(NamedTuple):
    """Why an ordinary word opening a sentence still belongs to the name after it."""

    keeps: Callable[[Token, list[Token], bool], bool]
    reason: str


def _name_before_names(token: Token, words: list[Token], speaks: bool) -> bool:
    return bool(token.flags & NAMEY) and any(strong(w) or w.flags & NAMEY for w in words[1:])


def _given_name_speaking(token: Token, words: list[Token], speaks: bool) -> bool:
    return bool(token.flags & FIRST) and speaks and len(words) == 1


def _firm_with_suffix(token: Token, words: list[Token], speaks: bool) -> bool:
    return len(words) > 1 and bool(words[-1].flags & SUFFIX) and token.lower not in function_words()


def _institution_head(token: Token, words: list[Token], speaks: bool) -> bool:
    return len(words) > 2 and bool(token.flags & HEAD) and words[1].lower == "of"


def _place_opening(token: Token, words: list[Token], speaks: bool) -> bool:
    return opens_place(words)


def _big_place_opening(token: Token, words: list[Token], speaks: bool) -> bool:
    return bool(token.flags & PLACE) and place_index().get(token.lower, 0) >= HUGE_PLACE


def _title_before_name(token: Token, words: list[Token], speaks: bool) -> bool:
    return bool(token.flags & TITLE) and len(words) > 1


OPENING_RULES: tuple[OpeningRule, ...] = (
    OpeningRule(_name_before_names, "a name-list word before other name words: 'Mark Ellison'"),
    OpeningRule(_given_name_speaking, "a given name alone before a speech verb: 'Will said'"),
    OpeningRule(_firm_with_suffix, "ordinary words ended by a firm's suffix: 'Premier Logistics'"),
    OpeningRule(_institution_head, "an institution's head before 'of': 'Bank of Ireland'"),
    OpeningRule(_place_opening, "the first words of a known place: 'Grand Rapids'"),
    OpeningRule(_title_before_name, "a title of another culture before a name: 'Pak Hendra'"),
    OpeningRule(_big_place_opening, "a country or a city of millions: 'Brazil leader gives'"),
)
"""A sentence's first word that is an ordinary word ("Then", "Publishable") is no part of
a name, unless one of these rules keeps it. Add a rule, with its reason, to extend."""


def ordinary_opening(token: Token, words: list[Token], speaks: bool) -> bool:
    """Whether ``token``, opening a sentence and the run ``words``, is just an ordinary word."""
    if not token.sentence_start or not token.flags & COMMON:
        return False
    return not any(rule.keeps(token, words, speaks) for rule in OPENING_RULES)


def opens_place(words: list[Token]) -> bool:
    """Whether the first words of a run are a known place of several words ("Grand Rapids")."""
    longest = min(place_lengths().get(words[0].lower, 0), len(words))
    index = place_index()
    return any(
        " ".join(t.lower for t in words[:length]) in index for length in range(2, longest + 1)
    )


def _place_cover(segment: list[Token]) -> tuple[bool, int]:
    """Whether every unusual word of the segment is in a place name, and its population."""
    lowers = [t.lower for t in segment]
    covered = [False] * len(segment)
    population = 0
    index = place_index()
    for i, lower in enumerate(lowers):
        for length in range(min(place_lengths().get(lower, 0), len(lowers) - i), 0, -1):
            name = " ".join(lowers[i : i + length])
            if name in index:
                covered[i : i + length] = [True] * length
                population = max(population, index[name])
                break
    whole = " ".join(lowers) in index
    pairs = zip(covered, segment, strict=True)
    ok = whole or (any(covered) and all(c or t.flags & COMMON for c, t in pairs))
    return ok, population


class Context(NamedTuple):
    """What the kind rules know of a segment: its words and the words around it."""

    segment: list[Token]
    before: str
    after: str
    honour: bool
    is_place: bool
    population: int
    named: bool


class KindRule(NamedTuple):
    """A segment for which ``test`` holds is of ``kind``, for ``reason``."""

    test: Callable[[Context], bool]
    kind: str
    reason: str


def _firm_shape(c: Context) -> bool:
    first, last = c.segment[0], c.segment[-1]
    return len(c.segment) > 1 and not c.honour and bool(last.flags & SUFFIX or first.flags & HEAD)


def _place_after_place_cue(c: Context) -> bool:
    return c.is_place and not c.honour and c.before in _PLACE_CUES


def _person_cue(c: Context) -> bool:
    return (
        c.honour
        or c.after in PERSON_AFTER
        or c.before in NAMING
        or (c.before in PERSON_BEFORE and c.named)
    )


def _middle_initial(c: Context) -> bool:
    return len(c.segment) > 2 and any(len(t.word) == 1 for t in c.segment[1:-1])


def _known_place(c: Context) -> bool:
    big = c.population >= _BIG_PLACE
    return c.is_place and (c.before in PLACE_BEFORE or big or not c.named)


def _name_words(c: Context) -> bool:
    seg = c.segment
    return c.named or (len(seg) > 1 and all(t.flags & NAMEY or len(t.word) == 1 for t in seg))


def _org_cue(c: Context) -> bool:
    return c.before in ORG_BEFORE


def _place_cue(c: Context) -> bool:
    return c.before in PLACE_BEFORE and c.is_place


def _surname_or_several(c: Context) -> bool:
    return any(t.flags & LAST for t in c.segment) or len(c.segment) > 1


KIND_RULES: tuple[KindRule, ...] = (
    KindRule(_firm_shape, "ORG", "a firm's suffix or an institution's head: 'Voxel GmbH'"),
    KindRule(_place_after_place_cue, "LOCATION", "a known place after 'in', 'near', 'based'"),
    KindRule(_person_cue, "PERSON", "a title, 'X said', 'my name is X', 'my manager X'"),
    KindRule(_middle_initial, "PERSON", "an initial inside: 'Ella H. Snider'"),
    KindRule(_known_place, "LOCATION", "a known place: after a place cue, big, or no given name"),
    KindRule(_name_words, "PERSON", "a given name, or only name-list words and initials"),
    KindRule(_org_cue, "ORG", "after 'at', 'joined', 'for', 'client'"),
    KindRule(_place_cue, "LOCATION", "a known place after 'to', 'from', 'visited'"),
    KindRule(_surname_or_several, "PERSON", "a surname, or several unknown capitalised words"),
)
"""The kind of a segment found to be a name: the first rule that holds decides; a single
unknown word with no cue is an ORG (a coined firm name). Extend by adding a rule in order."""


def kind_of(segment: list[Token], before: str, after: str, honour: bool) -> str:
    is_place, population = _place_cover(segment)
    named = any(t.flags & FIRST and not t.flags & COMMON for t in segment)
    context = Context(segment, before, after, honour, is_place, population, named)
    for rule in KIND_RULES:
        if rule.test(context):
            return rule.kind
    return "ORG"
