"""Fourteenth holdout for the storyshare redaction engine, written blind.

The stories below were written without looking at the engine, its tests or any other
corpus. Each is a first-person workplace ethics story by a data practitioner, with every
identifying detail marked inline as [[KIND:text]]. Running this script removes the
markup, computes exact offsets, checks the labels and writes redaction_holdout14.json
next to itself. It exits non-zero if any check fails.

Every person, company, address, phone number, e-mail address, handle, URL and ID number
is fictional (555 numbers, 07700 900xxx, documentation IP ranges, .example domains); a few
well-known real organisations and places appear as a submitter would mention them.

Regenerate: python3 tests/data/make_holdout14.py
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
        "h14-01",
        "rushed lower-case phone text, UK delivery app, rider locations used against a union meeting",
        """
ok so i need to get this off my chest before i bottle it again. im an analyst at [[ORG:quikbasket]] (grocery app, 2 yrs there). last week [[PERSON:dom]] my line mgr asks me to pull every rider whos pinged within 200m of the [[LOCATION:kirkstall rd]] hub after 10pm for the whole of [[DATE:feb]]. i ask why, he says "ops stuff, its on [[ID:OPS-4471]] just do it". ops stuff turned out to be working out who went to the union meeting at the pub on the corner. [[PERSON:kez]] from the riders group chat told me 3 of them got deactivated the week after for "low acceptance rate" lol. i still have the query in my history. i didnt send names, i sent counts, but [[PERSON:dom]] just went and asked [[PERSON:gemma]] in bi who did it properly. do i go to the union? do i go to the [[ORG:ico]]? i dont even know if this is illegal or just grim. pls dont publish the hub name if you can help it, [[LOCATION:leeds]] is small for this stuff
""",
    ),
    (
        "h14-02",
        "Android WhatsApp export, Nigerian Pidgin, loan app texting debtors' contacts",
        """
Copied from the team group. I only cut the memes, the rest is exactly how it went:

[[DATE:14/05/2024]], 09:12 - [[PERSON:Tunde Bakare]]: oga don approve am. from next sprint we go read contact list for anybody wey pass 7 days overdue
[[DATE:14/05/2024]], 09:13 - [[PERSON:Ifeoma N]]: read am to do wetin exactly
[[DATE:14/05/2024]], 09:15 - [[PERSON:Tunde Bakare]]: to text their people na. na so [[ORG:KoboNow]] dey do, na so everybody dey do
[[DATE:14/05/2024]], 09:15 - [[PERSON:Ifeoma N]]: 😬
[[DATE:14/05/2024]], 09:21 - [[PERSON:Chidi O.]]: abeg who go write the consent screen sef

I'm the data scientist who trained the overdue model, so my scores decide whose pastor and mother-in-law get the "your relative is a debtor" SMS. I told [[PERSON:Tunde]] that the [[ORG:FCCPC]] already sanctioned lenders for this exact thing. He said it is Mr. [[PERSON:Adeyemi]]'s call and Mr. [[PERSON:Adeyemi]] is "a risk-taker". Our office is in [[LOCATION:Yaba]], everybody knows everybody, so if I resign the story follows me. My own cousin got one of those texts from [[PHONE:0809 555 0134]] last year, from another lender. I know exactly how it feels on the other side. What do I do with this?
""",
    ),
    (
        "h14-03",
        "forwarded e-mail with German headers and signature, per-person scanner idle times, works council bypassed",
        """
Forwarding this as-is, I only removed my own address. I'm the BI developer it talks about.

---------- Forwarded message ---------
Von: Dr. [[PERSON:Henrike von Albrecht-Seidel]] <[[EMAIL:h.albrecht-seidel@kessler-voss.example]]>
Datum: Mo., [[DATE:3. März 2025]] um 08:47
Betreff: AW: Scanner-Daten Lager [[LOCATION:Billbrook]]
An: [[PERSON:Mäurer, Jörg]]

Lieber [[PERSON:Jörg]],
bitte die Idle-Zeiten pro Mitarbeiter ab sofort täglich an die Schichtleitung. Den Betriebsrat informieren wir im Q2.

Mit freundlichen Grüßen
Dr. [[PERSON:Henrike von Albrecht-Seidel]]
Leiterin Operations Excellence
[[ORG:Kessler & Voss Logistik GmbH]]
[[LOCATION:Hafenstraße 12, 20457 Hamburg]]
Tel. [[PHONE:+49 40 5550 1927]]

So: idle times per person from the hand scanners, sent daily to the shift leads, and the works council "informed" later. As far as I understand BetrVG they have to agree first, not be told afterwards. [[PERSON:Jörg]] (my boss) wants it live by Friday. The report is ready and unpublished. On Sunday I wrote to the Betriebsrat chair, [[PERSON:Ralf Kowalczyk]], from my private address and he has not answered. Am I allowed to go to them directly? My contract says all internal information is confidential.
""",
    ),
    (
        "h14-04",
        "nothing identifying: formal, a biostatistician and a flexible analysis plan",
        """
I have been a biostatistician for eleven years and I have never written anything like this down. A sponsor we work with ran a trial that missed its primary endpoint. Nobody lied, exactly. What happened was slower. First the analysis population was redefined, then a subgroup was promoted to "key secondary", then a sensitivity analysis that excluded two sites became the headline figure in the slide deck. Each step had a memo. Each memo was signed by someone more senior than me. When I raised it in the review meeting, my director said the statistical analysis plan "allowed flexibility" and that I was being rigid. He is not wrong that the plan was vague; I wrote part of it. That is what keeps me awake. I could have closed those doors when I drafted it and I didn't, because I did not imagine anyone would walk through them. I am not going to a regulator. I am asking whether other statisticians have found a way to write plans that cannot be bent, and how they survived saying no.
""",
    ),
    (
        "h14-05",
        "Slack copy-paste with name and time lines, India, test-prep app selling failing students as leads",
        """
Pasting from Slack because nobody will believe me otherwise. Company is [[ORG:PadhaiPlus]], test-prep app, I'm a data analyst in the growth pod.

[[PERSON:Ravi Menon]]  10:42 AM
[[HANDLE:@sneha.k]] can you share the mock-test failures list with [[ORG:Vidyasagar Classes]] by EOD? they are paying per lead this time
[[PERSON:Sneha Kulkarni]]  10:44 AM
which cities
[[PERSON:Ravi Menon]]  10:44 AM
[[LOCATION:Kota]] and [[LOCATION:Jaipur]] first. student phone + parent phone + scores
[[PERSON:Sneha Kulkarni]]  10:51 AM
ok but these are 15 year olds yaar
[[PERSON:Ravi Menon]]  10:52 AM
parents ticked the T&C. pls don't make it a thing in [[HANDLE:#growth-analytics]]

I'm not [[PERSON:Sneha]], I'm the one who maintains the table. The T&C she means is a 40-page PDF that mentions "partners" once. [[ORG:Vidyasagar Classes]] then calls the kids saying "you are failing, join our crash batch". One girl's father called our support line crying on [[DATE:12th Jan]]. Our DPDP consent notices don't even exist yet. [[PERSON:Ravi]] reports to the co-founder in our [[LOCATION:HSR Layout]] office, who doesn't want to hear it. Is it enough if I refuse to run the export, or should I do more?
""",
    ),
    (
        "h14-06",
        "Teams export with bracketed US timestamps and 'Surname, Given' headers, insurer dropping high-need members from a pilot",
        """
Exported from Teams (the format is theirs, not mine):

[[[DATE:3/14/2024]] 9:02 AM] [[PERSON:Okafor, Adaeze]]
Can we drop anyone with SDOH risk tier 4-5 from the [[ORG:Thrive]] outreach list? Leadership wants the pilot numbers to look good for the [[DATE:Q2 2024]] board pack
[[[DATE:3/14/2024]] 9:06 AM] [[PERSON:Brennan, Kyle]] (Analytics)
Technically yes. Those are mostly the members who'd benefit though
[[[DATE:3/14/2024]] 9:07 AM] [[PERSON:Okafor, Adaeze]]
It's a pilot [[PERSON:Kyle]]. We can add them back in phase 2

I'm [[PERSON:Kyle]]. Tier 4-5 in our model is basically: no car, unstable housing, east side zip codes like [[LOCATION:99202]] in [[LOCATION:Spokane]]. The pilot pays for gym memberships and a nurse line. Removing them takes the "engagement rate" from 31% to 58%. I said yes in the chat and I've regretted it since. Our compliance contact at [[ORG:Cascade Mutual Health]] is [[PERSON:Dolores Whitfield]], and she's lovely, but she sits in the same leadership meeting. Member grievances get case numbers like [[ID:GRV-2024-00318]] and I don't think a single one will ever mention this, because nobody excluded will know they were excluded.
""",
    ),
    (
        "h14-07",
        "non-native English with Spanish, Colombia, estrato as a credit feature, cédula number",
        """
