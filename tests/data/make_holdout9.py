#!/usr/bin/env python3
"""Ninth holdout for the storyshare redaction engine: redaction_holdout9.json.

Written blind (without looking at the engine, the scorers or any other corpus)
by a helper session. Stories are synthetic and every person, firm, address,
number and handle is invented, apart from a few well-known real organisations
and places. Each story is 100-200 words (str.split), deliberately messy:
rushed texts, code-switching, chat logs, e-mail threads, minutes, tickets,
transcripts, forum posts and a tweet thread.

Inline markup: [[KIND:text]], KIND in PERSON ORG LOCATION EMAIL PHONE URL HANDLE
DATE ID. The script strips the markup, computes offsets, checks everything the
README lists and writes redaction_holdout9.json next to itself.

Run: python3 tests/data/make_holdout9.py   (exits non-zero if a check fails)
"""

import collections
import json
import os
import re
import sys

KINDS = ("PERSON", "ORG", "LOCATION", "EMAIL", "PHONE", "URL", "HANDLE", "DATE", "ID")
MIN_WORDS, MAX_WORDS = 100, 200

STORIES = []


def S(notes, text):
    STORIES.append((notes.strip(), text.strip("\n")))


# --------------------------------------------------------------------------
# Stories
# --------------------------------------------------------------------------

S(
    r"""Rushed lower-case text typed on a bus: no capitals, typos, lower-case firm, city and names.""",
    r"""
ok so sorry this is gonna be messy typing on the bus lol. im an analyst at [[ORG:quikbasket]] (grocery delivery, the green vans) in the [[LOCATION:leeds]] office. my manager [[PERSON:kev]] wanted the churn chart for the board on [[DATE:14 march]] and it looked bad so he told me to 'just drop the custmers who only orderd once, they were never real'. thats like 40% of signups?? i said id add a footnote and he said no footnotes the board doesnt read them. [[PERSON:dani]] from finance saw the old version and messaged me like 'wait why did churn halve overnight' and i just didnt answer her for 2 days. then [[PERSON:kev]] presented it and the CEO was happy and everyone clapped basically. i still have the original in my drafts. i dont know if im overreacting, its a dashboard not a bridge falling down. but [[PERSON:dani]] keeps asking and i feel sick every tuesday when the weekly numbers go out. thinking about telling her everything over lunch but [[PERSON:kev]] sits right there
""",
)

S(
    r"""Hinglish WhatsApp export with [dd/mm/yy, h:mm pm] timestamps; 'ma'am' after a name stays outside; Indian mobile; Jira ticket id; four-fifths rule and RBI.""",
    r"""
Sharing the chat exactly as it happened, names change nahi kiye kyunki mods anyway remove karenge na.

[[[DATE:12/03/23]], 9:41 pm] [[PERSON:Rohit Bansal]]: bhai model ka approval rate female applicants ke liye kaafi low aa raha hai
[[[DATE:12/03/23]], 9:43 pm] Me: haan, 0.61 ratio hai, four-fifths rule se bhi neeche
[[[DATE:12/03/23]], 9:44 pm] [[PERSON:Rohit Bansal]]: [[PERSON:Sneha]] ma'am ne bola hai threshold mat chhedo, festive season campaign se pehle launch karna hai
[[[DATE:12/03/23]], 9:50 pm] Me: toh kam se kam [[ORG:RBI]] audit ke liye ek note toh likh dein?
[[[DATE:12/03/23]], 9:52 pm] [[PERSON:Rohit Bansal]]: tu pagal hai kya. call kar [[PHONE:98100 55512]] pe

He is our lead at [[ORG:Kredbee Finserv Pvt Ltd]] ([[LOCATION:Bengaluru]] wala office, [[LOCATION:HSR Layout]]). Next day [[PERSON:Sneha Iyer]] ne mujhe 1:1 mein bola 'data is data, intentions matter nahi karte'. Model went live [[DATE:2 Nov 2023]]. I logged it in Jira as [[ID:RISK-2291]] and it was closed as 'won't fix' within one hour. Abhi bhi wahi kaam kar raha hoon, EMI bharni hai.
""",
)

S(
    r"""Forwarded e-mail thread with headers, Cc, signature block with UK street address, Leeds drama-range landline and 07700 mobile; postcode districts as places; FCA.""",
    r"""
---------- Forwarded message ---------
From: [[PERSON:Gareth Pryce-Jones]] <[[EMAIL:g.pryce-jones@harrowgate-mutual.example]]>
Date: Thu, [[DATE:9 Feb 2023]] at 16:02
Subject: RE: postcode loading - urgent
To: Pricing Analytics <[[EMAIL:pricing-team@harrowgate-mutual.example]]>
Cc: [[PERSON:Anjali Mistry]] <[[EMAIL:anjali.mistry@harrowgate-mutual.example]]>

All,

Following Tuesday's call: the postcode uplift for [[LOCATION:BD8]], [[LOCATION:LS11]] and parts of [[LOCATION:Oldham]] stays in the renewal model. I understand the concerns about proxy discrimination, but the [[ORG:FCA]] has not raised it with us and I would rather not invite the question.

Kind regards,
[[PERSON:Gareth Pryce-Jones]]
Head of Pricing | [[ORG:Harrowgate Mutual Insurance Ltd]]
[[LOCATION:4th Floor, 22 Wellington Place, Leeds LS1 4AP]]
T: [[PHONE:0113 496 0871]] | M: [[PHONE:07700 900418]]

I am the analyst who raised it. [[PERSON:Anjali]] forwarded me this on [[DATE:10/02]] with one line: 'keep a copy'. I did. The uplift is still in production, and the renewal letters went out the following month.
""",
)

S(
    r"""Taglish: BPO in Makati, Ate/Sir outside the span, 'Joy' as a name, Tagalog month, obfuscation-free e-mail, provinces.""",
    r"""
Grabe talaga. I was a QA analyst sa isang BPO sa [[LOCATION:Makati]], client namin yung [[ORG:Lakbay Air]] (budget airline). Si Ate [[PERSON:Joy]] yung TL ko, super bait pero takot sa ops manager na si Sir [[PERSON:Dennis Villanueva]]. Noong [[DATE:Hunyo 2022]] inutusan kami na i-tag yung mga callers na may 'probinsyano accent' para i-route sa mas mabagal na queue kasi 'low value' daw. May spreadsheet pa, naka-share sa drive, tapos may column na 'accent_score'. Sabi ko kay Ate [[PERSON:Joy]], hindi ba discrimination yan? Sabi niya 'anak, trabaho lang, wag ka na mag-isip'. Nag-email ako sa compliance ([[EMAIL:compliance.ph@lakbayair.example]]) on [[DATE:3 July 2022]], walang reply. Nag-resign ako after two months. Ngayon nasa [[LOCATION:Cebu]] na ako, freelance. Minsan nakikita ko pa si [[PERSON:Dennis]] sa LinkedIn, promoted na. Tbh I still think about the agents na napunta sa slow queue, yung mga taga-[[LOCATION:Bicol]] at [[LOCATION:Samar]].
""",
)

S(
    r"""Nigerian Pidgin: loan app in Lagos, Oga outside the span, Alhaji inside as part of the name, landmark market, Nigerian mobile, memo reference, NDPC.""",
    r"""
Na wetin happen for my last work be dis. I dey work as data scientist for one loan app, [[ORG:Kolanut Credit]], office dey [[LOCATION:Yaba]], [[LOCATION:Lagos]], near [[LOCATION:Tejuosho Market]]. Oga [[PERSON:Tunde Bakare]] wey be our head of growth talk say make we scrape borrower contact list, then when person no pay, we go message all im people dem: 'your brother is a thief'. I tell am say e no good, [[ORG:NDPC]] go catch us. Him laugh. [[PERSON:Chidinma]] wey dey collections team tell me quietly say she don dey receive cry-cry calls from mothers. One woman call from [[PHONE:0803 555 0192]] dey beg make we stop. I write memo on [[DATE:21 September 2022]], ref [[ID:KC/DS/044]]. Dem no reply me. By [[DATE:December 2022]] I don resign. [[PERSON:Alhaji Musa Danjuma]], the investor, still dey post for LinkedIn about 'financial inclusion'. Abeg when una read dis, make una know say data scientist fit talk no.
""",
)

S(
    r"""Spanglish: Houston health insurer, Doña outside the span, Spanish dates, bare US ZIP codes as places, Medicaid as a distractor.""",
    r"""
Okay so mi jefa, [[PERSON:Lupita Garza]], is the nicest person pero this one thing no me deja dormir. We work at [[ORG:Bluebonnet Health Partners]] here in [[LOCATION:Houston]], I'm the only analyst on the Medicaid side. In [[DATE:mayo 2023]] they asked us to build a 'risk of costly member' score and, ojo, one of the top features was ZIP code. [[LOCATION:77020]], [[LOCATION:77026]], [[LOCATION:77033]], puro barrios latinos y negros. Doña [[PERSON:Carmen]] from the call center told me the outreach team was calling those members less. I told [[PERSON:Lupita]] y me dijo 'mija, it's just math, the model doesn't know who they are'. Pero sí sabe, the ZIP knows. I sent a note to our compliance inbox el [[DATE:3 de junio de 2023]] and got an auto-reply. Mi primo who works at [[ORG:UTHealth]] says this happens everywhere. Maybe. I stayed. Still deciding if staying was the cowardly thing or the smart thing, honestly no sé.
""",
)

S(
    r"""Reddit post with title, edits and u/ handles; US city and state, branch neighbourhood and street; quarter date and US m/d/yyyy date.""",
    r"""
Title: Asked to "find" fraud in a population we already decided was fraudulent?

Throwaway because my manager reads this sub. Edit: my main is not [[HANDLE:u/quantfrog]], stop DMing him lol.

I'm a DS at a mid-size bank in [[LOCATION:Columbus]], [[LOCATION:Ohio]], not naming it. Our fraud lead, [[PERSON:Brad Kowalczyk]], wants a model that "confirms" accounts opened at two branches are fraudulent: the [[LOCATION:Linden]] branch and the one on [[LOCATION:Parsons Ave]]. Both are majority Black neighborhoods. The labels come from a manual review [[PERSON:Brad]] did himself in [[DATE:Q4 2022]]. So the model will learn [[PERSON:Brad]]. I said this in standup and got told to take it offline.

Edit 2: HR scheduled a "conversation" for Friday.
Edit 3: it was about "tone".
Edit 4: model goes live [[DATE:1/15/2024]]. I'll keep posting from [[HANDLE:u/throwaway_ds_ohio]] if anything changes. Thanks for the kind DMs, and no, I'm not going to the press, I have a mortgage.
""",
)

