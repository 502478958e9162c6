"""Template filters for story text. Story text is only ever marked safe through the sanitiser."""

from django import template
from django.utils.safestring import SafeString

from stories.sanitize import render_paragraphs

register = template.Library()


@register.filter(name="paragraphs")
def paragraphs(text: str) -> SafeString:
    return render_paragraphs(text or "")
