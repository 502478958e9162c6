#!/usr/bin/env python3
"""Messy development set 6 for storyshare's redaction engine: writes redaction_messy_dev6.json.

Who wrote it and how
--------------------
Written by a helper session (worktree ``messydev6``) for storyshare's founding engineer, in one
sitting, *independently of the engine*: its author read only the product brief
(``/work/shared/PRODUCT.md``), ``tests/data/README.md`` and ``tests/data/corpus_tools.py``. The
redaction engine (``moderation/``), its tests, the benchmarks (``bench/``) and every other corpus
and corpus script were never opened, grepped or run, and the engine was never run on this set.
It is a DEVELOPMENT set: the engine's authors may tune against it. It says nothing about
generalisation.

Every story is synthetic and fictional: people, small companies, products, addresses, phone
numbers (reserved/drama ranges where they exist: US 555-01xx, UK 07700 900xxx and 020 7946 0xxx,
AU 0491 570 xxx), e-mails (``.example`` domains), handles, URLs and IDs (IPs in documentation
ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32). Well-known real
organisations and places appear only where a writer would plausibly name them (cities,
neighbourhoods, regulators such as the ICO, ANPD, NPC, ODPC, KVKK, CNIL, UODO, AEPD, CNPD, OAIC,
RBI, OCC, SIC, URE, INAI, NDPC, Senegal's CDP; the NHS; large companies such as Safaricom, Gojek
and Apple; NGOs and agencies such as Oxfam and UNHCR).

Stories are written with inline markup ``[[KIND:text]]``; ``parse`` (corpus_tools) strips it and
computes the offsets, so offsets cannot drift. Run ``python3 tests/data/make_messy_dev6.py``: it
prints counts and exits 1, writing nothing, if any check fails.

Labelling decisions (the README's guidelines and earlier sets' decisions, plus these)
-----------------------------------------------------------------------------------
* An initial keeps its own full stop ("T.R.", "J."); bare initials ("MK", "ss") are PERSON when
  they name someone, including minutes' attendee lists and signature initials.
* Chat speaker names (WhatsApp, Slack, Teams, Viber, LINE, Zalo, Messenger, Telegram, SMS) are
  PERSON; with a sigil they are HANDLE. A Teams "Lastname, Firstname" header is one PERSON span.
* Dates in chat timestamps, e-mail headers and forwarded-message headers are DATE; clock times
  never are, and a weekday beside a date stays outside the span ("Mon, 3 Mar 2025" -> "3 Mar 2025").
* "Name <address>" in an e-mail header is a PERSON span plus a separate EMAIL span.
* "#4821" as a ticket labels "4821"; "#channel" is a HANDLE with its sigil; a public subreddit
  ("r/datascience") is not labelled, a user ("u/name") is a HANDLE.
* Discord tags, Telegram/Instagram/TikTok/X/Mastodon/GitHub user names are one HANDLE each.
* An abbreviation after an organisation's full name is a separate ORG span; a lower-case brand
  ("kopiku", "dataloom") is ORG when it names the company.
* Payment apps and platforms used as tools (GCash, M-Pesa, Pix, UPI) and identity-document names
  (CNIC, NIK, PESEL, TC kimlik, CURP, DNI) are not labelled; only their numbers are ID.
* Git commit hashes, device serials, IMEIs, MAC addresses, IBANs and licence plates are ID.
* Holidays are DATE only with a year ("Eid 2024", "Lebaran 2023"); a month is DATE only when it
  points at one specific time in the story ("in march they..."), not "every march".
* A street address, with its district, city and postcode, is one LOCATION span; a postcode or
  PLZ on its own is LOCATION; "the Lagos office" labels "Lagos".
* Honorifics and kinship titles stay outside the span (Pak, Bu, Mbak, Ate, Kuya, Tita, Oga,
  Madam, Bwana, Mzee, Abla, Hoca, Bey, Hanım, Pani, Pan, Herr, Frau, Sr., Sra., Dona, Seu,
  chị, anh, bhai, baji, ji, sir, sahab, Ustaz, Mama, Koh, Dr., M., Mme, don); "Alhaji" and "Hajia" used as part of a name stay inside.
* Names that are ordinary words (Will, Hope, Rose, Grace, Sunny, Bill, Precious, Blessing, Joy,
  Dawn, Faith, Summer, Lucky) are labelled only where they name a person; each story lists the
  unlabelled uses it makes on purpose in ``ok``, and the missed-mention checks accept an
  unlabelled occurrence only inside one of them.
* A voice-to-text mis-hearing of a name is labelled as written ("jo hanna" is one PERSON span),
  and a dictated self-correction labels both names ("herr hubertus nein huber").
* A nickname and the real name behind it are both PERSON ("Bunty" ... "Rajat", "Shazza (Sharon)",
  "Sir Dodong" ... "Rodolfo Ybañez"); "Sir"/"Koh"/"Dr."/"M."/"Mme"/"don"/"ustaz"/"Mzee" stay outside.
* A handle mentioned without its tag ("i'm kestrel btw" after "kestrel#4471") is a HANDLE.
* A regulator acronym followed by its full name in parentheses is two ORG spans; a regulator
  inside a code-switched verb ("ma-NPC") is labelled ORG; a company named only as a platform to
  complain to ("apple?") is ORG; a country named as a topic ("posted about palestine") is LOCATION.
* An ISO 8601 timestamp is one DATE span; a ticket number with an embedded date
  ("CC-GRV-20250412-118") is one ID; a Slack message id and a user_id are ID; an S3 bucket address
  is a URL; a Canadian FSA ("M3N") and UK postcode districts ("M9") are LOCATION.
* Version strings, feature-flag names and clock times are never labelled; public subreddits
  are not labelled.
* Nothing-identifying stories (ids listed in NOTHING) contain only job titles, generic places,
  tools, acronyms, laws, weekdays, durations and relative dates.
"""

import itertools
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import KINDS, parse

MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]", re.S)
OUT = Path(__file__).resolve().parent / "redaction_messy_dev6.json"

STORIES = []


def S(marked, notes, ok=()):
    STORIES.append({"marked": marked, "notes": notes, "ok": list(ok)})


# ---------------------------------------------------------------- stories 01-15
S(
    """
ok so this is long sorry typing on phone. i work at [[ORG:kopiku]] (coffee delivery app, [[LOCATION:Jakarta]]) as the only data person. my boss Pak [[PERSON:Hendra]] wants the "repeat order rate" in the investor deck to be 68% but real number is like 41 if u count properly. he said "bikin aja yang bagus, investor ga bakal cek" basically make it look nice nobody check. i told Mbak [[PERSON:Sari]] from finance and she just laugh and said welcome to startup lah.
on [[DATE:14 Feb 2025]] i sent email to him ([[EMAIL:hendra.w@kopiku.example]]) with the real query attached, he never reply. then in standup he said im "not a team player". ticket for the dashboard is [[ID:KPK-2291]] if anyone from [[ORG:kopiku]] reads this lol (pls dont)
now i dont know. gaji bagus tapi hati ga tenang. [[PERSON:sari]] says just follow, next job i can be idealist
""",
    "lower-case phone post; Indonesian code-switching; honorifics Pak/Mbak outside the span; lower-case brand ORG repeated; lower-case repeat of a first name; 'DD Mon YYYY' date; e-mail containing a name; JIRA-style ticket",
)

S(
    """
pasting the group chat bc nobody believes me

[[[DATE:12/03/2025]], 21:14] [[PERSON:Chidi Okafor]]: abeg who approve make we share the customer BVN list with the loan partner
[[[DATE:12/03/2025]], 21:15] [[PERSON:Tolu]]: na oga [[PERSON:Emeka]] talk say e dey fine, partner go sign NDA later
[[[DATE:12/03/2025]], 21:17] [[PERSON:Chidi Okafor]]: NDA later?? data don already comot
[[[DATE:12/03/2025]], 21:20] [[PERSON:Blessing A.]]: una no go put me inside this matter o
[[[DATE:13/03/2025]], 08:02] [[PERSON:Tolu]]: [[PERSON:Emeka]] say make we delete this chat

so yeah. the partner is [[ORG:QuickNaira Finance Ltd]], office for [[LOCATION:Yaba]]. we are [[ORG:Paddi Credit]], small lender in [[LOCATION:Lagos]]. i called their compliance line [[PHONE:0803 555 0192]] and the guy said "who gave you this number". one of the BVNs in the file was [[ID:22255501473]] and i checked, na real customer. i dont know if i should go to [[ORG:NDPC]] or just resign.
""",
    "pasted WhatsApp log: dd/mm/yyyy timestamps are DATE, clock times not; chat speaker names (full, first-name only, 'Blessing A.' keeps the initial's full stop); Nigerian Pidgin; 'oga' outside the span; ORG with Ltd; neighbourhood and city; Nigerian national mobile; BVN value is ID, the document name is not; regulator acronym",
)

S(
    """
Weitergeleitete Nachricht / forwarding this because I think it shows everything

Von: [[PERSON:Katrin Vogel]] <[[EMAIL:k.vogel@lindqvist-daten.example]]>
Gesendet: Dienstag, [[DATE:4. März 2025]] 09:12
An: Datenteam
Betreff: AW: Kündigungsprognose

> Bitte nehmt das Alter wieder ins Modell. Herr [[PERSON:Brandt]] will das so.
> Wir sind nicht die Ethikkommission.

I replied that age as a feature for the churn model is exactly what our DPIA says we won't do. [[PERSON:Brandt]] is the Geschäftsführer, he never writes himself, everything goes through [[PERSON:Katrin]]. Next day my access to the feature store was "under review".

Her signature, for the record:
--
[[PERSON:Katrin Vogel]] | Teamleitung Analytics
[[ORG:Lindqvist Datenservice GmbH]]
[[LOCATION:Friedrichstraße 112, 10117 Berlin]]
Tel. [[PHONE:+49 30 23125 017]]

I still work at [[ORG:Lindqvist]]. Not for long I think.
""",
    "forwarded German e-mail header (Von/Gesendet/Betreff), 'Name <address>' split into PERSON and EMAIL, German dotted date with weekday outside, quoted reply lines, signature block with GmbH, German street address with PLZ as one LOCATION, German phone in drama range, company later by short name",
)

S(
    """
not sure this even counts but i need to tell someone. our team lead asked me to "clean" the survey results before the quarterly review. clean meant drop every response that said the new scheduling tool made their week worse. about a third of them. i said thats not cleaning thats deleting the answer we dont like. she said the director only wants to see the trend and nobody reads the raw file anyway.
i did it. i kept a copy of the original on my laptop tho, which is probably against policy too lol. the slide went out on a friday with a nice green arrow. nobody asked one question.
two weeks later they rolled the tool out to the other sites. i keep thinking about the people in those free text boxes, some of them wrote whole paragraphs. i am looking for another job now but honestly every place probably does this
""",
    "nothing identifying: lower-case rushed post with job titles, weekday, durations and relative dates only",
)

