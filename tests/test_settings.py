"""Settings come from the environment; production refuses to start without its secret."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from storyshare.settings import (
    BASE_DIR,
    cache_url,
    env_bool,
    env_secret,
    parse_database_url,
    site_url,
)

ROOT = Path(__file__).resolve().parent.parent


TEST_KEY = "dGVzdC1vbmx5LWtleS1uZXZlci1wcm9kdWN0aW9uISE="


def run_check(**env: str) -> subprocess.CompletedProcess[str]:
    prefixes = ("DJANGO_", "DATABASE_", "STORYSHARE_")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_debug_a_missing_secret_key_is_a_clear_startup_error() -> None:
    result = run_check(DJANGO_DEBUG="false")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_without_debug_a_missing_encryption_key_is_a_clear_startup_error() -> None:
    result = run_check(DJANGO_DEBUG="false", DJANGO_SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "STORYSHARE_ENCRYPTION_KEYS is not set" in result.stderr


def test_with_its_secrets_production_settings_start() -> None:
    result = run_check(
        DJANGO_DEBUG="false", DJANGO_SECRET_KEY="x" * 60, STORYSHARE_ENCRYPTION_KEYS=TEST_KEY
    )
    assert result.returncode == 0, result.stderr


def test_the_secret_can_come_from_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "key"
    secret.write_text("from-a-file\n")
    monkeypatch.delenv("TEST_SECRET", raising=False)
    monkeypatch.setenv("TEST_SECRET_FILE", str(secret))
    assert env_secret("TEST_SECRET", debug_default="dev", debug=False) == "from-a-file"


def test_debug_mode_falls_back_to_a_development_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEST_SECRET", raising=False)
    monkeypatch.delenv("TEST_SECRET_FILE", raising=False)
    assert env_secret("TEST_SECRET", debug_default="dev", debug=True) == "dev"


def test_a_malformed_boolean_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEST_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="TEST_FLAG must be true or false"):
        env_bool("TEST_FLAG")


def test_database_urls_are_parsed_for_sqlite_and_postgres() -> None:
    sqlite = parse_database_url("sqlite:///data/site.sqlite3")
    assert sqlite["ENGINE"] == "django.db.backends.sqlite3"
    assert str(sqlite["NAME"]).endswith("data/site.sqlite3")
    pg = parse_database_url("postgres://user:p%40ss@db.internal:6543/stories")
    assert pg["ENGINE"] == "django.db.backends.postgresql"
    assert (pg["USER"], pg["PASSWORD"], pg["HOST"], pg["PORT"], pg["NAME"]) == (
        "user",
        "p@ss",
        "db.internal",
        "6543",
        "stories",
    )


def test_database_url_query_options_reach_psycopg() -> None:
    pg = parse_database_url(
        "postgres://u:p@db.internal:5432/stories?sslmode=verify-full"
        "&sslrootcert=/etc/storyshare/ca.pem&connect_timeout=5&application_name=storyshare"
    )
    options = pg["OPTIONS"]
    assert options["sslmode"] == "verify-full"
    assert options["sslrootcert"] == "/etc/storyshare/ca.pem"
    assert options["connect_timeout"] == 5
    assert options["application_name"] == "storyshare"
    assert options["pool"]["max_size"] == 4  # storyshare's pool stays on top
    assert pg["CONN_MAX_AGE"] == 0 and pg["NAME"] == "stories"


def test_without_the_pool_the_query_options_remain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_POOL", "false")
    pg = parse_database_url("postgresql://u@db/stories?sslmode=require")
    assert pg["OPTIONS"] == {"sslmode": "require"}


def test_sqlite_keeps_its_options_and_paths() -> None:
    relative = parse_database_url("sqlite:///var/site.sqlite3")
    assert relative["OPTIONS"] == {
        "init_command": "PRAGMA journal_mode=WAL;",
        "transaction_mode": "IMMEDIATE",
    }
    assert relative["NAME"] == str(ROOT / "var/site.sqlite3")
    assert parse_database_url("sqlite:////srv/db.sqlite3")["NAME"] == "/srv/db.sqlite3"


def test_an_unknown_database_scheme_is_an_error() -> None:
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL must start with"):
        parse_database_url("mysql://x@y/z")


def test_the_site_url_is_the_configured_one_without_a_trailing_slash() -> None:
    assert site_url("https://stories.example.org/", hosts=["x.example"], https=True) == (
        "https://stories.example.org"
    )


def test_the_site_url_defaults_to_the_first_real_allowed_host() -> None:
    assert site_url("", hosts=[".example.org", "a.example.org"], https=True) == (
        "https://a.example.org"
    )
    assert site_url("", hosts=["127.0.0.1"], https=False) == "http://127.0.0.1"


def test_without_debug_the_workers_of_a_host_share_a_cache_directory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DJANGO_CACHE_URL", raising=False)
    monkeypatch.delenv("REDIS_URL", raising=False)
    assert cache_url(debug=False) == f"file://{BASE_DIR / 'var' / 'cache'}"
    assert cache_url(debug=True) == "locmem://"  # runserver: one process


def test_a_configured_cache_wins_over_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DJANGO_CACHE_URL", raising=False)
    monkeypatch.setenv("REDIS_URL", "redis://10.0.0.5:6379/0")
    assert cache_url(debug=False) == "redis://10.0.0.5:6379/0"
    monkeypatch.setenv("DJANGO_CACHE_URL", "redis://10.0.0.6:6379/1")
    assert cache_url(debug=False) == "redis://10.0.0.6:6379/1"


def production_settings(*names: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Print the named settings as production (debug off) computes them from ``env``."""
    prefixes = ("DJANGO_", "DATABASE_", "STORYSHARE_")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    code = (
        "import json, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'storyshare.settings'\n"
        "from django.conf import settings\n"
        f"print(json.dumps({{n: getattr(settings, n) for n in {list(names)!r}}}))"
    )
    base = {"DJANGO_DEBUG": "false", "DJANGO_SECRET_KEY": "x" * 50}
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, **base, "STORYSHARE_ENCRYPTION_KEYS": TEST_KEY, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_under_https_cookies_carry_the_host_prefix() -> None:
    import json

    names = ("CSRF_COOKIE_NAME", "SESSION_COOKIE_NAME", "CSRF_COOKIE_SECURE")
    result = production_settings(*names, DJANGO_HTTPS="true")
    values = json.loads(result.stdout)
    assert values["CSRF_COOKIE_NAME"] == "__Host-csrftoken"
    assert values["SESSION_COOKIE_NAME"] == "__Host-sessionid"
    assert values["CSRF_COOKIE_SECURE"] is True


def test_moderator_sessions_last_hours_and_end_with_the_browser() -> None:
    import json

    names = ("SESSION_COOKIE_AGE", "SESSION_EXPIRE_AT_BROWSER_CLOSE")
    values = json.loads(production_settings(*names).stdout)
    assert values["SESSION_COOKIE_AGE"] <= 12 * 3600
    assert values["SESSION_EXPIRE_AT_BROWSER_CLOSE"] is True


@pytest.mark.parametrize(
    "name",
    [
        "STORYSHARE_DECIDED_RETENTION_DAYS",
        "STORYSHARE_PENDING_RETENTION_DAYS",
        "STORYSHARE_SUBMITTER_REPLY_DAYS",
    ],
)
@pytest.mark.parametrize("value", ["0", "-3"])
def test_a_retention_period_of_zero_or_less_is_refused(name: str, value: str) -> None:
    result = production_settings("DEBUG", **{name: value})
    assert result.returncode != 0
    assert f"{name} must be 1 or more" in result.stderr
