"""`make serve`'s static files: WhiteNoise writes a Brotli copy beside the gzip one.

(`collectstatic` with the manifest storage then keeps ``site.<hash>.css.br`` beside
``site.<hash>.css.gz``: checked by hand, since compressing Bootstrap's files takes a minute.)
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from whitenoise.compress import Compressor
from whitenoise.storage import CompressedManifestStaticFilesStorage

from storyshare.storage import StaticFilesStorage

ROOT = Path(__file__).resolve().parent.parent


def test_whitenoise_writes_brotli_and_gzip_copies(tmp_path: Path) -> None:
    css = tmp_path / "site.css"
    shutil.copy(ROOT / "static" / "css" / "site.css", css)
    compressor = Compressor(quiet=True)
    assert compressor.use_brotli, "the Brotli package is missing"
    written = {Path(name).name for name in compressor.compress(str(css))}
    assert written == {"site.css.gz", "site.css.br"}
    assert (tmp_path / "site.css.br").stat().st_size < css.stat().st_size


def test_the_storage_gives_each_address_as_whitenoise_works_it_out(
    tmp_path: Path, settings: Any
) -> None:
    manifest = {"css/site.css": "css/site.0a1b2c.css", "icons/a b&c.svg": "icons/a b&c.3d4e.svg"}
    (tmp_path / "staticfiles.json").write_text(
        json.dumps({"version": "1.1", "paths": manifest, "hash": "5f6a"})
    )
    settings.DEBUG = False
    kept = StaticFilesStorage(location=tmp_path, base_url="/static/")
    asked = CompressedManifestStaticFilesStorage(location=tmp_path, base_url="/static/")
    for name in [*manifest, *manifest, "css/site.css?v=1#top"]:
        assert kept.url(name) == asked.url(name)
    assert kept.url("css/site.css") == "/static/css/site.0a1b2c.css"
    assert kept.url("css/site.css", force=True) == asked.url("css/site.css", force=True)
    for _ in range(2):  # a file missing from the manifest is an error every time
        with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
            kept.url("css/missing.css")
    settings.DEBUG = True
    assert kept.url("css/site.css") == asked.url("css/site.css") == "/static/css/site.css"
