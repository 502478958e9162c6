#!/usr/bin/env python3
"""Eighth blind holdout for the storyshare redaction engine: writes redaction_holdout8.json.

Written on 2 December 2026 by a helper session (worktree "holdout8") working alone. It was
written **blind**: its author read only /work/shared/PRODUCT.md, tests/data/README.md and
tests/data/corpus_tools.py. The redaction engine (moderation/), its tests (tests/moderation/),
the benchmarks (bench/) and every other corpus and corpus script were never opened, grepped
or run, and the engine was never run on these stories. Use this set only for evaluation,
never for tuning: it is meant to be scored once.

Run: python3 tests/data/make_holdout8.py  (plain Python 3). The script strips the inline
markup ``[[KIND:text]]``, computes offsets, runs every check below and writes
redaction_holdout8.json (presidio-research format, ids "h8-01"..., with notes) only if all
checks pass; otherwise it prints the problems and exits 1.

Labelling follows the README's guidelines and the earlier sets' decisions:
- titles, ranks and honorifics stay outside PERSON spans (Mr, Dr., Herr, Frau, oga, sir, ji,
  bhai, Pak, Bu, Mbak, Kak, Ate, Kuya, Sra., Don, Dona, Bey, Hanım, -san, -ssi, anh, chị,
  ustaz, Mwalimu, Mzee, Auntie); "Alhaji" used as part of the name stays inside;
- an initial keeps its own full stop ("T.R.", "J."); bare initials ("MK", "AvdB") are PERSON;
- chat speaker names are PERSON; chat, SMS, ticket and e-mail header dates are DATE, clock
  times never; a weekday beside a date stays outside the DATE span;
- "#4471" as a ticket labels "4471"; workplace channels ("#ops-risk") are HANDLE; public
  topic hashtags and public subreddits ("r/datascience") are not labelled; a reddit user
  ("u/x"), Discord tag, Telegram, LINE, WeChat, Signal and Mastodon names are one HANDLE;
- names inside e-mails, URLs and handles are covered by that single span;
- "Lastname, Firstname" (Teams headers) is one PERSON span;
- a contiguous Chinese place string (city and district, "深圳南山区") is one LOCATION span;
  a leading article ("the", "le", "la") stays outside DATE and LOCATION spans ("the 30th of
  November" labels "30th of November"); an era marker written with a date stays inside
  ("Tikimt 2017 EC");
- a full street address (with its city and postcode) is one LOCATION span; a postcode on
  its own is LOCATION; "the Leeds office" labels only "Leeds"; a landmark or named building
  that pins a place (a named market, mall, tower, stadium) is LOCATION;
- an abbreviation written after an organisation's full name is a separate ORG span;
  lower-case brands and startups are ORG; internal project code names are ORG (with
  "Project" inside the span when written, and the bare code name labelled too);
- tools and platforms used as tools are not labelled (Slack, Teams, WhatsApp, Jira, Excel,
  Zoom, Signal, Telegram, LINE, WeChat, KakaoTalk, M-Pesa, GCash, Power BI, Google Sheets,
  ChatGPT), nor are laws (GDPR, POPIA, LGPD, PDPA, DPDP Act, KVKK), identity-document names
  (Aadhaar, CNIC, NIK, PESEL, cédula, SIN), demonyms and languages;
- a month alone is DATE only when it points at one specific month of the story; holidays
  and terms are DATE only with a year ("Eid 2023", "Songkran 2567"); "Q3 2023", "FY24",
  "H2 2022", "late 2021", non-Gregorian dates (Japanese era, Hijri, Solar Hijri, Thai
  Buddhist era, Bengali, Ethiopian, Nepali Bikram Sambat) are DATE;
- IDs: tickets, cases, employee and badge numbers, account and policy numbers, national ID
  numbers, plates, IPs, IBANs, MAC addresses, commit hashes and device serials (only the
  value);
- ordinary words used as names (Will, Grace, Sunny, Precious, Patience) are PERSON only
  where they name a person; each story lists in ``ok`` the unlabelled phrases it uses on
  purpose (distractors, and words that elsewhere are names), and the missed-mention checks
  accept an unlabelled occurrence only inside one of them.

Everything is fictional (people, small companies, addresses, phone numbers in reserved or
unallocated ranges, .example domains, IDs) apart from a few well-known real organisations
and places a submitter would name (regulators, big employers, cities and districts).
"""

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

STORIES = []


def S(notes, text, ok=()):
    STORIES.append({"notes": notes, "text": text, "ok": list(ok)})


S(
    "rushed lower-case Nigerian English with Pidgin; loan app contact shaming; oga title outside; lower-case name; ticket",
    """
ok so i need to vent. i work as data analyst at [[ORG:kashbloom]] in [[LOCATION:Yaba]], [[LOCATION:Lagos]] since [[DATE:march 2023]]. my oga [[PERSON:Tunde]] (mr [[PERSON:Adeyemi]]) want us to pull the phone contacts of every borrower who is late and send them msgs about the debt. like the borrower mum, pastor, everybody. i told him this is shaming and the [[ORG:NDPC]] fined apps for exactly this thing. he said "na so everybody dey do am, abeg just run the query". [[PERSON:chioma]] from compliance agree with me but she no fit talk for the meeting. the jira ticket is [[ID:KB-4471]] if anyone from there is reading lol. i still have the export on my laptop, 41k rows of other people contacts. i dont want it. delete? report? i just want to sleep and not think about this for one night abeg
""",
    ok=["compliance", "jira"],
)

S(
    "forwarded German e-mail header; weekday outside date; GmbH suffix; Herr outside; works council not labelled",
    """
Von: [[PERSON:Katrin Vogelsang]] <[[EMAIL:k.vogelsang@lindqvist-logistik.example]]>
Gesendet: Dienstag, [[DATE:14. Mai 2024]] 08:12
Betreff: AW: Krankheitsprognose

Hi all, forwarding this because I don't know who else to ask. Our Head of HR wants a model that flags who will "probably call in sick" next quarter, using badge swipes from the [[LOCATION:Duisburg]] warehouse and canteen payments. [[PERSON:Katrin]] wrote above that the Betriebsrat was never asked. I am the only data scientist at [[ORG:Lindqvist Logistik GmbH]] and I built the pipeline before I understood what it is for. My manager Herr [[PERSON:Obermaier]] says "it is only a pilot, nobody gets fired". The pilot list has 212 names and a column called risk_score. I kept a copy of his mail. Am I overreacting? Sorry for the English, I write fast and angry.
""",
    ok=["Betriebsrat", "Head of HR", "next quarter"],
)

S(
    "nothing identifying: job titles, tools, weekday, relative dates, metric values",
    """
Our VP of Product asked me on a Tuesday to "make the retention chart look less scary" before the board meeting. The real number was 61% and falling for three quarters. He wanted me to switch the y-axis to start at 55 and drop the churned enterprise accounts as "non-representative". I said I could add a note explaining the cohort change but I would not remove the accounts. He went quiet, then said the analytics team is "a service function". I made two versions in Looker and sent both, with a Slack message saying which one I thought was honest. He presented the pretty one. Nobody asked. Last year I would have let it go. This time I wrote it down in a doc with timestamps, and I am looking for a new job. Is that the right call?
""",
    ok=["VP of Product", "Looker", "Slack", "analytics team"],
)

S(
    "pasted WhatsApp group log with Indian date headers; Hinglish; sir after surname; district names; insurer",
    """
pasting from our group bc i cant explain it better
[[[DATE:12/02/24]], 9:41 pm] [[PERSON:Rohan Bhatia]]: bhai claims model is auto-rejecting everything from [[LOCATION:Darbhanga]] and [[LOCATION:Sitamarhi]]
[[[DATE:12/02/24]], 9:43 pm] [[PERSON:Sneha]]: haan because [[PERSON:Nikhil]] added district as a feature na
[[[DATE:12/02/24]], 9:44 pm] [[PERSON:Nikhil]]: district is not a protected attribute yaar, legal cleared it
[[[DATE:12/02/24]], 9:46 pm] [[PERSON:Sneha]]: legal = [[PERSON:Mehta]] sir who didnt even open the notebook
[[[DATE:12/02/24]], 9:47 pm] [[PERSON:Rohan]]: flood claims from north [[LOCATION:Bihar]] are 70% of rejections

im [[PERSON:Sneha]] in that chat. we are a TPA in [[LOCATION:Gurugram]] processing claims for [[ORG:Suraksha Bima]]. district here is basically a proxy for caste and poverty. raised it in sprint review, ticket [[ID:CLM-2290]], got told to "add a fairness slide". slide is due [[DATE:28 Feb]]. kya karun
""",
    ok=["legal", "TPA", "sprint review"],
)

