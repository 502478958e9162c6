#!/usr/bin/env python3
"""Generator for storyshare's second, independent redaction holdout set.

Twenty synthetic first-person workplace ethics stories, written separately
from the main corpus and from the first holdout (and without looking at the
redaction engine), so that they give an unbiased check of how well the engine
generalises. Every person, company, address, phone number, e-mail address,
handle, URL and ID is fictional, apart from a few well-known real
organisations and places that a real submitter would plausibly mention.

Stories use the same inline markup as make_corpus.py:

    [[KIND:text]]   e.g. [[PERSON:Inês Carvalho]], [[LOCATION:Pangyo]]

Running the script strips the markup, computes exact character offsets,
verifies every span, checks that every labelled name/organisation/place is
labelled at each other mention in the same story (any case) and across
stories, prints counts per kind and word counts, and writes
redaction_holdout2.json next to this file (presidio-research format).

Labelling decisions beyond tests/data/README.md:
  * A month is labelled only when it points to one specific time
    ("last [[DATE:March]]", "I left in [[DATE:January]]"); recurring or
    generic months ("every April", "each March") are not labelled.
  * For "last March" only the month is labelled (like "the" in
    "the summer of 2020", the lead-in word stays outside).
  * Holidays and seasons count as dates only with a year or era
    ("Diwali 2023", "Ramadan 1444", "Tết 2024", "Matariki 2023").
  * Clock times in chat logs (10:42) are not dates and are not labelled.
  * Years inside the names of laws ("Data Protection Act 2019") are part of
    the law's name and are not labelled.
  * A whole street address, including its city and postcode, is one
    LOCATION span; a later separate mention of the city is its own span.
  * Names inside e-mail addresses and URLs are covered by the EMAIL/URL span.

Usage:  python3 tests/data/make_holdout2.py
"""

import itertools
import json
import os
import re
import sys
from collections import Counter

from corpus_tools import KINDS, overlaps
from corpus_tools import cross_check as _cross_check
from corpus_tools import parse as _parse

MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")
OUT_NAME = "redaction_holdout2.json"
MIN_WORDS, MAX_WORDS = 150, 350

STORIES = []  # (id, marked_text, notes)


def H(sid, text, notes=""):
    STORIES.append((sid, text, notes))


# Data-work vocabulary, acronyms and laws used as distractors: they must never
# sit inside a PERSON, ORG or LOCATION span.
DISTRACTORS = [
    "Python",
    "SQL",
    "dbt",
    "Airflow",
    "Spark",
    "Kafka",
    "Snowflake",
    "BigQuery",
    "Looker",
    "Tableau",
    "Power BI",
    "Excel",
    "Jira",
    "Confluence",
    "Slack",
    "Teams",
    "Zoom",
    "GitHub",
    "XGBoost",
    "LightGBM",
    "SHAP",
    "LIME",
    "AUC",
    "F1",
    "p-value",
    "A/B test",
    "GDPR",
    "HIPAA",
    "CCPA",
    "KPI",
    "OKR",
    "NPS",
    "LTV",
    "CAC",
    "POPIA",
    "LGPD",
    "DPIA",
    "Telegram",
    "WhatsApp",
    "Loom",
]

# --------------------------------------------------------------------------
# STORIES
# --------------------------------------------------------------------------

H(
    "h2-01",
    """
Pasting a chunk of our [[HANDLE:#risk-models]] channel from last autumn, because I still can't decide whether I overreacted. I'm a data scientist at [[ORG:kreditly]], a lending startup in [[LOCATION:Berlin]].

Thursday, [[DATE:9 November 2023]]

[[PERSON:Tomasz Kowalczyk]]  10:42
ok the new SDK features are live. installed-apps list gives +0.04 AUC on thin-file applicants 🎉
[[PERSON:Inês Carvalho]]  10:44
wait which apps. dating apps? period trackers? HIV reminder apps?
[[PERSON:Tomasz Kowalczyk]]  10:45
it's a bag of package names, the model doesn't "know" what they mean
[[PERSON:Inês Carvalho]]  10:46
[[HANDLE:@tomasz]] it knows enough to lower someone's score. that's a proxy for health and sexuality under GDPR art. 9. did the DPO see this?
[[PERSON:Dave Whitfield]]  10:51
DPO is on leave. ticket is [[ID:RISK-2231]], ship it behind a flag and we revisit in [[DATE:Q1 2024]]
[[PERSON:Inês Carvalho]]  10:52
"revisit" = never. I'm not approving the PR
[[PERSON:Dave Whitfield]]  10:53
noted. [[HANDLE:@ines]] can we take this to DM

That was me, [[PERSON:Inês]]. I escalated to the Head of Risk the next day and was told the feature was "industry standard" and that competitors in [[LOCATION:Warsaw]] already use it. Two weeks later I was moved off the credit team onto marketing attribution. The feature still runs; I checked the SHAP plots in Looker before I left in [[DATE:January]].

What I want to know from people here: was blocking the PR the right move, or should I have gone straight to the regulator? [[ORG:BaFin]] seems to care about fairness only when there's a press story, and our DPO still hasn't replied.
""",
    notes="Slack log pasted in; lower-case brand; chat display names; @ and # handles; clock times and weekday unlabelled",
)

