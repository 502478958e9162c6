#!/usr/bin/env python3
"""Write and check ``redaction_messy_dev8.json``, the eighth messy development set.

Self-contained: the stories below carry inline markup ``[[KIND:text]]`` (KIND is one of
PERSON, ORG, LOCATION, EMAIL, PHONE, URL, HANDLE, DATE, ID). This script strips the
markup, works out the offsets, runs the checks described in ``tests/data/README.md``
and writes the JSON file next to itself in the presidio-research format.

Focus of this set: handles and usernames on many platforms, dates in every form
(partial, spoken, abbreviated, other languages, ranges, quarters, seasons, bare
years), ID numbers of many shapes, phone numbers of many countries (also spoken
out), and people and organisations inside chat logs, e-mail headers and
signatures, meeting minutes with initials and bug tickets.

Written by a helper who never saw the redaction engine. Every person, firm,
number and address is invented, apart from a few well-known real organisations
and places.

Run: ``python3 tests/data/make_messy_dev8.py`` (exits non-zero if a check fails).
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from pathlib import Path

KINDS = ("PERSON", "ORG", "LOCATION", "EMAIL", "PHONE", "URL", "HANDLE", "DATE", "ID")
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")
OUT = Path(__file__).with_name("redaction_messy_dev8.json")
ID_PREFIX = "d8-"
MIN_WORDS, MAX_WORDS = 80, 200

# Tools and platforms that are never part of a PERSON, ORG or LOCATION span.
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
    "Instagram",
    "TikTok",
    "Mastodon",
    "Signal",
    "Zoom",
    "Excel",
)
# Words that must be labelled wherever they stand alone.
ALWAYS = ("UK", "US", "USA", "NHS", "EU", "UAE")
# Name particles not checked on their own (they are ordinary words in many languages).
PARTICLES = {
    "de",
    "da",
    "do",
    "dos",
    "das",
    "van",
    "von",
    "der",
    "den",
    "bin",
    "binti",
    "al",
    "el",
    "la",
    "le",
    "di",
    "du",
    "ter",
    "y",
}
# A trailing '.' is allowed only for these legal suffixes.
LEGAL_DOT = ("Inc.", "Ltd.", "Co.", "S.A.", "B.V.", "A.Ş.", "o.o.", "N.V.", "Corp.", "S.p.A.")
# Leading characters allowed per kind (a sigil or the start of a phone number).
LEAD_OK = {"HANDLE": "@#", "PHONE": "+("}

STORIES: list[tuple[str, str]] = []  # (notes, marked text); ids are given in order


def story(notes: str, text: str) -> None:
    """Add one story; text keeps its inline markup."""
    STORIES.append((notes, text.strip("\n")))


# --- d8-01 -------------------------------------------------------------------
story(
    "Slack export: speaker names with times, @handles with dots and hyphens, a #channel, "
    "a JIRA-style key, a spoken date ('twelfth of march').",
    """
copying this out of slack before the 90 day retention eats it.

[[PERSON:Dana Whitcombe]]  9:14 AM
[[HANDLE:@rory.m]] can you rerun the churn deck without the [[LOCATION:Sheffield]] stores? they drag the line down and the board sees it thursday
[[PERSON:Rory Maguire]]  9:20 AM
dropping stores because they look bad isn't a filter, it's a narrative. can we at least footnote it
[[PERSON:Dana Whitcombe]]  9:21 AM
no footnotes. just do it, ticket is [[ID:CHRN-2291]], due the [[DATE:twelfth of march]]
[[PERSON:Rory Maguire]]  9:40 AM
ok. cc [[HANDLE:@priya-analytics]] since she owns the store dimension

