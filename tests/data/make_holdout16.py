"""Sixteenth holdout for the storyshare redaction engine, written blind.

The stories below were written without looking at the engine, its tests or any other
corpus. Each is a first-person workplace ethics story by a data practitioner, with every
identifying detail marked inline as [[KIND:text]]. Running this script removes the
markup, computes exact offsets, checks the labels and writes redaction_holdout16.json
next to itself. It exits non-zero if any check fails.

Every person, company, address, phone number, e-mail address, handle, URL and ID number
is fictional (555 numbers, 07700 900xxx, documentation IP ranges, .example domains); a few
well-known real organisations and places appear as a submitter would mention them.

Regenerate: python3 tests/data/make_holdout16.py
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
        "h16-01",
        "WhatsApp Android export, Norwegian code-switching, aquaculture; dates in chat headers, place of a fish farm site, regulator",
        """[[DATE:12.03.2025]], 21:14 - [[PERSON:Sigrid Nyhus]]: har du sett dashboardet? mortality for pen 7 is missing again
[[DATE:12.03.2025]], 21:15 - Me: not missing. [[PERSON:Halvor]] told me to filter it out before the [[ORG:Mattilsynet]] report
[[DATE:12.03.2025]], 21:15 - [[PERSON:Sigrid Nyhus]]: faen. thats the pen with the lice outbreak
[[DATE:12.03.2025]], 21:17 - Me: he said "det er bare en uteligger", just an outlier. its 31% of the week's deaths
[[DATE:12.03.2025]], 21:20 - [[PERSON:Sigrid Nyhus]]: ask [[PERSON:Bjørnar]] at the [[LOCATION:Frøya]] site, he counts the dead fish by hand

