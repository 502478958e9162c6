"""The engine's cheap gates find what the full scans found: same findings, less work."""

from __future__ import annotations

import re
import re._constants as sre  # the parsed form of a pattern: its cue words, read off it
import re._parser

from moderation.redaction import (
    calendars,
    dates,
    find_identifiers,
    forms,
    names,
    patterns,
    people,
    places,
)
from moderation.redaction.prefilter import (
    DIGIT_LED,
    digit_led_hint,
    hint_found,
    holds_digit,
    keyword_led,
    led_at,
    led_matches,
    literal_led,
    literal_starts,
    may_hold,
    run_led,
    word_starts,
)


def _leading_words(items: list[tuple[object, object]], bounded: bool = False) -> set[str]:
    """What every match of the parsed ``items`` begins with, after a leading ``\\b``: one
    string a branch, its literal letters up to the first thing that is not a literal (a
    class, a repeat); "" where no ``\\b`` leads (a word there may begin anywhere)."""
    prefixes = {""}
    for op, value in items:
        if op is sre.AT and value is sre.AT_BOUNDARY and prefixes == {""}:
            bounded = True
            continue
        if op is sre.LITERAL and bounded:
            prefixes = {prefix + chr(value) for prefix in prefixes}  # type: ignore[arg-type]
            continue
        if op is sre.IN and bounded and all(kind is sre.LITERAL for kind, _ in value):  # type: ignore[attr-defined]
            letters = [chr(item) for _, item in value]  # type: ignore[attr-defined]
            prefixes = {prefix + letter for prefix in prefixes for letter in letters}  # "[QH]"
            continue
        if op is sre.SUBPATTERN and prefixes == {""}:
            return _leading_words(value[-1].data, bounded)  # type: ignore[index]
        if op is sre.BRANCH and prefixes == {""}:
            branches = value[1]  # type: ignore[index]
            return {word for branch in branches for word in _leading_words(branch.data, bounded)}
        break
    return prefixes


_DIGITS = frozenset("0123456789")


def _begins_with_digit(items: list[tuple[object, object]]) -> bool:
    """Whether every match of the parsed ``items`` begins with a digit (after look-arounds)."""
    for position, (op, value) in enumerate(items):
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: "\\b", "(?<![\\w-])", "^"
        if op is sre.BRANCH and all(
            all(op2 in (sre.AT, sre.ASSERT, sre.ASSERT_NOT) for op2, _ in branch.data)
            for branch in value[1]  # type: ignore[index]
        ):
            continue  # "(?:^|(?<=[\\s,]))"
        if op is sre.LITERAL:
            return chr(value) in _DIGITS  # type: ignore[arg-type]
        if op is sre.IN:
            return all(
                (kind is sre.CATEGORY and item is sre.CATEGORY_DIGIT)
                or (kind is sre.LITERAL and chr(item) in _DIGITS)  # type: ignore[arg-type]
                or (kind is sre.RANGE and "0" <= chr(item[0]) <= chr(item[1]) <= "9")  # type: ignore[index]
                for kind, item in value  # type: ignore[attr-defined]
            )
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, body = value  # type: ignore[misc]
            if not low:  # "0?[1-9]": the optional part, and what follows it
                return _begins_with_digit(body.data) and _begins_with_digit(items[position + 1 :])
            return _begins_with_digit(body.data)
        if op is sre.SUBPATTERN:
            return _begins_with_digit(value[-1].data)  # type: ignore[index]
        if op is sre.BRANCH:
            return all(_begins_with_digit(branch.data) for branch in value[1])  # type: ignore[index]
        return False
    return False


def _parsed(pattern: re.Pattern[str]) -> list[tuple[object, object]]:
    return re._parser.parse(pattern.pattern, pattern.flags).data  # type: ignore[no-any-return]


def _uncovered(pattern: re.Pattern[str], openings: tuple[str, ...]) -> set[str]:
    words = _leading_words(_parsed(pattern))
    return {word for word in words if not word.lower().startswith(openings)}


