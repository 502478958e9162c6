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
from .prefilter import DIGIT_LED, keyword_led, led_matches, may_hold
from .vocabulary import CALENDAR_MONTHS, HOLIDAYS, MONTH_ABBREVIATIONS, SEASONS_ABROAD

_ERA = r"(?:[ \t]*(?:A\.H\.|AH|H\.|Hijri|B\.E\.|BE|CE|AD|SH)(?!\w|\.\w))?"
_HIJRI_PAIR = (
    r"(?:Rabi|Rabee|Jumad[ae]|Jamad[ai]|Dhu|Dhul|Zul|Thul)['\u2019]?(?:[ \t-]*(?:al|ul|el|l)"
    r"['\u2019]?)?[ \t-]*(?:Awwal|Awal|Akhir|Akhira|Akhirah|Thani|Sani|Ula|Oula|Ukhra|"
    r"Qa['\u2019]?dah?|Qi['\u2019]?dah?|Hij+ah?)"
)
_MONTH_WORD = rf"(?:{_HIJRI_PAIR}|[^\W\d_][\w'\u2019]+)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:\.|º|°|er|st|nd|rd|th)?"
_YEAR_ANY = r"(?:1[3-9]\d\d|20\d\d|25\d\d)"
_LINK = r"[ \t]+(?:(?:de|del|di|of|ng|van)[ \t]+)?"
DAY_MONTH = re.compile(
    rf"({_DAY}){_LINK}({_MONTH_WORD})(?:,?{_LINK}({_YEAR_ANY}))?{_ERA}(?!\w)", re.IGNORECASE
)
_MONTH_BEFORE = re.compile(
    rf"(?<![\w'\u2019-])({_MONTH_WORD})(?:[ \t]+({_DAY}),?)?{_LINK}$", re.IGNORECASE
)
_YEAR_AFTER = re.compile(rf"{_ERA}(?![\w.,]\d|\w)")
_NUMBER = re.compile(r"\d\d*")  # tried at the text's digits, found once for every detector
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
    re.compile(
        r"\d{4}[ \t]*年(?:[ \t]*\d{1,2}[ \t]*月(?:[ \t]*\d{1,2}[ \t]*[日号])?"
        r"|の?(?:春|夏|秋|冬|初め|末|上半期|下半期))?"
    ),
    re.compile(r"(?<!\d)\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*[日号]"),
    # a month alone, or a Korean month and day: "go-live is 6月", "launch is 6월 1일" (a
    # duration is "6个月", "6개월", never a digit right before the month's sign)
    re.compile(
        r"(?<![\d.,/])(?:1[0-2]|0?[1-9])[ \t]*[月월]"
        r"(?:[ \t]*(?:[12]\d|3[01]|0?[1-9])[ \t]*[日号일])?"
    ),
    re.compile(
        r"\d{4}[ \t]*년(?:[ \t]*\d{1,2}[ \t]*월(?:[ \t]*\d{1,2}[ \t]*일)?"
        r"|[ \t]*(?:봄|여름|가을|겨울|초|말|상반기|하반기)(?![\uac00-\ud7af]))?"
    ),
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


def _after_ika(text: str, start: int) -> bool:
    """Whether the day number at ``start`` is Tagalog's ordinal, "ika-5 ng Marso"."""
    return text.endswith("ika-", 0, start)


def _month_dates(text: str) -> list[Candidate]:
    """Day-month(-year) and month-year dates whose month is of another language or calendar.

    Anchored on numbers (rarer than words): the month is the word after a day or before a
    year.
    """
    found: list[Candidate] = []
    for number in led_matches(_NUMBER, text, DIGIT_LED):
        start = number.start()
        glued = start and (text[start - 1].isalnum() or text[start - 1] in ".,/-")
        if glued and not _after_ika(text, start):
            if text[start - 1] == "/" and len(number.group()) == 4:
                found += _slashed_month(text, number)
            continue
        if len(number.group()) <= 2:
            found += _day_month(text, start) + _month_day(text, number)
        elif len(number.group()) == 4:
            found += _month_year(text, number)
    return found


_MONTH_AFTER_YEAR = re.compile(
    r"\.[ \t]+([^\W\d_][\w'\u2019]{2,14})(?:[ \t]+(?:[12]\d|3[01]|0?[1-9])\.)?"
)
"""A month after its year and a full stop, Hungarian's order: "2026. szeptember 14."."""
_CUT_MONTH_BEFORE = re.compile(
    r"(?<![\w'\u2019.-])(?:(?:[12]\d|3[01]|0?[1-9])\.?[ \t]+)?([^\W\d_]{3,5})\.[ \t]+$"
)
"""A month cut short with a full stop, and its day, before a year: "13 janv. 2025"."""
_MONTH_BEFORE_SLASH = re.compile(r"(?<![\w/.-])([^\W\d_]{3,10})/$")


