"""Test and fault-script helper: a throwaway redis-server on a free loopback port.

No persistence (nothing reaches a disk), stopped when the block ends. Without redis-server the
tests that need it are skipped locally and fail in CI (``CI=true``); `.ci/run` installs it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REDIS = os.environ.get("STORYSHARE_REDIS_SERVER", "/usr/bin/redis-server")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, name: str, seconds: float = 5) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} stopped at start-up")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{name} did not listen on 127.0.0.1:{port} within {seconds} s")


class RedisServer:
    """A running redis-server; ``stop()`` ends it (as an outage would), idempotently."""

    def __init__(self, port: int, process: subprocess.Popen) -> None:
        self.port, self.process = port, process
        self.url = f"redis://127.0.0.1:{port}/0"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@contextmanager
def redis_server() -> Iterator[RedisServer]:
    """Start redis-server on 127.0.0.1 (free port), without persistence; stop it afterwards."""
    if not Path(REDIS).exists():
        raise FileNotFoundError(
            f"redis-server is missing at {REDIS} (apt-get install redis-server)"
        )
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="storyshare-redis-") as tmp:
        command = [REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                   "--appendonly", "no", "--dir", tmp, "--loglevel", "warning"]  # fmt: skip
        process = subprocess.Popen(  # noqa: S603 - a fixed binary, our own arguments
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        server = RedisServer(port, process)
        try:
            wait_for_port(port, process, "redis-server")
            yield server
        finally:
            server.stop()
