"""storyshare settings: one file, configured by environment variables.

Every value a deployment changes comes from the environment through the small typed helpers
below. With ``DJANGO_DEBUG`` off, a missing secret stops start-up with a clear error instead
of running with a guessable default.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    """Return the variable ``name``, or ``default`` when it is unset."""
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    """Return the variable ``name`` read as a boolean (1/true/yes/on or 0/false/no/off)."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def env_int(name: str, default: int) -> int:
    """Return the variable ``name`` as an integer."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from exc


def env_positive_int(name: str, default: int) -> int:
    """Return the variable ``name`` as a whole number of at least 1 (a period, a count)."""
    value = env_int(name, default)
    if value < 1:
        raise ImproperlyConfigured(f"{name} must be 1 or more, not {value}.")
    return value


def env_list(name: str, default: str = "") -> list[str]:
    """Return the comma-separated variable ``name`` as a list without blanks."""
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def env_secret(name: str, *, debug_default: str, debug: bool) -> str:
    """Return a secret from ``name`` or from the file named by ``NAME_FILE``.

    In debug mode a fixed development value stands in; otherwise a missing secret is an error.
    """
    value = os.environ.get(name, "")
    path = os.environ.get(f"{name}_FILE", "")
    if not value and path:
        try:
            value = Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(
                f"{name}_FILE points at {path!r}, which cannot be read."
            ) from exc
    if value:
        return value
    if debug:
        return debug_default
    raise ImproperlyConfigured(
        f"{name} is not set. Set it (or {name}_FILE) to a long random value; "
        "see .env.example. It may only be left out with DJANGO_DEBUG=true."
    )


def parse_database_url(url: str) -> dict[str, object]:
    """Turn ``sqlite:///path`` or ``postgres://user:pass@host:port/name?sslmode=…`` into a
    DATABASES entry.

    dj-database-url reads the URL, query options included: ``?sslmode=verify-full``,
    ``sslrootcert``, ``connect_timeout`` and the like reach psycopg, so TLS to the database is
    what the URL says. storyshare's own options go on top: the connection pool on PostgreSQL,
    WAL and immediate transactions on SQLite.
    """
    scheme = urlsplit(url).scheme
    if scheme == "sqlite":
        path = unquote(urlsplit(url).path)
        path = path[1:] if path.startswith("/") else path
        name = Path(path) if Path(path).is_absolute() else BASE_DIR / path
        return {
            **dj_database_url.parse(url),
            "NAME": str(name) if path else str(BASE_DIR / "db.sqlite3"),
            # WAL lets readers carry on while a moderator writes.
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL;",
                "transaction_mode": "IMMEDIATE",
            },
        }
    if scheme in {"postgres", "postgresql"}:
        config = dj_database_url.parse(url)
        options = dict(config.get("OPTIONS") or {})
        # psycopg 3's pool keeps connections open between requests; Django requires
        # CONN_MAX_AGE to be 0 with it. DATABASE_POOL=false turns it off (e.g. behind
        # PgBouncer in transaction mode).
        if env_bool("DATABASE_POOL", True):
            options["pool"] = _pool_options()
        return {**config, "PORT": str(config.get("PORT") or ""), "CONN_MAX_AGE": 0,
                "OPTIONS": options}  # fmt: skip
    raise ImproperlyConfigured(
        f"DATABASE_URL must start with sqlite:/// or postgres://, not {scheme!r}."
    )


def _pool_options() -> dict[str, int]:
    # Sized per process: a gunicorn sync worker serves one request at a time.
    return {"min_size": 1, "max_size": env_int("DATABASE_POOL_MAX_SIZE", 4), "timeout": 10}


def parse_cache_url(url: str) -> dict[str, object]:
    """``locmem://`` (one process), ``file:///dir`` (the processes of one host) or
    ``redis://host:6379/0`` (several hosts) into a CACHES entry.

    Rate limits, single-use form tokens and cached pages live in this cache, so every process
    that serves the site must share it: see :func:`cache_url` for the default, and several app
    servers need Redis.
    """
    parts = urlsplit(url)
    if parts.scheme == "locmem":
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "storyshare",
        }
    if parts.scheme == "file":
        # Django's file cache moves an entry's expiry to 300 s away on each incr, which reset
        # rate limits after a five-minute pause; this one keeps it (storyshare/cache.py).
        return {
            "BACKEND": "storyshare.cache.ExpiryKeepingFileBasedCache",
            "LOCATION": unquote(parts.path),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    if parts.scheme in {"redis", "rediss", "unix"}:
        # Fails open (storyshare/cache.py): an outage turns rate limits off rather than every
        # send into a 500. Short timeouts: a hung Redis must not hold a worker for long.
        return {
            "BACKEND": "storyshare.cache.FailOpenRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    raise ImproperlyConfigured(
        f"DJANGO_CACHE_URL must start with locmem://, file:/// or redis://, not {parts.scheme!r}."
    )


def cache_url(*, debug: bool) -> str:
    """The shared cache: ``DJANGO_CACHE_URL``, else ``REDIS_URL``, else a default.

    The default without debug is a directory (``var/cache``) that gunicorn's workers and the
    management commands of one host share; in memory, each worker would count its own rate
    limits and accept a form token another worker already used. The development server is one
    process, so with debug the cache stays in memory (``make test`` asks for memory too).
    """
    default = "locmem://" if debug else f"file://{BASE_DIR / 'var' / 'cache'}"
    return env_str("DJANGO_CACHE_URL") or env_str("REDIS_URL") or default


DEBUG = env_bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env_secret(
    "DJANGO_SECRET_KEY",
    debug_default="insecure-development-key-do-not-use-in-production",
    debug=DEBUG,
)
# Fernet keys for text encrypted at rest, comma-separated, newest first (stories/encryption.py).
STORYSHARE_ENCRYPTION_KEYS = [
    key.strip()
    for key in env_secret(
        "STORYSHARE_ENCRYPTION_KEYS",
        # A fixed development key: debug databases are throwaway.
        debug_default="c3RvcnlzaGFyZS1kZXZlbG9wbWVudC1vbmx5LWtleSE=",
        debug=DEBUG,
    ).split(",")
    if key.strip()
]
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")


def site_url(configured: str, *, hosts: list[str], https: bool) -> str:
    """The site's own origin for absolute links (feeds, canonical links, sitemap): configured,
    never taken from a request's Host header, which the first reader of a cached page controls."""
    if configured:
        return configured.rstrip("/")
    host = next((h for h in hosts if h and not h.startswith(".") and h != "*"), "localhost")
    return f"{'https' if https else 'http'}://{host}"


