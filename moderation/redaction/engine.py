"""The detection pipeline: run every detector, keep the best non-overlapping findings,
then find later partial mentions of names already found ("Jonas" after "Jonas Albrecht").

>>> [(f.kind, f.text) for f in find_identifiers("Jonas Albrecht met me. Later Jonas left.")]
[('PERSON', 'Jonas Albrecht'), ('PERSON', 'Jonas')]
"""

from __future__ import annotations

import re

from .cjk_people import find_cjk_people
from .cues import mention_cue
from .dates import find_dates
from .forms import find_forms
from .gazetteers import (
    fold,
    foreign_words,
    function_words,
    is_typo,
    place_index,
)
from .model import (
    KINDS,
    PRIORITY_ADDRESS,
    PRIORITY_ADDRESS_PART,
    PRIORITY_POSTCODE,
    PRIORITY_STREET,
    PRIORITY_WEAK,
    PRIORITY_WORDS,
    Candidate,
    Finding,
)
from .names import find_names
from .patterns import (
    find_contacts,
    find_ids,
    find_phones,
    find_spoken_numbers,
    handle_mentions,
    known_word,
    listed_handles,
)
from .people import find_cued_people, given_name, may_be_initials, settle_products
from .places import find_addresses
from .prefilter import holds_digit, keyword_led, may_hold
from .tokens import (
    COMMON,
    DICT,
    FIRST,
    HONOR,
    LAST,
    NAMEY,
    NOT_ENTITY,
    PLACE,
    PRONOUN,
    ROLE,
    TECH,
    TIME,
    TITLE,
    Token,
    tokenize,
    word_flags,
)
from .vocabulary import (
    CODENAME_HEADS,
    NICKNAME_WORDS,
    PERSON_AFTER,
    SHORT_NAMES,
    TITLES_AFTER,
    TITLES_BEFORE,
    words_of,
)

_MENTION_KINDS = frozenset({"PERSON", "ORG", "LOCATION"})
_ADDRESS_PRIORITIES = frozenset(
    {PRIORITY_STREET, PRIORITY_ADDRESS_PART, PRIORITY_ADDRESS, PRIORITY_POSTCODE}
)
# Gaps between the parts of an address. Blanks and words are taken whole (possessive: "*+",
# "++"), so that no gap is split in more than one way: a long gap costs its length, where
# "(?:word+ blank*){1,4}" tried every split of a long word (~30 s for 400 letters).
_CODE_GAP = re.compile(
    r"[\s,>?;]*+(?:[-\u2013][ \t]*+)?(?:(?:[A-Z]{2,3}|nan|Suite|Apt\.?|Unit|\([^()\n]{1,20}\)"
    r"|corner|cor\.|opp\.?|off|near)[\s,>?]*)?"
)
_LINE_GAP = re.compile(
    r"(?=.*[\n,])[\s,>?;]*+[\w'\u2019.()-]++(?:[ \t]++[\w'\u2019.()-]++){0,3}[\s,>?;]*+",
    re.DOTALL,
)


def _is_address(candidate: Candidate) -> bool:
    return candidate.kind == "LOCATION" and candidate.priority in _ADDRESS_PRIORITIES


def _joins_address(text: str, last: Candidate, has_address: bool, nxt: Candidate) -> bool:
    """Whether ``nxt`` continues the address block ending with ``last``."""
    if nxt.kind not in _MENTION_KINDS or last.kind not in _MENTION_KINDS:
        return False
    gap = text[last.end : nxt.start]
    if _CODE_GAP.fullmatch(gap):
        return has_address or (_is_address(nxt) and last.kind == "LOCATION")
    return has_address and nxt.kind == "LOCATION" and bool(_LINE_GAP.fullmatch(gap))


_TAIL_PART = re.compile(
    r"[ \t]*+(?:\n[ \t>?]*+)?,?[ \t]*+(?:\n[ \t>?]*+)?"
    r"(?:(?:nan|[A-Z]{2,3}|[A-ZÀ-ÖØ-Þ]{3,30}(?:[ -][A-ZÀ-ÖØ-Þ]{2,30}){0,2})(?!\w)"
    r"|(?:\d{4,6}|\d{3}[ ]\d{2}|\d{2}-\d{3})(?!\w|[ \t-]\d))"
)
"""What may end a postal address after its last part found: a state code, a town in
capitals, a postcode, or a spreadsheet's empty cell ("KNIVSTA, nan 18237"); not the start
of a phone number on the next line ("416 60 039")."""
_TAIL_PARTS = 4


def _address_tail(text: str, end: int) -> int:
    """Where an address ending at ``end`` really ends, its trailing codes and town taken in."""
    for _ in range(_TAIL_PARTS):
        part = _TAIL_PART.match(text, end)
        if part is None:
            break
        end = part.end()
    return end


def _merge_addresses(text: str, found: list[Candidate]) -> list[Candidate]:
    """Join the lines and parts of one postal address into a single finding."""
    merged: list[Candidate] = []
    group: list[Candidate] = []
    has_address = False  # whether the group holds an address part (kept, not searched again)
    for candidate in [*found, Candidate(len(text) + 1, len(text) + 2, "END", 0)]:
        if group and _joins_address(text, group[-1], has_address, candidate):
            group.append(candidate)
            has_address = has_address or _is_address(candidate)
            continue
        end = _address_tail(text, group[-1].end) if has_address else group[-1].end if group else 0
        if len(group) > 1 or (group and end > group[-1].end):
            merged.append(Candidate(group[0].start, end, "LOCATION", PRIORITY_STREET))
        elif group and group[0].priority != PRIORITY_ADDRESS_PART:
            merged.extend(group)  # a part alone ("Phase 5") is no address
        group = [candidate]
        has_address = _is_address(candidate)
    return merged


