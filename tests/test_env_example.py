""".env.example and the code agree: every variable it names is one storyshare reads, in a syntax
both `set -a; . ./.env` and systemd's EnvironmentFile= accept; no code reads a .env file."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSIGNMENT = re.compile(r"^(#\s*)?([A-Z][A-Z0-9_]*)=(\S*)$")
READERS = ("storyshare/settings.py", "gunicorn.conf.py")


def test_every_variable_in_env_example_is_read_by_the_code() -> None:
    code = "".join((ROOT / name).read_text(encoding="utf-8") for name in READERS)
    names = set()
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        match = ASSIGNMENT.match(line)
        if match:
            names.add(match.group(2))
        else:  # a comment (or blank line), never a line a shell or systemd would misread
            assert line == "" or line.startswith("#"), line
    assert {"DJANGO_SECRET_KEY", "STORYSHARE_ENCRYPTION_KEYS", "DATABASE_URL"} <= names
    unread = sorted(name for name in names if f'"{name}"' not in code)
    assert not unread, f".env.example names variables nothing reads: {unread}"


def test_no_code_reads_a_dotenv_file() -> None:
    sources = [*ROOT.glob("storyshare/*.py"), *ROOT.glob("stories/**/*.py"), ROOT / "manage.py"]
    for path in [*sources, ROOT / "gunicorn.conf.py"]:
        text = path.read_text(encoding="utf-8")
        assert "dotenv" not in text and '".env"' not in text, path
