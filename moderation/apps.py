from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class ModerationConfig(AppConfig):
    name = "moderation"
    verbose_name = "Moderation"

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from moderation.claims import end_claims_of_decided
        from stories.models import Submission

        # stories never imports moderation: the claim follows the submission by a signal.
        post_save.connect(end_claims_of_decided, sender=Submission, dispatch_uid="end-claims")


class ModerationAdminConfig(admin_apps.AdminConfig):
    """``django.contrib.admin`` whose default site asks moderators for a second factor.

    Listed in INSTALLED_APPS instead of ``django.contrib.admin``. ``default = False`` keeps
    ``ModerationConfig`` the app config Django picks for ``moderation``.
    """

    default = False
    default_site = "moderation.admin_site.ModerationAdminSite"
