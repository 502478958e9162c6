"""The queue guides: oldest first, days waiting and who for, a count everywhere, a search over
what is kept in clear, save-and-next, words instead of icons, titles in full, and a fixed
number of queries however long it is."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from stories.models import Submission

pytestmark = pytest.mark.django_db

QUEUE_URL = "/admin/stories/submission/"
TODAY = datetime.date.today()


def days_ago(days: int) -> datetime.date:
    return TODAY - datetime.timedelta(days=days)


def change_url(submission: Submission) -> str:
    return f"{QUEUE_URL}{submission.pk}/change/"


def test_the_queue_says_how_long_each_has_waited_and_for_whom(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    make_submission(public_title="Sent five days ago", submitted_on=days_ago(5))
    make_submission(
        public_title="Proposed two days ago", status="proposed", submitted_on=days_ago(9),
        proposed_on=days_ago(2),
    )  # fmt: skip
    html = moderator_client.get(QUEUE_URL + "?status=waiting").content.decode()
    assert html.index("Proposed two days ago") < html.index("Sent five days ago")  # oldest first
    assert '<td class="field-waiting_for">a moderator</td>' in html
    assert '<td class="field-waiting_for">the submitter</td>' in html
    assert '<td class="field-days_waiting">5</td>' in html
    assert '<td class="field-days_waiting">2</td>' in html


def test_the_count_of_stories_waiting_is_on_the_home_page_and_in_every_header(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    make_submission(), make_submission(), make_submission(status="proposed")
    for url in ("/admin/", QUEUE_URL):
        assert "2 stories waiting for a moderator" in moderator_client.get(url).content.decode()


def test_search_covers_the_number_theme_outcome_and_role_never_the_text(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    bias = make_submission(public_title="About bias", theme="bias_fairness")
    other = make_submission(
        public_title="About metrics", theme="misleading_metrics", role="analyst"
    )

    def found(term: str) -> set[str]:
        html = moderator_client.get(QUEUE_URL, {"q": term}).content.decode()
        return {title for title in ("About bias", "About metrics") if title in html}

    assert found("bias") == {"About bias"}
    assert found(f"#{other.pk}") == {"About metrics"}
    assert found(str(bias.pk)) == {"About bias"}
    assert found("analyst") == {"About metrics"}
    assert found("About") == set()  # words of the (encrypted) text are not searched
    assert "The text is encrypted at rest" in moderator_client.get(QUEUE_URL).content.decode()


def test_save_and_next_keeps_the_draft_and_opens_the_next_one_waiting(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    first = make_submission(submitted_on=days_ago(3))
    second = make_submission(submitted_on=days_ago(2))
    data = {
        "theme": first.theme, "outcome": first.outcome, "role": "",
        "public_title": "A better title", "public_what_happened": first.public_what_happened,
        "public_what_you_did": first.public_what_you_did, "public_what_happened_next": "",
        "public_looking_back": "", "moderator_message": "", "rejection_reason": "",
        "_save_next": "Save and next", "version": str(first.version),
    }  # fmt: skip
    moderator_client.get(change_url(first))
    response = moderator_client.post(change_url(first), data)
    assert response.status_code == 302 and response["Location"] == change_url(second)
    first.refresh_from_db()
    assert first.public_title == "A better title" and first.is_pending


def test_no_reply_is_blank_not_a_red_cross_and_titles_are_whole(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    long_title = "A title long enough to be cut by a narrow column " * 2
    make_submission(public_title=long_title.strip())
    make_submission(public_title="Answered", submitter_reply="Please remove the city.")
    html = moderator_client.get(QUEUE_URL).content.decode()
    assert "icon-no.svg" not in html and "icon-yes.svg" not in html
    assert '<td class="field-reply">Replied</td>' in html
    assert long_title.strip() in html
    page = moderator_client.get(change_url(Submission.objects.first())).content.decode()
    assert 'class="vTextField publishable-title"' in page


def queue_queries(client: Client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(QUEUE_URL).status_code == 200
    return len(queries)


def test_the_queue_runs_as_many_queries_for_1000_submissions_as_for_10(
    moderator_client: Client, make_submission: Callable[..., Submission]
) -> None:
    template = make_submission(submitter_reply="A reply.")
    Submission.objects.bulk_create(
        [Submission(**{**_fields(template), "submitted_on": days_ago(i % 30)}) for i in range(9)]
    )
    moderator_client.get(QUEUE_URL)  # the session and caches warmed up
    at_10 = queue_queries(moderator_client)
    Submission.objects.bulk_create(
        [Submission(**{**_fields(template), "submitted_on": days_ago(i % 30)}) for i in range(990)]
    )
    assert Submission.objects.pending().count() == 1000
    assert queue_queries(moderator_client) == at_10


def _fields(submission: Submission) -> dict[str, object]:
    names = [f.attname for f in Submission._meta.concrete_fields if f.name not in {"id"}]
    values = {name: getattr(submission, name) for name in names}
    values["receipt_lookup"] = None
    return values
