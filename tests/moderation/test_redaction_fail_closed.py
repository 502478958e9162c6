"""Fail closed: a tool's name that is also a person's name is kept only with a product cue."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_identifiers(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My manager Julia asked me to round the churn figures down.", "Julia"),
        ("Claude said the export had been approved upstream.", "Claude"),
        ("Julia and I rebuilt the retention cohort overnight.", "Julia"),
        ("Claude from legal signed the data-sharing memo.", "Claude"),
        ("I told Claude it would not pass an audit.", "Claude"),
        ("Gemini, my team lead, kept the raw logs.", "Gemini"),
        ("Then Claude's husband started working for the vendor.", "Claude"),
        ("The retention figures came from Julia yesterday.", "Julia"),
    ],
)
def test_a_person_cue_or_no_cue_makes_it_a_name(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "We rewrote the scoring service in Julia last year.",
        "The Julia code ran ten times faster than the old script.",
        "I asked Claude to summarise the incident thread.",
        "Gemini's output invented two customers.",
        "Using Claude, the analysts drafted the answers in a day.",
        "The Mistral model did no better on the test set.",
        "Everyone pasted drafts into ChatGPT, Claude, Gemini or Mistral.",
    ],
)
def test_a_product_cue_keeps_the_tool_readable(text: str) -> None:
    assert found(text) == []


def test_a_full_name_opened_by_a_tool_word_is_one_person() -> None:
    assert found("Julia Roberts replied within the hour.") == [("PERSON", "Julia Roberts")]


def test_a_product_mention_is_no_later_mention_of_a_person() -> None:
    text = "My manager Julia wanted the service rewritten in the Julia language."
    assert found(text) == [("PERSON", "Julia")]
