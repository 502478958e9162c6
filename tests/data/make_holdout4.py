#!/usr/bin/env python3
"""Fourth blind holdout for the storyshare redaction engine: writes redaction_holdout4.json.

Written BLIND: without opening the redaction engine, its tests, the benchmarks, the
moderation or stories code, or any other corpus's stories, and without running the engine.
Use it only for evaluation, never for tuning.

Stories are written below with inline markup ``[[KIND:text]]``; the script strips the markup,
computes offsets, checks everything and writes ``redaction_holdout4.json`` next to itself.
It exits non-zero and writes nothing if any check fails, and prints counts per kind.

Labelling decisions (on top of tests/data/README.md's guidelines and the earlier holdouts'):
- Titles and honorifics stay outside the span (Dr., Mr., Ms., Sra., Herr, Pak, Bu, Mbak, Ate,
  Kuya, Oga, Madam, Auntie, Hoca, Bey, Hanım, -san, -ssi, ji, sir, anh, chị); an honorific the
  writer uses as part of the name ("Alhaji Sani Garba") stays inside.
- An initial keeps its own full stop ("J.", "T.R."); an initial without stop ("MK") is a name.
- Speaker names in pasted chat logs are PERSON; with a sigil they are HANDLE. A Discord tag
  "name#1234" and a Telegram username are one HANDLE each; "#channel" is a HANDLE with its sigil.
- A ticket "#482" is an ID whose span is the number ("482"); "badge 7731" labels "7731".
- Named internal projects, teams with a code name, products and code names are ORG; generic team
  names ("the risk team", "data platform team") are not labelled.
- An abbreviation used after the full name is labelled separately as ORG ("... (KMT)" -> "KMT").
- A street address, with its city and postcode, is one LOCATION span; "the Pune office" labels
  "Pune". Postcodes on their own are LOCATION.
- Numeric dates in chat timestamps and e-mail headers are DATE; clock times alone never are.
  A month is labelled when it points to one specific month; quarters with a year, seasons with a
  year and non-Gregorian dates are DATE; weekdays, durations and relative dates are not.
  Holidays count only with a year ("Eid 2024").
- Names inside e-mails, URLs and handles are covered by that one span.
- Ordinary words that are names elsewhere (will, grace, hope, mark, summer, ...) are labelled only
  where they name a person; each story lists in ``ok`` the distractor phrases it uses on purpose,
  and the missed-mention checks accept an unlabelled occurrence only inside one of them.
- Names of identity documents ("Emirates ID", "PESEL", "CPF", "NIN", "Aadhaar", "NRIC") are not
  labelled, only their numbers; "NHS" in "NHS number" is the organisation and is labelled.
- A quarter, month or season needs no year to be a DATE when it points to one specific time in
  the story ("last November"); "Q4 2023" is labelled whole; "1402 summer" labels "1402".
- Signature initials standing for a person ("GMT" under an e-mail) are PERSON.
- Languages, demonyms, laws (GDPR, LGPD, KVKK, DPDP Act), tools and platforms used as tools
  (Python, SQL, Slack, Jira, Teams, WhatsApp, Discord, Excel, ...), job titles and AI assistants
  used as tools are not labelled. A real regulator or institution a writer names is ORG.
"""

import json
import os
import re
import string
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import itertools

from corpus_tools import KINDS, parse

MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")
STORIES = []


def S(notes, text, ok=()):
    STORIES.append({"notes": notes, "text": text, "ok": list(ok)})


# ---------------------------------------------------------------------------------------------
# stories

S(
    "rushed lower-case phone post, lower-case names after person cues, lower-case startup, no punctuation",
    """
ok so i need to vent. my manager [[PERSON:dale]] asked me to "fix" the churn dashboard bc the quarterly number looked bad for the board. fix meaning drop every customer who cancelled in the first 30 days as trial noise. i said thats not noise thats the product failing. he said just do it the board meets thursday. i did it. i hate that i did it

then i asked [[PERSON:priyanka]] from finance if she noticed and she just laughed and said everyone does that here at [[ORG:tallyho]], the investors know. idk. is this normal?? im 8 months into my first data job and i feel like a fraud. [[PERSON:dale]] keeps saying "numbers are a story we tell" which like. no. sorry for typos on my phone on the bus
""",
)

S(
    "Mexican Spanish speaker, code-switching, licenciado outside span, Mexican address and phone, S.A. de C.V.",
    """
Hola. I work like data analyst in a fintech in [[LOCATION:Guadalajara]], [[ORG:Préstamos Ágiles S.A. de C.V.]] The collections model use the contacts from the phone of the client, so when somebody not pay, the agents call the mamá, the tíos, the jefe of the client. I say to my boss, el licenciado [[PERSON:Rodrigo Balderas]], that this is ilegal and also cruel, es una vergüenza. He answer me "así funciona el negocio" and that if I don't like I can go. The agents even have a script: "su hija nos debe dinero". Last week one señora call the office crying, she give the address of the office, [[LOCATION:Av. Chapultepec Sur 418, Col. Americana, 44160 Guadalajara, Jalisco]], and said she go to [[ORG:Profeco]]. [[PERSON:Balderas]] told the reception to not answer the [[PHONE:33 5550 1942]] line anymore. I am looking for other job, pero no es fácil. [[ORG:Préstamos Ágiles]] has now 40 thousand clients.
""",
)

S(
    "pasted Slack log with speaker names, initial with stop, handle, #channel, JIRA key, date",
    """
Pasting this because I still can't believe it (names changed? no. I don't care anymore):

[09:14] [[PERSON:Tomasz Wróbel]]: can someone explain why the attrition model flags basically everyone on parental leave
[09:15] [[PERSON:Hanne]]: it's a feature. literally. days_absent_90d
[09:15] [[PERSON:Tomasz Wróbel]]: we cannot ship that
[09:17] [[PERSON:Kwabena O.]]: [[HANDLE:@gerrit.v]] said ship it, he'll "handle legal"
[09:20] [[PERSON:Hanne]]: opened [[ID:PPLA-4471]], cc [[HANDLE:#people-analytics]]

That was [[DATE:14 March 2024]]. [[PERSON:Gerrit]] shipped it the next sprint anyway, with the feature renamed to "engagement_gap". Two women in logistics were put on performance plans within a month. [[PERSON:Tomasz]] left. [[PERSON:Kwabena]] and I are still there. I'm the one who trained the first version, so yes, this is partly on me.
""",
)

S(
    "forwarded e-mail with headers and signature, Norwegian company AS, international phone, bare host URL",
    """
My boss forwarded me this with "FYI, handle it" and nothing else:

---------- Forwarded message ---------
From: [[PERSON:Ingrid Solvang]] <[[EMAIL:ingrid.solvang@fjordlys.example]]>
Date: [[DATE:Tue, 7 Nov 2023]] at 16:02
Subject: Re: retention of call recordings
To: [[EMAIL:analytics@fjordlys.example]]

Hi all,
Legal is fine with us keeping the recordings "for model training" indefinitely as long as we don't call it storage. Please stop the nightly delete job.

Best,
[[PERSON:Ingrid Solvang]]
Head of Customer Insight | [[ORG:Fjordlys Energi AS]]
[[PHONE:+47 915 55 012]] | [[URL:fjordlys.example/insight]]

The delete job is the only thing that made our privacy notice true. I wrote back asking for that in writing from Legal. [[PERSON:Ingrid]] never answered, but the job was disabled by someone else two days later. The privacy notice still says 90 days.
""",
)

S(
    "NOTHING IDENTIFYING: short angry post, ordinary words that are names elsewhere",
    """
Our VP wants a "fairness dashboard" that is green. Not fair. Green. When I showed him the approval gap for older applicants he asked if we could change the threshold until the tile turned green, then mark the ticket done. I will not do that. I said so in the meeting. Grace period is over, he says, the regulator review is next month. I hope someone reads this and tells me I'm not crazy, because my whole team nodded along like it was normal. Writing this from the car park at lunch because I can't say it inside.
""",
    ok=["mark the ticket", "I will not", "Grace period", "I hope"],
)