H(
    "h2-02",
    """
Sharing an excerpt of an email thread, lightly trimmed. Context: I'm a senior analyst in a local authority children's services data team.

From: [[PERSON:Harriet Ashdown-Pryce]] <[[EMAIL:h.ashdown-pryce@bristol-council.example]]>
Sent: [[DATE:14/03/2023]] 09:12
To: Children's Analytics
Subject: RE: risk scores for the [[LOCATION:Lawrence Hill]] pilot

Morning all,
[[ORG:Hargrove & Lyle LLP]] have sent the updated model. They'd like us to share the top 200 scored households with the early help team by Friday. Can someone run the extract please?
[[PERSON:Harriet]]

From: me
Sent: [[DATE:14/03/2023]] 10:37

Hi [[PERSON:Harriet]],
Before I run it: the second-strongest feature is "contact with housing benefit in last 12 months", and false positives cluster in two postcodes, [[LOCATION:BS5 0HH]] and [[LOCATION:BS2 9TL]], which are mostly Somali families. The consultants' own validation shows precision of 0.31 there versus 0.58 citywide. Flagged families get an unannounced visit. I don't think we've done a DPIA for this use.

From: [[PERSON:Harriet Ashdown-Pryce]]
Sent: [[DATE:14/03/2023]] 11:02

Fair points, but the contract was signed by [[ORG:Bristol City Council]] in [[DATE:October 2022]] and the Cabinet Member is expecting numbers at next month's meeting. Ring [[PERSON:Gareth]] on [[PHONE:0117 496 0382]] if you want to discuss the DPIA.

I rang [[PERSON:Gareth]]. He leads information governance and had never heard of the pilot. We paused for a fortnight, then the DPIA came back "low risk" after a twenty-minute Teams call. I ran the extract. I'm writing this because I still don't know whether I had any real choice, short of resigning or going to the [[ORG:ICO]].
""",
    notes="e-mail thread excerpt; British English; hyphenated surname; UK postcodes; numeric UK date; consultancy with & and LLP",
)

H(
    "h2-03",
    """
Timeline, because my psych said writing it down would help. Health insurer, pricing analytics, [[LOCATION:Melbourne]]. The company is [[ORG:Wattle Health Insurance]]; every April they do the premium round and every April I hated it a bit more.

- [[DATE:mid-2019]]: join as a pricing analyst. Team of six, reporting to the Chief Actuary.
- [[DATE:Q3 2021]]: marketing buys a data feed from [[ORG:Brightline Data Co.]] (gym check-ins, supermarket loyalty baskets, postcode-level income).
- [[DATE:FY22]] planning: our GM, [[PERSON:Craig Donnelly]], wants "wellness scores" feeding retention offers. Healthy members get discounts, everyone else gets nothing.
- [[DATE:February 2022]]: I run the numbers. Members in [[LOCATION:Dandenong]] and [[LOCATION:Broadmeadows]] lose out most. Lots of shift workers, lots of members born overseas.
- [[DATE:14 March 2022]]: raise it at pricing committee. [[PERSON:Craig]]: "it's not pricing, it's marketing, different rules". Legal agreed, technically.
- A month later: anonymous complaint lodged with the [[ORG:OAIC]], ref [[ID:CP22/00417]]. Not saying who lodged it.
- [[DATE:FY23]]: program rolled out to [[LOCATION:Queensland]] anyway.
- [[DATE:October 2023]]: redundancy. "Restructure." My manager [[PERSON:Leanne Tran]] rang from her mobile, [[PHONE:0491 570 110]], to say she was sorry and she'd pushed back.
- Since then: [[ORG:OAIC]] closed the complaint, no breach of the APPs found.

Fair dinkum, I reckon the law's fine with this and that's exactly the problem. Nobody broke a rule. The model did what the KPI asked, the LTV uplift looked great in Power BI, and the people who lost their discount will never know why. Was I naive? Would you have just built it and kept your head down?
""",
    notes="bullet timeline; Australian English; FY/quarter/mid-year dates; generic 'every April' unlabelled; Australian mobile (ACMA fictional range)",
)

H(
    "h2-04",
    """
throwaway bc my manager knows my main account

so i'm a junior data eng at a startup called [[ORG:DataNest]] in [[LOCATION:austin]], we do "audience enrichment" lol. last [[DATE:march]] my lead [[PERSON:jake]] (everyone calls him [[PERSON:J-Dawg]] dont ask) asks me to write a scraper for dating profiles, like public bios + photos + the zip code ppl list. he says its fine bc its public. we pulled like 400k profiles mostly from [[LOCATION:78704]] and [[LOCATION:78741]] for a pilot w a client, [[ORG:Lonestar Auto Finance]].

the client wanted to know who is "financially stressed" from their bios. like ppl writing "single mom, 2 jobs, no drama". thats... thats not ok right??

i said somthing in standup and [[PERSON:jake]] said "take it up with [[PERSON:priscilla]]" (our ceo). [[PERSON:Priscilla]] said the lawyer said CCPA doesnt apply bc were in [[LOCATION:texas]]. then she sent me a video link [[URL:loom.com/share/9f2c1ab7e4d04c]] explaining "ethical scraping" which was 6 min of her saying nothing.

i posted on reddit and [[HANDLE:u/quietlambda]] said report it to the [[ORG:FTC]]. i emailed the dating app's trust team at [[EMAIL:trust@swipely.example]] w the scraper user agent and our ips ([[ID:198.51.100.23]] and [[ID:198.51.100.24]]). no reply yet.

idk. i need this job, visa stuff. [[PERSON:jake]] still thinks im "not a team player" and my 1:1s are weird now. if ur in this industry pls tell me if this is normal bc it feels gross
""",
    notes="very informal lower case with typos; camel-case startup; lower-case names and places; US ZIPs alone; bare URL; IPs; 'visa' not an org",
)

