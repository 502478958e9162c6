"""ModerationDecision now belongs to ``stories`` (stories 0003): forget it here, keep its table."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0002_audit_event"),
        ("stories", "0004_moderationdecision_moves_to_stories"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="ModerationDecision")],
            database_operations=[],
        ),
    ]
