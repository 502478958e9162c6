"""The static files' storage of `make serve` and production: WhiteNoise's, with each file's
address worked out once per process.

``{% static %}`` asks the storage for a file's address on every page (base.html, twice): the
manifest's hashed name, then quoting, splitting and joining it to STATIC_URL, ~14 µs a call.
With the manifest, which is read when the storage is made, that address depends on the name
alone, so the storage keeps each one it has worked out. In debug mode Django gives the
unhashed name instead, and ``force`` asks for the hashed one: both ask WhiteNoise every time.
Post-processing (``collectstatic``) changes the manifest, so it forgets them all.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._urls: dict[str, str] = {}

    def url(self, name: str | None, force: bool = False) -> str:
        if force or settings.DEBUG or name is None:
            return super().url(name, force)
        url = self._urls.get(name)
        if url is None:  # a missing file raises (manifest_strict), and is not kept
            url = self._urls[name] = super().url(name)
        return url

    def post_process(self, *args: Any, **kwargs: Any) -> Any:
        self._urls.clear()
        yield from super().post_process(*args, **kwargs)
        self._urls.clear()
