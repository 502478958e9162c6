"""Seventh blind holdout for the redaction engine: writes ``redaction_holdout7.json``.

Run ``python3 tests/data/make_holdout7.py``. Plain Python 3; it writes the JSON only if every
check below passes, and exits 1 otherwise.

Who and how
-----------
Written by a helper session (worktree ``holdout7``), **blind**: its author read only
``/work/shared/PRODUCT.md``, ``tests/data/README.md`` (the labelling guidelines and the earlier
holdouts' decisions) and ``tests/data/corpus_tools.py``. The redaction engine (``moderation/``), its
tests (``tests/moderation/``), the benchmarks (``bench/``), the other corpora
(``tests/data/redaction_*.json``) and their scripts (``tests/data/make_*.py``) were never opened,
grepped or run, and the engine was never run on these stories. Use this set once, for
evaluation; never tune on it.

Every story is synthetic and first-person: data practitioners telling a workplace ethics story.
Everyone named is fictional, and so is every company, product, address, phone number, e-mail
address, handle, URL and ID number, apart from well-known real organisations and places a writer
would plausibly name (ICO, NIH, ERC, UNHCR, ODPC, UODO, ASIC, TAFEP, NHS, Thames Valley Police,
Services Australia, the Information Regulator, Ministerul Muncii, Rwanda's Ministry of Local
Government, Municipalidad de Valparaíso, TU Dresden, cities, neighbourhoods and landmarks).
Phones use reserved ranges where they exist (07700 900xxx, 0161 496 0xxx, 555-01xx, 0491 570 xxx,
02 5550 xxxx); IP addresses use documentation ranges; e-mail and web domains are ``.example``.

Markup: ``[[KIND:text]]`` with KIND in PERSON, ORG, LOCATION, EMAIL, PHONE, URL, HANDLE, DATE, ID.

Labelling decisions
-------------------
The README's guidelines and the earlier holdouts' decisions apply: titles and honorifics outside
the span (Dr, Prof. Dr., Cllr, DCI, Sgt, Mr, Ma'am, Sir, Sra., oga, mas, anh, chị, Lao, Khun,
P', Encik, Puan, Ato, W/ro, Madamu, Dl., Dna., Lic., seu, doña, Frau, Herr, "the engineer";
after the name: -buchō, -san, Bey, Hanım, ji, bhai, apa, sir, 팀장님); an honorific used as part
of the name stays inside ("Nana", "Alhaji"); an initial keeps its own full stop ("Farhan K.",
"J."); chat speaker names and "Lastname, Firstname" entries are PERSON (one span); e-mail header,
chat and log dates are DATE, clock times never (a weekday beside a date stays outside); an ISO
timestamp in a log line is one DATE span; "#88213" labels "88213"; a month alone is a DATE only
when it points to one specific month; holidays and academic terms are DATE only with a year;
years inside law names are not labelled; a public subreddit ("r/datascience") is not labelled;
WeChat IDs and u/ names are HANDLE; identity-document names (CNIC, MyKad, Emirates ID, CPF,
cédula) are not labelled, only their numbers; IP addresses are ID; internal project and
operation code names are ORG (whole "Operation Lantern", and a later bare "Lantern").

Decisions taken here, beyond the README:
- Public topic hashtags in a tweet thread ("#MedTwitter", "#datascience") are not labelled: like a
  public subreddit they name a topic, not a person or a workplace. Workplace channels
  ("#pay-algo-war-room") are HANDLE.
- A code-named team ("Team Borsuk", "Team Kestrel") is ORG, like a project code name; a descriptive
  team ("the risk team") is not.
- A kunya used as someone's name ("Um Khaled") is one PERSON span.
- All-caps names in a shouted post are labelled like any other name.
- Dates in machine-translated text ("5 of March of 2024") and spoken dates in voice-note
  transcripts ("march fourth", "twenty third january") are one DATE span; a spoken phone number
  written in digits is a PHONE.
- Non-Gregorian and non-English dates are DATE when absolute: Japanese era, Korean, Chinese,
  Vietnamese, Polish, Ukrainian, Romanian numeric, Turkish, Indonesian, Tagalog, Portuguese,
  Spanish, Bengali month + year, Bikram Sambat month + year, Ethiopian month + year, Thai
  Buddhist-era year, Solar Hijri month + year, Hijri month + year.
- A building or landmark named as where something is ("Kestleigh Civic Centre", "one-north",
  "Canary Wharf", "Dubai Internet City") is a LOCATION; a room number is not labelled.
- A ward, estate, zone or sector of a city used as a place ("Eastfield", "Britwell", "Koramangala
  5th Block", "noida sector 62") is a LOCATION; "ward", "zone" and "sector" alone are not.
- A rider/worker/loan/employee/collar number and a protocol, grant, paper or case reference are
  ID; an ethics-committee reference with slashes is one ID span.
- A model, table, feature or job name in code (``eth_proxy_v3``, ``backfill_events_v2``) is not
  labelled; a host name or URL in a log or config line is a URL.
- Demonyms, languages, religions and ethnic groups ("Syrian", "Roma", "Black and Asian") are not
  labelled, but "Islam" as part of a person's name is.
- A city abbreviation used as a place ("jkt" for Jakarta) is a LOCATION.
- A company whose name is an ordinary word is labelled only where it names the company: "Mate"
  the startup is ORG, "passing the mate around" is not; the Swahili proverb "Haraka haraka haina
  baraka" is not labelled although the lender is "Haraka Credit".
- A funder's acronym beside its grant ("an ERC grant", "our NIH grant") is ORG; the grant number is
  a separate ID even when it starts with the same letters.
- A Mastodon address ("@user@instance") is one HANDLE.
- Each story lists in ``ok`` the phrases where a word that is a labelled name elsewhere is used as
  an ordinary word on purpose ("I will", "no joy", "mark it"); the missed-mention checks accept an
  unlabelled occurrence only inside one of them.
"""

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_tools import KINDS, overlaps, parse

MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")
STORIES = []


def story(notes, text, ok=()):
    STORIES.append((notes, text, tuple(ok)))


# --- 01: reddit throwaway with EDITs, US ad-tech
story(
    "Reddit throwaway post with two EDITs and an update; US ad-tech; ZIP codes alone, u/ handle, bare year, ordinary 'will', public subreddit unlabelled.",
    r"""
Title: asked to "tune" a lookalike audience until it stopped looking like redlining. AITA for refusing?

throwaway bc half my team lurks here. I'm a DS at [[ORG:Brightwell Media]], mid-size ad-tech shop in [[LOCATION:Columbus]]. In [[DATE:March 2024]] a client (regional bank, not naming them) wanted a lookalike model for mortgage ads. I built it, checked it, and the seed audience basically reproduced zip-code redlining. Reach in [[LOCATION:43205]] and [[LOCATION:43211]] dropped to near zero.

My skip-level, [[PERSON:Dana Whitcomb]], told me to "drop the geo features and call it done." Dropping geo did nothing bc the model just found it again in device and commute features. I said so in writing. [[PERSON:Dana]] said I was "making this a thing."

EDIT: no there's no ethics board. There's a "responsible AI" slide deck from [[DATE:2021]] that nobody has opened since.

EDIT 2: yes I talked to legal. A lawyer called [[PERSON:Priya]] something said fair lending is "the client's exposure, not ours." And to [[HANDLE:u/mortgage_dad_77]] who said I should just do my job: the job includes not breaking the law.

update: got moved off the account on Friday. [[PERSON:Dana]] says it's "a growth opportunity for [[PERSON:Kyle]]". [[PERSON:Kyle]] is 23 and will ship anything. crossposting to r/datascience, not bitter at all 🙃
""",
    ok=("will ship",),
)

# --- 02: meeting minutes, UK council
story(
    "Meeting minutes with attendee list, apologies, initials in actions and the writer's bracketed comments; UK district council, police data sharing, ward names; paper reference ID.",
    r"""
I took the minutes, so here they are, with my comments in square brackets.

DATA ETHICS PANEL — MINUTES
[[ORG:Kestleigh District Council]], Committee Room 3, [[LOCATION:Kestleigh Civic Centre]]
Tuesday [[DATE:14 November 2023]], 14:00

Present: Cllr [[PERSON:Joan Pembury]] (Chair); [[PERSON:Marcus Oyelaran]] (Head of Digital); [[PERSON:Ruth Ng]] (DPO); [[PERSON:Sanjay Mistry]] (Children's Services); analyst (minutes).
Apologies: [[PERSON:Tom Halloran]].

1. Early Help risk score (paper [[ID:DEP/23/041]]). [[PERSON:MO]] presented the vendor model from [[ORG:Calloway Insight Ltd]]. It flags families for early intervention using benefits, school attendance and police contacts. [The police data comes from [[ORG:Northshire Police]] under a sharing agreement nobody on the panel had read.]
2. [[PERSON:RN]] asked for the DPIA. [[PERSON:MO]] said it was "in draft". [It was not. I checked the shared drive.]
3. Cllr [[PERSON:Pembury]] asked whether false positives had been measured. [[PERSON:SM]] said "the social workers will catch them."
4. ACTION: [[PERSON:MO]] to circulate the DPIA by [[DATE:1 December]]. ACTION: analyst to produce error rates by ward.

[I produced them. The ward with the most flags, [[LOCATION:Eastfield]], had the worst precision by far. My paper was "noted". Next meeting [[DATE:12 December 2023]]. The model went live before it.]
""",
)

# --- 03: incident post-mortem, Poland
story(
    "Blameless incident post-mortem with a UTC timeline; Polish payments company; ISO dates beside clock times, JIRA key, documentation IP, code-named team, real regulator (UODO), Polish date.",
    r"""
POST-MORTEM (blameless, they said): [[ID:INC-2024-0207-03]]
Author: me, data engineer, [[ORG:Team Borsuk]]
Company: [[ORG:Przelewik]] (payments, [[LOCATION:Kraków]], office in [[LOCATION:Zabłocie]])

Summary: a backfill job copied 14 months of raw card-holder events, names and full card numbers included, into the analytics warehouse, where about 60 people could query them.

Timeline (UTC)
- [[DATE:2024-02-07]] 09:14 job `backfill_events_v2` started from [[ID:198.51.100.17]]
- 11:40 I noticed the table in a dashboard and raised [[ID:PLAT-4471]]
- 12:05 [[PERSON:Kasia Wróblewska]] (eng manager) asked me to "downgrade it to a data-quality bug", because a real incident would have to go to [[ORG:UODO]] within 72 hours
- 16:30 table dropped, snapshot kept "for audit"
- [[DATE:2024-02-09]] 10:02 I found the snapshot still queryable

What went badly: the template has no field for "person who found it was told to keep quiet". [[PERSON:Kasia]] edited my draft to remove the 12:05 line. I put it back. [[PERSON:Piotr]] from compliance said it would go to the regulator "only if the snapshot was accessed". It had been accessed 31 times. Zgłoszenie w końcu poszło [[DATE:12 lutego]].
""",
)

