#!/usr/bin/env python3
"""Generator for the storyshare redaction evaluation corpus.

Every story below is synthetic and was written for storyshare; every person,
company, address, phone number, e-mail address, ID and URL is fictional except
for a handful of well-known real organisations and places that real
submitters would plausibly mention.

Stories are written with inline markup:

    [[KIND:text]]          e.g. [[PERSON:Jonas Albrecht]], [[LOCATION:Leeds]]
    [[KIND:text|form]]     optional form tag used only for the README statistics,
                           e.g. [[PERSON:Mags|nickname]], [[ORG:NHS|real]]

Running this script strips the markup, computes exact character offsets and
writes two files next to it, in the format of Microsoft presidio-research's
synthetic dataset:

    redaction_corpus.json   (main corpus)
    redaction_holdout.json  (held-out stories in a different style/setting)

It verifies every span (full_text[start:end] == entity_value), checks that no
mention of a labelled name was left unlabelled elsewhere in the same story,
and prints counts per kind and word counts per story.

Usage:  python3 tests/data/make_corpus.py
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

MARK = re.compile(r"\[\[([A-Z]+):(.+?)(?:\|([a-z_]+))?\]\]")

CORPUS = []  # main corpus: list of (id, marked_text, notes)
HOLDOUT = []  # held-out stories


def S(sid, text, notes=""):
    CORPUS.append((sid, text, notes))


def H(sid, text, notes=""):
    HOLDOUT.append((sid, text, notes))


# Words that are data-work vocabulary / generic terms. They appear in the
# stories as distractors and must never be inside a labelled span.
DISTRACTORS = [
    "Python",
    "SQL",
    "XGBoost",
    "SHAP",
    "BigQuery",
    "Looker",
    "Airflow",
    "Kubernetes",
    "Jira",
    "Slack",
    "GDPR",
    "AUC",
    "A/B",
    "Tableau",
    "Snowflake",
    "Excel",
    "PowerPoint",
    "Spark",
    "dbt",
    "Kafka",
    "KPI",
    "OKR",
    "PII",
    "HR",
    "QA",
    "Confluence",
    "pandas",
    "Postgres",
    "Redshift",
    "Databricks",
    "R",
    "LightGBM",
    "Jupyter",
    "Git",
    "Power BI",
    "Teams",
    "Zoom",
    "Notion",
]
# --------------------------------------------------------------------------
# STORIES (main corpus)
# --------------------------------------------------------------------------

S(
    "story-01",
    """
In [[DATE:March 2021]] I was a senior analyst on the pricing team at [[ORG:Harwick Mutual]], working out of the [[LOCATION:Leeds]] office. Our Head of Data, [[PERSON:Graham Whitlock]], asked me to prepare the quarterly retention deck for the board. The numbers were not good: churn among customers over seventy had risen sharply after a premium change, and the uplift model we had shipped was doing nothing measurable in the A/B test.

[[PERSON:Whitlock]] looked at my draft on a Tuesday evening and told me to "reframe" it. Concretely, he wanted me to drop the control group from the chart, start the y-axis at 92%, and show retained revenue rather than retained customers. The slide would then show a line going up. When I objected, he said the board "doesn't read footnotes anyway" and that [[PERSON:Fiona]] from finance had already signed off on the narrative.

I raised it in writing. My email went to him and copied [[PERSON:Fiona Castellano]], and I attached the SQL and the notebook so anyone could rerun the analysis. I also logged a ticket, [[ID:DATA-2291]], in Jira with the original figures, mostly so there would be a record. Nobody replied for a week.

The deck was presented on [[DATE:14 April 2021]]. The version the board saw had my name in the footer and the edited chart. A colleague, [[PERSON:Anil Bhattacharya]], later told me a non-executive director asked about the control group and was told it had been "inconclusive".

I left [[ORG:Harwick]] that autumn. I am sharing this because I still don't know what I should have done. Refusing to present felt heroic in my head, but I had a mortgage in [[LOCATION:Headingley]] and a manager who wrote my review. Where is the line between framing and lying, and who is responsible when your name is on the slide?
""",
    notes="formal; misleading chart; surname-only later mention",
)

S(
    "story-02",
    """
ok so this is going to be long-ish, sorry. i'm an ml engineer at a small lending startup in [[LOCATION:berlin]], might as well say it, [[ORG:kreditly]]. we score thin-file applicants with an xgboost model and last [[DATE:november]] i ran shap on the holdout set just out of curiosity. the top feature after income was... postcode. by a mile. and when i mapped it, the penalised postcodes were basically [[LOCATION:neukölln]] and [[LOCATION:gesundbrunnen]], which if you live here you know what that means demographically.