S(
    "Indian English, Hinglish, ji after name, Indian address, employee ID, Bengaluru",
    """
Yaar I don't know whom to tell. I am a data engineer at [[ORG:Vistara Kredit]] (NBFC) in our [[LOCATION:Bengaluru]] office. Our collections head, [[PERSON:Sharma]] ji, asked me to pull the contact list and the location pings of defaulters and share with an outside agency. Agency people are literally going to houses. One uncle at [[LOCATION:Flat 302, Sai Krupa Apartments, 14th Cross, HSR Layout, Bengaluru 560102]] got visit at 10 pm, neighbours watching, full tamasha. I told my lead [[PERSON:Nikhil Rao]] this is not okay, he said "bhai, chup chap kar de, appraisal aa raha hai". HR has my employee id [[ID:VK-20931]] on the complaint now so I am sure they know it is me. [[PERSON:Nikhil]] is not a bad guy, he is also scared. But kuch toh galat hai.
""",
)

S(
    "Nigerian English with Pidgin, Oga outside span, Lagos address, Nigerian phone, loan app",
    """
Na wa o. I dey work as ML engineer for one loan app for [[LOCATION:Lagos]], [[ORG:Kudikwik]]. Oga [[PERSON:Femi Adebanjo]] say make we add "social graph score" to the credit model. Wetin e mean be say we go scrape the contact list and if your contacts don pay late, your score go drop. I tell am say this one na discrimination by association, e no even legal under NDPA. Oga laugh. He say "na data, data no get feelings". Last month one customer come our office for [[LOCATION:12 Ajose Adeogun Street, Victoria Island, Lagos]] with her brother, say our agents call her pastor. The receptionist give her [[PHONE:0809 555 0147]] to complain. Nobody pick. I still dey there because of my younger ones school fees. Forgive me.
""",
)

S(
    "reddit post with edits, u/ handles, Mark as person beside mark as verb",
    """
Throwaway because my coworkers are on here.

TL;DR my director wants me to mark survey responses from one region as "low quality" so the NPS goes up.

Long version: I'm the only analyst at a mid-size SaaS company. Our director, [[PERSON:Mark]], noticed that NPS from the [[LOCATION:Manila]] customers dragged the global score down and asked me to "mark them as low-quality responses" based on completion time. They aren't faster than anyone else. I checked. [[PERSON:Mark]] says it's standard cleaning.

EDIT: to [[HANDLE:u/sundial_qa]] who DMed me, no I won't name the company.
EDIT 2: lots of people asking if I pushed back. I did, in writing. [[PERSON:Mark]] replied "noted 👍". That's it.
EDIT 3: [[HANDLE:u/throwaway_bi_lead]] you're right, I've started saving the emails to my personal drive.
""",
    ok=["to mark survey", 'to "mark them'],
)

S(
    "meeting minutes with initials, project code name, numeric dates dd/mm/yyyy, action items",
    """
MINUTES, Data Ethics Review, [[DATE:09/01/2025]]
Attendees: [[PERSON:T.R.]] (chair), [[PERSON:MK]], [[PERSON:J. Okonjo-Adeyemi]], [[PERSON:Lise]] (Legal), me (minutes)
Apologies: [[PERSON:Bartholomew]]

1. [[ORG:Project Lantern]], store footfall cameras. [[PERSON:MK]] reported that [[ORG:Lantern]] now estimates age and gender of shoppers. Not in the DPIA. [[PERSON:T.R.]] asked who approved it. No answer.
2. [[PERSON:Okonjo-Adeyemi]] asked for the vendor contract. [[PERSON:Lise]]: contract allows "demographic analytics", so legally grey.
3. Decision: pause age/gender estimation pending review. ACTION [[PERSON:MK]] by [[DATE:17/01/2025]].

Note from me, not in the official minutes: the pause was reversed on [[DATE:21/01/2025]] by someone not in the room. [[ORG:Lantern]] is live in every store now.
""",
)

S(
    "voice-to-text transcript, no punctuation, lower-case place and names, filler words",
    """
so um yeah this happened at the uh the [[LOCATION:bristol]] office last spring i was the analyst on the uh warehouse productivity thing and basically they wanted a ranking of pickers by units per hour and i said ok but like the people on the night shift get the heavy stuff so the ranking is kind of meaningless and my manager [[PERSON:gail]] said it's fine we'll just use it for coaching and then three weeks later it was used for the um the redundancies like literally the bottom ten percent and one of them was [[PERSON:roy]] who'd been there like eleven years and had a bad back and i just um i still think about [[PERSON:roy]] a lot sorry this voice thing doesn't do punctuation
""",
)

S(
    "tweet thread with numbering, @handles, short link, date",
    """
1/ a thread about why I quit my job as a data scientist at a "wellness" app. short version: we sold mood data. long version below 🧵

2/ in [[DATE:Feb 2023]] our CEO [[HANDLE:@calm_founder_jj]] announced a "research partnership" with an insurer. the data was "anonymised". it was not. it had device IDs.

3/ I raised it internally, to my lead [[PERSON:Noor]]. she agreed with me. she was moved to another team the following week.

4/ I wrote it all up here: [[URL:bit.ly/3moodsold]] (mirror because they DMCA'd the first one)

5/ if you work at [[ORG:Serenely]] and you're reading this: check what the "partner export" job actually writes. ask [[HANDLE:@noor_builds]], she knows.

6/ no, I don't regret it. yes, I'm still unemployed.
""",
)

S(
    "Japanese speaker, -san outside span, Japanese address, era date, Tokyo phone",
    """
I am working in data science team of [[ORG:Hoshizora Life K.K.]] (insurance). My manager [[PERSON:Kuroda]]-san asked me to make a model for "health risk" using the purchase data from a convenience store partner. Customers did not consent to this. When I said it, [[PERSON:Kuroda]]-san said it is decided by upper management in [[DATE:令和6年4月]], so no discussion. In [[LOCATION:Japan]] it is very difficult to say no to the boss, you understand. My senpai [[PERSON:Aoyama Rei]] also worried but she said we should "read the air". I sent an email to the compliance desk, [[PHONE:03-5555-0123]], address [[LOCATION:〒100-0005 東京都千代田区丸の内2-7-3]]. No reply for one month. I think maybe they forward it to [[PERSON:Kuroda]]-san. Now I am in a difficult position.
""",
)

S(
    "German e-mail pasted with Herr/Frau Dr. outside spans, GmbH, German address with PLZ, German date",
    """
Ich schreibe auf Englisch, sorry for mistakes. This is the mail I got from our works council after I asked about the keystroke logging:

Sehr geehrte Frau [[PERSON:Lindqvist-Becker]],
vielen Dank für Ihre Nachricht vom [[DATE:3. März 2024]]. Die Auswertung der Tastaturdaten erfolgt gemäß Betriebsvereinbarung nur anonymisiert.
Mit freundlichen Grüßen
[[PERSON:Holger Reinecke]]
Betriebsrat, [[ORG:Kästner Logistik GmbH]], [[LOCATION:Hafenstraße 21, 28217 Bremen]]

"Nur anonymisiert". I am the one who builds the dashboard. It shows each person by personnel number, and Herr Dr. [[PERSON:Voss]] from the management asks every Monday which numbers are "auffällig". I told Herr [[PERSON:Reinecke]] this in person. He said he cannot see the dashboard so he cannot comment. [[ORG:Kästner Logistik]] has 1,400 employees. I am thinking to go to the data protection authority but I am on probation until [[DATE:Juni 2024]].
""",
)

S(
    "NOTHING IDENTIFYING: meeting-notes style with roles only, tools, relative dates",
    """
Notes to self after today's standup, because I need to remember how this went.

- Product lead wants the recommendation model to push the premium plan to users who "look wealthy" (device price, postcode tier, time of purchase).
- I asked what happens to the people it classifies as poor. Answer: "they just see the normal stuff". Except the normal stuff is the plan with the late fees.
- Data engineer on my team said the postcode tier table is three years old anyway.
- Head of Growth joined late, said ship it behind a feature flag on Friday, we'll "learn fast".
- I said I want the fairness check in the Jira ticket. Ticket now says "fairness: N/A".
- Next week: retro. I will bring the numbers. Probably pointless.
""",
    ok=["I will bring"],
)

S(
    "Brazilian Portuguese speaker, code-switching, dos Santos particle, CPF, São Paulo address, LGPD not labelled",
    """
Gente, preciso desabafar. I am cientista de dados in a health plan company, [[ORG:Vivamais Saúde]]. My coordinator, [[PERSON:Ana Cláudia dos Santos]], asked me to cross the reimbursement claims with the pharmacy purchases to find "clientes caros" before renewal. Basically to raise the price of people with cancer or HIV. I said this violates the LGPD, sensitive data, finalidade, tudo. [[PERSON:Ana Cláudia]] said the juridical already approved. I asked for the document, she sent me a PDF with my own CPF in the test data, [[ID:529.982.247-25]], que absurdo, they use real employee data as test. The meeting was in the [[LOCATION:Rua Funchal, 418 - Vila Olímpia, São Paulo - SP, 04551-060]] building, 9th floor. I wrote to the DPO on [[DATE:12/08/2024]]. Ela respondeu "em análise". Still em análise. [[ORG:Vivamais]] renewal season starts soon.
""",
)