S(
    r"""Voice-to-text transcript with no punctuation, self-correction, a spoken-out UK drama-range phone number and a spoken date; NHS trust and hospital; 'Bill' as a name.""",
    r"""
[voice note, auto transcribed]
so um hi I'm recording this because I can't type it without crying basically I work in the business intelligence team at um [[ORG:Royal Stoke]] no sorry I shouldn't say that well whatever the mods will take it out [[ORG:University Hospitals of North Midlands]] and my manager [[PERSON:Bill Hathaway]] asked us to um reclassify the twelve hour waits in A and E as um decision to admit waits so that they drop out of the the headline figure and I said [[PERSON:Bill]] that's that's not what the definition says and he said it's what the trust board needs for um the [[DATE:twenty third of January]] so I did it and then I rang the freedom to speak up guardian her number is [[PHONE:oh one six three two nine six oh one seven seven]] and she said put it in writing and I haven't yet it's been three weeks and every time I open the document I just close it again sorry this is long
""",
)

S(
    r"""Bug ticket: ticket ids, reporter and assignee, a Jira @-mention, initial plus surname, ISO date, documentation IPs and CIDR, user id, UK mobile in a query string, MAC address; GDPR distractor.""",
    r"""
[[ID:PRIV-4471]]  [Bug] Raw customer phone numbers in clickstream logs
Reporter: [[PERSON:Oluwaseun Adeyemi]] ([[HANDLE:@seun_a]])   Assignee: [[PERSON:Marek Dvořák]]
Priority: Medium (was High, lowered by [[PERSON:M. Dvořák]] on [[DATE:2024-02-06]])
Environment: prod-eu, ingest node [[ID:192.0.2.44]], gateway [[ID:198.51.100.0/24]]

Description:
The Android SDK sends msisdn in plaintext as a query param. Example: /track?uid=[[ID:88213907]]&msisdn=[[PHONE:+44 7700 900512]]&dev=[[ID:3C:52:82:1A:9F:04]]
This lands in the events table, which the marketing team at [[ORG:Parcelly]] can query with no approval.

Steps: 1. open app 2. log in 3. check the log bucket.

Comments:
[[PERSON:Marek]]: not a bug, working as designed, marketing needs it for win-back.
[[PERSON:Oluwaseun]]: it is personal data under GDPR and we have no lawful basis for it.
[[PERSON:Marek]]: closing, see [[ID:DATA-882]].

(Me again: I am [[PERSON:Oluwaseun]]. Reopened it twice. Left in [[DATE:April]].)
""",
)

S(
    r"""Tweet thread numbered 1/ to 6/ with @handles; smart-city pilot; town, park, ICO and a case reference; years.""",
    r"""
1/ ok thread. I've been sitting on this for a year. In [[DATE:2021]] I was a contractor on a "smart city" pilot in [[LOCATION:Ipswich]] run by a company called [[ORG:Wardwise]]. Not going to be subtle anymore.
2/ [[ORG:Wardwise]] sold the council on "footfall analytics". What we actually built matched phone MAC addresses across 40 lamp-post sensors so you could follow one device from the station to [[LOCATION:Christchurch Park]].
3/ I raised it with our PM, [[PERSON:Fiona Leckie]] ([[HANDLE:@fleckie_pm]]), on [[DATE:14 Oct 2021]]. Her answer: "it's anonymised, the MACs are hashed". Hashed with no salt. I reversed one in an afternoon.
4/ I emailed the [[ORG:ICO]]. Reference [[ID:IC-118204-K3Q9]]. They said they'd "look into it".
5/ The pilot was extended in [[DATE:2022]]. [[HANDLE:@wardwise_uk]] still tweets about "privacy-first cities".
6/ If you worked there and want to talk, DMs open. Not naming more people. Yet. /end
""",
)

S(
    r"""Meeting minutes with initials as speakers (JT, MK, T.R), initial plus surname with particles and O'; dotted European date; Ofgem; an action-log reference; 'Hope' as a name.""",
    r"""
MINUTES - Model Risk Forum, [[DATE:14.02.2024]], room 3B / Teams
Attendees: [[PERSON:JT]] (chair), [[PERSON:MK]], [[PERSON:S. O'Brien]], [[PERSON:R. de la Cruz]], [[PERSON:T.R]]., me (note-taker)
Apologies: [[PERSON:Hope Adebayo]]

1. Churn-propensity v3 sign-off
 - [[PERSON:MK]]: holdout AUC 0.81, but calibration is off for over-65s.
 - [[PERSON:JT]]: "acceptable for launch, fix in v4".
 - [[PERSON:R. de la Cruz]] asked whether we tell [[ORG:Ofgem]] that the vulnerable-customer flag is now a model output. [[PERSON:JT]]: no, "not material".
 - [[PERSON:S. O'Brien]]: wants it minuted that she disagrees. (Minuted.)
2. AOB
 - [[PERSON:T.R]]. to circulate the DPIA "by end of [[DATE:Q1 2024]]". Not circulated as of today.

Action log ref [[ID:MRF-2024-007]].

Context from me: this is an energy supplier, [[ORG:Northwold Energy]], head office in [[LOCATION:Swindon]]. Afterwards [[PERSON:JT]] asked me to remove the last bullet of item 1 before the minutes went to the board. I did not. [[PERSON:Hope]] told me I was brave. I think I was just tired.
""",
)

S(
    r"""German-English (Denglisch): GmbH, German street address with PLZ as one span, Herr Dr./Frau outside, German dates in two formats, AGG as a law distractor.""",
    r"""
Kurz und ehrlich, sorry for the Denglisch. Ich arbeite als Data Scientist bei der [[ORG:Lumenfeld GmbH]], HR-Tech, Büro in der [[LOCATION:Oranienstraße 185, 10999 Berlin]]. Unser Produkt ranks applicants for Schichtarbeit in Lagerhallen. Am [[DATE:15. März 2023]] hat Herr Dr. [[PERSON:Vogel]] (CTO, [[PERSON:Matthias Vogel]]) entschieden, dass 'Lücken im Lebenslauf' ein Feature wird. Das trifft vor allem Frauen nach der Elternzeit. Ich habe das im Betriebsrat angesprochen, bei Frau [[PERSON:Öztürk]], and she said they had no say over 'algorithms'. Mein Teamlead [[PERSON:Jens]] meinte nur: 'Mach dir keinen Kopf, das AGG gilt nicht für Software.' Stimmt nicht. Ich habe am [[DATE:2.4.2023]] an den Datenschutzbeauftragten geschrieben ([[EMAIL:dsb@lumenfeld.example]]). Antwort kam nach sechs Wochen: 'wird geprüft'. Jetzt, im Herbst, ist das Feature immer noch drin. I am looking for a new job in [[LOCATION:Hamburg]] or [[LOCATION:Leipzig]], but honestly the whole Branche does this.
""",
)

S(
    r"""French-English: insurer, business district, département, Mme outside the span, French date, CNIL; short form of the firm's name later.""",
    r"""
Bon. Je suis data analyst chez [[ORG:Assurances Boréal]] depuis [[DATE:2019]], au siège à [[LOCATION:La Défense]]. Le [[DATE:12 janvier 2023]], ma N+1, Mme [[PERSON:Claire Lefebvre]], m'a demandé de 'nettoyer' l'étude sur les refus de prise en charge: les dossiers de la [[LOCATION:Seine-Saint-Denis]] ressortaient trop. Her exact words in the Teams chat: 'on ne va pas montrer ça au comité, ça fait mauvais genre'. J'ai proposé de garder le chiffre avec une note méthodo. Refus. Mon collègue [[PERSON:Karim Benali]] a dit en off que la [[ORG:CNIL]] devrait voir ça. Personne ne l'a fait. J'ai gardé les exports sur une clé USB, ce qui est probablement une faute en soi, je sais. Si quelqu'un veut me joindre, non, pas de numéro ici. But if you are at [[ORG:Boréal]] and reading this: the note is in the folder called 'archives_refus', and [[PERSON:Claire]] knows exactly why it is there.
""",
)

S(
    r"""Portuguese-English (Brazil): S.A. with trailing full stop, street address with CEP, neighbourhood, Dona outside the span, CPF number, São Paulo landline with area code in brackets, ANPD; LGPD distractor.""",
    r"""
Vou escrever misturado, desculpa. Trabalho como engenheira de dados numa fintech em [[LOCATION:São Paulo]], a [[ORG:Caju Pagamentos S.A.]], escritório na [[LOCATION:Rua dos Pinheiros 870, 05422-001]], em [[LOCATION:Pinheiros]]. Em [[DATE:março de 2023]] o head de growth, o [[PERSON:Thiago Marcondes]], pediu pra gente cruzar o CPF dos clientes com uma base comprada de 'score de comportamento' que veio de um fornecedor chamado [[ORG:DataPampa]]. Nenhum consentimento, obviously against LGPD. Na planilha de exemplo tinha até CPF real, tipo [[ID:123.456.789-09]], e telefone [[PHONE:(11) 5555-0143]]. Falei com a Dona [[PERSON:Cida]] do jurídico, ela ficou branca. A [[ORG:ANPD]] nunca soube. O [[PERSON:Thiago]] disse 'relaxa, todo mundo faz'. Eu fiquei até [[DATE:agosto de 2023]] e saí. On my last day I deleted my own copy of the sample. Não sei se fiz o suficiente.
""",
)

S(
    r"""Indonesian: PT firm, Indonesian street address with kode pos, Pak/Mbak outside, Indonesian months, Ramadan with a year, Kominfo ticket number.""",
    r"""
Mau cerita dikit. Aku kerja jadi data analyst di startup logistik, [[ORG:PT Kirim Cepat Nusantara]], kantornya di [[LOCATION:Jl. Kemang Raya No. 12, Jakarta Selatan 12730]]. Bulan [[DATE:Januari 2024]] Pak [[PERSON:Budi Santoso]] (VP Ops) minta kita bikin 'skor kemalasan' kurir pakai data GPS dan durasi sholat. Serius, durasi sholat. Mbak [[PERSON:Rina]] dari tim HR bilang ini udah disetujui sama direksi. Aku bilang ke Pak [[PERSON:Budi]], ini sensitif banget, apalagi menjelang [[DATE:Ramadan 2024]]. Jawabannya: 'Data nggak punya agama.' Terus skornya dipakai buat potong insentif mulai [[DATE:1 Maret 2024]]. Temenku, [[PERSON:Dimas]], yang dulu kurir di [[LOCATION:Depok]], kena potong 30%. Aku sempet lapor ke [[ORG:Kominfo]] lewat form online, nomor tiket [[ID:KOM-240311-0087]], belum ada kabar. Sekarang aku masih di situ, cuma udah update CV tiap minggu. Kalau ada yang pernah ngalamin hal sama, gimana kalian ngadepinnya?
""",
)

