"""python manage.py createmoderator USERNAME, and what the Moderators group may do."""

from __future__ import annotations

import io
from base64 import b32encode

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from moderation.permissions import MODERATORS_GROUP

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery-staple-42"


def create(username: str, password: str) -> str:
    out = io.StringIO()
    call_command(
        "createmoderator",
        username,
        password_stdin=True,
        stdin=io.StringIO(password + "\n"),
        stdout=out,
    )
    return out.getvalue()


def test_it_creates_a_staff_user_in_the_moderators_group() -> None:
    assert "Moderator 'alex' created." in create("alex", PASSWORD)
    user = User.objects.get(username="alex")
    assert user.is_staff and not user.is_superuser
    assert user.check_password(PASSWORD)
    assert list(user.groups.values_list("name", flat=True)) == [MODERATORS_GROUP]


def test_the_group_has_only_the_permissions_the_queue_needs() -> None:
    create("alex", PASSWORD)
    codenames = set(
        Group.objects.get(name=MODERATORS_GROUP).permissions.values_list("codename", flat=True)
    )
    assert codenames == {
        "view_submission",
        "change_submission",
        "moderate_submission",
        "view_story",
        "view_moderationdecision",
    }
    user = User.objects.get(username="alex")
    assert user.has_perm("stories.moderate_submission")
    assert not user.has_perm("stories.delete_submission")
    assert not user.has_perm("auth.add_user")


def test_it_refuses_a_weak_password_and_creates_nothing() -> None:
    with pytest.raises(CommandError, match="Password rejected"):
        create("alex", "short")
    assert not User.objects.filter(username="alex").exists()


def test_it_refuses_an_existing_username() -> None:
    create("alex", PASSWORD)
    with pytest.raises(CommandError, match="already exists"):
        create("alex", PASSWORD)
    assert User.objects.filter(username="alex").count() == 1


def test_it_gives_the_moderator_a_confirmed_authenticator_device_and_prints_it_once() -> None:
    out = create("alex", PASSWORD)
    device = TOTPDevice.objects.get(user__username="alex")
    assert device.confirmed
    assert device.config_url in out
    assert "otpauth://totp/storyshare%3Aalex?secret=" in out
    assert b32encode(device.bin_key).decode() in out


def test_a_refused_moderator_gets_no_device() -> None:
    with pytest.raises(CommandError):
        create("alex", "short")
    assert not TOTPDevice.objects.exists()


def addtotp(*args: str) -> str:
    out = io.StringIO()
    call_command("addtotp", *args, stdout=out)
    return out.getvalue()


def test_addtotp_gives_a_superuser_a_device_and_prints_its_uri() -> None:
    User.objects.create_superuser("root", password=PASSWORD)
    out = addtotp("root")
    device = TOTPDevice.objects.get(user__username="root")
    assert device.confirmed
    assert device.config_url in out


def test_addtotp_replaces_a_lost_device_only_when_asked() -> None:
    create("alex", PASSWORD)
    old = TOTPDevice.objects.get()
    with pytest.raises(CommandError, match="already has a device"):
        addtotp("alex")
    addtotp("alex", "--replace")
    new = TOTPDevice.objects.get()
    assert new.pk != old.pk and new.key != old.key


def test_addtotp_refuses_unknown_and_non_staff_users() -> None:
    with pytest.raises(CommandError, match="no user called"):
        addtotp("nobody")
    User.objects.create_user("reader", password=PASSWORD)
    with pytest.raises(CommandError, match="not staff"):
        addtotp("reader")
    assert not TOTPDevice.objects.exists()
