"""Sixth blind holdout for the redaction engine: writes ``redaction_holdout6.json``.

Run ``python3 tests/data/make_holdout6.py`` (plain Python 3). It strips the inline markup
``[[KIND:text]]`` from the stories below, computes offsets, runs every check and writes the JSON
only if all pass; otherwise it prints the problems and exits 1.

Who and how
-----------
Written on 2 December 2026 by a Claude helper session (worktree ``holdout6``) for the storyshare
team, **blind**: its author read only ``/work/shared/PRODUCT.md``, ``tests/data/README.md`` and
``tests/data/corpus_tools.py``. The redaction engine (``moderation/``), its tests, ``bench/``, the
other corpora and their scripts were never opened, grepped or run, and the engine was never run on
these stories. Use this set only to report a figure, never to tune.

Every person, company, street address, phone number, e-mail, handle, URL and ID number is
fictional (reserved ranges where they exist: 555-01xx, 07700 900xxx, 0141 496 0xxx, 0491 570 xxx,
documentation IPs 198.51.100.0/24 and 203.0.113.0/24, the documentation MAC block 00:00:5E:00:53,
``.example`` domains), apart from well-known real regulators and places a writer would name
(UODO, ODPC, OJK, ANPD, FCA, CNDP, the Garante, Ireland's Data Protection Commission (DPC), Ghana's
Data Protection Commission, the Fair Work Ombudsman, NHS Greater Glasgow and Clyde, cities,
districts, neighbourhoods and landmarks).

Labelling
---------
The README's guidelines and the earlier holdouts' decisions apply: an initial keeps its own full
stop ("J.P.", "R. Desai"); chat speaker names are PERSON, dates in chat, SMS and e-mail headers are
DATE, clock times never are, and a weekday beside a date stays outside ("Tue 6 Feb" -> "6 Feb");
Discord tags and usernames, Telegram and Signal usernames, WeChat IDs, GitHub users and Mastodon
addresses are one HANDLE each, ``u/name`` is a HANDLE, a public subreddit is not labelled;
"Lastname, Firstname" is one PERSON span; an abbreviation after the full name is a separate ORG;
identity-document names (CURP, NIK, KTP, CNIC, NIC, NID, BSN, AFM, RUT, NIF, IIN, CCCD, CIN, CHI,
PhilSys, TC kimlik, NRIC/FIN) are not labelled, only their values; payment platforms used as tools
(M-Pesa, bKash) and chat tools are not labelled; commit hashes and MAC addresses are ID; a holiday
without a year ("christmas") is not a DATE; laws and decrees (GDPR, LGPD, POPIA, PDPA, PIPL, KVKK,
UU PDP, Decree 13) are not labelled; a UK postcode district ("EC2A", "G12") is a LOCATION.

Decisions beyond the README, taken while writing this set:

- Honorifics, kinship terms and titles stay outside the span in every language, before or after
  the name: Oga, pani, sir, bhai, -ssi, 팀장님, don, Doña, Mama, Mbak, Pak, Lao, zong, Xiao, Eng.,
  Hanım, Bey, anh, chị, Kuya, Ate, Oom, Herr Dr., Prof. Dr., Dr., Mr., Ato, W/ro, Dott.ssa, Ing.,
  Si, dai, didi, anna (Tamil "elder brother", after the name), Agha, -jan, Apa, sahib, Khun, P',
  Auntie, -san, bucho. "Anna Nagar" (a Chennai neighbourhood) is a LOCATION in the same story.
- A kunya used as the person's name ("Abu Karim") is one PERSON span, like "Alhaji" in the README;
  a teknonym "Mama Keza" keeps "Mama" outside, as every other "Mama".
- A nickname with an article keeps the article outside ("el Mono" -> "Mono", "el Tano" -> "Tano",
  "la cata" -> "cata"); a city's nickname ("Jozi") is a LOCATION.
- A name written in two scripts ("Γιώργος Παπαδάκης" / "Giorgos Papadakis") and a date written
  in two calendars side by side ("۱۴ مهر ۱۴۰۲" / "14 Mehr 1402") are separate spans.
- An era marker belongs to the date ("Tir 12, 2016 E.C."); the closing ordinal dot of a Hungarian
  date stays outside ("2023. október 5"); a leading "the" stays outside ("the 7th of June 2023").
- A month named alone is a DATE when it points to one month of the story ("by march", "live in
  March", "en abril", "left in May", "April last year").
- Address prefixes and unit numbers are inside the address span ("ul.", "Av.", "Blk", "Via",
  "#08-456" in a Singapore address is not a handle); "NSW 2150" and "Austin, TX 78701" are one
  LOCATION each; landmarks used as addresses are LOCATION ("Yaya Centre", "Empress Market",
  "Bole Medhanialem", "Byres Road").
- "Team X" and "Project X" code names are one ORG with the prefix; later bare mentions ("Halibut",
  "halibut", "wren") are ORG too. A go-link ("go/wren-fairness"), a short link and a bare host are
  URL; a github.com address is a URL, a GitHub user written "@name" a HANDLE.
- "Sunday" as a Nigerian given name is PERSON, the weekday in the same story is not; "dev" after a
  person cue ("my lead dev") is PERSON, "dev environment" is not; "Hope", "Grace", "Frank",
  "Penny", "Robin", "Joy", "Mark" are PERSON only where they name someone.
- Generic references are not labelled: "the university", "the ministry partner", "a government
  bank", "the capital", "the city hall", a team mailbox's display name ("Analytics" in Cc).

Each story lists in ``ok`` the phrases it uses on purpose that contain a word labelled elsewhere
("to be frank", "every penny", "grace period", "round-robin", "Sunday school", "r/datascience");
the missed-mention checks accept an unlabelled occurrence only inside one of them. Nine stories
contain nothing identifying (printed when the script runs); every finding in them is
over-redaction.

Checks: exact offsets (again on the serialised JSON), no leftover markup, no overlaps, no edge
whitespace or punctuation (a leading sigil, "+" or "(", an initial's full stop and legal suffixes
excepted), 60-300 words per story, no tool name inside a PERSON/ORG/LOCATION span, every
whole-word mention of a labelled name token (any case), organisation (also without legal suffix or
"Project"/"Team" prefix) or place labelled within its story, and the capitalised ones across
stories; at least 55 stories, 8 with nothing identifying and 8 spans of every kind.
"""

import itertools
import json
import re
import sys
from pathlib import Path

from corpus_tools import KINDS, overlaps, parse

STORIES: list = []


def S(notes, ok, text):
    STORIES.append((notes, ok, text))


S(
    "WhatsApp export (Lagos, Pidgin): Nigerian name that is also a weekday (Sunday beside 'on sunday'), "
    "honorific Oga outside, lower-case startup, chat header dates, Nigerian mobile, neighbourhoods.",
    ["on sunday", "sunday night"],
    r"""
pasting this from our team whatsapp bcos nobody will believe me. context: i was the only data analyst for a loan app, [[ORG:kudiKwik]], office na for [[LOCATION:Yaba]]

[[[DATE:14/02/24]], 21:03] [[PERSON:Sunday Okonkwo]]: abeg who wrote the contacts scraper
[[[DATE:14/02/24]], 21:05] me: the android team. it pulls the whole phonebook, not just guarantors
[[[DATE:14/02/24]], 21:06] [[PERSON:Sunday Okonkwo]]: Oga [[PERSON:Tunde]] wants the list by sunday night. recovery agents go call everybody
[[[DATE:14/02/24]], 21:09] [[PERSON:Chiamaka]]: this one na wahala o

so on sunday i refused to run the export. [[PERSON:Sunday]] called me from [[PHONE:0805 000 3471]] shouting. [[PERSON:chiamaka]] backed me in the meeting but [[PERSON:Tunde]] just gave the job to a contractor in [[LOCATION:Ikeja]]. by [[DATE:march]] people were posting screenshots of debt messages sent to their pastors and mothers. i resigned, no job lined up. still think of the mothers.
""",
)

S(
    "Forwarded e-mail (Kraków, Polish): headers with e-mail and Polish date, Pani outside, "
    "hyphenated surname, Sp. z o.o., case ref with slashes, Polish phone, signature.",
    [],
    r"""
---------- Forwarded message ---------
Od: [[PERSON:Agnieszka Wróbel-Nowak]] <[[EMAIL:a.wrobel-nowak@zielonykod.example]]>
Date: wt., [[DATE:12 marca 2024]] 09:14
Subject: RE: retencja danych kandydatów / sprawa [[ID:DPO/2024/031]]
To: me

Hi, as discussed the CV archive stays. Management decided. Please close [[ID:DPO/2024/031]] as "accepted risk".
Pozdrawiam,
[[PERSON:Agnieszka Wróbel-Nowak]]
HR Business Partner | [[ORG:Zielony Kod Sp. z o.o.]]
[[LOCATION:ul. Lubicz 17, 31-503 Kraków]] | tel. [[PHONE:+48 12 000 45 67]]

so this is what i got after i (the dpo, part time, 3 days a week) found 9 years of rejected candidates CVs in a shared drive. consent was 12 months. pani [[PERSON:Agnieszka]] is not a bad person, she was told. i wrote a memo to the board, nothing. i kept the memo. next step is [[ORG:UODO]] but honestly i am scared, [[ORG:Zielony Kod]] is small and everyone will know it was me.
""",
)

S(
    "Rushed lower-case Hinglish (Bengaluru): 'rajesh sir' with trailing honorific outside, lower-case name "
    "after cue ('my lead dev'), 'dev' also as a word, neighbourhoods, startup, JIRA key, '3rd of march'.",
    ["dev environment", "prod and dev"],
    r"""
ok so i work at [[ORG:PaisaPal]] (fintech, [[LOCATION:Koramangala]]) as ml engineer. my lead [[PERSON:dev]] asked me to add pincode as feature in the credit model. i said bhai thats proxy for religion and caste in half of [[LOCATION:Bengaluru]], [[LOCATION:HSR Layout]] vs some areas near [[LOCATION:Shivajinagar]] totally different approval rate. [[PERSON:dev]] said "not our problem yaar, [[PERSON:rajesh]] sir wants the lift". ticket was [[ID:RISK-4410]], i added my concern as comment, it got deleted lol. on [[DATE:3rd of march]] we shipped. in dev environment i had run the fairness numbers, approval for one cluster dropped 31%. i sent screenshot to [[PERSON:Rajesh]] sir directly. he replied "noted 👍". thats it. prod and dev both have it now. i am interviewing elsewhere but feel like i let people down who will never know why they got rejected
""",
)

