"""Eleventh holdout for the redaction engine, written blind.

The stories below carry inline markup, ``[[KIND:text]]``. This script strips the markup,
works out the offsets, runs the checks listed in tests/data/README.md and writes
``redaction_holdout11.json`` next to itself. It exits non-zero if any check fails.

Written blind: the author never saw the redaction engine, its tests or any other corpus.
Score once, never tune to it.
"""

import json
import re
import string
import sys
from collections import Counter
from pathlib import Path

KINDS = {"PERSON", "ORG", "LOCATION", "EMAIL", "PHONE", "URL", "HANDLE", "DATE", "ID"}
MARKUP = re.compile(r"\[\[([A-Z]+):(.+?)\]\]", re.DOTALL)
OUT = Path(__file__).with_name("redaction_holdout11.json")
MIN_WORDS, MAX_WORDS = 100, 220

STORIES = []


def story(notes, text):
    STORIES.append((notes, text.strip("\n")))


story(
    "rushed phone text, lower-case first names, Lagos neighbourhood, bare month",
    """
ok so quick one bc im on the bus. boss (its [[PERSON:tunde]] not the CTO) wants the loan default model to "not flag" ppl from [[LOCATION:Ikeja]] anymore bc sales there is down and the regional guy [[PERSON:Chidi Okafor]] is complaining. not bc the model is wrong. bc it hurts his numbers. i said we cant just drop a feature bc of one region, the AUC goes from 0.81 to 0.74 and we'd be lending blind. [[PERSON:tunde]] said "abeg just do am, na business". [[PERSON:ngozi]] from risk agrees with me but she wont say it in the meeting lol. this was in [[DATE:march]] and i still havent shipped it. now hes asking every monday. if i push back again i think i get moved to the reporting team which is basically punishment at [[ORG:Kolapay]]. anyone been here?? do i just document everything and email it to myself or is that paranoid. [[PERSON:chidi]] already told HR im "difficult". sorry for typos
""",
)

story(
    "forwarded e-mail with headers and signature, German firm, Berlin address with PLZ, phone, e-mail",
    """
---------- Forwarded message ---------
From: [[PERSON:Jonas Brandt]] <[[EMAIL:j.brandt@heimdall-analytik.example]]>
Date: Thu, [[DATE:7 Nov 2024]] 08:12
Subject: AW: Standortdaten / Filialmitarbeiter
To: [[EMAIL:daten-team@heimdall-analytik.example]]

Hallo zusammen,

as discussed, the client ([[ORG:Brotkorb Filialen AG]]) wants the shift-scheduling dashboard to also show which employees were near a competitor's shop during breaks. We have the phone location pings from the time-tracking app, so technically it is "just a join".

I am not comfortable. This is Betriebsrat territory and probably against §26 BDSG. Please do not start the ticket before I talk to Frau [[PERSON:Kessler]]'s office.

Viele Grüße
[[PERSON:Jonas Brandt]]
Lead Data Engineer
[[ORG:Heimdall Analytik GmbH]]
[[LOCATION:Oranienstraße 188, 10999 Berlin]]
Tel. [[PHONE:+49 30 55501 4471]]

(me, forwarding this because [[PERSON:Jonas]] was taken off the account two weeks later and the join went live anyway)
""",
)

story(
    "WhatsApp export with bracket timestamps, Hinglish, Bengaluru, Indian mobile",
    """
[[[DATE:03/11/2024]], 09:14] [[PERSON:Ravi K]]: bhai the churn slide for tomorrow, can we drop the fee-hike cohort? it makes the trend look flat
[[[DATE:03/11/2024]], 09:15] Me: why drop it, it's real data yaar
[[[DATE:03/11/2024]], 09:17] [[PERSON:Ravi K]]: [[PERSON:Priyanka]] ma'am ne bola investors ko "up and to the right" chahiye. just do it na
[[[DATE:03/11/2024]], 09:20] Me: I'll put it in the appendix at least
[[[DATE:03/11/2024]], 09:21] [[PERSON:Ravi K]]: no appendix. call me [[PHONE:+91 98450 01234]] if you want to argue 😅

That's the whole exchange. Our startup is a small edtech in [[LOCATION:Koramangala]], [[LOCATION:Bengaluru]], and the deck went to two funds. The cohort we dropped was the one where fees went up. I did it. I didn't call. [[PERSON:Priyanka]] later told the board the retention "improved 12%", which it only did because we removed the people who left. I think about it every time I see that number quoted anywhere.
""",
)

story(
    "formal complaint to the UK regulator, postcode, London phone, case reference",
    """
To: [[ORG:Information Commissioner's Office]]
Re: complaint about covert productivity scoring, your reference [[ID:IC-418852-K7Q3]]

Dear Sir or Madam,

I write as a former analyst at [[ORG:Pennant & Hale Logistics Ltd]], [[LOCATION:Unit 4, Meridian Park, Dartford DA1 5PX]]. Between [[DATE:January 2023]] and [[DATE:August 2023]] I was asked to build a "focus score" for warehouse supervisors from keyboard activity, webcam presence and badge swipes. Staff were not told. When I raised this with the Head of People, Ms [[PERSON:Olivia Thorne]], I was told the legal team had "signed it off under legitimate interest". No DPIA was ever shown to me.

I have kept the project charter (internal ref [[ID:PHL-DS-0931]]) and an e-mail from Ms [[PERSON:Thorne]] dated [[DATE:14 June 2023]]. I am willing to provide both. I can be reached on [[PHONE:020 7946 0381]] during office hours.

I understand that the [[ORG:ICO]] may not be able to tell me the outcome. I am writing because the scores are, as far as I know, still used to decide who gets overtime.

Yours faithfully,
(name withheld for publication)
""",
)

story(
    "nothing identifying: meeting minutes full of tools, acronyms, weekdays, job titles, money, metric values",
    """
Minutes, analytics guild, Tuesday

Present: the Head of Data, two analysts, the DPO (late), one ML engineer from the pricing squad.

1. Dashboard refresh. The Looker explore for weekly active users double-counts people who switch devices. The fix is a dbt model change; estimate three days. The Head of Data asked whether we could "leave it until after the board pack". Two of us objected; decision deferred to Thursday.
2. Model review. The XGBoost churn model went from F1 0.62 to 0.58 after retraining. SHAP shows postcode-level features dominating, which the DPO flagged as a proxy risk under GDPR. Action: run the four-fifths rule check before any release.
3. Budget. £40,000 for labelling was approved last quarter, but only half has been spent.
4. AOB. Someone asked if Slack exports can be used to measure "engagement". Answer from the DPO: absolutely not without a DPIA, and probably not even then.

Next meeting: same time in two weeks. Actions in Jira.
""",
)

story(
    "Japanese writer, family-name-first names with -san, Japanese era date, Osaka, katakana company",
    """
I am sorry for my English. I work in a marketing analytics team at [[ORG:Tsubame Retail K.K.]] in [[LOCATION:Osaka]]. In [[DATE:令和5年]] our manager [[PERSON:Kobayashi Hiroto]]-san asked us to use the loyalty card data to guess which customers are pregnant, to send baby product coupons before they tell anybody. Customers agreed only to "point service", not this.

I said to [[PERSON:Kobayashi]]-san this is maybe too much. He said the American companies do it already, so it is normal. My senpai [[PERSON:Mori Ayaka]]-san agreed with me privately but in the meeting she was silent. I understand her, she has a small child and cannot lose the job.

We made the model. Precision was only 0.41, so many women got baby coupons who were not pregnant. One customer wrote a complaint to the store in [[LOCATION:Namba]] that she had a miscarriage and the coupon was very painful. The complaint was closed as "system error". I still think about her. I did not push back enough. I want other people to know that this happens in [[LOCATION:Japan]] too.
""",
)

