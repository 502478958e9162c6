"""Published stories in the admin: every edit, removal and deletion is a lifecycle action.

Editing the text runs the engine on it, as a proposal does: details it still finds need the
moderator's confirmation, recorded with the decision (``stories.lifecycle.edit_story``).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.safestring import SafeString

from moderation.admin_actions import (
    LifecycleAdminMixin,
    ModerationErrors,
    error_messages,
    render_findings,
)
from stories.lifecycle import check_findings, delete_story, edit_story
from stories.models import SECTION_FIELDS, STORY_EDITABLE_FIELDS, Story

TEXT_FIELDS = ("title", *SECTION_FIELDS)


class StoryAdminForm(forms.ModelForm):
    confirm_findings = forms.BooleanField(
        required=False,
        label="I have checked the details the engine finds in the new text: none identifies "
        "anyone.",
    )

    class Meta:
        model = Story
        fields = list(STORY_EDITABLE_FIELDS)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if set(self.changed_data) & set(TEXT_FIELDS) and not self.errors:
            text = {name: cleaned.get(name) or "" for name in TEXT_FIELDS}
            try:
                check_findings(text, confirmed=bool(cleaned.get("confirm_findings")))
            except ValidationError as exc:
                self.add_error("confirm_findings", exc)
        return cleaned

    def changes(self) -> dict[str, str]:
        return {name: self.cleaned_data[name] for name in STORY_EDITABLE_FIELDS}


@admin.register(Story)
class StoryAdmin(LifecycleAdminMixin, admin.ModelAdmin):
    form = StoryAdminForm
    list_display = ("title", "theme", "outcome", "status", "published_month")
    list_filter = ("status", "theme", "outcome")
    search_fields = ("title",)
    readonly_fields = ("slug", "published_month", "findings")
    fields = (
        "slug", "published_month", "status", "theme", "outcome", "role", *TEXT_FIELDS,
        "findings", "confirm_findings",
    )  # fmt: skip

    @admin.display(description="found by the engine in the published text")
    def findings(self, obj: Story) -> SafeString:
        return render_findings({name: getattr(obj, name) for name in TEXT_FIELDS})

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # a story is only ever published from an approved submission

    def take_action(self, request: HttpRequest, obj: Story, form: StoryAdminForm) -> str:
        confirmed = bool(form.cleaned_data.get("confirm_findings"))
        changes = form.changes()
        decision = edit_story(story=obj, by=request.user, changes=changes, confirmed=confirmed)
        return decision.get_action_display() + "." if decision else "Nothing changed."

    def response_change(self, request: HttpRequest, obj: Story) -> HttpResponse:
        return self.action_response(request) or super().response_change(request, obj)

    def delete_model(self, request: HttpRequest, obj: Story) -> None:
        delete_story(story=obj, by=request.user)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        for story in queryset:
            try:
                delete_story(story=story, by=request.user)
            except ModerationErrors as exc:
                self.message_user(request, " ".join(error_messages(exc)), messages.ERROR)