S(
    "Kenyan writer, Swahili/Sheng code-switching, Kenyan phone, national ID number, Nairobi neighbourhood",
    """
Sasa wasee. I was doing data analysis for a digital lender in [[LOCATION:Westlands]], [[LOCATION:Nairobi]]. The company is called [[ORG:Haraka Pesa]]. They told us to build "nudges" — SMS that tell borrowers their employer will be informed. Hii ni vitisho tu. My supervisor [[PERSON:Wanjiru Kamau]] agreed it was wrong but said the CEO [[PERSON:Otieno]] wants repayment up 20% by [[DATE:December 2023]]. One borrower called me directly on [[PHONE:0712 555 0190]], crying, saying her boss got the message. She read me her ID number [[ID:28417763]] to prove it was her account. I escalated to [[PERSON:Wanjiru]], she escalated to [[PERSON:Otieno]]. [[PERSON:Otieno]] said "wacha hizo". The [[ORG:ODPC]] complaint from that lady is still pending. Mimi nimeondoka, but the nudges are still running.
""",
)

S(
    "WhatsApp log with dd/mm/yy timestamps, Ghanaian English, GhanaPost digital address, Ama/Kofi",
    """
Our team WhatsApp. I'm the analyst, the others are field supervisors.

[[[DATE:12/03/24]], 21:14] [[PERSON:Ama Boateng]]: the bosses want the GPS of the agents every 5 mins even on Sunday
[[[DATE:12/03/24]], 21:15] [[PERSON:Kofi Mensah]]: even when they are in church?? 😂
[[[DATE:12/03/24]], 21:15] [[PERSON:Ama Boateng]]: even in church. Mr. [[PERSON:Asante]] said it's for "safety"
[[[DATE:12/03/24]], 21:18] [[PERSON:Kofi Mensah]]: safety my foot. one of the agents lives at [[LOCATION:GA-183-5521]] and they drove there to check if she was "really sick"
[[[DATE:12/03/24]], 21:20] Me: I can set the tracking off outside work hours in the app config
[[[DATE:12/03/24]], 21:21] [[PERSON:Ama Boateng]]: do it quietly

I did it. Two weeks later [[PERSON:Asante]] noticed and asked who changed the config. Nobody said anything. He turned it back on.
""",
    ok=["Me: I can"],
)

S(
    "Taglish, Ate/Kuya outside spans, BGC address, Philippine mobile, PhilSys-like number, BPO",
    """
Hi po. Data analyst ako sa isang BPO sa [[LOCATION:BGC]], [[LOCATION:Taguig]]. Our client, an American telco, asked for "sentiment scores" per agent from the call recordings, tapos gagamitin daw for the bonus. Problem is the model is trained on American English and it scores agents with a strong accent as "negative". Sinabi ko kay Ate [[PERSON:Marites]] (team lead) and she said "wag mo na palakihin". Kuya [[PERSON:Jong]] from IT said he can't change anything because the vendor owns the model. One agent, si [[PERSON:Rowena Dimaculangan]], lost her incentive three months straight. She messaged me at [[PHONE:0917 555 0134]] asking why. Ano sasabihin ko? Her national ID number was even printed on the dispute form, [[ID:4829-1057-3316-0942]], which is another problem. Our site is at [[LOCATION:32nd Street corner 5th Avenue, Bonifacio Global City, Taguig 1634]]. Nag-file ako ng concern sa ethics hotline. Wala pa rin.
""",
)

S(
    "Indonesian speaker, Pak/Bu/Mbak outside spans, NIK number, Indonesian month name, Jakarta Selatan",
    """
Halo semua. Saya data scientist di startup edtech di [[LOCATION:Jakarta Selatan]], namanya [[ORG:Pintarku]]. Pak [[PERSON:Hendra Wijaya]], our CTO, want to sell the "learning behaviour" data of students to a bank for credit scoring of the parents. Anak-anak SD, bayangkan. I said to Bu [[PERSON:Ratna]] from legal, she said as long as in the terms of service is ok. Nobody read the terms. Mbak [[PERSON:Sari]] in my team found that the export file has the NIK of parents, for example [[ID:3174015507890003]], in clear text. We reported internally on [[DATE:17 Agustus 2023]], funny because it is independence day. Pak [[PERSON:Hendra]] said "jangan lebay". The deal signed anyway in [[DATE:Oktober 2023]]. I already resign, but I still feel guilty, karena saya yang bikin pipeline-nya.
""",
)

S(
    "Vietnamese speaker, family-name-first names, anh/chị outside spans, Tết with year, Ho Chi Minh City district",
    """
I am a data engineer in [[LOCATION:Quận 7]], [[LOCATION:Ho Chi Minh City]]. Company make a super-app for delivery drivers. Before [[DATE:Tết 2024]], my boss anh [[PERSON:Trần Quốc Bảo]] ask me to build a "reliability score" from the GPS of drivers, and drivers with low score get less orders. But the score punish drivers who stop to pray or to pick up children. Chị [[PERSON:Nguyễn Thị Lan]], the product owner, she agree with me in private but in meeting she say nothing. After I show the data, anh [[PERSON:Bảo]] say: "em đừng nghĩ nhiều, em chỉ là engineer". So I build it. Now I see drivers in the group chat complain about less orders and I know exactly why. Chị [[PERSON:Lan]] tell me keep quiet until bonus time.
""",
)

S(
    "Chinese speaker, family-name-first names, Xiao outside span, WeChat ID as handle, Chinese date, Shenzhen",
    """
I work as algorithm engineer in [[LOCATION:Shenzhen]], in a company doing smart campus systems, [[ORG:Huiyan Zhilian]]. From [[DATE:2023年11月6日]], the system start to record which students go to the library, canteen, dormitory, and my leader [[PERSON:Zhou Wenbo]] want a model to predict "unstable thought" students, to report to the university. I told him this is surveillance, not education. [[PERSON:Zhou]] said the client pays, we deliver. My colleague Xiao [[PERSON:Mei]] added me on WeChat ([[HANDLE:mei_bamboo_88]]) to say she also feel uncomfortable, but we are both young and need the hukou. In the end I made the model a little bit worse on purpose. I don't know if this is right either. Nobody asked the students.
""",
)

S(
    "Korean speaker, -ssi suffix outside span, Pangyo, Korean mobile, Korean date format",
    """
I am ML engineer in [[LOCATION:Pangyo]]. Our HR team want "flight risk" model using the employees' messenger activity — login time, number of messages after 10 pm, emoji usage (really). My team lead [[PERSON:Baek Seo-yeon]] said it is only "aggregate", but the output table has employee number and name. I showed [[PERSON:Seo-yeon]]-ssi the table and she said "모르는 척 해" (pretend you don't know). The model went live [[DATE:2024년 3월]]. After that, two people in my team were moved to a "special project" which everyone knows is a pre-layoff room. One of them, [[PERSON:Ha Jun-ho]], called me on [[PHONE:010-5555-0192]] asking if the model did this. I could not lie to him. Now I think HR knows I told him.
""",
)

S(
    "Turkish speaker, Bey/Hanım/Hoca after or before names, Istanbul address in Turkish format, TC kimlik number, Turkish month",
    """
Merhaba. I am a data analyst at an e-commerce company in [[LOCATION:İstanbul]], [[ORG:Sepetmatik A.Ş.]] Our pricing team started to show higher prices to users with iPhone and users from some districts. I told [[PERSON:Kerem]] Bey (my manager) that this is discrimination and also against KVKK when we use location like this. He said "herkes yapıyor". [[PERSON:Elif]] Hanım from legal agreed with me but she said she cannot go above [[PERSON:Kerem]] Bey. Then a customer complained and put her TC kimlik no [[ID:48213507916]] in the complaint, angry, with her address, [[LOCATION:Kuştepe Mah. Mecidiyeköy Yolu Cad. No:12 Şişli/İstanbul]]. Management answered: "dynamic pricing, sorry". This was [[DATE:Ekim 2023]]. My old professor, [[PERSON:Cemil]] Hoca, told me to document everything. I do.
""",
)