story(
    "Spanish code-switching, Colombian cédula, Bogotá neighbourhood, Doña honorific outside span",
    """
Les cuento. Trabajo en una fintech en [[LOCATION:Bogotá]], we do microcredit for street vendors. The collections lead, Doña [[PERSON:Marleny Restrepo]], asked me to pull the contact list of every customer's WhatsApp groups to "find the relatives" when someone stops paying. Literalmente quería scrapear los grupos de la familia.

I refused to write the scraper. Then she asked [[PERSON:Julián]] from the data team and he did it in one afternoon. A week later a customer came to the office in [[LOCATION:Chapinero]] crying because her mother got messages about her debt. She showed her cédula [[ID:1.020.745.338]] at reception so they would let her in, y nadie la quiso atender.

I escalated to the compliance officer by email with screenshots, subject "Ley 1581 - habeas data". He answered in [[DATE:octubre de 2023]] that it was "under review". It is still under review. [[PERSON:Julián]] got a bonus. I am looking for another job but the market is hard, and honestly I don't know if the next one will be different.
""",
)

story(
    "forum post with edits, reddit-style handles, bare URL, edit timestamps",
    """
Throwaway because my main is known at work.

Posted this in a data science subreddit and a mod told me to try here. TL;DR my director wants me to label "aggressive tone" in customer-support calls, and the training set is 80% calls from one accent group. The vendor is [[ORG:Vocalis AI]] and their pitch deck literally says "detects hostility before the agent does" (it's on [[URL:vocalis-ai.example/solutions/contact-centre]]).

I showed the confusion matrix split by region: the false positive rate for callers from [[LOCATION:Glasgow]] was three times the rest. Director said "people up there are just louder". I'm not joking.

EDIT: a few people asked, no I'm not in the [[LOCATION:UK]] myself, the call centre is outsourced.
EDIT 2 ([[DATE:Feb 12]]): [[HANDLE:u/quiet_tensor]] DM'd me a paper on dialect bias in speech models, thank you, sending it to the director.
EDIT 3: director replied "interesting, but the contract is signed". So that's that.
""",
)

story(
    "voice-note transcript, Kenyan names, Nairobi estate, Kenyan national ID, M-Pesa-style till number",
    """
[voice note, transcribed, 2:41]

okay so um, this is about the thing at work, the scoring thing. so we are a small lender, [[ORG:Haraka Mikopo]], and my manager [[PERSON:Wanjiru]] uh [[PERSON:Wanjiru Kamau]], she said we should use the phone contacts to score people. like if you have many contacts who defaulted, your score goes down. and i was like, that's, that's guilt by association, no? and she said it's predictive. which yes, it is predictive, but so is your tribe, you know?

then there was this customer from [[LOCATION:Kayole]], his ID number was [[ID:29847361]], he got rejected because his brother defaulted. he called like five times. and [[PERSON:Otieno]] in customer care told him it's "the system".

so i wrote a memo. i sent it to the CEO. nothing. i sent it again in [[DATE:January]]. nothing. then the [[ORG:Office of the Data Protection Commissioner]] put out that guidance about digital lenders and suddenly everyone was in a meeting about it. so, i mean, something changed. but not because of me. anyway. that's it.
""",
)

story(
    "support ticket thread with ticket IDs, documentation IPs, internal hostname URL",
    """
Ticket [[ID:SUP-20931]] | Priority: P3 | Status: Closed (won't fix)

Reporter: analytics
Summary: "anonymised" export still contains raw client IPs

Description:
The nightly export to the ad partner (bucket listed on [[URL:wiki.trellisgrid.internal/data/exports/partner-feed]]) is described as anonymised, but the `src` column still holds full IPv4 addresses, e.g. [[ID:198.51.100.23]] and [[ID:198.51.100.87]], and the whole [[ID:203.0.113.0/24]] range of one hospital customer. Hashing was planned in the original spec.

Comment (platform lead): Partner needs IPs for fraud detection. Out of scope.
Comment (analytics): Then the privacy notice is wrong. Raising with legal.
Comment (legal, two weeks later): Noted. Please link to [[ID:SUP-20931]] in the risk register.
Comment (platform lead): Closing, tracked elsewhere.

It is not tracked elsewhere. I searched. The export still runs every night at 02:00, and the hospital customer is still listed as a reference client on our website.
""",
)

story(
    "timeline with bullets, Brazilian Portuguese code-switching, São Paulo, CPF, LGPD distractor, Portuguese dates",
    """
Linha do tempo, for my own sanity:

- [[DATE:5 de maio de 2023]]: joined [[ORG:Farmácia Boa Saúde]] as a data analyst, HQ in [[LOCATION:Campinas]].
- [[DATE:junho 2023]]: my gestor [[PERSON:Rodrigo Almeida]] asks for a list of customers who bought HIV medication, "for a partnership with an insurer". I ask which legal basis under LGPD. He laughs.
- [[DATE:julho 2023]]: the insurer turns out to be [[ORG:Segura Vida Seguros S.A.]]. The file is sent with CPF numbers in clear; one row I saw was [[ID:123.456.789-09]].
- [[DATE:agosto 2023]]: I tell the encarregado (DPO), [[PERSON:Luciana]], by email. She says she "will check with [[PERSON:Rodrigo]]".
- [[DATE:Setembro]]: meeting with HR. I am told I am "not aligned with the culture".
- [[DATE:outubro 2023]]: I resign. I take nothing with me except this timeline.

Still don't know if anyone at the insurer used the file. I filed a report with the [[ORG:ANPD]] from a café near [[LOCATION:Avenida Paulista]]. No answer yet.
""",
)

story(
    "nothing identifying: Slack-style chat with handles-like words that are not handles, tools, relative dates",
    """
From a team chat, copied with everyone's names removed.

10:02 lead: can someone rerun the attribution model before the Monday review
10:03 me: which version? last week's had the holdout leak
10:03 lead: the one that shows paid social at 3.1x ROAS
10:05 me: that number only exists because the holdout leaked, the fixed one says 1.4x
10:05 lead: then use last week's, we've already told the CMO 3x
10:06 other analyst: fwiw I agree with the fix, the leak was real
10:09 lead: not the time for this. ship the deck by end of day
10:12 me: I'll ship it with a footnote
10:12 lead: no footnotes

The footnote went in anyway, in 8pt grey under the chart. Nobody read it. The budget for paid social was doubled next quarter. I still have the notebook with both versions in a private Git branch, just in case it ever matters. Two months later the "3x" was in an all-hands slide as a company win. I'm not proud of what I did, but I'm also not sure what else a mid-level analyst can do.
""",
)

