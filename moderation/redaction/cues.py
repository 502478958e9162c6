"""Context cues: the words just before or after a word that say what it names.

Each cue is a record, ``Cue(before, after, says, reason)``: it looks at the few words
before and/or after a word, and when its patterns match there it ``says`` the word is a
person (:data:`PERSON`, always winning), probably a person (:data:`MAYBE_PERSON`, unless a
product cue says otherwise) or a product (:data:`PRODUCT`). To teach the engine a new cue,
add a record to :data:`PERSON_CUES` or :data:`PRODUCT_CUES` with the reason in words;
every rule stays about a kind of phrasing, never about one sentence.

Cues are read in a window of :data:`WINDOW` characters, so each costs constant time per
word asked about, whatever the length of the text.

>>> text = "My manager Julia told me. We rewrote it in Julia."
>>> [verdict(text, m.start(), m.end()) for m in re.finditer("Julia", text)]
['PERSON', 'PRODUCT']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .vocabulary import words_of

PERSON = "PERSON"
MAYBE_PERSON = "MAYBE_PERSON"
PRODUCT = "PRODUCT"
WINDOW = 48
"""Characters read on each side of a word: enough for "my new line manager, X"."""


@dataclass(frozen=True, slots=True)
class Cue:
    """Words before and/or after a word that say what the word names, and why."""

    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    says: str
    reason: str
    names_plain_words: bool = True
    """Whether the cue also makes a lower-case ordinary word a name ("so i dm'd sam")."""
    names_unknown_words: bool = False
    """Whether the cue makes a word in no list a name ("i messaged jericho")."""
    names_common_words: bool = True
    """Whether the cue names a capitalised ordinary word or initials ("Will said", "MK said");
    a form's labels are none ("Date: ...", "ZIP: ...")."""

    reach: int = 0
    """How many characters before the word the ``before`` pattern can span (0: the window)."""
    needs: str = ""
    """A character every match of ``before`` holds (":", a line break): asked first."""

    def holds(self, before: str, after: str) -> bool:
        """Whether the text ``before`` and ``after`` the word both match."""
        if self.needs and self.needs not in before:
            return False
        if self.after is not None and self.after.match(after) is None:
            return False
        if self.before is None:
            return True
        start = max(0, len(before) - self.reach - 1) if self.reach else 0
        return self.before.search(before, start) is not None


def cue(
    says: str,
    reason: str,
    *,
    before: str | None = None,
    after: str | None = None,
    plain_words: bool = True,
    unknown: bool = False,
    common_words: bool = True,
    reach: int = 0,
    needs: str = "",
) -> Cue:
    """A cue whose patterns touch the word: ``before`` ends just before it, ``after`` starts
    just after it. The text before a word is read with a line break in front when it
    reaches the start of the text, so that "\\n" also means "the text starts here".
    ``reach``: the most characters ``before`` can span (its spaces bounded), so that only
    the end of the window is searched."""
    return Cue(
        None if before is None else re.compile(rf"(?:{before})\Z", re.IGNORECASE),
        None if after is None else re.compile(rf"\A(?:{after})", re.IGNORECASE),
        says,
        reason,
        plain_words,
        unknown,
        common_words,
        reach,
        needs,
    )


def _longest(words: frozenset[str]) -> int:
    return max(len(word) for word in words)


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


