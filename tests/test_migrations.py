"""The move of ModerationDecision into ``stories`` keeps every row and keeps only its day."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("stories", "0003_forget_submission_titles_in_admin_log"),
    ("moderation", "0002_audit_event"),
    ("contenttypes", "0002_remove_content_type_name"),
    ("auth", "0012_alter_user_first_name_max_length"),
]
TABLE = "moderation_moderationdecision"


def migrate(targets: list[tuple[str, str]]):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def latest() -> list[tuple[str, str]]:
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True)
def test_decisions_move_to_stories_with_their_rows_their_day_and_their_permissions() -> None:
    old = migrate(BEFORE)
    user = old.get_model("auth", "User").objects.create(username="mod", password="!")
    # As the database was before the move: the content type (and its permissions) in moderation.
    content_types = old.get_model("contenttypes", "ContentType").objects
    content_types.filter(model="moderationdecision").delete()
    content_type = content_types.create(app_label="moderation", model="moderationdecision")
    decision = old.get_model("moderation", "ModerationDecision").objects.create(
        action="rejected", reason="Names a person.", moderator_id=user.pk
    )
    late = datetime.datetime(2026, 3, 4, 23, 40, tzinfo=datetime.UTC)
    old.get_model("moderation", "ModerationDecision").objects.filter(pk=decision.pk).update(
        decided_at=late
    )
    try:
        new = migrate(latest())
        moved = new.get_model("stories", "ModerationDecision").objects.get(pk=decision.pk)
        assert (moved.action, moved.reason, moved.moderator_id) == (
            "rejected",
            "Names a person.",
            user.pk,
        )
        assert moved.decided_on == datetime.date(2026, 3, 4)
        with connection.cursor() as cursor:
            columns = {
                c.name for c in connection.introspection.get_table_description(cursor, TABLE)
            }
        assert "decided_on" in columns and "decided_at" not in columns
        types = new.get_model("contenttypes", "ContentType").objects
        assert types.get(pk=content_type.pk).app_label == "stories"
        assert not types.filter(app_label="moderation", model="moderationdecision").exists()
    finally:
        migrate(latest())
