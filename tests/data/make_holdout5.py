#!/usr/bin/env python3
"""Fifth blind holdout for the redaction engine: writes and checks redaction_holdout5.json.

Written blind: its author read only the product brief, tests/data/README.md and
corpus_tools.py. The engine, its tests, the benchmarks and the other corpora's stories were
never opened, and the engine was never run on these stories. Use it only for evaluation.

Stories carry inline markup ``[[KIND:text]]``; the script strips it, computes offsets, runs the
checks below and writes the JSON only if every check passes (otherwise it exits 1).

Labelling decisions, beyond the README's guidelines and the earlier holdouts:
- An initial keeps its own full stop ("T.R.", "J.", "K. Ashworth"); initials without stops
  ("AK", "MvdB") and signature initials are PERSON.
- Chat speaker names are PERSON (with a sigil or a Discord tag they are HANDLE); numeric dates
  in chat, SMS and e-mail headers are DATE, clock times never; a weekday beside a date stays
  outside the span ("Tue, 5 Mar 2024" -> "5 Mar 2024").
- An ISO 8601 timestamp in a log line is one DATE span, time included.
- "#482" as a ticket labels "482"; "#channel" is a HANDLE; a Discord tag "name#1234", a
  Telegram or Signal username, a WeChat ID, a GitHub user and a Mastodon address are one HANDLE.
- A public subreddit ("r/datascience") and a hashtag used as a topic are not labelled (they
  point to no one); "u/name" is a HANDLE.
- "Lastname, Firstname" (CSV cells, Teams headers) is one PERSON span.
- Honorifics and kinship titles stay outside the span, before or after the name (Dr., Herr Dr.,
  Prof., Eng., Pani, Sra., don, seu, Pak, Mbak, Ate, Kuya, Auntie, Mama, Encik, P', Xiao, sir,
  bhai, bhaiya, -san, -ssi, bucho); an honorific used as part of the name ("Alhaji", "Nana"
  in "Nana Yaw Boateng") stays inside.
- An abbreviation after the full name is a separate ORG ("ICO", "FEC"); named internal projects,
  teams and code names are ORG ("Project Lantern"); a municipality named as a client is ORG.
- Money and payment platforms used as tools (M-Pesa, GCash, WhatsApp, Signal, Discord, LINE,
  WeChat, Teams) are not labelled; the names of identity documents (PESEL, CPF, NIK, MyKad,
  Iqama, CURP, NHS number's "number") are not labelled, only their values ("NHS" is ORG).
- A pair of GPS coordinates is one LOCATION span; a postcode district ("M5") is a LOCATION.
- Git commit hashes, Docker image digests, device serials and MAC addresses are ID: a hash can
  be searched in a public repository or registry and leads to the company and its authors.
- IBAN, invoice and PO numbers, plates, passport and national ID numbers are ID (value only).
- Holidays and academic terms count as DATE only with a year ("Koningsdag 2023",
  "Michaelmas term 2023"); seasons only with a year ("fall 2024", "automne 2023").
- Ordinary words that are names elsewhere (will, hope, joy, lucky, chance, art, pat, grace,
  bill, summer, dawn, rich, guy, mark, faith, angel, bob) are labelled only where they name a
  person; each story lists such deliberate unlabelled phrases in ``ok``. "bob" as Kenyan
  slang for shillings is not a person.
- Not labelled: holidays without a year ("Eid", "Independence Day"), a quarter inside a table
  name ("snapshot_2023q4"), "US"/"American" used as an adjective (written as "American"),
  platforms named as the place of a post (Mastodon, HN, Facebook likes), laws (LGPD, APPI,
  DPDP), job titles, weekdays, durations and relative dates.

Checks: offsets exact (again on the serialised JSON); no leftover markup; no overlapping
spans; no edge whitespace or punctuation in a span (a leading sigil, "+" or "(", an initial's
full stop and legal suffixes excepted); 60-300 words per story; no tool name inside a PERSON,
ORG or LOCATION span; every whole-word mention of a labelled name token, organisation (also
without its legal suffix or "Project" prefix) or place labelled within its story (any case)
and across stories (capitalised), unless inside one of the story's ``ok`` phrases; at least
6 spans of every kind; at least 7 stories with nothing identifying; at least 40 stories.
"""

import itertools
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import KINDS, parse

MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")
OUT = Path(__file__).resolve().parent / "redaction_holdout5.json"
MIN_WORDS, MAX_WORDS = 60, 300
MIN_PER_KIND, MIN_EMPTY, MIN_STORIES = 6, 7, 40
TOOLS = (
    "Python",
    "SQL",
    "Slack",
    "Jira",
    "BigQuery",
    "Looker",
    "Tableau",
    "Snowflake",
    "Airflow",
    "Confluence",
    "Teams",
    "GitHub",
    "WhatsApp",
    "Twitter",
    "LinkedIn",
    "Facebook",
    "reddit",
    "Telegram",
    "Discord",
    "Signal",
    "WeChat",
    "Excel",
    "dbt",
    "Kafka",
    "Postgres",
    "M-Pesa",
    "GCash",
)
LEGAL = (
    "Inc.",
    "Ltd.",
    "Co.",
    "Corp.",
    "S.A.",
    "S.A.S.",
    "B.V.",
    "K.K.",
    "Sdn. Bhd.",
    "Bhd.",
    "S.p.A.",
    "e.V.",
)
LEGAL_WORDS = r"(?:\s+(?:Inc\.|Ltd\.?|LLC|LLP|GmbH|AG|AB|A/S|B\.V\.|K\.K\.|S\.A\.S\.|S\.A\.|Sdn\. Bhd\.|plc))+$"
PREFIXES = r"^(?:Project|Operation|Team|PT)\s+"
PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "la",
    "del",
    "da",
    "dos",
    "du",
    "bin",
    "binti",
    "ibn",
    "von",
    "di",
    "le",
    "al",
    "el",
}
COMMON = {
    "will",
    "bill",
    "hope",
    "grace",
    "mark",
    "rose",
    "joy",
    "faith",
    "summer",
    "dawn",
    "sunny",
    "lucky",
    "angel",
    "rich",
    "art",
    "bob",
    "pat",
    "chance",
    "honey",
    "guy",
}
EDGE_START_OK = set("+(@#")
INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$")


def word_re(needle):
    return re.compile(rf"(?<![\w@#/.\-]){re.escape(needle)}(?![\w\-])")


def covered(spans, oks, a, b):
    if any(s["start_position"] < b and a < s["end_position"] for s in spans):
        return True
    return any(oa <= a and b <= ob for oa, ob in oks)


def ok_ranges(text, ok, sid, problems):
    out = []
    for phrase in ok:
        found = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), text)]
        if not found:
            problems.append(f"{sid}: ok phrase {phrase!r} does not occur")
        out.extend(found)
    return out


def needles_of(span):
    v, kind = span["entity_value"], span["entity_type"]
    if kind == "PERSON":
        toks = re.split(r"[\s,]+", v)
        return [
            t
            for t in toks
            if len(t) >= 2 and "." not in t and t.lower() not in PARTICLES and t[:1].isalpha()
        ]
    if kind in ("ORG", "LOCATION"):
        out = {v}
        stripped = re.sub(LEGAL_WORDS, "", v)
        out.add(stripped)
        out.add(re.sub(PREFIXES, "", stripped))
        return [n for n in out if len(n) >= 2]
    return []


