"""Date detectors: absolute dates, partial dates, quarters, seasons and years.

Detectors return raw, possibly overlapping proposals; the engine keeps the longest.
Weekdays alone stay readable ("on Monday"); a month alone is a date only with a cue
("in March", "last March", "March 3rd"), since "may" and "march" are also verbs.

>>> [("x " + t)[c.start:c.end] for t in ["met on 14 March 2017"] for c in find_dates("x " + t)]
['14 March 2017', 'March 2017', '2017']
>>> [t[c.start:c.end] for t in ["in Q2 2018 and late 2020"] for c in find_dates(t)]
['Q2 2018', 'late 2020', 'Q2 2018', '2018', 'late 2020']
"""

from __future__ import annotations

import re

from .calendars import find_world_dates
from .model import PRIORITY_DATE, Candidate
from .prefilter import (
    DIGIT_LED,
    digit_led_hint,
    holds_digit,
    keyword_led,
    led_matches,
    may_hold,
    word_starts,
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_SHORT_YEAR = r"(?:'\d\d)"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?"
_RELATIVE = (
    r"(?:early|late|mid|end\s+of|start\s+of|beginning\s+of|the\s+end\s+of"
    r"|spring|summer|autumn|fall|winter)"
)
_WORLD_PERIOD = (
    r"(?:fim|final|finais|in[ií]cio|come[çc]o|meados|fin|finales|principios|comienzos|mediados"
    r"|d[ée]but|ende|anfang|mitte|eind|begin|medio|inizio|akhir|awal|pertengahan"
    r"|pocz[aą]tek|koniec|po[lł]owa|katapusan|simula)"
)
_PERIOD_BEFORE = re.compile(
    rf"\b{_WORLD_PERIOD}[\s-]{{1,3}}(?:(?:de|del|d'|van|tahun|of)\s{{1,3}})?$", re.IGNORECASE
)
"""The start, middle or end of a year in other languages, before the year: "fim de 2021",
"finales de 2020", "début 2019", "Ende 2022", "eind 2021", "akhir 2023", "koniec 2020"."""
_SEASON = r"(?:spring|summer|autumn|fall|winter|christmas|easter)"
_SEASONS_OPEN = ("spring", "summer", "autumn", "fall", "winter", "christmas", "easter")

_RELATIVE_DATE = rf"\b{_RELATIVE}[\s-]+(?:of\s+)?(?:{_YEAR}|{_MONTH_FULL}(?:\s+{_YEAR})?)\b"
_SHORT_MONTHS = r"jan|feb|apr|aug|sept?|oct|nov|dec"
"""Short months that are no verbs and no common words in lower case (not "mar", "may", nor
"jun" and "jul" after a cue)."""
_CUED_MONTH = (
    rf"\b(?:last|next|this|in|since|by|until|till|from|during|early|late|mid|ab|bis|seit|im|"
    rf"hanggang|noong|hasta|desde|depuis|sampai|sejak|vanaf)[\s-]+"
    rf"(?:{_MONTH_FULL}|{_SHORT_MONTHS})\b(?!\s+(?:said|says|told|\d))"
    r"|\b(?:January|February|March|April|June|July|August|September|October|November|December)"
    r"\s+(?:last|this|next)\s+year\b"
)
_WORDED_DATES = frozenset({_RELATIVE_DATE, _CUED_MONTH})
"""The date patterns that find something without a digit ("late March", "last June"):
every other pattern below holds one, and is not searched in a text without a digit."""

DATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # 2022-10-06, 2022/10/06, with an optional time
        rf"\b{_YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?:[T "
        rf"]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d{{1,6}})?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?\b",
        # 03/04/2019, 3.4.19, 3-4-2019
        r"\b(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:\d{4}|\d{2})\b(?![.-]\d)",
        # Czech and Slovak "15. 3. 2024", Hungarian "2023. 05. 12.": dots, each with a space
        r"\b(?:0?[1-9]|[12]\d|3[01])\.[ \t](?:0?[1-9]|1[0-2])\.[ \t](?:19|20)\d\d\b"
        r"|\b(?:19|20)\d\d\.[ \t](?:0?[1-9]|1[0-2])\.[ \t](?:0?[1-9]|[12]\d|3[01])\b(?![.,]?\d)",
        # 14 March 2017, 14th of March, 3rd June '19
        rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\.?(?:,?\s+(?:of\s+)?(?:{_YEAR}|{_SHORT_YEAR}))?{_TIME}\b",
        # March 14, 2017 ; June 3rd ; March 2017 ; Sept. '19
        rf"\b{_MONTH}\.?\s+(?:{_DAY}(?:,?\s+{_YEAR})?|{_YEAR}|{_SHORT_YEAR}){_TIME}(?!\w)",
        # Q2 2018, H1 2020, FY2021, FY 21
        rf"\b(?:[QH][1-4]\s*(?:of\s+)?(?:{_YEAR}|'?\d\d)|FY\s?(?:{_YEAR}|\d\d))\b",
        # late 2020, mid-2019, summer of 2018, the 1990s
        _RELATIVE_DATE,
        r"\b(?:the\s+)?(?:1[89]\d0s|20\d0s|'\d0s)\b",
        # last March, next May, this June, in March, since April, by October
        _CUED_MONTH,
        # year ranges 2019-2021, 2019\u201321
        rf"\b{_YEAR}\s*[-\u2013]\s*(?:{_YEAR}|\d\d)\b",
        rf"\b{_SEASON}\s+(?:of\s+)?(?:{_YEAR}\b|{_SHORT_YEAR}(?!\w))",
        # ISO weeks: 2021-W14, W14 2021, week 14 of 2021
        rf"\b(?:{_YEAR}-?W[0-5]\d(?:-?[1-7])?|W[0-5]\d\s+{_YEAR}|week\s+\d{{1,2}}\s+(?:of\s+)?{_YEAR})\b",
        # 15-Jan-2024, 15-jan-24: a log's or a form's date
        rf"\b{_DAY}-{_MONTH}-(?:{_YEAR}|\d\d)\b(?!-)",
        # Jan-15-2024
        rf"\b{_MONTH}-{_DAY}-{_YEAR}\b(?!-)",
        # 21/Jan/25, Jira's way; "1. August", German's day with its full stop
        rf"\b{_DAY}/{_MONTH}/(?:{_YEAR}|\d\d)\b(?!/)"
        rf"|\b(?:[12]\d|3[01]|0?[1-9])\.[ \t]+(?:(?!may\b){_MONTH}\b(?:[ \t]+{_YEAR}\b)?"
        rf"|May[ \t]+{_YEAR}\b)",
    )
)
_MONTHS_OPEN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_CUES_OPEN = (
    *("last", "next", "this", "in", "since", "by", "until", "till", "from", "during"),
    *("early", "late", "mid", "ab", "bis", "seit", "im", "hanggang", "noong", "hasta"),
    *("desde", "depuis", "sampai", "sejak", "vanaf", *_MONTHS_OPEN),
)
DATE_LEADS: tuple[tuple[str, ...] | re.Pattern[str] | None, ...] = (
    DIGIT_LED,
    DIGIT_LED,
    DIGIT_LED,
    DIGIT_LED,
    _MONTHS_OPEN,
    ("q", "h", "fy"),
    ("early", "late", "mid", "end", "start", "beginning", "the", *_SEASONS_OPEN),
    None,  # "the 1990s", "'90s": a word, a digit or a quote
    _MONTH_CUES_OPEN,
    DIGIT_LED,
    _SEASONS_OPEN,
    None,  # ISO weeks: a year or a "W"
    DIGIT_LED,
    _MONTHS_OPEN,
    DIGIT_LED,
)
"""How each of :data:`DATE_PATTERNS` begins (``prefilter.led_matches``): with a digit, with
one of these words, or anywhere (None). Kept in step with the patterns, one a line; a test
checks that every pattern is tried where its matches can begin."""
_DECADE = re.compile(r"\d0s", re.IGNORECASE)
_WEEK = re.compile(r"W[0-5]\d", re.IGNORECASE)
_FULL_YEAR_DIGITS = re.compile(rf"{_YEAR}")


