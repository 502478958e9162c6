"""No input costs the engine much more than ordinary prose of the same length.

bench/redaction_worst_case.py prints the ratio of every generated hostile input (bar: 5x).
Here the bound is generous, 20x, and measured in CPU time of this process (best of runs)
against prose measured in the same test, so that a loaded machine does not make it fail:
before the engine's scans were bounded, these inputs cost 20x to 170x.
"""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers
from tests.moderation.bench_scripts import load

worst_case = load("redaction_worst_case")
GENEROUS_BOUND = 20.0
# The joiners that made runs of one long "word" ("A-B-C-..."), and the token classes of
# every kind, at the share form's length limit.
JOINERS = ("hyphen", "apostrophe", "dot", "none", "slash", "spelled-dot")


@pytest.fixture(scope="module")
def prose_seconds() -> float:
    text = worst_case.prose()
    find_identifiers(text)  # word lists and caches
    seconds: float = worst_case.cost(find_identifiers, text, 3)
    return seconds


@pytest.mark.parametrize("kind", sorted(worst_case.TOKEN_CLASSES))
def test_runs_of_each_token_class_cost_at_most_a_bounded_multiple_of_prose(
    kind: str, prose_seconds: float
) -> None:
    for joiner in JOINERS:
        text = worst_case.hostile(worst_case.TOKEN_CLASSES[kind], worst_case.JOINERS[joiner])
        assert len(text) > 19_000
        ratio = worst_case.cost(find_identifiers, text, 2) / prose_seconds
        assert ratio <= GENEROUS_BOUND, f"{kind} / {joiner}: {ratio:.1f}x prose"


def test_a_long_gap_after_an_address_is_read_once(prose_seconds: float) -> None:
    # The gap between an address and a place was split every way a 4-word line could be:
    # 250 letters took ~2.6 s, 400 took ~34 s. Now 20,000 take what reading them takes.
    text = "I live at 221B Baker Street, " + "a" * 19_950 + "@ Berlin is nice."
    assert [f.text for f in find_identifiers(text)] == ["221B Baker Street", "Berlin"]
    ratio = worst_case.cost(find_identifiers, text, 1) / prose_seconds
    assert ratio <= GENEROUS_BOUND, f"{ratio:.1f}x prose"
