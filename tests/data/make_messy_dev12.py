"""Twelfth development set for the storyshare redaction engine, for tuning.

Written by a helper who never saw the engine, its tests or any other corpus's stories.
Each story is a first-person workplace ethics story by a data practitioner, with every
identifying detail marked inline as [[KIND:text]]. This set leans on structure and
formality: forwarded e-mail threads with headers and signature blocks, meeting minutes
with attendee initials, bullet timelines, incident reports, HR complaint drafts, letters
to regulators, spreadsheet rows pasted as text, CV and profile blurbs, and non-native or
code-switched English, with organisations, places, dates, phone numbers and reference
numbers in many national formats, beside distractors that look like identifiers but are
not (job titles, product names, laws, standards, metric names, versions). Running this
script removes the markup, computes exact offsets, checks the labels and writes
redaction_messy_dev12.json next to itself. It exits non-zero if any check fails.

Every person, company, address, phone number, e-mail address, handle, URL and ID number
is fictional (555 numbers, 07700 900xxx and other drama ranges, documentation IP ranges,
.example domains); a few well-known real organisations and places appear as a submitter
would mention them.

Regenerate: python3 tests/data/make_messy_dev12.py
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
        "d12-01",
        "forwarded e-mail thread, UK hospital trust; headers with names and addresses, weekday outside the date, signature block with building address, drama-range phones",
        """
Forwarding this because I genuinely don't know who else to ask.

---------- Forwarded message ---------
From: [[PERSON:Helen Marsh]] <[[EMAIL:helen.marsh@northbrook-nhs.example]]>
Date: Tue, [[DATE:4 Mar 2025]] at 09:12
To: Clinical Analytics <[[EMAIL:clin.analytics@northbrook-nhs.example]]>
Subject: RE: Readmissions deck for the board

All,
Please drop the frailty cohort from slide 6 before Thursday. The board only needs the headline rate and the frailty numbers "muddy the story". [[PERSON:Owen]], can you rerun without them?

Thanks,
Dr [[PERSON:Helen Marsh]] | Clinical Data Lead
[[ORG:Northbrook Teaching Hospitals NHS Foundation Trust]]
[[LOCATION:Level 3, Ridgeway House, 14 Calder Road, Leeds LS9 7TF]]
T: [[PHONE:0113 496 0571]] | M: [[PHONE:07700 900412]]
---------------------------------

I'm [[PERSON:Owen]]. The frailty cohort is where the readmissions went up after the discharge-to-assess change. Removing it makes the rate look flat. The board paper goes to [[ORG:NHS England]] as part of the quarterly return. I've drafted a reply saying I'll produce both versions with a note, and cc'd the Caldicott Guardian. Is that enough, or am I just covering myself? The Head of Quality said "just do what [[PERSON:Helen]] says".
""",
    ),
    (
        "d12-02",
        "meeting minutes with attendee list and initials, university research ethics committee, Scotland; room in a named building, campus, grant reference, action table",
        """
Minutes I took myself, pasting them because the official version left things out.

[[ORG:University of Strathmore]] – School of Computing Ethics Panel
Date: [[DATE:17 February 2025]], 14:00–15:30
Venue: Room 4.12, [[LOCATION:Kelvinhaugh Building]], [[LOCATION:Gilmorehill]] campus
Present: Prof. [[PERSON:Kirsty Lennox]] ([[PERSON:KL]]) – Chair; Dr [[PERSON:Rashid Qureshi]] ([[PERSON:RQ]]); [[PERSON:Fiona Gilchrist]] ([[PERSON:FG]]), lay member; me ([[PERSON:CM]]), secretary
Apologies: Dr [[PERSON:Tomás Ó Briain]]

Item 3. Application [[ID:SCE-2025-041]] (funded under grant [[ID:EP/Y017734/1]]).
[[PERSON:RQ]] noted that the scraped forum posts include usernames and self-disclosed diagnoses. [[PERSON:KL]] said consent "was not practicable" and proposed approval with minor amendments. [[PERSON:FG]] objected. [[PERSON:CM]] asked that the objection be minuted.

Actions:
- [[PERSON:KL]] to write to the applicant by [[DATE:24/02/2025]]
- [[PERSON:RQ]] to check the data management plan

The circulated minutes say "approved unanimously". [[PERSON:FG]]'s objection is not there. Do I raise it with the Dean?
""",
    ),
    (
        "d12-03",
        "incident report form with fields, logistics firm in the Netherlands; Dutch postcode address, ticket and badge numbers, IP address, ISO date, versions and standards as distractors",
        """
INCIDENT REPORT (internal, draft v0.3)

Incident no.: [[ID:INC-2025-00873]]
Reported by: [[PERSON:Sanne de Wit]], data engineer, badge [[ID:RT-55190]]
Site: [[ORG:Havenlijn Logistics B.V.]], [[LOCATION:Waalhaven Zuidzijde 21, 3089 JH Rotterdam]]
Date of discovery: [[DATE:2025-05-14]]
Classification: potential personal data breach (GDPR Art. 33)

Description:
During a routine check of the driver telematics pipeline (release 4.7.2) I found that raw GPS traces, including drivers' home locations at night, were being copied to a bucket shared with our parent company [[ORG:Nordfracht Holding GmbH]]. Access logs show downloads from [[ID:198.51.100.23]]. The ISO 27001 audit last year did not cover this flow.

Actions taken:
1. Informed my team lead [[PERSON:Joost Verhagen]] by phone.
2. He told me to "park it" until after the contract renewal.

I'm filing this anyway. My worry: if I log it in the system, [[PERSON:Joost]] gets notified and I am the only one who had access. Should I go straight to the privacy officer?
""",
    ),
    (
        "d12-04",
        "HR complaint draft, US retail HQ in Texas; employee IDs, case number, street address with ZIP, dates in US numeric form, job titles unlabelled",
        """
DRAFT – do not send yet

To: People & Culture, [[ORG:Brazos Home Supply]]
Re: Formal complaint – retaliation
Employee: [[PERSON:Marisol Treviño]], Senior Analyst, Pricing (EID [[ID:BHS-0041877]])

1. On [[DATE:1/8/2025]] I raised in writing that the dynamic pricing model charges more in ZIP codes [[LOCATION:78207]] and [[LOCATION:78237]], which are majority Hispanic, for the same basket.
2. On [[DATE:1/22/2025]] my manager, [[PERSON:Dale Prewitt]] (Director of Pricing Analytics), removed me from the model review.
3. On [[DATE:2/3/2025]] I received a "documented coaching" (ref. [[ID:PC-25-0192]]) for "tone".
4. [[PERSON:Kyle Brandt]], the VP of Merchandising, told me in the parking lot at [[LOCATION:4100 Fredericksburg Rd, San Antonio, TX 78201]] that I should "stop playing lawyer".

I request that the complaint be investigated by someone outside [[PERSON:Dale]]'s reporting line.

Personal note: my friend says I should also send it to the [[ORG:EEOC]]. I still like most people here. Is a complaint like this the end of me at [[ORG:Brazos]]?
""",
    ),
    (
        "d12-05",
        "formal letter to a regulator (ICO) by a data scientist at a lender; case reference, postal address block, dates in long form, law names as distractors",
        """
[[LOCATION:Flat 2, 37 Mornington Crescent, Brighton BN1 3QW]]

