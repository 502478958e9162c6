"""What both corpus scripts share: reading the inline markup and checking labels across stories.

Stories are written with inline markup, ``[[PERSON:Jonas Albrecht]]``, optionally with a form
tag, ``[[DATE:June 3rd|partial]]``; ``parse`` strips it and computes exact offsets.
"""

import re

KINDS = ("PERSON", "ORG", "LOCATION", "EMAIL", "PHONE", "URL", "HANDLE", "DATE", "ID")


def parse(marked, mark):
    """Strip inline markup found by the regex ``mark``; return (text, spans).

    With a third group in ``mark`` (the form tag), each span also carries ``_form``.
    """
    text = marked.strip("\n")
    out, spans, pos, length = [], [], 0, 0
    for m in mark.finditer(text):
        kind, value = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} in {m.group(0)!r}")
        chunk = text[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        span = {
            "entity_type": kind,
            "entity_value": value,
            "start_position": length,
            "end_position": length + len(value),
        }
        if mark.groups >= 3:
            span["_form"] = m.group(3)
        spans.append(span)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def overlaps(spans, a, b):
    return any(s["start_position"] < b and a < s["end_position"] for s in spans)


def cross_check(items, problems, must_label, common_word_tokens):
    """A name, organisation or place labelled in one story must be labelled wherever it
    appears in any story (case-sensitive, whole word)."""
    needles = set(must_label)
    for _, _, spans, _ in items:
        for s in spans:
            v = s["entity_value"]
            if s["entity_type"] in ("ORG", "LOCATION") and len(v) >= 3 and v[:1].isupper():
                needles.add(v)
            if s["entity_type"] == "PERSON":
                for tok in v.split():
                    if (
                        len(tok) >= 4
                        and tok[:1].isupper()
                        and tok.lower() not in common_word_tokens
                    ):
                        needles.add(tok)
    for sid, text, spans, _ in items:
        for n in needles:
            for m in re.finditer(rf"(?<![\w@#/.\-]){re.escape(n)}(?![\w\-])", text):
                if not overlaps(spans, m.start(), m.end()):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(f"{sid}: {n!r} is labelled elsewhere but not here: ...{ctx}...")
