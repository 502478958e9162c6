#!/usr/bin/env python3
"""Write and check tests/data/redaction_messy_dev10.json, development set 10.

Written by a helper who never saw the redaction engine. Stories use inline
markup [[KIND:text]]; this script strips it, computes offsets, runs the
checks from tests/data/README.md and writes the JSON. Exits non-zero if any
check fails. Run: python3 tests/data/make_messy_dev10.py
"""

import itertools
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

Span = dict[str, Any]

KINDS = ("PERSON", "ORG", "LOCATION", "EMAIL", "PHONE", "URL", "HANDLE", "DATE", "ID")
MARKUP = re.compile(r"\[\[(" + "|".join(KINDS) + r"):(.+?)\]\]")
OUT = Path(__file__).with_name("redaction_messy_dev10.json")
MIN_WORDS, MAX_WORDS = 80, 200
LEGAL_SUFFIXES = ("Inc.", "Ltd.", "A.S.", "A.Ş.", "Zrt.", "s.r.o.", "Co.", "S.A.", "B.V.")

# (notes, text). Text uses [[KIND:text]] markup.
STORIES = [
    # 01
    (
        "Voice-to-text, Nigerian Pidgin and Yoruba, no punctuation or capitals; spoken date and spoken e-mail; 'oga' outside the span; lower-case firm and places.",
        """ok so this one na voice note abeg manage am i was the only analyst for [[ORG:kolapo credit]] for [[LOCATION:yaba]] and my oga [[PERSON:tunde]] said make we scrape the contact list from every borrower phone then message their family when dem default i said sir this one no good the NDPR no allow am he said na so everybody dey do am then on the [[DATE:fourteenth of march twenty twenty three]] he sent me one long voice note saying if i no fit do am make i carry my load comot my colleague [[PERSON:funmi adesina]] said make i just do am jare ehn e go better for me i no gree i wrote everything down and sent am to the [[ORG:NDPC]] from my personal mail [[EMAIL:bisi underscore analytics at gmail dot com]] nobody reply till today [[PERSON:tunde]] still dey there [[PERSON:funmi]] don japa go [[LOCATION:manchester]] and me i dey look for work o""",
    ),
    # 02
    (
        "Phone-typed Taglish: abbreviations, no apostrophes, emoji; honorifics kuya and ate outside the span, and 'i ate lunch' as a verb; regulator acronym NPC vs the law DPA.",
        """hi po 🙏🙏 sorry ang haba. data analyst ako sa BPO dito sa [[LOCATION:cebu]], [[ORG:Sugbo Contact Solutions]] (pls wag i-post name ng company huhu). so our TL kuya [[PERSON:jun]] n ate [[PERSON:marites]] frm HR wanted a "smile score" from d webcam of every agent, naka-on 8hrs a day. i said guys dis is biometric data, we need consent under d DPA, wala tayong DPIA. kuya [[PERSON:jun]] said "its ok nmn basta hndi ma-leak" 🙄🙄. they made me build it anyway lst [[DATE:nov 2022]], tix [[ID:INC-0049211]]. agents w low scores got no OT. i ate lunch alone for weeks bc evryone thought it was MY idea. i messaged d [[ORG:NPC]] hotline, they said file formally. tmrw im submitting. if u need to contact me its [[PHONE:0917 555 0142]] but pls dnt publish ha. grabe tlga""",
    ),
    # 03
    (
        "WhatsApp Android export, Hausa and English; phone numbers as speakers, dates in every line header; Alhaji kept inside the name, Malam outside.",
        """sharing part of our group chat, the numbers are colleagues so pls remove them

[[DATE:12/09/2023]], 21:14 - [[PHONE:+234 803 555 0198]]: Salam. kun ga abin da [[PERSON:Alhaji Sani]] yake so? yana so mu hada farmer list da voter register
[[DATE:12/09/2023]], 21:16 - [[PHONE:+234 806 555 0123]]: wallahi ban gani ba. is that even legal
[[DATE:12/09/2023]], 21:17 - [[PERSON:Musa Danjuma]]: ba matsala, he said the commissioner wants to know which wards voted for who before the subsidy goes out
[[DATE:12/09/2023]], 21:20 - [[PHONE:+234 803 555 0198]]: toh. I'll tell Malam [[PERSON:Garba]] at [[ORG:Kano Agric Data Unit]] that we cant do it without a legal basis
[[DATE:13/09/2023]], 07:02 - [[PERSON:Musa Danjuma]]: [[PERSON:Garba]] said just do it, kar ka damu 😂

we did it. fertilizer in [[LOCATION:Dala]] and [[LOCATION:Gwale]] went only to some wards. i am still in [[LOCATION:Kano]] and still ashamed""",
    ),
    # 04
    (
        "Telegram desktop copy in transliterated Ukrainian; 'Name, [dd.mm.yyyy hh:mm]' headers; patronymic inside the span; Ukrainian month name as a date; tax number.",
        """Copying from telegram, translit bo laptop bez kyrylytsi.

[[PERSON:Oksana Kravets]], [[[DATE:12.05.2023]] 22:14]
Pryvit. ty bachyv shcho [[PERSON:Bohdan]] zrobyv z datasetom pereselentsiv?

[[PERSON:Taras]], [[[DATE:12.05.2023]] 22:19]
tak. vin vyvantazhyv usi RNOKPP, napryklad [[ID:3012408765]], i adresy v [[LOCATION:Kharkiv]] dlia [[ORG:Skif Defence Data]]

[[PERSON:Oksana Kravets]], [[[DATE:12.05.2023]] 22:21]
tse zh humanitarna baza. [[PERSON:Ihor Mykolaiovych]] znaie?

[[PERSON:Taras]], [[[DATE:12.05.2023]] 22:30]
vin i pidpysav 🤷

I am [[PERSON:Taras]]. We were a small NGO data team in [[LOCATION:Poznyaky]]. The people in that base signed up for food kits, not for a contractor. I raised it with the board on Monday and was told it was 'patriotic'. I left in [[DATE:cherven 2023]].""",
    ),
    # 05
    (
        "ALL-CAPS Turkish written without diacritics, English mixed in; legal suffix A.S. inside the span; Turkish suffixes after apostrophes; Bey and Hanim outside; TC Kimlik number; KVKK law as a distractor.",
        """ARKADASLAR BUNU YAZMAK ZORUNDAYIM. [[ORG:KUMRU ELEKTRONIK A.S.]]'DE VERI EKIBINDEYIM, [[LOCATION:KADIKOY]] OFISI. [[PERSON:MEHMET]] BEY BUTUN MUSTERILERIN TC KIMLIK NUMARALARINI DUZ CSV OLARAK PAZARLAMA AJANSINA GONDERDI!!! ORNEK: [[ID:10000000146]]. MASKELEME YOK, SIFRE YOK, HICBIR SEY YOK. SERIOUSLY WTF. ONA KVKK DEDIM, 'SEN KARISMA' DEDI. [[DATE:23 NISAN 2023]] TARIHLI MAIL HALA BENDE. IK'DAN [[PERSON:AYSE]] HANIM BENI [[PHONE:0532 555 01 47]] NUMARASINDAN ARADI, 'SESSIZ KAL' DEDI. AJANS [[ORG:REKLAMIX]], [[LOCATION:LEVENT]]'TE. [[PERSON:MEHMET]] BEY HALA MUDUR. BEN ISTIFA ETMEDIM AMA HER GUN DUSUNUYORUM. I KNOW THIS IS A DATA BREACH, I JUST DONT KNOW WHO TO TELL WITHOUT LOSING MY JOB. SIZCE NE YAPMALIYIM???""",
    ),
    # 06
    (
        "Slack copy, Zulu and English; 'Name  9:14 AM' headers; @handle and #channel; sisi and baba outside the span; a short form of a name (Thandi); SA ID number; isiZulu as a language distractor; POPIA and EEA as laws.",
        """[[PERSON:Thandeka Mthembu]]  9:14 AM
Sawubona team. quick one: [[HANDLE:@sipho.n]] is the new claims model using the home-language field again? 👀
[[PERSON:Sipho Ndlovu]]  9:20 AM
yebo sisi, baba [[PERSON:Dlamini]] said the isiZulu speakers "claim more" so it stays 🙃
[[PERSON:Thandeka Mthembu]]  9:22 AM
eish. that's a proxy for race under POPIA and the EEA. posting in [[HANDLE:#claims-fraud-model]]
[[PERSON:Sipho Ndlovu]]  9:25 AM
hayi, don't, he reads that channel

That was [[DATE:3 March 2024]]. I'm [[PERSON:Thandi]]. At [[ORG:Ubuntu Mutual Assurance]] in [[LOCATION:Braamfontein]] nobody touched the feature until a policyholder from [[LOCATION:Soweto]] with ID [[ID:8801235111087]] complained to the [[ORG:Information Regulator]]. Then it vanished overnight, no post-mortem, no apology.""",
    ),
    # 07
    (
        "Voice-to-text in Tanglish (Tamil and English), no punctuation; anna and akka after the name outside the span; mr outside; spoken ticket number, spoken festival date, spoken phone number.",
        """ok recording this in the car so sorry for mistakes so i work at [[ORG:velachery fintech]] not the real name ok no wait it is the real name please remove it so [[PERSON:karthik]] anna who is my lead told me to take the aadhaar numbers from the old kyc folder and join with the call records enna da this is not allowed i told him he said romba yosikaadhe just do it the ticket was [[ID:VF nine nine two one]] i think and on [[DATE:pongal twenty twenty four]] holiday he called me three times my number is [[PHONE:nine eight four four zero five five five zero one two]] you can call me if you want more details i also told [[PERSON:divya]] akka from compliance in the [[LOCATION:tambaram]] branch she said she will escalate to mr [[PERSON:raghavan]] nothing happened and [[PERSON:karthik]] got promoted""",
    ),
    # 08
    (
        "iMessage thread in Finglish (Persian in Latin letters); iMessage date header and phone number as the sender; jan and khanom after the name outside the span; Persian solar date; Iranian national code.",
        """[[DATE:Mar 3, 2024]] at 9:14 PM
[[PHONE:+1 (555) 014-2231]]: salam azizam, [[PERSON:Arash]] jan goft che kardi?
Me: hanooz na. mikhad national code-haye hameye karbaran-e [[LOCATION:Tehran]] ro bedim be ye sherkat-e dige
[[PHONE:+1 (555) 014-2231]]: vay. in ghanooni nist
Me: [[PERSON:Shirin]] khanom ham goft "ejbari". ye nemoone ham ferestad: [[ID:0071234567]]

(context in English) I was contracting remotely from [[LOCATION:Toronto]] for [[ORG:Dorna Data]], office in [[LOCATION:Vanak]]. The request came on [[DATE:15 Mehr 1402]]. [[PERSON:Arash]] was the CTO. I said no twice, then my contract was "paused". The cousin texting me was the only person I told, and I still have not told my parents why the money stopped.""",
    ),
    # 09
    (
        "Discord copy in Greeklish; 'username — dd/mm/yyyy hh:mm' headers with bare usernames labelled as handles, emoji outside; @mention; Greek article before a name.",
        """[[HANDLE:nikos_k]] — [[DATE:14/03/2024]] 21:14
re paidia, eide kaneis to neo feature pou zitise o [[PERSON:Stavros]]? kanei transcribe to voice chat ton paikton gia ad targeting
[[HANDLE:elenaki]]🌸 — [[DATE:14/03/2024]] 21:16
kai oi mikroi? exoume paidia 12 xronon ston server 😬 [[HANDLE:@nikos_k]] des to GDPR art 8
[[HANDLE:mitsos.exe]] — [[DATE:14/03/2024]] 21:20
o [[PERSON:Stavros]] leei "einai anonymized" lol. exei to discord tag tous mesa

I'm the one who posted first. [[ORG:Kastro Games]] is small, 30 people in [[LOCATION:Kallithea]], and the invite link [[URL:discord.gg/kastro-lounge]] is on every box. After this I sent a note to the [[ORG:Hellenic DPA]] on [[DATE:2 April 2024]]. [[PERSON:Stavros]] found out and moved me to QA in the [[LOCATION:Thessaloniki]] studio.""",
    ),
    # 10
    (
        "WeChat copy with pinyin and English; 'Name yyyy-mm-dd hh:mm' headers; family-name-first names; Lao outside the span; lunar-calendar date; Chinese resident ID ending in X; PIPL as a law.",
        """Copied from WeChat, my translations in brackets.

[[PERSON:Wang Lei]] [[DATE:2023-06-12]] 21:03
laoban shuo the face camera data can go to the insurance partner, mei wenti
[[PERSON:Chen Xiaoyu]] [[DATE:2023-06-12]] 21:05
shenme?? (what??) customers never agreed
[[PERSON:Wang Lei]] [[DATE:2023-06-12]] 21:06
Lao [[PERSON:Zhang]] signed it already. haode, don't make trouble 🙏

I am [[PERSON:Xiaoyu]]. [[ORG:Pengcheng Smart Retail]] runs cameras in 40 stores, the pilot was in [[LOCATION:Nanshan]]. One export had a shopper's ID number [[ID:44030519900101123X]] matched to her face embedding. The transfer was due before [[DATE:la yue chu ba]]. I asked Lao [[PERSON:Zhang]] for the PIPL assessment and he said it is "in progress". It never was.""",
    ),
    # 11
    (
        "LINE chat export in transliterated Thai; tab-separated lines, saved-on header, Buddhist-era year; Nong, P' and Khun outside the span; Thai ID; 55555 (laughter) as a distractor.",
        """[LINE] Chat history with Data Team 📊
Saved on: [[DATE:2023/11/02]] 22:10

[[DATE:2023/11/02]](Thu)
21:03\tNong [[PERSON:Fah]]\tP'[[PERSON:Nok]] ka, khun [[PERSON:Somchai]] bok wa hai export customer ID kap location history hai partner
21:05\tP'[[PERSON:Nok]]\tmai dai na ka, PDPA
21:07\tNong [[PERSON:Fah]]\tkhao bok "mai pen rai, jing jing" 😅
21:10\t[[PERSON:Tee]]\tsample row: [[ID:1-1020-03456-78-9]] 55555

Translation note: 55555 is laughing (ha ha). I was P'[[PERSON:Nok]]. The company is [[ORG:Siam Sukjai Insurance]] in [[LOCATION:Bang Na]]. The export went out on [[DATE:6 Nov 2566]] ([[DATE:2023]]). Khun [[PERSON:Somchai]] retired soon after; the partner still has the file.""",
    ),
    # 12
    (
        "Voice-to-text in Romanian mixed with English, no diacritics or punctuation; doamna outside; spoken e-mail with 'punct' and 'arond'; spoken date; CNP.",
        """deci inregistrez asta ca nu am timp sa scriu lucrez la [[ORG:somes data srl]] in [[LOCATION:floresti]] langa [[LOCATION:cluj]] si doamna [[PERSON:ionescu]] sefa mea ne-a cerut sa punem CNP-urile clientilor in fisierul pentru banca fara nicio mascare de exemplu [[ID:1850312125789]] i-am zis ca e impotriva GDPR si ca [[ORG:ANSPDCP]] o sa ne amendeze colegul meu [[PERSON:stefanita]] a zis lasa ma ca asa se face peste tot asta a fost pe [[DATE:unu decembrie douazeci douazeci si doi]] de ziua nationala imagine that am trimis totul si lui [[PERSON:andrei]] de la juridic adresa lui e [[EMAIL:andrei punct pop arond somesdata punct example]] honestly i dont know what to do doamna [[PERSON:ionescu]] zice ca sunt prea sensibila""",
    ),
    # 13
    (
        "Microsoft Teams copy in Hungarian with English; family-name-first names with and without accents; Hungarian date format 'yyyy. mm. dd.'; 'úr' outside the span; seasonal date in Hungarian; NAIH regulator twice; Roma as an ethnicity distractor.",
        """[[PERSON:Kovács Péter]] [[DATE:2023. 05. 12]]. 10:42
Sziasztok, a scoring modellben benne marad a vezetéknév feature, [[PERSON:Szabó]] úr kérte
[[PERSON:Nagy Réka]] [[DATE:2023. 05. 12]]. 10:44
de hát az proxy a roma származásra!! this is exactly what the [[ORG:NAIH]] warned about
[[PERSON:Kovács Péter]] [[DATE:2023. 05. 12]]. 10:45
tudom, [[PERSON:Réka]]. nem én döntök 😕

My English summary: I'm [[PERSON:Reka]] ([[PERSON:Nagy Reka]], no accents on my keyboard at home). At [[ORG:Duna Hitel Zrt.]] in [[LOCATION:Budapest]], the surname feature lifted the Gini by two points. I wrote to [[PERSON:Kovacs Peter]]'s boss and to the [[ORG:NAIH]] on [[DATE:május 30]]. Nothing changed until [[DATE:2024 tavasz]], when the feature quietly disappeared.""",
    ),
    # 14
    (
        "Signal desktop copy in Czech with diacritics; '[d. m. yyyy hh:mm] Name:' headers; a phone number as a speaker; pan outside; Czech month name as a date; s.r.o. inside the span; the ÚOOÚ regulator.",
        """Signal group "datovy tym" (export from desktop):

[[[DATE:15. 3. 2024]] 20:11] [[PERSON:Jirka]]: kluci, pan [[PERSON:Dvořák]] chce GPS z aplikace i mimo pracovní dobu
[[[DATE:15. 3. 2024]] 20:13] [[PERSON:Markéta]]: cože? to je sledování řidičů i o víkendu
[[[DATE:15. 3. 2024]] 20:14] [[PERSON:Jirka]]: prý kvůli pojišťovně. ticket [[ID:VLT-3318]]
[[[DATE:15. 3. 2024]] 20:20] [[PHONE:+420 601 555 013]]: já to nenaprogramuju. sorry, not doing it

The number is mine. [[ORG:Vltava Mobility s.r.o.]] runs delivery vans out of [[LOCATION:Holešovice]]. We told the [[ORG:ÚOOÚ]] about it in [[DATE:duben]]. The tracking stayed, but now drivers can switch it off after their shift, so that's something.""",
    ),
    # 15
    (
        "Phone-typed English from an Amharic speaker; Ato and W/ro outside the span; Ethiopian-calendar date beside the Gregorian one; Ethiopian phone and Fayda ID; short city name Addis; a Telegram link as URL.",
        """selam 🙏 sorry 4 my english. im data analyst at [[ORG:Abay Microfinance]], [[LOCATION:Bole]] branch, [[LOCATION:Addis]]. Ato [[PERSON:Girma]] (our director) wants 2 sell borrower list 2 a betting company. betam bad. i told him ishi but i didnt do it 😔. W/ro [[PERSON:Almaz]] from legal said "gin, it is only phone numbers" lol. the list has [[PHONE:+251 91 155 5012]] type numbers + Fayda ID like [[ID:6141 2345 9876 0012]]. the betting company even posted the offer on [[URL:t.me/abay_loans_promo]]. this was [[DATE:Meskerem 12, 2016]] (our calendar, [[DATE:sept 2023]] for u). i was moved to [[LOCATION:Piassa]] branch after. endet new? is this normal everywhere?? pls dont write Ato [[PERSON:Girma]] name""",
    ),
    # 16
    (
        "Phone-typed Nigerian English with Igbo; repeated letters, abbreviations, emoji with skin tones; oga outside; a full name and its short form; NIN; e-mail in plain form.",
        """biko read this 🙏🏾🙏🏾 im so tireddddd. i do data for [[ORG:Ogbunike Health Insurance]] in [[LOCATION:Onitsha]]. oga [[PERSON:Obinna]] wants us 2 reject claims from ppl wey dey [[LOCATION:Awka]] side bc "dem too sick" chaiii. model uses postcode lol. i told [[PERSON:Chukwuemeka]] my teamlead, [[PERSON:Emeka]] just laughed nooooo. i screenshot the config + one member NIN [[ID:70913456218]] to show the data they keep. sent to [[EMAIL:ada.obi.data@proton.example]] (my backup mail). this started [[DATE:Dec 2023]]. nna m, i no sabi wetin to do. my mama say make i leave am for God. ngwa make una advise me. pls remove [[PERSON:Obinna]] name b4 u post am""",
    ),
    # 17
    (
        "WhatsApp iOS export, Shona and English; '[d/m/yy, h:mm:ss PM] Name:' headers; the Shona prefix va- attached to a surname ('VaMoyo') and Mai outside the span; Zimbabwean national ID.",
        """[[[DATE:12/1/24]], 8:14:03 PM] [[PERSON:Tatenda]]: mhoro shamwari, Va[[PERSON:Moyo]] vati tishandise ma ID evanhu vese kuti tiwane ma voters 🙄
[[[DATE:12/1/24]], 8:15:40 PM] Mai [[PERSON:Chipo]]: hazviite izvo. thats the loan book not a voter roll
[[[DATE:12/1/24]], 8:16:02 PM] [[PERSON:Tatenda]]: ndizvo zvandakamuudza. he said the party pays the bills
[[[DATE:12/1/24]], 8:20:11 PM] Mai [[PERSON:Chipo]]: eish. sample: [[ID:63-123456-X-42]] hapana encryption

I'm [[PERSON:Tatenda]]. [[ORG:Zambezi Microcredit]] in [[LOCATION:Avondale]], [[LOCATION:Harare]]. We refused, so [[PERSON:Moyo]] did the export himself. I left in [[DATE:March]]. Mai [[PERSON:Chipo]] stayed because of her kids' fees.""",
    ),
    # 18
    (
        "Voice-to-text in Bengali and English, no punctuation; -da and apa after the name outside the span; spoken NID, spoken Bengali-calendar date, spoken phone number.",
        """ami ekta voice note dicchi ok so i work at [[ORG:meghna knitwear ltd]] in [[LOCATION:gazipur]] as the only data person [[PERSON:sourav]] da my boss wants the attendance model to flag workers who go to the union meeting using the gate camera ami bollam eta thik na bhai this is illegal he said chup koro and do it [[PERSON:rupa]] apa from HR forwarded me the list of union members with NID numbers like [[ID:one nine nine four two six nine two five one two three four five]] and this was on [[DATE:pohela boishakh fourteen thirty]] when everyone else was at the mela amar number [[PHONE:zero one seven one one five five five zero one two]] please dont publish it [[PERSON:sourav]] da still thinks i deleted the model i did not ami ekhon [[LOCATION:mirpur]] e amar cousin er basay achi""",
    ),
    # 19
    (
        "Phone-typed Marathi and English; sir and tai after the name outside the span; PAN number; ticket ID; d/m/yy date; emoji.",
        """namaskar 🙏 long msg sorry. me [[ORG:Sahyadri Agritech]] madhe analyst ahe, office [[LOCATION:Hinjewadi]] phase 2. [[PERSON:Sachin]] sir ne sangitla ki farmers chya PAN ani bank details loan agents la share kar. eg [[ID:ABCPD1234K]]. mi bolle "sir he chukicha ahe" tar te mhanale "tu jast shikleli ahes ka" 😡😡. [[PERSON:Vaishali]] tai (my senior) pan gap basli. ticket [[ID:SAH-2231]] created on [[DATE:22/3/23]]. after that agents called farmers in [[LOCATION:Baramati]] at night for recovery, 2 ppl complained to police. mi HR la mail kela, no reply. ata mi [[LOCATION:Pune]] madhe new job shodhtey. kay karu?? [[PERSON:Sachin]] sir la kalla tar maza career sampla""",
    ),
    # 20
    (
        "Roman Urdu with English; bhai and baji after the name outside the span; CNIC; Ramzan with a year as a date; SECP as a regulator; Pakistani mobile number.",
        """Assalam o alaikum. mein [[ORG:Sitara Credit]] mein data analyst hun, [[LOCATION:Gulshan-e-Iqbal]] office. [[PERSON:Bilal]] bhai ne kaha k defaulters ki CNIC aur photo unke mohalle ki WhatsApp groups mein daal do taake sharam aaye. sample CNIC [[ID:42101-5551234-7]]. maine mana kiya, unhon ne kaha "yaar ye to standard hai". [[PERSON:Ayesha]] baji (compliance) ne [[ORG:SECP]] ko complaint karne ka bola, lekin phir khud hi peeche hat gayin. ye sab [[DATE:Ramzan 2024]] mein hua, roza rakh ke ye kaam 😞. mera number [[PHONE:0300 5550142]] hai agar moderator ko confirm karna ho, publish mat karna. ab mein [[LOCATION:Lahore]] shift ho raha hun, [[PERSON:Bilal]] bhai ko pata nahi""",
    ),
    # 21
    (
        "Slack copy, Telugu and English; @handle with an honorific after it; garu after the name outside the span; Aadhaar number; festival-plus-year date; #channel.",
        """[[PERSON:Ravi Teja]]  11:02 AM
[[HANDLE:@lakshmi.p]] akka, emaindi? [[PERSON:Srinivas]] garu asked for the patient list again
[[PERSON:Lakshmi Prasanna]]  11:05 AM
avunu, he wants scan results of all women patients for the pharma partner. cheppu, is there consent?
[[PERSON:Ravi Teja]]  11:06 AM
ledu. ticket [[ID:DHS-771]]. ayyo

I'm [[PERSON:Lakshmi]]. This is from [[ORG:Deccan Health Scan]], [[LOCATION:Gachibowli]]. The partner wanted ultrasound data with Aadhaar numbers like [[ID:5821 4477 0193]]. We posted in [[HANDLE:#data-requests]] on the eve of [[DATE:Sankranti 2024]] and [[PERSON:Srinivas]] garu deleted the thread within the hour. I still work there, and so does [[PERSON:Ravi]].""",
    ),
    # 22
    (
        "Manglish (Malay and English) with lah; Encik and Datuk outside the span; a bin/binti name inside; MyKad number; Hijri date; a URL; the state code 14 as a bare number distractor.",
        """alamak ok i story sikit. saya data scientist kat [[ORG:Petaling Paylater Sdn Bhd]], office [[LOCATION:Bangsar South]]. Encik [[PERSON:Hafiz]] nak model BNPL tu guna IC number untuk agak umur dan negeri, contoh [[ID:900101-14-5678]], 14 tu kod [[LOCATION:KL]]. then reject semua dari [[LOCATION:Kelantan]] sebab "risk tinggi" lah kononnya. i said boss this is discrimination la, PDPA pun ada. Datuk [[PERSON:Lim]] the CEO said "just ship". my colleague [[PERSON:Nurul Aina binti Rosli]] tolong buat bias report, it's still at [[URL:https://wiki.paylater-internal.example/risk/bias-kelantan]], submitted [[DATE:29 Ramadan 1444]], raya pun kena kerja. then dia kena transfer. [[PERSON:Nurul]] now kerja kat [[LOCATION:Penang]]. me? still here, still bodoh""",
    ),
    # 23
    (
        "Non-native English from a Burmese speaker with Burmese phrases; U, Daw, Ko and Ma outside the span; Myanmar NRC number with parentheses; Thingyan with a year as a date.",
        """mingalaba. sorry my english. i was data officer at [[ORG:Shwe Pyae Microfinance]], [[LOCATION:Hlaing Thar Yar]] township, [[LOCATION:Yangon]]. U [[PERSON:Kyaw Min]] (director) ask me to give borrower NRC list to some "security office". NRC like [[ID:12/OuKaMa(N)123456]]. i ask Daw [[PERSON:Hla Hla Win]] (she is my senior) she say "hote ka, just do, we cannot refuse them". Ko [[PERSON:Zaw]] from IT copied whole database to usb, after [[DATE:Thingyan 2023]]. some borrowers was arrested i think, i cannot prove. i move to [[LOCATION:Mae Sot]] now. Ma [[PERSON:Thiri]] still there. ba lo lote ya ma lae?? (what should i do) i cannot sleep""",
    ),
    # 24
    (
        "Non-native English from a Khmer speaker; Lok and bong outside the span; Cambodian phone; date in a holiday context; e-mail; Facebook as a tool distractor.",
        """sousdey bong. i work data team at [[ORG:Mekong Prosperity MFI]] in [[LOCATION:Toul Kork]], [[LOCATION:Phnom Penh]]. Lok [[PERSON:Sokha]] our manager want to use land title photo + facebook friend list to score borrower. borrower in [[LOCATION:Battambang]] very poor, they don't know. i tell bong [[PERSON:Srey Mom]] (credit officer) she say "ot mean banhaa te" (no problem). loan officer call borrower family with numbers like [[PHONE:+855 12 555 014]] at night. start [[DATE:14 April 2024]], during new year!! i send email to head office [[EMAIL:ethics@mekongprosperity.example]], no reply. Lok [[PERSON:Sokha]] say i am "too western". aw kun for reading 🙏""",
    ),
    # 25
    (
        "Egyptian Arabic in Latin letters (3arabizi, digits for letters); a nickname and a kunya (Abu Khaled, inside); Egyptian national ID and mobile; Hijri month with year; a real tech park as a place.",
        """ya gama3a ana msh 3aref a3mel eh. ana data analyst f [[ORG:Nile Pulse Analytics]] f [[LOCATION:Smart Village]]. el modir [[PERSON:Hesham]] 3ayez n3mel model y2ol meen mn el customers "mota3atef ma3 el mo3arda" 3ashan el client. el data feha raqam qawmy zay [[ID:29001011234567]] w el tweets beta3thom. 2oltelo da 7aram w msh legal, 2al "ya [[PERSON:Mido]] ana el modir". [[PERSON:Abu Khaled]] mn el sales 2al el client mabsoot 😒. kol da f [[DATE:Ramadan 1445]]. ana sakn f [[LOCATION:Maadi]], w law 7ad 3ayez yekalemny [[PHONE:010 5550 1423]] bas matnshorhash plz. [[PERSON:Hesham]] lessa beyeb3at el reports kol esbo3""",
    ),
    # 26
    (
        "WhatsApp iOS export in Levantine 3arabizi with English; flag emoji after a speaker's name; sitt outside the span; a kunya (Abu Fadi) inside; d/m/yyyy dates.",
        """[[[DATE:7/11/2023]], 23:02:11] [[PERSON:Rami]] 🇱🇧: shu ya [[PERSON:Hala]]? 3refte shu 3emel [[PERSON:Abu Fadi]]?
[[[DATE:7/11/2023]], 23:03:40] sitt [[PERSON:Hala]]: la2 shu?
[[[DATE:7/11/2023]], 23:05:12] [[PERSON:Rami]] 🇱🇧: ba3at location history la kel el drivers la sherket ta2min. bala ma yes2al 7ada
[[[DATE:7/11/2023]], 23:06:01] sitt [[PERSON:Hala]]: ya 3ammi hayda mish ma32oul 😤 w el drivers kelon mn [[LOCATION:Hamra]] la [[LOCATION:Dahieh]]

[[PERSON:Rami]] here. I run analytics for [[ORG:Zaatar Delivery]] in [[LOCATION:Beirut]]. [[PERSON:Abu Fadi]] is the owner. Drivers' insurance premiums went up in [[DATE:January 2024]]. I wrote to him from [[EMAIL:rami.analytics@zaatar.example]] and he replied with a voice note saying "mafi shi" (nothing to it).""",
    ),
    # 27
    (
        "Moroccan Darija in Latin letters mixed with French; si and lalla outside the span; the nickname Casa for Casablanca; French date with 'le' outside; Moroccan CIN; the CNDP regulator.",
        """salam, ana data scientist f [[ORG:Atlas Crédit Rapide]] f [[LOCATION:Casa]], quartier [[LOCATION:Maarif]]. si [[PERSON:Youssef]] (le DG) bgha n'ajoutiw le scraping dyal les profils Facebook bach n3erfo chkoun kaysali w chkoun la, pour le scoring. wach had chi normal?? lalla [[PERSON:Khadija]] f la conformité gallet "wakha, c'est pas grave". les clients 3ndhom CIN bhal [[ID:BK123456]] w kolchi f fichier wa7ed Excel. j'ai refusé, daba kaybghiw ytbedloni l [[LOCATION:Tanger]]. la [[ORG:CNDP]] ma3ndhach l'info. la réunion kanet le [[DATE:18 janvier 2024]]. si [[PERSON:Youssef]] gal liya "nti m3aqda bzaf". merci bzaf""",
    ),
    # 28
    (
        "Phone-typed Nigerian English with Yoruba; repeated letters, crying emoji; aunty outside; a full name and its short form; BVN; university abbreviation; a specific month and a holiday date without a year.",
        """e kaaaabo 😭😭 pls i need advice. i do analytics 4 [[ORG:Bodija Pharma Stores]], [[LOCATION:Bodija]] [[LOCATION:Ibadan]]. aunty [[PERSON:Kemi]] d owner wants us 2 sell customer prescriptions list 2 a loan app. like who buys HIV drugs ehn!!! i tell her ma dis one no good o, she said "omo mi, na business". her son [[PERSON:Adewale]] (we call am [[PERSON:Wale]]) built d export. d file had BVN like [[ID:22150987654]] 😩. i told my lecturer at [[ORG:UI]] (my old uni) and he said write it down. i did, on [[DATE:oct 1st]] sef. [[PERSON:Wale]] found my note on d shared pc. e don cast. now dem dey owe me [[DATE:november]] salary and aunty [[PERSON:Kemi]] no dey pick my call""",
    ),
    # 29
    (
        "English mixed with Greek in Greek script; κυρία outside the span; a surname in Greek and in Latin letters; a first name in both scripts; Greek month name in a date; AMKA; the Greek DPA by its Greek name; a URL.",
        """Γεια σας. Sorry, mixing Greek and English. I'm an analyst at [[ORG:Iatriko Kentro Pireos]] (private clinic, [[LOCATION:Πειραιάς]]). Η κυρία [[PERSON:Παπαδοπούλου]], the director, asked us to send patients' AMKA numbers, e.g. [[ID:01018012345]], to a marketing firm. Ο [[PERSON:Γιώργος]] from IT said "δεν πειράζει, it's hashed". It wasn't. Στις [[DATE:12 Μαρτίου 2023]] I refused in writing. [[PERSON:Papadopoulou]] replied in English: "Do what [[PERSON:Giorgos]] says." The privacy notice at [[URL:www.iatrikopireos.example/privacy]] still says data is "never shared". I took it to the [[ORG:Αρχή Προστασίας Δεδομένων]] and I'm waiting. I now work in [[LOCATION:Piraeus]] port logistics, far from patients.""",
    ),
    # 30
    (
        "English mixed with Ukrainian in Cyrillic; name with patronymic in Cyrillic inside the span; пан outside; Ukrainian date in the genitive; city in both scripts; Ukrainian mobile.",
        """Пишу частково англійською, sorry. I'm a data engineer at [[ORG:Karpaty Data]] ([[ORG:Карпати Дата]] on the door), [[LOCATION:Lviv]]. Our HR head [[PERSON:Олена Петрівна]] asked me to copy all staff fingerprints from the turnstiles to a vendor server abroad. пан [[PERSON:Василь]], the director, said "це формальність". [[DATE:17 березня 2023]] I wrote that we had no consent and no contract. [[PERSON:Олена Петрівна]] called me at night from [[PHONE:+380 67 555 0142]]: "не роби проблем". The copy went anyway. Half the team had just moved to [[LOCATION:Львів]] from the east and nobody wanted trouble. I left after [[DATE:травень]], and I still don't know where those fingerprints live.""",
    ),
    # 31
    (
        "Phone-typed Turkish without diacritics, Turkish case suffixes glued to place names (Ankarada, Frankfurttaki, Izmirdeyim), hoca and abla outside the span; a university acronym; weekday as a distractor.",
        """slm herkese 🙋‍♀️ kisaca: [[LOCATION:Ankara]]da bi saglik startupindayim, [[ORG:Nabiz Health]]. CTO [[PERSON:Selim]] hoca hasta mesajlarini "model egitmek icin" ham haliyle [[LOCATION:Frankfurt]]taki partnera atti. hasta onayi yok. [[PERSON:Ayse]] abla (DPO) "ben imzalamam" dedi ama sonra imzaladi 🤦‍♀️. toplanti [[DATE:3 Mart 2024]], cumartesi!! ben [[ORG:ODTU]] mezunuyum, hocalarima sordum, hepsi "ayril" dedi. o toplantida [[PERSON:Ayse]] abla yuzume bile bakmadi. ayrildim. simdi [[LOCATION:Izmir]]deyim. email [[EMAIL:zeynep.k@posta.example]] if anyone from that startup reads this, sorry not sorry. [[PERSON:Selim]] hoca if u read this: patients are not training data""",
    ),
    # 32
    (
        "Voice-to-text in Cebuano and English; day, dong and kapitan outside the span; PhilSys number; spoken date of a local election.",
        """unsa man ni okay so ako kay data encoder ug analyst sa [[ORG:davao agri lending coop]] sa [[LOCATION:matina]] [[LOCATION:davao]] ug si day [[PERSON:nenita]] among manager ingon nga i-share daw ang philsys numbers sa mga farmer sa usa ka politiko before the election like [[ID:4821-0937-5512-6604]] mao na ang format ang politiko kay si kapitan [[PERSON:dodong]] ug ingon si dong [[PERSON:boyet]] sa IT sige lang daw kay wala may makabalo nahadlok ko kay gamay ra among lungsod and everyone knows everyone so on [[DATE:october thirty twenty twenty three]] nga election day mga farmers nga wala nibotar kay si kapitan [[PERSON:dodong]] wala na nakadawat ug fertilizer subsidy i told day [[PERSON:nenita]] this is wrong lagi she said just follow""",
    ),
    # 33
    (
        "Voice-to-text in South African English with Zulu; no punctuation; bhuti as a bare honorific; lower-case regulator name; spoken date without year; spoken phone number; Monday as a distractor.",
        """yho ok let me just talk hey so i work at [[ORG:umhlanga analytics]] no wait please remove that we do data for a retail chain and the boss [[PERSON:sibusiso]] wants us to use the till cameras to guess if customers are foreign nationals eish i told him bhuti this is xenophobia waiting to happen he said sharp sharp just build it my colleague [[PERSON:nomvula]] from [[LOCATION:pinetown]] said she will speak to the [[ORG:information regulator]] on monday that was the [[DATE:sixth of may]] and nothing happened the system went live in [[LOCATION:durban]] central stores in [[DATE:june]] i can be reached on [[PHONE:oh seven one five five five oh one four two]] if you need to check anything but please dont publish that ngiyabonga""",
    ),
    # 34
    (
        "Mixed case and shouting: a surname in ALL CAPS and lower case, mocking alternating case, an e-mail in capitals; weekday beside a date; a bit.ly link; Nairobi neighbourhood.",
        """so my manager [[PERSON:OKONKWO]] (yes he signs emails in caps) tells the whole room: "tHe MoDeL iS fAiR bEcAuSe We ReMoVeD gEnDeR" 🙄 meanwhile it uses FIRST NAME as a feature. FIRST NAME. I SAID IT IN THE MEETING. [[PERSON:okonkwo]] said "noted". THURSDAY [[DATE:9TH NOV]] he sent the deck to the board anyway, from [[EMAIL:OKONKWO.C@KREDITHUB.EXAMPLE]], with my fairness slide deleted. the slide is still at [[URL:bit.ly/kh-fairness-v3]] if anyone cares. ticket [[ID:KH-1029]] closed as "won't fix". [[ORG:KREDITHUB AFRICA]] has like 40 people in [[LOCATION:Westlands]], everyone knows everyone, so pls change the details. i'm not leaving yet, rent is rent, but i'm documenting EVERYTHING.""",
    ),
    # 35
    (
        "Telegram copy in Dari (Persian) in Latin letters; jan and Ustad outside the span; Afghan solar-calendar date matching the Gregorian header; e-tazkira number.",
        """[[PERSON:Hamid Karimi]], [[[DATE:21.03.2023]] 10:12]
salam [[PERSON:Farid]] jan, Ustad [[PERSON:Nazari]] goft list-e beneficiary ha ra ba tazkira number be office-e walayat bedim

[[PERSON:Farid]], [[[DATE:21.03.2023]] 10:20]
na baba, ye list-e zanan-e bewa ast. agar bedim, khatar dara. sample: [[ID:1401-0101-23456]]

[[PERSON:Hamid Karimi]], [[[DATE:21.03.2023]] 10:25]
mefahmam. magar rais goft ejbari ast

I'm [[PERSON:Farid]]. I managed data for [[ORG:Aryana Relief Data]] in [[LOCATION:Herat]]. The request came on [[DATE:1 Hamal 1402]]. We wiped the server instead and told the donors. Ustad [[PERSON:Nazari]] reported us. I'm in [[LOCATION:Mashhad]] now, and [[PERSON:Hamid]] stopped answering.""",
    ),
    # 36
    (
        "Teams copy in Taglish with 'Surname, Given Names' speaker format; initials as a nickname (RJ); Sir and Tita outside; the nickname Baby; reference number; NPC regulator.",
        """[[PERSON:Dela Cruz, Maria Clara]] 10:42 AM
Sir [[PERSON:RJ]], pinapa-pull ni Tita [[PERSON:Baby]] yung list ng depositors na may OFW remittance for the "partner"
[[PERSON:Reyes, Ramon Jose]] 10:44 AM
sino partner? may DPA ba tayo dun?
[[PERSON:Dela Cruz, Maria Clara]] 10:45 AM
wala daw. lending app daw. ayoko neto
[[PERSON:Reyes, Ramon Jose]] 10:50 AM
wag mo munang gawin. i'll raise it to compliance. ref [[ID:CMP-2023-0418]]

I'm [[PERSON:Clara]]. This was [[ORG:Banco Bayanihan]], head office in [[LOCATION:Makati]], on [[DATE:April 18, 2023]]. [[PERSON:RJ]] raised it; Tita [[PERSON:Baby]] is the EVP's aunt-in-law and nothing moved. The list went out. I filed with the [[ORG:NPC]] in [[DATE:June]].""",
    ),
    # 37
    (
        "Voice-to-text in Malay and English, no punctuation; puan and encik outside the span; spoken MyKad number and spoken phone number; spoken date; a Berhad company.",
        """ok saya cakap je lah sebab malas taip so saya kerja kat [[ORG:klinik sejahtera group]] bahagian data kat [[LOCATION:shah alam]] and puan [[PERSON:rosnah]] suruh saya hantar senarai pesakit diabetes kat syarikat insurans [[ORG:amanah jaminan berhad]] untuk dia orang jual polisi i said puan ni tak boleh PDPA she said alah semua orang buat the list ada IC macam [[ID:eight five zero three one two ten five five four three]] semua tak masked encik [[PERSON:zul]] from IT pun cakap okay je so on the [[DATE:third of august twenty twenty three]] i quit lah kalau moderator nak call saya [[PHONE:zero one two five five five zero one four two]] tapi jangan publish ya puan [[PERSON:rosnah]] tu masih kat situ and the insurance agents still call pesakit every week""",
    ),
    # 38
    (
        "English in Persian script and Latin letters: آقای outside the span; a name in both scripts; Persian-digit date and national code; Tehran in Persian script; Iranian mobile; CCTV, hijab and compliance as distractors.",
        """Writing half in Farsi, half English, forgive me. آقای [[PERSON:رضایی]], head of risk at [[ORG:Bank Arman]], wanted to use women's hijab status from branch CCTV as a "compliance risk" feature in the loan model. I said this is surveillance, not risk. He answered in the team group: «اینو بساز، بحث نکن». My colleague [[PERSON:Niloufar]] ([[PERSON:نیلوفر]]) refused too and resigned on [[DATE:۱۰ آبان ۱۴۰۱]]. The feature table keyed customers by national code, like [[ID:۰۰۱۲۳۴۵۶۷۸]], no hashing. Our branch was in [[LOCATION:تهران]], north side. [[PERSON:Rezaei]] texted me from [[PHONE:0912 555 0142]] to say I was "emotional". I moved to [[LOCATION:Shiraz]] and do freelance dashboards now.""",
    ),
    # 39
    (
        "Slack copy, Bengali and English; @handle with 'di' after it; babu after a surname outside; didi as a bare honorific; #channel; Bengali-calendar month with year.",
        """[[PERSON:Arindam]]  4:12 PM
[[HANDLE:@moumita.s]] di, dekhecho? the vendor wants raw CCTV from the [[LOCATION:Salt Lake]] warehouse for their "theft model"
[[PERSON:Moumita Sen]]  4:15 PM
haan dekhechi. ki bolbo. [[PERSON:Banerjee]] babu already signed. ticket [[ID:OPS-5512]]
[[PERSON:Arindam]]  4:16 PM
didi eta toh workers er face data. consent nei kichhu
[[PERSON:Moumita Sen]]  4:20 PM
jani re. post in [[HANDLE:#legal-asks]] and tag me

This is me, [[PERSON:Moumita]]. [[ORG:Gangasagar Logistics]], [[LOCATION:Kolkata]]. We did post; legal said the vendor contract covers it. The cameras were upgraded in [[DATE:Agrahayan 1430]], a month later. I moved teams; [[PERSON:Arindam]] is still on it.""",
    ),
    # 40
    (
        "Phone-typed Czech without diacritics; speakers as initials introduced as 'Name (XX)'; pan reditel as an unnamed title; rodne cislo; d. m. yyyy date; regulator written without accents.",
        """psano z mobilu sry. pracuju v [[ORG:Brnenska Data Labs]], [[LOCATION:Kralovo Pole]], [[LOCATION:Brno]]. kopiruju chat mezi [[PERSON:Jana Novakova]] ([[PERSON:JN]]) a mnou ([[PERSON:PK]]):

[[PERSON:JN]]: pan reditel chce prodat data z vernostni karty pojistovne
[[PERSON:PK]]: wtf to nejde bez souhlasu
[[PERSON:JN]]: rekl ze je to "anonymni" lol, je tam rodne cislo [[ID:855312/1234]]
[[PERSON:PK]]: ja to delat nebudu

to bylo [[DATE:10. 1. 2024]]. [[PERSON:Jana]] to nakonec udelala, ja jsem napsal na [[ORG:UOOU]]. odpoved prisla po trech mesicich, ze "situaci preveri". pan reditel mezitim dostal bonus. nevim jestli odejit nebo cekat.""",
    ),
    # 41
    (
        "WhatsApp iOS export in Romanian with nicknames and a beer emoji after a name; nea outside the span; GDPR art 9 as a distractor; IFN firm; Romanian month with year.",
        """[[[DATE:05.06.2023]], 19:02:11] [[PERSON:Gigi]] 🍺: nea [[PERSON:Vasile]] zice sa bagam in model si etnia din poze, pt "risc"
[[[DATE:05.06.2023]], 19:03:02] [[PERSON:Ioana]]: ce?? asta e ilegal, e GDPR art 9
[[[DATE:05.06.2023]], 19:03:40] [[PERSON:Gigi]] 🍺: stiu ma. el zice ca la [[ORG:Banca Somesana Digitala]] se face deja
[[[DATE:05.06.2023]], 19:05:10] [[PERSON:Ioana]]: eu nu fac asa ceva. il sun pe [[PERSON:Sorin]] maine

Eu sunt [[PERSON:Ioana]]. [[ORG:Crisana Leasing IFN]], [[LOCATION:Oradea]]. [[PERSON:Sorin]] (DPO-ul) a zis sa documentez tot. Feature-ul a fost scos in [[DATE:iulie 2023]]. Nea [[PERSON:Vasile]] nu mi-a mai vorbit de atunci, si nici [[PERSON:Gigi]].""",
    ),
    # 42
    (
        "WhatsApp iOS export, Nigerian Pidgin and Igbo; emoji in display names, one glued to the name; an unknown phone number as a speaker; Oga outside; a real regulator; month-day date.",
        """[[[DATE:02/02/2024]], 10:14:22] [[PERSON:Chidi]] 🔥: una see the new KPI? agents must call debtors contacts 50 times a day
[[[DATE:02/02/2024]], 10:15:03] [[PERSON:Nkem]]💅: chineke!! na harassment be this
[[[DATE:02/02/2024]], 10:15:40] [[PERSON:Chidi]] 🔥: Oga [[PERSON:Ikenna]] said na from [[ORG:Naira Swift]] management 🤷🏾‍♂️
[[[DATE:02/02/2024]], 10:17:12] [[PHONE:+234 809 555 0177]]: abeg who add this number? I be the new QA
[[[DATE:02/02/2024]], 10:18:00] [[PERSON:Nkem]]💅: welcome. run while u can 😂

I'm [[PERSON:Nkem]]. We're a call-centre team in [[LOCATION:Enugu]] collecting for the app. Two debtors' mothers in [[LOCATION:Nsukka]] got 30 calls each. I reported to the [[ORG:FCCPC]] on [[DATE:Feb 9]].""",
    ),
    # 43
    (
        "Voice-to-text in Telugu-English, no punctuation; garu after the name outside; spoken e-mail and spoken URL; spoken date; a hospital name containing a personal name.",
        """hello ok voice typing so my name you dont need but i work at [[ORG:godavari retail analytics]] in [[LOCATION:vijayawada]] and our md [[PERSON:prasad]] garu told us to buy a list of pregnant women from a hospital to target infant formula ads i said sir this is medical data he said arey em kaadu just do it the hospital is [[ORG:sri lakshmi nursing home]] in [[LOCATION:guntur]] and the offer page was [[URL:godavari retail dot example slash moms]] my colleague [[PERSON:swathi]] said we should complain so we wrote everything on the [[DATE:twentieth of january twenty twenty four]] and sent it from my personal id [[EMAIL:teja dot analytics nine one at rediffmail dot com]] [[PERSON:prasad]] garu found out and now [[PERSON:swathi]] is on the night shift please change all names""",
    ),
    # 44
    (
        "Teams copy in Gulf Arabic 3arabizi and English; '[dd/mm/yyyy hh:mm] Name' headers; Al- surname; abu as a kunya inside; Hijri date; Saudi national ID and mobile.",
        """[[[DATE:24/03/2024]] 10:05] [[PERSON:Abdulrahman Al-Otaibi]]
ya shabab, el client yabi face data mal drivers kolhum, 7ata elli tarakaw el sharika
[[[DATE:24/03/2024]] 10:07] [[PERSON:Noura]]
wallah? bedoon mowafaqa? ya5i hatha mamnoo3 under the PDPL
[[[DATE:24/03/2024]] 10:09] [[PERSON:Abdulrahman Al-Otaibi]]
[[PERSON:Abu Saad]] gal 5alas, signed. example row: [[ID:1012345678]]

I'm [[PERSON:Noura]]. [[ORG:Najd Smart Mobility]], [[LOCATION:Al Olaya]], [[LOCATION:Riyadh]]. It was [[DATE:14/9/1445]] and everyone wanted it closed before the holiday. I wrote a memo; [[PERSON:Abu Saad]] called me from [[PHONE:+966 50 555 0142]] and said "la tsawi mushkila". The export ran that night.""",
    ),
    # 45
    (
        "Voice-to-text in Zimbabwean English with Shona, no punctuation; mukoma outside; spoken election date; spoken phone number; lower-case places.",
        """ok so ndiri kutaura ne voice ndine nguva shoma so i work for [[ORG:mutapa mobile money]] in [[LOCATION:harare]] and my boss [[PERSON:tafadzwa]] asked us to pull transaction records of everyone in [[LOCATION:mbare]] and [[LOCATION:chitungwiza]] who sent money to the opposition rallies kuti vaone vanhu vacho i told him this is dangerous people will be beaten he said ndezve politics hazvina basa newe mukoma [[PERSON:farai]] from risk said just export it and dont ask it was before the [[DATE:twenty third of august twenty twenty three]] i did not do it i gave it to nobody but someone did mukoma [[PERSON:farai]] maybe if you want to verify my story my number is [[PHONE:zero seven seven two five five five zero one four two]] but please never publish it""",
    ),
    # 46
    (
        "Viber copy in Greeklish with capitals; kyrios outside the span; AFM tax number; AE legal suffix inside; Greek month name with year; a surname with a possessive.",
        """Viber, omada "ANALYTICS 💼":
[[[DATE:08/11/2023]] 18:22] [[PERSON:Kostas]]: o kyrios [[PERSON:Lambrou]] thelei na valoume to AFM sto dataset gia tous ypallilous
[[[DATE:08/11/2023]] 18:23] [[PERSON:Dimitra]]: GIATI??
[[[DATE:08/11/2023]] 18:24] [[PERSON:Kostas]]: gia na vrei poioi exoun deuteri douleia. px [[ID:123456783]]
[[[DATE:08/11/2023]] 18:30] [[PERSON:Dimitra]]: auto einai paranomo, tha to po sto DPO

I'm [[PERSON:Dimitra]]. [[ORG:Aigaio Logistics AE]], [[LOCATION:Patra]]. The DPO turned out to be [[PERSON:Lambrou]]'s nephew, so that went nowhere. Two drivers with weekend jobs were "restructured". I left in [[DATE:Dekemvrios 2023]]. [[PERSON:Kostas]] still sends me memes about it.""",
    ),
    # 47
    (
        "Phone-typed Hungarian without diacritics; bacsi outside the span; a diminutive first name; TAJ number; Hungarian month name and day; Hungarian mobile.",
        """sziasztok, bocs a hosszu uzenetert, telefonrol irom. a [[ORG:Tisza Egeszsegpenztar]] adatos csapataban dolgozom [[LOCATION:Szeged]]en. [[PERSON:Tamas]] bacsi, a fonok, azt kerte hogy a tagok TAJ szamat (pl [[ID:123 456 789]]) kuldjuk at egy biztositonak marketingre. mondtam neki hogy ez GDPR serelem, azt mondta "ne okoskodj". [[PERSON:Zsofi]], a kollegam, kiirta a listat [[DATE:aprilis 3]]-an, en nem. utana [[PERSON:Tamas]] bacsi felhivott a [[PHONE:+36 30 555 0142]] szamrol hogy "csapatjatekos" vagyok-e. honestly im scared, small city, everyone knows everyone. [[PERSON:Zsofi]] azota nem beszel velem""",
    ),
    # 48 (nothing identifying)
    (
        "Nothing identifying. Voice-to-text without punctuation; 'may' and 'march' as verbs; Yoruba as a language; mama; Looker; weekdays, durations and a metric.",
        """ok so recording this on the bus sorry if the words come out wrong my manager wants the churn chart to go up and to the right for the board meeting on thursday he said just drop the customers who left in the first two weeks because they were never real customers anyway i said that is literally cherry picking he said you data people always complicate things the real number is like twelve point four percent churn and he wants it to say six i have been there three years and i have never felt this small my mum who only speaks yoruba at home asked why i look tired i said work mama work i rebuilt the dashboard in looker with a footnote and he deleted the footnote on friday i may march into HR next week or i may just march out of the building honestly dont know""",
    ),
    # 49 (nothing identifying)
    (
        "Nothing identifying. Chat export with relative timestamps (Yesterday, Today) and speakers 'Me' and a nickname-free 'Work bestie' with emoji; DPO, legal, ethics board; Tuesday.",
        """Yesterday 21:14 - Me: did u see what the boss did to the retention numbers 😭
Yesterday 21:15 - Work bestie 💅: omg yesss he removed the whole first cohort
Yesterday 21:17 - Me: i told him its misleading n he said "ur not paid to have opinions" lol
Yesterday 21:18 - Work bestie 💅: screenshot it pls
Today 08:02 - Me: did. also the DPO is on leave til next month so no one to escalate to
Today 08:05 - Work bestie 💅: ugh. maybe talk to legal? or the ethics board thing they launched
Today 08:06 - Me: the ethics board is literally his golf friends 🙃
Today 08:10 - Work bestie 💅: then u know what i think. update ur cv

Context: thats me and a colleague, no names pls. we're a mid-size retailer, i'm an analyst, the deck went to the board with the flattered numbers on tuesday. nothing happened to anyone. i'm still deciding.""",
    ),
    # 50 (nothing identifying)
    (
        "Nothing identifying. ALL CAPS rant; GDPR article 9, SDK, AUC, DPO, legal; weekdays; durations; a job title without a name.",
        """I AM SO DONE. THE HEAD OF GROWTH WANTS A "LOOKALIKE" MODEL ON PEOPLE WHO SEARCHED FOR DEBT HELP. DEBT HELP!!! WE HAVE THE SEARCH LOGS BECAUSE OF THE SDK IN THE APP AND NOBODY CONSENTED TO THIS. I SAID GDPR ARTICLE 9 IS NOT A SUGGESTION. HE SAID "IT'S NOT HEALTH DATA, IT'S MONEY DATA". AUC OF 0.91 AND EVERYONE CLAPPED. THE DPO WASN'T EVEN INVITED. I WROTE A TWO PAGE MEMO ON MONDAY, CC'D LEGAL, AND GOT A CALENDAR INVITE CALLED "ALIGNMENT" FOR FRIDAY. SIX YEARS IN DATA SCIENCE AND I STILL DON'T KNOW HOW TO SAY NO WITHOUT IT COSTING ME. SHOULD I GO TO THE REGULATOR? SHOULD I JUST LEAVE? MY PARTNER SAYS LEAVE. MY BANK ACCOUNT SAYS STAY. SORRY FOR THE CAPS, IT'S HOW I FEEL.""",
    ),
    # 51 (nothing identifying)
    (
        "Nothing identifying. Taglish; 'ate' as a verb and as 'my sister' without a name, 'kuya guard' without a name; CCTV, confusion matrix, precision; Friday; durations.",
        """hay nako. so yung boss ko (di ko na sasabihin name, baka mabasa nya hehe) wants us to use the "attitude score" from CCTV to decide who gets regularized. i ate my feelings all week lol. sabi ko sir hindi yan fair, madaming factor like lighting and angle, the model is trained on like 200 clips lang. sabi nya "basta, may deadline tayo sa friday". ate ko (my actual sister, not an officemate) told me to just resign na. pero need ko yung sahod for tuition ng bunso namin. nag-email ako sa HR with the confusion matrix, precision 0.41 sa night shift. walang reply after three weeks. kuya guard even asked me why the new cameras are pointed at the agents and not the door 😂. ang hirap. adapting for now, still deciding.""",
    ),
    # 52 (nothing identifying)
    (
        "Nothing identifying. Egyptian 3arabizi; 'kol Ramadan' (every Ramadan) as a recurring, unlabelled period; an unnamed data-protection law; GDPR; durations; money-free.",
        """salam ya jama3a. ana data engineer f sherka kbira shwaya, msh ha2ol esmha 😅. el manager 3ayez n5azen el location bta3 el mowazafeen 24 sa3a 3ashan "productivity". 2oltelo ya fandem da tagasos msh productivity. 2al "el GDPR msh 3andena". bas el 2anoon el gdeed bta3 7emayet el bayanat mawgood! w kol Ramadan kaman 3ayzeen y3rafo meen byseb el maktab badry 3ashan el fetar. inshallah 7ad yefham. ana kont 3ayez asebha bas el so2 wa7esh w el far2 f el mortab kbeer. 3amalt doc fih el risks, 5 safa7at, w b3atu lel legal. lessa mafeesh rad ba3d esbo3en. mashallah 3ala el sor3a 🙃. I'm still deciding, honestly. and yes, I know the irony: I built the pipeline.""",
    ),
    # 53 (nothing identifying)
    (
        "Nothing identifying. Tamil-English; 'anna', 'akka', 'machan' and 'amma' as forms of address without a name; SHAP; sprint review; Wednesday; next quarter; 2am.",
        """context: tamil-english mix, sorry. our team anna (the lead, everyone calls him anna) wants to ship the attrition model that flags who will resign next quarter. features include how often people take sick leave and whether they joined the union whatsapp group 😳. i told him machan this is surveillance, not analytics. he said "chumma try pannu, no one will know". akka from QA checked the SHAP plots and the union feature was top three. we raised it in the sprint review on wednesday. the VP said "interesting, park it". two weeks later it was in prod under a different name. i am now updating my CV at night. amma keeps asking why i am awake at 2am. what do you all do when the ethics review is one slide at the end of a fifty slide deck?""",
    ),
]

