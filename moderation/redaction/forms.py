"""Forms of identifiers written the world over, as a table of records.

Each :class:`Form` is one shape of identifier with its kind and the reason it identifies
someone: MAC addresses, "#482" tickets, vehicle plates, address lines of Indian and Mexican
formats, named internal projects and teams, firms named "X & Y". To teach the engine a new
form, add a record. Every pattern is linear: no repeated group holds an unbounded run, and
each alternative after a fixed cue is bounded.

>>> [(c.kind, t[c.start:c.end]) for t in ["MAC 00:1a:2b:3c:4d:5e, see #4821."]
...  for c in find_forms(t)]
[('ID', '00:1a:2b:3c:4d:5e'), ('ID', '#4821')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .model import (
    PRIORITY_ADDRESS,
    PRIORITY_ADDRESS_PART,
    PRIORITY_DATE,
    PRIORITY_POSTCODE,
    PRIORITY_STREET,
    PRIORITY_STRUCTURED,
    PRIORITY_WORDS,
    Candidate,
)
from .prefilter import digit_led_hint, hint_found, led_matches
from .tokens import COMMON, FIRST, LAST, MINOR_WORDS, PLACE, ROLE, TECH, TIME, word_flags
from .vocabulary import ORG_BEFORE, words_of


@dataclass(frozen=True, slots=True)
class Form:
    """A shape of identifier: ``group`` of ``pattern`` is a ``kind``, when ``accept`` agrees."""

    pattern: re.Pattern[str]
    kind: str
    priority: int
    reason: str
    group: int | str = 0
    accept: Callable[[re.Match[str]], bool] | None = None
    hint: re.Pattern[str] | None = None
    """Something every accepted match holds ("&", six digits, a digit): searched for first,
    in one cheap pass (a literal or a character class), so that prose without it is spared
    the scan of ``pattern``."""
    opens: tuple[str, ...] = ()
    """For a pattern led by ``\b`` and cue words: the beginnings of those words, in lower
    case ("licen" for "licen[cs]e"). The pattern is then tried only where a word so beginning
    starts, not at every word (tests/moderation/test_redaction_prefilter.py checks them)."""
    hint_at_digits: bool = False
    """Every match of ``hint`` begins with a digit: it is then tried at the text's digits
    only (``prefilter.digit_led_hint``), which most texts hold few of."""


_CAP = r"[A-ZÀ-ÖØ-Þ]"
_NAME_WORD = rf"{_CAP}[\w'\u2019-]{{1,30}}"
_NOT_CODENAMES = words_of(
    """lead leads leader leaders manager managers member members meeting meetings plan plans
    review reviews update updates status charter scope budget owner owners sponsor sponsors
    sync standup retro kickoff kick-off lunch building work name names page board channel
    timeline timelines goals goal deadline deadlines brief overview summary notes report
    reports phase stage i we you they he she it the a an this that my our"""
)
_WORDS = re.compile(r"[^\W\d_]+")
_NOT_FIRMS = words_of(
    """terms conditions pros cons questions answers research development profit loss mergers
    acquisitions health safety black white trial error rock roll salt pepper bread butter
    arts crafts science technology food drink bed breakfast do don'ts dos"""
)


STATE_CODES: frozenset[str] = words_of(
    """AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV
    NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY NSW VIC QLD TAS ACT NT
    ON BC QC AB MB SK NS NB NL PE SP RJ MG RS PR SC BA PE CE DF GO ES AM PA KA MH TN DL UP
    HR GJ RJ WB KL AP TS MP"""
)
"""State and province codes of the US, Australia, Canada, Brazil and India."""
US_STATE_CODES: frozenset[str] = frozenset(code for code in STATE_CODES if len(code) == 2)
_NOT_POSTCODE_LETTERS = words_of("AM PM AD BC CE MB GB KB TB MW KW HP US UK EU")
_ID_CUES = words_of(
    """Order Invoice Ticket Case Account Ref Reference Employee Badge Policy Claim Number No"""
)


_WORDLIKE_CODES = words_of(
    "ID IN OR ME OK HI AM PA CO DE LA MA ES IT NO AS AT BE IS TO UP MP AP PE SP NS ON BC AB NT "
    "WA SA ACT DL TS GO MG PR SC TN HR"
)
"""State codes that are also words or acronyms ("ID", "IN", "IT"): only after a known town."""
_ZIP_AFTER = re.compile(r"[ \t]+\d{4,5}\b")


def _state_code(match: re.Match[str]) -> bool:
    """ "Laredo, TX", "Newcastle, NSW": a known state code after a town (not "Sure, OK")."""
    state, flags = match.group("state"), word_flags(match.group("town"))
    if state not in STATE_CODES:
        return False
    if _ZIP_AFTER.match(match.string, match.end()):
        return True  # "NEWDEGATE, WA 16469": a postcode follows
    return bool(flags & PLACE) or (state not in _WORDLIKE_CODES and not flags & COMMON)


