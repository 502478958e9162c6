"""The Moderators group: exactly the permissions the queue needs, nothing more."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission

MODERATORS_GROUP = "Moderators"
MODERATOR_PERMISSIONS = (
    ("stories", "view_submission"),
    ("stories", "change_submission"),
    ("stories", "moderate_submission"),
    ("stories", "view_story"),
    ("stories", "view_moderationdecision"),
)


def ensure_moderators_group() -> Group:
    """Create or update the Moderators group so it holds exactly MODERATOR_PERMISSIONS."""
    group, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    permissions = [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in MODERATOR_PERMISSIONS
    ]
    group.permissions.set(permissions)
    return group
