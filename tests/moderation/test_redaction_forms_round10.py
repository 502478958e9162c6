"""Forms the development sets still pointed at after the ninth round (short names after a
strong cue, lower-case names joined to a person found, a person's messages, years and codes
read out, postcodes of one list or area, logins named as what someone goes by or opening a
chat line), each checked on sentences of our own words, with the ordinary words beside them
checked to stay readable."""

from __future__ import annotations

import pytest

from tests.moderation.redaction_helpers import found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("he said ask bo in compliance. bo was out till the 3rd", ["bo", "bo"]),
        ("i covered for mo on the night shift and mo and i wrote it up", ["mo", "mo"]),
        ("then i looped in ed and he never replied", ["ed"]),
        ("you should talk to kasia about the crawl", ["kasia"]),
        ("i was on a call with florence and ahmed when it came up", ["florence", "ahmed"]),
        ("i still have a screenshot of sam's message from that night", ["sam"]),
    ],
)
def test_lower_case_people_after_a_strong_cue(text: str, names: list[str]) -> None:
    assert [value for kind, value in found(text) if kind == "PERSON"] == names


@pytest.mark.parametrize(
    "text",
    [
        "we paid the bill and ahmed said fine",
        "so we go to the li river every summer",
        "is it ok to talk to legal first",
        "the bill's comments were long",
        "i got a mo of quiet before the call",
    ],
)
def test_ordinary_words_beside_those_cues_stay(text: str) -> None:
    people = [value for kind, value in found(text) if kind == "PERSON"]
    assert people in ([], ["ahmed"])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "so on october thirty twenty twenty three the vote happened",
            "october thirty twenty twenty three",
        ),
        ("it was in march twenty twenty two, i think", "march twenty twenty two"),
        ("the leak was around diwali twenty twenty four", "twenty twenty four"),
        ("she was born in nineteen eighty five", "nineteen eighty five"),
        ("back in two thousand and nine we had no consent forms", "two thousand and nine"),
    ],
)
def test_years_read_out(text: str, date: str) -> None:
    assert ("DATE", date) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "we loaded two thousand rows and nineteen twenty people signed",
        "twenty people and thirty laptops",
    ],
)
def test_counts_read_out_are_no_years(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "DATE"] == []


def test_a_code_with_its_digits_read_out_is_an_id() -> None:
    assert ("ID", "QX four four one two") in found("the case was QX four four one two i think")
    assert found("OK one two three go") == []


def test_a_long_number_read_out_may_say_ten_for_one_zero() -> None:
    text = "her IC was eight five zero three one two ten five five four three, unmasked"
    assert [kind for kind, _ in found(text)] == ["PHONE"]


def test_postcodes_of_one_list_or_area_are_places() -> None:
    text = "Inspectors went to 60623 and 60624 twice as often as 60614 in 2024."
    assert [value for kind, value in found(text) if kind == "LOCATION"] == [
        "60623",
        "60624",
        "60614",
    ]
    text = "Our office is at postcode M14 5RT. M9 and M40 come out top."
    assert [value for kind, value in found(text) if kind == "LOCATION"] == [
        "M14 5RT",
        "M9",
        "M40",
    ]


def test_numbers_beside_a_postcode_that_are_no_postcodes_stay() -> None:
    text = "zip 60629. We paid 60000 dollars in 2024 for 6061 rows."
    assert [value for kind, value in found(text) if kind == "LOCATION"] == ["zip 60629"]


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("my old lead, who goes by mara.codes everywhere, saw it", "mara.codes"),
        ("one rider wrote to me, his name there is tuan.rides.q3, asking why", "tuan.rides.q3"),
        ("the vendor's analyst is piotr_etl on there", "piotr_etl"),
        ("> juniper_qa: its not tracking, its analytics lol", "juniper_qa"),
        ("kemi.dl: reopening this, it holds personal data", "kemi.dl"),
    ],
)
def test_logins_named_as_what_someone_goes_by(text: str, login: str) -> None:
    assert ("HANDLE", login) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "train.py: error on line three of the loader",
        "notify_regulator: false # was true last week",
        "user_id: 42",
        "the data on there was stale",
        "he goes by Tom at work",
    ],
)
def test_fields_files_and_names_are_no_logins(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "HANDLE"] == []
