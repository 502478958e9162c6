"""Third messy development set for storyshare's redaction engine: ``redaction_messy_dev3.json``.

Who and how
-----------
Written on 2026-12-02 by a helper session (worktree ``messydev3``) started by the
storyshare engineer. The author read only ``/work/shared/PRODUCT.md``,
``tests/data/README.md`` and ``tests/data/corpus_tools.py``; the redaction engine,
``moderation/``, ``tests/moderation/``, ``bench/`` and every other corpus (its JSON and
its ``make_*.py``) were never opened, and the engine was never run on these stories.
The stories are synthetic, written by hand to read like real submissions: reddit
throwaways with EDIT lines, meeting minutes with attendee lists, incident post-mortems
with pasted logs, support tickets, letters to regulators, resignation e-mails,
machine-translated text, voice-note transcripts without punctuation, tweet threads,
CSV and log snippets, interview retellings, labs, public sector, NGOs, gig platforms,
hospitals, sports clubs and schools, from writers in Africa, South, Southeast and East
Asia, Latin America, Eastern Europe, the Middle East, the UK, the US, Australia,
New Zealand and Canada.

Everything is fictional apart from well-known real organisations and places a writer
would name (ICO and its Wilmslow address, ANPD, UODO, PDPC, SBP, CNPD, FCCPC, ARDFM,
Autoriteit Persoonsgegevens, Commission d'accès à l'information, Information and
Privacy Commissioner of Ontario, Energy and Water Ombudsman Victoria, Ethiopia's
Ministry of Labour and Skills, UNHCR, NIH, NSF, DFG, PhilHealth, cities and
neighbourhoods). Phones use drama ranges where they exist (07700 900xxx, 0491 570xxx,
555), IPs and MACs documentation ranges, IBANs the published example IBANs, e-mail
domains ``.example``.

This is a DEVELOPMENT set: tune against it freely. It does not measure generalisation.

Labelling decisions beyond the README
-------------------------------------
Follows the README's guidelines and the decisions of the earlier sets, plus:

* An initial keeps its own full stop ("T. Mensah", "S.H.", "A. Nwankwo-Reid"), as in
  holdouts 3-5; bare initials used as names in minutes ("JT", "MP", "SH") are PERSON.
* "#482" in a ticket reference labels only "482".
* Chat speaker names (``dmitri.k``, ``priya_s``) are PERSON; ``@name`` mentions,
  ``u/name``, Slack ``#channel`` names, Telegram usernames, WeChat IDs, GitHub users,
  Discord tags and Mastodon addresses are one HANDLE each, sigil inside. Public
  hashtags ("#DataEthics") and public subreddits ("r/cscareerquestions") are not
  labelled: they identify nobody.
* An ISO timestamp in a log line is one DATE; a weekday beside a date stays outside
  ("Senin, 7 Oktober 2024" -> "7 Oktober 2024"); clock times are never labelled; a
  preposition in a foreign date stays outside ("с 1 марта 2024" -> "1 марта 2024").
* Non-Gregorian and non-English dates are DATE (令和6年4月1日, 2023年9月,
  2024년 11월 29일, 15 Ramadan 1445, ১৫ আশ্বিন ১৪৩১, Meskerem 5, 2017, ngày 1 tháng 12
  năm 2024, Hulyo 15, 24 лютого-style). Holidays and seasons are DATE only with a year
  ("Diwali 2024", "fall 2024"); "this summer" is not labelled. Bikram Sambat
  ("2081 Shrawan 15"), Romanian, Malay, Turkish, Dutch, Polish and Portuguese dates too;
  a weekday in another language stays outside ("el lunes", "maandag", "Senin").
* "Lastname, Firstname" in a CSV is one PERSON span. A full name with a quoted nickname
  inside ('Reynaldo "Rey" Bautista') is one PERSON span; the nickname alone later is
  its own PERSON span. A kunya ("Abu Khalid") and a name with patronymic ("Aidos
  Nurlanovich") are one PERSON span each.
* Honorifics and titles stay outside in every language (Cllr, Insp., Sgt, Det., Mrs,
  Mr, Ms., M., Prof. Dr., Herr, Dr., Eng., Ustaz, Ato, W/ro, Pak, Bu, Encik, Puan,
  domnul, Anh, Chị, Ate, Don, doña, Dona, seu, Pani, Mama, Baji, Sir, Senpai, Xiao;
  after the name: -san, -ssi, Bey, Hanım, bhai, bhaiya, dai, didi, sir, 总, 팀장님), while
  "Alhaji" used as part of the name stays inside ("Alhaji Musa Danjuma"); and so do machine-translated titles ("the
  licensed", "the engineer"). When an honorific is also a name token of someone in the
  same story (Vietnamese "Anh" beside "Ngọc Anh"), the honorific use is listed in `ok`.
* Internal products, code names and vendor products that identify a company
  ("Mitarbeiterpuls", "Nightowl", "Sentinel360") are ORG, as are ordinary-word and
  lower-case organisation names ("Anchor", "ojekita", "tandemly"); a document-issuing body named in an ID's name is ORG
  ("PhilHealth number"), as "NHS" is in "NHS number"; document names themselves (CPF,
  NIK, CNIC, Iqama, Medicare, TC kimlik, IIN, UPN) are not labelled, only their values.
  Payment and messaging tools (M-Pesa, KakaoTalk, Facebook) are not labelled.
* Laws stay unlabelled with their numbers and years ("Law 151 of 2020", "Freedom of
  Information (Scotland) Act 2002", "law 26.529", "Nghị định 13").
* A telephone number used as a subscriber identifier (an MSISDN) is PHONE. A name inside
  an e-mail address, URL or handle is covered by that one span (no PERSON/ORG inside).
* A Docker digest is one ID span including its "sha256:" prefix.
* Git commit hashes, Docker digests, device serials and MAC addresses are ID, as are
  IPv4/IPv6 addresses, IBANs, UNHCR case numbers, protocol/IRB/grant numbers (grant
  "NSF 2214587": "NSF" is ORG, the number ID), student UPNs and plates.
* A Canadian forward sortation area ("L5B"), a Singapore postal code, a GhanaPost digital
  address, "Colombo 07" and "Co. Galway" are one LOCATION each; a whole street address
  is one LOCATION even when it contains a city labelled elsewhere in the story.
* Demonyms and languages ("Indian contractor", "French at home", "no PRC" used as a
  demonym) are not labelled; "US" as a country is LOCATION.
* Ordinary words that are names elsewhere (will, hope, grace, bill, mark, summer, rose,
  sunny, precious, blessing, lucky, joy) are labelled only where they name someone;
  every deliberate unlabelled use that the mention checks would otherwise flag is listed
  in the story's `ok`.

Checks (exit 1 and write nothing if any fails): exact offsets, again on the serialised
JSON; no leftover markup; no overlaps; no leading/trailing whitespace or punctuation
in a span (a leading sigil, "+" or "(", an initial's full stop, a legal suffix's full
stop and a closing quote/parenthesis balanced inside the span excepted); 50-300 words
per story; no tool name inside a PERSON/ORG/LOCATION span; every whole-word mention of
a labelled name token, organisation (also without legal suffix) or place labelled
within its story (any case) and across stories (capitalised; "UK", "US", "NHS"
always), unless inside one of the story's `ok` phrases (each of which must occur in
its story); at least 60 stories, at least 8 with nothing identifying, at least 6 spans
of every kind; ids unique.

Run: ``python3 tests/data/make_messy_dev3.py``
"""

import itertools
import json
import os
import re
import sys
from collections import Counter

KINDS = ("PERSON", "ORG", "LOCATION", "EMAIL", "PHONE", "URL", "HANDLE", "DATE", "ID")
MARK = re.compile(r"\[\[([A-Z]+):((?:(?!\]\]).)+?)\]\]", re.S)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "redaction_messy_dev3.json")

TOOLS = [
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
    "Kafka",
    "dbt",
    "Git",
    "Postgres",
    "XGBoost",
    "LightGBM",
    "SHAP",
    "M-Pesa",
    "GCash",
    "KakaoTalk",
    "Excel",
    "Discord",
    "WeChat",
]
PARTICLES = set(
    [
        "van",
        "der",
        "den",
        "de",
        "la",
        "da",
        "dos",
        "das",
        "du",
        "di",
        "del",
        "von",
        "bin",
        "binti",
        "ibn",
        "al",
        "el",
        "le",
        "mc",
        "o",
        "y",
        "e",
    ]
)
ALWAYS = ("UK", "US", "NHS")
LEGAL = re.compile(
    r"\s+(?:Ltd\.?|Limited|LLP|Inc\.?|GmbH|AG|B\.V\.|S\.A\.S\.|S\.A\.|Sp\. z o\.o\.|K\.K\.|"
    r"Pte Ltd|Pty Ltd|PLC|plc|RFC|GAA|SRL|Sdn\. Bhd\.)$"
)
LEGAL_DOT = re.compile(r"(?:Ltd|Inc|B\.V|S\.A\.S|S\.A|o\.o|K\.K|Co|Sdn\. Bhd)\.$")
INITIAL_DOT = re.compile(r"(?:^|[\s.\-])[A-Z]\.$")

STORIES = []


def S(notes, text, ok=()):
    STORIES.append({"notes": notes, "marked": text, "ok": list(ok)})


# ---------------------------------------------------------------- stories

S(
    "reddit throwaway with EDIT lines, abbreviations (bc, ngl, rn, pls); ordinary-word name "
    "'Will' beside 'will' as a verb; u/ handle; month-day date; hospital in a US city",
    """
Throwaway bc my boss literally reads this sub lol. I'm an analyst at [[ORG:Mercy Ridge Health]] in [[LOCATION:Dayton]]. Our readmission model flags Medicaid patients way more often and my lead [[PERSON:Will]] wants me to "tune the threshold until the chart looks fair" before the board deck on [[DATE:March 14]]. I told him it will just hide the gap, not fix it. He said he will "take it from here". ngl I feel sick rn.

EDIT: not naming the vendor, stop asking.
EDIT 2: [[PERSON:Will]] found the post?? someone sent him a screenshot. deleting this acct soon. if you recognise this pls DM [[HANDLE:u/quiet_readmit_22]], not my main.
""",
    ok=["it will just", "he will"],
)

