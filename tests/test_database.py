"""CI runs the suite twice; this makes sure the second run really talks to PostgreSQL."""

import os

import pytest
from django.db import connection


@pytest.mark.django_db
def test_the_suite_runs_on_the_database_ci_asked_for() -> None:
    expected = os.environ.get("STORYSHARE_EXPECT_DB_VENDOR")
    if not expected:
        pytest.skip("STORYSHARE_EXPECT_DB_VENDOR not set (only CI sets it)")
    assert connection.vendor == expected
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)
