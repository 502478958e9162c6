"""The submission form: guided prompts, limits on every field, nothing saved on error."""

from __future__ import annotations

import copy
import secrets
import time
from functools import cached_property
from typing import Any, Self, TypeVar

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Field, Fieldset, Layout, Submit
from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache

from stories import receipts
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
FORM_TOKEN_SALT = "storyshare.share-form"  # noqa: S105 - a namespace, not a secret
FORM_TOKEN_MAX_AGE = 24 * 3600
EXPIRED_MESSAGE = (
    "This form was open too long or was changed in transit. Nothing was sent; your text is "
    "kept below: please check it and send it again."
)


def new_form_token(*, nonce: str = "", first_shown: int | None = None) -> str:
    """A signed, timestamped, single-use token: it stops replays and the fastest bots.

    It carries a nonce (claimed once, on sending) and when the form was first shown. Re-showing
    the form (a preview, an error) signs both again: the signature's own timestamp, which
    expires the token, starts anew, while the time a person has spent writing keeps counting
    from the first showing.
    """
    nonce = nonce or secrets.token_urlsafe(16)
    shown = int(time.time()) if first_shown is None else first_shown
    return signing.TimestampSigner(salt=FORM_TOKEN_SALT).sign(f"{nonce}.{shown}")


def read_form_token(token: str) -> tuple[str, int]:
    """(nonce, first shown) from a valid token; raises ``signing.BadSignature`` otherwise."""
    value = signing.TimestampSigner(salt=FORM_TOKEN_SALT).unsign(token, max_age=FORM_TOKEN_MAX_AGE)
    nonce, _, shown = value.rpartition(".")
    if not nonce or not shown.isdigit():
        # A token signed before tokens said when the form was first shown: its signature time.
        _, timestamp, _ = token.rsplit(":", 2)
        return value, signing.b62_decode(timestamp)
    return nonce, int(shown)


class SecondarySubmit(Submit):
    """A submit button without crispy's ``btn-primary``: with ``btn-outline-primary`` as well,
    it drew blue text on a blue background."""

    field_classes = "btn"


_Copied = TypeVar("_Copied")


def _copied(item: _Copied) -> _Copied:
    """``copy.copy`` of a field or a widget (its class, and its attributes in a new dict), as
    copy.copy makes it, without copy's generic path through ``__reduce_ex__``."""
    kind = type(item)
    new = kind.__new__(kind)
    new.__dict__.update(item.__dict__)
    return new


class CopiedField(forms.Field):
    """A field that Django copies into each form as its own ``Field.__deepcopy__`` and
    ``Widget.__deepcopy__`` do (the field, its widget and the widget's attributes, messages
    and validators), through :func:`_copied`: the share form copies ten fields and their
    widgets for every post, and copy.copy's generic path was most of the cost."""

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        widget = memo.get(id(self.widget))
        if widget is None:
            widget = memo[id(self.widget)] = _copied(self.widget)
            widget.attrs = self.widget.attrs.copy()
        result = memo[id(self)] = _copied(self)
        result.widget = widget
        result.error_messages = self.error_messages.copy()
        result.validators = self.validators[:]
        return result


class CopiedCharField(CopiedField, forms.CharField):
    """A CharField copied into each form by :class:`CopiedField`."""


class FixedChoiceField(CopiedField, forms.ChoiceField):
    """A ChoiceField whose choices are the same for every form (the taxonomy's).

    Django deep-copies a ChoiceField's choices into every form it builds, in case one form
    changes its own, and normalises its widget's copy of them again: ~25 µs a field, a
    sixth of building the share form. These are never changed, so every form shares them;
    the field, its widget and their attributes, messages and validators are still copied.
    """

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        widget = memo[id(self.widget)] = _copied(self.widget)  # its choices shared
        widget.attrs = self.widget.attrs.copy()
        # CopiedField's copy (field, widget, validators, messages), not ChoiceField's.
        return super().__deepcopy__(memo)


