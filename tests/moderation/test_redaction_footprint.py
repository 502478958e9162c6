"""A process running the engine stays small: its word lists come from compact committed files.

The time of the first call is printed by bench/redaction_footprint.py, not asserted here.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "redaction_footprint", ROOT / "bench" / "redaction_footprint.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


footprint = _load_bench()


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
