"""People the capitalised-run detector cannot see alone, found by their context cues.

* Fail closed: a tool's name that is also a person's name ("Julia", "Claude") stays
  readable only when a product cue says it is a tool ("in Julia", "Gemini's output"); a
  person cue ("my manager Julia", "Claude said") or no cue at all makes it a name.
* Initials ("J.", "MK", "T.R."), lower-case first names ("so i dm'd sam") and names that
  are ordinary words ("Will said", "ask Hope") are people only next to a person cue.

>>> from moderation.redaction.tokens import tokenize
>>> text = "My manager Julia told me. T.R. from legal agreed; so i dm'd sam."
>>> tokens = settle_products(text, tokenize(text))
>>> sorted(text[c.start:c.end] for c in find_cued_people(text, tokens))
['Julia', 'T.R.', 'sam']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .cues import MAYBE_PERSON, PERSON, PRODUCT, RELATIONS, Cue, person_cue, verdict
from .gazetteers import foreign_words, function_words, is_typo, zipf
from .model import PRIORITY_WORDS, Candidate
from .prefilter import led_at, literal_starts, word_starts
from .tokens import (
    ABROAD,
    ACRONYM,
    COMMON,
    DICT,
    FIRST,
    FOREIGN,
    HONOR,
    NAMEY,
    PLACE,
    PRONOUN,
    ROLE,
    TECH,
    TIME,
    TITLE,
    Token,
    word_flags,
)
from .vocabulary import (
    DEMONYMS,
    NICKNAME_WORDS,
    ORG_CUE_NOUNS,
    PERSON_BEFORE,
    POST_LABELS,
    PUBLIC_BODIES,
    ROLE_WORDS,
    SHORT_NAMES,
    TECH_TERMS,
    words_of,
)

NAMED_PRODUCTS: frozenset[str] = words_of("claude gemini mistral julia alexa siri cortana")
"""Tools named like people, in a name list or not: never kept readable without a cue."""
GIVEN_NAME_WORDS: frozenset[str] = words_of(
    """will bill hope grace mark faith joy rose amber april june summer autumn dawn sky
    river pat sue frank rob bob jack ray art hunter chase sandy penny ruby pearl iris ivy
    holly daisy victor sunny lucky drew gene gift blessing precious memory patience mercy
    comfort charity prudence felicity promise wisdom favour favor peace justice fortune
    goodluck innocent marvel praise treasure trust beauty chance"""
)
"""Ordinary English words that are also given names or short forms of them, among them the
virtue and word names given across Africa and the Caribbean ("Gift", "Blessing", "Memory")."""


def given_name(token: Token) -> bool:
    """Whether a word is a given name: in the lists, or an ordinary word that is one too."""
    return bool(token.flags & FIRST) or token.lower in GIVEN_NAME_WORDS


_NOT_SPEAKERS = words_of(
    "bot user admin system assistant agent moderator operator caller host guest everyone all"
)
"""Who else speaks in a chat log or transcript: roles, not names."""
_DETERMINERS = words_of(
    "the a an my our your his her their its this that these those some any no every each"
)
_INDEFINITES = words_of("someone somebody anyone anybody everyone everybody nobody noone")
_NOUN_OPENERS = _DETERMINERS | _INDEFINITES
_CUED = PRIORITY_WORDS - 1
"""Below a capitalised run (which may hold a surname too), above a weak guess."""
_INITIALS = re.compile(
    r"[A-Z](?<![\w.&'\u2019/-][A-Z])(?:\.(?:[ \t]?[A-Z]\.){0,2}(?:-[A-Z]\.)?"
    r"|[A-Z]{1,2}(?![\w.&'\u2019/-]))"
)
"""Two or three capitals, or initials with their full stops ("MK", "J.-P."), not after a
word, a dot or a sign. The first capital is matched before what may not stand before it
(a look-behind that takes it in): the regex engine then leaps from capital to capital,
where a pattern opened by a look-behind is tried at every character."""
_NOT_INITIALS = (
    TECH_TERMS
    | ROLE_WORDS
    | words_of("us usa uk eu un uae nz ok tv pc id")
    | {body.casefold() for body in PUBLIC_BODIES}
)
"""Capitals that are no one's initials: tools, roles, places, and public bodies ("ask the
ICO to review")."""


