"""Write and check ``redaction_messy_dev5.json``, the fifth messy development set.

Who and how: written by a helper session (worktree ``messydev5``) for storyshare, from the
product brief, ``tests/data/README.md`` and ``tests/data/corpus_tools.py`` only. The redaction
engine, its tests, the benchmarks and every other corpus and corpus script were never opened,
and the engine was never run on this set. It is a DEVELOPMENT set: tune against it freely.

Its aim is adversarial but realistic writing, the cases hardest for a rule-based detector:
people named only by a first name that is also a common word, a place or a brand (Will, Hope,
Jordan, Paris, Madison, Chase, Mercedes, Sky, Bill, Mark, Grant, Rich, Joy, Summer, Precious,
Blessing, Godwin, Happy), beside the same words used normally; lower-case first names and
surnames with no cue word; names after verbs ("cc'd", "looped in", "escalated to", "sat with",
"covered for"); names in lists ("me, tunde, ada and kemi"); nicknames and short names ("Jo",
"Raj", "Fi", "Big Mike"); companies that are ordinary words or lower-case brands used as
subjects ("lumen fired half the team", "we at orbit"); organisations named by abbreviation
only; places that are ordinary words or people's names (Reading, Nice, Victoria, Florence,
Jackson, Aurora, Mobile, Bath, Split, Sale) beside the same words used normally; small towns
and neighbourhoods; loosely written dates; IDs and phone numbers in odd formats; handles
without sigils. Styles: rushed lower-case, chat logs, e-mails, lists, non-native English.

Everything is fictional apart from well-known real organisations and places (ICO, HMRC, NHS,
DVLA, CNIL, BBC, cities, towns and neighbourhoods). Phones use reserved ranges where they
exist (555-01xx, 07700 900xxx, 020 7946 0xxx, 0491 570 xxx), IP addresses documentation
ranges, e-mail domains ``.example``.

Labelling follows the README's guidelines and earlier sets' decisions (chat speaker names are
PERSON; header and chat-timestamp dates are DATE, clock times never; "#482" labels "482"; an
abbreviation after the full name is a separate ORG; identity-document names are not labelled,
only their numbers; a username without a sigil is a HANDLE; a possessive without apostrophe
labels the name only), plus these decisions:

- A bare day of the month that points to one specific day ("on the 3rd", "by the 14th") is a
  DATE; the span is the ordinal ("3rd"), "the" stays outside.
- Loosely written dates are one DATE span each, with their modifier: "mid march 23",
  "end-Jan", "jan-24", "q4 '22", "early feb", "w/c 6th may". A two-year season or academic
  year ("the 23/24 season", "AY 22/23") labels the years only ("23/24").
- A month name alone is labelled only when it points to one specific month of the story
  (as in the README); "every march" is not.
- Nicknames with an adjective ("Big Mike", "Lil Dre") are one PERSON span.
- Initials are written without full stops in this set ("JT", "MK"), so no span ends in one.
- A word that is a name, brand or place in one place and an ordinary word elsewhere is
  labelled only where it names; each story lists in ``ok`` the unlabelled phrases that contain
  such words on purpose, and the missed-mention checks accept an unlabelled occurrence only
  inside one of them.
- A lower-case brand or company used as a subject or owner ("lumen fired", "we at orbit") is
  ORG in every mention.
- A product name that identifies its company is ORG; a payment or messaging tool used as a
  tool is not labelled.
- The "Mobile" in "Mobile, Alabama" is a LOCATION; "mobile" in "mobile app" is not. A city and
  its state or province ("Mobile, Alabama", "victoria bc") are two LOCATION spans.
- A council or municipality named by its place ("de gemeente Rotterdam") labels the place only,
  as for "the Leeds office".
- A postal code inside a full address is covered by the address span; the same code on its own
  elsewhere in the story is its own LOCATION span.
- A vehicle plate, a sort code plus account number, a UK National Insurance number, a
  warehouse badge number and a university student number are ID.
- "Lastname, Firstname" in a pasted chat header is one PERSON span; a Discord tag
  ("name#1234") is one HANDLE; chat initials in minutes ("GE", "RA") are PERSON.
- Honorifics and kinship or respect words stay outside the span before the name (Herr, Mr, dr,
  Oga, Ate, Pak, Mbak, Don, Doña, Pani, Boss) and after it (ji, Bey, bhai, -san).

Checks (the script exits 1 and writes nothing if any fails): offsets, also on the serialised
JSON; no leftover markup; no overlaps; no edge whitespace or punctuation (a leading sigil,
"+" or "(" and a legal suffix's full stop excepted); 40-300 words per story; no tool name
inside a PERSON, ORG or LOCATION span; every whole-word mention of a labelled name token,
organisation or place labelled within its story (any case) and across stories (capitalised),
unless inside one of the story's ``ok`` phrases; every ``ok`` phrase present in its story; at
least 70 stories, at least 8 with nothing identifying. "UK", "US", "NHS", "India", "Nigeria",
"Kenya", "London" and "Lagos" are always checked across stories, labelled here or not.

Run: ``python3 tests/data/make_messy_dev5.py``.
"""

import itertools
import json
import os
import re
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from corpus_tools import KINDS, overlaps, parse  # noqa: E402

OUT = os.path.join(HERE, "redaction_messy_dev5.json")
MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")

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
    "XGBoost",
    "LightGBM",
    "SHAP",
    "Kafka",
    "dbt",
    "Git",
    "Postgres",
    "Excel",
    "Notion",
    "Zoom",
    "Outlook",
    "Gmail",
    "Instagram",
    "insta",
    "Signal",
    "Discord",
    ").split(",
)

# Always checked across stories even when not labelled anywhere in this file.
ALWAYS = ("UK", "US", "NHS", "India", "Nigeria", "Kenya", "London", "Lagos")

STORIES = []


def S(notes, ok, text):
    STORIES.append({"notes": notes, "ok": ok, "text": text})


# ---------------------------------------------------------------- stories

S(
    "rushed lower-case; Will and Hope as lower-case first names beside 'i will' and 'hope' the "
    "verb; name after 'looped in'; bare day of month; lower-case company as subject",
    ["i will do it", "i still hope"],
    """
ok so this is a vent. my lead [[PERSON:will]] asked me to drop the 'unknown' bucket from the churn
chart before the board pack went out on the [[DATE:3rd]]. i said i will do it only if we footnote it.
he said no footnotes, [[PERSON:hope]] from finance already signed off. i looped in [[PERSON:jordan]] who owns
the data dictionary and [[PERSON:jordan]] just said pick your battles. [[ORG:lumen]] has fired half the team
since summer so nobody picks any. the chart went out, the unknown bucket (about 18% of accounts)
vanished, and the board saw churn flat. honestly i still hope someone reads the appendix.
""",
)

S(
    "WhatsApp log with dated timestamps; lower-case speaker names; 'cc'd' and 'escalated to' "
    "before names; Blessing and Godwin as names beside 'a blessing'; fictional vendor",
    ["a blessing and a curse"],
    """
[[[DATE:14/03/23]], 09:12] [[PERSON:tunde]]: who cc'd [[PERSON:Blessing]] on the export thread??
[[[DATE:14/03/23]], 09:13] [[PERSON:ada]]: me. she is the DPO, she should know we are sending raw phone numbers to the vendor
[[[DATE:14/03/23]], 09:13] [[PERSON:tunde]]: honestly that vendor is a blessing and a curse
[[[DATE:14/03/23]], 09:15] [[PERSON:kemi]]: escalated to [[PERSON:Godwin]] too. [[ORG:Ndani Data]] never signed the DPA
[[[DATE:14/03/23]], 09:16] [[PERSON:ada]]: [[PERSON:godwin]] will just say ship it
[[[DATE:14/03/23]], 09:20] [[PERSON:kemi]]: then we screenshot everything. me, [[PERSON:tunde]], [[PERSON:ada]] and [[PERSON:blessing]] sign the note
""",
)

S(
    "e-mail with header, signature with mobile; shortened names Raj and Fi; 'we at orbit' "
    "lower-case brand as owner; name after 'sat with'; month pointing to one month",
    [],
    """
From: [[PERSON:Raj Menon]] <[[EMAIL:raj.menon@orbit-analytics.example]]>
Sent: [[DATE:2 May 2024]] 18:41
Subject: re: retention numbers

Hi all,
we at [[ORG:orbit]] do not publish a retention figure that drops the customers we lost to the
outage. I sat with [[PERSON:Fi]] for two hours and the only way the quarterly number reaches 92% is if
we pretend [[DATE:March]] did not happen. I am not signing that. If [[ORG:orbit]] wants that deck, someone
else can present it.
[[PERSON:Raj]]
--
[[PERSON:Raj Menon]] | Analytics lead | m: [[PHONE:07700 900 461]]
""",
)