# --- 04: support-ticket thread, India gig platform
story(
    "Support-ticket thread pasted by a rushed lower-case analyst; Indian delivery platform; '#88213' ticket, rider ID, national mobile, lower-case brand and lower-case name after a cue, initial with full stop, d/m/y date.",
    r"""
pasting the ticket thread bc i cant stop thinking about it

Ticket #[[ID:88213]] | Account deactivated – fraud score
Rider ([[ID:BLR-5520193]]): sir i did 1400 deliveries no complaint why blocked. call me [[PHONE:98450 01234]]
Agent [[PERSON:Shalini]] (L1): Dear Partner, your account is deactivated due to policy violation. We cannot share more details.
Rider: which violation?? i work [[LOCATION:Koramangala 5th Block]] zone only never did gps spoof
Agent [[PERSON:Shalini]]: Escalated to L2.
Agent [[PERSON:Farhan K.]] (L2): Decision is final as per risk system.

the "risk system" is my model. it flags riders whose gps jumps, and the jumps cluster in [[LOCATION:Ejipura]] where tower coverage is garbage. showed my lead [[PERSON:vikram]] the map, he said "ops ka problem hai, not ours". mailed [[EMAIL:trust-safety@zipdrop.example]] on [[DATE:12/03/2024]], no reply. [[ORG:zipdrop]] has ~40k riders in [[LOCATION:Bengaluru]] and i think a few hundred got blocked like this. [[PERSON:vikram]] says if i push more it goes in my review lol
""",
)

# --- 05: letter to a regulator, UK
story(
    "Formal letter of complaint to a regulator, with the regulator's real address, case reference, plc, enrichment vendor, UK dates, UK mobile, signature with an initial.",
    r"""
[[ORG:Information Commissioner's Office]]
[[LOCATION:Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF]]

[[DATE:3 June 2024]]

Dear Sir or Madam,

Complaint about [[ORG:Hartmoor Insurance plc]] (your reference [[ID:IC-284751-K3Q9]])

I am a senior data scientist at [[ORG:Hartmoor Insurance]], based at our [[LOCATION:Chelmsford]] office. Since last year our home-insurance pricing model has used a feature called eth_proxy_v3, an "inferred ethnicity" score bought from an enrichment vendor, [[ORG:Onomast Data Ltd]], that guesses ethnicity from a customer's name and postcode.

I raised this with the Chief Data Officer, [[PERSON:Gideon Asante-Barnes]], on [[DATE:11 March 2024]], and with the Data Protection Officer on [[DATE:2 April 2024]]. I was told that the feature is "a fraud signal, not a pricing signal". Its weight in the pricing model says otherwise; I can provide the model card on request.

I have not shared any customer data with you and will not do so unless you ask me to through proper channels. I can be reached on [[PHONE:07700 900461]].

Yours faithfully,
[[PERSON:R. Okafor]]
""",
)

# --- 06: resignation e-mail, Australia
story(
    "Resignation e-mail with headers, nickname after full name, employee ID in the subject, real regulator (ASIC), month-only and day-month dates, Australian fictitious mobile, office suburb.",
    r"""
From: me
To: [[PERSON:Bronwyn Tait]] <[[EMAIL:b.tait@quokkalend.example]]>
Cc: People & Culture
Date: Fri, [[DATE:9 Aug 2024]] 16:02
Subject: Resignation – [[ID:E-30917]]

Hi [[PERSON:Bron]],

Please accept this as my four weeks' notice. You asked me to put my reasons in writing, so here they are.

1. The hardship flag. We built it to route customers in financial hardship to the support team. Since [[DATE:May]] it has been used to offer them higher limits instead, because [[ORG:QuokkaLend]]'s own numbers show they are "sticky".
2. When I raised it, [[PERSON:Craig]] from growth told me that "vulnerable is just a segment".
3. When I asked whether anyone had checked this against our responsible lending obligations, or what [[ORG:ASIC]] would think, the meeting ended early.

I'm happy to do a proper handover. My last day will be [[DATE:6 September]]. After that I can be reached on [[PHONE:0491 570 156]].

Cheers,
(the one by the window in the [[LOCATION:Parramatta]] office)
""",
)

# --- 07: machine-translated text, Colombia
story(
    "Machine-translated text from Spanish with literal word order; Colombian credit cooperative; title 'the engineer' and 'doña' outside spans, compound Spanish names, neighbourhoods (comunas), machine-translated date, cédula with dots.",
    r"""
[Translated automatically from Spanish, excuse the errors]

I work of analyst of data in a cooperative of credit in [[LOCATION:Medellín]], the [[ORG:Cooperativa Cóndor]]. The boss of me, the engineer [[PERSON:Hernán Ruiz Quintero]], asked me the [[DATE:5 of March of 2024]] that the model of score put less points to the persons that live in [[LOCATION:Comuna 13]] and in [[LOCATION:Manrique]], "because there the people does not pay". I said him that this is to discriminate for the neighborhood. He said me: "the data does not lie, mija".

I wrote to the manager, doña [[PERSON:Luz Marina Ospina]]. She answered that the engineer [[PERSON:Ruiz]] has twenty years of experience and I have three. After, they sent me to a training of "culture organizational". My companion [[PERSON:Yuli]] told me to not insist, that she already lost a job for insisting.

The last week they asked me to sign a document of confidentiality with my number of cédula, [[ID:1.017.234.567]]. I signed. I do not know if I did well.
""",
)

# --- 08: voice-note transcript, Lagos
story(
    "Voice-note transcript without punctuation, Nigerian Pidgin; lower-case names after 'oga' and 'from risk', lower-case places, lower-case brand, spoken date.",
    r"""
[voice note, transcribed by the app, no punctuation sorry]

so basically oga [[PERSON:emeka]] called me saturday night say i should change the threshold for the loan app before monday standup because investors wan see approval rate go up and i said ehn but the default rate for [[LOCATION:ikorodu]] and [[LOCATION:ajegunle]] is already crazy so if we approve more na those same people go carry debt wey dem no fit pay and he said na business abeg just do am so i called [[PERSON:tunde]] from risk and [[PERSON:tunde]] said make i send am email so there is paper trail so i sent it on [[DATE:march fourth]] to [[EMAIL:emeka.o@kudipal.example]] and no reply till now the company is [[ORG:kudipal]] by the way small fintech for [[LOCATION:yaba]] if anybody from there hears this abeg no vex i just dey tired and i don't know if i should change the number or not
""",
)

# --- 09: tweet thread, US hospital
story(
    "Tweets stitched into a thread (1/ … 6/); US hospital system; 'Dr.' outside span, surname later, @handle, bare year, abbreviated month-year, public hashtags unlabelled.",
    r"""
1/ thread about the sepsis model nobody at my old job wants to talk about. I was the analyst on it at [[ORG:Meridian Valley Health]] until [[DATE:Feb 2023]] 🧵

2/ the vendor model fired on ~18% of inpatients. nurses called it "the car alarm". our CMIO, Dr. [[PERSON:Alan Fitch]], told us to raise the threshold so the alert-fatigue numbers looked good for the board

3/ raising it meant missing roughly 1 in 4 true sepsis cases, mostly at the [[LOCATION:Fresno]] campus, where the patients are sicker and poorer

4/ I wrote it up with the numbers. [[PERSON:Fitch]] replied-all "noted" and scheduled go-live anyway

5/ tagging [[HANDLE:@kwame_builds_ml]] bc he warned me about this exact thing at a meetup in [[DATE:2022]] and I didn't listen

6/ no, I won't say who else approved it. yes, I left. #MedTwitter #datascience
""",
)

# --- 10: CSV pasted, Vietnam
story(
    "Non-native English with a pasted CSV export; Vietnamese logistics firm; employee IDs, Vietnamese names with diacritics in CSV rows, anh/chị outside spans, Vietnamese date, district and city abbreviation.",
    r"""
I am HR analyst at [[ORG:Sông Xanh Logistics]] in [[LOCATION:Thủ Đức]], [[LOCATION:TP.HCM]]. Director anh [[PERSON:Tuấn]] ask me make list of staff with "flight risk" so company can cut their bonus before they quit. I make the model, but then I see the export:

emp_id,full_name,dept,risk,note
[[ID:SX-04121]],[[PERSON:Nguyễn Thị Lan]],kho,0.91,pregnant? (from leave request)
[[ID:SX-03388]],[[PERSON:Trần Văn Hùng]],xe,0.87,
[[ID:SX-05502]],[[PERSON:Lê Minh Châu]],kho,0.85,union

The column "note" is not my idea. Chị [[PERSON:Hạnh]] in HR add it on [[DATE:ngày 15 tháng 4 năm 2024]] from the leave system. Pregnancy and union is not a risk, it is the law protect them. I remove the column and send again. Anh [[PERSON:Tuấn]] is angry, he say I am "too Western". Now I am afraid they use old file.
""",
)

# --- 11: log snippet, Kenya
story(
    "Log lines pasted into the story; Kenyan digital lender; ISO timestamps as one DATE span, loan ID, MSISDN phone, documentation IP, config host URL, real regulator ODPC, neighbourhood and city; the company's Swahili name word used in a proverb (unlabelled).",
    r"""
this is from our prod logs. I know it gets redacted here, but I want someone to see how it looks:

[[DATE:2024-01-19T03:12:44Z]] INFO scorer.v4 loan_id=[[ID:LN-88412077]] msisdn=[[PHONE:254700123456]] contacts_read=1412 score=312 decision=DECLINE
[[DATE:2024-01-19T03:12:45Z]] INFO notify sms_to=contacts template=REMIND_FRIEND_OF_DEFAULTER src_ip=[[ID:198.51.100.23]]

The second line is the problem. When you are late, the app texts your contacts. I work on the risk team at [[ORG:Haraka Credit]] in [[LOCATION:Westlands]], [[LOCATION:Nairobi]]. My manager [[PERSON:Wanjiru]] knows. She says the [[ORG:ODPC]] fined a competitor and "the fine was cheaper than the collections uplift". I asked [[PERSON:Otieno]] in legal to put that in writing. He laughed. The template lives at [[URL:config.harakacredit.example/templates/remind]] if any regulator is reading. Haraka haraka haina baraka, as my grandmother says.
""",
)

