#!/usr/bin/env python3
"""Write and check tests/data/redaction_messy_dev7.json, the seventh development set.

Stories are written below with inline markup, ``[[KIND:text]]``. This script
removes the markup, works out the offsets, runs the checks described in
tests/data/README.md and writes the JSON file in the presidio-research format.
It exits non-zero if any check fails.

Focus of this set: details that carry no helpful cue. Bare first names in
lower-case rushed text, names that are ordinary English words (Will, Hope,
Grace, Mark, Joy...), surnames alone, organisations written in lower case or
as ordinary words, products and internal project names, neighbourhoods,
villages and small towns of many countries, landmarks, and bare postcodes of
many countries, with and without a cue word.

Every person, company, number and address is invented, apart from a few
well-known real organisations and places. Written without looking at the
redaction engine.
"""

import json
import re
import string
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("redaction_messy_dev7.json")
KINDS = ("PERSON", "ORG", "LOCATION", "EMAIL", "PHONE", "URL", "HANDLE", "DATE", "ID")
MARK = re.compile(r"\[\[(" + "|".join(KINDS) + r"):(.+?)\]\]")

# Tools and platforms: never part of a PERSON, ORG or LOCATION span.
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
    "XGBoost",
    "LightGBM",
    "SHAP",
    "Kafka",
    "dbt",
    "Postgres",
    "Excel",
    "Notion",
    "Zoom",
)
# Must be labelled wherever they appear, whatever the story.
ALWAYS = ("UK", "US", "USA", "NHS", "EU", "UAE")
LEGAL_SUFFIX_DOT = ("Inc.", "Ltd.", "Co.", "Corp.", "S.A.", "B.V.", "N.V.", "K.K.", "Sp. z o.o.")

