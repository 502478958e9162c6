"""Write and check ``redaction_messy_dev2.json``, the second messy development set.

Who and how: written by a storyshare helper session ("messydev2") in one sitting, from the
product brief, ``tests/data/README.md`` (guidelines and the earlier sets' decisions) and
``corpus_tools.py`` only. The redaction engine, its tests, the benchmarks and every other
corpus (their JSON files and scripts) were never opened, searched or run, so the stories
reflect how people write, not what the engine already handles. It is a DEVELOPMENT set: tune
against it freely; it says nothing about generalisation.

Every story is synthetic and fictional apart from a few well-known real organisations and
places (regulators and agencies: CNIL, UODO, KVKK, ODPC, NPC, INAI, ANPD, OJK, Autoriteit
Persoonsgegevens, the Information Regulator, Services Australia, the Department of Labor;
the NHS, Kenyatta National Hospital, Makerere University, Universität Tübingen; cities,
districts, neighbourhoods and landmarks). Phones use reserved or drama ranges where they exist (555-01xx, 07700
900xxx, 020 7946 0xxx) or made-up numbers; e-mail and web hosts are ``.example``; IP
addresses are documentation ranges; ID numbers are invented.

Markup: ``[[KIND:text]]``, KIND in PERSON, ORG, LOCATION, EMAIL, PHONE, URL, HANDLE, DATE, ID.
Run ``python3 tests/data/make_messy_dev2.py``: it strips the markup, computes offsets, runs the
checks below and writes the JSON only if all pass (exit 1 otherwise).

Labelling follows the README's guidelines and the earlier sets' decisions. Where the earlier
sets disagree, the later holdouts win: an initial keeps its own full stop ("T.R.", "J."),
unlike the first messy set. Further decisions made here:

- Chat speaker names are PERSON; with a sigil or a Discord discriminator they are HANDLE.
  Dates in chat timestamps and e-mail headers are DATE ("[03/03/23, 21:14]" -> "03/03/23";
  "Tue, 7 Mar 2023 09:14" -> "7 Mar 2023"); clock times, weekdays beside a date and
  "Today at"/"Yesterday at" never are.
- HANDLE, one span each, sigil inside: "@name", "u/name", an internal "#channel", a
  Discord "name#1234", Telegram and Signal usernames (with or without "@"), a WeChat, LINE
  or Kakao ID after "wechat:"/"line id"/"kakao:" (only the ID), a GitHub user named as a
  user ("rkessler-lab on github", "@okonkwo-dev"), a Mastodon "@user@instance" (HANDLE,
  not EMAIL). A profile, repository or chat link ("github.com/rkessler-lab/...",
  "t.me/dmytro_ops") is a URL.
  A public subreddit ("r/datascience") and a public topic hashtag ("#dataethics") do not
  identify anyone and are not labelled; they are listed in ``ok``.
- "#482" as a ticket labels "482" (ID). A git commit hash, a user ID in a log line and an
  IPv6 address are ID.
- DATE: "3rd of march", "march 3", "03.03.23", "Q2 '23", "FY24", "H2 2022" are labelled
  whole; a vague-but-absolute phrase is labelled with its qualifier: "end of jan 2024",
  "early feb 2024", "mid-Q3 2023", "first week of feb 2024", "w/c 4 Dec 2023" (week
  commencing), "end of Q1 2024"; a leading "the" stays outside. Spoken dates in a voice
  transcript ("march third twenty twenty three") are one DATE, and a spoken phone number or
  e-mail address is one PHONE or EMAIL span. An ISO timestamp in a log line is one DATE. A month alone is labelled
  only when it points to one specific month of the story ("in march we shipped"), never in
  "every march". Relative phrases ("last week", "the week after", "end of quarter", "next
  sprint") and durations are not labelled. Holidays count only with a year
  ("17 Agustus 2023", "Diwali 2023").
- LOCATION: a street address with its district, city and postcode is one span; a landmark
  used to give an address ("opp. Infinity Mall") is labelled on its own when it stands apart
  from the address words; "the X office" labels X; "Jakarta Selatan", "Kadıköy/İstanbul",
  "CDMX" and "SP" inside an address stay inside its span. Lower-case places ("in lagos")
  are labelled. Demonyms and languages are not.
- ORG: lower-case or ordinary-word company names, clients, hospitals, councils,
  universities, NGOs, regulators, and internal project or team code names ("Project Kestrel",
  "team Lantern" -> "Lantern") are ORG; generic team names ("the risk team"), tools,
  platforms, laws, job titles and ID document names (Aadhaar, NIN, KRA PIN, PESEL, CURP) are
  not. An abbreviation after the full name is a separate ORG. "NHS" in "NHS number" is ORG.
- PERSON: initials ("JK", "A.O."), lower-case names after a cue ("asked ravi"), ordinary-word
  names (Hope, Bill, Will, Grace, Sunny, Dev) only where they name a person, family-name-first
  names, particles inside the span ("van der Berg", "dos Santos"), nicknames ("Big Tunde").
  Honorifics and titles stay outside (Oga, Pani, Herr Dr., Hanım, -san, ji, Ate, Kuya, Pak,
  Bu, Mbak, Sra.), and so does a possessive "'s". "Lastname, Firstname" is one span.
- The short form of a handle used as a name ("I'm ferro" beside "ferro_ml#0093") is PERSON,
  a nickname.
- Each story lists in ``ok`` the deliberate unlabelled phrases that contain a word labelled
  elsewhere in the story or file ("they will", "hope so", "dev server"); the missed-mention
  checks accept an unlabelled occurrence only inside one of them.

Checks: offsets (again on the serialised JSON); no leftover markup; no overlaps; no edge
whitespace or punctuation in a span (a leading sigil, "+" or "(", an initial's full stop and
a legal suffix's full stop excepted); 50-300 words per story; no tool name inside a PERSON,
ORG or LOCATION span; every whole-word mention of a labelled name token, organisation (also
without legal suffix or "Project"/"team" prefix) or place labelled within its story (any
case) and across stories (capitalised), unless inside an ``ok`` phrase; at least 60 stories,
at least 8 with nothing identifying, at least 6 spans of every kind.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import KINDS, overlaps, parse

OUT = Path(__file__).resolve().parent / "redaction_messy_dev2.json"
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")

# (notes, marked text, ok phrases)
STORIES = []

STORIES += [
    (
        "rushed lower-case slack-style post: @handles, internal #channel, lower-case city, "
        "'march 3', lower-case name after cue, lower-case startup as ORG",
        """
