"""python manage.py redact FILE | - [--json]"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

TEXT = "Jonas Albrecht at Acme GmbH emailed jonas@acme.example on 2022-10-06. Jonas left.\n"


def test_it_prints_the_redacted_text_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    out = io.StringIO()
    call_command("redact", str(path), stdout=out)
    printed = out.getvalue()
    assert "Jonas" not in printed and "jonas@acme.example" not in printed
    assert printed.startswith(
        "[PERSON 1] at [ORG 1] emailed [EMAIL 1] on [DATE 1]. [PERSON 1] left."
    )


def test_it_reads_standard_input_and_prints_findings_as_json() -> None:
    out = io.StringIO()
    call_command("redact", "-", json=True, stdin=io.StringIO(TEXT), stdout=out)
    findings = json.loads(out.getvalue())
    kinds = {finding["kind"] for finding in findings}
    assert {"PERSON", "ORG", "EMAIL", "DATE"} <= kinds
    for finding in findings:
        assert TEXT[finding["start"] : finding["end"]] == finding["text"]


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="No such file"):
        call_command("redact", str(tmp_path / "nope.txt"), stdout=io.StringIO())


def test_a_file_that_is_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("redact", str(path), stdout=io.StringIO())
