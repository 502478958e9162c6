"""Ticket, employee and other ID numbers."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        ("See ticket JIRA-4521 for it.", "JIRA-4521"),
        ("Her record is EMP-00731.", "EMP-00731"),
        ("It was employee number 48213.", "48213"),
        ("His SSN is 123-45-6789.", "123-45-6789"),
        ("Card 4111 1111 1111 1111 was used.", "4111 1111 1111 1111"),
        ("The IBAN GB33BUKB20201555555555 leaked.", "GB33BUKB20201555555555"),
        ("Requests came from 192.168.10.4 only.", "192.168.10.4"),
        ("The range 102.89.0.0/16 was blocked.", "102.89.0.0/16"),
        ("His passport number is X1234567.", "X1234567"),
        ("The case reference is ER-2023-0419 now.", "ER-2023-0419"),
        ("Her driver licence number is D1234567.", "D1234567"),
        ("The car, plate JKR 4471, was flagged.", "JKR 4471"),
    ],
)
def test_it_finds_id_numbers(text: str, identifier: str) -> None:
    assert any(f.kind == "ID" and f.text == identifier for f in find_identifiers(text))


@pytest.mark.parametrize(
    "text", ["During COVID-19 we paused.", "It is UTF-8 encoded.", "We use GPT-4 now."]
)
def test_it_does_not_take_versions_for_tickets(text: str) -> None:
    assert not [f for f in find_identifiers(text) if f.kind == "ID"]