def _section_field(name: str) -> CopiedCharField:
    """The field of one of the story's sections (``stories.models.SECTIONS``)."""
    label, prompt = next((label, prompt) for key, label, prompt in SECTIONS if key == name)
    return CopiedCharField(
        label=label,
        help_text=prompt,
        required=name in REQUIRED_SECTIONS,
        max_length=SECTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class SubmissionForm(forms.Form):
    title = CopiedCharField(
        max_length=TITLE_MAX_LENGTH,
        min_length=5,
        help_text="A short headline. Leave out names of people, companies and places.",
    )
    # Declared, not added in __init__: Django copies a declared field into each form, which
    # costs less than building it anew for every form shown or posted.
    what_happened = _section_field("what_happened")
    what_you_did = _section_field("what_you_did")
    what_happened_next = _section_field("what_happened_next")
    looking_back = _section_field("looking_back")
    # No answer is chosen for the writer: a preselected one would be sent unread and skew
    # /insights/. The empty first option makes them choose ("Other" and "Still deciding" fit
    # when nothing else does).
    theme = FixedChoiceField(
        choices=[("", "Choose a theme"), *Theme.choices],
        help_text="What was the dilemma about? Choose “Other” if no theme fits.",
        error_messages={"required": "Please choose a theme (“Other” if none fits)."},
    )
    outcome = FixedChoiceField(
        choices=[("", "Choose what you did"), *Outcome.choices],
        label="What did you do?",
        help_text="Choose “Still deciding” if it is not settled yet.",
        error_messages={"required": "Please choose what you did (“Still deciding” if unsure)."},
    )
    role = FixedChoiceField(
        choices=[("", "Prefer not to say"), *Role.choices],
        required=False,
        label="Your role (optional)",
        help_text="Only a coarse role, never a job title or a team.",
    )
    # Bots fill every field; people never see this one.
    website = CopiedCharField(required=False, label="Leave this field empty", max_length=200)
    # A fresh token for each form shown, made only when the form is shown: a posted form
    # shows the token it was sent with (or a refreshed one, refresh_token).
    form_token = CopiedCharField(widget=forms.HiddenInput, max_length=200, initial=new_form_token)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.nonce = ""
        self.first_shown = 0
        self.claimed = False

    @cached_property
    def helper(self) -> FormHelper:
        """crispy's layout of the form. Built when crispy renders the form itself (a form with
        errors, or the one each process compiles, stories/form_render.py), not for every post."""
        helper = FormHelper()
        helper.form_method = "post"
        helper.layout = Layout(
            Fieldset("Your story", "title", *(name for name, _, _ in SECTIONS)),
            Fieldset("About it", "theme", "outcome", "role"),
            Div(
                Field("website", tabindex="-1", autocomplete="off"),
                css_class="visually-hidden",
                aria_hidden="true",
            ),
            "form_token",
            HTML(
                '<p class="form-text">Preview first: you will see the details a moderator '
                "would remove, and can change them before sending.</p>"
            ),
            Div(
                Submit("preview", "Preview what will be removed", css_class="btn-lg"),
                SecondarySubmit("send", "Send my story", css_class="btn-outline-primary btn-lg"),
                css_class="d-flex flex-wrap gap-2",
            ),
        )
        return helper

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise forms.ValidationError("This field must stay empty.")
        return ""

    def clean_form_token(self) -> str:
        token = self.cleaned_data["form_token"]
        try:
            self.nonce, self.first_shown = read_form_token(token)
        except signing.BadSignature as exc:
            raise forms.ValidationError(EXPIRED_MESSAGE) from exc
        age = time.time() - self.first_shown
        if age < settings.STORYSHARE_FORM_MIN_SECONDS:
            raise forms.ValidationError(
                "That was sent faster than a person can write. Please check your text and send "
                "it again."
            )
        return token

    def refresh_token(self) -> None:
        """Give a re-shown form a fresh token, keeping everything the person wrote.

        A valid token keeps its first showing, so that sending right after a preview is not
        "too fast", and its nonce unless sending claimed it (a send that could not be stored
        may be tried again), so that a preview's page cannot be sent a second time either.
        """
        # A shallow copy: only the token's value is replaced, and QueryDict.copy() deep-copies
        # every value of the story.
        self.data = copy.copy(self.data)
        if not self.nonce:
            token = new_form_token()
        elif self.claimed:
            token = new_form_token(first_shown=self.first_shown)
        else:
            token = new_form_token(nonce=self.nonce, first_shown=self.first_shown)
        self.data["form_token"] = token

    def claim_token(self) -> bool:
        """Mark this form's token as used; False when it was already used (a replayed post)."""
        self.claimed = cache.add(f"share-form:{self.nonce}", 1, timeout=FORM_TOKEN_MAX_AGE)
        return self.claimed

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


class ReceiptForm(forms.Form):
    receipt = forms.CharField(
        label="Your receipt",
        max_length=200,
        help_text="The seven words you were given when you sent your story.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_receipt(self) -> str:
        """A receipt of the wrong length gets its own message: counting words reveals nothing."""
        receipt = self.cleaned_data["receipt"]
        count = len(receipts.normalise_receipt(receipt).split())
        if count != receipts.RECEIPT_WORDS:
            word = "word" if count == 1 else "words"
            raise forms.ValidationError(
                f"A receipt has seven words; this has {count} {word}. Type all seven, with "
                "spaces or hyphens between them.",
                code="receipt_length",
            )
        return receipt


class ReplyForm(forms.Form):
    reply = forms.CharField(
        label="What would you like changed?",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class WithdrawForm(forms.Form):
    confirm = forms.BooleanField(
        label="Yes, withdraw my story and delete everything I sent.", required=True
    )
