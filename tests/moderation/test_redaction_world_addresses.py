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
        "Av. Paulista, 2200 - Bela Vista, São Paulo - SP, CEP 01310-300",
        "Rua dos Pinheiros, 870, Pinheiros, São Paulo",
        "48 rue de la Paix, 75002 Paris",
        "Carrera 15 # 88-64, Chapinero, Bogotá",
        "House 17, Block D, Phase 6, DHA, Karachi",
        "C-118, Sector 44, Noida, Uttar Pradesh 201303",
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
        "Phase 2 of the migration slipped by a month.",
        "Block B of the survey was never analysed.",
        "The batch job starts at 1200 AM sharp.",
    ],
)
def test_ordinary_phrases_are_no_address(text: str) -> None:
    assert find_identifiers(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The depot is outside Tulsa, OK and nobody checks it.", "Tulsa, OK"),
        ("He drove in from Wollongong, NSW every Monday.", "Wollongong, NSW"),
        ("They mostly live around 1017 XN, near the canal.", "1017 XN"),
        ("She gave her ZIP (30309) to the agent.", "30309"),
        ("Shipped to MORNINGTON, VA 22611 by mistake.", "MORNINGTON, VA 22611"),
        ("I visited Czech Republic twice that year.", "Czech Republic"),
        ("The depot is on Linzer Strasse 41 now.", "Linzer Strasse 41"),
    ],
)
def test_a_town_with_its_state_or_a_postcode_is_covered(text: str, place: str) -> None:
    start = text.index(place)
    end = start + len(place)
    assert any(f.start <= start and end <= f.end for f in find_identifiers(text))


@pytest.mark.parametrize(
    "text",
    [
        "One applicant, Thandiwe Mokoena, ID number withheld, called twice.",
        "Fine, OK, we will ship it on Monday.",
    ],
)
def test_a_word_like_state_code_needs_a_known_town(text: str) -> None:
    assert [f for f in find_identifiers(text) if f.kind == "LOCATION"] == []
