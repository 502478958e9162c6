"""Initials, lower-case first names and ordinary-word names next to a person cue."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_identifiers(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("K. told me to leave the outliers in.", "K."),
        ("DW said the sample was representative.", "DW"),
        ("A.J. from finance rejected the budget.", "A.J."),
        ("In the end P.S. and I wrote the report.", "P.S."),
        ("I emailed RB twice about the consent forms.", "RB"),
    ],
)
def test_initials_with_a_person_cue_are_people(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("so i messaged tomasz about the dump", "tomasz"),
        ("kevin from legal said it was fine", "kevin"),
        ("ok so i dm'd sam and he never answered", "sam"),
        ("after standup i asked ayesha for the csv", "ayesha"),
    ],
)
def test_lower_case_first_names_with_a_person_cue_are_people(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Will said the cohort was too small.", "Will"),
        ("Bill from procurement approved the vendor.", "Bill"),
        ("You could ask Hope, she ran the survey.", "Hope"),
        ("Grace told me the numbers were final.", "Grace"),
    ],
)
def test_ordinary_word_names_with_a_person_cue_are_people(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "my lead dev told me to ship it anyway",
        "the client side never checked the totals",
        "I will ask around. Hope this helps.",
        "The bill was paid late. Legal told me to wait.",
        "HR said no, the CEO said yes and I said nothing.",
        "Everyone said the model was fine.",
        "people with IBS were flagged more often",
    ],
)
def test_roles_pronouns_and_ordinary_words_stay_readable(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "PERSON"] == []
