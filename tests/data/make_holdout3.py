#!/usr/bin/env python3
"""Write and check tests/data/redaction_holdout3.json, the third holdout set.

The stories were written blind: without looking at the redaction engine, its
tests, the benchmarks or the stories of the other corpora. Each story is
written below with inline markup, ``[[KIND:text]]``; this script removes the
markup, works out the character offsets (end exclusive) and checks them, so
offsets cannot drift. Run it with plain ``python3 tests/data/make_holdout3.py``;
it exits non-zero when any check fails.

Labelling decisions beyond tests/data/README.md:
- a month or a holiday is a DATE only when it points to one specific time
  ("march 14", "Diwali 2022"); weekdays, clock times in chat logs and e-mail
  headers, durations and relative phrases are not labelled;
- a ticket written "#482" is labelled "482" (the value, not the sigil); a
  "#channel" is a HANDLE with its sigil;
- an initial keeps its own full stop ("J.", "T.R."), the only span allowed to
  end in "." besides legal suffixes;
- a messaging-app ID without a sigil (a WeChat ID) is a HANDLE;
- AI assistants and languages used as tools (Claude, Gemini, ChatGPT, Julia)
  are not labelled; the same words as people's names are. Such a word is
  listed in the story's ``unlabelled`` so the missed-mention checks allow it;
- a named internal project, operation or team code name is an ORG.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from corpus_tools import parse

KINDS = ("PERSON", "ORG", "LOCATION", "EMAIL", "PHONE", "URL", "HANDLE", "DATE", "ID")
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]", re.S)
OUT = Path(__file__).with_name("redaction_holdout3.json")
MIN_WORDS, MAX_WORDS = 80, 400
MIN_PER_KIND = 8
MIN_CLEAN = 7

STORIES: list[dict] = []


def story(
    sid: str, notes: str, text: str, *, clean: bool = False, unlabelled: tuple[str, ...] = ()
) -> None:
    """Register one story written with inline markup."""
    STORIES.append(
        {
            "id": sid,
            "notes": notes,
            "text": text.strip("\n"),
            "clean": clean,
            "unlabelled": set(unlabelled),
        }
    )


# ---------------------------------------------------------------------------
# Stories
# ---------------------------------------------------------------------------

story(
    "h3-01",
    "rushed lower-case phone text with typos; lower-case first names after person cues (dm'd sam, brad from legal); lower-case startup name; lower-case date",
    """
ok so this is gonna be messy sorry typing on my phone on the bus. i work at [[ORG:quikkred]] as basicly the only data person, its a lending app like 30 ppl. last week our ceo wants the default rate on the investor deck to say 2.1% but the real number is more like 6 if you count the restructured loans which we dont count bc "they are performing now" lol. i told him thats not honest and he said everyone does it. so i dm'd [[PERSON:sam]] (ops lead) and [[PERSON:sam]] said just do it its one slide. then [[PERSON:brad]] from legal got looped in and [[PERSON:brad]] was weirdly fine with it too as long as theres a footnote in like 6pt font. the deck goes out [[DATE:march 14]] and i literally wrote the sql that hides the number. i put the real one in a tab called "actual" in case anyone asks. nobody will ask. idk what to do, my visa is tied to this job. if anyone was in this spot pls tell me what u did
""",
)

story(
    "h3-02",
    "Nigerian English; Lagos address; national-format Nigerian mobile; names that are ordinary words (Blessing, Godspower); Oga outside the span, Alhaji inside; complaint reference with slashes",
    """
Good day everybody. I want to share this thing that has been paining me since. I am a data analyst for one microfinance bank here in [[LOCATION:Lagos]], [[ORG:Ekoplus Microfinance Bank]], our head office is at [[LOCATION:Plot 27, Kofo Abayomi Street, Victoria Island]]. In [[DATE:February 2023]] my oga, Oga [[PERSON:Tunde]], called me to his office and said the collections team want a list of customers whose contacts we can call when they default. Not the customers o, their contacts. The people inside their phonebook. The app has been pulling the whole phonebook since [[DATE:2021]] and nobody told the customers clearly.

I told him this is against the NDPR and he said I should not be a small girl that wants to spoil business. My colleague [[PERSON:Blessing]] was the one who built the pipeline in Python, she cried that day. [[PERSON:Godspower]] from IT said he will just do it himself if I refuse. One of the numbers on that list was my own aunty, [[PHONE:0803 555 0192]].

I reported to compliance, Mr [[PERSON:Chukwuemeka Obi]], by email to [[EMAIL:c.obi@ekoplusmfb.example]], reference [[ID:EMFB/CMP/2023/0417]]. He replied after two weeks that it is "under review". Then the chairman, [[PERSON:Alhaji Sani Bello]], came for the quarterly meeting and praised the collections numbers in front of everybody. I am still there. I am still deciding. Please what would you do?
""",
)

story(
    "h3-03",
    "Indian English; Bengaluru address with cross/main/sector and PIN; Aadhaar-like number; 'sir' after the name stays outside; Ms. outside; Indian mobile without country code; Diwali with year",
    """
Namaste. I am working as Senior Data Scientist in a health insurance TPA in [[LOCATION:Bengaluru]], [[ORG:Suraksha Health TPA Pvt. Ltd.]] Our team was asked to build one model which will predict which policy holders are "likely to claim high" so that renewal premium can be loaded. Till here okay, it is actuarial work only. But the feature list sent by [[PERSON:Venkatesh]] sir included surname-based caste, pincode and religion inferred from name. I objected in the meeting itself. [[PERSON:Venkatesh]] sir told "this is only for internal, we will not use in pricing directly". Kindly note I have seen this "not directly" many times.

The training dataset also had full Aadhaar numbers unmasked, like [[ID:4829 1175 3306]], in a CSV lying on the shared drive since [[DATE:Diwali 2022]]. I escalated to our DPO, Ms. [[PERSON:Lakshmi Narayanan]]. She called me from her mobile [[PHONE:98450 01234]] and asked me to come to the branch office at [[LOCATION:No. 14, 3rd Cross, 2nd Main, HSR Layout Sector 6, Bengaluru 560102]] instead of writing email. There she told me that the MD himself wants this model before the renewals season.

Finally the caste feature was removed, but religion-from-name is still there under another column name. I have done my part? I don't know. My husband says leave it, every company is same only.
""",
)

story(
    "h3-04",
    "pasted Slack log; 'Will' as a first name at sentence and line starts; Claude as an AI tool (not labelled); #channel and @mention handles; clock times not labelled",
    """
Pasting this from our team channel because I still can't believe it happened in writing.

#growth-analytics
[09:14] [[PERSON:Will Ferreira]]: ok the retention chart for the board pack, can we start the y axis at 80
[09:15] me: that makes a 2 point drop look like a cliff. or a bump look like a rocket
[09:15] [[PERSON:Will Ferreira]]: exactly, rocket is what we want
[09:16] [[PERSON:Dana Whitlock-Osei]]: [[HANDLE:@will.f]] i think that's what she's worried about
[09:17] [[PERSON:Will Ferreira]]: I ran it past Claude and it said truncated axes are fine if labelled
[09:17] me: Claude also told me last week our churn was negative
[09:18] [[PERSON:Will Ferreira]]: just do it, pack goes to [[PERSON:Marguerite]] tomorrow
[09:21] [[PERSON:Dana Whitlock-Osei]]: sorry, let's take it offline

[[PERSON:Will]] said afterwards in a DM that it's "just storytelling". [[PERSON:Dana]] never mentioned it again. I started the axis at 80. The board of [[ORG:Tallyrand]] approved the extension on [[DATE:24 October]] and two of the slides were mine. I'm a senior analyst, six years in, and I've never felt this cheap about a chart. I keep the screenshot in a folder on my personal laptop in case I ever need it, but honestly I don't know what I'd need it for.
""",
    unlabelled=("Claude",),
)

story(
    "h3-05",
    "forwarded e-mail with headers and a signature block; weekday in the Date header not labelled; '#482' is a ticket (ID), not a handle; UK drama-range phones; Manchester address with postcode",
    """
I'm forwarding the e-mail that ended the discussion, because the wording matters.

---------- Forwarded message ---------
From: [[PERSON:Grace Achterberg]] <[[EMAIL:g.achterberg@brightwater-analytics.example]]>
Date: Tue, [[DATE:14 Feb 2023]] at 17:42
Subject: RE: Churn model - fairness review
To: Data Science <[[EMAIL:ds-team@brightwater-analytics.example]]>