S(
    """
Throwaway for obvious reasons. Posting in r/datascience because I genuinely don't know what to do.

I'm a DS at a mid-size insurer in [[LOCATION:Columbus]], [[LOCATION:Ohio]] ([[ORG:Buckeye Mutual]], not hard to guess if you're local). Our pricing model uses ZIP as a feature. Fine. Except my manager [[PERSON:Doug Haskins]] asked me to add "distance to nearest payday lender" and, when I ran the fairness checks, [[LOCATION:43205]] and [[LOCATION:43211]] lit up like a Christmas tree. He said "it's actuarially sound, ship it."

I flagged it to our compliance inbox on [[DATE:Jan 9]] and got a reply from [[PERSON:Haskins]] himself, cc'ing HR.

EDIT: to everyone DMing me, no, I'm not going to name the vendor.
EDIT 2: [[HANDLE:u/midwest_actuary_99]] yes the model is filed with the state, that's what scares me.
EDIT 3: [[PERSON:Doug]] if you're reading this, hi.
""",
    "reddit post with edits; public subreddit unlabelled; city and state; ORG; full name then surname then first name; US ZIP codes inside prose (labelled); month-day date; u/ handle",
)

S(
    """
grabe talaga. so im a data analyst sa isang BPO sa [[LOCATION:BGC]], client namin is a [[LOCATION:US]] telco. ang bagong "productivity score" tracks kung ilang seconds ka idle sa screen, pati bathroom breaks. si Ate [[PERSON:Joy]] (team lead) sabi sakin "wag mo na i-explain sa agents, baka mag-reklamo lang". tapos Kuya [[PERSON:Ben]] from IT installed the tracker even on the personal phones na naka-enroll sa MDM.
i messaged our DPO sa [[EMAIL:dpo@luzonreach.example]] kasi parang labag sa Data Privacy Act. no reply for 3 weeks. company name is [[ORG:LuzonReach Solutions Inc.]], main site [[LOCATION:Makati]].
on [[DATE:Marso 18, 2025]] one agent got terminated because of the score. her PhilSys number was even in the termination memo, [[ID:5555-1234-7781-0042]], like why is that there. i screenshot everything. nag-file ako sa [[ORG:NPC]] pero takot ako baka ma-trace. my number is on the form [[PHONE:0917 555 0123]] so... pray for me
""",
    "Taglish; Ate/Kuya honorifics outside spans; district, country and city; e-mail; ORG with Inc.; Tagalog month date; PhilSys number as ID, document name not; regulator acronym; Philippine national mobile; law name unlabelled",
)

S(
    """
[10:02] [[PERSON:priya.s]]: guys the bias report for the loan model, kya karna hai?
[10:03] [[PERSON:Rohit Menon]]: just remove the gender column from the report, model mein toh hai hi
[10:03] [[PERSON:priya.s]]: matlab model uses it but report won't show it??
[10:05] [[PERSON:Rohit Menon]]: [[PERSON:Vikram]] sir ne bola hai. client demo is on [[DATE:21st March]]
[10:06] [[PERSON:Aarti]]: yaar chup chaap kar do, appraisal season hai

this is our slack. i am [[PERSON:priya]] btw. we are at [[ORG:Finserv Labs Pvt Ltd]] in [[LOCATION:Koramangala]], client is a NBFC, [[ORG:Sahyadri Capital]]. i raised it in [[HANDLE:#model-risk]] and [[PERSON:Vikram]] deleted my message within 5 min. i have the export, message id [[ID:C04Q8LM2XT]]. [[PERSON:rohit]] says going to [[ORG:RBI]] is overkill, maybe he is right
""",
    "pasted Slack log with clock times only; speaker names as written ('priya.s', full name, first name) are PERSON; Hinglish; 'sir' after the name outside the span; Pvt Ltd; neighbourhood; client ORG; ordinal date without year; #channel handle; Slack message id as ID; lower-case later first name; regulator RBI",
)

S(
    """
Minutes, model review, [[DATE:06/05/2025]]
Present: [[PERSON:MK]] (chair), [[PERSON:T.R.]], [[PERSON:JS]], [[PERSON:A. Osei]], me
Apologies: [[PERSON:DF]]

1. Attrition model v3. [[PERSON:T.R.]] reported AUC 0.81 on holdout. [[PERSON:MK]] asked whether sick-leave days are still a feature. [[PERSON:T.R.]]: yes, top 3 by SHAP.
2. [[PERSON:A. Osei]] raised that sick leave includes maternity-related absence. [[PERSON:MK]]: "out of scope for today".
3. AOB. [[PERSON:JS]] to circulate to [[ORG:Harrowgate Retail]] HR by Friday.
Actions: [[PERSON:JS]] send deck; [[PERSON:T.R.]] no change to features.

That is the official version. What actually happened in item 2 is that [[PERSON:Osei]] said this was discrimination in everything but name and [[PERSON:MK]] told the note taker (me) not to minute it. I'm posting the real minutes here instead. Ticket for the model release is [[ID:MLR-0417]].
""",
    "meeting minutes with initials as PERSON ('MK', 'JS', 'DF', 'T.R.' keeps its full stop, 'A. Osei'); numeric dd/mm/yyyy date; client ORG; surname repeat; weekday unlabelled; AUC/SHAP distractors; ticket ID",
)

S(
    """
okay so um recording this because i cant type right now im too angry so basically at work at [[ORG:safaricom]] no wait i shouldnt say that anyway at the fintech where i work in [[LOCATION:westlands]] they want to use m-pesa transaction history to score people for loans even the ones who never applied like just pre scoring everybody and my manager [[PERSON:otieno]] comma mister [[PERSON:otieno]] says ni sawa tu hakuna shida because terms and conditions full stop and i said bwana [[PERSON:otieno]] hiyo si consent and he laughed new paragraph the model also uses the national id so like [[ID:28 555 614]] that was a real one in the test file question mark i sent it to [[PERSON:wanjiru]] in legal and she said send it to the [[ORG:odpc]] but from my personal email [[EMAIL:mwangi.k at gmail dot com]] not the work one
""",
    "voice-to-text transcript without punctuation, spoken punctuation words, all lower-case; self-correction naming a real employer; lower-case neighbourhood; Swahili; 'mister'/'bwana' outside spans; Kenyan national ID with spaces; spelled-out e-mail as one EMAIL; M-Pesa as a tool and ODPC lower-case regulator",
)

S(
    """
Ticket [[ID:48213]] | Priority: High | Status: Closed (won't fix)
Requester: [[PERSON:Lena Markovic]] ([[EMAIL:lena.markovic@fjordpay.example]])
Created: [[DATE:2025-02-27]] 16:40 UTC
Assignee: platform-oncall

Description:
Customer support dashboard shows full card PANs and home addresses to all L1 agents, including contractors from [[ORG:Northstar Outsourcing]]. Access log shows contractor logins from [[ID:203.0.113.54]] and [[ID:203.0.113.77]] outside shift hours. Requesting masking + audit. Dashboard: [[URL:https://cs-dash.fjordpay.example/agents/view]]

Comment ([[PERSON:Gareth Pryce]], [[DATE:2025-03-04]]):
Not a priority this quarter. Contractors have signed NDAs. Closing.

Comment ([[PERSON:Lena Markovic]], [[DATE:2025-03-04]]):
Signing an NDA does not make it lawful. Escalating to DPO.

---
That's me, [[PERSON:Lena]]. The DPO ticket ([[ID:DPO-118]]) is still "triage" two months later. [[ORG:FjordPay]] is proud of its security certificates. I've started keeping my own notes.
""",
    "pasted support ticket: ticket number, requester 'Name (email)', ISO dates with clock time outside, IPv4 addresses (documentation range) as ID, vendor ORG, comment headers with names and dates, second ticket ID, company name matches e-mail domain",
)

S(
    """
Llevo dos años en [[ORG:Rutadata]], una startup de logística en la [[LOCATION:CDMX]], y esto ya no lo aguanto. El jefe de producto, [[PERSON:Rodrigo Saldaña]], quiere vender a un cliente los datos de ubicación de nuestros repartidores "anonimizados". Anonimizado = quitaron el nombre pero dejaron la CURP, neta. Vi una en el CSV: [[ID:MOSA850314HDFRLN09]].
Le escribí a [[PERSON:Rodrigo]] el [[DATE:7 de abril]] y me contestó "no seas dramática, todos lo hacen". El cliente se llama [[ORG:Almacenes Peregrino]] y su oficina está en [[LOCATION:Av. Álvaro Obregón 145, Roma Norte, 06700 Ciudad de México]].
mi compañero [[PERSON:Chuy]] dice que mejor no hacer olas porque el [[ORG:INAI]] ya no existe y nadie va a revisar. but i feel like i should at least write it down somewhere. si alguien sabe a dónde se reporta esto ahora, díganme porfa.
""",
    "Mexican Spanish with English switch; lower-case-brand-like startup ORG; CDMX abbreviation; full name then first name; CURP value (document name unlabelled); Spanish day-month date; Mexican street address with colonia and CP as one LOCATION; nickname 'Chuy'; former regulator INAI",
    ok=(),
)

S(
    """
Quick one because I'm still shaking. In the all-hands today our CEO showed a chart saying the new hiring model "reduced bias by 30%". I built that model. The 30% comes from a test set where we removed every applicant with a gap in their CV, which mostly removed women returning from parental leave. So the bias went down because the people it was biased against were gone.
I said this in the Q&A, politely. The CEO said thanks, great question, let's take it offline. My manager messaged me after: "not the forum". HR wants a "quick chat" on Monday.
I've been a data scientist for eight years and this is the first time I've thought about just leaving the field. Anyone been in this position? Did speaking up ever actually work for you, or does it just put a target on you?
""",
    "nothing identifying: formal-ish post with job titles, a weekday, durations and metric values only",
)

S(
    """
arkadaşlar selam, türkçe-ingilizce karışık yazıyorum kusura bakmayın. i work in a logistics company in [[LOCATION:İzmir]], [[LOCATION:Bornova]] side. our müdür [[PERSON:Emre]] Bey wants the driver scoring model to use the TC kimlik to join with a "partner" dataset about debts. example row in the test file: [[ID:10000555032]]. this is 100% against [[ORG:KVKK]].
[[PERSON:Ayşe]] Hanım from hukuk (legal) said "yazılı talimat olmadan yapma", dont do without written order. so i asked [[PERSON:Emre]] Bey for it in writing on [[DATE:3 Nisan 2025]]. he called me instead, from [[PHONE:0532 555 01 23]], and said "abi sen mühendissin, hukukçu değil".
the partner is [[ORG:Ege Tahsilat A.Ş.]], collections firm. if [[ORG:KVKK]] asks i have the emails. [[PERSON:Ayşe]] abla says keep them off the company laptop.
""",
    "Turkish-English mix; İzmir and district with dotted capital İ; Bey/Hanım/abla after the name outside spans; TC kimlik value as ID, document name unlabelled; Turkish month date; Turkish mobile; ORG with A.Ş.; regulator KVKK as ORG labelled everywhere",
)

