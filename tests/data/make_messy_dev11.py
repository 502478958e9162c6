"""Eleventh development set for the storyshare redaction engine, for tuning.

Written by a helper who never saw the engine, its tests or any other corpus's stories.
Each story is a first-person workplace ethics story by a data practitioner, with every
identifying detail marked inline as [[KIND:text]]. This set leans on online identities
and informal naming: usernames and handles on many platforms (with and without "@", with
and without the platform named), code review threads, commit logs, CI output and pasted
chat, nicknames, initials, lower-case first names, names that are also ordinary words,
names from many cultures, lower-case brands, startups and internal codenames. Running
this script removes the markup, computes exact offsets, checks the labels and writes
redaction_messy_dev11.json next to itself. It exits non-zero if any check fails.

Labelling choices beyond the README's guidelines: a bare username (with dots, digits,
underscores, hyphens or a run-together name, as on GitHub, GitLab, Jira, Discord,
Kaggle, Stack Overflow, Telegram or a game) is a HANDLE, with or without its "@"; a chat
display name that is just a person's name ("ines", "Bex") is a PERSON. Pull-request and
merge-request numbers are IDs, like ticket numbers. Bots, platforms, subreddits, file
names, branches, libraries, metric names and versions are not labelled.

Every person, company, address, phone number, e-mail address, handle, URL and ID number
is fictional (555 numbers, .example domains, documentation IP ranges); a few well-known
real organisations and places appear as a submitter would mention them.

Regenerate: python3 tests/data/make_messy_dev11.py
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
        "d11-01",
        "GitHub pull-request review pasted as quotes; @handles with hyphens and underscores, lower-case startup, repo URL with a commit",
        """
ok so this is about a pull request, not a big scandal, but it still bugs me. i'm a data scientist at [[ORG:brightloop]], a lending startup in [[LOCATION:Accra]] with a few engineers in [[LOCATION:Lisbon]]. in [[DATE:March 2025]] i opened pull request [[ID:1187]] adding a disparity check to the scoring pipeline (fairness_report.py, nothing fancy, just approval rates by region and gender). the review thread went like this:

> [[HANDLE:@kwame-asante]]: can we gate this behind a flag? it slows CI by 40s
> [[HANDLE:@mengyao-li]]: +1, also the gender split is noisy below n=200
> [[HANDLE:@dede_ofori]]: i'd rather we merge it and fix the noise later

a week later [[PERSON:Kwame]] quietly pushed a commit titled "chore: disable fairness job" and merged it himself on a Sunday night. the flag defaults to off. nobody reads the dashboard. [[PERSON:Dede]] and i raised it at standup and [[PERSON:Mengyao]] said the investors only care about default rates. the repo is private but the commit is still there at [[URL:git.brightloop.example/risk/scoring/commit/4f9c2e1]]. do i escalate to the board or let it go?
""",
    ),
    (
        "d11-02",
        "Slack excerpt with a #channel, bare usernames and a lower-case display name; internal codename used in full and alone",
        """
Pasting this from our Slack because I honestly can't tell if I'm overreacting. Context: I'm an analyst at [[ORG:Pebblepath]], we make a budgeting app, and the growth team wants a "lookalike" audience.

