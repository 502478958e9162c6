"""Fifteenth holdout for the storyshare redaction engine, written blind.

The stories below were written without looking at the engine, its tests or any other
corpus. Each is a first-person workplace ethics story by a data practitioner, with every
identifying detail marked inline as [[KIND:text]]. Running this script removes the
markup, computes exact offsets, checks the labels and writes redaction_holdout15.json
next to itself. It exits non-zero if any check fails.

Every person, company, address, phone number, e-mail address, handle, URL and ID number
is fictional (555 numbers, 07700 900xxx, documentation IP ranges, .example domains); a few
well-known real organisations and places appear as a submitter would mention them.

Regenerate: python3 tests/data/make_holdout15.py
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
        "h15-01",
        "WhatsApp Android export, Nigerian Pidgin; loan app ranking borrowers' scraped contacts for debt shaming; dates in every header line, a lower-case name after a title (oga), a regulator by acronym, an address in Lagos",
        """pasting this from our group chat bc i dont know who else to ask. i'm the only data scientist on the collections side.

[[DATE:14/03/2026]], 21:14 - [[PERSON:Tunde Bakare]]: guy u don see the new spec? dem wan use the contact list wey the app scrape to text borrower family when dem owe pass 30 days
[[DATE:14/03/2026]], 21:15 - [[PERSON:Ifeoma]]: na wa. who sign off?
[[DATE:14/03/2026]], 21:17 - [[PERSON:Tunde Bakare]]: oga [[PERSON:kelechi]] from [[ORG:Kwikcash]] product. he say na "soft reminder" lol
[[DATE:14/03/2026]], 21:20 - [[PERSON:Ifeoma]]: abeg [[ORG:FCCPC]] go finish us. u no remember wetin happen to those other lenders for [[DATE:2023]]?
[[DATE:15/03/2026]], 08:02 - [[PERSON:Tunde Bakare]]: meeting for [[LOCATION:Plot 7, Admiralty Way, Lekki Phase 1, Lagos]] tomorrow 10am, bring laptop

