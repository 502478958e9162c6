#!/usr/bin/env python3
"""Fourth messy development set for the redaction engine: ``redaction_messy_dev4.json``.

Who wrote it and how
--------------------
Written by a helper session of the storyshare project (worktree ``messydev4``), working
**blind** to the engine: its author read only the product brief (``PRODUCT.md``),
``tests/data/README.md`` and ``tests/data/corpus_tools.py``. The redaction engine, its
tests, the benchmarks and every other corpus (the JSON files and the other ``make_*.py``
scripts) were never opened, grepped or run, and the engine was never run on this set.
It is a DEVELOPMENT set: the engine's authors may look at its misses and tune against it.
It says nothing about generalisation; the holdouts do that.

Every story is synthetic, written for this file in the most common register of real
submissions: ordinary first-person prose by a data practitioner telling what happened at
work over weeks or months, naming colleagues, the employer, clients, vendors, regulators,
cities, neighbourhoods and offices, with dates and the occasional phone number, e-mail,
handle, URL or ID. The stories are longer than in earlier sets (150-300 words) and written
by many kinds of writer: tidy and rushed, native and non-native English, from the US, the
UK, Ireland, Canada, Australia, New Zealand, India, Pakistan, Bangladesh, Nigeria, Ghana,
Kenya, South Africa, the Philippines, Singapore, Malaysia, Indonesia, Vietnam, China,
Japan, Korea, Mexico, Colombia, Brazil, Chile, Argentina, Germany, France, Spain, Italy,
the Netherlands, Poland, Sweden, Turkey, Egypt, Jordan, the UAE, Saudi Arabia and
Lebanon. Nine stories contain nothing identifying (job titles, tools, weekdays,
durations, relative dates, generic places only); every finding in them is over-redaction.

Every person, company, product, team, address, phone number, e-mail address, handle, URL
and ID is fictional, apart from well-known real organisations and places a writer would
plausibly name (cities, neighbourhoods, landmarks, regulators such as the ICO, the Data
Protection Commission, the CNIL, the ODPC, the NPC, the PDPC, the OAIC, the FTC, big
real firms such as Accenture or Deloitte). Phone numbers use reserved drama ranges where
they exist (US/Canada 555-01xx, UK 07700 900xxx and 020 7946 0xxx, Australia 0491 570 xxx
and 03 5550 xxxx), IP addresses documentation ranges, e-mail and web domains ``.example``.

Markup: ``[[KIND:text]]`` with KIND in PERSON, ORG, LOCATION, EMAIL, PHONE, URL, HANDLE,
DATE, ID. The script strips the markup, computes offsets and writes the JSON (the README's
format: full_text, spans, id, notes) only if every check passes; otherwise it prints the
problems and exits 1.

Labelling decisions beyond the README (and following the earlier sets' decisions)
----------------------------------------------------------------------------------
* An initial keeps its own full stop ("T.R.", "J."), as in holdouts 3-5 (the first messy
  set dropped it; this set follows the later convention).
* Titles and honorifics stay outside, before or after the name (Mr., Mrs, Dr, Eng., Lic.,
  dott., ing., Mme, M., Herr, Frau, Pani, don, doña, Oga, Auntie, Mama, Sir, Ma'am, Ate,
  Kuya, Mdm, Encik, Puan, Pak, Bu, Mbak, anh, chị, Lao, Xiao, sahib, bhai, apa, ji, Bey,
  Hanım, -san, -ssi, 팀장님). "Alhaji" written as part of the name stays inside, and
  "Alhaji" alone, when the writer uses it to name that person, is a PERSON; a kunya used
  as a name ("Abu Faisal", "Abu Yousef") is one PERSON span. A nickname is a PERSON, with
  its adjective or article when the writer uses them as the name ("big mike", "Big Mike",
  "el Tano"); "Mike"/"Tano" alone later are labelled too.
* A name that is an ordinary word is labelled only where it names a person ("Will",
  "Hope", "Bill", "Grace", "Sunny", "Precious", "Memory", "Patience", "Joy", "Blessing"),
  never where it is the ordinary word; each such story lists the ordinary uses in ``ok``.
* An abbreviation introduced after the full name is a separate ORG span ("Kenya Revenue
  Authority (KRA)" -> two spans), and every later use of the abbreviation is labelled.
* A named internal product, model, platform or team that identifies the employer is ORG
  ("Project Kestrel", "Kestrel", "the Lighthouse model" -> "Lighthouse", "Team Falcon"),
  lower-case brands as written ("bukka", "zuri"); generic teams ("the risk team") are not.
* "the Pune office", "our Sandton campus": only the place name. A building, landmark,
  mall, campus or tower used as a place is LOCATION ("Tahrir Square", "Ortigas Center");
  a leading "the" stays outside. Neighbourhoods and districts are LOCATION, also written in
  lower case ("we moved to yaba").
* A DATE span covers the day, month and year written together, a date range written
  together ("3-7 July 2023") is one span, a weekday beside a date stays outside, clock
  times are never labelled; relative dates ("last spring", "two weeks later", "the
  following Monday") never are; a named month pointing to one specific month is.
* "ticket #4471" labels "4471"; a lead-in word ("badge", "case") stays outside IDs.
* Demonyms, languages, religions, currencies, laws ("GDPR", "the DPDP Act", "POPIA") and
  public programmes are not labelled; tools, platforms and languages used as tools
  (Python, SQL, Excel, Power BI, Slack, Teams, Zoom, Jira, WhatsApp, LinkedIn, ChatGPT,
  M-Pesa, GCash, UPI) are not labelled.
* Countries, states, provinces and counties are LOCATION; "the Gulf" as a region a writer
  names is LOCATION too; a GhanaPost digital address and a Dutch postcode are LOCATION.
* A month or season with a year in another calendar or language is one DATE ("Boishakh
  1430", "Ramadan 1444", "hösten 2022", "令和4年", "tháng 3 năm 2023"); a holiday without a
  year ("New Year") is not labelled.
* Each story lists in ``ok`` the distractor phrases it uses on purpose; the missed-mention
  checks accept an unlabelled occurrence of a labelled word only inside one of them, and
  every ``ok`` phrase must occur in its story.

Checks: exact offsets (again on the serialised JSON), no leftover markup, no overlaps, no
edge whitespace or punctuation (a leading "@", "#", "+" or "(", an initial's full stop
and legal suffixes excepted), 60-300 words per story (all are written to 150-300), no
tool name inside a PERSON, ORG or LOCATION span, every whole-word mention of a labelled
name token, organisation (also without its legal suffix or "Project"-style prefix) or
place labelled within its story (any case) and across stories (capitalised; "UK", "US",
"India" and other countries always), at least 60 stories, at least 8 with nothing
identifying, at least 6 spans of every kind.

Run: ``python3 tests/data/make_messy_dev4.py``.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_tools import KINDS, overlaps, parse

OUT = Path(__file__).resolve().parent / "redaction_messy_dev4.json"
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")

STORIES = []


def S(sid, notes, ok, marked):
    STORIES.append((sid, notes, ok, marked))


S(
    "md4-01",
    "US, tidy prose; employer then short form (Buckeye); first name alone after full name; month-day without year; month-year; Jira-style ticket; relative dates unlabelled",
    ["Two weeks later", "nine years", "the board"],
    """
I was eighteen months into my job as a claims analyst at [[ORG:Buckeye Mutual Health]] in [[LOCATION:Columbus]] when this started. In [[DATE:March 2022]] my manager, [[PERSON:Dana Whitfield]], asked me to rebuild the readmission dashboard that goes to the board every quarter. The old numbers looked bad, and the new VP, [[PERSON:Greg Salazar]], had promised a turnaround. [[PERSON:Dana]] never told me to change anything outright. She just kept asking whether we "really needed" to count patients who were readmitted to out-of-network hospitals, and whether thirty days was "the industry standard" or just a habit.

I built both versions. The honest one showed readmissions flat. The version with the out-of-network patients dropped showed an eleven percent improvement. I logged the definition change in ticket [[ID:ANL-4471]] with a long comment explaining why I thought it was misleading. [[PERSON:Marcus]], who sits next to me and has been at [[ORG:Buckeye]] for nine years, told me over lunch that nobody reads ticket comments and I should say it in the meeting instead.

So I did. On [[DATE:April 14]] I presented both charts side by side. [[PERSON:Greg]] looked at the second one and said "that's the one." [[PERSON:Dana]] didn't look at me. Two weeks later the board deck went out with the improved figure and a footnote in six-point type.

Nothing bad happened to me, which almost makes it worse. I still have the job. [[PERSON:Marcus]] says I did what I could. I'm not sure. I keep the ticket bookmarked, in case anyone ever asks.
""",
)

S(
    "md4-02",
    "UK (Leeds), chatty British prose; nickname beside full name (Gareth Pryce / Gaz, possessive Gaz's); place name district (Wellington Place); law firm with LLP; regulator ICO; season with year; day-month without year; Welsh first name alone",
    ["that spring", "a housing association"],
    """
I've sat on this for about a year so apologies if it rambles. I was a senior analyst on the loyalty team at [[ORG:Pennine Grocers]], working out of the [[LOCATION:Leeds]] head office near [[LOCATION:Wellington Place]]. In [[DATE:autumn 2022]] the commercial director, [[PERSON:Gareth Pryce]] (everyone calls him [[PERSON:Gaz]]), came back from a conference convinced we should be selling "audience segments" to suppliers. Nothing unusual there, every supermarket does it. What was unusual was the segment he wanted first: shoppers whose baskets suggested they were pregnant, built from vitamins, ginger biscuits and unscented moisturiser.

My line manager [[PERSON:Siobhan Kearney]] was uneasy but said we should "scope it". I did the scoping, and the scoping said the model would flag a fair number of women who hadn't told anyone yet, including, almost certainly, some of our own staff who use their colleague discount cards. I wrote that up in a two-page note on [[DATE:4 November]] and sent it to [[PERSON:Siobhan]] and to our data protection lead, [[PERSON:Aled]].

[[PERSON:Aled]] was brilliant. He said it was special category data by inference and would need a DPIA, and that the [[ORG:ICO]] had been pretty clear about inferred data. [[PERSON:Gaz]] said the lawyers at [[ORG:Addleshaw Pike LLP]] would sort it. They didn't sort it, they said the same as [[PERSON:Aled]], more expensively.

The segment was quietly dropped in [[DATE:January 2023]]. What wasn't dropped was [[PERSON:Gaz]]'s opinion of me. I was left off the next two supplier projects and my review said I "lacked commercial curiosity". I moved to a housing association in [[LOCATION:Bradford]] that spring. [[PERSON:Siobhan]] still texts me sometimes. I don't regret the note, but next time I'd write it with [[PERSON:Aled]]'s name on it from the start.
""",
)

S(
    "md4-03",
    "Indian English (Bengaluru); lower-case brand (paisaplus); neighbourhood (HSR Layout) and 'the Gurugram office'; honorific after name (Vikram sir); real regulator RBI repeated; bare year, mid-year, abbreviated month, ordinal day-month, month alone",
    ["we are risk team", "four more months"],
    """
This happened at my previous company, a lending app called [[ORG:paisaplus]] (they write it all small letters), where I was a data scientist in the underwriting team from [[DATE:2021]] to [[DATE:mid-2023]]. Our office was in [[LOCATION:HSR Layout]], [[LOCATION:Bengaluru]], and the collections team sat in the [[LOCATION:Gurugram]] office.

In [[DATE:Feb 2023]] my manager [[PERSON:Raghav]] asked me to add "contact graph features" into the credit model. Basically the app was already reading the user's phonebook at install (there was a consent screen, which nobody reads), and the idea was to score how many of your contacts had defaulted with us. My teammate [[PERSON:Sneha Kulkarni]] said it clearly in standup: this punishes people for who their cousins are. [[PERSON:Raghav]] said "we are not moral police, we are risk team".

I did the analysis because I thought numbers would settle it. They did, actually. The feature improved Gini by barely one point, and it hit first-time borrowers from smaller towns much harder. I sent the deck to [[PERSON:Raghav]] and our CTO [[PERSON:Vikram Iyer]] on [[DATE:17th March]]. [[PERSON:Vikram]] sir replied in one line, "pls park this, [[ORG:RBI]] audit coming". So it was parked not because it was wrong but because [[ORG:RBI]] was coming.

After the audit it came back in a different form, as "social trust score". [[PERSON:Sneha]] resigned in [[DATE:June]]. I stayed four more months, honestly mostly for the ESOPs, and then I also left. I still feel the ESOP part is the shameful part of this story, more than the model.
""",
)

S(
    "md4-04",
    "Nigerian English with Pidgin; bank with street, district and 'annex' place; honorifics outside (Mr., Oga, Mrs); full regulator name then abbreviation; memo reference with slashes; day-month-year, month-year, month alone",
    ["no wahala", "I will call the name"],
    """
I work as a data analyst, or I worked, for one of the tier-2 banks. I will call the name since I have left: [[ORG:Crestfield Bank]]. Our head office is on [[LOCATION:Adeola Odeku Street]] in [[LOCATION:Victoria Island]] but my team sat at the [[LOCATION:Ikeja]] annex. Sometime around [[DATE:March 2021]] our Head of Retail, Mr. [[PERSON:Babatunde Adeyemi]], whom everybody calls Oga [[PERSON:Tunde]], asked us to build a list of customers for a new salary-advance product.

The brief was simple: pick customers whose account activity shows they are "under pressure", meaning salary comes late, many small transfers to family, betting transactions. My supervisor [[PERSON:Chiamaka]] and I built it, no wahala. The problem came when I saw the marketing plan. They wanted to send the offer exactly when salaries were delayed, at an interest rate that was, if you calculate it properly, above 200% per annum.

I raised it with [[PERSON:Chiamaka]] first. She said "abeg, na business, every bank dey do am". Then I went to compliance, a woman called Mrs [[PERSON:Folake Ogunleye]]. She told me to put it in writing to the consumer protection department of the [[ORG:Central Bank of Nigeria]] if I was sure. I was not sure enough to report my own bank to [[ORG:CBN]].

Instead I wrote an internal memo, reference [[ID:CB/RET/2021/044]], on [[DATE:22 April 2021]]. Oga [[PERSON:Tunde]] called me to his office and asked if I wanted to work in a bank or in an NGO. The product launched in [[DATE:May]]. I left for a fintech in [[LOCATION:Yaba]] eight months later. My old colleague [[PERSON:Ebuka]] told me the complaints are now plenty.
""",
)

S(
    "md4-05",
    "Kenyan English; startup and partner with Swahili names; neighbourhoods (Westlands, Kasarani, Githurai); writer's own name in quoted speech; external DPO with e-mail; real regulator ODPC; nickname (Kip); month-year",
    ["Data Protection Act", "boda boda"],
    """
