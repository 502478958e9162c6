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
    MAX_MESSAGE_LENGTH,
    MODERATE_PERMISSION,
    check_publishable,
    propose_submission,
    publish_submission,
    reject_submission,
)

# Importing admin_audit also registers the audit trail's admin.
from moderation.admin_audit import RecordAdmin
from moderation.audit import AuditedSubmissionAdminMixin
from moderation.detection import compare_story, find_in_story
from moderation.models import ModerationDecision
from stories.models import PART_LABELS, SECTION_FIELDS, TITLE_MAX_LENGTH, Story, Submission
from stories.page_cache import bump_public_cache_version

PUBLISHABLE_FIELDS = ("public_title", *(f"public_{name}" for name in SECTION_FIELDS))
ModerationErrors = (ValidationError, PermissionDenied)


class QueueStatusFilter(admin.SimpleListFilter):
    """Status filter whose default is the queue itself: submissions waiting for a moderator."""

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
    public_title = forms.CharField(
        label="Publishable title", max_length=TITLE_MAX_LENGTH, required=False
    )
    moderator_message = forms.CharField(
        label="Message to the submitter",
        required=False,
        max_length=MAX_MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Shown with the proposed version on their status page.",
    )
    confirm_findings = forms.BooleanField(
        required=False,
        label="I have checked the details still highlighted: none identifies anyone.",
    )
    rejection_reason = forms.CharField(
        required=False,
        max_length=MAX_MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Needed to reject. Recorded with the decision and shown to the submitter.",
    )

    class Meta:
        model = Submission
        fields = ["theme", "outcome", "role", *PUBLISHABLE_FIELDS, "moderator_message"]

    def publishable(self) -> dict[str, str]:
        data = self.cleaned_data
        return {
            "title": data.get("public_title") or "",
            **{n: data.get(f"public_{n}") or "" for n in SECTION_FIELDS},
        }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if "_reject" in self.data and not (cleaned.get("rejection_reason") or "").strip():
            self.add_error("rejection_reason", "Give a reason for the rejection.")
        if "_propose" in self.data and "public_title" in self.fields:
            self._check_proposal()
        return cleaned

    def _check_proposal(self) -> None:
        fields = self.publishable()
        try:
            check_publishable(fields)
        except ValidationError as exc:
            self.add_error(None, exc)
            return
        remaining = len(find_in_story(fields))
        if remaining and not self.cleaned_data.get("confirm_findings"):
            self.add_error(
                "confirm_findings",
                f"The engine still finds {remaining} identifying detail(s) in the publishable "
                "version. Edit them out, or confirm that they identify no one.",
            )