def _ambiguous_product(token: Token) -> bool:
    """A tool's name written like a person's name ("Julia", "Claude"; not "JULIA")."""
    if not token.flags & TECH or not token.cap or token.word.isupper():
        return False
    if token.lower in NAMED_PRODUCTS:
        return True
    return bool(token.flags & NAMEY) and not token.flags & COMMON and len(token.word) > 2


_LIST_LINK = re.compile(r"[ \t]*(?:,|/|,?[ \t]+(?:or|and|vs\.?|nor))[ \t]*")


def _listed_with_tool(text: str, tokens: list[Token], index: int, tools: set[int]) -> bool:
    """ "ChatGPT, Claude or Gemini": a word listed next to a tool is a tool."""
    for other in (index - 2, index - 1, index + 1, index + 2):
        if other not in tools:
            continue
        left, right = sorted((tokens[index], tokens[other]), key=lambda t: t.start)
        if _LIST_LINK.fullmatch(text, left.end, right.start):
            return True
    return False


def settle_products(text: str, tokens: list[Token]) -> list[Token]:
    """Tokens with a tool's mark removed from names whose context does not say "tool"."""
    # Found in one pass first: few words are a tool's.
    tech = [i for i, t in enumerate(tokens) if t.flags & TECH]
    said = {
        i: verdict(text, tokens[i].start, tokens[i].end)
        for i in tech
        if _ambiguous_product(tokens[i])
    }
    tools = {i for i in tech if i not in said}
    tools |= {i for i, v in said.items() if v == PRODUCT}
    for _ in range(2):  # along a list, both ways: "into Claude or Gemini or Mistral"
        for i in sorted(said, reverse=bool(_)):
            if said[i] is None and _listed_with_tool(text, tokens, i, tools):
                said[i] = PRODUCT
                tools.add(i)
    settled = list(tokens)
    for i, verdict_said in said.items():
        if verdict_said != PRODUCT:
            token = tokens[i]
            flags = token.flags & ~TECH
            settled[i] = token._replace(
                flags=flags | FIRST if token.lower in NAMED_PRODUCTS else flags
            )
    return settled


def _never_named(token: Token) -> bool:
    """Whether no cue makes a word a name (:func:`_name_like` says None whatever the words
    around it): most words of a story, told apart by one cached lookup."""
    return _never_named_word(token.word, token.lower, token.flags, token.cap)


@lru_cache(maxsize=1 << 16)  # asked of every word of every story; the same answer each time
def _never_named_word(word: str, lower: str, flags: int, cap: bool) -> bool:
    if len(word) < 3:
        return lower not in SHORT_NAMES
    return "-" in word or _no_name_word(lower, flags, cap)


@lru_cache(maxsize=1 << 16)  # also asked of the words of chat speakers
def _no_name_word(lower: str, flags: int, cap: bool) -> bool:
    """Words that never name a person here: roles, pronouns, days, nationalities."""
    given = cap and lower in GIVEN_NAME_WORDS  # "Will said", not "will"
    return bool(
        flags & (ROLE | PRONOUN | TIME | HONOR | TECH | TITLE)
        or (lower in function_words() and not given)
        or lower in RELATIONS
        or lower in PERSON_BEFORE
        or lower in DEMONYMS
        or lower in _NOT_SPEAKERS
        or lower in POST_LABELS
    )


_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ani", "eni")
"""How the names of nationalities end, in lower case, for those no list holds."""


_OPENING_ZIPF = 5.5
"""A word of another language this frequent opens a sentence as a word ("Pero", "Bueno"),
never as a name, whatever cue follows."""


