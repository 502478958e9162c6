"""Device, ticket, vehicle, grant and case numbers, and national phone numbers."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers


def covered(text: str, fragment: str) -> bool:
    start = text.index(fragment)
    end = start + len(fragment)
    return any(f.start <= start and end <= f.end for f in find_identifiers(text))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The laptop's MAC was a4:5e:60:c2:19:0b in the DHCP log.", "a4:5e:60:c2:19:0b"),
        ("Its adapter reported 3C-52-82-0F-A1-7D twice.", "3C-52-82-0F-A1-7D"),
        ("The switch showed 0050.56c0.0008 for that port.", "0050.56c0.0008"),
        ("I reopened #5531 the next morning.", "#5531"),
        ("It is tracked as issue #77 now.", "#77"),
        ("My car, number plate DL 3C AB 4521, was towed.", "DL 3C AB 4521"),
        ("The van's registration is YK19 HTF according to the log.", "YK19 HTF"),
        ("Security noted KA-01-MJ-2044 at the gate.", "KA-01-MJ-2044"),
        ("The grant ref EP/V012345/1 funded the study.", "EP/V012345/1"),
        ("The director's car, M-KL 2290, was always outside.", "M-KL 2290"),
        ("A delivery van WZ 41877 followed her home.", "WZ 41877"),
        ("His bike was UP 32 GK 7781 in the photo.", "UP 32 GK 7781"),
        ("The placa was ABC-12-34 on the form.", "ABC-12-34"),
        ("The court file, case no. HC/2019/0457, was sealed.", "HC/2019/0457"),
        ("Call her on 0806 214 5590 after six.", "0806 214 5590"),
        ("Text 0722 418 903 if the portal fails.", "0722 418 903"),
    ],
)
def test_the_number_is_covered(text: str, number: str) -> None:
    assert covered(text, number)


@pytest.mark.parametrize(
    "text",
    [
        "We were #1 in the rankings for a week.",
        "The meeting ran from 10:30 to 11:45.",
        "Revenue grew by 250000 last year.",
        "The car was parked outside all day.",
    ],
)
def test_ordinary_numbers_stay_readable(text: str) -> None:
    assert [f.kind for f in find_identifiers(text) if f.kind in ("ID", "PHONE")] == []