S(
    "Teams log with 'Lastname, Firstname' speakers (Seoul): Korean family-name-first names, -ssi and "
    "팀장님 honorifics outside, Korean date, district, employee IDs.",
    [],
    r"""
copy from teams, translated some parts myself

[[PERSON:Park, Seo-yeon]] 10:02
can you re-run the attrition model but exclude the people on parental leave flag
[[PERSON:Lim, Jae-won]] 10:04
why exclude?
[[PERSON:Park, Seo-yeon]] 10:05
HR wants the list to look clean before [[DATE:2024년 5월 20일]] review

I am [[PERSON:Jae-won]]. the "list" was people the model predicted to quit, and HR used it to skip them for promotion. removing the leave flag does not remove the bias, it hides it, because the model still learned from mothers returning. i told [[PERSON:Seo-yeon]]-ssi this in a 1:1 in the [[LOCATION:Gangnam]] office. she said [[PERSON:박상훈]] 팀장님 decided already. i asked for the list of affected staff, she sent employee numbers only ([[ID:KR-20931]], [[ID:KR-21877]] and 40 more). i could not stop it. i wrote to the ethics hotline anonymously. no answer after 6 weeks.
""",
)
S(
    "NOTHING IDENTIFYING: rushed analyst rant; ordinary words that are names elsewhere (will, hope, bill, "
    "grace period, frank, mark), weekdays, durations, relative dates, job titles, tools.",
    [
        "I will",
        "hope so",
        "the bill",
        "grace period",
        "to be frank",
        "mark it",
        "on Monday",
        "Sunday",
        "Rich",
    ],
    r"""
quick vent. my manager asked me on Monday to "mark it as seasonal" when our churn jumped after we raised the bill for the basic plan. it wasnt seasonal, it was the price change plus we removed the grace period for late payers. to be frank i knew the CFO would repeat it to the board. I will not pretend i pushed hard, i wrote one line in the Looker notes saying "price change likely driver" and left it. by Sunday the deck said seasonal. Rich people in suits nodding at a chart i made. two weeks later someone from finance asked the same question i did. do i hope so, that she pushes it further? yes. am i going to? probably not, i have a visa tied to this job
""",
)

S(
    "Spanish code-switching (Mexico City): full street address in Mexican format, nickname (Lupita) of a "
    "full name, 'don' outside, S.A. de C.V., Spanish month-year, CURP-like ID, Mexican phone.",
    [],
    r"""
Trabajo como científica de datos en [[ORG:Finanzas Ágiles S.A. de C.V.]], oficinas en [[LOCATION:Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]]. En [[DATE:agosto 2023]] my boss, [[PERSON:Guadalupe Ramírez Osorio]] (everybody says [[PERSON:Lupita]]), asked me to build a "voluntad de pago" score using the WhatsApp groups of the clients. The sales guys had joined client groups with their work phones. I said no es legal, no hay consentimiento. [[PERSON:Lupita]] sent me to don [[PERSON:Chuy]], the owner. He showed me one customer file, CURP [[ID:ROPM850101MDFXXX09]], and said "ves, ella paga tarde, sus amigas también". I built a dummy version that never used the chats and reported 0.51 AUC, which was true for what i built. Nobody checked. I know it is not a solution. If someone from [[ORG:Finanzas Ágiles]] reads this: mi número sigue siendo [[PHONE:55 0000 4821]], hablemos.
""",
)

S(
    "Discord log (Montréal game studio, French): new-style Discord usernames and a legacy name#1234 tag "
    "as HANDLE, speaker names, company, neighbourhood, date in French.",
    [],
    r"""
on parle de telemetry des joueurs mineurs. extrait du discord interne, copié tel quel:

[[HANDLE:nyx#0420]] — aujourd'hui à 16:12
the voice chat transcripts go into the same bucket as gameplay events now
[[HANDLE:@kiwi.dev]] — aujourd'hui à 16:13
including the under-13 accounts?
[[HANDLE:nyx#0420]] — aujourd'hui à 16:15
yes, [[PERSON:Mathieu]] says marketing wants sentiment per cohort

Je suis [[HANDLE:@kiwi.dev]] dans ce log. [[ORG:Glowmoth Games]], bureau dans le [[LOCATION:Mile End]] à [[LOCATION:Montréal]]. le [[DATE:9 janvier 2024]] j'ai envoyé un mémo au studio head: transcripts of children, no parental consent, stored 5 years. [[PERSON:Mathieu Lafrenière]] m'a répondu que c'était "anonymisé" because the usernames were hashed. The transcripts contain kids saying their school and their street. after the memo they moved me to the matchmaking team. the bucket is still there.
""",
)

S(
    "Swahili code-switching (Nairobi): Mama as honorific outside, Kenyan national ID, mobile number, "
    "M-Pesa as a tool (not labelled), neighbourhood, Ltd company, Swahili date.",
    ["M-Pesa"],
    r"""
Habari. Nafanya kazi kama data engineer at [[ORG:Chama Data Ltd]], we build credit scores for chamas (savings groups) from M-Pesa statements, office upstairs opposite [[LOCATION:Yaya Centre]]. Mwezi wa tatu, [[DATE:tarehe 5 Machi 2024]], my manager [[PERSON:Otieno]] asked me to join the statements with a list he got from a "partner" — names, ID numbers like [[ID:28840017]], phone numbers, even church membership. I asked where it came from. Hakuna jibu. Mama [[PERSON:Wanjiru Kamau]], the chairlady of one group in [[LOCATION:Kilimani]], later called me on [[PHONE:0712 000 345]] asking why her members were being called by a digital lender they never applied to. That is when i understood. I reported to [[ORG:ODPC]] through the online form. [[PERSON:Otieno]] found out (sijui vipi) and i was let go "for restructuring". [[PERSON:Wanjiru]] still sends me messages on christmas.
""",
)
S(
    "Voice-to-text transcript without punctuation (Tulsa hospital): lower-case names after cues "
    "('doctor patel'), hospital, city, spoken date, medical record number, US 555 phone.",
    [],
    r"""
okay so recording this in the car because i wont type it later um i am a data analyst at [[ORG:mercy ridge medical center]] in [[LOCATION:tulsa]] and on [[DATE:march 14th]] doctor [[PERSON:patel]] asked me to pull every patient who had a positive drug screen in the ER for the last two years and send it to a guy from the sheriffs office like just email it i said that needs a warrant or at least legal and he said [[PERSON:kim]] from compliance already okayed it and i called [[PERSON:kim]] and she had never heard of it so she said dont send anything and then doctor [[PERSON:patel]] called me back from [[PHONE:918 555 0143]] and said i was not a team player um one of the patients MRN [[ID:00481193]] was a nurse from our own floor that is why he wanted it i think anyway [[ORG:mercy ridge]] compliance opened a case and [[PERSON:patel]] got a warning thats all
""",
)

S(
    "SMS thread (Leeds): UK mobile numbers in the reserved range, names that are ordinary words "
    "(Frank and Penny as people beside 'to be frank' and 'every penny'), city, date in SMS header.",
    ["to be frank", "every penny"],
    r"""
screenshots of texts with my old team lead, typed out:

[[PERSON:Frank]] ([[PHONE:07700 900 418]]) Tue [[DATE:6 Feb]], 18:40
need the vulnerable customer flag OFF for the arrears campaign pls. [[PERSON:Penny]] signed it off
me 18:52
to be frank i dont think [[PERSON:Penny]] can sign that off, its [[ORG:FCA]] consumer duty stuff
[[PERSON:Frank]] 18:55
every penny counts this quarter mate. just do it

Context: energy supplier, [[LOCATION:Leeds]] contact centre. The flag stops aggressive dialling of people with dementia, bereavement etc. I did not turn it off. I asked [[PERSON:Penny Hargreaves]] (head of collections) by email and she said she had never been asked. [[PERSON:Frank]] was moved to another team two weeks later. Nobody thanked me, and the flag logic is now "under review".
""",
)

S(
    "Telegram chat (Kyiv, Ukrainian/Russian): Telegram @usernames as HANDLE, Ukrainian date, "
    "district, startup, patronymic-free Ukrainian names with diminutive.",
    [],
    r"""
from our telegram group, names as they were:

[[PERSON:Oksana]] ([[HANDLE:@oksana_dp]]), [[DATE:5 травня 2023]] 11:20: хто дав доступ до геоданих волонтерам?
[[PERSON:Taras]] ([[HANDLE:@tarasko_ml]]) 11:24: the ministry partner asked, they want heatmaps of where displaced people sleep
[[PERSON:Oksana]] 11:25: це небезпечно. if this leaks its a targeting map

I am [[PERSON:Oksana]], data protection officer at [[ORG:Tsyfra Lab]], small NGO-tech in [[LOCATION:Podil]]. We had location pings from an aid app. [[PERSON:Taras Melnyk]] (we call him [[PERSON:Tarasyk]]) meant well, really. we agreed on coarse grid only, 5 km, no time of day. then i found the raw export in a shared folder with a link open to anyone. i deleted it, reset the links, wrote an incident note. two people knew. we never told the partner, and i still dont know if that was right.
""",
)

S(
    "WeChat (Shenzhen): WeChat ID without sigil as HANDLE, 'Lao' honorific outside, family-name-first, "
    "Chinese date, district, company, Chinese mobile.",
    [],
    r"""
work in retail analytics, [[ORG:Qianhai Smart Retail]], office in [[LOCATION:Nanshan]], [[LOCATION:Shenzhen]]. Our camera system counts people in stores. In [[DATE:2023年9月12日]] meeting, Lao [[PERSON:Zhang]] (our director) said the vendor can add face matching to find "repeat shoplifters" and also "VIP repeat customers". i asked about consent and the PIPL rules on facial info. he said vendor handles it. vendor contact [[PERSON:Chen Xiaoyu]] added me on wechat, ID [[HANDLE:wxid_k9x2m0q7]], and sent me the spec: faces stored 3 years, matched across all stores, shared with "partner malls". I forwarded spec to legal with my notes. legal said fine if there is a sign at the door. [[PERSON:Zhang]] zong was happy. there is now a very small sign. my phone [[PHONE:138 0000 2716]] was in the vendor group so i am sure they know my opinion
""",
)
S(
    "Indonesian code-switching (Jakarta): Mbak and Pak outside, PT company (PT inside), NIK number, "
    "neighbourhood and administrative city, Indonesian date, mobile.",
    [],
    r"""
Jadi gini. Saya analyst di [[ORG:PT Dompet Kilat Nusantara]], kantor di [[LOCATION:Kemang]], [[LOCATION:Jakarta Selatan]]. Tanggal [[DATE:17 Oktober 2023]] Pak [[PERSON:Hendra Wijaya]] (VP Risk) minta saya gabungin data KTP nasabah dengan data dari "vendor" yang ternyata hasil scraping marketplace. contoh nasabah NIK [[ID:3174 0512 8800 0001]], kita tahu dia beli apa, jam berapa, alamat kirim. Mbak [[PERSON:Rina]] dari legal bilang ini melanggar UU PDP. Pak [[PERSON:Hendra]] bilang "semua fintech begini". I wrote to the compliance email, no reply. Then Mbak [[PERSON:Rina]] resigned, and i got a call from [[PHONE:0812 0000 7713]], someone from the vendor, asking why i was "making trouble". aku takut. I stopped asking. the model launched with vendor features, label "alt_data_v2". kalau ada yang kerja di [[ORG:OJK]] baca ini, please look at alt data.
""",
)

