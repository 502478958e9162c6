"""Thirteenth holdout for the storyshare redaction engine, written blind.

The stories below were written without looking at the engine, its tests or any other
corpus. Each is a first-person workplace ethics story by a data practitioner, with every
identifying detail marked inline as [[KIND:text]]. Running this script removes the
markup, computes exact offsets, checks the labels and writes redaction_holdout13.json
next to itself. It exits non-zero if any check fails.

Every person, company, address, phone number, e-mail address, handle, URL and ID number
is fictional (555 numbers, 07700 900xxx, documentation IP ranges, .example domains); a few
well-known real organisations and places appear as a submitter would mention them.

Regenerate: python3 tests/data/make_holdout13.py
"""

import itertools
import json
import re
import string
import sys
import unicodedata
from collections import Counter
from pathlib import Path

# (id, notes, marked text)
STORIES = [
    (
        "h13-01",
        "rushed lower-case phone text, UK; lower-case firm, city and nickname names, abbreviated dates, an e-mail",
        """
ok so quick one bc im on the bus. im a data analyst at [[ORG:zipcart]] (grocery delivery, [[LOCATION:leeds]] + [[LOCATION:bradford]]) and my manager [[PERSON:gaz]] asked me 2 drop the rider accident rows from the monthly safety dashbord before it goes to the council. like literally filter out anything tagged 'minor' so the number looks smaller for the licence renewal on [[DATE:14 jan]]. i said wont that be kinda misleading and he goes 'its not lying its scoping' lol. [[PERSON:gaz]] n [[PERSON:becca h]] from ops both reckon nobody reads the footnotes anyway. theres one rider, [[PERSON:tomasz]], who came off his bike on the ring road in [[DATE:oct]] n broke his wrist n thats tagged minor too bc he didnt go to A&E til the next day. i still have the raw export on my laptop. do i just do it n put a note in small print? or email the council person myself ([[EMAIL:licensing.team@leeds-council.example]])?? idk if thats whistleblowing or just me being dramatic. pretty sure its against our own data policy v3 but nobody has read that either. [[PERSON:becca]] says keep my head down til my probation ends
""",
    ),
    (
        "h13-02",
        "WhatsApp export with [dd/mm/yyyy, hh:mm] headers, Brazilian Portuguese then English; CEP postcode, neighbourhood, city, firm, nickname",
        """
[[DATE:03/11/2025]], 09:14 - [[PERSON:Rafa Bittencourt]]: bom dia! o modelo novo de crédito subiu ontem à noite
[[DATE:03/11/2025]], 09:15 - Eu: vi. mas o [[PERSON:Caio]] colocou o CEP como feature de novo
[[DATE:03/11/2025]], 09:15 - [[PERSON:Rafa Bittencourt]]: a diretoria aprovou, relaxa
[[DATE:03/11/2025]], 09:17 - Eu: [[PERSON:Rafa]], o CEP [[LOCATION:08490-000]] é [[LOCATION:Guaianases]] inteiro. a gente tá cobrando juros maiores por bairro
[[DATE:03/11/2025]], 09:20 - [[PERSON:Rafa Bittencourt]]: o AUC subiu 4 pontos. ninguém vai reclamar disso

That is the whole conversation. I am a data scientist at [[ORG:Crediverde]], a small lender in [[LOCATION:São Paulo]]. The postcode feature is basically a proxy for race and income in this city, and the LGPD says we must be able to explain automated decisions to the customer. [[PERSON:Caio]] is a good engineer, he just wants the number to go up, and [[PERSON:Rafa]] is my lead and his friend since university. I could retrain without the CEP and show the loss is small, but then I am going against a decision the board already signed. Should I escalate to the DPO directly, or first try to convince them with numbers?
""",
    ),
    (
        "h13-03",
        "Slack export with channel handle, display names and times; a user ID, a ticket number that does not exist, a named executive",
        """
Exported from our Slack so you can see I'm not making it up:

[[HANDLE:#analytics-requests]]
[[PERSON:Ravi Menon]]  10:02 AM
can someone pull the last 90 days of login + VPN events for employee [[ID:448213]]? legal asked
[[PERSON:Svetlana K]]  10:05 AM
which legal? I don't see a ticket
[[PERSON:Ravi Menon]]  10:06 AM
it's for [[PERSON:Marcus]], he's pretty sure she's the one leaking the roadmap. just DM it to me
[[PERSON:Svetlana K]]  10:09 AM
I need a [[ID:SEC-2291]] style request at least
[[PERSON:Ravi Menon]]  10:10 AM
[[ID:SEC-2291]] is closed, use that one, nobody checks

I'm [[PERSON:Svetlana]] (everyone calls me [[PERSON:Sveta]]), senior analyst in the people analytics team at [[ORG:Northwind Logistics]]. The employee in question is a woman on the product team who filed a complaint about [[PERSON:Marcus]] two weeks ago. I'm fairly sure this is retaliation dressed up as an investigation. [[PERSON:Ravi]] is not my manager but he is [[PERSON:Marcus]]'s chief of staff and he sits in on my reviews. Do I refuse in writing, go to the ethics hotline, or quietly tell HR and hope it stops there?
""",
    ),
    (
        "h13-04",
        "Teams chat with 'Surname, Given' headers and a date line; Dutch firm with B.V., an employee number, Dutch city and postcode",
        """
Teams, Tuesday [[DATE:9 September 2025]]

[[PERSON:de Wit, Maarten]] 14:31
Kun je de churn-lijst vóór vrijdag aanleveren? Sales wil bellen.
[[PERSON:Oyelaran, Funmi]] 14:33
Sure. But the list includes the people who opted out of marketing calls last spring
[[PERSON:de Wit, Maarten]] 14:34
Die zitten er altijd in. Niemand klaagt.
[[PERSON:Oyelaran, Funmi]] 14:36
The opt-out flag is in the table, it's one WHERE clause
[[PERSON:de Wit, Maarten]] 14:40
[[PERSON:Funmi]], gewoon leveren aub. Ik neem het op me.

I'm [[PERSON:Funmi]], a Nigerian analyst working at [[ORG:Kleurrijk Energie B.V.]] in [[LOCATION:Utrecht]] on a work permit, so I am very careful with anything that could cost me this job. [[PERSON:Maarten]] is my team lead. He says he takes responsibility but my name (staff no. [[ID:NL-70342]]) is on the query log, not his. The customers who opted out are often elderly people in [[LOCATION:3511 AB]] and around the old town who told us explicitly not to phone them. Is it enough to send him an email stating my concern and then do it, or should I just add the filter and say nothing?
""",
    ),
    (
        "h13-05",
        "Signal chat with first names and emoji, researcher at a university lab; a phone number in UK national format, a consent-form grant reference",
        """
from signal, names changed by nobody because I'm too tired:

[[PERSON:Hope]]: did u see the consent forms for wave 2 only cover the survey not the voice recordings
me: yes. Dr [[PERSON:Okafor]] says it's covered by the original ethics approval
[[PERSON:Hope]]: the original approval is for text only!! ref [[ID:ERC-2023-0417]]
me: I know
[[PERSON:Hope]]: ring me 🙏 [[PHONE:07700 900318]]

Context: I'm a postdoc on a speech-and-mental-health project at [[ORG:University of Bristol]]. We recorded about 300 participants talking about their week and the PI, [[PERSON:Chidi Okafor]], now wants to train an emotion classifier on the audio and share it with an industry partner, [[ORG:Lumen Vox Health]]. [[PERSON:Hope]] is the other postdoc; she's on a visa too and doesn't want to be the one to raise it. I've drafted an email to the ethics committee but I keep not sending it. Hope you can tell me whether amending approval after the fact is a normal thing or whether I'm about to blow up a career (mine or his).
""",
    ),
    (
        "h13-06",
        "Telegram chat in Ukrainian (Cyrillic) with English narrative; names in Cyrillic and Latin, ТОВ suffix, Polish city, a date in Ukrainian",
        """
Telegram, group "ML core" (translated bits in brackets):

[[PERSON:Олег Литвиненко]], 18:02: треба до [[DATE:15 грудня]] здати модель розпізнавання облич для клієнта [the face model is due for the client by [[DATE:15 December]]]
me, 18:05: а датасет? там фото з соцмереж без згоди
[[PERSON:Олег Литвиненко]], 18:06: не драматизуй. всі так роблять
[[PERSON:Ірина]], 18:09: я теж проти, [[PERSON:Олеже]]

I'm an ML engineer at [[ORG:ТОВ Світлокод]], a Ukrainian outsourcing company; half of us moved to [[LOCATION:Wrocław]] in [[DATE:2022]] and the rest are still in [[LOCATION:Lviv]]. [[PERSON:Oleh]] is our CTO. The client is a retail chain that wants to flag "known shoplifters" at the door. The training set was scraped from public profiles, roughly 40k faces, none of whom agreed to anything, and the EU AI Act will probably treat this as a prohibited use anyway. [[PERSON:Iryna]] (the other engineer in the chat) backs me but she is a contractor and can be dropped tomorrow. The company really needs this contract, people's salaries depend on it. Do I refuse to train it, or build it and write every objection into the model card?
""",
    ),
    (
        "h13-07",
        "Discord export with bare usernames and a server name; handles with and without @, lower-case game studio name, a date with ordinal",
        """
this is from our studio discord ([[HANDLE:#data-team]]), pasting so people understand

[[HANDLE:pixelgoblin]] — Today at 11:40
so marketing wants the "whale list" again. top 2% spenders incl the ones under 18
[[HANDLE:kestrel_ds]] — Today at 11:42
we literally have age from the account verification, we can exclude minors
[[HANDLE:pixelgoblin]] — Today at 11:43
[[PERSON:jonas]] said no filtering, the push campaign goes out [[DATE:nov 28th]]
[[HANDLE:kestrel_ds]] — Today at 11:44
[[HANDLE:@jonas.f]] can you confirm?? this feels bad

i'm [[HANDLE:kestrel_ds]] in that log. data scientist at [[ORG:hollowbyte]], we make a mobile card game with loot boxes. [[PERSON:jonas]] (head of growth) never replied in the channel, he DMed me "just ship it, legal is fine". legal never saw it. the list would send "exclusive offer, 80% off gem packs" to kids who already spent hundreds, some of them obviously their parents' card. i can add the filter myself and nobody will notice for a week or two. is that sabotage or is that just doing my job properly?? also should i screenshot the DM before he deletes it
""",
    ),
    (
        "h13-08",
        "SMS thread with US numbers in 555 range, Texas hospital DBA; a patient MRN, a nickname, a spoken date",
        """
Texts from last night, my replies marked ME:

[[PHONE:(214) 555-0187]]: hey its [[PERSON:Bill]] from IT. need u to run a lookup on MRN [[ID:00482716]] tonight, who viewed that chart this month
ME: is this for a privacy audit? I need a ticket from compliance
[[PHONE:(214) 555-0187]]: its for Dr [[PERSON:Ames]] personal reasons, the patient is his ex. just need names
ME: I can't do that [[PERSON:Bill]]

I'm a database administrator at [[ORG:St. Brendan Regional Medical Center]] outside [[LOCATION:Amarillo]]. The number is [[PERSON:Bill Harlan]]'s personal cell; he's the IT director and technically my boss's boss. The chart belongs to a nurse who left after a messy divorce from a cardiologist here. Running an access-log query is something I do every week for real audits, so it would take two minutes and nobody would ask. But pulling access logs for a doctor to find out who looked at his ex-wife's chart feels like the exact thing HIPAA is about. He texted again this morning, "thought we were a team", on the [[DATE:twenty-third of October]] of all days, my work anniversary. Who do I report this to if the person above me is the problem?
""",
    ),
    (
        "h13-09",
        "IRC-style log with nicks and timestamps from an open-source project; an IP address, a mailing list address, a German city",
        """
[22:14] <[[HANDLE:mkrause]]> the telemetry PR is merged, opt-out by default
[22:15] <[[HANDLE:tessa_v]]> wait opt-OUT? we agreed opt-in at the meeting
[22:15] <[[HANDLE:mkrause]]> sponsor asked for it. we need numbers for the grant report
[22:16] <[[HANDLE:tessa_v]]> it sends the full hostname and the IP, e.g. [[ID:198.51.100.23]] was my own test box
[22:17] <[[HANDLE:mkrause]]> we hash it
[22:17] <[[HANDLE:tessa_v]]> hashing an IPv4 is not anonymisation lol

I'm [[HANDLE:tessa_v]], one of four maintainers of a small open-source data-validation library. [[PERSON:Mirko Krause]] ([[HANDLE:mkrause]]) is the lead maintainer and lives in [[LOCATION:Leipzig]]; the sponsor is a cloud company that gives us a few thousand euros a year. I could revert the commit myself, I have the rights, but that starts a public fight and the sponsor may walk. I've written a post for [[EMAIL:dev@lists.tabvalid.example]] explaining the problem, but posting it basically accuses [[PERSON:Mirko]] of deceiving users. Users run this inside banks and hospitals. What's the right order here: private message, list post, or revert first?
""",
    ),
    (
        "h13-10",
        "forwarded e-mail with headers, a signature block with phone and address, and the writer's question below; Irish firm with DAC suffix, Dublin address with Eircode",
        """
---------- Forwarded message ---------
From: [[PERSON:Siobhán Ní Bhriain]] <[[EMAIL:siobhan.nibhriain@fernleaf-insure.example]]>
Date: Mon, [[DATE:6 Oct 2025]] at 16:52
Subject: RE: pricing model v7 sign-off
To: Data Science <[[EMAIL:ds-team@fernleaf-insure.example]]>

Team, please remove the "loyalty" adjustment from the documentation pack before it goes to the [[ORG:Central Bank]]. The adjustment stays in the model. Thanks, [[PERSON:S.]]

[[PERSON:Siobhán Ní Bhriain]]
Head of Pricing | [[ORG:Fernleaf Insurance DAC]]
[[LOCATION:4 Harcourt Terrace, Dublin 2, D02 XK61]]
T: [[PHONE:01 555 0143]]

I'm one of the data scientists on that distribution list. The "loyalty" adjustment is price walking: long-standing customers quietly paying more each renewal, which the [[ORG:Central Bank of Ireland]] banned for motor and home insurance. [[PERSON:Siobhán]] isn't asking us to lie exactly, just to leave a thing out of the pack. I'm a grade below the person who'd normally raise it and he's on paternity leave. Is leaving it out of the documentation something I should refuse, or is it her call as the accountable person?
""",
    ),
    (
        "h13-11",
        "meeting minutes with attendee initials and action items; initials labelled as people, a Scottish city, a vendor with Ltd., a date in minutes header",
        """
Minutes — Data Governance Working Group, [[DATE:12/02/2026]]
Present: [[PERSON:AMcL]] (chair), [[PERSON:RT]], [[PERSON:JD]], [[PERSON:Priyanka]] (notes), [[PERSON:Guy Ferrand]] (vendor)
1. Vendor demo: [[PERSON:GF]] presented [[ORG:Sentinel Analytics Ltd.]] "wellbeing score" for staff, built from badge swipes, Teams activity and sick days.
2. [[PERSON:RT]] asked if staff were told. [[PERSON:GF]]: "consent is in the employment contract".
3. [[PERSON:AMcL]] wants a pilot in the [[LOCATION:Dundee]] contact centre from [[DATE:March]].
ACTION [[PERSON:JD]]: extract 12 months of badge data for the pilot.

I took those minutes. I'm the only data scientist in this group at a housing association, and I'm [[PERSON:JD]]'s colleague, not manager. [[PERSON:Guy]] is charming and the tool looks slick, but a score that flags people as "at risk" from their sick days is going to land on managers' desks during the restructuring. I tried to say this in item 2 and [[PERSON:Alasdair]] (the [[PERSON:AMcL]] in the minutes) moved us on. The minutes go out for approval on Friday and I'm supposed to write them neutrally. Can I add my objection to the minutes myself, or is that abusing the note-taker role? Would a separate memo be better?
""",
    ),
    (
        "h13-12",
        "Jira ticket with key, reporter, assignee, labels and comments; ticket keys labelled, a customer account number, a lower-case internal project name",
        """
[[ID:DATA-4471]]  Backfill "inferred_pregnancy" segment for spring campaign
Reporter: [[PERSON:Chase Whitfield]]   Assignee: me   Priority: High   Labels: growth, q1
Description: Use [[ORG:Project Bramble]] purchase signals (prenatal vitamins, unscented lotion, etc) to tag likely-pregnant customers, push to CRM by EOW.
Comment ([[PERSON:Chase]]): ignore the privacy review, it's linked to [[ID:PRIV-118]] which was approved last year for a different thing, same data
Comment (me): example account [[ID:4004-2281-93]] got tagged and she's 15 according to loyalty signup

I'm a data engineer at a mid-size pharmacy chain. [[ORG:bramble]] is our internal name for the loyalty feature store, so [[ORG:Bramble]] shows up in every ticket. [[PERSON:Chase]] is a product manager, friendly, under pressure. The privacy review he's pointing at covered using purchase history for restock reminders, nothing about inferring health conditions, and I just found a minor in the output. I've moved the ticket to Blocked with a comment, and now he's asking my manager why I'm "sitting on" it. Was blocking the ticket the right move, or should I have gone to the privacy office before touching the status?
""",
    ),
    (
        "h13-13",
        "code review thread on a pull request with usernames, a PR number, a SQL snippet with a hard-coded employee ID and a URL",
        """
PR #[[ID:2317]] "exclude flagged employees from bonus model training"

[[HANDLE:@amber-liu]] commented on line 48:
> WHERE emp_id NOT IN (SELECT emp_id FROM hr.union_reps)
why are we excluding union reps from the training set?

[[HANDLE:@dkowalczyk]] replied:
> per [[PERSON:Derek]], their performance data is "noisy". also hard-coding [[ID:E-55102]] because he's suing us

[[HANDLE:@amber-liu]] replied:
> that is literally selecting people out based on union activity + an active lawsuit. see [[URL:https://wiki.corp-talentlens.example/ethics/model-review]]

I'm [[PERSON:Amber]], the reviewer in that thread, ML engineer at [[ORG:TalentLens]]. The model predicts "bonus-worthiness" and the output goes to line managers as a ranking. [[PERSON:Dawid Kowalczyk]] wrote the PR; he's junior and I think he's just following [[PERSON:Derek Ashby]], our VP. Dropping union reps means the model never learns their patterns and will rank them oddly, and the hard-coded ID is one specific person. Approving this PR would make me complicit; blocking it means escalating above [[PERSON:Dawid]] to the VP. Do I request changes quietly or take it to legal?
""",
    ),
    (
        "h13-14",
        "voice-to-text without punctuation, Australian; a phone number read out in words, an e-mail spelled out, a suburb and state",
        """
ok so recording this in the car sorry if it comes out weird I work as a data analyst for a local council in [[LOCATION:Parramatta]] out in western [[LOCATION:Sydney]] [[LOCATION:New South Wales]] and my manager [[PERSON:Shazza]] well [[PERSON:Sharon Pike]] asked me to give the parking fines data with names and addresses to a developer who is lobbying for a new car park he says its for a feasibility study but the guy [[PERSON:Rick Demetriou]] is running for council next year and I reckon hes gonna use it to door knock people who got fined and tell them hes the answer anyway [[PERSON:Sharon]] gave me his number [[PHONE:oh four nine one five seven oh one two three]] and said email it to [[EMAIL:rick d at demetriou developments dot example]] and I said shouldnt it go through the records officer and she said dont be precious mate so yeah what do I do there's a privacy act and I'm pretty sure this breaks it but I've only been here eight months and [[PERSON:Shazza]] signs my contract renewal
""",
    ),
    (
        "h13-15",
        "forum post with edits and an update; a username, a hospital trust, a subreddit-style handle, a date of edit, an NHS number",
        """
Title: Asked to "fix" the waiting-list numbers — am I overreacting?
Posted by [[HANDLE:u/quietcoder_nw]]

Throwaway-ish. I'm an information analyst at a hospital trust in the [[LOCATION:north west]] (won't say which). We report referral-to-treatment waits every month. Our deputy COO wants patients who "declined a reasonable offer" to have their clock reset, which is allowed in some cases, but the list he sent me includes people who simply didn't answer one phone call. Example: NHS number [[ID:943 476 5919]] was reset after a single missed call on a bank holiday.

I raised it with my line manager, [[PERSON:Linh]], and she said "it's above both of us".

EDIT ([[DATE:18 Feb]]): people asking — no, it's not [[ORG:Salford Royal]]. Please stop guessing.
EDIT 2: someone in [[HANDLE:r/NHSdatapeople]] said to contact the trust's freedom to speak up guardian. Is that the right route for a data question, or is that more for patient safety?
UPDATE: [[PERSON:Linh]] messaged me tonight saying she'll come with me if I go. feel a bit better.
""",
    ),
    (
        "h13-16",
        "formal letter in German-inflected English to a works council, with sender address block, PLZ, a German date, GmbH, an employee number and a Herr/Frau honorific outside spans",
        """
[[PERSON:Katharina Vogelsang]]
[[LOCATION:Kastanienallee 31, 10435 Berlin]]

An den Betriebsrat der [[ORG:Brückner Mobility GmbH]]
z. Hd. Herrn [[PERSON:Yilmaz]]

[[LOCATION:Berlin]], den [[DATE:4. November 2025]]

Dear Herr [[PERSON:Yilmaz]],

I write to you as data analyst in the Fleet Insights team (Personalnummer [[ID:20931]]). Since the update of the telematics app in [[DATE:September]], the system stores GPS traces of all service drivers also in their breaks and after the end of shift, when they take the van home. My team leader, Frau Dr. [[PERSON:Lenz]], has asked me to build a dashboard that shows "idle minutes per driver" by name, which would be used in the annual talks.

In my understanding this is a performance control which needs a Betriebsvereinbarung under § 87 BetrVG, and there is none. I raised this verbally with Frau [[PERSON:Lenz]] on [[DATE:28.10.2025]] and she said the legal department has approved it, but I could not see any document.

I do not want to make trouble for her. I only ask whether the works council is informed, and whether I am allowed to pause this work until it is clarified.

Mit freundlichen Grüßen
[[PERSON:K. Vogelsang]]
""",
    ),
    (
        "h13-17",
        "bullet-point timeline with dates in several formats (ISO, US numeric, month-day), a Canadian city, province, a SIN-like number and a ticket",
        """
Writing it down as a timeline because my head is spinning:

- [[DATE:2025-04-02]]: I (data scientist, fraud team, [[ORG:Maplecrest Bank]]) ship a model that flags suspicious e-transfers.
- [[DATE:5/19/25]]: audit shows the flag rate for customers whose names look South Asian is about 3x everyone else. I write it up in [[ID:FRD-0932]].
- [[DATE:June 3]]: my manager [[PERSON:Will Thibodeau]] says the overall precision is fine and to close the ticket.
- [[DATE:mid-June]]: a customer in [[LOCATION:Brampton]], [[LOCATION:Ontario]] gets his account frozen for nine days. His complaint lands on my desk because it cites my model. His SIN, [[ID:046 454 286]], is in the complaint PDF in plain text, forwarded to 14 people.
- [[DATE:July 7]]: [[PERSON:Will]] asks me to respond to the complaint with "the model uses no demographic data". Technically true.
- today: I haven't replied.

Will I get in trouble if I write to the ombudsman myself? It's not my complaint. But "no demographic data" is a half-truth when names are a feature. Also, should I tell someone the SIN is being forwarded around?
""",
    ),
    (
        "h13-18",
        "non-native English from a Japanese writer; -san and -kachō honorifics outside spans, family-name-first names, a Reiwa date, K.K., a Tokyo ward and postcode",
        """
Please forgive my English. I am working as data scientist in [[ORG:Hoshizora Foods K.K.]], head office is [[LOCATION:Shinagawa]], [[LOCATION:Tokyo]]. Our section chief [[PERSON:Tanabe]]-kachō ordered to me to make the "retention risk" list of employees, using the overtime record, the paid leave and the health check results. Health check results are very sensitive in [[LOCATION:Japan]], it is written in our rule we can not use for evaluation.

[[PERSON:Tanabe]]-san says this list is for "care", to give support for the tired people. But in the meeting of [[DATE:令和7年10月14日]] I heard [[PERSON:Ishikawa Rie]]-san from HR say "we can use it to choose the early retirement candidates". So I think the purpose is changing.

My senior [[PERSON:Mori]]-senpai says just make it, because refusing to the kachō is not our culture and I will be moved to the warehouse in [[LOCATION:Saitama]]. I am 29 years old and this is my first company. I am thinking to contact the company industrial physician instead of HR. Is this strange way? What do you do in your country?
""",
    ),
    (
        "h13-19",
        "Egyptian writer, English with Egyptian Arabic phrases; names with el- and Abdel, honorifics (Eng., Ostaz) outside spans, a Hijri-month date, Cairo district, an Egyptian phone number in national format",
        """
salam all, I am BI developer at a telecom reseller in [[LOCATION:Cairo]], office in [[LOCATION:Nasr City]]. Before [[DATE:Ramadan 1446]] my director Eng. [[PERSON:Hazem el-Sayed]] asked me to prepare list of customers who have "high balance and low activity" so the sales team offer them a package. OK normal. But yesterday Ostaz [[PERSON:Abdelrahman]] from sales came and said the list is going to a loan company, [[ORG:Sahla Finance]], they will call them with loans, and we get commission per customer.

Customers never agreed to this. The Egyptian data protection law is new, nobody here take it serious, wallahi even the legal guy laughed. [[PERSON:Hazem]] is like a big brother for me, he hired me when nobody hired. If I refuse, khalas, my career here is finish. Ostaz [[PERSON:Abdelrahman]] gave me his mobile [[PHONE:010 5550 2871]] to send the file on WhatsApp directly, not by email, and that make me more worried, why not email?

What you would do? Is there a way to say no and keep the relationship?
""",
    ),
    (
        "h13-20",
        "Indian English with Hindi; a colleague named Dev alongside 'dev' as an environment (case exception), ji honorific outside span, Aadhaar number, a pincode, Pvt. Ltd.",
        """
Yaar I need outside opinion. I'm a data engineer at [[ORG:Paisawala Technologies Pvt. Ltd.]], [[LOCATION:Koramangala]], [[LOCATION:Bengaluru]] [[LOCATION:560034]]. We do instant loans thru an app. Last week [[PERSON:Dev]] (our backend lead, not the dev environment lol) copied the full prod customer table into the dev database so the new interns can "practice". It has names, phone, Aadhaar numbers, selfies, everything. I saw one row with Aadhaar [[ID:4821 7390 5516]] and the person's full address in [[LOCATION:Hubballi]].

When I told him he said "arre relax, dev is behind VPN only". Our CTO [[PERSON:Nandini]] ji is on leave till [[DATE:Diwali]] and [[PERSON:Dev]] is her favourite. The interns have laptops they take home. I can mask the table myself in one evening with a script, but then I'm kind of covering for him and nobody learns anything. Or I raise it in the security channel and [[PERSON:Dev]] gets humiliated in front of 60 people. Kya karun? Is there a middle path?
""",
    ),
    (
        "h13-21",
        "Korean-English KakaoTalk excerpt and narrative; Hangul names family-name-first, 팀장님 honorific outside span, a Korean date, 주식회사 firm, a Seoul district",
        """
카톡 from my team lead, I translate:

[[PERSON:박준서]] 팀장님: 내일까지 리뷰 데이터에서 부정 리뷰 쓴 사람들 전화번호 뽑아줘 (extract phone numbers of people who wrote negative reviews by tomorrow)
me: 왜요? (why?)
[[PERSON:박준서]] 팀장님: 법무팀에서 연락한대 (legal team will contact them)

I am data analyst at [[ORG:주식회사 한빛커머스]] ([[ORG:Hanbit Commerce]]), office in [[LOCATION:Gangnam]]. Some of our reviews say the product caused skin rash, and one influencer made a video in [[DATE:2025년 8월]]. I think "legal team will contact them" means pressure them to delete reviews, maybe threaten a defamation suit, which in [[LOCATION:Korea]] is a real crime even for true statements. The review table has phone numbers only because of delivery.

[[PERSON:Park Jun-seo]] (my team lead) is not a bad person, he is pressured from above. My colleague [[PERSON:Seo-yeon]] said just do it, refusing the 팀장님 will make everything difficult for the whole team. I want to ask: is it enough if I give only the review IDs and let legal request numbers themselves through the privacy officer? Or is that just passing the problem to someone else?
""",
    ),
    (
        "h13-22",
        "Rioplatense Spanish mixed with English; Lic. honorific outside span, a DNI, an S.R.L., Buenos Aires neighbourhood, a Spanish date, a nickname",
        """
Hola, les escribo desde [[LOCATION:Buenos Aires]]. Soy analista de datos en [[ORG:Fideo Seguros S.R.L.]] (yes, it's a real name, long story). My boss, Lic. [[PERSON:Gómez Achával]], wants me to cross our policyholders with a list bought from a data broker — people with "health interest" cookies, basically anyone who searched for oncology or fertility clinics. The idea is to raise premiums at renewal "por riesgo".

I told him the broker list probably violates the Ley 25.326 and he said "che, [[PERSON:Tincho]], no seas boludo, todos lo hacen". [[PERSON:Tincho]] is me, by the way. The file has DNI numbers, for example [[ID:31.458.902]], and addresses in [[LOCATION:Caballito]] and [[LOCATION:Almagro]]. The vendor contract was signed el [[DATE:2 de septiembre de 2025]], before I joined.

Mi viejo says to keep my head down, the economy is terrible and I have a job that pays in pesos that don't lose value every week (well, less). My girlfriend says to go to the [[ORG:AAIP]]. I'm stuck. ¿Qué harían ustedes?
""",
    ),
    (
        "h13-23",
        "Québec French and English; a Montréal street address with postal code, a SIN/NAS, Inc., a madame honorific outside span, a date in French",
        """
Bonjour, je suis analyste BI chez [[ORG:Groupe Boréal Assurances Inc.]] à [[LOCATION:Montréal]]. Writing in English because it's easier for me to explain.

Last week our VP, madame [[PERSON:Josée Lafrenière]], asked me to export every claim file of people who went on long-term disability for burnout since [[DATE:janvier 2024]], with names and NAS, and send it to a private investigator firm. One file: NAS [[ID:527 814 390]], address [[LOCATION:4820 rue Saint-Denis, Montréal (Québec) H2J 2L3]]. The firm is [[ORG:Enquêtes Delorme]]; they follow people and film them at the gym to prove they're not sick.

I know surveillance can be legal in [[LOCATION:Québec]] in some cases, but a blanket list of everyone with burnout? That seems to be targeting a diagnosis. [[PERSON:Josée]] said the legal team approved "the principle". When I asked for it in writing she said "[[PERSON:Mathieu]], tu compliques tout".

I'm [[PERSON:Mathieu]], by the way, 3 years here. Est-ce que je dois refuser? Or ask the privacy officer for an evaluation first, which would take weeks and she'll know it was me?
""",
    ),
    (
        "h13-24",
        "Polish-English; pani/pan honorifics outside spans, Sp. z o.o., a PESEL number, Kraków district, a Polish date, diminutive name forms",
        """
Cześć. I'm an ML engineer at [[ORG:Wiślany Software Sp. z o.o.]] in [[LOCATION:Kraków]] ([[LOCATION:Zabłocie]], the old factory buildings). We build a scoring tool for a recruitment agency. Pani [[PERSON:Ewa Zielińska]], our product owner, asked me on [[DATE:7 października]] to add a feature "gap_years" that counts breaks in the CV. When I checked, the biggest gaps are almost always women after maternity leave, and the model then ranks them lower.

I suggested removing it. Pan [[PERSON:Grzegorz]] (the CEO) replied that "the client pays for accuracy, not for ideology". My teammate [[PERSON:Kasia]] agrees with me but she's on a B2B contract and can lose her job with one month notice. I'm on umowa o pracę so I'm safer, I guess.

Also — the test data the client gave us has real PESEL numbers ([[ID:90081203458]] is in the first row) which tells you birth date and sex directly, so removing "gap_years" might not even be enough. [[PERSON:Kasiu]], if you read this, sorry for quoting you. What is the professional thing here: refuse, document and comply, or go to the client directly?
""",
    ),
    (
        "h13-25",
        "Taglish message; Ate and Kuya honorifics outside spans, a hyphenated given name, Makati address, a PhilSys number, Inc., a date in Filipino",
        """
Hi po, medyo mahaba. I'm a data analyst sa isang BPO in [[LOCATION:Makati]], sa [[ORG:BrightReach Solutions Inc.]], [[LOCATION:Ayala Avenue]]. Our client is an American health insurer. Last month si Ate [[PERSON:Maria-Luz]] (team lead namin) told me to share my login to the claims portal with two new agents kasi wala pa silang access, naka-pending pa yung background check nila.

Sabi niya "sandali lang, para maka-meet tayo ng target". Pero yung portal may full medical records ng mga Amerikano, and our contract says one login per person, audited. Kuya [[PERSON:Jomar]] from IT said he'll "fix the logs" if may mangyari. Na-stress ako, kasi my PhilSys number ([[ID:4012-8837-2290-1164]]) is tied to my account, so lahat ng gawin nila ay nakapangalan sa akin.

I refused noong [[DATE:ika-3 ng Nobyembre]] and now Ate [[PERSON:Malou]] (same person, [[PERSON:Maria-Luz]] is [[PERSON:Malou]]) is cold sa akin and moved me to the night shift. Can I report this to the client directly? Or to our HR lang muna? Salamat po sa sasagot.
""",
    ),
    (
        "h13-26",
        "Kenyan English with Swahili and Sheng; a regulator acronym, a KRA PIN, Nairobi estate names, Ltd, a phone in Kenyan national format",
        """
Niaje wadau. Mimi ni data analyst at [[ORG:Tujenge Microcredit Ltd]], HQ in [[LOCATION:Westlands]], [[LOCATION:Nairobi]]. We give small loans through M-Pesa. Management wants to start "social collections": when a borrower defaults, the app messages their phone contacts telling them the person owes us. The app already reads the contact list (it's in the T&Cs nobody reads).

My supervisor [[PERSON:Wanjiku Kamau]] told me to pull contacts for the first 500 defaulters in [[LOCATION:Kayole]] and [[LOCATION:Umoja]]. One of them, I know her, she's my cousin's neighbour. Her KRA PIN [[ID:A012345678Z]] and phone [[PHONE:0712 555 083]] are right there in the export.

Nimeongea na boss, akasema "hii ni business, si charity". The CEO, [[PERSON:Otieno]], said the same on the town hall. I know the [[ORG:ODPC]] fined other digital lenders for exactly this in [[DATE:2023]]. Kama nikikataa, kuna wasee kumi wanangoja kazi yangu. But shaming people to their mothers and pastors over 2,000 bob? Wueh. Should I report to the [[ORG:ODPC]] anonymously or first push back through [[PERSON:Wanjiku]] formally?
""",
    ),
    (
        "h13-27",
        "Indonesian-English; Pak and Bu honorifics outside spans, a PT firm, an NIK national ID, Jakarta Selatan, a date in Indonesian",
        """
Halo semua. Saya data scientist di [[ORG:PT Nusantara Cerdas Digital]], kantor di [[LOCATION:Jakarta Selatan]]. We make a credit-scoring API for online lenders. Pak [[PERSON:Hendro]], our director, wants to add a feature from the phone's photo gallery: count of photos at "religious places" and "nightlife", using an image classifier. He says it predicts repayment.

I showed Bu [[PERSON:Ratna Sari]] (our legal) and she said UU PDP only fully applies from [[DATE:Oktober 2024]] and "we are still in transition", which I don't think is correct. The test set even includes my own cousin's data, NIK [[ID:3174051208900003]], because she applied to a lender last month.

Pak [[PERSON:Hendro]] is very kind to me, he paid for my master's. But classifying someone's religion and nightlife from their private photos to decide credit, itu keterlaluan. My plan: write a short memo in Bahasa and English to him and Bu [[PERSON:Ratna]], and if nothing changes, I resign. Is the memo enough, or should I contact [[ORG:OJK]]? I'm afraid contacting [[ORG:OJK]] will kill the company and many friends lose jobs.
""",
    ),
    (
        "h13-28",
        "Turkish-English; Bey and Hanım honorifics outside spans, A.Ş., a TC kimlik number, Istanbul district, a Turkish date, a plate number",
        """
Merhaba. I'm a data engineer at [[ORG:Anadolu Filo Kiralama A.Ş.]], [[LOCATION:Kadıköy]], [[LOCATION:İstanbul]]. We rent cars to companies. The cars have GPS trackers.

On [[DATE:12 Kasım 2025]] [[PERSON:Serkan]] Bey from sales asked me to send the location history of one car, plate [[ID:34 KLM 582]], for the last month, to a customer's HR manager, [[PERSON:Elif Aydoğan]] Hanım. The customer is a pharma company and she wants to know if their sales rep really visited doctors or went home. OK maybe this is in the contract. But she also asked "where he is at night", with home address, and he is renting privately on weekends too.

The driver's TC kimlik no. [[ID:28475106392]] is in the same record. I asked [[PERSON:Serkan]] Bey which contract clause allows this and he said "abi, müşteri ne isterse" — whatever the customer wants. KVKK is quite clear about purpose limitation, no? I want to send only working hours data, 09:00–18:00 on weekdays. Is that a good compromise or still wrong?
""",
    ),
    (
        "h13-29",
        "Vietnamese-English; anh and chị honorifics outside spans, Vietnamese names with diacritics, Công ty Cổ phần firm, Hanoi district, a CCCD number, a date in Vietnamese",
        """
Chào mọi người. Mình là data analyst ở [[ORG:Công ty Cổ phần Sao Mai Retail]], văn phòng ở [[LOCATION:Cầu Giấy]], [[LOCATION:Hà Nội]]. Sorry my English not so good.

Anh [[PERSON:Trần Quốc Bảo]], head of marketing, want me to buy a "leads list" from a Telegram group: 200k phone numbers with names, CCCD number, income and which hospital they visited. Price very cheap. He said every company in [[LOCATION:Vietnam]] buy like this. I downloaded the sample and found my aunt in it, CCCD [[ID:001189024517]], and her hospital is correct. So the data is real and probably stolen from a hospital.

Chị [[PERSON:Hạnh]] in my team say: don't be hero, just load it, anh [[PERSON:Bảo]] will take responsibility. But Nghị định 13 on personal data is in force since [[DATE:ngày 1 tháng 7 năm 2023]] and buying leaked data is illegal, not grey. I also want to tell my aunt her data is leaked. Can I tell her without getting the company in trouble? And do I need to report the Telegram seller to police, or is that too much for an analyst?
""",
    ),
    (
        "h13-30",
        "Flemish Dutch-English; meneer honorific outside span, NV firm, a Belgian national register number, Antwerp address, Dutch date, a van-particle surname",
        """
Dag iedereen. I'm a data scientist at [[ORG:Scheldezicht Verzekeringen NV]] in [[LOCATION:Antwerpen]]. Our claims team wants a "fraud likelihood" model for car claims. Fine. But meneer [[PERSON:Van Damme]], the claims director, insists on adding the postcode of the claimant and "nationality at birth". He said on [[DATE:3 maart]]: "we all know which groups fake accidents".

I left nationality out of the first version. He noticed. Now he has asked [[PERSON:Jef van der Heyden]], my junior, to add it behind my back. [[PERSON:Jef]] told me, which is brave. The training data includes rijksregisternummers, e.g. [[ID:85.07.30-033.61]], so birth date is in there anyway.

The model would go to production in Q2 and affect every claim. Our head office is at [[LOCATION:Frankrijklei 112, 2000 Antwerpen]], the compliance officer sits two floors up from me. I feel I should go to her, but [[PERSON:Van Damme]] is on the board and compliance reports to the board. Would you talk to compliance, the DPO, or directly to [[ORG:Unia]] (the equality body)?
""",
    ),
    (
        "h13-31",
        "WeChat messages in Chinese with English narrative; names in Chinese characters and family-name-first pinyin, 有限公司 firm, Shenzhen district, a resident ID number, a date in Chinese",
        """
微信 messages with my manager, [[DATE:2025年10月20日]]:

[[PERSON:刘]]经理: [[PERSON:小周]], 把上个月所有请病假的员工名单和诊断证明扫描件发给我
me: 这些是医疗信息, 需要HR同意吧?
[[PERSON:刘]]经理: HR那边我来说. 今天下班前给我

(He wants the list of everyone who took sick leave last month, with the scanned doctors' notes, today.)

I'm a data analyst at [[ORG:深圳市云帆智造有限公司]] ([[ORG:Yunfan Smart Manufacturing]]) in [[LOCATION:Nanshan]], [[LOCATION:Shenzhen]]. [[PERSON:Liu Jianhua]] is my manager; everyone calls him [[PERSON:刘]]经理, "Manager [[PERSON:Liu]]". Rumour is there will be layoffs before [[DATE:Spring Festival]] and the sick list will decide who goes. One scan shows an employee's resident ID number, [[ID:440305199203154218]], and a psychiatric diagnosis.

The PIPL treats medical data as sensitive, requires separate consent. I'm [[PERSON:小周]], the youngest on the team. I could give him a count by department without names. Would that be a reasonable compromise, or will he just ask someone else and I'll have made an enemy for nothing?
""",
    ),
    (
        "h13-32",
        "Thai-English; Khun and P' honorifics outside spans, Buddhist-era date, Co., Ltd., Bangkok district, a Thai ID number, a LINE chat line",
        """
Sawasdee ka. I am data analyst at [[ORG:Siam Lotus Hospital Co., Ltd.]] in [[LOCATION:Bang Rak]], [[LOCATION:Bangkok]]. Our marketing director Khun [[PERSON:Pornthip]] sent me in LINE:

"P' need list of all patient who do IVF in [[DATE:2568]], name + phone, for new promotion package na ka 🙏"

IVF patients! This is very private, some of them even don't tell their family. Our hospital policy says marketing can use only patient who give consent for marketing, and I checked, only about 20% did. P' [[PERSON:Nok]] from IT says just filter the consent column, but Khun [[PERSON:Pornthip]] said "all patient, consent is just small checkbox".

Also one patient in the list is famous actress, her ID card [[ID:1 1037 00482 91 6]] is in the record. If this leak, it will be big news.

I am thinking to send only the consent ones and tell her "system only allow this". It is a lie but soft lie. Thai culture we don't like to say no directly to senior. Is it ok, or I should explain PDPA to her clearly even she will be angry?
""",
    ),
    (
        "h13-33",
        "Iranian writer; Solar Hijri date, Agha and Khanom honorifics outside spans, Tehran district, a national code (kod-e melli), a hyphenated surname",
        """
Hello, I am a data engineer in [[LOCATION:Tehran]], office in [[LOCATION:Saadat Abad]], working for a food delivery app. I will not write the company name. In [[DATE:Mehr 1404]] our CTO Agha-ye [[PERSON:Rezaei]] asked the data team to build a dashboard that shows which customers ordered during the protests, and to which addresses, "for security cooperation". He said the request came from outside and we have no choice.

My colleague [[PERSON:Shirin Tavakoli-Nejad]] refused and the next week she was not in the office and not answering. Her national code, [[ID:0082714536]], was still in our HR table when I looked, so at least she is still formally employed.

I don't know what to do. If I refuse, the same can happen to me. If I do it, people can be arrested because they ordered pizza on a certain night. I thought to build it very slowly and with "bugs". Khanom [[PERSON:Tavakoli-Nejad]]'s sister told me not to be hero. Is slow sabotage ethical, or is it just cowardice with extra steps? I am asking people outside because inside I cannot ask anyone.
""",
    ),
    (
        "h13-34",
        "Israeli writer, English with Hebrew; a Hebrew-calendar date, Ltd., Tel Aviv and Herzliya, a teudat zehut number, a WhatsApp line with a nickname",
        """
Shalom. I'm a senior data scientist at [[ORG:Tzafon Analytics Ltd.]] in [[LOCATION:Herzliya]]. We sell "insider risk" scores to banks. Our new client wants us to include employees' political activity on social media, like who posted about the judicial reform protests. My CEO, [[PERSON:Yoav Ben-Ami]], is fine with it.

On WhatsApp he wrote me: "[[PERSON:Dudi]], it's public data, stop being a frayer 😂". ([[PERSON:Dudi]] is me, [[PERSON:David]].)

The client's employee list includes teudat zehut numbers, e.g. [[ID:039471826]], and we'd match them to social accounts. The contract meeting was on [[DATE:ט"ו בשבט]] and signing is before [[DATE:Pesach]].

I have two kids and a mortgage in [[LOCATION:Tel Aviv]] prices, so quitting is not easy. But building a tool that tells banks which employees protest the government is not what I studied statistics for. [[PERSON:Yoav]] has been my friend since the army. Do I talk to him privately once more, or go to the board directly? Is there a version of this product that's defensible, e.g. only public threats, no politics?
""",
    ),
    (
        "h13-35",
        "Norwegian-English; AS firm, Oslo address with postnummer, a Norwegian phone number without country code, a date in Norwegian, lower-case first names",
        """
Hei. data scientist at [[ORG:Fjordlys Energi AS]] here, [[LOCATION:Oslo]]. Our smart-meter data shows hour-by-hour power use per household. Someone in the police contacted our customer service asking for one household's consumption pattern "to see when they are home". No court order, just an email.

my team lead [[PERSON:sindre]] forwarded it to me on [[DATE:14. oktober]] and wrote "bare send det, det er politiet" (just send it, it's the police). the address is [[LOCATION:Thereses gate 18, 0358 Oslo]]. I looked at the data and you can literally see when someone comes home at 02:00, showers, leaves at 06:30.

I asked [[PERSON:ingrid]] in legal and she said we need a formal request under the criminal procedure act, and that she would call the officer. the officer left his mobile, [[PHONE:415 55 902]], and called [[PERSON:sindre]] again yesterday asking why it's slow. [[PERSON:sindre]] is annoyed with me now.

am I right to wait for the formal request even if it's "only" the police? [[LOCATION:norway]] trusts its institutions and I feel like a paranoid foreigner for insisting.
""",
    ),
    (
        "h13-36",
        "South African English with Afrikaans and isiXhosa bits; (Pty) Ltd, SA ID number, Sandton and Gqeberha, a person named Sunny (case exception), POPIA",
        """
Howzit. I'm a data scientist at [[ORG:Ubuntu Rewards (Pty) Ltd]], we run a loyalty programme for a few retailers, office in [[LOCATION:Sandton]]. My manager [[PERSON:Sunny Naidoo]] (yes that's his real first name, he's the least sunny person I know) wants to sell "affluence segments" to a short-term insurer. The segments are built from grocery baskets and suburbs, so they'll basically price people by township vs suburb.

Ja nee, I know the POPIA rules on further processing, and our T&Cs say we share data "with partners to improve your rewards". Insurance pricing is not improving anyone's rewards.

One record I checked: ID number [[ID:8704115083084]], a woman in [[LOCATION:Motherwell]], [[LOCATION:Gqeberha]]. My own mom would be in this file too. [[PERSON:Sunny]] says the info regulator "has bigger fish to fry". My colleague [[PERSON:Lwazi]] said "enkosi for caring bru, but bills must be paid". Should I raise it with our information officer first, or is that pointless since [[PERSON:Sunny]] is the information officer on paper?
""",
    ),
    (
        "h13-37",
        "Nigerian Pidgin and English; Oga and Madam honorifics outside spans, a lower-case bank name, Plc, Lekki, a BVN, a Nigerian phone number, a date with ordinal",
        """
Abeg make una advise me. I be data analyst for [[ORG:kudipal]], na fintech for [[LOCATION:Lekki]], [[LOCATION:Lagos]]. Our partner bank na [[ORG:Crestline Bank Plc]]. Oga [[PERSON:Tunde]] wey be our head of risk don tell me make I pull BVN and phone numbers of all customers wey dey owe more than 90 days, make we send am to one "recovery agent" wey dey use thugs.

Dem don do am before. For [[DATE:March 14th]] one customer, I sabi the record, BVN [[ID:22104567893]], the agent carry people go im office for [[LOCATION:Ikeja]] and disgrace am. Im wife call our customer care dey cry.

Madam [[PERSON:Ngozi]] for compliance talk say make I no put mouth for wetin no concern me. Oga [[PERSON:Tunde]] even give me the agent number, [[PHONE:0803 555 2190]], make I WhatsApp the file. No email, no paper trail.

I no wan lose this work, e no easy to get job for [[LOCATION:Lagos]] now. But this one na wickedness. The [[ORG:CBN]] get rules on debt recovery. Abeg, who I fit report give without dem know say na me?
""",
    ),
    (
        "h13-38",
        "Ghanaian English with Twi; Auntie and Uncle honorifics outside spans, an SSNIT number, Accra neighbourhoods, a nickname",
        """
Good evening. I am an M&E data officer at an NGO in [[LOCATION:Accra]], office at [[LOCATION:East Legon]]. We run a cash transfer pilot for market women in [[LOCATION:Makola]] funded by a foreign foundation. The funder's annual visit is next week and our director, Auntie [[PERSON:Akosua]], wants the impact figures to "look like last year's".

The true numbers are weaker. About 30% of women stopped trading, many because of the fire. She asked me to drop those from the analysis as "attrition". Chale, this is not attrition, this is the result.

Uncle [[PERSON:Kwabena Asante-Darko]] on our board is her cousin. The only other person with the data is [[PERSON:Kobby]] (our driver does surveys sometimes too), and he said "me nnim, I don't want trouble". My SSNIT number [[ID:C018904271126]] is on my contract, so they know how to find me, not that it matters.

If I report the real numbers, the funding can stop, and those same women lose the transfers. If I fake them, we keep funding a programme that isn't working as claimed. Me ma mo akye, any advice?
""",
    ),
    (
        "h13-39",
        "US Slack-style excerpt; a manager named Rose alongside the verb 'rose' (case exception), an Irish surname with O', a California city and ZIP, Inc., an employee ID",
        """
from our [[HANDLE:#people-analytics]] channel, [[DATE:Oct 30]]:

[[PERSON:Rose O'Donnell]]: attrition rose again in the [[LOCATION:Fresno]] warehouse. pull the list of who's been talking to the union organizers
me: we don't have that data?
[[PERSON:Rose O'Donnell]]: we have badge data and the break-room camera logs. cross-reference with [[PERSON:Luis]]' shifts, he's the ringleader. badge [[ID:FR-30117]]

I'm a people-analytics analyst at [[ORG:Sequoia Freight Inc.]], HQ in [[LOCATION:San Jose, CA 95110]]. I'm pretty sure what [[PERSON:Rose]] is asking for is illegal surveillance of union activity under the NLRA. She's VP of People and she has been good to me. [[PERSON:Luis Carrillo]] is a forklift driver with 11 years here.

I said I'd "look into it" to buy time. She pinged again this morning. The risk isn't just to me: if I build it and they fire people, the company is exposed and so are those workers. Do I tell her no outright, go to the general counsel, or email the union organizer anonymously so they know? The last option feels like a line too far.
""",
    ),
    (
        "h13-40",
        "New Zealand English with te reo Māori greetings; Ltd, Wellington suburb, an IRD number, a Māori given name, a date in day-month-year with slashes",
        """
Kia ora koutou. I'm a data engineer at [[ORG:Tūī Health Ltd]], a small health-tech company in [[LOCATION:Te Aro]], [[LOCATION:Wellington]]. We build appointment software for GP clinics. Our founder [[PERSON:Hemi Walker]] wants to train a "no-show predictor" on five years of appointment history from all our clinics and sell it as a new module.

Problem: the clinics never agreed to us using their patients' records for product development, the contracts say "to provide the service". I raised it at standup on [[DATE:19/08/2025]] and [[PERSON:Hemi]] said "it's aggregated, chur". It isn't, it's row-level with NHI numbers. My own IRD number [[ID:049-091-850]] showed up in the test fixtures because someone used HR data as fake patient data, which is a separate mess.

Also, the no-show model will likely learn that Māori and Pasifika patients miss more appointments (transport, shift work), and clinics could double-book them. I'd like to raise it with the privacy regulator but I'm one of six staff. Ka aroha, any advice on raising it internally first?
""",
    ),
    (
        "h13-41",
        "Pakistani English with Urdu; Sahib and bhai honorifics outside spans, Pvt Ltd, a CNIC, Lahore neighbourhood and city, a date with Urdu month name, a landline without country code",
        """
Assalam o alaikum. I work as data analyst at [[ORG:Sabz Pakistan Pvt Ltd]], a telecom value-added services company in [[LOCATION:Gulberg]], [[LOCATION:Lahore]]. Our GM, [[PERSON:Chaudhry Imtiaz]] Sahib, has a deal with a political party for the coming local elections: we send them subscriber lists by union council, with name, CNIC and mobile, so they can do targeted SMS.

Subscribers never consented to this. I said it is against [[ORG:PTA]] rules and he laughed, "yeh [[LOCATION:Pakistan]] hai, beta". [[PERSON:Faisal]] bhai from network ops told me last elections in [[DATE:February 2024]] they did the same and nothing happened.

I have the extract ready on my laptop because I was told to prepare it "just in case". Sample row: CNIC [[ID:35202-4419876-5]], [[LOCATION:Model Town]]. The party office gave a number to coordinate, [[PHONE:042 3555 7810]].

My father says do what the elders say, naukri is naukri. But using our customers' data to campaign feels like betraying them, and if it comes out, it's my login that made the extract. What would you do in my position? Is deleting the extract and saying "system error" dishonest?
""",
    ),
    (
        "h13-42",
        "Mexican Spanish and English; Ing. and Lic. honorifics outside spans, S.A. de C.V., a CDMX colonia address with C.P., an RFC, a date in Spanish, a double surname",
        """
Qué tal. Soy científica de datos en [[ORG:Nopal Crédito S.A. de C.V.]], oficinas en [[LOCATION:Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]]. We do payroll loans for government workers.

My boss, Ing. [[PERSON:Rodrigo Villaseñor Tapia]], asked me to find customers whose spouse also works for the government so we can "offer" the spouse a loan too, using the marriage certificate scans from onboarding. The spouse never applied, never consented. Then Lic. [[PERSON:Mónica]] from collections wants to use the spouse's salary as "pressure" when the first person is late.

I asked el [[DATE:10 de noviembre]] in the weekly call if this passes the LFPDPPP and [[PERSON:Rodrigo]] said "tú haz el modelo, legal ve lo legal". One example: RFC [[ID:VITR850412QK3]] of a teacher in [[LOCATION:Iztapalapa]], whose husband is a nurse at the [[ORG:IMSS]].

I'm the only woman on the data team and I already have a reputation for being "complicada". If I refuse, I confirm it. Should I write to the privacy officer (oficial de privacidad), or just build it badly? Gracias.
""",
    ),
    (
        "h13-43",
        "Italian-English; dott.ssa and ing. honorifics outside spans, S.p.A., a Milan address with CAP, a partita IVA, an Italian date, an apostrophe surname",
        """
Buongiorno. I'm a data analyst at [[ORG:Cascina Verde Alimentari S.p.A.]], head office [[LOCATION:Via Tortona 27, 20144 Milano]]. The quality team found listeria in one batch of our soft cheese in [[DATE:settembre 2025]]. The recall was done, but only for the supermarkets, not the small shops, because the distribution data for shops was "incomplete".

I reconstructed it. It's not incomplete: 43 small shops in [[LOCATION:Lombardia]] and [[LOCATION:Piemonte]] got the batch. I showed dott.ssa [[PERSON:D'Alessandro]] (head of quality) on [[DATE:2 ottobre]] and she said "ormai è scaduto", it's past the expiry date anyway, why create panic.

The biggest of those shops is a distributor, [[ORG:Fratelli Manca S.r.l.]], partita IVA [[ID:07482910153]], who might still have stock in a freezer. Our CEO, ing. [[PERSON:Brambilla]], doesn't know my analysis exists.

I feel sick. People could be eating this. But I'm on a temporary contract that ends in [[DATE:gennaio]] and [[PERSON:Lucia D'Alessandro]] decides if it's renewed. Should I go straight to the ATS (health authority) or to the CEO first?
""",
    ),
    (
        "h13-44",
        "US e-mail chain with headers; a person named Mark alongside the verb 'mark' (case exception), Mac and O' surnames, a GitHub-style URL and a bit.ly link, a 555 phone number in signature",
        """
From: [[PERSON:Mark MacAllister]] <[[EMAIL:mmacallister@brightpath-edu.example]]>
Sent: Thursday, [[DATE:November 13, 2025]] 4:07 PM
To: Analytics
Subject: dropout model — go live

Please mark the model as approved in the registry and push scores to advisors tomorrow. Link for the deck: [[URL:bit.ly/bp-dropout-v2]]

[[PERSON:Mark]]
VP Student Success, [[ORG:BrightPath Online University]]
[[PHONE:(602) 555-0119]]

My reply (not sent yet): the model's false positive rate for students flagged as "first-generation" is nearly double. Advisors will start "nudging" them to withdraw before the refund deadline, which saves us money and hurts them. I documented it in [[URL:github.example/brightpath/dropout-model/issues/88]].

I'm the data scientist who built it. [[PERSON:Kieran O'Shea]], my manager, agrees privately but says [[PERSON:Mark]] has already told the board. I can mark it approved with a caveat in the notes field nobody reads, or refuse to mark it and let [[PERSON:Kieran]] take the heat. Which is worse?
""",
    ),
    (
        "h13-45",
        "Singaporean English (Singlish); Pte. Ltd., Jurong East, a FIN number, names with bin and family-name-first order, a Tamil name, a date in day-month-year",
        """
Eh need advice leh. I'm a data analyst at [[ORG:Merlion Staffing Pte. Ltd.]], office at [[LOCATION:Jurong East]]. We place foreign workers in construction and F&B. My boss [[PERSON:Tan Wei Ming]] wants a "reliability score" for workers: number of MC days, complaints filed, and whether they ever called the [[ORG:MOM]] hotline. Workers who complained get lower scores and fewer placements. Walao.

I told him complaining to [[ORG:MOM]] is their right, cannot penalise. He said "aiyah, it's just one feature only". My colleague [[PERSON:Muhammad Hafiz bin Rahman]] agrees with me but he's quite junior, and [[PERSON:Priya Subramaniam]] from ops says the clients "want workers who don't make trouble".

The data has FIN numbers like [[ID:G5519203N]] and dormitory addresses. One worker, [[PERSON:Rahim]], complained about unpaid salary on [[DATE:21-07-2025]] and his score dropped to the bottom.

Can I just quietly remove the hotline feature? [[PERSON:Wei Ming]] checks the code sometimes, sure kena caught. Or should I go to [[ORG:TAFEP]]? Or am I overthinking and this is just how the industry works?
""",
    ),
    (
        "h13-46",
        "Swedish-English; AB firm, a personnummer, Gothenburg district and city, a Swedish date, a municipality, lower-case first names in a quoted chat",
        """
Hej! Data engineer at [[ORG:Vägvisaren AB]] in [[LOCATION:Göteborg]], office in [[LOCATION:Lindholmen]]. We build school-choice software for municipalities. [[ORG:Mölndals kommun]] asked us to predict which pupils are "at risk of not completing" so counsellors can prioritise. Good intention.

But the feature list from their side includes parents' income, whether the parents were born abroad, and social services contacts. My lead wrote in our chat:

[[PERSON:johan]]: kör på, kommunen har rättslig grund
me: har du sett grunden? (have you seen the legal basis?)
[[PERSON:johan]]: [[PERSON:annika]] sa det på mötet

[[PERSON:Annika Lindqvist]] is the municipality's project owner. The meeting was on [[DATE:22 september]]. Nobody has sent a document. The training data has personnummer, for example [[ID:20120914-2385]], a child.

I'm not Swedish, I moved here four years ago, and I notice I'm the only one in the room worrying. Maybe it's cultural trust in the state. But a model that tells counsellors "this child of immigrants will probably fail" can become self-fulfilling. Should I insist on seeing the DPIA before I write a line of code? Is that overstepping as a vendor?
""",
    ),
    (
        "h13-47",
        "Chilean Spanish and English; don and señora honorifics outside spans, SpA, a RUT number, a Santiago comuna, a date in Spanish numeric form, a WhatsApp audio transcription",
        """
Hola cabros. Trabajo como data analyst en [[ORG:Cordillera Retail SpA]], en [[LOCATION:Las Condes]], [[LOCATION:Santiago]]. Our HR manager, don [[PERSON:Patricio]], sent me a WhatsApp audio, I transcribe:

"Oye [[PERSON:Cata]], necesito la lista de los que firmaron por el sindicato, cruzala con las cámaras de la bodega de [[LOCATION:Quilicura]], ya? Para el [[DATE:15/12]]."

[[PERSON:Cata]] is me, [[PERSON:Catalina]]. The union list is not something we should even have; someone photographed the sign-up sheet. He wants the faces from the warehouse cameras matched to the names. One of the names, RUT [[ID:17.482.395-K]], is a señora who has worked there 22 years, señora [[PERSON:Eliana]], she always brings sopaipillas when it rains.

Anti-union practices are illegal here, la [[ORG:Dirección del Trabajo]] fines companies for this. But don [[PERSON:Patricio]] is the one who hired me after two years unemployed. Po, I really don't know what to do. If I say no, he'll find someone in IT who says yes. Should I warn the union? Is that disloyal?
""",
    ),
    (
        "h13-48",
        "rushed US phone text with typos and txt-speak; a person named Faith and a coworker Will (case exceptions), lower-case clinic chain, a licence plate, an IP address, a date with slashes",
        """
ugh ok so i do data stuff for [[ORG:carewell urgent care]] (like 9 clinics around [[LOCATION:Tulsa]]) and my boss [[PERSON:faith]] wants me 2 pull the parking lot camera plates for a patient who left w/o paying. plate [[ID:KXR-4419]], [[LOCATION:OK]] tag. she wants to match it to the DMV thing [[PERSON:will]] from IT has access to (idk how, dont ask) n send collections to her house. its like $340.

also the login to that DMV lookup is from some IP [[ID:203.0.113.77]] thats not even ours?? [[PERSON:will]] says its "a guy he knows"

i said isnt that illegal and [[PERSON:faith]] said "we have a right to get paid" which ok yes but not like this?? the visit was [[DATE:11/2]], a kid w a fever, mom prob panicked

idk. i like my job. [[PERSON:faith]] n [[PERSON:will]] r basically friends outside work. do i just say im not comfortable n let them do it themselves?? or tell someone above [[PERSON:faith]], theres a regional director [[PERSON:Dana]] but ive met her like once
""",
    ),
    (
        "h13-49",
        "nothing identifying: rushed phone text about p-hacking an A/B test; weekdays, a version number, percentages, job titles, tools",
        """
ok need a sanity check pls. im the only analyst on a small product team and we ran an A/B test on the new checkout page for 3 weeks. result is flat, like +0.4% conversion, p = 0.31. the PM is furious bc the redesign was her idea n the CEO already posted about it internally.

so now shes asking me to "slice it" by device, country, new vs returning, time of day, until something is significant. and then report only that slice. ive done this before for smaller stuff n i know its basically p-hacking. with 20 slices one will be significant by chance lol.

she also wants me to stop the test on friday "before it regresses". its already flat!! theres nothing to regress from.

i suggested we pre-register 2 slices and correct for multiple comparisons, and she said that's "academic". the release is v4.2 on monday whatever i say. do i just give her the slices with a big warning in the deck? or refuse n look like im not a team player. ive been here 5 months
""",
    ),
    (
        "h13-50",
        "nothing identifying: chat excerpt with role labels only; the verb 'Bill' at the start of a sentence (allowed), amounts, a quarter without a year, generic places",
        """
Pasting a chat with my manager, roles only:

Manager: the client's usage report for the quarter is due tomorrow
Me: the numbers are lower than last quarter because two of their teams stopped using the dashboard
Manager: count the automated refreshes as active users
Me: that would roughly double the number
Manager: Bill them for the higher tier then, they agreed to pay per active user

I'm the data analyst on the account. The scheduled refreshes are a service account hitting the dashboard every hour; no human is looking at it. Our contract defines an active user as "a named individual who logs in during the period". Counting the service account turns 40 real users into about 90 "active" ones and moves them into a pricing tier that costs them roughly four times as much.

My manager isn't a villain, we missed our Q3 target and the whole office is nervous about layoffs. I could push back once more, or I could produce the report with both numbers and a definitions section, and let the account lead decide what goes to the client. Is giving both numbers a cop-out?
""",
    ),
    (
        "h13-51",
        "nothing identifying: voice-to-text without punctuation, a research assistant and a survey with fabricated responses; durations, relative dates",
        """
so I'm a research assistant on a survey project at a university I won't say which and last week I noticed that about sixty of the responses from the final wave have identical timestamps a few seconds apart and the same typing pattern in the open text box like the same misspelling of necessary in all of them and when I asked the postdoc who collected that wave she said the response rate was too low and she quote topped it up with plausible answers so the grant report would look better and she said everybody does it a little and that the conclusions don't change and she's probably right that the conclusions don't change much but it's still made up data in a dataset we're going to publish and share I'm on a one year contract and she writes my reference and the professor is on sabbatical for another two months so what do I do wait until he's back or email him now or go to the research integrity office directly I honestly feel sick about it
""",
    ),
    (
        "h13-52",
        "nothing identifying: non-native English, a junior ML engineer asked to delete model evaluation results; weekdays, percentages, generic tools (Excel, Jira, Git)",
        """
Hello everyone. I am junior ML engineer since one year in a medium company which makes software for reading medical images. Last month I evaluated our new model on a test set from a different hospital, and the sensitivity for small lesions drop from 91% to 74%. I wrote it in the Jira ticket and put the Excel with results in the shared drive.

On Wednesday my team leader ask me to remove the ticket comment and the Excel, because the regulator submission is next month and "this external data is not representative". He said to keep the file only on my laptop. The results are also in Git history, and he asked if I can rewrite the history.

I think he is under big pressure from the management. But if the model goes to patients and misses small lesions, people can die from this. In my country we respect the senior very much and I am afraid to be ungrateful. Is it allowed to refuse? Should I keep a private copy of the results, or is this also wrong because it is company data?
""",
    ),
    (
        "h13-53",
        "nothing identifying: bullet list from a DBA about a request to silently restore deleted audit logs; versions, times, weekdays, a job title, 'the office'",
        """
Trying to get my thoughts in order before I talk to anyone:

- I'm a DBA at a mid-sized logistics company, about six years in.
- Monday, 07:40: monitoring alert, the audit log table for the finance schema was truncated overnight.
- The session came from the finance director's admin account, from inside the office, at 23:12.
- 09:15: I report it to my manager. He tells me to restore it from backup and "not make a fuss, it was probably a script".
- There's no script. The cron jobs on that server haven't changed since the upgrade to version 15.
- Tuesday: the finance director comes by my desk, very friendly, asks whether the backups "go back far".
- The external audit starts in two weeks.

I can restore the table, that part is easy. What I can't decide is whether restoring it quietly is the right thing, or whether I should document the truncation and who did it, and send that to someone other than my manager. We don't have an ethics hotline. We do have an audit committee but I've never spoken to any of them. Is it my place?
""",
    ),
    (
        "h13-54",
        "nothing identifying: forum-style post with an edit, a data scientist and a recommender for a gambling app; amounts, quarters, relative dates, product categories",
        """
Throwaway because my coworkers read this forum.

I'm a data scientist at a sports betting app. My current project is a "re-engagement" model: it predicts which lapsed users are most likely to come back if we send them a free bet. Fine, standard marketing stuff. Except the features that predict re-engagement best are things like "deposited more than they withdrew for six straight months", "bets placed between 2am and 5am", and "tried to set a deposit limit and then removed it".

In other words the model is very good at finding people with a gambling problem. My lead says the regulator only requires us to exclude people who self-excluded, and that we're compliant. Product wants it live before the big tournament next summer.

I've proposed dropping those features and accepting worse performance; the uplift goes from about 9% to 6%. Got told that's a "values decision above my pay grade".

Do I keep arguing, build it, or start looking for another job?

Edit: to everyone saying "just quit" — I'm the main earner at home, it's not that simple.
""",
    ),
    (
        "h13-55",
        "nothing identifying: short formal letter without names to an ethics committee about a data-sharing request; 'the Trust' avoided, generic titles, durations",
        """
To the members of the research ethics committee,

I am writing in my capacity as the data manager for a longitudinal cohort study. I would prefer to remain anonymous at this stage.

Three weeks ago the principal investigator asked me to prepare an extract of the cohort data for a commercial partner that is developing an insurance product. The extract would include dates of birth, partial postcodes and full medication histories. Participants consented to their data being used "for health research by the study team and academic collaborators". A commercial insurance product does not, in my view, fall within that consent.

When I raised this, I was told that the partner would sign a data-sharing agreement and that the data would be "pseudonymised". In a cohort of this size, with those fields, re-identification would not be difficult.

I would be grateful for guidance on two points. First, whether this request requires an amendment to the approved protocol. Second, whether I may decline to prepare the extract until the committee has considered it, without this being treated as a refusal to follow a reasonable instruction.

Yours faithfully,
The data manager
""",
    ),
]


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------

