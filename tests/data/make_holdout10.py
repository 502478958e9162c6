#!/usr/bin/env python3
"""Tenth holdout for the storyshare redaction engine, written blind.

Every story below is synthetic and was written by a helper who never saw the
redaction engine, its tests, its benchmarks or any other corpus.  Stories use
inline markup ``[[KIND:text]]`` (optionally ``[[KIND:text|form]]``); this
script strips the markup, works out the offsets, runs the checks listed in
tests/data/README.md and writes ``redaction_holdout10.json`` next to itself.

Score once, never tune to it.

Run: python3 tests/data/make_holdout10.py   (exits non-zero if a check fails)
"""

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

KINDS = ("PERSON", "ORG", "LOCATION", "EMAIL", "PHONE", "URL", "HANDLE", "DATE", "ID")
MIN_WORDS, MAX_WORDS = 100, 220

STORIES = []


def story(notes, text, allow=()):
    """Add one story.  ``allow`` lists phrases inside which an unlabelled,
    whole-word occurrence of a labelled name is deliberate (a name that is
    also an ordinary word, used as that word)."""
    STORIES.append({"notes": notes, "text": text.strip("\n"), "allow": tuple(allow)})


# ---------------------------------------------------------------- 01-10

story(
    "Phone text at night, lower-case, Nigerian Pidgin; lower-case firm, neighbourhoods and city, lower-case names, regulator acronym, ticket ID, lower-case month.",
    r"""
its nearly 1am and i cant sleep so im typing this on my phone, sorry for typos. i be analyst for [[ORG:kudipal]], small loan app, our office dey [[LOCATION:lekki]] for [[LOCATION:lagos]]. since [[DATE:march]] the growth oga [[PERSON:tunde]] dey push say make we use the contacts wey the app pulls from borrowers phones as a "risk feature". na lie. the real use na so recovery agents fit call people mama, pastor, office colleague when payment late by 3 days.
i showed my lead [[PERSON:Adaeze]] the numbers, default prediction barely moved, AUC 0.71 to 0.72. she said abeg no make noise, [[PERSON:tunde]] na investor cousin.
today one woman called support crying because agent sent message to her whole church group saying she be thief. her complaint ticket na [[ID:KP-20931]]. i wan report to [[ORG:NDPC]] but na small industry, everybody know everybody for [[LOCATION:yaba]]. if i lose this job na back to my uncle house for [[LOCATION:ibadan]]. i dont even know why im writing this. maybe just so somebody knows say e dey happen
""",
)

story(
    "Angry rant, British English; retailer and insurer, manager named several ways with possessive, UK postcode, county, city, numeric date, month.",
    r"""
I am SO done. Eight months at [[ORG:Brightwell Foods]] building the loyalty model and last week I find out marketing has been selling "anonymised" basket data to [[ORG:Harlow Insurance Group]]. Anonymised my arse. It has full postcodes. [[LOCATION:LS6 2QT]] is about forty houses. You can pick out the diabetic bloke on the corner from his shopping.
When I raised it, [[PERSON:Gareth Pye]] (Head of Commercial Insights, smuggest man in [[LOCATION:West Yorkshire]]) said legal signed it off in [[DATE:November]]. Legal did NOT sign it off. I asked [[PERSON:Nadia]] in legal and she'd never seen the contract. [[PERSON:Gareth]] then told me I was "not commercially minded".
I've got his email dated [[DATE:14/02/2024]] that literally says "just keep it quiet till the renewal". Keep it quiet!! Sent at eleven at night as well, classy.
So I've written the whole thing up for the DPO and copied [[PERSON:Nadia]]. If they sack me, they sack me. At least I'd be out of that [[LOCATION:Leeds]] office with its fake plants, its 0.3% uplift dashboards and [[PERSON:Gareth]]'s ukulele Fridays.
""",
)

story(
    "Formal complaint letter to a regulator; real regulator and its full address as one span, fictional firm with Ltd, internal tool name that is an ordinary word, titles outside, complaint reference, e-mail, UK drama phone, month-year dates.",
    r"""
To: [[ORG:Information Commissioner's Office]], [[LOCATION:Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF]]
Re: Complaint concerning [[ORG:Fernleigh Recruitment Ltd]], your reference [[ID:IC-284417-K3P9]]

Dear Sir or Madam,

I write to complain formally about the processing of candidate data by my former employer. Between [[DATE:January 2023]] and [[DATE:June 2023]] I was employed as a data analyst at its [[LOCATION:Reading]] office.

The firm's CV-screening tool, known internally as [[ORG:Sieve]], scores applicants partly on unexplained gaps in employment. In my analysis, candidates with gaps of nine months or more were rejected at 2.4 times the rate of others, and those gaps were overwhelmingly maternity leave and illness. Its developer, Mr [[PERSON:Colin Farrant]], agreed in a meeting that the feature was a proxy but declined to remove it.

I raised this in writing with the Managing Director, Ms [[PERSON:Harriet Okafor-Lyle]], on [[DATE:3 May 2023]]. I received no response. Mr [[PERSON:Farrant]] later told me the matter was closed.

I can be contacted at [[EMAIL:r.complainant.2023@postbox.example]] or on [[PHONE:07700 900461]].

Yours faithfully,
(name withheld)
""",
)

story(
    "Non-native English from Vietnam with Vietnamese dates and names; family-name-first full name, given name after the honorific 'anh', TNHH company, district and city abbreviation, fictional insurer client, employee ID.",
    r"""
Xin chào. My English is not so good, sorry. I am data engineer at [[ORG:Công ty TNHH Sao Mai Data]], our office in [[LOCATION:Quận 7]], [[LOCATION:TP.HCM]]. Our biggest client is insurance company [[ORG:Bảo Hiểm Phương Nam]].

On [[DATE:ngày 12 tháng 3 năm 2023]] my team leader anh [[PERSON:Quang]] ask me to join the GPS data from the client's motorbike app with the claim table. The customers only agree to share location "for roadside help", it is written in the app. But the client want to know who drive at night to raise the premium for them. Most night drivers are delivery workers, very poor people.

I said to anh [[PERSON:Quang]] this is not the consent. He said "em đừng lo, the director [[PERSON:Nguyễn Văn Hậu]] already agree with them". My staff ID is [[ID:SMD-0419]], it is in the audit log, so if someone check, it is my name on the pipeline, not his.

I did it. I finish it on [[DATE:ngày 2 tháng 4]]. I feel very bad until now. Maybe other people also feel like this and do not say.
""",
)

story(
    "Quoted WhatsApp chat (iOS export, bracketed date and time) from Kenya; speakers by first name and name with initial, dates on every line, fictional lender, city, account reference in chat.",
    r"""
Pasting this from our team WhatsApp, names are real so please hide them. Context: I was a data scientist at [[ORG:Haraka Credit]] in [[LOCATION:Nairobi]], we did mobile loans.

[[[DATE:12/09/2023]], 21:14:03] [[PERSON:Wanjiku K]]: guys the board wants the new limit model live by friday
[[[DATE:12/09/2023]], 21:15:40] [[PERSON:Otieno]]: the one using the SMS inbox scrape?
[[[DATE:12/09/2023]], 21:15:58] [[PERSON:Wanjiku K]]: yes. it flags people who receive messages from betting shops and cuts their limit
[[[DATE:12/09/2023]], 21:17:12] [[PERSON:Otieno]]: we never told users we read their SMS. the consent screen says "device information"
[[[DATE:12/09/2023]], 21:17:30] [[PERSON:Wanjiku K]]: legal said device info covers it
[[[DATE:12/09/2023]], 21:19:05] [[PERSON:Otieno]]: try customer [[ID:HC-7730021]], limit dropped from 5,000 to 300 because her brother texts her about football
[[[DATE:13/09/2023]], 08:02:44] [[PERSON:Wanjiku K]]: sorting it out today. pls don't put this in slack

It went live that Friday. Nobody sorted it out. I left in [[DATE:November]] and moved back to [[LOCATION:Kisumu]].
""",
)

story(
    "Forwarded e-mail with headers and signature, German/English code-switch; sender and recipient names and addresses, GmbH, full Berlin street address, German phone, URL, title outside surname, district, month.",
    r"""
My manager forwarded this to me by mistake (it was meant for HR). I built the badge pipeline; I was told it was for room booking.

---------- Forwarded message ---------
From: [[PERSON:Jens Hartmann]] <[[EMAIL:j.hartmann@vireo-analytik.example]]>
Date: Thu, [[DATE:7 Mar 2024]] at 16:02
Subject: AW: Engagement-Index Rollout
To: [[PERSON:Lea Brandt]] <[[EMAIL:lea.brandt@vireo-analytik.example]]>

Hallo [[PERSON:Lea]],

wie besprochen: ab [[DATE:April]] bekommt jede Teamleitung den Engagement-Index pro Person, berechnet aus Badge-Daten, Kalender und Teams-Status. Bitte NICHT mit dem Betriebsrat teilen, bevor Dr. [[PERSON:Schuster]] zugestimmt hat. Die Leute im [[LOCATION:Mitte]] Büro sollen davon nichts wissen.

Viele Grüße
[[PERSON:Jens]]

--
[[PERSON:Jens Hartmann]] | Head of People Analytics
[[ORG:Vireo Analytik GmbH]] | [[LOCATION:Friedrichstraße 68, 10117 Berlin]]
Tel. [[PHONE:+49 30 5550 1923]] | [[URL:www.vireo-analytik.example]]

(Translation: from April each team lead gets a per-person engagement index from badges, calendar and Teams status; don't tell the works council until the board member approves; the people in the office must not know.) I went to the works council the next morning.
""",
)

