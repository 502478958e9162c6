"""``{% link 'stories:feed' %}``: ``{% url 'stories:feed' %}``, reversed once per process.

Every page repeats the same dozen links in its header and footer, and ``{% url %}`` reverses
each of them on every page (~12 µs each). An address without arguments depends only on the
URLconf and the script prefix, so it is kept under both: ``override_settings(ROOT_URLCONF=...)``
or a server mounted under a prefix still get their own. Both are read once per page, not per
link (each is a thread-local lookup). For names that take arguments, ``{% url %}`` as usual.
"""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.conf import settings
from django.template.base import Parser, Token
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape

register = template.Library()

_PAGE_KEY = "stories.links"  # where a page's rendering keeps its URLconf and addresses


@register.tag
def link(parser: Parser, token: Token) -> LinkNode:
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "'\"" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError("{% link %} takes one quoted URL name.")
    return LinkNode(bits[1][1:-1])


class LinkNode(template.Node):
    def __init__(self, name: str) -> None:
        self.name = name

    def render(self, context: template.Context) -> str:
        page = context.render_context.get(_PAGE_KEY)
        if page is None:
            urlconf = get_urlconf() or settings.ROOT_URLCONF
            page = (urlconf, _addresses(urlconf, get_script_prefix()))
            context.render_context[_PAGE_KEY] = page
        urlconf, addresses = page
        address = addresses.get(self.name)
        if address is None:
            # reverse() reads the script prefix itself: the one these addresses are kept under.
            address = addresses[self.name] = reverse(self.name, urlconf=urlconf)
        return conditional_escape(address) if context.autoescape else address


@lru_cache(maxsize=64)
def _addresses(urlconf: str, prefix: str) -> dict[str, str]:
    """The addresses reversed so far under this URLconf and script prefix (kept per process)."""
    return {}
