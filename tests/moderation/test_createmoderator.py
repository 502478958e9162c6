"""python manage.py createmoderator USERNAME, and what the Moderators group may do."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command

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
