"""gunicorn.conf.py: the production server logs nothing about who made a request."""

from __future__ import annotations

import os
import re
import runpy
from pathlib import Path
from typing import Any

import pytest

CONFIG = Path(__file__).resolve().parent.parent / "gunicorn.conf.py"
# Client address, user agent, referrer, any request or response header, the raw request line
# (with its query string) and the time of day.
FORBIDDEN = re.compile(r"%\((h|a|f|r|q|t|\{[^}]*\}[ioe])\)s")


def load_config(monkeypatch: pytest.MonkeyPatch, **env: str) -> dict[str, Any]:
    for name in ("GUNICORN_ACCESS_LOG", "DJANGO_CACHE_URL", "REDIS_URL"):
        # setenv first, so that whatever the config sets is undone after the test.
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONFIG))


def test_access_logging_is_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_config(monkeypatch)["accesslog"] is None


def test_the_access_log_format_holds_no_client_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(monkeypatch, GUNICORN_ACCESS_LOG="-")
    assert config["accesslog"] == "-"
    assert not FORBIDDEN.search(config["access_log_format"])
    assert "%(U)s" in config["access_log_format"]  # the path, without the query string


def test_the_config_leaves_the_cache_to_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    load_config(monkeypatch)
    assert "DJANGO_CACHE_URL" not in os.environ  # storyshare.settings.cache_url decides


def test_one_warmed_up_worker_per_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    from django.utils.module_loading import import_string

    from storyshare.workers import SyncWorker

    config = load_config(monkeypatch)
    assert config["workers"] == os.cpu_count()
    assert import_string(config["worker_class"]) is SyncWorker
    assert load_config(monkeypatch, GUNICORN_WORKERS="5")["workers"] == 5


def test_the_master_warms_up_before_it_forks_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    import storyshare.workers

    config = load_config(monkeypatch)
    assert config["preload_app"] is True
    calls: list[str] = []
    monkeypatch.setattr(storyshare.workers, "warm_up", lambda: calls.append("warm_up"))
    config["when_ready"](None)
    assert calls == ["warm_up"]  # what warm_up does is tested in tests/test_workers.py
