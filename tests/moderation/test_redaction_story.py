"""A story is one text: a name found in one part is found in every part, with one placeholder."""

from __future__ import annotations

import pytest
from django.test import Client

from stories.detection import find_in_story, redact_story


def story(**parts: str) -> dict[str, str]:
    empty = {
        "title": "",
        "what_happened": "",
        "what_you_did": "",
        "what_happened_next": "",
        "looking_back": "",
    }
    return {**empty, **parts}


@pytest.mark.parametrize(
    ("parts", "part", "mention"),
    [
        (
            story(
                what_happened="I sent the raw extract to Summer before the review.",
                what_you_did="Later Summer Okafor forwarded it to the vendor.",
            ),
            "what_happened",
            "Summer",
        ),
        (
            story(
                title="What Grace Whitcombe Asked Of Me",
                what_happened="The scoring rule came from the top. Grace signed it off.",
            ),
            "what_happened",
            "Grace",
        ),
        (
            story(
                what_happened="Our lead, Dariusz Wrobel, owned the model.",
                looking_back="I still think Wrobel knew what the numbers meant.",
            ),
            "looking_back",
            "Wrobel",
        ),
    ],
)
def test_a_partial_mention_in_another_part_is_found(
    parts: dict[str, str], part: str, mention: str
) -> None:
    found = {(item.part, item.finding.text) for item in find_in_story(parts)}
    assert (part, mention) in found


def test_every_part_uses_the_story_wide_placeholder() -> None:
    parts = story(
        title="Why I Left",
        what_happened="Mark told me the churn column was optional.",
        what_you_did="I wrote to Mark Ellery and to legal.",
    )
    redacted = redact_story(parts)
    assert redacted["what_happened"].startswith("[PERSON 1] told me")
    assert "[PERSON 1] and to legal" in redacted["what_you_did"]


@pytest.mark.django_db
def test_the_preview_highlights_a_mention_in_another_section(
    client: Client, story_form_data: dict[str, str]
) -> None:
    data = {k: v for k, v in story_form_data.items() if k != "send"}
    data.update(
        preview="Preview",
        what_happened="I sent the raw extract to Summer before the review.",
        what_you_did="Later Summer Okafor forwarded it to the vendor.",
    )
    html = client.post("/share/", data).content.decode()
    assert html.count('title="[PERSON 1]"') == 2