@admin.register(Submission)
class SubmissionAdmin(AuditedSubmissionAdminMixin, admin.ModelAdmin):
    form = SubmissionAdminForm
    change_form_template = "moderation/submission_change_form.html"
    list_display = ("queue_title", "theme", "outcome", "status", "submitted_on", "has_reply")
    list_filter = (QueueStatusFilter, "theme")
    ordering = ("submitted_on", "id")
    actions = ["propose_selected", "publish_selected", "reject_selected"]

    @admin.display(description="title")
    def queue_title(self, obj: Submission) -> str:
        return obj.public_title or obj.title or "(text removed)"

    @admin.display(description="reply from the submitter", boolean=True)
    def has_reply(self, obj: Submission) -> bool:
        return bool(obj.submitter_reply)

    @admin.display(description="found by the engine")
    def detection(self, obj: Submission) -> str:
        """Each part as sent, findings highlighted by kind, beside the engine's proposal."""
        if not obj.title:
            return "The original text was deleted when the decision was taken."
        count, comparison = compare_story(obj.raw_fields())
        rows = [(row.label, row.highlighted, row.redacted) for row in comparison]
        header = format_html("<p>{} detail(s) found.</p>", count)
        return header + format_html_join(
            "",
            '<div class="detection-row"><h4>{}</h4><div class="detection-pair">'
            '<div class="detection-raw">{}</div><div class="detection-proposal">{}</div>'
            "</div></div>",
            rows,
        )

    @admin.display(description="still found in the publishable version")
    def remaining(self, obj: Submission) -> str:
        parts = obj.publishable_fields()
        found = find_in_story(parts)
        if not found:
            return "Nothing: the engine finds no identifying detail in the publishable version."
        items = [(PART_LABELS[f.part], f.finding.kind, f.finding.text) for f in found]
        return format_html(
            "<ul class='remaining-findings'>{}</ul>",
            format_html_join("", "<li>{}: <mark>{}</mark> “{}”</li>", items),
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # submissions only come from the public form

    def get_readonly_fields(self, request: HttpRequest, obj: Submission | None = None) -> Any:
        if obj is not None and obj.is_pending:
            return ("status", "submitted_on", "submitter_reply", "detection", "remaining")
        return (
            "status", "submitted_on", "proposed_on", "decided_on", "theme", "outcome", "role",
            *PUBLISHABLE_FIELDS, "moderator_message",
        )  # fmt: skip

    def get_fieldsets(self, request: HttpRequest, obj: Submission | None = None) -> Any:
        if obj is not None and obj.is_pending:
            return (
                (None, {"fields": ("status", "submitted_on", "theme", "outcome", "role")}),
                ("Reply from the submitter", {"fields": ("submitter_reply",)}),
                ("As sent, with what the engine found", {"fields": ("detection",)}),
                ("Publishable version (edit before sending)", {"fields": PUBLISHABLE_FIELDS}),
                ("Check", {"fields": ("remaining",)}),
                ("Decision", {"fields": ("moderator_message", "confirm_findings")}),
                ("Or reject", {"fields": ("rejection_reason",)}),
            )
        fields: tuple[str, ...] = self.get_readonly_fields(request, obj)
        sets: list[tuple[str | None, dict]] = [(None, {"fields": fields})]
        if obj is not None and obj.status == Submission.Status.PROPOSED:
            sets.append(("Or reject", {"fields": ("rejection_reason",)}))
        return sets

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions = super().get_actions(request)
        if not request.user.has_perm(MODERATE_PERMISSION):
            for name in ("propose_selected", "publish_selected", "reject_selected"):
                actions.pop(name, None)
        return actions

    def render_change_form(self, request: HttpRequest, context: dict, *args: Any, **kwargs: Any):
        obj: Submission | None = context.get("original")
        may_moderate = request.user.has_perm(MODERATE_PERMISSION)
        context["can_propose"] = bool(obj and obj.is_pending and may_moderate)
        context["can_reject"] = bool(obj and not obj.is_decided and may_moderate)
        context["can_publish"] = bool(obj and obj.may_publish_without_reply() and may_moderate)
        context["publish_from"] = obj.publish_without_reply_from() if obj else None
        return super().render_change_form(request, context, *args, **kwargs)

    def response_change(self, request: HttpRequest, obj: Submission) -> HttpResponse:
        changelist = reverse("admin:stories_submission_changelist")
        try:
            if "_propose" in request.POST:
                remaining = len(find_in_story(obj.publishable_fields()))
                propose_submission(
                    submission=obj,
                    by=request.user,
                    message=obj.moderator_message,
                    confirmed_findings=remaining,
                )
                self.message_user(request, "Sent to the submitter for approval.")
                return HttpResponseRedirect(changelist)
            if "_publish" in request.POST:
                story = publish_submission(submission=obj, by=request.user)
                self.message_user(request, format_html("Published “{}”.", story.title))
                return HttpResponseRedirect(changelist)
            if "_reject" in request.POST:
                reason = request.POST.get("rejection_reason", "")
                reject_submission(submission=obj, by=request.user, reason=reason)
                self.message_user(request, "Submission rejected; its text was deleted.")
                return HttpResponseRedirect(changelist)
        except ModerationErrors as exc:
            self.message_user(request, " ".join(_messages(exc)), level=messages.ERROR)
            return HttpResponseRedirect(request.path)
        if "_detect" in request.POST:
            found = len(find_in_story(obj.publishable_fields()))
            self.message_user(request, f"Detection re-run: {found} detail(s) still found.")
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def _apply(self, request: HttpRequest, queryset: QuerySet, verb: str, action: Any) -> None:
        done = 0
        for submission in queryset:
            try:
                action(submission)
                done += 1
            except ModerationErrors as exc:
                msg = f"Not {verb}: “{submission.public_title}”: {' '.join(_messages(exc))}"
                self.message_user(request, msg, messages.ERROR)
        if done:
            self.message_user(request, f"{verb.capitalize()} {done} submission(s).")

    @admin.action(description="Send selected to their submitters for approval")
    def propose_selected(self, request: HttpRequest, queryset: QuerySet) -> None:
        def propose(submission: Submission) -> None:
            if find_in_story(submission.publishable_fields()):
                raise ValidationError(
                    "the engine still finds identifying details; check them on its page."
                )
            propose_submission(submission=submission, by=request.user)

        self._apply(request, queryset, "sent", propose)

    @admin.action(description="Publish selected (submitter did not answer in time)")
    def publish_selected(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._apply(
            request,
            queryset,
            "published",
            lambda submission: publish_submission(submission=submission, by=request.user),
        )

    @admin.action(description="Reject selected submissions…")
    def reject_selected(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse | None:
        form = RejectionForm(request.POST if "confirm" in request.POST else None)
        if form.is_valid():
            reason = form.cleaned_data["reason"]
            self._apply(
                request,
                queryset,
                "rejected",
                lambda s: reject_submission(submission=s, by=request.user, reason=reason),
            )
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
        max_length=MAX_MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Recorded with each decision and shown to each submitter.",
    )


def _messages(exc: ValidationError | PermissionDenied) -> list[str]:
    return list(exc.messages) if isinstance(exc, ValidationError) else [str(exc)]


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ("title", "theme", "outcome", "status", "published_month")
    list_filter = ("status", "theme", "outcome")
    search_fields = ("title",)
    readonly_fields = ("slug", "published_month")

    # Readers must never be served a page cached before a story was changed or removed.
    def save_model(self, request: HttpRequest, obj: Story, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        bump_public_cache_version()

    def delete_model(self, request: HttpRequest, obj: Story) -> None:
        super().delete_model(request, obj)
        bump_public_cache_version()

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        super().delete_queryset(request, queryset)
        bump_public_cache_version()


@admin.register(ModerationDecision)
class ModerationDecisionAdmin(RecordAdmin):
    list_display = ("decided_at", "action", "decided_by", "submission", "story")
    list_filter = ("action",)
    readonly_fields = (
        "decided_at", "action", "moderator", "submission", "story", "reason", "confirmed_findings",
    )  # fmt: skip

    @admin.display(description="by")
    def decided_by(self, obj: ModerationDecision) -> str:
        return str(obj.moderator) if obj.moderator else "the submitter"