def _resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the strongest candidates that do not overlap a stronger or longer one."""
    ordered = sorted(candidates, key=lambda c: (-c.priority, c.start - c.end, c.start))
    taken: list[Candidate] = []
    occupied = bytearray(max((c.end for c in candidates), default=0) + 1)
    for candidate in ordered:
        if candidate.end <= candidate.start or any(occupied[candidate.start : candidate.end]):
            continue
        taken.append(candidate)
        occupied[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
    return sorted(taken)


def _as_people(found: list[Candidate], cued: list[Candidate]) -> list[Candidate]:
    """A word that a person cue names is a PERSON, whatever kind its capitals suggested
    ("Then Bazza (site manager)" is no firm)."""
    people = {(c.start, c.end) for c in cued}
    return [
        c._replace(kind="PERSON") if (c.start, c.end) in people and c.kind != "PERSON" else c
        for c in found
    ]


def _one_word_name(text: str, candidate: Candidate) -> bool:
    """Whether a firm's or place's name is one word, or one word after a code name's head
    ("Project Lantern"): only then does an ordinary word of it name it alone ("Lantern"),
    not "Protection" of "Data Protection Commission"."""
    words = text[candidate.start : candidate.end].split()
    return len([w for w in words if w.casefold() not in CODENAME_HEADS]) <= 1


def _mention_words(
    text: str, tokens: list[Token], found: list[Candidate]
) -> tuple[dict[str, str], set[str]]:
    """Words of the names found, to the kind of the name they belong to; and the names the
    writer wrote in lower case, of people ("then sam pinged") and of firms made of an
    ordinary word ("beacon was our supplier")."""
    words: dict[str, str] = {}
    lower_names: set[str] = set()
    position = 0
    for candidate in found:
        if candidate.kind not in _MENTION_KINDS:
            continue
        while position < len(tokens) and tokens[position].start < candidate.start:
            position += 1
        index = position
        person = candidate.kind == "PERSON"
        alone_word = " " not in text[candidate.start : candidate.end]  # "brightpath", "katwe"
        while index < len(tokens) and tokens[index].end <= candidate.end:
            token = tokens[index]
            lower_firm = candidate.kind == "ORG" and alone_word and bool(token.flags & COMMON)
            written = token.cap or person or (alone_word and not token.flags & COMMON)
            alone = person or not token.flags & COMMON or _one_word_name(text, candidate)
            usable = (
                (len(token.word) > 2 or (person and token.lower in SHORT_NAMES))
                and written
                and alone
                and not token.flags & (NOT_ENTITY | ROLE)
                and not (token.flags & TITLE and not token.cap)  # "anh", not "Alhaji"
            )
            if usable and token.lower not in function_words():
                words.setdefault(token.lower, candidate.kind)
                if person and not token.cap:
                    lower_names.add(token.lower)
            if lower_firm and len(token.word) > 2 and not token.flags & (NOT_ENTITY | ROLE):
                words.setdefault(token.lower, "ORG")  # "beacon was our supplier": an
                lower_names.add(token.lower)  # ordinary word the writer made a firm's name
            index += 1
    return words, lower_names


_NOT_AFTER_A_NAME = words_of(
    """i you we they he she it this that these those the a an my our your their his her its
    is are was were be been am do does did will would can could may might must shall should
    not no all every some any of to for"""
)
"""Words after which a capitalised ordinary word opening a sentence is that word, not the
person it also names: "Will you", "Hope this helps", "Mark the tickets", "Faith is"."""
_BEFORE_A_THING = words_of(
    """the a an my our your their his her its this that these those each every no any per
    of to for on in by pay paid one two"""
)
"""Words after which a lower-case ordinary word is a thing, not a person: "the bill"."""


def _ordinary_mention(tokens: list[Token], index: int, kind: str, lower_names: set[str]) -> bool:
    """Whether an ordinary word that is also the name of a person found in this story
    (a capitalised one opening a sentence, or a lower-case one) names that person here:
    "Bill runs our desk" after "Bill told me"; "did bill know" after "since bill changed"
    was found by its cue. Not "Will you", "Hope this helps", "the bill"."""
    token = tokens[index]
    if kind not in ("PERSON", "ORG") or token.heading:
        return False
    after = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if token.cap:
        return token.sentence_start and after not in _NOT_AFTER_A_NAME
    before = tokens[index - 1].lower if index else ""
    if token.lower not in lower_names:
        return False
    if kind == "PERSON":
        return before not in _BEFORE_A_THING
    if before in _DETERMINERS or before == "of":
        return False
    acts = after.endswith("ed") or after in PERSON_AFTER or after in _FIRM_ACTS
    return token.sentence_start or before in _BEFORE_A_FIRM or acts  # "during harvest" stays


_DETERMINERS = words_of("the a an my our your their his her its this that these those")
_BEFORE_A_FIRM = words_of(
    "at to for with from by and or but then if when so because since while that via against"
)
"""Words after which an ordinary word that names a firm found in this story names it again:
"sold to beacon", "if lumen reads this" (not "a bad harvest")."""
_FIRM_ACTS = words_of("has had is was wants sold bought uses owns reads runs says does did")


_FIRM_WORD_ZIPF = 5.0
"""A lower-case word of another language this frequent is no later mention of a firm."""


def _partial_mentions(text: str, tokens: list[Token], found: list[Candidate]) -> list[Candidate]:
    """Other mentions of the words of names already found, anywhere in the text."""
    words, lower_names = _mention_words(text, tokens, found)
    if not words:
        return []
    mentions: list[Candidate] = []
    for index, token in enumerate(tokens):
        kind = words.get(token.lower)
        if kind is None:
            continue
        opening = token.sentence_start or token.heading
        if token.flags & COMMON and (not token.cap or opening):
            said = kind in ("PERSON", "ORG") and token.cap and not token.heading
            cued = said and mention_cue(text, token.start, token.end) is not None
            if not (cued or _ordinary_mention(tokens, index, kind, lower_names)):
                continue  # "Grace marked it" after "Grace Adeyemi", "Skylark is live" after
                # "Project Skylark"; not "Grace is a virtue"
            mentions.append(Candidate(token.start, token.end, kind, PRIORITY_WEAK - 1))
            continue
        if token.flags & TECH:
            continue  # "the Julia language" after "my manager Julia": a product cue kept it
        foreign = foreign_words().get(token.lower)
        short = token.lower in SHORT_NAMES and token.lower in lower_names  # "bo was out"
        if (
            not token.cap
            and foreign is not None
            and not short
            and (kind != "ORG" or foreign >= _FIRM_WORD_ZIPF)
        ):
            continue  # "de vida" after "Vida Clara": an ordinary word of another language;
            # a firm's rarer one ("carteira", "mandado") names it again
        if token.cap or not token.flags & COMMON:
            mentions.append(Candidate(token.start, token.end, kind, PRIORITY_WEAK - 1))
    return mentions


_NOT_A_NAME = NOT_ENTITY | ROLE


def _coordinated_people(tokens: list[Token], found: list[Candidate]) -> list[Candidate]:
    """A first name joined by "and" to a person found ("Precious and Gift took it", "Gift and
    Precious"): a person too, even when it is an ordinary word."""
    people = {c.start: c.end for c in found if c.kind == "PERSON"}
    ends = set(people.values())
    mentions: list[Candidate] = []
    for i in range(1, len(tokens) - 1):
        link = tokens[i]
        if link.lower not in ("and", "&"):
            continue
        left, right = tokens[i - 1], tokens[i + 1]
        for name, other in ((right, left), (left, right)):
            found_other = other.start in people if other is right else other.end in ends
            named = found_other and given_name(name) and not name.flags & _NOT_A_NAME
            if named and (name.cap or _lower_partner(tokens, i, name, other)):
                mentions.append(Candidate(name.start, name.end, "PERSON", PRIORITY_WEAK - 1))
    return mentions


def _lower_partner(tokens: list[Token], link: int, name: Token, other: Token) -> bool:
    """A lower-case given name joined to a lower-case person found ("with florence and
    ahmed"), not an ordinary word after a determiner or before a found name ("the bill and
    sam", "sam and will")."""
    if not other.word[0].islower() or len(name.word) < 3:
        return False
    if not name.flags & COMMON:
        return True
    left = name.end <= tokens[link].start
    return left and link > 1 and tokens[link - 2].lower not in _BEFORE_A_THING


_BEFORE_BRACKET = re.compile(
    r"(?:^|(?<=[\s,:;]))([^\W\d_][\w'\u2019-]{1,20}|[\u3400-\u9fff]{2,3})[ \t]+\(\Z"
)
"""A one-word nickname right before its owner's full name in brackets: "Baz (Barry Whitlock)",
"Pipo (José Ramírez)", "老刘 (Liu Wei)"."""
_CALLED = re.compile(
    r"(?i:\b(?:we|they|everyone|people)[ \t]+(?:all[ \t]+)?call(?:ed)?[ \t]+"
    r"(?:him|her|them|am|me)[ \t]+)((?:el|la|big|little|lil|old|young)[ \t]+)?"
    r"([^\W\d_][\w'\u2019-]{1,20})(?=[ \t]*[),.;]|[ \t]*$)",
    re.MULTILINE,
)
"""The name someone goes by: "(we all call her MF)", "(we call am Tayo)", "we call him el
Flaco,"."""
_CALLED_OPENINGS = ("we", "they", "everyone", "people")
"""The words that open a match of :data:`_CALLED` (``prefilter.keyword_led``)."""
_NOT_NICKNAMES = COMMON | DICT | ROLE | TECH | TIME | TITLE | NOT_ENTITY
_NOT_CAPITALISED_NICKNAMES = ROLE | TECH | TIME | TITLE | PRONOUN
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]+[ \t]+\Z")
_LABEL_AFTER = re.compile(r"[^()\n]{0,30}\):")
"""A bracket closed before a colon: "Comment (Ana Lima, 2024-02-01):" labels a field."""
_TITLE_WORDS = TITLES_BEFORE | TITLES_AFTER
_CALLED_PRIORITY = PRIORITY_STREET
"""A name said to be what someone is called outranks the kind its capitals suggested."""


def _nickname_before(text: str, candidate: Candidate) -> Candidate | None:
    """The word right before a person's full name in brackets, when it is capitalised and no
    role, day or function word, or in no list ("Our CEO (Ana Lima)" stays)."""
    word = _BEFORE_BRACKET.search(text, max(0, candidate.start - 26), candidate.start)
    if word is None:
        return None
    nickname = word.group(1)
    if _CAPITAL_WORD_BEFORE.search(text, max(0, word.start(1) - 24), word.start(1)):
        return None  # "Los Angeles (Glowhaus Talent)": the last word of a longer name
    if _LABEL_AFTER.match(text, candidate.end) or nickname.casefold() in _TITLE_WORDS:
        return None  # "Comment (Ana): ...", "Verma ji (Anil Verma)"
    if nickname.endswith(("님", "씨")):
        return None  # "박지훈 팀장님 (Park Ji-hoon)": a Korean title
    flags = word_flags(nickname)
    capitalised = nickname[0].isupper() and not flags & _NOT_CAPITALISED_NICKNAMES
    if (capitalised and nickname.casefold() not in function_words()) or not flags & _NOT_NICKNAMES:
        return Candidate(word.start(1), word.end(1), "PERSON", _CALLED_PRIORITY)
    return None


def _nicknames(text: str, found: list[Candidate]) -> list[Candidate]:
    """Nicknames: a word right before a person's full name in brackets
    (:func:`_nickname_before`), and the name after "we call him" (:data:`_CALLED`)."""
    people = [(c.start, c.end) for c in found if c.kind == "PERSON"]
    nicknames = [
        nickname
        for candidate in found
        if candidate.kind == "PERSON" and text[candidate.start - 1 : candidate.start] == "("
        if (nickname := _nickname_before(text, candidate)) is not None
        if not any(start <= nickname.start and nickname.end <= end for start, end in people)
    ]  # "Oom Piet (Pieter Botes)": the person found before the bracket stays whole
    for called in keyword_led(_CALLED, text, _CALLED_OPENINGS) if " call" in text else ():
        if not word_flags(called.group(2)) & (ROLE | TECH | PRONOUN):
            start = called.start(1) if called.group(1) else called.start(2)
            nicknames.append(Candidate(start, called.end(2), "PERSON", _CALLED_PRIORITY))
    return nicknames


_AREA_CODE = re.compile(
    r"(?<![\w.,/:$\u00a3\u20ac#+-])(?:(?P<digits>\d{4,6})|(?P<letters>[A-Z]{1,2})\d[A-Z\d]?)"
    r"(?![\w%/:-]|[.,]\d)"
)
"""A postcode or its area alone: "60632", "560017", "M15", "H3K" (a British outward code, a
Canadian area)."""
_YEARS = range(1900, 2100)