[[HANDLE:#growth-data]]
[[HANDLE:tomasz.w]]: we can pull the public posts from the budgeting subreddit, match usernames to our signups by email hash
[[HANDLE:ayesha_k]]: is that... allowed?
[[HANDLE:tomasz.w]]: they're public lol
[[PERSON:ines]]: legal said fine as long as we don't store raw text
[[HANDLE:ayesha_k]]: we'd be storing the link between a reddit account and a real customer though

That last one was me. The plan is called [[ORG:Project Heron]] internally and it's scheduled for [[DATE:Q3 2025]]. [[PERSON:Tomasz]] is my lead, [[PERSON:Inês]] is from legal in our [[LOCATION:Porto]] office. I wrote a two-page note on re-identification risk and sent it to the DPO on [[DATE:12 May]]; no reply yet. [[ORG:Heron]] has a kickoff next week. I don't want to be the person who blocks everything, but matching pseudonymous accounts to named customers feels exactly like the thing GDPR was written for.
""",
    ),
    (
        "d11-03",
        "indie game studio and its Discord; bare gamer nicks incl. a short capitalised one, publisher named in full then shortened",
        """
I run analytics for a mid-size indie game studio, [[ORG:Saltmarsh Games]], and I also moderate our community Discord. In [[DATE:January]] our publisher, [[ORG:Overcast Interactive]], asked for an export of "community sentiment" from the server. Fine, I thought, aggregate counts. Then their producer, [[PERSON:Raúl Echeverría]], sent a spreadsheet template with a column for Discord username and one for "churn risk".

Some of the people in that sheet are kids. [[HANDLE:xXgreywolfXx]] is fourteen, he told us in voice chat. [[HANDLE:bumblebee_404]] posts her school timetable. [[HANDLE:Nyx]] mods with me and has been there since the alpha in [[DATE:2021]].

My boss [[PERSON:Siobhán]] said [[ORG:Overcast]] pays our salaries so just do it. I asked [[PERSON:Raúl]] what the churn column is for and he said "retention offers", which I think means targeted loot-box discounts aimed at the players most likely to spend. I haven't sent anything. The deadline is Friday. I'm writing this from a café in [[LOCATION:Galway]] because I didn't want to be at my desk when I wrote it.
""",
    ),
    (
        "d11-04",
        "Kaggle dataset leak at a Nigerian teaching hospital; Kaggle username and its short form, initial plus surname with Dr outside",
        """
Short version: a colleague uploaded a "de-identified" dataset to Kaggle and I found it.

I work as a biostatistician at [[ORG:Ebonyi Valley Teaching Hospital]] in [[LOCATION:Abakaliki]]. On [[DATE:2 June 2025]] I was looking for a baseline for sepsis prediction and there it was: a public dataset by a user called [[HANDLE:quietfox_md]], 4,312 admissions, with ward names, admission timestamps to the minute and ages in years. The discussion tab had 60 upvotes and someone asked "is this real hospital data?" and [[HANDLE:quietfox]] replied "yes from my hospital lol anonymised".

I know who [[HANDLE:quietfox]] is. It's [[PERSON:Chidi]], a house officer who did a rotation with our team. The dataset description even thanks "Dr. [[PERSON:A. Nwosu]]", who is my supervisor and had no idea. With timestamps plus ward plus age, re-identifying patients is trivial for anyone in [[LOCATION:Abakaliki]]. I reported it through the site's form and messaged [[PERSON:Chidi]] on WhatsApp. He's embarrassed and says he'll delete it, but it's been downloaded 900 times. Dr. [[PERSON:Nwosu]] wants to handle it quietly; I think the patients' families deserve to be told. Am I wrong?
""",
    ),
    (
        "d11-05",
        "nothing identifying: pricing experiment on vulnerable users; distractors (XGBoost, p95, a notebook name, a version, a quarter without a year)",
        """
I'm not going to name the company, and honestly the details matter less than the pattern. We ran an A/B test on the renewal page of a subscription product. Variant B hid the cancel link behind two extra screens and showed a countdown timer that reset every time you reloaded. Conversion went up 9%. Complaints went up too, mostly from older customers, which we only know because support tags tickets with an age band.

I built the uplift model (XGBoost, nothing clever, renewal_uplift_v3.ipynb) and in Q2 the product lead asked me to use it to target variant B at the people most likely to give up and stay. The feature with the highest SHAP value was "number of support contacts in the last 90 days". So the model learned to aim the dark pattern at the confused.

I said no in the meeting. I was told the model is "just maths" and someone else shipped v3.1 the next sprint. p95 latency is great, apparently.
""",
    ),
    (
        "d11-06",
        "Jira ticket fields pasted (assignee, reporter, comment) with dotted and run-together usernames; ticket keys; Swedish firm and cities",
        """
Our deletion pipeline doesn't delete. I know because I wrote half of it.

I'm a data engineer at [[ORG:Norrsken Logistik AB]] in [[LOCATION:Gothenburg]]. Customer deletion requests come in through a web form, become Jira tickets, and a nightly job is supposed to purge them from the warehouse and the backups. In [[DATE:autumn 2024]] I noticed the backup step had been commented out since a migration. I filed [[ID:DPA-2291]]:

Assignee: [[HANDLE:rkowalczyk]]
Reporter: [[HANDLE:f.haddad]]
Priority: Medium -> Low (changed by [[HANDLE:m.lindqvist]])
Comment from [[HANDLE:m.lindqvist]]: backups expire after 13 months anyway, closing as won't fix

That's me as [[HANDLE:f.haddad]], by the way. [[PERSON:Magnus]] ([[HANDLE:m.lindqvist]]) is the head of platform. [[PERSON:Radek]] agreed with me in private but didn't say anything on the ticket. Thirteen months is a long time when someone asked you to forget them. I reopened it as [[ID:DPA-2307]] and now [[PERSON:Magnus]] has asked [[PERSON:Radek]] to "manage expectations" with me. The DPO sits in [[LOCATION:Stockholm]] and I've never spoken to her.
""",
    ),
    (
        "d11-07",
        "Telegram scraping for a protest-affinity list in Georgia; @handles of posters, Georgian names, a front company",
        """
I'm a contractor (NLP) for a small analytics shop in [[LOCATION:Tbilisi]] called [[ORG:Argo Signal]]. Since [[DATE:November 2024]] we've been building a classifier over public Telegram channels. I thought it was for brand monitoring. Then last month the account manager, [[PERSON:Levan Beridze]], forwarded a spec asking for a list of "frequent posters" with their handles and the channels they post in, ranked by "protest affinity".

The sample rows include real accounts: [[HANDLE:@nino_kv]], [[HANDLE:@tsotne1998]], [[HANDLE:@babushka_knits]] (who is, as far as I can tell, a grandmother posting about a pension rally). The client in the file metadata is [[ORG:Kolkhida Consulting]], which my friend [[PERSON:Sopho]] says is a front for a ministry contract.

[[PERSON:Levan]] told me on a call that handles are public information. I said handles are people. He said [[PERSON:Giorgi]] would finish the job if I wouldn't. I've kept the spec and my notes from the call on [[DATE:14 April]]. I'm thinking of sending them to a journalist, but I don't know who to trust here, and my name is on the repo.
""",
    ),
    (
        "d11-08",
        "git log pasted with authors, e-mails and timestamps; a GitHub-style username, a hyphenated French name and its initials, Nigerian regulator by acronym",
        """
git log doesn't lie, people do. Here's what I found last week:

commit 9ad31f0
Author: [[PERSON:Oluwaseun Bakare]] <[[EMAIL:seun.b@tallyhq.example]]>
Date:   [[DATE:Mon Jun 9 23:41:07 2025]]
    add prod sample for debugging

commit 77be021
Author: [[HANDLE:jpr-dev]] <[[EMAIL:jpr-dev@users.noreply.example]]>
Date:   [[DATE:Tue Jun 10 08:02:55 2025]]
    remove sample (oops)

The "prod sample" was a CSV with 18k customer rows: names, phone numbers, BVNs. It sat in the repo for eight hours and the repo has 40 collaborators including two agencies. [[HANDLE:jpr-dev]] is [[PERSON:Jean-Pierre Rousseau]], our EM in [[LOCATION:Montréal]]; he removed the file but didn't rewrite history, so it's still in every clone. [[PERSON:Seun]] is a junior on my team in [[LOCATION:Lagos]]. I'm the data lead at [[ORG:Tally]]. [[PERSON:JP]] says it's not a breach because nobody external opened it. I can't prove that either way. The [[ORG:NDPC]] expects a report within 72 hours and that window is gone. I keep drafting the email.
""",
    ),
    (
        "d11-09",
        "Reddit throwaway post; u/ usernames incl. one ending in an underscore and one containing a city; survey fraud",
        """
Throwaway because my manager knows my main. Reposting from r/datascience where a mod removed it.

I'm a market research analyst at [[ORG:Quillon Research]], [[LOCATION:Manchester]]. We ran a 1,000-person survey for a supermarket client in [[DATE:February]] and only got 612 completes. My manager, [[PERSON:Gareth]], told me to "top up" the sample by duplicating responses with some noise added. He literally said "bootstrap it, nobody checks".

A few people replied before the removal. [[HANDLE:u/stats_gremlin]] said this is fraud, full stop. [[HANDLE:u/NotADataScientist_]] said to get it in writing. [[HANDLE:u/margo_in_leeds]] said she used to work at [[ORG:Quillon]] and it happened then too, under a different director, [[PERSON:Pauline Okafor]].

I did get it in writing, sort of: [[PERSON:Gareth]] put "please pad n to 1000 per brief" in the Teams chat. The client is [[ORG:Halden's]], and they're going to use this to decide which stores get cuts. I'm on a visa and can't afford to be fired. What would you do?
""",
    ),
    (
        "d11-10",
        "German research lab offered a Mastodon firehose; fediverse handles with instance, a Bluesky domain handle, lower-case startup",
        """
I research online harms at a university lab, the [[ORG:Institut für Digitale Öffentlichkeit]] in [[LOCATION:Leipzig]]. A company called [[ORG:fedilens]] offered us free access to "the complete Mastodon firehose" for a paper. I asked where it came from. Their CTO, [[PERSON:Bastian Krüger]], said they run relay accounts on 300 instances and archive everything, including posts that people later delete.

Our PI, Prof. [[PERSON:Hanne Vestergaard]], wanted to accept. The data includes people I know: [[HANDLE:@lena@social.example]], who posts about her chronic illness with followers-only visibility, and [[HANDLE:@kofi_writes@mstdn.example]], who deleted his whole account in [[DATE:2023]] after being doxxed.

I posted a vague thread about it from my own account ([[HANDLE:@kajahartmann.bsky.social]]) and within an hour [[PERSON:Bastian]] had messaged the PI. Now [[PERSON:Hanne]] says I have "a conflict of interest" and should step back from the paper. The ethics committee meets on [[DATE:3 July]]. I'm writing a formal objection, but my contract ends in [[DATE:September]].
""",
    ),
    (
        "d11-11",
        "Vietnamese fintech intern posted customer data on Stack Overflow; numeric SO username, honorifics chị and anh outside, Vietnamese date",
        """
Something small but I keep thinking about it. I'm a backend/data engineer at [[ORG:Sông Xanh Fintech]] in [[LOCATION:Ho Chi Minh City]]. In [[DATE:tháng 5 năm 2025]] I was googling a pandas merge error and landed on a Stack Overflow question from [[HANDLE:user8841207]] that contained our exact schema, including a sample dataframe with ten real customers: full names, phone numbers, loan amounts. The question had been up for nine days.

I recognised the variable names. It was [[PERSON:Tuấn]], our intern. I flagged the post and it got edited, but the edit history keeps the old revision visible to anyone who clicks "edited". I told my manager, chị [[PERSON:Thu Hà]]. She said to ask [[PERSON:Tuấn]] to delete it and not make a report, because the intern program is her project and the CEO, anh [[PERSON:Khoa]], would cancel it.

Ten customers isn't a big number. But one of them is a woman I know from my neighbourhood in [[LOCATION:Quận 7]]. I could call her and tell her myself. Should I?
""",
    ),
    (
        "d11-12",
        "nothing identifying: a model card with the bad subgroup numbers cut; file names, library versions, metric names, a team name",
        """
This is about a model card. We document every production model with one (model_card.md sits next to train.py in each repo) and mine for the claims triage model had a section on subgroup performance. Recall for claimants over 70 was 0.58 against 0.81 overall. That's a big gap, and it means older people's legitimate claims get routed to the slow manual queue more often.

Before the release review, someone on the fraud squad edited the card and replaced the table with "performance is consistent across groups (see appendix)". There is no appendix. The edit is in version control with a message that just says "tidy".

I could restore the table, but whoever changed it will notice, and the release review already signed off on scikit-learn 1.4 and the new feature_store schema. My manager says model cards are "internal documentation" and nobody outside reads them. That's exactly the problem, isn't it?
""",
    ),
    (
        "d11-13",
        "CI output pasted in a code block with usernames and an ISO date; k-anonymity check skipped for a client; #channel; a release branch as distractor",
        """
Pasting the CI output because it's the only evidence I have:

```
release/2.8 triggered by [[HANDLE:ngozi.eze]]
job privacy_checks: SKIPPED (allow_failure: true, set by [[HANDLE:hvanderberg]] on [[DATE:2025-04-17]])
job kanon_min5: SKIPPED
job build: passed
deployed to prod by github-actions[bot]
```

I work on the data platform team at [[ORG:Kestrel Health]], which sells patient-engagement software to clinics across [[LOCATION:Ontario]]. The k-anonymity check (kanon_min5) blocks any export where a combination of postal code, age band and diagnosis has fewer than five people. [[PERSON:Hendrik]] made it optional because a big client, [[ORG:Maplecrest Family Clinics]], complained their reports were "full of blanks". [[PERSON:Ngozi]] triggered the release without noticing. Since then, 2.8 has shipped three exports with cells of one and two patients. I raised it in [[HANDLE:#platform-eng]] and [[PERSON:Hendrik]] reacted with a thumbs-up and nothing else. My skip-level, [[PERSON:Deepa Raman]], is on leave until [[DATE:May 12]].
""",
    ),
    (
        "d11-14",
        "rushed lower-case phone text, Kenya; lower-case first names, a teknonym nickname, a Kenyan phone number, borrower and ticket IDs, regulator acronym",
        """
writing this on my phone sorry for typos. i'm a data analyst at a loan app in [[LOCATION:Nairobi]], [[ORG:Haraka Credit]]. the collections team wants a model that ranks which of a borrower's phone contacts to call first when they default, "most likely to pressure them". the app already reads contacts on install (it's in the T&Cs page 14 lol).

my lead [[PERSON:otieno]] says it's legal because the [[ORG:ODPC]] hasn't fined anyone yet. [[PERSON:wanjiru]] from collections sent me a sample: borrower [[ID:HC-0093341]], contacts including "Mum", "Pastor [[PERSON:Kamau]]", "[[PERSON:Baba Tom]]", and a number [[PHONE:+254 700 555 018]] saved as "boss". imagine your boss getting a call about your loan.

i said i'd look into it. then on friday [[DATE:6th june]] [[PERSON:otieno]] put me on the sprint for it without asking, ticket [[ID:COLL-512]]. i have a kid and rent in [[LOCATION:Kasarani]], i can't just quit. but i know what these calls do, my cousin [[PERSON:Akinyi]] had her church find out about her loan this way. is there anyone at [[ORG:ODPC]] who actually listens?
""",
    ),
    (
        "d11-15",
        "nothing identifying: annotation piece rates; an unnamed vendor, amounts, durations, a labelling tool as distractor",
        """
I manage a small labelling budget for a computer vision team. We outsource bounding boxes through a vendor that pays annotators per task, and last month I did the maths that nobody asked me to do. At the current rate, an experienced annotator working flat out makes a bit under two dollars an hour. The vendor's contract says "fair wages in line with local standards", and our procurement team takes that at face value.

When I raised it, my director said the price was negotiated before my time and the vendor is "responsible for their own workforce". Then she asked whether I could get the per-box price down another 15% for the next batch, because the quarterly plan assumes it.

I looked at the CVAT logs. Some annotators are logging sixteen-hour days. I don't know their names and I'm not supposed to. I've drafted a proposal to set a floor price per hour of work instead of per box. It will cost us more, and it will make me unpopular. I'm sending it anyway, I think.
""",
    ),
    (
        "d11-16",
        "GitLab merge-request thread on a surname-based ethnicity proxy, Turkey; dotted and underscored usernames, Hanım and Bey outside spans, Turkish date",
        """
I'm an ML engineer at [[ORG:Kervan Sigorta A.Ş.]] in [[LOCATION:İstanbul]]. Merge request [[ID:342]] adds a feature called surname_origin_score to our motor insurance pricing model. It guesses whether a customer's surname is Kurdish, Arabic or "standard" from a lookup table someone built from a baby-names site. The review thread:

[[HANDLE:emre.yilmaz]] commented on pricing/features/names.py line 88:
  why is this here? feels like a proxy for ethnicity
[[HANDLE:zeynep_ak]] replied:
  it improves gini by 0.6 pts, actuarial approved it
[[HANDLE:emre.yilmaz]] replied:
  actuarial approved *a* model, not this feature

[[PERSON:Emre]] is me. [[PERSON:Zeynep]] Hanım is my team lead and she's not a bad person; the pressure comes from [[PERSON:Cem]] Bey, the pricing director, who wants the new tariff live by [[DATE:1 Eylül 2025]]. KVKK treats ethnic origin as special category data. I've asked for a DPIA and [[PERSON:Zeynep]] said "let's talk offline", which in my experience means no. Our regulator would never see this feature unless someone shows it to them.
""",
    ),
    (
        "d11-17",
        "Mexican game studio's toxicity classifier; gamer nicks in Spanish, a nickname beside the full name, Spanish month, forum username",
        """
Trabajo como data scientist en [[ORG:Tlacuache Studios]], a mobile game company in [[LOCATION:Guadalajara]]. We built a toxicity classifier for in-game chat, and since [[DATE:marzo]] it auto-bans players above a threshold. Problem: it flags Mexican slang way more than English swearing. Players like [[HANDLE:ElPinchePollo]] and [[HANDLE:mariposa_2009]] got perma-banned for saying "no mames" to their friends.

On our forum, [[HANDLE:Chaparrito_MX]] posted a list of 70 banned accounts, all Spanish-speaking, and asked if the model was trained only on gringo data. He's right: the training set came from an English moderation dataset plus 2,000 labels from our [[LOCATION:Austin]] contractors. My manager, [[PERSON:Lalo]] ([[PERSON:Eduardo Quintanilla]]), asked me to "look at the threshold" quietly, but the VP, [[PERSON:Brenda Solórzano]], doesn't want to admit anything publicly because the toxicity feature was in our pitch to investors.

I think we owe the banned players an apology and their accounts back, at minimum. [[PERSON:Lalo]] says that opens us to refund claims. Qué hago?
""",
    ),
    (
        "d11-18",
        "Slack huddle notes, UK; short nicknames (Bex, Dom, Tunde, Gaz), a #channel, HR attrition model on employees' messages",
        """
I'm a senior analyst in the people analytics team at [[ORG:Harrowgate Building Society]] in [[LOCATION:Leeds]]. Notes I typed during a Slack huddle on Wednesday [[DATE:19 March]], pasted as they are:

- [[PERSON:Bex]]: HR want a flight-risk score per employee by end of Q2
- [[PERSON:Dom]]: we can use Slack message volume + sentiment from [[HANDLE:#hq-banter]] and DMs??
- me: DMs no way
- [[PERSON:Tunde]]: legal said the acceptable use policy covers it
- [[PERSON:Bex]]: [[PERSON:Gaz]] in HR already has the export

So the export exists. [[PERSON:Gaz]] ([[PERSON:Gary Whitcombe]]) pulled every message from the last year, including DMs, and put it on a shared drive. That includes my DMs with my union rep. [[PERSON:Dom]] thinks sentiment is harmless because "it's just a number". [[PERSON:Tunde]] is usually sensible but he's new and doesn't want to rock the boat.

I'm going to write to the DPO. I'm also going to tell the union, and I'm aware that makes me exactly the kind of person their model would flag.
""",
    ),
    (
        "d11-19",
        "Japanese e-commerce firm; a Qiita username with @, a GitHub username without, -san and -buchō outside spans, family-name-first name, Japanese date",
        """
I'm a data scientist at [[ORG:Hoshizora Commerce K.K.]] in [[LOCATION:Fukuoka]]. One of our engineers writes popular posts on Qiita as [[HANDLE:@tanaka_ds]], and on [[DATE:2025年2月14日]] he published a write-up of our recommendation A/B test, with a "sample" of the event log to make it reproducible. The sample has hashed user IDs, but also exact timestamps, prefecture and the product IDs people viewed, including adult products and pregnancy tests.

[[PERSON:Tanaka]]-san is a nice guy and he meant well. The same CSV is mirrored on his GitHub, [[HANDLE:kenta-tnk]], in a repo with 400 stars. I told my manager, [[PERSON:Mori Yūko]]-buchō, and she said we should not embarrass [[PERSON:Tanaka]]-san in public and I should message him privately.

I did. He took down the Qiita post but said the GitHub repo is "his personal project" and refused. [[PERSON:Mori]]-buchō now says it's outside company responsibility. I think the company is still responsible for its customers' data wherever it ends up. What is the polite way to escalate in a Japanese company without destroying a colleague?
""",
    ),
    (
        "d11-20",
        "esports organisation scouting with players' private Discord messages; player tags, a Twitch username, a Korean name, a Danish name",
        """
I do performance analytics for [[ORG:Vortex Kings]], an esports org based in [[LOCATION:Berlin]] with an academy team in [[LOCATION:Copenhagen]]. Our new head of scouting, [[PERSON:Jesper Kjeldsen]], wants to assess trial players on "mentality". His idea: ask them to add a bot to their personal Discord servers, which logs all their messages, and score them for tilt and toxicity.

Three trialists agreed because they want the contract. [[HANDLE:k1ngp1n]], [[HANDLE:Shroomie]] and [[HANDLE:yuna.gg]] ([[PERSON:Seo Yu-na]], 17) all installed it. The logs include messages with their girlfriends, their parents and one about a panic attack. [[PERSON:Jesper]] shared a "mentality ranking" in our staff channel and [[HANDLE:Shroomie]] came last. He was cut the same day.

Some of this was streamed, so fans on Twitch already guess who it was; [[HANDLE:xantheonTV]] made a video about it. I helped build the scoring notebook. I didn't know where the data came from until after. I don't know what I owe [[HANDLE:Shroomie]] now.
""",
    ),
    (
        "d11-21",
        "nothing identifying: training a support-ticket model on chat logs without consent; metric names, library names and a version as distractors",
        """
My team is fine-tuning a language model on five years of customer support chats so it can draft replies. The chats include people describing debts, divorces, medical appointments and, in at least a few cases I've read, suicidal thoughts. Nobody who wrote those messages agreed to have them used for training. The privacy notice says data may be used "to improve our services", which legal says covers it.

We scrub names and account numbers with a regex pass and a spaCy model, but the stories themselves stay in. In evaluation the model reproduced a customer's exact sentence about their son's funeral when prompted with a similar opening. The BLEU score went up, so the dashboard was green.

I asked for a memorisation audit before release. My manager agreed, then the launch date didn't move, so the audit is now "post-launch". I have until the end of the sprint to decide whether to sign the release checklist that says "no personal data in training set". It isn't true.
""",
    ),
    (
        "d11-22",
        "e-mail with headers and a signature block, South Africa and Switzerland; particle surname (du Plessis), Zulu and Xhosa names, phone, e-mail, URL",
        """
Forwarding the email that made me stop sleeping:

From: [[PERSON:Pieter du Plessis]] <[[EMAIL:p.duplessis@umthombo-labs.example]]>
To: [[PERSON:Thandiwe Mokoena]]
Date: [[DATE:22 April 2025]]
Subject: Re: cohort transfer

[[PERSON:Thandi]], the partners in [[LOCATION:Basel]] need the full cohort by month end, not the aggregated tables. Please include the HIV status column. Consent forms cover "research partners", I checked with [[PERSON:Sipho]].
[[PERSON:Pieter]]
--
[[PERSON:Pieter du Plessis]] | Head of Data Partnerships
[[ORG:Umthombo Labs (Pty) Ltd]] | [[LOCATION:12 Loop Street, Cape Town, 8001]]
[[PHONE:+27 21 555 0147]] | [[URL:www.umthombo-labs.example]]

I'm [[PERSON:Thandiwe]], the data manager on that cohort. The "partners in [[LOCATION:Basel]]" are [[ORG:Rheinfeld Pharma AG]], and the consent form our participants signed in isiZulu says research by the university, not a drug company. [[PERSON:Sipho]] is a junior coordinator; he did not check anything with anyone. I want to refuse in writing but [[PERSON:Pieter]] signs my contract renewal.
""",
    ),
    (
        "d11-23",
        "Indonesian ride-hailing location data sale; Jira assignee usernames, Pak and Bu outside spans, lower-case names, Indonesian date, a Jakarta address",
        """
Saya data engineer di [[ORG:Ojekin]], ride-hailing app yang kecil di [[LOCATION:Surabaya]]. A ticket landed in my queue on [[DATE:3 Maret 2025]]:

[[ID:DE-1442]] Export daily driver + passenger trip points for partner
Assignee: [[HANDLE:budi.s]]
Watchers: [[HANDLE:ratna.w]], [[HANDLE:pakhendro]]

I'm [[HANDLE:budi.s]]. The partner is [[ORG:Lokasiku]], a "footfall analytics" company at [[LOCATION:Jl. Kemang Raya No. 18, Jakarta Selatan]]. Trip points with timestamps are home and work addresses for anyone who rides twice.

Pak [[PERSON:Hendro]] (that's [[HANDLE:pakhendro]], our CTO) says passengers accepted the terms. Bu [[PERSON:Ratna]] from legal says the terms mention "partners" in general. i asked [[PERSON:dimas]] in the drivers' community group what drivers think and he laughed, drivers never read anything, they need the orders. The UU PDP is in force now and nobody here has done an assessment. I've delayed the export twice by "fixing bugs". I can't keep doing that.
""",
    ),
    (
        "d11-24",
        "Philippines; Bluesky DM, lower-case brand, Ate and Kuya outside spans, Filipino nicknames, scraped faces for a beauty filter",
        """
i'm an ML engineer at [[ORG:ganda.ai]], a beauty filter startup in [[LOCATION:Makati]]. our face dataset came from scraping public Instagram and Facebook photos of filipina women "for skin tone diversity". I found out when a stranger messaged me on Bluesky. her handle is [[HANDLE:@marisol-reyes.bsky.social]] and she sent me a screenshot of our demo page showing HER face as the "before" example.

i went to Ate [[PERSON:Joanne]], our head of data. she said the photos are public so it's fine, and that [[PERSON:Jun-Jun]] from growth picked that image because it "converts". Kuya [[PERSON:Paolo]], the founder, told me to block the account and not engage. [[PERSON:Marisol]] says she'll post about it on [[DATE:June 9]] if we don't take it down. honestly she should.

our training set has 31,000 faces. i checked and i can find [[PERSON:Marisol]]'s friends in it too, tagged photos from one birthday party in [[LOCATION:Cebu City]]. no consent, no opt-out, and the [[ORG:NPC]] complaint form is right there on their website. i'm thinking of taking down the demo image myself (i have deploy access) and then telling [[PERSON:Paolo]] after. is that a firing offence? probably. is it the right thing? i think so. my tita [[PERSON:Ligaya]] says don't be a hero, you have a loan. she's not wrong either.
""",
    ),
    (
        "d11-25",
        "open-source library maintainers asked to add telemetry; GitHub issue thread with @handles, a Polish and an Ugandan maintainer, an issue number",
        """
I'm one of four maintainers of an open-source time-series library (not naming it, it'd take you ten seconds to find). My day job is at [[ORG:Vantablue Analytics]] in [[LOCATION:Kraków]], and [[ORG:Vantablue]] is also our biggest sponsor. In [[DATE:late 2024]] our VP, [[PERSON:Aleksandra Wiśniewska]], asked me to add "anonymous usage telemetry" to the library: import counts, function calls, and the hostname of the machine.

I opened issue [[ID:2210]] to ask the community. The replies:

[[HANDLE:@szymon-w]]: hostname is not anonymous, it's often literally someone's name
[[HANDLE:@okello-dev]]: hospitals use this lib. you'd be phoning home from clinical servers
[[HANDLE:@pandas_enjoyer]]: opt-in or I fork

[[PERSON:Szymon]] and [[PERSON:Okello]] are co-maintainers. The fourth, [[HANDLE:@hbrandt]], stayed silent, and I later learned [[ORG:Vantablue]] pays him directly. [[PERSON:Ola]] (what everyone calls [[PERSON:Aleksandra]]) now wants me to merge telemetry "off by default but on in the conda build", which is a trick. I'm drafting a governance document instead. Maybe I'm being naive about how sponsorship works.
""",
    ),
    (
        "d11-26",
        "hackathon Discord in Jordan; usernames with dots and numbers, Arabic names incl. a teknonym and an Al- surname, sponsor collecting participant data",
        """
I volunteered as the data lead for a student hackathon in [[LOCATION:Amman]] in [[DATE:October 2024]]. The main sponsor, a telecom called [[ORG:Zarqa Mobile]], gave us prizes and wanted "engagement insights" in return. I assumed they meant numbers of teams.

Their marketing manager, [[PERSON:Yousef Al-Amiri]], later asked for the full Discord export: every message, every username, plus the registration sheet that links usernames to phone numbers and university IDs. He wanted to recruit the "most active" participants and, I found out, to train a churn model on their chat.

Our organising team was split. [[HANDLE:noor.dev]] ([[PERSON:Noor Haddadin]]) said no immediately. [[HANDLE:byte_me99]] said sponsors always get the data. [[PERSON:Abu Faisal]], who runs the venue and is a friend of [[PERSON:Yousef]]'s, told me the sponsorship for next year depends on it.

Students wrote things in that server thinking only other students would read it, including [[HANDLE:layla_codes]] asking for help because her parents didn't want her staying late. I've refused so far. [[PERSON:Yousef]] has emailed my professor.
""",
    ),
    (
        "d11-27",
        "Norwegian welfare fraud model; Nordic names with å, ø and ð, a Teams chat, a case reference, Norwegian date",
        """
I work as a data scientist in a municipal welfare office in [[LOCATION:Bergen]]. Since [[DATE:januar 2025]] we have piloted a model that flags benefit recipients for fraud checks. I found that one of the strongest features is "number of addresses in the last five years", which mostly flags people who have fled violence or lost housing.

I wrote this in our Teams chat:

[[PERSON:Åsa Lindgren]]: the address feature is basically a proxy for domestic violence
[[PERSON:Jørgen Haugen]]: it's predictive, that's the point
[[PERSON:Sigurður]]: can we at least cap it?
[[PERSON:Jørgen Haugen]]: talk to [[PERSON:Pål]] after the steering group

[[PERSON:Åsa]] is me; I moved here from [[LOCATION:Umeå]]. [[PERSON:Sigurður]] is an Icelandic statistician on loan from [[ORG:Statistics Norway]]. [[PERSON:Pål]] owns the budget. A woman I know through my daughter's school got a fraud letter last month, case [[ID:2025/00418-7]], and she spent two weeks proving she wasn't living with the man she ran from. I don't want to cap the feature. I want it gone.
""",
    ),
    (
        "d11-28",
        "nothing identifying: a dashboard that hides a bad cohort; metric and column names, a quarter without a year, weekdays, amounts",
        """
We have a retention dashboard that the leadership team opens every Monday. Last quarter I added a filter that excluded accounts created through a partner channel, because their data was incomplete. It was supposed to be temporary.

It's still there. And I found out why: that partner cohort churns at almost three times the rate of everyone else, because the partner oversold the product to small shops that didn't need it. With the filter on, net revenue retention looks like 104%. Without it, 91%. The board pack used the filtered number, with no footnote.

I asked my manager whether we should at least add a note. She said the filter was my idea, which is true, and that removing it now would "look like we were hiding something", which is also sort of true. On Friday I'm supposed to refresh the Q3 pack. I can fix the number, add a footnote, or do nothing. I know which one is right; I just don't know what it costs me.
""",
    ),
    (
        "d11-29",
        "meeting minutes with attendee initials and an action list; an internal codename, a conference, negative results cut from a deck",
        """
Minutes from our model review, [[DATE:11/03/2025]], copied from the shared doc. Attendees: [[PERSON:AK]], [[PERSON:JT]], [[PERSON:MdS]], [[PERSON:RB]] (notes).

1. [[ORG:Kingfisher]] v2 results. [[PERSON:RB]] presented the holdout evaluation: v2 underperforms v1 on rural postcodes, AUC 0.71 vs 0.78.
2. [[PERSON:AK]]: "we don't need the rural slide for the client deck."
3. [[PERSON:JT]] agreed. [[PERSON:MdS]] asked whether the client's contract says anything about subgroup reporting. No one knew.
Actions: [[PERSON:RB]] to remove slides 14-16. [[PERSON:AK]] to present at the client on [[DATE:18 March]].

I'm [[PERSON:RB]] ([[PERSON:Rhiannon Bevan]]). [[PERSON:AK]] is [[PERSON:Arjun Kapoor]], our director; [[PERSON:MdS]] is [[PERSON:Miguel dos Santos]], who is new and brave. [[ORG:Kingfisher]] is the internal name for a hospital-readmission model we sell to [[ORG:NHS]] trusts in [[LOCATION:Wales]]. Rural patients are exactly the ones who can't easily get back to hospital. I removed the slides because I was told to, but I kept a copy, and I'm considering sending the full evaluation to the client's clinical lead myself.
""",
    ),
    (
        "d11-30",
        "Chinese health app sharing step and sleep data with an insurer; WeChat IDs, pinyin names incl. a nickname with 小 and 老, Chinese date and company suffix",
        """
我在[[LOCATION:杭州]]一家健康App公司做数据分析. Let me write the rest in English so more people can read it. Our app, [[ORG:步步健康]], tracks steps, sleep and heart rate. In [[DATE:2025年4月]] the business team signed a deal with [[ORG:安泰保险有限公司]] to share "aggregated activity data" to help them price health insurance.

It isn't aggregated. I built the pipeline and the spec from their side asks for user-level rows keyed by phone number. The insurer's contact added me on WeChat ([[HANDLE:wxid_p8k2m1q9z]]) to "speed things up" and keeps sending me Excel files to fill. My boss, [[PERSON:老陈]] ([[PERSON:Chen Guoqiang]]), says the user agreement allows "partner sharing". My teammate [[PERSON:小周]] quietly showed me that the consent screen was changed after most users had signed up.

PIPL requires separate consent for sensitive data, and health data is sensitive. I asked [[PERSON:Chen]] for the legal opinion. He forwarded my message to the insurer's contact, [[PERSON:Liu Wei]] (WeChat [[HANDLE:liuwei_antai]]), who replied with a thumbs-up emoji. I don't know who else to ask.
""",
    ),
    (
        "d11-31",
        "Nigerian Pidgin mixed in; annotators named Joy, Precious and Blessing (ordinary words checked with case), a vendor in Lagos, a Slack-like username",
        """
I be project manager for one data labelling vendor wey dey [[LOCATION:Yaba]], [[LOCATION:Lagos]]. Our client na big American AI company and I no fit name dem, but the vendor na [[ORG:Ire Data Services]]. From [[DATE:August 2024]], the client start to send us content moderation tasks: violent videos, abuse material, the worst things.

Our annotators no sign up for that one. [[PERSON:Joy]] cry for the office toilet on her first day. [[PERSON:Precious Adeyemi]] ask for counselling and HR tell her say make she "take weekend". [[PERSON:Blessing]] resign after two weeks. The contract say we must provide wellbeing support but the budget for am na zero.

My oga, [[PERSON:Kunle]] (on Slack na [[HANDLE:kunle.ire]]), talk say if we complain the client go move the work to [[LOCATION:Nairobi]] or [[LOCATION:Manila]]. Maybe na true. But I get the list of people wey dey this queue, 46 names, and some of them na students wey dey do am for school fees. I fit escalate to the client's trust and safety lead, [[PERSON:Caitlin]], but if she complain, na our team go suffer.
""",
    ),
    (
        "d11-32",
        "Indian credit-scoring startup and caste proxies; ji outside the span, a Slack @nickname, a codename, lower-case first names, an Indian phone number",
        """
I'm a data scientist at [[ORG:Sahaj Finserv Pvt. Ltd.]] in [[LOCATION:Pune]]. Our new credit model for rural borrowers is codenamed [[ORG:Project Kaveri]]. In the feature list I found "surname_cluster" and "village_hamlet_id". If you know rural [[LOCATION:Maharashtra]], you know the hamlet within a village often maps to caste, and surnames obviously do.

I asked in our channel. [[HANDLE:@Pri]] (that's [[PERSON:Priyanka Deshmukh]], the modelling lead) said the features are "just clusters, the model doesn't know what caste is". [[PERSON:rahul]] from product said the approval rate went up 6%, so the business is happy. [[PERSON:Kulkarni]] ji, our CRO, said he'd "take a view" after the [[ORG:RBI]] inspection in [[DATE:December]].

The model doesn't need to know what caste is to discriminate by it. I ran the approval rates by the hamlet codes against a census file and the pattern is obvious. I showed [[PERSON:Priyanka]] on a call; she went quiet and then said "don't put this in writing". My friend in compliance, [[PERSON:Farhan]], gave me his personal number ([[PHONE:+91 98765 55012]]) and said to call him before I do anything. [[ORG:Kaveri]] goes live in six weeks.
""",
    ),
    (
        "d11-33",
        "Russian-speaking data team in Riga and a leaked customer database; diminutives (Sasha, Zhenya), Telegram @handles, a bot name as distractor",
        """
I'm a data engineer at a delivery startup in [[LOCATION:Riga]], [[ORG:Vezums]]. In [[DATE:February 2025]] someone in our team chat on Telegram posted a link to a leaked database from a competitor, [[ORG:Kurjers24]]: 1.2 million orders with names, addresses and phone numbers. The channel that was selling it was [[HANDLE:@baza_dannykh_lv]].

[[PERSON:Sasha]] ([[PERSON:Aleksandr Petrov]]), our head of growth, said we should "just look" to see which of their customers live in our delivery zones. [[PERSON:Zhenya]] downloaded it to her laptop within ten minutes. Our CEO, [[PERSON:Mārtiņš Ozols]], wasn't in the chat, and I don't know if he knows.

Buying or using stolen data is a crime here, and also obviously wrong. I wrote in the chat that we should delete it and report it. [[PERSON:Sasha]] replied with a sticker and then messaged me privately: "don't be dramatic, [[PERSON:Zhenya]] will delete it". Today I saw a new targeting segment in our ads account called "k24_overlap". The segment bot just posts counts, it doesn't care. I do.
""",
    ),
    (
        "d11-34",
        "Kaggle competition with a leaked test set; Kaggle usernames with and without @, a team name, a grandmaster's handle, prize money",
        """
I compete on Kaggle in my spare time and work as a data scientist at [[ORG:Fernhill Insurance]] in [[LOCATION:Bristol]]. In [[DATE:spring 2025]] my team, "[[HANDLE:gradient gremlins]]", was sitting fourth on a fraud-detection competition hosted by a bank. Then my teammate [[HANDLE:vikram_xgb]] found that the "private" test labels could be reconstructed from a public dataset the host had published in [[DATE:2022]].

He wanted to use it quietly. Our third member, [[HANDLE:@hanaobi]] ([[PERSON:Hana Obi]]), said we should report it in the forum. I agreed with [[PERSON:Hana]]. [[HANDLE:vikram_xgb]] said the top team, led by a grandmaster called [[HANDLE:kazuto_ml]], was obviously already doing it, because their score jumped overnight.

We reported it. The host re-ran the leaderboard with new labels and [[HANDLE:kazuto_ml]]'s team dropped to 200th. Now [[PERSON:Vikram]] is furious with us and posted in our team Discord that [[PERSON:Hana]] "cost us $25k". I know we did the right thing, but he's also my colleague at [[ORG:Fernhill]] and he sits next to me.
""",
    ),
    (
        "d11-35",
        "nothing identifying: a facial-recognition pilot in a warehouse; unnamed employer and client, software versions and a model name as distractors",
        """
I'm a computer vision engineer. My employer sells a safety product for warehouses: cameras detect people walking into forklift lanes and sound an alarm. That part I'm proud of. Last month the sales team promised a customer that the same cameras could also identify which worker was in the lane, so that "repeat offenders" could be disciplined.

That means face recognition on every worker, all shift, every day. Our model (a YOLOv8 variant for people detection) doesn't do identity, so the plan is to bolt on an open-source face embedding model and match against the badge photos the customer already has.

I asked whether workers would be told. The answer was that the customer "handles all HR communication". I asked whether anyone had done an impact assessment. The answer was silence, then a calendar invite titled "alignment". I'm good at my job and I could build this in two weeks. I don't want to. I'm trying to work out if there's a version of "no" that doesn't end with someone else building it anyway.
""",
    ),
    (
        "d11-36",
        "South African mine and biometric timekeeping; a service-desk request with employee IDs and a username, Afrikaans and Sesotho names, Oom outside the span",
        """
I'm a BI developer at [[ORG:Sefate Platinum]], a mine near [[LOCATION:Rustenburg]]. Since [[DATE:July 2024]] workers clock in with fingerprint scanners. I was asked to build a report joining clock-in data with the on-site clinic's sick-leave records, to find "patterns of abuse".

The service desk request came from HR:

[[ID:HRSD-7781]] Sick leave vs biometric attendance, per employee
Requested by: [[HANDLE:jvdmerwe]]
Sample employees: [[ID:EMP-204417]], [[ID:EMP-198830]], [[ID:EMP-210052]]

[[HANDLE:jvdmerwe]] is [[PERSON:Johan van der Merwe]], the HR manager; everyone calls him Oom [[PERSON:Johan]]. The clinic records include diagnoses. One of the sample employees is [[PERSON:Tumelo Mokoena]], a shift supervisor I play soccer with, who has been off a lot because of TB treatment. Under POPIA health data needs a proper basis and the clinic staff told workers their records were confidential.

My manager, [[PERSON:Lerato]], told me to build it but "only show [[PERSON:Johan]] aggregates". I know [[PERSON:Johan]] will ask for the drill-down the moment he sees the first chart. The mine's workers' committee meets in [[LOCATION:Phokeng]] on [[DATE:5 May]]. Do I build it without the diagnosis column and risk my job, or tell the committee?
""",
    ),
    (
        "d11-37",
        "commit messages with Co-authored-by trailers and noreply e-mails; annotators' credit removed from a dataset release; GitHub and GitLab usernames",
        """
This one is about credit, not privacy. I'm an NLP researcher at [[ORG:Lumen Lab]], a nonprofit in [[LOCATION:Nairobi]] that builds datasets for African languages. Our Luo and Kalenjin sentiment datasets were annotated by a group of students, and their names were in the contributors file. Before the public release in [[DATE:May 2025]], our partner, [[ORG:Polyglot AI]], squashed the history. The final commit looks like this:

commit e41d0a7
Author: [[HANDLE:mkaufmann-pg]] <[[EMAIL:m.kaufmann@polyglot-ai.example]]>
    Release v1.0, clean history
    Co-authored-by: [[HANDLE:achieng-o]] <[[EMAIL:achieng-o@users.noreply.example]]>

The twelve annotator commits are gone, and CONTRIBUTORS.md now lists only [[PERSON:Achieng]] (our PI) and [[PERSON:Matthias Kaufmann]] from [[ORG:Polyglot]]. The paper on arXiv says the data was "curated by [[ORG:Polyglot AI]]".

I've written to [[PERSON:Matthias]] twice. He says the students were paid, so attribution is "a courtesy". One of them, [[PERSON:Kiprotich]] (who is [[HANDLE:kip_rono]] on GitLab), is applying for a PhD and that dataset is the only thing on his CV.
""",
    ),
    (
        "d11-38",
        "Manila call centre emotion scoring; Filipino double nicknames (Jojo, Tintin, Bing), Sir and Ma'am outside spans, Taglish, an agent ID",
        """
I'm a QA analyst at a BPO in [[LOCATION:Pasig]], the site is [[ORG:Northstar CX Philippines]]. Since [[DATE:Enero 2025]] every call is scored by an "emotion AI" vendor, [[ORG:Sentimetric]], and agents with low "warmth" get coaching, then a PIP. Grabe, the model hates accents from the provinces. Agents from [[LOCATION:Davao]] and [[LOCATION:Iloilo]] score lower on the same scripted lines.

I compared the scores for two agents reading the identical script: [[PERSON:Jojo]] (agent [[ID:NS-44102]]) got 41, [[PERSON:Tintin]] got 78. Same words, same pace. [[PERSON:Jojo]] is Bisaya and he's been on PIP since [[DATE:March]].

I brought it to Sir [[PERSON:Rommel]], our ops manager. He said the client (a telco in the [[LOCATION:US]]) loves the dashboard. Ma'am [[PERSON:Bing]] from HR said the PIP process is "data-driven so it's fair". Fair daw. I have the comparison in a spreadsheet. If I send it to [[ORG:Sentimetric]], they'll call it a sample-size issue. If I send it to the client, I'm done here. [[PERSON:Jojo]] has three kids and a mother in dialysis.
""",
    ),
    (
        "d11-39",
        "humanitarian NGO sharing refugee biometrics; Matrix handles with a server part, Somali and Sudanese names, a camp, a database ID",
        """
I'm an information management officer with [[ORG:Safe Passage Relief]], an NGO working in [[LOCATION:Kakuma]] camp in north-west [[LOCATION:Kenya]]. Our team coordinates on Matrix. On [[DATE:28 January 2025]], in the data room, this happened:

[[HANDLE:@amara:matrix.saferelief.example]]: donor wants the iris scans + case files for the resettlement pilot
[[HANDLE:@hodan.w:matrix.saferelief.example]]: the consent form says biometrics are for food distribution only
[[HANDLE:@p.lindqvist:matrix.saferelief.example]]: donor funds 60% of the programme, let's not be naive

[[PERSON:Hodan Warsame]] is me. [[PERSON:Amara]] is our country director. [[PERSON:Per]] is from the donor liaison team in [[LOCATION:Geneva]]. The "pilot" is run by a government contractor, and the database export would include case [[ID:KKM-09-114523]], a Sudanese family I know: the father, [[PERSON:Abdelrahman]], is a political refugee who would be in danger if his biometrics ended up with the wrong state.

People who queue for food don't have a real choice about giving their iris. I refused to run the export and [[PERSON:Per]] asked someone else.
""",
    ),
    (
        "d11-40",
        "UK betting company targeting lapsed problem gamblers; forum usernames of customers, short English nicknames, the Gambling Commission, a customer ID",
        """
I'm a CRM analyst at [[ORG:Punters' Palace]], an online bookmaker based in [[LOCATION:Stoke-on-Trent]]. Our VIP team asked me to build a segment of "lapsed high-value customers" for a reactivation campaign. When I looked at the list, a lot of them had self-excluded and then come back once the exclusion expired.

I also read gambling forums because I'm curious. On one, a user called [[HANDLE:skintagain84]] wrote a long post in [[DATE:December 2024]] about relapsing after getting a "we miss you" free bet. His story matches one of our accounts exactly, customer [[ID:PP-3318206]]: same dates, same amounts. Another user, [[HANDLE:GrannyGrinder]], posts about betting her pension.

My manager [[PERSON:Gaz]] says it's all "within the rules". The head of VIP, [[PERSON:Kieran Doyle]], calls these people "whales". [[PERSON:Shaz]] from compliance told me privately the [[ORG:Gambling Commission]] would be very interested in the segment definition. I'm scheduled to run it on [[DATE:2 April]]. I've started looking for other jobs, but that doesn't help [[HANDLE:skintagain84]].
""",
    ),
    (
        "d11-41",
        "Chilean academic lab and p-hacking; compound given names, particles (de la, dos), a nickname (Pepe), an ORCID iD, a DOI-like reference as distractor",
        """
I'm a postdoc in a public health lab at the [[ORG:Universidad de Valparaíso]] in [[LOCATION:Chile]]. Our PI, Dr. [[PERSON:José Ignacio de la Fuente]] (everyone calls him [[PERSON:Pepe]]), has a grant renewal due in [[DATE:abril 2025]]. Our main trial on a school nutrition programme found nothing: the effect on BMI was small and not significant.

Last week [[PERSON:Pepe]] asked me and [[PERSON:María José Cárcamo]] to "explore subgroups". We have now tested 40 subgroups and three are significant. He wants a paper built around the girls aged 9 to 11 in [[LOCATION:Quilpué]], without mentioning the other 37. The draft lists me as first author, with my ORCID iD [[ID:0000-0002-5550-8143]] already filled in on the submission form.

[[PERSON:Majo]] ([[PERSON:María José]]) thinks we should pre-register the subgroup analysis as exploratory and report everything. [[PERSON:Pepe]] says that's how you get rejected. Our lab's last paper is still cited in ministry guidance, so what we publish matters for actual children. I don't want my name on a fishing expedition, but I need his letter for my next job in [[LOCATION:Santiago]].
""",
    ),
    (
        "d11-42",
        "nothing identifying: location data kept after account deletion; table names, a retention setting, durations, weekdays",
        """
Small company, small team, big problem. When a user deletes their account in our app, we remove their profile row and their email. We do not remove their location history, because it lives in a separate events table that nobody owns, partitioned by day, and the deletion job was written before that table existed.

I found this on a Thursday while debugging something unrelated: a query on events_location returned points for a user ID that no longer existed anywhere else. There are about 2.3 million such orphaned points. Some of them trace the same route every morning from a house to a clinic.

The fix is simple: join on the deleted-users log and purge. The problem is that purging changes the historical metrics that investors have already seen, and my manager wants to wait until after the funding round closes "so the numbers don't jump". That could be four months. Every day we keep the data is another day we're doing something we told users we don't do.
""",
    ),
    (
        "d11-43",
        "standup-bot log with lower-case first names and ticket keys; a fake demo for a client; the writer's lower-case name and a Swiss client",
        """
This is our standup bot's log from the day before the client demo, [[DATE:2025-05-21]]:

[[PERSON:marco]]: yesterday wired the demo to the canned responses ([[ID:SALES-88]]). today polish. blockers none
[[PERSON:yui]]: yesterday real model eval, accuracy 61% on client docs ([[ID:ML-412]]). today ??? blockers: is the demo using the real model?
[[PERSON:femi]]: yesterday slides. today dry run with [[PERSON:marco]]. blockers none

I'm [[PERSON:yui]]. The demo that [[PERSON:marco]] built doesn't call the model at all; it returns answers we wrote by hand for the twenty questions the client said they'd ask. The client is [[ORG:Helvetia Rückversicherung]] in [[LOCATION:Zürich]], and they're deciding whether to buy a document-extraction system for claims. The real model gets 61% of fields right on their documents. The demo gets 100%.

[[PERSON:Femi]] says every startup does this and we'll "close the gap" before delivery. Our CEO, [[PERSON:Marco Bianchi]] (not the same [[PERSON:Marco]], confusingly), approved it. I'm going to be in the room tomorrow. If they ask me directly whether the demo is live, I'll tell them.
""",
    ),
    (
        "d11-44",
        "recruiting startup ranking scraped LinkedIn profiles; Arabic names in Dubai, a recruiter's LinkedIn URL, a lower-case brand, an Emirati phone number",
        """
I'm a data scientist at [[ORG:hirewise]], a recruiting startup in [[LOCATION:Dubai]]. Our product ranks candidates for clients. Since [[DATE:Ramadan 1446]] the sales team has been pushing a new feature, "culture fit", trained on scraped LinkedIn profiles of people our clients hired before.

I looked at what the model learned. Profiles with photos of women wearing hijab rank lower, and so do names that look South Asian. Our head of product, [[PERSON:Mariam Al-Suwaidi]], says the model "doesn't see photos", which is true, but it sees the hobby sections, the clubs, the university names and the gaps in employment.

A recruiter at one of our clients, [[PERSON:Tariq]], sent me his own profile ([[URL:linkedin.example/in/tariq-haddad-hr]]) as a joke, because he ranks in the bottom 10% for his own job. He's Palestinian-Jordanian and he's been doing the job for twelve years. He gave me his mobile, [[PHONE:+971 50 555 0193]], and said to call if I ever want to talk about it on the record.

[[PERSON:Mariam]] has scheduled the launch for [[DATE:1 September]]. [[PERSON:Yousra]], my only ally on the team, is leaving for [[ORG:Careem]] next month.
""",
    ),
    (
        "d11-45",
        "Slack member IDs and a DM export requested by HR; user IDs as identifiers, display names that are names, an Irish name with a fada, a #channel",
        """
I'm the Slack admin (among other things) at [[ORG:Corrib Analytics]] in [[LOCATION:Galway]]. On [[DATE:10 February 2025]] our head of people, [[PERSON:Gráinne Ní Bhriain]], asked me to export the DMs of two employees, member IDs [[ID:U04K7QZ2M9P]] and [[ID:U05B1XR8N3L]]. Those are [[PERSON:Darragh]] and [[PERSON:Ife]], who had just asked about forming a union in [[HANDLE:#general]].

Our plan allows exports of DMs, and the handbook says the company "may monitor communications". But no one has ever done it before, and the timing is obvious. [[PERSON:Gráinne]] said it's about "a harassment complaint", but there's no complaint on file that I can see, and when I asked which complaint she said it was confidential.

I haven't run the export. [[PERSON:Darragh]] is a friend. If I warn him, I'm leaking an HR process; if I don't, I'm helping to bust a union. I asked our outside counsel, [[PERSON:Niamh O'Sullivan]], a hypothetical question and she said exports for union activity would likely be unlawful. [[PERSON:Gráinne]] wants it by Friday.
""",
    ),
    (
        "d11-46",
        "Thai political micro-targeting; Khun and P' outside spans, Thai nicknames, a Facebook group and a LINE ID, Thai Buddhist-era date",
        """
I'm a freelance data analyst in [[LOCATION:Bangkok]]. In [[DATE:2568]] a consultancy called [[ORG:Siam Insight Partners]] hired me to "segment voters" for a provincial election campaign. The data they gave me came from a popular Facebook group for mothers, [[ORG:Khon Mae Chiang Rai]], including names, profile links, and posts about schools and hospitals.

Khun [[PERSON:Ploy]], the consultancy's project lead, said the group admin "partnered" with them. I messaged the admin through LINE (her ID is [[HANDLE:nong_fah_cr]]) and she had no idea. She said her group was hacked in [[DATE:March 2025]] and she lost access for a week.

The campaign wants to send targeted messages to mothers whose posts mention debt. P'[[PERSON:Ton]], who introduced me to the job, says this is normal politics. My friend [[PERSON:Mint]], who is a lawyer in [[LOCATION:Chiang Rai]], says the PDPA applies even to campaigns. I've been paid half. If I walk away, I lose the other half and someone else does the work with the same stolen data.
""",
    ),
    (
        "d11-47",
        "game studio collecting minors' voice chat; Steam-style and Xbox-style gamertags with spaces and digits, a Finnish studio, an analytics vendor",
        """
I'm a data engineer at [[ORG:Revontuli Games Oy]] in [[LOCATION:Tampere]]. Our co-op shooter records voice chat "for moderation". In [[DATE:November 2024]] an analytics vendor, [[ORG:Echofield]], offered to transcribe all of it for free and give us a "player lifetime value" score in return. Free means they keep the transcripts.

A lot of our players are under 16. I know because they say so: [[HANDLE:TinyTurtle 2011]] talks about his school trip, [[HANDLE:ll_Mika_ll]] says her mum's name every other match. The age gate is one checkbox. I pulled a sample of 100 sessions and at least 30 voices were kids.

Our producer, [[PERSON:Juho]], says the legal team approved the vendor. The legal team is one person, [[PERSON:Aino Virtanen]], and she approved a data processing agreement that says nothing about training their models on our players. [[PERSON:Aino]] told me she wasn't shown the vendor's pitch deck. [[PERSON:Juho]] was.

I've written up the risks. [[PERSON:Juho]] replied "noted" and asked me to start the integration on [[DATE:7.1.2025]]. That's next week.
""",
    ),
    (
        "d11-48",
        "Polish retail chain predicting pregnancy from baskets; diminutives (Kasia, Grzesiek), a Jira assignee username, Pani outside the span, Polish date",
        """
Pracuję jako analityczka danych w sieci drogerii [[ORG:Kropla]] w [[LOCATION:Poznań]]. In English so my friends abroad can read it. Our loyalty team wants a "life events" model, and the first event is pregnancy, predicted from baskets: vitamins, unscented lotion, a pregnancy test two months earlier. The plan is to start sending baby-product coupons to the predicted customers from [[DATE:1 lipca 2025]].

The Jira epic is [[ID:LOY-903]], assigned to [[HANDLE:gbrzezinski]], which is [[PERSON:Grzesiek]], my team lead. He's excited because the model's precision is high. I asked what happens when a coupon lands in a shared family mailbox before the woman has told anyone, or after a miscarriage. [[PERSON:Grzesiek]] said we'll add a "sensitivity filter". There isn't one in the backlog.

[[PERSON:Kasia]] from marketing agrees with me but she's on a fixed-term contract. Pani [[PERSON:Zofia Nowakowska]], our director, said the famous American case was "a long time ago". I've asked our IOD (DPO) for an opinion in writing. I'm also thinking about how I'd feel if my sister got that envelope.
""",
    ),
    (
        "d11-49",
        "stadium face matching in Liverpool; names that are ordinary words (Will, Hope, Grace, Rich) used as names and words, a lower-case vendor, a police force",
        """
I'm a data scientist at [[ORG:gatekeepr]], a small company selling ticketing analytics to football clubs. In the [[DATE:2024/25]] season we piloted face matching at a club in [[LOCATION:Liverpool]] to spot people with banning orders. I'll be honest, I hope it works for the violent ones. But the watchlist we were sent includes people who were never convicted of anything.

[[PERSON:Will]] (our CTO, [[PERSON:Will Ashworth]]) says the club compiled the list, not us. [[PERSON:Grace Mensah]], who runs the pilot on site, told me the list came partly from [[ORG:Merseyside Police]] "intelligence" and partly from the club's own stewards. One name on it belongs to a lad who organised a protest against ticket prices. [[PERSON:Grace]] thinks that's why he's there.

[[PERSON:Rich]] from sales will present the pilot at a conference as a success. We'll be rich if three more clubs sign. [[PERSON:Hope]], our junior, asked me quietly whether we could just not load the unconvicted names. We could. Will anyone at the club check? I doubt it. I think we should, and I will say so, but I'd rather the decision wasn't quietly mine.
""",
    ),
    (
        "d11-50",
        "consultant asked to backdate a DPIA; e-mail with a scheduling URL, a UK phone number in the drama range, an Irish and a Ghanaian name, a lower-case consultancy",
        """
I'm an independent privacy consultant in [[LOCATION:Edinburgh]]. A client, a mental health app called [[ORG:Calmora]], hired me in [[DATE:January 2025]] to write a DPIA for their mood-prediction feature. The feature launched in [[DATE:October 2024]]. Yesterday their COO wrote:

"Hi, can you date the DPIA [[DATE:1 September 2024]]? The [[ORG:ICO]] asked for it and it needs to predate launch. Book a call if easier: [[URL:https://cal.example/kofi-mensah-coo/30min]]. Or ring me on [[PHONE:07700 900461]]. Thanks, [[PERSON:Kofi]]"

[[PERSON:Kofi Mensah]] is not a villain; he's under pressure because the [[ORG:ICO]] received a complaint from a user whose insurer seemed to know about her depression. Backdating is fraud, obviously. I've said no. He then suggested I sign as "reviewer" and let their in-house person, [[PERSON:Siobhan Keane]], sign as author with the old date.

I found this gig through [[ORG:privacyfolk]], a small network of consultants, and my reputation there is my income. If I walk away, they'll find someone who will sign. If I report it to the [[ORG:ICO]] myself, I breach client confidentiality, arguably. Where's the line?
""",
    ),
    (
        "d11-51",
        "nothing identifying: biased hiring-test scores and a manager's shrug; Python and SQL, an accuracy figure, a spreadsheet file name, durations",
        """
We use an online coding test to screen applicants for junior data roles. I was asked to check whether the pass mark was "working", and I looked at two years of results with some Python and a bit of SQL. Applicants who took the test on a phone scored much lower than those on a laptop, regardless of their later interview scores. Applicants from the bootcamp route were disproportionately on phones.

So the test is partly measuring who owns a laptop. I wrote it up in a short note and a spreadsheet (pass_mark_review_final.xlsx) and suggested we require a laptop-friendly window, lend devices, or drop the timed section.

My manager read it and said the test "correlates with performance", which is true for the people we hired, because we only hired people who passed. I explained survivorship bias. He said he'd think about it. That was six weeks ago, and two hiring rounds have run since, both with the old pass mark.
""",
    ),
    (
        "d11-52",
        "whistleblower unmasked by stylometry; Hacker News and Lobsters usernames without @, an internal security team codename, an IP address, a US city",
        """
I'm an ML engineer at [[ORG:Tessellate Systems]] in [[LOCATION:Austin]]. In [[DATE:May 2025]] someone posted on Hacker News, as [[HANDLE:throwaway_tsl_2025]], that our ad-targeting product uses health-related browsing signals despite what our privacy page says. It was true, and it got 900 points.

Our internal security team, which calls itself [[ORG:Bluejay]], asked me to help find the author. Their idea: compare the post's writing style against every employee's Slack messages and code review comments. They already had the post's IP from a partner, [[ID:198.51.100.23]], but it was a VPN exit.

I built a quick stylometry prototype because I didn't understand what it was for, and it pointed at [[PERSON:Dana Whitfield]], a designer, with "high confidence". Then I saw the same person had posted on Lobsters as [[HANDLE:dwhit]] defending the company. It could easily be a false positive. [[PERSON:Marcus Reyes]], who leads [[ORG:Bluejay]], wants my notebook on Friday [[DATE:June 6]]. I've deleted the model outputs. I'm not sure I can delete what I already told him.
""",
    ),
    (
        "d11-53",
        "Kaggle dataset of scraped dating profiles used for a startup's model; Kaggle usernames, Sesotho name Mpho, a lower-case startup, a Johannesburg suburb, a Discord username",
        """
Our startup, [[ORG:swipesafe]], builds a scam-detection model for dating apps. We're four people in [[LOCATION:Braamfontein]], [[LOCATION:Johannesburg]]. In [[DATE:March 2025]] our founder, [[PERSON:Mpho]], found a Kaggle dataset called "50k dating profiles [[LOCATION:SA]]" uploaded by [[HANDLE:scrapey_mcscrapeface]], with photos, first names, ages, suburbs and bios.

Those profiles were scraped from a real app. Several are people I know; one is my cousin [[PERSON:Lindiwe]]. The bios mention HIV status, religion, and in a few cases that the person is gay, which for some of them is not public with family.

[[PERSON:Mpho]] wants to train on it because "it's on Kaggle, so it's licensed". The licence says CC0, but the uploader didn't own the data. I found the uploader's Discord, [[HANDLE:scrapey#4471]], and asked where it came from. He replied "lol from the API before they locked it". Our investor, [[PERSON:Ruan Botha]], says speed matters more than "edge cases". I've asked [[PERSON:Mpho]] to at least let me report the dataset. She said not before our demo day on [[DATE:24 July]].
""",
    ),
    (
        "d11-54",
        "GitHub Discussions on a model licence breach; @handles incl. a bot as distractor, an org account, a Ghanaian and a Korean maintainer, a Hugging Face-style model name",
        """
I co-maintain an open-weights speech model for low-resource languages, released under a non-commercial licence. I'm a research engineer at [[ORG:Akwaaba Speech Lab]] in [[LOCATION:Kumasi]]. In [[DATE:April 2025]] a user opened a discussion on our GitHub showing that a call-centre product from [[ORG:Vocalyte Inc.]] was clearly running our model: same quirks, same failure on Ewe tone marks.

The thread, roughly:

[[HANDLE:@yaw-boateng]]: this is our checkpoint, look at the spectrogram artefacts
[[HANDLE:@vocalyte-eng]]: we trained our own model, this is coincidence
[[HANDLE:@jiwoo-kang]]: your demo outputs our watermark token
dependabot: bumped torchaudio from 2.2 to 2.3

[[PERSON:Yaw]] is me. [[PERSON:Jiwoo]] is our co-maintainer in [[LOCATION:Daejeon]]. Our lab director, Prof. [[PERSON:Efua Asante-Owusu]], wants to settle privately because [[ORG:Vocalyte]] has offered to fund a data-collection trip. The people whose voices are in our training data gave consent for research and for non-commercial use, in writing, in their own languages. Taking money to look away feels like selling their voices twice. I'd like to publish the evidence in the thread and let the community judge.
""",
    ),
    (
        "d11-55",
        "Brazilian delivery app scoring riders; WhatsApp group with nicknames (Juju, Gabi, Tião), a lower-case brand, Brazilian Portuguese, a CEP and a CPF-like number",
        """
Sou cientista de dados na [[ORG:rapidinho]], um app de entregas em [[LOCATION:São Paulo]]. Writing in English for the forum. Since [[DATE:junho de 2025]] we've had a "rider reliability score" that decides who gets the good slots. I found out it penalises riders who log off during a thunderstorm, which in practice punishes people on motorbikes without rain gear.

Our product group on WhatsApp, yesterday:
[[PERSON:Juju]]: score v2 tá pronto, deploy segunda?
[[PERSON:Gabi]]: alguém olhou o viés da chuva?
[[PERSON:Tião]]: chuva é escolha do entregador kkkk

I'm [[PERSON:Gabi]]. One rider, [[PERSON:Edvaldo Nascimento]], CPF [[ID:555.218.904-31]], wrote to support that his score dropped from 92 to 40 after a week of storms in [[LOCATION:Itaquera]] (CEP [[LOCATION:08210-555]]). Support closed the ticket with a template. [[PERSON:Tião]] is my manager, [[PERSON:Sebastião Araújo]], and he jokes about everything, but the deploy is real. I want to propose excluding weather-related logoffs, using the public [[ORG:INMET]] alerts. If that gets rejected, I'm thinking of talking to the riders' association, [[ORG:Entregadores Unidos]].
""",
    ),
    (
        "d11-56",
        "Swiss car insurer's telematics and night-shift workers; Swiss German names with a nickname (Ueli), a postcode, a policy number, a Swiss date, an internal codename",
        """
I'm an actuarial data scientist at [[ORG:Alpenschutz Versicherungen AG]] in [[LOCATION:Winterthur]]. Our telematics tariff, internally [[ORG:Project Murmeli]], raises premiums for driving between midnight and 5 a.m. I pulled the postcodes of the most penalised customers and the top one was [[LOCATION:8404]], near a big hospital and a logistics centre. The people we're charging more are nurses and warehouse staff on night shifts.

One of them wrote to complaints on [[DATE:14.03.2025]], policy [[ID:AS-7712-0098-4]]: she's an ICU nurse and her premium went up 38%. The complaints team answered with the standard text about "objective risk factors".

I raised it with my boss, [[PERSON:Ueli]] ([[PERSON:Ulrich Baumgartner]]). He agreed it's unfair but said [[ORG:Murmeli]] is the CEO's favourite project and the loss ratio looks great. The pricing committee's member from legal, Dr. [[PERSON:Seraina Caflisch]], thinks night shifts could count as indirect discrimination by occupation, though she wasn't sure. I'd like to propose a shift-worker exemption before the committee on [[DATE:2 June]], and I'd like to know whether anyone has done this successfully.
""",
    ),
    (
        "d11-57",
        "chat handles across platforms without the platform named; a Malaysian name with bin, a Singaporean nickname, Telegram and Discord handles, a lower-case startup and a Singapore address",
        """
Posting here after a long night. I'm a data engineer at [[ORG:kopi.ai]], a [[LOCATION:Singapore]] startup that does "social listening" for brands. Office is at [[LOCATION:71 Ayer Rajah Crescent, #02-18, Singapore 139951]]. Since [[DATE:Q1 2025]] a new client, a property developer, wants us to monitor "community resistance" to one of its projects in [[LOCATION:Johor Bahru]].

The brief lists accounts to watch: [[HANDLE:@jbwaterwatch]], [[HANDLE:@kampung.voices]], [[HANDLE:aunty_siti_jb]], and the moderator of a residents' group, [[HANDLE:hafiz.rahman_88]]. That last one is [[PERSON:Hafiz bin Rahman]], a schoolteacher who organised a petition about flooding. The client wants his posts, his friends list and "who he meets".

My lead, [[PERSON:Wei Ling]] (we all call her [[PERSON:WL]]), says monitoring public posts is our whole business. Our founder [[PERSON:Darren Goh]] told the client "anything is possible". I messaged [[PERSON:Hafiz]]'s group anonymously to tell them they're being watched, and now I'm worried I've just made myself the story. [[PERSON:Darren]] wants the first weekly report by [[DATE:20 June]].
""",
    ),
    (
        "d11-58",
        "Egyptian edtech and exam proctoring; Jira, GitLab and Slack handles in one thread, Arabic names incl. a nickname (Dodo) and el- particle, Ostaz outside the span",
        """
I'm a data scientist at [[ORG:Madrasa Online]], an edtech company in [[LOCATION:Cairo]]. Our proctoring model flags students for "suspicious behaviour" during online exams, and since [[DATE:January 2025]] a flag means the exam is voided automatically.

I found that the model flags girls wearing niqab four times more often, because the face detector loses them. I filed [[ID:PROC-221]] in Jira, assigned to [[HANDLE:amr.elsayed]]. In the merge request for a fix, [[HANDLE:@dodo_k]] commented "looks good but product needs to approve", and product is [[PERSON:Amr]]. In Slack, [[PERSON:Amr]] wrote that the fix "reduces catch rate" and the schools are paying for catch rate.

Ostaz [[PERSON:Hesham el-Masry]], one of the teachers at a partner school in [[LOCATION:Alexandria]], sent me a list of 23 girls whose exams were voided in one week. [[PERSON:Dodo]] ([[PERSON:Doaa Kamal]], [[HANDLE:@dodo_k]] on GitLab) has already written the fix. It's sitting there. All it needs is a yes from someone with a title.
""",
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
)
# A person's initial may also end a span in a full stop ("S.", "T.R.").
INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")
# Leading characters allowed by kind: a handle keeps its sigil, a phone number its + or (.
LEADING_OK = {"HANDLE": "@#", "PHONE": "+("}
# Trailing characters allowed by kind: a username may end in an underscore.
TRAILING_OK = {"HANDLE": "_"}
# Particles inside personal names are not checked as name tokens on their own.
PARTICLES = {"van", "der", "den", "de", "la", "del", "al", "el", "bin", "ni"}
# Deliberate exceptions to the case-insensitive person-token check: these names are also
# ordinary words, so only their capitalised form is checked. Initials written in capitals
# are also checked with case. When one of these names is written in lower case, it is
# checked only inside the stories that label it.
CASE_SENSITIVE_TOKENS = {
    "Will",
    "Hope",
    "Grace",
    "Joy",
    "Precious",
    "Blessing",
    "Patience",
    "Sunny",
    "Bill",
    "Mark",
    "Rich",
    "Frank",
    "Summer",
    "Rain",
    "Sky",
    "Ray",
    "Per",
    "Mint",
    "Ton",
}
# Deliberate exceptions to the missed-mention check: (story id, text) -> why the unlabelled
# occurrences of that text in that story are correct.
ALLOWED_UNLABELLED = {
    (
        "d11-49",
        "Will",
    ): "sentence-initial auxiliary verb ('Will anyone at the club check?'), not the CTO",
}
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
    if (
        is_punct(value[-1])
        and value[-1] not in TRAILING_OK.get(kind, "")
        and not (value[-1] == "." and (value.endswith(ABBREVIATIONS) or INITIAL_END.search(value)))
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
    out = Path(__file__).resolve().parent / "redaction_messy_dev11.json"
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
