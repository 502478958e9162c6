"""Twelfth holdout for the storyshare redaction engine, written blind.

The stories below were written without looking at the engine, its tests or any other
corpus. Each is a first-person workplace ethics story by a data practitioner, with every
identifying detail marked inline as [[KIND:text]]. Running this script removes the
markup, computes exact offsets, checks the labels and writes redaction_holdout12.json
next to itself. It exits non-zero if any check fails.

Every person, company, address, phone number, e-mail address, handle, URL and ID number
is fictional (555 numbers, 07700 900xxx, documentation IP ranges, .example domains); a few
well-known real organisations and places appear as a submitter would mention them.

Regenerate: python3 tests/data/make_holdout12.py
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
        "h12-01",
        "Rushed lower-case phone text (UK): lower-case names and places, a lower-case brand, a possessive, abbreviated dates ('1 oct', 'jan'); weekday, 'Q3' without a year, 'next wk', 'the 50 bus' and 'teams' as distractors.",
        """ok so throwing this out there bc i cant sleep. im a data analyst at [[ORG:brightwell]] (the energy switching site not the bank lol). my manager [[PERSON:gaz]] wants the Q3 deck to say the new onboarding flow "drove" a 14% uplift in switches. it didnt. the uplift is basically all the [[ORG:Ofgem]] price cap change on [[DATE:1 oct]], u can literally see it in the cohort chart. told him in our 1:1 on thurs and he goes "then dont put the cohort chart in". [[PERSON:shreya]] from finance already noticed the numbers dont tie to billing and messaged me on teams like "??? why is ur uplift 3x mine". [[PERSON:gaz]] presents to the board in [[LOCATION:manchester]] next wk and the investors will be in the room. do i send [[PERSON:shreya]] the raw query and let her raise it? do i go over [[PERSON:gaz]]'s head to [[PERSON:Dom Akers]] (our COO)? my contract renewal is in [[DATE:jan]] and i rent a flat in [[LOCATION:salford]] on my own so walking out isnt really an option rn. sorry for typos, on the 50 bus and its packed""",
    ),
    (
        "h12-02",
        "WhatsApp export with [dd/mm/yyyy, hh:mm:ss] headers and Nigerian Pidgin: the header date labelled every time, hyphenated surname, 'Mr' outside the span, a regulator acronym, a lower-camel brand, a Jira key; 'Me', 'Monday', the naira amount as distractors.",
        """[[[DATE:14/02/2025]], 21:07:33] [[PERSON:Tobi Adeyemi-Cole]]: bros you don hear wetin Mr [[PERSON:Eze]] talk for standup?
[[[DATE:14/02/2025]], 21:08:02] Me: which one again
[[[DATE:14/02/2025]], 21:08:40] [[PERSON:Tobi Adeyemi-Cole]]: him wan make we scrape contact list from borrowers phone put for the collections model. e call am "alternative data"
[[[DATE:14/02/2025]], 21:09:15] Me: e no dey the consent screen o. [[ORG:NDPC]] go finish us
[[[DATE:14/02/2025]], 21:10:01] [[PERSON:Tobi Adeyemi-Cole]]: abeg no put am for email. [[PERSON:Chinedu]] don already defend am say na innovation

That is the chat from that night. I am an ML engineer at [[ORG:Kwikcash Microfinance Ltd]] in [[LOCATION:Yaba]], [[LOCATION:Lagos]]; the app is [[ORG:OgaLoan]]. Mr [[PERSON:Eze]] heads risk and [[PERSON:Chinedu Okonkwo]] is the product lead. By Monday the spec was in Jira as [[ID:RISK-2291]] with me as assignee. Calling a borrower's mother and her pastor to shame her over a ₦40,000 loan is not collections, it is harassment, and the regulator has already fined apps for exactly this. I have not touched the ticket. [[PERSON:Tobi]] says make I just delay am till e die. Na wetin I dey do, but e no fit die forever.""",
    ),
    (
        "h12-03",
        "Forwarded e-mail in German with English body: Von/Date/To headers, name in header and signature, two e-mail addresses, German date '3. März 2025', GmbH, a street address with PLZ as one span, an international phone, a works-agreement reference, 'Herr' and 'Dr.' outside spans; 'Betriebsrat', 'DPO', 'Mo.' as distractors.",
        """---------- Forwarded message ---------
Von: [[PERSON:Katrin Oberholzer]] <[[EMAIL:k.oberholzer@feldmark-analytics.example]]>
Date: Mo., [[DATE:3. März 2025]] um 08:41
Subject: AW: Mitarbeiter-Score / Datenfreigabe
To: <[[EMAIL:data-team@feldmark-analytics.example]]>

Hallo zusammen,
bitte ab sofort die Badge-Logs aus dem Werk [[LOCATION:Pirmasens]] mit den Leistungsdaten joinen. Der Betriebsrat muss das nicht wissen, ist nur ein Pilot.
VG
[[PERSON:Katrin Oberholzer]]
Leiterin People Analytics
[[ORG:Feldmark Analytics GmbH]] | [[LOCATION:Hafenstraße 12, 67655 Kaiserslautern]]
Tel. [[PHONE:+49 631 5550 1842]]

My German is slow but I got it. Joining per-minute badge entries with performance reviews is exactly what our works agreement ([[ID:BV 14/2023]]) forbids. I asked [[PERSON:Katrin]] on a call and she said "Herr [[PERSON:Lindqvist]], it is only a pilot, relax". Our DPO, Dr. [[PERSON:Ansgar Wöhrle]], is on parental leave until [[DATE:April]] and the pilot starts before that. Going to the Betriebsrat myself feels like betraying my team lead; not going feels worse. Anyone been here?""",
    ),
    (
        "h12-04",
        "Slack export (New Zealand) with 'Name  10:42 AM' headers and te reo Māori: an iwi organisation with macrons, a company with a macron, a channel handle, a small city, 'GM' role, a date without a year; 'kia ora', 'whānau', 'kōrero', 'tikanga' and 'kanohi ki te kanohi' as distractors.",
        """[[PERSON:Hana Ngata]]  10:42 AM
kia ora team, the partnership extract from [[ORG:Te Rūnanga o Kōpūtai]] landed in the bucket 🙌
[[PERSON:Ben Whitcombe]]  10:44 AM
sweet. can we chuck it in the churn model too? more features = better
[[PERSON:Hana Ngata]]  10:45 AM
no?? the data agreement says health research only, and only for whānau who opted in
[[PERSON:Ben Whitcombe]]  10:47 AM
nobody will know tbh, it's hashed. [[PERSON:Roimata]] already said fine

I'm the fourth person in [[HANDLE:#data-partnerships]]. We're a small health-insights shop in [[LOCATION:Whanganui]] called [[ORG:Kererū Analytics]], and that agreement took [[PERSON:Hana]] two years of kōrero to get. [[PERSON:Roimata Parata]] (our GM) did not say "fine", she said "check the agreement" – I was on that call on [[DATE:18 March]]. Using it for churn would break tikanga and the Māori data sovereignty principles we signed up to. [[PERSON:Ben]] is a good guy, just squeezed by the investor in [[LOCATION:Auckland]]. Do I escalate to [[PERSON:Roimata]] in writing, or talk to [[PERSON:Ben]] first, kanohi ki te kanohi?""",
    ),
    (
        "h12-05",
        "Meeting minutes (Netherlands) with initials: initials as PERSON (JvdB, MK, SE, AvL), 'R. de Groot' with a particle, a full name with 'van den', a date dd-mm-yyyy, 'Q4 2024', N.V. suffix, a central bank, a minutes reference; 'Fraud model v3', 'CRO', 'Toeslagenaffaire' and demonyms as distractors.",
        """Minutes – Model Risk Committee – [[DATE:11-06-2024]]
Present: [[PERSON:JvdB]] (chair), [[PERSON:MK]], [[PERSON:SE]], [[PERSON:R. de Groot]], me
Apologies: [[PERSON:AvL]]

1. Fraud model v3 ([[PERSON:MK]]): false positive rate for claimants with Moroccan or Turkish surnames is 3.4x baseline. [[PERSON:MK]] proposes dropping the name-derived features.
2. [[PERSON:JvdB]]: not before the supervisory review by [[ORG:De Nederlandsche Bank]]; we do not touch a validated model. Action: revisit [[DATE:Q4 2024]].
3. [[PERSON:R. de Groot]] asks that the bias finding is minuted. [[PERSON:JvdB]]: "keep it out of the minutes."

Well, it is in my minutes. I'm a model validator at [[ORG:Havenstad Verzekeringen N.V.]], [[LOCATION:Rotterdam]] office. [[PERSON:JvdB]] is [[PERSON:Jeroen van den Berg]], our CRO; [[PERSON:MK]] is [[PERSON:Mustafa Kaya]], who found it. The official version sent round by the secretariat ([[ID:MRC-2024-017]]) has item 3 deleted. After the Toeslagenaffaire I thought nobody here would dare again. I keep my own copy. Do I send it to the ethics officer, or is that the end of my career in Dutch insurance?""",
    ),
    (
        "h12-06",
        "Jira ticket pasted with comments, Hinglish: ticket key, reporter name, 'ji' and 'Ms.' outside spans, Pvt. Ltd., a neighbourhood and a bare pincode as LOCATION, dd/mm and '12 Nov' dates, a month in Hindi context; 'se', 'RBI' labelled as regulator, 'EMI', 'Sprint: Festive push' as distractors.",
        """[[ID:DATA-4471]] | Add religion_inferred feature to credit-line model
Reporter: [[PERSON:Rakesh Sharma]] | Assignee: me | Priority: High | Sprint: Festive push
Description: Infer community from surname + pincode, add as feature. Bureau data alone not giving lift.

Comment (me): Isme legal se approval hai? Ye religion ka proxy hai, [[ORG:RBI]] fair practices code ke against jayega.
Comment ([[PERSON:Rakesh Sharma]]): Yaar just build it, compliance ko main handle kar lunga. Deadline [[DATE:15/11]].

So that is where we are. [[PERSON:Sharma]] ji is my reporting manager at [[ORG:Paisakar Fintech Pvt. Ltd.]], and the pilot is for borrowers in [[LOCATION:Koramangala]] and the [[LOCATION:560034]] pincode first. I raised it with our compliance head Ms. [[PERSON:Deepa Iyer]] on [[DATE:12 Nov]] and she said "[[PERSON:Rakesh]] has already spoken to me". Mera appraisal [[DATE:March]] mein hai and my home loan EMI is not small. Team mein sab bol rahe hain "everyone does it, bureau score bhi biased hai". Kya main ticket ko silently slow karun, ya [[ORG:RBI]] ko complaint bhejun? Dono mein risk hai.""",
    ),
    (
        "h12-07",
        "Forum post (reddit style) with u/ handles and edits: a US insurer, a city, bare ZIP codes as LOCATION, name and short form (Bradley/Brad), a compliance e-mail, a case number, 'Sept 9'; 'ACA', 'EDIT', 'north' as distractors.",
        """Throwaway ([[HANDLE:u/quietquant_88]]) because half my team reads this sub.

I'm a senior analyst at [[ORG:Crestline Mutual Health]] in [[LOCATION:Tulsa]]. Last sprint my director, [[PERSON:Bradley Kuyper]], asked for a "member engagement" model. Turns out engagement means predicted likelihood of filing an expensive claim in the next 12 months, and the output goes to the team that plans campaigns: which ZIPs get the gym-discount mailers and which get nothing. The top "do not mail" ZIPs are [[LOCATION:74126]] and [[LOCATION:74106]], north [[LOCATION:Tulsa]], mostly Black neighborhoods.

When I raised it, [[PERSON:Brad]] said marketing is not underwriting so the ACA rules don't apply. Our compliance mailbox ([[EMAIL:compliance-intake@crestlinemutual.example]]) auto-replied with case number [[ID:CMP-0098812]] and nothing since [[DATE:Sept 9]].

EDIT: to [[HANDLE:u/not_a_lawyer_but]] who asked, yes I kept the notebook and the query outputs, on the work laptop only.
EDIT 2: please stop guessing my employer in the comments, I deleted the ones that did.""",
    ),
    (
        "h12-08",
        "Voice-to-text transcript without punctuation: lower-case company name, lower-case depot town, a spelled-out e-mail, a phone number read out as words, a spoken date 'twenty third of may', an Irish surname with apostrophe; 'full stop new line', 'HR', 'Friday' as distractors.",
        """so um this is dictated because I'm driving sorry about the punctuation I work for a little freight company called [[ORG:hallam and birch]] and my boss [[PERSON:Terry Nwosu]] asked me to pull the telematics for all the drivers out of the [[LOCATION:doncaster]] depot and rank them by toilet stops basically minutes stationary off route and then he wants the bottom ten on a list for HR and one of them is [[PERSON:Kasia]] who is pregnant and everybody knows it and I said to [[PERSON:Terry]] that's not a productivity metric that's a pregnancy detector and he said just send it to [[EMAIL:terry dot nwosu at hallambirch dot example]] by Friday full stop new line he also said if I've got a problem ring him on [[PHONE:zero seven seven zero zero nine zero zero four one two]] which I did and he didn't pick up so now it's the [[DATE:twenty third of may]] and I've got till the end of the week I think the union rep is [[PERSON:Mick O'Driscoll]] but I've never spoken to him and I don't know if going to the union makes it worse for [[PERSON:Kasia]] or better""",
    ),
    (
        "h12-09",
        "Teams chat with 'Surname, Given' headers and '(External)' tags: comma-inverted names as one span, LLP, a client with '&', a region; 'VP', 'decile', ages and percentages as distractors.",
        """[09:12] [[PERSON:Okafor, Chidinma]]
can we re-run attrition without the maternity_leave flag? legal said no to it
[09:15] [[PERSON:Vasquez-Hale, Daniel]] (External)
the client VP wants it in, says it's "predictive"
[09:16] [[PERSON:Okafor, Chidinma]]
predictive of WHAT [[PERSON:Daniel]]
[09:16] [[PERSON:Vasquez-Hale, Daniel]] (External)
lol ok take it offline

I'm the third person in that chat, a consultant at [[ORG:Norbridge Advisory LLP]]. The client is a fashion retailer, [[ORG:Halvorsen & Lamb]], 2,000 staff across the [[LOCATION:West Midlands]]. The deliverable is a "flight risk" score per employee that line managers will see. With the maternity flag in, the top decile is 71% women aged 28–38. [[PERSON:Chidinma]] is our engagement lead and she is right. [[PERSON:Daniel]] is a contractor the partner brought in, and the partner, [[PERSON:Giles Penhaligon]], bills the client by the sprint. I've been told "we are not the client's conscience". Should I put my concerns in the handover doc, where the client will read them, or is that career suicide in a firm this size?""",
    ),
    (
        "h12-10",
        "Discord log with 'name — Today at 3:14 PM' headers: bare usernames as HANDLE, an @mention, a channel, a birth year, a studio name, a city with accent and a neighbourhood, a ticket, 'Oct 2'; 'loot box', 'Law 25', 'friday' as distractors.",
        """[[HANDLE:pixelmonk]] — Today at 3:14 PM
the new "whale detector" flags kids. like accounts with birth year [[DATE:2012]]
[[HANDLE:v0idwalker]] — Today at 3:15 PM
product doesnt care, [[HANDLE:@Ramona]] said ship it friday
[[HANDLE:pixelmonk]] — Today at 3:15 PM
its literally targeting 12 year olds with the loot box offers
[[HANDLE:v0idwalker]] — Today at 3:17 PM
file it in [[HANDLE:#trust-and-safety]] and move on, not our call

I'm [[HANDLE:pixelmonk]]. We're a mobile studio, [[ORG:Grimlight Games]], about 80 people in [[LOCATION:Montréal]], office in [[LOCATION:Mile End]]. [[PERSON:Ramona Iliescu]] is the monetisation PM; [[HANDLE:v0idwalker]] is [[PERSON:Theo]], the other data scientist. I filed it as [[ID:TS-1187]] on [[DATE:Oct 2]] and it was closed as "working as intended" within the hour. Under Law 25 we are supposed to do a privacy impact assessment for exactly this kind of profiling and nobody has. I like my job. I also don't want to be the person who built the thing that sold loot boxes to kids.""",
    ),
    (
        "h12-11",
        "SMS thread in Swahili and Sheng (Kenya): 'Wed 9 Apr' with the weekday outside, informal settlements and a capital as LOCATION, 'Mzee' outside the span, an NGO, a foreign donor with accents, a grant number; 'M&E', 'ED', 'wueh', 'sijui' as distractors.",
        """Wed [[DATE:9 Apr]], 18:02
[[PERSON:Wanjiru]]: sasa, umeona ile dashboard ya mkubwa?
Me: ndio. ame-filter out [[LOCATION:Kibera]] na [[LOCATION:Mathare]] zote
[[PERSON:Wanjiru]]: so repayment rate inakaa 94% kwa donors. wueh
Me: na hao ndio wateja wetu wengi
[[PERSON:Wanjiru]]: usiseme kitu bana, Mzee [[PERSON:Otieno]] atakuua

Context: I'm the M&E analyst at [[ORG:Jamii Mkopo Trust]], a microfinance NGO in [[LOCATION:Nairobi]]. Mzee [[PERSON:Otieno]] is our ED, [[PERSON:Joseph Otieno]]. The donor report for [[ORG:Fondation Lumière du Sud]] is due [[DATE:30 April]]. Excluding the two settlements "because of data quality" hides a 61% repayment rate there, and next year's grant ([[ID:FLS-KE-2025-014]]) funds expansion exactly there. [[PERSON:Wanjiru Kamau]] does finance and she is scared too. Sijui. If I tell the donor directly I'm finished in this sector, [[LOCATION:Nairobi]] is small. If I don't, the women in [[LOCATION:Mathare]] pay for it with loans sized on a lie.""",
    ),
    (
        "h12-12",
        "Formal complaint to a regulator drafted in French-flavoured English: regulator full name and acronym, SAS company, a French street address with postcode as one span, French dates ('janvier 2025', '4 février'), 'M.' and 'Mme' outside spans, a documentation IP, an agency with '&', an internal ticket; 'DPO', 'Madame, Monsieur' as distractors.",
        """To: [[ORG:Commission Nationale de l'Informatique et des Libertés]] ([[ORG:CNIL]])
Object: Report of processing of health data without legal basis

Madame, Monsieur,

I, the undersigned, data analyst at [[ORG:Vireo Santé SAS]] ([[LOCATION:14 rue des Tanneurs, 69002 Lyon]]), wish to report the following facts, witnessed personally since [[DATE:janvier 2025]].

1. The marketing direction, under M. [[PERSON:Aurélien Castaing]], receives each week an extract of the teleconsultation database, including pseudonymised diagnosis codes, to build "look-alike" audiences.
2. The DPO, Mme [[PERSON:Solène Ruffier]], was informed by e-mail on [[DATE:4 février]] and has not answered.
3. The extract is deposited on a server ([[ID:203.0.113.57]]) belonging to the agency [[ORG:Mistral & Fils Conseil]].
4. I join the internal ticket reference [[ID:VS-DATA-3312]].

I request that my identity is not communicated to my employer. Please accept, Madame, Monsieur, the expression of my distinguished salutations.

(I post it here before sending. Everyone in my team says the [[ORG:CNIL]] takes two years and that I will be the one who leaves.)""",
    ),
    (
        "h12-13",
        "Bullet timeline in Portuguese and English (Brazil): dd/mm/yyyy and dd/mm dates, a month in Portuguese, a credit bureau, the DPA acronym, a CPF number, a nickname (Bia), a neighbourhood and a city; 'LGPD', 'PJ', 'hoje' as distractors.",
        """linha do tempo, pra eu não enlouquecer:
- [[DATE:02/05/2024]]: gerente ([[PERSON:Marcelo Queiroz]]) pede pra cruzar a base de clientes com dados da [[ORG:Serasa]] "só pra testar"
- [[DATE:10/05]]: pergunto da base legal na LGPD. resposta: "legítimo interesse, relaxa"
- [[DATE:23/05]]: vejo no notebook que o join é por CPF, inclusive de menores (o [[ID:123.456.789-09]] é de uma criança de 9 anos, conta dependente)
- [[DATE:03/06]]: falo com a [[PERSON:Bia]] do jurídico, ela diz que vai ver
- [[DATE:17/06]]: a [[PERSON:Bia]] saiu da empresa. ninguém sabe por quê
- hoje: o [[PERSON:Marcelo]] quer o modelo em produção até [[DATE:julho]]

I'm a data scientist at [[ORG:Tucano Pay S.A.]], escritório de [[LOCATION:Pinheiros]], [[LOCATION:São Paulo]]. Writing about work is easier for me in English, sorry for the mix. Is it worth going to the [[ORG:ANPD]] when I'm on a PJ contract that can end any day? Or do I just make the model worse on purpose and hope it fails the validation?""",
    ),
    (
        "h12-14",
        "Japanese workplace story in English with Japanese fragments: K.K. suffix, a district and a city, a Reiwa-era date, '6月', '-san' and '部長' outside spans, family-name-first names, a client chain, a project code; 'APPI', '課長', '空気を読んで', 'senpai' as distractors.",
        """Posting in English so colleagues won't find it by searching in Japanese.

I'm a data scientist at [[ORG:Hoshizora Data K.K.]] in [[LOCATION:Umeda]], [[LOCATION:Osaka]]. On [[DATE:令和7年4月1日]] our client, a supermarket chain called [[ORG:Marukawa Stores]], started a new "loss prevention" camera project. My 課長, [[PERSON:Takahashi]]-san, asked me to match face embeddings from the store cameras with the point-card member list, so that "repeat suspicious customers" get a flag at the till. Nobody told the members. When I said APPI requires notice, [[PERSON:Takahashi]]-san said 「空気を読んで」, read the air. My senpai [[PERSON:Mori Haruka]] agrees with me privately but says 出る杭は打たれる. The project code is [[ID:HZ-2025-0412]] and go-live is [[DATE:6月]]. The only person above [[PERSON:Takahashi]] is 部長 [[PERSON:Ishikawa Kenji]], who golfs with the client's president every month. My visa is tied to this employer. What would you do?""",
    ),
    (
        "h12-15",
        "KakaoTalk capture in Korean with an English account: a Korean name with '팀장님' outside, a Hangul surname with '변호사님' outside, 'Co., Ltd.' company, a tech district, a Korean date '2024년 8월', a resident registration number, the regulator acronym; '나', '법무팀', 'Lawyer' as distractors.",
        """(KakaoTalk capture, I kept the original)
[[PERSON:Kim Soo-yeon]] 팀장님: 이번 주까지 리텐션 모델에 임신 관련 검색어 피처 추가해주세요
나: 팀장님, 그건 민감정보라서 동의 없이는 어렵습니다
[[PERSON:Kim Soo-yeon]] 팀장님: 법무팀 [[PERSON:박]] 변호사님이 괜찮다고 했어요

I'm a data scientist at [[ORG:Hanbit Mobility Co., Ltd.]] in [[LOCATION:Pangyo]]. The app is a ride-hailing plus shopping super-app, and the feature would push baby products to women whose searches suggest pregnancy, before they have told anyone. Team lead [[PERSON:Kim]] says Lawyer [[PERSON:Park]] approved it verbally in [[DATE:2024년 8월]]; nothing is written down. Worse, the training table still has raw resident registration numbers in one column (first row: [[ID:900101-2555123]]), which should have been dropped a year ago. If this leaks, [[ORG:PIPC]] fines are the least of it. In Korean company culture you do not go around your 팀장님. I have eleven days.""",
    ),
    (
        "h12-16",
        "Non-native English from Vietnam with Vietnamese pronouns: 'Công ty TNHH' company, a district number and 'TP.HCM', 'anh'/'chị' outside spans, a full Vietnamese name with diacritics, a Vietnamese date, a province, a citizen ID, a phone; 'Zalo', 'em', 'page 14' as distractors.",
        """em chào mọi người. Sorry my English not good. I work data analyst for [[ORG:Công ty TNHH Sao Mai Data]] in [[LOCATION:Quận 7]], [[LOCATION:TP.HCM]]. Our client is consumer lending company. Anh [[PERSON:Tuấn]] (my lead) ask me build list of borrower "hard to collect" and include their Zalo contacts and workplace, so collection team can call the boss of borrower. Chị [[PERSON:Nguyễn Thị Hằng]] from legal say ok because customer sign contract page 14. But page 14 is font size 6. Deadline is [[DATE:ngày 5 tháng 6]].

Anh [[PERSON:Tuấn]] say "em đừng lo, ai cũng làm vậy". Last year one borrower in [[LOCATION:Bình Dương]] lose her factory job after collection team call her manager 30 times. In the sample file I see her again, CCCD [[ID:079095555123]], phone [[PHONE:0909 555 271]], now new loan. I feel very bad. If I refuse, maybe I lose job, and my family in [[LOCATION:Huế]] need money I send. If I do it, I am part of this. What you do?""",
    ),
    (
        "h12-17",
        "Taglish post from a BPO in Cebu: company with 'Inc.', an IT park and a barangay as LOCATION, 'Ate', 'Kuya' and 'Sir' outside spans, the ordinary-word name 'Joy', a 'Dela Cruz' surname, an employee ID, a labour agency, a city; 'QA', 'TL', 'NTE', 'US telco' as distractors.",
        """guys need advice. ako yung QA analyst sa [[ORG:Bayanihan Contact Solutions Inc.]] sa [[LOCATION:Cebu IT Park]], [[LOCATION:Lahug]]. yung account namin is a [[LOCATION:US]] telco. si Ate [[PERSON:Joy]] (TL namin) pinapa-tag sa amin yung calls ng agents na "may accent" para sa bagong speech analytics score. tapos pag mababa yung score, auto NTE. grabe diba. si Kuya [[PERSON:Bong]] na 7 years na sa account, first week pa lang dalawang NTE na. sabi ni Ate [[PERSON:Joy]] galing daw yan kay Sir [[PERSON:Raffy Dela Cruz]] sa [[LOCATION:Makati]] HQ.

pinakita ko sa kanya yung data: yung "accent" tag halos lahat agents from [[LOCATION:Mindanao]] at yung mga Bisaya. not a quality metric, bias yan. ang sagot: "wag ka na maingay, employee ID mo [[ID:BCS-20931]] pa naman madaling hanapin". parang threat?? iniisip ko mag-report sa [[ORG:DOLE]] pero contractual lang ako hanggang [[DATE:December]]. ano gagawin nyo?""",
    ),
    (
        "h12-18",
        "Gulf Arabic-flavoured English (Saudi Arabia): 'Co.' company, a city and districts, 'Eng.' outside the span, an 'al-' surname and later the given name alone, a kunya 'Abu Faisal' inside the span, an e-mail, an iqama number, a Hijri month and year; 'wallah', 'yalla', 'inshallah', 'embassy' as distractors.",
        """Salam all. I'm a data engineer at [[ORG:Sadeem Analytics Co.]] in [[LOCATION:Riyadh]], office in [[LOCATION:Al Olaya]]. Our client is a big contractor and they want a "loyalty index" for their foreign workers. It uses location pings from the company app to see who visits their embassy, or the remittance shops in [[LOCATION:Al Batha]], too often. Wallah this is the spec, I did not invent it.

Eng. [[PERSON:Khalid al-Harbi]] (our delivery head) says the client is very important, yalla just deliver. I wrote to him ([[EMAIL:k.alharbi@sadeem-analytics.example]]) that this can be used to stop people leaving, and the reply was one line: "not our business". [[PERSON:Abu Faisal]], the senior engineer, told me quietly that last project's workers with low score had passports held longer. In the test extract I saw real iqama numbers, for example [[ID:2455512345]]. Go-live is planned after [[DATE:Rajab 1446]]. Eng. [[PERSON:Khalid]] is a good man in other things, inshallah he listens if I bring numbers. Or maybe I only make myself a problem?""",
    ),
    (
        "h12-19",
        "Turkish-English story: A.Ş. company, a district and provinces, 'Bey' and 'Hanım' outside spans, a Turkish date, a TC identity number, a phone in Turkish format; 'Merhaba', 'KVKK', 'churn' as distractors.",
        """Merhaba. Kısa yazacağım. I'm an analyst at [[ORG:Lodos Veri Teknolojileri A.Ş.]], [[LOCATION:Kadıköy]] office. [[PERSON:Murat]] Bey, our general manager, wants the churn dashboard for our telecom client to "exclude" customers from [[LOCATION:Diyarbakır]] and [[LOCATION:Mardin]] because "they pull the average down", and then present the improved number at the client meeting on [[DATE:12 Şubat 2025]].

[[PERSON:Elif]] Hanım from the client side already asked me in an e-mail why the row count dropped by 8%. [[PERSON:Murat]] Bey told me to answer "data cleaning". It is not cleaning, it is removing the Kurdish-majority provinces from a retention number. Also the raw file we got from the client has TC kimlik numbers in clear text (first row [[ID:10000000146]]), against KVKK. When I asked, [[PERSON:Murat]] Bey said to call him, [[PHONE:+90 216 555 01 44]], not write. I am thinking to answer [[PERSON:Elif]] Hanım honestly. My husband says I am naive. Belki haklı.""",
    ),
    (
        "h12-20",
        "Polish-English story: Sp. z o.o. company, a Polish street address with postcode as one span, 'Pan' outside the span, the Polish DPA and labour inspectorate acronyms, a PESEL number, a Polish date; 'RODO', 'BHP', 'Dzień dobry' as distractors.",
        """Dzień dobry. Data engineer here, at [[ORG:Wisła Logistics Sp. z o.o.]], [[LOCATION:ul. Legnicka 55F, 54-203 Wrocław]]. Pan [[PERSON:Krzysztof Zieliński]], our CEO, asked IT to install a keystroke logger on all warehouse and office PCs, and I am supposed to build a "productivity model" on the logs. The logs include everything typed, so also private messages and bank logins during breaks.

I told my manager, [[PERSON:Agnieszka Wróbel]], that under RODO this needs at least an information to employees and a clear purpose. She agreed, but said Pan [[PERSON:Krzysztof]] will not change his mind and that "in this company we do not write to [[ORG:UODO]]". The rollout date is [[DATE:1 lipca 2025]]. In the pilot export I already see one colleague's PESEL typed into some form, [[ID:85010155555]], in plain text.

I could go to [[ORG:PIP]] or to [[ORG:UODO]] anonymously. I could also just quit, the market in [[LOCATION:Wrocław]] is OK for data engineers. But then somebody else builds it.""",
    ),
    (
        "h12-21",
        "Nothing identifying. Rushed lower-case vent about a pay gap report: sentence-initial 'Will' and 'Mark' (ordinary words), 'python', 'SQL', 'all hands', percentages, staff counts, 'within a year' and other relative time as distractors.",
        """ugh. quick vent + question. my manager wants me to drop the 'unknown' gender rows from the pay gap analysis bc they 'make the chart messy'. without them the median gap shrinks from 9.1% to 4.3% and guess who gets to say 'we fixed it' at the all hands. the unknowns are mostly ppl who declined to answer, which skews younger + the nonbinary folks. i said we could footnote it, he said no footnotes on exec slides. Will this come back on me if an auditor asks? prob. Will i say something? idk. people analytics is 3 ppl and the other two think im being dramatic. did it all in python, numbers checked twice, the SQL is clean, its not a data problem its a backbone problem. mine included. we're over 250 staff so the gap report is a legal thing, not a nice-to-have. Mark my words, a journalist picks this up within a year. any1 been here? what did u do. pls no 'just quit', rent exists""",
    ),
    (
        "h12-22",
        "Mexican Spanish and English: 'S.A. de C.V.' company, a city and a colonia nickname, 'licenciado' and 'Doña' outside spans, a double surname, a CURP, a Mexican phone, a Spanish date, the consumer regulator; 'por app', 'break', 'tamales' as distractors.",
        """Les cuento rápido porque estoy en mi break. I'm a data analyst at [[ORG:Crédito Tlaloc S.A. de C.V.]] in [[LOCATION:Guadalajara]]; we do small loans por app. Mi jefe, el licenciado [[PERSON:Rodrigo Salcedo Ibarra]], wants a model that scores how "reachable" a client's family is, using the contacts the app reads from the phone. La idea es presionar a la familia para que paguen.

Yesterday in the test data I found Doña [[PERSON:Carmen Ruiz Guzmán]]. I know her, she sells tamales on my street in [[LOCATION:Santa Tere]]. Her CURP ([[ID:RUGC610724MJCZRR05]]) and her daughter's number, [[PHONE:+52 33 5550 1987]], are right there with a "pressure priority" of 9 out of 10. Doña [[PERSON:Carmen]] owes less than four thousand pesos.

I told [[PERSON:Rodrigo]] on [[DATE:3 de marzo]] that this is exactly what [[ORG:CONDUSEF]] complaints are about. He laughed and said nobody complains, people are ashamed. He's not wrong, that's the whole business model. ¿Renuncio, o me quedo y lo hago mal a propósito?""",
    ),
    (
        "h12-23",
        "South African English with isiZulu and Afrikaans: '(Pty) Ltd' company, a neighbourhood and the nickname 'Jozi', a township and a bare postcode, 'Mr' outside 'van Wyk', the ordinary-word name 'Precious', a 13-digit ID number, the regulator's name, a date; 'POPIA', 'eish', 'ag man', 'sharp' as distractors.",
        """Eish. Okay. I'm a data scientist at [[ORG:Ubuntu Risk Analytics (Pty) Ltd]] in [[LOCATION:Braamfontein]], [[LOCATION:Jozi]]. We build pricing models for a short-term insurer. My manager, Mr [[PERSON:van Wyk]], wants a new "area risk" loading, and the top loaded area is [[LOCATION:Soweto]], postcode [[LOCATION:1804]]. When you look at it, the loading is basically race by postcode. Claims data doesn't justify it; the loss ratio there is fine.

I showed [[PERSON:Precious Mokoena]] from actuarial and she said "ag man, [[PERSON:van Wyk]] will say the reinsurer wants it". [[PERSON:Thabo]], my team lead, says sharp, do what the client pays for. Worse: the test file has full ID numbers, e.g. [[ID:8001015009087]], in a CSV on a shared drive. That is a POPIA problem by itself.

The pricing goes live on [[DATE:1 March 2025]]. I could write to the [[ORG:Information Regulator]], but honestly I'm more worried about my own mother in [[LOCATION:Soweto]] paying more for her car cover because of a model I built. Ngiyabonga for reading.""",
    ),
    (
        "h12-24",
        "Icelandic setting: 'ehf.' company, towns, patronymic names with ð and Þ, an Icelandic date '15. janúar 2025', a kennitala, a municipality as ORG; 'þetta reddast', 'insurer', 'small country' as distractors.",
        """Small country problem, so I will be vague where I can. I'm an analyst at [[ORG:Norðurljós Gögn ehf.]] in [[LOCATION:Akureyri]]. We run the backend for a step-counter and sleep app that the municipality, [[ORG:Akureyrarbær]], gives free to its staff as a wellness perk.

On [[DATE:15. janúar 2025]] my boss, [[PERSON:Guðrún Sigurðardóttir]], told me an insurer in [[LOCATION:Reykjavík]] wants "aggregated" sleep data for pricing. The file she asked for is per person, with kennitala as the key (the first line of the sample is [[ID:120389-2239]]). That is not aggregated. The staff agreed to a wellness app, not to their insurer reading how badly they sleep.

[[PERSON:Jón Þórsson]], our only developer, says þetta reddast, it will sort itself out. [[PERSON:Guðrún]] says the contract is signed and that I am overthinking. Everyone knows everyone here; her brother-in-law works at the insurer. If I refuse, I don't think I work in data in [[LOCATION:Akureyri]] again. If I don't, about 900 people who never heard of us are priced on their nights.""",
    ),
    (
        "h12-25",
        "Welsh-English code-switching: a (fictional) council as ORG in Welsh, a town and a village, a UK postcode, a name with the particle 'ap', a Welsh month-and-year date, a case reference; 'chwarae teg', 'duw duw', 'diolch', 'free school meals' as distractors.",
        """Helo pawb. I'm a data analyst at [[ORG:Cyngor Bro Teifi]], based in [[LOCATION:Aberystwyth]]. Since [[DATE:Medi 2024]] we've had a model that ranks families for "early help", which in practice means a social worker knocking. The features include free school meals, benefit sanctions and, duw duw, whether anyone in the household has contacted the council about rent arrears.

Chwarae teg, the intention is good. But I checked the top 40 and nearly half are in one estate in [[LOCATION:Llanbadarn Fawr]], postcode [[LOCATION:SY23 3QZ]], mostly because that estate phones us more. My manager, [[PERSON:Rhodri ap Iorwerth]], says the model is "validated" because the referrals led to cases. Of course they did; we sent the referrals.

[[PERSON:Mared]] in children's services has seen families stop asking for help with rent once word got round. She logged it as [[ID:CS-2025-0471]] and heard nothing. I want to write it up properly for scrutiny committee, but [[PERSON:Rhodri]] says it isn't my place. Diolch for any advice.""",
    ),
    (
        "h12-26",
        "Malaysian English with Malay: 'Sdn. Bhd.' company, a city and a neighbourhood, 'Encik' and 'Puan' outside spans, names with 'bin' and 'binti', a Chinese-Malaysian name, a MyKad number, a Telegram handle, a festival date with year; 'PDPA', 'lah', 'boleh', 'Telegram' as distractors.",
        """Hai semua. I'm a data scientist at [[ORG:Cahaya Analitik Sdn. Bhd.]] in [[LOCATION:Petaling Jaya]]. Our client is a factory group and their HR asked us to find which workers are in a Telegram group the union uses. Encik [[PERSON:Hafiz bin Rahman]], our director, says it is just "sentiment monitoring" lah, public data.

It is not public. Somebody inside added a bot account. The output is a sheet with name, MyKad (one I saw: [[ID:900214-14-5567]]), shift and "risk". Puan [[PERSON:Nurul Aisyah binti Kamal]] from the client already asked when she can get the "risk list" and messaged me directly from [[HANDLE:@nurul_hrpro]]. Boleh tak I refuse? PDPA here is weak for employees, I checked.

My colleague [[PERSON:Ah Seng]] says just do, the client pays on time. Encik [[PERSON:Hafiz]] wants it before [[DATE:Hari Raya 2025]]. I keep thinking about the workers in that group, many from [[LOCATION:Bangladesh]] and [[LOCATION:Nepal]], who will be the first to be "restructured". I have a loan for my car and my mak in [[LOCATION:Ipoh]] is sick.""",
    ),
    (
        "h12-27",
        "Ethiopian English with Amharic honorifics: PLC company, a capital and a neighbourhood, 'Ato' and 'W/ro' outside spans, an Ethiopian-calendar date 'Meskerem 2017 E.C.', a mobile number, a client bank; 'selam', 'ishi', 'region' as distractors.",
        """Selam. I work as a data analyst at [[ORG:Abay Data Solutions PLC]] in [[LOCATION:Addis Ababa]], office near [[LOCATION:Bole]]. Our client is a microfinance bank, [[ORG:Gion Micro Finance S.C.]], and they want a "regional risk" feature for loans. The spec says to infer the customer's ethnic group from first name and father's name, because ID cards no longer show it.

In our context this is dangerous, everybody knows why. Ato [[PERSON:Getachew Alemu]], our managing director, says ishi, it is only a variable, the bank takes responsibility. W/ro [[PERSON:Selamawit]] from the bank's credit department told me on the phone ([[PHONE:+251 91 155 5017]]) that it was decided at board level in [[DATE:Meskerem 2017 E.C.]] and that I should not "make politics".

I am the one who writes the mapping table, name to group. Ato [[PERSON:Getachew]] gave me until end of the month. I thought of putting wrong mappings on purpose, but that is also a lie. What would you do?""",
    ),
    (
        "h12-28",
        "Nothing identifying. Slack-style exchange with role labels (PM, me) and a reflection: '95%', 'precision 0.41', 'AUC', 'SHAP', 'Looker', 'Tuesday', 'three weeks', 'Head of Clinical Safety', 'the regulator' as distractors.",
        """PM: can we just say the model is 95% accurate in the launch post
me: it's 95% on the balanced test set. on real ward traffic precision is about 0.41
PM: nobody reads past the headline
me: the hospitals will. they'll set night staffing off it
PM: legal is fine with "up to 95%"
me: legal hasn't seen the calibration plot

That was Tuesday. I'm the only ML engineer on a sepsis early-warning product at a health-tech startup. The AUC is genuinely good, 0.88, and the SHAP plots make clinical sense. But a nurse reading "95% accurate" will trust an alert that is wrong more than half the time, and she will ignore the next one. The Head of Clinical Safety is on leave for three weeks and the press release goes out at the end of the month. My manager agrees with me in private and says he can't fight the PM on this one. I built a Looker dashboard with real-world precision by site and nobody opened it. Is it my job to go to the regulator about marketing copy?""",
    ),
    (
        "h12-29",
        "Tamil-English (Tanglish) from Chennai: 'Pvt Ltd' company without a full stop, a neighbourhood and a city, 'anna' after a name outside the span, an e-mail, an Aadhaar number with spaces, a festival with year as DATE, a hospital chain; 'machan', 'seri', 'romba', 'pharma' as distractors.",
        """Machan, need some perspective. I'm a data engineer at [[ORG:Kaveri Insights Pvt Ltd]], [[LOCATION:Velachery]] office, [[LOCATION:Chennai]]. Our client is a hospital chain, [[ORG:Sri Lakshmi Multispeciality Hospitals]]. They want us to build a "patient journey" dataset that a pharma company can use to target diabetic patients with ads. Consent? "Registration form la irukku," they say. It is one checkbox in tiny font.

[[PERSON:Karthik]] anna, my lead, sent the spec from [[EMAIL:karthik.s@kaveri-insights.example]] with the subject "URGENT before [[DATE:Pongal 2025]]". The sample extract has full Aadhaar numbers, like [[ID:5555 8102 4821]], next to HbA1c values. Romba kashtam. When I asked why pharma needs Aadhaar, [[PERSON:Karthik]] anna said "for dedup da, don't overthink".

Seri, I know the DPDP Act rules are not fully in force yet. But my appa is diabetic and he goes to one of their hospitals in [[LOCATION:Tambaram]]. Enna panradhu? Refuse and get moved to the bench, or build it with the Aadhaar hashed at least and call it a win?""",
    ),
    (
        "h12-30",
        "Finnish-English: 'Oy' company, a city and a suburb, a Finnish date '1.9.2025', a henkilötunnus ending in a letter, a municipal client, a name with a nickname; 'no niin', 'sisu', 'perkele', 'TE services' as distractors.",
        """No niin. I'm a data scientist at [[ORG:Revontuli Analytics Oy]], office in [[LOCATION:Hervanta]], [[LOCATION:Tampere]]. We build a job-seeker profiling model for [[ORG:Pirkkala Employment Services]], a municipal client. The model gives each unemployed person a score of how "activatable" they are, and low scores get fewer training offers.

My team lead [[PERSON:Mikko Heikkinen]] wants to add mother tongue as a feature, because it "improves AUC by three points". In practice it means Somali and Arabic speakers get fewer offers, and then the model is right, because they got fewer offers. Perkele.

[[PERSON:Aino]], the only other person on the project, agrees but says our contract ends on [[DATE:1.9.2025]] anyway, so why fight. The test data still has full henkilötunnus values, e.g. [[ID:010190-555X]], which I already complained about. [[PERSON:Mikko]] says Finnish sisu means we finish what we start. I think sisu also means saying no when it is hard.""",
    ),
    (
        "h12-31",
        "Greek-English: 'A.E.' company, a city and a resort region, a name in Greek script with 'κ.' outside, the same person in Latin script, a Greek date, a tax number (ΑΦΜ) and a Greek landline; 'Γεια σας', 'GDPR', 'dynamic pricing' as distractors.",
        """Γεια σας. I'm an ML engineer at [[ORG:Thermaikos Data A.E.]] in [[LOCATION:Thessaloniki]]. Our biggest client is a hotel group, [[ORG:Aegean Blue Resorts]], with properties in [[LOCATION:Chalkidiki]]. They want the dynamic pricing model to use the nationality read from the passport scan at check-in, so that guests from "rich markets" see higher prices when they rebook or extend.

The passport scans were collected for the police register, not for pricing. When I said this, our CEO, κ. [[PERSON:Παπαδόπουλος]], said that all hotels do it and the client pays our salaries. [[PERSON:Kostas Papadopoulos]] is not a bad man, he built this company from nothing, but he does not want to hear about GDPR before the season.

The client's revenue manager even sent their company tax number (ΑΦΜ [[ID:099555123]]) so we could "sign the data sharing quickly", and asked me to call her on [[PHONE:+30 2310 555 012]]. Deadline is [[DATE:15 Μαΐου 2025]]. I can do this in two days. I don't want to.""",
    ),
    (
        "h12-32",
        "Hungarian-English: 'Kft.' company, the capital and a numbered district, Hungarian family-name-first names including the married form '-né', a Hungarian date with the case suffix '-én' outside the span, a ticket; 'GDPR', 'NAIH' labelled as the regulator, 'soft delete' as distractors.",
        """Szia mindenki. I'm a data engineer at [[ORG:Dunakanyar Adat Kft.]] in [[LOCATION:Budapest]], office in the [[LOCATION:XIII. kerület]]. We run the data platform for an online bank. When a customer asks for erasure, the app shows "your data has been deleted". What actually happens: a flag is_deleted = 1, and the rows stay. Worse, the credit model is retrained every month on all rows, flag or not.

I found this on [[DATE:2025. március 4]]-én and opened [[ID:PLAT-8812]]. My manager, [[PERSON:Kovácsné Tóth Ildikó]], closed it with the comment "known limitation, roadmap". The roadmap item has existed since [[DATE:2022]]. [[PERSON:Szabó Bence]], the other engineer, says the bank's DPO knows and signed off. I asked the DPO directly and she did not know.

So the bank tells the [[ORG:NAIH]] one thing and does another, and my name is on the pipeline. [[PERSON:Bence]] thinks I should let the DPO handle it now. [[PERSON:Ildikó]] is annoyed with me for "going around her". I keep asking myself what deleted means.""",
    ),
    (
        "h12-33",
        "Ukrainian-English with Russian-Ukrainian surzhyk: company with the ТОВ prefix in Cyrillic, a contractor, a capital and a neighbourhood in Cyrillic, a region, a name in Cyrillic and in Latin script, a diminutive (Діма), a Ukrainian date; 'ну', 'короче', 'drone', 'war' as distractors.",
        """Привіт. I'm an ML engineer in [[LOCATION:Kyiv]], office on [[LOCATION:Поділ]]. Our company, [[ORG:ТОВ Смерека Дата]], makes crop-health models from drone imagery for farmers. Since the war, everybody here works on something that can help, and I understand that.

Now a contractor, [[ORG:Vartova Systems]], wants to buy our whole raw image archive from [[LOCATION:Poltava]] region. Ну, короче: the archive has thousands of frames with farm workers' faces, taken without any consent, because nobody thought about faces when counting sunflowers. They want it to train person detection. My CEO, [[PERSON:Олена Коваль]], says it is patriotic and the money keeps us alive. [[PERSON:Olena]] is not wrong about the money.

Our CTO [[PERSON:Діма]] ([[PERSON:Dmytro Hnatiuk]]) asked me to prepare the export by [[DATE:17 березня 2025]]. I asked if we can blur faces first; [[PERSON:Dmytro]] says the buyer explicitly wants faces. I don't know who the buyer sells to. I don't know if refusing is naive in wartime, or the only decent thing.""",
    ),
    (
        "h12-34",
        "Singlish: 'Pte. Ltd.' company, neighbourhoods including the ordinary-word place 'Woodlands', the ordinary-word name 'Sunny', a family-name-first name with 'Dr' outside, an NRIC, a festival date with year, the regulator acronym; 'can or not', 'sian', 'walao', 'paiseh' as distractors.",
        """Eh need advice leh. I'm DS at [[ORG:Merlion Insurtech Pte. Ltd.]], office at [[LOCATION:Tanjong Pagar]]. My boss [[PERSON:Sunny Tan]] wants the claims fraud model to give extra weight to claims from clinics in [[LOCATION:Woodlands]] and [[LOCATION:Jurong East]]. Why? Because "those clinics got a lot of foreign worker claims". Walao. That's not fraud signal, that's who lives near the dorms.

I showed the numbers to our medical adviser Dr [[PERSON:Lim Wei Jie]], he agreed the confirmed fraud rate there is the same as everywhere else. [[PERSON:Sunny]] said paiseh but business decision, go ahead. He also put a real NRIC ([[ID:S1234567D]]) in the test case file, I told him cannot, he say later fix.

Deadline is before [[DATE:CNY 2025]]. Can or not I just go to [[ORG:PDPC]]? Or [[ORG:MOM]]? I'm on EP, if I lose this job I got one month to find another. Very sian. Anyone been here?""",
    ),
    (
        "h12-35",
        "Nothing identifying. Timeline bullets with relative dates only ('Week 1', 'A Monday in week 4', 'Two days later', 'Last Friday'), sentence-initial 'Hope' and 'Grace', 'HR', 'XGBoost', 'GDPR', 'Article 22', 'parental leave' as distractors.",
        """Timeline, as best I can reconstruct it:

- Week 1: new director joins, asks for "a model that predicts who will quit".
- Week 2: I build it on HR data with XGBoost. Top feature: recently viewed the intranet page about parental leave.
- Week 3: I'm asked to add "sentiment" from internal chat. I say no. Director says "it's aggregated". It isn't.
- A Monday in week 4: the list of "high risk" names goes to line managers. Not from me.
- Two days later: one of the names, a new dad, is taken off a promotion shortlist.
- Last Friday: I'm told my contract "may not be extended".

Grace period on the contract is a month, so I have a bit of time. I did raise it in writing in week 3, and I have the email. I've read GDPR Article 22 three times and I still can't tell if a shortlist decision counts as "solely automated". My question is less legal though. Is it on me that I built the thing before asking what it was for? Hope someone has been through this and came out the other side.""",
    ),
    (
        "h12-36",
        "Australian English: 'Pty Ltd' company, regional towns (Wagga Wagga, Gundagai), nicknames (Shazza, Dazza) and the full name, a mobile in the reserved drama range, a Medicare number, a short date, agencies (Australian Border Force, Centrelink); 'arvo', 'reckon', 'fair dinkum', 'servo' as distractors.",
        """G'day. I'm an analyst at [[ORG:Mulga Analytics Pty Ltd]], a tiny shop in [[LOCATION:Wagga Wagga]]. We do smart water meter analytics for a couple of regional councils. Our boss, [[PERSON:Shazza]] ([[PERSON:Sharon Kettle]]), came back from a meeting on [[DATE:3 Feb]] all excited: the council in [[LOCATION:Gundagai]] wants a model that spots "unregistered occupants" from water use, i.e. houses where more people live than are on the lease.

Fair dinkum, I reckon we all know who that is: seasonal farm workers, mostly on visas, crammed in because rent is mad. The council officer said the list may be "shared with partner agencies", which he then said means [[ORG:Australian Border Force]] and [[ORG:Centrelink]].

[[PERSON:Dazza]], our other analyst, reckons it's just data and not our problem. [[PERSON:Shazza]] told me to ring her on [[PHONE:0491 570 156]] this arvo to "get on the same page". Oh and the sample includes a Medicare number in a notes field ([[ID:2123 45670 1]]), so somebody's been pasting stuff they shouldn't. I don't want to build a deportation map with a water bill.""",
    ),
    (
        "h12-37",
        "Scottish English with Scots: an NHS board, a city and a village, 'Dr' outside a Gaelic surname, a university, a CHI-like patient number; 'aye', 'wee', 'dinnae', 'ken', 'k-anonymity' as distractors.",
        """Aye, so. I'm an analyst at [[ORG:NHS Highland]], based in [[LOCATION:Inverness]]. We've been asked to release an "anonymised" extract of maternity outcomes to a research team at [[ORG:University of the Highlands and Islands]]. Sounds fine. Except the extract has postcode district, month of birth and complications, and some of our villages have two or three births a year. If you know there was a stillbirth in [[LOCATION:Drumnadrochit]] that spring, you ken exactly who it is.

I suggested k-anonymity thresholds and suppressing small cells. My line manager, Dr [[PERSON:Fiona MacLeod]], said the researchers need the detail and they've signed a data agreement, dinnae be precious about it. [[PERSON:Ewan]], who leads the research side, is a good guy and I trust him. I don't trust the laptop of every PhD student he has.

I found one row where the CHI number ([[ID:0307905559]]) wasn't even removed. That's a wee bit beyond "detail". Do I block the release myself, or trust [[PERSON:Fiona]] and the Caldicott Guardian to catch it?""",
    ),
    (
        "h12-38",
        "Italian-English: 'S.r.l.' company, a street address with postcode as one span, 'dott.ssa' and 'ing.' outside spans, a surname with 'De', an Italian codice fiscale, an Italian date, the regulator's full name; 'Ciao a tutti', 'wifi', 'sindacato' as distractors.",
        """Ciao a tutti. Sono data analyst at [[ORG:Lumina Retail S.r.l.]], head office in [[LOCATION:via Emilia Levante 118, 40139 Bologna]]. We have 60 stores. The operations director, ing. [[PERSON:Marco De Santis]], asked me to use the in-store wifi logs to see how long each employee's phone is in the back room. The idea is to measure breaks "objectively" and rank stores.

The employees never agreed to this, and Italian law on remote monitoring of workers is very strict; you need an agreement with the sindacato. I wrote this to HR, dott.ssa [[PERSON:Giulia Ferretti]], on [[DATE:12 maggio 2025]]. She answered that the MAC addresses are "not personal data". Then in the same file she sent me a list with one codice fiscale, [[ID:RSSMRA85T10A562S]], to "match MAC to person".

[[PERSON:De Santis]] wants the first ranking for the regional meeting. I could write to the [[ORG:Garante per la protezione dei dati personali]], but in a company of this size they will know it was me. Che faccio?""",
    ),
    (
        "h12-39",
        "Czech-English: 's.r.o.' company, a city and a district, 'pan' outside the span, a feminine surname with '-ová', a Czech date '20. 6. 2025', a birth number (rodné číslo) with slash, an investor; 'no jo', 'p-value', 'A/B test' as distractors.",
        """Ahoj. I'm a data analyst at [[ORG:Vltava Data s.r.o.]] in [[LOCATION:Brno]], office in [[LOCATION:Královo Pole]]. We run A/B tests for a subscription app. The founder, pan [[PERSON:Novák]], looks at the dashboard every morning and stops tests the moment the p-value dips under 0.05. Then the "winning" variant goes into the investor update.

I tried to explain optional stopping. He said: "No jo, you statisticians always want more time." In the last update to [[ORG:Jihomoravský Growth Fund]] three of five "wins" were noise, and I can show it.

My colleague [[PERSON:Petra Dvořáková]] says just add a footnote. Pan [[PERSON:Novák]] deleted the last footnote. Also he asked me to pull up the billing record of one user who complained publicly, by birth number ([[ID:855203/1234]]), to "see if she's even a paying customer". That is a different problem but same person.

Next investor update is [[DATE:20. 6. 2025]]. Do I write my own version and send it to [[PERSON:Petra]] and the board, or am I the annoying one?""",
    ),
    (
        "h12-40",
        "US legal-ish draft charge of discrimination: LLC respondent, a full street address with suite, city, state and ZIP as one span, a US date, a person with the ordinary-word name 'Will', an employee ID, a phone in (312) format, an e-mail, the agency and a charge number; 'Title VII', 'ADA', 'Legal', '[withheld]' as distractors.",
        """CHARGE OF DISCRIMINATION (draft, not filed)
Charging party: [withheld]
Respondent: [[ORG:Brightpath Staffing Solutions LLC]], [[LOCATION:1420 W. Fulton St., Suite 300, Chicago, IL 60607]]

Particulars:
On or about [[DATE:June 14, 2024]], I was instructed by my supervisor, [[PERSON:Kendra Whitfield]], to configure the résumé screening model so that applicants with employment gaps longer than six months are ranked lower. I informed her in writing that this disproportionately screens out women returning from caregiving and applicants with disabilities, in possible violation of Title VII and the ADA.

I raised the same concern with [[PERSON:Will Okafor-Grant]] in Legal. [[PERSON:Will]] told me the gap rule is "facially neutral" and to proceed. On [[DATE:July 2, 2024]] my access was reduced and my employee ID ([[ID:BP-20931]]) was removed from the project.

Contact: [[PHONE:(312) 555-0147]], [[EMAIL:ml.whistle.2024@protonmail.example]]

Note to self: the [[ORG:EEOC]] intake gave me reference [[ID:440-2025-01234]] over the phone. Ms. [[PERSON:Whitfield]] still doesn't know I kept copies. I have until the 300-day deadline. Do I file, or try one more time internally?""",
    ),
    (
        "h12-41",
        "ServiceNow-style incident pasted with work notes (Quebec): an incident number, ISO dates with times labelled each time, a hyphenated French double name, a ticket username as HANDLE, a wiki URL, 'Inc.' company, a city and a Canadian postal code, the Quebec regulator; 'EST', 'Priority 3', 'Cloud Platform', 'tsé', 'voyons donc' as distractors.",
        """[[ID:INC0048213]] | Priority 3 | Opened [[DATE:2025-02-11]] 09:42 EST
Caller: [[PERSON:Marie-Ève Tremblay-Gagnon]] (Data Engineering)
Short description: Disable 90-day deletion on call-recordings bucket
Assignment group: Cloud Platform
Work notes:
[[DATE:2025-02-11]] 10:05 – [[HANDLE:j.okoye]]: retention change needs Privacy Office approval, see [[URL:https://wiki.erable.example/privacy/retention]]
[[DATE:2025-02-12]] 08:30 – [[HANDLE:j.okoye]]: approval attached by requester's director. Proceeding.

I'm the caller on that ticket, but I didn't write the request; my director did, under my name. I work at [[ORG:Érable Analytique Inc.]] in [[LOCATION:Laval]] ([[LOCATION:H7T 2P5]]). Our customers are told on every call that recordings are deleted after 90 days. The director wants to keep them forever to train a voice model. Voyons donc. The "approval" attached is an email from him, not from the Privacy Office.

[[PERSON:Jide Okoye]] on the platform team just did his job, tsé. I could reopen the ticket and say it's not my request, or write to the [[ORG:Commission d'accès à l'information]]. Either way my director knows it was me.""",
    ),
    (
        "h12-42",
        "Nothing identifying. Formal whistleblowing letter addressed by role: 'Chair of the Audit and Risk Committee', 'Chief Commercial Officer', 'External Auditor', 'IFRS 15', 'Section 4.2 of the Whistleblowing Policy', 'the third quarter', 'Monday', 'A Senior Analyst' as distractors.",
        """To the Chair of the Audit and Risk Committee,

I am writing as a member of the analytics function to raise a concern under Section 4.2 of the Whistleblowing Policy. I ask that my identity is protected as that section provides.

1. In the third quarter, the Chief Commercial Officer instructed the revenue analytics team to recognise multi-year licence renewals in full at signature, rather than over the contract term as required under IFRS 15.
2. When the Financial Controller questioned the figures, the analytics team was asked to produce a "bridge" that reclassified the difference as one-off implementation fees. I prepared part of that bridge before understanding its purpose.
3. The adjusted figures were presented to the Board on a Monday, together with a forecast built on them.

I have retained the original query outputs, the instruction emails and the versions of the bridge. I have not discussed this with the External Auditor and will not do so unless the Committee advises me to.

I recognise my own part in this and would welcome the chance to explain it.

Yours faithfully,
A Senior Analyst""",
    ),
    (
        "h12-43",
        "Swiss English with Swiss German: 'AG' company, a city and a district, 'Frau' outside the span, an AHV number with dots, a Confluence URL, the country, a partial date 'Ende Juni 2025', the Swiss financial regulator; 'Grüezi mitenand', 'gäll', 'Znüni', 'underwriting' as distractors.",
        """Grüezi mitenand. I'm a data scientist at [[ORG:Alpenfirn Versicherungen AG]] in [[LOCATION:Zürich]], team in [[LOCATION:Oerlikon]]. We sell supplementary health insurance, where the insurer can refuse applicants. My lead, [[PERSON:Reto Brunner]], wants to add a feature from a partner lab: whether an applicant has ever ordered a consumer genetic test. Not the result, just whether. His argument: people who test "know something".

It's written up at [[URL:https://confluence.alpenfirn.example/display/UW/Genetic+Test+Flag]] and approved by the business owner, Frau [[PERSON:Schwarzenbach]]. In [[LOCATION:Switzerland]], insurers are not allowed to ask for genetic test results for most policies. Using the fact of testing as a proxy looks like a way around that, gäll.

[[PERSON:Reto]] said over Znüni that legal will sign off and [[ORG:FINMA]] doesn't read feature lists. The lab sample includes an AHV number ([[ID:756.1234.5678.97]]), so it is not even pseudonymised. Go-live is [[DATE:Ende Juni 2025]]. I'm on a B permit and this is my first job here.""",
    ),
    (
        "h12-44",
        "Norwegian English with Northern Sámi: 'AS' company, a city and a Sámi municipality, a Norwegian hyphenated given name, a Sámi name, an 11-digit national ID, a Norwegian date, the Norwegian DPA and the Sámi Parliament; 'Buorre beaivi', 'giitu', 'boazu' as distractors.",
        """Buorre beaivi, as we say up here. I'm a data analyst at [[ORG:Nordlys Helsedata AS]] in [[LOCATION:Tromsø]]. We prepare registry extracts for health research. A genomics company wants a cohort of "ethnically Sámi" patients, and my manager, [[PERSON:Ole-Petter Haugen]], wants me to derive that from whether a patient chose Sámi as language of communication or lives in [[LOCATION:Kautokeino]].

Apart from the history here, which I don't need to explain to anyone from the north, nobody consented to being labelled Sámi by us. My colleague [[PERSON:Elle Márjá Somby]] is from a reindeer-herding family, boazu and all, and she was the one who said: "so we decide who is Sámi now?"

[[PERSON:Ole-Petter]] says the research is good for Sámi health. Maybe. In the test file I saw a full fødselsnummer, [[ID:01019055555]], that should not be there. The extract is due [[DATE:1. oktober 2025]]. I think I should talk to [[ORG:Datatilsynet]] or at least the [[ORG:Sámi Parliament]]'s ethics guidelines people, but [[PERSON:Elle Márjá]] asked me not to make her the face of this. Giitu for reading.""",
    ),
    (
        "h12-45",
        "Estonian English: 'OÜ' company, a university town and its neighbourhood, Estonian names (one that is also a word), an isikukood, a bare-host URL, an Estonian month-and-year date, the country; 'Tere', 'e-residency', 'Grafana' as distractors.",
        """Tere. I'm an analyst at [[ORG:Kuusk Tech OÜ]] in [[LOCATION:Tartu]], office in [[LOCATION:Supilinn]]. We aggregate mobile positioning data for municipalities and tourism boards. Normally it is counts per grid cell per hour, fine.

In [[DATE:märts 2025]] a new client arrived: a political campaign. They want to know which neighbourhoods had people visiting a certain church and a certain protest site, and then target those areas with ads. My CEO, [[PERSON:Mart Tamm]], says it is still aggregated, so legal. But the cells near the church are so small that some hours have three phones. I built the dashboard for the municipal version myself, it's at [[URL:grafana.kuusk.example/d/mobility-tartu]], and I know how thin those cells get at night.

[[PERSON:Kadri]], our only other analyst, is more worried than me. [[PERSON:Mart]] told us the campaign pays more than the municipalities together. The test request even contained one person's isikukood ([[ID:38001085718]]) "to check a specific phone". That was the moment I stopped sleeping well. [[LOCATION:Estonia]] is a small place. What would you do?""",
    ),
    (
        "h12-46",
        "Irish English with Gaeilge: 'Teoranta' company, the city in Irish and English, a Gaeltacht village beginning with 'An', names with 'Ní' and 'Ó', a PPS number, an Irish-language month with year, a www URL; 'a chara', 'go raibh maith agat', 'craic', 'summer college' as distractors.",
        """Dia dhaoibh. I'm a data scientist at [[ORG:Coiste Analytics Teoranta]] in [[LOCATION:Gaillimh]] ([[LOCATION:Galway]] for the rest of you). A tourism client wants "footfall insights" for the Irish-language summer colleges in [[LOCATION:An Spidéal]]: where the students go at night, which pubs and chippers, via location data from an app the colleges recommended. The students are mostly 13 to 17.

My manager, [[PERSON:Siobhán Ní Bhriain]], thinks it's harmless craic, aggregate heat maps. The draft is already up at [[URL:www.coisteanalytics.example/gaeltacht-footfall]] with individual dots, not heat maps. The data is from [[DATE:Lúnasa 2024]].

[[PERSON:Pádraig Ó Súilleabháin]], who runs one of the colleges, rang me to ask if this was "above board" because a parent asked him. I said I'd find out. Then [[PERSON:Siobhán]] sent me a sample record with a staff member's PPS number ([[ID:1234567TA]]) in it, as a "join key". A chara, what do I tell [[PERSON:Pádraig]]? Go raibh maith agat.""",
    ),
    (
        "h12-47",
        "Nepali English: 'Pvt. Ltd.' company, a capital and a neighbourhood, 'dai' and 'didi' outside spans, a Bikram Sambat date, a citizenship number with dashes, countries as LOCATION, the central bank; 'Namaste', 'ke garne', 'hajur', 'remittance' as distractors.",
        """Namaste. I'm a data analyst at [[ORG:Himal Fintech Pvt. Ltd.]] in [[LOCATION:Kathmandu]], office in [[LOCATION:Thamel]]. We run a remittance app; most users are workers in [[LOCATION:Qatar]] and [[LOCATION:Malaysia]] sending money home.

Since [[DATE:Baisakh 2081]] we have a "loan offer" feature. [[PERSON:Bikash]] dai, our product head, wants to target families whose remittance stopped suddenly, because "they are desperate and will accept higher rates". Often the remittance stops because the worker died or was injured abroad. Ke garne, he says, business is business.

I showed him one case: the sender's citizenship number [[ID:27-01-71-05555]], last transfer three months ago, and the family already got four loan SMS. [[PERSON:Sunita]] didi from compliance agreed with me, hajur, but she reports to [[PERSON:Bikash]] dai too. I could write to [[ORG:Nepal Rastra Bank]], but I don't know if they care about marketing. My own father worked in [[LOCATION:Qatar]] for eleven years. I cannot build this.""",
    ),
    (
        "h12-48",
        "Nothing identifying. Latin American Spanish with English terms, no names: 'Python', 'GBM', 'AUC', 'Excel', 'el lunes', 'el comité', 'price optimization', 'la ley de protección al consumidor', capitalised sentence starts as distractors.",
        """Bueno, les cuento sin nombres porque este sector es chiquito y todos nos conocemos. Trabajo de analista en una aseguradora mediana. Mi jefa me pidió que el modelo de renovación subiera la prima a los clientes que "probablemente no van a comparar precios", o sea, los mayores de 70 que todavía pagan en ventanilla. Price optimization, le dicen en inglés, como si sonara mejor.

Lo hice en Python con un GBM, AUC 0.79, todo bien documentado. Las simulaciones en Excel muestran que una señora de 78 años pagaría casi 30% más que su vecino de 40 con el mismo auto y el mismo historial. Eso no es riesgo, es quién se cansa de llamar.

El lunes se lo presento al comité. Mi jefa dice que es legal y que la competencia ya lo hace. La ley de protección al consumidor habla de prácticas abusivas, pero no sé si esto entra. ¿Qué harían ustedes? Mi pareja dice que renuncie, pero con este mercado y dos hijos, no sé. Por ahora solo dejé una nota en el documento técnico.""",
    ),
    (
        "h12-49",
        "Bangladeshi English with Bangla: 'Ltd.' company, a capital and a neighbourhood, 'bhai' and 'apa' outside spans, a name beginning with 'Md.', a date in Bengali numerals, a 17-digit NID, a phone in +880 format; 'Assalamu alaikum', 'ki korbo', 'RMG', 'buyer audit' as distractors.",
        """Assalamu alaikum. I'm an analyst at [[ORG:Padma Digital Ltd.]] in [[LOCATION:Dhaka]], office in [[LOCATION:Mirpur]]. We built a worker attendance and wage platform for garment factories. Before a buyer audit, our client's HR head asked us to generate a "clean" version of the overtime data, capping every worker at the legal hours, for the auditors to see.

The real data shows many workers doing 80 hours. My manager, [[PERSON:Rafiq]] bhai, says it's the client's data, their responsibility. The request came from [[PERSON:Md. Shahidul Islam]] on [[DATE:১৫ মার্চ ২০২৫]], with a sample file where one worker's NID ([[ID:19952691555123456]]) shows 23 hours in one day. Ki korbo?

[[PERSON:Nasrin]] apa in our QA team said if we refuse, the factory just buys another software. True. But then it's not us. [[PERSON:Rafiq]] bhai asked me to call him, [[PHONE:+880 1711-555019]], before writing anything more in email. That tells me he knows. The audit is next week.""",
    ),
    (
        "h12-50",
        "Jamaican English with Patois: a credit union, a neighbourhood and the capital, another town, 'Miss' outside the span, a nickname in quotes inside a full name, a TRN, a phone in 876 format, a month-and-year date; 'wah gwaan', 'mi nuh know', 'bredda', 'board' as distractors.",
        """Wah gwaan. Mi a data analyst at [[ORG:Blue Mahoe Credit Union]] in [[LOCATION:Half Way Tree]], [[LOCATION:Kingston]]. This one is not about models, it's about access. One of our members is running for councillor, [[PERSON:Dwayne "Bigga" Campbell]]. A board member asked me to pull his loan history and arrears "for a risk review".

There is no risk review. Miss [[PERSON:Pauline]] in member services told me the same board member is campaigning for the other side. The request even had [[PERSON:Bigga]]'s TRN written in it ([[ID:118-555-902]]) so I couldn't "pull the wrong one". Mi nuh know what to do, bredda.

The board member is [[PERSON:Clive Ebanks]], he called me from [[PHONE:876-555-0134]] on a Sunday to ask if it was ready. [[PERSON:Dwayne]] is from [[LOCATION:May Pen]] same as my mother, so if it leaks everybody will assume it was me anyway. Since [[DATE:Feb 2025]] I have access to everything because the old DBA left and nobody replaced him. That is its own problem.""",
    ),
    (
        "h12-51",
        "Ghanaian English with Twi: 'Ltd' company, a capital and a neighbourhood, the ordinary-word name 'Hope' with surname and alone, 'Auntie' outside the span, a national ID number in Ghana Card format, a phone in +233 format, '7th March' with the weekday outside, the central bank, a betting company; 'chale', 'herh', 'ɛyɛ', 'MoMo' as distractors.",
        """Chale, I need advice. I'm a data analyst at [[ORG:Adinkra Mobile Money Ltd]] in [[LOCATION:Accra]], office in [[LOCATION:Osu]]. My team lead, [[PERSON:Hope Asante]], came back from a meeting with a betting company, [[ORG:GoalRush Ghana]], on Friday [[DATE:7th March]]. They want us to score MoMo users for "betting intensity" from their transfers, and sell them the top list for "retention offers".

Herh. The top of that list is people sending their whole salary to betting wallets. Some of them are clearly addicted. One is a teacher I know from church, Auntie [[PERSON:Efua]]. [[PERSON:Hope]] says ɛyɛ, it's just data, and the customers agreed to the terms.

I checked with [[PERSON:Kwame Boateng]] in compliance. He said there is no rule against it yet, but he would not sign it himself. The sample file has the national ID number ([[ID:GHA-712345678-9]]) as the key and a phone column ([[PHONE:+233 24 555 0198]] is the first row). I asked if [[ORG:Bank of Ghana]] would approve. [[PERSON:Hope]] laughed. Do I just slow it down?""",
    ),
    (
        "h12-52",
        "Nothing identifying. Forum post by a lurker who names no employer or country: 'ANPR', 'Kafka', 'dbt', 'CCTV', 'Black Friday', 'Christmas', 'Head of Loss Prevention', 'last month', 'EDIT' as distractors.",
        """Long-time lurker, first post. I'm not going to say where I work or even which country, sorry, the industry is small.

I'm a data engineer at a mid-size retailer. Last month the loss prevention team asked for a pipeline that takes number plate reads from the car park cameras (ANPR), streams them through Kafka, and joins them in dbt to loyalty accounts, using the card swiped at the till within ten minutes of the car arriving. The stated purpose is "repeat shoplifter alerts". The Head of Loss Prevention wants it live before Black Friday.

Problems as I see them: nobody parking is told their plate is linked to their purchases; the match is wrong whenever families share a car; and the alerts go to store guards, not to anyone trained. The CCTV signs in the car park only mention "safety".

I raised it in the design review. My manager said legal had "looked at it". I asked for the assessment and was told it's privileged. Christmas trading freezes all changes after that, so if I don't object now it ships.

EDIT: thanks for the replies, I didn't expect this many.""",
    ),
    (
        "h12-53",
        "Peruvian Spanish with Quechua greetings: 'S.A.C.' and 'S.A.' companies, the capital and a district, a region and a province, the country, 'el ingeniero' and 'la señora' outside spans, double surnames, a DNI, a Spanish month-and-year date, an e-mail; 'allillanchu', 'añay', 'Facebook' as distractors.",
        """Allillanchu. Soy analista de datos en [[ORG:Qhapaq Datos S.A.C.]], en [[LOCATION:Lima]], oficina en [[LOCATION:Miraflores]]. Our biggest client is a mining company, [[ORG:Minera Apu Ccori S.A.]], with a project in [[LOCATION:Espinar]], [[LOCATION:Cusco]]. They asked us for "social risk monitoring": scrape Facebook and local radio transcripts to map which community leaders oppose the mine, who they talk to and where they meet.

El ingeniero [[PERSON:Raúl Quispe Mamani]], our manager, says this is standard stakeholder management. But the spec asks for DNI numbers to match people across sources. The first row has la señora [[PERSON:Valentina Huamán Ccahua]], DNI [[ID:45871236]], a community president who speaks only Quechua on the radio. My grandmother is from a community like hers.

The deliverable is due [[DATE:junio de 2025]]. [[PERSON:Raúl]] forwarded the spec from [[EMAIL:rquispe@qhapaqdatos.example]] with "confidencial" in the subject. In [[LOCATION:Peru]] people have been killed in mining conflicts. I don't want a list with my name on it to be the reason. Añay for reading.""",
    ),
    (
        "h12-54",
        "Code review thread (Romania): a PR number as ID, a repository URL, an @handle for the author, a documentation IP and a CIDR range inside a quoted SQL line, a security ticket, 'SRL' company with a diacritic, a city, a Romanian name, the Romanian DPA acronym; 'JOIN', 'GDPR', 'hai', 'nu știu' as distractors.",
        """Review thread on PR #[[ID:412]] ([[URL:https://git.somespay.example/fraud/features/pull/412]]), "add device fingerprint join":

me: why is this in a feature pipeline?
> JOIN raw.sessions s ON s.ip = '[[ID:198.51.100.23]]' OR s.ip << '[[ID:203.0.113.0/24]]'
[[ID:198.51.100.23]] is the home connection of the customer who filed the GDPR complaint ([[ID:SEC-7781]]), and the range is her employer.
[[HANDLE:@andrei-pop]]: it's temporary, boss wants to see what she does in the app before legal replies
me: that's not fraud, that's watching a complainant
[[HANDLE:@andrei-pop]]: take it up with [[PERSON:Ioana]], hai

Context: I'm a backend engineer at [[ORG:Someș Pay SRL]] in [[LOCATION:Cluj-Napoca]]. [[PERSON:Ioana Mureșan]] is our head of risk. [[PERSON:Andrei]] is a junior and I don't blame him. The complaint is about us sharing her data with a marketing partner, and now we're building a private surveillance view of her to prepare the answer. Nu știu. Blocking the PR is easy. The question is whether I also tell the DPO and, if nothing happens, [[ORG:ANSPDCP]].""",
    ),
    (
        "h12-55",
        "Nothing identifying. Voice-to-text memo without punctuation: 'full stop new paragraph', 'Gift Aid', 'GDPR', 'legitimate interest', 'the trustees', 'Christmas appeal', weekdays and relative time as distractors.",
        """okay so recording this on the walk home because if I type it I'll just delete it um I work in the data team for a charity a medium sized one and the fundraising director wants us to scrape the online death notices every week and match them against the donor database so we can send legacy giving letters to the widows and widowers like within a fortnight of the funeral full stop new paragraph I said that feels grim and also I don't think legitimate interest covers scraping death notices and she said the trustees approved it at the last meeting and that the Christmas appeal numbers were bad so we need the income um the other thing is the matching is fuzzy so we will definitely write to some people whose relative isn't dead at all just same name same town which is horrifying I've got the Gift Aid reconciliation due Thursday as well so I'm knackered but I don't want to just build this and pretend I didn't think about it I might email the director tomorrow and ask for the assessment in writing""",
    ),
    (
        "h12-56",
        "Catalan-English: 'S.L.' company, a city and a neighbourhood, a bare postcode, a name with the Catalan 'i' between surnames, a Mastodon handle with two @ signs, a Telegram handle, a URL with a query string, a Catalan date, a police force with an apostrophe, the Catalan DPA; 'Bon dia', 'ostres', 'doncs', 'patinets' as distractors.",
        """Bon dia. Sóc analista a [[ORG:Garrofer Mobilitat S.L.]], the e-scooter company, office in [[LOCATION:Poblenou]], [[LOCATION:Barcelona]]. Last week the [[ORG:Mossos d'Esquadra]] asked us for every trip that started or ended in postcode [[LOCATION:08005]] on the night of [[DATE:11 de setembre]], with user IDs. No court order, just an email.

My boss, [[PERSON:Jordi Castells i Roca]], wants to send it "to be good citizens". Ostres. That night there was a demonstration. The export is already sitting at [[URL:dades.garrofer.example/export?zona=08005&nit=1]] waiting for his click.

I posted a vague question on Mastodon and a lawyer, [[HANDLE:@nuria@mastodont.example]], replied that without a court order we shouldn't hand over identifiable data, and that the [[ORG:APDCAT]] has guidance on exactly this. [[PERSON:Jordi]] then wrote to me on Telegram from [[HANDLE:@jordi_gm]]: "don't overthink, doncs, they're the police". I don't want the people who rented patinets that night to end up on a list because I exported a CSV.""",
    ),
    (
        "h12-57",
        "Forwarded e-mail thread (UK) about ANPR look-ups: From/Sent/To headers, a hyphenated surname, the ordinary-word name 'Grace', e-mails, a UK date, a month, UK number plates as ID, a car park name and a town, a London drama-range phone, a portal URL with a plate in it, the vehicle licensing agency; 'RE: RE:', 'VRM', 'Analytics', 'Kind regards' as distractors.",
        """From: [[PERSON:Grace Olawale-Hughes]] <[[EMAIL:grace.oh@parkwise.example]]>
Sent: [[DATE:07 November 2024]] 16:02
To: Analytics <[[EMAIL:analytics@parkwise.example]]>
Subject: RE: RE: ANPR look-ups – [[LOCATION:Harrowgate Retail Park]]

Hi both, the audit log shows 31 manual look-ups on [[ID:YH71 KRW]] in [[DATE:October]], all from [[PERSON:Lee Dunmore]]'s account, none linked to a parking charge. Can you check before I raise it?
Kind regards, [[PERSON:Grace]]
[[ORG:ParkWise Enforcement Ltd]] | [[PHONE:020 7946 0321]]

I'm one of the "both". We hold every plate read at our car parks for a year, and keeper details from the [[ORG:DVLA]] when we issue a charge. [[PERSON:Lee]] is a supervisor. I checked: [[ID:YH71 KRW]] belongs to his ex-partner, who lives near the park in [[LOCATION:Darlington]]. He has been watching when she comes and goes, through [[URL:portal.parkwise.example/vrm/YH71KRW]]. He also looked up [[ID:LK19 XBN]], her new partner's car.

[[PERSON:Grace]] wants "the analytics view" before she escalates. My manager says it's an HR matter and we shouldn't get involved. This is someone's safety. Do I go to [[PERSON:Grace]] with everything, or straight to the police?""",
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
)
# Leading characters allowed by kind: a handle keeps its sigil, a phone number its + or (.
LEADING_OK = {"HANDLE": "@#", "PHONE": "+("}
# Particles inside personal names are not checked as name tokens on their own.
PARTICLES = {"van", "der", "den", "de", "la", "del", "dela", "al", "bin", "binti", "ni", "ap", "da"}
# Deliberate exceptions to the case-insensitive person-token check: these names are also
# ordinary English words ("will", "hope", "joy", "car park"), so only their capitalised form
# is checked. Initials written in capitals (MK, SE) are also checked with case, because "se"
# and "mk" are ordinary words in other stories (Hindi, Portuguese, Spanish).
CASE_SENSITIVE_TOKENS = {"Will", "Hope", "Joy", "Sunny", "Precious", "Grace", "Park"}
# Deliberate exceptions to the missed-mention check: (story id, text) -> why the unlabelled
# occurrences of that text in that story are correct.
ALLOWED_UNLABELLED = {
    (
        "h12-21",
        "Will",
    ): "sentence-initial auxiliary verb ('Will this come back on me'), not the name",
    (
        "h12-35",
        "Hope",
    ): "sentence-initial verb ('Hope someone has been through this'), not the name",
    ("h12-35", "Grace"): "'Grace period' at the start of a sentence, not the name",
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
    if is_punct(value[-1]) and not (value[-1] == "." and value.endswith(ABBREVIATIONS)):
        errors.append(f"{where}: trailing punctuation")
    if kind in ("PERSON", "ORG", "LOCATION"):
        for tool in TOOLS:
            if whole_word(tool).search(value):
                errors.append(f"{where}: contains the tool name {tool}")


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
        exact = token in CASE_SENSITIVE_TOKENS or (token.isupper() and len(token) <= 4)
        patterns.append((token, whole_word(token, 0 if exact else re.IGNORECASE)))
    for r in records:
        text, spans = r["full_text"], r["spans"]
        reported = set()
        for value, pattern in patterns:
            if (r["id"], value) in ALLOWED_UNLABELLED:
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
    out = Path(__file__).resolve().parent / "redaction_holdout12.json"
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
