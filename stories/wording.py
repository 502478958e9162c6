"""What changed between two versions of a text, word by word, as safe HTML.

The submitter sees what the moderator changed in their story before approving it (/status/),
and the moderator sees what they changed before sending it (the admin's change page). Both
read the same rendering: unchanged text as it is, deletions in ``<del>`` and insertions in
``<ins>``, each starting with a visually hidden "removed:" or "added:" so that a screen reader
(and anyone who cannot tell the colours apart) knows which is which.

Words are runs of characters between whitespace, punctuation included ("Acme," is one word),
as ``git diff --word-diff`` does: a combining accent or an emoji sequence never splits from its
letter. Each word carries the whitespace after it; whitespace alone never counts as a change.

difflib is quadratic or worse on texts with many small matches, so the texts are first
anchored on words found once on each side, difflib compares only the small gaps between anchors
(``SMALL_CELLS``), and once ``WORK_BUDGET`` is spent what is left shows as one replacement
(``bench/diff_cost.py`` prints what the worst cases cost).

>>> str(render_changes("Jonas said no.", "[PERSON 1] said no."))
'<del><span class="visually-hidden">removed: </span>Jonas</del> \
<ins><span class="visually-hidden">added: </span>[PERSON 1]</ins> said no.'
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter, deque
from dataclasses import dataclass
from enum import StrEnum

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from stories.sanitize import normalise_text

# The comparison's work is bounded whatever the texts: difflib is cubic on texts made of a few
# common words (seconds for 20,000 characters), so it only runs on gaps of at most SMALL_CELLS
# (old words times new words) between anchors, and the comparison stops refining once it has
# spent WORK_BUDGET (words scanned plus difflib's cells): what is left shows as removed, then
# added. bench/diff_cost.py prints what the worst cases cost.
SMALL_CELLS = 10_000
WORK_BUDGET = 600_000

_WORDS = re.compile(r"\s+|\S+\s*")

Region = tuple[int, int, int, int]  # old[alo:ahi] against new[blo:bhi]
Match = tuple[int, int, int]  # old[i:i + size] == new[j:j + size]


class Change(StrEnum):
    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text that is in both versions, only in the old one, or only in the new one."""

    change: Change
    text: str


def _key(token: str) -> str:
    """What two tokens are compared on: the word without its whitespace (or the whitespace)."""
    return token.rstrip() or " "


def _trim(old: list[str], new: list[str], region: Region) -> tuple[list[Match], Region]:
    """The region's common start and end as matches, and what is left between them."""
    alo, ahi, blo, bhi = region
    while alo < ahi and blo < bhi and old[alo] == new[blo]:
        alo, blo = alo + 1, blo + 1
    while ahi > alo and bhi > blo and old[ahi - 1] == new[bhi - 1]:
        ahi, bhi = ahi - 1, bhi - 1
    start, end = alo - region[0], region[1] - ahi
    matches = [(region[0], region[2], start), (ahi, bhi, end)]
    return [m for m in matches if m[2]], (alo, ahi, blo, bhi)