[[ORG:Information Commissioner's Office]]
[[LOCATION:Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF]]

[[DATE:9 April 2025]]

Your reference: [[ID:IC-338914-Q7L2]]

Dear Sir or Madam,

I write as a former Senior Data Scientist at [[ORG:Fairlend Finance Ltd]], a consumer lender regulated by the [[ORG:FCA]], in support of the complaint above.

Between [[DATE:October 2023]] and [[DATE:March 2024]] the company used open-banking transaction data, collected for affordability checks, to train a marketing propensity model. Customers were not told. I raised this with the Data Protection Officer, Mr [[PERSON:Gareth Lowe]], on [[DATE:12 January 2024]], and with the Chief Risk Officer shortly after. I was told the Data Protection Act 2018 "allows legitimate interests".

I left the company in [[DATE:May 2024]]. I can provide the model documentation I was given at the time.

Yours faithfully,
[[PERSON:Nadia Farouk]]

(Posting here because I'm scared of the NDA. Did I do the right thing?)
""",
    ),
    (
        "d12-06",
        "spreadsheet rows pasted as text from an NGO beneficiary sheet, Kenya; household IDs, sub-county and village names, phone numbers, M-Pesa and metric names as distractors",
        """
Our donor asked for "a sample of the beneficiary data for verification". My director, [[PERSON:Wanjiru Kamau]], wants me to send this straight from the master sheet:

hh_id | head_of_household | village | sub_county | phone | vuln_score
[[ID:KS-00412]] | [[PERSON:Achieng Odhiambo]] | [[LOCATION:Kobura]] | [[LOCATION:Nyando]] | [[PHONE:0712 555 014]] | 0.81
[[ID:KS-00413]] | [[PERSON:Peter Oloo]] | [[LOCATION:Kobura]] | [[LOCATION:Nyando]] | [[PHONE:0733 555 208]] | 0.77
[[ID:KS-00431]] | [[PERSON:Mary Atieno]] | [[LOCATION:Ahero]] | [[LOCATION:Nyando]] | [[PHONE:0722 555 660]] | 0.92

The vuln_score includes HIV status and whether someone reported GBV. The donor is [[ORG:Hollis Family Foundation]] and they will forward it to their evaluators. Nobody consented to that. I work for [[ORG:Tujenge Initiative]] as the only M&E officer, based in [[LOCATION:Kisumu]].

I proposed sending hashed IDs with the score bands only. [[PERSON:Wanjiru]] says the foundation "will think we are hiding ghosts" and funding for the M-Pesa cash transfers depends on it. Mimi sijui. What would you do?
""",
    ),
    (
        "d12-07",
        "LinkedIn-style blurb then story, Brazilian Portuguese code-switching; company with S.A., São Paulo neighbourhood, handle, URL, Portuguese date",
        """
[[PERSON:Thiago Nogueira]] · Data Scientist @ [[ORG:Pagaí S.A.]] | ex-[[ORG:Itaú Unibanco]] | Python, causal inference | [[LOCATION:São Paulo]]
[[URL:linkedin.example/in/thiago-nogueira-ds]]

Ok, desabafo. At [[ORG:Pagaí]] we score small merchants for credit. Em [[DATE:março de 2025]] o time de produto pediu to add a feature "bairro de risco", basically the merchant's neighbourhood. Merchants in [[LOCATION:Capão Redondo]] and [[LOCATION:Paraisópolis]] get worse limits even with same revenue as [[LOCATION:Vila Madalena]]. My lead [[PERSON:Renata]] said it's "just geography, not race", mas a gente sabe que no [[LOCATION:Brasil]] isso é a mesma coisa.

I posted in the internal channel [[HANDLE:#credito-modelos]] and tagged [[HANDLE:@renata.lima]] asking for a fairness review and [[PERSON:Renata]] messaged me privately saying it looks bad to "expor o time". The LGPD has article 20 on automated decisions, and the [[ORG:ANPD]] is getting more active. Não quero ser o chato. But I also don't want my name on this model. Should I escalate to compliance or let it go?
""",
    ),
    (
        "d12-08",
        "bullet timeline, Indonesian ministry; Indonesian dates, Jakarta neighbourhood, letter reference number, Bahasa code-switching, honorifics outside spans",
        """
Timeline untuk saya sendiri, in case I need it later.

- [[DATE:6 Januari 2025]]: I join the data unit at [[ORG:Kementerian Ketenagakerjaan]] as contract analyst, office in [[LOCATION:Jalan Gatot Subroto, Jakarta Selatan]].
- [[DATE:20 Januari 2025]]: Pak [[PERSON:Haryanto]] asks us to match the job-seeker database with the social media accounts list from the vendor [[ORG:PT Sinar Analitika Nusantara]].
- [[DATE:3 Februari 2025]]: Surat tugas no. [[ID:B.1147/SJ-DATIN/II/2025]] arrives. No legal basis mentioned, only "analisis sentimen".
- [[DATE:11 Februari 2025]]: I ask Bu [[PERSON:Rina Kusumawati]] whether UU PDP allows this. She says "ikut saja, ini perintah atasan".
- [[DATE:Maret 2025]]: vendor delivers list with 40k accounts flagged "kritis terhadap pemerintah".

I am not comfortable. These are people looking for jobs, not suspects. Mas [[PERSON:Dimas]] from IT also thinks it's wrong but he has a family and cannot lose the job. Saya juga. Is there a safe way to report to [[ORG:Komnas HAM]] without my name?
""",
    ),
    (
        "d12-09",
        "non-native English from a German speaker, works council letter format; Munich address with PLZ, German dates, GmbH subsidiary, BetrVG and job titles as distractors",
        """
Sorry for my English, I am writing first time here.

I am working as Data Analyst at [[ORG:Alpenstrom Energie GmbH]], this is a daughter company of [[ORG:Voltaris AG]]. We are in [[LOCATION:Landsberger Straße 302, 80687 München]]. Since [[DATE:Februar 2025]] the management wants that we build a dashboard of "Produktivität" for the call centre agents, with every pause in minutes, per person, per day.

In [[LOCATION:Germany]] this needs agreement from the Betriebsrat (§ 87 BetrVG). My boss Herr [[PERSON:Wendelin Fuchs]] said to me on [[DATE:12.03.2025]] we will "first build it, then ask". I have written a letter to the works council chair, Frau [[PERSON:Sevgi Arslan]], it begins:

"Sehr geehrte Frau [[PERSON:Arslan]], hiermit informiere ich Sie, dass seit dem [[DATE:3. März 2025]] ein Auswertungssystem entwickelt wird ..."

But I am in probation time until [[DATE:31. Juli]]. If [[PERSON:Fuchs]] knows it was me, maybe I am out. Should I send it anonymous? Is this too much drama?
""",
    ),
    (
        "d12-10",
        "French letter to CNIL drafted by a data analyst at a city council, Paris address format, French dates, délibération number, mixed French and English",
        """
I'm drafting this in French because it's for the [[ORG:CNIL]], but I'd like a sanity check from people here.

« Madame, Monsieur,

Je suis analyste de données à la [[ORG:Mairie de Montreuil]] ([[LOCATION:93100 Montreuil]]). Depuis le [[DATE:15 janvier 2025]], la direction de la tranquillité publique croise les données de vidéoprotection avec le fichier des bénéficiaires du [[ORG:CCAS]], sans délibération du conseil municipal à ma connaissance.

J'ai alerté ma responsable, Mme [[PERSON:Aurélie Besson]], par courriel le [[DATE:3 février]]. Elle m'a répondu que le projet « [[ORG:Vigie]] » relevait de la sécurité et non de la protection des données.

Je reste joignable au [[PHONE:01 99 00 47 12]].

[[PERSON:Karim Benali]] »

Their online form is at [[URL:www.cnil.example/fr/plaintes]], but the postal address I'll use is [[LOCATION:3 place de Fontenoy, 75007 Paris]]. My colleague [[PERSON:Léa]] thinks I should go through the DPO first, M. [[PERSON:Girard]], but he reports to the same DGS. Does a signed letter protect me under the loi Sapin II, or should I stay anonymous?
""",
    ),
    (
        "d12-11",
        "nothing identifying: structured bullet list with job titles, standards, metrics, versions and relative dates only",
        """
Writing this as a list because otherwise I will ramble.

Context:
- I am a senior ML engineer at a mid-size insurer. Team of six.
- We ship a claims triage model (v3.2, gradient boosting) that flags claims for manual review.
- The model card says AUC 0.87 and F1 0.71 on the holdout.

What happened:
- Last quarter the Head of Claims asked for the threshold to be lowered so that more claims are auto-approved.
- That raises precision on paper but the false negative rate for claims from people over seventy doubles.
- The Chief Data Officer signed it off in a meeting I wasn't invited to.
- Two weeks ago a complaints handler told me elderly customers are being paid less, late.

What I did:
- Wrote a one-page note citing ISO/IEC 42001 and our own model risk policy, section 4.3.
- Sent it to my line manager and the model risk committee.

What I got:
- "Thanks, noted."

Question: do I keep pushing through the committee, go to the regulator, or accept that I did my part?
""",
    ),
    (
        "d12-12",
        "Japanese non-native English, subsidiary K.K.; Japanese-format address, Reiwa and kanji dates, honorifics -san and -buchō outside spans, employee number",
        """
Hello. My English is not so good, please forgive.

I work in [[ORG:Hoshizora Data Solutions K.K.]], it is subsidiary of [[ORG:Mitsukawa Holdings]]. Office is [[LOCATION:〒150-0002 東京都渋谷区渋谷2-21-1]]. My employee number is [[ID:MK-208114]] (I write it because HR asked me to include when report).

Story: From [[DATE:令和7年4月]], our team makes "retention risk score" for employees of the parent group. Input data include the health check results (健康診断) and the stress check answers. By law the stress check result should not go to the company without consent of worker. [[PERSON:Yamaguchi]]-buchō said it is "aggregated", but I saw the table, it has name and score one by one.

I talked with [[PERSON:Fujimoto]]-san, our sempai, on [[DATE:2025年5月9日]]. She said in [[LOCATION:Japan]] we do not make noise, we do 根回し first. I understand. But the score will be used in 人事異動 next spring.

Is there some way like whistle-blow line? Our company has 公益通報 desk but it is inside [[ORG:Mitsukawa]] head office. I am afraid.
""",
    ),
    (
        "d12-13",
        "Indian IT services, ticket IDs and escalation chain; Bengaluru neighbourhood and tech park, Indian phone format, Hinglish, ji outside span",
        """
Escalation chain as it happened (copying from my notes):

Ticket [[ID:CHG0048812]] raised [[DATE:18-Jun-2025]] by me ([[PERSON:Aditi Rao]]), Data Engineer L2, [[ORG:Vikasa Infotech Pvt. Ltd.]], [[LOCATION:Embassy TechVillage, Bellandur, Bengaluru]]
→ assigned to [[PERSON:Suresh Menon]] (Delivery Manager)
→ [[PERSON:Suresh]] sir reassigned to client side, [[PERSON:Ravi Shankar]] ji at [[ORG:HealthFirst Insurance]]
→ closed [[DATE:21-Jun-2025]], comment "as per business requirement"

What the change does: it copies claim documents (with diagnosis, Aadhaar masked only last 4 visible) into an analytics bucket that the client's marketing team can query. Sounds small but yaar, these are cancer and IVF claims. DPDP Act is not fully in force but still, common sense?

[[PERSON:Ravi]] ji called me on [[PHONE:+91 98450 55512]] and said politely not to "create escalations in writing". Mera manager is saying do the change, bill the hours. Should I refuse to run the migration? I'm on bench if I refuse, and my home loan EMI is due.
""",
    ),
    (
        "d12-14",
        "Australian local council FOI, formal; council name, suburb and state, Australian fictional phone range, FOI reference, ABN-like number as ID",
        """
I'm a GIS and data officer at [[ORG:Merriwa Shire Council]] in regional [[LOCATION:NSW]]. We received a GIPA request (ref [[ID:GIPA-2025-117]]) from a resident asking for the data behind the "anti-social behaviour heat map" shown at the [[DATE:11 March]] council meeting.

The map was built from complaints to our customer line and it's pretty clearly just mapping where the public housing is in [[LOCATION:Cassilis]] and around [[LOCATION:Gummun Place]]. Councillor [[PERSON:Bronwyn Keates]] used it to argue for moving the youth centre.

My manager [[PERSON:Trent Whitfield]] wants me to release a "summarised" version that doesn't show the underlying complaint counts (some streets had two complaints). The contractor who built the first version, [[ORG:Geospark Pty Ltd]] (ABN [[ID:38 555 019 442]]), told me on [[PHONE:0491 570 156]] that they'd "happily" redo it with a smoothing that hides the small numbers.

Releasing less than the request asks for feels like it breaks the GIPA Act. But honestly so did making the map. Do I release everything and let the map be embarrassed?
""",
    ),
    (
        "d12-15",
        "e-mail to a union delegate in Spanish and English, Madrid; union acronym, Spanish address format with floor, DNI, Spanish phone and dates",
        """
Asunto: Consulta confidencial – sistema de turnos
Para: [[PERSON:Begoña Iturralde]] <[[EMAIL:biturralde@ccoo-telemark.example]]>
De: [[PERSON:Javier Ruiz Calvo]]

Hola [[PERSON:Begoña]],

Te escribo como delegada de [[ORG:CCOO]] en [[ORG:Telemark Contact Iberia S.L.]] Sorry, I'll switch to English because the technical part is easier for me.

Since el [[DATE:2 de junio de 2025]] I am maintaining the shift-allocation algorithm. The new version penalises agents who took sick leave in the last 90 days; they get fewer weekend shifts, which pay more. That is indirectly using health data. I showed it to my jefe, [[PERSON:Óscar Lamela]], and he said it came from the client, [[ORG:Energía Cantábrica]].

I can bring the config files to the union office at [[LOCATION:C/ de Fernández de la Hoz 12, 3º B, 28010 Madrid]] on Thursday. My DNI for the visitor list is [[ID:50123456-K]]. Mi móvil: [[PHONE:+34 655 501 238]].

Un abrazo,
[[PERSON:Javier]]

(Posting the draft here: am I exposing myself more than needed by putting my DNI in an e-mail?)
""",
    ),
    (
        "d12-16",
        "CV-style blurb then Nigerian Pidgin story, Lagos fintech; Yaba and Lekki, BVN as ID, Nigerian phone format, honorific Oga outside the span",
        """
ABOUT ME
[[PERSON:Chiamaka Eze]] | Credit Risk Data Scientist | [[ORG:Kudipay Microfinance Bank]] ([[DATE:2022]]–present) | prev. [[ORG:Sterling Bank]] | BSc Statistics, [[ORG:UNILAG]] | [[LOCATION:Yaba, Lagos]]

So this is what is happening. Our loan app asks for contacts permission. Since [[DATE:November 2024]], collections team dey use the contact list to call borrowers' family when payment late. Oga [[PERSON:Emeka]], head of collections, wants me to build a "social pressure score" from how many contacts a borrower has who already defaulted. Na wa o.

One customer (BVN [[ID:22154778903]]) complained on X, tagging [[HANDLE:@kudipay_care]], that they called her pastor in [[LOCATION:Lekki]]. The [[ORG:FCCPC]] already fined some lenders for this exact thing. I told Oga [[PERSON:Emeka]] on [[DATE:7 May]] and he said "no be your department". My line manager [[PERSON:Funmilayo Adebayo]] says I should just deliver and document my objection.

If you want to reach me privately: [[PHONE:0803 555 0142]]. Should I just build it and document, or refuse and risk my job?
""",
    ),
    (
        "d12-17",
        "nothing identifying: meeting minutes with roles instead of names, agenda numbering, standards, weekdays and quarters without a year",
        """
Notes from our data governance forum, roles only because I don't want anyone recognised.

Attendees: Chair (Director of Analytics), Privacy Lead, two product managers, the Head of Marketing, me (lead data scientist), a note-taker from the PMO.
Apologies: Legal counsel.

1. Minutes of the previous meeting: approved.
2. Marketing request: use support call transcripts to train a sentiment model for upselling.
   - Privacy Lead: the call recording notice says recordings are for "quality and training". Training of staff, not models.
   - Head of Marketing: "training is training".
   - Chair: parked until Q3.
3. AOB: I raised that the transcripts include card numbers read aloud, which would be a PCI DSS issue.
   - Chair asked me to "take it offline".

On Friday I found that an engineer on the marketing side had already exported the transcripts into a notebook. Nobody minuted item 3's second point. I have my own notes with timestamps. Is it worth taking this to the audit committee, or does that burn every bridge I have?
""",
    ),
    (
        "d12-18",
        "incident report in Polish-influenced English, Warsaw; Polish address with ul., postcode, PESEL, Polish date, Sp. z o.o., Pani/Pan outside the span",
        """
Report I wrote for myself (original in Polish, translated by me, sorry for errors):

Zgłoszenie / Report no. [[ID:ZG/2025/06/014]]
Company: [[ORG:Wisła Analytics Sp. z o.o.]], [[LOCATION:ul. Grzybowska 62, 00-844 Warszawa]]
Date: [[DATE:16 czerwca 2025]]
Author: [[PERSON:Agnieszka Wróblewska]], analityk danych

What happened: our client, a network of private clinics [[ORG:MediLux]], sent us a test file for a churn project. It should be pseudonymised. It has full PESEL numbers, for example [[ID:85072312345]], and the diagnoses in ICD-10 codes.

I informed Pan [[PERSON:Krzysztof Zieliński]], project lead. He said we will "just use it, it is test only" and delete later. Pani [[PERSON:Joanna]] from legal was on holiday until [[DATE:30.06]].

In [[LOCATION:Poland]] the [[ORG:UODO]] fines for such things are real. But our contract with [[ORG:MediLux]] is the biggest this year and [[PERSON:Krzysztof]] said the client "will be offended" if we return the file. I am junior, two years in the company. What is the correct step?
""",
    ),
    (
        "d12-19",
        "Turkish-English code-switching, Istanbul; Kadıköy and Maslak, Turkish phone format, Turkish dates, A.Ş., Hanım and Bey outside spans, KVKK distractor",
        """
Arkadaşlar, need advice.

I'm a data analyst at [[ORG:Boğaziçi Perakende A.Ş.]], head office in [[LOCATION:Maslak]], but I live in [[LOCATION:Kadıköy]] and usually work from home. On [[DATE:14 Nisan 2025]] my manager [[PERSON:Selin]] Hanım forwarded me an Excel from the loyalty programme with 1.2 million customers and asked me to match it to a list from a "partner" called [[ORG:Veriyol Teknoloji]]. The partner's list has TC kimlik numbers and phone numbers.

KVKK requires explicit consent for transfer, and I'm 90% sure the loyalty T&Cs don't cover this. When I asked, [[PERSON:Selin]] Hanım said [[PERSON:Murat]] Bey from the board signed the deal, "yukarıdan geliyor", so don't ask.

The partner's contact, [[PERSON:Onur Kaya]], called me from [[PHONE:+90 212 555 01 23]] to ask when the file will be ready. Deadline is [[DATE:30 Nisan]].

Açıkçası korkuyorum. Is there somewhere in [[LOCATION:Türkiye]] where you can complain about this safely, or do I just slow-walk it?
""",
    ),
    (
        "d12-20",
        "postdoc at a Welsh university, data sharing with police; grant and ethics references, Cardiff campus building, Welsh greeting, police force as ORG",
        """
Shwmae. Postdoc here, [[ORG:Prifysgol Glannau Taf]] ([[ORG:Taff Riverside University]] in English), [[LOCATION:Cathays Park]] campus, [[LOCATION:Cardiff]].

Our project ([[ORG:ESRC]] grant [[ID:ES/W008521/1]], ethics approval [[ID:SREC-24-117]]) interviews young people about knife crime in [[LOCATION:Butetown]] and [[LOCATION:Grangetown]]. Participants were promised that transcripts stay with the research team.

On [[DATE:19 May 2025]] our PI, Prof. [[PERSON:Gwilym Pritchard]], told the team that [[ORG:South Wales Police]] had asked for "anonymised themes plus any names mentioned of people carrying". He wants to agree because the force is a partner on the follow-on bid due [[DATE:September 2025]].

My co-investigator Dr [[PERSON:Ama Boateng]] thinks it breaches the consent form outright. I agree. But [[PERSON:Gwilym]] controls my contract extension. I've booked a meeting with the research integrity office in [[LOCATION:Aberconway Building]]. What should I take with me?
""",
    ),
    (
        "d12-21",
        "ServiceNow-style ticket with fields and comments, Canadian bank; Toronto and Montréal, Canadian phone, SIN, French comments, ticket and change numbers",
        """
Pasted from our ticketing tool (names are real inside the company, which is why I'm nervous):

Number: [[ID:RITM0193377]]
Opened: [[DATE:2025-02-10]] 08:41 ET
Requested by: [[PERSON:Marc-André Tremblay]] (Marketing Analytics, [[LOCATION:Montréal]])
Assigned to: [[PERSON:Priyanka Sethi]] (Data Platform, [[LOCATION:Toronto]])
Short description: Join mortgage applicants' SIN to credit bureau extract for lookalike audience

Comments:
[[DATE:2025-02-11]] [[PERSON:Priyanka Sethi]]: SIN cannot be used as a join key for marketing. Example row contains [[ID:046 454 286]]. Rejecting.
[[DATE:2025-02-12]] [[PERSON:Marc-André Tremblay]]: On en a besoin pour la campagne du printemps. Approved by VP.
[[DATE:2025-02-12]] [[PERSON:Glen Osei]] (Manager, Data Platform): Please proceed, call me at [[PHONE:416-555-0187]] if blocked.

I'm [[PERSON:Priyanka]]. PIPEDA doesn't ban it outright but the [[ORG:OPC]] guidance is clear. My bank, [[ORG:Laurentian Shield Bank]], has a privacy office but [[PERSON:Glen]] says they'll "rubber-stamp". Reopen, escalate, or close the ticket as done?
""",
    ),
    (
        "d12-22",
        "South African HR analytics, Cape Town; township and suburb, (Pty) Ltd, South African phone format, employee number, isiXhosa code-switching, POPIA distractor",
        """
Molweni. I'm a people analytics specialist at [[ORG:Khanyisa Call Solutions (Pty) Ltd]] in [[LOCATION:Century City, Cape Town]]. Most of our agents live in [[LOCATION:Khayelitsha]] and [[LOCATION:Mitchells Plain]].

Our COO, [[PERSON:Pieter Swanepoel]], asked me on [[DATE:2 June 2025]] to add "commute risk" to the attrition model, using home address and load-shedding schedules. In practice this flags agents from the townships as flight risks and they get passed over for team leader roles. Andiyazi, it feels like apartheid geography with extra steps.

I raised it with the HR director, [[PERSON:Nomvula Dlamini]], in a meeting. She agreed it's a problem but said "[[PERSON:Pieter]]'s numbers are [[PERSON:Pieter]]'s numbers". I then wrote it up under our ethics hotline (case [[ID:EH-2025-0332]]) and put my staff number ([[ID:KCS-10457]]) because anonymous reports are "not investigated".

The hotline called from [[PHONE:021 555 0143]] and asked if I'd "consider withdrawing". POPIA has rules on special personal information but I'm not sure address is one. Enkosi for any advice.
""",
    ),
    (
        "d12-23",
        "Arabic-English, Jordan; government ministry, Amman neighbourhood, Hijri and Gregorian dates, Jordanian phone format, honorific Ustaz outside the span",
        """
السلام عليكم. I'm a data analyst at the [[ORG:Ministry of Digital Economy and Entrepreneurship]] in [[LOCATION:Amman]], our building is in [[LOCATION:Abdali]].

In [[DATE:Ramadan 1446]] ([[DATE:March 2025]]) my director, Ustaz [[PERSON:Khaled Haddadin]], asked our unit to link the national e-services login data with the records of the [[ORG:National Aid Fund]]. The idea is to find aid recipients who "appear to have resources", e.g. they logged in from an expensive phone or from [[LOCATION:Dabouq]].

I said that device type is not income. He said يا ابني this is how the [[ORG:World Bank]] consultants do it. The consultant, [[PERSON:Henrik Aalto]], sent the spec from [[EMAIL:h.aalto@meridian-advisory.example]] on [[DATE:23 March 2025]].

Families could lose support because of a phone someone gave them. Our data protection law came into force recently but nobody in the ministry talks about it. My colleague [[PERSON:Rawan]] said I can call her at [[PHONE:+962 79 555 0146]] if I want to go to the legal department together. Should I?
""",
    ),
    (
        "d12-24",
        "Korean-English, Seoul; 주식회사 company name, Gangnam-gu address, Korean dates, honorific 팀장님 outside the span, Korean mobile format",
        """
안녕하세요. I work as a data scientist at [[ORG:주식회사 하늘데이터]] ([[ORG:Haneul Data Co., Ltd.]]), office in [[LOCATION:서울특별시 강남구 테헤란로 152]].

From [[DATE:2025년 3월]] we build a hiring model for a client, a big 재벌 subsidiary, [[ORG:Daesan Electronics]]. The model reads self-introduction essays (자기소개서) and predicts "organisational fit". I found the strongest features are 출신 대학 and whether the applicant did military service, so women and people from regional universities rank lower.

I reported to [[PERSON:박정민]] 팀장님 on [[DATE:2025년 4월 7일]]. He said the client wants the ranking "as is" and our job is accuracy. My 선배 [[PERSON:Yoon Seo-yeon]] told me quietly that the previous model had the same issue and nobody said anything.

The client's HR contact ([[PHONE:010-5555-0198]]) keeps calling to ask for the final version before [[DATE:5월 말]]. In [[LOCATION:Korea]] whistleblowers have some protection but I am on 계약직 contract. Should I refuse to deliver?
""",
    ),
    (
        "d12-25",
        "Vietnamese-English, Ho Chi Minh City; district address format, Vietnamese dates, Công ty TNHH, honorifics anh and chị outside spans",
        """
Chào mọi người. I'm a data engineer at [[ORG:Công ty TNHH Sao Mai Fintech]], office at [[LOCATION:Lầu 9, 35 Nguyễn Hữu Thọ, Quận 7, TP. Hồ Chí Minh]].

Ngày [[DATE:5 tháng 6 năm 2025]], anh [[PERSON:Trung]] (my team lead) asked me to pipe the app's full SMS inbox permission data into the scoring feature store. The app reads every SMS on the phone, including OTPs from other banks and messages from family. Our policy page (version 2.1) only says "we may collect device information".

Chị [[PERSON:Phương]] in compliance said Decree 13 requires consent for sensitive data, but she also said "không phải việc của em" because the CEO, [[PERSON:Lâm Quốc Bảo]], approved it in a board meeting on [[DATE:20/05/2025]].

My friend at [[ORG:Techcombank]] says everyone does it. Maybe. But my mother would hate if an app read her messages like this. I have the schema diff saved. Should I send it to someone outside, or just ask for a transfer to another team?
""",
    ),
    (
        "d12-26",
        "nothing identifying: bullet timeline with relative dates only, anonymous employer, metric names and versions",
        """
Timeline, as honest as I can make it:

- Week 1: joined as the only data person at a small charity helping people with gambling debt.
- Week 3: the fundraising lead asked for a list of "success stories" with before and after debt amounts to send to a sponsor.
- Week 4: I built it with first names removed. She asked for them back "to make it human".
- Week 5: I said the clients never agreed to be in fundraising material. She said they signed the intake form. The intake form says data is used "to provide our services".
- Week 6: the CEO said we could ask consent retrospectively by text. Response rate so far: 11 out of 40.
- Last Monday: the sponsor's pitch deck came back with three full case studies anyway.

I'm a volunteer-turned-part-time analyst, not a lawyer. The trustees meet next month. Do I write to them directly, or is that going over the CEO's head in a way that ends my time here? The work matters to me and so do the clients.
""",
    ),
    (
        "d12-27",
        "formal letter to an ombudsman, New Zealand; te reo Māori, Wellington street address, NZ phone format, iwi as ORG, complaint reference, dates in NZ style",
        """
Tēnā koe,

To: [[ORG:Office of the Privacy Commissioner]], [[LOCATION:PO Box 10094, Wellington 6143]]
From: [[PERSON:Aroha Tautahi]], [[LOCATION:14 Kōwhai Street, Ōtaki 5512]]
Date: [[DATE:28/07/2025]]
Ref (previous enquiry): [[ID:C/2025/4418]]

I am a data analyst contracted to [[ORG:Te Whatu Ora]] through [[ORG:Kāhui Data Partners Ltd]]. From [[DATE:April 2025]] I worked on a project that links hospital admissions to [[ORG:Oranga Tamariki]] notifications to predict "family harm risk". The linked dataset identifies whānau by address and iwi affiliation, including [[ORG:Ngāti Raukawa]].

Nobody asked the iwi about the use of their data, which goes against the Māori data sovereignty principles that the agency itself endorses. I raised this with my contract manager, [[PERSON:Craig Henshall]], on [[DATE:2 June]] and my contract was not renewed.

I can be reached on [[PHONE:021 555 0177]].

Ngā mihi,
[[PERSON:Aroha]]

Kia ora koutou, this is the letter. Is this the right office, or should it go to an ombudsman first?
""",
    ),
    (
        "d12-28",
        "Dutch municipality, Utrecht; postcode and neighbourhood, BSN, Dutch dates, gemeente as ORG, Dutch code-switching, algorithm register distractor",
        """
Hoi allemaal. Data scientist bij de [[ORG:Gemeente Utrecht]], team Werk en Inkomen, [[LOCATION:Stadsplateau 1, 3521 AZ Utrecht]].

Since [[DATE:januari 2025]] we run a "risicoprofiel" model that selects people on welfare for extra fraud checks. I did the bias test last month: people in [[LOCATION:Kanaleneiland]] and [[LOCATION:Overvecht]] are selected three times more often, mostly because of "type woning" and "taal" features. After the toeslagenaffaire you would think we learned something.

My manager [[PERSON:Maarten Bosman]] said on [[DATE:22 mei 2025]] that the alderman wants "resultaten" before the elections and the model is "juridisch getoetst". It is not in the algorithm register at [[URL:algoritmes.utrecht.example/register]]. A citizen even wrote in with their BSN ([[ID:123456782]]) asking why they were checked four times.

My collega [[PERSON:Fatima El Idrissi]] wants to go to the [[ORG:Autoriteit Persoonsgegevens]]. I prefer first the internal integrity desk. Wat zouden jullie doen?
""",
    ),
    (
        "d12-29",
        "Swiss insurer, Swiss German and English; Zürich address with PLZ, AHV number, Swiss phone format, AG, dates in Swiss numeric form, FINMA as ORG",
        """
Grüezi. I'm an actuarial data scientist at [[ORG:Helvetia Nova Versicherungen AG]] (not the big one, a smaller health supplementary insurer), [[LOCATION:Hohlstrasse 560, 8048 Zürich]].

On [[DATE:08.04.2025]] our product owner [[PERSON:Reto Baumgartner]] asked me to test whether fitness-tracker step counts from the new bonus app can predict claims. Customers opted in to the app for a discount, not for underwriting. The consent text says "zur Berechnung Ihres Bonus".

I said this is purpose creep under the revised FADP. [[PERSON:Reto]] answered in the team chat: "Mir mached nur en Test, nöd produktiv." But the test results go to the pricing committee in [[DATE:Juni]].

Worse, the test file includes AHV numbers ([[ID:756.1234.5678.97]] in the first row), which we are not even supposed to use outside the social insurance context. I asked our DPO, Dr. [[PERSON:Corinne Vuilleumier]], by phone ([[PHONE:+41 44 555 01 29]]). She said she'd "look into it" and then went on leave.

Is this something for [[ORG:FINMA]] or for the [[ORG:FDPIC]]? Or am I overreacting to a test?
""",
    ),
    (
        "d12-30",
        "Mexican Spanish and English, Mexico City; colonia and alcaldía address format, CURP, IMSS as ORG, S.A. de C.V., Lic. and Ing. outside spans, Mexican dates",
        """
Qué onda. I'm a data analyst at [[ORG:Grupo Tlalocan Servicios S.A. de C.V.]], a staffing agency, office at [[LOCATION:Av. Insurgentes Sur 1602, Col. Crédito Constructor, Benito Juárez, 03940 Ciudad de México]].

We place workers in factories in [[LOCATION:Querétaro]] and [[LOCATION:Bajío]]. Since [[DATE:febrero 2025]] the Lic. [[PERSON:Rodrigo Salas]] asked us to cross the candidates' CURP with [[ORG:IMSS]] records (we have access through a contact) to exclude women who had maternity leave in the last two years. For example CURP [[ID:GOML920314MDFRRC08]] came back flagged "incapacidad por maternidad".

That is discrimination, ni modo. I told Ing. [[PERSON:Alejandra Cortés]], my jefa, on el [[DATE:11 de marzo]]. She said "no es ilegal si no lo escribimos". Then she deleted the column name in the SQL and called it "riesgo_operativo".

I want to report to [[ORG:CONAPRED]] or the [[ORG:INAI]], but I'm not sure [[ORG:INAI]] still exists after the reform. Any idea who receives this kind of complaint now? I can't afford to lose the job.
""",
    ),
    (
        "d12-31",
        "Chilean Spanish and English, Santiago; comuna, RUT, Chilean phone, SpA, spreadsheet header pasted, dates with Chilean format",
        """
Hola. Analista de datos en [[ORG:Cordillera Salud SpA]], we run primary care clinics in [[LOCATION:Puente Alto]] and [[LOCATION:La Pintana]], corporate office in [[LOCATION:Providencia, Santiago]].

Last week the gerente, [[PERSON:Cristóbal Undurraga]], asked for this export for a pharmaceutical partner, [[ORG:Andesfarma]]:

rut,edad,comuna,diagnostico_cie10,farmaco,fecha_receta
[[ID:15.872.334-6]],54,[[LOCATION:La Pintana]],E11.9,metformina,[[DATE:03-05-2025]]

The partner says it's for "estudios de adherencia". In reality they want to target doctors who don't prescribe their brand. Patients never agreed. Ley 19.628 is old but the new data protection law is coming.

My compañera [[PERSON:Javiera Soto]] thinks we should just remove the RUT. But with comuna, age and exact date, many rows are unique, cachai? I explained this to [[PERSON:Cristóbal]] by phone ([[PHONE:+56 2 2555 0143]]) on el lunes [[DATE:12 de mayo]]. He said I'm being "muy académica". How do I push back without sounding like that?
""",
    ),
    (
        "d12-32",
        "Taglish, Quezon City BPO; Eastwood and Cubao, PhilHealth number, Philippine mobile format, Inc., Ate and Kuya outside spans, Filipino date",
        """
Hi po. Workforce analyst ako sa [[ORG:Bayanihan Contact Center Inc.]], site namin sa [[LOCATION:Eastwood City, Libis, Quezon City]]. Our client is an American telco, [[ORG:Skyline Wireless]].

Starting [[DATE:Hunyo 2025]], the client wants a "voice stress index" per agent from the call recordings, para daw ma-predict kung sino mag-reresign. Agents weren't told. Ate [[PERSON:Marites]], our ops manager, said it's in the contract so okay lang.

The problem is HR wants to join it with [[ORG:PhilHealth]] records to see who filed for mental health consults. I saw one sample row with [[ORG:PhilHealth]] no. [[ID:12-050123456-7]] and the consult date. Kuya [[PERSON:Jun-jun]] from IT asked me, "legal ba 'to?" Hindi ko alam talaga. Data Privacy Act naman, diba?

I emailed [[PERSON:Marites Villanueva]] on [[DATE:June 18]], no reply. The client's PM, [[PERSON:Bradley Kemp]], texted me from [[PHONE:+1 (470) 555-0129]] asking for the first cut before [[DATE:July 4]] "because of the holiday". Ano gagawin ko? Report to the [[ORG:NPC]] ba or wait?
""",
    ),
    (
        "d12-33",
        "Ugandan mobile-money analyst, Kampala; Luganda phrases, NIN, Ugandan phone format, Ltd, Kololo and Nakawa, dates in day-month form",
        """
Gyebale ko. I work as a data analyst at [[ORG:Ensimbi Mobile Money Ltd]] in [[LOCATION:Kampala]], our office is on [[LOCATION:Kololo Hill Drive]].

On [[DATE:3rd March 2025]] my supervisor, [[PERSON:Moses Ssemwogerere]], told me a senior official from a government agency wanted the transaction history of about 40 subscribers, "for security reasons". No court order, just a list of NINs on a letterhead. The first one was [[ID:CM85012103XQPL]].

Some of the names on the list are journalists and one is an opposition youth organiser from [[LOCATION:Nakawa]]. The Data Protection and Privacy Act says disclosure needs lawful basis. Our legal officer, [[PERSON:Harriet Namutebi]], is on maternity leave until [[DATE:end of June 2025]].

[[PERSON:Moses]] said, "Tugende, just do it, these people are powerful." I delayed by saying the query would take a week. He called me tonight on [[PHONE:+256 772 555 014]] asking why it's not done. Nkola ki? I have two weeks maximum.
""",
    ),
    (
        "d12-34",
        "Ethiopian NGO, Amharic code-switching; Ethiopian calendar date, Addis Ababa sub-city, Ethiopian phone format, PLC, donor as ORG",
        """
ሰላም. I'm M&E officer at [[ORG:Tesfa Livelihoods Association]], our office is in [[LOCATION:Bole sub-city, Addis Ababa]]. We run a cash-for-work programme in [[LOCATION:Afar]] funded by [[ORG:Nordhavn Development Fund]].

In [[DATE:Tir 2017 E.C.]] ([[DATE:January 2025]]) the donor asked us to collect biometric fingerprints for every participant "to stop duplication", through a vendor, [[ORG:BioTrace Solutions PLC]]. Participants are pastoralists, many with no ID, and some are displaced people who fear the authorities. Nobody explained to them where the prints go.

My director, Ato [[PERSON:Dawit Alemu]], says no fingerprint, no money, we cannot refuse the donor. My colleague Weyzero [[PERSON:Hiwot Tadesse]] thinks we should at least tell people and let them choose. I agree with her.

The vendor's contact, [[PERSON:Yonas Bekele]], can be reached at [[PHONE:+251 911 555 021]] and he told me the data is stored "on a cloud in [[LOCATION:Europe]]". እንዴት ነው? What is the minimum ethical thing I can do here?
""",
    ),
    (
        "d12-35",
        "Hungarian, family-name-first order, Budapest; Hungarian address format with postcode first, Kft., Hungarian dates, NAIH as ORG",
        """
Sziasztok. I'm a BI developer at [[ORG:Dunakavics Retail Kft.]] in [[LOCATION:1138 Budapest, Váci út 141]]. Our CEO is [[PERSON:Kovács Péter]], but the person giving orders is really the CFO, [[PERSON:Szabó Eszter]].

On [[DATE:2025. május 6]]. [[PERSON:Szabó]] asked me to build a report of which cashiers took sick leave on Mondays and Fridays, named, by store, for the regional managers. Sick leave data comes from payroll and contains the doctor's code.

I told her the payroll data is there for paying people, not for hunting them. She said "ez nem adatvédelmi kérdés, ez fegyelmi kérdés". My direct manager, [[PERSON:Tóth Gergely]], just shrugged.

There is a store in [[LOCATION:Debrecen]] where half the staff are on the list and the manager there is known to be aggressive. I'm afraid the report will be used to fire people before the summer. Should I go to the [[ORG:NAIH]]? Or first the works council? We don't even really have one.
""",
    ),
    (
        "d12-36",
        "Chinese-English, Shenzhen subsidiary; 有限公司 name, Nanshan district address in Chinese, Chinese dates, 经理 honorific outside span, WeChat as a tool",
        """
大家好. I'm a data analyst at [[ORG:深圳星河智联科技有限公司]] ([[ORG:Xinghe Zhilian]]), a subsidiary of a [[LOCATION:Hong Kong]] listed group. Office: [[LOCATION:深圳市南山区科技园南区高新南七道 18 号]].

从[[DATE:2025年4月]]开始, our smart-campus product collects face images at factory gates for attendance. A new customer, a dormitory operator in [[LOCATION:Longhua]], asked us to also flag workers who "gather in groups of more than five" after 10pm. [[PERSON:王经纬]]经理 said it's just a feature request.

I told him this could be used to stop workers from organising. He replied on WeChat: "技术是中立的". My colleague [[PERSON:Chen Yiting]] said the PIPL requires separate consent for face data and this is clearly outside the original purpose.

The demo is scheduled for [[DATE:6月18日]]. I prepared a one-page note with the risks. [[PERSON:Chen]] says don't send it in writing, just say it in the meeting. But if I only say it, nobody remembers. 怎么办?
""",
    ),
    (
        "d12-37",
        "nothing identifying: CV-style profile blurb and a question, with job titles, degrees, certifications and tools, no names or places",
        """
Profile (the one I use on job sites, identifying details removed):

Senior Data Analyst | 8 years in retail and public sector | MSc Applied Statistics | Certified Information Privacy Professional (CIPP/E) | SQL, Python, Power BI, dbt | Interested in responsible AI and open data

Why I'm posting: I was offered a role as Lead Analyst at a company that sells "tenant screening scores" to landlords. The salary is 30% more than I earn now. In the interview, the Head of Product said the score uses eviction filings, including ones that were dismissed, and social media activity. They are "exploring" adding voice analysis from phone interviews.

I asked about fairness testing and the answer was "our model is compliant with all applicable laws". The Chief Technology Officer said I'd have "full freedom to improve it from the inside".

Part of me thinks I could make it less harmful. Part of me thinks that's what everyone says before they become the person defending it. Has anyone here taken a job like this and actually changed something?
""",
    ),
    (
        "d12-38",
        "Greek-English, Athens and Thessaloniki; Greek date in Greek script, AMKA number, Greek phone format, A.E., Hellenic DPA as ORG",
        """
Καλησπέρα. I'm a data scientist at [[ORG:Ermis Health Analytics A.E.]] in [[LOCATION:Marousi]], north [[LOCATION:Athens]]. We analyse e-prescription data for pharma clients.

On [[DATE:15 Μαΐου 2025]] my manager, κ. [[PERSON:Stavros Papadakis]], asked me to produce a file of doctors in [[LOCATION:Thessaloniki]] with their prescribing volumes per brand, plus the AMKA of their top patients "for follow-up". Example row: AMKA [[ID:01018512345]], 62 prescriptions of one antidepressant.

The client is [[ORG:Pharmathena]]. Their sales rep, [[PERSON:Eleni Karagianni]], called me directly ([[PHONE:210 555 0137]]) to ask if the patient column would be ready by [[DATE:end of May]].

I said no. [[PERSON:Stavros]] said the data is "already pseudonymised by the ministry". It is not; AMKA is the national social security number. My colleague [[PERSON:Nikos]] says the [[ORG:Hellenic Data Protection Authority]] takes years anyway. Is it worth filing? Or do I just refuse and wait for the consequences?
""",
    ),
    (
        "d12-39",
        "Italian-English, Milan; codice fiscale, Italian address format with CAP, dott.ssa outside the span, S.r.l., Garante as ORG, Italian dates",
        """
Ciao a tutti. I'm a data analyst at [[ORG:Lombarda Welfare Servizi S.r.l.]], we manage corporate welfare platforms, office in [[LOCATION:Via Tortona 37, 20144 Milano]].

On [[DATE:10 giugno 2025]] the dott.ssa [[PERSON:Federica Colombo]], our head of sales, asked me to send a client company "usage insights" per employee: who used the psychologist vouchers, who requested the fertility clinic reimbursement. The client is [[ORG:Valseriana Meccanica]], HR contact [[PERSON:Giorgio Valsecchi]].

The first row of the draft file has codice fiscale [[ID:RSSMRA85T10A562S]], psychologist 6 sessions. These are employees who trusted the platform precisely because it is outside HR.

I said this violates the GDPR and the Statuto dei lavoratori. [[PERSON:Federica]] said the contract with the client allows "reportistica". My team lead [[PERSON:Luca]] says I'm right but he won't put it in writing.

Do I write to the [[ORG:Garante per la protezione dei dati personali]]? Or talk to the client's works council directly? Sono un po' persa.
""",
    ),
    (
        "d12-40",
        "Russian-English, Kazakhstan; Almaty district, ИИН, Kazakh phone format, ТОО company, Russian dates in Cyrillic",
        """
Привет. I'm a data engineer at [[ORG:ТОО Dala Credit]], a microfinance company in [[LOCATION:Almaty]], office in [[LOCATION:Medeu]] district.

С [[DATE:1 апреля 2025]] we have a collections "partner", [[ORG:Qorgan Recovery]], who receives a daily dump of overdue borrowers. Last week I saw that the dump now includes the borrowers' employers' phone numbers and the ИИН of their relatives, for example [[ID:870512300456]]. The collectors call relatives' workplaces.

I told my lead, [[PERSON:Ерлан Сейткали]], that this is too much. He said "все так делают" and that the director, [[PERSON:Aigerim Nurlanovna]], approved. I also found the collectors' script, which includes threatening to "tell the neighbours in [[LOCATION:Shanyrak]]".

One borrower called our hotline from [[PHONE:+7 701 555 0182]] crying. I listened to the recording by accident, it was routed to the data team.

[[LOCATION:Kazakhstan]] has a personal data law but enforcement is weak. Should I stop the daily job quietly? That would be sabotage I guess. Или просто уволиться?
""",
    ),
    (
        "d12-41",
        "US hospital system, formal escalation memo; MRNs, Cleveland address with ZIP, US phone format, compliance hotline case, HIPAA and Epic as distractors",
        """
MEMORANDUM (draft, personal copy)

TO: Office of Compliance, [[ORG:Lakeshore Regional Health System]]
FROM: [[PERSON:Denise Okafor]], Clinical Data Analyst II
DATE: [[DATE:June 23, 2025]]
RE: Use of patient data for donor prospecting (hotline case [[ID:LRH-25-06611]])

1. Since [[DATE:April 2025]], the [[ORG:Lakeshore Foundation]] has received weekly lists of discharged patients with a "wealth score" from a vendor, [[ORG:Philanthra Insights]].
2. The lists include MRNs (e.g. MRN [[ID:00471823]]) and attending physician, which can reveal diagnosis.
3. HIPAA allows limited fundraising use of demographic data, but department of service and outcome require an opt-out notice. Patients in the oncology unit at [[LOCATION:9500 Euclid Ave, Cleveland, OH 44195]] were not given one.

I raised this with my director, [[PERSON:Brian Kowalczyk]], on [[DATE:May 30]]. He said the foundation is "a separate entity". Contact me at [[PHONE:(216) 555-0148]]. The hotline form is at [[URL:https://intranet.lakeshore-health.example/compliance/speak-up]].

I've read this memo ten times. Does it read like a good-faith report, or like I'm accusing people?
""",
    ),
    (
        "d12-42",
        "Romanian-English, Cluj-Napoca; CNP, Romanian address with judeţ, S.R.L., Romanian dates, ANSPDCP as ORG",
        """
Bună. I'm a machine learning engineer at [[ORG:Someș Vision S.R.L.]] in [[LOCATION:Cluj-Napoca]], office on [[LOCATION:Str. Memorandumului 28, jud. Cluj]].

We build license-plate and face recognition for shopping malls. Since [[DATE:martie 2025]], our biggest client, [[ORG:Transilvania Retail Parks]], wants a "persons of interest" list: people who were once caught shoplifting get flagged at every entrance. Some were never convicted, just stopped by security.

My boss, [[PERSON:Radu Mureșan]], said on [[DATE:14 aprilie 2025]] that the client provides the list and we are "only the processor". The first entry includes a CNP, [[ID:1850723125789]], and a photo from a security camera.

I told him that as processor we still have obligations, and that a watchlist of unconvicted people is a big problem under the GDPR. My colleague [[PERSON:Ioana]] agrees but says the company will close without this client. Should I contact the [[ORG:ANSPDCP]]? Or resign quietly and let someone else do it?
""",
    ),
    (
        "d12-43",
        "Irish health service analyst, Cork; Eircode, PPSN, Irish phone format, names with fadas, HSE as ORG, Irish phrases, dates in Irish style",
        """
Dia dhaoibh. I'm a health intelligence analyst with the [[ORG:HSE]] in [[LOCATION:Cork]], based at [[LOCATION:St Finbarr's Hospital, Douglas Road, Cork T12 XH60]].

In [[DATE:February 2025]] a private consultancy, [[ORG:Carraig Insights Ltd]], was brought in to "optimise" home-support hours for older people. On the [[DATE:14th of March]] their lead, [[PERSON:Declan Ó Súilleabháin]], asked for a full extract with PPSNs, dementia diagnoses and the names of family carers. The sample he sent back to check the format had a PPSN in it: [[ID:1234567TA]].

My line manager, [[PERSON:Siobhán Ní Bhriain]], said the consultancy has a data processing agreement. I asked to see it. Three weeks later, still nothing. Meanwhile [[PERSON:Declan]] rings me on [[PHONE:087 555 0193]] every few days.

The [[ORG:Data Protection Commission]] is based in [[LOCATION:Dublin]] and I know people say it's slow. Our own DPO office seems fine with it. Is it unreasonable to refuse to send the extract until I see the DPA? I don't want to be the reason carers lose hours.
""",
    ),
    (
        "d12-44",
        "Finnish-English, Espoo; Oy company, henkilötunnus, Finnish address with postcode, Finnish dates, Kela as ORG",
        """
Moi. I'm a data scientist at [[ORG:Revontuli Analytics Oy]], office at [[LOCATION:Keilaranta 12, 02150 Espoo]]. We do analytics for municipalities.

In [[DATE:toukokuu 2025]] a wellbeing services county in [[LOCATION:Uusimaa]] asked us to predict which families will need child welfare services, using data from maternity clinics, school nurses and [[ORG:Kela]] benefits. The request came from their development manager, [[PERSON:Tuomas Heikkinen]], on [[DATE:12.5.2025]].

The test extract includes henkilötunnus, e.g. [[ID:131052-308T]], and free-text nurse notes. My manager [[PERSON:Liisa Mäkelä]] says it's legal under the secondary use act if the permit authority approves, and we "will apply later".

Applying later is not how it works. [[ORG:Findata]] permits come before the data, not after. I wrote this in an email to [[PERSON:Liisa]] and to our CEO, [[PERSON:Jari Lindqvist]]. [[PERSON:Jari]] replied with one line: "Let's discuss in sauna on Friday." Seriously. Is there someone I should contact before Friday?
""",
    ),
    (
        "d12-45",
        "Sri Lankan analyst, Colombo; Tamil and Sinhala phrases, NIC number, Sri Lankan phone, PLC, neighbourhoods Wellawatte and Kollupitiya",
        """
Vanakkam. I'm a data analyst at [[ORG:Ceylon Microcredit PLC]], head office in [[LOCATION:Kollupitiya, Colombo 03]]. I grew up in [[LOCATION:Jaffna]] and now live in [[LOCATION:Wellawatte]].

From [[DATE:January 2025]] we started a "community risk" flag for loan applications. I found that it mainly uses NIC issue district and surname, and almost every Tamil surname from the north gets a higher flag. One applicant, NIC [[ID:198512345678]], was rejected with a good repayment history.

I raised it with the Head of Credit, [[PERSON:Ruwan Jayasinghe]], on [[DATE:24th February]]. He said, "machang, the model is just learning from history". My colleague [[PERSON:Dilani]] said the history is the war, aiyo.

The [[ORG:Central Bank of Sri Lanka]] has fair lending guidelines, and there is the new PDPA. I have the feature importance charts. Our compliance officer, Ms. [[PERSON:Fathima Rizvi]], gave me her mobile [[PHONE:077 555 0148]] and said to call after office hours. Should I? I'm worried it goes back to [[PERSON:Ruwan]].
""",
    ),
    (
        "d12-46",
        "nothing identifying: spreadsheet rows pasted with anonymised columns, metric names and codes that look like IDs but are not",
        """
This is the table I was asked to "clean up" before the quarterly review:

segment | model_version | approval_rate | default_rate_90d | complaints
A1 | v2.4.0 | 0.62 | 0.031 | 14
A2 | v2.4.0 | 0.58 | 0.029 | 11
B1 | v2.4.0 | 0.21 | 0.034 | 97
B2 | v2.4.0 | 0.19 | 0.036 | 102

Segments B1 and B2 are customers whose first language is not English, inferred from their chat transcripts. The default rates are almost the same as A1 and A2, but approval is a third. The complaints column is what gave it away.

My manager asked me to remove the complaints column and rename the segments to "tier 3" and "tier 4". He said the audience is executives and "they only want the approval number". I did the first part because he was standing behind me. I'm ashamed of that.

The slides go out on Monday. I still have the original file. Do I send the original to the risk committee myself, or ask to present it?
""",
    ),
    (
        "d12-47",
        "Bangladeshi analyst, Dhaka; Bangla phrases, NID number, Bangladeshi phone, Ltd, Gulshan and Mirpur, bKash as a distractor, apa and bhai outside spans",
        """
Assalamu alaikum. I'm a data analyst at [[ORG:Shapla Garments Ltd]], the head office is in [[LOCATION:Gulshan-2, Dhaka]] and the factories are in [[LOCATION:Gazipur]] and [[LOCATION:Mirpur]].

Since [[DATE:Boishakh 1432]] ([[DATE:April 2025]]) management wants a dashboard that combines worker attendance with bKash payment records and the list of workers who attended meetings of the [[ORG:Sramik Sangram Federation]]. The brief says "identify disruption risk".

My manager, [[PERSON:Tanvir]] bhai, told me that a buyer audit from [[ORG:Nordkap Fashion]] is coming and the list should be "ready for HR before the audit". Worker NID numbers are in the file, e.g. [[ID:1992269451234]].

[[PERSON:Nasrin]] apa from compliance said quietly that this could be used to fire union members, which is illegal under the labour law. Ki korbo? If I refuse, they hire another analyst tomorrow. If I report to the buyer's ethics line at [[EMAIL:ethics@nordkap-fashion.example]], maybe the buyer leaves and 3,000 people lose work. I don't see a good option.
""",
    ),
    (
        "d12-48",
        "Canadian First Nation health data, Manitoba; band council and tribal council as ORG, rivers and reserve as LOCATION, OCAP principles as a distractor, Canadian phone",
        """
I'm a Métis epidemiologist working for the [[ORG:Manitoba Centre for Health Evidence]] in [[LOCATION:Winnipeg]]. Our team analyses hospital data under agreements with First Nations.

In [[DATE:spring 2025]] a pharmaceutical company, [[ORG:Boreal Therapeutics Inc.]], offered to fund a diabetes study if we gave them community-level results for [[LOCATION:Fisher River Cree Nation]] and communities along the [[LOCATION:Nelson River]]. The data sharing agreement with the [[ORG:Keewatin Tribal Council]] says results go back to the communities first and commercial use needs their approval (OCAP).

My director, Dr [[PERSON:Graham Leclair]], told us on [[DATE:May 8]] that the company's money "benefits the communities too". He wants the community tables exported by the end of the month.

I called [[PERSON:Marlene Bighetty]], the health director at the tribal council, at [[PHONE:204-555-0171]]. She had not heard of the deal. Now [[PERSON:Leclair]] is angry that I called her. Was that the right thing to do, and what next?
""",
    ),
    (
        "d12-49",
        "two forwards in one thread, UK university and a lower-case ed-tech brand; headers with job titles, a URL, a channel handle, staff number, River Wear as LOCATION",
        """
Begin forwarded message:

> From: [[PERSON:Callum Reid]] <[[EMAIL:c.reid@wearside-univ.example]]>
> Date: [[DATE:30 June 2025]] 16:02
> Subject: Fwd: [[ORG:learnloop]] pilot – engagement flags
>
> > From: [[PERSON:Jess]] at [[ORG:learnloop]] <[[EMAIL:jess@learnloop.example]]>
> > Pilot results are up at [[URL:https://learnloop.example/pilots/wearside-2025]]. We flagged 312 students as "disengaged" based on library swipes, wifi logins around the [[LOCATION:Riverside Campus]] and VLE clicks.
>
> Can Student Data do a quick join with the wellbeing referrals list so the tutors know who to contact? - [[PERSON:C]]

I'm in Student Data (staff no. [[ID:004417]]). Wellbeing referrals include self-harm disclosures. Students consented to the counselling service, not to tutors or a vendor seeing it. [[PERSON:Callum]] is Pro-Vice-Chancellor for Education, so "quick join" is not really a request.

I posted a neutral question in [[HANDLE:#data-protection-help]]; the DPO replied asking me to email. There's also a rumour the vendor will use the pilot data to train their product. The university's name is already on [[ORG:learnloop]]'s website. I walk along the [[LOCATION:River Wear]] every evening trying to decide. What would you do?
""",
    ),
    (
        "d12-50",
        "Israeli analyst, Tel Aviv; Hebrew phrases, teudat zehut number, Israeli phone, Ltd, Herzliya Pituah, an X handle, Hebrew-calendar date",
        """
Shalom. I'm a data scientist at [[ORG:Tzofim Intelligence Ltd]] in [[LOCATION:Herzliya Pituah]]. We sell "open-source intelligence" dashboards to corporate clients.

After [[DATE:Pesach 5785]] we got a new client, an HR firm, that wants us to score job applicants by their social media activity, including protest attendance and political posts. The spec came from our VP Sales, [[PERSON:Eyal Ben-Ami]], on [[DATE:24.4.2025]]. They gave a test list with teudat zehut numbers, the first one is [[ID:039337423]], matched to accounts like [[HANDLE:@noa_r_tlv]].

I said this is blacklisting people for politics. [[PERSON:Eyal]] said, "we just collect what's public, ma ha'be'aya?" My team lead [[PERSON:Yael Friedman]] agreed with me privately but said we need the client.

Our lawyer, Adv. [[PERSON:Ronit]], can be reached at [[PHONE:03-555-0146]], but she's outside counsel and works for the company. The [[ORG:Privacy Protection Authority]] is slow. Is there any channel that won't lead straight back to me? Or do I refuse and see what happens?
""",
    ),
    (
        "d12-51",
        "Ghanaian analyst, Accra; Twi phrases, Ghana Card number, Ghanaian phone format, Osu and East Legon, Ltd, a health insurer as ORG, Auntie outside the span",
        """
Ɛte sɛn. I'm a data analyst at [[ORG:Akwaaba Health Insurance Ltd]] in [[LOCATION:Osu, Accra]].

From [[DATE:1st April 2025]] the company began buying "lifestyle data" from a telco partner, [[ORG:Volta Mobile]]. The partner sends data bundle purchases, late-night calls and location pings. Management wants premiums to go up for people whose phones spend nights in [[LOCATION:Nima]] or near certain bars. People living in [[LOCATION:East Legon]] get a discount.

Auntie [[PERSON:Efua]], our head of underwriting, said it's "modern actuarial science". The file has national ID card numbers like [[ID:GHA-712345678-9]] joined with phone numbers.

I went to our compliance manager, [[PERSON:Kwabena Asante]], on [[DATE:9/4/2025]]. He said the [[ORG:Data Protection Commission]] registered us so we are fine. That's not how registration works.

A friend at [[ORG:NCA]] said I could report to him at [[EMAIL:k.owusu@nca-gh.example]], but he's a regulator of telcos, not of insurance. Me ntumi nnante saa. Who do I even go to?
""",
    ),
    (
        "d12-52",
        "Pakistani analyst, Lahore; Urdu phrases, CNIC, Pakistani phone, Pvt Ltd, Gulberg and DHA Phase 5, sahib outside span, Islamic date",
        """
Assalam o alaikum. I'm a data scientist at [[ORG:Ravi Digital Lending (Pvt) Ltd]], office in [[LOCATION:Gulberg III, Lahore]].

In [[DATE:Shawwal 1446]] our CEO, [[PERSON:Faisal Qadri]] sahib, came back from a conference in [[LOCATION:Dubai]] and asked us to add "social graph features" to the loan model: how many of your contacts defaulted, how many are women, how many are in [[LOCATION:DHA Phase 5]] versus [[LOCATION:Shahdara]]. The contacts come from the app's permission.

I explained to my manager [[PERSON:Hina Baig]] on [[DATE:15 May 2025]] that this makes people responsible for their contacts. She said, "yaar, [[ORG:SBP]] approved the app, so what's the issue". The [[ORG:SBP]] approved the product, not every feature.

A customer (CNIC [[ID:35202-1234567-1]]) called the helpline crying that our agents had called her brother-in-law. I have the call note. [[PERSON:Hina]] also said if I'm uncomfortable I can move to the reporting team, which is a demotion. Kya karun? My number if someone from [[ORG:PTA]] or [[ORG:SECP]] reads this: [[PHONE:0300 5550147]].
""",
    ),
    (
        "d12-53",
        "nothing identifying: template letter to a regulator with placeholders, law names and article numbers, no names or places",
        """
I drafted this template so people in my situation can use it. Feedback welcome.

Dear [regulator],

I am writing to report a concern about the processing of personal data by my employer, [company name], where I work as [job title].

1. What is processed: [categories of data, e.g. health data, location data].
2. Why I believe it is unlawful: [e.g. no lawful basis under Article 6, special category data without a condition under Article 9, no DPIA].
3. When I raised it internally: [date, with whom, their response].
4. Evidence I hold: [describe, without attaching personal data of others].
5. Protection requested: I ask that my identity not be disclosed to my employer.

Yours faithfully,
[name]

Notes from me: don't attach raw data, describe it. Keep a copy of everything with dates. Talk to a union or a whistleblowing charity before sending. I wish someone had told me that three years ago. Is anything missing?
""",
    ),
    (
        "d12-54",
        "Egyptian analyst, Alexandria and Cairo; Egyptian Arabic phrases, national ID, Egyptian phone, S.A.E., Smart Village and Smouha, Eng. outside span",
        """
Ezayyokom. I'm a data analyst at [[ORG:Nile Pay S.A.E.]], HQ in [[LOCATION:Smart Village, Giza]], but I work from our [[LOCATION:Alexandria]] branch in [[LOCATION:Smouha]].

On [[DATE:2 June 2025]] Eng. [[PERSON:Tarek Abdelrahman]], head of analytics, asked me to build a "reputation score" for merchants using the phone numbers of their customers and whether those numbers appear in a list from a government agency. He didn't say which list. When I asked, he said "ma tes'alsh kteer".

The list has national IDs like [[ID:29001010123456]] and a column called "category" with values I don't want to guess about. [[LOCATION:Egypt]]'s data protection law (Law 151) exists but the executive regulations only came recently.

My colleague [[PERSON:Mariam]] said just do it quietly, everyone knows how it is here. My father says the same. Eng. [[PERSON:Tarek]] called me tonight from [[PHONE:+20 100 555 0163]] to say the deadline is Thursday [[DATE:12 June]]. Am I naive to say no?
""",
    ),
    (
        "d12-55",
        "Norwegian-English, Bergen; AS company, fødselsnummer, Norwegian address and phone, Norwegian dates, Datatilsynet as ORG",
        """
Hei. I'm a data engineer at [[ORG:Fjordlys Strøm AS]], an electricity company in [[LOCATION:Bergen]], office in [[LOCATION:Solheimsgaten 15, 5058 Bergen]].

Since [[DATE:mars 2025]] we collect hourly smart meter data. Marketing wants to infer "household situations" from consumption: when someone lives alone, when a baby arrives, when someone is away for long periods. They plan to sell these segments to [[ORG:Vestland Forsikring]], an insurance company.

Our CMO, [[PERSON:Håkon Lie]], presented it on [[DATE:3. april 2025]] as "personlig energirådgivning". The test data has fødselsnummer, e.g. [[ID:150385 49872]], plus meter readings.

I asked our personvernombud [[PERSON:Ingrid Sæther]] ([[PHONE:+47 55 55 01 34]]). She agrees this needs consent, but says [[PERSON:Håkon]] outranks her. In [[LOCATION:Norway]] [[ORG:Datatilsynet]] does take these cases. I don't want to lie to customers about what their meter says about them. Should I report it, knowing it will be obvious it came from the data team?
""",
    ),
    (
        "d12-56",
        "nothing identifying: internal incident report already redacted by the writer, placeholders in brackets, ticket-like words that are not IDs",
        """
INCIDENT SUMMARY (I've redacted it myself before posting)

Reporter: [redacted], analytics engineer
Severity: high (per our own matrix)
Status: closed – "no action required"

Summary:
A dashboard built for store managers showed individual staff members' till errors alongside their sick days and whether they had requested flexible working. The dashboard was shared with all regional managers, not only the direct managers.

Root cause:
The request template says "staff performance view". Nobody asked which fields were necessary. I built it. I should have asked.

What I recommended:
- Remove sick days and flexible working requests.
- Limit access to the direct manager.
- Tell staff what had been visible and for how long.

What happened:
The first two were done. The third was refused because "it would cause unnecessary worry".

Question: staff have a right to know, I think. Is it on me to tell them, given I built it? Or would that be a bigger breach of trust with my employer than the original mistake?
""",
    ),
    (
        "d12-57",
        "Colombian Spanish and English, Medellín; barrio and comuna, cédula, Colombian phone, S.A.S., Colombian dates, SIC as ORG",
        """
Hola parceros. I'm a data analyst at [[ORG:Montaña Verde Seguros S.A.S.]] in [[LOCATION:Medellín]], office in [[LOCATION:El Poblado]], [[LOCATION:Carrera 43A #1-50]].

Since el [[DATE:1 de abril de 2025]] our motorcycle insurance quotes use a "zona de riesgo" variable. I checked: riders from [[LOCATION:Comuna 13]] and [[LOCATION:Manrique]] pay up to 40% more, even with clean records. My jefe, [[PERSON:Andrés Felipe Restrepo]], says it's "pura estadística".

Worse: marketing bought a list from a data broker, [[ORG:DatoSur]], with cédulas and WhatsApp numbers of delivery riders, for example cédula [[ID:1.017.234.567]]. Nobody gave consent to us.

I told our oficial de cumplimiento, [[PERSON:Luisa Fernanda Gil]], on [[DATE:15/05/2025]]. She said Ley 1581 allows it if the broker has authorisation. The broker's rep, [[PERSON:Santiago]], told me on [[PHONE:+57 604 555 0192]] that "todo está en regla".

Should I go to the [[ORG:SIC]]? I'm two years in and I like my team, pero esto no me deja dormir.
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
    "S.A.E.",
    "S.A.S.",
)
# A person's initial may also end a span in a full stop ("S.", "T.R.").
INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")
# Leading characters allowed by kind: a handle keeps its sigil, a phone number its + or (.
LEADING_OK = {"HANDLE": "@#", "PHONE": "+("}
# Particles inside personal names are not checked as name tokens on their own.
PARTICLES = {"van", "der", "den", "de", "la", "del", "al", "el", "bin", "ni"}
# Deliberate exceptions to the case-insensitive person-token check: the surname "Lie"
# (d12-55) is also an English word ("I don't want to lie to"), so only its capitalised form
# is checked. Initials written in capitals (KL, RQ, FG, CM in d12-02) are also checked with
# case, by the length rule below.
CASE_SENSITIVE_TOKENS = {"Lie"}
# Deliberate exceptions to the missed-mention check: (story id, text) -> why the unlabelled
# occurrences of that text in that story are correct. None are needed in this set: the
# name Santiago (a person in d12-57, the city in d12-31) is labelled wherever it appears.
ALLOWED_UNLABELLED = {}
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
    out = Path(__file__).resolve().parent / "redaction_messy_dev12.json"
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
