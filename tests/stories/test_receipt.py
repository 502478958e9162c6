"""Receipts: seven random words, shown once, never stored in a form that reveals them."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from stories.models import Submission
from stories.receipts import (
    RECEIPT_WORDS,
    generate_receipt,
    hash_receipt,
    lookup_keys,
    normalise_receipt,
    verify_receipt,
    word_list,
)
from tests.dump import dump_database

pytestmark = pytest.mark.django_db


def receipt_from(html: str) -> str:
    match = re.search(r'<p class="receipt" id="receipt">([a-z ]+)</p>', html)
    assert match, "no receipt on the page"
    return match.group(1)


def test_the_word_list_has_at_least_7000_distinct_words() -> None:
    words = word_list()
    assert len(set(words)) == len(words) >= 7000


def test_a_receipt_is_seven_words_from_the_list_and_never_repeats() -> None:
    receipts = {generate_receipt() for _ in range(200)}
    assert len(receipts) == 200
    known = set(word_list())
    for receipt in receipts:
        words = receipt.split()
        assert len(words) == RECEIPT_WORDS
        assert set(words) <= known


def test_sending_a_story_shows_the_receipt_once_with_a_plain_explanation(
    client: Client, story_form_data: dict[str, str]
) -> None:
    response = client.post("/share/", story_form_data)
    html = response.content.decode()
    receipt = receipt_from(html)
    assert "This is the only time they are shown" in html
    assert "no-store" in response["Cache-Control"]
    assert receipt not in client.get("/status/").content.decode()


def test_the_receipt_is_stored_only_as_an_argon2id_hash_and_a_keyed_lookup(
    client: Client, story_form_data: dict[str, str]
) -> None:
    receipt = receipt_from(client.post("/share/", story_form_data).content.decode())
    submission = Submission.objects.get()
    assert submission.receipt_hash.startswith("$argon2id$")
    assert submission.receipt_lookup == lookup_keys(receipt)[0]
    dump = dump_database()
    for word in receipt.split():
        assert not re.search(rf"\b{word}\b", dump), f"receipt word {word!r} found in the database"
    assert receipt.replace(" ", "") not in dump.replace(" ", "")


def test_hashing_is_salted_and_verification_accepts_what_people_type() -> None:
    receipt = generate_receipt()
    first, second = hash_receipt(receipt), hash_receipt(receipt)
    assert first != second  # salted
    typed = "  " + "-".join(word.upper() for word in receipt.split()) + " "
    assert normalise_receipt(typed) == receipt
    assert verify_receipt(first, typed)
    assert not verify_receipt(first, generate_receipt())