I was the only data scientist at a small insurtech called [[ORG:Bima Sasa]]. We were around fifteen people on a rented floor in [[LOCATION:Westlands]], [[LOCATION:Nairobi]]. Our biggest partner was a boda boda financing company, [[ORG:PikiPiki Capital]], and through them we got riders' trip data to price accident cover.

In [[DATE:August 2022]] my CEO, [[PERSON:Otieno]], came back from a meeting with [[ORG:PikiPiki]] and said they wanted something in return: a weekly list of riders whose GPS showed them "loitering" around certain places in [[LOCATION:Kasarani]] and [[LOCATION:Githurai]]. He said it was for fraud, for bikes being used at night without the owner's permission. It was obviously for repossession, and maybe for something worse, because two of the places were political party offices, not bars.

I told [[PERSON:Otieno]] I was not comfortable. He said, "[[PERSON:Njeri]], you are overthinking, it is their data anyway." Which is not true under the Data Protection Act; the riders consented to insurance pricing only. I wrote to our external DPO, [[PERSON:Wanjiku Mwangi]], at [[EMAIL:w.mwangi@dpo-partners.example]], and she was very clear and cited the [[ORG:ODPC]] guidance on purpose limitation. [[PERSON:Otieno]] was angry for about a week and then he stopped asking.

I heard later from [[PERSON:Kip]], who did all our engineering, that [[ORG:PikiPiki]] got the list from somewhere else anyway. So my refusal protected us, not the riders. I left in [[DATE:January 2023]] and I still don't know if that counts as doing the right thing.
""",
)

S(
    "md4-06",
    "South African English (Eish, lekker); employer, consultancy (Deloitte, real), regulator (Council for Medical Schemes); townships and suburbs; Dr outside; particle name (van Wyk); bare year; day-month",
    ["principal officer", "PMBs"],
    """
Okay so. I was a quantitative analyst at a medical scheme administrator in [[LOCATION:Sandton]], I'll call it [[ORG:Umvelo Health]] because that's its name and I've stopped caring. Our team was me, [[PERSON:Thabo Nkosi]] (the lead), [[PERSON:Annelie]] and a contractor from [[ORG:Deloitte]] who was mostly on leave.

From about [[DATE:October 2021]] [[PERSON:Thabo]] was under pressure from the principal officer to explain why claims costs were running hot. The story that got built, not by us but around us, was that members in certain areas ([[LOCATION:Soweto]], [[LOCATION:Tembisa]], parts of [[LOCATION:Pretoria]]) were "high utilisers" and should be moved to a restricted network. [[PERSON:Annelie]] pulled the numbers and it was a mess: the "high utilisation" was mostly chronic medication for diabetes and HIV, which the scheme has to cover under PMBs anyway.

We said this in a meeting on [[DATE:9 December]]. The principal officer, Dr [[PERSON:Pieter van Wyk]], said it was "network optimisation", not a geographic thing. Then he asked us to remove the suburb column from the deck. We removed the column. The model still used postal codes.

[[PERSON:Thabo]] eventually raised it with the [[ORG:Council for Medical Schemes]] in [[DATE:2022]], after he resigned. I don't know what happened with that complaint. [[PERSON:Annelie]] went to [[LOCATION:Cape Town]]. I'm still in the industry, at a different scheme, and I check for postcode features first now, before anything else. Eish. Lekker way to spend your twenties.
""",
)

S(
    "md4-07",
    "Filipino English with Taglish; honorifics outside (Sir, Ate, Kuya, Ma'am); ordinary-word name (Joy); business district and avenue (Makati, Ayala Avenue); provinces; month-day and month alone",
    ["sige po, wait lang", "thank God"],
    """
Hi, I'm a data analyst for a BPO in [[LOCATION:Makati]]. The account is an American telco but I won't say which. Our site is in one of the towers along [[LOCATION:Ayala Avenue]]. In [[DATE:June 2023]], our ops director, Sir [[PERSON:Rommel]], asked me to build a "sentiment score" for agents using the call recordings plus the keystroke logs from our desktops. I thought it was for coaching. Then Ate [[PERSON:Joy]] from WFM told me the lowest 10% would be put on PIP automatically, no human review.

The model was honestly not good. It could not understand Taglish, so agents who said "sige po, wait lang" were scored as negative or confused. Many of them are from [[LOCATION:Batangas]] and [[LOCATION:Laguna]] and they code-switch naturally, it's normal. My teammate Kuya [[PERSON:Dennis]] checked the confusion matrix with me and it was really bad for provincial accents.

I emailed Sir [[PERSON:Rommel]] on [[DATE:July 3]] with the results. Walang reply. I followed up in the huddle and he said the client needs it by [[DATE:August]], "just put a disclaimer". So I put a disclaimer. Then I also sent the results to our site HR, Ma'am [[PERSON:Liza Cabrera]]. She paused the auto-PIP part, thank God. The scoring still runs, and now every agent knows about it, which honestly changed how they talk on calls. They sound like robots now. Ang lungkot. I'm still here, looking for other work, but Kuya [[PERSON:Dennis]] says wait for the 13th month pay first.
""",
)

S(
    "md4-08",
    "Singaporean English with Singlish particles; two-token Chinese given name (Wei Ling); Malay honorific Mdm outside; startup; business park and neighbourhoods (one-north lower case, Geylang Serai, Woodlands); day-month-year and month-year",
    ["treat riders differently", "Friday lunchtime"],
    """
Writing this from [[LOCATION:Singapore]]. I was an ML engineer at a food delivery startup, [[ORG:MakanGo]], based in [[LOCATION:one-north]]. In [[DATE:March 2022]] our head of ops, [[PERSON:Darren Tan]], asked the dispatch team to make the idle penalty stronger. Riders who go quiet in the app for a long time get fewer offers afterwards, the idea being they are "unreliable".

My colleague [[PERSON:Wei Ling]] noticed something when she broke it down by area. Riders with long gaps on Friday lunchtime around [[LOCATION:Geylang Serai]] and [[LOCATION:Woodlands]] were getting downranked much more than others. It took us maybe two days to realise: they were going for Friday prayers. The penalty was basically a religion penalty, just nobody designed it that way.

We showed [[PERSON:Darren]]. His first answer was that we cannot "treat riders differently by religion", which, yes, that was the point lor. [[PERSON:Wei Ling]] was quite fierce in that meeting. Then HR got involved, Mdm [[PERSON:Rosnah]], who actually understood it immediately because her brother rides part time.

In the end we made a generic break allowance for everyone, ninety minutes a day, no questions asked, which fixed it without anybody having to declare anything. It shipped on [[DATE:2 May 2022]]. [[PERSON:Darren]] presented it at the town hall as a rider wellbeing feature, which, fine lah, whatever works. Ok this one ends well, but honestly only because [[PERSON:Wei Ling]] is stubborn and [[PERSON:Rosnah]] has a brother. If either of those wasn't true, I think the penalty would still be there.
""",
)
S(
    "md4-09",
    "Australian English; energy retailer in Docklands; nickname for a full name (Sharon Whitely / Shaz); Vietnamese-Australian given name alone; real state regulator; suburbs; fictional Australian landline in the reserved range; bare year; month-year",
    ["late last year", "self-cure", "hardship team"],
    """
Bit of a long one, sorry. I was a data scientist at [[ORG:Brightgrid Energy]] in [[LOCATION:Docklands]] from [[DATE:2020]] until late last year. Most of my work was on the hardship program, which is what retailers have to offer customers who fall behind on their bills.

In [[DATE:February 2023]] my manager, [[PERSON:Sharon Whitely]] ([[PERSON:Shaz]] to everyone), asked me and [[PERSON:Minh]] to build a model predicting which hardship customers would "self-cure", meaning catch up without help. The plan was to stop calling those people and put the case managers onto the rest. On paper, reasonable. In practice the "self-cure" label was built from customers who had stopped answering the phone, and the model happily learned that people in [[LOCATION:Broadmeadows]] and [[LOCATION:Frankston]] who don't pick up will be fine. They weren't fine. A lot of them were the ones who got disconnected later.

[[PERSON:Minh]] found it first, to be fair to him. We wrote it up and [[PERSON:Shaz]] said she'd take it to the exec. She did, sort of. The exec asked whether the [[ORG:Essential Services Commission]] would ever see the model, and when legal said probably not, it went live in [[DATE:May 2023]] with a "monitoring plan" that nobody monitored.

I rang the hardship team lead directly on [[PHONE:03 5550 1842]], which in hindsight was me going around [[PERSON:Shaz]], and she told me the case managers had already noticed the disconnections. Nobody asked them either. I left at the end of the year. [[PERSON:Minh]]'s still there and says they've changed the label since. I hope that's true.
""",
)

S(
    "md4-10",
    "Irish English; payments company by the canal; Irish given names with fada (Ciarán), nickname (Dec); real regulator full name then abbreviation (DPC); internal ticket; '12th of May' date form; relative dates beside absolute",
    ["The following Monday", "two sprints", "right to erasure"],
    """
I'm a data engineer in [[LOCATION:Dublin]], at a payments company called [[ORG:Tillpoint]] with an office at [[LOCATION:Grand Canal Dock]]. This is about deletion that doesn't delete, which I gather is a genre on here.

In spring we got a batch of erasure requests from a consumer group, all valid, all under the right to erasure. My lead [[PERSON:Ciarán Daly]] gave them to me and [[PERSON:Aoife Brennan]] to process. We deleted from the production database, the warehouse and the CRM, and then [[PERSON:Aoife]] asked the obvious question: what about the nightly snapshots we'd been copying into a separate analytics bucket since [[DATE:2019]]? Nobody had ever included those in the erasure runbook.

I raised ticket [[ID:DE-2291]] on the [[DATE:12th of May]] to purge them. [[PERSON:Dec]], who owns the bucket, said it would take two sprints and the product team wanted the snapshots for a churn model. [[PERSON:Ciarán]] agreed to "defer" the purge. The following Monday we sent the customers confirmation letters saying their data had been erased.

That's the bit I can't get past. We signed letters that weren't true. [[PERSON:Aoife]] went to our DPO, who to her credit escalated it, and there was talk of notifying the [[ORG:Data Protection Commission]]. In the end the [[ORG:DPC]] wasn't told because the snapshots were purged before anyone decided whether they had to be. [[PERSON:Dec]] did it in a weekend, so two sprints was never real.

Nobody was disciplined and nobody apologised. [[PERSON:Ciarán]] said it was "a process gap". I suppose it was. I still think about the letters.
""",
)

S(
    "md4-11",
    "Canadian English; telecom in Toronto with a Montréal office; accented place name; union local; surname alone (Kowalczyk), Indigenous place (Thunder Bay); e-mail; numbered grievance ID; month-day-year US style",
    ["the union", "a grievance", "Last fall"],
    """
I work on the workforce analytics team at [[ORG:Norcom Wireless]], mostly out of the [[LOCATION:Toronto]] office on [[LOCATION:Front Street]], though half my team is in [[LOCATION:Montréal]]. Last fall we were asked to build a "productivity index" for field technicians using GPS from their trucks: time at each job, time between jobs, time parked.

My director, [[PERSON:Heather Kowalczyk]], presented it as coaching. The first version flagged technicians in northern [[LOCATION:Ontario]] way more than anyone else, because the drive from [[LOCATION:Thunder Bay]] to a rural tower is two hours and the model treated that as idle time. I pointed that out, and [[PERSON:Jean-François Roy]] from the [[LOCATION:Montréal]] team pointed out that techs in his region take their legally required breaks in their trucks because there's nowhere else to go in winter.

[[PERSON:Kowalczyk]]'s answer was to add a region adjustment and keep going. Then on [[DATE:November 18, 2022]] the index showed up in a disciplinary letter to a tech named [[PERSON:Dwayne Cardinal]], and the union filed a grievance, number [[ID:G-2022-0417]]. I found out because the union rep, [[PERSON:Pat Moreau]], e-mailed me at my work address asking how the index was calculated. I forwarded it to legal and asked if I could answer. Legal said no.

I wrote my own explanation anyway and sent it from my personal address, [[EMAIL:quietanalyst88@mailbox.example]], to [[PERSON:Pat]]. I'm not proud of the sneaking, but the letter to [[PERSON:Dwayne]] was built on my code. The grievance settled in [[DATE:March]] and the index is now "advisory only". [[PERSON:Heather]] still doesn't know it was me.
""",
)

S(
    "md4-12",
    "nothing identifying: rushed lower-case, product manager peeking at an A/B test; job titles, tools, weekdays, durations and relative dates only",
    [],
    """
ok this is small compared to some stories here but it's been eating me. i'm the only analyst on a product squad, we run a/b tests on the checkout flow. our PM has a habit of opening the experiment dashboard every morning and calling the test the day it looks green. i told him in my first week that peeking like that inflates false positives, showed him a simulation in a notebook, the whole thing. he nodded. two days later he called another test after 36 hours because "the trend is obvious".

last month it got worse. a test on a new delivery fee banner was losing for nine days, then on a friday it flipped positive for one afternoon (a promo email went out, totally unrelated). he screenshotted that afternoon and put it in the quarterly review. the head of product praised the squad in the all-hands. the banner is now live for everyone.

i went to my own manager, who is in the central analytics team, not the squad. she said she'd "raise it at the right level". that was three weeks ago. meanwhile the PM has asked me to make a "results template" where the experiment stops automatically as soon as p < 0.05. i said i'd look into it. i have not looked into it.

i know this isn't surveillance or anything dramatic. it's just slowly making every number we publish a bit of a lie, and i'm the one whose name is on the queries.
""",
)

S(
    "md4-13",
    "Mexican non-native English with Spanish; fintech in Mexico City with colonia names (Polanco, Iztapalapa); Sra. and Lic. honorifics outside; two surnames (Hernández Ruiz); Spanish month date; national phone format; real regulator CONDUSEF",
    ["buró", "colonias"],
    """
Sorry for my English, is not my first language. I was data scientist in a fintech in [[LOCATION:Ciudad de México]], the name is [[ORG:Prestamo Ya]], offices in [[LOCATION:Polanco]]. We give small credits by app, mostly to people without buró history.

In [[DATE:marzo 2023]] my jefe, [[PERSON:Rodrigo Hernández Ruiz]], ask me to include a variable from the phone: the list of installed apps. If you have betting apps, or some specific apps for remittances, the score goes down. I understand betting, more or less. But the remittance apps mean your family is in the [[LOCATION:US]] or you receive money from outside, and in the data this was very correlated with living in [[LOCATION:Iztapalapa]] or in some colonias in [[LOCATION:Ecatepec]]. So basically the model learned the poor neighbourhoods again, only with a new door.

I talked with my colleague [[PERSON:Mariana]] and she agreed, and we prepared a small presentation. We showed it to [[PERSON:Rodrigo]] and to the legal person, Lic. [[PERSON:Adriana Solís]], on [[DATE:12 de abril]]. [[PERSON:Adriana]] said that technically the user accepted the permissions, but she was worried about [[ORG:CONDUSEF]] if customers complain. [[PERSON:Rodrigo]] said we are a startup and we cannot be so delicate.