story(
    "Meeting minutes with the minute-taker's comments; Australian health insurer, full Melbourne street address with state and postcode, attendees by initial and surname and by initials in actions, real regulators, date.",
    r"""
I was the minute-taker. These are the real minutes; my comments are in square brackets.

MINUTES: Pricing Governance Working Group, [[ORG:Banksia Health Cover]]
Date: [[DATE:21 August 2023]]
Venue: [[LOCATION:Level 9, 200 Queen Street, Melbourne VIC 3000]]
Present: [[PERSON:R. Singh]] (Chair), [[PERSON:M. O'Dwyer]] (Actuarial), [[PERSON:T. Fonoti]] (Data Science), minute-taker
Apologies: [[PERSON:J. Whitcombe]]

1. Proposal to add "household language other than English" as a loading factor for extras cover. [[PERSON:MO]] noted a lift of 0.8% in loss ratio fit.
[This is ethnicity with extra steps.]
2. [[PERSON:TF]] raised concerns re discrimination and whether [[ORG:APRA]] would view this as fair. Chair noted the factor is "statistically justified".
[[[PERSON:TF]] was not invited to the next meeting.]
3. Action: [[PERSON:RS]] to confirm with legal that postcode plus language is not reportable to the [[ORG:ACCC]].
4. Next meeting [[DATE:4 September]].

[Legal never wrote back. The factor went live. [[PERSON:Fonoti]] resigned in the new year.]
""",
)

story(
    "Timeline in Brazilian Portuguese and English; abbreviated Portuguese month-year dates, fintech, city, real credit bureau and regulator, CPF number, manager full name and first name.",
    r"""
Linha do tempo (pra eu não enlouquecer), written half in English because my therapist asked me to practice:

- [[DATE:fev/2022]]: entro na [[ORG:Fintrust Pagamentos]] em [[LOCATION:Campinas]] como cientista de dados. Happy, good salary.
- [[DATE:ago/2022]]: my manager [[PERSON:Rodrigo Albuquerque]] asks for a "score de propensão a inadimplência" with data bought from [[ORG:Serasa]] plus our app's contact list.
- [[DATE:10/11/2022]]: I find a table with full names, CPF and health plan status. Example row: CPF [[ID:482.913.067-21]], "gestante" (pregnant). Why do we have this??
- [[DATE:dez/2022]]: [[PERSON:Rodrigo]] says pregnancy "is predictive". I say it is sensitive data under LGPD. He says "ninguém vai saber".
- [[DATE:jan/2023]]: I write to the DPO. No answer in 30 days.
- [[DATE:mar/2023]]: I consider reporting to the [[ORG:ANPD]]. Don't. Medo.
- [[DATE:abr/2023]]: pedi demissão. Now I work for a small NGO in [[LOCATION:Belo Horizonte]], half the salary, sleeping better.

Still don't know if I should report it now.
""",
)

story(
    "Reddit post with edits; throwaway, US city and suburb with state abbreviation, ZIP code, VP by first name, survey vendor, u/ handle, month-day date.",
    r"""
Throwaway for obvious reasons.

I'm an analyst at a mid-size insurer outside [[LOCATION:Columbus]]. Our "anonymous" engagement survey closed on [[DATE:Oct 6]]. My VP ([[PERSON:Dana]], who I used to genuinely like) asked me to cluster the comments by team. Fine. Then in a 1:1 she asked whether I could match writing style in the free text to people's Slack messages, "just for the really negative ones".

I said I wasn't comfortable. She said it was "for wellbeing outreach". Reader, it was not for wellbeing outreach.

EDIT: for those asking, yes the survey vendor ([[ORG:Pulsewise]]) promised respondents anonymity in writing. I have the PDF.

EDIT 2: [[HANDLE:u/gradient_descent_into_madness]] yes I saved the message. No, I'm not posting it.

EDIT 3: I've been told to come into the [[LOCATION:Dublin, OH]] office Monday for "a chat". HR has booked room 2B. If you're at the [[LOCATION:43017]] campus and you see someone crying in the parking lot, that's me.

EDIT 4: thank you all. Talking to an employment lawyer tomorrow.
""",
)

story(
    "Transcript of a voice note in Hinglish; startup, city with old and new spellings, neighbourhood, person with 'sir' and 'ji' after the name, Aadhaar-like number, festival-year date.",
    r"""
[voice note, transcribed by me, 2 min 14 sec]

Haan so basically... main [[ORG:Zaryo]] mein tha, quick-commerce wala startup, [[LOCATION:Bangalore]] mein, [[LOCATION:Koramangala]] office. Around [[DATE:Diwali 2022]] [[PERSON:Vikram]] sir ne bola ki delivery riders ka "fatigue score" banao. Sounds caring na? Actually woh score use ho raha tha to decide whose incentive to cut. Riders who took toilet breaks, who stopped for namaz, all flagged as "idle".

Maine [[PERSON:Sneha]] ji ko bataya, she's the HR business partner, she said "yeh toh ops ka decision hai". Then I found the rider table had Aadhaar numbers in plain text, like [[ID:5821 3390 7712]], sitting in a shared bucket. Full. Plain. Text.

I raised it in the sprint retro. [[PERSON:Vikram]] sir laughed and said "[[LOCATION:Bengaluru]] mein sab aise hi chalta hai". Two months later I was "restructured". Ab main [[LOCATION:Pune]] mein hoon, different company, but honestly I still think about those riders.

Okay. That's it. Bas.
""",
)
# ---------------------------------------------------------------- 11-20

story(
    "Support ticket from a tenant-screening SaaS; ticket and account numbers, documentation IP, customer firm, US contact with reserved 555 phone, city with state and ZIP, small tenants' union, product name identifying the vendor.",
    r"""
TICKET #[[ID:SR-558210]]  |  Priority: P2  |  Status: Escalated to Product
Customer: [[ORG:Lumenfield Property Management]] (account [[ID:ACC-00419873]])
Contact: [[PERSON:Brett Kowalczyk]], [[PHONE:(520) 555-0142]]
Location: [[LOCATION:Tucson, AZ 85701]]
Source IP of request: [[ID:198.51.100.23]]

Request text: "Can [[ORG:TenantIQ]] add a flag for applicants who have been members of the [[ORG:Pima Tenants Union]] or signed their petitions? We can provide the petition list. Need it before the [[DATE:June 1]] lease cycle."

Internal note (me, tier 2 support): I'm putting this here because I don't know where else it goes. Sales already told [[PERSON:Brett]] "we'll see what we can do". Our PM replied in the ticket thread that it's "technically just another blocklist column". It isn't. It's screening people out of housing for organising.

I've tagged the ticket for Legal review and asked that it not be closed as "won't fix" without a written reason. If anyone from Product reads this: the petition list has 1,140 names and home addresses on it. We should not even be storing it.
""",
)

story(
    "Formal letter to the Philippine privacy regulator in Taglish; real regulator by full name and acronym, its address, lending corporation with 'Corp.', Tagalog month-year, people with Ma'am and Sir before the name, business district, case number.",
    r"""
To the [[ORG:National Privacy Commission]]
[[LOCATION:PICC Complex, Roxas Boulevard, Pasay City]]

Complainant: (withheld, contact through counsel)
Respondent: [[ORG:PinoyPautang Lending Corp.]]

Magandang araw po. Ako po ay dating collections analyst ng respondent mula [[DATE:Hulyo 2023]] hanggang [[DATE:Enero 2024]], sa opisina nila sa [[LOCATION:Ortigas]].

Ang aming team lead na si Ma'am [[PERSON:Liza Dimaculangan]] ay nag-utos na gamitin ang contact lists ng borrowers para i-shame sila sa kanilang Facebook friends. I personally saw the template: "Si ___ ay magnanakaw, hindi nagbabayad ng utang." Sir [[PERSON:Jomar Villareal]], our operations head, approved the template on [[DATE:5 October 2023]].

I attach screenshots of the dashboard showing 3,412 borrowers "for social contact" that week. One borrower's case number is [[ID:PPL-2023-118804]]; she is a public school teacher from [[LOCATION:Antipolo]].

Hindi ko na po kayang manahimik. I respectfully ask the [[ORG:NPC]] to investigate. I am willing to testify.

Lubos na gumagalang,
(name withheld)
""",
)

story(
    "No identifiers: rant about peeking at an A/B test; distractors include tools, job titles, team names, weekdays, relative dates, metric values, money and acronyms.",
    r"""
Okay so this is going to sound minor but it has eaten my whole quarter.

Our VP of Product wants the new checkout flow to "win". We launched the A/B test on a Monday. By Wednesday he was refreshing the Looker dashboard every hour. On Thursday the p-value dipped to 0.04 for about ninety minutes and he screenshotted it and sent it to the exec channel with "WINNER!!" and three rocket emojis.

By the following Tuesday the effect was gone, p = 0.31, conversion lift 0.2% with a confidence interval straddling zero. I wrote a two-page note on sequential testing and why you can't peek. The growth team lead said my note was "very academic".

The flow shipped anyway. The quarterly business review says it added $1.4M in annual revenue. That number came from the ninety-minute screenshot. Nobody in finance has asked where it came from and nobody in the analytics team wants to be the one to tell them.

I haven't decided whether to raise it at the next OKR review or just quietly start looking for a job where the KPI isn't vibes.
""",
)

story(
    "Slack export with channel and user mentions, Canada; bank, display-name speakers, channel handles, @-mentions, Canadian postal code, city, month-day date.",
    r"""
Copying from our Slack before they archive the channel. Context: model risk at [[ORG:Maplecrest Bank]], [[LOCATION:Toronto]].

[[HANDLE:#ml-fairness-review]]

[[PERSON:Kevin Chen]]  10:42 AM
are we dropping the postal code feature or not? [[HANDLE:@marc.o]] said the approval committee meets [[DATE:Jan 18th]]

[[PERSON:Marc Ouellet]]  10:44 AM
we're keeping it. it's 6% of the lift

[[PERSON:Kevin Chen]]  10:45 AM
it's also basically a proxy for being First Nations or recent immigrant. [[LOCATION:M5A 1J2]] alone has an approval rate half of the city average

[[PERSON:Priyanka Sethi]]  10:51 AM
can we take this to [[HANDLE:#model-risk-private]] please

[[PERSON:Marc Ouellet]]  10:52 AM
[[HANDLE:@kchen]] let's talk offline

That "offline talk" was fifteen minutes of being told I don't understand business. The feature is still in. I've kept a copy of the fairness report I wrote. [[PERSON:Priyanka]] at least thanked me in a DM.
""",
)