KINDS = ("PERSON", "ORG", "LOCATION", "EMAIL", "PHONE", "URL", "HANDLE", "DATE", "ID")
MARK = re.compile(r"\[\[(" + "|".join(KINDS) + r"):(.+?)\]\]")

# A span may end in a full stop only when it ends in one of these abbreviations.
ABBREVIATIONS = (
    "Ltd.",
    "Inc.",
    "Co.",
    "S.A.",
    "N.V.",
    "Bhd.",
    "K.K.",
    "A.Ş.",
    "A.E.",
    "o.o.",
    "C.V.",
    "ehf.",
    "E.C.",
    "S.C.",
    "Kft.",
    "S.r.l.",
    "s.r.o.",
    "S.A.C.",
    "S.L.",
    "S.p.A.",
    "S.R.L.",
)
# A person's initial may also end a span in a full stop ("S.", "T.R.").
INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")
# Leading characters allowed by kind: a handle keeps its sigil, a phone number its + or (.
LEADING_OK = {"HANDLE": "@#", "PHONE": "+("}
# Particles inside personal names are not checked as name tokens on their own.
PARTICLES = {"van", "der", "den", "de", "la", "del", "al", "el", "bin", "ni"}
# Deliberate exceptions to the case-insensitive person-token check: these names are also
# ordinary words ("will", "hope", "faith", "the numbers rose", "mark it approved", "the guy",
# "dev environment", "car park"), so only their capitalised form is checked. Initials written
# in capitals (RT, JD, GF) are also checked with case. When one of these names is written in
# lower case ("faith", "will" in h13-48), it is checked only inside the stories that label
# it, because elsewhere the lower-case word is the ordinary one.
CASE_SENSITIVE_TOKENS = {
    "Will",
    "Hope",
    "Faith",
    "Rose",
    "Mark",
    "Bill",
    "Guy",
    "Sunny",
    "Amber",
    "Chase",
    "Park",
    "Dev",
    "Tan",
}
# Deliberate exceptions to the missed-mention check: (story id, text) -> why the unlabelled
# occurrences of that text in that story are correct.
ALLOWED_UNLABELLED = {
    ("h13-05", "Hope"): "sentence-initial verb ('Hope you can tell me'), not the name",
    ("h13-17", "Will"): "sentence-initial auxiliary verb ('Will I get in trouble'), not the name",
    ("h13-50", "Bill"): "sentence-initial verb ('Bill them for the higher tier'), not the name",
    ("h13-19", "OK"): "the interjection ('OK normal'), not the state abbreviation of h13-48",
    ("h13-28", "OK"): "the interjection ('OK maybe this is in the contract'), not the state",
}
# Tools and platforms that must never sit inside a PERSON, ORG or LOCATION span.
TOOLS = ("Python", "SQL", "Slack", "Jira", "Teams", "WhatsApp", "Excel", "Airflow", "Tableau")

