"""Does a CRF over word tokens, joined to the rules, add recall on unseen writing?

``PYTHONPATH=. .venv/bin/python bench/crf_experiment.py [--generated N] [--folds dev,dev2]``

Leave one corpus out over the ten development sets: a CRF (python-crfsuite, BIO labels) is
trained on the other nine, ``redaction_corpus.json`` and ``N`` generated stories
(:func:`generate_stories`, templated from Faker's locales, deterministic), then the held-out
set is scored with the project's scorer for the rules alone and for the rules plus every CRF
span that overlaps no rule finding. The CRF's features: the word lower-cased, its shape,
prefixes and suffixes, capitals, sentence start, title-case line, the engine's word flags,
the characters around it, the same for the words +-2 around, and whether the rules found it.

The holdouts and ``shared/benchmarks`` are never read: they are kept for honest figures.
Needs ``python-crfsuite`` (not a project dependency: this is an experiment).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from functools import cache
from multiprocessing import Pool
from pathlib import Path

import pycrfsuite  # type: ignore[import-untyped]
from faker import Faker

from moderation.redaction import tokens as tk
from moderation.redaction.engine import find_identifiers
from moderation.redaction.evaluate import Item, load_corpus, score
from moderation.redaction.model import Finding

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DEV_SETS = ["dev"] + [f"dev{n}" for n in range(2, 11)]
CORPUS = DATA / "redaction_corpus.json"
_FLAG_NAMES = {
    name: value
    for name, value in vars(tk).items()
    if name.isupper() and isinstance(value, int) and value & (value - 1) == 0 and value > 0
}
_KIND_LABEL = {"PERSON": "PER", "ORG": "ORG", "LOCATION": "LOC"}
_LABEL_KIND = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOCATION", "OTH": "ID"}


def dev_path(name: str) -> Path:
    """The file of one development set ("dev" -> redaction_messy_dev.json)."""
    return DATA / f"redaction_messy_{name}.json"


def _shape(word: str) -> str:
    shape = re.sub(r"[A-Z]", "X", re.sub(r"[a-z]", "x", re.sub(r"\d", "d", word)))
    return re.sub(r"(.)\1+", r"\1\1", shape)


@cache
def _word_features(word: str, flags: int, cap: bool) -> tuple[str, ...]:
    """What a word says of itself; cached, as the same words recur."""
    lower = word.casefold()
    found = [
        f"w={lower}",
        f"sh={_shape(word)}",
        f"p3={lower[:3]}",
        f"s2={lower[-2:]}",
        f"s3={lower[-3:]}",
        f"s4={lower[-4:]}",
        f"len={min(len(word), 8)}",
        f"cap={cap}",
        f"up={word.isupper()}",
        f"fl={flags & ~(tk.COMMON | tk.DICT)}",
    ]
    found += [f"f:{name}" for name, bit in _FLAG_NAMES.items() if flags & bit]
    return tuple(found)


@cache
def _near_features(offset: int, word: str, flags: int, cap: bool) -> tuple[str, ...]:
    lower = word.casefold()
    names = "".join(name[0] + name[-1] for name, bit in _FLAG_NAMES.items() if flags & bit)
    return (f"{offset}w={lower}", f"{offset}sh={_shape(word)}", f"{offset}c={cap}|{names}")


def _covered(tokens: Sequence[tk.Token], findings: Sequence[Finding]) -> list[str]:
    """Per token: 'B'/'I' when a rule finding covers it (and of which kind), else 'O'."""
    marks = ["O"] * len(tokens)
    index = 0
    for finding in findings:
        while index < len(tokens) and tokens[index].end <= finding.start:
            index += 1
        inner = index
        first = True
        while inner < len(tokens) and tokens[inner].start < finding.end:
            marks[inner] = ("B" if first else "I") + finding.kind[:3]
            first = False
            inner += 1
    return marks


def featurize(
    text: str, tokens: Sequence[tk.Token], findings: Sequence[Finding]
) -> list[list[str]]:
    """The CRF's features for each token of ``text``."""
    marks = _covered(tokens, findings)
    rows: list[list[str]] = []
    count = len(tokens)
    for i, token in enumerate(tokens):
        before = text[token.start - 1] if token.start else "^"
        after = text[token.end] if token.end < len(text) else "$"
        row = [
            *_word_features(token.word, token.flags, token.cap),
            f"ss={token.sentence_start}",
            f"hd={token.heading}",
            f"r={marks[i]}",
            f"cb={before}",
            f"ca={after}",
        ]
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < count:
                near = tokens[j]
                row += _near_features(offset, near.word, near.flags, near.cap)
                row.append(f"{offset}r={marks[j][0]}")
            else:
                row.append(f"{offset}edge")
        rows.append(row)
    return rows


