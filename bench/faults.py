"""Faults under a flood of sends: the shared cache (Redis) stopped, PostgreSQL restarted.

`make faults` (this script) starts its own throwaway PostgreSQL cluster and redis-server on
loopback ports, serves the site with `make serve` (gunicorn, debug off) against them, and sends
stories from several clients at once while, part-way through, it

  (a) stops redis-server for good, or
  (b) restarts PostgreSQL (pg_ctl restart -m fast) while the sends go on.

For each fault it prints what the issue asks: sends attempted, receipts given, rows found,
half-saved rows and 500s (both must be 0), with the error pages that kept the writer's text and
the reading pages asked meanwhile. Every loop is bounded; everything is stopped at the end. It
prints figures and exits 1 when a bar is missed; it is not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import _quote, served  # noqa: E402
from tests.proxy import LoopbackClient  # noqa: E402
from tests.servers import free_port, redis_server  # noqa: E402

TITLE = "A chart that had to change"
STORY = {
    "title": TITLE,
    "what_happened": "My manager asked me to drop the worst quarter from the churn chart.",
    "what_you_did": "I said no and showed both versions to the head of data instead.",
    "theme": "misleading_metrics",
    "outcome": "pushed_back_changed",
    "send": "Send my story",
}
READS = ("/", "/feed/", "/privacy/", "/insights/")
# One secret for both servers and this script, which recomputes the receipts' lookup codes.
SECRET_KEY = secrets.token_urlsafe(50)


@contextlib.contextmanager
def own_postgres(port: int) -> Iterator[tuple[str, list[str]]]:
    """A throwaway cluster of our own (never the shared server): its URL and a restart command."""
    initdb = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not initdb:
        sys.exit("PostgreSQL's server binaries are missing: apt-get install postgresql")
    pgbin = initdb[-1].parent
    workdir = Path(tempfile.mkdtemp(prefix="storyshare-faults-pg."))
    as_postgres = os.geteuid() == 0
    if as_postgres:
        shutil.chown(workdir, "postgres", "postgres")

    def command(*args: object) -> list[str]:
        words = [str(a) for a in args]
        if as_postgres:  # PostgreSQL refuses to run as root
            return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(map(_quote, words))]
        return words

    options = f"-h 127.0.0.1 -p {port} -k {workdir} -c fsync=off -c max_connections=50"
    pg_ctl = [pgbin / "pg_ctl", "-D", workdir / "data", "-l", workdir / "server.log", "-w"]
    run = lambda *a: subprocess.run(command(*a), check=True, stdout=subprocess.DEVNULL)  # noqa: E731
    run(pgbin / "initdb", "-D", workdir / "data", "-U", "postgres", "--auth=trust", "-E", "UTF8")
    run(*pg_ctl, "-o", options, "start")
    try:
        run(pgbin / "createdb", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "storyshare")
        restart = command(*pg_ctl, "-m", "fast", "-o", options, "restart")
        yield f"postgres://postgres@127.0.0.1:{port}/storyshare", restart
    finally:
        stop = command(pgbin / "pg_ctl", "-D", workdir / "data", "-m", "fast", "-w", "stop")
        subprocess.run(stop, stdout=subprocess.DEVNULL, check=False)
        shutil.rmtree(workdir, ignore_errors=True)


@dataclass
class Tally:
    """What the writers and readers saw during one fault."""

    statuses: Counter = field(default_factory=Counter)
    receipts: list[str] = field(default_factory=list)
    kept_text: int = 0
    reads: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)


def send_one(port: int, tally: Tally) -> None:
    """One writer: open the form, send the story, note what came back."""
    client = LoopbackClient(port, "127.0.0.1")
    try:
        status, page = client.request("GET", "/share/")
        tokens = dict(re.findall(r'name="(csrfmiddlewaretoken|form_token)" value="([^"]+)"', page))
        if status != 200 or len(tokens) < 2:
            outcome, receipt, kept = f"form {status}", "", False
        else:
            status, page = client.request("POST", "/share/", {**STORY, **tokens})
            match = re.search(r'id="receipt">([a-z ]+)<', page)
            outcome, receipt, kept = str(status), match.group(1) if match else "", TITLE in page
    except OSError as exc:  # the server itself unreachable: counted, never hidden
        outcome, receipt, kept = type(exc).__name__, "", False
    with tally.lock:
        tally.statuses[outcome] += 1
        if receipt:
            tally.receipts.append(receipt)
        elif kept:
            tally.kept_text += 1


def read_one(port: int, tally: Tally, path: str) -> None:
    try:
        status, _ = LoopbackClient(port, "127.0.0.1").request("GET", path)
        outcome = str(status)
    except OSError as exc:
        outcome = type(exc).__name__
    with tally.lock:
        tally.reads[outcome] += 1


def flood(port: int, sends: int, fault_after: int, fault: threading.Thread) -> Tally:
    """``sends`` sends from 6 concurrent writers (and a read beside each); the fault starts once
    ``fault_after`` sends were submitted."""
    tally = Tally()
    with ThreadPoolExecutor(max_workers=6) as pool:
        for number in range(sends):
            if number == fault_after:
                fault.start()
            pool.submit(send_one, port, tally)
            pool.submit(read_one, port, tally, READS[number % len(READS)])
            time.sleep(0.02)
    fault.join(timeout=120)
    return tally


def check_rows(env: dict[str, str], receipts: list[str]) -> dict[str, int]:
    """Rows found, receipts without a row, rows no receipt was shown for, half-saved rows."""
    import psycopg

    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "storyshare.settings")
    import django

    django.setup()
    from stories.receipts import lookup_keys

    wanted = {key: receipt for receipt in receipts for key in lookup_keys(receipt)}
    with psycopg.connect(env["DATABASE_URL"], autocommit=True) as conn:
        rows = conn.execute(
            "SELECT receipt_lookup, receipt_hash, title, what_happened, what_you_did, "
            "public_what_happened FROM stories_submission"
        ).fetchall()
    found = {lookup for lookup, *_ in rows}
    missing = sum(1 for receipt in receipts if not found & set(lookup_keys(receipt)))
    half = sum(1 for row in rows if not all(row))  # every column of a send must be filled
    return {
        "rows": len(rows),
        "missing": missing,
        "orphans": sum(1 for lookup in found if lookup not in wanted),
        "half": half,
    }


def report(name: str, tally: Tally, rows: dict[str, int], sends: int) -> bool:
    errors_500 = tally.statuses["500"] + tally.reads["500"]
    others = {k: v for k, v in tally.statuses.items() if k not in {"200", "500"}}
    print(f"\n== fault: {name}")
    print(f"  sends attempted                      {sends}")
    print(f"  receipts given                       {len(tally.receipts)}")
    print(f"  rows found                           {rows['rows']}")
    print(f"  receipts whose row is missing        {rows['missing']}")
    print(f"  rows stored without a receipt shown  {rows['orphans']}")
    print(f"  half-saved rows                      {rows['half']}")
    print(f"  500s (sends and reads)               {errors_500}")
    print(
        f"  error pages that kept the text       {tally.kept_text}   (all non-200 sends: {others})"
    )
    print(f"  reading pages asked meanwhile        {dict(tally.reads)}")
    ok = rows["missing"] == rows["half"] == errors_500 == 0
    ok = ok and tally.kept_text == sum(others.values())
    print(f"  {'met' if ok else 'MISSED'}: no 500, no half-saved row, every receipt has its row,"
          " every failed send kept the text")  # fmt: skip
    return ok


def server_env(database_url: str, cache_url: str, port: int) -> dict[str, str]:
    from cryptography.fernet import Fernet

    return {
        **os.environ,
        "DJANGO_DEBUG": "false",
        "DJANGO_HTTPS": "false",
        "DJANGO_SECRET_KEY": SECRET_KEY,
        "STORYSHARE_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "DATABASE_URL": database_url,
        "DJANGO_CACHE_URL": cache_url,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "STORYSHARE_FORM_MIN_SECONDS": "0",
        "STORYSHARE_SHARE_LIMIT_PER_HOUR": "1000000",
    }


@contextlib.contextmanager
def fresh_database(base_url: str, name: str) -> Iterator[str]:
    import psycopg

    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield base_url.rsplit("/", 1)[0] + f"/{name}"


def redis_stopped(pg_url: str, sends: int) -> bool:
    with redis_server() as redis, fresh_database(pg_url, "faults_redis") as db_url:
        port = free_port()
        env = server_env(db_url, redis.url, port)
        with served(env, f"http://127.0.0.1:{port}"):
            tally = flood(port, sends, sends // 3, threading.Thread(target=redis.stop))
        rows = check_rows(env, tally.receipts)
    return report(f"Redis stopped after {sends // 3} of {sends} sends", tally, rows, sends)


def postgres_restarted(pg_url: str, restart: list[str], sends: int) -> bool:
    def restart_postgres() -> None:
        subprocess.run(restart, check=True, stdout=subprocess.DEVNULL)

    with (
        tempfile.TemporaryDirectory(prefix="storyshare-faults-") as tmp,
        fresh_database(pg_url, "faults_pg") as db_url,
    ):
        port = free_port()
        env = server_env(db_url, f"file://{tmp}/cache", port)
        with served(env, f"http://127.0.0.1:{port}"):
            tally = flood(port, sends, sends // 3, threading.Thread(target=restart_postgres))
        rows = check_rows(env, tally.receipts)
    name = f"PostgreSQL restarted (pg_ctl restart -m fast) after {sends // 3} of {sends} sends"
    return report(name, tally, rows, sends)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sends", type=int, default=150, help="sends per fault (default 150)")
    args = parser.parse_args()
    pg_port = free_port()
    with own_postgres(pg_port) as (pg_url, restart):
        results = [
            redis_stopped(pg_url, args.sends),
            postgres_restarted(pg_url, restart, args.sends),
        ]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
