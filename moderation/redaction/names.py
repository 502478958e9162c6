"""Names of people, organisations and places, from capitalised words and context cues.

A run of capitalised words is split around words that stay readable (tools, job titles,
weekdays, "I"); a part is an entity when it holds a word that is no ordinary English word
(a name from the name lists, a place, or an unknown word), or when a cue says so
("Dr. X", "X said", "at X", "moved to X", "X Ltd").

>>> [(c.kind, t[c.start:c.end]) for t in ["Then Priya Raman joined Brightwave in Lisbon."]
...  for c in find_names(t)]
[('PERSON', 'Priya Raman'), ('ORG', 'Brightwave'), ('LOCATION', 'Lisbon')]
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from itertools import pairwise

from .gazetteers import (
    fold,
    foreign_words,
    function_words,
    is_common,
    is_typo,
    place_index,
    place_lengths,
    towns,
    zipf,
)
from .model import PRIORITY_WEAK, PRIORITY_WORDS, Candidate
from .name_rules import (
    HUGE_PLACE,
    NAMING,
    kind_of,
    opens_place,
    ordinary_opening,
    strong,
)
from .prefilter import keyword_led, literal_starts, may_hold
from .tokens import (
    ABROAD,
    ACRONYM,
    COMMON,
    DICT,
    FIRST,
    FOREIGN,
    HEAD,
    HONOR,
    LAST,
    MINOR_WORDS,
    NAMEY,
    NOT_ENTITY,
    PARTICLE,
    PLACE,
    PRONOUN,
    ROLE,
    SUFFIX,
    TECH,
    TIME,
    TITLE,
    Token,
    tokenize,
    word_flags,
)
from .vocabulary import (
    NICKNAME_WORDS,
    ORG_BEFORE,
    ORG_CUE_NOUNS,
    PERSON_AFTER,
    PERSON_BEFORE,
    PLACE_ACRONYMS,
    PLACE_BEFORE,
    PLACE_TYPE_WORDS,
    POST_LABELS,
    PUBLIC_BODIES,
    PUBLIC_BODY_NAMES,
    TITLES_AFTER,
    TITLES_BEFORE,
    words_of,
)

_JOIN_GAP = re.compile(r"[ \t]{1,3}|[ \t]*&[ \t]*|-|['\u2019]s[ \t]")
_LEGAL = frozenset({"plc", "ltd", "llc", "inc", "gmbh", "llp", "corp", "ag", "sa", "bv", "nv"})
_INITIAL_GAP = re.compile(r"\.[ \t]{0,2}")
_LOWER_PLACE_CUES = frozenset(
    {"in", "from", "near", "to", "based", "outside", "around", "for", "at"}
)
_NOT_LOWER_PLACE = COMMON | DICT | FOREIGN | ABROAD | TECH | NAMEY | ROLE | TIME
_SIZEABLE_PLACE = 150_000
"""A place this big, in a dictionary only as an old or rare word ("croydon", a carriage),
is the place after a place cue ("a dealer in croydon")."""
_LOWER_BEFORE = PERSON_BEFORE | frozenset({"then", "and", "with", "to", "ask", "tell", "si", "ni"})
_LOWER_AFTER = PERSON_AFTER | frozenset({"and", "was", "is", "had", "has", "did", "would"})
_LOWER_ORG_CUES = ORG_CUE_NOUNS | frozenset({"at", "joined", "join", "joining", "client"})
"""Words after which a lower-case word in no list is a firm: "joined kreditly", "startup
danakilat"."""


def _word_pairs(*groups: tuple[str, str]) -> frozenset[str]:
    """Two-word cues: each of the words of a group, then each of the group's link words."""
    return frozenset(
        f"{word} {link}"
        for words, links in groups
        for word in words.split()
        for link in links.split()
    )


_LOWER_ORG_PAIRS = _word_pairs(
    ("pilot partnered partnership partner contract deal signed merged", "with"),
    ("work works worked working contract contracting consulting", "for"),
    ("acquired bought owned funded backed", "by"),
    ("analyst engineer scientist consultant contractor developer", "for"),
    ("analyst engineer scientist consultant developer intern encoder kerja bekerja", "di"),
    ("analyst engineer scientist consultant developer intern", "in"),
    ("kerja", "kat"),
    ("trabajo trabajé trabaje trabajaba trabajando", "en"),
    ("trabalho trabalhei trabalhava trabalhando", "na no em"),
    ("travaille travaillais travaillé bosse", "chez"),
    ("treballo treballava", "a"),
    ("lavoro lavoravo", "da per"),
    ("arbeite arbeitete", "bei"),
    ("lucrez lucram", "la"),
    ("werk werkte", "bij"),
    ("pracuję pracuje pracowałem pracowałam", "w"),
    ("sold sell sells selling licensed licence license", "to"),
    ("work works worked working partnered partnering", "with w"),
    ("startup start-up company firm app platform vendor lender fintech client", "called named"),
)
"""Two words after which a lower-case word in no list is a firm: "a pilot with kettlebyte",
"worked for paisabridge", "acquired by loopwise" (not "with timestamps", "for reputational"),
and the same in other languages: "data scientist di lumbung", "trabajo en kuali", "arbeite
bei fahrwerk", "lucrez la somes data"."""
_LOWER_ORG_LINKS = frozenset(pair.split()[1] for pair in _LOWER_ORG_PAIRS)
_JOB_WORDS = words_of("work works worked working job intern analyst engineer scientist dev ds")
_WORKED_AT = _word_pairs(("work works worked working job intern interned analyst engineer", "at"))
"""A job's cue before a firm: after one, a rare word of the dictionary is the firm's name too
("if you work at quanta"; not "work at home", "work at scale")."""
_RARE_FIRM_ZIPF = 3.2
_ORG_RUN_CUES = frozenset({"at", "joined", "join", "joining", "called", "named", "startup", "firm"})
_PEOPLE_BEFORE = frozenset({"colleagues", "managers", "and", "with", "told", "asked", "met"})
_PLURAL_AFTER = frozenset({"were", "are", "have", "had", "both", "all", "each", "who", "said"})
_LIST_OF_NAMES = re.compile(
    r"\b([^\W\d_][\w'\u2019-]{1,40}+), ([^\W\d_][\w'\u2019-]{1,40}+),? (?:and|&) "
    r"([^\W\d_][\w'\u2019-]{1,40})\b"
)
"""Three names listed ("Davis, Reynolds and Williamson"). A name has at most 41 characters
and is taken whole, so a long hyphen-joined run is not rescanned from each of its words."""
_LIST_OF_NAMES_MIDDLE = re.compile(r", [^\W\d_][\w'\u2019-]{1,40}+,? (?:and|&) ")
"""What every match of :data:`_LIST_OF_NAMES` holds: looked for first, from its comma (the
full pattern, opened by "\\b", is tried at every character)."""
_ACRONYM_MODIFIES = words_of(
    """team teams squad act law bill directive request requests session sessions log logs
    campaign score scores metric dashboard pipeline model feature"""
)
"""Nouns an acronym qualifies ("the MKT team", "an FOI request", "the DPDP Act"): the
acronym names a team, a law or a thing, not an organisation."""
_ACRONYM_CUES = {
    "client": "ORG",
    "vendor": "ORG",
    "partner": "ORG",
    "employer": "ORG",
    "the": "ORG",
    "an": "ORG",
    "contact": "ORG",
    "at": "ORG",
    "for": "ORG",
    "joined": "ORG",
    "from": "ORG",
    "with": "ORG",
    # articles and prepositions of other languages before a body: "la CNDP", "di ITB"
    "la": "ORG",
    "le": "ORG",
    "el": "ORG",
    "del": "ORG",
    "al": "ORG",
    "di": "ORG",
    "in": "LOCATION",
    "to": "LOCATION",
}


_LAW_ENDINGS = words_of("act acts regulation regulations directive directives law rules")