RELATIONS: frozenset[str] = words_of(
    """manager boss lead supervisor colleague coworker co-worker teammate director head mentor
    mentee intern analyst engineer developer dev scientist recruiter auditor lawyer counsel
    friend client customer wife husband partner girlfriend boyfriend brother sister mother
    father mom mum dad son daughter cousin uncle aunt neighbour neighbor landlord landlady
    founder cofounder co-founder owner rep contact coordinator officer consultant doctor nurse
    therapist teacher tutor professor cto ceo cfo coo cpo cio ciso cdo chro dpo svp evp md gm
    vp pm hrbp skip-level report tl hod
    reports contractor classmate roommate flatmate housemate bestie buddy mate trainee
    apprentice deputy secretary accountant statistician actuary researcher mgr mngr supe"""
)
"""Words for someone's role or relation: the capitalised word right after one is a name
("my manager X"), and they are no names themselves in lower case ("my lead dev")."""
DEPARTMENTS: frozenset[str] = words_of(
    """legal finance hr it sales marketing ops operations accounting accounts procurement
    compliance security engineering product design support payroll audit risk data analytics
    research facilities admin management leadership comms communications infra platform qa
    treasury tax privacy actuarial pricing underwriting claims billing credit collections
    recovery fraud hr's it's cs bi infosec growth devops sre strategy revenue partnerships"""
)
"""Departments: "X from legal" is a person."""
SPEECH: frozenset[str] = words_of(
    """said says told tells asked asks replied replies answered wrote emailed messaged texted
    pinged dm'd dmed called mentioned explained insisted suggested argued agreed disagreed
    admitted warned complained promised confirmed denied claimed shouted yelled snapped
    laughed smiled nodded sighed shrugged whispered muttered thinks thought wanted wants knew
    knows decided approved refused signed joked hired fired resigned quit found built ran
    showed checked noticed raised flagged shipped escalated"""
)
"""Verbs of saying and deciding: "X said" is a person."""
ADDRESSING: frozenset[str] = words_of(
    """told tell telling emailed messaged texted pinged ping dm'd dmed dm cc'd cc\u2019d ccd
    cced cc thanked phoned rang met warned reminded begged convinced promised"""
)
"""Verbs done to a person: "told X", "so i dm'd X"."""
ADVERBS: frozenset[str] = words_of(
    """had has just then also never always later once still already even finally actually
    really now apparently literally basically immediately suddenly quietly"""
)
"""Words between a person and their verb: "X still thinks", "X just told me"."""
DOING: frozenset[str] = words_of(
    "put puts sent sends gave gives made makes took takes got gets let lets kept keeps left "
    "threw pulled pulls added adds"
)
"""Irregular verbs of doing something to someone: "X put me on it", "X sent us home"."""
GREETING: frozenset[str] = words_of("ask asks asking asked hi hey hello dear thanks thank")
"""Words before a person that also go before a tool ("ask X to summarise"): weaker."""
PRODUCT_NOUNS: frozenset[str] = words_of(
    """code codebase model models api apis output outputs answer answers response responses
    prompt prompts script scripts package packages library libraries notebook notebooks
    version versions plugin app apps chat window session sessions subscription license
    licence release feature features summary summaries suggestion suggestions docs syntax
    compiler runtime kernel benchmark ecosystem community port wrapper bindings install
    server instance account workspace project hallucination hallucinations language"""
)
"""Nouns after a tool's name: "Julia code", "Gemini's output"."""
MACHINE_TASKS: frozenset[str] = words_of(
    """summarise summarize generate translate transcribe draft rewrite reword paraphrase
    autocomplete classify label extract refactor explain debug tidy format"""
)
"""What one asks a tool to do: "ask Claude to summarise"."""

_APPOSED_ROLES = f"{_alternatives(RELATIONS)}|junior"
"""The roles set beside a name after a comma ("Sky, our junior,"): the relations, and "junior",
which before a name is no role ("junior DS")."""

