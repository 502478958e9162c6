"""storyshare/workers.py: the gunicorn worker neither thrashes CPython's frame stack nor the GC."""

from __future__ import annotations

import gc
import resource
import subprocess
import sys
from collections.abc import Callable

import pytest

from storyshare import workers


def _deep(depth: int) -> int:
    return 0 if depth == 0 else _deep(depth - 1) + 1


def _page_faults(call: Callable[[], object]) -> int:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    call()
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


def _calls_at(depth: int, times: int) -> Callable[[], None]:
    def run() -> None:
        for _ in range(times):
            _deep(depth)

    return run


def test_calls_across_a_frame_chunk_boundary_stop_mapping_memory_under_the_ballast() -> None:
    # Somewhere within 16 KiB of frames above this one a chunk of CPython's frame stack ends:
    # calls that keep crossing it map and unmap that chunk each time (a page fault at least).
    worst = max(range(1, 300, 3), key=lambda depth: _page_faults(_calls_at(depth, 30)))
    thrashing = _page_faults(_calls_at(worst, 1000))
    if thrashing < 500:
        pytest.skip(f"this interpreter does not thrash its frame stack ({thrashing} faults)")
    with_ballast = workers.with_room(lambda: _page_faults(_calls_at(worst, 1000)))
    assert with_ballast < thrashing / 20


def test_with_room_returns_what_it_calls() -> None:
    assert workers.with_room(lambda: _deep(50)) == 50


def test_warm_up_loads_the_engine_and_freezes_what_is_alive() -> None:
    try:
        workers.warm_up()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_worker_runs_its_loop_above_the_ballast(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(workers, "with_room", lambda call: seen.append("room") or call())
    monkeypatch.setattr(workers.GunicornSyncWorker, "run", lambda self: seen.append("loop"))
    workers.SyncWorker.run(object.__new__(workers.SyncWorker))
    assert seen == ["room", "loop"]


def test_the_gunicorn_master_loads_the_site_and_warms_up_without_a_database_connection() -> None:
    # With preload_app the master imports the WSGI application and runs warm_up() before it
    # forks: a connection opened there would be shared by every worker.
    probe = (
        "import storyshare.wsgi\n"
        "from storyshare.workers import warm_up\n"
        "warm_up()\n"
        "from django.db import connections\n"
        "opened = [c.alias for c in connections.all() if c.connection is not None]\n"
        "assert not opened, opened\n"
        "print('no connection')\n"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter and a constant script
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "no connection"
