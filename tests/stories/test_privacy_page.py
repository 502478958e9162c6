"""/privacy/: every statement on the page has a test behind it.

PROMISE_TESTS maps each statement's id to the tests that would fail if it became untrue. A new
statement without an entry here fails ``test_every_statement_has_a_test``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db
TESTS = Path(__file__).resolve().parent.parent

PROMISE_TESTS = {
    "promise-no-metadata": [
        "test_no_traces.py::test_no_request_metadata_is_stored_logged",
        "test_no_traces.py::test_the_log_never_names_what_a_reader_asked_for",
    ],
    "promise-no-third-party": [
        "test_headers.py::test_every_page_sends_a_strict_content_security_policy",
        "stories/test_feed.py::test_pages_load_bootstrap_from_our_own_static_files",
    ],
    "promise-cookies": [
        "test_headers.py::test_a_reader_gets_no_cookie",
        "test_headers.py::test_a_form_page_sets_only_the_csrf_cookie",
    ],
    "promise-rate-limit": [
        "stories/test_abuse.py::test_a_flood_of_posts_is_stopped_without_storing_the_address",
        "stories/test_ratelimit.py::test_counts_live_in_the_cache_for_at_most_an_hour",
        "test_behind_proxy.py::test_two_clients_behind_nginx_have_separate_limits",
        "test_behind_proxy.py::test_a_client_cannot_spoof_another_address_through_the_header",
    ],
    "promise-day-only": [
        "stories/test_encryption.py::test_only_the_day_of_submission_is_stored",
        "stories/test_feed.py::test_a_feed_entry_shows_title_theme_outcome_excerpt_and_month_year",
    ],
    "promise-encrypted": ["stories/test_encryption.py::test_raw_text_is_encrypted_in_the_database"],
    "promise-receipt": [
        "stories/test_receipt.py::test_the_receipt_is_stored_only_as_an_argon2id_hash_and_a"
    ],
    "promise-approval": [
        "stories/test_status.py::test_approving_the_proposal_publishes_it_and_erases_the_raw",
        "moderation/test_admin_queue.py::test_a_moderator_publishes_an_unanswered_proposal_only",
    ],
    "promise-published-deleted": [
        "moderation/test_admin_queue.py::test_a_moderator_publishes_an_unanswered_proposal_only",
        "test_no_traces.py::test_after_the_whole_cycle_and_the_purge_no_raw_word_or_metadata",
    ],
    "promise-rejected-deleted": [
        "test_no_traces.py::test_after_the_whole_cycle_and_the_purge_no_raw_word_or_metadata",
        "moderation/test_retention.py::test_the_purge_deletes_the_admin_log_of_the_submissions",
        "moderation/test_retention.py::test_a_decision_erases_the_raw_text_at_once",
        "moderation/test_retention.py::test_rejected_and_withdrawn_records_are_deleted_after",
    ],
    "promise-inactive-deleted": [
        "moderation/test_retention.py::test_undecided_submissions_expire_after_ninety_days",
    ],
    "promise-who-sees": [
        "moderation/test_moderator_security.py::test_a_moderator_with_only_a_password_cannot_open_the_queue",
        "moderation/test_admin_queue.py::test_anonymous_visitors_are_sent_to_the_login_page",
    ],
    "promise-audit": ["moderation/test_audit.py::test_opening_a_submission_records_who_viewed_it"],
}


def statement_ids(client: Client) -> list[str]:
    return re.findall(r'<li id="(promise-[a-z-]+)">', client.get("/privacy/").content.decode())


def test_every_statement_has_a_test(client: Client) -> None:
    ids = statement_ids(client)
    assert len(ids) >= 10
    assert set(ids) == set(PROMISE_TESTS)


@pytest.mark.parametrize("promise", sorted(PROMISE_TESTS))
def test_the_tests_behind_each_statement_exist(promise: str) -> None:
    for reference in PROMISE_TESTS[promise]:
        path, name_prefix = reference.split("::")
        source = (TESTS / path).read_text(encoding="utf-8")
        assert re.search(rf"def {re.escape(name_prefix)}\w*\(", source), f"{reference} missing"


def test_the_page_states_the_configured_periods(client: Client, settings) -> None:
    settings.STORYSHARE_DECIDED_RETENTION_DAYS = 5
    settings.STORYSHARE_PENDING_RETENTION_DAYS = 60
    settings.STORYSHARE_SUBMITTER_REPLY_DAYS = 10
    html = client.get("/privacy/").content.decode()
    assert "deleted after 5 days" in html
    assert "for 60 days is deleted" in html
    assert "within 10 days" in html