S(
    """
Piszę trochę po polsku, trochę po angielsku, sorry. I'm an analyst at [[ORG:Wisła Analytics Sp. z o.o.]] in [[LOCATION:Kraków]], we do scoring for a chain of consumer lenders. Pani [[PERSON:Agnieszka]] (my team lead) told me to include "postal code of parents' address" as a feature. For students. Parents' address, seriously.
Dostałam maila [[DATE:15 marca 2025]]: "nie dyskutuj, klient płaci". The client is [[ORG:SzybkaPożyczka]]. Test data has real PESEL numbers, I saw [[ID:02270812345]] in the first 10 rows.
I wrote to our IOD (DPO) Pan [[PERSON:Marek Zieliński]] at [[EMAIL:iod@wisla-analytics.example]], he said he will "look into it" and then went on urlop for three weeks. [[PERSON:Agnieszka]] now doesn't say dzień dobry to me. Czy to już czas na [[ORG:UODO]]? Office is at [[LOCATION:ul. Długa 14/3, 31-147 Kraków]] if anyone wants to picket lol
""",
    "Polish-English; ORG with Sp. z o.o.; city; Pani/Pan outside spans; Polish genitive month date; client brand with diacritics; PESEL value as ID; name with diacritics; DPO e-mail; regulator UODO; Polish street address with flat number and postcode as one LOCATION; Polish common words",
)

S(
    """
copy từ nhóm Zalo ra, mọi người đọc đi

[[PERSON:Tuấn Nguyễn]]: em ơi export hết số điện thoại khách hàng cho bên đối tác nhé
[[PERSON:Lan]]: anh ơi có consent chưa ạ
[[PERSON:Tuấn Nguyễn]]: consent cái gì, họ là khách của mình mà
[[PERSON:Lan]]: em sợ lắm

im [[PERSON:Lan]]. anh [[PERSON:Tuấn]] is my manager at [[ORG:Sen Vàng Data]], we are in [[LOCATION:Cầu Giấy]], [[LOCATION:Hà Nội]]. the "đối tác" (partner) is an insurance agency that will cold call all of them. customer list includes CCCD numbers like [[ID:001095012345]]. i sent my concern by email on [[DATE:ngày 3 tháng 4 năm 2025]] and the reply was a phone call from [[PHONE:090 555 0142]] telling me to "be flexible". chị [[PERSON:Hương]] in HR said if i dont want to do it i can resign.
""",
    "Vietnamese chat pasted from Zalo; speaker names; anh/chị/em kinship words outside spans; Vietnamese date in words; district and city with diacritics; CCCD value as ID; Vietnamese mobile; ORG with diacritics",
)
# ---------------------------------------------------------------- stories 16-30
S(
    """
gente, desabafo. trabalho numa fintech em [[LOCATION:São Paulo]], escritório na [[LOCATION:Rua dos Pinheiros 870, Pinheiros, São Paulo - SP, 05422-001]]. o nome é [[ORG:grana.ai]], tá no nome do app. meu gestor, o [[PERSON:Thiago]], quer usar o histórico de Pix dos clientes pra inferir religião ("quem doa pra igreja paga melhor"). isso é dado sensível pela LGPD, falei isso na daily.
dia [[DATE:12 de março de 2025]] ele mandou no grupo: "quem não concorda pode procurar outro lugar". a Dona [[PERSON:Célia]] do jurídico me chamou no canto e disse que concorda comigo mas tem filho pra criar.
o modelo usa CPF como chave, vi [[ID:123.456.789-09]] no notebook compartilhado. abri denúncia na [[ORG:ANPD]], protocolo [[ID:00261.004512/2025-31]]. [[PERSON:thiago]] ainda não sabe. ou sabe e tá quieto. sei lá
""",
    "Brazilian Portuguese; Brazilian street address with neighbourhood, state and CEP as one LOCATION; lower-case brand with TLD-like name as ORG; Pix as a tool; LGPD law unlabelled; 'Dona' outside; Portuguese date; CPF value; regulator ANPD; protocol number with slashes; lower-case repeat of a name",
)

S(
    """
ya jama3a i need advice. ana shaghal data analyst fi [[LOCATION:Riyadh]], company is [[ORG:Nakheel Mobility]] (ride hailing, not the big one). el manager, [[PERSON:Khaled al-Harbi]], 3ayez we build a "loyalty score" for drivers using their Iqama expiry date and nationality. wallahi this is just to push certain nationalities out. example Iqama in the training set: [[ID:2455501234]].
i told him "ya [[PERSON:Khaled]] this is discrimination" and he said "mesh shoghlak, just do it, inshallah kheir". meeting was on [[DATE:Ramadan 1446]], everyone tired, nobody argued.
my colleague [[PERSON:Youssef]] from [[LOCATION:Amman]] said in [[LOCATION:jordan]] he saw the same thing at his old job and it ended bad. i am expat too so if i complain my iqama is with them. send help or just dua
""",
    "Arabic in Latin letters with digits for letters (3, 7); city; ORG; full name with al- particle as one span; honorific-less first-name repeat; Iqama value as ID, document name unlabelled; Hijri month+year date; second city; country lower-case",
)

S(
    """
bhai log, kya karun samajh nahi aa raha. main [[LOCATION:Lahore]] mein ek telecom vendor ke liye data engineer hoon, [[ORG:Ravi Digital (Pvt) Ltd]], office [[LOCATION:Gulberg III]] mein. [[PERSON:Faisal]] sahab (head of analytics) chahte hain ke hum subscriber location pings ko ek political party ke "survey partner" ko bech dein. elections se pehle.
I said this is not ok, users never agreed. [[PERSON:Faisal]] sahab said "yeh [[LOCATION:Pakistan]] hai beta, yahan sab chalta hai". [[LOCATION:Pakistan]] ka PECA bhi hai, data protection bill bhi, lekin kaun poochta hai.
sample file mein CNIC numbers bhi hain, jaise [[ID:35202-5550123-7]]. [[PERSON:Sana]] baji se baat ki, unhone kaha apna naam mat aane do kahin. i sent the concern from [[EMAIL:sh.dataeng@proton.example]] to the compliance guy on [[DATE:2 May 2025]]. abhi tak jawab nahi aaya. phone bhi kiya [[PHONE:0300 5550123]], band tha.
""",
    "Urdu in Latin letters with English; city and block-level neighbourhood; ORG with (Pvt) Ltd; 'sahab'/'baji' after names outside spans; country inside a quote labelled both times; PECA law unlabelled; CNIC value as ID; e-mail; date; Pakistani mobile",
)

S(
    """
Bon. Je suis data scientist chez [[ORG:Lumière Assurances]] à [[LOCATION:Lyon]] depuis 2 ans. Le [[DATE:5 mai 2025]], ma manager Mme [[PERSON:Dubois]] m'a demandé d'ajouter au modèle de fraude une variable "nom à consonance étrangère". Elle a dit, je cite : "c'est juste une feature parmi d'autres".
J'ai refusé par écrit. Réponse de [[PERSON:Claire Dubois]] : "on en reparle avec [[PERSON:Jean-Baptiste]]". [[PERSON:Jean-Baptiste Moreau]] est le directeur data, il a dit que si je ne suis pas "aligné", il y a d'autres projets pour moi. Traduction : le placard.
Le projet s'appelle [[ORG:Projet Vigie]] en interne. J'ai gardé les mails sur une clé. Un collègue m'a conseillé la [[ORG:CNIL]], un autre m'a dit de me taire et de chercher ailleurs. Et honnêtement, the worst part is that half the team agrees with me in private and nobody says it in the meeting.
""",
    "French with English switch; ORG; city; French date; 'Mme' outside; hyphenated given name alone and with surname; full name after surname; internal project code name in French ('Projet X') as ORG; regulator CNIL",
)

S(
    """
sorry for the rant. new job, third month. the analytics lead asked me to build a dashboard for "employee wellbeing" from the badge swipe data and the laptop activity logs. sounds nice until you see the columns: time away from desk, number of bathroom visits, who leaves before six.
i asked who will see it. answer: line managers, "for coaching". i asked if staff were told. answer: its in the handbook somewhere.
i built the first version because i was scared to say no on probation. then i saw a manager in the canteen joking about someone's "toilet score". i felt sick.
i have now quietly made the aggregation weekly instead of daily and dropped the bathroom field, and nobody noticed yet. is that cowardly or clever? i honestly dont know anymore. i dont want to be the person who built this
""",
    "nothing identifying: lower-case post; job titles, generic places (canteen, desk), durations and relative dates only",
)

S(
    """
Pasting from Teams (names as they show up):

[[PERSON:Hollis, Graham]]  09:41
can we just not mention the readmission numbers for the over-75s in the board pack

[[PERSON:Achterberg, Nina]]  09:43
they're the whole reason the pilot looks bad though?

[[PERSON:Hollis, Graham]]  09:44
exactly. [[PERSON:Nina]] please just do the slides the way [[PERSON:Priti]] did them in [[DATE:March 2024]]

That's it. That's the instruction. I work in the analytics unit of an [[ORG:NHS]] trust in the [[LOCATION:North West]] ([[ORG:Wirral Vale NHS Foundation Trust]], I'm past caring). [[PERSON:Graham]] is our deputy director. The slides live on [[URL:go/board-pack-q4]]. The pilot is a remote-monitoring contract with [[ORG:CareSignal Ltd]]. I rang the freedom to speak up guardian on [[PHONE:0151 496 0731]] and got voicemail. My personal mobile if anyone from a union reads this: [[PHONE:07700 900418]].
""",
    "pasted Teams log with 'Lastname, Firstname' headers as one PERSON span and clock times; first-name repeats; month-year date; NHS as ORG; trust name containing NHS; English region; vendor with Ltd; UK drama-range landline and mobile",
)

S(
    """
ok context: indie game studio, 40 ppl, we make a mobile gacha thing. producer wants me (analytics) to build "whale detection" that flags players who look like teens with gambling-ish spend patterns, so marketing can target them MORE. not less. more.

from our discord:
> [[HANDLE:kestrel#4471]]: do we have age at all?
> [[HANDLE:mochi.dev]]: no but we can infer from play times + spend, school hours etc
> [[HANDLE:kestrel#4471]]: that is literally targeting kids
> [[HANDLE:bramble_pm]]: its not targeting, its "personalisation" lol

i'm [[HANDLE:kestrel]] btw. studio is [[ORG:Tinfoil Owl Games]], based in [[LOCATION:Montréal]]. the producer [[PERSON:Mathieu]] signed off on it on [[DATE:2025-01-30]]. the feature flag is already on and the commit that adds the age inference is [[ID:9f3c2a7e41b0d8c5e6f7a1b2c3d4e5f6a7b8c9d0]]. i also posted under [[HANDLE:@kestrel_plays]] on mastodon but deleted it after an hour. should i tell the platform? [[ORG:apple]]? who even
""",
    "Discord log with name#1234 tag and plain usernames as HANDLE; writer names their handle without the tag (HANDLE); ORG; city with accent; ISO date; full git commit hash as ID; Mastodon-style @handle, mastodon as platform unlabelled; lower-case 'apple' as ORG",
)

