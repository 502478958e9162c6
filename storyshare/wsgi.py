"""WSGI entry point for storyshare.

gunicorn runs no system check, so the ones that would make every request fail (malformed
encryption keys, stories/encryption.py) run here: the server refuses to start, with their
message, instead of answering 500 to every writer.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "storyshare.settings")

application = get_wsgi_application()


def _refuse_to_start_on_serious_checks() -> None:
    from django.core import checks
    from django.core.exceptions import ImproperlyConfigured

    from stories.encryption import CHECK_TAG

    serious = [m for m in checks.run_checks(tags=[CHECK_TAG]) if m.is_serious()]
    if serious:
        raise ImproperlyConfigured("\n".join(f"{m.id}: {m.msg} {m.hint}" for m in serious))


_refuse_to_start_on_serious_checks()