def _slashed_month(text: str, year: re.Match[str]) -> list[Candidate]:
    """ "fev/2022", "Mar/2023": a month, often cut short, joined to its year by a slash (the
    timelines of Portuguese and Spanish writing)."""
    if _YEAR_AFTER.match(text, year.end()) is None or not year.group().startswith(("19", "20")):
        return []
    month = _MONTH_BEFORE_SLASH.search(text, max(0, year.start() - 12), year.start())
    if month is None:
        return []
    word = month.group(1).casefold()
    if word not in MONTH_ABBREVIATIONS and word not in CALENDAR_MONTHS:
        return []
    return [Candidate(month.start(1), year.end(), "DATE", PRIORITY_DATE + 1)]


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
    spelled = text[match.end(1) : match.start(2)].strip().casefold() in ("de", "del", "di", "ng")
    cued = _DAY_CUE.search(text, max(0, start - 8), start) is not None
    if match.group(3) is None and _english(match.group(2).casefold()) and not (spelled or cued):
        return []  # "5 mars bars": an English word needs the year, "de" ("2 de mayo") or a
        # cue before the day ("le 2 mai", "on 12 mai")
    first = start - 4 if _after_ika(text, start) else match.start()
    return [Candidate(first, match.end(), "DATE", PRIORITY_DATE + 1)]


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
    month_after = _MONTH_AFTER_YEAR.match(text, year.end())
    foreign = month_after is not None and month_after.group(1).casefold() in CALENDAR_MONTHS
    if month_after is not None and foreign and not _english(month_after.group(1).casefold()):
        return [Candidate(year.start(), month_after.end(), "DATE", PRIORITY_DATE + 1)]
    after = _SEASON_AFTER_YEAR.match(text, year.end())
    if after is not None:
        return [Candidate(year.start(), after.end(), "DATE", PRIORITY_DATE + 1)]
    cut = _CUT_MONTH_BEFORE.search(text, max(0, year.start() - 14), year.start())
    cut_year = cut is not None and _YEAR_AFTER.match(text, year.end()) is not None
    if cut is not None and cut_year and cut.group(1).casefold() in MONTH_ABBREVIATIONS:
        return [Candidate(cut.start(), year.end(), "DATE", PRIORITY_DATE + 1)]  # "13 janv. 2025"
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


