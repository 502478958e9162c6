"""The storyshare benchmark: `make bench` (or `.venv/bin/python bench/run.py`).

In one run it starts a throwaway PostgreSQL on loopback (as the `postgres` user when run as
root, like .ci/run), seeds a database with 10,000 demo stories and a copy of it with 100,000,
starts `make serve` (gunicorn, production settings) on each, and drives them with wrk from a
second process, each page at both sizes back to back, reporting for each page:
requests per second, p50/p95/p99 latency, and throughput as a share of /healthz, a trivial
Django view through the same middleware (the ceiling). It then checks the bars of issue 6.

With ``--redis`` the servers share a throwaway redis-server as their cache, as the app servers
of a larger site do, instead of the default file-based cache of one host.

With ``--export`` it measures only the open-data export instead (/data/stories.json and .csv at
the largest size): throughput, and the peak memory of the gunicorn worker that served it
against the same worker idle (the bar: within 50 MB).

It prints figures; it is not a test. Needs: wrk (`apt-get install wrk`), PostgreSQL's server
binaries (/usr/lib/postgresql/*/bin), and the project installed (`make install`).
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
LUA = str(ROOT / "bench" / "wrk.lua")
CEILING = "/healthz (ceiling)"
SHARE_NOTE = (
    "POST /share/ is the preview post (no 'send' field): the whole form is validated and the "
    "redaction engine runs, but nothing is stored; run with STORYSHARE_FORM_MIN_SECONDS=0 and "
    "a very high STORYSHARE_SHARE_LIMIT_PER_HOUR, since every request comes from one client."
)


def log(message: str) -> None:
    print(f"== {message}", flush=True)


# PostgreSQL ------------------------------------------------------------------------------


@contextlib.contextmanager
def throwaway_postgres(port: int) -> Iterator[str]:
    """A PostgreSQL cluster in a temporary directory; yields its DATABASE_URL."""
    initdb = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not initdb:
        sys.exit("PostgreSQL's server binaries are missing: apt-get install postgresql")
    pgbin = Path(initdb[-1]).parent
    workdir = Path(tempfile.mkdtemp(prefix="storyshare-bench-pg."))
    as_postgres = os.geteuid() == 0
    if as_postgres:
        shutil.chown(workdir, "postgres", "postgres")

    def run(*args: str) -> None:
        command = [str(a) for a in args]
        if as_postgres:  # PostgreSQL refuses to run as root
            command = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(map(_quote, command))]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    options = (
        f"-h 127.0.0.1 -p {port} -k {workdir} -c shared_buffers=1GB -c max_connections=200 "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    run(pgbin / "initdb", "-D", workdir / "data", "-U", "postgres", "--auth=trust", "-E", "UTF8")
    run(pgbin / "pg_ctl", "-D", workdir / "data", "-l", workdir / "server.log", "-w", "-o", options,
        "start")  # fmt: skip
    try:
        run(pgbin / "createdb", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "storyshare")
        yield f"postgres://postgres@127.0.0.1:{port}/storyshare"
    finally:
        run(pgbin / "pg_ctl", "-D", workdir / "data", "-m", "fast", "-w", "stop")
        shutil.rmtree(workdir, ignore_errors=True)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'"


def sql(env: dict[str, str], query: str) -> list[tuple]:
    import psycopg

    with psycopg.connect(env["DATABASE_URL"], autocommit=True) as conn:
        cursor = conn.execute(query)
        return cursor.fetchall() if cursor.description else []


# The server ------------------------------------------------------------------------------


@contextlib.contextmanager
def served(env: dict[str, str], base: str) -> Iterator[subprocess.Popen]:
    """`make serve` in its own process group, stopped (the whole group) afterwards."""
    server = subprocess.Popen(
        ["make", "--no-print-directory", "serve"], cwd=ROOT, env=env, start_new_session=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while True:
            with contextlib.suppress(OSError):
                if urllib.request.urlopen(base + "/healthz", timeout=2).status == 200:
                    break
            if server.poll() is not None or time.monotonic() > deadline:
                sys.exit("make serve did not start")
            time.sleep(0.5)
        yield server
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # graceful: requests in flight finish first
        server.wait(timeout=60)
        while _port_open(base):  # the next size's server needs the port
            time.sleep(0.2)


def _port_open(base: str) -> bool:
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    with socket.socket() as probe:
        return probe.connect_ex((host, int(port))) == 0


def wrk(url: str, args: argparse.Namespace, duration: int, **env: str) -> dict[str, float]:
    connections = env.pop("C", str(args.connections))
    command = ["wrk", f"-t{args.threads}", f"-c{connections}", f"-d{duration}s",
               "--timeout", "10s", "-s", LUA, url]  # fmt: skip
    result = subprocess.run(
        command, env={**os.environ, **env}, capture_output=True, text=True, check=True
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("BENCH "))
    figures = json.loads(line[len("BENCH ") :])
    figures["rps"] = figures["requests"] / (figures["duration_us"] / 1e6)
    return figures


# What is measured ------------------------------------------------------------------------


def share_preview(base: str) -> dict[str, str]:
    """A valid preview post of the share form: CSRF cookie and token, a signed form token."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = opener.open(base + "/share/").read().decode()
    fields = dict(re.findall(r'name="(csrfmiddlewaretoken|form_token)" value="([^"]+)"', html))
    story = json.loads((ROOT / "stories" / "demo_stories.json").read_text())[0]
    names = ("title", "what_happened", "what_you_did", "what_happened_next", "looking_back",
             "theme", "outcome", "role")  # fmt: skip
    fields.update({name: story[name] for name in names})
    fields["what_happened"] += (
        " I wrote to jane.doe@acme-analytics.com and called +44 20 7946 0958."
    )
    body = urllib.parse.urlencode(fields)
    cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
    check = urllib.request.Request(base + "/share/", data=body.encode(), method="POST",
                                   headers={"Cookie": cookie, "Content-Type":
                                            "application/x-www-form-urlencoded"})  # fmt: skip
    page = opener.open(check).read().decode()
    if "will be removed" not in page and "preview" not in page.lower():
        sys.exit("the share preview post did not show a preview")
    return {"BENCH_METHOD": "POST", "BENCH_BODY": body, "BENCH_COOKIE": cookie,
            "BENCH_CONTENT_TYPE": "application/x-www-form-urlencoded"}  # fmt: skip