def labels(item: Item, tokens: Sequence[tk.Token]) -> list[str]:
    """BIO labels of the tokens: a token inside a scored span takes its (coarse) kind."""
    out = ["O"] * len(tokens)
    for span in item.spans:
        kind = _KIND_LABEL.get(span.kind or "", "OTH")
        first = True
        for i, token in enumerate(tokens):
            if token.start < span.end and span.start < token.end:
                out[i] = ("B-" if first else "I-") + kind
                first = False
    return out


def prepare(
    items: Sequence[Item], rule_features: bool = True
) -> list[tuple[list[list[str]], list[str]]]:
    """Features and labels of each item, the rules' findings included (unless told not)."""
    prepared = []
    for item in items:
        tokens = tk.tokenize(item.text)
        findings = find_identifiers(item.text) if rule_features else []
        rows = featurize(item.text, tokens, findings)
        prepared.append((rows, labels(item, tokens)))
    return prepared


C1_C2 = (0.05, 0.01)


def train(prepared: Sequence[tuple[list[list[str]], list[str]]], path: str) -> None:
    """Train a CRF (L-BFGS, L1 + L2: :data:`C1_C2`) on prepared sequences, write it to ``path``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for rows, tags in prepared:
        trainer.append(rows, tags)
    trainer.set_params(
        {
            "c1": C1_C2[0],
            "c2": C1_C2[1],
            "max_iterations": 150,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(path)


def crf_spans(text: str, tokens: Sequence[tk.Token], tags: Sequence[str]) -> list[Finding]:
    """Join B/I runs of tags into findings."""
    found: list[Finding] = []
    run: list[int] = []
    kind = ""

    def close() -> None:
        if run:
            start, end = tokens[run[0]].start, tokens[run[-1]].end
            found.append(Finding(start, end, _LABEL_KIND[kind], text[start:end]))

    for i, tag in enumerate(tags):
        if tag == "O":
            close()
            run = []
        elif tag.startswith("B-") or not run or tag[2:] != kind:
            close()
            run, kind = [i], tag[2:]
        else:
            run.append(i)
    close()
    return found


class Combined:
    """Rules, then every CRF span that overlaps no rule finding.

    ``threshold`` 0: the CRF's best tag sequence; otherwise every token the rules left
    uncovered whose probability of being inside an identifier (1 - marginal of "O") reaches
    ``threshold``, runs of them joined.
    """

    def __init__(
        self,
        model: str,
        threshold: float = 0.0,
        rule_features: bool = True,
        confidence: float = 0.0,
    ) -> None:
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(model)
        self.threshold = threshold
        self.confidence = confidence
        self.rule_features = rule_features
        self.added: list[Finding] = []

    def __call__(self, text: str) -> list[Finding]:
        rules = find_identifiers(text)
        tokens = tk.tokenize(text)
        if not tokens:
            return rules
        tags = self.tagger.tag(featurize(text, tokens, rules if self.rule_features else []))
        if self.threshold > 0:
            tags = self._by_marginals(tags)
        if self.confidence > 0:
            tags = [
                tag if tag == "O" or self.tagger.marginal(tag, i) >= self.confidence else "O"
                for i, tag in enumerate(tags)
            ]
        extra = [
            span
            for span in crf_spans(text, tokens, tags)
            if not any(f.start < span.end and span.start < f.end for f in rules)
        ]
        self.added += extra
        return sorted(rules + extra, key=lambda f: f.start)

    def _by_marginals(self, tags: Sequence[str]) -> list[str]:
        out: list[str] = []
        for i, tag in enumerate(tags):
            if tag != "O" or 1 - self.tagger.marginal("O", i) < self.threshold:
                out.append(tag)
                continue
            best = max(
                (lb for lb in self.tagger.labels() if lb != "O"),
                key=lambda lb: self.tagger.marginal(lb, i),
            )
            out.append(best)
        return out


# -- generated stories ------------------------------------------------------------------------

_LOCALES = [
    "en_US",
    "en_GB",
    "en_IN",
    "en_AU",
    "en_NZ",
    "en_IE",
    "de_DE",
    "fr_FR",
    "es_ES",
    "es_MX",
    "it_IT",
    "nl_NL",
    "pt_BR",
    "pl_PL",
    "sv_SE",
    "tr_TR",
    "id_ID",
    "fil_PH",
    "en_PH",
    "ro_RO",
    "cs_CZ",
    "da_DK",
    "fi_FI",
    "no_NO",
    "hu_HU",
]
_TEMPLATES = (
    "I was a {role} at {org} in {city} when {person} asked me to drop the outliers.",
    "{person} from {org} said the numbers were fine. I told {first} they were not.",
    "so {first_l} (my lead) pinged me on slack and said {org_l} needed the deck by friday",
    "We moved to the {city} office after {org} bought us. {person} ran the team there.",
    "{first} and {first2} both signed off on it, and {last} from legal never saw it.",
    "my manager {first_l} {last_l} told me to just ship it lol",
    "- reviewer: {person}\n- client: {org}\n- site: {city}\n",
    "[{time}] {first_l}: did u send it to {first2_l}??\n[{time}] me: not yet",
    "Our client, {org}, wanted the churn model to flag older customers in {city}.",
    "I reported it to {person}, our {role}, and nothing happened for months.",
    "At {org} we had a rule: never question {first}'s dashboards.",
    "{last} kept saying the audit would be fine. Then {org} pulled out of {city}.",
    "i joined {org_l} in {city_l} straight out of uni and {first_l} was my mentor",
    "Then {first} from the {city} team forwarded it to {person} anyway.",
    "Talked to {first} about it. {first} said {org} had done the same in {city}.",
    "Ask {first2} if you don't believe me, or {person} at {org}.",
)
_ROLES = [
    "analyst",
    "data scientist",
    "team lead",
    "product manager",
    "engineer",
    "head of data",
    "intern",
]


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4 or rng.random() > 0.3:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _one_story(rng: random.Random, faker_for: dict[str, Faker]) -> dict[str, object]:
    fake = faker_for[rng.choice(_LOCALES)]
    values = {
        "person": fake.name(),
        "first": fake.first_name(),
        "first2": fake.first_name(),
        "last": fake.last_name(),
        "org": fake.company(),
        "city": fake.city(),
    }
    kinds = {"person": "PERSON", "first": "PERSON", "first2": "PERSON", "last": "PERSON"}
    kinds |= {"org": "ORG", "city": "LOCATION"}
    lower = rng.random() < 0.35
    text, spans = "", []
    for template in rng.sample(_TEMPLATES, rng.randint(3, 6)):
        pieces = re.split(r"(\{[a-z0-9_]+\})", template)
        sentence = ""
        for piece in pieces:
            key = piece[1:-1]
            if piece.startswith("{") and key == "time":
                sentence += f"{rng.randint(8, 18)}:{rng.randint(10, 59)}"
            elif piece.startswith("{") and key == "role":
                sentence += rng.choice(_ROLES)
            elif piece.startswith("{"):
                name = key.removesuffix("_l")
                value = values[name]
                if key.endswith("_l") or lower:
                    value = value.lower()
                value = " ".join(_typo(w, rng) for w in value.split()) if lower else value
                start = len(text) + len(sentence)
                spans.append(
                    {
                        "entity_type": kinds[name],
                        "entity_value": value,
                        "start_position": start,
                        "end_position": start + len(value),
                    }
                )
                sentence += value
            else:
                sentence += piece.lower() if lower else piece
        text += sentence + rng.choice([" ", "\n", "\n\n", " "])
    return {"full_text": text.strip(), "spans": spans}


def generate_stories(count: int, seed: int = 7) -> list[Item]:
    """``count`` templated stories filled from Faker's locales (deterministic for a seed)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible training text, not secrets
    faker_for: dict[str, Faker] = {}
    for index, locale in enumerate(_LOCALES):
        fake = Faker(locale)
        fake.seed_instance(seed + index)
        faker_for[locale] = fake
    raw = [_one_story(rng, faker_for) for _ in range(count)]
    # One file per process: the folds run in parallel.
    path = Path(tempfile.gettempdir()) / f"crf-generated-{count}-{seed}-{os.getpid()}.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return load_corpus(path)