_EDGES_BEFORE = (
    r"fin|fine|d[ée]but|mi|inizio|met[àa]|finales[ \t]+de|principios[ \t]+de|mediados[ \t]+de|"
    r"comienzos[ \t]+de|in[ií]cio[ \t]+de|fim[ \t]+de|final[ \t]+de|come[çc]o[ \t]+de|"
    r"meados[ \t]+de|ende|anfang|mitte|eind|begin|akhir|awal|pertengahan|koniec|pocz[aą]tek"
)
"""The start, middle or end of a month in other languages, before it: "fin août", "fine
marzo", "finales de mayo", "Anfang Juni", "akhir Maret" (the span keeps the word)."""
_RUSSIAN_CUES = "\u0437\u0430|\u0434\u043e|\u0432|\u0432\u043e|\u0441|\u0441\u043e|\u043a|\u0443"
"""Russian's words before a month: "for", "until", "in", "from", "by", "at"."""
_MONTH_CUE = re.compile(
    r"(?i:\b(?:in|en|em|im|no|na|since|desde|depuis|seit|sejak|noong|nung|until|hasta|"
    rf"até|jusqu'en|bis|sampai|last|next|este|nel|dal|mis|{_RUSSIAN_CUES}|({_EDGES_BEFORE}))"
    r"[ \t-]+)"
    r"([^\W\d_][\w'\u2019]{2,14})\b"
)
"""A month of another language alone after a cue: "in marzo", "desde junio", "seit März",
"fin août"."""
_MONTH_CUE_OPEN = (
    *("in", "en", "em", "im", "no", "na", "since", "desde", "depuis", "seit", "sejak"),
    *("mis", *_RUSSIAN_CUES.split("|")),
    *("noong", "nung", "until", "hasta", "até", "jusqu", "bis", "sampai", "last", "next"),
    *("este", "nel", "dal", "fin", "début", "debut", "mi", "inizio", "metà", "meta"),
    *("finales", "principios", "mediados", "comienzos", "início", "inicio", "fim", "final"),
    *("começo", "comeco", "meados", "ende", "anfang", "mitte", "eind", "begin", "akhir", "awal"),
    *("pertengahan", "koniec", "początek", "poczatek"),
)
_EDGE_AFTER = ("sonu", "ba\u015f\u0131", "basi", "orta", "sonlar", "ba\u015flar", "baslar")
_MONTH_EDGE_AFTER = re.compile(
    r"(?i:(?<![\w'\u2019-])([^\W\d_][\w'\u2019]{2,14})[ \t]+"
    r"(?:sonu|ba\u015f\u0131|basi|orta[s\u0131i]+|sonlar[\u0131i]|ba[s\u015f]lar[\u0131i])"
    r"(?:nda|na)?\b)"
)
"""A month with its Turkish start, middle or end after it: "Nisan sonu", "Mart ortas\u0131"."""
_SEASON_AFTER_YEAR = re.compile(
    r"(?i:[ \t]+(?:tavasz(?:án|an)?|nyár(?:on)?|nyar(?:on)?|ősz(?:szel)?|osz(?:szel)?|tél(?:en)?|"
    r"telen|ilkbahar[\u0131i]?|sonbahar[\u0131i]?|yaz[\u0131i]|k[\u0131i][s\u015f][\u0131i]|eleje|"
    r"sonu)(?!\w))"
)
"""A season of the year written after it, as Hungarian and Turkish do: "2024 tavasz",
"2023 sonbahar" (a date, as "spring 2024" is)."""
_SPELLED_DAY = re.compile(
    r"(?i:\b(?:ersten|zweiten|dritten|vierten|f(?:ü|ue)nften|sechsten|sieb(?:en)?ten|achten|"
    r"neunten|zehnten|elften|zw(?:ö|oe)lften|(?:dreizehn|vierzehn|f(?:ü|ue)nfzehn|sechzehn|"
    r"siebzehn|achtzehn|neunzehn)ten|(?:(?:ein|zwei|drei|vier|f(?:ü|ue)nf|sechs|sieben|acht|"
    r"neun)und)?zwanzigsten|(?:einund)?drei(?:ß|ss)igsten|premier|primero|primo)"
    r"[ \t]+(?:(?:de|di)[ \t]+)?([^\W\d_][\w'\u2019]{2,14})\b)"
)
"""A day spelled as an ordinal of another language before its month: "am siebten mai",
"le premier mai", "el primero de mayo"."""
_SPELLED_DAY_HINTS = ("ten ", "sten ", "premier", "primero", "primo")
_NAMED_DAY_YEAR = re.compile(
    r"(?i:\b(?:eid[ \t-]+(?:al|ul|el)[ \t-]*(?:adha|fitr|azha)|"
    r"(?:chinese|lunar)[ \t]+new[ \t]+year|"
    r"golden[ \t]+week|black[ \t]+friday|cyber[ \t]+monday|bastille[ \t]+day|boxing[ \t]+day|"
    r"new[ \t]+year['\u2019]?s(?:[ \t]+(?:eve|day))?|independence[ \t]+day|labou?r[ \t]+day|"
    r"t[eế]t|hari[ \t]+raya(?:[ \t]+(?:aidilfitri|puasa|haji))?)[ \t]+(?:of[ \t]+)?(?:19|20)\d\d\b)"
)
"""A named day or festival of several words with its year: "eid al-adha 2023", "lunar new
year 2024", "black friday 2022" (the festival alone is no date)."""
_NAMED_DAY_OPEN = (
    *("eid", "chinese", "lunar", "golden", "black", "cyber", "bastille", "boxing", "new"),
    *("independence", "labour", "labor", "tet", "tết", "hari"),
)
_CUED_DOTTED_DAY = re.compile(
    r"(?i:\b(?:am|vom|bis|ab|seit|zum|on|by|until|till|since)[ \t]+)"
    r"((?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9]))\.(?![\w.]|[ \t]*\d)"
)
"""A day and month written the German way, with a cue before them: "am 12.3.", "on 3.5."
(the final dot left out, as a sentence's; not "version 1.2.3", not "am 12.3. 2024")."""
_CUED_DOTTED_OPEN = ("am", "vom", "bis", "ab", "seit", "zum", "on", "by", "until", "till", "since")
_CALENDAR_WEEK = re.compile(
    r"\bKW[ \t]?(?:0?[1-9]|[1-4]\d|5[0-3])(?:[ \t]*[/.][ \t]*|[ \t]+)(?:20\d\d|\d\d)\b"
)
"""A German calendar week with its year: "KW 16/2023", "KW16 2024" (a week alone, as
"KW 16", is no date)."""
_HEADER_DAY = re.compile(
    r"(?<![\w.])(?:[012]\d|3[01])\.(?:0[1-9]|1[0-2])(?=\.[ \t]+\d{1,2}:\d\d[ \t]*(?:\n|\Z))"
)
"""A day and month written the German way before a time, as chat exports head a message:
"Anja (Controlling) 05.03. 16:12" at the end of its line (two digits each; the day and
month, without the final dot)."""
_NUMBERED_MONTH = re.compile(
    r"(?i:\b(?:ngày[ \t]+\d{1,2}[ \t]+)?tháng[ \t]+\d{1,2}(?:[ \t]+năm[ \t]+\d{4})?\b)"
)
"""Vietnamese dates, whose months are numbered: "tháng 6", "ngày 3 tháng 3 năm 2023"."""