def _name_like(tokens: list[Token], index: int) -> str | None:
    """How a word may be a name when a cue says so: a known given name (``"given"``), a
    lower-case ordinary word that is also one (``"plain"``), or a lower-case word in no list
    (``"unknown"``)."""
    token = tokens[index]
    if _never_named(token):
        return None
    if len(token.word) < 3:
        return "given"  # "ask bo in compliance": a strong cue for a short name
    if token.cap:
        given = (token.flags & COMMON and token.flags & NAMEY) or token.lower in GIVEN_NAME_WORDS
        if given:
            return "given"
        if token.word.isupper() or token.heading:
            return None
        if token.sentence_start and token.flags & (COMMON | FOREIGN):
            if token.flags & COMMON and not token.flags & FOREIGN and zipf(token.lower) < 3.5:
                return "opening"  # "Ploy, my manager,": a rare word, apposed only
            return None  # "Management said", "Pero, ...": no name
        if token.sentence_start and token.flags & ABROAD:
            if foreign_words().get(token.lower, 0.0) >= _OPENING_ZIPF:
                return None  # "Pero, the manager said", "Bueno, ...": a word, not a name
            return "opening"  # "Trabajé en ...", but "Gaz, our head of risk,": a strong cue
        return "unknown"  # "told Smithy", "Regards,\nTolu" (a rare word of the dictionary)
    if index > 0 and tokens[index - 1].lower in _NOUN_OPENERS:
        return None  # "the bill", "my lead dev", "someone else": a noun, not a name
    if token.flags & TITLE or token.lower in ORG_CUE_NOUNS:
        return None  # "told anh Hung": the title before the name; "my uni": a firm's noun
    if given_name(token):
        return "plain" if token.flags & COMMON else "given"
    if token.lower.endswith(_DEMONYM_ENDINGS):
        return None  # "i am cambodian", "she's bruneian": a nationality
    if token.flags & (COMMON | FOREIGN | ACRONYM):
        return None
    if len(token.word) > 4 and is_typo(token.lower):  # "wnated"; short names collide
        return None  # a slip of a frequent word (asked last: a word's edits are many)
    return "unknown"  # in no list, or a rare dictionary word ("tolu", "jericho"), no slip


def _cued(text: str, token: Token, form: str) -> bool:
    """Whether a person cue names the word; an ordinary or unknown word needs a strong one."""
    cue = person_cue(text, token.start, token.end)
    if cue is None:
        return False  # asked first: most words have no person cue, and then no product cue counts
    said = verdict(text, token.start, token.end, plain_word=form == "plain")
    if said is None or (token.flags & COMMON and not cue.names_common_words):
        return False
    if form == "unknown":
        return said == PERSON and cue.names_unknown_words
    if form == "opening":  # a word of another language opening a sentence: apposed only
        return said == PERSON and cue.names_unknown_words and text[token.end : token.end + 1] == ","
    return said == PERSON or (said == MAYBE_PERSON and form == "given")


def find_cued_people(text: str, tokens: list[Token]) -> list[Candidate]:
    """Initials, lower-case names and ordinary-word names next to a person cue, the
    speakers of a chat log and the people listed beside the writer."""
    found: list[Candidate] = []
    for index, token in enumerate(tokens):
        if _never_named_word(token.word, token.lower, token.flags, token.cap):
            continue  # asked first: most words, and no call of :func:`_name_like` for them
        form = _name_like(tokens, index)
        if form is not None and _cued(text, token, form):
            found.append(Candidate(token.start, token.end, "PERSON", _CUED))
    found += _initials(text) + _speakers(text) + _listed_with_writer(text)
    found += _names_that_acted(text, tokens)
    return found + _message_headers(text)


_MESSAGE_HEADER = re.compile(
    r"^[ \t]*([^\W\d_][\w.'\u2019-]{0,30}(?:,?[ \t][^\W\d_][\w.'\u2019-]{0,30}){0,3})"
    r"[^\w\s]{0,4}[ \t]+(?:[-\u2013\u2014][ \t]*)?(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}[ \t,]+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*$",
    re.MULTILINE,
)
"""A message's header line in a chat export, who wrote it and when, with the message on the
next line: Slack's "Moumita Sen  4:15 PM", Discord's "nikos_k \u2014 14/03/2024 21:14",
Teams' "Dela Cruz, Maria Clara 10:42 AM"."""


def _not_in_a_header(word: str) -> bool:
    """Whether a word cannot be part of a writer's name in a message header: a lower-case
    function word ("Meeting at 4:15"), a role, a label; a capitalised word of another
    language's function words may be a name ("Moumita Sen")."""
    lower = word.casefold()
    if word[0].isupper():
        flags = word_flags(word)
        return bool(flags & (ROLE | PRONOUN | TIME | TECH)) or lower in POST_LABELS
    return _no_name_word(lower, word_flags(word), False)


