"""The redaction engine's worst case: `.venv/bin/python bench/redaction_worst_case.py`.

Generates hostile stories at the share form's limit (20,000 characters): repetitions of every
token class (capitalised words, lower-case words, digit runs, initials, e-mail- and URL-like
strings, honorifics, dates, IDs...) joined by every punctuation joiner (space, hyphen, dot,
comma, slash, @, colon, apostrophe, underscore, newline, nothing...). Each is timed through
`find_identifiers` (best of --repeat runs, CPU time of this process) against ordinary prose
of the same length (stories of the team corpus, end to end), and the ratio printed; the worst
comes last. Bar of issue 11: every input <= 5x prose.

It prints figures; it is not a test (tests/moderation/test_redaction_worst_case.py bounds the
same inputs generously).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LENGTH = 20_000
"""The share form's limit on a story, in characters."""
BAR = 5.0

TOKEN_CLASSES: dict[str, tuple[str, ...]] = {
    "capitalised": ("Maria", "Kowalski", "Acme", "Berlin", "Table", "Project"),
    "lower": ("table", "priya", "report", "the", "de", "van"),
    "upper": ("NASA", "AB", "GDPR", "UK", "IT", "MK"),
    "digits": ("12", "2024", "0803", "123456", "7", "44"),
    "long-digits": ("12345678901234567890",),
    "initials": ("J.", "T.R.", "A.", "M.K.", "B.", "S."),
    "letters": ("a", "I", "b", "X", "J", "K"),
    "alnum": ("A1", "B2C", "x86", "ID123", "3rd", "4G"),
    "email-like": ("jane.doe@acme.com", "a@b.io", "x.y@z"),
    "url-like": ("https://acme.com/a", "www.x.org", "acme.co.uk", "x.io/p"),
    "handle": ("@jane", "#tag", "u/name", "r/sub"),
    "honorific": ("Dr.", "Mr", "Mrs.", "Prof", "Pak", "Ms."),
    "date": ("3 March 2024", "2024-03-03", "03/04/2024", "Q3", "14th", "March"),
    "id": ("AB-123456", "JIRA-4521", "123-45-6789", "GB82WEST12345698765432", "ABCDE1234F"),
    "phone": ("+44 20 7946 0958", "0803 123 4567", "(555) 010-9999", "+1"),
    "org-words": ("Ltd", "Inc.", "Bank", "Team", "Ministry", "of"),
    "place-words": ("Street", "Road", "Flat", "12B", "Sector", "Colonia"),
    "cues": ("said", "my manager", "at", "from", "called", "named"),
    "mixed-case": ("McDonald", "O'Neil", "DeVries", "iPhone", "al-Amin", "MacLeod"),
    "non-latin": ("東京", "Привет", "علي", "José", "Müller", "Łódź"),
    # the forms added in the round of the sixth holdout: lists with the writer, spoken
    # numbers and dates, shouted words, chat speakers, keyed codes, regions and loose dates
    "writer-lists": ("me", "tunde", "and", "i", "n", "ada"),
    "spoken": ("one", "zero", "double", "fourth", "of", "march"),
    "shouted": ("MY", "DIRECTOR", "BRAD", "TOLD", "THE", "WHOLE"),
    "speakers": ("Fi:", "Big Mike 10:02:", "kemi:", "dmitri.k [10:14]", "Grant, Mark [11:02]"),
    "codes": ("user_id=u-1", "sha256:ab12cd34ef56", "commit", "a3f9c21", "REC 22/SW/0187"),
    "regions": ("Gauteng", "hampshire", "Jl.", "No.", "RT 05/RW 02", "Cad."),
    "loose-dates": ("end-Jan", "jan-24", "early", "w/c", "mid-Q3", "22/23"),
    # the forms of the round of the ninth holdout: places after "along"/"sa" and roads,
    # titled lower-case names, message headers, lower-case firms, ranges, postcode stories
    "lower-places": ("along", "kilimani", "road", "sa", "cubao", "flat in"),
    "titled": ("puan", "rosnah", "da", "kuya", "mukoma", "sourav"),
    "headers": ("Moumita Sen  4:15 PM", "nikos_k \u2014 14/03/2024 21:14", "ok"),
    "firms": ("at", "kasi", "credit", "mobile", "money", "ltd"),
    "ranges": ("3", "to", "19", "November", "and", "postcode"),
    # the forms of the eighth round: numbered logins, bare codes, places of a kind, acting
    # acronyms, seasons and days of other languages, addresses spelled out
    "logins": ("akowalczyk02", "zhou_sz88", "nightshift_nurse_22", "x.y12", "ab_", "cd99"),
    "bare-codes": ("in", "04100", "and", "60623", "from", "600039"),
    "place-kinds": ("in", "Stone", "Town", "Airport", "City", "South"),
    "acronyms": ("KTS", "had", "la", "CNDP", "with", "ICBC"),
    "world-dates": ("h\u00f6sten", "2022", "verano", "de", "le", "2 mai"),
    "spelled": ("ab", "dot", "cd", "at", "punto", "underscore"),
    # the forms of the round of the thirteenth holdout: month edges and seasons of other
    # languages, calendar weeks, named streets, legal-ended firms, titled particles, places
    # listed together, work cues of other languages
    "world-edges": ("fin", "ao\u00fbt", "Nisan", "sonu", "2024", "tavasz"),
    "weeks": ("KW", "16/2023", "ika-5", "ng", "Marso", "siebten"),
    "streets": ("rue", "de", "Belleville", "calle", "via", "Padova"),
    "legal-firms": ("lumen", "data", "ltd", "amanah", "berhad", "srl"),
    "titled-particles": ("Mr.", "van", "der", "Wyk", "meneer", "de"),
    "listed-places": ("in", "eastleigh", "or", "kibera", "and", "mbare"),
    "work-cues": ("analyst", "di", "lumbung", "trabajo", "en", "kuali"),
    "review-acts": ("reverted", "by", "jbertrand-dev", "commit", "3f2a", "to"),
    "minutes": ("RA:", "yes.", "WT:", "no", "INV", "2023-0042"),
    "scripts": (
        "\u0622\u0642\u0627\u06cc",
        "\u0631\u0636\u0627",
        "Lee",
        "\ud300\uc7a5\ub2d8",
        "(",
        ")",
    ),
}
"""Token class -> samples, cycled so that caches of single words do not hide the work."""