S(
    r"""Swahili-English: Nairobi micro-insurer, Bw./Mama outside, Kenyan mobile, ODPC complaint reference, Swahili months; M-Pesa labelled as a product identifying its company.""",
    r"""
Habari. Nitaandika kwa Kiswahili na English kidogo, pole. Nilikuwa data analyst kwa kampuni ya bima ya simu, [[ORG:Tumaini Microinsure]], ofisi zetu ziko [[LOCATION:Westlands]], [[LOCATION:Nairobi]], kwenye [[LOCATION:Mpaka Road]]. Mwezi wa [[DATE:Machi 2023]] boss wetu, Bw. [[PERSON:Otieno Kamau]], alitaka tutumie data ya [[ORG:M-Pesa]] ya wateja (tulikuwa na partnership na [[ORG:Safaricom]]) kukataa madai ya watu wanaoonekana 'maskini sana'. Nilimwambia hiyo ni ubaguzi. Akasema 'hii ni business, sio charity'. Mama [[PERSON:Wanjiru]], mteja mmoja kutoka [[LOCATION:Kisumu]], alinipigia simu kwa [[PHONE:+254 700 555 019]] kuuliza kwa nini dai lake lilikataliwa. Nilishindwa kumjibu. Nilipeleka malalamiko kwa [[ORG:ODPC]] tarehe [[DATE:5 Aprili 2023]], namba ya kumbukumbu [[ID:ODPC/CMP/2023/0412]]. Kitambulisho changu kiko kwenye form, na hapo ndipo nilipoanza kuogopa. Niliacha kazi [[DATE:Juni]]. Bado sijapata jibu lolote, na [[PERSON:Otieno]] bado yuko pale.
""",
)

S(
    r"""Polish-English: Sp. z o.o. with ampersand, Polish street address with postcode, inflected city names, pan outside, nickname for the same person, UODO, ticket id.""",
    r"""
Piszę trochę po polsku, trochę po angielsku, bo tak myślę. Pracuję w [[LOCATION:Warszawie]], w firmie [[ORG:Brzozowski & Syn Sp. z o.o.]], robimy scoring dla pożyczek. Biuro: [[LOCATION:ul. Puławska 145, 02-715 Warszawa]] ([[LOCATION:Mokotów]]). [[DATE:12 marca 2023]] mój szef, pan [[PERSON:Wojciech Brzozowski]], kazał dodać do modelu 'czy klient ma nazwisko ukraińskie'. He called it a 'stability feature'. [[PERSON:Kasia]] z compliance powiedziała, że to dyskryminacja i że [[ORG:UODO]] by nas zjadło. [[PERSON:Wojtek]] (tak na niego mówią) odpowiedział: 'to nie dyskryminacja, to statystyka'. Wpisałam sprzeciw do ticketu [[ID:SCR-778]]. Ticket zamknięty po dwóch dniach. Potem dostałam gorszą ocenę roczną, pierwszy raz w życiu. Nadal tam jestem, bo kredyt hipoteczny i dziecko w przedszkolu. Jeśli ktoś z [[LOCATION:Krakowa]] szuka DS z pięcioletnim doświadczeniem, piszcie.
""",
)

S(
    r"""Turkish-English: A.Ş. firm, city and district with Turkish case suffixes after an apostrophe (suffix outside), Bey/Hanım outside, Turkish dates, KVKK distractor, wiki page id.""",
    r"""
Merhaba, Türkçe-İngilizce karışık yazıyorum. [[LOCATION:İstanbul]]'da, [[LOCATION:Kadıköy]]'deki bir e-ticaret şirketinde, [[ORG:Pazarcık Teknoloji A.Ş.]]'de data scientist'im. [[DATE:15 Ağustos 2022]]'de ürün müdürü [[PERSON:Emre]] Bey ([[PERSON:Emre Yıldırım]]) dedi ki: 'fiyatı pahalı telefon kullananlara yüzde 8 fazla göster'. Bu dynamic pricing değil, discrimination by device. Ama asıl sorun: Kürtçe isimli müşterilere kargo süresini uzun gösteriyorduk, 'risk' diye. [[PERSON:Ayşe]] Hanım'a söyledim, kendisi hukuk ekibinde. 'KVKK'ya aykırı değil' dedi. Ben öyle düşünmüyorum. [[PERSON:Bilal]] ile birlikte bir not yazdık, Confluence sayfası [[ID:PZ-DS-119]]. Sayfa silindi. [[DATE:Aralık 2022]]'de [[LOCATION:Ankara]] ofisine transfer teklif ettiler, yani sessizce uzaklaştırma. Kabul etmedim, hemen istifa ettim. Şimdi freelance çalışıyorum ve bu hikayeyi ilk kez yazıyorum.
""",
)

S(
    r"""Vietnamese-English: district and city abbreviation, Công ty TNHH firm, anh/chị outside, full name family-first, Vietnamese date and month, HCMC landline.""",
    r"""
Em viết tiếng Việt lẫn tiếng Anh nha. Em làm data analyst ở một công ty fintech ở [[LOCATION:Quận 7]], [[LOCATION:TP.HCM]], tên là [[ORG:Công ty TNHH Sen Vàng Tech]]. Ngày [[DATE:12 tháng 3 năm 2023]], anh [[PERSON:Tuấn]] (trưởng nhóm, [[PERSON:Nguyễn Văn Tuấn]]) bảo em dùng danh bạ điện thoại của khách để 'đánh giá uy tín'. Nghĩa là: ai có nhiều bạn nợ xấu thì điểm thấp. Chị [[PERSON:Lan]] bên pháp chế nói là 'chưa có luật cấm'. Nhưng em thấy sai. Một khách hàng ở [[LOCATION:Biên Hòa]] gọi vào số [[PHONE:028 3555 0178]] khóc vì bị từ chối khoản vay 5 triệu. Em có gửi email cho anh [[PERSON:Tuấn]] lúc đó, cc chị [[PERSON:Lan]], subject 'concern về contact-list feature'. Không ai trả lời. [[DATE:Tháng 6]] em nghỉ việc. Giờ em đang học thạc sĩ ở [[LOCATION:Đà Nẵng]]. Em vẫn nhớ giọng chị khách hàng đó, thật sự.
""",
)

S(
    r"""Korean-English: Hangul names family-first with 팀장님/님 outside, romanised name, Hangul and Latin firm names, Korean dates, Korean particle glued to a name, PIPC.""",
    r"""
Korean이랑 English 섞어서 쓸게요, 양해 부탁드려요. 저는 [[LOCATION:Seoul]] [[LOCATION:강남]]에 있는 HR-tech 스타트업 '[[ORG:다온랩스]]' ([[ORG:Daon Labs]])에서 ML engineer로 일했어요. [[DATE:2023년 5월]]에 [[PERSON:박지훈]] 팀장님 ([[PERSON:Park Ji-hoon]]) 이 video interview 모델에 'facial expression confidence' score를 넣자고 했어요. 테스트해보니 여성 지원자 score가 평균 0.12 낮게 나왔어요. 저는 팀장님한테 바로 말했는데 '고객사가 원하는 거야'라고 했어요. 고객사 중 하나가 [[ORG:Hanbit Card]]였어요. 그래서 legal 팀 [[PERSON:김수민]] 님한테 Slack DM 보냈는데 '[[ORG:PIPC]]에 신고할 정도는 아니다'라고 했어요. 솔직히 그 말 듣고 많이 실망했어요. 결국 [[DATE:2023년 9월]]에 퇴사했어요. 지금은 [[LOCATION:Pangyo]]에 있는 다른 회사에서 일해요. 아직도 가끔 [[PERSON:Ji-hoon]]한테 LinkedIn 메시지가 와요. '잘 지내?' 이런 거. 답 안 해요. 이 이야기를 쓰는 이유는, 그 모델이 아직도 쓰이고 있다는 걸 최근에 들었기 때문이에요. If you applied for a job through a video interview in [[LOCATION:Korea]] last year, 그 점수가 정말 공정했는지 모르겠어요.
""",
)

S(
    r"""Japanese-English: K.K. firm in katakana and Latin, ward in kanji and romaji, さん/-san outside, family-name-first names, Reiwa-era date and a 年月日 date, e-mail, country.""",
    r"""
日本語と英語まじりですみません。I worked at [[ORG:株式会社ミナトデータ]] ([[ORG:Minato Data K.K.]]) in [[LOCATION:渋谷]] ([[LOCATION:Shibuya]]), [[LOCATION:Tokyo]]. [[DATE:令和5年4月]], my manager [[PERSON:田中]]さん ([[PERSON:Tanaka Hiroshi]]) asked us to build an 'attrition risk' model for a client, [[ORG:Kobayashi Logistics]]. The top feature was 'months since marriage' for women employees. 私は反対しました. [[PERSON:Tanaka]]-san said, 'クライアントの要望だから'. Our team lead [[PERSON:Sato Yumi]] agreed with me in private, but in the meeting she said nothing. I sent an email on [[DATE:2023年6月1日]] to [[EMAIL:compliance@minatodata.example]], subject 'attrition model concern'. Reply: 'we will consider'. The model was delivered in [[DATE:July]]. I moved to [[LOCATION:Osaka]] and a different company. Maybe this is normal in [[LOCATION:Japan]], maybe not. My new manager says it is normal. 今でもよく考えます。Especially when friends tell me they got married and then, somehow, their contract was not renewed.
""",
)

S(
    r"""Arabic-English code-switching: Dubai free-zone firm with FZ-LLC, landmark business district, Hijri month and year plus Gregorian month, names with al-, UAE landline, case reference; several cities.""",
    r"""
Wallahi I don't know where else to write this. I was a data scientist at a proptech in [[LOCATION:Dubai]], [[ORG:Rimal Properties Analytics FZ-LLC]], office in [[LOCATION:Dubai Internet City]]. In [[DATE:Ramadan 1444]] (so [[DATE:April 2023]]) our director, [[PERSON:Khalid al-Mansouri]], asked us to add nationality to the tenant screening model. I said ya [[PERSON:Khalid]], this is literally the thing we are not supposed to do. He said 'habibi, the landlords ask for it, khalas'. My colleague [[PERSON:Nour Haddad]] from [[LOCATION:Amman]] backed me, and she got moved to the [[LOCATION:Abu Dhabi]] team two weeks later. I reported it to our Group Ethics line, [[PHONE:+971 4 555 0123]], case ref [[ID:GE-23-0419]]. Nothing. Ya'ni, I'm not surprised. I left in [[DATE:September 2023]] and went back to [[LOCATION:Beirut]]. Inshallah things change there. I doubt it. The model is still sold as 'AI tenant scoring' on their website, and the nationality field is still the third most important feature.
""",
)

S(
    r"""Slack export: channel names and @-mentions as handles (including a generic #random), display names, a consultancy with ampersand, client firm, named month; gdpr/SOW/DPIA distractors.""",
    r"""
Pasting from our Slack (export, lightly trimmed). Context: I'm a data engineer at [[ORG:Fernhill & Co]], a retail analytics consultancy in [[LOCATION:Bristol]]. Client is [[ORG:Cotswold Larder]].

[[HANDLE:#proj-larder-loyalty]]
[10:02] [[PERSON:Priya N]]: the client wants the loyalty model to include inferred pregnancy. from basket data. for 'targeted offers'
[10:03] [[PERSON:Tomasz]]: lol no
[10:05] [[PERSON:Gav]] ([[PERSON:Gavin Marsh]], our director): it's in the SOW, we signed it in [[DATE:March]]
[10:06] [[PERSON:Priya N]]: [[HANDLE:@Gav]] it's special category data under gdpr
[10:09] [[PERSON:Gav]]: loop in [[HANDLE:@legal-helen]] then, but we ship friday
[10:40] [[PERSON:Helen Okafor]]: we need a DPIA. I'll book time w/ [[HANDLE:@tomasz]]
[[HANDLE:#random]]
[11:02] [[PERSON:Tomasz]]: anyone else feel gross

We shipped. [[PERSON:Helen]]'s DPIA was never finished. I'm [[PERSON:Priya]], by the way, and I'm telling this because I think the offers are still going out to people who never told anyone they were pregnant.
""",
)