# --- 12: job-interview retelling, Singapore
story(
    "Job-interview retelling; Singapore; family-name-first name with 'Mr' outside, given names alone later, Pte. Ltd. suffix, lower-case landmark, real agency acronym (TAFEP), day-month date, 'may' as a word.",
    r"""
Interview story, because it still bugs me. Final round at [[ORG:Tembusu Analytics Pte. Ltd.]], at their office near [[LOCATION:one-north]] MRT. The interviewer, Mr [[PERSON:Lim Boon Keat]], head of data, gave me a case: a client, a big insurer, wants to predict which female employees may go on maternity leave within twelve months, "to plan headcount".

I said that was pregnancy discrimination and that [[ORG:TAFEP]] guidelines are pretty clear. [[PERSON:Boon Keat]] laughed and said "here we don't say discrimination, we say segmentation". The other interviewer, [[PERSON:Shermaine]], looked at her laptop the whole time.

They e-mailed an offer on [[DATE:23 Oct]] anyway. I declined and told the recruiter why. Months later I saw that [[PERSON:Shermaine]] had left too. I may never know whether the client was real or whether it was a test of how far I'd go.
""",
    ok=("may go", "I may"),
)

# --- 13: academic lab, US
story(
    "Academic lab setting; PI with 'Prof.' outside, IRB protocol number, NIH grant number, IRB coordinator, labmate, US m/d/y date, season with year, real funder.",
    r"""
Grad student here. My PI, Prof. [[PERSON:Leland Ashby]], runs a mobile-health lab at [[ORG:Calder State University]] in [[LOCATION:Bakersfield]]. Our protocol, [[ID:IRB-2022-0417]], covered an app study with teenagers, and the consent form said we'd collect "usage statistics".

In [[DATE:fall 2022]] [[PERSON:Leland]] told me to switch on keystroke timing and GPS, because the renewal of our [[ORG:NIH]] grant ([[ID:R01MH129934]]) needed "richer signals". I asked our IRB coordinator, [[PERSON:Denise Oduya]], whether that needed an amendment. [[PERSON:Denise]] said yes, obviously, and re-consent from parents. [[PERSON:Ashby]] told the lab that [[PERSON:Denise]] "doesn't understand research".

My labmate [[PERSON:Mei]] and I wrote the amendment anyway and filed it on [[DATE:11/08/2022]]. It was approved. The GPS feature was never switched on. I'm still in the lab, and I'm fairly sure that's why my funding "ran out" a semester early.
""",
)

# --- 14: UK police force
story(
    "Civilian police analyst; real force name, operation code name then bare code name, ranks (DCI, Sgt) outside spans, town and estate, ethics reference with slashes, collar number.",
    r"""
I'm a civilian analyst at [[ORG:Thames Valley Police]]. For two years I worked on [[ORG:Operation Lantern]], a "harm prediction" tool that ranks young people by their risk of being involved in knife crime. Its inputs include stop-and-search records, which in [[LOCATION:Slough]] are overwhelmingly of Black and Asian boys.

DCI [[PERSON:Hollis]] wanted a top-50 list per neighbourhood for "engagement visits". I pointed out that the list for [[LOCATION:Britwell]] was basically one school year at one school. Sgt [[PERSON:Amira Kaur]] backed me in the meeting and was moved to response the following month.

I sent a note to the force ethics committee (ref [[ID:EC/2023/114]]). The reply said the tool "uses no protected characteristics". They also asked for my collar number, [[ID:C4471]], which I found a bit pointed. [[ORG:Lantern]] is still running. I'm applying elsewhere.
""",
)

# --- 15: NGO, Jordan
story(
    "NGO information-management officer; UNHCR case number, real agency, small NGO, two Jordanian towns, kunya as a name, Hijri month with year, demonyms unlabelled.",
    r"""
I was the information management officer for [[ORG:Sanad Relief]], a small NGO working with Syrian families in [[LOCATION:Zarqa]] and [[LOCATION:Mafraq]]. A European foundation that funded our cash programme asked, as a condition of renewal, for beneficiary-level data: names, [[ORG:UNHCR]] case numbers, phone numbers and household composition, "for verification".

Our director, [[PERSON:Rami Haddad]], agreed before asking anyone. I showed him one row, a family with case number [[ID:245-15C01234]] and a son of military age, and asked him who else the foundation shares data with. He didn't know.

[[PERSON:Um Khaled]], a volunteer who is herself registered, told me that families would stop coming if they knew. During [[DATE:Ramadan 1445]] we sent aggregated counts instead, with a short note on why. [[PERSON:Rami]] was furious, but the foundation accepted it. I don't know if they would have if we had been a bigger grantee.
""",
)

# --- 16: hospital, Philippines, Taglish
story(
    "Taglish; Philippine hospital; Ma'am and Sir outside spans, 'Joy' as a name beside 'joy' as a word, St. at the start of an ORG, district and city, Tagalog month with year, employee number.",
    r"""
Ako yung data analyst sa [[ORG:St. Raphael Medical Center]] sa [[LOCATION:Cubao]], [[LOCATION:Quezon City]]. Noong [[DATE:Hunyo 2024]], HR asked me for a list of nurses who had mental-health consults sa employee clinic, para daw "fitness for duty" bago mag-renew ng contracts.

Sabi ko hindi pwede, confidential yun. Sir [[PERSON:Dennis]] (HR head) said the request came from the medical director and that I was "overthinking". Ma'am [[PERSON:Joy]], our chief nurse, found out and went straight to the DPO. Siya lang talaga ang kumampi sa akin.

The request was "withdrawn" after two days, pero may nakita akong query sa logs using my old service account, employee no. [[ID:SRMC-2291]]. I reported it. No joy so far. Grabe, parang ako pa yung may kasalanan.
""",
    ok=("No joy",),
)

# --- 17: nothing identifying, reflective prose
story(
    "NOTHING IDENTIFYING: reflective prose about an A/B test; job titles, tools, weekdays, durations, relative dates, 'will', 'mark', 'grace period' as ordinary words.",
    r"""
Looking back, the moment I should have said something was a Thursday afternoon, about three weeks into the experiment. The new onboarding flow had a conversion lift that looked wonderful in the dashboard, and I had built the dashboard. What it did not show was that the lift came almost entirely from users who had been auto-enrolled in a paid plan after the grace period ended, without a clear reminder.

My manager asked me to "mark the test as a win" before the quarterly review. The Head of Product said we would fix the reminder email later. I wrote a two-paragraph caveat in the Confluence page and nobody read it. Later, the support team saw refund requests double, and somebody asked in Slack why the analysis had missed it.

It hadn't. I just hadn't fought for it. Next time I will put the caveat on the first slide, not the last page.
""",
    ok=("I will", "we would", "mark the test"),
)

# --- 18: all-caps rant, US logistics
story(
    "ALL-CAPS shouting with names, company and city in capitals, month-year abbreviation, employee ID, lower-case 'bill' as a word.",
    r"""
I AM SO DONE. MY MANAGER [[PERSON:BRAD]] WANTS THE DRIVER "PRODUCTIVITY SCORE" TO COUNT BATHROOM BREAKS AS IDLE TIME. I SAID NO TWICE. HE WENT OVER MY HEAD TO [[PERSON:TRACY KOWALCZYK]] AND SHE SAID YES IN FIVE MINUTES.

THIS IS [[ORG:PINNACLE FREIGHT]], THE [[LOCATION:TULSA]] HUB, IN CASE ANYONE WONDERS WHY DRIVERS KEEP QUITTING. THE SCORE GOES LIVE IN [[DATE:JAN 2025]] AND IT FEEDS THE BONUS. WHO FOOTS THE BILL? THE GUYS WITH KIDNEY STONES, APPARENTLY.

I PUT MY OBJECTION IN THE TICKET UNDER MY EMPLOYEE NUMBER [[ID:PF-118204]] SO AT LEAST THERE'S A RECORD. [[PERSON:BRAD]] REPLIED "NOTED 👍". NOTED. OK [[PERSON:BRAD]].
""",
)

# --- 19: emoji + abbreviations, Indonesia
story(
    "Rushed lower-case with emoji and abbreviations (ngl, tbh, rn, bc), Indonesian code-switching; city abbreviation 'jkt', 'mas' outside span, lower-case names, lower-case brand, slang district names, Indonesian mobile, Indonesian date with year.",
    r"""
ngl i'm shaking rn 😭 tbh idk who else to tell

so i'm the only DA at [[ORG:kopiku]] (coffee delivery app, [[LOCATION:jkt]]). my boss mas [[PERSON:dimas]] wants me to build "customer value" scores that give bigger discounts to users in [[LOCATION:Kemang]] and [[LOCATION:Menteng]] and basically nothing to people in [[LOCATION:Cilincing]] bc "orang sana ga loyal" 🙄 like bro the data literally shows they order MORE, they just order cheaper stuff

i showed him the chart and he said "ya udah, pakai AOV aja" which is the same thing with extra steps. [[PERSON:sari]] from CS told me customers in the east already complain the promos never show up for them

launch is before [[DATE:17 Agustus 2024]] bc marketing wants a merdeka campaign lol. mas [[PERSON:dimas]] texted me at 11pm from [[PHONE:0812-0000-4417]] asking if it's done yet. it's done. i hate it. should i just quit?? 🥲
""",
)

# --- 20: Japan, formal non-native English
story(
    "Formal non-native English from Japan; '-buchō' and '-san' outside spans, Japanese-era date, company romanised name, Tokyo district, ID of a survey.",
    r"""
I am a data scientist at [[ORG:Hoshizora Seimei]], a life insurance company with head office in [[LOCATION:Nihonbashi]]. In [[DATE:令和6年4月]] my department manager, [[PERSON:Takeda]]-buchō, asked me to add a variable from the employee health check to our internal "promotion readiness" model. The variable was the stress-check score, which by law should not be given to the company without the employee's consent.

I explained this carefully. [[PERSON:Takeda]]-buchō said the data is "anonymous" because it is joined by employee number. My senior, [[PERSON:Ogawa]]-san, quietly told me not to resist too much, because the request came from the HR director.

I did not add the variable. Instead I wrote a memo and asked the legal team for an opinion (request [[ID:LGL-R6-0093]]). The opinion has not arrived for five months. In the meantime, I was not invited to the next model review. I think this is the answer.
""",
)

