"""Renaming a placeholder to neutral prose ("[PERSON 1]" -> "the CPO"): every occurrence, in
every part, and nothing else."""

from __future__ import annotations

import pytest

from stories.wording import placeholders_in, rename_placeholder

STORY = {
    "title": "What [PERSON 1] wanted",
    "what_happened": "[PERSON 1] asked me to drop the dip. I told [PERSON 1] no.\n\n"
    "[PERSON 1]'s deck went to [ORG 1] anyway; [PERSON 10] saw it.",
    "what_you_did": 'I said: "[PERSON 1] is wrong." Then I left [ORG 1].',
    "looking_back": "",
}


def test_every_occurrence_in_every_part_is_renamed_and_others_are_left_alone() -> None:
    renamed = rename_placeholder(STORY, "[PERSON 1]", "the CPO")
    assert renamed == {
        "title": "What the CPO wanted",
        "what_happened": "The CPO asked me to drop the dip. I told the CPO no.\n\n"
        "The CPO's deck went to [ORG 1] anyway; [PERSON 10] saw it.",
        "what_you_did": 'I said: "the CPO is wrong." Then I left [ORG 1].',
        "looking_back": "",
    }
    assert "[PERSON 1]" not in "".join(renamed.values())


def test_a_description_is_capitalised_only_where_a_sentence_starts() -> None:
    texts = {"t": '"[ORG 1] pays." Yes! [ORG 1] does, said [ORG 1].\n[ORG 1] ok'}
    renamed = rename_placeholder(texts, "[ORG 1]", "a mid-size insurer")
    assert renamed["t"] == (
        '"A mid-size insurer pays." Yes! A mid-size insurer does, said a mid-size insurer.\n'
        "A mid-size insurer ok"
    )


def test_a_description_is_inserted_as_text_never_as_a_pattern() -> None:
    renamed = rename_placeholder({"t": "[PERSON 1] and [PERSON 1]"}, "[PERSON 1]", r"\1 $0 \g<0>")
    assert renamed["t"] == r"\1 $0 \g<0> and \1 $0 \g<0>"


@pytest.mark.parametrize("not_a_placeholder", ["PERSON 1", "[person 1]", "[PERSON 0]", "[X]", ""])
def test_only_a_placeholder_can_be_renamed(not_a_placeholder: str) -> None:
    with pytest.raises(ValueError, match="not a placeholder"):
        rename_placeholder(STORY, not_a_placeholder, "someone")


def test_the_placeholders_of_a_story_are_listed_once_by_kind_then_number() -> None:
    assert placeholders_in(STORY) == ["[ORG 1]", "[PERSON 1]", "[PERSON 10]"]
    assert placeholders_in({"t": "no placeholders, [not one] here"}) == []
