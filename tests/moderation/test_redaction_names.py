"""People's names in the forms people write them."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers


def kinds_covering(text: str, fragment: str) -> set[str]:
    start = text.index(fragment)
    end = start + len(fragment)
    return {f.kind for f in find_identifiers(text) if f.start <= start and end <= f.end}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I reported it to Jonas Albrecht the next day.", "Jonas Albrecht"),
        ("Priya Raman approved the model.", "Priya Raman"),
        ("We all knew Priya's opinion on it.", "Priya"),
        ("My manager, Chukwuemeka Okafor, disagreed.", "Chukwuemeka Okafor"),
        ("The analyst Nguyễn Thị Mai found the leak.", "Nguyễn Thị Mai"),
        ("Our lead was Zhang Wei at the time.", "Zhang Wei"),
        ("I asked Tamás Szabó to check it.", "Tamás Szabó"),
        ("The auditor, Dmitri Volkov, signed off.", "Dmitri Volkov"),
        ("Then Aisha Al-Sayed escalated.", "Aisha Al-Sayed"),
        ("It was José María Fernández who called.", "José María Fernández"),
        ("Ask Rahul Sharma about the data.", "Rahul Sharma"),
        ("Wojciech Kowalski wrote the query.", "Wojciech Kowalski"),
    ],
)
def test_it_finds_full_names_from_many_cultures(text: str, name: str) -> None:
    assert "PERSON" in kinds_covering(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My supervisor is Dr. Helen Marsh.", "Helen Marsh"),
        ("Prof. Daniel Okonkwo led the study.", "Daniel Okonkwo"),
        ("I emailed Ms. Whitby twice.", "Whitby"),
        ("Mr. Leiva flew in on Tuesday.", "Leiva"),
    ],
)
def test_it_finds_names_after_honorifics(text: str, name: str) -> None:
    assert "PERSON" in kinds_covering(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("then priya said we should delete it", "priya"),
        ("i told jonas and he laughed", "jonas"),
        ("Sunita said the numbers were fine.", "Sunita"),
        ("Kyle wanted the test to ship.", "Kyle"),
    ],
)
def test_it_finds_single_and_lower_case_names(text: str, name: str) -> None:
    assert kinds_covering(text, name)


def test_it_finds_a_later_partial_mention() -> None:
    text = "Jonas Albrecht ran the team. Later Albrecht left and Jonas stayed quiet."
    found = {f.text for f in find_identifiers(text)}
    assert {"Jonas Albrecht", "Albrecht", "Jonas"} <= found