S(
    "UK council meeting minutes: attendee list with Cllr outside, initials with and without "
    "full stops (R. Okafor, S.H., JT, MP, SH), ordinary-word name Bill beside 'bill'; ward "
    "name, UK-style postcode, Ltd vendor, procurement reference with slashes, d/m/y date",
    """
MINUTES: Data & Insight working group, [[ORG:Harrowfield Borough Council]]
Date: [[DATE:07/11/2024]]
Present: Cllr [[PERSON:R. Okafor]] (Chair), [[PERSON:JT]] (Head of Digital), [[PERSON:Mags Pilling]] (DPO), [[PERSON:S.H.]] (minutes)
Apologies: [[PERSON:Bill Dunmore]]

1. Predictive "family risk" score pilot in [[LOCATION:Eastbrook]] ward. [[PERSON:JT]] said the vendor, [[ORG:ClearPath Analytics Ltd]], needs the full children's social care extract. [[PERSON:MP]] noted that no DPIA exists yet and that parents have not been told.
2. Cllr [[PERSON:Okafor]] asked whether families in [[LOCATION:HF4 2QL]] could be left out of the first run. [[PERSON:JT]]: "not without breaking the model".
3. Outstanding bill from the vendor for the pilot discussed, not agreed.
Action: [[PERSON:SH]] to circulate the vendor contract (ref [[ID:HBC/PROC/2024/117]]) by [[DATE:15 Nov]].
""",
    ok=["Outstanding bill"],
)

S(
    "incident post-mortem with pasted log: ISO timestamps as whole DATE spans, IPv4 "
    "(documentation range) repeated, short commit hash, incident key, bare-host URL with "
    "path, GitHub user as HANDLE (GitHub itself unlabelled), first name + hyphenated surname",
    """
Post-mortem: PII leak from staging (blameless, mostly)

Summary: on [[DATE:2024-02-19]] a debug endpoint at [[URL:staging.kilnworks.example/api/v2/debug]] returned raw applicant records to anyone who asked. Found by [[PERSON:Thandiwe]] from QA, fixed by [[PERSON:Rohan Mehta-Lloyd]] ([[HANDLE:@rmehta-ll]] on GitHub) in commit [[ID:9f3c2ab7e41d]].

Log excerpt:
[[DATE:2024-02-19T03:12:44Z]] GET /api/v2/debug?all=1 200 src=[[ID:203.0.113.58]] ua=python-requests
[[DATE:2024-02-19T03:12:47Z]] GET /api/v2/debug?all=1 200 src=[[ID:203.0.113.58]]

Timeline: 09:40 [[PERSON:Thandiwe]] opened [[ID:INC-7731]]; 10:05 rollback; 16:00 legal said no notification was needed "because it was staging". It was production data copied to staging. Our CTO, [[PERSON:Gareth]], agreed with legal. I didn't. The action items are owned by nobody. This is the third time at [[ORG:Kilnworks]].
""",
)

S(
    "gig-platform support ticket from a Lagos rider in Pidgin: ticket '#88217' labels the "
    "number, rider ID, full name then nickname in brackets, Oga outside, neighbourhood, "
    "Nigerian street address as one span, Nigerian mobile, case ref with slashes, "
    "'3rd June'",
    """
Subject: Re: Support ticket #[[ID:88217]] – deactivated without reason
From: rider [[ID:LAG-R-20931]]

Hello [[ORG:Dashbyke]] support, my name is [[PERSON:Chukwuemeka Obi]] ([[PERSON:Emeka]]). I ride for you 2 years for [[LOCATION:Surulere]]. On [[DATE:3rd June]] the app deactivate me, say "fraud score high". I no do fraud o. My rating na 4.9. Oga [[PERSON:Tunde]] for the hub at [[LOCATION:12 Adeniran Ogunsanya Street, Surulere, Lagos]] tell me say na the new model, e no fit do anything. Abeg call me [[PHONE:0803 555 0142]]. I get children.

Reply from agent: "Hi [[PERSON:Chukwuemeka]], your case has been escalated to Trust & Safety (ref [[ID:TS/NG/2024/00417]]). Typical review is 10–14 business days."
""",
)

S(
    "formal letter to a regulator (ICO, real, with its public address as one LOCATION), "
    "regulator case reference, internal memo reference, UK drama-range mobile, e-mail, "
    "dates in words, signature with initial and hyphenated surname",
    """
To: [[ORG:Information Commissioner's Office]], [[LOCATION:Wycliffe House, Water Lane, Wilmslow, SK9 5AF]]
Re: complaint about my former employer, your reference [[ID:IC-204518-K7Q3]]

Dear Sir or Madam,

I worked as a data engineer at [[ORG:Brightwell Lettings Group]] until [[DATE:31 January 2025]]. The company scores prospective tenants using their social media, scraped without notice. I raised this with the Head of Compliance in writing on [[DATE:12 December 2024]] and was told it was "industry standard". I was dismissed six weeks later.

I enclose the internal memo ([[ID:BLG-MEMO-0093]]) and the scraping job's configuration. I am happy to be contacted on [[PHONE:07700 900418]] or at [[EMAIL:whistle.tenant@postbox.example]].

Yours faithfully,
[[PERSON:A. Nwankwo-Reid]]
""",
)

S(
    "German resignation e-mail with headers and signature: Herr Dr. outside, weekday "
    "outside a German date, dotted date, internal product name as ORG, GmbH, German street "
    "address with PLZ as one span, +49 landline, e-mail containing the company name",
    """
Von: [[PERSON:Katrin Vogelsang]] <[[EMAIL:k.vogelsang@nordlicht-daten.example]]>
An: Herr Dr. [[PERSON:Matthias Brenner]]
Datum: Mo., [[DATE:4. März 2024]]
Betreff: Kündigung / resignation

Lieber [[PERSON:Matthias]],

hiermit kündige ich fristgerecht zum [[DATE:30.04.2024]]. Den Rest schreibe ich auf Englisch, damit HR ihn auch liest: I can't keep building the [[ORG:Mitarbeiterpuls]] dashboard that ranks people by keystrokes. [[ORG:Nordlicht Daten GmbH]] told the works council it was anonymous. It is not; I have the user_id join.

Mit freundlichen Grüßen
[[PERSON:Katrin Vogelsang]]
Senior Data Engineer | [[ORG:Nordlicht Daten GmbH]] | [[LOCATION:Hafenstraße 12, 20457 Hamburg]]
Tel. [[PHONE:+49 40 5557 1290]]
""",
)

S(
    "machine-translated Chinese: family-name-first name, surname with 总 after it, Xiao "
    "outside, Chinese year-month date, city and district, client company, WeChat ID as HANDLE",
    """
(Translate by machine, sorry for strange English)

I am in [[LOCATION:Shenzhen]] one company, we do the face recognize of the factory workers. Our leader [[PERSON:Zhou Haoran]] say the system must also recognize the emotion, if worker is "unhappy" the score is reduced. [[DATE:2023年9月]] the system is online in the [[LOCATION:Longhua]] factory. The colleague Xiao [[PERSON:Chen]] (small [[PERSON:Chen]]) secretly told me the emotion accuracy only 61%, but the report to customer [[ORG:Hengtai Electronics]] write 94%. I ask [[PERSON:Zhou]]总, he say "customer happy is the only accuracy". I am thinking to leave but the house loan. If you want to talk, my WeChat is [[HANDLE:wxid_8k2m9q]].
""",
)

S(
    "voice-note transcript without punctuation (Hinglish): lower-case names after cues, "
    "ordinary-word name 'grace' twice beside 'grace period', bhaiya outside, lower-case city, "
    "spelled-out e-mail, lower-case date",
    """
[voice note, auto transcribed]
so basically what happened is [[PERSON:grace]] my team lead no not the other [[PERSON:grace]] the one from [[LOCATION:pune]] she tells me on friday that in the loan approval model we need to drop the pincode feature but only in the report not in the actual model like keep it running just dont show it and i said maam that is literally redlining and she said arre yaar dont be so dramatic the client is [[ORG:Suvidha Finserv]] they pay our salaries so i messaged [[PERSON:vikram]] bhaiya from compliance and he said send it on mail so i sent it from my personal id [[EMAIL:nehaa.k.1994 at mailbox dot example]] and now its been three weeks nothing and the grace period for the audit ends on [[DATE:30th june]]
""",
    ok=["grace period"],
)

S(
    "tweet thread (1/ .. 6/) with emoji: lower-case voice, company, two London "
    "neighbourhoods, hyphenated full name, month-year date, @handle, e-mail, short link; "
    "public hashtags deliberately unlabelled",
    """
1/ thread: i was a data scientist at [[ORG:Flockly]] (the "neighbourhood safety" app) for 14 months. some things you should know 🧵
2/ the "suspicious person" reports were fed into a model that ranked areas. the top 10 were all in [[LOCATION:Peckham]] and [[LOCATION:Brixton]]. we told product. product said "that's just where the reports are"
3/ yes. that's the point 🙃
4/ our head of trust, [[PERSON:Imogen Marsh-Taylor]], left in [[DATE:Sept 2023]]. her replacement shut down the fairness review the same week
5/ not tagging anyone but [[HANDLE:@flockly_eng]] knows. journalists: [[EMAIL:tips.flockthread@proton.example]]
6/ screenshots (redacted): [[URL:bit.ly/flk-recs-23]] #DataEthics #MLtwitter
""",
)