# --- 21: Korea, chat log
story(
    "Pasted KakaoTalk-style chat log with Korean names (family name first) and speaker names, 팀장님 outside span, Korean date, company and tech district, clock times unlabelled.",
    r"""
My team lead and I, in the work chat, after I found the churn model used the "call to counselling centre" field:

[[DATE:2024년 5월 20일]]
[오후 3:12] 나: the model uses calls to the counselling line as a churn signal. these are customers in financial distress
[오후 3:13] [[PERSON:박지훈]] 팀장님: so? it predicts well
[오후 3:15] 나: we use it to cut their limit before they churn. that's the opposite of what the line is for
[오후 3:16] [[PERSON:박지훈]] 팀장님: our job is AUC, compliance's job is compliance
[오후 3:40] [[PERSON:김서연]]: 저도 동의해요, the field should not be there

I work at [[ORG:Hanbit Card]] in [[LOCATION:Pangyo]]. [[PERSON:Seoyeon]] ([[PERSON:김서연]]) was the only one who spoke up in the chat. The field is still in the model. I started applying elsewhere.
""",
)

# --- 22: China, WeChat
story(
    "Chinese data engineer; WeChat ID as HANDLE, 'Lao' outside span, family-name-first names, Chinese date, district and city, company.",
    r"""
I am data engineer at [[ORG:Tianyu Cloud]] in [[LOCATION:Binjiang]], [[LOCATION:Hangzhou]]. Our product is an "employee efficiency" dashboard for factories. On [[DATE:2023年11月6日]] a client asked to add a toilet-visit counter from the door badges, and a "mood" score from the canteen cameras.

My manager, Lao [[PERSON:Zhou]], said yes in the meeting. After, I told him the camera mood score is pseudoscience and the toilet counter will be used to punish women workers. He told me to talk to the product owner, [[PERSON:Wang Lei]]. [[PERSON:Wang Lei]] added me on WeChat ([[HANDLE:wxid_lq8812]]) and said he agreed with me privately, but "the client pays".

We built the toilet counter. The mood score was dropped because the cameras were too low resolution, not because anyone listened. Lao [[PERSON:Zhou]] gave me a lower rating this year.
""",
)

# --- 23: Ukraine, Lviv
story(
    "Ukrainian data engineer in Lviv; patronymic in a full name, Ukrainian month-year date, international Ukrainian phone, company with 'UA' then without, Mastodon address as HANDLE, demonym unlabelled.",
    r"""
I am data engineer in [[LOCATION:Lviv]], working for [[ORG:SoftForge UA]], an outsourcing company. Our client was a western bank. In [[DATE:березень 2023]] they asked us to enrich their customer data with "relocation signals": IP addresses and phone roaming records of Ukrainian customers who left the country after the invasion, to lower their credit limits.

My project manager, [[PERSON:Oksana Hrytsenko]], said we are only a contractor and the ethics are the client's problem. I asked our CTO, [[PERSON:Taras Ivanovych Melnyk]], directly. [[PERSON:Taras]] said he would "look into it". Two weeks later the task was given to another team.

I left [[ORG:SoftForge]] in summer. [[PERSON:Oksana]] called me after, from [[PHONE:+380 44 000 1234]], to say she was sorry and that she is also leaving. She is on Mastodon now, [[HANDLE:@oksana_h@mastodon.example]], posting about exactly this. I think about these customers. Many of them were refugees.
""",
)

# --- 24: nothing identifying, voice note
story(
    "NOTHING IDENTIFYING: voice-note transcript without punctuation; roles only ('my lead', 'the vp'), tools, weekdays, durations, 'may' and 'will' as words.",
    r"""
[voice memo to self, auto transcript]

ok so note to self before i forget what happened today the vp came into the standup and asked why the fraud model flags so many older customers and my lead said it's because they fall for scams more which may be true but we never checked it we just saw the feature importance for age and called it a day and then the vp said fine just keep it and i said nothing which is the bit that bothers me because i know the false positive rate for the over seventies is like three times the rest and those people get their cards frozen for a week while someone in the call centre reads a script at them so tomorrow i will write it up properly in the doc and send it to the whole channel not just my lead and if that gets me in trouble then fine i guess i've been here two years and i'm tired of being the quiet one in the room
""",
    ok=("i will", "may be"),
)

# --- 25: Romania, ministry
story(
    "Romanian public-sector analyst; real ministry name in Romanian, 'Dl.' and 'Dna.' outside spans, dotted numeric date, registration number with slash, city with hyphen, 'Roma' as an ethnic group unlabelled.",
    r"""
I work as analyst in the county office of [[ORG:Ministerul Muncii]] in [[LOCATION:Cluj-Napoca]]. In the autumn we received a "fraud risk" scoring tool for social benefits, built by a private integrator, [[ORG:Datavest Consulting SRL]].

When I looked at the features, one was the distance from the house to the nearest "informal settlement", a variable which only proxies Roma families. I wrote an internal note, registered with number [[ID:4471/2023]] on [[DATE:12.09.2023]], asking for the variable to be removed.

My director, Dl. [[PERSON:Ionescu]], called me into his office and said the tool is "validated in three counties". Dna. [[PERSON:Mirela Stan]] from legal later told me the note was "not forwarded" because it had "formal errors". The tool went live in [[LOCATION:Turda]] and [[LOCATION:Dej]] first. I still have my copy of the note, with the registration number stamped on it.
""",
)

# --- 26: Brazil, gig platform
story(
    "Brazilian gig-platform data scientist, Portuguese code-switching; 'seu' outside span, nickname, lower-case brand, city zone and city, CPF, Portuguese month-year date, Brazilian mobile.",
    r"""
Sou cientista de dados no [[ORG:rapidim]], app de entrega em [[LOCATION:São Paulo]]. The "quality score" for riders decides who gets the good slots at lunch. I found that it penalises riders who reject orders to the [[LOCATION:Zona Leste]] at night, which is exactly where the robberies happen.

A rider, seu [[PERSON:Jurandir]], 58, sent a complaint with his CPF, [[ID:123.456.789-09]], and a photo of his bike after an assault. His score dropped because he rejected eleven orders that week. I showed this to my manager, [[PERSON:Gui]] ([[PERSON:Guilherme]]), and asked for a safety exception.

[[PERSON:Gui]] said "se abrir exceção pra um, abre pra todos". Exactly, I said. He escalated it to the product director in [[DATE:março de 2024]] and nothing happened. Seu [[PERSON:Jurandir]] still calls me from [[PHONE:(11) 95555-0142]] sometimes to ask if there is news. There is none.
""",
)

# --- 27: Mexico, address
story(
    "Mexican consultancy; 'Lic.' outside span, full Mexican street address as one span, Mexican national phone, group company, Spanish date, CURP-like ID.",
    r"""
Trabajo en consultoría de datos para [[ORG:Grupo Altavista]], a retail conglomerate. They asked us to build a "credit propensity" score for store-card offers using purchase history, and the Lic. [[PERSON:Ernesto Villalobos]] insisted we include purchases of pregnancy tests and baby products "because new mothers spend".

I refused to include them and asked for a meeting with their privacy officer at their offices at [[LOCATION:Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México]]. The meeting was on [[DATE:8 de agosto de 2023]]. The privacy officer, [[PERSON:Mariana Esquivel]], agreed with me and wrote it down.

Two weeks later the Lic. [[PERSON:Villalobos]] called my boss at [[PHONE:55 5555 0198]] to complain that I was "difficult". My boss, to his credit, supported me. But the client moved the project to another firm. They asked for my CURP, [[ID:GOMA850312MDFRRN04]], to register me as "former supplier staff". I don't know why they need it.
""",
)

# --- 28: Argentina
story(
    "Rioplatense Spanish code-switching; startup named 'Mate' beside mate the drink, nickname, neighbourhood and city, Argentine mobile in international format, startup, day-month Spanish date, Slack channel handle.",
    r"""
Che, les cuento. I was a data scientist at [[ORG:Mate]], a small HR-tech startup in [[LOCATION:Palermo]], [[LOCATION:Buenos Aires]]. Our CV-screening model scored candidates from public universities lower, and the main driver was literally the university name. Our CEO, [[PERSON:Facu]], passing the mate around, said clients "ask for that" and it's "a feature, not a bug".

I posted the SHAP plots in [[HANDLE:#ds-modelos]] and asked for a vote on removing the feature. [[PERSON:Facu]] deleted the thread. [[PERSON:Romina Echeverría]], our only other DS, DM'd me "te banco" and then said nothing in public, which I understand, she had a visa to think about.

On [[DATE:2 de mayo]] I resigned. [[PERSON:Facu]] sent me a voice note from [[PHONE:+54 9 11 5555-0142]] saying I'd "never work in the ecosystem again". I work in it. It's small, but not that small.
""",
    ok=("the mate",),
)

# --- 29: nothing identifying, tweet thread
story(
    "NOTHING IDENTIFYING: tweet thread without handles or names; roles, tools, metrics, relative dates, public hashtag; 'Mark' at sentence start as a verb and 'Grace' in a phrase.",
    r"""
1/ some thoughts after a rough week as the only ML engineer on a "trust & safety" team 🧵

2/ we were asked to cut the false negative rate on the harassment classifier by half before the next board meeting. the quickest way? lower the threshold and auto-remove more posts

3/ the cost lands on people who write in dialects the model barely saw in training. their posts get removed, their appeals take nine days, and the dashboard calls that "precision is stable"

4/ I flagged it in the weekly sync. my director said the appeals backlog is "an ops metric, not an ML metric"

5/ Mark my words: every metric that's "someone else's" is a harm that nobody owns

6/ Grace under pressure is overrated. I should have been louder, earlier. #MLOps
""",
    ok=("Mark my words", "Grace under pressure"),
)

# --- 30: Pakistan
story(
    "Pakistani telehealth analyst, Urdu-English; 'bhai' after a name outside span, neighbourhood and city, CNIC, Hijri-derived 'Ramzan' with year, telehealth company, Pakistani mobile.",
    r"""
I am analyst at [[ORG:Sehat Ghar]], a telehealth startup in [[LOCATION:Gulberg]], [[LOCATION:Lahore]]. During [[DATE:Ramzan 2024]] our marketing head, [[PERSON:Bilal]] bhai, wanted to sell a list of women who had booked gynaecology consults to a pharma partner, "only for awareness SMS".

Maine saaf mana kar diya. He said everyone does it and that the patients clicked "I agree". I showed him the consent screen: it says nothing about partners. Then [[PERSON:Bilal]] bhai asked [[PERSON:Ayesha Siddiqui]] from the BI team to pull it instead. [[PERSON:Ayesha]] refused too, bless her.

Later one patient called our helpline, [[PHONE:0300 0000 123]], and gave her CNIC, [[ID:35202-0000000-1]], to ask why a pharma company was texting her about fertility drugs. So somebody pulled it anyway. I don't know who. I have stopped asking.
""",
)

