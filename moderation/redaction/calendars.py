"""Dates written the way the world writes them: other languages' month names, the Hijri,
Japanese-era, Buddhist and CJK calendars, and festivals with a year.

A month name of another language or calendar is a date only next to a day number or a
year ("12 Rajab 1445", "julio 2021", "15 de marzo de 2021"); an era year needs its era
("1443 AH", "Reiwa 5", "令和5年", "2566 BE").

>>> [t[c.start:c.end] for t in ["In julio 2021 and on 12 Rajab 1445 AH."]
...  for c in find_world_dates(t)]
['julio 2021', '12 Rajab 1445 AH', 'Rajab 1445 AH']
"""

from __future__ import annotations

import re

from .gazetteers import is_common, is_dictionary_word, zipf
from .model import PRIORITY_DATE, Candidate
from .prefilter import keyword_led, may_hold
from .vocabulary import CALENDAR_MONTHS, HOLIDAYS, SEASONS_ABROAD

_ERA = r"(?:[ \t]*(?:A\.H\.|AH|H\.|Hijri|B\.E\.|BE|CE|AD|SH)(?!\w|\.\w))?"
_HIJRI_PAIR = (
    r"(?:Rabi|Rabee|Jumad[ae]|Jamad[ai]|Dhu|Dhul|Zul|Thul)['\u2019]?(?:[ \t-]*(?:al|ul|el|l)"
    r"['\u2019]?)?[ \t-]*(?:Awwal|Awal|Akhir|Akhira|Akhirah|Thani|Sani|Ula|Oula|Ukhra|"
    r"Qa['\u2019]?dah?|Qi['\u2019]?dah?|Hij+ah?)"
)
_MONTH_WORD = rf"(?:{_HIJRI_PAIR}|[^\W\d_][\w'\u2019]+)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:\.|º|°|er|st|nd|rd|th)?"
_YEAR_ANY = r"(?:1[3-9]\d\d|20\d\d|25\d\d)"
_LINK = r"[ \t]+(?:(?:de|del|di|of)[ \t]+)?"
DAY_MONTH = re.compile(
    rf"({_DAY}){_LINK}({_MONTH_WORD})(?:,?{_LINK}({_YEAR_ANY}))?{_ERA}(?!\w)", re.IGNORECASE
)
_MONTH_BEFORE = re.compile(
    rf"(?<![\w'\u2019-])({_MONTH_WORD})(?:[ \t]+({_DAY}),?)?{_LINK}$", re.IGNORECASE
)
_YEAR_AFTER = re.compile(rf"{_ERA}(?![\w.,]\d|\w)")
_NUMBER = re.compile(r"\d\d*")  # a digit first: the regex engine leaps from digit to digit
_ERA_AFTER = re.compile(r"[ \t]*(?:A\.H\.|AH|H\.|Hijri|SH|B\.E\.|BE)(?!\w|\.\w)")
_ERA_BEFORE = re.compile(r"(?<![\w.])(?:A\.H\.|AH|B\.E\.|BE|\u0e1e\.[ \t]?\u0e28\.)[ \t]*$")
"""An era written before its year: "BE 2566", Thai "พ.ศ. 2566" (Buddhist era)."""
_PERIOD_BEFORE = re.compile(
    r"(?i:\b(?:early|late|mid|end[ \t]+of|start[ \t]+of|beginning[ \t]+of|spring|summer|"
    r"autumn|fall|winter)[ \t-]+(?:of[ \t]+)?)$"
)
_ERA_PATTERNS: tuple[re.Pattern[str], ...] = (
    # Japanese eras in Latin letters: Reiwa 5, Heisei 30
    re.compile(r"(?i:\b(?:Reiwa|Heisei|Sh[oō]wa|Taish[oō]|Meiji)[ \t]+(?:\d{1,2}|gannen)\b)"),
)
_CJK_PATTERNS: tuple[re.Pattern[str], ...] = (
    # CJK and Korean dates: 2021年4月9日, 4月9日, 2021년 4월 9일, 民國112年
    re.compile(r"\d{4}[ \t]*年(?:[ \t]*\d{1,2}[ \t]*月(?:[ \t]*\d{1,2}[ \t]*[日号])?)?"),
    re.compile(r"(?<!\d)\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*[日号]"),
    re.compile(r"\d{4}[ \t]*년(?:[ \t]*\d{1,2}[ \t]*월(?:[ \t]*\d{1,2}[ \t]*일)?)?"),
    re.compile(r"民[國国]\d{1,3}年(?:\d{1,2}月(?:\d{1,2}日)?)?"),
    re.compile(r"(?:令和|平成|昭和|大正|明治)(?:\d{1,2}|元)年(?:\d{1,2}月(?:\d{1,2}日)?)?"),
)
_CJK = re.compile(r"[\u3000-\u9fff\uac00-\ud7af]")
_ERA_HINTS = ("eiwa", "eisei", "howa", "hōwa", "aish", "eiji")


