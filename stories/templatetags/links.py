"""``{% link 'stories:feed' %}``: ``{% url 'stories:feed' %}``, reversed once per process.

Every page repeats the same dozen links in its header and footer, and ``{% url %}`` reverses
each of them on every page (~10 µs each, a twentieth of the share preview outside the engine).
An address without arguments depends only on the URLconf and the script prefix, so it is kept
under both: ``override_settings(ROOT_URLCONF=...)`` or a server mounted under a prefix still
get their own. For names that take arguments, ``{% url %}`` as usual.
"""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

register = template.Library()


@register.simple_tag
def link(name: str) -> str:
    return _reverse(get_urlconf() or settings.ROOT_URLCONF, get_script_prefix(), name)


@lru_cache(maxsize=256)
def _reverse(urlconf: str, prefix: str, name: str) -> str:
    # reverse() reads the script prefix itself; it is part of the key so that a process
    # serving under several prefixes keeps one address for each.
    return reverse(name, urlconf=urlconf)