H(
    "h2-05",
    """
Submission: concerns regarding secondary use of community health data

1. Background. I am a biostatistician seconded to the digital health unit of the [[ORG:Ministry of Health]] in [[LOCATION:Nairobi]]. From [[DATE:January 2022]] I supported the analysis of household visit records collected by community health promoters in [[LOCATION:Kisumu County]] and [[LOCATION:Turkana]].

2. The request. On the [[DATE:3rd of May 2022]] the unit received a request, reference [[ID:MOH/DHD/2022/117]], from [[ORG:Amani Mobile Ltd]], a telecommunications firm, for record-level extracts linked by national ID number. The stated purpose was "targeted airtime subsidies". The draft data sharing agreement, circulated by Dr. [[PERSON:Wanjiru Kamau]], provided for the transfer of HIV status and pregnancy fields.

3. Concerns raised. I noted in writing that (a) the Data Protection Act 2019 requires a lawful basis which the consent forms did not provide; (b) pseudonymisation by hashing ID numbers is trivially reversible for a telecom holding the same identifiers; (c) households had been told the data would be used only for their care.

4. Response. Mr. [[PERSON:Otieno]] of the unit advised that the Principal Secretary had approved the transfer and that the [[ORG:Office of the Data Protection Commissioner]] would be notified "in due course". My memo ([[ID:DHD-M-0932]]) was not answered.

5. Outcome. A reduced extract was transferred in [[DATE:August 2022]]. I do not know whether HIV status was included. I later shared my concerns, without documents, with [[ORG:Amnesty International Kenya]].

6. Request. I would welcome views from practitioners on whether I should have written to the [[ORG:ODPC]] directly, and how to do so without being identified. I can be reached at [[EMAIL:biostat.nbi [at] protonmail [dot] com]].
""",
    notes="formal numbered report; ministry and regulator; honorifics outside; 'the 3rd of May 2022'; law with year unlabelled; spelled-out e-mail",
)

H(
    "h2-06",
    """
Namaste all. I am working as Senior Data Analyst in [[ORG:Vyapar Finance Pvt. Ltd.]], an NBFC in [[LOCATION:Bengaluru]], our office is in [[LOCATION:Koramangala]]. Kindly bear with my long post.

Our collections model decides which borrowers get the field agent visit. Last month my reporting manager [[PERSON:Ramesh]] sir told me to add one new feature: whether the borrower's phone has contacts saved as "Amma", "Appa", "Wife" etc. and how many calls go to those numbers. Purpose is, agent will call family members to "motivate" repayment. Actually it is for shaming only, everybody knows.

I told him the [[ORG:RBI]] guidelines do not permit this and also it is against the DPDP Act. He said "[[PERSON:Priya]], you are thinking too much, our competitor [[ORG:Rupeeflow]] is already doing". Then he forwarded me one customer complaint from [[LOCATION:Hubballi]], loan account [[ID:BLR-PL-0048812]], where the agent sat outside the borrower's house in a car with number plate [[ID:KA 05 MN 4412]] for three days. Complainant is asking for agent details. [[PERSON:Ramesh]] sir wants me to "close it with data".

I have escalated to our CRO through mail but no reply since [[DATE:Diwali 2023]]. My friend [[PERSON:Sneha Iyer]] who was earlier in compliance told me to write to the grievance officer at [[EMAIL:grievance [at] vyapar-finance [dot] example]] but that is going to same people only.

Should I complain to [[ORG:RBI]] directly? My notice period is 90 days and I am having EMI on the flat. Please suggest. You can DM me on Telegram or call [[PHONE:+91 98450 01234]] in the evening.
""",
    notes="Indian English; trailing 'sir' outside span; Pvt. Ltd.; Indian licence plate and loan account; festival date with year; obfuscated e-mail",
)

H(
    "h2-07",
    """
Hello, sorry for my english, is not my first language. I work like data scientist in [[ORG:PagaFácil]], a payments company in [[LOCATION:São Paulo]]. Our office is in [[LOCATION:Avenida Paulista, 1842 - Bela Vista, São Paulo - SP, 01310-200]], maybe somebody know.

In [[DATE:agosto de 2022]] my chief, [[PERSON:Rodrigo Bastos]], ask me to make a model for estimate age and "skin tone" from the selfies that clients send for the liveness check. The selfies was collected only for prevent fraud, the terms of use say this very clear. The model is for a partner, [[ORG:Lojas Estrela]], who want to know the "profile" of who enter in their stores in [[LOCATION:Campinas]].

I say to [[PERSON:Rodrigo]] this is not the finality of the data and LGPD article 6 talk about finality. He say the legal team already approve and the data is "anonymized" because we remove the CPF. But the face is the person! You cannot anonymize a face.

My colleague [[PERSON:Luísa Moraes]] agree with me, we write together a document and send to the DPO. The DPO answer after 5 weeks only "we will consider". In [[DATE:2023]] the project was renamed "[[ORG:Projeto Vitrine]]" and continue with other team, in Python instead of R, like this change something.

Now I think to make a denuncia to [[ORG:ANPD]], but I am afraid because is easy to know who did it, only four people know the details of [[ORG:Vitrine]]. What you would do? Is possible to be anonymous in this case?
""",
    notes="non-native English (Brazilian); diacritics in brand and name; full Brazilian street address with CEP as one span; Portuguese month; internal project name",
)