story(
    "letter to the French regulator, French code-switching, Lyon address, French phone, date in French",
    """
À l'attention de la [[ORG:CNIL]], service des plaintes

Madame, Monsieur,

Je suis data scientist chez [[ORG:Lumière Assurances]], [[LOCATION:12 rue de la République, 69002 Lyon]]. Depuis le [[DATE:3 février 2024]], mon équipe doit entraîner un modèle de tarification à partir des photos publiées par les assurés sur les réseaux sociaux (voitures, logements, voyages). Our manager, M. [[PERSON:Benoît Lacroix]], calls it "enrichissement externe". Personne n'a été informé.

J'ai signalé le problème au DPO le [[DATE:19 février]], ref. interne [[ID:DPO-2024-0117]]. Réponse: "pas de données sensibles, donc pas de problème". But the photos show religious items, wheelchairs, children.

Je reste joignable au [[PHONE:+33 6 55 50 12 34]] ou par courriel : [[EMAIL:lanceur.alerte.lyon [at] proton [dot] example]].

Je vous prie d'agréer mes salutations distinguées.
""",
)
story(
    "Korean writer, family-name-first names, Korean date, Pangyo and Seoul, KakaoTalk as a tool",
    """
I am data analyst in game company in [[LOCATION:Pangyo]]. Company name is [[ORG:Haneul Soft]], maybe 200 people. From [[DATE:2023년 5월]] our team leader [[PERSON:Seo Min-jun]] asked to make "whale detection" model, it find players who spend a lot and who are maybe addicted, and then send them special offers at night when they are tired.

I told him in KakaoTalk this is exploiting addiction. He answered "ㅋㅋ it is just personalization". Our director [[PERSON:Lee Su-bin]] said the model is good because revenue per user up 18%. Some of the top spenders are teenagers using parents card, we can see this in the payment data.

I asked to add age filter. [[PERSON:Seo]] team leader said filter will reduce revenue so no. I moved to other team in [[DATE:September]], now I work on server logs. The whale model still running. My friend from university who works at a bigger company in [[LOCATION:Seoul]] says everyone does this. Maybe true. But I don't think "everyone does" is answer for anything.
""",
)

story(
    "South African, Pty Ltd, Sandton, SA phone, SA ID number, POPIA as distractor",
    """
Howzit. Long-time reader, first time sharing. I'm an ML engineer at [[ORG:Ubuntu Ledger (Pty) Ltd]], we sit in an office block in [[LOCATION:Sandton]] but half the team is remote from [[LOCATION:Cape Town]].

Our credit model uses "residential stability" as a feature, which in practice penalises people who live in informal settlements and move often. My lead, [[PERSON:Pieter van der Merwe]], says it's fine because it's "not race". I ran the numbers: it correlates with race at 0.6 in our book. That is apartheid geography with extra steps.

I wrote it up properly, POPIA section on automated decisions and all, and sent it to the risk committee. The chair, [[PERSON:Thandi Nkosi]], actually read it and phoned me from her mobile, [[PHONE:+27 82 555 0147]], on a Sunday. She said she'd take it to the board. Three months later the feature was removed and [[PERSON:Pieter]] was "restructured". I didn't want anyone fired, I wanted the feature gone. Mixed feelings. One applicant who complained had his ID number [[ID:8001015009087]] pasted straight into a Slack channel by a colleague, which is a whole other story.
""",
)

story(
    "nothing identifying: reflective list with ordinary words that are also names (bill, will, mark, rose, grace, hope, sterling)",
    """
Things I wish someone had told me in my first data job, written after a bad week.

- The bill for the cloud warehouse will always get more attention than the bias audit.
- If the conversion rate rose by 40% overnight, it is a tracking bug, not a miracle.
- A grace period in the contract does not mean grace from your manager.
- Nobody will mark your work on how honest the caveats were.
- "Sterling results" in an all-hands usually means someone dropped the bad segment.
- Hope is not a monitoring strategy. Write the alert.
- When the Chief Revenue Officer says "just directionally", ask which direction.
- The legal team reads the privacy policy; the product team reads the roadmap. Nobody reads both.
- Keep a private log with dates of what you were asked and what you said. Not the data, just the asks.
- You can say "I need to check that" on a Friday and come back on Monday with a spine.

I stayed two years in that job. I pushed back on three things and won one. I think that's about average.
""",
)

story(
    "Arabic-speaking writer, Hijri date, Dubai and Abu Dhabi, UAE phone, Ustaza outside span",
    """
Salam. I work as a data scientist for a government-linked real estate platform in [[LOCATION:Dubai]], the company is [[ORG:Qasr Properties]]. In [[DATE:Ramadan 1445]] my manager asked me to build a tenant "risk score" using nationality and religion fields from the visa data we receive from partners. He said it is only for "internal prioritisation".

I told him clearly it is discrimination. He said in the [[LOCATION:Gulf]] this is normal and I am too influenced by [[LOCATION:Europe]]. My mentor, Ustaza [[PERSON:Huda Al-Mansouri]], who teaches the evening statistics course in [[LOCATION:Abu Dhabi]], told me to write everything down and to ask the question by email, not in person. I did this on [[DATE:14 April 2024]].

No answer to the email. But the nationality field was dropped from the feature list quietly. Religion is still there under a different name, "community_code". I am on a work visa and I cannot risk much more. If someone from the HR side is reading this: the column names do not hide anything.
""",
)

story(
    "Teams chat export with AM/PM timestamps, US firm, Austin address with ZIP, 555 phone",
    """
[[[DATE:9/14/2022]] 10:14 AM] [[PERSON:Brandon Mills]]: hey quick q, can you exclude the zip codes south of the river from the fraud training set
[[[DATE:9/14/2022]] 10:15 AM] Me: why?
[[[DATE:9/14/2022]] 10:17 AM] [[PERSON:Brandon Mills]]: sales says we're "over-declining" there and it's hurting the [[ORG:QuickCart]] partnership
[[[DATE:9/14/2022]] 10:19 AM] Me: if we exclude them the model won't learn anything about those areas, that's worse for people there, not better
[[[DATE:9/14/2022]] 10:22 AM] [[PERSON:Brandon Mills]]: just do what sales asks pls. call me if needed [[PHONE:(512) 555-0143]]

Context: I was at [[ORG:Bluebonnet Payments]], office at [[LOCATION:600 Congress Ave, Austin, TX 78701]]. The "south of the river" zips were majority Hispanic. Dropping them from training meant the model treated every new applicant there as an outlier and declined even more of them. I showed [[PERSON:Brandon]] the decline rates after two weeks. He said "interesting" and took it to his VP. The VP reversed the change. So, it worked, sort of, after costing real people their orders for two weeks.
""",
)

story(
    "Polish writer, Sp. z o.o., Warsaw district, PESEL, defence use, Polish date",
    """
I am a computer vision engineer at [[ORG:Sokół Vision Sp. z o.o.]] in [[LOCATION:Warszawa]], office in [[LOCATION:Mokotów]]. We made a people-counting product for shopping malls. In [[DATE:listopad 2023]] the CEO, [[PERSON:Krzysztof Wiśniewski]], announced a "new vertical": border monitoring, for a foreign ministry whose name we were not allowed to say in emails. The model would flag "suspicious groups" at night from thermal cameras.

I asked what happens to the people flagged. Nobody knew or wanted to know. My colleague [[PERSON:Agnieszka]] said she would not work on it and was moved to support. I stayed on, telling myself I would make it "more accurate and therefore more humane". It was a lie I told myself.

HR asked for my PESEL again ([[ID:85071203456]]) to start a security clearance. That was the moment I understood. I resigned in [[DATE:January 2024]]. [[PERSON:Krzysztof]] told me I was naive and that someone else would build it anyway. He was right that someone else built it.
""",
)

story(
    "Indonesian code-switching, Pak and Mbak outside spans, Jakarta Selatan, NIK, Indonesian month",
    """
Jadi gini guys. Aku kerja di startup paylater, [[ORG:Cicilin]], kantornya di [[LOCATION:Jakarta Selatan]]. Bos kita, Pak [[PERSON:Hendra Wijaya]], minta tim data bikin fitur "contact pressure": kalau user telat bayar, sistem kirim pesan ke semua kontak di HP-nya. Legal bilang ini "grey area".

Aku sama Mbak [[PERSON:Rini]] dari tim risk udah bilang ini melanggar aturan [[ORG:OJK]] soal penagihan. Pak [[PERSON:Hendra]] jawab, "kompetitor juga gitu, santai aja." Then he asked me to export a sample of debtors with their NIK for the collection agency, one was [[ID:3174052309880004]], full name and mother's name included.

Aku nggak export. Mbak [[PERSON:Rini]] yang akhirnya report ke [[ORG:OJK]] lewat kanal pengaduan, bulan [[DATE:Agustus 2023]]. Sekarang fiturnya dimatiin, tapi aku dipindah ke tim reporting dan nggak pernah diajak meeting lagi. Worth it? Honestly I think yes, but my salary review says otherwise.
""",
)

