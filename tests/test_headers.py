"""Response headers, cookies and the production deployment check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent
PUBLIC_PAGES = ["/", "/share/", "/status/", "/privacy/"]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_every_page_sends_a_strict_content_security_policy(client: Client, url: str) -> None:
    csp = client.get(url)["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_every_page_sends_the_privacy_headers(client: Client, url: str) -> None:
    response = client.get(url)
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "browsing-topics=()"):
        assert feature in policy


@pytest.mark.parametrize("url", ["/", "/privacy/"])
def test_a_reader_gets_no_cookie(client: Client, make_story, url: str) -> None:
    story = make_story()
    for page in (url, story.get_absolute_url()):
        response = client.get(page)
        assert response.cookies == {}, f"{page} set {list(response.cookies)}"
        assert "Set-Cookie" not in response


@pytest.mark.parametrize("url", ["/share/", "/status/"])
def test_a_form_page_sets_only_the_csrf_cookie(client: Client, url: str) -> None:
    response = client.get(url)
    assert set(response.cookies) == {"csrftoken"}
    cookie = response.cookies["csrftoken"]
    assert cookie["samesite"] == "Strict" and cookie["httponly"]


def test_pages_have_no_inline_script_or_style(client: Client, make_story) -> None:
    story = make_story()
    for url in [*PUBLIC_PAGES, story.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert "<script>" not in html and "<script " not in html.replace('<script src="/', "")
        assert " style=" not in html and "<style" not in html


def test_the_deployment_check_fails_without_our_csrf_middleware(settings) -> None:
    from stories.privacy import CSRF_MIDDLEWARE, check_csrf_middleware

    assert check_csrf_middleware(None) == []
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m != CSRF_MIDDLEWARE]
    assert [message.id for message in check_csrf_middleware(None)] == ["storyshare.E001"]


def test_production_settings_pass_the_deployment_check() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    env.update(
        DJANGO_DEBUG="false",
        DJANGO_HTTPS="true",
        DJANGO_SECRET_KEY="a-production-like-secret-key-of-enough-length-and-variety-9f8e7d6c5b4a",
        DJANGO_ALLOWED_HOSTS="storyshare.example.org",
        STORYSHARE_ENCRYPTION_KEYS="dGVzdC1vbmx5LWtleS1uZXZlci1wcm9kdWN0aW9uISE=",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