The variable went in production. I put a comment in the code and in the model card, for the future person. [[PERSON:Mariana]] left in [[DATE:junio]]. I stayed, because I need the job and my visa for later depends on experience. If somebody from the company reads this, call me to talk, [[PHONE:55 5010 7734]], I am not hiding.
""",
)

S(
    "md4-14",
    "Brazilian non-native English with Portuguese; health-tech in São Paulo (Vila Olímpia, Pinheiros); real regulator ANPD; hospital client; diminutive nickname (Fê for Fernanda); CPF-like number in an invalid pattern; Portuguese date; bare host URL",
    ["planos de saúde", "dados sensíveis"],
    """
I am data analyst in [[LOCATION:São Paulo]], in a health-tech called [[ORG:Vitalink]], the office is in [[LOCATION:Vila Olímpia]]. We make an app for scheduling exams, and our clients are clinics and one big hospital, [[ORG:Hospital Santa Luzia]].

Around [[DATE:setembro de 2022]] the commercial director, [[PERSON:Eduardo Barros]], started a conversation with two planos de saúde about "sharing insights". The insight was which users booked oncology or fertility exams, aggregated by neighbourhood, he said. But the first extract he asked me to prepare had a column with CPF. I remember because I checked the first row and it was a test user with CPF [[ID:000.123.456-00]], and the rest were real people.

I talked with [[PERSON:Fernanda Lima]], our DPO ([[PERSON:Fê]] for everybody), and she said clearly this is dados sensíveis under LGPD and cannot go without specific consent. She wrote to [[PERSON:Eduardo]] and to the CEO. [[PERSON:Eduardo]] said the partners would only use it for "population health". [[PERSON:Fê]] answered that the [[ORG:ANPD]] does not care about the intention.

There was one month of silence. Then a new product appeared on our website, [[URL:insights.vitalink.example/parceiros]], with "anonymised" dashboards by bairro, [[LOCATION:Pinheiros]], [[LOCATION:Moema]], etc. I checked and some cells had two or three people, so not anonymised at all. I sent this to [[PERSON:Fê]] on [[DATE:14/11/2022]]. She convinced them to put a minimum of fifty people per cell. It is something. Not everything. [[PERSON:Eduardo]] still says in meetings that the DPO is "very conservative", and everybody laughs, and [[PERSON:Fê]] laughs too, but I know she is tired.
""",
)

S(
    "md4-15",
    "German non-native English; automotive supplier near Munich (Garching); works council; Herr and Frau outside; umlauts and ß (Weiß, Müller); German dotted date; company e-mail; GmbH suffix inside",
    ["works council", "Betriebsrat"],
    """
I work since four years as data scientist at [[ORG:Kessler Antriebstechnik GmbH]], we are a supplier for the car industry, the data team sits in [[LOCATION:Garching]] near [[LOCATION:München]]. What I want to tell is about the factory in [[LOCATION:Regensburg]].

In the beginning of [[DATE:2022]] the plant manager, Herr [[PERSON:Weiß]], wanted a dashboard about "absence patterns" of the shift workers. Normal HR topic. But the data he wanted to combine was the badge entry times, the canteen payments and the sick notes, per person, with names. In [[LOCATION:Germany]] this is not small thing, for this you need the Betriebsrat, the works council, and an agreement.

My team lead, [[PERSON:Stefan Müller]], said we build a prototype only with pseudonyms and ask the works council later. I did not like "later". I wrote an e-mail on [[DATE:3.2.2022]] to [[PERSON:Stefan]] and to our data protection officer, Frau Dr. [[PERSON:Katrin Vogel]], at [[EMAIL:k.vogel@kessler-at.example]], with the question if this is allowed. Frau [[PERSON:Vogel]] answered the same day: no prototype before the works council agrees, and no canteen data at all.

Herr [[PERSON:Weiß]] was very angry with me. He called [[PERSON:Stefan]] and said the "young people from [[LOCATION:Garching]]" are blocking the plant. For some weeks [[PERSON:Stefan]] was cold with me. But in the end the works council made an agreement, only absence by department, no names, and the canteen data was never used. I am happy about this one. I write it because people think in [[LOCATION:Germany]] these things cannot happen, and they can, they only need somebody who writes one e-mail.
""",
)

S(
    "md4-16",
    "Polish non-native English; shared-services centre in Kraków (Zabłocie); Pani honorific outside; diminutive (Kasia for Katarzyna); Slack channel handle; vendor; Polish date; client headquartered in Chicago",
    ["shared services", "team leader"],
    """
I am analyst in a shared services centre in [[LOCATION:Kraków]], in the building in [[LOCATION:Zabłocie]]. Our company is [[ORG:Halvorsen Logistics]], the headquarters is in [[LOCATION:Chicago]], and we in [[LOCATION:Poland]] do reporting for the European warehouses.

In [[DATE:październik 2023]] we started to use a new tool from a vendor, [[ORG:Prodmetric]], which measures how fast the pickers in the warehouses walk and scan. My team leader [[PERSON:Katarzyna Zielińska]] ([[PERSON:Kasia]]) asked me to make the weekly ranking of the slowest ten percent for each site. The ranking was then sent to the site managers and, I learned later, used to not extend contracts for agency workers.