def search_queries(path: Path, count: int = 5000) -> None:
    """Two-word queries, both words from one demo story, so most have results; all distinct."""
    stories = json.loads((ROOT / "stories" / "demo_stories.json").read_text())
    rng = random.Random(6)  # noqa: S311 - benchmark data
    words = [sorted(set(re.findall(r"[a-z]{6,}", json.dumps(s).lower()))) for s in stories]
    queries: set[str] = set()
    while len(queries) < count:
        queries.add("+".join(rng.sample(rng.choice(words), 2)))
    path.write_text("\n".join(sorted(queries)) + "\n")


# Pages the issue names are measured at 32 connections; the rest ("beyond the issue") are our
# own harder cases: every search a different query (so none is served from the page cache),
# and one connection at a time.
DISTINCT = "search, 5,000 distinct queries"
SEARCH = "search, one query (page cache)"
BEYOND = (
    DISTINCT, "search, distinct queries, 1 connection", "POST /share/ (preview), 1 connection",
)  # fmt: skip


def targets(env: dict[str, str], size: int, queries: Path, base: str) -> list[tuple]:
    """(name, path, extra wrk environment) for every page measured."""
    month, slug = sql(env, "SELECT published_month, slug FROM stories_story WHERE status = "
                           "'published' ORDER BY published_month DESC, slug "
                           f"OFFSET {int(size * 0.9)} LIMIT 1")[0]  # fmt: skip
    theme, outcome = sql(env, "SELECT theme, outcome FROM stories_story GROUP BY 1, 2 "
                              "ORDER BY count(*) DESC LIMIT 1")[0]  # fmt: skip
    return [
        (CEILING, "/healthz", {}),
        ("/ (feed)", "/", {}),
        ("deep feed page (90% of the stories in)", f"/?before={month:%Y-%m}.{slug}", {}),
        ("filtered feed (theme+outcome)", f"/?theme={theme}&outcome={outcome}", {}),
        (SEARCH, "/?q=dashboard+manager", {}),
        ("story", f"/stories/{slug}/", {}),
        ("/insights/", "/insights/", {}),
        ("/feed/ (Atom)", "/feed/", {}),
        ("POST /share/ (preview)", "/share/", share_preview(base)),
        (DISTINCT, "/", {"BENCH_QUERIES": str(queries)}),
        (BEYOND[1], "/", {"BENCH_QUERIES": str(queries), "C": "1"}),
        (BEYOND[2], "/share/", {**share_preview(base), "C": "1"}),
    ]