PERSON_CUES: tuple[Cue, ...] = (
    cue(
        PERSON,
        "someone's role names the word no list knows after it: 'my boss tafadzwa', 'our lead "
        "dev swathi' (not 'the engineer reran')",
        before=rf"\b(?:my|our|his|her|their|your)[ \t]+(?:[\w-]+[ \t]+)?"
        rf"(?:{_alternatives(RELATIONS)}),?[ \t]{{1,3}}",
        plain_words=False,
        unknown=True,
        reach=_longest(RELATIONS) + 30,
    ),
    cue(
        PERSON,
        "a role or relation names the person after it: 'my manager X', 'her husband X' "
        "(in lower case it is a compound: 'client side')",
        before=rf"\b(?:{_alternatives(RELATIONS)}),?[ \t]{{1,3}}",
        plain_words=False,
        reach=_longest(RELATIONS) + 4,
    ),
    cue(
        PERSON,
        "something done to a person: 'told X', 'so i dm'd X', 'i messaged X'",
        before=rf"\b(?:{_alternatives(ADDRESSING)})[ \t]{{1,3}}",
        unknown=True,
        reach=_longest(ADDRESSING) + 3,
    ),
    cue(
        PERSON,
        "brought into the work, stood in for or spoken to: 'looped in X', 'escalated to X', "
        "'covered for X', 'talk to X'",
        before=r"\b(?:looped[ \t]+in|loop[ \t]+in|escalated[ \t]+(?:it[ \t]+)?to|covered[ \t]+for|"
        r"sat[ \t]+with|handed[ \t]+(?:it[ \t]+)?(?:over[ \t]+)?to|"
        r"reported[ \t]+(?:it[ \t]+)?to|complained[ \t]+to|talked[ \t]+to|spoke[ \t]+to|"
        r"spoke[ \t]+with|met[ \t]+with|talk[ \t]+to|talking[ \t]+to|speak[ \t]+to|"
        r"speak[ \t]+with)[ \t]{1,3}",
        unknown=True,
        reach=24,
    ),
    cue(
        PERSON,
        "coordinated with the writer: 'me and X'",
        before=r"\b(?:me|i)[ \t]{1,3}(?:and|&)[ \t]{1,3}",
        unknown=True,
        reach=11,
    ),
    cue(
        PERSON,
        "a chat or transcript line opened by its speaker: '[10:46] X: ...', 'X: ...'",
        before=r"\n[ \t]*(?:[-*>\u2022][ \t]*)?(?:\[[^\]\n]{1,40}\][ \t]*)?",
        after=r":[ \t]",
        needs="\n",
        plain_words=False,
        unknown=True,
        common_words=False,
    ),
    cue(
        PERSON,
        "a person says, decides or reacts: 'X said', 'X just told me'",
        after=rf"[ \t]+(?:(?:{_alternatives(ADVERBS)})[ \t]+)?(?:{_alternatives(SPEECH)})\b",
    ),
    cue(
        PERSON,
        "a known name said to be a role: 'Lee is a supervisor', 'Will is head of growth', "
        "'Ama was an intern'",
        after=rf"[ \t]+(?:is|was)[ \t]+(?:(?:a|an)[ \t]+(?:\w+[ \t]+)?"
        rf"(?:{_alternatives(RELATIONS)})\b|(?:the[ \t]+)?head[ \t]+of[ \t]+\w)",
        plain_words=False,
    ),
    cue(
        PERSON,
        "Tagalog's personal articles and a title: 'si ate joy', 'kay sir rommel', 'sinabi ni "
        "boss dan' (a word no list knows is named too)",
        before=r"(?<![\w'\u2019-])(?:si|kay|ni|sina|kina)[ \t]+(?:ate|kuya|sir|ma'?am|mam|"
        r"tita|tito|manang|manong|boss|doc|engr|atty)\.?[ \t]+",
        reach=16,
        unknown=True,
    ),
    cue(
        PERSON,
        "Tagalog's personal articles alone, before a given name: 'sinabi ko kay joy' (not "
        "'si', which Spanish and French write for 'if', nor 'ni', Swahili's 'is')",
        before=r"(?<![\w'\u2019-])(?:kay|sina|kina)[ \t]+",
        reach=6,
    ),
    cue(
        PERSON,
        "minutes' owner of a point or an action: 'MD noted the risk', 'Action: RS to confirm "
        "with legal' (initials and names; a word no list knows is left alone)",
        after=r"[ \t]+(?:noted|presented|minuted|to[ \t]+(?:confirm|check|share|draft|circulate|"
        r"follow[ \t]+up|update|chase|review|contact|send))\b",
    ),
    cue(
        PERSON,
        "a word no list knows opening a clause and saying something: 'becca says keep quiet', "
        "'then gaz told me' (rushed writing's names, in lower case)",
        before=r"(?:\n|[.!?][ \t]+|\b(?:and|n|but|then|so|lol|tbh|&)[ \t]+)",
        reach=8,
        after=r"[ \t]+(?:(?:just|also|still|literally|then)[ \t]+)?(?:says|said|told[ \t]+me|"
        r"asked[ \t]+me|reckons|keeps[ \t]+saying|replied|texted[ \t]+me)\b",
        unknown=True,
    ),
    cue(
        PERSON,
        "a person acts on the writer: 'MK moved me off the project', 'sam put me on it'",
        after=rf"[ \t]+(?:(?:{_alternatives(ADVERBS)})[ \t]+)?"
        rf"(?:[a-z]{{2,15}}ed|{_alternatives(DOING)})[ \t]+(?:me|us)\b",
    ),
    cue(
        PERSON,
        "coordinated with the writer: 'X and I'",
        after=r"[ \t]+(?:and|&)[ \t]+(?:I|me|myself)\b",
    ),
    cue(
        PERSON,
        "a member of a department or team: 'X from legal', 'X in compliance', "
        "'X from the data platform team'",
        after=rf"[ \t]+(?:from|in|at|on)[ \t]+(?:the[ \t]+)?(?:(?:{_alternatives(DEPARTMENTS)})\b"
        r"|(?:[\w-]+[ \t]+){1,2}(?:team|group[ \t]+chat|chat|crew|squad|shift)\b)",
    ),
    cue(
        PERSON,
        "an apposition in brackets or after a comma naming a role: 'X (ops manager, ...)'",
        after=rf"[ \t]*[(,][ \t]*(?:the[ \t]+)?(?:[\w-]+[ \t]+)?(?:{_alternatives(RELATIONS)})"
        r"[ \t]*[,).;]",
        unknown=True,
    ),
    cue(
        PERSON,
        "a line that opens by addressing someone: 'X, please mark it as resolved'",
        before=r"\n[ \t]*(?:(?:hi|hey|hello|dear)[ \t]+)?",
        needs="\n",
        after=r",[ \t]*(?:please|pls|can|could|would|I|I'm|thanks|thank)\b",
    ),
    cue(
        PERSON,
        "a name alone on its line after a message, signing it: '...logs.\\nMark\\n'",
        before=r"[.!?][ \t]*\n[ \t]*(?:(?:thanks|cheers|regards|best|--?)[ \t,]*\n?[ \t]*)?",
        needs="\n",
        after=r"[ \t]*(?:\n|\Z)",
    ),
    cue(
        PERSON,
        "an apposition of role after a comma: 'Gaz, our head of risk,', 'Jas, our only other "
        "engineer,' (a word no list knows is named too)",
        after=rf",[ \t]+(?:my|our|his|her|their|the)[ \t]+(?:\w+[ \t]+){{0,2}}"
        rf"(?:{_APPOSED_ROLES})\b",
        unknown=True,
    ),
    cue(
        PERSON,
        "an indefinite apposition of role after a comma, for a known name: 'Kim, a junior on "
        "my team,', 'Tomás, an engineer,' (not 'someone else, a contractor')",
        after=rf",[ \t]+(?:a|an)[ \t]+(?:\w+[ \t]+){{0,2}}(?:{_APPOSED_ROLES})\b",
        plain_words=False,
    ),
    cue(
        PERSON,
        "an apposition of role: 'X, my manager', 'X (our lead)', 'X was our lead', "
        "'X is the other analyst', 'X, the head of income'",
        after=rf",?[ \t]+\(?(?:(?:is|was)[ \t]+)?(?:my|our|his|her|their|the)[ \t]+"
        rf"(?:\w+[ \t]+)?(?:{_alternatives(RELATIONS)})\b",
    ),
    cue(
        PERSON,
        "described as people are: 'X, who was over the team'",
        after=r",[ \t]+who\b",
    ),
    cue(
        PERSON,
        "a person's family, boss, desk or messages: 'X's wife', 'X's team', 'X's message'",
        after=r"['\u2019]s[ \t]+(?:wife|husband|kids?|son|daughter|family|boss|manager|desk|"
        r"birthday|team|office|calendar|inbox|message|messages|e-?mails?|texts?|dms?|reply|"
        r"replies|comments?|screenshot|laptop|phone|number|voice[ \t]note)\b",
    ),
    cue(
        PERSON,
        "a message signed after its closing: 'Regards,\\nTolu', 'cheers,\\nmk'",
        before=r"\b(?:regards|cheers|thanks|thank[ \t]you|best|best[ \t]wishes|many[ \t]thanks|"
        r"rgds|br|saludos|abrazos|atentamente|gr(?:ü|ue)(?:ß|ss)e|gru(?:ß|ss)|cordialement|"
        r"salam|salamat|asante)[ \t,!.]*\n[ \t]*",
        needs="\n",
        after=r"[ \t]*(?:\n|\Z|,)",
        plain_words=False,
        unknown=True,
    ),
    cue(
        PERSON,
        "the writer naming themself: 'i'm ferro', 'I'm A.O.', 'my name is X'",
        before=r"\b(?:i['\u2019]m|im|i[ \t]am|my[ \t]name[ \t]is|my[ \t]name['\u2019]s|call[ \t]me)"
        r"[ \t]{1,3}",
        plain_words=False,
        unknown=True,
        reach=16,
    ),
    cue(
        PERSON,
        "a list of people after its label: 'Attendees: RK, J.O., SB', 'Assignee: A.O.'",
        before=r"(?:^|\n|[·|\u2022]|[.!?][ \t]+(?=at|pr|ap|ab|pa|in))[ \t>]*(?:attendees|attending|"
        r"present|apologies|absent|participants|invitees|from|to|"
        r"cc|bcc|reporter|assignee|owner|approver|approved[ \t]by|"
        r"reviewer|reviewed[ \t]by|author|requester|raised[ \t]by|minutes|chair|action|"
        r"opened[ \t]by|created[ \t]by|submitted[ \t]by|assigned[ \t]to|reported[ \t]by|"
        # the same labels of minutes in other languages
        r"teilnehmende|teilnehmer(?:innen)?|anwesend|entschuldigt|participantes|asistentes|"
        r"presentes|pr[ée]sents?|presenti|partecipanti|aanwezig|deelnemers|afwezig|uczestnicy|"
        r"obecni|peserta|hadir|kat\u0131l\u0131mc\u0131lar|katilimcilar|deltagare|n[äa]rvarande|osallistujat)"
        r"[ \t]*:[ \t]*(?:[\w.()' \t-]{1,24},[ \t]*){0,6}",
        needs=":",
        unknown=True,
    ),
    cue(
        MAYBE_PERSON,
        "greeted or asked, as people are (and tools too: 'ask X to summarise')",
        before=rf"\b(?:{_alternatives(GREETING)}),?[ \t]{{1,3}}",
        reach=_longest(GREETING) + 4,
    ),
    cue(
        PERSON,
        "a given name, in lower case too, opening a clause as the subject of an auxiliary "
        "verb: 'but glenn will cut it', '. aurelie hasn't answered', 'our student mia is "
        "first author' (names of the lists only; asked last, so that no other cue is hidden)",
        before=rf"(?:\n|[.!?;:][ \t]+|\b(?:and|but|so|then|because|bc|cos|n|&|if|that|"
        rf"student|{_alternatives(RELATIONS)})[ \t]+)",
        reach=14,
        after=r"[ \t]+(?:will|is|was|has|had|did|does|can|could|would|should|won't|isn't|"
        r"wasn't|hasn't|hadn't|didn't|doesn't|can't|couldn't|wouldn't|shouldn't)\b",
        plain_words=False,
        common_words=False,
    ),
)
"""Cues that the word names a person."""