S(
    """
habari wenzangu. nafanya kazi kama data analyst kwenye NGO moja [[LOCATION:Dar es Salaam]], ofisi iko [[LOCATION:Kariakoo]]. we run a cash transfer program for widows, funded by [[ORG:Oxfam]] partly. the program manager, Mama [[PERSON:Rehema]], wants to share the full beneficiary list (names, phone, village, HIV status) with a microfinance company "so they can offer them loans". the company is [[ORG:Mkopo Haraka Ltd]].
nilimwambia this is not consent, they gave the data to get food money not loans. she said "wewe ni mdogo, hujui kazi ya field". the data has phone numbers like [[PHONE:+255 754 555 012]] and villages around [[LOCATION:Bagamoyo]].
handover meeting is on [[DATE:30/06/2025]]. I emailed the donor focal person [[PERSON:Ingrid Solheim]] at [[EMAIL:i.solheim@ngo-partner.example]]. no answer yet. [[PERSON:Rehema]] found out i emailed and now im "not invited" to team lunch lol. pole pole i guess
""",
    "Swahili-English (Tanzania); city and market district; real NGO as donor; 'Mama' honorific outside; microfinance ORG with Ltd; Tanzanian international mobile; town; dd/mm/yyyy date; Norwegian donor name; e-mail",
)

S(
    """
Forwarded from [[PERSON:Oksana Melnyk]]
[[[DATE:17.02.2025]] 22:31] do not share further pls. HR will use the "engagement survey" free text to find who wrote the anonymous letter about salaries

Forwarded from [[PERSON:Oksana Melnyk]]
[[[DATE:17.02.2025]] 22:33] they asked [[PERSON:Dmytro]] to match writing style with embeddings. he said no. they will ask someone else

That was our Telegram group. Context: I'm an ML engineer at [[ORG:Dnipro Soft]], office in [[LOCATION:Podil]], [[LOCATION:Kyiv]]. The "someone else" was me. My lead [[PERSON:Dmytro Kovalenko]] refused and got moved to a support project the next week. I also refused, by e-mail, and CC'd the survey vendor [[ORG:PulseCheck]] ([[EMAIL:privacy@pulsecheck.example]]) because their own terms promise anonymity. Vendor replied within an hour. HR has been very quiet since. [[PERSON:Oksana]] and [[PERSON:Dmytro]] still talk to me, nobody else does.
""",
    "Telegram forwarded-message headers with sender names and dotted dates (clock times not labelled); Ukrainian names; first-name repeats; ORG; neighbourhood and city (Kyiv spelling); vendor ORG and e-mail",
)

S(
    """
timeline so i dont forget ([[LOCATION:melbourne]] based, health insurer, not saying which... ok fine [[ORG:Southern Cross Cover]]):

- [[DATE:mid-Jan 2025]]: asked to add "likely pregnancy" flag from pharmacy purchases. my lead [[PERSON:Shazza]] ([[PERSON:Sharon]]) said it was "just a propensity model"
- [[DATE:3 Feb]]: i push back in [[HANDLE:#pricing-ds]], [[PERSON:Sharon]] says take it to DMs
- [[DATE:10 Feb]]: meeting w/ [[PERSON:Nick Papadopoulos]] (GM). he says "the model doesn't know what pregnancy is, it's just features"
- [[DATE:11 Feb]]: i write it up, send to privacy team. ref [[ID:PRV-2025-0031]]
- [[DATE:28 Feb]]: told my "role is being restructured"
- now: called the [[ORG:OAIC]] line, gave them my number [[PHONE:0491 570 156]]

office was in [[LOCATION:Fitzroy]], they moved us to [[LOCATION:Docklands]] last year. [[PERSON:Nick]] still has the pregnancy flag on his dashboard i bet
""",
    "bullet timeline with partial dates ('mid-Jan 2025', '3 Feb'); lower-case city at the start is labelled; nickname plus real name both PERSON; #channel handle; GM full name with Greek surname then first name; privacy reference as ID; Australian mobile in drama range; suburbs; regulator OAIC",
    ok=(),
)

S(
    """
Support ticket I opened internally, pasted as-is (identifying bits are the point, I know):

Subject: Deleted-account data still in warehouse
ID: [[ID:SUP-77120]]
Opened by: [[PERSON:rkaur]] (Data Eng)
Date: Thu [[DATE:08 May 2025]]

Users who deleted accounts via the app are still in the analytics warehouse. Example: user_id [[ID:u_5f1e9a2c]], deletion requested [[DATE:2024-11-02]], still present in 14 tables. Backups in bucket [[URL:s3://ps-archive-euw1/users]] retained indefinitely. Source host [[ID:2001:db8:4a::17]].

Reply from [[PERSON:Tom Whitcombe]]: "Deletion is soft by design. Marketing needs history for lookalikes."

I'm [[PERSON:Ravneet]], the [[PERSON:rkaur]] on the ticket. [[PERSON:Whitcombe]] is VP Growth at [[ORG:Parcelstream]]. We say "your data is deleted within 30 days" on the help page, [[URL:help.parcelstream.example/privacy/delete]]. It isn't. What do I do with this?
""",
    "pasted ticket fields; ticket ID; username-style opener 'rkaur' as PERSON; weekday outside the date span; user id and IPv6 (documentation range) as ID; ISO date; S3 bucket URL; full name then surname; ORG; bare help-page URL",
)

S(
    """
> On [[DATE:Mar 3, 2025]], at 4:12 PM, [[PERSON:Brent Kowalski]] <[[EMAIL:bkowalski@trellisbank.example]]> wrote:
> > Let's just call the 0.62 approval ratio "within tolerance". Nobody at the [[ORG:OCC]] reads footnotes.
>
> [[PERSON:Brent]], 0.62 fails the four-fifths rule. I can't sign the model card with that wording.
> [[PERSON:Alicia]]

Hi [[PERSON:Alicia]], you're overthinking it. Sign it or I'll find someone who will.
[[PERSON:B.]]
--
[[PERSON:Brent Kowalski]] | SVP Consumer Lending Analytics
[[ORG:Trellis Bank]] | [[LOCATION:401 Congress Ave, Suite 1500, Austin, TX 78701]]
[[PHONE:(512) 555-0188]]

That's the whole thread. I'm [[PERSON:Alicia]]. I didn't sign. Someone else did, two days later. The model went live in [[DATE:April]].
""",
    "e-mail thread with nested quotes: 'On <date>, <Name> <email> wrote:' attribution, quoted first name inside quotes, signature initial 'B.' keeps its full stop, signature with US street address incl. suite, state and ZIP as one LOCATION, US phone in 555-01xx range; OCC regulator as ORG; 'four-fifths rule' unlabelled; month as a specific date",
)

S(
    """
Writing this from my phone on the train so excuse typos. I've been a data engineer for about six years. Last month my team got asked to "repurpose" a dataset collected for a safety study into a marketing segmentation. The consent form said research only. My manager's view: the data is already in the lake, consent is "a legal thing, not our problem". Legal's view, when I finally got them on a call: "it depends". It depends on what, I asked. Silence.
I wrote a short memo and sent it up the chain. No reply. A week later the segmentation was in a deck with a nice title. My name isn't on it, at least.
Honestly the thing that bothers me most isn't the bosses, it's that I was the only one in a team of nine who asked. Everyone else just shrugged.
""",
    "nothing identifying: first-person post with job titles, team sizes, durations and relative dates only",
)

S(
    """
so basically yaar what happened is ki humare [[LOCATION:Gurgaon]] office mein the collections team ne ek naya model maanga jo predict kare kaun se borrowers "emotionally vulnerable" hain taaki agents unko pehle call karein. [[PERSON:Sharma]] ji ([[PERSON:Rakesh Sharma]], AVP) ne bola "it's just prioritisation". i said sir yeh toh literally vulnerable logon ko target karna hai.
dataset mein Aadhaar-linked numbers bhi the, ek example [[ID:5555 0123 4567]]. company hai [[ORG:Udaan Credit Pvt Ltd]], head office [[LOCATION:Nehru Place]], [[LOCATION:Delhi]]. [[PERSON:Bunty]] (my teammate, real name [[PERSON:Harpreet]]) ne bola chhod na, sab NBFC yahi karti hain.
[[DATE:5th March]] ko maine mail kiya grievance officer ko, [[EMAIL:grievance@udaancredit.example]]. reply aaya "noted". thats it. abhi [[DATE:Holi 2025]] ke baad appraisal hai aur mujhe pata hai kya hoga
""",
    "Hinglish; city of the office ('the X office' labels X only); 'Sharma ji' + full name: 'ji' outside, 'Sharma' before ji labelled; Aadhaar-like number; Pvt Ltd; business district and city; nickname and real name both PERSON; ordinal date; grievance e-mail; holiday with a year as DATE",
)

S(
    """
Vale, os cuento. Trabajo en una consultora de datos en [[LOCATION:Madrid]] ([[ORG:Brújula Analytics S.L.]], oficina en [[LOCATION:Calle de Atocha 58, 28012 Madrid]]). Nuestro cliente es un ayuntamiento que quiere "detectar fraude" en ayudas sociales cruzando padrón, consumo de agua y... redes sociales. De gente que pide ayuda para comer.
Mi jefa, [[PERSON:Maite Goikoetxea]], dijo en la reunión del [[DATE:3 de junio]]: "si el cliente lo pide, es legal". No lo es. Le mandé un correo con el artículo del RGPD y me contestó [[PERSON:Íñigo]], su segundo: "no te pongas estupenda".
En el fichero de prueba hay DNIs reales, por ejemplo [[ID:12345678Z]]. Llamé al DPD, [[PHONE:915 550 123]], buzón de voz. Mi compañera [[PERSON:Nuria]] piensa que debería ir a la [[ORG:AEPD]]. Yo solo quiero que alguien diga en voz alta que esto está mal. [[PERSON:Maite]] ya me ha quitado del proyecto, so at least I'm not building it anymore.
""",
    "Spain Spanish; city; ORG with S.L.; Spanish street address with postcode as one LOCATION; Basque surname; Spanish date; accented first name; DNI value; Spanish landline; regulator AEPD; RGPD/DPD acronyms unlabelled; English switch at the end",
)
# ---------------------------------------------------------------- stories 31-45
S(
    """
chale, make i talk am small. i dey work for one fintech for [[LOCATION:Accra]], [[ORG:SikaFlow]], office dey [[LOCATION:Osu]], near [[LOCATION:Oxford Street]]. our product lead, [[PERSON:Kwame Asante-Boateng]], want make we use Ghana Card numbers + MoMo history build "trust score" then sell am give landlords. landlords!! so if your score low, no room for you.
i tell am say this one be discrimination, he say "[[PERSON:Akosua]], you dey overthink, ebi business". me be [[PERSON:Akosua]] by the way.
test data get Ghana Card like [[ID:GHA-712345678-9]]. one landlord partner address sef dey inside the contract: [[LOCATION:GA-183-8164]]. the [[ORG:DPC]] for here no dey respond quick. [[PERSON:Kwame]] say the launch na [[DATE:1st July 2025]]. i send mail give [[EMAIL:akosua.dev@mail.example]]... wait that one be my own, i mean i send from there. abeg wetin i for do
""",
    "Ghanaian Pidgin/Twi-flavoured English; city, neighbourhood and street landmark; ORG; hyphenated surname; self-naming; Ghana Card value as ID, card name unlabelled; GhanaPost digital address as LOCATION; regulator acronym DPC as ORG; ordinal date with year; MoMo as a tool",
    ok=("Ghana Card",),
)