S(
    "place names that are ordinary words: Reading and Nice as places beside 'reading' and 'nice' "
    "used normally; small town; date with 'end-'",
    ["reading the audit", "nice to hear"],
    """
Our ops team in [[LOCATION:Reading]] ran the shift-scoring pilot, and the French team in [[LOCATION:Nice]]
refused it outright. Their works council said no and that was that. In [[LOCATION:Reading]] nobody had a
works council, so the scores went live [[DATE:end-Jan]]. I was reading the audit trail and saw the model
docked people for toilet breaks longer than six minutes. When I raised it, my director said it was
nice to hear the data team cared about welfare, and asked me to move the threshold to eight minutes.
Half of the agents there live in [[LOCATION:Tilehurst]] and walk in; they know exactly who built it.
""",
)

S(
    "non-native English; Paris and Madison as people; Paris also a city; 'Chase' the bank and "
    "'chase' the verb",
    ["to chase the invoice"],
    """
I am working as analyst in small agency. My colleague [[PERSON:Paris]] was asked by the client to
build list of customers who are "likely pregnant" from the basket data. [[PERSON:Paris]] refuse and then
[[PERSON:Madison]], our account manager, take the project herself. The client is a retail bank, they bank
with [[ORG:Chase]] for the payments side, and they want to send baby offers before the woman tell anyone.
I asked [[PERSON:Madison]] if legal saw it. She said she is too busy to chase the invoice and legal both.
Next week [[PERSON:Paris]] flies to [[LOCATION:Paris]] for a conference and I am alone with this.
""",
)

S(
    "bullet timeline; loose dates (mid march 23, q4 '22, jan-24); ticket ID; Grant as name beside "
    "'grant' the noun; name after 'covered for'",
    ["the grant money", "grant access"],
    """
timeline, as best i remember:
- [[DATE:q4 '22]]: we get the grant money for the hospital no-show model
- [[DATE:mid march 23]]: [[PERSON:Grant]] (pm) asks us to add postcode "for accuracy"
- i point out postcode = ethnicity proxy here, raise [[ID:DS-4471]]
- ticket closed "won't fix" by [[PERSON:grant]]
- i covered for [[PERSON:mo]] on the on-call week, saw the model sending no-show flags to the
  overbooking script
- [[DATE:jan-24]]: [[PERSON:mo]] and i ask the IG lead to grant access to the audit log. still waiting
""",
)

S(
    "nothing identifying: job titles, tools, relative dates, and words that are names elsewhere "
    "(will, hope, mark, bill, summer, grant, reading, nice, sale, split) used normally",
    ["Reading the", "Will it", "Hope this"],
    """
Reading the thread back now, I think I was naive. Our head of growth wanted the summer campaign to
look like a success, so the analyst was told to mark every returning user as "reactivated" even if
they had only opened the bill reminder e-mail. Will it matter? Probably not to anyone outside the
team. But the sale numbers were split across two dashboards so nobody could check the total, and the
grant report to the board used the bigger one. I said it would be nice to show both. Hope this helps
someone who is still deciding whether to push back; I did not, and I still think about it.
""",
)

S(
    "Slack paste; nicknames (Big Mike, Jo); lower-case surname with no cue; name after "
    "'escalated to'; channel handle; Teams in ok as the tool",
    ["big deal"],
    """
[[HANDLE:#pricing-analytics]]
[[PERSON:Big Mike]] 10:02: just remove the zip code filter, its not a big deal
[[PERSON:Jo]] 10:04: it is a big deal, without it the surge pricing hits [[LOCATION:60621]] twice as often
[[PERSON:Big Mike]] 10:05: escalated to [[PERSON:okafor]] then, he can decide
[[PERSON:Jo]] 10:11: [[PERSON:okafor]] is on leave till the [[DATE:14th]]
[[PERSON:Big Mike]] 10:12: then we ship and fix later
I was [[PERSON:Jo]] in that thread. It shipped.
""",
)

S(
    "Mercedes and Sky as people beside the car brand and the sky; car brand as tool-like "
    "product not labelled when used generically",
    ["the sky is", "a Mercedes"],
    """
The fraud model flagged drivers who "could not afford" their cars. [[PERSON:Mercedes]] from the claims
team noticed it was flagging almost every nurse in the night-shift postcodes who drove a Mercedes
bought second-hand. [[PERSON:Sky]], our junior, found the feature: car value divided by estimated
income, with income guessed from the postcode. When [[PERSON:Sky]] and [[PERSON:Mercedes]] took it to the
pricing committee they were told the sky is not falling and that the lift was worth it. [[PERSON:Mercedes]]
left in [[DATE:April]]. The feature is still there.
""",
)

S(
    "phone numbers in odd formats (dots, spaced pairs, extension); US place names; Mobile as a "
    "city beside 'mobile app'",
    ["mobile app", "Mobile number"],
    """
Call-centre story. Our mobile app quietly recorded the screen during support calls. Customers in
[[LOCATION:Mobile]], [[LOCATION:Alabama]] were the test market. I found it when a woman rang the complaints
line, [[PHONE:251.555.0143]], and asked why her banking screen had been "watched". I put it in writing to
our privacy lead ([[PHONE:(251) 555-0172 ext 40]]) and got no answer. The recordings sat in a bucket for
eleven months. Mobile number, address, balance, everything. I left after the second reminder.
""",
)

S(
    "non-native English (Nigerian); Precious and Happy as names beside 'precious' and 'happy'; "
    "neighbourhoods in Lagos; abbreviation-only real org (CBN)",
    ["data is precious", "not happy", "no happy at all"],
    """
Abeg make I talk this one. My oga [[PERSON:Precious]] tell me say make we use the customers' contact
list to rate their loans, who call who, who dey owe. I tell am say data is precious but this one na
wahala. [[PERSON:Happy]], the other analyst for [[LOCATION:Yaba]] office, support me. Oga [[PERSON:Precious]]
no happy at all, she say [[ORG:CBN]] no go check. Na so we build am. Customers for [[LOCATION:Surulere]] and
[[LOCATION:Ikeja]] start to receive calls about their friends' debts. [[PERSON:Happy]] resign by [[DATE:September]].
I am still there and I am not happy.
""",
)

S(
    "nothing identifying: chat with role titles only, tools, weekdays, durations; 'Bath' and "
    "'Split' style words used normally",
    ["a bath", "split the", "Split test"],
    """
[10:14] me: did the CFO really ask us to split the A/B test that way
[10:15] analyst: yeah, he wants the control group to include the users who churned before launch
[10:15] me: that is just giving the old version a bath in bad data
[10:17] analyst: Split test results go to the board on Thursday
[10:18] me: I will write a note in Confluence and flag it to the head of data
[10:40] analyst: head of data says leave it, three weeks to the funding round
""",
)

S(
    "lower-case names with no cue at all in a list; name after 'looped in'; abbreviation-only "
    "fictional client; bare URL host/path",
    [],
    """
so the pilot team was basically me, [[PERSON:priyanka]], [[PERSON:sandeep]] and [[PERSON:tolu]]. we were asked to
scrape [[URL:jobs-board.example/profiles]] and match people to their employer's hr records. [[PERSON:tolu]]
refused on day two. i looped in [[PERSON:meera]] from legal who said [[ORG:KTS]] had a contract so it was
fine. it was not fine. [[PERSON:priyanka]] wrote the matcher anyway and [[PERSON:sandeep]] ran it every night.
[[ORG:KTS]] used the matches to spot staff who were job hunting and moved them off promotion lists.
""",
)

S(
    "Victoria and Florence as people and as places in one story; Jackson as a surname and as a "
    "city",
    [],
    """
Two people named after places, in a story about places. [[PERSON:Victoria]], my manager, wanted the
store-closure model to rank [[LOCATION:Jackson]] lowest. [[PERSON:Florence Jackson]], who ran the
[[LOCATION:Jackson]] store and had grown up in [[LOCATION:Florence]], [[LOCATION:Alabama]], asked me why footfall
data from her store was three weeks old. It was old because [[PERSON:Victoria]] had stopped the refresh
after the store beat its target. I told [[PERSON:Florence]]. [[PERSON:Victoria]] put me on a performance plan
on the [[DATE:21st]]. The store closed anyway.
""",
)

S(
    "e-mail thread; Bill as person beside 'bill' the noun; spelled-out e-mail; employee ID in "
    "odd format",
    ["the bill", "bill runs"],
    """
> From: [[PERSON:Bill]]
> Can you exclude the disputed accounts from the arrears figure? The regulator only looks at the
> headline.

[[PERSON:Bill]], no. If a customer disputes the bill it is still arrears until it is resolved. I
have raised it with compliance under my staff number [[ID:00-4471/B]] and copied the whistleblowing
inbox ([[EMAIL:speakup at harlow-energy dot example]]). The next bill runs on the [[DATE:1st]] and I would rather
we fix the number before then.
""",
)