so basically i'm meant to build the "network reach" feature: for each borrower, rank their contacts by how likely they are to pressure them into paying. [[PERSON:kelechi]] wants it live before end of the quarter. i said i'd look at it over the weekend. i haven't. every time i open the notebook i think of my aunty getting one of those messages about a cousin's 20k loan. is there a version of this i can build with a clean conscience or do i just refuse and let them hire someone who won't ask?""",
    ),
    (
        "h15-02",
        "Slack copy-paste with display-name headers, US hospital network; payer type put back into a readmission model; channel and @-handles, a surname used alone, a month named for the committee date",
        """Context: I'm a senior analyst at a hospital network in [[LOCATION:Ohio]]. This is from [[HANDLE:#readmit-risk]] last week, copied as-is.

[[PERSON:Marcus Oyelaran]]  10:42 AM
ok so the board deck needs the readmission model live by [[DATE:Jan 15]]. [[HANDLE:@dwhitfield]] can you drop payer type back in? AUC jumps from 0.71 to 0.78
[[PERSON:Dana Whitfield]]  10:44 AM
payer type is basically a proxy for being poor. we took it out on purpose in [[DATE:Q2 2025]]
[[PERSON:Marcus Oyelaran]]  10:45 AM
I know, but [[ORG:Crestline Health Partners]] is benchmarking us against their model and theirs uses it
[[PERSON:Dana Whitfield]]  10:51 AM
then we'd be sending fewer follow-up nurses to poorer patients. not doing that without the ethics committee. looping [[HANDLE:@priya.venkat]]

[[PERSON:Priya]] never replied. [[PERSON:Marcus]] messaged me directly that evening saying I was "making this political" and that [[PERSON:Whitfield]] (that's me, he uses surnames when he's annoyed) should remember who approved my promotion. The committee meets in [[DATE:February]], after the deadline. I've drafted a memo to the CMO but haven't sent it. Do I go over his head, or do I build it with a big caveat slide and hope someone reads it?""",
    ),
    (
        "h15-03",
        "Microsoft Teams copy with '[time] Surname, Firstname' headers, German code-switching; chat logs mined to find union organisers before a works-council election; honorific Frau outside the span, internal project code name, German month",
        """Ich schreibe auf Englisch, sorry for mistakes. I work as data engineer at [[ORG:Vollmer Logistik GmbH]] in [[LOCATION:Bremen]]. Our works council does not know about this yet.

[09:15] [[PERSON:Becker, Jörg]]
Moin, kurze Frage: kannst du die Chatlogs aus dem Lager [[LOCATION:Hemelingen]] in den Data Lake laden? Für Projekt [[ORG:Lotse]].
[09:17] [[PERSON:Yilmaz, Derya]]
Welche Logs genau? Alle 1:1 Chats?
[09:18] [[PERSON:Becker, Jörg]]
Ja, alle ab [[DATE:1. Oktober]]. Frau [[PERSON:Schramm]] will einen Sentiment-Score pro Schichtleiter.

I'm [[PERSON:Derya]]. [[ORG:Lotse]] is officially "Logistik-Optimierung", but [[PERSON:Jörg]] told me in the kitchen it is really to find who is organising for the union before the Betriebsratswahl in [[DATE:März 2027]]. Under German law this needs the Betriebsrat to agree, I am quite sure, and DSGVO also. But [[PERSON:Jörg]] says [[PERSON:Schramm]] already talked with legal in [[LOCATION:Hamburg]]. I have the access rights. If I say no, they give the ticket to the contractor in [[LOCATION:Poznań]] and they will do it without asking anything. If I say yes, I help to spy on my own colleagues. What would you do?""",
    ),
    (
        "h15-04",
        "Telegram Desktop copy ('Name, [dd.mm.yyyy hh:mm]'), Russian with the writer's translations; operator asked for location data of a protest without a court order; Cyrillic and Latin spellings of the same names, a name with patronymic",
        """I lead a small analytics team at a mobile operator in [[LOCATION:Almaty]], [[ORG:Dala Mobile]]. Copying from Telegram, my translations in brackets.

[[PERSON:Aidos Nurlanov]], [[[DATE:03.11.2026]] 14:22]
Нужна выгрузка: все SIM, которые были в радиусе 500 м от [[LOCATION:площади Республики]] [[DATE:1 ноября]] с 18:00 до 22:00
(need an export: all SIMs within 500 m of [[LOCATION:Republic Square]] on [[DATE:1 November]], 18:00 to 22:00)

[[PERSON:Aidos Nurlanov]], [[[DATE:03.11.2026]] 14:23]
Запрос устный, бумагу пришлют потом. [[PERSON:Гульнара Сериковна]] в курсе
(request is verbal, paper comes later. [[PERSON:Gulnara Serikovna]] knows)

[[PERSON:Ерлан]], [[[DATE:03.11.2026]] 14:40]
Без постановления суда я это не делаю
(without a court order I don't do this)

[[PERSON:Erlan]] is me. [[PERSON:Aidos]] is head of security, ex-police. There was a protest that evening about gas prices. Our lawyer [[PERSON:Gulnara]] is on holiday until Monday and does not answer. [[PERSON:Aidos]] says the other two operators already sent theirs and that I am "making the company look disloyal". The export is one query, maybe ten minutes. I keep thinking about the students I saw in the videos. Is refusing enough, or should I also write down everything in case it is done behind me?""",
    ),
    (
        "h15-05",
        "Discord copy ('username — mm/dd/yyyy h:mm PM'), game studio trust and safety; toxicity classifier auto-banning players from some regions; bare usernames as handles, an @-handle, a name derived from a handle",
        """I'm an ML engineer on trust & safety at [[ORG:Brightforge Games]] ([[LOCATION:Montréal]] studio). This is from our internal Discord, the mod-tools server.

[[HANDLE:kestrel.dev]] — [[DATE:11/19/2026]] 9:02 PM
new toxicity classifier v4 is flagging like 3x more msgs from the [[LOCATION:Brazil]] and [[LOCATION:Nigeria]] servers. precision on those is garbage, 0.41
[[HANDLE:mothwing]] — [[DATE:11/19/2026]] 9:05 PM
leadership wants auto-bans on by the [[DATE:Dec 2]] patch anyway. [[PERSON:Renaud]] said "false positives are a cost of scale"
[[HANDLE:kestrel.dev]] — [[DATE:11/19/2026]] 9:06 PM
cost paid by kids getting banned for slang. can we at least gate it by region
[[HANDLE:mothwing]] — [[DATE:11/19/2026]] 9:09 PM
ask [[HANDLE:@aurelie_b]] she owns the rollout

[[HANDLE:kestrel]] is me. [[PERSON:aurelie]] hasn't answered in a week. The appeals queue is two contractors in [[LOCATION:Manila]] with a nine-day backlog already. I could quietly raise the threshold for the affected servers in the config, nobody reviews that file. But that's also me making a policy call alone and hiding it from the people who are supposed to make it. Which is worse?""",
    ),
    (
        "h15-06",
        "iMessage printout ('d Month yyyy at h:mm pm'), Australian slang, rental-application scoring penalising welfare recipients; short nickname, lower-case state abbreviation, a ticket key, an Australian mobile from the fiction range",
        """texts w my old uni mate who's now at a proptech startup, she asked me to post this for her bc she's scared to (she's read it, she's ok with it)

[[DATE:4 November 2026]] at 9:41 pm
[[PERSON:Bec]]: they want me to add a flag for applicants who pay rent via [[ORG:Centrelink]] deductions
Me: flag as in lower score??
[[PERSON:Bec]]: "risk adjusted". [[PERSON:Hamish]] says every agent in [[LOCATION:Brunswick]] does it informally anyway, we're just "making it consistent"
[[DATE:4 November 2026]] at 9:48 pm
[[PERSON:Bec]]: it's for [[ORG:Leasewise]]'s scoring api, goes live to 40 agencies in [[LOCATION:vic]] in [[DATE:Feb]]
Me: isn't that just discrimination with extra steps
[[PERSON:Bec]]: yep. got the jira open rn, [[ID:LW-2207]]

She's a data scientist, two years in, on a visa the company sponsors. [[PERSON:Hamish]] is the co-founder. She rang me after from her personal mobile, [[PHONE:0491 570 156]], because she doesn't trust the work phone. Her question, and now mine: does she quietly build it badly, refuse and risk the visa, or go to a tenants' advocacy group with the ticket?""",
    ),
    (
        "h15-07",
        "WeChat merged chat record ('Name yyyy-mm-dd hh:mm'), Chinese with English; consumer lender adding contact-list features without consent; surname plus title 总 (title outside), Chinese and pinyin names, Chinese date",
        """在深圳一家消费金融公司做风控建模 (I do credit risk modelling at a consumer lender in [[LOCATION:Shenzhen]]). This is a forwarded WeChat chat record:

[[PERSON:王磊]] [[DATE:2026-05-14]] 10:22
下周要上线通讯录特征，[[PERSON:陈]]总说一定要做
[[PERSON:刘晓雯]] [[DATE:2026-05-14]] 10:25
用户没同意啊，隐私协议里没写
[[PERSON:王磊]] [[DATE:2026-05-14]] 10:31
协议[[DATE:6月1日]]会更新，法务在改，先上线再说

I am [[PERSON:Xiaowen]]. [[PERSON:Wang Lei]] is my team lead, [[PERSON:Chen]] is the boss of the whole [[ORG:闪借]] app ("[[ORG:Shanjie]]", made by [[ORG:Qianhai Yuntu Technology]]). The contact-list features improve KS by 0.06 in the backtest, which is a lot. But we would upload every user's address book and score them on who their friends are. Under PIPL this is sensitive information and needs separate consent, and "update the agreement later" is not consent. [[PERSON:Wang Lei]] is not a bad person, he is under pressure too. I am thinking of just not finishing the feature pipeline until the agreement is really changed. Is this cowardly or is it the right way?""",
    ),
    (
        "h15-08",
        "Signal group transcribed by hand with a disappearing-messages system line, Brazilian Portuguese; health insurer wants patient data to deny renewals; short nickname, first person 'eu', ticket number, short date",
        """Meu inglês não é perfeito, sorry. I am data analyst at a healthtech in [[LOCATION:Belo Horizonte]]. The group with the other analysts is on Signal because we don't trust the company chat anymore. Transcribed:

— [[PERSON:Rafa Quintela]] set disappearing messages to 1 week —
[[PERSON:Rafa Quintela]] 22:10: gente, o [[PERSON:Otávio]] pediu pra cruzar a base de pacientes do [[ORG:Vidabem]] com a lista de CPFs do plano [[ORG:Unisaúde Mineira]]
[[PERSON:Tati]] 22:12: pra quê??
[[PERSON:Rafa Quintela]] 22:13: pra negar renovação de quem tem diagnóstico de câncer. ele chamou de "repricing"
[[PERSON:Tati]] 22:15: isso é crime, LGPD e lei dos planos
eu 22:20: tem ticket?
[[PERSON:Rafa Quintela]] 22:21: [[ID:VB-3391]], criado [[DATE:12/05]]

I am the "eu". [[PERSON:Otávio]] is our director and his brother-in-law works at [[ORG:Unisaúde Mineira]]. The CPF list came on a pendrive, not through any contract. [[PERSON:Rafa]] will do it if nobody stops it, he has two kids and no savings. I could report to [[ORG:ANPD]] but then everyone knows it was one of us three. What is the right thing when the right thing gets your friend fired?""",
    ),
    (
        "h15-09",
        "Forwarded Gmail message with headers and a council signature, UK local government; child-welfare risk scores switched on before the caveats paper; e-mails, a signature address with postcode, a London drama-range phone number, regulator by acronym",
        """---------- Forwarded message ---------
From: [[PERSON:Gareth Pilling]] <[[EMAIL:gareth.pilling@harrowdene.gov.example]]>
Date: Thu, [[DATE:22 Oct 2026]] at 16:03
Subject: RE: Early Help risk scores - go live
To: [[PERSON:Nadia Rahman]] <[[EMAIL:n.rahman@harrowdene.gov.example]]>

[[PERSON:Nadia]],

Cabinet sign-off is done. Please switch the scores on for all schools in [[LOCATION:Harrowdene]] from [[DATE:2 November]]. The caveats paper can follow.

Regards,
[[PERSON:Gareth Pilling]]
Assistant Director, Children's Services
[[ORG:Harrowdene Borough Council]] | [[LOCATION:Civic Centre, Station Road, Harrowdene HD7 4QX]]
Tel: [[PHONE:020 7946 0832]]

----
I'm [[PERSON:Nadia]], the council's lead analyst. The "caveats paper" is my note showing the model flags families on the [[LOCATION:Moorfield]] estate at four times the rate of everywhere else, mostly because they use more council services, which is all the data can see. I asked for a pause until we'd checked the [[ORG:ICO]] guidance. [[PERSON:Gareth]]'s reply is above. My contract ends in [[DATE:March]]. If I switch it on, schools start calling families in for "early help" on the basis of a number I don't trust. If I don't, someone else presses the button.""",
    ),
    (
        "h15-10",
        "Pasted Jira ticket with fields, Indian insurtech; claim approvals lowered for drought-district PIN codes; ticket key, six-digit PIN codes as places, sprint named after an internal platform, regulator",
        """Pasting the ticket because I can't explain it better. I'm a data scientist at an insurtech in [[LOCATION:Pune]].

[[ID:CLM-4821]] Reduce auto-approval for selected pincodes
Type: Story   Priority: High   Status: In Progress
Reporter: [[PERSON:Sandeep Kulkarni]]
Assignee: [[PERSON:Ananya Deshpande]]
Sprint: [[ORG:Suraksha]] S14
Created: [[DATE:06/Oct/26]] 11:32 AM
Description: Add pincode-level prior to auto-adjudication so claims from [[LOCATION:413512]] and [[LOCATION:431122]] default to manual review. Target: approval rate down 8% in these areas before [[DATE:1 Nov]].

I'm [[PERSON:Ananya]]. Those pincodes are in [[LOCATION:Latur]] and [[LOCATION:Beed]], drought districts, lots of farmers on crop-linked health cover. Manual review here means a 40 day wait, and most people just give up. The prior isn't based on any fraud finding; [[PERSON:Sandeep]] showed me a slide that said "high claims ratio" and that's it. [[ORG:Suraksha]] is our claims platform and this will be invisible to customers. I don't think [[ORG:IRDAI]] would accept it if they saw it. Do I comment on the ticket, escalate to the chief risk officer, or just not move it to Done?""",
    ),
    (
        "h15-11",
        "GitHub pull-request review pasted with markdown, Dutch bank; fairness penalty removed from a mortgage model; @-handles, PR number, van der particle, lower-case month and year, neighbourhoods, regulator acronym",
        """Pasting the PR thread. I'm the reviewer. Context: mortgage pre-approval model at a bank in [[LOCATION:Utrecht]].

**[[HANDLE:@jvanderlinde]]** requested changes on #[[ID:1182]]

> remove `postcode_fairness_penalty` from loss (per [[PERSON:Maarten]])

This constraint is why the model passed the [[ORG:AFM]] review in [[DATE:april 2025]]. Removing it increases the approval gap between [[LOCATION:Kanaleneiland]] and [[LOCATION:Wittevrouwen]] from 3pp to 11pp on the holdout. Not approving.

**[[HANDLE:@mdekker]]** commented:
Business decision, signed off by [[PERSON:Ilse]] at the [[DATE:Sept 30]] steerco. Please approve, it's blocking the [[ORG:Hypotheek Direct]] release.

So. [[PERSON:Maarten Dekker]] is the product owner, [[PERSON:Ilse]] is the CRO. I'm [[PERSON:Joost van der Linde]], six years at the bank, and I know branch protection needs one approval from the model-risk group, which is me and one colleague. If I keep blocking, they'll ask [[PERSON:Fenna]] instead, and she'll approve because she's on probation. If I approve, the gap is on me. I've asked for the steerco minutes. Nobody has sent them.""",
    ),
    (
        "h15-12",
        "Personal incident notes as a timeline, Singapore ride-hailing; exposed KYC bucket accessed from outside IPs; incident ID, IP addresses and a CIDR range, family-name-first names, a Malay name with binte, regulator",
        """Incident notes I wrote for myself, lightly cleaned. Data engineer at a ride-hailing company in [[LOCATION:Singapore]].

[[ID:INC-2026-0417]]
- [[DATE:2026-08-11]] 02:14 SGT: alert, public read on bucket `drv-kyc-archive`
- 02:40: access logs show GETs from [[ID:203.0.113.47]] and [[ID:198.51.100.212]], about 41k objects (NRIC scans, selfies)
- 03:05: paged [[PERSON:Lim Wei Jie]] (on-call lead). He closed the bucket.
- 09:30 standup: [[PERSON:Wei Jie]] says no need to notify, "IPs are probably our own scanners"
- 11:00: I checked. Our scanners are all in [[ID:192.0.2.0/24]]. Neither IP is ours.
- 14:20: DPO [[PERSON:Nurul Aini binte Rahmat]] on leave till [[DATE:18 Aug]]
- Day 2: head of eng [[PERSON:Desmond Tay]] says any [[ORG:PDPC]] notification "needs his sign-off" and he's "not convinced"

That's where it stands. 41k drivers' identity cards were readable by strangers for at least six hours. I have the logs on my laptop. [[PERSON:Desmond]] is asking everyone to "keep this in the channel". The clock for notifying is short. Do I wait for [[PERSON:Nurul Aini]] to come back, go over [[PERSON:Desmond]] to the CEO, or contact [[ORG:PDPC]] myself?""",
    ),
    (
        "h15-13",
        "Meeting minutes with attendee list and initials, Kenyan fintech, Swahili; credit-limit model using betting transactions and a real customer's ID on a slide; honorific outside the span, initials, ID number, regulator",
        """Minutes: Credit Limits Working Session
Date: [[DATE:8 September 2026]], 2:30pm
Venue: [[ORG:Chapa Credit Ltd]], 4th floor, [[LOCATION:Westlands, Nairobi]]
Present: [[PERSON:Wanjiru Kamau]] (Head of Credit), [[PERSON:Otieno Ouma]] (ML), [[PERSON:B. Mutua]] (Compliance), analyst (minutes)
Apologies: Mr. [[PERSON:Kiprop]]

1. Limit model v3. [[PERSON:WK]] presented uplift from betting transactions in mobile money statements. Approved for pilot.
2. Data sources. Team to test pulling bureau data with customer ID numbers (example shown: [[ID:28471930]]).
3. AOB. [[PERSON:Kiprop]] to advise on [[ORG:ODPC]] registration.
Next meeting: [[DATE:22 September 2026]].

I'm the analyst who took these. What the minutes leave out: [[PERSON:Otieno]] said "hii ni halali kisheria lakini si haki" (legal maybe, but not fair) and that cutting limits for people who bet small amounts pushes them to worse lenders. [[PERSON:WK]] asked me to "keep the minutes short". Also, the example ID on the slide was a real customer's, not a dummy, and the slide has gone to the whole department. [[PERSON:Mutua]] hasn't noticed. Do I fix the minutes, report the slide, or both, knowing it's my first month?""",
    ),
    (
        "h15-14",
        "Auto-generated call transcript with timestamps, Mexican Spanish; voice-emotion scores used to dismiss call-centre agents; speaker labels repeated, honorific Mr. outside, Spanish date, states, vendor name, Mexican privacy law by acronym",
        """Transcripción automática (auto transcript). I'm an analyst at a call-centre outsourcer in [[LOCATION:Guadalajara]].

[00:00:04] [[PERSON:Lorena Castañeda]]: ¿ya estamos grabando? bueno. [[PERSON:Héctor]], ¿viste el reporte de "emotional compliance"?
[00:00:11] [[PERSON:Héctor Ibarra]]: sí, lo mandó Mr. [[PERSON:Dalton]] de [[ORG:Norvale Telecom]].
[00:00:19] [[PERSON:Lorena]]: quieren que los 30 agentes con score más bajo salgan el [[DATE:15 de diciembre]].
[00:00:27] [[PERSON:Héctor]]: pero el modelo no sirve con acento de [[LOCATION:Oaxaca]] o [[LOCATION:Chiapas]], lo probé, accuracy como 0.52
[00:00:35] [[PERSON:Lorena]]: lo sé. [[PERSON:Dalton]] dice que es "objective data".
[00:00:41] [[PERSON:Héctor]]: ¿y si los agentes piden ver su score? por la LFPDPPP tienen derecho

I'm [[PERSON:Héctor]]. [[PERSON:Lorena]] is my manager and honestly she agrees with me, but the client pays for 600 seats. The emotion model is from [[ORG:Vocalis AI]], and their own documentation says it was trained on [[LOCATION:US]] English call data. Thirty people lose their jobs because a model doesn't understand how they speak. I have the test results. Do I send them straight to the client, behind my manager's back, or trust her to fight it?""",
    ),
    (
        "h15-15",
        "Voice-to-text dictation with no punctuation and spoken 'full stop', Irish bank; customers' location data used to flag visits to bookmakers; lower-case names including O' and Mc, lower-case city and bookmaker brand, spoken date",
        """ok so im dictating this in the car sorry for the typos so i work in a bank in [[LOCATION:cork]] doing fraud analytics and my manager [[PERSON:siobhan o'driscoll]] wants us to start using the location data from the mobile app to see if customers go into bookies full stop and then flag them for the overdraft review like automatically and [[PERSON:ciaran mcgrath]] from compliance said its grand because its in the terms full stop but nobody reads the terms and the app only asks for location for the branch finder thing so thats not really consent is it question mark and the pilot starts on the [[DATE:twelfth of january]] with customers who have gone into [[ORG:paddy power]] shops more than twice a week full stop i said to [[PERSON:siobhan]] that gambling is health data kind of and she said its behavioural not health and to stop being dramatic new paragraph i dont want to be dramatic i just think if my da had been flagged like that when he was bad he would have just gone to a moneylender instead so what do i do go to the data protection officer or just let [[PERSON:ciaran]] own it""",
    ),
    (
        "h15-16",
        "Forum post from a throwaway account with three EDIT lines, US dating app; A/B test showing vulnerable users more paywalls; u/ handles, a date in an edit line, lower-case product name",
        """Throwaway, for obvious reasons. Mods, delete if this is the wrong place.

I'm a product analyst at a mid-size dating app. I won't name it (ok fine, if you've used [[ORG:kindling]] you've seen the paywall I'm talking about). We ran an experiment where users our model thought were "lonely" (late-night sessions, lots of unanswered messages, recently moved city) got shown the premium upsell three times as often. Conversion went up 22%. My PM wants to make it permanent and call it "personalised offers".

I raised it in the readout and was told the experiment "passed legal review". I've seen the review. It's one line.

EDIT: to people asking, no, users were not told what signals we used.

EDIT 2: [[HANDLE:u/quietparsnip]] is right that this is basically what casinos do with whales. [[HANDLE:u/dsq_throwaway7]] says I'm naive and everyone does this. Maybe both true.

EDIT 3 ([[DATE:Nov 28]]): my manager found this thread. Nobody's said anything yet but the Monday 1:1 got moved to "with HR". So I guess I'll find out what they think of it.""",
    ),
    (
        "h15-17",
        "Bullet timeline in Québec French and English; insurer's telematics app used to price home insurance from phone motion data; French dates, a street address with a Canadian postal code, a case reference, regulator",
        """Chronologie, parce que j'ai besoin de la mettre par écrit. Je suis analyste de données chez [[ORG:Assurances Boréale]] à [[LOCATION:Québec]].

- [[DATE:3 mars 2026]]: on lance l'appli de conduite. Consentement pour la conduite seulement.
- [[DATE:mi-avril]]: [[PERSON:Geneviève Tremblay-Roy]] (VP produit) demande si on peut utiliser les données d'accéléromètre pour "détecter le mode de vie" (sleep, going out at night) pour l'assurance habitation.
- [[DATE:juin 2026]]: the model exists. I built part of it, I admit.
- [[DATE:le 9 septembre]]: complaint from a client who saw her premium go up after she started night shifts at the hospital. Dossier [[ID:PL-2026-11873]].
- [[DATE:le 12 septembre]]: meeting at [[LOCATION:1200, boulevard René-Lévesque Est, Québec (Québec) G1R 5B7]]. [[PERSON:Geneviève]] says the client "ne comprend pas le modèle".
- Today: I found the feature importance. Night-time movement is the third feature.

[[PERSON:Luc]], my team lead, says I should answer the complaint with the standard letter. I think we should tell her the truth and that the [[ORG:AMF]] would want to know. Loi 25 says they have the right to know about automated decisions. Am I overreacting?""",
    ),
    (
        "h15-18",
        "Formal letter to a regulator, South Africa; retailer selling loyalty data to a microlender; letter reference, a street address with postal code, dates, a person with initials, regulator and law acronym, phone in national format",
        """[[LOCATION:14 Bree Street, Cape Town, 8001]]
[[DATE:17 November 2026]]

The [[ORG:Information Regulator]] ([[LOCATION:South Africa]])
Complaints Division

Our ref: [[ID:IR/COMP/2026/0388]]

Dear Sir or Madam,

Complaint regarding the sharing of loyalty-card data by [[ORG:Umoya Retail (Pty) Ltd]]

I am a data engineer employed by [[ORG:Umoya Retail (Pty) Ltd]]. Since [[DATE:July 2026]] the company has provided weekly extracts of loyalty-card purchase histories, linked to ID numbers, to [[ORG:Kwanele Micro Finance]], a lender in which our CEO, Mr [[PERSON:T. S. Dube]], holds shares. Customers were not informed. I raised this internally with the Information Officer, Ms [[PERSON:Lerato Nkosi]], on [[DATE:2 September 2026]] and was told it falls under "legitimate interest".

I believe this breaches POPIA sections 11 and 18. I attach the pipeline configuration and the e-mail from Ms [[PERSON:Nkosi]]. I would ask that my identity be protected, as I believe I will be dismissed if it is known.

I can be reached on [[PHONE:021 555 0147]].

Yours faithfully,
[[PERSON:Sipho Mahlangu]]""",
    ),
    (
        "h15-19",
        "Rushed lower-case Taglish phone text, Philippine BPO; agents' bathroom breaks scored by a productivity model; titles Ate and Sir outside the span, lower-case names, a city, a building, an employee number",
        """sorry ang gulo nito, sa jeep lang ako nagtatype. data analyst ako sa isang bpo sa [[LOCATION:pasig]], [[ORG:Talamak Solutions]] yung company

so yung client ([[LOCATION:US]] telco) nag request ng "idle time" model. basically lahat ng breaks ng agents pati cr breaks naka track, tapos may score per agent. si ate [[PERSON:joy]] yung team lead namin sabi niya dapat daw gamitin to sa evaluation next cycle. si sir [[PERSON:rommel]] naman (ops manager) gusto niya may auto warning pag lumagpas ng 8 mins.

problem: yung mga buntis na agents at yung may uti obviously lalagpas. nakita ko sa data, ang isa sa pinakamababa si employee [[ID:TS-40218]], buntis siya 7 months. pag nag auto warning yan, 3 warnings = NTE.

sinabi ko kay [[PERSON:joy]] na baka discrimination to sa ilalim ng [[ORG:DOLE]] rules, sabi niya "client requirement yan, wala tayong magagawa". sir [[PERSON:rommel]] di pa sumasagot. yung office namin sa [[LOCATION:Ortigas Center]] puno ng posters na "we care for our people" haha. ano gagawin ko, i-exclude ko ba quietly yung mga may medical note sa model? or ipaglaban ko sa mas mataas?""",
    ),
    (
        "h15-20",
        "Non-native English, Vietnamese e-commerce; sellers' chat messages mined to find who complains to the press; family-name-first Vietnamese names with diacritics, an honorific anh outside, Ho Chi Minh City district, a journalist's outlet",
        """Hello, my English is not so good please understand. I am data scientist in e-commerce platform in [[LOCATION:Ho Chi Minh City]], office in [[LOCATION:Quận 7]].

Last month my manager anh [[PERSON:Trần Quốc Bảo]] ask me to make keyword model on the chat between sellers and our support team. He say it is for "service quality". But the keyword list he give me have words like "báo chí" (press), "luật sư" (lawyer), and the name of one journalist, [[PERSON:Phạm Ngọc Hà]] from [[ORG:Tuổi Trẻ]] newspaper, who wrote article about our fees in [[DATE:tháng 8 năm 2026]].

When I ask why, anh [[PERSON:Bảo]] say the Director [[PERSON:Vũ Đình Khoa]] want to know which sellers "make trouble" so they get lower ranking in search. So the model will punish sellers who speak to journalists or lawyers.

I already build the first version, it work quite well, F1 0.83. I feel very bad. My colleague [[PERSON:Hoàng Mai Linh]] say I should just make it not work so good and nobody know. But I think this is lying also. What is correct thing to do for data scientist in my position? I cannot lose this job now.""",
    ),
    (
        "h15-21",
        "Polite English with Japanese, Tokyo manufacturer; attrition model fed with annual health-check data; K.K. suffix, family-name-first names with -san outside the span, Japanese era and Gregorian dates, Japanese company name in kanji",
        """I work as a data scientist in the HR analytics group of [[ORG:Hoshizora Seiki K.K.]] ([[ORG:星空精機株式会社]]) in [[LOCATION:Kawasaki]]. I am writing in English because my Japanese colleagues might recognise the situation.

Our department head, [[PERSON:Okabe]]-san, wants a "retention risk" model. Last week he sent the specification. Input features include results of the annual health check (健康診断): blood pressure, BMI, and the stress check questionnaire. The stress check is legally separate and only the industrial doctor should see individual results. [[PERSON:Okabe]]-san said the data was already moved to our analytics server in [[DATE:令和8年4月]] ([[DATE:April 2026]]) by the IT team, so "it is available".

My senior, [[PERSON:Fujimoto Saki]]-san, said quietly that this is wrong but that we should not make trouble before bonus season. The deadline is [[DATE:12月19日]]. I made the model without the health features and it has AUC 0.68; with them 0.74. I did not show the second number yet.

In [[LOCATION:Japan]] it is very hard to say no directly. I am thinking to report to the occupational health office instead of to my boss. Is that a betrayal of [[PERSON:Okabe]]-san? I would like advice from people outside.""",
    ),
    (
        "h15-22",
        "Non-native English with Korean, Seoul edtech; exam-proctoring model flagging students by eye movement; family-name-first Korean names, a name with a title after it (outside), Korean date format, an app name, a student number",
        """I am ML engineer at edtech startup in [[LOCATION:Seoul]], [[LOCATION:Gangnam-gu]]. Our product [[ORG:Sumpyo]] is online proctoring for university exams.

The cheating detector uses gaze tracking. In our validation set it flags students with strabismus and students who look down to read because of low vision at very high rate. One student, ID [[ID:2025-10473]], got zero score from her professor because of our flag, and she has documented eye condition. Her parent complained on [[DATE:2026년 10월 27일]].

My CTO [[PERSON:Jang Min-seok]] 대표님 says we add the disclaimer "flags are advisory only" and no change to the model. But we know professors treat it as final. My teammate [[PERSON:Seo Yeon-woo]] proposed a simple fix (allow a calibration step before exam) but [[PERSON:Jang Min-seok]] says it adds friction and our biggest client [[ORG:Hanbit University]] will not like.

I want to write to the client university directly and explain the false positives with numbers. But our contract has confidentiality and I am on 1 year contract. [[PERSON:Yeon-woo]] says wait until [[DATE:Q1 2027]] when the new version comes. But students take exams now. What is responsible?""",
    ),
    (
        "h15-23",
        "Formal-ish English with Arabic, Dubai logistics; delivery riders' location data sold to an insurer; al- and bin particles, Hijri and Gregorian dates, a P.O. Box address, UAE phone",
        """Assalamu alaikum. I am a data analyst at a last-mile delivery company in [[LOCATION:Dubai]]. I write because I do not know whom to ask inside.

Our commercial director, Mr [[PERSON:Faisal al-Mansoori]], signed an agreement with [[ORG:Najm Takaful Insurance]] to share riders' GPS traces and braking events. The insurer will use them to set premiums for the riders' own motorbike insurance, which the riders pay from their salary. The riders (mostly from [[LOCATION:Kerala]] and [[LOCATION:Nepal]]) were never asked. The agreement was signed in [[DATE:Rabi al-Awwal 1448]] ([[DATE:September 2026]]) and the first data transfer is planned after [[DATE:1 December]].

I asked my manager [[PERSON:Khalid bin Rashid]] if there is a consent form. He said "the riders signed the employment contract, that is enough" and that [[PERSON:al-Mansoori]] does not like questions. The insurer's letter came from [[LOCATION:P.O. Box 55127, Deira, Dubai]] and the contact person gave his mobile [[PHONE:+971 50 555 0182]] to me to "coordinate the files".

I do not want to harm riders who already earn very little. But I am also on a work visa. Is there a way to raise this without my name?""",
    ),
    (
        "h15-24",
        "English with Persian from an Iranian engineer abroad; remote-work monitoring tool detecting VPN use and reporting it; Solar Hijri date in Persian script and transliteration, a Toronto postal code, Persian names, a product name",
        """I am an Iranian data engineer, now working remotely for a company in [[LOCATION:Toronto]] (office at [[LOCATION:M5V 3L9]]), but my story is from my previous job at a software company in [[LOCATION:Tehran]], [[ORG:Rayan Dadeh Pardaz]].

In [[DATE:مهر ۱۴۰۴]] ([[DATE:Mehr 1404]], [[DATE:autumn 2025]]) our manager [[PERSON:Mehrdad Karimi]] asked me to add a feature to our employee monitoring product [[ORG:Negahban]]: detect when employees use VPN and send a weekly report with names to the "security unit" of each client company. Some clients were state-owned. Everybody in [[LOCATION:Iran]] uses VPN just to reach normal websites. A list like that could be used for much worse than a warning.

I told [[PERSON:Mehrdad]] I would not write it. My colleague [[PERSON:Shirin Ahmadi]] wrote it instead, in two weeks. I left the company in [[DATE:Esfand]]. I was safe, I had the offer abroad. [[PERSON:Shirin]] did not have that option.

So my question is not what to do now, it is done. My question is: was refusing actually ethical, if the only result was that someone with less freedom than me had to do it? I still think about this every week.""",
    ),
    (
        "h15-25",
        "Slack thread pasted with dates as headers, Turkish code-switching, Istanbul BNPL; credit decisions using residents' neighbourhood and Kurdish-language app settings; A.Ş. suffix, Turkish address with postcode, Turkish dates, an @-handle",
        """[[LOCATION:Istanbul]]'da bir fintech'te (BNPL) veri bilimciyim. English is better for this I think.

From our Slack, [[HANDLE:#risk-ds]], [[DATE:5 Kasım 2026]]:

[[PERSON:Emre Aydın]]: dil ayarı feature'ı eklendi, lift iyi 👍
[[PERSON:Zeynep]]: [[PERSON:emre]] dil ayarı = Kurdish basically. bunu kullanamayız
[[PERSON:Emre Aydın]]: [[HANDLE:@zeynep.k]] ürün onayladı, [[PERSON:Burak]] bey de biliyor

So: the model now uses the phone's language setting, and Kurdish users get lower limits. [[PERSON:Emre]] says it's "just a device feature". Product head [[PERSON:Burak]] Bey (Bey is how we address him, he is [[PERSON:Burak Şahin]]) approved it. Our company is [[ORG:Taksitli Finansal Teknoloji A.Ş.]], registered at [[LOCATION:Büyükdere Cad. No:185, 34394 Şişli/İstanbul]].

I am [[PERSON:Zeynep]]. KVKK considers ethnic origin special category data, and language is a direct proxy. I wrote this in the model card. [[PERSON:Emre]] deleted the paragraph on [[DATE:6 Kasım]]. I have the version history. My family is from [[LOCATION:Diyarbakır]], so maybe I am too emotional, this is what [[PERSON:Emre]] said. Should I restore the paragraph, go to the compliance team, or let it go?""",
    ),
    (
        "h15-26",
        "Forwarded Outlook e-mail with Polish headers and signature, Warsaw; scraped LinkedIn-style profiles used to score job applicants' union activity; Sp. z o.o. suffix, Polish address with postcode, Polish date, phone in Polish format, e-mail",
        """Przesłane dalej / forwarded to a friend, then to you. I'm the recipient, a data scientist.

Od: [[PERSON:Krzysztof Wróblewski]] <[[EMAIL:k.wroblewski@talentor.example]]>
Wysłano: wtorek, [[DATE:13 października 2026]] 08:47
Do: [[PERSON:Agnieszka Lis]]
Temat: scoring kandydatów – nowe cechy

[[PERSON:Agnieszka]],
dodaj proszę do modelu cechę "aktywność związkowa" z profili, które scrapujemy. Klient ([[ORG:Metalplast Sp. z o.o.]]) bardzo prosi.
Pozdrawiam,
[[PERSON:Krzysztof Wróblewski]]
Dyrektor ds. Produktu, [[ORG:Talentor Sp. z o.o.]]
[[LOCATION:ul. Grzybowska 62, 00-844 Warszawa]]
tel. [[PHONE:+48 22 555 01 93]]

In English: he wants me to add "union activity" from scraped public profiles as a feature in our applicant-scoring model, because the client, a factory near [[LOCATION:Radom]], "asks nicely". Trade-union membership is special-category data under GDPR and discriminating on it is illegal in [[LOCATION:Poland]] anyway. [[PERSON:Krzysztof]] knows that. I think he just assumes no one will check a feature list. I'm [[PERSON:Agnieszka]], two years at [[ORG:Talentor Sp. z o.o.]], and I was hoping to be promoted this winter. What do I do with this e-mail?""",
    ),
    (
        "h15-27",
        "Scottish English, NHS health board; waiting-list prioritisation model down-ranking patients who missed appointments; Mac and Mc names, a name that is an ordinary word (Hope), a health board, a Scottish postcode, a named month",
        """I'm a statistician with [[ORG:NHS Lothian]], though I'll keep the department vague. We've built a model to prioritise the orthopaedic waiting list. One of the strongest features is "did not attend" history.

The trouble is who misses appointments. In the validation data it's people without cars in places like [[LOCATION:Wester Hailes]], carers, folk on zero-hours shifts who can't get the time off. The model pushes them down, they wait longer, they get worse. My line manager, [[PERSON:Iain MacLeod]], says "it's efficient, and the clinicians can override". Our consultant lead, Dr [[PERSON:Hope McAllister]], agrees it is a problem and has said so in two meetings.

I ran the numbers: overrides happened in 0.3% of cases last quarter.

[[PERSON:Hope]] told me to put it in writing to the governance group before the [[DATE:January]] board. [[PERSON:Iain]] said if I do that it'll "look like the team's not aligned". The group meets at [[LOCATION:Calton House, 14 Regent Road, Edinburgh EH7 5BX]] once a month, and the next one is before the board. I've written the paper. I don't know whether to send it over [[PERSON:Iain]]'s head or give him one more week.""",
    ),
    (
        "h15-28",
        "WhatsApp iOS export ('[dd/mm/yyyy, hh:mm:ss] Name:'), Ghanaian English with Twi; cocoa farmers' credit scores sold to a buyer; a name that is an ordinary word (Precious) next to the ordinary word, Ghana Post GPS address code, a cooperative",
        """I'm a data analyst at an agritech in [[LOCATION:Kumasi]]. We score smallholder cocoa farmers for input loans using satellite yield estimates and their mobile money history. This is our team chat:

[[[DATE:21/10/2026]], 19:02:11] [[PERSON:Precious Mensah]]: [[PERSON:Kwame]] the buyer people want the full farmer scores file oo, not only the aggregates
[[[DATE:21/10/2026]], 19:03:40] [[PERSON:Kwame Boateng]]: which buyer? [[ORG:Asaase Cocoa Trading]]?
[[[DATE:21/10/2026]], 19:04:02] [[PERSON:Precious Mensah]]: yes. they will pay per farmer. boss says it is "data monetisation" 🙄
[[[DATE:21/10/2026]], 19:06:15] [[PERSON:Kwame Boateng]]: eii. then they will use it to lowball the weak ones at the farm gate

I'm [[PERSON:Kwame]]. The farmers signed up through the [[ORG:Nkabom Farmers Cooperative]] at their office ([[LOCATION:AK-039-5528]], near the [[LOCATION:Kejetia]] market) for loans, not to be priced by the people who buy their beans. Our data is precious to them in a way it isn't to us; a farmer with a bad score gets a worse price and then a worse score next season. [[PERSON:Precious]] agrees with me but she says if we refuse, the boss will just send the file himself. Should we at least insist the cooperative is told before anything is sent?""",
    ),
    (
        "h15-29",
        "Nothing identifying: a manager asks for subgroup fishing until a result is significant; tools, metrics, weekdays, durations, quarter without a year, job titles",
        """I'm a statistician at a mid-sized marketing analytics firm. We ran an experiment for a client on a new loyalty email. Overall effect: nothing, p = 0.41, confidence interval comfortably straddling zero.

My director asked me on Tuesday to "look for pockets of lift". By Thursday I had tried 23 segments in a notebook and one came out at p = 0.03 (women aged 35 to 44 on Android, if you can believe it). He wants that slide at the front of the Q3 deck with the headline "Personalised loyalty drives 12% uplift in core segment".

I told him that with 23 comparisons you'd expect one false positive by chance, and that a Bonferroni correction kills it. He said the client "doesn't need a statistics lecture" and that the Head of Analytics on their side would "love this". I've been here eight months. The last analyst who pushed back on a deck left after three weeks of being left off every meeting.

I could put the correction in a footnote and let the headline stand. I could refuse to present it. Or I could write up all 23 tests in an appendix and let the reader figure it out. Which of these is honest enough?""",
    ),
    (
        "h15-30",
        "Indonesian and English, bank collections in Surabaya; voice-stress scores used to pick which debtors to pressure; honorifics Pak and Bu outside the span, Indonesian street address, Indonesian date, a regulator",
        """Saya data analyst di divisi collection sebuah bank di [[LOCATION:Surabaya]]. Sorry English campur.

Bulan lalu vendor baru, [[ORG:Suarakita Analytics]], kasih kami model "voice stress" dari rekaman telepon penagihan. Output nya skor "kerentanan" per debitur. Pak [[PERSON:Hendra Gunawan]], kepala divisi, mau pakai skor itu buat pilih debitur yang paling gampang ditekan: yang paling stres, paling takut, mereka yang ditelepon duluan dan lebih sering.

I told Bu [[PERSON:Ratna]] (my direct manager) this is like targeting the weakest people on purpose. She agreed but said Pak [[PERSON:Hendra]] already presented it to the direksi on [[DATE:2 Oktober 2026]]. The vendor office is at [[LOCATION:Jl. Raya Darmo No. 88, Surabaya 60241]], they came to train us, very friendly people, they really believe it is "efficiency".

[[ORG:OJK]] has rules about ethical collection, no intimidation, calls only between 8 and 20. Technically calling stressed people more often is not intimidation? I am not sure. Bu [[PERSON:Ratna]] says I should write a memo but not send it to anyone, "just to have it". Is that enough or is it just for my own conscience?""",
    ),
    (
        "h15-31",
        "Chilean Spanish with English, pension fund; affiliates' RUTs sent to a political consultancy; RUT numbers as IDs, lower-case Chilean slang, Santiago commune, Spanish date, an e-mail spelled out",
        """hola, escribo desde [[LOCATION:Santiago]]. soy ingeniero de datos en una AFP (pension fund), no voy a decir cuál, po.

la cosa es así: el gerente comercial, [[PERSON:Cristóbal Undurraga]], me pidió un export con RUT, comuna y saldo de los afiliados entre 25 y 40 años de [[LOCATION:Maipú]] y [[LOCATION:Puente Alto]]. dijo que era para una "campaña de educación previsional". después vi que el archivo lo mandó a una consultora, [[ORG:Andes Insight SpA]], que trabaja para un candidato en las elecciones de [[DATE:noviembre 2025]]... no, perdón, para las municipales.

I checked the file he sent, the sample rows were real people, for example RUT [[ID:14.382.907-5]] and [[ID:17.044.216-K]]. He told me by mail from [[EMAIL:cundurraga arroba gmail punto com]] (his personal one, not the corporate) to "not ask so much".

En [[LOCATION:Chile]] esto es súper delicado, la ley de datos es vieja pero igual. The [[ORG:Superintendencia de Pensiones]] would care. I am afraid because [[PERSON:Cristóbal]] is the nephew of someone on the board. should I go to compliance, or directly to the superintendencia with the logs? thanks, sorry the spanglish""",
    ),
    (
        "h15-32",
        "Nothing identifying: rushed lower-case text about a deletion request that only soft-deletes; durations, relative dates, tools, job titles",
        """ok quick one bc im on my break. i'm a data engineer at a subscription app, like 80 ppl. we get maybe 40 deletion requests a week. turns out our 'delete my account' button just sets a flag, deleted_at = now(), and everything stays in postgres and in the warehouse forever. backups too obv. found it last week bc a user who deleted 2 yrs ago showed up in a churn dashboard lol

told my lead. he said 'yeah we know, hard delete breaks the analytics, the cpo decided that ages ago'. asked if the privacy policy says we delete within 30 days. it does. he said 'legal is aware'. legal is one part-time person.

i can write a proper deletion job in maybe 2 sprints, cascade through dbt models, purge snapshots after 35 days. nobody asked me to. if i just do it on my own and ship it, am i the hero or the guy who broke every dashboard without sign off? also do i owe anything to the thousands of people who already 'deleted' and are still sitting in there??""",
    ),
    (
        "h15-33",
        "Plain prose with a pasted query result, US parking-tech company; police asking for licence-plate history without a warrant; US licence plates as IDs, a case number, a city and ZIP code, an officer's rank outside the span",
        """I'm a data analyst at [[ORG:ParkSure]], a parking payments company in [[LOCATION:Phoenix]]. Our cameras read plates at about 300 garages.

Last Thursday a detective, Det. [[PERSON:Alvarez]], called our general line asking for the full location history of three plates over the past six months. No warrant, no subpoena, just "an ongoing case", case number [[ID:PPD-26-118204]]. My manager [[PERSON:Kristen Holloway]] forwarded it to me and said to "help them out, we want good relations with the city".

I ran the query before I thought about it:

plate     | reads | top garage
[[ID:CXR7142]]   | 211   | [[LOCATION:Roosevelt Row]] garage
[[ID:8PLM093]]   | 96    | [[ORG:St. Joseph's]] lot, [[LOCATION:85013]]
[[ID:DKW2208]]   | 14    | airport economy

The second plate reads almost entirely at a hospital lot. The third is a rental. None of this tells me who these people are, but it tells the police where they go every day. Our privacy notice says we share data "when legally required". This isn't that. [[PERSON:Kristen]] wants the CSV sent today. I haven't sent it. What do I say to her?""",
    ),
    (
        "h15-34",
        "Meeting notes in British English, UK council ANPR; clean-air-zone camera data repurposed to chase benefit claimants; UK number plates as IDs, a council, an e-mail, a DWP mention, a named month and year",
        """Notes from the data sharing meeting, typed up by me (BI developer, [[ORG:Sandwell Vale Council]]), [[DATE:3 Dec 2026]]:

- Attendees: [[PERSON:Pauline Okafor]] (Head of Revenues), [[PERSON:Rich]] from parking, me, someone from [[ORG:DWP]] fraud on the phone (didn't give a name)
- [[PERSON:Pauline]] proposed giving [[ORG:DWP]] the clean air zone ANPR reads for anyone claiming mobility allowance "to check if they're driving when they say they can't"
- Example shown on screen: plates [[ID:YR21 OPL]] and [[ID:BK68 TZH]], with full journey logs for [[DATE:October 2026]]
- [[PERSON:Rich]] asked whether the CAZ privacy notice covers this. [[PERSON:Pauline]] said "it's for the prevention of crime, so yes"
- Action: me to build an automated weekly extract to [[EMAIL:cfis.datashare@dwp.gov.example]] from [[DATE:January]]

My view: a disabled person's car moving doesn't mean they were driving it, carers drive. The cameras were justified to the public as air quality only. I've raised it with our information governance officer, who said she'd "look into it" three weeks ago. The extract is a half-day job. I keep finding reasons to not start it. How long can I do that, and what happens when someone asks?""",
    ),
    (
        "h15-35",
        "Swedish with English, Gothenburg insurer; sick-leave predictions shared with employers; AB suffix, a fictional personnummer as an ID, Swedish date, a real agency, Swedish names with å/ö",
        """Hej. Jag jobbar som data scientist på [[ORG:Trygghet Norden AB]] i [[LOCATION:Göteborg]]. We sell group income insurance to employers.

New product idea from our commercial team: give employers a "sjukfrånvarorisk" (sick-leave risk) score per employee, so they can "act early". Training data includes our own claims and data we get from [[ORG:Försäkringskassan]] for claim handling. [[PERSON:Magnus Ekström]], product owner, showed a demo on [[DATE:den 10 november]] with a real row on the slide: personnummer [[ID:19880614-2391]], score 0.87, employer "[[ORG:Lindqvist Bygg AB]]".

I wrote to [[PERSON:Magnus]] that data we get from [[ORG:Försäkringskassan]] for claims cannot be reused like this, and that a real personnummer on a slide is already an incident. He answered "vi tar det med juristerna" (we'll take it with the lawyers) and then nothing. My colleague [[PERSON:Åsa Lindgren]] says the product is dead anyway because the sales people hate it. Maybe. But the slide went to 30 people and the score is already computed for 40 000 employees. Do I report the slide as an incident even if it makes [[PERSON:Magnus]] look bad?""",
    ),
    (
        "h15-36",
        "Italian with English, Milan energy retailer; smart-meter data used to infer who lives alone for door-to-door sales; S.p.A. suffix, codice fiscale as an ID, Italian date, a Milan address with CAP",
        """Ciao a tutti. Sono una data scientist in una società energetica di [[LOCATION:Milano]], [[ORG:Lucenera S.p.A.]]. Scrivo in inglese così è più facile.

We have smart-meter data every 15 minutes. Our sales director, dott. [[PERSON:Alessandro Ferri]], asked for a model that detects "single elderly occupancy" from the consumption pattern (one person, cooking early, TV all day) because the door-to-door agents "convert better" with these customers. Let's be honest: elderly people living alone sign anything on the doorstep.

The request came with a test list from the agency, [[ORG:Porta a Porta Srl]] in [[LOCATION:Via Padova 112, 20127 Milano]], including codice fiscale like [[ID:RSSMRA41C55F205Z]] for validation. That means they already have our customers' fiscal codes, which they should not.

I said to my manager [[PERSON:Chiara]] that [[ORG:ARERA]] would destroy us for this. She said dott. [[PERSON:Ferri]] wants the first version by [[DATE:3 febbraio 2027]] and that I should "fare il modello, poi vediamo" (make the model, then we'll see). I don't want to build it at all. Is there an argument I can make that a sales director will actually listen to?""",
    ),
    (
        "h15-37",
        "Greek with English, Athens shipping firm; crew fatigue data from wearables used in a contract dispute; A.E. suffix, Greek names in Greek script and Latin, Piraeus address with postcode, a vessel IMO number as an ID",
        """Καλησπέρα. I am data analyst at [[ORG:Aigaion Maritime A.E.]] in [[LOCATION:Piraeus]]. We put wearables on crew for fatigue monitoring, sold internally as safety.

After the collision incident of the vessel with IMO [[ID:9487315]] in [[DATE:August 2026]], the legal team asked me to pull the heart rate and sleep data of the second officer, [[PERSON:Νίκος Παπαδόπουλος]] ([[PERSON:Nikos Papadopoulos]]), to show he was "unfit", so that the company is not liable. The same data also shows he worked 19 hours before, because of the roster the company made.

The request came from [[PERSON:Eleni Kotsou]], in-house lawyer, in person at the office on [[LOCATION:Akti Miaouli 47, 185 36 Piraeus]]. She asked for "only the sleep part, not the shift logs".

[[PERSON:Nikos]] is not my friend, I met him one time. But to give half the data so that one man takes the blame for the company's roster seems very wrong. The wearable consent form says the data is "for crew wellbeing only". Do I refuse, or give everything including the roster, or ask the DPO first?""",
    ),
    (
        "h15-38",
        "Hungarian family-name-first names and English, Budapest; call-centre hiring model rejecting applicants from Roma-majority villages; Kft. suffix, Hungarian date, county, a ticket number",
        """Sziasztok. I am a junior data scientist at [[ORG:Munkaerő Pont Kft.]], a staffing company in [[LOCATION:Budapest]]. Names here are in Hungarian order, family name first.

Our screening model for call-centre jobs was built before I came by [[PERSON:Kovács Péter]], who left. When I retrained it in [[DATE:2026. szeptember]] I noticed that the postcode feature gives a strong negative weight to applicants from a few villages in [[LOCATION:Borsod-Abaúj-Zemplén]] county. I checked: these are villages with large Roma communities. The model learned from old hiring decisions, so it learned the recruiters' prejudice.

I opened ticket [[ID:HR-ML-0931]] to remove the feature. My boss, [[PERSON:Szabó Krisztina]], closed it with "business impact too high, fill rate drops 4%". She told me in person that clients "prefer" applicants from the city, and that the model "only reflects reality".

[[PERSON:Péter]] is now at another company and answered my message only with "I know, I told them too." So I am the second person to find this. Should I go to the equal treatment authority, or is there a way inside the company that I have not tried? [[PERSON:Krisztina]] is not a bad manager otherwise, this is what makes it hard.""",
    ),
    (
        "h15-39",
        "Icelandic patronymics and English, Reykjavík; tourist mobility data from a bus app sold to a hotel chain; ehf. suffix, Icelandic date, two patronymic names used by first name, a URL",
        """Góðan dag. I'm a data engineer at [[ORG:Ferðagögn ehf.]] in [[LOCATION:Reykjavík]]. We run the backend for a bus and excursion booking app that most tourists use for day trips.

Our CEO, [[PERSON:Guðrún Sigurðardóttir]], has agreed to give a hotel group live-ish location pings from the app, so they can push offers to people "who are near and have no booking for the night". The pitch deck is on our wiki at [[URL:wiki.ferdagogn.internal/sala/hotel-pilot]] if anyone wants to be horrified. The app's consent screen says location is used "to show your bus in real time". Nothing about hotels.

I brought it up at the Friday meeting. [[PERSON:Guðrún]] said it's anonymised. It isn't, the device ID stays constant and there's a name on every booking. My colleague [[PERSON:Einar Þórsson]] said he'd support me but then said nothing in the meeting. In [[LOCATION:Iceland]] everyone knows everyone, and that cuts both ways. The pilot starts [[DATE:1. desember]]. Do I do the technically correct thing, strip the device ID in the pipeline and tell nobody, or say it out loud again and make it a conflict?""",
    ),
    (
        "h15-40",
        "Nothing identifying: Teams-style chat with roles instead of names; churn model used to decide who gets retention discounts; job titles, team names, weekdays, durations, metrics",
        """Pasting part of a chat with the names swapped for roles, because the roles are the point.

[10:02] Head of Retention
can we restrict the 20% discount to customers the model says won't notice the price rise?
[10:04] Me (data scientist)
it doesn't predict who won't notice, it predicts who won't leave. that's mostly older customers and people on fixed incomes who don't shop around
[10:05] Head of Retention
exactly, so they don't need the discount
[10:09] Pricing Lead
legal said loyalty penalties are a grey area for broadband
[10:11] Head of Retention
it's not a penalty, it's an absence of a reward. let's discuss Thursday

So, this is where we are. The model is good, AUC 0.84. The price rise lands next quarter. The people least likely to leave are the ones least able to pay more, and we would be deliberately keeping the discount away from them. The customer insight team likes it because it "protects margin". I've got two weeks before the pricing committee. I don't think I can say "the model is fine but the decision is wrong" without it sounding like I'm trying to do the Head of Retention's job. Can I?""",
    ),
    (
        "h15-41",
        "Welsh and English code-switching, Cardiff housing association; repairs model deprioritising Welsh-language complaints; Welsh names, a Welsh postcode, a date in Welsh, a team code name",
        """Shwmae. Dw i'n gweithio fel dadansoddwr data (data analyst) i gymdeithas dai yng [[LOCATION:Nghaerdydd]], [[ORG:Cartrefi Glannau]].

We built a triage model for repair requests, [[ORG:Trwsio]] (project name, means "repair"), that ranks complaints by urgency from the text. Turns out it was trained only on English text. Welsh-language complaints come out with low urgency almost every time, damp and mould included. One tenant in [[LOCATION:CF11 9LJ]] reported mould in Welsh in [[DATE:mis Awst]] and was ranked bottom for six weeks.

My manager [[PERSON:Rhodri Pugh]] said we can't afford to retrain with Welsh data now and suggested we "auto-translate first". That's fine in principle but he wants to ship the English-only version to the board on [[DATE:16 Rhagfyr]] as "live and working" and put the fix on the backlog. Under the Welsh language standards we probably can't do that legally, never mind morally.

[[PERSON:Cerys]] from tenant engagement says if I write it up she'll back me. [[PERSON:Rhodri]] is a friend. Sut dw i'n gwneud hyn heb ei daflu o dan y bws? (How do I do this without throwing him under the bus?)""",
    ),
    (
        "h15-42",
        "New Zealand English with te reo Māori, Auckland; iwi health data used outside the agreed purpose; a Māori name, macrons, a health organisation, NZ phone format, a date",
        """Kia ora koutou. I'm a data scientist at a health analytics contractor in [[LOCATION:Tāmaki Makaurau]] ([[LOCATION:Auckland]]). We hold a dataset shared by [[ORG:Te Rūnanga o Ngāti Pāoa]] under a data sovereignty agreement: it's for diabetes service planning, full stop, and the iwi can pull it whenever they like.

Last week a manager from [[ORG:Health New Zealand]] asked my boss, [[PERSON:Craig Haddon]], if we could use it to train a general population risk score they want to sell on to insurers. [[PERSON:Craig]] said yes on the call. I was on the call. When I said the agreement doesn't allow that, he said "it's de-identified, the agreement's about identified data". It isn't. I've read it. Clause 7 covers derived models.

Our contact at the rūnanga is [[PERSON:Mereana Tautahi]]. I have her number ([[PHONE:021 555 0384]]) from the original hui in [[DATE:May 2025]]. Part of me thinks I should just ring her, because it's their data and they'd want to know. Part of me thinks that's going behind my employer. [[PERSON:Craig]] wants a first model before the end of the year. What would you do?""",
    ),
    (
        "h15-43",
        "Roman Urdu and English, Karachi telecom-lending partnership; SIM owners' CNICs matched to loan defaulters' relatives; CNIC numbers as IDs, Pakistani mobile format, employee number, honorific sahib and Sir outside the span",
        """Assalam o alaikum. Main [[LOCATION:Karachi]] mein ek telecom company ke analytics team mein hoon. I'll write in English mostly.

Our company has a partnership with a digital lender, [[ORG:Qarz Asaan]]. Their collections head, [[PERSON:Waqar]] sahib, wants us to take CNICs of defaulters and find all SIMs registered to their family members (same family number in [[ORG:NADRA]] records), then send those numbers to his call team. Example rows he sent in the email: CNIC [[ID:42101-5550193-7]] and [[ID:42201-5553841-2]].

My line manager Sir [[PERSON:Imran Qureshi]] (employee [[ID:E-20417]], he put it in the forwarded mail signature lol) says the partnership is approved by "top management" and I should run the join by Friday. He also gave me [[PERSON:Waqar]] sahib's mobile [[PHONE:0300 5550172]] to "coordinate directly".

This is clearly against [[ORG:PTA]] rules about subscriber data, and also just wrong. Families will get harassing calls for debts they didn't take. But in [[LOCATION:Pakistan]] if you refuse your boss like this you become "difficult" for years. My friend [[PERSON:Sana]] from legal says to ask for the request in writing from the CTO, which they will never give. Is that a good strategy or just delaying?""",
    ),
    (
        "h15-44",
        "Nothing identifying: non-native English, facial recognition for a store's 'known shoplifter' list; vendor and shop unnamed, durations, amounts, job titles, weekdays",
        """Hello, I am computer vision engineer in a small company, we do video analytics for retail shops. Sorry for my English.

One customer, a chain of supermarkets, wants a feature: a "watchlist" of faces. When a person from the list enters any shop, the security guard gets a message on the phone. The list is made by the store managers themselves, they upload a photo from the camera if they "suspect" someone. No police report, no court, nothing. The person is never told.

I tested our face matching on the store cameras. False match rate is around 1 in 400 for light skin and around 1 in 90 for dark skin, because the cameras are bad and the training data was bad. So innocent people will be followed by guards, mostly black customers.

My manager says the customer pays 4000 euro per month per region and we need this contract. He says "we only provide the tool, the decision is theirs". The feature is maybe two weeks of work. I said I want at least a minimum threshold and an expiry for the list entries. He said we can discuss it on Monday after the demo. But after the demo it will be too late I think. What can I do from engineering side?""",
    ),
    (
        "h15-45",
        "Bangla and English, Dhaka garment sector; factory-floor productivity data shared with a buyer to blacklist workers who joined a strike; Bangla date, Dhaka area, a worker ID, names in Bangla and Latin script",
        """আমি ঢাকায় একটা গার্মেন্টস কোম্পানির ডেটা টিমে কাজ করি (I work in the data team of a garment group in [[LOCATION:Dhaka]]). Writing in English so more people can answer.

We track every sewing operator: pieces per hour, line, attendance. After the wage protests in [[DATE:অক্টোবর ২০২৬]] ([[DATE:October 2026]]), our director [[PERSON:Rafiqul Islam]] asked me to make a list of operators who were absent on the protest days and share it with the other factories in the association, so they won't be hired anywhere in [[LOCATION:Ashulia]]. He sent me one name to "test the join": [[PERSON:মোসাম্মৎ নাজমা বেগম]] ([[PERSON:Mosammat Nazma Begum]]), worker ID [[ID:ASH-L7-04419]].

[[PERSON:Nazma]] apa is a line leader, everyone respects her. She was absent because her son was sick, I checked the leave register. But even if she did protest, a blacklist is illegal and cruel.

I am the only person who knows how to do this join. [[PERSON:Rafiqul]] sir said if I am "not loyal" there are many others who want my job. I have a family too. I keep thinking I can "fail" to make it work. But he will find someone. Is there any organisation in [[LOCATION:Bangladesh]] that protects people like me if I speak?""",
    ),
    (
        "h15-46",
        "Peruvian Spanish with English, Lima microfinance; loan officers' app GPS used to score women borrowers by how often they leave home; S.A.C. suffix, Lima district, Peruvian DNI as an ID, a URL, Spanish date",
        """Buenas, soy analista de datos en [[ORG:Microcrédito Andino S.A.C.]], en [[LOCATION:Lima]] ([[LOCATION:San Isidro]]). Escribo en inglés porque en español me da vergüenza, jaja.

Our loans are mostly for women with small businesses in [[LOCATION:Villa El Salvador]] and [[LOCATION:San Juan de Lurigancho]]. The loan officers' app collects GPS on visits. The new "stability" model, built by a consultant, uses how often the borrower is found at home during visits: more at home = more stable = better rate. In practice this punishes women who go out to sell at the market, which is the business we lend for!

The consultant's report is at [[URL:https://drive.example/d/andino-estabilidad-v2]] (I won't share the password, ha). My boss [[PERSON:Gonzalo Pacheco]] approved the model on [[DATE:el 28 de octubre]] for all new loans from [[DATE:enero 2027]].

He sent me one case where the model made "a correct decision": DNI [[ID:45812307]], a woman who sells food and was "never home". She got a rate 6 points higher. I know her business, it is doing well. Am I wrong to think this model is worse than no model? How do I explain to [[PERSON:Gonzalo]] without insulting his consultant?""",
    ),
    (
        "h15-47",
        "English with Amharic, Addis Ababa; NGO beneficiary data requested by a security agency; Ethiopian calendar date with E.C., Amharic script name and transliteration, an address by sub-city and woreda, an e-mail",
        """ሰላም. I'm a data manager at an NGO's cash-transfer programme in [[LOCATION:Addis Ababa]]. Our office is in [[LOCATION:Bole sub-city, Woreda 03]].

On [[DATE:Tikimt 12, 2019 E.C.]] ([[DATE:22 October 2026]]) two men who said they were from a federal security office came to our office asking for the full list of our beneficiaries in [[LOCATION:Tigray]] and [[LOCATION:Amhara]] with phone numbers and GPS of their homes. They had no written order. Our country director, [[PERSON:ዮሐንስ ታደሰ]] ([[PERSON:Yohannes Tadesse]]), was travelling. The programme manager said we should "cooperate to avoid problems" and asked me to prepare the file by the end of the week.

I wrote to our regional data protection lead, [[EMAIL:h.osei@relieflink.example]], and she said not to share anything without the country director and the legal team in [[LOCATION:Nairobi]]. But she is far away and the men will come back here, not to her.

These are people who received cash because they are displaced. I don't know what the list is for, and that is exactly the problem. How do you say no to the security services in person, politely, when you are the one who lives here?""",
    ),
    (
        "h15-48",
        "Rushed lower-case texts with typos; a colleague nicknamed sunny (lower-case, an ordinary word) next to the weather word; lower-case company and product names, a lower-case city, an @-handle",
        """ok so context, im an analyst at [[ORG:brightpath]] (edtech, we make [[ORG:quizzly]] the homework app) in [[LOCATION:leeds]]. its sunny for once and im sat in the park typing this instead of enjoying it lol

so [[PERSON:sunny]] (real name [[PERSON:Sunil]], everyone calls him [[PERSON:sunny]]) is our head of growth. he wants to sell "engagement profiles" of the kids using [[ORG:quizzly]] to a tutoring company, like which kids are struggling at maths, by school. the kids are 11-14. [[PERSON:sunny]] says its "aggregated" but the spec he sent has school + year group + subject + struggling flag, and in small schools thats like 2 kids lol

i messaged [[HANDLE:@ellie.dpo]] on slack and she said "omg no" and then went on leave for 2 wks. the deal is supposed to close [[DATE:dec 18]].

i like [[PERSON:sunny]] honestly, hes not evil, he just thinks everything is a growth problem. the age appropriate design code thing is literally for this. do i email the ceo? we're 30 ppl, she'd listen, but then [[PERSON:sunny]] knows it was me and it gets weird fast""",
    ),
    (
        "h15-49",
        "Internal e-mail thread quoted with '>' and Slack handles, a code name that identifies the company; emotion-tracking in a smart-speaker product repurposed for ad targeting; project code name, @-handles, an internal URL, a date",
        """Data scientist at a consumer hardware company. I'll just quote the thread.

> From: VP Devices
> [[ORG:Project Wren]] mood signals should be available to the ads team by [[DATE:March 1]]. Ping [[HANDLE:@tobias.krahl]] for the schema.

> From: me
> [[ORG:Wren]] mood signals were collected under the wellbeing feature consent. Using them for ads is a new purpose.

> From: [[HANDLE:@tobias.krahl]]
> we're only exposing a 3-bucket mood score, not audio. spec here: [[URL:go.internal/wren-ads-schema]]

Everyone here knows [[ORG:Wren]] is the codename for the speaker's "how are you feeling" feature, so if you work in this industry you can probably guess the company. That's fine, I'm past caring.

A 3-bucket mood score attached to an ad ID is still "this person sounded sad on Tuesday night, show them comfort food and payday loans". [[PERSON:Tobias]] isn't a bad guy, he's just the messenger. The VP is the one who decided. I have one more week before the schema is frozen. Options as I see them: escalate to privacy review (slow, they'll probably approve with a footnote), talk to a journalist (career over), or slow-walk it and hope the date slips. None feels good.""",
    ),
    (
        "h15-50",
        "Nothing identifying: voice-to-text with spoken punctuation, mortgage affordability model with amounts and metric values; durations, relative dates, job titles",
        """ok recording this on the walk home so excuse the rambling comma I work as a credit risk analyst at a lender and last month we moved the affordability model to a new version full stop the new one approves about 6 percent more people overall which everyone is very happy about comma but when I split it by age the approval rate for people over 60 actually went down by about 9 points full stop nobody asked me to look at that comma I just did new paragraph my manager said that's just the model learning that older applicants have shorter remaining income which sounds reasonable until you see that it's penalising people with guaranteed pensions too full stop the product owner says the business case is 4 million a year and we can look at age fairness next quarter full stop the head of credit hasn't seen the split yet question mark should I send it to him directly or let my manager decide when to show it full stop I think I already know the answer but I'm a bit scared of it honestly""",
    ),
    (
        "h15-51",
        "Academic setting, research-group Slack plus a grant number; a PI wants to drop participants whose data weakens a result; university, grant reference, OSF-style URL, a named month and year, a lower-case first name",
        """I'm a postdoc statistician in a psychology lab at the [[ORG:University of Tasmania]]. We preregistered a study on [[URL:osf.example/8k2qf]] in [[DATE:mid-2025]], funded by grant [[ID:DP250104417]].

Results came in last month and the main effect is null. My PI, Prof. [[PERSON:Glenn Atherley]], messaged me:

[[PERSON:glenn]]: can we exclude the online sample? they were clearly not paying attention
me: we didn't preregister that exclusion and attention checks were fine
[[PERSON:glenn]]: reviewers won't care, the in-lab effect is solid

The in-lab effect is "solid" at p = 0.048 with 61 people. With everyone it's p = 0.37. He wants the paper submitted before the [[DATE:February 2027]] grant renewal because a null result "won't get us renewed". My contract is funded by that renewal.

Our grad student [[PERSON:mia]] is first author and she's already been told the exclusion is "standard". She trusts me to tell her if something's off. I can just report both analyses in the paper and let reviewers decide, but [[PERSON:glenn]] will cut that section. Where's the line between being a team player and being complicit?""",
    ),
    (
        "h15-52",
        "Swiss German and French with English, Zürich bank; private-banking clients' data moved to an offshore analytics vendor; AG suffix, Swiss address with PLZ, Swiss date format, a Swiss phone number",
        """Grüezi. Ich bin Data Engineer bei einer Privatbank in [[LOCATION:Zürich]]. English is easier for the forum.

Our team is being told to move client transaction data to a cloud analytics vendor, [[ORG:Veritas Quant Services Ltd]], with servers outside [[LOCATION:Switzerland]], for a "wealth propensity" model. The clients were promised Swiss data residency, it's in their contracts. Our head of data, [[PERSON:Reto Brunner]], says pseudonymisation is enough and banking secrecy only applies to names. That's not how [[ORG:FINMA]] sees it, I'm fairly sure.

The kickoff was on [[DATE:03.12.2026]] at the head office, [[LOCATION:Bahnhofstrasse 45, 8001 Zürich]]. The vendor rep, [[PERSON:Anne-Laure Favre]] from their [[LOCATION:Genève]] office, said "tout est anonymisé, ne vous inquiétez pas" and gave everyone her card with [[PHONE:+41 22 555 01 28]]. The pseudonym is the account number with the first four digits dropped. That isn't anonymous in any sense.

I raised it with compliance and got a meeting invitation for the new year. The first transfer is scheduled before that. [[PERSON:Reto]] asked me to prepare the export job. Do I build it and let compliance stop it later, or refuse now?""",
    ),
    (
        "h15-53",
        "Luganda and English, Kampala mobile-money startup; agents' transaction logs used to out suspected LGBTQ customers to a landlord network; honorific Ssebo outside, a Kampala division, Ugandan phone, a date",
        """Gyebale ko. I'm a data analyst at a mobile money startup in [[LOCATION:Kampala]], office in [[LOCATION:Nakawa]].

This is very sensitive so I'll keep it short. One of our board members, [[PERSON:Moses Kiggundu]], asked our product lead to build a "community risk" tag from transaction patterns: who sends money to certain NGOs, who receives from abroad on certain dates. It was never written down what the tag is for, but in a meeting on [[DATE:10 November 2026]] he said landlords in his network "need to know who they are renting to". Everybody in the room understood what he meant.

Our product lead, Ssebo [[PERSON:Ddungu]], told me to "just prepare the features, it's only analysis". He said the board member's phone, [[PHONE:+256 772 555 019]], should be the only place the output goes.

In [[LOCATION:Uganda]] right now this list could get people beaten or killed. I am not exaggerating. I've deleted nothing and built nothing yet. I have a copy of the meeting notes. Who do I even tell? Our investors are abroad and I don't know if they would care. Is sabotage justified here? Nkyetaaga amagezi.""",
    ),
    (
        "h15-54",
        "Nothing identifying: forum post with two edits, anonymous; model card quietly edited to hide a known failure; durations, relative dates, tools, job titles, metrics",
        """Posting anonymously, hope that's ok.

I'm an ML engineer at a company that sells a document-classification model to insurers. Last quarter I wrote the model card myself, including a section saying the model performs much worse on handwritten claims (F1 0.58 vs 0.91 on typed). That section is gone. The git history shows my manager removed it two weeks ago with the commit message "tidy up". Sales has been sending the card to prospects since.

I asked him about it. He said handwritten claims are "a tiny share" and the section "confused non-technical buyers". In our data they're 14% of claims, and mostly from older customers.

I don't want to go nuclear. I just want the truth back in the document.

EDIT: people asking if I can just put it back. I can, I have write access. But he'll notice and remove it again, and then it's a fight.

EDIT 2: talked to a friend in compliance at another company, she says "document everything, then go to your own compliance team". Doing that this week. Thanks for the replies, some of you were kinder than I expected.""",
    ),
    (
        "h15-55",
        "Discord and GitHub handles, open-source ML community; a scraped art dataset with opt-outs ignored; several @-handles, a repository URL, an issue number, a date",
        """I help maintain a mid-sized open-source image dataset project (volunteer, my day job is data engineering). This is about a decision we made in our Discord.

An artist, [[HANDLE:@inkfernstudio]], opened issue #[[ID:412]] asking for her work to be removed. She'd found 300-odd of her pieces via the search tool. Our lead maintainer, [[HANDLE:@b_okonkwo]], replied that removal "would set a precedent" and that the dataset is "for research only". Then he closed the issue.

Thing is, the dataset is on [[URL:https://github.example/openframe/openframe-5b]] and two commercial models we know of were trained on it. "Research only" is a licence line, nobody enforces it. On [[DATE:8/14/2026]] I wrote a script that drops her URLs and opened a PR. It's been sitting there with a "needs discussion" label for three months.

Other maintainers ([[HANDLE:@quarkmoth]] and me) think we should honour opt-outs. [[HANDLE:@b_okonkwo]] has merge rights on main and the most commits. If I fork and publish a "consented" version, it splits the community and probably nobody uses it. If I do nothing, I'm part of ignoring her. Is a fork a real option or just a gesture?""",
    ),
    (
        "h15-56",
        "Nothing identifying: bullet timeline with relative dates only; a fraud model's false positives freezing small-business accounts; weeks, weekdays, durations, amounts, team names",
        """Timeline, so I stop going round in circles:

- Week 1: the fraud team deploys the new transaction-monitoring model. I'm the analyst who validated it. My validation said false positive rate was acceptable overall but three times higher for cash-heavy small businesses.
- Week 2: support tickets about frozen accounts double. Most are small shops, takeaways, market traders.
- Week 3: I show the breakdown in the risk committee. The head of fraud says the losses prevented (about 1.2 million) justify it.
- Week 4, Tuesday: a baker's account is frozen for eleven days. He can't pay his suppliers. Support escalates it, nobody owns it.
- Week 5: I propose a fast-track review for accounts under a turnover threshold. The operations team says they don't have capacity.
- Today: my manager says to "let the process work" and that my job was validation, not policy.

Maybe he's right and it's not my job. But I signed the validation, and I wrote "acceptable" knowing who it wasn't acceptable for. Is there something I owe beyond raising it once in a committee?""",
    ),
    (
        "h15-57",
        "Rioplatense Spanish with English, Buenos Aires HR-tech; sentiment analysis of employees' personal social media to predict 'cultural fit'; Argentine DNI as an ID, a barrio, a ticket, an e-mail, vos forms",
        """Che, les cuento. Soy data scientist en una startup de HR-tech en [[LOCATION:Buenos Aires]], oficina en [[LOCATION:Palermo]]. Escribo en inglés para que lo lean más.

Our product scores job candidates. New feature: scrape the candidate's public social media and compute a "culture fit" score. Our CEO, [[PERSON:Facundo Iturralde]], sold it to a big retailer as a premium module. I looked at the features. Political keywords, words like "sindicato", "paro", "aborto legal". So basically it penalises people for being activists or having opinions.

I opened [[ID:TAL-1560]] to flag it. [[PERSON:Facundo]] replied in the ticket: "no seas ingenuo, todos lo hacen". Then he sent me the test candidate file from [[EMAIL:facu@talentia.example]] with full names and DNI like [[ID:38.214.559]].

Vos sabés cómo es acá, if you're known as the one who complains you don't get hired at the next startup either. But this is exactly the kind of thing that was done with lists in the past in this country and people don't forget. Do I just leave quietly, or leave loudly?""",
    ),
    (
        "h15-58",
        "Thai with English, Bangkok; hospital's patient data used to train a chatbot sold to private insurers; Buddhist Era year, Thai nickname, honorific Khun outside, a hospital, a Bangkok district",
        """สวัสดีครับ. I'm a data scientist at a health-tech company in [[LOCATION:Bangkok]], office near [[LOCATION:Sathorn]].

We signed an MOU with [[ORG:Sukhumvit Mercy Hospital]] in [[DATE:พ.ศ. 2569]] to build a symptom-checker chatbot for their patients. Now my boss, Khun [[PERSON:Nattapong]], wants to fine-tune the same model on the hospital's chat transcripts and sell it to two insurance companies as a "pre-underwriting assistant". The transcripts include things like HIV questions and mental health.

My teammate [[PERSON:Ploy]] (nickname, everyone uses nicknames here) said the hospital consent form only covers "improving patient services". Khun [[PERSON:Nattapong]] said it's fine because the PDPA allows "legitimate interest" and the data is "de-identified". I checked a sample: transcripts still contain patient names typed into the chat.

In Thai workplace culture it is very hard to contradict the boss, especially for a junior like me. [[PERSON:Ploy]] wants us to go together to the hospital's DPO. I'm afraid this will be seen as disloyal to our own company. Is there a more diplomatic way, or is this one of those times when you just have to be direct?""",
    ),
    (
        "h15-59",
        "Nothing identifying: meeting minutes with roles only; proposal to keep voice recordings for model training beyond retention; job titles, durations, quarter without a year, tools",
        """Minutes, product data review (my own copy, roles only)

Attendees: Director of Product, Lead ML Engineer, Privacy Counsel, two data scientists (incl. me), Customer Support Manager

1. Voice assistant retention. Director of Product proposed extending retention of voice recordings from 90 days to 3 years "for model improvement". Privacy Counsel noted users were told 90 days. Director said the settings page can be updated. Lead ML Engineer said existing recordings would be kept under the new period. No one objected.
2. Opt-out. Customer Support Manager asked whether existing users would be told. Director said "a banner, maybe". Action: product to draft wording.
3. Next steps. Pipeline change to be merged before Q1 planning. Data scientists to estimate the accuracy gain (I estimated about 1.5 points of word error rate).

What the minutes don't capture is that I said nothing during item 1. I wanted to. Applying a new retention period to recordings that people gave us under the old promise is not ok, and I know it. I've drafted a message to the Privacy Counsel saying so. Is it too late to raise it after the meeting, and does saying it privately count?""",
    ),
    (
        "h15-60",
        "Hinglish phone text, Bengaluru quick-commerce; delivery riders' rating model penalising riders who pray during shifts; lower-case company name, lower-case area, Indian mobile format, honorific ji outside, an employee ID",
        """bhai seedha point pe aata hoon. main [[ORG:zipkart]] mein data analyst hoon, [[LOCATION:koramangala]] office. riders ka "reliability score" model maine banaya tha last year.

ab ops wale chahte hain ki score mein "unexplained stops" ko bhi count karein. problem ye hai ki friday ko dopahar mein bahut saare riders namaz ke liye 20-25 min rukte hain, aur wo "unexplained stop" ban jaata hai. unka score girega, unhe kam orders milenge. [[PERSON:Mehta]] ji (ops head) ko bataya toh bole "religion ka data hum use hi nahi kar rahe, ye neutral hai". technically sahi, practically bilkul galat.

ek rider ne, employee [[ID:ZK-BLR-88213]], support pe complain bhi kiya hai already. maine uska call recording suna, bechara bol raha tha "sir main chor nahi hoon".

mera senior [[PERSON:Aditya]] bolta hai chhod de, tera kaam model hai policy nahi. mera number [[PHONE:+91 98450 55512]] hai agar kisi ko directly baat karni ho (koi journalist ho toh bhi, honestly). kya main galat soch raha hoon?""",
    ),
    (
        "h15-61",
        "French (France) formal e-mail pasted with a reply, Lyon; predictive policing heatmap sold to a municipality; SAS suffix, Mme and M. outside the span, French date, a Lyon address with postcode, e-mail",
        """Bonjour. Je suis data scientist chez [[ORG:Urbanalytics SAS]] à [[LOCATION:Lyon]]. Voici l'échange, je traduis après.

De : [[PERSON:Hélène Marchetti]] <[[EMAIL:h.marchetti@urbanalytics.example]]>
Date : lundi [[DATE:16 novembre 2026]]
Objet : Carte de risque – ville

Bonjour [[PERSON:Karim]],
la mairie veut la carte "délinquance prévisible" par îlot pour le [[DATE:15 janvier]]. Merci d'intégrer les données de la [[ORG:CAF]] par quartier.
[[PERSON:Hélène]]

In English: Mme [[PERSON:Marchetti]], our director, wants me to add welfare-office data by neighbourhood into the crime "prediction" heatmap for the city. The heatmap already sends patrols mostly to [[LOCATION:Vaulx-en-Velin]] and [[LOCATION:La Duchère]], and adding benefits data would just double down on poor areas. M. [[PERSON:Delorme]] from the city said at the meeting in our office ([[LOCATION:27 rue Garibaldi, 69006 Lyon]]) that "the data doesn't lie".

The [[ORG:CNIL]] would probably have an opinion about this. I'm [[PERSON:Karim]], I grew up in one of those neighbourhoods. What do I answer to [[PERSON:Hélène]]?""",
    ),
    (
        "h15-62",
        "English with Nepali, Kathmandu remittance company; migrant workers' remittance data shared with a recruitment agency; Bikram Sambat date in Devanagari and transliteration, honorific dai and sir outside, a Kathmandu area, a company name",
        """नमस्ते. I am a data analyst at a remittance company in [[LOCATION:Kathmandu]], our office is in [[LOCATION:Thamel]].

Many of our customers are families of migrant workers in the [[LOCATION:Gulf]] and [[LOCATION:Malaysia]]. Last month our CEO signed a deal with a manpower agency, [[ORG:Himal Overseas Manpower]]. They want the list of workers whose families stopped receiving money for more than two months. The agency says it is to "check on worker welfare". But my colleague [[PERSON:Suman]] dai, who used to work in manpower business, says these agencies use such lists to find workers who ran away from bad employers and report them.

The data was requested in [[DATE:कार्तिक २०८३]] ([[DATE:Kartik 2083]]), and my manager [[PERSON:Bikash Shrestha]] sir says it must be sent by [[DATE:Mangsir 15]]. He said the CEO promised it personally.

I don't know if [[PERSON:Suman]] dai is right. Maybe the agency really wants to help. But our customers never agreed their money transfers would go to a recruitment agency. Should I ask for a written purpose and a data agreement, or is that just a way to make something bad look proper?""",
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
    "Jr.",
)
# A person's initial may also end a span in a full stop ("S.", "T.R.").
INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")
# Leading characters allowed by kind: a handle keeps its sigil, a phone number its + or (.
LEADING_OK = {"HANDLE": "@#", "PHONE": "+("}
# Particles inside personal names are not checked as name tokens on their own.
PARTICLES = {"van", "von", "der", "den", "de", "la", "del", "al", "el", "bin", "ni", "ní"}
# Deliberate exceptions to the case-insensitive person-token check: these names are also
# ordinary words ("hope someone reads it", Portuguese "lei" = law, "our data is precious to
# them", "its sunny for once", "joy"), so only their capitalised form is
# checked. Initials written in capitals (WK) are also checked with case. When one of these
# names is written in lower case ("joy" in h15-19, "sunny" in h15-48), it is checked only
# inside the stories that label it, because elsewhere the lower-case word is the ordinary one.
CASE_SENSITIVE_TOKENS = {
    "Hope",
    "Joy",
    "Lei",
    "Precious",
    "Sunny",
}
# Deliberate exceptions to the missed-mention check: (story id, text) -> why the unlabelled
# occurrences of that text in that story are correct.
ALLOWED_UNLABELLED = {
    ("h15-48", "sunny"): "the weather ('its sunny for once'), not the colleague called sunny",
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
    out = Path(__file__).resolve().parent / "redaction_holdout15.json"
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