def _message_headers(text: str) -> list[Candidate]:
    """The writers of a chat export's messages, from header lines (:data:`_MESSAGE_HEADER`):
    a login-shaped name is a handle, any other a person; labels and roles are neither."""
    if text.count(":") < 2 or text.count("\n") < 2:
        return []
    found: list[Candidate] = []
    for match in _MESSAGE_HEADER.finditer(text):
        name = match.group(1)
        words = name.replace(",", " ").split()
        if any(_not_in_a_header(word) for word in words):
            continue
        flags = word_flags(name)
        if len(words) == 1 and flags & (COMMON | DICT) and not flags & FIRST:
            continue  # "Updated 10:42": a word, not a writer
        dated = match.group(2) is not None and len(words) == 1  # "elenaki — 14/03/2024 21:16"
        if not dated and not any(
            w[0].isupper() or any(ch.isdigit() or ch in "._" for ch in w) for w in words
        ):
            continue  # "meeting at 4:15": a lower-case line is a header only when login-shaped
            # or dated, as Discord's are
        login = len(words) == 1 and (any(ch.isdigit() or ch in "._" for ch in name) or dated)
        login = login and not name[0].isupper()  # a dated lower-case writer is a username
        kind = "HANDLE" if login else "PERSON"
        found.append(Candidate(match.start(1), match.end(1), kind, PRIORITY_WORDS + 1))
    return found


_SPEAKER_LINE = re.compile(
    r"^[ \t>]*(?:\[[^\]\n]{1,40}\][ \t]*)?"
    r"([^\W\d_][\w'\u2019.-]{0,30}(?:,?[ \t][^\W\d_][\w'\u2019.-]{0,30})?)"
    r"(?:[ \t]*[^\w\s:]{1,8})?"
    r"(?:[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp][Mm])?)?[ \t]*:[ \t]",
    re.MULTILINE,
)
"""A line opened by who speaks: "Fi: who approved it", "Big Mike 10:02: just remove it",
"Tall Sam: legal did", "Rami \U0001f1f1\U0001f1e7: shu" (one or two words, an emoji and a
time optional)."""


_MINUTED = re.compile(r"(?:^|(?<=[.!?][ \t]))[ \t>*-]*([A-Z]{2,3}):[ \t]", re.MULTILINE)
"""Initials opening a line or a sentence, as minutes give who said what: "RA: yes."."""
_NOT_MINUTED = words_of("ps nb pps fyi aob tldr eta faq re fw fwd cc bcc ok")


_NOT_INITIAL_FLAGS = ROLE | TECH | TITLE | PLACE


def _initials_ok(name: str) -> bool:
    """Whether a line's opener in capitals may be someone's initials: no label ("PS:",
    "NB:", "AOB:"), no role or term ("CEO:", "SQL:")."""
    lower = name.casefold()
    return lower not in _NOT_MINUTED and not word_flags(name) & _NOT_INITIAL_FLAGS


def _minuted_initials(text: str) -> list[Candidate]:
    """People by their initials in minutes ("RA: yes. WT: no"): two different sets of
    initials or more, each opening a line or a sentence, none a label or a term."""
    matches = [m for m in _MINUTED.finditer(text) if _initials_ok(m.group(1))]
    if len({m.group(1) for m in matches}) < 2:
        return []
    return [Candidate(m.start(1), m.end(1), "PERSON", PRIORITY_WORDS) for m in matches]


_PAST_ACT = re.compile(
    r"[ \t]+(?:was|had|did|will|would|said|told|built|wrote|sent|made|took|gave|got|went|came|"
    r"knew|thought|found|left|ran|saw|kept|brought|quit|signed|"
    r"[a-z]{2,}ed(?<!need)(?<!feed)(?<!ceed)(?<!speed))\b"
)
"""What a person did, or "will" after them as a subject: after a capitalised name that is also
a word, no modal or noun reads so ("Will was furious", "Grace had left", "Will will follow
up", "Will presented it"; not "Will you", "Will need")."""