S(
    "pasted CSV export: employee IDs, 'Lastname, Firstname' as one PERSON span, ordinary-word "
    "name Precious, manager initials with full stop repeated, Ghanaian cities repeated, "
    "quarter with year",
    """
Pasting what our "attrition risk" export looks like so you see how bad it is (the names are real in the original, that's the problem):

emp_id,name,site,manager,risk,flag_reason
[[ID:E-40127]],"[[PERSON:Osei, Kwabena]]",[[LOCATION:Kumasi]],[[PERSON:T. Mensah]],0.81,pregnancy_leave
[[ID:E-40133]],"[[PERSON:Boateng, Akua]]",[[LOCATION:Accra]],[[PERSON:T. Mensah]],0.77,union_meeting
[[ID:E-40210]],"[[PERSON:Larbi, Precious]]",[[LOCATION:Accra]],[[PERSON:K. Adjei]],0.74,sick_days

Yes, pregnancy leave and a union meeting are "risk reasons". HR at [[ORG:Goldcoast Mutual]] wants the top fifty "managed out" before [[DATE:Q2 2025]]. I built those features for retention offers, not for this. I don't know who to tell when HR is the one asking.
""",
)

S(
    "interview retelling in the third person (Brazil): accented first name, 'seu' outside, "
    "Portuguese month date, city and favela as places, CPF value, real regulator ANPD, "
    "bare year",
    """
I interviewed a former colleague for a podcast that never aired; I'm retelling it with her permission. [[PERSON:Luíza]] worked at [[ORG:Crediágil]], a fintech in [[LOCATION:Belo Horizonte]]. In [[DATE:agosto de 2022]] her boss, seu [[PERSON:Valdir]], asked her to add the customer's bairro as a feature in the credit model. She showed him it was basically a proxy for race, especially for [[LOCATION:Aglomerado da Serra]]. He said the [[ORG:ANPD]] would never look. She even showed me a spreadsheet line with a customer's CPF ([[ID:111.444.777-35]]) sitting next to the score. [[PERSON:Luíza]] left in [[DATE:2023]]. [[PERSON:Valdir]] was promoted.
""",
)

S(
    "academic lab: PhD student on a PI, Prof. outside, Polish name, fictional university, "
    "IRB protocol number, funder abbreviation as ORG with grant number as ID, month-only "
    "date, postdoc by first name, tbh/bc",
    """
Lab drama, anonymised as best I can. I'm a third-year PhD student in a computational social science lab at [[ORG:University of Northern Cascadia]]. Our PI, Prof. [[PERSON:Dariusz Kowalczyk]], told us to keep scraping a teen support forum run by a charity called [[ORG:Anchor]] after our IRB approval (protocol [[ID:IRB-2023-0418]]) expired in [[DATE:May]]. He says the renewal is "a formality". The data includes usernames of minors. We're funded by [[ORG:NSF]] grant [[ID:2214587]], which makes it worse, not better. Our postdoc [[PERSON:Ama]] refused to run the scraper and now she's "not on the paper". I'm scared to be next bc [[PERSON:Kowalczyk]] writes my letters. tbh I'd just like someone to tell me whether this is as bad as I think.
""",
)

S(
    "Australian police analyst: state as place, Insp. and Sgt outside, weekday outside a "
    "day-month date, Queensland-style plate, badge number, request number with slashes, "
    "suburb",
    """
Not sure where else to post this. I'm a civilian analyst for a police district in [[LOCATION:Queensland]]. Our inspector, Insp. [[PERSON:Leanne Fitzgibbon]], asked me to run every plate that passed the protest on Sat [[DATE:9 Nov]] through the ANPR system and cross-match it with the [[LOCATION:Logan]] housing register. One of the plates was [[ID:752-XQK]], my neighbour's. When I asked for the legal basis I was told badge [[ID:4471]]'s request was enough (that's her sergeant, Sgt [[PERSON:Mick Doherty]]). I've kept the request number, [[ID:QPA/INT/24/3390]]. [[PERSON:Fitzgibbon]] says it's routine. It is not routine to me.
""",
)

S(
    "Kenyan NGO monitoring officer with Swahili: Mama outside, ordinary-word name Lucky "
    "beside 'lucky', NGO name, informal settlement, Kenyan mobile, national ID number, "
    "d/m/y date, M-Pesa unlabelled",
    """
Habari. I do M&E for a small NGO, [[ORG:Tumaini Afya Trust]], in [[LOCATION:Kibera]]. Our donor now wants beneficiary lists with full names, phone numbers and ID numbers "for verification". The example row they sent: [[PERSON:Wanjiru Kamau]], [[PHONE:0712 555 308]], ID [[ID:23456781]]. Mama [[PERSON:Akinyi]], our director, says bila hiyo data hakuna pesa, no data no money. The donor rep, [[PERSON:Lucky Mwangi]], said on a call on [[DATE:14/08/2024]] that we should be lucky they fund us at all. We already pay people through M-Pesa, so the donor can verify totals without names. I want to push back. How?
""",
    ok=["should be lucky"],
)

S(
    "Taglish hospital analyst (Philippines): full name with quoted nickname as one span then "
    "nickname alone, Dr. and Ate outside, ordinary-word name Joy, PhilHealth as ORG and its "
    "number as ID, Tagalog month date, Philippine mobile, city",
    """
Grabe talaga. I'm the only data analyst sa isang private hospital dito sa [[LOCATION:Quezon City]], [[ORG:St. Benedict Medical Center]]. Our administrator, Dr. [[PERSON:Reynaldo "Rey" Bautista]], wants me to share [[ORG:PhilHealth]] claims data with a pharma rep so they can target doctors who prescribe the competitor. Ate [[PERSON:Joy]] from records said okay lang daw basta walang pangalan. Pero may [[ORG:PhilHealth]] number per row, e.g. [[ID:12-345678901-2]]! Sabi ko kay [[PERSON:Rey]] bawal under the Data Privacy Act. He called me KJ and said finish by [[DATE:Hulyo 15]]. Text me if you've been through this: [[PHONE:0917 555 0186]].
""",
)

S(
    "Irish sports club volunteer: club name with GAA inside the ORG span, sponsor company, "
    "full name with fada and nickname in quotes as separate span, O' particle, county as "
    "'Co. Galway', day-month date, URL with scheme",
    """
Small one but it's bugging me. I'm the volunteer "data person" for [[ORG:Ballinroe GAA]] in [[LOCATION:Co. Galway]]. The new GPS vests track the U16s, and the sponsor, [[ORG:FitPulse]], wants the raw data, heart rate and sleep included, for "product research". Our chairman, [[PERSON:Pádraig O'Driscoll]] ('[[PERSON:Paudie]]' to everyone), signed the deal on [[DATE:2 Feb]] without asking a single parent. The treasurer, [[PERSON:Siobhán]], agrees with me. The kids' data already goes to [[URL:https://vault.fitpulse.example/club/ballinroe]]. [[PERSON:Paudie]] says I'm making a fuss over a few sweaty teenagers.
""",
)

S(
    "Québec school service centre with French code-switching: French date, M. outside, "
    "compound hyphenated first name, school name, student file number, real regulator, "
    "www. URL; the French language unlabelled",
    """
Bonjour, I'm a data analyst for a school service centre near [[LOCATION:Trois-Rivières]]. Le [[DATE:12 septembre 2024]], la direction asked us to build a "décrochage" (dropout) score using family income and whether parents speak French at home. The principal at [[ORG:École secondaire Val-des-Pins]], M. [[PERSON:Gagnon]], wants the list of "at-risk" students by file number, e.g. [[ID:VDP-2024-0871]], so teachers can "adapt". I asked [[PERSON:Marie-Ève]] from our legal team if parents had been told. Elle m'a dit "pas encore". C'est pas correct. Who do I contact at the [[ORG:Commission d'accès à l'information]]? Their site [[URL:www.cai.gouv.qc.ca]] is not very clear.
""",
)

S(
    "NOTHING IDENTIFYING: reddit throwaway with EDIT lines; job titles, relative dates, "
    "'mark' as a verb, 'execs', 'VP'",
    """
Throwaway. Long-time lurker. My manager asked me to "lose" the confidence intervals on the churn forecast before the quarterly review because "execs don't read error bars". The bands are huge; the point estimate is basically a guess. I said I'd add a footnote. He said no footnotes. Then he said the VP would mark it down as a negative attitude if I kept pushing. So I removed them. I hate it. Is this normal in industry or did I just land somewhere bad?

EDIT: thanks all, didn't expect this many replies. Keeping a copy of the original deck.
EDIT 2: no I'm not saying which company lol
""",
)

S(
    "ALL-CAPS rant (US): full name then surname-less first name in caps, parent company in "
    "caps, month-only date, city in caps, m/d/y date",
    """
I AM SO DONE. MY DIRECTOR [[PERSON:BRAD KOWALSKI]] JUST TOLD THE WHOLE TEAM ON A CALL THAT OUR CHURN MODEL "PROVES" OLDER CUSTOMERS ARE "NOT WORTH RETAINING" AND THAT WE ARE CUTTING THEIR PHONE SUPPORT. THE MODEL DOESN'T PROVE ANYTHING, IT HAS AGE AS A FEATURE BC HE MADE ME ADD IT. [[PERSON:BRAD]] IF YOU'RE READING THIS: IT'S ILLEGAL IN AT LEAST THREE STATES. WE ARE A [[ORG:SUNBELT MUTUAL]] SUBSIDIARY, THERE ARE LAWYERS. HE SAID "TAKE IT UP WITH [[PERSON:LINDA]] IN LEGAL" AND [[PERSON:LINDA]] HAS BEEN ON LEAVE SINCE [[DATE:JANUARY]]. THE CUT GOES LIVE [[DATE:3/1/2025]]. TOMORROW I'M EMAILING THE GENERAL COUNSEL IN [[LOCATION:PHOENIX]] DIRECTLY.
""",
)

