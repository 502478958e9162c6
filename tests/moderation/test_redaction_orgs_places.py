"""Organisations, products, places, addresses and postcodes."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers


def covering(text: str, fragment: str) -> set[str]:
    start = text.index(fragment)
    end = start + len(fragment)
    return {f.kind for f in find_identifiers(text) if f.start <= start and end <= f.end}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("I worked at Acme for two years.", "Acme"),
        ("I joined a company called Brightwave last year.", "Brightwave"),
        ("The audit was done by Smith & Partners.", "Smith & Partners"),
        ("Our vendor, Voxel GmbH, built it.", "Voxel GmbH"),
        ("I work at Northwind Ltd in sales.", "Northwind Ltd"),
        ("She moved to Castellan Pharmaceuticals plc.", "Castellan Pharmaceuticals plc"),
        ("We complained to the ICO about it.", "ICO"),
        ("He studied at the University of Leeds.", "University of Leeds"),
    ],
)
def test_it_finds_organisations(text: str, org: str) -> None:
    assert "ORG" in covering(text, org)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I live in Lisbon now.", "Lisbon"),
        ("Our HQ is in Texas.", "Texas"),
        ("Most users were in the United States.", "United States"),
        ("She moved to Bavaria.", "Bavaria"),
        ("We were based in New Zealand.", "New Zealand"),
        ("Send it to 221B Baker Street, London NW1 6XE.", "221B Baker Street"),
        ("Send it to 221B Baker Street, London NW1 6XE.", "NW1 6XE"),
        ("The office is at Hauptstraße 5, 10115 Berlin.", "Hauptstraße 5"),
        ("The office is at Hauptstraße 5, 10115 Berlin.", "10115"),
        ("He came to 4410 N 19th Ave, Phoenix, AZ 85015 angry.", "85015"),
        ("For ZIP codes like 59301 the cells were tiny.", "59301"),
    ],
)
def test_it_finds_places_addresses_and_postcodes(text: str, place: str) -> None:
    assert "LOCATION" in covering(text, place)
