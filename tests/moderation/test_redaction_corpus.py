"""Recall and precision floors on the team's labelled corpus (committed: a missing file fails)."""

from __future__ import annotations

from pathlib import Path

from moderation.redaction.evaluate import load_corpus, score

CORPUS = Path(__file__).resolve().parents[1] / "data" / "redaction_corpus.json"


def test_the_corpus_is_committed() -> None:
    assert CORPUS.is_file(), f"the team corpus is missing: {CORPUS}"


def test_recall_and_precision_stay_above_the_floor() -> None:
    report = score(load_corpus(CORPUS))
    assert report.recall() >= 0.97
    assert report.precision() >= 0.85
