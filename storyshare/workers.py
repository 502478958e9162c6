"""gunicorn's sync worker, run with room on CPython's frame stack (gunicorn.conf.py uses it).

CPython 3.11 keeps Python frames in 16 KiB chunks and frees a chunk the moment its first frame
returns (https://github.com/python/cpython/issues/142183, fixed in 3.13 and 3.14 only). A
request whose template rendering keeps calling across a chunk boundary maps and unmaps that
chunk hundreds of times: measured on the share preview under `make serve`, 181 mmap/munmap pairs
a request and half of the CPU time in the kernel.

The worker's request loop runs under a *ballast* frame: a function with so many local variables
that CPython gives its frame a chunk of its own of 512 KiB, which lives as long as the worker,
and every request's frames then fit in the room left in it. Only on the interpreters with the
bug (:func:`needs_ballast`): elsewhere ``with_room`` is a plain call, so the ballast goes away
by itself with the upgrade to Python 3.13.

:func:`warm_up` is for gunicorn's master: it loads the engine before the workers are forked.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import TypeVar

from gunicorn.workers.sync import SyncWorker as GunicornSyncWorker

T = TypeVar("T")

# A frame holds its locals and its value stack, one 8-byte slot each: 2 * 16,000 slots is
# 256 KiB, so CPython rounds the chunk up to 512 KiB and about 250 KiB stay free above it,
# several times the deepest request measured (crispy-forms rendering the share form).
BALLAST_LOCALS = 16_000


def _make_ballast(locals_count: int) -> Callable[[Callable[[], T]], T]:
    names = ", ".join(f"_{i}" for i in range(locals_count))
    # The assignment never runs; it only makes the compiler give the frame its slots.
    source = (
        "def with_room(call):\n"
        "    if call is None:\n"
        f"        {names} = range({locals_count})\n"
        "    return call()\n"
    )
    namespace: dict[str, Callable[[Callable[[], T]], T]] = {}
    exec(compile(source, "<storyshare.workers ballast>", "exec"), namespace)  # noqa: S102
    return namespace["with_room"]


def _plain_call(call: Callable[[], T]) -> T:
    return call()


def needs_ballast(implementation: str, version: tuple[int, int]) -> bool:
    """Whether this interpreter frees frame-stack chunks eagerly: CPython 3.11 (which brought
    the chunked frame stack) and 3.12 (the fix went into 3.13 and 3.14 only).

    >>> needs_ballast("cpython", (3, 11)), needs_ballast("cpython", (3, 13))
    (True, False)
    """
    return implementation == "cpython" and (3, 11) <= version < (3, 13)


def make_with_room(*, ballast: bool) -> Callable[[Callable[[], T]], T]:
    """``with_room`` with the ballast frame, or the plain call an unaffected interpreter needs."""
    return _make_ballast(BALLAST_LOCALS) if ballast else _plain_call


#: ``with_room(call)`` returns ``call()``, run with ~250 KiB of frame stack that stays mapped
#: where the interpreter would otherwise map and unmap a chunk again and again.
with_room = make_with_room(
    ballast=needs_ballast(sys.implementation.name, (sys.version_info.major, sys.version_info.minor))
)


# Text that makes the redaction engine read every word list it uses (about 0.5 s, once).
WARM_UP_TEXT = (
    "Jane Smith of Acme Analytics Ltd met me in Leeds on 3 March 2024; she wrote from "
    "jane.smith@acme-analytics.com and +44 20 7946 0958 about case AB-123456."
)


def warm_up() -> None:
    """Load what a first preview would otherwise load, then keep it out of the cyclic GC.

    gunicorn's master calls it before it forks the workers (gunicorn.conf.py, when_ready), so
    they share what it loads. Without it each worker's first preview waits ~0.5 s for the
    word lists, and every full collection walks their sets again (~40 ms, measured): gc.freeze()
    moves everything alive now into a generation the collector never scans.
    """
    from moderation.redaction import find_identifiers

    find_identifiers(WARM_UP_TEXT)
    gc.collect()
    gc.freeze()


class SyncWorker(GunicornSyncWorker):
    """gunicorn's sync worker, with its request loop above the ballast frame."""

    def run(self) -> None:
        with_room(super().run)