H(
    "h2-08",
    """
This didn't happen to me, it happened to my colleague, and she asked me to write it up because she's still there.

[[PERSON:Nurul Aisyah binti Hamzah]] (everyone calls her [[PERSON:Aisyah]]) is a data engineer at [[ORG:Straits Meridian Bank]] in [[LOCATION:Singapore]]. In [[DATE:Q2 2023]] the bank started [[ORG:Project Lighthouse]], a "workforce insights" programme. The ask came from her manager, [[PERSON:Tan Wei Ming]]: join VDI session logs, keystroke counts and door-badge swipes on employee number, and publish a weekly "engagement index" per person in Power BI.

[[PERSON:Aisyah]] built it. That is the part she feels worst about. Then she noticed the offshore vendor team, whose traffic came from [[ID:203.0.113.0/24]], was being scored on the same index even though their contract said nothing about monitoring. The lowest score belonged to a contractor in [[LOCATION:Jakarta]], [[PERSON:Sutrisno]], whose keystrokes dropped for two weeks in [[DATE:June 2023]]. His father had died. Nobody asked; his access was cut on a Friday.

She raised it with [[PERSON:Wei Ming]], who said the [[ORG:PDPC]] had "no issue with legitimate interests". She checked; the bank had never asked them. She then sent a note to the DPO quoting her own staff number, [[ID:SMB-041877]], so it couldn't be dismissed as anonymous gossip. HR called her in two days later to "discuss her engagement index".

She wants to know whether anyone has taken this kind of thing to the [[ORG:PDPC]] and survived professionally. You can reach her through me at [[EMAIL:kaiyang.lim@fastmail.example]]. (I'm [[PERSON:Kai Yang]], I used to sit next to her on the [[ORG:Lighthouse]] squad.)
""",
    notes="third person about a colleague; Malay 'binti' name; Chinese family-name-first and partial given names; Indonesian mononym; CIDR range; project code name",
)

H(
    "h2-09",
    """
I'm a product data scientist at a mobile game studio in [[LOCATION:Pangyo]], just south of [[LOCATION:Seoul]]. I'll keep the studio's name out, but our publisher is [[ORG:Hanbit Play]] and most of you would recognise the game.

Our monetisation team built a "whale propensity" model. Fine, every studio has one. The problem started in [[DATE:2022년 11월]] when the lead, [[PERSON:Park Seo-yeon]], asked me to add features that are basically age proxies: after-school play peaks, alignment with the school vacation calendar, and whether the payment card holder's name differs from the account name. The most aggressive gacha offers would go to whoever the model scored highest. Someone who plays at 16:00 on weekdays and pays with a card in another person's name: you know who that is.

I asked [[PERSON:Seo-yeon]] in our 1:1 whether we were targeting minors. She said the game is rated 12+ and the KPI is ARPPU, not age. Our director, [[PERSON:Kim Do-hyun]], said the same and added that [[ORG:Nexon]] and [[ORG:NCSoft]] "do worse". Maybe true.

I wrote to the internal ethics mailbox, [[EMAIL:ethics-desk@hanbitplay.example]], and got ticket [[ID:ETH-2023-0412]], then silence. In [[DATE:March 2023]] the features went live in the [[LOCATION:Taiwan]] build as well. Director [[PERSON:Kim]] told me to "stop writing essays" and to look at the uplift in the A/B test instead.

I'm interviewing elsewhere now. My question is practical: is there any body in [[LOCATION:Korea]] that takes anonymous tips about this? The [[ORG:Game Rating and Administration Committee]]? The [[ORG:KFTC]]? Or is a journalist the only real option?
""",
    notes="Korean family-name-first names and given-name-only mention; Korean-script date; rank 'Director' outside span; real game companies",
)

H(
    "h2-10",
    """
Abeg read this one to the end. I was a data analyst for a digital lender in [[LOCATION:Lagos]], [[ORG:QuickKobo]], office on [[LOCATION:Admiralty Way, Lekki Phase 1]].

Our app pulled the borrower's full contact list at install. In [[DATE:Q4 2021]] the collections head, Oga [[PERSON:Ben]], asked me for a "pressure score": which contacts in the phonebook are most likely to shame the borrower into paying. Employer, pastor, in-laws. I built it in Python over one weekend. I'm not proud. The messages went out from numbers like [[PHONE:+234 803 555 0142]] telling people their colleague was a "debtor and thief".

One borrower, a nurse in [[LOCATION:Ibadan]], complained to the [[ORG:FCCPC]] after her matron got the message. Her complaint reference was [[ID:FCCPC/CP/22/0913]]. The CEO, [[PERSON:Chukwuemeka Obi]] (na "[[PERSON:Emeka]]" everybody dey call am), called a meeting and told us to "clean the data" before the regulator audit in [[DATE:February 2022]]. Meaning: drop the contacts table in prod, keep a copy on his own laptop.

I refused to touch prod. [[PERSON:Ben]] said I should "sabi my lane". I resigned in [[DATE:March 2022]].

Two years later the app is still on the Play Store under a new name. I have screenshots of the scoring notebook and the message templates. The officer I spoke to gave me an address, [[EMAIL:enforcement.desk [at] fccpc-ng [dot] example]], and nobody replies. Wetin I go do? Should I just give everything to a journalist, knowing [[PERSON:Emeka]] will know it was me?
""",
    notes="Nigerian English with Pidgin; 'Oga' honorific outside; nickname in parentheses; Nigerian regulator and complaint ref; street plus neighbourhood as one LOCATION",
)

H(
    "h2-11",
    """
In the [[DATE:spring of 2020]] I became lead data scientist on a welfare fraud risk model that [[ORG:Veldkamp Analytics B.V.]] built for a mid-sized municipality in [[LOCATION:Gelderland]]. I'm writing this in English because my Dutch colleagues will recognise my Dutch.

The model ranked benefit recipients for home investigations. Among its 300-odd features were "language proficiency" (from the integration exam), number of address changes, and the four-digit postcode. When I ran a fairness check in R, single mothers in [[LOCATION:Presikhaaf]] and the postcode area [[LOCATION:6826]] were flagged at four times the base rate. After the childcare benefits scandal, I thought nobody in the [[LOCATION:Netherlands]] would ship this. I was wrong.

My manager, [[PERSON:Fatima Ouali]], took my analysis to the alderman responsible, [[PERSON:Pieter van der Berg]]. [[PERSON:Van der Berg]] asked whether the model was "accurate". It was (AUC 0.74). That settled it for him. [[PERSON:Fatima]] asked for a DPIA; the municipality's DPO wrote a two-page memo saying a DPIA "could be considered in a later phase".

On [[DATE:22 September 2020]] we delivered version 2 with language proficiency removed but kept the "months since arrival in the [[LOCATION:Netherlands]]" feature, which is the same thing. I signed off on it. I've since left [[ORG:Veldkamp]] and now work in [[LOCATION:Utrecht]] on something boring.

Last year a journalist from [[ORG:NRC]] emailed me about the model. I haven't replied. Part of me wants to hand over everything to the [[ORG:Autoriteit Persoonsgegevens]]. Part of me knows my signature is on version 2. How do you blow a whistle you helped build?
""",
    notes="reflective Dutch writer; 'van der' particle, capitalised surname alone; Dutch four-digit postcode alone; demonym/language 'Dutch' unlabelled; alderman title outside",
)