story(
    "Australian, obfuscated e-mail, Melbourne suburb, +61 mobile, ABN, Pty Ltd",
    """
G'day. Posting from a burner because this industry is tiny in [[LOCATION:Melbourne]].

I did contract analytics for [[ORG:Wattle Health Pty Ltd]] (ABN [[ID:51 824 753 556]]), a telehealth mob based in [[LOCATION:Richmond]]. They wanted to sell "de-identified" consult notes to a pharma marketing firm. De-identified meant they stripped names but kept postcode, date of birth and diagnosis. With those three you can find almost anyone in a suburb.

I put this in writing to the founder, [[PERSON:Mitch Calloway]], with a short demo where I re-identified myself from the dataset in under a minute. He said "nobody's going to do that, mate". I said I just did.

The deal paused. Then it went ahead with a different contractor. If any journo wants the demo, reach me at [[EMAIL:wattle.leak (at) fastmail (dot) example]] or text [[PHONE:0491 570 156]]. I'm not after money, I just want someone to ask [[PERSON:Mitch]] the question in public.
""",
)

story(
    "Taglish, Ate and kuya outside spans, Makati and Cebu, BPO setting, Philippine mobile",
    """
Hi po. Analyst ako sa isang BPO sa [[LOCATION:Makati]], the account is a [[LOCATION:US]] health insurer. Our team lead, Ate [[PERSON:Joy]], told us to build a "sentiment score" of each agent from their call audio and then share it with the client, kasama pati yung personal calls na na-record by mistake sa break room phone.

Sabi ko kay Ate [[PERSON:Joy]], hindi naman alam ng agents na ni-record yun. She said "client wants it, wala tayong magagawa." Kuya [[PERSON:Arnel]] from IT said he could delete the break room recordings pero kailangan ng approval ng site director na si Mr. [[PERSON:Dela Cruz]].

Hindi nag-reply si director for three weeks. Meanwhile the scores went to the client. Two agents from our [[LOCATION:Cebu]] site were let go because their "sentiment" was low. One of them is my cousin's friend, and she called me at [[PHONE:0917 555 0192]] asking if it was her fault. It wasn't. Hanggang ngayon di ko alam ano pa ang pwede kong gawin.
""",
)
story(
    "NHS trust, Manchester, NHS number, UK drama mobile, initials for people",
    """
I'm a junior analyst in an [[ORG:NHS]] trust in [[LOCATION:Greater Manchester]]. Our deputy director, [[PERSON:G.H.]], asked me to flag patients likely to miss appointments so they could be "double-booked" over. Fine in theory. Except the strongest predictor was postcode, and the top-flagged area was [[LOCATION:Moss Side]], so the poorest patients got the worst slots.

I raised it with our Caldicott Guardian, Dr [[PERSON:Aisha Rahman]]. She was great. She asked for one example, and I gave her a pseudonymised one; by mistake the NHS number [[ID:943 476 5919]] was left in the spreadsheet I attached, which she caught and deleted, and we both laughed about it nervously.

[[PERSON:G.H.]] said the model "just reflects reality". Dr [[PERSON:Rahman]] took it to the ethics committee on [[DATE:2 March 2022]] and the double-booking rule was changed to exclude the bottom decile. If anyone wants to compare notes, my work mobile was [[PHONE:07700 900461]], now switched off, so don't bother.
""",
)

story(
    "nothing identifying: voice-to-text style ramble about tools, weekdays and metric values",
    """
okay recording this on the walk home because i'm too tired to type. so today the product manager asked me to change the definition of an active user from seven days to thirty days, right before the quarterly review, because with thirty days the number goes up by like forty percent. and i said that's fine if we restate the history too, and she said no, only from this quarter. which means the chart jumps and everyone thinks we grew. i said i'd put a note in the dashboard. she said the dashboard is for execs and execs don't read notes. um. so i did it. i changed the SQL, i pushed it, the Tableau refresh ran at six. and then i wrote a long message in Slack to the data channel explaining the change, with the old and new numbers, so at least it's written somewhere. nobody reacted except one emoji. i'll see what happens at the review on thursday. probably nothing. probably that's the problem.
""",
)

story(
    "Turkish writer, A.Ş., Istanbul Kadıköy, Bey after name outside span, Turkish phone",
    """
Merhaba. I worked as data engineer for [[ORG:Martı Sigorta A.Ş.]] in [[LOCATION:İstanbul]], our office was in [[LOCATION:Kadıköy]]. In [[DATE:Mart 2022]] the head of claims, [[PERSON:Emre]] Bey, asked us to join health claims with the social media accounts of the customers, to find "fake injuries" — for example if somebody with back injury posted a football photo.

The matching was by name and city only. Many wrong matches. One woman's claim was rejected because another woman with same name in [[LOCATION:Ankara]] posted ski photos. I showed [[PERSON:Emre]] Bey 30 examples of wrong matches. He said the rejection rate is good for the quarter.

I complained to KVKK lawyer internally, [[PERSON:Selin Aydın]], she agreed but said the decision is above her. I left in the summer. If somebody in the same company reads this, the wrong match rate was about 1 in 4. Her office number was [[PHONE:+90 216 555 04 18]]; I hope she is still there and still fighting.
""",
)

story(
    "Canadian, Toronto, Royal Bank of Canada as a real organisation, Québec French, SIN-like number",
    """
I'm a data analyst at a small fintech in [[LOCATION:Toronto]] that resells credit decisions to landlords. Our biggest data partner used to be [[ORG:Royal Bank of Canada]], but after they pulled out we started buying "alternative data" from an app called [[ORG:RentWise]], which scrapes tenants' social profiles.

My manager, [[PERSON:Daniel Tremblay]], moved here from [[LOCATION:Montréal]] and runs the team half in French. "C'est juste du scoring, c'est pas grave," he told me when I showed him that newcomers with thin files got rejected twice as often. One rejected applicant sent us a copy of his SIN, [[ID:046 454 286]], trying to prove he was real.

I filed a note with our compliance officer on [[DATE:November 3, 2023]]. She replied that the "model is vendor-owned". That phrase is doing so much work. We still use [[ORG:RentWise]]. I'm interviewing elsewhere, mostly public sector. [[PERSON:Daniel]] still thinks I'm overreacting.
""",
)

story(
    "forwarded e-mail chain with US-style headers, university and hospital, Boston, IRB protocol number",
    """
> From: [[PERSON:Karen Liu]] <[[EMAIL:kliu@harborview-med.example]]>
> Sent: Monday, [[DATE:April 8, 2024]] 4:51 PM
> To: Research Data Core
> Subject: RE: IRB [[ID:2023P-001847]] - additional fields
>
> We'd like to add the free-text psychiatric notes to the extract. No need to re-consent, it's the same study.

That was our PI at [[ORG:Harborview Medical Center]]. The original consent at [[ORG:Charles River University]] covered lab values only. I'm the data manager, and I said any new fields need an IRB amendment. Dr. [[PERSON:Liu]] cc'd the department chair and called me "obstructive". I had to look up whether my job in [[LOCATION:Boston]] was at-will (it is).

I escalated to the IRB office directly, quoting the protocol number. They agreed and asked for an amendment, which took four months. Dr. [[PERSON:Karen Liu]] doesn't speak to me now. The study got published anyway. My name is in the acknowledgements, ironically.
""",
)