S(
    "rushed lower-case; lower-case brand used as subject ('lumen fired half the team'); "
    "handle without sigil; DM platform as tool",
    [],
    """
[[ORG:lumen]] fired half the team last week and the ones left are told to 'find savings' in the
fraud rules. my manager wants to auto-decline anyone whose phone is older than 3 years. thats
just poor people. i posted about it anon and someone dm'd me on insta from [[HANDLE:quietdata_ops]] saying
the same thing happened at [[ORG:lumen]] in their other market. if [[ORG:lumen]] reads this, hi.
""",
)

S(
    "Summer and Joy as names beside 'summer' and 'joy'; UK postcode district; seasons with year",
    ["no joy", "summer intern"],
    """
[[PERSON:Summer]] was our summer intern in [[DATE:summer 2023]], and she was the only one who asked why the
eviction-risk model used benefit claims as an input. I asked [[PERSON:Joy]], the council's data lead,
and got no joy: the model was "already procured". It scored households in [[LOCATION:LS9]] and [[LOCATION:LS11]]
highest and the housing officers visited them first. [[PERSON:Summer]] wrote a one-page note. [[PERSON:Joy]]
forwarded it to the supplier, [[ORG:Civic Lens Ltd]], who asked for [[PERSON:Summer]] to be taken off
the project.
""",
)

S(
    "formal letter to regulator; real regulator abbreviation (ICO); address as one LOCATION; "
    "case reference; date ordinal",
    [],
    """
To the [[ORG:ICO]],

I am writing about my former employer, [[ORG:Bramwell Recruitment Ltd]], [[LOCATION:14 Kings Road, Bath BA1 2QF]].
Between [[DATE:June 2022]] and [[DATE:February 2023]] the firm scored candidates with a model that used
photographs of their faces. I raised it internally (reference [[ID:BR-HR-2291]]) and was told it was
"just a pilot". Candidates were never told. I have kept copies of the scoring sheets. My earlier
complaint to you has the reference [[ID:IC-118842-K9Q3]].
""",
)

S(
    "Bath as a place beside 'bath' the word; Sale (Greater Manchester) as a place beside "
    "'sale'; Split (Croatia) as a place beside 'split'",
    ["for sale", "split by"],
    """
We had three warehouses: [[LOCATION:Bath]], [[LOCATION:Sale]] and a tiny one in [[LOCATION:Split]]. The picking-speed
dashboard split by site made [[LOCATION:Split]] look terrible, because the Croatian team did returns as
well. My director wanted to put the [[LOCATION:Sale]] site up for sale, and [[LOCATION:Split]] was next. I asked for the
returns to be taken out before anyone decided. He said the data was the data.
""",
)

S(
    "Aurora as a place and as a product code name; Denver suburbs; US phone with 1- prefix",
    [],
    """
Our internal tool was called [[ORG:Project Aurora]] and, funnily, the first city it launched in was
[[LOCATION:Aurora]], [[LOCATION:Colorado]]. [[ORG:Aurora]] predicted which tenants would pay rent late and
told landlords before the tenant knew. A tenant called our support line, [[PHONE:1-800-555-0199]], after her
lease was not renewed. I checked: her score came from a neighbour's record. Nobody on the team in
[[LOCATION:Lakewood]] wanted to talk about it.
""",
)

S(
    "nothing identifying: rushed lower-case, job titles, tools, relative dates; words 'will', "
    "'chase', 'rich', 'joy', 'happy', 'precious' used normally",
    [],
    """
ok quick one. vp of sales wants the lead-score model to rank rich postcodes first and stop calling
anyone who lives in rented flats. i said that will get us in trouble under the fair lending stuff.
he said happy to take the risk. so i have to chase the legal team for a written view, which will
take two weeks, and meanwhile the model is live. no joy from hr either. precious little support
anywhere. anyone else been here? did you push back or just document and move on?
""",
)

S(
    "Teams-style 'Lastname, Firstname' headers; names after 'cc'd'; Grant as surname; Mark as "
    "a first name beside 'mark' the verb",
    ["mark them as"],
    """
[[PERSON:Grant, Mark]] [11:02]
can we mark them as "resolved" and reopen after the audit?

[[PERSON:Osei, Abena]] [11:04]
No. I cc'd [[PERSON:Dawit]] because that is falsifying the complaint log.

[[PERSON:Grant, Mark]] [11:05]
[[PERSON:Abena]] it is a formality, [[PERSON:Dawit]] will agree

[[PERSON:Tesfaye, Dawit]] [11:30]
I do not agree. Leave them open.
""",
)

S(
    "chat with handles of several shapes: @name, u/name, name without sigil; URL with scheme",
    [],
    """
I posted the redacted screenshot on the forum as [[HANDLE:u/not_my_main_9]] and someone tagged
[[HANDLE:@hr_watch_uk]]. Within an hour a recruiter messaged me. My old team lead, who goes by
[[HANDLE:kaz.builds]] everywhere, had already seen it. The leaked slide was on
[[URL:https://slides.northgate-ins.example/deck/2211]] and the first slide said "do not share". I had
removed the logo but not the footer.
""",
)

S(
    "ID numbers in odd formats: NI number with spaces, sort code and account, plate; DVLA by "
    "abbreviation",
    [],
    """
The collections vendor asked us to append more data to each debt file: National Insurance number
(one sample row had [[ID:QQ 12 34 56 C]]), sort code and account ([[ID:20-00-00 41235678]]), and any
vehicle plate we held, like [[ID:WK19 XRB]]. They said the [[ORG:DVLA]] lookups would be cheaper with
the plate. I asked what a debt collector needs a car for. The answer was repossession. We sent it.
""",
)

S(
    "non-native English (German); small towns; Herr honorific outside span; lower-case surname "
    "later with no cue",
    [],
    """
I work in a logistics company near [[LOCATION:Bielefeld]]. Herr [[PERSON:Kowalczyk]], the Betriebsleiter,
wanted to know which drivers stop in [[LOCATION:Gütersloh]] for private things, using the GPS of the trucks.
I said it is not allowed without the Betriebsrat. Then he asked [[PERSON:Lena]] from IT to make the report.
[[PERSON:Lena]] told me afterwards, and that [[PERSON:kowalczyk]] printed the list and put it on the wall.
""",
)

S(
    "rushed lower-case with 'the 3rd'-style dates and a weekday not labelled; Rich as a name "
    "beside 'rich'",
    ["rich people"],
    """
on the [[DATE:9th]] (a monday) [[PERSON:rich]] asked me to weight the survey so it matched "our
customers" not the population. our customers = rich people. published on the [[DATE:12th]] as a
national survey. [[PERSON:rich]] got a shoutout in the all hands. i got told to stop being negative.
""",
)

S(
    "nothing identifying: e-mail body without header, unnamed roles, durations; 'Victoria', "
    "'Florence' and 'Jordan' absent; 'nice', 'reading', 'bath' as words",
    ["Reading back", "a nice"],
    """
Reading back my notes from that year, the pattern was obvious. Each quarter the head of risk asked
for the default model to be "recalibrated" the week before the board met, and each quarter the
recalibration happened to lower the expected losses. I wrote a nice, polite memo. I wrote a second,
less polite one. The chief risk officer thanked me for my diligence and nothing changed. After two
more quarters I took a job in a different industry, ran myself a long bath, and tried to stop thinking about it.
""",
)

S(
    "Jordan as a country and as a person in one story; Amman neighbourhood; international phone",
    [],
    """
Our refugee-services client in [[LOCATION:Jordan]] wanted the biometric data from the cash-assistance
app shared with a "partner" they would not name. [[PERSON:Jordan]], our engineer in [[LOCATION:Amman]], went to
the client's office in [[LOCATION:Jabal Al-Weibdeh]] and asked directly. They gave him a number to call,
[[PHONE:+962 6 555 0148]], and the person who answered worked for a security contractor. [[PERSON:Jordan]]
quit that afternoon.
""",
)

S(
    "Happy and Godwin as names; Kenyan neighbourhoods; Kenyan phone in national format; "
    "Swahili code-switching",
    ["happy with"],
    """
Sasa, the story. [[PERSON:Godwin]] was our team lead in [[LOCATION:Kilimani]]. Client wanted loan app
to read the contacts of borrowers and SMS them when someone defaults. Me and [[PERSON:Happy]] said hapana.
[[PERSON:Godwin]] said the client is happy with it, so ship. One borrower from [[LOCATION:Kawangware]] called
me on [[PHONE:0712 555 014]] crying because her pastor got the SMS. [[PERSON:Happy]] reported to the
[[ORG:ODPC]] in [[DATE:Oktoba 2023]].
""",
)