S(
    r"""Teams chat copied from screenshots: family-name-first Chinese names as speaker labels, a given name alone, Singlish 'lah', vendor and client firms, Singapore street address with postal code, day-month date, Singapore number given by mistake; demonyms not labelled.""",
    r"""
Teams chat, copied from my phone screenshots (times are SGT):
[[PERSON:Wang Jianguo]] 09:14
pls remove the ethnicity breakdown from the deck before Thursday
Me 09:15
it's the main finding though? Malay and Indian applicants approved at half the rate
[[PERSON:Wang Jianguo]] 09:17
client sensitive. [[PERSON:Li Na]] agrees
[[PERSON:Li Na]] 09:20
I didn't say that [[PERSON:Jianguo]]
[[PERSON:Wang Jianguo]] 09:21
Just do it lah

Client was [[ORG:Merlion Home Loans]], we were their vendor ([[ORG:Tianhe Analytics]], HQ in [[LOCATION:Shenzhen]]; I was in the [[LOCATION:Singapore]] office at [[LOCATION:1 Fusionopolis Way, Singapore 138632]]). This was [[DATE:7 Sept 2023]]. Afterwards [[PERSON:Li Na]] and I wrote to [[ORG:MAS]] anonymously. I don't know if it went anywhere. The deck went out with a line saying 'no material differences observed'. I still have the screenshots. My desk number then was [[PHONE:+65 6555 0182]], oh wait I just typed it, mods pls remove.
""",
)

S(
    r"""Telegram group paste with '>' quoting: speaker names with initials, lower-case names, a file-share URL, badge number (sigil outside), day-month date, two capitals; COPPA distractor.""",
    r"""
telegram group 'ds survivors' (yes that's the name). not my words, a friend's, pasted with permission:

> [[PERSON:Mika R]]: so at [[ORG:Pixelmoor]] they're using voice chat transcripts to predict which kids will spend
> [[PERSON:Mika R]]: the ones under 13. 'whale propensity' lol
> [[PERSON:joao]]: isn't that like super illegal under coppa
> [[PERSON:Mika R]]: [[PERSON:Sven]] says legal cleared it. [[PERSON:Sven Lindqvist]], head of monetisation
> [[PERSON:joao]]: screenshot it
> [[PERSON:Mika R]]: already did, uploaded to [[URL:https://files.pixelmoor.example/share/8f3kq2]]
> [[PERSON:Mika R]]: link expires friday
> [[PERSON:Ana B]]: [[PERSON:mika]] you know they log who opens those links right
> [[PERSON:Mika R]]: oh
> [[PERSON:Mika R]]: oh no

[[PERSON:Mika]] got called in on [[DATE:22 May]]. [[ORG:Pixelmoor]]'s office in [[LOCATION:Helsinki]] did a 'security review'. Her badge (#[[ID:40417]]) stopped working the same day. She's fine now, works in [[LOCATION:Tallinn]]. [[PERSON:Sven]] posted on LinkedIn about 'player safety' a week later.
""",
)

S(
    r"""iMessage-style lower-case chat ('them:'/'me:'), lower-case firm, hospital and towns, an obfuscated e-mail with 'at' and 'dot', short month-day date and a named month.""",
    r"""
screenshot transcript, me in green lol

them: hows the new job
me: honestly bad. remember i said [[ORG:northstar]] does 'workforce analytics'
them: ya
me: its keystroke logging. for nurses. at [[ORG:st aidans]] in [[LOCATION:dayton]]
them: WHAT
me: and idle time. bathroom breaks show up as idle
me: my boss [[PERSON:ryan]] is like 'its just a pilot'
them: who's the client contact
me: some lady called [[PERSON:marguerite okonkwo-hale]], director of nursing ops
them: report it?? theres a nurses union right
me: i emailed the union rep at [[EMAIL:m.tran at ona-local dot example]] last night
them: good. and [[PERSON:ryan]]?
me: [[PERSON:ryan]] said if it leaks he'll know its me bc only 3 of us have access
them: 🫠
me: the pilot started [[DATE:jan 9]]. 400 nurses. none of them were told

update for storyshare: i quit in [[DATE:february]]. [[PERSON:marguerite]]'s team expanded it to the second campus in [[LOCATION:kettering]] and as far as i know the union never replied to me
""",
)

S(
    r"""Forum reply post: years, firm and its later name, city and state abbreviation, credit union client, www URL and e-mail on the firm's domain, abbreviated month, @-signature.""",
    r"""
Posted on a practitioners' forum, lightly edited.

Re: Is scraping public profiles for a 'talent graph' ethical?

Speaking from experience. From [[DATE:2020]] to [[DATE:2022]] I worked at [[ORG:Talentweave]] ([[LOCATION:Austin]], [[LOCATION:TX]]; they rebranded as [[ORG:Corvid HR]] in [[DATE:2023]]). We scraped GitHub commits, forum answers and meetup attendee lists to infer 'flight risk' for engineers, then sold it to their current employers. One customer was [[ORG:Pinecrest Federal Credit Union]]. The CEO, [[PERSON:Dale Hutchins]], called it 'open-source intelligence'. When I asked about opt-out, he pointed to a page at [[URL:www.talentweave.example/optout]] that, I later found, was never linked from anywhere. A candidate emailed [[EMAIL:privacy@talentweave.example]] in [[DATE:Nov 2021]] asking what we held on her; [[PERSON:Dale]] told us to reply that we 'hold no personal data'. That was a lie. I have no NDA-safe way to prove it, but if you ever got a weird recruiter call right after you updated your GitHub, now you know one possible reason.

-- posted by [[HANDLE:@kestrel_dev]]
""",
)

S(
    r"""Bullet timeline with dates in many formats (ISO, season, dd/mm/yy, mid-month, w/c, abbreviated month with apostrophe year, dotted); 'Grace' as a name; Mac surname; NHS board; whistleblowing reference.""",
    r"""
Timeline, because my therapist said writing it down would help.

- [[DATE:2019-09-02]]: start at [[ORG:Helix Lane Diagnostics]] (lab-testing company, [[LOCATION:Edinburgh]]) as junior analyst
- [[DATE:Spring 2021]]: new COO, [[PERSON:Ross MacLeod]], joins from [[ORG:Ardmore Health]]
- [[DATE:03/06/21]]: [[PERSON:Ross]] asks for turnaround-time stats 'excluding outliers'. Outliers = every sample from the [[LOCATION:Inverness]] satellite lab
- [[DATE:mid-June 2021]]: I flag it to my line manager, [[PERSON:Grace Ferguson]]. She agrees, says 'leave it with me'
- [[DATE:1 July]]: report goes to [[ORG:NHS Highland]] with the outliers gone
- w/c [[DATE:12 July 2021]]: [[PERSON:Grace]] signed off sick
- [[DATE:Aug '21]]: I write to the whistleblowing inbox, ref [[ID:WB-0921-17]]
- [[DATE:10.10.2021]]: told my role is 'at risk'
- [[DATE:Jan 2022]]: redundancy. 3 months' pay and a settlement agreement with a confidentiality clause I signed because I needed the money
- today: still not sure I was allowed to write any of this, but here it is
""",
)

S(
    r"""Irish postdoc: university and hospital, street with Eircode, Prof./Dr. outside, Irish-language surname with diacritics, a spin-out, partial date, DPC and its reference.""",
    r"""
I'm a postdoc, so take this with the appropriate amount of precarity. Our lab at [[ORG:Trinity College Dublin]] has a data-sharing agreement with [[ORG:St Brigid's University Hospital]] (on the [[LOCATION:Crumlin Road, D12 Y8K3]]). In [[DATE:late 2022]] my PI, Prof. [[PERSON:Declan Ó Súilleabháin]], wanted to use the hospital's ED records to train a model for a start-up he co-founded, [[ORG:Caredrift]]. Same data, different purpose, no new consent, no ethics amendment. I raised it with the research ethics committee chair, Dr. [[PERSON:Aoife Brennan]], by email on [[DATE:16/01/2023]]. She said [[PERSON:Declan]] had assured her it was 'secondary analysis'. It's not secondary if it's being sold. I contacted the [[ORG:DPC]] and got reference [[ID:C-23-1187-IE]]. [[PERSON:Declan]] found out (I assume from [[PERSON:Aoife]]) and stopped inviting me to lab meetings. My contract ends in [[DATE:June 2024]] and it won't be renewed. [[ORG:Caredrift]] raised a seed round last month.
""",
)

S(
    r"""Canadian telecom: Canadian street address with province and postal code as one span, quarter date, month-day date, hyphenated French-Canadian name, regulator and complaint number, (416) number; several cities.""",
    r"""
Canadian here, so I'll be polite about it. I was a senior analyst at [[ORG:Maple Crest Telecom]] in [[LOCATION:Toronto]] (the office at [[LOCATION:220 King St W, Toronto, ON M5H 1K4]]). In [[DATE:Q2 2023]] our marketing VP, [[PERSON:Sandeep Dhillon]], asked us to build a list of customers who had called about 'financial hardship' so sales could pitch them a high-interest device financing plan. We literally flagged them with a column called hardship_upsell. I pushed back in a meeting on [[DATE:June 8]]; my manager, [[PERSON:Marie-Ève Tremblay]], told me afterwards I was 'not a team player'. I filed complaint [[ID:2023-CRT-55812]] with the [[ORG:CRTC]] and gave my old desk line, [[PHONE:(416) 555-0199]], as the contact. Nobody called it. [[PERSON:Sandeep]] is now at a bank in [[LOCATION:Calgary]]. The list is still used every quarter. I moved to [[LOCATION:Halifax]] and work for the province now, which is boring and honest.
""",
)

S(
    r"""Australian super fund: ampersand firm name, suburb and a full Australian address with state and postcode, fiscal-year date, 'Summer' as a first name, Fair Work Ombudsman, Australian mobile in the reserved drama range.""",
    r"""
Semi-throwaway post. I worked for [[ORG:Wattle & Gum Superannuation]] in [[LOCATION:Melbourne]], on the member analytics team, office in [[LOCATION:Fitzroy]] ([[LOCATION:Level 3, 88 Brunswick St, Fitzroy VIC 3065]]). In [[DATE:FY23]], so around [[DATE:Feb 2023]], our GM, [[PERSON:Rhys Pemberton-Kerr]], wanted a 'likely to complain' score so call-centre staff could deprioritise those members. Top feature: whether English was a second language. I told [[PERSON:Rhys]], and my team lead [[PERSON:Summer Nguyen]], that this is textbook indirect discrimination. [[PERSON:Summer]] said 'mate, I hear you, but [[PERSON:Rhys]] wants it by end of month'. I ended up ringing the [[ORG:Fair Work Ombudsman]] and then a lawyer, who told me to keep notes and not to take any files home. My mobile is on all the letters, [[PHONE:0491 570 156]], so whatever. Left in [[DATE:May]]. The score went live anyway, with a new name and the same top feature.
""",
)