# -- the experiment ---------------------------------------------------------------------------


def model_path(held: str, generated: int, rule_features: bool) -> str:
    """Where a fold's model is kept (reused by later runs: delete it to retrain)."""
    flavour = f"{'r' if rule_features else 'n'}-{C1_C2[0]}-{C1_C2[1]}"
    name = f"crf-fold-{held}-g{generated}-{flavour}.crfsuite"
    return str(Path(tempfile.gettempdir()) / name)


def _fold(args: tuple[str, int, float, bool, float]) -> dict[str, object]:
    held, generated, threshold, rule_features, confidence = args
    train_items = load_corpus(CORPUS)
    for name in DEV_SETS:
        if name != held:
            train_items += load_corpus(dev_path(name))
    if generated:
        train_items += generate_stories(generated)
    model = model_path(held, generated, rule_features)
    began = time.perf_counter()
    if not Path(model).exists():
        train(prepare(train_items, rule_features), model)
    trained = time.perf_counter() - began
    test = load_corpus(dev_path(held))
    rules = score(test, find_identifiers)
    combined = Combined(model, threshold, rule_features, confidence)
    both = score(test, combined)
    return {
        "held": held,
        "rules_r": rules.recall(),
        "rules_p": rules.precision(),
        "both_r": both.recall(),
        "both_p": both.precision(),
        "added": len(combined.added),
        "train_s": trained,
        "examples": [f.text for f in combined.added[:12]],
    }


