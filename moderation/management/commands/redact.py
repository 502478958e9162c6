"""python manage.py redact FILE (or - for stdin): print the redacted text, or the findings."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from moderation.redaction import find_identifiers, redact


class Command(BaseCommand):
    help = "Redact a text file (or standard input with -): print it with placeholders."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="a UTF-8 text file, or - for standard input")
        parser.add_argument("--json", action="store_true", help="print the findings as JSON")

    def handle(self, *args: Any, file: str, json: bool, **options: Any) -> None:
        text = self._read(file, options.get("stdin") or sys.stdin)
        if json:
            findings = [asdict(finding) for finding in find_identifiers(text)]
            self.stdout.write(_dumps(findings))
        else:
            self.stdout.write(redact(text), ending="" if text.endswith("\n") else "\n")

    stealth_options = ("stdin",)

    @staticmethod
    def _read(file: str, stdin: Any) -> str:
        if file == "-":
            return stdin.read()
        try:
            return Path(file).read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise CommandError(f"No such file: {file}") from exc
        except UnicodeDecodeError as exc:
            raise CommandError(f"{file} is not UTF-8 text.") from exc


def _dumps(findings: list[dict[str, Any]]) -> str:
    return json.dumps(findings, ensure_ascii=False, indent=2)
