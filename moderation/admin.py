"""The moderation queue, in the Django admin.

Every state change goes through ``stories.lifecycle``: the buttons on a submission's page (from
``save_model``, so the admin's generic save never writes the draft) and the bulk actions call
the same functions, so each decision is checked and recorded the same way. Published stories
are in ``moderation.admin_stories``, the read-only records in ``moderation.admin_audit``.
"""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

# Importing these registers the records' and the published stories' admins.
from moderation import admin_audit, admin_stories, claims  # noqa: F401
from moderation.admin_actions import (
    LifecycleAdminMixin,
    ModerationErrors,
    error_messages,
    render_findings,
)
from moderation.admin_wording import RENAME_FIELDS, PlaceholderNamesForm
from moderation.audit import AuditedSubmissionAdminMixin, has_viewed
from stories.detection import compare_story, find_in_story
from stories.lifecycle import (
    MAX_MESSAGE_LENGTH,
    MODERATE_PERMISSION,
    STALE_VERSION,
    check_findings,
    check_publishable,
    propose_submission,
    publish_submission,
    reject_submission,
    save_draft,
)
from stories.models import (
    DRAFT_FIELDS,
    PUBLISHABLE_FIELDS,
    SECTION_FIELDS,
    TITLE_MAX_LENGTH,
    ModerationDecision,
    Submission,
)
from stories.taxonomy import Outcome, Role, Theme
from stories.wording import render_pieces

# A post that does not say which version it was made from cannot be checked against a colleague's
# save in between, so it is refused like a stale one, keeping what was typed.
NO_VERSION = (
    "This page did not say which version of the submission it was made from, so nothing was "
    "saved (another moderator may have saved since). What you typed is kept below: check it "
    "against the current version, then save again."
)

WAITING_FOR = {
    Submission.Status.PENDING: "a moderator",
    Submission.Status.PROPOSED: "the submitter",
}


def search_condition(word: str) -> Q:
    """Submissions whose number is ``word`` (``12`` or ``#12``), or whose theme, outcome or
    role has ``word`` in its label; nothing if no label has it."""
    number = word.removeprefix("#")
    if number.isdigit():
        return Q(pk=int(number))
    wanted = word.lower()
    condition = Q(pk__in=[])
    for field, choices in (("theme", Theme), ("outcome", Outcome), ("role", Role)):
        values = [value for value, label in choices.choices if wanted in label.lower()]
        if values:
            condition |= Q(**{f"{field}__in": values})
    return condition


class QueueStatusFilter(admin.SimpleListFilter):
    """Status filter whose default is the queue itself: submissions waiting for a moderator."""

    title = "status"
    parameter_name = "status"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        waiting = ("waiting", "Waiting for a moderator or the submitter")
        return [*Submission.Status.choices, waiting, ("all", "All")]

    def value(self) -> str:
        return super().value() or Submission.Status.PENDING

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        value = self.value()
        if value == "waiting":
            return queryset.filter(status__in=list(WAITING_FOR))
        return queryset if value == "all" else queryset.filter(status=value)

    def choices(self, changelist: Any) -> Any:
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }


