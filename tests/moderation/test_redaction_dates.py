"""Absolute and partial dates."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("It started on 14 March 2017 in earnest.", "14 March 2017"),
        ("The review was on June 3rd.", "June 3rd"),
        ("We launched in Q2 2018.", "Q2 2018"),
        ("By late 2020 it was everywhere.", "late 2020"),
        ("The export ran on 2022-10-06.", "2022-10-06"),
        ("The letter is dated 03/04/2019.", "03/04/2019"),
        ("I joined in 2019.", "2019"),
        ("It happened last March.", "last March"),
        ("It was March 14, 2017, a Tuesday.", "March 14, 2017"),
        ("He left in the summer of 2021.", "summer of 2021"),
    ],
)
def test_it_finds_dates(text: str, date: str) -> None:
    assert any(f.kind == "DATE" and f.text == date for f in find_identifiers(text))


@pytest.mark.parametrize(
    "text",
    ["We meet every Monday.", "You may want to check.", "We have 2000 users now."],
)
def test_it_leaves_weekdays_modal_verbs_and_counts(text: str) -> None:
    assert not [f for f in find_identifiers(text) if f.kind == "DATE"]