def _may_match(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` holds what every match of a pattern led by no word or digit holds,
    looked for from the text's digits (``prefilter.digit_led_hint``): "90s" in "the 1990s",
    a year and "W14" or "week" in "2021-W14", "week 14 of 2021". Otherwise, it is tried at
    every character."""
    if pattern is DATE_PATTERNS[7]:
        return digit_led_hint(_DECADE, text)
    if pattern is DATE_PATTERNS[11]:
        week = may_hold(text, ("week",)) or digit_led_hint(_WEEK, text, back=1)
        return week and digit_led_hint(_FULL_YEAR_DIGITS, text)
    return True


_QUARTER = re.compile(r"\b(?:[QH][1-4]|FY\s?\d\d)(?:\s+(?:'\d\d|(?:19|20)\d\d))?\b")
_QUARTER_CUE = re.compile(
    r"(?:\b(?:in|by|during|until|till|since|before|after|for|last|next|this|early|late|mid)"
    r"[\s-]+(?:the\s+)?|\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_ORDINAL_DAY = re.compile(
    r"(?i:\b(?:on|by|until|till|since|from|before|after)\s+)"
    r"(the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
)
_ORDINAL_CUES_OPEN = ("on", "by", "until", "till", "since", "from", "before", "after")
_MONTH_WORD = re.compile(rf"\b{_MONTH}\b", re.IGNORECASE)
_FULL_YEAR = re.compile(r"\d{4}")
YEAR = re.compile(rf"(?<![\w.,/:-]){_YEAR}(?![\w.,/:-]\d|\d|%)")
_NOT_A_YEAR_AFTER = re.compile(
    r"\s*(?:[a-z]+s\b|%|percent|people|users|rows|employees|dollars|euros)"
)
_CUED_PREFIX = re.compile(
    r"(?:in|since|from|until|till|by|during|of|before|after|around|circa|c\.|year)\s+$",
    re.IGNORECASE,
)


_VERB_MONTHS = frozenset({"may", "mar"})
"""Months that are also verbs: in lower case they need a year or an ordinal day ("may 3rd")."""
_ORDINAL_SUFFIX = re.compile(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)


def _month_ok(matched: str) -> bool:
    """A month in lower case counts beside a year, a day ("aug 14") or after a cue ("in
    june", "last november"); "may" and "mar" only beside a year."""
    word = _MONTH_WORD.search(matched)
    if word is None or not word.group()[0].islower() or _FULL_YEAR.search(matched):
        return True
    if word.group().casefold() in _VERB_MONTHS:
        ordinal = _ORDINAL_SUFFIX.search(matched) is not None  # "may 3rd", "3rd may": no verb
        return ordinal or (len(word.group()) > 4 and word.start() > 0)
    return word.start() > 0 or any(ch.isdigit() for ch in matched)  # "in june", "aug 14"


def _loose_month_ok(matched: str) -> bool:
    """ "mid-may" and "early mar" are dates; "may-24" alone and "mar-12" too (a year), but not
    the verb "may" with a qualifier that is an ordinary word ("late may be")."""
    head = matched.split()[0].casefold() if " " in matched else ""
    return not (head in ("early", "late", "mid") and matched.split()[-1].casefold() in _VERB_MONTHS)


def _year_candidates(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for match in led_matches(YEAR, text, DIGIT_LED):
        before = text[max(0, match.start() - 12) : match.start()]
        after = text[match.end() : match.end() + 12]
        period = _PERIOD_BEFORE.search(text, max(0, match.start() - 24), match.start())
        if period is not None:  # "fim de 2021": the period is the date
            found.append(Candidate(period.start(), match.end(), "DATE", PRIORITY_DATE))
            continue
        if _NOT_A_YEAR_AFTER.match(after) and not _CUED_PREFIX.search(before):
            continue
        found.append(Candidate(match.start(), match.end(), "DATE", PRIORITY_DATE - 5))
    return found


def _cued_quarters(text: str) -> list[Candidate]:
    """A quarter after a cue ("in Q3", "by the end of Q2 2019"), the cue's "end of" included."""
    found: list[Candidate] = []
    for match in keyword_led(_QUARTER, text, ("q", "h", "fy")):
        cue = _QUARTER_CUE.search(text, max(0, match.start() - 24), match.start())
        if cue is None:
            continue
        wide = "of" in cue.group().casefold().split()  # "end of Q2": the period is the date
        start = cue.start() if wide else match.start()
        found.append(Candidate(start, match.end(), "DATE", PRIORITY_DATE))
    return found


_QUALIFIER = re.compile(
    r"(?i:\b(?:early|late|mid|end[ \t]+of|start[ \t]+of|beginning[ \t]+of|middle[ \t]+of|"
    r"(?:first|second|third|fourth|last)[ \t]+(?:week|weekend|half|fortnight|days?)[ \t]+of|"
    r"w/c|w/e|wc|week[ \t]+of|week[ \t]+commencing|week[ \t]+ending|ika-\d{1,2}[ \t]+ng|"
    rf"d[ií]a|the[ \t]+day|{_WORLD_PERIOD}(?:[ \t]+(?:de|del|di))?|fine|met[àa]|mi(?=-))"
    r"(?:[ \t]+(?:the[ \t]+)?|-))$"
)
"""Words that make a date a part of itself, kept with it: "early feb 2024", "end of jan
2024", "first week of feb 2024", "w/c 4 Dec 2023", "mid-Q3 2023", "ika-3 ng Marso 2023",
and their words in other languages: "fine marzo 2024", "finales de mayo", "mi-juin"."""
LOOSE_DATE = re.compile(
    rf"(?i:\b(?:end|start|mid|early|late)-{_MONTH}\b(?:[ \t-]+(?:{_YEAR}|'?\d\d)\b)?"
    rf"|\b(?:early|late|mid)[ \t]+{_MONTH}\b(?:[ \t]+(?:{_YEAR}|'?\d\d)\b)?"
    rf"|\b{_MONTH}-\d\d\b(?!-))"
)
"""Dates written loosely: "end-Jan", "mid-jan", "early feb", "jan-24"."""
LOOSE_YEARS = re.compile(
    r"\b(?:19|20)\d\d/\d\d\b(?!/)"
    r"|\b\d\d/\d\d(?=[ \t]+(?:season|academic|school|fiscal|financial|tax|intake|cohort)\b)"
)
"""A two-year span: "2023/24", "the 23/24 season" (the short form only before its noun)."""
_ORDINAL_OPEN = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    *("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"),
    *("seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth"),
)
_FULL_MONTHS_OPEN = (
    *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
    *("october", "november", "december"),
)
_SPOKEN_MONTHS_OPEN = (
    *_FULL_MONTHS_OPEN,
    *(month for month in _MONTHS_OPEN if month not in _VERB_MONTHS),
)


def _spoken(text: str) -> bool:
    """Whether ``text`` holds an ordinal word and a month's full name, as every date read out
    does (:data:`SPOKEN_DATE`); asked of the text's word index, built once for every detector."""
    return bool(word_starts(text, _ORDINAL_OPEN)) and bool(word_starts(text, _SPOKEN_MONTHS_OPEN))


_WEEKDAY_OPEN = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_LOOSE_OPEN = (*("end", "start", "mid", "early", "late"), *_MONTHS_OPEN)
_WEEKDAY_DAY = re.compile(
    r"(?i:\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|"
    r"thur|thurs|fri|sat|sun)\.?,?[ \t]+(?:the[ \t]+)?)((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
    r"|(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?![/\d]))(?![\w/])"
)
"""A day of the month after its weekday: "by Thursday the 9th", "on Tue 14th", "Mon 12/3",
"till Tue 5/14"."""
_STAMP = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[ \t]+\d{1,2}[ \t]+\d{1,2}:\d\d(?::\d\d)?[ \t]+(?:(?:19|20)\d\d)(?:[ \t]+[+-]\d{4})?\b"
)
"""A time stamp as git logs and Unix tools write it, one date: "Mon Jun 9 23:41:07 2025 +0100"."""
_DAY_MONTH_CUE = re.compile(
    r"(?i:\b(?:on|el|le|am|em|op|dia|tanggal|tgl|noong)[ \t]+)"
    r"((?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9]))(?![/\d])"
)
"""A day and month without a year after a cue: "El 3/3 el CEO", "on 14/2" (not "3/3 tests")."""
_DAY_MONTH_OPEN = ("on", "el", "le", "am", "em", "op", "dia", "tanggal", "tgl", "noong")


_UNIT_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_ORDINAL_WORD = (
    rf"(?:twenty|thirty)[ \t-]{_UNIT_ORDINAL}|{_UNIT_ORDINAL}"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth"
)
_SPOKEN_YEAR = (
    r"(?:(?:twenty|nineteen)[ \t-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[ \t-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[ \t-]+\w{3,5})"
    r"|two[ \t]+thousand(?:[ \t]+and)?(?:[ \t]+\w{3,9}){1,2})"
)
_SPOKEN_MONTH = rf"(?:{_MONTH_FULL}|jun|jul|{_SHORT_MONTHS})"
"""A month read out: its full name, or a short one but "mar" and "may" ("the third of jan")."""
SPOKEN_DATE = re.compile(
    rf"(?i:\b(?:{_ORDINAL_WORD})[ \t]+of[ \t]+{_SPOKEN_MONTH}\b(?:,?[ \t]+{_SPOKEN_YEAR})?\b"
    rf"|\b{_MONTH_FULL}[ \t]+(?:the[ \t]+)?(?:{_ORDINAL_WORD})(?:,?[ \t]+{_SPOKEN_YEAR})?\b)"
)
"""A date read out, as voice-to-text writes it: "the fourth of april twenty twenty four",
"march third twenty twenty three"."""
_SPOKEN_DATE_OPEN = (*_ORDINAL_OPEN, "twenty", "thirty", *_SPOKEN_MONTHS_OPEN, "t")
"""Where a read-out date can begin; "t" too: the compiled pattern shares the "t" of "tenth",
"twelfth", "thirteenth"... (prefilter's test reads it so)."""
_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_WHOLE_YEAR = (
    rf"(?:twenty[ \t-]+(?:(?:twenty|thirty)(?:[ \t-]+{_UNIT})?|{_TEEN}|oh[ \t-]+{_UNIT})"
    rf"|nineteen[ \t-]+(?:fifty|sixty|seventy|eighty|ninety)(?:[ \t-]+{_UNIT})?"
    rf"|two[ \t]+thousand(?:[ \t]+and)?[ \t]+(?:twenty(?:[ \t-]+{_UNIT})?|{_TEEN}|{_UNIT}))"
)
"""A year read out in full ("twenty twenty four", "nineteen ninety eight", "two thousand and
nine"), not "two thousand rows" nor "nineteen twenty people"."""
SPOKEN_YEAR = re.compile(
    rf"(?i:\b(?:{_MONTH_FULL}[ \t]+(?:(?:the[ \t]+)?(?:{_ORDINAL_WORD}|(?:twenty|thirty)"
    rf"(?:[ \t-]+{_UNIT})?|{_TEEN}|{_UNIT})[ \t,]+)?{_WHOLE_YEAR}|{_WHOLE_YEAR})\b)"
)
"""A year read out, alone or after its month and a day said as a number: "on pongal twenty
twenty four", "october thirty twenty twenty three", "in march twenty twenty two"."""
_SPOKEN_YEAR_OPEN = (*_FULL_MONTHS_OPEN, "twenty", "nineteen", "two")


_TERM_YEAR = re.compile(
    r"(?i:\b(?:michaelmas|hilary|trinity|lent|spring|summer|autumn|fall|winter)[ \t]+"
    r"(?:term|semester|trimester)[ \t]+(?:of[ \t]+)?(?:19|20)\d\d\b)"
)
"""A school's term with its year: "Trinity term 2022", "spring semester 2023"."""
_TERM_OPEN = (
    "michaelmas",
    "hilary",
    "trinity",
    "lent",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
)
_DAY_YEAR = re.compile(
    r"\b(?:[A-Z][a-z]+[ \t]+){1,2}Day[ \t]+(?:19|20)\d\d\b|\bCNY[ \t]+(?:19|20)\d\d\b"
)
"""A named day or the Lunar New Year with its year: "Youth Day 2023", "CNY 2024"."""


def _named_periods(text: str) -> list[Candidate]:
    """Terms, named days and the Lunar New Year with their year, each scan tried only where
    its words are written (most texts hold none)."""
    matches = list(keyword_led(_TERM_YEAR, text, _TERM_OPEN))
    if "Day" in text or "CNY" in text:
        matches += _DAY_YEAR.finditer(text)
    return [Candidate(m.start(), m.end(), "DATE", PRIORITY_DATE) for m in matches]


_RANGE_START = re.compile(
    r"(?<![\w.,/:-])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \t]*"
    r"(?:[-\u2013\u2014]|to|and|until|till|through|thru|al|au|bis|a|hasta|sampai)[ \t]*$",
    re.IGNORECASE,
)
"""The first day of a range before a date ("3\u20135 Feb", "2 to 19 November 2023", "between
3 and 7 July"): taken into the date."""


def _qualified(text: str, found: list[Candidate]) -> list[Candidate]:
    """Each date with the qualifier written before it taken in (:data:`_QUALIFIER`)."""
    widened: list[Candidate] = []
    for candidate in found:
        qualifier = _QUALIFIER.search(text, max(0, candidate.start - 28), candidate.start)
        if qualifier is not None:
            candidate = candidate._replace(start=qualifier.start())
        elif text[candidate.start : candidate.start + 1].isdigit():
            first = _RANGE_START.search(text, max(0, candidate.start - 16), candidate.start)
            if first is not None:
                candidate = candidate._replace(start=first.start())
        widened.append(candidate)
    return widened


def find_dates(text: str) -> list[Candidate]:
    """Find dates, partial dates and years in ``text`` (see :func:`_find_dates`), each with
    the qualifier before it ("early", "end of", "w/c")."""
    return _qualified(text, _find_dates(text))


def _find_dates(text: str) -> list[Candidate]:
    """Find dates, partial dates and years in ``text``.

    >>> [t[c.start:c.end] for t in ["It was 2022-10-06, then June 3rd."] for c in find_dates(t)]
    ['2022-10-06', 'June 3rd', '2022-10']
    """
    found: list[Candidate] = []
    digits = holds_digit(text)
    for pattern, lead in zip(DATE_PATTERNS, DATE_LEADS, strict=True):
        if not digits and pattern.pattern not in _WORDED_DATES:
            continue
        if lead is None and not _may_match(pattern, text):
            continue
        for match in led_matches(pattern, text, lead):
            if _month_ok(match.group()):
                found.append(Candidate(match.start(), match.end(), "DATE", PRIORITY_DATE))
    found += [
        Candidate(m.start(), m.end(), "DATE", PRIORITY_DATE)
        for m in (keyword_led(SPOKEN_DATE, text, _SPOKEN_DATE_OPEN) if _spoken(text) else ())
        if not m.group().startswith("may ")  # "may the fourth be with you": a verb
    ]
    if word_starts(text, ("twenty", "nineteen", "thousand")):
        found += [
            Candidate(m.start(), m.end(), "DATE", PRIORITY_DATE)
            for m in keyword_led(SPOKEN_YEAR, text, _SPOKEN_YEAR_OPEN)
        ]
    found += [
        Candidate(m.start(), m.end(), "DATE", PRIORITY_DATE)
        for m in keyword_led(LOOSE_DATE, text, _LOOSE_OPEN)
        if _loose_month_ok(m.group())
    ]
    if not digits:
        return found + find_world_dates(text)  # quarters, days and years hold digits
    found += [
        Candidate(m.start(), m.end(), "DATE", PRIORITY_DATE)
        for m in led_matches(LOOSE_YEARS, text, DIGIT_LED)
    ]
    found += _cued_quarters(text) + _named_periods(text)
    if "the" in text:
        found += [
            Candidate(m.start(1), m.end(1), "DATE", PRIORITY_DATE)
            for m in keyword_led(_ORDINAL_DAY, text, _ORDINAL_CUES_OPEN)
        ]
    found += _year_candidates(text)
    found += [
        Candidate(m.start(1), m.end(1), "DATE", PRIORITY_DATE)
        for m in keyword_led(_DAY_MONTH_CUE, text, _DAY_MONTH_OPEN)
    ]
    found += [
        Candidate(m.start(1), m.end(1), "DATE", PRIORITY_DATE)
        for m in keyword_led(_WEEKDAY_DAY, text, _WEEKDAY_OPEN)
        if "/" not in m.group(1) or m.group()[0].isupper()  # "Mon 12/3", not "sat 2/3"
    ]
    found += [
        Candidate(m.start(), m.end(), "DATE", PRIORITY_DATE + 1)
        for m in keyword_led(_STAMP, text, _WEEKDAY_OPEN)
    ]
    return found + find_world_dates(text)