story(
    "German-language mixing, Austrian firm, Vienna district, Austrian mobile, lower-case nickname",
    """
Kurz und schmerzlos: I'm a BI developer at [[ORG:Donaublick Energie]] in [[LOCATION:Wien]], office near [[LOCATION:Praterstern]]. Our smart-meter data shows when people are home, sleeping, on holiday. Marketing wanted to sell "occupancy segments" to a home-security firm, [[ORG:Sicherheit Plus]]. "Nur aggregiert," they said. The segments were per street, some streets have three houses.

I told my Teamleiter, [[PERSON:Markus]] (everyone calls him [[PERSON:maxi]], don't ask), that per-street is not aggregation. [[PERSON:maxi]] said "bitte nicht so deutsch sein", which is funny in [[LOCATION:Austria]].

I escalated to the Datenschutzbeauftragte with a written memo on [[DATE:12.09.2023]]. The deal was changed to district level, minimum 500 households. Small win. [[PERSON:Markus]] was annoyed for weeks. He texted me from [[PHONE:+43 664 5550123]] at 11pm once to say I'd cost the company a contract. Then he got over it.
""",
)

story(
    "support ticket in Jira style with multiple keys, badge number, licence plate, Dutch city",
    """
[[ID:OPS-4412]]: Request to extend ANPR retention from 30 to 365 days
Reporter: facilities
Assignee: me (data platform)
Labels: privacy, parking

Facilities at our [[LOCATION:Utrecht]] campus asked to keep number-plate camera data for a year "for security". In practice, the HR business partner wanted to check who leaves early. The example in the ticket was a plate, [[ID:KX-382-P]], belonging to an employee with badge number [[ID:60713]], with a note "left 15:40 three days in a row".

I linked [[ID:OPS-4412]] to our privacy policy (30 days, security only) and asked for a DPIA. The ticket was reassigned to [[PERSON:Bram de Vries]], who extended retention the same day. I opened [[ID:PRIV-88]] with the works council, and the retention went back to 30 days after a month. [[PERSON:Bram]] and I are still colleagues. It's a bit awkward at the coffee machine in [[LOCATION:Leidsche Rijn]], but fine.
""",
)

story(
    "nothing identifying: formal reflection with laws, acronyms, job titles, money, relative dates",
    """
I am a statistician in a mid-sized public agency. Last spring, our Director asked the analytics unit to produce a "fraud likelihood" score for benefit applicants, to be used by caseworkers. The brief said the score would be "advisory only".

Three problems were clear from the start. First, the training labels were past investigations, not proven fraud, so the model learned who had been investigated. Second, the strongest features were proxies for disability and single parenthood. Third, "advisory" scores become decisions once a caseworker has 200 files a week.

I wrote a four-page note citing the Equality Act, Article 22 of the GDPR and our own data ethics framework, and asked for an independent review. The Deputy Director thanked me and commissioned one, at a cost of about £25,000. The review agreed with two of my three points. The score was released with a threshold change and mandatory human review. I think that is better than nothing, but worse than not building it.
""",
)

story(
    "Nigerian Pidgin, Abuja, Alhaji kept inside span, Nigerian phone, BVN",
    """
Make I yarn una this one. I dey work for one loan app for [[LOCATION:Abuja]], dem call am [[ORG:QuickNaira]]. Oga for top, [[PERSON:Alhaji Musa Danjuma]], talk say make we use BVN data join am with the phone gallery so we fit "confirm identity". Gallery o! Photos of people family, receipts, everything.

I tell am say this one no correct, [[ORG:NDPC]] go vex. [[PERSON:Alhaji Musa Danjuma]] say "na you go pay my salary?" My colleague [[PERSON:Blessing]] support me for inside meeting, but after, dem transfer her go [[LOCATION:Kano]] branch.

One customer BVN wey I see for the log na [[ID:22187654321]]. E no suppose dey log at all. I screenshot am, send am to the compliance woman for email. Till today nothing. If you want talk to me, my line na [[PHONE:0803 555 0176]] but abeg no call after 9.
""",
)
story(
    "Chinese writer, pinyin names family-first, Chinese date, Shenzhen and Hangzhou, WeChat as a tool",
    """
我是数据分析师. Sorry, I switch to English. I worked at [[ORG:Lingxi Mobility]], an e-scooter company in [[LOCATION:Shenzhen]]. On [[DATE:2023年11月6日]] our product head [[PERSON:Zhang Wei]] asked my team to share riders' trip histories with the local police station "to help find missing people". There was no written request, just a WeChat message.

I asked [[PERSON:Zhang]] 总 for the official document. He said the document is "coming". My colleague [[PERSON:Liu Yang]] sent the data anyway that night, 40,000 trips with phone numbers. Later I learned it was used to find workers who joined a wage protest near [[LOCATION:Nanshan]].

I could not do anything public. I moved to [[LOCATION:Hangzhou]] and changed industry. I write here because maybe someone can learn from it: ask for the document before, not after. After is too late.
""",
)

story(
    "consulting slide-to-surveillance story, Big Four firm as real org, client code name, London and Leeds",
    """
Consultant at [[ORG:Deloitte]] here, or rather ex-. The client was a national retailer, code-named [[ORG:Project Kestrel]] internally so nobody would say the name on calls. The scope started as "store footfall optimisation". By month three it was face-matching repeat shoplifters across stores, using a watchlist the security team built from CCTV stills, with no threshold for how sure a match had to be.

The engagement partner, [[PERSON:Rupert Haines]], said [[ORG:Kestrel]] was "a great story for the AI practice". I asked the risk team to review. They said the client had "taken responsibility for lawful basis". I was on the [[LOCATION:Leeds]] team, the partner was in [[LOCATION:London]], and I had exactly one call with him about it, on [[DATE:21 July 2022]].

I rolled off at my own request. [[PERSON:Rupert]] wrote in my review that I "lacked commercial courage". I have that printed and on my fridge.
""",
)

story(
    "quoted SMS thread with dashes, Kenyan-Swahili mixing, Mombasa, Safaricom as company, M-Pesa-style paybill",
    """
Texts between me and my supervisor, copied:

- [[PERSON:Achieng]]: uko wapi? the regional manager wants the default list by 5
- me: which list, the one with HIV clinic visits?
- [[PERSON:Achieng]]: yes that one, they want to prioritise collections
- me: hiyo ni medical data, we can't use it for collections
- [[PERSON:Achieng]]: sawa, tell him yourself. his number is [[PHONE:+254 711 555 093]]
- me: i will email, not call

I work in analytics for a pharmacy chain in [[LOCATION:Mombasa]] that also offers credit. The payments come through [[ORG:Safaricom]] paybill [[ID:522533]], and someone had joined that payment history with pharmacy purchases. The regional manager, Bw. [[PERSON:Karisa]], got my email and forwarded it to HR saying I was "not a team player".

HR actually sided with me. The list was pulled. [[PERSON:Achieng]] bought me a soda. Small victories.
""",
)

story(
    "nothing identifying: decision memo in ticket style, NLP, DPIA, team names, weekdays, fractions",
    """
Summary: Request to add "emotional state" inference to the customer chatbot logs.

Background: The product team wants to tag every conversation with an inferred mood (angry, anxious, sad, neutral) using an NLP model, and surface "anxious" customers to the retention team for upsell calls.

Concerns raised by analytics:
1. Customers were never told their messages would be analysed for mood.
2. "Anxious" customers include people in debt, grieving, or unwell.
3. Targeting them for upsell is, at best, a reputational risk and, at worst, exploitation.
4. The model's accuracy on our data is unknown; the vendor's benchmark is on movie reviews.

Decision requested: pause the feature pending a DPIA and an opt-in design.

Outcome: The feature was paused for one sprint, then shipped with an opt-out buried in the settings page. The retention team's calls went up by a third on Wednesdays, when the batch ran. I added this ticket to my personal "I said so" folder and moved on, which I'm not proud of.
""",
)

