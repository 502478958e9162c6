"""E-mail addresses, phone numbers, URLs and handles."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers


def found(text: str, kind: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("Write to jane.doe@example.com today.", "jane.doe@example.com"),
        ("It is jane dot doe at gmail dot com.", "jane dot doe at gmail dot com"),
        ("Use name [at] domain [dot] com please.", "name [at] domain [dot] com"),
        ("Try gav.rep.1979 at hotmail dot co dot uk now.", "gav.rep.1979 at hotmail dot co dot uk"),
    ],
)
def test_it_finds_plain_and_spelled_out_emails(text: str, email: str) -> None:
    assert found(text, "EMAIL") == [email]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Call +44 20 7946 0958 now.", "+44 20 7946 0958"),
        ("Call (415) 555-0132 after six.", "(415) 555-0132"),
        ("My number is 030 1234567.", "030 1234567"),
        ("Ring 618-226-1460 today.", "618-226-1460"),
        ("Fax +41 (0)69 979 80 58 please.", "+41 (0)69 979 80 58"),
    ],
)
def test_it_finds_phone_numbers(text: str, phone: str) -> None:
    assert found(text, "PHONE") == [phone]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("See https://example.com/a?b=1 for it.", "https://example.com/a?b=1"),
        ("It is on www.x.org now.", "www.x.org"),
        ("Read example.com/path today.", "example.com/path"),
        ("It is at bit.ly/pcu-eval-report.", "bit.ly/pcu-eval-report"),
    ],
)
def test_it_finds_urls_with_and_without_scheme(text: str, url: str) -> None:
    assert found(text, "URL") == [url]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("He is @jane_doe on X.", "@jane_doe"),
        ("Posted by u/throwaway123 there.", "u/throwaway123"),
        ("Ask in #data-team please.", "#data-team"),
    ],
)
def test_it_finds_handles(text: str, handle: str) -> None:
    assert found(text, "HANDLE") == [handle]


def test_it_does_not_take_a_file_name_for_a_url() -> None:
    assert not found("I edited train.py and model.md yesterday.", "URL")