SUBJECT_CUES: tuple[Cue, ...] = (
    cue(
        MAYBE_PERSON,
        "the subject of a verb: 'X marked it', 'X can ask' (for a name already found in full)",
        after=r"[ \t]+(?:can|could|will|would|should|must|did|does|didn't|doesn't|won't|can't"
        r"|was|is|has|had|got|gets|went|came|left|stayed|kept|made|took|[a-z]{2,20}ed)\b",
    ),
)
"""Weaker cues, enough for another mention of a name found in full ("Grace Adeyemi")."""

PRODUCT_CUES: tuple[Cue, ...] = (
    cue(
        PRODUCT,
        "used, written in or owned as a tool: 'in Julia', 'using Claude', 'my Mac'",
        before=r"\b(?:in|using|use|used|uses|via|through|learn|learning|learned|learnt|install|"
        r"installed|opened|open|run|ran|prompted|prompt|switched[ \t]to|migrated[ \t]to|into|"
        r"the|my|our|your|a|an)[ \t]{1,3}",
        reach=15,
    ),
    cue(
        PRODUCT,
        "a tool's parts and outputs: 'Julia code', 'Gemini's output'",
        after=rf"(?:['\u2019]s)?[ \t]+(?:{_alternatives(PRODUCT_NOUNS)})\b",
    ),
    cue(
        PRODUCT,
        "a task given to a tool: 'ask Claude to summarise'",
        after=rf"[ \t]+to[ \t]+(?:{_alternatives(MACHINE_TASKS)})\b",
    ),
    cue(
        PRODUCT,
        "a version or edition: 'Claude 3', 'Gemini Pro'",
        after=r"[ \t]+(?:\d[\w.]*|pro|opus|sonnet|haiku|flash|ultra|nano|turbo)\b",
    ),
)
"""Cues that the word names a tool or product, not a person."""