story(
    "Mexican Spanish, Monterrey, CURP, Lic. title outside span, Mexican phone",
    """
Pues a ver. Trabajo como científica de datos en una cadena de tiendas de conveniencia en [[LOCATION:Monterrey]], [[ORG:Tiendas Abasto del Norte]]. El director comercial, Lic. [[PERSON:Armando Garza]], wanted to use the cameras at the registers to estimate customers' age and gender and change prices on the screens accordingly. Precios dinámicos por cara, básicamente.

Le dije que eso es discriminación y que la ley de protección de datos lo prohíbe sin consentimiento. He said "nadie se va a dar cuenta". My coworker [[PERSON:Paty]] helped me run a small test showing the age model was off by 15 years for older women. Even the Lic. laughed at that.

The pilot ran in two stores in [[LOCATION:San Pedro Garza García]] for a month, [[DATE:mayo 2024]]. It was cancelled because of accuracy, not ethics. I'll take it. Un cliente se quejó y dejó su CURP en la queja, [[ID:GAHM850312HNLRRN09]], so I know at least one person noticed.
""",
)

story(
    "careful formal complaint to the FTC, US address, case number, e-mail",
    """
[[ORG:Federal Trade Commission]]

Re: Undisclosed sale of location data by [[ORG:Pathfinder Apps LLC]]

I am a former data engineer at [[ORG:Pathfinder Apps LLC]], maker of the free weather app [[ORG:SkyCast]]. From [[DATE:March 2021]] to [[DATE:February 2023]], the app collected precise location every five minutes and sold it, through a broker called [[ORG:Geomesh Data]], to clients including a bail bonds company. The privacy policy described the data as "anonymous".

I raised this twice with the CTO, [[PERSON:Derek Olsen]], in writing. He replied that "everyone in ad tech does this". Mr. [[PERSON:Olsen]] later asked me to delete the internal wiki page where I documented the data flows.

I did not delete my own copy. I am prepared to provide it. I previously submitted an online report, number [[ID:158204773]], and have heard nothing. I can be contacted at [[EMAIL:former.pathfinder.eng@mailbox.example]], or by mail at [[LOCATION:2210 Elm Street, Apt 3B, Columbus, OH 43215]].

Respectfully submitted.
""",
)

story(
    "Vietnamese writer, anh and chị outside spans, Hanoi and Ho Chi Minh City, Vietnamese date",
    """
Xin chào. I am data engineer at [[ORG:Sen Vàng Fintech]] in [[LOCATION:Hà Nội]]. In [[DATE:tháng 8 năm 2023]] our boss, anh [[PERSON:Tuấn]], asked us to read the SMS inbox of borrowers (the app already had permission from install) to find their salary messages from banks and also messages from other lenders.

I said to anh [[PERSON:Tuấn]] that users did not understand they gave this permission, the text was very small. He said "they clicked accept". Chị [[PERSON:Nguyễn Thị Hoa]] from legal agreed with me and wrote a memo. The memo went to the CEO in [[LOCATION:Ho Chi Minh City]].

Result: we now read only the bank messages, not the other lenders, and there is a new screen that explains it in bigger font. It is not perfect. But chị [[PERSON:Hoa]] said this is how things change here, slowly, one screen at a time.
""",
)

story(
    "Irish, Dublin with Eircode, Irish mobile, DPC as acronym, handle in a Mastodon-style form",
    """
Short version: I'm an analyst at a [[LOCATION:Dublin]]-based adtech, [[ORG:Shamrock Signals]], office at [[LOCATION:Grand Canal Dock, Dublin 2, D02 X285]]. We process bid requests from all over the [[LOCATION:EU]]. The head of product, [[PERSON:Ciarán Ó Briain]], wants us to keep the raw bidstream for "model training" indefinitely. That includes precise location and device IDs.

I flagged it in the data governance forum. [[PERSON:Ciarán]] said the [[ORG:DPC]] "never fines anyone our size". Which may be true, but it's not a lawful basis.

I posted a (careful, anonymised) thread about bidstream retention from my personal account, [[HANDLE:@orla_in_data]], and someone at work recognised the phrasing. Had a "chat" with HR on Friday [[DATE:8 March]]. They didn't discipline me, but they "reminded" me of the confidentiality clause. I deleted the thread. Anyone can reach me on [[PHONE:+353 87 555 0134]] if you've been through this.
""",
)
story(
    "minutes with initials and roles, Scottish council, Edinburgh postcode, Cllr outside span, FOI reference",
    """
Minutes (my own notes), data sharing working group, [[DATE:23/01/2024]]

Attendees: [[PERSON:RM]] (chair), [[PERSON:JK]], [[PERSON:Fiona MacLeod]] (info governance), me.

1. Proposal from Cllr [[PERSON:Duncan Reid]] to share school attendance data with [[ORG:Police Scotland]] to "predict youth offending". [[PERSON:RM]] supportive. [[PERSON:Fiona MacLeod]] says there is no lawful basis for predictive use and children are involved.
2. I presented the pilot numbers: 70% of flagged pupils were from two wards in [[LOCATION:Craigmillar]] and [[LOCATION:Wester Hailes]]. [[PERSON:JK]] asked whether we had controlled for free school meals. We hadn't.
3. Action: [[PERSON:Fiona]] to draft a DPIA. [[PERSON:RM]] to "take soundings" with the Cllr.

Later: a journalist submitted FOI [[ID:FOI-2024-0417]] about the pilot. The council offices at [[LOCATION:Waverley Court, 4 East Market Street, Edinburgh EH8 8BG]] went quiet for a month. The proposal was withdrawn at the next meeting without discussion.
""",
)

story(
    "Reddit-style post with username handles and edits, lower-case brand, gig platform, Chicago neighbourhoods",
    """
posting here bc my old thread got removed. i did analytics contract work for [[ORG:zoomr]] (the grocery delivery app, lowercase z, yes that one). they had a "courier reliability" score and wanted it to include how often couriers opened a union organising app on their phones. the SDK in the courier app could see installed packages.

i refused to build that feature. my contact there, [[PERSON:kayla]], said she'd "find someone cheaper". she did. a courier i know in [[LOCATION:Pilsen]] got deactivated a month later with reliability 0.2.

a few folks replied to my old thread with similar stories from [[LOCATION:Logan Square]] and [[LOCATION:Uptown]]. [[HANDLE:u/gigdata_throwaway]] had screenshots. [[HANDLE:u/ChiCourierCollective]] said they're collecting cases for a complaint to the state AG.

edit: no, i won't post [[PERSON:kayla]]'s last name.
edit 2: the [[ORG:Illinois Attorney General]]'s office does have a form for this, someone linked it.
""",
)

story(
    "Indian formal e-mail, Pune, Shri and ji outside span, Aadhaar-like number, Indian landline",
    """
Subject: Concern regarding use of Aadhaar data in attrition model

Respected Sir,

With due respect I wish to bring to your kind notice that our HR analytics team at [[ORG:Sahyadri Infotech Pvt. Ltd.]], [[LOCATION:Hinjewadi Phase 2, Pune 411057]], has been instructed to use employees' Aadhaar-linked address history and caste category to predict attrition. This instruction was given by Shri [[PERSON:Vinod Kulkarni]] in the review meeting of [[DATE:12th January 2024]].

I humbly submit that caste is not a permissible factor and that the DPDP Act requires a clear purpose. Also one Aadhaar number ([[ID:4521 8876 3310]]) was visible in the shared sheet, which I have since removed.

I request [[PERSON:Kulkarni]] ji to reconsider. I am available at extension 4412 or on [[PHONE:020 2555 0193]].

Thanking you,
Yours sincerely,
Analyst, HR Analytics
""",
)