def _postcode_letters(match: re.Match[str]) -> bool:
    """ "9741 AB" is a Dutch postcode; "1200 AM" and "2019 AD" are not."""
    return match.group("letters") not in _NOT_POSTCODE_LETTERS


def _town_before_pin(match: re.Match[str]) -> bool:
    """ "Bengaluru 560038", not "Invoice 560038"."""
    return match.group("town") not in _ID_CUES


def _employer(match: re.Match[str]) -> bool:
    """ "worked for Microsoft", "joined Amazon": not "joined Finance" or "left in March"."""
    words = match.group("org").split()
    if words[0].casefold() in MINOR_WORDS or words[0] == "I":
        return False
    flags = [word_flags(word) for word in words]
    if all(f & PLACE and not f & TECH for f in flags):
        return False  # "left Berlin": a place, found as one
    return not any(f & (ROLE | TIME) for f in flags)


def _given_initial_surname(match: re.Match[str]) -> bool:
    """ "Tom I. Holzman": a given name, an initial (even "I."), a name."""
    first, last = word_flags(match.group("given")), word_flags(match.group("surname"))
    return bool(first & FIRST) and not (first | last) & (ROLE | TECH | TIME)


def _not_ordinary_head(match: re.Match[str]) -> bool:
    """ "Project Falcon", not "Project Manager" or "Team Meeting"."""
    words = match.group("name").split()
    if words[0].casefold() in _NOT_CODENAMES:
        return False
    return not any(word_flags(word) & (ROLE | TECH | TIME) for word in words)


def _firm_words(match: re.Match[str]) -> bool:
    """ "Smith & Wesson", "at Bright & Early"; not "Sales & Marketing", "Priya & Jonas", nor
    ordinary words without a firm's cue ("Action & Adventure, Comedy")."""
    words = [w for w in re.split(r"[ \t&]+", match.group()) if w]
    flags = [word_flags(word) for word in words]
    if any(f & (ROLE | TECH | TIME) for f in flags) or any(
        w.casefold() in _NOT_FIRMS or w.casefold() in MINOR_WORDS for w in words
    ):
        return False
    if all(f & FIRST and not f & COMMON for f in flags):
        return False
    if not all(f & COMMON for f in flags):
        return True
    before = _WORDS.findall(match.string, max(0, match.start() - 24), match.start())
    return bool(before) and before[-1].casefold() in ORG_BEFORE  # "the client (Bright & Early)"


def _mixed(match: re.Match[str]) -> bool:
    """A plate holds letters and digits ("KA 05 MN 1234", "AB12 CDE")."""
    code = match.group("plate")
    return any(ch.isdigit() for ch in code) and any(ch.isalpha() for ch in code)


def _acronym_region(match: re.Match[str]) -> bool:
    """ "NHS England", "KPMG India": an acronym that is no tool, country or state code, then
    a known place or a word in no list ("NHS Lothian"); not "AWS Ireland", "MK Jones"."""
    acronym = match.group("acronym")
    if acronym in STATE_CODES or word_flags(acronym) & (TECH | ROLE | TIME | PLACE):
        return False
    flags = [word_flags(word) for word in match.group("place").split()]
    if all(f & PLACE for f in flags):
        return True
    return len(acronym) > 2 and not any(f & (COMMON | FIRST | LAST | TECH) for f in flags)


_NOT_STREET_NAMES = MINOR_WORDS | words_of(
    "my our your his her their this that its same wrong right"
)


_STREET_CUE = re.compile(r"(?i:\b(?:on|off|along))[ \t]+$")


def _named_street(match: re.Match[str]) -> bool:
    """ "on Admiralty Way", "on Main Road"; not "on The Way", "on My Way", nor a street
    without its cue (anchored on the street's words, the cheap end, and checked back)."""
    if _STREET_CUE.search(match.string, max(0, match.start() - 8), match.start()) is None:
        return False
    first = match.group("street").split()[0].casefold()
    return first not in _NOT_STREET_NAMES and not word_flags(first) & (TECH | ROLE)


def _hex_hash(match: re.Match[str]) -> bool:
    """A commit's hash holds digits and letters ("a3f9c2e"; not "deadbeef", nor "2024")."""
    code = match.group("hash")
    return any(ch.isdigit() for ch in code) and any(ch.isalpha() for ch in code)


def _state_plate(match: re.Match[str]) -> bool:
    """A US state's code, then letters and at least three digits ("CA 8ZRT451"), not "CA 94105"."""
    code = match.group("plate")
    digits = sum(ch.isdigit() for ch in code)
    return match.group("state") in US_STATE_CODES and digits >= 3 and digits < len(code)


