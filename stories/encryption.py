"""Encryption at rest for text that must not sit readable in the database.

Pending submissions hold raw stories. They are encrypted with Fernet (AES-128-CBC with
HMAC-SHA256, from the ``cryptography`` package) under keys from the environment
(``STORYSHARE_ENCRYPTION_KEYS``, comma-separated, newest first). A database dump or backup
alone reveals nothing. Rotation: put a new key first, keep the old ones after it, run
``python manage.py rotate_encryption_key``, then drop the old keys.

A value that no configured key decrypts (a key removed too early) never stops a page, the
queue or the purge: it reads as ``UnreadableText``, which shows a clear message, is written
back unchanged (so restoring the key recovers it), and deleting its row needs no key. A
malformed key is refused by a system check, before the server takes a single story.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.checks import CheckMessage, Error, register
from django.core.exceptions import ImproperlyConfigured
from django.db import models

from stories.sanitize import normalise_text

PREFIX = "fernet:"
UNREADABLE = (
    "[This text cannot be decrypted with STORYSHARE_ENCRYPTION_KEYS: its key was removed "
    "or changed. Restore the key to read it, or reject the submission to delete it.]"
)
CHECK_TAG = "storyshare_encryption"


class UnreadableText(str):
    """A stored value no configured key decrypts: reads as ``UNREADABLE``, keeps the original.

    Saving the row writes ``stored`` back unchanged, so nothing is lost until the row itself
    is deleted (which needs no key).
    """

    stored: str

    def __new__(cls, stored: str) -> UnreadableText:
        text = super().__new__(cls, UNREADABLE)
        text.stored = stored
        return text


@cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    try:
        return MultiFernet([Fernet(key.encode()) for key in keys])
    except ValueError as exc:
        raise ImproperlyConfigured(
            "STORYSHARE_ENCRYPTION_KEYS must hold Fernet keys (32 url-safe base64 bytes); "
            "make one with: python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'"
        ) from exc


def fernet() -> MultiFernet:
    return _fernet(tuple(settings.STORYSHARE_ENCRYPTION_KEYS))


def encrypt(text: str) -> str:
    """Return ``text`` encrypted under the newest key; the empty string stays empty."""
    if not text:
        return ""
    return PREFIX + fernet().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(stored: str) -> str:
    """Return the plain text of a value written by ``encrypt``."""
    if not stored:
        return ""
    if not stored.startswith(PREFIX):
        raise ImproperlyConfigured("An encrypted column holds a value that is not encrypted.")
    try:
        return fernet().decrypt(stored[len(PREFIX) :].encode("ascii")).decode("utf-8")
    except InvalidToken as exc:
        raise ImproperlyConfigured(
            "Stored text cannot be decrypted with STORYSHARE_ENCRYPTION_KEYS: "
            "was a key removed before rotate_encryption_key ran?"
        ) from exc


def rotate(stored: str) -> str:
    """Re-encrypt a stored value under the newest key."""
    if not stored:
        return ""
    token = fernet().rotate(stored[len(PREFIX) :].encode("ascii"))
    return PREFIX + token.decode("ascii")


def read(stored: str) -> str:
    """The plain text of ``stored``, or an ``UnreadableText`` when no key decrypts it."""
    try:
        return decrypt(stored)
    except ImproperlyConfigured:
        return UnreadableText(stored)


def unreadable_fields(instance: models.Model) -> list[str]:
    """The names of ``instance``'s encrypted fields that no configured key decrypts."""
    return [
        field.name
        for field in instance._meta.concrete_fields
        if isinstance(field, EncryptedTextField)
        and isinstance(getattr(instance, field.attname, ""), UnreadableText)
    ]


class EncryptedTextField(models.TextField):
    """A text column stored encrypted; Python code only ever sees plain text."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        return None if value is None else read(value)

    def get_prep_value(self, value: Any) -> Any:
        if isinstance(value, UnreadableText):
            return value.stored
        value = super().get_prep_value(value)
        # Every piece of submitter and moderator text passes here on its way to the database,
        # the moderator's publishable version included: the one place to drop bidi overrides
        # and invisible characters before anything can be published (stories/sanitize.py).
        return None if value is None else encrypt(normalise_text(value))


def key_errors(keys: list[str]) -> list[str]:
    """What is wrong with ``keys`` (STORYSHARE_ENCRYPTION_KEYS), one message per problem."""
    if not keys:
        return ["STORYSHARE_ENCRYPTION_KEYS holds no key."]
    errors = []
    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key.encode())
        except (ValueError, TypeError):
            errors.append(
                f"STORYSHARE_ENCRYPTION_KEYS: key {position} of {len(keys)} is not a Fernet key "
                "(44 characters of url-safe base64 encoding 32 bytes)."
            )
    return errors


@register(CHECK_TAG)
def check_encryption_keys(app_configs: Any, **kwargs: Any) -> list[CheckMessage]:
    """Refuse to start with keys that cannot encrypt: every send would fail and be lost."""
    hint = (
        "Make a key with: python -c 'from cryptography.fernet import Fernet; "
        "print(Fernet.generate_key().decode())' and list keys comma-separated, newest first."
    )
    return [
        Error(message, hint=hint, id="storyshare.E002")
        for message in key_errors(settings.STORYSHARE_ENCRYPTION_KEYS)
    ]