story(
    "nothing identifying: forum question with tools, roles, acronyms, headcounts and a loyalty metric",
    """
Quick question for people who have been here longer than me.

My manager wants a "loyalty" metric for the engineering org built from commit counts, PR review times, Slack response latency and badge-in hours. He says it is "just a conversation starter" for performance reviews in Q-whatever. I've seen how these things go: once a number exists, it becomes the decision.

I've drafted a reply saying I'll build it only if (a) it's never used for individual ratings, (b) people can see their own data, and (c) we run it past the works council and the DPO first. Too much? Too little?

Some context: mid-sized SaaS company, about 600 people, ML platform team of five. My manager is a reasonable person under a lot of pressure from a new COO who loves dashboards. I don't want to be the person who says no to everything, but I also don't want to build the thing that gets someone fired for having a newborn at home.

Replies welcome, even the harsh ones.
""",
)

story(
    "Ghanaian English, Accra and Kumasi, Ghana Card number, Ghanaian phone, ordinary-word name",
    """
Good day all. I am an analyst at a mobile insurance startup in [[LOCATION:Accra]], [[ORG:Nkabom Cover]]. My supervisor's name is [[PERSON:Godsway Mensah]] and yes, that is really a name in [[LOCATION:Ghana]]. He asked me to build a claims model that automatically rejects claims from [[LOCATION:Kumasi]] above GHS 2,000 because "fraud is high there". The evidence was two cases from last year.

I told [[PERSON:Godsway]] that rejecting a whole city is not a model, it is a prejudice. He said I should "respect the process". Our CEO, Madam [[PERSON:Efua Boateng]], overheard and asked me to send her the analysis. I sent it. She agreed to a proper fraud review instead.

One customer whose claim was rejected before the change came to the office with her Ghana Card, [[ID:GHA-713245698-4]], and I could only apologise. You can reach me on [[PHONE:+233 24 555 0172]] if your company is doing this too.
""",
)

story(
    "forwarded Gmail-style chain with signature, Singapore, UEN, Singapore phone, PDPC",
    """
-----Original Message-----
From: [[PERSON:Tan Wei Ling]] <[[EMAIL:weiling.tan@merlionmetrics.example]]>
Sent: Wednesday, [[DATE:17 January 2024]] 9:03 AM
Subject: Re: facial data for queue analytics

Hi team, client confirmed they are OK with us keeping the face embeddings for 2 years, pls proceed. No need to inform shoppers, signage already says CCTV in operation.

Regards,
[[PERSON:Tan Wei Ling]]
Director, Client Solutions
[[ORG:Merlion Metrics Pte. Ltd.]] (UEN [[ID:201912345K]])
[[LOCATION:1 Fusionopolis Way, #12-01, Singapore 138632]]
M: [[PHONE:+65 9155 5012]]
-----

I'm the data scientist on that project. "CCTV in operation" is not consent for biometrics. I told [[PERSON:Wei Ling]] and cited the [[ORG:PDPC]] advisory guidelines. She said the client is the controller, not us. I've asked to be moved off the project.
""",
)

story(
    "Scandinavian, Swedish personnummer, Gothenburg, Karolinska as real org, Swedish date",
    """
Hej. I'm a biostatistician who used to work with registry data in [[LOCATION:Göteborg]]. In [[DATE:våren 2022]] a collaborator from [[ORG:Karolinska Institutet]] asked us to link our cohort to employer records so a pharma sponsor could "study productivity loss". The ethics approval only covered health outcomes.

My group leader, [[PERSON:Lars Eklund]], thought it was a grey zone. I thought it was black and white. We had a long fika about it. I pointed out that with employer plus birth year plus diagnosis, anyone in a small town like [[LOCATION:Lerum]] could be recognised. I had one test case, personnummer [[ID:19740512-2384]], which was supposed to be synthetic and turned out not to be.

That mistake ended the argument. [[PERSON:Lars]] reported it to our data protection officer the same afternoon, and the linkage was stopped. Embarrassing for me, but it worked.
""",
)

story(
    "Argentinian Spanish and English, Buenos Aires barrio, CUIT, handle on X, lower-case company",
    """
Che, les cuento algo. Soy analista en [[ORG:mateflow]], una startup de delivery en [[LOCATION:Buenos Aires]]. The CEO, [[PERSON:Facundo Pereyra]], wanted to rank restaurants in the app by "commission margin", not by quality or distance, but keep the label "Recomendados para vos". Users think it's personalised; it's just who pays us more.

Le dije a [[PERSON:Facu]] que eso es engañar al usuario. Me dijo "todas las apps hacen lo mismo, boluda". A restaurant owner in [[LOCATION:Palermo]] noticed he dropped to page 4 after refusing the new commission and tweeted about it from [[HANDLE:@parrilla_donjulio_ok]]. The tweet went mildly viral.

Then the CEO changed the label to "Destacados". Technically more honest. We invoiced that restaurant under CUIT [[ID:30-71234567-9]] for months, so yes, I know he was right. I'm still there, pushing for a "sort by distance" toggle. It's on the roadmap for [[DATE:Q3 2025]], allegedly.
""",
)
story(
    "Pakistani, Urdu code-switching, Karachi and Lahore, CNIC, Pakistani mobile, sahib after name",
    """
Assalam o alaikum. I'm a data scientist at a telco-backed lending app in [[LOCATION:Karachi]], [[ORG:Raabta Credit]]. Hamare head of risk, [[PERSON:Faisal Qureshi]] sahib, ne kaha ke call detail records se "night calling behaviour" nikaalo, because people who call a lot at night are "less disciplined". Yani women who call family abroad at night get lower limits.

Maine kaha ke ye gender proxy hai. [[PERSON:Faisal]] sahib bole, "data doesn't lie, beta." My colleague [[PERSON:Sana Javed]] in [[LOCATION:Lahore]] ran the split and found approval for women dropped by 22% after the feature.

We wrote a joint note to the CEO on [[DATE:4 Shawwal 1444]]. A customer complaint then reached [[ORG:State Bank of Pakistan]] with the borrower's CNIC [[ID:42101-1234567-3]] attached, and suddenly the feature was "under review". It was removed in the next release. Mera number [[PHONE:+92 300 5550147]] hai agar kisi ko baat karni ho.
""",
)

story(
    "ISO-dated timeline with URLs with scheme, GitHub as a tool, open-source maintainer, Berlin and Lisbon",
    """
timeline (dates from my commit log):

[[DATE:2024-02-03]] — I maintain a small open-source library for synthetic tabular data. A company, [[ORG:Veritas Synthetics]], starts using it in their product; fine, it's MIT.
[[DATE:2024-03-19]] — Their marketing page ([[URL:https://veritas-synthetics.example/privacy-guarantee]]) claims "mathematically guaranteed anonymity" and cites my library as the reason. My library guarantees nothing of the kind.
[[DATE:2024-03-20]] — I open an issue on GitHub asking them to remove the claim. Their CTO, [[PERSON:Miguel Sousa]], replies that it's "marketing language".
[[DATE:2024-04-02]] — I find a hospital in [[LOCATION:Lisbon]] using their output as "anonymous" research data.
[[DATE:2024-04-05]] — I add a section to my README ([[URL:https://codeberg.example/tabsynth/tabsynth#what-this-does-not-do]]) saying in bold what the library does not guarantee.
[[DATE:2024-05-14]] — [[PERSON:Miguel]] emails me from [[LOCATION:Berlin]] asking me to "tone it down". I don't.

Their page still says "guaranteed". But now anyone who checks the source sees my warning.
""",
)

