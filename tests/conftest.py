"""Shared test objects for the whole suite."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from moderation.permissions import ensure_moderators_group
from stories.models import Story, Submission

MODERATOR_PASSWORD = "a-long-moderator-password-for-tests"


@pytest.fixture
def story_form_data() -> dict[str, str]:
    """A complete, valid submission as the form posts it."""
    return {
        "title": "The dashboard that had to go up",
        "what_happened": "My manager asked me to drop the last quarter from the churn chart "
        "because it spoiled the trend before the board meeting.",
        "what_you_did": "I said no and showed both versions to the head of data instead.",
        "what_happened_next": "The full chart went to the board, with a note on the dip.",
        "looking_back": "I would do it again, but earlier and in writing.",
        "theme": "misleading_metrics",
        "outcome": "pushed_back_changed",
        "role": "analyst",
    }


@pytest.fixture
def make_story(db: None) -> Callable[..., Story]:
    def make(**overrides: Any) -> Story:
        fields: dict[str, Any] = {
            "title": "A published story",
            "what_happened": "Something happened at work that did not sit right with me.",
            "what_you_did": "I raised it with my lead.",
            "theme": "bias_fairness",
            "outcome": "pushed_back_unchanged",
            "published_month": datetime.date(2026, 3, 1),
        }
        fields.update(overrides)
        return Story.objects.create(**fields)

    return make


@pytest.fixture
def make_submission(db: None) -> Callable[..., Submission]:
    def make(**overrides: Any) -> Submission:
        fields: dict[str, Any] = {
            "title": "Raw title from the submitter",
            "what_happened": "The raw account of what happened, before redaction.",
            "what_you_did": "What the submitter did about it, in their words.",
            "theme": "privacy_surveillance",
            "outcome": "escalated_reported",
            "public_title": "Publishable title",
            "public_what_happened": "The publishable account of what happened.",
            "public_what_you_did": "What they did, publishable.",
        }
        fields.update(overrides)
        return Submission.objects.create(**fields)

    return make


@pytest.fixture
def moderator(db: None) -> User:
    user = User.objects.create_user("mod", password=MODERATOR_PASSWORD, is_staff=True)
    user.groups.add(ensure_moderators_group())
    return user


@pytest.fixture
def moderator_client(moderator: User) -> Client:
    client = Client()
    client.force_login(moderator)
    return client
