"""Numbered placeholders that stay the same for one entity."""

from __future__ import annotations

import itertools

from moderation.redaction import Finding, plan_redaction, redact


def test_it_numbers_entities_in_order_of_first_appearance() -> None:
    text = "Jonas Albrecht told Priya Raman. Later Jonas and Priya left Acme Ltd."
    assert (
        redact(text) == "[PERSON 1] told [PERSON 2]. Later [PERSON 1] and [PERSON 2] left [ORG 1]."
    )


def test_it_keeps_possessive_endings_outside_the_placeholder() -> None:
    assert redact("We followed Priya Raman's plan.") == "We followed [PERSON 1]'s plan."


def test_the_plan_aligns_findings_and_placeholders() -> None:
    plan = plan_redaction("Mail jane@example.com or jane@example.com, not bob@example.com.")
    assert plan.placeholders == ("[EMAIL 1]", "[EMAIL 1]", "[EMAIL 2]")
    assert all(isinstance(f, Finding) for f in plan.findings)
    assert plan.redacted == "Mail [EMAIL 1] or [EMAIL 1], not [EMAIL 2]."


def test_findings_are_sorted_and_do_not_overlap() -> None:
    plan = plan_redaction("On 3 June 2021 Priya Raman (priya@example.com) called +44 20 7946 0958.")
    ends = [(f.start, f.end) for f in plan.findings]
    assert ends == sorted(ends)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))
    assert all(plan.text[f.start : f.end] == f.text for f in plan.findings)


def test_a_text_without_identifiers_is_unchanged() -> None:
    assert redact("Nothing to hide here.") == "Nothing to hide here."