S(
    "Arabic-speaking writer, Al- and bin particles, Hijri date, UAE phone, Emirates ID, Dubai",
    """
Salam. I was a data scientist for a government contractor in [[LOCATION:Dubai]]. The project wanted to link the visa data of domestic workers with their phone location to "predict absconding". My manager Eng. [[PERSON:Khalid bin Rashid Al-Mazrouei]] said it is for protecting the sponsors. I said the workers are the ones who need protection. He said in Arabic "هذا ليس شأنك". The first pilot started in [[DATE:Ramadan 1445]], which made it more painful for me. My colleague [[PERSON:Yousef]] showed me the test file: full Emirates ID numbers like [[ID:784-1987-5550123-1]] and passport numbers. I asked [[PERSON:Al-Mazrouei]] to at least hash them. He refused. A worker rights group reached me on [[PHONE:+971 50 555 0143]] later. I did not answer. I am afraid, still.
""",
)

S(
    "Polish speaker, Sp. z o.o., PESEL number, Polish month, Kraków, Polish phone",
    """
Cześć. I am data engineer in [[LOCATION:Kraków]] at [[ORG:Bystrzak Sp. z o.o.]], we do scoring for call centers. My boss [[PERSON:Grzegorz]] told me to keep the recordings of calls even after clients asked for deletion, we just move them to "cold storage" bucket and mark as deleted in the CRM. So deletion is a lie. I checked: even my mother's recording is there, with her PESEL [[ID:55030101193]] said aloud in the call. I wrote to our IOD (DPO) Pani [[PERSON:Magdalena]] in [[DATE:lutym 2024]]. She called me from [[PHONE:+48 12 555 01 88]] and said "I understand, but [[PERSON:Grzegorz]] decides". So I am looking for new job. [[ORG:Bystrzak]] is small company, everybody knows everybody, so I am scared.
""",
)

S(
    "Dutch speaker, van der particle, B.V., Dutch postcode address, IBAN, Dutch month",
    """
I work as a data scientist at a debt collection firm, [[ORG:Incasso Vermeer B.V.]] in [[LOCATION:Utrecht]]. We got a new "vulnerability" model, supposedly to protect vulnerable debtors. In practice my teamlead [[PERSON:Joost van der Heijden]] uses it to decide who to call first, because vulnerable people pay faster when you pressure them. Ik vond het echt walgelijk. I wrote a memo in [[DATE:maart 2024]]. [[PERSON:Van der Heijden]] replied "goed punt, maar nee". Later a debtor visited our office at [[LOCATION:Oudegracht 214, 3511 NT Utrecht]] with a printout of a payment she made to our IBAN [[ID:NL91 ABNA 0417 1643 00]] twice because our letter was confusing. Nobody refunded her for five weeks. [[PERSON:Joost]] said "not my department".
""",
)

S(
    "Swedish speaker, AB, Gothenburg, personnummer, Swedish date, lagom remarks",
    """
Hej. I am an analyst at an insurance startup in [[LOCATION:Göteborg]], [[ORG:Trygga Vågor AB]]. We started pricing home insurance using satellite images of gardens — messy garden means higher risk, according to the model. It mostly matched immigrant-heavy areas like [[LOCATION:Angered]]. I raised it with my chef [[PERSON:Björn Lindahl]] on den [[DATE:4 september 2023]]. [[PERSON:Björn]] said the model is "objective", it only sees grass. I said grass correlates with everything. Then a customer wrote in, gave her personnummer [[ID:19870412-3381]] and asked why her premium doubled. Customer service asked me for an answer. I could not give an honest one without admitting the whole thing. In [[LOCATION:Sweden]] we like to be lagom and not make trouble, but this was not lagom at all.
""",
)

S(
    "French speaker, Mme outside span, Lyon, French fiction-range phone, French date, SARL",
    """
Bonjour. I'm a data scientist at a recruitment platform, [[ORG:Emploi Facile SARL]], based in [[LOCATION:Lyon]]. Our CV-ranking model penalises gaps in employment. Which means women after maternity leave, voilà. I showed it to Mme [[PERSON:Véronique Castaing]], our directrice, on le [[DATE:3 février 2023]]. She said it reflects "la réalité du marché". I said the réalité du marché is exactly the problem. [[PERSON:Castaing]] asked me to write a note, then she never read it. A candidate called our support line [[PHONE:+33 1 99 00 27 41]] asking why she never passes the first filter. Support transferred her to me. I told her to ask for human review under GDPR. I don't know if that was allowed, but c'était la moindre des choses.
""",
)

S(
    "NOTHING IDENTIFYING: voice-to-text ramble, roles and relative dates only, ordinary words",
    """
okay recording this in the car because i can't type it at work so basically my boss wants the attrition report to show that the new hybrid policy didn't make people quit and it did like clearly it did the leavers doubled in the two months after it started and he said can you just like compare it to the same period two years ago when we had the restructure because then it looks normal and i said that's cherry picking and he said it's context and honestly i will probably do it because i have a mortgage and a kid and the job market is awful right now but i wanted to say it out loud somewhere first
""",
    ok=["i will probably"],
)

S(
    "CSV-ish paste of an algorithmic layoff list, employee IDs, names in Lastname, Firstname form",
    """
This is a redacted-by-me version of the "efficiency" export that decided who was let go. I was the analyst who ran it. The inputs were badge swipes and ticket counts. Nothing about quality.

emp_id,name,site,score,flag
[[ID:E-40117]],"[[PERSON:Okafor, Chidinma]]",[[LOCATION:Leeds]],0.31,EXIT
[[ID:E-40562]],"[[PERSON:Hargreaves, Tom]]",[[LOCATION:Leeds]],0.29,EXIT
[[ID:E-41003]],"[[PERSON:Mistry, Dev]]",[[LOCATION:Sheffield]],0.44,KEEP

[[PERSON:Chidinma]] was on a phased return after chemo. Her swipes were low because she was allowed to work from home. I flagged this to the HR business partner before the list was final. The reply: "the model is neutral". The list went out unchanged.
""",
)

S(
    "pasted log line and SQL snippet with e-mail, IPv4, IPv6, MAC address, ISO dates",
    """
Short one. We told users that "delete my account" deletes everything. Here's a log line from the deletion service on the day I checked:

[[DATE:2024-05-21]]T03:12:44Z INFO account_delete user=[[EMAIL:r.falconer82@mailbox.example]] ip=[[ID:198.51.100.23]] status=SOFT_DELETED retained=events,ads_profile

and the query the marketing team still runs every week:

SELECT email, last_ip, device_mac FROM events_raw
WHERE deleted_flag = TRUE AND last_seen > '[[DATE:2024-01-01]]';

One row came back with last_ip [[ID:2001:db8:4f2::1a]] and device_mac [[ID:3C:52:82:0A:7F:19]]. "Deleted" users are still being retargeted. I raised it with the engineering manager, who said the retention is "for fraud". Marketing is not fraud.
""",
)

S(
    "Discord log with name#1234 tags, university lab, grant number with slashes, researcher",
    """
From the lab Discord, after our PI told us to keep scraping the forum even though the mods said no:

[[HANDLE:nightowl_ml#4471]]: prof says the ethics approval covers "public data" so we're fine
[[HANDLE:Quokka#0932]]: the approval literally says we'd contact the mods first
[[HANDLE:nightowl_ml#4471]]: yeah well. grant report is due
[[HANDLE:Quokka#0932]]: whose name is on the approval? mine. great

For context: I'm the second one. We're at [[ORG:University of Eastmere]], funded under grant [[ID:ST/W004412/1]]. The forum is a support community for people with eating disorders. Our PI, Prof. [[PERSON:Alasdair Pennock]], thinks this is fine because the posts are visible without login. I emailed the ethics committee at [[EMAIL:ethics-office@eastmere.ac.example]] on [[DATE:2 October 2023]]. [[PERSON:Pennock]] found out before they replied.
""",
)