S(
    "Numbered complaint to a regulator (Dublin): real regulator, DAC company, Irish name with Ní "
    "particle, Eircode address, ISO dates, case reference, Irish phone, e-mail.",
    [],
    r"""
Draft for the [[ORG:Data Protection Commission]] ([[ORG:DPC]]), not sent yet:

1. I am a pricing analyst at [[ORG:Brightlane Insurance DAC]], [[LOCATION:Sir John Rogerson's Quay, Dublin 2, D02 X285]].
2. On [[DATE:2024-01-09]] my manager, [[PERSON:Siobhán Ní Bhriain]], instructed me to use policyholders' smartwatch step data as a renewal price factor. The data was collected under a "wellness rewards" consent only.
3. I raised it on [[DATE:2024-01-11]] in writing (internal ref [[ID:BLI-RSK-2291]]). [[PERSON:Ní Bhriain]] replied that the consent text was "broad enough".
4. On [[DATE:2024-02-02]] the factor went live for about 40,000 renewals.
5. I can be reached at [[EMAIL:quietpricing@protonmail.example]] or [[PHONE:+353 1 000 4417]].

I keep rewriting point 6 (what I want). Maybe just that someone else looks at it. [[PERSON:Siobhán]] was told to do it by someone too.
""",
)

S(
    "GitHub maintainer (open source, Warsaw): GitHub users as @handles, repository URL, commit hash as ID, "
    "company, city, English with Polish names.",
    [],
    r"""
I maintain a small open-source library for synthetic data. A company, [[ORG:Helixa Analytics]], used it to "anonymise" a hospital dataset and then published a paper saying re-identification risk was zero. Their engineer [[HANDLE:@tkowalczyk]] opened an issue asking me to add a "compliance mode" flag that just sets the privacy parameter to infinity and prints COMPLIANT. Link: [[URL:https://github.com/helixa-ml/synthkit-fork/issues/88]]. I refused. A week later commit [[ID:3f9c2e71a4b8d05c6e1f7a92b3c4d5e6f7a8b9c0]] appeared in their fork doing exactly that. I emailed [[PERSON:Tomasz Kowalczyk]] and his lead [[HANDLE:@ewa-zielinska]], both in the [[LOCATION:Warsaw]] office. [[PERSON:Tomasz]] was embarrassed and said it was a deadline thing. I added a line to the README: parameters above X are not privacy. That is all a maintainer can do, and it felt very small.
""",
)

S(
    "NOTHING IDENTIFYING: voice-to-text rant with weekdays, 'Sunday', 'frank', 'mark my words', 'sterling', "
    "'patience', job titles and durations only.",
    ["on Sunday", "frank", "mark my words", "sterling", "patience", "will"],
    r"""
so basically my director wants the model card to say the model is fair across groups because on Sunday the board meets and he said mark my words if we show them the gap they will kill the project and honestly i get it but the gap is real its like eleven points for older applicants and i was very frank in the standup and the product lead said my work has been sterling but can i just show the aggregate and i said no and now nobody talks to me in the kitchen i have run out of patience i think i will write it up properly and send it to the ethics board and if they ignore it i guess that is my answer about this place
""",
)
S(
    "Academic researcher (Germany): Mastodon address as one HANDLE, 'Prof. Dr.' outside, fictional "
    "Hochschule, German date, city, grant number with slashes, university e-mail.",
    [],
    r"""
Posting here because my thread on mastodon got too much attention ([[HANDLE:@lhartmann@fediscience.example]]).

I was a postdoc in a project on predicting "school dropout risk" at [[ORG:Hochschule Nordhafen]] in [[LOCATION:Bremerhaven]], grant [[ID:NH-FK 03/2022-117]]. Prof. Dr. [[PERSON:Jürgen Haase]] agreed with the city to get pupil records with names "for linkage" and promised they would be deleted after matching. Am [[DATE:14. Juni 2023]] I found the named table still on the project server, copied to two student laptops. I told [[PERSON:Haase]] in person, then wrote to the data protection office of the university ([[EMAIL:datenschutz@hs-nordhafen.example]]). The answer was that it was "in Klärung". My contract was not extended. Officially money. I am [[PERSON:Lena]], and I don't regret it, but I am now in industry doing ad attribution, which is its own joke.
""",
)

S(
    "Portuguese code-switching (São Paulo): Brazilian street address with CEP, 'seu' outside, nickname "
    "(Zé), CPF, Brazilian mobile, startup, Portuguese date.",
    [],
    r"""
Sou cientista de dados numa fintech, [[ORG:Raio Crédito]], no escritório da [[LOCATION:Rua Augusta, 1508 - Consolação, São Paulo - SP, 01304-001]]. Em [[DATE:março de 2024]] o seu [[PERSON:Zé]] (o [[PERSON:José Carlos Bittencourt]], fundador) pediu um modelo que usa a localização do celular pra ver se o cliente frequenta "lugares de risco". Na prática: bairros pobres e terreiros. i said this is discrimination, LGPD, everything. ele respondeu que a [[ORG:ANPD]] "nem tem gente pra fiscalizar". A colega [[PERSON:Bia]] da engenharia me apoiou. we documented one example, a lady with CPF [[ID:000.123.456-09]] rejected only because she goes to church in [[LOCATION:Capão Redondo]] every week. [[PERSON:Zé]] mandou parar de "fazer militância". eu pedi demissão. [[PERSON:Bia]] ainda está lá, me manda mensagem do [[PHONE:(11) 90000-3382]].
""",
)

S(
    "Arabic/Egyptian English (Cairo): 'Eng.' outside, Hijri date, district, company, Egyptian national "
    "ID, Egyptian mobile, name with 'Abu' kunya.",
    [],
    r"""
I work as data engineer in [[ORG:Nile Pulse Telecom Analytics]], office in [[LOCATION:Maadi]], [[LOCATION:Cairo]]. On [[DATE:15 Ramadan 1445]] Eng. [[PERSON:Mahmoud Saeed]] asked me to prepare a table of subscribers who visited certain areas during protests time, with national ID like [[ID:29001010100000]] and the cell tower history. He said it is "request from above", no paper. I asked for the official letter. Everybody calls him [[PERSON:Abu Karim]], he is kind usually, but he said "ya [[PERSON:Omar]], don't ask questions you don't want answers to". I am [[PERSON:Omar]]. I made the table with 6 months only not 2 years and I removed the ID column saying it failed the join. Maybe nobody noticed, maybe they did it again without me. My number [[PHONE:010 0000 5521]] I changed after.
""",
)

S(
    "Japanese workplace (Tokyo): -san and bucho after names outside, Reiwa-era date, K.K. company, ward, "
    "Japanese landline, internal wiki URL.",
    [],
    r"""
I am a data scientist in [[ORG:Kaminari Data K.K.]], [[LOCATION:Shibuya]] office. In [[DATE:令和6年4月1日]] our new client, a staffing agency, asked for a "stability score" for job seekers. [[PERSON:Suzuki]] bucho said we can use gaps in employment and age. I showed [[PERSON:Tanaka]]-san that gaps are mostly women after childbirth. [[PERSON:Tanaka]]-san agreed but said it is the client decision, our role is only technical. The spec is on [[URL:wiki.kaminari.internal/clients/stability-v1]] if anyone there reads this. I asked to add a fairness check; [[PERSON:Suzuki]] bucho said "not in scope". I called the client contact [[PHONE:03-0000-1187]] myself to explain. He thanked me and then nothing changed. In [[LOCATION:Japan]] we do not make noise easily, so this post is my noise.
""",
)
S(
    "Bullet timeline (Toronto): internal team code name with and without 'Team', abbreviated months "
    "with and without year, JIRA key, IP address, city and neighbourhood, company with Inc.",
    [],
    r"""
timeline, for my own sanity

- [[DATE:Jan 9]]: join [[ORG:Team Halibut]] at [[ORG:Northpine Financial Inc.]] ([[LOCATION:Liberty Village]] office, [[LOCATION:Toronto]]). mandate: "reduce fraud losses"
- [[DATE:Jan 23]]: realise [[ORG:Halibut]] flags newcomers with foreign-issued IDs at 4x the rate. raise in standup
- [[DATE:Feb 2]]: lead ([[PERSON:Graham]]) says newcomers ARE riskier, "its in the data"
- [[DATE:Feb 14]]: find the rule: any login from a non-Canadian IP in first 90 days = +40 risk. tested on my own VPN from [[ID:203.0.113.54]], flagged instantly
- [[DATE:Mar 2024]]: write it up in [[ID:FRD-1920]], tag [[PERSON:Graham Whitfield]] and the model risk team
- [[DATE:Apr 2024]]: ticket closed "won't fix, business decision"
- now: still here. [[ORG:halibut]] still live. i told a friend at a newcomer settlement agency what kind of rejections to watch for. thats the most i have done
""",
)

S(
    "NOTHING IDENTIFYING: numbered complaint about a retention policy; only job titles, teams, tools, "
    "durations, weekdays, relative dates, laws and acronyms; 'Will' at sentence start, 'Grace period'.",
    ["Will", "Grace period", "the bill"],
    r"""
What I would say to HR if I had the nerve:

1. Our retention policy says raw call recordings are kept for 90 days. They are kept forever in a bucket the support team forgot about.
2. I told my line manager on a Wednesday. He told me to "park it" until after the audit.
3. The audit happened. The bucket was not in scope.
4. Will anyone care? The DPO is one person covering four countries.
5. Grace period, they call it: the six months after an audit when nobody wants to open new findings.
6. Meanwhile the speech team trains on the recordings, including people reading out card numbers.
7. I am not asking for a medal. I am asking who pays the bill when this leaks, because it will not be the VP who said park it.
""",
)

S(
    "Taglish (Manila): Ate and Kuya outside, names that are words (Joy, Mark) beside 'joy' and 'mark', "
    "BGC and Makati, PhilSys-like number, Philippine mobile, company, date.",
    ["no joy", "mark the"],
    r"""
Grabe. I'm a data analyst sa isang BPO analytics unit, [[ORG:Pacific Crest Solutions]], sa [[LOCATION:BGC]]. Noong [[DATE:Nov 2023]], Kuya [[PERSON:Mark]] (team lead) told us to mark the agents with "low loyalty score" based on their personal Facebook likes. Yes, personal accounts, may scraper pa. Ate [[PERSON:Joy]] sa HR said it was fine kasi "public naman". I compiled the list but hid the names and sent only the distribution. Kuya [[PERSON:Mark]] was so mad, he called me on [[PHONE:0917 000 4412]] at 11pm. Then one agent, [[PERSON:Liza]], got terminated and her PhilSys number [[ID:1234-5678-9012-3456]] was on the "exit" sheet with her likes attached. no joy in that office after. I transferred to the [[LOCATION:Makati]] site. Ate [[PERSON:Joy]] still says hi.
""",
)
S(
    "Afrikaans code-switching (Johannesburg): Oom outside, SA ID number, suburbs, (Pty) Ltd, South "
    "African landline, date with day-month-year, nickname; 'Sunday school' as a phrase.",
    ["Sunday school"],
    r"""
Ek werk as 'n data scientist by [[ORG:Kudu Collect (Pty) Ltd]], debt collection, offices in [[LOCATION:Braamfontein]]. On [[DATE:22 August 2023]] Oom [[PERSON:Kobus]] ([[PERSON:Jacobus Pretorius]], the MD) wanted a "likelihood to pay" model that uses the debtor's suburb and whether their ID number starts with certain years. ID numbers like [[ID:850101 0000 08 4]] tell you age and gender, ja. Age was the strongest feature. I said this is discrimination under POPIA and the Constitution. [[PERSON:Kobus]] laughed and said "this is [[LOCATION:Jozi]], my bru, not [[LOCATION:Sandton]] Sunday school". My colleague [[PERSON:Thandeka]] quietly checked: pensioners were being called 5x more. We took it to the compliance officer together, at [[PHONE:011 000 2290]] extension, then in writing. The age feature was removed in the next version. The suburb feature wasn't. Half a win.
""",
)