# --- 31: Bangladesh
story(
    "Bangladeshi garment-sector analyst; 'Islam' as a surname (and only there), Ltd company, industrial district, Bengali month with year, worker card number.",
    r"""
I work in the HR analytics cell of [[ORG:Nodi Apparels Ltd]] in [[LOCATION:Gazipur]]. After the wage protests, the compliance manager, [[PERSON:Rafiqul Islam]], asked me to cross-match the CCTV attendance logs with the list of workers who joined the union meeting in [[DATE:Falgun 1430]].

He called it "identifying absenteeism". Mr [[PERSON:Islam]] wanted a ranked list of operators who left the floor at the same time as the meeting. I asked what would happen to them. He said "nothing, just counselling".

One operator, card number [[ID:NA-GZP-07731]], was already let go the week before for "low efficiency". Her line supervisor, [[PERSON:Shirin]] apa, told me she was the one who spoke at the meeting. I made the list with an error on purpose and then I told the buyer's auditor, a woman from [[LOCATION:Dhaka]], about the request. I don't know if this was right.
""",
)

# --- 32: Nepal
story(
    "Nepali microfinance NGO; 'ji' after a surname outside span, cooperative name, two places, Bikram Sambat month-year date, loan account number.",
    r"""
I did data work for [[ORG:Himal Sahakari]], a microfinance cooperative near [[LOCATION:Pokhara]]. Field officers collect a lot: family income, livestock, photos of the house. In [[DATE:Baisakh 2081]] the board decided to share the full borrower database with a mobile-loan company from [[LOCATION:Kathmandu]] that wanted "good customers".

I asked our manager, [[PERSON:Sharma]] ji, whether borrowers had agreed. He said they are "members", so it is fine. I asked a field officer, [[PERSON:Bishnu]], to read the membership form with me. It says nothing about sharing with companies.

One woman, loan account [[ID:HS-PKR-00418]], came to the office crying because the new company's agents called her brother-in-law about her loan. [[PERSON:Sharma]] ji said it was "a misunderstanding". I resigned at the end of the fiscal year and wrote to the board. No answer.
""",
)

# --- 33: Ghana
story(
    "Ghanaian mobile-money analyst; 'Nana' inside a full name, GhanaPost digital address, neighbourhood and city, Ghanaian mobile, 'Precious' as a name beside 'precious' as a word.",
    r"""
I'm a data analyst at [[ORG:Kwik Cedi]], a mobile-money lender in [[LOCATION:Madina]], [[LOCATION:Accra]]. My team lead, [[PERSON:Nana Ama Owusu]], asked me to build a "social collateral" score that uses who you send money to. If your friends default, your limit drops.

I told [[PERSON:Nana Ama]] it punishes people for their friends' bad luck. She said "that is how susu works anyway". [[PERSON:Precious]], who does collections, told me agents already call the top contacts of late borrowers and shame them.

I sent a complaint letter by post to our head office, [[LOCATION:GA-183-8164]], because I didn't trust e-mail. A week later [[PERSON:Nana Ama]] called me from [[PHONE:024 000 1234]] and said my letter was "noted" and that I should think about my future. Precious time wasted, my mother says. Maybe she's right.
""",
    ok=("Precious time",),
)

# --- 34: South Africa
story(
    "South African insurer; particle name (van der), first name alone later, township and city, SA ID number, real regulator (Information Regulator), POPIA unlabelled.",
    r"""
I'm a data scientist at [[ORG:Ubuntu Assure]], a funeral-cover insurer in [[LOCATION:Johannesburg]]. Our claims team asked for a fraud model, and the first version flagged almost every claim from [[LOCATION:Soweto]] and [[LOCATION:Alexandra]]. The top feature was the policyholder's branch.

My manager, [[PERSON:Pieter van der Merwe]], said the model was "just reflecting reality". I showed [[PERSON:Pieter]] that claims from those branches had the same confirmed-fraud rate as everywhere else, just more investigations, so the labels were biased. [[PERSON:Thandeka Dlamini]], the head of claims, agreed with me and we rebuilt it.

The part I'm less proud of: during testing I used a real customer's ID number, [[ID:8001015009087]], in a screenshot for a slide, and it went to the whole exco. I reported it myself. Nobody reported it to the [[ORG:Information Regulator]], even though POPIA says we should have.
""",
)

# --- 35: nothing identifying, meeting minutes with roles only
story(
    "NOTHING IDENTIFYING: meeting minutes with roles instead of names, initials of roles (DPO, CFO), ticket-free actions, weekdays and relative dates, 'Will' as a word at sentence start.",
    r"""
I'm the analyst who took these. Minutes of the model risk forum, held on a Wednesday, in the usual room.

Attendees: CFO (chair), Head of Credit Risk, DPO, two model validators, analyst (minutes). Apologies: Head of Collections.

1. Affordability model refresh. The validators reported that applicants with irregular income (gig work, seasonal work) are declined at twice the rate of salaried applicants with the same repayment history. The Head of Credit Risk said this was "prudent".
2. The DPO asked whether the income-volatility feature had been assessed for indirect discrimination. Nobody had assessed it.
3. The CFO asked for the refresh to go live next month "as planned", with a review in six months.
4. Will the review happen? The validators asked for it to be minuted as a condition. The chair declined.

Actions: analyst to write up the disparity analysis. [I did. It was attached to the minutes and, as far as I can tell, never opened.]
""",
    ok=("Will the review",),
)

# --- 36: Ethiopia
story(
    "Ethiopian telecom analyst; 'Ato' and 'W/ro' outside spans, Ethiopian naming (given name alone later), neighbourhood and city, Ethiopian-calendar month with year, SIM registration ID.",
    r"""
I am a data analyst at [[ORG:Selam Telecom]] in [[LOCATION:Addis Ababa]], in the office at [[LOCATION:Bole]]. During the state of emergency, in [[DATE:Tikimt 2016]], a request came to our team to produce lists of subscribers whose phones had been in certain districts on certain days, with their SIM registration details.

My director, Ato [[PERSON:Abebe Girma]], said the request came "from above" and we could not ask questions. I asked Ato [[PERSON:Abebe]] if there was a court order. He did not answer. My colleague W/ro [[PERSON:Hiwot Tesfaye]] said she would not run the query and took leave.

I ran it. I want to be honest about this. One of the lists included a subscriber with registration number [[ID:ET-SR-0044917]] who I later learned was a journalist. I think about [[PERSON:Hiwot]] often, that she said no and I did not.
""",
)

# --- 37: UAE
story(
    "UAE analytics firm; 'Al' particle inside a name, FZ-LLC suffix, free-zone landmark, Emirates ID number (document name unlabelled), quarter with year, UAE mobile international format, e-mail.",
    r"""
I work at [[ORG:Sahab Analytics FZ-LLC]] in [[LOCATION:Dubai Internet City]]. In [[DATE:Q2 2024]] a property developer asked us to score tenants for "community fit" using nationality, salary band and social media activity. Our managing partner, [[PERSON:Khalid Al Mansoori]], signed it before the data team saw it.

I prepared a short note on why nationality as a feature would be a problem under the new data protection law and sent it to [[EMAIL:k.almansoori@sahab-analytics.example]]. [[PERSON:Khalid]] replied that the client is "very important".

My colleague [[PERSON:Arjun]] found that the training file included full Emirates ID numbers, for example [[ID:784-1990-1234567-1]], in plain text. We deleted that column ourselves. The project continued. I received a call the same evening from [[PHONE:+971 50 000 0000]], a number I did not know, asking if I was "happy in my role". I am looking for a new role.
""",
)

# --- 38: Turkey
story(
    "Turkish insurance data scientist, Turkish code-switching; 'Bey' and 'Hanım' after names outside spans, A.Ş. suffix, district and city, Turkish date, TC kimlik-like number.",
    r"""
[[ORG:Lodos Sigorta A.Ş.]] is where I work, in [[LOCATION:Kadıköy]], [[LOCATION:İstanbul]]. On [[DATE:3 Mart 2024]] our deputy general manager, [[PERSON:Emre]] Bey, asked the pricing team to add earthquake-damage claims from the [[DATE:2023]] disaster region as a "risk factor" for customers who had relocated from there.

Bu insanlar zaten her şeyini kaybetti. I said it punishes survivors. [[PERSON:Emre]] Bey said "risk is risk". [[PERSON:Zeynep]] Hanım from actuarial agreed with me in private but said in the meeting that the data "supports the adjustment".

I asked to see one file and the first record had a national ID, [[ID:10000000146]], and an address in [[LOCATION:Antakya]]. That was enough for me. I wrote to internal audit. Audit said they will "evaluate the matter within the next planning cycle". Nothing since.
""",
)

# --- 39: Iran
story(
    "Iranian fintech engineer; Solar Hijri month with year, neighbourhood and city, company name, Persian first names alone, Telegram username as HANDLE.",
    r"""
I was ML engineer at [[ORG:Digipars]], a payments company in [[LOCATION:Vanak]], [[LOCATION:Tehran]]. In [[DATE:Esfand 1402]] our team was asked to flag accounts of women who receive many small payments from many people, because "it may be unlicensed business".

In practice it flagged teachers collecting money for private lessons and women selling home-made food online, and their accounts were frozen. My team lead, [[PERSON:Mohsen]], said he would escalate. He did not. [[PERSON:Negar]], the only other woman on the team, and I wrote a short analysis showing 80% of flags were false.

[[PERSON:Negar]] shared it with a journalist through Telegram, [[HANDLE:@negar_dataa]]. She was fired the next week. I am still there. I do not know how to feel about this.
""",
    ok=("it may be",),
)

# --- 40: Thailand
story(
    "Thai telecom analyst; 'Khun' and P' outside spans, nickname, Bangkok district, Thai Buddhist-era year, company, Thai mobile.",
    r"""
I'm an analyst at [[ORG:Siam Signal]], a mobile operator in [[LOCATION:Bang Na]], [[LOCATION:Bangkok]]. In [[DATE:พ.ศ. 2567]] the marketing director, Khun [[PERSON:Somchai]], agreed to sell "footfall insights" from cell-tower data to a property fund. Aggregated, they said.

I checked the sample file. Rows at night, in residential areas, were small enough to identify single households. My senior, P'[[PERSON:Nok]], told me "mai pen rai, the lawyers approved it". I asked which lawyers. She said Khun [[PERSON:Somchai]]'s friend.

I raised it in the PDPA training session, in front of everyone, which was maybe not smart. P'[[PERSON:Nok]] called me later from [[PHONE:081 000 0000]] and said I had embarrassed the team. The fund still gets the file every month. They changed the minimum count from 5 to 10.
""",
)