S(
    r"""Afrikaans-English (South Africa): (Pty) Ltd firm, address with a bare four-digit postcode, townships, van-particle surname, Information Regulator, toll-free number and hotline reference, Afrikaans dates; POPIA distractor.""",
    r"""
Howzit. I'm writing this half in Afrikaans, sorry. Ek werk by [[ORG:Karoo Sky Insurance (Pty) Ltd]] in [[LOCATION:Johannesburg]], kantoor by [[LOCATION:11 Alice Lane, Sandton, 2196]]. In [[DATE:Oktober 2022]] het ons hoof van data, [[PERSON:Pieter van Wyk]], gesê ons moet township addresses 'n hoër fraud score gee. [[LOCATION:Soweto]], [[LOCATION:Alexandra]], [[LOCATION:Tembisa]]: automatic plus 40 points. [[PERSON:Lerato Mokoena]] van legal het gesê dit is teen POPIA en dat die [[ORG:Information Regulator]] ons sal beboet. [[PERSON:Pieter]] het net gelag: '[[PERSON:Lerato]], dis net data, nie politiek nie.' I logged it on our ethics hotline ([[PHONE:0800 555 014]], ref [[ID:KSI-ETH-2211]]) op [[DATE:14 November 2022]]. Toe niks. In [[DATE:2023]] I moved to [[LOCATION:Cape Town]]. Every time I see a claim from one of those areas in the news I think about the points we added.
""",
)

S(
    r"""Dutch-English: B.V. with trailing full stop, canal address with Dutch postcode as one span, van der / de surnames, a country named inside a quoted feature name, Dutch season-year date, Autoriteit Persoonsgegevens and its reference.""",
    r"""
Sorry voor mijn Nederlands-Engels. Ik werk als ML engineer bij [[ORG:Tulpvest B.V.]], een hypotheekverstrekker op de [[LOCATION:Herengracht 420, 1017 BZ Amsterdam]]. In het [[DATE:voorjaar van 2023]] wilde mijn manager, [[PERSON:Sanne van der Meer]], dat we 'aantal jaren in [[LOCATION:Nederland]]' als feature gebruiken. After the toeslagenaffaire, really? Ik zei dat tegen [[PERSON:Sanne]] en tegen haar baas, [[PERSON:Joost de Graaf]]. [[PERSON:Joost]] zei: 'het is geen nationaliteit, dus het mag'. Ik heb een melding gedaan bij de [[ORG:Autoriteit Persoonsgegevens]] op [[DATE:18 april 2023]], kenmerk [[ID:AP-2023-041178]]. Het duurde vier maanden voor ze reageerden. Mijn collega [[PERSON:Femke]] (die in [[LOCATION:Utrecht]] zit) heeft het model intussen opnieuw getraind zonder de feature, stiekem, en niemand heeft het gemerkt. AUC ging van 0.74 naar 0.73. Dat is het hele verhaal, en eerlijk gezegd ben ik er nog steeds boos over.
""",
)

S(
    r"""Military use, formal register: defence subcontractor Ltd, internal project code name in full and alone, export licence reference, rank titles outside the span, 'Mark' as a first name, NGO.""",
    r"""
I will keep this factual. I was a computer-vision engineer at [[ORG:Halberd Dynamics Ltd]], a defence subcontractor with a site outside [[LOCATION:Farnborough]]. From [[DATE:2021]] we worked on [[ORG:Project Marlin]], described to us as maritime search and rescue. In [[DATE:September 2022]] the requirements changed: the customer wanted the detector retrained on 'vehicles and persons of interest' from drone footage over land, and the contract line moved under export licence [[ID:GB-SIEL/2022/0417]]. My lead, [[PERSON:Mark Ellery]], told us it was 'the same model, different customer'. The customer, we later learned, was the defence ministry of a country I will not name. I asked for a meeting with the programme's military liaison, Lt. Col. [[PERSON:Andrew Rusk]], on [[DATE:3 October 2022]]. He said the system was 'advisory only'. I resigned in [[DATE:January 2023]] and wrote to [[ORG:Campaign Against Arms Trade]], who were kind but said there was little they could do. [[PERSON:Mark]] still sends me Christmas cards. [[ORG:Marlin]], as far as I know, has been delivered.
""",
)

S(
    r"""Spanish (Spain): S.L. firm with trailing full stop, Madrid street address with postcode as one span, neighbourhood, towns, compound surname with de la, AEPD, internal channel reference, d/m/yyyy date.""",
    r"""
Os cuento. Trabajo de analista de datos en una cadena de supermercados, [[ORG:Frescor Hermanos S.L.]], en [[LOCATION:Madrid]]. Las oficinas están en la [[LOCATION:Calle de Embajadores 41, 28012 Madrid]], en pleno [[LOCATION:Lavapiés]]. En [[DATE:noviembre de 2022]] mi jefe, [[PERSON:Íñigo Saldaña]], quiso que usáramos las cámaras de las tiendas para medir el 'tiempo de pasillo' de cada cajera y cajero. Con reconocimiento facial. Le dije que eso la [[ORG:AEPD]] nos lo tumba en dos días. Me contestó: 'tú haz el piloto en [[LOCATION:Getafe]] y ya veremos'. Mi compañera [[PERSON:Maite López de la Fuente]] lo denunció por el canal interno, referencia [[ID:CI-2022-318]], el [[DATE:9/12/2022]]. Dos semanas después la cambiaron a la tienda de [[LOCATION:Alcorcón]]. El piloto sigue. A veces paso por [[LOCATION:Getafe]] y veo la cámara nueva encima de la caja 4. No sé qué hacer, la verdad.
""",
)

S(
    r"""US sheriff's office and plate readers: licence plates of several states, road and street, town, a real NGO, rank outside the span, internal file number, day-month dates, government e-mail.""",
    r"""
I work in crime analysis at the [[ORG:Bexley County Sheriff's Office]]. We run automated plate readers along the [[LOCATION:Route 9]] corridor. In [[DATE:April 2023]] Captain [[PERSON:Dwayne Pruitt]] asked me to pull every plate seen near the [[ORG:Planned Parenthood]] clinic on [[LOCATION:Elm Street]] in [[LOCATION:Marlow]] between [[DATE:1 April]] and [[DATE:30 April]]. Not for any case. 'For awareness.' I ran a small test query first: plates like [[ID:7KJT442]], [[ID:8ABC123]] and a [[LOCATION:Texas]] plate, [[ID:NXR-4471]], came back with timestamps. I asked for a case number. [[PERSON:Pruitt]] said 'use [[ID:23-004417]], that's a general intel file'. I did not run the full pull. I emailed our county counsel, [[EMAIL:r.abernathy@bexleycounty.example]], copying the sheriff. [[PERSON:Pruitt]] called me into his office the next morning and said I was 'on thin ice'. The ice has held, for now. I saved everything on a USB stick at my sister's place in [[LOCATION:Columbus]].
""",
)

S(
    r"""Ghanaian Pidgin: Ltd firm, neighbourhood, street and landmark roundabout, Ghanaian mobile, regulator, month-year; repeated names.""",
    r"""
Chale, make I talk. I be data analyst for one betting company for [[LOCATION:Accra]], [[ORG:GoalRush Ghana Ltd]], office dey [[LOCATION:Osu]], [[LOCATION:Oxford Street]], near [[LOCATION:Danquah Circle]]. Boss, [[PERSON:Kwame Asante-Boateng]], want make we find people wey dey lose plenty money and send dem 'free bet' bonus so dem no go stop. Responsible gambling team? Na only one person, [[PERSON:Akosua]], and she dey part-time. [[PERSON:Akosua]] talk say the [[ORG:Gaming Commission of Ghana]] go vex. [[PERSON:Kwame]] say 'dem no dey check'. One customer wey lose GH₵ 40,000 call us from [[PHONE:024 555 0137]], e dey cry for phone. I keep his national ID number for my notes because I wan follow up, then I realise say that one sef no correct, I delete am. I resign [[DATE:March 2024]]. I dey [[LOCATION:Kumasi]] now, teaching stats for SHS. Make una no work for betting company, the money no sweet reach.
""",
)

S(
    r"""Roman Urdu-English: Pvt Ltd firm, Lahore address with postcode as one span, sahib outside, bint inside a name, Ramzan with a year, CNIC number, HR complaint number, regulator PTA.""",
    r"""
Assalam o alaikum. Roman Urdu aur English mix likh raha hoon. Main [[LOCATION:Lahore]] mein aik telecom ki analytics team mein tha, [[ORG:SabzTel Pvt Ltd]], office [[LOCATION:62-C Main Boulevard, Gulberg III, Lahore 54660]]. [[DATE:Ramzan 2023]] mein hamare head, [[PERSON:Faisal Qureshi]] sahib, ne kaha ke subscribers ke data se 'religious minority' infer karo, 'targeted packages' ke liye. Kuch khaas naamon waale customers ka alag flag. Maine kaha yeh bilkul ghalat hai, [[ORG:PTA]] ko pata chala to masla hoga. [[PERSON:Faisal]] sahib bole 'beta, yeh marketing hai'. Meri colleague [[PERSON:Zainab bint Tariq]] ne bhi support kiya. Ek sample file mein CNIC bhi tha, [[ID:35202-1234567-1]]. Maine [[DATE:11 April 2023]] ko HR ko email kiya, complaint no. [[ID:HRC-0093]]. Jawab: 'noted'. Eid ke baad mujhe [[LOCATION:Karachi]] transfer kar diya. [[PERSON:Zainab]] ne resign kar diya. Main abhi bhi wahin hoon, lekin ab chup rehta hoon.
""",
)

S(
    r"""Italian-English: S.p.A. bank with trailing full stop, Milan address with CAP as one span, dott. outside, central bank, bare years, a named month, e-mail, d/m/yyyy date; 'De' particle in a surname.""",
    r"""
Scrivo un po' in italiano e un po' in inglese. Lavoro come data scientist in una banca a [[LOCATION:Milano]], [[ORG:Banca Navigli S.p.A.]], sede in [[LOCATION:Via Solferino 19, 20121 Milano]]. Il [[DATE:4 aprile 2023]] il mio responsabile, il dott. [[PERSON:Lorenzo Bellandi]], mi ha chiesto di 'aggiustare' il backtest del modello di rischio perché la [[ORG:Banca d'Italia]] doveva vederlo a [[DATE:maggio]]. In pratica: togliere il [[DATE:2020]] dai dati perché 'il Covid è un outlier'. Ho detto che senza il [[DATE:2020]] il modello sembra molto più stabile di quello che è. [[PERSON:Lorenzo]] ha risposto: 'appunto'. La mia collega [[PERSON:Giulia De Santis]] era d'accordo con me, ma ha due figli e un mutuo. Ho scritto una mail alla funzione di convalida, [[EMAIL:convalida@banca-navigli.example]], il [[DATE:12/04/2023]]. Nessuna risposta. Il modello è stato approvato. Io sono ancora qui, a [[LOCATION:Milano]], e ogni mattina prendo il tram e ci penso.
""",
)