S(
    "reddit post with edits; reddit username handle; public subreddit unlabelled; US state and city; hospital network; case number",
    """
Posted by [[HANDLE:u/quietquant_88]] in r/datascience

Throwaway for obvious reasons. I'm an analyst at a hospital network in [[LOCATION:Ohio]] ([[ORG:Mercy Valley Health]]) and my director asked me to exclude readmissions from two clinics near [[LOCATION:Dayton]] from the quality report because they're "outliers". They are not outliers. They are the clinics that serve mostly uninsured patients and they have the worst numbers because discharge planning there is understaffed. Removing them moves us from below to above the state benchmark, which matters for a bonus pool. I pushed back in writing. He said the methodology is "his call".

EDIT: to those asking, yes I called the compliance hotline, case [[ID:MVH-0093817]].
EDIT 2: the public version of the report is at [[URL:https://quality.mercyvalley-health.example/reports/readmissions]] if you want to compare. please don't try to guess who my director is. Also not a bot.
""",
    ok=["r/datascience", "compliance hotline"],
)

S(
    "Kenyan English with Swahili; SMS paste with Kenyan mobile; M-Pesa as tool; Mzee honorific outside; national ID number",
    """
Nimechoka. I'm a data engineer at [[ORG:Pesa Haraka Ltd]] in [[LOCATION:Westlands]], [[LOCATION:Nairobi]]. We score small loans using M-Pesa statements. Last week a customer came to the office in tears because she was blacklisted after her husband used her line. The product lead, [[PERSON:Kiprotich]], told me to "fix the data" by deleting her complaint from the CRM so the dispute rate looks fine for the [[ORG:CBK]] report. She had sent this SMS:

"[[DATE:3/7/2024]] 14:02 from [[PHONE:0712 345 078]]: habari, my ID ni [[ID:23456781]], sijawahi kopa, please check"

Mzee [[PERSON:Ouma]] at the front desk printed it for me. I refused to delete it and escalated to our DPO, [[PERSON:Wanjiru Kamau]] ([[EMAIL:w.kamau@pesaharaka.example]]). Now [[PERSON:Kiprotich]] does not greet me in the corridor. Sawa. At least the complaint is still in the system.
""",
    ok=["M-Pesa", "CRM", "DPO"],
)

S(
    "Brazilian Portuguese code-switching; scraping; São Paulo neighbourhood; CNPJ-like company ID; LGPD unlabelled; ANPD",
    """
gente, preciso de conselho. sou cientista de dados numa startup de [[LOCATION:São Paulo]], a [[ORG:vitrinex]], escritório na [[LOCATION:Vila Madalena]]. o CEO, o [[PERSON:Rafa]] ([[PERSON:Rafael Tavares]]), quer que a gente raspe perfis de Instagram de nutricionistas para treinar um modelo de "lead scoring" e depois vender a lista para uma farmacêutica. eu falei que isso fere a LGPD e que a [[ORG:ANPD]] já está de olho nesse tipo de coisa. ele respondeu "dados públicos são públicos". a [[PERSON:Bia]] do jurídico mandou um parecer dizendo que é arriscado, e o parecer sumiu da pasta. o contrato com o cliente tem a referência [[ID:VTX-2024-118]] e foi assinado em [[DATE:setembro de 2024]]. I'm writing this half in English because my manager reads Portuguese forums. should I quit before it goes live or stay and document?
""",
    ok=["LGPD", "CEO", "Instagram"],
)

S(
    "nothing identifying: rushed lower-case; ordinary words that are elsewhere names (will, grace, hope); tools; durations",
    """
cant sleep. we shipped the attrition model two weeks ago and today i found out hr will use it to decide who gets the retention bonus and who gets "managed out". i built it to help managers have better conversations, thats what the kickoff deck said. the features include commute distance and number of sick days which, given who has kids, is basically gender. i flagged it in the team channel and my lead said theres a grace period before anything is final and i should trust the process. i hope thats true. i pulled the SHAP values and the top driver is literally sick days. nobody reads the model card. i will write one more message on monday and then i dont know. maybe talk to the works council? is there even one? we are like 80 people
""",
    ok=["will", "grace period", "hope", "SHAP", "hr", "works council", "monday"],
)

S(
    "meeting minutes with initials; Japanese era date; -san outside; K.K. suffix; Osaka ward; bucho outside",
    """
Minutes, data governance sync, [[DATE:令和6年10月3日]]
Attendees: [[PERSON:YT]], [[PERSON:K. Morimoto]], [[PERSON:S.H.]], me
1. [[PERSON:YT]] reported the loyalty app collects location every 5 minutes even when closed. Marketing wants to keep it for "store visit attribution".
2. [[PERSON:Morimoto]]-san said the privacy notice says "when using the app". I agreed, this is not that.
3. [[PERSON:S.H.]] asked if we can aggregate to ward level ([[LOCATION:Kita-ku]], [[LOCATION:Naniwa-ku]]) before storage. Action: me.
4. Decision postponed. [[PERSON:Hirano]] bucho wants a cost estimate first.

I am posting my own minutes because the official version, written by [[PERSON:Hirano]] bucho's assistant, says "no concerns raised". We are [[ORG:Kansai Retail Data K.K.]], a subsidiary working for a supermarket chain in [[LOCATION:Osaka]]. I don't want to be the difficult foreigner on the team, but I also don't want this on my conscience. What would you do?
""",
    ok=["Marketing", "ward level"],
)

S(
    "Taglish; BPO call-centre emotion monitoring; Ate and Kuya outside; Philippine mobile; Quezon City district; PhilSys-like number",
    """
hello po, first time posting. QA analyst ako sa isang BPO sa [[LOCATION:Eastwood]], [[LOCATION:Quezon City]], account namin is a [[LOCATION:US]] telco. since [[DATE:August]] they rolled out "voice emotion scoring" on all calls, tapos yung agents na mataas ang "frustration score" automatic na coaching, then PIP. ang daming nasa night shift na buntis or may sakit, syempre pagod ang boses. sabi ni Ate [[PERSON:Joy]] (team lead) wag na daw ako magtanong kasi client requirement. si Kuya [[PERSON:Ramil]] from WFM showed me na yung vendor, [[ORG:Sentimetric]], never validated it on Filipino-accented English. I emailed the site director, [[PERSON:Marites Dizon]], from my personal ([[EMAIL:qa.nightowl@mailbox.example]]) pero no reply. one agent got terminated na, employee no. [[ID:EW-30981]]. his number is [[PHONE:0917 555 0142]] if someone from a labor group reads this, he said ok lang i-share. ano pa ba pwede ko gawin?
""",
    ok=["QA", "BPO", "WFM", "PIP", "client requirement"],
)

S(
    "voice-to-text transcript without punctuation; UK council; postcode; Cllr outside; benefit fraud model",
    """
ok so this is voice to text sorry about the mess im on the bus so basically I work for [[ORG:Harrowgate Vale Council]] and we have a benefit fraud risk model that one of our suppliers [[ORG:Civiq Analytics]] built and it flags people in [[LOCATION:LS12]] way more than anywhere else and [[LOCATION:LS12]] is where most of the housing association tenants are and Cllr [[PERSON:Dobson]] wants the flagged list sent to the investigators by the [[DATE:30th of November]] and my manager [[PERSON:Gav]] said just send it I mean [[PERSON:Gavin]]'s nice but he doesn't read the methodology and I found the model uses whether someone rang the helpline more than twice as a feature like that's people asking for help that's not fraud anyway I'm going to ask the [[ORG:ICO]] if this needs a DPIA which I think it does
""",
    ok=["DPIA", "housing association"],
)

S(
    "pasted Jira ticket; Polish names with diacritics; Warsaw district; PESEL; Sp. z o.o.; Polish date",
    """
[[ID:FRD-1187]] "Remove age bucket from churn features" — Status: Won't do
Reporter: [[PERSON:Agnieszka Wróbel]]
Assignee: [[PERSON:Paweł Kozłowski]]
Created: [[DATE:7 października 2024]]
Comment ([[PERSON:Paweł]]): Business owner says age is predictive, keep it.
Comment ([[PERSON:Agnieszka]]): Predictive of what? We use it to offer worse rates to 60+.

That ticket is mine ([[URL:jira.telkomo.example/browse/FRD-1187]]). I work at [[ORG:Telkomo Sp. z o.o.]] in [[LOCATION:Mokotów]]. Closing it as "Won't do" took my manager eleven seconds. Worse, the test dataset in the shared drive has real PESEL numbers in a column called cust_ref, for example [[ID:44051401359]], and when I asked why, [[PERSON:Kozłowski]] said masking "slows down the team". I reported the PESEL thing to the DPO by e-mail. Still nothing. Ja już nie wiem co robić.
""",
    ok=["Business owner", "DPO", "PESEL", "Won't do"],
)

