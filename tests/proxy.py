"""Test helper: Debian's nginx in front of a live server, configured as docs/deploy.md says.

nginx runs from a temporary directory on a free loopback port, in the foreground, and is
stopped when the block ends. Without /usr/sbin/nginx the tests that need it are skipped
locally and fail in CI (``CI=true``), as the browser tests do; `.ci/run` installs it.
"""

from __future__ import annotations

import http.client
import os
import re
import socket
import subprocess
import tempfile
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

NGINX = os.environ.get("STORYSHARE_NGINX", "/usr/sbin/nginx")
DEPLOY_DOC = Path(__file__).resolve().parents[1] / "docs" / "deploy.md"
CONFIG = """
daemon off;
master_process off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log crit;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    upstream storyshare {{ server {upstream}; }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://storyshare;
{proxy_lines}
        }}
    }}
}}
"""


def require_nginx() -> None:
    """Skip (locally) or fail (in CI) without Debian's nginx."""
    if Path(NGINX).exists():
        return
    message = f"the proxy tests need nginx at {NGINX} (apt-get install nginx)"
    if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def documented_proxy_lines() -> list[str]:
    """The proxy_set_header lines of the nginx site in docs/deploy.md, as written there."""
    block = DEPLOY_DOC.read_text(encoding="utf-8").split("```nginx", 1)[1].split("```", 1)[0]
    lines = re.findall(r"^\s*(proxy_(?:set_header|http_version)\b[^;]*;)", block, re.MULTILINE)
    assert lines, "docs/deploy.md has no proxy_set_header lines in its nginx site"
    return lines


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def nginx_in_front_of(upstream: str) -> Iterator[int]:
    """Run nginx proxying to ``upstream`` (host:port) with the documented lines; yield its port."""
    require_nginx()
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="storyshare-nginx-") as tmp:
        lines = "\n".join(f"            {line}" for line in documented_proxy_lines())
        config = CONFIG.format(tmp=tmp, upstream=upstream, port=port, proxy_lines=lines)
        (Path(tmp) / "nginx.conf").write_text(config, encoding="utf-8")
        process = subprocess.Popen(  # noqa: S603 - a fixed binary and our own config
            [NGINX, "-p", tmp, "-c", f"{tmp}/nginx.conf"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _wait_for(port, process)
            yield port
        finally:
            process.terminate()
            process.wait(timeout=10)


def _wait_for(port: int, process: subprocess.Popen) -> None:
    for _ in range(100):  # at most 5 s
        if process.poll() is not None:
            raise RuntimeError(f"nginx stopped: {process.stderr.read().decode()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("nginx did not start listening within 5 s")


class LoopbackClient:
    """A browser-like client (cookies, form posts) connecting from one loopback address."""

    def __init__(self, port: int, source: str, headers: dict[str, str] | None = None) -> None:
        self.port, self.source, self.headers = port, source, headers or {}
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict[str, str] | None = None):
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=30, source_address=(self.source, 0)
        )
        headers = dict(self.headers)
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, text

    def post_form(self, path: str, form: dict[str, str]) -> tuple[int, str]:
        """GET the page for its CSRF token, then post ``form`` with it."""
        _, page = self.request("GET", path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        return self.request("POST", path, {**form, "csrfmiddlewaretoken": token})