Team,

Thanks for raising the gap in false positive rates between the age bands. I discussed it with [[PERSON:Kwame]] and with the client's Head of Retention. We will not be retraining before launch; the client has been clear that the timeline is fixed. Please log your concerns under #[[ID:482]] so we have a record, and close it once the model is live.

Kind regards,
[[PERSON:Grace]]

[[PERSON:Grace Achterberg]] | Director, Client Analytics
[[ORG:Brightwater Analytics Ltd]] | [[LOCATION:5th Floor, 22 Canal Street, Manchester M1 3HE]]
T: [[PHONE:0161 496 0732]] | M: [[PHONE:07700 900481]]
[[URL:www.brightwater-analytics.example]]

The client was [[ORG:Northway Telecom]]. The model decides who gets the retention discount, and customers over 65 were flagged as "low value" at twice the rate of everyone else. I logged it under 482 as asked. It was closed on the day the model went live. I still work there.
""",
)

story(
    "h3-06",
    "German speaker's English; GmbH and AG; Herr Dr./Frau outside spans; hyphenated first name; Turkish name with diacritics; German street address with PLZ; national German phone; German date formats; 'Projekt' code name; DSGVO distractor",
    """
Hello, I write this in English because the platform is English, sorry for my mistakes. I am working since [[DATE:2019]] as data scientist at [[ORG:Datenwerk Schulz GmbH]] in [[LOCATION:Stuttgart]], we make telematics boxes for car insurances. In [[DATE:Mai 2022]] our Geschäftsführer, Herr Dr. [[PERSON:Klaus-Peter Brandt]], came with the idea to sell the driving profiles (acceleration, night driving, where the car stands over night) to a partner of us, the [[ORG:Vorsorge Kreditbank AG]], for credit scoring. The customers agreed only to the insurance use.

I said to him this is not compatible with the purpose, we need new consent by DSGVO. He said "Frau [[PERSON:Hoffmann]], you are data scientist, not lawyer." Okay. So I went to the lawyer, our external DPO, Herr [[PERSON:Önder Yıldırım]] from [[ORG:Kanzlei Reuter & Lang]], [[LOCATION:Königstraße 28, 70173 Stuttgart]], Tel. [[PHONE:0711 2648 3390]]. He wrote a memo, Az. [[ID:RL-2022-0815/DS]], that it is not allowed. Dr. [[PERSON:Brandt]] ignored it. Intern the project was called [[ORG:Projekt Rückspiegel]].

In [[DATE:Q4 2022]] the first export went out, 40.000 profiles. I have resigned to [[DATE:31.01.2023]]. My new colleagues ask why I left such a good job and I don't know what I am allowed to tell them.
""",
)

story(
    "h3-07",
    "Brazilian Portuguese code-switching; São Paulo neighbourhoods; full Brazilian address with apto, bairro, state abbreviation and CEP; CPF number; nickname of the writer; Portuguese month",
    """
gente, preciso desabafar. I'm a data engineer at a fintech in [[LOCATION:São Paulo]], [[ORG:Pagaê]] (yes, the one with the pink card). Our PM [[PERSON:Ana Luiza dos Santos]] asked me to build a "risk" table joining transactions with the app's geolocation, só que a geolocalização was collected "para prevenção a fraude" only. She wants to flag people who spend nights in certain bairros, like [[LOCATION:Capão Redondo]] and [[LOCATION:Paraisópolis]], as higher risk. Isso é redlining, né? I said it in the daily. She said "relaxa, [[PERSON:Rafa]], é só um experimento".

Then I found the table already has CPFs unmasked, tipo [[ID:318.447.902-16]], and the home address of a customer who had complained to [[ORG:Procon]], [[LOCATION:Rua Doutor Augusto de Miranda, 1087, apto 52, Pompeia, São Paulo - SP, 05026-000]]. This was em [[DATE:agosto de 2023]]. I wrote to the DPO at [[EMAIL:dpo@pagae.example]] citing the LGPD. Nada. [[PERSON:Ana Luiza]] doesn't invite me to planning anymore. Tô pensando em sair, but the market is horrible now and I have a daughter.
""",
)

story(
    "h3-08",
    "Mexican setting, Spanish code-switching; compound first name and particle surname (María José de la Fuente) and her nickname; Doña outside; colonia address with CP; Mexican national phone; Spanish dates; 'Operación' code name",
    """
I worked two years as an analyst in a polling and "social listening" firm in [[LOCATION:Guadalajara]], [[ORG:Opinia Consultores]]. In [[DATE:2021]] a client from the state government asked for a list of people who posted critical things about the water cuts, and they wanted home addresses, matched from a database that somebody bought. My boss, [[PERSON:María José de la Fuente]] (everybody calls her [[PERSON:Majo]]), called the project [[ORG:Operación Escucha]]. She said we only give "aggregated insights". That was not true: I saw the export.

One of the names was Doña [[PERSON:Refugio Camarena]], a lady of 70 years who runs a tiendita, her address was [[LOCATION:Calle Pedro Moreno 1532, Col. Americana, 44160 Guadalajara]] and even her cell, [[PHONE:33 5550 1842]]. Why would the government need the address of a lady who complained about water? Ay no.

I told [[PERSON:Majo]] the [[DATE:15 de septiembre]], just before the holidays. She said "no seas ingenua, así funciona". I quit in [[DATE:noviembre]]. I don't know what happened with [[ORG:Escucha]] after. I still follow Doña [[PERSON:Refugio]] on Facebook and she is fine, gracias a Dios, but I think about it a lot.
""",
)

story(
    "h3-09",
    "Taglish (Filipino English); Ate/Kuya honorifics outside; 'Joy' as a name; BPO with Inc.; Makati and Cebu; employee IDs; Philippine mobile without country code; Tagalog month",
    """
Share ko lang, baka may makarelate. I'm a QA analyst sa isang BPO sa [[LOCATION:Makati]], [[ORG:Sunlit Contact Solutions Inc.]] Our account is a [[LOCATION:US]] health insurer, and since [[DATE:Hunyo 2022]] may bagong "sentiment AI" na nagla-label ng calls ng agents. Ang problema, it penalises accents. Agents with a strong Bisaya accent get lower "empathy scores", and those scores go straight to the incentive.

Ate [[PERSON:Joy]], our team lead, told me "wag mo nang i-escalate, ganyan talaga, client yan". Kuya [[PERSON:Ben]] from WFM showed me the export: employee IDs [[ID:SCS-10482]] to [[ID:SCS-10517]], halos lahat [[LOCATION:Cebu]]-hired transferees, all at the bottom of the ranking. Kuya [[PERSON:Ben]] texted me later from his personal number, [[PHONE:0917 555 0134]], saying delete mo na yung file.

I did not delete. Pero I also did not report. It's been months. Every payout day I see the names sa bottom and I feel like I'm part of it. Ate [[PERSON:Joy]] got promoted last week.
""",
)

story(
    "h3-10",
    "Polish speaker's English (dropped articles); Sp. z o.o.; Pani outside; Polish diacritics; Kraków district; Polish month in locative; PESEL number; obfuscated e-mail with (at)/(dot)",
    """
I am analyst in debt collection company in [[LOCATION:Kraków]], [[ORG:Windykacja Plus Sp. z o.o.]] Since [[DATE:marzec 2023]] management wants that we score debtors also by what they post on social media. Scraper was written by external contractor, we only get table with "lifestyle flags": holiday photos, new car, gambling. Then collectors call the people and say "we know you were on holiday".

I asked my manager, [[PERSON:Tomasz Wiśniewski]], if this has legal basis. He said that lawyer checked. I asked which lawyer. He did not answer. Pani [[PERSON:Kasia]] from HR told me later that it is better I am not so "principled" in my probation period.

In one file I saw PESEL numbers together with Instagram names, for example [[ID:85021407536]] next to [[HANDLE:@marek.wakacje]], and address of a man from [[LOCATION:Nowa Huta]] with photos of his children. I wrote to [[PERSON:Tomasz]] formally, to [[EMAIL:t.wisniewski (at) windykacjaplus (dot) example]], so there is some paper. No answer until today. I am looking for new job quietly. My English is not perfect but I hope the story is clear.
""",
)

story(
    "h3-11",
    "Chinese speaker's English; family-name-first full name; Lao/Xiao prefixes outside; Shenzhen district; product name identifying the company; employee ID; WeChat ID as a handle; Chinese-format date",
    """