H(
    "h2-12",
    """
Les cuento. I'm a credit analyst at [[ORG:Crediaburrá]], a microfinance cooperative in [[LOCATION:Medellín]]. Mostly I keep the scorecard running in SQL and Excel, nothing fancy.

In [[DATE:enero de 2023]] gerencia asked us to add the government poverty-index group and the borrower's comuna as hard rules. Anybody in [[LOCATION:Comuna 13]] or in certain barrios of [[LOCATION:Bello]] would be auto-rejected, no matter their repayment history. Our head of credit, [[PERSON:María José de la Cruz Restrepo]], presented it as "risk hygiene".

I pulled the numbers. Women who sell arepas and run tiendas from home, with five, six years of perfect repayment, would be cut off. One of them, Doña [[PERSON:Gladys]], cédula [[ID:43.512.887]], has been a member since before I was hired. She called me directly at the office, [[PHONE:+57 604 555 0183]], to ask why her renewal was "en estudio" for two months.

I told [[PERSON:María José]] that a rule based on where someone lives is a proxy for displacement and for race, and that the [[ORG:Superintendencia Financiera]] would not like it. She said cooperatives are supervised by the [[ORG:Supersolidaria]], not them, and that [[ORG:Bancolombia]] does worse. Then she copied the general manager and wrote "analysts analyse, they don't decide".

The rule went live on [[DATE:1 de marzo de 2023]]. Doña [[PERSON:Gladys]] got her loan in the end because I overrode the flag manually, which I am not supposed to do and which is logged under my user. I don't know if I did the right thing for her or the wrong thing for everybody else. ¿Qué harían ustedes?
""",
    notes="Spanish/English code-switching; 'de la' particle and two surnames; 'Doña' outside; Colombian cédula; Spanish-language dates; real bank and supervisors",
)

H(
    "h2-13",
    """
Throwaway. Posting from [[HANDLE:u/tired_nhs_analyst]] because my real account has my face on it.

I work in the information team of [[ORG:Northbridge NHS Foundation Trust]], somewhere in the [[LOCATION:East Midlands]] (I'm not saying which hospital). In [[DATE:December 2023]] our Director of Strategy announced a "research partnership" with [[ORG:Halvorsen Pharma]]. We were asked to build a pseudonymised extract of every oncology patient since [[DATE:2015]], with full postcode, date of birth and free-text clinic letters.

Free text. Clinic letters. Names of partners, carers, employers, the lot. Our Caldicott Guardian was never shown the spec; I know because I asked her in the corridor and she looked horrified.

The patient-facing privacy notice at [[URL:https://www.northbridge-nhs.example/privacy/research]] still says data is "never shared with commercial organisations for profit". I raised it through Datix as an incident, reference [[ID:INC-2024-00318]], and it was closed within a day as "not a patient safety issue".

Edit: a few people asked, yes the trust has a DPO, and yes I emailed them. Auto-reply said they're part-time and cover two trusts.

Edit 2: thanks [[HANDLE:u/mkbello]] for pointing out the National Data Opt-out. Checked: the extract ignores it because it's framed as "service improvement". That feels like the whole game, honestly.

Edit 3: to everyone saying "go to the papers", I have a mortgage in [[LOCATION:Leicester]] and a kid. I'm looking for the least-bad option. Is the [[ORG:ICO]] realistic, or does it just vanish? Is [[ORG:NHS England]] any better? Would [[ORG:medConfidential]] take it?
""",
    notes="reddit post with edits; u/ handles; NHS trust name containing NHS; full https URL; incident number; role titles (Caldicott Guardian, DPO) unlabelled",
)

H(
    "h2-14",
    """
I lead a small analytics team at [[ORG:Zawaya Analytics]], a consultancy in [[LOCATION:Amman]]; we're on the fourth floor of a building in [[LOCATION:Abdoun]]. Most of our clients are in the [[LOCATION:Gulf]].

In [[DATE:Q1 2023]] we won an HR analytics project with [[ORG:Falcon Crest Airways]] in [[LOCATION:Dubai]]. Their head of people, [[PERSON:Khalid al-Mansouri]], wanted an attrition model for cabin crew. Reasonable, until the feature list arrived: marital status, "engagement announced on social media", nationality, and days of sick leave taken for "women's health". In plain words: predict which young women will marry or get pregnant and stop renewing their contracts first.

My senior consultant, [[PERSON:Rania Haddad]], said we should just build it and "advise" in the deck. Our managing partner, everyone calls him [[PERSON:Abu Omar]], said the client is king and the contract was worth more than our whole [[DATE:2022]] revenue. I wrote down my objections on the project page, [[URL:wiki.zawaya.internal/hr/attrition-v2]], under my employee number [[ID:ZA-0193]] so nobody could say they weren't raised.

During [[DATE:Ramadan 1444]] the schedule slowed and I hoped it would die quietly. It didn't. Mr. [[PERSON:al-Mansouri]] flew in, met [[PERSON:Abu Omar]] without me, and the model was delivered by [[PERSON:Rania]] in [[DATE:June 2023]] with the sick-leave feature "renamed". I kept my job. I also kept my objections page, which nobody has read.

Is it enough to have written it down? In our culture you don't embarrass your boss in front of a client, and I'm a foreigner on a work permit. But I keep thinking about those crew members.
""",
    notes="Levant/Gulf setting; 'al-' particle kept in name; kunya nickname 'Abu Omar'; Hijri date; intranet URL without scheme; employee number",
)