MIN_WORDS, MAX_WORDS = 100, 220


def is_punct(ch):
    return ch in string.punctuation or unicodedata.category(ch).startswith("P")


def parse(marked):
    """Remove the markup and return (plain text, spans with exact offsets)."""
    parts, spans, pos, length = [], [], 0, 0
    for m in MARK.finditer(marked):
        parts.append(marked[pos : m.start()])
        length += m.start() - pos
        kind, value = m.group(1), m.group(2)
        spans.append(
            {
                "entity_type": kind,
                "entity_value": value,
                "start_position": length,
                "end_position": length + len(value),
            }
        )
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    return "".join(parts), spans


def whole_word(value, flags=0):
    return re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)", flags)


def name_tokens(value):
    tokens = set()
    for raw in value.replace(",", " ").split():
        token = raw.strip(".")
        pieces = [token]
        head, sep, tail = token.partition("-")
        if sep and head.lower() in PARTICLES:
            pieces.append(tail)
        for piece in pieces:
            if len(piece) < 2 or piece.lower() in PARTICLES:
                continue
            tokens.add(piece)
    return tokens


def check_span(story_id, text, span, errors):
    kind, value = span["entity_type"], span["entity_value"]
    start, end = span["start_position"], span["end_position"]
    where = f"{story_id}: {kind} {value!r}"
    if text[start:end] != value:
        errors.append(f"{where}: offsets do not match")
    if value != value.strip():
        errors.append(f"{where}: leading or trailing whitespace")
    if is_punct(value[0]) and value[0] not in LEADING_OK.get(kind, ""):
        errors.append(f"{where}: leading punctuation")
    if is_punct(value[-1]) and not (
        value[-1] == "." and (value.endswith(ABBREVIATIONS) or INITIAL_END.search(value))
    ):
        errors.append(f"{where}: trailing punctuation")
    if kind in ("PERSON", "ORG", "LOCATION"):
        for tool in TOOLS:
            if whole_word(tool).search(value):
                errors.append(f"{where}: contains the tool name {tool}")