So that is where I am. I'm the only data analyst at [[ORG:Havbruk Nordvest AS]], a mid-sized salmon farmer. The welfare numbers go to the regulator every month and feed the public lice map. [[PERSON:Halvor]] is the production manager and he is not a bad guy, he is scared of a forced harvest that would cost maybe 40 million kroner. But if I drop pen 7 the sea lice figure looks fine and the wild salmon in the fjord pay for it. I kept the unfiltered version on my laptop. Tomorrow is Thursday and the report is due Friday. Do I send both?""",
    ),
    (
        "h16-02",
        "rushed lower-case phone text, typos, lower-case person and company names, UK phone number, licence plate, postcode",
        """ok so quick one bc im on the bus. i do the routing data for [[ORG:swiftbox]] (parcel lockers, [[LOCATION:nw england]]). manager [[PERSON:gaz]] wants me to pull driver gps pings for one lad, [[PERSON:kieran]], bc he thinks [[PERSON:kieran]] is "skiving" on the [[LOCATION:wigan]] loop. fine whatever thats sort of the job. BUT he also wants the pings from kierans own car after shift, van reg [[ID:PN19 KXD]] is the work one, but the other plate he gave me [[ID:MA71 ZTU]] is [[PERSON:kieran]]s actual car bc the telematics box got moved over during a repair in [[DATE:feb]] and nobody took it out. so we have 3 months of a bloke driving to his mums in [[LOCATION:WN5 9QA]] and to some clinic. [[PERSON:gaz]] rang me twice from [[PHONE:07700 900417]] saying just export it to excel. i havent. i told our hr person and she said "not my area". is there someone outside the company i can ring or do i just lose the job over this lol""",
    ),
    (
        "h16-03",
        "forwarded e-mail with headers and signature, German, address with PLZ, e-mail, phone, ID of a works council case",
        """---------- Forwarded message ---------
Von: Dr. [[PERSON:Katrin Oberhauser]] <[[EMAIL:k.oberhauser@ruhrlogik.example]]>
Datum: Mo., [[DATE:3. Feb. 2025]] um 09:12
Betreff: Betriebsrat Vorgang [[ID:BR-2025-0117]]
An: data-team

Liebe Kolleg:innen, bitte das Schichtmodell nicht mehr mit den Krankheitstagen verknüpfen, bis der Betriebsrat zugestimmt hat.
--
[[PERSON:Katrin Oberhauser]] | Head of Workforce Analytics
[[ORG:RuhrLogik GmbH]] | [[LOCATION:Am Westhafen 27, 44147 Dortmund]]
Tel. [[PHONE:+49 231 5550 1842]]

That is the mail. Two days later my team lead, [[PERSON:Jens]], asked me in a one-to-one to keep the sick-day feature in "just for validation". I'm a data scientist and I built the shift-risk model, so I know what validation means here: the model still sees who was ill, and the ranking still goes to the planners. The only thing that changes is that the works council won't see it in the documentation. I asked whether [[PERSON:Oberhauser]] knew. [[PERSON:Jens]] said she is "too legal about everything". The feature adds maybe two points of AUC. I don't want to be the one who blows this up, but I also don't want my name on the commit.""",
    ),
    (
        "h16-40",
        "Greek code-switching, Thessaloniki address with postcode, Greek tax number, Greek date, diminutive name",
        """Καλησπέρα. I'm a data analyst at [[ORG:Thermaikos Energeiaki]], an electricity retailer in [[LOCATION:Θεσσαλονίκη]]. Since [[DATE:Μάρτιο 2024]] we run a model that predicts which households will fall behind on bills. Fine. Now management wants to use the same scores to decide who gets offered the new fixed-price plan, and the low scorers get only the variable one, which is worse in winter.

The low scorers are pensioners and families in the western districts, like [[LOCATION:Μενεμένη]]. One example from the test file: ΑΦΜ [[ID:098765432]], an old man living at [[LOCATION:Λαγκαδά 118, 546 30 Θεσσαλονίκη]], 30 years a customer, never late, scored low because of his neighbourhood.

My manager [[PERSON:Σταύρος Παπαδόπουλος]] says it's "risk-based pricing, everyone does it". My colleague [[PERSON:Ελενίτσα]] ([[PERSON:Eleni]]) agrees with me but says [[ORG:RAE]] will not care. I want to write a memo before the board meeting on [[DATE:18/11/2024]]. Is a memo enough or just a way to cover myself?""",
    ),
    (
        "h16-41",
        "Cebuano/Bisaya and English code-switching, Cebu City address with barangay, Ate and Kuya outside spans, PhilSys number, lower-case names",
        """ate [[PERSON:joy]] said i should post here. so i'm a junior data analyst sa [[ORG:Bugsay Lending Corp.]] in [[LOCATION:Cebu City]], mga online loans. karon ang gusto sa among boss is to scrape the facebook friends of borrowers who are late and message them. "social collection" daw. kuya [[PERSON:rommel]] from IT already built the scraper, i just need to do the matching.

one borrower, PhilSys [[ID:1234-5678-9012-3456]], nagpuyo sa [[LOCATION:Sitio Kalubihan, Brgy. Lahug, Cebu City 6000]], late lang og 5 days and they want to message her 200 friends. the [[ORG:SEC]] already said this is not allowed, i saw it sa balita. our boss Mr. [[PERSON:Dacanay]] said that was for other companies.

ate [[PERSON:joy]] is our HR, she's kind but she can't do anything. i'm thinking of "accidentally" making the matching not work. is sabotage ok if the thing is illegal anyway? or should i just resign na lang""",
    ),
    (
        "h16-42",
        "hand-transcribed Signal group, Amharic code-switching, Addis Ababa, Ethiopian calendar date, Ethiopian phone, kebele address",
        """(copied by hand from a Signal group, names kept the way they show)

[[PERSON:Hana T.]]: ሰላም, did you see the request from the ministry?
[[PERSON:Dawit]]: yes. they want the mobile money transaction list for [[LOCATION:Bahir Dar]] sim cards
[[PERSON:Hana T.]]: all of them?
[[PERSON:Dawit]]: all that sent money to certain numbers. no court order
me: who signs it?
[[PERSON:Dawit]]: Ato [[PERSON:Girma]] says he will

I am a data engineer for [[ORG:Abay Telemoney S.C.]] in [[LOCATION:Addis Ababa]], office at [[LOCATION:Bole Sub-City, Woreda 03, House No. 1147]]. The request letter is dated [[DATE:መስከረም 12 2017]] (Ethiopian calendar, [[DATE:22 September 2024]]). The numbers on the list are probably aid workers and families sending money to people in the conflict area. [[PERSON:Hana]] is my team lead. She says we cannot refuse the government. The letter has a callback number, [[PHONE:+251 911 555 304]]. I want to ask for the court order in writing before I run anything. Is that brave or stupid?""",
    ),
    (
        "h16-43",
        "nothing identifying: incident notes with roles and relative times only, distractors: Airflow, Kafka, S3, percentages, team names",
        """Incident notes, written for myself the same evening.

- around 2am the Airflow DAG that builds the customer 360 table failed, and the on-call engineer reran it with the "skip validation" flag to meet the morning SLA
- the rerun pulled a Kafka topic that still had unhashed emails from the old marketing integration
- by 9am the table had been read by the marketing team, the pricing team and two external agencies through the shared S3 export
- my manager's first reaction: "does anyone outside know?"
- the security lead's first reaction: "how many rows?" (about 40% of active customers)
- by the afternoon the decision was to fix forward and not log it as a privacy incident because the data "never left approved vendors"

I'm the data engineer who owns the DAG. I didn't run the rerun, but I wrote the flag. The agencies are approved for hashed data only. I think this is a reportable incident and the quiet fix is a cover-up, even if nobody meant it as one. I have until tomorrow's standup to decide whether I file it myself.""",
    ),
    (
        "h16-44",
        "Italian code-switching, Bologna address with CAP, Italian licence plates, Italian date, lower-case nickname",
        """Ciao a tutti. Lavoro come data scientist in [[ORG:Emiliana Parcheggi S.r.l.]], a [[LOCATION:Bologna]]. We run parking garages and the plate-recognition cameras at the entrances. Il mio capo, Ing. [[PERSON:Ferretti]], has a "friend" at a private investigation agency who asked for the entry and exit times of two plates, [[ID:GB 482 TZ]] and [[ID:FH 019 KL]], from [[DATE:1 agosto 2024]] onwards. Apparently it's a divorce case.

I said we need a request from the police or a court. [[PERSON:Ferretti]] said "non fare il difficile, [[PERSON:Lollo]]" (everyone calls me that) and that it's just a CSV. Our garage at [[LOCATION:Via del Pratello 61, 40122 Bologna BO]] is next to a clinic, so the times could reveal things nobody should know. My colleague [[PERSON:Chiara Benassi]] told me she'd already exported something similar for him in [[DATE:primavera 2023]]. Should I report both requests to the DPO or just refuse mine?""",
    ),
    (
        "h16-45",
        "US school district, student IDs, ZIP+4 address, 555 phone, e-mail, Mr./Ms. outside spans, ordinary-word distractors",
        """I'm a data analyst for [[ORG:Snake River Unified School District]] in [[LOCATION:Boise, Idaho]]. A vendor, [[ORG:BrightPath EdTech]], offered our district a free "early warning" dashboard if we send them attendance, discipline and free-lunch status for every student. Our assistant superintendent, Ms. [[PERSON:Darlene Voss]], signed the agreement on [[DATE:8/19/2025]].

Reading the contract, the vendor can use "de-identified data" to improve its products, and the sample file includes student IDs like [[ID:SRU-0048213]] and full addresses, e.g. [[LOCATION:4120 W Overland Rd, Boise, ID 83705-2811]]. That's not de-identified.

I emailed Ms. [[PERSON:Voss]] and the vendor rep, Mr. [[PERSON:Tanner Lusk]] ([[EMAIL:tlusk@brightpath.example]]). He called me from [[PHONE:(208) 555-0173]] and told me FERPA "allows school officials" and that I'm "overthinking". The first nightly upload is scheduled for the end of the month. Can I just not set up the job?""",
    ),
    (
        "h16-46",
        "Fiji, Fijian and Fiji Hindi code-switching, Ratu title outside span, Suva address, Fijian phone, TIN, lower-case name",
        """Bula. I'm a statistician with a small research unit in [[LOCATION:Suva]], [[ORG:Pasifika Evidence Lab]]. We ran a household survey on climate relocation for [[ORG:Vatukoula Mining Ltd]] in [[DATE:late 2024]], and the company now wants the raw file with village names and household heads, to "plan compensation".

The consent script said answers were confidential and only summaries would go to the company. Our director [[PERSON:Sanjay Lal]] says "bhaiya, they paid for it, it's their data". Ratu [[PERSON:Semi]], a village elder who helped us get access, already told people the company wouldn't see names.

The company's manager wrote to us on company letterhead, [[LOCATION:Lot 12, Ratu Dovi Road, Laucala Beach, Suva]], TIN [[ID:50-12345-0-7]], and keeps ringing our office line [[PHONE:+679 555 3120]]. My colleague [[PERSON:mere]] thinks we should return the money before we hand over names. I agree. But [[PERSON:Sanjay]] signs the cheques. Vinaka for any advice.""",
    ),
    (
        "h16-47",
        "Czech code-switching, Brno address with PSČ, Czech birth number, Czech date, pan/paní titles outside spans",
        """Dobrý den. Pracuji jako datový analytik ve firmě [[ORG:Moravia Kredit a.s.]] v [[LOCATION:Brně]]. Our collections team asked me for a model that predicts who will pay if we call their employer. Calling employers about debt is, as far as I know, not allowed here without a court, but pan [[PERSON:Dvořák]], the head of collections, says "we just ask if they still work there".

The test list includes people like rodné číslo [[ID:785312/4421]], a woman living at [[LOCATION:Cejl 58, 602 00 Brno]], with 4,300 Kč overdue. The model says calling her employer raises payment probability from 0.31 to 0.74. Of course it does, because people are afraid of losing their job.

Paní [[PERSON:Horáková]] from compliance was on holiday until [[DATE:6. ledna 2025]], and [[PERSON:Dvořák]] wants it live before she returns. [[PERSON:Petr Sýkora]], my manager, said I should document my concern in Confluence and move on. Is documenting enough?""",
    ),
    (
        "h16-48",
        "Argentine Spanish with voseo, Rosario address, DNI and CUIT numbers, lower-case names, nickname, WhatsApp-style quoting",
        """che, necesito opinión. laburo de data engineer en [[ORG:Paraná Agro Seguros]] en [[LOCATION:Rosario]]. el gerente, el [[PERSON:Tano Ruggiero]], quiere cruzar los datos de los productores que reclamaron por sequía con sus publicaciones en redes para ver si "mienten". vos me dirás, es medio normal en seguros. pero el tema es que quiere scrapear también a los hijos y a los peones.

ejemplo que me pasó: productor DNI [[ID:22.413.908]], CUIT [[ID:20-22413908-5]], campo en [[LOCATION:Ruta 33 km 742, Casilda, Santa Fe]]. el hijo subió fotos de una fiesta y según el [[PERSON:Tano]] eso prueba que "no les fue mal".

mi compañera [[PERSON:flor]] me dijo: "si no lo hacés vos, lo hace [[PERSON:nacho]] en dos días". y es verdad, [[PERSON:nacho]] lo hace. igual no quiero. ¿tiene sentido negarse si igual va a pasar?""",
    ),
    (
        "h16-49",
        "Bangla code-switching, Dhaka garment factory, Bengali-calendar date, NID number, apa and bhai outside spans, Bangladeshi phone",
        """আসসালামু আলাইকুম. I'm a junior data analyst at [[ORG:Meghna Knit Composite Ltd.]] in [[LOCATION:Gazipur]], near [[LOCATION:Dhaka]]. Since [[DATE:১ বৈশাখ ১৪৩১]] our factory uses fingerprint attendance linked to a productivity score per worker. The buyer's auditor is coming next month and [[PERSON:Kamal]] bhai, our compliance manager, asked me to change the overtime hours in the export so it shows nobody worked more than 60 hours a week.

The real data shows many workers above 72 hours in peak season. One line, workers like NID [[ID:1995261234567]], sewing operator, 81 hours in one week.

[[PERSON:Nasrin]] apa from HR says everyone does this and the buyer knows. The auditor's contact is [[PERSON:Henrik Aaberg]], who emailed our MD from [[ORG:Nordisk Sourcing]]. Our factory address is [[LOCATION:Plot 27, BSCIC Industrial Estate, Konabari, Gazipur 1751]]. If I change the export, I'm lying to protect the factory. If I don't, maybe the order goes to another country and 3000 people lose jobs. আমি কী করব? My number is on the file too, [[PHONE:+880 1711 555 902]], so they will know it was me either way.""",
    ),
    (
        "h16-50",
        "nothing identifying: formal letter with roles only, dates relative, laws by acronym, amounts, a weekday",
        """To the Data Protection Officer,

I am writing as a member of the analytics team to record a concern before the planned launch of the customer vulnerability model.

The model assigns a vulnerability score to every retail customer using transaction patterns, including payments to gambling operators, debt advice charities and mental health services. Its stated purpose is to "protect vulnerable customers". In the current design, the score is also available to the pricing team, who have asked whether high-scoring customers could be excluded from promotional interest rates.

I believe this use is incompatible with the purpose described in our privacy notice and with the special category provisions of the GDPR. I raised this with my line manager on Thursday and was told that it was a commercial decision outside the analytics team's remit.

I request that the model not be shared with pricing until a DPIA has been completed, and that this letter be attached to the model's documentation.

Yours sincerely,

A data scientist, Customer Analytics""",
    ),
    (
        "h16-51",
        "Swiss German code-switching, Zürich address with postcode, AHV number, Swiss phone, Swiss date, Grüezi distractor",
        """Grüezi mitenand. I work as a data scientist at [[ORG:Helvetia Pflegeplan AG]], a home-care provider in [[LOCATION:Zürich]]. Our nurses use a tablet app that logs every visit. The COO, [[PERSON:Beat Imhof]], wants a model that predicts which clients will "soon need a care home" so sales can contact their families with offers from our partner, [[ORG:Seeblick Residenzen]].

The training data includes diagnoses and nurses' free-text notes. Clients gave consent for care, not for sales. Test example from the sample file: AHV-Nr. [[ID:756.3047.5009.62]], a woman at [[LOCATION:Seefeldstrasse 212, 8008 Zürich]], 91 years old, note says "confused, daughter overwhelmed".

My team lead [[PERSON:Vreni]] said "das isch halt Business" and the project starts on [[DATE:1.3.2025]]. [[PERSON:Imhof]] gave me his direct line, [[PHONE:+41 44 555 27 90]], to discuss "any reservations". I have many. Should I talk to him first, or go straight to the [[ORG:FDPIC]]?""",
    ),
    (
        "h16-52",
        "Jamaican Patois and English, Kingston address, TRN number, lower-case name, Jamaican phone, ticket number",
        """mi nuh know if dis a di right place but mek mi try. mi a data analyst fi [[ORG:Yaad Power Co.]] inna [[LOCATION:Kingston]], and dem want mi build a list a customers fi disconnect first when dem do di "loss reduction" drive. di model put nuff people from [[LOCATION:Trench Town]] and [[LOCATION:Waterhouse]] pon top, because dem meter reading dem "irregular".

problem: one a di top names, TRN [[ID:104-556-289]], a pensioner at [[LOCATION:17 Collie Smith Drive, Kingston 11]], her meter irregular because it broke and di company never come fix it. ticket [[ID:YPC-CS-77120]] deh deh from since [[DATE:March 2024]].

mi supervisor [[PERSON:Donovan Clarke]] seh just send di list. mi friend [[PERSON:shanice]] inna customer service seh nuff a dem have open tickets. [[PERSON:Donovan]] number [[PHONE:876-555-0148]] keep ringing mi. mi waan add di open tickets as a column so people can see. a dat enough?""",
    ),
    (
        "h16-53",
        "Malay and English code-switching, Kuala Lumpur address with postcode, MyKad number, Encik and Puan outside spans, Malaysian phone",
        """Assalamualaikum semua. Saya data analyst kat [[ORG:Teratai Takaful Berhad]], office kat [[LOCATION:Menara Teratai, Jalan Tun Razak, 50400 Kuala Lumpur]]. Bos saya, Encik [[PERSON:Hafiz Rahman]], nak guna data dari smartwatch program ("[[ORG:SihatStep]]") untuk naikkan premium orang yang tak cukup langkah. The participants joined for free vouchers, the T&C says "wellness insights" only.

One case from the file: MyKad [[ID:870312-14-5523]], a lorry driver, low steps because he sits all day for work. Premium would go up 22%. Puan [[PERSON:Siti Aminah]] from legal said PDPA "should be ok" if we update the T&C quietly.

I told Encik [[PERSON:Hafiz]] on [[DATE:28 Ogos 2025]] that this feels like a trap for the people who joined for vouchers. He said "jangan overthink, ini arahan atas". His number is on the project sheet, [[PHONE:+60 3-5555 8120]], he wants an answer by Friday. Macam mana nak tolak dengan sopan?""",
    ),
    (
        "h16-54",
        "Ukrainian code-switching, Lviv address with postcode, Ukrainian tax number, Ukrainian date, diminutive and patronymic",
        """Привіт. I'm a data engineer at [[ORG:Lvivska Kurierska Sluzhba]], a courier company in [[LOCATION:Львів]]. Since [[DATE:24 лютого 2022]] everything here is different, I know. But this is still wrong, I think. Our director [[PERSON:Oleh Petrovych Hnatiuk]] wants me to give a volunteer "verification" group the delivery history of all customers who ordered to addresses near the military hospital, because they might be "collaborators watching".

Example from the export: a pensioner, РНОКПП [[ID:2765413098]], address [[LOCATION:вул. Городоцька 174, кв. 12, Львів, 79022]]. She orders medicine every week. That's why she's near the hospital.

[[PERSON:Oleh Petrovych]] says it's patriotic. My friend [[PERSON:Sashko]] ([[PERSON:Oleksandr Bondar]]) from the IT team says give it, it's war. I'm from [[LOCATION:Kharkiv]], I understand war. I also understand what happens to a grandmother when a volunteer group decides she looks suspicious. The request came on [[DATE:03.10.2024]]. I haven't answered yet.""",
    ),
    (
        "h16-55",
        "Romanian code-switching, Cluj-Napoca address, CNP, Romanian date, lower-case company name, Slack handles",
        """Bună. Sunt ML engineer la [[ORG:clujdent]], a chain of dental clinics in [[LOCATION:Cluj-Napoca]]. In our Slack, [[HANDLE:@sorin.m]] posted a "quick win": use X-ray images and treatment history to predict which patients can afford expensive implants, and show it to receptionists when booking.

I replied in the thread that patients didn't agree to this. [[HANDLE:@andreea.pop]] (our product lead, [[PERSON:Andreea Pop]]) wrote "nu complica lucrurile". [[PERSON:Sorin]] then sent me a sample with real patients, e.g. CNP [[ID:2850915123456]], from our clinic at [[LOCATION:Strada Observatorului 34, Cluj-Napoca 400363]].

The pilot starts on [[DATE:15 septembrie 2025]]. Receptionists would see a green "high value" tag next to names. I think this makes dentists upsell to the people who trust them most. I've raised it twice. Should I go to the [[ORG:ANSPDCP]] (the data protection authority) or first to the medical director?""",
    ),
    (
        "h16-56",
        "Sri Lanka, Sinhala and Tamil code-switching, Colombo address, NIC numbers old and new format, aiya and akka outside spans, Sri Lankan phone",
        """ආයුබෝවන්. I'm a data scientist at [[ORG:Lanka Microfin PLC]], head office [[LOCATION:No. 45, Galle Road, Colombo 03]]. Our field officers in [[LOCATION:Batticaloa]] collect loan repayments from women's groups. The new "group risk" model scores whole groups, and when one member is late the others get lower limits.

[[PERSON:Chaminda]] aiya, my manager, wants to add a feature from the field officers' notes about "husband's behaviour". Yes, really. Notes like "husband drinks" or "husband in [[LOCATION:Qatar]]". One woman in the sample, NIC [[ID:786541230V]], another NIC [[ID:199012345678]], both in the same group in [[LOCATION:Kattankudy]].

[[PERSON:Tharshini]] akka from the [[LOCATION:Batticaloa]] branch told me in Tamil, "இது சரியில்லை" — this isn't right. She called me from [[PHONE:+94 65 555 2231]] after the branch meeting on [[DATE:2024.11.19]]. [[PERSON:Chaminda]] says the feature improves Gini by 3 points. I want to leave it out and tell the credit committee why. Will they listen to a junior?""",
    ),
    (
        "h16-57",
        "Peru, Spanish and Quechua, Cusco address, DNI, Peruvian phone, Don and Doña outside spans, tourism company, URL",
        """Buenas. Soy analista de datos en [[ORG:Qhapaq Trek Expeditions S.A.C.]] en [[LOCATION:Cusco]]. We sell trekking tours and hire porters from communities near [[LOCATION:Ollantaytambo]]. The owner, Don [[PERSON:Walter Huamán]], wants a model to rank porters by "reliability" using the GPS from their phones during treks and their ages. Older porters, lower rank, fewer trips. That's basically firing them by algorithm.

One of them, Don [[PERSON:Fortunato Quispe]], DNI [[ID:24718530]], 58 years old, has carried for us for 20 years. His family lives in [[LOCATION:Comunidad Campesina de Huilloc]]. He told me once in Quechua "ñuqaqa kallpayuqmi kani" — I am still strong.

Doña [[PERSON:Rosa]], the office manager, said the ranking will be on the internal page [[URL:intranet.qhapaqtrek.example/porteros/ranking]] from [[DATE:julio 2025]]. She also gave me the porters' phone list, like [[PHONE:984 555 217]]. I can build the model without age but Don [[PERSON:Walter]] will ask. ¿Qué haría usted?""",
    ),
    (
        "h16-58",
        "nothing identifying: chat excerpt between unnamed colleagues, roles and tools only, relative dates, weekdays, ordinary capitalised words",
        """Me: did you see the ask from leadership?
Colleague: the one about scoring employees on "engagement" from calendar data?
Me: yeah. meetings declined, time to reply on Slack, late-night commits
Colleague: that's just measuring who has kids
Me: or who's disabled, or who prays at certain times
Colleague: they said it's for "wellbeing"
Me: wellbeing with a leaderboard

Some context. I'm a data scientist at a large software company. The request came from the People Analytics director last Wednesday with a two-week deadline. The proposal is a weekly score per employee, visible to managers, with a "risk of disengagement" flag. No one has asked legal. The works agreement in one of our countries explicitly bans performance monitoring from collaboration tools, but the team here says that's a local issue.

I could build a privacy-preserving team-level version. That's what I'll propose on Monday. If they insist on individual scores, I'll decline and ask them to put the request in writing. My colleague thinks I'll be on the first layoff list. Maybe.""",
    ),
    (
        "h16-59",
        "Mongolian code-switching, Ulaanbaatar address with district and khoroo, Mongolian register number, Mongolian phone, e-mail, dates",
        """Сайн байцгаана уу. I'm a data analyst at [[ORG:Tenger Ger Finance ХХК]] in [[LOCATION:Улаанбаатар]]. We give small loans to herders for livestock. After the dzud [[DATE:winter of 2024]], many herders lost animals and can't pay. Our CEO [[PERSON:Batbayar]] wants me to find which herders have relatives working in [[LOCATION:South Korea]], from the remittance data of our partner bank, so collectors can "ask the family abroad".

Example: herder register number [[ID:УБ78031214]], from [[LOCATION:Arkhangai]], lost 70% of his herd. His son sends money from [[LOCATION:Incheon]]. The partner bank never agreed to share remittance data for collection.

The request came by email from [[PERSON:Oyunchimeg D.]] ([[EMAIL:oyunchimeg.d@tengerger.example]]) on [[DATE:2025.02.10]], with "urgent" in the subject. Our office is at [[LOCATION:Сүхбаатар дүүрэг, 1-р хороо, Энхтайваны өргөн чөлөө 17]]. [[PERSON:Batbayar]] called me from [[PHONE:+976 9911 5550]] at night about it. I am thinking to tell him the data join is "technically impossible". Is a small lie ok to stop a bigger harm?""",
    ),
    (
        "h16-60",
        "Finnish and English, Teams meeting transcript with speaker names, Tampere address with postcode, Finnish personal identity code, Finnish date",
        """Transcript, team sync, [[DATE:4.11.2025]]

[[PERSON:Jussi Halonen]]   0:02
Okei, so the city wants the predictions with henkilötunnus so they can contact families directly.

[[PERSON:Minna Koskela]]   0:15
We agreed on anonymised risk areas only. Not persons.

[[PERSON:Jussi Halonen]]   0:21
[[PERSON:Minna]], the contract is with [[ORG:Tampereen kaupunki]], they're the controller.

[[PERSON:Minna Koskela]]   0:30
The controller can't widen the purpose just because it pays us.

I'm [[PERSON:Minna]], the statistician in that transcript. I work at [[ORG:Pirkan Analytiikka Oy]], [[LOCATION:Hämeenkatu 9 B 21, 33100 Tampere]]. We built a model predicting which children are at risk of dropping out of upper secondary school. The city now wants a list with identity codes, like [[ID:120807A123B]] in the sample, to send social workers. [[PERSON:Jussi]] is our CEO and it's a big contract. I think a home visit based on a model score is not what parents expected when the data was collected. I'd like to suggest a voluntary outreach letter instead.""",
    ),
    (
        "h16-61",
        "Anchorage fisheries, e-mail chain with headers and signature, US phone numbers, vessel number as ID, URL, ZIP code, Alaska Native corporation",
        """From: [[PERSON:Corey Mattson]] <[[EMAIL:cmattson@northpacificcatch.example]]>
Sent: Tuesday, [[DATE:June 10, 2025]] 7:48 AM
To: Analytics
Subject: observer data for the board pack

Need the bycatch numbers by vessel for the board. Leave out [[ID:AK 8841 AF]], that boat's getting a new skipper anyway.

[[PERSON:Corey Mattson]] | Fleet Ops | [[ORG:North Pacific Catch LLC]]
[[LOCATION:1200 W 4th Ave, Anchorage, AK 99501]] | [[PHONE:907-555-0126]]

I'm the only data analyst at [[ORG:North Pacific Catch LLC]]. The vessel he wants left out had the highest halibut bycatch of the season, about four times the fleet average. The numbers come from observer reports we also send to [[ORG:NOAA]]. The board includes a seat from [[ORG:Kuskokwim Native Corporation]], who care a lot about bycatch because their villages depend on the fish. If I leave the boat out, the board pack and the federal data disagree, and the board decides quotas on a false picture. [[PERSON:Corey]] said on the phone that the dashboard on [[URL:https://ops.northpacificcatch.example/bycatch]] "can show whatever we want". What do I do?""",
    ),
    (
        "h16-62",
        "Belfast, Irish and Ulster-Scots touches, Northern Irish postcode, lower-case names and handle, housing association, case numbers, date formats",
        """ok so. i'm a data analyst at [[ORG:Lagan Homes Housing Association]] in [[LOCATION:Belfast]]. the antisocial behaviour team asked me to build a "risk of complaint" score for tenants from repair requests, noise reports and, i'm not joking, whether the tenant has ever called the out-of-hours line after midnight. which is basically anyone with a sick kid or a leak.

the first list they want is for the estate off [[LOCATION:Shankill Road]] and a few streets in [[LOCATION:BT13]]. one tenant, case [[ID:ASB-2025-0419]], is a single dad at [[LOCATION:22 Agnes Street, Belfast BT13 1GF]] whose only "risk" is that he reported damp 11 times.

my manager [[PERSON:ciarán]] says "sure it's only for prioritising visits". wee [[PERSON:sadie]] from the tenants' forum posted on facebook from [[HANDLE:@sadie_bt13]] asking if the association "profiles tenants". go raibh maith agat to anyone who answers. i'm meeting [[PERSON:ciarán]] on [[DATE:21/11/25]] and want to go in with a proposal, not just a no.""",
    ),
    (
        "h16-04",
        "Slack export with display names and times, handles and a channel, US pet insurance; lower-case handle, distractor tools and weekdays",
        """[[PERSON:Marisol Ybarra]]  10:42 AM
can someone in [[HANDLE:#claims-ds]] explain why the denial model now uses breed as a feature

[[PERSON:Trent Okafor-Lind]]  10:44 AM
[[HANDLE:@marisol.y]] it was always there, we just surfaced it in the SHAP plot this sprint

[[PERSON:Marisol Ybarra]]  10:45 AM
breed is basically a proxy for owner zip code at this point. pit mixes get denied 3x more

[[PERSON:Trent Okafor-Lind]]  10:51 AM
take it up with [[HANDLE:@dkessler]], he signed off the v4 model

Context from me: I'm a senior data scientist at [[ORG:Pawsure Mutual]], a pet insurer based in [[LOCATION:Tucson]]. The claims model auto-denies anything below a score threshold, and a human only sees appeals. I ran the numbers on a Tuesday night: among denied claims for dogs from shelters in south [[LOCATION:Tucson]], the appeal win rate is 62%. That means the model is wrong most of the time for them and most people never appeal. [[PERSON:Dale Kessler]] is our VP of Claims and he says breed is "actuarially sound". I think it's just a cheap way to avoid paying poor families. Is it my place to email the state insurance department, or is that overreaching for a data person?""",
    ),
    (
        "h16-05",
        "non-native English e-mail from Japan, family-name-first names, -san outside span, Japanese era date, Japanese address with postcode",
        """Dear storyshare,

I am working as data engineer in [[ORG:Kansai Denryoku Soft K.K.]] in [[LOCATION:Osaka]]. My English is not so good, sorry. Since [[DATE:令和6年4月]] we collect smart meter data every 30 minutes from household. Our manager [[PERSON:Hirano Takeshi]]-san decided to sell "anonymous" load curve to one marketing company, [[ORG:Mirai Insight]]. But with 30 minutes data you can see when family wake up, when they go out, when they travel. I tried to explain to [[PERSON:Hirano]]-san in meeting on [[DATE:2024年11月6日]] but he said it is already decided by 部長 and contract is signed.

My senior [[PERSON:Sakamoto Yui]] agree with me but she do not want to speak because her evaluation is next month. The data goes from our office at [[LOCATION:〒530-0001 大阪府大阪市北区梅田3-4-18]] to their server every Monday. I read APPI guideline and I think aggregate by 6 hours is safer. Can I propose this myself or I should go to compliance directly? In [[LOCATION:Japan]] to go over manager is very big thing.

Thank you for reading.""",
    ),
    (
        "h16-06",
        "nothing identifying: reflective paragraph about an A/B test write-up; distractors are job titles, tools, weekdays, metric values and quarters without a year",
        """I keep coming back to something that happened in Q2 and I still don't know if I did the right thing. We ran an A/B test on a new onboarding flow. The result was flat: conversion went from 4.1% to 4.2%, confidence interval straddling zero, and the guardrail metric (support tickets per new user) actually got worse. My manager asked me to "segment until something pops". I did, because that's the job, and in one segment, mobile users on the annual plan who signed up on a Sunday, there was a 9% lift. It's obviously noise. Forty-odd comparisons and one crosses the line.

The Head of Product put that segment on the first slide of the quarterly review with the word "significant" in bold. I was in the room. I said quietly that it was exploratory, and the CPO nodded and moved on. Nobody asked for the notebook. Three weeks later the flow shipped to everyone.

Nothing terrible happened. That's almost worse, because now the story is that the analysis worked. Next time I'll write the caveats into the slide myself, before it leaves my laptop.""",
    ),
    (
        "h16-07",
        "voice-to-text in Brazilian Portuguese and English, spoken punctuation, CPF number, CEP address, lower-case names",
        """ok gravando vírgula so this is for the ethics site ponto I work as analista de dados at [[ORG:Crediágil]] in [[LOCATION:Curitiba]] ponto we do microcredit for small shops vírgula and last week my coordinator [[PERSON:renata]] asked me to build a list of clients who are late and whose relatives are also clients ponto the idea is to call the family vírgula the cousin the mother vírgula to put pressure ponto one of the names on the list is a lady dona [[PERSON:Lúcia Ferraz]] vírgula CPF [[ID:123.456.789-09]] vírgula her son is the one who is late not her ponto she lives at [[LOCATION:Rua Desembargador Motta 1120, Água Verde, Curitiba - PR, 80250-060]] and they want to send a letter there too ponto [[PERSON:renata]] said that the LGPD allows because of legitimate interest ponto I don't think the LGPD means this ponto nova linha my other colleague [[PERSON:thiago]] says just do it the list is only SQL vírgula it's not you calling them ponto but I wrote the SQL ponto what would you do interrogação""",
    ),
    (
        "h16-08",
        "pasted ticket with fields, Irish Eircode, ticket numbers, IP addresses and a CIDR range, e-mail",
        """Pasting the ticket because I think it says enough on its own:

Ticket: [[ID:SEC-8841]]
Reporter: [[PERSON:Aoife Ní Bhriain]] ([[EMAIL:aoife.nibhriain@tolltrack.example]])
Assignee: data-platform
Priority: P3
Summary: Whitelist [[ID:203.0.113.0/24]] for raw ANPR export
Description: Partner at [[ID:203.0.113.58]] needs nightly full-resolution plate reads from the [[LOCATION:M50]] cameras. Please open the bucket. Linked: [[ID:SEC-8790]]

I'm the data engineer who would do this. I work for [[ORG:TollTrack Ireland DAC]], out of the office at [[LOCATION:Unit 4, Sandyford Business Park, Dublin 18, D18 K7W2]]. The "partner" is a private car-finance recovery firm. The plate reads are collected for toll billing, and our privacy notice says exactly that. [[PERSON:Aoife]] is a project manager, she's just passing it on, and she told me the deal came from the commercial director. P3 means nobody thinks it is important. I've left it in "waiting for info" and asked for the DPIA. Is that enough or am I just delaying the inevitable?""",
    ),
    (
        "h16-09",
        "pull-request review comments, handles, Indian PIN code, ML engineer; distractor tools (Python, XGBoost, GitHub) and a repo path that is not labelled",
        """Review on the PR "add vernacular_score to underwriting features"

[[HANDLE:@pranav-bhat]] commented:
> LGTM, +0.8 gini on holdout. merging after [[HANDLE:@s-raghunathan]] approves

[[HANDLE:@s-raghunathan]] commented:
> Blocking. vernacular_score is just "did the applicant use the Kannada or Tamil UI". That's language as a feature.

[[HANDLE:@pranav-bhat]] commented:
> it's behavioural data not protected class, [[PERSON:Sundar]] sir already approved in standup

That second reviewer is me. I'm an ML engineer at [[ORG:Kosha Finserv]] in [[LOCATION:Bengaluru]], and we lend to two-wheeler buyers. The XGBoost model is fine without the feature; with it, rejections for applicants who pick a regional language UI go up by a third. [[PERSON:Pranav]] is a nice guy and a good engineer, he just sees a number. [[PERSON:Sundar]] is our head of risk and sits in the [[LOCATION:Koramangala]] office, [[LOCATION:560034]]. I can keep the block on GitHub, but he can override me with one click. Should I escalate to the [[ORG:RBI]] ombudsman process or is that nuclear?""",
    ),
    (
        "h16-10",
        "meeting minutes from a Kenyan county health project, P.O. Box address, Kenyan phone number, attendees list with initials",
        """MINUTES — data sharing sync, [[DATE:14/08/2024]]
Present: [[PERSON:Wanjiru Kamau]] (chair), [[PERSON:Otieno B.]], [[PERSON:F. Chebet]], me (analyst)
Apologies: Dr. [[PERSON:Mwangi]]

1. [[ORG:AfyaLink Analytics]] requests patient-level HIV clinic records from [[LOCATION:Kisumu County]] for "model training". [[PERSON:WK]]: data agreement covers aggregates only.
2. [[PERSON:OB]]: the donor wants results before [[DATE:end of September 2024]]. Suggests sharing now, DSA later.
3. [[PERSON:FC]]: asks whether names will be removed. [[PERSON:OB]]: "we will hash them."
4. Action: analyst to prepare extract by Friday.

My note: hashing names of people in a small county clinic is not anonymisation. Anyone with the clinic list can re-identify. [[PERSON:Wanjiru]] is on my side but [[PERSON:Otieno]] controls the budget. The request letter came from [[LOCATION:P.O. Box 4410-40100, Kisumu]] with a phone, [[PHONE:+254 700 555 218]]. I want to write back asking for ethics approval from [[ORG:KEMRI]] first. Am I allowed to slow a donor project like that as a junior?""",
    ),
    (
        "h16-11",
        "Teams chat copy with bracketed timestamps, Polish code-switching, Polish address with postcode, Polish date, diminutive of a name",
        """[[[DATE:14.03.2024]] 09:12] [[PERSON:Agnieszka Wróbel]]: Cześć, szef chce ranking pracowników magazynu wg "ryzyka odejścia" na jutro
[[[DATE:14.03.2024]] 09:13] [[PERSON:Agnieszka Wróbel]]: i chce widzieć nazwiska, nie ID
[[[DATE:14.03.2024]] 09:20] Ja: the model uses sick leave and union membership flag. I'm not comfortable
[[[DATE:14.03.2024]] 09:22] [[PERSON:Agnieszka Wróbel]]: wiem. [[PERSON:Krzysiek]] też nie, ale co zrobisz

I'm a data analyst for [[ORG:Magazyny Wisła Sp. z o.o.]], a logistics company with the main warehouse at [[LOCATION:ul. Przemysłowa 44, 05-870 Błonie]]. The "attrition model" was built by an external consultant before I joined and it has a column that says whether the person joined the union in [[DATE:październik 2023]], during the pay dispute. My boss, [[PERSON:Krzysztof Dudek]] (everyone calls him [[PERSON:Krzysiek]]), wants names so he can "talk to" the high-risk people before the next negotiation round. Using union membership like this is illegal here, I'm almost sure. [[PERSON:Aga]] says I should just drop the column quietly and give him the list. But the list is still a list of people to pressure. What would you do?""",
    ),
    (
        "h16-12",
        "forum post with edits, u/ handles, Canadian postal code, a store number as ID, a named month of the story",
        """Throwaway for obvious reasons. Retail analytics at a grocery chain in [[LOCATION:Ontario]], I do the loss-prevention dashboards.

In [[DATE:September]] our LP director asked me to join the face-match alerts from the cameras with loyalty card data, so when a "known shoplifter" walks in we get their name and address. The pilot store is #[[ID:4471]] at [[LOCATION:2280 Dundas St W, Toronto, ON M6P 4B1]]. Nobody consented to this, the loyalty terms say "personalised offers".

EDIT: to the people saying "just quit", I have a mortgage. Not helpful.

EDIT 2: [[HANDLE:u/maple_dpo]] pointed out that the federal privacy commissioner already went after a mall for something similar. Thank you, that's exactly what I needed.

EDIT 3: [[HANDLE:u/lp_guy_77]] please stop DMing me asking which chain it is.

I wrote up my concerns in an email and cc'd our privacy officer. The director replied-all saying "let's take this offline". I'm going to keep a copy of everything. The go-live is supposed to be the first week of [[DATE:December]].""",
    ),
    (
        "h16-13",
        "nothing identifying: voice-to-text ramble with spoken punctuation, ordinary words that look like names (will, grace, may, bill), weekdays, durations",
        """so um full stop this is hard to say out loud comma but here goes full stop I work on a fraud model at a payments company and my lead will not let us publish the false positive rates by customer group full stop he says it will scare people comma which is the point question mark new paragraph we had a meeting on Tuesday and I said the rates for older customers are double comma maybe triple comma and the answer was we may look at it next quarter full stop there was no grace period for the customers who got their cards frozen full stop one woman couldn't pay her electricity bill for four days full stop new paragraph I don't want to be dramatic comma it's not life or death comma but it is real for them full stop I've been in this job two years and I think if I push I become the difficult one full stop I'll probably raise it again on Monday and see what happens full stop okay end""",
    ),
    (
        "h16-14",
        "formal complaint letter to a real regulator, Australian address with state and postcode, reference number, date, signature block",
        """[[DATE:2 June 2025]]

[[ORG:Office of the Australian Information Commissioner]]
[[LOCATION:GPO Box 5218, Sydney NSW 2001]]

Re: Complaint concerning [[ORG:Bright Harbour Tenancy Pty Ltd]] — your reference [[ID:CP25/01173]]

Dear Commissioner,

I was employed as a data analyst by [[ORG:Bright Harbour Tenancy Pty Ltd]] at [[LOCATION:Level 3, 41 Gipps Street, Collingwood VIC 3066]] until [[DATE:April 2025]]. I am writing to add information to the above complaint. The company operates a tenant screening product, "[[ORG:RentRight Score]]", which uses social media activity scraped without notice. I was asked by the Chief Product Officer, [[PERSON:Lachlan Verity]], to add a feature measuring "financial stress language" in applicants' public posts. I refused and documented my objection on [[DATE:17 March 2025]].

I have retained no personal information of applicants. I attach my own notes and the internal email from Mr [[PERSON:Verity]] dated [[DATE:11 March 2025]].

Yours faithfully,
[[PERSON:Imogen Thwaite]]
[[EMAIL:imogen.thwaite@postbox.example]]""",
    ),
    (
        "h16-15",
        "automatic call transcript with speaker labels, Spanish code-switching, Chilean RUT, Chilean phone number, name particle",
        """[00:00:03] Speaker 1 ([[PERSON:Ignacio del Solar]]): ya, ¿me escuchas? ok. So the client wants the churn scores per person, not per segment.
[00:00:11] Speaker 2 (me): Per person with RUT?
[00:00:13] Speaker 1: Sí, con RUT. They will join it with their own CRM.
[00:00:19] Speaker 2: [[PERSON:Ignacio]], the consent form says "estadísticas agregadas".
[00:00:24] Speaker 1: Mira, [[ORG:Telandes]] pays half our revenue. [[PERSON:Fernanda]] already said yes.
[00:00:31] Speaker 2: Can you send me that in writing?
[00:00:33] Speaker 1: Llámame después al [[PHONE:+56 9 5550 3381]], no por escrito.

I'm a statistician at a small analytics consultancy in [[LOCATION:Santiago]], [[ORG:Cifra Austral SpA]]. The transcript was made automatically by the meeting tool and I saved it. The sample row they showed me had a RUT like [[ID:12.345.678-5]] next to a "probability of porting". [[PERSON:del Solar]] is my partner in the firm, not just my boss. [[PERSON:Fernanda Quiroga]] is the account lead at the telco. I think sending identified scores breaks our own contract. I also think if I refuse, the firm doesn't survive the year.""",
    ),
    (
        "h16-16",
        "Telegram desktop export format, Russian and Kazakh code-switching, Russian-language date, Almaty address, user handles",
        """[[PERSON:Айгерим Сатпаева]], [[DATE:05.03.2024]] 18:02
слушай, они хотят выгрузку по всем заемщикам из [[LOCATION:Шымкент]], с номерами телефонов

[[PERSON:Dauren]], [[DATE:05.03.2024]] 18:04
для коллекторов? [[HANDLE:@erlan_collect]] уже спрашивал

[[PERSON:Айгерим Сатпаева]], [[DATE:05.03.2024]] 18:05
иә. 5000 человек. до пятницы

That's me ([[PERSON:Dauren]]) talking to my colleague [[PERSON:Aigerim]]. I'm a data engineer at a microfinance company, [[ORG:QazCredit Plus]], head office [[LOCATION:пр. Абая 150, Алматы 050040]]. On [[DATE:5 марта 2024]] г. the management agreed to sell overdue loans to a collection agency. Selling debt is legal here. What bothers me is that the export includes the "contact persons" field: relatives and neighbours who never borrowed anything. [[HANDLE:@erlan_collect]] is the agency's guy; he messages me directly, which is weird. [[PERSON:Aigerim]] says remove the contact persons column and let management complain. I'm inclined to do it and document why.""",
    ),
    (
        "h16-17",
        "iMessage export, Swahili code-switching, Dar es Salaam, lower-case names and nickname, Tanzanian phone, mobile-money account ID",
        """Mon, [[DATE:9 Sep]] at 20:41
Me: bro nimeona kitu kwenye data ya [[ORG:PesaPoa]]
[[PERSON:Juma]]: nini tena 😂
Me: the credit model gives lower limits to people whose phones are mostly in [[LOCATION:Manzese]] at night
[[PERSON:Juma]]: thats just location sana. everyone uses location
Me: ni proxy ya umaskini. and it was never in the model card
[[PERSON:Juma]]: mwambie [[PERSON:mama kubwa]] then lol
Me: she IS the one who added it

Translation for the site: I work as a data scientist at a mobile money lender in [[LOCATION:Dar es Salaam]]. [[PERSON:Juma]] is my friend from university who works in telecoms. "[[PERSON:mama kubwa]]" is what we call our head of analytics, [[PERSON:Rehema Mushi]]. She added night-time cell location as a feature without telling the risk committee. I tested one account, [[ID:TZ-MP-00418832]], a cleaner who works in [[LOCATION:Masaki]] by day: her limit halved after she moved. I have her number [[PHONE:+255 755 555 091]] in the data, of course I won't use it. What I want is to know if I should go over [[PERSON:Rehema]]'s head.""",
    ),
    (
        "h16-18",
        "incident post-mortem notes, Dutch address with postcode, IP addresses, incident number, UTC timestamps with a date, team names as distractors",
        """INCIDENT [[ID:INC-2024-0932]] — post-mortem (draft, blameless)
Date: [[DATE:2024-10-21]]
Impact: research extract with unmasked BSN column shared with an external lab
Timeline (UTC):
- 08:14 nightly job exports cohort table to sftp host [[ID:198.51.100.23]]
- 09:40 lab analyst ([[PERSON:Femke Dijkgraaf]]) notices a 9-digit column and emails us
- 10:05 access from [[ID:198.51.100.77]] revoked
- 11:30 platform team confirms 2 downloads

I'm the data engineer who wrote the masking step, at [[ORG:Zorgdata Nederland B.V.]], [[LOCATION:Catharijnesingel 88, 3511 GD Utrecht]]. The masking was skipped because a config flag defaulted to false after a refactor. My mistake, I own it. The ethics problem is what came next: my manager [[PERSON:Joost]] wants the post-mortem to say "no evidence of misuse" and skip the breach notification because [[PERSON:Femke]] "is trustworthy". The GDPR gives us 72 hours. The lab is at [[ORG:Erasmus MC]] and I actually believe she deleted it. But two downloads is two downloads. Do I push for notification even though it's my own bug that gets exposed?""",
    ),
    (
        "h16-19",
        "bullet timeline, Hebrew calendar date alongside Gregorian, Haifa, Hebrew code-switching, ordinary-word distractors",
        """timeline, because I need to get this straight in my own head:

- [[DATE:כ״ה בחשוון תשפ״ה]] ([[DATE:26 Nov 2024]]): I'm hired as a data scientist at [[ORG:Tzafon Mobility]], [[LOCATION:Haifa]]. Bus ridership forecasting for the municipality.
- early [[DATE:Dec 2024]]: we get card-tap data per rider, supposedly for demand only
- [[DATE:3.1.2025]]: [[PERSON:Yael Ben-Haim]] (product) asks for "frequent riders who stopped riding" to send them offers
- a week later: [[PERSON:Yael]] asks for the same list split by neighbourhood, including [[LOCATION:Wadi Nisnas]]
- [[DATE:20.1.2025]]: my team lead [[PERSON:Oren Tsur]] says "תעשי מה שהיא מבקשת", just do what she asks

Why this bugs me: the card is registered to ID number, and "stopped riding" in that neighbourhood in that period could mean a lot of things, including people who left because of the war or got detained. An offer list split by neighbourhood is a targeting list. [[PERSON:Oren]] says it's marketing. I have a draft message to our legal counsel. I keep not sending it.""",
    ),
    (
        "h16-20",
        "WeChat chat copy in Chinese and English, Shenzhen, lunar-calendar date, family-name-first names with 总 title outside, company English and Chinese names",
        """[[PERSON:刘]]总 [[DATE:2024-02-01]] 22:13
小[[PERSON:陈]]，[[DATE:腊月二十二]]之前把员工情绪分数给我

我 [[DATE:2024-02-01]] 22:15
[[PERSON:刘]]总, the emotion scores come from the factory cameras. workers didn't agree to this

[[PERSON:刘]]总 [[DATE:2024-02-01]] 22:16
合同里写了 "安全监控". same thing

I'm an ML engineer at [[ORG:鹏程智造]] ([[ORG:Pengcheng Smart Manufacturing]]) in [[LOCATION:Shenzhen]], [[LOCATION:龙岗区]]. Our boss, [[PERSON:Liu Jianhua]] ([[PERSON:刘]]总), wants a ranking of line workers by "negative emotion" from the safety cameras, before Chinese New Year bonuses are decided on [[DATE:腊月二十二]]. The model was trained on actors, it's terrible on tired faces, and it will decide who gets a bonus. My colleague [[PERSON:Zhou Min]] told me just give him the numbers with a warning note. I don't think a warning note survives a bonus meeting.""",
    ),
    (
        "h16-21",
        "nothing identifying: forum-style post with an edit, distractors (GDPR, DPIA, Looker, dbt, quarters, percentages, job titles, team names)",
        """Long-time lurker, first post. I'm a BI developer in the public sector and I'd like a sanity check.

Our team maintains a Looker dashboard of caseworker productivity: cases closed per week, average handling time, and so on. The operations team now wants a "red list" of the slowest 10% every Monday, and the deputy director wants it emailed to the whole management chain. The data is accurate, in the narrow sense. What it leaves out is that the slowest caseworkers are the ones who get the hardest cases, because they're the most experienced. I've shown this in a dbt model that adjusts for case complexity and the ranking almost flips.

My manager says the adjusted version is "too complicated for senior people". The DPIA we did in Q1 covered "aggregate reporting" only.

Edit: yes, I've talked to the union rep. She said to put my objection in writing, so I did, and now I wait.

Is it reasonable to refuse to build the red list unless the adjusted version sits next to it?""",
    ),
    (
        "h16-22",
        "pasted query output with employee IDs and names, lower-case names in the rows, Singapore postcode, ticket number",
        """Pasting what the query returned, names changed to the ones HR uses internally anyway:

emp_id   | name            | dept   | flag
---------+-----------------+--------+----------------
[[ID:SG0412]]   | [[PERSON:tan wei ling]]    | ops    | visa_renewal
[[ID:SG0877]]   | [[PERSON:rajesh pillai]]   | ops    | visa_renewal
[[ID:SG1093]]   | [[PERSON:nur aisyah]]      | fin    | pregnancy_leave
(3 rows)

This came from a request in ticket [[ID:HRDA-311]] asking for "people likely to be unavailable in Q3". I'm a data analyst at [[ORG:Marina Axis Holdings]], [[LOCATION:8 Shenton Way, #21-04, Singapore 068811]]. The HR business partner, [[PERSON:Clement Goh]], wanted a list to plan the restructuring. A visa renewal flag and a pregnancy leave flag in a restructuring list is exactly what you'd want if you planned to drop people who are expensive to keep. I ran it in a sandbox and haven't sent it. [[PERSON:Clement]] pinged me twice on Teams this morning. [[ORG:MOM]] guidelines on fair employment say pregnancy can't be a factor. Do I send it with a note, send nothing, or go to the ethics hotline?""",
    ),
    (
        "h16-23",
        "Discord export format, gaming company, handles with discriminator-free names, lower-case company name, player ID, URL",
        """[[PERSON:noor]] — Today at 14:03
so [[ORG:glimmerforge]] wants the toxicity classifier to also flag "potential whales" in chat
[[HANDLE:@kettlebyte]] — Today at 14:05
lmao what
[[PERSON:noor]] — Today at 14:06
players who talk about paycheck, stress, "one more pull". they want to send them discount bundles
[[HANDLE:@kettlebyte]] — Today at 14:07
thats literally targeting addicts

I'm [[HANDLE:@kettlebyte]], a data scientist at a small mobile game studio, and [[PERSON:noor]] is our community lead. The request came from our monetisation lead in a doc on [[URL:notes.glimmerforge.example/monet/whale-signals]]. The example player in the doc, ID [[ID:GF-7730214]], is a teenager according to his own chat messages. The studio is in [[LOCATION:Kraków]] but most players are in [[LOCATION:Brazil]] and [[LOCATION:Indonesia]]. I told [[PERSON:noor]] I'd build the toxicity part only. I'm not sure that's enough, because someone else will just build the other half.""",
    ),
    (
        "h16-24",
        "formal letter of concern to an ethics committee, UK university, grant number, UK address and postcode, titles outside spans",
        """To: Chair, Research Ethics Committee, [[ORG:University of Lowmoor]]
From: Research Data Scientist, School of Health Sciences
Date: [[DATE:9 October 2025]]

Subject: Secondary use of interview transcripts, grant [[ID:ES/Y004417/1]]

Dear Chair,

I write regarding the project led by Professor [[PERSON:Alasdair Kinnear]]. Participants in the [[DATE:2022–23]] interviews consented to analysis "by the research team only". I have been asked by Prof. [[PERSON:Kinnear]] to upload the transcripts to an external large language model service to generate "synthetic participants" for a follow-on bid with [[ORG:Carrow Health Partners]].

Several transcripts contain details that would identify participants in a small town. I raised this with the project manager, Ms [[PERSON:Bethan Pryce]], on [[DATE:2 October]]; she advised me to proceed.

I would be grateful for the Committee's guidance before [[DATE:20 October 2025]].

Yours sincerely,
Dr [[PERSON:Ruth Okonjo-Bell]]
School of Health Sciences, [[LOCATION:Lowmoor House, Fenwick Road, Sheffield S10 2TN]]""",
    ),
    (
        "h16-25",
        "non-native English with Arabic code-switching, Amman, Hijri date, Jordanian phone, e-mail, Abu-name, lower-case team name distractor",
        """Salam all. I am analyst in [[ORG:Nashmi Health Insurance]] in [[LOCATION:Amman]], [[LOCATION:Shmeisani]]. In [[DATE:Ramadan 1445]] our claims team start to use new rule from the data science side: if a member visit fertility clinic, the premium for the family plan go up next renewal. They call it "utilisation adjustment". Nobody tell the members.

I found it because the renewal file for one member, policy [[ID:NHI-FAM-220981]], jump 38% and the only change is two visits to IVF clinic. My manager [[PERSON:Abu Fadi]] say "هذا قرار الإدارة" and I should not touch it. The actuary who write the rule, [[PERSON:Rania Haddad]], she is good person, I think she did not think about it like discrimination.

I want to send a note to compliance ([[EMAIL:compliance@nashmi-ins.example]]) but they will know it's me, only three people see this file. My friend said call the regulator hotline [[PHONE:+962 6 555 0142]] anonymously. Is it better to talk first with [[PERSON:Rania]]? She can fix it quietly maybe.""",
    ),
    (
        "h16-26",
        "KakaoTalk-style export, Korean code-switching, Korean date formats, Korean titles after names outside spans, Seoul district",
        """[[DATE:2025년 1월 8일]] 수요일
[오후 7:12] [[PERSON:박]]과장님: 내일까지 퇴사 예측 모델 결과 인사팀에 넘겨
[오후 7:14] 나: 과장님, 이름 포함해서요?
[오후 7:14] [[PERSON:박]]과장님: 당연하지
[오후 7:20] [[PERSON:Seo-yeon]]: don't. seriously

I'm a data scientist at [[ORG:Hanbit Retail]], office in [[LOCATION:Seongsu-dong]], [[LOCATION:Seoul]]. Manager [[PERSON:Park Jun-ho]] ([[PERSON:박]] 과장님 in the chat) wants the attrition predictions with names sent to HR. The model used company laptop activity logs, including which websites people visited, and job-site visits are the strongest feature. We were told in [[DATE:2024년 10월]] that monitoring was for security only. [[PERSON:Kim Seo-yeon]] is my teammate and she's right, but she is on a contract and I'm permanent, so if someone has to say no it should be me. I'm planning to send only team-level numbers and explain why. Is that cowardly or sensible?""",
    ),
    (
        "h16-27",
        "rushed Mexican Spanish and English text, CDMX address with colonia and CP, CURP, lower-case names, slang",
        """neta no se q hacer. trabajo de data analyst en [[ORG:Rutamex Seguros]] y mi jefa [[PERSON:la lupita]] quiere q cruce los siniestros de auto con la base del call center pa ver quien "exagera" su lesión. ok fine pero el modelo marca casi puro señoras mayores de [[LOCATION:Iztapalapa]]. le dije y me dijo q "así son los datos" 🙄

ejemplo: una señora, CURP [[ID:GOMA581112MDFRRN09]], vive en [[LOCATION:Calle Ermita 341, Col. Santa Cruz Meyehualco, 09290 Ciudad de México, CDMX]], choque chiquito, el modelo dice 0.91 de fraude. la llamaron 4 veces en una semana. 4!!

[[PERSON:beto]] de sistemas dice q no es mi bronca, q yo nomás saco el modelo. pero el modelo lo hice yo jaja. [[PERSON:lupita]] va a presentar esto al director el jueves. quiero meter una slide con el sesgo por edad y zona antes de q lo presente. me van a odiar o no?""",
    ),
    (
        "h16-28",
        "WhatsApp iOS export with bracketed date-time, Afrikaans and isiZulu code-switching, South African ID number, Cape Town address",
        """[[[DATE:2025/01/14]], 10:02:11] [[PERSON:Riaan Smit]]: môre, can you add the ID numbers to the arrears file for the attorneys
[[[DATE:2025/01/14]], 10:03:40] [[PERSON:Thandeka]]: [[PERSON:Riaan]], the attorneys only need the account numbers
[[[DATE:2025/01/14]], 10:05:02] [[PERSON:Riaan Smit]]: ag man just do it, they want to run credit checks
[[[DATE:2025/01/14]], 10:06:17] [[PERSON:Thandeka]]: hhayi, I'm not sending ID numbers of 3000 tenants on WhatsApp

I'm [[PERSON:Thandeka]], BI analyst for [[ORG:Kaapstad Rental Homes]], head office [[LOCATION:14 Loop Street, Cape Town, 8001]]. The arrears file has tenant ID numbers like [[ID:8704120456083]] and the attorneys want to run credit checks on people who owe less than R2,000, which POPIA doesn't allow without a lawful basis. [[PERSON:Riaan]] is my line manager and he's under pressure from the owners. I'm going to send the account numbers only, and put my reasons in an email to him and the information officer. Am I overthinking it?""",
    ),
    (
        "h16-29",
        "Vietnamese code-switching, Ho Chi Minh City address with ward and district, anh/chị titles outside spans, CCCD number, Zalo group",
        """Mình là data analyst ở [[ORG:Sao Việt Logistics]], [[LOCATION:Quận 7]], [[LOCATION:TP.HCM]]. Trong nhóm Zalo của team, anh [[PERSON:Tuấn]] nói sếp muốn tracking vị trí shipper kể cả sau giờ làm, "để chống gian lận". Chị [[PERSON:Hạnh]] thì im lặng.

The app already sends GPS every 15 seconds during shifts. The new request is to keep it on 24/7 and flag drivers who "go to competitor warehouses". One driver in the sample, CCCD [[ID:079203004512]], his night location is a hospital in [[LOCATION:Bình Thạnh]] every night for two weeks. His wife was having a baby. That is what 24/7 tracking shows you.

I told anh [[PERSON:Tuấn]] I think this breaks Decree 13 on personal data. He said "em lo xa quá" which means I worry too much. The office address is [[LOCATION:số 22 đường Nguyễn Văn Linh, phường Tân Phong, Quận 7, TP.HCM]] if anyone knows a lawyer nearby. Should I refuse or just build it with heavy restrictions?""",
    ),
    (
        "h16-30",
        "nothing identifying: meeting minutes with roles only, relative dates, durations, acronyms, metric values",
        """Minutes, model risk review (draft, circulated internally)

Attendees: Head of Credit Risk, two model validators, the data science lead, one analyst (me, taking notes), a compliance observer.

1. Validation findings on the collections prioritisation model. AUC on out-of-time sample 0.71 vs 0.79 in development. Validators note drift since last year.
2. Fairness check: approval-to-contact ratio for customers over 65 is 1.8 times the overall rate. Data science lead argues age is not a feature. Validator notes postcode and tenure are.
3. Compliance observer asks whether the model was in the DPIA. Answer: "the previous version was".
4. Decision: deploy anyway, revisit in six months.
5. AOB: none.

My note for this site: I was told to remove item 2 from the final minutes because it "isn't a formal finding yet". I haven't sent the minutes. If I take it out, in six months nobody will remember it was raised. If I leave it in, I'm the analyst who embarrassed the Head of Credit Risk in the permanent record.""",
    ),
    (
        "h16-31",
        "French and Wolof code-switching, Dakar, Senegalese phone number, e-mail, NGO and ministry as organisations, date in French",
        """Bonjour. Je suis statisticienne dans une ONG à [[LOCATION:Dakar]], [[ORG:Xam-Xam Data]]. Depuis le [[DATE:15 janvier 2025]] on travaille avec le [[ORG:Ministère de la Santé et de l'Action sociale]] sur les données de vaccination. Le financeur, une fondation américaine, veut maintenant les fichiers individuels avec numéros de téléphone des mères, pour "des rappels SMS".

Problème: les mères ont donné leur numéro à l'infirmière, pas à une fondation étrangère. Mon directeur, [[PERSON:Mamadou Ndiaye]], dit "dafa yomb" (c'est simple), on signe et c'est fini. Ma collègue [[PERSON:Awa Sarr]] pense comme moi.

The foundation's contact, [[PERSON:Kelsey Brandt]] ([[EMAIL:kbrandt@brightdose.example]]), keeps calling me on [[PHONE:+221 77 555 04 19]], my personal number, which [[PERSON:Ndiaye]] gave her. I'd like to propose that the ministry sends the SMS itself, so the numbers never leave. Is it naive to think the funder accepts that?""",
    ),
    (
        "h16-32",
        "Turkish code-switching, İzmir address with mahalle and postcode, Bey and Hanım titles outside spans, employee ID, Turkish date",
        """[[PERSON:Selin]] here, data engineer at [[ORG:Ege Tekstil A.Ş.]] in [[LOCATION:İzmir]]. Since [[DATE:Ekim 2024]] the factory turnstiles log every entry and exit, and the production director [[PERSON:Murat]] Bey asked me to join them with the toilet door sensors. Yes, really. He wants "idle minutes per worker" in the weekly report.

I asked [[PERSON:Gülşen]] Hanım from HR if the workers were told. She said there's a line in the contract about "güvenlik amaçlı kayıt". That's for security, not for counting toilet breaks. One worker, sicil no [[ID:ET-04817]], already got a written warning based on a test version of the report that [[PERSON:Murat]] Bey saw on my screen on [[DATE:12 Kasım 2024]].

Our plant is at [[LOCATION:Atatürk Organize Sanayi Bölgesi, 10003 Sk. No:7, 35620 Çiğli/İzmir]]. KVKK is supposed to protect this. I want to delete the join and tell him it doesn't work. Lying feels wrong too. Ne yapmalıyım?""",
    ),
    (
        "h16-33",
        "names that are ordinary words (Dawn as a colleague, 'dawn' as time of day), nickname, UK address, e-mail, charity",
        """I volunteer as the data person for a food bank charity, [[ORG:Hollins Lane Pantry]], in [[LOCATION:Stockport]]. Our coordinator [[PERSON:Dawn]] asked me to share our client list (names, addresses, number of kids) with a local councillor's office who wants to "show impact" before the election. We open at dawn on Saturdays and the queue is the same families every week; these are people who would be mortified.

[[PERSON:Dawn]] isn't doing anything sinister, she thinks it'll get us funding. The councillor's caseworker, [[PERSON:Gareth]] "[[PERSON:Gaz]]" [[PERSON:Pennock]], emailed from [[EMAIL:g.pennock@stockport-cllr.example]] asking for a spreadsheet by the end of the week. Our premises are [[LOCATION:Unit 2, Hollins Lane, Stockport SK4 3JP]], and half the families live within a mile.

I've suggested aggregated numbers only: 212 households, 390 children. [[PERSON:Dawn]] says that's "not a story". Am I being precious about this?""",
    ),
    (
        "h16-34",
        "Hinglish, Hyderabad, ji outside span, Aadhaar-style number, Indian phone, lower-case company name, Indian date format",
        """yaar i need advice. main [[ORG:kiranakart]] mein data scientist hoon, [[LOCATION:Hyderabad]] office. humara delivery partner app ab selfie-based attendance leta hai, theek hai. but ab [[PERSON:Suresh]] ji (product head) chahte hain ki selfie se "fatigue score" nikaalo aur jinka score low hai unke orders kam kar do. basically tired dikhoge toh kamai kam.

on [[DATE:03/07/2025]] he shared a sample sheet in the group with aadhaar numbers in one column, like [[ID:4821 5530 7719]], to "match identity". why is aadhaar even in my sheet??

my teammate [[PERSON:Ishita]] said she'll raise it in the all-hands. [[PERSON:Suresh]] ji ne usse bola "don't be emotional". one rider, [[PERSON:Imran Qureshi]], called our support line [[PHONE:040 5550 3312]] saying his orders dropped after the pilot started. that pilot was my notebook.

i'm thinking of writing to the founder directly. is that career suicide in a 200 person startup or is it the only thing that works""",
    ),
    (
        "h16-35",
        "GitLab-style merge request note and commit message, Estonian names and address, personal code as ID, URL to internal wiki, handles",
        """Author: [[PERSON:Kristjan Mägi]] <[[EMAIL:kristjan.magi@sillamets.example]]>
    feat(scoring): include e-residency flag in fraud features

Merge request comment from [[HANDLE:@liisa.tamm]]:
"Why is nationality-adjacent data going into fraud? See [[URL:wiki.sillamets.internal/risk/feature-policy]] section 3."

I'm [[PERSON:Liisa]], the ML engineer on the other side of that comment. I work at [[ORG:Sillamets Pay OÜ]], an invoice-financing startup at [[LOCATION:Narva mnt 5, 10117 Tallinn]]. [[PERSON:Kristjan]] is our CTO and a co-founder. The test set shows a 4x higher fraud flag rate for e-residents, most of whom are sole traders in [[LOCATION:Ukraine]] and [[LOCATION:India]]. The one real fraud case we have was a local company, personal code [[ID:38712240215]], which the feature would have missed. I left the comment, he merged anyway with "will revisit". Do I revert his commit? I technically have the rights.""",
    ),
    (
        "h16-36",
        "nothing identifying: rushed lower-case text with slang, weekdays, durations, amounts, job titles and tools as distractors",
        """ok rant incoming. im a data engineer at a mid size insurance company and our new head of data wants every pipeline to log full request payloads "for debugging". full payloads = names, dob, medical questionnaire answers, bank details. into a logging tool that like 80 ppl can search. ive said no twice in standup. he keeps saying "we'll mask it later" and later never comes lol. on friday he just merged the change himself while i was off sick. so now its live and every quote since then has health data sitting in plain text in the logs, retention 90 days. security team said its "a data governance issue" and governance said its "an engineering issue". cool cool cool. i could write a scrubber over the weekend, like 2 days of work, but then im fixing his mess for free and nobody learns anything. or i could report it as an incident and he gets in trouble. honestly leaning incident. tell me if im being petty""",
    ),
    (
        "h16-37",
        "Welsh and English code-switching, Welsh place names, Welsh postcode, lower-case name, NHS board as organisation, patient count distractors",
        """Bore da. I'm an analyst at [[ORG:Betsi Cadwaladr University Health Board]], based near [[LOCATION:Bangor]]. Our team were asked by a private consultancy, [[ORG:Clearview Pathways Ltd]], for "de-identified" waiting list records to model theatre capacity. The extract they specified has date of birth, sex, postcode district and procedure. In villages like [[LOCATION:Llanberis]] or [[LOCATION:Bethesda]] that's one person, often.

My line manager, [[PERSON:Gwenllian]], said "mae'n iawn, they've signed an NDA". The consultancy's lead, [[PERSON:Toby Hartigan]], even sent a template from their other work in [[LOCATION:England]]. I pointed out the postcode district [[LOCATION:LL55]] has fewer than 20 people on that list for some procedures. [[PERSON:gwen]] laughed and said I'd make a good IG officer. I'm not trying to be clever, I'm trying not to be the reason someone's neighbours learn about their surgery. I'd like to suggest 5-year age bands and health board level only. Is that reasonable or obstructive?""",
    ),
    (
        "h16-38",
        "e-mail thread with quoted replies, Canadian French, Québec address with postal code, employee number, date formats",
        """> Le [[DATE:2025-05-12]] à 16:40, [[PERSON:Mathieu Gagnon-Roy]] a écrit :
> Peux-tu ajouter le code postal complet dans le tableau pour les gestionnaires? Merci.

> Le [[DATE:2025-05-13]] à 08:02, moi a écrit :
> Le code complet rend les employés identifiables dans les petites succursales.

> Le [[DATE:2025-05-13]] à 09:15, [[PERSON:Mathieu Gagnon-Roy]] a écrit :
> C'est une demande de la direction. Fais-le.

Context: I'm a BI developer at [[ORG:Caisse Boréale]], the head office is at [[LOCATION:1250 boul. René-Lévesque O., Montréal (Québec) H3B 4W8]]. The dashboard shows sick leave by branch. With the full postal code, the managers can see that employee [[ID:CB-55190]] in [[LOCATION:Rimouski]] was off for three months, and guess why. [[PERSON:Mathieu]] isn't a bad boss, but "la direction" means nobody will own it. Loi 25 is pretty clear on minimising this. Do I comply and attach a written objection, or refuse?""",
    ),
    (
        "h16-39",
        "Persian code-switching, Solar Hijri date, Tehran, Persian titles (Aghaye, Khanom) outside spans, lower-case app name",
        """Salam. I am data analyst in a ride-hailing company in [[LOCATION:Tehran]], I don't say the name but it's not [[ORG:Snapp]]. On [[DATE:۱۴۰۳/۰۷/۱۲]] our security manager Aghaye [[PERSON:Rezaei]] asked me to export trips of women drivers who had passengers going to a specific area near [[LOCATION:Enghelab Square]] during the protests anniversary. He said it is "legal request".

There was no court letter. I asked [[PERSON:Shirin]] Khanom, our legal person, and she said "من هیچی نمی‌دونم" — I know nothing. My team lead [[PERSON:Behnam Karimi]] told me do it or resign. I delayed two days by saying the query is slow.

I know this is not like western companies. But the trips are from our app [[ORG:rahro]], and drivers trusted us. If I export, some of these women can be arrested. If I refuse, maybe me. I am not asking what is legal, I'm asking what other data people would do.""",
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
    "Corp.",
    "a.s.",
)
# A person's initial may also end a span in a full stop ("S.", "T.R.").
INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")
# Leading characters allowed by kind: a handle keeps its sigil, a phone number its + or (.
LEADING_OK = {"HANDLE": "@#", "PHONE": "+("}
# Particles inside personal names are not checked as name tokens on their own.
PARTICLES = {"van", "von", "der", "den", "de", "la", "del", "al", "el", "bin", "ni", "ní"}
# Deliberate exceptions to the case-insensitive person-token check: these names are also
# ordinary words ("we open at dawn on Saturdays" in h16-33, "joy" as a feeling), so only
# their capitalised form is checked. Initials written in capitals (WK, OB, FC) are also
# checked with case. When one of these names is written in lower case ("joy" in h16-41), it
# is checked only inside the stories that label it, because elsewhere the lower-case word
# is the ordinary one.
CASE_SENSITIVE_TOKENS = {
    "Dawn",
    "Joy",
}
# Deliberate exceptions to the missed-mention check: (story id, text) -> why the unlabelled
# occurrences of that text in that story are correct. None are needed in this set.
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
    out = Path(__file__).resolve().parent / "redaction_holdout16.json"
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