S(
    r"""Chinese-English: firm name in Chinese and in English with 'Co., Ltd.', city and district in Chinese, 年月日 date, family-name-first names in Hanzi and pinyin, a nickname in Hanzi, employee ID, partial date; WeChat as a tool.""",
    r"""
中英夹杂，见谅。I was a data analyst at [[ORG:杭州云栖智联科技有限公司]] ([[ORG:Hangzhou Yunqi Zhilian Tech Co., Ltd.]]) in [[LOCATION:Hangzhou]], [[LOCATION:西湖区]]. [[DATE:2023年11月6日]], my boss [[PERSON:张伟]] ([[PERSON:Zhang Wei]]) asked us to use the office badge data plus WeChat step counts to rank every employee's 'work attitude'. 我说这个不合适。[[PERSON:Zhang Wei]] said '老板要的'. My colleague [[PERSON:Chen Xiaoling]] ([[PERSON:小玲]]) said nothing in the meeting but later sent me a message: '你说得对，但没用'. The ranking was used for year-end bonuses. A friend in HR, [[PERSON:Liu Yang]], showed me one of the PDFs: my employee ID was on it, [[ID:HZ-002318]], next to a score of 61 out of 100. Nobody explained how the score worked or how to appeal it. I left in [[DATE:early 2024]] and now work in [[LOCATION:Suzhou]]. 有时候我想，如果当时我坚持一下会怎样。
""",
)

S(
    r"""Hospice charity: names that are ordinary words (Will, Rose, Faith) next to the lower-case noun 'will' and the verb 'will'; possessive; bare-host URL; Caldicott Guardian as a role, not a person.""",
    r"""
Small charity, big feelings. I was hired as the only data person at [[ORG:Brightwater Hospice]] in [[LOCATION:Truro]]. Our fundraising director, [[PERSON:Will Trevithick]], wanted to build a 'legacy likelihood' model: which patients' families are most likely to leave the hospice money in a will. Using clinical notes. I told [[PERSON:Will]] that families will never have agreed to that. He said it was 'just prioritising thank-you letters'. Our head nurse, [[PERSON:Rose Penhallow]], went pale when I showed her the feature list. [[PERSON:Faith]], our Caldicott Guardian, said she would 'take it to the board'. The board met on [[DATE:18 January 2024]]. The minutes say 'noted'. [[PERSON:Will]]'s model went live in [[DATE:February]]. I have since found out the software came from a vendor, [[ORG:GiftSense Ltd]], who sell the same thing to a dozen hospices. Their sales deck is still up at [[URL:giftsense.example/hospice-deck]]. I am applying for jobs in [[LOCATION:Plymouth]].
""",
)

S(
    r"""Local newspaper and a leak to a national one: 'The Guardian' with its article inside the span, a Mastodon-style handle, an Instagram handle, a nickname in quotes inside a full name, short form of the paper's name, bare-host URL.""",
    r"""
I'm a data journalist now, but this is from my old job. In [[DATE:2022]] I was on the audience data team at the [[ORG:Southern Evening Courier]] (owned by [[ORG:Shoreline Media Group]]) in [[LOCATION:Brighton]]. Our commercial director, [[PERSON:Nigel Ashdown-Price]], signed a deal with a betting operator, [[ORG:SpinHarbour]], to target 'high-engagement readers of the racing pages' who had also visited debt-advice articles. I said this was predatory. In a DM on [[DATE:5 Dec 2022]] he wrote: 'they're adults'. I contacted a reporter at [[ORG:The Guardian]], [[PERSON:Imogen Takahashi]] ([[HANDLE:@imogen_t@journa.host.example]]), over Signal. The story ran in [[DATE:March 2023]] without naming me. [[ORG:SpinHarbour]]'s Instagram, [[HANDLE:@spinharbour_official]], posted a 'responsible gaming' reel the same week. The [[ORG:Courier]]'s editor, [[PERSON:Patricia 'Trish' Moyo]], called an all-hands and said whoever leaked was 'disloyal to our readers'. I left quietly in [[DATE:June]]. The debt-advice pages are still at [[URL:southerncourier.example/money/debt]], ads and all.
""",
)

S(
    r"""NGO programme note: refugee camp, county and country, donor foundation, Dr./Ms. outside, UNHCR, US number with +1, e-mail, partial date, dd/mm/yyyy date; 'fourth quarter' without a year not labelled.""",
    r"""
I coordinate M&E for a small NGO, [[ORG:Haki Data Collective]], working in [[LOCATION:Kakuma]] camp in [[LOCATION:Turkana County]], [[LOCATION:Kenya]]. In [[DATE:mid-2023]] a donor, the [[ORG:Orbis Philanthropy Fund]], asked for our raw biometric enrolment data (fingerprints and iris scans, linked to names) 'for impact verification'. Our director, Dr. [[PERSON:Abdirahman Warsame]], was ready to send it. I pointed out that [[ORG:UNHCR]] guidance says biometric data should not leave the programme, and that some of the people in it are fleeing the very government the donor partners with. [[PERSON:Abdirahman]]'s reply, by email: 'No data, no grant.' Our programme officer at the fund, Ms. [[PERSON:Clarissa Vandersloot]] ([[EMAIL:c.vandersloot@orbisfund.example]], [[PHONE:+1 202 555 0164]]), said it would be stored 'securely in [[LOCATION:Virginia]]'. We sent a de-identified sample instead, dated [[DATE:28/08/2023]]. They cut our grant by 40% in the fourth quarter. I still think it was the right call, but three field staff lost their jobs over it.
""",
)

S(
    r"""Manglish (Malaysian English): Sdn Bhd firm, neighbourhood and city abbreviation KL, landmark mall, Encik outside and bin inside the name, MyKad number, name given twice (given name, then family-name-first), 'end March 2023' as one date; PDPA, eKYC, Gmail as distractors.""",
    r"""
Ok lah I tell you what happened. I was working at a small startup, [[ORG:Kancil Digital Sdn Bhd]], office in [[LOCATION:Bangsar South]], [[LOCATION:KL]]. Our CEO, Encik [[PERSON:Ahmad bin Yusof]], want to sell 'footfall insights' from our app location data to mall operators, including the people running [[LOCATION:Mid Valley Megamall]]. The data got MyKad numbers some more, like [[ID:880514-14-5523]], because of eKYC. I said boss, this one PDPA confirm kena. He said 'aiyo, everybody also do'. My senior, [[PERSON:Mei Ling]], I mean [[PERSON:Lim Mei Ling]], say just follow, later bonus gone. Then on [[DATE:2 Feb 2023]] I sent email to the DPO, [[EMAIL:dpo@kancil.example]], and copied my personal Gmail as backup. Two days later IT remove my access. I resign [[DATE:end March 2023]]. Now working in [[LOCATION:Penang]], much happier. Still got nightmares of that data dictionary, every column also got IC number one.
""",
)

S(
    r"""E-mail reply chain with '>' quoting: 'On <date> ... wrote:' header, signature with US street address and suite as one span, (717) number, school district, an obfuscated e-mail with 'dot' and 'at', US m/d/yyyy date, a first name with a surname initial.""",
    r"""
Subject: Re: Re: FW: attendance model - please read

On Mon, [[DATE:Oct 16, 2023]] at 8:12 AM, [[PERSON:Trent Whitaker]] <[[EMAIL:trent.whitaker@keystonelearning.example]]> wrote:
> Team, the district wants the dropout-risk flags by Friday. Include the free-lunch field, it's our best predictor.
> --
> [[PERSON:Trent Whitaker]] | Director of Analytics
> [[ORG:Keystone Learning Partners]], [[LOCATION:1450 Market St, Suite 300, Harrisburg, PA 17103]]
> [[PHONE:(717) 555-0136]]

Me, replying:
[[PERSON:Trent]], free-lunch eligibility is a poverty flag; counselors will read 'high risk' as 'poor kid'. Can we at least not show the score to teachers?

His reply: 'Above your pay grade.'

The district was [[ORG:Susquehanna Valley School District]]. I wrote to their superintendent at [[EMAIL:supt dot office at svsd dot example]] on [[DATE:10/18/2023]] and never heard back. My colleague [[PERSON:Ngozi O]]. told me to keep my head down. [[PERSON:Trent]] forwarded my email to HR with 'FYI'. The flags are now in the teachers' dashboard.
""",
)

S(
    r"""Low density: a reflective story with only three identifiers (a first name, a season-of-year date and a city); airlines, quarterly review and public sector as distractors.""",
    r"""
Looking back, what bothers me most is how ordinary it felt. I was a mid-level analyst at a price-comparison site. In the [[DATE:spring of 2021]] we ran an experiment showing slightly higher 'recommended' insurance quotes to users whose browsing suggested they were in a hurry: late at night, on mobile, with a failed payment earlier in the session. It worked, in the sense that conversion went up and complaints did not. My manager, [[PERSON:Oskar]], presented the uplift at the quarterly review and got a round of applause. I asked, once, whether we were comfortable charging people more because they were tired. Someone laughed and said that is what airlines do. Nobody said no, nobody said yes. The experiment became the default a few weeks later. I left for a public-sector role in [[LOCATION:Gdańsk]], and I have told this story to exactly two people. This is the third time, and the first time written down.
""",
)

S(
    r"""LinkedIn post quoted against the real story: product name as an organisation, Dr. outside, regulator FDA and a submission number, two URLs (bare host with path, https with www), first names only.""",
    r"""
What I posted on LinkedIn on [[DATE:29 September 2023]]:
'Excited to share that after four amazing years I'm moving on from [[ORG:Quantive Health]] 🙏 Huge thanks to Dr. [[PERSON:Mireille Fontaine-Okoro]] and the whole Clinical AI team in [[LOCATION:Boston]]!'

What actually happened: our sepsis alert model, sold as [[ORG:QSepsis]], missed roughly a third of cases in patients with darker skin, because one input was pulse oximetry. We knew since [[DATE:January 2023]]. [[PERSON:Mireille]] told the team the [[ORG:FDA]] submission ([[ID:K231447]]) 'doesn't need subgroup results'. I wrote it up ([[URL:docs.quantive.example/d/sepsis-subgroups]]) and sent it to her and to the CMO, [[PERSON:Harold Vance]]. [[PERSON:Harold]] replied 'thanks, very thorough'. A month later I was on a PIP. The product page at [[URL:https://www.quantivehealth.example/qsepsis]] still says 'validated across diverse populations'. Two of my old teammates, [[PERSON:Bea]] and [[PERSON:Yusuf]], are still there and I hope they are ok.
""",
)

S(
    r"""Colombian Spanish voice-note transcript with no punctuation: S.A.S. firm, neighbourhood, don outside, regulator, a date spelled out in words, filing number, cédula number, a month, a mobile number spoken digit by digit.""",
    r"""
[nota de voz transcrita]
bueno entonces les cuento yo trabajaba en una empresa de cobranzas en [[LOCATION:Medellín]] que se llama [[ORG:Recaudos Antioquia S.A.S.]] en [[LOCATION:El Poblado]] y el gerente don [[PERSON:Hernán Restrepo]] nos pidió que usáramos los datos de las redes sociales de los deudores para llamar a la familia eh a la mamá a los hermanos y yo le dije don [[PERSON:Hernán]] eso no se puede eso es ilegal y él me dijo mija aquí se hace lo que yo diga entonces yo puse una queja en la [[ORG:Superintendencia de Industria y Comercio]] el [[DATE:quince de febrero de dos mil veintitrés]] y me dieron el radicado [[ID:23-045118]] y mi cédula quedó ahí [[ID:1.036.654.218]] que eso me da miedo y una compañera [[PERSON:Yeimy]] me dijo que si me despedían ella testificaba y bueno me despidieron en [[DATE:abril]] igual y mi número es [[PHONE:tres cero cero cinco cinco cinco uno dos tres cuatro]] por si alguien quiere hablar
""",
)

