"""Public-side workflows: a story comes in."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from stories.models import SECTION_FIELDS, Submission


def propose_publishable(raw: dict[str, str]) -> dict[str, str]:
    """The moderator's starting point: the raw text with identifying details replaced."""
    from moderation.redaction import redact

    return {name: redact(raw[name]) if raw[name] else "" for name in ("title", *SECTION_FIELDS)}


@transaction.atomic
def submit_story(*, cleaned_data: dict[str, Any]) -> Submission:
    """Store a new pending submission from the validated form data; no request data is kept."""
    raw = {name: cleaned_data.get(name) or "" for name in ("title", *SECTION_FIELDS)}
    submission = Submission(
        theme=cleaned_data["theme"],
        outcome=cleaned_data["outcome"],
        role=cleaned_data.get("role") or "",
        **raw,
    )
    submission.fill_publishable(propose_publishable(raw))
    submission.save()
    return submission