S(
    "pasted Slack log: speaker names as PERSON (dotted and underscored), @mention as HANDLE, "
    "#channel HANDLEs beside ticket '#482' (number only), go-link URL, month-day date, "
    "lower-case startup name",
    """
pasting from our slack before they lock me out:

[[PERSON:dmitri.k]] [10:14] ok so the ask from [[PERSON:Hollis]] is to rerun attribution w/o the holdout group
[[PERSON:priya_s]] [10:15] that's… just removing the control
[[PERSON:dmitri.k]] [10:15] yep. see ticket #[[ID:482]] and the doc at [[URL:go/holdout-removal]], thread in [[HANDLE:#growth-analytics]]
[[PERSON:priya_s]] [10:17] i'm not signing off on that. cc [[HANDLE:@mara.lindqvist]]
[[PERSON:Hollis]] [10:31] can we take this to [[HANDLE:#leadership-private]] pls

ticket #[[ID:482]] got closed as "won't fix" on [[DATE:Feb 6]]. [[PERSON:Hollis]] is the CMO at [[ORG:tandemly]].
""",
)

S(
    "machine-translated Spanish (Argentina): translated title 'the licensed' outside, doña "
    "outside, Spanish-style date rendered literally, DNI with dots, S.A. suffix with full "
    "stop, law number unlabelled",
    """
[Translated with a translator, sorry]
Hello, I work in a insurance company in [[LOCATION:Rosario]]. The chief of the area, the licensed [[PERSON:Gustavo Ferreyra]], want that we use the data of the clinical history of the clients for to price the policies of life. This is prohibited by the law 26.529 I think. The doña [[PERSON:Elsa]] of the legal area said that "it is gray". I have the email of the day [[DATE:5 of march of 2024]] where he orders it. The client of example he used was a man with DNI [[ID:28.456.193]] who has a cancer. I feel very bad. What I do? (the company is [[ORG:Aseguradora del Litoral S.A.]])
""",
)

S(
    "Polish data scientist: Sp. z o.o. suffix, Pani outside, Polish-month date, PESEL value, "
    "diminutive first name with full name, real regulator UODO, city with diacritics",
    """
Cześć. Data scientist in [[LOCATION:Wrocław]]. Our client, [[ORG:Kredyt Plus Sp. z o.o.]], asked us to enrich loan applicants with data bought from a "partner", including PESEL numbers like [[ID:02270803628]]. Their own privacy notice ([[URL:https://kredytplus.example/polityka-prywatnosci]]) doesn't mention any partner. Pani [[PERSON:Bożena]] from their compliance signed the DPA on [[DATE:12 marca 2024]] but the partner isn't in it. My manager [[PERSON:Kuba Zieliński]] says "nie nasz problem", not our problem. I reported it to our DPO by e-mail three weeks ago. No answer. [[PERSON:Kuba]] now leaves me out of client calls. Can I go to [[ORG:UODO]] directly or does it have to be the company?
""",
)

S(
    "Ukrainian analyst: Ukrainian-language month date, city and neighbourhood, name with "
    "nickname (Oleksandr/Sasha), invoice reference, transliterated startup name",
    """
Written fast, sorry. I'm an analyst at a logistics startup in [[LOCATION:Kyiv]], office in [[LOCATION:Podil]]. In [[DATE:жовтні 2023]] our CEO [[PERSON:Oleksandr]] (everyone calls him [[PERSON:Sasha]]) sold the couriers' GPS traces to a "defence partner" without telling the couriers. Some of those couriers are now in the army themselves. [[PERSON:Iryna Melnyk]] from ops found it in invoice [[ID:INV-2023-1187]]. We are thirty people, everyone knows everyone, so even this post is risky. The company is [[ORG:Shvydko]]. I honestly don't know if it's patriotic or wrong. Maybe both.
""",
)

S(
    "Saudi recruitment platform: Eng. outside, Al- surname, Hijri date with Ramadan, Iqama "
    "number, kunya 'Abu Khalid' as one span, Jira-style ticket, demonym unlabelled",
    """
Salam all. Data engineer at a recruitment platform in [[LOCATION:Riyadh]]. The product manager, Eng. [[PERSON:Faisal Al-Harbi]], asked me on [[DATE:15 Ramadan 1445]] to add a filter that hides applicants by nationality "because clients ask". Iqama numbers are stored in plain text in the same table, e.g. [[ID:2398765410]]. My colleague [[PERSON:Abu Khalid]] told me to just do it, it's one line of SQL. I refused and [[PERSON:Faisal]] moved the ticket [[ID:HR-PLT-2291]] to an Indian contractor the same afternoon. The platform is [[ORG:Wadhifa Hub]]. I feel like a coward for not escalating further.
""",
)

S(
    "Egyptian analytics firm: city, neighbourhood and landmark square, Ustaz outside, el- "
    "particle surname, MSISDN as PHONE in international format, law with year unlabelled",
    """
I'm at an analytics firm in [[LOCATION:Cairo]], near [[LOCATION:Zamalek]]. A telecom client wanted to know which subscribers were around [[LOCATION:Tahrir Square]] on specific days. My manager, Ustaz [[PERSON:Hossam el-Sayed]], said it's "for advertising". The request came with a list of MSISDNs like [[PHONE:+20 100 555 0173]]. I asked [[PERSON:Nour]] in legal and she just looked at me. We have the Personal Data Protection Law 151 of 2020 but nobody enforces it yet. The firm is [[ORG:Nile Signal Analytics]]. I called in sick the next day and I'm still "sick".
""",
    ok=["Law 151 of 2020"],
)

S(
    "South African micro-lender: Afrikaans/SA slang, ordinary-word name Precious beside "
    "'precious', van der particle, township and suburb, SA ID number, SA mobile, internal "
    "ticket, POPIA unlabelled",
    """
Howzit. I'm a BI dev for a micro-lender, [[ORG:Rand-a-Day Loans]], in [[LOCATION:Gqeberha]]. Our collections "propensity" model uses whether you live in [[LOCATION:Motherwell]] or [[LOCATION:Walmer]], and the ops manager, [[PERSON:Precious Ndlovu]], wants harsher SMSes sent to the township. She says the data is precious and we'd be stupid not to use it. Ag man. Sample record from ticket [[ID:CL-5530]]: SA ID [[ID:8001015009087]], cell [[PHONE:082 555 0194]]. Our compliance oke, [[PERSON:Johan van der Merwe]], said POPIA is for the big banks, boet. [[PERSON:Johan]] has never read it.
""",
    ok=["the data is precious"],
)

S(
    "Ghanaian mobile-money analyst: ordinary-word name Blessing beside 'blessing', Ghana "
    "city repeated from another story, GhanaPost digital address as LOCATION, two companies, "
    "d/m/y date",
    """
Chale, I need advice. I do data for a mobile money agent network, [[ORG:Sika Connect]], in [[LOCATION:Kumasi]]. A bank, [[ORG:Akwaaba Savings]], wants all our customers' transaction histories to train a credit score, no consent asked. Our head, [[PERSON:Blessing Owusu]], says it is a blessing for the business and we should be grateful. The data room is at our office, [[LOCATION:AK-039-5028]], and she wants the extract done by [[DATE:31/10/2024]]. Me paa, I no like am. [[PERSON:Blessing]] says if I don't do it the new guy will.
""",
    ok=["a blessing for the business"],
)

S(
    "Vietnamese e-commerce analyst: anh/chị outside, a name containing 'Anh' beside 'Anh' "
    "as honorific (ok), city and district with diacritics, CCCD number, Vietnamese mobile, "
    "Vietnamese date, decree unlabelled",
    """
Em chào mọi người. I work at an e-commerce company in [[LOCATION:Hà Nội]], [[LOCATION:Cầu Giấy]] district. Anh [[PERSON:Tuấn]] (team lead) asked me to build a "nợ xấu" bad-debt score from users' contact lists scraped by the app. Chị [[PERSON:Ngọc Anh]] from legal said Nghị định 13 needs consent, but then said "thôi kệ". The example row had a CCCD [[ID:001203004567]] and phone [[PHONE:091 555 2468]]. Launch is [[DATE:ngày 1 tháng 12 năm 2024]]. Company is [[ORG:MuaNhanh]]. I don't want my name on it but Anh [[PERSON:Tuấn]] says everyone's name goes on the release.
""",
    ok=["Anh Tuấn"],
)

S(
    "Indonesian ride-hailing analyst: Pak and Bu outside, lower-case startup, PT company, "
    "Jakarta district, driver ID, NIK, Indonesian plate, weekday outside Indonesian date",
    """
Permisi. I'm a data analyst at [[ORG:ojekita]], a ride-hailing startup in [[LOCATION:Jakarta Selatan]]. Pak [[PERSON:Hendra]] (VP Ops) wants us to give driver location history to a leasing company, [[ORG:PT Maju Leasing Nusantara]], so they can find drivers who are late on motorbike payments. Bu [[PERSON:Sri Wahyuni]] from legal says it's fine because drivers clicked "setuju". Example they asked for: driver ID [[ID:DRV-JKT-009213]], NIK [[ID:3174052308910002]], plate [[ID:B 4821 TKQ]]. Meeting was Senin, [[DATE:7 Oktober 2024]]. Saya bingung. Pak [[PERSON:Hendra]] says the drivers will never know.
""",
)

S(
    "Japanese staffing company: -san outside, family-name-first name, Japanese-era date, "
    "K.K. suffix with full stop, city, ticket key; 'Senpai' outside",
    """
Posting anonymously. I'm at a staffing company in [[LOCATION:Osaka]]. [[PERSON:Tanaka]]-san, our department head, told me to add "likely to marry soon" as a retention feature, only for female candidates. The client is [[ORG:Kansai Seimitsu K.K.]] I said this is discrimination; he said "it's just statistics". Senpai [[PERSON:Mori Yuki]] quietly agreed with me but won't say it in a meeting. The spec is dated [[DATE:令和6年4月1日]] and the ticket is [[ID:KSK-1042]]. [[PERSON:Tanaka]]-san wants it before the client review. I keep delaying it.
""",
)

