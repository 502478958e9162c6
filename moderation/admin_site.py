"""The admin site: the moderation queue, reachable only after a password and a TOTP code."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django_otp.admin import OTPAdminAuthenticationForm, OTPAdminSite
from django_otp.forms import OTPAuthenticationFormMixin
from django_otp.plugins.otp_totp.models import TOTPDevice

from moderation.second_factor import seconds_to_wait
from stories.models import Submission

NO_DEVICE = (
    "This account has no authenticator app yet: an administrator adds one with “manage.py addtotp”."
)
WAIT = (
    "Too many wrong codes in a row. Wait {seconds} second{s}, then type the code your "
    "authenticator app shows at that moment."
)


class ModerationLoginForm(OTPAdminAuthenticationForm):
    """Username, password and code on one form.

    django-otp wants the device picked from a menu; a moderator has one authenticator app
    (``createmoderator``, ``addtotp``), so when there is exactly one, that one is used and no
    menu is shown. Wrong codes are slowed by ``moderation.second_factor.seconds_to_wait``.
    """

    otp_error_messages = {
        **OTPAuthenticationFormMixin.otp_error_messages,
        "token_required": "Type the 6-digit code from your authenticator app.",
        "invalid_token": "That code is not the one your authenticator app shows now. Type the "
        "current code (it changes every 30 seconds) and try again.",
        "device_required": "Choose the authenticator app the code comes from.",
    }

    def clean_otp(self, user: AbstractBaseUser | None) -> None:
        if user is None:
            return
        error: forms.ValidationError | None = None
        # The lock makes the wait and django-otp's check of the code one step: parallel posts
        # cannot all pass the wait before the first wrong code is counted. The error leaves
        # the block after it, so the count of wrong codes is committed, not rolled back.
        with transaction.atomic():
            devices = list(
                TOTPDevice.objects.devices_for_user(user, confirmed=True).select_for_update()
            )
            try:
                self._check_before_code(devices)
                super().clean_otp(user)
            except forms.ValidationError as exc:
                error = exc
        if error is not None:
            # What django-otp does after a wrong code, also after a refusal to check one: keep
            # the password, so only the code is typed again, and list the devices.
            self.fields["password"].widget.render_value = True
            self.fields["otp_device"].widget.choices = self.device_choices(user)
            raise error

    def _check_before_code(self, devices: list[TOTPDevice]) -> None:
        """Pick the only device, and refuse any code while the chosen one must wait."""
        if not devices:
            raise forms.ValidationError(NO_DEVICE, code="no_device")
        if not self.cleaned_data.get("otp_device") and len(devices) == 1:
            self.cleaned_data["otp_device"] = devices[0].persistent_id
        chosen = self.cleaned_data.get("otp_device")
        for device in devices:
            if device.persistent_id == chosen:
                seconds = seconds_to_wait(device, now=timezone.now())
                if seconds:
                    raise forms.ValidationError(
                        WAIT.format(seconds=seconds, s="" if seconds == 1 else "s"), code="wait"
                    )

    @property
    def asks_for_device(self) -> bool:
        """True when the moderator has several authenticator apps and must say which one."""
        # The choices are django-otp's blank entry plus one per device, once the user is known.
        return len(self.fields["otp_device"].widget.choices) > 2


class ModerationAdminSite(OTPAdminSite):
    """django-otp's admin site, kept under the usual ``admin`` URL namespace.

    A staff user who logged in with a password but no valid code is treated as not staff:
    every admin page sends them back to the login form, which asks for the code.
    """

    login_form = ModerationLoginForm
    login_template = "admin/otp_login.html"
    site_header = "storyshare moderation"
    site_title = "storyshare moderation"
    index_title = "Moderation queue"

    def __init__(self, name: str = "admin") -> None:
        super().__init__(name)

    def each_context(self, request: HttpRequest) -> dict[str, Any]:
        """Every admin page's header (and the index) shows how many stories wait for a
        moderator, to whoever may see the queue: one COUNT, served by the status index."""
        context = super().each_context(request)
        user = request.user
        if user.is_active and user.is_staff and user.has_perm("stories.view_submission"):
            context["waiting_count"] = Submission.objects.pending().count()
        return context