# --- 41: US rideshare, Slack channel, 'Will' as a name and a word
story(
    "US rideshare pay algorithm; 'Will' as a person beside 'will' as a verb, Slack channel handle, US phone in (xxx) 555-01xx, city, lower-case startup-style brand, month-day date.",
    r"""
I'm a pricing data scientist at [[ORG:Hopr]], a rideshare app in [[LOCATION:Atlanta]]. Our new "upfront pay" model offers each driver a different price for the same trip, based on how likely they are to accept. Drivers who accept low offers get lower offers. That is the whole model.

[[PERSON:Will]], my manager, calls it "personalised earnings". In [[HANDLE:#pay-algo-war-room]] I posted a chart showing that drivers with the most hours get the worst offers. [[PERSON:Will]] replied "love the rigor, will discuss offline". We never discussed it.

On [[DATE:June 12]] a driver organiser called my personal phone, [[PHONE:(404) 555-0173]], asking for the data. I didn't give it. I don't know how they got my number. [[PERSON:Will]] asked me the next day if I had "talked to anyone". I said no, which was true. I will probably talk to someone soon.
""",
    ok=("will discuss", "I will"),
)

# --- 42: German ticket thread, tenant scoring
story(
    "Support-ticket thread in German and English with a signature; 'Frau' and 'Herr' outside spans, GmbH, German street address with PLZ, ticket ID, German phone, dotted date, e-mail.",
    r"""
I'm a data analyst at [[ORG:Wohnwert GmbH]], a property manager. Our tenant-screening score rejects applicants with foreign-sounding names more often; I proved it with paired test applications. Here is the ticket I opened, and what came back:

Ticket [[ID:WW-2024-11873]] — Bias im Mieter-Score
Opened: [[DATE:04.03.2024]]
Me: Paired applications differ only in name; approval 71% vs 44%. Please stop the score until reviewed.
Reply, Herr [[PERSON:Brandt]] (Teamleitung Vermietung): Score ist vom Anbieter zertifiziert. Ticket geschlossen.

I reopened it and copied our DPO, Frau [[PERSON:Schäfer]]. She answered:

Sehr geehrte Kollegin, danke, ich prüfe das.
[[PERSON:Katrin Schäfer]]
Datenschutzbeauftragte
[[ORG:Wohnwert GmbH]], [[LOCATION:Kastanienallee 12, 10435 Berlin]]
Tel. [[PHONE:030 23125 000]] | [[EMAIL:k.schaefer@wohnwert.example]]

That was six weeks ago. The score is still on. Herr [[PERSON:Brandt]] now reviews my tickets personally.
""",
)

# --- 43: nothing identifying, reddit post with update
story(
    "NOTHING IDENTIFYING: reddit-style post with EDIT and update, no names or places; public subreddit, tools, 'bill' and 'may' as words, relative dates.",
    r"""
Throwaway for obvious reasons. Long-time lurker on r/cscareerquestions.

I'm a data engineer at a mid-size healthtech company. Last week I found that our "de-identified" research extract still has full dates of birth and five-digit postcodes, and it gets sent to an academic partner every month. I told my manager. My manager said the contract says "de-identified" so legally it is, and that fixing the pipeline would take a sprint we don't have.

Do I go to the DPO directly? Do I just fix it quietly in a PR and hope nobody notices? I may be overthinking this but it feels like the kind of thing that ends up in the news.

EDIT: to the people saying "not your problem": it literally is, I wrote half of that pipeline.

update: went to the privacy team on Monday. They were great actually. The extract is paused. My manager is cold but I'll take it. Who's going to foot the bill for the re-run is now a fight between two directors, which is fine by me.
""",
    ok=("I may", "the bill"),
)

# --- 44: job interview retelling, London
story(
    "Job-interview retelling; London fintech; take-home assignment with a full URL to real customer data, interviewer first name, landmark district, day-month date, real regulator acronym.",
    r"""
Job interview story. Second round at [[ORG:Crestline Capital]], a lending fintech in [[LOCATION:Canary Wharf]]. The take-home arrived on [[DATE:2 February]]: "build a default model, dataset attached". The link was [[URL:https://files.crestline.example/takehome/customers_full.csv]].

I opened it. Real names, real addresses, real account balances, about 40,000 rows. Not synthetic, not masked. I e-mailed the recruiter to check. She forwarded it to the hiring manager, [[PERSON:Olamide]], who replied: "yes it's real, it's more fun that way, just don't share it 😉".

I deleted the file and wrote back that I wouldn't do the task, and why. [[PERSON:Olamide]] said I "lacked commercial pragmatism". A friend who'd also interviewed there told me she'd done the task without thinking twice. I reported it to the [[ORG:ICO]] a month later. Never heard back, but the link stopped working.
""",
)

# --- 45: academic lab, Germany
story(
    "German academic lab; 'Prof. Dr.' outside span, real university, ERC grant number, ethics commission reference, winter-term date with year, German first name alone, funder acronym (ERC) beside the grant ID that starts with it.",
    r"""
I was a PhD student in a computational social science group at [[ORG:TU Dresden]]. My supervisor, Prof. Dr. [[PERSON:Annegret Vollmer]], had an [[ORG:ERC]] grant ([[ID:ERC-2021-StG-101041234]]) on online polarisation. In the [[DATE:WS 2023/24]] she asked me to scrape private Telegram groups by joining them under a fake profile.

Our ethics approval, [[ID:EK-412/2022]], covered only public channels. I told her. She said the groups were "semi-public" because anybody with the link could join. My postdoc colleague [[PERSON:Jannik]] said the same thing privately, that this was covert research with no approval.

I refused and asked the ethics commission for an opinion. [[PERSON:Vollmer]] called it "going behind her back". The commission agreed with me. I was moved to another project and my contract was not extended. [[PERSON:Jannik]] ran the scraper after I left.
""",
)

# --- 46: Kenya data labelling gig work
story(
    "Kenyan data-labelling worker turned QA analyst; worker IDs, vendor and client, neighbourhood and city, hourly pay, first names, Swahili code-switching, Slack channel handle.",
    r"""
I started as an annotator at [[ORG:Labelwise]] in [[LOCATION:Kilimani]], [[LOCATION:Nairobi]], and later became a QA analyst. Our client was a [[LOCATION:US]] AI company; we labelled violent and sexual content for their safety classifier, at $1.80 an hour.

When I got access to the dashboards I saw that "low accuracy" workers were being removed automatically, and accuracy was lowest on the worst queues, the ones with child abuse material. People were losing their jobs for not being fast enough at looking at that. Mimi niliona hii si sawa.

I wrote in [[HANDLE:#qa-leads]] that the removal rule should exclude those queues. My supervisor [[PERSON:Achieng]] agreed. Our site manager, [[PERSON:Kevin Mutua]], said the client set the rule. One of the removed workers, ID [[ID:LW-KE-00981]], was [[PERSON:Achieng]]'s cousin. [[PERSON:Kevin]] said it was "not personal".
""",
)

# --- 47: nothing identifying, ALL-CAPS + abbreviations
story(
    "NOTHING IDENTIFYING: short ALL-CAPS rant with abbreviations; roles, tools, durations, 'HOPE' and 'WILL' as words in capitals.",
    r"""
OK I NEED TO VENT. MY DIRECTOR JUST ASKED ME TO "REMOVE THE OUTLIERS" FROM THE CUSTOMER SATISFACTION SURVEY BEFORE THE EXEC REVIEW. THE OUTLIERS ARE EVERY CUSTOMER WHO SCORED US 1 OUT OF 10. THAT IS 30% OF THE RESPONSES. THAT'S NOT AN OUTLIER, THAT'S A SEGMENT.

TBH I KNOW HOW THIS ENDS. I WILL SEND THE CLEAN VERSION AND THE RAW VERSION AND THEY WILL PRESENT THE CLEAN ONE. NGL I HOPE SOMEONE IN THE ROOM ASKS ABOUT THE RESPONSE COUNT. IMO THAT'S THE ONLY WAY THIS COMES OUT.

ANYWAY. BACK TO THE DASHBOARD. 2 MORE YEARS TILL MY OPTIONS VEST. 🙃
""",
    ok=("I WILL", "THEY WILL", "I HOPE", "SCORED US"),
)

# --- 48: post-mortem of a chatbot leak, US
story(
    "Incident post-mortem in markdown-ish sections; US SaaS; SEV ticket, go-link and wiki URL, single initial with full stop, code-named team, e-mail, ISO date, month-day date.",
    r"""
## Post-mortem: support chatbot quoting other customers' tickets
Incident: [[ID:SEV1-2291]] | Doc: [[URL:go/chatbot-pm]] | Owner: me (ML eng, [[ORG:Team Kestrel]])

### What happened
On [[DATE:2024-10-03]] our support assistant, fine-tuned on historical tickets, started answering customers with fragments of other customers' tickets: names, order numbers, in one case a home address. We had been told the training set was scrubbed. It was scrubbed of e-mail addresses only.

### Contributing factors
- The scrubbing spec on [[URL:wiki.fernhollow.example/ml/support-bot/data]] listed "PII" without defining it.
- I raised the gap in review. [[PERSON:J.]] (my director) said we'd "catch it in red-teaming". Red-teaming was cut to two days.
- Customer success escalated three reports before anyone paged us.

### What I want on record
[[PERSON:J.]] asked me to describe the cause as "model hallucination". It was not. It was memorisation of data we should never have trained on. I sent my version to [[EMAIL:privacy@fernhollow.example]] on [[DATE:Oct 7]]. [[ORG:Fernhollow]] notified eleven customers. I think the real number is larger.
""",
)