def _leads() -> list[tuple[re.Pattern[str], tuple[str, ...] | re.Pattern[str] | None]]:
    led: list[tuple[re.Pattern[str], tuple[str, ...] | re.Pattern[str] | None]] = [
        (form.pattern, form.opens) for form in forms.FORMS if form.opens
    ]
    led += list(patterns._OPENINGS.items())
    led += list(zip(dates.DATE_PATTERNS, dates.DATE_LEADS, strict=True))
    led += list(zip(places.STREET_PATTERNS, places.STREET_LEADS, strict=True))
    led += [
        (patterns.SSN, DIGIT_LED),
        (patterns.IPV4, DIGIT_LED),
        (patterns.LONG_NUMBER, DIGIT_LED),
        (patterns.CARD, DIGIT_LED),
    ]
    led += [(dates.YEAR, DIGIT_LED), (places.POSTCODE_PATTERNS[2], DIGIT_LED)]
    led += [(places._POSTCODE_BEFORE_PLACE, DIGIT_LED)]
    led += [(dates._QUARTER, ("q", "h", "fy")), (dates._ORDINAL_DAY, dates._ORDINAL_CUES_OPEN)]
    led += [(places._POSTCODE_AFTER_CUE, places._POSTCODE_CUES_OPEN)]
    led += [(places._CUED_POSTCODE, places.CUED_POSTCODE_OPEN)]
    led += [(places._DISTRICT_CODE, places.DISTRICT_CODE_OPEN)]
    led += [(places._POSTCODE_BEFORE_CUE, DIGIT_LED)]
    led += [(dates._DAY_MONTH_CUE, dates._DAY_MONTH_OPEN)]
    led += [(calendars._MONTH_CUE, calendars._MONTH_CUE_OPEN)]
    led += [(patterns.CUED_HANDLE, patterns._PLATFORM_WORDS)]
    led += [(patterns.SPOKEN_NUMBER, patterns._SPOKEN_OPEN)]
    led += [(patterns._SPOKEN_DIGITS, patterns._SPOKEN_OPEN)]
    led += [(patterns.NAMED_LOGIN, patterns._NAMED_LOGIN_OPEN)]
    led += [(patterns.CODE_ISSUE, patterns._CODE_ISSUE_OPEN), (dates._STAMP, dates._WEEKDAY_OPEN)]
    led += [(patterns.DONE_BY_LOGIN, patterns._DONE_BY_OPEN)]
    led += [(patterns._LOGIN_VERB, patterns._LOGIN_VERB_OPEN)]
    led += [(dates.SPOKEN_DATE, dates._SPOKEN_DATE_OPEN)]
    led += [(dates.SPOKEN_YEAR, dates._SPOKEN_YEAR_OPEN)]
    led += [(dates.LOOSE_DATE, dates._LOOSE_OPEN), (dates._WEEKDAY_DAY, dates._WEEKDAY_OPEN)]
    led += [(dates.LOOSE_YEARS, DIGIT_LED)]
    led += [(names._FIRM_BETWEEN_COMMAS, names._FIRM_BETWEEN_COMMAS_OPEN)]
    led += [(places._LANDMARK_WORD, places.LANDMARK_OPEN), (places._FIVE_DIGITS, DIGIT_LED)]
    return led


def test_every_cue_led_pattern_is_tried_at_each_of_its_cue_words() -> None:
    led = [(pattern, lead) for pattern, lead in _leads() if isinstance(lead, tuple)]
    assert len(led) > 20
    for pattern, openings in led:
        assert not _uncovered(pattern, openings), pattern.pattern[:60]


def test_every_digit_led_pattern_begins_with_a_digit() -> None:
    led = [pattern for pattern, lead in _leads() if lead is DIGIT_LED]
    assert len(led) > 8
    for pattern in led:
        assert _begins_with_digit(_parsed(pattern)), pattern.pattern[:60]
    assert not _begins_with_digit(_parsed(patterns.PHONE))  # "+44 ...": led by [\\d+(]
    assert not _begins_with_digit(_parsed(places.STREET_PATTERNS[0]))


def test_the_check_itself_sees_a_cue_word_left_out() -> None:
    assert _uncovered(re.compile(r"(?i:\b(?:plate|reg)\s)"), ("plate",)) == {"reg"}
    assert _uncovered(re.compile(r"\b(?:licen[cs]e|no\.)"), ("license", "no")) == {"licence"}
    assert _uncovered(re.compile(r"(?i)(?:plate|reg)"), ("plate", "reg")) == {""}  # no \\b


def test_a_cue_led_scan_finds_what_the_full_scan_finds() -> None:
    text = (
        "Invoice INV-20931, invoice no. 448211 and ID12345; \u0130nvoice 99812 (a trap letter); "
        "vehicle reg KA05MN1234 and plate AB12CDE; x-employee 4471982; the employee number, "
        "employee 88172."
    )
    for pattern, openings in patterns._OPENINGS.items():
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in keyword_led(pattern, text, openings)] == expected
        plain = text.replace("\u0130", "I")
        expected = [m.span() for m in pattern.finditer(plain)]
        assert [m.span() for m in keyword_led(pattern, plain, openings)] == expected


