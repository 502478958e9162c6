"""``{% link 'stories:feed' %}``: ``{% url 'stories:feed' %}``, reversed once per process.

Every page repeats the same dozen links in its header and footer, and ``{% url %}`` reverses
each of them on every page (~12 µs each). An address without arguments depends only on the
URLconf and the script prefix, so it is kept under both: ``override_settings(ROOT_URLCONF=...)``
or a server mounted under a prefix still get their own. Both are read once per page, not per
link (each is a thread-local lookup), and each is kept escaped as well (escaping the same
address again cost ~1 µs a link). For names that take arguments, ``{% url %}`` as usual.
"""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.conf import settings
from django.template.base import Parser, Token
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString

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
        kept = addresses.get(self.name)
        if kept is None:
            # reverse() reads the script prefix itself: the one these addresses are kept under.
            address = reverse(self.name, urlconf=urlconf)
            kept = addresses[self.name] = (address, conditional_escape(address))
        return kept[1] if context.autoescape else kept[0]


@lru_cache(maxsize=64)
def _addresses(urlconf: str, prefix: str) -> dict[str, tuple[str, SafeString]]:
    """The addresses reversed so far under this URLconf and script prefix, each as reversed
    and escaped (kept per process)."""
    return {}