# --- 49: meeting minutes, Canada hospital
story(
    "Meeting minutes of a hospital AI committee with 'Lastname, Firstname' attendees, initials in actions, hospital name, site neighbourhood, apostrophe and hyphenated names, e-mail, ISO date.",
    r"""
Minutes I was asked to "tidy up" before circulation. This is the untidied version.

AI Oversight Committee — [[ORG:Lakeshore General Hospital]]
Date: [[DATE:2024-04-16]] | Location: Boardroom B, [[LOCATION:Etobicoke]] site
Attendees: [[PERSON:Tremblay, Isabelle]] (CMO, chair); [[PERSON:Okonkwo, Chidi]] (Director, Analytics); [[PERSON:D'Souza, Maria]] (Privacy); [[PERSON:Lefebvre, Jean-Marc]] (Nursing); data scientist (minutes)

Item 2: no-show prediction model. Analytics reported the model will be used to double-book appointments for patients predicted not to attend. [[PERSON:MD]] noted the top predictors are postal area and transit distance, i.e. poorer patients get double-booked and wait longer. The chair said overbooking is "standard practice". [[PERSON:JML]] asked whether nursing had been consulted. It had not.

Decision: approved for pilot.
Action: [[PERSON:CO]] to report equity metrics after three months.

[Three months later the equity metrics had not been produced. I asked [[PERSON:Chidi]] for them by e-mail, [[EMAIL:analytics-team@lakeshoregeneral.example]] in copy. He said the pilot was "going well".]
""",
)

# --- 50: reddit post with update, Czech
story(
    "Reddit-style post with 'update:' lines; Czech analytics agency; s.r.o. suffix, city district and city, u/ handle, URL of a dashboard, Czech name with diacritics, Czech date.",
    r"""
Posting from an alt. I'm a marketing analyst at [[ORG:Vltava Data s.r.o.]] in [[LOCATION:Brno]] (office in [[LOCATION:Královo Pole]]). A client, a supplement brand, wants to target ads at people we "infer" have eating disorders from their browsing. Our founder, [[PERSON:Ondřej Novotný]], says it's "health-interest targeting" and legal.

I built a quick check: the top "interest" pages in the segment are pro-ana forums. I shared the dashboard link internally ([[URL:dash.vltavadata.example/seg/4471]]) and asked [[PERSON:Ondřej]] to kill it.

update: [[PERSON:Ondřej]] said no. Campaign starts [[DATE:1. října 2024]].

update 2: someone here, [[HANDLE:u/brno_adops_guy]], DM'd me saying he works at the ad network and can flag the campaign on their side. I sent him nothing from the company. Just pointed him at their own policy.

update 3: campaign paused "for creative review". Not holding my breath.
""",
)

# --- 51: voice note, Hinglish, Noida
story(
    "Voice-note transcript without punctuation, Hinglish; 'sir' after a lower-case name outside span, lower-case place with sector number, lower-case brand with hyphens, spoken date.",
    r"""
[voice note transcript]

haan so listen yaar aaj [[PERSON:rohit]] sir ne bola ki collections wala model mein jo contacts ka data hai usko use karo to decide who gets the call first and i said sir this is the same thing jo [[ORG:ghar-se-loan]] ke saath hua tha last year when the agents were calling people's relatives and he said arre that was different they were calling abusing we are only calling politely and i said sir calling the relatives is the problem not the tone and he just laughed and said send me the list by [[DATE:twenty third january]] so i am sitting in the office in [[LOCATION:noida sector 62]] at nine pm not sending the list and [[PERSON:neha]] from compliance says she will back me if it goes up but she also said don't put anything in writing yet so i am putting it in a voice note to you instead lol
""",
    ok=("she will",),
)

# --- 52: nothing identifying, support-ticket thread with roles
story(
    "NOTHING IDENTIFYING: support-ticket thread with role labels only (Customer, Agent L1, Agent L2, Analyst), relative dates, tools, 'Faith' and 'Lucky' as ordinary words.",
    r"""
Pasting an anonymised ticket thread from my last job, because it shows the whole problem in five messages.

Customer: Your app denied my loan in four seconds. What did it look at?
Agent L1: Our automated system considers many factors. I'm unable to share the specific reasons.
Customer: I have a right to know. I've paid every bill on time for years.
Agent L2: The decision was made by our credit model and is final. You can reapply in 90 days.
Analyst (me, internal note): The top reason code for this applicant was "device age". Older phone, lower score. I flagged this to my lead on the same day.

My lead's answer was that reason codes are "for internal use only" and that customers "wouldn't understand them". I kept good faith for another quarter, then left. Lucky for me I could afford to.
""",
    ok=("good faith", "Lucky for me"),
)

# --- 53: Malaysia
story(
    "Malaysian bank analyst; 'Encik' and 'Puan' outside spans, Sdn. Bhd. suffix, city and state, MyKad number, internal URL, Malay code-switching, month-year date.",
    r"""
I work at [[ORG:Kedai Pintar Sdn. Bhd.]], a buy-now-pay-later company in [[LOCATION:Petaling Jaya]], [[LOCATION:Selangor]]. In [[DATE:Julai 2024]], my manager, Encik [[PERSON:Faizal]], asked me to add "religious holiday spending" as a risk feature, because customers overspend before Hari Raya and default after.

Saya rasa ini tak betul. It is a proxy for religion, and it punishes people for a festival. I said this in the model review. Puan [[PERSON:Rosnah]] from compliance agreed and asked for the feature list in writing. Encik [[PERSON:Faizal]] sent it, but renamed the feature "seasonal spend volatility".

The feature spec is still on [[URL:confluence.kedaipintar.example/risk/bnpl-v3]], with the old name in the page history. A customer complaint came in last week quoting her MyKad, [[ID:900101-14-5678]], asking why her limit was cut in the fasting month. I forwarded it to Puan [[PERSON:Rosnah]].
""",
)

# --- 54: UK hospital, NHS number
story(
    "UK hospital trust analyst; 'Dr' outside span, surname with apostrophe, NHS number (NHS as ORG), trust name, town, hospital landline in reserved range, e-mail, month-year date, 'Dawn' as a name.",
    r"""
I'm an information analyst at [[ORG:Pennine Vale NHS Foundation Trust]] in [[LOCATION:Rochdale]]. In [[DATE:October 2023]] a consultant, Dr [[PERSON:Siobhan O'Rourke]], asked me for a list of patients who had missed three or more outpatient appointments, "for a research paper". No ethics approval, no protocol.

I said I'd need the approval reference. Dr [[PERSON:O'Rourke]] went to my line manager, [[PERSON:Dawn]], who told me to "be helpful". The list went out with names and [[ORG:NHS]] numbers, including one I still remember because I typed it into the wrong box, [[ID:999 000 1234]].

I raised it with the Caldicott Guardian by e-mail ([[EMAIL:caldicott@penninevale.example]]) and by phone on [[PHONE:0161 496 0732]]. The guardian was kind and the data was recalled. [[PERSON:Dawn]] hasn't spoken to me since, except in meetings, where she's very polite.
""",
)

# --- 55: Rwanda, ministry
story(
    "Rwandan public-sector data officer; ministry and agency, district and city, single surname after a title, national ID number, portal URL, Kinyarwanda code-switching, day-month-year date.",
    r"""
I was a data officer seconded to the [[ORG:Ministry of Local Government]] in [[LOCATION:Kigali]]. We were asked to merge the social-protection registry with the health-insurance registry, so that households in the lowest category who "could afford" insurance could be moved up a category and lose their support.

The matching key was the national ID. I found that about 6% of matches were wrong: same ID typed twice for different people, like [[ID:1 1990 8 0012345 1 23]], which appeared for a widow and a student in [[LOCATION:Nyarugenge]]. I asked for a manual review before any reclassification.

My supervisor, Madamu [[PERSON:Uwase]], said the deadline was [[DATE:30 June 2023]] and there was no time. Birababaje. I uploaded my error report to the shared portal, [[URL:portal.minaloc-data.example/reports/match-errors]], so at least it exists. I don't know if anyone opened it. The reclassification went ahead.
""",
)

# --- 56: India, tweet thread about edtech
story(
    "Stitched tweets (1/5…5/5) from an Indian edtech analyst; @handles of a person and a company, small coaching town, holiday with year, short URL, company.",
    r"""
1/5 ok I'm going to say it. I was a data analyst at [[ORG:Padhai Plus]] until [[DATE:Diwali 2023]] and our "dropout risk" score was used to decide which parents to call with loan offers for the premium course 🧵

2/5 the highest-risk kids were from small towns, first-gen learners, families who'd already taken one loan. the sales team in [[LOCATION:Kota]] called them first bc "they're desperate"

3/5 I raised it with my manager [[PERSON:Ritika]]. she agreed it was gross and said "we'll fix the targeting next quarter". next quarter she was gone

4/5 tagging [[HANDLE:@PadhaiPlusCares]] since they keep tweeting about "student wellbeing". here's their own careers page: [[URL:bit.ly/pp-careers-22]]

5/5 if you're a parent and got a call like that: you can say no. and cc [[HANDLE:@arjun_edtechwatch]] who's been covering this for months
""",
)

# --- 57: nothing identifying, machine-translated
story(
    "NOTHING IDENTIFYING: machine-translated text with literal phrasing; roles only, tools, relative dates, durations, months in a generic sense, 'Rose' and 'Sunny' as ordinary words.",
    r"""
[Text translated by machine, sorry for strange words]

In the company where I work before, I was the only person of data in the department of sales. The director of sales asked me every month the report of the "clients at risk", and every month the numbers rose. He did not like this. One day he asked me to change the definition of "at risk" so that the number is smaller, and to not say the change in the report.

I said him that the board reads this report for taking decisions of investment. He said me that the board wants "good energy", not numbers. The day after, the atmosphere in the office was not sunny. My colleague of finance told me that the director did the same thing with the person before me, and that person left after three months.

I changed the definition but I wrote the change in a note at the bottom of the report. Nobody asked. After one year, I left too.
""",
)

# --- 58: India, WhatsApp-style paste with an address
story(
    "Rushed lower-case with a pasted WhatsApp exchange; Indian insurtech; full Bengaluru address in Indian format, chat date, lower-case name, e-mail, internal URL, 'aaj' code-switching.",
    r"""
i work at [[ORG:Suraksha Cover]] (insurtech). our "claim friction" model adds extra document checks for people it thinks will give up. turns out it mostly hits old people and widows bc they claim less often and don't push back. i told my lead, this is what he said:

[[[DATE:14/08/24]], 10:41 pm] [[PERSON:Karthik]]: bro it's not illegal. friction is a product lever
[[[DATE:14/08/24]], 10:43 pm] me: it's a lever for not paying valid claims
[[[DATE:14/08/24]], 10:44 pm] [[PERSON:Karthik]]: send me your doc i'll take it to [[PERSON:meera]]

never heard from [[PERSON:meera]] (she's the CPO). the model spec is on [[URL:docs.surakshacover.example/models/claim-friction-v2]] if anyone ever asks. i also sent a letter to our registered office, [[LOCATION:3rd Floor, Vaishnavi Arcade, 80 Feet Road, Indiranagar, Bengaluru 560038]], and a copy to [[EMAIL:grievance@surakshacover.example]]. aaj tak no reply
""",
)