S(
    "list of names with lower-case first names and a nickname; 'sat with'; DATE 'w/c'",
    [],
    """
people in the room when the decision was made: me, [[PERSON:tunji]], [[PERSON:Lil Dre]], [[PERSON:marisol]]
and the CPO. week of [[DATE:w/c 6th may]]. i sat with [[PERSON:marisol]] after and we agreed to write it up.
[[PERSON:Lil Dre]] said he would back us. he did not. the CPO decided the emotion-detection feature goes
into the call-centre product anyway, default on, no opt out.
""",
)

S(
    "academic year labels its years only; university by abbreviation; student IDs; honorific "
    "'dr' outside a lower-case surname",
    [],
    """
I was a TA in the [[DATE:22/23]] academic year. The department ran a plagiarism-risk model on
international students only. I asked dr [[PERSON:okeke]] about it and she said [[ORG:UCL]] did the same.
I checked, they did not. Two students, [[ID:s2213847]] and [[ID:s2209161]], were called to a panel on
the model's score alone. [[PERSON:okeke]] chaired both panels.
""",
)

S(
    "sports analytics; season labels its years only; Chase as a first name beside 'chase' the "
    "verb; club name",
    ["chase down"],
    """
I did analytics for a lower-league club, [[ORG:Harrow Vale FC]], in the [[DATE:23/24]] season. The owner
wanted the players' sleep data from their wearables to decide contracts. [[PERSON:Chase]], our physio,
said the players agreed to wearables for injury work only. I had to chase down the consent forms;
there were none. [[PERSON:Chase]] was let go in [[DATE:May]] and the sleep scores went into contract talks.
""",
)

S(
    "nothing identifying: list of events with relative dates and weekdays only; words 'mobile', "
    "'sale', 'grant', 'bill', 'will'",
    [],
    """
what happened, in order:
- a monday: product asks for location data "for fraud" in the mobile app
- two weeks later: same data shows up in the sale-targeting model
- the next week: i ask the privacy lead whether consent covers it. she says she will check
- a month later: no answer. the bill for the location vendor doubles
- last friday: i am told the grant of access was "implied". i start looking for jobs
""",
)

S(
    "Slack with names after 'looped in' and 'covered for'; Fi and Raj short names elsewhere not "
    "reused; Hope as person at sentence start; hope as verb",
    ["I hope"],
    """
[[PERSON:Hope]] looped in [[PERSON:Nnamdi]] on the churn-prediction thread because the sales VP wanted the
model to predict who was "likely to unionise". [[PERSON:Nnamdi]] covered for [[PERSON:Hope]] while she was
off, and when she came back the feature list had "attended_meeting_offsite" in it. I hope nobody
thinks we did not notice. [[PERSON:Hope]] and [[PERSON:Nnamdi]] both filed a grievance on the [[DATE:2nd]].
""",
)

S(
    "e-mail headers with a full date (the weekday stays outside the span), addresses containing "
    "names, signature with a +44 (0) landline; small town",
    [],
    """
From: [[PERSON:Wanjiru Kamau]] <[[EMAIL:w.kamau@greylake-health.example]]>
To: [[EMAIL:data-governance@greylake-health.example]]
Date: Tue, [[DATE:7 Nov 2023]]

The linked extract includes patients' free-text notes from the [[LOCATION:Kendal]] clinic. The research
partner asked for "everything", and the DPIA covers coded fields only. Please stop the transfer until
we have agreed what leaves.
[[PERSON:Wanjiru]]
t: [[PHONE:+44 (0)20 7946 0321]]
""",
)

S(
    "org by abbreviation only (HMRC); lower-case surname with no cue word; IP address and CIDR "
    "range",
    [],
    """
we were a small payroll startup and the founders wanted to scrape the [[ORG:HMRC]] portal with
clients' logins to speed up onboarding. the traffic came from [[ID:198.51.100.7]] and later from the
whole [[ID:203.0.113.0/24]] range so it would not get blocked. [[PERSON:okonkwo]] and i said no. the
founders said [[PERSON:okonkwo]] was being dramatic and that everyone in fintech does it.
""",
)

S(
    "voice-to-text style without punctuation; lower-case names and a lower-case city that is "
    "also a person's name, with its province abbreviation as a second LOCATION (victoria bc)",
    [],
    """
so i was on the call with [[PERSON:florence]] and [[PERSON:ahmed]] and the client from [[LOCATION:victoria]] [[LOCATION:bc]]
said just give us the names of the nurses who took the most sick days and [[PERSON:ahmed]] said we
cannot do that and [[PERSON:florence]] said we already had and i just sat there like what do you mean
already and nobody answered and then the client thanked us
""",
)

S(
    "nothing identifying: reflective prose about a team, job titles only; 'Summer', 'Will', "
    "'Mark' capitalised at sentence start as ordinary words",
    ["Summer was", "Mark my words", "Will anyone"],
    """
Summer was always our busiest season, and that is when the pricing team shipped the change that
raised delivery fees for customers in postcodes with fewer competitors. Our data scientist showed
the effect on low-income areas, and the pricing lead said the model only saw competition, not
income. Mark my words, he said, nobody will complain. Will anyone? I have no idea. I moved teams,
and I never found out whether the change was rolled back.
""",
)

S(
    "Indian context, Hinglish; honorific 'ji' after the surname outside; Bengaluru "
    "neighbourhood; Aadhaar-like ID in an invalid range; Indian mobile in national format",
    [],
    """
Boss [[PERSON:Sharma]] ji wanted the collections bot to call borrowers' references at 10 pm. I said
yaar this is harassment, the [[ORG:RBI]] rules bhi hain. He said [[PERSON:Anand]] in the [[LOCATION:Koramangala]]
office already set it up. A reference called me back on [[PHONE:98450 00123]] saying she did not even
know the borrower. The borrower's file had his Aadhaar, [[ID:0999 0000 1234]], in plain text.
""",
)

S(
    "Filipino context, Taglish; Ate honorific outside; Joy as a name; BPO neighbourhood; "
    "Philippine mobile",
    ["joy ride"],
    """
Sa BPO namin sa [[LOCATION:Eastwood]], the QA team started using a voice model that scores "agent
happiness". Ate [[PERSON:Joy]], our team lead, got a memo that low scorers will be first to go. Hindi
ito joy ride, guys. Ate [[PERSON:Joy]] asked me to check the model. It scored accents, not happiness. I
texted the account manager at [[PHONE:0917 555 0142]] and he left me on seen.
""",
)

S(
    "chat log with a date header (weekday outside the span); Discord tag as one HANDLE; a plain "
    "username without sigil as HANDLE; Mark as a surname",
    [],
    """
--- Friday, [[DATE:3 March 2023]] ---
[[HANDLE:pixelnomad#4410]]: the moderation model bans trans users' selfies at 4x the rate
[[HANDLE:dana_r]]: who owns it
[[HANDLE:pixelnomad#4410]]: [[PERSON:Eliot Mark]] in trust and safety
[[HANDLE:dana_r]]: [[PERSON:Mark]] will say it is the vendor
[[HANDLE:pixelnomad#4410]]: it is the vendor. [[ORG:Veritas Vision]]. still ours to fix
""",
)

S(
    "company names that are ordinary words used as subjects (Harvest, Beacon) in lower case and "
    "title case; 'harvest' and 'beacon' used normally",
    ["harvest season"],
    """
[[ORG:Harvest]] is a farm-insurance startup and [[ORG:beacon]] was our satellite-data supplier. [[ORG:harvest]]
wanted [[ORG:beacon]] images to deny claims from farmers who "planted late". During harvest season I
saw the model marking fields as late when cloud cover had hidden them. I wrote it up; [[ORG:Beacon]]
said the clouds were our problem and [[ORG:Harvest]] said the denial rate was on target.
""",
)

S(
    "US ZIP codes and a street address in US format; surname-only reference; Grant as a place "
    "(Grant Park) beside 'grant'",
    ["research grant"],
    """
The city paid us from a research grant to predict "likely code violations". The model sent
inspectors to [[LOCATION:60623]] and [[LOCATION:60624]] three times as often as [[LOCATION:60614]]. I walked
the route with an inspector, [[PERSON:Delgado]], starting at [[LOCATION:2731 S Pulaski Rd, Chicago, IL 60623]]. He said
they had stopped going near [[LOCATION:Grant Park]] years ago.
""",
)

S(
    "Australian context; mobile in the reserved drama range; nickname Shaz; bare day of month "
    "with weekday outside the span",
    [],
    """
Worked at a gambling app in [[LOCATION:Parramatta]]. The VIP team wanted a list of punters who had
self-excluded elsewhere so they could "welcome them back". [[PERSON:Shaz]], the VIP manager, asked me for
it twice. I told [[PERSON:Bindi]] in compliance and she rang the regulator from her own phone,
[[PHONE:0491 570 110]], in the car park. [[PERSON:Shaz]] knew by Thursday the [[DATE:9th]].
""",
)

