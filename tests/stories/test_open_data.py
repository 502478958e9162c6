"""/data/: the stories as JSON and CSV, the insights tables as CSV, licensed, with a schema."""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from stories.models import Story
from stories.open_data import EXPORT_FIELDS, LICENCE, LICENCE_URL, SCHEMA_VERSION
from stories.page_cache import bump_public_cache_version

pytestmark = pytest.mark.django_db


def download(response: Any) -> str:
    assert response.status_code == 200
    assert response.streaming  # written as it is read, never built whole in memory
    return b"".join(response.streaming_content).decode()


def test_the_json_export_holds_every_published_story_and_nothing_else(
    client: Client, sample_stories: dict[str, Story], make_story: Callable[..., Story]
) -> None:
    make_story(title="Taken down", status=Story.Status.REMOVED)
    document = json.loads(download(client.get("/data/stories.json")))
    assert document["schema_version"] == SCHEMA_VERSION
    assert document["licence"] == LICENCE and document["licence_url"] == LICENCE_URL
    assert document["fields"] == list(EXPORT_FIELDS)
    records = {record["slug"]: record for record in document["stories"]}
    assert set(records) == {story.slug for story in sample_stories.values()}
    assert all(list(record) == list(EXPORT_FIELDS) for record in records.values())
    churn = records[sample_stories["churn"].slug]
    assert churn["month"] == "2026-01" and churn["me_too_count"] == 3
    assert churn["theme"] == "misleading_metrics" and churn["role"] == "analyst"
    assert churn["text"].startswith("What happened:\nMy manager asked me to drop a quarter")
    assert "\n\nWhat happened next:\nThe full chart went to the board" in churn["text"]
    assert records[sample_stories["faces"].slug]["role"] is None


def test_the_csv_export_states_its_licence_then_one_row_per_story(
    client: Client, sample_stories: dict[str, Story]
) -> None:
    response = client.get("/data/stories.csv")
    assert response["Content-Type"].startswith("text/csv")
    first, rest = download(response).split("\r\n", 1)
    assert first.startswith("# storyshare published stories") and LICENCE_URL in first
    rows = list(csv.DictReader(io.StringIO(rest)))
    assert [tuple(row) for row in rows][:1] == [EXPORT_FIELDS]
    by_slug = {row["slug"]: row for row in rows}
    assert len(rows) == 3
    assert by_slug[sample_stories["faces"].slug]["role"] == ""
    assert "\n\nWhat you did:\n" in by_slug[sample_stories["age"].slug]["text"]


def test_an_unchanged_export_costs_a_304_and_any_change_a_new_download(
    client: Client, sample_stories: dict[str, Story], make_story: Callable[..., Story]
) -> None:
    first = client.get("/data/stories.json")
    etag = first["ETag"]
    assert first["Link"] == f'<{LICENCE_URL}>; rel="license"'
    midnight = datetime.datetime.now(datetime.UTC).strftime("%a, %d %b %Y 00:00:00 GMT")
    assert first["Last-Modified"] == midnight  # a day, never a time
    again = client.get("/data/stories.json", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again["ETag"] == etag
    sample_stories["age"].record_resonance()  # a count that changes without a new version
    assert client.get("/data/stories.json", HTTP_IF_NONE_MATCH=etag).status_code == 200
    etag = client.get("/data/stories.json")["ETag"]
    make_story(title="Another one")
    bump_public_cache_version()
    assert client.get("/data/stories.csv", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_the_insights_tables_come_as_csv_with_n_and_intervals(
    client: Client, sample_stories: dict[str, Story]
) -> None:
    response = client.get("/data/insights-roles.csv")
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    lines = response.content.decode().split("\r\n")
    assert lines[0].startswith("# storyshare insights: roles") and LICENCE in lines[0]
    rows = {row["role"]: row for row in csv.DictReader(io.StringIO("\r\n".join(lines[1:])))}
    assert rows["analyst"]["stories"] == "1" and rows["analyst"]["n"] == "3"
    assert rows["analyst"]["too_few"] == "true"
    assert (
        0
        < float(rows["analyst"]["ci95_low_percent"])
        < 33.4
        < float(rows["analyst"]["ci95_high_percent"])
    )
    for table in ("pushback", "outcomes", "years"):
        assert client.get(f"/data/insights-{table}.csv").status_code == 200


@pytest.mark.parametrize("url", ["/data/stories.xml", "/data/insights-secrets.csv"])
def test_unknown_files_are_not_found(client: Client, url: str) -> None:
    assert client.get(url).status_code == 404


def test_the_data_page_explains_the_files_licence_and_schema(
    client: Client, sample_stories: dict[str, Story]
) -> None:
    html = client.get("/data/").content.decode()
    assert "All 3 published stories, JSON" in html
    assert f"Schema, version {SCHEMA_VERSION}" in html
    assert "CC BY 4.0" in html and LICENCE_URL in html
    for field in EXPORT_FIELDS:
        assert f"<code>{field}</code>" in html
    assert 'href="/data/insights-pushback.csv"' in html
