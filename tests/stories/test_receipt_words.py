"""Receipt words: never an offensive or upsetting word, and still enough words to be unguessable."""

from __future__ import annotations

import math

from stories import receipts


def test_every_denied_word_is_on_the_list_and_written_in_lower_case() -> None:
    denied = receipts.denied_words()
    assert len(denied) > 100
    assert all(word.isalpha() and word == word.lower() for word in denied)
    assert denied <= set(receipts.word_list()), denied - set(receipts.word_list())


def test_the_words_in_the_issue_are_denied() -> None:
    example = "gutless parasitic mobster impotent"
    assert set(example.split()) <= receipts.denied_words()


def test_new_receipts_never_draw_a_denied_word() -> None:
    denied = receipts.denied_words()
    assert not denied & set(receipts.receipt_words())
    drawn = {word for _ in range(3_000) for word in receipts.generate_receipt().split()}
    assert not drawn & denied
    assert len(drawn) > 5_000  # the draw really covers the list


def test_at_least_seven_thousand_words_remain_for_about_ninety_bits() -> None:
    words = receipts.receipt_words()
    assert len(words) >= receipts.MIN_WORDS
    assert len(set(words)) == len(words)
    assert receipts.RECEIPT_WORDS * math.log2(len(words)) > 89


def test_a_receipt_issued_before_a_word_was_denied_is_still_accepted() -> None:
    assert receipts.looks_like_a_receipt("gutless parasitic retry mobster bobcat nearly impotent")