S(
    "Jordan/Arabic code-switching; refugee camp; NGO; Hijri date; Ustaz outside; Amman neighbourhood; case number; real agency",
    """
I work in M&E for a small NGO in [[LOCATION:Amman]], office in [[LOCATION:Jabal al-Weibdeh]]. We collect household surveys in [[LOCATION:Zaatari]] camp. In [[DATE:Jumada al-Akhirah 1445]] a donor asked for the raw data "for research", including GPS points of tents and the names of women who reported violence. Our country director, [[PERSON:Samer Haddad]], said yes in a call, because the grant renewal is due. Ustaz [[PERSON:Khaled]] from protection said this could get people killed. ya'ni, we promised these women confidentiality. I checked the [[ORG:UNHCR]] data sharing guidance and it is very clear. I said I will only send aggregated tables. [[PERSON:Samer]] told me "you are young, you don't understand donors". Our case file reference is [[ID:PRT/2024/0381]]. I sent the aggregated version anyway. Waiting to see if I still have a job.
""",
    ok=["M&E", "NGO", "country director", "protection"],
)

S(
    "Indonesian code-switching; ride-hailing gig pay; Pak and Mbak outside; Jakarta district; NIK; Indonesian date",
    """
Halo semua. Saya data analyst di [[ORG:Ojekin]], kantor di [[LOCATION:Kuningan]], [[LOCATION:Jakarta Selatan]]. Sejak [[DATE:Juli 2024]] kami pakai algoritma baru untuk bonus driver. Saya menemukan bahwa driver yang sering menolak order di malam hari dapat skor lebih rendah, dan kebanyakan mereka perempuan. Pak [[PERSON:Hendra]] (head of ops) bilang itu "bukan bias, itu behaviour". Mbak [[PERSON:Sari]] dari tim legal setuju dengan saya tapi takut ngomong. I made a short deck with the numbers and sent it to Pak [[PERSON:Hendra]] on [[DATE:12 Agustus 2024]]. His reply: "jangan disebar". One driver who complained, NIK [[ID:3174055508900003]], was suspended the next week. Ini kebetulan? Saya ragu. Should I take this to a journalist?
""",
    ok=["head of ops", "tim legal"],
)

S(
    "nothing identifying: formal reflective prose; job titles; tools; relative dates; acronyms; demonyms",
    """
Looking back, the moment I should have spoken was the second planning meeting, not the fourth. Our Head of Data presented a churn model that used the number of customer service calls as its strongest feature, and proposed lowering service levels for customers predicted to leave anyway. I was the most junior person in the room and the only one who had read the feature importance plot. I said nothing. Three weeks later, the same plan came back as an OKR. I wrote a two-page memo arguing that we were punishing customers for asking for help, and that older customers, who phone rather than use the app, would bear most of it. The memo was received politely and ignored. I moved teams in the spring. I still think about the customers who waited forty minutes on hold because a model told us they were not worth it.
""",
    ok=["Head of Data", "OKR", "the spring"],
)

S(
    "Mexican Spanish code-switching; credit scoring; Sra. and Don outside; Mexican address with CP; CURP; Mexican landline",
    """
Trabajo como científica de datos en [[ORG:Crediplata S.A. de C.V.]], en [[LOCATION:Guadalajara]]. Our new scoring model uses the "colonia" of the applicant, and everyone from [[LOCATION:Oblatos]] gets rejected or gets 89% APR. I showed it to my jefa, la Sra. [[PERSON:Leticia Ibarra]], and she said "así funciona el riesgo, mija". Then Don [[PERSON:Efraín]] from the branch on [[LOCATION:Av. Juárez 1420, Col. Centro, 44100 Guadalajara, Jal.]] called me because a client he has known for 20 years was rejected. The client's CURP was [[ID:GOMA850312MJCRRN04]], he read it to me over the phone at [[PHONE:33 3615 0199]]. I checked, and the only reason was the colonia. I wrote to [[ORG:CONDUSEF]] anonymously on [[DATE:5 de noviembre]]. No sé si hice bien. My jefa thinks I'm "muy idealista".
""",
    ok=["colonia", "APR", "jefa"],
)

S(
    "Korean workplace; -ssi and 팀장님 outside; Seoul district; KakaoTalk as tool; Korean date; resident registration number",
    """
I'm a data scientist at [[ORG:Hanbit Card]] in [[LOCATION:Yeouido]]. On [[DATE:2024년 3월 18일]] my team lead, [[PERSON:Choi]] 팀장님, asked me to join customer card transactions with a dataset bought from a marketing broker, [[ORG:DataNuri]], to predict pregnancy for a baby product campaign. The broker file had names, phone numbers and resident registration numbers like [[ID:880214-2345678]] in plain text. I told [[PERSON:Jiyoung]]-ssi, who sits next to me, and she said last year they did the same for "divorce risk". KakaoTalk messages from [[PERSON:Choi]] say "just do it quietly, the CMO approved". I don't think the CMO knows the details. I reported it to the internal privacy officer through the ethics portal ([[URL:go/ethics-report]]), report number [[ID:ETH-0457]]. Two weeks, no answer. Korean company culture makes it very hard to go over your boss. 어떻게 해야 할지 모르겠어요.
""",
    ok=["CMO", "KakaoTalk", "internal privacy officer"],
)

S(
    "South African English; POPIA unlabelled; Johannesburg suburb; SA ID number; (Pty) Ltd; SA mobile; Information Regulator",
    """
Howzit. I'm an ML engineer at [[ORG:Ubuntu Insure (Pty) Ltd]] in [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]]. Our funeral policy pricing model was trained on claims data where race was "removed", but it uses home language and suburb, so honestly it's the same thing. My boss, [[PERSON:Pieter van Wyk]], says the actuaries signed off. The actuary, [[PERSON:Thandeka]], told me in the kitchen she never saw the final features. A customer in [[LOCATION:Soweto]] phoned in last week asking why her premium doubled, ID number [[ID:7503150293081]], callback on [[PHONE:082 555 0147]]. I took it to our information officer and got told POPIA "doesn't cover pricing". I'm fairly sure the [[ORG:Information Regulator]] would disagree. [[PERSON:Van Wyk]] wants the model live by [[DATE:1 February 2025]]. Eish. I'm tired.
""",
    ok=["POPIA", "information officer", "actuaries"],
)

S(
    "Chinese workplace; face recognition attendance; Shenzhen district; Chinese date; WeChat ID handle; Xiao and 总 outside",
    """
我在[[LOCATION:深圳南山区]]一家做智慧园区的公司，[[ORG:云眸科技]]. sorry I switch to English. Since [[DATE:2023年11月6日]] our product uses face recognition at factory gates to track "idle time" of workers, per person, per minute. Our client is an electronics factory in [[LOCATION:Dongguan]]. [[PERSON:王]]总 wants a new feature: predict which workers will "likely join a protest" from their gate patterns. I am the algorithm engineer. Xiao [[PERSON:Liu]] in my team said if we refuse, they will find someone else. I told [[PERSON:王]]总 I will not build it. He said think about your hukou. Someone gave me a WeChat of a labour rights researcher, [[HANDLE:laborwatch_hk22]], but I'm scared WeChat is monitored. I wrote this on a VPN. Maybe it's nothing. Maybe it's everything.
""",
    ok=["WeChat", "hukou", "VPN"],
)

S(
    "Teams paste with 'Lastname, Firstname' headers; Canadian; Toronto; SIN-like number; bank; OSFI",
    """
[[PERSON:Tremblay, Marc-André]] [[DATE:2024-09-12]] 10:03
Can you re-run the mortgage approval report without the newcomer segment? It's dragging down the numbers for the [[ORG:OSFI]] review.
[[PERSON:Okafor, Ngozi]] [[DATE:2024-09-12]] 10:05
That segment is 18% of applicants. Removing it hides that we decline newcomers twice as often.
[[PERSON:Tremblay, Marc-André]] [[DATE:2024-09-12]] 10:06
It's a presentation choice. Please.

I'm [[PERSON:Ngozi]]. I work at [[ORG:Lakeshore Trust]] in [[LOCATION:Toronto]], risk analytics. [[PERSON:Marc-André]] is my director. I re-ran it both ways and put the full version in the appendix. I also found one applicant file where the SIN [[ID:046 454 286]] was pasted into a free-text comment, which I reported separately. I know the appendix will be deleted before the deck goes up. I'm posting here so at least someone knows it existed.
""",
    ok=["SIN", "risk analytics"],
)

S(
    "bullet timeline; Australian; Melbourne suburb; Aussie mobile in fictional range; Pty Ltd; state agency; dates",
    """
timeline so i dont lose my mind:
- [[DATE:Feb 2024]]: join [[ORG:Koala Metrics Pty Ltd]] in [[LOCATION:Collingwood]], contract with a state transport agency
- [[DATE:mid-March]]: told to build "journey profiles" from transit card taps, supposedly anonymised
- [[DATE:3 April]]: realise card ids are stable for years, i can follow one person from [[LOCATION:Frankston]] to the same clinic every thursday
- [[DATE:4 April]]: tell my manager [[PERSON:Bazza]] ([[PERSON:Barry Nolan]]). he laughs, says "no one cares mate"
- [[DATE:10 April]]: client asks for the profiles to be shared with a police taskforce
- [[DATE:11 April]]: i email the [[ORG:OVIC]] enquiries line from my personal phone [[PHONE:0491 570 156]]
- [[DATE:12 April]]: dashboard link [[URL:bit.ly/kmx-journeys-v2]] shared with the taskforce anyway
- today: [[PERSON:Nolan]] moved me off the project
not sure what i expected tbh
""",
    ok=["thursday", "state transport agency", "police taskforce"],
)