def _after_only(cue: Cue) -> bool:
    """Whether a cue is judged by the text after the word alone ("X said", "X, my manager")."""
    return cue.before is None and not cue.needs and cue.after is not None


def _any_after(cues: tuple[Cue, ...]) -> re.Pattern[str]:
    """One pattern that matches the text after a word where one of the cues judged by it
    alone would: most words have none of them, and one match rules them all out at once."""
    afters = [cue.after.pattern for cue in cues if cue.after is not None and _after_only(cue)]
    return re.compile("|".join(afters), re.IGNORECASE)


_ANY_PERSON_AFTER = _any_after(PERSON_CUES)


def _matches(
    text: str, start: int, end: int, cues: tuple[Cue, ...], any_after: re.Pattern[str] | None = None
) -> Cue | None:
    """The first of ``cues`` that holds around ``text[start:end]``; ``any_after`` is
    :func:`_any_after` of ``cues``, asked first."""
    before = text[max(0, start - WINDOW) : start]
    if start <= WINDOW:
        before = "\n" + before
    after = text[end : end + WINDOW]
    no_after = any_after is not None and any_after.match(after) is None
    for item in cues:
        if no_after and _after_only(item):
            continue  # an after-only cue (:func:`_after_only`), ruled out
        if item.holds(before, after):
            return item
    return None