story(
    "Japanese writer in English; family-name-first names with '-san' outside, K.K. company, railway client, Japanese era date, city and district.",
    r"""
I am a machine learning engineer at [[ORG:Minato Joho K.K.]] in [[LOCATION:Osaka]]. We make video analytics for stations.

In [[DATE:令和5年10月]] our client [[ORG:Yodogawa Railway]] asked us to add "long-stay detection" at the [[LOCATION:Umeda]] gates. The description in the spec said "to improve passenger flow". But in the requirements meeting their security manager [[PERSON:Kuroda Hiroshi]]-san explained the true purpose: to find homeless people who sleep in the passage and send guards automatically.

My project manager [[PERSON:Takahashi Ren]]-san said we are a vendor, it is not our decision. I understand this. In Japanese company culture, to refuse a client is very difficult. But I made the model and I know that the false positives are mostly old people who sit because they are tired.

I wrote a memo proposing we delete the face crops after 24 hours and only count people, not track them. [[PERSON:Takahashi]]-san forwarded my memo to [[PERSON:Kuroda]]-san without my name. It was rejected in one line. The system started in the new year.
""",
)

story(
    "KakaoTalk-style chat from Korea; Korean date format in headers, family-name-first names, given name with 'unnie' outside, game studio, tech district, real regulator acronym.",
    r"""
Translated from our team KakaoTalk. I am the data analyst.

--------------- [[DATE:2023년 5월 17일]] ---------------
[[PERSON:Seo Min-jae]] [오후 11:02] the monetisation team wants a model that guesses which players are under 19 from chat style
[[PERSON:Yuna]] [오후 11:03] why? to block them?
[[PERSON:Seo Min-jae]] [오후 11:03] no. to show them the limited gacha banner first. they convert better
[[PERSON:Yuna]] [오후 11:05] that's literally targeting kids
[[PERSON:Seo Min-jae]] [오후 11:06] CEO [[PERSON:Bae]] already approved. launch is [[DATE:6월 1일]]

[[PERSON:Yuna]] unnie is my senior. Next morning she went to the director and said we could get a problem with [[ORG:GRAC]]. The director said the model only "estimates", so no real age data is processed, so no problem. I was in the room. I said nothing.

[[ORG:Dalbit Games]] is a small studio in [[LOCATION:Pangyo]], everyone knows everyone. [[PERSON:Yuna]] left in [[DATE:August]]. I am still here. I wanted to write this down somewhere.
""",
)

story(
    "Chinese writer in English with pinyin; Co., Ltd. company with trailing period, district and city, 'Lao' before a surname outside the span, Chinese date, client, WeChat as a tool.",
    r"""
I work in [[LOCATION:Nanshan District]], [[LOCATION:Shenzhen]], at [[ORG:Xinghe Zhilian Technology Co., Ltd.]] We sell "service quality AI" to call centres.

Since [[DATE:2023年11月]], our product scores agents' emotions from their voice every 30 seconds. If the "negative emotion index" is high three times in a day, the supervisor gets an alert and the agent loses bonus. Our biggest customer is [[ORG:Huaxin Life Insurance]]. Their agents are mostly young women from small towns, earning around 4,500 yuan.

My boss Lao [[PERSON:Zhou]] says this is "caring technology". The accuracy on our test set is 61%. On accented Mandarin it is worse, maybe 50%, basically a coin. I showed this in the weekly meeting. Lao [[PERSON:Zhou]] said accuracy is not the point, the point is the customer likes the dashboard.

My colleague [[PERSON:Wang Yiting]] said in the WeChat group, half joking, that we are building a machine to punish people for being tired. Next day she was moved to another team.

PIPL has a rule about sensitive data. I don't know if emotion counts. Nobody here wants to ask.
""",
)

story(
    "Polish writer with Polish code-switch; Sp. z o.o. company, inflected city name and the same city uninflected inside a full street address, 'pan' before a first name outside, Polish month-year, real regulator.",
    r"""
Pracuję w [[ORG:Datapol Sp. z o.o.]] w [[LOCATION:Krakowie]], HR analytics. Sorry for mixing languages, it is late.

In [[DATE:wrzesień 2023]] my boss [[PERSON:Tomasz Wiśniewski]] asked for an attrition model for the client, a logistics company. Fine, normal job. But then he added feature "sick leave pattern of women 25-35". I asked why. He said "bo one zachodzą w ciążę i odchodzą" (because they get pregnant and leave). He said it like it is weather.

I told [[PERSON:Kasia]] from our team, she said pan [[PERSON:Zbigniew]] from the client asked for it directly, it is in the contract appendix. I checked. It is.

So now I am the person who must choose: build it, or refuse and maybe lose job. Our office is at [[LOCATION:ul. Lubicz 17, 31-503 Kraków]], small office, twelve people, [[PERSON:Tomasz]] will know immediately who complained if [[ORG:UODO]] gets a letter.

For now I "forgot" to add the feature. Nobody noticed yet. Ale to nie jest plan.
""",
)

story(
    "NGO worker in Moldova, non-native English; real UN agency, fictional biometrics vendor, capital city with diacritics, Ukrainian names, season-year date, beneficiary ID, border town.",
    r"""
I was data officer for a small NGO helping Ukrainian refugees in [[LOCATION:Chișinău]] in [[DATE:spring 2022]]. We worked next to [[ORG:UNHCR]] but we were not them, we were small, maybe 15 people.

One donor offered us money for "digital registration" if we used the platform of [[ORG:Helios Identity Solutions]]. It takes iris scans and fingerprints. In the contract, [[ORG:Helios]] can keep "anonymised biometric templates for product improvement". I asked what is anonymised iris. Nobody could answer.

My director [[PERSON:Olena Kravchuk]] was very tired, we had people sleeping on the floor, she said "we need the money, people need blankets". I understand her. But these are people running from war. Their biometrics in a private company database forever.

We registered around 2,000 people. Each got a beneficiary number like [[ID:MDA-22-0047719]]. My colleague [[PERSON:Serhii]] refused to operate the scanner at [[LOCATION:Palanca]] crossing and was moved to logistics.

I left in the autumn. I still don't know where that data is.
""",
)

story(
    "Jordan, Arabic naming; telecom, capital city, real refugee camp, kunya name as a whole, name with 'bin' particle, Hijri date, title 'Ustaz' outside, Arabic code-switch.",
    r"""
I am a data scientist at [[ORG:Nabd Telecom]] in [[LOCATION:Amman]]. Sorry for my English, Arabic is my first language.

During [[DATE:Ramadan 1444]] our commercial director [[PERSON:Abu Fares]] signed an agreement to provide "crowd analytics" from cell towers near [[LOCATION:Zaatari]] camp to a government security office. Officially it is for planning water and buses. But the request document asks for movement of "repeat individuals" between the camp and [[LOCATION:Mafraq]] at night. Individuals, not crowds.

I asked my manager Ustaz [[PERSON:Samer]] if the data is aggregated. He said "inshallah it will be". It is not. I saw the query, it is per SIM.

The legal counsel, [[PERSON:Khaled bin Saeed Al-Harthy]], told me telecom law allows sharing with security services and I should not make a story. Wallah I am not making a story, I only want to know if the refugees were told.

I did nothing yet. I have a family. Write back if someone has been in same situation.
""",
)
# ---------------------------------------------------------------- 21-30

story(
    "Turkish writer, code-switching; A.Ş. company with trailing period, 'Bey' and 'Hanım' after names outside the span, business district, city with dotted capital I, provinces, Turkish dates.",
    r"""
Merhaba. I'm a data scientist at [[ORG:Boğaziçi Veri Teknolojileri A.Ş.]], office in [[LOCATION:Maslak]], [[LOCATION:İstanbul]]. We build pricing models for home insurers.

After the earthquake of [[DATE:6 Şubat 2023]], one client asked us to "re-segment" [[LOCATION:Hatay]] and [[LOCATION:Kahramanmaraş]] at street level. Makes sense for risk, okay. But [[PERSON:Mehmet]] Bey, the account director, wanted one more feature: whether the household received state aid after the quake. His logic: people who got aid "know how to claim", so price them higher. Çok ayıp.

I told my team lead [[PERSON:Ayşe Yıldırım]] Hanım. She agreed with me but said [[PERSON:Mehmet]] Bey brings 40% of revenue. We had a long call with the client's actuary [[PERSON:Emre]]. He was also uncomfortable, but he said his CEO wants it before [[DATE:Şubat 2024]] renewals.

Under KVKK this is probably a problem, where did the aid list even come from? Nobody told me. [[PERSON:Ayşe]] Hanım asked me to "document my concerns" in an email. I did. That email is the only thing I'm proud of this year.
""",
)

story(
    "South Africa; (Pty) Ltd insurer, suburb and city, SA ID number, real regulator, surname with lower-case particle alone after 'Mr', first name, SA phone number, Afrikaans and isiZulu phrases.",
    r"""
Eish. Where to start. I'm an actuarial analyst at [[ORG:Ubuntu Assure (Pty) Ltd]] in [[LOCATION:Sandton]], [[LOCATION:Johannesburg]].

Our funeral cover product uses a "lifestyle score". In [[DATE:July 2023]] I found that one of the top features is whether the customer's ID number shows they were born in a former homeland area, via a lookup table someone built years ago. Like, apartheid geography as a pricing feature in [[DATE:2023]]. Haibo.

My manager [[PERSON:Thabo Mokoena]] was shocked too, to be fair. We took it to Mr [[PERSON:van Wyk]], head of pricing. He said "ag, it's just a proxy for mortality, relax". I sent him the example of a test record, ID [[ID:8501015800087]], where removing that one feature dropped the premium by R74 a month.

[[PERSON:Thabo]] wants to go to the [[ORG:Information Regulator]]. I'm scared. I've got a bond and two kids. My sister [[PERSON:Lindiwe]] says phone her lawyer friend on [[PHONE:+27 11 555 0199]] first. I'll call on Monday. Probably.
""",
)

story(
    "Ghana, Twi code-switch; micro-finance firm, city and market district, person named with an ordinary word, 'Auntie' before a name outside, national ID card number, festival-year date.",
    r"""
Me nua, let me tell you. I was a junior analyst at [[ORG:Sika Micro Finance]] in [[LOCATION:Kumasi]]. Most of our customers are market women at [[LOCATION:Adum]] and [[LOCATION:Kejetia]].

Around [[DATE:Easter 2023]] the new MD, [[PERSON:Kwabena Asante-Mensah]], brought an app that reads borrowers' mobile money history and their church donations to "score character". Auntie [[PERSON:Akosua]], who has paid every loan for eleven years, got score 2 out of 10 because she sends money to her son in [[LOCATION:Accra]] every week and the model thinks that is "financial stress".

I complained to my supervisor [[PERSON:Precious]]. She is a good woman, she took it to [[PERSON:Kwabena]]. He said the model is from a consultant in [[LOCATION:London]] and it is "international best practice". Ɛyɛ den.

The system also stores the national ID card numbers in the same spreadsheet as the scores, e.g. [[ID:GHA-719204683-5]], emailed around every Friday. I printed the slide where the MD says character scoring "reduces bias". I don't know who to give it to.
""",
)