S(
    "nothing identifying: short angry post, lower-case, acronyms, tools, weekday",
    """
manager wants me to label the A/B test a win because the CI "mostly" excludes zero. it does not exclude zero. its -0.4% to +1.9%. i said we can call it inconclusive and run two more weeks. he said the quarter ends friday and the OKR says "ship winning experiment". so now i am supposed to write a summary in Confluence that says "positive trend, statistically meaningful". meaningful to who. i have written and deleted this message four times. if i refuse he gives it to the intern who doesnt know what a CI is. if i write it my name is on it. genuinely what do people do here, is this just the job? every data person i know has a story like this and none of us ever say anything publicly
""",
    ok=["A/B test", "CI", "OKR", "Confluence", "friday"],
)

S(
    "Turkish code-switching; Bey and Hanım outside; Istanbul district; A.Ş.; KVKK unlabelled; Turkish date; TC kimlik number",
    """
Merhaba. I'm a data analyst at [[ORG:Boğaziçi Perakende A.Ş.]], head office in [[LOCATION:Ataşehir]], [[LOCATION:İstanbul]]. On [[DATE:2 Ekim 2024]] our marketing director [[PERSON:Murat]] Bey asked me to build a list of customers who bought pregnancy tests and then stopped buying baby products, to "send them a sensitive offer". I felt sick. This is health data under KVKK and nobody asked consent for this use. [[PERSON:Elif]] Hanım from legal said it's a grey area if we only use SKUs. It's not grey. The test extract I was given had the TC kimlik number of each loyalty member, for example [[ID:10000000146]], for "matching". I deleted my local copy and wrote to [[PERSON:Murat]] Bey that I will not run the campaign query. He has not answered. Çok yoruldum. Is refusing enough, or should I report to the [[ORG:KVKK Kurumu]]?
""",
    ok=["KVKK", "SKUs", "legal"],
)

S(
    "Québécois French code-switching; Montréal neighbourhood; Mme outside; French date; ministry; e-mail spelled out",
    """
Bon. Je travaille comme analyste de données pour une firme de conseil, [[ORG:Groupe Boréal Conseil]], dans le [[LOCATION:Plateau]] à [[LOCATION:Montréal]]. Our client is a provincial ministry and they want a model to predict which welfare recipients will "probably cheat". Le jeu de données includes whether someone speaks French at home. Mme [[PERSON:Gagnon]], my partner-in-charge, says "c'est juste une variable parmi d'autres". I disagree, c'est discriminatoire. Le [[DATE:17 janvier 2025]], I sent my concerns in writing to her and to [[PERSON:Étienne Lavoie]] at the client. [[PERSON:Étienne]] replied to my personal mail, [[EMAIL:analyste.inquiete at courriel dot example]], saying he agreed but "it's above his pay grade". I'm thinking of going to the [[ORG:Commission d'accès à l'information]]. C'est ma carrière qui est en jeu, mais bon.
""",
    ok=["partner-in-charge", "provincial ministry"],
)

S(
    "Vietnamese code-switching; anh and chị outside; HCMC district; Vietnamese date; CCCD; Vietnamese mobile",
    """
Chào mọi người. Em làm data engineer ở [[ORG:Sao Mai Fintech]] tại [[LOCATION:Quận 7]], [[LOCATION:TP.HCM]]. Since [[DATE:tháng 8 năm 2024]], anh [[PERSON:Tuấn]] (my lead) asked me to collect the contact list and photos from borrowers' phones when they install our app "for fraud". When a loan is late, collectors call people in the contact list. Chị [[PERSON:Hương]] from customer support showed me a complaint from a woman whose boss got a call about her debt. Her CCCD [[ID:079195012345]] and phone [[PHONE:0903 555 218]] were in the ticket. I asked anh [[PERSON:Tuấn]] to remove the contacts permission. He said our competitors all do it. Em thấy rất có lỗi. I'm thinking of leaving but then someone else will just build it.
""",
    ok=["customer support", "CCCD"],
)

S(
    "Pakistani English with Urdu; Lahore; CNIC; Pakistani mobile; sahib after name; SBP; bank",
    """
Assalam o alaikum. I am a junior data scientist at [[ORG:Meezan-e-Amanat Bank]] in [[LOCATION:Gulberg]], [[LOCATION:Lahore]]. My team head, [[PERSON:Imran]] sahib, wants us to use women's marital status and husband's income in the microfinance scoring, and reject unmarried women above 30 as "unstable". He says it is "local reality". [[PERSON:Ayesha Malik]] from risk agrees with me that it is discriminatory but she is on probation. I wrote to her at [[EMAIL:ayesha.malik@meezanamanat.example]] to keep a record. A customer from [[LOCATION:Shahdara]] came to the branch with her CNIC [[ID:35202-1234567-8]] asking why she was refused, her number was [[PHONE:0300 1234567]] on the form. I know the [[ORG:SBP]] has guidelines on fair treatment. Yaar, main kya karun? If I complain, [[PERSON:Imran]] sahib will know it was me, there are only four of us.
""",
    ok=["CNIC", "team head", "risk"],
)

S(
    "Egyptian English with Arabic; business park and city near Cairo; Eng. outside; Ramadan with Hijri year; real newspaper; HR reference",
    """
I work as BI developer in a telecom vendor in [[LOCATION:Smart Village]], near [[LOCATION:6th of October City]]. Eng. [[PERSON:Hossam Abdelrahman]] asked us in [[DATE:Ramadan 1445]] to build a dashboard of subscribers who call journalists' numbers. He said it is "a request from the client side" and not our business. wallahi I couldn't sleep. The list of target numbers has names of reporters from [[ORG:Mada Masr]]. My colleague [[PERSON:Nourhan]] said we should do it and shut up, "dah mesh mawdoo'na". I refused to write the join, and now Eng. [[PERSON:Hossam]] gives me only documentation tasks. The job reference on my contract is [[ID:TVN-HR-2291]]. I'm posting this because I want someone to know this happens, not only in movies.
""",
    ok=["BI developer", "client side"],
)

S(
    "Dutch minutes with initials; Utrecht; AvdB style initials; B.V.; gemeente; Dutch date; postcode",
    """
Notulen teamoverleg woensdag [[DATE:9 oktober 2024]] (my translation)
Aanwezig: [[PERSON:AvdB]], [[PERSON:JdJ]], [[PERSON:Fleur]], ik
- [[PERSON:AvdB]]: gemeente wants risk scores for social assistance recipients in [[LOCATION:3531]] and [[LOCATION:Kanaleneiland]] by [[DATE:december]].
- [[PERSON:JdJ]]: after the toeslagenaffaire we should not do this without a DPIA.
- [[PERSON:Fleur]]: client already paid, just be careful with nationality.
- ik: nationality is not the only proxy. postcode is worse.
- Besluit: we continue, [[PERSON:AvdB]] "takes responsibility".

We are [[ORG:Datalab Domstad B.V.]], twelve people, working for [[ORG:Gemeente Utrecht]]. I am the junior. I wrote "ik ben het hier niet mee eens" in the minutes and [[PERSON:AvdB]] removed it. I kept my draft. What now?
""",
    ok=["gemeente", "toeslagenaffaire", "DPIA", "Besluit"],
)

S(
    "nothing identifying: e-mail thread without names; job titles; relative dates; tools; legal terms",
    """
From: me
To: my manager
Subject: RE: RE: survey results

Hi, as discussed, I can't merge the employee engagement survey with the performance ratings at individual level. The survey said responses are anonymous and only reported for groups of ten or more. If we join them on the employee ID, we break that promise.

> From: my manager
> Just do the join in a scratch table and delete it after. Leadership wants to know which teams are "disengaged" before the restructuring.

I understand the pressure, but deleting the table afterwards doesn't undo what we learned from it. I'm happy to produce team-level results with the usual threshold. If leadership wants individual data, I think that needs to go to the DPO and works council first.

Thanks,
me

(He has not replied. That was nine days ago.)
""",
    ok=["DPO", "works council", "Leadership", "employee ID"],
)

S(
    "Ghanaian English with Twi; Accra; GhanaPost address; Auntie outside; Ghanaian mobile; Nana inside name; ordinary-word name Precious",
    """
Me nua, this thing is worrying me. I'm a data analyst at [[ORG:Sika Kwik]], a mobile money lender in [[LOCATION:Osu]], [[LOCATION:Accra]]. Our CEO, [[PERSON:Nana Kwame Asante]], wants to sell repayment histories to a betting company, [[ORG:Gyata Bet]], so they can target "high-risk, high-reward" users. [[PERSON:Precious]] from compliance said our privacy notice never mentions selling data, and she is right, precious little in it is clear anyway. Auntie [[PERSON:Akosua]] at the branch on [[LOCATION:GA-183-8164]] told me customers already complain about betting SMS. I wrote to [[PERSON:Asante]] on [[DATE:14/10/2024]]. He called me from [[PHONE:024 555 0193]] at night and said "you are too young to understand business". Chale, I understand it fine. I'm thinking of writing to the [[ORG:Data Protection Commission]]. Ɛyɛ den.
""",
    ok=["precious little", "compliance", "CEO"],
)

