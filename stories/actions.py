"""Public-side workflows: a story comes in."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from moderation.detection import redact_story
from stories import receipts
from stories.models import SECTION_FIELDS, Submission


@transaction.atomic
def submit_story(*, cleaned_data: dict[str, Any], receipt: str) -> Submission:
    """Store a new pending submission from the validated form data; no request data is kept.

    The moderator's starting point, the text with every finding replaced by a placeholder, is
    prepared now so that nobody needs to read the raw text twice.
    """
    raw = {name: cleaned_data.get(name) or "" for name in ("title", *SECTION_FIELDS)}
    submission = Submission(
        theme=cleaned_data["theme"],
        outcome=cleaned_data["outcome"],
        role=cleaned_data.get("role") or "",
        receipt_lookup=receipts.lookup_keys(receipt)[0],
        receipt_hash=receipts.hash_receipt(receipt),
        **raw,
    )
    submission.fill_publishable(redact_story(raw))
    submission.save()
    return submission