S(
    "nothing identifying: non-native English, roles only, tools (Slack, BigQuery, Excel) and "
    "weekdays; 'Happy', 'Precious' as ordinary words at sentence start",
    ["Happy to", "Precious time"],
    """
My manager wrote in Slack: "Happy to discuss, but the numbers go out Friday." The numbers were from
BigQuery, and somebody had filtered out every complaint with the word "refund". I showed him in
Excel that complaints were up, not down. Precious time was wasted, he said. The director never saw
my sheet. I am still in this team and I did not escalate, because my visa depends on this job.
""",
)

S(
    "Irish context; Eircode as LOCATION; PPS-like number as ID; name Siobhán with diacritic; "
    "lower-case later mention",
    [],
    """
The insurer wanted our footfall data joined to customers' home Eircodes, like [[LOCATION:D08 XY12]], to
price contents cover. [[PERSON:Siobhán]] from underwriting sent me a test file with full PPS numbers
([[ID:1234567TA]]) in it. I deleted it and told her; [[PERSON:siobhán]] said the DPO had okayed it. The DPO
had not.
""",
)

S(
    "French context; CNIL by abbreviation; arrondissement; French phone; Nice as a city beside "
    "'nice' used normally",
    ["not nice"],
    """
Notre startup à [[LOCATION:Nice]] vendait des scores de "fidélité" aux bailleurs. I told [[PERSON:Hugo]], the
CTO, that tenants' card data from the loyalty app was not ours to sell; he said I was not nice to the
investors. A journalist called me on [[PHONE:+33 6 55 50 01 42]]. I said nothing, but I wrote to the
[[ORG:CNIL]] in [[DATE:septembre 2023]].
""",
)

S(
    "Slack; names after 'escalated to', 'cc'd', 'sat with' in one message; JIRA key; go-link URL",
    [],
    """
ok update on [[ID:RISK-1182]]: i escalated to [[PERSON:petra]], cc'd [[PERSON:Yusuf]], sat with [[PERSON:Ines]]
for the walkthrough. the model still uses "distance to mosque" as a feature, it is in
[[URL:go/risk-features]] line 41. [[PERSON:petra]] says legal approved it in [[DATE:2021]]. [[PERSON:Yusuf]] says
no one in legal remembers. [[PERSON:Ines]] is writing the removal PR.
""",
)

S(
    "Precious and Blessing as names in a Ghanaian context; Accra neighbourhood; Ghanaian mobile; "
    "GhanaPost address as LOCATION",
    ["count your blessings"],
    """
My supervisor [[PERSON:Precious Owusu]] said we should count your blessings and stop asking about the
microloan app's contact scraping. My colleague [[PERSON:Blessing]] found the contacts table had 40 million
rows for 900k users. The office is in [[LOCATION:Osu]], at [[LOCATION:GA-183-8164]]. A borrower's brother
called [[PHONE:024 555 0199]] to complain. [[PERSON:Owusu]] told [[PERSON:Blessing]] to block the number.
""",
)

S(
    "e-mail with loose date formats in the body ('early feb', 'the 28th'); lower-case surname "
    "in a sign-off; customer account number",
    [],
    """
Hi,
following up from [[DATE:early feb]]. Customer account [[ID:ACC-0093-7711]] asked us to delete her
data, and on the [[DATE:28th]] she got a win-back e-mail built from the very data we said was deleted.
The deletion job only flags rows; nothing is removed. I have reported this twice. This is the third.
- [[PERSON:ferreira]]
""",
)

S(
    "Will as a person at sentence start and in lower case; 'will' as the modal in the same "
    "story; Will's possessive",
    ["he will", "Will you", "I will"],
    """
[[PERSON:Will]] built the attrition model, and [[PERSON:Will]]'s model said the night shift would quit
first. The HR director asked: Will you put names on it? [[PERSON:will]] said he will if it is only used
for retention bonuses. It was used for the redundancy list. I will never forget his face when he saw
it.
""",
)

S(
    "nothing identifying: a job ad style complaint with generic places ('the north office', "
    "'a coastal town'), tools, roles; 'Aurora' and 'Jackson' absent; 'split' and 'sale'",
    [],
    """
We were told to build a model that ranks stores for closure. The list came with a rule: stores in
the north office region go first, whatever the numbers say. I ran it honestly; the north stores
were not the worst. The regional director asked me to split the costs differently so they would be.
The store in a small coastal town had just had its best sale week in years. It closed.
""",
)

S(
    "organisation by abbreviation only (fictional acronym); intranet URL with scheme; lower-case "
    "name after 'dm'd'",
    [],
    """
at [[ORG:QFS]] the fraud team labelled every transaction from refugee-issued cards as "high risk". i
dm'd [[PERSON:nadia]] the numbers from [[URL:https://wiki.qfs.internal/fraud/rules#r17]] and she said [[ORG:QFS]]
had always done it that way. [[PERSON:nadia]] is the head of fraud. i later sent the same numbers to
[[EMAIL:ethics-line@qfs-group.example]] and heard nothing back. the rule is still on, and the cards are
still high risk for everyone who was given one at the border.
""",
)

S(
    "non-native English (Brazilian); CPF as ID; São Paulo neighbourhood; Brazilian mobile; "
    "Portuguese date",
    [],
    """
Eu trabalhava numa fintech em [[LOCATION:Pinheiros]]. My lead [[PERSON:Thiago]] asked to reuse the CPF list
from an old partner, one row was [[ID:123.456.789-09]], to pre-approve credit without consent. I said
no, he said everybody does. I denounced to the [[ORG:ANPD]] in [[DATE:março de 2024]]. [[PERSON:Thiago]] called
me from [[PHONE:(11) 95555-0142]] asking if it was me.
""",
)

S(
    "Slack thread; lower-case names in a list with 'and'; Madison as a street (Madison Ave) "
    "and Madison as a person in another story; Sky as lower-case brand org",
    [],
    """
me, [[PERSON:dev]], [[PERSON:ola]] and [[PERSON:sam]] were pulled into a call with the [[ORG:sky]] account team (the
client, not the tv one, a fintech called [[ORG:sky]] with a lower-case s). they wanted us to track users
who went near the competitor's branch on [[LOCATION:Madison Ave]]. [[PERSON:ola]] said no on the call.
[[PERSON:dev]] and [[PERSON:sam]] said nothing. i said nothing too.
""",
)

S(
    "UK phone numbers in odd formats: a London number written with dashes, a mobile with "
    "spaces; a loose month with 'late'",
    [],
    """
The complaints line number was printed on the letters as [[PHONE:0207-946-0958]], and the letters
went to people our model had flagged as "likely fraud" on benefits. Most were not. One man wrote
his own number on the back of the letter for a callback, [[PHONE:07700 900 218]], and nobody called.
I found the letter in a tray in [[DATE:late October]].
""",
)

S(
    "Godwin as a surname; ORG with a legal suffix ending in a full stop; abbreviation after the "
    "full name as a separate ORG; bare year",
    [],
    """
[[ORG:Palisade Metrics Inc.]] ([[ORG:PMI]]) sold us a "candidate honesty" score. Our recruiter,
[[PERSON:Ruth Godwin]], noticed it scored people with gaps in their CV as dishonest; most gaps were
parental leave. [[PERSON:Godwin]] asked [[ORG:PMI]] for the validation study. They sent a two-page PDF
from [[DATE:2019]].
""",
)

S(
    "nothing identifying: chat among roles with lower-case ordinary words that are names "
    "elsewhere (jo? no), 'mobile', 'reading', 'nice', 'hope', 'will', 'sky'",
    [],
    """
[09:01] analyst: reading the spec now. they want mobile location every 5 min
[09:02] engineer: nice. for what
[09:02] analyst: "engagement". hope it is opt in
[09:03] engineer: it is not. sky high battery drain too
[09:05] analyst: i will raise it with the PM
[09:40] analyst: PM says it is in the terms of service
""",
)

S(
    "postcodes on their own (UK full postcode), Leeds neighbourhood; nickname 'Gaz'; ID badge "
    "number after 'badge'",
    [],
    """
The warehouse badge system logged every toilet visit. [[PERSON:Gaz]], the shift manager, printed a
league table by badge: [[ID:4471]] top, [[ID:5120]] second. Badge [[ID:4471]] was a woman with a
medical condition who lived in [[LOCATION:Armley]], postcode [[LOCATION:LS12 3AB]]. [[PERSON:Gaz]] put the
table on the canteen wall.
""",
)

