"""Encryption at rest for text that must not sit readable in the database.

Pending submissions hold raw stories. They are encrypted with Fernet (AES-128-CBC with
HMAC-SHA256, from the ``cryptography`` package) under keys from the environment
(``STORYSHARE_ENCRYPTION_KEYS``, comma-separated, newest first). A database dump or backup
alone reveals nothing. Rotation: put a new key first, keep the old ones after it, run
``python manage.py rotate_encryption_key``, then drop the old keys.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

PREFIX = "fernet:"


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


class EncryptedTextField(models.TextField):
    """A text column stored encrypted; Python code only ever sees plain text."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        return None if value is None else decrypt(value)

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        return None if value is None else encrypt(value)
