"""Score the engine on labelled corpora: ``python -m moderation.redaction.evaluate FILE...``.

A corpus is a JSON list of ``{"full_text", "spans": [{"entity_type", "entity_value",
"start_position", "end_position"}]}`` (end exclusive). Rules (see
``shared/benchmarks/pii/README.md``):

* dataset kinds map onto ours (:data:`KIND_MAP`); TITLE, AGE and NRP are not scored;
* recall: a labelled span is caught when at least 90 % of its letters and digits lie inside
  findings (of any kind); a leading honorific (Dr., Mr., Mrs., Ms., Prof.) need not be covered;
* precision: a finding is right when it overlaps a scored labelled span; a finding that
  overlaps only unscored labels (TITLE, AGE, NRP) counts neither way and is left out;
* speed: whitespace-separated words per second through ``find_identifiers``, after a warm-up.

>>> item = Item("Call Dr. Ann Lee", (Span(5, 16, "PERSON"),), ())
>>> score([item], lambda text: [Finding(9, 16, "PERSON", "Ann Lee")]).recall()
1.0
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .engine import find_identifiers
from .model import KINDS, Finding

KIND_MAP: dict[str, str | None] = {
    "PERSON": "PERSON",
    "ORGANIZATION": "ORG",
    "GPE": "LOCATION",
    "STREET_ADDRESS": "LOCATION",
    "ZIP_CODE": "LOCATION",
    "DATE_TIME": "DATE",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "DOMAIN_NAME": "URL",
    "US_SSN": "ID",
    "US_DRIVER_LICENSE": "ID",
    "CREDIT_CARD": "ID",
    "IBAN_CODE": "ID",
    "IP_ADDRESS": "ID",
    "TITLE": None,
    "AGE": None,
    "NRP": None,
    **{kind: kind for kind in KINDS},
}
"""Dataset kind to storyshare kind; ``None``: not scored."""

COVER = 0.9
_HONORIFIC = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+")
Finder = Callable[[str], Sequence[Finding]]


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled span; ``kind`` is a storyshare kind or ``None`` when not scored."""

    start: int
    end: int
    kind: str | None


@dataclass(frozen=True, slots=True)
class Item:
    """One labelled text: the spans we score and the ones we do not."""

    text: str
    spans: tuple[Span, ...]
    unscored: tuple[Span, ...]


@dataclass(slots=True)
class Report:
    """Counts per kind, and examples of mistakes for development."""

    caught: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    right: dict[str, int] = field(default_factory=dict)
    judged: dict[str, int] = field(default_factory=dict)
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)

    def recall(self, kind: str | None = None) -> float:
        """Share of labelled spans caught (of one kind, or overall)."""
        caught = self.caught.get(kind, 0) if kind else sum(self.caught.values())
        total = self.total.get(kind, 0) if kind else sum(self.total.values())
        return caught / total if total else 1.0

    def precision(self, kind: str | None = None) -> float:
        """Share of judged findings that overlap a labelled span (of one kind, or overall)."""
        right = self.right.get(kind, 0) if kind else sum(self.right.values())
        judged = self.judged.get(kind, 0) if kind else sum(self.judged.values())
        return right / judged if judged else 1.0


def load_corpus(path: str | Path) -> list[Item]:
    """Read a labelled corpus file, mapping its kinds onto ours."""
    items: list[Item] = []
    for raw in json.loads(Path(path).read_text(encoding="utf-8")):
        spans: list[Span] = []
        unscored: list[Span] = []
        for span in raw.get("spans", []):
            kind = KIND_MAP.get(span["entity_type"])
            target = spans if kind else unscored
            target.append(Span(int(span["start_position"]), int(span["end_position"]), kind))
        items.append(Item(raw["full_text"], tuple(spans), tuple(unscored)))
    return items


def _must_cover(text: str, span: Span) -> list[int]:
    start = span.start
    honorific = _HONORIFIC.match(text[span.start : span.end])
    if honorific is not None:
        start += honorific.end()
    return [i for i in range(start, span.end) if text[i].isalnum()]


