"""How the admin changes anything: through ``stories.lifecycle``, never the generic save.

A change page's save button runs one lifecycle action from ``save_model``; if the action refuses
(someone else decided the submission meanwhile, a permission is missing), the moderator is sent
back to the page with the reason and nothing is saved or logged.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from stories.detection import find_in_story
from stories.models import PART_LABELS

ModerationErrors = (ValidationError, PermissionDenied)
_ERROR = "_storyshare_action_error"
_DONE = "_storyshare_action_done"


def error_messages(exc: ValidationError | PermissionDenied) -> list[str]:
    return list(exc.messages) if isinstance(exc, ValidationError) else [str(exc)]


def render_findings(parts: dict[str, str]) -> SafeString:
    """Each detail the engine finds in ``parts``: where, its kind and its text."""
    found = find_in_story(parts)
    if not found:
        return format_html("{}", "Nothing: the engine finds no identifying detail.")
    items = [(PART_LABELS[f.part], f.finding.kind, f.finding.text) for f in found]
    return format_html(
        "<ul class='remaining-findings'>{}</ul>",
        format_html_join("", "<li>{}: <mark>{}</mark> “{}”</li>", items),
    )


class LifecycleAdminMixin:
    """For a ModelAdmin whose saves are lifecycle actions: subclasses define ``take_action``."""

    def take_action(self, request: HttpRequest, obj: Any, form: ModelForm) -> str:
        """Run the action the pressed button asks for; return what to tell the moderator."""
        raise NotImplementedError

    def save_model(self, request: HttpRequest, obj: models.Model, form: Any, change: bool) -> None:
        try:
            setattr(request, _DONE, self.take_action(request, obj, form))
        except ModerationErrors as exc:
            setattr(request, _ERROR, " ".join(error_messages(exc)))

    def log_change(self, request: HttpRequest, obj: models.Model, message: Any) -> Any:
        if getattr(request, _ERROR, None) is None:
            return super().log_change(request, obj, message)  # type: ignore[misc]
        return None

    def action_response(
        self, request: HttpRequest, *, then: str | None = None
    ) -> HttpResponse | None:
        """After ``take_action``: back to the page with the error, or say what was done and go
        to ``then``; None lets the admin's usual buttons decide where to go."""
        error = getattr(request, _ERROR, None)
        if error is not None:
            self.message_user(request, error, level=messages.ERROR)  # type: ignore[attr-defined]
            return HttpResponseRedirect(request.path)
        done = getattr(request, _DONE, "")
        if done:
            self.message_user(request, done)  # type: ignore[attr-defined]
        return HttpResponseRedirect(then) if done and then else None
