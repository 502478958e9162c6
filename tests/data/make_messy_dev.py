#!/usr/bin/env python3
"""Write and check ``redaction_messy_dev.json``, the messy development set.

The stories live below as text with inline markup ``[[KIND:text]]``.  This
script removes the markup, works out character offsets (end exclusive),
checks everything it can, and writes the JSON next to itself.  It exits
non-zero when any check fails, so the offsets can never drift.

This set is for *developing* the redaction engine on messy, real-world
writing (chat logs, forwarded e-mails, lower-case rushed text, non-native
English, code-switching).  It was written without looking at the engine or at
any other corpus.  The blind set that measures the result is written
separately by someone else.

Labelling follows tests/data/README.md, plus these decisions:

* Speaker names in pasted chat logs ("dana.okoro:", "Greg H") are PERSON;
  with a sigil ("@greg.h") they are HANDLE.
* Initials are PERSON without their final full stop ("T.R." -> "T.R"), as
  spans never end in punctuation; an inner full stop stays inside.
* A ticket written "#482" is an ID and the span is the number only; a
  "#channel" is a HANDLE with its sigil.
* "Lastname, Firstname" in a header is one PERSON span.
* Numeric dates inside chat timestamps are DATE; clock times never are.
* Words that are names only in some places ("Will said" / "I will",
  "ask Hope" / "hope so", "Claude said" (a person) / "ask Claude to
  summarise" (the tool)) are labelled only where they name a person.  Each
  story lists the distractor phrases it uses on purpose in ``ok``; the
  missed-mention checks accept an unlabelled occurrence only inside one of
  those phrases.

Stories with nothing identifying have an empty span list; they exist so that
over-redaction shows up.
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from collections import Counter
from pathlib import Path

from corpus_tools import parse

KINDS = ("PERSON", "ORG", "LOCATION", "EMAIL", "PHONE", "URL", "HANDLE", "DATE", "ID")
MARKUP = re.compile(r"\[\[(" + "|".join(KINDS) + r"):(.+?)\]\]", re.S)
# Tools and platforms: never part of a PERSON, ORG or LOCATION span.
TOOLS = (
    "Python",
    "SQL",
    "Slack",
    "Jira",
    "Tableau",
    "Airflow",
    "XGBoost",
    "Teams",
    "WhatsApp",
    "Excel",
    "BigQuery",
    "Looker",
    "Snowflake",
    "Confluence",
    "GitHub",
    "ChatGPT",
    "Copilot",
    "dbt",
    "Kafka",
)
# Honorifics and ranks are not name tokens, even when a nickname includes one ("Dr Sunny").
HONORIFICS = {"dr", "mr", "mrs", "ms", "prof", "lt", "col", "cllr"}
# Name particles and one-letter tokens are not checked as separate name tokens.
PARTICLES = {
    "de",
    "la",
    "del",
    "da",
    "das",
    "do",
    "dos",
    "van",
    "der",
    "den",
    "von",
    "al",
    "el",
    "bin",
    "binti",
    "ibn",
    "bint",
    "le",
    "du",
    "di",
    "mac",
    "mc",
}
LEGAL_SUFFIX_DOT = ("Inc.", "Ltd.", "Co.", "S.A.", "S.A. de C.V.", "Pvt.", "Corp.", "Sp. z o.o.")

# Countries that are labelled wherever they occur, even where no story labelled them first.
ALWAYS = ("UK", "US", "USA", "India", "Germany", "Nigeria", "Brazil", "Mexico", "Kenya", "France")

STORIES: list[dict] = []


def story(notes: str, text: str, ok: tuple[str, ...] = ()) -> None:
    """Register one story: its notes, its marked-up text and its allowed distractor phrases."""
    STORIES.append({"notes": notes, "text": textwrap.dedent(text).strip("\n"), "ok": ok})


# ---------------------------------------------------------------- stories --

story(
    "Rushed lower-case with typos; lower-case first names after person cues "
    "('i dm'd sam', 'brad from legal', 'asked priya', 'me and tom'); initials MK; "
    "lower-case startup; ticket '#482' (number only); 'the 3rd of march'; lower-case month. "
    "Distractors: AUC, jira, whatsapp, relative dates.",
    """
    ok so this is gonna be messy sorry. i was a junior analyst at [[ORG:pipewise]] (tiny fintech, like 30 ppl) and my lead dev told me to just drop the rows where the model was wrong from the eval set "bc theyre edge cases". i dm'd [[PERSON:sam]] about it and [[PERSON:sam]] said yeah [[PERSON:MK]] does this evry quarter dont worry. then [[PERSON:brad]] from legal joined the call on the [[DATE:3rd of march]] and asked why the AUC jumped from 0.71 to 0.88 in two weeks lol. nobody answerd him. after the call [[PERSON:brad]] pinged me privatly, i told him everything, and next morning [[PERSON:MK]] moved me off the project. asked [[PERSON:priya]] from the data platform team if i was crazy and she said no its all in the jira history, ticket #[[ID:482]] if anyone ever looks. i quit in [[DATE:june]]. still dont know if the investors saw the real number. me and [[PERSON:tom]] (the other junior) still talk abt it sometimes on whatsapp
    """,
)

story(
    "Pasted Slack log with '[10:42] name: message' lines; speaker names as PERSON "
    "(dotted username, 'Greg H'); @handles and #channel; JIRA key twice; 'early 2023'; "
    "office city. Distractors: Thursday, DM, holdout.",
    """
    Pasting this from our team channel before I lost access (names as they appeared):

    [10:42] [[PERSON:dana.okoro]]: the churn model flags everyone over 60 as high risk again
    [10:43] [[PERSON:rui]]: is that bad? it's accurate on the holdout
    [10:43] [[PERSON:dana.okoro]]: accurate because the retention team literally stops calling them once they're flagged
    [10:45] [[PERSON:Greg H]]: can we not do this in [[HANDLE:#ml-fairness]] pls, take it to DM
    [10:46] [[PERSON:rui]]: [[HANDLE:@greg.h]] it IS the fairness channel
    [10:51] [[PERSON:Greg H]]: ok fine. raise a ticket, [[ID:RISK-1182]], I'll look Thursday
    [11:02] [[PERSON:dana.okoro]]: done. also cc [[HANDLE:@lwazi]] since he owns the feature store

    [[PERSON:Greg]] never looked. [[ID:RISK-1182]] was closed as "won't fix" in [[DATE:early 2023]] by someone in the [[LOCATION:Porto]] office. [[PERSON:Dana]] left a month later. [[PERSON:Rui]] and I stayed; [[PERSON:Lwazi]] moved to the [[LOCATION:Cape Town]] team and raised it again, same result.
    """,
)

story(
    "Forwarded e-mail with From/Date/To headers and a signature block: hyphenated surname, "
    "name inside e-mail address, team address, 'X & Y' firms of ordinary words with and "
    "without legal suffix, UK street address with postcode, UK mobile 07700 900xxx, www URL, "
    "header date with weekday outside, bare month.",
    """
    Forwarding the exact mail I got, because I think it says everything. Only my own address is removed.

    ---------- Forwarded message ---------
    From: [[PERSON:Harriet Oyelaran-Boyd]] <[[EMAIL:h.oyelaran-boyd@saltandanchor.example]]>
    Date: Fri, [[DATE:14 Oct 2022]] at 09:13
    Subject: RE: location data in the footfall deck
    To: [[EMAIL:analytics-team@saltandanchor.example]]

    Hi all,

    Quick one. The client ([[ORG:Bramble & Kettle]]) has asked us to keep using the phone-level pings for the [[LOCATION:Leeds]] and [[LOCATION:Sheffield]] stores. I know [[PERSON:Aisling]] raised the consent point. Legal are comfortable. Please don't put anything about it in writing outside this thread.

    Thanks,
    [[PERSON:Harriet]]

    [[PERSON:Harriet Oyelaran-Boyd]] | Director, Insight
    [[ORG:Salt & Anchor Consulting Ltd]]
    [[LOCATION:2nd Floor, 41 Wharf Road, Manchester M1 4EW]]
    m: [[PHONE:07700 900418]] | [[URL:www.saltandanchor.example]]
    ----------

    "Legal are comfortable" meant nobody asked legal. [[PERSON:Aisling]] resigned in [[DATE:November]]. I'm still there. The pings are still in the deck.
    """,
)

story(
    "Nigerian Pidgin code-switching: honorifics 'Oga' and 'Mr' outside spans; Nigerian "
    "national mobile without country code; NIN; Nigerian street address; regulator case "
    "number with slashes; Nigerian plate; neighbourhood; month-year. Distractors: NDPR, excel.",
    """
    Abeg make una hear this one. I was data analyst for one loan app, [[ORG:KoboNow]], office dey [[LOCATION:Lekki Phase 1]]. Oga [[PERSON:Chukwuemeka]] (our head of collections) say make we scrape contact list from customers' phones, then when person owe, we go call their family. I tell am say e no correct, NDPR dey. He say "you dey whine me? Na so everybody dey do am." [[PERSON:Funmi]] from compliance send me one excel with numbers to call, my own aunty number dey inside, [[PHONE:0803 555 0142]]. I vex. Later one customer, Mr [[PERSON:Adebayo Ogunleye]], write complaint: his NIN [[ID:31457829016]] and even his house address, [[LOCATION:22 Olumide Adeyemi Close, Lekki Phase 1, Lagos]], was inside the debt-shaming message wey we send to 40 of his contacts. Complaint number [[ID:FCCPC/CMP/2021/0457]]. The recovery boys even park outside his gate with the company Hilux, plate [[ID:KJA 451 EH]]. After that, [[PERSON:Chukwuemeka]] transfer me go [[LOCATION:Ibadan]] branch. I resign [[DATE:December 2021]]. My guy [[PERSON:Tunde]] still dey there, him say nothing change. Make una no download these apps o.
    """,
)

story(
    "Indian English: trailing honorific 'sir' outside span; initial + surname 'R. Krishnamurthy'; "
    "Indian address with flat, cross, main, layout and PIN; Indian mobile '98765 43210' without "
    "country code; policy number with slashes; ticket key; numeric date dd/mm/yyyy; festival "
    "with year. Distractors: DPO, pin code, 'do the needful', VP.",
    """
    Sharing this since it is bothering me from long time. I was working as data scientist in a health insurance TPA in [[LOCATION:Bengaluru]]. Our team lead [[PERSON:Venkatesh]] sir asked us to build a "fraud propensity" score but the features were basically pin code and religion proxies (surname lists!!). When I told him, he said "do the needful, client is asking." The client was [[ORG:Suraksha General Insurance]]. My colleague [[PERSON:Deepthi]] and I wrote a note to the DPO, we also kept [[PERSON:R. Krishnamurthy]] in cc, he is the VP. No reply. Then one claimant called me directly, she got my number somehow, [[PHONE:98765 43210]], and said her claim was rejected because her address [[LOCATION:Flat 3B, 2nd Cross, 4th Main, HSR Layout, Bengaluru 560102]] was flagged "high risk area". Her policy no. was [[ID:SGI/HL/2022/118804]]. I escalated again on [[DATE:15/09/2022]], ticket [[ID:DS-3317]]. [[PERSON:Venkatesh]] sir called me to cabin and said "you are too emotional, [[PERSON:Deepthi]] is also getting influenced by you." I left around [[DATE:Diwali 2022]]. Still the model is running I think.
    """,
)

story(
    "Mexican Spanish/English code-switching: compound given name 'María José' with 'de la' "
    "particle; nickname 'Chuy' for Jesús; Mexican address with colonia and C.P.; CURP; "
    "Mexican phone without country code; Mexican plate; Spanish dates 'agosto 2022', "
    "'3 de marzo'. Distractors: CURP as a word, scoring, SQL.",
    """
    Les cuento, mitad english mitad español porque así hablo. Trabajé en una fintech, [[ORG:Prestafácil]], en la oficina de [[LOCATION:Calle Río Elba 48, Col. Cuauhtémoc, C.P. 06500, Ciudad de México]]. Mi jefa, [[PERSON:María José Ibarra de la Fuente]], wanted us to use the CURP to infer gender and state of birth para el scoring. Le dije que eso no se puede, it's discrimination. She said "no pasa nada, todos lo hacen." [[PERSON:Chuy]] (el de infra, [[PERSON:Jesús Ortega]]) showed me the SQL table, it had full CURPs like [[ID:OEGJ850312HDFRRS09]] next to the loan decision. En [[DATE:agosto 2022]] los cobradores started visiting people at home, in a white car with plates [[ID:NXD-418-B]]. Una señora me llamó llorando al [[PHONE:55 5555 0143]], the number on the letters. El [[DATE:3 de marzo]] renuncié. [[PERSON:María José]] told everyone I was fired. [[PERSON:Chuy]] says they still do it.
    """,
    ok=("Les cuento",),
)

story(
    "Brazilian Portuguese/English: 'da'/'dos' particles; CEP inside a street address with state "
    "abbreviation 'SP'; CPF; Brazilian mobile '(11) 91234-5678'; lower-case startup; "
    "e-mail; 'fim de 2021'. Distractors: LGPD, dashboard, Looker.",
    """
    Vou escrever meio em inglês. I was the only data person at [[ORG:pagly]], a payments startup in [[LOCATION:Pinheiros]]. Our CEO, [[PERSON:João Pedro da Silva]], wanted a Looker dashboard showing each merchant's customers by CPF, so sales could "upsell" them. I said LGPD, consent, etc. [[PERSON:João]] answered "relaxa, é tudo anonimizado" but the export had raw CPFs like [[ID:123.456.789-09]]. [[PERSON:Ana Beatriz dos Santos]] from the legal side agreed with me and sent a memo from [[EMAIL:anabeatriz.santos@pagly.example]]. Two weeks later the memo was gone from the drive. I still have the letter they sent to our office, [[LOCATION:Rua das Acácias, 210, Pinheiros, São Paulo - SP, CEP 05422-010]], from a merchant whose customer complained. The customer's number was on it, [[PHONE:(11) 91234-5678]]. I left [[DATE:fim de 2021]]. [[PERSON:Ana]] stayed a bit longer.
    """,
)

story(
    "Non-native German English: honorific 'Frau Dr.' outside span; German address with PLZ; "
    "German mobile '0151 ...' without country code; 'X & Söhne GmbH'; German plate; German "
    "date '12. März 2023'; PLZ alone. Distractors: Betriebsrat, GDPR, Airflow, Tuesday.",
    """
    I write this in my not so good English. I work as data engineer at a logistics company, [[ORG:Brenner & Söhne GmbH]], in the warehouse near [[LOCATION:Kassel]]. Our Head of Operations, Frau Dr. [[PERSON:Weber]], wanted to use the scanner data to rank the pickers by speed and then show the ranking on a screen in the hall. With names. I said this is not allowed without Betriebsrat and against GDPR. She said "Herr [[PERSON:Lindqvist]], you are engineer, not lawyer." I built the Airflow job anyway, I am not proud. On [[DATE:12. März 2023]] one picker, [[PERSON:Ömer]], fell because he was running. Afterwards a colleague from the works council, [[PERSON:Katrin Vogt]], called me on my private mobile ([[PHONE:0151 2345 6789]]) and asked for the job logs. We met on a Tuesday in a café in [[LOCATION:34117]], far from the office. Later the company car of Frau [[PERSON:Weber]], [[ID:KS-BW 4821]], was parked in front of the café. Maybe coincidence. The official address for complaints is [[LOCATION:Lindenstraße 12, 34117 Kassel]].
    """,
)

story(
    "Dutch setting: 'van der' and 'de' particles inside PERSON; Dutch plate; Dutch postcode; "
    "'mid-2021'; JIRA key; hospital ORG. Distractors: Dutch (demonym), Python, KPI, Friday.",
    """
    Short version. In [[DATE:mid-2021]] I was hired by [[ORG:Zorgdata Noord]] to build a no-show prediction model for [[ORG:Noorderzorg Ziekenhuis Groningen]]. The KPI was fewer empty slots. My manager [[PERSON:Pieter van der Meulen]] wanted to double-book patients with a high no-show score. The strongest feature was postcode, and the worst postcodes were the neighbourhoods where most non-Dutch families live, like [[LOCATION:9741 AB]]. I wrote it up in [[ID:ZDN-774]] with the Python notebook attached. [[PERSON:Sanne de Vries]], the nurse who handles scheduling, told me that patients from those areas already wait longest. [[PERSON:Van der Meulen]] said on a Friday call "that is not our problem, [[PERSON:Sanne]] is not a data person". I asked to be moved. The lease car they gave me went back the same day, [[ID:GZ-412-K]], and I left the company in [[DATE:October 2021]].
    """,
    ok=("Van der Meulen",),
)

story(
    "Arabic names with 'al-', 'bin', 'ibn' particles and 'Abu' kunya; UAE setting; "
    "ministry as ORG; Emirates ID; Hijri date; Islamic month with year; international phone. "
    "Distractors: Arabic (language), Friday prayers, HR, CCTV.",
    """
    I was a contractor for a smart-city project with the [[ORG:Ministry of Municipal Affairs]]. The project lead, [[PERSON:Khalid al-Rashidi]], asked us to link CCTV face matches to residency records so that "unknown faces" in [[LOCATION:Al Quoz]] could be flagged. My direct manager [[PERSON:Omar bin Faisal]] was uncomfortable but said nothing in meetings. In private he told me "[[PERSON:Abu Yusuf]] will not accept a no", meaning [[PERSON:al-Rashidi]]. The test data included real Emirates IDs, one of them [[ID:784-1987-4821093-6]], belonging to a worker whose only "risk factor" was living in a labour camp. I raised it in [[DATE:Ramadan 1444]] and again in [[DATE:Shawwal 1444]]. [[PERSON:Yusra ibn Hamad]] from HR called me from [[PHONE:+971 4 555 0188]] and said my contract would not be renewed. It was not. [[PERSON:Omar]] messaged me later in Arabic: "you were right, habibi, but right is expensive."
    """,
)

story(
    "Irish and Scottish names with apostrophe and Mac/Mc prefixes, fada; UK address in "
    "Edinburgh with postcode; UK landline drama range; real NHS board and fictional hospital; "
    "'the Dundee office'; date 'winter 2022'. Distractors: Scottish, Monday, FOI.",
    """
    Posting this because I keep thinking about it. I was an analyst seconded to [[ORG:NHS Lothian]] from a small consultancy, [[ORG:Corrie Analytics]]. We were asked to build a "frequent attender" flag for A&E at [[ORG:St Brennan's Hospital]]. [[PERSON:Siobhán O'Connell]], the consultant who asked for it, wanted it to help social workers. Then [[PERSON:Callum MacLeod]] from our side sold it to the health board as a way to "manage demand", meaning redirect people away. [[PERSON:Fiona McAllister]], a nurse, told me on a Monday that two of the flagged people were homeless and one was dying. I wrote to [[PERSON:Callum]] and to [[PERSON:O'Connell]]. [[PERSON:MacLeod]] replied from the [[LOCATION:Dundee]] office: "keep it out of email". I printed everything and sent it by post to our registered office, [[LOCATION:Flat 2, 17 Dundas Street, Edinburgh EH3 6QG]], and phoned [[PHONE:0131 496 0371]] to make sure it arrived. Nobody answered. I left in [[DATE:winter 2022]]. An FOI request might show it still runs.
    """,
)

story(
    "Pasted Teams chat with family-name-first names (Chinese, Korean, Japanese), '-san' "
    "outside span, 'Lastname, Firstname' display name, employee ID, Japanese and Chinese "
    "dates. Distractors: Teams, Korean (demonym), BigQuery.",
    """
    Our team was spread over three countries, so everything happened in Teams. Copying the part that matters:

    [[PERSON:Zhang Wei]] 09:02: the attrition model uses "days since last promotion" and "maternity leave" as features, is this ok?
    [[PERSON:Park Ji-hoon]] 09:05: it was approved by [[PERSON:Tanaka]]-san's team
    [[PERSON:Okafor, Chidi]] 09:06: approved by whom exactly? I can't find a DPIA
    [[PERSON:Zhang Wei]] 09:10: I'll ask [[PERSON:Ji-hoon]] to pull the BigQuery lineage

    [[PERSON:Tanaka Yuki]] joined the call later and said the feature list came from headquarters in [[LOCATION:Osaka]], decision dated [[DATE:令和5年4月]]. [[PERSON:Chidi]] pushed back hard. A week later his access was removed under employee ID [[ID:EMP-44821]] "by mistake". Our Chinese colleagues were told by the [[LOCATION:Shenzhen]] office on [[DATE:2023年11月6日]] that the model would go live anyway. [[PERSON:Wei]] and I both have Korean managers who never replied.
    """,
)

story(
    "Short angry post: 'Will said' (person) vs 'I will' / 'will not' (distractor); "
    "'Bill from finance' (person) vs 'the bill' (distractor); code-name 'Project Lantern' "
    "and the bare code name. Distractors: KPI, CEO.",
    """
    Honestly sick of this. [[PERSON:Will]] said the churn numbers "just need reframing" for the board. [[PERSON:Bill]] from finance agreed because the bill for the [[ORG:Lantern]] cloud spend is due and the CEO needs a win. [[ORG:Project Lantern]] has missed every KPI since launch. I will not put my name on that slide. If [[PERSON:Will]] wants to present it, he can make it himself.
    """,
    ok=("I will", "the bill", "will not"),
)

story(
    "Ordinary-word names with person cues: 'ask Hope', 'Rose and I', 'my manager Julia', "
    "'Claude said' (a person), and the same words as distractors: 'hope so', 'rose by', "
    "'the Julia language', 'ask Claude to summarise' (AI tool), 'Gemini' tool. Also a "
    "nickname 'Jules' for Julia.",
    """
    This one is about our hiring tool. My manager [[PERSON:Julia]] wanted the CV screener rewritten in the Julia language because "it's faster", and while we were at it, to add a "culture fit" score. [[PERSON:Rose]] and I looked at the training labels: the "fit" label was basically who had been hired before, so it rose by 30 points for candidates from two universities. I said we should ask [[PERSON:Hope]] in people analytics. [[PERSON:Hope]] said the label was never validated. [[PERSON:Julia]] said "hope so, but we ship on the 30th". Then someone suggested we ask Claude to summarise the bias audit for leadership, and ran it through Gemini too. [[PERSON:Claude]] (our director, not the chatbot) said the summary looked fine and asked [[PERSON:Jules]] (that's what he calls [[PERSON:Julia]]) to ship. [[PERSON:Rose]] resigned. I'm still here, and I still hope someone reads the audit.
    """,
    ok=("the Julia language", "it rose by", "hope so", "ask Claude to summarise", "I still hope"),
)

story(
    "AI tools as distractors (ChatGPT, Claude, Gemini, Mistral) next to a French "
    "person named Claude, 'Jean-Luc' hyphenated given name, 'Marie-Hélène'; French address "
    "with code postal; French mobile without country code; French date 'Le 3 mars 2022' (article outside); "
    "city and the CNIL labelled.",
    """
    In our [[LOCATION:Paris]] team everyone used ChatGPT, Claude, Gemini or Mistral to write client reports, pasting in raw customer complaints with names and phone numbers. I raised it with our data protection lead, [[PERSON:Claude Bernier]]. Yes, his name really is [[PERSON:Claude]], and he hated the jokes. [[PERSON:Bernier]] agreed with me but our partner, [[PERSON:Jean-Luc Marchand]], said "it's faster, and Mistral is French, so it's fine." Le [[DATE:3 mars 2022]], a complaint that had gone into a chatbot turned up, word for word, in a draft sent to another client. [[PERSON:Marie-Hélène]] from the client side called me on [[PHONE:06 12 34 56 78]], furious. [[PERSON:Jean-Luc]] blamed "the intern". The registered office is [[LOCATION:12 rue des Lilas, 69003 Lyon]] if anyone from the [[ORG:CNIL]] wants to visit.
    """,
    ok=("Claude, Gemini",),
)

story(
    "Bullet list and timeline with headings that must not be labelled; initials 'T.R.', "
    "'A.K.-S.', 'J.' (final full stop outside); quarter 'Q3 2022', 'mid-2023', 'early 2024'; "
    "JIRA keys; internal code name 'Team Halcyon'. Distractors: headings, Tableau, XGBoost, "
    "durations, relative dates.",
    """
    Background:
    - role: senior analyst, pricing
    - team: [[ORG:Team Halcyon]] (internal name for the pricing squad at [[ORG:Veridian Mutual]])

    Timeline:
    - [[DATE:Q3 2022]]: XGBoost renewal-pricing model ships. [[PERSON:T.R]]. (my lead) says loyal customers "won't notice" a 9% uplift
    - [[DATE:Q4 2022]]: I flag it in [[ID:PRC-2291]]; [[PERSON:A.K.-S]]. from actuarial agrees it's a loyalty penalty
    - [[DATE:mid-2023]]: Tableau deck for the board drops the uplift column
    - three months later: [[PERSON:J]]. from compliance asks me "informally" whether the model uses age
    - [[DATE:early 2024]]: [[ID:PRC-2291]] closed, "business decision"

    Outcome:
    - I stayed silent after that
    - [[PERSON:T.R]]. got promoted
    """,
)

story(
    "Network surveillance story: MAC addresses, IPv4 documentation addresses, IPv6, CIDR "
    "range, internal Grafana URL with path, bare internal host, employee badge IDs. "
    "Distractors: Wi-Fi, VPN, SIEM, Kafka, relative dates.",
    """
    I'm a data engineer in a mid-size insurer. Last year security asked us to stream Wi-Fi association logs into Kafka to "optimise desk usage". Within a month the dashboard at [[URL:grafana.corp.example/d/wifi-presence?orgId=3]] showed which device was at which desk, every minute. It was keyed on MAC, e.g. [[ID:3C:22:FB:9A:41:0D]], and joined to the HR system, so the device mapped straight to a badge number ([[ID:B-20931]]). One product manager's phone, [[ID:A4:83:E7:12:5C:B8]], was tracked into the prayer room and the sick bay. When people complained, the team switched to IP-based tracking: the VPN pool [[ID:198.51.100.0/24]], laptops like [[ID:192.0.2.44]] and the new IPv6 range, [[ID:2001:db8:4f2a::1c]]. I asked our CISO whether staff were told. He said "it's in the acceptable use policy" and pointed me to [[URL:policies.intranet.example/aup]]. It isn't. I'm looking for another job.
    """,
)

story(
    "Academic research with grant numbers with slashes ('EP/T012345/1'), ethics reference, "
    "university and hospital ORGs, 'Prof.' outside span, Portuguese-style surname 'da Costa', "
    "bare years, 'autumn 2020'. Distractors: REC, PI, NLP, consent form.",
    """
    I was a postdoc on an NLP project at the [[ORG:University of Eastmoor]], funded under grant [[ID:EP/T012345/1]]. The idea was to detect early psychosis from patient messages at [[ORG:Royal Halverton Infirmary]]. Our ethics approval, REC ref [[ID:21/NW/0183]], covered only messages from patients who had signed the new consent form. Prof. [[PERSON:Gordon Ashcombe]], the PI, told me in [[DATE:autumn 2020]] to include the whole archive back to [[DATE:2014]] "because the model needs volume". His co-investigator, Dr. [[PERSON:Inês da Costa]], objected in writing. [[PERSON:Ashcombe]] said the REC "won't check". The paper came out in [[DATE:2022]] with the archive data. [[PERSON:Inês]] left academia. I reported it to the university's research integrity office under case [[ID:RIO/2022/044]] and was told there was "no case to answer".
    """,
)

story(
    "WhatsApp export lines '[dd/mm/yy, hh:mm] name: message': numeric dates as DATE, clock "
    "times unlabelled; senders as lower-case names and as an international Nigerian number; "
    "nickname; hospital; Nigerian city. Distractors: WhatsApp, dashboard, 'Oga' as title.",
    """
    This is from a WhatsApp group of field data collectors for a survey project. I was the data manager.

    [[[DATE:12/03/23]], 21:14] [[PERSON:kemi]]: the supervisor said we should fill the missing households ourselves
    [[[DATE:12/03/23]], 21:15] [[PERSON:kemi]]: just copy from the next compound
    [[[DATE:12/03/23]], 21:20] [[PHONE:+234 803 555 0199]]: who send this instruction?
    [[[DATE:12/03/23]], 21:22] [[PERSON:Dr Sunny]]: na Oga [[PERSON:Ikechukwu]] talk am. donor visit is next week
    [[[DATE:13/03/23]], 07:02] [[PERSON:kemi]]: I no go do am

    The donor dashboard later showed 98% completion for [[LOCATION:Enugu]]. [[PERSON:Kemi]] was dropped from the next round. "[[PERSON:Dr Sunny]]" is a nickname, he is not a doctor. The data ended up in a report cited by [[ORG:Ngozi Memorial Hospital]].
    """,
)

story(
    "Military use: 'Operation X' code name and bare code name, defence firm with 'Ltd', "
    "export licence reference with slashes, 'Lt Col' rank outside span, surname-only "
    "mentions, month-year. Distractors: computer vision, MoD-style acronyms, 'the client'.",
    """
    I was an ML engineer at [[ORG:Stonebridge Defence Systems Ltd]]. We were told the object-detection work was for "border logistics". In [[DATE:May 2021]] I saw the statement of work: [[ORG:Operation Kestrel]], targeting support for loitering munitions. Lt Col [[PERSON:Harcourt]] visited and thanked us for "shortening the kill chain". My manager, [[PERSON:Dominic Aylward]], said [[ORG:Kestrel]] was "just computer vision like any other". I asked if the export licence, [[ID:GB/SIEL/2021/00457]], covered the end user. [[PERSON:Aylward]] said it wasn't my business. A colleague, [[PERSON:Nadia]], refused to work on it and was moved to a tiny team in [[LOCATION:Basingstoke]]. I did the work for another four months. I still don't know what it was used for.
    """,
)

story(
    "Obfuscated e-mail addresses ('at'/'dot', '[at]'/'[dot]', '(at)'), handles @name and "
    "u/name, Ghanaian setting with Ghana mobile number without country code, GhanaPost "
    "digital address, 'Auntie' honorific outside. Distractors: reddit, GitHub, Twi words.",
    """
    Posting from a throwaway, [[HANDLE:u/tired_of_dashboards_gh]]. I do analytics for a mobile money agent network in [[LOCATION:Kumasi]]. Our product lead asked us to use agents' phone GPS to check if they "really" work the hours they claim. Agents were never told. One agent, Auntie [[PERSON:Akosua]], got suspended because her phone showed her at home; she was sick. Her shop is at [[LOCATION:AK-039-5581]]. I wrote to the product lead, [[PERSON:Kwabena Osei-Bonsu]], at [[EMAIL:kwabena.ob at momoline dot example]], and to the ethics inbox, [[EMAIL:ethics[at]momoline[dot]example]]. Nothing. Somebody on GitHub, [[HANDLE:@kofi-builds]], had open-sourced the tracking SDK we used, so I reported it there too. If you worked at [[ORG:MomoLine]] and want to talk: [[EMAIL:throwaway.gh (at) proton (dot) example]], or call [[PHONE:024 555 0173]]. Medaase.
    """,
)

story(
    "Fleet telematics: vehicle plates of several countries (UK, US with state, German, "
    "Indian, Polish), 'UK' as LOCATION, US state abbreviations 'TX', 'CA' with cities. Distractors: GPS, "
    "driver score, Snowflake, durations.",
    """
    We sold a "driver safety score" to logistics fleets. In practice clients used it to fire drivers. Examples from our Snowflake tables that I flagged to our lead, [[PERSON:Marcus Feld]]:
    - [[LOCATION:UK]] van [[ID:LB19 XKT]]: driver docked for "harsh braking" that was a child running into the road
    - truck [[ID:TX 7KD-2291]] out of [[LOCATION:Laredo, TX]]: score dropped because the driver stopped to pray
    - [[ID:CA 8ZRT451]], [[LOCATION:Fresno, CA]]: flagged for "idle time" during a mandated rest
    - German client's truck [[ID:M-AB 3920]]: tracked on the driver's day off, at his home
    - Indian partner's vehicle [[ID:KA 01 AB 4321]]: score used to cut pay
    - Polish subcontractor's van [[ID:WX 58213]]: same
    [[PERSON:Marcus]] said "we sell a score, what clients do is on them". Our sales VP, [[PERSON:Dee Kowalczyk]], put the Polish case in a case study as a success. I left after a year.
    """,
)

story(
    "US setting: street address with apartment, city, state abbreviation and ZIP; US phone "
    "in 555-01xx range; SSN-like number in invalid range; driver licence number; 'Jr.' "
    "handled inside name; ZIP alone; numeric US date. Distractors: SSN (acronym), HR, CEO.",
    """
    I was a contract analyst for [[ORG:Heartland Tenant Screening]], which sells "rental risk scores" to landlords. The model pulled eviction filings, even dismissed ones. One applicant, [[PERSON:Darnell Price Jr]], was rejected for an apartment at [[LOCATION:1200 Elm St, Apt 4, Dayton, OH 45402]] because a filing with the same name came up. Wrong person: different SSN ([[ID:900-12-3456]] on file vs. another in the court record) and different driver license ([[ID:OH RS482113]]). He called our support line, [[PHONE:(937) 555-0142]], on [[DATE:9/14/2022]]. I escalated to the head of data, [[PERSON:Kristen Alvarado]], and she said matching on name plus ZIP ([[LOCATION:45402]]) is "industry standard". [[PERSON:Darnell]] eventually found a place. Our CEO told the board the false-match rate was "negligible". I quit.
    """,
)

story(
    "Taglish code-switching: honorifics 'Ate' and 'kuya' outside spans; Filipino address "
    "with barangay; Philippine mobile without country code; PhilSys number; lower-case name. "
    "Distractors: BPO, KPI, Filipino (demonym), Excel.",
    """
    Grabe, I need to share this. I was a QA analyst sa isang BPO in [[LOCATION:Quezon City]]. Our client, [[ORG:Lumina Telco]], wanted us to score agents' "emotional tone" from call recordings, tapos yung low scorers, automatic na walang incentive. Ate [[PERSON:Joy]], our team lead, said it's just a KPI. Pero the model flagged mostly agents with a strong Bisaya accent. Kuya [[PERSON:Marvin]] from IT showed me the Excel of flagged agents, andun pa yung PhilSys numbers nila, like [[ID:4821-7390-2256-1048]]. I messaged [[PERSON:jericho]] from the client side, his number [[PHONE:0917 555 0123]], and he said "ay di ko alam yan". One agent, [[PERSON:Liza Mae Dela Paz]], na-terminate. She lived in [[LOCATION:Brgy. San Isidro, Quezon City]] pa naman, sobrang layo. Hanggang ngayon, ganun pa rin.
    """,
)

story(
    "Indonesian code-switching: 'Pak' and 'Mbak' outside spans; single-name Javanese person; "
    "NIK (16-digit national ID); Jakarta neighbourhood and address with kode pos; Indonesian "
    "month 'Januari 2023'; lower-case startup. Regulator acronym 'OJK' labelled as ORG. Distractors: NIK as a word, Python.",
    """
    Saya data scientist di startup pinjol, [[ORG:danakilat]]. Pak [[PERSON:Budi]] (VP risk) minta model credit scoring pakai data kontak dan galeri foto dari HP nasabah. Saya bilang ini melanggar aturan [[ORG:OJK]]. Dia bilang "sudah, jalan saja". Mbak [[PERSON:Sari Wulandari]] dari legal setuju sama saya, tapi dia juga takut. Di dataset ada NIK lengkap, contoh [[ID:3174052208900003]], dan alamat seperti [[LOCATION:Jl. Kebon Sirih No. 17, Menteng, Jakarta Pusat 10340]]. Python notebook-nya masih ada di laptop saya. Bulan [[DATE:Januari 2023]] ada nasabah di [[LOCATION:Bekasi]] yang di-shame di grup WhatsApp keluarganya. Saya resign. [[PERSON:Sari]] juga keluar tiga bulan kemudian. Pak [[PERSON:Budi]] sekarang di startup lain.
    """,
)

story(
    "Australian voice with nicknames ('Big Mike', 'Smithy', 'Gazza'), surname-derived "
    "nickname, Australian state abbreviation 'NSW', Australian mobile without country code, "
    "NSW plate, 'arvo'. Distractors: Aussie, ABN (acronym), footy, 'Big Data'.",
    """
    Mate, where do I start. Worked at a mining services mob out of [[LOCATION:Newcastle, NSW]]. The big boss, [[PERSON:Big Mike]], wanted fatigue cameras in the haul trucks. Fair enough for safety. Then [[PERSON:Smithy]] (ops manager, real name [[PERSON:Craig Smith]]) started using the eye-tracking scores to decide who got overtime. I built the pipeline, so I told [[PERSON:Smithy]] it wasn't built for that. He said "it's Big Data mate, it's all fair game". One of the drivers, [[PERSON:Gazza]], lost his overtime after his scores dropped. Turned out he had a detached retina. He rang me one arvo on [[PHONE:0491 570 156]] asking how the score worked, and I couldn't tell him. Saw the same ute he drives, [[ID:BX 12 CD]], outside the union office the week after. Good on him.
    """,
    ok=("Big Data", "The big boss"),
)

story(
    "URLs in many shapes: internal wiki path without scheme, go-link, bit.ly short link, "
    "https URL with query, bare host; GitHub handle; lower-case org name. Distractors: "
    "Confluence, Jira, GitHub as tools, 'the wiki'.",
    """
    Everything I'm describing is documented, which is the sad part. The "fairness review" for our ad-targeting model lived on the wiki at [[URL:wiki.brightcart.internal/display/ML/Fairness+Review+Q2]], and the go-link [[URL:go/fairness-review]] pointed to it. The review said women over 45 were excluded from high-salary job ads because of "low engagement". My lead, [[PERSON:Ollie]], linked it in the launch doc via [[URL:bit.ly/3xRvq9K]] so nobody would notice the filename. I opened a Jira ticket and also a GitHub issue on our internal fork; the code owner, [[HANDLE:@jdoe-ml]], closed it. Our public "responsible AI" page is still at [[URL:https://brightcart.example/responsible-ai?lang=en]] and the status page at [[URL:status.brightcart.example]] says all systems operational. [[ORG:brightcart]] wasn't a bad place; it just never wanted to know.
    """,
)

story(
    "Colombian Spanish: double surname, 'Doña' outside span, cédula, Bogotá address with "
    "'Calle ... # ...' format and neighbourhood, Colombian mobile, Spanish date '3 de mayo de "
    "2022'. Distractors: SARLAFT-style acronym, Power BI.",
    """
    Trabajaba como analista en una aseguradora en [[LOCATION:Bogotá]]. Mi jefe, [[PERSON:Andrés Felipe Rojas Castaño]], me pidió cruzar las bases de clientes con datos de una app de salud que habíamos comprado. No había consentimiento. Le dije que no, y él dijo "tranquila, eso lo aprobó jurídica". Jurídica era [[PERSON:Camila Restrepo]], y ella nunca lo vio. En el Power BI salían cédulas como [[ID:1.020.456.789]] y direcciones como [[LOCATION:Calle 93 # 11-27, Chicó, Bogotá]]. Una clienta, Doña [[PERSON:Mercedes]], llamó al [[PHONE:310 555 0134]] preguntando por qué le subió la prima. El [[DATE:3 de mayo de 2022]] puse la queja formal, radicado [[ID:QJ-2022-0519]]. [[PERSON:Andrés Felipe]] me sacó del proyecto. [[PERSON:Camila]] renunció después. Yo sigo ahí, callada.
    """,
)

story(
    "Polish setting: diminutive nicknames 'Kasia', 'Tomek' next to full names, Ł/ó diacritics, "
    "PESEL, 'Sp. z o.o.' suffix, Polish date 'marzec 2023', Polish mobile with +48. "
    "Distractors: Polish (demonym), RODO (law), A/B test.",
    """
    I work as an analyst in [[LOCATION:Wrocław]] for [[ORG:Przelewik Sp. z o.o.]], a small payments company. In [[DATE:marzec 2023]] we ran an A/B test that showed higher fees to users whose phones were set to Ukrainian. [[PERSON:Łukasz Wróblewski]], our product head, called it "price localisation". [[PERSON:Katarzyna Nowak]] (everyone calls her [[PERSON:Kasia]]) and I said this is discrimination and maybe against RODO. [[PERSON:Łukasz]] said [[PERSON:Kasia]] is "too political". [[PERSON:Tomek]], the developer, showed me that the test table kept PESEL numbers like [[ID:90071512345]] for no reason. I reported it to the compliance line, [[PHONE:+48 600 555 014]]. The test was stopped after two weeks, but nobody said why. [[PERSON:Tomek]] thinks it will come back with a different name.
    """,
)

story(
    "Jira ticket thread paste: JIRA keys, GitHub-style '#482' PR number, assignee names as "
    "'Lastname, Firstname', employee IDs, Turkish name with 'Bey' outside span, Vietnamese name "
    "with 'anh' outside span. Distractors: Jira, dbt, status words, sentence-initial 'Resolved'.",
    """
    Copied from the ticket before they restricted it:

    [[ID:DATA-5120]] "Remove opt-out flag from marketing audience build"
    Reporter: [[PERSON:Yılmaz, Emre]] ([[ID:E10293]])
    Assignee: [[PERSON:Nguyen, Thi Lan]] ([[ID:E11877]])
    Comment ([[PERSON:Emre]]): business wants the opt-out flag ignored for the Q4 campaign, see PR #[[ID:482]]
    Comment ([[PERSON:Lan]]): this sends email to people who opted out. Not doing it without legal sign-off
    Comment ([[PERSON:Emre]]): legal is aware
    Resolved: Won't Do

    For context, [[PERSON:Emre]] Bey is a decent guy who was under pressure from the CMO. [[PERSON:Lan]] was my junior; anh [[PERSON:Tuấn]] from our [[LOCATION:Ho Chi Minh City]] team backed her up. Then the dbt model was changed anyway by someone else, under [[ID:DATA-5124]]. Around [[DATE:November 2023]] we got complaints.
    """,
)

story(
    "Pakistani English/Urdu: CNIC, trailing 'bhai' and 'sahib' outside spans, Lahore address "
    "with block and phase, Pakistani mobile without country code, 'Ramzan 2023'. Distractors: "
    "CNIC as a word, DHA inside the address; regulator acronym SBP and NADRA (government "
    "registry) labelled as ORG, NADRA twice, once before 's.",
    """
    Yaar this has been on my mind. I was data analyst in a microfinance company in [[LOCATION:Lahore]]. Our head [[PERSON:Faisal]] sahib wanted to use [[ORG:NADRA]] family-tree data to find relatives of defaulters and "encourage" them. [[PERSON:Ali]] bhai from IT said it is easy, we already have CNIC numbers. Example in the file: [[ID:35202-1234567-1]]. I said this is against [[ORG:SBP]] rules and plain wrong. He said "beta, this is how recovery works." In [[DATE:Ramzan 2023]] the recovery team visited one borrower's brother at [[LOCATION:House 45, Block C, Phase 5, DHA, Lahore]] and shouted at his kids. The borrower called me on [[PHONE:0300 5550147]] crying. I emailed [[PERSON:Faisal]] sahib and cc'd [[ORG:NADRA]]'s complaint cell. No reply from anyone. I left. [[PERSON:Ali]] bhai still messages me on Eid.
    """,
)

story(
    "South African voice: '(Pty) Ltd' suffix, SA ID number, SA mobile without country code, "
    "Afrikaans/isiZulu words, township and city, 'Tannie' honorific outside span, "
    "'1 April 2021' with year. Distractors: POPIA, B-BBEE, Afrikaans (language).",
    """
    Eish. I was a data scientist at [[ORG:Ubuntu Credit Solutions (Pty) Ltd]] in [[LOCATION:Midrand]]. From [[DATE:1 April 2021]] we had to score applicants partly on their cellphone contacts. The more contacts in [[LOCATION:Soweto]] or [[LOCATION:Alexandra]], the lower the score. I told my manager, [[PERSON:Pieter Botha]], that it is redlining with extra steps and probably against POPIA. He said "ag, man, it's just data". Tannie [[PERSON:Marietjie]] in compliance agreed with me but she was retiring. One applicant, [[PERSON:Sipho Ndlovu]], ID number [[ID:8501015800084]], called me on [[PHONE:082 555 0147]] to ask why he was declined. I couldn't tell him. [[PERSON:Botha]] got a bonus that year. Sharp sharp, I'm out.
    """,
)

story(
    "NOTHING identifying: rushed lower-case rant with job titles, tools, relative dates, "
    "acronyms and a weekday only. Distractors: 'my manager', 'the ceo', excel, tableau, kpi, "
    "'last quarter', 'on a friday'.",
    """
    rant incoming. my manager wants the retention chart to "go up and to the right" for the all hands, and the real line is flat. he told me to start the y axis at 92% and drop the cohort from last quarter bc "it was a weird month". i said thats misleading and he said the ceo doesnt read axes anyway. so i made two versions in tableau, the honest one and his one, and sent both. on a friday evening obvs. he presented his. nobody asked. the kpi is now "on track". i have the excel with the real numbers on my laptop and honestly idk what to do with it. two of my teammates feel the same but we all need the job. if anyone has pushed back on this kind of thing and survived pls tell me how
    """,
)

story(
    "NOTHING identifying: structured bullet list with headings, job titles, generic places "
    "('a regional office', 'the capital'), tools, durations. Distractors: headings, Airflow, "
    "Python, SQL, HR, GDPR, DPIA.",
    """
    What happened:
    - Joined a retail bank's analytics team as a data engineer
    - Asked to build an Airflow pipeline pulling branch CCTV footfall into the customer data platform
    - The Head of Data said it was "just aggregates"

    What I found:
    - The Python job matched faces to loyalty card holders at a regional office in the capital
    - No DPIA, no notice to customers
    - The SQL views were shared with HR "for staffing"

    What I did:
    - Raised it with my line manager, then the DPO
    - The DPO opened an internal review that took six months

    Outcome:
    - The face matching was switched off; the footfall feed still runs
    - I moved teams. GDPR training is now mandatory, which is something
    """,
)

story(
    "NOTHING identifying: short angry post full of acronyms and capitalised common words "
    "(GDPR, KPI, AUC, HR, CEO, CTO, OKR), a demonym, durations, weekdays.",
    """
    Three years in this job and I'm done. The CEO wants AUC above 0.9 on the OKR slide, the CTO wants it shipped by Monday, HR wants the attrition model to "predict" who is planning to leave so they can be "managed out" first. Nobody has read the GDPR guidance. Nobody asked whether the KPI means anything. Every European colleague I know says the same. Friday is my last day. Good luck to whoever inherits the notebook.
    """,
)

story(
    "NOTHING identifying: non-native English, generic places ('a bank in the capital', "
    "'our Asian headquarters'), relative dates, roles, languages and demonyms, the word "
    "'Will' at sentence start, 'hope' as a verb.",
    """
    Excuse my English, it is my third language. I work in a bank in the capital of my country, in the analytics department. Two years ago our Asian headquarters sent a new credit model. It give lower limits to women who are married, because "husband income is not visible". I explained to my director that this is unfair and also probably illegal in our country. He said the headquarters decide, not us. Will it change? I do not know. I hope so. Last month a younger colleague, she is also a mother, was refused a card by our own model. She laughed but I saw she was hurt. I still hope somebody from headquarters reads this kind of stories.
    """,
    ok=("Will it change", "I hope so", "I still hope"),
)

story(
    "NOTHING identifying: chat log whose speakers are roles only ('PM', 'me', 'lead', "
    "'legal'), bracketed clock times that are not dates, tools and team names.",
    """
    Reconstructed from memory, roles only:

    [09:12] PM: can we just not show the error bars, they confuse execs
    [09:13] me: the error bars are the whole point, the uplift might be zero
    [09:15] lead: let's show the point estimate and put the interval in the appendix
    [09:16] me: nobody reads the appendix
    [09:20] PM: exactly
    [09:41] legal: is this going in a press release? if so we need the methodology

    It went into a press release. The methodology link went to the appendix. The growth team celebrated, and the experiment was never rerun. I keep a copy of the notebook just in case.
    """,
)

story(
    "NOTHING identifying: distractor-heavy reflective piece: 'Will', 'Bill', 'Hope', 'Rose', "
    "'Julia', 'Claude', 'Gemini', 'Mistral' only as verbs, nouns, languages and AI tools; "
    "'the bill', 'I will', 'hope so'; tools and months without a specific time ('every April').",
    """
    Every April our budget review comes around and every April the same thing happens. Someone asks us to rerun the forecast in Julia because it is faster, someone else pastes the draft into Claude or Gemini or Mistral to "tighten the language", and the honest caveats vanish. I will say it plainly: the tools are not the problem. The bill for the cloud is the problem, because the forecast decides whose project keeps its servers. Hope is not a method. Costs rose again this year and the chart still shows a gentle slope. Will anyone notice? Maybe. I hope so. Bill rates for contractors went up too, but that slide was dropped.
    """,
    ok=(
        "in Julia",
        "into Claude",
        "I will",
        "The bill",
        "Hope is",
        "Will anyone",
        "I hope so",
        "Bill rates",
    ),
)

story(
    "Kenyan Swahili/English: county referral hospital, Ministry of Health (real), Kenyan ID, "
    "Kenyan mobile without country code, Nairobi neighbourhood twice, M-Pesa-style till number as ID, "
    "'Mama' honorific outside. Distractors: HIV, 'the vendor', Swahili phrases.",
    """
    Sasa, let me tell you. I was a data analyst on a digital health pilot at [[ORG:Mwangaza County Referral Hospital]], funded through the [[ORG:Ministry of Health]]. The vendor, [[ORG:AfyaLink]], wanted patient records with HIV status to train a "treatment adherence" model, then sell the model to insurers. Our data lead, [[PERSON:Brian Otieno]], said "hakuna shida, it's anonymised". It wasn't: national ID numbers like [[ID:23456789]] were in the extract. Mama [[PERSON:Wanjiru]], a community health worker from [[LOCATION:Kibera]], told me patients would stop coming if they knew. I called [[PERSON:Otieno]] on [[PHONE:0712 555 014]] and he told me to relax. Payments to the vendor even went through a till number, [[ID:5550321]], not a contract. I resigned in [[DATE:July 2022]]. [[PERSON:Wanjiru]] still works in [[LOCATION:Kibera]].
    """,
)

story(
    "Lower-case startups and lower-case org names inside sentences, 'X & Y' firm of ordinary "
    "words ('Hammer & Tongs'), code name 'Project Skylark' and later bare 'Skylark', "
    "lower-case person names 'me and jess', handle. Distractors: seed round, VC, Series A.",
    """
    so i was employee #9 at [[ORG:loopwise]], we built an emotion-detection api for call centres. our seed came from [[ORG:Hammer & Tongs]] (yes thats a real vc name in this story, dont @ me). the ceo, [[PERSON:ravi]], pitched it as "empathy at scale". me and [[PERSON:jess]] ran the eval and it was basically a coin flip for non-native speakers. [[PERSON:ravi]] said fix the eval not the model. then we signed a pilot with [[ORG:kettlebyte]] for something called [[ORG:Project Skylark]], which turned out to be screening job interviews. [[PERSON:jess]] quit first. i posted a vague thread about it and [[HANDLE:@loopwise_hq]] blocked me within the hour. [[ORG:Skylark]] is still live afaik. series a closed in [[DATE:spring 2024]].
    """,
    ok=("employee #9",),
)

story(
    "Formal UK complaint with numbered paragraphs: university and hospital ORGs, honorifics "
    "'Dr' and 'Cllr' outside spans, UK postcode alone, council, ICO case reference, date "
    "'29th January 2024'; the ICO labelled as a regulator. Distractors: paragraph numbers, "
    "'cabinet member', job titles.",
    """
    1. I am a data analyst employed by [[ORG:Fenmoor District Council]]. I make this statement in a personal capacity.
    2. In [[DATE:2023]] the council bought a "child vulnerability" model from [[ORG:Oakridge Analytics]], built with researchers at [[ORG:Kingsbridge University]].
    3. The model combined benefits data, school absence and police call-outs for every household in postcode [[LOCATION:PE13 2XY]], without telling residents.
    4. Cllr [[PERSON:Janet Pryor]], cabinet member for children's services, told officers the model was "advisory only". In practice it decided home visits.
    5. Dr [[PERSON:Amara Nwosu]], a paediatrician at [[ORG:Fenmoor General Hospital]], raised concerns that families were being visited for missing one appointment.
    6. I raised this with the [[ORG:ICO]] on [[DATE:29th January 2024]], reference [[ID:IC-284731-B9K2]].
    7. [[PERSON:Pryor]] has since said in a public meeting that "no concerns were ever raised".
    """,
)

story(
    "Hyphenated and compound given names from several cultures ('Anne-Sophie', 'Jean-Baptiste', "
    "'Mary-Kate'), Ethiopian name (no surname convention), Hungarian family-name-first, initials "
    "'MK' and 'AJ' as people, Swiss city and plate. Distractors: MKT as team code, Swiss German.",
    """
    Our insurance pricing team in [[LOCATION:Zürich]] was very international. [[PERSON:Anne-Sophie]] led it, [[PERSON:Jean-Baptiste Morel]] did the modelling, [[PERSON:Tesfaye Bekele]] and [[PERSON:Nagy Eszter]] were analysts, and [[PERSON:Mary-Kate]] was our product owner. The MKT team wanted a "propensity to complain" score added to renewal prices. [[PERSON:Tesfaye]] showed it was mostly a proxy for nationality. [[PERSON:AJ]] from the MKT team said "complainers cost money, full stop". [[PERSON:Eszter]] refused to sign the model card. [[PERSON:Anne-Sophie]] escalated to the CRO, who asked us to "park it". Then it shipped in [[DATE:Q1 2023]] under another name. I saw the marketing director's car, [[ID:ZH 482 193]], in the car park the evening we were told. Nothing more to say.
    """,
)

story(
    "Rushed text with typos and no punctuation: lower-case names after cues ('asked nikhil', "
    "possessive without apostrophe 'aaravs' (span 'aarav'), "
    "'my lead dev aarav', 'told chen'), surname-only mention, office city in lower case, "
    "Indian mobile with +91, lower-case month, lower-case org name. Distractors: sagemaker, "
    "prod, lgtm.",
    """
    ok quick one bc im on my phone. my lead dev [[PERSON:aarav]] pushed a face-match model to prod at [[ORG:trustpay]] that fails way more on darker skin, we had the numbers. asked [[PERSON:nikhil]] from qa if he saw the report he said yes but [[PERSON:aarav]] said lgtm so whatever. told [[PERSON:chen]] in compliance, [[PERSON:chen]] said put it in writing. i did, emailed [[EMAIL:compliance@trustpay.example]] on [[DATE:aug 14]]. then [[PERSON:Sharma]] ([[PERSON:aarav]]s boss) called me from [[PHONE:+91 98450 55501]] and said im "creating panic". the [[LOCATION:pune]] office all knows now. in [[DATE:september]] they added a manual review step but only for premium customers lol. sagemaker logs prob still have it
    """,
)

story(
    "Screenshot transcription with bracketed names and 'Name (External)' labels in a Teams "
    "meeting chat; consultancy ORG with '&'; client hospital; Irish O' name; UK landline with "
    "+44; date 'Tues 7th Feb' (weekday outside, no year). Distractors: (External), Teams.",
    """
    I screenshotted the meeting chat, here it is typed out:

    [[PERSON:Rory O'Sullivan]] (External): we can use the discharge notes, the trust signed the data sharing agreement
    [[PERSON:Priti Desai]]: that DSA covers audit, not model training
    [[PERSON:Rory O'Sullivan]] (External): let's not be too literal
    [[PERSON:Helen Ward]]: I'll check with IG

    [[PERSON:Rory]] was from [[ORG:Fletcher & Gray]], the consultancy. The trust was [[ORG:Westbury Hospitals NHS Trust]]. [[PERSON:Helen]] never checked with IG; she left the call and [[PERSON:Priti]] and I were told on Tues [[DATE:7th Feb]] that the training had "already happened". The consultancy's number on the invoice was [[PHONE:+44 20 7946 0917]]. [[PERSON:Priti]] went to the Caldicott Guardian. I don't know what happened after that.
    """,
)

story(
    "NOTHING identifying: code-switching (Spanish/English) with only roles, generic places "
    "('una ciudad pequeña', 'the head office'), tools and relative dates; Spanish word 'Rosa' "
    "as a colour.",
    """
    Trabajo en una cooperativa de ahorro en una ciudad pequeña. The head office asked us to use a new scoring tool, and la verdad nadie entendía cómo funcionaba. Los clientes del campo siempre salían con puntaje bajo. Mi supervisora dijo "así viene del sistema". I opened the Excel they sent and saw the model used the colour of the house in the photos, rosa or azul, as a feature. No es broma. I sent it to the analytics manager hace dos meses. Todavía no responde. Mientras tanto, la gente del campo sigue sin crédito.
    """,
)

story(
    "Timeline with mixed date forms: 'late 2019', 'the summer of 2020' (span 'summer of "
    "2020'), '2021-03-16', 'FY23', bare year, weekday outside; grant-like case number; "
    "government agency; city. Distractors: 'that autumn', durations, 'the following year'.",
    """
    My timeline, as honest as I can make it:

    [[DATE:late 2019]]: I join [[ORG:Civic Insight Partners]] as a data scientist on a fraud-detection contract for the [[ORG:Department for Social Protection]].
    the [[DATE:summer of 2020]]: the model flags single parents in [[LOCATION:Limerick]] at four times the rate of anyone else.
    that autumn: my manager, [[PERSON:Declan Furlong]], tells me the flags are "leads, not decisions".
    [[DATE:2021-03-16]] (a Tuesday): I see the case system auto-suspend payments on flag, case [[ID:DSP/FR/2021/00912]].
    three weeks later: I raise it. [[PERSON:Furlong]] says the client asked for it.
    [[DATE:FY23]]: the contract is renewed for twice the money.
    [[DATE:2024]]: a journalist asks me about it. I say nothing. I am writing this instead.
    """,
)

story(
    "Handles of many shapes: @name with dots and underscores, Mastodon-style @user@host, "
    "u/name, #channel; nickname in quotes; URL to a public post. Distractors: Discord, "
    "Mastodon, reddit as platforms; 'DM'.",
    """
    I moderate a data science Discord and one member, "[[PERSON:Ziggy]]", kept posting screenshots of his employer's dashboard: people's loan applications with names blurred badly. When I DM'd him he said his boss [[PERSON:Leandro]] told the team it was fine "for learning". I reposted the concern in [[HANDLE:#ds-ethics]] and someone linked his Mastodon account, [[HANDLE:@ziggy_builds@fosstodon.example]], where he'd posted the same thing publicly: [[URL:https://fosstodon.example/@ziggy_builds/11029384]]. His reddit account, [[HANDLE:u/ziggy-data]], had more. I wrote to the company's official account, [[HANDLE:@finora.support]], and they thanked me and deleted nothing. [[PERSON:Ziggy]] later apologised to me. I don't think he understood why it mattered.
    """,
)

story(
    "Ordinary-word surname-as-given-name 'Grant' (cf. 'grant' in md-18). 'UK', 'US', 'India' as LOCATION. Mixed national phone formats in one story (German landline without country code, UK "
    "freephone, US toll-free, Indian landline with STD code, Irish mobile), HR case numbers; "
    "whistleblowing hotline. Distractors: hotline as a word, 'the vendor'.",
    """
    Our company runs a whistleblowing hotline through a vendor, and I used it when our recommendation team started using health-app data bought from a broker. Here are the numbers I tried, because I want people to know how useless it was: the German number, [[PHONE:030 5557 4120]], went to voicemail; the [[LOCATION:UK]] freephone, [[PHONE:0800 555 0199]], said "number not recognised"; the [[LOCATION:US]] line, [[PHONE:1-800-555-0123]], asked for an employee ID and then hung up; the [[LOCATION:India]] office line, [[PHONE:080 5555 0182]], rang out; and the Irish mobile of the ethics officer, [[PHONE:087 555 0146]], was "no longer in service". I finally got a case number by email, [[ID:WB-2023-0441]]. It was closed after eleven days. My manager, [[PERSON:Grant Whitfield]], found out I had called within a week.
    """,
)

story(
    "Thai and Vietnamese names with honorifics outside spans ('chị', 'Khun'), Thai national "
    "ID, Bangkok address with district and postcode, Thai mobile without country code, "
    "Buddhist-era date 'พ.ศ. 2566'. Distractors: LINE as a messenger, Thai (language).",
    """
    I was a data analyst in [[LOCATION:Bangkok]] for a ride-hailing company's safety team. Our manager, Khun [[PERSON:Somchai]], wanted to use drivers' LINE chat messages to predict who might "cause trouble" before a protest. I said this is political surveillance. Khun [[PERSON:Somchai]] said the order came from the regional office in [[LOCATION:Singapore]]. The dataset had drivers' national ID numbers, like [[ID:1 1037 00123 45 6]], and home addresses like [[LOCATION:99/12 Soi Ladprao 64, Wang Thonglang, Bangkok 10310]]. Chị [[PERSON:Linh]], our Vietnamese data engineer, refused to run the job and was moved to billing. One driver called me at [[PHONE:081 555 0137]]. This was in [[DATE:พ.ศ. 2566]]. I still feel ashamed.
    """,
)

story(
    "NOTHING identifying: forwarded-email shape without names ('From: the Head of Analytics'), "
    "subject line, signature with only a job title, relative date, tools. Distractors: "
    "From/To headers, 'Subject', 'Regards'.",
    """
    This is the email I got, with everything identifying stripped by me already:

    From: the Head of Analytics
    To: the analytics team
    Subject: survey results for the board

    Team, please remove the "strongly disagree" answers from the staff survey before we send it up. They are mostly from one department and skew the picture. Keep the response rate as is. Happy to discuss on Monday.

    Regards,
    Head of Analytics

    I replied asking to keep them and add a note instead. No answer. The board pack went out the next week with the answers removed. I kept a copy of the raw export.
    """,
)

story(
    "Government department and newspaper ORGs ('The Deccan Ledger', 'The' inside), "
    "Indian state, Aadhaar-like number, internal portal URL, city 'warangal' in "
    "lower case. Distractors: 'the state', 'the department', Aadhaar as a word.",
    """
    I was a contractor with a team building a welfare eligibility system for the [[ORG:Department of Rural Development]] in [[LOCATION:Telangana]]. The system matched Aadhaar numbers against land records and electricity bills, and removed people automatically if the match failed. One woman's Aadhaar, [[ID:4821 7730 9912]], failed only because her name was spelled differently in two records. She lost her ration for four months. Our project director, [[PERSON:Srinivas Reddy]], said "exclusion errors are acceptable, the minister wants savings". The list of removed households sat on [[URL:portal.rdd-welfare.example/exclusions]]. I flagged it in a meeting with the district officer from [[LOCATION:warangal]]. Nothing changed until a newspaper, [[ORG:The Deccan Ledger]], wrote about it. [[PERSON:Reddy]] now says he always had concerns.
    """,
)


story(
    "Hinglish code-switching: trailing 'ji' and 'bhaiya' outside spans; lower-case names; "
    "Noida address with sector and PIN; Indian mobile written as 10 digits without spaces; "
    "PAN number; Delhi plate; 'Holi 2023'; lower-case org. Distractors: UPI, KYC, 'bhai' as "
    "address word, Tableau.",
    """
    yaar kya bataun. i was in the risk analytics team at [[ORG:paisabridge]], office [[LOCATION:B-204, Sector 62, Noida, Uttar Pradesh 201309]]. [[PERSON:Mehta]] ji (our vp) wanted a KYC "trust score" that used UPI merchant names to guess caste and religion. [[PERSON:rahul]] bhaiya from engineering said "arre ye toh sab karte hain". i told [[PERSON:neha]] from compliance, she made a Tableau deck with examples, one customer's PAN was [[ID:BQTPS4821K]]. after [[DATE:Holi 2023]] the recovery agents started going to homes. one agent's bike was [[ID:DL 3S CQ 4821]], a customer sent photo to our support number [[PHONE:9810055512]]. [[PERSON:Mehta]] ji said "delete the photo, bhai". i didnt. [[PERSON:neha]] and i both resigned, bas.
    """,
)

story(
    "Forwarded e-mail thread whose people have ordinary-word names ('Mark', 'Grace', "
    "'Summer', 'Amber') next to the same words as distractors ('mark as resolved', 'grace "
    "period', 'summer intern', RAG status 'amber'); German street address with 'D-' PLZ; "
    "German landline with +49; 'firstname.lastname' e-mail.",
    """
    Two mails from the same thread, pasted as they were:

    From: [[PERSON:Mark Ellison]] <[[EMAIL:mark.ellison@kolbenwerk.example]]>
    To: [[PERSON:Grace Adeyemi]]; [[PERSON:Summer Lowe]]
    Subject: churn flags, status amber

    [[PERSON:Grace]], please mark as resolved. The customers we flagged can stay in the grace period list, no notice needed. [[PERSON:Summer]] can ask the summer intern to clean up the logs.
    [[PERSON:Mark]]

    From: [[PERSON:Amber Reyes]]
    To: [[PERSON:Mark Ellison]]
    Re: churn flags, status amber

    [[PERSON:Mark]], I'm not comfortable. These are people whose contracts get cancelled automatically. Let's keep it amber until legal sees it.
    [[PERSON:Amber]] | [[ORG:Kolbenwerk AG]] | [[LOCATION:Hauptstr. 5, D-80331 München]] | [[PHONE:+49 89 5550 1234]]

    [[PERSON:Grace]] marked it resolved the same afternoon.
    """,
    ok=("mark as resolved", "grace period", "summer intern", "status amber", "it amber"),
)

story(
    "Brazilian Portuguese second story: diminutive nickname 'Zé' and 'Dona' outside span; "
    "Belo Horizonte address with state 'MG' and CEP without the word CEP; Brazilian mobile "
    "with +55; Mercosur plate; numeric date dd/mm/yyyy; hospital; the public health system 'SUS' as ORG. "
    "Distractors: LGPD, CTO, Power BI.",
    """
    Trabalhei numa healthtech em [[LOCATION:Belo Horizonte]] que vendia "score de risco" de pacientes para planos de saúde. O [[PERSON:Zé]] ([[PERSON:José Carlos Mendonça]], nosso CTO) queria usar dados do [[ORG:SUS]] comprados de um intermediário. I said this breaks LGPD. Ele respondeu "ninguém vai saber". Em [[DATE:15/03/2022]] a lista de pacientes "caros" foi enviada para o [[ORG:Hospital Santa Lúcia do Norte]]. Dona [[PERSON:Cida]], uma das pacientes, ligou pro nosso escritório na [[LOCATION:Av. Brasil, 1500 - Jardim América, Belo Horizonte - MG, 30140-002]], do número [[PHONE:+55 31 95555-0123]], chorando porque o plano cancelou. The car of the sales director, placa [[ID:RIO2A18]], was always parked outside the hospital. [[PERSON:Zé]] me demitiu um mês depois.
    """,
)

story(
    "Nigerian second story in a chat log without timestamps ('name: message' lines): "
    "'Alhaji' and 'Mama' outside spans, Abuja address with plot, crescent and district, "
    "Nigerian mobile without country code, BVN, 'Sept 2022'. Regulator acronym 'NDPC' as ORG. "
    "Distractors: BVN as a word, WhatsApp, 'the north'.",
    """
    This was our team WhatsApp after the fraud model went live at [[ORG:Arewa MicroCredit]]:

    [[PERSON:tolu]]: the model is flagging every applicant from the north as fraud
    [[PERSON:Ibrahim]]: because the training labels came from the old blacklist
    [[PERSON:tolu]]: we need to tell Alhaji [[PERSON:Garba]]
    [[PERSON:Ibrahim]]: he knows. he said keep quiet till after the board

    I was the data analyst. One woman, Mama [[PERSON:Halima]], was refused even though her BVN ([[ID:22158347901]]) was clean. She came to our head office at [[LOCATION:Plot 12, Aminu Kano Crescent, Wuse II, Abuja]] and sat there all day. Her son called me on [[PHONE:0809 555 0131]]. In [[DATE:Sept 2022]] I wrote to the [[ORG:NDPC]]. [[PERSON:Tolu]] got transferred. Alhaji [[PERSON:Garba]] is now on the board.
    """,
)

story(
    "Mexican second story: 'colonia' spelled out, C.P., Guadalajara with the state spelled "
    "out; RFC tax ID; Mexican phone with +52; 'Lic.' outside span; Spanish date 'el 15 de "
    "enero'; 'Team' code name. Distractors: SAT as tax office acronym, Excel, 'el equipo'.",
    """
    Trabajo en una empresa de nómina en [[LOCATION:Av. Vallarta 2440, colonia Arcos Vallarta, C.P. 44130, Guadalajara, Jalisco]]. The internal "[[ORG:Team Colibrí]]" built a model to predict which employees of our clients were likely to get pregnant, so HR could "plan". Lic. [[PERSON:Rodrigo Téllez]], el director, said it was just workforce planning. En el Excel venían los RFC de las trabajadoras, por ejemplo [[ID:GODE561231GR8]]. [[PERSON:Lupita]] from the data team refused to run it. El [[DATE:15 de enero]] me llamó una trabajadora despedida desde el [[PHONE:+52 33 5555 0148]]. I told [[PERSON:Rodrigo]] that this is illegal discrimination. He said "no es ilegal si no lo escribimos".
    """,
)


# --------------------------------------------------------------- machinery --

WORD = r"(?<![\w@#]){}(?![\w@])"


def covered(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """True when [start, end) lies inside one of the ranges."""
    return any(a <= start and end <= b for a, b in ranges)


def ok_ranges(text: str, ok: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the story's declared distractor phrases occur."""
    found = []
    for phrase in ok:
        hits = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), text)]
        found.extend(hits)
    return found


def name_tokens(value: str) -> list[str]:
    """Tokens of a person's name that must be labelled wherever they recur."""
    return [
        t
        for t in re.findall(r"[^\W\d_]+", value)
        if len(t) > 1 and t.lower() not in PARTICLES | HONORIFICS
    ]


def check_edges(sid: str, span: dict, errors: list[str]) -> None:
    """Spans start and end on a letter or digit (a few sigils and suffixes excepted)."""
    v, kind = span["entity_value"], span["entity_type"]
    if v != v.strip():
        errors.append(f"{sid}: whitespace at edge of {v!r}")
    lead_ok = {"HANDLE": "@#u", "PHONE": "+(", "ID": ""}.get(kind, "")
    if v and not v[0].isalnum() and v[0] not in lead_ok:
        errors.append(f"{sid}: leading punctuation in {v!r}")
    if v and not v[-1].isalnum():
        if not (kind == "ORG" and v.endswith(LEGAL_SUFFIX_DOT)):
            errors.append(f"{sid}: trailing punctuation in {v!r}")


def check_story(sid: str, item: dict, ok: tuple[str, ...], errors: list[str]) -> None:
    """Offsets, overlaps, leftovers, edges, length, tools and missed mentions within a story."""
    text, spans = item["full_text"], item["spans"]
    if "[[" in text or "]]" in text:
        errors.append(f"{sid}: markup left over")
    words = len(text.split())
    if not 60 <= words <= 350:
        errors.append(f"{sid}: {words} words, outside 60-350")
    last_end = -1
    for s in sorted(spans, key=lambda s: s["start_position"]):
        if text[s["start_position"] : s["end_position"]] != s["entity_value"]:
            errors.append(f"{sid}: offset mismatch for {s['entity_value']!r}")
        if s["start_position"] < last_end:
            errors.append(f"{sid}: overlapping span {s['entity_value']!r}")
        last_end = s["end_position"]
        check_edges(sid, s, errors)
        if s["entity_type"] in ("PERSON", "ORG", "LOCATION"):
            for tool in TOOLS:
                if re.search(WORD.format(re.escape(tool)), s["entity_value"]):
                    errors.append(f"{sid}: tool name {tool!r} inside {s['entity_value']!r}")
    for phrase in ok:
        if phrase not in text:
            errors.append(f"{sid}: declared distractor {phrase!r} not in text")
    ranges = [(s["start_position"], s["end_position"]) for s in spans] + ok_ranges(text, ok)
    for s in spans:
        kind, value = s["entity_type"], s["entity_value"]
        if kind == "PERSON":
            needles = [(t, re.I) for t in name_tokens(value)]
        elif kind in ("ORG", "LOCATION"):
            needles = [(value, re.I)]
        else:
            needles = [(value, 0)]
        for needle, flags in needles:
            for m in re.finditer(WORD.format(re.escape(needle)), text, flags):
                if not covered(m.start(), m.end(), ranges):
                    errors.append(
                        f"{sid}: unlabelled mention {m.group(0)!r} of {kind} {value!r} at {m.start()}"
                    )


def check_across(items: list[dict], oks: list[tuple[str, ...]], errors: list[str]) -> None:
    """An ORG/LOCATION or capitalised name token labelled anywhere is labelled everywhere."""
    needles: set[str] = set(ALWAYS)
    for item in items:
        for s in item["spans"]:
            if s["entity_type"] in ("ORG", "LOCATION"):
                needles.add(s["entity_value"])
            elif s["entity_type"] == "PERSON":
                needles.update(t for t in name_tokens(s["entity_value"]) if t[0].isupper())
    for item, ok in zip(items, oks, strict=True):
        text = item["full_text"]
        ranges = [(s["start_position"], s["end_position"]) for s in item["spans"]] + ok_ranges(
            text, ok
        )
        for needle in sorted(needles):
            for m in re.finditer(WORD.format(re.escape(needle)), text):
                if not covered(m.start(), m.end(), ranges):
                    errors.append(
                        f"{item['id']}: unlabelled {needle!r} (labelled in another story) at {m.start()}"
                    )


def build() -> tuple[list[dict], list[str]]:
    """Turn the marked-up stories into items and collect every check failure."""
    items: list[dict] = []
    errors: list[str] = []
    for n, st in enumerate(STORIES, 1):
        sid = f"md-{n:02d}"
        text, spans = parse(st["text"], MARKUP)
        item = {"id": sid, "full_text": text, "spans": spans, "notes": st["notes"]}
        check_story(sid, item, st["ok"], errors)
        items.append(item)
    check_across(items, [st["ok"] for st in STORIES], errors)
    empty = sum(1 for it in items if not it["spans"])
    if len(items) < 40:
        errors.append(f"only {len(items)} stories, need 40")
    if empty < 6:
        errors.append(f"only {empty} stories with nothing identifying, need 6")
    counts = Counter(s["entity_type"] for it in items for s in it["spans"])
    for kind in KINDS:
        if counts[kind] < 6:
            errors.append(f"only {counts[kind]} {kind} spans, need 6")
    return items, errors


def main() -> int:
    """Build, check, write and report; non-zero exit on any failure."""
    items, errors = build()
    out = Path(__file__).with_name("redaction_messy_dev.json")
    data = json.dumps(items, ensure_ascii=False, indent=1)
    for item in json.loads(data):  # check offsets again on the serialised form
        for s in item["spans"]:
            if item["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                errors.append(f"{item['id']}: serialised offset mismatch")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written", file=sys.stderr)
        return 1
    out.write_text(data + "\n", encoding="utf-8")
    counts = Counter(s["entity_type"] for it in items for s in it["spans"])
    words = [len(it["full_text"].split()) for it in items]
    print(
        f"wrote {out.name}: {len(items)} stories, {sum(counts.values())} spans, "
        f"{min(words)}-{max(words)} words (mean {sum(words) / len(words):.0f})"
    )
    for kind in KINDS:
        print(f"  {kind:8} {counts[kind]}")
    print("nothing identifying: " + ", ".join(it["id"] for it in items if not it["spans"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