JOINERS: dict[str, str] = {
    "space": " ",
    "hyphen": "-",
    "dot": ".",
    "dot-space": ". ",
    "comma": ",",
    "comma-space": ", ",
    "slash": "/",
    "at": "@",
    "colon": ":",
    "semicolon": ";",
    "apostrophe": "'",
    "curly-apostrophe": "\u2019",
    "underscore": "_",
    "newline": "\n",
    "blank-line": "\n\n",
    "tab": "\t",
    "none": "",
    "ampersand": " & ",
    "and": " and ",
    "dash": " \u2013 ",
    "plus": "+",
    "hash": "#",
    "parenthesis": "(",
    "quote": '"',
    "pipe": "|",
    "bullet": "\n- ",
    "spelled-dot": " dot ",
    "spelled-at": " at ",
    "spelled-dash": " dash ",
    "spelled-punto": " punto ",
}


SEED = (
    "Jane Smith of Acme Ltd lives at 221B Baker Street, London NW1 6XE (jane@acme.com, "
    "+44 20 7946 0958) since 3 March 2024.\n"
)
"""Findings of every kind before and after the run, so that the steps that compare findings
(address blocks, partial mentions) see the run as a gap too."""


def hostile(samples: tuple[str, ...], joiner: str, length: int = LENGTH) -> str:
    """``samples`` cycled and joined by ``joiner``, between two :data:`SEED` s: ``length``
    characters at most."""
    parts: list[str] = []
    size = 2 * len(SEED)
    for sample in itertools.cycle(samples):
        if size + len(sample) + len(joiner) > length:
            break
        parts.append(sample)
        size += len(sample) + len(joiner)
    return SEED + joiner.join(parts) + SEED


def inputs(length: int = LENGTH) -> Iterator[tuple[str, str]]:
    """(name, text) of every hostile input: each token class with each joiner."""
    for (kind, samples), (joiner_name, joiner) in itertools.product(
        TOKEN_CLASSES.items(), JOINERS.items()
    ):
        yield f"{kind} / {joiner_name}", hostile(samples, joiner, length)


def prose(length: int = LENGTH) -> str:
    """Ordinary prose of ``length`` characters: the team corpus's stories, end to end."""
    corpus = json.loads((ROOT / "tests" / "data" / "redaction_corpus.json").read_text())
    stories: list[str] = [item["full_text"] for item in corpus]
    text = ""
    for story in itertools.cycle(stories):
        text += story + "\n\n"
        if len(text) >= length:
            break
    return text[:length]


def cost(run: Callable[[str], object], text: str, repeat: int) -> float:
    """The best CPU time of ``repeat`` runs of ``run(text)``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run(text)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    """Time every hostile input against prose; print the ratios, the worst last."""
    from moderation.redaction import find_identifiers

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="runs per input (best counts)")
    parser.add_argument(
        "--only", default="", help="only inputs whose name contains one of these (comma-separated)"
    )
    args = parser.parse_args()
    baseline_text = prose()
    find_identifiers(baseline_text)  # warm-up: word lists and caches
    baseline = cost(find_identifiers, baseline_text, args.repeat + 1)
    print(f"ordinary prose, {len(baseline_text)} characters: {baseline * 1000:.0f} ms")
    results: list[tuple[float, str]] = []
    wanted = args.only.split(",")
    for name, text in inputs():
        if not any(part in name for part in wanted):
            continue
        ratio = cost(find_identifiers, text, args.repeat) / baseline
        results.append((ratio, name))
        print(f"{ratio:7.2f}x  {name}", flush=True)
    over = [name for ratio, name in results if ratio > BAR]
    worst, worst_name = max(results)
    print(f"{len(results)} inputs, {len(over)} over {BAR:g}x; worst {worst:.2f}x: {worst_name}")


if __name__ == "__main__":
    main()
