"""Write and check tests/data/redaction_messy_dev9.json (development set 9).

Self-contained: the stories are written below with inline markup
``[[KIND:text]]`` (PERSON, ORG, LOCATION, EMAIL, PHONE, URL, HANDLE, DATE, ID).
The script strips the markup, computes the offsets, runs the checks described
in tests/data/README.md, and writes the JSON file next to this script.

Focus: organisations and places in every form (lower-case and ordinary-word
brand names, code names used alone, abbreviations of firms and public bodies,
hospitals, schools, unions, councils, banks, telcos; neighbourhoods, villages,
islands, rivers, street names alone, places after prepositions of other
languages), and the people inside them, across many countries.

Written by a helper who never saw the redaction engine. Every person, firm,
address, number, e-mail address, handle and URL is fictional, apart from a
few well-known real organisations and places.

Run: python3 tests/data/make_messy_dev9.py   (exits non-zero if a check fails)
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

KINDS = ("PERSON", "ORG", "LOCATION", "EMAIL", "PHONE", "URL", "HANDLE", "DATE", "ID")
MIN_WORDS, MAX_WORDS = 80, 200
OUT = Path(__file__).with_name("redaction_messy_dev9.json")

# (notes, text). Stories with nothing identifying say so in their notes.
STORIES = [
    (
        "Rushed lower-case Kenyan fintech story: lower-case ordinary-word firm name in subject, object and "
        "possessive position, lower-case Nairobi neighbourhoods and a road alone, lower-case real bank and telco.",
        """ok so this was at [[ORG:brightpath]], a lending app run out of a flat in [[LOCATION:kilimani]]. [[ORG:brightpath]]'s scoring model used how often people topped up [[ORG:safaricom]] airtime, and my lead [[PERSON:otieno]] wanted to add whether they lived in [[LOCATION:eastleigh]] or [[LOCATION:kibera]] as a 'stability' signal. i said thats ethnicity with extra steps. [[PERSON:otieno]] forwarded my message to the ceo, [[PERSON:Wairimu Kamau]], who replied 'noted' and nothing else. the feature was 'paused'. it shipped anyway in [[DATE:march 2023]] under a new column name and nobody told the risk team. i left for [[ORG:equity bank]] on [[LOCATION:upper hill]] a month later. i still see [[ORG:brightpath]] ads at every matatu stage along [[LOCATION:ngong road]], and [[PERSON:wairimu]] still posts about financial inclusion on linkedin like nothing happened.""",
    ),
    (
        "Nigerian Pidgin: ordinary-word app name, street name alone after 'off', Lagos districts, "
        "Nigerian regulators by abbreviation, Oga title outside the span, list of first names, Google as a firm.",
        """I be data analyst for [[ORG:paddle]], one of these buy-now-pay-later apps for [[LOCATION:Yaba]]. Our office dey off [[LOCATION:Herbert Macaulay Way]], on top one [[ORG:GTBank]] branch. Oga [[PERSON:Emeka]] say make we scrape borrowers' contact lists so collections fit call their family when dem default. I tell am say [[ORG:NDPC]] go fine us and [[ORG:paddle]] go trend for bad reason. He just laugh. [[PERSON:Chioma]], [[PERSON:Seyi]] and [[PERSON:Abdulrahman]] from collections start the calls that same week. [[PERSON:Seyi]] cry for toilet after one woman from [[LOCATION:Ajegunle]] beg am on phone. By [[DATE:November 2022]] the complaints reach [[ORG:FCCPC]] and [[ORG:Google]] pull the app from the store for two weeks. [[PERSON:Emeka]] blame 'one rogue vendor'. I don comot since, I dey [[LOCATION:Abuja]] now, but my cousin still dey pay that loan.""",
    ),
    (
        "Taglish: ordinary Tagalog word as a firm name, 'sa Cubao' and other Metro Manila places, "
        "Ate and kuya titles outside spans, BSP regulator, GCash product, Globe telco, BGC abbreviation.",
        """so ayun, junior DS ako sa [[ORG:suki]], yung app na nagpapautang sa mga sari-sari store owners. office namin sa [[LOCATION:cubao]], tapat ng [[LOCATION:Araneta Center]]. si Ate [[PERSON:Joy]] yung head ng risk, mabait naman pero she wanted us to use the owner's [[ORG:GCash]] history AND their barangay as features. sabi ko po baka discriminatory yun for stores sa [[LOCATION:Tondo]] and [[LOCATION:Payatas]]. she said 'data lang yan, hindi tao'. kuya [[PERSON:Rommel]] from eng agreed with me pero tahimik lang siya sa meeting. then in [[DATE:Q1 2023]] the [[ORG:BSP]] sent a letter asking how we score, and suddenly [[ORG:suki]] needed a 'fairness doc'. I wrote it in three days. [[PERSON:Joy]] signed it without reading. lumipat na ako sa [[ORG:Globe]] sa [[LOCATION:BGC]], pero minsan naiisip ko pa rin yung mga tindahan na na-reject.""",
    ),
    (
        "Indonesian code-switching: ordinary Indonesian word as a firm name, 'di Kemang', farming districts, "
        "Pak and Mbak titles outside spans, OJK regulator, Telkomsel, ITB, Indonesian month name.",
        """jadi waktu itu aku data scientist di [[ORG:lumbung]], startup kredit buat petani, kantornya di [[LOCATION:Kemang]] di atas coffee shop. Pak [[PERSON:Hendra]], CTO kami, minta model approval pakai data lokasi HP dari [[ORG:Telkomsel]] yang dibeli lewat vendor. petani di [[LOCATION:Indramayu]] dan [[LOCATION:Karawang]] nggak pernah kasih consent. aku bilang ke Mbak [[PERSON:Rina]] dari legal, dia cuma jawab 'yang penting [[ORG:OJK]] nggak tahu'. [[PERSON:Hendra]] presented the model to investors from [[LOCATION:Singapore]] in [[DATE:Agustus 2022]] and called it 'alternative data'. [[ORG:lumbung]]'s approval rate naik, default juga naik, terus yang disalahin tim collection. aku resign tiga bulan kemudian. sekarang aku di [[LOCATION:Bandung]], ngajar di [[ORG:ITB]], dan tiap semester aku cerita kasus ini ke mahasiswa tanpa sebut nama.""",
    ),
    (
        "Spanish-English code-switching in Bogotá: ordinary Spanish word as a delivery app, 'en Chapinero', "
        "a street as Carrera, Don title outside, Nequi product and Bancolombia, SIC regulator by abbreviation, Spanish date.",
        """Trabajaba como analista en [[ORG:mandado]], una app de domicilios con oficina en [[LOCATION:Chapinero]], sobre la [[LOCATION:Carrera 13]]. The ops lead, Don [[PERSON:Álvaro Restrepo]], wanted a 'reliability score' for riders. Lo que no dijo: riders who lived en [[LOCATION:Soacha]] or [[LOCATION:Bosa]] got fewer orders because the score used distance from home. Le mostré los números a [[PERSON:Valentina]] y a [[PERSON:Camilo]] del equipo de pricing. [[PERSON:Valentina]] said 'ya sabemos, no es tu problema'. Payments went through [[ORG:Nequi]], so we could also see which riders had loans with [[ORG:Bancolombia]], and [[PERSON:Restrepo]] wanted that in the score too. En [[DATE:octubre de 2021]] a rider collective complained to the [[ORG:SIC]]. [[ORG:mandado]] settled quietly and changed nothing visible. Me fui a [[LOCATION:Medellín]] y ahora trabajo en otra cosa.""",
    ),
    (
        "E-mail in non-native English from Paris: code name introduced then used alone, 'à Belleville', "
        "street names as rue ..., Mairie de Paris and CNIL, French month names as dates, signature with e-mail.",
        """Objet: my concern about [[ORG:Projet Héron]]

Bonjour [[PERSON:Mathilde]],

I write you because I am not comfortable with what we do in [[ORG:Héron]]. For who did not follow: [[ORG:Héron]] is the footfall model that [[ORG:Trafic Urbain]] sells to the [[ORG:Mairie de Paris]], made with the wifi pings of shops à [[LOCATION:Belleville]] and [[LOCATION:Ménilmontant]]. Last week [[PERSON:Karim]] showed me we can follow one phone from [[LOCATION:rue de Belleville]] to a mosque on [[LOCATION:rue Jean-Pierre Timbaud]]. This is not 'aggregate' like we say to the [[ORG:CNIL]]. I asked [[PERSON:Benoît Larcher]] to stop the export on [[DATE:12 mai]]; he said the contract ends in [[DATE:juin]] and we will see.

Bien à vous,
[[PERSON:Inès]]
[[EMAIL:ines.k@trafic-urbain.example]] | [[URL:www.trafic-urbain.example]]""",
    ),
    (
        "Meeting minutes from Cape Town: attendee list with commas, sentence-initial names followed by verbs "
        "other than 'said', Capitec and Vodacom as clients, township names, Information Regulator, Sandton.",
        """Minutes, analytics guild, [[ORG:Kwezi Analytics]], [[DATE:14 Feb 2024]]
Present: [[PERSON:Thandeka]], [[PERSON:Sipho Ndlovu]], [[PERSON:Pieter]], [[PERSON:Ayesha Patel]] (notes)
1. Collections model for the [[ORG:Capitec]] pilot. [[PERSON:Sipho]] reported that the new 'address stability' feature penalises customers in [[LOCATION:Khayelitsha]], [[LOCATION:Mitchells Plain]] and [[LOCATION:Gugulethu]]. [[PERSON:Pieter]] argued it is 'just risk'. [[PERSON:Thandeka]] asked whether [[ORG:Capitec]] knows the feature encodes township names.
2. Client ask from [[ORG:Vodacom]]: churn list to include SIM-swap history. [[PERSON:Ayesha]] flagged POPIA; the [[ORG:Information Regulator]] has opened cases on less.
3. Actions: [[PERSON:Sipho]] to write up for head office in [[LOCATION:Sandton]] by Friday; [[PERSON:Pieter]] to 'socialise' it with the client.
Note added later by [[PERSON:Ayesha]]: the item 1 write-up vanished from the shared drive on Monday. Nobody will say who removed it.""",
    ),
    (
        "Voice note transcript from Bengaluru: ordinary-word startup name, Koramangala and nearby areas, "
        "-ji suffix outside the span, BBMP public body, investor firm, names followed by verbs.",
        """[voice note, transcribed] ok recording. so I joined [[ORG:dabba]], the tiffin startup in [[LOCATION:Koramangala]], last year. our CEO [[PERSON:Rohan Mehta]] wants a 'trust score' for the home cooks. the cooks are mostly women from [[LOCATION:Ejipura]] and [[LOCATION:Vivek Nagar]], and the score uses, uh, religion through the surnames. it's not written anywhere but [[PERSON:Rohan]]-ji literally said 'you know which names'. [[PERSON:Divya]] from ops agrees with me, [[PERSON:Arjun]] doesn't care. we also pulled the [[ORG:BBMP]] trade licence list to 'verify' kitchens, which nobody consented to. [[PERSON:Divya]] thinks we should email the board before the [[ORG:Nandan Capital]] meeting on [[DATE:3rd April]]. I think [[ORG:dabba]] will just fire us both. anyway, I'm sending this to you because you left [[ORG:Flipkart]] over something similar, tell me what you did.""",
    ),
    (
        "Formal UK council story: real borough council, ordinary-word vendor name, south London "
        "neighbourhoods, Cllr. title outside the span, union and regulator by name and abbreviation.",
        """I was a data analyst at [[ORG:Lambeth Council]] when we bought a 'homelessness risk' model from a vendor called [[ORG:Clearline]]. [[ORG:Clearline]]'s pitch was that it could flag families months before eviction. In practice it flagged households in [[LOCATION:Brixton]] and [[LOCATION:Stockwell]] that had ever missed a council tax payment, and caseworkers started visiting unannounced. I raised it with my manager, [[PERSON:Graham Oduya]], who told me the contract had been signed by Cllr. [[PERSON:Dawn Achebe]] and was 'above our pay grade'. [[PERSON:Graham]] was not wrong about that. I took it to my [[ORG:Unison]] rep, [[PERSON:Marcia]], who helped me write to the [[ORG:ICO]] in [[DATE:September 2023]] (case [[ID:IC-204417-K9Q3]]). The council paused visits but kept the scores. I left in the spring. The model is still running, renamed, and the vendor now sells it to two other boroughs.""",
    ),
    (
        "German chat log: chat names as persons, ordinary German word as a courier firm, Berlin districts "
        "after 'in', Frau title outside, union ver.di with a dot inside, works council as a generic term.",
        """[10:02] [[PERSON:jonas]]: hast du gesehen was [[ORG:fahrwerk]] mit den courier-daten macht??
[10:03] [[PERSON:lea]]: ja. [[PERSON:Özdemir]] hat's mir gestern gezeigt
[10:03] [[PERSON:jonas]]: Frau [[PERSON:Özdemir]] from the Betriebsrat?
[10:04] [[PERSON:lea]]: ja. they rank riders by 'Pausenverhalten', toilet breaks basically. worst scores are all riders living in [[LOCATION:Neukölln]] and [[LOCATION:Wedding]] because longer rides home
[10:05] [[PERSON:jonas]]: und [[ORG:ver.di]] weiß davon?
[10:06] [[PERSON:lea]]: not yet. [[PERSON:Malte]] wants to wait until after the funding round with [[ORG:Rocket Ventures]]
[10:06] [[PERSON:jonas]]: [[PERSON:Malte]] wants to wait for everything
[10:08] [[PERSON:lea]]: I'm meeting the union people on [[DATE:23. März]] at their office in [[LOCATION:Kreuzberg]], near [[LOCATION:Moritzplatz]]. kommst du mit?
[10:09] [[PERSON:jonas]]: ja. but not from my [[ORG:fahrwerk]] laptop lol""",
    ),
    (
        "Forum post from Mexico City: ordinary Spanish word as a fintech, Polanco and eastern municipalities, "
        "short form Neza, Lic. title outside, CONDUSEF and CNBV, a u/ handle, an edit line.",
        """throwaway because my boss reads this sub. I'm a data analyst at [[ORG:fondeo]], a lending app with an office in [[LOCATION:Polanco]]. Our collections model sends the most aggressive call scripts to borrowers in [[LOCATION:Iztapalapa]] and [[LOCATION:Neza]], and the 'softest' ones to [[LOCATION:Coyoacán]]. When I showed this to Lic. [[PERSON:Gerardo Salinas]], head of collections, he said it was 'just the recovery curve'. [[PERSON:Mariana]] on the data team backed me, so [[PERSON:Salinas]] moved her to reporting. We've had complaints at [[ORG:CONDUSEF]] for months and the [[ORG:CNBV]] audit is in [[DATE:febrero]]. Do I go to them directly? Do I wait?

Edit: thanks everyone. [[HANDLE:u/ledger_lupita]] sent me a DM with a lawyer who does this pro bono: [[URL:defensa-deudores.example/consulta]]. Not naming [[ORG:fondeo]]'s investors here but you can guess.""",
    ),
    (
        "Portuguese-English from São Paulo: ordinary Portuguese word as a fintech, 'em Pinheiros' and an avenue "
        "used as a place, favelas, Nubank as competitor, ANPD and Banco Central, names in Portuguese sentences.",
        """eu trabalhava na [[ORG:carteira]], uma fintech com escritório em [[LOCATION:Pinheiros]], quase na [[LOCATION:Faria Lima]]. The product team wanted a credit limit model that 'beats [[ORG:Nubank]]', and [[PERSON:Thiago]] found that postcode alone gave most of the lift. So people from [[LOCATION:Paraisópolis]] and [[LOCATION:Heliópolis]] got tiny limits no matter their income. Falei com a [[PERSON:Fernanda Lopes]], nossa DPO, e ela concordou que era discriminação indireta, mas disse que a [[ORG:ANPD]] 'não tem braço' para fiscalizar. [[PERSON:Thiago]] presented it to the board in [[DATE:maio de 2022]] as 'geo enrichment'. [[PERSON:Fernanda]] left two months later. I stayed until the [[ORG:Banco Central]] sandbox ended and then moved to a hospital in [[LOCATION:Campinas]]. [[ORG:carteira]] was bought last year; the model still runs inside the new app.""",
    ),
    (
        "Bangladesh: ordinary Bangla word as a microlender, Dhaka areas, apa and bhai suffixes outside the span, "
        "BGMEA and BRAC Bank, garment belt places, a date.",
        """I worked at [[ORG:nouka]], a microlending app with an office in [[LOCATION:Gulshan]], mostly lending to garment workers in [[LOCATION:Mirpur]], [[LOCATION:Savar]] and [[LOCATION:Ashulia]]. In [[DATE:June 2023]] a factory owners' group close to [[ORG:BGMEA]] offered us their attendance data 'for free'. My manager [[PERSON:Rafiq]] bhai was very excited. The data had union membership in it, openly, one column. I told [[PERSON:Nusrat]] apa, the only senior woman in tech, and she asked [[PERSON:Rafiq]] whether workers had agreed. He said the owners agreed, which is enough. [[PERSON:Nusrat]] refused to load it. [[PERSON:Tanvir]] loaded it instead, over a weekend. Our bank partner, [[ORG:BRAC Bank]], never asked where the new feature came from. I now work in [[LOCATION:Chattogram]] and I still don't know if anyone lost a job because of that column.""",
    ),
    (
        "Cairo: ordinary Arabic word as a ride app, Cairo districts, Eng. title outside the span, "
        "a ministry with 'the' outside, Fawry as payment firm, names at sentence start.",
        """I was the second data hire at [[ORG:mashwar]], a ride app with a small office in [[LOCATION:Zamalek]]. [[ORG:mashwar]] drivers live mostly in [[LOCATION:Imbaba]] and [[LOCATION:Shubra]], and passengers are mostly in [[LOCATION:Maadi]] and [[LOCATION:Heliopolis]]. In [[DATE:2021]] Eng. [[PERSON:Hany]], our COO, agreed to share trip logs with the [[ORG:Ministry of Interior]] 'for safety'. No court order, just a meeting. [[PERSON:Hany]] asked me to build the export. [[PERSON:Mona]] from legal refused to sign anything, so the request came by voice note instead of e-mail. [[PERSON:Mona]] resigned in the summer. I built the export because I had a visa to renew and a family to support. Payments for drivers went through [[ORG:Fawry]], and later we added those records too. I think about the drivers every time I take a taxi in [[LOCATION:Cairo]].""",
    ),
    (
        "Seoul: ordinary Korean word as a firm, Pangyo and a Seoul district with -gu, family-name-first names "
        "and the given name alone, city government and PIPC regulator.",
        """I was an ML engineer at [[ORG:dalbit]], a small company in [[LOCATION:Pangyo]] that built 'loneliness detection' for the [[ORG:Seoul Metropolitan Government]]. The idea was kind: find older people living alone in [[LOCATION:Nowon-gu]] and [[LOCATION:Gangseo-gu]] before something happens. The data was not kind: electricity use, phone activity from [[ORG:KT]], and card payments. My team leader [[PERSON:Kang]] wanted to add church attendance scraped from community boards. [[PERSON:Choi Min-seo]], our only lawyer, said the [[ORG:PIPC]] would never accept it. [[PERSON:Kang]] said the city wanted 'richer signals'. [[PERSON:Min-seo]] wrote a memo so careful that even [[PERSON:Kang]] read it twice, and the feature was dropped in [[DATE:2022]]. Then it came back under the name 'social rhythm' after she went on leave. I left [[ORG:dalbit]] soon after.""",
    ),
    (
        "Tokyo: -san suffix outside the span, family-name-first names, Shibuya and Toyosu, a retailer "
        "as client, Japanese era date, PPC regulator by abbreviation.",
        """At [[ORG:Kumo Data]] in [[LOCATION:Shibuya]] we built shelf-camera analytics for [[ORG:Aeon]] stores. In [[DATE:令和5年]] the client asked for 'repeat visitor' detection, which meant face embeddings, stored for a year. [[PERSON:Tanaka]]-san, our project manager, told me this was normal in the industry. [[PERSON:Sato Yui]] and I tested it in the [[LOCATION:Toyosu]] store and found it matched different elderly customers as the same person very often. [[PERSON:Yui]] wrote a careful report. [[PERSON:Tanaka]]-san changed the word 'error' to 'variance' before it went to the client. I asked whether the [[ORG:PPC]] guidance on camera images applied. Nobody answered that e-mail. We shipped on a Monday. I moved to [[LOCATION:Fukuoka]] the next spring, partly for family, partly because I did not want my name on the next version.""",
    ),
    (
        "Ho Chi Minh City in Vietnamese-English: anh and chị titles outside spans, family-name-first full name "
        "and given name alone, districts as Quận 7 and 'ở Thủ Đức', Viettel and Vietcombank, Vietnamese date.",
        """Mình làm data analyst ở [[ORG:Giao Nhanh]], a delivery startup with an office in [[LOCATION:Quận 7]]. In [[DATE:tháng 3 năm 2023]] anh [[PERSON:Minh]], the product head, wanted to rank shippers by 'honesty', using how often their phones went offline. Shippers who live ở [[LOCATION:Thủ Đức]] and ride home through dead zones got the worst scores. I showed chị [[PERSON:Nguyễn Thị Lan]] in HR, and chị [[PERSON:Lan]] said the ranking would only be used for bonuses. Two weeks later it was used for firing. Our data came partly from [[ORG:Viettel]] through a 'partnership' that nobody in legal had read, and salaries were paid via [[ORG:Vietcombank]], which [[PERSON:Minh]] also wanted to join in. I said no in writing. I was not fired, but I was moved to a project about coffee shops in [[LOCATION:Thảo Điền]], which felt like a message.""",
    ),
    (
        "Kuala Lumpur: ordinary Malay word as a firm, Bangsar and Petaling Jaya with its short form PJ, "
        "Encik and Dato' titles outside spans, Maybank and BNM, a kampung as a neighbourhood.",
        """I joined [[ORG:payung]], an insurtech in [[LOCATION:Bangsar]], as their first data scientist. Our biggest partner was [[ORG:Maybank]]. Dato' [[PERSON:Rahman]], the founder, wanted premiums to depend on 'neighbourhood stability', which in practice meant higher prices for [[LOCATION:Kampung Baru]] and older flats in [[LOCATION:PJ]]. Encik [[PERSON:Faizal]], my manager, quietly agreed with me that this was race by proxy, but said [[PERSON:Rahman]] would not listen to a junior. [[PERSON:Mei Ling]] from actuarial built a comparison showing the feature added almost nothing. We sent it on [[DATE:5 July 2022]]. The reply was that [[ORG:BNM]] had not objected so it must be fine. [[PERSON:Faizal]] moved to a bank in [[LOCATION:Petaling Jaya]]; [[PERSON:Mei Ling]] went back to [[LOCATION:Penang]]. I stayed a year longer than I should have.""",
    ),
    (
        "Singapore list of regrets: numbered list, public bodies by abbreviation (HDB, LTA), neighbourhoods, "
        "an ordinary-word firm, names with commas inside list items.",
        """things i wish i'd said out loud at [[ORG:Tideway]]:
1. that the 'loitering' heat map we sold to the [[ORG:HDB]] showed migrant workers resting in [[LOCATION:Little India]] and [[LOCATION:Geylang]] on their one day off, and nothing else.
2. that [[PERSON:Marcus Tan]] knew this when he titled the slide 'hotspots'.
3. that [[PERSON:Priyanka]], [[PERSON:Wei Jie]] and I had all flagged it in the retro and [[PERSON:Marcus]] deleted the retro notes.
4. that the bus-stop model for the [[ORG:LTA]] in [[LOCATION:Jurong West]] was fine and I was proud of it. not everything was bad.
5. that 'it's public space' is not consent.
6. that the deck is still online at [[URL:https://tideway.example/hdb/hotspots-v3]].
7. that [[ORG:Tideway]] was bought by a security company in [[DATE:2024]] and none of us were surprised.
i left before the sale. [[PERSON:Wei Jie]] is still there. we have dinner in [[LOCATION:Tampines]] sometimes and do not talk about it.""",
    ),
    (
        "Lima in Spanish-English: ordinary slang word as a jobs app, 'en Miraflores' and other districts, "
        "la señora and Ing. titles outside spans, Yape as a product of BCP, SBS and Indecopi.",
        """Trabajé en [[ORG:chamba]], una app de empleos con oficina en [[LOCATION:Miraflores]]. Our matching model learned that employers clicked less on candidates from [[LOCATION:San Juan de Lurigancho]] and [[LOCATION:Villa El Salvador]], so it stopped showing them. Ing. [[PERSON:Huamán]], the CTO, called it 'respecting preferences'. La señora [[PERSON:Rosa Quispe]], a cleaner who used the app, wrote to support three times asking why she never got interviews. I read her messages. [[PERSON:Rosa]] lived twenty minutes from half the jobs. We also verified incomes through [[ORG:Yape]] transfers, with a consent screen nobody reads, and [[ORG:BCP]] was happy to sell the aggregate. I sent a complaint to [[ORG:Indecopi]] in [[DATE:julio 2023]]. [[PERSON:Huamán]] found out it was me. Ahora trabajo en [[LOCATION:Barranco]], en un estudio chiquito, y duermo mejor. The [[ORG:SBS]] never looked at any of it.""",
    ),
    (
        "Accra: Auntie title outside the span, MTN MoMo as a product, Accra neighbourhoods, Kumasi, "
        "Bank of Ghana, a Twi ordinary word as a firm, names at sentence start.",
        """I was a data analyst at [[ORG:nkosuo]], a savings app with an office in [[LOCATION:Osu]]. Most of our money moved on [[ORG:MTN MoMo]], and that gave us a very detailed picture of every customer's day. [[PERSON:Kwame Mensah]], our head of growth, wanted to sell 'market woman' segments to a drinks company: who trades in [[LOCATION:Makola]], who travels to [[LOCATION:Kumasi]] on which days, who sends money to [[LOCATION:Tamale]]. Auntie [[PERSON:Akosua]], who ran customer support and knew half the traders personally, said they would never forgive us. [[PERSON:Kofi]] from engineering built the pipeline anyway. [[PERSON:Kwame]] said the [[ORG:Bank of Ghana]] rules only covered 'financial' use. I documented everything and sent it to our board chair in [[LOCATION:East Legon]] on [[DATE:2 May 2023]]. The deal was cancelled. [[PERSON:Kwame]] still thinks I cost the company a year of runway.""",
    ),
    (
        "Kampala research story: Makerere University and its short form Mak, Mulago as a hospital, "
        "Kampala divisions, Dr. title outside, UCC regulator, Airtel, an NGO.",
        """I was a research assistant on a project between [[ORG:Makerere University]] and an NGO called [[ORG:Afya Link]]. We used call records from [[ORG:Airtel]] to predict TB risk in [[LOCATION:Kawempe]] and [[LOCATION:Kisenyi]]. Dr. [[PERSON:Nakato]], our PI at [[ORG:Mak]], was careful: aggregate only, no individual outreach. Then [[ORG:Afya Link]]'s country director, [[PERSON:Brian Ssempala]], promised a donor a list of 'high-risk households' to visit. [[PERSON:Ssempala]] asked me directly for the join key. I said I needed Dr. [[PERSON:Nakato]]'s approval. She refused, and [[PERSON:Brian]] went around her to a consultant in [[LOCATION:Ntinda]]. Some of those households were visited by clinic staff from [[ORG:Mulago]]. One woman lost her job when her employer saw the team arrive. Nobody reported it to the [[ORG:UCC]]. I finished my master's and left [[LOCATION:Kampala]] in [[DATE:2022]].""",
    ),
    (
        "Istanbul: Bey and Hanım suffixes outside spans, Kadıköy districts including Moda as a place, "
        "KVKK authority, Garanti BBVA, ordinary Turkish word as a food delivery firm.",
        """I was a data scientist at [[ORG:simit]], a grocery delivery app headquartered in [[LOCATION:Levent]]. [[PERSON:Murat]] Bey, the founder, asked us to price deliveries higher for neighbourhoods 'with a lot of complaints', which turned out to be [[LOCATION:Tarlabaşı]] and [[LOCATION:Kasımpaşa]], where many Kurdish and Syrian families live. Meanwhile [[LOCATION:Moda]] and [[LOCATION:Kadıköy]] got free delivery. [[PERSON:Elif]] Hanım from legal said the [[ORG:KVKK]] only cares about personal data, not prices. [[PERSON:Elif]] was probably right legally. [[PERSON:Deniz]] and I wrote an internal note anyway. [[PERSON:Murat]] Bey thanked us and ignored it. In [[DATE:Ekim 2022]] a journalist asked about it; the answer was 'dynamic pricing'. Our loans came from [[ORG:Garanti BBVA]] and they never asked either. I work in [[LOCATION:İzmir]] now.""",
    ),
    (
        "Warsaw in Polish-English: pani title outside, Polish nicknames, Mokotów and an inflected district name, "
        "UODO regulator, PKO BP, a real retail chain, a fictional consultancy.",
        """Pracowałam w [[ORG:Kompas Analityka]], a consultancy in [[LOCATION:Mokotów]]. Our biggest client was [[ORG:Żabka]], and the project was 'staff reliability' from shop camera data. Pani [[PERSON:Kasia]], the project lead, explained it as loss prevention. In practice it flagged cashiers who talked to customers too long, mostly older women in shops na [[LOCATION:Pradze]] and in [[LOCATION:Bródno]]. [[PERSON:Tomek]] and I asked whether [[ORG:UODO]] had been consulted. [[PERSON:Marek Nowicki]], the partner, said the client's DPO handled all that. [[PERSON:Nowicki]] also said 'nobody gets fired by a dashboard'. Someone did, in [[DATE:listopad 2023]]. I left in the new year and now work for a hospital. Our salaries came late from [[ORG:PKO BP]] only once, which [[PERSON:Tomek]] joked was the only reliable thing in that company.""",
    ),
    (
        "Western Sydney: Centrelink and Services Australia, suburbs, Australian nicknames, an ordinary-word "
        "contractor, drama-range mobile number, OAIC by abbreviation.",
        """Contracting for [[ORG:Wattle Analytics]] on a debt recovery model for [[ORG:Services Australia]]. Everyone just called it the [[ORG:Centrelink]] job. The model ranked people for 'proactive contact', and the top deciles were [[LOCATION:Mount Druitt]], [[LOCATION:Blacktown]] and [[LOCATION:Parramatta]], which is where the caseloads are, so of course they were. [[PERSON:Bec]], our lead, knew the income averaging was the same logic that had already blown up once. [[PERSON:Dazza]] from the client side kept saying 'it's only a prioritisation tool'. I wrote up the false positive rate for single parents and sent it to [[PERSON:Bec]] and to [[PERSON:Daryl Nguyen]]. [[PERSON:Nguyen]] rang me from [[PHONE:0491 570 156]] that night and told me to stop putting things in writing. I finished the contract in [[DATE:late 2023]] and sent my notes to the [[ORG:OAIC]]. I don't know if anyone read them.""",
    ),
    (
        "Dublin: HSE and a hospital named after a suburb, the suburb alone elsewhere, Irish names with "
        "fadas, an Irish-language firm name, DPC regulator, Ballymun.",
        """I was on a small team at [[ORG:Currach]] building a no-show prediction model for outpatient clinics at [[ORG:Tallaght University Hospital]]. It sounds harmless. The strongest feature was address, and patients from [[LOCATION:Ballymun]], [[LOCATION:Jobstown]] and parts of [[LOCATION:Tallaght]] got double-booked, so when they did turn up they waited four hours. [[PERSON:Siobhán]], the clinical lead, liked the efficiency numbers. [[PERSON:Cian Ó Briain]] from the [[ORG:HSE]] liked them more. I asked [[PERSON:Cian]] whether we'd tell patients. He said the [[ORG:DPC]] had bigger fish to fry. [[PERSON:Siobhán]] changed her mind after a nurse, [[PERSON:Aoife]], showed her the waiting room on a [[DATE:January 2023]] morning. The double-booking was switched off. The model is still used for 'reminder calls', which I think is fine. I still think about those four-hour waits.""",
    ),
    (
        "Porirua, Aotearoa New Zealand: Māori names and places with macrons, Whaea title outside the span, "
        "government agencies by Māori name and abbreviation, a chat-like reflection.",
        """I was an analyst at [[ORG:MSD]] seconded to a project with [[ORG:Oranga Tamariki]] on 'early risk' for whānau. The pilot areas were [[LOCATION:Porirua]], especially [[LOCATION:Cannons Creek]], and [[LOCATION:Ōtara]] in [[LOCATION:Auckland]]. [[PERSON:Tama Ruatapu]], the one Māori data person on the team, asked who had agreed to this on behalf of the iwi. Nobody had. Our manager, [[PERSON:Sharon]], said consultation would 'slow delivery'. [[PERSON:Tama]] went to Whaea [[PERSON:Hine]], a kuia who sat on a community board, and she came to the next meeting. [[PERSON:Hine]] asked two questions and the room went silent. The pilot was paused in [[DATE:2020]]. [[PERSON:Sharon]] was promoted anyway. [[ORG:Kāinga Ora]] asked for the same model a year later, with tenancy data. That time I said no before anyone else could say yes.""",
    ),
    (
        "Toronto: Scarborough and named intersections as neighbourhoods, TTC and Toronto Police Service, "
        "an ampersand firm in lower case, Punjabi and other names, OPC regulator.",
        """i was a data engineer at [[ORG:maple & birch]], a tiny consultancy. our biggest contract was ridership forecasting for the [[ORG:TTC]], which was great. then the [[ORG:Toronto Police Service]] asked to 'reuse the pipeline' to find 'unusual movement' near stations in [[LOCATION:Scarborough]] and around [[LOCATION:Jane and Finch]]. [[PERSON:Gurpreet Sandhu]], our founder, said yes on a call before we had even seen the spec. [[PERSON:Nadia]] and i asked what unusual meant. nobody could say, except it was never [[LOCATION:Rosedale]]. [[PERSON:Gurpreet]] said if we don't do it someone worse will. [[PERSON:Jas]], our only other engineer, quit that month. i stayed until [[DATE:Dec 2021]], wrote to the [[ORG:OPC]] with a lot of help from a clinic in [[LOCATION:Regent Park]], and never heard back. the firm still exists, with a new name.""",
    ),
    (
        "New York: Queens neighbourhoods and an avenue used as a place, NYPD, a hospital system by short name, "
        "an ordinary-word firm in lower case, 555 phone number, sentence-initial names.",
        """I worked at [[ORG:quarry]], a small ad-tech company. We sold location segments, and one of the best sellers was 'immigrant-heavy commercial corridors', basically [[LOCATION:Roosevelt Avenue]] in [[LOCATION:Jackson Heights]] and [[LOCATION:Corona]]. [[PERSON:Derek]] ran sales. [[PERSON:Derek]] never once asked who bought it. I found out by accident that one buyer was a contractor working for [[ORG:NYPD]]. Another was a debt collector. [[PERSON:Luz Marina]], who ran compliance alone, called me from [[PHONE:212-555-0148]] to say she had raised it twice. [[PERSON:Luz]] had kept every e-mail. We went together to our CEO, [[PERSON:Ben Adler]], in [[DATE:spring 2022]]. [[PERSON:Adler]] said segments are 'anonymous by design'. My sister is a nurse at [[ORG:NYU Langone]] and half her patients live in those blocks. I left, and [[ORG:quarry]] still sells the segment.""",
    ),
    (
        "Lahore: Gulberg and other areas, a market as a place, sahib suffix outside the span, NADRA, "
        "JazzCash product and Jazz telco, State Bank by abbreviation, a CNIC number.",
        """Worked at [[ORG:Daraz]]? No, smaller: a lending startup called [[ORG:qarz-e-asaan]] with an office in [[LOCATION:Gulberg]], two streets from [[LOCATION:Liberty Market]]. [[PERSON:Shahid]] sahib, the founder, had a friend at [[ORG:NADRA]] and one day we had a file of CNIC records with family trees. Our model used them to find relatives of defaulters. [[PERSON:Saima]], our only woman engineer, said this was illegal. [[PERSON:Shahid]] sahib said it was 'due diligence'. Loans were disbursed on [[ORG:JazzCash]], and the [[ORG:Jazz]] partnership gave us call logs too. I found my own uncle's CNIC, [[ID:35202-9876543-1]], in the file, with his address in [[LOCATION:Model Town]]. That was the day I stopped pretending. I reported to the [[ORG:SBP]] in [[DATE:2022]]. [[PERSON:Saima]] was already gone by then. I work in [[LOCATION:Karachi]] now.""",
    ),
    (
        "Colombo: Colombo 7 as a postal district, Galle Road alone, Dialog telco, CBSL, Sinhala and Tamil names, "
        "aiya suffix outside the span, a firm named after a Colombo district.",
        """I was at [[ORG:Pettah Labs]], a startup in [[LOCATION:Colombo 7]]. We built a 'household income' model from [[ORG:Dialog]] top-up patterns for a microfinance client. Our CEO, [[PERSON:Dilani Perera]], wanted it to separate 'Tamil-speaking' areas like [[LOCATION:Wellawatte]] because 'repayment culture differs'. [[PERSON:Tharshan]], who grew up in [[LOCATION:Jaffna]], went very quiet in that meeting. [[PERSON:Kasun]] aiya, our tech lead, said it was a business call, not ours. I showed [[PERSON:Dilani]] that language of the SMS was doing the work and asked her to remove it. She said [[ORG:CBSL]] had no rule against it. In [[DATE:August 2022]] we moved offices to [[LOCATION:Galle Road]] and the model moved with us. [[PERSON:Tharshan]] left for [[LOCATION:Toronto]]. I stayed, and I am not proud of it.""",
    ),
    (
        "Zanzibar and Dar es Salaam: islands and Stone Town, Kariakoo market area, Dar as short form, Mzee and Bi "
        "titles outside spans, M-Pesa and Vodacom, TCRA regulator.",
        """I did data work for [[ORG:Dhow Analytics]], based in [[LOCATION:Stone Town]] on [[LOCATION:Zanzibar]]. A tourism board wanted to know which visitors 'wandered' outside hotel zones, using [[ORG:M-Pesa]] transactions and mast data from [[ORG:Vodacom]]. Mzee [[PERSON:Juma]], who owned the firm, saw no problem. [[PERSON:Neema]] and I saw that the same data showed fishermen from [[LOCATION:Pemba]] who came to sell in the old town, and their movements were in the 'suspicious' layer. Bi [[PERSON:Mwanaisha]], a lawyer in [[LOCATION:Dar]], told us the [[ORG:TCRA]] had rules on mast data. [[PERSON:Juma]] said the client was government, so it was fine. The project ran from [[DATE:2021]] until a new minister cancelled it. I moved to [[LOCATION:Kariakoo]] to work with traders instead. [[PERSON:Neema]] still sends me voice notes about it.""",
    ),
    (
        "Santiago in Chilean Spanish-English: 'en Providencia', southern comunas, Fonasa and a fictional Isapre, "
        "CMF regulator, a nickname with el, an ordinary-word firm.",
        """Trabajaba en [[ORG:cuota]], una insurtech en [[LOCATION:Providencia]]. Our partner was [[ORG:Isapre Vida Plena]], and they wanted a model to find members 'likely to become expensive' so sales could nudge them back to [[ORG:Fonasa]]. The top of the list was full of people from [[LOCATION:La Pintana]] and [[LOCATION:Puente Alto]] with chronic conditions. [[PERSON:Javiera]], my lead, said 'eso no es selección de riesgo, es retención'. El [[PERSON:Nico]] from engineering laughed, then stopped laughing when he saw his own mother's comuna. I asked [[PERSON:Nicolás Fuentes]], the CEO, whether the [[ORG:CMF]] would see it that way. [[PERSON:Fuentes]] said it's not our job to guess regulators. We shipped on [[DATE:1 de marzo de 2023]]. I left for a public hospital in [[LOCATION:Valparaíso]]; [[PERSON:Javiera]] stayed and got promoted.""",
    ),
    (
        "Buenos Aires in rioplatense Spanish-English: 'en Palermo', Villa 31 and La Matanza, Mercado Libre and "
        "Mercado Pago, ANSES, voseo, a nickname, an ordinary-word firm.",
        """Laburaba en [[ORG:yerba]], una fintech chiquita en [[LOCATION:Palermo]]. We scored people for small loans using their [[ORG:Mercado Pago]] history and their seller ratings on [[ORG:Mercado Libre]]. El [[PERSON:Facu]], product lead, wanted to add whether they received [[ORG:ANSES]] transfers, because 'los que cobran plan no pagan'. [[PERSON:Lucía Benítez]], the only economist, showed that they actually paid better. [[PERSON:Facu]] said 'no me importa, el directorio quiere eso'. Borrowers from [[LOCATION:Villa 31]] and [[LOCATION:La Matanza]] were rejected almost automatically after that. Vos sabés cómo es: nobody complains about a loan they never got. [[PERSON:Lucía]] and I wrote a memo in [[DATE:agosto 2022]] and sent it to the board. The answer came from [[PERSON:Facu]], not the board. I left for [[LOCATION:Montevideo]] the next year.""",
    ),
    (
        "Rome in Italian-English: 'a Trastevere', a periphery district, Roma in Italian, Garante and INPS, "
        "dott. title outside the span, an Italian ordinary word as firm name.",
        """Lavoravo a [[ORG:Gelso]], a small analytics firm a [[LOCATION:Trastevere]]. Our client was a utility, and the ask was a 'fraud propensity' score for households on social tariffs. [[PERSON:Giulia]] and I found that the score was basically a map of [[LOCATION:Tor Bella Monaca]] and [[LOCATION:San Basilio]]. Il dott. [[PERSON:Ferraro]], our partner, said the client also wanted to join [[ORG:INPS]] benefit data, which they did not have a legal basis for. [[PERSON:Giulia]] asked if the [[ORG:Garante]] had been consulted. [[PERSON:Ferraro]] said 'a [[LOCATION:Roma]] si fa così'. We stopped working on it in [[DATE:gennaio 2024]] after [[PERSON:Giulia]] refused to deliver, and [[ORG:Gelso]] gave the job to a freelancer. I think the score runs today. I moved to [[LOCATION:Bologna]] and teach statistics now.""",
    ),
    (
        "Madrid: 'en Lavapiés', Vallecas, a street with calle, union CCOO, AEPD, Ayuntamiento de Madrid, "
        "Spanish names at sentence start.",
        """Trabajé para [[ORG:Recado]], a last-mile delivery startup with a warehouse en [[LOCATION:Vallecas]] and a fancy office en [[LOCATION:Lavapiés]], on [[LOCATION:calle Embajadores]]. Riders were scored on 'disponibilidad', and riders who joined [[ORG:CCOO]] after the strike dropped to the bottom almost overnight. [[PERSON:Nerea]], who built the score, showed me the feature: 'participación en eventos'. [[PERSON:Íñigo]], our head of ops, said it was about reliability. [[PERSON:Nerea]] asked him which events. He didn't answer. The [[ORG:Ayuntamiento de Madrid]] was at the same time giving [[ORG:Recado]] a sustainability prize. In [[DATE:marzo de 2022]] we sent everything to the [[ORG:AEPD]] through a lawyer. [[PERSON:Íñigo]] left the company before the answer came. The feature was removed, but the riders who were pushed out never came back.""",
    ),
    (
        "Amsterdam: Bijlmer, Amsterdam-Noord, Zuidas as a business district, Belastingdienst, UWV, and the "
        "Autoriteit Persoonsgegevens with its short form AP, Dutch names with particles.",
        """Ik werkte bij [[ORG:Tulp Data]], a consultancy in [[LOCATION:Zuidas]]. Our client was the [[ORG:UWV]] and the project was a 'fraud signal' for benefit claims. After what happened at the [[ORG:Belastingdienst]] I thought nobody would build this again, but here we were. [[PERSON:Sanne]], the lead, assured us nationality was not a feature. [[PERSON:Fatima]] found that postcode was, and that claimants in the [[LOCATION:Bijlmer]] and [[LOCATION:Amsterdam-Noord]] were flagged at four times the rate. [[PERSON:Daan de Vries]], the partner, said we were 'just the builders'. [[PERSON:Daan]] also said the [[ORG:Autoriteit Persoonsgegevens]] would never find out. [[PERSON:Fatima]] sent a tip to the [[ORG:AP]] on [[DATE:9 oktober 2023]]. I supported her internally, not loudly enough. She left; I stayed until the contract ended.""",
    ),
    (
        "Casablanca in French-English: 'à Maârif', Sidi Moumen, Casa as short form, Maroc Telecom and Inwi, "
        "CNDP, Si title outside, an Arabic ordinary word as a firm.",
        """Je travaillais chez [[ORG:Hanout]], a grocery credit app with an office à [[LOCATION:Maârif]]. The idea was nice: small shops in [[LOCATION:Sidi Moumen]] and [[LOCATION:Hay Mohammadi]] could buy stock on credit. Then Si [[PERSON:Youssef]], the CEO, signed a deal with a telecom partner to score shopkeepers on their [[ORG:Inwi]] and [[ORG:Maroc Telecom]] recharge data, including their family's numbers. [[PERSON:Khadija]], our product manager, said the [[ORG:CNDP]] needs to authorise this. [[PERSON:Youssef]] said the authorisation was 'in progress'. It never was. [[PERSON:Khadija]] left in [[DATE:septembre 2022]]. I stayed one more year. Many of the shopkeepers only found out when they were refused credit. I'm in [[LOCATION:Rabat]] now, but every time I go back to [[LOCATION:Casa]] I pass one of those shops.""",
    ),
    (
        "Bangkok: Thonglor and Khlong Toei, Khun title outside, True and AIS telcos (ordinary-word True), "
        "PDPC regulator, Thai nicknames, Buddhist-era year.",
        """I was a data scientist at [[ORG:Lanna Metrics]], a startup on [[LOCATION:Thonglor]]. We sold 'workforce risk' scores to factories. The data was mobile: our partners were [[ORG:True]] and [[ORG:AIS]], through a broker. Khun [[PERSON:Nok]], our CEO, wanted to add whether workers' phones spent nights in [[LOCATION:Khlong Toei]], because 'community there is unstable'. [[PERSON:Ploy]], my manager, asked me to build it quietly. I asked [[PERSON:Ploy]] if the [[ORG:PDPC]] knew about the broker. She laughed. Many of the workers were from [[LOCATION:Myanmar]] and did not read Thai consent screens. The feature went live in [[DATE:พ.ศ. 2565]]. I left after six months and joined an NGO in [[LOCATION:Chiang Mai]]. Khun [[PERSON:Nok]] once sent me a message: 'you were too idealistic for startup life'.""",
    ),
    (
        "Filipino chat log: lower-case chat names as persons, ordinary Tagalog word as a booking app, islands and "
        "a town, Cebu IT Park, sir title outside, NPC regulator, a handle.",
        """[[PERSON:migs]]: uy nakita mo ba yung bagong feature ng [[ORG:bangka]]?
[[PERSON:bea]]: yung guest scoring? oo. sir [[PERSON:Jomar]] wants resorts sa [[LOCATION:Siargao]] to see a 'trouble guest' score before accepting bookings
[[PERSON:migs]]: based on what
[[PERSON:bea]]: past reviews plus... home city. guests from [[LOCATION:Mindanao]] score lower. i checked
[[PERSON:migs]]: grabe. ano sabi ni [[PERSON:Jomar]]
[[PERSON:bea]]: 'the resorts in [[LOCATION:General Luna]] asked for it'. tapos the [[LOCATION:Mactan]] hotels want it too
[[PERSON:migs]]: di ba bawal yan sa [[ORG:NPC]]
[[PERSON:bea]]: i'll ask [[HANDLE:@ria.dpo]] in the privacy channel pero she reports to [[PERSON:jomar]] lol
[[PERSON:migs]]: let's write it up. lunch sa [[LOCATION:IT Park]] tomorrow? [[DATE:june 14]]?
[[PERSON:bea]]: sige. wag sa office. at wag sa work laptop
[[PERSON:migs]]: copy. i'm leaving [[ORG:bangka]] anyway, may offer ako sa [[LOCATION:Cebu]] na hospital""",
    ),
    (
        "Lombok in Indonesian-English: 'di Lombok', an island as a place, Mataram, a street alone with Jl., "
        "BPJS Kesehatan and its short form, Kominfo, Ibu and Mas titles outside spans.",
        """Aku kerja remote untuk [[ORG:Sehatku]], a telehealth startup, tapi tinggal di [[LOCATION:Mataram]], [[LOCATION:Lombok]]. Our clinic partners were on [[LOCATION:Jl. Pejanggik]] and on [[LOCATION:Gili Trawangan]]. In [[DATE:2023]] we got access to claims data from [[ORG:BPJS Kesehatan]] for a 'care gap' model. Ibu [[PERSON:Ratna]], our medical director, wanted it only for outreach. Mas [[PERSON:Dimas]], the growth lead, wanted to sell the high-risk list to an insurer in [[LOCATION:Jakarta]]. I asked whether [[ORG:BPJS]] allowed that. [[PERSON:Dimas]] said the contract was 'flexible'. [[PERSON:Ratna]] wrote to [[ORG:Kominfo]] for guidance and got no answer for months. Meanwhile the list was already in a slide deck. I sent my concerns to [[EMAIL:etik@sehatku.example]], the ethics inbox, which as far as I know nobody reads. I left in the rainy season.""",
    ),
    (
        "Lagos: 'in Ikoyi', off Allen Avenue, Ikeja and Lekki, LUTH and UNILAG by abbreviation, ASUU union, "
        "a list of names with commas, Engr. title outside the span.",
        """Our health insurance startup, [[ORG:Ayo Health]], had an office in [[LOCATION:Ikoyi]] and a claims team off [[LOCATION:Allen Avenue]] in [[LOCATION:Ikeja]]. We built a model to decide which hospitals get paid fast. [[ORG:LUTH]] and two private clinics in [[LOCATION:Lekki]] got paid in days; small clinics in [[LOCATION:Agege]] waited months. Engr. [[PERSON:Babatunde Ogun]], the CTO, said it was 'claim quality'. [[PERSON:Bisi]], [[PERSON:Ngozi Eze]], [[PERSON:Femi]] and [[PERSON:Hauwa Bello]] all signed my memo saying it was ownership: clinics linked to our investors were prioritised. [[PERSON:Ngozi]] took it to the board. [[PERSON:Babatunde]] took it personally. A professor at [[ORG:UNILAG]] who advised us, and who was busy with the [[ORG:ASUU]] strike, agreed to review it in [[DATE:October 2022]] and confirmed the pattern. [[PERSON:Femi]] was let go in the next 'restructuring'. I left on my own.""",
    ),
    (
        "Nairobi: on Kimathi Street, Kenyatta National Hospital and KNH, KRA by abbreviation, Strathmore as a university, "
        "Mombasa and the island of Lamu, Mzee title outside, ODPC regulator.",
        """I worked for [[ORG:Tiba Data]], in a small office on [[LOCATION:Kimathi Street]]. Our main project was a patient-flow model for [[ORG:Kenyatta National Hospital]]. It was useful until the ask changed: [[ORG:KNH]] wanted to flag patients 'likely to abscond without paying'. The flags were heavy on people from [[LOCATION:Mathare]] and on people referred from [[LOCATION:Lamu]] and [[LOCATION:Mombasa]]. Mzee [[PERSON:Kiprono]], our owner, also wanted to match patients to [[ORG:KRA]] PINs to 'check means'. [[PERSON:Achieng]], our analyst, asked who gave permission. [[PERSON:Kiprono]] said the hospital did. I said the hospital can't give the taxman's data. We wrote to the [[ORG:ODPC]] in [[DATE:mid-2023]]. The absconding flag was dropped; the [[ORG:KRA]] matching I don't know. [[PERSON:Achieng]] went back to [[ORG:Strathmore]] for her masters. I went freelance.""",
    ),
    (
        "Mumbai: Dharavi, Bandra, BKC as a business district, BMC, Jio, UIDAI, a workers' union, "
        "names followed by verbs, a fictional firm with a Hindi ordinary word.",
        """I was with [[ORG:Saathi]], a social enterprise in [[LOCATION:Bandra]] that built job-matching for workers in [[LOCATION:Dharavi]]. Our office moved to [[LOCATION:BKC]] when the funding came, and so did the priorities. The [[ORG:BMC]] wanted a 'migrant registry' using our profiles, matched with [[ORG:Jio]] numbers and Aadhaar seeding through [[ORG:UIDAI]]. [[PERSON:Sunita]], who ran field work, knew that most workers had joined because we promised we were not the government. [[PERSON:Imtiaz]] from the [[ORG:Kamgar Ekta Union]] warned us the registry would be used for evictions. [[PERSON:Vikram Joshi]], our founder, called it 'scale'. [[PERSON:Sunita]] refused to hand over the field data; [[PERSON:Vikram]] got it from a contractor. This was [[DATE:2021]]. I left in the second wave and now do data work for a union in [[LOCATION:Pune]].""",
    ),
    (
        "US hospital: internal code name introduced with 'Project' then used alone in lower and title case, "
        "a fictional hospital and its short name, a real insurer, Dr. title outside, a ticket ID.",
        """At [[ORG:Bayview General]] in [[LOCATION:Dayton]] I was the analyst on [[ORG:Project Lark]], a readmission model meant to help discharge planning. By month three [[ORG:Lark]] was being used to decide who got a follow-up nurse call, and by month six [[ORG:UnitedHealthcare]] was asking for the scores. Black patients from the west side were ranked lower because they had fewer past visits, not fewer needs. I opened a data ethics ticket, [[ID:DEC-2291]], and Dr. [[PERSON:Carol Whitfield]], the CMO, closed it with 'noted'. Dr. [[PERSON:Okonkwo]], a hospitalist, backed me at the quality meeting. [[PERSON:Whitfield]] said [[ORG:lark]] was 'only advisory'. By [[DATE:November 2021]] it was in the default discharge view. [[ORG:Bayview]] is proud of its reduction in readmissions. I moved to a public health department in [[LOCATION:Ohio]], and I still can't look at a discharge form the same way.""",
    ),
    (
        "Johannesburg research: Wits as a short ordinary-looking name of the university, Braamfontein, Soweto, "
        "Alexandra and its short form Alex, Chris Hani Baragwanath and Bara, Prof. title outside.",
        """I was a research data manager at [[ORG:Wits]], in [[LOCATION:Braamfontein]], on a study about HIV clinic attendance in [[LOCATION:Soweto]] and [[LOCATION:Alexandra]]. Prof. [[PERSON:Mthembu]], the PI, was careful and decent. The trouble came from a funder's analytics partner, [[ORG:Ubuntu Insights]], who wanted the linked file with clinic records from [[ORG:Chris Hani Baragwanath]] to 'improve targeting'. [[PERSON:Lerato]], our field coordinator, grew up in [[LOCATION:Alex]] and knew exactly what 'targeting' would feel like. [[PERSON:Naledi Khumalo]] from the ethics office said the consent did not cover it. The partner went to [[ORG:Bara]] directly. Prof. [[PERSON:Mthembu]] wrote to the hospital CEO on [[DATE:6 March 2022]] and the request died. I was proud of that. I left for [[ORG:UCT]] a year later, and I still tell students to read the consent form twice.""",
    ),
    (
        "Cox's Bazar humanitarian story: camps and towns as places, UNHCR, BRAC and Oxfam, a Bangladeshi "
        "government body by abbreviation, a fictional NGO, Rohingya names.",
        """I was an information manager for [[ORG:Sahay Trust]], a small NGO working in the camps near [[LOCATION:Cox's Bazar]]. We ran a distribution app and collected fingerprints, like everyone. In [[DATE:2019]] a request came through the [[ORG:RRRC]] office to share our registry with a government agency 'for verification'. [[ORG:UNHCR]] had a sharing agreement with conditions; we had nothing. My director, [[PERSON:Rumana]], wanted to say yes because our permits depended on it. [[PERSON:Mohammed Noor]], a community volunteer in [[LOCATION:Kutupalong]], told me people were afraid the data would be used to send them back to [[LOCATION:Myanmar]]. I asked colleagues at [[ORG:BRAC]] and [[ORG:Oxfam]] what they had done. Both had pushed back. [[PERSON:Rumana]] shared a reduced file anyway. [[PERSON:Noor]] stopped talking to me. I moved to [[LOCATION:Dhaka]] and I still don't know where the file went.""",
    ),
    (
        "Metro Manila telcos: Smart (ordinary word) and DITO, GCash and Maya as products, NTC regulator, Makati, Ortigas, "
        "EDSA as a road used as a place, Atty. title outside the span.",
        """I was a data scientist at [[ORG:DITO]] in [[LOCATION:Ortigas]], and before that at [[ORG:Smart]] in [[LOCATION:Makati]]. The story is from my time at [[ORG:DITO]]. We had a 'subscriber value' model used to decide which cell sites got upgraded first. Sites along [[LOCATION:EDSA]] and in [[LOCATION:Mandaluyong]] were always first; sites in [[LOCATION:Navotas]] never, because people there load small amounts. [[PERSON:Paolo Santos]], my manager, knew. Atty. [[PERSON:Reyes]] from regulatory said the [[ORG:NTC]] coverage rules were met 'on paper'. Then [[ORG:GCash]] and [[ORG:Maya]] asked for the same scores to offer credit, which meant the same neighbourhoods got worse signal and worse loans. [[PERSON:Kim]], a junior on my team, asked if this was legal. [[PERSON:Paolo]] said 'ask [[PERSON:Reyes]]'. We never did. I resigned in [[DATE:January 2024]].""",
    ),
    (
        "UK banking, Bradford: ordinary-word bank names (Nationwide), Halifax as a bank not a place, Manningham, "
        "Canary Wharf, FCA and FOS, British nicknames, names at sentence start.",
        """I was a credit risk analyst at [[ORG:Monzo]]? No. I'll say a challenger bank in [[LOCATION:Canary Wharf]] and leave it there, because the bank doesn't matter as much as the pattern. We bought an 'affordability enrichment' feed from [[ORG:Ledgerly]], and it quietly downgraded applicants with addresses in [[LOCATION:Manningham]] and other parts of [[LOCATION:Bradford]]. [[PERSON:Imran Hussain]], who grew up there, spotted it first. [[PERSON:Gaz]], our head of risk, said [[ORG:Barclays]] and [[ORG:Halifax]] use the same feed, so it must be fine. [[PERSON:Bethan]] checked: [[ORG:Nationwide]] had dropped it a year earlier. [[PERSON:Imran]] and I wrote to the model risk committee in [[DATE:Q2 2023]]. The reply mentioned the [[ORG:FCA]] consumer duty twice and changed nothing. Some of the rejected customers went to the [[ORG:FOS]]. [[ORG:Ledgerly]] is still a supplier.""",
    ),
    (
        "Rivers and landmarks used as places: along the Pasig, Marikina, the Mekong delta, Lake Victoria and "
        "Kisumu, the Thames; an ordinary-word insurer, Swiss Re, people from three countries.",
        """I worked on flood pricing at [[ORG:Levee]], an insurtech with teams in [[LOCATION:London]], [[LOCATION:Manila]] and [[LOCATION:Ho Chi Minh City]]. Our model priced households by distance to water, which sounds fair until you notice who lives close to water. Along the [[LOCATION:Pasig]] and in [[LOCATION:Marikina]], informal settlers got quotes they could never pay; in the [[LOCATION:Mekong]] delta, farmers were excluded entirely. [[PERSON:Ligaya]], our [[LOCATION:Manila]] lead, proposed a subsidy tier. [[PERSON:Hoang]] from the [[LOCATION:Vietnam]] team supported her. [[PERSON:Tomás]], our CEO, said our reinsurer, [[ORG:Swiss Re]], wanted 'clean risk'. When we expanded to fishing communities around [[LOCATION:Lake Victoria]] near [[LOCATION:Kisumu]], the same thing happened. Meanwhile our own office by the [[LOCATION:Thames]] was in a flood zone with excellent cover. [[PERSON:Ligaya]] resigned in [[DATE:late 2022]]. I followed her.""",
    ),
    (
        "Rushed lower-case forum post from Kampala: ordinary-word firms in brackets, after 'by' and in "
        "possessives, lower-case neighbourhoods repeated, lower-case names, PDPO by abbreviation, a lower-case date.",
        """posting here bc idk where else. i do analytics at a boda app in [[LOCATION:kampala]] (yes, [[ORG:haraka]], the green jackets). [[ORG:haraka]]'s 'rider trust' score is built by [[ORG:tally]], a vendor from [[LOCATION:nakawa]], and they wont show us the features. we found one anyway: riders who park overnight in [[LOCATION:katwe]] or [[LOCATION:bwaise]] lose points. [[LOCATION:katwe]] is where half our riders live bc rent is cheap. my boss [[PERSON:moses]] says [[ORG:tally]] is 'industry standard' and that [[ORG:safeboda]] uses them too, which i doubt. [[PERSON:moses]] reports to [[PERSON:Patience Akello]] who is actually decent. should i go to [[PERSON:patience]] or straight to the [[ORG:PDPO]]? asked [[PERSON:brenda]] from finance and she said dont put anything in email. meeting with [[ORG:tally]] on [[DATE:feb 3]], i'll ask them directly and report back here.""",
    ),
    (
        "E-mail to shop stewards in Gauteng: internal code name with 'Project', then alone in title and lower case, "
        "an ordinary-word vendor in brackets, a retailer client, townships, Mr. title with a particle, NUMSA and CCMA.",
        """Subject: [[ORG:Project Tamarind]], please read before Thursday

Hi [[PERSON:Zanele]], [[PERSON:Ruan]], [[PERSON:Mpho]],

Quick summary for the shop stewards. [[ORG:Tamarind]] is the productivity model that [[ORG:Ember]] (our analytics vendor) built for the [[ORG:Shoprite]] distribution centre in [[LOCATION:Germiston]]. From next month [[ORG:tamarind]] scores feed into the disciplinary process. Pickers from [[LOCATION:Katlehong]] and [[LOCATION:Tembisa]] score worst, because the taxi timetable makes them a few minutes late and the model counts every minute. I raised it with Mr. [[PERSON:van Wyk]] on [[DATE:18 April]]. [[PERSON:Van Wyk]] said [[ORG:Ember]] signed off the fairness review, which is [[ORG:Ember]] checking [[ORG:Ember]]. I think [[ORG:NUMSA]] should ask for the feature list before anyone is disciplined, and if that fails, the [[ORG:CCMA]].

I can explain the numbers on the call.
[[PERSON:Lindiwe]]""",
    ),
    (
        "Sheng and English voice note from Nairobi: Swahili prepositions and sentence-initial neighbourhoods, "
        "a street alone, an ordinary Swahili word as a property app, Nairobi County, KCB, Madam title outside.",
        """[voice note] sasa, so hii story ni ya [[ORG:nyumbani]], the rental app I was working for. Tuko [[LOCATION:Westlands]], office ya glass. [[LOCATION:Westlands]] is where the money is, lakini the tenants wako [[LOCATION:Kawangware]], huko [[LOCATION:Githurai]], [[LOCATION:Kayole]]. [[PERSON:Kevo]], our product guy, built a 'tenant risk' score and sold it to landlords. The score used whether you had a loan with [[ORG:KCB]] and how much [[ORG:Airtel]] money you move. Then [[ORG:Nairobi County]] wanted it for 'planning'. Madam [[PERSON:Njeri]] from legal said we can't share tenant data with the county without consent. [[PERSON:Kevo]] said the landlords consented. [[PERSON:Wanjiku]], my teammate, asked the landlords on [[LOCATION:Biashara Street]] if they even knew. Hawakujua. I left in [[DATE:2024]]. [[ORG:nyumbani]] still runs, sasa wako [[LOCATION:Kisumu]] pia.""",
    ),
    (
        "Hyderabad minutes-style notes: an ordinary-word edtech, a school and a board by name, Old City and "
        "Charminar as places, garu and bhai suffixes outside spans, GHMC, names in a list.",
        """Notes to self after the review, [[DATE:11 Jan 2023]]:
- [[ORG:chalk]] (our edtech app) is selling 'dropout risk' lists to private lenders. [[PERSON:Lakshmi]] garu confirmed it in the review. Her words: 'it is only a pilot'.
- The lists are mostly girls from government schools in the [[LOCATION:Old City]], near [[LOCATION:Charminar]], and from [[LOCATION:Falaknuma]].
- Our office is in [[LOCATION:Gachibowli]] and nobody in the room had been to those schools.
- [[ORG:Sri Vidya High School]] shared marks with [[ORG:chalk]] under an MoU that says 'academic improvement'.
- [[PERSON:Afzal]] bhai (sales) says the [[ORG:GHMC]] also asked for the data, for 'ward planning'.
- [[PERSON:Syed Afzal]] and [[PERSON:Revathi]], [[PERSON:Kiran]], me: four people who know. [[PERSON:Revathi]] wants to write to the [[ORG:Board of Intermediate Education]].
- What I will do: refuse to run the export, in writing, and ask [[PERSON:Lakshmi]] garu for the consent forms.""",
    ),
    (
        "Bucharest: Romanian prepositions and a sentence-initial neighbourhood, an ordinary Romanian word as a firm, "
        "BCR and the data protection authority by abbreviation, doamna title outside the span.",
        """Lucram la [[ORG:Fagure]], a small scoring company în [[LOCATION:Pipera]]. Our client, [[ORG:BCR]], wanted a model for 'collection priority'. [[LOCATION:Ferentari]] has a bad reputation, and the model learned it in a week: every address there went to the top, with the harshest letters. Doamna [[PERSON:Ionescu]], our director, said the bank decides, we only score. [[PERSON:Andrei]] pointed out that many people in [[LOCATION:Ferentari]] and [[LOCATION:Rahova]] are Romani families with irregular income, not bad payers. [[PERSON:Ioana]] from compliance asked whether the [[ORG:ANSPDCP]] would consider address a proxy. [[PERSON:Ionescu]] said nobody had asked them. We delivered in [[DATE:mai 2023]]. I left [[ORG:Fagure]] for a job in [[LOCATION:Cluj]], and [[PERSON:Andrei]] left a month later. The model, as far as I know, still ranks the same streets first.""",
    ),
    (
        "Kingston, Jamaica: an ordinary-word fintech after 'by', a telco in brackets, NCB, neighbourhoods "
        "including Half Way Tree, Miss title outside the span, patois code-switching.",
        """Mi did work for [[ORG:Ackee Pay]], a small fintech up in [[LOCATION:New Kingston]]. The credit score was built by [[ORG:Ackee Pay]]'s two data people, me and [[PERSON:Dwayne]], but the features came from the partner ([[ORG:Digicel]], of course) and from [[ORG:NCB]] transaction data. Customers from [[LOCATION:Trench Town]] and [[LOCATION:August Town]] got lower limits whatever dem income. Miss [[PERSON:Pauline]], the CEO, seh it's 'just how the data fall'. [[PERSON:Dwayne]] tell her straight: the model learned the postcodes of the garrisons. She neva like dat. We took it to the board meeting at a hotel in [[LOCATION:Half Way Tree]] on [[DATE:7 September 2022]]. The board chair, [[PERSON:Winston Clarke]], asked good questions, then voted to keep it. [[PERSON:Dwayne]] went to [[LOCATION:Toronto]]. Mi still deh yah, trying to fix it from inside.""",
    ),
    (
        "NOTHING IDENTIFYING. Distractors: job titles, tools (Python, Looker, Slack, Jira), laws (GDPR), "
        "demonyms and languages, weekdays, durations, relative dates, capitalised sentence starts, generic places.",
        """Our Head of Growth wanted a slide that showed retention going up. The Looker dashboard said otherwise. I rebuilt the cohort in Python over a weekend and got the same answer: flat, maybe slightly down. On Monday the VP of Product asked me to 'try a different window'. By Wednesday I had tried six windows. One of them, starting right after a holiday promotion, showed a rise. That was the one that went into the board deck. I wrote in Slack that the chart was cherry-picked and that the honest number was flat. Nobody replied in the thread. Two weeks later my manager mentioned, kindly, that I was 'very detail-oriented'. I opened a Jira ticket to document the method, and it was closed as out of scope. Looking back, I should have put the honest chart in the appendix and named it clearly. Next time I will.""",
    ),
    (
        "NOTHING IDENTIFYING. Distractors: a German works council as a generic term, a Nordic bank and a Spanish "
        "client described without names, GDPR, DPIA, capitalised team names, a head office, the capital.",
        """I worked for a mid-sized Nordic bank with a head office in the capital and a data team spread over three countries. The Fraud team asked for a model that used customers' spending at pharmacies. The DPO said a DPIA was needed; the Head of Fraud said a DPIA would take a quarter. We built a prototype anyway. A colleague from the Spanish hub pointed out that pharmacy spending is health data under GDPR, full stop. Our German colleagues suggested asking the works council, which made the Head of Fraud laugh. After a month the prototype was quietly shelved, not because of ethics but because the AUC was only 0.61. Nobody learned anything. I wrote a short note for the internal wiki about special category data. It got eleven views. I left the bank last year, on good terms, and still wonder whether the prototype lives on somewhere.""",
    ),
    (
        "NOTHING IDENTIFYING. Chat with first-person nicknames avoided, rushed lower-case, tools and metrics, "
        "'the client', 'the regulator', 'the north office', weekdays, money amounts.",
        """[09:12] me: so the client wants the churn list by friday
[09:13] lead: yes and they want the 'likely to complain' flag too
[09:13] me: the flag is basically age. over 70 = complains
[09:14] lead: it's predictive though. auc 0.78
[09:15] me: it's predictive because older customers actually read their bills
[09:16] lead: the north office did the same for the other account, nobody died
[09:17] me: the regulator fined someone for exactly this last year
[09:18] lead: that was a bigger company. we're small
[09:19] me: being small isn't a legal basis
[09:21] lead: ok write me two paragraphs i can forward. no drama
[09:40] me: sent. i suggested dropping age and using complaint history only
[09:55] lead: client says fine but they want it by thursday now
[09:56] me: of course they do
[16:02] lead: approved. thanks. they're paying 40k for this so be nice""",
    ),
    (
        "NOTHING IDENTIFYING. Forum post: an unnamed hospital, an unnamed university, demonyms (Kenyan, Filipino), "
        "languages, acronyms (KPI, OKR, PII), a durations-heavy timeline.",
        """Long-time reader, first post. I work as an analyst at a teaching hospital attached to a large public university. Our KPI this year was 'reduced length of stay', and the OKR owner wanted a model to prioritise discharges. The nurses on my ward are mostly Kenyan and Filipino, and they told me the model kept pushing out patients who didn't speak English or Swahili well, because those patients asked fewer questions and looked 'ready'. I checked. They were right: language needs were missing from the features, so quiet meant healthy. I took it to the quality committee after about three weeks of analysis. They thanked me and asked for a second opinion. The second opinion took four months. In the meantime the model ran. It was changed eventually, with an interpreter flag. I am glad it changed. I am less glad about the four months. How do you all handle that waiting time?""",
    ),
    (
        "NOTHING IDENTIFYING. E-mail between unnamed roles: Dear Team, sign-off with a role only, capitalised "
        "words that are not entities (Board, Risk Committee, Annex B), metric values, a relative date.",
        """Subject: Annex B of the model review

Dear Team,

Following the Risk Committee last week, I have reviewed Annex B, the fairness section of the credit model documentation. I have three concerns. First, the disparate impact ratio is reported as 0.83 for the full population but 0.71 for applicants under twenty-five, and only the first number reaches the Board summary. Second, the section says protected attributes are 'not used', but postcode and mobile operator are both in the top ten features by SHAP value. Third, the monitoring plan checks the ratio once a year, which is too rarely for a product that changes every quarter.

I would suggest we report both ratios, add a proxy analysis, and move to monthly monitoring. I am happy to draft the text before the next meeting.

Kind regards,
Senior Analyst, Model Validation""",
    ),
    (
        "NOTHING IDENTIFYING. Voice-note style reflection with generic places (a coastal town, the city, "
        "a regional office), job titles, durations, relative dates and sentence-initial capitalised words.",
        """[voice note, transcribed] ok so, this is for the thing, the anonymous thing. Right. I grew up in a coastal town and moved to the city for my first analytics job, at an insurer. Last spring our regional office asked us to score claims for 'fraud likelihood', and the model loved one feature: claims filed in the first week after a storm. Which, obviously. That's when people claim. Our Chief Actuary said it was a strong signal. I said it punishes people for having a house near the sea. There was a long silence on the call. Then the Product Owner said we'd revisit after the quarter. We revisited after two quarters. The feature stayed, but with a cap. Honestly, I think the cap was a win. Small, but a win. Anyway. That's my story. I hope whoever reads this knows they're not alone, because for a while I really thought I was.""",
    ),
]