def measure(plans: dict[int, tuple[str, list[tuple]]], args: argparse.Namespace) -> dict:
    """Every page at every size, the sizes one right after the other for each page.

    Measuring a page at 10,000 and at 100,000 stories back to back, against two servers that
    are both up, keeps whatever else moves on the machine during a run out of the comparison.
    """
    results: dict[int, dict[str, dict]] = {size: {} for size in plans}
    names = [name for name, _, _ in next(iter(plans.values()))[1]]
    for index, name in enumerate(names):
        for size, (base, pages) in plans.items():
            _, path, extra = pages[index]
            wrk(base + path, args, 2, **extra)  # warm up: workers' lazy loads, the page cache
            results[size][name] = wrk(base + path, args, args.duration, **extra)
            print_row(f"{name} @{size:,}", results[size][name], results[size][CEILING]["rps"])
    # The ceiling again at the end, keeping the better run (so ratios are never flattered).
    for size, (base, _) in plans.items():
        again = wrk(base + "/healthz", args, args.duration)
        print_row(f"{CEILING}, again @{size:,}", again, results[size][CEILING]["rps"])
        if again["rps"] > results[size][CEILING]["rps"]:
            results[size][CEILING] = again
    return results


def print_header() -> None:
    print(f"  {'page':<48} {'req/s':>8} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
          f"{'ratio':>6} {'errors':>6}")  # fmt: skip


def print_row(name: str, figures: dict, ceiling: float) -> None:
    errors = figures["non2xx"] + figures["errors"]
    print(f"  {name:<48} {figures['rps']:>8.0f} {figures['p50'] / 1000:>7.1f} "
          f"{figures['p95'] / 1000:>7.1f} {figures['p99'] / 1000:>7.1f} "
          f"{figures['rps'] / ceiling:>6.2f} {errors:>6}", flush=True)  # fmt: skip


def seed(env: dict[str, str], total: int, have: int) -> None:
    log(f"seeding PostgreSQL up to {total:,} stories")
    started = time.monotonic()
    subprocess.run([PYTHON, "manage.py", "seed_demo", "--stories", str(total - have)],
                   cwd=ROOT, env=env, check=True)  # fmt: skip
    sql(env, "VACUUM ANALYZE stories_story")
    log(f"seeded in {time.monotonic() - started:.0f} s")


def databases(env: dict[str, str], sizes: list[int]) -> dict[int, dict[str, str]]:
    """One database per size, each a copy of the one before with more stories."""
    envs: dict[int, dict[str, str]] = {}
    have, previous = 0, env
    for size in sizes:
        if have:
            name = f"storyshare_{size}"
            source = urllib.parse.urlsplit(previous["DATABASE_URL"]).path.lstrip("/")
            sql(env, f"CREATE DATABASE {name} TEMPLATE {source}")
            url = env["DATABASE_URL"].rsplit("/", 1)[0] + f"/{name}"
            previous = {**env, "DATABASE_URL": url}
        seed(previous, size, have)
        envs[size], have = previous, size
    # Write out what seeding left in shared buffers now, not in a checkpoint while the first
    # pages are measured.
    sql(env, "CHECKPOINT")
    return envs


