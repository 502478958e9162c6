"""python manage.py createmoderator USERNAME: a staff user in the Moderators group, with TOTP."""

from __future__ import annotations

import getpass
import sys
from typing import Any, TextIO

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from moderation.permissions import ensure_moderators_group
from moderation.second_factor import create_totp_device, setup_instructions


class Command(BaseCommand):
    help = (
        "Create a moderator: a staff account that can work the moderation queue and no more. "
        "It also creates the moderator's second factor and prints, once, the otpauth:// URI "
        "and secret key to add to an authenticator app: the admin login asks for its 6-digit "
        "code. Run it where only the new moderator can see the output."
    )
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument(
            "--password-stdin",
            action="store_true",
            help="Read the password from standard input instead of prompting for it.",
        )

    def handle(self, *args: Any, username: str, password_stdin: bool, **options: Any) -> None:
        user_model = get_user_model()
        if user_model.objects.filter(username=username).exists():
            raise CommandError(f"A user called {username!r} already exists.")
        password = self._read_password(password_stdin, options.get("stdin") or sys.stdin)
        candidate = user_model(username=username)
        try:
            validate_password(password, candidate)
        except ValidationError as exc:
            raise CommandError("Password rejected: " + " ".join(exc.messages)) from exc
        with transaction.atomic():
            user = user_model.objects.create_user(username=username, password=password)
            user.is_staff = True
            user.save(update_fields=["is_staff"])
            user.groups.add(ensure_moderators_group())
            device = create_totp_device(user=user)
        self.stdout.write(self.style.SUCCESS(f"Moderator {username!r} created."))
        self.stdout.write(setup_instructions(device))

    def _read_password(self, from_stdin: bool, stdin: TextIO) -> str:
        if from_stdin:
            return stdin.readline().rstrip("\n")
        if not stdin.isatty():
            raise CommandError("No terminal to ask for a password: use --password-stdin.")
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("The two passwords differ.")
        return first
