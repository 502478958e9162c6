"""Named internal projects, teams and operations, and firms named "X & Y"."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_identifiers(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I was moved onto Project Lighthouse in March.", "Project Lighthouse"),
        ("Team Kestrel owned the scoring model.", "Team Kestrel"),
        ("Operation Clean Slate was meant to hide the backlog.", "Operation Clean Slate"),
        ("Internally it was codenamed saffron.", "saffron"),
        ("Before that I temped at Harbour & Field for a year.", "Harbour & Field"),
        ("The client (Copper & Sage) wanted the raw pings.", "Copper & Sage"),
        ("The audit was done by Lindqvist & Moreau.", "Lindqvist & Moreau"),
        ("I used to work for Microsoft, until the layoffs.", "Microsoft"),
        ("Two years later I joined Amazon.", "Amazon"),
    ],
)
def test_the_name_is_one_org(text: str, name: str) -> None:
    assert ("ORG", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Project Manager signed the plan.",
        "Our Team Lead left in the spring.",
        "Sales & Marketing agreed to the change.",
        "Comedy, Action & Adventure, Drama were the top genres.",
    ],
)
def test_roles_and_ordinary_pairs_stay_readable(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "ORG"] == []


def test_leaving_a_city_is_no_employer() -> None:
    assert ("LOCATION", "Lisbon") in found("I left Lisbon in the spring.")