def is_caught(text: str, span: Span, findings: Sequence[Finding]) -> bool:
    """Whether at least 90 % of the span's letters and digits lie inside findings."""
    needed = _must_cover(text, span)
    if not needed:
        return True
    inside = sum(1 for i in needed if any(f.start <= i < f.end for f in findings))
    return inside >= COVER * len(needed)


def _overlaps(finding: Finding, spans: Sequence[Span]) -> bool:
    return any(finding.start < s.end and s.start < finding.end for s in spans)


def _around(text: str, start: int, end: int, width: int = 70) -> str:
    return text[max(0, start - width) : end + width]


def _score_item(item: Item, findings: Sequence[Finding], report: Report) -> None:
    for span in item.spans:
        kind = span.kind or "?"
        report.total[kind] = report.total.get(kind, 0) + 1
        if is_caught(item.text, span, findings):
            report.caught[kind] = report.caught.get(kind, 0) + 1
        else:
            report.misses.append(
                (kind, item.text[span.start : span.end], _around(item.text, span.start, span.end))
            )
    for finding in findings:
        if _overlaps(finding, item.spans):
            report.right[finding.kind] = report.right.get(finding.kind, 0) + 1
        elif _overlaps(finding, item.unscored):
            continue
        else:
            report.false_positives.append(
                (finding.kind, finding.text, _around(item.text, finding.start, finding.end))
            )
        report.judged[finding.kind] = report.judged.get(finding.kind, 0) + 1


def score(items: Sequence[Item], finder: Finder = find_identifiers) -> Report:
    """Score ``finder`` on labelled items."""
    report = Report()
    for item in items:
        _score_item(item, finder(item.text), report)
    return report


def words_per_second(texts: Sequence[str], passes: int = 3) -> float:
    """Whitespace-separated words per second through ``find_identifiers`` after a warm-up."""
    find_identifiers(texts[0] if texts else "warm up")
    words = sum(len(text.split()) for text in texts) * passes
    began = time.perf_counter()
    for _ in range(passes):
        for text in texts:
            find_identifiers(text)
    return words / max(time.perf_counter() - began, 1e-9)


def format_report(name: str, report: Report) -> str:
    """A per-kind table of recall and precision, then the overall figures."""
    lines = [f"== {name}", f"{'kind':<10}{'recall':>22}{'precision':>22}"]
    for kind in KINDS:
        if kind not in report.total and kind not in report.judged:
            continue
        recall = (
            f"{report.recall(kind):.3f} ({report.caught.get(kind, 0)}/{report.total.get(kind, 0)})"
        )
        right, judged = report.right.get(kind, 0), report.judged.get(kind, 0)
        precision = f"{report.precision(kind):.3f} ({right}/{judged})"
        lines.append(f"{kind:<10}{recall:>22}{precision:>22}")
    overall_recall = (
        f"{report.recall():.3f} ({sum(report.caught.values())}/{sum(report.total.values())})"
    )
    overall_precision = (
        f"{report.precision():.3f} ({sum(report.right.values())}/{sum(report.judged.values())})"
    )
    lines.append(f"{'overall':<10}{overall_recall:>22}{overall_precision:>22}")
    return "\n".join(lines)


def _examples(report: Report, count: int) -> str:
    lines = ["-- missed spans (kind | span | text)"]
    lines += [f"{k} | {v!r} | {t[:160]!r}" for k, v, t in report.misses[:count]]
    lines.append("-- false positives (kind | finding | text)")
    lines += [f"{k} | {v!r} | {t[:160]!r}" for k, v, t in report.false_positives[:count]]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+", help="labelled JSON corpus files")
    parser.add_argument(
        "--misses", type=int, default=0, help="print N missed spans and false positives"
    )
    parser.add_argument("--passes", type=int, default=3, help="timed passes for the speed figure")
    args = parser.parse_args(argv)
    for path in args.corpus:
        items = load_corpus(path)
        report = score(items)
        print(format_report(path, report))
        speed = words_per_second([item.text for item in items], args.passes)
        print(f"speed     {speed:,.0f} words/s")
        if args.misses:
            print(_examples(report, args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
