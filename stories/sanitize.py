"""The one sanitiser: every piece of HTML rendered from user text comes out of here.

Submitters write plain text. It is normalised, escaped, split into paragraphs, given a little
light formatting (``**strong**`` and ``*emphasis*``), placeholders left by the moderators
(``[PERSON 1]``) become a distinct element that says "redacted" to screen readers, and the
result passes through bleach with an allow-list of six tags, whose only attribute is one of two
classes on ``span``. bleach is unmaintained upstream, so it is used only
here, behind ``render_paragraphs``; the Content Security Policy is the second wall.

>>> str(render_paragraphs("Hello <script>alert(1)</script>\\n\\nSecond *one*"))
'<p>Hello &lt;script&gt;alert(1)&lt;/script&gt;</p><p>Second <em>one</em></p>'
"""

from __future__ import annotations

import re
import unicodedata

import bleach
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from moderation.redaction.model import KINDS

ALLOWED_TAGS = frozenset({"p", "br", "em", "strong", "span"})
# The only attribute that survives: a class on span, and only the two classes made here. User
# text is escaped before these spans are added, so a <span class="redacted"> typed by a user
# reaches bleach as text, never as a tag.
SPAN_CLASSES = frozenset({"redacted", "visually-hidden"})
# How a placeholder reads on the public side: "[ORG 2]" is shown as "organisation 2".
PLACEHOLDER_WORDS: dict[str, str] = {
    "PERSON": "person",
    "ORG": "organisation",
    "LOCATION": "place",
    "EMAIL": "email address",
    "PHONE": "phone number",
    "URL": "web address",
    "HANDLE": "account name",
    "DATE": "date",
    "ID": "reference number",
}
_PLACEHOLDER = re.compile(r"\[(" + "|".join(KINDS) + r") ([1-9][0-9]{0,3})\]")


def _span_class_only(tag: str, name: str, value: str) -> bool:
    return tag == "span" and name == "class" and value in SPAN_CLASSES


# Characters that can hide or reorder text on screen (bidi overrides, zero-width marks) or that
# no story needs (C0/C1 controls, NUL). A moderator must read exactly what will be published.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EMPHASIS = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")
_CLEANER = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes={"span": _span_class_only},
    protocols=[],
    strip=True,
    strip_comments=True,
)


def normalise_text(text: str) -> str:
    """Return ``text`` in NFC with Unix newlines and without invisible or control characters.

    >>> normalise_text("cafe\\u0301\\r\\nok\\u202e")
    'café\\nok'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text))


def _placeholder_html(match: re.Match[str]) -> str:
    words = PLACEHOLDER_WORDS[match.group(1)]
    hidden = '<span class="visually-hidden">redacted: </span>'
    return f'<span class="redacted">{hidden}{words} {match.group(2)}</span>'


def mark_placeholders(html: str) -> str:
    """Escaped ``html`` with each placeholder as a ``span.redacted`` (bleach runs after).

    >>> mark_placeholders("[ORG 2] &amp; [NOT 1]")
    '<span class="redacted"><span class="visually-hidden">redacted: </span>organisation 2</span> \
&amp; [NOT 1]'
    """
    return _PLACEHOLDER.sub(_placeholder_html, html)


def _format_paragraph(paragraph: str) -> str:
    html = mark_placeholders(escape(paragraph))
    html = _STRONG.sub(r"<strong>\1</strong>", html)
    html = _EMPHASIS.sub(r"<em>\1</em>", html)
    return "<p>" + html.replace("\n", "<br>") + "</p>"


def render_paragraphs(text: str) -> SafeString:
    """Render plain user text as safe HTML paragraphs."""
    paragraphs = _PARAGRAPH_BREAK.split(normalise_text(text).strip())
    html = "".join(_format_paragraph(p.strip()) for p in paragraphs if p.strip())
    return mark_safe(_CLEANER.clean(html))  # noqa: S308 - bleach output, allow-list only


def render_inline(text: str) -> SafeString:
    """Render plain user text (a title, an excerpt) as safe HTML on one line, placeholders marked.

    >>> str(render_inline("<b>[PERSON 1]</b> said no"))
    '&lt;b&gt;<span class="redacted"><span class="visually-hidden">redacted: </span>person 1\
</span>&lt;/b&gt; said no'
    """
    escaped = escape(" ".join(normalise_text(text).split()))
    html = mark_placeholders(escaped)
    if html == escaped:  # nothing but escaped text: no tag to check (bleach costs ~0.05 ms)
        return mark_safe(escaped)  # noqa: S308 - every character escaped
    return mark_safe(_INLINE_CLEANER.clean(html))  # noqa: S308 - bleach output, allow-list only


_INLINE_CLEANER = bleach.Cleaner(
    tags=frozenset({"span"}),
    attributes={"span": _span_class_only},
    protocols=[],
    strip=True,
    strip_comments=True,
)
# <hr> only separates the excerpts of one page (bleach is run once for all of them): every
# user character is escaped before, so the only tags bleach sees are the ones made here.
_MARK_CLEANER = bleach.Cleaner(
    tags=frozenset({"mark", "hr", "span"}),
    attributes={"span": _span_class_only},
    protocols=[],
    strip=True,
    strip_comments=True,
)
_SEPARATOR = "<hr>"


def render_highlights(texts: list[str], start: str, stop: str) -> list[SafeString]:
    """Render search excerpts whose matches sit between ``start`` and ``stop`` markers.

    Everything is escaped first; only balanced marker pairs become ``<mark>``, stray markers
    are dropped, and the result passes an allow-list of that one tag (and the separator). bleach
    runs once for the whole list: a call costs ~0.05 ms before it reads a character.

    >>> [str(html) for html in render_highlights(["a [b] <i>c</i> [", "<hr>[d]"], "[", "]")]
    ['a <mark>b</mark> &lt;i&gt;c&lt;/i&gt; ', '&lt;hr&gt;<mark>d</mark>']
    """
    if not texts:
        return []
    pair = re.compile(f"{re.escape(start)}(.*?){re.escape(stop)}", re.DOTALL)
    marked = []
    for text in texts:
        html = mark_placeholders(escape(" ".join(normalise_text(text).split())))
        marked.append(pair.sub(r"<mark>\1</mark>", html).replace(start, "").replace(stop, ""))
    cleaned = _MARK_CLEANER.clean(_SEPARATOR.join(marked)).split(_SEPARATOR)
    return [mark_safe(html) for html in cleaned]  # noqa: S308 - bleach output, allow-list only