S(
    "Colombian Spanish code-switching; Medellín comuna; cédula; Colombian mobile; Colombian address; SIC",
    """
Parce, necesito desahogarme. Soy analista de datos en [[ORG:Tiendas Montaña S.A.S.]], en [[LOCATION:El Poblado]], [[LOCATION:Medellín]]. The loyalty program now has "risk of theft" scores per customer, built by our vendor [[ORG:Vigilia IA]] ([[URL:www.vigilia-ia.example]]), and store security follows the high scores around. The top scores are all from [[LOCATION:Comuna 13]]. My boss, [[PERSON:Juanpa]] ([[PERSON:Juan Pablo Restrepo]]), says it's "just statistics". A lady came to the store on [[LOCATION:Carrera 43A # 1-50]] crying because a guard searched her bag, cédula [[ID:43.876.512]], and she left her number, [[PHONE:301 555 0177]], for a callback that never happened. I filed a report on [[DATE:8 de marzo de 2025]] with our ethics line. Nada. Next step is the [[ORG:SIC]]. ¿Alguien ha pasado por esto?
""",
    ok=["cédula", "ethics line"],
)

S(
    "Swedish code-switching; Gothenburg; personnummer; AB suffix; IMY; Swedish date; Signal handle",
    """
Hej. I work as a data scientist at [[ORG:Västkust Försäkring AB]] in [[LOCATION:Göteborg]]. Since [[DATE:1 september 2024]] we have been scoring customers for "fraud likelihood" on home insurance claims, and the model uses number of foreign-born household members. My manager [[PERSON:Henrik Sjöberg]] says it's "proxied, not direct", as if that helps. [[PERSON:Linnéa]] in the claims team shared a case where a family in [[LOCATION:Angered]] had their claim frozen for four months, personnummer [[ID:19850412-3456]]. I tried to raise it internally, twice. Now I'm talking to a journalist on Signal, [[HANDLE:ingrid.k.07]], and I feel both brave and stupid. Should I file with [[ORG:IMY]] first? Jag vet inte. Fika tomorrow will be awkward.
""",
    ok=["claims team", "Signal", "Fika"],
)

S(
    "Bangladeshi English with Bangla; Dhaka; Bengali date; NID; apa and bhai outside; garment factory surveillance",
    """
I work as data analyst for a garment buying house in [[LOCATION:Gulshan]], [[LOCATION:Dhaka]]. Our partner factory in [[LOCATION:Ashulia]] installed wristbands that measure worker "productivity" and heart rate. Management wants me to make a list of workers whose heart rate goes up during union meetings. [[PERSON:Rumana]] apa, the compliance officer, said the brand audit is coming on [[DATE:১২ পৌষ ১৪৩১]] and they want this done before. [[PERSON:Tanvir]] bhai from IT sent me the raw export with NID numbers like [[ID:19902694107000123]]. I told them this is union busting. They said I am "overthinking". Ami jani na ki korbo. The factory is called [[ORG:Nirmaan Apparels Ltd]], I don't care anymore if they find this.
""",
    ok=["union", "compliance officer", "IT", "NID"],
)

S(
    "Irish e-mail thread; Dublin; Eircode; Irish mobile; DPC; Ltd; signature initial",
    """
From: [[PERSON:Siobhán Kelleher]] <[[EMAIL:siobhan.k@greenlane-analytics.example]]>
Sent: [[DATE:21 November 2024]]
To: [[PERSON:Declan Byrne]]
Subject: gym app location data

[[PERSON:Declan]], I've checked the contract with [[ORG:FitKlub]] again. It doesn't allow us to sell their members' location traces to the property developer. Can we please stop the extract?

From: [[PERSON:Declan Byrne]]
Sent: [[DATE:21 November 2024]]
It's anonymised, [[PERSON:Siobhán]]. Run it tonight.
[[PERSON:D.]]

It is not anonymised. I can see a trace that starts and ends at a house on an Eircode in [[LOCATION:D08 XY57]] every day. I work at [[ORG:Greenlane Analytics Ltd]] in [[LOCATION:Dublin]]. If anyone knows how the [[ORG:DPC]] handles anonymous complaints, my burner is [[PHONE:083 555 0162]].
""",
    ok=["property developer", "anonymised"],
)

S(
    "Singlish; Singapore HDB address; NRIC; Singapore mobile; Pte. Ltd.; PDPC; ah suffix nickname",
    """
Eh I need advice leh. I'm a data engineer at [[ORG:Lion City Retail Pte. Ltd.]], office at [[LOCATION:Paya Lebar]]. Boss ask us to combine CCTV footage timestamps with loyalty card swipes so can see which customers "linger" near the high-value shelves, then share with the security vendor. My colleague [[PERSON:Ah Huat]] say confirm cannot under PDPA. The boss, [[PERSON:Jeremy Tan]], say "just do lah, [[ORG:PDPC]] won't know". The test file got NRIC like [[ID:S8812345D]] and home address like [[LOCATION:Blk 312 Ang Mo Kio Ave 3 #05-1120 Singapore 560312]]. Wah lau. I already email my manager on [[DATE:3 Dec]] say I uncomfortable. No reply. Should I go straight to the [[ORG:PDPC]]? [[PERSON:Jeremy]] very vindictive one.
""",
    ok=["PDPA", "CCTV", "security vendor"],
)

S(
    "nothing identifying: Discord-style chat paste without names or tags; relative dates; tools",
    """
pasting our team chat, names removed by me:

[10:02] lead: can someone tweak the fraud threshold so the false positive rate on the new market looks under 5%
[10:03] me: we can tweak it but then we miss more fraud, its a tradeoff not a fix
[10:04] lead: just for the quarterly review, we can change it back after
[10:05] other analyst: lol "after"
[10:07] me: id rather show the real curve and explain
[10:09] lead: ok take it offline

"offline" meant a call where I was told I was "not a team player". The review happened yesterday with the tweaked threshold. Nothing was changed back. I'm not even angry anymore, just tired. Is this normal everywhere or is my company unusually bad?
""",
    ok=["lead", "quarterly review", "team player"],
)

S(
    "Ukrainian and Russian code-switching; Kyiv and Lviv; Ukrainian date; military use; IBAN-like; Telegram handle",
    """
Привіт. I'm an ML engineer at a small computer-vision company in [[LOCATION:Lviv]], [[ORG:Oko Systems]]. We did agriculture drones. Since [[DATE:березень 2024]] a foreign client wants our crop-detection model adapted to "detect people in fields" and the CEO, [[PERSON:Oleksandr]] ([[PERSON:Sasha]]) [[PERSON:Hrytsenko]], says it's for search and rescue. The spec sheet says "target". I understand the war, I have family in [[LOCATION:Kharkiv]]. But this client is not our army, and the payment comes to IBAN [[ID:UA213223130000026007233566001]] via an intermediary in [[LOCATION:Cyprus]]. [[PERSON:Iryna]], our QA, asked me on Telegram ([[HANDLE:@iryna_qa_lv]]) if we should refuse. Честно, я не знаю. I stayed late on [[DATE:15.10.2024]] writing my objection. It's still in drafts.
""",
    ok=["CEO", "QA", "Telegram"],
)

S(
    "Argentine Spanish; Buenos Aires barrio; DNI; Argentine mobile; che; gig delivery; Spanish date",
    """
Che, tengo que contar esto. Laburo de data analyst en [[ORG:Rapidito]], delivery app, oficina en [[LOCATION:Palermo]], [[LOCATION:CABA]]. From [[DATE:abril 2024]] the rider ranking penalises anyone who logs off during rain, and the riders who log off are mostly the ones with kids or with motorcycles that break in water. My boss, [[PERSON:Facu]] ([[PERSON:Facundo Ibáñez]]), told me to add "reliability" to the payout formula anyway. A rider, [[PERSON:Yesenia]], DNI [[ID:35.421.876]], lost her top tier and wrote to me on the support line, [[PHONE:11 5555-0193]]. I raised it in the weekly and [[PERSON:Facu]] said "no seas ingenua". Ayer me bloquearon el acceso al dashboard. Re copado todo.
""",
    ok=["data analyst", "weekly", "DNI"],
)