S(
    r"""Dense handover notes in Markdown (19 identifiers): Norwegian names and cities, mobile number, e-mail, documentation IPs, MAC address, Norwegian IBAN-style account number, ticket, dotted date, regulator Datatilsynet, https URL, a single-initial signature.""",
    r"""
HANDOVER.md (what I left at [[ORG:Fjordline Freight]] for my replacement, plus what I didn't say)

## Access
- VPN: ask [[PERSON:Bartek Nowicki]] (IT, [[PHONE:+47 400 55 014]], [[EMAIL:bartek.n@fjordline-freight.example]])
- Prod DB host [[ID:203.0.113.17]], replica [[ID:203.0.113.18]]
- Tracker devices are keyed by MAC, e.g. [[ID:00:1B:44:11:3A:B7]]
- Finance export goes to account [[ID:NO93 8601 1117 947]] every month-end

## Things nobody wrote down
- The 'driver fatigue' dashboard is used by [[PERSON:Ingrid Solberg]] (ops director, [[LOCATION:Bergen]]) to decide who gets shifts. It uses heart rate from the wristbands. Drivers signed consent for 'safety', not for rostering.
- I raised it in ticket [[ID:OPS-3310]] on [[DATE:07.11.2023]]. [[PERSON:Ingrid]] closed it: 'out of scope'.
- [[ORG:Datatilsynet]] has not been told. [[PERSON:Kristoffer]] (legal, [[LOCATION:Oslo]] office) knows.
- If the dashboard still works: [[URL:https://bi.fjordline-freight.example/dash/fatigue?id=77]]

Good luck. Say hi to [[PERSON:Kristoffer]] and [[PERSON:Aud]] for me.
-- [[PERSON:L]].
""",
)

S(
    r"""Nothing identifying: rushed lower-case text; Looker, KPI, A/B test, VP, 'the growth team', weekdays and relative dates as distractors.""",
    r"""
ugh ok so quick one bc im on my lunch. last friday my VP asked me to rerun the A/B test 'until it shows the lift' like those were his actual words in the looker channel. the growth team already promised the new onboarding flow to the board so now it HAS to have worked. i reran it with three different date windows and only one is significant and of course thats the one going in the deck. p = 0.048 lol. i told my lead on monday that this is basically p-hacking and she said everyone does it and the KPI is only directional anyway. directional to where tho. anyway the slide goes out next week and my name is on the analysis tab in Looker. not sure if i should ask them to take my name off or just let it go this time
""",
)

S(
    r"""Nothing identifying: formal reflective; DPO, GDPR Article 6, legitimate interest, DPIA, Snowflake, 'the legal team', every Monday, two years ago.""",
    r"""
Two years ago I was asked to re-purpose a customer support dataset for a marketing model. The transcripts had been collected to resolve complaints, and nobody had told customers they might be used for anything else. Our DPO argued that legitimate interest under Article 6 of the GDPR would cover it, provided we completed a DPIA. The DPIA was completed, in the sense that a template was filled in by the product owner in an afternoon. I raised the mismatch between the stated purpose and the new one in the weekly governance call, held every Monday. The legal team took notes. The tables were copied into a new Snowflake schema the following week. I do not think anyone acted in bad faith. I think the process was designed so that nobody would ever have to say no.
""",
)

S(
    r"""Nothing identifying: chat log with role labels only (me:, manager:, the CPO); XGBoost, SHAP, sprint, Q&A; no names, no dates.""",
    r"""
copied from a DM thread, roles instead of names:

manager: can you drop the SHAP plot from the readout
me: it's the one that shows age is the top driver
manager: exactly. the CPO will ask questions
me: he asked for age as a feature in the first place
manager: yes but he doesn't want to see it at the top
me: so we hide it?
manager: we "simplify". show the top five excluding demographics
me: that's not simplifying that's lying by omission
manager: it's a 20 minute slot with Q&A, nobody reads appendix plots anyway
me: ok i'll put it in the appendix then
manager: ...fine

the XGBoost model shipped next sprint. the appendix was cut from the final pdf. nobody asked questions. i still don't know if putting it in the appendix was pushing back or giving in.
""",
)

S(
    r"""Nothing identifying: Hinglish with no names; Power BI, KPI, 'mere manager', 'Monday ko', 'pichle saal', HR, appraisal as distractors.""",
    r"""
Yaar seedha bolta hoon. Pichle saal mere manager ne bola ki attrition ka Power BI dashboard thoda 'positive' dikhana hai kyunki appraisal season aa raha tha. Matlab jo log notice period pe hain unko count hi mat karo. Maine bola sir yeh toh galat hai, asli number 22% hai, aap 9% dikhana chahte ho. Unhone bola 'beta, KPI ka matlab hi yeh hai ki achha dikhe'. HR wale bhi meeting mein the, kisi ne kuch nahi bola. Monday ko dashboard live ho gaya. Teen mahine baad jab sab log ek saath chale gaye, tab sabne poocha ki yeh kaise hua, kisi ko pata kyun nahi chala. Main chup raha. Aaj bhi sochta hoon ki us din kuch bolna chahiye tha, thoda aur zor se, bas ek baar aur.
""",
)

S(
    r"""Nothing identifying: meeting minutes with role names only (Head of Data, DPO, Legal, two analysts), AUC and F1, DPIA, 'next Tuesday', 'end of quarter' as distractors.""",
    r"""
Minutes (as I took them, names replaced by roles)

Present: Head of Data (chair), Legal, DPO, two analysts (one of them me), Product Lead
1. Fraud model retrain
 - Analyst 1: AUC up from 0.78 to 0.83, F1 up slightly. False positives now concentrated in one postcode band.
 - Product Lead: "that's where the fraud is".
 - DPO: asked for a DPIA update before launch. Head of Data: "after launch, end of quarter".
 - Legal: no objection "as long as it's documented".
2. Actions
 - Analyst 2 (me) to write up the false-positive breakdown by next Tuesday.
 - Head of Data to decide whether it goes to the steering group.

What happened: I wrote it up. It never went to the steering group. The model launched. The DPIA update is still marked as in progress on the tracker.
""",
)

S(
    r"""Nothing identifying: bug ticket with no ids or names; Airflow, Kafka, PII, HIPAA, 'the platform team', severity fields.""",
    r"""
[Bug] Deleted patient records reappear after nightly backfill
Severity: High   Status: Won't fix   Component: ingestion
Reported by: me   Assigned to: the platform team

Description:
When a patient asks for deletion, we remove rows from the serving tables, but the nightly Airflow backfill replays the raw Kafka topic from the start of retention and re-creates them. So "deleted" PII comes back within 24 hours and stays in the analytics copy indefinitely.

Expected: deletion propagates to raw topics and backups.
Actual: deletion is cosmetic.

Comments:
platform team: retention is set by the infra budget, changing it is out of scope
me: this is a HIPAA issue, and we tell patients their data is gone
platform team: please raise with the compliance owner
compliance owner: noted, will review next quarter

Status changed to Won't fix two days later.
""",
)

S(
    r"""Nothing identifying: Spanglish with no names; Excel, KYC, 'el equipo de riesgo', 'el lunes', 'la semana pasada', jefe, compliance as distractors.""",
    r"""
Bueno, les cuento rapidito. La semana pasada mi jefe me pidió que en el Excel de KYC marcara como 'alto riesgo' a todos los clientes que mandan remesas a ciertos países. Así, en bloque. Le dije que eso no es riesgo, es prejuicio, y que el equipo de riesgo tiene un modelo para eso. Me dijo 'no hay tiempo, el lunes viene la auditoría, just do it'. Lo hice, honestly, porque tengo renta que pagar. Después le mandé un mensaje a alguien de compliance y me contestó con un emoji de pulgar arriba, nada más. Ahora hay como dos mil clientes con la cuenta congelada y el call center no sabe qué decirles. Yo sí sé, pero no me toca hablar. Me siento fatal, la verdad.
""",
)

S(
    r"""Nothing identifying: forum-style post with TL;DR, skip-level, four-fifths rule, FCRA and ECOA, 'last quarter', 'a few months ago'.""",
    r"""
Throwaway, for obvious reasons.

TL;DR: found adverse impact in our lending model, skip-level told me to stop looking.

A few months ago I was asked to do a routine fairness check on our credit line increase model before an internal audit. The approval ratio for one protected group came out at 0.71, below the four-fifths rule threshold. I wrote it up, cited ECOA and the FCRA adverse action requirements, and sent it to my manager. My manager forwarded it to my skip-level. The skip-level scheduled a call and said, and I am quoting from my notes, "we don't need to go looking for problems the regulators aren't looking for". The audit last quarter passed. My write-up is not in the audit folder. I'm still there, polishing my CV, and wondering whether I am now part of the problem.
""",
)


# --------------------------------------------------------------------------
# Building and checking
# --------------------------------------------------------------------------

MARK = re.compile(r"\[\[([A-Z]+):(.*?)\]\]", re.S)

# Legal suffixes that may end a span with a full stop.
DOT_SUFFIXES = (
    "Inc.",
    "Ltd.",
    "Co.",
    "Corp.",
    "B.V.",
    "N.V.",
    "S.A.",
    "K.K.",
    "A.Ş.",
    "S.p.A.",
    "e.V.",
    "o.o.",
    "S.A.S.",
    "Bhd.",
    "LLC.",
    "S.L.",
    "Pvt.",
    "Tbk.",
    "Sdn.",
)
BAD_EDGE = set(" \t\n.,;:!?\"'`-*_/\\|()[]{}<>")

# Tools and platforms that are never part of a name, organisation or place.
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
    "Power BI",
    "Databricks",
    "dbt",
    "Kafka",
    "XGBoost",
    "Postgres",
    "Discord",
    "Signal",
    "Notion",
    "Zoom",
    "Gmail",
)

