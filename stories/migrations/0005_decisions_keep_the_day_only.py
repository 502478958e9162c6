"""A decision keeps the day it was taken, never the time: /privacy/ promises days only for what
a submitter does (approve, ask for changes, withdraw), so no decision keeps a time of day."""

import stories.models
from django.db import migrations, models
from django.utils import timezone


def keep_the_day(apps, schema_editor):
    decisions = apps.get_model("stories", "ModerationDecision")
    for decision in decisions.objects.only("id", "decided_at").iterator():
        decisions.objects.filter(pk=decision.pk).update(
            decided_on=timezone.localdate(decision.decided_at)
            if timezone.is_aware(decision.decided_at)
            else decision.decided_at.date()
        )


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0003_moderationdecision_moves_to_stories"),
        ("stories", "0004_moderationdecision_moves_to_stories"),
    ]

    operations = [
        migrations.AddField(
            model_name="moderationdecision",
            name="decided_on",
            field=models.DateField(default=stories.models.today),
        ),
        migrations.RunPython(keep_the_day, migrations.RunPython.noop),
        migrations.RemoveField(model_name="moderationdecision", name="decided_at"),
        migrations.AlterModelOptions(
            name="moderationdecision",
            options={"ordering": ["-decided_on", "-id"]},
        ),
        migrations.AlterField(
            model_name="moderationdecision",
            name="action",
            field=models.CharField(
                choices=[
                    ("proposed", "Sent to the submitter for approval"),
                    ("approved", "Published"),
                    ("rejected", "Rejected"),
                    ("changes_requested", "Submitter asked for changes"),
                    ("withdrawn", "Withdrawn by the submitter"),
                    ("edited", "Published story edited"),
                    ("removed", "Story removed from the site"),
                    ("restored", "Story put back on the site"),
                    ("deleted", "Story deleted"),
                ],
                max_length=20,
            ),
        ),
    ]