S(
    "Pasted Slack thread (Berlin): Herr Dr. outside, #channel handle, German PLZ address, IPv4 range, "
    "Slack speaker names, company GmbH, date.",
    [],
    r"""
aus unserem slack, [[HANDLE:#risk-scoring]], [[DATE:19.09.2023]]:

[[PERSON:Jonas]] 14:02: the new device fingerprint includes the IP block [[ID:198.51.100.0/24]] from the refugee shelter wifi
[[PERSON:Jonas]] 14:02: every application from there gets +30 fraud score
[[PERSON:Miriam]] 14:05: ja aber fraud really was high from there last quarter
[[PERSON:Jonas]] 14:06: because 40 people share one IP?? that's not fraud

I'm [[PERSON:Jonas]]. [[ORG:Kreditwerk Digital GmbH]], [[LOCATION:Ritterstraße 12, 10969 Berlin]]. I wrote to Herr Dr. [[PERSON:Weiß]] (CRO) the same day. He said the rule stays until [[PERSON:Miriam Okafor]]'s team has "better data". Two months later it was still there. I complained to the works council. It's gone now, but only because the shelter changed provider.
""",
)
S(
    "Spanish code-switching (Medellín): doña outside, cédula, neighbourhood, Colombian mobile, S.A.S., "
    "Spanish date, nickname with article ('el Mono').",
    [],
    r"""
Les cuento. I was the only data person at [[ORG:Mercaditto S.A.S.]], a grocery delivery startup in [[LOCATION:El Poblado]], [[LOCATION:Medellín]]. El [[DATE:3 de noviembre de 2022]] the CEO, [[PERSON:Andrés Felipe Restrepo]] (le dicen "el [[PERSON:Mono]]"), asked me to rank riders by "attitude" using the GPS traces: stops longer than 4 minutes, routes through certain barrios. Those stops were bathroom breaks and riders avoiding dangerous streets. I said no. [[PERSON:Andrés Felipe]] said if I don't do it his cousin will. Doña [[PERSON:Marleny]], who ran rider onboarding, told me one rider with cédula [[ID:1.036.000.482]] was already blocked by a rule like that. Hice el análisis, but I added a section on why stops happen, with photos riders sent me. El [[PERSON:Mono]] deleted the section before the board saw it. Me fui. Mi número para riders que necesiten ayuda: [[PHONE:300 000 1947]].
""",
)

S(
    "Meeting minutes with initials (London): two-letter initials without stops, dotted initials with stops, "
    "a surname with initial ('R. Desai'), company, London postcode district, date, minutes reference.",
    [],
    r"""
Pasting the minutes I took (I was asked to take them, which is funny now).

Minutes, model governance, [[DATE:7 Feb 2024]], ref [[ID:MG-24-006]]
Present: [[PERSON:AK]] (chair), [[PERSON:J.P.]], [[PERSON:R. Desai]], [[PERSON:TW]], me
1. [[PERSON:AK]]: affordability model v3 ready; disparity for single parents "within tolerance".
2. [[PERSON:R. Desai]] asked what tolerance. [[PERSON:AK]]: "the one we agree today".
3. [[PERSON:J.P.]] proposed 20%. [[PERSON:TW]] abstained.
4. Actions: [[PERSON:J.P.]] to update the validation doc.

What the minutes don't say: [[PERSON:Ravi Desai]] and I showed the gap was 34% and that 20% was picked after seeing the result. [[ORG:Harbour Lane Lending]], [[LOCATION:EC2A]] office. I sent my own notes to the internal audit inbox. [[PERSON:Desai]] left; I'm still there, and every time someone says "within tolerance" I want to scream.
""",
)

S(
    "NOTHING IDENTIFYING: non-native English (Spanish-influenced), ordinary words that are names elsewhere "
    "(grace, hope, will, rose, faith), weekdays, relative dates, a generic 'the capital'.",
    ["grace", "hope", "will", "rose", "in good faith"],
    r"""
Sorry for my english. I am analyst in a small insurance company in the capital. Last year my jefe asked me to change the cutoff of the claims model so less claims go to manual review, because the reviewers cost money. The fraud detected rose a little but the honest claims rejected rose much more, mostly old people who write long descriptions. I told him in good faith, with the numbers, on a friday. He said "we give them grace, they can appeal". Nobody appeals, I checked, it is less than 2 percent. I hope this platform will show that this happens in many places. I did not quit. I have two kids. But I send the numbers every month to him, so at least he cannot say he did not know.
""",
)
S(
    "Turkish code-switching (Istanbul): Hanım and Bey after names outside, Turkish date, district, A.Ş., "
    "TC kimlik number, Turkish mobile, e-mail.",
    [],
    r"""
Merhaba. İK analitiği yapıyorum, [[ORG:Boğaziçi Lojistik A.Ş.]], [[LOCATION:Kadıköy]] ofisi. [[DATE:12 Nisan 2024]] günü [[PERSON:Ayşe]] Hanım (HR director) asked me for a dashboard of which warehouse workers joined the union WhatsApp group. She had the member list from "a friend". It had TC kimlik numbers like [[ID:10000000146]] and phone numbers. I said this is union busting and KVKK violation. [[PERSON:Kerem]] Bey from legal agreed with me in the corridor and then in the meeting said nothing. I did not build it. Somebody did it in Excel. Six people were moved to night shift in [[LOCATION:Tuzla]] warehouse. I sent an anonymous email from [[EMAIL:sessiz.analist@posta.example]] to the union. I don't know if it helped. [[PERSON:Ayşe Demirtaş]] got promoted.
""",
)

S(
    "Vietnamese English (Ho Chi Minh City): anh and chị outside, Vietnamese names with diacritics, "
    "district in Vietnamese and English, CCCD number, Vietnamese date, company, mobile.",
    [],
    r"""
em là data engineer ở [[ORG:Sao Mai Fintech]], office ở [[LOCATION:Quận 7]] ([[LOCATION:District 7]]), [[LOCATION:TP.HCM]]. Ngày [[DATE:8 tháng 6 năm 2023]], anh [[PERSON:Tuấn]] (head of growth) asked me to export customers' contact lists from the app permission, to "find referral". Actually for debt collectors to call relatives. chị [[PERSON:Lan]] in compliance said it is against Decree 13. anh [[PERSON:Tuấn]] said Decree 13 is "not enforced yet". I exported only customers who gave explicit consent, maybe 3%. [[PERSON:Nguyễn Minh Tuấn]] found out and asked an intern to do full export. One borrower, CCCD [[ID:079000012345]], called our hotline crying because her boss was called. I gave her chị [[PERSON:Lan]]'s number [[PHONE:0909 000 218]]. chị [[PERSON:Lan]] helped her file complaint. me, I stayed. I am ashamed a bit.
""",
)

S(
    "Urdu-English (Karachi): bhai after name outside, CNIC, neighbourhood and block address, Pakistani "
    "mobile, company (Pvt) Ltd, date, lower-case names.",
    [],
    r"""
yaar i need to write this somewhere. i am data analyst at [[ORG:Tezraftaar Logistics (Pvt) Ltd]], office in [[LOCATION:Clifton Block 5]], [[LOCATION:Karachi]]. on [[DATE:2 Jan 2024]] [[PERSON:bilal]] bhai (ops head) told me to make a list of riders who "might join the strike", using their gps data, who meets whom after shift near [[LOCATION:Empress Market]] in [[LOCATION:Saddar]]. he gave me CNICs, e.g. [[ID:42101-0000000-1]], to match with the police verification file. i told [[PERSON:bilal]] bhai this is dangerous for them, their families. he said "tum zyada sochti ho". my colleague [[PERSON:sana]] said just do it or they will find someone else. i gave a list with only shift timings, no meetings. [[PERSON:Bilal Qureshi]] was not happy. riders still got fired, 11 of them. one of them called me from [[PHONE:0300 0000 471]] to say thanks for trying, someone told him. that made it worse honestly
""",
)

S(
    "Bangla-English (Dhaka): Apa after name outside, Bengali calendar date, area names (Gulshan, "
    "Mirpur), Bangladeshi NID, bKash as a tool (not labelled), NGO, e-mail.",
    ["bKash"],
    r"""
I am research officer at [[ORG:Shurjo Foundation]], a microfinance NGO in [[LOCATION:Gulshan-2]], [[LOCATION:Dhaka]]. In [[DATE:১২ বৈশাখ ১৪৩০]] ([[DATE:April]] last year) our director [[PERSON:Rezaul Karim]] shared borrower data with a bKash-based lender "for partnership": names, NID like [[ID:1990 0000 1234 5]], repayment history, even household survey answers about domestic violence. I found the shared folder by accident. [[PERSON:Nasrin]] Apa, my supervisor, said the board approved. I asked for the data sharing agreement — there was none. I wrote to the board chair from a personal address, [[EMAIL:shurjo.whistle@mail.example]]. The sharing stopped but nobody told the women in [[LOCATION:Mirpur]] whose answers were shared. I still think about the survey question 34. [[PERSON:Karim]] sahib is still director.
""",
)
S(
    "Gulf (Dubai): Dr. outside, Al- surname, Emirates ID, area, UAE mobile, free-zone company, "
    "UK-style date, an e-mail forwarded (no address).",
    [],
    r"""
I'm a Jordanian ML engineer working in [[LOCATION:Dubai]], at [[ORG:Sahab Vision FZ-LLC]] in [[LOCATION:Al Barsha]]. We sell "worker wellbeing" analytics to construction firms. On [[DATE:30/10/2023]] Dr. [[PERSON:Rania Al-Masri]], our chief scientist, asked me to add a "flight risk" flag for labourers using their phone location near the airport and remittance shop visits. Emirates ID numbers ([[ID:784-1990-0000000-1]]) were the join key. I wrote to her that this would be used to hold passports tighter. [[PERSON:Rania]] forwarded my email to the CEO, [[PERSON:Faisal bin Khalid]], with "pls advise". He called me from [[PHONE:+971 50 000 0321]] and was actually polite, said the client insisted. We shipped without the remittance feature. I counted it as a partial win until a friend showed me the client's site manager reading the flag list aloud at morning assembly.
""",
)