S(
    "Spanish (Mexico) code-switching; CURP-like ID; Mexico City colonia as LOCATION; Mexican "
    "phone; 'Don' honorific outside",
    [],
    """
En la empresa en la [[LOCATION:Colonia Roma]], Don [[PERSON:Ernesto]] wanted the scoring model to use the
CURP to guess state of birth, like [[ID:GOMA850101HDFRRN09]], and reject people born in the south.
Le dije que no. He called [[PERSON:Lupita]], the other data scientist, and she built it. A week later
[[PERSON:Lupita]] called me from [[PHONE:55 5555 0142]] to say sorry.
""",
)

S(
    "Madison as a city (Madison, WI); hospital system as ORG; abbreviated month-year 'Sep 22'",
    [],
    """
I was a contractor for a hospital system in [[LOCATION:Madison]], [[LOCATION:Wisconsin]]. The readmission model
used "missed appointments" as a feature, and missed appointments mostly meant no car. In [[DATE:Sep 22]]
we found out the model decided who got the post-discharge nurse calls. [[ORG:Lakeshore Regional]]
stopped the calls for the lowest-scored group.
""",
)

S(
    "lower-case company names as subjects; Korean names family-name first; Seoul district; "
    "Korean phone",
    [],
    """
[[ORG:nuri]] bought [[ORG:pebble]] last year and now [[ORG:nuri]] wants [[ORG:pebble]]'s chat logs for ad
targeting. Team lead [[PERSON:Park Ji-hoon]] said the users agreed to "service improvement" only. The
director in [[LOCATION:Gangnam]] told [[PERSON:Park]] to rewrite the privacy notice. He called me from
[[PHONE:010-5555-0142]] that night, very upset.
""",
)

S(
    "e-mail with a spelled-out e-mail using [at] and (dot); lower-case first name after 'ping'",
    [],
    """
If anyone from the old team reads this: the model card we published said the training data was
"consented". It was scraped. You can reach me at [[EMAIL:old.team.truth [at] proton (dot) example]]. ping
[[PERSON:kasia]] too, she has the original crawl logs.
""",
)

S(
    "Chinese context; name family-name first; Shenzhen district; Chinese date; WeChat ID "
    "without sigil as HANDLE",
    [],
    """
我们公司 in [[LOCATION:Nanshan]] built a "worker focus" score from keyboard activity. My manager
[[PERSON:Zhou Lei]] wanted it used for bonuses starting [[DATE:2023年7月]]. I said the score punishes people who
think before typing. [[PERSON:Zhou]] said add me on WeChat to discuss, his ID is [[HANDLE:zhoulei_sz88]]. I did
not.
""",
)

S(
    "Summer as a surname; Joy as a name in lower case; lower-case name list with 'n'; 'summer' "
    "as a season word",
    ["this summer"],
    """
the exec team wants a 'productivity index' by this summer. [[PERSON:joy]], [[PERSON:kwame]] n me did the
prototype. [[PERSON:Dana Summer]], the COO, asked why [[PERSON:kwame]]'s score was low; he was on paternity
leave half the quarter. [[PERSON:Summer]] said the index should not care why.
""",
)

S(
    "nothing identifying: forwarded e-mail without names or addresses; roles only; dates "
    "relative only; words 'chase', 'bill', 'grant', 'rich', 'mark'",
    [],
    """
---------- Forwarded message ----------
From: the head of analytics
Subject: the bill estimate

Please mark the outliers as data errors and chase finance for the revised figure before the grant
committee meets next week. We need a rich story, not a messy one.
----------
That e-mail is how I found out our cost estimate was being shrunk for a public funder.
""",
)

S(
    "Turkish context; honorific 'Bey' after a name outside; Istanbul neighbourhood; Turkish ID "
    "number; Turkish phone",
    [],
    """
[[PERSON:Kemal]] Bey, our country manager in [[LOCATION:Kadıköy]], asked for the customer table with
T.C. kimlik numbers, for example [[ID:10000000146]], to be sent to a political campaign "partner". I
refused. He asked [[PERSON:Elif]], who also refused. He then called the vendor from [[PHONE:0532 555 01 42]]
himself.
""",
)

S(
    "chat with Fi and Jo short names plus Big Mike style nickname 'Tall Sam'; 'escalated to' "
    "with a lower-case name; #channel handle",
    [],
    """
[[HANDLE:#ml-ethics]]
[[PERSON:Fi]]: who approved the face-match on the loyalty cameras
[[PERSON:Tall Sam]]: legal did
[[PERSON:Fi]]: legal says they did not
[[PERSON:Tall Sam]]: then escalated to [[PERSON:baptiste]], he signed the budget
[[PERSON:Fi]]: ok im writing to [[PERSON:baptiste]] and the DPO
[[PERSON:Tall Sam]]: he will say the cameras were already there
[[PERSON:Fi]]: the cameras were. the matching was not. i have the PO, [[ID:PO-77120-B]]
[[PERSON:Tall Sam]]: fair. cc me on it
""",
)

S(
    "Dutch context; BSN-like number; Rotterdam neighbourhood; Dutch date; Sjors nickname",
    [],
    """
Bij de gemeente [[LOCATION:Rotterdam]] hadden we een fraude-risicomodel voor bijstand. It used "language
skill" and gender. My colleague [[PERSON:Sjors]] showed that women from [[LOCATION:Delfshaven]] were flagged
first. A case we looked at had BSN [[ID:111222333]]. The project was stopped on [[DATE:15 maart 2023]],
only after a journalist asked.
""",
)

S(
    "bare 'www.' URL; lower-case brand as subject ('fern shipped'); ticket '#482' labels the "
    "number; order number; surname in reported speech",
    [],
    """
[[ORG:fern]] shipped the 'smart refunds' feature on [[URL:www.fern-shop.example/refunds]], which denied
refunds to customers whose names "looked fake". I opened ticket #[[ID:482]] with the order that showed
it, [[ID:FS-00017733]], from a customer called [[PERSON:Nguyen]] whose name the model thought was fake.
""",
)

S(
    "Mark and Bill both as names in one story; 'mark' as verb and 'bill' as noun; abbreviation "
    "of a fictional client",
    ["mark down", "the bill"],
    """
[[PERSON:Mark]] and [[PERSON:Bill]] ran the account for [[ORG:JLT]]. [[ORG:JLT]] wanted the model to mark down
applicants from two colleges. I asked [[PERSON:Mark]] why; he said the client pays the bill. [[PERSON:Bill]]
said he would talk to them. He did not.
""",
)

S(
    "Kenyan context; Kenyan ID; M-Pesa as a tool not labelled; Nairobi neighbourhood; a "
    "Swahili date",
    [],
    """
Tulikuwa na app ya mikopo in [[LOCATION:Westlands]]. Our product lead [[PERSON:Otieno]] wanted to use
M-Pesa statements of the borrower's contacts. I refused. Customer with ID [[ID:29876543]] was shamed to
her whole phone book on [[DATE:12 Machi 2024]]. [[PERSON:Otieno]] said the numbers went up.
""",
)

S(
    "nothing identifying: non-native English; roles, tools, weekdays, durations; words 'joy', "
    "'grant', 'summer', 'precious', 'will'",
    [],
    """
In my team the lead always say the model is fair because we remove gender column. But the postcode
and the first name still there. I tell him two times. He say we will look after summer. After summer
he say no time. It give me no joy to write this, but I think others have same problem and it is
precious to know you are not alone.
""",
)

S(
    "Polish context; PESEL-like number; honorific 'Pani' outside; Kraków district; Polish date",
    [],
    """
Pani [[PERSON:Agnieszka]], head of HR in our [[LOCATION:Kraków]] office, asked me to cross-match sick
leave with Instagram posts. I said no. [[PERSON:Agnieszka]] gave it to an intern from [[LOCATION:Nowa Huta]].
One employee, PESEL [[ID:02070803628]], was fired on [[DATE:5 lipca 2023]] for a beach photo.
""",
)

S(
    "lower-case name after 'looped in' and 'covered for' in one sentence; Jo as a name; 'jo' "
    "absent otherwise; phone with extension",
    [],
    """
i looped in [[PERSON:jo]] and covered for [[PERSON:ikenna]] while he was at the tribunal. the tribunal was
about the same thing: the scheduling model gave fewer hours to people who had taken sick leave. our
hr hotline is [[PHONE:0161 496 0734 x22]] and nobody picks up.
""",
)

S(
    "e-mail with signature containing an address in UK format as one LOCATION; 'Reading' as "
    "place in the address",
    [],
    """
Dear [[PERSON:Tomasz]],
I cannot sign off the attendance-prediction report in its current form
([[URL:https://people-analytics.example/reports/attendance-v3]]). It treats religious holidays as
unexplained absence, and almost everyone it flags comes from the same two communities. I raised this
in [[DATE:July]] and again last week. Please take my name off the distribution list.
Regards,
[[PERSON:Helen Obi]]
People Analytics, [[LOCATION:Forbury House, 12 Forbury Road, Reading RG1 3EJ]]
""",
)