def test_scans_led_by_a_sign_or_a_run_find_what_the_full_scans_find() -> None:
    text = (
        "Mail jane.doe@acme-analytics.com, _x@y.io, a@b@c.de or .lead@x.org; see "
        "status.acme.co.uk/a and \u017ftatus.x.com, www.x.org-acme.co.uk-x.io/p, m\u00fcller.io, "
        "@jo, #ops-2, u/kai, email\u0130.x.com, 4111 1111 1111 1111 and 4111-1111-1111-1111."
    )
    at_signs = (m.start() for m in re.finditer("@", text))
    endings = (m.start() for m in patterns._DOMAIN_HINT.finditer(text))
    led = {
        patterns.EMAIL: run_led(patterns.EMAIL, text, at_signs, patterns._LOCAL_PART),
        patterns.BARE_DOMAIN: run_led(patterns.BARE_DOMAIN, text, endings, patterns._DOMAIN_PART),
        patterns.HANDLE: literal_led(patterns.HANDLE, text, patterns._HANDLE_HINTS),
        patterns.CARD: led_matches(patterns.CARD, text, DIGIT_LED),
    }
    for pattern, matches in led.items():
        expected = [m.span() for m in pattern.finditer(text)]
        assert len(expected) > 1
        assert [m.span() for m in matches] == expected, pattern.pattern[:60]


def test_the_writer_in_a_list_is_looked_for_where_the_full_scan_finds_it() -> None:
    text = "Me, tunde & ada; kwame n me and I, then Myself,and meet, x&me and, me,, i"
    words = word_starts(text, people._WRITER_OPENINGS)
    assert words is not None
    starts = sorted({*words, *literal_starts(text, (",", "&"))})
    expected = [m.span() for m in people._WRITER_IN_LIST.finditer(text)]
    assert len(expected) > 4
    assert [m.span() for m in led_at(people._WRITER_IN_LIST, text, starts)] == expected


def test_word_starts_are_where_a_word_begins_in_any_case() -> None:
    assert word_starts("Case 12, a CASE, showcase, cases", ("case",)) == [0, 11, 27]
    assert word_starts("\u0131d 12", ("id",)) is None  # dotless i: every place may match


def test_prose_without_a_digit_keeps_its_findings() -> None:
    text = "My manager Priya Raman met us at the corner of Elm and Oak in late March."
    assert not holds_digit(text)
    found = [(f.kind, f.text) for f in find_identifiers(text)]
    assert ("PERSON", "Priya Raman") in found
    assert ("DATE", "late March") in found


def test_the_address_gates_let_through_every_text_their_patterns_match() -> None:
    texts = [
        "Hauptstraße 12, 10115 Berlin", "Moda sok.\t 3", "Kungsgatan 4", "Váci u. 19",
        "Ring Str. 5 and Ring Str 6", "London NW1 6XE", "Ottawa K1A 0B1", "Dublin D08 XY12",
        "GIR 0AA", "Berlin 10115", "Fitzroy VIC 3065", "Gdańsk 80-180", "7\u0663 \u0664\u0665",
        "the CORNER of Elm and Oak", "USNS Comfort\n FPO AE 09569", "Plaza Mayor",
        "RUE de Belleville", "around via Padova",
    ]  # fmt: skip
    gated = [
        (places.STREET_PATTERNS[0], places._numbered_street_word),
        (places.STREET_PATTERNS[2], places._numbered_street_word),
        *((pattern, places._digit_by_capital) for pattern in places._BESIDE_CAPITAL),
        (places._POSTCODE_AFTER_PLACE, places._digits_after_blank),
        *(
            (pattern, lambda text, words=words: may_hold(text, words))
            for pattern, words in zip(
                places.WORDED_STREET_PATTERNS, places._WORDED_STREET_WORDS, strict=True
            )
        ),
    ]
    for index, (pattern, gate) in enumerate(gated):
        matched = [text for text in texts if pattern.search(text)]
        assert matched, index  # each gate is tried on a text its pattern matches
        assert all(gate(text) for text in matched), (index, matched)
    assert not places._numbered_street_word("for 3 years, called +44 20 7946 0958")
    assert not places._digit_by_capital("in 2019, 12 of us")
    assert not places._digits_after_blank("a 1 and 2-3")