MARKUP = re.compile(r"\[\[([A-Z]+):([^\]|]+?)(?:\|([a-z_-]+))?\]\]")
EDGE_PUNCT = set(".,;:!?\"'()[]{}<>-–—/\\*_`~")
LEGAL_DOT = ("Inc.", "Ltd.", "Co.", "Corp.", "S.A.", "B.V.", "Bhd.", "S.A.S.", "Cía.")
# particles of names that are not checked on their own
NAME_PARTICLES = {
    "de",
    "da",
    "del",
    "dos",
    "das",
    "van",
    "von",
    "der",
    "bin",
    "binti",
    "al",
    "el",
    "la",
    "le",
    "di",
    "du",
    "ibn",
    "ben",
    "y",
    "e",
    "mac",
    "st",
}


def parse(text):
    """Strip the markup; return plain text and spans."""
    out, spans, pos = [], [], 0
    for m in MARKUP.finditer(text):
        out.append(text[pos : m.start()])
        start = sum(len(s) for s in out)
        kind, value = m.group(1), m.group(2)
        if kind not in KINDS:
            raise SystemExit(f"unknown kind {kind!r} in {m.group(0)!r}")
        out.append(value)
        spans.append(
            {
                "entity_type": kind,
                "entity_value": value,
                "start_position": start,
                "end_position": start + len(value),
            }
        )
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def covered(spans, s, e):
    return any(sp["start_position"] <= s and e <= sp["end_position"] for sp in spans)


