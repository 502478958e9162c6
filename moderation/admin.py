"""The moderation queue, in the Django admin.

Every state change goes through ``moderation.actions``: the buttons on a submission's page and
the bulk actions call the same functions, so each decision is recorded the same way.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from moderation.actions import (
    MODERATE_PERMISSION,
    approve_submission,
    check_publishable,
    reject_submission,
)
from moderation.models import ModerationDecision
from stories.models import SECTION_FIELDS, Story, Submission

PUBLISHABLE_FIELDS = ("public_title", *(f"public_{name}" for name in SECTION_FIELDS))


class QueueStatusFilter(admin.SimpleListFilter):
    """Status filter whose default is the queue itself: pending submissions."""

    title = "status"
    parameter_name = "status"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [*Submission.Status.choices, ("all", "All")]

    def value(self) -> str:
        return super().value() or Submission.Status.PENDING

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        value = self.value()
        return queryset if value == "all" else queryset.filter(status=value)

    def choices(self, changelist: Any) -> Any:
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }


class SubmissionAdminForm(forms.ModelForm):
    rejection_reason = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Needed to reject. Recorded with the decision.",
    )

    class Meta:
        model = Submission
        fields = ["theme", "outcome", "role", *PUBLISHABLE_FIELDS]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if "_reject" in self.data and not (cleaned.get("rejection_reason") or "").strip():
            self.add_error("rejection_reason", "Give a reason for the rejection.")
        if "_approve" in self.data:
            fields = {"title": cleaned.get("public_title") or ""}
            fields.update({n: cleaned.get(f"public_{n}") or "" for n in SECTION_FIELDS})
            try:
                check_publishable(fields)
            except ValidationError as exc:
                self.add_error(None, exc)
        return cleaned


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    form = SubmissionAdminForm
    change_form_template = "moderation/submission_change_form.html"
    list_display = ("queue_title", "theme", "outcome", "status", "submitted_on")
    list_filter = (QueueStatusFilter, "theme")
    ordering = ("submitted_on", "id")
    actions = ["approve_selected", "reject_selected"]
    readonly_fields = ("status", "submitted_on", "original_text")
    fieldsets = (
        (None, {"fields": ("status", "submitted_on", "theme", "outcome", "role")}),
        ("As sent by the submitter", {"fields": ("original_text",)}),
        ("Publishable version (edit before approving)", {"fields": PUBLISHABLE_FIELDS}),
        ("Decision", {"fields": ("rejection_reason",)}),
    )

    @admin.display(description="title", ordering="submitted_on")
    def queue_title(self, obj: Submission) -> str:
        return obj.public_title or obj.title or "(text removed)"

    @admin.display(description="original text")
    def original_text(self, obj: Submission) -> str:
        sections = [("Title", obj.title), *obj.raw_sections()]
        if not obj.title:
            return "The original text was deleted when the decision was taken."
        return format_html_join(
            "", '<div class="raw-section"><h4>{}</h4><p class="raw-text">{}</p></div>', sections
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # submissions only come from the public form

    def get_readonly_fields(self, request: HttpRequest, obj: Submission | None = None) -> Any:
        if obj is not None and not obj.is_pending:
            return ("status", "submitted_on", "theme", "outcome", "role", "original_text")
        return self.readonly_fields

    def get_fieldsets(self, request: HttpRequest, obj: Submission | None = None) -> Any:
        if obj is not None and not obj.is_pending:
            return ((None, {"fields": self.get_readonly_fields(request, obj)}),)
        return self.fieldsets

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions = super().get_actions(request)
        if not request.user.has_perm(MODERATE_PERMISSION):
            actions.pop("approve_selected", None)
            actions.pop("reject_selected", None)
        return actions

    def render_change_form(self, request: HttpRequest, context: dict, *args: Any, **kwargs: Any):
        obj = context.get("original")
        context["can_decide"] = bool(
            obj and obj.is_pending and request.user.has_perm(MODERATE_PERMISSION)
        )
        return super().render_change_form(request, context, *args, **kwargs)

    def response_change(self, request: HttpRequest, obj: Submission) -> HttpResponse:
        try:
            if "_approve" in request.POST:
                story = approve_submission(submission=obj, by=request.user)
                self.message_user(request, format_html("Published “{}”.", story.title))
                return HttpResponseRedirect(reverse("admin:stories_submission_changelist"))
            if "_reject" in request.POST:
                reason = request.POST.get("rejection_reason", "")
                reject_submission(submission=obj, by=request.user, reason=reason)
                self.message_user(request, "Submission rejected; its text was deleted.")
                return HttpResponseRedirect(reverse("admin:stories_submission_changelist"))
        except (ValidationError, PermissionDenied) as exc:
            self.message_user(request, " ".join(_messages(exc)), level=messages.ERROR)
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    @admin.action(description="Approve and publish selected submissions")
    def approve_selected(self, request: HttpRequest, queryset: QuerySet) -> None:
        published, problems = 0, []
        for submission in queryset:
            try:
                approve_submission(submission=submission, by=request.user)
                published += 1
            except (ValidationError, PermissionDenied) as exc:
                problems.append(f"{submission.pk}: {' '.join(_messages(exc))}")
        if published:
            self.message_user(request, f"Published {published} submission(s).")
        for problem in problems:
            self.message_user(request, f"Not published, submission {problem}", messages.ERROR)

    @admin.action(description="Reject selected submissions…")
    def reject_selected(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse | None:
        form = RejectionForm(request.POST if "confirm" in request.POST else None)
        if form.is_valid():
            rejected = 0
            for submission in queryset:
                try:
                    reject_submission(
                        submission=submission, by=request.user, reason=form.cleaned_data["reason"]
                    )
                    rejected += 1
                except (ValidationError, PermissionDenied) as exc:
                    msg = f"Not rejected, submission {submission.pk}: {' '.join(_messages(exc))}"
                    self.message_user(request, msg, messages.ERROR)
            self.message_user(request, f"Rejected {rejected} submission(s).")
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Reject submissions",
            "form": form,
            "submissions": queryset,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "moderation/reject_confirmation.html", context)


class RejectionForm(forms.Form):
    reason = forms.CharField(
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Recorded with each decision.",
    )


def _messages(exc: ValidationError | PermissionDenied) -> list[str]:
    return list(exc.messages) if isinstance(exc, ValidationError) else [str(exc)]


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ("title", "theme", "outcome", "status", "published_month")
    list_filter = ("status", "theme", "outcome")
    search_fields = ("title",)
    readonly_fields = ("slug", "published_month")


@admin.register(ModerationDecision)
class ModerationDecisionAdmin(admin.ModelAdmin):
    list_display = ("decided_at", "action", "moderator", "submission", "story")
    list_filter = ("action",)
    readonly_fields = ("decided_at", "action", "moderator", "submission", "story", "reason")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
