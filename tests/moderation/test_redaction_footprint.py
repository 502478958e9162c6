"""A process running the engine stays small: its word lists come from compact committed files.

The time of the first call is printed by bench/redaction_footprint.py, not asserted here.
"""

from __future__ import annotations

import pytest

from tests.moderation.bench_scripts import load

footprint = load("redaction_footprint")


@pytest.fixture(scope="module")
def figures() -> dict[str, object]:
    """One fresh process that imported the engine and ran it on a story."""
    measured: dict[str, object] = footprint.measure()
    return measured


def test_a_process_that_ran_the_engine_stays_under_the_memory_bar(
    figures: dict[str, object],
) -> None:
    assert figures["findings"], "the probe story holds identifying details"
    assert isinstance(figures["peak_rss_mb"], float)
    assert figures["peak_rss_mb"] <= footprint.MEMORY_BAR_MB, figures


def test_the_engine_never_imports_the_packages_its_word_lists_were_built_from(
    figures: dict[str, object],
) -> None:
    assert figures["build_time_modules"] == []