H(
    "h2-15",
    """
Eish. Okay. I'm a data scientist at [[ORG:Ubuntu Cover (Pty) Ltd]], a short-term insurer in [[LOCATION:Cape Town]]. We run a telematics product: install our app, drive nicely, get cash back.

[[DATE:Late 2022]] my manager [[PERSON:Thandeka Mokoena]] asked me to look into why claims from [[LOCATION:Khayelitsha]] and [[LOCATION:Mitchells Plain]] were "high risk". I found that the model penalised "harsh braking at robots" and night driving. Taxi drivers and shift workers, basically. Then product asked for a new feature: time spent parked in certain suburbs, from GPS pings, which is redlining with extra steps.

I pushed back. [[PERSON:Thandeka]] agreed with me, actually, and took it up to our Chief Actuary, [[PERSON:Pieter-Jan Smit]]. He said POPIA allows it because customers consented in the app. Consented to cash back, I said, not to being priced on their neighbourhood.

Then it got personal. A customer phoned in to dispute a premium increase; his car, registration [[ID:CA 482-719]], had been parked overnight outside a clinic for a month while his wife was sick. Our call-centre agent read him the "risk factors" over the phone. He called back on [[PHONE:+27 21 555 0199]], our complaints line, and asked for me by name because the agent had told him who built the model. My colleague [[PERSON:Sipho]] took the call and handled it kindly, thank God.

The complaint reference is [[ID:UCV-CMP-77120]]. I want to report the whole feature to the [[ORG:Information Regulator]], but [[PERSON:Thandeka]] says let's fix it inside first, and she's been good to me. POPIA came into force on [[DATE:1 July 2021]]; how long is "inside first" supposed to take?
""",
    notes="South African English ('robots' = traffic lights, 'eish'); (Pty) Ltd; hyphenated Afrikaans first name; mononym-style first name; licence plate; law unlabelled, date of law commencement labelled",
)

H(
    "h2-16",
    """
I'm a PhD student in health informatics at the [[ORG:Institut Boréal de recherche en santé]] in [[LOCATION:Montréal]]. My supervisor, Prof. [[PERSON:Jean-François Lévesque]] ([[PERSON:JF]] to everyone), has a grant from [[ORG:CIHR]] on detecting suicidal ideation in online posts.

Our dataset is scraped from a French-language peer-support forum, [[URL:www.forum-entraide.example/t/detresse]]. Users there write about self-harm because they think only peers will read it. The REB approved the project as "public data, no consent needed". I assumed the paper would use paraphrased examples.

On [[DATE:12 juin 2023]] my co-author [[PERSON:Mei-Ling Chow]] sent me the camera-ready draft. Table 3 quoted posts verbatim, with usernames, including one from [[HANDLE:u/petitelune_mtl]] who had mentioned her school in [[LOCATION:Rosemont]] and her first name. Pasting one quote into a search engine took me straight to her.

I asked [[PERSON:JF]] to paraphrase. He said reviewers want "authentic data" and the REB already said yes. [[PERSON:Mei-Ling]] said nothing in the meeting and then messaged me privately: "je suis d'accord avec toi mais je veux finir ma thèse". Then [[PERSON:Lévesque]] tweeted a teaser from [[HANDLE:@jflevesque_lab]] with a screenshot of Table 3.

I emailed the REB coordinator and asked for a re-review. The screenshot was taken down within a day, no explanation. The paper is still under review. I'm in my fourth year and [[PERSON:Lévesque]] writes my reference letters. Was going to the REB behind his back a betrayal or the minimum?
""",
    notes="Québec French-English; 'Prof.' outside; hyphenated first names with diacritics; initials nickname; forum u/ handle and X handle; French date; REB/PhD acronyms unlabelled",
)

H(
    "h2-17",
    """
I am data analyst at [[ORG:XeNhanh]], a ride-hailing app in [[LOCATION:Ho Chi Minh City]]. We are small compared to [[ORG:Grab]], so the management is always looking for "other revenue".

Before [[DATE:Tết 2024]] my team leader, anh [[PERSON:Minh]], gave us a task from the CEO: build a dataset of "frequent night locations" for every rider, and sell segments to a property developer and to a debt collection partner. Home address, workplace, and where people go after 10pm: karaoke, hotels, clinics. The debt partner wanted to find people who changed their phone number.

My colleague [[PERSON:Nguyễn Thị Lan]] and I made a list of the worst segments. One segment was riders who often go to a clinic in [[LOCATION:District 3]] that is known for HIV treatment. Another one could identify drivers' second families. Chị [[PERSON:Lan]] printed it and brought it to anh [[PERSON:Minh]]. He said the privacy decree allows it if the terms and conditions mention "partners".

Later I found that the first delivery already happened on [[DATE:15/01/2024]], from a shared folder with a public link, [[URL:https://drive.xenhanh.example/s/8hQ2kLm]]. I reported it internally as ticket [[ID:SEC-4471]]. The ticket was marked "won't fix".

One driver, plate [[ID:51F-238.47]], was contacted by a collector at his second home in [[LOCATION:Thủ Đức]]. He called our hotline, [[PHONE:+84 28 5555 0147]], very angry and scared. I listened to the recording. I think about him every day.

What should I do? In [[LOCATION:Vietnam]] it is not easy to complain about your company to the government. I am thinking to just quit.
""",
    notes="Vietnamese setting; 'anh' and 'Chị' honorifics outside; Vietnamese name with diacritics; holiday-with-year date; numeric DD/MM/YYYY date; Vietnamese plate",
)