def _is_month(word: str) -> bool:
    """A month of another language or calendar, or a festival ("Ramadan", "julio", "Diwali")."""
    lower = word.casefold()
    return lower in CALENDAR_MONTHS or lower in HOLIDAYS or _HIJRI_FULL.fullmatch(word) is not None


_HIJRI_FULL = re.compile(_HIJRI_PAIR, re.IGNORECASE)


def _month_dates(text: str) -> list[Candidate]:
    """Day-month(-year) and month-year dates whose month is of another language or calendar.

    Anchored on numbers (rarer than words): the month is the word after a day or before a
    year.
    """
    found: list[Candidate] = []
    for number in _NUMBER.finditer(text):
        start = number.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in ".,/-"):
            continue
        if len(number.group()) <= 2:
            found += _day_month(text, start) + _month_day(text, number)
        elif len(number.group()) == 4:
            found += _month_year(text, number)
    return found


def _english(word: str) -> bool:
    """Whether a month name is also an English word ("mars", "mayo", "tir")."""
    return is_common(word) or is_dictionary_word(word) or zipf(word) >= 3.5


_DAY_CUE = re.compile(
    r"(?i:(?<![\w'\u2019-])(?:on|le|du|au|am|vom|el|il|dal|al|den|op|since|until|till|by|"
    r"before|after)[ \t]+)$"
)
"""Words before a day that make it a day: "le 2 mai", "on 12 mai", "am 3 Mai"."""


def _day_month(text: str, start: int) -> list[Candidate]:
    """ "12 Rajab 1445", "3 de julio": a day number, then a month."""
    match = DAY_MONTH.match(text, start)
    if match is None or not _is_month(match.group(2)):
        return []
    spelled = text[match.end(1) : match.start(2)].strip().casefold() in ("de", "del", "di")
    cued = _DAY_CUE.search(text, max(0, start - 8), start) is not None
    if match.group(3) is None and _english(match.group(2).casefold()) and not (spelled or cued):
        return []  # "5 mars bars": an English word needs the year, "de" ("2 de mayo") or a
        # cue before the day ("le 2 mai", "on 12 mai")
    return [Candidate(match.start(), match.end(), "DATE", PRIORITY_DATE + 1)]


_MONTH_RIGHT_BEFORE = re.compile(r"(?<![\w'\u2019-])([^\W\d_][\w'\u2019]{2,14})[ \t]+$")
_DAY_ENDS = re.compile(r"(?:st|nd|rd|th)?(?![\w,.:/-]\d|\w)")


def _month_day(text: str, day: re.Match[str]) -> list[Candidate]:
    """ "Hulyo 15", "marzo 3": a month of another language, then the day (no year)."""
    if int(day.group()) > 31:
        return []
    month = _MONTH_RIGHT_BEFORE.search(text, max(0, day.start() - 18), day.start())
    end = _DAY_ENDS.match(text, day.end())
    if month is None or end is None or not _is_month(month.group(1)):
        return []
    if month.group(1).casefold() not in CALENDAR_MONTHS or _english(month.group(1).casefold()):
        return []
    return [Candidate(month.start(1), end.end(), "DATE", PRIORITY_DATE + 1)]


