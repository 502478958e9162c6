from django.apps import AppConfig
from django.db.models.signals import post_migrate


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Stories"

    def ready(self) -> None:
        from stories import privacy  # noqa: F401 - registers the CSRF system check

        post_migrate.connect(_ensure_search_index, sender=self)


def _ensure_search_index(sender: AppConfig, using: str = "default", **kwargs: object) -> None:
    """SQLite drops a table's triggers when a migration rebuilds it: put the search index back."""
    from django.db import connections

    from stories.search_index import install_search_index

    conn = connections[using]
    if conn.vendor == "sqlite" and "stories_story" in conn.introspection.table_names():
        install_search_index(conn)