S(
    "reddit post with an edit: u/ handle of the poster and another user, public subreddit not labelled, "
    "US city, ZIP code on its own, company, date, lower-case first name.",
    ["r/datascience"],
    r"""
throwaway for obvious reasons. posted in r/datascience and mods removed it so trying here.

i (29F) am an analyst at a property management company, [[ORG:Keystone Habitat LLC]], [[LOCATION:Phoenix]] area. our tenant screening score uses "eviction risk" and it pulls in zip code as a feature. [[LOCATION:85041]] tenants get auto-declined at like 3x the rate. raised it on [[DATE:June 12]] to my manager [[PERSON:trish]]. [[PERSON:trish]] said the vendor model is "certified". asked for the certificate, got a pdf logo.

EDIT: [[HANDLE:u/rentaldatagremlin]] dm'd me saying they worked at the vendor and the "certification" is a checkbox. thank you. EDIT 2: not naming the vendor here, [[HANDLE:u/frogsoup_77]] stop asking. EDIT 3: hr called me in. [[PERSON:Trish Maloney]] was there. nobody said the word reddit but we all knew.
""",
)
S(
    "NOTHING IDENTIFYING: forum-style post, roles only ('the CTO', 'our VP'), tools, acronyms, weekdays, "
    "durations; ordinary words that are names elsewhere ('joy', 'lucky', 'patience', 'faith', 'justice').",
    ["joy", "lucky", "patience", "faith", "justice"],
    r"""
Long time lurker. ML engineer at a mid-size e-commerce place. Our CTO got very excited about using ChatGPT to write rejection reasons for seller applications. Fine, except the prompt includes the seller's name and country, and I ran a test: same application, different names, and the rejection rate moved by 9 points. I showed it at the Thursday demo. The VP of Product said it was "a fun finding" and asked if we could fix it with a better prompt. We added "be fair" to the prompt. I'm not joking. The rate moved by 7 points instead of 9. I have lost patience and frankly faith in this. Some days I feel lucky to have a job, some days I feel I am doing quiet injustice at scale. No joy either way. Does anyone have a template for writing this up for legal?
""",
)

S(
    "Ghanaian English (Accra): Nana inside the name, Auntie outside, GhanaPost digital address as LOCATION, "
    "neighbourhood, Ghanaian mobile, company, date, Twi phrase.",
    [],
    r"""
Chale, let me just say it. I'm an analyst at [[ORG:Sika Pay Ghana Ltd]], office at [[LOCATION:Osu]], [[LOCATION:Accra]] ([[LOCATION:GA-183-8164]]). On [[DATE:4th December 2023]] my boss [[PERSON:Nana Ama Boateng]] told me to score merchants for a loan using their mobile money transactions with their customers, including customers' names and what they buy at the pharmacy. Auntie [[PERSON:Efua]] from compliance said the [[ORG:Data Protection Commission]] would never find out. Me, I said "ɛnyɛ" (it's not right). [[PERSON:Nana Ama]] said I should stop being a church girl. I built it with categories aggregated, no customer names. Then [[PERSON:Kwesi]] from the BI team added the names back "for explainability". I told him directly, called him on [[PHONE:024 000 1738]]. He removed them. Small thing but we did it.
""",
)
S(
    "Ethiopian English (Addis Ababa): Ethiopian-calendar date, Ethiopian names (given name + father's name), "
    "Ato/W/ro honorifics outside, district, company, Ethiopian mobile, Amharic phrase.",
    [],
    r"""
I work as data scientist at [[ORG:Abay Mobile Money]] in [[LOCATION:Addis Ababa]], the office near [[LOCATION:Bole Medhanialem]]. On [[DATE:Tir 12, 2016 E.C.]] Ato [[PERSON:Dawit Tesfaye]], our head of risk, asked me to add ethnicity to the agent fraud model. Not directly: he wanted the surname and the home region from the ID as features. I told him, "ይሄ ልክ አይደለም", this is how you build a list of who to blame. W/ro [[PERSON:Tigist Alemu]] from legal supported me, she wrote a two page note. [[PERSON:Dawit]] said the note was "political". In the end the region feature went in, the surname did not. Three months later there was a news story about agents from one region being suspended. [[PERSON:Tigist]] called me, [[PHONE:+251 91 000 4420]], and we both just stayed silent on the phone for a while.
""",
)

S(
    "Hungarian (Budapest): family-name-first Hungarian names (Kovács Eszter), Kft., district with Roman "
    "numeral, Hungarian date, Hungarian mobile, internal project code name.",
    [],
    r"""
Sziasztok. I'm a data engineer at [[ORG:Dunakód Kft.]], [[LOCATION:Budapest XIII. kerület]]. Our internal project "[[ORG:Vakond]]" is a scraper that collects public social media posts of job applicants for a client bank. My manager [[PERSON:Kovács Eszter]] said it is only public data, and the GDPR lawyer at the client, Dr. [[PERSON:Szabó]]... sorry, [[PERSON:Szabó Péter]], signed it off on [[DATE:2023. október 5]]. I looked at what [[ORG:Vakond]] actually stored: photos, political posts, posts by the applicants' children. I wrote to [[PERSON:Eszter]] with examples. She agreed and asked me to add filters. Filters were ready in two weeks, then the client said keep everything for "context". [[PERSON:Kovács]] told me to let it go. I asked to move to another project. Got it. [[ORG:Vakond]] is still running, as far as I know. If someone wants details: [[PHONE:+36 30 000 1144]], Signal.
""",
)
S(
    "Romanian English (Cluj-Napoca): Romanian names with diacritics and diminutive, SRL, Romanian date, "
    "city and neighbourhood, Romanian plate number as ID, e-mail.",
    [],
    r"""
Salut. Data analyst at [[ORG:Carpatix Fleet SRL]], a fleet telematics company in [[LOCATION:Cluj-Napoca]], office in [[LOCATION:Mărăști]]. On [[DATE:12 mai 2023]] my team lead [[PERSON:Ionuț Mihăilescu]] ([[PERSON:Nuțu]] for everyone) asked me to send a client the after-hours location of their drivers' cars, which the drivers are allowed to use privately. One driver, car [[ID:CJ 07 XYZ]], the client wanted to check if he was "working for competition" on weekends. I said the contract says private use is private. [[PERSON:Nuțu]] escalated to the director, [[PERSON:Doina Pop]], who decided to send it "just this once". I sent a message to the driver's union contact, [[EMAIL:sindicat.soferi@posta.example]], asking only whether drivers know how much we see. They didn't. Now there is a clause in the contracts. [[PERSON:Ionuț]] never found out it was me.
""",
)

S(
    "Teams log (Solna, Sweden) with 'Lastname, Firstname' speakers and Swedish date, Swedish plate, AB company, "
    "district, personnummer-like ID, Swedish mobile.",
    [],
    r"""
klistrar in från teams, [[DATE:2023-11-21]]:

[[PERSON:Lindqvist, Sara]] 09:41
Kan du köra fordonsdata för [[ID:ABC 123]] och [[ID:MLB 45F]]? HR vill veta var de åkte i tisdags
[[PERSON:Berg, Johan]] 09:44
Är det inte förare på sjukskrivning?
[[PERSON:Lindqvist, Sara]] 09:45
exakt, HR thinks they're faking

That's me, [[PERSON:Johan]]. I work in [[ORG:Norrväg Transport AB]] analytics, [[LOCATION:Solna]]. I didn't run it. I went to [[PERSON:Sara]] and said this is surveillance of sick employees and the union will eat us. She agreed after a while and said HR would "ask IT instead". Later I saw an IT ticket with one driver's personnummer [[ID:19800101-0000]] and the plate. I called the union rep, [[PHONE:070-000 12 34]]. I don't know what happened after.
""",
)
S(
    "NOTHING IDENTIFYING: pasted chat with role labels instead of names ('me', 'PM', 'lead'), clock "
    "times only, tools, durations; words that are names elsewhere ('summer', 'will', 'grant', 'chance').",
    ["summer", "will", "grant", "chance"],
    r"""
pasting from our chat, names replaced by roles:

PM 10:14: can we drop the consent check for the summer campaign, it kills conversion
me 10:15: the consent check is the law not a conversion problem
lead 10:16: what if we pre-tick the box
me 10:16: pre-ticked boxes are not consent
PM 10:20: legal will take weeks, we dont have weeks
lead 10:21: ok ship with pre-tick, revisit after

I didnt ship it. I told them I would not grant the marketing service access to the unconsented segment and I put it in writing in the ticket. The campaign launched two days late with the normal check. No chance anyone thanks me for that, but the PM stopped inviting me to planning. Small price. I would do it again.
""",
)

S(
    "Dutch English (Utrecht): particles (van der, de) as part of surnames, B.V., Dutch postcode address, "
    "IBAN-like number, BSN-like ID, Dutch date, mobile.",
    [],
    r"""
I am a data scientist at [[ORG:Vechtstroom Zorgdata B.V.]] ([[LOCATION:Kanaalweg 40, 3526 KM Utrecht]]). We build fraud scores for a municipality's welfare payments. On [[DATE:3 oktober 2023]] my manager [[PERSON:Daan van der Meulen]] asked me to add "dual nationality" and "single mother" as features because they "improve recall". I said after the toeslagenaffaire that is literally the thing we cannot do. [[PERSON:Van der Meulen]] said the municipality asked for it. Our contact there, [[PERSON:Fleur de Wit]], told me on the phone she never asked. I put it in an email to both. A week later one flagged case was a woman whose benefit was stopped, BSN [[ID:000000012]], IBAN [[ID:NL00 ABNA 0000 0000 00]]. [[PERSON:Fleur]] got the feature removed. [[PERSON:Daan]] stopped talking to me. Fine. Bel me: [[PHONE:06 0000 1288]].
""",
)
S(
    "SMS thread (Sydney): Australian mobile in the fiction range, nickname (Bazza) and full name, name that "
    "is a word (Robin beside 'round-robin'), suburb, postcode, company Pty Ltd, SMS header date.",
    ["round-robin"],
    r"""
texts between me and my old boss, copied:

[[PERSON:Bazza]] Fri [[DATE:17/05/2024]] 7:12pm
mate need the list of staff who used the union app on work phones. [[PERSON:Robin]] says mdm logs have it
me 7:30pm
thats not a list i'm comfortable making
[[PERSON:Bazza]] 7:31pm
not asking. [[PHONE:0491 570 156]] call me

Context: I was the data analyst at [[ORG:Southerly Freight Pty Ltd]], depot in [[LOCATION:Parramatta]] [[LOCATION:NSW 2150]]. MDM = device management, it logs app installs. [[PERSON:Robin Ngata]] from IT had already told me he would not pull it. We split the ask round-robin style between us so each of us could honestly say "I wasn't able to". [[PERSON:Barry Kowalski]] ([[PERSON:Bazza]]) went to the state manager. We both got written up for "attitude". The union found out anyway. Complaint to the [[ORG:Fair Work Ombudsman]] pending.
""",
)