S(
    """
update on the thing from before (different account). i told my manager i would not do the covid-era location data "reanalysis" for the insurance client. she escalated to her boss. her boss said it was fine and that the data was "public anyway" because it had been shared with a research consortium once. it was not public. it was shared under a data sharing agreement that said research only, no commercial use.
anyway the result: i am off the project, nobody is angry at me openly, and the analysis is being done by a contractor who started on monday. i got a "thank you for your integrity" message from someone in legal who cant say it out loud.
i dont feel brave. i feel tired. but at least my name isnt on it.
""",
    "nothing identifying: lower-case update post; job titles, a weekday, an era word ('covid-era') and relative dates only",
)

S(
    """
gi-copy nako ang messenger thread kay basin mawala:

[[PERSON:Jun-jun Villanueva]]: [[PERSON:Mae]] pwede ba i-merge nato ang patient list sa clinic ug ang list sa insurance agent? para sa "wellness offers" daw
[[PERSON:Mae Cabahug]]: sir dili man ta pwede, medical records man na
[[PERSON:Jun-jun Villanueva]]: ayaw na pag-inarte day, boss [[PERSON:Romy]] na ang nag-ingon

mao ni akong work, data encoder/analyst sa [[ORG:Mindanao Family Clinic]] sa [[LOCATION:Lahug]], [[LOCATION:Cebu City]]. ang insurance agency kay [[ORG:SugbuCare Insurance Agency]]. ang list naay 4,000 patients with diagnoses. nag-email ko sa [[ORG:NPC]] complaints [[EMAIL:complaints@npc-ph.example]] last [[DATE:April 22]]. wala pay tubag. si [[PERSON:Romy]] (owner) nag-text pa sa akong personal number [[PHONE:0928 555 0177]] nga "ayaw pagsaba". kapoy na kaayo ko
""",
    "Cebuano/Bisaya-English (Taglish-adjacent) Messenger thread; compound nickname 'Jun-jun' with surname; speaker names and first-name mention; 'sir', 'day', 'boss' outside spans; clinic ORG; neighbourhood and city; regulator acronym; e-mail; month-day date; Philippine mobile",
    ok=(),
)

S(
    """
This one is about names, bear with me. Our team has a [[PERSON:Will]], a [[PERSON:Hope]] and a [[PERSON:Bill]], which makes every Slack message a puzzle.
[[PERSON:Will]] is my manager. [[PERSON:Hope]] is the other analyst. [[PERSON:Bill]] runs finance for the region. Last week [[PERSON:Bill]] asked me to move the refunds from the churn numbers into "other", which makes retention look 6 points better. I said I will not do that without a note on the slide. [[PERSON:Will]] said he hoped I would "be pragmatic". [[PERSON:Hope]] said nothing, which I understand.
The bill for pragmatism comes later, it always does. I've sent the numbers with a footnote anyway. The company is [[ORG:Greenleaf Home Insurance]], based in [[LOCATION:Bristol]], if that matters. I hope it doesn't, but I will keep the emails.
""",
    "names that are ordinary words (Will, Hope, Bill) labelled only as people beside 'I will', 'I hope', 'hoped', 'the bill'; ORG; city",
    ok=("I will not", "I would", "I hope it", "I will keep", "The bill for"),
)

S(
    """
Throwaway. Posting in r/cscareerquestions and r/datascience, mods feel free to remove.

I'm a junior ML engineer in [[LOCATION:Toronto]]. Our startup ([[ORG:Northbeam Health]]) sells a "no-show prediction" tool to clinics. I found out last week the model's top feature is postal code, and clinics use the score to double-book patients from [[LOCATION:Jane and Finch]] and [[LOCATION:M3N]]. So poorer patients get worse care because they're "likely" to not show.

My lead ([[HANDLE:u/okay_data_guy]] on here, yes I know it's you [[PERSON:Derek]]) said "the model is just reflecting reality".

EDIT: a lot of people asking if this is legal in [[LOCATION:Ontario]]. I don't know. I've emailed the privacy commissioner's office.
EDIT 2: [[PERSON:Derek]] has asked me to "take this down". I'm not going to.
EDIT 3: thanks for the kind DMs. [[HANDLE:@jess_maybe_quits]] on bluesky if you want to talk.
""",
    "reddit post with edits; public subreddits unlabelled; city, neighbourhood, Canadian postal district FSA, province; startup ORG; u/ handle; first name; Bluesky @handle; 'privacy commissioner's office' unnamed",
    ok=(),
)

S(
    """
Protokoll (inoffiziell, von mir), Jour fixe Datenplattform, [[DATE:12.03.2025]]
Teilnehmende: [[PERSON:SB]], [[PERSON:KH]], [[PERSON:M.W.]], [[PERSON:Jens]], ich

TOP 1: Löschkonzept. [[PERSON:KH]] berichtet, dass Bewerberdaten nach Absage nicht gelöscht werden, sondern "für Talent-Pool" archiviert. [[PERSON:SB]]: "Das war schon immer so."
TOP 2: Ich frage nach Einwilligung. [[PERSON:M.W.]]: "Steht in der Datenschutzerklärung." Tut es nicht, ich habe nachgesehen (Stand [[DATE:Januar 2025]]).
TOP 3: [[PERSON:Jens]] schlägt vor, das Thema "nach oben" zu geben. [[PERSON:SB]] lehnt ab.

For non-German readers: we are a recruiting-tech company in [[LOCATION:Hamburg]], [[ORG:TalentHafen GmbH]], office in [[LOCATION:20457]]. [[PERSON:SB]] is our CTO. The archive has about 90k rejected applicants going back to [[DATE:2019]]. I sent the notes to our DSB (DPO) at [[EMAIL:datenschutz@talenthafen.example]]. Reply: an invite to a meeting with [[PERSON:SB]]. Great.
""",
    "German minutes (Protokoll, TOP items) with initials as PERSON ('SB', 'KH', 'M.W.' keeps its full stops) and first name; dotted German date; German month-year; city; GmbH; PLZ on its own as LOCATION; bare year; DSB e-mail; English switch",
    ok=(),
)

S(
    """
throwaway, voice typed so sorry for mistakes

so i work in analytics for a mid sized retailer and our head of loyalty wants to use the receipts data to guess which customers are going through a divorce so we can target them with offers for furniture and single portion meals and i said isnt that a bit creepy and he said every big retailer does life event marketing and its in the terms and conditions
the model would use things like a sudden change in basket size and change of address and i tried to explain that we would be guessing something very private and sometimes we would get it wrong and send a breakup offer to someone who is fine
he said thats a feature not a bug lol
what would you do. my contract renews in the spring
""",
    "nothing identifying: voice-typed run-on post; job titles, generic retailer, relative season only",
    ok=(),
)

S(
    """
From: [[PERSON:Grace Nakato]] <[[EMAIL:g.nakato@ujenzi-relief.example]]>
Date: Mon, [[DATE:19 May 2025]]
To: programme-leads
Subject: Re: biometric registration at the settlement

Dear all, I need to put this in writing. The donor's new requirement is iris scans for every refugee household receiving cash, stored by the vendor ([[ORG:IrisPoint Systems]]) on servers outside [[LOCATION:Uganda]]. Households in [[LOCATION:Nakivale]] were told "no scan, no cash". That is not consent.
I raised it with [[ORG:UNHCR]] protection staff and with our country director [[PERSON:Peter Okello]]. [[PERSON:Peter]]'s answer was that we "cannot lose the grant".

Regards,
[[PERSON:Grace]]
[[ORG:Ujenzi Relief]] | Data & MEAL Officer
[[LOCATION:Plot 14, Kira Road, Kampala]] | [[PHONE:+256 772 555 014]]
[[URL:www.ujenzi-relief.example]]
""",
    "e-mail Date header with the weekday outside the DATE span, 'Name <email>' header, distribution list unlabelled; vendor ORG; country and refugee settlement; real UN agency; country director full name then possessive; signature with Ugandan plot address as one LOCATION and international phone; 'Grace' as a name only",
    ok=(),
)

S(
    """
msg za group, nimezicopy hapa:

[[[DATE:02/04/2025]] 19:03] [[PERSON:Baraka]]: boss anasema tuweke loan app ipate contacts za wateja wote, ndio tuwapigie ndugu zao kama hawalipi
[[[DATE:02/04/2025]] 19:04] [[PERSON:Zawadi M.]]: hiyo ni debt shaming bana, [[ORG:ODPC]] walishafine kampuni kama hiyo
[[[DATE:02/04/2025]] 19:06] [[PERSON:Baraka]]: Mzee [[PERSON:Kassim]] amesema ni order

me ni [[PERSON:Zawadi]]. kampuni ni [[ORG:Pesa Pap Digital Ltd]], tuko [[LOCATION:Nyali]], [[LOCATION:Mombasa]]. the app permission change is in the next release, ticket [[ID:PP-3308]]. one of the contact lists had a number like [[PHONE:0712 555 089]] labelled "mama yake" (his mother). i dont want to build this. [[PERSON:Baraka]] anasema nitafukuzwa kazi kama nakataa. sijui nifanye nini, naomba ushauri wenu
""",
    "Swahili-English WhatsApp log with dd/mm/yyyy timestamps as DATE; speaker names incl. initial with full stop; regulator ODPC; 'Mzee' outside the span; ORG with Ltd; neighbourhood and city; ticket ID; Kenyan mobile; Swahili kinship words ('mama yake') unlabelled",
    ok=(),
)

S(
    """
Konu: Fwd: müşteri segmentasyonu / customer segmentation

---------- Forwarded message ---------
Kimden: [[PERSON:Serkan Yıldırım]] <[[EMAIL:serkan.yildirim@anadolu-perakende.example]]>
Tarih: [[DATE:22 Nis 2025]] Sal 10:15
Kime: [[PERSON:Deniz]]

[[PERSON:Deniz]] Hanım, başörtülü müşterileri kamera görüntülerinden ayırıp ayrı kampanya yapalım. Yönetim istiyor.

---
That's my director asking me to segment customers by headscarf from in-store CCTV. I'm [[PERSON:Deniz]], analytics lead at [[ORG:Anadolu Perakende]], HQ in [[LOCATION:Karşıyaka]], [[LOCATION:İzmir]]. I said no in writing, cited the special-category rules in the data protection law. [[PERSON:Serkan]] Bey's reply: "o zaman başka biri yapar" (then someone else will).
[[PERSON:Yıldırım]] has since moved the project to a vendor in [[LOCATION:Ankara]]. I have the original e-mail and the PDF of the camera vendor's proposal, ref [[ID:TKL-2025/044]]. Not sure if I can take these home without breaking my own contract.
""",
    "Turkish forwarded-message header (Kimden/Tarih/Kime), abbreviated Turkish month date with weekday and clock time outside, 'Name <email>' header, 'Hanım'/'Bey' after names outside spans, surname later alone, district and city, another city, vendor proposal reference with slash as ID",
)

