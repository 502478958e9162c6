"""python manage.py addtotp USERNAME: a second factor for an existing staff account."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django_otp.plugins.otp_totp.models import TOTPDevice

from moderation.second_factor import create_totp_device, setup_instructions


class Command(BaseCommand):
    help = (
        "Give a staff account (e.g. one made with createsuperuser) the authenticator-app "
        "device the admin login asks for, and print, once, its otpauth:// URI and secret key. "
        "Use --replace when a moderator lost their device: their old codes stop working."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Delete the account's existing TOTP devices first.",
        )

    def handle(self, *args: Any, username: str, replace: bool, **options: Any) -> None:
        user_model = get_user_model()
        try:
            user = user_model.objects.get(**{user_model.USERNAME_FIELD: username})
        except user_model.DoesNotExist as exc:
            raise CommandError(f"There is no user called {username!r}.") from exc
        if not user.is_staff:
            raise CommandError(f"{username!r} is not staff: the admin would refuse them anyway.")
        if not replace and TOTPDevice.objects.filter(user=user).exists():
            raise CommandError(f"{username!r} already has a device; use --replace to replace it.")
        device = create_totp_device(user=user, replace=replace)
        self.stdout.write(self.style.SUCCESS(f"Authenticator device added for {username!r}."))
        self.stdout.write(setup_instructions(device))