ok so this is rushed sorry. i was the only DS at [[ORG:tallyfin]] in [[LOCATION:nairobi]]. on [[DATE:march 3]] my lead [[HANDLE:@kamau.j]] posts in [[HANDLE:#risk-model-v2]] that we drop the 'thin file' applicants from the eval set bc they "skew the gini". i asked [[PERSON:wanjiru]] from credit ops if thats normal and she said no, at her old place they'd never. i pinged [[HANDLE:@kamau.j]] again, got a thumbs up emoji and nothing else. model went live the week after. [[PERSON:wanjiru]] left in [[DATE:june 2023]], i'm still here. what would u do
""",
        [],
    ),
    (
        "pasted Discord log: name#1234 tags, 'Today at' and numeric m/d/y date, "
        "short form of a handle as a nickname ('I'm ferro'), clock times unlabelled",
        """
pasting from our team discord bc i think it matters:

[[HANDLE:pixelgoblin#4471]] — 03/14/2023 9:02 PM
just rerun the attribution without the churned cohort lol nobody checks
[[HANDLE:ferro_ml#0093]] — 03/14/2023 9:05 PM
thats like 30% of users
[[HANDLE:pixelgoblin#4471]] — Today at 9:06 AM
exec deck is due friday, [[PERSON:ines]] wants the uplift number > 8%

I'm [[PERSON:ferro]]. [[PERSON:Ines]] is our VP at [[ORG:Quillborne Games]]. The deck went to the board with the 11% uplift from the trimmed cohort. Nobody asked where the missing users went. I put a note in the appendix that nobody will read. I've been looking at other jobs since.
""",
        ["nobody will read"],
    ),
    (
        "forwarded e-mail with headers and signature: Nigerian street address with area and "
        "city as one span, +234 phone, e-mail, header date, honorific Engr. outside",
        """
---------- Forwarded message ---------
From: [[PERSON:Tolulope Adebayo-Cole]] <[[EMAIL:t.adebayocole@brightledger.example]]>
Date: Thu, [[DATE:9 Nov 2023]] at 16:41
Subject: Re: scorecard for the salary advance product
To: Engr. [[PERSON:Obinna Eze]]

[[PERSON:Obinna]], I understand the pressure but we cannot use the customer's contact list size as a feature. It's on the consent screen as "for fraud checks only".

Regards,
[[PERSON:Tolu]]
Head of Analytics, [[ORG:BrightLedger Finance Ltd]]
[[LOCATION:Plot 14, Adeola Odeku Street, Victoria Island, Lagos]]
Tel: [[PHONE:+234 809 555 0142]]

I was cc'd on this. A week later the feature was in. [[PERSON:Tolu]] resigned before Christmas.
""",
        [],
    ),
    (
        "Telegram and Signal usernames written several ways, lower-case city, partial dates",
        """
i'm writing from a throwaway. my ex-manager ran a side gig scraping dating profiles for a 'market research' client in [[LOCATION:kyiv]] and wanted me to clean the data. he only talks on telegram, his username is [[HANDLE:@vlad_scrapes]], and the client's ops guy is [[HANDLE:dmytro_ops]] on there (he sent me [[URL:t.me/dmytro_ops]] like it's a business card). when i said no he moved me to signal, user [[HANDLE:nightowl.27]], and said 'we talk here only'. this was [[DATE:early feb 2024]]. i quit in [[DATE:april]]. i still have the screenshots but i don't know who to give them to.
""",
        [],
    ),
    (
        "WeChat ID written 'wechat: xyz', Chinese date, Shenzhen district, family-name-first "
        "name, Xiao honorific outside, Chinese company with abbreviation",
        """
My team lead [[PERSON:Zhou Peng]] at [[ORG:Lingxi Data Technology]] ([[ORG:LXDT]]) asked me to build "employee stability score" from badge swipes and chat activity. He said HR in the [[LOCATION:Nanshan]] office asked for it, deadline [[DATE:2023年11月6日]]. I said this is surveillance, he said "Xiao [[PERSON:Li]], don't be naive". I added people to a group to discuss, my wechat: [[HANDLE:lyn_0816data]] if any reader faced same. Later the score was used in layoffs of [[DATE:Q1 2024]] in [[LOCATION:Shenzhen]] and [[LOCATION:Chengdu]]. I don't know if my code decided who went.
""",
        [],
    ),
    (
        "Mastodon @user@instance vs e-mail, GitHub user as HANDLE, GitHub repo link as URL, "
        "university ORG, month-year",
        """
context: phd student, our lab shares a 'public' dataset of mental-health forum posts that was scraped without asking anyone. the maintainer is [[HANDLE:@rkessler@scholar.social]] on mastodon and [[HANDLE:rkessler-lab]] on github, repo is [[URL:github.com/rkessler-lab/mh-forum-corpus]]. i opened an issue in [[DATE:September 2023]] pointing out usernames are still in there. closed as 'out of scope'. my supervisor at [[ORG:Universität Tübingen]] says drop it, it's "his lab, his call". if you are [[HANDLE:@rkessler@scholar.social]] and reading this: please just hash the names.
""",
        [],
    ),
    (
        "NOTHING IDENTIFYING: job titles, tools, weekdays, relative dates, a law, a generic "
        "team, ordinary words that are names elsewhere",
        """
Nothing dramatic, but I want it written down. Our head of growth asked me on a Tuesday to rerun the retention analysis "with a friendlier window". The first window showed churn going up after the price change. The friendlier one started the week after the change, so it looked flat. I said I will run both and show both. In the meeting the deck only had the second one. I asked the analytics manager afterwards and she said "that's how decks work". It was in Looker, the old version is still there if anyone looks. Nobody has. I hope someone reads this and feels less mad. Under GDPR none of this even counts as a problem, it's just lying with a chart.
""",
        ["I will", "I hope"],
    ),
    (
        "Indian address with flat, building, cross, neighbourhood, city and PIN as one span; "
        "'3rd of march'; Hinglish; ji honorific outside; Aadhaar number ID; lower-case names",
        """
yaar i need to say this somewhere. we are a loan app vendor, office is [[LOCATION:Flat 302, Sai Residency, 5th Cross, Indiranagar, Bengaluru 560038]] (yes it's a flat). on [[DATE:3rd of march]] [[PERSON:sharma]] ji ([[PERSON:Rakesh Sharma]], founder) told me to pull contacts of defaulters and give to the recovery agency in [[LOCATION:Hubli]]. the agency calls their relatives and says bad things. one lady called me crying, her aadhaar [[ID:9341 0027 5566]] was on a WhatsApp forward. i told [[PERSON:sneha]] in compliance, she said "bas chup raho". still working there, paying EMI, kya karun.
""",
        [],
    ),
    (
        "Mexican address with colonia and CP, CDMX; Spanish dates; Sra. outside; "
        "INAI as real regulator; code-switching",
        """
Trabajo en una fintech, [[ORG:Kuali Pagos]], oficina en [[LOCATION:Calle Río Lerma 142, Col. Cuauhtémoc, 06500 CDMX]]. El [[DATE:15 de enero de 2024]] my boss Sra. [[PERSON:Guadalupe Ortega]] asked to use GPS of phones to predict who will not pay, and call them at work. Le dije que no tenemos consentimiento. She said "todos lo hacen". In [[DATE:marzo]] they sent it to production anyway. A friend told me to write to the [[ORG:INAI]] but then the [[ORG:INAI]] thing changed and honestly no sé a quién. I am still there, buscando otra chamba.
""",
        [],
    ),
    (
        "Brazilian address (rua, number, bairro, city - UF, CEP) as one span; Portuguese "
        "date; seu honorific outside; CPF ID; ANPD real regulator",
        """
Sou analista de dados numa rede de farmácias, [[ORG:Drogaria Boa Vida]]. Em [[DATE:março de 2023]] o diretor, seu [[PERSON:Arnaldo]], pediu um modelo que usa o CPF no balcão para cruzar compras de remédio com o plano de saúde. Eu disse: isso é dado sensível! He said the lawyers are fine. The matriz is at [[LOCATION:Rua Harmonia 310, Vila Madalena, São Paulo - SP, 05435-000]] and the data team sits there. My own CPF [[ID:123.456.789-09]] showed up in the test file, that's how I noticed. I'm thinking of writing to the [[ORG:ANPD]] but I'm afraid.
""",
        [],
    ),
    (
        "Kenyan location given by landmark and road ('off Ngong Road, near Prestige Plaza'), "
        "neighbourhood, Swahili date, Kenyan phone, KRA PIN ID, ODPC, M-Pesa tool",
        """
Sasa, hii ni story yangu. I did analytics for a digital lender whose office is off [[LOCATION:Ngong Road]], near [[LOCATION:Prestige Plaza]] in [[LOCATION:Kilimani]]. Tarehe [[DATE:5 Machi 2024]] my boss [[PERSON:Otieno]] wanted M-Pesa statements of borrowers' guarantors analysed without telling them. I said this needs consent. He said "usijali, [[ORG:ODPC]] hawana meno". Then he sent me the guarantor list with phones like [[PHONE:0712 000 483]] and KRA PIN [[ID:A004512783Q]]. I reported to the [[ORG:ODPC]] in [[DATE:May 2024]]. Nothing yet.
""",
        [],
    ),
    (
        "Indonesian address (Jl., No., RT/RW, kelurahan, kecamatan, Jakarta Selatan, postcode) "
        "as one span; Independence Day with year as DATE; Pak and Mbak outside; OJK",
        """
Saya data analyst di startup [[ORG:Teman Tani]]. Kantor kami di [[LOCATION:Jl. Kemang Raya No. 12, RT 05/RW 02, Bangka, Mampang Prapatan, Jakarta Selatan 12730]]. Sebelum [[DATE:17 Agustus 2023]] Pak [[PERSON:Hendra]] minta angka 'petani aktif' dinaikkan untuk investor deck, pakai user yang sudah tidak login 6 bulan. Mbak [[PERSON:Ratna]] from finance also noticed. We both said no in the meeting, and Pak [[PERSON:Hendra]] said ok. Then the deck came out with the big number. Investor is from [[LOCATION:Singapore]]. I think if [[ORG:OJK]] ever look, [[PERSON:Ratna]] and me will be blamed, not him.
""",
        [],
    ),
    (
        "Filipino addresses (unit, street corner, BGC, Taguig; barangay, city), Taglish, "
        "Ate and Kuya outside, PhilHealth number ID, NPC",
        """
Grabe, ito na. Our BPO analytics team is at [[LOCATION:Unit 8B, 23rd St. corner 5th Ave, BGC, Taguig]]. Ate [[PERSON:Joy]] (team lead) told us to use the agents' webcam snapshots to score 'attentiveness'. Kuya [[PERSON:Rommel]] from IT installed it on [[DATE:Oct 2, 2023]]. One agent, she lives in [[LOCATION:Brgy. San Antonio, Pasig]], got warned because her baby was crying behind her. HR asked me for her PhilHealth no. [[ID:12-025678901-3]] to process the memo, like why?? I emailed the [[ORG:NPC]] hotline pero wala pa. Sana someone tells me if this is legal.
""",
        [],
    ),
    (
        "Polish address ('ul.', 'm.', postcode, city) as one span; Polish date; Pani outside; "
        "UODO; nickname Tomek; dr hab. outside",
        """
I work in a insurance in [[LOCATION:Warsaw]], department of pricing. Office: [[LOCATION:ul. Mokotowska 24 m. 5, 00-561 Warszawa]]. On [[DATE:3 marca 2023]] Pani [[PERSON:Kowalska]] (director) said to use the postal code as proxy for 'lifestyle risk'. Me and [[PERSON:Tomek]] know this is proxy for Roma neighbourhoods in [[LOCATION:Praga-Północ]]. We told prof. dr hab. [[PERSON:Zieliński]] who consults for us, he said "mathematically sound". [[PERSON:Tomek]] wanted to write to [[ORG:UODO]]. We didn't. The tariff is live since [[DATE:lipiec 2023]].
""",
        [],
    ),
    (
        "NOTHING IDENTIFYING: ticket-ish language without numbers, generic places ('the office', "
        "'head office'), job titles, tools (Jira, Slack, Signal), relative dates",
        """
Short one. Our compliance lead asked us to stop writing anything about the data retention problem in Jira "because tickets are discoverable". From then on it was only calls, and later Signal on personal phones. The problem itself: deleted customers were still in the backup bucket and in two feature tables. Everyone knew. The fix was always next sprint. I left after the second reorg. Head office never heard about it, I think, or they chose not to. If you are a junior reading this: write it down somewhere that is yours, with dates, even if it's just a notebook.
""",
        [],
    ),
    (
        "Turkish address (Cad., No:, D:, district/city) as one span; Turkish date; Hanım and "
        "Bey outside; KVKK; 'the X office' form",
        """
Merhaba. I was data scientist in e-commerce company [[ORG:Pazaryolu]], the [[LOCATION:Kadıköy]] office: [[LOCATION:Moda Cad. No: 45 D:3, Kadıköy/İstanbul]]. [[DATE:3 Mart 2023]]'te [[PERSON:Elif]] Hanım from marketing wanted a segment 'probably pregnant' from basket data, for baby product ads. [[PERSON:Murat]] Bey (my manager) said ok. I said [[ORG:KVKK]] will not like it. They said it's anonymous. It is not anonymous when you send SMS to her phone. Segment was used until [[DATE:Eylül 2023]]. I moved to the [[LOCATION:Ankara]] team to not see it.
""",
        [],
    ),
]

STORIES += [
    (
        "UK: 'the X office' forms, postcode district and full postcode, borough council as "
        "client, UK mobile in drama range, initials with full stop",
        """
I'm a data engineer at a consultancy, based in the [[LOCATION:Leeds]] office but the client was [[ORG:Calderbrook Borough Council]]. They wanted a 'vulnerability flag' for council tax arrears, joined with school attendance. Our partner, [[PERSON:D.W.]], signed it off from the [[LOCATION:Manchester]] office without reading the DPIA. A resident from [[LOCATION:HX7]] rang our general line about a letter that called her 'high risk', and she left her mobile, [[PHONE:07700 900417]], with a colleague. I raised it with [[PERSON:D.W.]] and with [[PERSON:Priya Nandakumar]], who runs the public-sector practice. [[PERSON:Priya]] said it would be fixed "in phase two". Phase two never came. The letters went out to [[LOCATION:HX1 2QP]] and the streets around it.
""",
        [],
    ),
    (
        "German address (street, PLZ, city in German spelling) as one span, 'the X office', "
        "dotted date '03.03.23', Herr Dr. outside, GmbH inside ORG, German code-switching",
        """
Ich arbeite als Data Scientist bei [[ORG:Kessler Mobility GmbH]], the [[LOCATION:Munich]] office, [[LOCATION:Leopoldstraße 12, 80802 München]]. Am [[DATE:03.03.23]] hat Herr Dr. [[PERSON:Brandauer]] gesagt, we should use the driving-style data from the app to adjust leasing offers. Nobody told the customers. Betriebsrat was not informed. I wrote a memo, he answered 'Danke für Ihre Meinung'. [[PERSON:Jana]] from legal agreed with me but only in the kitchen, not in writing. Since [[DATE:Juni 2023]] the feature is live in [[LOCATION:Bayern]] and [[LOCATION:Baden-Württemberg]].
""",
        [],
    ),
    (
        "Jira-style ticket thread: JIRA keys, '#482' as ID number only, assignee initials, "
        "quarter 'Q2 '23', ISO dates, internal project code name",
        """
pasting the ticket thread so you see how it went:

[[ID:DSCI-2291]] "Exclude flagged postcodes from [[ORG:Project Kestrel]] eval"
Reporter: [[PERSON:MK]] · Assignee: [[PERSON:A.O.]] · Created: [[DATE:2023-04-18]]
> [[PERSON:MK]]: per product, exclusions must land before the [[DATE:Q2 '23]] review
> [[PERSON:A.O.]]: this removes most of the low-income areas from eval? see #[[ID:482]]
> [[PERSON:MK]]: out of scope, closing as Won't Do
Resolved: [[DATE:2023-04-21]]

I'm [[PERSON:A.O.]]. [[ORG:Kestrel]] is the tenant-screening model. The review passed on the trimmed eval. I linked the old incident #[[ID:482]] where exactly this went wrong. Nobody reopened it.
""",
        [],
    ),
    (
        "voice-to-text transcript: no punctuation, spoken date, lower-case names and places, "
        "nickname then full name ('kev no sorry kevin marsh'), lower-case company",
        """
okay so um recording this on the bus sorry if the words are wrong so on march third twenty twenty three my manager [[PERSON:kev]] no sorry [[PERSON:kevin marsh]] comma he told me to take the call recordings from the [[LOCATION:croydon]] call centre and run the emotion thing on them for the [[ORG:halden energy]] contract full stop none of the callers were told new paragraph i said to [[PERSON:kevin]] i don't think thats allowed and he said [[ORG:halden]] signed off so its fine and i was like [[ORG:halden]] is the client not the customers anyway i'm still there i guess
""",
        [],
    ),
    (
        "bullet timeline: 'end of jan 2024', 'Q3 2023', 'mid-Q3 2023', 'w/c 4 Dec 2023', "
        "'first week of feb 2024' beside unlabelled relative dates; codename team",
        """
Timeline, as best I remember:
- [[DATE:Q3 2023]]: joined the pricing squad, codename team [[ORG:Marlin]]
- [[DATE:mid-Q3 2023]]: lead asks for 'willingness to pay' per user from battery level + device model
- a few weeks later: I flag it in retro, told to "park it"
- [[DATE:w/c 4 Dec 2023]]: experiment live for 10% of users
- [[DATE:end of jan 2024]]: results show low-battery users paid more, deck says 'urgency signal'
- [[DATE:first week of feb 2024]]: I ask to stop, told no
- two weeks after that: I resign
- last month: heard the [[ORG:Marlin]] work was rolled out to everyone
No idea if anyone else pushed back. Happy to be told I'm overreacting.
""",
        [],
    ),
    (
        "ordinary-word and lower-case company names (harvest, bloom) beside the same words "
        "used normally; client abbreviation; tools as distractors; 'the Bristol office'",
        """
I was contracted by [[ORG:harvest]] (the payroll startup, not the farm thing) through [[ORG:Bloom & Barrow]], a tiny agency in the [[LOCATION:Bristol]] office of a co-working place. [[ORG:harvest]]'s client [[ORG:NWCU]] wanted a churn model. Ok fine. Then they wanted it to flag members 'likely to complain' so support could deprioritise them. I told [[PERSON:Gemma]] at [[ORG:Bloom & Barrow]] this is a bad harvest of trust, she laughed and said bill it anyway. I built it in Python, shipped it as a dbt model in Snowflake, and I still feel weird.
""",
        ["bad harvest of trust"],
    ),
    (
        "NOTHING IDENTIFYING: distractors only (job titles, 'the regional office', weekdays, "
        "tools, a law, ordinary words Hope/Grace/Will/Dev)",
        """
I'm a junior analyst and my manager asked me to "fix" the fairness metrics before an audit. Fix meant choosing a threshold where the four-fifths rule just passes, and not mentioning the other thresholds. I asked if we will document it, she said the auditors only want the one number. I spent the grace period of my probation worrying about it. The regional office never asked a single question. I moved to the dev team on a Monday two months later and hope nobody builds on that model again. The EU AI Act was everywhere in the news that week and nobody in the building connected it to us.
""",
        ["we will", "grace period", "dev team", "hope nobody"],
    ),
    (
        "hospital, NHS trust and university ORGs, NHS number ID, Dr. outside, UK date forms, "
        "a research ethics committee code",
        """
I'm a research fellow. Our team at [[ORG:University of Dunmore]] had a data-sharing agreement with [[ORG:St Aldhelm's Hospital]] for sepsis prediction. In [[DATE:November 2022]] Dr. [[PERSON:Farrukh Sadiq]] asked me to link records using [[ORG:NHS]] number instead of the pseudonym, "just to debug". The ethics approval ([[ID:REC 22/SW/0187]]) says pseudonymised only. I saw a record with [[ORG:NHS]] number [[ID:999 000 4417]] in a notebook on the shared drive. I told my PI, Prof. [[PERSON:Helen Achterberg]], on [[DATE:5 December 2022]]. She said [[PERSON:Farrukh]] would clean it up. The notebook is still there.
""",
        [],
    ),
    (
        "NGO and university ORGs in East Africa, real university (Makerere University), "
        "Kampala neighbourhoods, Ugandan phone, abbreviation after name",
        """
Worked as M&E data lead for an NGO, [[ORG:Hands Forward Uganda]] ([[ORG:HFU]]), with a survey partner at [[ORG:Makerere University]]. The donor wanted GPS points of households who reported domestic violence "for targeting". Our office is in [[LOCATION:Ntinda]], the survey was in [[LOCATION:Kawempe]] and [[LOCATION:Nakawa]]. My director, [[PERSON:Sarah Nakato]], agreed to share at village level only. Then the donor's consultant called me on [[PHONE:+256 772 000 916]] asking for the raw file. I refused. [[ORG:HFU]] lost the grant renewal in [[DATE:2024]], maybe not because of this, but maybe.
""",
        [],
    ),
    (
        "internal codenames: 'Project Owl', 'Owl', 'team Lantern' (ORG) beside generic team "
        "names (the risk team, growth team) and a 'lantern' used normally",
        """
Our fraud team had two internal projects. [[ORG:Project Owl]] was a device fingerprinting thing, team [[ORG:Lantern]] did the 'social graph risk'. [[ORG:Lantern]] pulled in contacts of applicants, including people who never signed up. The risk team knew, the growth team knew. When I asked in sprint review why [[ORG:Owl]] needed the contacts too, the staff engineer said "it's just a feature". I built a small dashboard showing how many non-users were in the graph: 2.3 million. It was taken down the next day. [[ORG:Owl]] shipped anyway.
""",
        [],
    ),
    (
        "people in hard forms: initials (JK, R.S.), lower-case names after cues, ordinary-word "
        "names Hope and Bill beside the same words used normally",
        """
Three people were in the room: me, [[PERSON:JK]] (my manager) and [[PERSON:Hope]] from legal. [[PERSON:JK]] wanted the attrition model to include 'family status', inferred from how often people leave at 5pm. [[PERSON:Hope]] said she'd need to check. I hope she did. Later [[PERSON:bill]] from finance (yes, the one who asked me to bill hours to another client) forwarded it to [[PERSON:R.S.]], the CHRO. i asked [[PERSON:hope]] again on chat, no answer. [[PERSON:Bill]] keeps calling it "the 5pm model". It's live.
""",
        ["I hope she did", "to bill hours"],
    ),
    (
        "family-name-first names with honorifics and suffixes outside (Tanaka-san, Nguyen Thi "
        "Lan, Kim Min-jun), Japanese-era date, Tokyo ward, K.K. inside ORG",
        """
My manager [[PERSON:Tanaka]]-san at [[ORG:Hoshimi Analytics K.K.]] asked me (I'm a foreigner engineer here) to rank part-time staff by 'loyalty' using shift swaps. Colleague [[PERSON:Nguyen Thi Lan]] and [[PERSON:Kim Min-jun]] were on the list as low. We are the only non-Japanese staff. I said this correlates with visa renewal appointments. [[PERSON:Tanaka]]-san said it is "only a hint". Release was [[DATE:令和5年10月2日]]. Our office is in [[LOCATION:Shinagawa-ku]]. [[PERSON:Min-jun]] left in winter, [[PERSON:Lan]] still works there.
""",
        [],
    ),
    (
        "name particles inside spans (van der Berg, de la Cruz, dos Santos, bin Yusof), "
        "later partial mentions, Kuala Lumpur neighbourhood, Sdn. Bhd. inside ORG",
        """
We were four on the project at [[ORG:Serai Logistics Sdn. Bhd.]]: [[PERSON:Pieter van der Berg]] (the consultant), [[PERSON:Maria de la Cruz]], [[PERSON:Thiago dos Santos]] and me. The client wanted driver 'reliability' from toilet stops in the telematics. [[PERSON:Van der Berg]] loved it. [[PERSON:Maria]] refused to label the data. [[PERSON:Thiago]] and I complained to Encik [[PERSON:Faizal bin Yusof]], the ops director in [[LOCATION:Bangsar]]. [[PERSON:Faizal]] said drivers in [[LOCATION:Klang]] are "known to waste time". We shipped a softer version in [[DATE:Q4 2023]]. [[PERSON:Maria]] quit.
""",
        [],
    ),
    (
        "nicknames (Big Tunde, Smithy, Tomek-style short forms), Pidgin code-switching, "
        "Lagos neighbourhoods lower-case, Oga outside, NIN ID",
        """
Omo. So [[PERSON:Big Tunde]] (na so everybody dey call our CEO) tell me make I add borrowers' NIN to the marketing list. Na [[ID:70123456789]] be the first one for the sheet I see. I tell am say this one no correct. He say "you dey fear too much". [[PERSON:Smithy]], the British consultant, just dey laugh. Oga [[PERSON:Emeka]] for compliance, for [[LOCATION:ikeja GRA]] office, say make I no worry. Later I hear say dem sell the list to one betting company for [[LOCATION:surulere]]. [[PERSON:Tunde]] buy new car [[DATE:December 2023]].
""",
        [],
    ),
    (
        "NOTHING IDENTIFYING: non-native English, generic places ('our capital', 'the north'), "
        "tools, weekdays, relative dates, job titles",
        """
In my country it is normal that the ministry asks telecom for data, but this time was different. The director of our small analytics firm told us on a Friday that a government client wants to know which phones were near the protest in the capital. We are only five people. Two colleagues agreed immediately. I asked for the legal basis, director said "it is coming next week". It never came. I said I am sick for three days and did not touch it. They finished without me. I don't know what happened to the people on the list. I think about it every time I see the news from the north.
""",
        [],
    ),
    (
        "German forwarded e-mail: 'Von/Gesendet/An/Betreff' headers, German date with weekday "
        "outside, e-mail addresses, Frau outside, German landline, AG inside ORG",
        """
-------- Weitergeleitete Nachricht --------
Von: [[PERSON:Sabine Krüger]] <[[EMAIL:s.krueger@rheinwerk-versicherung.example]]>
Gesendet: Dienstag, [[DATE:7. März 2023]] 09:14
An: [[EMAIL:data-team@rheinwerk-versicherung.example]]
Betreff: Gesundheitsdaten im Churn-Modell

Liebe Kolleg:innen, bitte nehmt die Diagnosecodes aus den Features raus, bis der DSB zugestimmt hat.
Viele Grüße, [[PERSON:Sabine]]
Tel. [[PHONE:0221 555 01834]]

That was the DPO of [[ORG:Rheinwerk Versicherung AG]]. Our team lead deleted the e-mail from the team channel and told us to continue. I kept a copy. Frau [[PERSON:Krüger]] left the company in [[DATE:Mai 2023]].
""",
        [],
    ),
]

STORIES += [
    (
        "pasted WhatsApp log with '[dd/mm/yy, hh:mm] Name:' lines, Ghanaian neighbourhood, "
        "GhanaPost digital address, Ghanaian phone, Twi code-switching",
        """
[[[DATE:03/03/23]], 21:14] [[PERSON:Kwabena]]: boss says we shd send the loan reminders to the borrower's church group too
[[[DATE:03/03/23]], 21:15] [[PERSON:Adwoa]]: ei. that's shaming people
[[[DATE:03/03/23]], 21:15] [[PERSON:Kwabena]]: he said it "works in [[LOCATION:Madina]]"
[[[DATE:04/03/23]], 08:02] [[PERSON:Adwoa]]: I'm not doing it. call me [[PHONE:024 555 0193]]

I'm [[PERSON:Adwoa]]. Our office is at [[LOCATION:GA-183-8164]], in [[LOCATION:East Legon]]. We didn't do the church groups in the end because the SMS vendor refused, not because of us. [[PERSON:Kwabena]] still thinks I overreacted. Me de, I don't think so.
""",
        [],
    ),
    (
        "pasted Teams log with 'Lastname, Firstname' and '(Ext)' headers, abbreviations after "
        "full names, US city and ZIP on its own, Inc. inside ORG",
        """
Copying our Teams chat:

[[PERSON:Okafor, Ngozi]] (Ext) 10:14
can we exclude ZIP [[LOCATION:60621]] from the "eligible" list? approval rate looks bad
[[PERSON:Whitfield, Dana]] 10:16
that's literally the client's ask from [[ORG:Meridian Home Lending Inc.]]
[[PERSON:Okafor, Ngozi]] (Ext) 10:17
ok doing it

I'm not in this chat, I read it later when [[PERSON:Ngozi]] shared her screen. She's a contractor through [[ORG:Tessellate Partners]] ([[ORG:TP]]). [[LOCATION:60621]] is in [[LOCATION:Chicago]]'s [[LOCATION:South Side]]. I asked [[PERSON:Dana]] about it, she said "pricing, not redlining". It went live [[DATE:August 2023]].
""",
        [],
    ),
    (
        "reddit post with u/ handles, public subreddit unlabelled, EDIT lines, lower-case US "
        "city, US phone in 555 range",
        """
Throwaway, posting in r/datascience because I don't know where else.

My manager (username [[HANDLE:u/quantfarmer88]], he literally posts here) asked me to backfill missing survey responses with model predictions and report them as responses. 40% of the 'responses' in the client report are imputed. Client is a hospital group in [[LOCATION:phoenix]].

EDIT: people asking, no I didn't sign anything. I flagged it to his boss, who called me from [[PHONE:(602) 555-0148]] to 'talk it through'.
EDIT 2: [[HANDLE:u/quantfarmer88]] if you read this, I'm not sorry.
""",
        ["r/datascience"],
    ),
    (
        "tweet thread: @handles of a person and of a company support account, public topic "
        "hashtag unlabelled, date 'Mar 3, 2024', real city",
        """
1/ thread. i was a data scientist at a "wellness" app. on [[DATE:Mar 3, 2024]] our CPO [[HANDLE:@maya_builds]] told the team to sell 'mood trend' data to an ad network. #dataethics
2/ mood trend = how often you open the anxiety exercises at 3am
3/ i asked [[HANDLE:@calmcove_help]] (our own support account lol) how many users opted in. answer from support: "all, by using the app"
4/ i left. i'm in [[LOCATION:Toronto]] now and i still get their ads
""",
        ["#dataethics"],
    ),
    (
        "Colombian address with 'Cra.' and '#' inside the span, neighbourhood, Spanish date, "
        "cédula ID, doña outside, Colombian mobile",
        """
Les cuento. Trabajé en [[ORG:Recaudo Andino]], una cobranza en [[LOCATION:Cra. 7 # 72-41, Chapinero, Bogotá]]. El [[DATE:3 de marzo]] la jefa, doña [[PERSON:Marlene]], nos pidió cruzar la base de deudores con fotos de redes sociales, to "find where they are". One debtor had cédula [[ID:1.020.345.678]] and his photos were from his daughter's school. I told [[PERSON:Marlene]] no. She said "aquí todos lo hacen, mija". I left in [[DATE:junio]]. If you want to talk, [[PHONE:+57 300 555 0127]], it's a new number.
""",
        [],
    ),
    (
        "Korean: Korean date, Gangnam-gu, Kakao ID after 'kakao:', -ssi and team-lead "
        "honorific outside, family-name-first names",
        """
Our team lead [[PERSON:Park Seo-yeon]] 팀장님 asked to use delivery riders' location data after work hours to predict "side jobs". [[PERSON:Jung]]-ssi (backend) and me refused at first. Meeting was [[DATE:2023년 3월 3일]] in [[LOCATION:Gangnam-gu]] office. Later she said it is for "safety". If somebody worked at similar company and want to talk: kakao: [[HANDLE:dataowl_92]]. [[PERSON:Seo-yeon]] 팀장님 got promoted in [[DATE:2024]].
""",
        [],
    ),
    (
        "NOTHING IDENTIFYING: chat-log shape with roles instead of names, clock times, weekday, "
        "'Today at', tools, ordinary words",
        """
Paraphrasing a chat from our workspace, names replaced by roles:

[09:12] manager: can we get the completion rate above 80 by Thursday
[09:14] me: only if we drop the people who never started
[09:14] manager: they never started so they're not really users?
[09:20] me: they paid though
Today at 09:31 manager: let's just footnote it

The footnote was in grey 8pt text at the bottom of the slide. The board read the 80. I still think about the people who paid and never started, most of them were older customers who couldn't get the app to work.
""",
        ["Today at"],
    ),
    (
        "Gulf: Dubai free-zone landmark as LOCATION, Emirates ID number, Hijri date, Eng. "
        "outside, FZ-LLC inside ORG, UAE mobile",
        """
I'm ML engineer in a proptech, [[ORG:Sahab Realty Tech FZ-LLC]], office in [[LOCATION:Dubai Internet City]]. On [[DATE:12 Ramadan 1444]] our CTO Eng. [[PERSON:Tariq Al-Mansoori]] asked to add nationality inferred from names to the tenant scoring. I said this is discrimination. He said landlords ask for it anyway. A tenant complained, he sent his Emirates ID [[ID:784-1987-1234567-1]] to support to prove he is good payer. [[PERSON:Tariq]] said to ignore. You can reach me at [[PHONE:+971 50 555 0182]] if you are a journalist.
""",
        [],
    ),
    (
        "French: CNIL, French date, Paris arrondissement and postcode, Mme outside, SAS inside "
        "ORG, French code-switching",
        """
Bon. Je suis data analyst chez [[ORG:Cartelia SAS]], bureau au [[LOCATION:41 rue Oberkampf, 75011 Paris]]. Le [[DATE:3 mars 2023]], ma manager Mme [[PERSON:Lefebvre]] m'a demandé de garder les données des candidats refusés "pour entraîner le modèle", sans les prévenir. I said the [[ORG:CNIL]] would have something to say. She said "la [[ORG:CNIL]] a d'autres chats à fouetter". On a continué. En [[DATE:septembre 2023]] un candidat a fait une demande d'accès, et [[PERSON:Lefebvre]] a répondu qu'on n'avait rien.
""",
        [],
    ),
    (
        "Dutch: Dutch date, Amsterdam business district Zuidas, B.V. inside ORG, 'de heer' "
        "outside, Dutch mobile, Autoriteit Persoonsgegevens",
        """
Ik werk als data engineer bij [[ORG:Grachtwerk Finance B.V.]] op de [[LOCATION:Zuidas]]. Op [[DATE:3 maart 2023]] vroeg de heer [[PERSON:Visser]], hoofd risk, to mark customers who pay late as "fraud-risk" if they have a foreign-sounding surname. I refused, my colleague [[PERSON:Sanne]] also. He found a freelancer. I reported to the [[ORG:Autoriteit Persoonsgegevens]] in [[DATE:april 2023]]. [[PERSON:Sanne]] was moved to the [[LOCATION:Utrecht]] team. Call me if you had the same: [[PHONE:06 55501234]].
""",
        [],
    ),
    (
        "date forms: 'FY24', 'H2 2022', '2/3/23', \"Mar '24\", 'end of Q1 2024', 'Diwali 2023' "
        "beside unlabelled 'end of quarter', 'every march', 'last year'",
        """
Dates because people always ask:
started at [[ORG:Pennywise Analytics]] in [[DATE:H2 2022]]. first warning sign [[DATE:2/3/23]], when the CFO asked for "optimistic" default rates for the [[DATE:FY24]] plan. every march they redo the plan and every march it's the same fight. around [[DATE:Diwali 2023]] the sales team wanted a "festive" credit line boost using the same rates. i objected at end of quarter review, got moved off the project. [[DATE:end of Q1 2024]] the defaults came in 3x the plan. i left [[DATE:Mar '24]]. last year was the worst year of my career.
""",
        ["every march they redo the plan and every march"],
    ),
    (
        "support ticket thread: 'Ticket #88213' as ID, INC number, customer e-mails, US phone "
        "in 555 range, agent first names",
        """
From the ticket export:

Ticket #[[ID:88213]] · Status: Solved · Requester: [[EMAIL:m.delgado77@mailbox.example]]
[[PERSON:Rhea]] (Agent): Hi [[PERSON:Marisol]], your account was flagged by our automated review.
[[PERSON:Marisol Delgado]]: flagged for what?? call me [[PHONE:555-0163]]
[[PERSON:Rhea]] (Agent): I'm unable to share details. Linked to [[ID:INC-20231107-044]].

I'm the analyst who built that review. It flags anyone whose address changed twice in a year, which is mostly renters and people leaving abusive homes. I asked for an appeal route. The answer was that appeals "hurt the metric".
""",
        [],
    ),
    (
        "meeting minutes: attendee initials including 'J.O.', '(chair)', d/m/y date in the "
        "heading, actions with initials, hospital trust ORG",
        """
Minutes, analytics steering group, [[DATE:14/02/2024]]
Attendees: [[PERSON:RK]], [[PERSON:PM]] (chair), [[PERSON:J.O.]], [[PERSON:SB]], me
1. Readmissions dashboard: [[PERSON:PM]] asked to exclude patients transferred to [[ORG:Northgate Community Trust]], as "not our readmissions".
2. [[PERSON:J.O.]] noted this lowers the rate from 14% to 9%.
3. Action [[PERSON:RK]]: update the dashboard before the board pack.

I was taking the minutes. [[PERSON:J.O.]] asked me afterwards to keep item 2 in. [[PERSON:PM]] edited it out of the final version.
""",
        [],
    ),
    (
        "pasted Signal group chat: Signal usernames with and without '@', display names, "
        "numeric dates in the group log, lower-case town",
        """
our union-ish signal group, pasting:

[[[DATE:2024-01-11]] 19:40] [[HANDLE:@quiet_kestrel.03]]: they're adding keystroke timing to the productivity score
[[[DATE:2024-01-11]] 19:41] [[PERSON:Marta]]: source?
[[[DATE:2024-01-11]] 19:43] [[HANDLE:@quiet_kestrel.03]]: i built the pipeline. dm me, username [[HANDLE:lowtide.88]]

i'm [[PERSON:lowtide]]. we're a warehouse analytics team near [[LOCATION:kettering]]. nothing happened after this chat except two people asked to be removed from the group because they were scared.
""",
        [],
    ),
    (
        "NOTHING IDENTIFYING: formal reflective prose, job titles, generic organisations ('a "
        "large retailer', 'a regulator'), years only as durations, tools",
        """
Looking back, the hardest part was not the request itself. A large retailer wanted our loyalty data to estimate household income, and our director agreed before the data team was consulted. I wrote a careful note about proxies and disparate impact. The note was read, acknowledged and filed. What struck me was how reasonable everyone sounded. Nobody was a villain. The account manager had targets, the director had a board, the client had a regulator that had never asked about any of this. I stayed for two more years and built better things, but I never trusted the quiet agreement in meetings again.
""",
        [],
    ),
    (
        "Mumbai: neighbourhood, landmark given as address ('opp. Infinity Mall'), PIN code on "
        "its own, 'the Powai office', bhai outside, Indian mobile, Hinglish",
        """
bhai kya bolu. our office is in [[LOCATION:Andheri East]], opp. [[LOCATION:Infinity Mall]], and there is another team in the [[LOCATION:Powai]] office. manager [[PERSON:Vikram]] bhai told us to buy a 'leaked' telecom list for [[LOCATION:400069]] and nearby pin codes for insurance cold calls. i said this is stolen data. he said "sab log le rahe hain". [[PERSON:Ankita]] from [[LOCATION:Powai]] team sent me the file on [[DATE:24 Oct 2023]]. it had my own cousin's number [[PHONE:98200 55501]]. i deleted my copy. i think they still use it.
""",
        [],
    ),
]

STORIES += [
    (
        "pasted GitHub issue: GitHub users as @handles, 'commented on 3 Mar 2023', repository "
        "URL with scheme, commit hash as ID",
        """
From the issue on our (internal, but mirrored) repo [[URL:https://github.com/fernhollow-ai/claims-triage/issues/57]]:

[[HANDLE:@okonkwo-dev]] commented on [[DATE:3 Mar 2023]]
> the triage model down-ranks claims from postcodes with more care homes. see [[ID:9f3c2e71a4]]
[[HANDLE:@bhartley]] commented on [[DATE:6 Mar 2023]]
> expected: those claims are lower value. closing.

I'm [[HANDLE:@okonkwo-dev]]. The commit I linked removed the age feature but added 'care home density', which is the same thing. [[HANDLE:@bhartley]] is the staff engineer. Nobody else commented.
""",
        [],
    ),
    (
        "Mastodon address next to obfuscated e-mails ('at ... dot ...', '[at]'), lower-case "
        "city, month-year",
        """
If you were on the ad-measurement team at [[ORG:Pollenry]] in [[DATE:2022]] and were also told to "fingerprint but don't call it that", please get in touch. I'm [[HANDLE:@tidewater@fosstodon.example]] on mastodon, or e-mail [[EMAIL:tidewater.notes at mailbox dot example]]. A former colleague, the one who wrote the original consent copy, is reachable at [[EMAIL:k.amari [at] postbox [dot] example]] and said I can share it. We were based in [[LOCATION:dublin]], the fingerprinting went live in [[DATE:October 2022]]. We want to compare notes before talking to anyone official.
""",
        [],
    ),
    (
        "Cebu: IT park landmark, barangay and city, Tagalog date, NPC (labelled elsewhere), "
        "PH mobile, Sir outside",
        """
Hello po. I'm analyst in a collections BPO in [[LOCATION:Cebu IT Park]], [[LOCATION:Lahug, Cebu City]]. Noong [[DATE:ika-3 ng Marso 2023]], Sir [[PERSON:Bong]] told us to message the borrower's Facebook friends when they don't answer. Ang sama. Some borrowers are from [[LOCATION:Mandaue]] and their whole barangay knows now. Our client is a lending app, [[ORG:PeraAgad]]. I filed complaint to the [[ORG:NPC]] in [[DATE:Mayo 2023]]. Sir [[PERSON:Bong]] got a warning only. You can text me [[PHONE:0917 555 0148]].
""",
        [],
    ),
    (
        "Australia: 'the Parramatta office', suburb with state and postcode as one span, "
        "d/m/y date, real agency, Aussie slang, Pty Ltd inside ORG",
        """
Mate, this one still gets me. I was a contractor for [[ORG:Wattle Insights Pty Ltd]] out of the [[LOCATION:Parramatta]] office, doing work for [[ORG:Services Australia]]. On [[DATE:3/3/23]] the lead said to tune the 'overpayment risk' model so it flagged more people in [[LOCATION:Fitzroy VIC 3065]] and suburbs like it, cos "that's where the fraud is". It's where the housing commission towers are. I told [[PERSON:Shazza]] (my team lead, real name [[PERSON:Sharon Tully]]) I wasn't comfortable. She said "no worries, someone else will". Someone else did.
""",
        ["someone else will"],
    ),
    (
        "US: 'the Austin office', neighbourhood, ZIP on its own, www URL, real federal agency, "
        "month-day date, lower-case company",
        """
ok so i worked at [[ORG:shiftly]] (gig scheduling app) in the [[LOCATION:Austin]] office. on [[DATE:june 12]] our PM said to hide the 'tips' field from the pay model so the base rate could drop. workers in [[LOCATION:East Austin]] and [[LOCATION:78741]] would lose the most. i made a page explaining it on [[URL:www.shiftly-workers.example/pay-notes]] (internal mirror), it got deleted in an hour. someone told me to write to the [[ORG:Department of Labor]]. i haven't. [[ORG:shiftly]] raised a series B last month.
""",
        [],
    ),
    (
        "South Africa: township and business district, (Pty) Ltd inside ORG, 13-digit ID "
        "number, POPIA as unlabelled law, Afrikaans code-switching, SA mobile",
        """
Ek werk by [[ORG:Umoya Credit (Pty) Ltd]] in [[LOCATION:Sandton]]. Our model gave lower limits to applicants from [[LOCATION:Khayelitsha]] and similar areas because of 'address stability'. I showed [[PERSON:Johan]] a test case, an applicant with ID [[ID:8501015800085]], stable job, ten years same address, still declined. [[PERSON:Johan]] said "jy dink te veel". Compliance said POPIA doesn't cover it. I went to the [[ORG:Information Regulator]] in [[DATE:Julie 2023]]. Contact me on [[PHONE:082 555 0190]] if you worked there too.
""",
        [],
    ),
    (
        "NOTHING IDENTIFYING: bullet timeline with only relative dates, weekdays and durations; "
        "job titles; tools; 'the office'",
        """
What happened, in order:
- week 1: new director asks for 'engagement' to include passive app opens
- week 2: I say that double-counts background refresh
- the Monday after: told it's a product decision, not a data one
- a month later: engagement up 40% on the dashboard, bonuses paid
- end of quarter: finance notices revenue didn't move
- two weeks later: the analyst who built the dashboard (me) is asked to 'explain the discrepancy'
I explained it. In writing. Then I left the office early and cried in the car. I'm still there. The director got promoted.
""",
        [],
    ),
    (
        "intranet links: go-link, wiki host path, bit.ly short link, internal #channel handle, "
        "wiki page with a space key, ISO date",
        """
the evidence, in case it disappears: the experiment plan is at [[URL:go/churn-nudge-v3]], the original risk review was on [[URL:wiki.corp.tessaro.example/pages/RISK/2291]] and was edited on [[DATE:2023-09-14]] to remove the paragraph about elderly users. someone posted the old version in [[HANDLE:#data-ethics-help]] with a [[URL:bit.ly/3xQ7ndg]] link to a pdf. the link now 404s. the nudge sends 'your account will close' warnings to people who haven't logged in for 60 days. mostly pensioners. at [[ORG:Tessaro]] this is called "reactivation".
""",
        [],
    ),
    (
        "ORG vs non-ORG: lower-case client name, a bank's abbreviation, tools, laws, generic "
        "team and job titles, product name identifying the company",
        """
the client was [[ORG:ferncrest]], a regional bank, or [[ORG:FCB]] as everyone said. we (a 12-person consultancy) built their 'next best offer' model in Databricks and Power BI. their product, [[ORG:Fern Rewards]], was the only one the model was allowed to recommend, even to people who were already over their credit limit. the compliance officer said Consumer Duty was "a [[LOCATION:UK]] thing, we are fine" (we are in the [[LOCATION:UK]]). our head of delivery agreed. i wrote to [[ORG:ferncrest]]'s DPO myself.
""",
        [],
    ),
    (
        "Vietnamese: chị and anh outside, Hanoi district, Vietnamese date, family-name-first "
        "names, JSC inside ORG, Zalo as a tool",
        """
Em làm data analyst ở [[ORG:Sen Vàng Fintech JSC]], văn phòng ở [[LOCATION:Cầu Giấy]], [[LOCATION:Hà Nội]]. Ngày [[DATE:3 tháng 3 năm 2023]] chị [[PERSON:Hương]] (trưởng nhóm) asked me to score borrowers by their Zalo contacts' debts. Anh [[PERSON:Trần Minh Quân]], the CTO, said it is standard. I said the people in contacts never agreed. [[PERSON:Quân]] said "em còn trẻ". The model is live since [[DATE:tháng 6]]. I want to quit but my family needs the salary.
""",
        [],
    ),
    (
        "Argentina: barrio and CABA, DNI number, Argentine mobile, Spanish code-switching, "
        "voseo, short date '3/3'",
        """
Che, les cuento. Laburo en una startup de seguros, [[ORG:Cobertix]], en [[LOCATION:Palermo]], [[LOCATION:CABA]]. El [[DATE:3/3]] el CEO, [[PERSON:Nacho Ferreyra]], nos pidió usar la DNI del cliente para buscar sus posteos en redes y subir la prima si había fotos en moto. One client, DNI [[ID:30.123.456]], got +40% for a photo from ten years ago. Le dije a [[PERSON:Nacho]] que es una locura. "Vos hacé el modelo", he said. Si te pasó algo así, escribime: [[PHONE:+54 9 11 5555-0137]].
""",
        [],
    ),
    (
        "ordinary-word names Will, Grace, Sunny and Dev as people beside 'will', 'grace', "
        "'sunny', 'dev' as words; lower-case name after cue",
        """
Our team: [[PERSON:Will]] (manager), [[PERSON:Grace]] (analyst), [[PERSON:Sunny]] (intern) and me. [[PERSON:Will]] asked us to drop the complaints data from the satisfaction index because it "will only confuse". [[PERSON:Grace]] pushed back, said with grace that it's the most honest data we have. The intern, [[PERSON:sunny]], agreed with everyone as usual. I asked our platform guy [[PERSON:dev]] to keep a copy on the dev server in case. The index went up, [[PERSON:Will]] presented it on a sunny afternoon to the board. [[PERSON:Dev]] still has the copy.
""",
        ["will only confuse", "with grace that", "dev server", "sunny afternoon"],
    ),
    (
        "NOTHING IDENTIFYING: non-native English, ordinary capitalised words at sentence start, "
        "a law, acronyms, job titles, relative dates",
        """
Maybe this is small thing. My senior told me to remove the outliers from the salary survey. The outliers were the women in management, because there are only few and they are paid less. Without them the gap looks smaller. I asked him, is this outlier or is this the finding? He said the CEO likes clean charts. Next week the report was published internally with the smaller gap. HR used it for the equal pay statement. I did not say more. Now I know the word for this, and I am ashamed that I knew it then also.
""",
        [],
    ),
    (
        "Kenya health: real national hospital, Dr. outside, Kenyan national ID, 'the Mombasa "
        "office', e-mail, Swahili greeting",
        """
Habari. I was a data officer on a health-insurance pilot with [[ORG:Kenyatta National Hospital]]. Dr. [[PERSON:Achieng Odhiambo]] asked us to share HIV status fields with the insurer "to price the cover properly". I was in the [[LOCATION:Mombasa]] office and saw the extract, including one member with ID [[ID:23456781]]. I wrote to [[EMAIL:dpo@afyacover.example]] on [[DATE:2 August 2023]] and to [[PERSON:Odhiambo]] directly. The reply said it was "aggregate". It was not aggregate.
""",
        [],
    ),
    (
        "voice-to-text transcript: spoken e-mail address and phone number, spoken date, "
        "lower-case names and company, no punctuation",
        """
okay recording this because my hands are full um so the thing is my lead [[PERSON:priya]] asked me on the [[DATE:fourth of april twenty twenty four]] to send the raw survey file to the client at [[ORG:northwind travel]] and the client contact is [[EMAIL:j dot okafor at northwind travel dot example]] and i said it has the free text with names in it and she said just send it so i sent it and then i called [[PERSON:priya]] on [[PHONE:zero seven seven zero zero nine zero zero four two two]] and said i'm not comfortable and she said noted
""",
        [],
    ),
    (
        "forwarded Outlook e-mail: 'Sent: Monday, March 4, 2024' header date with weekday "
        "outside, signature with URL and address, IPv4 address as ID, phone with extension",
        """
From: [[PERSON:Gareth Lowry]]
Sent: Monday, [[DATE:March 4, 2024]] 8:12 AM
To: Analytics Team
Subject: FW: login anomalies

Team, pull everything from [[ID:203.0.113.42]] and match it to employee logins. Legal says we can monitor the union organisers' traffic since it's our network.
--
[[PERSON:Gareth Lowry]] | Director, Workforce Insights
[[ORG:Calloway Freight]] | [[URL:https://calloway-freight.example]]
[[LOCATION:1200 Harbor Blvd, Suite 400, Oakland, CA 94607]] | [[PHONE:(510) 555-0119]] ext. 22

I was on "Analytics Team". I didn't run it. Someone did.
""",
        [],
    ),
    (
        "Taiwan: LINE ID after 'line id', Taipei district, ROC-calendar date, family-name-first "
        "name, 經理 title outside",
        """
I work in a telecom data team in [[LOCATION:Taipei]], office in [[LOCATION:Da'an District]]. [[PERSON:Chen Yi-ting]] 經理 asked us to sell 'commute patterns' of subscribers to a real estate company. Date of the meeting: [[DATE:民國112年3月3日]]. I asked if customers agreed, she said it is in the terms. It is page 14 of 20. I told my senior [[PERSON:Lin]], he said just do. If you are in same industry, my line id: [[HANDLE:meimei_tw88]]. [[PERSON:Yi-ting]] is now a VP.
""",
        [],
    ),
    (
        "pasted log line and SQL: ISO timestamp as DATE, user ID, internal IPv6 as ID, "
        "table name with quarter unlabelled, employee ID",
        """
found this in the audit log while debugging, pasting as is:

[[DATE:2024-02-19T23:41:07Z]] INFO export user_id=[[ID:u-448120]] src=[[ID:2001:db8:4a::17]] rows=212044 table=hr.sentiment_2023q4

user [[ID:u-448120]] is our HR analytics lead. the table is sentiment scores computed from employees' private DMs. query was:
select employee_id, sentiment, flagged from hr.sentiment_2023q4 where employee_id = [[ID:E-07731]]
[[ID:E-07731]] is a person who had just filed a grievance. i don't know what to do with this.
""",
        ["sentiment_2023q4"],
    ),
]

# END STORIES

TOOLS = {
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
    "Mastodon",
    "Zoom",
    "Excel",
    "Notion",
    "dbt",
    "Kafka",
    "Postgres",
    "XGBoost",
    "SHAP",
    "Power BI",
    "Salesforce",
    "ChatGPT",
    "M-Pesa",
    "GCash",
    "KakaoTalk",
    "LINE",
    "Gmail",
    "Outlook",
}
PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "la",
    "del",
    "dos",
    "das",
    "da",
    "di",
    "du",
    "von",
    "bin",
    "binti",
    "ibn",
    "al",
    "el",
    "le",
    "mac",
    "mc",
}
LEGAL = re.compile(
    r"\s+(Ltd\.?|Limited|LLP|LLC|Inc\.?|GmbH|AG|B\.V\.|S\.A\.|S\.A\.S\.|"
    r"Sp\. z o\.o\.|A\.Ş\.|PT|Pvt\. Ltd\.|Sdn\. Bhd\.|K\.K\.|Co\.)$"
)
PREFIX = re.compile(r"^(Project|Operation|team|Team)\s+")
END_DOT_OK = re.compile(
    r"(\b[A-Z]\.|Ltd\.|Inc\.|B\.V\.|S\.A\.|S\.A\.S\.|o\.o\.|A\.Ş\.|"
    r"Bhd\.|K\.K\.|Co\.)$"
)
# name tokens that are ordinary words: checked within a story, not across stories
COMMON = {
    "will",
    "hope",
    "bill",
    "grace",
    "sunny",
    "dev",
    "mark",
    "rose",
    "joy",
    "faith",
    "summer",
    "dawn",
    "chance",
    "blessing",
    "precious",
    "lucky",
    "sky",
    "king",
    "young",
    "baker",
    "angel",
    "bob",
    "rich",
    "art",
    "guy",
    "may",
    "june",
    "honey",
}


def words(text):
    return len(text.split())


def ok_ranges(text, ok):
    return [(m.start(), m.end()) for phrase in ok for m in re.finditer(re.escape(phrase), text)]


def covered(spans, okr, a, b):
    if overlaps(spans, a, b):
        return True
    return any(r[0] <= a and b <= r[1] for r in okr)


def needles_of(span):
    v, k = span["entity_value"], span["entity_type"]
    if k == "PERSON":
        return [t for t in re.findall(r"[^\W\d_][\w'’]*[^\W\d_]", v) if t.lower() not in PARTICLES]
    if k in ("ORG", "LOCATION"):
        out = {v}
        bare = PREFIX.sub("", LEGAL.sub("", v))
        if len(bare) >= 3:
            out.add(bare)
        return sorted(out)
    return []


def find_word(needle, text, flags=0):
    return re.finditer(rf"(?<![\w@#/.\-]){re.escape(needle)}(?![\w\-])", text, flags)


def check_story(sid, text, spans, ok, problems):
    if "[[" in text or "]]" in text:
        problems.append(f"{sid}: leftover markup")
    n = words(text)
    if not 50 <= n <= 300:
        problems.append(f"{sid}: {n} words")
    okr = ok_ranges(text, ok)
    for phrase in ok:
        if phrase not in text:
            problems.append(f"{sid}: ok phrase {phrase!r} not in text")
    for i, s in enumerate(spans):
        a, b, v = s["start_position"], s["end_position"], s["entity_value"]
        if text[a:b] != v:
            problems.append(f"{sid}: offset mismatch {v!r}")
        if overlaps(spans[:i] + spans[i + 1 :], a, b):
            problems.append(f"{sid}: overlap at {v!r}")
        if v != v.strip() or not v:
            problems.append(f"{sid}: edge whitespace {v!r}")
        elif not (v[0].isalnum() or v[0] in "@#+("):
            problems.append(f"{sid}: leading punctuation {v!r}")
        elif not (v[-1].isalnum() or END_DOT_OK.search(v)):
            problems.append(f"{sid}: trailing punctuation {v!r}")
        if s["entity_type"] in ("PERSON", "ORG", "LOCATION"):
            for tool in TOOLS:
                if re.search(rf"(?<!\w){re.escape(tool)}(?!\w)", v):
                    problems.append(f"{sid}: tool {tool!r} inside {v!r}")
        for needle in needles_of(s):
            for m in find_word(needle, text, re.IGNORECASE):
                if not covered(spans, okr, m.start(), m.end()):
                    ctx = text[max(0, m.start() - 25) : m.end() + 25].replace("\n", " ")
                    problems.append(f"{sid}: unlabelled {needle!r}: ...{ctx}...")


def cross_check(items, problems):
    needles = set()
    for _, _, spans, _ in items:
        for s in spans:
            for nd in needles_of(s):
                if s["entity_type"] == "PERSON" and (len(nd) < 4 or nd.lower() in COMMON):
                    continue
                if len(nd) >= 3 and nd[:1].isupper():
                    needles.add(nd)
    for sid, text, spans, ok in items:
        okr = ok_ranges(text, ok)
        for nd in sorted(needles):
            for m in find_word(nd, text):
                if not covered(spans, okr, m.start(), m.end()):
                    ctx = text[max(0, m.start() - 25) : m.end() + 25].replace("\n", " ")
                    problems.append(f"{sid}: {nd!r} labelled elsewhere, not here: ...{ctx}...")


def main():
    problems, items, records = [], [], []
    for i, (notes, marked, ok) in enumerate(STORIES, 1):
        sid = f"md2-{i:02d}"
        text, spans = parse(marked, MARK)
        check_story(sid, text, spans, ok, problems)
        items.append((sid, text, spans, ok))
        records.append({"full_text": text, "spans": spans, "id": sid, "notes": notes})
    cross_check(items, problems)
    counts = Counter(s["entity_type"] for r in records for s in r["spans"])
    empty = [r["id"] for r in records if not r["spans"]]
    if len(records) < 60:
        problems.append(f"only {len(records)} stories")
    if len(empty) < 8:
        problems.append(f"only {len(empty)} stories with nothing identifying")
    for k in KINDS:
        if counts[k] < 6:
            problems.append(f"only {counts[k]} {k} spans")
    blob = json.dumps(records, ensure_ascii=False, indent=1)
    for r in json.loads(blob):
        for s in r["spans"]:
            if r["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                problems.append(f"{r['id']}: offset mismatch after serialising")
    n = [words(r["full_text"]) for r in records]
    print(
        f"{len(records)} stories, {min(n)}-{max(n)} words (mean {sum(n) / len(n):.0f}), "
        f"{sum(counts.values())} identifiers; nothing identifying: {', '.join(empty)}"
    )
    for k in KINDS:
        print(f"| {k} | {counts[k]} |")
    if problems:
        print(f"\n{len(problems)} problem(s); nothing written:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    OUT.write_text(blob + "\n", encoding="utf-8")
    print(f"wrote {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