S(
    """
aduh gimana ya. aku kerja di startup logistik di [[LOCATION:Surabaya]], namanya [[ORG:KirimCepat]]. kita partner sama [[ORG:Gojek]] buat last mile. bos aku, Koh [[PERSON:Willy]], minta dashboard yang tracking lokasi driver 24 jam, termasuk pas mereka off shift, "biar tau siapa yang narik buat kompetitor".
data driver ada NIK juga, contoh [[ID:3578015503900001]], sama plat motor kayak [[ID:L 4821 QZ]]. mbak [[PERSON:Dewi]] dari HR bilang ini udah di kontrak driver. aku cek kontraknya, ga ada.
aku kirim email ke [[PERSON:Willy]] tanggal [[DATE:17 Agustus 2024]] (pas tujuh belasan lagi, ironis banget merdeka tapi ga merdeka). dia bales pake voice note doang: "kamu digaji buat coding bukan mikir etika". sekarang aku disuruh handle ticket [[ID:KC-1187]] yang isinya ya fitur itu, link demonya [[URL:bit.ly/kc-drv-24jam]]. mau resign tapi cicilan kpr masih 14 tahun
""",
    "Indonesian (Surabaya); city; startup and real ride-hailing partner; 'Koh'/'mbak' outside spans; NIK value as ID, document name unlabelled; Indonesian motorbike plate as ID; Indonesian date with national holiday context; ticket ID; 'Willy' beside ordinary words",
    ok=(),
)

S(
    """
Chị em ơi, em làm data ở một công ty bảo hiểm ở [[LOCATION:Sài Gòn]]. Văn phòng ở [[LOCATION:72 Lê Thánh Tôn, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh]]. Công ty là [[ORG:An Phát Life]].
Sếp em, anh [[PERSON:Quang]], bảo em dùng dữ liệu khám sức khoẻ của nhân viên khách hàng doanh nghiệp để "định giá lại" hợp đồng năm sau. Tức là công ty nào có nhân viên bệnh nhiều thì tăng phí. The employees never agreed to that, they thought the checkup was a benefit.
Em có nhắn anh [[PERSON:Quang]] qua Zalo ngày [[DATE:14/5/2025]], anh seen không rep. Chị [[PERSON:Thảo]] bên pháp chế nói Nghị định 13 có quy định nhưng "chưa ai bị phạt đâu em". Em sợ mất việc, nhưng em cũng sợ mình là người làm cái model đó.
""",
    "Vietnamese with English switch; city (colloquial name); Vietnamese street address with ward, district and city as one LOCATION; ORG; 'anh'/'chị' outside spans; d/m/yyyy date; decree name ('Nghị định 13') unlabelled",
    ok=(),
)

S(
    """
I'm writing this in english because my urdu typing is slow. Context: I'm a BI analyst at a food delivery company in [[LOCATION:Karachi]], office in [[LOCATION:Clifton]], [[ORG:KhanaNow]]. Riders are paid per order and the new "fair pay" model my team built actually cuts pay for riders in [[LOCATION:Korangi]] and [[LOCATION:Orangi Town]] because orders there have lower basket size.
[[PERSON:Adeel]] bhai (my manager) said in the meeting "ye toh market hai, hum kya karein". Ops head [[PERSON:Mehwish Qureshi]] wants it live by [[DATE:14 August]], which is honestly a sick joke.
I tried to put a note in the model card. [[PERSON:Adeel]] removed it. Version history shows it, commit [[ID:a41f9c2]] by [[HANDLE:@adeel-k]] on our gitlab. One rider called me directly on [[PHONE:+92 321 5550147]] after the pilot, asking why his pay dropped. I had no answer for him.
""",
    "Pakistani English with Urdu; city, neighbourhoods including 'Orangi Town'; ORG; 'bhai' outside the span; full name; date without year on a national holiday; short git hash as ID; GitLab @handle; Pakistani international mobile",
    ok=(),
)

S(
    """
Temat: RE: RE: raport dla zarządu

> [[PERSON:Kasia]], proszę usuń z raportu wykres z reklamacjami z [[LOCATION:Opola]]. Zarząd nie musi tego widzieć.
> [[PERSON:T. Nowak]]

> Panie [[PERSON:Tomaszu]], te reklamacje to 40% wszystkich zgłoszeń w [[DATE:Q1 2025]]. Bez nich raport jest nieprawdziwy.
> [[PERSON:K. Wróbel]]

[[PERSON:Kasia]], nie dyskutujemy. Do piątku.

That's my boss, [[PERSON:Tomasz Nowak]], head of customer analytics at [[ORG:Odra Energia S.A.]], [[LOCATION:Wrocław]]. The complaints from [[LOCATION:Opole]] are about wrong meter readings, people got bills 3x too high. I removed the chart. I kept the original in my notes. I'm [[PERSON:Kasia]]. If [[ORG:URE]] ever asks, I will not lie.
""",
    "Polish e-mail thread with nested quotes; diminutive 'Kasia' and signature 'K. Wróbel' (initial with full stop); vocative 'Tomaszu' and 'Panie' outside; signature 'T. Nowak'; inflected city 'Opola' and nominative 'Opole' both LOCATION; quarter date; S.A. company; city; energy regulator acronym",
    ok=(),
)
# ---------------------------------------------------------------- stories 46-62
S(
    """
ok tiktok people this is for u. i did analytics for a creator agency in [[LOCATION:Los Angeles]] ([[ORG:Glowhaus Talent]]). they have a "brand safety" scoring of creators that secretly downranks anyone who posted about unions or [[LOCATION:palestine]] or their own mental health. i built part of it, im not proud.
my boss [[PERSON:Kendra]] literally said on a call on [[DATE:Feb 20]] "we dont want activists, we want vibes". the list of flagged creators is in a sheet, includes [[HANDLE:@moonlitmarisol]] and [[HANDLE:@its.dario.eats]] who have no idea.
i left on [[DATE:3/28/2025]]. i still have the sheet link: [[URL:https://docs.example.com/d/1xQ9-glowhaus-safety]]. [[PERSON:Kendra Lyle]] if ur reading this, i told them. anyway follow me at [[HANDLE:@not.a.brand.anymore]] i guess, and [[HANDLE:@notabrand@mastodon.example]] on the fediverse
""",
    "lower-case post; city; ORG; first name then full name; month-day and m/d/yyyy dates; TikTok/Instagram-style @handles incl. dots; sheet URL with scheme; Mastodon full address as one HANDLE; lower-case country as a topic still LOCATION",
)

S(
    """
Incident write-up I was told not to file, so here it is.

On [[DATE:2025-04-09T02:14:33Z]] a scheduled job exported the full biometric attendance table (fingerprint templates, not just timestamps) to a vendor SFTP at [[ID:198.51.100.23]]. The job was added by a contractor; commit [[ID:e3b0c44298fc1c149afbf4c8996fb92427ae41e4]]. The terminals that feed it have serials [[ID:BX7-00912-AK]] and [[ID:BX7-00913-AK]], MAC [[ID:00:1A:2B:3C:4D:5E]].
I reported it to my manager [[PERSON:Olumide]] the same morning. His words: "we'll handle it quietly, the client can't know". The client is a hospital group, [[ORG:Meridian Health Partners]]. Our company is [[ORG:Clockwise HR Systems]].
Three weeks later the vendor SFTP is still open. I've written this down so that if it leaks, nobody can say engineering didn't know. [[PERSON:Olumide]], if you see this: you knew.
""",
    "incident write-up; ISO 8601 timestamp as one DATE; IPv4 (documentation range); full git commit hash, device serials and MAC as ID; first name; client and employer ORGs",
    ok=(),
)

S(
    """
This is a small thing but it keeps me up at night. We run A/B tests on a checkout page. The product manager looked at the results after four days, saw the new version winning on conversion, and stopped the test. I told him four days is not enough, the interval was huge, and the "winner" had a bug that hid the delivery fee until the last step.
He said leadership wanted a win before the quarterly update. The slide said "+9% conversion, statistically significant". It wasn't. Two months later refunds were up and support was drowning. Nobody connected the two, and when I did, in a team meeting, I got told I was "relitigating the past".
I'm an analyst. My job is literally to tell people what the numbers say. What's the point if they only listen when the numbers agree with them?
""",
    "nothing identifying: A/B test, metric values, job titles, durations and relative dates only",
    ok=(),
)

S(
    """
parce, les cuento. trabajo en una fintech en [[LOCATION:Medellín]], oficina en [[LOCATION:El Poblado]], [[LOCATION:Carrera 43A #7-50]]. la empresa es [[ORG:Plata Ya S.A.S.]]. el gerente de riesgo, don [[PERSON:Álvaro Restrepo]], quiere que el modelo de crédito use si la persona vive en estrato 1 o 2 "como proxy de riesgo". o sea que si eres pobre no te prestamos, brillante.
le dije que eso era discriminación y me dijo "mija, usted es muy joven". en la base de pruebas hay cédulas reales, como [[ID:1.017.555.234]]. mi compa [[PERSON:Mafe]] ([[PERSON:María Fernanda]]) dice que no me meta, que la [[ORG:SIC]] nunca hace nada.
el [[DATE:2 de mayo de 2025]] mandé un correo a [[EMAIL:cumplimiento@plataya.example]]. nada. [[PERSON:Restrepo]] ahora me programa reuniones a las 7 am. i swear this is retaliation
""",
    "Colombian Spanish; city, neighbourhood, Colombian street address 'Carrera 43A #7-50'; ORG with S.A.S.; 'don' outside; cédula value with dots; nickname plus full given name; regulator SIC; Spanish date with year; e-mail; surname repeat; estrato words unlabelled",
    ok=(),
)

S(
    """
ana mish 3aref a3mel eh. i work as data scientist at a telecom reseller in [[LOCATION:Cairo]], office in [[LOCATION:Maadi]], [[LOCATION:Street 9]]. company: [[ORG:Nile Connect]]. el modir, ustaz [[PERSON:Sherif]], 3ayez yesta5dem call records (who calls who, how long) 3ashan ye3raf min "organiser" fe el workers protest. he said "da amn qawmy" (national security).
ana 2olt lahu this is surveillance not security. he said "enta 3ayez teshta3'al wala la2?"
the data has national ID numbers like [[ID:29001011234567]] joined in. [[PERSON:Mona]] from legal told me "ma tektebsh 7aga fe email" so everything is on calls. meeting was [[DATE:15/4/2025]]. my friend [[PERSON:Hossam]] at another company says they got the same request from the same ministry. el mawdoo3 kbeer. i just want to know am i crazy
""",
    "Egyptian Arabic in Latin letters with digits; city, district and street; ORG; 'ustaz'/'el modir' outside; Egyptian national ID value; d/m/yyyy date; first names; unnamed ministry",
    ok=(),
)