def parse_trusted_proxies(raw: str) -> int | tuple[str, ...]:
    """``STORYSHARE_TRUSTED_PROXIES``: how many proxies append to X-Forwarded-For in front of
    the app (a number), or their addresses and networks (comma-separated); see
    stories/client_address.py. Anything else stops start-up with a clear message."""
    import ipaddress

    value = raw.strip()
    if value == "":
        return 0
    if value.isdigit():
        return int(value)
    networks = [item.strip() for item in value.split(",") if item.strip()]
    try:
        return tuple(str(ipaddress.ip_network(item, strict=False)) for item in networks)
    except ValueError as exc:
        raise ImproperlyConfigured(
            "STORYSHARE_TRUSTED_PROXIES must be a number of proxies (0, 1, 2...) or "
            f"comma-separated addresses or networks (127.0.0.1,10.0.0.0/8), not {raw!r}."
        ) from exc


INSTALLED_APPS = [
    # django.contrib.admin, whose default site also asks for a TOTP code (moderation/apps.py).
    "moderation.apps.ModerationAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Full-text search on PostgreSQL (stories/search.py); inert on SQLite.
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "stories",
    "moderation",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "stories.privacy.PermissionsPolicyMiddleware",
    "stories.tor.OnionLocationMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # A database outage during a view: a clear 503 page, not a 500 (stories/outage.py).
    "stories.outage.DatabaseOutageMiddleware",
    # Django's CsrfViewMiddleware, accepting the Origin: null that no-referrer pages send.
    "stories.privacy.NoReferrerCsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as axes asks: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "storyshare.urls"
WSGI_APPLICATION = "storyshare.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "stories.page_cache.fragment_context",
                "stories.tor.onion_context",
                "stories.web.canonical_context",
            ],
        },
    },
]