S(
    "DPO's numbered formal complaint, case reference with slashes, Ms./Dr. outside spans, real regulator",
    """
Formal record, written as the company's Data Protection Officer, for my own protection.

1. On [[DATE:11 January 2024]] I advised the Chief Operating Officer, Ms. [[PERSON:Harriet Quayle]], that the proposed emotion-detection feature in our call-centre software required a DPIA.
2. On [[DATE:15 January 2024]] Ms. [[PERSON:Quayle]] replied that a DPIA "would slow us down" and that the feature would launch as a "beta".
3. The beta launched to 1,200 agents at the [[LOCATION:Swansea]] site on [[DATE:22 January 2024]].
4. On [[DATE:6 February 2024]] an agent complaint was logged under reference [[ID:HRC/2024/0117]].
5. I was removed from the product steering group on the same day by Dr. [[PERSON:Ewan Tulloch]], who cited "capacity".
6. I have since notified the [[ORG:Information Commissioner's Office]]; their reference is [[ID:IC-284517-K3Q9]].
""",
)

S(
    "NOTHING IDENTIFYING: bullet timeline with only relative dates, roles, weekdays and durations",
    """
Timeline, for my own sanity:

- Week 1: asked to build a churn model. Fine.
- Week 3: told to include "household composition" inferred from purchase baskets (nappies, baby food, pregnancy tests).
- Week 3, Thursday: I asked the product owner if customers knew we inferred pregnancy. He said "it's in the privacy policy somewhere".
- Week 4: legal counsel confirmed it is not in the privacy policy anywhere.
- Week 5: the feature was renamed from "pregnancy_score" to "life_stage_signal". Same feature.
- Week 6: I asked to be moved off the project. Request "under review".
- Two months later: still under review, still on the project, still building it.
""",
)

S(
    "US story: SSN-like number in invalid range, licence plate, ZIP code, 555 phone, Chicago neighbourhood",
    """
I'm a data analyst at a regional property management company in [[LOCATION:Chicago]]. We screen rental applicants with a vendor score. I found the vendor's model penalises eviction filings even when the tenant won the case. Most of those filings are from two ZIP codes, [[LOCATION:60621]] and [[LOCATION:60636]]. My director, [[PERSON:Brent Kowalczyk]], said "that's the vendor's problem". Then an applicant, a nurse from [[LOCATION:Englewood]], came in with her file; the vendor had mixed her up with another person, different SSN ([[ID:912-55-4410]]), same name. Leasing photographed her car plate [[ID:DK 48213]] "for the file" which is its own creepy thing. She called me back on [[PHONE:(312) 555-0178]] twice. I fixed her record manually. Nobody else gets that.
""",
)

S(
    "UK: fictional NHS trust, UK postcode, 07700 900 mobile, NHS-number-like ID, Dr outside span, ward name",
    """
I'm an analyst in the informatics team at [[ORG:Calder Vale NHS Foundation Trust]]. Last [[DATE:November]] the trust signed a deal with a "patient flow" startup, [[ORG:Bedwise]], that wanted full A&E records to train its model, not just the aggregates in the contract. My manager said it was covered by "direct care". It isn't. Dr [[PERSON:Siobhan Fairweather]], the Caldicott Guardian, agreed with me, then went on leave. The extract went out while she was away. I found a test row with a real [[ORG:NHS]] number, [[ID:943 476 5919]], for a patient registered at [[LOCATION:HX1 2QT]]. I called the supplier's lead, [[PERSON:Oliver Strand]], on [[PHONE:07700 900461]]. [[PERSON:Oliver]] said they'd "hash it later". [[ORG:Bedwise]] is now being rolled out to three more trusts.
""",
)

S(
    "NOTHING IDENTIFYING: very short angry post, ordinary name-words used normally",
    """
Asked to "make the bias go away" by Friday. Not fix it. Make it go away. As in, drop the column from the report so the audit committee doesn't see the approval rates by age. Told my lead I'd rather mark it as a known issue. She said there's no art to this, just do it. I'm so tired. Rich people build the rules and everyone else gets scored by them. Anyway, it's gone from the report. It's still in the model.
""",
    ok=["mark it as", "no art to", "Rich people"],
)

S(
    "researcher at a hospital, grant number, Prof./Dr. outside spans, research ethics, abbreviation after full name",
    """
I'm a postdoc in a clinical AI group. Our sepsis model was validated at [[ORG:St Aldhelm's Hospital]] ([[ORG:SAH]]) and the paper reports an AUROC of 0.91. What the paper doesn't say is that we dropped every patient transferred in from another hospital, because their timestamps were messy. Those are the sickest patients. When I raised it, Prof. [[PERSON:Marguerite Okwuosa-Hale]] said the reviewers "won't ask". Our funder, under award [[ID:MR/Y019774/1]], expects deployment at [[ORG:SAH]] by [[DATE:spring 2025]]. Dr [[PERSON:Dinesh Pillai]], the ICU consultant, asked me directly whether the model works on transfers. I said I didn't know, which was true only because we never tested it. I've put a note in the lab wiki at [[URL:wiki.aldhelm-ai.internal/sepsis/limitations]]. Someone deleted it within a day.
""",
)

S(
    "manager's story: Rich and Art as people beside rich/art as words, layoffs by algorithm, US city, date",
    """
I manage a team of six analysts. In [[DATE:Q2 2023]] leadership bought a "workforce optimisation" tool that ranks staff by output metrics. My boss, [[PERSON:Rich Delacroix]], told me to "trust the model" and cut the bottom two. The bottom two were [[PERSON:Art]], who spends half his week mentoring the juniors, and a woman who had just come back from bereavement leave. The data is rich in keystrokes and poor in everything that matters. I asked [[PERSON:Rich]] if I could write a qualitative case for [[PERSON:Art]]. He said the art of management is making the hard call. I made the call. I kept [[PERSON:Art]] and let myself be the one who pushed back. I was "restructured" out of the [[LOCATION:Columbus]] office four months later.
""",
    ok=["data is rich", "the art of management"],
)

S(
    "Summer, Dawn and Sunny as people beside summer/dawn/sunny as words, Australian setting, season with year",
    """
Bit of a weird one. I'm a data scientist at a gig-work platform in [[LOCATION:Brisbane]]. Over [[DATE:summer 2023-24]] the ops team wanted to know which riders were "gaming" the surge pricing by logging on just before dawn. My colleague [[PERSON:Summer Ngata]] built the detector; I reviewed it. It flagged basically every rider who worked a second job and could only start at dawn. I told our manager, [[PERSON:Dawn Reilly]], who was sympathetic but said the GM wanted names by Friday. [[PERSON:Summer]] and I changed the threshold so it only flagged clear fraud. [[PERSON:Dawn]] signed it off. The GM, who everyone calls [[PERSON:Sunny]] because he is anything but, overrode it and used the first version. Forty riders lost access. It was a sunny day, I remember, and I felt sick.
""",
    ok=["before dawn", "start at dawn", "a sunny day"],
)

S(
    "Nigerian names Hope/Faith/Blessing as people beside the words, obfuscated e-mail, Abuja, Nigerian phone, NIN",
    """
I be data analyst for one health insurance HMO for [[LOCATION:Abuja]], [[ORG:CareNest HMO]]. Management wan deny claims automatically when the "fraud score" high. The model dey flag plenty women for maternity claims because of how the hospital codes dey. I tell my supervisor [[PERSON:Hope Adeyemi]] and she say make I write am down. I write am. [[PERSON:Faith]] from compliance read it and said "we hope the model is right". Hope no be strategy. One woman wey dem deny, [[PERSON:Blessing Eze]], her NIN [[ID:71834509216]] dey the file, she call me for [[PHONE:+234 809 555 0193]]. I tell her make she email our complaints desk, [[EMAIL:complaints at carenest dot com dot ng]]. Up till now, no reply. I still dey pray on it, small faith remain.
""",
    ok=["we hope the model", "Hope no be strategy", "small faith"],
)

S(
    "NOTHING IDENTIFYING: reflective essay, formal register, roles only",
    """
I have been a data scientist for eleven years, and the moment I think about most is not dramatic. A senior manager asked me to present a model's accuracy "without the caveats", because the caveats would confuse the executives. The caveats were that the model performed much worse for customers over seventy and for anyone whose first language was not the one our call centre used. I removed them. The slide was clean. The executives were not confused. The model was deployed. Nobody was hurt in a way that made the news; people were simply routed to slower queues and waited longer on the phone. I tell this story to junior colleagues now, not because I resisted, but because I didn't, and I want them to recognise the moment when it arrives. It will arrive as a request for a cleaner slide.
""",
)

