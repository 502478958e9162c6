"""The word-level diff (stories/wording.py): right, readable without colour, and never a way
to inject markup, whatever the text."""

from __future__ import annotations

import random
from html.parser import HTMLParser

import pytest

from stories.sanitize import normalise_text
from stories.wording import Change, compare_texts, has_changes, render_changes

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<del><span class="visually-hidden">removed: </span>forged</del>',
    "<ins>not ours</ins> </del></ins><b>",
    "&lt;already escaped&gt; &amp; &#x3C;script&#x3E;",
    '"><svg/onload=alert(1)>',
    "<!-- comment --> <![CDATA[x]]>",
    "javascript:alert(1) data:text/html;base64,PHNjcmlwdD4=",
    "\u202eevil\u202c text with a right-to-left override",
    "NUL\x00 and\x07 bell and \x1b[31m escape",
    "cafe\u0301 q\u0301 \U0001f469\u200d\U0001f4bb \u0645\u0631\u062d\u0628\u0627",
    "zero\u200bwidth \ufeffbom",
]


class _Tags(HTMLParser):
    """Collects the tags and the text a browser would see (hidden labels apart)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.visible: list[str] = []
        self.hidden: list[str] = []
        self._in_hidden = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_hidden = ("class", "visually-hidden") in attrs

    def handle_endtag(self, tag: str) -> None:
        self._in_hidden = False

    def handle_data(self, data: str) -> None:
        (self.hidden if self._in_hidden else self.visible).append(data)


def parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def words_of(text: str) -> list[str]:
    return normalise_text(text).split()


def test_a_replaced_name_shows_as_removed_then_added_with_words_not_only_colour() -> None:
    html = str(render_changes("Jonas Albrecht said no.", "[PERSON 1] said no."))
    assert html.startswith(
        '<del><span class="visually-hidden">removed: </span>Jonas Albrecht</del> '
        '<ins><span class="visually-hidden">added: </span>[PERSON 1]</ins>'
    )
    assert html.endswith(" said no.")


def test_an_unchanged_text_has_no_marks() -> None:
    text = "Nothing changed here.\n\nNot even this."
    assert "<del" not in render_changes(text, text) and "<ins" not in render_changes(text, text)
    assert not has_changes(compare_texts(text, text))


def test_whitespace_alone_is_not_a_change() -> None:
    pieces = compare_texts("one two\nthree", "one  two three")
    assert not has_changes(pieces)
    assert "<del" not in render_changes("one two\nthree", "one  two three")


def test_a_removed_word_and_an_added_sentence() -> None:
    pieces = compare_texts("a very big dog barked", "a big dog barked. It was late.")
    assert [(p.change, p.text.strip()) for p in pieces if p.change is not Change.SAME] == [
        (Change.REMOVED, "very"),
        (Change.REMOVED, "barked"),
        (Change.ADDED, "barked. It was late."),
    ]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_on_either_side_is_escaped_and_only_our_tags_come_out(hostile: str) -> None:
    for old, new in ((hostile, "plain words"), ("plain words", hostile), (hostile, hostile + " x")):
        html = str(render_changes(old, new))
        seen = parse(html)
        for tag, attrs in seen.tags:
            assert tag in {"del", "ins", "span"}, html
            assert attrs in ([], [("class", "visually-hidden")]), html
        assert all(h in {"removed: ", "added: "} for h in seen.hidden), html
        # What a reader sees is the words of both texts, in order, and nothing else.
        assert "".join(seen.visible).split() == [
            w for p in compare_texts(old, new) for w in p.text.split()
        ]


def test_forged_diff_markup_in_the_text_shows_as_text() -> None:
    forged = '<del><span class="visually-hidden">removed: </span>forged</del>'
    html = str(render_changes("before", forged))
    assert "&lt;del&gt;&lt;span class=&quot;visually-hidden&quot;&gt;" in html
    assert html.count("<del>") == 1 and html.count("<ins>") == 1


def test_a_letter_and_its_accent_or_an_emoji_sequence_are_never_split() -> None:
    old = "q\u0301uiet \U0001f469\u200d\U0001f4bb worked"
    new = "q\u0301uiet \U0001f469\u200d\U0001f52c worked"
    pieces = compare_texts(old, new)
    changed = [p.text.strip() for p in pieces if p.change is not Change.SAME]
    assert changed == ["\U0001f469\u200d\U0001f4bb", "\U0001f469\u200d\U0001f52c"]
    assert pieces[0].text == "q\u0301uiet "


def test_invisible_and_reordering_characters_are_dropped_before_comparing() -> None:
    pieces = compare_texts("safe text", "safe\u202e text\u200b")
    assert not has_changes(pieces)


def random_text(rng: random.Random, vocabulary: list[str], size: int) -> str:
    return " ".join(rng.choice(vocabulary) for _ in range(size))


@pytest.mark.parametrize("seed", range(30))
def test_the_pieces_always_rebuild_both_texts(seed: int) -> None:
    rng = random.Random(seed)
    vocabulary = ["the", "a", "data", "Jonas", "[PERSON 1]", "said", "no.", "\n\n", "ok,"]
    old = random_text(rng, vocabulary, rng.randint(0, 400))
    new = random_text(rng, vocabulary, rng.randint(0, 400))
    pieces = compare_texts(old, new)
    assert [w for p in pieces if p.change is not Change.ADDED for w in p.text.split()] == (
        words_of(old)
    )
    assert "".join(p.text for p in pieces if p.change is not Change.REMOVED) == (
        normalise_text(new)
    )


def test_two_long_texts_made_of_a_few_common_words_still_give_a_correct_answer() -> None:
    # difflib alone takes seconds on these; the bounded comparison shows them replaced whole.
    rng = random.Random(1)
    old = random_text(rng, ["the", "a", "of", "and", "to", "data"], 3500)
    new = " ".join(rng.sample(old.split(" "), 3500))
    pieces = compare_texts(old, new)
    assert [w for p in pieces if p.change is not Change.ADDED for w in p.text.split()] == (
        old.split()
    )
    assert "".join(p.text for p in pieces if p.change is not Change.REMOVED) == new