# Name tokens that are also ordinary words: checked case-sensitively.
WORD_NAMES = {
    "will",
    "hope",
    "bill",
    "grace",
    "rose",
    "mark",
    "summer",
    "faith",
    "an",
    "le",
    "li",
    "may",
    "dawn",
    "joy",
    "sunny",
    "lucky",
    "rich",
    "chance",
    "hung",
    "long",
    "ha",
    "min",
    "kim",
    "jun",
    "sky",
    "honey",
    "precious",
    "blessing",
    "sol",
    "luz",
    "paz",
    "amor",
    "bao",
    "rain",
    "ali",
    "don",
    "art",
    "guy",
    "pat",
    "ken",
    "bo",
    "nur",
    "cyrus",
    "jay",
    "dee",
    "kai",
    "ray",
    "iris",
}
# Particles inside names, not checked on their own.
PARTICLES = {
    "de",
    "da",
    "del",
    "della",
    "van",
    "der",
    "den",
    "von",
    "al",
    "el",
    "bin",
    "binti",
    "bint",
    "ibn",
    "la",
    "le",
    "di",
    "du",
    "dos",
    "das",
    "y",
    "e",
    "ter",
    "ten",
    "mac",
    "st",
    "abu",
    "ap",
}
# Generic words inside organisation or place names, not checked on their own.
GENERIC = {
    "university",
    "bank",
    "hospital",
    "group",
    "ltd",
    "inc",
    "of",
    "the",
    "and",
    "street",
    "road",
    "city",
    "college",
    "institute",
    "trust",
    "foundation",
    "council",
    "ministry",
    "department",
    "national",
    "general",
    "health",
    "data",
    "analytics",
    "labs",
    "lab",
    "project",
    "services",
    "insurance",
    "capital",
    "solutions",
    "technologies",
    "tech",
    "digital",
    "systems",
    "partners",
    "llp",
    "gmbh",
    "a.ş",
    "sp",
    "z",
    "o.o",
    "pty",
    "b.v",
    "k.k",
    "s.p.a",
    "llc",
    "plc",
    "nhs",
    "for",
    "de",
    "la",
    "del",
    "du",
    "des",
    "van",
    "der",
    "centre",
    "center",
    "medical",
    "clinic",
    "school",
    "agency",
    "office",
    "board",
    "authority",
    "commission",
    "global",
    "international",
    "finance",
    "financial",
    "mutual",
    "credit",
    "union",
    "logistics",
    "retail",
    "media",
    "news",
    "times",
    "post",
    "daily",
    "research",
    "sciences",
    "science",
    "care",
    "pharma",
    "energy",
    "holdings",
    "company",
    "co",
    "corp",
    "sa",
    "ag",
    "av",
    "ave",
    "avenue",
    "lane",
    "jalan",
    "jl",
    "calle",
    "rua",
    "ul",
    "sokak",
    "cad",
    "north",
    "south",
    "east",
    "west",
    "new",
    "upper",
    "lower",
    "old",
    "st",
    "saint",
    "park",
    "square",
    "tower",
    "district",
    "sector",
    "phase",
    "block",
    "floor",
    "building",
    "&",
    "y",
    "e",
    "pvt",
    "tbk",
    "pt",
    "sdn",
    "bhd",
    "a",
    "an",
    "in",
    "on",
    "at",
    "to",
    "s.a",
    "s.l",
    "state",
    "county",
    "federal",
    "royal",
    "kingdom",
    "united",
    "republic",
    "regional",
    "community",
    "public",
    "private",
    "limited",
    "works",
    "studio",
    "studios",
    "consulting",
    "network",
    "networks",
    "markets",
    "market",
    "cloud",
    "ai",
    "ml",
    "mobile",
    "pay",
    "money",
    "home",
    "homes",
    "food",
    "foods",
    "one",
    "first",
    "direct",
    "online",
    "app",
    "store",
    "hub",
    "quận",
    "phường",
    "kota",
    "kecamatan",
    "blvd",
    "drive",
    "dr",
    "way",
    "close",
    "place",
    "court",
    "crescent",
    "gardens",
    "terrace",
    "hill",
    "mall",
    "plaza",
    "station",
    "airport",
    "river",
    "lake",
    "port",
    "bay",
    "valley",
    "heights",
    "village",
    "town",
    "central",
    "ward",
    "gu",
    "dong",
    "ku",
    "shi",
    "chome",
    "-ku",
    "ro",
    "gil",
    "strasse",
    "straße",
    "weg",
    "platz",
    "allee",
    "gracht",
    "straat",
    "laan",
    "plein",
    "via",
    "viale",
    "piazza",
    "corso",
    "rue",
    "boulevard",
    "chemin",
    "av.",
    "avda",
    "carrera",
    "colonia",
    "col",
    "barrio",
    "no",
    "nº",
    "n",
    "apt",
    "unit",
    "suite",
    "po",
    "box",
    "main",
    "công",
    "ty",
    "tnhh",
    "cty",
    "estate",
    "garden",
    "mews",
    "row",
}
# Acronyms that identify a place or organisation wherever they appear.
ALWAYS = ("UK", "US", "USA", "NHS", "UAE", "KSA", "NYC", "LA", "SF", "EU")


def interleave(stories):
    """Spread the stories with nothing identifying through the file."""
    empty = [s for s in stories if "[[" not in s[1]]
    full = [s for s in stories if "[[" in s[1]]
    out = list(full)
    for n, s in enumerate(empty):
        out.insert(min(4 + 7 * n, len(out)), s)
    return out


def build():
    out, errors = [], []
    for i, (notes, marked) in enumerate(interleave(STORIES), 1):
        sid = "h9-%02d" % i
        text, spans, pos, last = [], [], 0, 0
        for m in MARK.finditer(marked):
            text.append(marked[last : m.start()])
            pos += m.start() - last
            kind, value = m.group(1), m.group(2)
            if kind not in KINDS:
                errors.append("%s: unknown kind %s" % (sid, kind))
            spans.append(
                {
                    "entity_type": kind,
                    "entity_value": value,
                    "start_position": pos,
                    "end_position": pos + len(value),
                }
            )
            text.append(value)
            pos += len(value)
            last = m.end()
        text.append(marked[last:])
        full = "".join(text)
        out.append({"full_text": full, "spans": spans, "id": sid, "notes": notes})
    return out, errors


def covered(spans, a, b):
    return any(s["start_position"] <= a and b <= s["end_position"] for s in spans)


def word_re(tok, ci):
    return re.compile(r"(?<![\w@.])" + re.escape(tok) + r"(?!\w)", re.I if ci else 0)


def name_tokens(value):
    for raw in re.split(r"[\s]+", value):
        tok = raw.strip(".,'’-()")
        if len(re.sub(r"[^\w]", "", tok)) < 2 or "." in tok:
            continue
        if tok.lower() in PARTICLES:
            continue
        yield tok


def check(data):
    errors, warnings = [], []
    tools_re = [(t, re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")) for t in TOOLS]
    for st in data:
        sid, full, spans = st["id"], st["full_text"], st["spans"]
        if "[[" in full or "]]" in full:
            errors.append("%s: markup left over" % sid)
        prev_end = -1
        for s in sorted(spans, key=lambda s: s["start_position"]):
            a, b, v, k = s["start_position"], s["end_position"], s["entity_value"], s["entity_type"]
            if full[a:b] != v:
                errors.append("%s: offset mismatch %r" % (sid, v))
            if a < prev_end:
                errors.append("%s: overlapping span %r" % (sid, v))
            prev_end = b
            if not v:
                errors.append("%s: empty span" % sid)
                continue
            first, lastc = v[0], v[-1]
            if first in BAD_EDGE and not (
                (k == "PHONE" and first in "+(")
                or (k == "HANDLE" and first in "@#")
                or (first == "(" and ")" in v)
            ):
                errors.append("%s: span starts with %r: %r" % (sid, first, v))
            if lastc in BAD_EDGE and not (
                (lastc == "." and v.endswith(DOT_SUFFIXES))
                or (lastc == ")" and "(" in v)
                or (k == "URL" and lastc == "/")
            ):
                errors.append("%s: span ends with %r: %r" % (sid, lastc, v))
            if k in ("PERSON", "ORG", "LOCATION"):
                for t, rx in tools_re:
                    if rx.search(v):
                        errors.append("%s: tool %s inside %s span %r" % (sid, t, k, v))
        n = len(full.split())
        if not MIN_WORDS <= n <= MAX_WORDS:
            errors.append("%s: %d words (want %d-%d)" % (sid, n, MIN_WORDS, MAX_WORDS))
        if spans and (len(spans) < 3 or len({s["entity_type"] for s in spans}) < 2):
            warnings.append(
                "%s: only %d identifiers / %d kinds"
                % (sid, len(spans), len({s["entity_type"] for s in spans}))
            )
        # Missed mentions within the story.
        for s in spans:
            k, v = s["entity_type"], s["entity_value"]
            pats = []
            if k == "PERSON":
                for tok in name_tokens(v):
                    ci = tok.lower() not in WORD_NAMES
                    pats.append((tok, word_re(tok, ci)))
            elif k in ("ORG", "LOCATION"):
                pats.append((v, word_re(v, v.islower())))
                for tok in name_tokens(v):
                    if tok.lower() in GENERIC or tok == v:
                        continue
                    pats.append((tok, word_re(tok, False)))
            for tok, rx in pats:
                for m in rx.finditer(full):
                    if not covered(spans, m.start(), m.end()):
                        errors.append(
                            "%s: %s %r (from %r) unlabelled at %d: ...%s..."
                            % (
                                sid,
                                k,
                                tok,
                                v,
                                m.start(),
                                full[max(0, m.start() - 30) : m.end() + 30].replace("\n", " "),
                            )
                        )
    # Missed mentions across stories.
    globals_ = set(ALWAYS)
    for st in data:
        for s in st["spans"]:
            k, v = s["entity_type"], s["entity_value"]
            if k in ("ORG", "LOCATION"):
                globals_.add(v)
            if k == "PERSON":
                for tok in name_tokens(v):
                    if tok[:1].isupper() and len(tok) >= 3:
                        globals_.add(tok)
    for st in data:
        for g in sorted(globals_):
            for m in word_re(g, False).finditer(st["full_text"]):
                if not covered(st["spans"], m.start(), m.end()):
                    errors.append(
                        "%s: %r (labelled elsewhere) unlabelled at %d: ...%s..."
                        % (
                            st["id"],
                            g,
                            m.start(),
                            st["full_text"][max(0, m.start() - 30) : m.end() + 30].replace(
                                "\n", " "
                            ),
                        )
                    )
    return errors, warnings


def main():
    data, errors = build()
    e2, warnings = check(data)
    errors += e2
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "redaction_holdout9.json")
    if not errors:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(path, encoding="utf-8") as f:
            again = json.load(f)
        for st in again:
            for s in st["spans"]:
                if st["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                    errors.append("%s: offset mismatch after serialising" % st["id"])
    counts = collections.Counter(s["entity_type"] for st in data for s in st["spans"])
    empty = sum(1 for st in data if not st["spans"])
    words = [len(st["full_text"].split()) for st in data]
    print("stories: %d (%d with nothing identifying)" % (len(data), empty))
    print("identifiers: %d" % sum(counts.values()))
    for k in KINDS:
        print("  %-8s %d" % (k, counts[k]))
    print(
        "words per story: min %d, max %d, mean %.0f"
        % (min(words), max(words), sum(words) / len(words))
    )
    for st, n in zip(data, words, strict=False):
        print("  %s %3d words %3d identifiers" % (st["id"], n, len(st["spans"])))
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    if errors:
        print(
            "%d errors; JSON not written" % len(errors)
            if not os.path.exists(path)
            else "%d errors" % len(errors)
        )
        sys.exit(1)
    print("OK: wrote", path)


if __name__ == "__main__":
    main()