S(
    "Italian code-switching; Milan; codice fiscale; S.r.l.; Garante; Italian date; Dott.ssa outside",
    """
Ciao a tutti. I'm a data scientist at [[ORG:Nebbia Analytics S.r.l.]] in [[LOCATION:Milano]], zona [[LOCATION:Isola]]. Our client, a private clinic chain, wants us to predict which patients will "probably not pay" and give them later appointments. The feature list includes the codice fiscale, which encodes birth date and birthplace, e.g. [[ID:RSSMRA85T10A562S]]. I told the Dott.ssa [[PERSON:Bernasconi]], our partner, that this is discrimination by birthplace. She replied "è solo un progetto pilota". On [[DATE:22 novembre 2024]] I wrote to the clinic's DPO, [[PERSON:Luca Ferraro]], and [[PERSON:Ferraro]] forwarded my e-mail to her. Mannaggia. Now I'm off the project. Should I go to the [[ORG:Garante]]?
""",
    ok=["codice fiscale", "DPO", "private clinic chain"],
)

S(
    "Ethiopian English with Amharic; Addis Ababa; Ethiopian calendar date; Ethiopian mobile; Ato and W/ro outside",
    """
Selam. I'm a data analyst at a telecom reseller in [[LOCATION:Bole]], [[LOCATION:Addis Ababa]]. In [[DATE:Tikimt 2017 EC]] our manager Ato [[PERSON:Dawit Bekele]] asked us to produce a list of subscribers in [[LOCATION:Gondar]] who used VPN apps during the internet shutdown. He said the request came "from above". W/ro [[PERSON:Meseret]] from legal said there was no court order on file. I have seen what happens to people on lists. I told [[PERSON:Dawit]] I was sick and went home. The next day the task was given to my colleague [[PERSON:Yonas]], who does not ask questions. If someone from a rights group reads this, my number is [[PHONE:091 155 5012]], but call only after 8 pm.
""",
    ok=["VPN", "legal", "court order"],
)

S(
    "New Zealand English with te reo; Wellington; NZ mobile; Māori data sovereignty; government ministry; Ltd",
    """
Kia ora. I'm contracting as a data engineer for [[ORG:Tūī Insights Ltd]] in [[LOCATION:Te Aro]], [[LOCATION:Wellington]], on a project for a government ministry. The ask is to link iwi registration data with benefit records to "target services". Nobody has talked to the iwi. My lead [[PERSON:Hamish]] says the ministry's lawyers are fine with it. [[PERSON:Mere Tautahi]], a kaumātua who advises the project, told me on [[DATE:6 March 2025]] that she was never shown the data flow. Māori data sovereignty isn't a slide, it's a relationship. I've asked for the project to pause until the iwi are consulted. [[PERSON:Hamish]] rang me from [[PHONE:021 555 0148]] to say I'm "slowing everything down". Ka aroha. I'm not sure I'll be renewed.
""",
    ok=["iwi", "kaumātua", "government ministry"],
)

S(
    "nothing identifying: voice-to-text, no punctuation, ordinary words that are names elsewhere (sunny, patience, hope)",
    """
so basically my manager wants me to take the call center recordings and run them through a model that guesses if the caller is lying and then the agents get a little red flag on screen and I asked what the accuracy is and nobody knows because the vendor won't tell us and it was a sunny afternoon and I was just like okay I have patience for a lot but not this because the people calling are people whose benefits got stopped and they're already upset so of course they sound stressed and now a model calls that lying and I said can we at least test it on our own calls first and they said there's no time and I hope someone reads this and tells me what to do
""",
    ok=["sunny", "patience", "hope"],
)

S(
    "Persian code-switching; Tehran district; Solar Hijri date; Iranian mobile; khanom and agha outside; national code",
    """
سلام. I'm a data scientist at an online shopping company in [[LOCATION:Tehran]], office in [[LOCATION:Vanak]]. On [[DATE:۱۲ مهر ۱۴۰۳]] our CTO, [[PERSON:Farhad]] agha, told us the company received a request to share purchase histories of women who bought "unsuitable" clothing, linked to their national codes, for example [[ID:0012345679]]. [[PERSON:Shirin]] khanom from the data team said quietly that we could "lose" the columns. I don't know if that is brave or naive. [[PERSON:Farhad]] agha said we have no choice, the company is [[ORG:Digikala]]-sized only in dreams and cannot fight. Our company is [[ORG:Sabad Online]]. My personal number is [[PHONE:0912 555 0147]] but please don't call, write. I just want one place where this is written down.
""",
    ok=["CTO", "data team"],
)

S(
    "Thai code-switching; Bangkok district; Thai Buddhist-era date; khun and P' outside; Co., Ltd.; Thai ID; LINE handle",
    """
สวัสดีค่ะ. I work in data at [[ORG:Siam Smart Lending Co., Ltd.]] on [[LOCATION:Sukhumvit Soi 21]], [[LOCATION:Bangkok]]. Since [[DATE:Songkran 2567]] P'[[PERSON:Nok]], my team lead, wants us to score loan applicants from their Facebook friends' employment status. Khun [[PERSON:Somchai]], the director, says every lender in [[LOCATION:Thailand]] does it. An applicant from [[LOCATION:Isan]] sent a complaint via LINE ([[HANDLE:@kaewta_2535]]) with her ID card number [[ID:1-1037-00456-78-9]]. Her loan was rejected because her friends are farmers. ไม่ไหวแล้วค่ะ. I told P'[[PERSON:Nok]] that this is unfair and probably against the PDPA. She said "don't be so serious, it's only a feature". I saved the notebook, the feature list and her complaint on my own laptop. Maybe that is already too much, maybe not enough.
""",
    ok=["PDPA", "Facebook", "LINE"],
)

S(
    "Chilean Spanish; Santiago comuna; RUT; Chilean mobile; SpA suffix; Spanish date",
    """
Hola cabros. Trabajo de científica de datos en [[ORG:Andes Salud SpA]], oficina en [[LOCATION:Providencia]], [[LOCATION:Santiago]]. We built a model to prioritise home visits for elderly patients, and the boss, [[PERSON:Rodrigo Undurraga]], wants to exclude patients from [[LOCATION:La Pintana]] because "the visits take longer". Con la [[PERSON:Coni]] del equipo clínico we showed that those patients have the highest risk. [[PERSON:Undurraga]] said the budget is fixed. One patient, RUT [[ID:12.345.678-5]], died in [[DATE:enero de 2025]] waiting for a visit. I can't prove it's related. Me escribió su hija al [[PHONE:+56 9 5555 0181]]. Estoy destruida. Should I go to the [[ORG:Superintendencia de Salud]]?
""",
    ok=["equipo clínico"],
)

S(
    "Moroccan French and Darija; Casablanca; CIN; Moroccan mobile; Si outside; CNDP; French date",
    """
Salam. Je suis data analyst chez [[ORG:Atlas Assurances]] à [[LOCATION:Casablanca]], quartier [[LOCATION:Maârif]]. Depuis [[DATE:juin 2024]], my manager Si [[PERSON:Youssef]] wants the car insurance model to use the first name of the driver as a feature, because "names predict behaviour". Wallah, that's ethnicity and religion in disguise. [[PERSON:Kenza]] from actuarial said the [[ORG:CNDP]] would never accept it, but nobody will ask them. A client with CIN [[ID:BE123456]] called from [[PHONE:06 61 55 01 23]] because her premium went up 40% after she changed her name on marriage. I documented it and sent it to Si [[PERSON:Youssef]] le [[DATE:4 septembre]]. His answer: "ma3lich, c'est le marché". Je ne sais plus.
""",
    ok=["actuarial", "CIN"],
)

S(
    "Malaysian English with Malay; Kuala Lumpur; MyKad; Encik and Puan outside; Sdn. Bhd.; Malaysian mobile",
    """
Hi all. I'm an ML engineer at [[ORG:Kenari Digital Sdn. Bhd.]] in [[LOCATION:Bangsar South]], [[LOCATION:Kuala Lumpur]]. Our client, a property management firm, wants facial recognition at condo lifts to flag "unregistered tenants". Most flagged are foreign workers sharing units. Encik [[PERSON:Azlan]], our head of delivery, says just follow the spec. Puan [[PERSON:Faridah]] from the client emailed a sample of residents, with MyKad numbers like [[ID:880514-14-5523]], for "enrolment". I told Encik [[PERSON:Azlan]] I'm not comfortable. Dia cakap "jangan fikir banyak". A tenant named [[PERSON:Ravi]] called our support, [[PHONE:012-555 0134]], asking why the lift won't take him to his floor. Aduh. I feel complicit.
""",
    ok=["head of delivery", "MyKad", "property management firm"],
)

S(
    "nothing identifying: minutes with roles only; acronyms; laws; relative dates; quarter without year",
    """
Notes from the model risk committee, as I remember them:
- Chair opened with the quarter's numbers.
- Credit risk lead presented the new affordability model. AUC up, approval rate for applicants under 25 down a lot.
- I asked whether the drop was explained by income or by the new "digital footprint" features. No answer.
- Compliance said the model passes the four-fifths rule overall, so it's fine.
- I said the rule isn't a safe harbour and we should look at intersections.
- Chair said to take it offline.
- Model approved, go-live next month.

I'm the junior validator. I wrote my concerns in the validation report, and the summary page was rewritten by someone above me to say "no material findings". I still have my version. Is it worth anything?
""",
    ok=["Chair", "Compliance", "four-fifths rule", "AUC"],
)