def is_lower_ordinary(value):
    """A lower-case name that is also an ordinary word ("will", "faith")."""
    return value.islower() and value.capitalize() in CASE_SENSITIVE_TOKENS


def covered(start, end, spans):
    return any(s["start_position"] <= start and end <= s["end_position"] for s in spans)


def missed_mentions(records, errors):
    """Every whole-word occurrence of a labelled value, in any story, must be labelled."""
    values = {s["entity_value"] for r in records for s in r["spans"]}
    patterns = [(v, whole_word(v)) for v in sorted(values)]
    tokens = set()
    for r in records:
        for s in r["spans"]:
            if s["entity_type"] == "PERSON":
                tokens |= name_tokens(s["entity_value"])
    for token in sorted(tokens):
        exact = (
            token in CASE_SENSITIVE_TOKENS
            or is_lower_ordinary(token)
            or (token.isupper() and len(token) <= 4)
        )
        patterns.append((token, whole_word(token, 0 if exact else re.IGNORECASE)))
    labelled_in = {}
    for r in records:
        for s in r["spans"]:
            labelled_in.setdefault(s["entity_value"], set()).add(r["id"])
    for r in records:
        text, spans = r["full_text"], r["spans"]
        reported = set()
        for value, pattern in patterns:
            if (r["id"], value) in ALLOWED_UNLABELLED:
                continue
            if is_lower_ordinary(value) and r["id"] not in labelled_in.get(value, ()):
                continue
            for m in pattern.finditer(text):
                if not covered(m.start(), m.end(), spans) and m.span() not in reported:
                    reported.add(m.span())
                    context = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    errors.append(
                        f"{r['id']}: unlabelled {m.group()!r} (from {value!r}): ...{context}..."
                    )


