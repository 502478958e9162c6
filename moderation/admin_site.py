"""The admin site: the moderation queue, reachable only after a password and a TOTP code."""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django_otp.admin import OTPAdminAuthenticationForm, OTPAdminSite
from django_otp.plugins.otp_totp.models import TOTPDevice


class ModerationLoginForm(OTPAdminAuthenticationForm):
    """Username, password and code on one form.

    django-otp wants the device picked from a menu; a moderator has one authenticator app
    (``createmoderator``, ``addtotp``), so when there is exactly one, that one is used.
    """

    def clean_otp(self, user: AbstractBaseUser | None) -> None:
        if user is not None and not self.cleaned_data.get("otp_device"):
            devices = list(TOTPDevice.objects.devices_for_user(user, confirmed=True)[:2])
            if len(devices) == 1:
                self.cleaned_data["otp_device"] = devices[0].persistent_id
        super().clean_otp(user)


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