i posted the plot in [[HANDLE:#ml-fairness]] and tagged [[HANDLE:@jonas.w]] who owns the feature pipeline. then [[PERSON:priya]] (our lead, lovely person honestly) said we can't just drop postcode because the auc falls from 0.81 to 0.77 and the risk team would freak. [[PERSON:jonas]] suggested replacing it with "distance to nearest branch" which... is the same thing with extra steps.

the cto wanted a meeting. we had it on a friday. his position: it's legal, nobody has complained, the lawyers said proxy discrimination is "a grey zone". mine: we are literally charging people more for living in [[LOCATION:12043]]. i wrote up a doc with demographic parity diff and equal opportunity numbers and put it on confluence at [[URL:wiki.kreditly.internal/risk/postcode-audit]]. it got 4 views. one of them was me.

anyway [[PERSON:priya]]'s compromise is we keep it but cap its contribution at 5% of the score. i honestly dont know if thats a fix or a fig leaf. has anyone here actually won this argument with a cto? what did you say that worked
""",
    notes="lower-case chatty; lower-case names and places; German PLZ",
)

S(
    "story-03",
    """
I am ANGRY and I need to put this somewhere. I run analytics for a customer service outsourcer, [[ORG:Calloway Contact Solutions Ltd]], which has two big sites, one in [[LOCATION:Sunderland]] and one in [[LOCATION:Cebu]]. Last quarter our operations director, [[PERSON:Darren Pike]], bought a "productivity intelligence" add-on that logs every keystroke, takes a webcam still every ten minutes and scores "engagement" from 0 to 100.

My job was supposed to be dashboards about call volumes. Now I'm being asked to build a Looker view that ranks individual agents by that engagement score, with their photos, and flags the bottom 5% for "coaching". Coaching means a performance plan. A performance plan means you're out in six weeks.

I pulled the raw data. The score tanks for anyone who uses a screen reader, anyone who takes toilet breaks more often (pregnant agents, people with IBS, you can imagine), and basically the entire night shift in [[LOCATION:Cebu]] because the webcam can't see them in the dark. I wrote this up and sent it to [[PERSON:Darren]] and to HR. HR's answer, from someone called [[PERSON:Michelle Okafor]], was that the employee handbook "covers monitoring" and there was no issue.

One agent, [[PERSON:Rhys]], found out he'd been flagged and asked me directly whether it was the camera thing. I couldn't tell him. I'm not allowed to. He's got his disciplinary on [[DATE:2 June]] and his case reference is [[ID:ER-2023-0419]], which I know because I can see it in the HR feed I'm not even supposed to have access to.

I am drafting a complaint to the [[ORG:ICO]]. I'm also updating my CV. If anyone's been through a whistleblowing process in the [[LOCATION:UK]] and kept their job, please tell me how.
""",
    notes="angry; surveillance creep; case number",
)

S(
    "story-04",
    """
I have been thinking about this for almost two years, so forgive the reflective tone.

I was a data scientist at a women's health app, [[ORG:Luna Cycle]], from [[DATE:2019]] to [[DATE:early 2022]]. We were based in [[LOCATION:Amsterdam]] but most of our users were in [[LOCATION:the United States]]. Our privacy policy said, in plain language, that we would never sell health data. That was true in a narrow sense.

What we did instead was run a "research partnership" with a reinsurance analytics firm called [[ORG:Pellucid Risk Partners]]. They received aggregated tables. I built the aggregation. The tables were grouped by ZIP code, age band and cycle irregularity flags, and some of the cells had three or four people in them. I pointed out that for ZIP codes like [[LOCATION:59301]], a small town in [[LOCATION:Montana]], a cell of three women aged 40-44 with irregular cycles is not anonymous in any meaningful way.

My manager, [[PERSON:Sanne de Vries]], agreed with me in private and told me to raise it with legal. Legal said the contract with [[ORG:Pellucid]] prohibited re-identification, so the risk was "contractually mitigated". I asked for k-anonymity with k of at least 20. I got k of 5, which was a small win and still not enough.

After the abortion ruling I could not sleep. I wrote to our DPO at [[EMAIL:privacy@lunacycle.example]] and asked that the partnership be paused. It was paused in [[DATE:August 2022]], I think for reputational rather than ethical reasons, but I will take it.

I am not sure I was brave. I stayed and kept my salary while the thing ran. But I did make the cells bigger, and maybe that mattered to somebody.
""",
    notes="reflective; consent; US ZIP code; email",
)

S(
    "story-05",
    """
I'm a PhD student in computer vision. I won't give too much away, but my lab is at the [[ORG:University of Easthaven]] and my supervisor is Prof. [[PERSON:Alistair Monroe]]. Our group works on small-object detection in aerial imagery. For three years I thought our main application was wildlife counting; that is what it says in my thesis proposal and in the grant.

Last spring a new industrial partner joined the project, [[ORG:Sentinel Aerosystems]]. At the kick-off in [[LOCATION:Farnborough]], their engineers asked very specific questions about latency on embedded hardware, detection of people under tree cover, and performance at dusk. None of these matter for counting seals.

I asked [[PERSON:Monroe]] about it after the meeting. He said the partner had "dual-use interests" and that our work is fundamental research, so its applications are not our responsibility. He also said the partnership funds two of the four PhD studentships in the group, including mine.

A postdoc, Dr. [[PERSON:Yusuf Demir]], told me privately that the same detector architecture had shown up in a defence procurement document. He sent me a link, [[URL:https://tenders.defence-procure.example/notice/88123]], which I read three times. Our paper is cited in it.

I checked the ethics approval for our project, reference [[ID:ETH-2020-0731]]. It lists only "environmental monitoring". I emailed the faculty ethics officer on [[DATE:9 May]] and have not heard back.

I don't want to be naive. Almost every vision paper can be used to find people. But there is a difference between that abstract possibility and having the people who build targeting systems sitting in my lab meetings. Should I refuse to hand over code? Change my topic in the final year? [[PERSON:Yusuf]] says I should just finish and leave. I'm not sure that makes it better.
""",
    notes="researcher; military use; honorifics outside spans",
)

S(
    "story-06",
    """
Hello, I am data engineer from [[LOCATION:Wrocław]], my English is not perfect so sorry for mistakes. I work in company who make software for logistic, name is [[ORG:TransPol Logistyka Sp. z o.o.]], we have client which is big retail chain in [[LOCATION:Germany]].

Problem is this. In [[DATE:Q3 2022]] the pipeline from warehouse scanners was broken for eleven days, Kafka consumer was dead and nobody see it. So for eleven days we have no data about delivery times. Client has SLA and if on-time delivery is under 95% we pay penalty.

My boss [[PERSON:Krzysztof Nowak]] ask me to "backfill" the missing days. I say ok, we can take data from driver app, it is worse quality but real. He say no, take the average of the month before and put it, and mark it as normal. I tell him this is not backfill, this is to invent numbers. He say [[PERSON:Małgorzata]] from client side will never check (she call me every month from [[PHONE:030 1234567]] only to ask about invoices, never about data) and if we pay penalty maybe we lose the contract and people lose job, maybe also me.

I did the backfill from driver app data, not the average. On-time was 91%. Then [[PERSON:Nowak]] changed my dbt model himself, I see it in Git, commit message was only "fix". Now the report says 96.4%.

I still have my original notebook. My colleague [[PERSON:Tomek|nickname]] says delete it and forget, it is not my name on the commit. But I am the owner of the pipeline in the documentation. If one day someone check, they will ask me. What I should do? Write to compliance? We have only one person in compliance and she is wife of the director.
""",
    notes="non-native English; pressure from boss; diacritics",
)

S(
    "story-07",
    """
I work as a clinical data scientist for an [[ORG:NHS]] trust. I'll call it what it is, because the model is already public in a conference poster: [[ORG:St Aldhelm's Hospital]] in [[LOCATION:Bristol]].

We built a 30-day readmission risk score. It's a gradient-boosted model on about 180k admissions from [[DATE:2016]] to [[DATE:2020]], and discharge coordinators use it to decide who gets a follow-up phone call from a nurse. Those calls genuinely reduce readmissions, so being scored low risk means you're less likely to get help.

When I stratified performance by recorded first language, the model was badly calibrated for patients who needed an interpreter. They were readmitted more often than predicted, by a lot. The reason is boring and awful: interpreter-assisted admissions have thinner notes, fewer coded comorbidities, and the model reads missing as healthy.

I presented this to the clinical lead, Dr. [[PERSON:Helen Marsh]], and to the project sponsor, [[PERSON:Oluwaseun Adebayo]]. [[PERSON:Helen]] was supportive. [[PERSON:Oluwaseun]] asked whether fixing it would delay the rollout to the second site at [[LOCATION:Weston-super-Mare]], which was already announced. It would, by about two months.

We compromised on a rule: anyone with an interpreter flag gets a call regardless of score. It's a patch, not a fix, and I wrote that in the model card. The ticket for the proper retraining is [[ID:CDS-1187]] and it has been sitting in the backlog since [[DATE:October 2023]].

I'm posting because I keep hearing "the model is only advisory". Advisory models shape where nurses spend their time. If the model is wrong about a group, that group gets less care. Has anyone found a way to make fairness checks a hard gate in clinical deployment rather than a nice-to-have?
""",
    notes="clinical bias; hospital ORG; honorific outside",
)

S(
    "story-08",
    """
This happened at a social listening agency I'll name because it has since folded: [[ORG:Brightwave Insights]]. I was one of four analysts in the [[LOCATION:Manchester]] office.

Most of our work was brand sentiment for drinks companies. Then in [[DATE:summer of 2020]] we picked up a public-sector contract. The client contact was a man named [[PERSON:Colin Rudd]], who introduced himself as working for a "community engagement unit". The brief was to map "influential voices" in protests across [[LOCATION:Greater Manchester]] and identify "likely organisers".

We scraped public posts, built a network graph in Python, and ranked accounts by betweenness centrality. The deliverable was a spreadsheet with account names, follower counts and a "risk tier". Accounts like [[HANDLE:@mcr_tenants_union]] and [[HANDLE:@saltbox_amira]] were in the top tier. The second one was a nineteen-year-old student who had posted a lot of photos of placards.

I asked my line manager, [[PERSON:Jess Harlow]], who the end user was. She said she didn't know and it wasn't our business. Later I saw the invoice going to [[ORG:Greater Manchester Police]], which I suppose I should have guessed.

I raised it with the managing director on a call. He said everything was public data, GDPR allowed it under legitimate interests, and that if we didn't do it someone else would. I asked to be moved off the project and was, quietly. My replacement finished it.

I still think about that student. I didn't know her, I just saw her face in a scraped profile picture at 2am while debugging a join. Public data is public, sure. But aggregating it into a ranked list for the police is a different act than posting a photo of a sign. Is there any professional body that would back an analyst who refuses this kind of work?
""",
    notes="social listening for police; handles; real org",
)

S(
    "story-09",
    """
Short one. I'm a product analyst at a subscription meal-kit company, [[ORG:Forkful]]. HQ is in [[LOCATION:Austin]], I'm remote from [[LOCATION:Denver]].

Our growth PM, [[PERSON:Kyle Brennan]], wanted to test a new cancellation flow. We'd just signed a co-marketing deal with a retailer called [[ORG:Maple & Finch]], so retention was the only thing leadership wanted to hear about. Variant B has five screens instead of one, a "pause instead?" modal that's preselected, and the cancel button is grey text at the bottom that says "I don't like saving money". I'm not making that up.

I ran the A/B test. Variant B cut cancellations by 38%. It also tripled the number of support tickets saying "I cancelled but was charged", and chargebacks went up. [[PERSON:Kyle]]'s OKR is retention, not support volume, so in his readout the test is a massive win. He asked me to leave the chargeback chart out "for focus".

I put it in anyway, on the last slide. He moved it to the appendix. The VP of Product approved the rollout on [[DATE:January 12th]].

I then found out that the [[ORG:FTC]] has been going after exactly this pattern. I sent [[PERSON:Kyle]] and the legal inbox ([[EMAIL:legal-review@forkful.example]]) a link to the rule text. Legal replied asking me not to put "this kind of thing" in writing.

That reply is the part that bothers me most. Is it my job to keep pushing, or did I do my bit by putting the chart in?
""",
    notes="dark pattern A/B test; real agency mentioned (FTC)",
)

S(
    "story-10",
    """
Throwaway-ish account. I'm a people analytics lead at a mid-sized software company, [[ORG:Northwind Ltd]], about 900 staff, mostly in [[LOCATION:Reading]] and [[LOCATION:Dublin]].

Our Chief People Officer asked for an attrition model, "who is going to leave in the next six months", so managers can intervene. Fine, common request. I built it with LightGBM on HR data: tenure, pay band, last rating, time since promotion, absence, and so on.

The thing is, the strongest signal for women aged 28 to 38 was a specific pattern in absence codes. You can guess. Medical appointments, then a gap. The model had learned to flag pregnancy, more or less, before anyone had told their manager.

I caught it because one flagged employee, number [[ID:48213]], had a note in the HRIS that I wasn't supposed to see. I dropped the absence features, reran, and the AUC went from 0.79 to 0.71. My director, [[PERSON:Ewan McAllister]], said 0.71 "isn't worth deploying" and asked if I could keep absence but "hide it from the SHAP plot". That's a direct quote from a Teams message on [[DATE:2023-03-16]].

I said no and wrote a memo. I also talked to our employment lawyer, [[PERSON:Aoife Brennan]], informally. She went pale. The project was shelved two weeks later, officially for "prioritisation reasons".

[[PERSON:Ewan]] hasn't really spoken to me since, apart from my mid-year review where I was rated "meets some expectations" for the first time in five years. I can't prove that's connected. I'd do it again, but I'd like to know if others have seen attrition models quietly encode protected characteristics and how you caught them.
""",
    notes="attrition model; employee number; ISO date",
)

S(
    "story-11",
    """
I was a senior data scientist at a grocery loyalty programme. Not going to name the scheme but the parent company is [[ORG:Tesco|real]], so you can probably work it out, and I was on the partnerships analytics team at the [[LOCATION:Welwyn Garden City]] campus. Actually no, it was a subsidiary, [[ORG:Clubline Data Services]], and I'll leave it there.

In [[DATE:Q2 2018]] we started an enrichment deal with a data broker, [[ORG:Meridian Audience Exchange]]. We sent hashed emails and basket-level features; they sent back "lifestyle segments". One of the segments we received back was "financially vulnerable, likely gambling". Another was "recently bereaved". They'd been inferred partly from our own basket data, things like funeral flowers and sympathy cards.

My manager, [[PERSON:Nadia Karimi]], asked me to build lookalike audiences for a payday loan advertiser from those segments. I refused that part. [[PERSON:Nadia]] was actually decent about it and took it upstairs. Upstairs was [[PERSON:Simon Ashcroft]], who said the customers had consented via the loyalty T&Cs.

I went and read the T&Cs. The relevant clause was 14.3(b), paragraph six, and it said data may be shared with "carefully selected partners to bring you relevant offers". That's it. That's the consent.

I left in [[DATE:late 2019]]. I filed a concern through the whistleblowing line, reference [[ID:WB-19-00552]], and never heard anything except an automated acknowledgement. Years later I still see people in this field talk about consent like it's a checkbox. It's not even a checkbox, half the time. It's a paragraph nobody reads in a PDF nobody opens.
""",
    notes="real org (Tesco); data broker; whistleblowing reference",
)

S(
    "story-12",
    """
ok so i'm an analyst at a food delivery app in [[LOCATION:São Paulo]]. small-ish company, [[ORG:Entrega Já]], we compete with the big ones. i'm brazilian but we use english at work so writing here in english.

we collect courier gps every 5 seconds during shifts. that is normal, needed for dispatch. the problem started when the new head of partnerships, [[PERSON:Rodrigo]], signed a deal with a company called [[ORG:Geoclara]] that sells "mobility insights" to real estate funds. they wanted our courier traces. not customers, couriers. and the app keeps sending location for 20 minutes after the courier ends the shift "for accuracy". so the traces include where the couriers go home. where they sleep.

i asked [[PERSON:rodrigo]] in slack if couriers agreed to this. he sent me the terms screen, which is in portuguese legal language, 11 pages, accepted when you sign up on your phone at the hub in [[LOCATION:Barra Funda]]. then he wrote "LGPD compliant, relax 😎".

my colleague [[PERSON:Thaís Moreira]] tested de-identification. she took one "anonymised" trace and in ten minutes found the street and the building, [[LOCATION:Rua Tagipuru 411]], because only one courier ends every night there. she didn't go further, obviously.

we sent the example to the DPO at [[EMAIL:dpo@entregaja.example]] on [[DATE:03/04/2023]]. nothing. then the data export started anyway, the job is in airflow called courier_traces_geoclara_daily, i can see it running every night at 02:00.

i'm thinking to contact the [[ORG:ANPD]] but i am scared, this industry is small here, everyone knows everyone. [[PERSON:thaís]] says wait. what would you do?
""",
    notes="lower-case chatty; courier location data; street address; dd/mm date",
)

S(
    "story-13",
    """
I'm writing this as a postdoc in epidemiology, three years after the fact.

During my PhD at the [[ORG:Karolinska Institutet|real]] I worked on an observational study of a dietary supplement and cognitive decline. The pre-registered primary outcome showed nothing. My PI, Prof. [[PERSON:Lars Engström]], was under pressure: the study was part-funded by a supplement manufacturer, [[ORG:NordVita AB]], and a follow-up grant depended on "promising findings".

Over about two months he asked me to try, in his words, "a few sensible alternatives". Different adjustment sets. Excluding participants over 80. Switching the outcome to a subscale. Splitting by sex. By the fourteenth specification we had p = 0.03 in women aged 60 to 75. He wanted that in the abstract as the headline.

I kept a log of every model I ran, with timestamps, in a plain text file. I told [[PERSON:Engström]] I wasn't comfortable and he said I was "confusing rigour with rigidity". A senior researcher in the group, Dr. [[PERSON:Birgitta Holm]], suggested a middle path: report the subgroup result as exploratory, with all fourteen analyses listed in a supplement. [[PERSON:Lars]] agreed because the journal had a word limit and he assumed nobody reads supplements.

The paper came out in [[DATE:2021]]. The press release from [[ORG:NordVita]] did not say "exploratory". It said "clinically proven benefits for women's brain health".

I don't know whether I did the right thing. The supplement table exists, so the information is technically out there. But I let my name go on a paper whose public life I knew would be dishonest. Now I'm on the other side, supervising students, and I want to do better. How do you protect a junior researcher when the pressure comes from the person who signs their contract?
""",
    notes="p-hacking; real university; surname only and first name only",
)

S(
    "story-14",
    """
I was the only ML engineer at a recruitment tech startup, [[ORG:Hirewise Inc.]], in [[LOCATION:Toronto]]. We sold a CV-ranking tool to large employers. Our biggest client was a bank, [[ORG:Royal Bank of Canada|real]], or at least one of its divisions ran a pilot with us in [[DATE:2020]].

The ranker was trained on "successful hires" from client data. I'll spare you the details: it learned that certain women's colleges, certain community sports, and gaps of nine to twelve months were negative signals. The gap feature was, in practice, parental leave.

I flagged it to our CEO, [[PERSON:Brandon Kowalczyk]], and to our head of sales, [[PERSON:Mei-Ling Zhou]]. [[PERSON:Brandon]]'s first reaction was "can we fix this without retraining before the renewal?" [[PERSON:Mei-Ling]] asked whether the client would ever be able to tell.

We did a hacky fix: masked college names and capped the gap penalty. I ran a disparate impact check and the selection ratio for women went from 0.68 to 0.84. Still under the four-fifths rule. I put that in a report and it went to the client with the number removed.

I found out because the client's data lead, [[PERSON:Gurpreet Sandhu]], emailed me directly at [[EMAIL:g.sandhu.hr@gmail.com]] from her personal address to ask what the real number was. She'd heard something in a meeting. I told her. I think that was the right call. It was also a breach of my contract.

The pilot ended. So did my job, about six weeks later, "restructuring". I'm fine now. I just want people in hiring tech to know: when someone asks "can the client tell?", that's the moment to start writing things down.
""",
    notes="CV screening bias; real bank; possessive names",
)

S(
    "story-15",
    """
I'm a data scientist in a [[LOCATION:UK]] government department. I'm going to be careful, but this is about fraud risk scoring for benefit claims, and the department is the [[ORG:Department for Work and Pensions|real]].

Our team maintains a model that ranks benefit advance applications for manual review. Those reviews delay payment, sometimes by weeks, for people who by definition have no money. In [[DATE:2022]] an internal fairness analysis found that the model referred claimants of certain nationalities at roughly twice the rate of others, with no corresponding difference in confirmed fraud.

I wasn't the author of that analysis, but I helped reproduce it. Our deputy director, whom I won't name, decided it would be summarised in a single line in the annual report: "no immediate concerns regarding unfair treatment". I was in the meeting on [[DATE:7 July 2022]] when that wording was agreed.

A journalist later submitted an FOI request. The request was refused under the exemption for law enforcement. Our response reference was [[ID:FOI2023/18764]].

A colleague, [[PERSON:Bola Adeyemi]], has been trying to get the analysis into the public domain through proper channels, by asking for an assessment from the [[ORG:Information Commissioner's Office]]. [[PERSON:Bola]] has been told informally that this is "not a career-enhancing move".

What keeps me up is that I'm part of the team that keeps the model running. Every week I check the Airflow DAG succeeds. Every week thousands of people get scored. I don't think the answer is to quit, because someone less bothered will do my job. But I don't know what staying and being bothered actually achieves. Has anyone inside government managed to get a model paused on fairness grounds?
""",
    notes="public sector; real agencies; FOI reference",
)

S(
    "story-16",
    """
Context: I'm a computer vision engineer at a retail security company. We sell "loss prevention analytics" to shops. Company name is [[ORG:Argus Vantage]], we're in [[LOCATION:Rotterdam]].

In [[DATE:2023]] we started a pilot with a supermarket chain in [[LOCATION:Belgium]] which I'll call the client. The pilot was supposed to count people and detect queue length. Then the client's head of security, [[PERSON:Pieter Claes]], asked for a "watchlist" feature: upload photos of known shoplifters, get an alert when they enter any store. That's face recognition. I was told it was already in the contract, signed by our CEO, [[PERSON:Ruud van Dijk]].

Two problems. First, legally, biometric processing like this is basically prohibited without a very specific basis. Second, technically, our face matcher had never been evaluated on the client's camera setup. I ran a quick test with volunteer staff and the false match rate for darker-skinned colleagues was about seven times higher than for lighter ones.

I showed this to [[PERSON:Ruud]] and to our CTO, [[PERSON:Hatice Yıldız]]. [[PERSON:Hatice]] backed me. [[PERSON:Ruud]] said we'd ship with a "high threshold" and that the security guards would make the final call, so it's human in the loop. The guards are paid minimum wage and have six seconds to decide.

The feature shipped in beta to four stores. I know one false alert happened because the incident number [[ID:INC0045127]] came through our support queue: a teenager stopped and searched, nothing found. I've asked to be moved to a different product. I've also been reading about the works council route. Anyone in the [[LOCATION:Netherlands]] dealt with this?
""",
    notes="facial recognition; Turkish name with diacritics; incident number; 'Netherlands'",
)

S(
    "story-17",
    """
I work in data at an edtech company that sells a maths homework app to primary schools. The company is [[ORG:Voxel GmbH]], registered in [[LOCATION:Munich]], though the product team sits in [[LOCATION:Vienna]].

The app logs every keystroke kids make while solving problems, which is fine for adaptive difficulty. What isn't fine: in [[DATE:February 2024]] the commercial team, led by [[PERSON:Florian Huber]], started a project called [[ORG:Project Nightjar]] to build "learner profiles" that could be offered to schools as a paid add-on. The profiles include predicted "attention difficulties" and "likely home support level", inferred from things like time of day kids use the app and how often they quit mid-problem.

Nobody asked the parents. Nobody asked a child psychologist. We are talking about labels on eight-year-olds that a teacher might read and believe.

I raised it in the [[HANDLE:#data-guild]] channel and got a reply from our DPO, [[PERSON:Katrin Lindqvist]], who said she hadn't been consulted. [[PERSON:Florian]] then messaged me privately saying it was "premature" to involve privacy and that [[ORG:Nightjar]] was "just an exploration". But there was already a sales deck, and the pilot school was named: a primary school in [[LOCATION:Graz]].

[[PERSON:Katrin]] got it escalated. The add-on is paused pending a DPIA. I'm proud of that, a bit. What bugs me is how close it came. If I hadn't been nosy in a planning meeting I wasn't invited to, the pilot would have started after the summer holidays.

For anyone in edtech: ask early what any "insight" feature is actually inferring about children, and who will see it.
""",
    notes="edtech children's data; internal project name as ORG",
)

S(
    "story-18",
    """
Posting from a throwaway. I'm an NLP engineer at a company that builds customer support chatbots for banks and telcos. We're [[ORG:Parley AI]], about sixty people, office in [[LOCATION:Edinburgh]], at [[LOCATION:14 Quayside Street, Edinburgh EH6 6EX]] if you want to send a strongly worded letter.

Our chatbot logs every conversation for "quality improvement". Fine. What I discovered last month is that the full transcripts, including card numbers people paste in despite the warnings, are exported daily to a shared bucket that the whole engineering org can read. Not masked. I found a transcript where a customer typed her full card number, her date of birth and her phone number, [[PHONE:07700 900461]], because the bot kept failing to verify her.

I reported it to our head of engineering, [[PERSON:Callum Fraser]], on Slack. He said, "good catch, let's do masking next sprint". That was five sprints ago. The Jira ticket is [[ID:PAR-3302]] and it's been deprioritised twice in favour of a demo feature for a prospective client, [[ORG:Caledonia Telecom]].

Meanwhile a contractor, who I'll only call [[PERSON:Jimmy|nickname]] because that's what everyone calls him, has been using the transcripts to build a "funny fails" compilation for the company all-hands. I've seen a draft slide with a real customer's message and her first name on it.

I talked to our compliance person, [[PERSON:Deborah Nwachukwu]]. She was horrified and has now opened a formal incident. I'm relieved but also anxious, because [[PERSON:Callum]] knows it came from me and he's in charge of my promotion case.

Question for people who've been here: is it normal to feel like the bad guy for doing the obvious thing?
""",
    notes="chatbot logs; UK mobile number; nickname",
)

S(
    "story-19",
    """
Long-time lurker. I'm the analytics manager at a professional services firm, [[ORG:Hargreaves & Pike LLP]], a law firm in [[LOCATION:London]]. About 400 staff.

Every year we run an anonymous engagement survey through an external vendor, [[ORG:Pulsecheck]]. The vendor sends us aggregated results by team, suppressing any group under five people. This year one team in the real estate practice had a catastrophic score on "I feel safe raising concerns", and a number of free-text comments described a partner's behaviour in detail.

The managing partner, [[PERSON:Jeremy Hargreaves]], asked me to "see who wrote these". He knows we also receive the raw response-level file for "technical validation", with timestamps and device types. With the HR data I could probably identify most respondents in a team of seven. He framed it as wanting to "support the individuals".

I said no. I said the survey promised anonymity and that identifying people would break that promise and probably the law. He then asked our IT manager, [[PERSON:Raj Malhotra]], for the office wifi logs covering the survey window, from [[DATE:6 March]] to [[DATE:20 March]]. [[PERSON:Raj]] came to me, worried, and we agreed neither of us would do it.

I emailed the vendor's account manager, [[PERSON:Sophie Lambert]], at [[EMAIL:sophie.lambert@pulsecheck.example]], and then called her direct line, [[PHONE:+44 20 7946 0958]], to ask them to stop sending us response-level data. She agreed immediately, which made me wonder how often this happens.

[[PERSON:Jeremy]] hasn't brought it up again. But the partner in question is still there and the team of seven is now a team of four. I protected the respondents' anonymity. I don't think I protected them.
""",
    notes="de-anonymising survey; law firm with ampersand and LLP; name in firm name",
)

S(
    "story-20",
    """
I'm a data scientist at a car insurance company in [[LOCATION:Ohio]]. We offer a telematics discount: plug in a device, drive safely, save up to 30%. I work on the driving score.

The score was designed around hard braking, speeding and phone use. In [[DATE:2022]] the product team, under a VP called [[PERSON:Tricia Vaughn]], asked us to add "time of day" and "location risk". Location risk meant penalising trips that end in certain areas. When I mapped the high-risk trip endpoints in [[LOCATION:Cleveland]], they lined up almost perfectly with the historically redlined neighbourhoods. [[LOCATION:Hough]] was the darkest zone on the map.

Time of day penalised driving between midnight and 4am. That's night shift workers: nurses, warehouse staff, cleaners. People who can't choose when they drive.

I wrote a memo. My manager, [[PERSON:Derek Sommers]], forwarded it to [[PERSON:Tricia]] with a note saying it was "thoughtful but out of scope". The change shipped. I know because a customer complaint came in, policy number [[ID:OH-TEL-7781204]], from a man whose premium went up because he drives home from a hospital shift at 2am. The complaint was read by the call centre, logged, and closed.

I also found the same vehicle, plate [[ID:JKR 4471]], getting scored "high risk" for parking outside its owner's own home every night. Their address was in one of the "risk" zones.

I'm still here. I'm now trying to get an internal fairness review process started. The first meeting is scheduled for [[DATE:June 3rd]]. I'll see if anyone shows up.
""",
    notes="telematics; licence plate; policy number",
)

S(
    "story-21",
    """
I'm a data scientist at a ride-hailing and delivery platform in [[LOCATION:Lagos]]. I'll name the company because it is small and this needs to be known: [[ORG:Okada Express]].

I built the pay algorithm. Riders get a base fare plus a "dynamic incentive". In [[DATE:April 2023]] our COO, [[PERSON:Chukwuemeka Obi]], asked my team to optimise incentives to "minimise cost per completed trip while keeping supply above target". It sounds harmless. In practice the model learned that riders who had been on the platform longer, and had fewer alternatives, accepted lower incentives. So it offered them less. Loyalty was punished.

My teammate [[PERSON:Ngozi Eze]] showed that average hourly pay for riders with over a year on the platform fell by about 18% in three months. [[PERSON:Ngozi]] and I presented it to [[PERSON:Chukwuemeka]]. He said the market decides pay and that we're "not a charity".

Some riders noticed. A riders' WhatsApp group was sharing screenshots, and one organiser, [[PERSON:Tunde Bakare]], wrote to the company at [[EMAIL:support@okadaexpress.example]] asking how incentives were calculated. The reply, which I helped draft under instruction, said incentives were "based on demand". Which is not false. It is also not the truth.

After that I changed the objective to include a fairness constraint across tenure bands. It costs about 3% more. It went live quietly in [[DATE:July]]. Nobody above me has noticed yet.

Is it ethical to make a change like this without telling management, because I know they'd block it? I keep going back and forth.
""",
    notes="gig pay algorithm; Nigerian names",
)

S(
    "story-22",
    """
I was a marketing data scientist at an online sportsbook. I'm in recovery from the job, honestly. Company was [[ORG:Stakehouse Gaming Ltd]], office in [[LOCATION:Gibraltar]], with a big customer base in the [[LOCATION:UK]] and [[LOCATION:Ireland]].

My job was propensity models for bonus offers. The best predictor of responding to a "reload bonus" was, basically, signs of problem gambling: chasing losses, depositing at 3am, cancelling withdrawals. The self-exclusion flags were excluded from training, but the model didn't need them. It found the same people before they self-excluded.

I raised this with my manager, a guy everyone called [[PERSON:Big Steve|nickname]]. His actual name is [[PERSON:Stephen Mallory]] and he is genuinely not a bad person. He said the compliance team screens the lists for safer gambling markers. I checked. They screened for a handful of hard rules. Anyone who hadn't triggered a rule got the offer.

One customer, account [[ID:SH-0093318]], deposited 41 times in one night after receiving one of my campaign emails. I know because I looked him up. I wasn't supposed to. I then sat in my car outside the office for an hour.

I wrote it all down and sent it to the regulator, the [[ORG:Gambling Commission|real]], through the form at [[URL:www.gamblingcommission.gov.uk/contact-us]] on [[DATE:22 October 2021]]. They replied with a case reference and nothing more. I left a month later.

[[PERSON:Steve|nickname]] messaged me on LinkedIn a year after, saying they'd changed how the lists are screened and "you were right, mate". It helped more than it should have.
""",
    notes="gambling; nickname and full name for same person",
)

S(
    "story-23",
    """
hi all. i'm a junior analyst at a political consultancy in [[LOCATION:Washington]], we're a small shop, [[ORG:Keystone Civic Analytics LLC]]. we build voter files for campaigns.

last cycle we bought a commercial dataset and my task was to infer ethnicity for people where it's missing, using surname and geography (the classic BISG approach). the output was used to decide which households get which mailers. the raw file even had SSNs in some rows, like [[ID:536-81-4472]], which nobody needed for mailers. i get that BISG is standard. what got me was how the output was used: one client, a state senate campaign in [[LOCATION:Georgia]], asked for "low-propensity black voters in [[LOCATION:DeKalb County]]" so they could target them with messaging about "long lines and broken machines". i.e. discouragement.

my boss [[PERSON:Trent Whitaker]] said it was "turnout modelling, just in reverse". i said i didn't think that was legal. he said the legal review was done by the client's attorneys.

i emailed a former professor, Dr. [[PERSON:Lucía Fernández]], for advice. she told me to keep a copy of the request and the file names. i still have the request, it came from [[EMAIL:field@votehollister.example]] on [[DATE:9/14/2022]].

i quit before the election. i don't know if the mailers went out. the list had 38,000 rows. i made it.

i'm not sure what i'm asking. maybe just: if you are a junior person being asked to build something that feels like voter suppression, it probably is, and you're allowed to say no even if your boss says it's normal.
""",
    notes="lower-case; voter targeting; US date format",
)

S(
    "story-24",
    """
I'm a data engineer for a city council's smart city programme. I'll stay vague on the city, but it's in the [[LOCATION:Midlands]].

We installed wifi sensors along the high street to count footfall. The pitch to councillors was aggregate counts per hour to help local businesses. The vendor is [[ORG:Citysense Networks]], and the procurement was run by [[PERSON:Gareth Lloyd]], our programme manager.

The sensors capture hashed MAC addresses. Hashing a MAC address without a salt does close to nothing, because the address space is small enough to brute force. I demonstrated this internally by reversing my own phone's hash in about twenty minutes on my laptop. The vendor's dashboard at [[URL:https://portal.citysense.example/ldn-hs/journeys]] even showed "repeat visitor journeys", meaning individual devices tracked across days.

Then the police asked for access. A detective, DC [[PERSON:Sarah Flint]], emailed [[PERSON:Gareth]] asking whether we could tell if a "device of interest" had been near the bus station on [[DATE:11/02/2023]]. The same email asked about a car, registration [[ID:BD51 SMR]], seen nearby. [[PERSON:Gareth]] forwarded it to me with "can we help?".

I said we shouldn't, and that if we can, it shows the system isn't anonymous, which contradicts what we told the public in the privacy notice. [[PERSON:Gareth]] was annoyed but escalated to our DPO. The answer came back that any police request must go through a formal data sharing process. Which is good. But the system is still collecting hashed MACs, and the DPIA still says "anonymous".

I've proposed switching to on-device counting with no identifiers at all. It would mean writing off a chunk of the vendor contract. Meeting on it is in [[DATE:May]]. I'm not optimistic.
""",
    notes="smart city wifi; police; rank title before name",
)

S(
    "story-25",
    """
I'm a backend/data engineer at a consumer fitness app. Company is [[ORG:Stridely]], based in [[LOCATION:Copenhagen]]. This is about deletion.

Under GDPR, when a user deletes their account, we must erase their data. Our "delete account" button sets a flag. That's it. The flag hides the profile in the app, but the workout history, GPS routes and heart rate data stay in Postgres, in the Snowflake warehouse, in three years of nightly backups and in a feature store used to train the recommendation model.

I raised this in [[DATE:January 2023]] with my team lead, [[PERSON:Mikkel Sørensen]]. He agreed it was bad and said the roadmap was full. I then found a complaint in the support inbox from a user who had deleted her account after leaving an abusive partner. She had left a callback number, [[PHONE:+45 32 14 58 90]], and was asking why her old running routes, which start and end at her new address, were still visible to a "friend" through a cached share link like [[URL:stridely.app/r/8fK2qLm]].

That got attention. Our CTO, [[PERSON:Ingrid Dahl]], set up a small task force. We built a real erasure pipeline, including the warehouse and the feature store, and we shortened backup retention to 35 days. Cost me a lot of weekends, I won't pretend otherwise.

What I'm still uneasy about: we never told the users whose "deleted" data we had kept for years. Legal, represented by an external firm, [[ORG:Bech Holm Advokater]], advised that since the data is now deleted, there's nothing to notify. I disagree. The user with the running routes was told by our support agent, [[PERSON:Nanna]], that it was "a technical issue". It was a design decision.

If your product has a deletion button, go and look at what it actually does. Today.
""",
    notes="deletion not honoured; bare URL with short path",
)

S(
    "story-26",
    """
Senior biostatistician here, pharma CRO, 15 years in. I'll be formal because this matters.

In [[DATE:2019]] I was the lead statistician on a Phase III trial run by our company, [[ORG:Veritrial Clinical Research]], for a sponsor I'll call [[ORG:Halcyon Therapeutics]]. The trial had sites in [[LOCATION:Poland]], [[LOCATION:Hungary]] and [[LOCATION:Georgia]]. One site in [[LOCATION:Debrecen]] had an implausibly low rate of adverse events, about a third of every other site, and visit dates that fell on public holidays.

I flagged the site in a data review meeting. The monitoring lead, [[PERSON:Zsófia Kovács]], confirmed she had also had concerns after a site visit. The sponsor's medical director, Dr. [[PERSON:Richard Tan]], suggested that we could conduct a "sensitivity analysis excluding the site" and present the primary analysis with it included, as planned.

My view was that if data from a site is suspected to be fabricated, including it in the primary analysis is not a statistical choice, it is an integrity failure. I wrote a formal note to file, document number [[ID:VCR-QA-2019-0144]], and copied our quality assurance director.

The outcome was mixed. The site was audited. The audit found "documentation deficiencies" but no proven fabrication. The primary analysis included the site. The sensitivity analysis excluding it was in the clinical study report, where regulators would see it. The drug was approved on [[DATE:18 November 2020]].

Was that enough? The effect size was smaller without the site, but still significant, so perhaps it does not matter. [[PERSON:Zsófia]] and I still talk about it. I think about what I would have done if excluding the site had flipped the result.
""",
    notes="clinical trial integrity; Hungarian name; 'Georgia' the country",
)

S(
    "story-27",
    """
im a data analyst for a content moderation vendor. we do trust and safety work for big platforms. company name: [[ORG:ClearQueue Services]], our delivery centre is in [[LOCATION:Nairobi]] but management is in [[LOCATION:Dublin]].

my job is the productivity dashboards for moderators. average handle time per item, accuracy against QA, "wellness minutes" used. last year management asked me to add a new KPI: percentage of wellness minutes used vs team average, and to colour it red when someone uses more than average. the moderators see graphic violence and child abuse all day. wellness minutes are the only break they get to not look at it.

i built it because i was told to. then i watched team leads use it in one to ones. one moderator, [[PERSON:Wanjiru]], staff id [[ID:CQ-NBO-5512]], was put on a plan partly because her wellness usage was "red". she had been handling the self-harm queue for 4 months.

i asked my manager [[PERSON:Declan Moore]] to remove the colour coding. he said the client wants "efficiency signals". i asked which client. he said i don't need to know. i do know though. the contract number is on every invoice, [[ID:CQ-MSA-2291-KE]].

a moderator who left, [[PERSON:Brian Otieno]], has started organising with a union. he messaged me on twitter as [[HANDLE:@otieno_b]] asking for the dashboard screenshots, and emailed the same ask to [[EMAIL:b.otieno [at] protonmail [dot] com]]. i haven't replied. if i send them i lose my job and maybe my work permit renewal. if i don't, i'm the one who built the thing.

i don't really have a question. just that dashboards are not neutral and i wish i'd known that before i made this one.
""",
    notes="lower-case; content moderation; social handle",
)

S(
    "story-28",
    """
This is about forecasting being used as cover.

I'm a demand forecasting lead at a logistics company in [[LOCATION:Rotterdam]], [[ORG:Vanderlinde Freight B.V.]]. In [[DATE:Q4 2023]] the executive team decided to close one of our two regional warehouses, the one in [[LOCATION:Venlo]]. About 230 jobs. The decision was made before any analysis, I know because I saw the calendar invite for the announcement prep.

I was then asked by our CFO, [[PERSON:Maarten Visser]], to produce a 3-year volume forecast "supporting the network consolidation". My model said volumes in the southern region would grow about 6% per year, which argues for keeping [[LOCATION:Venlo]] open. [[PERSON:Visser]] asked me to rerun with a different scenario: assume the loss of a major customer, [[ORG:Hendriks Bouwmarkt]], whose contract was under renegotiation. That customer is roughly 30% of the volume there.

It's a legitimate scenario. But it was presented to the works council as the "base case forecast" and they were never shown the version with the customer retained. I was in the room when the slide was shown. My name was on it.

The customer renewed their contract in [[DATE:February]]. The warehouse closed anyway.

I went to [[PERSON:Visser]] afterwards and asked that the works council be sent the full set of scenarios. He said it was "history now". One of the council members, [[PERSON:Fatima El Amrani]], later asked me in the canteen whether the forecast had been honest. I said it was "one of several scenarios". She looked at me like she knew exactly what that meant.

I don't think the warehouse could have been saved by me. But I could have made the decision more honest, and I didn't.
""",
    notes="forecast as cover for layoffs; Dutch B.V.",
)

S(
    "story-29",
    """
Hi. Fraud analytics, retail bank, [[LOCATION:Frankfurt]]. We're a digital bank you might know, [[ORG:Nordhaven Bank AG]].

Our card fraud model blocks transactions in real time. I noticed in [[DATE:2022]] that the false positive rate was about four times higher for customers whose registered address was in certain postcodes, and for customers who had recently done international transfers to a small set of countries, mostly [[LOCATION:Syria]], [[LOCATION:Afghanistan]] and [[LOCATION:Eritrea]]. So: refugees sending money home got their cards blocked at the supermarket.

One customer wrote to support after three blocks in one week. He gave his phone as [[PHONE:+49 151 23456789]] and his address as [[LOCATION:Hermannstraße 212, 12049 Berlin]], which I only know because the complaint was escalated to my team. His name was [[PERSON:Ahmad Rahimi]]. He had been trying to buy groceries for his kids.

I prepared an analysis for the model risk committee. The chair, Dr. [[PERSON:Stefanie Wolf]], accepted that there was a disparity but argued that the remittance corridors were genuinely higher risk and that the model was "working as designed".

We compromised by adding a fast-track unblock for customers with long clean histories. It helped Mr. [[PERSON:Rahimi]]. It doesn't help new arrivals, who have no history by definition.

I keep thinking that "higher risk" is doing a lot of work here. Higher risk of what, and for whom? The bank loses a few euros when fraud gets through. The customer loses the ability to pay at the checkout. Those are not symmetric and our loss function treats them as if they were.
""",
    notes="fraud model; German address with PLZ inside; international mobile",
)

S(
    "story-30",
    """
Real estate data science, [[LOCATION:Phoenix]] metro. I worked for a property management company, [[ORG:Saguaro Residential Group]], which uses a revenue management tool to set rents across about 40,000 units.

The tool is from a vendor I won't name, but here's what it does. It ingests rent rolls from many landlords, including competitors, and recommends a rent for each unit. Leasing agents are measured on how often they accept the recommendation. Our regional VP, [[PERSON:Cody Hargrove]], set a target of 90% acceptance.

In [[DATE:mid-2021]] I did an analysis showing our rents had risen about 14% in a year in submarkets like [[LOCATION:Maryvale]], where incomes had not changed. Occupancy had dropped, but revenue was up, because the tool preferred holding units empty to lowering rents. That's not a market clearing. That's a coordinated price floor.

I presented this to [[PERSON:Cody]] and our general counsel, [[PERSON:Linda Chavez-Morales]]. [[PERSON:Linda]] asked good questions about whether competitor data was visible to us. It wasn't, directly. But the tool was clearly pooling it.

A tenant, [[PERSON:Marcus Bell]], came to our office at [[LOCATION:4410 N 19th Ave, Phoenix, AZ 85015]] with a folder of printouts asking why his rent went up $310 when half the building was empty. The leasing agent couldn't answer. He later posted the printouts as [[HANDLE:u/phx_renter_22]] on the city subreddit. Neither could I, not honestly.

I left in [[DATE:2022]]. I later saw the antitrust lawsuits against the vendor. I am not a lawyer. I just know the data looked like collusion from the inside, and nobody who saw it wanted to use that word.
""",
    notes="rent algorithm; US street address with ZIP; 'Linda' partial mention at sentence start",
)

S(
    "story-31",
    """
I want to describe a small thing that I think is a big thing.

I'm a senior analyst at a public health agency in [[LOCATION:Australia]]. During a vaccination campaign we produced weekly uptake dashboards by local government area. My manager, [[PERSON:Kirsten Doyle]], asked me to change the denominator for the headline figure from "all residents aged 12+" to "residents registered with a GP". The second number was 9 points higher.

Both denominators are defensible in isolation. But the change was made the week before the minister's press conference, the footnote explaining it was in 8pt grey font, and the lower figure had been used in every prior week. The effect was a sudden jump in reported uptake that had nothing to do with vaccinations.

The people most likely to be missing from GP registration are the people we most needed to reach: newly arrived migrants, people experiencing homelessness, some remote communities. Changing the denominator made them disappear from the headline.

I raised it with [[PERSON:Kirsten]]. She said the decision came from the deputy secretary's office and was about "consistency with the national methodology". The national methodology document, [[URL:https://www.health-stats.example.gov.au/methods/v3.pdf]], does not say that. I checked.

I emailed the data governance team at [[EMAIL:data.governance [at] health-stats [dot] example [dot] gov [dot] au]] on [[DATE:5 October 2021]]. They thanked me and said they would "take it on board". The denominator stayed.

My colleague [[PERSON:Tomás Quintero]] says I'm overthinking it and that everyone in the sector knows how to read a denominator footnote. Everyone in the sector, sure. Not everyone reading the news. Are there any norms, professional or statistical, about changing definitions mid-series that people here actually follow?
""",
    notes="denominator change; spelled-out email with [at] [dot]",
)

S(
    "story-32",
    """
I am a data protection officer at a health insurance company in [[LOCATION:Switzerland]], [[ORG:Helvetia Santé]]... no, that's the wrong name and that's a real one, I mean [[ORG:Alpenkasse]]. Sorry, I'm posting from my phone.

Our analytics team wanted to move claims data to a cloud data warehouse whose support engineers are based in [[LOCATION:India]] and the [[LOCATION:Philippines]], for "follow-the-sun" operations. Technically, support staff could access production data when troubleshooting. The vendor said access would be logged and "exceptional".

I asked to see the logs from the vendor's test environment. In one month, support staff had accessed customer tables 61 times. One access, to a row holding a customer's passport number, [[ID:S4417829]], came from IP address [[ID:203.0.113.47]], which the vendor could not initially attribute to any employee.

Our head of analytics, [[PERSON:Beat Zimmermann]], accused me of "blocking innovation". The board member responsible for IT, Dr. [[PERSON:Claudine Favre]], asked me to write an opinion. I wrote that without contractual and technical controls, including customer-held encryption keys, the transfer would violate our obligations. I sent it on [[DATE:28 August 2023]].

The project went ahead with customer-held keys, which cost more and delayed the migration by six months. [[PERSON:Zimmermann]] has since presented the encryption as his initiative at two conferences. I find this funny now, mostly.

The ethical question for me isn't the transfer itself. It's that I was the only person in the room whose job was to say no, and everyone treated my no as a personality defect. If you're a data scientist reading this, be nice to your DPO. We're on your side more often than it looks.
""",
    notes="DPO; IP address as ID; self-corrected org name",
)

S(
    "story-33",
    """
I'm a researcher who spent two years on a predictive policing evaluation. I'll keep it short-ish.

The system was deployed by a city police department in the [[LOCATION:United States]]; I'll just say it's in [[LOCATION:California]]. My team at [[ORG:Pacific Coast University]] had a contract to evaluate it, led by Prof. [[PERSON:Daniel Okonkwo]]. The vendor was [[ORG:Precinct Analytics Inc.]]

What we found: the system's "hot spots" were almost entirely predicted by where officers had previously made discretionary stops. More stops produced more recorded crime, which produced more predicted risk, which produced more patrols, which produced more stops. A feedback loop, well documented in the literature, and clearly visible in the data.

Our draft report said so. The department's liaison, Lt. [[PERSON:Frank Delgado]] (badge [[ID:2289]]), asked us to remove the section on feedback loops because it was "speculative". [[PERSON:Okonkwo]] refused. The department then invoked a clause giving them review rights over publication. We were allowed to publish a version with the section moved to an appendix and the phrase "feedback loop" replaced with "data dependency considerations".

I argued we should publish the full version anyway and accept the consequences. [[PERSON:Daniel]] felt that a published report with an appendix was better than no report, and that breaking the contract would end the university's ability to evaluate any police technology. Both of us were partly right.

The redacted version is still online: [[URL:bit.ly/pcu-eval-report]]. If you read appendix C, it's all there, in careful language. I sometimes get emails from journalists who found it. I'm glad someone reads appendices.

Lesson for researchers: negotiate publication rights before you sign, not after you find something.
""",
    notes="predictive policing; bit.ly URL; rank title outside span",
)

S(
    "story-34",
    """
Data scientist at a local education authority here. We were asked to help design an algorithm to allocate places at oversubscribed secondary schools in our area, which is in [[LOCATION:North Yorkshire]]. I'll not name the authority.

The existing rule is distance from home to school. The new proposal, pushed by a councillor, Cllr. [[PERSON:Barbara Whitby]], added "catchment stability points", rewarding families who had lived at the same address for more than three years. It sounds innocuous. In practice it penalises renters, forces families, military families and anyone who had to move because of domestic violence.

I modelled the effect on the [[DATE:2024]] intake using anonymised application data. At one school, [[ORG:Ripley Grange Academy]], the share of places going to children eligible for free school meals would fall from 19% to 11%. I put this in a briefing note for the cabinet member, Councillor [[PERSON:Whitby]] again as it happens.

My manager, [[PERSON:Andrew Coates]], told me to take the free school meals figure out because it was "politically sensitive" and the consultation was about "the principle, not the numbers". I said the numbers are the principle.

We agreed the figure would go into the equality impact assessment instead, which is published. I checked: it's there, on page 14. I also know that almost no one reads it.

A parent from the postcode [[LOCATION:HG4 2QF]] emailed the council asking exactly this question during consultation. [[PERSON:Andrew]] drafted the reply and it didn't include the number.

The proposal was approved in [[DATE:July]]. I'm not sure what else I could have done within my role. But I'm learning that "it's in the EIA" is where inconvenient numbers go to die.
""",
    notes="school admissions; UK postcode; 'Cllr.'/'Councillor' titles outside span",
)

S(
    "story-35",
    """
so this is a weird one. i'm on the data platform team at a mid-size fintech, [[ORG:Paynest]], [[LOCATION:Lisbon]] office. we did an internal audit of slack for secrets (api keys etc) using a regex scanner. fine, standard hygiene.

what we found besides keys: customer PII everywhere. people paste customer records into threads to debug. full IBANs, dates of birth, a couple of passport numbers like [[ID:P4821937]] in plain text in [[HANDLE:#payments-oncall]]. a screenshot of an ID card in [[HANDLE:#random]] because someone thought the photo was funny.

my lead [[PERSON:Inês Carvalho]] wanted to report it to the security team and purge. then our VP engineering said purge yes, report no, because reporting means a formal incident, and a formal incident might need notification to the regulator and customers. he said it's "internal exposure only". slack is a third party processor, so... not exactly internal?

[[PERSON:inês]] and i wrote a short doc arguing it's a reportable breach at least internally, with a list of affected accounts. one of them was customer account [[ID:PN-ACC-00417789]], whose passport photo had been in a public channel for 9 months.

vp said he'd think about it. that was two weeks ago... ok not really, it was [[DATE:12 September]]. [[PERSON:Inês]] has since been told she's "not a team player" in her review.

we did purge everything. the export logs also showed one download of the channel history from [[ID:198.51.100.23]], which nobody could explain. but i keep thinking, if we hadn't been scanning for api keys nobody would ever have looked. how many companies have this exact problem right now and don't know?
""",
    notes="lower-case; PII in Slack; passport number; Slack channels as handles",
)

S(
    "story-36",
    """
I lead the ML evaluation team at a startup that sells a document extraction model to insurers. We are [[ORG:Tellura]], small, about 30 people, [[LOCATION:Tel Aviv]] and [[LOCATION:New York]].

Before a big renewal with a client, [[ORG:Brookfield Mutual Insurance]], our CEO [[PERSON:Avi Rosen]] wanted to show an accuracy number. The client had given us a labelled test set in [[DATE:2022]]. Problem: over the following year, engineers had used parts of that test set to debug extraction failures, and some of those documents had ended up in our fine-tuning data. I know because I found 212 exact duplicates with a hash check.

On the clean portion of the test set, field-level F1 was 0.86. On the full set, including contaminated documents, it was 0.93. [[PERSON:Avi]] wanted to report 0.93. His argument: the client's own test set, the client's own metric, we didn't "cheat on purpose".

I wrote a short memo explaining the contamination and recommended reporting 0.86, with the full explanation. Our head of sales, [[PERSON:Noa Ben-David]], supported me, to my surprise: she said the client would eventually notice the production numbers didn't match.

We reported 0.86, with 0.93 in a footnote labelled "includes documents seen in training". The client renewed anyway. Their data lead, [[PERSON:Greg Lindqvist]], told [[PERSON:Noa]] the honesty was part of why.

I want to share this because it went well, which is rarer than the horror stories. But it only went well because the salesperson sided with the evaluator. If she hadn't, I think I would have been overruled.
""",
    notes="evaluation contamination; 'Tellura'",
)

S(
    "story-37",
    """
Marketing analytics at a pharma company, [[ORG:Castellan Pharmaceuticals plc]]. I'm in the [[LOCATION:Cambridge]] office.

We buy prescribing data, which in the [[LOCATION:UK]] is published at practice level. We combine it with data from a medical events company to score individual doctors on "responsiveness" to our reps. In [[DATE:2020]] my director, [[PERSON:Rupert Sinclair]], asked me to add a new input: attendance at sponsored dinners, and to build a segment called "high ROI relationships". Those doctors got more dinners.

The code of practice says hospitality must be modest and secondary. Our dinners were at a restaurant in [[LOCATION:Marylebone]] that does a £95 tasting menu.

I also found that the "responsiveness" score correlated strongly with prescribing of our most expensive product for off-label indications. I raised it with [[PERSON:Rupert]] and with medical affairs. Medical affairs, in the person of Dr. [[PERSON:Anjali Mehta]], took it seriously and stopped the segment. [[PERSON:Rupert]] was moved sideways.

I then received a very nice email from a rep, [[PERSON:Gavin]], asking if I could "just send him the list" of high ROI doctors for his territory, from his personal address [[EMAIL:gav.rep.1979 at hotmail dot co dot uk]]. Which tells you the list had been circulating already.

I reported the email, and declined. I'm not sure anything came of it. I'm moving to a role in public health analytics in [[DATE:January]], which pays less and which I am looking forward to.
""",
    notes="pharma marketing; plc; spelled-out email",
)

S(
    "story-38",
    """
Energy sector, analytics. I'm at a [[LOCATION:UK]] electricity supplier, [[ORG:Brightside Energy]], working on smart meter data.

Smart meters send half-hourly consumption. In [[DATE:winter 2022]], during the price crisis, our collections team asked my team to build a model predicting "ability to pay" from consumption patterns, to decide which customers to switch to prepayment mode remotely. Remote switching to prepay means that if you can't top up, your power goes off.

The model would have been accurate. It would also have identified exactly the people who were rationing heating: elderly customers, families with small kids, people with medical equipment. Their consumption drops were a sign of hardship, not of unwillingness to pay.

I wrote to the collections director, [[PERSON:Mark Ellison]], that using this model without vulnerability checks would put lives at risk, and copied our head of customer vulnerability, [[PERSON:Priya Raman]]. [[PERSON:Priya]] backed me hard and took it to the exec. [[PERSON:Priya]]'s team had a list of medically dependent customers that the model had never been joined to.

Then the national news broke about forced prepayment meter installations by another supplier. [[ORG:Ofgem|real]] announced a pause. Our project was cancelled within a week, which is the sort of thing that shows it was never really about ethics but about headlines.

A customer from [[LOCATION:Stoke-on-Trent]], postcode [[LOCATION:ST4 7QB]], later phoned our complaints line on [[PHONE:0800 046 0123]] to say her meter had been switched remotely "by mistake" before the pause. Her account reference was [[ID:BSE-7720019]]. That switch wasn't from my model; it was the old manual process. But it shows the stakes.

I don't know if I'd have stopped the project without the news. I'd like to think so.
""",
    notes="smart meters; real regulator; freephone number",
)

S(
    "story-39",
    """
I'm a data engineer at a telecom operator in [[LOCATION:Istanbul]]. I'll write in my own words, my English is ok but not great.

Our company, [[ORG:Anadolu Telekom A.Ş.]], started a "location insights" product. Anonymised mobile data, sold to retailers and municipalities to understand where people move. I work on the pipeline that aggregates call detail records.

The aggregation is by cell tower and hour, with a minimum count of 10. But in [[DATE:2023]] the sales team, under [[PERSON:Emre Çelik]], promised a customer "origin-destination journeys" at 15-minute resolution. With journeys, you can follow small groups, and in rural areas a group of 10 is maybe one family's phones.

My colleague [[PERSON:Ayşe]] computed that for 40% of rural origin-destination pairs, fewer than 3 distinct subscribers were in the group before the suppression step. After the suppression, they are "10+" because the code rounds up. [[PERSON:Ayşe Yılmaz]] found this bug by accident. She reported it as ticket [[ID:LOC-8812]].

[[PERSON:Emre]] Bey said fix the bug but don't tell the customer, because telling them means admitting past files were wrong. The customer was a municipality. I don't know what they did with the data, and that is exactly the point.

We fixed it. But the old files are with the customer. I think we must tell them and ask to delete. My manager thinks this will make trouble with the regulator. Also I'm not sure if I can talk to the regulator directly without problem for me. What do people in other countries do in this case?
""",
    notes="non-native English; Turkish names; honorific 'Bey' after name kept outside span",
)

S(
    "story-40",
    """
Confession, I guess. I was employee number one at an "AI-powered" bookkeeping startup, [[ORG:Ledgerlight]]. We raised a seed round on the promise that our model automatically categorises receipts and invoices.

It mostly didn't. In the first year, about 70% of documents were categorised by a team of human annotators in [[LOCATION:Manila]], contracted through an agency, [[ORG:Bayanihan Data Services Inc.]] They worked night shifts to match [[LOCATION:US]] business hours and were paid per document.

Our founders, [[PERSON:Josh Kaplan]] and [[PERSON:Hannah Liu]], told investors the model handled "over 90% with minimal human review". My job was to produce the "automation rate" metric. The definition counted any document where a human accepted the model's first suggestion as "automated", even if the annotator had to open the document and check every field.

I raised it, gently at first. [[PERSON:Hannah]] said that's how everyone measures it. [[PERSON:Josh]] said the model would get there with more data, and the humans were "training the model", so it was all on the roadmap anyway.

Then we pitched a Series A. The deck had the 90% number on slide 4. The due diligence team asked for the metric definition. I wrote it out honestly and sent it to [[PERSON:Josh]], who edited it before forwarding.

I left before the round closed. I still have the original email. The annotation team lead, [[PERSON:Maricel Santos]], wrote to me after, at [[EMAIL:maricel.santos.ph@gmail.com]], to say thanks for fighting for their pay rate, which I did once manage to raise.

I don't know if what happened next was fraud. I know the metric was built to be misread.
""",
    notes="fake AI; Inc. at sentence end",
)

S(
    "story-41",
    """
Asking for advice. I'm a data analyst at a consulting firm in [[LOCATION:Seoul]], but the firm is foreign, [[ORG:Ashby Quill Partners]]. My team manager is [[PERSON:Park Ji-hoon]].

Last month [[PERSON:Ji-hoon]] asked me to pull salary data from the HR system for a benchmarking exercise. Normal. But then he asked for a second file: the salaries of five named people in our own team, with their performance ratings, "for calibration". One of them is my friend [[PERSON:Kim Soo-yeon]], who I know is negotiating a raise. He is the one who decides her raise.

I have read access because I maintain the HR dashboards in Tableau. I don't have permission to share individual salary data with line managers; that is the job of HR business partners. I told [[PERSON:Park]] this politely. He said HR is slow, and he is the manager so he has the right to know.

Then the regional head, [[PERSON:Takahashi Yuki]], who sits in [[LOCATION:Tokyo]], sent me a message on Teams saying "please support [[PERSON:Ji-hoon]], it is urgent". So now two managers are asking.

I asked the HR business partner, [[PERSON:Grace Lim]], by email, without naming my manager. She said any request for individual data must come through the HR ticket system, with a form. I forwarded this answer to [[PERSON:Ji-hoon]]. He has not spoken to me directly since, only by email, and [[PERSON:Ji-hoon]]'s emails now copy the regional head every time.

I know I did the correct thing by process. But in Korean work culture, refusing your team leader is very serious, and I am worried about my evaluation at the end of the year. Is this a normal situation in other countries? Did I make it worse by involving HR?
""",
    notes="Korean/Japanese names with family name first; partial mentions",
)

S(
    "story-42",
    """
I'm a data scientist at a dating app. Mid-sized, [[ORG:Heartwood & Co.]], the name was the founder's idea, don't ask, we're in [[LOCATION:Brooklyn]].

Our trust and safety team wanted a model to detect scammers. Good goal. The features they asked for included: uses a VPN, account created from IP ranges in [[LOCATION:Nigeria]] or [[LOCATION:Ghana]], "non-native English patterns" in messages, and profile photos flagged by an external classifier. The training labels were reports from other users.

I did an audit. Users from West African IPs were reported at 5x the rate of others, but confirmed scams among reported users were about the same rate. The labels were biased, so the model would be too. And "non-native English" as a feature means any immigrant gets flagged.

My manager, [[PERSON:Alexis Romero]], agreed but said the head of T&S, [[PERSON:Darnell Hughes]], wanted something shipped this quarter. I proposed using only behavioural features: mass messaging, fast requests to move off-platform, payment talk. Precision was slightly lower.

[[PERSON:Darnell]] asked me to join a call. He was reasonable, actually. He'd been getting pressure because a user, whose case was [[ID:TS-2024-11873]], lost $40k to a scammer and went to the press. He wanted to show action.

We shipped the behavioural model. But a week later I saw an IP block list in the config, committed by an engineer, [[HANDLE:@rkowalski-dev]] on GitHub, that blocks signups from whole ranges, including [[ID:102.89.0.0/16]]. So the nationality rule got in anyway, through the side door.

I've opened a PR to remove it. It's been sitting there four days. Anyone dealt with this "policy by config file" thing?
""",
    notes="dating app; CIDR range as ID; GitHub handle",
)

S(
    "story-43",
    """
I'm a machine learning engineer at a mental health startup. Our product is a CBT-style chatbot, sold to employers as a wellbeing benefit. Company: [[ORG:Mindharbor]], [[LOCATION:San Francisco]].

Employers get an aggregate "wellbeing dashboard": how many employees used the app, top themes. The sales team, led by [[PERSON:Jordan Pierce]], promised one big client, [[ORG:Castile Logistics]], "team-level burnout risk scores". Teams can be as small as four people.

The burnout risk score was my model. In an employee's chat transcript, I could see things like "my manager [[PERSON:Raymond]] is making me want to quit" and "I've been drinking every night". These are exactly the things people tell a mental health app because they think it's private. Our privacy policy says employers see "aggregated, anonymised insights".

I computed how many of the client's teams had fewer than ten active users. 63%. For those, "team-level" is essentially individual. I pushed for a minimum group size of 20 and differential privacy noise on the counts.

[[PERSON:Jordan]] called me on my cell, [[PHONE:(415) 555-0132]], on a Saturday, which he'd never done before, to tell me the contract was worth $1.2M and I was "putting the company at risk". Our clinical director, Dr. [[PERSON:Nia Thompson]], sided with me. She said if users found out, they'd stop telling the app the truth and the product would stop working clinically.

The compromise: minimum group size 15, no free-text themes for small teams. It shipped on [[DATE:August 21]]. I still think 15 is too small. But it's better than four.
""",
    notes="mental health app; US phone format; name quoted inside transcript",
)

S(
    "story-44",
    """
I'm an agronomist turned data scientist. I work for an agricultural insurance company in [[LOCATION:Ethiopia]], or, more precisely, a microinsurance programme run by [[ORG:Abay Mutual Insurance S.C.]] with a development finance partner.

The product is index insurance: payouts are triggered by satellite rainfall estimates, not farm visits. I maintain the index. In [[DATE:2021]], a woreda in [[LOCATION:Amhara]] had a clear drought by every local account, but the satellite index did not trigger because of a calibration issue with the rainfall product over highland terrain. No payout for about 3,000 farmers.

I showed the discrepancy using rain gauge data to my director, [[PERSON:Abebe Tesfaye]]. He agreed the index had failed. But the reinsurer, a company in [[LOCATION:Zurich]], said the contract is the contract, the index did not trigger, therefore no payout. Adjusting the index after the fact would "undermine the product's credibility".

My colleague [[PERSON:Meron Girma]] suggested we use a basis risk fund that the programme had for exactly these cases. It was small. [[PERSON:Meron]] and I wrote the proposal together. The donor, represented by [[PERSON:Helen Asfaw]], approved a partial payout, about 40% of what the farmers would have received.

What troubles me is that the farmers were sold this product as protection. They can't inspect the index. I can. When the index is wrong, I am the only person who knows, and my employer's interest is not to know.

I recalibrated the index for the next season. I also started publishing the index data monthly at [[URL:www.abaymutual.example/index-data]], so that at least extension officers can compare with what they see. It's a small thing.
""",
    notes="index insurance; Ethiopian names; www URL",
)

S(
    "story-45",
    """
Hello everyone. I'm a data analyst at an airline, in revenue management, based in [[LOCATION:Hanoi]]. The company is not important to name; it's a regional carrier.

We use dynamic pricing. That is normal in airlines. But last year my manager, [[PERSON:Nguyễn Văn Hùng]], asked me to add features from the browsing behaviour of logged-in customers: how many times they searched the same route, whether they searched from a hospital wifi network, and whether the booking was for a date within three days. The idea was that such customers are "less price sensitive". A person searching many times from a hospital for a flight tomorrow is probably going to a sick relative or a funeral.

I told anh [[PERSON:Hùng]] (we say "anh" for older brother, it is respectful) that this would charge people more in emergencies. He said the competitors already do it.

I talked to my colleague [[PERSON:Trần Thị Mai]] from the legal team. She said there's no law against it, but that customers would be angry if they found out. We agreed to prepare a note for the director.

Before we sent the note, a customer complained on a travel forum under the name [[HANDLE:u/saigon_traveller88]] that she paid three times the normal fare to fly to [[LOCATION:Da Nang]] for her father's surgery. The post became popular. It was a test price from my model. I recognised the fare.

The director stopped the feature in [[DATE:March 2024]]. I feel relief, but also shame, because the feature only stopped because of public anger, not because of our note. [[PERSON:Mai]] says at least we were ready.
""",
    notes="Vietnamese names; 'anh' kinship honorific kept outside span; reddit-style handle",
)

S(
    "story-46",
    """
Throwaway for obvious reasons. I'm an analyst at a defence contractor's "civil" subsidiary. We sell geospatial analytics for disaster response, supposedly. Parent is [[ORG:Halberd Defence Systems]], our subsidiary is [[ORG:Halberd Geo]], I'm in the [[LOCATION:Bristol]] office.

In [[DATE:2023]] our team was asked to adapt a flood-mapping model, which segments buildings and roads from satellite imagery, for "infrastructure damage assessment" in an active conflict zone. The client was a ministry, which I'm not going to name. The requested output was a list of intact buildings with high occupancy signals, like vehicles parked nearby, lit windows at night, heat signatures.

Nobody said targeting. Nobody had to.

I asked our programme manager, [[PERSON:Oliver Grant]], whether our export control review had covered this. He showed me a form that said "civil use, humanitarian" and a licence reference, [[ID:GBSIEL/2023/0048812]]. I asked what happened after delivery. He said that's the client's responsibility. Two days later my site badge, [[ID:HG-47215]], stopped opening the project room.

I refused to work on the occupancy features. My manager, [[PERSON:Samira Haddad]], let me move to another project without fuss, which I'm grateful for. But the work continued with a contractor. I later saw the deliverable's folder name on the shared drive: "TGT_LIST_v3". I could be reading too much into an abbreviation. I don't think I am.

I've sent an anonymous tip to a journalist at [[ORG:The Guardian|real]]. I've also started talking to an employment lawyer. For anyone who is asked to do "dual-use" work: ask what the output is, not what the model does. A building segmentation model is harmless. A list of occupied buildings handed to a military is not.
""",
    notes="military use; export licence reference; real newspaper",
)

S(
    "story-47",
    """
I work in analytics at a large supermarket chain, [[ORG:Walmart|real]], at a distribution-side team in [[LOCATION:Bentonville]]. This is my personal view, obviously.

We have a scheduling system that optimises warehouse shifts. My team built a feature that predicts "availability risk", i.e. the chance an associate calls out sick. Managers use it to decide who gets the preferred shifts and the overtime.

The features include past sick days, tenure, and the associate's ZIP code, [[LOCATION:72712]] vs [[LOCATION:72756]] and so on, as a proxy for commute. Sick days are also, for many people, care days for kids or elderly parents, and a strong signal for disability.

I found it by accident when an associate, [[PERSON:Dolores Whitfield]], complained to her manager that she had lost all her overtime after returning from chemo. The manager forwarded her complaint, with her employee ID, [[ID:EMP-00731]], to our team asking whether the model "was wrong". The model wasn't wrong. It was doing exactly what it was trained to do.

I escalated to my director, [[PERSON:Craig Henley]], and to the ethics hotline, [[PHONE:1-800-555-0199]]. The hotline gave me a case number, [[ID:ETH-2024-003318]]. [[PERSON:Craig]] agreed to remove sick-day history and ZIP from the model within the quarter.

It's now been two quarters. The features are still in. I keep getting told it's on the roadmap. Meanwhile, [[PERSON:Dolores]] quit. A coworker posted the whole story on reddit as [[HANDLE:u/nwa_night_picker]] and it got removed within an hour.

What's the right way to escalate when the ethics process says yes and nothing happens?
""",
    notes="real retailer; ZIP codes; employee ID; toll-free US phone",
)

# --------------------------------------------------------------------------
# HOLDOUT: different voices and cultural settings (South Asia, West and East
# Africa, Latin America, Middle East, South-East Asia), local honorifics kept
# outside spans, local ID / phone / address / date conventions.
# --------------------------------------------------------------------------

H(
    "holdout-01",
    """
Respected moderators,

I am working as Senior Data Analyst in one NBFC at [[LOCATION:Bengaluru]], name of company is [[ORG:Suvidha Finserv Pvt. Ltd.]] Kindly publish my experience so others can learn.

Our collection team is using one "recovery propensity" model which I have developed in [[DATE:Jan 2022]]. Next month our Regional Head, [[PERSON:Sharma]] ji, instructed me to add one new feature: the contact list of the borrower, which our lending app is collecting at the time of loan sanction. Actually the purpose is, when customer is not paying, agents are calling his relatives and office colleagues and telling them he is a defaulter.

I told sir this is harassment and also [[ORG:RBI|real]] guidelines are not allowing it. He told me "you just make the model, recovery is not your headache". One borrower, [[PERSON:Ramesh Gowda]] from [[LOCATION:Tumakuru]], his loan account [[ID:SFPL/BLR/2022/004417]], his sister's husband received 14 calls in one day. This I know because complaint came to our grievance mail [[EMAIL:grievance@suvidhafinserv.example.in]].

Then on [[DATE:15th March 2022]] I heard that Mr. [[PERSON:Gowda]] had attempted suicide. He survived, thank God. After that I went personally to our compliance officer Mrs. [[PERSON:Lakshmi Iyer]] and gave her the printout of the feature list. She took it seriously and the contact list feature was removed in the next release.

But till date the agents have the old data in their phones. Nobody is deleting it. Also my increment this year was zero. I am not complaining for myself but I want to ask, in such situation what more I could have done? Kindly advise.
""",
    notes="Indian English, formal; 'ji' and 'Mr./Mrs.' honorifics outside spans; month abbreviations",
)

H(
    "holdout-02",
    """
Abeg make una hear this one. I be data scientist for one fintech for [[LOCATION:Lagos]]. Company name na [[ORG:Kudipay]]. We dey give small loans through app.

Our Oga, [[PERSON:Alhaji Musa Danjuma]], call meeting for [[DATE:October 2023]], say default rate too high, investors dey vex. Him say make we build "social score" from the customer phone: contacts, how many people save your number as "Mummy", SMS from betting companies, whether you dey receive bank SMS alerts. I talk say this one na too much. [[PERSON:Musa]] say na so everybody dey do am.

My colleague [[PERSON:Chiamaka]] run the numbers. Women wey dey use phones wey their husband buy, the model dey punish them because the contacts na husband contacts. [[PERSON:Chiamaka Nwosu]] show am for the meeting, with chart. Oga no even look am.

Then one customer, her phone number na [[PHONE:0803 555 0142]], write for Twitter say [[ORG:Kudipay]] agents post her picture for WhatsApp group of her church say she be thief. Her handle na [[HANDLE:@ada_bakes_ng]]. The post go viral. [[ORG:FCCPC|real]] begin ask questions.

Na then management remember ethics. Dem call me make I "explain the model" to the lawyers. I explain am. I tell them say I don talk since. Dem remove the contacts feature, but dem never apologise to that woman.

I no know whether to resign. Job no dey easy to find for [[LOCATION:Naija]] now. But I no fit sleep.
""",
    notes="Nigerian Pidgin; 'Oga'/'Alhaji' titles (Alhaji inside full name as written); Nigerian mobile",
)

H(
    "holdout-03",
    """
Buenas. Soy analista de datos en una aseguradora de salud en [[LOCATION:Bogotá]] and I will write in English because my team says this forum is in English, sorry for the mix.

The company is [[ORG:Salud Andina EPS]]. Since [[DATE:2022]] we use a model to predict "high cost patients" and the commercial area, led by Doña [[PERSON:Claudia Restrepo]], wants to use it to make the affiliation process slower for those people. Not reject them, that is illegal here, just "more documents, more steps". Patients with HIV, with cancer, with kidney disease.

I told my boss, [[PERSON:Andrés Felipe Gómez]], that this is discrimination by bureaucracy. [[PERSON:Andrés Felipe]] is a good person but he said "no es mi decisión". He sent me the requirement by email, I still have it. The requirement has code [[ID:REQ-COM-2023-118]].

A patient from the south of the city wrote to the [[ORG:Superintendencia]]. Her case number was [[ID:SNS-2023-0871142]]. She waited 47 days for her affiliation. I saw her file because her cédula, [[ID:1.023.456.789]], was in the sample of my validation dataset.

I talked with a lawyer friend, [[PERSON:Valentina]], she works in [[ORG:Dejusticia|real]]. She said to keep all the documents and to not send anything from my work email. Now I have all in a USB in my house.

I don't know if to go to the press or to the regulator or to just leave. My mother says leave. My conscience says no.
""",
    notes="Spanish/English code-switching; 'Doña' outside; Colombian cédula as ID; compound first name",
)

H(
    "holdout-04",
    """
Timeline, because that is the only way I can tell it without getting emotional.

[[DATE:2021-06-01]]: I join [[ORG:Pesaplus Ltd]] in [[LOCATION:Nairobi]] as a credit risk data scientist. Mobile loans, tiny amounts, very fast.

[[DATE:2021-09-14]]: My manager [[PERSON:Kiprono]] asks me to add "churn from competitor" as a feature. The data comes from SMS parsing on the borrower's phone. We read every SMS from other lenders and from the mobile money service. Customers agreed, somewhere on screen 6 of onboarding.

Some weeks later: I notice the model gives bigger limits to people who already owe three or four other apps. Because they repay on time, by borrowing from the next app. It is a debt spiral and we are feeding it. I write this in a Confluence page. Title: "Are we lending into distress?"

[[DATE:2022-01-20]]: Head of product, [[PERSON:Wambui Kamau]], replies in the comments: "Interesting, let's discuss in Q2." We never discuss in Q2.

[[DATE:2022-05-09]]: A customer calls the hotline, [[PHONE:+254 712 345 678]]. She has borrowed from nine apps. Her national ID, [[ID:28734519]], is in the complaint ticket. She says she sold her sewing machine to pay us.

Next day: I ask [[PERSON:Kiprono]] for a cap on total exposure, using credit bureau data. He says the bureau data costs 12 shillings per lookup and the margin cannot carry it.

[[DATE:2022-08-31]]: I resign. In the exit interview I mention the spiral. The HR lady writes "cultural fit" in the form.

Now: I work at an NGO. Less money, better sleep.
""",
    notes="timeline format; ISO dates; Kenyan mobile and national ID",
)

H(
    "holdout-05",
    """
Saya mau cerita, in English so more people can read. I am a data engineer in [[LOCATION:Jakarta]], working for a ride and food super-app, company name [[ORG:GoLintas]] (not the famous one, a smaller one).

Last year Pak [[PERSON:Budi Santoso]], our VP, came back from meeting with a government partner, a regional police office in [[LOCATION:Jawa Barat]]. They asked for driver and passenger trip data "to support security operations" during a big demonstration on [[DATE:20 September 2023]]. No warrant, just a letter on letterhead. The letter reference was [[ID:B/1274/IX/2023]].

My team lead, Mbak [[PERSON:Dewi]], said we must follow the legal team. Legal team said the new PDP law allows "public interest". I asked: whose interest? The data has pickups at mosques, at clinics, at the homes of journalists.

We prepared the export. I was the one who wrote the query in BigQuery. Then Mbak [[PERSON:Dewi Lestari]] did something brave: she asked Pak [[PERSON:Budi]] to sign a form taking personal responsibility for the export. He didn't want to sign. The export was reduced to only "aggregated heatmaps per kecamatan". Still not nothing, but much less.

One driver, Mas [[PERSON:Agus]], later told me in the canteen that police had stopped him and knew his route from that day. I don't know if it came from us. There are other apps. But I can't stop thinking about it.

If you are in [[LOCATION:Indonesia]] and have the same situation, you can contact me, my Telegram is [[HANDLE:@rizky_dataeng]]. I will not give names of anyone, I just want to know I'm not alone.
""",
    notes="Indonesian setting; Pak/Mbak/Mas honorifics outside spans; Telegram handle",
)

H(
    "holdout-06",
    """
ok so real talk lang. i'm a data analyst sa isang BPO dito sa [[LOCATION:Pasig]], account namin is a [[LOCATION:US]] health insurer. company is [[ORG:Kalinaw Outsourcing Inc.]]

so may bagong "sentiment AI" sila for our calls. every call gets an empathy score. pag mababa, may coaching. ang problema, the model was trained sa american agents' calls. so filipino accent = lower "clarity", and taglish fillers like "po" and "opo" get scored as hesitation. lol we say po to be respectful.

i showed the data to our team lead, si Ate [[PERSON:Joy]]. bottom 10% was 80% agents from the provincial site sa [[LOCATION:Iloilo]]. she forwarded it to ops manager Sir [[PERSON:Ramon Villanueva]]. sabi ni Sir [[PERSON:Ramon]], the client requires the tool, wala tayong magagawa.

then one agent, si [[PERSON:Kristine]], got terminated on [[DATE:Nov 8, 2023]]. her empathy score was bottom 5% for three weeks. she was actually top in first call resolution. her employee no. was [[ID:KLO-118204]], i know kasi i ran the report.

i messaged the vendor support at [[EMAIL:support at sentimetrics dot example dot com]] asking if they have bias testing per accent. no reply.

di ko alam what to do. kuya [[PERSON:Paolo]] from IT said just let it go, client is king. pero it's our own people being scored by a machine that doesn't understand how we talk.
""",
    notes="Taglish, lower-case; Ate/Sir/kuya honorifics outside spans; spelled-out email",
)

H(
    "holdout-07",
    """
I write this with some hesitation, as in our culture one does not speak badly of an employer in public. But I believe the matter is important.

I am a statistician at a ministry-affiliated research centre in [[LOCATION:Amman]], the [[ORG:Jordan Centre for Social Statistics]]. In the [[DATE:spring of 1444 AH]], which was [[DATE:early 2023]], we conducted a household survey on refugee livelihoods, funded by an international agency, [[ORG:UNHCR|real]].

The survey promised respondents confidentiality. After fieldwork, a security official visited our director, Dr. [[PERSON:Khaled Al-Masri]], and requested the microdata with GPS coordinates of households in [[LOCATION:Zarqa]] and in the camp at [[LOCATION:Za'atari]], "for planning". Dr. [[PERSON:Khaled]] is a decent man under great pressure. He asked me to prepare the file.

I proposed an alternative: coordinates displaced by up to 5 km, and suppression of small cells. My colleague, Ustaza [[PERSON:Rania Haddadin]], supported me and drafted a memorandum in Arabic citing our own confidentiality pledge. The memorandum number is [[ID:JCSS/SD/2023/112]].

The official accepted the displaced coordinates, to our surprise. I do not know what he would have done with the exact ones. I do know that some respondents had told our enumerators about family members still in [[LOCATION:Syria]].

I was not punished. But I learned that our confidentiality promise to respondents depends on the courage of two or three people at the right moment, not on any system. This troubles me very much. Data practitioners in similar countries: how do you protect microdata when the request comes from the state itself?
""",
    notes="formal, Jordan; Hijri date; Dr./Ustaza outside spans",
)

H(
    "holdout-08",
    """
我的英文不太好, please forgive. I am an algorithm engineer at an e-commerce platform in [[LOCATION:Hangzhou]]. Company: [[ORG:Xunmai Technology Co., Ltd.]]

Our team builds the pricing model for returning users. In [[DATE:2021]] there was the famous "big data killing familiar customers" (大数据杀熟) discussion in [[LOCATION:China]]. After that, regulations came, and our company said officially we stopped it.

But in my team, the leader [[PERSON:Wang Jianguo]] (we call him Lao [[PERSON:Wang]]) asked us to keep a feature called "price tolerance", computed from iPhone vs Android, membership level, and how fast the user pays. Officially it is for "coupon allocation". In practice, high tolerance users see fewer coupons, so they pay more for the same item.

My colleague [[PERSON:Li Xiaoyu]] and I did an analysis: users in tier-one cities with new iPhones paid on average 7.8% more. I showed the analysis in our weekly meeting on [[DATE:2022/04/18]]. [[PERSON:Wang Jianguo]] said "coupons are marketing, not pricing, so no problem".

[[PERSON:Xiaoyu]] reported through the internal compliance mailbox, [[EMAIL:compliance@xunmai.example.cn]]. After two months, the feature was renamed to "engagement tier". Same logic.

I have not decided if I should report externally. In [[LOCATION:China]] this is a very big decision for a young engineer, maybe you can understand. I just want to record that this happened.
""",
    notes="Chinese setting; CJK characters; family-name-first names; 'Lao' outside span",
)

H(
    "holdout-09",
    """
Dear all, greetings from [[LOCATION:Karachi]].

I am a machine learning lead at a telecom operator, [[ORG:Sindh Mobile Networks]]. I want to share a dilemma about our "KYC risk" model, which we built after the biometric SIM verification drive.

Every SIM is linked to a CNIC number, like [[ID:42101-1234567-1]] for example (not a real one). Our model predicts which subscribers are "high risk" for fraud and limits their mobile wallet transactions. In [[DATE:Ramzan 2023]]... let me just say [[DATE:April 2023]], the model started flagging a lot of women in rural [[LOCATION:Tharparkar]].

My junior, [[PERSON:Hira Baloch]], investigated. Many women there use SIMs registered on the CNIC of husbands or fathers. So the name on the SIM and the voice and the usage pattern don't match. The model reads this as "identity mismatch = fraud". Result: women cannot receive money from [[ORG:BISP|real]] through the wallet.

I raised this with our Chief Risk Officer, [[PERSON:Faisal Qureshi]] sahib. He said regulator requires strict KYC, we cannot loosen. [[PERSON:Hira]] proposed a separate track where a family-registered SIM is flagged for human review instead of blocked. It costs more agents.

We got a partial approval. The human review team is 4 people for the whole province. One case I followed, complaint number [[ID:SMN-CC-889120]], took 23 days. During those days the woman could not receive her payment.

I am proud of [[PERSON:Hira]]. I am less proud of myself, because I accepted "partial approval" too easily. Any advice from people who fought similar battles with regulators' rules versus fairness?
""",
    notes="Pakistan; CNIC number; 'sahib' outside span; religious-calendar date",
)

H(
    "holdout-10",
    """
Howzit. Data scientist here, [[LOCATION:Cape Town]]. I work for a short-term insurer, [[ORG:Fynbos Insure (Pty) Ltd]], on the vehicle pricing team.

We got a new "address quality" feature from a data vendor, [[ORG:GeoKaya]]. It scores how "formal" an address is. Sounds technical, eish, but in practice an address like [[LOCATION:14 Protea Road, Claremont, 7708]] scores high and an address in an informal settlement in [[LOCATION:Khayelitsha]] scores low, because there's no street number, just a section and a stand number. So the feature is basically apartheid geography in a new outfit.

Premiums for the same car, same driver profile, differed by up to 35%. I showed this to my manager, [[PERSON:Pieter Botha]]. Not a joke, that's his real name, he's heard all the jokes. To his credit he took it seriously. His boss, [[PERSON:Thandeka Mthembu]], said we'd need sign-off from the actuarial committee to remove it, since it was "predictive".

I asked if the committee had ever looked at POPIA and the Insurance Act's unfair discrimination provisions. Silence. So I wrote it up in a 6-page memo with a map and dropped it on the team's page, [[URL:http://confluence.fynbos.local/pricing/address-quality-review]].

The committee met on [[DATE:23 Feb 2024]]. They removed the feature for new business but kept it for renewals "pending review". A broker, [[PERSON:Sipho]], phoned me afterwards from [[PHONE:+27 21 555 0198]] to ask why his clients in the townships were still paying more at renewal. I couldn't give him a good answer.

Half a win, ja. I'll take it and keep pushing.
""",
    notes="South African English; (Pty) Ltd; SA postal code in address; http intranet URL",
)

H(
    "holdout-11",
    """
Escribo en inglés porque me lo pidieron. I'm a data analyst at a fintech in [[LOCATION:Ciudad de México]], [[ORG:Tandaplus]]. We give credit to informal merchants, taco stands, tienditas, that kind of business.

In [[DATE:agosto 2022]] our CEO, [[PERSON:Rodrigo Lozano]], decided that our collection strategy should use the merchants' social media. We had access to their public Facebook pages because many of them connect their page to get better credit limits. The idea from the collections lead, la licenciada [[PERSON:Mariana Ochoa]], was to comment publicly on the pages of merchants who were late. "Friendly reminders". In front of their customers.

I built the list because it was my job. Then I saw the first comments. One was on the page of a tortillería in [[LOCATION:Iztapalapa]], with the owner's name, [[PERSON:Refugio Salinas]], and the amount due.

I wrote to legal. The reply was that [[ORG:CONDUSEF|real]] rules talk about phone calls and visits, not comments. Technically.

A journalist, [[PERSON:Paula Cervantes]], wrote a thread about it from her account [[HANDLE:@paulacervantes_mx]] and the screenshots went everywhere. Then the practice stopped in one day. The post is still at [[URL:https://x.example/paulacervantes_mx/status/1569876543210]].

The CEO told the team the "pilot" was over. No one was fired. No one apologized to Don [[PERSON:Refugio]]. Was I complicit? Yes, I think I was, a little. I built the list.
""",
    notes="Mexican Spanish code-switching; Spanish month name; 'Don'/'licenciada' outside spans",
)

H(
    "holdout-12",
    """
I am a data scientist at a Japanese electronics manufacturer. I will be careful with details. I joined the company, [[ORG:Hoshizora Denki K.K.]], after my master's degree, and I have worked at the [[LOCATION:Kawasaki]] plant for four years.

In [[DATE:令和5年]], that is [[DATE:2023]], our factory introduced wearable sensors for line workers, to reduce injuries. A good purpose. The data team, my team, was asked by the plant manager, [[PERSON:Yamamoto]]-san, to build a "fatigue index". After three months, the HR department started using the index in the evaluation of workers. Low fatigue tolerance became "low stamina" in the evaluation sheet.

Many older workers, and women after childbirth, had lower scores. One worker, [[PERSON:Suzuki Haruka]]-san, was moved from the line to the warehouse. Her badge number was [[ID:HK-20418]]. She asked her union representative about the reason, and the representative asked me.

I explained the model honestly. My section chief, [[PERSON:Ito Kenji]], was not happy that I talked to the union directly. In Japanese companies this is considered jumping over the hierarchy. He said, "this is not a data problem, it is a personnel problem".

But the data is from my model. I wrote a report in Japanese and English, sent it to the compliance office at [[EMAIL:compliance-jp@hoshizora.example.co.jp]] on [[DATE:2023年11月6日]]. The HR department agreed to stop using the index for evaluation from [[DATE:April 2024]].

[[PERSON:Suzuki]]-san did not return to the line. I think about that often.
""",
    notes="Japanese setting; -san suffix outside span; Japanese era and CJK dates; K.K.",
)

# --------------------------------------------------------------------------
# BUILD / VERIFY
# --------------------------------------------------------------------------
HONORIFICS = (
    "Dr. ",
    "Mr. ",
    "Ms. ",
    "Mrs. ",
    "Prof. ",
    "DC ",
    "Lt. ",
    "Cllr. ",
    "Councillor ",
    "Pak ",
    "Mbak ",
    "Mas ",
    "Don ",
    "Doña ",
    "licenciada ",
    "Ate ",
    "Sir ",
    "kuya ",
    "Ustaza ",
    "anh ",
    "Lao ",
)
TRAILING_HONORIFICS = (" ji", "-san", " Bey", " sahib")
LEGAL_SUFFIX = re.compile(
    r"\b(GmbH|Ltd\.?|Inc\.?|LLC|LLP|plc|AG|AB|BV|B\.V\.|S\.A\.|SA|Sp\. z o\.o\.|Pvt\. Ltd\.|Pte\. Ltd\.|Co\.|S\.r\.l\.|Kft\.|A\.Ş\.|K\.K\.|Ltda\.?|PLC|SAS|Limited|S\.C\.|S\.A\.S\.)$"
)
# tokens of labelled person names that are also ordinary words; skip them in
# the "unlabelled repeat mention" check
COMMON_WORD_TOKENS = {"big", "de", "van", "da", "al", "bin", "le", "la", "el"}


def parse(marked):
    return _parse(marked, MARK)


def covered(spans, a, b):
    return any(s["start_position"] <= a and b <= s["end_position"] for s in spans)


def check_story(sid, text, spans, problems, warnings):
    if "[[" in text or "]]" in text:
        problems.append(f"{sid}: leftover markup")
    nwords = len(text.split())
    if not 150 <= nwords <= 400:
        problems.append("%s: %d words (must be 150-400)" % (sid, nwords))
    if not 5 <= len(spans) <= 12:
        warnings.append("%s: %d identifiers (guideline 5-12)" % (sid, len(spans)))
    if len({s["entity_type"] for s in spans}) < 3:
        warnings.append(f"{sid}: fewer than 3 kinds")
    for s in spans:
        v = s["entity_value"]
        if text[s["start_position"] : s["end_position"]] != v:
            problems.append(f"{sid}: offset mismatch for {v!r}")
        bad_end = v[-1] in ",;:!?)'\"" or (v[-1] == "." and not LEGAL_SUFFIX.search(v))
        if v != v.strip() or bad_end or (v[0] in "(\"'" and s["entity_type"] != "PHONE"):
            problems.append(f"{sid}: span {v!r} has edge whitespace/punctuation")
        for d in DISTRACTORS:
            if re.search(rf"(?<!\w){re.escape(d)}(?!\w)", v) and s["entity_type"] in (
                "PERSON",
                "ORG",
                "LOCATION",
            ):
                problems.append(f"{sid}: distractor {d!r} inside span {v!r}")
    # every occurrence of a labelled value (and of each token of a person's
    # name) must itself be labelled
    needles = set()
    for s in spans:
        v = s["entity_value"]
        if s["entity_type"] in ("PERSON", "ORG", "LOCATION"):
            needles.add((v, s["entity_type"] != "PERSON"))
        if s["entity_type"] == "PERSON":
            for tok in re.findall(r"[^\W\d_][\w\-]*", v):
                if len(tok) >= 3 and tok.lower() not in COMMON_WORD_TOKENS:
                    needles.add((tok, False))
    for needle, case_sensitive in needles:
        flags = 0 if case_sensitive else re.IGNORECASE
        for m in re.finditer(rf"(?<![\w@#/.]){re.escape(needle)}(?!\w)", text, flags):
            if not overlaps(spans, m.start(), m.end()):
                problems.append(
                    "%s: unlabelled mention %r at %d: ...%s..."
                    % (
                        sid,
                        m.group(0),
                        m.start(),
                        text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " "),
                    )
                )
    # overlapping spans
    ss = sorted(spans, key=lambda s: s["start_position"])
    for a, b in itertools.pairwise(ss):
        if b["start_position"] < a["end_position"]:
            problems.append(
                "{}: overlapping spans {!r} {!r}".format(sid, a["entity_value"], b["entity_value"])
            )
    return nwords


def form_stats(items):
    """Heuristic counts of the surface forms listed in the labelling guide."""
    f = Counter()
    for text, spans in items:
        first_full = {}
        for s in sorted(spans, key=lambda s: s["start_position"]):
            k, v, a, b, form = (
                s["entity_type"],
                s["entity_value"],
                s["start_position"],
                s["end_position"],
                s["_form"],
            )
            before, after = text[max(0, a - 8) : a], text[b : b + 2]
            if form:
                f[f"{k}: {form}"] += 1
            if k == "PERSON":
                toks = v.split()
                f["PERSON: full name (2+ tokens)" if len(toks) > 1 else "PERSON: single token"] += 1
                if v[:1].islower():
                    f["PERSON: lower-case"] += 1
                if any(ord(c) > 127 for c in v):
                    f["PERSON: with diacritics / non-ASCII"] += 1
                if after in ("'s", "\u2019s") or text[b : b + 1] in ("'", "\u2019"):
                    f["PERSON: possessive (label excludes 's)"] += 1
                if any(before.endswith(h) for h in HONORIFICS):
                    f["PERSON: honorific/rank outside span"] += 1
                if any(text[b : b + len(h)] == h for h in TRAILING_HONORIFICS):
                    f["PERSON: trailing honorific outside span (ji, -san, Bey, sahib)"] += 1
                if a == 0 or re.search(r"[.!?\n]\s*[\"(]?$", text[max(0, a - 4) : a]):
                    f["PERSON: at sentence start"] += 1
                if len(toks) == 1 and any(v in full.split() for full in first_full):
                    f["PERSON: later partial mention"] += 1
                if len(toks) > 1:
                    first_full[v] = a
            elif k == "ORG":
                if LEGAL_SUFFIX.search(v) or " & " in v:
                    f["ORG: legal suffix or '&' name"] += 1
                if re.search(r"called $", text[max(0, a - 8) : a]):
                    f["ORG: 'a company called X'"] += 1
                if re.search(r"\b(University|Universit|Institut|College|School)", v):
                    f["ORG: university/college"] += 1
                if re.search(r"(Hospital|Clinic|Medical|Health)", v):
                    f["ORG: hospital/health provider"] += 1
            elif k == "LOCATION":
                if re.fullmatch(r"\d{5}(-\d{4})?", v):
                    f["LOCATION: US ZIP or German PLZ"] += 1
                elif re.search(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", v):
                    f["LOCATION: UK postcode (alone or in address)"] += 1
                if re.search(r"\d", v) and len(v.split()) >= 3:
                    f["LOCATION: street address"] += 1
                if text[b : b + 7] == " office" or text[b : b + 7] == " campus":
                    f["LOCATION: 'the X office'"] += 1
            elif k == "EMAIL":
                f["EMAIL: spelled out" if "@" not in v else "EMAIL: plain"] += 1
            elif k == "URL":
                if v.startswith("http"):
                    f["URL: with scheme"] += 1
                elif v.startswith("www."):
                    f["URL: www. without scheme"] += 1
                else:
                    f["URL: bare host/path"] += 1
            elif k == "HANDLE":
                f[
                    "HANDLE: " + {"@": "@name", "#": "#channel", "u": "u/name"}.get(v[0], "other")
                ] += 1
            elif k == "PHONE":
                f["PHONE: international (+)" if v.startswith("+") else "PHONE: national"] += 1
            elif k == "DATE":
                if re.fullmatch(r"\d{4}", v):
                    f["DATE: bare year"] += 1
                elif re.search(r"\d{1,4}[/\-.]\d{1,2}[/\-.]\d{2,4}", v):
                    f["DATE: numeric"] += 1
                elif re.match(r"Q\d", v):
                    f["DATE: quarter"] += 1
                elif re.search(r"\d", v):
                    f["DATE: day/month/year in words"] += 1
                else:
                    f["DATE: month name only"] += 1
            elif k == "ID":
                if re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}(/\d+)?", v) and all(
                    int(x) < 256 for x in v.split("/")[0].split(".")
                ):
                    f["ID: IP address"] += 1
    return f


# Words that are identifiers whenever they appear in these stories.
MUST_LABEL = ["UK", "US", "USA", "EU", "NHS", "London", "Europe", "Berlin", "Dublin", "Paris"]


def cross_check(items, problems):
    _cross_check(items, problems, MUST_LABEL, COMMON_WORD_TOKENS)


def build(stories, out_name, problems, warnings):
    items, report, seen = [], [], set()
    for sid, marked, notes in stories:
        if sid in seen:
            problems.append(f"duplicate id {sid}")
        seen.add(sid)
        text, spans = parse(marked)
        nwords = check_story(sid, text, spans, problems, warnings)
        report.append((sid, nwords, len(spans)))
        items.append((sid, text, spans, notes))
    cross_check(items, problems)
    data = []
    for sid, text, spans, notes in items:
        item = {
            "full_text": text,
            "spans": [
                {k: s[k] for k in ("entity_type", "entity_value", "start_position", "end_position")}
                for s in spans
            ],
            "id": sid,
        }
        if notes:
            item["notes"] = notes
        data.append(item)
    # independent re-verification of the serialised data
    for it in data:
        for s in it["spans"]:
            assert it["full_text"][s["start_position"] : s["end_position"]] == s["entity_value"], (
                it["id"],
                s,
            )
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), out_name)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return path, data, report, [(t, s) for _, t, s, _ in items]


def summarise(name, path, data, report, items):
    kinds = Counter(s["entity_type"] for it in data for s in it["spans"])
    words = [w for _, w, _ in report]
    print("=" * 70)
    print(f"{name} -> {path}")
    print(
        "stories: %d   words: min %d, max %d, mean %.0f   identifiers: %d"
        % (len(data), min(words), max(words), sum(words) / len(words), sum(kinds.values()))
    )
    print("per kind: " + ", ".join("%s=%d" % (k, kinds.get(k, 0)) for k in KINDS))
    print("per story (id, words, identifiers):")
    for sid, w, n in report:
        print("  %-12s %4d words %3d identifiers" % (sid, w, n))
    print("surface forms (heuristic):")
    for k, v in sorted(form_stats(items).items()):
        print("  %-50s %d" % (k, v))


def main():
    problems, warnings = [], []
    results = []
    for name, stories, out in (
        ("main corpus", CORPUS, "redaction_corpus.json"),
        ("holdout", HOLDOUT, "redaction_holdout.json"),
    ):
        if stories:
            results.append((name, *build(stories, out, problems, warnings)))
    for r in results:
        summarise(*r)
    for w in warnings:
        print("WARNING:", w)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("all spans verified: full_text[start:end] == entity_value")


if __name__ == "__main__":
    main()