PERSON_TOKEN_MIN = 2  # person-name tokens checked within a story
CROSS_TOKEN_MIN = 4  # person-name tokens checked across stories
NAMED = ("PERSON", "ORG", "LOCATION")
# Whole-word matches across stories that are ordinary words, not the labelled name.
CROSS_STORY_EXEMPT = {
    ("d10-05", "hala"): "Turkish 'HALA' (still), not the name Hala of d10-26",
}


def parse(marked: str) -> tuple[str, list[Span]]:
    """Strip the markup; return (text, spans) with exact offsets."""
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    for m in MARKUP.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        kind, value = m.group(1), m.group(2)
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
    out.append(marked[pos:])
    return "".join(out), spans


def is_edge_bad(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def covered(spans: list[Span], start: int, end: int) -> bool:
    return any(s["start_position"] <= start and end <= s["end_position"] for s in spans)


def person_tokens(value: str, minimum: int) -> set[str]:
    toks = re.split(r"[\s,]+", value)
    return {t for t in toks if len(t) >= minimum}


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    records: list[dict[str, Any]] = []
    for i, (notes, marked) in enumerate(STORIES, 1):
        sid = f"d10-{i:02d}"
        text, spans = parse(marked)
        if "[[" in text or "]]" in text or re.search(r"\[\[(?:%s):" % "|".join(KINDS), text):
            errors.append(f"{sid}: markup left over")
        for s in spans:
            v = s["entity_value"]
            if text[s["start_position"] : s["end_position"]] != v:
                errors.append(f"{sid}: offset mismatch {v!r}")
            head = v[1:] if s["entity_type"] == "HANDLE" and v[0] in "@#" else v
            if is_edge_bad(head[0]):
                errors.append(f"{sid}: leading whitespace/punctuation in {v!r}")
            if is_edge_bad(v[-1]) and not (v.endswith(".") and v.endswith(LEGAL_SUFFIXES)):
                errors.append(f"{sid}: trailing whitespace/punctuation in {v!r}")
            if "\n" in v:
                errors.append(f"{sid}: newline inside span {v!r}")
        ordered = sorted(spans, key=lambda s: s["start_position"])
        for a, b in itertools.pairwise(ordered):
            if b["start_position"] < a["end_position"]:
                errors.append(f"{sid}: overlap {a['entity_value']!r} / {b['entity_value']!r}")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"{sid}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        kinds = {s["entity_type"] for s in spans}
        if spans and not 5 <= len(spans) <= 12:
            warnings.append(f"{sid}: {len(spans)} identifiers")
        if spans and len(kinds) < 3:
            warnings.append(f"{sid}: only {len(kinds)} kinds")
        # Missed-mention check within the story.
        needles = set()
        for s in spans:
            if s["entity_type"] in NAMED:
                needles.add(s["entity_value"])
            if s["entity_type"] == "PERSON":
                needles |= person_tokens(s["entity_value"], PERSON_TOKEN_MIN)
        for needle in sorted(needles):
            for start, end in occurrences(text, needle):
                if not covered(spans, start, end):
                    errors.append(f"{sid}: unlabelled mention of {needle!r} at {start}")
        records.append({"full_text": text, "spans": spans, "id": sid, "notes": notes})

    # Missed-mention check across stories.
    for rec in records:
        needles = set()
        for s in rec["spans"]:
            if s["entity_type"] in NAMED:
                needles.add(s["entity_value"])
            if s["entity_type"] == "PERSON":
                needles |= person_tokens(s["entity_value"], CROSS_TOKEN_MIN)
        for other in records:
            if other is rec:
                continue
            for needle in sorted(needles):
                if (other["id"], needle.lower()) in CROSS_STORY_EXEMPT:
                    continue
                for start, end in occurrences(other["full_text"], needle):
                    if not covered(other["spans"], start, end):
                        errors.append(
                            f"{other['id']}: unlabelled {needle!r} (labelled in {rec['id']}) at {start}"
                        )

    payload = json.dumps(records, ensure_ascii=False, indent=1)
    # Check again on the serialised data.
    for rec in json.loads(payload):
        for s in rec["spans"]:
            if rec["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                errors.append(f"{rec['id']}: serialised offset mismatch {s['entity_value']!r}")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")

    counts = Counter(s["entity_type"] for r in records for s in r["spans"])
    empty = sum(1 for r in records if not r["spans"])
    for r in records:
        print(
            f"{r['id']}: {len(r['full_text'].split()):3d} words, {len(r['spans']):2d} identifiers"
        )
    print(
        f"{len(records)} stories ({empty} with nothing identifying), "
        f"{sum(counts.values())} labelled identifiers"
    )
    for kind in KINDS:
        print(f"  {kind:9s} {counts.get(kind, 0)}")
    for w in warnings:
        print("WARNING:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} errors; {OUT.name} not written")
        return 1
    OUT.write_text(payload + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