def _area_key(code: re.Match[str]) -> tuple[int, str]:
    """What postcodes of one list or area share: the length and first two digits of a number,
    the letters of a code ("M" of "M15", "M8" and "M22")."""
    digits = code.group("digits")
    return (len(digits), digits[:2]) if digits else (0, code.group("letters"))


def _postcodes_alike(text: str, found: list[Candidate]) -> list[Candidate]:
    """A bare code shaped like a postcode found in the story, with the same first digits or
    letters, is another postcode of the same list or area: "visits to 60632 and 60633 twice
    as often as 60629", "M8 and M22" after "M15 4PR" (not a year or a round
    amount)."""
    keys = {
        _area_key(code)
        for candidate in found
        if candidate.kind == "LOCATION"
        for code in _AREA_CODE.finditer(text, candidate.start, candidate.end)
    }
    if not keys:
        return []
    return [
        Candidate(m.start(), m.end(), "LOCATION", PRIORITY_WEAK - 1)
        for m in _AREA_CODE.finditer(text)
        if _area_key(m) in keys
        and not _is_year(m.group())
        and not m.group().endswith("000")  # "60000 dollars": a round amount
    ]


_LIST_JOIN = (
    r"(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|och|og|y|e|und|et|en|i|a|na)[ \t]+|"
    r"[ \t]*/[ \t]*)"
)
_NEXT_CODE = re.compile(rf"{_LIST_JOIN}([A-Z0-9][A-Z0-9-]{{2,11}}(?:[ \t][A-Z0-9]{{2,4}})?)\b")
_CODE_BEFORE = re.compile(rf"(?<![\w-])([A-Z0-9][A-Z0-9-]{{2,11}}){_LIST_JOIN}\Z")


def _shape(code: str) -> str:
    """A code's shape: its letters as "A", its digits as "9" ("BZT9083" is "AAA9999")."""
    return "".join("9" if ch.isdigit() else "A" if ch.isalpha() else ch for ch in code)


def _codes_alike(text: str, found: list[Candidate]) -> list[Candidate]:
    """Codes listed beside an ID found, of the same shape, are IDs too: the second plate of
    "plates CNK4417 and BZT9083", "ABC 123 och MLB 45F" (not a word in capitals: a code
    holds a digit)."""
    more: list[Candidate] = []
    for candidate in found:
        if candidate.kind != "ID" or candidate.end - candidate.start > 14:
            continue
        shape = _shape(text[candidate.start : candidate.end])
        if not any(ch == "A" for ch in shape):
            continue  # a number alone lists amounts as often as codes
        end = candidate.end
        for _ in range(8):  # a list of at most eight more
            match = _NEXT_CODE.match(text, end)
            if match is None or not _alike(shape, match.group(1)):
                break
            more.append(Candidate(match.start(1), match.end(1), "ID", PRIORITY_WEAK))
            end = match.end(1)
        before = _CODE_BEFORE.search(text, max(0, candidate.start - 22), candidate.start)
        if before is not None and _alike(shape, before.group(1)):
            more.append(Candidate(before.start(1), before.end(1), "ID", PRIORITY_WEAK))
    return more


_PLACE_CODE = r"(?:\d{4,6}|[A-Z]{1,2}\d{1,2}[A-Z]?|\d{2}-\d{3})"
_CODE_AFTER_PLACE = re.compile(
    rf"(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+)({_PLACE_CODE})"
    r"(?![\w%.,-]?\d|[\w%]|[ \t]+[a-z])"
)
"""A postcode after a place in a list, not a count ("Acme, 5000 units")."""
_CODE_BEFORE_PLACE = re.compile(
    rf"(?<![\w.,$\u00a3\u20ac/-])({_PLACE_CODE})(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+)\Z"
)
_SITE_CODE = re.compile(
    r"(?i:\b(?:the|our|their|at|in)[ \t]+)(\d{5,6})[ \t]+"
    r"(?:site|campus|office|branch|depot|warehouse|store|plant|hub|area|district)\b"
)
"""A postcode naming a site: "the 44221 site", "at the 43017 campus"."""


def _codes_beside_places(text: str, found: list[Candidate]) -> list[Candidate]:
    """Postcodes listed beside a place found ("400053 and Bandra", "Fallowfield and M14"),
    not a year, and postcodes naming a site (:data:`_SITE_CODE`)."""
    more: list[Candidate] = []
    for candidate in found:
        if candidate.kind not in ("LOCATION", "ORG"):  # a place is often read as a firm
            continue
        after = _CODE_AFTER_PLACE.match(text, candidate.end)
        before = _CODE_BEFORE_PLACE.search(text, max(0, candidate.start - 14), candidate.start)
        for match in (after, before):
            if match is not None and not _is_year(match.group(1)):
                more.append(Candidate(match.start(1), match.end(1), "LOCATION", PRIORITY_WEAK))
    if holds_digit(text):
        more += [
            Candidate(m.start(1), m.end(1), "LOCATION", PRIORITY_WEAK)
            for m in keyword_led(_SITE_CODE, text, ("the", "our", "their", "at", "in"))
        ]
    return more


def _is_year(code: str) -> bool:
    return len(code) == 4 and code.isdigit() and int(code) in _YEARS


def _alike(shape: str, code: str) -> bool:
    """Whether ``code`` has a digit and the length of a code of ``shape``, give or take one."""
    return any(ch.isdigit() for ch in code) and abs(len(_shape(code)) - len(shape)) <= 1


_DOMAIN_LABEL = re.compile(r"([a-z][a-z0-9-]{2,40})\.[a-z]{2,12}(?:[/:]|\Z)", re.IGNORECASE)
"""The label of a host before its top-level domain ("brightcart" in "status.brightcart.example")."""
_MAIL_HOSTS = words_of(
    """gmail googlemail yahoo ymail hotmail outlook live msn proton protonmail pm icloud me mac
    aol gmx yandex mail zoho fastmail tutanota hey example bit tinyurl goo lnkd rebrand"""
)
"""Hosts shared by everyone: their name says nothing about the writer's firm."""


def _domain_names(text: str, found: list[Candidate]) -> set[str]:
    """The firm names that the hosts of the story's e-mails and URLs spell ("brightcart")."""
    names: set[str] = set()
    for candidate in found:
        if candidate.kind not in ("EMAIL", "URL"):
            continue
        written = text[candidate.start : candidate.end].split("@")[-1]
        host = written.split("://")[-1].split("/")[0]
        label = _DOMAIN_LABEL.search(host + "/")
        if label is not None and label.group(1).casefold() not in _MAIL_HOSTS:
            names.add(label.group(1).casefold())
    return names


def _domain_mentions(text: str, tokens: list[Token], found: list[Candidate]) -> list[Candidate]:
    """A word that names the host of an e-mail or URL of the story is the firm that owns it:
    "brightcart wasn't a bad place" after "status.brightcart.example"."""
    names = _domain_names(text, found)
    if not names:
        return []
    return [
        Candidate(token.start, token.end, "ORG", PRIORITY_WEAK - 1)
        for token in tokens
        if token.lower in names and not token.flags & (COMMON | TECH | NOT_ENTITY)
    ]


_LEADING_NUMBER = re.compile(r"(?<![\w.,/:-])\d{1,6}[ \t]+$")
"""A unit's or lot's number written before a street address's own number ("9554 62 Rue X")."""
_THE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)
_LEGAL_FORM = re.compile(
    r",?[ \t]*(?:Sp\.[ \t]?z[ \t]?o\.[ \t]?o\.|S\.A\.P\.I\.[ \t]de[ \t]C\.[ \t]?V\.|"
    r"S\.[ \t]de[ \t]R\.[ \t]?L\.(?:[ \t]de[ \t]C\.[ \t]?V\.)?|"
    r"S\.[ \t]?A\.[ \t]de[ \t]C\.[ \t]?V\.|"
    r"S\.[ \t]?A\.[ \t]?S\.|S\.[ \t]?A\.[ \t]?C\.|S\.[ \t]?A\.|S\.[ \t]?C\.|ehf\.|hf\.|"
    r"e\.[ \t]?V\.|A\.[ \t]?Ş\.|S\.p\.A\.|S\.r\.l\.|"
    r"S\.[ \t]?L\.(?:U\.)?|S\.[ \t]?à[ \t]?r\.[ \t]?l\.|E\.I\.R\.L\.|\(?Pty\)?\.?[ \t]Ltd\.?|"
    r"Pte\.?[ \t]Ltd\.?|Pvt\.?[ \t]Ltd\.?|Private[ \t]Limited|Co\.,?[ \t]Ltd\.?|Co\.,?[ \t]Limited|"
    r"GmbH[ \t]&[ \t]Co\.[ \t]KG|Sdn\.?[ \t]Bhd\.?|Bhd\.|Tbk\.?|\(Persero\)|[KGY]\.[ \t]?K\.|"
    r"Kabushiki[ \t]Kaisha|Ltda\.?|Cia\.|Cía\.|Inc\.|Ltd\.|Corp\.|Co\.|B\.V\.|N\.V\.|L\.L\.C\.|"
    r"s\.r\.o\.|a\.s\.|d\.o\.o\.|Kft\.|Zrt\.|Nyrt\.|(?:LLC|LLP|PLC|Plc|SAS|SARL|SRL|SpA|EPS|IPS|"
    r"JSC|PJSC|OJSC|ASA|A/S|ApS|Oyj|Bhd|OÜ|UAB|EOOD|AB|AE|IFN|Oy|DAC|CLG|gGmbH|KG|SIA|ehf|"
    r"Ltd|Inc|Corp|GmbH|Limited)"
    r"(?!\w))"
)
"""Legal forms of many countries written after a firm's name ("Pvt. Ltd.", "K.K.", "Tbk")."""
_LEGAL_PREFIX = re.compile(
    r"(?:\bPT\.?|\bP\.T\.|\bM/[sS]\.?|\bOOO|\bTOO|\bCTCP|"
    r"\b(?i:c\u00f4ng[ \t]+ty)(?:[ \t]+(?:TNHH|C\u1ed5[ \t]+ph\u1ea7n|CP))?(?:[ \t]+MTV)?)[ \t]+$"
)
"""Legal forms written before a firm's name ("PT Maju Jaya", "M/s Verma Traders", Vietnam's
"Công ty TNHH ...", "Công ty Cổ phần ...")."""
_CAPITALISED_AFTER = re.compile(r"(?:[ \t][A-Z][\w'\u2019&-]{1,20}){0,3}")
_PREFIXED_FIRM = PRIORITY_WORDS + 3
"""A firm's name with its legal form before or after it outranks the words it holds, found
alone ("TPA Pvt. Ltd." of "Suraksha Health TPA Pvt. Ltd.")."""