def whole_word(value, flags=re.IGNORECASE):
    return re.compile(r"(?<![\w@#])" + re.escape(value) + r"(?![\w])", flags)


def check(records):
    errors, warnings = [], []
    for r in records:
        t, spans, sid = r["full_text"], r["spans"], r["id"]
        if "[[" in t or "]]" in t:
            errors.append(f"{sid}: markup left over")
        n = len(t.split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            errors.append(f"{sid}: {n} words (want {MIN_WORDS}-{MAX_WORDS})")
        last = -1
        for sp in sorted(spans, key=lambda x: x["start_position"]):
            s, e, v = sp["start_position"], sp["end_position"], sp["entity_value"]
            if t[s:e] != v:
                errors.append(f"{sid}: offset mismatch for {v!r}")
            if s < last:
                errors.append(f"{sid}: overlapping span {v!r}")
            last = e
            if v != v.strip():
                errors.append(f"{sid}: whitespace at edge of {v!r}")
            lead_ok = (sp["entity_type"] == "HANDLE" and v[0] in "@#") or (
                sp["entity_type"] == "PHONE" and v[0] == "+"
            )
            if (v[0] in EDGE_PUNCT or v[0] in "@#+") and not lead_ok:
                errors.append(f"{sid}: punctuation at start of {v!r}")
            if v[-1] in EDGE_PUNCT and not (v[-1] == "." and v.endswith(LEGAL_DOT)):
                errors.append(f"{sid}: punctuation at end of {v!r}")
            # a span should not cut a word in two
            if s > 0 and t[s - 1].isalnum() and v[0].isalnum():
                errors.append(f"{sid}: span {v!r} starts inside a word")
            if e < len(t) and t[e].isalnum() and v[-1].isalnum():
                errors.append(f"{sid}: span {v!r} ends inside a word")
        # missed mentions within the story
        for sp in spans:
            kind, v = sp["entity_type"], sp["entity_value"]
            if kind in ("ORG", "LOCATION", "PERSON"):
                probes = [v]
                if kind == "PERSON":
                    probes += [
                        tok
                        for tok in re.split(r"[\s]+", v)
                        if len(tok) > 1 and tok.lower() not in NAME_PARTICLES
                    ]
                for p in probes:
                    for m in whole_word(p).finditer(t):
                        if not covered(spans, m.start(), m.end()):
                            errors.append(
                                f"{sid}: unlabelled mention {t[m.start() : m.end()]!r} "
                                f"(labelled {kind} {v!r})"
                            )
        k = {sp["entity_type"] for sp in spans}
        if spans and (len(spans) < 5 or len(k) < 3):
            warnings.append(f"{sid}: {len(spans)} identifiers, {len(k)} kinds")
    # missed mentions across stories: a name, firm or place labelled in one story
    # must be labelled wherever it appears in another
    seen = {}
    for r in records:
        for sp in r["spans"]:
            if sp["entity_type"] in ("ORG", "LOCATION", "PERSON"):
                seen.setdefault(sp["entity_value"], (sp["entity_type"], r["id"]))
                if sp["entity_type"] == "PERSON":
                    for tok in sp["entity_value"].split():
                        if len(tok) > 2 and tok.lower() not in NAME_PARTICLES and tok[0].isupper():
                            seen.setdefault(tok, ("PERSON-token", r["id"]))
    for v, (kind, first) in seen.items():
        flags = 0 if kind == "PERSON-token" else re.IGNORECASE
        rx = whole_word(v, flags)
        for r in records:
            for m in rx.finditer(r["full_text"]):
                if not covered(r["spans"], m.start(), m.end()):
                    errors.append(
                        f"{r['id']}: unlabelled {r['full_text'][m.start() : m.end()]!r} "
                        f"(labelled {kind} in {first})"
                    )
    return errors, warnings


def build():
    records = []
    for i, (notes, text) in enumerate(STORIES, 1):
        full, spans = parse(text.strip())
        records.append({"full_text": full, "spans": spans, "id": f"d9-{i:02d}", "notes": notes})
    return records


def main():
    records = build()
    errors, warnings = check(records)
    data = json.dumps(records, ensure_ascii=False, indent=1)
    # check again on the serialised data
    for r in json.loads(data):
        for sp in r["spans"]:
            if r["full_text"][sp["start_position"] : sp["end_position"]] != sp["entity_value"]:
                errors.append(f"{r['id']}: serialised offset mismatch {sp['entity_value']!r}")
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} errors; nothing written")
        return 1
    OUT.write_text(data + "\n", encoding="utf-8")
    counts = Counter(sp["entity_type"] for r in records for sp in r["spans"])
    empty = sum(1 for r in records if not r["spans"])
    words = [len(r["full_text"].split()) for r in records]
    print(
        f"wrote {OUT.name}: {len(records)} stories ({empty} with nothing identifying), "
        f"{sum(counts.values())} identifiers"
    )
    for k in KINDS:
        print(f"  {k:9s} {counts[k]}")
    print(
        f"words per story: min {min(words)}, max {max(words)}, mean {sum(words) / len(words):.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