DATABASES = {"default": parse_database_url(env_str("DATABASE_URL", "sqlite:///db.sqlite3"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": parse_cache_url(cache_url(debug=DEBUG)),
    # Rendered public pages, in each process's memory, under the version kept in "default"
    # (stories/page_cache.py): a hit costs one small read of the shared cache.
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "storyshare-pages",
        "OPTIONS": {"MAX_ENTRIES": env_int("STORYSHARE_PAGE_CACHE_ENTRIES", 2000)},
    },
    # Rendered fragments (story cards, ~1 kB each), the same way.
    "fragments": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "storyshare-fragments",
        "OPTIONS": {"MAX_ENTRIES": env_int("STORYSHARE_FRAGMENT_CACHE_ENTRIES", 20_000)},
    },
    # For fragments of pages that are never cached (stories.page_cache.fragment_context).
    "uncached": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Moderator logins: axes first, so a locked-out account is refused before its password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# django-axes: after STORYSHARE_LOGIN_FAILURE_LIMIT wrong passwords for one username from one
# client, that username is locked for that client for STORYSHARE_LOGIN_LOCKOUT_MINUTES (at most
# until the hour turns). The client is the hourly keyed tag of its address, never the address
# (moderation/login_privacy.py), so a guesser elsewhere cannot lock the moderator out.
AXES_FAILURE_LIMIT = env_int("STORYSHARE_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("STORYSHARE_LOGIN_LOCKOUT_MINUTES", 60))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "moderation/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "moderation.login_privacy.hashed_client_address"
AXES_HANDLER = "moderation.login_privacy.AnonymousAxesDatabaseHandler"
AXES_DISABLE_ACCESS_LOG = True  # no table of successful logins
AXES_ENABLE_ACCESS_FAILURE_LOG = False  # only the rolling counter in AccessAttempt
AXES_VERBOSE = False
# Masked in the GET/POST copy axes keeps with each failed attempt and in its log lines.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token", "csrfmiddlewaretoken"]
# axes.W006 asks for ip_address in the lockout parameters; storyshare keeps no addresses.
# security.W003 looks for Django's CSRF middleware by name; ours subclasses it (see
# stories/privacy.py), and its own check, storyshare.E001, takes W003's place.
SILENCED_SYSTEM_CHECKS = ["axes.W006", "security.W003"]

# django-otp: the admin asks staff for a code from an authenticator app (TOTP).
OTP_TOTP_ISSUER = env_str("STORYSHARE_OTP_ISSUER", "storyshare")
OTP_ADMIN_HIDE_SENSITIVE_DATA = True  # the admin never shows a device's secret
# django-otp's throttle refuses even the right code for a second after one wrong code. It is
# off; django-otp still counts wrong codes in a row, and the login form makes them wait after
# two free ones (moderation/second_factor.py: seconds_to_wait).
OTP_TOTP_THROTTLE_FACTOR = 0

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# Bootstrap comes from npm's `bootstrap` package (installed by `make`), served by us, never a CDN.
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/bootstrap", BASE_DIR / "node_modules" / "bootstrap" / "dist"),
]
WHITENOISE_USE_FINDERS = DEBUG or env_bool("STORYSHARE_SERVE_UNCOLLECTED_STATIC", default=True)
# `make serve` collects static files first and sets this: compressed files with hashed names,
# which WhiteNoise serves with a one-year cache header. Off by default so that the test suite
# and `make run` need no collectstatic.
if env_bool("STORYSHARE_STATIC_MANIFEST", default=False) and not DEBUG:
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {
            # WhiteNoise's, each address kept once worked out (storyshare/storage.py).
            "BACKEND": "storyshare.storage.StaticFilesStorage",
        },
    }

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Sessions and CSRF: readers get no cookie; forms set only the CSRF cookie.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Strict"
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# HTTPS everywhere in production: redirect, secure cookies, HSTS. Off for local development
# and the test suite (DJANGO_HTTPS=false); `manage.py check --deploy` runs with it on in CI.
HTTPS = env_bool("DJANGO_HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
# Load balancers probe over plain HTTP on the private network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
if HTTPS:
    # __Host- cookies are only accepted Secure, for this exact host, on path /: a sibling
    # subdomain cannot plant a CSRF cookie, which the Origin: null exemption relies on.
    CSRF_COOKIE_NAME = "__Host-csrftoken"
    SESSION_COOKIE_NAME = "__Host-sessionid"
# Only moderators have sessions: a working day at most, and none beyond the browser's life.
SESSION_COOKIE_AGE = env_positive_int("STORYSHARE_MODERATOR_SESSION_HOURS", 8) * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SECURE_HSTS_SECONDS = 63072000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
STORYSHARE_SITE_URL = site_url(env_str("STORYSHARE_SITE_URL"), hosts=ALLOWED_HOSTS, https=HTTPS)
# The proxies in front of the app, which append the client's address to X-Forwarded-For: that
# address, never stored, keys the rate limits (stories/client_address.py). 0: no proxy.
STORYSHARE_TRUSTED_PROXIES = parse_trusted_proxies(env_str("STORYSHARE_TRUSTED_PROXIES"))


def onion_url(configured: str) -> str:
    """The site's onion service address (``http://<56 characters>.onion``), or "" for none."""
    if not configured:
        return ""
    parts = urlsplit(configured)
    if parts.scheme not in {"http", "https"} or not (parts.hostname or "").endswith(".onion"):
        raise ImproperlyConfigured(
            f"STORYSHARE_ONION_URL must be an http:// or https:// address ending in .onion, "
            f"not {configured!r}."
        )
    return f"{parts.scheme}://{parts.netloc}"


# Optional: the onion service's address, sent as Onion-Location (stories/tor.py).
STORYSHARE_ONION_URL = onion_url(env_str("STORYSHARE_ONION_URL"))
if env_bool("DJANGO_BEHIND_TLS_PROXY", default=False):
    # Only behind a proxy that sets this header itself; otherwise clients could forge it.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content Security Policy (django-csp): everything from this origin, nothing inline.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        # Bootstrap's form controls draw their arrows and ticks with data: SVG images.
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Uploads and form bodies: a story is at most 20,000 characters; anything far larger is refused.
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 200
FILE_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
# No form takes a file: a large multipart body is refused before it is read, never spooled to disk.
FILE_UPLOAD_HANDLERS = ["stories.privacy.RefuseFileUploads"]

# Error reports never include request headers (user agent, referrer, addresses) or cookies.
DEFAULT_EXCEPTION_REPORTER_FILTER = "stories.privacy.NoRequestMetadataFilter"
CSRF_FAILURE_VIEW = "stories.submission_views.csrf_failure"

# Logging: no request metadata in any log. Django's loggers attach the request object to
# records; this formatter prints only the message, which never holds an address or a header.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(levelname)s %(name)s %(message)s"}},
    # Nor what readers asked for: no path of a 404, no refused Host header (stories/privacy.py).
    "filters": {"no_request_details": {"()": "stories.privacy.NoRequestDetailsFilter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["no_request_details"],
        }
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # Replaces Django's default, which would also mail reports to ADMINS.
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

STORYSHARE_PAGE_SIZE = env_int("STORYSHARE_PAGE_SIZE", 20)

# The share form refuses posts sent sooner than this after it was shown (bots are fast).
STORYSHARE_FORM_MIN_SECONDS = env_int("STORYSHARE_FORM_MIN_SECONDS", 3)
# Hours a moderator's claim on a submission they opened lasts (the queue shows who holds it).
STORYSHARE_CLAIM_HOURS = env_int("STORYSHARE_CLAIM_HOURS", 4)
# Posts per client per hour (counted under an hourly-rotating keyed hash, in the cache only).
STORYSHARE_SHARE_LIMIT_PER_HOUR = env_int("STORYSHARE_SHARE_LIMIT_PER_HOUR", 10)
STORYSHARE_STATUS_FAILURES_PER_HOUR = env_int("STORYSHARE_STATUS_FAILURES_PER_HOUR", 10)
# Every /status/ lookup, right receipt or wrong (each costs an Argon2 check).
STORYSHARE_STATUS_LOOKUPS_PER_HOUR = env_int("STORYSHARE_STATUS_LOOKUPS_PER_HOUR", 60)

# Moderators who must approve a proposal, each a different one, before it goes to the
# submitter: 1 (the default), or 2 or 3 for a second (third) pair of eyes.
STORYSHARE_REVIEWS_REQUIRED = env_int("STORYSHARE_REVIEWS_REQUIRED", 1)
if not 1 <= STORYSHARE_REVIEWS_REQUIRED <= 3:
    raise ImproperlyConfigured(
        "STORYSHARE_REVIEWS_REQUIRED is how many moderators approve a proposal before it goes "
        f"to the submitter: 1, 2 or 3, not {STORYSHARE_REVIEWS_REQUIRED}."
    )

# Retention (documented on /privacy/ and in README): days, counted from the last event.
# A proposal the submitter does not answer may be published by a moderator after this:
STORYSHARE_SUBMITTER_REPLY_DAYS = env_positive_int("STORYSHARE_SUBMITTER_REPLY_DAYS", 14)
# Decided (published, rejected, withdrawn) submissions' remaining records are deleted after:
STORYSHARE_DECIDED_RETENTION_DAYS = env_positive_int("STORYSHARE_DECIDED_RETENTION_DAYS", 7)
# Undecided submissions with no activity from anyone expire after:
STORYSHARE_PENDING_RETENTION_DAYS = env_positive_int("STORYSHARE_PENDING_RETENTION_DAYS", 90)