def check_story(sid, text, spans, ok, problems):
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        problems.append(f"{sid}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    if "[[" in text or "]]" in text:
        problems.append(f"{sid}: leftover markup")
    ordered = sorted(spans, key=lambda s: s["start_position"])
    for a, b in itertools.pairwise(ordered):
        if b["start_position"] < a["end_position"]:
            problems.append(f"{sid}: overlapping spans {a['entity_value']!r} {b['entity_value']!r}")
    for s in spans:
        v = s["entity_value"]
        if s["entity_type"] not in KINDS:
            problems.append(f"{sid}: unknown kind {s['entity_type']}")
        if text[s["start_position"] : s["end_position"]] != v:
            problems.append(f"{sid}: offsets wrong for {v!r}")
        if v != v.strip():
            problems.append(f"{sid}: edge whitespace in {v!r}")
        first, last = v[:1], v[-1:]
        if not (first.isalnum() or first in EDGE_START_OK):
            problems.append(f"{sid}: leading punctuation in {v!r}")
        if not last.isalnum() and not (
            last == "."
            and (INITIALS.search(v) or any(v.endswith(x) for x in LEGAL))
            and s["entity_type"] in ("PERSON", "ORG")
        ):
            problems.append(f"{sid}: trailing punctuation in {v!r}")
        if s["entity_type"] in ("PERSON", "ORG", "LOCATION"):
            for tool in TOOLS:
                if re.search(rf"\b{re.escape(tool)}\b", v, re.IGNORECASE):
                    problems.append(f"{sid}: tool name {tool!r} inside {v!r}")
    oks = ok_ranges(text, ok, sid, problems)
    for s in spans:
        for n in needles_of(s):
            for m in re.finditer(word_re(n).pattern, text, re.IGNORECASE):
                if not covered(spans, oks, m.start(), m.end()):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(f"{sid}: unlabelled mention of {n!r}: ...{ctx}...")
    return oks


def cross_check(items, problems):
    needles = set()
    for _, _, spans, _ in items:
        for s in spans:
            for n in needles_of(s):
                if s["entity_type"] == "PERSON":
                    if len(n) >= 4 and n[:1].isupper() and n.lower() not in COMMON:
                        needles.add(n)
                elif len(n) >= 3 and n[:1].isupper():
                    needles.add(n)
    for sid, text, spans, oks in items:
        for n in needles:
            for m in word_re(n).finditer(text):
                if not covered(spans, oks, m.start(), m.end()):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(f"{sid}: {n!r} is labelled elsewhere but not here: ...{ctx}...")


def main():
    problems, items, data = [], [], []
    for i, story in enumerate(STORIES, 1):
        sid = f"h5-{i:02d}"
        text, spans = parse(story["text"], MARK)
        oks = check_story(sid, text, spans, story.get("ok", ()), problems)
        items.append((sid, text, spans, oks))
        data.append({"full_text": text, "spans": spans, "id": sid, "notes": story["notes"]})
    cross_check(items, problems)
    serial = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    for rec in json.loads(serial):
        for s in rec["spans"]:
            if rec["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                problems.append(f"{rec['id']}: serialised offsets wrong for {s['entity_value']!r}")
    counts = {k: sum(s["entity_type"] == k for r in data for s in r["spans"]) for k in KINDS}
    empty = [r["id"] for r in data if not r["spans"]]
    for k, n in counts.items():
        if n < MIN_PER_KIND:
            problems.append(f"only {n} {k} spans (need {MIN_PER_KIND})")
    if len(empty) < MIN_EMPTY:
        problems.append(f"only {len(empty)} stories with nothing identifying (need {MIN_EMPTY})")
    if len(data) < MIN_STORIES:
        problems.append(f"only {len(data)} stories (need {MIN_STORIES})")
    words = [len(r["full_text"].split()) for r in data]
    print(
        f"{len(data)} stories, {min(words)}-{max(words)} words (mean {sum(words) / len(words):.0f})"
    )
    print(f"{sum(counts.values())} identifiers; nothing identifying: {', '.join(empty)}")
    print("| kind | count |\n|---|---|")
    for k, n in counts.items():
        print(f"| {k} | {n} |")
    problems = list(dict.fromkeys(problems))
    if problems:
        print(f"\n{len(problems)} problem(s); nothing written:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    OUT.write_text(serial, encoding="utf-8")
    print(f"wrote {OUT.name}")
    return 0


STORIES = [
    {
        "notes": "rushed lower-case phone post with typos; lower-case names after person cues; lower-case startup; neighbourhood; partial date",
        "ok": (),
        "text": """
ok so this happened last week and im still shaking lol. my manager [[PERSON:dev]] (short for [[PERSON:devendra]], nobody calls him that) told me to drop the 'refund' rows from the churn dashbaord before the board deck bc they 'arent real churn'. without them churn goes from 9.1% to 4.3%. i said thats just lying with extra steps and he said its 'framing'. then [[PERSON:kavya]] from finance pinged me saying the board pack is due [[DATE:feb 14]] and pls dont make this a thing. i work at [[ORG:tallyhoo]] (fintech, like 200 ppl, office in [[LOCATION:koramangala]]) and honestly cant afford to loose this job rn, my visa is tied to it. i made the change but kept a hidden tab w the real number and a screenshot on my personal phone. is that cowardly?? pls be honest i cant tell anymore
""",
    },
    {
        "notes": "pasted Slack log with timestamps and speaker names; #channel and @handle; JIRA key; Brazilian city; d/m/y date",
        "ok": (),
        "text": """
pasting this from our slack bc i think people should see how casually it happens

[09:12] [[PERSON:Rafaela Monteiro]]: can someone pull keystroke counts per agent for the [[LOCATION:Recife]] site, [[PERSON:Bruno]] wants it for the wednesday review
[09:14] [[PERSON:Tiago]]: per agent? like named?
[09:14] [[PERSON:Rafaela Monteiro]]: yes named. its for performance
[09:15] [[PERSON:Tiago]]: we told the works council it was aggregated only
[09:17] [[PERSON:Rafaela]]: that was before [[ORG:Contacto Azul]] signed the new SLA. just do it pls, ticket is [[ID:WFM-2207]]
[09:21] me: im not comfortable. post it in [[HANDLE:#people-analytics]] and get legal to ok it first
[09:40] [[PERSON:Bruno Acosta]]: [[HANDLE:@tiago.r]] just run it, legal is fine

legal was not fine, legal was never asked. [[PERSON:Tiago]] ran it anyway and the export went to the client on [[DATE:12/03/2024]]. two agents with the lowest counts were let go the next month, one of them was on medical leave for half of the period. i left in [[DATE:April]].
""",
    },
    {
        "notes": "NOTHING IDENTIFYING: very short ALL-CAPS rant; job titles, weekday, relative time only",
        "ok": (),
        "text": """
WHY DOES EVERY VP THINK 'ANONYMISED' MEANS DELETING THE NAME COLUMN. I HAVE EXPLAINED THREE TIMES THAT POSTCODE + BIRTH DATE + GENDER IS BASICALLY A FINGERPRINT. THREE TIMES. TODAY HE SAID 'THE LAWYERS SAID IT'S FINE' AND SENT THE FILE TO THE VENDOR ANYWAY. I'M A DATA ENGINEER NOT A MAGICIAN. I'M WRITING THIS HERE BECAUSE I CAN'T SAY IT ANYWHERE ELSE AND MY TEAM LEAD JUST TOLD ME TO 'PICK MY BATTLES'. WELL. THIS WAS THE BATTLE. I LOST IT. ON A FRIDAY AFTERNOON. GREAT WEEK.
""",
    },
    {
        "notes": "forwarded e-mail with headers and signature; Nigerian credit scoring; weekday outside date span; honorific Alhaji inside; nickname; Lagos street address; Nigerian phone",
        "ok": (),
        "text": """
Forwarding what my boss sent. 'northern cell towers' is a proxy for ethnicity and religion and everybody on that thread knows it. I replied-all asking for a fairness review. Nobody answered.

---------- Forwarded message ---------
From: [[PERSON:Oluwaseun Adeyemi-Bello]] <[[EMAIL:s.adeyemibello@kredipay.example]]>
Date: Tue, [[DATE:5 Mar 2024]] at 16:02
Subject: RE: score cutoffs for [[LOCATION:Kano]] + [[LOCATION:Maiduguri]]
To: Risk Analytics <[[EMAIL:risk-analytics@kredipay.example]]>

Team,
As agreed with [[PERSON:Alhaji Umar Sani]] from the board, we will raise the cutoff to 640 for applicants whose device metadata shows northern cell towers. Default rates justify it. Please ship by [[DATE:8 March]], no need to loop in compliance, it is a parameter change not a model change.

Thanks,
[[PERSON:Seun]]
Head of Credit Risk | [[ORG:KrediPay Ltd]]
[[LOCATION:14B Ogundana Close, Victoria Island, Lagos]]
[[PHONE:+234 809 555 0147]]
""",
    },
    {
        "notes": "Nordic non-native English with Swedish; hospital; pharma AB; region; Swedish personnummer; diarienummer with slash; Swedish date",
        "ok": (),
        "text": """
I am biostatistician at [[ORG:Nordviks sjukhus]] up in [[LOCATION:Norrland]], sorry for my english. In autumn a pharma company, [[ORG:Halvard Pharma AB]], wanted our cancer registry linked with prescription data, row level. No ethics approval, they said it will come later. My chef [[PERSON:Ingrid Lindqvist]] said 'det är bara pseudonymiserat, det går bra' - it is only pseudonymised, it is fine. But the test file they sent back to us on [[DATE:3 oktober 2023]] had a full personnummer in a free text column, [[ID:19750412-2385]], and the postcode and the diagnosis date. Anyone in [[LOCATION:Umeå]] can find this person in two minutes. I wrote to the data protection officer, the ärende got number [[ID:2023/1187]]. Nothing happened. [[PERSON:Ingrid]] now does not invite me to the project meetings. I am not sorry. Men jag är trött.
""",
    },
    {
        "notes": "pasted WhatsApp log with [date, time] stamps; Nigerian Pidgin; Lucky as a name beside 'lucky'; lower-case startup; Lagos neighbourhoods; obfuscated e-mail; Nigerian phone",
        "ok": ("my lucky days", "guy dem"),
        "text": """
[[[DATE:14/06/2024]], 21:03] [[PERSON:Chidi]]: guy dem don change the pay algo again o
[[[DATE:14/06/2024]], 21:04] [[PERSON:Lucky]]: e don reduce am for [[LOCATION:Lekki]] side. my lucky days don finish
[[[DATE:14/06/2024]], 21:06] [[PERSON:Chidi]]: [[LOCATION:Yaba]] too. 3 trips today na 2,100 naira

That is from a riders group my cousin added me to. I am the data analyst at [[ORG:ridewave]] who builds the incentive model they are complaining about. What they do not know: the new version cuts the base fare for riders whose acceptance rate is above 90%, because 'they will accept anyway'. It punishes the most loyal people. I showed my lead the simulation, he said retention is fine. [[PERSON:Lucky]] sent me his payslips, you can reach him at [[PHONE:0809 555 0198]] or [[EMAIL:lucky_rides(at)mail(dot)example]] if you are a journalist. He said he wants people to know.
""",
    },
    {
        "notes": "meeting minutes with initials (AK, T.R., J., MvdB) and ISO date; quarter with year; Dutch particle; the X office; deletion that does not delete",
        "ok": (),
        "text": """
Minutes, data governance sync, [[DATE:2024-01-17]]
Present: [[PERSON:AK]], [[PERSON:T.R.]], [[PERSON:J.]] (notes), [[PERSON:MvdB]]

1. Retention. [[PERSON:AK]]: 'deleted' accounts are soft-deleted only (is_deleted = 1); rows stay in the warehouse and in backups for seven years. [[PERSON:T.R.]]: deletion requests from [[ORG:Fjordline Mobile]] customers are marked closed in the DSAR tool the same day.
2. Action: [[PERSON:MvdB]] to ask [[PERSON:Marieke van den Berg]] in legal whether 'closed' is accurate wording.
3. Escalate to DPO? [[PERSON:AK]] against ('not before the [[DATE:Q2 2024]] audit'). Decision: no escalation for now.

I was [[PERSON:J.]] in those minutes. I wrote them as it was said, and then [[PERSON:T.R.]] asked me to remove item 1 before they were shared with the [[LOCATION:Bergen]] office. I didn't. They are still on the wiki. Nobody has read them, I think.
""",
    },
    {
        "notes": "voice-to-text transcript without punctuation; Will as a name beside 'will'; Sunny as a name; UK city and postcode districts; ordinal date in words; insurance telematics",
        "ok": ("will it be legal", "it will be", "its sunny"),
        "text": """
ok so recording this in the car because I dont have time to type um so I'm a data engineer at an insurance company [[ORG:Harbour Mutual]] and they want to use the black box telematics the location pings to see if people go to like pubs and bars late at night and then raise the premium at renewal and my manager [[PERSON:Will]] said it's just a feature and I said will it be legal and he said legal signed it off which I don't believe because the DPO [[PERSON:Sunny Okafor]] told me she never saw a DPIA for it anyway the pilot is [[LOCATION:Manchester]] and [[LOCATION:Salford]] postcodes [[LOCATION:M5]] and [[LOCATION:M6]] starting the [[DATE:first of September]] and [[PERSON:Will]] says it will be opt out in the small print so yeah its sunny and I feel sick I'm going to email [[PERSON:Sunny]] tonight
""",
    },
    {
        "notes": "NOTHING IDENTIFYING: formal reflective; product manager; consent dark pattern; 'grace period', 'hope', 'mark', 'will' as ordinary words",
        "ok": (),
        "text": """
I have been a product manager for eleven years, and I want to describe the smallest decision I regret. We were redesigning the sign-up flow. The legal team had asked for a clear consent step for sharing purchase history with advertising partners. Our director asked whether the checkbox could be pre-ticked, with a thirty-day grace period in which users could untick it in settings. I said I hoped we would not do that. He said the test would decide. The pre-ticked variant won by eleven points of 'consent', which of course measured nothing but inattention. I wrote a memo. I will not pretend it was brave: it was two paragraphs, and I did not mark it urgent. The variant shipped on a Monday. Since then I have learned to write the memo first, before the test, when it still costs something to ignore it.
""",
    },
    {
        "notes": "reddit-style post with two edits; u/ handle; subreddit not labelled; scraping; startup and '&' firm; city; landmark; IPv4 in documentation range",
        "ok": ("r/datascience",),
        "text": """
Throwaway. Tried to post this in r/datascience but it got removed for being 'not technical'.

I work at [[ORG:Pinecrest Analytics]] (~40 people, [[LOCATION:Austin]]). Our biggest client is a staffing firm, [[ORG:Marlow & Finch]], and for them we scrape public profiles and job boards to build 'candidate intent' scores: who is likely to quit in the next 90 days. The scraper ignores robots.txt and rotates residential proxies. When I asked whether the people being scored know, my manager took me for a walk around [[LOCATION:Zilker Park]] and explained that public data is public. Then he said the client also wants to sell the scores back to employers.

EDIT: to [[HANDLE:u/quietlemur]] who DMed me: no, I won't share the repo.
EDIT 2: yes, I know it's in logs. The scraper ran from [[ID:203.0.113.44]] and that box belongs to us, not the proxy provider. I'm not stupid, I'm scared.
EDIT 3: the client literally advertises it, 'we know before they do': [[URL:www.marlowfinch.example/insights/intent]]
""",
    },
    {
        "notes": "tweet thread; Pat as a name beside 'pat yourself'; year range as two DATEs; @handle with particle name; Signal username; ad-tech targeting",
        "ok": ("pat yourself",),
        "text": """
1/ thread about the thing nobody in ad-tech wants to talk about 🧵
2/ from [[DATE:2022]] to [[DATE:2023]] i built 'audience segments' at [[ORG:Beaconly]]. one segment was literally 'recently pregnant + low income + no car'
3/ it sold. it sold REALLY well. payday lenders and formula brands bought it every week
4/ my lead [[PERSON:Pat]] said 'pat yourself on the back, CTR is up 30%'
5/ i asked where the pregnancy signal came from. answer: a period-tracking SDK inside 3 free apps. users 'consented' in paragraph 41 of the terms
6/ if ur at [[ORG:Beaconly]] and reading this, hi [[HANDLE:@marcusdelacroix]] 👋 you know exactly which table i mean
7/ i quit. no NDA because i never signed the new one lol
8/ receipts (the segment catalogue, archived): [[URL:https://t.co/Xk29fLmQ0a]]
9/ DMs open, or signal: [[HANDLE:quietdata.07]]. not posting the schema, stop asking
""",
    },
    {
        "notes": "Hinglish with code-switching; edtech child data; honorific 'sir' and 'bhaiya' after names; Indian sector address; Aadhaar-like number; holiday with year; Indian phone",
        "ok": (),
        "text": """
Yaar kya bataun. I am ML engineer at edtech startup [[ORG:PadhoPlus]], office is in [[LOCATION:Sector 62, Noida]]. Our app has 'attention score' for live classes, webcam se bacchon ka face track karte hai, class 3 to 5 students. [[PERSON:Gupta]] sir told us the scores will be shared with a coaching chain, [[ORG:BrightPath Tuition]], so they can call parents with 'your child is weak in focus' offers. Consent form me sirf likha hai 'to improve learning'. [[PERSON:Rohan]] bhaiya from backend showed me the CSV they already sent - it has parent mobile numbers like [[PHONE:+91 99990 55501]] and even one kid's Aadhaar, [[ID:4821 7730 1956]], because admissions team uploaded the scan. I said bhai this is children data, DPDP bhi hai ab. [[PERSON:Gupta]] sir said launch is before [[DATE:Diwali 2024]], don't create panic. I have not slept properly since two days.
""",
    },
    {
        "notes": "Spanish code-switching, Colombia; elections microtargeting; S.A.S. legal suffix; honorific 'don' outside; cédula; Spanish month-year; real agency",
        "ok": (),
        "text": """
Les cuento porque no tengo a quién más. Trabajaba como analista en [[ORG:Consultores Vértice S.A.S.]] en [[LOCATION:Medellín]]. Before the regional elections of [[DATE:octubre de 2023]] we got a contract from the campaign of [[PERSON:Hernán Zuluaga]]. The 'base de datos' they gave us was a voter list crossed with a loans database, with cédula numbers, for example [[ID:1.036.482.915]], and a column 'deuda_morosa'. The idea was to send WhatsApp messages to people in debt promising 'alivio' if he wins. Don [[PERSON:Álvaro]], my boss, said everybody does it. I asked where the list came from and he said 'de un amigo en la [[ORG:Registraduría]]'. I refused to build the segments. Two weeks later my contract was not renewed, 'por reestructuración'. The messages went out anyway, I got one myself.
""",
    },
    {
        "notes": "NOTHING IDENTIFYING: pasted chat with role labels only; A/B test peeking; 'summer' without a year; weekday",
        "ok": (),
        "text": """
This is a real chat, I only replaced the names with roles.

[10:02] Manager: can you check the test again, it's been four days
[10:03] Me: it's still not significant. we planned for three weeks
[10:03] Manager: what if we cut the mobile users, they're noisy anyway
[10:05] Me: then we are choosing the segment after seeing the result
[10:06] Manager: everyone does that. just have a look
[10:20] Me: with mobile removed p = 0.04
[10:21] Manager: perfect!! put that in the deck for Thursday

I put both numbers in the deck. The mobile-free one got the big font. Nobody asked about the other one. The feature launched before the summer and conversion went down, which nobody connected to the test because by then we were looking at a different dashboard.
""",
    },
    {
        "notes": "Discord log with name#1234 tags; Ghanaian annotators; crowd platform; NGO; project code name; requester ID; relative 'Today at' not labelled",
        "ok": (),
        "text": """
from the annotators discord (server for workers on the [[ORG:TaskHive]] platform):

[[HANDLE:kofi_labels#4471]] — Today at 02:13
they rejected 400 of my bounding boxes with no reason and kept the data. 3 nights of work
[[HANDLE:amaka.tags#0920]] — Today at 02:15
same. its the [[ORG:Project Lantern]] batch. requester [[ID:A3QX7TK2M9]]. they reject to not pay then use it anyway
[[HANDLE:kofi_labels#4471]] — Today at 02:16
i am writing to the [[ORG:Fair Tasks Alliance]] people

I'm a QA lead on the client side of [[ORG:Lantern]], in [[LOCATION:Accra]] like a lot of the workers. I can see the rejected boxes are in the training set. Our contract says rejected work is deleted. It isn't. I've asked twice. The answer is that 'quality filtering happens downstream'. At $1.20 an hour I don't know how else to put it: we are stealing from them.
""",
    },
    {
        "notes": "pasted log line with ISO timestamp DATE, user id, e-mail, IP; JIRA key; Bob as a name beside 'bob's your uncle'; Polish-English; erasure that fails",
        "ok": ("bob's your uncle",),
        "text": """
this is from our prod logs, one of ~3000 lines every night:

[[DATE:2024-05-02T03:14:07Z]] ERROR purge_worker: delete failed user_id=[[ID:88412093]] email=[[EMAIL:h.kowalczyk@mailbox.example]] src_ip=[[ID:198.51.100.23]] reason="row referenced by ml_features.snapshot_2023q4"

so the 'delete my account' button marks the request done, the worker fails because the feature snapshots reference the row, and bob's your uncle, the person is 'forgotten' in the UI and fully present in training data. i raised [[ID:PRIV-1182]] at [[ORG:Skladly]]. [[PERSON:Bob]] (eng manager, yes really) closed it as won't fix: 'snapshots are immutable by design'. i asked [[PERSON:Bob]] to at least stop telling customers the data is deleted. he said that's a copy question for marketing. ja pierdolę.
""",
    },
    {
        "notes": "SQL snippet with employer, ZIP codes and date inside; initial with full stop before surname; US insurer; health data to employer",
        "ok": (),
        "text": """
Tell me if I'm overreacting. This is the query I was asked to run at [[ORG:Velden Health]] (I'm an analyst on the employer-reporting team):

SELECT member_id, age, rx_class, diagnosis_code
FROM claims.members
WHERE employer_name = '[[ORG:Dunmore Logistics]]'
  AND zip5 IN ('[[LOCATION:46201]]', '[[LOCATION:46204]]')
  AND svc_date >= '[[DATE:2023-10-01]]'
  AND rx_class IN ('prenatal_vitamins', 'fertility');
-- requested by [[PERSON:K. Ashworth]], HR

The employer has 180 people in those two ZIPs. 'Aggregate' output with six rows is not aggregate. I pushed back and my supervisor said [[PERSON:Ashworth]] is a 'very important relationship'. I ran it with a minimum cell size of 20, which returned nothing, and sent that. I'm waiting for the fallout.
""",
    },
    {
        "notes": "CSV paste with 'Lastname, Firstname' PERSON cells, employee IDs and sites; go-link; fiscal year; Dawn as a name beside 'at dawn'; algorithmic layoffs; UK cities",
        "ok": ("at dawn",),
        "text": """
People analytics built a 'flight risk' score. Finance turned it into a redundancy list for [[DATE:FY2024/25]]. This was in the file, dashboard at [[URL:go/flightrisk]]:

emp_id,name,site,flight_risk,recommended_action
[[ID:E10442]],"[[PERSON:Hargreaves, Tom]]",[[LOCATION:Leeds]],0.91,exit
[[ID:E10517]],"[[PERSON:Begum, Shirin]]",[[LOCATION:Bradford]],0.88,exit
[[ID:E11020]],"[[PERSON:Nowicki, Paweł]]",[[LOCATION:Leeds]],0.86,review

A 'flight risk' of 0.88 mostly means you were on parental leave or you took the employee survey seriously. I built the model. I told [[PERSON:Dawn]] from HR it predicts leaving, not performance, and that firing people because they might leave is circular. She said the list came from the top at [[ORG:Northgate Retail Group]]. The emails went out at dawn, literally 6am.
""",
    },
    {
        "notes": "NOTHING IDENTIFYING: short angry lower-case post about gig pay; 'lucky', 'rich', 'art' as ordinary words",
        "ok": (),
        "text": """
gig platform data scientist here. we have a whole team whose job is basically figuring out the lowest pay a courier will accept before they log off. its called 'supply elasticity'. there is an art to it apparently. the couriers who are new get the good offers, the ones who depend on it get squeezed bc the model learned they cant leave. if you're lucky enough to have another job you get paid more. rich people tip, poor couriers pay. i bring it up every quarter in the planning doc and it gets a thumbs up emoji and nothing else. im looking for other jobs. dont tell me to 'change it from inside'
""",
    },
    {
        "notes": "Japanese non-native English; family-name-first name with -san outside; bucho; K.K.; city and district; Japanese-era date; facial recognition in shops",
        "ok": (),
        "text": """
I work for [[ORG:Kasumi Data Solutions K.K.]] in [[LOCATION:Osaka]], we make analytics for retail shops. From [[DATE:令和6年4月]] our biggest client wants face recognition at the entrance of their stores in [[LOCATION:Umeda]], to make 'caution list' of customers. Who is on list? People who returned items many times, and people staff 'feel suspicious'. No notice at the door, only a small sticker 'camera in operation'. My bucho [[PERSON:Tanaka Hiroshi]]-san said it is the client's responsibility, not ours. [[PERSON:Suzuki]]-san from the legal side said APPI maybe allows it if it is 'for crime prevention'. I showed [[PERSON:Tanaka]]-san that the model false match rate is much higher for darker skin, because our training data is from Japanese faces mostly. He said 'then we will not tell them about it'. I am still in the project. 申し訳ない気持ちです。
""",
    },
    {
        "notes": "Korean non-native English; hyphenated given name, family-name-first; title after name (팀장님) and -ssi outside; Korean date; Korean mobile; district; emotion AI in call centre",
        "ok": (),
        "text": """
I am data scientist in [[ORG:Hanbit Telecom]] customer center analytics, office in [[LOCATION:Pangyo]]. From [[DATE:2024년 3월 15일]] they put 'emotion AI' on all agent calls. The score is not only for customer anger, it is for agent voice: 'friendliness', 'energy'. Low score agents get extra training and after three low months, contract not renew. [[PERSON:Park]] 팀장님 (team leader) asked me to validate the model. I found it gives lower friendliness to agents with a strong regional accent and to older women. I reported to [[PERSON:Park]] 팀장님 and to [[PERSON:Kim Min-seo]] in HR. [[PERSON:Min-seo]]-ssi called me on my personal phone ([[PHONE:010-5550-2231]]) and said kindly please do not write this in email. So now I write here. I think many agents lose job because of how they speak, not how they work.
""",
    },
    {
        "notes": "Gulf context; Eng. honorific outside; Al- particle; ibn; Hijri date; Iqama and passport numbers; obfuscated e-mail; Riyadh district; ride-hailing location shared without warrant",
        "ok": (),
        "text": """
I was senior data engineer at [[ORG:Tamkeen Mobility]] in [[LOCATION:Riyadh]], ride-hailing. During [[DATE:Ramadan 1445]] my manager, Eng. [[PERSON:Faisal Al-Harbi]], asked me to build an export of full trip history for a list of drivers, with home pickup points. The request came by phone, not by ticket. The list had Iqama numbers like [[ID:2456781390]] and for the foreign drivers passport numbers, one was [[ID:P7741026]]. When I asked which authority and which legal order, Eng. [[PERSON:Faisal]] said 'it is from above, do not ask'. My colleague [[PERSON:Yusuf ibn Khalid]] refused first and was moved to another team in [[LOCATION:Al Olaya]] office next week. I did the export. I kept a copy of the request, he sent it from his private mail, [[EMAIL:f.alharbi.91 at mailbox dot example]]. I think about these drivers every day.
""",
    },
    {
        "notes": "Ghanaian English with Twi; hospital and ministry (real); honorific-like 'Nana' inside name; 'Auntie' outside; Faith as a name beside 'in good faith'; GhanaPost address; Ghana phone; month-year",
        "ok": ("in good faith",),
        "text": """
Me nua, let me tell you. I was research officer on a maternal health study at [[ORG:Korle Bu Teaching Hospital]]. In [[DATE:March 2024]] the sponsor, an American health-tech company called [[ORG:Vitalink]], asked for the raw WhatsApp voice notes the mothers sent to our nurses, to 'train a triage model'. Consent form said the notes are for care only. Our PI, Dr. [[PERSON:Nana Yaw Boateng]], said we signed the data agreement in good faith and the [[ORG:Ministry of Health]] already approved. Auntie [[PERSON:Efua]], the senior nurse, cried when she heard. [[PERSON:Faith]], my co-worker, and I wrote to the ethics committee. The committee office is at [[LOCATION:GA-183-8164]], we even went there ourselves. [[PERSON:Faith]] gave her number, [[PHONE:+233 20 555 0134]], for follow-up. No one called. The upload happened. Hmm.
""",
    },
    {
        "notes": "Kenyan English with Swahili; 'Mama' outside name; digital lender; Nairobi neighbourhood and city; Kenyan ID number; Kenyan phone; M-Pesa as a tool (not labelled)",
        "ok": ("M-Pesa",),
        "text": """
Nimechoka kabisa. I'm a credit analyst at [[ORG:Haraka Credit]], we give small loans through M-Pesa. Our scoring model uses the contact list of the phone. If many of your contacts defaulted, your score goes down, and when you default, collections SMS all your contacts. Mama [[PERSON:Wanjiru]] in [[LOCATION:Eastleigh]] was shamed to her church group for 1,500 bob she owed. Her son called our office from [[PHONE:0722 555 0191]] crying. I pulled her file, national ID [[ID:28841937]], just to check if it was a mistake. It was not a mistake, it is the design. When I raised it, my boss in [[LOCATION:Kisumu]] said 'hii ni business, si charity'. I am still there because I have my own loans to pay. Pole sana Mama [[PERSON:Wanjiru]].
""",
    },
    {
        "notes": "Taglish; Ate/Kuya honorifics outside; Joy and Angel as names beside 'no joy' and 'angel' as word; BPO; Philippine street address containing labelled places; PhilSys-like number; Philippine phone; Tagalog month",
        "ok": ("no joy", "not an angel"),
        "text": """
Hay nako. I'm a QA analyst sa [[ORG:Lakbay BPO Solutions]], office namin sa [[LOCATION:Ortigas]]. Since [[DATE:Hunyo 2024]] may 'idle detection' na sa laptops, mouse movements every 30 seconds, screenshots every 10 minutes. Ate [[PERSON:Joy]] (TL namin) told us it's for the American client only, pero lahat kami naka-install. I checked the dashboard: it stores screenshots of personal GCash and chats. Nag-try ako mag-ask sa HR, no joy. Kuya [[PERSON:Angel]] from IT said he's not an angel either, he just installs what they tell him. Our address is [[LOCATION:Unit 1203, Tektite Tower, Ortigas Center, Pasig City]] if any labor inspector reads this. One agent got NTE because the tool saw her PhilSys card, [[ID:4471-0938-2265-1807]], on screen during a break. Ate [[PERSON:Joy]] said ok lang, just be careful. Contact me sa [[PHONE:+63 917 555 0182]].
""",
    },
    {
        "notes": "Indonesian code-switching; Pak and Mbak outside names; PT prefix; Jakarta district; NIK; Indonesian date; bare URL path; loan app contact scraping",
        "ok": (),
        "text": """
Aduh, saya bingung. Saya data scientist di [[ORG:PT Dana Kilat Indonesia]], kantor di [[LOCATION:Jakarta Selatan]]. Our app reads the borrower's whole contact list, and the collection team uses it. Pak [[PERSON:Bambang]], head of collections, asked me for a model: 'which contact will pay if we shame the borrower to them'. Kontak yang paling 'sensitif', like the boss or the mother-in-law. Mbak [[PERSON:Sari]] from legal said it's allowed because the privacy policy at [[URL:danakilat.example/kebijakan-privasi]] mentions 'kontak darurat'. One borrower, NIK [[ID:3174056708900002]], tried to kill himself after they messaged his whole office on [[DATE:17 Agustus 2023]], Independence Day. I refused to build the model. Pak [[PERSON:Bambang]] got a vendor to do it. Saya masih kerja di sana. Saya malu.
""",
    },
    {
        "notes": "Chinese-English mix; Xiao before surname outside; two-letter surname; WeChat ID as HANDLE; Chinese date; city and district; loyalty score from chat",
        "ok": (),
        "text": """
老实说 I don't know if this counts as an ethics story or just normal. I'm an NLP engineer at [[ORG:Yunjing Tech]] in [[LOCATION:Shenzhen]], [[LOCATION:Nanshan]] district. Since [[DATE:2023年11月]] HR wants a 'loyalty index' for each employee, computed from work chat messages: negative sentiment about the company, mentions of other companies, late-night job site visits on the work laptop. My team lead Xiao [[PERSON:Li]] said the scores are 'only for retention conversations'. Then two people with the lowest index were not renewed. One of them added me on WeChat afterwards ([[HANDLE:wxid_8fj2k9aa01]]) and asked me if it was the model. I said I don't know, which is a lie. [[PERSON:Li]] 总 (the other [[PERSON:Li]], our VP) wants version 2 with voice from meeting rooms. 我不想做。
""",
    },
    {
        "notes": "NOTHING IDENTIFYING: Eastern European non-native English, reflective; backups; generic places ('the capital', 'our office'); relative dates",
        "ok": (),
        "text": """
In my country we have saying: paper will endure everything. I am data engineer in a medium bank in the capital, ten years already. Last year a client asked to delete all his data, he was a journalist and was afraid. The ticket was closed in two days. But I know our architecture: there are nightly backups kept for five years, there is a copy in the anti-fraud system, and there is the analytics lake where nothing is deleted ever because nobody knows who owns what. I told my head of department. He said backups are 'not processing'. I said they are processing, they are the most processing. He laughed and said I am too literal, it is a typical engineer problem. Maybe. But the journalist was afraid for a reason, and we told him he can stop being afraid.
""",
    },
    {
        "notes": "Polish context; Pani honorific outside; S.A. legal suffix; city with diacritics; PESEL; Polish date; Ukrainian demonym not labelled; insurance pricing of refugees",
        "ok": (),
        "text": """
I'm a pricing analyst at [[ORG:Vistula Insurance S.A.]] in [[LOCATION:Kraków]]. In the spring the pricing committee added a feature 'foreign document type' to the car insurance model. In practice it means Ukrainian refugees with temporary protection get +18% premium. Pani [[PERSON:Nowak]] from the actuarial team said it is 'claims experience', but we have eleven months of data, nothing credible. On [[DATE:12 marca 2024]] I presented an analysis showing the feature is basically nationality. My director [[PERSON:Oksana Hrytsenko]] - herself from [[LOCATION:Lviv]], which made it worse somehow - said she agrees but the board wants it. A customer complained and sent us her PESEL, [[ID:85071203456]], asking why her quote was higher than her Polish neighbour's. Pani [[PERSON:Nowak]] drafted the answer. I could not read it to the end.
""",
    },
    {
        "notes": "forwarded German e-mail with headers (Von/Gesendet/An/Betreff); Dr. outside; weekday outside; GmbH; German street address with PLZ; German phone; German dates",
        "ok": (),
        "text": """
My boss wants to send identifiable patient data to a pharma client and calls it anonymised. This landed in my inbox, I'm one of the two data people in the team:

Von: Dr. [[PERSON:Katrin Vogelsang]] <[[EMAIL:k.vogelsang@mediwerk.example]]>
Gesendet: Montag, [[DATE:4. März 2024]] 08:51
An: [[EMAIL:datenteam@mediwerk.example]]
Betreff: Export Patientendaten für [[ORG:Corvalis]]

Hallo zusammen,
bitte den Export (Geburtsdatum, PLZ, Diagnose, Aufnahmedatum) bis [[DATE:15.03.2024]] an [[ORG:Corvalis]] liefern. Namen sind ja raus, also anonym. Rückfragen gern an mich.

Viele Grüße
[[PERSON:Katrin Vogelsang]]
[[ORG:MediWerk GmbH]] · [[LOCATION:Hafenstraße 12, 20459 Hamburg]] · Tel. [[PHONE:+49 40 5550 1234]]

Birth date + postcode + admission date is not anonymous, it's a lookup key. I told Dr. [[PERSON:Vogelsang]] this in person and she said the client contract requires it. I've contacted our DPO.
""",
    },
    {
        "notes": "pasted LINE chat export with date header; Thai honorific P' outside; nickname; Thai ID number; Buddhist-era date; Bangkok district; loan app",
        "ok": (),
        "text": """
LINE export from our team group, translated by me:

[[DATE:2024.02.03]] Saturday
10:21 [[PERSON:Somchai]]: boss wants the 'reminder' flow to message the borrower's employer after day 3
10:22 P'[[PERSON:Nok]]: that is not reminder, that is threat
10:24 [[PERSON:Somchai]]: he says the contract allows contact 'any reference'
10:30 [[PERSON:Fah]]: I already see one complaint, ID [[ID:1-1037-02245-81-6]], she lost her job at a shop in [[LOCATION:Bang Na]]

I'm the data analyst at [[ORG:Siam Rapid Loans]] who measured the 'uplift' of that flow. It works: repayment is up 9 points. It also works the way a gun works. P'[[PERSON:Nok]] and I asked to stop it before the new financial year, [[DATE:มีนาคม 2567]]. We were told the uplift is too big to lose. [[PERSON:Fah]] resigned. I am still here, sending the weekly uplift chart.
""",
    },
    {
        "notes": "SMS thread with sender number and short date; UK mobile drama range; nickname; Mark as a name beside 'mark it'; '&' firm; UK town; maternity leave in attrition model",
        "ok": ("mark it", "Mark my words"),
        "text": """
SMS from my team lead, [[DATE:03/11/23]], from [[PHONE:07700 900461]]:

[[PERSON:Gav]]: need u to rerun the attrition model without the maternity flag... no wait WITH it but hide it from the slide lol
Me: that's literally discrimination
[[PERSON:Gav]]: its a feature not a decision. [[PERSON:Mark]] wants it by 9
Me: then [[PERSON:Mark]] can ask me himself
[[PERSON:Gav]]: dont be like that. just mark it as 'tenure interaction' in the appendix

Context: I'm the only data scientist at [[ORG:Brindle & Oak]], about 600 staff, head office in [[LOCATION:Swindon]]. The model flags 'likely leavers' for the next restructure. Women back from maternity leave score highest because they leave more, partly because of how we treat them. Mark my words, someone will sue. I wrote it all down in a personal notebook with dates.
""",
    },
    {
        "notes": "numbered complaint to a regulator (draft); full name then abbreviation as separate ORG; housing association; UK street address with postcode; case reference with letters; employee number; Irish O' name; signature initial",
        "ok": (),
        "text": """
To: the [[ORG:Information Commissioner's Office]] ([[ORG:ICO]])
Re: complaint about my employer (draft, not sent yet)

1. I am a data analyst employed by [[ORG:Calder Valley Housing Association]], [[LOCATION:22 Mill Lane, Hebden Bridge, HX7 8AB]]. My employee number is [[ID:CVHA-0419]].
2. On [[DATE:9 January 2024]] my manager, [[PERSON:Siobhán O'Dowd]], instructed me to add tenants' benefit status and disability flags to a 'risk of arrears' model used to prioritise evictions.
3. Tenants were never told. The privacy notice mentions 'service improvement' only.
4. I raised this internally (reference [[ID:IC-284471-Q8T3]]) and was told by [[PERSON:O'Dowd]] that the [[ORG:ICO]] 'never fines housing associations'.
5. I ask the [[ORG:ICO]] to review whether this processing is lawful.

[[PERSON:R.]]
""",
    },
    {
        "notes": "HN-style Ask post with edit; lower-case startup; accelerator acronym; GitHub user handle; hiring model bias; relative dates only",
        "ok": (),
        "text": """
Ask HN: Is it ethical to ship a model we know is biased if the alternative is humans who are worse?

Throwaway for obvious reasons. I'm an ML eng at a hiring startup (we're [[ORG:hirewise]], lowercase h, you've probably seen the ads). Our resume ranker penalises employment gaps. Gaps correlate with caregiving, illness, incarceration. The CEO's argument: recruiters are more biased, we're 'less bad', and we publish an audit. The audit uses a four-fifths test on gender only, on a sample we choose.

A former colleague ([[HANDLE:@jvoss-ml]] on GitHub, she's public about this so I'm not outing her) left over it. I'm considering the same. Is 'less bad than humans' a real defence or a story we tell ourselves?

Edit: yes, I know this startup was [[ORG:YC]]-backed, no, that's not the point. Edit 2: thanks to everyone who emailed, I can't reply to all.
""",
    },
    {
        "notes": "NOTHING IDENTIFYING: meeting notes with roles only; relative dates, quarter without year, weekday; tools (Looker, dbt)",
        "ok": (),
        "text": """
Notes from the weekly metrics review (roles only):

- Head of Growth: wants 'active users' redefined as anyone who opened a push notification. Would lift the number by about 30% before the end of quarter.
- Analytics lead: objects, because the board compares it to last year's definition. Suggests a footnote.
- Head of Growth: footnotes 'confuse people'.
- Me (analyst): asked if we can show both. Answer: 'one number, one story'.
- Decision: new definition from next Monday, dbt model updated by the analytics engineer, Looker tile renamed, no footnote.

After the meeting the analytics lead told me privately she would write it up for the audit committee. She didn't. I understand why; she has a mortgage and a toddler. I'm the one with nothing to lose and I didn't either.
""",
    },
    {
        "notes": "third person about a colleague; Hope as a name beside 'I hope' and 'no hope'; annotation vendor; project code name; Nairobi; badge number; vague-but-absolute date",
        "ok": ("I hope", "no hope"),
        "text": """
This is about a colleague, not me. She said I could use her first name: [[PERSON:Hope]].

[[PERSON:Hope]] ran annotation QA at [[ORG:Clearlabel]] for the [[LOCATION:Nairobi]] team. In [[DATE:late 2023]] they started labelling content for [[ORG:Project Heron]], a moderation model for a large platform. The queue was suicide, child abuse, beheadings, eight hours a day. The 'wellness' budget was one counsellor for 300 people. [[PERSON:Hope]] wrote to the account manager asking for rotation and time off. Her badge, [[ID:CL-3390]], was deactivated the next week 'due to a restructure'. She had no hope of getting a reference after that. Everyone on the [[ORG:Heron]] queue knows what happened to her, which is presumably the point. I hope someone who buys this data reads this.
""",
    },
    {
        "notes": "NOTHING IDENTIFYING: voice-to-text without punctuation; hiring bias; 'mark', 'bill', 'chance' as ordinary words; generic places",
        "ok": (),
        "text": """
so basically what happened is we had this video interview tool that scores candidates and the vendor sends us a bill every month and I'm the analyst who has to check the numbers and I noticed candidates who did the interview from a phone in a shared room got lower scores every time like a full mark lower on a five point scale and those are the people from the poorer part of town and I told my manager and he said there's no chance the vendor didn't test for that and I said can we ask them and he said we pay them to know and I'm not going to be the one who loses the contract so yeah nothing happened and I'm still checking the bill every month
""",
    },
    {
        "notes": "Brazilian Portuguese code-switching; seu and a as honorific/article outside; dos particle; Brazilian street address with CEP; CPF; Brazilian phone with parentheses; Portuguese month-year; regulator acronym",
        "ok": (),
        "text": """
Gente, preciso desabafar. Sou cientista de dados numa fintech, a [[ORG:Crediágil]], em [[LOCATION:São Paulo]]. Em [[DATE:maio de 2024]] o seu [[PERSON:Jorge]], nosso diretor, pediu para incluir no score de crédito o 'bairro de origem' do cliente. On paper it's to 'capture regional risk', but it basically punishes people from the periphery. A [[PERSON:Dani]] do jurídico disse que a LGPD não proíbe. I built a test: same person, same income, CPF [[ID:482.731.906-15]] used as the example, only the CEP changed, and the score dropped 110 points. [[PERSON:Ana dos Santos]], my lead, told me to send it to the [[ORG:ANPD]] if I want, 'mas sem o nome da empresa'. Our office is at [[LOCATION:Rua Augusta, 1508 - Consolação, São Paulo - SP, 01304-001]]. If anyone wants to talk: [[PHONE:(11) 95555-0142]].
""",
    },
    {
        "notes": "Mexican Spanish code-switching; Sra. outside; neighbourhood with postcode; CURP; Mexican plate; Mexican phone; Spanish date; delivery driver tracking",
        "ok": (),
        "text": """
Trabajo como data engineer en [[ORG:Entregalo]], delivery app en la [[LOCATION:Ciudad de México]]. Since [[DATE:15 de enero de 2024]] the app keeps recording drivers' GPS after they log off, 'para seguridad'. I found out because Sra. [[PERSON:Guadalupe Ríos]], a driver from [[LOCATION:Col. Roma Norte, 06700]], complained that we knew she went to a clinic on her day off: her account was flagged 'riesgo médico' and she lost the priority zone. Her CURP, [[ID:RIOG850312MDFSSD09]], and her moto plate, [[ID:A12-BCD]], are in the complaint, I saw it. My manager [[PERSON:Iván]] said the off-shift data is 'anonymous' because it is in another table. It is joined by driver_id, [[PERSON:Iván]]. Sra. [[PERSON:Ríos]] left a voice message to support from [[PHONE:55 5555 0134]], nobody answered it. Yo sí lo escuché.
""",
    },
    {
        "notes": "Iranian context; Persian (Solar Hijri) date; obfuscated e-mail; Tehran; telecom data retention request; family name only",
        "ok": (),
        "text": """
I worked as data engineer at [[ORG:Sepehr Analytics]], a company that does churn models for mobile operators in [[LOCATION:Tehran]]. On [[DATE:15 Aban 1402]] a request arrived to keep cell tower logs of subscribers near universities 'for longer than normal', and to build a daily list of SIMs that were near two or more protest locations. My manager [[PERSON:Farid Nazari]] forwarded it from his personal address, [[EMAIL:farid.n at sepehr dot example]], so there is no company record. I told him that this list is not churn, it is arrest. He said if we do not build it, the operator's internal team will build it worse and catch more innocent people. I don't know if he was wrong. I left the country in the winter. Mr [[PERSON:Nazari]] is still there, I think he believes he was helping.
""",
    },
    {
        "notes": "YAML incident record pasted by a DPO; Danish name with ø; A/S company; regulator; city; ISO date; URL with scheme on an intranet host; incident ID",
        "ok": (),
        "text": """
I'm the DPO. This is the incident record as it stands, pasted from our portal:

incident:
  id: [[ID:DPO-2024-031]]
  reported_by: [[PERSON:Lena Sørensen]]
  detected: [[DATE:2024-02-29]]
  controller: [[ORG:Blåhval Energi A/S]]
  site: [[LOCATION:Aarhus]]
  summary: smart-meter readings (15-min) shared with marketing vendor, allowing occupancy inference
  affected_subjects: 12400
  notify_regulator: false   # changed from true by CFO
  link: [[URL:https://dpo-portal.blaahval.internal/incidents/2024-031]]

The 'false' is the problem. Fifteen-minute readings show when people are home, asleep, on holiday. 72 hours to notify [[ORG:Datatilsynet]] passed on a Sunday. The CFO says the vendor is a 'processor' so there's no breach. The vendor's contract says otherwise. [[PERSON:Lena]] who reported it has been asked to 'focus on her regular tasks'. I'm escalating to the board tomorrow and I'm writing this down in case I'm not here next month.
""",
    },
    {
        "notes": "JSON record from a kids' smartwatch; device serial, MAC address, GPS coordinates as one LOCATION, child first name, school, parent e-mail; bug ticket",
        "ok": (),
        "text": """
One record from the location table of a kids' smartwatch, exactly as our support tool shows it to any of 60 support agents:

{"device_serial": "[[ID:KW7-20931-XB]]", "wifi_mac": "[[ID:3C:22:FB:90:1A:7E]]", "child_first_name": "[[PERSON:Maja]]", "gps": "[[LOCATION:55.6892, 12.5541]]", "school": "[[ORG:Nørrebro Friskole]]", "parent_email": "[[EMAIL:jensen.familie@postkasse.example]]", "ts": "[[DATE:2024-04-11]] 07:58"}

I'm a backend dev at [[ORG:Tikki Watch]]. Every agent can search by child name and see where the child is now and every place they've been for two years. I filed [[ID:TW-5512]] asking for role-based access and a 30-day retention. Product said parents 'expect history' and support 'needs context'. A support agent was fired last year for looking up an ex-partner's kid. The access was not changed. The ticket is still open.
""",
    },
    {
        "notes": "pasted Teams chat with 'Lastname, Firstname' headers; von particle; AG; German city; German numeric date; union detection from chat sentiment",
        "ok": (),
        "text": """
From a Teams chat, [[DATE:14.11.2023]]:

[[PERSON:Müller, Jana]] 10:42
can you remove the works council members from the sentiment export?
[[PERSON:Okonkwo, Emeka]] 10:44
remove as in exclude, or as in... hide that we have it?
[[PERSON:Müller, Jana]] 10:45
hide. [[PERSON:Friedrich von Arnim]] doesn't want questions before the vote

I'm [[PERSON:Emeka]]. I work as a data scientist at [[ORG:Rheinkraft AG]] in [[LOCATION:Düsseldorf]]. The 'employee sentiment' dashboard reads internal chat channels, supposedly aggregated by department. In reality there's a drill-down that shows which people use words like 'union', 'strike', 'Betriebsrat'. [[PERSON:Jana]] is my manager. [[PERSON:Von Arnim]] is the COO. I didn't hide anything, I deleted the drill-down and told the works council chair. I'm on 'garden leave' now, which is a very German way to be fired slowly.
""",
    },
    {
        "notes": "US campaign analytics; Chance, Bill, Summer as names beside 'no chance', 'bill the campaign' and a season DATE; short link; intranet wiki path; agency with abbreviation; county and city; US phone",
        "ok": ("no chance", "bill the campaign"),
        "text": """
Data director at a political consultancy here ([[ORG:Red Canyon Strategies]], [[LOCATION:Phoenix]]). For the [[DATE:fall 2024]] cycle my boss [[PERSON:Chance Whitaker]] merged the voter file for [[LOCATION:Maricopa County]] with a data broker's 'financial distress' segment and a health-interest segment. The plan is on the wiki at [[URL:wiki.redcanyon.internal/data/voterfile-merge]] and the deck was shared as [[URL:bit.ly/3xVtr9Q]]. Targeting people who might have cancer with scare ads about healthcare. [[PERSON:Bill]] in finance asked how to bill the campaign for 'data enrichment'. I asked [[PERSON:Summer]], my deputy, whether she'd back me if I refused; she was hired in [[DATE:summer 2023]] and has a kid, so I didn't push. There's no chance the [[ORG:Federal Election Commission]] cares about targeting ([[ORG:FEC]] rules are about money). [[PERSON:Chance]] gave me his cell, [[PHONE:(602) 555-0148]], 'for anything sensitive'.
""",
    },
    {
        "notes": "Bangladeshi English with Bangla; bhai outside; Telegram username; city area with number; NID; Bangladeshi phone; Bengali calendar date; rider deactivation",
        "ok": (),
        "text": """
Ami data analyst at [[ORG:Jhotpot Delivery]] in [[LOCATION:Dhaka]]. Our riders get auto-deactivated when the fraud model sees 'GPS anomaly'. Problem: in [[LOCATION:Mirpur 10]] the metro pillars break the GPS, so the model thinks riders are spoofing. [[PERSON:Rakib]] bhai, one of our oldest riders, got deactivated in [[DATE:Boishakh 1431]] right before Eid, with 3 weeks pay held. He messaged me on Telegram ([[HANDLE:@rakib_rides]]) with his NID, [[ID:5512 908 4471]], asking why. I showed my manager [[PERSON:Tahmina Akter]] that 70% of flags are from 4 areas. She said the fraud team needs 'strong deterrent' and appeals are 'expensive'. I made a whitelist for the metro areas on my own. Nobody noticed for 2 months and fraud did not go up. [[PERSON:Rakib]] bhai is back. If somebody needs proof, his number is [[PHONE:+880 1715-550123]], he said ok.
""",
    },
    {
        "notes": "ALL-CAPS rant; capitalised ORG, PERSON and LOCATION; Rich as a name beside 'rich' as a word; badge number; month-year; warehouse productivity firing",
        "ok": ("THE RICH GET RICHER",),
        "text": """
THEY FIRED 40 PEOPLE AT THE [[LOCATION:LEEDS]] WAREHOUSE IN [[DATE:JANUARY 2024]] BASED ON A 'PRODUCTIVITY SCORE' THAT I BUILT. I BUILT IT FOR ROTA PLANNING. NOT FOR FIRING. [[PERSON:RICH]] FROM OPS TOOK MY DASHBOARD, SORTED BY THE BOTTOM 5% AND THAT WAS THE LIST. THE SCORE DOESN'T KNOW ABOUT THE BROKEN SCANNERS ON AISLE 9 OR THAT PEOPLE ON LIGHT DUTIES ARE SLOWER BY DESIGN. WHEN I SAID THIS [[PERSON:RICH]] SAID 'DATA DOESN'T LIE'. DATA DOESN'T LIE, PEOPLE WHO DON'T READ THE FOOTNOTES DO. [[ORG:PARCELGRID]] CAN SUE ME. MY BADGE NUMBER WAS [[ID:PG-20817]], COME AND GET IT. THE RICH GET RICHER AND I GET A WRITTEN WARNING FOR 'SHARING INTERNAL DATA' WITH THE UNION REP.
""",
    },
    {
        "notes": "NOTHING IDENTIFYING: crowd worker, non-native English, reflective; platform unnamed; 'grace', 'will', 'faith', 'honey' as ordinary words",
        "ok": (),
        "text": """
I am crowd worker since four years, doing labelling and 'AI training' tasks from home, at night mostly because of the time difference. Many tasks now are to write answers for a chatbot and then to rate them. Some tasks ask us to write like a person in crisis, to test the bot, and then to read the bot's answers to people in crisis. There is no counsellor, there is no warning before. The pay is per task, if you are slow because you feel bad, you earn less. The platform says they will add a 'wellbeing break'. I have faith in nothing they say. My sister says honey, just stop doing those ones. But the crisis tasks pay double. By the grace of God my children do not know what I read at night.
""",
    },
    {
        "notes": "academic research ethics; university; Prof. and Dr. outside; di particle; hyphenated surname; grant number with slashes; academic term with year; Mastodon handle",
        "ok": (),
        "text": """
I'm a postdoc at the [[ORG:University of Eastmoor]]. Our project (grant [[ID:EP/X012345/1]]) studies mental health language online. In [[DATE:Michaelmas term 2023]] Prof. [[PERSON:Anneliese Marchetti-Dunn]], the PI, decided we would scrape posts from a mental-health Mastodon instance and publish 'illustrative quotes' verbatim in the paper. I pointed out that a verbatim quote can be searched and leads straight to the author; one of the quotes was from [[HANDLE:@sadgirl_1999@mastodon.example]], who posts under her real first name. Dr. [[PERSON:Lorenzo di Stefano]], the ethics rep, said public posts don't need consent. The university's ethics form has a checkbox for 'publicly available data' that skips the review. Prof. [[PERSON:Marchetti-Dunn]] ticked it. I've asked for my name to be removed from the paper. [[PERSON:Lorenzo]] says I'm damaging my career.
""",
    },
    {
        "notes": "Dutch context; de particle; B.V. legal suffix; municipality as client ORG; holiday with year; Dutch plate; invoice number; IBAN; protest surveillance",
        "ok": (),
        "text": """
I was a data scientist at [[ORG:Oranje Insight B.V.]], a small consultancy. Our client was [[ORG:Gemeente Utrecht]]. During [[DATE:Koningsdag 2023]] they wanted 'crowd analytics' for safety. What they got, after a few change requests, was a dashboard that matched licence plates from ANPR cameras near a climate protest with vehicle registrations, plates like [[ID:GX-482-T]], and flagged 'repeat attendees'. My manager [[PERSON:Sem de Vries]] said the municipality asked for it, we just deliver. The invoice was [[ID:INV-2024-0388]], paid to our [[ID:NL02 RABO 0123 4567 89]] account, I saw it because I did the hours. [[PERSON:Daan]], the other developer, quit. I stayed until the project ended and then left. [[PERSON:De Vries]] still speaks at conferences about 'responsible AI'.
""",
    },
    {
        "notes": "NHS hospital trust; Dr outside; Grace as a name beside 'grace period'; NHS number (invalid test range) with NHS as ORG; UK postcode; ward not labelled; sepsis model",
        "ok": ("grace period",),
        "text": """
I'm a clinical data scientist at [[ORG:Wexcombe NHS Foundation Trust]]. We deployed a sepsis early-warning model in [[DATE:October 2023]]. I found it under-alerts for patients with darker skin because one input is pulse oximetry, which overestimates oxygen in those patients. Dr [[PERSON:Priyanka Raghunathan]] on the clinical safety board agreed and asked for a fix. The vendor gave us a 'grace period' of six months. Meanwhile a patient, [[ORG:NHS]] number [[ID:999 123 4567]], deteriorated without an alert. [[PERSON:Grace]], the ward sister, caught it by eye. When I wrote it up as an incident, my director asked me to remove the patient's ethnicity 'to avoid sensationalising'. The hospital is in [[LOCATION:BS8 2XY]], everyone knows it. Dr [[PERSON:Raghunathan]] and [[PERSON:Grace]] are the only reason I haven't quit.
""",
    },
    {
        "notes": "model card and commit hashes as ID; Docker digest; GitHub repo path URL; GitHub user; Hungarian name with diacritics; Art as a name beside 'state of the art'; Budapest; IPv6",
        "ok": ("state of the art",),
        "text": """
ML engineer at [[ORG:LumenRisk]] in [[LOCATION:Budapest]]. Our model card says the credit model was 'retrained without postcode features'. It wasn't. The card was written against commit [[ID:9f3c2a1e7b]] but the image in prod is [[ID:sha256:4b1e9d07c2aa]], built from a branch that still has postcode embeddings. You can see it in [[URL:github.com/lumenrisk/credit-model]] if you have access. I told [[PERSON:Márton Kovács]] ([[HANDLE:@mkovacs-dev]], he wrote the card) and he said the regulator only reads the card. Our head of ML, [[PERSON:Art]], calls the model 'state of the art fairness'. [[PERSON:Art]] also asked me why the scoring service at [[ID:2001:db8:4f2a::17]] was getting requests from my laptop. Because I was checking, [[PERSON:Art]]. Because someone has to.
""",
    },
    {
        "notes": "Québécois French-English; Guy as a name beside 'this guy'; hyphenated given name; Le particle; insurance firm; Quebec city; Canadian phone; French season with year",
        "ok": ("This guy",),
        "text": """
Ostie, ok. Je suis statisticienne chez [[ORG:Assurances Boréal]] à [[LOCATION:Trois-Rivières]]. À l'[[DATE:automne 2023]] my boss [[PERSON:Guy Bergeron]] asked us to use Facebook 'likes' scraped by a vendor to price home insurance. Likes for fishing, hunting, 'vape' pages, whatever. I told [[PERSON:Guy]] it's a proxy for income and for being from the region, and half the data is about the wrong person with the same name. This guy looked at me and said 'c'est de l'innovation'. [[PERSON:Marie-Ève]] from compliance agreed with me and was moved to claims. [[PERSON:Yann Le Bihan]], the vendor's sales rep, called me directly at [[PHONE:819-555-0177]] to 'explain the methodology'. It was a sales call. The feature is live. I'm applying to the government.
""",
    },
    {
        "notes": "Malaysian Manglish; Encik outside; bin particle; Sdn. Bhd. legal suffix; city; MyKad number; Malaysian phone; Hijri month with year; CCTV heatmaps of prayer breaks",
        "ok": (),
        "text": """
Aiyo, where to start lah. I'm data analyst at [[ORG:Kedai Pintar Sdn. Bhd.]], retail chain, HQ in [[LOCATION:Petaling Jaya]]. Since [[DATE:Syawal 1445]] the CCTV in stores got 'heatmap' analytics. Management wants me to measure 'time away from floor' per staff. Most of the 'away time' is prayer time, and the Muslim staff score worst. Encik [[PERSON:Haziq bin Rahman]], the ops director, said no need to separate prayer, 'everybody gets the same rule'. The staff list has MyKad numbers, one of them [[ID:880412-10-5523]] belongs to a cashier who got warning letter already. I told Encik [[PERSON:Haziq]] this will become a religious discrimination case. He said then make the report per store not per person. But the report still goes to store managers who know everybody lah. Can call me [[PHONE:+60 12-555 0193]] if you are from a union.
""",
    },
    {
        "notes": "bullet timeline with US m/d/y dates, abbreviated month, quarter; Honey as a name; hyphenated surname; '#4821' ticket labelled as the number; employee ID; US city; deletion that does not delete",
        "ok": (),
        "text": """
Timeline, for my own sanity:

- [[DATE:9/14/2023]]: joined [[ORG:Mendwell]] (mental health journaling app, [[LOCATION:Denver]]) as a data engineer.
- [[DATE:10/2/2023]]: found that 'delete account' only sets deleted_at. Journal entries stay in object storage and in the embeddings index the recommendation model uses.
- [[DATE:Nov 2023]]: told my lead [[PERSON:Honey Adebayo-Clarke]] (yes, [[PERSON:Honey]] is her real name). She agreed it was bad and asked me to write a ticket.
- [[DATE:Jan 8, 2024]]: ticket #[[ID:4821]] 'hard delete user content' deprioritised by the product lead. Comment: 'no customer impact'.
- [[DATE:Q1 2024]]: marketing launches a campaign called 'your words are yours'.
- [[DATE:March 2024]]: resigned. Exit interview form asked for my employee number, [[ID:MW-00734]], and whether I'd recommend the company. I wrote the ticket number in the comments box.
""",
    },
    {
        "notes": "pasted Signal chat with a journalist; Vietnamese honorifics chị and anh outside; Signal username; Vietnamese date in words; CCCD number; Vietnamese phone; Hanoi",
        "ok": (),
        "text": """
Signal chat with a reporter, pasted with her permission:

[[DATE:03/06/2024]] 22:14 chị [[PERSON:Linh]]: so the score really uses Facebook friends?
[[DATE:03/06/2024]] 22:16 me: yes. if your friends have bad loans, your limit is lower. it is in the feature list
[[DATE:03/06/2024]] 22:17 chị [[PERSON:Linh]]: can you send me the list? my username is [[HANDLE:linh.reports.01]]
[[DATE:03/06/2024]] 22:31 me: not the file. I can tell you what is in it

I am a risk data scientist at [[ORG:SaoMai Fintech]] in [[LOCATION:Hà Nội]]. On ngày [[DATE:3 tháng 6 năm 2024]] anh [[PERSON:Tuấn]], my manager, told the team the social graph features are 'industry standard'. One customer called us again and again from [[PHONE:+84 91 555 0176]], his CCCD [[ID:001089004512]] was rejected because his cousin defaulted. anh [[PERSON:Tuấn]] said 'gia đình là rủi ro' - family is risk. That sentence is why I answered chị [[PERSON:Linh]].
""",
    },
    {
        "notes": "short angry post with Pakistani context; bhai outside; Lahore address in local format; CNIC; Pakistani mobile; lending app",
        "ok": (),
        "text": """
cant believe this. our lending app [[ORG:Qarza Now]] just put photos of defaulters in a 'wall of shame' screen for agents, with CNIC like [[ID:35202-5550123-7]] and home address like [[LOCATION:House 14, Street 9, DHA Phase 5, Lahore]]. i am the only analyst, [[PERSON:Bilal]] bhai (CEO ka bhai) asked me to auto-generate it from the database. i said bhai yeh ghalat hai, this is illegal. he said 'sab karte hain'. one guy called the office crying from [[PHONE:0300 5550142]], his daughter saw it. i am looking for new job
""",
    },
]


if __name__ == "__main__":
    sys.exit(main())
