"""Hand-written adversarial sentences (none taken from a corpus): titles, vocabulary, cues."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers, plan_redaction


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_identifiers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Publishable title",
        "The Dashboard That Had To Go Up",
        "Why I Left The Churn Team",
        "Unreadable Measurements And Forgotten Dashboards",
        "What The Retention Curve Was Hiding",
        "Notes On Shippable Models And Readiness Reviews",
        "When Actionable Insights Became Unmaintainable Spreadsheets",
        "Reproducibility, Versioning And Other Boring Things",
        "The Week Our Forecasting Pipeline Broke",
        "How We Stopped Overfitting The Onboarding Funnel",
    ],
)
def test_title_case_titles_without_entities_find_nothing(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Shippable or not, the model went out on time.",
        "Reproducible notebooks were the exception, not the rule.",
        "Our Principal Data Scientist and the Head of Analytics disagreed.",
        "The Senior Analytics Engineer reran the backfill twice.",
        "Feature Store migrations kept the Platform team busy.",
        "Unmeasurable goals make unfalsifiable roadmaps.",
    ],
)
def test_data_work_vocabulary_and_job_titles_stay_readable(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind in ("PERSON", "ORG", "LOCATION")] == []


def test_a_title_word_does_not_spread_through_the_story() -> None:
    text = "Publishable title\n\n\nThe draft was publishable, Tomasz Wierzbicki said."
    plan = plan_redaction(text)
    assert [f.text for f in plan.findings] == ["Tomasz Wierzbicki"]


def test_a_name_in_a_title_is_still_found() -> None:
    text = "How Ngozi Adeyemi Saved The Churn Model\n\n\nIt started in spring."
    assert ("PERSON", "Ngozi Adeyemi") in found(text)


@pytest.mark.parametrize(
    ("text", "fragment", "kind"),
    [
        ("my manager at Voxwell Ltd in Hamburg said no", "Hamburg", "LOCATION"),
        ("Our office in Lyon said the data was fine.", "Lyon", "LOCATION"),
        ("I worked at Bright Harbour Analytics for two years.", "Bright Harbour Analytics", "ORG"),
        ("I moved to the Ministry of Rural Affairs.", "Ministry of Rural Affairs", "ORG"),
        ("a startup called Quiet Ledger", "Quiet Ledger", "ORG"),
        ("I was an analyst at finlendo until they folded.", "finlendo", "ORG"),
        ("Last year I joined plenzio as a data engineer.", "plenzio", "ORG"),
        ("Okafor and Lindqvist were both on the call.", "Okafor", "PERSON"),
        ("Okafor and Lindqvist were both on the call.", "Lindqvist", "PERSON"),
        ("Nowak, Brennan and Tiwari were all in the room.", "Brennan", "PERSON"),
        (
            "We hired Nowak, Brennan and Tiwari LLP to review it.",
            "Nowak, Brennan and Tiwari LLP",
            "ORG",
        ),
    ],
)
def test_kinds_follow_the_context(text: str, fragment: str, kind: str) -> None:
    assert (kind, fragment) in found(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("We shipped it in Q3 and nobody noticed.", "Q3"),
        ("The target was the end of Q2 2019.", "end of Q2 2019"),
        ("Budgets were cut for FY2022.", "FY2022"),
        ("It was mid-2018 when the audit began.", "mid-2018"),
        ("We paused hiring in autumn 2020.", "autumn 2020"),
        ("The review is on the 21st, I think.", "the 21st"),
        ("The release slipped to 2022-W37.", "2022-W37"),
        ("It happened on the 2nd of August.", "2nd of August"),
        ("The letter was dated August '17.", "August '17"),
    ],
)
def test_partial_dates(text: str, date: str) -> None:
    assert any(kind == "DATE" and date in value for kind, value in found(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("My badge number was QX48812.", "QX48812"),
        ("I opened ticket DS-90412 about it.", "DS-90412"),
        ("The purchase order PO 7730418 was never paid.", "7730418"),
        ("Quote reference ZK77B in your reply.", "ZK77B"),
        ("Her policy number is HP-203948.", "HP-203948"),
    ],
)
def test_cued_identifiers(text: str, code: str) -> None:
    assert any(kind == "ID" and code in value for kind, value in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "We missed the Q3 target by a mile.",
        "The model was 2000 rows short.",
        "We ran 14 experiments on Monday.",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "DATE"] == []