def _cued_months(text: str) -> list[Candidate]:
    """ "in marzo", "desde junio", "Nisan sonu", "am siebten mai": a month of another
    language (no English word) after a cue, or before a Turkish one, names the story's month,
    as "in March" does."""
    found: list[Candidate] = []
    for match in keyword_led(_MONTH_CUE, text, _MONTH_CUE_OPEN):
        word = match.group(2).casefold()
        edge = match.group(1) is not None and match.group(1)[-2:].casefold() == "de"
        if word in CALENDAR_MONTHS and (edge or not _english(word)):  # "finales de mayo"
            found.append(Candidate(match.start(2), match.end(2), "DATE", PRIORITY_DATE))
    if may_hold(text, _EDGE_AFTER):
        for match in _MONTH_EDGE_AFTER.finditer(text):
            if match.group(1).casefold() in CALENDAR_MONTHS:
                found.append(Candidate(match.start(), match.end(), "DATE", PRIORITY_DATE))
    if may_hold(text, _SPELLED_DAY_HINTS):
        for match in _SPELLED_DAY.finditer(text):
            if match.group(1).casefold() in CALENDAR_MONTHS:
                found.append(Candidate(match.start(), match.end(), "DATE", PRIORITY_DATE + 1))
    return found


_SCRIPT_MONTHS = (
    "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند"
    "|বৈশাখ|জ্যৈষ্ঠ|আষাঢ়|শ্রাবণ|ভাদ্র|আশ্বিন|কার্তিক|অগ্রহায়ণ|পৌষ|মাঘ|ফাল্গুন|চৈত্র"
    "|জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর"
    "|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर"
    "|नवम्बर|दिसंबर|दिसम्बर"
    "|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม"
    "|พฤศจิกายน|ธันวาคม"
    "|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر"
    "|ديسمبر"
    "|बैशाख|वैशाख|जेठ|असार|साउन|श्रावण|भदौ|असोज|कार्तिक|मंसिर|पुष|पौष|माघ|फागुन|चैत"
)
_SCRIPT_DATE = re.compile(rf"(?<!\w)(?:\d{{1,2}}[ \t]+)?(?:{_SCRIPT_MONTHS})[ \t]+\d{{4}}(?!\w)")
"""A date in Persian, Arabic, Bengali, Hindi or Thai script, its day optional: "১৫ আশ্বিন
১৪৩১", "১৫ মার্চ ২০২৫", "15 มีนาคม 2567" (a Buddhist-era year), or "آبان" between a day
and a year in Persian digits (the marks of these scripts' words are no word characters to
the regex engine, so the months are written out)."""
_SCRIPT_LETTERS = re.compile(r"[\u0600-\u06ff\u0900-\u09ff\u0e00-\u0e7f]")
"""Letters of the scripts whose months :data:`_SCRIPT_DATE` knows."""


def find_world_dates(text: str) -> list[Candidate]:
    """Dates of other languages and calendars in ``text`` (see the module's docstring)."""
    found = _month_dates(text) + _cued_months(text)
    if not text.isascii() and _SCRIPT_LETTERS.search(text):
        found += [
            Candidate(m.start(), m.end(), "DATE", PRIORITY_DATE + 2)
            for m in _SCRIPT_DATE.finditer(text)
        ]
    if "th" in text and may_hold(text, ("tháng",)):
        found += [
            Candidate(m.start(), m.end(), "DATE", PRIORITY_DATE + 1)
            for m in _NUMBERED_MONTH.finditer(text)
        ]
    if ". " in text and ":" in text:
        found += [
            Candidate(m.start(), m.end(), "DATE", PRIORITY_DATE + 1)
            for m in led_matches(_HEADER_DAY, text, DIGIT_LED)
        ]
    found += [
        Candidate(m.start(), m.end(), "DATE", PRIORITY_DATE + 1)
        for m in keyword_led(_NAMED_DAY_YEAR, text, _NAMED_DAY_OPEN)
    ]
    if "." in text:
        found += [
            Candidate(m.start(1), m.end(1), "DATE", PRIORITY_DATE + 1)
            for m in keyword_led(_CUED_DOTTED_DAY, text, _CUED_DOTTED_OPEN)
        ]
    if "KW" in text:
        found += [
            Candidate(m.start(), m.end(), "DATE", PRIORITY_DATE + 1)
            for m in _CALENDAR_WEEK.finditer(text)
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