_ONE_WORD_MORE = re.compile(r"[ \t][A-Z][\w'\u2019-]{1,20}(?=[ \t,])")


def _legal_end(text: str, candidate: Candidate) -> int | None:
    """Where a legal form after ``candidate`` ends, also one begun by its last word, or after
    one more capitalised word ("Merlion" of "Merlion Metrics Pte. Ltd.")."""
    last_word = text.rfind(" ", candidate.start, candidate.end) + 1 or candidate.start
    more = _ONE_WORD_MORE.match(text, candidate.end)
    further = [] if more is None else [(more.end(), 0)]
    for position, beyond in ((candidate.end, 0), (last_word, 1), *further):
        legal = _LEGAL_FORM.match(text, position)
        if legal is not None and legal.end() > candidate.end + beyond:
            return legal.end()  # not just the full stop after "Acme Ltd"
    return None


def _nickname_start(text: str, start: int) -> int | None:
    """Where a word that makes a nickname of the name at ``start`` begins ("Big Mike")."""
    if start < 4 or text[start - 1] != " ":
        return None
    space = text.rfind(" ", max(0, start - 8), start - 1)
    if space < 0 and start > 8:
        return None  # a longer word than any nickname's
    word_start = max(space + 1, 0)
    return word_start if text[word_start : start - 1] in NICKNAME_WORDS else None


_DISTRICT_NUMBER = re.compile(r"[ \t]0\d(?![\w.,:/-]?\d)")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.[ \t]?$")
"""An initial written before a surname found alone ("Cllr R. Okafor")."""


_RUN_TRADE_WORDS = (
    *("Data", "Analytics", "Labs?", "Pay", "Tech", "Capital", "Bank", "Insurance", "Finance"),
    *("Logistics", "Systems", "Solutions", "Technologies", "Ventures", "Partners", "Consulting"),
    *("Insights", "Digital", "Holdings", "Mobility", "Credit", "Foods", "Motors", "Telecom"),
    *("Networks", "Freight", "Leasing", "Lending", "Microfinance", "Fintech", "Relief"),
    *("Hospitals?", "Supply", "Supplies", "Trust", "System", "Services", "Clinic", "Police"),
    *("Travel", "Airlines?", "Games", "Interactive", "Research", "Pharma", "Council"),
)
"""Trade words that carry a firm's name on after a name of any length ("Skif Defence Data",
"Marrow Regional Health System"), also after one more capitalised word ("Okonjo Valley
Teaching Hospital", "Ravelle Home Supply")."""
_ONE_WORD_TRADE_WORDS = (
    *_RUN_TRADE_WORDS,
    *("Health", "Media", "Group", "Energy", "Studios?", "Defen[cs]e", "Cover", "Retail", "Care"),
    "[A-Z]{2,5}",
)
"""After a one-word name, more words carry it on, and an acronym too ("PKO BP")."""
_TRADE_END = r")(?![\w&'\u2019-])"
_ONE_MORE = r"(?:[A-Z][a-z]{2,15}[ \t])?"
_FIRM_WORD_AFTER = re.compile(
    rf"[ \t](?:{_ONE_MORE}(?:{'|'.join(_RUN_TRADE_WORDS)})"
    rf"|{'|'.join(_ONE_WORD_TRADE_WORDS)}{_TRADE_END}"
)
"""A trade's word or an acronym, capitalised, right after a one-word name: the firm's name
goes on ("Tiba Data", "Kumo Analytics", "PKO BP", "Garanti BBVA")."""
_FIRM_WORD_AFTER_RUN = re.compile(rf"[ \t]{_ONE_MORE}(?:{'|'.join(_RUN_TRADE_WORDS)}{_TRADE_END}")
"""A trade's word after a name of two words or more: the firm's name goes on ("Skif Defence
Data", "Aryana Relief Data"), whatever kind the two words were given."""
_LOWER_TRADE = sorted(
    words_of(
        """energy mobility travel lending coop cooperative tech insight insights fintech pay data
        analytics logistics foods credit health media group studio studios games labs lab bank
        finance capital microfinance agri agro nursing hospital clinic motors telecom retail
        insurance solutions systems ventures partners consulting digital holdings freight leasing
        relief electronics pharma pharmacy bakery"""
    )
)
_LOWER_TRADE_AFTER = re.compile(
    rf"[ \t](?:{'|'.join(_LOWER_TRADE)})(?:[ \t](?:{'|'.join(_LOWER_TRADE)}|home)){{0,2}}"
    r"(?![\w&'\u2019-])"
)
"""Trade words after a firm's name written in lower case ("kelso energy", "ruhr mobility",
"tarlac agri lending coop", "devi nursing home"): the name goes on."""
_COMPASS_BEFORE = re.compile(
    r"(?<![\w-])(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater)"
    r"[ \t]+\Z"
)
"""A compass word right before a firm's or place's name is part of it ("North Yorkshire Police",
"Greater Manchester")."""


def _firm_goes_on(text: str, candidate: Candidate, after: re.Match[str]) -> bool:
    """Whether a one-word name goes on with a trade's word or an acronym (``after``, a match
    of :data:`_FIRM_WORD_AFTER`): a firm's does; a person's does not ("told Priya HR was")."""
    word = text[candidate.start : candidate.end]
    if candidate.kind not in _MENTION_KINDS or " " in word:
        return False
    acronym = after.group().strip().isupper()
    if candidate.kind == "PERSON" or word_flags(word) & FIRST:
        return False
    return not acronym or candidate.kind == "ORG"


_PARTICLES_AFTER_TITLE = re.compile(
    r"(?<![\w.])([^\W\d_][\w]{0,11})\.?[ \t]+((?:(?:van|von|de|der|den|del|della|di|da|du|dos|"
    r"das|ter|ten|bin|binti|ibn|ben|al|el|abu|zu|ap|af|la|le)[ \t]+){1,3})$"
)
"""The particles of a surname after a title ("Mr. van Wyk", "meneer de Vries", "Herr von
Arnim"): they are the surname's, and are taken in with it."""
_SIGN_OFF = re.compile(
    r"(?i:\b(?:regards|thanks|thank[ \t]you|cheers|best|sincerely|warmly|best[ \t]wishes|"
    r"yours|respectfully)),?[ \t]*\n?[ \t]*\Z"
)
_SURNAME_AFTER_SIGN_OFF = re.compile(r"[ \t]+([A-Z][a-z'\u2019-]{1,24})(?![\w'\u2019-])")
_NOT_A_SIGNED_SURNAME = ROLE | TITLE | TIME | TECH | PLACE | PRONOUN


def _no_surname(word: str) -> bool:
    """Whether a capitalised word after a signed given name is no surname: a role, title,
    time, tool, place or pronoun ("Gareth Assistant Director" is not his name)."""
    return bool(word_flags(word) & _NOT_A_SIGNED_SURNAME) or word.lower() in function_words()


_PARTICLES_BEFORE = re.compile(
    r"(?<![\w.'\u2019-])(?:([A-Z])\.[ \t]?)?((?:(?:van|von|de|der|den|del|della|di|da|du|dos|"
    r"das|ter|ten|la|le)[ \t]+){1,3})\Z"
)
_PERSON_PARTICLES = words_of("van von")
"""Particles that begin a surname and nothing else: "van Wyk" wherever it stands."""
_INITIAL_AND_PARTICLE = re.compile(r"[A-Z]\.[ \t]?(?:van|von|de|der|den|del|della|di|da|du)[ \t]")
"""An initial and a particle opening a name found whole: "T. van Houten"."""