that was me, [[PERSON:Rory]]. I did it. I also posted a careful note in [[HANDLE:#data-ethics-circle]] which nobody reacted to for weeks. we were bought a few months later and the deck sat in the data room as if it were true. I still think about it every time someone says "just a filter".
""",
)

# --- d8-02 -------------------------------------------------------------------
story(
    "Forum post: r/ community, gamer tags without @, a TikTok @handle, an old-style Discord "
    "tag with #discriminator; dates 'Feb 6th', \"Feb '24\", bare year, a ticket number after '#'.",
    """
Posting this here because it got removed from [[HANDLE:r/datascience]]. Throwaway obviously.

I do analytics for a mobile game studio, [[ORG:Pixelmoor Games]] in [[LOCATION:Dundee]]. Our monetisation lead wanted a list of "whales" who were probably under 16, guessed from their bios and linked to in-game spend. He pasted gamer tags straight into the sheet: [[HANDLE:xXGhostPandaXx]], [[HANDLE:lil_kestrel09]], [[HANDLE:NoScopeNana]]. One of them had a TikTok, [[HANDLE:@nana.plays.daily]], with a school uniform in the profile picture.

I pushed back in the sprint review on [[DATE:Feb 6th]] and again in writing. The reply from [[PERSON:Callum]] was "it's just segmentation, relax". I told our DPO, ticket #[[ID:4821]] was closed as won't-fix in [[DATE:Feb '24]], and by [[DATE:2025]] the offer targeting was live in two markets. My discord is [[HANDLE:quietlambda#4410]] if anyone went through the same and wants to talk.
""",
)

# --- d8-03 -------------------------------------------------------------------
story(
    "E-mail header and Swedish signature: name with address, team address, date line with "
    "weekday and time zone, full street address as one span, Swedish phone, Q1 2024.",
    """
From: [[PERSON:Helena Strand]] <[[EMAIL:h.strand@norrlandfreight.example]]>
To: [[EMAIL:analytics-team@norrlandfreight.example]]
Date: Mon, [[DATE:3 Jun 2024]] 08:02:11 +0200
Subject: RE: driver scores - need by Friday

Hi all,
Please make sure the new "fatigue score" uses the in-cab camera flags from the [[DATE:Q1 2024]] pilot. Drivers scoring under 40 go on the reassignment list for the [[LOCATION:Göteborg]] depot. The union does not need the method.

Med vänliga hälsningar / Best regards
[[PERSON:Helena Strand]]
Head of Driver Operations, [[ORG:Norrland Freight AB]]
[[LOCATION:Hamngatan 14, 411 06 Göteborg]]
[[PHONE:+46 31 555 0142]]

I was on that list as the only data scientist. I replied asking for a DPIA; [[PERSON:Helena]] forwarded my reply to legal with "please manage". I left in [[DATE:autumn 2024]].
""",
)

# --- d8-04 -------------------------------------------------------------------
story(
    "Meeting minutes with initials as speakers, an academic title outside the span, a UK "
    "grant reference with slashes, dd/mm/yyyy date, an NHS trust.",
    """
Minutes, data governance working group, [[ORG:University of Wexmoor]]
Date: [[DATE:14/11/2023]]
Present: [[PERSON:KW]] (chair), [[PERSON:TB]], [[PERSON:HVR]], me (minutes). Apologies: Prof. [[PERSON:Imogen Tarrant]].

1. [[PERSON:KW]] reported that the linked dataset for grant [[ID:EP/X031172/1]] still holds full postcodes and dates of birth. [[PERSON:TB]] proposed we "simply not mention it" in the ethics amendment.
2. [[PERSON:HVR]] objected; action on [[PERSON:HVR]] to draft a note to [[ORG:Fenwick Valley NHS Foundation Trust]].
3. AOB: none.

What the minutes don't say: I was told to delete item 2 before circulating. I kept my own copy. The amendment went to the committee on [[DATE:1 December]] without the note, and [[PERSON:Tarrant]] signed it off from sabbatical.
""",
)

# --- d8-05 -------------------------------------------------------------------
story(
    "Bug ticket: JIRA key in the title, reporter handle without @, assignee @handle, ISO date, "
    "employee number, MAC address, IP address, a regulator, a first name in lower case.",
    """
[[ID:SEC-4471]]  Badge readers log MAC addresses of staff phones
Reporter: [[HANDLE:ofelia.rm]]   Assignee: [[HANDLE:@dkrauss]]
Created: [[DATE:2023-09-18]]   Priority: Low (was High)

The lobby readers at the [[LOCATION:Rotterdam]] office sniff wifi probe requests. Example row from the raw table:
  emp_id=[[ID:E-40218]] mac=[[ID:3C:22:FB:91:0A:7E]] ap=[[ID:198.51.100.23]] seen=08:51
This is joined to the HR table to compute "time on floor". It was never in the privacy notice.

[[HANDLE:@dkrauss]]: works as designed, product asked for it. Closing.
[[HANDLE:ofelia.rm]]: reopening, this is personal data.

i'm [[PERSON:ofelia]]. the ticket was closed again two days later by someone from the vendor, [[ORG:Vantor Workplace Systems]]. I filed with the [[ORG:Autoriteit Persoonsgegevens]] in [[DATE:October 2023]] and I'm still waiting.
""",
)

# --- d8-06 -------------------------------------------------------------------
story(
    "Voice-to-text: no punctuation, lower-case names, spoken dates ('third of jan', "
    "'january the ninth'), a phone number spoken digit by digit, a spelled-out e-mail, 'easter 2024'.",
    """
ok so um this is voice typed sorry for the mess so i work in the call centre analytics team at [[ORG:Larkspur Telecom]] in [[LOCATION:Swansea]] and my manager [[PERSON:gareth pryce]] wants us to flag callers who sound quote unquote stressed so retention can push them onto the twenty four month contract he said it on a team call on the [[DATE:third of jan]] and again on [[DATE:january the ninth]] i said thats emotional profiling and [[PERSON:gareth]] said ring me after and gave me his personal mobile [[PHONE:oh seven seven oh oh nine double oh four one two]] which is weird in itself i didnt ring i emailed the ethics inbox instead [[EMAIL:ethics at larkspur dash telecom dot example]] and got an auto reply the stress flag went live around [[DATE:easter 2024]] and nobody has asked the callers anything
""",
)

# --- d8-07 -------------------------------------------------------------------
story(
    "WhatsApp export in Nigerian Pidgin: date stamps dd/mm/yy, speakers by full and first name, "
    "'Mr' outside the span, Nigerian phone, neighbourhood and city.",
    """
exported from whatsapp, I left the names in so please cut them:

[[DATE:12/03/24]], 21:04 - [[PERSON:Tunde Bakare]]: abeg the scoring model don flag everybody wey get [[LOCATION:Ajegunle]] address again
[[DATE:12/03/24]], 21:06 - [[PERSON:Ngozi]]: na the area feature. Mr [[PERSON:Haruna]] say make we no touch am
[[DATE:12/03/24]], 21:07 - [[PERSON:Tunde Bakare]]: e don pass redlining o. I go escalate
[[DATE:13/03/24]], 08:30 - [[PERSON:Ngozi]]: before you escalate call me, [[PHONE:+234 803 555 0172]]

We were both on the credit team at [[ORG:Kobo Bridge Finance]]. [[PERSON:Tunde]] escalated to compliance that week. The feature was renamed, not removed. He was moved to the [[LOCATION:Abuja]] office in [[DATE:May 2024]].
""",
)

# --- d8-08 -------------------------------------------------------------------
story(
    "French/English: Mastodon handle with instance, X and Instagram @handles, French dates "
    "('3 février', '12 mars 2024'), weekday outside, French plate, ad reference, CNIL.",
    """
Je poste en anglais pour que plus de monde lise. I was a data analyst at [[ORG:Maison Vériel]], a cosmetics retailer in [[LOCATION:Lyon]]. Marketing bought a tool that matched loyalty-card customers to their Instagram accounts by selfie. My n+1, [[PERSON:Sandrine Lefort]], presented it le [[DATE:3 février]] as "enrichissement". Customers who posted about acne got targeted ads within hours.

I raised it internally, then publicly from my own account [[HANDLE:@vmarchal@piaille.example]]. Someone from the brand replied from [[HANDLE:@veriel_officiel]] on X telling me to delete it. I did, mardi [[DATE:12 mars 2024]], after a call with HR.

My complaint to the [[ORG:CNIL]] cited their influencer account [[HANDLE:@glowbyveriel]] and campaign [[ID:AD-77310-FR]]. Nothing yet. Their delivery van, plate [[ID:GH-482-KT]], was parked outside my building twice that month. Probably coincidence.
""",
)

# --- d8-09 -------------------------------------------------------------------
story(
    "German timeline: GmbH and AG inside spans, German plates, 'am 14. März 2023', calendar "
    "week 'KW 16/2023', 'Anfang Juni', 'Juli 2023', badge number, umlaut names.",
    """
Kurz auf Englisch, sorry for mistakes. I'm a data engineer at [[ORG:Halvorsen Mobility GmbH]] in [[LOCATION:München]]. Our fleet telematics were sold to an insurer, [[ORG:Sicherra Versicherung AG]], including trips of company cars used privately at weekends, like [[ID:M-HK 4821]] and [[ID:FS-TR 902]].

Timeline:
- am [[DATE:14. März 2023]]: data-sharing contract signed, nobody in engineering saw it
- [[DATE:KW 16/2023]]: first export, 3.2 million rows
- [[DATE:Anfang Juni]]: I wrote to the works council, with my badge no. [[ID:70-1183]] on the letter because they asked
- [[DATE:Juli 2023]]: my manager [[PERSON:Jörg Albrecht]] called it a "Vertrauensbruch" that I went to them

The works council got the transfer paused. [[PERSON:Jörg]] still doesn't greet me in the corridor. Maybe I'm naive but I would do it again.
""",
)

# --- d8-10 -------------------------------------------------------------------
story(
    "Spanish/English: '12 de marzo', 'verano de 2024', Spanish postcode, complaint reference with "
    "slashes, DNI number, Spanish mobile.",
    """
Bueno, here goes. Trabajo en [[ORG:Grupo Alcaraz Seguros]] en [[LOCATION:Valencia]], data science de siniestros. Mi jefa, [[PERSON:Maite Ordóñez]], quería que el modelo de fraude usara el barrio del asegurado. The feature was literally "% población extranjera" por código postal, so claims from [[LOCATION:46019]] scored double.

El martes [[DATE:12 de marzo]] lo dije en la reunión. [[PERSON:Maite]]: "es solo una variable más". I sent a formal complaint to compliance, referencia [[ID:CMP/2024/0193]], and they replied asking for my DNI, [[ID:48215937K]], which felt more like a threat than a process.

En [[DATE:verano de 2024]] me cambiaron de equipo. The feature is still there. Si alguien de ahí lee esto y quiere hablar: [[PHONE:+34 612 55 01 87]].
""",
)

# --- d8-11 -------------------------------------------------------------------
story(
    "Brazilian Portuguese with English: 'março de 2023', '5 de junho', bare month 'agosto', "
    "CPF number, Brazilian mobile with area code, ANPD protocol number.",
    """
Oi gente, sorry for the portuguese. Eu era analista de dados na [[ORG:Sabiá Crédito]] em [[LOCATION:Recife]]. Em [[DATE:março de 2023]] o diretor comercial, [[PERSON:Rodrigo Tavares]], pediu para cruzar o CPF dos clientes com a lista de processos trabalhistas. So a client with CPF [[ID:123.456.789-09]] (example from the sheet he sent) went to "risco alto" because he had sued a former boss.

Falei que isso fere a LGPD. He answered in the WhatsApp group, from [[PHONE:(81) 95555-0134]], "quem não está confortável pode sair". Saí no dia [[DATE:5 de junho]]. My final thesis at uni was about bias, ironia.

Denunciei pra [[ORG:ANPD]] em [[DATE:agosto]], protocolo [[ID:00261.004417/2023-51]]. Até hoje nada. [[PERSON:Rodrigo]] got promoted.
""",
)

# --- d8-12 -------------------------------------------------------------------
story(
    "Indonesian/English: 'Pak' and 'Mbak' outside spans, Telegram bot @handle, NIK number, "
    "'17 Agustus 2023', weekday 'Senin' outside, Indonesian mobile, a ministry.",
    """
Maaf English saya kurang bagus. I am data analyst di [[ORG:PT Cendana Digital Nusantara]], [[LOCATION:Jakarta]]. Bos saya, Pak [[PERSON:Hendra Wijaya]], ask us to buy data from a Telegram bot, [[HANDLE:@ceknik_murah_bot]], which sell NIK and home address of people. Example he share in our group: NIK [[ID:3174052708910003]] with full address and mother name. In rapat tanggal [[DATE:17 Agustus 2023]], yes on independence day, he say "semua kompetitor juga pakai".

I refuse. Mbak [[PERSON:Sari]] from legal support me. We report the bot to [[ORG:Kominfo]] on Senin, [[DATE:4 September]]. Sampai sekarang bot itu masih aktif and Pak [[PERSON:Hendra]] still use it I think. If journalist want to ask, my number: [[PHONE:+62 812-5550-1943]].
""",
)

# --- d8-13 -------------------------------------------------------------------
story(
    "Turkish/English: 'Bey' after the name outside the span, Turkish plate, '15 Mart 2023', "
    "'Nisan sonu', 'Haziran 2023', TC kimlik number, Telegram handle, Turkish mobile.",
    """
Merhaba. Writing from [[LOCATION:İzmir]]. I was the only data person at [[ORG:Mercan Lojistik A.Ş.]]. Our general manager, [[PERSON:Serkan Aydın]] Bey, wanted a dashboard of which warehouse workers went to union meetings, from the turnstile logs and the GPS of the staff buses. Bus [[ID:35 ABC 482]] stopped near the sendika office on [[DATE:15 Mart 2023]], so everybody on it was flagged.

I said this is illegal in [[LOCATION:Türkiye]] and also just wrong. He asked for my TC kimlik no, [[ID:28471635902]], "for the disciplinary file". I resigned [[DATE:Nisan sonu]].

A friend still there messages me on Telegram, [[HANDLE:@elifdata35]]. She says the dashboard was shown to the board in [[DATE:Haziran 2023]]. If you want to check my story: [[PHONE:0532 555 01 44]].
""",
)

# --- d8-14 -------------------------------------------------------------------
story(
    "Polish/English: 'Sp. z o.o.' inside the span, PESEL numbers, '15 marca 2023', '2 kwietnia', "
    "'28.04.2023', diminutive and full name of one person.",
    """
Cześć. Data engineer at [[ORG:Pelikan Data Sp. z o.o.]], [[LOCATION:Gdańsk]]. A client from HR tech (I won't say who, ok fine, [[ORG:Tramwaj Rekrutacja]]) asked for a "stability score" of job candidates. The input had PESEL numbers, which encode birth date and sex. In the sample file: [[ID:85031204567]], [[ID:92110809871]].

We started [[DATE:15 marca 2023]]. My PM [[PERSON:Tomek]] said "sex is just a column". I wrote to our data protection officer on [[DATE:2 kwietnia]]. The sprint closed [[DATE:28.04.2023]] with the sex column dropped but age kept, which you can still derive from the PESEL prefix anyway, so nothing changed really.

[[PERSON:Tomasz Zieliński]] (yes, [[PERSON:Tomek]]) later moved to the client. Dobrze mu tam.
""",
)

# --- d8-15 -------------------------------------------------------------------
story(
    "Hinglish: 'sir' after the name outside the span, 'chaar March' (Hindi number + month), "
    "'15 Feb', 'Holi 2024', Aadhaar-like number, Indian mobile, Maharashtra plate, RBI.",
    """
yaar kya bataun. I'm an ML engineer at [[ORG:Tamarind Lending Pvt Ltd]] in [[LOCATION:Pune]]. Collections team ne bola ki defaulters ke phone se contact list scrape karo and call their relatives. [[PERSON:Rakesh]] sir ne meeting mein kaha, "[[DATE:chaar March]] ko go-live hai, koi drama nahi".

Test data mein ek real customer tha, Aadhaar [[ID:4829 1736 5502]], aur uske bhai ka number [[PHONE:+91 90045 55218]] bhi list mein tha. Maine [[DATE:15 Feb]] ko [[ORG:RBI]] ke fair practices guidelines dikhaye. [[PERSON:Rakesh]] bola "[[ORG:RBI]] ko kaun batayega". Next week recovery agents ki gaadi, [[ID:MH 12 KX 4471]], subah subah us customer ke ghar ke bahar khadi thi.

Maine resign kiya [[DATE:Holi 2024]] ke baad. Notice period mein bhi koi nahi poocha kyun.
""",
)

# --- d8-16 -------------------------------------------------------------------
story(
    "Arabic transliterated with English: 'ustaz' outside the span, Hijri dates "
    "('15 Sha'ban 1445', '10 Ramadan'), weekday 'yawm al-ahad' outside, Jordanian mobile.",
    """
salam. I'm a data scientist in [[LOCATION:Amman]] at [[ORG:Sanad Microfinance]]. Our CEO, ustaz [[PERSON:Khaled Haddad]], wanted to score borrowers by how often they prayed at the mosque, using phone location pings near mosques. He said "wallahi, it's a good proxy for honesty".

The idea came up on [[DATE:15 Sha'ban 1445]] and the kickoff was yawm al-ahad [[DATE:10 Ramadan]]. I told him la, this is religion as a feature, and it punishes women who pray at home. My colleague [[PERSON:Rania]] and I wrote to the board chair together.

Two days later the chair's secretary called me from [[PHONE:+962 7 9555 0148]] to say the project is "paused". Inshallah it stays paused. The location data came from a vendor, [[ORG:Qalam Geodata]], based in [[LOCATION:Dubai]], and I have no idea who else buys it.
""",
)

# --- d8-17 -------------------------------------------------------------------
story(
    "CLEAN: no identifiers. Distractors: tool names (XGBoost, SHAP, Slack, Confluence, Jira), "
    "weekdays, durations, relative dates, a job title, percentages, an A/B test.",
    """
I'm keeping this vague on purpose. I work on a pricing team at a mid-sized online retailer, and for about three weeks last spring our dynamic pricing model was quietly charging more to people browsing on newer phones. Nobody designed it that way; the XGBoost model just learned that device price predicted willingness to pay. The SHAP plot made it obvious, with device tier as the third biggest feature.

I posted the plot in our team Slack channel on a Tuesday. My lead replied with a thumbs-up and "interesting, park it". In the Thursday stand-up I asked whether we could at least drop the feature. The answer was that revenue was up 4.2% and the A/B test was clean.

I wrote a one-page memo in Confluence, linked it from the Jira ticket, and raised it in my 1:1 the following Monday. Nothing changed for two months. Then a new Head of Pricing arrived, read the memo, and removed the feature in a day. I still don't know if pushing back mattered or if I was just lucky with timing.
""",
)

# --- d8-18 -------------------------------------------------------------------
story(
    "Telegram group paste: speakers as display names and as @handles, a lower-case first name, "
    "an Estonian IBAN-like account number, a date range '2 to 19 November 2023', OÜ suffix.",
    """
From our telegram ops group, pasted as is:

[[PERSON:Marko Tamm]], [22:41]
[[HANDLE:@liis_k]] did finance approve the refund freeze for the flagged accounts?
[[PERSON:Liis Kask]], [22:43]
yes. all 412 of them. flag came from the model, reason code "nationality_mismatch"
[[HANDLE:@sten_ops]], [22:45]
that's basically every refugee customer on the platform
[[PERSON:Marko Tamm]], [22:46]
not our problem tonight. [[PERSON:sten]], freeze [[ID:EE12 3400 0000 5555 0142]] too, she keeps emailing

I am [[PERSON:sten]]. The company was [[ORG:Rahakott OÜ]], a payments startup in [[LOCATION:Tallinn]]. The woman who kept emailing had fled [[LOCATION:Kharkiv]]; her money was frozen from [[DATE:2 to 19 November 2023]]. I sent screenshots to the [[ORG:Finantsinspektsioon]] on [[DATE:20 November]].
""",
)

# --- d8-19 -------------------------------------------------------------------
story(
    "GitHub issue: issue number after '#', @handles as author and commenters, a handle without @ "
    "in prose, 'Sep 4, 2023', IPv4 and IPv6 documentation addresses, a city in a log line.",
    """
geo-enrich writes raw client IPs to the feature store #[[ID:212]]
opened by [[HANDLE:@anouk-devries]] on [[DATE:Sep 4, 2023]]

The enrichment job logs the full IP before truncation. Sample from prod:
  [[ID:203.0.113.77]] -> [[LOCATION:Utrecht]]
  [[ID:2001:db8:4b1::17]] -> [[LOCATION:Amersfoort]]
These land in the table user_geo_v3, which marketing reads daily.

[[HANDLE:@bvanleeuwen]] commented: needed for fraud, closing as intended
[[HANDLE:@anouk-devries]] commented: fraud uses the /24, marketing does not need the full address
[[HANDLE:@bvanleeuwen]] locked this conversation

I'm the reporter. Our bank, [[ORG:Tulpen Bank]], got a letter from the regulator about exactly this eight months later. By then I'd left. The fix shipped in release 4.12, credited to [[HANDLE:bvanleeuwen]].
""",
)

# --- d8-20 -------------------------------------------------------------------
story(
    "Forum post: u/ and r/ mentions, US city and state as separate spans, 555 phone with area "
    "code in brackets, 'FY2024', short US dates 'Jan 8', 'Jan 10', 'Jan 31'.",
    """
Throwaway, long time lurker. [[HANDLE:u/fernweh_quant]] told me in another thread to write this up, so.

I'm a BI analyst at a hospital network in [[LOCATION:Columbus]], [[LOCATION:Ohio]] ([[ORG:Scioto Valley Health]], they'll know anyway). Our VP wanted ER wait-time reporting to exclude patients who left without being seen, which cut the median by 40 minutes right before the [[DATE:FY2024]] board review. I asked for the instruction in writing. Instead I got a call from [[PHONE:(614) 555-0139]], which turned out to be [[PERSON:Darlene Huxley]] in compliance, asking if I was "doing OK".

Timeline: flagged it [[DATE:Jan 8]], call [[DATE:Jan 10]], the trimmed numbers published [[DATE:Jan 31]]. I posted a vague version in [[HANDLE:r/healthIT]] and [[HANDLE:u/scrubs_and_sql]] replied "every hospital does this". Is that true?
""",
)

# --- d8-21 -------------------------------------------------------------------
story(
    "Australian: Pty Ltd inside the span, an en-dash day range '3–5 Feb', account number, "
    "Australian mobile, weekday outside '9 Feb', a real ombudsman.",
    """
G'day. Data analyst at [[ORG:Wattle Energy Pty Ltd]] in [[LOCATION:Geelong]]. After the heatwave of [[DATE:3–5 Feb]], our hardship team wanted smart-meter data used to spot customers who "could afford" to leave hardship plans: anyone whose aircon ran during the heatwave was flagged. My team lead [[PERSON:Bronwyn Tully]] sent me the list, 2,300 accounts, including account [[ID:2003 4471 882]], a man on home dialysis.

I pushed back by email. [[PERSON:Bronwyn]] rang me from her mobile, [[PHONE:0491 570 156]], and said the exec had already signed off. On Friday [[DATE:9 Feb]] I rang the [[ORG:Energy and Water Ombudsman Victoria]] without giving my name. They said they couldn't act on an anonymous tip about a list that hadn't been used yet. By the time it was used I was gone.
""",
)

# --- d8-22 -------------------------------------------------------------------
story(
    "Mastodon thread: own handle with instance, numbered posts, 'fall 2022', 'Nov 29', US-style "
    "'12/15/2022', Canadian postal code, invoice number, internal model name as ORG.",
    """
(thread from my account [[HANDLE:@maplemodel@mstdn.example]], tidied up)

1/ In [[DATE:fall 2022]] I was a contractor for [[ORG:Northhaven Insurance]] in [[LOCATION:Toronto]]. The brief: predict which claimants would give up if their claim was delayed.
2/ Yes, really. The target was literally abandoned_claim. Delays would go to high scorers.
3/ The postal code [[LOCATION:M6H 2L4]] showed up in the top ten features. It's a neighbourhood with lots of newcomers.
4/ I raised it with my contact, [[PERSON:Graham Ostrowski]], on [[DATE:Nov 29]]. His reply: "you're paid to model, not to moralise".
5/ I ended the contract [[DATE:12/15/2022]]. Invoice [[ID:INV-2022-0419]] is still unpaid lol.
6/ If you're at [[ORG:Northhaven]] and reading this: the model is called [[ORG:Ferryman]]. Please look at it.
""",
)

# --- d8-23 -------------------------------------------------------------------
story(
    "Forwarded e-mail: header with name and address, 'Thu, 9 Nov 2023 at 16:20', city in the "
    "subject, Kenyan national ID, signature with org and Kenyan phone separated by pipes.",
    """
Please cut this properly, the forward is exactly as I got it.

---------- Forwarded message ---------
From: [[PERSON:Brian Otieno]] <[[EMAIL:b.otieno@mwangaza.example]]>
Date: Thu, [[DATE:9 Nov 2023]] at 16:20
Subject: scoring pilot - [[LOCATION:Kisumu]]

Team, for the pilot we will pull M-Pesa statements for each applicant AND their guarantors, without asking the guarantors. Use the national ID, e.g. [[ID:28815530]], as the join key.
Regards,
[[PERSON:Brian]]
Head of Credit | [[ORG:Mwangaza Capital]] | [[PHONE:+254 722 555 019]]

I was the junior analyst on the list. I replied all, politely, mentioning the Data Protection Act. [[PERSON:Brian]] called me into his office the next Monday. By [[DATE:January 2024]] the pilot had become the product. I work at a different lender now.
""",
)

# --- d8-24 -------------------------------------------------------------------
story(
    "Retro notes: attendees with initials in brackets, speakers by initials, 'Q4 2023', a bare "
    "month 'July', weekday outside '8 Dec', Māori name.",
    """
Retro notes I took, [[DATE:Q4 2023]], growth insights team at [[ORG:Kiwiana Media]] in [[LOCATION:Auckland]]:

Attendees: [[PERSON:Mereana Kohu]] ([[PERSON:MK]]), [[PERSON:Liam Beech]] ([[PERSON:LB]]), me.
- [[PERSON:MK]]: reader numbers in the advertiser pack should use "engaged readers" not total, it goes up 30%
- [[PERSON:LB]]: the definition of engaged has changed twice since [[DATE:July]], we should say so
- [[PERSON:MK]]: no, advertisers don't read footnotes
- Action ([[PERSON:LB]]): update the deck by Fri [[DATE:8 Dec]]

[[PERSON:Liam]] updated the deck and added a footnote anyway. It was removed before the pack went out, and nobody told him. I wasn't brave enough to do what he did, and I'm writing this partly to admit that.
""",
)

# --- d8-25 -------------------------------------------------------------------
story(
    "CLEAN: no identifiers. A chat between roles only ('me', 'lead'), the four-fifths rule, "
    "weekdays, durations, metric values, relative dates, a version number.",
    """
me: did you see the fairness report for the screening model?
lead: skimmed it. the four-fifths thing?
me: selection rate for applicants over 50 is at 0.61 of the reference group. it was 0.78 before the retrain last month
lead: the retrain fixed recall though
me: it fixed recall by dropping the older applicants, that's the point
lead: can we talk Monday? I have the steering group in ten minutes
me: sure. I'm putting it in the release notes for v2.3 either way
lead: please don't put it in the release notes

We talked on Monday for twenty minutes. I kept the line in the release notes, softened to "known disparity under review". Two weeks later the model was rolled back without anyone saying why. I've decided to count that as a win.
""",
)

# --- d8-26 -------------------------------------------------------------------
story(
    "PR agency social listening: TikTok and Instagram usernames with and without @, a bare "
    "host/path URL, a place with two words, lower-case first name, '3rd of jan', bare month 'feb'.",
    """
i do social listening at a PR agency, [[ORG:Brightwater Comms]] in [[LOCATION:Manchester]]. client was a supermarket chain and they wanted a list of their own staff who posted about the pay dispute, matched to store. my manager [[PERSON:Kirsty Lomax]] sent me a sheet of tiktok and insta usernames: [[HANDLE:shelfstackerjay]], [[HANDLE:@night.shift.nat]], [[HANDLE:tillgirl_bev]], with a column "store" saying things like [[LOCATION:Salford Quays]].

the brief lived at [[URL:brightwater-comms.example/clients/grocer-x/listening-brief]] if anyone there wants to check i'm not making it up.

i asked [[PERSON:kirsty]] on the [[DATE:3rd of jan]] whether the client's legal team had seen it. she said "they asked for it". i did the first pull, felt sick, and quit in [[DATE:feb]]. no idea what happened to those people.
""",
)

# --- d8-27 -------------------------------------------------------------------
story(
    "Courier support analytics: order and complaint numbers, UK mobile in the 07700 900 range, "
    "UK postcode, 'w/c 12 Feb' with only the date labelled, first name only.",
    """
Customer-support analytics at [[ORG:Parcelly]], a [[LOCATION:UK]] courier. Someone upstairs decided that customers with "too many" complaints should have refunds auto-denied. My manager [[PERSON:Nadeem]] asked me to build the list, week commencing [[DATE:12 Feb]].

The top of the list was a woman in [[LOCATION:LS6 3QH]] with eleven complaints. I pulled her history: order [[ID:PCL-7731-0094-GB]] left in the rain, complaint [[ID:CX-558213]] about a driver throwing a parcel, and a note that she uses a wheelchair and had asked for ground-floor delivery. Her phone, [[PHONE:07700 900461]], was flagged "do not call back".

I showed [[PERSON:Nadeem]]. He said the rule was the rule. I added an exception for accessibility notes on my own, didn't tell anyone, and it's still in the code. Not proud of the secrecy. Not sorry either.
""",
)

# --- d8-28 -------------------------------------------------------------------
story(
    "People analytics: login names without @, an e-mail-like SSO username without a domain "
    "suffix, a Slack @handle, an employee number, Polish name, 'mid-2023', '30/06'.",
    """
Our people-analytics vendor gave us a "flight risk" feed built from login times. Every row is keyed by the AD username, so when my director asked "who is [[HANDLE:akowalczyk02]]?" it took me ten seconds: [[PERSON:Agnieszka Kowalczyk]], staff no. [[ID:100482]], on the night team in [[LOCATION:Wrocław]]. The SSO principal [[HANDLE:a.kowalczyk@helix-sso]] appears on the same rows.

Since [[DATE:mid-2023]] her logins were later and shorter. She had a sick child. The feed scored her 0.91.

My director, [[PERSON:Piers Ashdown]], wrote in Slack to [[HANDLE:@hr-bp-emea]]: "let's get ahead of this one". I replied that the model can't tell caring duties from disengagement. She was put on a performance plan on [[DATE:30/06]]. I left [[ORG:Helix Workforce Solutions]] that autumn.
""",
)

# --- d8-29 -------------------------------------------------------------------
story(
    "Irish voice note transcript: an Irish mobile spoken out ('oh eight seven...'), "
    "'Paddy's Day 2023', 'the fourteenth of February', lower-case names, a real place.",
    """
transcribed from a voice note I sent my sister, lightly fixed

so the thing is at work, [[ORG:Corrib Data Partners]], we're a tiny consultancy in [[LOCATION:Cork]], and the client wants the footfall model to count people by their phones, like unique device ids, and then sell the route data on to a retail park. [[PERSON:declan]] says it's anonymised because we hash the ids, and I said a hash you can re-run isn't anonymous, it's a nickname. he said that at the kick-off on the [[DATE:fourteenth of February]], of all days. anyway I'm meant to sign the method note by [[DATE:Paddy's Day 2023]] and I won't. if you need me I'm on the work mobile, [[PHONE:oh eight seven, five five five, oh one nine three]], because [[PERSON:Declan Furlong]] reads the team chat. talk later, love you
""",
)

# --- d8-30 -------------------------------------------------------------------
story(
    "Korean/English: family-name-first names, a surname alone after a job title, Korean date format "
    "'2023년 3월 15일', KakaoTalk ID without @, Korean mobile, a resident registration number.",
    """
Sorry for English. I worked at [[ORG:Haneul Finance]] in [[LOCATION:Seoul]], fraud analytics. Team leader [[PERSON:Baek Min-jun]] wanted the app to read the contact list of loan applicants and score them by how many contacts were also our customers in arrears. In the kickoff on [[DATE:2023년 3월 15일]] he said "birds of a feather".

I refused to write the contact-list join. Senior [[PERSON:Yoon Seo-yeon]] agreed with me privately on KakaoTalk, her ID is [[HANDLE:seoyeon_yoon88]], but not in the meeting. The test export had real customers, for example resident number [[ID:900315-2847163]] and phone [[PHONE:010-5555-0123]].

On [[DATE:April 3rd]] team leader [[PERSON:Baek]] moved me to reporting. Then the feature got delayed by the app store privacy review, not by us. I left in [[DATE:2023년 겨울]].
""",
)

# --- d8-31 -------------------------------------------------------------------
story(
    "UK whistleblowing: a law firm with LLP, an employment tribunal case number with a slash, "
    "an ICO case reference, a London 020 7946 number, 'spring 2023', 'week ending 21 April', 'Ms' outside the span, the ICO.",
    """
Formal version, because my solicitor said to keep it factual.

I was a senior analyst at [[ORG:Quillon Insurance]] in [[LOCATION:Leeds]]. In [[DATE:spring 2023]] I found that the renewal pricing model charged loyal customers more each year, and that the fairness report to the board had left this out. I raised it in writing in the week ending [[DATE:21 April]], then with the [[ORG:ICO]] because the model also used inferred health data; their case reference is [[ID:IC-284411-Z9K8]].

I was dismissed three months later for "performance". My claim is with the employment tribunal, case number [[ID:1804417/2023]]. I am represented by [[ORG:Dunmore & Price LLP]] (Ms [[PERSON:Akua Mensah]]), whose office number is [[PHONE:020 7946 0873]].
""",
)

# --- d8-32 -------------------------------------------------------------------
story(
    "Fleet/ANPR list: vehicle plates from the UK, Ireland, the Netherlands, Poland and "
    "California in one list, a port and a town, 'between 3 and 7 July' ('between' outside), '2024'.",
    """
I'm a data engineer for a freight broker at the port of [[LOCATION:Dover]]. Our customer, a haulier called [[ORG:Greyhaven Haulage]], asked us to match ANPR camera reads to their drivers' rest breaks and flag anyone who stopped "too long". The camera feed is not theirs, it belongs to the port, and the data-sharing agreement only covers customs.

The first report, for the days between [[DATE:3 and 7 July]], flagged these plates:
- [[ID:KX19 LPA]] ([[LOCATION:UK]] tractor unit)
- [[ID:191-D-22817]] (Irish registered)
- [[ID:BV-432-G]] (Dutch trailer)
- [[ID:WPR 58213]] (Polish, driver sleeping in a lay-by near [[LOCATION:Folkestone]])
- [[ID:8ZKT417]] (a Californian plate somehow, on a hire van)

I raised it with our head of ops, who said "it's just a CSV". I stopped building it. Someone else finished it in [[DATE:2024]].
""",
)

# --- d8-33 -------------------------------------------------------------------
story(
    "CLEAN: no identifiers. Voice-to-text ramble with durations, weekdays, times, 24/7, "
    "percentages, tool names (Tableau, Excel), job titles and relative dates.",
    """
ok recording this on the bus home so sorry if it's a mess so basically my boss the head of analytics wants a weekly slide that shows our support team answers within four hours but we only hit that if you leave out weekends and the 24/7 queue and anything marked pending customer so on Friday I built it both ways in Tableau and the honest number is like 61 percent and the slide number is 93 percent and he picked the 93 obviously and said the footnote would confuse people and I said the footnote is the only true thing on the slide and he laughed like I was joking. so that was last week and this week he asked for it in Excel instead which I think means he wants to edit it himself. I'm going to send both versions to the whole team on Monday at 9 and see what happens. or maybe not. I'll decide tomorrow
""",
)

# --- d8-34 -------------------------------------------------------------------
story(
    "Timeline with many date forms: 'Mon 12/3' (weekday outside), '3 Feb', 'mid-March', "
    "'late Q2 2023', ISO '2023-06-30', 'the 1st of September' with 'the' outside; a schools trust, a pupil number.",
    """
Timeline, for my own sanity (I'm a data analyst at a schools trust, [[ORG:Orchard Lane Schools Trust]], in [[LOCATION:Kent]]):

- [[DATE:3 Feb]]: CEO asks for a "predicted exclusion" score for every pupil, to share with heads
- Mon [[DATE:12/3]]: first draft. Top features are free school meals and SEN status. I say so in the covering note
- [[DATE:mid-March]]: covering note removed by [[PERSON:Alistair Penhaligon]] (deputy CEO) before it goes to heads
- [[DATE:late Q2 2023]]: one head asks why pupil [[ID:L820214305044]] is "red". The answer is the postcode
- [[DATE:2023-06-30]]: I send a written objection to the trust's DPO, Mrs [[PERSON:Faye Orme]]
- the [[DATE:1st of September]]: score "paused pending review"

Still paused. Nobody ever deleted the scores though.
""",
)

# --- d8-35 -------------------------------------------------------------------
story(
    "Slack thread: display names with pronouns and emoji-free statuses, @handles, a #channel, "
    "a GitHub handle without @ in prose, US date 'Tue 5/14' with weekday outside.",
    """
Pasting the thread from [[HANDLE:#ml-platform-oncall]] (display names as they show):

[[PERSON:Kim Sørensen]] (she/her) 10:02
[[HANDLE:@jules.b]] the face-blur step is off in the labelling pipeline since the last deploy. annotators see raw faces from the store cameras
[[PERSON:Jules Bertrand]] 10:05
known, it was slowing the queue. [[HANDLE:@ops-lead]] said turn it off till Tue [[DATE:5/14]]
[[PERSON:Kim Sørensen]] (she/her) 10:06
the annotators are a contractor in another country, this is a transfer problem, not a speed problem

[[PERSON:Kim]] is me. I opened a PR to force the blur on; it was reverted by [[HANDLE:jbertrand-dev]] an hour later with "perf". Our company, [[ORG:Fennec Retail AI]], never told the retailer. I've kept the thread.
""",
)

# --- d8-36 -------------------------------------------------------------------
story(
    "Discord bootcamp server: new-style usernames without @ or #, a #channel, Portuguese and "
    "English dates ('3 de outubro', 'Oct 12'), a bootcamp, Lisbon, a cohort ID.",
    """
I was a teaching assistant at [[ORG:CodeCanal Academy]] in [[LOCATION:Lisbon]]. Students talk on our Discord. On [[DATE:3 de outubro]] the founder, [[PERSON:Duarte Pimenta]], asked me to export every message from [[HANDLE:#cohort-7-help]] and run sentiment on it to find "students at risk of asking for a refund". He wanted them contacted before they complained.

The top three were [[HANDLE:pixel.wren]], [[HANDLE:mariana_codes]] and [[HANDLE:tiagoo.exe]]. One of them had written about depression in a DM that somehow was in the export too.

I told [[PERSON:Duarte]] on [[DATE:Oct 12]] that students never agreed to this. He said the terms allow "quality monitoring". I finished cohort [[ID:LX-2023-07]] and didn't come back.
""",
)

# --- d8-37 -------------------------------------------------------------------
story(
    "Ghana telecom: IMEI, MSISDN, Ghana Card number, a police letter reference with slashes, "
    "Ghanaian mobile, '29th June', 'June 2023', a first name with 'Auntie' outside.",
    """
I'm a data analyst at a mobile operator in [[LOCATION:Accra]], [[ORG:Sika Mobile]]. On [[DATE:29th June]] a letter came from a police unit asking for the location history of one subscriber, reference [[ID:GPS/CID/1183/23]], without a court order. The letter listed MSISDN [[PHONE:+233 24 555 0187]], IMEI [[ID:35-209900-176148-1]] and Ghana Card [[ID:GHA-712345678-9]].

My supervisor, Auntie [[PERSON:Efua]], said we always comply and asked me to pull the tower pings for the whole of [[DATE:June 2023]]. I asked legal first. Legal said the letter was "fine". Later I learned the subscriber was a journalist at [[ORG:Coastline Radio]].

I pulled it. That is the part I am writing this for. I should have said no louder.
""",
)

# --- d8-38 -------------------------------------------------------------------
story(
    "CLEAN: no identifiers. Meeting notes with roles only (CPO, Head of Data, two analysts), "
    "acronyms (DPIA, KPI, OKR, PII), a numbered agenda, percentages and relative dates.",
    """
Notes from the weekly product sync, written up by me afterwards because the official notes left things out.

Present: CPO, Head of Data, two analysts, one engineer.
1. Retention KPI for the quarter. CPO wants to redefine an active user as anyone who opened a push notification. Head of Data says this inflates the OKR by roughly 18%. Agreed to "discuss offline".
2. Age as a model feature. CPO "simply knows" age predicts churn. I said we have no consent to infer age and no DPIA. Engineer said the PII is already in the warehouse. CPO: "then it's free".
3. AOB. None.

Offline never happened. The new active-user definition was in the board deck two weeks later, and age went in the next model release. I'm still on the team and still deciding what to do.
""",
)

# --- d8-39 -------------------------------------------------------------------
story(
    "Teams chat with 'Lastname, Firstname (Dept)' speakers, double-barrelled German surname, "
    "German dates '05.03.' (trailing dot outside) and 'Di., 12.03.2024' with weekday outside, Hamburg, an internal project.",
    """
Copied from our Teams chat, nothing changed:

[[PERSON:Müller-Brandt, Anja]] (Controlling) [[DATE:05.03]]. 16:12
Die Zahlen für [[ORG:Projekt Leuchtturm]] brauchen wir positiver. Can you take the stores in [[LOCATION:Harburg]] out of the baseline?
[[PERSON:Okafor, Chidi]] (Data & Analytics) [[DATE:05.03]]. 16:20
If we remove them the uplift is 4% instead of 1%, but only because those stores are the control group
[[PERSON:Müller-Brandt, Anja]] (Controlling) [[DATE:05.03]]. 16:21
Genau. Please by Di., [[DATE:12.03.2024]]

I'm [[PERSON:Chidi]]. I sent both versions, with a note. [[PERSON:Anja]] presented the 4%. [[ORG:Leuchtturm]] was rolled out to every store in [[LOCATION:Hamburg]] that summer and the uplift never showed up. Nobody asked me why.
""",
)

# --- d8-40 -------------------------------------------------------------------
story(
    "SMS thread with phone numbers as senders (US +1 and a 555 number), Boston neighbourhood, "
    "'3/22', 'March 22nd', a nickname, an app name as ORG.",
    """
Texts between me and my manager, sender names as my phone showed them (he was never saved as a contact):

[[PHONE:+1 617 555 0148]]: need the driver list for [[ORG:Dashly]] by tomorrow, sorted by "attitude"
me: attitude isn't a column. do you mean ratings?
[[PHONE:+1 617 555 0148]]: ratings plus how often they decline rides from [[LOCATION:Roxbury]]. we're deactivating the worst
me: declining rides from one neighbourhood isn't attitude, it's safety or it's pay
[[PHONE:(617) 555-0102]]: this is [[PERSON:Big Mike]] from ops, just do what he says

That was [[DATE:3/22]]. On [[DATE:March 22nd]], the same evening, I wrote an email to legal instead of sending the list. [[PERSON:Mike]] sent it himself the next day. Forty drivers were deactivated. I still have the texts.
""",
)

# --- d8-41 -------------------------------------------------------------------
story(
    "Insurance complaint: policy number, a complaint reference with letters, the Financial "
    "Ombudsman Service, Cardiff, \"Sept. '23\", 'the 2nd of October' ('the' outside), 'Q3 2023'.",
    """
I work in claims analytics at [[ORG:Tregaron Mutual]] in [[LOCATION:Cardiff]]. In [[DATE:Sept. '23]] we deployed a model that routed claims from customers with "complex needs" to a slower queue, because they cost more to handle. Complex needs included hearing loss and mental health flags from call notes.

One customer, policy [[ID:TM-HH-0082194]], waited eleven weeks. She complained, got nowhere, and went to the [[ORG:Financial Ombudsman Service]]; her case number is [[ID:DRN-4412873]]. I know because I was asked to pull the routing data for the response on the [[DATE:2nd of October]].

I included the model's routing reason in what I sent. My manager, [[PERSON:Gethin Rowlands]], took it out. The [[DATE:Q3 2023]] conduct report says no vulnerable customers were affected. [[PERSON:Gethin]] signed it.
""",
)

# --- d8-42 -------------------------------------------------------------------
story(
    "Research ethics: reddit u/ handles of study subjects, r/ communities, an ethics approval "
    "reference with slashes, an ERC-style grant number, a university, 'Trinity term 2022'.",
    """
I was a research assistant in a computational social science lab at the [[ORG:University of Ashbourne]]. Our project, funded under grant [[ID:ERC-2021-STG-101039417]], scraped mental health forums to predict suicidal ideation. The ethics approval, [[ID:REC/2022/117]], said we would only use aggregate data.

In [[DATE:Trinity term 2022]] my PI, Dr [[PERSON:Rosalind Achterberg]], asked me to build a table of individual users from [[HANDLE:r/depression_help]] and [[HANDLE:r/SuicideWatchUK]] with their predicted risk, to "follow up" for a second paper. Usernames like [[HANDLE:u/throwaway_tired_22]] and [[HANDLE:u/grey_morning_walks]] were in the first column.

I said this wasn't what we were approved for. [[PERSON:Rosalind]] said the forums are public. I went to the committee chair. The table was deleted; my contract wasn't renewed.
""",
)

# --- d8-43 -------------------------------------------------------------------
story(
    "Vietnamese/English: 'anh' and 'chị' outside spans, Vietnamese date 'ngày 5 tháng 3 năm 2024', "
    "Zalo name without @, Vietnamese mobile, Ho Chi Minh City, 'Tết 2024'.",
    """
Xin chào. I'm a data analyst at [[ORG:Sen Vàng Logistics]] in [[LOCATION:Ho Chi Minh City]]. Our delivery riders use an app that tracks them even off shift. Anh [[PERSON:Trần Quốc Bảo]], the ops director, wanted a ranking of riders by "loyalty", which in practice meant how many hours their phone stayed near the depot after work.

Meeting was on [[DATE:ngày 5 tháng 3 năm 2024]]. I said tracking people off shift is not ok and not in their contract. Chị [[PERSON:Lan]] from HR said riders "agreed" when they installed the app. Riders in the bottom ten got fewer orders from the next week.

One rider messaged me on Zalo, his name there is [[HANDLE:hieu.shipper.q7]], asking why his orders dropped right after [[DATE:Tết 2024]]. I gave him my personal number, [[PHONE:+84 90 555 0176]], and told him the truth. I don't know if that was right.
""",
)

# --- d8-44 -------------------------------------------------------------------
story(
    "CLEAN: no identifiers. Forum-style post with an unnamed platform, generic 'a big bank', "
    "p-values, model names, durations, a relative date, weekdays, a sample size.",
    """
Long-time reader, first post. Keeping it generic because my industry is small.

I evaluate credit models at a big bank. Last quarter a vendor pitched a model using "alternative data", which turned out to be app usage from a phone SDK. Their validation claimed a Gini of 0.52 on a sample of 40,000. When I asked for the feature list they sent a PDF with half the page blacked out.

I wrote a three-page review saying we couldn't explain a decline to a customer if we didn't know what the features were. My director agreed in a meeting on Wednesday, then on Friday told me procurement had "already committed". The contract was for eighteen months.

So far we run it in shadow mode only. Every month I add a line to my review. It's a strange kind of resistance, but it's the one I have.
""",
)

# --- d8-45 -------------------------------------------------------------------
story(
    "Taglish: 'Ate' and 'Sir' outside spans, BPO in Cebu, GCash number as a phone, PhilSys-like "
    "ID, Filipino dates 'ika-5 ng Marso' and 'Hunyo 2023', a Messenger name without @.",
    """
Hi po. I'm a workforce analyst sa isang BPO, [[ORG:Islabridge Contact Solutions]], dito sa [[LOCATION:Cebu]]. Sir [[PERSON:Rommel Dizon]], our site director, ask me to build a report ng agents na "madalas mag-CR" using the badge reader logs ng restroom. Sobrang nakakahiya, especially sa mga buntis na agents.

Kickoff was [[DATE:ika-5 ng Marso]]. Ate [[PERSON:Joy]] from HR said it's for "productivity lang". One agent in the top ten had her PhilSys number [[ID:4581-9024-7713-6620]] in the same file because HR merged everything.

I messaged our union contact on Messenger, [[HANDLE:kuyaben.organiser]], and sent the file list to his GCash-registered number [[PHONE:0917 555 0126]] kasi wala siyang email. By [[DATE:Hunyo 2023]] the report was "discontinued". [[PERSON:Rommel]] still thinks it was a leak. It was me.
""",
)

# --- d8-46 -------------------------------------------------------------------
story(
    "South Africa: (Pty) Ltd inside the span, a 13-digit ID number, a Gauteng plate, South "
    "African mobile, 'Youth Day 2023', '16/06', POPIA as a distractor, Johannesburg suburb.",
    """
Howzit. Data scientist at [[ORG:Ubuntu Rewards (Pty) Ltd]] in [[LOCATION:Johannesburg]]. We run a loyalty app for fuel stations. My boss, [[PERSON:Pieter Venter]], wanted to sell "likely to default" flags to a debt collector, built from where people fill up and how often they buy airtime in small amounts.

I found one customer in the training set with ID number [[ID:8801235111088]], a car with plate [[ID:JHB 482 GP]] and a home address in [[LOCATION:Soweto]]. Basically a complete profile for a collector to knock on a door.

I raised POPIA in a meeting on [[DATE:Youth Day 2023]] (yes, we were working on a public holiday). [[PERSON:Pieter]] said the consent form covers "partners". I escalated to the information officer and on [[DATE:16/06]] the next year the deal still hadn't closed. If you want to talk: [[PHONE:+27 82 555 0193]].
""",
)

# --- d8-47 -------------------------------------------------------------------
story(
    "Defence contractor: an export licence reference with slashes, an internal project name, "
    "the MOD, Bristol, \"Q3 '23\", 'the back end of 2022', staff badge, a surname alone.",
    """
This is the one I've never told anyone. I was an ML engineer at [[ORG:Aldermoor Systems]] near [[LOCATION:Bristol]]. I was hired to work on "maritime object detection". By the back end of [[DATE:2022]] it was clear the customer wasn't a port authority: the statement of work was under export licence [[ID:GB-SIEL/2022/00488]] and the end user was a navy I won't name.

The project was called [[ORG:Kingfisher]]. In [[DATE:Q3 '23]] the spec changed from "detect vessels" to "prioritise targets". I asked my line manager, [[PERSON:Hargreaves]], whether the [[ORG:MOD]] had reviewed the change. He said "above our pay grade". My badge, [[ID:AS-20417]], stopped opening the secure lab a week after I asked again in writing.

I left. [[PERSON:Hargreaves]] is still there. [[ORG:Kingfisher]] is, I assume, deployed somewhere.
""",
)

# --- d8-48 -------------------------------------------------------------------
story(
    "Italian/English: S.p.A. inside the span with its trailing dot, codice fiscale, '3 febbraio', "
    "'fine marzo 2024', 'Dott.ssa' outside the span, Italian mobile, Milan.",
    """
Ciao a tutti. I'm a data scientist at [[ORG:Ferrovie Digitali S.p.A.]] in [[LOCATION:Milano]]. The HR team asked us to use badge and canteen data to predict which employees were "planning a pregnancy". Yes. They called it "pianificazione congedi".

The request came from Dott.ssa [[PERSON:Chiara Benedetti]] on [[DATE:3 febbraio]]. The sample she sent had names and codice fiscale, for example [[ID:RSSMRA85T10A944S]], which also encodes sex and birth date, so the model would have had sex as a feature by accident anyway.

I refused and wrote to the works council. By [[DATE:fine marzo 2024]] the project was "on hold". [[PERSON:Chiara]] told colleagues I was "ideologico". If a journalist wants the emails: [[PHONE:+39 347 555 0128]].
""",
)

# --- d8-49 -------------------------------------------------------------------
story(
    "CLEAN: no identifiers. Lower-case rushed chat with a colleague by role, tool names "
    "(dbt, Airflow, Looker, Kafka), error codes, money amounts, version numbers, times.",
    """
ok quick one before standup. the finance lead asked me to backfill the revenue table so last month "matches the forecast". not fix a bug, match the forecast. the dbt model is fine, the Airflow run at 02:00 succeeded, the Looker tile shows 1.84m and the forecast said 2.1m. the gap is real, its the refunds from the outage, the Kafka consumer threw a 503 for six hours and we refunded everyone.

i said i can add a footnote explaining the refunds. he said "or you could just not include refunds". thats not a backfill thats fiction.

told my manager in our 1:1 on thursday. she said she'd handle it. nothing happened for ten days, then the dashboard quietly changed to exclude refunds in v4.2 of the model. someone did it. wasnt me.
""",
)

# --- d8-50 -------------------------------------------------------------------
story(
    "Hospital: an NHS trust with an apostrophe, an NHS number with spaces, a hospital number, "
    "a London 020 7946 number, 'the 14th of January' with weekday outside, '2024', a surname with Dr outside.",
    """
I'm an analyst in the performance team at [[ORG:St Brigid's Hospital NHS Trust]] in [[LOCATION:London]]. Our bed-management dashboard flags "frequent attenders" so the site team can "manage expectations". In [[DATE:2024]] someone added a free-text field and staff started typing things like "drunk again" and "difficult family".

On Sunday the [[DATE:14th of January]] I saw an entry for a patient, hospital number [[ID:RBX4470215]], [[ORG:NHS]] number [[ID:943 476 5919]], that just said "faking it". She had sickle cell disease.

I emailed the Caldicott Guardian, Dr [[PERSON:Okonjo]], and rang her secretary on [[PHONE:020 7946 0412]]. Dr [[PERSON:Okonjo]] had the field removed within a week and the entries deleted. It's the one story I have where the system worked, so I'm telling it.
""",
)

# --- d8-51 -------------------------------------------------------------------
story(
    "Game studio: a Steam ID, Twitch names with and without @, an Xbox gamertag with spaces, a "
    "PSN ID, Montreal, French date 'le 2 mai', 'winter 2023', a nickname.",
    """
I worked on player analytics at [[ORG:Lumen Owl Studios]] in [[LOCATION:Montréal]]. Our community team wanted to quietly shadow-ban players who criticised the studio on stream, and asked data to link stream chats to accounts.

The first list linked Twitch user [[HANDLE:@frostbyte_kat]] to Steam ID [[ID:76561198043312957]], Twitch [[HANDLE:miloplaysbad]] to Xbox gamertag [[HANDLE:Quiet Lynx 88]], and one PSN ID, [[HANDLE:sable-orchid_07]], to a real name from a refund form. The request came from "[[PERSON:Frenchie]]", our community lead, le [[DATE:2 mai]].

I said matching accounts across platforms to punish criticism is exactly what our privacy policy says we don't do. The shadow-bans happened anyway in [[DATE:winter 2023]]. When [[HANDLE:@frostbyte_kat]] noticed and posted about it, she got a cease-and-desist. I left before it went further.
""",
)

# --- d8-52 -------------------------------------------------------------------
story(
    "Linear-style ticket: key 'ENG-3312', assignee 'Sofia R.' with the dot outside, ISO due date, "
    "a MAC and an IPv4 in the description, a GitHub handle, a URL with a scheme, Berlin, 'Feb 29'.",
    """
[[ID:ENG-3312]] Retain Wi-Fi session logs for "occupancy insights"
Status: In Progress · Assignee: [[PERSON:Sofia R]]. · Due: [[DATE:2024-02-29]] · Labels: growth, offices

Keep raw association logs from the [[LOCATION:Berlin]] coworking floors for 24 months instead of 7 days. Example record: client [[ID:A4:83:E7:2C:19:F0]] on AP [[ID:192.0.2.114]], 08:12 to 19:47, every weekday.

Comment from [[HANDLE:@mtheuerkauf]]: product wants to sell "tenant productivity" reports to landlords.

I'm [[PERSON:Sofia]], the assignee. I asked in the ticket whether members were told; the answer was a link, [[URL:https://deskwerk.example/legal/terms-v7]], 40 pages long. On [[DATE:Feb 29]] I marked it blocked on legal review, which bought two months. Then they reassigned it. Our company, [[ORG:Deskwerk]], launched the reports that summer.
""",
)

# --- d8-53 -------------------------------------------------------------------
story(
    "Signal group: senders shown as French mobile numbers and as first names, Marseille, "
    "'le 14 juillet' with the article outside, 'fin août', a SIRET-like company number.",
    """
Capture de notre groupe Signal (the app shows numbers for people not in my contacts):

[[PHONE:+33 6 39 98 41 07]]: le fichier des locataires en retard est prêt?
[[PERSON:Yasmine]]: oui mais il y a la colonne "origine" que [[PERSON:Olivier]] a ajoutée
[[PHONE:+33 6 39 98 27 63]]: garde-la, c'est pour l'agence de recouvrement
[[PERSON:Yasmine]]: c'est illégal, non?

I'm [[PERSON:Yasmine]]. I do data for a property manager in [[LOCATION:Marseille]], [[ORG:Calanques Habitat]], company number [[ID:812 345 678 00027]]. The file went to the collection agency le [[DATE:14 juillet]], a holiday, while I was off. I found out [[DATE:fin août]] when a tenant called crying. I've kept the screenshots.
""",
)

# --- d8-54 -------------------------------------------------------------------
story(
    "Mexican Spanish/English: CURP, order number, Instagram handle, 'el 2 de febrero', "
    "'Semana Santa 2024', Mexican phone with country code, Guadalajara, 'Lic.' outside the span.",
    """
Hola, les cuento. Soy analista en [[ORG:Tianguis Express]], an e-commerce startup in [[LOCATION:Guadalajara]]. El jefe de growth, Lic. [[PERSON:Arturo Garza]], wanted us to raise delivery fees for customers whose CURP showed they were born outside [[LOCATION:Jalisco]], "porque se quejan menos". The CURP encodes state of birth, so it was easy. Example from his sheet: [[ID:GAVL930214MOCRSR07]], order [[ID:TX-00981377]].

Se lo dije el [[DATE:2 de febrero]] and he said it's "segmentación, no discriminación". I contacted a reporter through Instagram, [[HANDLE:@periodista.datos.gdl]], but got scared and deleted the DMs.

After [[DATE:Semana Santa 2024]] the fee model was live. If you're a customer and want to know, my WhatsApp is [[PHONE:+52 33 5555 0182]]. [[PERSON:Arturo]] would fire me for this post.
""",
)

# --- d8-55 -------------------------------------------------------------------
story(
    "Outlook-style e-mail: 'Sent:' line with full weekday date, To/Cc with several names and "
    "addresses, Singapore NRIC, Singapore phone, 'CNY 2024', a signature with a Pte. Ltd. company.",
    """
From: [[PERSON:Wong Li Ting]]
Sent: Friday, [[DATE:9 February 2024]] 5:47 PM
To: [[PERSON:Rajesh Pillai]] <[[EMAIL:rajesh.p@merlionhealth.example]]>
Cc: [[EMAIL:dpo@merlionhealth.example]]
Subject: claims model - add the NRIC join before [[DATE:CNY 2024]]

[[PERSON:Rajesh]], please join the wellness-app steps data to claims using NRIC (e.g. [[ID:S8812345D]]) so we can reprice at renewal. Do not loop in the DPO yet.
Thanks, [[PERSON:Li Ting]]
[[ORG:Merlion Health Insurance Pte. Ltd.]] | [[PHONE:+65 6555 0193]]

I'm [[PERSON:Rajesh]]. She cc'd the DPO address by accident while telling me not to loop in the DPO. The DPO answered on Monday and the join was stopped. Sometimes autocomplete is the whistleblower.
""",
)

# --- d8-56 -------------------------------------------------------------------
story(
    "Egyptian Arabic transliterated with English: 'ya basha', weekday 'yom el-etnein' outside, "
    "Hijri date '12 Rabi' al-Awwal 1445', 14-digit national ID, Egyptian mobile, an X @handle, Cairo.",
    """
ahlan. I'm a data analyst at [[ORG:Nilefy Pay]] in [[LOCATION:Cairo]]. Our head of risk, [[PERSON:Sherif Mansour]], wanted to block wallet top-ups for anyone who follows certain activists on X. The list started with [[HANDLE:@sawt_el_share3]] and a few others. He said "ya basha, it's just fraud prevention".

The kickoff was yom el-etnein, [[DATE:12 Rabi' al-Awwal 1445]]. The test data joined follower lists to customers by phone number and national ID, like [[ID:29001011234567]] and [[PHONE:+20 100 555 0172]].

I asked [[PERSON:Sherif]] in writing what fraud signal this was. No answer. The feature shipped quietly in [[DATE:October 2023]]. I'm looking for another job now, mafeesh haga tany a3melha.
""",
)


# --- checks and output ----------------------------------------------------------


def parse(marked: str) -> tuple[str, list[dict]]:
    """Strip ``[[KIND:text]]`` markup and return the plain text with its spans."""
    parts: list[str] = []
    spans: list[dict] = []
    length = 0
    pos = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
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


def whole(term: str, text: str, flags: int = 0):
    """Whole-word occurrences of term in text."""
    return re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text, flags)


def covered(spans: list[dict], start: int, end: int) -> bool:
    return any(s["start_position"] <= start and end <= s["end_position"] for s in spans)


def name_tokens(value: str) -> list[str]:
    tokens = []
    for tok in value.split():
        tok = tok.strip(".,'()")
        if len(tok) >= 2 and tok.lower() not in PARTICLES:
            tokens.append(tok)
    return tokens


def check_story(
    sid: str, text: str, spans: list[dict], clean: bool, errors: list[str], warnings: list[str]
) -> None:
    if "[[" in text or "]]" in text:
        errors.append(f"{sid}: markup left over")
    for s in spans:
        kind, value = s["entity_type"], s["entity_value"]
        if kind not in KINDS:
            errors.append(f"{sid}: unknown kind {kind}")
        if text[s["start_position"] : s["end_position"]] != value:
            errors.append(f"{sid}: offset mismatch for {value!r}")
        if not value or value != value.strip():
            errors.append(f"{sid}: whitespace at edge of {value!r}")
            continue
        if not (value[0].isalnum() or value[0] in LEAD_OK.get(kind, "")):
            errors.append(f"{sid}: punctuation at start of {value!r}")
        if not (value[-1].isalnum() or (kind == "ORG" and value.endswith(LEGAL_DOT))):
            errors.append(f"{sid}: punctuation at end of {value!r}")
        if kind in ("PERSON", "ORG", "LOCATION"):
            for tool in TOOLS:
                if any(True for _ in whole(tool, value, re.I)):
                    errors.append(f"{sid}: tool name {tool!r} inside {kind} {value!r}")
    ordered = sorted(spans, key=lambda s: s["start_position"])
    for a, b in itertools.pairwise(ordered):
        if b["start_position"] < a["end_position"]:
            errors.append(f"{sid}: overlap {a['entity_value']!r} / {b['entity_value']!r}")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        errors.append(f"{sid}: {words} words (want {MIN_WORDS}-{MAX_WORDS})")
    if clean:
        if spans:
            errors.append(f"{sid}: marked clean but has {len(spans)} spans")
    else:
        if not 5 <= len(spans) <= 12:
            warnings.append(f"{sid}: {len(spans)} identifiers")
        if len({s["entity_type"] for s in spans}) < 3:
            warnings.append(f"{sid}: fewer than 3 kinds")
    # Missed mentions within the story.
    for s in spans:
        kind, value = s["entity_type"], s["entity_value"]
        if kind in ("ORG", "LOCATION"):
            for m in whole(value, text):
                if not covered(spans, m.start(), m.end()):
                    errors.append(f"{sid}: unlabelled {kind} mention {value!r} at {m.start()}")
        elif kind == "PERSON":
            for tok in name_tokens(value):
                initials = tok.isupper() and len(tok) <= 4
                for m in whole(tok, text, 0 if initials else re.I):
                    if not covered(spans, m.start(), m.end()):
                        errors.append(f"{sid}: unlabelled name token {tok!r} at {m.start()}")


def check_across(records: list[dict], errors: list[str]) -> None:
    """Orgs, places and capitalised name tokens labelled anywhere are labelled everywhere."""
    terms: set[str] = set(ALWAYS)
    for r in records:
        for s in r["spans"]:
            if s["entity_type"] in ("ORG", "LOCATION"):
                terms.add(s["entity_value"])
            elif s["entity_type"] == "PERSON":
                terms.update(t for t in name_tokens(s["entity_value"]) if t[0].isupper())
    for r in records:
        for term in sorted(terms):
            for m in whole(term, r["full_text"]):
                if not covered(r["spans"], m.start(), m.end()):
                    errors.append(f"{r['id']}: {term!r} labelled elsewhere but not at {m.start()}")


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    records = []
    for n, (notes, marked) in enumerate(STORIES, 1):
        sid = f"{ID_PREFIX}{n:02d}"
        text, spans = parse(marked)
        clean = notes.startswith("CLEAN")
        check_story(sid, text, spans, clean, errors, warnings)
        records.append({"full_text": text, "spans": spans, "id": sid, "notes": notes})
    check_across(records, errors)
    # Serialise, read back and check the offsets again.
    payload = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    for r in json.loads(payload):
        for s in r["spans"]:
            if r["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                errors.append(f"{r['id']}: offset mismatch after serialising {s['entity_value']!r}")
    counts = {k: 0 for k in KINDS}
    for r in records:
        for s in r["spans"]:
            counts[s["entity_type"]] += 1
    for r in records:
        print(
            f"{r['id']}: {len(r['full_text'].split()):3d} words, {len(r['spans']):2d} identifiers"
        )
    print("per kind:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    clean_n = sum(1 for r in records if not r["spans"])
    print(
        f"{len(records)} stories ({clean_n} with nothing identifying), {sum(counts.values())} identifiers"
    )
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    OUT.write_text(payload, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
