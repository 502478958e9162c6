"""``{% crispy_compiled form %}``: ``{% crispy form %}``, from pieces rendered once per process."""

from __future__ import annotations

from django import forms, template
from django.utils.safestring import SafeString

from stories.form_render import render_form

register = template.Library()


@register.simple_tag(takes_context=True)
def crispy_compiled(context: template.Context, form: forms.Form) -> SafeString:
    return render_form(form, context)