# --- 59: Chile, municipality
story(
    "Chilean municipal analyst; real municipality, hill neighbourhood and city, RUT number, Chilean mobile in international format, Spanish date, 'Sra.' outside span, first name alone later.",
    r"""
Trabajo como analista en la [[ORG:Municipalidad de Valparaíso]]. After the fires, the social development office asked me to build a priority list for housing subsidies. The mayor's chief of staff wanted families "with children in school and a job" first, because they would "use the subsidy better".

That rule would push down the families in [[LOCATION:Cerro Rocuant]] who lost everything, most of them informal workers. I wrote a technical note against it on [[DATE:14 de marzo de 2024]]. My boss, Sra. [[PERSON:Carolina Fuentes]], signed it with me, which took courage.

The chief of staff called [[PERSON:Carolina]] from [[PHONE:+56 9 5555 0123]] and told her the note "could be misunderstood by the press". A resident later showed me her rejection letter with her RUT, [[ID:12.345.678-5]], and a score that used exactly the rule we had argued against. The note is still in the system. Somebody decided to ignore it.
""",
)

# --- 60: Australia, government debt recovery
story(
    "Australian public servant; real agency, Canberra suburb, 'Dawn' as a name beside 'dawn' as a word, nickname, Australian landline in reserved range, financial-year date, case reference.",
    r"""
I was an APS 6 data analyst at [[ORG:Services Australia]], based in [[LOCATION:Tuggeranong]]. In [[DATE:FY2019-20]] I was asked to help "validate" income-averaging debt notices. The averaging was the problem: casual workers with lumpy income were being told they owed money they didn't owe.

My director, [[PERSON:Dawn]], told me to focus on "throughput, not edge cases". The edge cases were thousands of people. A colleague, [[PERSON:Macca]] (nobody called him [[PERSON:Malcolm]]), started keeping a spreadsheet of cases where the debt was clearly wrong, like [[ID:DR-2019-448812]].

We took it to [[PERSON:Dawn]] at the crack of dawn before a branch meeting, because it was the only time she had free. She said it was "above our pay grade". When the scheme was finally found unlawful, I called the staff support line on [[PHONE:02 5550 1234]] because I couldn't sleep. I still can't, some nights.
""",
    ok=("crack of dawn",),
)

# --- 61: nothing identifying, gig platform reflective post with emoji
story(
    "NOTHING IDENTIFYING: rushed lower-case post with emoji about a gig-platform surge model; roles, tools, relative dates, 'grace' and 'hope' as words.",
    r"""
idk if this counts as an ethics story but here goes 🫠

i'm a DS at a delivery platform. we have a "courier reliability" score and a new rule this month: couriers under a threshold lose the grace window for late pickups. i ran the numbers and the people under the threshold are mostly the ones doing long suburban runs on bicycles, bc their pickups are always late when the restaurants are slow. not their fault at all

told my manager, he said "put it in the retro". retro is in two weeks. the rule is live now. ppl are losing shifts rn

i hope i'm wrong tbh. i reran it three times. i'm not wrong 😩
""",
    ok=("i hope",),
)

# --- checks --------------------------------------------------------------------------------------

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
    "WeChat",
    "KakaoTalk",
    "Excel",
    "XGBoost",
    "SHAP",
    "dbt",
    "Kafka",
    "Postgres",
)
# Always labelled wherever they appear (capitalised).
MUST_LABEL = ("UK", "US", "USA", "NHS", "India", "ICO", "Nairobi", "Bengaluru")
# Person-name tokens that are ordinary words: not searched across stories.
COMMON = {
    "will",
    "joy",
    "dawn",
    "precious",
    "mark",
    "grace",
    "hope",
    "faith",
    "lucky",
    "sunny",
    "rose",
    "bill",
    "may",
    "summer",
}
PARTICLES = {"van", "der", "den", "de", "la", "da", "dos", "del", "von", "bin", "ibn", "al", "el"}
LEGAL = (
    " Pte. Ltd.",
    " Sdn. Bhd.",
    " Sp. z o.o.",
    " s.r.o.",
    " FZ-LLC",
    " GmbH",
    " Ltd",
    " plc",
    " SRL",
    " A.Ş.",
    " S.A.S.",
    " Inc.",
)
PREFIXES = ("Project ", "Operation ", "Team ")
LEAD_OK = "@#+("
MIN_STORIES, MIN_EMPTY, MIN_PER_KIND = 55, 8, 8
WORDS = (60, 350)


def variants(value):
    out = {value}
    for suf in LEGAL:
        if value.endswith(suf):
            out.add(value[: -len(suf)])
    for pre in PREFIXES:
        if value.startswith(pre):
            out.add(value[len(pre) :])
    return out


def person_tokens(value):
    for tok in re.findall(r"\w[\w'’\-]*", value):
        if len(tok) >= 2 and tok.lower() not in PARTICLES:
            yield tok


def ok_ranges(text, ok, sid, problems):
    ranges = []
    for phrase in ok:
        found = [m.span() for m in re.finditer(re.escape(phrase), text)]
        if not found:
            problems.append(f"{sid}: ok phrase {phrase!r} does not occur")
        ranges += found
    return ranges


def accepted(spans, ranges, a, b):
    return overlaps(spans, a, b) or any(s <= a and b <= e for s, e in ranges)


def edge_ok(span):
    v, kind = span["entity_value"], span["entity_type"]
    if v != v.strip():
        return False
    first, last = v[0], v[-1]
    if not first.isalnum() and not (first in LEAD_OK and kind in ("HANDLE", "PHONE")):
        return False
    if not last.isalnum():
        if last != ".":
            return False
        initial = re.search(r"(?:^|[\s.])[A-Z]\.$", v)
        legal = any(v.endswith(s) for s in LEGAL if s.endswith("."))
        if not (initial or legal):
            return False
    return True


def build():
    problems, items = [], []
    for i, (notes, marked, ok) in enumerate(STORIES, 1):
        sid = f"h7-{i:02d}"
        text, spans = parse(marked, MARK)
        items.append((sid, text, spans, notes, ok))
        if "[[" in text or "]]" in text:
            problems.append(f"{sid}: leftover markup")
        n = len(text.split())
        if not WORDS[0] <= n <= WORDS[1]:
            problems.append(f"{sid}: {n} words")
        last_end = -1
        for s in sorted(spans, key=lambda s: s["start_position"]):
            a, b, v = s["start_position"], s["end_position"], s["entity_value"]
            if text[a:b] != v:
                problems.append(f"{sid}: offset mismatch {v!r}")
            if a < last_end:
                problems.append(f"{sid}: overlap at {v!r}")
            last_end = b
            if not edge_ok(s):
                problems.append(f"{sid}: edge whitespace/punctuation in {v!r}")
            if s["entity_type"] in ("PERSON", "ORG", "LOCATION"):
                for tool in TOOLS:
                    if re.search(rf"(?<!\w){re.escape(tool)}(?!\w)", v, re.IGNORECASE):
                        problems.append(f"{sid}: tool {tool!r} inside {v!r}")
        ranges = ok_ranges(text, ok, sid, problems)
        needles = set()
        for s in spans:
            if s["entity_type"] == "PERSON":
                needles.update(person_tokens(s["entity_value"]))
            elif s["entity_type"] in ("ORG", "LOCATION"):
                needles.update(variants(s["entity_value"]))
        for nd in needles:
            for m in re.finditer(rf"(?<!\w){re.escape(nd)}(?!\w)", text, re.IGNORECASE):
                if not accepted(spans, ranges, m.start(), m.end()):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(f"{sid}: unlabelled mention of {nd!r}: ...{ctx}...")

    # across stories: capitalised names, organisations and places
    needles = set(MUST_LABEL)
    for _, _, spans, _, _ in items:
        for s in spans:
            v = s["entity_value"]
            if s["entity_type"] in ("ORG", "LOCATION") and len(v) >= 3 and v[:1].isupper():
                needles.update(x for x in variants(v) if len(x) >= 3)
            if s["entity_type"] == "PERSON":
                for tok in person_tokens(v):
                    if len(tok) >= 4 and tok[:1].isupper() and tok.lower() not in COMMON:
                        needles.add(tok)
    for sid, text, spans, _, ok in items:
        ranges = ok_ranges(text, ok, sid, [])
        for nd in needles:
            for m in re.finditer(rf"(?<![\w@#/.\-]){re.escape(nd)}(?![\w\-])", text):
                if not accepted(spans, ranges, m.start(), m.end()):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(f"{sid}: {nd!r} labelled elsewhere, not here: ...{ctx}...")

    counts = {k: 0 for k in KINDS}
    for _, _, spans, _, _ in items:
        for s in spans:
            counts[s["entity_type"]] += 1
    empty = [sid for sid, _, spans, _, _ in items if not spans]
    if len(items) < MIN_STORIES:
        problems.append(f"only {len(items)} stories")
    if len(empty) < MIN_EMPTY:
        problems.append(f"only {len(empty)} stories with nothing identifying")
    for k, c in counts.items():
        if c < MIN_PER_KIND:
            problems.append(f"only {c} {k} spans")
    for sid, _, _, notes, _ in items:
        if notes.startswith("NOTHING IDENTIFYING") != (sid in empty):
            problems.append(f"{sid}: notes and spans disagree about 'nothing identifying'")
    return items, counts, empty, problems


def main():
    items, counts, empty, problems = build()
    data = [
        {"full_text": text, "spans": spans, "id": sid, "notes": notes}
        for sid, text, spans, notes, _ in items
    ]
    blob = json.dumps(data, ensure_ascii=False, indent=1)
    for rec in json.loads(blob):
        for s in rec["spans"]:
            if rec["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                problems.append(f"{rec['id']}: offset mismatch after serialisation")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s); nothing written")
        return 1
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "redaction_holdout7.json")
    with open(out, "w", encoding="utf-8") as f:
        f.write(blob + "\n")
    words = [len(t.split()) for _, t, _, _, _ in items]
    total = sum(counts.values())
    print(f"wrote {out}")
    print(
        f"{len(items)} stories, {min(words)}-{max(words)} words (mean {sum(words) / len(words):.0f}), "
        f"{total} identifiers; nothing identifying: {', '.join(empty)}"
    )
    print("| kind | count |\n|---|---|")
    for k in KINDS:
        print(f"| {k} | {counts[k]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