def _digit_led_hints() -> list[tuple[re.Pattern[str], int]]:
    hints = [
        (form.hint, 0) for form in forms.FORMS if form.hint is not None and form.hint_at_digits
    ]
    hints += [(patterns._CARD_HINT, 0), (patterns._NI_HINT, 0), (patterns._ID_SHAPE_HINT, 0)]
    hints += [(patterns._IBAN_HINT, 1), (patterns._TICKET_HINT, 1), (patterns._LETTER_ID_HINT, 1)]
    hints += [(patterns._LOGIN_DIGITS, 1), (patterns._ALNUM_ID_HINT, 0)]
    return [*hints, (dates._DECADE, 0), (dates._WEEK, 1), (dates._FULL_YEAR_DIGITS, 0)]


def test_every_digit_led_hint_holds_a_digit_where_it_is_tried() -> None:
    hints = _digit_led_hints()
    assert len(hints) > 10
    for hint, back in hints:
        assert _begins_with_digit(_parsed(hint)[back:]), hint.pattern


def test_a_digit_led_hint_finds_what_a_search_finds() -> None:
    texts = [
        "IBAN GB82 WEST 1234 5698 7654 32, JIRA-4521, s2213847, QQ 12 34 56 C, 4111 1111 1111",
        "the 1990s and '80S, 2021-W14, w07 2020, 123.456.789-09, 12345-1234567-1, ABCDE1234F",
        "MH 12 AB 1234, AB12 CDE, 560038, 30140-002, 9741 AB, 2019 AD, kemi_88, E10293",
        "RS-48-2113 and 77-A, 12-34-Q, 4A",
        "a1 b22 c333 #4444 -55555 " * 60,  # more digits than are tried one by one
        "no digits at all, A-B, w-x",
    ]
    for text in texts:
        for hint, back in _digit_led_hints():
            assert digit_led_hint(hint, text, back) == (hint.search(text) is not None), (
                hint.pattern,
                text[:30],
            )


def test_the_gates_of_ids_and_dates_let_through_every_text_their_patterns_match() -> None:
    texts = [
        "IBAN GB82 WEST 1234 5698 7654 32", "de89 3704 0044 0532 0130 00", "JIRA-4521",
        "OPS_2231/7", "card 4111 1111 1111 1111", "QQ 12 34 56 C", "login s2213847",
        "123.456.789-09", "12345-1234567-1", "ABCDE1234F", "BADD800101HDFRRN09",
        "E10293", "RS-48-2113", "A-12345", "77-123-45Q", "akowalczyk02", "zhoulei_sz88",
        "the 1990s", "'80S", "2021-W14", "W07 2020", "week 14 of 2021", "WEEK 3 2019",
    ]  # fmt: skip
    gated = [
        (patterns.IBAN, lambda t: digit_led_hint(patterns._IBAN_HINT, t, 1)),
        (patterns.TICKET, lambda t: digit_led_hint(patterns._TICKET_HINT, t, 1)),
        (patterns.CARD, lambda t: digit_led_hint(patterns._CARD_HINT, t)),
        (patterns.NI_NUMBER, lambda t: digit_led_hint(patterns._NI_HINT, t)),
        (patterns.LETTER_ID, lambda t: digit_led_hint(patterns._LETTER_ID_HINT, t, 1)),
        (patterns.ID_SHAPES, lambda t: digit_led_hint(patterns._ID_SHAPE_HINT, t)),
        (patterns.ALNUM_ID, lambda t: digit_led_hint(patterns._ALNUM_ID_HINT, t)),
        (patterns._NUMBERED_LOGIN, lambda t: digit_led_hint(patterns._LOGIN_DIGITS, t, 1)),
        (dates.DATE_PATTERNS[7], lambda t: dates._may_match(dates.DATE_PATTERNS[7], t)),
        (dates.DATE_PATTERNS[11], lambda t: dates._may_match(dates.DATE_PATTERNS[11], t)),
    ]
    for index, (pattern, gate) in enumerate(gated):
        matched = [text for text in texts if pattern.search(text)]
        assert matched, index  # each gate is tried on a text its pattern matches
        assert all(gate(text) for text in matched), (index, matched)


def test_every_forms_hint_is_found_where_its_search_finds_it() -> None:
    # hint_found looks for a hint's literal opening ("Nagar", "Road", Korean letters) first.
    texts = ["", "no hint here", "12 Mill Road", "Roadway", "a Way.", "Kim \uc528", "Gandhi Nagar"]
    texts += ["District 4", "District x", "go/link", "\u043f\u0430\u043d", "Roa", "Na gar"]
    hints = {form.hint for form in forms.FORMS if form.hint is not None}
    for hint in hints:
        for text in texts:
            assert hint_found(hint, text) == (hint.search(text) is not None), (hint, text)
