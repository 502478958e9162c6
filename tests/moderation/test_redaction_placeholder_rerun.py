"""A placeholder is never a finding: redacted text checked again comes back clean."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers, redact


@pytest.mark.parametrize(
    "text",
    [
        "I was hired at [ORG 1] last spring.",
        "[PERSON 2] said the dashboard was fine.",
        "Then [PERSON 1] told [PERSON 2] to drop the column.",
        "We flew to [LOCATION 3] on [DATE 1] and met [PERSON 4] there.",
        "Thanks [PERSON 1]! Mail me at [EMAIL 1] or call [PHONE 2].",
        "[PERSON 1]'s team at [ORG 2] kept the raw files.",
        "Ticket [ID 12] was closed by [HANDLE 1], see [URL 1].",
        "[ORG 1] and [ORG 2] merged; [PERSON 3] and I stayed.",
    ],
)
def test_placeholders_and_their_neighbours_are_not_findings(text: str) -> None:
    assert find_identifiers(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("At [ORG 1] I worked with Dagmar Lindqvist.", "Dagmar Lindqvist"),
        ("[PERSON 1] forwarded it to anouk.visser@example.org.", "anouk.visser@example.org"),
    ],
)
def test_what_is_left_around_a_placeholder_is_still_found(text: str, kept: str) -> None:
    assert [f.text for f in find_identifiers(text)] == [kept]


@pytest.mark.parametrize(
    "text",
    [
        "My manager Oluwaseun Adeyemi moved the launch to 14 March 2022 at Brightwave Ltd.",
        "Ask Priya Raman (priya@example.com); Priya knows the Lisbon office.",
        "Kenji Watanabe from legal called +44 20 7946 0958 about ticket JIRA-4521.",
    ],
)
def test_redacting_twice_changes_nothing(text: str) -> None:
    once = redact(text)
    assert "[" in once
    assert find_identifiers(once) == []
    assert redact(once) == once