S(
    "handle with sigil at start of sentence; lower-case name in a tweet-like post; hashtag-like "
    "channel; dates 'mid-jan'",
    [],
    """
[[HANDLE:@lumen_careers]] you fired my whole team in [[DATE:mid-jan]] and then advertised our jobs in
[[LOCATION:Lisbon]] at half the salary. [[PERSON:abdul]], [[PERSON:clara]] and me built the model you are
now selling as "ethical AI". we asked for the bias audit to be published. it never was.
""",
)

S(
    "nothing identifying: bullet list of generic places and roles ('a city in the south', 'the "
    "capital'), tools, percentages; 'Victoria' and 'Florence' absent; 'nice', 'bath'",
    [],
    """
- client: a regional bank
- ask: predict which small businesses are "likely to default" from their card terminal data
- problem: the model punished shops in the capital's poorer districts
- what i did: wrote a note, raised it with the head of credit
- result: "nice catch, but the portfolio numbers look good", model shipped
- now: the default report lands every Monday and i skim it in the bath, pretending it is someone else's model
""",
)

S(
    "South African context; SA ID number; Johannesburg suburb; honorific 'Mr' outside; "
    "lower-case surname later",
    [],
    """
At a short-term insurer in [[LOCATION:Sandton]], Mr [[PERSON:Botha]] wanted claims from [[LOCATION:Soweto]]
routed to the fraud team by default. I pulled one example, ID [[ID:8001015009087]], a woman with a
clean ten-year record. [[PERSON:botha]] said the area is the risk, not her.
""",
)

S(
    "Happy as a surname with a first name; Jordan as a surname; place 'Jackson Heights' (a "
    "neighbourhood) one LOCATION",
    [],
    """
The tenant-screening vendor's founders were [[PERSON:Kofi Happy]] and [[PERSON:Laura Jordan]]. [[PERSON:Jordan]]
presented the product to us and said rejections in [[LOCATION:Jackson Heights]] were "just data". [[PERSON:Happy]]
later emailed from [[EMAIL:kofi@rentwise.example]] asking us not to share the rejection rates. I still have the deck: 41% rejected in the neighbourhood
against 12% in the rest of the borough, and the only input that differed was eviction-court records
matched by name.
""",
)

S(
    "lower-case org name that is a common word ('atlas'), repeated in lower case before team "
    "names; ISO date",
    [],
    """
[[ORG:atlas]] sold our users' location pings to an ad broker. On [[DATE:2023-06-12]] I found the export
job, owned by the [[ORG:atlas]] growth team, running nightly. The contract with the broker had been
signed by [[ORG:atlas]]'s own legal counsel, who told me it was "standard in the industry".
""",
)

S(
    "Grant, Rich and Will all as names in one meeting-minutes style note with initials",
    ["will follow up"],
    """
Minutes, model risk forum, [[DATE:17/10/2023]]
Present: [[PERSON:Grant Ellis]] (chair), [[PERSON:Rich Adeyemi]], [[PERSON:Will Tan]], minute-taker
1. [[PERSON:GE]] asked whether the credit model can go live without the fairness review. [[PERSON:RA]]: yes.
[[PERSON:WT]]: no, the review found a gap for applicants over 60.
2. Decision: go live, [[PERSON:Will]] will follow up.
""",
)

S(
    "nothing identifying: Reddit-style post without handles, roles and tools only; words "
    "'split', 'mobile', 'aurora' lower-case, 'Grant' capitalised",
    ["Grant applications"],
    """
Throwaway, obviously. I work on a public-sector analytics team. Grant applications from small
charities are scored by a model that rewards "digital maturity", so groups without a mobile site
lose. I raised it. My manager said the scoring was split between two teams so neither could change
it alone. Edit: no, I have not gone to the press.
""",
)

S(
    "Sky, Precious and Paris as names in a Slack list; abbreviation-only fictional org; "
    "incident ID",
    [],
    """
incident [[ID:INC0082231]]: the churn model emailed 'we miss you' offers to customers marked deceased.
people on the bridge call: [[PERSON:Sky]], [[PERSON:Precious]], [[PERSON:Paris]] and me. [[PERSON:Paris]] said
[[ORG:DRB]] (the data broker) had sent a stale file. [[PERSON:Sky]] said we never checked [[ORG:DRB]] files
anyway.
""",
)

S(
    "Spanish (Colombia) code-switching; cédula number; Medellín neighbourhood; 'doña' outside",
    [],
    """
En [[LOCATION:El Poblado]], la empresa usaba las cédulas de los clientes, por ejemplo [[ID:1.017.222.333]],
para cruzar con datos de una aseguradora. Doña [[PERSON:Marta]], la jefa, said it was legal because the
clients signed. Signed what? Nobody could show me. I left in [[DATE:noviembre]].
""",
)

S(
    "nicknames: 'Big Mike' reused in a different story as a different person is avoided; "
    "'Raj' as short name; name after 'sat with'; lower-case handle in text",
    [],
    """
i sat with [[PERSON:raj]] for the whole friday. the ask from the VP was to find employees who post
about the company online, match their usernames to staff records. [[PERSON:raj]] found one, the account
[[HANDLE:nightshift_nurse_22]], and the VP asked for her name by monday.
""",
)

S(
    "non-native English (Indonesian); NIK; Jakarta neighbourhood; 'Pak' and 'Mbak' outside; "
    "Indonesian date",
    [],
    """
Pak [[PERSON:Hendra]], direktur kami di [[LOCATION:Kemang]], minta data NIK nasabah seperti
[[ID:3171011203900004]] dikirim ke partner asuransi. Mbak [[PERSON:Rina]] dan saya menolak. Then on
[[DATE:3 Agustus 2023]] the data was sent anyway by the vendor team. Saya sudah lapor ke compliance,
tapi jawabannya: sudah ada NDA. Nobody asked the customers. I am writing here because I do not know
who else to tell.
""",
)

S(
    "Blessing as surname; Godwin as first name; place Aurora in Ontario; ZIP-like Canadian "
    "postal code",
    [],
    """
[[PERSON:Godwin Blessing]] was the only engineer who refused to build the licence-plate search for the
mall in [[LOCATION:Aurora]], [[LOCATION:Ontario]], postal code [[LOCATION:L4G 3V1]]. [[PERSON:Godwin]] was moved to a
different project the next week. The search let mall security type a plate and see every visit that
car had made for a year, for "loitering". The rest of us built it in six weeks. I am not proud of it.
""",
)

S(
    "lower-case place names in rushed text (reading, bath) as places beside the words used "
    "normally",
    ["reading list", "bath towels"],
    """
we had two stores, [[LOCATION:reading]] and [[LOCATION:bath]], and the 'shrinkage model' picked the [[LOCATION:reading]]
store for cameras in the changing rooms. i put it on my reading list of things to report. the [[LOCATION:bath]]
store only got cameras over the bath towels aisle.
""",
)

S(
    "e-mail with header dates in US format; phone in US international format; e-mail address "
    "with plus addressing",
    [],
    """
From: [[EMAIL:ops+escalations@cinderhill.example]]
Date: [[DATE:3/14/2024]]
Subject: URGENT re: churn list

Please pull all customers in [[LOCATION:Tulsa]] flagged "likely to cancel" and offer them nothing.
Questions: [[PHONE:+1 918 555 0136]].

That was the whole e-mail. The flag was built on calls to the disability support line.
""",
)

S(
    "nothing identifying: timeline with relative dates, weekdays, durations, roles; 'Jordan', "
    "'Chase', 'Mercedes' absent; 'happy', 'will', 'hope' lower-case",
    [],
    """
week 1: PM asks for a model to predict who will ask for a raise
week 2: we build it from calendar data, 1:1 frequency, slack activity
week 3: i say this will be used against people. PM says i hope not
week 6: HR uses it to pre-empt raises with small bonuses
week 9: i am not happy and i tell my skip level
now: nothing has changed
""",
)

S(
    "Chase as a surname and Mercedes as a first name in one full name; 'chase' as a verb in the "
    "same story",
    ["to chase the"],
    """
[[PERSON:Mercedes Chase]], our analytics director, told us to chase the engagement number up before the
investors' visit. [[PERSON:Chase]] suggested counting each notification open as a session. I asked to
keep the old definition beside it. [[PERSON:Mercedes]] said one number is enough.
""",
)

S(
    "Pakistani context; CNIC number; Lahore neighbourhood; Pakistani mobile; NADRA by abbreviation",
    [],
    """
Our telecom client in [[LOCATION:Gulberg]] wanted to enrich the churn data with [[ORG:NADRA]] records, CNIC
[[ID:35202-1234567-1]] was in the sample file. [[PERSON:Faraz]] bhai, my manager, said the client "has
access". I called the client's DPO on [[PHONE:0300 5550142]] and she had never heard of it.
""",
)