def _form(
    pattern: str,
    kind: str,
    priority: int,
    reason: str,
    group: int | str = 0,
    accept: Callable[[re.Match[str]], bool] | None = None,
    hint: str | None = None,
    opens: str = "",
    hint_at_digits: bool = False,
) -> Form:
    cheap = None if hint is None else re.compile(hint)
    words = tuple(opens.split())
    # A bare digit begins every match of its hint: looked for among the text's digits, which
    # the other detectors have listed already, not by a scan of its own.
    at_digits = hint_at_digits or hint == _DIGIT
    return Form(re.compile(pattern), kind, priority, reason, group, accept, cheap, words, at_digits)


_DIGIT = r"\d"
"""The hint of the forms whose every accepted match holds a digit: much prose holds none."""
# A hint is written so that the regex engine can leap to where it may begin: a character or
# a class first, what must stand before it in a look-behind after it ("&(?<=[ \t]&)"), for a
# hint opened by a look-behind or an alternation of classes is tried at every character.
_STRUCTURED = PRIORITY_STRUCTURED
_ADDRESS = PRIORITY_STREET

FORMS: tuple[Form, ...] = (
    _form(
        r"(?<![\w-])[1-9][A-Z]{3}\d{3}(?![\w-])",
        "ID",
        _STRUCTURED - 1,
        "a Californian plate's shape, a digit, three capitals, three digits ('8KRT442'), which "
        "nothing else takes (below a plate after its state, 'CA 8ZRT451', which is longer)",
        hint=r"\d[A-Z]{3}\d",
    ),
    _form(
        r"(?<![\w.-])-?(?:[1-8]?\d)\.\d{4,7},[ \t]*-?(?:1[0-7]\d|[1-9]?\d)\.\d{4,7}(?![\w.])",
        "LOCATION",
        PRIORITY_POSTCODE,
        "a latitude and longitude of four decimals or more ('52.3731, 4.8922'): a spot within "
        "ten metres",
        hint=r"\.\d{4},",
        accept=lambda match: not match.group().lstrip("-").startswith("0."),
    ),
    _form(
        r"(?<![\u30a0-\u30ff\u4e00-\u9fff])(?:[\u30a0-\u30ff\u4e00-\u9fff]{2,10}株式会社"
        r"|[\u4e00-\u9fff]{2,8}(?:股份有限公司|有限公司|集团|集團)|[\u4e00-\u9fff]{2,4}科技"
        r"(?![\u4e00-\u9fff]))"
        r"|株式会社[\u30a0-\u30ff\u4e00-\u9fff]{2,12}",
        "ORG",
        PRIORITY_WORDS + 1,
        "a firm named with its legal form or trade in Japanese or Chinese ('星空精機株式会社', "
        "'云眸科技'), its name set apart from the words around it (Chinese has no spaces)",
        hint=r"株式会社|公司|集[团團]|科技",
    ),
    _form(
        r"(?<![\w-])(?:[12]?\d(?:e|er|\u00e8me|eme)[ \t]+arrondissement"
        r"|[IVX]{1,5}\.[ \t]*ker\u00fclet|TP\.[ \t]?HCM|TPHCM)(?![\w-])",
        "LOCATION",
        _ADDRESS - 1,
        "a city's district by its number ('11e arrondissement', 'XIII. kerület') and Ho Chi "
        "Minh City written short ('TP.HCM')",
        hint=r"rrondissement|ker\u00fclet|HCM",
    ),
    _form(
        r"[\u4e00-\u9fff]{1,4}(?<![地社园专小景校城郊市病])[区县]",
        "LOCATION",
        PRIORITY_WORDS,
        "a Chinese district or county by its name ('南山区', '西湖区'), not a word for an area "
        "('地区', '园区', '市区')",
        hint=r"[区县]",
    ),
    _form(
        r"(?<![\w])0x[0-9a-fA-F]{40}(?![\w])",
        "ID",
        _STRUCTURED + 2,
        "a wallet's address on a public ledger ('0x7f3a...'): every payment it made is traceable",
        hint=r"0x",
    ),
    _form(
        r"(?i:\bcommits?\b)[^.\n]{0,40}?(?<![\w./-])(?P<hash>[0-9a-f]{7,40})(?![\w./-])",
        "ID",
        _STRUCTURED,
        "a commit's hash after the word ('the commit that adds it is a3f9c2e') leads to its author",
        opens="commit",
        hint=_DIGIT,
        group="hash",
        accept=_hex_hash,
    ),
    _form(
        r"(?m:^[ \t]*(?:[-*\u2022][ \t]*)(?P<day>(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9]))"
        r"[ \t]*:)",
        "DATE",
        PRIORITY_DATE,
        "a day and month opening a timeline's bullet ('- 10/05: asked legal')",
        hint=r"\d/\d",
        group="day",
    ),
    _form(
        r"(?i:\bdeadline[ \t]*:?[ \t]*)(?P<due>(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9]))"
        r"(?![\d/])",
        "DATE",
        PRIORITY_DATE,
        "a day and month after 'deadline' ('Deadline 15/11')",
        opens="deadline",
        hint=r"\d/\d",
        group="due",
    ),
    _form(
        r"(?i:\b(?:zip(?:5|[ _]?codes?)?|postcodes?|post[ \t]codes?|pin[ _]?codes?)\b)"
        r"[^.\n\d]{0,12}?(?<![\w.,$\u00a3\u20ac-])(?P<zip>\d{5,6})(?![\w%]|[.,]\d)",
        "LOCATION",
        PRIORITY_POSTCODE,
        "a postcode after the word that names it ('zip5 IN ('46201'', 'pincode 560034')",
        opens="zip postcode post pin",
        hint=r"\d{5}",
        group="zip",
    ),
    _form(
        r"(?<![\w:.-])[0-9A-Fa-f]{2}(?P<sep>[:-])[0-9A-Fa-f]{2}(?:(?P=sep)[0-9A-Fa-f]{2}){4}"
        r"(?![\w:-]|\.\w)|(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w]|\.\w)",
        "ID",
        _STRUCTURED + 2,
        "a MAC address identifies one device, hence its owner",
        hint=r"[:.-](?:(?<=[:-])[0-9A-Fa-f]{2}[:-]|(?<=\.)[0-9A-Fa-f]{4}\.)",
    ),
    _form(
        r"(?<![\w&#/])#\d{3,9}(?:-\d{2,6})?\b",
        "ID",
        _STRUCTURED,
        "a ticket, case or order number ('#482') leads to the record",
        hint=r"#\d",
    ),
    _form(
        r"(?i:\b(?:ticket|issue|bug|case|pr|incident|request|order|invoice|task|story)[ \t]+)"
        r"(?P<ticket>#\d{2})\b",
        "ID",
        _STRUCTURED,
        "a short number after its record's name ('ticket #48')",
        opens="ticket issue bug case pr incident request order invoice task story",
        hint=r"#\d",
        group="ticket",
    ),
    _form(
        r"(?i:\b(?:plates?|reg(?:istration)?|number[ \t]plate|licen[cs]e[ \t]plate|car|van"
        r"|truck|lorry|taxi|cab|motorbike|bike|scooter|ute|vehicle|placa|matr[ií]cula"
        r"|kennzeichen|nummerplaat)(?:[ \t]+(?:number|no\.?|like))?"
        r"(?:[ \t]+(?:is|was|reads|read))?[ \t]*[:#,]?[ \t]*)"
        r"(?P<plate>[A-Z0-9]{1,5}(?:[ .-][A-Z0-9]{1,5}){1,3}|[A-Z0-9]{5,8})\b",
        "ID",
        _STRUCTURED,
        "a vehicle's plate after its cue ('plate KA 05 MN 1234', 'car AB12 CDE', '51F-238.47')",
        opens="plate reg number licen car van truck lorry taxi cab motorbike bike scooter ute "
        "vehicle placa matr kennzeichen nummerplaat",
        hint=_DIGIT,
        group="plate",
        accept=_mixed,
    ),
    _form(
        r"\b[A-Z]{2}[ -]?\d{1,2}[A-Z]?[ -]?[A-Z]{1,3}[ -]?\d{4}\b|\b[A-Z]{2}\d{2}[ ][A-Z]{3}\b"
        r"|\b[A-Z]{3}[ -]\d{3}[ -][A-Z]{2}\b|\b[A-Z]{3}-\d{2,3}-[A-Z0-9]{1,2}\b"
        r"|\b[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ ]\d{1,4}\b|\b[A-Z]{2}[ ]\d{2}[ ][A-Z]{2}\b",
        "ID",
        _STRUCTURED - 1,
        "plate shapes of India ('MH 12 AB 1234'), the UK ('AB12 CDE'), Nigeria, Mexico, Germany",
        hint=r"\d(?:(?<=[A-Z]\d)|(?<=[A-Z][ -]\d))",  # every shape: a capital, then a digit
        hint_at_digits=True,
    ),
    _form(
        # "\b" then two to five capitals, the first before the look-behind: see the hints
        rf"(?P<acronym>[A-Z](?<!\w[A-Z])[A-Z]{{1,4}})"
        rf"[ \t](?P<place>{_NAME_WORD}(?:[ \t]{_NAME_WORD})?)",
        "ORG",
        PRIORITY_WORDS + 2,
        "an organisation's acronym before the region it serves: 'NHS Lothian', 'BBC Scotland'",
        accept=_acronym_region,
        hint=r"[A-Z][A-Z][ \t]",
    ),
    _form(
        r"\b(?P<state>[A-Z]{2})[ ](?P<plate>[A-Z0-9]{5,8})\b",
        "ID",
        _STRUCTURED - 1,
        "a US plate or driving licence written after its state ('CA 8ZRT451', 'OH RS482113')",
        accept=_state_plate,
        hint=r"[A-Z] [A-Z0-9]{0,7}\d",
    ),
    _form(
        r"(?i:\b(?:flat|apartment|apt|house|h\.[ \t]?no|plot|door|shop|villa|quarter|qtr)\.?"
        r"[ \t]*(?:no\.?[ \t]*)?#?[ \t]*)[A-Z]?-?\d{1,5}[A-Z]?(?:[/-]\d{1,4}[A-Z]?){0,3}\b",
        "LOCATION",
        _ADDRESS,
        "a home's number in an address line ('Flat 4B', 'H.No. 1-2-34/A', 'Plot No. 45')",
        opens="flat apartment apt house h plot door shop villa quarter qtr",
        hint=_DIGIT,
    ),
    _form(
        r"\b\d{1,2}(?:st|nd|rd|th)[ \t]+(?:Cross|Main|Block|Phase|Stage|Sector|A[ \t]Cross)"
        r"(?:[ \t]+(?:Road|Rd\.?|Street|St\.?))?\b|\bSector[ \t]?-?[ \t]?\d{1,3}[A-Z]?\b",
        "LOCATION",
        _ADDRESS,
        "Indian address lines: '3rd Cross', '5th Main Road', 'Sector 15'",
        hint=r"[\dS](?:(?<=\d)(?:st|nd|rd|th)[ \t]|(?<=S)ector)",
    ),
    _form(
        rf"\b(?:{_NAME_WORD}[ \t]){{1,2}}(?:Nagar|Layout|Colony|Enclave|Vihar|Marg|Chowk|Bagh"
        r"|Puram|Halli|Palya|Extension|Residency|Apartments|Towers|Society|CHS|Gali|Mohalla)\b"
        rf"|\b{_CAP}[a-z]{{2,20}}(?:nagar|puram|halli|palya|wadi|ganj|pet|pete|guda)\b",
        "LOCATION",
        _ADDRESS,
        "Indian localities and buildings: 'Sai Residency', 'Indiranagar', 'Gandhi Nagar'",
        hint=r"Nagar|Layout|Colony|Enclave|Vihar|Marg|Chowk|Bagh|Puram|Halli|Palya|Extension"
        r"|Residency|Apartments|Towers|Society|CHS|Gali|Mohalla|nagar|puram|halli|palya|wadi"
        r"|ganj|pet|guda",
    ),
    _form(
        r"\b(?:(?i:col\.|colonia|fracc\.|fraccionamiento|barrio|bairro|urb\.|urbanizaci[oó]n"
        r"|delegaci[oó]n|alcald[ií]a|municipio|mun\.|conjunto|residencial|jardim|vila)|Del\.)[ \t]+"
        rf"{_NAME_WORD}(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+){{0,2}}{_NAME_WORD}){{0,3}}",
        "LOCATION",
        _ADDRESS,
        "Latin American neighbourhood lines: 'Col. Roma Norte', 'Alcaldía Cuauhtémoc'",
        opens="col fracc barrio bairro urb delegaci alcald municipio mun conjunto residencial "
        "jardim vila del",
    ),
    _form(
        r"(?i:\b(?:pin(?:[ \t]?code)?|c\.[ \t]?p\.|cp|c[oó]digo[ \t]postal|cep|zip(?:[ \t]?code)?"
        r"|post(?:al)?[ \t]?code|plz)(?:[ \t]+(?:area|district|zone))?"
        r"[ \t]*[:.#(-]?[ \t]*)(?:\d{3}[ \t]?\d{3}|\d{5}(?:-\d{3,4})?|\d{4}(?:[ ]?[A-Z]{2})?)\b",
        "LOCATION",
        _ADDRESS,
        "a postcode after its name ('PIN 560038', 'C.P. 06600', 'CEP 01310-100', 'ZIP (45402)',"
        " 'postcode area 6826')",
        opens="pin c zip post plz",
        hint=_DIGIT,
    ),
    _form(
        r"\b(?:District|Comuna|Barangay|Kelurahan|Distrito|Arrondissement|Bezirk|Localidad"
        r"|Quận|Quan)[ \t]+\d{1,2}\b",
        "LOCATION",
        PRIORITY_WORDS + 1,
        "a numbered district of a city: 'District 3', 'Comuna 13', 'Barangay 176'",
        hint=r"(?:District|Comuna|Barangay|Kelurahan|Distrito|Arrondissement|Bezirk|Localidad"
        r"|Quận|Quan)[ \t]+\d",
    ),
    _form(
        rf"\b(?P<street>(?:{_NAME_WORD}[ \t]){{1,2}}"
        r"(?:Way|Road|Street|Avenue|Lane|Crescent|Drive|Boulevard|Close|Terrace))\b",
        "LOCATION",
        _ADDRESS,
        "a street named without its number after 'on', 'off': 'an office on Admiralty Way'",
        group="street",
        accept=_named_street,
        hint=r"(?:Way|Road|Street|Avenue|Lane|Crescent|Drive|Boulevard|Close|Terrace)\b",
    ),
    _form(
        r"(?<![\w/.-])go/(?!no-?go\b)[A-Za-z0-9][\w.-]{0,60}+(?:/[\w.-]{1,60}+){0,5}",
        "URL",
        _STRUCTURED,
        "an intranet go-link leads to one firm's pages: 'go/fairness-review' (not 'go/no-go')",
        hint="go/",
    ),
    _form(
        rf"(?<!\w)(?P<town>{_CAP}[a-z]{{2,30}})\.?[ \t]*[,\u2013-]?[ \t]*\d{{6}}(?![\w/-])",
        "LOCATION",
        _ADDRESS - 1,
        "a six-digit postcode ending an address line, with its town ('Bengaluru - 560038')",
        hint=r"\d{6}",
        hint_at_digits=True,
        accept=_town_before_pin,
    ),
    _form(
        r"(?:(?<=,)|(?<=,[ \t]))(?:CDMX|Edomex|Edo\.[ \t]?M[eé]x\.|Jal\.|N\.[ \t]?L\.|Q\.[ \t]?R\."
        r"|B\.[ \t]?C\.|Gto\.|Pue\.|Qro\.|Mich\.|Ver\.|Oax\.|Chis\.|Yuc\.|Son\.|Chih\.|Coah\.)"
        r"|\b[A-Z]{2}[ \t]+\d{6}\b",
        "LOCATION",
        _ADDRESS,
        "state abbreviations in an address ('CDMX', 'Jal.', 'HR 122001')",
        # a state after a comma; a PIN
        hint=r"[,\d](?:(?<=,)[ \t]?(?:CDMX|Edomex|[A-Z][a-z]{0,3}\.)|(?<=\d)\d{5})",
    ),
    _form(
        r"\b(?:Rua|Avenida|Av\.|Avda\.|Calle|Carrera|Cra\.|Travessa|Alameda|Rodovia|Estrada"
        r"|Jalan|Jl\.|Rue|Via|Calzada|Paseo|Camino)[ \t]+(?:(?:de|do|da|dos|das|del|la|los|las)"
        rf"[ \t]+)?{_NAME_WORD}(?:[ \t]+(?:(?:de|do|da|dos|das|del|la)[ \t]+)?{_NAME_WORD}){{0,3}}"
        r",?[ \t]*(?:n[º°o]\.?[ \t]*|#[ \t]*)?\d{1,5}[A-Za-z]?(?:[ \t]*-[ \t]*\d{1,4}(?!\d))?\b",
        "LOCATION",
        _ADDRESS,
        "a street named first, its number after a comma: 'Rua das Acácias, 210'",
        opens="rua avenida av avda calle carrera cra travessa alameda rodovia estrada jalan jl "
        "rue via calzada paseo camino",
        hint=_DIGIT,
    ),
    _form(
        r"\b(?:Calle|Carrera|Cra\.?|Cl\.|Kr\.|Transversal|Diagonal|Avenida|Av\.)[ \t]+\d{1,3}[A-Z]?"
        r"(?:[ \t]*(?:#|No\.?|N[º°])[ \t]*\d{1,3}[A-Z]?[ \t]*-[ \t]*\d{1,3})?\b",
        "LOCATION",
        _ADDRESS,
        "Colombian numbered streets: 'Calle 93 # 11-27', 'Carrera 7 No. 45-10'",
        opens="calle carrera cra cl kr transversal diagonal avenida av",
        hint=_DIGIT,
    ),
    _form(
        r"\b\d{1,5}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:rue|avenue|boulevard|bd|all[ée]e|place|chemin"
        r"|impasse|quai|route|via|viale|calle)[ \t]+(?:(?:de|du|des|la|le|l'|d')[ \t]*){0,2}"
        rf"{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}}",
        "LOCATION",
        _ADDRESS,
        "a number, then a street type in lower case: '12 rue des Lilas'",
        hint=r"[ \t](?:rue|avenue|boulevard|bd|all[ée]e|place|chemin|impasse|quai|route|via"
        r"|viale|calle)[ \t]",
    ),
    _form(
        r"\b(?:Block|Phase|Stage|Ward|Pocket|Zone|Tower|Wing)[ \t]*-?[ \t]*"
        r"(?:\d{1,3}[A-Z]?|[A-Z])\b|\b[A-Z]-\d{2,4}\b",
        "LOCATION",
        PRIORITY_ADDRESS_PART,
        "parts of an address line, kept only inside an address ('Block C', 'Phase 5', 'B-204')",
        hint=r"[A-Z](?:(?<=B)lock|(?<=P)hase|(?<=S)tage|(?<=W)ard|(?<=P)ocket|(?<=Z)one"
        r"|(?<=T)ower|(?<=W)ing|-\d)",
    ),
    _form(
        rf"\b(?P<town>{_NAME_WORD}),[ \t]*(?P<state>[A-Z]{{2,3}})\b(?![ \t]*\d{{6}})",
        "LOCATION",
        _ADDRESS - 1,
        "a town and its state code: 'Laredo, TX', 'Newcastle, NSW'",
        hint=r",[ \t]*[A-Z]{2}",
        accept=_state_code,
    ),
    _form(
        r"(?<![\w-])\d{5}-\d{3}(?![\w-])",
        "LOCATION",
        _ADDRESS,
        "a Brazilian CEP: '30140-002' (not a phone number)",
        hint=r"\d{5}-\d{3}",
        hint_at_digits=True,
    ),
    _form(
        r"(?<![\w-])\d{4}[ ](?P<letters>[A-Z]{2})\b(?![ \t]*\d)",
        "LOCATION",
        PRIORITY_ADDRESS,
        "a Dutch postcode: '9741 AB'",
        hint=r"\d{4} [A-Z]{2}",
        hint_at_digits=True,
        accept=_postcode_letters,
    ),
    _form(
        r"\b(?:Czech[ \t]Republic|South[ \t](?:Africa|Korea|Sudan)|North[ \t](?:Korea|Macedonia)"
        r"|New[ \t]Zealand|Dominican[ \t]Republic|Central[ \t]African[ \t]Republic"
        r"|United[ \t](?:Kingdom|States|Arab[ \t]Emirates)|Saudi[ \t]Arabia|Sri[ \t]Lanka"
        r"|Costa[ \t]Rica|Puerto[ \t]Rico|El[ \t]Salvador|Ivory[ \t]Coast|Sierra[ \t]Leone"
        r"|Papua[ \t]New[ \t]Guinea|Hong[ \t]Kong|Bosnia[ \t]and[ \t]Herzegovina"
        r"|Trinidad[ \t]and[ \t]Tobago|East[ \t]Timor|Cape[ \t]Verde|Burkina[ \t]Faso"
        r"|Equatorial[ \t]Guinea|Western[ \t]Sahara)\b",
        "LOCATION",
        PRIORITY_WORDS + 2,
        "countries whose name opens with a demonym or an ordinary word: 'Czech Republic'",
        opens="czech south north new dominican central united saudi sri costa puerto el ivory "
        "sierra papua hong bosnia trinidad east cape burkina equatorial western",
    ),
    _form(
        rf"\b{_NAME_WORD}[ \t](?:Strasse|Straße|Gasse|Weg|Allee|Platz|Straat|Laan|Vej|Gatan|Katu)"
        r"[ \t]+\d{1,4}[a-z]?\b",
        "LOCATION",
        _ADDRESS,
        "a street type written apart from its name: 'Villacher Strasse 89'",
        hint=r"[ \t](?:Strasse|Straße|Gasse|Weg|Allee|Platz|Straat|Laan|Vej|Gatan|Katu)[ \t]",
    ),
    _form(
        r"(?i:\b(?:work(?:s|ed|ing)?[ \t]+(?:for|at)|join(?:s|ed|ing)?|employed[ \t]+(?:by|at)"
        r"|hired[ \t]+by|intern(?:ed)?[ \t]+at|quit|left)[ \t]+)"
        r"(?P<org>[A-Z](?:[\w&.-]{0,29}[\w&])?(?:[ \t][A-Z](?:[\w&.-]{0,29}[\w&])?){0,3}"
        r"(?:[ \t](?:and|&)[ \t](?:Sons|Partners|Associates|Brothers|Daughters|Co\.))?)",
        "ORG",
        PRIORITY_WORDS + 2,
        "an employer, even one named like a product: 'I used to work for Microsoft'",
        opens="work join employed hired intern quit left",
        group="org",
        accept=_employer,
    ),
    _form(
        rf"\b(?P<given>{_NAME_WORD})[ \t][A-Z]\.[ \t](?P<surname>{_NAME_WORD})",
        "PERSON",
        PRIORITY_WORDS + 1,
        "a given name, a middle initial and a surname: 'Tom I. Holzman'",
        hint=r"\.(?<=[ \t][A-Z]\.)[ \t]",
        accept=_given_initial_surname,
    ),
    _form(
        r"\b(?i:Project|Operation|Team|Squad|Programme|Program|Initiative|Codename|Code[ \t]Name"
        r"|Taskforce|Task[ \t]Force|Workstream|Tribe|Pod)[ \t]+"
        rf"(?P<name>{_NAME_WORD}(?:[ \t]{_NAME_WORD})?)",
        "ORG",
        PRIORITY_WORDS + 2,
        "a named internal project, team or operation ('Project Falcon', 'team Phoenix')",
        opens="project operation team squad programme program initiative codename code "
        "taskforce task workstream tribe pod",
        accept=_not_ordinary_head,
    ),
    _form(
        r"(?i:\bcode[ -]?named?|\bcodename)[ \t]*[:\"'\u201c]?[ \t]*"
        r"(?i:(?:team|project|operation|squad)[ \t]+)?(?P<code>[A-Za-z][\w-]{1,30})",
        "ORG",
        PRIORITY_WORDS + 2,
        "a code name after its cue, in any case ('codenamed falcon')",
        opens="code",
        group="code",
    ),
    _form(
        rf"\b{_NAME_WORD}(?:[ \t]{_NAME_WORD})?[ \t]+&[ \t]+{_NAME_WORD}(?:[ \t]{_NAME_WORD})?",
        "ORG",
        PRIORITY_WORDS + 1,
        "a firm named by ordinary words joined by '&' ('Bright & Early')",
        hint=r"&(?<=[ \t]&)[ \t]",
        accept=_firm_words,
    ),
    _form(
        r"(?:\u0622\u0642\u0627\u06cc|\u062e\u0627\u0646\u0645|\u062c\u0646\u0627\u0628|\u0627\u0644\u0633\u064a\u062f\u0629?"
        r"|\u0627\u0644\u0623\u0633\u062a\u0627\u0630\u0629?|\u0627\u0644\u062f\u0643\u062a\u0648\u0631)"
        r"[ \t]+(?P<name>[\u0600-\u06ff]{2,20})",
        "PERSON",
        PRIORITY_WORDS + 1,
        "a name in Arabic script after its title (Persian 'aqa-ye', 'khanom'; Arabic "
        "'as-sayyid', 'al-ustadh', 'ad-duktur')",
        hint=r"[\u0622\u062e\u062c\u0627]",
        group="name",
    ),
    _form(
        r"(?<![\w])(?:\u043f\u0430\u043d|\u043f\u0430\u043d\u0456"
        r"|\u0433\u043e\u0441\u043f\u043e\u0434\u0438\u043d|\u0433\u043e\u0441\u043f\u043e\u0436\u0430)"
        r"[ \t]+(?P<name>[\u0410-\u042f\u0404\u0406\u0407\u0490]"
        r"[\u0430-\u044f\u0454\u0456\u0457\u0491'\u2019-]{1,20})",
        "PERSON",
        PRIORITY_WORDS + 1,
        "a name in Cyrillic after its title (Ukrainian 'pan', 'pani'; Russian 'gospodin')",
        hint=r"[\u043f\u0433]",
        group="name",
    ),
    _form(
        r"(?P<name>\b[A-Z][a-z]{1,15}|(?<![\uac00-\ud7af])[\uac00-\ud7af]{2,4})[ \t]+"
        r"[\uac00-\ud7af]{0,4}(?:\ub2d8|\uc528)(?![\uac00-\ud7af])",
        "PERSON",
        PRIORITY_WORDS + 1,
        "a name before a Korean title or honorific ('Lee \ud300\uc7a5\ub2d8', 'Kim \uc528'): the "
        "title says a person is named",
        hint=r"[\ub2d8\uc528]",
        group="name",
    ),
)
"""Every form, in no particular order (the engine keeps the best of overlapping ones)."""


def find_forms(text: str) -> list[Candidate]:
    """Candidates for every form of :data:`FORMS` found in ``text``."""
    found: list[Candidate] = []
    hinted: dict[re.Pattern[str], bool] = {}  # one search for all the forms that need a digit
    for form in FORMS:
        if form.hint is not None:
            if form.hint not in hinted:
                hinted[form.hint] = (
                    digit_led_hint(form.hint, text)
                    if form.hint_at_digits
                    else hint_found(form.hint, text)
                )
            if not hinted[form.hint]:
                continue
        for match in led_matches(form.pattern, text, form.opens or None):
            if form.accept is not None and not form.accept(match):
                continue
            start, end = match.span(form.group)
            found.append(Candidate(start, end, form.kind, form.priority))
    return found
