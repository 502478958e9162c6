"""Surnames with particles and prefixes are one name with the given name."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Then Sanne van der Meer took over the audit.", "Sanne van der Meer"),
        ("We met Lucía de la Fuente at the workshop.", "Lucía de la Fuente"),
        ("Tariq al-Hashimi signed the memo.", "Tariq al-Hashimi"),
        ("I copied Yusuf bin Hamdan on the thread.", "Yusuf bin Hamdan"),
        ("Later Ahmad ibn Khalil joined the call.", "Ahmad ibn Khalil"),
        ("Layla bint Faisal approved the budget.", "Layla bint Faisal"),
        ("Our auditor was Niamh O'Sullivan.", "Niamh O'Sullivan"),
        ("Fiona MacLeod wrote the policy.", "Fiona MacLeod"),
        ("It was Ana-Lucía Ferreira who found it.", "Ana-Lucía Ferreira"),
        ("Then Rui d'Almeida called me.", "Rui d'Almeida"),
        ("Gerrit ten Brink ran the pilot.", "Gerrit ten Brink"),
        ("Anna I. Lindqvist chaired the panel.", "Anna I. Lindqvist"),
    ],
)
def test_a_name_with_particles_is_one_person(text: str, name: str) -> None:
    assert [(f.kind, f.text) for f in find_identifiers(text)] == [("PERSON", name)]