H(
    "h2-18",
    """
Kia ora. I'm the data manager for [[ORG:Te Kōtuku Health Trust]], a Māori health provider in [[LOCATION:Porirua]]. We hold about 14,000 whānau records: GP enrolments, tamariki immunisations, kaumātua home visits.

In [[DATE:FY24]] our funder asked us to join a "population insights" project run by [[ORG:Kingfisher Insight Pty Ltd]], an Australian consultancy. Their plan was to pull our records nightly into their platform, hosted in [[LOCATION:Sydney]], link them with other providers and run risk models. Their lead, [[PERSON:Hamish Fraser-Kerr]], sent the data sharing agreement on [[DATE:2 August 2023]] with a deadline of two weeks.

Our chief executive, [[PERSON:Aroha Ngata]], was keen: the funding would pay for two nurses. I wasn't. Nothing in the agreement said who owns derived data, how long it's kept, or whether iwi have any say over models trained on it. Māori data sovereignty principles are not a nice-to-have for us.

I asked our kaumātua, Whaea [[PERSON:Mere]], to sit in on the next call. She asked [[PERSON:Hamish]] one question: "When we want our data back, how do we get it?" He didn't have an answer.

We delayed signing until after [[DATE:Matariki 2023]]. In the meantime [[PERSON:Hamish]] emailed [[PERSON:Aroha]] directly (from [[EMAIL:hamish.fk@kingfisher-insight.example]]) suggesting that "the data team" was blocking progress, and copied our funder.

Where it stands: we've signed a narrower agreement, no nightly pulls, aggregated outputs only. We lost one nurse's worth of funding. I still don't know if I cost our community a nurse over a principle. If anyone has been through this with the [[ORG:Office of the Privacy Commissioner]] or an iwi data governance body, please call me at [[PHONE:04 555 0123]].
""",
    notes="New Zealand English with te reo Māori words (unlabelled); macrons; 'Whaea' honorific outside; Pty Ltd; Matariki with year; hyphenated surname",
)

H(
    "h2-19",
    """
Chale, this one has been on my chest. I'm a freelance ML engineer in [[LOCATION:Accra]]; I post side projects as [[HANDLE:@kwame_builds]] so some of you know me.

In [[DATE:mid-2024]] a political consultancy, [[ORG:Sankofa Strategies]], hired me through a friend. Office in [[LOCATION:Osu]], digital address [[LOCATION:GA-183-8164]]. The brief sounded normal: segment voters for the [[DATE:December 2024]] election campaign. The data was not normal. They had mobile money transaction histories, hundreds of thousands of them, with phone numbers, and they wanted me to predict party affiliation from who sends money to whom, church offerings, and travel between [[LOCATION:Kumasi]] and the north.

I asked where the data came from. Their data lead, [[PERSON:Efua Mensah-Bonsu]], said "a partner at one of the telcos". I asked if [[ORG:MTN]] knew. [[PERSON:Efua]] laughed.

I did one week of feature engineering in Spark before I stopped. I told [[PERSON:Efua]] I wouldn't continue, and I deleted my local copy. They paid half. A few days later a stranger messaged me from [[PHONE:+233 24 555 0192]] saying "we know you talk too much". I have not talked to anybody, until now.

The campaign presentation is still online at [[URL:bit.ly/sankofa-ashanti24]], with a slide titled "Swing voters in [[LOCATION:Ashanti Region]], by [[ORG:MoMo]] behaviour". Should I report to the [[ORG:Data Protection Commission]]? My name, [[PERSON:Kwame Asante-Boateng]], is on the invoice. I'm scared but I also think this is how elections get stolen quietly.
""",
    notes="Ghanaian English; handle of the writer; GhanaPost digital address as LOCATION; hyphenated surnames; shortened URL; real telco",
)

H(
    "h2-20",
    """
Post-incident notes. My own, not the official version, which reads very differently.

Company: [[ORG:Fjällvind Mobility AB]], e-scooter rentals, HQ in [[LOCATION:Södermalm]], [[LOCATION:Stockholm]]. Me: analytics engineer, dbt and BigQuery, two years in.

- [[DATE:2023-09-18]]: a rider's erasure request, [[ID:DSR-2023-1142]], is marked "completed" by support. The app account is gone.
- [[DATE:2023-09-25]]: I find the same rider's trips (start and end coordinates, to the metre) in three places: the raw Kafka topic archive, a Looker PDT, and a "temporary" table [[PERSON:Björn]] made for a pricing A/B test in [[DATE:spring 2022]].
- Same day: I open [[ID:INC-7719]] and write to the DPO. Trips end at a home address in [[LOCATION:Hammarby sjöstad]] every weekday night.
- [[DATE:2 October 2023]]: my manager [[PERSON:Åsa Lindqvist]] asks me to downgrade the incident from "privacy" to "data quality" so it doesn't go to the weekly risk review. Her words: "erasure covers the operational system, analytics is aggregate." It isn't.
- [[DATE:October 2023]]: [[PERSON:Björn]] drops his table. Nobody touches the archive; "too expensive to rewrite".
- [[DATE:November 2023]]: the public status page, [[URL:https://status.fjallvind.example/incidents/7719]], says "resolved, no personal data affected".

I refused to sign the postmortem. [[PERSON:Åsa]] signed it without me. I have screenshots of the table, plus the DSR, and I've drafted a complaint to [[ORG:IMY]] but not sent it. If someone from the privacy community here wants to talk it through, I'm on [[PHONE:070-174 06 42]] (Signal). I'm not looking for revenge. I just want the thing we told the rider to be true.
""",
    notes="personal postmortem timeline; Swedish names and places with å/ä/ö; ISO dates; incident and DSR IDs; full https URL; Swedish fictional-range mobile",
)