def _particles_before(text: str, candidate: Candidate) -> Candidate:
    """A surname's particles before it, taken in ("R. de Groot", "van der Berg"): before a
    one-word person, or a one-word name of any kind after an initial or "van" or "von"
    ("sent it to van Wyk"); before a longer name only after those ("di Jakarta Selatan" is
    Indonesian's "in")."""
    if candidate.kind != "PERSON" and _INITIAL_AND_PARTICLE.match(text, candidate.start):
        return candidate._replace(kind="PERSON")  # "T. van Houten", found whole as a firm
    match = _PARTICLES_BEFORE.search(text, max(0, candidate.start - 24), candidate.start)
    if match is None:
        return candidate
    personal = match.group(1) is not None or match.group(2).split()[0] in _PERSON_PARTICLES
    one_word = " " not in text[candidate.start : candidate.end]
    taken = (personal or one_word) if candidate.kind == "PERSON" else (personal and one_word)
    if not taken:
        return candidate  # "di Jakarta Selatan", "den Leistungsdaten"
    start = match.start() if match.group(1) is not None else match.start(2)
    return Candidate(start, candidate.end, "PERSON", candidate.priority)


_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]{1,8}-[a-z]{1,8}")
_SHORT_WORD_BEFORE = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z]{0,4})[ \t]+\Z")
_EAST_ASIAN_SURNAMES = words_of(
    """kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han
    oh seo suh shin kwon hwang ahn song ryu yoo yu hong jeon jun go ko moon mun yang son bae
    baek heo huh nam shim noh roh ha kwak sung cha joo ju woo koo gu min jin na ji chae won
    chun bang gong hyun ham byun yeo choo do seok sun seol ma gil yeon pyo myung ki ban ra
    wang wong zhang chen liu li huang zhao wu zhou xu zhu hu guo he gao lin luo zheng liang
    xie tang feng deng cao peng zeng xiao tian dong yuan pan cai jiang du ye cheng su wei lu
    ding shen yao cui zhong tan fan liao jia xia"""
)
"""Korean and Chinese family names as they are written in Latin letters, many of them words
or acronyms too ("Seo", "Do", "Ma"): a family name only before a hyphenated given name."""
_NO_FAMILY_NAME = COMMON | DICT | TIME | ROLE | TITLE | HONOR | PRONOUN | TECH | PLACE


def _family_name_first(text: str, candidate: Candidate) -> Candidate:
    """A family name written before a hyphenated given name, as Korean and Chinese names are
    ("Seo Min-jae", "Wang Xiao-ming"): a short capitalised word that is a surname of the
    lists or no word at all."""
    before = _SHORT_WORD_BEFORE.search(text, max(0, candidate.start - 7), candidate.start)
    if before is None:
        return candidate
    flags = word_flags(before.group(1))
    if (
        before.group(1).lower() in _EAST_ASIAN_SURNAMES
        or flags & LAST
        or not flags & _NO_FAMILY_NAME
    ):
        return Candidate(before.start(1), candidate.end, "PERSON", candidate.priority)
    return candidate


_CITY_DISTRICT = re.compile(
    r"[ \t](?:[1-9]|1\d|2[0-4])(?![\w.,:/%-]?\d|[\w%])(?![ \t]+(?:times|x|of|out)\b)"
)
_NUMBERED_CITIES = words_of(
    "dublin colombo paris lyon marseille wien vienna praha prague zürich zurich budapest"
)
"""Cities that number their districts ("Dublin 4", "Colombo 7", "Paris 11"): the number
after their name is the district's, and is taken in with it."""


_LOWER_WORD_AFTER = re.compile(r"[ \t]([a-z][a-z'\u2019-]{2,20})\b")
_NOT_A_SURNAME = COMMON | DICT | ROLE | TECH | TIME | PLACE | NOT_ENTITY


def _lower_surname(word: str) -> bool:
    """Whether a lower-case word after a lower-case name is its surname: a word in no list
    ("gareth pryce", though "pryce" is a slip of "price" too), a surname of the lists that is
    no ordinary word of any kind, or a word of the name lists alone that is no slip of a
    frequent word ("funmi adesina"; not "dev server", "ali said")."""
    flags = word_flags(word)
    if flags == 0:
        return len(word) > 3
    if not flags & ~NAMEY:
        return len(word) > 3 and "-" not in word and not is_typo(word)
    return bool(flags & LAST) and not flags & _NOT_A_SURNAME and word not in function_words()


_TRANSLITERATION = re.compile(r"[ \t]*\(([^\x00-\u024f()\n]{2,30})\)")
"""A name written again in its own script, in brackets after it ("Niloufar" and then her
name in Persian letters)."""


_SCRIPT_THEN_LATIN = re.compile(
    r"(?<![^\s(\[\"'\u201c:,])([^\x00-\u024f()\s](?:[^\x00-\u024f()\n]|[ \t]){1,40}?)[ \t]*"
    r"\(([A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+){1,3})\)"
)
"""A name in its own script, then in Latin letters in brackets: "Νίκος Παπαδόπουλος (Nikos
Papadopoulos)"."""


_TWO_SCRIPTS = PRIORITY_WORDS + 3
"""A name written in two scripts outranks the parts of it found alone ("Papadopoulos")."""


def _names_in_two_scripts(text: str, found: list[Candidate]) -> list[Candidate]:
    """A person's name written first in another script, then in brackets in Latin letters:
    both are the person when the Latin one holds a person found or a given name or
    surname of the lists."""
    if text.isascii():
        return []
    people = [c for c in found if c.kind == "PERSON"]
    more: list[Candidate] = []
    for match in _SCRIPT_THEN_LATIN.finditer(text):
        latin_start, latin_end = match.span(2)
        inside = any(latin_start <= c.start and c.end <= latin_end for c in people)
        named = any(word_flags(w) & (FIRST | LAST) for w in match.group(2).split())
        if inside or named:
            more.append(Candidate(match.start(1), match.end(1), "PERSON", _TWO_SCRIPTS))
            more.append(Candidate(latin_start, latin_end, "PERSON", _TWO_SCRIPTS))
    return more


def _transliterations(text: str, found: list[Candidate]) -> list[Candidate]:
    """A person's name in another script in brackets right after it is the person too."""
    more: list[Candidate] = []
    for candidate in found:
        if candidate.kind == "PERSON" and "(" in text[candidate.end : candidate.end + 3]:
            match = _TRANSLITERATION.match(text, candidate.end)
            if match is not None and any(ch.isalpha() for ch in match.group(1)):
                more.append(Candidate(match.start(1), match.end(1), "PERSON", candidate.priority))
    return more


_INITIAL_AFTER = re.compile(r"[ \t][A-Z]\.?(?=[ \t]*(?:[,;|)\n\u00b7:]|$))")
"""A surname's initial after a given name, before a field's end or a chat line's colon:
"Sofia R.", "Ngozi O,", "Ifeoma N:"."""


_CHECK_SUFFIX = re.compile(r"-(?:[0-9Kk]|[A-Z]{2})(?![\w-])")
"""A check digit or version code after a number: Chile's "-K", Ontario's "-AB"."""
_CODE_HEAD = re.compile(r"(?<![\w./-])[A-Z0-9][\w.-]{0,12}/\Z")
"""The first part of a code joined by a slash to the rest found as an ID: "K.208/"."""
_UNIT_BEFORE = re.compile(
    r"(?i:(?<![\w-])(?:level|floor|fl\.|suite|unit|l\u1ea7u|t\u1ea7ng|piso|etage|\u00e9tage|stock)"
    r"[ \t]*\d{1,3}[A-Za-z]?,[ \t]*)\Z"
)
"""The floor or unit written before an address's building or street: "Floor 2, Mercer House,
8 Tanner Road", "Lầu 4, 12 Lê Lợi"."""
_BLOCK_BEFORE = re.compile(r"(?<![\w-])(?:Blk|BLK|Block|Bldg)\.?[ \t]+\Z")
_DISTRICT_AND_CITY = re.compile(
    r"[ \t]+[A-Z\u00c0-\u00de\u0130\u015e\u00c7][\w\u0131\u0130'\u2019-]{1,24}/"
    r"[A-Z\u00c0-\u00de\u0130\u015e\u00c7][\w\u0131\u0130'\u2019-]{1,24}"
)
"""A district and its city joined by a slash at an address's end, Turkey's way: "Şişli/İstanbul"."""
_NUMBERED_PART_AFTER = re.compile(
    r"(?:-[1-9]\d?|[ \t]+(?i:sector|soi|phase|block|zone)[ \t]+\d{1,3}[A-Za-z]?)(?![\w-])"
)
"""A numbered part of a place after its name: "Gulshan-2", "noida sector 62", "Sukhumvit
Soi 21", "DHA Phase 5"."""
_STOREY_UNIT_AFTER = re.compile(r",?[ \t]*#\d{1,3}-\d{1,5}[A-Z]?(?![\w-])")
"""A storey and unit after a street, Singapore's and Malaysia's way: ", #08-112"."""
_PLACE_PARTICLE = re.compile(
    r"[ \t](?:es|de|del|da|do|di|al|el|la|le|sur|en|upon|on)[ \t]+[A-Z][\w'\u2019-]{1,20}"
)
_PLACE_COMPASS_AFTER = re.compile(r"[ \t](?:North|South|East|West|Central)(?![\w-]|[ \t]+of\b)")


