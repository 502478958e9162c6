"""gunicorn settings for `make serve` and production (`gunicorn -c gunicorn.conf.py`).

Privacy first: storyshare keeps no address, user agent, referrer or time of day of any request,
so the access log is off. Should someone turn it on (GUNICORN_ACCESS_LOG=-), the format below
has no client address (%(h)s), no forwarded address, no headers (user agent %(a)s, referrer
%(f)s, %({...}i)s), no query string and no time: tests/test_gunicorn_config.py checks it.
"""

from __future__ import annotations

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# The work is CPU-bound (templates, the redaction engine, PostgreSQL on the same host): one
# sync worker per core. More only time-slice the cores: with 2n+1 workers on 2 CPUs the share
# preview served 107 requests/s at 32 connections, with 2 it served 256 (`make bench`).
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count()))
# gunicorn's sync worker, with room on CPython's frame stack (storyshare/workers.py).
worker_class = "storyshare.workers.SyncWorker"
timeout = 30
graceful_timeout = 30
# The master loads Django and warms up the redaction engine (when_ready, below) before it forks
# the workers, so they share its word lists (~70 MB, read from moderation/redaction/data/)
# copy-on-write instead of each reading its own.
# Nothing in the master touches the database: each worker opens its own connection pool after
# the fork (tests/test_workers.py checks). Workers fork from the master's code, so a new
# release needs a restart, not a HUP.
preload_app = True
wsgi_app = "storyshare.wsgi:application"


def when_ready(server: object) -> None:
    from storyshare.workers import warm_up

    warm_up()


accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
access_log_format = '"%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = "warning"
# gunicorn trusts forwarded headers (X-Forwarded-Proto) only from nginx on loopback. The app
# reads X-Forwarded-For itself, only as far as STORYSHARE_TRUSTED_PROXIES allows, and only to
# key its rate limits (stories/client_address.py); nothing logs it.
forwarded_allow_ips = "127.0.0.1"
# The cache the workers share is chosen in storyshare/settings.py (cache_url).