def _joins(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    if _JOIN_GAP.fullmatch(gap):
        return True
    initial = len(left.word) == 1 or left.flags & HONOR or left.lower == "st"
    return bool(initial and _INITIAL_GAP.fullmatch(gap))


def _linkable(token: Token, nxt: Token | None, previous: Token, head_run: bool = False) -> bool:
    """A lower-case particle or "of" may sit inside a name ("Ludwig van Beethoven")."""
    if token.lower in _LEGAL:
        return True
    if nxt is None or not nxt.cap:
        return False
    if token.lower in ("of", "for", "and") and (previous.flags & HEAD or head_run):
        return True
    if token.lower in ("and", "&") and nxt.flags & SUFFIX and previous.cap:
        return True  # "Thomas and Sons", "Okafor and Partners"
    if token.lower == "the" and previous.lower == "of" and head_run:
        return True  # "Office of the Privacy Commissioner"
    return bool(token.flags & PARTICLE)


def _after_particles(tokens: list[Token], index: int) -> Token | None:
    """The first word after ``index`` that is not a particle ("van der Berg" -> "Berg")."""
    for position in range(index + 1, min(index + 3, len(tokens))):
        if not tokens[position].flags & PARTICLE or tokens[position].cap:
            return tokens[position]
    return None


def build_runs(text: str, tokens: list[Token]) -> list[list[int]]:
    """Group indexes of capitalised tokens that are written together."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index, token in enumerate(tokens):
        if not current and not token.cap:
            continue  # most words: no run to join, and none opened by a lower-case word
        nxt = _after_particles(tokens, index) if token.flags & PARTICLE else None
        if nxt is None:
            nxt = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.lower == "of" and nxt is not None and nxt.lower == "the":
            nxt = tokens[index + 2] if index + 2 < len(tokens) else None  # "Office of the X"
        joined = current and _joins(text, tokens[current[-1]], token)
        head_run = bool(current) and bool(tokens[current[0]].flags & HEAD)
        if joined and (token.cap or _linkable(token, nxt, tokens[current[-1]], head_run)):
            current.append(index)
            continue
        if current:
            runs.append(current)
        current = [index] if token.cap else []
    if current:
        runs.append(current)
    return runs


def _segments(tokens: list[Token], run: list[int]) -> list[list[Token]]:
    """Split a run around readable words, dropping a sentence's ordinary first word."""
    words = [tokens[i] for i in run]
    after = tokens[run[-1] + 1].lower if run[-1] + 1 < len(tokens) else ""
    speaks = after in PERSON_AFTER
    in_place = _in_places(words) if words[0].heading else frozenset()
    segments: list[list[Token]] = []
    current: list[Token] = []
    for position, token in enumerate(words):
        ordinary_start = position == 0 and ordinary_opening(token, words, speaks)
        suffix = token.flags & SUFFIX and current
        plain = (
            token.heading
            and token.flags & COMMON
            and not token.flags & NAMEY
            and position not in in_place
            and not _suffix_follows(words, position)
        )
        body = token.flags & ACRONYM and not token.flags & TECH and _suffix_follows(words, position)
        if token.flags & NOT_ENTITY and not (suffix or body):
            if current:
                segments.append(current)
            current = []
            continue
        if ordinary_start or (plain and not suffix):
            if current:
                segments.append(current)
            current = []
            continue
        current.append(token)
    if current:
        segments.append(current)
    return [_trim(segment) for segment in segments if _trim(segment)]


def _in_places(words: list[Token]) -> frozenset[int]:
    """Positions of the words that belong to a known place of several words."""
    covered: set[int] = set()
    for start in range(len(words) - 1):
        if opens_place(words[start:]):
            covered.update(range(start, start + place_lengths()[words[start].lower]))
    return frozenset(covered)


def _suffix_follows(words: list[Token], position: int) -> bool:
    """In a heading, whether a firm's suffix ends the words from here ("Overture Technologies")."""
    for token in words[position + 1 :]:
        if token.lower in MINOR_WORDS or token.flags & NOT_ENTITY:
            return False
        if token.flags & SUFFIX:
            return True
    return False


def _institution(segment: list[Token]) -> bool:
    """ "Department for Work and Pensions", "Ministry of Health": a head, a link word, a name."""
    return (
        len(segment) > 2
        and bool(segment[0].flags & HEAD)
        and segment[1].lower in ("of", "for")
        and segment[-1].cap
    )


def _named_body(segment: list[Token]) -> bool:
    """ "Data Protection Commission": a body's suffix after a word that is no job title, so
    the department word opening it belongs to the name (not "Data Analytics")."""
    return (
        len(segment) > 2
        and bool(segment[-1].flags & SUFFIX)
        and any(not t.flags & (ROLE | SUFFIX) for t in segment[1:-1])
    )


def _trim(segment: list[Token]) -> list[Token]:
    """Drop particles and job-title words at the edges ("VP", "Head", but not "Ltd")."""
    while segment and (
        not segment[0].cap
        or (
            segment[0].flags & ROLE
            and not strong(segment[0])
            and not _institution(segment)
            and not _named_body(segment)
        )
    ):
        segment = segment[1:]
    while segment and (
        (not segment[-1].cap and segment[-1].lower not in _LEGAL)
        or (segment[-1].flags & ROLE and not segment[-1].flags & SUFFIX)
    ):
        segment = segment[:-1]
    return segment


def _word_before(tokens: list[Token], segment: list[Token], first: int) -> str:
    return tokens[first - 1].lower if first > 0 else ""


def _weak_entity(segment: list[Token], before: str, after: str, honour: bool) -> bool:
    """An entity made only of ordinary words needs a cue."""
    first = segment[0]
    if honour or (after in PERSON_AFTER and first.flags & NAMEY) or before in NAMING:
        return True
    if len(segment) > 1:
        if segment[-1].flags & SUFFIX or all(t.flags & NAMEY for t in segment):
            return True
        if first.word in NICKNAME_WORDS and segment[1].flags & FIRST:
            return True  # "Big Mike", "Lil Tunde": a nickname
        if _institution(segment):
            return True
        if before in ORG_BEFORE and not (first.sentence_start or first.heading):
            return True
        return " ".join(t.lower for t in segment) in place_index()
    if first.flags & PLACE and place_index().get(first.lower, 0) >= HUGE_PLACE:
        return True  # "Canada was fun", "Brazil leader gives": a country or a city of millions
    if first.sentence_start or first.heading:
        if after in PERSON_AFTER and not first.flags & COMMON:
            return True
        return after == ":" and bool(first.flags & FIRST) and first.lower not in POST_LABELS
    if first.flags & FIRST and not first.flags & TECH:
        return True
    if before in ORG_BEFORE and not first.flags & ACRONYM:
        return True
    return bool(first.flags & PLACE and before in PLACE_BEFORE)


def _classify(
    text: str, tokens: list[Token], segment: list[Token], index_of: dict[int, int]
) -> Candidate | None:
    first = index_of[segment[0].start]
    before = tokens[first - 1] if first > 0 else None
    last = index_of[segment[-1].start]
    after = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    if text[segment[-1].end : segment[-1].end + 1] == ":":
        after = ":"
    if all(t.flags & TITLE for t in segment) or _foreign_opening(text, tokens, segment, last):
        return None  # "Our Oga, ...": a title alone names nobody
    if (
        len(segment) == 1
        and segment[0].lower in POST_LABELS
        and (segment[0].sentence_start or after == ":")
    ):
        return None  # "Edit 2:", "· Requester:": a post's or a form's label, not a name
    if len(segment) > 1 and segment[-1].lower in _LAW_ENDINGS:
        return None  # "the EU AI Act", "Data Protection Regulation": a law, named by no one
    if _foreign_sentence(tokens, segment, last):
        return None  # "Le dije que no": a sentence of another language
    honour = _titled(segment, before, after)
    before_word = before.lower if before is not None else ""
    if first > 1 and f"{tokens[first - 2].lower} {before_word}" in NAMING:
        before_word = f"{tokens[first - 2].lower} {before_word}"
    if not any(strong(t) for t in segment) and not _weak_entity(
        segment, before_word, after, honour
    ):
        return None
    kind = kind_of(segment, before_word, after, honour)
    return Candidate(segment[0].start, segment[-1].end, kind, PRIORITY_WORDS)


_FOREIGN_ZIPF = 5.5
"""A word this frequent in another language is one of its function words ("en", "una")..."""
_ENGLISH_ZIPF = 5.5
"""... unless it is as frequent in English ("is", "the")."""
_SENTENCE_STOP = re.compile(r"[ \t]*[.!?,;:\n]")


def _foreign_opening(text: str, tokens: list[Token], segment: list[Token], last: int) -> bool:
    """ "Saludos." "Trabajo en ...": a sentence opened by a word of another language."""
    first = segment[0]
    if len(segment) > 1 or not first.flags & ABROAD or not (first.sentence_start or first.heading):
        return False
    if _SENTENCE_STOP.match(text, first.end):
        return True
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is None or nxt.cap:
        return False
    return bool(nxt.flags & FOREIGN or not nxt.flags & (COMMON | DICT))


def _more_foreign(word: str) -> bool:
    """A function word of another language, far rarer in English ("en", "del", "que"; not
    "is", "the", "a")."""
    return foreign_words().get(word, 0.0) >= _FOREIGN_ZIPF and zipf(word) < _ENGLISH_ZIPF


def _foreign_sentence(tokens: list[Token], segment: list[Token], last: int) -> bool:
    """ "Le dije que no", "Los clientes del campo", "Trabajé en una fintech": a sentence of
    another language opened by one of its frequent words (even one that is also a name:
    "Le", "Dia") or by a word in no list, before its own frequent words."""
    first = segment[0]
    if len(segment) > 1 or not (first.sentence_start or first.heading):
        return False
    after = [t for t in tokens[last + 1 : last + 3] if not t.cap]
    foreign = [bool(t.flags & ABROAD) or _more_foreign(t.lower) for t in after]
    if not after or after[0].lower in PERSON_AFTER:
        return False
    if first.flags & FOREIGN:
        return any(foreign)
    return len(after) > 1 and not first.flags & (NAMEY | PLACE | COMMON | DICT) and all(foreign)


def _titled(segment: list[Token], before: Token | None, after: str) -> bool:
    """Whether a title marks the segment as a person: "Dr. X", "Pak X", "X ji", "X-san"."""
    if before is not None and before.flags & (HONOR | TITLE):
        return True
    if len(segment) > 1 and segment[0].flags & TITLE:
        return True
    return after in TITLES_AFTER or segment[-1].titled


def _cued_org_run(tokens: list[Token], run: list[int]) -> Candidate | None:
    """A title-case run after a firm's cue is one organisation ("at Clean Power Finance")."""
    first, last = tokens[run[0]], tokens[run[-1]]
    if len(run) < 2 or run[0] == 0 or first.sentence_start or first.heading:
        return None
    if tokens[run[0] - 1].lower not in _ORG_RUN_CUES or not last.cap:
        return None
    words = [tokens[i] for i in run]
    if first.flags & (NOT_ENTITY | ROLE) or all(t.flags & (NOT_ENTITY | ROLE) for t in words):
        return None
    if any(t.flags & PRONOUN for t in words):
        return None
    return Candidate(first.start, last.end, "ORG", PRIORITY_WORDS)


_ORG_NOUNS = "|".join(sorted(ORG_CUE_NOUNS, key=len, reverse=True))
_ORG_CUE = re.compile(
    rf"(?i:\b(?:{_ORG_NOUNS})(?:['\u2019]s)?(?:[ \t]+name)?(?:[ \t]+(?:is|was|na|called|named))?"
    rf"|\bname[ \t]+of[ \t]+(?:the[ \t]+|my[ \t]+|our[ \t]+)?(?:{_ORG_NOUNS})[ \t]+(?:is|was)"
    r"|\b(?:its|their|the)[ \t]+name[ \t]+(?:is|was)|^[ \t]*name[ \t]+(?:is|was))"
    r"[ \t]*[,:(]?[ \t]*$"
)
_ORG_CUE_LAST = ORG_CUE_NOUNS | frozenset({"name", "is", "was", "na", "called", "named"})
_NOT_ORG_START = NOT_ENTITY & ~ACRONYM | ROLE | TITLE


def _ends_org(token: Token) -> bool:
    """Whether a word may end a firm's name: "Research", "plc", not "Team" or "the"."""
    if token.flags & SUFFIX or token.lower in _LEGAL:
        return True
    return token.cap and not token.flags & _NOT_ORG_START


def _org_appositions(text: str, tokens: list[Token], runs: list[list[int]]) -> list[Candidate]:
    """A capitalised run right after "the company is", "an insurer,", "company name:", "the
    uni (" is a firm."""
    found: list[Candidate] = []
    for run in runs:
        first = tokens[run[0]]
        if run[0] == 0 or tokens[run[0] - 1].lower not in _ORG_CUE_LAST:
            continue
        if first.heading or first.flags & _NOT_ORG_START or first.lower in function_words():
            continue
        line_start = text.rfind("\n", 0, first.start) + 1
        if not _ORG_CUE.search(text, max(line_start, first.start - 48), first.start):
            continue
        words = [tokens[i] for i in run]
        while len(words) > 1 and not _ends_org(words[-1]):
            words.pop()
        found.append(Candidate(first.start, words[-1].end, "ORG", PRIORITY_WORDS + 1))
    return found


def _coordinated_names(tokens: list[Token]) -> list[Candidate]:
    """ "Park and Mann were": two name-list words joined by "and", one of them no common word."""
    found: list[Candidate] = []
    for i in range(len(tokens) - 2):
        left, link, right = tokens[i], tokens[i + 1], tokens[i + 2]
        if link.word not in ("and", "&") or not (left.cap and right.cap):
            continue
        pair = (left, right)
        if any(not t.flags & NAMEY or t.flags & (NOT_ENTITY | ROLE) for t in pair):
            continue
        if any(not t.flags & COMMON for t in pair):
            found += [Candidate(t.start, t.end, "PERSON", PRIORITY_WEAK) for t in pair]
    return found


def _lower_case_orgs(text: str, tokens: list[Token]) -> list[Candidate]:
    """A firm written in lower case right after "at", "joined", "pilot with" ("joined
    kreditly"), or "@" after a job ("i work @ brightpath")."""
    found: list[Candidate] = []
    for i, token in enumerate(tokens[1:], start=1):
        if token.cap or len(token.word) < 4:
            continue
        cue = tokens[i - 1].lower
        if text[tokens[i - 1].end : token.start] == " @ " and cue in _JOB_WORDS:
            cue = "at"  # "work @ brightpath": the sign said as "at"
        if cue not in _LOWER_ORG_CUES and not (
            cue in _LOWER_ORG_LINKS and i > 1 and f"{tokens[i - 2].lower} {cue}" in _LOWER_ORG_PAIRS
        ):
            continue
        last = _firm_name_end(tokens, i)
        worked = i > 1 and f"{tokens[i - 2].lower} {cue}" in _WORKED_AT
        rare = worked and zipf(token.lower) < _RARE_FIRM_ZIPF
        if last is not None and cue in ("with", "w") and tokens[last].lower == "data":
            continue  # "worked with registry data": what was worked with, not a firm
        if last is not None:
            found.append(Candidate(token.start, tokens[last].end, "ORG", PRIORITY_WEAK))
        elif rare and not token.flags & (TECH | NAMEY | PLACE | TIME | ROLE):
            found.append(Candidate(token.start, token.end, "ORG", PRIORITY_WEAK))
        elif not token.flags & (COMMON | DICT | TECH | NAMEY | PLACE | TIME | ROLE | ABROAD):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt.lower in ORG_CUE_NOUNS and nxt.start - token.end == 1:
                continue  # "a scientist in e-commerce company X": the firm's trade, not its name
            found.append(Candidate(token.start, token.end, "ORG", PRIORITY_WEAK))
    return found


_FREE_LEGAL = words_of("ltd llc plc gmbh srl bhd berhad inc sarl ltda")
"""Legal forms that end a firm's name written in lower case, wherever it stands: "lumen data
ltd", "amanah jaminan berhad" (not "limited" or "group", which are English words)."""
_INNER_LEGAL = words_of("pty pvt sdn private co")


def _legal_ended_firms(tokens: list[Token]) -> list[Candidate]:
    """A lower-case firm's name ended by its legal form (:data:`_FREE_LEGAL`): up to three
    words before it, next to each other, the first of them no function word, no role and
    not among the most frequent English words ("a new ltd", "my own llc" stay)."""
    found: list[Candidate] = []
    for i, token in enumerate(tokens):
        if token.lower not in _FREE_LEGAL or token.cap or i == 0:
            continue
        k = i
        while k > 0 and tokens[k - 1].lower in _INNER_LEGAL and not tokens[k - 1].cap:
            k -= 1
        first = None
        for j in range(k - 1, max(-1, k - 4), -1):
            word = tokens[j]
            if word.cap or tokens[j + 1].start - word.end != 1 or word.lower in function_words():
                break
            if word.lower in _TRADE_WORDS:  # "data", "insights": a firm's inner words
                continue
            if word.flags & _NOT_FIRM_OPENING:
                break
            first = j
        if first is None:
            continue
        opening = tokens[first]
        if opening.lower in _DETERMINERS or zipf(opening.lower) >= _FIRM_OPENING_ZIPF:
            continue
        found.append(Candidate(opening.start, token.end, "ORG", PRIORITY_WEAK))
    return found


def _firm_name_end(tokens: list[Token], first: int) -> int | None:
    """Where a firm's lower-case name that starts at ``first`` ends: at the last of up to three
    more words that is a trade's word or a legal form ("kasi credit", "mutapa mobile money",
    "meghna knitwear ltd"), each word next to the one before; None when no such word ends it."""
    last = None
    for k in range(first + 1, min(first + 4, len(tokens))):
        word, previous = tokens[k], tokens[k - 1]
        if word.cap or word.start - previous.end != 1:
            break
        if word.lower in _TRADE_WORDS or word.lower in _LEGAL_LOWER:
            last = k
        elif word.lower in function_words():
            break
    if last is None or not _two_word_firm(tokens[first], tokens[first + 1], loose=last > first + 1):
        return None
    return last


_LEGAL_LOWER = words_of("ltd limited inc llc plc gmbh srl bhd coop cooperative sacco corp")


_TRADE_WORDS = words_of(
    """analytics analytica analytique data health tech pay credit insure insurance soft cloud
    box mobility fintech finance labs lab ai bank capital plus money cash loans lend lending
    works group media digital systems solutions logistics energy foods motors studio studios
    games telecom net hub app apps ventures partners consulting insights technologies
    insight security robotics bio pharma realty homes"""
)
"""Second words of a firm's name written in lower case after "at": "wattle analytics",
"kasi credit", "nile pay", "kopi cloud"."""
_NOT_FIRM_OPENING = ROLE | TIME | TECH | PRONOUN | NOT_ENTITY | PARTICLE


def _two_word_firm(first: Token, second: Token, *, loose: bool = False) -> bool:
    """Whether two lower-case words after a firm's cue open the firm's name: the second a
    trade's word (:data:`_TRADE_WORDS`; any word when ``loose``, a trade's word coming
    later), the first no function word, no role and not among the most frequent English
    words ("at least", "at home", "at scale data" stay)."""
    trade = loose or second.lower in _TRADE_WORDS or second.lower in _LEGAL_LOWER
    if second.cap or not trade or second.start - first.end != 1:
        return False
    if first.flags & _NOT_FIRM_OPENING or first.lower in function_words():
        return False
    return first.lower not in _DETERMINERS and zipf(first.lower) < _FIRM_OPENING_ZIPF


_FIRM_OPENING_ZIPF = 4.8
"""Above this, a word is too frequent in English to open a firm's name after "at" ("at work
data", "at first"); "mate", "nile", "wattle" are below it."""


_NOT_FIRM_WORD = COMMON | DICT | TECH | FOREIGN | ROLE | TIME | NOT_ENTITY | PARTICLE
_FIRM_WORDS = words_of(
    """motors labs technologies solutions logistics ventures capital systems holdings partners
    associates consulting enterprises industries foods pharmaceuticals airlines insurance realty
    properties studios networks telecom ltd llc inc plc gmbh limited"""
)
"""Words that end a firm's name, written in lower case ("kingsway motors"); not "company",
"analytics" or "group", which follow a trade ("an edtech company", "geospatial analytics")."""
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ing", "ed", "ary", "ous")


def _lower_case_firms(tokens: list[Token]) -> list[Candidate]:
    """A lower-case word in no list before a firm's word: "kingsway motors", "bluefin labs"
    (not "data systems", "biometric solutions")."""
    found: list[Candidate] = []
    for i, token in enumerate(tokens[:-1]):
        suffix = tokens[i + 1]
        if token.cap or suffix.cap or suffix.lower not in _FIRM_WORDS or len(token.word) < 3:
            continue
        if token.flags & _NOT_FIRM_WORD or suffix.start - token.end != 1 or "-" in token.word:
            continue
        if token.lower.endswith(_ADJECTIVE_ENDINGS):
            continue  # "biometric solutions", "geospatial systems": a trade, not a name
        found.append(Candidate(token.start, suffix.end, "ORG", PRIORITY_WEAK + 1))
    return found


_APPOSED_FIRM_NOUNS = "|".join(
    sorted(
        ORG_CUE_NOUNS
        | words_of(
            """app apps insurtech edtech healthtech proptech regtech agritech consultancy
            empresa aplicativo aplicación consultora entreprise société boîte firma perusahaan
            kampuni network competitor rival""".replace("\n", " ")
        ),
        key=len,
        reverse=True,
    )
)
_FIRM_APPOSITION = re.compile(
    rf"(?:[ \t]*[(,]|[ \t]+(?:is|was))[ \t]*(?:the|a|an|our|my|una|uma|un|une|um|ein|eine|een|"
    rf"one[ \t]+of[ \t]+(?:these|those|the))[ \t]+(?:[\w-]+[ \t]+){{0,3}}?"
    rf"(?:{_APPOSED_FIRM_NOUNS})\b",
    re.IGNORECASE,
)
"""What says the word before it is a firm: "ferncrest, a regional bank", "harvest (the payroll
startup", "mandado, una app de domicilios", "paddle, one of these lending apps"."""
_ORG_IS = frozenset({"client", "vendor", "employer", "customer", "partner", "funder"})
_DETERMINERS = frozenset({"the", "a", "an", "our", "my", "their", "this", "that", "his", "her"})
_ORG_IS_LINKS = frozenset({"was", "is", "were"})


_FIRM_BETWEEN_COMMAS = re.compile(
    rf"(?i:\b(?:{_APPOSED_FIRM_NOUNS}|shop|client|klant|cliente)(?:[ \t]+we[ \t]+\w+[ \t]+for)?"
    r"[ \t]*[,(][ \t]*)"
    r"((?-i:[a-z\u00e0-\u00ff][\w'-]{2,30}(?:[ \t][a-z\u00e0-\u00ff][\w'-]{1,30})?))[ \t]*[,)]"
)
"""A lower-case name of one or two words set between commas or in brackets after a firm's
noun: "a digital lender, chapa haraka, office in ...", "the insurer we consult for,
tallgrass, wanted", "the pharmacy client (recept norr)"."""
_FIRM_BETWEEN_COMMAS_OPEN = (
    *sorted({re.findall(r"[^\W\d_]+", noun)[0] for noun in _APPOSED_FIRM_NOUNS.split("|")}),
    *("shop", "client", "klant"),
)
"""The words that open :data:`_FIRM_BETWEEN_COMMAS`, up to a hyphen ("start" of "start-up"):
it is tried only where a word so beginning starts (one full scan of it was a tenth of the
engine's time on a story)."""


_DESCRIBED_ACRONYM = re.compile(
    r"(?<![\w.&-])([A-Z]{2,5})[ \t]+\((?:(?:the|a|an|my|our|their|la|le|el|o|a)[ \t]+"
    rf"(?:[\w-]+[ \t]+){{0,2}}?(?:{_APPOSED_FIRM_NOUNS}|uni|university|college|school|hospital|"
    r"ministry|authority|commission|regulator|union|council|insurer|telco|data[ \t]broker)\b"
    r"|(?P<expansion>[A-Z][\w'\u2019-]+(?:[ \t]+[\w'\u2019-]+){1,7})\))"
)
"""An acronym described in brackets after it as a firm or body ("QRB (the data broker)", "KU
(my old uni)") or spelled out there ("CNDP (Commission nationale de protection
des données)"): the acronym names it, and so does the spelled-out name."""


_BODY_NAME_WORDS = words_of(
    """commission authority ministry bank council agency office university institute fund
    association union board service trust foundation company corporation commissioner
    committee department bureau comisión comissão commissione autorité autoridade autoridad
    ministère ministerio instituto"""
)
"""Words of a body's spelled-out name: "CNDP (Commission nationale ...)" is a body, whatever
list holds the acronym."""


def _spells(acronym: str, expansion: str) -> bool:
    """Whether the first letters of a name's words spell its acronym, in order, short words
    skipped or not ("CNDP": Commission nationale de protection des données)."""
    letters = iter(word[0].upper() for word in expansion.split())
    return acronym[0] == expansion[0] and all(letter in letters for letter in acronym)


def _described_acronyms(text: str) -> list[Candidate]:
    """Acronyms of :data:`_DESCRIBED_ACRONYM`: described as a firm or body, whatever list
    holds the acronym ("KU (my old uni)"), or spelled out by the name after them, when no
    tool's acronym ("API (Application Programming Interface)" stays)."""
    found: list[Candidate] = []
    for match in _DESCRIBED_ACRONYM.finditer(text) if " (" in text else ():
        acronym, expansion = match.group(1), match.group("expansion")
        if expansion is not None:
            body = not _BODY_NAME_WORDS.isdisjoint(expansion.casefold().split())
            tool = word_flags(acronym) & (TECH | ROLE | TIME) and not body
            if tool or not _spells(acronym, expansion):
                continue
            found.append(
                Candidate(match.start("expansion"), match.end("expansion"), "ORG", PRIORITY_WEAK)
            )
        found.append(Candidate(match.start(1), match.end(1), "ORG", PRIORITY_WEAK))
    named = {text[c.start : c.end] for c in found if " " not in text[c.start : c.end]}
    if named:  # the acronym wherever else it is written: "la CNDP le sait"
        again = re.compile(rf"(?<![\w.&-])(?:{'|'.join(sorted(named))})(?![\w&-])")
        found += [Candidate(m.start(), m.end(), "ORG", PRIORITY_WEAK) for m in again.finditer(text)]
    return found


def _firms_between_commas(text: str) -> list[Candidate]:
    """The firms of :data:`_FIRM_BETWEEN_COMMAS`, when a word of them is no frequent English
    word ("a fintech, though, ..." stays)."""
    found: list[Candidate] = []
    for match in keyword_led(_FIRM_BETWEEN_COMMAS, text, _FIRM_BETWEEN_COMMAS_OPEN):
        words = match.group(1).split()
        if all(is_common(word) or word in function_words() for word in words):
            continue
        found.append(Candidate(match.start(1), match.end(1), "ORG", PRIORITY_WEAK))
    return found


_CUED_LOWER_FIRM = re.compile(
    r"(?i:\b(?:at|for|joined|through|via|with|di|bei|chez|kat|sa)[ \t]+)"
    r"((?-i:[a-z\u00e0-\u00ff][\w'-]{1,30}(?:[ \t]+(?:&[ \t]+)?[a-z\u00e0-\u00ff][\w'-]{1,30})?))\Z"
)
"""One or two lower-case words after a firm's cue, right before a description: "at sao mai",
"at maple & birch", "di lumbung"."""


def _apposed_lower_firms(text: str) -> list[Candidate]:
    """A firm written in lower case after "at" and described as a firm right after it: "I
    worked at sao mai, a lending startup", "at maple & birch, a tiny consultancy"."""
    found: list[Candidate] = []
    if "," not in text and "(" not in text:
        return found
    for match in re.finditer(r"[ \t]*[(,]", text):
        if _FIRM_APPOSITION.match(text, match.start()) is None:
            continue
        name = _CUED_LOWER_FIRM.search(text, max(0, match.start() - 72), match.start())
        if name is None:
            continue
        words = name.group(1).replace("&", " ").split()
        if words[0] in _DETERMINERS or all(w in function_words() or is_common(w) for w in words):
            continue  # "at least, a ...", "at the firm, a bank"
        found.append(Candidate(name.start(1), name.end(1), "ORG", PRIORITY_WEAK))
    return found


def _named_firms(text: str, tokens: list[Token]) -> list[Candidate]:
    """A word in no list (or a rare one) named as a firm by what follows it ("ferncrest, a
    regional bank") or by "the client was X"."""
    found: list[Candidate] = []
    apposed = _before_a_comma(text)
    for i in _firm_slots(tokens, apposed):
        token = tokens[i]
        cued = i > 1 and tokens[i - 1].lower in _ORG_IS_LINKS and tokens[i - 2].lower in _ORG_IS
        defined = (
            i + 1 < len(tokens)
            and tokens[i + 1].lower in _ORG_IS_LINKS
            and (token.sentence_start or tokens[i - 1].lower in _CLAUSE_OPENERS)
            and token.lower not in function_words()
        )  # "Harvest is a farm-insurance startup", "and beacon was our supplier"
        opens = token.end in apposed or defined
        if not (cued or opens) or (token.sentence_start and not defined):
            continue  # neither "the client was X" nor a description after X: asked first
        if len(token.word) < 3 or token.flags & (TECH | ROLE | TIME | NOT_ENTITY):
            continue
        if token.lower in function_words():
            continue  # "I worked with them, a startup": a pronoun
        if token.lower in ORG_CUE_NOUNS or (i > 0 and tokens[i - 1].lower in _DETERMINERS):
            continue  # "the reinsurer, a company in Zurich": a noun, not a name
        described = opens and _FIRM_APPOSITION.match(text, token.end) is not None
        if token.flags & FOREIGN and not described:
            continue  # a frequent word of another language is a firm only when described
        if token.flags & COMMON and not token.cap and not described:
            continue
        if (cued and not token.flags & COMMON) or (described and not token.flags & NAMEY):
            found.append(Candidate(token.start, token.end, "ORG", PRIORITY_WEAK))
    return found


def _firm_slots(tokens: list[Token], apposed: set[int]) -> list[int]:
    """The tokens :func:`_named_firms` asks about, in order: those that end where
    :func:`_before_a_comma` says and those beside a link ("was", "is", "were"), which
    "the client was X" and "X was our supplier" need. The rest, most words, are none."""
    slots: set[int] = set()
    for i, token in enumerate(tokens):
        if token.end in apposed:
            slots.add(i)
        if token.lower in _ORG_IS_LINKS:
            slots.update(j for j in (i - 1, i + 1) if 0 <= j < len(tokens))
    return sorted(slots)


def _before_a_comma(text: str) -> set[int]:
    """Where a word ending would have a comma or an opening bracket next, at most two blanks
    after it ("ferncrest, a", "harvest (the"): worked out from the text's few commas and
    brackets, not from every word's next characters."""
    ends: set[int] = set()
    for mark in literal_starts(text, (",", "(")):
        ends.add(mark)
        for end in (mark - 1, mark - 2):
            if end < 0 or text[end] not in " \t":
                break
            ends.add(end)
    return ends


_FIRM_VERBS = words_of("fired hired bought acquired sold raised launched shipped laid acquires")
"""What a firm does, as the subject of a sentence: "lumen fired half the team", "nuri bought
pebble"."""
_CLAUSE_OPENERS = words_of("and but then so because when after that since until while")
_FIRM_VERB_OR_WE_AT = re.compile(rf"(?i:\b(?:{'|'.join(sorted(_FIRM_VERBS))})\b|\bwe[ \t]+at\b)")
"""What every match of :func:`_firms_as_subjects` holds: looked for first, in one scan."""
_FIRM_VERB_WORDS = tuple(sorted(_FIRM_VERBS))
_WE_AT = re.compile(r"(?i:we[ \t]+at)")
""""we at" anywhere: with no "\\b" to open it, the regex engine leaps from "w" to "w"."""


def _may_hold_firm_verbs(text: str) -> bool:
    """Whether ``text`` holds :data:`_FIRM_VERB_OR_WE_AT`, asked after a cheaper look for
    its words (most texts have none)."""
    if not may_hold(text, _FIRM_VERB_WORDS) and _WE_AT.search(text) is None:
        return False
    return _FIRM_VERB_OR_WE_AT.search(text) is not None


def _firms_as_subjects(text: str, tokens: list[Token]) -> list[Candidate]:
    """A lower-case word in no list of people's words that opens a clause and does what
    firms do ("lumen fired half the team", "then atlas sold our data"), and the firm after
    "we at" ("we at orbit do not publish")."""
    found: list[Candidate] = []
    if not _may_hold_firm_verbs(text):
        return found
    for i, token in enumerate(tokens[:-1]):
        before = tokens[i - 1].lower if i else ""
        if tokens[i + 1].lower not in _FIRM_VERBS and before != "at":
            continue  # neither "X fired" nor "we at X": asked first
        if token.cap or len(token.word) < 3 or token.flags & _NOT_SUBJECT_FIRM:
            continue
        opens = token.sentence_start or before in _CLAUSE_OPENERS
        acts = opens and tokens[i + 1].lower in _FIRM_VERBS and token.lower not in _PEOPLE_WORDS
        we_at = i > 1 and before == "at" and tokens[i - 2].lower == "we"
        if acts or we_at:
            found.append(Candidate(token.start, token.end, "ORG", PRIORITY_WEAK))
    return found


_NOT_SUBJECT_FIRM = PRONOUN | ROLE | TIME | TECH | FOREIGN | NAMEY
_PEOPLE_WORDS = words_of(
    """everyone everybody someone somebody nobody they we you he she it who which that this
    management leadership hr legal finance procurement recruiting recruiters"""
)


def _lower_case_places(tokens: list[Token]) -> list[Candidate]:
    """A place written in lower case after a place cue ("the officer from warangal"), when it
    is no ordinary word of any language ("from nice", "in reading" stay)."""
    found: list[Candidate] = []
    for i, token in enumerate(tokens[1:], start=1):
        if token.cap or len(token.word) < 4 or tokens[i - 1].lower not in _LOWER_PLACE_CUES:
            continue
        if not token.flags & PLACE:
            continue
        population = place_index().get(token.lower, 0)
        if token.flags & (COMMON | DICT) and population >= HUGE_PLACE and zipf(token.lower) < 4.5:
            pass  # "a hospital group in phoenix": a city of millions, a rarer ordinary word
        elif population >= _COUNTRY and tokens[i - 1].lower != "for" and zipf(token.lower) < 5:
            pass  # "in jordan", "from georgia": a country or a state, whatever names it shares
        elif token.flags & (_NOT_LOWER_PLACE & ~DICT):
            continue
        elif token.flags & DICT and population < _SIZEABLE_PLACE:
            continue  # "in reading", "from nice": rare words of the dictionary, small places
        found.append(Candidate(token.start, token.end, "LOCATION", PRIORITY_WEAK))
    return found


_COUNTRY = 10_000_000
"""The population ``places.tsv`` gives countries and US states (GeoNames' cities are below)."""
_PLACE_LINKS = frozenset({"and", "or", "&", "y", "na", "und", "et", "e", "o"})


def _places_listed_with(tokens: list[Token], places: set[int]) -> list[Candidate]:
    """Lower-case words listed with a lower-case place ("in eastleigh or kibera", "mbare and
    chitungwiza"): a word in no list, joined to it by "and", "or" or a comma, is a place too."""
    found: list[Candidate] = []
    at = {token.start: i for i, token in enumerate(tokens)}
    for start in places:
        i = at.get(start)
        if i is None:
            continue
        for j, link in ((i + 2, i + 1), (i - 2, i - 1)):
            if not 0 <= j < len(tokens):
                continue
            word, between = tokens[j], tokens[link]
            if between.lower not in _PLACE_LINKS or word.cap or len(word.word) < 4:
                continue
            if word.flags & ~PLACE or word.lower in function_words():
                continue
            found.append(Candidate(word.start, word.end, "LOCATION", PRIORITY_WEAK))
    return found


_PLACE_ENDINGS = (
    *("nagar", "pur", "puram", "pura", "abad", "halli", "palli", "palle", "garh", "ganj"),
    *("wadi", "wada", "peth", "patti", "gudi", "kottai", "bagh", "chowk", "ville", "burg"),
    *("bury", "borough", "stadt", "dorf", "hausen", "heim", "grad", "shire", "ford", "chester"),
    *("straße", "strasse", "gasse"),
)
"""Endings that make a word a place name in the languages they come from ("Indiranagar",
"Rajpur", "Secunderabad", "Doddaballapura", "Kleinheim", "leopoldstraße"); a word that ends
so and is no ordinary word of any language is taken for a place."""
_NOT_SUFFIXED_PLACE = COMMON | DICT | TECH | FOREIGN | ABROAD | ROLE | TIME | NOT_ENTITY


def _suffixed_places(tokens: list[Token]) -> list[Candidate]:
    """A word in no list that ends like a place name ("indiranagar", "Rajpur"), in any case."""
    found: list[Candidate] = []
    for token in tokens:
        lower = token.lower
        if len(lower) < 6 or token.flags & _NOT_SUFFIXED_PLACE or "-" in lower:
            continue
        if lower.endswith(_PLACE_ENDINGS):
            found.append(Candidate(token.start, token.end, "LOCATION", PRIORITY_WEAK))
    return found


_ONLY_PEOPLE_BEFORE = words_of(
    "asked told pinged messaged texted emailed dm'd dmd dmed dm'ed cc'd cced thanked tagged"
)
"""Verbs whose object is a person: a lower-case word in no list after one is a name ("so i
asked chidi", "pinged ravs")."""
_UNKNOWN = COMMON | DICT | TECH | FOREIGN | ABROAD | ROLE | TIME | NOT_ENTITY | PARTICLE | TITLE


def _unknown_after_person_verbs(tokens: list[Token]) -> list[Candidate]:
    """A lower-case word that no list knows, right after :data:`_ONLY_PEOPLE_BEFORE` or
    beside "and i" / "me and" ("me and tolu went"): a name, not a typo of a known word."""
    found: list[Candidate] = []
    for i, token in enumerate(tokens[1:], start=1):
        if token.cap or len(token.word) < 3 or token.flags & (_UNKNOWN | NAMEY | PLACE):
            continue
        before = tokens[i - 1].lower
        pair_before = f"{tokens[i - 2].lower} {before}" if i > 1 else ""
        pair_after = " ".join(t.lower for t in tokens[i + 1 : i + 3])
        if (
            before in _ONLY_PEOPLE_BEFORE
            or pair_before in ("me and", "i and")
            or pair_after in ("and i", "and me")
        ):
            found.append(Candidate(token.start, token.end, "PERSON", PRIORITY_WEAK))
    return found


_TOWN_CUES = words_of("in from near outside around")
_TOWN_PAIRS = _word_pairs(
    ("office offices based located live lives living lived grew branch clinic shop", "in"),
    ("flat house home overnight families residents stores shops warehouse", "in"),
    ("riders people families residents customers workers vendor supplier", "from"),
    ("moved relocated transferred", "to"),
    ("village town suburb district neighbourhood neighborhood area outskirts", "of"),
)
"""Two words after which a place is named: in lower case, a word that no list knows is a
place there ("our office in kilimani", "moved to westlands")."""
_TOWN_LINKS = frozenset(pair.split()[1] for pair in _TOWN_PAIRS)
_NOT_TOWN = TECH | TIME | ROLE | NOT_ENTITY


def _cued_towns(tokens: list[Token]) -> list[Candidate]:
    """A smaller place or a district (``towns()``) right after a place cue, written with
    capitals ("an office in Century City", "a clinic near Laureles"): the lists of towns hold
    many ordinary words, so they name a place only there. In lower case, only after a
    two-word cue (:data:`_TOWN_PAIRS`), where any word no list knows is taken for a place."""
    found: list[Candidate] = []
    for i in range(1, len(tokens)):
        before = tokens[i - 1].lower
        if before not in _TOWN_CUES and before not in _TOWN_LINKS:
            continue  # most words: no two-word cue to build
        pair = f"{tokens[i - 2].lower} {before}" if i > 1 else ""
        if before not in _TOWN_CUES and pair not in _TOWN_PAIRS:
            continue
        first = tokens[i]
        if first.flags & _NOT_TOWN or first.heading or first.start - tokens[i - 1].end > 2:
            continue
        if not first.cap:
            if pair in _TOWN_PAIRS and len(first.word) > 3 and not first.flags & _UNKNOWN:
                found.append(Candidate(first.start, first.end, "LOCATION", PRIORITY_WEAK))
            continue
        for length in (3, 2, 1):
            words = tokens[i : i + length]
            if len(words) < length or not all(w.cap for w in words):
                continue
            if any(b.start - a.end != 1 for a, b in pairwise(words)):
                continue
            name = " ".join(w.lower for w in words)
            if name in towns() or fold(name) in towns():
                found.append(Candidate(first.start, words[-1].end, "LOCATION", PRIORITY_WEAK))
                break
    return found


_DONE_VERBS = words_of(
    """wrote ran found said told took made sent went came left got gave kept put knew thought
    saw built began did had quit set led brought bought caught taught forgot spoke broke chose
    drove flew sat stood understood won lost paid meant read"""
)
"""Past tenses without "-ed": "sandeep ran it", "raj found one"."""
_NOT_A_LOWER_SUBJECT = COMMON | TECH | FOREIGN | ABROAD | ROLE | TIME | NOT_ENTITY | PARTICLE


def _lower_case_subjects(text: str, tokens: list[Token]) -> list[Candidate]:
    """A lower-case word that opens a clause and did something, when it is no ordinary word
    (a name of the lists, or a word no list knows): "priyanka wrote the matcher and sandeep
    ran it", "okeke chaired both panels". Not "data showed", "atlas sold" (ordinary words)."""
    found: list[Candidate] = []
    for i, token in enumerate(tokens[:-1]):
        verb = tokens[i + 1]
        if token.cap or verb.cap or len(token.word) < 3 or token.flags & _NOT_A_LOWER_SUBJECT:
            continue
        if token.flags & (DICT | PLACE) and not token.flags & NAMEY:
            continue  # "pricing ran", "paris said": an ordinary word or a place
        if token.lower.endswith("s") and not token.flags & NAMEY:
            continue  # "chargebacks went up": a plural
        before = tokens[i - 1].lower if i else ""
        opens = (
            token.sentence_start
            or before in _CLAUSE_OPENERS
            or text[token.start - 2 : token.start] == ", "
        )
        did = verb.lower in _DONE_VERBS or (
            verb.lower.endswith("ed") and len(verb.word) > 4 and verb.flags & COMMON
        )
        if opens and did and verb.start - token.end == 1 and token.lower not in _PEOPLE_WORDS:
            found.append(Candidate(token.start, token.end, "PERSON", PRIORITY_WEAK))
    return found


_LOWER_TITLES_BEFORE = TITLES_BEFORE | words_of("mukoma kapitan mang aling")
_LOWER_TITLES_AFTER = TITLES_AFTER | words_of("da dada apa apu bhaiya garu")
_LOWER_TITLES = _LOWER_TITLES_BEFORE | _LOWER_TITLES_AFTER
_NOT_TITLED_NAME = COMMON | DICT | TECH | ROLE | TIME | PRONOUN | TITLE | ACRONYM
_TITLED_NAME_ZIPF = 4.5
"""A word this frequent in another language is that word beside a title-like word ("casa da
mãe"); rarer ones are names there ("encik zul")."""


def _titled_lower_case_names(
    text: str, tokens: list[Token], lowers: AbstractSet[str]
) -> list[Candidate]:
    """A lower-case name beside a title of its culture, before it ("kuya jun", "puan rosnah",
    "encik zul") or after it ("sourav da", "rupa apa", "prasad garu"): the title says a
    person is named, when the word is no ordinary English word. ``lowers``: every token's
    ``lower``, asked first (most texts hold no such title)."""
    found: list[Candidate] = []
    if lowers.isdisjoint(_LOWER_TITLES):
        return found
    for i in range(len(tokens) - 1):
        left, right = tokens[i], tokens[i + 1]
        if right.start - left.end != 1 or text[left.end] != " ":
            continue
        if left.lower in _LOWER_TITLES_BEFORE:
            name, title = right, left
        elif right.lower in _LOWER_TITLES_AFTER and not left.cap:
            name, title = left, right
        else:
            continue
        words = foreign_words()
        before = title is left and words.get(title.lower, 0.0) >= _FOREIGN_ZIPF
        if before or words.get(name.lower, 0.0) >= _TITLED_NAME_ZIPF:
            continue  # "mas tem filho", "casa da mãe": words of another language
        if name.cap or len(name.word) < 3 or name.flags & _NOT_TITLED_NAME:
            continue
        found.append(Candidate(name.start, name.end, "PERSON", PRIORITY_WEAK))
    return found


_UNKNOWN_PLACE_CUES = words_of("along sa")
_STREET_WORDS = words_of("road street avenue lane drive highway rd st ave")
_UNKNOWN_PLACE_WORDS = _UNKNOWN_PLACE_CUES | _STREET_WORDS


def _unknown_lower_case_places(tokens: list[Token], lowers: AbstractSet[str]) -> list[Candidate]:
    """A lower-case word that no list knows and is no typo of a frequent word, after "along"
    or the Tagalog "sa" ("office namin sa cubao"), or before a street's word ("along ngong
    road"): in rushed writing such a word is a place. (After "in" and "from" only a two-word
    cue will do, :func:`_cued_towns`: "in edtech", "from chemo" are no places.) ``lowers``:
    every token's ``lower``, asked first (most texts hold none of those words)."""
    found: list[Candidate] = []
    if lowers.isdisjoint(_UNKNOWN_PLACE_WORDS):
        return found
    for i in range(1, len(tokens)):
        token = tokens[i]
        if not token.word[0].islower() or len(token.word) < 5:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        street = nxt is not None and not nxt.cap and nxt.lower in _STREET_WORDS
        known = _UNKNOWN | NAMEY | (0 if street else PLACE)  # "ngong road": a place's road
        if token.flags & known:
            continue
        if tokens[i - 1].lower not in _UNKNOWN_PLACE_CUES and not street:
            continue
        if "-" in token.word or len(token.word) > 30 or is_typo(token.lower):
            continue
        if street and nxt is not None:  # the road over its place's name alone
            found.append(Candidate(token.start, nxt.end, "LOCATION", PRIORITY_WORDS + 1))
        else:
            found.append(Candidate(token.start, token.end, "LOCATION", PRIORITY_WEAK))
    return found


def _lower_case_names(tokens: list[Token]) -> list[Candidate]:
    """Names written in lower case in informal text ("then priya said")."""
    found: list[Candidate] = []
    for i, token in enumerate(tokens):
        if (
            token.cap
            or not token.flags & FIRST
            or token.flags & (COMMON | DICT | TECH | FOREIGN)
            or len(token.word) < 3
        ):
            continue
        before = tokens[i - 1].lower if i > 0 else ""
        after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if token.flags & TITLE and nxt is not None and nxt.cap:
            continue  # "told anh Hung": a title before the name, though "Anh" is one too
        surname_after = (
            nxt is not None
            and not nxt.cap
            and nxt.start - token.end == 1
            and (
                (nxt.flags & LAST and not nxt.flags & (COMMON | FOREIGN))
                or (
                    len(nxt.word) > 3
                    and not nxt.flags & (_UNKNOWN | NAMEY | PLACE)
                    and token.lower not in foreign_words()
                )
            )
        )  # "priya sharma", "gareth pryce" (a word no list knows; not "ada nasabah")
        if before in _LOWER_BEFORE or after in _LOWER_AFTER or surname_after:
            end = token.end
            if surname_after:
                end = tokens[i + 1].end
            found.append(Candidate(token.start, end, "PERSON", PRIORITY_WEAK))
    return found


_PLACE_SLOT_WORDS = _LOWER_PLACE_CUES - {"for"}
"""The place cues before a place of ordinary words ("in Airport City"); not "for"."""
_NOT_PLACE_OPENING = TIME | TECH | ROLE | PRONOUN | TITLE | HONOR


def _place_type_names(tokens: list[Token]) -> list[Candidate]:
    """A place named by capitalised ordinary words ending in a word for a kind of place,
    after a place's preposition or listed after one: "based in Stone Town", "an office in
    Airport City", "from Trench Town and August Town", "in Sentul East"."""
    found: list[Candidate] = []
    listed = -1  # the index of the last token of the place found last
    for i, token in enumerate(tokens[1:-1], start=1):
        if not token.cap or token.heading or token.flags & _NOT_PLACE_OPENING:
            continue  # asked first: most words are in lower case
        before = tokens[i - 1]
        slot = before.lower in _PLACE_SLOT_WORDS or (
            before.lower in ("and", "or") and listed == i - 2
        )
        if not slot:
            continue
        for last in range(i + 1, min(i + 3, len(tokens))):
            word, previous = tokens[last], tokens[last - 1]
            if not word.cap or word.start - previous.end != 1:
                break
            if word.lower in PLACE_TYPE_WORDS:
                known = bool(token.flags & PLACE)  # "Sentul East" over "Sentul" alone
                priority = PRIORITY_WORDS + 1 if known else PRIORITY_WEAK + 1
                found.append(Candidate(token.start, word.end, "LOCATION", priority))
                listed = last
                break
    return found


def find_names(text: str, tokens: list[Token] | None = None) -> list[Candidate]:
    """Find people, organisations and places named in ``text``."""
    tokens = tokenize(text) if tokens is None else tokens
    index_of = {token.start: i for i, token in enumerate(tokens)}
    lowers = {token.lower for token in tokens}  # for the detectors that need a cue word
    found: list[Candidate] = []
    runs = build_runs(text, tokens)
    found += _org_appositions(text, tokens, runs)
    for run in runs:
        cued = _cued_org_run(tokens, run)
        if cued is not None:
            found.append(cued)
        for segment in _segments(tokens, run):
            candidate = _classify(text, tokens, segment, index_of)
            if candidate is not None:
                found.append(candidate)
    found += _lower_case_names(tokens) + _lower_case_orgs(text, tokens)
    found += _coordinated_names(tokens)
    found += _legal_ended_firms(tokens) + _described_acronyms(text)
    found += _lower_case_places(tokens) + _suffixed_places(tokens) + _lower_case_firms(tokens)
    found += _unknown_after_person_verbs(tokens) + _named_firms(text, tokens)
    found += _firms_as_subjects(text, tokens) + _cued_towns(tokens)
    found += _lower_case_subjects(text, tokens) + _titled_lower_case_names(text, tokens, lowers)
    found += _unknown_lower_case_places(tokens, lowers) + _firms_between_commas(text)
    found += _place_type_names(tokens) + _apposed_lower_firms(text)
    lower_places = {c.start for c in found if c.kind == "LOCATION" and text[c.start].islower()}
    found += _places_listed_with(tokens, lower_places)
    return found + _lists_of_names(text) + _cued_acronyms(tokens) + _public_bodies(tokens, lowers)


def _firm_context(text: str, match: re.Match[str]) -> bool:
    """Whether a list of surnames is a firm, not people ("Kónya, Becker and Vasquez were")."""
    before = text[max(0, match.start() - 16) : match.start()].split()
    after = text[match.end() : match.end() + 16].split()
    if before and before[-1].casefold() in ORG_BEFORE:
        return True
    if after and after[0].casefold() in _PLURAL_AFTER:
        return False
    return not (before and before[-1].casefold().strip(",:") in _PEOPLE_BEFORE)


def _lists_of_names(text: str) -> list[Candidate]:
    """A firm named after its partners: "Davis, Reynolds and Williamson" (not three people)."""
    found: list[Candidate] = []
    if _LIST_OF_NAMES_MIDDLE.search(text) is None:
        return found
    for match in _LIST_OF_NAMES.finditer(text):
        if not _firm_context(text, match):
            found += [
                Candidate(match.start(g), match.end(g), "PERSON", PRIORITY_WORDS + 1)
                for g in (1, 2, 3)
                if not word_flags(match.group(g)) & COMMON
                or word_flags(match.group(g)) & (LAST | FIRST)
            ]
            continue
        flags = [word_flags(word) for word in match.groups()]
        surnames_only = all(f & LAST or not f & (COMMON | NOT_ENTITY) for f in flags)
        if (
            surnames_only
            and not all(f & FIRST for f in flags)
            and not any(f & COMMON for f in flags)
        ):
            found.append(Candidate(match.start(), match.end(), "ORG", PRIORITY_WORDS + 1))
    return found


_LOWER_BODIES = frozenset(body.casefold() for body in PUBLIC_BODIES if len(body) > 3)
_BODY_WORDS = PLACE_ACRONYMS | PUBLIC_BODIES | _LOWER_BODIES
"""Every word as written that :func:`_public_bodies` names."""


def _public_bodies(tokens: list[Token], lowers: AbstractSet[str]) -> list[Candidate]:
    """Well-known public bodies named alone ("PDPC", "NHS number", "PhilHealth claims", in a
    rushed text "send it to the odpc"), and places named by their capitals ("la CDMX").
    ``lowers``: every token's ``lower``; with the words as written, asked first (most texts
    name no body)."""
    found: list[Candidate] = []
    if lowers.isdisjoint(PUBLIC_BODY_NAMES) and _BODY_WORDS.isdisjoint(t.word for t in tokens):
        return found
    for token in tokens:
        if token.word in PLACE_ACRONYMS:
            found.append(Candidate(token.start, token.end, "LOCATION", PRIORITY_WORDS))
        elif (
            token.word in PUBLIC_BODIES
            or (token.word[0].isupper() and token.lower in PUBLIC_BODY_NAMES)
            or (token.word.islower() and token.word in _LOWER_BODIES)
        ):
            found.append(Candidate(token.start, token.end, "ORG", PRIORITY_WORDS))
    return found


_ACRONYM_ACTS = words_of(
    """had has used uses said says sent sold bought wants wanted did does never always already
    settled paid approved refused knew knows pulled fined fired hired launched owns owned
    nunca hat"""
)
"""What an organisation does, after its acronym: "KTS had a contract", "UCL did the same",
"la SIC nunca hace nada" (a role's acronym, "the CEO said", is a role, not a body)."""


def _cued_acronyms(tokens: list[Token]) -> list[Candidate]:
    """An acronym after "at", "for", "joined" (an organisation) or "in", "to" (a place), or
    an acronym no list knows that acts as organisations do ("KTS had a contract")."""
    found: list[Candidate] = []
    acronyms = [i for i, t in enumerate(tokens) if i and t.word.isupper() and len(t.word) > 2]
    for i in acronyms:  # found in one pass first: most texts hold few or none
        token = tokens[i]
        kind = _ACRONYM_CUES.get(tokens[i - 1].lower)
        if token.flags & (TECH | ROLE | COMMON | TIME):
            continue
        acts = i + 1 < len(tokens) and tokens[i + 1].lower in _ACRONYM_ACTS
        if kind is None and acts and tokens[i + 1].start - token.end == 1:
            kind = "ORG"  # "KTS had", not "RUT 12.345.678-5, has": the verb right after
        if kind is None:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].lower in _ACRONYM_MODIFIES:
            continue  # "the MKT team", "an FOI request", "the DPDP Act": no organisation
        found.append(Candidate(token.start, token.end, kind, PRIORITY_WEAK))
    return found