def _place_goes_on(text: str, candidate: Candidate) -> Candidate:
    """A place found in part, taken in whole: the particle and word of a known place's name
    after it ("Dar" of "Dar es Salaam"), a compass word after it ("Sentul East"), the floor
    or unit before its address (:data:`_UNIT_BEFORE`) and a storey and unit after it."""
    particle = _PLACE_PARTICLE.match(text, candidate.end)
    if particle is not None and text[candidate.start].isupper():
        whole = text[candidate.start : particle.end()].casefold()
        if whole in place_index() or fold(whole) in place_index():
            candidate = candidate._replace(end=particle.end())
    compass = _PLACE_COMPASS_AFTER.match(text, candidate.end)
    if compass is not None and text[candidate.start].isupper():
        candidate = candidate._replace(end=compass.end())
    unit = _UNIT_BEFORE.search(text, max(0, candidate.start - 16), candidate.start)
    if unit is not None:
        candidate = candidate._replace(start=unit.start())
    block = _BLOCK_BEFORE.search(text, max(0, candidate.start - 8), candidate.start)
    if block is not None and text[candidate.start].isdigit():  # "Blk 312 Clementi Ave 4"
        candidate = candidate._replace(start=block.start())
    district = _DISTRICT_AND_CITY.match(text, candidate.end)
    if district is not None and candidate.priority in _ADDRESS_PRIORITIES:
        candidate = candidate._replace(end=district.end())  # "34394 Şişli/İstanbul"
    numbered = _NUMBERED_PART_AFTER.match(text, candidate.end)
    if numbered is not None and text[candidate.start].isalpha():  # "Gulshan-2", "sector 62"
        candidate = candidate._replace(end=numbered.end())
    storey = _STOREY_UNIT_AFTER.match(text, candidate.end)
    if storey is not None:  # "Blk 312 Clementi Ave 4, #08-112"
        candidate = candidate._replace(end=storey.end())
    return candidate


_WEEKDAY_BEFORE = re.compile(
    r"(?i:(?<![\w-])(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|"
    r"thurs|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\.?,?[ \t]+)\Z"
)
"""A weekday written before a date, a header's way: "Tue, 7 Nov 2023", "lun. 13 janv."."""
_EDGE_BEFORE = re.compile(r"(?i:(?<![\w-])(?:end|start|beginning|early|mid|late)[ \t-]+)\Z")
"""The edge of a month before it, without "of": "end March 2023", "early June"."""
_DATE_PREPOSITION = re.compile(r"(?<![\w'\u2019-])(?:le|el|den|mis|op)[ \t]+\Z")
"""The little word other languages set before a date, which writers take into it: "le 9
septembre", "el 28 de octubre", "den 10 november", Welsh "mis Awst"."""
_NEXT_YEAR = re.compile(r"[-\u2013/](\d\d)(?![\w/.-]?\d)")


def _date_goes_on(text: str, candidate: Candidate) -> Candidate:
    """A date found in part, taken in whole: its weekday before it, the edge of its month
    before it, the little word of another language before it ("le 9 septembre"), and the
    next year's two digits after its year ("summer 2023-24")."""
    window = max(0, candidate.start - 12)
    weekday = _WEEKDAY_BEFORE.search(text, window, candidate.start)
    if weekday is not None and text[candidate.start].isdigit():
        candidate = candidate._replace(start=weekday.start())
    elif text[candidate.start].isalpha():
        edge = _EDGE_BEFORE.search(text, window, candidate.start)
        if edge is not None:
            candidate = candidate._replace(start=edge.start())
    preposition = _DATE_PREPOSITION.search(text, max(0, candidate.start - 12), candidate.start)
    if preposition is not None and not text[candidate.start].isupper():  # "le 9 septembre"
        candidate = candidate._replace(start=preposition.start())
    year = text[candidate.end - 4 : candidate.end]
    if year.isdigit() and year.startswith(("19", "20")):
        after = _NEXT_YEAR.match(text, candidate.end)
        if after is not None and int(after.group(1)) == (int(year) + 1) % 100:
            candidate = candidate._replace(end=after.end())
    return candidate


_PARTICLE_BRIDGE = re.compile(
    r"[ \t]+(?:bin|binti|binte|bint|ibn|ben|bte|b\.|van|von|de|da|del|della|di|du|dos|das|la|le|"
    r"al|ap|ter|ten|van[ \t]+der|van[ \t]+den|de[ \t]+la)[ \t]+"
)


def _bridge_people(text: str, found: list[Candidate]) -> list[Candidate]:
    """Two parts of one person's name found apart, a particle between them, become one:
    "Nurul Aini" and "Rahmat" of "Nurul Aini binte Rahmat"."""
    joined: list[Candidate] = []
    for candidate in found:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.kind == "PERSON"
            and text[last.start].isupper()
            and candidate.kind in _MENTION_KINDS
            and text[candidate.start].isupper()
            and _PARTICLE_BRIDGE.fullmatch(text, last.end, candidate.start)
        ):
            joined[-1] = Candidate(last.start, candidate.end, "PERSON", last.priority)
            continue
        joined.append(candidate)
    return joined


def _widen(text: str, found: list[Candidate]) -> list[Candidate]:
    """Take in "the" before a place ("the Netherlands"), a legal form after a firm and a
    nickname's word before a person ("Big Mike")."""
    widened: list[Candidate] = []
    for candidate in found:
        initial_after = _INITIAL_AFTER.match(text, candidate.end)
        if initial_after is not None and candidate.kind in _MENTION_KINDS:
            word = text[candidate.start : candidate.end]
            if " " not in word and word_flags(word) & FIRST:  # "Assignee: Sofia R."
                candidate = Candidate(
                    candidate.start, initial_after.end(), "PERSON", candidate.priority
                )
        trade = _FIRM_WORD_AFTER.match(text, candidate.end)
        if trade is not None and _firm_goes_on(text, candidate, trade):  # "Tiba Data"
            candidate = Candidate(candidate.start, trade.end(), "ORG", candidate.priority)
        elif candidate.kind in _MENTION_KINDS and " " in text[candidate.start : candidate.end]:
            trade = _FIRM_WORD_AFTER_RUN.match(text, candidate.end)
            if trade is not None:  # "Skif Defence Data"
                candidate = Candidate(candidate.start, trade.end(), "ORG", candidate.priority)
        if candidate.kind in ("ORG", "LOCATION"):
            if text[candidate.start].islower() and candidate.kind == "ORG":
                trade = _LOWER_TRADE_AFTER.match(text, candidate.end)
                if trade is not None:  # "southwind travel", not "a lagos lending app"
                    candidate = Candidate(candidate.start, trade.end(), "ORG", candidate.priority)
            compass = _COMPASS_BEFORE.search(text, max(0, candidate.start - 10), candidate.start)
            if compass is not None:  # "North Yorkshire Police"
                candidate = candidate._replace(start=compass.start())
        if candidate.kind in ("PERSON", "ORG"):  # "Mr. van Wyk", whatever kind "Wyk" got
            particles = _PARTICLES_AFTER_TITLE.search(
                text, max(0, candidate.start - 30), candidate.start
            )
            if particles is not None and word_flags(particles.group(1)) & (HONOR | TITLE):
                candidate = Candidate(
                    particles.start(2), candidate.end, "PERSON", candidate.priority
                )
        if candidate.kind in _MENTION_KINDS and text[candidate.start].isupper():
            candidate = _particles_before(text, candidate)
        if candidate.kind == "PERSON" and text[candidate.start].islower():
            surname = _LOWER_WORD_AFTER.match(text, candidate.end)
            if surname is not None and _lower_surname(surname.group(1)):  # "gareth pryce"
                candidate = candidate._replace(end=surname.end())
        if candidate.kind in _MENTION_KINDS and _HYPHENATED_GIVEN.fullmatch(
            text, candidate.start, candidate.end
        ):
            candidate = _family_name_first(text, candidate)
        if candidate.kind == "PERSON" and " " not in text[candidate.start : candidate.end]:
            surname = _SURNAME_AFTER_SIGN_OFF.match(text, candidate.end)
            signed = _SIGN_OFF.search(text, max(0, candidate.start - 24), candidate.start)
            if surname is not None and signed is not None and not _no_surname(surname.group(1)):
                candidate = candidate._replace(end=surname.end())  # "Regards, Gareth Pilling"
        if candidate.kind == "PERSON":
            nickname = _nickname_start(text, candidate.start)
            if nickname is not None:
                candidate = candidate._replace(start=nickname)
            initial = _INITIAL_BEFORE.search(text, max(0, candidate.start - 3), candidate.start)
            if initial is not None:
                candidate = candidate._replace(start=initial.start())
        if candidate.kind == "LOCATION" and candidate.priority == PRIORITY_STREET:
            number = _LEADING_NUMBER.search(text, max(0, candidate.start - 8), candidate.start)
            if number is not None:  # "9554 62 Rue Gafsa", "3037 ul. Północna 73"
                candidate = candidate._replace(start=number.start())
        if candidate.kind == "DATE":
            candidate = _date_goes_on(text, candidate)
        if candidate.kind in ("ID", "PHONE"):
            check = _CHECK_SUFFIX.match(text, candidate.end)
            lettered = check is not None and check.group()[-1].isalpha()
            if check is not None and (candidate.kind == "ID" or lettered):
                # "17.044.216-K", "5555-123-456-AB": a check digit or version code, no phone
                candidate = Candidate(candidate.start, check.end(), "ID", candidate.priority)
        if candidate.kind == "ID":
            head = _CODE_HEAD.search(text, max(0, candidate.start - 14), candidate.start)
            if head is not None:  # "K.208/" of "K.208/TU-DATA/IV/2024"
                candidate = candidate._replace(start=head.start())
        if candidate.kind == "LOCATION":
            candidate = _place_goes_on(text, candidate)
            district = _DISTRICT_NUMBER.match(text, candidate.end)
            if district is None and text[candidate.start : candidate.end].casefold() in (
                _NUMBERED_CITIES
            ):
                district = _CITY_DISTRICT.match(text, candidate.end)
            if district is not None:  # "Colombo 07", "Paris 08", "Dublin 4": the district
                candidate = candidate._replace(end=district.end())
            the = _THE.search(text, max(0, candidate.start - 8), candidate.start)
            if the is not None:
                candidate = candidate._replace(start=the.start())
        elif candidate.kind in ("ORG", "PERSON"):
            end = _legal_end(text, candidate)
            prefix = _LEGAL_PREFIX.search(text, max(0, candidate.start - 24), candidate.start)
            if end is not None or prefix is not None:
                start = candidate.start if prefix is None else prefix.start()
                end = candidate.end if end is None else end
                if prefix is not None:  # "PT Dompet Kilat Nusantara": the name's words after
                    after = _CAPITALISED_AFTER.match(text, end)
                    end = end if after is None else after.end()
                candidate = Candidate(start, end, "ORG", max(_PREFIXED_FIRM, candidate.priority))
        widened.append(candidate)
    return widened