S(
    "Argentine Spanish (Buenos Aires): 'che', nickname with article, DNI number, neighbourhood, Argentine "
    "mobile with 15 prefix, S.A., Spanish date, e-mail.",
    [],
    r"""
Che, les cuento algo que me pasó. Trabajo de data analyst en [[ORG:Cuotas Ya S.A.]], oficina en [[LOCATION:Palermo Hollywood]], [[LOCATION:CABA]]. El [[DATE:14 de febrero de 2024]] mi jefe, [[PERSON:Martín Sosa]] (el "[[PERSON:Tano]]"), me pidió un modelo de cobranza que prioriza llamar a la gente que recibe la AUH, porque "cobran seguro el día 10". DNI [[ID:30.000.123]] era un ejemplo en el brief, una señora con 4 hijos. I said que eso es usar ayuda social para presionar a los más vulnerables. El [[PERSON:Tano]] me dijo "no seas ingenua, nena". Le escribí a la gerenta, [[PERSON:Carla Ibáñez]], a [[EMAIL:cibanez@cuotasya.example]]. Nunca respondió. The model went live in [[DATE:March]]. Me fui en [[DATE:abril]]. If you're a collector from there: [[PHONE:11 15 0000 4432]] (whatsapp).
""",
)
S(
    "Tamil-English (Chennai): 'anna' after a name as honorific (outside) beside 'Anna Nagar' as a place, "
    "Aadhaar-like number, Indian mobile, Pvt Ltd, Indian date, lower-case names.",
    [],
    r"""
ok this happened at [[ORG:Thendral Health Tech Pvt Ltd]], our office is in [[LOCATION:Anna Nagar]], [[LOCATION:Chennai]]. i am the ML guy for a diabetes app. on [[DATE:21/08/2023]] [[PERSON:karthik]] anna (product head, everyone calls him anna) told me insurance partner wants the HbA1c readings + aadhaar for "premium personalisation". sample row had aadhaar [[ID:2000 0000 0017]] and the readings and even the user's diet photos. i said our consent screen says "never shared with insurers", literally those words. [[PERSON:karthik]] anna said consent screen will be updated, retroactive. i asked [[PERSON:priya]] from legal, she said retroactive consent is not a thing, write it down. i wrote it down and sent to the CEO [[PERSON:S. Venkatesh]]. share got paused. two months later they updated consent screen and it started again, only for new users. better than nothing i guess? my no [[PHONE:98400 00219]] if someone from the partner side wants to talk
""",
)

S(
    "Sri Lankan English (Colombo): numbered Colombo postal district, Sinhala names with initials-first "
    "style ('W.A. Perera'), company, Sri Lankan NIC, mobile, date.",
    [],
    r"""
I work as an analyst at [[ORG:Lankapura Insurance PLC]], head office in [[LOCATION:Colombo 03]]. In [[DATE:January 2024]] our deputy GM, [[PERSON:W.A. Perera]], wanted to use the garment workers' union membership list (which we got from an employer client) to set higher health premiums for "activists", because they "claim more". Members had NIC numbers like [[ID:199012345678]] in the file. I told [[PERSON:Perera]] sir that this is discrimination and the employer gave the list for a group policy, not for pricing. My colleague [[PERSON:Dilani]] supported me quietly. Mr. [[PERSON:Perera]]... he took it to the actuarial team himself. I wrote to the compliance head and copied [[PERSON:Dilani Jayasuriya]]. Pricing change was "deferred". Later I heard it was done through a different factor. I left in [[DATE:May]]. [[PHONE:077 000 3391]] still my number.
""",
)
S(
    "NOTHING IDENTIFYING: SMS-style exchange with 'boss' and 'me', times only, weekdays, relative dates, "
    "tools; 'Will' at line start, 'Dawn' as a word ('at dawn'), 'a bill', 'mark'.",
    ["Will", "at dawn", "a bill", "mark"],
    r"""
boss 06:10: need the overnight numbers before the exec call
me 06:12: the pipeline failed at dawn, numbers are half a day short
boss 06:13: extrapolate
me 06:15: if i extrapolate it looks like we hit target, we didnt
boss 06:16: Will you just do it please
me 06:20: ill send actuals with a note

Sent actuals. Exec call went fine, nobody died. Next week he asked a junior to "fix the mark" on a dashboard so that the red line started at 80 instead of 0. The junior asked me. I said dont, and if he insists send it in writing. He didnt insist. I think half of this job is making people write things down. The other half is knowing you may be handed a bill for it later.
""",
)

S(
    "Beijing (Chinese-English): Xiao outside, family-name-first names, Chinese date, Zhongguancun, "
    "company Co., Ltd., Chinese landline, WeChat ID as HANDLE, internal project code name.",
    [],
    r"""
I was algorithm engineer at [[ORG:Beijing Xingyun Data Technology Co., Ltd.]] in [[LOCATION:Zhongguancun]]. Internal project name "[[ORG:Qingting]]" (dragonfly): a credit model for gig drivers using their ride data. On [[DATE:2024年3月8日]] my manager [[PERSON:Wang Lei]] asked to add "complaint sensitivity": drivers who ever complained to the platform get lower scores. Xiao [[PERSON:Li]], new graduate, had to write the feature. She asked me. I told her to ask [[PERSON:Wang]] for written request. [[PERSON:Wang Lei]] sent it on WeChat only. I screenshot it. Later I sent the screenshot to a journalist through WeChat ID [[HANDLE:lanqiu_2024]]. Nothing published. [[ORG:Qingting]] went live. Xiao [[PERSON:Li]] left after 4 months. If anyone wants the document, office number was [[PHONE:010-0000 6688]], ask for the risk group, they will know who.
""",
)
S(
    "Moroccan French/Darija (Casablanca): 'Si' outside, neighbourhood, SARL, Moroccan CIN, Moroccan mobile, "
    "French date, e-mail with a name inside.",
    [],
    r"""
Salam. Je suis data analyst chez [[ORG:Atlas Recouvrement SARL]], à [[LOCATION:Maârif]], [[LOCATION:Casablanca]]. Le [[DATE:2 février 2024]], Si [[PERSON:Mohammed Benjelloun]], le directeur, nous a demandé de croiser les débiteurs avec leurs contacts Facebook pour appeler la famille. Wakha, I know collection is collection, but the file had CIN [[ID:BE000123]] and photos of wives and daughters. I said to him, this is not allowed, [[ORG:CNDP]] exists. He said "[[ORG:CNDP]] ma kaynach f recouvrement". My colleague [[PERSON:Salma]] wrote to [[EMAIL:m.benjelloun@atlas-recouvrement.example]] with me in copy, very politely. [[PERSON:Benjelloun]] called us both into his office. He did not fire anyone but the project continued with a freelancer. [[PERSON:Salma]] left. Me I'm still there, I need the salary. [[PHONE:06 00 00 12 34]] si quelqu'un veut parler.
""",
)

S(
    "Ask-HN-style post (Austin): US city with state abbreviation and ZIP, company Inc., SSN-like number in an "
    "invalid range, URL with scheme, date in US numeric format, initials 'J.'.",
    [],
    r"""
Ask: how do you push back on "shadow KYC"?

I'm a data engineer at [[ORG:Tillpoint Inc.]] ([[LOCATION:Austin, TX 78701]]). On [[DATE:9/14/2023]] my skip-level, [[PERSON:J.]] (won't give the full name), asked me to build a pipeline that matches our free-tier users to a data broker's file to get SSNs, so sales can pre-qualify them for our lending product. Broker sample included [[ID:900-00-1234]] style records with home address and estimated income. The broker's marketing page is [[URL:https://peoplelens.example/enterprise]] if you want to be horrified. I raised it with our privacy counsel, [[PERSON:Dana Whitcombe]]. [[PERSON:Dana]] said the contract "probably" covers it. [[PERSON:J.]] said I was being "a blocker". I built the pipeline with a hard filter on explicit opt-in. Zero matches. [[PERSON:J.]] escalated. I'm writing this from my last week there.
""",
)
S(
    "Kazakh/Russian English (Almaty): patronymic full name, IIN number, district and street address in "
    "post-Soviet format, Kazakh mobile, company LLP, Russian date, Telegram handle.",
    [],
    r"""
Я работаю аналитиком в [[ORG:Dala Score LLP]], office on [[LOCATION:ул. Жандосова 58, Бостандыкский район, Алматы]]. On [[DATE:21 ноября 2023]] our CEO, [[PERSON:Aigerim Serikovna Nurlanova]], told us to add a feature: whether the applicant's phone has apps of opposition media. She said it is "risk of instability". IIN of applicants ([[ID:900101300000]]) was the key to the telco file. I asked [[PERSON:Aigerim Serikovna]] to put it in writing. She did not. My colleague [[PERSON:Yerlan]] said he will build it, no problem. I wrote down what happened and sent it to a lawyer I know, on telegram [[HANDLE:@zanger_kz]]. He said nobody will take the case. So I only refused my part. [[PERSON:Yerlan]] got a bonus. I moved to a bank in [[LOCATION:Astana]], my number [[PHONE:+7 701 000 2345]] if you are in the same situation.
""",
)

S(
    "Ugandan English (Kampala): neighbourhood (Kololo), Ugandan mobile in international format, Luganda "
    "phrase, names with clan-style surnames, company, date with ordinal, NIN.",
    [],
    r"""
Eh, this one still pains me. I was a data scientist at [[ORG:Enkuba Agritech]] in [[LOCATION:Kololo]], [[LOCATION:Kampala]]. On the [[DATE:7th of June 2023]], [[PERSON:Mukasa]] (our founder, [[PERSON:Daniel Mukasa Ssempijja]]) asked me to sell our farmers' location and yield data to a land investor. The farmers signed up for weather alerts, not for that. Their NINs like [[ID:CM90000000ABCD]] were in the table. I told him "kino si kituufu", it is not right. [[PERSON:Daniel]] said the investor is a friend and will "help the farmers". Our field officer [[PERSON:Nakato]] told me two families were already visited by people asking to buy their land. I refused to prepare the export. He got it from [[PERSON:Ssempijja]]'s cousin who has admin access. I called a journalist friend from [[PHONE:+256 772 000 456]]. No story yet.
""",
)
S(
    "NOTHING IDENTIFYING: bullet timeline with relative dates, weekdays and durations only; job titles, "
    "tools, acronyms; 'Summer' at line start as a season, 'Hope' at sentence start, 'Will' modal.",
    ["Summer", "Hope", "Will", "Grace"],
    r"""
how it went, roughly:
- week 1: new head of analytics asks for "one number" for customer happiness
- week 2: NPS is flat. she asks me to drop the detractors who "didn't read the question"
- week 3: i refuse in a 1:1 on a Tuesday. she says ok, then asks the junior analyst
- week 5: deck to the board shows NPS up 12 points
- Summer: board gives the team a bonus pool. i get the same bonus, which feels gross
- a month later: i write an anonymous note to the internal ethics inbox
- two months later: "thank you, we have reviewed the matter"
Hope is a strategy, they say. Will i leave? probably next year. Grace under pressure is overrated. mostly i'm tired and i don't trust dashboards i didn't build myself
""",
)