STORIES = [
    # ------------------------------------------------------------------ d7-01
    dict(
        notes="lower-case rushed; bare first names mid-sentence, lower-case buyer and code name, district",
        text="""
ok so this is still bugging me. we had a churn model for a mobility client and it was fine until [[PERSON:sam]] noticed the features included home cell tower. then [[PERSON:sam]] pinged the channel asking who signed off on that and nobody answered for two days. [[PERSON:mehmet]] thinks its fine because "its aggregated" but its aggregated to like 40 people per tower in [[LOCATION:kreuzberg]]. i said that on the call. [[PERSON:lena]] muted herself. the next week we sold the derived segments to [[ORG:brightpath]] anyway, and the invoice went out under the code name [[ORG:quokka]] so finance wouldnt ask. i asked [[PERSON:mehmet]] directly on friday and he said talk to [[PERSON:jo]] in legal. [[PERSON:jo]] was on leave till [[DATE:march 3]]. by then the data was gone. i still have a screenshot of [[PERSON:sam]]'s message, not sure what good it does.
""",
    ),
    # ------------------------------------------------------------------ d7-02
    dict(
        notes="formal e-mail; word-name Grace, surnames alone, bare UK outward codes with no cue, districts",
        text="""
Subject: the [[LOCATION:Headingley]] pilot

Hi [[PERSON:Grace]],

Following up on Tuesday. The tenancy-risk pilot we ran for [[ORG:Kirkgate Homes]] scored every applicant whose previous address was in [[LOCATION:LS6]] or [[LOCATION:LS7]] as high risk, and the top feature was literally the postcode. [[PERSON:Whitlock]] says the client asked for it; [[PERSON:Ferris]] says nobody asked for anything. I pulled 212 refused applications: 61% came from [[LOCATION:Chapeltown]] and [[LOCATION:Harehills]].

I would like this on the agenda before the [[DATE:14 November]] steering group. If it helps, I can walk through the notebook at our [[LOCATION:Leeds]] office or on a call (mobile [[PHONE:07700 900418]]).

Best regards

PS: [[PERSON:Whitlock]] forwarded my draft to [[EMAIL:ops@kirkgatehomes.example]] without asking me first.
""",
    ),
    # ------------------------------------------------------------------ d7-03
    dict(
        notes="Nigerian Pidgin; word-names Blessing and Goodluck, lower-case lender, Lagos districts",
        text="""
Make I talk am as e be. Our loan app, [[ORG:kudiflow]], dey pull contact list from customer phone, and when person owe pass 30 days, collections team go message everybody for the list. [[PERSON:Blessing]] na the one wey build the scraper, no be her fault, na oga [[PERSON:Tunde]] give the order. I show [[PERSON:Goodluck]] say e dey against NDPR, he just laugh. One customer for [[LOCATION:Surulere]] call our office line [[PHONE:+234 809 555 0142]] dey cry say her pastor don receive message. Another one for [[LOCATION:Ikorodu]]. By [[DATE:August 2023]] I write memo, ref [[ID:KF-MEMO-0917]], send am to [[EMAIL:compliance@kudiflow.example]]. Nothing happen. [[PERSON:Blessing]] resign first. I follow her for [[DATE:October]]. Now I dey work for small shop for [[LOCATION:Yaba]] and I no regret am at all.
""",
    ),
    # ------------------------------------------------------------------ d7-04
    dict(
        notes="timestamped chat; word-names Will and Hope as speakers and mid-line, lower-case client, small towns",
        text="""
[09:02] me: did anyone read the brief
[09:03] [[PERSON:Will]]: the [[ORG:northwind]] one? yeah
[09:03] [[PERSON:Will]]: they want a "flight risk" score per employee from badge swipes + calendar data
[09:05] [[PERSON:Hope]]: thats their own staff??
[09:05] [[PERSON:Will]]: 3,800 people across [[LOCATION:Swindon]] and [[LOCATION:Didcot]]
[09:06] me: and they told the staff?
[09:07] [[PERSON:Hope]]: lol
[09:10] [[PERSON:Hope]]: [[PERSON:Priyanka]] says the SOW is already signed, ref [[ID:NW-2291-B]]
[09:12] me: can we at least drop the calendar features
[09:13] [[PERSON:Will]]: ask [[PERSON:Ravi]], he sold it
[09:31] [[PERSON:Ravi]]: guys its legal, their HR signed off. kickoff is [[DATE:Jan 8]], dont make this weird
[09:32] [[PERSON:Hope]]: cool cool cool
[09:40] me (dm to [[PERSON:Hope]]): are we really doing this
[09:41] [[PERSON:Hope]]: i'm out if it goes live. already talking to a recruiter

we built it. it went live in [[DATE:February]].
""",
    ),
    # ------------------------------------------------------------------ d7-05
    dict(
        notes="meeting minutes; word-names Frank, Joy, Art; bare Indian PIN code, Bengaluru areas, lower-case client",
        text="""
Minutes, model review, [[DATE:12/06/2023]]
Present: [[PERSON:Frank]] (chair), [[PERSON:Joy]], [[PERSON:Art]], [[PERSON:Deepa]] (notes), me

1. Delivery promise model. [[PERSON:Deepa]] showed that orders from [[LOCATION:560068]] and [[LOCATION:Bommanahalli]] get a 12-minute longer promise than [[LOCATION:Koramangala]] for the same distance. [[PERSON:Art]] thinks the model learned it from rider refusals.
2. [[PERSON:Frank]]: the client ([[ORG:tiffinly]]) likes the numbers, "not our problem".
3. [[PERSON:Joy]] asked if we can at least flag it in the monthly report. Action: [[PERSON:Joy]] to draft a note by [[DATE:30 June]].
4. AOB: [[PERSON:Art]] leaving for [[ORG:Swiggy]] at the end of the month.

Added by me, later: the note was never sent. [[PERSON:Joy]] forwarded her draft to my personal address and left in [[DATE:September]]. The longer promise for those areas is still in production as far as I know.
""",
    ),
    # ------------------------------------------------------------------ d7-06
    dict(
        notes="forum post, Portuguese code-switching; bare Brazilian CEP, São Paulo districts, lower-case fintech of ordinary words",
        text="""
posting from a throwaway ([[HANDLE:u/cansado_sp]]). trabalho numa fintech pequena, [[ORG:grana boa]], em [[LOCATION:Pinheiros]]. o modelo de crédito usa CEP como feature and people from [[LOCATION:04538-132]] get approved, people from [[LOCATION:Capão Redondo]] basically never. eu falei com o [[PERSON:Rafa]], meu lead, ele disse "CEP é só proxy de renda, relaxa". then [[PERSON:Marcelo]] from risk sent me the LGPD memo from [[DATE:2021]] saying we had to review proxies every semester. nobody did. i raised a ticket ([[ID:GB-3310]]) and it was closed as "won't fix" by [[PERSON:Rafa]]. should i go to the [[ORG:ANPD]]? i'm not brave enough. [[PERSON:Marcelo]] says people at [[ORG:Nubank]] had the same fight years ago. anyone been through this?
""",
    ),
    # ------------------------------------------------------------------ d7-07
    dict(
        notes="non-native English (Japanese); surname with -san and bucho outside span, Japanese postcode after 〒, era date, Tokyo neighbourhoods",
        text="""
I am working in small AI company [[ORG:hoshizora]], office is near [[LOCATION:Shimokitazawa]] station. In [[DATE:令和5年]] we receive project from insurance company [[ORG:Kinsei Life]]. They want to predict which customer become sick, using shopping data of convenience store point card. [[PERSON:Tanaka]]-san is my manager. I told [[PERSON:Tanaka]]-san the customers did not agree to this use. He said [[PERSON:Mori]] bucho already decided. Then [[PERSON:Yuki]] from sales show me contract, consent is only one line on page 14. Test data was only from [[LOCATION:Setagaya]], mostly postal code 〒[[LOCATION:155-0031]], because [[PERSON:Yuki]] lives there and knows the stores. I sent mail to [[EMAIL:yuki.i@hoshizora.example]] on [[DATE:2023年11月6日]] but no reply. Now the model is used for premium. I think about it every day.
""",
    ),
    # ------------------------------------------------------------------ d7-08
    dict(
        notes="Polish-English; bare Polish postcode, Kraków districts, lower-case client that is an ordinary Polish word, surname alone, pan outside",
        text="""
Krótko. We are six people in [[LOCATION:Kraków]], office in [[LOCATION:Kazimierz]], doing analytics for an e-commerce client, [[ORG:koszyk]]. In [[DATE:listopadzie 2022]] they asked for a "return abuser" list. [[PERSON:Tomek]] built it in two days. Top signal: delivery to [[LOCATION:Nowa Huta]], especially [[LOCATION:31-916]]. [[PERSON:Gosia]] checked and most of those "abusers" were pensioners sending back wrong sizes. I wrote to pan [[PERSON:Zbigniew]], our CEO, and he answered only "[[PERSON:Nowak]] decides". [[PERSON:Nowak]] is the client's head of ops. The list went live and those customers lost free returns. [[PERSON:Gosia]] wanted to tell [[ORG:UODO]]; [[PERSON:Tomek]] said we would lose the contract and the office. Nobody told anybody. I am writing here because I cannot say it at work.
""",
    ),
    # ------------------------------------------------------------------ d7-09
    dict(
        notes="Dutch-English; bare Dutch postcode, Utrecht neighbourhoods, lower-case client introduced in apposition, surname with particle",
        text="""
Ik schrijf dit in het Engels zodat meer mensen het kunnen lezen. Our bureau did a benefits-fraud risk model for a municipal client. De klant, [[ORG:vosbergen]], wilde alleen "objectieve" features. But the model put addresses in [[LOCATION:Kanaleneiland]] and [[LOCATION:Lombok]] at three times the risk of [[LOCATION:Wittevrouwen]]. Postcode area [[LOCATION:3531 ZA]] alone was a feature. [[PERSON:Anouk]] and I showed this to meneer [[PERSON:de Vries]], who runs the contract. He said the [[ORG:Autoriteit Persoonsgegevens]] would never look at a pilot. [[PERSON:Bram]] agreed with him, [[PERSON:Anouk]] did not. In [[DATE:april 2022]] the pilot became permanent. After the toeslagen affair I really thought we had learned something. [[PERSON:Anouk]] left for a job in [[LOCATION:Zwolle]]. I stayed and I still do not know if that was right.
""",
    ),
    # ------------------------------------------------------------------ d7-10
    dict(
        notes="Québec French code-switching; word-name Sunny, Canadian postcode with and without cue, Montréal neighbourhoods, lower-case firm",
        text="""
J'te jure, c'est rendu ridicule. We are a small shop, [[ORG:érable analytique]], doing rent-price models for landlords. [[PERSON:Sunny]] found out the scraper was also pulling tenant names from classifieds in [[LOCATION:Hochelaga]] and [[LOCATION:Villeray]]. [[PERSON:Sunny]] m'a texté at 11pm: "on garde ça?". I asked [[PERSON:Geneviève]] and she said [[PERSON:Tremblay]] wanted it "pour la qualité". The landlord client had buildings all over [[LOCATION:H2T]] and one at [[LOCATION:4521 rue Chambord, Montréal, QC H2J 3M5]]. So we ended up with a list of tenants who complained online. [[PERSON:Sunny]] quit in [[DATE:juin]]. I deleted the name column myself one night and nobody noticed, which tells you how much they needed it. Still there in the backups though.
""",
    ),
    # ------------------------------------------------------------------ d7-11
    dict(
        notes="US, chatty; word-name Bill and nickname Rusty with no cue, bare ZIP codes, Chicago neighbourhoods, lower-case firm",
        text="""
So the insurer we consult for, [[ORG:tallgrass]], wanted to price renters policies by "neighborhood stability". I was given the features. Half of them were just ZIP: [[LOCATION:60647]], [[LOCATION:60608]] and [[LOCATION:60623]] all scored "unstable", and those are [[LOCATION:Logan Square]], [[LOCATION:Pilsen]] and [[LOCATION:Little Village]]. [[PERSON:Bill]] runs our pricing desk. [[PERSON:Bill]] told me, and I quote, "stability is not race, stop making it race". [[PERSON:Rusty]] from the client side wanted it shipped before [[DATE:July 1]]. I wrote a two-page memo and asked to meet [[PERSON:Okonkwo]] in compliance. She agreed with me but said [[PERSON:Rusty]] outranks her. We shipped. I still have the memo. My number if any journalist reads this: [[PHONE:(312) 555-0186]].
""",
    ),
    # ------------------------------------------------------------------ d7-12
    dict(
        notes="Kenyan Sheng/English; product identifying a company, Nairobi estates, surname alone, national ID, postcode",
        text="""
Sasa, hii story imenisumbua. I was analyst at a digital lender, [[ORG:chapa haraka]], office in [[LOCATION:Kilimani]]. We scored borrowers using their [[ORG:M-Pesa]] statements and the model learned that anyone sending money to [[LOCATION:Eastleigh]] was "high risk". [[PERSON:Wanjiru]] showed me that's basically Somali families. I told [[PERSON:Otieno]], he said "data haiongopi". Then a customer called, ID number [[ID:28471936]], rejected five times, and she read out her address in [[LOCATION:Kayole]], postal code [[LOCATION:00515]]. [[PERSON:Wanjiru]] escalated to the board in [[DATE:May 2022]]. [[PERSON:Otieno]] got promoted. [[PERSON:Wanjiru]] alisema she's done and moved to [[LOCATION:Nanyuki]]. Me I'm still here, lakini I changed the feature quietly and nobody saw it yet.
""",
    ),
    # ------------------------------------------------------------------ d7-13
    dict(
        notes="Taglish; kuya and Ate outside, word-name Mark, product GCash, Metro Manila cities and district, lower-case lender",
        text="""
Grabe talaga. Our team at [[ORG:pautang plus]] made a "willingness to pay" score from [[ORG:GCash]] top-up patterns. Sabi ni kuya [[PERSON:Mark]] (our lead) it's fine kasi "anonymized". Pero Ate [[PERSON:Weng]] showed me that the score used barangay, and everybody from [[LOCATION:Tondo]] and [[LOCATION:Payatas]] got the worst rate. The pitch deck for the investors in [[LOCATION:BGC]] said "no demographic data". [[PERSON:Jhun]] from collections even asked kuya [[PERSON:Mark]] why the calls were all going to [[LOCATION:Marikina]] and [[LOCATION:Quezon City]]. Walang sagot. I sent a Viber message to [[PERSON:Weng]] on [[DATE:Dec 27]] saying I would resign. She told me to wait for the 13th month pay first, haha. I left in [[DATE:January]]. [[PERSON:Jhun]] is still there. Sana may magbago.
""",
    ),
    # ------------------------------------------------------------------ d7-14
    dict(
        notes="Indonesian-English; Pak and Mbak outside, lower-case e-wallet, Jakarta areas, bare postcode, Islamic-calendar date",
        text="""
Jadi begini. I work at [[ORG:dompetku]], a small e-wallet in [[LOCATION:Kemang]]. Pak [[PERSON:Budi]], our director, wanted to sell "lifestyle segments" to a property developer in [[LOCATION:Bogor]]. The segments came from transaction data: who shops at which mall, who pays zakat, who sends money to [[LOCATION:Cikini]]. Mbak [[PERSON:Rini]] from legal said UU PDP is not active yet so boleh. [[PERSON:Dimas]] built the export. One file was only customers with postcode [[LOCATION:12730]], because the developer wanted one kelurahan. I asked [[PERSON:Dimas]] how many rows, he said around 9,000. I emailed Pak [[PERSON:Budi]] at [[EMAIL:budi.h@dompetku.example]] after [[DATE:Lebaran 2023]]. He replied "sudah, jangan ribet". The developer also works with [[ORG:Gojek]] data, so maybe we were only a small piece. Still feels bad.
""",
    ),
    # ------------------------------------------------------------------ d7-15
    dict(
        notes="Turkish-English; Bey and Hanım outside, surname alone, Istanbul districts and a landmark, bare Turkish postcode, lower-case firm",
        text="""
Merhaba. I am data scientist in a startup, [[ORG:kumbara]], near [[LOCATION:Moda]] in [[LOCATION:Kadıköy]]. [[PERSON:Emre]] Bey asked us to use location pings to guess which users pray at mosque, "for Ramadan campaign". [[PERSON:Selin]] Hanım said no, KVKK does not allow. [[PERSON:Emre]] Bey said do it anyway, only for [[LOCATION:Üsküdar]] and postcode [[LOCATION:34710]] first. [[PERSON:Aydın]] from product made the dashboard. The meeting was in the café under [[LOCATION:Galata Tower]], I remember because [[PERSON:Selin]] almost cried there. In [[DATE:Mart 2024]] the campaign went out. Users complained on social media that app knows their mosque. [[PERSON:Aydın]] deleted the dashboard the same day. Nobody was punished. I am looking for other job now.
""",
    ),
    # ------------------------------------------------------------------ d7-16
    dict(
        notes="Mexican Spanish code-switching; Doña outside, nicknames, Mexico City districts and a small town, bare postal code, lower-case store of ordinary words",
        text="""
Bueno, les cuento. Trabajé en [[ORG:la tiendita]], an app for corner shops. Doña [[PERSON:Lupe]], one of our first shopkeepers in [[LOCATION:Coyoacán]], asked why her credit line went down. [[PERSON:Chuy]] checked: the model cut limits for all shops in [[LOCATION:04100]] after one robbery report. Same thing in [[LOCATION:Tlalpan]]. I told [[PERSON:Fer]], our PM, and [[PERSON:Fer]] said "es el modelo, no nosotros". Then in [[DATE:agosto 2022]] the CEO bragged about "risk-aware lending" at a conference in [[LOCATION:Tepoztlán]]. I wrote to [[EMAIL:soporte@latiendita.example]] as a customer, pretending to be Doña [[PERSON:Lupe]]'s niece, just to see what they answer. They answered with a template. [[PERSON:Chuy]] left. I stayed one more year.
""",
    ),
    # ------------------------------------------------------------------ d7-17
    dict(
        notes="German-English; Frau outside, surname alone, full German street address as one span, bare PLZ, small Bavarian town, lower-case firm",
        text="""
Kurz zur Lage: I was at [[ORG:datenwerk]], a consultancy of 20 people, office at [[LOCATION:Venloer Str. 312, 50823 Köln]]. The client was a regional bus operator near [[LOCATION:Bad Tölz]], which sells through [[ORG:Deutsche Bahn]] too. They wanted ticket data linked to loyalty cards "für Marketing". Frau [[PERSON:Schubert]] on the client side pushed hard. [[PERSON:Jörg]], my boss, agreed in the first call. I made a small analysis: with only three trips you can find most people's home stop in [[LOCATION:83646]]. [[PERSON:Jörg]] said "dann aggregieren wir halt", and the aggregate was per stop per hour. That is not aggregate. I raised it again in [[DATE:Mai 2022]]. [[PERSON:Schubert]] called me "naiv". I left in [[DATE:autumn 2022]] and now I work in [[LOCATION:Ehrenfeld]], for a cooperative.
""",
    ),
    # ------------------------------------------------------------------ d7-18
    dict(
        notes="South African English; word-names Gift and Precious, surname alone, townships and a town, bare 4-digit postcode, lower-case lender",
        text="""
Eish. At [[ORG:kasi credit]] we had a rule that nobody would talk about: applications from [[LOCATION:Khayelitsha]] and [[LOCATION:Gugulethu]] went to manual review, which in practice meant declined. [[PERSON:Gift]] found it in the scoring config, a hard-coded list of postcodes starting with [[LOCATION:7784]]. [[PERSON:Precious]] and [[PERSON:Gift]] took it to [[PERSON:Naidoo]], who said it came "from head office in [[LOCATION:Stellenbosch]]". We asked if it was legal under POPIA and the NCA. [[PERSON:Naidoo]] said that's for lawyers. [[PERSON:Thabo]] in the call centre said customers were told "system error". In [[DATE:2022]] [[ORG:Capitec]] started lending in the same areas and we lost customers, so the rule was dropped for business reasons, not ethical ones. [[PERSON:Precious]] laughed about it. I didn't.
""",
    ),
    # ------------------------------------------------------------------ d7-19
    dict(
        notes="Korean-English e-mail; family-name-first names, title after name outside, Seoul neighbourhoods, bare Korean postcode, Korean date, lower-case firm",
        text="""
To: [[EMAIL:ethics-line@haneul.example]]
Subject: delivery rider scoring

Hello. I am analyst in [[ORG:haneul mobility]]. Since [[DATE:2023년 3월]] we score riders by "complaint risk". [[PERSON:Kim Soo-ah]] and I found that riders who take breaks near [[LOCATION:Seongsu-dong]] or [[LOCATION:Hongdae]] get lower scores, because those areas have more complaints, not because riders are bad. [[PERSON:Lee]] 팀장님 said we should not change it because [[ORG:Naver]] map data is "objective". Riders with low score get fewer orders. One rider, rider ID [[ID:HR-20931]], lives in postcode [[LOCATION:04779]] and lost 40% of his income. [[PERSON:Soo-ah]] wrote this with me. Please answer to my private mail, not company mail.

Thank you.
""",
    ),
    # ------------------------------------------------------------------ d7-20
    dict(
        notes="Egyptian Arabic code-switching; Ustaza outside, Cairo districts, real e-payment firm, lower-case fictional firm, Egyptian phone",
        text="""
Yaani I don't know where else to write this. I work at [[ORG:nile pay]], a payments startup in [[LOCATION:Maadi]]. Ustaza [[PERSON:Mona]] (head of risk) asked us to block any merchant whose owner's national ID shows birth in [[LOCATION:Sinai]] or [[LOCATION:Aswan]], "fraud reasons". [[PERSON:Karim]] wrote the rule in one afternoon. I asked [[PERSON:Sherif]] if there is any fraud data behind it. He sent me one Excel from [[DATE:2019]] with 14 rows. Khalas, that's the evidence. Merchants in [[LOCATION:Heliopolis]] and [[LOCATION:Zamalek]] were never checked. Our partner, [[ORG:Fawry]], does not know about the rule. A merchant called [[PHONE:+20 10 5550 1873]] last week crying. [[PERSON:Karim]] feels bad too but he has a family. I have one more month of probation and then I decide.
""",
    ),
    # ------------------------------------------------------------------ d7-21
    dict(
        notes="Hinglish chat with timestamps; bhai outside, surname alone, Mumbai suburbs, bare PIN code, lower-case internal project name",
        text="""
[22:14] [[PERSON:Sneha]]: bhai did u see the new feature list for [[ORG:sangam]]
[22:15] me: the one [[PERSON:Rohit]] bhai pushed?
[22:15] [[PERSON:Sneha]]: yes. "religion_guess" from first name + surname. for loan pricing yaar
[22:17] me: wtf. who approved
[22:18] [[PERSON:Sneha]]: [[PERSON:Iyer]] sir signed it, says client wants it, client is that nbfc from [[LOCATION:Andheri]]
[22:20] me: their branch data is only [[LOCATION:400053]] and [[LOCATION:Bandra]] anyway
[22:21] [[PERSON:Sneha]]: thats why theyre doing it, to expand to [[LOCATION:Mumbra]]. u know what that means
[22:24] me: im writing to [[PERSON:Iyer]] tomorrow
[22:25] [[PERSON:Sneha]]: dont put my name. cc [[EMAIL:grievance@sangamfin.example]] if u want a paper trail
[22:40] [[PERSON:Rohit]]: guys its just a feature, relax. [[ORG:Flipkart]] does worse

(next morning [[PERSON:Iyer]] called me in. the feature stayed)
""",
    ),
    # ------------------------------------------------------------------ d7-22
    dict(
        notes="Australian English; word-name Summer, surname alone, suburbs and regional city, bare Australian postcode, lower-case firm",
        text="""
Reckon this is a common one. I was a contractor at [[ORG:wattle analytics]] building a churn model for an energy retailer. [[PERSON:Summer]], the account lead, told us to add a "hardship likelihood" flag so the retailer could quietly stop offering discounts to people about to struggle. Training data was mostly [[LOCATION:Fremantle]] and [[LOCATION:Ballarat]]. Anyone in [[LOCATION:3350]] with a late payment scored high. [[PERSON:Kowalski]] in QA raised it, [[PERSON:Summer]] said the client "owns the decision". I sent the analysis to [[PERSON:Tane]] at the retailer, [[EMAIL:tane.w@southcurrent.example]], and never heard back. The contract ended in [[DATE:March 2023]]. Later I saw [[ORG:southcurrent]] in the news for hardship breaches. I don't know if my flag was part of it. [[PERSON:Kowalski]] thinks yes.
""",
    ),
    # ------------------------------------------------------------------ d7-23
    dict(
        notes="Irish English; word-name Faith, Irish-language surname alone, small towns and villages, Eircode, real health service, lower-case insurer",
        text="""
Grand so. I did pricing at [[ORG:greenway insure]] in [[LOCATION:Cavan]]. Our models charged more for cars kept in [[LOCATION:Ballyjamesduff]] and [[LOCATION:Bailieborough]] than in [[LOCATION:Dublin 4]], which makes no sense on claims. [[PERSON:Faith]], who was over the team, said it came from a broker feed. [[PERSON:Siobhán]] traced it: the feed used Traveller halting sites as a risk marker. She showed me a case with Eircode [[LOCATION:A82 F6T2]] quoted €900 more than next door. [[PERSON:Ó Briain]] from compliance said "leave it with me" in [[DATE:June 2021]]. Nothing. In the end [[PERSON:Faith]] moved to the [[ORG:HSE]] and [[PERSON:Siobhán]] went to [[LOCATION:Galway]]. I'm still here, still quoting, and I hate it.
""",
    ),
    # ------------------------------------------------------------------ d7-24
    dict(
        notes="Welsh and Scottish villages, UK postcode with no cue, drama-range UK phone, lower-case firm, Welsh nickname",
        text="""
quick one from a small team. we're a 9 person firm, [[ORG:glenmoss]], and we did a "rural footfall" model for a tourism board. [[PERSON:Rhiannon]] spotted that the wifi logs we'd been sent let you follow individual phones from [[LOCATION:Machynlleth]] to [[LOCATION:Llanberis]] and back. one device went to the same house in [[LOCATION:SY20 8EB]] every night. [[PERSON:Dai]] said bin it, [[PERSON:Morag]] said the board had paid for it. i rang the board myself on [[PHONE:01632 960512]]. the woman there was lovely and horrified. a week later [[PERSON:Morag]] told us the board wanted the same for [[LOCATION:Portree]]. [[PERSON:Rhiannon]] and [[PERSON:Dai]] refused. i did the aggregate version only. still not sure that was enough.
""",
    ),
    # ------------------------------------------------------------------ d7-25
    dict(
        notes="Colombian Spanish code-switching; Don outside, nicknames, Medellín districts and town, cédula number, real delivery app, lower-case lender",
        text="""
Parce, esto pasó en [[DATE:2022]]. I was data analyst at [[ORG:platica]], microloans for delivery riders, office in [[LOCATION:El Poblado]]. We bought rider data from a partner that works with [[ORG:Rappi]]. [[PERSON:Caro]] noticed riders living in [[LOCATION:Manrique]] or [[LOCATION:Bello]] got half the limit. Don [[PERSON:Álvaro]], the owner, said "es zona roja, punto". [[PERSON:Pipe]] showed him a rider with cédula [[ID:1.036.642.118]] who never missed a payment and still got cut. Don [[PERSON:Álvaro]] just said to remove that example from the deck. I moved to a company in [[LOCATION:Envigado]]. [[PERSON:Caro]] still sends me memes about it. No sé si hice suficiente.
""",
    ),
    # ------------------------------------------------------------------ d7-26
    dict(
        notes="Rioplatense Spanish; nicknames, Buenos Aires barrios and a town, Argentine postcode, real marketplace, Spanish month",
        text="""
Che, les cuento algo. Worked at [[ORG:mate data]], small consultancy in [[LOCATION:Palermo Soho]]. A client, one of the big sellers on [[ORG:Mercado Libre]], wanted to raise prices for shoppers in [[LOCATION:Belgrano]] and [[LOCATION:Nordelta]] and lower them in [[LOCATION:Lugano]], but only for returning customers. [[PERSON:Facu]] built it. [[PERSON:Juli]] asked if the customers knew. [[PERSON:Gonzalo]], our boss, said "es segmentación, boludo, todo el mundo lo hace". The postcode feature was literally CP [[LOCATION:C1428]] versus the rest. In [[DATE:marzo 2023]] I quit and went to live in [[LOCATION:Tigre]]. [[PERSON:Facu]] called me a month later saying the client wanted it for rent ads too. [[PERSON:Juli]] says [[PERSON:Gonzalo]] got a bonus.
""",
    ),
    # ------------------------------------------------------------------ d7-27
    dict(
        notes="Ghanaian English; word-name Comfort, Akan names alone, Accra neighbourhoods, national ID number, phone, lower-case savings app",
        text="""
Chale, this one pains me. At [[ORG:susu box]], a savings app in [[LOCATION:Osu]], we started using how often people top up from [[LOCATION:Madina]] market as a "trust score". [[PERSON:Comfort]], our ops lead, said it was to help traders. Then [[PERSON:Kwame]] saw the score being sold to a microfinance firm in [[LOCATION:Kumasi]]. I asked [[PERSON:Comfort]] and she said [[PERSON:Kofi]] negotiated it. [[PERSON:Kofi]] showed me one trader's profile with national ID [[ID:GHA-724118903-2]] and her full history. I called the microfinance people on [[PHONE:+233 20 555 0199]] pretending to be a customer and they knew everything. By [[DATE:December 2023]] I had resigned. [[PERSON:Kwame]] stayed, he says he is trying from inside.
""",
    ),
    # ------------------------------------------------------------------ d7-28
    dict(
        notes="Vietnamese-English; anh and chị outside, Ho Chi Minh City ward and district, lunar new year date, real e-wallet, lower-case startup",
        text="""
Em xin kể. I worked at [[ORG:sao mai]], a lending startup in [[LOCATION:Thảo Điền]]. anh [[PERSON:Minh]] was our CTO. The model used phone contact lists, and collections called the borrower's family in [[LOCATION:Quận 8]] when payments were late. chị [[PERSON:Hằng]] from legal said it is normal in [[LOCATION:Vietnam]], everybody does it. After [[DATE:Tết 2024]] a borrower's mother in [[LOCATION:Biên Hòa]] called our hotline [[PHONE:+84 28 5555 0172]] and said her son stopped going home. anh [[PERSON:Minh]] told collections to call less, not to stop. [[PERSON:Phúc]] in collections showed me the script: it named the borrower and the amount to anyone who picked up. We also pulled top-up data from [[ORG:MoMo]] with the customer's consent screen pre-ticked. I reported to chị [[PERSON:Hằng]] in writing. She answered "em còn trẻ". I left.
""",
    ),
    # ------------------------------------------------------------------ d7-29
    dict(
        notes="New Zealand English with te reo; names alone, small towns with macrons, bare NZ postcode, lower-case health provider",
        text="""
Kia ora. I was the only analyst at [[ORG:kōwhai health]], a small primary care network covering [[LOCATION:Whanganui]] and [[LOCATION:Ōtaki]]. The board wanted a "no-show" model to double-book appointments. [[PERSON:Aroha]] and I found the top predictor was being Māori and living in [[LOCATION:Castlecliff]]. Double-booking those slots means those patients wait in the room longer and give up. [[PERSON:Tama]] said we could remove ethnicity, but postcode [[LOCATION:4500]] carried the same signal. The CEO, [[PERSON:Lindqvist]], said the model was "clinically neutral". We went to the Māori health advisory group in [[DATE:October 2022]] and they shut it down in one meeting. [[PERSON:Aroha]] says that was the first time she felt listened to at work. [[PERSON:Lindqvist]] didn't speak to either of us for weeks.
""",
    ),
    # ------------------------------------------------------------------ d7-30
    dict(
        notes="NEGATIVE: lower-case rushed; ordinary words that are also names (will, hope, grace, bill, mark, frank, joy, art, summer), tools, weekdays, durations",
        text="""
i hope this is the right place. will try to keep it short. our team got told to bill the client for a full retrain when we only re-ran the old notebook with a new random seed. my lead said the grace period on the contract covers it and to mark the ticket as done. i asked for a frank conversation and got a thirty minute call on a friday where nobody said anything real. the summer intern had already noticed the AUC was identical to four decimals. there is no joy in this job some weeks. honestly the art of consulting seems to be charging twice for the same Jupyter cell. i did not push back harder because i need the visa sponsorship for another eighteen months. if anyone has been through this, how do you keep going?
""",
    ),
    # ------------------------------------------------------------------ d7-31
    dict(
        notes="US e-mail; word-names Chance and Dawn with no cue, bare ZIP+4 and ZIP, small US towns, lower-case firm, 555 phone",
        text="""
From: (my personal account)
To: a friend who does labor law

Hey, sorry this is long. My employer, [[ORG:lakeshore]], sells warehouse scheduling software. Our biggest customer runs sites in [[LOCATION:Hoboken]] and [[LOCATION:Cuyahoga Falls]]. [[PERSON:Chance]] on the product team added an "availability reliability" score that penalises anyone who took leave, including medical and parental. I flagged it to [[PERSON:Dawn]], who told me [[PERSON:Chance]] had the VP behind him. Workers at the [[LOCATION:44221]] site are now offered fewer shifts. Our data shows it clearly for the site at [[LOCATION:07030-5774]] too. [[PERSON:Dawn]] asked me to stop putting it in writing. The sales call with the customer is [[DATE:Sept 19]]. You can reach me at [[PHONE:216-555-0147]] after 6. Is this an ADA problem or am I overreacting?
""",
    ),
    # ------------------------------------------------------------------ d7-32
    dict(
        notes="UK, Bristol; word-name Rose, lower-case housing association, districts, full UK postcode with no cue, surname alone",
        text="""
This happened at [[ORG:ashcombe]], a housing association in [[LOCATION:Bristol]]. We built a rent-arrears model. [[PERSON:Rose]], the head of income, wanted it to prioritise evictions. The strongest feature was living in [[LOCATION:Easton]] or [[LOCATION:Lawrence Hill]], which track ethnicity closely. I showed [[PERSON:Rose]] a tenant at [[LOCATION:BS5 6HY]] who'd been flagged for a £12 arrear after a benefits delay. [[PERSON:Okafor]] from the tenant panel asked to see the model and [[PERSON:Rose]] refused. I took it to the board in [[DATE:spring 2023]] with [[PERSON:Okafor]]'s help. They paused it. Then in [[DATE:autumn]] it came back with [[LOCATION:Bedminster]] added "for balance". I'm leaving.
""",
    ),
    # ------------------------------------------------------------------ d7-33
    dict(
        notes="lower-case rushed; lower-case first names incl. frank, lower-case internal project name, Manchester districts and a park, bare UK outward code",
        text="""
right so. uni spin-out, [[ORG:kestrel]] is the internal name for the project, its a "student wellbeing" model sold to universities. [[PERSON:frank]] pitched it to three unis in a week. what it actually does is flag students whose wifi logins drop off, and the flagged list goes to the finance office not to welfare. [[PERSON:frank]] knows. [[PERSON:ellie]] asked him straight out and he said "we dont control what clients do". most flags were halls in [[LOCATION:Fallowfield]] and [[LOCATION:M14]], the cheap ones round [[LOCATION:Platt Fields Park]]. [[PERSON:ellie]] and [[PERSON:dev]] wanted to add a consent screen. [[PERSON:frank]] said consent would "kill adoption". i emailed [[EMAIL:ethics@kestrel-labs.example]], which turns out to be [[PERSON:frank]]'s inbox. so. anyway im interviewing elsewhere and i told [[PERSON:dev]] to do the same.
""",
    ),
    # ------------------------------------------------------------------ d7-34
    dict(
        notes="NEGATIVE: timestamped chat between roles only; mid-sentence capitals that are not names, tools, metrics, relative dates",
        text="""
[10:01] me: quick q, is it normal to drop the low-income segment before computing the uplift
[10:02] senior analyst: depends who asks
[10:02] me: the head of growth asked
[10:03] senior analyst: then yes lol
[10:05] me: the uplift goes from 0.4% to 3.1% if we drop them
[10:06] senior analyst: thats the slide for the board next month right
[10:06] me: yes
[10:08] senior analyst: put the full number in the appendix. nobody reads the appendix but at least its there
[10:09] me: feels like hiding it
[10:10] senior analyst: it is hiding it. welcome to the job
[10:30] me: ok i put both in the main deck. the PM will be annoyed
[10:31] senior analyst: respect. tell me how it goes on Thursday

update two weeks later: the PM removed my slide. the board saw 3.1%. nobody asked about it.
""",
    ),
    # ------------------------------------------------------------------ d7-35
    dict(
        notes="Hong Kong forum post with Cantonese; Ah-nickname, given names alone, districts, real transport operator and a card brand, bare handle",
        text="""
Long time lurker. 我喺一間細公司做 data, [[ORG:bauhinia insight]], office in [[LOCATION:Kwun Tong]]. We got a contract to study commuter flows using [[ORG:Octopus]] card taps, supposedly anonymised. [[PERSON:Ka-yan]] found the card ID was just hashed without salt, so anyone with the original list could reverse it. [[PERSON:Ah Keung]], our boss, said the client only wanted heatmaps of [[LOCATION:Tseung Kwan O]] and [[LOCATION:Sai Kung]]. But then the client asked for "repeat visitors to [[LOCATION:Admiralty]] on [[DATE:1 July]]". 大家明白點解. [[PERSON:Ka-yan]] refused. [[PERSON:Ah Keung]] gave it to [[PERSON:Winnie]] instead, who did it in an afternoon. We never worked with the [[ORG:MTR]] directly, so I don't know if they knew. DM [[HANDLE:@quietdata_hk]] if you've seen the same.
""",
    ),
    # ------------------------------------------------------------------ d7-36
    dict(
        notes="Chinese-English; family-name-first full name, Lao outside, Beijing and Shanghai districts, bare Chinese postcode, Chinese date, payment product",
        text="""
I work in [[LOCATION:Pudong]] for [[ORG:tianyan tech]]. Our team lead is [[PERSON:Wang Jianguo]]. In [[DATE:2022年9月]] a property management client asked us for a "tenant reliability" score. Data: rent payments through [[ORG:Alipay]], visitor logs at the compound gate, and the face camera at the lift. Lao [[PERSON:Zhang]] from the client told us compound [[LOCATION:200120]] was the pilot. I asked [[PERSON:Wang]] if tenants agreed. He said the lease has a clause. [[PERSON:Xiaomei]] checked: the clause is about fire safety. Then the same model was sold to a landlord in [[LOCATION:Chaoyang]]. [[PERSON:Xiaomei]] wrote a short note for the PIPL review. [[PERSON:Wang]] told her it was "not the right time". She transferred to another team. I still do the monthly refresh.
""",
    ),
    # ------------------------------------------------------------------ d7-37
    dict(
        notes="Swedish minutes; names alone, Stockholm districts, bare Swedish postcode, real university, lower-case firm",
        text="""
Anteckningar / notes, team meeting [[DATE:2023-05-17]]
Närvarande: [[PERSON:Linnea]], [[PERSON:Björn]], [[PERSON:Sami]], me

- [[PERSON:Björn]] reported that the pharmacy client ([[ORG:recept norr]]) wants to link prescription pickups to loyalty cards for "personalised offers".
- [[PERSON:Linnea]]: this is health data, we need a DPIA. [[PERSON:Björn]]: "they already have consent". Disagreement noted.
- Pilot stores: [[LOCATION:Södermalm]] and [[LOCATION:Vasastan]]. [[PERSON:Sami]] showed that in postcode [[LOCATION:113 46]] there are so few customers on some medicines that you can tell who they are.
- [[PERSON:Linnea]] proposes to ask the researchers at [[ORG:Karolinska Institutet]] who wrote the re-identification paper. Nobody objects, nobody volunteers.
- Decision: [[PERSON:Björn]] continues the pilot.

Comment from me afterwards: [[PERSON:Linnea]] resigned a few weeks later. I am still on the project.
""",
    ),
    # ------------------------------------------------------------------ d7-38
    dict(
        notes="NEGATIVE: non-native e-mail with job titles, regulators named only generically, laws, money, metrics, capitalised common words",
        text="""
Dear all,

I write because I do not know if my situation is normal. In my company, the Head of Data asks the analysts to change the definition of "active user" every quarter, so the number always goes up. First it was login in 30 days, then 60 days, now any push notification opened. The CFO presents this number to investors. When I asked in the All Hands meeting, my manager told me after that I should "read the room". I have a work permit that depends on this job, so I am careful. The Data Protection Officer is nice but this is not privacy. Is this a case for the financial regulator? I have the SQL queries and the Looker history with all versions. Thank you for reading, and sorry for my English.
""",
    ),
    # ------------------------------------------------------------------ d7-39
    dict(
        notes="Italian-English; dottor outside, nickname, Milan and Bologna districts, bare Italian CAP, real regulator, lower-case project name",
        text="""
Allora. I worked in [[LOCATION:Milano]], near [[LOCATION:Navigli]], for a consultancy doing a project called [[ORG:lanterna]] for a regional bank. [[ORG:lanterna]] scored small businesses for credit using their reviews online. [[PERSON:Giulia]] found that restaurants in [[LOCATION:Bolognina]] and around [[LOCATION:via Padova]] got lower scores because of reviews mentioning "foreigners". dottor [[PERSON:Ferri]], the partner, said "è solo testo, non è etnia". [[PERSON:Ciccio]] from IT said the reviews were scraped without permission anyway. We had a CAP [[LOCATION:20127]] in the top ten features. [[PERSON:Giulia]] wanted to write to the [[ORG:Garante]]. [[PERSON:Ferri]] reminded her about the NDA. In [[DATE:settembre 2021]] the bank launched it. [[PERSON:Giulia]] now teaches in a liceo and is much happier.
""",
    ),
    # ------------------------------------------------------------------ d7-40
    dict(
        notes="Catalan/Spanish-English; names alone incl. Pau, Barcelona and Madrid barrios, bare Spanish postcode, real regulator, lower-case firm that is an ordinary word",
        text="""
Bon dia. Treballo a [[ORG:cistella]], a grocery delivery startup in [[LOCATION:Gràcia]]. We made a "fraud" model for cash-on-delivery orders. [[PERSON:Pau]] saw that almost every flagged order was in [[LOCATION:El Raval]] or [[LOCATION:08001]], where many people have no bank card. [[PERSON:Núria]] tried to explain this to [[PERSON:Sergio]], who runs our office in [[LOCATION:Lavapiés]], [[LOCATION:Madrid]]. [[PERSON:Sergio]] said cash is risky, end of story. Flagged orders are cancelled automatically. [[PERSON:Pau]] counted 1,400 cancelled orders in [[DATE:gener 2024]]. I asked if we could tell the [[ORG:AEPD]] or at least the customers. [[PERSON:Núria]] said that would end her career. So we fixed the threshold a bit, quietly. It is better, not good.
""",
    ),
    # ------------------------------------------------------------------ d7-41
    dict(
        notes="French-English; names alone, Lyon and Paris quartiers, bare French postcode, real regulator, lower-case startup",
        text="""
Bon. Je bossais chez [[ORG:tartine]], une petite startup RH à [[LOCATION:Lyon]], dans le quartier de la [[LOCATION:Croix-Rousse]]. Our CV ranking model learned to push down candidates who lived in [[LOCATION:Vaulx-en-Velin]] and [[LOCATION:Vénissieux]]. [[PERSON:Mathis]] showed that the postcode [[LOCATION:69120]] alone moved a candidate down 12 places. [[PERSON:Inès]] told [[PERSON:Lefebvre]], our CEO. [[PERSON:Lefebvre]] answered that clients in [[LOCATION:Belleville]] and [[LOCATION:La Défense]] never complained. The client list included two ministries. [[PERSON:Inès]] wanted to write to the [[ORG:CNIL]]. [[PERSON:Mathis]] said the [[ORG:CNIL]] would take two years. Finally we removed the postcode in [[DATE:février 2023]], but left the commute time, which is the same thing. I left after that.
""",
    ),
    # ------------------------------------------------------------------ d7-42
    dict(
        notes="NEGATIVE: meeting minutes with roles only; team names, acronyms, laws, metrics, weekdays, durations",
        text="""
Minutes, fairness review

Attendees: Head of Data Science, two ML engineers, the DPO, a product manager, me (notes)

1. The credit line model shows a gap of 9 points in approval rate between age bands. The four-fifths rule fails for the over-60 group.
2. Product manager: "age is legally allowed as a feature here". DPO: allowed is not the same as fair, and the DPIA did not mention it.
3. ML engineers propose a constrained retrain, estimated two sprints. Head of Data Science prefers to "monitor for a quarter".
4. Decision: monitor for a quarter. Action on the risk team to send a monthly report.
5. Next review on a Wednesday, date to be confirmed.

Notes from me: the monthly report was sent twice and then stopped. The gap is now 11 points. I have the numbers in a private folder.
""",
    ),
    # ------------------------------------------------------------------ d7-43
    dict(
        notes="Pakistani English with Urdu; sahib outside, Lahore areas, CNIC number, mobile wallet product, central bank by acronym, lower-case lender",
        text="""
Assalam o alaikum. I was in the data team at [[ORG:qarza now]], a lending app in [[LOCATION:Gulberg]], [[LOCATION:Lahore]]. [[PERSON:Bilal]] sahib, our COO, told us to score borrowers with the SMS inbox. We read every message from [[ORG:Easypaisa]] and the banks, and also personal ones. [[PERSON:Ayesha]] showed that women from [[LOCATION:Shahdara]] and [[LOCATION:Bhati Gate]] got lower limits because they received fewer bank SMS. I had one complaint in hand, CNIC [[ID:35202-4817362-4]], a widow who was refused three times. [[PERSON:Bilal]] sahib said "yeh tou data hai, hum kya karein". [[PERSON:Hamza]] from tech said [[ORG:SBP]] rules did not cover it. In [[DATE:Ramzan 2023]] I resigned. [[PERSON:Ayesha]] moved to a bank in [[LOCATION:DHA]]. Allah behtar jaanta hai.
""",
    ),
    # ------------------------------------------------------------------ d7-44
    dict(
        notes="Singlish; names alone incl. Chinese, Malay and Indian, HDB towns, bare Singapore postcode, real ride-hailing firm, agencies by acronym, lower-case firm",
        text="""
Wah this one quite sian. I was at [[ORG:kopi cloud]], small analytics vendor, office at [[LOCATION:Tiong Bahru]]. Client wanted to rank their delivery drivers by "reliability". [[PERSON:Wei Ling]] noticed drivers living in [[LOCATION:Jurong West]] and [[LOCATION:Woodlands]] got penalised because they start further away. [[PERSON:Siti]] said we could normalise by distance, very simple fix. But [[PERSON:Raj]] from the client say cannot, because their old vendor did it this way and [[ORG:Grab]] also does it. One driver's block was [[LOCATION:640512]], he lost his bonus three months in a row. [[PERSON:Wei Ling]] thought of writing to the [[ORG:PDPC]], but it's not data protection, it's just unfair. [[ORG:TAFEP]]? Also not really. In the end [[PERSON:Siti]] and I did the fix anyway in the next release in [[DATE:Nov 2023]]. [[PERSON:Raj]] never noticed lor.
""",
    ),
    # ------------------------------------------------------------------ d7-45
    dict(
        notes="lower-case team chat without timestamps; bare lower-case names incl. bill and kai, lower-case product and project names, handle, internal URL",
        text="""
[[PERSON:kai]]: the retention dash in [[ORG:orbitly]] is counting people who cancelled as "paused"
[[PERSON:nadia]]: since when
[[PERSON:kai]]: since [[PERSON:bill]] changed the definition for the [[ORG:bluejay]] launch
[[PERSON:nadia]]: thats the one the investors saw
[[PERSON:kai]]: yep. 71% retention. real number is 48
[[PERSON:nadia]]: did [[PERSON:bill]] know
[[PERSON:kai]]: he wrote it. see [[URL:wiki.orbitly.internal/metrics/retention-v3]]
[[PERSON:nadia]]: ok im taking this to [[PERSON:marisol]]
[[PERSON:kai]]: [[PERSON:marisol]] signed the deck
[[PERSON:nadia]]: then to the board
[[PERSON:kai]]: u know what happens to people who go to the board
[[PERSON:nadia]]: posting in [[HANDLE:#metrics-integrity]] anyway

(that was me and a colleague. the post in [[HANDLE:#metrics-integrity]] got deleted in an hour. [[PERSON:bill]] still runs growth.)
""",
    ),
    # ------------------------------------------------------------------ d7-46
    dict(
        notes="NEGATIVE: forum post with Spanish code-switching; weekdays, durations, relative dates, tools, job titles, money",
        text="""
Buenas. Throwaway because my manager reads this forum. Every Monday our director asks for the weekly fraud numbers "sin los casos raros", which means without the chargebacks that make the model look bad. Last year it was only a few cases. Now it is almost a third of them. I keep the full numbers in a separate Tableau sheet that nobody opens. My team lead says it is normal, that every fintech cleans the data before the committee. The compliance officer has not been in a meeting for six months. I do not want to be the person who gets fired before Christmas, but I also do not want my name on a dashboard that lies. ¿Qué harían ustedes? Is there any way to raise this without it coming back to me?
""",
    ),
    # ------------------------------------------------------------------ d7-47
    dict(
        notes="Canadian e-mail; word-name Patience in the greeting, surnames alone, lower-case credit union, Vancouver street, park and neighbourhoods, BC towns, Canadian postcode with no cue",
        text="""
Hi [[PERSON:Patience]],

You asked me to write down what happened at [[ORG:cedarline]] before the review, so here it is.

In [[DATE:Q2 2023]] we were asked to build a "branch closure impact" model. The brief from [[PERSON:Haldane]] was to show that closing the [[LOCATION:Commercial Drive]] branch would affect "few members". The model did show that, because it counted only members who used the branch app, and most older members in [[LOCATION:V5L 3X2]] never installed it. [[PERSON:Deng]] and I redid it with counter visits: 2,900 members, many from [[LOCATION:Strathcona]] and the blocks around [[LOCATION:Grandview Park]]. [[PERSON:Haldane]] asked us to leave counter visits out of the board pack. The board then approved the closure and a "hub" in [[LOCATION:Burnaby]]. Members in [[LOCATION:Tofino]] lost their branch the same way a year earlier.

I'm happy to talk: [[EMAIL:n.ross.personal@mailbox.example]].
""",
    ),
    # ------------------------------------------------------------------ d7-48
    dict(
        notes="Tamil-English; akka and anna outside, Chennai neighbourhoods, bare Indian PIN code, real software firm, central bank by acronym, lower-case fintech of a Tamil word",
        text="""
Enna solradhu. I joined [[ORG:kaasu]], a small BNPL startup in [[LOCATION:Adyar]], in [[DATE:2022]]. [[PERSON:Karthik]] anna, our founder, ex-[[ORG:Zoho]], wanted "community signals" in the credit model. What he meant: surname, and whether the customer lives in [[LOCATION:Mylapore]] or [[LOCATION:Vyasarpadi]]. [[PERSON:Lakshmi]] akka from risk objected in the first meeting. [[PERSON:Karthik]] anna said everybody in the industry does it, don't be idealistic. I built the feature, I'm not proud. Customers from [[LOCATION:600039]] were approved 30% less. Later [[PERSON:Arun]] from the board asked for a fairness report, and [[PERSON:Lakshmi]] akka made me write it honestly. The feature was removed in [[DATE:Diwali 2023]] week, not for ethics, because [[ORG:RBI]] guidelines on digital lending came. Still, removed is removed.
""",
    ),
    # ------------------------------------------------------------------ d7-49
    dict(
        notes="Nepali-English; dai and didi outside, Kathmandu valley areas, real wallet product, lower-case fintech, Nepali calendar date",
        text="""
Namaste. I work at [[ORG:himal fintech]] in [[LOCATION:Jhamsikhel]]. We give micro insurance through [[ORG:eSewa]] top-ups. [[PERSON:Sujan]] dai, head of product, wanted to price premiums by caste, using surname as a proxy. [[PERSON:Pema]] didi and I said no, this is illegal and wrong. [[PERSON:Sujan]] dai said the model should "learn it alone", so just include surname and district. Customers from [[LOCATION:Kirtipur]] and [[LOCATION:Bhaktapur]] came out differently for no reason related to health. I showed [[PERSON:Pema]] didi the numbers in [[DATE:Baisakh 2080]]. She took it to [[PERSON:Shrestha]], the CEO. [[PERSON:Shrestha]] removed surname but kept district. Better than nothing. I think about leaving for a job in [[LOCATION:Pokhara]], but fintech there is the same.
""",
    ),
    # ------------------------------------------------------------------ d7-50
    dict(
        notes="NEGATIVE: numbered list; acronyms, tools, durations, ordinary capitalised words at line starts",
        text="""
Things I learned in four years of "data-driven decisions":

1. Nobody reads the methodology slide, so the caveats have to be on the chart itself.
2. When a director says "directionally correct", the number is wrong.
3. Keep your own copy of every query that ends up in a board pack. Git history counts, a private folder counts more.
4. The DPO is usually your friend, legal is sometimes your friend, sales is never your friend on a deadline.
5. A model that is 2% better on AUC and impossible to explain will always win in the demo and lose in the audit.
6. Saying "I need a day to check" is allowed. I wish someone had told me in my first job.
7. Write down what you were asked, by whom, and when, on the same day. Memory fades fast.
8. Leaving is also an answer.
""",
    ),
    # ------------------------------------------------------------------ d7-51
    dict(
        notes="Brazilian Portuguese code-switching; nicknames, Belo Horizonte districts, CEP with cue, small city, real delivery app, lower-case bakery chain",
        text="""
Gente, preciso desabafar. Trabalho com dados numa rede de padarias, [[ORG:pão quente]], em [[LOCATION:Belo Horizonte]]. A diretoria queria saber quais clientes do app também pedem pelo [[ORG:iFood]], to "recover" them with targeted coupons. [[PERSON:Dudu]] achou um jeito: matching by phone number and CEP, using a leaked list someone bought. [[PERSON:Tati]] refused to touch it. The first campaign went to CEP [[LOCATION:30140-071]], in [[LOCATION:Savassi]], and then to [[LOCATION:Contagem]]. Customers started asking how we knew they ordered elsewhere. [[PERSON:Dudu]] disse que era "coincidência". I took the leaked file to our DPO, [[PERSON:Lorena]], em [[DATE:julho de 2023]]. [[PERSON:Lorena]] deleted it and reported it internally. [[PERSON:Dudu]] was moved to another team, not fired. At least it stopped.
""",
    ),
    # ------------------------------------------------------------------ d7-52
    dict(
        notes="Romanian-English; domnul outside, surname alone, Cluj neighbourhoods and a commune, bare Romanian postcode, lower-case software firm",
        text="""
Salut. I am an ML engineer at [[ORG:lumina soft]] in [[LOCATION:Cluj-Napoca]]. We built a tenant screening tool for landlords. [[PERSON:Ioana]] noticed that applicants with addresses in [[LOCATION:Pata Rât]] were auto-rejected. [[LOCATION:Pata Rât]] is where many Roma families were moved by the city. [[PERSON:Vlad]] said it was because of "missing credit history". But applicants from [[LOCATION:Florești]] with missing history were not rejected. I took it to domnul [[PERSON:Popescu]], our director. [[PERSON:Popescu]] said the client in [[LOCATION:Mănăștur]] asked for it explicitly, with the postcode [[LOCATION:400394]]. [[PERSON:Ioana]] and I wrote to the client in [[DATE:ianuarie 2024]]. No answer. Then the client renewed for two more years. I am still here but I refuse to work on that product now.
""",
    ),
]


