"""Delete what Django's admin log holds about submissions.

Until now every save through the submission's change form (Reject included) copied the
submission's title, raw or unpublished, into ``django_admin_log`` in plain text, where it
outlived the purge. ``Submission.__str__`` is neutral now, and the purge deletes the entries of
purged submissions; this removes the entries written before.
"""

from django.db import migrations


def forget_submission_log_entries(apps, schema_editor):
    LogEntry = apps.get_model("admin", "LogEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.filter(app_label="stories", model="submission").first()
    if content_type is not None:
        LogEntry.objects.filter(content_type=content_type).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0002_story_reading_side"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(forget_submission_log_entries, migrations.RunPython.noop, elidable=True)
    ]