S(
    "Persian/English (Tehran): Solar Hijri date in Persian script and transliterated, Persian names with "
    "'Agha' and '-jan' around them (outside), district, company, Iranian mobile, national code.",
    [],
    r"""
I was data scientist at [[ORG:Setareh Pay]], a payments startup in [[LOCATION:Tehran]], office in [[LOCATION:Saadat Abad]]. On [[DATE:۱۴ مهر ۱۴۰۲]] ([[DATE:14 Mehr 1402]]) our CTO Agha [[PERSON:Bahram]] said "an organisation" wants the list of users who donated to a certain fundraiser, with their national code (کد ملی), like [[ID:0010000001]], and phone numbers. I knew what it means. I said I don't have access, which was half true. [[PERSON:Maryam]]-jan, my team lead, covered for me, she said the export tool is broken. [[PERSON:Bahram Karimi]] got it from the DBA anyway. I left the country four months later. I don't know what happened to the donors. [[PERSON:Maryam Rostami]] is still there. I changed my number, old one was [[PHONE:0912 000 3456]]. I write this so someone knows.
""",
)
S(
    "Scottish NHS analyst (Glasgow): Grace as a person beside 'grace period', health board (real), "
    "postcode district and full postcode, UK landline in the drama range, www. URL, date.",
    ["grace period"],
    r"""
I'm an information analyst in a health board team. Around [[DATE:October 2023]] a private GP-at-scale provider we work with, [[ORG:Clydeview Primary Care Ltd]], asked for our waiting-list extract "for capacity planning" and their data manager, [[PERSON:Grace McAllister]], wanted CHI numbers in it. CHI is the patient identifier. There was no data sharing agreement, only an email saying one was "in the grace period while legal finalise". I said no CHI without the agreement. [[PERSON:Grace]] escalated to my service manager, who told me to use my judgement, which meant: your fault if it goes wrong. I sent a pseudonymised extract. Later I saw their website, [[URL:www.clydeview-care.example/self-referral]], offering "fast-track" appointments to patients in [[LOCATION:G12]], around [[LOCATION:Byres Road]]. They were using our list to market to them. I reported to [[ORG:NHS Greater Glasgow and Clyde]] information governance ([[PHONE:0141 496 0000]]). [[PERSON:McAllister]] left their company not long after.
""",
)

S(
    "Thai English (Bangkok): P' (elder-sibling) prefix outside, nickname beside a full Thai name, Thai ID, "
    "Buddhist-era date, district, company Co., Ltd., bare-host URL, Thai mobile.",
    [],
    r"""
I work as data analyst at [[ORG:Siam Loyalty Co., Ltd.]], office in [[LOCATION:Sathorn]], [[LOCATION:Bangkok]]. On [[DATE:15 มีนาคม 2567]] P'[[PERSON:Nok]] (my team lead, [[PERSON:Chanida Srisuk]]) asked me to match our loyalty members to a list of people who signed a petition online, from [[URL:petition-mirror.example/th/1122]], to "remove risky customers" before a partnership with a government bank. I did not understand at first. Then I saw the petition was political. Members had Thai ID like [[ID:1-1000-00000-00-1]] so matching was easy. I told P'[[PERSON:Nok]] I am not comfortable. She said "mai pen rai, just data". Later she told me her boss, Khun [[PERSON:Somchai]], wants it done. I made a mistake in the join on purpose, honestly. It matched nobody. Nobody asked again. If I did right I am still not sure. Line or [[PHONE:081 000 4567]].
""",
)
S(
    "Signal group paste (Lisbon, Portuguese): Signal usernames (name.42) as HANDLE, speaker names, "
    "Portuguese date in chat header, freguesia, Lda company, NIF-like tax number, https URL.",
    [],
    r"""
do nosso grupo no signal, [[DATE:28/06/2023]]:

[[PERSON:Rui]] ([[HANDLE:rui.42]]): a câmara quer o mapa de onde os turistas dormem. por prédio.
[[PERSON:Inês]] ([[HANDLE:ines_m.07]]): isso identifica os alojamentos ilegais E as famílias ao lado
[[PERSON:Rui]]: eles dizem que é para fiscalização

Context: I'm [[PERSON:Inês]], researcher at [[ORG:Mapa Vivo Lda]], a small geodata company in [[LOCATION:Arroios]], [[LOCATION:Lisboa]]. We had phone location data from a tourism app. The city hall contract (NIF [[ID:500000000]] on the invoice) was about "flows", not buildings. [[PERSON:Rui Valente]], our CEO, was ready to do building level. I wrote a short note with a demo that I could find my own flat. He read it and we sent 250 m grid only. The public dashboard is [[URL:https://fluxos.mapavivo.example/lisboa]] and it is grid. Small victory, I think.
""",
)

S(
    "US big-tech style (Seattle): go-link and bit.ly short link as URL, internal code name, initials "
    "without stops, employee ID, date, Slack channel handle, @mention.",
    [],
    r"""
writing this on my phone in the parking garage. im an ML eng at [[ORG:Cobaltline]] in [[LOCATION:South Lake Union]]. our ad model "[[ORG:Project Wren]]" got a fairness review doc at [[URL:go/wren-fairness]] that literally says "N/A: model does not use protected attributes". it uses zip + first name embeddings. on [[DATE:Aug 29]] i posted the audit in [[HANDLE:#wren-launch]] and tagged [[HANDLE:@mkhoury]]. [[PERSON:MK]] (my director) replied "lets take this offline". offline = a 1:1 where he said im "not aligned". he had HR note my employee ID [[ID:E-448120]] in a "performance conversation". i saved my audit to a personal doc and shared a bit.ly with a friend at a civil rights org ([[URL:bit.ly/3wrnAud1t]]). [[ORG:wren]] launched [[DATE:Sept 12]]. im interviewing. if you're at [[ORG:Cobaltline]] and reading this you know which team
""",
)
S(
    "Chilean Spanish (Santiago): RUT number, comuna, SpA company, Chilean mobile, Spanish date with weekday "
    "(weekday outside), https URL, nickname, lower-case name after 'la'.",
    [],
    r"""
Hola, soy data scientist en [[ORG:Cordillera Seguros SpA]], en [[LOCATION:Providencia]], [[LOCATION:Santiago]]. El lunes [[DATE:8 de enero de 2024]] el gerente comercial, [[PERSON:Rodrigo Larraín]] ([[PERSON:Rorro]]), pidió que el modelo de precios de seguros de salud use las compras en farmacia que nos vende un retailer, con el RUT como llave, ej. [[ID:12.345.678-5]]. Compras de antidepresivos, de tests de embarazo. Le dije que eso no pasa ningún comité de ética, and that the clients never agreed. la [[PERSON:cata]] de legal me apoyó, she sent him the article from [[URL:https://www.leychile.example/navegar?idNorma=141599]]. [[PERSON:Rorro]] dijo que el retailer "ya anonimizó". It was pseudonymised with the RUT. The project was paused, not killed. [[PERSON:Catalina]] y yo tenemos un chat solo para esto. Mi cel: [[PHONE:+56 9 0000 1234]].
""",
)

S(
    "Italian English (Milan): Dott.ssa and Ing. outside, S.r.l., codice fiscale, Milan neighbourhood and "
    "CAP, Italian date, internal URL with path, Italian mobile.",
    [],
    r"""
Lavoro come data analyst in [[ORG:Navigli Retail Analytics S.r.l.]], [[LOCATION:Via Vigevano 22, 20144 Milano]]. Il [[DATE:16 novembre 2023]] la Dott.ssa [[PERSON:Francesca Colombo]] (my boss) asked for a "loyalty" segmentation using the in-store Wi-Fi MAC addresses to follow customers between shops, also into the pharmacy next door which is a partner. The spec on [[URL:intranet.navigliretail.example/progetti/wifi-trace]] said "dati anonimi". MAC like [[ID:00:00:5E:00:53:2A]] is not anonymous, I said. Ing. [[PERSON:Bruno Esposito]] from IT agreed with me. [[PERSON:Colombo]] said the [[ORG:Garante]] is busy with bigger things. We proposed hashing with daily rotating salt. She accepted, surprisingly. I still don't know if the pharmacy part was cut. codice fiscale of the customer in the test file: [[ID:RSSMRA80A01F205X]]. yes they had that too. [[PHONE:+39 333 000 1122]].
""",
)
S(
    "Nepali English (Kathmandu): Bikram Sambat date, 'dai' and 'didi' after names outside, neighbourhood, "
    "Nepali mobile, NGO, citizenship number with slashes, URL.",
    [],
    r"""
I am M&E officer at [[ORG:Sagarmatha Digital Health]], office in [[LOCATION:Baluwatar]], [[LOCATION:Kathmandu]]. On [[DATE:2080 Baisakh 15]] [[PERSON:Suman]] dai, our program director, asked me to share the TB patients list with a donor's consultant for an "impact story". Names, citizenship numbers ([[ID:27-01-74-01234]]), village, photos. The consultant wanted to visit patients' homes for video. I said TB has stigma in villages, the consent form says data for treatment only. [[PERSON:Suman Adhikari]] said the donor pays salaries. [[PERSON:Pooja]] didi from the field team said she will ask patients directly, with a new consent form. Only 3 of 40 agreed. The story was published on [[URL:https://donor-stories.example/nepal-tb-hope]] with the 3. I think that is how it should be. [[PERSON:Suman]] dai was angry for a month. My number [[PHONE:984-0000123]].
""",
)

S(
    "Greek English (Athens): Greek name in Greek script and Latin, neighbourhood, AFM tax number, IKE "
    "company, Greek date, Greek mobile, e-mail in spelled-out form.",
    [],
    r"""
Γεια. I'm a data engineer at [[ORG:Orizontas Analytics IKE]], [[LOCATION:Kerameikos]], [[LOCATION:Athens]]. On [[DATE:23 Μαρτίου 2024]] our founder [[PERSON:Γιώργος Παπαδάκης]] ([[PERSON:Giorgos Papadakis]] on the website) asked me to build a tenant blacklist for landlords from court case data and social media. Tenants who joined a housing protest group would get a "conflict" flag. The test list had a woman's AFM [[ID:000000000]] and her kids' school. I said no. [[PERSON:Giorgos]] said all startups in [[LOCATION:Exarcheia]] do crazier things. The only one who backed me was [[PERSON:Eleni]]. We wrote a note to the investors together. If you know investors there, you can reach me at [[EMAIL:anonymous.dataeng at mailbox dot example]]. The feature got renamed, not removed. [[PHONE:690 000 0000]] is my old work number, do not call, it is now [[PERSON:Papadakis]]'s.
""",
)
S(
    "NOTHING IDENTIFYING: forwarded e-mail with the writer's own redactions ('[removed]'), role names in "
    "headers, weekday and time only; 'Rose' and 'Bill' as ordinary words ('rose', 'the bill'), 'Jack' in "
    "'jack of all trades'.",
    ["rose", "the bill", "jack of all trades", "Will"],
    r"""
--- forwarded ---
From: [removed], Head of Growth
Sent: Thursday 08:12
To: Data team
Subject: churn numbers for the investor update

Team, the churn number in the draft is "technically correct" but not helpful. Please use the cohort that excludes customers who left after the price rise, the rest of us will explain it verbally.
Thanks
--- end ---

Context: I'm the only analyst, jack of all trades. Churn rose from 3% to 7% after the price rise. The "cohort" he wanted was basically customers who had not yet received the bill with the new price. I replied that I could add both numbers with a footnote. He accepted the footnote, then deleted it from the slide. Will I say something to the investors? I don't talk to them. I saved my email, that's all I have.
""",
)