What I found was that the slowest were very often people on the night shift in [[LOCATION:Wrocław]] and older people, and also two pickers who had a documented disability accommodation, which the system did not know. I wrote about this in our channel [[HANDLE:#ops-analytics-pl]] and [[PERSON:Tomek]] from the other team wrote "+1, same in the Czech data".

[[PERSON:Kasia]] called me after and said please not in the public channel. She was not angry, she was scared, I think. She took it to Pani [[PERSON:Ewa Dąbrowska]] from HR, and HR added a rule that people with accommodation are excluded from the ranking. The ranking itself stays. The agency workers still don't know it exists. I think about leaving but the market in [[LOCATION:Kraków]] is not so good now, and honestly I don't know if another company is better.
""",
)

S(
    "md4-17",
    "Gulf/UAE, Jordanian writer; property developer in Dubai; free zone and districts (Business Bay, Dubai Marina, Deira); Arabic names with Al- and Abu used as a name; UAE phone in international format; Hijri-free Gregorian dates; expat nationalities as demonyms (unlabelled)",
    ["the nationality column", "tenant screening"],
    """
I am a Jordanian data analyst living in [[LOCATION:Dubai]] for six years. I worked for a property developer and management company, [[ORG:Sahil Properties]], in an office in [[LOCATION:Business Bay]]. Our team built the tenant screening score for the buildings we manage in [[LOCATION:Dubai Marina]] and [[LOCATION:Deira]].

In [[DATE:January 2022]] my manager, [[PERSON:Khalid Al-Mansoori]], asked me to add the nationality column to the model because "the owners want fewer problems". Everybody in the team understood what it meant. Some nationalities would get a lower score and a higher deposit. My colleague [[PERSON:Abu Faisal]], this is what we all call him, an older Syrian guy who had been there from the start, told me quietly that it was already done manually for years, the model would only make it "cleaner".

I said I would do it only if legal approved in writing. [[PERSON:Khalid]] said legal is for contracts, not for data. I went anyway to the legal advisor, [[PERSON:Rania Haddad]], and she said she would check. I never got an answer from her in writing. On [[DATE:28 February 2022]] the feature was added by someone else, a contractor from [[ORG:Accenture]], I think, but I am not sure.

I did not leave immediately. I moved to another team in [[DATE:summer 2022]] and then to another company in [[LOCATION:Abu Dhabi]]. If someone from the owners' side wants to know how it worked, I am easy to find, but I will not write my number here. Only the office number which is public: [[PHONE:+971 4 555 0193]]. I write this because I still feel that I was part of it even though I said no.
""",
)

S(
    "md4-18",
    "Egyptian English; telecom in Cairo (Smart Village, Maadi); Eng. honorific outside; family name alone; real regulator NTRA; governorates (Giza, Assiut); ID of an internal request; day-month-year",
    ["a government body", "call detail records"],
    """
I worked in the BI department of a mobile operator in [[LOCATION:Cairo]], I will not name it, our building is in [[LOCATION:Smart Village]]. In [[DATE:late 2021]] a request came down from the top to our team: produce a list of subscribers whose call detail records showed frequent contact with numbers in certain areas of [[LOCATION:North Sinai]], plus their home cell tower. The request said it came from "a government body" and had the reference [[ID:REQ-SEC-0931]] on it.

My manager, Eng. [[PERSON:Hesham Fawzy]], said we have no choice, the [[ORG:NTRA]] licence requires cooperation. Maybe this is true, I am not a lawyer. What I noticed was that the query he gave me was not limited to [[LOCATION:North Sinai]]. It included all subscribers with many calls to [[LOCATION:Giza]] and [[LOCATION:Assiut]] from abroad, which is basically every family with a son working in the [[LOCATION:Gulf]].

I asked [[PERSON:Nourhan]], who sits next to me and is much braver than me, what to do. She said make the query exactly as written in the official request and nothing more, and write down the difference. So on [[DATE:9 December 2021]] I sent [[PERSON:Fawzy]] a message showing that his query returned about forty times more people than the official one. He did not answer. The next day the query was run by someone from another department.

I moved to a bank in [[LOCATION:Maadi]] a year later. [[PERSON:Nourhan]] is now in [[LOCATION:Berlin]]. I think about the forty times often.
""",
)
S(
    "md4-19",
    "nothing identifying: formal reflective prose by a researcher; job titles (the PI, the ethics board), relative dates, generic places (a university hospital, the capital)",
    [],
    """
I have hesitated for a long time before writing this, because nothing dramatic happened and no rule was clearly broken. I was a postdoctoral researcher on a project that used routinely collected health records to predict deterioration in elderly patients. The data came from a university hospital in the capital, under an agreement negotiated before I joined.

About six months into the project I noticed that the cohort included patients who had explicitly opted out of secondary use. The opt-out flag existed in the source system but had been dropped in an early extraction step, probably by accident. I raised it with the PI in a one-to-one meeting. He was not dismissive; he was worried, and then, over the following weeks, increasingly keen to treat it as a technical detail. The opted-out patients were a small fraction, he said, and removing them would not change the results.

That was true. I checked, and the results did not change. But the paper had already been submitted, and the ethics board had approved the protocol on the understanding that opt-outs were respected. The PI decided to remove the records for the revision and to say nothing in the response to reviewers.

I did not push further. I was on a fixed-term contract that he would decide whether to renew, and I had a child starting school. The revision was accepted. I still think the ethics board should have been told, and I think my silence made the next shortcut a little easier for everyone, including me. That is why I am writing it down now, a few years later, anonymously.
""",
)

S(
    "md4-20",
    "Japanese writer; Tokyo (Shinagawa, Otemachi); -san suffix outside; family-name-first names (Sato Kenji); Japanese-era date and Western date; client bank as abbreviation after full name; internal model name",
    ["nemawashi", "two months of dinners"],
    """
I am a data scientist at a consulting firm in [[LOCATION:Tokyo]], our office is in [[LOCATION:Shinagawa]]. From [[DATE:令和4年]] ([[DATE:2022]]) I was assigned to a project for a regional bank, [[ORG:Setouchi Trust Bank]] ([[ORG:STB]]), to build an early warning model for small business loans. Internally the model was called [[ORG:Kazamidori]].

My project manager was [[PERSON:Sato Kenji]]. [[PERSON:Sato]]-san is a kind person but he always wants to avoid conflict with the client. The client side leader was [[PERSON:Nakamura]]-san from the [[ORG:STB]] head office in [[LOCATION:Otemachi]]. In the second month, [[PERSON:Nakamura]]-san asked us to add a feature: whether the company president is over seventy years old. The reason he said was "succession risk". In practice, it lowered the score of many small family shops in [[LOCATION:Osaka]] and [[LOCATION:Kobe]] with old owners who pay very reliably.

I showed the analysis to [[PERSON:Sato]]-san and to my senior colleague [[PERSON:Yuki Tanaka]]. [[PERSON:Tanaka]]-san agreed it was age discrimination in effect, even if the law is not so clear. [[PERSON:Sato]]-san said we should do nemawashi first, talk informally with the client before saying anything in a meeting. We did the nemawashi for almost two months. On [[DATE:2022年11月10日]] [[PERSON:Nakamura]]-san finally agreed to use "succession plan exists: yes/no" instead of age.

It is a better feature, honestly. But it took two months of dinners and polite words, and during those two months the old model version was already used for real decisions. I don't know how many shops were affected. [[ORG:Kazamidori]] is still running today.
""",
)

S(
    "md4-21",
    "Korean writer; Pangyo tech company; -ssi and 팀장님 style titles outside; family-name-first names with hyphenated given names (Kim Min-jun); real regulator PIPC; KakaoTalk as tool (unlabelled); Korean date; e-commerce client",
    ["terms of service", "team lead"],
    """
I work as ML engineer in [[LOCATION:Pangyo]], for a company that makes recommendation systems for e-commerce, the company is [[ORG:Nuri Labs]]. Our biggest client in [[DATE:2023]] was an online fashion mall, [[ORG:Dalbit Mall]].

In spring, my team lead [[PERSON:Kim Min-jun]] received a request from [[ORG:Dalbit]]: use the customer's body size data and the photos they upload for reviews to predict "body type", and then show different prices of shipping and different coupons. My colleague [[PERSON:Lee Seo-yeon]] and I were asked to build the body type classifier. [[PERSON:Seo-yeon]]-ssi said immediately this is sensitive, and the users uploaded photos for reviews, not for this.

[[PERSON:Min-jun]] 팀장님 said the terms of service cover "service improvement". I checked the terms and yes, there is a sentence like that, very vague. I suggested we ask the privacy officer of the client. The answer came from [[ORG:Dalbit]]'s side on [[DATE:2023년 5월 22일]]: they said it is fine because the [[ORG:PIPC]] guidelines allow pseudonymised data for statistics. But this was not statistics, it was individual pricing.

[[PERSON:Seo-yeon]] refused to continue and was moved to another project. I continued, because I thought if I leave somebody else will do it worse. I made the classifier only three classes and very uncertain, and I reported the accuracy honestly low. The feature was launched in a limited way in [[DATE:July]], for coupons only, not shipping. I don't know if what I did was resistance or just compliance with extra steps. [[PERSON:Seo-yeon]] still does not talk with me much.
""",
)

S(
    "md4-22",
    "Chinese writer in Shenzhen; Nanshan district; Xiao and Lao prefixes outside; pinyin names family-first (Zhou Wei); English nickname (Kevin); Chinese date; delivery platform client; WeChat as tool; WeChat ID as handle",
    ["the client", "accident claims data"],
    """
I was a data analyst at an outsourcing company in [[LOCATION:Shenzhen]], office in [[LOCATION:Nanshan]]. We did analytics for a food delivery platform. I will not say which platform, but our project code was [[ORG:Project Lanhai]].

In [[DATE:2021年8月]], my boss [[PERSON:Zhou Wei]], we call him Lao [[PERSON:Zhou]], asked me to analyse how the delivery time limits could be shortened again. The riders already complained a lot. The method was: find the fastest twenty percent of riders on each route, and make their time the new standard. Xiao [[PERSON:Chen]], the junior on my team, pointed out that the fastest riders are the ones who run red lights and ride on the sidewalk. I checked the accident claims data we also had, and yes, the fastest group had more than double the accidents.

I made a slide with this and gave it to Lao [[PERSON:Zhou]]. He said the client only wants the time standard, the accidents are "not our scope". Then our account manager, [[PERSON:Kevin Liang]], told me privately that the client already knew, and that the slide would only make trouble for our company's contract renewal.

I did not send the slide. I kept it. Later some journalists wrote about riders and accidents, and I thought about sending it to them. I even found one journalist's WeChat, [[HANDLE:xiaoyu_reporter_2020]], but in the end I did nothing. I moved to a company in [[LOCATION:Hangzhou]] the next year. Xiao [[PERSON:Chen]] still sends me New Year messages. I think she is braver than me.
""",
)
S(
    "md4-23",
    "Vietnamese writer; Ho Chi Minh City districts (Quận 1, Thủ Đức); honorifics anh and chị outside; Vietnamese names with diacritics, given name alone; Vietnamese date; consumer finance client; Zalo as tool",
    ["Zalo", "special team"],
    """
I work as data analyst for a consumer finance company in [[LOCATION:Ho Chi Minh City]]. Our office is in [[LOCATION:Quận 1]] and the call centre is in [[LOCATION:Thủ Đức]]. The company name is [[ORG:Tín Việt Finance]]. We lend money for motorbikes and phones, mostly to factory workers.

In [[DATE:tháng 3 năm 2023]], my manager anh [[PERSON:Phạm Quốc Bảo]] asked me to build a model to choose which overdue customers should be called by the "special team". Everybody knew the special team was the one that calls the customer's relatives and even their boss at the factory, many times per day. The input data included the contacts that the customer gave as references, and also the Zalo contacts that the app collected.

Chị [[PERSON:Hương]], who leads the call centre side, told me honestly that the special team works because people are ashamed. She did not like it, but the numbers were good. I asked anh [[PERSON:Bảo]] if legal had checked the new decree about personal data, Decree 13. He said legal is in [[LOCATION:Hà Nội]] and very slow, we cannot wait.

I built the model but I set the threshold very high, so only a few customers were selected, and I wrote in my report on [[DATE:ngày 5 tháng 6 năm 2023]] that the model is not confident. Anh [[PERSON:Bảo]] saw this and asked [[PERSON:Tuấn]] from the other team to lower the threshold. After that the number of calls to relatives was three times more. I still work there. I don't know if my small trick helped anybody or only delayed it one week.
""",
)

S(
    "md4-24",
    "Indonesian English with Bahasa; Jakarta business districts (SCBD, Kuningan); Pak, Bu, Mbak outside; single-name Javanese person (Sutrisno); real regulator OJK; Jakarta phone in international format; Indonesian month date",
    ["pinjol", "debt collector"],
    """
I am a data scientist at a P2P lending company in [[LOCATION:Jakarta]], the name is [[ORG:DanaKita]], our office is in [[LOCATION:SCBD]]. Before this I was in a bank in [[LOCATION:Kuningan]], so I know the difference between legal lending and pinjol, and we are supposed to be the legal one, registered with [[ORG:OJK]].

In [[DATE:Agustus 2022]], our head of collections, Pak [[PERSON:Sutrisno]], asked me for a feature to predict "who will pay if we contact their contacts". I said [[ORG:OJK]] rules do not allow contacting people other than the emergency contact. He said we only use the emergency contact, but the model should use the whole phonebook to choose. Mbak [[PERSON:Rini]] from legal was in the meeting and she said nothing, which in our culture means she did not agree but will not fight with Pak [[PERSON:Sutrisno]].

After the meeting I asked Mbak [[PERSON:Rini]] directly. She said "honestly, it is not allowed, but write me an email so I have something". I wrote the email. She forwarded it to the compliance head, Bu [[PERSON:Dewi Lestari]], who called a meeting on [[DATE:5 September 2022]] and said no phonebook features at all.

Pak [[PERSON:Sutrisno]] was angry for some time, he stopped inviting me to the collections meeting. But the feature did not happen. Later I heard from a friend at another company that a debt collector agency called him, from [[PHONE:+62 21 5550 1934]], and asked for "a better model" with the phonebook. So maybe the idea went to a vendor instead. I cannot control that. I hope [[ORG:OJK]] is watching the vendors too.
""",
)

S(
    "md4-25",
    "Malaysian English; Kuala Lumpur districts (Bangsar South) and Cyberjaya; Encik and Puan outside; Indian-Malaysian and Chinese-Malaysian names; Sdn. Bhd. suffix; employee ID; date with weekday outside",
    ["the PDPA", "lah"],
    """
I'm an analytics engineer at [[ORG:Kembara Travel Sdn. Bhd.]], a travel booking company with the head office in [[LOCATION:Bangsar South]] and the data centre in [[LOCATION:Cyberjaya]]. This happened in [[DATE:2023]] and I'm still a bit upset about it.

We had a data sharing deal with an insurance partner. They wanted to know which customers book trips to certain destinations, for "travel insurance targeting". Fine. Then my manager, Encik [[PERSON:Azlan]], forwarded a second request where they wanted the passport expiry and date of birth also, per customer. I asked [[PERSON:Azlan]] whether the customers agreed to this. He said the booking form has a tick box for partners. The tick box is pre-ticked lah, everybody knows.

My colleague [[PERSON:Priya Nair]] and I checked the PDPA guidance and it was not clear to us if pre-ticked counts as consent. We went to our DPO, Puan [[PERSON:Noraini]], on Monday [[DATE:10 July]]. She asked for the request in writing and my staff ID, [[ID:KT-04417]], for her log. She was serious about it, I appreciated that.

Then nothing happened for a month. Then [[PERSON:Jason Ong]] from the partnerships team told us the extract had already been sent, from another system, by the vendor who manages our booking engine. So our DPO was checking a request that was already fulfilled. [[PERSON:Noraini]] was quite angry when she found out. There was an internal review. Encik [[PERSON:Azlan]] got a warning. The data was not called back, because it cannot be called back. [[PERSON:Priya]] left the company after that. I am still here.
""",
)

S(
    "md4-26",
    "nothing identifying: rushed mobile post, gig-work pay algorithm; job titles, apps as tools, weekdays and relative dates; ordinary words that are names elsewhere (will, hope, grace period, mark)",
    [],
    """
posting from my phone sorry for typos. i'm a data analyst at a delivery app (not saying which, it's a small market, you'd know). three weeks ago our pricing lead asked me to change how we calculate the per-trip bonus so that couriers who reject more than two orders in a shift lose the whole week's bonus, not just that shift. on paper it's to "improve reliability". i ran the numbers and the people who reject most are the ones who work nights and reject long trips to the outskirts because they don't feel safe. so basically we'd punish the ones being careful.

i said this in the weekly sync on tuesday. pricing lead said will take it offline. offline means never. then on friday the change shows up in the release notes, with a grace period of two weeks before it applies. i hope i'm wrong but i think the grace period is just so couriers don't notice it happening together with the new fee.

i messaged my manager. she said she agrees with me but this was decided above her and we should "mark it as a risk" in the doc. so i marked it as a risk. there's a whole column of risks in that doc nobody reads.

i don't know what i want from posting this. maybe just for someone to tell me that i'm not crazy and this is what it looks like. anyway, it goes live next month. couriers have a group chat, maybe they'll figure it out before we do.
""",
)

S(
    "md4-27",
    "Pakistani English with Urdu; Karachi (Clifton, I.I. Chundrigar Road); sahib and bhai after names outside; real regulator SBP and NADRA; CNIC-like number in an invalid all-zero pattern; bank; Gregorian date with ordinal",
    ["Allah knows", "KYC"],
    """
I am working in the analytics department of a commercial bank in [[LOCATION:Karachi]], head office on [[LOCATION:I.I. Chundrigar Road]], but my team is in the [[LOCATION:Clifton]] building. The bank is [[ORG:Indus Crescent Bank]], a mid-sized one.

In [[DATE:2022]] we were asked to build a model for credit card pre-approval. My manager [[PERSON:Faraz]] sahib gave us the feature list from the business side, and one of the features was the customer's "family tree size" from [[ORG:NADRA]] verification data. [[ORG:NADRA]] verification is only for KYC, not for marketing or credit. My senior, [[PERSON:Adeel]] bhai, said this is very normal in the industry and nobody checks.

I asked [[PERSON:Faraz]] sahib if [[ORG:SBP]] would be okay with this. He said [[ORG:SBP]] cares about defaults, not about features. I was not convinced. I tested the model with and without the feature. The difference in accuracy was very small, but customers from big families, which often means from smaller cities like [[LOCATION:Larkana]] or [[LOCATION:Dera Ghazi Khan]], got lower scores. I showed this to [[PERSON:Faraz]] sahib on [[DATE:3rd October 2022]] with an example record, CNIC [[ID:00000-0000000-1]] which was a test one.

He said okay, remove it, but do not make noise. So I removed it and did not make noise. I am writing here because I want people to know that sometimes you win quietly, and also that the same feature list went to another team later and I don't know what they did. Allah knows. [[PERSON:Adeel]] bhai still laughs at me for being "too ethical for banking".
""",
)

S(
    "md4-28",
    "Bangladeshi English; Dhaka (Gulshan, Motijheel) and Gazipur factory belt; garment buyer; apa and bhai after names outside; Bengali month with year; e-mail with .example domain; audit reference",
    ["the buyer", "compliance audit"],
    """
I work as a data analyst for a garments group in [[LOCATION:Dhaka]], our corporate office is in [[LOCATION:Gulshan]] and the factories are in [[LOCATION:Gazipur]] and [[LOCATION:Ashulia]]. The group is [[ORG:Meghna Apparels]]. Our biggest buyer is a European fashion brand, I will not name them.

In [[DATE:Boishakh 1430]], so around [[DATE:April 2023]], before a compliance audit from the buyer, my boss [[PERSON:Rezaul Karim]] asked me to "clean" the working hours dataset. The real data from the attendance machines showed many workers doing more than 60 hours a week in peak season. The clean version should show maximum 60. He said the extra hours were "voluntary" and not needed in the report.

I talked with [[PERSON:Shirin]] apa from HR. She said the same thing happens every year and the buyer knows. I did not fully believe that the buyer knows. So I made two files, the clean one as instructed and the real one, and I kept the real one. Later [[PERSON:Tanvir]] bhai from the IT side told me the auditor also asked for raw machine logs, and they gave the cleaned logs.

I thought about sending the real file to the buyer's ethics line. I even wrote the email, to [[EMAIL:ethics-line@buyer-compliance.example]], audit reference [[ID:AUD-BD-23-0711]], and did not send it. My family depends on this salary, and in our industry if you are known as a whistleblower nobody hires you. I am still thinking. The file is on a pen drive in my drawer.
""",
)

S(
    "md4-29",
    "Ghanaian English; Accra (Airport City, East Legon, Madina); Auntie outside; Akan day-name (Kwame, Akosua); GhanaPost digital address as LOCATION; real regulator Data Protection Commission (Ghana); mobile money as tool; month-year",
    ["mobile money", "the regulator"],
    """
I'm a data scientist at a mobile money analytics startup in [[LOCATION:Accra]], [[ORG:Sika Insights]], we're in a small office in [[LOCATION:Airport City]]. We sell transaction analytics to lenders and a few retailers.

Around [[DATE:November 2022]] a new client came to us, a microfinance company with branches in [[LOCATION:Madina]] and [[LOCATION:Kasoa]]. They wanted a "social reliability" score. The inputs they proposed were mobile money transfers to and from churches and mosques, how often someone sends money to family up north, and whether they pay their susu contributions on time. My CEO [[PERSON:Kwame Boateng]] liked it because it was "local context", which is something investors love to hear.

My teammate [[PERSON:Akosua]] and I said religion and family remittances are exactly the things that should not be in a credit score. [[PERSON:Kwame]] said we are not using religion, only transaction counterparties. Auntie [[PERSON:Efua]], who is our office manager but honestly the wisest person in the building, said "if the customer knew, would they be happy?" and that kind of ended the meeting.

We did a compromise. No church or mosque counterparties, no family remittances. The client was not happy and went with another vendor. [[PERSON:Kwame]] was disappointed about the revenue but later said he was glad, especially after the [[ORG:Data Protection Commission]] started asking fintechs questions in [[DATE:2023]]. The client's office, by the way, was at [[LOCATION:GA-492-7731]] in the GhanaPost system, in case anybody from the regulator reads this. I moved to [[LOCATION:East Legon]] since, and I'm still at [[ORG:Sika]].
""",
)

S(
    "md4-30",
    "American, rushed Texan writer; police-tech vendor in Austin; client cities (Houston, a county); @handle of a journalist; lower-case nickname ('big mike'); month-day with ordinal; URL with scheme",
    ["a county", "heat list"],
    """
Throwaway-ish. I was a contract data scientist for a police-tech vendor in [[LOCATION:Austin]] called [[ORG:Sentinel Grid]] for about eight months. Our product ranked "hot spots" for patrol and, starting in [[DATE:2021]], "persons of interest", which is a nicer name for a heat list.

My manager was [[PERSON:Mike Dawson]] ([[PERSON:big mike]], there were two Mikes). In the spring a sheriff's office in a county outside [[LOCATION:Houston]] asked whether we could include people's social media connections to known gang members. [[PERSON:Big Mike]] said yes in the sales call before anyone on the data side heard about it. My coworker [[PERSON:Tasha Greene]] and I found out when the requirement showed up in the sprint.

We pulled the numbers on the existing list first. It was something like 80% Black and Latino men under 25, which matches nothing except where the patrols already go. Adding "friends of" would have made it worse by construction. We wrote a memo on [[DATE:May 11th]] and [[PERSON:Tasha]] presented it. [[PERSON:Mike]] said "we just build the tool, they make the decisions", and that we were being "activists".

I left when my contract ended in [[DATE:June 2021]]. [[PERSON:Tasha]] stayed a bit longer and then went to a nonprofit. Later a reporter, [[HANDLE:@lena_reports_tx]], wrote a thread about heat lists in [[LOCATION:Texas]] that mentioned the vendor, linking to their old marketing page, [[URL:https://sentinelgrid.example/solutions/poi]]. It's down now. I sent her the memo. I don't know if she used it. [[PERSON:Mike]] is still selling it, under a new product name.
""",
)

S(
    "md4-31",
    "Scottish writer; council in Glasgow with an Edinburgh partner; initials for a person (J.M.), surname alone (Fraser), Gaelic given name (Eilidh); real health board NHS Lothian and the ICO; UK landline in drama range; day-month-year",
    ["the council", "the social work team"],
    """
I'm a data analyst in local government in [[LOCATION:Glasgow]]. I won't name the council, though anyone from here could probably guess. In [[DATE:2022]] we joined a pilot with [[ORG:NHS Lothian]] and a charity in [[LOCATION:Edinburgh]] to "identify families at risk" by joining school attendance, housing arrears and A&E visits.

The project lead on our side was [[PERSON:Alasdair Fraser]]. [[PERSON:Fraser]] is a decent guy, genuinely wants to help kids, and that's part of why it went the way it did. The model was built by a contractor, [[PERSON:J.M.]], who I never met in person. When I got access to the outputs, the top of the list was dominated by families in [[LOCATION:Drumchapel]] and [[LOCATION:Castlemilk]], and a lot of them were flagged because of housing arrears during the pandemic, when half the city was in arrears.

My colleague [[PERSON:Eilidh]] from the social work team was the one who said it out loud: if we send social workers to the top of this list, we're sending them to people who were poor during lockdown. She wrote to [[PERSON:Alasdair]] on [[DATE:14 June 2022]]. He agreed to pause the "outreach" part while we reviewed the features.

The pause lasted about six weeks. Then someone from the health board side phoned our team line, [[PHONE:0141 496 0187]], asking why the list had stopped coming. The list started again with a "human review" step that was one person with two hundred names a week. [[PERSON:Eilidh]] went to the [[ORG:ICO]] in the end. I don't know what came of it. I'm still here, still running the extract every Monday.
""",
)

S(
    "md4-32",
    "New Zealand English with te reo Māori; Wellington government agency (real Ministry of Social Development named once, then MSD); suburbs (Porirua, Lower Hutt); macron names; month alone and full date; internal ID",
    ["whānau", "Kia ora", "the ministry"],
    """
Kia ora. I was a data scientist on contract at the [[ORG:Ministry of Social Development]] in [[LOCATION:Wellington]] for about a year. This is about a model that was supposed to help case managers prioritise, and what happened when we looked at who it prioritised.

The model scored benefit recipients for "likelihood of long-term dependency". My lead was [[PERSON:Hamish Clarke]] and the senior analyst I worked most with was [[PERSON:Mere Tūhoe]]. In [[DATE:March]] [[PERSON:Mere]] noticed that the scores for Māori and Pasifika whānau in [[LOCATION:Porirua]] and [[LOCATION:Lower Hutt]] were systematically higher, and that the most important feature was "number of prior contacts with [[ORG:MSD]]", which of course reflects how much the ministry has already targeted those communities.

[[PERSON:Hamish]] agreed it was a problem and raised it at the governance group on [[DATE:21 April 2022]]. The governance group asked for "more analysis". We did more analysis. It said the same thing. [[PERSON:Mere]] wrote a paper, internal reference [[ID:MSD-DS-2022-117]], recommending the feature be removed and that iwi partners be consulted on whether the model should exist at all.

The feature was removed. Consultation didn't happen before my contract ended. I heard from [[PERSON:Hemi]], another contractor, that the model was retired quietly a few months later, not because of our paper but because of a budget cut. So the right outcome, for the wrong reason. [[PERSON:Mere]] is still there. I think she's the reason anything changed at all, and I'm not sure she'd ever get credit for it.
""",
)
S(
    "md4-33",
    "nothing identifying: analytics engineer asked to keep logs after a deletion promise; tools (Snowflake, dbt, Airflow, Slack), job titles, weekdays, durations; ordinary words that are names elsewhere (grant, rose, summer)",
    [],
    """
This is a short one about retention. I'm an analytics engineer at a mid-sized subscription company. Last summer legal published a new retention policy: raw event logs with IP addresses and device identifiers would be deleted after ninety days. Our privacy page was updated the same week. Everybody was proud of it.

I was asked to implement it in the warehouse. It was straightforward: a scheduled Airflow job that drops partitions older than ninety days in Snowflake, plus a dbt model that keeps only aggregated counts. I shipped it in about two weeks.

Then the head of growth found out. His team used the raw logs for attribution across a whole year, and the numbers in his board slides would change if they lost them. He asked my manager to "grant an exception" for his team. My manager, who is a good person under a lot of pressure, asked me on a Thursday afternoon to copy the raw logs into a separate schema before the job ran, "temporarily, while we sort out the attribution model".

That was more than half a year ago. The schema is still there. It has grown, because nobody changed the copy step, and the privacy page still says ninety days. The cost of the schema rose enough that finance asked about it, and the answer they got was "attribution". I put a reminder in the team channel every month. Somebody reacts with an eyes emoji. I've started to think the reminders are the only record that anyone knew, and I'm not sure whether keeping that record is brave or just a way to cover myself.
""",
)

S(
    "md4-34",
    "Chilean Spanish-English; Santiago (Las Condes, Providencia, Puente Alto); don honorific outside; RUT-like number; insurer; abbreviation after the full regulator name (CMF); Spanish date; Chilean mobile number",
    ["isapre", "The gerente"],
    """
I work as a data scientist in [[LOCATION:Santiago]] for a health insurer, an isapre, called [[ORG:Salud Andina]]. The office is in [[LOCATION:Las Condes]]. My story is about pricing, in [[DATE:octubre de 2022]].

The gerente of pricing, don [[PERSON:Patricio Ossandón]], wanted a new model for the price of plans. He asked us to include the comuna of residence, and the number of times the person changed plan. My colleague [[PERSON:Camila Rojas]] showed that comuna was basically a proxy of income and also of age: people in [[LOCATION:Puente Alto]] and [[LOCATION:La Pintana]] got higher prices for the same risk, and people in [[LOCATION:Providencia]] lower.

We presented this. Don [[PERSON:Patricio]] said that this is "actuarial reality". [[PERSON:Camila]] asked him if he would say the same in front of the [[ORG:Superintendencia de Salud]]. It was a bad moment. He ended the meeting. After, he sent an email to all the team saying the discussion was "very academic".

[[PERSON:Camila]] was moved to another area in [[DATE:diciembre]]. I continued and I made the model, but I wrote in the documentation the analysis by comuna, with her name, because it was her work. The documentation has a reference, [[ID:PRC-2022-33]]. If the regulator asks one day, it is there. Also, if [[PERSON:Camila]] reads this: call me, I changed my number, it is [[PHONE:+56 9 5550 2841]]. I owe you a coffee and an apology for not saying more in that meeting.
""",
)

S(
    "md4-35",
    "Argentine writer; Buenos Aires (Palermo, La Matanza); voseo Spanish phrases; surname alone (Ferrari), nickname (el Tano); lower-case startup; Spanish month; WhatsApp as tool; URL bare host",
    ["public is not the same as fair", "che"],
    """
I am a data engineer in [[LOCATION:Buenos Aires]], in a startup called [[ORG:cuotita]] (yes lower case, very cool). We give credit for buying electronics in installments. The office is in [[LOCATION:Palermo]], in a house with a very expensive coffee machine.

In [[DATE:mayo 2023]] our CTO, [[PERSON:Martín Ferrari]], asked me to connect a new data source: a scraper that reads the public WhatsApp profile photo and status of the applicant, and also checks a website, [[URL:deudores-publicos.example/buscar]], that lists people with debts. [[PERSON:Ferrari]] said it is public information, so no problem. I said public is not the same as fair. He said "che, don't be philosopher, be engineer".

My friend from the risk team, [[PERSON:Gustavo]], we call him [[PERSON:el Tano]], made a test. He found that the profile photo feature was basically detecting skin colour and age, because the model learned from old defaults. Applicants from [[LOCATION:La Matanza]] were rejected much more. [[PERSON:Tano]] sent the analysis to [[PERSON:Martín]] and to the CEO on [[DATE:2 de junio]].

The CEO stopped the photo feature. The debtor website stayed. [[PERSON:Martín]] was not happy with [[PERSON:Tano]] for some weeks, he called it "a betrayal by email". I don't think it was a betrayal. I think it was the only reason the thing stopped. I am still in [[ORG:cuotita]], [[PERSON:Tano]] left for a bank. We drink mate on Fridays still and we laugh about the philosopher thing, but it is not really funny.
""",
)

S(
    "md4-36",
    "Colombian writer; Medellín (El Poblado) and Bogotá; doña outside; compound surname (Restrepo Vélez); cédula-like number; government client; Spanish date with day; handle of a union",
    ["the mayor", "a municipality"],
    """
I am a data analyst at a consulting firm in [[LOCATION:Medellín]], our office is in [[LOCATION:El Poblado]]. The firm is [[ORG:Analítica Montaña]]. In [[DATE:2022]] we won a contract with a municipality near [[LOCATION:Bogotá]] to build a system for allocating social subsidies.

Our project leader was [[PERSON:Juliana Restrepo Vélez]]. [[PERSON:Juliana]] is very good, very technical. The problem came from the client side: the secretary of social development, doña [[PERSON:Gloria Pardo]], wanted the model to include if the family had "political participation", which they could get from the list of people who attended community meetings. Everybody understood this was about the elections.

I talked with [[PERSON:Andrés]], another analyst, and we decided to raise it with [[PERSON:Juliana]]. She agreed and wrote a formal note on [[DATE:17 de agosto de 2022]] saying we would not include that variable. Doña [[PERSON:Gloria]] called our director and threatened to cancel the contract. The director, to my surprise, supported [[PERSON:Juliana]].

In the end the contract continued without that variable. But then a community leader posted on Twitter, tagging the workers union [[HANDLE:@sintrasocial_co]], that people in some barrios were told the subsidy depends on "being with the mayor". So maybe they did it manually, outside the model. When I was testing the data I saw one record with cédula [[ID:1.000.000.123]] that was in our test set and also in a list of the campaign. I reported it to [[PERSON:Juliana]]. I don't know what happened after. I think about it a lot.
""",
)
S(
    "md4-37",
    "Spanish (Spain) writer; retail chain in Madrid with a Barcelona logistics hub; real regulator AEPD; two surnames; nickname (Pepe); Spanish date; company e-mail; loyalty app internal name",
    ["loyalty app", "audience ID"],
    """
I am a data scientist in [[LOCATION:Madrid]] for a supermarket chain, [[ORG:Mercadial]]. The data team is in the offices in [[LOCATION:Alcobendas]], and logistics is in [[LOCATION:Barcelona]]. Our loyalty app is called [[ORG:MiCesta]].

In [[DATE:marzo de 2022]] the director of marketing, [[PERSON:José Luis Ortega]] ([[PERSON:Pepe]], everybody calls him [[PERSON:Pepe]]), asked for a new segment: customers who buy products for diabetes, gluten-free, or pregnancy tests, to sell advertising to pharma brands inside the app. He said the data is "anonymous" because the brands receive only an audience ID.

My colleague [[PERSON:Lucía Fernández Gil]] and I explained that health inferences are special category data, and an audience ID that can be targeted inside [[ORG:MiCesta]] is not anonymous. [[PERSON:Pepe]] said the competitors already do it. We wrote to the DPO, [[EMAIL:dpo@mercadial.example]], on [[DATE:4 de abril]]. The DPO answered that a consultation with the [[ORG:AEPD]] would take months and that the project should wait.

[[PERSON:Pepe]] did not wait. He changed the segment name from "health" to "wellbeing" and included vitamins and yoghurt, so it looked general. But the core of the segment was the same products. [[PERSON:Lucía]] refused to build it. I built it, because I was on a temporary contract, and I hate that this is the truth.

After one year the segment was stopped, because one brand's lawyer asked questions, not because of us. [[PERSON:Lucía]] now works in the public sector. When people ask me about ethics in data, I think of her and not of me.
""",
)

S(
    "md4-38",
    "French writer; insurer in Paris (La Défense) and Lyon; Mme and M. outside; hyphenated given names (Marie-Claire), particle (de la Tour); real regulator CNIL; French date; internal project code",
    ["the clustering", "young drivers"],
    """
I am an actuary turned data scientist at an insurance group in [[LOCATION:La Défense]], near [[LOCATION:Paris]]. I will say the name because the story is old enough: [[ORG:Mutuelle Horizon]]. In [[DATE:2021]] we launched [[ORG:Projet Alouette]], a telematics offer for young drivers, with a box in the car.

The product manager, Mme [[PERSON:Marie-Claire Dubois]], wanted to use the box data for something more than driving: to detect "risky lifestyle", meaning if the car is often parked near bars at night, or near certain clinics. She said it was only a test. My manager, M. [[PERSON:Antoine de la Tour]], asked me to do the clustering.

I did the first analysis and I saw immediately that one cluster was people who park regularly near a hospital in [[LOCATION:Lyon]] that does dialysis and oncology. I went to see [[PERSON:Antoine]] and told him this is health data by inference and the [[ORG:CNIL]] would not accept it. He agreed, but he said "talk to [[PERSON:Marie-Claire]], not me". I talked with [[PERSON:Marie-Claire]] on [[DATE:8 novembre]], she said the clusters would be used only "for marketing".

I wrote a note to our DPO. The DPO stopped the lifestyle part, with a very diplomatic email. [[ORG:Alouette]] continued only for driving behaviour. [[PERSON:Marie-Claire]] left the company the year after, for a startup. I stayed. I am proud of the note, but I remember that I needed three weeks to decide to write it, and in these three weeks I said nothing to anybody.
""",
)

S(
    "md4-39",
    "Italian writer; energy retailer in Milan (Porta Nuova) with a call centre in Bari; dott. and ing. titles outside; surname alone (Colombo); real regulator Garante; Italian phone; Italian date",
    ["the call centre", "telemarketing"],
    """
I work as a data analyst in [[LOCATION:Milano]] for an energy retailer, [[ORG:Lumenia Energia]], our offices are in [[LOCATION:Porta Nuova]]. The call centre that does the telemarketing is in [[LOCATION:Bari]], and it is a different company, [[ORG:Contatto Sud S.r.l.]], working for us.

In [[DATE:gennaio 2023]] the sales director, dott. [[PERSON:Colombo]], asked us to prepare lists of "customers with high propensity to switch" for the call centre. Normal. But the list he wanted included also people who had asked to not be contacted, the opt-out ones, because "they are the most likely to leave, we must call them first". My team lead, ing. [[PERSON:Francesca Greco]], said clearly in the meeting that this is illegal, the [[ORG:Garante]] already fined companies in our sector for this.

[[PERSON:Colombo]] said the lists are sent to the call centre and the call centre is responsible for checking the opt-out register. [[PERSON:Francesca]] said we cannot send data we know is opt-out. It was a strong moment, I admired her. After that, she asked me to add a filter and to document it, and I did, on [[DATE:20 gennaio 2023]].

Three months later I saw that a second list was being produced by somebody in the sales team with an Excel file, without our filter. I told [[PERSON:Francesca]]. She escalated. I don't know exactly what happened, but the Excel lists stopped. Last week I received a call from an unknown number, [[PHONE:+39 080 555 0172]], offering me a new energy contract. I am an opt-out customer of my own company. So I am not sure it really stopped.
""",
)

S(
    "md4-40",
    "nothing identifying: health-tech analyst, model validated on the wrong population; job titles, generic places (a rural clinic, the capital city), relative dates, tools; words that are names elsewhere (grace, joy, faith)",
    [],
    """
I have been a data analyst at a small health-tech company for almost three years. We make a triage app that nurses use in clinics, and last year we added a risk score that suggests which patients should be seen first.

The model was trained on data from a large private hospital in the capital city. When the sales team started selling the app to rural clinics, I asked whether anyone had checked the model on their patients. The answer from the product owner was that "medicine is medicine". I did a small check with the first few months of data from two rural clinics. The score under-estimated risk for pregnant women and for older patients with chronic conditions, probably because in the private hospital those patients came in earlier, with better records.

I wrote a short report and presented it to the medical director and the CTO on a Wednesday. The medical director took it seriously. She asked for a recalibration and a warning in the app. The CTO said there was no time before the next release and that nurses use their own judgement anyway. I said that nurses trust the score, because we told them to.

After two weeks of back and forth they agreed to show the score with a warning for those two groups, and to recalibrate in the next quarter. The recalibration has been postponed twice. Some days I have faith in the process, some days I don't. There is no joy in being right about this, only a kind of tiredness. I keep the report on my desktop, just in case.
""",
)
S(
    "md4-41",
    "Dutch writer; municipality fraud model (Rotterdam, Amsterdam districts); particles van der and de; Dutch postcode on its own; real regulator Autoriteit Persoonsgegevens then AP; Dutch date; vendor B.V.",
    ["the municipality", "welfare fraud"],
    """
I work as a data scientist for a vendor that builds risk models for Dutch municipalities, [[ORG:Rekenkracht B.V.]], based in [[LOCATION:Utrecht]]. In [[DATE:2021]] our biggest project was a welfare fraud model for a city I will call "the municipality", although the pilot data came mostly from [[LOCATION:Rotterdam-Zuid]].

My project lead was [[PERSON:Jeroen van der Berg]]. The municipality's contact was a policy officer, [[PERSON:Sanne de Vries]]. In the first weeks I noticed that language skills, from an intake form, were one of the strongest features. Also the postcode: people living in [[LOCATION:3074 HK]] and nearby got much higher scores. So effectively the model was flagging migrants and single mothers in a few neighbourhoods.

I told [[PERSON:Jeroen]]. He said the municipality chose the features, we only optimise. I asked [[PERSON:Sanne]], and she said that after the childcare benefits scandal everyone is careful, and she would ask the privacy officer. That was on [[DATE:12 mei 2021]]. After that, a DPIA was written, by us, which felt strange, like the student writing his own exam.

The DPIA mentioned the risk, and the language feature was removed. Postcode stayed, "for operational planning". Later, when journalists started asking questions and the [[ORG:Autoriteit Persoonsgegevens]] published its opinion on such models, the municipality paused the whole project. [[PERSON:Jeroen]] told us in a meeting that the [[ORG:AP]] "doesn't understand modelling". I left in [[DATE:2022]] and now I work in [[LOCATION:Amsterdam]] on something boring, on purpose.
""",
)

S(
    "md4-42",
    "Swedish writer; retail HR analytics in Stockholm (Kista) with a Gothenburg warehouse; å/ö names; real regulator IMY; personnummer-like number in test data; Swedish date; handle of an internal channel",
    ["fika", "The union rep"],
    """
I am an HR analytics specialist at a retail company in [[LOCATION:Stockholm]], our head office is in [[LOCATION:Kista]]. The company is [[ORG:Nordhem Handel AB]]. This happened during [[DATE:hösten 2022]].

Our warehouse in [[LOCATION:Göteborg]] had high sick leave, and the head of operations, [[PERSON:Magnus Ek]], wanted a model to "predict who is about to go on sick leave" so managers could "support them early". It sounds nice. In practice, he wanted it for scheduling and, I suspect, for not renewing temporary contracts.

The data included sick leave history, which is health data, and also the free text notes managers wrote after return-to-work talks. I read some of those notes and they were very personal: pregnancies, burnout, a divorce. My colleague [[PERSON:Åsa Lindqvist]] and I said we cannot use the notes. [[PERSON:Magnus]] said the notes are company documents.

We posted the question in our channel [[HANDLE:#hr-analytics]] and [[PERSON:Björn]] from legal answered quickly: no free text, and check with [[ORG:IMY]] guidance before anything else. [[PERSON:Magnus]] was irritated, but he accepted to take out the notes. The model continued with only sick leave counts. When I tested the pipeline I found that the test data contained real personnummer, like [[ID:19850412-0000]], copied from production. I reported it on [[DATE:3 november 2022]] and the test data was replaced within a week.

The model was used for one year. The union rep asked about it during a fika once, very casually. I told him what I could. I think he knew more than I did.
""",
)

S(
    "md4-43",
    "Turkish writer; Istanbul (Maslak, Kadıköy, Esenyurt); Bey and Hanım after names outside; ğ/ş/ı names; A.Ş. suffix; e-commerce; Turkish date; mobile in national format",
    ["kargo", "the logistics team"],
    """
I am a data scientist at an e-commerce company in [[LOCATION:İstanbul]], [[ORG:Pazaryolu A.Ş.]], our office is in [[LOCATION:Maslak]]. I live in [[LOCATION:Kadıköy]] and I spend two hours a day in traffic, which is relevant only because I had a lot of time to think about this story.

In [[DATE:Mart 2023]], after the earthquake, our logistics director [[PERSON:Selim]] Bey asked us to build a model to decide which neighbourhoods get same-day delivery. He wanted to exclude areas with "high return and fraud risk". The model we made quickly showed that the "risk" areas were [[LOCATION:Esenyurt]] and some parts with many Syrian refugees and also many families who moved from the earthquake region.

My colleague [[PERSON:Zeynep Aydoğan]] said that excluding them is discrimination with extra steps. [[PERSON:Selim]] Bey said it is only a delivery option, nobody is excluded from buying. [[PERSON:Zeynep]] Hanım, she is senior, insisted that delivery speed is part of the price.

We made a compromise. The model would use only return rate at address level, not at neighbourhood level. This took some weeks and a meeting on [[DATE:19 Nisan 2023]] with the legal team. I think it was a small victory. But I also know the old neighbourhood list was shared with the kargo partner by somebody in the logistics team, before our compromise. I know because the partner's driver called me from [[PHONE:0532 555 01 47]] to ask why my own address was on "the list". My own neighbourhood was on the list. That was when I understood it personally.
""",
)

S(
    "md4-44",
    "Saudi setting, Egyptian-Sudanese writer; Riyadh (KAFD, Olaya); Abu used as a name; Eng. outside; Hijri date beside Gregorian; Saudi phone in international format; employee ID",
    ["the criteria", "Saudization"],
    """
I am working as a BI developer in [[LOCATION:Riyadh]] for a retail group, [[ORG:Al-Wafra Holding]], the head office is in [[LOCATION:KAFD]] and my team sits in an older building in [[LOCATION:Olaya]]. I am Sudanese, I have been here seven years.

During Saudization reporting in [[DATE:Ramadan 1444]], so [[DATE:April 2023]], my manager Eng. [[PERSON:Turki Al-Qahtani]] asked me to build a report for HR showing which expat employees could be replaced first. The criteria were salary, nationality and "attitude score" from the annual review. The attitude score was written by managers, and I knew from the data that some managers gave low scores to anyone who asked for leave during their own religious holidays, like the Christian staff from the [[LOCATION:Philippines]] and [[LOCATION:India]].

I spoke with my friend [[PERSON:Abu Yousef]], he is the senior accountant, older and wise. He said: do the report, but show also the distribution of attitude score by manager. So I did this. On the report I added one page showing that three managers gave almost all the low scores. I sent it on [[DATE:2 May 2023]] with my employee number [[ID:AW-77310]] in the header, as usual.

Eng. [[PERSON:Turki]] called me. He was not angry, surprisingly. He said he did not know about the managers, and he removed the attitude score from the criteria. Maybe it was because the page had names of managers and he did not want trouble. The replacement continued, only by salary and nationality. If somebody wants to talk, my work number is [[PHONE:+966 11 555 0148]]. I will be careful what I say.
""",
)

S(
    "md4-45",
    "Lebanese writer; humanitarian NGO in Beirut (Hamra) and the Bekaa; real organisation UNHCR; Arabic names; spelled-out e-mail; handle; month-year; French-Arabic code-switching",
    ["Yalla", "the donor"],
    """
I worked as a data officer for an NGO in [[LOCATION:Beirut]], our office was in [[LOCATION:Hamra]], and most of our programmes were in the [[LOCATION:Bekaa]]. The NGO is small, [[ORG:Jusoor Relief]], and we worked with refugee families, mostly Syrian.

In [[DATE:September 2021]], after the economic crisis got worse, a donor offered more money if we could share beneficiary data with a "research partner", to study vulnerability. The research partner was a tech company from abroad that wanted to test biometric registration. Our country director, [[PERSON:Rami Khoury]], was very excited because we were about to cut staff. Yalla, he said, this saves jobs.

My colleague [[PERSON:Lina]] and I were worried. The families had given their data to receive cash assistance, not for research, and many of them are afraid of sharing anything that could reach the authorities. We asked if the data was already shared with [[ORG:UNHCR]] and under which agreement. Nobody knew exactly.

[[PERSON:Lina]] wrote to the donor's programme officer, [[EMAIL:m.haddad at donorfund dot example]] (I write it like this on purpose, the proposal had it normal), and asked what anonymisation meant for fingerprints. The programme officer answered that the partner would "anonymise". We asked how. No answer.

[[PERSON:Rami]] signed the agreement in [[DATE:November]]. [[PERSON:Lina]] resigned. I stayed one more year, then left for a job in [[LOCATION:Dubai]]. I sometimes see the tech company on social media, [[HANDLE:@biotrust_labs]], posting about "dignified aid". C'est dur. I know the pictures they post. Some of them are our families.
""",
)
S(
    "md4-46",
    "US Midwest (Minneapolis, St. Paul); ordinary-word names (Will, Hope) beside the same words used normally; surname alone (Lindgren); retail chain; incident ticket; month-day-year numeric; Somali-American name",
    ["I will", "will be", "hope it", "I hope", "we will"],
    """
I'm a senior analyst at a regional pharmacy chain based in [[LOCATION:Minneapolis]], [[ORG:Northstar Drug]], and this is about loss prevention. In [[DATE:spring 2023]] the loss prevention lead, [[PERSON:Will Lindgren]], asked my team to build a "shrink risk" score for each store employee, using register voids, refunds, and shift overlaps with "known incidents".

My manager [[PERSON:Hope Sandoval]] was the first to push back. She asked where the known incidents came from. The answer: store managers' notes. I pulled a sample and, I hope it's obvious where this goes, the notes were full of things like "suspicious group" and "loitering", and the employees on those shifts were disproportionately young, Black or Somali, at the stores in north [[LOCATION:Minneapolis]] and on [[LOCATION:University Avenue]] in [[LOCATION:St. Paul]].

[[PERSON:Hope]] took it to [[PERSON:Lindgren]] and he said the score will be "one input among many". I will be honest: I believed that for a week. Then [[PERSON:Abdirahman]], one of our pharmacy techs, was suspended based on a report that was basically the score in a nicer font. His union steward asked for the methodology via incident ticket [[ID:LP-5530]], and that's where I came in, because the request landed on my desk on [[DATE:6/12/2023]].

I answered honestly, with the sample of manager notes and the error rates. [[PERSON:Will]] was furious. [[PERSON:Hope]] backed me. [[PERSON:Abdirahman]] got reinstated. The score is "under review" which, in our company, means it still exists but we will not talk about it. I hope it stays under review forever.
""",
)

S(
    "md4-47",
    "nothing identifying: ML engineer at a defence-adjacent contractor, reflective; job titles, generic places (the client, a partner country), relative dates; acronyms and tools",
    [],
    """
I'm an ML engineer and for about two years I worked at a company that does computer vision for industrial inspection: cracks in pipelines, corrosion on bridges, that kind of thing. Good work, honestly. I liked it.

Early last year the company signed a contract with a new client. We weren't told much at first, only that it was "perimeter monitoring" and that the imagery would come from drones. My team lead was open with us that the end user was a defence ministry of a partner country, and that the work was "purely defensive". The first task was to adapt our object detector to find people and vehicles in thermal imagery.

I asked, in a team meeting, what would happen with the detections. The answer from our director was that it was not our concern, we deliver a model and documentation. A colleague asked whether the contract had any restrictions on targeting use. The director said legal had reviewed it. Nobody saw the contract.

A few months later a second task came in: estimate whether a detected person is carrying something, and rank detections by "threat likelihood". At that point I went to my manager and said I didn't want to work on it. To his credit he moved me back to the pipelines project without making it a big deal. Two other engineers did the same. Most stayed.

I left the company at the end of the year, for unrelated reasons, mostly. I don't think I did anything brave. I just stepped sideways. The model, as far as I know, is still in use.
""",
)

S(
    "md4-48",
    "Hinglish, Indian (Hyderabad HITEC City, Pune); ji after names outside; nickname (Bunty); Aadhaar-like ID in an invalid pattern; Indian mobile in +91 format; DPDP Act unlabelled; client insurer; abbreviated date",
    ["yaar", "DPDP Act", "Kya karein"],
    """
So this was at my last job, a health analytics startup in [[LOCATION:HITEC City]], [[LOCATION:Hyderabad]], called [[ORG:Arogya Signals]]. We did claims analytics for insurers. Our biggest client was [[ORG:Suraksha General Insurance]], their team sat in [[LOCATION:Pune]].

In [[DATE:Oct 2023]] the client's product head, [[PERSON:Manoj Deshpande]], asked for a "pre-existing condition probability" for every new policyholder, using pharmacy purchase data they were buying from some aggregator. Basically if you bought BP medicine at a chemist, your premium goes up before you even declare anything. Our founder, [[PERSON:Rohit]] ji, was super excited, because it was a big contract. My lead [[PERSON:Bunty]] (real name [[PERSON:Harpreet Singh]], but nobody calls him that) was less excited.

I checked the sample data. It had Aadhaar numbers in clear text, like [[ID:0000 1111 2222]] in the test rows, and real ones below. I told [[PERSON:Bunty]], yaar this is not okay, the DPDP Act is coming and anyway this is just wrong. He agreed and we both went to [[PERSON:Rohit]] ji. [[PERSON:Rohit]] ji said "client ka data hai, client ki zimmedari". Kya karein.

[[PERSON:Bunty]] then did something smart. He called [[PERSON:Manoj]] directly from his own phone ([[PHONE:+91 98480 00213]]) and asked if their legal had seen the aggregator contract. [[PERSON:Manoj]] went quiet and two days later the request was "on hold". Later we heard the aggregator was under investigation. I left in [[DATE:Feb 2024]]. [[PERSON:Bunty]] is still there. [[PERSON:Harpreet]], sorry [[PERSON:Bunty]], if you read this, you were right about everything.
""",
)

S(
    "md4-49",
    "Nigerian English (Abuja); Oga and Alhaji (inside the name) forms; real regulator NDPC; NIN-like number; handle; fintech; lower-case name in casual speech; day-month-year ordinal",
    ["No be small thing", "the customer"],
    """
I be data scientist for one fintech for [[LOCATION:Abuja]], we dey [[LOCATION:Wuse 2]]. The company name na [[ORG:Kudi Bridge]]. I go talk am small small.

For [[DATE:June 2023]], our COO, [[PERSON:Alhaji Musa Danjuma]], come ask make we build model wey go decide who fit collect loan using the customer's NIN and their phone contacts. He say na to reduce fraud. My colleague [[PERSON:Ifeoma]] and me look the data. The NIN lookup dey bring out state of origin, and the model begin to give lower score to people from some states. No be small thing.

[[PERSON:Ifeoma]] talk for meeting say this one na discrimination. [[PERSON:Alhaji]] say we no dey use state directly. But we dey use am indirectly, because NIN prefix and address dey there. Our CTO, Oga [[PERSON:Segun]], he understand, but he no wan fight [[PERSON:Alhaji]]. I tell [[PERSON:segun]] after meeting say if [[ORG:NDPC]] see this model we go enter trouble.

On [[DATE:14th July 2023]] I send email with the analysis. I add one example with test NIN [[ID:00000000001]] to show the prefix issue. [[PERSON:Segun]] forward am to the CEO. CEO remove the NIN-derived features, but the phone contacts stay. Later I see complaint about the app on Twitter from [[HANDLE:@naija_borrowers]] saying the app dey text their family. I don leave now, I dey work for [[LOCATION:Lagos]] now. But I still dey feel am.
""",
)
S(
    "md4-50",
    "Kenyan English with Swahili (Mombasa, Kisumu); Mama used as honorific outside; real authority full name then abbreviation (Kenya Revenue Authority, KRA); Safaricom (real) as employer's partner; Kenyan mobile national format; e-mail",
    ["sawa", "the port"],
    """
I'm a data analyst with a logistics and payments company in [[LOCATION:Mombasa]], [[ORG:Pwani Freight]], but our data team reports to the head office in [[LOCATION:Nairobi]]. We handle cargo clearing at the port and also payments for small traders.

In [[DATE:April 2023]] our finance director, [[PERSON:Joseph Kamau]], asked me for a list of small traders whose mobile payment volumes were much higher than what they declared, to share with the [[ORG:Kenya Revenue Authority]]. He said [[ORG:KRA]] had requested it. I asked to see the request. There was no formal request, only a phone call from someone he knew.

My colleague [[PERSON:Achieng]] from [[LOCATION:Kisumu]] pointed out that the "high volume" traders were mostly women who run savings groups, chamas, through their personal lines. The money going through them is not their income. If we send that list, those women will get tax demands for money that belongs to thirty other women.

We wrote to [[PERSON:Joseph]] together, from my work e-mail, [[EMAIL:data.analyst2@pwanifreight.example]], on [[DATE:26 April 2023]], explaining the chama issue. Mama [[PERSON:Halima]], our company secretary, called us to her office the next day. She said "sawa, you are right, but you should have come to me first". She stopped the list and asked [[PERSON:Joseph]] to get a written request.

The written request never came. [[PERSON:Joseph]] is still not very warm with me. [[PERSON:Achieng]] says I should not worry, he is like that with everyone. Our payment partner, [[ORG:Safaricom]], never heard about any of this, I think. If someone wants to verify, the office line is [[PHONE:0709 555 014]], ask for the data team.
""",
)

S(
    "md4-51",
    "South African English (Cape Town: Woodstock, Khayelitsha, Mitchells Plain); real regulator Information Regulator; POPIA unlabelled; (Pty) Ltd suffix; Afrikaans and isiXhosa names; spelled-out e-mail; month and day without year",
    ["POPIA", "the client"],
    """
I'm a data scientist at [[ORG:Tafelberg Analytics (Pty) Ltd]], a small consultancy in [[LOCATION:Woodstock]], [[LOCATION:Cape Town]]. Last year we got a contract from a short-term lender who wanted a better way to "prioritise collections".

The project was led by my boss, [[PERSON:Riaan Botha]], and I worked with [[PERSON:Sipho]] on the modelling. The client sent us a data dump that included not just repayment history but also the borrowers' employer details, their next of kin, and cellphone location pings from a partner app. The lender's collections manager, [[PERSON:Nomvula Dlamini]], explained that collectors visit borrowers at work, and they wanted to know the best time to "find" people in [[LOCATION:Khayelitsha]] and [[LOCATION:Mitchells Plain]].

[[PERSON:Sipho]] said what I was thinking: this is a stalking tool. [[PERSON:Riaan]] said we don't do the visiting, we just do the model. I pushed for a POPIA assessment, and [[PERSON:Riaan]] agreed, mostly because the client paid for it by the hour. The assessment said the location data had no lawful basis for this purpose. I sent the draft on [[DATE:7 March]].

The client dropped the location part but kept the employer visits. We finished the project. Afterwards I wrote to the [[ORG:Information Regulator]] from a personal address, [[EMAIL:cpt_datagirl at webmail dot example]], asking in general terms whether collection visits using employer data are lawful. I got an automatic reply and nothing else. [[PERSON:Sipho]] left for a bank. [[PERSON:Riaan]] still says it was "a good project". I'm not sure what I'd say if someone asked me.
""",
)

S(
    "md4-52",
    "Filipino English (Cebu IT Park, Mandaue); real regulator NPC; Ate and Kuya outside; nickname with repeated syllable (Jojo); Tagalog date; GCash as tool; Facebook page handle; relative dates",
    ["Grabe", "lending app"],
    """
I'm a data engineer at a lending app company, [[ORG:Pautang Agad]], in [[LOCATION:Cebu IT Park]]. Before this I worked in a BPO in [[LOCATION:Mandaue]], so I know how call centers pressure people. This one is worse.

Noong [[DATE:Hunyo 2022]], our collections head, [[PERSON:Jojo Villanueva]], asked me to set up a pipeline that pulls borrowers' contacts and photos from the phone, for "verification". Then I found out what it was for. Collectors were posting edited photos of late borrowers on a Facebook page, [[HANDLE:@utangwatch.ceb]], tagging their friends. Grabe. Shaming as a collection strategy.

I told my lead, Ate [[PERSON:Mylene]]. She said she knew, and she hated it, but [[PERSON:Jojo]] reports directly to the owner. My teammate Kuya [[PERSON:Ramon]] said we should report to the [[ORG:National Privacy Commission]]. I said, what if they trace it to us. He said, then we lose a job, the borrowers are losing more.

[[PERSON:Ramon]] filed a complaint with the [[ORG:NPC]] on [[DATE:August 15, 2022]]. I helped him by writing down what the pipeline collects, but I did not sign. A few months later, the [[ORG:NPC]] ordered lending apps to stop the contact harvesting, ours included. The Facebook page disappeared. [[PERSON:Jojo]] was not fired, he was "transferred".

I still feel guilty about not signing. Ate [[PERSON:Mylene]] told me that writing the technical part was also brave. Maybe. [[PERSON:Ramon]] now works in [[LOCATION:Manila]] and we still chat sometimes. He never blamed me, which makes it worse, honestly.
""",
)

S(
    "md4-53",
    "UK fintech in London (Canary Wharf, Shoreditch); real regulator FCA; initials as a name (DK); surname alone (Whitmore); company name that is an ordinary word (Ledger); UK mobile in drama range; internal URL; quarter with year",
    ["BNPL regulation", "affordability checks"],
    """
I'm an ML engineer at [[ORG:Ledgerly]], a buy-now-pay-later firm in [[LOCATION:London]]. We're in [[LOCATION:Shoreditch]], although our risk team moved to [[LOCATION:Canary Wharf]] when we merged with a bank's subsidiary. This happened in [[DATE:Q2 2023]], while the [[ORG:FCA]] was consulting on BNPL regulation.

Our Head of Risk, [[PERSON:Oliver Whitmore]], wanted to "optimise" affordability checks before they became mandatory, meaning: make them as light as possible. My manager, who everyone calls [[PERSON:DK]], asked me to tune the thresholds so that approval rates didn't drop more than two points. I did the analysis and the only way to keep approvals was to basically ignore existing debts for customers under 25. Those are the customers most likely to end up in arrears.

I put everything on a wiki page, [[URL:wiki.ledgerly.internal/risk/affordability-v3]], with charts. [[PERSON:DK]] read it, agreed it was bad, and forwarded it to [[PERSON:Whitmore]]. [[PERSON:Whitmore]] replied that the [[ORG:FCA]] rules weren't final and we should "use the window". He also asked [[PERSON:DK]] to restrict access to my page. [[PERSON:DK]] refused, which I didn't expect.

Things got tense. [[PERSON:DK]] eventually messaged me on my personal mobile, [[PHONE:07700 900 431]], on a Sunday, saying he'd been told to "manage me". We agreed I'd write up my concerns formally and send them to compliance, copying him. I did. The thresholds were softened, not removed. [[PERSON:DK]] left for another firm in [[DATE:September]]. I'm still at [[ORG:Ledgerly]], waiting to see what the final rules say.
""",
)

S(
    "md4-54",
    "nothing identifying: data engineer, non-native English, employee monitoring at a call centre; job titles, weekdays, durations, relative dates; tools (Power BI, Excel, Teams); words that are names elsewhere (patience, precious, memory, blessing)",
    [],
    """
I am data engineer in a company with a big customer service centre. My English is not perfect, sorry. Last year the operations manager asked me to build a dashboard in Power BI with the "idle time" of every agent, by minute, from the phone system and from the Teams status. The managers of the teams would see it every morning.

First I thought it is normal, many companies do this. But then I saw how it was used. One supervisor sent in the group chat a screenshot with the five agents with most idle minutes, with names, and wrote "please explain". One of them was a woman who goes to the bathroom often because she is pregnant. Another was a man who prays at lunch. They were ashamed in front of everybody.

I spoke with my manager. I said the data is correct, but the way it is used is not correct. She agreed but said she cannot control supervisors. I asked if I can hide the names and show only team averages. She said the operations manager wants names. So I asked for a meeting with the operations manager, and it took three weeks to get it, and he listened with patience and then said no.

What I did in the end was small. I changed the idle definition so that breaks under fifteen minutes are not counted, and I wrote this in the documentation. Nobody noticed. The agents have a little less pressure. It is not a blessing, it is just a precious few minutes. I keep it in my memory as the thing I could do, not the thing I should have done.
""",
)

S(
    "md4-55",
    "Australian English (Sydney: Parramatta, North Sydney); real regulator OAIC; nickname (Robbo for Robertson); Greek-Australian and Lebanese-Australian names; Australian mobile in the reserved range; URL with www; day-month-year",
    ["the slow queue", "reckon"],
    """
Long-time reader, first post. I was a data analyst at [[ORG:Harbourline Insurance]], a general insurer with head office in [[LOCATION:North Sydney]] and a claims centre in [[LOCATION:Parramatta]]. This was during the big flood claims season in [[DATE:2022]].

Our claims GM, [[PERSON:Dean Robertson]] ([[PERSON:Robbo]]), wanted a model to flag "likely fraudulent" flood claims so they'd go to the slow queue. My team lead [[PERSON:Eleni Papadopoulos]] built the first version with me. The problem was the training labels. Previous "fraud" cases had been flagged by investigators who, let's say, had a type. Surnames, languages spoken at home, suburbs. The model picked up on all of it. Claims from [[LOCATION:Lakemba]] and [[LOCATION:Auburn]] went into the slow queue at three times the rate.

[[PERSON:Eleni]] raised it on [[DATE:18 July 2022]]. [[PERSON:Robbo]]'s response was that the model was "just a triage tool" and that people in the slow queue would still get paid, eventually. Eventually, for someone whose house is underwater, means months in a motel. [[PERSON:Karim Haddad]] from the complaints team told us customers were already ringing in tears.

[[PERSON:Eleni]] took it to the board risk committee. I reckon that cost her the promotion she was due. The model was retrained without the language field, but the suburb stuff stayed in via postcode. I left a few months later. If anyone is looking at complaints to the [[ORG:OAIC]] from that period, the old customer portal was [[URL:www.harbourline.example/claims/flood]]. And if you're a former colleague and want to talk, my number is [[PHONE:0491 570 156]]. [[PERSON:Eleni]], you were right.
""",
)

S(
    "md4-56",
    "Canadian writer in Vancouver (Gastown, Surrey); Punjabi-Canadian names; surname alone (Dhillon); real organisation ICBC named as a client; Slack channel handle; IP address as ID; month-day without year; relative dates",
    ["the client", "idle time"],
    """
I'm a data scientist at a small consultancy in [[LOCATION:Vancouver]], our office is in [[LOCATION:Gastown]]. We mostly do pricing work for insurers. Last year we had a project with [[ORG:ICBC]] on claims triage, and a side project with a private rideshare insurer that I won't name.

On the rideshare project the client wanted us to score drivers using their app telemetry, including where they parked between rides. My manager [[PERSON:Harjit Dhillon]] set up a channel for it, [[HANDLE:#rideshare-telemetry]], and added their product people. One day one of them posted a raw log extract, with driver IDs and the IP address of each session, [[ID:198.51.100.23]] was the first row. I said we shouldn't have IP addresses at all. [[PERSON:Dhillon]] agreed and asked them to delete the message.

The real problem came later. The client wanted a feature for drivers who "frequently stop" in certain areas, which turned out to be gurdwaras and mosques in [[LOCATION:Surrey]], because drivers go there to pray or eat between rides. The client said it was just "idle time". [[PERSON:Harjit]] saw it immediately; he goes to one of those gurdwaras.

We wrote a note on [[DATE:October 3]] saying we wouldn't include location-based idle features. The client pushed back, and we lost the extension. [[PERSON:Harjit]] said he'd rather lose the extension than explain it to his uncle. I think about how many firms would've just built it. Our [[ORG:ICBC]] work continued, and honestly it was the better project anyway.
""",
)

S(
    "md4-57",
    "US South (Atlanta, Midtown; Decatur); HR analytics at a logistics firm; nicknames (Trey), initials with full stops (R.J.); employee ID; e-mail; month-day-year; relative dates",
    ["warehouse staff", "flight risk"],
    """
I'm a people analytics lead at [[ORG:Peachtree Freight]] in [[LOCATION:Atlanta]], office in [[LOCATION:Midtown]]. In [[DATE:January 2024]] our CHRO asked for a "flight risk" model for warehouse staff, to decide who gets retention bonuses.

The analyst on my team, [[PERSON:Trey Washington]], built the first cut. It used tenure, pay, commute distance and badge swipe patterns. [[PERSON:Trey]] noticed quickly that commute distance was doing most of the work, and that the long commutes were people in south [[LOCATION:DeKalb County]] and [[LOCATION:Clayton County]], mostly Black workers who'd been pushed out of the city by rents. So the "high flight risk" group would get bonuses, fine. But the VP of operations, [[PERSON:R.J. Hollis]], wanted the opposite: use the score to avoid promoting people who were "likely to leave anyway".

I wrote to [[PERSON:Hollis]] on [[DATE:February 9, 2024]], from [[EMAIL:people.analytics@peachtreefreight.example]], saying the model wasn't built for that and that using it for promotions would be a disparate impact problem. [[PERSON:R.J.]] replied "noted" and then asked [[PERSON:Trey]] directly for the scores, by employee ID. [[PERSON:Trey]] asked me what to do. I told him to send nothing without my name on it.

It got escalated to legal, and legal agreed with us, more or less. The scores were used for bonuses only. But when one warehouse worker, employee [[ID:PF-204118]], asked why he'd been passed over for promotion, the answer was "performance", and I don't know whether the score played a part in someone's head. I guess that's the thing about building these things: once the number exists, you can't make people unsee it.
""",
)

S(
    "md4-58",
    "nothing identifying: rushed lower-case with typos, a researcher pressured to drop outliers before a funder report; job titles, relative dates, durations, tools; words that are names elsewhere (grant, will, mark)",
    [],
    """
ok so im a research assistant in a lab that does survey work on housing, and our grant report is due at the end of the month. the PI wants the headline number to show the intervention worked. it kinda didnt. effect is tiny and the confidence interval crosses zero.

last week he asked me to "clean the outliers" which turned out to mean drop the households who moved out during the study. i said thats like the whole point, the ones who moved are the ones who couldnt afford to stay. he said they are "lost to follow up" and we should drop them as per protocol. i checked the protocol. it says intention to treat. i showed him the page. he said the protocol was written before we knew the data.

the postdoc in our lab backed me up in the group meeting, which i didnt expect, and then got a really cold email after. now shes not talking to me much, i think shes scared for her contract. the grant officer at the funder will probably never check anyway, they get hundreds of these.

i havent done the cleaning yet. ive written both analyses in the notebook with clear labels. if he wants the dropped version hes going to have to run the cell himself. i know thats a bit passive aggressive but its what i have. my own contract ends in a few months and i need a reference. if i mark this as a concern to the ethics office will it follow me? genuinely asking.
""",
)

S(
    "md4-59",
    "Singaporean writer working remotely for an Indian SaaS client; Tanjong Pagar and Chennai (T. Nagar); real regulator PDPC; Tamil names, initial before name (K. Lakshmi); GitHub user handle; URL with scheme; ticket number with hash; Singapore mobile",
    ["the service", "lah"],
    """
I'm a freelance data engineer based in [[LOCATION:Tanjong Pagar]]. Most of my clients are in [[LOCATION:India]], and in [[DATE:mid-2023]] I was contracted by [[ORG:Kanakku Cloud]], an accounting SaaS company in [[LOCATION:Chennai]], to fix their analytics pipeline. Their office is in [[LOCATION:T. Nagar]].

The product lead, [[PERSON:Karthik Subramanian]], wanted a feature that scored their small business customers by "likelihood to upgrade". Normal. But the data he wanted joined was the customers' actual ledgers: who they pay, how much, whether they pay salaries on time. Their customers' employees, basically, whose data was never given to them for this.

I raised it in their tracker, ticket [[ID:4471]] if I remember, and the engineering manager, [[PERSON:K. Lakshmi]], agreed with me. [[PERSON:Lakshmi]] said the customer contract only allows "providing the service". [[PERSON:Karthik]] said upgrade prompts are part of the service. It went round in circles.

Then I found their old pipeline code in a public repository under a former employee's account, [[HANDLE:@vigneshr-dev]], with database credentials inside. I reported it to [[PERSON:Lakshmi]] on [[DATE:21 August 2023]] and sent the link privately, [[URL:https://github.com/vigneshr-dev/kc-etl-old]]. They rotated the keys within a day, to their credit.

The scoring feature got shelved after that, I think because everyone was suddenly nervous about data. I also checked whether any [[LOCATION:Singapore]] customers were in the data, since then the [[ORG:PDPC]] would care too. There were a few. I told them. That was my last week. If anyone from there reads this, my number is still [[PHONE:+65 8555 0192]], no hard feelings lah.
""",
)

S(
    "md4-60",
    "nothing identifying: manager reflecting on a layoff model; job titles, relative dates, durations; tools (Excel, Python); ordinary words that are names elsewhere (will, hope, faith, grace, sunny)",
    [],
    """
I manage a small analytics team at a manufacturing company. About a year ago the leadership team decided there would be layoffs, and they asked my team to produce a ranking of employees based on "contribution". We were told the ranking would be one input among several and that managers would make the final decisions.

I was uneasy from the start. The data we had was attendance, overtime, output per shift for the factory floor, and for the office staff, basically nothing except performance ratings, which everyone knows are inconsistent between departments. I said so in the first meeting. The finance director said we should do our best with what we had and that a number was better than gut feeling.

I'm not sure that's true. A number can carry gut feeling and make it look objective. We built the ranking anyway, in a spreadsheet, with a Python script for the factory data. I insisted on adding a column that flagged anyone on medical or parental leave during the period, so they wouldn't be penalised for low output. That column was dropped in the version that went to the leadership team. I found out only afterwards.

Around forty people were let go. At least three of them had been on leave. I raised it with HR, who said the decisions were made by managers, not by the ranking. Maybe. I have no way to know.

I still work there. I used to have faith that being in the room would let me soften things. On a sunny day I still think so. On other days I think I just made it easier.
""",
)

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
    "Zoom",
    "dbt",
    "Kafka",
    "Databricks",
    "Spark",
    "ChatGPT",
    "Notion",
    "Outlook",
    "SharePoint",
    "Viber",
    "M-Pesa",
    "GCash",
    "UPI",
    "XGBoost",
    "Postgres",
    "Redshift",
    "Salesforce",
)
LEGAL = (
    "Inc.",
    "Ltd.",
    "Co.",
    "Corp.",
    "S.A.",
    "B.V.",
    "N.V.",
    "S.p.A.",
    "S.L.",
    "K.K.",
    "Pte. Ltd.",
    "Sdn. Bhd.",
    "S.A.S.",
    "S.R.L.",
    "S.r.l.",
    "Ltda.",
    "A.Ş.",
    "Sp. z o.o.",
)
LEGAL_WORDS = (
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "LLP",
    "LLC",
    "GmbH",
    "AG",
    "PLC",
    "plc",
    "Pty",
    "(Pty) Ltd",
    "Pte. Ltd.",
    "Pte Ltd",
    "S.A.",
    "B.V.",
    "K.K.",
    "Sdn. Bhd.",
    "Sdn Bhd",
    "S.A.S.",
    "S.r.l.",
    "SE",
    "AB",
    "Ltda.",
    "S.p.A.",
    "Sp. z o.o.",
    "A.Ş.",
    "Co.",
    "Corp.",
)
PREFIXES = (
    "Project ",
    "Operation ",
    "Team ",
    "project ",
    "team ",
    "Projet ",
    "Proyecto ",
    "Projekt ",
)
PARTICLES = {
    "de",
    "da",
    "das",
    "do",
    "dos",
    "du",
    "del",
    "della",
    "di",
    "la",
    "le",
    "van",
    "der",
    "den",
    "von",
    "bin",
    "binti",
    "ibn",
    "al",
    "el",
    "y",
    "e",
    "ter",
    "ten",
    "mc",
}
# Capitalised tokens that are ordinary words too: checked within a story, not across stories.
COMMON = {
    "will",
    "hope",
    "bill",
    "grace",
    "sunny",
    "precious",
    "memory",
    "patience",
    "joy",
    "blessing",
    "mark",
    "rose",
    "dawn",
    "faith",
    "rich",
    "summer",
    "chance",
    "lucky",
    "gift",
    "victory",
    "favour",
    "wisdom",
    "justice",
    "honey",
    "angel",
    "may",
    "june",
    "april",
    "august",
    "jack",
    "frank",
    "grant",
    "young",
    "long",
    "brown",
    "green",
    "king",
    "price",
    "cook",
    "rain",
    "sky",
    "sun",
    "love",
    "goodluck",
    "peace",
}
MUST_LABEL = {
    "UK",
    "US",
    "USA",
    "NHS",
    "India",
    "Nigeria",
    "Kenya",
    "Canada",
    "Australia",
    "Ireland",
    "Singapore",
    "Philippines",
    "Brazil",
    "Mexico",
    "Germany",
    "Japan",
    "Korea",
    "China",
    "Egypt",
    "Jordan",
    "Dubai",
    "London",
    "Lagos",
    "Nairobi",
    "Manila",
    "Sydney",
}
TOOL_RE = [re.compile(rf"(?<![\w-]){re.escape(t)}(?![\w-])", re.I) for t in TOOLS]


def ok_ranges(text, ok):
    out = []
    for phrase in ok:
        out += [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), text)]
    return out


def covered(ranges, a, b):
    return any(s <= a and b <= e for s, e in ranges)


def finditer_word(needle, text, flags=0):
    return re.finditer(rf"(?<![\w@#/.\-]){re.escape(needle)}(?![\w\-])", text, flags)


def org_forms(v):
    forms = {v}
    for suf in sorted(LEGAL_WORDS, key=len, reverse=True):
        if v.endswith(" " + suf):
            forms.add(v[: -len(suf) - 1].rstrip(","))
            break
    for p in PREFIXES:
        if v.startswith(p) and len(v) > len(p) + 2:
            forms.add(v[len(p) :])
    return {f for f in forms if len(f) >= 2}


def edge_ok(kind, v):
    if v != v.strip():
        return False
    first, last = v[0], v[-1]
    if not first.isalnum():
        allowed = {"HANDLE": "@#", "PHONE": "+(", "ORG": "(", "LOCATION": "", "ID": "#"}
        if first not in allowed.get(kind, ""):
            return False
    if not last.isalnum():
        if last == ".":
            if any(v.endswith(s) for s in LEGAL):
                return True
            if re.search(r"(?:^|[\s.\-])[A-Z]\.$", v):
                return True
        return False
    return True


def main():
    problems, items, seen = [], [], set()
    for sid, notes, ok, marked in STORIES:
        if sid in seen:
            problems.append(f"{sid}: duplicate id")
        seen.add(sid)
        text, spans = parse(marked, MARK)
        items.append((sid, text, spans, ok, notes))
        if "[[" in text or "]]" in text:
            problems.append(f"{sid}: leftover markup")
        words = len(text.split())
        if not 60 <= words <= 300:
            problems.append(f"{sid}: {words} words (60-300)")
        elif words < 150:
            print(f"warning: {sid}: {words} words (written to be 150-300)")
        for p in ok:
            if p not in text:
                problems.append(f"{sid}: ok phrase {p!r} not in text")
        for i, s in enumerate(spans):
            a, b, v, k = s["start_position"], s["end_position"], s["entity_value"], s["entity_type"]
            if text[a:b] != v:
                problems.append(f"{sid}: offset mismatch for {v!r}")
            if overlaps(spans[:i] + spans[i + 1 :], a, b):
                problems.append(f"{sid}: overlap at {v!r}")
            if not edge_ok(k, v) or "\n" in v:
                problems.append(f"{sid}: edge whitespace/punctuation in {k} {v!r}")
            if k in ("PERSON", "ORG", "LOCATION"):
                for t in TOOL_RE:
                    if t.search(v):
                        problems.append(f"{sid}: tool name inside {k} {v!r}")
        # within a story, any case
        ranges = ok_ranges(text, ok)
        needles = set()
        for s in spans:
            v, k = s["entity_value"], s["entity_type"]
            if k == "PERSON":
                for tok in v.split():
                    tok = tok.strip(",")
                    if tok.lower() in PARTICLES or (len(tok.rstrip(".")) < 2 and "." not in tok):
                        continue
                    needles.add(tok)
            elif k == "ORG":
                needles |= org_forms(v)
            elif k == "LOCATION":
                needles.add(v)
        for n in needles:
            for m in finditer_word(n, text, re.I):
                if overlaps(spans, m.start(), m.end()) or covered(ranges, m.start(), m.end()):
                    continue
                ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                problems.append(f"{sid}: {n!r} labelled in this story but not here: ...{ctx}...")
    # across stories, capitalised, case-sensitive
    needles = set(MUST_LABEL)
    for _, _, spans, _, _ in items:
        for s in spans:
            v, k = s["entity_value"], s["entity_type"]
            if k in ("ORG", "LOCATION") and len(v) >= 3 and v[:1].isupper():
                needles |= {f for f in org_forms(v) if len(f) >= 3 and f[:1].isupper()}
            if k == "PERSON":
                for tok in v.split():
                    tok = tok.strip(",")
                    if len(tok) >= 4 and tok[:1].isupper() and tok.lower() not in COMMON:
                        needles.add(tok)
    for sid, text, spans, ok, _ in items:
        ranges = ok_ranges(text, ok)
        for n in needles:
            for m in finditer_word(n, text):
                if overlaps(spans, m.start(), m.end()) or covered(ranges, m.start(), m.end()):
                    continue
                ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                problems.append(f"{sid}: {n!r} is labelled elsewhere but not here: ...{ctx}...")
    counts = Counter(s["entity_type"] for _, _, spans, _, _ in items for s in spans)
    for k in KINDS:
        if counts[k] < 6:
            problems.append(f"only {counts[k]} {k} spans (need 6)")
    clean = [sid for sid, _, spans, _, _ in items if not spans]
    if len(items) < 60:
        problems.append(f"only {len(items)} stories (need 60)")
    if len(clean) < 8:
        problems.append(f"only {len(clean)} stories with nothing identifying (need 8)")

    data = [
        {"full_text": text, "spans": spans, "id": sid, "notes": notes}
        for sid, text, spans, _, notes in items
    ]
    serialised = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    for rec in json.loads(serialised):
        t = rec["full_text"]
        for s in rec["spans"]:
            if t[s["start_position"] : s["end_position"]] != s["entity_value"]:
                problems.append(f"{rec['id']}: serialised offset mismatch {s['entity_value']!r}")

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s); nothing written")
        sys.exit(1)
    OUT.write_text(serialised, encoding="utf-8")
    wc = [len(t.split()) for _, t, _, _, _ in items]
    print(
        f"wrote {OUT.name}: {len(items)} stories, {sum(counts.values())} identifiers, "
        f"{min(wc)}-{max(wc)} words (mean {sum(wc) / len(wc):.0f})"
    )
    print(f"nothing identifying: {len(clean)} ({', '.join(clean)})")
    print("| kind | count |\n|---|---|")
    for k in KINDS:
        print(f"| {k} | {counts[k]} |")


if __name__ == "__main__":
    main()