def check_bars(all_results: dict[int, dict]) -> None:
    small, large = min(all_results), max(all_results)
    big = all_results[large]
    ceiling = big[CEILING]["rps"]
    print(f"\n== the issue's bars, for the pages it names (at {large:,} stories unless said)")
    for name in ("/ (feed)", "story", "/feed/ (Atom)"):
        ratio = big[name]["rps"] / ceiling
        print(f"  {_verdict(ratio >= 0.7)} {name}: {ratio:.2f} of /healthz (>= 0.7)")
    for size, results in all_results.items():
        named = [n for n in results if n not in BEYOND]
        worst = max(named, key=lambda n: results[n]["p99"])
        p99 = results[worst]["p99"] / 1000
        print(f"  {_verdict(p99 < 100)} p99 of every page at {size:,}: "
              f"worst {p99:.1f} ms ({worst}) (< 100 ms)")  # fmt: skip
    p95 = big[SEARCH]["p95"] / 1000
    print(f"  {_verdict(p95 < 50)} {SEARCH}: p95 {p95:.1f} ms (< 50 ms)")
    print(f"  latency at {large:,} / at {small:,} stories (p50 and p99; <= 1.2):")
    for name in (n for n in big if n not in BEYOND):
        _print_growth(name, big[name], all_results[small][name])
    print("\n== beyond the issue: searches that all miss the page cache, one connection at a time")
    for name in BEYOND:
        p95 = big[name]["p95"] / 1000
        print(f"  {_verdict(p95 < 50)} {name}: p95 {p95:.1f} ms (< 50 ms)")
    for name in BEYOND:
        _print_growth(name, big[name], all_results[small][name])


def _verdict(met: bool) -> str:
    return "met   " if met else "MISSED"


def _print_growth(name: str, figures: dict, before: dict) -> None:
    p50, p99 = figures["p50"] / before["p50"], figures["p99"] / before["p99"]
    print(f"    {_verdict(p50 <= 1.2 and p99 <= 1.2)} {name:<40} p50 x{p50:.2f}  p99 x{p99:.2f}")


# The open-data export -------------------------------------------------------------------


