"""Authenticator-app (TOTP) devices for the people who may open the moderation queue."""

from __future__ import annotations

from base64 import b32encode

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "authenticator app"


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