class SubmissionAdminForm(PlaceholderNamesForm, forms.ModelForm):
    public_title = forms.CharField(
        label="Publishable title",
        max_length=TITLE_MAX_LENGTH,
        required=False,
        # As wide as the text areas, so a long title is read whole (static/css/moderation.css).
        widget=forms.TextInput(attrs={"class": "vTextField publishable-title"}),
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

    # The version the page was made from: a save on an older one, or on none, is refused.
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Submission
        fields = list(DRAFT_FIELDS)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.offer_placeholders(self.instance.publishable_fields())
        self.fields["version"].initial = self.instance.version

    def _check_version(self, sent: int | None) -> None:
        """Refuse a draft made on an older version, keeping what was typed; the page now
        carries the current version, so saving again is a deliberate choice."""
        if sent == self.instance.version:
            return
        if sent is None:  # a post made without the page (by hand, or a page from before)
            self.add_error(None, ValidationError(NO_VERSION, code="no_version"))
        else:
            self.add_error(None, ValidationError(STALE_VERSION, code="stale_version"))
        self.data = self.data.copy()
        self.data[self.add_prefix("version")] = str(self.instance.version)

    def draft(self) -> dict[str, str]:
        """The moderator's edits, for ``save_draft`` or ``propose_submission`` to save."""
        data = self.cleaned_data
        return self.renamed({n: data[n] or "" for n in DRAFT_FIELDS if n in self.fields})

    def publishable(self) -> dict[str, str]:
        data = self.cleaned_data
        return self.renamed(
            {
                "title": data.get("public_title") or "",
                **{n: data.get(f"public_{n}") or "" for n in SECTION_FIELDS},
            }
        )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if "_reject" in self.data and not (cleaned.get("rejection_reason") or "").strip():
            self.add_error("rejection_reason", "Give a reason for the rejection.")
        if "_propose" in self.data and "public_title" in self.fields:
            self._check_proposal()
        if not {"_reject", "_publish"} & set(self.data):
            self._check_version(cleaned.get("version"))
        return cleaned

    def _check_proposal(self) -> None:
        """What ``propose_submission`` will check, shown on the form so nothing typed is lost."""
        fields = self.publishable()
        try:
            check_publishable(fields)
            check_findings(fields, confirmed=bool(self.cleaned_data.get("confirm_findings")))
        except ValidationError as exc:
            field = "confirm_findings" if exc.code == "unconfirmed_findings" else None
            self.add_error(field, exc)


@admin.register(Submission)
class SubmissionAdmin(AuditedSubmissionAdminMixin, LifecycleAdminMixin, admin.ModelAdmin):
    form = SubmissionAdminForm
    change_form_template = "moderation/submission_change_form.html"
    list_display = (
        "queue_title", "waiting_for", "days_waiting", "held_by", "reply", "theme", "outcome",
        "submitted_on",
    )  # fmt: skip
    list_select_related = ("claim__user",)
    list_filter = (QueueStatusFilter, "theme")
    # Oldest first: the one that has waited longest is at the top.
    ordering = ("submitted_on", "id")
    # Not a search of the text: see get_search_results.
    search_fields = ("theme",)
    search_help_text = (
        "Searches the number (#12), theme, outcome and role. The text is encrypted at rest, "
        "so it cannot be searched."
    )
    # Rejecting many at once (spam) is the only bulk action: a proposal is sent, and a story
    # published, only from the submission's own page (tests/moderation/test_review_required.py).
    actions = ["reject_selected"]

    @admin.display(description="title")
    def queue_title(self, obj: Submission) -> str:
        return obj.public_title or obj.title or "(text removed)"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Submission]:
        queryset = super().get_queryset(request)
        match = request.resolver_match
        if match is None or not match.url_name.endswith("_changelist"):
            return queryset
        # The queue: how many moderators approved each draft, for "waiting for" (no query more).
        return queryset.annotate(approvals=Count("reviewed_by"))

    @admin.display(description="waiting for")
    def waiting_for(self, obj: Submission) -> str:
        waiting = WAITING_FOR.get(obj.status, obj.get_status_display())
        required = settings.STORYSHARE_REVIEWS_REQUIRED
        approvals = getattr(obj, "approvals", 0)
        if obj.is_pending and required > 1 and approvals:
            # STORYSHARE_REVIEWS_REQUIRED: the draft is approved by some, not yet by enough.
            waiting += f" ({approvals} of {required} approvals)"
        return waiting

    @admin.display(description="days waiting")
    def days_waiting(self, obj: Submission) -> int | str:
        days = obj.days_waiting()
        return "" if days is None else days

    @admin.display(description="held by")
    def held_by(self, obj: Submission) -> str:
        holder = claims.holder(obj)
        return str(holder) if holder else ""

    # Words, not Django's green tick and red cross: "no reply" is not an error.
    @admin.display(description="reply from the submitter")
    def reply(self, obj: Submission) -> str:
        return "Replied" if obj.submitter_reply else ""

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet, search_term: str
    ) -> tuple[QuerySet, bool]:
        """Search what is kept in clear: the number, the theme, outcome and role by label.

        The raw and publishable text is encrypted at rest with a random nonce per value, so
        the database cannot match a word in it, and decrypting the whole queue for each search
        would keep every raw story in memory at once for a convenience.
        """
        for word in search_term.split():
            queryset = queryset.filter(search_condition(word))
        return queryset, False

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
            '<div class="detection-row"><h3>{}</h3><div class="detection-pair">'
            '<div class="detection-raw">{}</div><div class="detection-proposal">{}</div>'
            "</div></div>",
            rows,
        )

    @admin.display(description="sent → publishable, word by word")
    def changes(self, obj: Submission) -> SafeString:
        """What the moderators changed so far: removed words struck through, added underlined."""
        return format_html_join(
            "",
            '<div class="changes-row"><h3>{}</h3><div class="word-changes">{}</div></div>',
            ((label, render_pieces(pieces)) for label, pieces in obj.changed_parts()),
        )

    @admin.display(description="still found in the publishable version")
    def remaining(self, obj: Submission) -> SafeString:
        return render_findings(obj.publishable_fields())

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # submissions only come from the public form

    def has_delete_permission(self, request: HttpRequest, obj: Submission | None = None) -> bool:
        # A submission ends by a decision (reject erases its text at once) or by the retention
        # purge, never by a bare delete that no decision records: not even for superusers.
        return False

    def get_readonly_fields(self, request: HttpRequest, obj: Submission | None = None) -> Any:
        if obj is not None and obj.is_pending:
            return (
                "status", "submitted_on", "submitter_reply", "detection", "changes", "remaining",
            )  # fmt: skip
        return (
            "status", "submitted_on", "proposed_on", "decided_on", "theme", "outcome", "role",
            *PUBLISHABLE_FIELDS, "moderator_message",
        )  # fmt: skip

    def get_fieldsets(self, request: HttpRequest, obj: Submission | None = None) -> Any:
        if obj is not None and obj.is_pending:
            return (
                (
                    None,
                    {"fields": ("status", "submitted_on", "theme", "outcome", "role", "version")},
                ),
                ("Reply from the submitter", {"fields": ("submitter_reply",)}),
                ("As sent, with what the engine found", {"fields": ("detection",)}),
                ("Publishable version (edit before sending)", {"fields": PUBLISHABLE_FIELDS}),
                ("Rename a placeholder", {"fields": RENAME_FIELDS}),
                ("What changed (as saved)", {"fields": ("changes",)}),
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
            actions.pop("reject_selected", None)
        return actions

    def render_change_form(self, request: HttpRequest, context: dict, *args: Any, **kwargs: Any):
        obj: Submission | None = context.get("original")
        may_moderate = request.user.has_perm(MODERATE_PERMISSION)
        context["can_propose"] = bool(obj and obj.is_pending and may_moderate)
        context["can_reject"] = bool(obj and not obj.is_decided and may_moderate)
        context["can_publish"] = bool(obj and obj.may_publish_without_reply() and may_moderate)
        context["publish_from"] = obj.publish_without_reply_from() if obj else None
        claim = claims.live_claim(obj) if obj else None
        context["claim_holder"] = claim.user if claim else None
        context["claim_is_mine"] = bool(claim and claim.user_id == request.user.pk)
        if claim is not None:
            hours = datetime.timedelta(hours=settings.STORYSHARE_CLAIM_HOURS)
            context["claim_until"] = claim.claimed_at + hours
        return super().render_change_form(request, context, *args, **kwargs)

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        """Opening a waiting submission claims it; "Take over" claims it from another."""
        obj = self.get_object(request, unquote(object_id))
        may_claim = (
            obj is not None and obj.is_pending and request.user.has_perm(MODERATE_PERMISSION)
        )
        if may_claim and request.method == "POST" and "_take_over" in request.POST:
            claims.claim(submission=obj, by=request.user, take_over=True)
            self.message_user(request, "You hold this submission now.")
            return HttpResponseRedirect(request.path)
        if may_claim and request.method == "GET":
            claims.claim(submission=obj, by=request.user)
        return super().change_view(request, object_id, form_url, extra_context)

    def take_action(self, request: HttpRequest, obj: Submission, form: SubmissionAdminForm) -> str:
        """The decision the pressed button asks for, or the draft saved: one lifecycle action."""
        if "_publish" in request.POST:
            story = publish_submission(submission=obj, by=request.user)
            return format_html("Published “{}”.", story.title)
        if "_reject" in request.POST:
            reason = request.POST.get("rejection_reason", "")
            reject_submission(submission=obj, by=request.user, reason=reason)
            return "Submission rejected; its text was deleted."
        if "_propose" in request.POST:
            # Sent only by a moderator who was shown the raw text and the findings: the audit
            # trail records each opening of this page (moderation/audit.py).
            if not has_viewed(user=request.user, submission_id=obj.pk):
                raise ValidationError("Open the submission and read it before sending it.")
            confirmed = bool(form.cleaned_data.get("confirm_findings"))
            decision = propose_submission(
                submission=obj,
                by=request.user,
                draft=form.draft(),
                confirmed=confirmed,
                version=form.cleaned_data.get("version"),
            )
            if decision.action == ModerationDecision.Action.REVIEWED:
                return (
                    "Your approval is recorded. Another moderator must approve this version "
                    "before it goes to the submitter."
                )
            return "Sent to the submitter for approval."
        if obj.is_pending:
            version = form.cleaned_data.get("version")
            save_draft(submission=obj, by=request.user, draft=form.draft(), version=version)
            if form.rename_summary():
                self.message_user(request, form.rename_summary())
        return ""

    def response_change(self, request: HttpRequest, obj: Submission) -> HttpResponse:
        others = claims.held_by_others(request.user)
        following = Submission.objects.next_waiting(obj, skip=others)
        changelist = reverse("admin:stories_submission_changelist")
        # After a proposal, and on "Save and next": straight on to the next in the queue.
        then = (
            reverse("admin:stories_submission_change", args=[following.pk])
            if following
            else changelist
        )
        decided = self.action_response(
            request, then=then if "_propose" in request.POST else changelist
        )
        if decided is not None:
            return decided
        if "_save_next" in request.POST:
            if following is None:
                self.message_user(request, "Saved. Nothing else waits for a moderator.")
            return HttpResponseRedirect(then)
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
                msg = f"Not {verb}: “{submission.public_title}”: {' '.join(error_messages(exc))}"
                self.message_user(request, msg, messages.ERROR)
        if done:
            self.message_user(request, f"{verb.capitalize()} {done} submission(s).")

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