S(
    "short angry post; lower-case org subjects; lower-case first names with no cue",
    [],
    """
[[ORG:quanta]] lied to the regulator. [[PERSON:femi]] knows. [[PERSON:rosa]] knows. i know. the fairness report
was rerun with different seeds and thresholds until it passed, eleven times, and the version we filed
says first run. the run log someone leaked is at [[URL:bit.ly/q-runlog-11]]. if you work at [[ORG:quanta]],
read it before you sign anything else.
""",
)

S(
    "Split as a city and as a surname-like word; Croatian context; Croatian phone; OIB-like ID",
    ["split the"],
    """
The tourism app team in [[LOCATION:Split]] wanted to split the bookings data by guests' nationality and
raise prices for some. [[PERSON:Ivana]] from product showed it on a call. I said it is discrimination.
[[PERSON:Ivana]] messaged me from [[PHONE:+385 91 555 0142]] that the owner, OIB [[ID:69435151530]], had
already decided.
""",
)

S(
    "nothing identifying: SQL and log snippet with generic table names; 'sale', 'summer', "
    "'grant' as column words; no dates",
    [],
    """
The query they asked me to run:
  select user_id, last_sale, summer_visits from customers where grant_eligible = false
The campaign would exclude everyone who had ever applied for a hardship grant. I asked who
approved it. The answer in the channel was a thumbs-up emoji from the marketing lead.
""",
)

S(
    "Welsh small town; Welsh name; lower-case name in reported speech; DATE 'Mar-23'",
    [],
    """
The council contract in [[LOCATION:Llandrindod Wells]] paid us to flag "vulnerable" residents for
energy-support visits, but from [[DATE:Mar-23]] the list went to the debt recovery team instead.
[[PERSON:Rhys]] from the council told me on the phone. when i asked my manager, she said [[PERSON:rhys]] had
misunderstood.
""",
)

S(
    "Japanese context; name family-name first with -san outside; Japanese era date; Tokyo ward",
    [],
    """
My manager [[PERSON:Tanaka]]-san in [[LOCATION:Shinagawa]] asked me to include employees' health-check data
in the promotion model from [[DATE:令和5年4月]]. I said the union must agree. [[PERSON:Tanaka]]-san said the
union is also employees. In the end I wrote to the union representative anonymously. Nothing happened
for two months, then the health fields quietly disappeared from the feature list, with no explanation.
""",
)


# ---------------------------------------------------------------- checks

PUNCT = set(string.punctuation) | {"\u2019", "\u2018", "\u201c", "\u201d", "\u2013", "\u2014"}
LEGAL_SUFFIX = re.compile(r"(?:Inc|Ltd|Co|Corp|S\.A|B\.V|K\.K|Bhd|Pty)\.$")


def word_re(needle):
    return re.compile(rf"(?<![\w@#/.\-]){re.escape(needle)}(?![\w\-])", re.IGNORECASE)


def ok_ranges(text, ok):
    ranges = []
    for phrase in ok:
        for m in re.finditer(re.escape(phrase), text):
            ranges.append((m.start(), m.end()))
    return ranges


def covered(spans, ranges, a, b):
    return overlaps(spans, a, b) or any(s <= a and b <= e for s, e in ranges)


def name_needles(spans):
    """Within-story needles: every token of a PERSON span, every ORG/LOCATION value."""
    needles = set()
    for s in spans:
        v = s["entity_value"]
        if s["entity_type"] == "PERSON":
            for tok in re.split(r"[\s,]+", v):
                tok = tok.strip(string.punctuation)
                if len(tok) >= 2:
                    needles.add(tok)
        elif s["entity_type"] in ("ORG", "LOCATION"):
            needles.add(v)
            bare = re.sub(r"^(?:Project|Operation)\s+|\s+(?:Ltd|Inc\.|LLP|GmbH|FC)$", "", v)
            if bare != v and len(bare) >= 3:
                needles.add(bare)
    return needles


def main():
    problems = []
    items = []
    for i, st in enumerate(STORIES, 1):
        sid = f"md5-{i:02d}"
        text, spans = parse(st["text"], MARK)
        if (
            "[[" in text
            or "]]" in text
            or re.search(r"\[\[|\]\]|\b(?:PERSON|LOCATION|EMAIL):", text)
        ):
            problems.append(f"{sid}: leftover markup")
        for s in spans:
            v = s["entity_value"]
            if text[s["start_position"] : s["end_position"]] != v:
                problems.append(f"{sid}: offset mismatch for {v!r}")
            first, last = v[0], v[-1]
            if first.isspace() or last.isspace():
                problems.append(f"{sid}: edge whitespace in {v!r}")
            if first in PUNCT and not (
                (first in "@#" and s["entity_type"] == "HANDLE")
                or (first in "+(" and s["entity_type"] == "PHONE")
            ):
                problems.append(f"{sid}: leading punctuation in {v!r}")
            if last in PUNCT and not (s["entity_type"] == "ORG" and LEGAL_SUFFIX.search(v)):
                problems.append(f"{sid}: trailing punctuation in {v!r}")
            if s["entity_type"] in ("PERSON", "ORG", "LOCATION"):
                for tool in TOOLS:
                    if re.search(rf"\b{re.escape(tool)}\b", v, re.IGNORECASE):
                        problems.append(f"{sid}: tool name {tool!r} inside {v!r}")
        ordered = sorted(spans, key=lambda s: s["start_position"])
        for a, b in itertools.pairwise(ordered):
            if b["start_position"] < a["end_position"]:
                problems.append(f"{sid}: overlap {a['entity_value']!r} / {b['entity_value']!r}")
        words = len(text.split())
        if not 40 <= words <= 300:
            problems.append(f"{sid}: {words} words")
        ranges = ok_ranges(text, st["ok"])
        for phrase in st["ok"]:
            if phrase not in text:
                problems.append(f"{sid}: ok phrase {phrase!r} not in the story")
        for n in name_needles(spans):
            for m in word_re(n).finditer(text):
                if not covered(spans, ranges, m.start(), m.end()):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(f"{sid}: {n!r} unlabelled here: ...{ctx}...")
        items.append((sid, text, spans, st, ranges, words))

    # across stories: capitalised name tokens, organisations and places, case-sensitive
    needles = set(ALWAYS)
    for _, _, spans, _, _, _ in items:
        for s in spans:
            v = s["entity_value"]
            if s["entity_type"] in ("ORG", "LOCATION") and len(v) >= 3 and v[:1].isupper():
                needles.add(v)
            if s["entity_type"] == "PERSON":
                for tok in re.split(r"[\s,]+", v):
                    tok = tok.strip(string.punctuation)
                    if len(tok) >= 3 and tok[:1].isupper():
                        needles.add(tok)
    for sid, text, spans, _, ranges, _ in items:
        for n in needles:
            for m in re.finditer(rf"(?<![\w@#/.\-]){re.escape(n)}(?![\w\-])", text):
                if not covered(spans, ranges, m.start(), m.end()):
                    ctx = text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ")
                    problems.append(f"{sid}: {n!r} is labelled elsewhere but not here: ...{ctx}...")

    empty = [sid for sid, _, spans, _, _, _ in items if not spans]
    if len(items) < 70:
        problems.append(f"only {len(items)} stories")
    if len(empty) < 8:
        problems.append(f"only {len(empty)} stories with nothing identifying")

    data = [
        {
            "full_text": text,
            "spans": [
                {k: s[k] for k in ("entity_type", "entity_value", "start_position", "end_position")}
                for s in spans
            ],
            "id": sid,
            "notes": st["notes"],
        }
        for sid, text, spans, st, _, _ in items
    ]
    serialised = json.dumps(data, ensure_ascii=False, indent=1)
    for rec in json.loads(serialised):
        for s in rec["spans"]:
            if rec["full_text"][s["start_position"] : s["end_position"]] != s["entity_value"]:
                problems.append(
                    f"{rec['id']}: serialised offset mismatch for {s['entity_value']!r}"
                )

    counts = {k: 0 for k in KINDS}
    for _, _, spans, _, _, _ in items:
        for s in spans:
            counts[s["entity_type"]] += 1
    wc = [w for *_, w in items]
    print(
        f"{len(items)} stories, {min(wc)}-{max(wc)} words (mean {sum(wc) / len(wc):.0f}), "
        f"{sum(counts.values())} identifiers"
    )
    print(f"nothing identifying ({len(empty)}): {', '.join(empty)}")
    print("| kind | count |\n|---|---|")
    for k in KINDS:
        print(f"| {k} | {counts[k]} |")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(serialised + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