I am data engineer in [[LOCATION:Shenzhen]], in [[LOCATION:Nanshan]] district. Our company [[ORG:Xinglan Technology]] makes attendance app [[ORG:WorkPulse]] for factories. Factory owners install it on worker phone, officially for clock-in. From [[DATE:2022年10月]] my boss [[PERSON:Zhang Wei]] asked us to add background location every five minutes, also after work time, and a "loyalty score" which goes down if worker visits other factories or the labour office. Lao [[PERSON:Zhou]] in my team built the score. He is good man, he said he has no choice, his child is going to school this year.

I put a comment in code review that this is not for attendance. [[PERSON:Zhang]] told me in private message on WeChat (his ID is [[HANDLE:zhangwei_xl1988]]) that I should think about my hukou. My employee number is [[ID:XL-20931]], I am sure they can find me if they read this, so I change some small details.

Xiao [[PERSON:Li]], the intern, asked me if this is normal in all companies. I did not know what to answer her. I still don't know.
""",
)

story(
    "h3-12",
    "Arabic speaker's English; bin/Al- names; kunya 'Abu Fahd' as a name; Ustaz outside; Hijri dates; Riyadh district; .example URL; Arabic phrases",
    """
Peace be upon you. I am a computer vision engineer in [[LOCATION:Riyadh]], working for a contractor, [[ORG:Al-Noor Smart Systems]]. In [[DATE:Ramadan 1444]] our director, [[PERSON:Abdullah bin Khalid Al-Harbi]], signed a contract to install face recognition in the labour accommodation compounds in [[LOCATION:Al-Sulay]]. The stated goal was "safety". But the requirements document says the system must alert when more than four workers stand together, and must keep a list of who talks to whom.

By Allah, I did not sleep well after reading this. I went to Ustaz [[PERSON:Faisal]], our quality manager, he is a wise man. He said write your objection, so I wrote it. The answer came from [[PERSON:Abu Fahd]], the project manager, that the client is a big client and we are not the police of the client. The demo dashboard is at [[URL:vision.alnoor-ss.example/compounds]] and it shows real faces of real workers from [[LOCATION:Bangladesh]] and [[LOCATION:Nepal]].

I am still in the project. My family depends on this salary. I only changed one thing: I made the retention of the video seven days, not ninety, and nobody noticed until now. Maybe it is small. In [[DATE:Shawwal 1444]] they will extend to two more compounds, inshallah I will be gone by then.
""",
)

story(
    "h3-13",
    "very short angry post; 'Bill' as a name (from finance), repeated; ticket number; '&' firm name; weekday not labelled",
    """
[[PERSON:Bill]] from finance just told me to "make the fraud numbers go down before the audit". Not the fraud. The NUMBERS. I asked him which filter he would like me to lie with. [[PERSON:Bill]] laughed like I was joking. I was not joking. Ticket [[ID:1129]] is still open, assigned to me, title "reconcile fraud dashboard", no description. [[ORG:Harrow & Vale]] pays me to count things honestly, or so I thought for four years. If the auditors ask, I'm showing them the query history. Quitting friday, probably. Rant over.
""",
)

story(
    "h3-14",
    "formal reflective essay; university and hospital; UK research grant number with slashes; ethics committee reference; 'Hope' as a first name; Professor outside; 'spring of 2019' labelled without 'the'",
    """
A reflection on consent and secondary use