story(
    "Ethiopia; Amharic honorific 'Ato' outside, full Ethiopian names, capital and neighbourhood, Ethiopian-calendar date, PLC firm, employer client, staff ID.",
    r"""
I am writing from [[LOCATION:Addis Ababa]]. I worked as data analyst at [[ORG:Tena Health Systems PLC]], an app for clinics, office near [[LOCATION:Bole]] road.

In [[DATE:Meskerem 2016]] (that is around [[DATE:September 2023]] in your calendar) our sales head Ato [[PERSON:Girma Bekele]] made an agreement with a big flower farm company. The farm pays for the app for its workers. In return, the farm wanted a monthly "workforce health dashboard". First it was aggregated. Then the farm's HR asked to filter by worker ID. Then by HIV clinic visits.

I refused to build the filter. My lead [[PERSON:Selamawit Tesfaye]] also refused. Ato [[PERSON:Girma]] built it himself in one afternoon with an Excel export. The farm manager downloaded the list. Two women were sent home "for restructuring" the next month. One of them, her worker ID [[ID:FF-10482]] was in the export file I saw.

[[PERSON:Selamawit]] and I both resigned. I am writing this because people think these things happen only in big rich countries with big tech. It happens here too, with Excel.
""",
)

story(
    "Mexican Spanish code-switch; S.A. de C.V. company with trailing period, Mexico City neighbourhood and abbreviation, 'Don' before a nickname outside, CURP, Mexican phone, Spanish month-year.",
    r"""
Bueno, here goes. Trabajaba en [[ORG:Cobranza Ágil S.A. de C.V.]], a debt collection agency in [[LOCATION:Colonia Roma]], [[LOCATION:CDMX]]. I was the only "data person", so everything data went to me.

En [[DATE:octubre de 2023]] el dueño, Don [[PERSON:Rafa]], bought a database of "references" scraped from loan apps. Names, phones, employers of the borrowers' friends and family. He wanted a model to predict "which relative is most likely to pay for them". Basically who to harass first.

My coordinator [[PERSON:Lupita Gómez]] told me "no te metas, mija, just build it". One record had the CURP [[ID:GOML850312MDFRRS09]] of a woman who was a reference for her ex-husband. Her ex, not her, owed the money. We called her at work, at [[PHONE:+52 55 5555 0134]], eleven times in one week.

I quit in [[DATE:enero]]. [[PERSON:Lupita]] wrote to me later that [[ORG:PROFECO]] came asking questions but Don [[PERSON:Rafa]] just changed the company name. Obvio.
""",
)

story(
    "Colombian rant in Spanish and English; cédula number, city and comuna, gig platform product, supervisor by nickname and full name, day-month Spanish date.",
    r"""
Estoy furiosa. I'm a data analyst for [[ORG:Rapidito]], the delivery app, in [[LOCATION:Medellín]]. Last month the ops lead, "el [[PERSON:Mono]]" ([[PERSON:Andrés Felipe Restrepo]]), asked me to build a list of couriers who were in a WhatsApp group organising a strike. He had the group export from someone inside.

He wanted me to match phone numbers in the export to courier accounts and cédulas. Then "priorizar" them for deactivation. Like, that is union busting with a spreadsheet, [[PERSON:Mono]]!!

I told him no on the [[DATE:14 de marzo]] call. He said fine and asked [[PERSON:Julián]] from BI to do it. [[PERSON:Julián]] did it in two hours. 38 couriers deactivated, most from [[LOCATION:Comuna 13]]. One guy, cédula [[ID:1.036.458.221]], had been with the app five years.

I have the Slack message where [[PERSON:Andrés]] asks for it. I'm thinking of sending it to a journalist at [[ORG:El Espectador]]. But [[LOCATION:Colombia]] is small, [[LOCATION:Medellín]] is smaller. Ugh.
""",
)

story(
    "Argentinian Spanish voseo and English; Buenos Aires neighbourhood and city, lower-case first names, fintech product name, tax ID (CUIT), month-year.",
    r"""
Che, te cuento algo que me tiene mal. I work on the risk team at [[ORG:Billetera Sur]], one of those wallet apps, the office is in [[LOCATION:Palermo]], [[LOCATION:Buenos Aires]].

In [[DATE:marzo 2024]] product launched "[[ORG:Sur Adelanto]]", salary advances. The approval model was trained on who repaid the old pilot. And guess who repaid least? People from the conurbano with informal jobs who got paid late because of inflation. So the model learned "informal = no". Re injusto.

I showed it to my lead, [[PERSON:martu]]. [[PERSON:martu]] said, "bo, vos sabés que es así el negocio". Then in the weekly with the CTO, [[PERSON:Nico Ferraresi]], I showed one case: CUIT [[ID:27-34567891-4]], a woman with three years of on-time repayments on the old product, rejected. [[PERSON:Nico]] said "es el modelo, no nosotros".

It's the model, not us. I think about that phrase all the time. We are the model.

Still there. Still deciding.
""",
)
# ---------------------------------------------------------------- 28-40

story(
    "Indonesian code-switch (Jakarta slang); 'Pak' and 'Mbak' before names outside, PT company, neighbourhood and city, Indonesian date, NIK number, handle.",
    r"""
Jujur aku bingung mau cerita ke siapa, so I write here. Aku data scientist di [[ORG:PT Cakrawala Kredit Digital]], kantornya di [[LOCATION:Kuningan]], [[LOCATION:Jakarta Selatan]].

Tanggal [[DATE:17 Agustus 2023]], pas libur malah, Pak [[PERSON:Hendra]] (VP Risk) chat aku: he wants a feature from borrowers' photo gallery metadata. Like, how many selfies at cafés, how many photos at night. "Lifestyle signal," katanya. Users clicked "allow gallery" for uploading KTP, not for this.

I asked Mbak [[PERSON:Ratna Sari]] from legal. Mbak [[PERSON:Ratna]] said OJK rules are "grey area" for this. Grey area?? We literally store the NIK next to the gallery features, contoh: [[ID:3174052208910003]].

Terus ada yang share screenshot of our internal doc on Twitter, from account [[HANDLE:@pinjol_watch]]. Pak [[PERSON:Hendra]] accused our team. Everyone is scared now. The feature is still in staging, not prod yet. Aku masih mikir mau resign atau lapor.
""",
)

story(
    "Malaysian English (Manglish); Sdn Bhd company, city and township, Malaysian phone, IC number, e-mail obfuscated with words, 'Encik' and 'Puan' before names outside.",
    r"""
Wah this one quite long story lah. I'm BI analyst at [[ORG:Teras Logistik Sdn Bhd]], HQ in [[LOCATION:Shah Alam]], warehouse at [[LOCATION:Klang]].

Since [[DATE:March]] management put wristbands on the pickers to track "productivity". Then Encik [[PERSON:Faizal]] from ops ask me to join the wristband data with the prayer room door sensor. Want to see who "take too long" for Friday prayers. Seriously can or not??

I escalate to Puan [[PERSON:Norhayati Ismail]], HR director. She very nice, she said she will "look into it". One week later Encik [[PERSON:Faizal]] send me the IC list to join: first row [[ID:880614-10-5527]]. So HR also involved lah.

My friend who used to work there before say contact the union guy, his email is [[EMAIL:azmi.kesatuan at gmail dot com]], or call [[PHONE:+60 3-5555 0182]]. I not yet contact. Scared later blacklisted in the industry, [[LOCATION:Klang Valley]] logistics very small world one.

Anyway I "accidentally" lost the prayer room sensor mapping file. Buy some time lor.
""",
)

story(
    "Pakistani writer, Urdu code-switch; CNIC number, city and neighbourhood, telecom client, 'sahib' after a name outside, 'bhai' after a name outside, Urdu month and year.",
    r"""
Assalam o alaikum. I am a data analyst at a consultancy in [[LOCATION:Lahore]], office in [[LOCATION:Gulberg]]. Our client was [[ORG:Sabz Telecom]] and our firm is [[ORG:Insight Bridge Consulting]].

In [[DATE:Ramzan 2024]] the client asked for a model to find "high-value female subscribers" for a loan product. Fine. But then [[PERSON:Imran]] sahib, the partner, said add a feature: husband's CNIC linked SIMs. So the woman's score depends on her husband's spending. Because "husband pays anyway". Matlab, she is not a customer, she is a dependant.

The data had full CNICs, like [[ID:35202-4471830-5]], in a CSV on a shared drive with no password. I told [[PERSON:Farhan]] bhai, my senior. He said "yaar, yeh sab jagah hota hai, don't take tension".

I wrote to the client's compliance person, but my email was forwarded back to [[PERSON:Imran]] sahib. Now he is very polite to me in a scary way. I am applying to masters programs in [[LOCATION:Toronto]] and [[LOCATION:Melbourne]]. Maybe that is my answer.
""",
)

story(
    "Bangladesh garment sector; buyer brand, factory firm, industrial area and city, worker ID, 'apa' and 'bhai' after names outside, Bangla phrases, month-year.",
    r"""
Ami ekta data job kori, for a factory group in [[LOCATION:Gazipur]], near [[LOCATION:Dhaka]]. The group is [[ORG:Meghna Knit Composite Ltd]]. We make t-shirts for a European brand, [[ORG:Nordlys Apparel]].

In [[DATE:December 2023]], after the wage protests, the GM [[PERSON:Shafiqul Islam]] asked me to combine CCTV face matches with attendance data. He wanted a list of operators who were seen at the protest on [[LOCATION:Dhaka-Tangail Highway]] and were also "frequently absent". The list was for "not renewing contracts".

I told [[PERSON:Rumana]] apa, our compliance officer. She said the brand's audit is coming in [[DATE:February]] and nobody will want this to be found. So the list was made in a personal Gmail account instead. I saw worker ID [[ID:MKC-GZ-44817]] on it, she is a line supervisor with a small daughter.

[[PERSON:Rumana]] apa and [[PERSON:Jamal]] bhai told me to keep my head down. Ki korbo? The brand says it has a "zero tolerance" policy. I don't think they know. Or maybe they don't want to.
""",
)

