"""Template filters for story text. Story text is only ever marked safe through the sanitiser."""

from django import template
from django.utils.safestring import SafeString

from stories.sanitize import render_inline, render_paragraphs
from stories.wording import Piece, render_pieces

register = template.Library()


@register.filter(name="paragraphs")
def paragraphs(text: str) -> SafeString:
    return render_paragraphs(text or "")


@register.filter(name="inline_text")
def inline_text(text: str) -> SafeString:
    """A title or an excerpt on one line, placeholders marked, through the sanitiser."""
    return render_inline(text or "")


@register.filter(name="word_changes")
def word_changes(pieces: list[Piece]) -> SafeString:
    """The word-level changes of stories.wording, every piece of text escaped."""
    return render_pieces(pieces)