Hello, I write from [[LOCATION:Medellín]], sorry for my english, I learn it mostly reading documentation. I work in the analytics área of [[ORG:Banco Cordillera]] since [[DATE:2021]]. My jefa, la doctora [[PERSON:Marcela Ospina]], asked me to add the "estrato" of the client address as a feature in the credit model for microempresarios. Estrato is 1 to 6, is how the city classifies the houses, and in practice is a proxy of poverty and also of where the displaced families live. I said this is discriminación indirecta and she said "[[PERSON:Juanca]], no sea tan intenso, the model just learns." The AUC goes up 0.03. The person who will be rejected is the señora who sells arepas in [[LOCATION:Manrique]] with cédula [[ID:43.512.876]] that I saw in the test sample yesterday (I will not write her name). We have a comité de ética but the last time it met was [[DATE:noviembre de 2023]]. My colleague [[PERSON:Juan Camilo Restrepo]] thinks I should document my objection by email and continue. Our office is in [[LOCATION:Carrera 43A # 1-50, El Poblado]], and I know the [[ORG:SIC]] can investigate, but I dont want to lose my job, my mother depends of me.
""",
    ),
    (
        "h14-08",
        "non-native English from a Japanese speaker, reiwa date, -kachō and -san suffixes, insurer using health checks",
        """
I am data engineer at [[ORG:Hoshizora Life Insurance K.K.]] in [[LOCATION:Osaka]]. My English is not so good, please forgive. From [[DATE:令和6年4月1日]] our team started new project called "[[ORG:Project Tsubame]]". The purpose is predicting which customer will cancel the policy, and then call center calls them. This is normal. But my kachō, [[PERSON:Suzuki Haruto]], want to use also the health check results from our partner hospital, to find customers with early diabetes sign and make cancellation of their medical rider "more smooth". [[PERSON:Suzuki]]-kachō said it is legal because of consent form at signing. I checked the form version [[ID:HZ-CF-2019-07]] and it says "for underwriting", not for this. My senpai [[PERSON:Watanabe]]-san agree with me but he will transfer to [[LOCATION:Nagoya]] branch in [[DATE:October]]. I am alone after that. In [[LOCATION:Japan]] it is very difficult to say no to kachō. I write here because I cannot say it in the office. If you know any person who handled similar situation with APPI please tell me what happened to them.
""",
    ),
    (
        "h14-09",
        "Discord log with bare usernames, indie game studio anti-cheat collecting window titles",
        """
this is from the mod channel of the discord for [[ORG:Lanternfish Games]] (small indie studio, i do the telemetry + anti-cheat data). usernames as they show on discord.

[[HANDLE:pixelmoth]] — Today at 21:14
ok so the new anticheat build uploads the full process list + window titles every 5 min
[[HANDLE:grumpy.cat.4]] — Today at 21:15
window titles?? people have their bank tabs open lol
[[HANDLE:pixelmoth]] — Today at 21:15
its for detecting overlays. [[PERSON:Marguerite]] signed off
[[HANDLE:nullbyte00]] — Today at 21:17
half our players are like 13

i'm [[HANDLE:grumpy.cat.4]]. [[PERSON:Marguerite]] is the ceo ("[[PERSON:Mags]]" to everyone), she thinks window titles are "just strings". we ship on the [[DATE:22nd of August]]. the privacy policy says we collect "technical data to prevent cheating", nothing about what's in your browser tab. we have a lot of players in [[LOCATION:Germany]] and a lot of kids. i asked in the channel if [[ORG:Lanternfish]] ever did a DPIA and [[HANDLE:pixelmoth]] replied with a gif. our publisher is [[ORG:Corvid Interactive]] and they haven't been told. should i email them? it means going over [[PERSON:Mags]]'s head and she hired me out of a discord server two years ago.
""",
    ),
    (
        "h14-10",
        "nothing identifying: rushed lower-case text, complaint counts redefined before a review",
        """
cant sleep. typing this on my phone in the dark so sorry for typos. i work in a small analytics team at a bank, nothing fancy, dashboards mostly. today my manager asked me to change how we count complaints so the monthly number looks smaller, basically if a customer complains twice about the same thing within 30 days it becomes one complaint, and if they complained by phone and then by email its also one. on its own maybe thats even reasonable?? but we only do it from this month, and we dont restate the old months, so the chart will show a big drop right before the regulator review. i said we should put a footnote and he said footnotes confuse people. i have a screenshot of the old definition. i dont want to be dramatic. i also dont want to be the person whose chart gets shown in some report later as evidence that the bank "improved". what would you do. honestly what would you do
""",
    ),
    (
        "h14-11",
        "meeting minutes with attendee initials, Dutch municipality welfare risk model, zaaknummer",
        """
Minutes I took myself (I'm the data scientist on the project, [[PERSON:TS]] below). Translated roughly from Dutch, names as in the original.

Overleg risicomodel bijstand, woensdag [[DATE:9 oktober 2024]]
Aanwezig: [[PERSON:KO]] (voorzitter), [[PERSON:MvdB]], [[PERSON:TS]], [[PERSON:Ines R.]], [[PERSON:Hatice]] (privacy officer)
1. [[PERSON:MvdB]] presents the new features: postcode area, number of bank accounts, "afwijkende woonsituatie".
2. [[PERSON:TS]] asks whether nationality or language level are still in the model. [[PERSON:MvdB]]: "not directly".
3. [[PERSON:Hatice]] asks for the DPIA. [[PERSON:KO]]: after go-live in [[DATE:januari]].
4. Action: [[PERSON:TS]] delivers the top-500 list to the handhaving team.

"Not directly" means "spreekt Nederlands" was removed but "aantal jaren in [[LOCATION:Nederland]]" is in. [[PERSON:MvdB]] is [[PERSON:Maarten van den Berg]] from the vendor, [[ORG:Rekenwerk BV]]. After the childcare benefits scandal I honestly thought [[ORG:Gemeente Westerbroek]] would be more careful. The previous version flagged a woman whose case ([[ID:Z-2023-118842]]) was overturned on appeal after eight months without benefit. I have the list ready. I don't want to send it.
""",
    ),
    (
        "h14-12",
        "SMS export with US numbers as sender headers, plate-reader data around a clinic",
        """
My boss texts instead of emailing when he doesn't want a paper trail. Except texts are a paper trail. Exported from my phone:

[[PHONE:(661) 555-0148]] ([[DATE:Jun 3, 2024]] 7:41 PM): need u to run the plate hits for the clinic lot again, same as last time
Me ([[DATE:Jun 3, 2024]] 7:52 PM): the one on [[LOCATION:Truxtun Ave]]? thats a reproductive health clinic [[PERSON:Gary]]
[[PHONE:(661) 555-0148]] ([[DATE:Jun 3, 2024]] 7:53 PM): its a parking lot. client wants repeat visitors. out of state plates especially
Me ([[DATE:Jun 3, 2024]] 8:10 PM): who is the client
[[PHONE:(661) 555-0148]] ([[DATE:Jun 3, 2024]] 8:31 PM): dont worry about it

I work for [[ORG:Sentrylane]], we sell ALPR data to "law enforcement and licensed investigators". The last request like this came through ticket [[ID:SR-30917]] and the output had plates like [[ID:8KRT442]] ([[LOCATION:California]]) and a [[LOCATION:Texas]] plate I won't repeat. [[PERSON:Gary Pruitt]] is our VP of customer success. A lawyer friend in [[LOCATION:Bakersfield]] says it may be legal for us and very not okay for the client. I've started keeping copies on a USB stick and I don't know if that's smart or a firing offence.
""",
    ),
    (
        "h14-13",
        "KakaoTalk export in Korean with bracketed names and times, dating app scoring faces",
        """
카톡 내보내기 그대로예요 (KakaoTalk export). I'm an analyst at a dating app, [[ORG:설렘]] ([[ORG:Seollem]]), in [[LOCATION:Seoul]].

[[DATE:2024년 11월 5일]] 화요일
[[[PERSON:김민준]]] [오후 3:12] 얼굴 매력도 점수 모델 다음 주에 배포해요
[[[PERSON:이서연]]] [오후 3:14] 그거 유저 동의 받았어요?
[[[PERSON:김민준]]] [오후 3:15] 약관에 "서비스 개선" 있잖아요 ㅋㅋ

So [[PERSON:김민준]] 팀장님 ([[PERSON:Kim Min-jun]], our team lead) wants to score every uploaded face from 1 to 10 with a model trained on swipe rates, and show low-scored users less. It learns every bias our users have about skin colour, age, weight. [[PERSON:Seoyeon]] (I'm not her, I'm the third person in that chat who stayed quiet) told me later she looked up how to report to the [[ORG:PIPC]] anonymously. Our model card, ticket [[ID:ML-2207]], says "no sensitive attributes". Faces are biometric data, aren't they? I'm here on a work visa and if I lose this job I have a few months to find another. I want to support her without being the one who gets fired.
""",
    ),
    (
        "h14-14",
        "bullet timeline, Kenya, lender scoring tithes and betting from M-Pesa statements, KRA PIN, Sheng",
        """
Timeline, because I keep forgetting what happened when:

- [[DATE:3/2/2024]]: joined [[ORG:Pesaflow Credit Ltd]] as a data analyst, office on [[LOCATION:Waiyaki Way, Westlands]]
- [[DATE:mid-March]]: [[PERSON:Otieno]] (head of risk) asks for a "willingness to pay" score from parsed M-Pesa statements
- [[DATE:28 March]]: I see the features include betting transactions, church tithes, and calls to one specific clinic number
- [[DATE:2 April]]: raised it in standup. [[PERSON:Wanjiru Kamau]] said "sawa, we'll review". nothing
- [[DATE:10 April]]: a complaint from a mama mboga in [[LOCATION:Kawangware]] who was rejected. Her KRA PIN [[ID:A012345678Z]] is sitting in plain text in a CSV on the shared drive
- [[DATE:11 April]]: I asked to restrict the drive. [[PERSON:Otieno]]: "usiwe mnoko, bro"
- today: still nothing

Si ni kama tunaiba, but the customers have no idea their tithe is a feature. [[PERSON:Wanjiru]] gave me her number ([[PHONE:+254 712 555 018]]) and said call her "if it gets serious". It's serious. The [[ORG:ODPC]] takes complaints online but they ask for your ID and I'm not sure the company won't find out.
""",
    ),
    (
        "h14-15",
        "formal letter to a university ethics committee, raw GPS traces to an industry partner",
        """
To the Chair, Research Ethics Committee, [[ORG:Northgate University]]

Re: Application [[ID:REC/2023/0417]], "Mobility and Wellbeing in Later Life"

Dear Professor [[PERSON:Okonjo-Hale]],

I am a research associate on the above study and I am writing, with some hesitation, about the participant dataset. The approved protocol states that GPS traces will be coarsened to 500 m grid cells before any sharing. On [[DATE:22 January 2024]] the principal investigator, Prof. [[PERSON:Alasdair MacLeod-Innes]], instructed me to send the raw traces to our industry partner, [[ORG:Stridewell Analytics Ltd]], "to speed things up". Several participants live in very small villages near [[LOCATION:Pitlochry]]; from raw traces a home address is trivially recoverable. Dr [[PERSON:Siobhán Ní Bhriain]], the study's data manager, was copied and objected in writing.

I have not sent the data. I am aware that Prof. [[PERSON:MacLeod-Innes]] is also my line manager and supervises my fellowship renewal. I would be grateful if the committee could treat this letter as confidential. I can be reached at [[EMAIL:r.a.4417@northgate.ac.example]] or on [[PHONE:07700 900417]].

Yours sincerely,
(name withheld for this site)
""",
    ),
    (
        "h14-16",
        "nothing identifying: non-native English from a Russian speaker, emotion detection on queue cameras",
        """
Good day. I am working as ML engineer in a company that makes software for retail shops, cameras and analytics. Not big company, maybe 200 people. Last month we got a request from a client to add function of "emotion detection" to the queue cameras, to understand if customers are angry. I have read papers about this and the science is very weak, the models mostly detect if person is smiling, and they work worse for older people and for people with darker skin. I wrote this to my team lead in a long message with links. He answered that the client pays and that we are not a university. Then he said I can be moved to other project if I am not comfortable. This sounds kind but I understand it is a warning. In my previous country there was no discussion at all, you do what is told. Here I expected something different. I want to know: is it naive to refuse? Or it is better to stay and make the thing less harmful from inside, for example add big disclaimer and confidence thresholds?
""",
    ),
    (
        "h14-17",
        "forum post with u/ handles and numbered edits, hedge fund buying card-transaction panel data",
        """
Throwaway obviously. I posted a version of this on reddit and it got removed within an hour, and then an account called [[HANDLE:u/harrow_hr_ops]] DM'd me asking "which desk are you on". That scared me more than anything.

I'm a quant analyst at [[ORG:Finch & Harrow Capital]] in [[LOCATION:Canary Wharf]]. We buy "alternative data". The newest dataset is card transactions from a budgeting app, supposedly anonymised, at merchant level. Except the vendor, [[ORG:Ledgerline]], also ships a panel_id that is stable across months, and with the timestamps I could pick out my own coffee purchases in a test. My PM, [[PERSON:Hugo Vance-Mortimer]], says compliance cleared it in [[DATE:Q4 2023]]. The compliance memo is [[ID:CMP-23-0981]] and it's two paragraphs long.

EDIT: people asking if the app users consented. The app's privacy policy says "trusted partners". That's it.
EDIT 2: [[HANDLE:u/harrow_hr_ops]] deleted their account.
EDIT 3: no I'm not going to the [[ORG:FCA]] yet. Maybe after bonus season, which I know says something about me.
EDIT 4: to the person who DM'd "[[PERSON:Hugo]] is a good guy": I know. That's what makes it hard.
""",
    ),
    (
        "h14-18",
        "Indonesian with English, pinjol customers matched to social profiles, Pak/Mbak honorifics, NIK",
        """
Maaf kalau bahasanya campur-campur ya. Saya data analyst di [[ORG:PT Sinar Data Nusantara]], kantor di [[LOCATION:Jl. Kemang Raya No. 8, Jakarta Selatan 12730]]. Klien kami, [[ORG:Koperasi Maju Bersama]], minta kita "enrich" data nasabah pinjaman mereka pakai data dari Facebook dan marketplace. Pak [[PERSON:Budi Santoso]] (direktur) sudah setuju tanpa tanya ke legal. Mbak [[PERSON:Ratna]] dari legal baru tahu waktu rapat hari Senin, [[DATE:2 September 2024]].

The enrichment matches the NIK, for example [[ID:3174051203880002]], to social media profiles and then scores "lifestyle". Kalau gaya hidupnya "konsumtif", limitnya turun. Kalau pernah posting soal utang, kena flag. Mbak [[PERSON:Ratna]] bilang ini jelas melanggar UU PDP yang berlaku penuh [[DATE:Oktober 2024]]. Pak [[PERSON:Budi]] bilang "kan datanya publik".

Saya yang nulis scraper-nya. Rasanya gak enak banget. Teman saya [[PERSON:Dimas]] di [[LOCATION:Bandung]] bilang resign aja, tapi cari kerja sekarang susah. Apa ada cara menolak tanpa dipecat? Atau minimal bagaimana caranya supaya keberatan saya tercatat?
""",
    ),
    (
        "h14-19",
        "Jordan, telecom asked for subscriber lists near mosques, kunya as a name, Hijri date",
        """
Salam. I'm a data scientist at a telecom in [[LOCATION:Amman]], [[ORG:Petra Mobile]]. Writing in English because my Arabic typing is slow on this laptop, wallah.

During [[DATE:Ramadan 1445]] we ran a campaign model for "high-value night users", which is fine. Then the security unit asked us for a list of subscribers whose phones pinged near certain mosques after taraweeh and who also called numbers in [[LOCATION:Syria]]. It came as a "lawful request" with reference [[ID:SEC/LR/7781]], but there was no court order attached, just a letter. My manager [[PERSON:Rania Haddad]] refused at first. Then [[PERSON:Abu Khaled]] from the security side came to our floor in [[LOCATION:Jabal Al-Weibdeh]] and sat with her for an hour. Next day she told me "[[PERSON:Yazan]], just run it, it's not our decision". I'm [[PERSON:Yazan]].

I ran it. 1,204 numbers. I think about it every day. He left his mobile, [[PHONE:+962 79 555 0134]], "in case of questions". I don't know what happened to those people. I don't know who I can even ask.
""",
    ),
    (
        "h14-20",
        "voice-to-text without punctuation, speech analytics flagging stressed callers, phone and e-mail read out",
        """
okay I'm dictating this in the car so sorry if it comes out weird I'm a data analyst at [[ORG:Voicebridge]] we do speech analytics for insurers and last week my manager [[PERSON:Kat Bellamy]] asked us to start flagging callers who sound stressed or hesitant as higher fraud risk which is insane because who isn't stressed when they're calling about a car crash anyway one of the clients [[ORG:Halden Direct]] wants it live by the [[DATE:1st of December]] and [[PERSON:Kat]] says the model is just one input but I've seen the dashboard and the agents see a red badge next to the caller's name so it is not just one input is it and people with accents get flagged more I checked that myself on a sample of like three hundred calls so if anyone from a union or a journalist wants the numbers you can reach me on [[PHONE:oh seven seven oh oh nine hundred three one two]] or email [[EMAIL:tomasz dot wren at fastmail dot example]] that's a personal one not work okay end message
""",
    ),
    (
        "h14-21",
        "pasted Jira ticket with fields and comments, France, badge data used to flag union contacts",
        """
I'll just paste the ticket. I'm the "Assignee".

[[ID:DATA-2291]]: Add "union_risk" flag to weekly attrition report
Reporter: [[PERSON:Lukas Brandt]]
Assignee: (me)
Priority: High   Labels: people-analytics, confidential
Created: [[DATE:2025-01-20]]   Linked: [[ID:DATA-2288]]

Description:
Using badge swipe data ([[LOCATION:Lyon]] and [[LOCATION:Grenoble]] sites) plus calendar metadata, flag employees who attended more than 2 meetings with CSE reps in the last 30 days. Output visible to [[PERSON:Lukas]] and [[PERSON:Amélie Roussel-Diallo]] only.

Comments:
[[PERSON:Amélie Roussel-Diallo]] ([[DATE:21/Jan/25]]): Is this ok with the CSE agreement?
[[PERSON:Lukas Brandt]] ([[DATE:21/Jan/25]]): Legal is aware. Please keep this ticket restricted.

Legal is not aware. I asked Maître [[PERSON:Cohen]], our external counsel, a vague hypothetical question on a call and she went quiet and then said "please tell me this is hypothetical". [[ORG:Altivar Systèmes SAS]] has been fined by the [[ORG:CNIL]] before, for cookies. I moved the ticket to "Blocked" and wrote "needs DPO review". [[PERSON:Lukas]] moved it back.
""",
    ),
    (
        "h14-22",
        "pull-request review with @-mentions and a repo URL, fintech using a name-origin feature",
        """
PR comments, copied from our internal GitHub. Repo is [[URL:github.com/ledgerly-internal/risk-models/pull/412]].

[[HANDLE:@mfernandes]] commented:
> Adding zip3 and first_name_origin as features. Lift on the holdout is +2.1 pts.

[[HANDLE:@dnakamura-ledgerly]] commented:
> first_name_origin is literally an ethnicity classifier on names. We can't use this for credit decisions in the [[LOCATION:US]]. ECOA.

[[HANDLE:@mfernandes]] commented:
> It's not a protected attribute, it's a derived feature. [[HANDLE:@priya-s]] approved the design doc.

I'm [[HANDLE:@dnakamura-ledgerly]]. [[PERSON:Priya]] ([[PERSON:Priya Sundaram]], our head of data) says she approved a version without that feature and the doc was edited afterwards. The page history shows [[PERSON:Mateus Fernandes]] editing it on [[DATE:Feb 9]] at 11pm. [[ORG:Ledgerly]] is a fintech of 60 people in [[LOCATION:Austin]]; we don't have a compliance team, we have a contractor who comes once a month. I left "request changes" and now I'm "blocking the roadmap" in standup. Do I escalate to the founders or just keep blocking until someone overrides me in writing?
""",
    ),
    (
        "h14-23",
        "Brazilian Portuguese with English, bank predicting who will sue, CPF and court acronyms",
        """
Oi, vou escrever meio em português meio em inglês, desculpa. Sou cientista de dados no [[ORG:Banco Jacarandá S.A.]], em [[LOCATION:São Paulo]], no prédio da [[LOCATION:Av. Paulista, 1578]]. Em [[DATE:março de 2024]] a diretoria pediu um modelo de "propensão a judicializar", pra prever quais clientes vão entrar com processo contra o banco. Até aí ok. Mas a ideia é usar o score pra negar renegociação de dívida pra quem tem alta chance de processar. Ou seja, quem conhece seus direitos é punido.

My gestora, [[PERSON:Fernanda Albuquerque]], calls it "gestão de risco jurídico". The training data joins CPFs like [[ID:123.456.789-09]] with public court records from the [[ORG:TJSP]]. A [[PERSON:Fê]] (she hates when I call her that) knows it's ugly, I can see it in her face in every meeting. O [[PERSON:Thiago]] do jurídico says the LGPD allows it under "legítimo interesse". Eu não acho. Should I go to the [[ORG:ANPD]] or to the ouvidoria first? Or is the ouvidoria just the bank again with a different email?
""",
    ),
    (
        "h14-24",
        "nothing identifying: bullet list, a junior data engineer's first year",
        """
Things I have been asked to do in my first year as a junior data engineer, in order of how bad I felt:

- Backfill a "consent" column to TRUE for everyone who signed up before the banner existed. (Bad.)
- Keep "deleted" accounts in the warehouse because "marketing might need them". (Bad.)
- Turn off the alert that fires when someone queries the salary tables. (Very bad.)
- Write a script to find which employees use the VPN from abroad. (Not sure.)
- Join support chat transcripts to the CRM so sales can see who complained. (Bad, and I did it.)

I did every one of them. I raised the first two in a retro and the answer was that it was above my pay grade. I am not looking for someone to blame. I want to know at what point a junior is responsible, and whether keeping a private list like this one is useful or just makes me feel better. Is there a way to say no that does not end my career before it starts?
""",
    ),
    (
        "h14-25",
        "Poland, clinic chain model fed with PESEL numbers, Pan/Pani, diminutives, Polish address and date",
        """
Piszę po angielsku, bo tak mi łatwiej o pracy. I'm a data analyst at [[ORG:Wisła Analytics Sp. z o.o.]], office at [[LOCATION:ul. Długa 14/3, 31-147 Kraków]]. Our client is a chain of private clinics and they want a model of "patients likely not to pay", built on appointment history. Fine. But Pan [[PERSON:Zbigniew Wróblewski]], our prezes, agreed to also feed it PESEL-derived age and sex, plus whether the patient came through an [[ORG:NFZ]] referral. Pani [[PERSON:Kasia]] from the clinic side sent us a sample file with real PESEL numbers ([[ID:85021412345]] was the first row, I remember because the birthday is the same as my sister's). Transfer date [[DATE:12 lutego 2025]]. No pseudonymisation, no processing agreement signed.

I told [[PERSON:Zbyszek]] (yes, he wants us to call him that, "we are a startup") that this is article 9 data. He said [[ORG:UODO]] has bigger fish to fry. My girlfriend says I should write to [[ORG:UODO]] myself. I'm scared because the [[LOCATION:Kraków]] data scene is small and everyone knows everyone.
""",
    ),
    (
        "h14-26",
        "Telegram messages in Russian with name-and-date headers, Kazakhstan, courier locations sold to a bank",
        """
Переписка из Telegram, перевожу как могу. I'm a data engineer in [[LOCATION:Almaty]].

[[PERSON:Ержан Нурланович]], [[DATE:5 марта 2024]]:
Нужно до пятницы выгрузить геолокацию курьеров за [[DATE:февраль]], всех, с телефонами
[[PERSON:Айгерим]], [[DATE:5 марта 2024]]:
Зачем с телефонами?
[[PERSON:Ержан Нурланович]], [[DATE:5 марта 2024]]:
Заказчик просит. Не задавай лишних вопросов

I'm [[PERSON:Айгерим]]. The "customer" is [[ORG:Алтын Кредит]], a bank that wants to see in which districts our couriers sleep, to set their credit limits. Our company is [[ORG:Степь Дата]] (ТОО, about 40 people). The couriers never agreed to anything like this, the app only says location is used "for delivery". Example row from the export: [[PHONE:+7 701 555 0182]], lat/long every 30 seconds, from 23:00 to 07:00. That's where they live. I did the export but didn't send it yet. In [[LOCATION:Kazakhstan]] you don't argue with the boss by his patronymic, so I'm asking here first.
""",
    ),
    (
        "h14-27",
        "Hinglish, India, agritech scoring farmers by protest-group membership, ji and didi, Aadhaar",
        """
Yaar I don't even know where to start. I'm a data scientist at [[ORG:Kisan Mitra Agritech Pvt. Ltd.]] in [[LOCATION:Indore]]. We give crop loans to farmers through an app. [[PERSON:Sharma]] ji (our CTO) wants to use the farmer's bank statements plus WhatsApp group activity to predict "repayment intent". Matlab agar farmer kisi union wale group mein hai, to uska score kam. I literally saw the feature name: is_in_protest_group.

[[PERSON:Pooja]] didi from field ops told me the farmers in [[LOCATION:Dewas]] signed the consent form in English, which half of them can't read. She showed me one form, Aadhaar number [[ID:5555 0123 4567]] filled in by the agent, not by the farmer. After [[DATE:Diwali 2023]] our disbursals doubled and so did the pressure.

I asked [[PERSON:Sharma]] ji in our 1:1 and he said "beta, tum idealist ho, ye startup hai". Maybe I am. But I grew up in a village near [[LOCATION:Ujjain]] and I know what a bank calling your relatives does to a family. What would you do?
""",
    ),
    (
        "h14-28",
        "Vietnamese with English, anh/chị honorifics, food app calling customers to delete bad reviews",
        """
Em là data analyst ở [[ORG:Công ty TNHH Sao Mai Data]], [[LOCATION:Quận 7, TP.HCM]]. Sorry my English mix Vietnamese. Anh [[PERSON:Tuấn]], trưởng nhóm, asked me to build a list of customers who left bad reviews on our client's app, and match them with phone numbers from the loyalty program, so the client's "customer care" can call them. Client is [[ORG:Bếp Nhà Mình]], a food delivery app. Chị [[PERSON:Hoa]] from the client said the callers will "encourage" them to delete the review and give a voucher. Actually some people got calls late at night, one girl posted a screenshot that she was called 6 times.

From [[DATE:ngày 1 tháng 7 năm 2023]] Nghị định 13 applies, and I think this is not allowed without consent. Anh [[PERSON:Tuấn]] says everyone does it. The loyalty accounts look like [[ID:SMD-LY-0091827]], phone and full name in the same row, no masking. Em không biết làm gì. If I say no, anh [[PERSON:Tuấn]] will give the task to the intern, who will just do it.
""",
    ),
    (
        "h14-29",
        "Taglish, Philippine BPO, bathroom-break report per agent, Ate/Kuya, a name that is a common word",
        """
Hi po. Data analyst ako sa [[ORG:Bayanihan Contact Solutions Inc.]] sa [[LOCATION:Ortigas]]. Our account is a telco from the [[LOCATION:US]]. Last [[DATE:Oct 3]], our ops manager, Ate [[PERSON:Joy]], asked me to build a "bathroom break" report per agent, with names and employee IDs, kasi daw may nag-a-abuse. Fine, pero gusto niya i-attach sa performance review, and the ones with the most breaks are pregnant agents and one agent with a kidney condition (employee [[ID:BCS-20931]], hindi ko sasabihin pangalan niya). Kuya [[PERSON:Rommel]] from workforce told me it's been done before in another account and "walang nangyari".

Nakakahiya, pero na-build ko na. It's sitting in my drafts. Ate [[PERSON:Joy]] will ask me for it tomorrow at the huddle. I know [[ORG:DOLE]] and the [[ORG:NPC]] exist but I don't know if this even counts as a violation, or kung sino ang dapat kong kausapin muna. Ano po gagawin ko? Sorry po sa haba, first time ko mag-share ng ganito.
""",
    ),
    (
        "h14-30",
        "WeChat group in Mandarin with English, 总 and 小 forms, app pulling contact lists for marketing",
        """
这是微信群里的聊天记录 (WeChat group), I'm the only data person at [[ORG:深圳云图科技有限公司]].

[[PERSON:王]]总 [[DATE:2024年6月18日]] 10:03
把那天所有用户的位置和通讯录都拉一份，营销要用
[[PERSON:小周]] 10:05
通讯录也要吗？
[[PERSON:王]]总 10:06
都要。下午之前给我

[[PERSON:小周]] is my intern, [[PERSON:Zhou Yiming]], and he forwarded it to me because he didn't know how. Our app is a shopping app called [[ORG:逛逛]]. The contact list upload was never in our privacy policy, and PIPL says you need separate consent for this kind of thing. Our office is in [[LOCATION:南山区]], [[LOCATION:Shenzhen]], and my boss has connections, so I don't think a complaint would go anywhere. I pulled only the location data and told [[PERSON:王]]总 the contacts table "had a schema problem". He believed me, for now. [[PERSON:Zhou Yiming]] is 21 and thinks I am very brave. I am not brave, I am just delaying. How long can I keep delaying?
""",
    ),
    (
        "h14-31",
        "nothing identifying: non-native English from a French speaker, public-sector child welfare prioritisation",
        """
Bonjour. I am French, I work as a data scientist in the public sector, and I will try to write in English so more people can read. Our team builds a tool that helps social workers prioritise home visits for families. The idea is good: there are not enough social workers. But the training labels are past interventions, and past interventions were concentrated in some neighbourhoods, so the model learns where social workers went before, not where children are in danger. I presented this in a meeting with charts. The reaction was polite. Someone said "all models are wrong but some are useful". Nobody asked to change the labels. Now the pilot is extended to a second area and my name is on the methodology note. I would like to remove my name, or add a section about the limits. My director says a public note must not "create doubt". I don't know what is the ethical duty of a civil servant here: loyalty to the hierarchy, or to the families?
""",
    ),
    (
        "h14-32",
        "IRC log with <nick> lines, open-source crash reporter sending a stable machine id, endpoint URL and IP range",
        """
from [[HANDLE:#fernweh-dev]], trimmed. I'm [[HANDLE:wren]] in there.

[21:02] <[[HANDLE:zedkay]]> so the new "anonymous" crash reporter sends the machine-id
[21:03] <[[HANDLE:wren]]> machine-id is a stable unique id. that's not anonymous
[21:03] <[[HANDLE:ottilie]]> it's hashed
[21:04] <[[HANDLE:wren]]> hashing a stable id gives you a stable id
[21:06] <[[HANDLE:zedkay]]> the foundation wants install counts per country for the grant report
[21:06] <[[HANDLE:zedkay]]> merging tonight

The [[ORG:Fernweh]] desktop app has maybe 80k users, lots of them journalists and activists because we advertised it as "no telemetry". The reporter posts to [[URL:https://telemetry.fernweh.example/v2/crash]] and the server logs keep full IPs; the whole [[ID:203.0.113.0/24]] block showed up in one test because of one office. [[ORG:Fernweh Foundation]] is funded by a grant from [[ORG:Open Horizons Trust]], who want "adoption metrics". [[PERSON:Ottilie Brandvold]] ([[HANDLE:ottilie]] above) is the lead maintainer and a friend. I'm not a real data person, I just did the stats for the grant report, but I know enough to know this is wrong. Fork it? Go public? Talk to her first, obviously, but then?
""",
    ),
    (
        "h14-33",
        "French recruiter e-mail with signature block, social-media culture-fit scoring of candidates",
        """
I'm a hiring manager for a data team in [[LOCATION:Lyon]]. This came from the recruitment firm we use:

"Bonjour,
Suite à notre échange du [[DATE:4 novembre]], je vous confirme que [[ORG:CultureScan]] analyse les profils publics des candidats (LinkedIn, Instagram, TikTok) et attribue un score d'adéquation culturelle. Les candidats ne sont pas informés, ce n'est pas nécessaire pour des données publiques.
Bien cordialement,
[[PERSON:Anne-Sophie Lefèvre-Durand]]
Directrice conseil, [[ORG:Cabinet Mercier & Associés]]
[[LOCATION:27 rue Servient, 69003 Lyon]]
[[PHONE:+33 4 55 55 01 23]]"

My director, [[PERSON:Benoît]], loves it. In the trial batch, a candidate was marked "faible adéquation" and when I looked at why, her public posts are mostly in Arabic and about her mosque's food bank. I am pretty sure that is not legal under GDPR and I'm very sure it's not right. [[PERSON:Benoît]] says the [[ORG:CNIL]] will never see it, and that [[PERSON:Anne-Sophie]] has "many clients very happy". I'm supposed to sign the purchase order on Friday.
""",
    ),
    (
        "h14-34",
        "Turkish with English, Bey/Hanım honorifics, motor insurer pricing night stops by neighbourhood, TC kimlik",
        """
Merhaba. I'm a data scientist at [[ORG:Boğaziçi Sigorta A.Ş.]] in [[LOCATION:Kadıköy]], [[LOCATION:İstanbul]]. Our motor insurance pricing uses telematics from a phone app. [[PERSON:Mehmet]] Bey, the product director, asked to add a feature: whether the driver often stops in certain neighbourhoods at night. He called them "riskli bölgeler". When I looked, the risky areas in the spec were mostly places where Kurdish and Syrian families live, and two of them are areas with a lot of night-shift workers.

[[PERSON:Elif]] Hanım from compliance asked for the full feature list by [[DATE:14 Şubat 2024]], and [[PERSON:Mehmet]] Bey told me to rename the feature to geo_exposure_3 before sending. The complaint that started all this was from a customer with TC kimlik [[ID:12345678950]] who was quoted double his neighbour's price. KVKK probably covers location data, but I'm not a lawyer. Renaming a column is not a crime, but it feels like the first step of one. Bunu nasıl söyleyeceğim bilmiyorum.
""",
    ),
    (
        "h14-35",
        "Scotland, council sharing tenant complaint history with police, lower-case name, flat address and postcode",
        """
Sorry this is long. I'm an analyst at [[ORG:Glasgow City Council]], in the housing data team. (We are a public body so I assume an FOI will eventually get all of this anyway.)

In [[DATE:late 2023]] we were asked to share tenancy data with [[ORG:Police Scotland]] for a "vulnerable persons" project. Fine in principle. The data sharing agreement, ref [[ID:DSA-HOU-0117]], covers names, addresses and known vulnerabilities. Then [[PERSON:mags]] (my manager, [[PERSON:Margaret Kinnear]]) forwarded a follow-up asking for rent arrears and complaint history too, to "help with risk scoring". That was never in the DPIA. I said so on the call and [[PERSON:mags]] said "we're all on the same side here hen".

One of the addresses in the sample was [[LOCATION:14/2 Dalmarnock Road, G40 4LT]] (I've changed the flat number) and I know that tenant is a domestic abuse survivor who complained about a police officer. Sending her complaint history to the police feels like the opposite of protecting her. Our DPO is off until [[DATE:January]]. Do I wait? Do I go over [[PERSON:mags]]?
""",
    ),
    (
        "h14-36",
        "nothing identifying: rushed lower-case, attrition model shown to managers",
        """
quick one. my company is about to launch a feature that predicts when employees are "likely to leave" and shows it to their managers. i built the model. it works ok, auc around 0.78. what scares me isnt the accuracy its what managers will do with it. one already asked if he could see it before bonus decisions. i suggested showing only team level numbers and was told that defeats the purpose. i could make the model worse on purpose lol. i wont. but i thought about it for a full minute which tells you where my head is. anyone been in this spot? did you stay? did it get better or worse after launch? genuinely asking, not looking for a pep talk, more like what actually happened to you and to the people who were in the model. and did anyone ever tell them
""",
    ),
    (
        "h14-37",
        "Australian slang, supermarket loyalty baskets used to price life cover, ABN, 1300 number, nicknames",
        """
G'day. I'm a data analyst for a supermarket loyalty program, head office in [[LOCATION:Parramatta NSW 2150]]. I'll just say it's not [[ORG:Coles]], lol.

So: the insurance arm wants to use shopping baskets (booze, smokes, junk food, pregnancy tests, the lot) to price life and health cover. My team lead [[PERSON:Davo]] ([[PERSON:David Nguyen-Whitlam]]) reckons it's "just another data source". The ABN of the insurance sub is [[ID:51 824 753 556]] if anyone wants to look it up (they'll find nothing useful).

It kicked off properly after [[DATE:Anzac Day 2024]] when the first pricing test went live for a segment in [[LOCATION:Western Sydney]]. [[PERSON:Robbo]] in legal says the privacy policy covers "related bodies corporate". The program is [[ORG:FreshRewards]] and nobody who signs up for 10c off petrol thinks they're signing up for a life insurance quote. I rang the [[ORG:OAIC]] on [[PHONE:1300 555 019]] and waited 40 mins before I chickened out and hung up. [[PERSON:Davo]] is a good bloke otherwise, which makes it worse.
""",
    ),
    (
        "h14-38",
        "South Africa with isiZulu, lender timing debit orders to grant days, SA ID number, public holiday as a date",
        """
Sawubona. I work in credit analytics at [[ORG:Ubuntu Micro-Lending (Pty) Ltd]] in [[LOCATION:Braamfontein]], [[LOCATION:Johannesburg]]. We lend small amounts to people who mostly live on [[ORG:SASSA]] grants. My boss [[PERSON:Sipho Ndlovu]] wants a model that predicts when a client's grant lands so collections can time the debit order for that morning, before they can buy food. Technically it's a good model. Morally, eish.

[[PERSON:Thandeka]] from collections told me "ngiyazi kubi, but targets are targets". I pulled one record for the presentation, ID number [[ID:8001015009087]], and realised it's an old gogo from [[LOCATION:Soweto]]. I put my concerns in an email to [[PERSON:Sipho]] on [[DATE:16 June]] ([[DATE:Youth Day]], the office was empty and I was angry). No reply. The [[ORG:NCR]] regulates us and the [[ORG:Information Regulator]] does POPIA. Which one would even care about debit order timing? Or is this just how lending works and I'm being naive?
""",
    ),
    (
        "h14-39",
        "Ethiopia, mobile money transaction lists requested by security service, Ethiopian calendar date, Ato and W/ro",
        """
Selam. I am a data analyst at [[ORG:Abay Mobile Money]] in [[LOCATION:Bole]], [[LOCATION:Addis Ababa]]. In [[DATE:Meskerem 2016 E.C.]] (that is [[DATE:September 2023]] for you) we received a letter asking for all transactions of users registered in [[LOCATION:Tigray]] who sent money abroad, with names and wallet numbers. Letter reference [[ID:NISS/0412/16]]. Ato [[PERSON:Dawit Bekele]], our head of compliance, said we have no choice, it is the law. W/ro [[PERSON:Hirut]] from IT said at least we should ask for a court order, and after that meeting she was moved to another department.

I prepared the extract. I did not add anything extra, but I also did not remove anything. A wallet looks like [[PHONE:+251 911 555 218]], it is the same as the phone number, so it is the person. Ato [[PERSON:Dawit]] says if we refuse, the licence is at risk and 300 staff lose jobs. I understand this. I also know some of these people have families who disappeared. I am not asking what is legal. I am asking how people live with this.
""",
    ),
    (
        "h14-40",
        "iOS WhatsApp export in Mexican Spanish, union vote secrecy broken with turnstile logs, Lic. title",
        """
Les paso el chat tal cual (WhatsApp, mi jefe y yo):

[[[DATE:22/08/23]], 18:40:12] Lic. [[PERSON:Gerardo Sáinz]]: Necesito la lista de quién votó por el sindicato independiente en la consulta
[[[DATE:22/08/23]], 18:41:55] [[PERSON:Vale]]: ¿Quién votó? La consulta es secreta, Lic.
[[[DATE:22/08/23]], 18:42:30] Lic. [[PERSON:Gerardo Sáinz]]: Tú cruza la hora del voto con los registros del torniquete, no es tan difícil
[[[DATE:22/08/23]], 18:42:31] Lic. [[PERSON:Gerardo Sáinz]]: Para el lunes

Yo soy [[PERSON:Vale]], analista de datos en [[ORG:Grupo Altamira S.A. de C.V.]], planta en [[LOCATION:Silao, Guanajuato]]. The vote was under the new labour reform rules, supervised, secret. Crossing the timestamps of the voting booth door with the turnstile badge logs would identify maybe 80% of voters. Every query I run is logged under my employee number, [[ID:ALT-44718]], so if I do it, it's my name on it forever. If I don't, he'll ask [[PERSON:Rodrigo]] from IT, who won't ask any questions. I have the screenshot. Who do I send it to without losing my job?
""",
    ),
    (
        "h14-41",
        "US housing nonprofit, funder demanding client-level data incl. immigration status, Jr. suffix, street address with ZIP",
        """
I'm the only data person at a small housing nonprofit, [[ORG:Northside Home Partners]], at [[LOCATION:4417 W Belmont Ave, Chicago, IL 60641]]. Our biggest funder, the [[ORG:Callister Foundation]], is asking for client-level data for an "impact evaluation": names, addresses, household income and immigration status, to be shared with an evaluation firm they hired, [[ORG:Quillmark Research]].

Our executive director, [[PERSON:DeShawn O'Connell Jr.]], is torn. He knows what it means for our undocumented families if that file leaks or gets subpoenaed, but the grant is 40% of our budget. The program officer, [[PERSON:Meredith Callister-Ruiz]], wrote on [[DATE:9/12/23]] that "all grantees are providing this". I asked two other grantees. Neither is.

[[PERSON:DeShawn]] asked me to "find a technical middle ground". I proposed aggregate tables plus a synthetic dataset. [[PERSON:Meredith]] replied from [[EMAIL:mcallister-ruiz@callisterfdn.example]] that synthetic data "isn't real evidence". I'm not sure she's wrong about the evidence. I'm sure she's wrong about the risk.
""",
    ),
    (
        "h14-42",
        "forwarded Outlook reply with a short link and signature, 'anonymous' pulse survey de-anonymised for HR",
        """
From: [[PERSON:Priyanka Raghunathan]] <[[EMAIL:praghunathan@orbitel.example]]>
Sent: Tuesday, [[DATE:April 16, 2024]] 4:12 PM
To: Insights Team
Subject: RE: RE: pulse survey results by manager

Team, just to confirm, we will NOT keep the pulse survey anonymous at manager level for teams under 5. [[PERSON:Gregor]] has asked for the raw file with employee IDs so HR can "follow up with detractors". Link: [[URL:bit.ly/3PulseQ2raw]]

Thanks,
[[PERSON:Priyanka]]
Sr. Director, People Insights | [[ORG:Orbitel]]
[[PHONE:+1 (312) 555-0177]]

---

That's my director. I wrote the survey intro that says "Your responses are anonymous and will never be linked to you". 847 people answered on that promise. [[PERSON:Gregor Lindqvist]] is the CHRO. Employee IDs look like [[ID:E0048213]] and the raw file has them next to free-text answers like "my manager yells at people who take sick leave". I could "accidentally" only export the aggregated file. I could also just refuse. Either way [[PERSON:Priyanka]] knows it's me who built the survey.
""",
    ),
    (
        "h14-43",
        "Finland, production patient data copied to a test environment for an offshore contractor, henkilötunnus, dotted date",
        """
Moi. I work as a data engineer at [[ORG:Kalevala Data Oy]] in [[LOCATION:Tampere]]. We process data for a municipal health service. On [[DATE:12.3.2024]] my manager [[PERSON:Päivi Lehtonen]] asked me to copy the production patient database to a test environment so the offshore contractor can "debug faster". It contains henkilötunnus numbers, like [[ID:131052-308T]], and full visit notes. [[PERSON:Jussi]] from security said no in the team chat, then [[PERSON:Päivi]] asked me again in person, quietly, not in writing. Finnish culture: we do not like conflict. I said I need it in writing. She sent an email "ok to proceed" with no details at all.

The contractor is [[ORG:Nordbyte Solutions]] with a team in [[LOCATION:Pune]]. I have nothing against them, they are good engineers, but nobody has done a transfer assessment and the patients never heard of them. Is a two-word email enough to protect me? Should I write to the [[ORG:Data Protection Ombudsman]] myself, or first to our DPO, who is [[PERSON:Päivi]]'s friend?
""",
    ),
    (
        "h14-44",
        "nothing identifying: reflective, chatbot evaluation numbers on slide nine",
        """
We were asked to evaluate a customer service chatbot before launch. The evaluation set was written by the same team that wrote the prompts, and they had, without meaning to, written questions the bot was good at. When I built a second set from real tickets, accuracy dropped from the high nineties to around seventy. The launch review was the next morning. My manager asked me to present both numbers but lead with the first one, "since it's the official benchmark". I did. I put the second number on slide nine. Nobody reached slide nine. The bot launched and within a week the complaint rate went up. Nobody connected it to the evaluation. I know I didn't lie. I also know what I did. I'm writing this because I want to hear from people who found a way to present uncomfortable numbers so they actually land, not in an appendix, without being labelled negative.
""",
    ),
    (
        "h14-45",
        "Bangladesh, garment factory face recognition used to find protesters, bhai/apa, Bengali calendar date, NID",
        """
Assalamu alaikum. I am a data analyst at [[ORG:Padma Knitwear Ltd]], a garment factory group in [[LOCATION:Gazipur]]. Last year management installed face recognition at the gates "for attendance". Now [[PERSON:Rahim]] bhai, the production manager, wants me to produce a list of workers who came through the gate on the morning of the wage protest, which was just after [[DATE:Pohela Boishakh 1431]]. [[PERSON:Nusrat]] apa from HR told me the buyer audit is next month and they want the "troublemakers" gone before the auditors arrive.

The attendance table has the NID number next to every face match, for example [[ID:19902695483211234]]. I have seen what happens to workers who are on such lists. They do not get hired by any factory in the area again, because the lists are shared. [[PERSON:Rahim]] bhai says the [[ORG:BGMEA]] itself asks for this information. I do not know if this is true. I have a daughter and my salary feeds my parents also. But I worked on the floor before I learned SQL. Those workers are my old friends.
""",
    ),
    (
        "h14-46",
        "Ireland, debt purchaser tracing debtors' families, Irish-language surname, Eircode, death year",
        """
Howya. Data analyst here, working for a debt purchaser in [[LOCATION:Dublin 2]], [[ORG:Liffeyside Credit Management DAC]]. Eircode of our office is [[LOCATION:D02 XY45]] if that matters to anyone.

We bought a book of old utility debts, some from before [[DATE:2015]]. My boss [[PERSON:Pádraig Ó Súilleabháin]] wants me to match the debtors against the electoral register and social media to find new addresses, and then ring their family members "to ask after them". [[PERSON:Aoife]] on the collections floor says this is totally normal in the industry. One of the "debtors" I checked died in [[DATE:2019]]; the system wants to chase his widow, account [[ID:LCM-7730142]]. [[PERSON:Pádraig]] said she "might feel a moral obligation".

Is any of this legal under the consumer protection code? I'm not even sure it matters, because the [[ORG:Central Bank of Ireland]] takes forever and the [[ORG:Data Protection Commission]] takes longer. My mam would be mortified if she knew what I do all day.
""",
    ),
    (
        "h14-47",
        "auto-generated Teams transcript with speaker lines and timestamps, readmission model keeping postcode as a race proxy",
        """
Auto-generated transcript from our Teams call, I've only cut the small talk. Speaker names are how Teams shows them.

[[PERSON:Lindiwe Dube]]   0:03
So the ask from [[ORG:Marula Health]] is we re-run the readmission model without the race variable but keep the postcode.
[[PERSON:Okonkwo, Emeka]] (Contractor)   0:41
Postcode is race in this city, basically.
[[PERSON:Lindiwe Dube]]   0:47
I know. But the contract says no protected attributes, and postcode isn't one.
[[PERSON:Stefan Brouwer]]   1:15
Can we just not tell them how well postcode predicts it?
[[PERSON:Lindiwe Dube]]   1:22
Let's not minute that.

It got minuted anyway, by the robot. I'm the one who didn't talk. The hospital group is in [[LOCATION:Durban]] and the model decides who gets a follow-up nurse call after discharge. I ran the numbers: with postcode the model reproduces almost the same ranking as with race. The contract renewal is on [[DATE:30 September]]. [[PERSON:Emeka]] is a contractor and will be gone by then. [[PERSON:Stefan]] is my manager. [[PERSON:Lindiwe]] is his manager. Nobody is evil here, we're all just tired.
""",
    ),
    (
        "h14-48",
        "lower-case chat style, Berlin ad tech, colleagues whose names are ordinary words, Instagram handle",
        """
names are as we use them on slack, everyone is lower case there. i'm an ml eng at [[ORG:brightloop]] (ad tech, [[LOCATION:berlin]], 30 ppl).

so [[PERSON:hunter]] (head of product, yes that's really his name) wants lookalike audiences built from people who searched for payday loans + gambling + "am i depressed" quizzes, for a betting client. [[PERSON:sky]] on my team said she won't touch it. [[PERSON:hunter]] said fine, then [[PERSON:sky]] can go back to the "boring" contextual targeting. i'm still on it. [[PERSON:hunter]] keeps saying the sky's the limit with this client.

the client is [[ORG:Spinwell]] and they want it live by [[DATE:june 14]], first match of the tournament. [[PERSON:hunter]] dm'd me from his personal insta ([[HANDLE:hntr.k]]) at 1am saying "this is the one that pays our salaries". he's not wrong, we're burning cash. but "am i depressed" is a health search and i'm pretty sure that's art. 9 territory and our dpo is a freelancer in [[LOCATION:Hamburg]] who answers emails once a fortnight. [[PERSON:sky]] thinks we should both quit. i have a visa tied to this job.
""",
    ),
    (
        "h14-49",
        "Sri Lanka, microfinance for tea estate workers, line-room addresses as a proxy, honorific suffixes, NIC, Vesak",
        """
Ayubowan, vanakkam. I am a data scientist at [[ORG:Lanka Leaf Finance PLC]] in [[LOCATION:Kandy]]. We give microloans to tea estate workers. Our branch is at [[LOCATION:No. 45, Peradeniya Road, Kandy]]. The new default model uses the address type, and "line room" addresses on the estates get a big penalty. In practice, line rooms are where the Up-Country Tamil families live. So the model is doing ethnicity without saying ethnicity.

I showed this to [[PERSON:Wickramasinghe]] mahattaya, the regional manager. He said the default rate is a fact, not discrimination. [[PERSON:Selvi]] akka, our field officer who grew up on an estate near [[LOCATION:Hatton]], cried when I showed her the feature weights. She said the people already pay more for everything. The sample file has the NIC number, for example [[ID:199012345678]], and the estate name, so it is not even anonymous. After [[DATE:Vesak 2024]] they want it in all branches. I am Sinhala and I don't want to be part of this. What can one data scientist actually change?
""",
    ),
    (
        "h14-50",
        "fediverse and Bluesky handles with domains, ad exchange passing precise coordinates and sensitive segments, ISO week date",
        """
posting this partly because i already hinted at it on mastodon as [[HANDLE:@ferrous@hachyderm.example]] and got DMs from people who work at other exchanges saying "same here".

i'm a data engineer at [[ORG:Bidmesh]], an SSP. bid requests we pass on include lat/long to 4 decimal places, e.g. [[LOCATION:52.3731, 4.8922]], plus an audience segment called "sensitive_health_interest" that one of our data partners, [[ORG:Quarry Data]], injects. i checked the logs for [[DATE:2024-W37]] and the segment lights up around clinics and one specific LGBTQ bar. every bidder receives this, not only the winner, which means dozens of companies can log it.

my colleague [[PERSON:Tamsin Reyes]] ([[HANDLE:@tamsin-r.bsky.social]]) wants to go to a journalist. i'd rather file it through the internal ethics line first, which goes to [[PERSON:Gideon Marsh]], who negotiated the [[ORG:Quarry Data]] deal. so that's going well. anyone here been through the regulator route in the [[LOCATION:Netherlands]]?
""",
    ),
    (
        "h14-51",
        "Greece, polling firm enriching voter files with religiosity, Greek script name with κ., Greek-language date, AFM",
        """
Kalimera. I'm a data analyst at [[ORG:Aegean Insight A.E.]] in [[LOCATION:Thessaloniki]]. We do polling and "voter analytics". Before the local elections in [[DATE:October 2023]] a party client asked for voter files enriched with mobile numbers and a "religiosity" score built from church donation lists and name days. The email from our managing director, ο κ. [[PERSON:Παπαδάκης]], was dated [[DATE:3 Οκτωβρίου 2023]] and said simply "προχωράμε" (we proceed).

[[PERSON:Giorgos Papadakis]] is not a bad man, he's the one who hired me when nobody hired anyone. But the donation lists came from a parish office that has no idea. I raised it with [[PERSON:Eleni]] from accounts because she's the only one who reads contracts, and she showed me the invoice: it lists the client's tax number [[ID:094014201]] and "data services", nothing else. The [[ORG:HDPA]] exists but everyone says it's slow. Is it too late now that the elections are over? The data still exists on our server.
""",
    ),
    (
        "h14-52",
        "Peruvian Spanish with English, pharmacy chain selling HIV prescription data to an insurer, ingeniero title, DNI, Fiestas Patrias",
        """
Hola, escribo desde [[LOCATION:Lima]]. Soy analista de datos en [[ORG:Inversiones Huascarán S.A.C.]], una cadena de farmacias, oficina en [[LOCATION:Av. Larco 1150, Miraflores]]. Sorry, mix of languages.

Antes de [[DATE:28 de julio]] el ingeniero [[PERSON:Quispe]] cerró un acuerdo con una aseguradora, [[ORG:Andina Vida]]. They want "purchase patterns" of customers with our loyalty card, and when I looked at the spec, the patterns are antiretrovirals, insulin, antidepressants. Matched by DNI, like [[ID:45872136]]. [[PERSON:Rosmery]] from IT says it is legal because the loyalty card terms mention "aliados comerciales". I don't think a person buying HIV medication imagines an insurer is an "aliado".

The [[ORG:ANPD]] here accepts complaints, but the ingeniero [[PERSON:Quispe]] is cousin of the owner. Everyone in the office knows. Yo tengo contrato por seis meses nomás. If I refuse, I don't get renewed. If I don't refuse, I'm part of it. ¿Qué harían ustedes?
""",
    ),
    (
        "h14-53",
        "incident notes from a service desk, Canadian hospital research extract sent to a founder's startup, many IDs and an IP",
        """
Notes I kept (copied from our service desk into my notes app, lightly cleaned up, probably not enough):

[[ID:INC0048213]], opened [[DATE:2024-02-27]] by me: research extract sent outside the REB-approved scope.
Linked request: [[ID:RITM0019934]], requested by Dr. [[PERSON:Harpreet Gill]], cardiology.
Scope approved: de-identified, age bands, no MRNs. Scope delivered: full MRNs (first row [[ID:00731942]]), full DOB, OHIP numbers like [[ID:5555-123-456-AB]].
Destination: SFTP at [[ID:198.51.100.23]], which belongs to [[ORG:Clinisight AI]], a startup Dr. [[PERSON:Gill]] co-founded.
Status: "Resolved - no action required" by [[PERSON:Trevor Mackey]], [[DATE:2024-03-01]].

I'm a data analyst at [[ORG:St. Brigid's Health Sciences]] in [[LOCATION:Hamilton, ON]]. I didn't run the extract, but I found it in the audit log. [[PERSON:Trevor]] closed my incident in three days without talking to me. The privacy office reports to the same VP who sits on the startup's advisory board. I know the [[ORG:IPC]] takes complaints. I also know how small this city is.
""",
    ),
    (
        "h14-54",
        "Manglish with Malay, Encik/Puan, ride-hailing drivers' MyKad data shared with a moneylender, Hari Raya date, Telegram handle",
        """
Hi, sorry my English a bit rojak. I'm data analyst at [[ORG:Laju Mobility Sdn. Bhd.]], office in [[LOCATION:Petaling Jaya, Selangor]]. We run a ride-hailing app. Encik [[PERSON:Faizal]], head of driver partnerships, signed a "financing partnership" with a licensed moneylender. Okay lah, drivers need loans. But the deal is we share driver earnings, MyKad number (like [[ID:880514-14-5523]]) and daily GPS so the lender can see if driver "still active". Drivers never agree to this, the app T&C only say "partners".

Puan [[PERSON:Noraini]] from legal said must do PDPA consent. Encik [[PERSON:Faizal]] said after [[DATE:Hari Raya 2024]] la, no time now. The lender's collector already messaged one driver on Telegram from [[HANDLE:@kutip_cepat88]] saying "we know where you are parking". Driver complained to our support, ticket [[ID:LM-CS-552310]]. I saw it because I do the support dashboard. Should I escalate to [[ORG:JPDP]] or first talk to Puan [[PERSON:Noraini]] again? She seems on my side but also scared.
""",
    ),
    (
        "h14-55",
        "nothing identifying: short, reusing another client's labelled data",
        """
A short one. In a planning meeting today someone suggested we could "borrow" the labelled data from the previous client project to bootstrap the model for the new client, because "it's just the labels, not the customers' data". The labels were produced by annotators reading that client's customer emails. The contract with the previous client says the work product is theirs. Nobody in the room disagreed, including me, because the deadline is real and the idea is clever. On the walk home I realised I had nodded along to something I would have called theft if another company did it to us. Tomorrow I'll say so. I'm writing this mostly to commit myself publicly, anonymously, which I know is a contradiction. If you've been the person who un-nodded in the next meeting, how did you phrase it?
""",
    ),
    (
        "h14-56",
        "Swiss German with English, insurer using gym-app data, Herr title, AHV number, Swiss address and national day",
        """
Grüezi mitenand. I'm a data scientist at [[ORG:Alpenblick Versicherungen AG]], [[LOCATION:Badenerstrasse 120, 8004 Zürich]]. We sell supplementary health insurance. Since [[DATE:1. August]] we have a partnership with a fitness app, and customers who connect it get a small discount. Fine, opt-in. Now Herr [[PERSON:Brunner]] from pricing wants to use the data of customers who connected and then disconnected, "because that's a signal". We still have their step counts and heart rate history, and the app contract says we delete on disconnect.

My colleague [[PERSON:Reto]] said "das isch nöd üses Problem, das isch Legal". Legal said it's pricing's decision. Pricing is Herr [[PERSON:Brunner]]. I found one record where the AHV number [[ID:756.1234.5678.97]] was still sitting next to a heart rate series from [[DATE:Februar 2024]], months after disconnect. The [[ORG:EDÖB]] would probably be interested, but I've been here eight years and I like it. Am I overreacting because it's health data?
""",
    ),
    (
        "h14-57",
        "Moroccan Darija and French with English, microcredit firm, Si honorific, CIN, French-format date",
        """
Salam, bonjour. Je suis data analyst chez [[ORG:Atlas Microcrédit SA]] à [[LOCATION:Casablanca]], quartier [[LOCATION:Maârif]]. Sorry I mix French, English and a bit Darija, c'est comme ça qu'on parle au bureau.

Le [[DATE:15/01/2024]], Si [[PERSON:Hamza Bennani]], notre directeur risque, asked me to add the "situation familiale" of women clients to the scoring: divorcée, veuve, mariée. Divorced women get a lower score because "l'homme n'est plus là pour payer". Wakha, the historical data says something like that, but it's because we give them smaller loans with worse conditions, so of course. [[PERSON:Khadija]] from the agency in [[LOCATION:Settat]] told me some clients now say they are married when they are not, to get the loan.

Each file has the CIN, like [[ID:BE123456]], and the agent writes comments like "mari parti à l'étranger". I told Si [[PERSON:Hamza]] this is discrimination and he said "c'est statistique, pas personnel". The [[ORG:CNDP]] exists. Ma3reftch ach ndir.
""",
    ),
    (
        "h14-58",
        "Signal group in English with UK numbers as saved contacts and unsaved senders, a colleague named Summer and a season as a date",
        """
Signal group "Data Team (no managers)", pasted from my laptop. Some people are saved in my contacts, some aren't.

[[PERSON:Summer]]: has anyone else been asked to pull the sickness absence data by GP surgery
[[PHONE:+44 7700 900281]]: yes. for the restructure. they want to see who's "high absence" before selecting
[[PERSON:Ollie B]]: that's literally disability discrimination with extra steps
[[PERSON:Summer]]: [[PERSON:Farrukh]] said it's anonymised
[[PHONE:+44 7700 900281]]: by employee number lol. [[ID:004417]] is me

I'm on the people analytics side at [[ORG:Hartwell & Pike]], a mid-size logistics firm with a head office in [[LOCATION:Milton Keynes]]. We had a restructure in the [[DATE:summer of 2023]] too, and I'm now fairly sure the same absence data was used then, because three of the people selected had long-term conditions. [[PERSON:Farrukh Aliyev]] is the HR director. To be frank, I don't think he sees the problem. [[PERSON:Summer]] wants to go to [[ORG:ACAS]] together. I want to be sure before I accuse anyone, and being sure means looking at data I'm not supposed to look at.
""",
    ),
    (
        "h14-59",
        "short rushed lower-case text on a break, Iceland, kennitala joined to pharmacy data, Icelandic date",
        """
short version, i'm on a break. i work at [[ORG:Hekla Gögn ehf.]] in [[LOCATION:Reykjavík]]. our client, a fishing company, wants crew members ranked by "sick day risk" using their kennitala ([[ID:120174-3399]]) joined with pharmacy purchases. my boss [[PERSON:Sigrún]] says everyone here is related to everyone so "it's basically known anyway". that is exactly the problem?? [[PERSON:Sigrún]]'s own cousin is on one of the boats. i said no in the meeting on [[DATE:3. maí]] and nobody spoke. then [[PERSON:Gunnar Þórsson]] from the client emailed me directly at 23:40 asking why i am being "difficult". i will reply tomorrow. or maybe not at all, we will see.
""",
    ),
    (
        "h14-60",
        "long post with a bullet list, US university lab scraping mental-health communities, IRB number, old Discord tag, personal site URL",
        """
Long one, sorry. I'm a PhD student and the lab's de facto data engineer at [[ORG:Westmore University]] in [[LOCATION:Columbus, Ohio]]. Our IRB protocol ([[ID:IRB-2024-0632]]) covers "publicly available posts" from mental health communities. Here's what we actually collected:

- every post and comment from four subreddits and two Discord servers, [[DATE:Jan 2021]] to [[DATE:Aug 2024]]
- usernames kept "for deduplication", e.g. [[HANDLE:u/tiredofbeingtired_22]] and [[HANDLE:moonlitmoth#0413]]
- profile links for anyone who linked an Instagram or a personal site, like [[URL:https://www.juniper-h.example/about]]
- a "suicidality" label for every user, from our own classifier

The Discord servers were joined by my advisor, Dr. [[PERSON:Leonard Aschenbach]], with an account that says nothing about research. The rules of one server say "no bots, no scraping". When I raised this, [[PERSON:Leonard]] said the IRB had "exempted" us. The exemption letter, dated [[DATE:May 2, 2024]], exempts public data, which a server with a join screen is not.

A postdoc, [[PERSON:Ngozi Eze-Martins]], now wants to share the dataset with a startup for "crisis detection". If that happens, [[HANDLE:u/tiredofbeingtired_22]] becomes a row in somebody's product. I have maybe eight months of funding left and I want to finish. I also don't want to be the person who built this.
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
    "Jr.",
)
# A person's initial may also end a span in a full stop ("S.", "T.R.").
INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")
# Leading characters allowed by kind: a handle keeps its sigil, a phone number its + or (.
LEADING_OK = {"HANDLE": "@#", "PHONE": "+("}
# Particles inside personal names are not checked as name tokens on their own.
PARTICLES = {"van", "von", "der", "den", "de", "la", "del", "al", "el", "bin", "ni", "ní"}
# Deliberate exceptions to the case-insensitive person-token check: these names are also
# ordinary words ("joy", "the summer of 2023", "hunter", "the sky's the limit"), so only
# their capitalised form is checked. Initials written in capitals (TS, KO) are also checked
# with case. When one of these names is
# written in lower case ("hunter", "sky" in h14-48), it is checked only inside the stories
# that label it, because elsewhere the lower-case word is the ordinary one.
CASE_SENSITIVE_TOKENS = {
    "Joy",
    "Summer",
    "Hunter",
    "Sky",
}
# Deliberate exceptions to the missed-mention check: (story id, text) -> why the unlabelled
# occurrences of that text in that story are correct.
ALLOWED_UNLABELLED = {
    ("h14-48", "sky"): "the idiom ('the sky's the limit'), not the colleague called sky",
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
    out = Path(__file__).resolve().parent / "redaction_holdout14.json"
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
