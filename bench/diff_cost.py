"""What the word-level diff (stories/wording.py) costs on its worst cases: it prints figures.

    .venv/bin/python bench/diff_cost.py

Each case is a pair of texts of about 20,000 characters (a whole story at its limit); each is
timed as the best of three runs of ``render_changes``, with the number of words the diff
keeps (words shown unchanged) and removes. The figures are for the README's claim that
the diff stays cheap whatever the texts; it is not a test.
"""

from __future__ import annotations

import json
import os
import random
import string
import sys
import time
from collections.abc import Callable

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "storyshare.settings")
os.environ.setdefault("DJANGO_DEBUG", "true")

import django

django.setup()

from stories import wording  # noqa: E402

SIZE = 20_000


def words(rng: random.Random, alphabet: str, *, paragraph_every: int = 60) -> str:
    """About SIZE characters of random words, with a paragraph break every so often."""
    out: list[str] = []
    length = 0
    while length < SIZE:
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 9)))
        sep = "\n\n" if len(out) % paragraph_every == paragraph_every - 1 else " "
        out.append(word + sep)
        length += len(word) + len(sep)
    return "".join(out)[:SIZE]


def one_letter_in_every_word(text: str) -> str:
    """``text`` with the first letter of every word changed: no word is left equal."""
    return " ".join(("z" if w[:1] != "z" else "y") + w[1:] for w in text.split(" "))


def one_letter_every_other_word(text: str) -> str:
    """Every second word changed by one letter: the most small matches difflib can meet."""
    out = text.split(" ")
    for i in range(0, len(out), 2):
        out[i] = ("z" if out[i][:1] != "z" else "y") + out[i][1:]
    return " ".join(out)


def common_words(rng: random.Random, vocabulary: int, count: int = 3500) -> list[str]:
    """``count`` words drawn from ``vocabulary`` made-up words: every word repeats often."""
    return [f"w{rng.randrange(vocabulary)}" for _ in range(count)]


def every_third_changed(text: list[str]) -> list[str]:
    return [word if i % 3 else word + "x" for i, word in enumerate(text)]


def prose() -> str:
    """About SIZE characters of the demo stories' text: real sentences, real word frequencies."""
    with open(os.path.join(os.path.dirname(__file__), "..", "stories", "demo_stories.json")) as f:
        stories = json.load(f)
    parts = ("what_happened", "what_you_did", "what_happened_next", "looking_back")
    return "\n\n".join(s[k] for s in stories for k in parts if s.get(k))[:SIZE]


def every_nth_word_a_placeholder(text: str, n: int) -> str:
    """What a moderator does: replace a word here and there with a placeholder."""
    out = text.split(" ")
    return " ".join(f"[PERSON {i}]" if i % n == n // 2 else w for i, w in enumerate(out))


def anchored_blocks(rng: random.Random) -> tuple[str, str]:
    """Unique words every 100 words, two common words between: the most difflib work allowed."""
    old: list[str] = []
    new: list[str] = []
    while sum(len(w) + 1 for w in old) < SIZE:
        anchor = f"anchor{len(old)}"
        old += [anchor, *(rng.choice("ab") for _ in range(99))]
        new += [anchor, *(rng.choice("ab") for _ in range(99))]
    return " ".join(old)[:SIZE], " ".join(new)[:SIZE]


def cases() -> dict[str, tuple[str, str]]:
    rng = random.Random(13)  # noqa: S311 - repeatable test texts, not secrets
    lower = string.ascii_lowercase
    base = words(rng, lower)
    story = prose()
    few = common_words(rng, 6)
    hundred = common_words(rng, 400)
    return {
        "share nothing (two random texts, other letters)": (
            words(rng, lower[:13]),
            words(rng, lower[13:]),
        ),
        "differ by one letter in every word": (base, one_letter_in_every_word(base)),
        "differ by one letter in every other word": (base, one_letter_every_other_word(base)),
        "6 common words, shuffled": (" ".join(few), " ".join(rng.sample(few, len(few)))),
        "400 common words, every third changed": (
            " ".join(hundred),
            " ".join(every_third_changed(hundred)),
        ),
        "prose, every 40th word a placeholder": (story, every_nth_word_a_placeholder(story, 40)),
        "prose, every 8th word a placeholder": (story, every_nth_word_a_placeholder(story, 8)),
        "unique word every 100, two common words between": anchored_blocks(rng),
        "identical": (base, base),
    }


def best_of_three(run: Callable[[], object]) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    print(f"{'case':<45} {'chars old/new':>13} {'words kept':>10} {'removed':>8} {'ms':>7}")
    for name, (old, new) in cases().items():
        seconds = best_of_three(lambda old=old, new=new: wording.render_changes(old, new))
        pieces = wording.compare_texts(old, new)
        kept = sum(len(p.text.split()) for p in pieces if p.change is wording.Change.SAME)
        removed = sum(len(p.text.split()) for p in pieces if p.change is wording.Change.REMOVED)
        sizes = f"{len(old)}/{len(new)}"
        print(f"{name:<45} {sizes:>13} {kept:>10} {removed:>8} {seconds * 1000:>7.1f}")


if __name__ == "__main__":
    main()