story(
    "Sri Lankan writer; two-part Sinhala name, 'aiya' after a name outside, Colombo suburb, fictional bank, Sri Lankan NIC number, real central bank, Sri Lankan phone.",
    r"""
Hi all, first time writing something like this. I work as a credit risk modeller at [[ORG:Lanka Sampath Finance]] in [[LOCATION:Rajagiriya]], just outside [[LOCATION:Colombo]].

After the crisis, the board wanted to "clean the book". My manager, [[PERSON:Dinesh Wickramasinghe]], asked for a model to pick which restructured loans to call early. Fine in theory. But the top feature he asked to add was whether the borrower is from [[LOCATION:Jaffna]] or [[LOCATION:Batticaloa]] district, taken from the KYC address, sitting right next to the NIC numbers, like [[ID:198734502871]]. He said "those areas have political risk".

That is literally ethnicity. Tamil borrowers. I said so. [[PERSON:Nuwan]] aiya, the senior on my team, said quietly afterwards I was right but I should not have said it in front of the CFO.

I sent an anonymous note to [[ORG:Central Bank of Sri Lanka]]'s complaint line last week. Nothing yet. If anybody knows a lawyer, my cousin said I can be reached via him at [[PHONE:+94 11 555 0147]], he will pass it on. Thank you for reading.
""",
)

story(
    "Aotearoa New Zealand; Māori names, iwi-linked programme, city and suburb, government agency, NZ phone, te reo Māori phrases, initials in brackets.",
    r"""
Kia ora koutou. I'm a data analyst contracting to [[ORG:Te Whatu Ora]] via a small consultancy, [[ORG:Kahu Analytics]], based in [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]].

In [[DATE:mid-2023]] we were asked to build a "frailty risk" model for home-visit funding. The feature list included ethnicity (fine, for equity weighting) and also "gang affiliation" from police intelligence data. Nobody could tell me how that data got into a health dataset.

My lead [[PERSON:Mereana Tūhoe-Walker]] ([[PERSON:MTW]]) pushed back hard in the steering meeting. She said whānau don't consent to police data being used to decide who gets care. The programme manager, [[PERSON:Steve Baxter]], said "we'll note it in the risk register". [[PERSON:Baxter]] noting things is how they die.

[[PERSON:MTW]] went to the iwi data sovereignty group. They wrote a letter. The feature was removed in the next sprint, to be fair. So this one is "pushed back and things changed". Ka pai. But I still don't know who gave them the police data. Ring me if you know: [[PHONE:021 555 0193]].
""",
)

story(
    "Pacific: Fiji and Samoa; telecom mobile money, Suva and Apia, Fijian and Samoan names, chiefly title 'Ratu' before a name outside, month, Fiji phone.",
    r"""
Bula. I am from [[LOCATION:Samoa]] but I work in [[LOCATION:Suva]] for [[ORG:Vatu Mobile]], mobile money. Small team, five analysts.

In [[DATE:May]], management wanted to launch micro-loans based on remittance history. Many of our customers receive money from family in [[LOCATION:Auckland]] or [[LOCATION:Sydney]]. The model gave good scores to people receiving regular remittances, and bad scores to people who SEND money home to the villages. So supporting your aiga is "risk". In our culture that is backwards.

My supervisor [[PERSON:Losana Vuniwaqa]] agreed with me. The product owner, Ratu [[PERSON:Josefa Vakaloloma]], said the board wants it "like the [[LOCATION:Kenya]] models". [[PERSON:Losana]] and I made a second version without the outgoing transfers. It performed almost the same, AUC down 0.01.

They launched the first version. My cousin [[PERSON:Tavita]] in [[LOCATION:Apia]] says Samoan families in [[LOCATION:Suva]] are getting refused. I'm still here, still pushing. Call our team line [[PHONE:+679 555 0128]] and ask for the analytics team if you are in this area too.
""",
)
# ---------------------------------------------------------------- 35-47

story(
    "No identifiers: formal internal memo; distractors include job titles, committees, laws (GDPR, DPIA), tools, weekdays, durations, percentages and money.",
    r"""
MEMO
To: Chief Data Officer; Head of Legal
From: Senior Data Scientist, Customer Analytics
Subject: Use of call-centre transcripts in the churn model

1. Purpose. This memo records my objection to the proposed use of full call-centre transcripts as training data for the retention model, as discussed at the steering committee on Tuesday.

2. Background. Customers were told at the start of each call that it "may be recorded for training and quality purposes". The privacy notice does not mention model training. No DPIA has been completed. Transcripts contain health information, bereavements and, in a sample of 500 calls I reviewed, payment card numbers in 3.2% of cases.

3. Concern. In my view this processing is incompatible with the original purpose under GDPR, and the sensitive content requires a lawful basis we have not identified.

4. Request. I ask that the project be paused until the DPO has reviewed it, and that transcripts be redacted with a tested tool before any further use.

5. Note. I was told by the programme lead that the budget of £240,000 "depends on hitting the end-of-quarter deadline". I do not consider that a reason to proceed.

I am happy to discuss.
""",
)

story(
    "Dutch writer with Dutch code-switch; B.V. firm with trailing period, surname with 'van der' particle alone and in a full name, city, Dutch postcode inside a full street address, municipality client, real regulator.",
    r"""
Oké, I'll write in English, sorry for the Dunglish. I work at [[ORG:Lindeboom Data B.V.]] We build risk models for municipalities. One of them is the gemeente [[LOCATION:Utrecht]].

In [[DATE:najaar 2022]] we got a request for a "welfare fraud signal" model. Features included "non-Dutch nationality", "number of rental moves" and "language proficiency score". After the toeslagenaffaire, everyone knows how that ends. I said it in the kickoff. Our director, [[PERSON:Pieter van der Heijden]], said, "wij leveren alleen het model, the municipality decides".

My colleague [[PERSON:Fleur]] and I wrote a short note proposing to drop nationality and language. [[PERSON:Van der Heijden]] accepted dropping nationality but kept language, because it "improved precision by 4 points".

The kickoff was held at the client's office, [[LOCATION:Stadsplateau 1, 3521 AZ Utrecht]]. I still have the slide deck from it. [[PERSON:Fleur]] wants to send it to the [[ORG:Autoriteit Persoonsgegevens]]. I am not sure. I have a mortgage and it's a small country. Maar ja, so did the parents in the toeslagen scandal.
""",
)

story(
    "French writer with French code-switch; surname with 'de' particle, Lyon and a district, SAS company, SIRET, real regulator, French date, first name alone.",
    r"""
Bon. I am a data scientist in [[LOCATION:Lyon]], [[LOCATION:La Part-Dieu]] district, at [[ORG:Optimis Conseil SAS]] (SIRET [[ID:812 447 309 00027]]). We do "workforce analytics" for retail chains.

Le [[DATE:3 avril 2023]], our client, a supermarket group, asked us to score cashiers on "theft risk" using till data, CCTV and… their sick days. My manager [[PERSON:Hugues de Montclair]] said yes before the meeting ended. Then in the corridor he said to me "de toute façon, personne ne va lire la méthodologie".

I ran the numbers anyway. The model mostly flagged cashiers on night shifts and older women, accuracy was terrible, precision 0.18. I sent it to [[PERSON:de Montclair]] with a note. He asked me to "présenter les résultats de manière plus positive".

My colleague [[PERSON:Amélie]] said I should go to the [[ORG:CNIL]]. Honestly I think I will start with the works council. Still deciding. C'est pénible, mais bon.
""",
)

story(
    "Defence contractor; internal project code name and its short form, export licence reference, US state and city, client agency, ranks before names outside, quarter-year date, e-mail.",
    r"""
I'm an ML engineer at [[ORG:Corvane Systems]], a defense contractor near [[LOCATION:Huntsville, Alabama]]. I joined to work on "search and rescue imagery". That is literally what the job ad said.

The program is called [[ORG:Project Kestrel]]. By [[DATE:Q2 2023]], [[ORG:Kestrel]] was no longer about finding lost hikers. The target classes changed from "person in water" to "military-age male" and "vehicle with mounted weapon". Same model, same me, different labels.

I asked my program manager, [[PERSON:Dale Whitaker]], whether the export license covered this. He showed me the reference, [[ID:DSP-5-2023-44718]], and said legal had it covered. Then a retired Col. [[PERSON:Marsha Greaves]] came to brief us and said the end customer was "a partner nation" she couldn't name.

I don't think I'm a pacifist. But I didn't sign up to label people as targets. I've sent a question to our ethics hotline ([[EMAIL:ethics-line@corvane-systems.example]]). [[PERSON:Whitaker]] says I'm "overthinking". I've started interviewing elsewhere.
""",
)

story(
    "Hospital and a pharma partner; hospital name with apostrophe, NHS number (the document type itself not labelled), city, partner firm and its short form, consultant with 'Dr' outside, date in day-month-year.",
    r"""
I'm an information analyst at [[ORG:St Aldhelm's Hospital]] in [[LOCATION:Bristol]].

On [[DATE:9 October 2023]] I was asked by the deputy director to extract "pseudonymised" oncology records for a data partnership with [[ORG:Veritan Pharma]]. The spec asked for full date of birth, full postcode, ethnicity and free-text clinical notes. Pseudonymised, they said, because the NHS number was hashed. With full DOB and postcode you don't need the NHS number.

I found at least one record where the clinical note named the patient's own NHS number in the text, [[ID:943 476 5919]], which the hash obviously didn't touch.

The consultant leading it, Dr [[PERSON:Anand Rao]], said the partnership "funds two research nurses on the oncology ward". That is true and it matters. But patients were never asked.

I raised it with our Caldicott Guardian. The extract was paused pending a DPIA. Dr [[PERSON:Rao]] hasn't spoken to me since. I'm told [[ORG:Veritan]] is "disappointed".
""",
)

