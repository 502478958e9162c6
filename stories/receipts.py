"""Receipts: the passphrase that lets a submitter come back, stored only as hashes.

A receipt is seven words drawn with ``secrets`` from the EFF long word list (7,776 words,
shipped by the ``xkcdpass`` package, BSD-3-Clause; the list itself is the EFF's, CC BY 3.0 US),
less the offensive or upsetting words in ``receipt_denylist.txt`` (some 7,550 remain, so still
about 90 bits of entropy). Two values are kept, neither of which reveals it:

- a lookup key, HMAC-SHA256 of the receipt under the site's secret, to find the submission
  without trying every hash;
- a verifier, the receipt hashed with Argon2id (slow and salted).

>>> len(generate_receipt().split())
7
>>> normalise_receipt("  Abacus-ABDOMEN,  zoom ")
'abacus abdomen zoom'
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from functools import cache
from importlib import resources
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from django.conf import settings

RECEIPT_WORDS = 7
MAX_RECEIPT_LENGTH = 200
_SEPARATORS = re.compile(r"[^a-z]+")
DENYLIST_FILE = Path(__file__).with_name("receipt_denylist.txt")
MIN_WORDS = 7000


@cache
def word_list() -> tuple[str, ...]:
    """The EFF long word list, loaded once from the xkcdpass package."""
    text = resources.files("xkcdpass").joinpath("static/eff-long").read_text(encoding="utf-8")
    # A handful of entries hold a hyphen ("yo-yo"); they are left out so any separator works.
    return tuple(w for w in (line.strip() for line in text.splitlines()) if w.isalpha())


@cache
def denied_words() -> frozenset[str]:
    """The words a new receipt never uses (receipt_denylist.txt, ``#`` starts a comment)."""
    lines = DENYLIST_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in (line.split("#", 1)[0].strip() for line in lines) if w)


@cache
def receipt_words() -> tuple[str, ...]:
    """The words new receipts are drawn from: the list less the denied words."""
    denied = denied_words()
    words = tuple(w for w in word_list() if w not in denied)
    if len(words) < MIN_WORDS:
        raise RuntimeError(f"The receipt word list has only {len(words)} words.")
    return words


@cache
def _hasher() -> PasswordHasher:
    # RFC 9106's second recommended profile: Argon2id, 3 passes, 64 MiB.
    return PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)


# An Argon2id hash of no receipt at all, verified on every miss so misses take as long as hits.
DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=2$vOsw2o8ywGuFIWrALMXd/w$"
    "44rDR8sOWzyq3aOJrc4otKZjuL39u8EgRbi3+dtZWPg"
)


def generate_receipt() -> str:
    """Return a new receipt: seven random words separated by spaces."""
    words = receipt_words()
    return " ".join(secrets.choice(words) for _ in range(RECEIPT_WORDS))


def normalise_receipt(text: str) -> str:
    """Accept what people type back: any case, any separators, stray spaces."""
    return " ".join(_SEPARATORS.split(text[:MAX_RECEIPT_LENGTH].lower())).strip()


def lookup_keys(receipt: str) -> list[str]:
    """HMAC lookup keys under the current secret key and its fallbacks (for key rotation)."""
    message = normalise_receipt(receipt).encode("utf-8")
    secrets_in_use = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return [
        hmac.new(f"storyshare.receipt:{secret}".encode(), message, hashlib.sha256).hexdigest()
        for secret in secrets_in_use
    ]


def hash_receipt(receipt: str) -> str:
    """The Argon2id verifier for ``receipt``."""
    return _hasher().hash(normalise_receipt(receipt))


def verify_receipt(stored_hash: str, receipt: str) -> bool:
    """True when ``receipt`` matches the stored verifier."""
    try:
        return _hasher().verify(stored_hash, normalise_receipt(receipt))
    except (VerificationError, InvalidHashError):
        return False


def looks_like_a_receipt(text: str) -> bool:
    """A cheap check before any lookup: seven words from the whole list (a receipt issued
    before a word was denied still works)."""
    words = normalise_receipt(text).split()
    known = frozenset(word_list())
    return len(words) == RECEIPT_WORDS and all(word in known for word in words)
