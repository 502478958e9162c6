"""Regular-expression detectors for contacts and identifiers.

E-mail addresses (also spelled out), URLs, handles, phone numbers and ID numbers.
Detectors return raw, possibly overlapping proposals; the engine resolves them.

>>> [(c.kind, "x jane dot doe at gmail dot com"[c.start:c.end])
...  for c in find_contacts("x jane dot doe at gmail dot com")]
[('EMAIL', 'jane dot doe at gmail dot com')]
>>> [c.kind for c in find_ids("ticket JIRA-4521 and SSN 123-45-6789")]
['ID', 'ID', 'ID', 'ID']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers

from .gazetteers import is_common, is_dictionary_word
from .model import PRIORITY_PHONE, PRIORITY_STRUCTURED, Candidate
from .prefilter import (
    DIGIT_LED,
    digit_led_hint,
    digit_starts,
    holds_digit,
    keyword_led,
    led_at,
    led_matches,
    literal_led,
    may_hold,
    run_led,
)
from .tokens import FIRST, word_flags
from .vocabulary import NATIONAL_IDS, TECH_TERMS, words_of

_TLDS = (
    "com|org|net|edu|gov|mil|int|io|ai|co|dev|app|me|info|biz|tech|cloud|online|site|xyz|"
    "uk|de|fr|es|it|nl|be|se|dk|no|fi|pt|br|ch|at|cz|sk|si|hu|ro|gr|ie|ee|lv|lt|cy|in|au|"
    "nz|ca|us|jp|cn|ru|za|mx|ar|cl|tv|ly|gg|eu|pl|ng|ke|hr|bg|rs|ua|tr|il|sg|hk|kr|tw|vn|"
    "id|my|ph|th|ae|sa|eg|ma|is|lu|li|internal|local|corp|intranet|lan|example"
)
_BARE_TLDS = _TLDS.replace("|pl", "").replace("|rs", "").replace("|ly", "").replace("|is", "")
_AT = r"(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+(?:at|arroba|arobase|arond|chiocciola)\s+|\s*@\s*)"
_SPELLED_DOTS = ("dot", "punto", "punct", "punkt", "ponto", "titik")
"""The word for "." of an address spelled out, in English and other languages."""
_DOT = rf"(?:\s*[\[({{<]\s*dot\s*[\])}}>]\s*|\s+(?:{'|'.join(_SPELLED_DOTS)})\s+|\.)"
_JOIN = rf"(?:{_DOT}|\s+(?:dash|hyphen|underscore)\s+)"
"""What joins the parts of an address spelled out: a dot, or "dash", "underscore"
("bisi underscore analytics at gmail dot com"), in English and the languages of Europe
and Indonesia ("andrei punct pop arond example punct com")."""
_PART = r"[A-Za-z0-9][\w+-]{0,63}+"
"""A part of an address (at most 64 characters, as RFC 5321 allows), taken whole: a long
hyphen-joined run is scanned from a bounded distance, not to its end from each of its words."""

EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_LOCAL_PART = re.compile(r"[\w.+-]")
"""What an address's part before its "@" is made of: an address begins where a run of these
before an "@" does (``prefilter.run_led``), not at every word of the text."""
SPELLED_EMAIL = re.compile(
    rf"(?<![\w.]){_PART}(?:{_JOIN}{_PART}){{0,5}}{_AT}{_PART}(?:{_JOIN}{_PART}){{0,5}}{_DOT}"
    rf"(?:{_TLDS})\b",
    re.IGNORECASE,
)
"""An address spelled out, of at most six parts each side of its "at": bounded, so that a
run of "x dot x dot ..." costs each of its words a few parts, not the rest of the run."""
_SPELLED_HINT = re.compile(
    rf"\b(?:{'|'.join(_SPELLED_DOTS)})\b|[\[({{<]\s*at\s*[\])}}>]", re.IGNORECASE
)
URL = re.compile(
    r"\b(?:https?://|s?ftp://|s3://|gs://|hdfs://|smb://|www\.)[^\s<>\"'`]+", re.IGNORECASE
)
_URL_OPENINGS = ("http", "www.", "://")
BARE_DOMAIN = re.compile(
    rf"(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_BARE_TLDS})\b(?!\.\w)"
    r"(?:/[^\s<>\"'`]*)?"
    rf"|(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLDS})/[^\s<>\"'`]+",
    re.IGNORECASE,
)
_DOMAIN_HINT = re.compile(rf"\.(?=\w)(?:{_TLDS})\b", re.IGNORECASE)
"""What every bare domain holds, a dot and a top-level domain: found from dot to dot, where
:data:`BARE_DOMAIN` tries every word of the text. Most dots end a sentence: the look-ahead
turns them down before the hundred endings are tried one by one."""
_DOMAIN_PART = re.compile(r"[a-z0-9.-]", re.IGNORECASE)
"""What a bare domain is made of up to its ending: it begins where a run of these holding one
of :data:`_DOMAIN_HINT` does (``prefilter.run_led``)."""
HANDLE = re.compile(
    r"(?<![\w@.])@[A-Za-z0-9_](?:[\w.-]*\w)?|(?<![\w/])u/[A-Za-z0-9_-]{2,}"
    r"|(?<![\w&#/])#[A-Za-z][\w-]*[\w]"
)
"""A handle: "@name", a Reddit user "u/name", a channel "#name". A public subreddit
("r/datascience") points to no one, nor does a topic's hashtag (:func:`_topic_hashtag`)."""
_CHANNEL_CUE = re.compile(
    r"(?i:\b(?:in|on|to|into|from|channel|chan|posted|post|thread|via|cc|see|ping)[ \t:]*)$"
)
_HANDLE_HINTS = ("@", "#", "u/")
"""One of these is in every handle: most prose holds none."""
_PLATFORM_WORDS = (
    *("telegram", "tg", "signal", "wechat", "weixin", "kakao", "kakaotalk", "skype"),
    *("discord", "github", "gitlab", "gh", "insta", "instagram", "ig", "snapchat", "snap"),
    *("tiktok", "twitter", "bluesky", "bsky", "mastodon", "keybase", "viber", "zalo", "qq"),
    *("line", "threads", "slack", "teams", "reddit", "linkedin", "hn", "matrix", "element"),
    *("username", "userid", "usernames", "gamertag", "gamertags", "twitch", "psn", "xbox"),
    *("steam", "messenger", "roblox", "reporter", "assignee", "requester", "author"),
)
CUED_HANDLE = re.compile(
    rf"(?i:\b(?:{'|'.join(_PLATFORM_WORDS)})\b(?:,?[ \t]+(?:id|handle|username|user|name|account|"
    r"acc|is|was|as|from|@))*+[ \t]*+([:=,(]?)[ \t]*+)([A-Za-z0-9_][\w.-]{1,31}+)"
)
"""A username named by its platform, without a sigil: "wechat: zhanglei_1988", "github user
dkowalczyk", "my signal is lunamoth.07". The name must look made up (a digit, "_" or ".",
or no ordinary word) so that "on signal we talked" and "the line manager" stay."""
_HANDLE_LABELS = frozenset({"id", "handle", "username", "user", "name", "account", "acc"})
_GAMING_PLATFORMS = frozenset({"twitch", "steam", "xbox", "psn", "roblox", "gamertag", "gamertags"})
"""Platforms whose users are known only by usernames: a made-up word after one is one
("Twitch miloplaysbad"), shaped like a login or not."""
_TICKET_LABELS = frozenset({"reporter", "assignee", "requester", "author"})
"""A ticket's fields, which hold a login ("ofelia.rm") or a person's name: a handle only
when it is shaped like a login."""
_PLATFORMS_AFTER = [
    "github",
    "gitlab",
    "telegram",
    "signal",
    "discord",
    "wechat",
    "insta",
    "instagram",
    "twitter",
    "tiktok",
    "reddit",
    "mastodon",
    "keybase",
    "linkedin",
    "snapchat",
    "bluesky",
    "there",  # "the ops guy is piotr_etl on there": the platform named before
]
_ON_PLATFORM = rf"[ \t]+on[ \t]+(?i:(?:{'|'.join(_PLATFORMS_AFTER)}))\b"
HANDLE_ON_PLATFORM = re.compile(
    rf"(?<![\w@./-])([A-Za-z0-9][\w.-]{{1,30}}[A-Za-z0-9]){_ON_PLATFORM}"
)
"""A username before its platform: "rkessler-lab on github", "piotr_etl on telegram"."""
_PLATFORM_AFTER = re.compile(_ON_PLATFORM)
"""Where a username may end: before "on github" (a match of :data:`HANDLE_ON_PLATFORM` is
then looked for just before it, not at every word of the text)."""
CHAT_SPEAKER = re.compile(
    r"^[ \t>]*([A-Za-z][\w.-]{0,30}[A-Za-z0-9_](?:,[ \t][A-Z][\w'-]{1,30})?)[ \t]+"
    r"\[\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]",
    re.MULTILINE,
)
"""A chat export's speaker before the time: "dmitri.k [10:14] ok so ...", Teams' "Grant,
Mark [11:02]"."""
DISCORD_TAG = re.compile(r"#\d{4}(?!\d)")
"""The number of a Discord tag ("kiwi_fruit#4421"); its name is read backwards from it."""
_TAG_NAME = re.compile(r"[A-Za-z0-9_.]{2,32}$")
_TRAILING = ".,;:!?)]}'\""