def build():
    records, errors = [], []
    seen = set()
    for story_id, notes, marked in STORIES:
        if story_id in seen:
            errors.append(f"{story_id}: duplicate id")
        seen.add(story_id)
        text, spans = parse(marked.strip())
        if "[[" in text or "]]" in text:
            errors.append(f"{story_id}: markup left over")
        for span in spans:
            check_span(story_id, text, span, errors)
        ordered = sorted(spans, key=lambda s: s["start_position"])
        for a, b in itertools.pairwise(ordered):
            if b["start_position"] < a["end_position"]:
                errors.append(
                    f"{story_id}: overlapping spans {a['entity_value']!r} {b['entity_value']!r}"
                )
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"{story_id}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        records.append({"full_text": text, "spans": spans, "id": story_id, "notes": notes})
    missed_mentions(records, errors)
    return records, errors


def main():
    records, errors = build()
    out = Path(__file__).resolve().parent / "redaction_holdout13.json"
    if not errors:
        out.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        for r in json.loads(out.read_text(encoding="utf-8")):
            for s in r["spans"]:
                if r["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                    errors.append(f"{r['id']}: offsets changed after serialisation")
    for error in errors:
        print("ERROR", error)
    counts = Counter(s["entity_type"] for r in records for s in r["spans"])
    words = [len(r["full_text"].split()) for r in records]
    empty = sum(1 for r in records if not r["spans"])
    print(
        f"{len(records)} stories ({empty} with nothing identifying), {sum(counts.values())} spans"
    )
    for kind in KINDS:
        print(f"  {kind:<8} {counts[kind]}")
    print(f"words per story: {min(words)}-{max(words)}")
    if errors:
        print(f"{len(errors)} check(s) failed; {out.name} not written")
        return 1
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