_BARE_ACT = re.compile(
    r"[ \t]+(?:resign|cry|tell|talk|say|call|send|refuse|build|quit|leave|help|support|laugh|"
    r"complain|ask|write|show|beg|vex|dey|don|na|go[ \t]+(?:and|to|tell))\b"
)
"""What a person did, as Pidgin and other Englishes write it, with the bare verb: "Gift
resign same week", "Happy dey vex", "Mercy cry" (after a capitalised name that is also a word, where
English writes no bare verb: "Hope helps", not "Hope help")."""
_NO_BARE_SUBJECTS = words_of("will may mark bill grant rose drew chase june august")
"""Word names that a bare verb follows as the words they are ("Will say", "Mark send")."""
_SEASON_NAMES = words_of("spring summer autumn winter")


def _names_that_acted(text: str, tokens: list[Token]) -> list[Candidate]:
    """Capitalised names that are also words (:data:`GIVEN_NAME_WORDS`) before what they did
    (:data:`_PAST_ACT`)."""
    return [
        Candidate(token.start, token.end, "PERSON", _CUED)
        for token in tokens
        if token.cap
        and token.lower in GIVEN_NAME_WORDS
        and not token.word.isupper()
        and not token.flags & TIME  # "June was busy"
        and token.lower not in _SEASON_NAMES  # "Summer was hot"
        and (
            _PAST_ACT.match(text, token.end) is not None
            or (token.lower not in _NO_BARE_SUBJECTS and _BARE_ACT.match(text, token.end))
        )
    ]


def _speakers(text: str) -> list[Candidate]:
    """The speakers of a chat log: a line opener that opens two lines or more ("Fi:",
    "Tall Sam 10:04:") is a person, unless it is a label ("Date:", "Subject:", "Note:")."""
    if text.count(":") < 2 or text.count("\n") < 1:
        return []
    openers: dict[str, list[re.Match[str]]] = {}
    for match in _SPEAKER_LINE.finditer(text):
        openers.setdefault(match.group(1), []).append(match)
    found = _minuted_initials(text)
    for name, matches in openers.items():
        words = name.replace(",", " ").split()
        nickname = len(words) == 2 and words[0] in NICKNAME_WORDS  # "Big Mike:"
        if len(matches) < 2 or any(_no_name_word(w.casefold(), 0, True) for w in words[nickname:]):
            continue
        if any(w.casefold() in _NOT_SPEAKERS or w.casefold() in POST_LABELS for w in words):
            continue
        found += [Candidate(m.start(1), m.end(1), "PERSON", PRIORITY_WORDS + 1) for m in matches]
    return found


_WRITER_IN_LIST = re.compile(
    r"(?i:\b(?:me|i|myself)[ \t]*(?:,|(?:and|n|&)\b)|(?:,|\b(?:and|n|&))[ \t]*(?:me|i|myself)\b)"
)
"""The writer written into a list ("me, tunde", "and me", "kwame n me"): looked for first."""
_WRITER_OPENINGS = ("me", "i", "myself", "and", "n")
"""The words that may open a match of :data:`_WRITER_IN_LIST`; a comma or "&" may too."""
_WRITER = re.compile(r"(?i:\b(?:me|i|myself)\b)")


_LIST_REACH = 120
"""How far from the writer's "me" a list holding it is read (five or six names)."""


def _lists_near_the_writer(text: str) -> Iterator[re.Match[str]]:
    """The lists (:data:`_LISTED`) that hold the writer ("me, tunde, ada"): the text is
    scanned only near where the writer is written into a list, each stretch once."""
    words = word_starts(text, _WRITER_OPENINGS)
    if words is None:
        writers = [m.span() for m in _WRITER_IN_LIST.finditer(text)]
    else:
        starts = sorted({*words, *literal_starts(text, (",", "&"))})
        writers = [m.span() for m in led_at(_WRITER_IN_LIST, text, starts)]
    stretches: list[list[int]] = []
    for start, end in writers:
        low, high = max(0, start - _LIST_REACH), min(len(text), end + _LIST_REACH)
        if stretches and low <= stretches[-1][1]:
            stretches[-1][1] = high
        else:
            stretches.append([low, high])
    for low, high in stretches:
        yield from _LISTED.finditer(text, low, high)


