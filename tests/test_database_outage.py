"""With the database unreachable, pages say so with a 503 and a send keeps the writer's text.

PostgreSQL only (CI runs the suite on it): the connection and its pool are closed and pointed
at a closed loopback port, so the database is unreachable for real. (SQLite's test database
lives in memory and cannot be taken away from a running test.) bench/faults.py restarts a real
PostgreSQL in the middle of a flood of sends.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.db import connection
from django.test import Client

from stories.forms import new_form_token
from tests.servers import free_port

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def database_down() -> Iterator[None]:
    if connection.vendor != "postgresql":
        pytest.skip("runs on PostgreSQL (CI): SQLite's in-memory test database cannot go away")
    saved = dict(connection.settings_dict)
    _close()
    options = {**saved["OPTIONS"], "connect_timeout": 2}
    if "pool" in options:
        options["pool"] = {**options["pool"], "timeout": 2}
    connection.settings_dict.update(HOST="127.0.0.1", PORT=str(free_port()), OPTIONS=options)
    yield
    _close()
    connection.settings_dict.clear()
    connection.settings_dict.update(saved)


def _close() -> None:
    connection.close()
    if hasattr(connection, "close_pool"):
        connection.close_pool()


def test_a_page_that_needs_the_database_says_it_is_back_in_a_moment(database_down: None) -> None:
    response = Client().get("/insights/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "storyshare is back in a moment" in response.content.decode()


def test_a_send_without_the_database_keeps_the_writers_text(
    database_down: None, story_form_data: dict[str, str]
) -> None:
    response = Client().post("/share/", {**story_form_data, "form_token": new_form_token()})
    assert response.status_code == 503
    html = response.content.decode()
    assert "Your story could not be saved just now." in html
    assert "My manager asked me to drop the last quarter from the churn chart" in html


def test_pages_that_do_not_need_it_still_work(database_down: None) -> None:
    client = Client()
    assert client.get("/share/").status_code == 200
    assert client.get("/privacy/").status_code == 200
