"""ModerationDecision moves from ``moderation`` to ``stories``, beside the transitions that write
it. Only Django's idea of which app owns the model changes: the table keeps its name and rows
(SeparateDatabaseAndState), and the content type is renamed so that permissions already
granted (the Moderators group's view permission) follow the model."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    if not content_types.objects.filter(app_label="stories", model="moderationdecision").exists():
        content_types.objects.filter(app_label="moderation", model="moderationdecision").update(
            app_label="stories"
        )


def move_content_type_back(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    if not content_types.objects.filter(
        app_label="moderation", model="moderationdecision"
    ).exists():
        content_types.objects.filter(app_label="stories", model="moderationdecision").update(
            app_label="moderation"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("moderation", "0002_audit_event"),
        ("stories", "0003_forget_submission_titles_in_admin_log"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ModerationDecision",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("action", models.CharField(choices=[("proposed", "Sent to the submitter for approval"), ("approved", "Published"), ("rejected", "Rejected"), ("changes_requested", "Submitter asked for changes"), ("withdrawn", "Withdrawn by the submitter")], max_length=20)),
                        ("reason", models.TextField(blank=True)),
                        ("confirmed_findings", models.PositiveIntegerField(default=0)),
                        ("decided_at", models.DateTimeField(auto_now_add=True)),
                        ("moderator", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="moderation_decisions", to=settings.AUTH_USER_MODEL)),
                        ("story", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="stories.story")),
                        ("submission", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="decisions", to="stories.submission")),
                    ],
                    options={
                        "ordering": ["-decided_at", "-id"],
                        "db_table": "moderation_moderationdecision",
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