S(
    "NOTHING IDENTIFYING: Teams chat with role labels instead of names, clock times only",
    """
Copying this from Teams, names replaced by roles because I'm not stupid:

[10:02] me: the model recommends lower credit limits for postcodes with a lot of students
[10:03] my manager: and?
[10:03] me: and half of them are international students. it's nationality by proxy
[10:05] my manager: it's risk. students default more
[10:06] me: they don't, I checked, the default rate is the same once you control for income
[10:09] my manager: can you not put that in the deck
[10:09] me: it's the main finding
[10:14] my manager: let's discuss offline

We never discussed offline. The deck went to the risk committee without the slide.
""",
)

S(
    "NOTHING IDENTIFYING: forum post, ordinary words that are names elsewhere (will, joy, grace, destiny, lucky)",
    """
Long-time lurker. Data engineer at a logistics company, nothing special. Our new "driver safety" score uses the in-cab camera to detect yawning and phone use. Fine in theory. In practice it is used to decide who gets the good routes. I was asked to add a feature for "time spent stationary", which mostly catches drivers who stop to use a toilet. There is no joy in this job anymore. I will probably leave, but I feel like whoever replaces me will just build it. Is it destiny that someone always builds the bad thing? Lucky for management, there is always someone. Any advice on how people here have said no with grace and kept their jobs?
""",
    ok=["no joy", "I will probably", "destiny", "Lucky for", "with grace"],
)

S(
    "South African English with Afrikaans, (Pty) Ltd, SA ID number, Sandton address, +27 phone",
    """
Howzit. Analyst at a short-term lender in [[LOCATION:Johannesburg]], [[ORG:Mzansi Quick Credit (Pty) Ltd]]. The affordability model ignores social grants as income, so [[ORG:SASSA]] recipients get "unaffordable" and then get pushed to a pricier product from our sister company. My manager, [[PERSON:Riaan Pretorius]], says ag man, the [[ORG:NCR]] doesn't audit models. I showed him an applicant, ID [[ID:8507125800083]], a pensioner with steady income who got declined then upsold. [[PERSON:Riaan]] just said "lekker, conversion". Our head office is at [[LOCATION:14 Rivonia Road, Sandhurst, Sandton, 2196]]. I've sent a note to compliance, [[PERSON:Thandeka Dlamini]], on [[PHONE:+27 11 555 0172]]. She's good people. But it's been three weeks, and the product is still live.
""",
)

S(
    "Colombian Spanish, Doña outside span, cédula, Medellín, Spanish month, code-switching",
    """
Buenas. Soy analista de datos en una aseguradora en [[LOCATION:Medellín]], [[ORG:Seguros Montaña Verde]]. In [[DATE:agosto de 2022]] my boss, doctor [[PERSON:Julián Restrepo]], asked me to use the "estrato" of the address as a variable for health premiums. Estrato is basically a class system by neighbourhood. I explained that it is discrimination disfrazada. He said the actuaries use it everywhere. Then Doña [[PERSON:Gladys]], the lady who cleans our floor, told me her premium went up, and showed me the letter with her cédula [[ID:43.872.116]]. That one hurt. I told [[PERSON:Restrepo]] about her case, he said "es un caso aislado". I am still there, building reports, pero ya no duermo bien.
""",
)

S(
    "Iranian writer abroad, Persian calendar date, family names, Tehran, ML for monitoring",
    """
I work now in [[LOCATION:Europe]] but this happened in [[LOCATION:Tehran]]. I was ML engineer at a company doing "smart city" cameras, [[ORG:Didban Pardaz]]. In [[DATE:Farvardin 1402]] they asked us to add a classifier for women not wearing hijab in cars, to send SMS warnings to the car owner. My team lead, [[PERSON:Mohammad-Reza Karimi]], said if we don't, another company will, and we will lose the contract. My friend [[PERSON:Shirin]] and I tried to make the model so bad that it could not be used. It worked for two months. Then a new engineer fixed it. I left the country in [[DATE:1402]] summer. I think about the women who received those messages. I think my code is somewhere still.
""",
)

S(
    "Irish: O'Sullivan and Mac/Mc particles, Eircode, PPS-like number, Dublin, ordinary-word distractors",
    """
Data scientist at a [[LOCATION:Dublin]]-based insurer, [[ORG:Liffey Mutual]]. I'll keep it short. The claims team wanted a model to flag "suspicious" claims and one of the top features turned out to be surname. Not directly, it was a proxy from the old fraud list, which had loads of Traveller family names on it. I showed [[PERSON:Niamh O'Sullivan]], my manager, and she went pale. She brought it to [[PERSON:Cormac MacGiolla]] in risk. [[PERSON:MacGiolla]] said the model was "performing well" and to leave it. A month later a claimant, [[PERSON:Pádraig McDonagh]], rang in about a delayed payout, PPS number [[ID:7654321WA]], living at [[LOCATION:D08 XY42]]. He'd been flagged three times. [[PERSON:Niamh]] pushed to have the feature removed. It took until [[DATE:March 2025]] and a threat of a complaint to the [[ORG:Central Bank]].
""",
)

S(
    "Filipino names Angel/Destiny/Lucky beside the words, Cebu, URL with scheme, Philippine date",
    """
Hello po. I'm a junior data analyst in a lending app in [[LOCATION:Cebu City]]. Our collections team lead is [[PERSON:Angel Villaruel]], and honestly she is no angel. She asked me to export the Facebook friends list that the app collected and sort it by "likely to shame the borrower". One of the borrowers was [[PERSON:Destiny Pagaduan]], she's a teacher. Her friends got messages. My seatmate [[PERSON:Lucky]] said we're lucky we're not the ones calling. The privacy notice at [[URL:https://www.utangko.example/privacy]] says contacts are "never used for collection". We were told it's destiny, everyone in lending does it. I reported to the [[ORG:NPC]] on [[DATE:June 14, 2024]]. I used my personal email. Kinakabahan pa rin ako.
""",
    ok=["no angel", "we're lucky", "it's destiny"],
)

S(
    "Ukrainian speaker, Telegram username, Kyiv, Ukrainian month, https URL, code-switching",
    """
Привіт. I am data engineer in [[LOCATION:Kyiv]], outsourcing company. Our client, a European HR-tech startup, asked us to build a "productivity" scraper that reads employees' calendars and Telegram statuses. Yes, Telegram. My PM [[PERSON:Oleksandr Hnatiuk]] said it's only metadata, не переживай. But the spec literally has a field for "last seen online" and "number of personal chats". I asked for DPA documents. Client's CTO, known on Telegram as [[HANDLE:@dmitry_scale]], answered "GDPR is for lawyers". The spec is on their wiki at [[URL:https://wiki.peopleflow.example/spec/v3]]. It was [[DATE:березень 2024]]. [[PERSON:Oleksandr]] said we need the money, the war, the salaries. I understand him. I built it. I made "personal chats" always zero. Nobody noticed so far.
""",
)

S(
    "forwarded e-mail chain with obfuscated address, go-link and intranet URL, Mr outside span, US/UK mixed",
    """
Sharing the thread that made me quit (headers trimmed):

> From: [[PERSON:Gideon Marsh-Tatum]]
> Sent: [[DATE:Monday, 4 December 2023]] 08:47
> To: Analytics
> Subject: RE: [[DATE:Q4 2023]] board pack
>
> We are not putting the complaint spike on slide 3. Use the 13-month rolling average like last time, see [[URL:go/boardpack-methods]].
> [[PERSON:GMT]]

My reply was that the rolling average hides the spike entirely, and that the regulator asked for monthly figures. Mr [[PERSON:Marsh-Tatum]] forwarded that to HR. The methods page, [[URL:confluence.hollisbank.internal/display/ANL/Rolling+Averages]], was edited that afternoon to say monthly figures are "not recommended". If anyone from the press wants the full chain: [[EMAIL:quiet.analyst.2023 at proton dot me]].
""",
)

S(
    "US: Bill, Will and Bob as people beside bill/will as words, Teams-style quotes, badge number, Texas",
    """
Context: I'm a BI developer at a hospital billing company outside [[LOCATION:Austin]]. The VP, [[PERSON:Bill Hendricks]], wants a "propensity to pay" score so collectors call the patients most likely to pay the bill first. Sounds fine until you see it ranks uninsured Spanish-speaking patients last, so they get letters instead of payment plans and end up in collections. I showed it to my lead, [[PERSON:Will]], who said "I will bring it up". He did. [[PERSON:Bill]] told [[PERSON:Will]] it was "just math". Then [[PERSON:Bob Ferreira]] from security pulled my badge logs (badge [[ID:30917]]) to see when I'd been in the server room, because someone had mentioned the score to a reporter. It wasn't me. I wish it had been.
""",
    ok=["pay the bill", "I will bring"],
)