# --------------------------------------------------------------------------
# BUILD / VERIFY
# --------------------------------------------------------------------------
LEGAL_SUFFIX = re.compile(
    r"\s+(GmbH|Ltd\.?|Inc\.?|LLC|LLP|plc|AG|AB|B\.V\.|BV|S\.A\.|Pvt\. Ltd\.|\(Pty\) Ltd|Pty Ltd|Co\.|Limited|PLC)$"
)
# tokens of person names that are particles or ordinary words: skipped in the
# within-story repeat-mention check
COMMON_WORD_TOKENS = {"van", "der", "de", "la", "del", "da", "bin", "binti", "al", "el", "abu"}
# these must be labelled wherever they appear in the file
MUST_LABEL = ["UK", "US", "USA", "NHS", "EU", "London", "Europe"]


def parse(marked):
    return _parse(marked, MARK)


def needles_for(span):
    """Strings whose every whole-word occurrence in the story must be labelled."""
    v, k = span["entity_value"], span["entity_type"]
    out = set()
    if k in ("ORG", "LOCATION"):
        out.add(v)
        core = LEGAL_SUFFIX.sub("", v)
        if core != v:
            out.add(core)
        for prefix in ("Project ", "Projeto "):
            if v.startswith(prefix):
                out.add(v[len(prefix) :])
    elif k == "PERSON":
        out.add(v)
        for tok in re.findall(r"[^\W\d_][\w\-]*", v):
            if len(tok) >= 3 and tok.lower() not in COMMON_WORD_TOKENS:
                out.add(tok)
    return out


def check_story(sid, text, spans, problems, warnings):
    if "[[" in text or "]]" in text:
        problems.append(f"{sid}: leftover markup")
    nwords = len(text.split())
    if not MIN_WORDS <= nwords <= MAX_WORDS:
        problems.append(f"{sid}: {nwords} words (must be {MIN_WORDS}-{MAX_WORDS})")
    if len({s["entity_type"] for s in spans}) < 3:
        warnings.append(f"{sid}: fewer than 3 kinds")
    for s in spans:
        v = s["entity_value"]
        if text[s["start_position"] : s["end_position"]] != v:
            problems.append(f"{sid}: offset mismatch for {v!r}")
        bad_end = v[-1] in ",;:!?)'\"" or (v[-1] == "." and not LEGAL_SUFFIX.search(v))
        if v != v.strip() or bad_end or v[0] in "(\"'":
            problems.append(f"{sid}: span {v!r} has edge whitespace/punctuation")
        if s["entity_type"] in ("PERSON", "ORG", "LOCATION"):
            for d in DISTRACTORS:
                if re.search(rf"(?<!\w){re.escape(d)}(?!\w)", v):
                    problems.append(f"{sid}: distractor {d!r} inside span {v!r}")
        if s["entity_type"] == "HANDLE" and not re.match(r"^(@|#|u/)", v):
            problems.append(f"{sid}: handle {v!r} without sigil")
    # consistency: a labelled entity is labelled at every other mention (any case)
    needles = set()
    for s in spans:
        needles |= needles_for(s)
    for needle in needles:
        for m in re.finditer(rf"(?<![\w@#/.\-]){re.escape(needle)}(?![\w\-])", text, re.IGNORECASE):
            if not overlaps(spans, m.start(), m.end()):
                ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                problems.append(f"{sid}: unlabelled mention {m.group(0)!r}: ...{ctx}...")
    ss = sorted(spans, key=lambda s: s["start_position"])
    for a, b in itertools.pairwise(ss):
        if b["start_position"] < a["end_position"]:
            problems.append(f"{sid}: overlapping spans {a['entity_value']!r} {b['entity_value']!r}")
    return nwords


def cross_check(items, problems):
    _cross_check(items, problems, MUST_LABEL, COMMON_WORD_TOKENS)


def main():
    problems, warnings, items, report, seen = [], [], [], [], set()
    for sid, marked, notes in STORIES:
        if sid in seen:
            problems.append(f"duplicate id {sid}")
        seen.add(sid)
        text, spans = parse(marked)
        nwords = check_story(sid, text, spans, problems, warnings)
        report.append((sid, nwords, len(spans), Counter(s["entity_type"] for s in spans)))
        items.append((sid, text, spans, notes))
    cross_check(items, problems)

    data = []
    for sid, text, spans, notes in items:
        item = {"id": sid, "full_text": text, "spans": spans}
        if notes:
            item["notes"] = notes
        data.append(item)
    # independent re-verification on the serialised form
    reloaded = json.loads(json.dumps(data, ensure_ascii=False))
    for it in reloaded:
        for s in it["spans"]:
            if it["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                problems.append(f"{it['id']}: serialised span mismatch {s}")

    kinds = Counter(s["entity_type"] for it in data for s in it["spans"])
    words = [w for _, w, _, _ in report]
    print(
        f"stories: {len(data)}   words: min {min(words)}, max {max(words)}, "
        f"mean {sum(words) / len(words):.0f}   identifiers: {sum(kinds.values())}"
    )
    print("per kind: " + ", ".join(f"{k}={kinds.get(k, 0)}" for k in KINDS))
    print("per story (id, words, identifiers, kinds):")
    for sid, w, n, c in report:
        print(
            f"  {sid:8s} {w:4d} words {n:3d} identifiers  "
            + " ".join(f"{k}:{c[k]}" for k in KINDS if c[k])
        )
    for k in KINDS:
        if kinds.get(k, 0) < 6:
            problems.append(f"kind {k} has only {kinds.get(k, 0)} spans (need >= 6)")
    for w in warnings:
        print("WARNING:", w)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"all spans verified: full_text[start:end] == entity_value -> {path}")


if __name__ == "__main__":
    main()
