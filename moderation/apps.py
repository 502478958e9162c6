from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class ModerationConfig(AppConfig):
    name = "moderation"
    verbose_name = "Moderation"


class ModerationAdminConfig(admin_apps.AdminConfig):
    """``django.contrib.admin`` whose default site asks moderators for a second factor.

    Listed in INSTALLED_APPS instead of ``django.contrib.admin``. ``default = False`` keeps
    ``ModerationConfig`` the app config Django picks for ``moderation``.
    """

    default = False
    default_site = "moderation.admin_site.ModerationAdminSite"
