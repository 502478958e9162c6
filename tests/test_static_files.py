"""`make serve`'s static files: WhiteNoise writes a Brotli copy beside the gzip one.

(`collectstatic` with the manifest storage then keeps ``site.<hash>.css.br`` beside
``site.<hash>.css.gz``: checked by hand, since compressing Bootstrap's files takes a minute.)
"""

from __future__ import annotations

import shutil
from pathlib import Path

from whitenoise.compress import Compressor

ROOT = Path(__file__).resolve().parent.parent


def test_whitenoise_writes_brotli_and_gzip_copies(tmp_path: Path) -> None:
    css = tmp_path / "site.css"
    shutil.copy(ROOT / "static" / "css" / "site.css", css)
    compressor = Compressor(quiet=True)
    assert compressor.use_brotli, "the Brotli package is missing"
    written = {Path(name).name for name in compressor.compress(str(css))}
    assert written == {"site.css.gz", "site.css.br"}
    assert (tmp_path / "site.css.br").stat().st_size < css.stat().st_size
