"""python manage.py seed_demo: varied, realistic demo stories."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import pytest
from django.core.management import CommandError, call_command

from stories.demo import load_demo_stories
from stories.models import Story
from stories.taxonomy import Outcome, Theme

pytestmark = pytest.mark.django_db


def test_it_writes_the_requested_number_of_published_stories() -> None:
    out = io.StringIO()
    call_command("seed_demo", stories=40, stdout=out)
    assert Story.objects.published().count() == 40
    assert "Wrote 40 demo stories." in out.getvalue()
    assert Story.objects.values("slug").distinct().count() == 40


def test_every_theme_and_outcome_is_represented() -> None:
    call_command("seed_demo", stories=40, stdout=io.StringIO())
    assert set(Story.objects.values_list("theme", flat=True)) == set(Theme.values)
    assert set(Story.objects.values_list("outcome", flat=True)) == set(Outcome.values)


def test_published_months_are_first_days_and_spread_over_time() -> None:
    call_command("seed_demo", stories=40, stdout=io.StringIO())
    months = set(Story.objects.values_list("published_month", flat=True))
    assert all(month.day == 1 for month in months)
    assert len(months) > 10


def test_it_can_write_more_stories_than_were_written_by_hand() -> None:
    count = len(load_demo_stories()) * 3
    call_command("seed_demo", stories=count, stdout=io.StringIO())
    assert Story.objects.count() == count


def test_if_empty_leaves_a_database_with_stories_alone(make_story: Callable[..., Story]) -> None:
    make_story()
    out = io.StringIO()
    call_command("seed_demo", stories=40, if_empty=True, stdout=out)
    assert Story.objects.count() == 1
    assert "already has stories" in out.getvalue()


def test_it_refuses_a_count_below_one() -> None:
    with pytest.raises(CommandError):
        call_command("seed_demo", stories=0, stdout=io.StringIO())


def test_hand_written_stories_are_real_prose_with_placeholders_not_names() -> None:
    stories = load_demo_stories()
    assert len(stories) >= 40
    for story in stories:
        text = " ".join(story[k] for k in ("what_happened", "what_you_did"))
        assert len(text.split()) > 40
        assert "lorem" not in text.lower()
        for placeholder in re.findall(r"\[([A-Z]+) \d+\]", text):
            assert placeholder in {"PERSON", "ORG", "LOCATION", "DATE"}
