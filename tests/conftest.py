"""Shared test objects for the whole suite."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from moderation.permissions import ensure_moderators_group
from stories.forms import new_form_token
from stories.models import Story, Submission
from stories.receipts import generate_receipt, hash_receipt, lookup_keys
from storyshare.settings import parse_cache_url
from tests.servers import REDIS, RedisServer, in_ci, redis_server

MODERATOR_PASSWORD = "a-long-moderator-password-for-tests"


@pytest.fixture(autouse=True)
def _isolated_cache_and_fast_forms(settings: Any) -> Iterator[None]:
    """Rate-limit counters and form tokens live in the cache: each test starts afresh.

    The share form's minimum filling time is for bots; tests post at once unless they test it.
    """
    settings.STORYSHARE_FORM_MIN_SECONDS = 0
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def story_form_data() -> dict[str, str]:
    """A complete, valid submission as the form posts it, sent (not previewed)."""
    return {
        "form_token": new_form_token(),
        "send": "Send my story",
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
def sample_stories(make_story: Callable[..., Story]) -> dict[str, Story]:
    """Three published stories with distinct themes, outcomes, months and words to search."""
    return {
        "churn": make_story(
            title="The churn chart before the board meeting",
            what_happened="My manager asked me to drop a quarter so the trend looked better.\n\n"
            "The board meeting was two days away.",
            what_you_did="I refused and showed both versions to the head of data.",
            what_happened_next="The full chart went to the board, with a note on the dip.",
            theme="misleading_metrics",
            outcome="pushed_back_changed",
            role="analyst",
            published_month=datetime.date(2026, 1, 1),
            resonance_count=3,
        ),
        "age": make_story(
            title="Age as a feature",
            what_happened="The product lead wanted age in the credit model; he simply knew.",
            what_you_did="I wrote a memo about the legal risk of the board's favourite feature.",
            theme="bias_fairness",
            outcome="pushed_back_unchanged",
            role="data_scientist",
            published_month=datetime.date(2026, 2, 1),
        ),
        "faces": make_story(
            title="Footfall, then faces",
            what_happened="A retail analytics project slowly started tracking individual shoppers.",
            what_you_did="I escalated to the privacy officer.",
            theme="privacy_surveillance",
            outcome="escalated_reported",
            published_month=datetime.date(2025, 6, 1),
        ),
    }


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
def submission_with_receipt(
    make_submission: Callable[..., Submission],
) -> Callable[..., tuple[Submission, str]]:
    """A submission and the receipt that opens it (as if it had come through the form)."""

    def make(**overrides: Any) -> tuple[Submission, str]:
        receipt = generate_receipt()
        submission = make_submission(
            receipt_lookup=lookup_keys(receipt)[0], receipt_hash=hash_receipt(receipt), **overrides
        )
        return submission, receipt

    return make


@pytest.fixture
def moderator(db: None) -> User:
    user = User.objects.create_user("mod", password=MODERATOR_PASSWORD, is_staff=True)
    user.groups.add(ensure_moderators_group())
    return user


@pytest.fixture
def moderator_client(moderator: User, verified_client: Callable[[User], Client]) -> Client:
    return verified_client(moderator)


@pytest.fixture
def verified_client(db: None) -> Callable[[User], Client]:
    """A client logged in as a user who also passed the admin's second factor (TOTP)."""

    def login(user: User) -> Client:
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        device = device or TOTPDevice.objects.create(user=user, name="test", confirmed=True)
        client = Client()
        client.force_login(user)
        # What django_otp.login() does once the admin login form accepted a code.
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        return client

    return login


@pytest.fixture
def redis_cache(settings: Any) -> Iterator[RedisServer]:
    """A throwaway redis-server as the default cache (skipped without one, except in CI)."""
    if not Path(REDIS).exists():
        message = f"this test needs redis-server at {REDIS}"
        pytest.fail(message, pytrace=False) if in_ci() else pytest.skip(message)
    with redis_server() as server:
        settings.CACHES = {**settings.CACHES, "default": parse_cache_url(server.url)}
        yield server
    cache.close()