story(
    "University research ethics; university and a department, professor with 'Prof.' outside, protocol number, student handles scraped, campus town, semester-year date, grant body.",
    r"""
Grad student here. Writing this because I don't know if I'm overreacting.

My lab at the [[ORG:University of Eastbridge]] got a grant from [[ORG:Halvorsen Foundation]] to study "early warning signs of student dropout". Sounds fine. The protocol approved by the ethics board, [[ID:UEB-REC-2023-0417]], says we use anonymised enrolment and grade data.

In [[DATE:spring 2024]], my supervisor Prof. [[PERSON:Ingrid Halloran]] told me to also scrape public posts from students who follow the university's accounts, and link them by name to enrolment records. Accounts like [[HANDLE:@eastbridge_memes]] and the confessions page. She said public data doesn't need consent.

It needs ethics approval though, and we don't have it for that. I told the postdoc, [[PERSON:Tobi]], who said [[PERSON:Halloran]] had done this before and "the board never checks".

I've now emailed the ethics board to ask, in a general way, whether linking social media to records would need an amendment. They said yes. Waiting to see what happens when [[PERSON:Ingrid]] finds out I asked.
""",
)

story(
    "No identifiers: phone text late at night, lower-case, run-on; distractors include weekdays, tools, relative dates and metric values.",
    r"""
ok so. tonight my lead pinged me at 11pm asking me to "fix" the retention chart before the board pack goes out tmrw morning. fix = drop the cohort from the week the app crashed bc it makes the line go down. i said we could footnote it. she said the board doesnt read footnotes lol. so i did it. i dropped it. the chart now shows 62% retention instead of 54% and theres a little green arrow. i feel sick honestly. its not even a big lie its just a small lie that everyone will repeat for a year in every deck. the CFO will say 62 on the earnings call type thing. idk. i saved the original query in my own folder w the date in the filename just in case. is that paranoid. my partner says i should sleep and think about it friday. my therapist would say "what would you tell a friend". i would tell a friend its not ok. anyway im going to bed
""",
)

story(
    "Names that are ordinary words; colleagues named Hope, Sunny and Bill alongside the same words used as words, lower-case brand, city, US state abbreviation, date.",
    r"""
I'm a data analyst at [[ORG:zestly]], the meal-kit app, in [[LOCATION:Denver]]. Our CMO is [[PERSON:Bill Hargreave]]. Funny given what happened.

In [[DATE:February 2024]] [[PERSON:Bill]] wanted "personalised pricing": charge more to customers whose order history suggests they can't easily shop elsewhere. People without a car, people ordering for diabetes diets. I only hope I'm explaining this calmly, because I wasn't at the time.

My teammate [[PERSON:Hope Okonjo]] ran the analysis with me. The "captive" segment was older and much more disabled than average. [[PERSON:Hope]] put it in one slide: same box, 23% higher price, for people who literally cannot drive to a store.

Then [[PERSON:Sunny]], our product manager, suggested calling it "convenience tiering". [[PERSON:Sunny]] is lovely, but that's just spin. [[PERSON:Bill]] loved the name.

We pushed back in writing. Legal said it might breach state consumer law in [[LOCATION:CO]]. So they launched it everywhere else first. The bill for my silence, I guess, is that I still work here.
""",
    allow=("I only hope I'm", "The bill for my silence"),
)
# ---------------------------------------------------------------- 48-54

story(
    "UK energy supplier, union and journalist; trade union whose name is an ordinary word, real newspaper with 'The' inside, real regulator, city, season-year date, journalist's obfuscated e-mail, Signal number.",
    r"""
Data engineer at [[ORG:Carrowmore Energy]], [[LOCATION:Glasgow]]. Writing this mostly to get it straight in my own head.

In [[DATE:winter 2022]] we were asked to build a list of prepayment customers whose smart meters showed "self-disconnection", i.e. people who couldn't afford to top up and were sitting in the cold. The stated purpose was "vulnerability outreach". The actual use, per the sprint ticket, was prioritising them for forced installation of more prepay meters and passing arrears to a debt purchaser.

I raised it with my manager, [[PERSON:Alasdair]], who said it came from the top. So I went to my union rep at [[ORG:Prospect]]. She was brilliant, she helped me put a grievance in writing.

Around the same time a reporter from [[ORG:The Guardian]], [[PERSON:Ruth Mensah-Clarke]], was asking around about prepay meters. Her contact was going round our floor on a post-it: [[EMAIL:ruth.mc [at] proton [dot] example]] and a Signal number, [[PHONE:07700 900733]]. I didn't contact her. I went to [[ORG:Ofgem]]'s whistleblowing line instead.

The list project was "paused" in [[DATE:March 2023]]. [[PERSON:Alasdair]] got promoted anyway.
""",
)

story(
    "Microsoft Teams chat pasted with 'Surname, First' speaker names, first name addressed in chat, US health plan, Florida city, member ID, claim number, month-day date.",
    r"""
This is a chat from my old team at [[ORG:Crestline Health Plan]] in [[LOCATION:Fort Lauderdale]]. I was the analyst on the post-acute care model.

[9:14 AM] [[PERSON:Kowalski, Jan]]
The LOS predictor says 14 days for member [[ID:CHP-0088213]]. Doc says 30. We're going with 14, right?
[9:16 AM] [[PERSON:Alvarez, Marisol]]
Model says 14. We go with 14. Appeals overturn maybe 1 in 10 and most don't appeal
[9:17 AM] [[PERSON:Kowalski, Jan]]
ok. she's 87, hip fracture, lives alone
[9:20 AM] [[PERSON:Alvarez, Marisol]]
[[PERSON:Jan]], the target is keeping SNF days within 2% of predicted. Not my rule
[9:21 AM] [[PERSON:Kowalski, Jan]]
understood

I'm not in that chat, I was cc'd on the appeal later: claim [[ID:CL-2023-5521907]], denied [[DATE:Aug 22]], overturned on appeal [[DATE:Oct 3]]. She spent five weeks in between at her daughter's in [[LOCATION:Hialeah]].

I showed [[PERSON:Marisol]] the error distribution: the model systematically underpredicts for patients over 85. She said "flag it for the next retrain". That was over a year ago.
""",
)

story(
    "Crypto exchange in Estonia; Telegram and Discord handles, t.me URL, wallet address as an ID, city, founder by nickname, OÜ company, Estonian regulator, month-year.",
    r"""
gm. throwaway. i was a data analyst at [[ORG:Laevik Exchange OÜ]] in [[LOCATION:Tallinn]]. small team, mostly remote, all comms on Telegram and Discord.

In [[DATE:June 2022]] the founder ("[[PERSON:Vlad]]", real name [[PERSON:Vladislav Orlov]]) asked me to build a "whale watch" dashboard. Fine. Then he asked me to tag which whales were our own market-making wallets, and to HIDE those from the volume numbers we sent to the token projects. So the projects paid listing fees based on fake volume.

The group was [[URL:t.me/laevik_core]]. [[PERSON:Vlad]] posted as [[HANDLE:@vlad_moves]]. The head of ops, [[HANDLE:@kaisa_ops]], replied "lol based". I DMed her and she said "everyone does it".

One of the wash wallets was [[ID:0x7f3a9c21d04be8a61f0c5e2b9d7a4c18e3f60b92]], easy to trace on-chain if anyone cares.

I left in [[DATE:September]]. I wrote to the [[ORG:Finantsinspektsioon]] in a very cautious way. They replied with a form. I filled it in. Nothing since. The Discord server ([[HANDLE:#laevik-insiders]]) still exists btw.
""",
)

story(
    "US local police, licence-plate readers; state, full street address with city, state and ZIP, licence plates, SSN-like number, fictional vendor, sheriff's rank outside the name, case number, e-mail and phone.",
    r"""
I'm a crime analyst (civilian) at a city police department in [[LOCATION:Arizona]]. I'll keep it factual.

Our automated license plate reader vendor, [[ORG:Sentrylane]], offers "pattern of life" analytics. In [[DATE:April 2023]] Lt. [[PERSON:Ray Dumont]] asked me to run every plate seen more than three times near the clinic on [[LOCATION:E McDowell Rd, Phoenix, AZ 85008]]. It's a women's health clinic. There was no case number, no warrant, no stated crime.

Among the results were plates [[ID:CNK4417]] and [[ID:BZT9083]]. I looked one up against our records system as instructed, and the owner's record even had an SSN field populated: [[ID:912-44-7781]]. I stopped there.

I asked for a case number. Lt. [[PERSON:Dumont]] said he'd "get one later". Two days later he opened [[ID:23-041877]] as "suspicious activity".

I reported it to our internal affairs via [[EMAIL:ia-intake@pd-oversight.example]] and followed up by phone, [[PHONE:(602) 555-0176]]. I have not heard back. I still come to work every day next to him.
""",
)

story(
    "Irish telematics insurer; Eircode postcode, Dublin and Cork, PPS number, Irish phone, Irish-language phrase, 'Mr' outside, month-year.",
    r"""
Howya. Data scientist at [[ORG:Clearway Motor Insurance DAC]], office on [[LOCATION:Sir John Rogerson's Quay, Dublin 2, D02 X285]].

Our telematics app is sold as a "safe driver discount". Since [[DATE:September 2023]] the underwriting team has used the GPS trace for something else: which customers regularly park overnight outside a particular address that isn't their home. They call it "undeclared address risk". In practice it flags people staying over with a partner, minding a sick parent, or staying in a women's refuge in [[LOCATION:Cork]].

I found the refuge case by accident. The policyholder's PPS number, [[ID:6431187KA]], was in the feature table, which it shouldn't be either.

I brought it to Mr [[PERSON:Declan Furlong]], head of underwriting. He said location is "covered in the T&Cs" and the model "doesn't know what the building is". Sure, but we do.

I rang a solicitor a friend recommended on [[PHONE:+353 1 555 0137]]. She said talk to the DPO first, in writing. Tá mé ag scríobh an ríomhphoist anois. Wish me luck.
""",
)

