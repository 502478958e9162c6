"""Addresses in Indian, Mexican and other non-Anglo formats are one LOCATION."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers


@pytest.mark.parametrize(
    "address",
    [
        "Flat 12C, Lakshmi Residency, 4th Cross, Jayanagar, Bengaluru 560041",
        "House 88, Sector 21, Gurugram, HR 122016",
        "Plot No. 7, 2nd Main Road, Koramangala, Bengaluru - 560034",
        "Calle Durango 141, Col. Roma Norte, CDMX, C.P. 06700",
        "Av. Vallarta 2440, Col. Arcos Vallarta, Guadalajara, Jal.",
    ],
)
def test_an_address_line_is_one_location(address: str) -> None:
    text = f"The package went to {address}. Nobody answered."
    findings = find_identifiers(text)
    start = text.index(address)
    inside = [f for f in findings if start <= f.start and f.end <= start + len(address)]
    assert [f.kind for f in inside] == ["LOCATION"]
    letters = sum(ch.isalnum() for ch in address)
    assert sum(ch.isalnum() for f in inside for ch in f.text) >= 0.9 * letters


@pytest.mark.parametrize(
    "text",
    [
        "We moved to the 3rd phase of the rollout.",
        "Sector analysis showed nothing unusual.",
        "Her desk is on floor 4, next to the kitchen.",
    ],
)
def test_ordinary_phrases_are_no_address(text: str) -> None:
    assert find_identifiers(text) == []