SSN = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", re.IGNORECASE)
CARD = re.compile(
    r"(?<![\w-])(?:\d{4}[ -]?){3}\d{1,4}(?![\w-])|(?<![\w-])\d{4}[ -]\d{6}[ -]\d{5}\b"
)
_CARD_HINT = re.compile(r"\d{4}[ -]?\d{4}")
"""What every card number holds: eight digits, in two groups or one."""
_IBAN_HINT = re.compile(r"[A-Z]\d\d", re.IGNORECASE)
"""What every IBAN holds: a letter of its country, then its two check digits."""
_TICKET_HINT = re.compile(r"[-_#/]\d\d")
"""What every ticket's code (:data:`TICKET`) holds: a sign, then its number's digits."""
IPV4 = re.compile(
    r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:/\d{1,2})?(?!\w|\.\w)"
)
IPV6 = re.compile(
    r"(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])"
    r"|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4}(?![\w:])",
    re.IGNORECASE,
)
TICKET = re.compile(
    r"\b([A-Z][A-Z0-9]{1,9})(?:[-_/][A-Z0-9]{1,12}){0,4}?[-_#/](\d{2,})(?:[-_/][A-Z0-9]{1,12})*\b"
)
PLATE = re.compile(
    r"(?i:\b(?:plate|registration|reg|number[ \t]plate|licen[cs]e[ \t]plate|vehicle)[ "
    r"\t]*(?:number|no\.?)?"
    r"[ \t]*(?:is|was|:)?[ \t]*)([A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4})\b"
)
CUED_ID = re.compile(
    r"\b(?:employee|staff|badge|customer|client|account|acct|member(?:ship)?|order|ticket|case|"
    r"invoice|passport|licen[cs]e|ID|identifier|reference|ref|policy|patient|student|tax|payroll|"
    r"national insurance|NI|social security|SSN|routing|serial|record|contract|claim|"
    r"registration|personnel|number|no\.|reference|document|file|report|incident|request|"
    r"complaint|application|booking|matter|docket|grant|licen[cs]e[ \t]reference|"
    r"purchase[ \t]order|PO|P\.O\.|voucher|receipt|tracking|shipment|parcel|asset|"
    r"device|vehicle|registration[ \t]plate|NHS|NPI|VAT|EIN|TIN|SIN|BSN|PPS)"
    r"(?:\s+(?:number|no\.?|num|code|ID|#))?(?:\s*(?:is|was|:|#|=|of))?\s*#?"
    r"([A-Z0-9][A-Z0-9/-]{2,}[A-Z0-9])\b",
    re.IGNORECASE,
)
CODE_ISSUE = re.compile(
    r"(?i:\b(?:issue|pull[ \t]request|merge[ \t]request|PR|MR|bug)[ \t]*(?:#|!|no\.?[ \t]*)?)"
    r"(\d{2,7})\b(?![.,]\d)"
)
"""The number of an issue, pull or merge request: "Merge request 342", "issue 2210"."""
_CODE_ISSUE_OPEN = ("issue", "pull", "merge", "pr", "mr", "bug")
_OPENINGS: dict[re.Pattern[str], tuple[str, ...]] = {
    PLATE: ("plate", "registration", "reg", "number", "licen", "vehicle"),
    CUED_ID: (
        *("employee", "staff", "badge", "customer", "client", "account", "acct", "member"),
        *("order", "ticket", "case", "invoice", "passport", "licen", "id", "identifier"),
        *("reference", "ref", "policy", "patient", "student", "tax", "payroll", "national"),
        *("ni", "social", "ssn", "routing", "serial", "record", "contract", "claim"),
        *("registration", "personnel", "number", "no", "document", "file", "report"),
        *("incident", "request", "complaint", "application", "booking", "matter", "docket"),
        *("grant", "purchase", "po", "p", "voucher", "receipt", "tracking", "shipment"),
        *("parcel", "asset", "device", "vehicle", "nhs", "npi", "vat", "ein", "tin", "sin"),
        *("bsn", "pps"),
    ),
}
"""The words (their beginnings, in lower case) that open a match of a cue-led pattern: the
pattern is tried only where one starts (``prefilter.keyword_led``). Keep in step with the
pattern's cue words; tests/moderation/test_redaction_prefilter.py checks it."""
_NATIONAL_ID_CUE = re.compile(
    rf"(?i:\b(?:{NATIONAL_IDS})(?:[ \t]+(?:card|number|no\.?|num|#|ID))?"
    r"(?:[ \t]*(?:is|was|reads|like|e\.g\.|eg|such[ \t]as|jaise|:|#|=|,|of))?[ \t]*)$"
)
_NATIONAL_ID_BODY = re.compile(
    r"(?=[A-Z0-9./-]*\d)[A-Z0-9]+(?:[./-][A-Z0-9]+)*(?:[ ]\d{2,6}(?:[./-]\d+)*)*\b"
)
_DIGITS = re.compile(r"\d\d\d+")  # tried at the text's digits, found once for every detector
_ALPHA = re.compile(r"[^\W\d_]+")
_ID_WORDS = frozenset(
    word.casefold()
    for word in _ALPHA.findall(NATIONAL_IDS.replace("[ée]", "e").replace("[ \\t]", " "))
    if len(word) > 1
) | frozenset({"cédula", "identité"})
"""Words of the identity-number cues: a cheap test before the cue's regular expression."""
ID_SHAPES = re.compile(
    r"(?<![\w./-])(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{5}-\d{7}-\d|[A-Z]{5}\d{4}[A-Z]"
    r"|[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d)(?![\w-]|[.,]\d)"
)
"""Identity numbers of well-known shapes: Brazil's CPF, Pakistan's CNIC, India's PAN,
Mexico's CURP."""
_ID_SHAPE_HINT = re.compile(r"\d{3}\.\d|\d{5}-|\d{4}[A-Z]")
"""What every match of :data:`ID_SHAPES` holds from one of its digits on."""
ALNUM_ID = re.compile(
    r"\b(?=[A-Z0-9-]{0,40}\d)(?=[0-9-]{0,40}[A-Z])[A-Z0-9][A-Z0-9-]{4,}[A-Z0-9]\b"
)
"""A code of capitals and digits ("E10293", "RS482113"; five digits at least); its first digit
and letter within 40 characters, so that each of the words of a long hyphen-joined run is
not checked against the whole run."""
_ALNUM_ID_HINT = re.compile(r"\d(?:[0-9-]*[A-Z]|(?<=[A-Z-]\d))")
"""What every match of :data:`ALNUM_ID` holds from one of its digits: a capital later, with
only digits and hyphens between, or a capital or hyphen just before (the first digit after
the capitals)."""
HEX_DIGEST = re.compile(
    r"(?i:\b(?:commit|commits|sha|sha1|sha256|hash|revision|rev|digest|changeset|build)"
    r"(?:[ \t]+(?:id|hash|is|was|no\.?))*+[ \t]*+[:#=@]?[ \t]*+)"
    r"(?=[0-9a-f]{0,63}[a-f])(?=[0-9a-f]{0,63}\d)([0-9a-f]{7,64})(?![\w-])"
    r"|(?<![\w-])(?=[0-9a-f]{0,63}[a-f])(?=[0-9a-f]{0,63}\d)([0-9a-f]{10,64})(?![\w-])"
)
"""A commit hash or an image digest ("commit a3f9c21", "sha256:9f86d0..."): it can be looked
up in a public repository or registry, and leads to the firm and its authors. Seven hex
digits need a cue; ten or more, with letters and at least three digits, stand alone."""
NI_NUMBER = re.compile(r"\b[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D]\b")
"""A UK National Insurance number ("QQ 12 34 56 C")."""
LETTER_ID = re.compile(r"(?<![\w.@/-])[a-z]\d{6,9}(?![\w@.-])")
"""A student's or staff member's login ID: one letter, then digits ("s2213847")."""
_NI_HINT = re.compile(r"\d\d[ \t]?\d\d[ \t]?\d\d[ \t]?[A-D]\b")
_LETTER_ID_HINT = re.compile(r"[a-z]\d{6}")
_KEYED_HINT = re.compile(r"(?:_id|Id|ID|_no|_num|_ref)[ \t]*[=:]")
"""What a match of :data:`NI_NUMBER`, :data:`LETTER_ID` or :data:`KEYED_ID` holds: looked
for first, so that the pattern is not tried at every word of most texts (the first two from
the text's digits, ``prefilter.digit_led_hint``: their hints hold a digit 0 and 1 characters
in)."""
KEYED_ID = re.compile(
    r"\b[A-Za-z]*(?:_id|Id|ID|_no|_num|_ref)[ \t]*[=:][ \t]*['\"]?([A-Za-z0-9][\w.-]{2,40})"
)
"""The value of a log's or a query's identifier field: "user_id=u-448120", "caseId: 77A3"."""
SLASHED_REF = re.compile(
    r"\b[A-Z]{2,6}[ \t]\d{1,4}(?:/[A-Z0-9]{1,8}){1,3}\b(?![ \t]*\d)"
    r"|\b[A-Z]{1,6}/(?:19|20)\d\d/\d{2,6}\b"
)
"""A reference of letters, then numbers and codes joined by slashes: "REC 22/SW/0187", or of
letters, a year and a number: "C/2024/1187"."""
_HEX_RUN = re.compile(
    r"\d(?:"
    + "|".join(f"(?<=[0-9a-fA-F]{{{upto}}})[0-9a-fA-F]{{{7 - upto}}}" for upto in range(1, 8))
    + ")"
)
"""Seven hex digits in a row, one of them a digit, which every hash or digest holds: looked
for first, from each digit of the text (``prefilter.digit_led_hint``; the seven may begin up to
six before it), not at every letter from "a" to "f"."""
LONG_NUMBER = re.compile(r"(?<![\w.,-])\d{7,}(?![\w-]|[.,]\d)")
PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(0\)[ ]?)?(?:\(\d{1,5}\)[ .-]?)?"
    r"\d{1,8}(?:[ .-]\d{1,8}){0,5}(?:[ ]?(?:x|ext\.?)[ ]?\d{1,5})?(?![\w])",
    re.IGNORECASE,
)
_PHONE_LEAD = re.compile(r"[\d+(]")
"""How every phone number begins: a digit, "+" or "(" (``prefilter.led_matches``)."""
_YEAR_INSIDE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_PHONE_REGIONS = ("US", "GB", "DE", "FR", "IN", "AU")
_GROUPED_LIKE_A_PHONE = re.compile(
    r"\d{3}[ -]\d{3,4}[ -]\d{4}|[6-9]\d{4}[ ]\d{5}|0\d{1,3}[ -]\d{4}[ -]\d{4}"
)
"""Digits grouped as national phone numbers are ("300 000 1947", "98450 55501", "010-0000
6688"): a phone, whatever a group of four looks like (a year) and whatever shorter finding
a group holds."""
_YEAR_FIRST = re.compile(r"(?:1[89]|20)\d\d\b")
_PHONE_CUE = re.compile(
    r"(?:phone|tel|telephone|mobile|cell|call|text|whatsapp|fax|number|reach|dial|ring)\W{0,3}"
    r"(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def find_contacts(text: str) -> list[Candidate]:
    """Find e-mail addresses, URLs and handles.

    >>> [(c.kind, c.start, c.end) for c in find_contacts("see www.x.org or @jane_d")]
    [('URL', 4, 13), ('URL', 4, 13), ('HANDLE', 17, 24)]
    """
    found: list[Candidate] = []
    if "@" in text:
        at_signs = (m.start() for m in re.finditer("@", text))
        found += [
            Candidate(m.start(), m.end(), "EMAIL", PRIORITY_STRUCTURED + 5)
            for m in run_led(EMAIL, text, at_signs, _LOCAL_PART)
        ]
    if _spelled(text):
        found += [
            Candidate(m.start(), m.end(), "EMAIL", PRIORITY_STRUCTURED + 4)
            for m in SPELLED_EMAIL.finditer(text)
            if not text.startswith("/", m.end())  # "the pings at grafana.x.example/d/...": a link
        ]
    for match in URL.finditer(text) if may_hold(text, _URL_OPENINGS) else ():
        start, end = _trimmed(text, match.start(), match.end())
        found.append(Candidate(start, end, "URL", PRIORITY_STRUCTURED + 3))
    endings = (m.start() for m in _DOMAIN_HINT.finditer(text))
    for match in run_led(BARE_DOMAIN, text, endings, _DOMAIN_PART):
        start, end = _trimmed(text, match.start(), match.end())
        found.append(Candidate(start, end, "URL", PRIORITY_STRUCTURED + 2))
    found += [
        Candidate(m.start(), m.end(), "HANDLE", PRIORITY_STRUCTURED)
        for m in literal_led(HANDLE, text, _HANDLE_HINTS)
        if not _topic_hashtag(text, m)
    ]
    if any(hint in text for hint in _HANDLE_HINTS):
        found += _discord_tags(text)
    found += _cued_handles(text) + _numbered_logins(text)
    return found


def _spelled(text: str) -> bool:
    """Whether an address may be spelled out in ``text`` ("jane dot doe", "jane [at] x"): the
    scan for the hint is asked only of a text holding "dot" or an opening bracket."""
    hinted = may_hold(text, _SPELLED_DOTS) or any(bracket in text for bracket in "[({<")
    return hinted and _SPELLED_HINT.search(text) is not None


def _topic_hashtag(text: str, match: re.Match[str]) -> bool:
    """ "#DataEthics", "#MLtwitter" at a post's end: a public topic. A workplace channel has a
    joined name ("#risk-model-v2", "#ml_fairness") or a cue before it ("posted in #random")."""
    tag = match.group()
    if not tag.startswith("#") or any(ch in tag for ch in "-_") or any(ch.isdigit() for ch in tag):
        return False
    return _CHANNEL_CUE.search(text, max(0, match.start() - 12), match.start()) is None


def _discord_tags(text: str) -> list[Candidate]:
    """ "kiwi_fruit#4421": a name written onto a four-digit tag."""
    found: list[Candidate] = []
    for match in DISCORD_TAG.finditer(text):
        name = _TAG_NAME.search(text, max(0, match.start() - 32), match.start())
        if name is not None and (name.start() == 0 or not text[name.start() - 1].isalnum()):
            found.append(Candidate(name.start(), match.end(), "HANDLE", PRIORITY_STRUCTURED))
    return found


def known_word(word: str) -> bool:
    """Whether a lower-case word is one of the frequent words, the dictionary's or a tool's."""
    return is_common(word) or is_dictionary_word(word) or word in TECH_TERMS


def _made_up(name: str) -> bool:
    """Whether a username is no ordinary word: it holds a digit, "_" or ".", or no list
    knows it (or one of its hyphen-joined parts: "rkessler-lab", not "state-of-the-art")."""
    if any(ch.isdigit() or ch in "_." for ch in name):
        return True
    return any(not known_word(part) for part in name.casefold().split("-") if part)


_NUMBERED_LOGIN = re.compile(r"(?<![\w@/.:#&=+-])[a-z][a-z_.]*[a-z_]\d{2,4}(?![\w@/-]|\.\w)")
"""A lower-case word with digits at its end, as usernames are made ("akowalczyk02",
"seoyeon_yoon88", "nightshift_nurse_22"); a key or file name is left to its own rules."""
_LOGIN_DIGITS = re.compile(r"[a-z_]\d\d")
"""What every match of :data:`_NUMBERED_LOGIN` holds: looked for from the text's digits."""


def _numbered_logins(text: str) -> list[Candidate]:
    """Usernames written with no platform and no sigil: a word of :data:`_NUMBERED_LOGIN`
    with a made-up part ("zhoulei_sz88"), not a word of the dictionary with a number on it
    ("covid19", "python311", "sales_2023")."""
    found: list[Candidate] = []
    if not digit_led_hint(_LOGIN_DIGITS, text, back=1):
        return found
    for match in _NUMBERED_LOGIN.finditer(text):
        parts = re.split(r"[_.]", match.group().rstrip("0123456789"))
        if sum(len(part) for part in parts) < 4 or not any(
            part and _made_up(part) for part in parts
        ):
            continue
        found.append(Candidate(match.start(), match.end(), "HANDLE", PRIORITY_STRUCTURED - 2))
    return found


_REVIEW_ACTS = (
    *("reverted", "approved", "merged", "closed", "reopened", "opened", "authored"),
    *("committed", "pushed", "reviewed", "assigned", "reassigned", "filed", "raised"),
    *("created", "deleted", "edited", "credited", "resolved", "rejected", "commit"),
)
ACTED_LOGIN = re.compile(
    rf"(?i:\b(?:{'|'.join(_REVIEW_ACTS)})(?:[ \t]+[0-9a-f]{{4,40}})?[ \t]+(?:by|to)[ \t]+)"
    r"(@?[a-z][a-z0-9._-]{2,30}[a-z0-9])\b(?![@.]\w)"
)
"""A login after what a code review or a ticket records being done by or to it: "reverted by
jbertrand-dev", "credited to bvanleeuwen", "commit 3f2a by rsingh" (in lower case, made up,
no bot)."""


_DONE_BY_ACTS = (
    *("changed", "set", "requested", "uploaded", "posted", "shared", "published", "submitted"),
    *("flagged", "reported", "updated", "added", "removed", "triggered"),
)
"""What a platform records someone doing, before "by": "uploaded by X"."""
_SAID_FROM = (
    *("comment", "comments", "reply", "replies", "message", "question", "answer", "note"),
    "review",
)
"""What someone wrote, before "from": "comment from X"."""
_CALLED_USERS = (
    *("user", "username", "account", "player", "member", "contributor", "reviewer", "moderator"),
    *("admin", "streamer", "poster", "grandmaster", "uploader", "redditor", "commenter"),
    *("someone", "somebody", "guy", "girl"),
)
"""Who is "called X" or "named X" by a login: "a user called X"."""
DONE_BY_LOGIN = re.compile(
    rf"(?i:\b(?:(?:{'|'.join(_DONE_BY_ACTS)})[ \t]+by:?"
    rf"|(?:{'|'.join(_SAID_FROM)})[ \t]+from"
    rf"|(?:{'|'.join(_CALLED_USERS)})[ \t]+(?:called|named))[ \t]+)"
    r"(@?[A-Za-z0-9][\w.-]{1,30}[A-Za-z0-9_])(?![@\w]|\.\w)"
)
"""A login after what a platform records it doing or saying, or after "a user called":
"uploaded by crawly_mccrawlface", "comment from t.okonkwo", "a question from
user5521907", "a grandmaster called haru_ml" (made up; "grouped by region" is no act)."""
_DONE_BY_OPEN = (*_DONE_BY_ACTS, *_SAID_FROM, *_CALLED_USERS)


def _acted_logins(text: str) -> list[Candidate]:
    """Logins named by a review's or a ticket's act (:data:`ACTED_LOGIN`), or by what a
    platform records them doing (:data:`DONE_BY_LOGIN`)."""
    found: list[Candidate] = []
    for pattern, opens in ((ACTED_LOGIN, _REVIEW_ACTS), (DONE_BY_LOGIN, _DONE_BY_OPEN)):
        for match in keyword_led(pattern, text, opens):
            name = match.group(1).lstrip("@")
            if name.endswith("bot") or not _made_up(name) or not any(c.isalpha() for c in name):
                continue  # "closed by ops-bot", "assigned to legal"
            if pattern is DONE_BY_LOGIN and name[0].isupper() and not _username_shaped(name):
                continue  # "a user called Tomas": a person's name
            found.append(Candidate(match.start(1), match.end(1), "HANDLE", PRIORITY_STRUCTURED - 2))
    return found


NAMED_LOGIN = re.compile(
    r"(?i:\b(?:goes[ \t]+by|went[ \t]+by|going[ \t]+by|known[ \t]+as|posts[ \t]+as|posting[ \t]+as"
    r"|(?:me|posted|commented|replied)(?:[ \t]+on[ \t]+\w+)?[ \t]+as"
    r"|(?:his|her|their|my|your)[ \t]+(?:id|handle|username|user|nick|tag)[ \t]+(?:is|was)"
    r"|(?:username|name)[ \t]+(?:there|online|on[ \t]+there)[ \t]+(?:is|was)"
    r"|handle[ \t]+(?:is|was)"
    r"|nick(?:name)?[ \t]+(?:is|was))[ \t:]*\n?[ \t]*)([A-Za-z0-9_][\w.-]{1,31}[A-Za-z0-9_])"
)
"""A login a person is known by: "who goes by ren.ships everywhere", "his name there is
tuan.rides.q3", "that's me as j.moreau", "her ID is sunny_day_ph" (shaped like a login:
"goes by Tom" is a person's name)."""
_NAMED_LOGIN_OPEN = (
    *("goes", "went", "going", "known", "posts", "posting", "name", "username", "handle"),
    *("nick", "me", "posted", "commented", "replied", "his", "her", "their", "my", "your"),
)
LOGIN_SPEAKER = re.compile(
    r"^[ \t>*-]*(?:\[?\d[\d/.:,APMapm \t-]{3,24}\]?[ \t]*[\u2013\u2014-]?[ \t]*)?"
    r"([A-Za-z][\w.-]{0,30}[A-Za-z0-9_]):[ \t]+"
    r"(?!(?i:true|false|null|none|yes|no)\b)[^\W\d_][^\s]*(?:[ \t]+[^\s#]+){2}",
    re.MULTILINE,
)
"""A chat line opened by a login, after its time stamp if any, words after it: "> juniper_qa:
its not targeting", "09:14 - kemi.dl: reopening this, it holds personal data" (not a field:
"user_id: 42", "notify_dpo: false # was true")."""
CHAT_NICK = re.compile(
    r"^[ \t]*(?:\[\d{1,2}:\d\d(?::\d\d)?(?:[ \t]?[AP]M)?\][ \t]*)?"
    r"<([@+]?[A-Za-z0-9_][\w.|^-]{1,30})>[ \t]+\S",
    re.MULTILINE,
)
"""An IRC or Matrix log's line, opened by the writer's nick in angle brackets: "[22:14]
<dkowal> merged it". HTML's tags have no text of their own after them on the line's start."""
DISCORD_LINE = re.compile(
    r"^[ \t]*([A-Za-z0-9_][\w.-]{1,31})[ \t]+[\u2014\u2013-][ \t]+"
    r"(?:(?i:today|yesterday)[ \t]+at[ \t]+\d|\d{1,2}/\d{1,2}/\d{2,4}[ \t]+\d)",
    re.MULTILINE,
)
"""A Discord export's line: the writer's name, a dash and when ("dustmoth — Today at 9:12
PM")."""
_HTML_TAGS = words_of("a b i p u s br hr em tr td th li ul ol div span code pre img body html head")
_FILE_ENDINGS = words_of(
    """py js ts csv tsv txt md json log sql yml yaml ipynb html xml cfg ini sh r rs go java pdf
    xlsx xls docx doc png jpg parquet"""
)
"""What ends a file's name: "train.py: error" opens a line of a log, not of a chat."""


def _named_logins(text: str) -> list[Candidate]:
    """Logins named as what someone goes by (:data:`NAMED_LOGIN`) and chat lines opened by a
    login (:data:`LOGIN_SPEAKER`), when the word is shaped like one (:func:`_username_shaped`)."""
    found = [
        Candidate(m.start(1), m.end(1), "HANDLE", PRIORITY_STRUCTURED - 1)
        for m in keyword_led(NAMED_LOGIN, text, _NAMED_LOGIN_OPEN)
        if _username_shaped(m.group(1).rstrip("."))
    ]
    if "<" in text and ">" in text:
        for match in CHAT_NICK.finditer(text):
            name = match.group(1).lstrip("@+")
            if name.casefold() not in _HTML_TAGS and not is_common(name):
                start = match.end(1) - len(name)
                found.append(Candidate(start, match.end(1), "HANDLE", PRIORITY_STRUCTURED - 1))
    if " at " in text or "/" in text:
        for match in DISCORD_LINE.finditer(text):
            name = match.group(1)
            kind = "PERSON" if name.isalpha() and _given(name) else "HANDLE"
            found.append(Candidate(match.start(1), match.end(1), kind, PRIORITY_STRUCTURED - 1))
    if ":" not in text:
        return found
    for match in LOGIN_SPEAKER.finditer(text):
        name = match.group(1)
        if ("_" in name or "." in name) and not _file_name(name) and _username_shaped(name):
            found.append(Candidate(match.start(1), match.end(1), "HANDLE", PRIORITY_STRUCTURED - 1))
    return found


_LOGIN_VERB = re.compile(
    r"(?i:\b(?:said|says|replied|replies|wrote|writes|posted|posts|asked|commented|"
    r"answered|agreed|told|tweeted|streams|mods)\b)"
)
_LOGIN_VERB_OPEN = (
    *("said", "says", "replied", "replies", "wrote", "writes", "posted", "posts", "asked"),
    *("commented", "answered", "agreed", "told", "tweeted", "streams", "mods"),
)
_LOGIN_BEFORE = re.compile(r"(?<![\w@./'\u2019-])([A-Za-z][\w.-]{1,30}[A-Za-z0-9_])[ \t]+\Z")
"""A login as the subject of what people say or post: "priya_xgb said", "noor_ak replied",
"wasp_202 posts her timetable" (with "_", an inner "." or digits: "model_v2 said" would be
no person, but a file or field is rarely the subject of these verbs)."""
_BRACKETED_LOGIN = re.compile(
    r"\([ \t]*(?:(that['\u2019]s|that[ \t]+is|aka|a\.k\.a\.?|on[ \t]+\w+(?:[ \t]+(?:as|is|na))?)"
    r"[ \t]+)?(@?[A-Za-z0-9][\w.-]{1,30}[A-Za-z0-9_])[ \t]*[,)]"
)
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'\u2019-]{1,24}[ \t]*\Z")
"""A login in brackets after a person's name: "Tomasz (t.wojcik)", "Femi (on Slack na
femi.ade)", "Pak Budi (that's pakbudi, our CTO)"."""
GIT_AUTHOR = re.compile(
    r"^[ \t]*(?i:author|co-authored-by|committer|signed-off-by)[ \t]*:[ \t]*"
    r"([A-Za-z0-9][\w.-]{1,38})[ \t]+<",
    re.MULTILINE,
)
"""A git log's author given by a login before the address: "Author: ops-jay <...>"."""


def _given(word: str) -> bool:
    """Whether a capitalised word is a given name ("Magnus", not "Pandas" before "(df_final)")."""
    return bool(word_flags(word) & FIRST)


def _file_name(name: str) -> bool:
    """Whether a word ends like a file's name (:data:`_FILE_ENDINGS`): "train.py"."""
    inner = name.strip(".")
    return "." in inner and inner.rsplit(".", 1)[-1].casefold() in _FILE_ENDINGS


def _strong_login(name: str) -> bool:
    """Shaped like a login by "_", an inner "." or digits, and no file's name."""
    strong = "_" in name or "." in name.strip(".") or any(ch.isdigit() for ch in name)
    return strong and not _file_name(name) and _username_shaped(name)


_STRONG_LOGIN_HINT = re.compile(r"[A-Za-z0-9]_[A-Za-z0-9]|[a-z]\.[a-z]|[a-z]\d|\d[a-z]|[a-z][A-Z]")
_STRONG_LOGIN_MARK = re.compile(r"[_.A-Z](?<![^a-z][A-Z])")
"""What every match of :data:`_STRONG_LOGIN_HINT` holds first or second if not a digit: "_",
"." or a capital after a lower-case letter. Few characters of prose are one, and the hint,
which the regex engine would try at every letter, is tried only at them and just before."""
_FEW_LOGIN_MARKS = 200
"""Up to how many marks and digits the hint is tried at each: beyond, one scan costs less."""
_LOGIN_WORD = re.compile(r"[\w.-]{0,31}\Z")
_LOGIN_REST = re.compile(r"[\w.-]{0,31}")


_LOGIN_PARTS = re.compile(r"[^\W\d_]{3,}")


def _personal(login: str) -> bool:
    """Whether a login holds a part no dictionary or tool list knows ("ramona_codes",
    "xXGhostPandaXx"), as people's logins do; "df_train" and "model_v2" are a program's
    names."""
    return any(
        not (known_word(part) or _compound(part))
        for part in (p.casefold() for p in _LOGIN_PARTS.findall(login))
    )


def _compound(word: str) -> bool:
    """Whether a word is two known words run together ("postcode", "dataframe")."""
    return any(known_word(word[:cut]) and known_word(word[cut:]) for cut in range(3, len(word) - 2))


def _login_hints(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_STRONG_LOGIN_HINT` in ``text``, tried only at and just before
    each of :data:`_STRONG_LOGIN_MARK` and each digit (the text's digits are found once for
    every detector), unless they are many.

    >>> [hint.group() for hint in _login_hints("ask dim_heron07.")]
    ['m_h', 'n0']
    """
    marks = [mark.start() for mark in _STRONG_LOGIN_MARK.finditer(text)] + digit_starts(text)
    if len(marks) > _FEW_LOGIN_MARKS:
        return _STRONG_LOGIN_HINT.finditer(text)
    starts = {*marks, *(mark - 1 for mark in marks)}
    starts.discard(-1)
    return led_at(_STRONG_LOGIN_HINT, text, sorted(starts))


def _paired_logins(text: str) -> list[Candidate]:
    """Two words shaped like logins listed side by side, one with "_", "." or digits and one
    no program's name (:func:`_personal`): "xXNightOwlXx, dim_heron07", "pixel.finch,
    ramona_codes and tiagoo.exe" (not "df_train, df_test"). The list is of logins, and
    :func:`listed_handles` walks the rest of it."""
    found: list[Candidate] = []
    ends: set[int] = set()
    for hint in _login_hints(text):
        if hint.start() < (max(ends) if ends else -1):
            continue  # within a word already read
        head = _LOGIN_WORD.search(text, max(0, hint.start() - 31), hint.start())
        tail = _LOGIN_REST.match(text, hint.start())
        if head is None or tail is None:
            continue
        start, end = _trimmed(text, head.start(), tail.end())
        ends.add(end)
        name = text[start:end]
        if start and (text[start - 1].isalnum() or text[start - 1] in "@/.#"):
            continue
        if not _username_shaped(name):
            continue
        after = _NEXT_IN_LIST.match(text, end)
        if after is None or not any(ch in " \t" for ch in text[end : after.start(1)]):
            continue  # "staff_id,full_name,team": a table's header, not a list in a sentence
        other = after.group(1).lstrip("@")
        shaped = _username_shaped(other) and (_strong_login(name) or _strong_login(other))
        if shaped and (_personal(name) or _personal(other)):
            found.append(Candidate(start, end, "HANDLE", PRIORITY_STRUCTURED - 2))
            found.append(Candidate(after.start(1), after.end(1), "HANDLE", PRIORITY_STRUCTURED - 2))
    return found


def _logins_in_prose(text: str) -> list[Candidate]:
    """Logins that say or post things (:data:`_LOGIN_BEFORE`), in brackets after a person's
    name (:data:`_BRACKETED_LOGIN`) and as a git log's author (:data:`GIT_AUTHOR`)."""
    found = _paired_logins(text)
    for verb in keyword_led(_LOGIN_VERB, text, _LOGIN_VERB_OPEN):
        login = _LOGIN_BEFORE.search(text, max(0, verb.start() - 34), verb.start())
        if login is not None and _strong_login(login.group(1)):
            found.append(Candidate(login.start(1), login.end(1), "HANDLE", PRIORITY_STRUCTURED - 2))
    position = text.find("(")
    while position >= 0:
        login = _BRACKETED_LOGIN.match(text, position)
        named = _CAPITAL_BEFORE.search(text, max(0, position - 26), position)
        led = login is not None and login.group(1) is not None  # "Femi (on Slack na femi.ade)"
        if login is not None and named is not None and (led or _given(named.group().strip())):
            name = login.group(2).lstrip("@")
            lower = any(ch.islower() for ch in name)  # "Ana (E20417)": his staff number
            if lower and (_strong_login(name) or (login.group(1) and _made_up(name))):
                found.append(
                    Candidate(login.start(2), login.end(2), "HANDLE", PRIORITY_STRUCTURED - 2)
                )
        position = text.find("(", position + 1)
    if ":" in text:
        for author in GIT_AUTHOR.finditer(text):  # one word before the address: a login
            if any(ch.isalpha() for ch in author.group(1)):
                found.append(
                    Candidate(author.start(1), author.end(1), "HANDLE", PRIORITY_STRUCTURED - 2)
                )
    return found


def _cued_handles(text: str) -> list[Candidate]:
    """Usernames named by their platform (:data:`CUED_HANDLE`, :data:`HANDLE_ON_PLATFORM`)
    or as what someone goes by (:func:`_named_logins`), and chat speakers before their time
    (:data:`CHAT_SPEAKER`)."""
    found = _acted_logins(text) + _named_logins(text) + _logins_in_prose(text)
    if "[" in text:
        for match in CHAT_SPEAKER.finditer(text):
            name = match.group(1)
            kind = "HANDLE" if any(ch.isdigit() or ch in "._" for ch in name) else "PERSON"
            found.append(Candidate(match.start(1), match.end(1), kind, PRIORITY_STRUCTURED - 1))
    for platform in _PLATFORM_AFTER.finditer(text) if " on " in text else ():
        user = HANDLE_ON_PLATFORM.search(text, max(0, platform.start() - 33), platform.end())
        if user is not None and user.end() == platform.end():
            name = user.group(1)
            if _made_up(name) and any(ch.isdigit() or ch in "._-" for ch in name):
                found.append(
                    Candidate(user.start(1), user.end(1), "HANDLE", PRIORITY_STRUCTURED - 1)
                )
    for match in keyword_led(CUED_HANDLE, text, _PLATFORM_WORDS):
        start, end = _trimmed(text, match.start(2), match.end(2))
        name = text[start:end]
        said = match.group().casefold().replace(",", " ").split()
        labelled = match.group(1) in (":", "=", "(") or not _HANDLE_LABELS.isdisjoint(said)
        labelled = labelled or (said[0] in _GAMING_PLATFORMS and match.group(1) != ",")
        if end - start < 3 or not _made_up(name) or not any(ch.isalpha() for ch in name):
            continue
        if name.casefold() in _PLATFORM_WORDS:
            continue  # "Xbox gamertag X": the platform's own word
        shaped = any(ch.isdigit() or ch in "_" for ch in name) or "." in name.strip(".")
        label = match.group().split()[0].casefold().rstrip(":")
        if "-" in name and name.islower() and label not in _TICKET_LABELS:
            shaped = True  # "his GitHub, kenji-tnk": made up, with a hyphen
        if match.group().split()[0].casefold().rstrip(":") in _TICKET_LABELS and not shaped:
            continue  # "Assignee: Sofia Ruiz" is a person; "Reporter: ofelia.rm" a login
        if labelled or shaped:
            found.append(Candidate(start, end, "HANDLE", PRIORITY_STRUCTURED - 1))
    return found


_LIST_LINK = r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)"
_NEXT_IN_LIST = re.compile(rf"{_LIST_LINK}(@?[A-Za-z0-9_][\w.-]{{1,31}}[A-Za-z0-9_])")
_PREVIOUS_IN_LIST = re.compile(
    rf"(?<![\w@./-])([A-Za-z0-9_][\w.-]{{1,31}}[A-Za-z0-9_]){_LIST_LINK}$"
)
_CAMEL = re.compile(r"[a-z][A-Z]")


def _username_shaped(name: str) -> bool:
    """Whether a word looks like a username: made up, with "_", an inner "." or digits
    beside letters, or capitals inside it ("lil_kestrel09", "pixel.wren", "NoScopeNana")."""
    if not _made_up(name.lstrip("@")) or not any(ch.isalpha() for ch in name):
        return False
    inner_dot = "." in name.strip(".")
    mixed = any(ch.isdigit() for ch in name) and any(ch.isalpha() for ch in name)
    return "_" in name or inner_dot or mixed or _CAMEL.search(name) is not None


def handle_mentions(text: str, found: list[Candidate]) -> list[Candidate]:
    """Other mentions of a login found, with or without its "@": "haru_ml's team" after "a
    grandmaster called haru_ml", "ops-jay is Jay Osei" after "Author: ops-jay <...>"."""
    names = {
        text[c.start : c.end].lstrip("@")
        for c in found
        if c.kind == "HANDLE" and c.end - c.start > 3 and "#" not in text[c.start : c.end]
    }
    names = {
        name for name in names if _username_shaped(name) or (name.islower() and _made_up(name))
    }
    if not names:
        return []
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    mention = re.compile(rf"(?<![\w@./-])@?(?:{alternatives})(?![\w@-]|\.\w)")
    return [
        Candidate(m.start(), m.end(), "HANDLE", PRIORITY_STRUCTURED - 3)
        for m in mention.finditer(text)
    ]


def listed_handles(text: str, found: list[Candidate]) -> list[Candidate]:
    """Usernames listed beside a handle found ("@night.shift.nat, tillgirl_bev and
    shelfstackerjay"): a word shaped like a username next to one in a list is one too,
    along the whole list."""
    more: list[Candidate] = []
    handles = [c for c in found if c.kind == "HANDLE"]
    starts = {c.start for c in handles}
    ends = {c.end for c in handles}
    for handle in handles:  # each walk stops at the next handle found: linear in the list
        end = handle.end
        while (match := _NEXT_IN_LIST.match(text, end)) and _username_shaped(match.group(1)):
            if match.start(1) in starts:
                break
            more.append(Candidate(match.start(1), match.end(1), "HANDLE", PRIORITY_STRUCTURED - 2))
            end = match.end(1)
        start = handle.start
        while (match := _PREVIOUS_IN_LIST.search(text, max(0, start - 40), start)) and (
            _username_shaped(match.group(1)) and match.end(1) not in ends
        ):
            more.append(Candidate(match.start(1), match.end(1), "HANDLE", PRIORITY_STRUCTURED - 2))
            start = match.start(1)
    return more


def _luhn(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


_NOT_TICKETS = words_of(
    "covid sars mers utf sha iso gpt md mp pm co2 ipv ieee rfc ansi win windows ios tls ssl "
    "http python py es ecma top q1 q2 q3 q4 h1 h2 fy cy ww"
)


def _ticket(match: re.Match[str]) -> bool:
    prefix = match.group(1).casefold()
    return prefix not in _NOT_TICKETS and not prefix.isdigit()


YEAR_SEQUENCE_REF = re.compile(
    r"\b(?!(?:FY|AY|SY|CY)\b)[A-Z]{2,6}[ \t](?:19|20)\d\d[-/]\d{2,6}\b(?![-/]\d)"
)
"""A record's reference of a prefix, a year and a number in the year: "INV 2023-0042",
"CASE 2021/0456" (not a year range, nor a fiscal or academic year: "FY 2022-23")."""
_YEAR_SEQUENCE_HINT = re.compile(r"(?:19|20)\d\d[-/]\d\d")
_NUMBER_GOES_ON = re.compile(r"[ .-]\d{2}")
_SPACED_DIGITS = re.compile(r"\d{2,6}(?:[ -]\d{2,6}){1,5}(?![\w-]|[.,]\d)")
_ACCOUNT_CUE = re.compile(r"(?i:^(?:account|acct|customer|member|policy|patient|client))")
"""Records whose numbers are written in spaced groups ("account 2003 4471 882"), no phone's."""


def find_ids(text: str) -> list[Candidate]:
    """Find ID numbers: SSNs, cards, IBANs, IP addresses, tickets and cued numbers.

    >>> [text[c.start:c.end] for text in ["employee number 48213"] for c in find_ids(text)]
    ['48213']
    """
    found: list[Candidate] = []
    if "::" in text or text.count(":") >= 7:  # what every IPv6 address holds
        found += [
            Candidate(m.start(), m.end(), "ID", PRIORITY_STRUCTURED + 2)
            for m in IPV6.finditer(text)
        ]
    if not holds_digit(text):
        return found  # every other ID holds a digit ("dead::beef" need not)
    for pattern in (SSN, IPV4):
        found += [
            Candidate(m.start(), m.end(), "ID", PRIORITY_STRUCTURED + 2)
            for m in led_matches(pattern, text, DIGIT_LED)
        ]
    # Each of these scans is tried only where a digit says it can match (most texts hold few
    # digits), not at every character: ``prefilter.digit_led_hint``.
    for match in IBAN.finditer(text) if digit_led_hint(_IBAN_HINT, text, back=1) else ():
        if len(match.group().replace(" ", "")) >= 15:
            found.append(Candidate(match.start(), match.end(), "ID", PRIORITY_STRUCTURED + 1))
    for match in led_matches(CARD, text, DIGIT_LED) if digit_led_hint(_CARD_HINT, text) else ():
        digits = re.sub(r"\D", "", match.group())
        if 13 <= len(digits) <= 19 and (_luhn(digits) or " " not in match.group()):
            found.append(Candidate(match.start(), match.end(), "ID", PRIORITY_STRUCTURED + 1))
    found += [
        Candidate(m.start(), m.end(), "ID", PRIORITY_STRUCTURED)
        for m in (TICKET.finditer(text) if digit_led_hint(_TICKET_HINT, text, back=1) else ())
        if _ticket(m)
    ]
    if digit_led_hint(_YEAR_SEQUENCE_HINT, text):
        found += [
            Candidate(m.start(), m.end(), "ID", PRIORITY_STRUCTURED)
            for m in YEAR_SEQUENCE_REF.finditer(text)
        ]
    found += [
        Candidate(m.start(1), m.end(1), "ID", PRIORITY_STRUCTURED)
        for m in keyword_led(CODE_ISSUE, text, _CODE_ISSUE_OPEN)
    ]
    for pattern in (CUED_ID, PLATE):
        for match in keyword_led(pattern, text, _OPENINGS[pattern]):
            code = match.group(1)
            if code.isdigit() and _NUMBER_GOES_ON.match(text, match.end(1)):
                run = _SPACED_DIGITS.match(text, match.start(1))
                if run is not None and _ACCOUNT_CUE.search(match.group()) is not None:
                    found.append(Candidate(run.start(), run.end(), "ID", PRIORITY_STRUCTURED + 1))
                continue  # "his number 0917 555 0123": a phone number, found as one
            digits = sum(ch.isdigit() for ch in code)
            mixed = digits >= 2 and any(ch.isalpha() for ch in code) and len(code) >= 4
            if digits >= 3 or mixed or (pattern is PLATE and digits >= 1):
                found.append(Candidate(match.start(1), match.end(1), "ID", PRIORITY_STRUCTURED))
    found += _national_ids(text)
    for match in HEX_DIGEST.finditer(text) if digit_led_hint(_HEX_RUN, text) else ():
        group = 1 if match.group(1) else 2
        if group == 2 and sum(ch.isdigit() for ch in match.group(2)) < 3:
            continue  # "decade1234"? no: a long hex word needs digits to be a hash
        found.append(Candidate(match.start(group), match.end(group), "ID", PRIORITY_STRUCTURED))
    if _KEYED_HINT.search(text):
        for match in KEYED_ID.finditer(text):
            if any(ch.isdigit() for ch in match.group(1)):
                found.append(Candidate(match.start(1), match.end(1), "ID", PRIORITY_STRUCTURED - 1))
    found += [
        Candidate(m.start(), m.end(), "ID", PRIORITY_STRUCTURED)
        for pattern, hint, back in ((NI_NUMBER, _NI_HINT, 0), (LETTER_ID, _LETTER_ID_HINT, 1))
        for m in (pattern.finditer(text) if digit_led_hint(hint, text, back) else ())
    ]
    if "/" in text:
        found += [
            Candidate(m.start(), m.end(), "ID", PRIORITY_STRUCTURED)
            for m in SLASHED_REF.finditer(text)
            if " " not in m.group()  # "C/2024/1187"
            or any(ch.isalpha() for ch in m.group().split(None, 1)[1])  # not "LIVE 3/1/2025"
        ]
    for pattern, lead in ((ALNUM_ID, None), (LONG_NUMBER, DIGIT_LED)):
        if pattern is ALNUM_ID and not digit_led_hint(_ALNUM_ID_HINT, text):
            continue
        for match in led_matches(pattern, text, lead):
            if sum(ch.isdigit() for ch in match.group()) >= 5:
                found.append(Candidate(match.start(), match.end(), "ID", PRIORITY_STRUCTURED - 20))
    return found


def _national_ids(text: str) -> list[Candidate]:
    """Identity numbers named by their cue ("NIK", "Aadhaar") or known by their shape."""
    found: list[Candidate] = []
    seen: set[int] = set()
    run_start, run_end = 0, -1  # the code around the previous number: walked back only once
    for number in led_matches(_DIGITS, text, DIGIT_LED):
        start = number.start()
        while start > run_end and start > 0 and _in_code(text[start - 1]):
            start -= 1
        if start == run_end:  # reached the previous number: the same code ("1-234-567")
            start = run_start
        run_start, run_end = start, number.end()
        window = text[max(0, start - 48) : start]
        if start in seen or _ID_WORDS.isdisjoint(_ALPHA.findall(window.casefold())):
            continue
        if not _NATIONAL_ID_CUE.search(window):
            continue
        seen.add(start)
        code = _NATIONAL_ID_BODY.match(text, start)
        if code is not None and _id_like(code.group()):
            found.append(Candidate(code.start(), code.end(), "ID", PRIORITY_STRUCTURED + 1))
    if digit_led_hint(_ID_SHAPE_HINT, text):
        found += [
            Candidate(m.start(), m.end(), "ID", PRIORITY_STRUCTURED)
            for m in ID_SHAPES.finditer(text)
        ]
    return found


def _in_code(char: str) -> bool:
    return char in "./-" or char.isalnum()


def _id_like(code: str) -> bool:
    """Enough digits (six, or three among letters) to be an identity number."""
    digits = sum(ch.isdigit() for ch in code)
    letters = sum(ch.isalpha() for ch in code)
    return digits >= 6 or (digits >= 3 and letters >= 2 and len(code) >= 8)


@lru_cache(maxsize=1024)  # ~0.3 ms a call: a number written twice is checked once
def _libphonenumber_span(candidate: str) -> tuple[int, int] | None:
    for region in _PHONE_REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(candidate, region):
            return match.start, match.end
    return None


def _phone_like(raw: str, before: str) -> bool:
    digits = sum(ch.isdigit() for ch in raw)
    if not 7 <= digits <= 15:
        return False
    groups = len(re.findall(r"\d+", raw))
    if raw.startswith(("+", "(")) or _PHONE_CUE.search(before):
        return True
    return groups >= 2 and not re.fullmatch(r"\d{4}[-.]\d{4}", raw)


_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)"
_INNER_DIGIT_WORD = rf"(?:{_DIGIT_WORD[3:-1]}|ten)"
SPOKEN_NUMBER = re.compile(rf"(?i:\b{_DIGIT_WORD}(?:[ \t,-]{{1,3}}{_INNER_DIGIT_WORD}){{6,19}}\b)")
"""A number read out digit by digit, as voice-to-text writes it: "zero seven seven zero zero
nine ..." (seven digit words at least: "one or two" never gets there; "ten" inside one is
two digits said as one)."""
_SPOKEN_DIGITS = re.compile(rf"(?i:\b{_DIGIT_WORD}(?:[ \t-]{_DIGIT_WORD}){{2,12}}\b)")
_CODE_LETTERS = re.compile(r"(?<![\w.-])[A-Z]{2,4}[ \t-]?\Z")
"""A code's capitals before digits read out: "the ticket was VF nine nine two one"."""
_NOT_CODE_LETTERS = frozenset({"OK", "TV", "AM", "PM", "OR", "AND", "THE", "IS"})


def find_spoken_numbers(text: str) -> list[Candidate]:
    """Phone numbers spoken digit by digit (:data:`SPOKEN_NUMBER`), and codes whose digits
    are read out after their capitals (:data:`_CODE_LETTERS`)."""
    found = [
        Candidate(m.start(), m.end(), "PHONE", PRIORITY_PHONE)
        for m in keyword_led(SPOKEN_NUMBER, text, _SPOKEN_OPEN)
    ]
    for m in keyword_led(_SPOKEN_DIGITS, text, _SPOKEN_OPEN):
        letters = _CODE_LETTERS.search(text, max(0, m.start() - 5), m.start())
        if letters is not None and letters.group().rstrip(" \t-") not in _NOT_CODE_LETTERS:
            found.append(Candidate(letters.start(), m.end(), "ID", PRIORITY_PHONE))
    return found


_SPOKEN_OPEN = (
    *("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    *("double", "triple"),
)


def find_phones(text: str) -> Iterator[Candidate]:
    """Find phone numbers in international and national formats.

    >>> [text[c.start:c.end] for text in ["call +44 20 7946 0958 now"] for c in find_phones(text)]
    ['+44 20 7946 0958']
    """
    if not holds_digit(text):
        return
    for match in led_matches(PHONE, text, _PHONE_LEAD):
        raw = match.group()
        if not _phone_like(raw, text[max(0, match.start() - 40) : match.start()]):
            continue
        if _GROUPED_LIKE_A_PHONE.fullmatch(raw) and not _YEAR_FIRST.match(raw):
            yield Candidate(match.start(), match.end(), "PHONE", PRIORITY_STRUCTURED + 1)
            continue
        if not _YEAR_INSIDE.search(raw):
            # The span is the raw match either way; libphonenumber's verdict only sets the
            # priority, which matters only against a year inside the number (same priority).
            yield Candidate(match.start(), match.end(), "PHONE", PRIORITY_PHONE)
            continue
        span = _libphonenumber_span(raw)
        if span is not None and span[1] - span[0] >= len(raw) - 8:
            start, end = match.start() + span[0], match.start() + span[1]
            yield Candidate(
                min(start, match.start()), max(end, match.end()), "PHONE", PRIORITY_PHONE
            )
        else:
            yield Candidate(match.start(), match.end(), "PHONE", PRIORITY_PHONE - 1)