story(
    "Singapore, Singlish; Pte. Ltd. company with trailing period, HDB town, NRIC number, real regulator, 'Auntie' outside, phone, month-year.",
    r"""
Eh I need to share this somewhere. I'm a data analyst at [[ORG:Lionbridge Care Analytics Pte. Ltd.]] We do "eldercare monitoring", motion sensors in HDB flats, mostly in [[LOCATION:Bedok]] and [[LOCATION:Jurong West]].

[[DATE:October]] last year, boss [[PERSON:Kelvin Tan]] sign a deal with an insurer. Insurer wants the sensor data to see which elderly "move less", to adjust premiums for the children's family policies. Walao. The seniors signed consent for "safety alerts" only, some of them cannot even read English.

I told my senior [[PERSON:Jia Hui]] (Chinese name, she sits beside me) and she said "aiyah, management decide already". One Auntie [[PERSON:Lim]] in the dataset, NRIC [[ID:S4417268F]], her son called our hotline [[PHONE:+65 6555 0142]] asking why his premium went up. Nobody answered him properly.

I'm thinking of writing to [[ORG:PDPC]]. But [[LOCATION:Singapore]] so small, confirm they know who. Steady lah, still thinking.
""",
)
# ---------------------------------------------------------------- 55-60

story(
    "Peru, Spanish/English with a Quechua word; Lima district, 'Sr.' outside, DNI number, S.A.C. company, Spanish long-form date, mining client, Andean region, internal URL.",
    r"""
Les escribo desde [[LOCATION:Lima]]. I'm a data analyst at [[ORG:Andina Geodatos S.A.C.]], office in [[LOCATION:Miraflores]]. Our main client is a mining company operating in [[LOCATION:Apurímac]].

On [[DATE:15 de junio de 2023]] the client's community relations manager, Sr. [[PERSON:Gonzalo Paredes]], asked us for a "stakeholder mapping" model. What he actually wanted: to combine phone location data, social media posts and the DNI list from a community assembly, to identify who organises the road blockades. Leaders, family members, even the local radio host.

The DNI list was sitting on our internal wiki at [[URL:https://wiki.andinageo.example/proyectos/mapeo-actores]], for anyone to see. Row one: DNI [[ID:41853920]], a woman who is the president of the water committee.

I told my boss [[PERSON:Carla Huamán]]. She said it was a "social risk" project and totally normal in mining. Maybe normal. Not okay. In Quechua my grandmother would say "manam allinchu" (it is not good).

I refused to run the join. [[PERSON:Carla]] did not push me, to her credit, but someone else ran it. I don't know what happened with the list.
""",
)

story(
    "Tanzania, Swahili code-switch; Dar es Salaam and a market neighbourhood, 'Mama' and 'Bwana' outside the name, NIDA number, mobile lender, Swahili month, Tanzanian phone.",
    r"""
Habari zenu. Mimi ni data analyst at [[ORG:Pesa Haraka Tanzania Ltd]] in [[LOCATION:Dar es Salaam]]. Sorry my English is mixed.

Mwezi wa [[DATE:Machi 2024]], our new product manager Bwana [[PERSON:Baraka Mushi]] wanted to add traders from [[LOCATION:Kariakoo]] market to a "high risk" list, because many of them "move between phones". Actually they share phones with family, that's it. Sio wezi.

I showed him that the default rate was the same as other areas, 7% vs 7.4%. He said "data haijui [[LOCATION:Kariakoo]] kama mimi". Data doesn't know [[LOCATION:Kariakoo]] like me. Okay then why do we have data scientists?

One trader, Mama [[PERSON:Neema]], her NIDA number [[ID:19850614-11101-00002-14]] is in the list. She has borrowed from us twenty times. She called me personally at [[PHONE:+255 22 555 0163]], she knows my voice from customer training. I could not tell her why.

My colleague [[PERSON:Juma]] says I must take it to the country manager. Nitaona. I will see.
""",
)

story(
    "Egypt, Arabizi and English; Cairo and a suburb, 14-digit national ID, fintech, internal wiki URL, 'Mr.' outside, region, abbreviated month-year, handle.",
    r"""
Ana data scientist fi [[ORG:Tawfeer Pay]], a small payments startup, office in [[LOCATION:Maadi]], [[LOCATION:Cairo]].

In [[DATE:Sept 2023]] Mr. [[PERSON:Sherif Abdelrahman]], our CEO, wanted to "unlock BNPL for youth". The model he wanted uses the national ID to derive age and governorate. Then he said: drop [[LOCATION:Upper Egypt]] governorates entirely, "collections there are too hard". El mawdoo3 keda.

I wrote my analysis on our wiki page [[URL:confluence.tawfeerpay.example/risk/bnpl-youth-v2]]. [[PERSON:Sherif]] commented "too academic ya basha". My lead [[PERSON:Yasmine]] agreed with me privately on WhatsApp, but in the meeting she said nothing. I understand her, honestly.

We also keep the full 14-digit ID in the feature store, like [[ID:29907152401873]]. That alone is a problem.

Someone from [[HANDLE:@fintech_masr]] (a big Twitter account) is asking for stories about this. I am thinking. Mesh 3aref.
""",
)

story(
    "Thailand; 'Khun' before a nickname outside, Bangkok district, Thai Buddhist-era date, Thai national ID, Co., Ltd. with trailing period, Thai phrases, LINE chat quote with time.",
    r"""
Sawasdee ka. I'm a data analyst at [[ORG:Siam Smart Retail Co., Ltd.]], a chain of convenience stores, HQ in [[LOCATION:Bang Na]], [[LOCATION:Bangkok]].

In [[DATE:พ.ศ. 2566]] ([[DATE:2023]]) management installed face recognition at store counters, officially for "loss prevention". Then my manager Khun [[PERSON:Pim]] asked me to match face IDs to our membership app, so we know which "walk-in non-members" come often and can show them targeted ads on the screen. No sign, no consent. Mai dai na.

On LINE she wrote to me (22:47): "Just do pilot 10 stores, nobody will complain". I saved it.

The membership table also includes Thai national ID for "age verification", example [[ID:1-1037-02284-55-1]]. I asked IT security, Khun [[PERSON:Arthit]], if this is allowed under PDPA. He said "ask legal". Legal said "ask Khun [[PERSON:Pim]]".

So it goes in a circle. I am still deciding. Khob khun for reading.
""",
)

story(
    "Romania, bullet list with Romanian code-switch; SRL company, Cluj-Napoca, 'doamna' outside the name, CNP number, HTTPS link, Romanian month-year, real regulator.",
    r"""
Lista, ca să nu uit nimic (so I don't forget anything):

• I'm a data engineer at [[ORG:Transilva Data SRL]], [[LOCATION:Cluj-Napoca]]. We do analytics for a private hospital network.
• [[DATE:martie 2024]]: request from the client's marketing director, doamna [[PERSON:Irina Moldovan]]: export patients who did fertility treatment, for a "family products" campaign with a baby-food partner.
• The export includes CNP (national ID), e.g. [[ID:2870419125784]], phone numbers, diagnoses. Full.
• My manager [[PERSON:Bogdan]] says "e legal, au semnat consimțământul". The consent form says "to improve our services". That's not a baby-food campaign.
• Consent form is public here: [[URL:https://clinici-aurora.example/consimtamant.pdf]]. Read it, it's vague on purpose.
• I asked [[PERSON:Bogdan]] to get a written instruction. He sent it. I kept it.
• Next step? Maybe [[ORG:ANSPDCP]]. Maybe not. Mi-e frică.
• Status: I did the export. I'm not proud. I'm writing this so I don't pretend it didn't happen.
""",
)

story(
    "Taiwan; family-name-first romanised names with a hyphen, Taipei district, Minguo-era date, semiconductor firm, LINE group, short link URL, Taiwanese phrases, employee ID.",
    r"""
I am a data engineer at [[ORG:Hanguang Semiconductor]], [[LOCATION:Neihu]], [[LOCATION:Taipei]]. Sorry if my English is strange.

In [[DATE:民國112年]] HR started a project to predict "flight risk" for engineers. My manager [[PERSON:Lin Yu-ting]] asked me to pull badge records, VPN logins, and... LinkedIn profile update times, scraped from the public site. Plus, who visited the lactation room often, because "new mothers leave more". 真的假的?

I asked [[PERSON:Chen Kuan-hung]] in HR if employees know. He said the employment contract says the company can use "work-related data". Is lactation room work-related?

The deck for the project was shared with a short link in our LINE group: [[URL:bit.ly/hg-flight-risk]]. The first slide shows an example employee, ID [[ID:HG-078213]], with a red "high risk" label. She is my friend. She doesn't know.

I told [[PERSON:Yu-ting]] I am uncomfortable. She said, "你想太多了" (you think too much). I'm still there. 不知道怎麼辦.
""",
)
# ---------------------------------------------------------------- 61-65: nothing identifying

story(
    "No identifiers: bullet list of events; distractors include job titles, team names, weekdays, durations, relative dates, tools, acronyms, metric values and money.",
    r"""
What happened, as a list, because my head is a mess:

- Week 1: the fraud team asks for a model to flag "suspicious" benefit claims. I'm the only ML engineer on it.
- Week 2: the feature list arrives from the product owner. It includes first language, number of dependants and whether the claimant has ever used an interpreter.
- Week 3: I push back in the Jira ticket. I propose removing language and interpreter use. I attach a SHAP plot showing those two features drive 40% of the risk score.
- Week 4: the head of fraud says interpreter use is "operationally relevant". The DPO is on leave.
- Week 5: the model goes to a pilot in two regional offices. Precision at the top decile: 0.22. So four out of five flagged people are innocent and get a home visit.
- Week 6: I write to the DPO when she's back. She agrees it needs a DPIA.
- Week 9: still no DPIA. Pilot extended. Budget £85k.
- Today: a Friday. I'm drafting a resignation letter and a complaint at the same time, and I don't know which one to send first.
""",
)

story(
    "No identifiers: forum post with edits; distractors include tools, job titles, weekdays, relative dates, acronyms and percentages.",
    r"""
Posting in the ethics subforum because I'm honestly not sure if I'm being precious.

Our product sends push notifications to users who haven't opened the app in a while. The data science lead asked me to train a model on which notification copy gets the most opens. Fine. The winning variants were all guilt-based ("Your streak is dying", "We're worried about you"). Opens up 18%. Uninstalls up too, but nobody is measuring that on the main dashboard.

Then the growth manager asked me to target the guilt copy at users whose activity dropped suddenly, which in our user research is strongly associated with bereavement and depression. He said it's "just personalisation".

I'm a junior, two years in. Is this normal? Am I overthinking?

Edit: thanks everyone, I didn't expect so many replies. To the person asking: no, there's no ethics review step, just a product review on Thursdays.

Edit 2: I brought it up at the Thursday review. The head of product agreed to exclude the "sudden drop" segment. Small win.

Edit 3: and now it's back in the roadmap for after the holidays. Sigh.
""",
)

