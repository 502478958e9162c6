"""storyshare/workers.py: the gunicorn worker neither thrashes CPython's frame stack nor the GC."""

from __future__ import annotations

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


THIS_INTERPRETER = (sys.implementation.name, (sys.version_info.major, sys.version_info.minor))


@pytest.mark.skipif(
    not workers.needs_ballast(*THIS_INTERPRETER), reason="the ballast is for CPython 3.11-3.12"
)
def test_calls_across_a_frame_chunk_boundary_stop_mapping_memory_under_the_ballast() -> None:
    # Somewhere within 16 KiB of frames above this one a chunk of CPython's frame stack ends:
    # calls that keep crossing it map and unmap that chunk each time (a page fault at least).
    worst = max(range(1, 300, 3), key=lambda depth: _page_faults(_calls_at(depth, 30)))
    thrashing = _page_faults(_calls_at(worst, 1000))
    # The bug the ballast is for: if this interpreter no longer shows it, needs_ballast is wrong.
    assert thrashing >= 500
    with_ballast = workers.with_room(lambda: _page_faults(_calls_at(worst, 1000)))
    assert with_ballast < thrashing / 20


@pytest.mark.parametrize(
    ("implementation", "version", "needed"),
    [
        ("cpython", (3, 10), False),
        ("cpython", (3, 11), True),
        ("cpython", (3, 12), True),
        ("cpython", (3, 13), False),
        ("cpython", (3, 14), False),
        ("pypy", (3, 11), False),
    ],
)
def test_the_ballast_is_made_only_where_the_interpreter_has_the_bug(
    implementation: str, version: tuple[int, int], needed: bool
) -> None:
    assert workers.needs_ballast(implementation, version) is needed


def test_without_the_bug_with_room_is_a_plain_call() -> None:
    plain, ballasted = (workers.make_with_room(ballast=b) for b in (False, True))
    assert plain(lambda: _deep(50)) == ballasted(lambda: _deep(50)) == 50
    assert plain.__code__.co_nlocals < 5
    assert ballasted.__code__.co_nlocals >= workers.BALLAST_LOCALS
    expected = ballasted if workers.needs_ballast(*THIS_INTERPRETER) else plain
    assert workers.with_room.__code__.co_nlocals == expected.__code__.co_nlocals


def test_warm_up_loads_the_gazetteers_and_hides_them_from_the_collector() -> None:
    # In a fresh interpreter: nothing loaded before; after warm_up() the names are loaded and
    # in the frozen generation, which no collection walks (gc.get_objects() lists the others).
    probe = (
        "import gc\n"
        "from moderation.redaction import gazetteers\n"
        "from storyshare.workers import warm_up\n"
        "assert gazetteers.first_names.cache_info().currsize == 0\n"
        "warm_up()\n"
        "names = gazetteers.first_names()\n"
        "assert gazetteers.first_names.cache_info().currsize == 1\n"
        "assert gc.is_tracked(names)\n"
        "assert not any(o is names for o in gc.get_objects())\n"
        "print('frozen')\n"
    )
    assert _run(probe) == "frozen"


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
    assert _run(probe) == "no connection"


def _run(probe: str) -> str:
    result = subprocess.run(  # noqa: S603 - our own interpreter and a constant script
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