story(
    "Italian, Milan, S.p.A., codice fiscale, Dott.ssa outside span, Italian phone",
    """
Ciao a tutti. Lavoro come data analyst per [[ORG:Bottega Credito S.p.A.]] a [[LOCATION:Milano]], zona [[LOCATION:Porta Nuova]]. In [[DATE:settembre 2023]] la responsabile marketing, Dott.ssa [[PERSON:Chiara Bellini]], asked us to build a "propensity to divorce" segment from transaction data (lawyers' fees, new single-person rent, etc.) to sell personal loans to newly separated people.

I told her this is predatory. She said it is "life-event marketing" and that banks in [[LOCATION:London]] do it already. My colleague [[PERSON:Matteo]] built a first version; one of the test rows had a real codice fiscale, [[ID:RSSMRA80A01F205X]], which is how I realised we weren't using synthetic data at all.

I wrote to our DPO and to the [[ORG:Garante]]'s public email. The campaign was postponed "indefinitely". [[PERSON:Matteo]] is still annoyed with me. If you want to talk, [[PHONE:+39 02 5550 1823]], office hours.
""",
)

story(
    "US defence contractor, Virginia, Lt. and Col. outside span, export licence and contract references",
    """
I was a machine learning engineer at [[ORG:Aldergrove Defense Systems]] in [[LOCATION:Arlington, Virginia]]. My team built "pattern of life" analytics from drone footage. The customer liaison was Lt. Col. [[PERSON:Raymond Ashby]], and the program ran under contract [[ID:W56KGZ-22-C-0147]].

In [[DATE:late 2022]] we were told the model would be used to nominate targets, not just to summarise activity. The validation set had 30 labelled "hostile" examples. I asked Lt. Col. [[PERSON:Ashby]] what the error rate threshold was for a nomination. He said that was "above my pay grade and yours".

I asked my director, [[PERSON:Sharon Pike]], to get an answer in writing. Her answer was an export licence number, [[ID:DSP-5 0519-24]], as if paperwork were ethics. I resigned in [[DATE:spring 2023]]. I now teach high school math in [[LOCATION:Richmond]]. I sleep better.
""",
)

story(
    "Israeli, Tel Aviv, Hebrew code-switching, Israeli phone, Ltd company, employee ID",
    """
Shalom. I'm an analyst at [[ORG:Tamar Cyber Ltd.]] in [[LOCATION:Tel Aviv]]. We sell "insider risk" software. In [[DATE:January 2024]] a client asked for a feature that scores employees' "flight risk" from their LinkedIn activity, browser history and the tone of their emails. My team lead, [[PERSON:Yossi Ben-David]], said "sababa, let's do a POC".

I said this is basically spying on people for looking for a job. [[PERSON:Yossi]] said the client's employees signed an acceptable use policy. I asked to see it; it didn't mention any of this. Nu, what can you do.

The POC shipped. A week later the client's HR fired someone with employee ID [[ID:E-204781]] whose "flight risk" was 0.93. He had been updating his profile because his wife was sick and he wanted a shorter commute. I found out because he called our support line, [[PHONE:+972 3 555 0164]], to ask what data we had on him. I'm now looking for a shorter commute myself.
""",
)
# Spans may end with a full stop only when it belongs to an abbreviation or initials.
ABBREVIATION_END = re.compile(r"(?:\b(?:Ltd|Inc|Co|Pvt|Pte|Jr|Sr)\.|(?:^|\s)\S*\.\S*\.)$")
LEAD_OK = "@#+("
# Occurrences of a labelled value that are deliberately left unlabelled: (story id, text).
# "Ghana Card" and "NHS number" name ID documents, not a place or an employer.
EXEMPT: set[tuple[str, str]] = {("h11-44", "Ghana"), ("h11-23", "NHS")}


def parse(text):
    """Strip the markup from one story; return the plain text and its spans."""
    plain, spans, pos = [], [], 0
    length = 0
    for match in MARKUP.finditer(text):
        before = text[pos : match.start()]
        plain.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        spans.append(
            {
                "entity_type": kind,
                "entity_value": value,
                "start_position": length,
                "end_position": length + len(value),
            }
        )
        plain.append(value)
        length += len(value)
        pos = match.end()
    plain.append(text[pos:])
    return "".join(plain), spans


def bad_edges(value):
    problems = []
    if value != value.strip():
        problems.append("leading or trailing whitespace")
    if value and value[0] in string.punctuation and value[0] not in LEAD_OK:
        problems.append("leading punctuation")
    if value and value[-1] in string.punctuation:
        closes_bracket = value[-1] == ")" and "(" in value
        ends_abbreviation = value[-1] == "." and ABBREVIATION_END.search(value)
        if not (closes_bracket or ends_abbreviation):
            problems.append("trailing punctuation")
    return problems


def occurrences(text, value):
    pattern = re.compile(r"(?<![\w@#/.-])" + re.escape(value) + r"(?![\w@/-])")
    return [m.start() for m in pattern.finditer(text)]


def covered(spans, start, end):
    return any(s["start_position"] <= start and end <= s["end_position"] for s in spans)


def build():
    errors, records = [], []
    for number, (notes, marked) in enumerate(STORIES, start=1):
        story_id = f"h11-{number:02d}"
        text, spans = parse(marked)
        if "[[" in text or "]]" in text:
            errors.append(f"{story_id}: markup left over")
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"{story_id}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        previous_end = -1
        for span in spans:
            value = span["entity_value"]
            if span["entity_type"] not in KINDS:
                errors.append(f"{story_id}: unknown kind {span['entity_type']}")
            if text[span["start_position"] : span["end_position"]] != value:
                errors.append(f"{story_id}: offsets wrong for {value!r}")
            if span["start_position"] < previous_end:
                errors.append(f"{story_id}: overlapping span {value!r}")
            previous_end = span["end_position"]
            for problem in bad_edges(value):
                errors.append(f"{story_id}: {problem} in {value!r}")
        records.append({"full_text": text, "spans": spans, "id": story_id, "notes": notes})
    # Missed mentions: every occurrence of a labelled value, in its own story or any other,
    # must be inside a span.
    labelled = {
        s["entity_value"] for r in records for s in r["spans"] if len(s["entity_value"]) >= 2
    }
    for record in records:
        for value in labelled:
            for start in occurrences(record["full_text"], value):
                if covered(record["spans"], start, start + len(value)):
                    continue
                if (record["id"], value) in EXEMPT:
                    continue
                errors.append(f"{record['id']}: unlabelled mention of {value!r} at {start}")
    return records, errors


def main():
    records, errors = build()
    OUT.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for record in json.loads(OUT.read_text(encoding="utf-8")):
        for span in record["spans"]:
            start, end = span["start_position"], span["end_position"]
            if record["full_text"][start:end] != span["entity_value"]:
                errors.append(
                    f"{record['id']}: serialised offsets wrong for {span['entity_value']!r}"
                )
    kinds = Counter(s["entity_type"] for r in records for s in r["spans"])
    empty = sum(1 for r in records if not r["spans"])
    words = [len(r["full_text"].split()) for r in records]
    print(f"{len(records)} stories ({empty} with nothing identifying), {sum(kinds.values())} spans")
    for kind in sorted(kinds):
        print(f"  {kind:9} {kinds[kind]}")
    print(f"words per story: {min(words)}-{max(words)}")
    for record, count in zip(records, words, strict=True):
        print(f"  {record['id']}: {count} words, {len(record['spans'])} spans")
    if errors:
        print(f"\n{len(errors)} check(s) failed:")
        for error in errors:
            print("  " + error)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