def parse(marked):
    """Remove the markup; return the plain text and its spans (with the optional form tag)."""
    plain, spans, pos, out_len = [], [], 0, 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        plain.append(before)
        out_len += len(before)
        kind, value = m.group(1), m.group(2)
        form = None
        if "|" in value:
            value, form = value.split("|", 1)
        spans.append(
            dict(
                entity_type=kind,
                entity_value=value,
                start_position=out_len,
                end_position=out_len + len(value),
                form=form,
            )
        )
        plain.append(value)
        out_len += len(value)
        pos = m.end()
    plain.append(marked[pos:])
    return "".join(plain), spans


def is_punct(ch):
    return ch in string.punctuation or unicodedata.category(ch).startswith("P")


def covered(spans, start, end):
    return any(s["start_position"] <= start and end <= s["end_position"] for s in spans)


def occurrences(text, needle, ignore_case):
    flags = re.IGNORECASE if ignore_case else 0
    return [
        (m.start(), m.end())
        for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text, flags)
    ]


PARTICLES = {
    "de",
    "van",
    "der",
    "den",
    "von",
    "da",
    "di",
    "du",
    "la",
    "le",
    "bin",
    "binti",
    "al",
    "el",
    "dos",
    "das",
    "del",
    "y",
}


def name_tokens(value):
    """Tokens of a person's name worth checking: no initials, no single letters, and no
    lower-case particles ("de" in "de Vries"), which are ordinary words elsewhere."""
    return [t for t in value.split() if len(t) > 1 and not t.endswith(".") and t not in PARTICLES]