def _listed_with_writer(text: str) -> list[Candidate]:
    """People listed together with the writer: "me, tunde, ada and blessing", "joy, kwame n
    me" (not roles or determiners: "me, the CPO and legal")."""
    found: list[Candidate] = []
    for match in _lists_near_the_writer(text):
        items = [item.strip() for item in re.split(r",|\band\b|\bn\b|&", match.group())]
        items = [item for item in items if item]
        if not any(_WRITER.fullmatch(item) for item in items) or len(items) < 3:
            continue
        for item in re.finditer(
            r"[^\W\d_][\w'\u2019-]*(?:[ \t][A-Z][\w'\u2019-]*)?", match.group()
        ):
            words = item.group().split()
            lower = words[0].casefold()
            if _WRITER.fullmatch(item.group()) or lower in ("and", "n"):
                continue
            if _no_name_word(lower, 0, False) or lower in _DETERMINERS or len(lower) < 2:
                continue
            flags = word_flags(words[0])
            given = flags & NAMEY or lower in GIVEN_NAME_WORDS
            if any(ch.isdigit() for ch in item.group()) or (flags & COMMON and not given):
                continue  # "apples, pears and me", "with me, actually, and": no names
            start = match.start() + item.start()
            found.append(Candidate(start, start + len(item.group()), "PERSON", _CUED))
    return found


_ITEM_REST = r"[\w'\u2019-]{0,20}+(?:[ \t][A-Z][\w'\u2019-]{1,20}+)?"
_ITEM = rf"[^\W\d_]{_ITEM_REST}"
_LISTED = re.compile(
    rf"[^\W\d_](?<![\w'\u2019][^\W\d_])"
    rf"(?:{_ITEM_REST}(?:[ \t]*,[ \t]*(?:(?:and|n|&)[ \t]+)?{_ITEM}){{1,7}}"
    rf"(?:[ \t]*,?[ \t]+(?:and|n|&)[ \t]+{_ITEM})?"
    rf"|{_ITEM_REST}[ \t]+(?:and|n|&)[ \t]+{_ITEM}[ \t]+(?:and|n|&)[ \t]+{_ITEM})"
)
"""A run of two to eight short items joined by commas, "and", "n" or "&". The first item's
letter is matched before the look-behind that takes it in (nothing of a word before it): the
regex engine then leaps from letter to letter, where a pattern opened by a look-behind is
tried at every character."""


def _initials(text: str) -> list[Candidate]:
    """Initials next to a person cue, and every other mention of the same initials."""
    matches = [m for m in _INITIALS.finditer(text) if may_be_initials(m.group())]
    named: set[str] = set()
    for m in matches:  # initials named once are named everywhere: not asked about again
        if m.group() in named:
            continue
        if _dotted(m.group()) or _names_initials(person_cue(text, m.start(), m.end())):
            named.add(m.group())
    return [Candidate(m.start(), m.end(), "PERSON", _CUED) for m in matches if m.group() in named]


_NOT_DOTTED = words_of(
    "us uk eu un usa ussr uae am pm eg ie nb ps ai qa rip dc la ny bc ad ce md phd ba bs ms ma "
    "vs cv id op tv pc sa sc nv bv ag kk sl co ltd"
)
"""Dotted abbreviations that are no one's initials ("U.S.", "a.m.", "e.g.", "Ph.D.")."""


def _names_initials(cue: Cue | None) -> bool:
    return cue is not None and cue.names_common_words


def _letters(written: str) -> str:
    """The letters of written initials, lower case ("J.-P." -> "jp")."""
    return written.replace(".", "").replace(" ", "").replace("-", "").casefold()


def _dotted(written: str) -> bool:
    """Two or three initials, each with its full stop ("A.O.", "T.R.", "J.-P."): a person's
    initials wherever they stand, unless a common abbreviation (:data:`_NOT_DOTTED`)."""
    letters = _letters(written)
    return len(letters) > 1 and written.count(".") >= 2 and letters not in _NOT_DOTTED


def may_be_initials(written: str) -> bool:
    return _letters(written) not in _NOT_INITIALS and written != "I"
