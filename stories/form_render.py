"""crispy-forms' HTML for a form, rendered once per process and then filled in for each page.

crispy-forms renders the share form through some five thousand template nodes: about 3 ms of
CPU a page, measured, more than the redaction engine takes for the preview of a whole story.
Yet for a form without errors that HTML depends on nothing but the values in the fields and the
CSRF token. So :class:`CompiledForm` has crispy render the form once with a marker in place of
each of those, cuts the HTML at the markers, and then builds each page by joining the pieces
with that page's values, escaped exactly as Django's widget templates escape them. A form with
errors (rare, and never the hot path) is rendered by crispy itself.

tests/stories/test_form_render.py checks, over many values including hostile ones, that the
result is byte for byte what ``{% crispy form %}`` renders.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crispy_forms.utils import render_crispy_form
from django import forms
from django.forms.widgets import Input
from django.middleware.csrf import get_token
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Private-use characters: no label, help text or attribute of a form contains them.
_MARK = "\ue0f0{}\ue0f1"
_CSRF = "csrfmiddlewaretoken"
_NO_CHOICE = "\ue0f2"  # an initial value that is no option, so that no option is selected


def _input_value(value: str | None) -> str:
    # django/forms/widgets/input.html: the value attribute only when there is a value.
    return "" if value is None else f' value="{escape(value)}"'


def _textarea_value(value: str | None) -> str:
    # django/forms/widgets/textarea.html: {% if widget.value %}{{ widget.value }}{% endif %}
    return escape(value) if value else ""


class CompiledForm:
    """The HTML crispy renders for ``form_class``, as pieces between per-page values."""

    def __init__(self, form_class: type[forms.Form]) -> None:
        form = form_class()
        initial: dict[str, str] = {}
        # Each text field's marker as it appears in the HTML, and how to write its value there.
        markers: dict[str, tuple[str, Callable[[str | None], str]]] = {}
        for name, field in form.fields.items():
            widget = field.widget
            if isinstance(widget, forms.Select) and not widget.allow_multiple_selected:
                initial[name] = _NO_CHOICE
            elif isinstance(widget, forms.Textarea):
                initial[name] = _MARK.format(name)
                markers[name] = (_MARK.format(name), _textarea_value)
            elif isinstance(widget, Input) and widget.input_type in ("text", "hidden"):
                initial[name] = _MARK.format(name)
                markers[name] = (f' value="{_MARK.format(name)}"', _input_value)
            else:
                raise TypeError(f"CompiledForm cannot fill a {type(widget).__name__} ({name})")
        form.initial = initial
        html = str(render_crispy_form(form, context={"csrf_token": _MARK.format(_CSRF)}))

        cuts: list[tuple[int, int, str]] = []  # (start, end, slot) of every per-page value
        texts = {_CSRF: _MARK.format(_CSRF), **{name: m for name, (m, _) in markers.items()}}
        for name, marker in texts.items():
            start = html.index(marker)
            cuts.append((start, start + len(marker), name))
        # A select is cut out whole and kept once per option, with that option selected.
        self._selects: dict[str, dict[str, str]] = {}
        for name in initial.keys() - markers.keys():
            start = html.index(f'<select name="{name}"')
            end = html.index("</select>", start) + len("</select>")
            region = html[start:end]
            variants = {_NO_CHOICE: region}
            for value, _label in form.fields[name].choices:
                option = f'<option value="{escape(value)}"'
                variants[str(value)] = region.replace(f"{option}>", f"{option} selected>", 1)
            self._selects[name] = variants
            cuts.append((start, end, name))
        cuts.sort()
        self._pieces: list[str] = []
        self._slots: list[str] = []
        position = 0
        for start, end, name in cuts:
            self._pieces.append(html[position:start])
            self._slots.append(name)
            position = end
        self._pieces.append(html[position:])
        self._fills = {name: fill for name, (_, fill) in markers.items()}

    def render(self, form: forms.Form, csrf_token: str) -> SafeString:
        """``form`` (without errors) as crispy would render it, with this CSRF token."""
        parts = [self._pieces[0]]
        for name, piece in zip(self._slots, self._pieces[1:], strict=True):
            parts.append(self._value(form, name, csrf_token))
            parts.append(piece)
        return mark_safe("".join(parts))  # noqa: S308 - crispy's HTML; every value escaped

    def _value(self, form: forms.Form, name: str, csrf_token: str) -> str:
        if name == _CSRF:
            return escape(csrf_token)
        bound = form[name]
        field = bound.field
        if form.is_bound and not field.disabled:
            # What BoundField.value() shows, without the field's initial value that it works
            # out first and a bound form never shows: the form token's is a newly signed
            # token (an HMAC), thrown away.
            value = field.widget.format_value(
                field.prepare_value(field.bound_data(bound.data, None))
            )
        else:
            value = field.widget.format_value(bound.value())
        if name in self._selects:
            variants = self._selects[name]
            return variants.get(value[0] if value else _NO_CHOICE, variants[_NO_CHOICE])
        return self._fills[name](value)


_compiled: dict[type[forms.Form], CompiledForm] = {}


def render_form(form: forms.Form, context: Any) -> SafeString:
    """``{% crispy form %}``, from the compiled pieces unless the form shows errors."""
    request = context.get("request")
    if request is None or (form.is_bound and form.errors):
        return render_crispy_form(form, context=context.flatten())
    compiled = _compiled.get(type(form))
    if compiled is None:
        compiled = _compiled[type(form)] = CompiledForm(type(form))
    return compiled.render(form, get_token(request))
