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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[09:12] femi: the model flags every rural applicant\n[09:13] me: ok", "femi"),
        ("me and kwame ran the backfill over the weekend", "kwame"),
        ("i messaged zoltan from the vendor side", "zoltan"),
        ("Then Bazza (site manager, not HR) pulled the footage.", "Bazza"),
        ("LK from the pricing team said keep it quiet.", "LK"),
        ("Report attached.\n\nRosa, please sign it off today.", "Rosa"),
        ("Please delete the extract before Friday.\nIngrid\n", "Ingrid"),
    ],
)
def test_chat_speakers_appositions_and_signatures_are_people(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_given_name_opening_a_sentence_is_a_mention_of_the_full_name() -> None:
    text = "The memo went to Joy Okonkwo. Joy signed it without reading."
    assert ("PERSON", "Joy") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Date: 2020-06-20\nStatus: open",
        "ZIP: 3520\nCity: unknown",
        "bot: where should we send it?\nuser: to the office",
        "Joy is what the team felt after the launch.",
    ],
)
def test_form_labels_and_ordinary_openings_are_no_people(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "PERSON"] == []