def product_cue(text: str, start: int, end: int) -> Cue | None:
    """The first product cue around ``text[start:end]``, if any."""
    return _matches(text, start, end, PRODUCT_CUES)


@lru_cache(maxsize=64)  # a word's verdict asks first, then its cue's strength: one reading
def person_cue(text: str, start: int, end: int) -> Cue | None:
    """The first person cue around ``text[start:end]``, if any."""
    return _matches(text, start, end, PERSON_CUES, _ANY_PERSON_AFTER)


def mention_cue(text: str, start: int, end: int) -> Cue | None:
    """A person or subject cue around ``text[start:end]``: enough for a name known in full."""
    return _matches(text, start, end, PERSON_CUES) or _matches(text, start, end, SUBJECT_CUES)


def verdict(text: str, start: int, end: int, plain_word: bool = False) -> str | None:
    """What the context says ``text[start:end]`` names: a person cue beats a product cue,
    which beats a weak person cue ("ask X" but "ask X to summarise").

    ``plain_word``: the word is a lower-case ordinary word, named only by some cues."""
    person = person_cue(text, start, end)
    if person is not None and plain_word and not person.names_plain_words:
        person = None
    if person is not None and person.says == PERSON:
        return PERSON
    if _matches(text, start, end, PRODUCT_CUES) is not None:
        return PRODUCT
    return None if person is None else MAYBE_PERSON