_PLACEHOLDER = re.compile(rf"\[(?:{'|'.join(KINDS)})[ \t]\d{{1,4}}\]")
"""The engine's own placeholders ("[ORG 1]"), as they appear in already redacted text."""
_BLANK = "\u00a4"
"""What a placeholder becomes before detection: no letter, digit, cue or sentence end."""


def without_placeholders(text: str) -> str:
    """``text`` with each placeholder blanked out, letter for letter (offsets are kept).

    A placeholder is never a finding, and its words ("ORG", "PERSON", "1") are no cue for
    the words around it: publishable text is checked again, and must come back clean.

    >>> without_placeholders("at [ORG 1] said")
    'at \u00a4\u00a4\u00a4\u00a4\u00a4\u00a4\u00a4 said'
    """
    if "[" not in text:
        return text
    return _PLACEHOLDER.sub(lambda match: _BLANK * len(match.group()), text)


_BRACKETED_ACRONYM = re.compile(r"[ \t]*\(([A-Z][A-Za-z&]{1,7})\)")
"""An organisation's short name in brackets right after it: "Hands Forward Uganda (HFU)"."""


def _short_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """The short name given in brackets after an organisation, or a person's initials after
    their name, there and wherever else it is written ("... (HFU) ... HFU lost the grant",
    "Mereana Kohu (MK) ... MK: no"): it names them as well."""
    names: dict[str, str] = {}
    for candidate in found:
        if candidate.kind not in ("ORG", "PERSON"):
            continue
        short = _BRACKETED_ACRONYM.match(text, candidate.end)
        if short is None or sum(ch.isupper() for ch in short.group(1)) < 2:
            continue
        initials = "".join(w[0] for w in text[candidate.start : candidate.end].split()).upper()
        if candidate.kind == "ORG" or short.group(1).upper() == initials:
            names[short.group(1)] = candidate.kind  # "Mereana Kohu (MK)": her initials
    if not names:
        return []
    pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(names)))})\b")
    return [
        Candidate(m.start(), m.end(), names[m.group()], PRIORITY_WEAK)
        for m in pattern.finditer(text)
    ]


_SHOUTED_LINE = re.compile(r"[^\n]{40,}")
_MIN_SHOUTED_SHARE = 0.8
_CAPITALS_RUN = re.compile(r"[A-Z][^a-z\n]{29}")
"""Thirty characters without a lower-case letter: what every shouted line holds, and most
stories do not (found in one scan, before any line is counted)."""


def _shouted_lines(text: str) -> list[tuple[int, int]]:
    """Where the lines written in capitals are ("MY DIRECTOR BRAD KOWALSKI JUST TOLD ...")."""
    if _CAPITALS_RUN.search(text) is None:
        return []
    spans: list[tuple[int, int]] = []
    for line in _SHOUTED_LINE.finditer(text):
        letters = [ch for ch in line.group() if ch.isalpha()]
        upper = sum(ch.isupper() for ch in letters)
        same_length = len(line.group().lower()) == len(line.group())
        if letters and upper >= _MIN_SHOUTED_SHARE * len(letters) and same_length:
            spans.append(line.span())
    return spans


def _unshouted(text: str, shouted: list[tuple[int, int]]) -> str:
    """``text`` with its shouted lines in lower case, letter for letter: in capitals every
    word reads as an acronym, in lower case the name lists and cues read it as they read
    rushed writing. Only the words are read from it; codes and numbers are found in
    ``text`` itself."""
    parts: list[str] = []
    last = 0
    for start, end in shouted:
        parts += [text[last:start], text[start:end].lower()]
        last = end
    return "".join([*parts, text[last:]])


def _forms(text: str, words: str, shouted: list[tuple[int, int]]) -> list[Candidate]:
    """The forms' findings: names from the words as read (lower case where shouted), the
    rest (plates, codes) from the text as written."""
    if not shouted:
        return find_forms(text)

    def loud(candidate: Candidate) -> bool:
        return any(start <= candidate.start < end for start, end in shouted)

    def named(candidate: Candidate) -> bool:
        return candidate.kind in _MENTION_KINDS

    as_written = [c for c in find_forms(text) if not (named(c) and loud(c))]
    return as_written + [c for c in find_forms(words) if named(c) and loud(c)]


_INSTITUTION_WORDS = (
    *("kommun", "kommune", "sjukhus", "sykehus", "sygehus", "universitet", "högskola"),
    *("hogskola", "landsting", "gemeente", "ziekenhuis", "sairaala", "kaupunki", "kunta"),
)
_INSTITUTION = re.compile(
    rf"(?<![\w-])[A-Z\u00c0-\u00de][\w'\u2019-]{{1,24}}[ \t]+(?:{'|'.join(_INSTITUTION_WORDS)})"
    r"(?![\w-])",
)
"""A public body of the Nordic countries, the Netherlands or Finland, named by its town and
a lower-case word for what it is: "Borås kommun", "Lunds sjukhus", "Aalborg Kommune" is
found as a firm already."""


def _institutions(text: str) -> list[Candidate]:
    """Municipalities, hospitals and universities named as :data:`_INSTITUTION` reads them."""
    if not may_hold(text, _INSTITUTION_WORDS):
        return []
    priority = PRIORITY_WORDS + 1
    return [Candidate(m.start(), m.end(), "ORG", priority) for m in _INSTITUTION.finditer(text)]


_NAME_PART = re.compile(r"[A-Z\u00c0-\u00de][^\W\d_]*")
_CAPITALS_WORD = re.compile(r"(?<![\w.&/-])[A-Z]{2,4}(?![\w&/-]|\.\w)")


_HEADER_CAPITALS = words_of("AW WG RE FW FWD CC BCC PS NB TC OK")
"""Capitals of e-mail headers and notes ("AW: ...", "PS", "cc"), and Turkey's "TC" ID: no one's
initials, beside the tools, roles and bodies :func:`people.may_be_initials` rules out."""


def _initials_of(name: str) -> set[str]:
    """The initials a person's name is written by: all its capitalised parts' ("Amara
    Nwachukwu-Obi" is "ANO"), and its first and last words' ("AN")."""
    parts = _NAME_PART.findall(name)
    if len(parts) < 2:
        return set()
    words = [word for word in name.split() if word[:1].isupper()]
    found = {"".join(part[0] for part in parts)}
    if len(words) >= 2:
        found.add(words[0][0] + words[-1][0])
    return {initials for initials in found if 2 <= len(initials) <= 4}


def _people_by_initials(text: str, found: list[Candidate]) -> list[Candidate]:
    """A person found by name, written again by their initials in the same story: minutes'
    "OB presented" after "Present: Olu Bankole", "ANO" after "Amara Nwachukwu-Obi". Not an
    acronym of the trade, a role or a place ("HR", "CTO", "US"), nor a word ("AM")."""
    initials: set[str] = set()
    for candidate in found:
        if candidate.kind == "PERSON":
            initials |= _initials_of(text[candidate.start : candidate.end])
    if not initials:
        return []
    more: list[Candidate] = []
    for match in _CAPITALS_WORD.finditer(text):
        word = match.group()
        if word not in initials or word in _HEADER_CAPITALS or word.lower() in function_words():
            continue
        if not may_be_initials(word) or word_flags(word) & (TECH | ROLE | PLACE):
            continue
        more.append(Candidate(match.start(), match.end(), "PERSON", PRIORITY_WORDS))
    return more