S(
    "US: election campaign data; lower-case; Arizona cities; ZIP; 555 phone; voter file ID; PAC; FEC",
    """
ok this is long overdue. i was a contract data analyst for a political consulting shop in [[LOCATION:Phoenix]], [[ORG:Redrock Strategies]], during the [[DATE:2024]] cycle. we had a voter file with modelled "persuadability" and a field called likely_language_spanish. the ask from the client, a PAC, was to send different, let's say "confusing" polling-place texts to voters in [[LOCATION:85041]] and [[LOCATION:Maryvale]]. my boss [[PERSON:Travis]] called it "tailored messaging". [[PERSON:kayla]] on the data team and i both said this is voter suppression. [[PERSON:Travis]] said nothing illegal. i quit on [[DATE:october 9th]]. i still have texts from him from [[PHONE:(602) 555-0114]]. one of the voter ids in the test batch was [[ID:AZ-0033981207]]. would the [[ORG:FEC]] even care?
""",
    ok=["PAC", "data team", "voter file"],
)

S(
    "Spanish (Spain) code-switching; Madrid barrio; DNI; Spanish mobile; S.L.; AEPD; nickname beside full name",
    """
Hola. Soy data scientist en [[ORG:Tránsito Datos S.L.]], en [[LOCATION:Lavapiés]], [[LOCATION:Madrid]]. We sell footfall analytics to shopping centres using wifi probe requests from phones. [[PERSON:Pepe]], our CEO ([[PERSON:José Luis Arrieta]]), says MAC addresses are "not personal data" because we hash them. Hashing a MAC with no salt is not anonymisation, I showed him I can reverse [[ID:3C:52:82:1A:7F:09]] in seconds. [[PERSON:Lucía]] from sales said a client wants to match the hashes with their loyalty app. I wrote to [[PERSON:Pepe]] on martes [[DATE:14 de enero]]... ni caso. I'm preparing a complaint for the [[ORG:AEPD]]. My phone is [[PHONE:612 55 01 47]], it's a prepaid. Estoy hasta las narices.
""",
    ok=["CEO", "MAC addresses", "wifi"],
)

S(
    "pasted Slack log with workplace channel handles; ordinary-word names Will and Grace beside the same words; Berlin; GmbH; commit hash",
    """
from [[HANDLE:#growth-analytics]], copied before it gets deleted:

[[PERSON:Will]]: can we drop the "opted out" users from the attribution table, they make the funnel look broken
[[PERSON:Grace]]: dropping them is fine, re-adding them from the backup table isnt
[[PERSON:Will]]: its just for the investor deck
[[PERSON:Grace]]: the backup has their device ids, they said no
me: +1 [[PERSON:Grace]]. the commit that re-adds them is [[ID:a3f9c2e]], i will not approve it

I work at [[ORG:Funnelfox GmbH]] in [[LOCATION:Kreuzberg]], [[LOCATION:Berlin]]. [[PERSON:Will]] is head of growth, [[PERSON:Grace]] and I are the only analysts. After that thread [[PERSON:Will]] moved the discussion to [[HANDLE:#leadership-private]] which we can't see. The grace period for the opt-outs ended on [[DATE:1.11.2024]]. I will keep my screenshots. Is that legal in [[LOCATION:Germany]]? I honestly don't know.
""",
    ok=["grace period", "I will", "i will", "head of growth"],
)

S(
    "tweet thread from India; Bengaluru locality; @handles; Aadhaar-like number; Indian mobile; ji outside; lower-case startup",
    """
1/ ok thread. i'm a data scientist at [[ORG:kiraanakart]], a quick-commerce startup in [[LOCATION:HSR Layout]], [[LOCATION:Bengaluru]]. since [[DATE:Diwali 2024]] our delivery-time promise depends on a "locality score" and guess which localities get 45 min instead of 10
2/ [[LOCATION:Shivajinagar]], [[LOCATION:Tannery Road]], basically muslim-majority areas. the feature is "historical cancellation rate" but it's not neutral
3/ i showed it to [[PERSON:Venkatesh]] ji, our VP. he said "business decision". [[PERSON:Ananya]] (the PM) said she'd "take a look". two weeks.
4/ also found riders' Aadhaar numbers in a log bucket, e.g. [[ID:2345 6789 0123]]. flagged to [[HANDLE:@kiraanakart_sec]], no reply
5/ not tagging anyone else. if a journalist wants to talk, DMs open, or [[PHONE:98450 55501]] on signal
""",
    ok=["VP", "PM", "Aadhaar", "signal"],
)

S(
    "Ugandan English with Luganda; Kampala; Ugandan mobile; NIN; Ssebo outside; health data; NGO",
    """
Gyebale ko. I work as a data officer for [[ORG:Mwangaza Health Initiative]], an NGO in [[LOCATION:Ntinda]], [[LOCATION:Kampala]]. We run an HIV adherence app. Since [[DATE:January 2025]] a partner company, [[ORG:Tibu Pharma]], wants de-identified data to "improve supply", but their file request includes village names and phone numbers. In a district like [[LOCATION:Kalangala]], village plus age is enough to identify someone. Ssebo [[PERSON:Mukasa]], our director, said the money will keep the clinic open. [[PERSON:Nakato]], the counsellor, cried when she heard. One patient, NIN [[ID:CM90014102XYZA]], phoned me on [[PHONE:0772 555 014]] to ask who else sees his results. I told him the truth: I don't know anymore. If you can help: [[EMAIL:dataofficer.kla@protonmail.example]].
""",
    ok=["NGO", "HIV", "NIN", "counsellor"],
)

S(
    "Peruvian Spanish; Lima district; RUC; Peruvian mobile; mining company; Dr. outside",
    """
Buenas. Trabajo como analista en una consultora en [[LOCATION:Miraflores]], [[LOCATION:Lima]]. Our client, [[ORG:Minera Cóndor Blanco]], wants us to analyse social media of community leaders in [[LOCATION:Cajamarca]] who oppose a new pit, and rank them by "influence and risk". My manager, el Dr. [[PERSON:Salazar]], said it's "stakeholder mapping". It isn't. One of the names on the list is a teacher, [[PERSON:Mamani]], who got threats last year. I asked [[PERSON:Salazar]] in writing on [[DATE:20/02/2025]] to remove personal profiles. He answered by WhatsApp from [[PHONE:987 555 012]]: "el cliente paga, no opinamos". The contract number is [[ID:CN-2025-0047]]. Tengo miedo de que esto termine mal para alguien.
""",
    ok=["WhatsApp", "stakeholder mapping"],
)

S(
    "nothing identifying: lower-case phone post; generic places (the office, the warehouse, the city); tools; weekdays",
    """
quick one bc im on break. our warehouse put cameras on the packing lines and the ops manager wants me to build a "pace score" per person from the footage. theres no sign telling workers theyre being filmed for this. i asked if hr knows and he said hr asked for it. the first prototype flagged the two people on light duty after injuries as "slow", obviously. i said we have to exclude anyone with an adjustment and he said "then the score is useless". i havent written any code yet. tomorrow is wednesday and he wants a demo by friday. the city is small, the warehouse is the biggest employer, nobody here quits easily. what would you say to him? i need words that dont get me fired
""",
    ok=["ops manager", "hr", "wednesday", "friday"],
)

S(
    "French e-mail thread; Paris arrondissement; SAS; CNIL; French mobile; Mme outside; French date; URL",
    """
De : [[PERSON:Camille Rousseau]] <[[EMAIL:camille.rousseau@lumenrh.example]]>
Date : lun. [[DATE:13 janv. 2025]]
Objet : Re: scoring candidats

[[PERSON:Camille]], je comprends, mais le client veut le score "fit culturel" demain.
-- [[PERSON:Bertrand]]

I'm [[PERSON:Camille]]. I'm a data scientist at [[ORG:LumenRH SAS]], an HR-tech company in the [[LOCATION:11e arrondissement]] of [[LOCATION:Paris]]. The "cultural fit" score is trained on past hires of the client, and it ranks down candidates with gaps in their CV and addresses in [[LOCATION:Seine-Saint-Denis]]. The spec is on [[URL:wiki.lumenrh.example/projets/fitculturel]]. Mme [[PERSON:Duval]], our DPO, says it's fine if a human "validates". The human validates 300 candidates per hour. I'm drafting a complaint to the [[ORG:CNIL]] from my mobile [[PHONE:06 55 01 23 45]]. Franchement, j'en ai marre.
""",
    ok=["DPO", "HR-tech", "CV"],
)