S(
    "Korean ML engineer: family-name-first hyphenated names, 팀장님 and -ssi outside, Korean "
    "date, Korean mobile, tech district, KakaoTalk unlabelled",
    """
Hi. ML engineer in [[LOCATION:Pangyo]]. [[PERSON:Kim Min-jun]] 팀장님 wants us to fine-tune the HR chatbot on employees' KakaoTalk exports. [[PERSON:Lee Seo-yeon]]-ssi asked whether the employees consented, and he said "they signed the 취업규칙". Deadline is [[DATE:2024년 11월 29일]]. The company is [[ORG:Hanbit Soft]], mid-size, everyone will guess anyway. I left my number with the union rep, [[PHONE:010-5555-0187]], but nobody called back. [[PERSON:Seo-yeon]]-ssi and I are the only ones who said anything.
""",
)

S(
    "Singlish property agency: Pte Ltd, neighbourhood, Singapore postal code on its own, "
    "NRIC value, complaint reference with slashes, real regulator PDPC; demonyms and 'PRC' "
    "used as a demonym unlabelled",
    """
Wah this one quite jialat. I'm data analyst at a property agency, [[ORG:LionGate Realty Pte Ltd]], office in [[LOCATION:Tanjong Pagar]], postal [[LOCATION:088539]]. My boss [[PERSON:Desmond Lim]] wants us to tag listings "no Indians no PRC" from landlord chats, then hide that inside the model features lor. HR person [[PERSON:Angeline]] say "landlord's choice mah". One tenant complaint ref is [[ID:TC/2024/05518]] and the chat log even has her NRIC, [[ID:S8812345D]]. Sian. Should I go [[ORG:PDPC]] or not? [[PERSON:Desmond]] will know it's me.
""",
    ok=["no PRC"],
)

S(
    "Mexican fintech with Spanish code-switching: lower-case nickname then capitalised, full "
    "Mexican address with Col. and CP as one span, CURP, Spanish date without year, two "
    "lending companies",
    """
Qué onda. Trabajo en una fintech en [[LOCATION:Guadalajara]], [[ORG:Cobralia]]. mi jefa [[PERSON:lupita]] wants the collections bot to message the contacts in the user's phone when someone is 3 days late. Family, bosses, everyone. [[PERSON:Lupita]] says [[ORG:Prestamigo]] does it too so it's fine. Our office is [[LOCATION:Av. Chapultepec Sur 480, Col. Americana, 44160 Guadalajara]], and yes I'm that specific because I don't care anymore. The test data has a real CURP, [[ID:GOPL850312MJCRRP07]]. Fecha límite: [[DATE:15 de noviembre]]. No sé qué hacer.
""",
)

S(
    "Colombian BPO: Don outside, nickname Mafe and full given names, city and barrio, "
    "cédula with dots, Spanish date, S.A.S. suffix, 'US' as country",
    """
Buenas. I'm a data analyst at a call-centre BPO in [[LOCATION:Medellín]], in [[LOCATION:Laureles]]. Don [[PERSON:Hernán]], the site director, wants the new "agent emotion" AI to score tone and dock bonuses. The agents' cédulas are the key in the dashboard, e.g. [[ID:1.036.654.321]]. [[PERSON:Mafe]] from HR ([[PERSON:María Fernanda]]) says it's in the contract, which is dated [[DATE:1 de julio de 2023]]. The end client is a [[LOCATION:US]] telco, not saying which. We're [[ORG:Contacta Andina S.A.S.]] Don [[PERSON:Hernán]] says if we don't, the client goes to [[LOCATION:Manila]].
""",
)

S(
    "Peruvian gig platform for cleaners: city and districts, ordinary-word-ish name Rosa, "
    "CEO with accent, 'mark' as verb (ok), ethics ticket, Spanish month-year date",
    """
Hi, [[LOCATION:Lima]] here ([[LOCATION:Miraflores]] office). I work on [[ORG:LimpiaYa]], a gig platform for home cleaners. Workers are ranked by "reliability", but the biggest negative feature is travel time from districts like [[LOCATION:San Juan de Lurigancho]], so cleaners from far away get fewer jobs and less money. My lead [[PERSON:Rosa]] agrees it's unfair, but our CEO, [[PERSON:Álvaro Quispe]], told us to mark it as "geographic efficiency" in the model card. I filed it with the internal ethics line in [[DATE:junio 2024]], ticket [[ID:ETH-0042]]. Closed, no comment.
""",
)

S(
    "Pakistani microfinance bank: Sir and Baji outside, city and area with numeral, CNIC "
    "with dashes, Pakistani mobile, dd-mm-yyyy date, real regulator SBP",
    """
AoA. Data analyst at [[ORG:Roshan Microfinance Bank]] in [[LOCATION:Lahore]], [[LOCATION:Gulberg III]] branch office. Our regional head, Sir [[PERSON:Imran Chaudhry]], asked us to score women borrowers by whether their husband's CNIC is linked to the account. The sample file had CNIC [[ID:35202-1234567-8]] and mobile [[PHONE:0300 5550123]]. Baji [[PERSON:Sadia]] in compliance said "[[ORG:SBP]] will never check this". Yaar. The meeting was on [[DATE:12-09-2024]]. I wrote my objection in an e-mail to Sir [[PERSON:Imran]] and got no reply, just fewer meetings.
""",
)

S(
    "Bangladeshi HR-tech vendor: Ltd. with full stop, city and areas, bhai outside, NID "
    "value, Bengali-calendar date in Bangla script",
    """
I work at an HR tech vendor in [[LOCATION:Dhaka]] ([[LOCATION:Mirpur]]). A client factory, [[ORG:Padma Knitwear Ltd.]], wants our face-attendance system linked to each worker's NID and a flag for workers seen at union meetings near [[LOCATION:Ashulia]]. My boss [[PERSON:Rakib]] bhai says "client is king". The sample they sent had an NID, [[ID:1987654321]], with a photo. The order letter is dated [[DATE:১৫ আশ্বিন ১৪৩১]]. I want out of this project, and maybe out of this company. [[PERSON:Rakib]] bhai says I'm too emotional for sales engineering.
""",
)

S(
    "Sri Lankan insurer: postal-zone neighbourhood 'Colombo 07' as one LOCATION, MD by full "
    "name, NIC value, dotted ISO-like date, Facebook unlabelled",
    """
Posting from [[LOCATION:Colombo 07]]. I do insurance analytics at [[ORG:Lanka Shield Assurance]]. Our MD, [[PERSON:Ruwan Perera]], asked for a list of policyholders who complained about claim denials on Facebook, matched to their NIC numbers, so claims can "review them more carefully". One NIC from the list: [[ID:199012345678]]. My colleague [[PERSON:Tharushi]] refused and was moved to reinsurance. The scraping vendor's invoice is dated [[DATE:2024.08.21]]. [[PERSON:Perera]] sir says it's public data. I don't think that makes it okay.
""",
)

S(
    "NOTHING IDENTIFYING: meeting minutes with roles only (Head of Data, DPO, Finance "
    "as a department), relative dates, metric values",
    """
Minutes: analytics leadership sync
Attendees: Head of Data (chair), two senior analysts, the DPO, someone from Finance

1. Dashboard refresh. Finance wants the "active users" definition changed to include anyone who opened a push notification. The DPO noted this inflates the number by roughly a third. Chair: "we'll flag it in the appendix".
2. Model review. The fraud model's false positive rate for customers over 65 is still double the average. Action: senior analyst to draft options by next week.
3. AOB: none.
Next meeting: same time in two weeks.
""",
)

S(
    "NOTHING IDENTIFYING: voice-note transcript without punctuation, relative times only",
    """
ok so um im recording this in the car because i dont want it on my work laptop so today my manager basically told me to drop the rows where the survey respondents said they were unhappy because its noise and i said thats the signal thats literally the signal and she laughed and said just do it the client wants a happy chart by the end of the week and honestly i did it i did it and i feel awful im going to talk to the lead researcher tomorrow maybe or maybe not i dont know
""",
)

S(
    "NOTHING IDENTIFYING: tweet thread without handles or names; 'will' as a verb, durations",
    """
1/ some things i learned in 6 yrs of "people analytics" that nobody tells you
2/ the engagement survey is never anonymous if your team has 4 people in it
3/ "we only look at aggregates" lasts until someone senior gets curious
4/ if you push back, write it down, date it, send it to yourself
5/ best thing i ever did was ask "what decision will this number change?" usually none, and then you can say no
6/ ok that's it. be kind to the analyst in the corner 🫶
""",
)

S(
    "NOTHING IDENTIFYING: pasted pipeline log (WARN/INFO, counts, AUC) with no hosts, IPs "
    "or dates; relative times",
    """
Pasting the log (nothing sensitive in it):

WARN  pipeline.stage=join rows_in=120045 rows_out=98121 dropped=21924 reason=null_consent_flag
INFO  model.retrain started
INFO  model.retrain finished auc=0.81

So until last month the pipeline dropped everyone with a null consent flag. Then someone changed the default so null now means "consented", the dropped count went to zero and the AUC jumped. My lead wants to ship the retrained model this week. I asked when the default changed and nobody knows. There's no ticket, no review, nothing.
""",
)

S(
    "NOTHING IDENTIFYING: resignation e-mail with no names, 'legal' as a department, "
    "relative dates",
    """
Subject: Resignation

Hi all,

After a lot of thought I'm resigning, effective at the end of next month. I want to be honest about why: I'm not comfortable continuing to build the productivity scoring for the warehouse teams. I raised my concerns twice, in writing, and both times the answer was that legal had signed off. Legal signing off is not the same as it being right. I've enjoyed working with every one of you, and I'll do a proper handover of the pipelines and the documentation before I go.

Best,
me
""",
)

S(
    "NOTHING IDENTIFYING: machine-translated text with generic roles (the director, the "
    "bank, the university)",
    """
(translate by app) Good day. In my company we make the application for a bank. The director want that the model look at the photo of the client and say if the client is "trustworthy". I say this is not science, it is the old physiognomy. The director say the competitors do it already and the investors want artificial intelligence. Now they give the task to the new boy from the university. I am sad because I think I am the only one who say no. What I must do? Thank you for read.
""",
)