S(
    """
Salut, je vous raconte vite fait. Je suis analyste chez un opérateur de mobile money à [[LOCATION:Dakar]], bureau aux [[LOCATION:Almadies]]. La boîte c'est [[ORG:Teranga Pay]]. Mon chef, M. [[PERSON:Diop]], veut vendre les historiques de transactions à une banque "pour le scoring". Sans rien dire aux clients. Wolof la, dafa metti: c'est dur.
Je lui ai dit que la [[ORG:CDP]] ([[ORG:Commission de protection des données personnelles]]) va pas aimer. Il m'a répondu "la [[ORG:CDP]] c'est nous qui les invitons au séminaire". Waaw, ça.
Le fichier test contient des numéros comme [[PHONE:+221 77 555 01 23]]. La banque c'est [[ORG:Banque du Fleuve]]. La signature est prévue le [[DATE:30 juin 2025]]. Ma collègue [[PERSON:Awa Ndiaye]] dit qu'on peut écrire à la [[ORG:CDP]] de façon anonyme. [[PERSON:Awa]] a peut-être raison. Mais [[PERSON:Diop]] saura que c'est moi, on est que deux dans l'équipe.
""",
    "Senegalese French with Wolof phrases; city and neighbourhood; ORG; 'M.' outside; regulator acronym then its full name in parentheses as a separate ORG; Senegalese international mobile; bank ORG; French date; full name then first name",
    ok=(),
)

S(
    """
I'm a researcher in a university lab and this is about a grant report. Our funder wants to see "impact", so my supervisor asked me to report the pilot as a success in our annual report. The pilot had twelve participants, half dropped out, and the effect we saw was within noise. He wants the sentence "participants showed meaningful improvement".
I wrote a more careful version. He rewrote it back. When I objected he said every lab does this, the funder knows, and if we don't show impact the next round goes to the lab down the corridor that will.
I'm in my final year. I need his letter. I changed nothing and I feel like a fraud. If you've been in this spot as a PhD student, how did you live with it? Or did you push back and survive?
""",
    "nothing identifying: researcher post with roles, a generic university lab and funder, counts and relative dates only",
    ok=("lab down the corridor that will",),
)

S(
    """
ja hallo also ich diktiere das hier weil ich im auto sitze punkt ich arbeite bei [[ORG:isar mobility]] in [[LOCATION:münchen]] komma büro in [[LOCATION:schwabing]] an der [[LOCATION:leopoldstraße]] punkt unser teamleiter der herr [[PERSON:hubertus]] nein [[PERSON:huber]] also herr [[PERSON:huber]] will dass wir die fahrtdaten von den e-scootern mit den handy ids verknüpfen und an eine versicherung verkaufen punkt ohne einwilligung punkt ich hab das am [[DATE:siebten mai]] per mail angesprochen und er hat geantwortet zitat datenschutz ist was für juristen zitat ende neuer absatz die versicherung heißt [[ORG:Alpenschutz]] und ihr büro ist in [[LOCATION:80802]] glaub ich punkt meine kollegin [[PERSON:jo hanna]] sagt ich soll das dem datenschutzbeauftragten melden aber der ist extern und kommt nur einmal im monat
""",
    "German voice-to-text, all lower-case with spoken punctuation; lower-case brand; city, district and street; mis-heard name self-corrected ('herr hubertus nein huber'), 'herr' outside; German ordinal date in words; PLZ on its own; name split by dictation ('jo hanna') as one span",
    ok=(),
)

S(
    """
[[[DATE:9/4/25]], 11:02 PM] [[PERSON:Bunty]]: bhai kal tak churn list chahiye with "likely to complain" flag
[[[DATE:9/4/25]], 11:03 PM] [[PERSON:Nikhil Joshi]]: complain karne walon ko kya karenge?
[[[DATE:9/4/25]], 11:05 PM] [[PERSON:Bunty]]: unka refund slow kar denge, [[PERSON:Malhotra]] sir ka idea hai 😂
[[[DATE:9/4/25]], 11:06 PM] [[PERSON:Nikhil Joshi]]: yeh toh galat hai yaar

i am [[PERSON:Nikhil]]. we are a D2C brand in [[LOCATION:Andheri East]], [[LOCATION:Mumbai]], [[ORG:ChaiCraft]]. [[PERSON:Bunty]] is actually [[PERSON:Rajat]], senior analyst, and [[PERSON:Malhotra]] sir is the COO, [[PERSON:Sameer Malhotra]]. the flag went live. refunds for flagged customers now take 21 days vs 5 for others. i raised it on [[DATE:12 April]] with the grievance officer at [[EMAIL:care@chaicraft.example]] pretending to be a customer lol. ticket [[ID:CC-GRV-20250412-118]]. no action. i feel like a villain in a hindi serial
""",
    "WhatsApp log with m/d/yy timestamps (DATE) and 12-hour clock times (not); nickname speaker and real name; 'sir' outside; Hinglish; emoji; suburb and city; lower-case-style brand ORG; COO full name; date without year; e-mail; ticket with embedded date as one ID",
    ok=(),
)

S(
    """
---------- Forwarded message ---------
From: [[PERSON:Siobhan Garvey]] <[[EMAIL:s.garvey@pennine-council.example]]>
Date: Wed [[DATE:26 Feb 2025]] at 17:48
Subject: Fw: risk scores for housing

Just forwarding so you have it. Don't reply-all.

> From: [[PERSON:Martin Royle]]
> Can we prioritise the eviction visits using the "household risk score" from [[ORG:Xantho Analytics]]? Their postcode weighting means [[LOCATION:M9]] and [[LOCATION:M40]] come out top.

---
I'm a data analyst at [[ORG:Pennine Borough Council]], [[LOCATION:Manchester]]. [[LOCATION:M9]] and [[LOCATION:M40]] are two of the poorest postcodes we cover. The vendor won't tell us how the score works ("proprietary"). [[PERSON:Siobhan]] is my manager, [[PERSON:Martin]] is the assistant director. I raised it with the council's information governance inbox on [[DATE:3 March]], reference [[ID:IG-2025-0217]]. If the [[ORG:ICO]] reads this: please ask councils for their vendor contracts.
""",
    "forwarded UK e-mail header, weekday and clock time outside the DATE span; nested forward with sender name only; vendor ORG; council ORG; city; UK postcode districts on their own; first names later; date without year; IG reference; ICO",
    ok=(),
)

S(
    """
pasted ni nako ang text thread, para naay ebidensya:

Sir [[PERSON:Dodong]] ([[PHONE:+63 917 555 0196]]), [[DATE:05/14/2025]] 8:12 PM:
"[[PERSON:Precious]] i-upload na ang mga selfie sa borrowers sa facial recog vendor. ayaw na pangutana sa consent, naa na sa app."

Me, [[DATE:05/14/2025]] 8:30 PM:
"sir dili man na klaro sa app. basin ma-[[ORG:NPC]] ta."

Sir [[PERSON:Dodong]], [[DATE:05/15/2025]] 7:02 AM:
"pag-upload na lang. deadline ugma."

Im [[PERSON:Precious]], IT staff sa usa ka lending company sa [[LOCATION:Davao City]], [[ORG:Bangkal Lending Corp.]], office sa [[LOCATION:J.P. Laurel Ave, Bajada, Davao City]]. "Sir [[PERSON:Dodong]]" is [[PERSON:Rodolfo Ybañez]], our operations head. the vendor is [[ORG:FaceTrust Asia]]. i uploaded 300 selfies before i realised some were of minors. precious data talaga, its a bit funny that my name is that.
""",
    "SMS thread with m/dd/yyyy dates (DATE) and clock times (not); nickname with 'Sir' outside the span; Philippine international mobile; 'Precious' as a name beside 'precious data'; city; ORG with Corp.; Philippine street address with barangay and city as one LOCATION; real name behind the nickname; vendor ORG; regulator inside a Cebuano verb ('ma-NPC') labelled",
    ok=("precious data",),
)

S(
    """
Timeline, because HR asked me for "specifics":

* [[DATE:Oct 2024]]: I join [[ORG:Lakeshore Staffing]] ([[LOCATION:Chicago]], office at [[LOCATION:233 S Wacker Dr, Chicago, IL 60606]]) as a data analyst.
* [[DATE:11/18/2024]]: My director [[PERSON:Gary Feldman]] asks for a "reliability score" for temp workers. Inputs include zip code and whether they've filed a workers' comp claim.
* [[DATE:12/02/2024]]: I point out that scoring people down for comp claims is retaliation. [[PERSON:Gary]] says "it's just a feature".
* [[DATE:Jan 2025]]: I find SSNs in the feature table (e.g. [[ID:912-55-0147]]). Report to IT, ticket [[ID:INC0098812]].
* [[DATE:2/14/2025]]: [[PERSON:Feldman]] tells me my "attitude" is a problem.
* Now: I'm talking to a lawyer. HR contact was [[PERSON:Denise Obi]], [[PHONE:312-555-0164]].

Specific enough?
""",
    "bullet timeline; month-year and m/d/yyyy dates; ORG; city; US street address with state and ZIP as one LOCATION; full name, first name, surname; SSN-like number in an invalid range; ServiceNow-style incident ID; US phone in 555-01xx",
    ok=(),
)

S(
    """
Long-time lurker. I manage a small analytics team and last quarter I was the one applying the pressure, so this is a different kind of story.
Our sales director wanted the pipeline forecast to show growth for the board. I knew the model was overfitting on a few huge deals. Instead of saying that plainly, I asked my most junior analyst to "try a few other windows" until one looked better. She did, and she flagged in her notes that she wasn't comfortable. I presented it anyway.
Afterwards she asked me, very politely, whether that was normal. I didn't have a good answer. I said something about "business context". I've been thinking about it since.
I'm posting because I think managers rarely admit this. I was scared of the director and I passed the fear down. Next quarter I'm going to present the honest forecast, with the range, and take whatever comes.
""",
    "nothing identifying: a manager's confession with job titles and relative dates only",
    ok=(),
)

S(
    """
Olá a todos. Trabalho numa seguradora em [[LOCATION:Lisboa]], no [[LOCATION:Parque das Nações]]. A empresa é a [[ORG:Tejo Seguros]]. O meu diretor, o Dr. [[PERSON:Nuno Cardoso]], quer cruzar os dados dos ginásios parceiros (quantas vezes a pessoa vai ao ginásio) com as apólices de saúde para subir o prémio a quem "não se mexe". Ninguém foi informado.
Falei com a colega [[PERSON:Inês]] da proteção de dados. Ela concorda comigo mas diz que o Dr. [[PERSON:Cardoso]] "não ouve ninguém". O ginásio parceiro é o [[ORG:FitRio]].
O ficheiro de teste tem NIF dos clientes, tipo [[ID:123456789]], e IBAN [[ID:PT50 0002 0123 1234 5678 9015 4]]. Escrevi ao [[PERSON:Nuno]] a [[DATE:10 de abril de 2025]]. A resposta: "isto é inovação, não é vigilância". Estou a pensar em falar com a [[ORG:CNPD]], mas tenho medo. Enfim, obrigada por lerem.
""",
    "European Portuguese; city and district; ORG; 'Dr.' outside; full name, surname, first name; NIF value and Portuguese IBAN as ID; partner gym ORG; Portuguese date; regulator CNPD",
    ok=(),
)