S(
    "Nepali English; Kathmandu; Bikram Sambat date; Nepali mobile; dai and didi outside; microfinance",
    """
Namaste. I work as an MIS officer at [[ORG:Himal Laghubitta]], a microfinance in [[LOCATION:Baneshwor]], [[LOCATION:Kathmandu]]. From [[DATE:2081 Shrawan]] the head office asked us to share borrowers' group meeting attendance and photos with a debt recovery agency. Women in [[LOCATION:Sindhupalchok]] who missed meetings after the landslide are now getting visits from recovery agents. [[PERSON:Bikash]] dai, our branch manager, says head office decided, we just send. [[PERSON:Sunita]] didi, who runs the groups, told me two women stopped coming to meetings out of fear. I refused to send the photos on [[DATE:2081/05/12]]. [[PERSON:Bikash]] dai rang me from [[PHONE:9841-555012]] and said I'm "making problem". Ke garne, I still think I'm right.
""",
    ok=["MIS officer", "head office", "branch manager"],
)


# ---------------------------------------------------------------------------------------
# Building and checking


HERE = Path(__file__).resolve().parent
OUT = HERE / "redaction_holdout8.json"
KINDS = ("PERSON", "ORG", "LOCATION", "EMAIL", "PHONE", "URL", "HANDLE", "DATE", "ID")
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")
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
    "Excel",
    "Zoom",
    "Signal",
    "Discord",
    "WeChat",
    "KakaoTalk",
    "LINE",
    "M-Pesa",
    "GCash",
    "Power BI",
    "ChatGPT",
    "Instagram",
    "Google Sheets",
)
LEGAL_END = (
    "Inc.",
    "Ltd.",
    "Co., Ltd.",
    "B.V.",
    "S.A.",
    "Pte. Ltd.",
    "Sdn. Bhd.",
    "S.A. de C.V.",
    "S.A.S.",
    "A.Ş.",
    "Sp. z o.o.",
    "K.K.",
    "S.r.l.",
    "Jal.",
)
LEGAL_WORDS = (
    "GmbH",
    "Ltd",
    "Ltd.",
    "Inc.",
    "B.V.",
    "AB",
    "SpA",
    "SAS",
    "S.L.",
    "S.A.S.",
    "S.r.l.",
    "Sp. z o.o.",
    "A.Ş.",
    "K.K.",
    "(Pty) Ltd",
    "Pty Ltd",
    "Pte. Ltd.",
    "Sdn. Bhd.",
    "S.A. de C.V.",
    "Co., Ltd.",
)
# Capitalised person tokens that are also ordinary words: not checked across stories.
COMMON_WORD_TOKENS = {"will", "grace", "precious", "sunny", "patience", "hope", "joy", "mark"}
ALWAYS = ("UK", "US", "USA", "NHS", "ICO", "EU")
SAFE_EDGE = re.compile(
    r"^[\w(+@#\u0600-\u06ff\u0980-\u09ff\u0e00-\u0e7f\u3000-\u9fff\uac00-\ud7af]"
)
INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")


def fail_edges(span):
    v = span["entity_value"]
    if v != v.strip():
        return "edge whitespace"
    if not SAFE_EDGE.match(v):
        return "leading punctuation"
    last = v[-1]
    if last.isalnum() or unicodedata_letter(last):
        return None
    if last == "." and (INITIAL_END.search(v) or v.endswith(LEGAL_END)):
        return None
    return "trailing punctuation"


def unicodedata_letter(ch):
    return unicodedata.category(ch)[0] in ("L", "N")


def strip_org(v):
    forms = {v}
    for suf in sorted(LEGAL_WORDS, key=len, reverse=True):
        if v.endswith(" " + suf):
            forms.add(v[: -len(suf) - 1].rstrip(","))
    for pre in ("Project ", "Operation "):
        if v.startswith(pre):
            forms.add(v[len(pre) :])
    return {f for f in forms if len(f) >= 3}


def inside_ok(text, ok, a, b):
    for phrase in ok:
        for m in re.finditer(re.escape(phrase), text):
            if m.start() <= a and b <= m.end():
                return True
    return False


def covered(spans, a, b):
    return any(s["start_position"] <= a and b <= s["end_position"] for s in spans)


def touching(spans, a, b):
    return any(s["start_position"] < b and a < s["end_position"] for s in spans)


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


def word_re(needle):
    return re.compile(rf"(?<![\w@#/.\-]){re.escape(needle)}(?![\w\-])", re.IGNORECASE)


def build():
    problems, items = [], []
    for i, st in enumerate(STORIES, 1):
        sid = f"h8-{i:02d}"
        text, spans = parse(st["text"])
        for s in spans:
            if s["entity_type"] not in KINDS:
                problems.append(f"{sid}: unknown kind {s['entity_type']}")
        if "[[" in text or "]]" in text or re.search(r"\[\[?[A-Z]+:", text):
            problems.append(f"{sid}: leftover markup")
        for a, s in enumerate(spans):
            if text[s["start_position"] : s["end_position"]] != s["entity_value"]:
                problems.append(f"{sid}: offset mismatch {s['entity_value']!r}")
            for t in spans[a + 1 :]:
                if (
                    s["start_position"] < t["end_position"]
                    and t["start_position"] < s["end_position"]
                ):
                    problems.append(f"{sid}: overlap {s['entity_value']!r} / {t['entity_value']!r}")
            why = fail_edges(s)
            if why:
                problems.append(f"{sid}: {why} in {s['entity_value']!r}")
            if s["entity_type"] in ("PERSON", "ORG", "LOCATION"):
                for tool in TOOLS:
                    if re.search(rf"(?<!\w){re.escape(tool)}(?!\w)", s["entity_value"]):
                        problems.append(f"{sid}: tool {tool!r} inside {s['entity_value']!r}")
        n = len(text.split())
        if not 60 <= n <= 250:
            problems.append(f"{sid}: {n} words")
        for phrase in st["ok"]:
            if phrase not in text:
                problems.append(f"{sid}: ok phrase {phrase!r} not in text")
        # within-story missed mentions (any case)
        needles = set()
        for s in spans:
            v, k = s["entity_value"], s["entity_type"]
            if k == "PERSON":
                for tok in re.split(r"[\s,]+", v):
                    tok = tok.strip(".'")
                    if len(tok) >= 2:
                        needles.add(tok)
            elif k in ("ORG", "LOCATION"):
                needles |= strip_org(v) if k == "ORG" else ({v} if len(v) >= 2 else set())
        for nd in needles:
            for m in word_re(nd).finditer(text):
                if not touching(spans, m.start(), m.end()) and not inside_ok(
                    text, st["ok"], m.start(), m.end()
                ):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(f"{sid}: unlabelled mention of {nd!r}: ...{ctx}...")
        items.append((sid, text, spans, st))
    # across stories (capitalised, case-sensitive)
    needles = set(ALWAYS)
    for _, _, spans, _ in items:
        for s in spans:
            v, k = s["entity_value"], s["entity_type"]
            if k in ("ORG", "LOCATION") and len(v) >= 3 and v[:1].isupper():
                needles |= {f for f in strip_org(v) if f[:1].isupper()} if k == "ORG" else {v}
            if k == "PERSON":
                for tok in re.split(r"[\s,]+", v):
                    tok = tok.strip(".'")
                    if (
                        len(tok) >= 4
                        and tok[:1].isupper()
                        and tok.lower() not in COMMON_WORD_TOKENS
                    ):
                        needles.add(tok)
    for sid, text, spans, st in items:
        for nd in needles:
            for m in re.finditer(rf"(?<![\w@#/.\-]){re.escape(nd)}(?![\w\-])", text):
                if not touching(spans, m.start(), m.end()) and not inside_ok(
                    text, st["ok"], m.start(), m.end()
                ):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(f"{sid}: {nd!r} labelled elsewhere but not here: ...{ctx}...")
    return items, problems


def main():
    items, problems = build()
    data = [
        {"full_text": text, "spans": spans, "id": sid, "notes": st["notes"]}
        for sid, text, spans, st in items
    ]
    blob = json.dumps(data, ensure_ascii=False, indent=1)
    for rec in json.loads(blob):
        for s in rec["spans"]:
            if rec["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                problems.append(f"{rec['id']}: serialised offset mismatch {s['entity_value']!r}")
    empty = [sid for sid, _, spans, _ in items if not spans]
    if len(items) < 50:
        problems.append(f"only {len(items)} stories")
    if len(empty) < 7:
        problems.append(f"only {len(empty)} stories with nothing identifying")
    counts = Counter(s["entity_type"] for _, _, spans, _ in items for s in spans)
    for k in KINDS:
        if counts[k] < 6:
            problems.append(f"only {counts[k]} {k} spans")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s); nothing written")
        return 1
    OUT.write_text(blob + "\n", encoding="utf-8")
    words = [len(text.split()) for _, text, _, _ in items]
    print(
        f"wrote {OUT.name}: {len(items)} stories, {min(words)}-{max(words)} words "
        f"(mean {sum(words) / len(words):.0f}), {sum(counts.values())} identifiers"
    )
    print(f"nothing identifying: {', '.join(empty)}")
    for k in KINDS:
        print(f"| {k} | {counts[k]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