def measure_speed(model: str, rule_features: bool = True) -> dict[str, float]:
    """Words/s of rules alone and of the combined finder over every dev set, one core."""
    texts = [item.text for name in DEV_SETS for item in load_corpus(dev_path(name))]
    words = sum(len(text.split()) for text in texts)
    combined = Combined(model, 0.0, rule_features)
    out: dict[str, float] = {}
    for label, finder in (("rules", find_identifiers), ("combined", combined)):
        finder(texts[0])
        best = 0.0
        for _ in range(3):
            began = time.perf_counter()
            for text in texts:
                finder(text)
            best = max(best, words / (time.perf_counter() - began))
        out[label] = best
    return out


def measure_load(model: str) -> dict[str, float]:
    """Size of the model file, time to open it and resident memory it adds."""

    def rss() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    before = rss()
    began = time.perf_counter()
    tagger = pycrfsuite.Tagger()
    tagger.open(model)
    opened = time.perf_counter() - began
    return {
        "size_mb": Path(model).stat().st_size / 1e6,
        "open_s": opened,
        "peak_rss_growth_mb": rss() - before,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the folds, print the table, the speed and the model's cost."""
    global C1_C2
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generated", type=int, default=0, help="generated stories to add")
    parser.add_argument("--folds", default=",".join(DEV_SETS), help="held-out sets")
    parser.add_argument("--threshold", type=float, default=0.0, help="min marginal of a span")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument(
        "--confidence", type=float, default=0.0, help="drop tagged tokens below this marginal"
    )
    parser.add_argument("--no-rule-features", action="store_true", help="CRF blind to the rules")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed figures")
    parser.add_argument("--examples", action="store_true", help="print spans the CRF added")
    parser.add_argument("--c1", type=float, default=C1_C2[0], help="L1 weight")
    parser.add_argument("--c2", type=float, default=C1_C2[1], help="L2 weight")
    args = parser.parse_args(argv)
    C1_C2 = (args.c1, args.c2)
    rule_features = not args.no_rule_features
    folds = [
        (name, args.generated, args.threshold, rule_features, args.confidence)
        for name in args.folds.split(",")
    ]
    with Pool(args.jobs) as pool:
        results = pool.map(_fold, folds)
    print(
        f"{'held out':<8}{'rules R':>9}{'rules P':>9}{'+CRF R':>9}{'+CRF P':>9}"
        f"{'dR':>8}{'dP':>8}{'added':>7}{'train s':>9}"
    )
    for r in results:
        print(
            f"{r['held']:<8}{r['rules_r']:>9.3f}{r['rules_p']:>9.3f}{r['both_r']:>9.3f}"
            f"{r['both_p']:>9.3f}{r['both_r'] - r['rules_r']:>+8.3f}"  # type: ignore[operator]
            f"{r['both_p'] - r['rules_p']:>+8.3f}{r['added']:>7}{r['train_s']:>9.1f}"
        )
        if args.examples:
            print("   added:", r["examples"])
    for key in ("rules_r", "rules_p", "both_r", "both_p"):
        print(f"mean {key}: {statistics.mean(float(r[key]) for r in results):.4f}")  # type: ignore[arg-type]
    d_r = statistics.mean(float(r["both_r"]) - float(r["rules_r"]) for r in results)  # type: ignore[arg-type]
    d_p = statistics.mean(float(r["both_p"]) - float(r["rules_p"]) for r in results)  # type: ignore[arg-type]
    print(f"mean recall gain {d_r:+.4f}, mean precision change {d_p:+.4f}")
    model = model_path(folds[0][0], args.generated, rule_features)
    if not args.no_speed:
        speed = measure_speed(model, rule_features)
        print("speed (words/s, best of 3, all dev sets, one process):", speed)
    print("model:", measure_load(model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