_BODY_HEADS = (
    *("Fund", "Foundation", "Force", "Courier", "Gazette", "Herald", "Times", "Tribune"),
    *("Chronicle", "Bank", "Society", "Association", "Institute", "Agency", "Authority"),
    *("Commission", "Trust", "University", "College", "Hospital", "Ministry", "Police"),
    *("Inspectorate", "Ombudsman", "Tribunal", "Bureau", "Federation"),
)
_BODY_WORD = r"[A-Z][a-z\u00e0-\u00ff'\u2019]{1,20}"
_BODY = re.compile(
    r"(?<![\w'\u2019-])(?:(?:Royal|National|Central|Federal|State|Reserve|People's)[ \t]+)?"
    r"(?:Bank|University|Ministry|Commission|Institute|Bureau|Department|Office)[ \t]+(?:of|for)"
    rf"[ \t]+(?:the[ \t]+)?{_BODY_WORD}(?:[ \t]+(?:and[ \t]+)?{_BODY_WORD}){{0,3}}"
    rf"|(?<![\w'\u2019-])(?:{_BODY_WORD}[ \t]+(?:(?:of|for|and|&)[ \t]+)?){{1,4}}"
    rf"(?:{'|'.join(_BODY_HEADS)})(?![\w'\u2019-])"
)
"""A body named by capitalised words and what it is, at its end ("the Orbis Philanthropy
Fund", "Southern Evening Courier", "Australian Border Force") or at its start with "of"
("Royal Bank of Canada", "Department of Health")."""
_BODY_HINTS = (*(head.lower() for head in _BODY_HEADS), "department", "office")
"""One of these words is in every name :data:`_BODY` reads."""
_NOT_IN_A_BODY = PRONOUN | ROLE | TIME | TECH


def _capitalised_bodies(text: str, resolved: list[Candidate]) -> list[Candidate]:
    """Bodies as :data:`_BODY` reads them, when no word of the name is a pronoun, a role, a
    time or a tool ("Our Bank", "Head of Data Institute" are no names), its first word no
    little word ("The Trust"), and no finding reaches beyond it ("Wexcombe NHS Foundation
    Trust" stays whole): it takes in the findings it holds ("Canada" of "Royal Bank of
    Canada")."""
    if not may_hold(text, _BODY_HINTS):
        return []
    found: list[Candidate] = []
    for match in _BODY.finditer(text):
        words = [w for w in re.split(r"[ \t]+", match.group()) if w[:1].isupper()]
        if len(words) < 2 or any(word_flags(w) & _NOT_IN_A_BODY for w in words[:-1]):
            continue
        if words[0].lower() in function_words():
            continue
        start, end = match.span()
        beyond = (c for c in resolved if c.start < end and start < c.end)
        if any(c.start < start or c.end > end for c in beyond):
            continue
        found.append(Candidate(start, end, "ORG", PRIORITY_WORDS + 1))
    return found


_CODE_NAMED = re.compile(
    r"(?i:\b(?:known[ \t]+internally[ \t]+as|internally[ \t]+(?:called|named)|code-?named|"
    r"codenamed)[ \t]+)[\"'\u201c\u2018]?([A-Za-z][\w-]{2,20})"
    r"|\b([A-Za-z][\w-]{2,20})[ \t]+(?:is|was)[ \t]+(?:our|the|their)[ \t]+(?:internal[ \t]+)?"
    r"(?i:code[ \t-]?name|internal[ \t]+name|project[ \t]+name)\b"
)
"""A project's or product's code name, which identifies the firm: "known internally as
Sieve", "bramble is our internal name for the feed"."""
_DESCRIBED_FIRM = re.compile(
    r"(?<![\w@./-])([a-z][a-z0-9-]{2,20}),[ \t]+(?:(?:a|an|um|uma|una|un|une)[ \t]+)?"
    r"(?:small[ \t]+|tiny[ \t]+|little[ \t]+)?(?:app|startup|start-up|fintech|empresa|company|"
    r"firm|platform|marketplace|plataforma|aplicativo|insurer|lender|bank)\b"
)
"""A firm written in lower case and described after a comma: "no rapidim, app de entrega",
"at kestrel, a small fintech"."""


_CODE_NAME_HINTS = ("internal", "code", "project name")
_FIRM_NOUNS = (
    *("app", "startup", "start-up", "fintech", "empresa", "company", "firm", "platform"),
    *("marketplace", "plataforma", "aplicativo", "insurer", "lender", "bank"),
)


def _code_names_and_described_firms(text: str) -> list[Candidate]:
    """Code names (:data:`_CODE_NAMED`) and lower-case firms described (:data:`_DESCRIBED_FIRM`),
    when the name is no word of the dictionary ("the model is our internal name" names no one)."""
    found: list[Candidate] = []
    patterns = [
        pattern
        for pattern, hints in ((_CODE_NAMED, _CODE_NAME_HINTS), (_DESCRIBED_FIRM, _FIRM_NOUNS))
        if may_hold(text, hints)
    ]
    for pattern in patterns:
        for match in pattern.finditer(text):
            group = 1 if match.group(1) is not None else 2
            word = match.group(group)
            last = word.lower().rsplit("-", 1)[-1]  # "super-app" is a kind of app, no name
            if known_word(last) and (pattern is _DESCRIBED_FIRM or not word[0].isupper()):
                continue  # "Sieve" may name a tool; "the model" does not
            found.append(Candidate(match.start(group), match.end(group), "ORG", PRIORITY_WORDS))
    return found


_QUOTED_SURNAME_FIRST = re.compile(
    r"(?<=[\"\u201c])([A-Z][\w'\u2019-]{1,30},[ \t][A-Z][\w'\u2019-]{1,30})(?=[\"\u201d])"
)
"""A spreadsheet's or export's quoted cell holding "Surname, Given": "Okafor, Chidinma"."""


def _quoted_people(text: str) -> list[Candidate]:
    """People written surname first in a quoted cell, when the given name is one and the first
    word no ordinary word."""
    if '"' not in text and "\u201c" not in text:
        return []
    found: list[Candidate] = []
    for match in _QUOTED_SURNAME_FIRST.finditer(text):
        surname, given = match.group(1).split(",")
        surname_flags = word_flags(surname)
        if surname_flags & (COMMON | DICT) and not surname_flags & LAST:
            continue  # "Thanks, Anna": a greeting, not a surname
        if word_flags(given.strip()) & FIRST:
            found.append(Candidate(match.start(1), match.end(1), "PERSON", PRIORITY_WORDS + 2))
    return found


def find_candidates(text: str) -> list[Candidate]:
    """All detectors' proposals, resolved, with partial mentions added."""
    text = without_placeholders(text)
    shouted = _shouted_lines(text)
    words = _unshouted(text, shouted) if shouted else text
    tokens = settle_products(words, tokenize(words))
    candidates = find_contacts(text) + find_ids(text) + find_dates(text)
    candidates += list(find_phones(text)) + find_spoken_numbers(text)
    candidates += find_addresses(text) + _forms(text, words, shouted) + _institutions(text)
    candidates += find_cjk_people(text) + _quoted_people(text)
    candidates += _code_names_and_described_firms(text)
    cued = find_cued_people(words, tokens)
    resolved = _as_people(_resolve(candidates + find_names(words, tokens) + cued), cued)
    resolved = _resolve(resolved + _nicknames(text, resolved))  # named again further on
    mentions = _partial_mentions(words, tokens, resolved) + _domain_mentions(text, tokens, resolved)
    mentions += _short_names(text, resolved) + _coordinated_people(tokens, resolved)
    mentions += listed_handles(text, resolved) + handle_mentions(text, resolved)
    mentions += _transliterations(text, resolved) + _people_by_initials(text, resolved)
    mentions += _names_in_two_scripts(text, resolved)
    mentions += _postcodes_alike(text, resolved) + _codes_alike(text, resolved)
    mentions += _capitalised_bodies(text, resolved) + _codes_beside_places(text, resolved)
    resolved = _resolve(resolved + mentions)
    widened = _resolve(_widen(text, _merge_addresses(text, resolved)))
    return _agree_kinds(text, _bridge_people(text, widened))


def _agree_kinds(text: str, found: list[Candidate]) -> list[Candidate]:
    """A one-word name takes the kind of the longer name it belongs to, anywhere in the text:
    "sent it to Summer" is the person "Summer Okafor" of another section, not a firm."""
    longer: dict[str, str] = {}
    for candidate in found:
        words = text[candidate.start : candidate.end].split()
        if candidate.kind in _MENTION_KINDS and 1 < len(words) <= 4:
            for word in words:
                longer.setdefault(word.casefold(), candidate.kind)
    agreed: list[Candidate] = []
    for candidate in found:
        kind = longer.get(text[candidate.start : candidate.end].casefold(), candidate.kind)
        if candidate.kind in _MENTION_KINDS and kind != candidate.kind:
            candidate = candidate._replace(kind=kind)
        agreed.append(candidate)
    return agreed


def find_identifiers(text: str) -> list[Finding]:
    """Find every identifier in ``text``: sorted by start, never overlapping.

    >>> [(f.kind, f.text) for f in find_identifiers("Mail jane@example.com on 14 March 2017.")]
    [('EMAIL', 'jane@example.com'), ('DATE', '14 March 2017')]
    """
    return [Finding(c.start, c.end, c.kind, text[c.start : c.end]) for c in find_candidates(text)]