def _workers(server: subprocess.Popen) -> list[int]:
    """gunicorn's workers: the processes of make serve's group whose parent is gunicorn."""
    group = {}
    for stat in glob.glob("/proc/[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError):
            fields = Path(stat).read_text().rsplit(")", 1)[1].split()
            pid = int(Path(stat).parent.name)
            if int(fields[2]) == server.pid:  # process group
                group[pid] = (int(fields[1]), Path(f"/proc/{pid}/cmdline").read_bytes())
    return [pid for pid, (ppid, cmd) in group.items()
            if b"gunicorn" in cmd and b"gunicorn" in group.get(ppid, (0, b""))[1]]  # fmt: skip


def _memory_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def measure_export(server: subprocess.Popen, base: str, size: int) -> None:
    """Download each export once; print its throughput and the serving worker's peak RSS."""
    workers = _workers(server)
    for _ in range(4):  # every worker has loaded what a request needs
        urllib.request.urlopen(base + "/data/", timeout=30).read()
    print(f"  {'file':<22} {'stories':>8} {'MB':>7} {'s':>6} {'stories/s':>10} {'MB/s':>6} "
          f"{'idle MB':>8} {'peak MB':>8} {'+MB':>6}")  # fmt: skip
    for name in ("stories.json", "stories.csv"):
        idle = {pid: _memory_kb(pid, "VmRSS") for pid in workers}
        for pid in workers:  # reset each worker's peak RSS (VmHWM) to its current RSS
            Path(f"/proc/{pid}/clear_refs").write_text("5")
        started, received = time.monotonic(), 0
        with urllib.request.urlopen(f"{base}/data/{name}", timeout=600) as response:
            while chunk := response.read(1 << 16):
                received += len(chunk)
        seconds = time.monotonic() - started
        growth = {pid: _memory_kb(pid, "VmHWM") - idle[pid] for pid in workers}
        pid = max(growth, key=lambda p: growth[p])  # the worker that served the export
        print(f"  {name:<22} {size:>8,} {received / 1e6:>7.1f} {seconds:>6.1f} "
              f"{size / seconds:>10,.0f} {received / 1e6 / seconds:>6.1f} "
              f"{idle[pid] / 1024:>8.1f} {(idle[pid] + growth[pid]) / 1024:>8.1f} "
              f"{growth[pid] / 1024:>6.1f}", flush=True)  # fmt: skip
        print(f"  {_verdict(growth[pid] <= 50 * 1024)} {name}: peak RSS of the worker "
              f"{growth[pid] / 1024:.1f} MB above idle (<= 50 MB)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="stories, comma-separated")
    parser.add_argument("--duration", type=int, default=10, help="seconds per page")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1, help="wrk threads")
    parser.add_argument("--port", type=int, default=8765, help="first make serve's port")
    parser.add_argument("--pg-port", type=int, default=55450)
    parser.add_argument("--redis", action="store_true",
                        help="share a throwaway redis-server as the cache (a site with several "
                             "app servers) instead of the default file-based cache")  # fmt: skip
    parser.add_argument("--export", action="store_true",
                        help="measure only the open-data export, at the largest size")  # fmt: skip
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    sizes = sorted(int(s) for s in args.sizes.split(","))
    if args.export:
        sizes = sizes[-1:]
    workdir = Path(tempfile.mkdtemp(prefix="storyshare-bench."))
    queries = workdir / "queries.txt"
    search_queries(queries)
    from cryptography.fernet import Fernet

    sys.path.insert(0, str(ROOT))
    from tests.servers import redis_server  # the suite's throwaway redis-server

    with contextlib.ExitStack() as shared:
        database_url = shared.enter_context(throwaway_postgres(args.pg_port))
        redis = shared.enter_context(redis_server()) if args.redis else None
        env = {
            **os.environ, "DATABASE_URL": database_url, "DJANGO_DEBUG": "false",
            "DJANGO_HTTPS": "false",  # plain HTTP on loopback
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "STORYSHARE_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
            "STORYSHARE_SHARE_LIMIT_PER_HOUR": "1000000000", "STORYSHARE_FORM_MIN_SECONDS": "0",
        }  # fmt: skip
        env.pop("REDIS_URL", None)
        subprocess.run([PYTHON, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
        plans: dict[int, tuple[str, list[tuple]]] = {}
        with contextlib.ExitStack() as servers:
            for index, (size, size_env) in enumerate(databases(env, sizes).items()):
                base = f"http://127.0.0.1:{args.port + index}"
                # Each size its own cache: a file-based one, or its own Redis database.
                cache_url = (f"redis://127.0.0.1:{redis.port}/{index}" if redis
                             else f"file://{workdir}/cache-{size}")  # fmt: skip
                size_env = {**size_env, "GUNICORN_BIND": base.removeprefix("http://"),
                            "DJANGO_CACHE_URL": cache_url}  # fmt: skip
                server = servers.enter_context(served(size_env, base))
                if args.export:
                    log(f"open-data export of {size:,} stories on PostgreSQL, make serve")
                    measure_export(server, base, size)
                    continue
                plans[size] = (base, targets(size_env, size, queries, base))
            if args.export:
                shutil.rmtree(workdir, ignore_errors=True)
                return
            cache = "Redis" if redis else "file-based"
            log(f"{' and '.join(f'{s:,}' for s in sizes)} stories on PostgreSQL, one make serve "
                f"each, {cache} cache; wrk -t{args.threads} -c{args.connections} "
                f"-d{args.duration}s per page and size (after 2 s of warm-up), "
                f"{os.cpu_count()} CPUs")  # fmt: skip
            print_header()
            all_results = measure(plans, args)
    for size, results in all_results.items():
        print(f"\n== {size:,} stories")
        print_header()
        for name, figures in results.items():
            print_row(name, figures, results[CEILING]["rps"])
    print(f"\n{SHARE_NOTE}")
    check_bars(all_results)
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