S(
    "Singlish (Singapore): NRIC-like number, HDB block address with postal code, +65 mobile, Pte. Ltd., "
    "date, Telegram handle, name with 'Ah' prefix nickname.",
    [],
    r"""
Wah this one sian. I'm data analyst at [[ORG:Merlion Staffing Pte. Ltd.]], office at [[LOCATION:Blk 123 Toa Payoh Lorong 1, #08-456, Singapore 310123]]. [[DATE:20 Feb 2024]] my boss [[PERSON:Ah Seng]] ([[PERSON:Tan Ah Seng]], director) ask me to build "reliability score" for foreign workers using how often they call home, from the company phones. Also sort by NRIC/FIN like [[ID:G0000000X]]. I say boss this one cannot lah, PDPA. He say "they sign contract what". My kaki [[PERSON:Priscilla]] in HR also say cannot. We go to the compliance guy together. End up they drop the call feature but keep "attendance anomalies". Lesser evil can or not, I don't know. Workers' group can reach me on telegram [[HANDLE:@quietkaki_sg]] or [[PHONE:+65 8000 0123]].
""",
)
S(
    "Kinyarwanda-English (Kigali): neighbourhood, Rwandan mobile, national ID, company Ltd, date, "
    "a teknonym ('Mama Keza', with Mama outside as elsewhere), e-mail.",
    [],
    r"""
Muraho. I am a data scientist at [[ORG:Imena Health Ltd]], office in [[LOCATION:Kimihurura]], [[LOCATION:Kigali]]. On [[DATE:11 July 2023]] our COO, [[PERSON:Jean-Paul Habimana]], asked me to give an insurance partner the list of our app users who did HIV tests, with the results, "to design products". National IDs like [[ID:1 1990 8 0000000 0 00]]. I said the consent says results never leave the clinic system. [[PERSON:Jean-Paul]] said the partner signed an NDA so it's fine. Our head nurse, everyone calls her Mama [[PERSON:Keza]], said if this is known no woman will test with us again. She was right. We wrote together to the board, from [[EMAIL:imena.concerned@mail.example]]. The board stopped it. [[PERSON:Habimana]] was moved to another role. I am proud of this one, honestly, because of Mama [[PERSON:Keza]]. Call [[PHONE:078 000 1234]] if you need advice.
""",
)

S(
    "Forwarded e-mail (Georgia, US) with full headers and signature: 'Hope' as a person beside 'I hope', "
    "several e-mail addresses, US phone with extension, company, date in header, URL in signature.",
    ["I hope", "hope you"],
    r"""
-----Original Message-----
From: [[PERSON:Hope Adeyemi]] <[[EMAIL:hadeyemi@peachstate-benefits.example]]>
Sent: Monday, [[DATE:April 8, 2024]] 4:51 PM
To: [[PERSON:Marcus Bell]] <[[EMAIL:mbell@peachstate-benefits.example]]>
Cc: Analytics <[[EMAIL:analytics@peachstate-benefits.example]]>
Subject: RE: denial model thresholds

[[PERSON:Marcus]], I hope you saw my note. The threshold change denies 2,300 more claims a month and the appeal data shows most are overturned. I can't sign off.
[[PERSON:Hope]]
[[PERSON:Hope Adeyemi]] | Senior Analyst | [[ORG:Peachstate Benefits Group]]
[[PHONE:(404) 555-0175]] ext. 212 | [[URL:peachstate-benefits.example]]

I'm [[PERSON:Hope]]. [[PERSON:Marcus]] answered in person: sign off or he'd find someone who would. I didn't. He found someone. I filed with the [[LOCATION:Georgia]] insurance commissioner two months later and I hope it goes somewhere.
""",
)


# --------------------------------------------------------------------------- checks

MARK = re.compile(r"\[\[([A-Z]+):([^\]|]+?)(?:\|([^\]]*))?\]\]")
NAME_KINDS = ("PERSON", "ORG", "LOCATION")
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
    "Zoom",
    "Notion",
    "dbt",
    "Kafka",
    "Postgres",
    "Git",
    "XGBoost",
    "ChatGPT",
    "Copilot",
    "Databricks",
    "Power BI",
    "Metabase",
)
# particles and name-internal honorifics that are ordinary words in other languages
PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "la",
    "da",
    "das",
    "dos",
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
    "y",
    "e",
    "mac",
    "st",
    "ben",
    "abu",
    "bint",
}
ALWAYS = ("UK", "US", "USA", "NHS")  # always a place or an organisation in this set
LEGAL = re.compile(
    r"\s+(?:GmbH|Ltd\.?|LLP|LLC|Inc\.?|B\.V\.|Sp\. z o\.o\.|S\.A\.(?:S\.)?|S\.A\. de C\.V\.|"
    r"A\.Ş\.|\(Pty\) Ltd|K\.K\.|AG|AB|A/S|Sdn\.? Bhd\.?|PLC|plc|SRL|S\.r\.l\.|Oy|AS|SAS|"
    r"\(Pvt\) Ltd|Pvt\.? Ltd\.?|IKE|FZ-LLC|DAC|SARL|SpA|Lda|Pte\. Ltd\.|PLC|Co\., Ltd\.?|JSC|OÜ|s\.r\.o\.|Kft\.|SpA|S\.p\.A\.|SE|NV|N\.V\.)$"
)
PREFIX = re.compile(r"^(?:Project|Operation|Team|Programme|Program|Squad)\s+", re.I)
INITIALS_END = re.compile(r"(?:^|[\s.\-])[A-ZÀ-Ý]\.$")
MIN_WORDS, MAX_WORDS = 60, 300


def words(s):
    return len(s.split())


def find_all(needle, text, flags=0):
    pat = rf"(?<![\w]){re.escape(needle)}(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pat, text, flags)]


def ok_ranges(text, ok):
    out = []
    for phrase in ok:
        hits = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), text, re.I)]
        if not hits:
            out.append(None)  # flagged by the caller: an ok phrase that is not in the story
        out.extend(hits)
    return out


def in_ok(ranges, a, b):
    return any(r is not None and r[0] <= a and b <= r[1] for r in ranges)


def needles_within(span):
    kind, v = span["entity_type"], span["entity_value"]
    out = set()
    if kind == "PERSON":
        for tok in re.split(r"[\s,]+", v):
            tok = tok.strip("'’")
            if len(tok.rstrip(".")) < 2 or tok.lower() in PARTICLES:
                continue
            out.add(tok)
    elif kind in ("ORG", "LOCATION"):
        out.add(v)
        if kind == "ORG":
            short = LEGAL.sub("", v)
            short = PREFIX.sub("", short)
            if len(short) >= 2:
                out.add(short)
    return out


def check_story(sid, text, spans, ok, problems):
    if "[[" in text or "]]" in text:
        problems.append(f"{sid}: leftover markup")
    n = words(text)
    if not MIN_WORDS <= n <= MAX_WORDS:
        problems.append(f"{sid}: {n} words, outside {MIN_WORDS}-{MAX_WORDS}")
    spans_sorted = sorted(spans, key=lambda s: s["start_position"])
    for a, b in itertools.pairwise(spans_sorted):
        if b["start_position"] < a["end_position"]:
            problems.append(f"{sid}: overlap {a['entity_value']!r} / {b['entity_value']!r}")
    for s in spans:
        v, kind = s["entity_value"], s["entity_type"]
        if text[s["start_position"] : s["end_position"]] != v:
            problems.append(f"{sid}: offset mismatch for {v!r}")
        if not v or v != v.strip():
            problems.append(f"{sid}: edge whitespace in {v!r}")
        first, last = v[:1], v[-1:]
        if not (first.isalnum() or first in "@#+("):
            problems.append(f"{sid}: leading punctuation in {v!r}")
        if not last.isalnum():
            if not (
                last == "."
                and (
                    INITIALS_END.search(v)
                    or LEGAL.search(" " + v.split(" ", 1)[-1])
                    or LEGAL.search(v)
                )
            ):
                problems.append(f"{sid}: trailing punctuation in {v!r}")
        if kind in NAME_KINDS:
            for tool in TOOLS:
                if find_all(tool, v):
                    problems.append(f"{sid}: tool name {tool!r} inside {kind} {v!r}")
    ranges = ok_ranges(text, ok)
    for phrase in ok:
        if not re.search(re.escape(phrase), text, re.I):
            problems.append(f"{sid}: ok phrase {phrase!r} not in the story")
    ranges = [r for r in ranges if r is not None]
    for s in spans:
        if s["entity_type"] not in NAME_KINDS:
            continue
        for needle in needles_within(s):
            for a, b in find_all(needle, text, re.I):
                if not overlaps(spans, a, b) and not in_ok(ranges, a, b):
                    ctx = text[max(0, a - 30) : b + 30].replace("\n", " ")
                    problems.append(f"{sid}: {needle!r} unlabelled: ...{ctx}...")


def cross_check(items, problems):
    needles = set(ALWAYS)
    for _, _, spans, _ in items:
        for s in spans:
            if s["entity_type"] not in NAME_KINDS:
                continue
            for n in needles_within(s):
                if s["entity_type"] == "PERSON":
                    if len(n) >= 4 and n[:1].isupper():
                        needles.add(n)
                elif len(n) >= 3 and n[:1].isupper():
                    needles.add(n)
    for sid, text, spans, ok in items:
        ranges = [r for r in ok_ranges(text, ok) if r is not None]
        for n in needles:
            for a, b in find_all(n, text):
                if not overlaps(spans, a, b) and not in_ok(ranges, a, b):
                    ctx = text[max(0, a - 30) : b + 30].replace("\n", " ")
                    problems.append(
                        f"{sid}: {n!r} is labelled elsewhere in the set but not here: ...{ctx}..."
                    )


def build():
    items, problems = [], []
    for i, (notes, ok, marked) in enumerate(STORIES, 1):
        sid = f"h6-{i:02d}"
        text, spans = parse(marked, MARK)
        for s in spans:
            s.pop("_form", None)
        check_story(sid, text, spans, ok, problems)
        items.append((sid, text, spans, ok))
        notes_by_id[sid] = notes
    cross_check(items, problems)
    return items, problems


notes_by_id: dict = {}


def main():
    items, problems = build()
    counts = {k: 0 for k in KINDS}
    empty = []
    for sid, _, spans, _ in items:
        for s in spans:
            counts[s["entity_type"]] += 1
        if not spans:
            empty.append(sid)
    if len(items) < 55:
        problems.append(f"only {len(items)} stories (need 55)")
    if len(empty) < 8:
        problems.append(f"only {len(empty)} stories with nothing identifying (need 8)")
    for k, c in counts.items():
        if c < 8:
            problems.append(f"only {c} {k} spans (need 8)")
    data = [
        {"full_text": text, "spans": spans, "id": sid, "notes": notes_by_id[sid]}
        for sid, text, spans, _ in items
    ]
    again = json.loads(json.dumps(data, ensure_ascii=False))
    for story in again:
        for s in story["spans"]:
            if story["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                problems.append(f"{story['id']}: offsets wrong after serialisation: {s!r}")
    wc = [words(t) for _, t, _, _ in items]
    print(
        f"{len(items)} stories, {min(wc)}-{max(wc)} words (mean {sum(wc) / len(wc):.0f}), "
        f"{sum(counts.values())} identifiers; nothing identifying: {', '.join(empty)}"
    )
    for k, c in counts.items():
        print(f"| {k} | {c} |")
    if problems:
        for p in dict.fromkeys(problems):
            print("PROBLEM:", p, file=sys.stderr)
        print(f"{len(problems)} problems; nothing written", file=sys.stderr)
        return 1
    out = Path(__file__).with_name("redaction_holdout6.json")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
