"""Placeholders that read like prose: the change page's small form to rename one.

The moderator picks a placeholder of the publishable text ("[PERSON 1]") and types a neutral
description ("the CPO"); the draft is then saved through ``stories.lifecycle`` (``save_draft``
or ``propose_submission``) with every occurrence renamed in every part, so the engine checks the
renamed text like any other edit. The renaming itself is ``stories.wording.rename_placeholder``.
"""

from __future__ import annotations

from typing import Any

from django import forms

from stories.wording import DESCRIPTION_MAX_LENGTH, placeholders_in, rename_placeholder

RENAME_FIELDS = ("rename_placeholder", "rename_to")
RENAME_HELP = (
    "Every occurrence in every part is replaced when you save the draft or send it. Write it "
    "as it reads mid-sentence (“the CPO”, “a mid-size insurer”): a capital is added where a "
    "sentence starts. The engine checks the result like any other edit."
)


class PlaceholderNamesForm(forms.Form):
    """Two fields for renaming one placeholder; mixed into the submission's admin form."""

    rename_placeholder = forms.ChoiceField(label="Placeholder", required=False, choices=())
    rename_to = forms.CharField(
        label="Neutral description",
        required=False,
        max_length=DESCRIPTION_MAX_LENGTH,
        help_text=RENAME_HELP,
    )

    def offer_placeholders(self, parts: dict[str, str]) -> None:
        """Offer the placeholders found in ``parts`` (keys: title and section names)."""
        found = placeholders_in(parts)
        self.fields["rename_placeholder"].choices = [("", "(none)"), *((p, p) for p in found)]

    def clean_rename_to(self) -> str:
        description = " ".join((self.cleaned_data.get("rename_to") or "").split())
        if "[" in description or "]" in description:
            raise forms.ValidationError(
                "A description has no square brackets: it would read as a placeholder."
            )
        return description

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        placeholder, description = cleaned.get("rename_placeholder"), cleaned.get("rename_to")
        if placeholder and not description:
            self.add_error("rename_to", f"Type what {placeholder} should read as.")
        if description and not placeholder:
            self.add_error("rename_placeholder", "Choose the placeholder to rename.")
        return cleaned

    def renamed(self, parts: dict[str, str]) -> dict[str, str]:
        """``parts`` (any field names) with the chosen placeholder renamed, if one was chosen."""
        placeholder = self.cleaned_data.get("rename_placeholder")
        description = self.cleaned_data.get("rename_to")
        if not (placeholder and description):
            return parts
        return rename_placeholder(parts, placeholder, description)

    def rename_summary(self) -> str:
        """What was renamed, to tell the moderator once the draft is saved ("" if nothing)."""
        placeholder = self.cleaned_data.get("rename_placeholder")
        description = self.cleaned_data.get("rename_to")
        if not (placeholder and description):
            return ""
        return f"{placeholder} now reads “{description}” everywhere in the publishable version."
