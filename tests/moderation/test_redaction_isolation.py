"""The engine is plain Python: no Django, and fast enough."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from moderation.redaction import find_identifiers

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_engine_loads_no_django() -> None:
    code = (
        "import moderation.redaction, sys; "
        "assert not any(m == 'django' or m.startswith('django.') for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)  # noqa: S603


def test_it_handles_fifty_thousand_words_a_second() -> None:
    story = (
        "I joined Brightwave in March 2019 as a data scientist. My manager Priya Raman asked me "
        "to build an XGBoost model in Python on BigQuery data, and to email jane@example.com. "
    ) * 20
    find_identifiers(story)
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        find_identifiers(story)
        best = min(best, time.perf_counter() - began)
    assert len(story.split()) / best > 50_000