S(
    "NOTHING IDENTIFYING: ordinary words that are names elsewhere used as words (hope, will, "
    "rose, summer, bill, mark, sunny, lucky, grace, precious, blessing at sentence start)",
    """
Honestly I hope someone tells me I'm overreacting. Our churn dashboard will show a rose-tinted number this summer because the bill run failed for a week and nobody wants to mark those accounts as churned. It was a sunny meeting until I brought it up; after that my lead said I was lucky to still have a job, and that a grace period "covers it". A precious few people know the real number. Blessing in disguise maybe: now I've documented it. I will raise it again next sprint.
""",
    ok=["Blessing in disguise"],
)

S(
    "Indian quick-commerce pricing: city and neighbourhood, lower-case cues avoided, rider "
    "ID, Aadhaar-like number with spaces, holiday with year as DATE, d/m/y date, Jira key",
    """
I'm in the pricing team of a quick-commerce app, [[ORG:Zaptoo]], in [[LOCATION:Bengaluru]] ([[LOCATION:HSR Layout]]). The new incentive model, codenamed [[ORG:Nightowl]], cuts payouts for riders who reject orders after 11pm, including women riders who reject for safety. My manager [[PERSON:Karthik]] says "the model is gender-blind, so it's fair". [[PERSON:Divya]] from rider ops shared cases: rider ID [[ID:BLR-77120]], Aadhaar [[ID:4567 8912 3456]] (why is that even in the sheet??). Rollout is [[DATE:Diwali 2024]] week. I raised it on [[DATE:17/10/2024]] in ticket [[ID:PRC-2291]]. [[PERSON:Karthik]] closed it as "by design".
""",
)

S(
    "Brazilian delivery platform with Portuguese: city and favela, Mercosur plate, ombudsman "
    "protocol with slashes, Portuguese date, accented company name",
    """
Sou engenheiro de dados numa plataforma de entregas em [[LOCATION:São Paulo]], a [[ORG:Rapidão]]. Our "anti-fraud" model blocks motoboys whose deliveries end in "risk areas" like [[LOCATION:Paraisópolis]]. One blocked guy, [[PERSON:Edson]], plate [[ID:BRA2E19]], delivered for us for three years without a single complaint. Our PM [[PERSON:Camila Rocha]] said "não é racismo, é geografia". I wrote to the company ombudsman, protocol [[ID:2024/OUV/00731]] via [[URL:rapidao.example/ouvidoria]], on [[DATE:9 de setembro de 2024]]. No answer. [[PERSON:Edson]] now delivers for a competitor.
""",
)

S(
    "IT support ticket about monitoring software: ticket '#10482', initial with surname, "
    "'Leeds office' labels only the city, laptop serial and MAC (documentation range) as ID, "
    "vendor product as ORG, spelled-out e-mail with 'dot'",
    """
Support ticket #[[ID:10482]]: "Monitoring agent collecting personal browsing"
Reporter: [[PERSON:J. Harlow]] (IT, [[LOCATION:Leeds]] office)
Device: laptop serial [[ID:5CG1234XYZ]], MAC [[ID:00:00:5E:00:53:2A]]

Description: the [[ORG:Sentinel360]] agent we rolled out captures full URLs, including personal banking and health sites, even off-VPN at home. Config screenshot attached. [[PERSON:Nadia]] (IT Security lead) told me this is "by design". I'd like this logged formally and reviewed by the DPO. Please reply to [[EMAIL:j dot harlow at mailhub dot example]], not my work mailbox.
""",
)

S(
    "Scottish council FOI: council name, FOI reference with slashes repeated, month-year and "
    "day-month-year dates, Glasgow area, Scottish names with Mc; law name with year unlabelled",
    """
I used to be in the council's data team. After I left I sent this, because I couldn't raise it inside:

"Under the Freedom of Information (Scotland) Act 2002, please provide the DPIA for the 'Tenancy Sustainment Risk' model used by [[ORG:Glenmuir Council]] housing services since [[DATE:April 2022]], and the list of input variables, including whether living in [[LOCATION:Dalmarnock]] is one of them."

Their reply ([[DATE:3 June 2024]], ref [[ID:FOI/2024/0113]]) refused it on cost grounds. I know the model exists, I built v1 with [[PERSON:Fraser]] and [[PERSON:Ailsa McKechnie]]. Appeal under [[ID:FOI/2024/0113]] goes in next week.
""",
    ok=["Freedom of Information (Scotland) Act 2002"],
)

S(
    "Ethiopian ministry consultant: real ministry, capital city, Ato and W/ro outside, "
    "Ethiopian-calendar date, annex reference with slashes",
    """
I'm a consultant data scientist on a donor-funded job-matching platform run with the [[ORG:Ministry of Labour and Skills]] in [[LOCATION:Addis Ababa]]. The platform now shares job-seekers' records, with phone numbers and photos, with a private recruitment agency abroad. The project lead, Ato [[PERSON:Getachew Bekele]], signed the data-sharing annex on [[DATE:Meskerem 5, 2017]] (Ethiopian calendar). My counterpart, W/ro [[PERSON:Hirut]], knows it's wrong but can't say so. Annex reference: [[ID:MoLS/DS/017/2017]]. I'm leaving when my contract ends and I'm not sure that's enough.
""",
)

S(
    "Canadian reddit-style post: province, Toronto neighbourhood with 'and' inside, Det. "
    "outside, badge, RFP contract number, real provincial regulator whose name contains the "
    "province (one ORG span), EDIT line",
    """
Throwaway, public sector adjacent. I'm a contract analyst for a municipal police service in [[LOCATION:Ontario]]. We were asked to build a "gang affiliation" list from who follows whom on social media. Kids from [[LOCATION:Jane and Finch]] are 70% of the list. Det. [[PERSON:Ray Santos]] (badge [[ID:7712]]) runs it. When I raised it with the contract manager she said other services do the same. Contract number [[ID:PSB-2023-RFP-044]] if anyone's curious. I'm thinking of writing to the [[ORG:Information and Privacy Commissioner of Ontario]].

EDIT: a few people DM'd asking which city. no.
""",
)

S(
    "Australian private hospital: city, ordinary-word name Sunny beside 'sunny', Medicare "
    "number, Australian drama-range mobile, weekday outside date, nickname Bree",
    """
G'day. Clinical data analyst at [[ORG:Swan Valley Private]], a private hospital in [[LOCATION:Perth]]. Our exec, [[PERSON:Sunny Raghavan]], wants to match patients' Medicare numbers against a marketing list from a health-fund partner. Sample line: Medicare [[ID:2123 45670 1]], mobile [[PHONE:0491 570 156]]. It was a sunny Friday arvo and I honestly thought it was a joke. It's not. Nurse unit manager [[PERSON:Bree]] said patients would be furious. [[PERSON:Sunny]] wants the first match run by Fri [[DATE:18 Oct]].
""",
    ok=["a sunny Friday"],
)

S(
    "German PhD student: Prof. Dr. and Herr outside, hyphenated first name with umlaut, "
    "university, DFG (real) as ORG and project number as ID, example IBAN, ethics-committee "
    "file number, dotted date",
    """
Ich bin Doktorandin am Lehrstuhl von Prof. Dr. [[PERSON:Hans-Jürgen Albers]] an der [[ORG:Universität Nordheide]]. Our study is funded as [[ORG:DFG]] project [[ID:509876543]]. Participants get 20 € paid to their IBAN, and the IBANs sit in the same sheet as the interview transcripts, e.g. [[ID:DE89 3704 0044 0532 0130 00]]. Herr [[PERSON:Albers]] says the ethics approval (Az. [[ID:EK-2023-117]]) covers it. Mein Kollege [[PERSON:Timo]] hat das im Lab-Meeting am [[DATE:14.05.2024]] angesprochen, danach wurde er nicht mehr eingeladen. I'm next if I say anything.
""",
)

S(
    "incident review: review ID, ad partner, MAC and IPv6 (documentation ranges), Docker "
    "digest and short commit hash as ID, ISO date, intranet wiki URL, surnames/first names",
    """
INCIDENT REVIEW [[ID:IR-2024-031]] (my summary, not the official one)

What happened: the "anonymised" clickstream export to our ad partner, [[ORG:Brightfunnel]], still contained device MACs (e.g. [[ID:00:00:5E:00:53:9F]]) and IPv6 addresses ([[ID:2001:db8:4f2a::17]]). The export image [[ID:sha256:9a1e4c2b7d3f5e6a8b0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708]] has run since [[DATE:2023-11-02]].
Root cause: the hashing step was commented out in commit [[ID:e41d7a9]] by a contractor and approved by [[PERSON:Okello]].
Outcome: the review page ([[URL:wiki.corp.internal/ir/2024-031]]) says "no customer impact" and the partner was not told. I was on call, [[PERSON:Ines]] was incident commander.
""",
)

S(
    "reddit post with EDIT lines (Canada): public subreddit unlabelled, ordinary-word name "
    "Summer beside 'this summer' (ok), forward sortation area as LOCATION, Discord tag as "
    "HANDLE, ngl/tbh/rn/bc",
    """
[r/cscareerquestions, throwaway]
ngl I didn't think I'd be the person posting one of these. New grad DS at a grocery chain in [[LOCATION:Mississauga]], I started this summer. My senior, [[PERSON:Summer]] (who is great tbh), was told by the director to make the "loyalty price" model charge more in areas like [[LOCATION:L5B]] where people have fewer alternatives, bc "they'll pay anyway". We're not small; think [[ORG:Maplewood Foods]]. If you've been through this, DM me on discord: [[HANDLE:cart_ghost#4821]].

EDIT: to everyone saying "just quit", rn I have a student loan
EDIT 2: [[PERSON:Summer]] quit. wow.
""",
    ok=["I started this summer"],
)