S(
    """
Howzit. Data scientist at a short-term insurer in [[LOCATION:Cape Town]], office in [[LOCATION:Century City]]. Company: [[ORG:Fynbos Assurance (Pty) Ltd]]. Our claims team lead, [[PERSON:Riaan van der Merwe]], wants the fraud model to weight claims from [[LOCATION:Khayelitsha]] and [[LOCATION:Mitchells Plain]] higher "based on history". History of what, ek vra jou. History of us sending more investigators there.
I showed the false positive rates by area on [[DATE:14 Maart 2025]]. [[PERSON:Riaan]] said "jy's te sensitief, boet". Our exec [[PERSON:Thandi Mokoena]] was in the meeting and said nothing, then messaged me after: "keep your data, we'll talk".
ID numbers are in the training set, e.g. [[ID:8001015009087]], which under POPIA is already a problem. I've logged it with the Information Officer, ref [[ID:POP-2025-019]]. Eish. We'll see.
""",
    "South African English with Afrikaans; city and business park; ORG with (Pty) Ltd; Afrikaans particle 'van der' inside the full name; townships; Afrikaans month date; 'boet' as slang; exec full name; SA ID number; POPIA law unlabelled; Information Officer role unlabelled; reference ID",
    ok=(),
)

S(
    """
Signal, [[DATE:21 Jan 2025]]:
[[PERSON:Léa]]: did they ask you too?
me: yes. "sentiment per employee" from the internal chat. per EMPLOYEE
[[PERSON:Léa]]: I said no. [[PERSON:Hannes]] says the [[LOCATION:Zürich]] office already runs it

E-mail I then sent ([[DATE:22 Jan 2025]]), to [[EMAIL:people-analytics@alpenquant.example]]:
"Hi [[PERSON:Hannes]], per-employee sentiment scoring of private messages is not something I will build. Happy to discuss aggregate, opt-in options. [[PERSON:Mira]]"

Reply from [[PERSON:Hannes Brügger]], same day: "Noted. Aggregate is useless for the purpose." The purpose, it turns out, is a "flight risk" list for the bonus round. [[ORG:AlpenQuant AG]] prides itself on culture. I'm in the [[LOCATION:Basel]] team, I'm [[PERSON:Mira]], and I've started interviewing elsewhere.
""",
    "Signal log with a date heading and speaker names; accented first name; city office; e-mail to a shared mailbox; signature first name inside a quoted mail; full name with umlaut; ORG with AG; another city",
    ok=("I will build",),
)

S(
    """
not a big dramatic story. just want to write it somewhere. at my last job the team lead kept asking us to remove outliers from the customer satisfaction data until the average crossed the target. every month. we all knew. the outliers were real customers, angry ones, mostly from the night shift when nobody picks up.
i asked once if we could report the median and the full distribution instead. he said the regional manager only understands one number.
i left after a year, for other reasons too. the new place is better, they put the ugly chart on the first slide. but i still think about the people whose complaints we deleted every month so a number could turn green
""",
    "nothing identifying: short lower-case reflection with roles, a shift, durations and relative dates only",
    ok=(),
)

TOOLS = [
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
    "Zoom",
    "Signal",
    "Discord",
    "Gmail",
    "Outlook",
    "Notion",
    "dbt",
    "Kafka",
    "Postgres",
    "XGBoost",
    "Power BI",
    "Viber",
    "LINE",
    "Zalo",
    "Messenger",
    "GCash",
    "M-Pesa",
    "Pix",
    "UPI",
    "Instagram",
    "TikTok",
    "Mastodon",
    "Sheets",
    "Databricks",
]
LEGAL = (
    r"\s+(GmbH|AG|Ltd\.?|LLP|LLC|Inc\.?|B\.V\.|S\.A\.|S\.A\.S\.|Sp\. z o\.o\.|A\.Ş\.|"
    r"\(Pty\) Ltd|K\.K\.|PT|Tbk|Sdn\.? Bhd\.?|Pvt\.? Ltd\.?|Co\.|Corp\.?|SRL|S\.L\.|plc|JSC)$"
)
PREFIX = r"^(Project|Projet|Projekt|Proyecto|Operation|Team|PT)\s+"
PARTICLES = {
    "de",
    "da",
    "do",
    "dos",
    "das",
    "van",
    "der",
    "den",
    "von",
    "bin",
    "binti",
    "ibn",
    "al",
    "el",
    "la",
    "le",
    "del",
    "di",
    "du",
    "y",
    "bint",
    "ul",
    "ur",
}
MUST_LABEL = {"UK", "NHS"}
ALLOWED_TRAIL_DOT = re.compile(
    r"(\b[A-Z]\.|Inc\.|Ltd\.|Co\.|B\.V\.|S\.A\.|S\.A\.S\.|K\.K\.|"
    r"Sp\. z o\.o\.|A\.Ş\.|Bhd\.|Corp\.)$"
)
NOTHING_MIN = 8
PUNCT = set(".,;:!?()[]{}'\"-–—/\\|*_`~<>#@+&%$")


def word_re(needle):
    return re.compile(rf"(?<![\w@#/.\-]){re.escape(needle)}(?![\w\-])")


def covered(text, spans, a, b, ok):
    if any(s["start_position"] < b and a < s["end_position"] for s in spans):
        return True
    low = text.lower()
    for phrase in ok:
        p = phrase.lower()
        i = low.find(p)
        while i != -1:
            if i <= a and b <= i + len(p):
                return True
            i = low.find(p, i + 1)
    return False


def variants(kind, value):
    out = {value}
    if kind == "ORG":
        v = re.sub(LEGAL, "", value)
        out.add(v)
        out.add(re.sub(PREFIX, "", v))
    return {v for v in out if len(v) >= 2}


def name_tokens(value):
    toks = []
    for t in re.split(r"[\s,]+", value):
        t = t.strip("()")
        if len(t) < 2 or "." in t or t.lower() in PARTICLES:
            continue
        toks.append(t)
    return toks


def check(items):
    problems = []
    ids = [i["id"] for i in items]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for it in items:
        sid, text, spans, ok = it["id"], it["full_text"], it["spans"], it["_ok"]
        if "[[" in text or "]]" in text:
            problems.append(f"{sid}: leftover markup")
        n = len(text.split())
        if not 60 <= n <= 250:
            problems.append(f"{sid}: {n} words")
        ss = sorted(spans, key=lambda s: s["start_position"])
        for a, b in itertools.pairwise(ss):
            if b["start_position"] < a["end_position"]:
                problems.append(f"{sid}: overlap {a['entity_value']!r} / {b['entity_value']!r}")
        for s in spans:
            v, k = s["entity_value"], s["entity_type"]
            if text[s["start_position"] : s["end_position"]] != v:
                problems.append(f"{sid}: offset mismatch {v!r}")
            if k not in KINDS:
                problems.append(f"{sid}: bad kind {k}")
            if v != v.strip():
                problems.append(f"{sid}: edge whitespace {v!r}")
            first, last = v[:1], v[-1:]
            if first in PUNCT and not (first in "@#+(" or (k == "HANDLE" and first in "@#")):
                problems.append(f"{sid}: leading punctuation {v!r}")
            if (last in PUNCT and last != ")") or (last == ")" and v.count("(") != v.count(")")):
                if not (last == "." and ALLOWED_TRAIL_DOT.search(v)):
                    problems.append(f"{sid}: trailing punctuation {v!r}")
            if k in ("PERSON", "ORG", "LOCATION"):
                for t in TOOLS:
                    if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", v, re.I):
                        problems.append(f"{sid}: tool name {t!r} inside {k} {v!r}")
        # within-story missed mentions, any case
        needles = set()
        for s in spans:
            k, v = s["entity_type"], s["entity_value"]
            if k == "PERSON":
                needles.update(name_tokens(v))
                needles.add(v)
            elif k in ("ORG", "LOCATION"):
                needles.update(variants(k, v))
        for nd in needles:
            for m in re.finditer(rf"(?<![\w@#/.\-]){re.escape(nd)}(?![\w\-])", text, re.I):
                if not covered(text, spans, m.start(), m.end(), ok):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(f"{sid}: unlabelled mention {nd!r}: ...{ctx}...")
    # across stories, capitalised, case-sensitive
    needles = set(MUST_LABEL)
    for it in items:
        for s in it["spans"]:
            k, v = s["entity_type"], s["entity_value"]
            if k in ("ORG", "LOCATION"):
                needles.update(x for x in variants(k, v) if len(x) >= 3 and x[:1].isupper())
            if k == "PERSON":
                needles.update(t for t in name_tokens(v) if len(t) >= 3 and t[:1].isupper())
    for it in items:
        for nd in needles:
            for m in word_re(nd).finditer(it["full_text"]):
                if not covered(it["full_text"], it["spans"], m.start(), m.end(), it["_ok"]):
                    ctx = it["full_text"][max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(f"{it['id']}: {nd!r} labelled elsewhere, not here: ...{ctx}...")
    return problems


def build():
    items = []
    for i, st in enumerate(STORIES, 1):
        text, spans = parse(st["marked"], MARK)
        items.append(
            {
                "full_text": text,
                "spans": spans,
                "id": f"md6-{i:02d}",
                "notes": st["notes"],
                "_ok": st["ok"],
            }
        )
    return items


def main():
    items = build()
    problems = check(items)
    empty = [it["id"] for it in items if not it["spans"]]
    if len(items) < 60:
        problems.append(f"only {len(items)} stories")
    if len(empty) < NOTHING_MIN:
        problems.append(f"only {len(empty)} stories with nothing identifying")
    counts = {k: 0 for k in KINDS}
    for it in items:
        for s in it["spans"]:
            counts[s["entity_type"]] += 1
    for k in KINDS:
        if counts[k] < 6:
            problems.append(f"only {counts[k]} {k} spans")
    words = [len(it["full_text"].split()) for it in items]
    for it, w in zip(items, words, strict=True):
        if not 100 <= w <= 200:
            print(f"warning: {it['id']} has {w} words (aim 100-200)")
    out = [
        {
            "full_text": it["full_text"],
            "spans": it["spans"],
            "id": it["id"],
            "notes": it["notes"],
            "ok": it["_ok"],
        }
        for it in items
    ]
    data = json.dumps(out, ensure_ascii=False, indent=1)
    for it in json.loads(data):
        for s in it["spans"]:
            if it["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                problems.append(f"{it['id']}: serialised offset mismatch {s['entity_value']!r}")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s); nothing written")
        sys.exit(1)
    OUT.write_text(data + "\n", encoding="utf-8")
    print(
        f"{len(items)} stories, {min(words)}-{max(words)} words (mean "
        f"{sum(words) / len(words):.0f}), {sum(counts.values())} identifiers; "
        f"nothing identifying: {', '.join(empty)}"
    )
    for k in KINDS:
        print(f"| {k} | {counts[k]} |")


if __name__ == "__main__":
    main()
