"""The submission form: guided prompts, limits on every field, nothing saved on error."""

from __future__ import annotations

from typing import Any

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout, Submit
from django import forms

from stories.models import (
    REQUIRED_SECTIONS,
    SECTION_MAX_LENGTH,
    SECTIONS,
    STORY_MAX_LENGTH,
    TITLE_MAX_LENGTH,
)
from stories.sanitize import normalise_text
from stories.taxonomy import Outcome, Role, Theme

MIN_SECTION_LENGTH = 20


class SubmissionForm(forms.Form):
    title = forms.CharField(
        max_length=TITLE_MAX_LENGTH,
        min_length=5,
        help_text="A short headline. Leave out names of people, companies and places.",
    )
    theme = forms.ChoiceField(choices=Theme.choices, help_text="What was the dilemma about?")
    outcome = forms.ChoiceField(choices=Outcome.choices, label="What did you do?")
    role = forms.ChoiceField(
        choices=[("", "Prefer not to say"), *Role.choices],
        required=False,
        label="Your role (optional)",
        help_text="Only a coarse role, never a job title or a team.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, label, prompt in SECTIONS:
            self.fields[name] = forms.CharField(
                label=label,
                help_text=prompt,
                required=name in REQUIRED_SECTIONS,
                max_length=SECTION_MAX_LENGTH,
                widget=forms.Textarea(attrs={"rows": 6}),
            )
        self.order_fields(["title", *(name for name, _, _ in SECTIONS), "theme", "outcome", "role"])
        self.helper = FormHelper()
        self.helper.form_method = "post"
        self.helper.layout = Layout(
            Fieldset("Your story", "title", *(name for name, _, _ in SECTIONS)),
            Fieldset("About it", "theme", "outcome", "role"),
            Submit("send", "Send my story", css_class="btn-primary btn-lg"),
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for name in ("title", *(name for name, _, _ in SECTIONS)):
            if isinstance(cleaned.get(name), str):
                cleaned[name] = normalise_text(cleaned[name]).strip()
        for name in REQUIRED_SECTIONS:
            value = cleaned.get(name)
            if value is not None and len(value) < MIN_SECTION_LENGTH:
                self.add_error(name, f"Please write at least {MIN_SECTION_LENGTH} characters.")
        total = sum(len(cleaned.get(name) or "") for name, _, _ in SECTIONS)
        if total > STORY_MAX_LENGTH:
            raise forms.ValidationError(
                f"Your story is {total:,} characters long; the limit is {STORY_MAX_LENGTH:,}. "
                "Please shorten it."
            )
        return cleaned