def build():
    records, errors, warnings = [], [], []
    for n, story in enumerate(STORIES, 1):
        sid = f"d7-{n:02d}"
        marked = story["text"].strip("\n")
        text, spans = parse(marked)
        if "[[" in text or "]]" in text:
            errors.append(f"{sid}: markup left over")
        words = len(text.split())
        if not 80 <= words <= 200:
            errors.append(f"{sid}: {words} words, want 80-200")
        records.append(dict(id=sid, text=text, spans=spans, notes=story["notes"], words=words))

    for r in records:
        sid, text, spans = r["id"], r["text"], r["spans"]
        last_end = -1
        for s in sorted(spans, key=lambda s: s["start_position"]):
            a, b, v, k = s["start_position"], s["end_position"], s["entity_value"], s["entity_type"]
            if text[a:b] != v:
                errors.append(f"{sid}: offsets wrong for {v!r}")
            if a < last_end:
                errors.append(f"{sid}: overlapping span {v!r}")
            last_end = max(last_end, b)
            if not v or v != v.strip():
                errors.append(f"{sid}: whitespace at edge of {v!r}")
                continue
            lead_ok = {"HANDLE": "@#", "PHONE": "+("}.get(k, "")
            if is_punct(v[0]) and v[0] not in lead_ok:
                errors.append(f"{sid}: punctuation at start of {v!r}")
            if is_punct(v[-1]) and not (
                v[-1] == "." and k == "ORG" and v.endswith(LEGAL_SUFFIX_DOT)
            ):
                errors.append(f"{sid}: punctuation at end of {v!r}")
            if k in ("PERSON", "ORG", "LOCATION"):
                for tool in TOOLS:
                    if occurrences(v, tool, True):
                        errors.append(f"{sid}: tool name {tool!r} inside {k} span {v!r}")

        # Missed mentions within the story (case-insensitive).
        for s in spans:
            k, v = s["entity_type"], s["entity_value"]
            needles = name_tokens(v) if k == "PERSON" else [v] if k in ("ORG", "LOCATION") else []
            for needle in needles:
                for a, b in occurrences(text, needle, True):
                    if not covered(spans, a, b):
                        errors.append(
                            f"{sid}: unlabelled mention of {needle!r} ({k}) at {a}: "
                            f"...{text[max(0, a - 30) : b + 30]!r}..."
                        )

    # Missed mentions across stories.
    orgs_places = {
        s["entity_value"]
        for r in records
        for s in r["spans"]
        if s["entity_type"] in ("ORG", "LOCATION")
    }
    person_tokens = set()
    for r in records:
        for s in r["spans"]:
            if s["entity_type"] == "PERSON":
                for t in name_tokens(s["entity_value"]):
                    person_tokens.add(t[0].upper() + t[1:])
    for r in records:
        sid, text, spans = r["id"], r["text"], r["spans"]
        checks = (
            [(v, True) for v in orgs_places]
            + [(t, False) for t in person_tokens]
            + [(w, False) for w in ALWAYS]
        )
        seen = set()
        for needle, icase in checks:
            for a, b in occurrences(text, needle, icase):
                if (a, b) in seen or covered(spans, a, b):
                    continue
                seen.add((a, b))
                errors.append(
                    f"{sid}: {needle!r} is labelled elsewhere in the file but not here, "
                    f"...{text[max(0, a - 30) : b + 30]!r}..."
                )

    for r in records:
        kinds = {s["entity_type"] for s in r["spans"]}
        if r["spans"] and not 5 <= len(r["spans"]) <= 16:
            warnings.append(f"{r['id']}: {len(r['spans'])} identifiers")
        if r["spans"] and len(kinds) < 3:
            warnings.append(f"{r['id']}: only {len(kinds)} kinds")
    return records, errors, warnings


def main():
    records, errors, warnings = build()
    data = [
        dict(
            full_text=r["text"],
            spans=[
                {k: s[k] for k in ("entity_type", "entity_value", "start_position", "end_position")}
                for s in r["spans"]
            ],
            id=r["id"],
            notes=r["notes"],
        )
        for r in records
    ]
    # Check again on the serialised form.
    for rec in json.loads(json.dumps(data, ensure_ascii=False)):
        for s in rec["spans"]:
            if rec["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                errors.append(f"{rec['id']}: serialised offsets wrong for {s['entity_value']!r}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")

    counts = {k: 0 for k in KINDS}
    for r in records:
        for s in r["spans"]:
            counts[s["entity_type"]] += 1
    empty = sum(1 for r in records if not r["spans"])
    words = [r["words"] for r in records]
    print(
        f"{len(records)} stories ({empty} with nothing identifying), "
        f"{sum(counts.values())} labelled identifiers"
    )
    for k in KINDS:
        print(f"  {k:9} {counts[k]}")
    print(f"words per story: min {min(words)}, max {max(words)}, total {sum(words)}")
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT.name}")


if __name__ == "__main__":
    main()
