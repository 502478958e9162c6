"""Forms the blind holdouts' kinds pointed at (handles without a sigil, hashes, regions,
lower-case places, firms and people), each checked on sentences of our own words, with the
ordinary words beside them checked to stay readable."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_identifiers(text)]


def covered(text: str, part: str) -> bool:
    """Whether every character of ``part`` lies inside one finding."""
    start = text.index(part)
    return any(f.start <= start and start + len(part) <= f.end for f in find_identifiers(text))


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("add me on discord, moss_piglet#0092, we can talk", "moss_piglet#0092"),
        ("my signal: quietfox.31 if you want the files", "quietfox.31"),
        ("wechat: liuyang_88 pls add me", "liuyang_88"),
        ("the github user tkarimov pushed the revert", "tkarimov"),
        ("her telegram handle is Brave_Otter", "Brave_Otter"),
    ],
)
def test_usernames_named_by_their_platform_are_handles(text: str, handle: str) -> None:
    assert ("HANDLE", handle) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "on signal we talked for hours",
        "the line manager said no",
        "we moved it to the teams channel",
        "there was no signal at the depot",
        "Ticket #2024 was closed.",
    ],
)
def test_platform_words_and_numbers_without_a_username_stay_readable(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "HANDLE"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("commit 9be04f1 was the one that dropped the filter", "9be04f1"),
        (
            "the image digest sha256:4c1d0be2f0a9e8d7c6b5a4f3e2d1c0b9 ran",
            "4c1d0be2f0a9e8d7c6b5a4f3e2d1c0b9",
        ),
        ("it was reverted in 7ac31f09b2d4e6f8 an hour later", "7ac31f09b2d4e6f8"),
    ],
)
def test_commit_hashes_and_digests_are_ids(text: str, code: str) -> None:
    assert ("ID", code) in found(text)


@pytest.mark.parametrize(
    "text",
    ["the deadbeef constant is a joke", "we added 2 bed rooms", "a cafe and a face"],
)
def test_hex_looking_words_without_a_digit_or_cue_stay_readable(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "ID"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("the team in jayanagar got cut", "jayanagar"),
        ("flat 2c, 5th cross, malleshpura, near the temple", "malleshpura"),
        ("we moved from bombay to gurgaon last year", "bombay"),
        ("we moved from bombay to gurgaon last year", "gurgaon"),
        ("she grew up in gauteng and then moved", "gauteng"),
        ("the warehouse in hampshire shut down", "hampshire"),
        ("a car dealer in croydon bought the list", "croydon"),
    ],
)
def test_regions_old_city_names_and_place_endings_in_lower_case(text: str, place: str) -> None:
    assert covered(text, place)


@pytest.mark.parametrize(
    "text",
    [
        "from nice people, in reading groups",
        "a cheap hotel in the centre of town",
        "the rivers and lakes of the north",
        "it was an easy purchase",
    ],
)
def test_ordinary_words_near_place_cues_stay_readable(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("the client was kingsway motors, a car dealer", "kingsway motors"),
        ("he works at zentrova labs now", "zentrova labs"),
    ],
)
def test_lower_case_firms_ending_in_a_firms_word(text: str, firm: str) -> None:
    assert covered(text, firm)


@pytest.mark.parametrize(
    "text",
    [
        "I work at an edtech company in the city",
        "We sell geospatial analytics for disaster response",
        "our biometric solutions team",
        "a telecom holding the same identifiers",
    ],
)
def test_trades_before_a_firms_word_stay_readable(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "ORG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("so i asked chidi what to do", "chidi"),
        ("me and tolu went to the md", "tolu"),
        ("then ekene and i left early", "ekene"),
        ("i pinged ravs on slack", "ravs"),
    ],
)
def test_unknown_lower_case_words_in_a_persons_place_are_people(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    "text",
    ["i asked around and nobody knew", "she told everyone", "me and the team went", "i told them"],
)
def test_ordinary_words_after_person_verbs_stay_readable(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "PERSON"]