S(
    "Telugu-English, garu after name, Hyderabad address, Indian mobile with +91, Aadhaar-like number masked partly, hyphenated given name",
    """
Namaskaram. I am ML engineer in a health-tech startup in [[LOCATION:Hyderabad]], [[ORG:Swasthya Kiran Labs]]. Our founder [[PERSON:Venkata Ramana]] garu wanted us to share the diabetic patients list with a pharma marketing agency, "for awareness". Patients never agreed. I told our product head [[PERSON:Sai-Keerthana Reddy]] and she said "idi normal e, andaru chestaru". The sample file had full Aadhaar numbers like [[ID:4821 5530 9174]]. I asked [[PERSON:Ramana]] garu to at least mask it. He said "next version lo chuddam". Our office is [[LOCATION:Plot 27, Road No. 12, Banjara Hills, Hyderabad 500034]], if some journalist reads this, please come. You can reach me on [[PHONE:+91 98480 55512]] but only after 8 pm. Sorry, I am not brave enough to put my name.
""",
)

S(
    "Spanish speaker from Spain, Sra. outside span, DNI-like number, Madrid, Spanish date, S.L.",
    """
Hola. Soy científica de datos en una empresa de reparto en [[LOCATION:Madrid]], [[ORG:Rápido Reparto S.L.]] The company uses an algorithm to assign shifts to riders, and riders who reject a shift at the last minute lose "excellence points" even if they are sick. I presented this to the Sra. [[PERSON:Montserrat Iglesias]], directora de operaciones, on [[DATE:15 de noviembre de 2022]]. She said that the ley rider already forces us to hire them, so the algorithm must compensate. A rider, [[PERSON:Yeferson]], came to the office with his DNI [[ID:48291057K]] and a medical certificate. The system does not have a field for medical certificates. [[PERSON:Iglesias]] told me to add one "later". Later never came.
""",
)

S(
    "Egyptian writer, ibn particle, Cairo, Egyptian mobile, Arabic honorifics, engineer title",
    """
I am a data scientist in [[LOCATION:Cairo]] at a microfinance company, [[ORG:Nour Tamweel]]. We had a model that uses the number of prayers apps and religious content on the phone as a feature for "trustworthiness". Ustaz [[PERSON:Hazem ibn Saeed]] from the board said it is a good signal. I said we are scoring people for their religion and it is haram and also illegal. My direct manager, Eng. [[PERSON:Mariam El-Sayed]], supported me in the meeting, which was brave. [[PERSON:Hazem]] then asked for the model to be "reviewed by a partner" instead of us. The partner kept the feature. [[PERSON:Mariam]] called me later from her personal number, [[PHONE:0100 555 0186]], and said she is leaving. Now I am alone in this.
""",
)

S(
    "SMS thread pasted, X & Y law firm with LLP, UK street address, 07700 number, '#482' ticket beside a #channel",
    """
texts between me and my old team lead the night before the audit (she said I could share, we both left):

[[PERSON:Jas]] [21:40]: they want us to re-run the attrition figures excluding the night shift
me [21:41]: that's the whole problem group
[[PERSON:Jas]] [21:41]: I know. [[PERSON:Crispin]] says the client's lawyers at [[ORG:Harrow & Finch LLP]] asked for it
me [21:43]: can we at least log it? I'll reopen #[[ID:482]]
[[PERSON:Jas]] [21:44]: put it in [[HANDLE:#audit-prep]] not the ticket, tickets get exported

The audit pack went to [[LOCATION:41 Kingsland Terrace, Leeds LS6 2QW]] by courier next morning with the night shift quietly gone. [[PERSON:Crispin]] called my mobile ([[PHONE:07700 900218]]) to thank me for "being flexible".
""",
)

S(
    "ordinary-word company name, ministry, Kenyan street address, passport number, abbreviation after full name",
    """
I was the lead analyst at a consultancy called [[ORG:Silver Birch Analytics]] ([[ORG:SBA]]) on a contract with the [[ORG:Ministry of Labour and Social Protection]] to "target" cash transfers. The targeting model used mobile money activity, which penalises households where the woman has no phone. I raised it with our partner, Mr. [[PERSON:Kiprono Chepkwony]]. He said the client wants numbers before the budget reading in [[DATE:June 2023]]. At a workshop at [[LOCATION:Ngong Road, Kilimani, Nairobi]], a ministry officer asked me privately if the model was fair. I said not yet. [[ORG:SBA]] later removed me from the project and, weirdly, asked for a scan of my passport, [[ID:AK0394571]], "for the ministry's records". [[PERSON:Chepkwony]] is still on the contract. The households are still being scored.
""",
    ok=["a ministry officer", "the ministry's records"],
)

S(
    "procurement story: PO and invoice numbers, US street address, m/d/yyyy date, plain e-mail, vendor Inc.",
    """
I'm a data engineer at a school district. In spring we bought a "student wellbeing" monitoring tool from [[ORG:Clearpath Signals Inc.]] that scans kids' school accounts for "risk language". The PO was [[ID:PO-2024-00731]], signed [[DATE:3/18/2024]]. I was asked to pipe every student email and doc into it, including the LGBTQ support club's shared drive. I asked our superintendent's office if parents had been told. Answer: "it's in the acceptable use policy". The invoice ([[ID:INV-88412]]) lists the vendor at [[LOCATION:2200 Alder Creek Pkwy, Suite 400, Boise, ID 83702]]. I emailed their privacy contact, [[EMAIL:privacy@clearpathsignals.example]], asking what they retain. They replied that alerts are kept "indefinitely for safety". I flagged it to the board. [[ORG:Clearpath]] is still running.
""",
)

S(
    "rushed lower-case with typos, lower-case names after cues, lower-case startup, bare URL, hashtag-free",
    """
cant sleep so here goes. startup called [[ORG:quantlyfe]], we do "financial wellness" for employers. turns out the employer dashbord shows which employees took payday loans. by name. [[PERSON:kev]] from sales sold it as "early warning for flight risk". i told our cto [[PERSON:marisol]] its gross and probly illegal. she said employees consented in the app onboarding. the consent screen is literally one grey checkbox, you can see it at [[URL:app.quantlyfe.example/onboarding/step3]]. then [[PERSON:kev]] got a bonus for the deal. im the only data person so im the one who built the join. i hate this industry sometimes. [[PERSON:marisol]] if ur reading this u know
""",
)

S(
    "Russian speaker in Kazakhstan, Russian month, IIN, Almaty, Telegram, patronymic",
    """
Добрый день. I work as data analyst in a bank in [[LOCATION:Almaty]]. In [[DATE:мае 2023]] our head of retail, [[PERSON:Arman Serikovich Zhaksylykov]], asked to use data from a partner ride-hailing app to see who goes to bars and casinos at night, to lower their credit limit. Nobody gave consent for this, clients don't even know the partnership exists. I said this is not ethical and maybe against the personal data law. [[PERSON:Arman Serikovich]] answered "не усложняй". In the test dataset I saw the IIN of my own cousin, [[ID:900315350874]]. I quietly told her to close her card. My colleague [[PERSON:Dana]] wants to write to the regulator, [[ORG:ARDFM]], but she is afraid. Me too.
""",
)

S(
    "Singapore, Singlish, NRIC-like number, postal code, +65 phone, Chinese name order with English name",
    """
Aiyo where to start. I'm a data scientist at a property tech firm in [[LOCATION:Singapore]], [[ORG:Merlion Nest Pte Ltd]]. Boss wants tenant "quality scores" for landlords, and the model uses name ethnicity as a feature, lah, they call it "cultural fit with neighbours". I told my manager [[PERSON:Tan Wei Ming]] (he goes by [[PERSON:Kelvin]]) this is racial profiling. [[PERSON:Kelvin]] said landlords already filter by race on the listings, we are just "making it efficient". One applicant complained with her NRIC [[ID:S8812345D]] in the email, living at [[LOCATION:Blk 312 Clementi Ave 4, #08-112, Singapore 120312]]. She called [[PHONE:+65 6555 0187]] and got my desk. I didn't know what to say. Still don't.
""",
)


# ---------------------------------------------------------------------------------------------
# checks