In the [[DATE:spring of 2019]] I was a postdoctoral researcher at [[ORG:Northfield University]], working on a project funded under grant [[ID:EP/W031472/1]] in partnership with [[ORG:St Aldhelm's Hospital]]. Our approval, reference [[ID:19/NW/0342]], covered the use of pseudonymised emergency department records to study waiting times. It did not cover what followed.

Eighteen months into the project, a commercial partner, [[ORG:Medisyn]], asked for access to the linked dataset to train a triage product. My principal investigator, Professor [[PERSON:Hope Okafor-Lindqvist]], argued that the original consent language ("for research to improve care") was broad enough. I did not think it was. Patients attending an emergency department are rarely in a position to read, let alone negotiate, such language, and a triage product sold back to other hospitals is not what most of them would understand by research.

I raised this first in a supervision meeting and then in writing. [[PERSON:Hope]] was not hostile; she was tired, and the grant's renewal depended on demonstrating "impact". The data were shared in the autumn. I left academia the following year.

I do not tell this story to condemn one person. I tell it because the structure rewarded the decision she made, and because I complied for longer than I would like to admit.
""",
)

story(
    "h3-15",
    "bullet timeline in a defence setting; firm name with '&'; 'Operation' code name and its short form; initials with full stops (T.R.); documentation-range IP address; MAC address; abbreviated month-year dates",
    """
Timeline, for my own sanity as much as anyone's:

- [[DATE:Jan 2024]]: join [[ORG:Halberd & Finch]] as an ML engineer on the "autonomy" team. Told the work is perimeter analytics for infrastructure clients.
- [[DATE:Mar 2024]]: moved to [[ORG:Operation Kestrel Veil]]. The data is thermal video from drones, the labels are "person", "vehicle", "person carrying object".
- Two weeks later: a new label class appears, "combatant-likely". Nobody can tell me what the ground truth is.
- I ask [[PERSON:T.R.]], the programme lead. [[PERSON:T.R.]] says it's "just a confidence score, humans decide".
- [[DATE:May 2024]]: I see the integration test logs. The edge box at [[ID:198.51.100.23]] (MAC [[ID:02:4B:9A:10:3E:C7]]) is wired to a targeting interface, not a dashboard.
- I write a memo. My colleague [[PERSON:Dev]] co-signs it, then un-signs it a day later.
- [[DATE:June 2024]]: taken off [[ORG:Kestrel Veil]] "for workload reasons".
- Now: still employed, working on predictive maintenance for trucks, which is fine. I don't know whether the model I trained is flying somewhere.

What I did: pushed back, once, in writing. What changed: nothing I can see.
""",
)

story(
    "h3-16",
    "UK surveillance (ANPR) story; licence plates; neighbourhood, city and partial postcode; Mac and O' surnames; 'late 2022'; company with lower-case-looking brand",
    """
I'm a data engineer for [[ORG:Civitrak]], a small company that sells "traffic insight" to councils. In [[DATE:late 2022]] we won a contract with a city council in the north, and the brief was congestion. Fine. Then the brief became "repeat visitors" around a mosque in [[LOCATION:Headingley]] and two community centres in [[LOCATION:Leeds]]. Plates that appeared more than three times a week were flagged and the list was shared with "partners". I saw [[ID:LB19 XKT]] and [[ID:YD68 PZR]] on the list: the second one belongs to a neighbour of mine.

My manager, [[PERSON:Hamish MacLeod]], said the council owns the data and we just process it. Our DPO, [[PERSON:Siobhan O'Donnell]], agreed with me that it probably needed a DPIA. [[PERSON:Hamish]] said the DPIA from the congestion phase covered it. [[PERSON:Siobhan]] left a month later.

The filtered extract is generated nightly for every plate seen in [[LOCATION:LS6]], by a job I wrote. I have now written a second job that drops the mosque camera from it. Nobody has noticed. I'm not sure whether that makes me brave or a coward.
""",
)

story(
    "h3-17",
    "terse bullet timeline; people only by initials (J., MK) and a lower-case nickname; ISO, numeric and quarter dates; abbreviated year; JIRA-style keys",
    """
what happened, short version

[[DATE:2022-06-03]] - pricing model v2 live. uplift for postcodes with "high churn". [[PERSON:J.]] (my lead) says it's tested. its not.
[[DATE:Q3 2022]] - complaint rate doubles in the poorest postcodes. i open [[ID:RISK-2207]].
[[DATE:14/09/2022]] - [[PERSON:MK]] (head of pricing) closes [[ID:RISK-2207]] as "expected behaviour".
[[DATE:Jan '23]] - regulator letter about "price walking". everybody panics. [[PERSON:MK]] asks me for a "clean" analysis.
next day - I send the real one. [[PERSON:J.]] forwards only the summary page.
[[DATE:Mar 2023]] - I'm moved to the "data quality" team. [[PERSON:smithy]] from platform tells me off the record that it was because of the ticket.
now - [[ID:RISK-2207]] has been deleted from the board. I have a pdf export.

for the record: I pushed back twice, nothing changed, and I'm leaving in four weeks. if you're early in your career: keep your own notes, with dates, outside company systems.
""",
)

story(
    "h3-18",
    "reddit-style post with u/ handle and an EDIT; Dutch names with van der / de; Amsterdam neighbourhood; 'a startup called X'; lower-case handle mention; Dutch month",
    """
Throwaway because my main account is known at work. Posting as [[HANDLE:u/quiet_model_card]].

I'm an ML engineer at a health startup called [[ORG:Vitalyze]] in [[LOCATION:Amsterdam]]. Our product predicts which patients will skip appointments, and GPs use it to overbook. Fine in theory. In practice the strongest feature is distance from the clinic, and the clinics we serve in [[LOCATION:Amsterdam-Noord]] and [[LOCATION:Bijlmer]] get overbooked the most, so the people who already travel furthest wait longest.

I showed this to our CTO, [[PERSON:Pieter van der Meulen]], in [[DATE:oktober]]. He said overbooking helps the clinics' KPIs and the clinics are the customers. Our head of clinical, [[PERSON:Sanne de Bruijn]], actually agreed with me and proposed a cap. [[PERSON:Pieter]] overruled it in the next sprint review.

I'm considering writing to the clinics directly. Is that career suicide?

EDIT: a few people asked. No, I won't name the clinics. And [[HANDLE:u/vdmeulen]] if that's you reading this, hi, please just ship the cap.
""",
)

story(
    "h3-19",
    "whistleblowing story; obfuscated e-mail addresses in two styles; bare internal hosts and a shortened URL; NGO name; 'Grafana' and 'Airflow' as tools",
    """
I'm a data engineer at a logistics firm, [[ORG:Fjordlink Parcel]], and I found that our driver app keeps collecting location for 40 minutes after a shift ends. It's in the Airflow DAG, you can see the raw pings at [[URL:grafana.ops.fjordlink.example/d/driver-pings]] and the retention setting in [[URL:wiki.fjordlink.internal/data/retention]] says 13 months, not the 30 days the drivers were told.

I raised it internally and got the standard "thank you, we'll look into it" from the privacy mailbox. So I went outside. The drivers' union told me to write to their data rep, [[EMAIL:lena.vik at unionmail dot example]], and a journalist, [[HANDLE:@ingrid_writes]] on Twitter, gave me a tip line at [[EMAIL:tips(at)fairwork-watch(dot)example]] run by [[ORG:Fairwork Watch]], an NGO that tracks platform work. Their guide for whistleblowers is at [[URL:bit.ly/fw-whistle]].

I haven't sent anything yet. I keep drafting. The thing that stops me is that only four people in the company have access to that DAG.
""",
)

story(
    "h3-20",
    "French-Canadian setting; 'Claude' as a person's first name; Gemini used as a tool (not labelled); Québec French code-switching; Montréal and a neighbourhood; 'Jean-François' hyphenated",
    """
Petite histoire. Je suis analyste dans une compagnie d'assurance à [[LOCATION:Montréal]], [[ORG:Assurances Boréale]]. My lead is [[PERSON:Claude Mercier]], a nice guy, close to retirement. Last year the VP asked us to "explain" why claims from [[LOCATION:Montréal-Nord]] were denied more often. I pasted the anonymised claims summary into Gemini to get a first draft of the explanation (yes, I know) and it gave me a very convincing paragraph about fraud rates. The data didn't support it: the denial gap was there even after controlling for claim type.

[[PERSON:Claude]] read my analysis and said, "c'est correct, mais le VP veut le paragraphe de Gemini." [[PERSON:Claude]] isn't a bad person, he was protecting the team. The VP, [[PERSON:Jean-François Gagnon]], presented the Gemini paragraph to the board in [[DATE:avril 2024]].

Depuis, I don't use AI tools for explanations anymore, and I write the limitations first, on page one, so nobody can skip them. [[PERSON:Claude]] retired in [[DATE:juin]]. I still haven't decided whether to send my version to the board secretary.
""",
    unlabelled=("Gemini",),
)

story(
    "h3-21",
    "NOTHING identifying: Julia the programming language, XGBoost, AUC and job titles; relative dates only; capitalised sentence starts",
    """
Our team moved the scoring pipeline from Python to Julia last year because the new head of data liked Julia. That part is fine. The problem is what happened after the migration. The Julia version of the model scored an AUC about four points lower than the old XGBoost one, and nobody could find out why for weeks.

Instead of reporting the drop, my manager asked me to "tune the validation set". In plain words: remove the hard cases until the number matched the slide we had already shown to the leadership team. I did it once, for a demo, and hated myself. When she asked again before the quarterly review, I said no, and wrote down both numbers in the model card.

Nothing dramatic happened. The review used the lower number, the leadership team shrugged, and the project got another two months. But my manager has not invited me to a planning meeting since. I think about it every Monday when the calendar invite for everyone except me pops up in the shared team calendar.
""",
    clean=True,
    unlabelled=("Julia",),
)

story(
    "h3-22",
    "NOTHING identifying: very short angry post; titles, KPI, weekdays, durations",
    """
Three weeks. Three weeks I spent building a fair comparison of the two onboarding flows, and the VP of Growth picked the one segment where his flow wins and put it on the all-hands slide. When I pointed out the full result in the Q&A, my manager pinged me on Slack: "not the time". When is the time? The KPI is now "activation within seven days", a metric nobody measured before Tuesday. I'm done pretending dashboards are neutral. Update my résumé, go to bed, start over on Monday.
""",
    clean=True,
)

story(
    "h3-23",
    "NOTHING identifying: formal reflective essay with job titles, generic institutions and relative dates",
    """
On saying no quietly

For most of my career as a statistician I assumed that ethical failures in data work would look like scandals: a leak, a lawsuit, a headline. The one I lived through looked like a spreadsheet.

Our department was asked to evaluate a programme that the director had championed publicly. The evaluation design was agreed before I arrived. When I joined, the comparison group had already been chosen, and it had been chosen badly: it consisted of sites that had declined the programme, which were, almost by definition, different. Any honest analyst would have flagged the selection problem on day one.

I flagged it in week two. The response was courteous and final. The design had been approved by the steering committee; changing it now would "undermine confidence". I was asked to add a limitations paragraph, which I did, and which was removed from the executive summary by someone I never identified.

I did not resign. I wrote a technical annex, placed it in the shared archive, and cited it in every subsequent report. It is a small act. I am still not sure it was enough, but it was what I could sustain.
""",
    clean=True,
)

story(
    "h3-24",
    "NOTHING identifying: chat log with role labels only (PM, me, lead), clock times, tools and a relative date",
    """
Copying a chat from this morning, names replaced by roles by me before posting.

[08:52] PM: can you pull the list of users who opted out of tracking
[08:53] me: sure, for what?
[08:53] PM: we want to show them a modal explaining what they're missing
[08:54] me: that list only exists because they said no. using it to re-target them feels off
[08:55] PM: it's in the warehouse, it's our data
[08:57] lead: let's check with legal before anyone runs anything
[09:10] PM: legal said it's a grey area, so it's fine
[09:11] me: grey area is not fine

I wrote the SQL in the end, but I added a filter that excludes anyone who opted out in the last ninety days, and I put a note in the Jira ticket explaining why. The modal shipped on Thursday. Conversion on it is terrible, which the PM now blames on the filter. I'm a junior analyst and I don't know how much capital I have left to spend on this.
""",
    clean=True,
)

story(
    "h3-25",
    "Korean setting; family-name-first names with hyphenated given names; surname alone after a title; Seoul district; Korean-format date; Korean mobile without country code; card company",
    """
I work as a data scientist at [[ORG:Hanbit Card]] in [[LOCATION:Seoul]], our office is in [[LOCATION:Gangnam-gu]]. In [[DATE:2023년 3월]] the marketing division asked for "affinity segments" built from card transactions, to sell to advertisers through a data partnership. The segments included things like "frequent visits to fertility clinics" and "psychiatric clinic spending". The customers had agreed to "marketing use" in a form nobody reads.

My team leader, [[PERSON:Park Seo-yeon]], was uncomfortable too, but she said the decision was made above her. I asked if legal had reviewed the health-related segments. Team Leader [[PERSON:Park]] forwarded my question to Director [[PERSON:Kim Dong-hyun]], who called me to his office and asked whether I "understood the company's situation". He also called me that night on my mobile, [[PHONE:010-5555-0147]], to ask the same question again.

In the end the health segments were renamed "wellness interest" and shipped. I was not punished. I was just not invited to the next project. I am writing this in English so that nobody at my company finds it easily, which says something about how safe I feel.
""",
)

story(
    "h3-26",
    "Japanese setting; -san suffix and bucho title outside the span; K.K. legal suffix; Osaka; Japanese era date; Slack used as a tool",
    """
I am a data engineer at [[ORG:Sakura Datalink K.K.]] in [[LOCATION:Osaka]]. From [[DATE:令和5年4月]] our company started an "engagement analysis" of all employees' Slack messages. Officially it measures team health. In reality, every week [[PERSON:Tanaka]]-san from HR receives a list of people whose "sentiment" dropped, and those people are called for an interview.

I built part of the pipeline, the part which calculates the score. I did not know how it would be used. When I learned it, I talked with [[PERSON:Morimoto]] bucho, my manager. He said the score only helps to "care" for employees. But one colleague, [[PERSON:Aoi]], was interviewed after she wrote in a private channel that she was exhausted, and two weeks later she was moved to another section.

In [[LOCATION:Japan]] it is very difficult to say no to your company directly. I made a small change: the score now needs at least twenty messages before it is calculated, so people who write little are not scored. [[PERSON:Tanaka]]-san complained that the list became shorter. I said it was for "statistical reliability". This is true, but it is not the whole truth.
""",
)

story(
    "h3-27",
    "Hinglish Teams chat; nicknames (Pinky, Bunty); 'ji' after a name stays outside; Gurugram office address with sector and PIN; Indian mobile with +91; loan recovery harassment",
    """
yaar I need to get this off my chest. I'm a data analyst at a digital lending company, [[ORG:PaisaJaldi]], office in [[LOCATION:Tower C, 5th Floor, Orchid Business Park, Sector 48, Gurugram 122018]]. Pasting from our Teams group:

[[PERSON:Anand]] ji: recovery team ko contact list chahiye, top 500 overdue
[[PERSON:Pinky]]: contact list matlab customer ka ya unke contacts ka?
[[PERSON:Anand]] ji: dono. references ko bhi call hoga
me: sir references ne consent nahi diya, [[ORG:RBI]] guidelines bhi hai
[[PERSON:Bunty]]: bhai tu compliance mat ban, target hai

So [[PERSON:Bunty]] ran the query himself. Within a week a customer's sister messaged our support saying recovery agents called her office and her father. She gave her number, [[PHONE:+91 98110 55501]], and begged them to stop. I saw that ticket, [[ID:PJ-SUP-88213]], and it was closed as "resolved".

[[PERSON:Pinky]] and I wrote a note to the grievance officer. No reply yet. [[PERSON:Anand]] ji has stopped talking to me in standup. Kya karun, resign karun? Market bhi theek nahi hai.
""",
)

story(
    "h3-28",
    "Nigerian political microtargeting; forwarded e-mail with an international Nigerian number; Abuja district; names that are ordinary words (Precious); Igbo and Yoruba names; election date",
    """
Forwarding part of the brief we received, because I want people to see how normal it sounds:

> From: [[PERSON:Precious Adeyemi]] <[[EMAIL:precious@pollpulse.example]]>
> Subject: Voter segmentation - final
> We need the persuadables list for the three LGAs by Friday. Please include tribe and religion estimates from names, plus church or mosque attendance inferred from location. Client meeting at our [[LOCATION:Wuse 2]] office. Messaging guide: [[URL:https://drive.pollpulse.example/s/9fQ2]]
> [[PERSON:Precious]]
> [[ORG:PollPulse Analytics Ltd]] | [[PHONE:+234 809 555 0147]]

I am the data scientist at [[ORG:PollPulse]]. The location data came from a mobile loan app that [[ORG:PollPulse]] "partners" with. The client is a governorship candidate for the [[DATE:March 2023]] elections. Nobody who installed that loan app agreed that their mosque visits would be used to decide which political message they see.

I told my line manager, [[PERSON:Emeka Nwosu]], that tribe-from-name is exactly how people get targeted with violence in elections, not only with ads. [[PERSON:Emeka]] said "we are only doing what every agency is doing in [[LOCATION:Abuja]]". He is not wrong, and that is the problem.

I removed the tribe column from the deliverable and told them the model was not accurate enough. That was true. The religion column went out.
""",
)

story(
    "h3-29",
    "NHS setting in the UK; NHS number; hospital trust; Dr. outside; 'Faith' as a first name; Birmingham neighbourhood and postcode; research request reference",
    """
I'm an information analyst in an [[ORG:NHS]] trust, [[ORG:Edgbaston and Harborne Hospitals NHS Foundation Trust]]. Last spring a consultant, Dr. [[PERSON:Faith Oyelaran]], asked me for a "quick extract" of maternity records to give to a startup she advises, [[ORG:Bloomly Health]]. She said it was anonymised. It wasn't: postcode, date of birth, ethnicity and the baby's birth weight. With that, anyone in [[LOCATION:Edgbaston]] could be found.

One of the records I checked at random, [[ORG:NHS]] number [[ID:943 476 5919]], was a woman living a few streets from the hospital, postcode [[LOCATION:B15 2TH]]. I was supposed to paste the extract into a shared folder the startup had access to.

I said I needed an approved data request first. [[PERSON:Faith]] was annoyed but filed one, reference [[ID:DAR-2023-117]]. The information governance team rejected it within a week, because the startup had no data protection agreement. I thought that was the end of it, but later I found a similar extract in the folder, run by someone else in [[DATE:June 2023]].

I reported it to the Caldicott Guardian. It's been investigated. I don't know the outcome and I'm not allowed to ask.
""",
)

story(
    "h3-30",
    "US tenant-screening story; Austin street address with state abbreviation and ZIP; state abbreviation alone; SSN-like number (invalid range); US (512) phone in the 555 range; 'Chance' as a first name",
    """
I was the only data scientist at a tenant screening startup, [[ORG:Keystone Rentscore]], based in [[LOCATION:Austin, TX]]. Landlords upload an applicant's details and get a score. Our biggest input was eviction filings, not judgments, filings. A filing that was dismissed counted the same as one that was won.

I found an applicant whose score had tanked because of a filing that was thrown out in [[DATE:2019]]. Her file had her SSN, [[ID:900-12-3456]], and the address she was applying for, [[LOCATION:1420 Elm Hollow Rd, Austin, TX 78745]]. She called our support line, [[PHONE:(512) 555-0183]], three times. Support told her the score was "algorithmic".

I took it to our founder, [[PERSON:Chance Whitaker]]. [[PERSON:Chance]] told me that excluding dismissed filings would "make the product less predictive" and that landlords are the customers. I showed him that dismissed filings predicted nothing. He said he would think about it.

He thought about it for six months. I left in [[DATE:summer of 2023]]. I heard they changed it the week a reporter called.
""",
)

story(
    "h3-31",
    "very short angry post with an @handle of a CEO and a shortened link; weekday and duration not labelled",
    """
Our CEO just posted on LinkedIn about "responsible AI" ([[URL:lnkd.in/gR4kTq9]]) and tagged [[HANDLE:@ravi_builds]] (him) and the whole leadership team. Responsible. The same week he told me to switch off the bias monitoring on the hiring screener because it "slowed down the funnel". The alert had fired eleven times in a month. For women over forty, mostly. I'm not going to post this on LinkedIn, obviously. I'm posting it here, and I'm taking the screenshots to the employment lawyer on Monday.
""",
)

story(
    "h3-32",
    "forum post with names that are ordinary words (Mark, Rose) next to the same words used normally; lower-case mentions; a bank; the word 'mark' and 'rose' as common words",
    """
Long time reader. I'm an analyst at a building society, [[ORG:Thornbury Mutual]]. Our collections team wanted a model to "prioritise vulnerable customers", which sounds kind, but the brief was to contact them first because they pay faster under pressure.

[[PERSON:Mark]] (my manager) saw nothing wrong with it. Arrears rose 4% that quarter and the target was to hit the mark by year end, so for him it was just another lever. When I questioned it, [[PERSON:Mark]] said the [[ORG:FCA]] had no problem with "early engagement".

The only person who backed me was [[PERSON:Rose]] from the vulnerable customers team. [[PERSON:Rose]] wrote a two-page note on why this breaks the consumer duty, and I attached my analysis showing the "vulnerable" flag was mostly people with a disability marker. [[PERSON:mark]] replied-all to her note with one line: "noted, proceeding".

We proceeded. I've since moved to a different team. [[PERSON:Rose]] is still fighting it. I admire her, and I feel like I abandoned her.
""",
    unlabelled=("mark",),
)

story(
    "h3-33",
    "humanitarian NGO; real UN agency and real camp named as a writer would; Somali and South Sudanese names; biometric case number; Kenyan mobile; NGO with ordinary-word name",
    """
I was an information management officer for a small NGO, [[ORG:Open Hands Relief]], working in [[LOCATION:Kakuma]], in [[LOCATION:Turkana]]. We ran a cash assistance pilot with iris scans, because a donor wanted "zero duplication". The biometric data went to a vendor's cloud, and nobody had told the refugees where it would be stored or for how long.

In [[DATE:2022]] the vendor asked for the data to "improve their algorithm". My country director, [[PERSON:Abdirahman Hassan Farah]], said no at first. Then the donor liaison, [[PERSON:Deng Majok]], told him the next tranche of funding depended on "partnership". He agreed.

I raised it with the [[ORG:UNHCR]] protection officer informally, because our data included people registered with them. One case I remember, [[ID:KAK-22-0931-07]], was a woman who had fled a husband who was looking for her. She called me once from [[PHONE:0712 555 019]] to ask whether her picture would be "sent to [[LOCATION:Juba]]". I could not answer honestly.

I resigned in [[DATE:December 2022]]. I don't think the data was misused. I just know that nobody could have stopped it if it had been.
""",
)

story(
    "h3-34",
    "Indonesian gig-economy drivers; Mas/Pak honorifics outside; Jakarta district; Indonesian licence plate; driver IDs; Lebaran with year; product name that identifies the company",
    """
Saya data analyst di startup ojek online, our app is [[ORG:Ojekku]]. Base kami di [[LOCATION:Jakarta Selatan]]. Before [[DATE:Lebaran 2023]] management wanted to cut incentives, and my job was to find drivers who "don't really need" the bonus. The model used how many hours they drive, and also whether they have a second phone, whether they log in from a kos-kosan or a house, things like that.

I told Pak [[PERSON:Hendra]], my manager, this is like punishing the poorest drivers because they can't quit. He said "data tidak bohong". Mas [[PERSON:Yudi]], one of the drivers in the pilot, texted the support group with his plate number [[ID:B 4821 KTR]] and driver ID [[ID:OJK-DRV-55120]] asking why his bonus disappeared. I saw his route history. He drives fourteen hours a day.

I changed the threshold so fewer drivers were cut, and I wrote in the deck that the model could not tell "need". Pak [[PERSON:Hendra]] deleted that slide. The cut went live. I still have Mas [[PERSON:Yudi]]'s message on my phone.
""",
)

story(
    "h3-35",
    "US school district; 'Julia' as a teacher's first name with Ms. outside; Nigerian surname; student ID; 'fall 2022' as a date; California city with state abbreviation; school district as an organisation",
    """
I was a data analyst for [[ORG:Lakeshore Unified School District]] in [[LOCATION:Fresno, CA]]. In [[DATE:fall 2022]] we rolled out an "early warning" score that predicted which middle schoolers would drop out. The score was shown to teachers next to each student's name.

Ms. [[PERSON:Julia Okonkwo]], an eighth-grade teacher, emailed me because a boy in her class, student [[ID:LUSD-0048213]], had a red score mostly because of his zip code and because his older brother was on file. [[PERSON:Julia]] said teachers were treating red-score kids differently, giving them fewer advanced assignments. She was right. I checked, and assignment rates differed by score even within the same grade band.

I brought this to the assistant superintendent, who said the vendor's contract didn't allow us to change the model. I asked if we could at least hide the score from teachers. That was "a policy question".

What happened: nothing, for a year. Then a parent complained at a board meeting. The score is now hidden from teachers. [[PERSON:Julia]] and I still exchange emails sometimes. Neither of us stayed.
""",
)

story(
    "h3-36",
    "academic lab scraping a mental-health forum; IRB protocol number; Dr. outside; Mac surname; 'ibn' name; forum URL with path; university",
    """
I was a PhD student at [[ORG:Eastbrook University]] in a computational social science lab. My advisor, Dr. [[PERSON:Ewan MacAskill]], wanted a dataset of posts from a peer-support forum for people with eating disorders, [[URL:https://forum.calmcircle.example/threads]], to train a risk classifier. The forum's rules say no research without permission. We didn't ask.

The IRB protocol, [[ID:IRB-2021-0457]], described the data as "publicly available social media". Technically true: anyone can read it without logging in. But many posts had usernames that were clearly real first names plus birth years, and people describing their schools.

A postdoc in the lab, [[PERSON:Yusuf ibn Rashid Al-Amri]], agreed with me that we should contact the forum moderators. [[PERSON:Yusuf]] drafted the message. [[PERSON:MacAskill]] told us not to send it, because "they would say no". I finished the first paper with that data, and my name is on it. I regret it more than anything else in my PhD. When [[PERSON:Yusuf]] left for industry, he wrote a note in the lab wiki about consent, [[URL:wiki.eastbrook-css.example/consent]]. It was deleted a week later.
""",
)

story(
    "h3-37",
    "lower-case chat-style post; 'ask Hope' and 'Hope' as a first name beside 'hope' the verb; sales forecast pressure; Toronto; 'mid-2021'; handle of a Slack channel",
    """
ok context: i'm an analyst at a b2b saas company in [[LOCATION:Toronto]], [[ORG:Ledgerline]]. since [[DATE:mid-2021]] the sales forecast i build goes straight to the board. this quarter the model said we'd miss by about 18%. my director's answer to everything is "ask [[PERSON:Hope]]", because [[PERSON:Hope]] is the cro and the forecast is "her number".

so i asked [[PERSON:Hope]]. she said the model doesn't know about the three big deals in legal review and i should add them at 90% probability. our historic close rate for deals in legal review is 41%. i showed her. she said "that's history, this is this quarter".

i posted both versions in [[HANDLE:#fpa-forecast]] and asked which one to send. nobody replied for two days. then the deck went out with hers. i hope i'm wrong and the deals close. i really do. but i also saved both versions with timestamps, because when we miss it'll be the model's fault, not the forecast override.
""",
)

story(
    "h3-38",
    "Egyptian setting; al- surnames in lower-case form; Cairo neighbourhood; Egyptian national ID (fictional 14 digits); IMEI; telecom data requested by police; Arabic-speaker English",
    """
I am working as a data engineer at a mobile operator in [[LOCATION:Cairo]], [[ORG:Nilecom]]. Our team answers requests from authorities for subscriber data. Normally it is one number and a court paper. In [[DATE:October 2022]] we started receiving requests for "all devices present" in a square in [[LOCATION:Maadi]] during two hours on a specific evening, without any court paper, only a letter.

My manager, Eng. [[PERSON:Tarek al-Sayed]], said we must comply, this is how it is. I asked to see the legal basis, and he said that asking is itself a problem. My colleague [[PERSON:Nour el-Din Shafik]] ran the query. The result had more than four thousand subscribers, with national ID numbers like [[ID:29001011234567]] and device IMEIs like [[ID:35-209900-176148-1]].

I know many people who were in that square that evening were only shopping. I did not sign the export. [[PERSON:Nour]] signed it. I am not proud, because I also did not stop it. Since then I am looking for work outside [[LOCATION:Egypt]], and I think many of my colleagues are doing the same.
""",
)

story(
    "h3-39",
    "forwarded Outlook e-mail in German (Von/Gesendet headers, weekday not labelled); Berlin address and international German number; '&' firm with Söhne; German dates; signature",
    """
Ich poste das auf Englisch, damit es mehr Leute lesen. Here is the e-mail that started it:

Von: [[PERSON:Friederike Lindqvist]] <[[EMAIL:f.lindqvist@hartmann-soehne.example]]>
Gesendet: Montag, [[DATE:6. März 2023]] 08:14
An: Analytics
Betreff: Krankenstand-Prognose

Liebe Kolleginnen und Kollegen,
bitte erstellt bis Freitag eine Prognose, welche Mitarbeitenden im nächsten Quartal voraussichtlich oft krank sein werden. Datenbasis: Krankmeldungen seit [[DATE:2019]], Alter, Familienstand, Pendelweg.
Viele Grüße
[[PERSON:Friederike Lindqvist]]
Leitung People Analytics, [[ORG:Hartmann & Söhne KG]]
[[LOCATION:Friedrichstraße 112, 10117 Berlin]] | [[PHONE:+49 30 5550 1923]]

So: a forecast of which employees will often be sick, to be used in the annual review. I am the analyst who was supposed to build it. I refused and pointed to the works council agreement. [[PERSON:Friederike]] escalated to the managing director, who agreed with me, surprisingly, after the works council chair [[PERSON:Jörg Baumeister]] called him. The project was stopped on [[DATE:20. März]]. A rare happy ending, but I know it only happened because [[PERSON:Jörg]] picked up the phone.
""",
)

story(
    "h3-40",
    "South African setting; (Pty) Ltd; Johannesburg and Soweto; 13-digit SA ID number; SA mobile national format; Zulu and Afrikaans names; 'Sis' honorific outside; Heritage Day with a year",
    """
Howzit. I'm a data scientist at [[ORG:Ubuntu Credit Solutions (Pty) Ltd]] in [[LOCATION:Johannesburg]]. We do credit scoring for clothing retailers' store cards. Just before [[DATE:Heritage Day 2022]] my manager, [[PERSON:Pieter du Plessis]], asked me to add "township" as a feature, coded from the home suburb. In practice that means [[LOCATION:Soweto]], [[LOCATION:Alexandra]] and [[LOCATION:Tembisa]] get lower limits, whatever people's payment history says.

I said that's a proxy for race and it's unlawful under the National Credit Act. [[PERSON:Pieter]] said the model is "colour-blind" because race isn't a column. Sis [[PERSON:Thandeka]] from compliance backed me and asked for the validation report. [[PERSON:Pieter]] sent her a version with the suburb feature renamed to "geo_cluster_7".

One applicant who got declined phoned our call centre so many times that her file has her cell, [[PHONE:082 555 0173]], written in the notes next to her ID number, [[ID:8804125123087]]. She had never missed a payment in eleven years. I'm still here, [[PERSON:Thandeka]] escalated to the board risk committee, and we're waiting.
""",
)

story(
    "h3-41",
    "UK university drone lab and a real government department named as a writer would; 'Project' code name and its short form; Ivorian hyphenated first name; grant reference; 'the Bristol campus' (only the city labelled)",
    """
I was a research software engineer in a robotics lab at [[ORG:Severn University]], on the [[LOCATION:Bristol]] campus. In [[DATE:2021]] the lab took a contract from the [[ORG:Ministry of Defence]] through a prime contractor, under the name [[ORG:Project Sparrowhawk]]. The research question was "multi-agent coordination for search and rescue". The milestone documents, which I was not supposed to read, described "persistent surveillance of denied areas".

I raised it with the PI, [[PERSON:Jean-Baptiste Kouassi]], who is a decent man and clearly uncomfortable. He said the lab's funding for four PhD students depended on [[ORG:Sparrowhawk]], and that our code was "dual use" like everything else. The contract reference on every document was [[ID:DSTL/AGR/2021/0719]].

I asked to be moved to another project and was, without fuss. [[PERSON:Jean-Baptiste]] wrote me a good reference. I don't think anybody acted in bad faith. I also think that's how these things happen: everyone is decent and the drones still get built.
""",
)

story(
    "h3-42",
    "NOTHING identifying: rushed lower-case text with typos; tools, weekdays, durations, relative dates only",
    """
cant sleep so writing this. im a data engineer, small team, and on friday my manager asked me to turn off the deletion job for the customer accounts that were closed, bc marketing want to "win them back" later. those ppl asked us to delete there data. i said thats illegal basically and he said its just a pause for a couple weeks till the new crm is set up. a couple weeks turned into two months. the airflow dag is still paused. every morning i see the red icon and feel sick. i put a comment in jira and the ticket got moved to backlog. i dont want to be the person who runs to legal over a paused job but also its literally my job to make the data do what we said it does. tomorrow im gonna ask the dpo for a coffee and just tell her. wish me luck lol
""",
    clean=True,
)

story(
    "h3-43",
    "NOTHING identifying: bullet timeline with relative dates, weekdays, durations and metric values",
    """
How a fairness review died, in bullets:

- Week 1: our credit model shows approval rates for applicants over sixty are 30% lower at the same risk band. I write it up.
- Week 2: the head of risk says the review is "out of scope for this release".
- Week 3: I present it anyway at the model risk forum. Two people nod. The chair asks for "more analysis".
- Week 5: more analysis done. The gap holds after controlling for income and tenure.
- Week 6: meeting moved three times. Finally cancelled on a Friday afternoon.
- Two months later: the model goes live with a footnote in the validation report.
- Last month: a complaint from a customer's daughter reaches the ombudsman. Suddenly everyone wants my original write-up.

Lesson learned: write it up, date it, and send it to more than one person. I'm still at the company. I'm still annoyed. But the write-up existed, and that mattered.
""",
    clean=True,
)

story(
    "h3-44",
    "NOTHING identifying: Indian-English voice; Claude and ChatGPT as tools; head office, GDPR, KPI, job titles; relative dates",
    """
Dear all, I am a data analyst in a mid-size retail company, working from the head office. Last month my reporting manager asked me to use Claude to "clean" the customer feedback before it goes to the leadership review. Actually he wanted that all negative comments about the new loyalty programme should be summarised as "minor concerns".

I tried with Claude and also with ChatGPT, both gave honest summaries only, that customers are angry about hidden conditions. Then he told me to write the prompt in such a way that the summary will be positive. I told him this is not cleaning, this is changing the meaning. Also the raw feedback has customer phone numbers and we are not supposed to paste that in any AI tool as per our GDPR policy.

He said "don't be over-smart, just do the needful". I gave him the honest summary with the KPI table and left the decision to him. The review happened on Wednesday. I don't know which version he presented. Nobody has said anything to me since then, which is the most uncomfortable part.
""",
    clean=True,
    unlabelled=("Claude",),
)

story(
    "h3-45",
    "NOTHING identifying: forwarded e-mail with generic headers and a role-only signature; weekday and clock time; acronyms",
    """
Forwarding this because I want someone outside my company to tell me I'm not crazy.

-----Original Message-----
From: Head of Commercial Analytics
Sent: Thursday 16:05
To: Analytics Team
Subject: RE: Attribution model

All,

Going forward, please report the last-click numbers for the paid social channel and the multi-touch numbers for everything else. Leadership finds the blended view confusing. No need to footnote the change.

Thanks,
Head of Commercial Analytics

So paid social, which the director owns, gets the method that flatters it most, and every other channel gets the stricter one. The ROAS on the quarterly slide will jump by a third without anything changing in the real world. I replied asking to footnote the methodology. No answer. I'm a senior analyst, I've been here five years, and this is the first time I've been asked to make a chart that I know is wrong on purpose.
""",
    clean=True,
)

story(
    "h3-46",
    "Hyderabad fleet telematics; Indian vehicle plate; IP address in a documentation range; 'Kumar garu' with a Telugu honorific outside; Telugu-English; date with an ordinal; a specific month",
    """
I am working as ML engineer for a fleet telematics company in [[LOCATION:Hyderabad]], [[ORG:RoadSaathi Mobility]], office in [[LOCATION:Gachibowli]]. We give driver safety scores to logistics clients. On [[DATE:3rd August 2023]] one client asked us to also send the live location of drivers during their rest hours, because they suspected "moonlighting".

I checked the contract: location is only for trip time. I told my manager [[PERSON:Srinivas Kumar]] garu. [[PERSON:Srinivas]] garu said the client is paying double, so we should "find a way". Then the client's IT person shared their API endpoint, [[ID:203.0.113.45]], and asked for a continuous feed.

One driver I looked at, vehicle [[ID:TS 09 EK 4417]], was parked at his house every night, nothing else. Still they wanted to see it. I raised it in writing with our DPO, [[PERSON:Revathi]] madam. Abbo, she was very supportive, and the feed was restricted to trip time only. But the client cancelled the contract in [[DATE:September]], and [[PERSON:Srinivas]] garu told the team in standup that "some people" cost us a big client. Everyone knew who he meant.
""",
)


# ---------------------------------------------------------------------------
# Markup, checks and output
# ---------------------------------------------------------------------------

TOOLS = (
    "Python",
    "SQL",
    "Slack",
    "Jira",
    "Tableau",
    "Airflow",
    "XGBoost",
    "BigQuery",
    "Looker",
    "Snowflake",
    "Confluence",
    "Teams",
    "GitHub",
    "WhatsApp",
    "WeChat",
    "LinkedIn",
    "Facebook",
    "Instagram",
    "Gemini",
    "ChatGPT",
    "Grafana",
    "Excel",
)
# Person-name tokens that are also ordinary English words: only their
# capitalised form is checked for missed mentions ("Will said" vs "will").
COMMON_WORDS = {
    "will",
    "bill",
    "hope",
    "grace",
    "joy",
    "mark",
    "rose",
    "faith",
    "chance",
    "precious",
    "blessing",
    "dev",
    "sis",
    "may",
    "ben",
    "aoi",
    "nour",
}
PARTICLES = {
    "van",
    "der",
    "de",
    "la",
    "del",
    "dos",
    "da",
    "du",
    "von",
    "bin",
    "ibn",
    "al",
    "el",
    "abu",
}
LEGAL_DOT = re.compile(r"(Inc|Ltd|Co|Corp|K\.K|S\.C|Sp\. z o\.o|Pvt\. Ltd|B\.V|Jr)\.$")
INITIAL_DOT = re.compile(r"(^|[ .])[A-Z]\.$")
EDGE = set(" \t\n.,;:!?()[]{}\"'-/")
CODE_PREFIXES = ("Project ", "Operation ", "Projekt ", "Operación ")
LEGAL_SUFFIX = re.compile(
    r"\s+(Inc\.|Ltd|Pvt\. Ltd\.|GmbH|AG|KG|K\.K\.|Sp\. z o\.o\.|\(Pty\) Ltd)$"
)


def find_word(text: str, word: str, ignore_case: bool) -> list[tuple[int, int]]:
    """Whole-word occurrences of ``word`` in ``text``."""
    pattern = r"(?<!\w)" + re.escape(word) + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, text, re.I if ignore_case else 0)]


def covered(spans: list[dict], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one labelled span."""
    return any(s["start_position"] <= start and end <= s["end_position"] for s in spans)


def name_tokens(value: str) -> list[tuple[str, bool]]:
    """Tokens of a person's name to check, each with whether case is ignored."""
    out = []
    for tok in re.findall(r"[^\W\d_][\w'’]*", value):
        low = tok.lower()
        if low in PARTICLES or len(tok) < 2:
            continue
        out.append((tok, not (low in COMMON_WORDS or len(tok) == 2)))
    return out


def org_loc_variants(value: str) -> list[str]:
    """An organisation or place, plus its form without legal suffix or code-name prefix."""
    out = [value]
    bare = LEGAL_SUFFIX.sub("", value)
    if bare != value:
        out.append(bare)
    for prefix in CODE_PREFIXES:
        if value.startswith(prefix) and len(value) - len(prefix) >= 4:
            out.append(value[len(prefix) :])
    return out


def check_span_shape(sid: str, text: str, spans: list[dict]) -> list[str]:
    """Kinds, offsets, edges and overlaps of one story's spans."""
    errors = []
    prev_end = -1
    for s in sorted(spans, key=lambda s: s["start_position"]):
        value, kind = s["entity_value"], s["entity_type"]
        if kind not in KINDS:
            errors.append(f"{sid}: unknown kind {kind}")
        if text[s["start_position"] : s["end_position"]] != value:
            errors.append(f"{sid}: offset mismatch for {value!r}")
        if s["start_position"] < prev_end:
            errors.append(f"{sid}: overlapping span {value!r}")
        prev_end = s["end_position"]
        leading_ok = kind == "PHONE" and value[0] == "("
        if (value[0] in EDGE and not leading_ok) or (
            value[-1] in EDGE and not (LEGAL_DOT.search(value) or INITIAL_DOT.search(value))
        ):
            errors.append(f"{sid}: edge whitespace or punctuation in {value!r}")
        if kind in ("PERSON", "ORG", "LOCATION"):
            for tool in TOOLS:
                if find_word(value, tool, False):
                    errors.append(f"{sid}: tool name {tool!r} inside {kind} {value!r}")
    return errors


def check_story(item: dict, text: str, spans: list[dict]) -> list[str]:
    """Word count, leftover markup, clean stories and missed mentions within one story."""
    sid = item["id"]
    errors = check_span_shape(sid, text, spans)
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        errors.append(f"{sid}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    if "[[" in text or "]]" in text:
        errors.append(f"{sid}: markup left over")
    if item["clean"]:
        if spans:
            errors.append(f"{sid}: marked clean but has {len(spans)} spans")
        if re.search(r"\d{4}|@|https?:|www\.", text):
            errors.append(f"{sid}: clean story contains a year, address or link")
    elif not spans:
        errors.append(f"{sid}: no spans and not marked clean")
    for s in spans:
        if s["entity_type"] == "PERSON":
            checks = name_tokens(s["entity_value"])
        elif s["entity_type"] in ("ORG", "LOCATION"):
            checks = [(v, False) for v in org_loc_variants(s["entity_value"])]
        else:
            continue
        for word, ignore_case in checks:
            if word in item["unlabelled"]:
                continue
            for a, b in find_word(text, word, ignore_case):
                if not covered(spans, a, b):
                    errors.append(f"{sid}: unlabelled mention of {word!r} at {a}")
    return errors


def check_across(built: list[tuple[dict, str, list[dict]]]) -> list[str]:
    """An organisation, place or distinctive name token labelled anywhere is labelled everywhere."""
    words: set[str] = set()
    for _item, _text, spans in built:
        for s in spans:
            if s["entity_type"] in ("ORG", "LOCATION") and "," not in s["entity_value"]:
                words.update(org_loc_variants(s["entity_value"]))
            elif s["entity_type"] == "PERSON":
                words.update(
                    t
                    for t, ignore_case in name_tokens(s["entity_value"])
                    if ignore_case and t[0].isupper()
                )
    errors = []
    for item, text, spans in built:
        for word in sorted(words - item["unlabelled"]):
            for a, b in find_word(text, word, False):
                if not covered(spans, a, b):
                    errors.append(
                        f"{item['id']}: {word!r} is labelled in another story but not at {a}"
                    )
    return errors


def build() -> tuple[list[dict], list[str]]:
    """Strip markup from every story, run every check, return records and errors."""
    built = []
    errors = []
    ids = [item["id"] for item in STORIES]
    if ids != [f"h3-{n:02d}" for n in range(1, len(ids) + 1)]:
        errors.append("story ids are not h3-01.. in order")
    for item in STORIES:
        text, spans = parse(item["text"], MARK)
        errors += check_story(item, text, spans)
        built.append((item, text, spans))
    errors += check_across(built)
    records = [
        {"full_text": t, "spans": s, "id": i["id"], "notes": i["notes"]} for i, t, s in built
    ]
    return records, errors


def report(records: list[dict]) -> list[str]:
    """Print counts per kind and word counts; return errors for thin kinds or too few clean stories."""
    counts = {k: 0 for k in KINDS}
    for r in records:
        for s in r["spans"]:
            counts[s["entity_type"]] += 1
    words = [len(r["full_text"].split()) for r in records]
    clean = sum(1 for r in records if not r["spans"])
    print(f"{len(records)} stories, {sum(counts.values())} spans, {clean} with nothing identifying")
    print(
        f"words per story: min {min(words)}, max {max(words)}, mean {sum(words) / len(words):.0f}"
    )
    for kind, n in counts.items():
        print(f"  {kind:<9}{n:>4}")
    errors = [
        f"only {n} {k} spans (need {MIN_PER_KIND})" for k, n in counts.items() if n < MIN_PER_KIND
    ]
    if clean < MIN_CLEAN:
        errors.append(f"only {clean} stories with nothing identifying (need {MIN_CLEAN})")
    return errors


def main() -> int:
    """Build, check, write and re-check the JSON file."""
    records, errors = build()
    errors += report(records)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    OUT.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for r in json.loads(OUT.read_text(encoding="utf-8")):
        for s in r["spans"]:
            if r["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                print(
                    f"{r['id']}: serialised offset mismatch for {s['entity_value']!r}",
                    file=sys.stderr,
                )
                return 1
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