def _month_year(text: str, year: re.Match[str]) -> list[Candidate]:
    """ "julio 2021", "Ramadan 2022", "verano de 2024", "1443 AH", "the autumn of 1443 AH",
    "BE 2566"."""
    window = max(0, year.start() - 40)
    month = _MONTH_BEFORE.search(text, window, year.start())
    season = month is not None and month.group(1).casefold() in SEASONS_ABROAD
    if month is not None and (_is_month(month.group(1)) or season):
        end = _YEAR_AFTER.match(text, year.end())
        if end is not None:
            return [Candidate(month.start(), end.end(), "DATE", PRIORITY_DATE + 1)]
    era = _ERA_AFTER.match(text, year.end())
    if era is not None:
        period = _PERIOD_BEFORE.search(text, window, year.start())
        start = year.start() if period is None else period.start()
        return [Candidate(start, era.end(), "DATE", PRIORITY_DATE + 1)]
    era = _ERA_BEFORE.search(text, max(0, year.start() - 8), year.start())
    if era is not None:
        return [Candidate(era.start(), year.end(), "DATE", PRIORITY_DATE + 1)]
    return []


_MONTH_CUE = re.compile(
    r"(?i:\b(?:in|en|em|im|no|na|since|desde|depuis|seit|sejak|noong|nung|until|hasta|"
    r"até|jusqu'en|bis|sampai|last|next|este|nel|dal)[ \t]+)([^\W\d_][\w'\u2019]{2,14})\b"
)
"""A month of another language alone after a cue: "in marzo", "desde junio", "seit März"."""
_MONTH_CUE_OPEN = (
    *("in", "en", "em", "im", "no", "na", "since", "desde", "depuis", "seit", "sejak"),
    *("noong", "nung", "until", "hasta", "até", "jusqu", "bis", "sampai", "last", "next"),
    *("este", "nel", "dal"),
)
_NUMBERED_MONTH = re.compile(
    r"(?i:\b(?:ngày[ \t]+\d{1,2}[ \t]+)?tháng[ \t]+\d{1,2}(?:[ \t]+năm[ \t]+\d{4})?\b)"
)
"""Vietnamese dates, whose months are numbered: "tháng 6", "ngày 3 tháng 3 năm 2023"."""


def _cued_months(text: str) -> list[Candidate]:
    """ "in marzo", "desde junio": a month of another language (no English word) after a
    cue names the story's month, as "in March" does."""
    found: list[Candidate] = []
    for match in keyword_led(_MONTH_CUE, text, _MONTH_CUE_OPEN):
        word = match.group(1).casefold()
        if word in CALENDAR_MONTHS and not _english(word):
            found.append(Candidate(match.start(1), match.end(1), "DATE", PRIORITY_DATE))
    return found


def find_world_dates(text: str) -> list[Candidate]:
    """Dates of other languages and calendars in ``text`` (see the module's docstring)."""
    found = _month_dates(text) + _cued_months(text)
    if "th" in text and may_hold(text, ("tháng",)):
        found += [
            Candidate(m.start(), m.end(), "DATE", PRIORITY_DATE + 1)
            for m in _NUMBERED_MONTH.finditer(text)
        ]
    patterns: tuple[re.Pattern[str], ...] = ()
    if any(hint in text for hint in _ERA_HINTS):
        patterns += _ERA_PATTERNS
    if not text.isascii() and _CJK.search(text):
        patterns += _CJK_PATTERNS
    for pattern in patterns:
        found += [
            Candidate(m.start(), m.end(), "DATE", PRIORITY_DATE + 1) for m in pattern.finditer(text)
        ]
    return found
