"""Authenticator-app (TOTP) devices for the people who may open the moderation queue."""

from __future__ import annotations

import datetime
import math
from base64 import b32encode

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "authenticator app"

# Wrong codes in a row that cost nothing: a typo, or a code that changed while it was typed.
# django-otp's own throttle (OTP_TOTP_THROTTLE_FACTOR, off in settings) would refuse even the
# right code for a second after the first wrong one; it still counts the wrong codes in a row
# and stamps the last one, and this policy reads those two fields.
FREE_WRONG_CODES = 2
# After the free ones, each further wrong code doubles the wait: 1, 2, 4, 8... seconds. Someone
# who has the password and guesses codes gets about 19 tries a day, each with a 3 in a million
# chance (the code now, the one before and the one after are accepted).
FIRST_WAIT_SECONDS = 1
LONGEST_WAIT_SECONDS = 24 * 60 * 60


def seconds_to_wait(device: TOTPDevice, *, now: datetime.datetime) -> int:
    """Whole seconds before ``device`` may check another code; 0 when it may check one now.

    >>> last = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    >>> device = TOTPDevice(throttling_failure_count=5, throttling_failure_timestamp=last)
    >>> seconds_to_wait(device, now=last)  # 3 wrong codes past the free ones
    4
    >>> seconds_to_wait(device, now=last + datetime.timedelta(seconds=4))
    0
    """
    past_free = device.throttling_failure_count - FREE_WRONG_CODES
    last_failure = device.throttling_failure_timestamp
    if past_free <= 0 or last_failure is None:
        return 0
    # 2**17 seconds already pass a day: no need to raise 2 to a count an attacker ran up.
    required = min(FIRST_WAIT_SECONDS * 2 ** min(past_free - 1, 17), LONGEST_WAIT_SECONDS)
    waited = (now - last_failure).total_seconds()
    return max(0, math.ceil(required - waited))


@transaction.atomic
def create_totp_device(*, user: AbstractBaseUser, replace: bool = False) -> TOTPDevice:
    """Give ``user`` a new confirmed TOTP device; with ``replace``, drop their older ones."""
    if replace:
        TOTPDevice.objects.filter(user=user).delete()
    return TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=True)


def setup_instructions(device: TOTPDevice) -> str:
    """The text a command prints once so the owner can add ``device`` to an authenticator app.

    The secret stays in the database (it is needed to check codes) but nothing shows it again.
    """
    secret = b32encode(device.bin_key).decode()
    return "\n".join(
        [
            "Add this account to an authenticator app (any TOTP app) now; this is shown once.",
            "Scan a QR code made from this URI, or paste the URI into the app:",
            f"  {device.config_url}",
            "Or type the secret key by hand (time-based, 6 digits, 30 seconds):",
            f"  {secret}",
            "The admin login then asks for the 6-digit code the app shows.",
        ]
    )