story(
    "No identifiers: transcript of a voice note; distractors include relative dates, weekdays, job titles, acronyms, numbers and tools.",
    r"""
[voice memo, transcribed, about three minutes]

Right, so, I'm in the car, I'm not driving, I'm parked, don't worry. Um. I just came out of the quarterly review and I need to say this out loud to someone even if it's just my phone.

So the churn model. We all know the churn model is rubbish for the over-sixties, right, because we barely have any of them in training, it's like two percent of the data. And today the commercial director stood up and said we're going to use it to decide who gets the retention discounts. And I said, you know, it's going to systematically miss older customers, they won't get offered anything, and they're the ones most likely to be on a fixed income.

And he went, "they don't churn anyway, they're loyal". Which, fine, maybe, but that's the point, isn't it? We're going to charge loyal people more because they're loyal.

Anyway. Um. My manager caught me after and said "good point, badly timed". Badly timed. Okay. I'm going to write it up properly tomorrow and send it to the model risk committee. Or I'm going to go home and have a glass of wine. Probably both.
""",
)

story(
    "No identifiers: meeting minutes; distractors include job titles, committee names, agenda numbers, weekdays, relative dates, laws and acronyms, metric values.",
    r"""
Minutes: Model Risk Committee (monthly)
Present: Chair (Head of Model Risk), Chief Risk Officer, two model validators, Lead Data Scientist (presenting), Compliance representative
Apologies: Head of Collections

Item 1. Minutes of the last meeting approved.

Item 2. Collections prioritisation model v3. The Lead Data Scientist presented validation results: AUC 0.78, stable across segments except customers flagged as vulnerable, where recall drops to 0.41. The validator noted that the vulnerable segment is excluded from the calibration sample "by design".

Item 3. Discussion. Compliance asked whether excluding vulnerable customers from calibration is compatible with Consumer Duty obligations. The CRO stated that collections strategy for vulnerable customers is "handled manually". The Lead Data Scientist noted that the manual process is applied only after the model has ranked them last.

Item 4. Decision. Model approved for production with a condition: a fairness review within six months. The Lead Data Scientist asked for her objection to be minuted. Objection minuted.

Item 5. Any other business: none. Next meeting: first Wednesday of next month.

[Comment from the submitter: I was the Lead Data Scientist. The fairness review never happened.]
""",
)

story(
    "No identifiers: angry rant; distractors include tools, job titles, relative dates, weekdays, acronyms, money and metric values.",
    r"""
I am furious and I need to put it somewhere.

For TWO YEARS I have been telling leadership that our "AI-powered" hiring screen is a keyword matcher with a logistic regression on top. Fine, whatever, plenty of products are. But today the sales team put out a deck claiming it "eliminates bias" and "is audited for fairness".

Audited by WHOM? I am the only person who has ever looked at the fairness numbers and the last time I did, last spring, the selection rate for applicants over fifty was 0.61 of the rate for under-thirties. That fails the four-fifths rule by a mile. I wrote it up. I put it in Confluence. I presented it on a Friday afternoon call to the CTO, who was visibly on his phone.

And now a customer is going to pay $300k a year for a product whose marketing says the literal opposite of my analysis. When someone finally sues, the first thing the lawyers will find is my document, and the second thing will be the deck.

I've booked a meeting with the general counsel for Monday. If that goes nowhere, I'm done. I'm so tired of being the person who reads the confusion matrix.
""",
)

# ---------------------------------------------------------------- machinery

MARK = re.compile(r"\[\[(" + "|".join(KINDS) + r"):((?:(?!\]\]|\|).)+)(?:\|((?:(?!\]\]).)+))?\]\]")
# particles and bits of names that are checked neither within nor across stories
PARTICLES = {
    "van",
    "der",
    "de",
    "den",
    "del",
    "la",
    "le",
    "da",
    "dos",
    "das",
    "du",
    "von",
    "bin",
    "binti",
    "al",
    "el",
    "abu",
    "ibn",
    "ter",
    "ten",
    "di",
}
# a trailing full stop belongs to a span only in abbreviations such as "Inc." or "A.Ş."
TRAILING_DOT_OK = re.compile(r"(?:\b(?:Inc|Ltd|Corp|Co|Bhd|Pte|Jr|St|Ave)|\w\.\w{1,2})\.$")
WORD = r"(?<![\w@#/.-]){}(?![\w@-])"

errors = []


def err(msg):
    errors.append(msg)


def parse(text):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(text):
        out.append(text[pos : m.start()])
        start = sum(len(x) for x in out)
        value = m.group(2)
        out.append(value)
        spans.append(
            {
                "entity_type": m.group(1),
                "entity_value": value,
                "start_position": start,
                "end_position": start + len(value),
            }
        )
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def is_punct(ch):
    return unicodedata.category(ch)[0] in "PS"


def covered(spans, start, end):
    return any(s["start_position"] <= start and end <= s["end_position"] for s in spans)


def allowed(text, allow, start, end):
    for phrase in allow:
        for m in re.finditer(re.escape(phrase), text):
            if m.start() <= start and end <= m.end():
                return True
    return False


def name_tokens(span):
    """Tokens of a person's name that must be labelled wherever they occur."""
    toks = []
    for tok in re.split(r"[\s,]+", span["entity_value"]):
        tok = tok.strip(".'\"()")
        if len(tok) < 2 or tok.lower() in PARTICLES:
            continue
        toks.append(tok)
    return toks


def check_story(sid, text, spans, allow):
    if "[[" in text or "]]" in text:
        err(f"{sid}: markup left over")
    last_end = -1
    for s in sorted(spans, key=lambda s: s["start_position"]):
        v, a, b, k = s["entity_value"], s["start_position"], s["end_position"], s["entity_type"]
        if text[a:b] != v:
            err(f"{sid}: offsets wrong for {v!r}")
        if a < last_end:
            err(f"{sid}: overlapping span {v!r}")
        last_end = max(last_end, b)
        first, final = v[0], v[-1]
        if first.isspace() or final.isspace():
            err(f"{sid}: whitespace at the edge of {v!r}")
        lead_ok = (k == "HANDLE" and first in "@#") or (k == "PHONE" and first in "+(")
        if is_punct(first) and not lead_ok:
            err(f"{sid}: leading punctuation in {v!r}")
        trail_ok = final == "." and TRAILING_DOT_OK.search(v)
        if is_punct(final) and not trail_ok:
            err(f"{sid}: trailing punctuation in {v!r}")
    n = len(text.split())
    if not MIN_WORDS <= n <= MAX_WORDS:
        err(f"{sid}: {n} words, outside {MIN_WORDS}-{MAX_WORDS}")
    # missed mentions within the story, without regard to case
    needles = set()
    for s in spans:
        if s["entity_type"] == "PERSON":
            needles.update(name_tokens(s))
        elif s["entity_type"] in ("ORG", "LOCATION"):
            needles.add(s["entity_value"])
    for needle in sorted(needles):
        for m in re.finditer(WORD.format(re.escape(needle)), text, re.IGNORECASE):
            if not covered(spans, m.start(), m.end()) and not allowed(
                text, allow, m.start(), m.end()
            ):
                ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                err(f"{sid}: unlabelled mention of {needle!r}: ...{ctx}...")


def check_across(records, allows):
    """A name labelled in one story must be labelled wherever it occurs in another
    (case-sensitive, so that ordinary lower-case words are not caught)."""
    names = {}
    for r in records:
        for s in r["spans"]:
            if s["entity_type"] == "PERSON":
                for tok in name_tokens(s):
                    if len(tok) >= 3:
                        names.setdefault(tok, r["id"])
            elif s["entity_type"] in ("ORG", "LOCATION") and len(s["entity_value"]) >= 3:
                names.setdefault(s["entity_value"], r["id"])
    # a name labelled in lower case ("tunde", "lagos") is also looked for capitalised
    for needle, origin in list(names.items()):
        names.setdefault(needle[0].upper() + needle[1:], origin)
    for r in records:
        text, spans = r["full_text"], r["spans"]
        for needle, origin in names.items():
            for m in re.finditer(WORD.format(re.escape(needle)), text):
                if not covered(spans, m.start(), m.end()) and not allowed(
                    text, allows[r["id"]], m.start(), m.end()
                ):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    err(
                        f"{r['id']}: {needle!r} (labelled in {origin}) left unlabelled: ...{ctx}..."
                    )


def main():
    records, allows = [], {}
    for i, st in enumerate(STORIES, 1):
        sid = f"h10-{i:02d}"
        text, spans = parse(st["text"])
        check_story(sid, text, spans, st["allow"])
        records.append({"full_text": text, "spans": spans, "id": sid, "notes": st["notes"]})
        allows[sid] = st["allow"]
    check_across(records, allows)

    if len({r["id"] for r in records}) != len(records):
        err("duplicate ids")
    empty = [r["id"] for r in records if not r["spans"]]
    if len(records) < 55:
        err(f"only {len(records)} stories")

    out = Path(__file__).with_name("redaction_holdout10.json")
    data = json.dumps(records, ensure_ascii=False, indent=1)
    # check the serialised data again
    for r in json.loads(data):
        for s in r["spans"]:
            if r["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                err(f"{r['id']}: serialised offsets wrong for {s['entity_value']!r}")

    kinds = Counter(s["entity_type"] for r in records for s in r["spans"])
    words = [len(r["full_text"].split()) for r in records]
    print(f"stories: {len(records)} ({len(empty)} with nothing identifying)")
    print(f"identifiers: {sum(kinds.values())}")
    for k in KINDS:
        print(f"  {k:<9}{kinds[k]:>5}")
    print(
        f"words per story: min {min(words)}, max {max(words)}, mean {sum(words) / len(words):.0f}"
    )
    for r, n in zip(records, words, strict=True):
        ks = {s["entity_type"] for s in r["spans"]}
        flag = (
            ""
            if not r["spans"] or (len(r["spans"]) >= 5 and len(ks) >= 3)
            else "  (few identifiers or kinds)"
        )
        print(f"  {r['id']}: {n:>3} words, {len(r['spans']):>2} identifiers, {len(ks)} kinds{flag}")
    if errors:
        print(f"\n{len(errors)} check(s) failed:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    out.write_text(data + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
