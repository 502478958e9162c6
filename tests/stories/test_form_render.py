"""The compiled share form renders exactly what crispy-forms renders (stories/form_render.py)."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest
from django import forms
from django.template import engines
from django.test import RequestFactory

from stories.form_render import CompiledForm
from stories.forms import SubmissionForm
from stories.models import SECTIONS
from stories.taxonomy import Outcome, Role, Theme

CRISPY = engines["django"].from_string("{% load crispy_forms_tags %}{% crispy form %}")
COMPILED = engines["django"].from_string("{% load compiled_forms %}{% crispy_compiled form %}")
# Every call to get_token masks the same secret differently.
_CSRF_VALUE = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]+"')

HOSTILE_TEXTS = [
    "A \"quoted\" <b>bold</b> & 'single' title",
    "</textarea><script>alert(1)</script>",
    '" autofocus onfocus="alert(1)',
    "Ünïcödé, 中文, עברית and emoji 🙂 in one line",
    "Line one\nLine two\n\nA new paragraph with   spaces",
    "&amp; &lt; already-escaped entities &#60;",
    "\ue0f0title\ue0f1 the markers the compiled form uses \ue0f2",
    "{{ form }} {% crispy form %} template syntax",
]


def render_both(form: forms.Form) -> tuple[str, str]:
    request = RequestFactory().post("/share/")
    crispy = CRISPY.render({"form": form}, request)
    compiled = COMPILED.render({"form": form}, request)
    return _CSRF_VALUE.sub(r'\1…"', crispy), _CSRF_VALUE.sub(r'\1…"', compiled)


def bound_form(data: dict[str, Any]) -> SubmissionForm:
    form = SubmissionForm(data)
    assert form.is_valid(), form.errors
    form.refresh_token()
    return form


def test_the_empty_form_is_crispys() -> None:
    crispy, compiled = render_both(SubmissionForm())
    assert compiled == crispy
    assert 'name="what_happened"' in compiled


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_any_text_in_any_field_is_rendered_as_crispy_renders_it(
    story_form_data: dict[str, str], text: str
) -> None:
    for name in ("title", "what_happened", "looking_back"):
        value = text if name == "title" else f"{text} and enough words after it."
        crispy, compiled = render_both(bound_form({**story_form_data, name: value}))
        assert compiled == crispy
        assert "<script>" not in compiled


def test_every_choice_of_every_select_is_selected_as_crispy_selects_it(
    story_form_data: dict[str, str],
) -> None:
    roles = ["", *Role.values]
    for theme, outcome, role in itertools.zip_longest(Theme.values, Outcome.values, roles):
        data = {
            **story_form_data,
            "theme": theme or Theme.OTHER,
            "outcome": outcome or Outcome.STILL_DECIDING,
            "role": role or "",
        }
        crispy, compiled = render_both(bound_form(data))
        assert compiled == crispy
        assert compiled.count(" selected>") == 3


def test_empty_optional_sections_are_rendered_as_crispy_renders_them(
    story_form_data: dict[str, str],
) -> None:
    data = {**story_form_data, "what_happened_next": "", "looking_back": "", "role": ""}
    crispy, compiled = render_both(bound_form(data))
    assert compiled == crispy


def test_a_form_with_errors_is_rendered_by_crispy_with_its_errors(
    story_form_data: dict[str, str],
) -> None:
    form = SubmissionForm({**story_form_data, "title": "", "theme": "not-a-theme"})
    assert not form.is_valid()
    crispy, compiled = render_both(form)
    assert compiled == crispy
    assert "is-invalid" in compiled


def test_the_share_page_carries_a_working_csrf_token(
    client: Any, story_form_data: dict[str, str]
) -> None:
    client = type(client)(enforce_csrf_checks=True)
    page = client.get("/share/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token is not None
    data = {**story_form_data, "csrfmiddlewaretoken": token.group(1)}
    del data["send"]
    response = client.post("/share/", data)
    assert response.status_code == 200
    assert "Preview:" in response.content.decode()


def test_a_widget_it_cannot_fill_is_refused() -> None:
    class WithCheckbox(forms.Form):
        agree = forms.BooleanField()

    with pytest.raises(TypeError, match="CheckboxInput"):
        CompiledForm(WithCheckbox)


def test_only_a_form_with_errors_goes_through_crispys_templates_again(
    client: Any, story_form_data: dict[str, str]
) -> None:
    preview = {k: v for k, v in story_form_data.items() if k != "send"}
    client.get("/share/")  # the first page compiles the form (crispy renders it once)
    pages = [client.get("/share/"), client.post("/share/", preview)]
    for response in pages:
        assert response.status_code == 200
        assert not [t.name for t in response.templates if t.name.startswith("bootstrap5/")]
    with_errors = client.post("/share/", {**preview, "title": ""})
    assert with_errors.status_code == 400
    assert "bootstrap5/field.html" in [t.name for t in with_errors.templates]


def test_the_share_form_holds_each_section_once_in_the_models_order() -> None:
    """The section fields are declared on the form one by one: they must stay the model's
    sections, in its order, between the title and the choices."""
    names = list(SubmissionForm().fields)
    sections = [name for name, _, _ in SECTIONS]
    start = names.index(sections[0])
    assert names[start : start + len(sections)] == sections
    assert names.index("title") < start and names.index("theme") > start + len(sections) - 1


def test_each_share_form_has_its_own_fields_widgets_and_messages() -> None:
    # The fields are copied into each form by stories.forms.CopiedField, not by copy.copy:
    # a change to one form's field stays in that form, as with Django's own copy.
    first, second = SubmissionForm(), SubmissionForm()
    for name, field in first.fields.items():
        other = second.fields[name]
        assert type(other) is type(field) and type(other.widget) is type(field.widget)
        assert other is not field and other.widget is not field.widget
        assert other.widget.attrs is not field.widget.attrs
        assert other.error_messages is not field.error_messages
        assert other.validators is not field.validators
    first.fields["title"].widget.attrs["placeholder"] = "only here"
    first.fields["theme"].error_messages["required"] = "only here"
    assert "placeholder" not in second.fields["title"].widget.attrs
    assert second.fields["theme"].error_messages["required"] != "only here"
    assert SubmissionForm().fields["title"].max_length == first.fields["title"].max_length