TOOLS = {
    "python",
    "sql",
    "slack",
    "jira",
    "bigquery",
    "looker",
    "tableau",
    "snowflake",
    "airflow",
    "confluence",
    "teams",
    "github",
    "whatsapp",
    "twitter",
    "linkedin",
    "facebook",
    "reddit",
    "telegram",
    "excel",
    "discord",
    "zoom",
    "gmail",
    "outlook",
    "notion",
    "pandas",
    "dbt",
    "kafka",
    "spark",
    "xgboost",
    "lightgbm",
    "power bi",
    "powerbi",
    "sharepoint",
    "chatgpt",
    "copilot",
    "postgres",
    "databricks",
    "sagemaker",
    "wechat",
    "signal",
    "salesforce",
}
# ordinary words that are names in some stories: not part of the cross-story check
COMMON = {
    "will",
    "bill",
    "hope",
    "grace",
    "mark",
    "rose",
    "joy",
    "faith",
    "summer",
    "sunny",
    "dawn",
    "lucky",
    "angel",
    "destiny",
    "rich",
    "art",
    "bob",
    "may",
    "june",
    "april",
    "sky",
    "honey",
    "patience",
    "precious",
    "blessing",
    "chance",
    "golden",
    "star",
    "north",
    "blue",
    "harbor",
    "river",
    "stone",
    "king",
    "young",
    "park",
    "green",
    "ivy",
    "hunter",
    "reed",
    "frank",
    "victor",
    "august",
    "drew",
    "pat",
    "sandy",
    "holly",
    "penny",
    "ray",
    "jack",
    "sol",
    "cruz",
}
MUST_LABEL = {"UK", "USA", "India", "Lagos", "Nairobi", "London", "Berlin", "NHS"}
PARTICLES = {
    "van",
    "der",
    "de",
    "la",
    "del",
    "da",
    "dos",
    "das",
    "du",
    "bin",
    "binti",
    "ibn",
    "al",
    "el",
    "von",
    "ten",
    "ter",
    "le",
    "di",
    "mac",
    "mc",
    "st",
    "y",
    "e",
}
LEGAL = re.compile(
    r"\s*,?\s*(GmbH|Ltd\.?|Limited|LLP|LLC|Inc\.?|B\.V\.|S\.A\.( de C\.V\.)?|S\.A\.S\.|"
    r"Sp\. z o\.o\.|S\.L\.(U\.)?|SARL|SAS|ASA|AS|A/S|A\.Ş\.|\(Pty\) Ltd|Pte\.? Ltd|K\.K\.|Pvt\.? Ltd\.?|Plc|PLC|AB|AG|SE|Co\.|Corp\.?|Oy|"
    r"Ltda\.?|S\.r\.l\.|PT|Tbk)$"
)
PREFIX = re.compile(r"^(Project|Operation|Team|Programme|Program)\s+")
EDGE_OK_START = {"HANDLE": "@#", "PHONE": "+("}
WORDS = (60, 300)


def variants(span):
    v = span["entity_value"]
    t = span["entity_type"]
    out = set()
    if t == "PERSON":
        for tok in re.split(r"\s+", v):
            tok = tok.strip(".,")
            if (
                len(tok) >= 2
                and tok.lower() not in PARTICLES
                and not re.fullmatch(r"[A-Z]\.?([A-Z]\.?)*", tok)
            ) or re.fullmatch(r"[A-Z]{2,3}", tok):
                out.add(tok)
    elif t in ("ORG", "LOCATION"):
        out.add(v)
        if t == "ORG":
            w = LEGAL.sub("", v)
            w = PREFIX.sub("", w)
            if len(w) >= 3:
                out.add(w)
    return out


def covered(spans, a, b):
    return any(s["start_position"] < b and a < s["end_position"] for s in spans)


def in_ok(text, ok, a, b):
    low = text.lower()
    for phrase in ok:
        p = phrase.lower()
        i = low.find(p)
        while i >= 0:
            if i <= a and b <= i + len(p):
                return True
            i = low.find(p, i + 1)
    return False


def main():
    problems, items = [], []
    for n, st in enumerate(STORIES, 1):
        sid = f"h4-{n:02d}"
        text, spans = parse(st["text"], MARK)
        if "[[" in text or "]]" in text:
            problems.append(f"{sid}: leftover markup")
        for phrase in st["ok"]:
            if phrase.lower() not in text.lower():
                problems.append(f"{sid}: ok phrase {phrase!r} not in text")
        words = len(text.split())
        if not WORDS[0] <= words <= WORDS[1]:
            problems.append(f"{sid}: {words} words")
        ordered = sorted(spans, key=lambda s: s["start_position"])
        for a, b in itertools.pairwise(ordered):
            if b["start_position"] < a["end_position"]:
                problems.append(f"{sid}: overlap {a['entity_value']!r} / {b['entity_value']!r}")
        for s in spans:
            v, t = s["entity_value"], s["entity_type"]
            if v != v.strip():
                problems.append(f"{sid}: edge whitespace in {v!r}")
            first, last = v[0], v[-1]
            if first in string.punctuation and first not in EDGE_OK_START.get(t, ""):
                problems.append(f"{sid}: leading punctuation in {v!r}")
            if last in string.punctuation:
                initial = t == "PERSON" and re.search(r"(^|[\s.])[A-Z]\.$", v)
                legal = t == "ORG" and LEGAL.search(v) and last == "."
                if not (initial or legal):
                    problems.append(f"{sid}: trailing punctuation in {v!r}")
            if t in ("PERSON", "ORG", "LOCATION"):
                low = v.lower()
                for tool in TOOLS:
                    if re.search(rf"(?<!\w){re.escape(tool)}(?!\w)", low):
                        problems.append(f"{sid}: tool name {tool!r} inside {t} {v!r}")
        # missed mentions within the story (any case)
        needles = set()
        for s in spans:
            needles |= variants(s)
        for nd in needles:
            for m in re.finditer(rf"(?<![\w@#/.\-]){re.escape(nd)}(?![\w\-])", text, re.I):
                if not covered(spans, m.start(), m.end()) and not in_ok(
                    text, st["ok"], m.start(), m.end()
                ):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(f"{sid}: unlabelled mention of {nd!r}: ...{ctx}...")
        items.append((sid, text, spans, st))
    # missed mentions across stories (capitalised, case-sensitive)
    needles = set(MUST_LABEL)
    for _, _, spans, _ in items:
        for s in spans:
            if (
                s["entity_type"] in ("ORG", "LOCATION")
                and len(s["entity_value"]) >= 3
                and s["entity_value"][:1].isupper()
            ):
                needles |= {x for x in variants(s) if x[:1].isupper()}
            if s["entity_type"] == "PERSON":
                for tok in variants(s):
                    if len(tok) >= 4 and tok[:1].isupper() and tok.lower() not in COMMON:
                        needles.add(tok)
    for sid, text, spans, st in items:
        for nd in needles:
            for m in re.finditer(rf"(?<![\w@#/.\-]){re.escape(nd)}(?![\w\-])", text):
                if not covered(spans, m.start(), m.end()) and not in_ok(
                    text, st["ok"], m.start(), m.end()
                ):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(
                        f"{sid}: {nd!r} is labelled elsewhere but not here: ...{ctx}..."
                    )
    counts = {k: 0 for k in KINDS}
    for _, _, spans, _ in items:
        for s in spans:
            counts[s["entity_type"]] += 1
    for k, c in counts.items():
        if c < 6:
            problems.append(f"only {c} spans of kind {k}")
    empty = [sid for sid, _, spans, _ in items if not spans]
    if len(empty) < 7:
        problems.append(f"only {len(empty)} stories with nothing identifying")
    if len(items) < 40:
        problems.append(f"only {len(items)} stories")
    data = [
        {"full_text": text, "spans": spans, "id": sid, "notes": st["notes"]}
        for sid, text, spans, st in items
    ]
    blob = json.dumps(data, ensure_ascii=False, indent=1)
    for rec in json.loads(blob):
        for s in rec["spans"]:
            if rec["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                problems.append(f"{rec['id']}: offset mismatch for {s['entity_value']!r}")
    if problems:
        for p in problems:
            print("FAIL", p, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "redaction_holdout4.json")
    with open(out, "w", encoding="utf-8") as f:
        f.write(blob + "\n")
    wc = [len(t.split()) for _, t, _, _ in items]
    total = sum(counts.values())
    print(
        f"wrote {out}: {len(items)} stories, {min(wc)}-{max(wc)} words (mean {sum(wc) / len(wc):.0f}), "
        f"{total} identifiers, {len(empty)} with none ({', '.join(empty)})"
    )
    print("| kind | count |\n|---|---|")
    for k, c in counts.items():
        print(f"| {k} | {c} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