S(
    "interview retelling (Turkey): Bey and Hanım after names outside, city with dotted İ, "
    "business district, TC kimlik value, Turkish month dates with and without day",
    """
A friend told me this over tea; I'm writing it down with her permission. [[PERSON:Elif]] worked in the analytics unit of a bank, [[ORG:Marmara Kredi Bankası]], in [[LOCATION:İstanbul]], [[LOCATION:Levent]]. Her manager, [[PERSON:Murat]] Bey, asked her to join customers' TC kimlik numbers ([[ID:10000000146]] was the example in his e-mail) with a broker's list of religious donations, to adjust credit limits. [[PERSON:Zeynep]] Hanım from legal said KVKK allows it because of "açık rıza" in the small print. The e-mail was sent on [[DATE:3 Ekim 2023]]. [[PERSON:Elif]] left in [[DATE:Ocak 2024]].
""",
)

S(
    "New Zealand rugby club volunteer with te reo greeting: RFC club name, ordinary-word name "
    "Mark beside 'mark' twice (ok), Māori first name, park as landmark, month-year date",
    """
Kia ora. I'm a volunteer analyst for [[ORG:Hutt Valley Harriers RFC]]. Our coach, [[PERSON:Mark Tipene]], wants me to rank the under-18s by GPS load AND by their parents' income from the subs payments, so he can "mark" which kids to drop before the season. I'd mark that as a hard no. Club president [[PERSON:Aroha]] is on my side, but [[PERSON:Mark]] has the committee. Trials are at [[LOCATION:Avalon Park]] in [[DATE:March 2025]]. What do I say at the committee meeting without getting kicked out?
""",
    ok=['"mark" which kids', "I'd mark that"],
)

S(
    "English secondary school data manager: Mrs and Mr outside, ordinary-word name Rose "
    "beside 'rose' as a verb (ok), town, academy trust, d/m/y date, pupil UPN",
    """
I'm the data manager at a secondary school in [[LOCATION:Stockport]]. Our head, Mrs [[PERSON:Rose Etherington]], wants predicted grades quietly lowered for pupils on free school meals, so that their progress looks like it rose by results day. The deputy, Mr [[PERSON:Adebayo]], said nothing in the meeting. The trust ([[ORG:Pennine Learning Trust]]) audit is on [[DATE:25/03/2025]]. The spreadsheet she sent has every pupil's UPN, e.g. [[ID:A123456789012]]. Mrs [[PERSON:Etherington]] wants it "tidied" before then.
""",
    ok=["it rose"],
)

S(
    "US public-health lab: Dr. outside, ordinary-word name Hope beside 'hope' (ok), hyphenated "
    "surname, NIH as ORG with grant number as ID, IRB study number, university, season with year",
    """
Grad student, public health. Our PI is Dr. [[PERSON:Hope Mwangi-Carter]] and I hope she never reads this. She is reusing our [[ORG:NIH]]-funded cohort data (grant [[ID:R01MH123456]]) for a commercial collaboration with [[ORG:Verida Health]], well outside the consent scope. The IRB approval ([[ID:STUDY00012345]]) covers academic use only. The lab manager, [[PERSON:Carlos]], said "[[PERSON:Hope]] knows what she's doing". I'm at [[ORG:Lakeshore State University]] and I defend in [[DATE:fall 2024]], so I'm staying quiet until then. Is that cowardly?
""",
    ok=["I hope she"],
)

S(
    "Lebanese NGO: city and neighbourhood, UNHCR as ORG and its case number as ID, day-month-"
    "year date, e-mail with NGO domain, country director by full name",
    """
I do data for an NGO in [[LOCATION:Beirut]] ([[LOCATION:Hamra]]). We register refugee families for cash assistance. A "partner" asked for our biometric registration list, including [[ORG:UNHCR]] case numbers like [[ID:LB1-24C12345]]. Our country director, [[PERSON:Rami Haddad]], said yes on a call on [[DATE:2 Nov 2024]]. The programme officer, [[PERSON:Layal]], and I think the partner shares with the authorities. We're [[ORG:Sanad Relief]]. [[PERSON:Layal]] agreed I could share her address if anyone can advise: [[EMAIL:layal.h@sanad-relief.example]].
""",
)

S(
    "Kazakh bank analyst with Russian: city, Telegram username as HANDLE, name with "
    "patronymic as one span, IIN value, Russian date with preposition outside, real "
    "regulator ARDFM",
    """
Привет. Data analyst in [[LOCATION:Almaty]]. Our bank's collections team bought a "database" of borrowers' relatives from a Telegram bot; the seller is [[HANDLE:@baza_kz_2024]]. My boss, [[PERSON:Aidos Nurlanovich]], says "everyone does it". An IIN from the dump: [[ID:900101300123]]. We've been calling those relatives с [[DATE:1 марта 2024]]. The bank is [[ORG:Dala Finance]]. I know the regulator is [[ORG:ARDFM]] but I don't trust that they won't pass my name back. [[PERSON:Aidos Nurlanovich]] already asked who was "complaining in the chat".
""",
)

S(
    "Dutch debt-collection incident: weekday outside Dutch date, example IBAN, Dutch street "
    "address with postcode as one span, de particle, real regulator, B.V. suffix",
    """
Incident (partly my own fault). I'm a data engineer at [[ORG:Incasso Noord B.V.]] in [[LOCATION:Utrecht]]. On maandag [[DATE:4 maart 2024]] a script sent payment reminders showing another debtor's IBAN ([[ID:NL91 ABNA 0417 1643 00]]) and home address ([[LOCATION:Oudegracht 231, 3511 NV Utrecht]]). About 400 letters. My team lead, [[PERSON:Sanne de Vries]], decided not to report it to the [[ORG:Autoriteit Persoonsgegevens]] because "it's only 400 letters". I think it's a breach, full stop. [[PERSON:Sanne]] says I'm being dramatic.
""",
)

S(
    "machine-translated Portuguese (Portugal): translated title 'the engineer' outside, Dona "
    "outside, NIF value, real regulator CNPD, Portuguese day-month date, company name",
    """
(Translated automatic from Portuguese) Good afternoon. I am engineer of data in a company of energy in [[LOCATION:Porto]], the [[ORG:Luz do Douro]]. My boss, the engineer [[PERSON:Rui Magalhães]], asked to cross the data of consumption of the clients with the NIF to know who has many people in the home and to offer "personalised tariffs". Example NIF in the file: [[ID:123456789]]. The colleague Dona [[PERSON:Fátima]] of the juridical said to ask the [[ORG:CNPD]] first, but he refused. This was the [[DATE:dia 12 de fevereiro]]. I do not know if I am exaggerating.
""",
)

S(
    "Australian resignation e-mail: ordinary-word name Bill beside 'bill' (ok), suburb, d/m/yy "
    "date, real ombudsman, signature first name and drama-range mobile",
    """
Hi [[PERSON:Bill]],

Please accept this as my resignation from [[ORG:Kookaburra Energy]], effective [[DATE:20 December 2024]]. You know why. The "hardship" model we built to flag customers who might struggle to pay their bill is being used to disconnect them first, in [[LOCATION:Broadmeadows]] especially. I raised it with you and with [[PERSON:Georgie]] in Risk on [[DATE:5/11/24]]. I've kept copies. If the [[ORG:Energy and Water Ombudsman Victoria]] asks, I'll answer honestly.

Cheers,
[[PERSON:Tom]]
[[PHONE:0491 570 110]]
""",
    ok=["pay their bill"],
)

S(
    "tweet thread from Lagos with emoji: lower-case city (not the address elsewhere), first "
    "names, US-style date, lower-case month-year, real regulator FCCPC, Mastodon address "
    "and @handle as HANDLE, neighbourhood",
    """
🧵 what i saw at a [[LOCATION:lagos]] lending app (i left, finally)
1/ the app pulled every contact from your phone and the "recovery" team called them. i wrote the export query. not proud
2/ the CEO, [[PERSON:Tobi]] (not tagging), said "shame is a collection strategy" at the all-hands on [[DATE:Nov 3, 2023]]
3/ my colleague [[PERSON:Ngozi]] reported them to [[ORG:FCCPC]] in [[DATE:jan 2024]]. they got fined lol
4/ if you're still there, [[HANDLE:@ngozi_speaks@mastodon.example]] has the docs. or DM [[HANDLE:@exlender_dev]]
5/ app was [[ORG:KashKwik]], office in [[LOCATION:Yaba]]. ok i'm done 😮‍💨
""",
)

# A few more voices so each region and form appears more than once.

S(
    "Romanian support-ticket thread: ticket number, Romanian date, city and sector, CNP value, "
    "domnul outside, Romanian mobile, SRL company",
    """
Tichet [[ID:SUP-30917]], opened by me after a customer called in tears.
Our BNPL app, [[ORG:Rata Rapidă SRL]], in [[LOCATION:Bucharest]] ([[LOCATION:Sector 3]]), started showing customers' overdue amounts to their employer's HR through the payroll "partner" integration. The customer's CNP was in the ticket, [[ID:1850315400123]], and her mobile, [[PHONE:0722 555 019]]. When I escalated, domnul [[PERSON:Ionescu]] from product said it was agreed with the partner on [[DATE:1 aprilie 2024]] and "customers accepted the terms". [[PERSON:Ionescu]] asked me to close the ticket as resolved. I left it open and cc'd [[EMAIL:dpo@ratarapida.example]].
""",
)

S(
    "Nepali NGO worker: Kathmandu neighbourhood, dai/didi outside, Bikram Sambat date, donor "
    "org, Nepali mobile, citizenship number with slashes",
    """
Namaste. I'm the only data officer at [[ORG:Himal Sahayog]], an NGO in [[LOCATION:Kathmandu]] ([[LOCATION:Baneshwor]]). After the flood response, our programme head, [[PERSON:Suman]] dai, promised the donor full household photos with citizenship numbers for "impact stories". One in the folder: [[ID:27-01-74-05123]]. [[PERSON:Kabita]] didi from the field team said the women never agreed to photos. The deadline on the donor letter is [[DATE:2081 Shrawan 15]]. I said we can send aggregates; [[PERSON:Suman]] dai says the donor won't fund aggregates. Call me if you know a better way: [[PHONE:+977 980-5550123]], or write to [[EMAIL:himal.data.officer@mailbox.example]].
""",
)