def _anchors(old: list[str], new: list[str], region: Region) -> list[Match]:
    """Words found exactly once on each side, in an order both sides agree on (patience diff)."""
    alo, ahi, blo, bhi = region
    count_old, count_new = Counter(old[alo:ahi]), Counter(new[blo:bhi])
    where_new = {new[j]: j for j in range(blo, bhi) if count_new[new[j]] == 1}
    pairs = [
        (i, where_new[old[i]])
        for i in range(alo, ahi)
        if count_old[old[i]] == 1 and old[i] in where_new
    ]
    return [(i, j, 1) for i, j in _longest_increasing(pairs)]


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (in order of their first item) whose second items rise."""
    tail_values: list[int] = []  # the smallest last second item of a run of each length
    tail_index: list[int] = []
    previous: list[int] = []
    for k, (_, j) in enumerate(pairs):
        length = bisect.bisect_left(tail_values, j)
        previous.append(tail_index[length - 1] if length else -1)
        tail_values[length : length + 1] = [j]
        tail_index[length : length + 1] = [k]
    run, k = [], tail_index[-1] if tail_index else -1
    while k >= 0:
        run.append(pairs[k])
        k = previous[k]
    return run[::-1]


def _small_matches(old: list[str], new: list[str], region: Region) -> list[Match]:
    """difflib's matches inside a small region, in the texts' positions."""
    alo, ahi, blo, bhi = region
    matcher = difflib.SequenceMatcher(None, old[alo:ahi], new[blo:bhi], autojunk=False)
    return [(alo + i, blo + j, size) for i, j, size in matcher.get_matching_blocks() if size]


def _matches(old: list[str], new: list[str]) -> list[Match]:
    """Matching runs of ``old`` and ``new``, in order, found within WORK_BUDGET."""
    found: list[Match] = []
    budget = WORK_BUDGET
    regions: deque[Region] = deque([(0, len(old), 0, len(new))])
    while regions:
        trimmed, region = _trim(old, new, regions.popleft())
        found.extend(trimmed)
        alo, ahi, blo, bhi = region
        cells = (ahi - alo) * (bhi - blo)
        if cells == 0 or budget <= 0:
            continue
        if cells <= SMALL_CELLS:
            budget -= cells
            found.extend(_small_matches(old, new, region))
            continue
        budget -= (ahi - alo) + (bhi - blo)
        previous = (alo, blo)
        for i, j, size in _anchors(old, new, region):
            found.append((i, j, size))
            regions.append((previous[0], i, previous[1], j))
            previous = (i + size, j + size)
        if previous != (alo, blo):
            regions.append((previous[0], ahi, previous[1], bhi))
    return sorted(found)


def compare_texts(old: str, new: str) -> list[Piece]:
    """The pieces that turn ``old`` into ``new``, word by word.

    >>> compare_texts("a big dog", "a dog")
    [Piece(change=<Change.SAME: 'same'>, text='a '), \
Piece(change=<Change.REMOVED: 'removed'>, text='big '), \
Piece(change=<Change.SAME: 'same'>, text='dog')]
    """
    old_words = _WORDS.findall(normalise_text(old))
    new_words = _WORDS.findall(normalise_text(new))
    pieces: list[Piece] = []
    i = j = 0
    for mi, mj, size in [
        *_matches(_keys(old_words), _keys(new_words)),
        (len(old_words), len(new_words), 0),
    ]:
        pieces.append(Piece(Change.REMOVED, "".join(old_words[i:mi])))
        pieces.append(Piece(Change.ADDED, "".join(new_words[j:mj])))
        pieces.append(Piece(Change.SAME, "".join(new_words[mj : mj + size])))
        i, j = mi + size, mj + size
    return [piece for piece in pieces if piece.text]


def _keys(words: list[str]) -> list[str]:
    return [_key(word) for word in words]


def _marked(tag: str, label: str, text: str) -> str:
    """``text`` escaped inside ``tag``, its trailing whitespace left outside (not underlined)."""
    core = text.rstrip()
    if not core:
        return escape(text)
    tail = text[len(core) :]
    hidden = f'<span class="visually-hidden">{label}: </span>'
    return f"<{tag}>{hidden}{escape(core)}</{tag}>{escape(tail) or ' '}"


def render_pieces(pieces: list[Piece]) -> SafeString:
    """HTML for ``pieces``: every character of text escaped, only our own three tags added."""
    html = []
    for piece in pieces:
        if piece.change is Change.SAME:
            html.append(escape(piece.text))
        elif piece.change is Change.REMOVED:
            html.append(_marked("del", "removed", piece.text))
        else:
            html.append(_marked("ins", "added", piece.text))
    return mark_safe("".join(html).rstrip())  # noqa: S308 - every piece of text is escaped


def render_changes(old: str, new: str) -> SafeString:
    """The word-level changes from ``old`` to ``new`` as safe HTML (see the module's example)."""
    return render_pieces(compare_texts(old, new))


def has_changes(pieces: list[Piece]) -> bool:
    """True when ``pieces`` add or remove a word (not only whitespace)."""
    return any(piece.change is not Change.SAME and piece.text.strip() for piece in pieces)


# A placeholder the engine writes ("[PERSON 1]", "[ORG 12]"): a kind in capitals and a number.
PLACEHOLDER = re.compile(r"\[([A-Z]+) ([1-9][0-9]{0,3})\]")
# What comes before a placeholder that starts a sentence: the start of the text or of a line,
# or a full stop and a space, then perhaps an opening quote.
_SENTENCE_START = re.compile(r"(?:^|[.!?\u2026][\"'\u201d\u2019)]*\s+|\n\s*)[\"'\u201c\u2018(]*$")
DESCRIPTION_MAX_LENGTH = 80


def placeholders_in(texts: dict[str, str]) -> list[str]:
    """The distinct placeholders in ``texts``, by kind then number.

    >>> placeholders_in({"a": "[ORG 2] and [PERSON 1]", "b": "[PERSON 1], [PERSON 10]"})
    ['[ORG 2]', '[PERSON 1]', '[PERSON 10]']
    """
    found = {
        m.group(0): (m.group(1), int(m.group(2)))
        for t in texts.values()
        for m in PLACEHOLDER.finditer(t)
    }
    return sorted(found, key=found.__getitem__)


def rename_placeholder(texts: dict[str, str], placeholder: str, description: str) -> dict[str, str]:
    """``texts`` with every ``placeholder`` replaced by ``description``, in every part.

    A description that starts a sentence gets a capital letter there, and only there.

    >>> rename_placeholder({"t": "[PERSON 1] asked. I told [PERSON 1] no."}, "[PERSON 1]", "a CPO")
    {'t': 'A CPO asked. I told a CPO no.'}
    """
    if not PLACEHOLDER.fullmatch(placeholder):
        raise ValueError(f"not a placeholder: {placeholder!r}")
    capitalised = description[:1].upper() + description[1:]

    def rename(text: str) -> str:
        out, position = [], 0
        for match in re.finditer(re.escape(placeholder), text):
            out.append(text[position : match.start()])
            window = max(0, match.start() - 12)
            starts = _SENTENCE_START.search(text, window, match.start()) is not None
            out.append(capitalised if starts else description)
            position = match.end()
        return "".join(out) + text[position:]

    return {name: rename(text) for name, text in texts.items()}