S(
    "US school district analyst: district, ZIP code on its own, Ms. outside, student ID, "
    "ordinary-word name Faith beside 'faith', (555) phone, month-day-year in words",
    """
Posting from a personal laptop. I'm the data analyst for [[ORG:Cedar Hollow Unified School District]], mostly kids from [[LOCATION:92407]]. Our superintendent, Ms. [[PERSON:Faith Delgado]], signed with a vendor that flags "behavioral risk" from students' school-issued Chromebook browsing. A kid got called to the office over a search about his own gender identity. Student ID [[ID:CHU-0093317]] if anyone from the board reads this. I have good faith that the board doesn't know. The vendor contact gave me his cell, [[PHONE:(909) 555-0148]]. The contract was signed [[DATE:August 12, 2024]].
""",
    ok=["I have good faith"],
)

S(
    "Nigerian hospital data officer: Alhaji inside a name, Dr. outside, Abuja district, NIN "
    "value, WhatsApp unlabelled, '#482'-style ticket, Nigerian date with ordinal",
    """
I manage data at [[ORG:Garki Specialist Clinic]] in [[LOCATION:Abuja]]. Our chairman, [[PERSON:Alhaji Musa Danjuma]], wants HIV test results shared with employers who send their staff for "medicals". The medical director, Dr. [[PERSON:Funmilayo Ajayi]], agreed on a WhatsApp voice note on the [[DATE:21st of May, 2024]]. I logged an objection in the IT tracker as #[[ID:1129]]. One patient's NIN was even in the spreadsheet the employer sent back: [[ID:12345678901]]. Dr. [[PERSON:Ajayi]] says [[PERSON:Danjuma]] owns the clinic so it's his call.
""",
)

S(
    "Malaysian gig platform: Encik and Puan outside, bin inside name, MyKad number, Malaysian "
    "mobile, Sdn. Bhd. suffix, KL neighbourhood, Malay date",
    """
Hi all. Data analyst at [[ORG:Hantar Laju Sdn. Bhd.]], a delivery app in [[LOCATION:Kuala Lumpur]] (office in [[LOCATION:Bangsar South]]). Encik [[PERSON:Azman bin Yusof]], head of ops, wants riders' prayer-break times counted as "idle" in the new ranking model. Puan [[PERSON:Noraini]] from HR said ok as long as it's "data-driven". Example rider from the export: MyKad [[ID:900101-14-5567]], phone [[PHONE:012-555 0193]]. Go-live is [[DATE:1 Januari 2025]]. [[PERSON:Azman]] says riders can "pray faster". Sedih.
""",
)

S(
    "Chilean mining analyst, tweet-style with ALL CAPS bits and emoji: RUT value, city, "
    "company, Spanish date with weekday outside, @handle",
    """
ok necesito desahogarme 😤 i work in analytics for [[ORG:Minera Atacama Norte]] in [[LOCATION:Antofagasta]]. they're using fatigue-camera scores to pick who gets laid off, NOT safety. my supervisor [[PERSON:Pancho]] ([[PERSON:Francisco Rojas]]) literally said "the model chooses, not me". the layoff list came out el lunes [[DATE:2 de diciembre]]. a guy on it, RUT [[ID:12.345.678-5]], has 20 years there. if you're a journalist, [[HANDLE:@datos_mineros]] is me. [[PERSON:Pancho]] if you see this, sorry not sorry.
""",
)


# ---------------------------------------------------------------- build and check


def parse(marked):
    text = marked.strip("\n")
    out, spans, pos, length = [], [], 0, 0
    for m in MARK.finditer(text):
        kind, value = m.group(1), m.group(2)
        chunk = text[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        spans.append(
            {
                "entity_type": kind,
                "entity_value": value,
                "start_position": length,
                "end_position": length + len(value),
            }
        )
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def covered(spans, a, b):
    return any(s["start_position"] < b and a < s["end_position"] for s in spans)


def ok_ranges(text, ok):
    ranges = []
    for phrase in ok:
        for m in re.finditer(re.escape(phrase), text):
            ranges.append((m.start(), m.end()))
    return ranges


def in_ok(ranges, a, b):
    return any(x <= a and b <= y for x, y in ranges)


def finditer_word(needle, text, flags=0):
    return re.finditer(rf"(?<![\w@#/.\-]){re.escape(needle)}(?![\w\-])", text, flags)


def strip_legal(v):
    w = LEGAL.sub("", v)
    w = re.sub(r"^(?:PT|Project|Operation)\s+", "", w)
    return w if w != v and len(w) >= 3 else None


def name_tokens(v):
    out = []
    for tok in re.split(r"[\s,]+", v):
        t = tok.strip("\"'()")
        if not t or t.lower() in PARTICLES:
            continue
        if len(t.replace(".", "")) < 2:
            continue
        out.append(t)
    return out


def edge_ok(v):
    if v != v.strip():
        return False
    first, last = v[0], v[-1]
    if not (first.isalnum() or first in "@#+("):
        return False
    if last.isalnum():
        return True
    if last == "." and (LEGAL_DOT.search(v) or INITIAL_DOT.search(v)):
        return True
    return last == ")" and "(" in v


def main():
    problems = []
    items = []
    for i, st in enumerate(STORIES, 1):
        sid = f"md3-{i:02d}"
        for m in MARK.finditer(st["marked"]):
            if m.group(1) not in KINDS:
                problems.append(f"{sid}: unknown kind {m.group(1)!r}")
        text, spans = parse(st["marked"])
        items.append((sid, text, spans, st))

        if "[[" in text or "]]" in text:
            problems.append(f"{sid}: leftover markup")
        words = len(text.split())
        if not 50 <= words <= 300:
            problems.append(f"{sid}: {words} words, outside 50-300")
        ordered = sorted(spans, key=lambda s: s["start_position"])
        for a, b in itertools.pairwise(ordered):
            if b["start_position"] < a["end_position"]:
                problems.append(f"{sid}: overlap {a['entity_value']!r} / {b['entity_value']!r}")
        for s in spans:
            v = s["entity_value"]
            if text[s["start_position"] : s["end_position"]] != v:
                problems.append(f"{sid}: offset mismatch for {v!r}")
            if not edge_ok(v):
                problems.append(f"{sid}: edge whitespace/punctuation in {v!r}")
            if s["entity_type"] in ("PERSON", "ORG", "LOCATION"):
                for tool in TOOLS:
                    if re.search(rf"(?<!\w){re.escape(tool)}(?!\w)", v, re.I):
                        problems.append(f"{sid}: tool name {tool!r} inside {v!r}")
        for phrase in st["ok"]:
            if phrase not in text:
                problems.append(f"{sid}: ok phrase {phrase!r} does not occur")

        # within-story missed mentions (any case)
        ranges = ok_ranges(text, st["ok"])
        needles = set()
        for s in spans:
            v = s["entity_type"], s["entity_value"]
            if v[0] == "PERSON":
                needles.update(name_tokens(v[1]))
            elif v[0] in ("ORG", "LOCATION"):
                needles.add(v[1])
                if v[0] == "ORG" and strip_legal(v[1]):
                    needles.add(strip_legal(v[1]))
        for n in needles:
            for m in finditer_word(n, text, re.I):
                if not covered(spans, m.start(), m.end()) and not in_ok(ranges, m.start(), m.end()):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(f"{sid}: unlabelled mention of {n!r}: ...{ctx}...")

    # across stories (capitalised, case-sensitive)
    needles = set(ALWAYS)
    for _, _, spans, _ in items:
        for s in spans:
            t, v = s["entity_type"], s["entity_value"]
            if t in ("ORG", "LOCATION") and len(v) >= 3 and v[:1].isupper():
                needles.add(v)
                if t == "ORG" and strip_legal(v):
                    needles.add(strip_legal(v))
            if t == "PERSON":
                for tok in name_tokens(v):
                    if len(tok) >= 3 and tok[:1].isupper():
                        needles.add(tok)
    for sid, text, spans, st in items:
        ranges = ok_ranges(text, st["ok"])
        for n in needles:
            for m in finditer_word(n, text):
                if not covered(spans, m.start(), m.end()) and not in_ok(ranges, m.start(), m.end()):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(f"{sid}: {n!r} is labelled elsewhere but not here: ...{ctx}...")

    # corpus-level
    empty = [sid for sid, _, spans, _ in items if not spans]
    kinds = Counter(s["entity_type"] for _, _, spans, _ in items for s in spans)
    if len(items) < 60:
        problems.append(f"only {len(items)} stories (need 60)")
    if len(empty) < 8:
        problems.append(f"only {len(empty)} stories with nothing identifying (need 8)")
    for k in KINDS:
        if kinds[k] < 6:
            problems.append(f"only {kinds[k]} {k} spans (need 6)")

    records = [
        {"full_text": text, "spans": spans, "id": sid, "notes": st["notes"]}
        for sid, text, spans, st in items
    ]
    if len({r["id"] for r in records}) != len(records):
        problems.append("duplicate ids")
    blob = json.dumps(records, ensure_ascii=False, indent=1)
    for r in json.loads(blob):
        for s in r["spans"]:
            if r["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                problems.append(
                    f"{r['id']}: offset mismatch after serialisation: {s['entity_value']!r}"
                )

    if problems:
        for p in problems:
            print("FAIL", p)
        print(f"{len(problems)} problem(s); {OUT} not written")
        return 1

    with open(OUT, "w", encoding="utf-8") as f:
        f.write(blob + "\n")
    wc = [len(t.split()) for _, t, _, _ in items]
    print(f"wrote {OUT}")
    print(
        f"{len(items)} stories, {min(wc)}-{max(wc)} words (mean {sum(wc) / len(wc):.0f}), "
        f"{sum(kinds.values())} identifiers; nothing identifying: {', '.join(empty)}"
    )
    print("| kind | count |\n|---|---|")
    for k in KINDS:
        print(f"| {k} | {kinds[k]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
