"""Forms the blind holdouts' kinds pointed at (handles without a sigil, hashes, regions,
lower-case places, firms and people), each checked on sentences of our own words, with the
ordinary words beside them checked to stay readable."""

from __future__ import annotations

import pytest

from tests.moderation.redaction_helpers import covered, found


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("add me on discord, moss_piglet#0092, we can talk", "moss_piglet#0092"),
        ("my signal: quietfox.31 if you want the files", "quietfox.31"),
        ("wechat: liuyang_88 pls add me", "liuyang_88"),
        ("the github user tkarimov pushed the revert", "tkarimov"),
        ("her telegram handle is Brave_Otter", "Brave_Otter"),
    ],
)
def test_usernames_named_by_their_platform_are_handles(text: str, handle: str) -> None:
    assert ("HANDLE", handle) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "on signal we talked for hours",
        "the line manager said no",
        "we moved it to the teams channel",
        "there was no signal at the depot",
        "Ticket #2024 was closed.",
    ],
)
def test_platform_words_and_numbers_without_a_username_stay_readable(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "HANDLE"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("commit 9be04f1 was the one that dropped the filter", "9be04f1"),
        (
            "the image digest sha256:4c1d0be2f0a9e8d7c6b5a4f3e2d1c0b9 ran",
            "4c1d0be2f0a9e8d7c6b5a4f3e2d1c0b9",
        ),
        ("it was reverted in 7ac31f09b2d4e6f8 an hour later", "7ac31f09b2d4e6f8"),
    ],
)
def test_commit_hashes_and_digests_are_ids(text: str, code: str) -> None:
    assert ("ID", code) in found(text)


@pytest.mark.parametrize(
    "text",
    ["the deadbeef constant is a joke", "we added 2 bed rooms", "a cafe and a face"],
)
def test_hex_looking_words_without_a_digit_or_cue_stay_readable(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "ID"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("the team in jayanagar got cut", "jayanagar"),
        ("flat 2c, 5th cross, malleshpura, near the temple", "malleshpura"),
        ("we moved from bombay to gurgaon last year", "bombay"),
        ("we moved from bombay to gurgaon last year", "gurgaon"),
        ("she grew up in gauteng and then moved", "gauteng"),
        ("the warehouse in hampshire shut down", "hampshire"),
        ("a car dealer in croydon bought the list", "croydon"),
    ],
)
def test_regions_old_city_names_and_place_endings_in_lower_case(text: str, place: str) -> None:
    assert covered(text, place)


@pytest.mark.parametrize(
    "text",
    [
        "from nice people, in reading groups",
        "a cheap hotel in the centre of town",
        "the rivers and lakes of the north",
        "it was an easy purchase",
    ],
)
def test_ordinary_words_near_place_cues_stay_readable(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("the client was kingsway motors, a car dealer", "kingsway motors"),
        ("he works at zentrova labs now", "zentrova labs"),
    ],
)
def test_lower_case_firms_ending_in_a_firms_word(text: str, firm: str) -> None:
    assert covered(text, firm)


@pytest.mark.parametrize(
    "text",
    [
        "I work at an edtech company in the city",
        "We sell geospatial analytics for disaster response",
        "our biometric solutions team",
        "a telecom holding the same identifiers",
    ],
)
def test_trades_before_a_firms_word_stay_readable(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "ORG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("so i asked chidi what to do", "chidi"),
        ("me and tolu went to the md", "tolu"),
        ("then ekene and i left early", "ekene"),
        ("i pinged ravs on slack", "ravs"),
    ],
)
def test_unknown_lower_case_words_in_a_persons_place_are_people(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    "text",
    ["i asked around and nobody knew", "she told everyone", "me and the team went", "i told them"],
)
def test_ordinary_words_after_person_verbs_stay_readable(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Owner: KB · Reviewer: D.M. · Opened: 2022-05-02", "KB"),
        ("Owner: KB · Reviewer: D.M. · Opened: 2022-05-02", "D.M."),
        ("Attendees: TW, LM (chair), K.O., me\nTW said no.", "K.O."),
        ("it went to P.D., the CISO. nobody answered", "P.D."),
        ("That is all for now.\n\nKind regards,\nOdera\nData team", "Odera"),
        ("i'm vexlo. We are a small team", "vexlo"),
    ],
)
def test_initials_closings_and_the_writers_own_name_are_people(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "in the U.S. and the U.K. at 9 a.m., e.g. this one",
        "Betreff: Kündigung\nAsunto: renuncia\nAssignee: nobody yet",
        "i am nigerian and i'm tired of this",
        "Abay Mutual Insurance S.C. sells cover",
    ],
)
def test_abbreviations_header_labels_and_nationalities_name_no_one(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("this was early mar 2023. i left", "early mar 2023"),
        ("- w/c 6 Nov 2023: pilot live", "w/c 6 Nov 2023"),
        ("- second week of oct 2022: I refused", "second week of oct 2022"),
        ("- mid-H2 2021: the rollout", "mid-H2 2021"),
        ("En abril lo mandaron igual.", "abril"),
        ("We went live in жовтні 2022.", "жовтні 2022"),
        ("they said finish by Agosto 9 at the latest", "Agosto 9"),
        ("agreed on 3 martie 2024 with the partner", "3 martie 2024"),
        ("the email of the 7 of june of 2023 says it", "7 of june of 2023"),
        ("Ngày 9 tháng 4 năm 2022 anh ấy nói", "Ngày 9 tháng 4 năm 2022"),
        ("2023-11-02T08:15:44Z WARN export started", "2023-11-02T08:15:44Z"),
        ("El 4/5 nos pidió los datos", "4/5"),
    ],
)
def test_qualified_world_and_machine_dates_are_dates(text: str, date: str) -> None:
    assert covered(text, date)


@pytest.mark.parametrize(
    "text",
    ["3/3 tests passed", "we had 5 mars bars", "it may 3x the cost", "the marzipan was fine"],
)
def test_scores_and_words_like_months_are_no_dates(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "DATE"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Should I go to the PDPC or not?", "PDPC"),
        ("the study was funded by NIH and the data is ours", "NIH"),
        ("she wants PhilHealth claims data for a pharma rep", "PhilHealth"),
        ("I volunteer for Dunmore Rovers in the evenings", "Dunmore Rovers"),
    ],
)
def test_public_bodies_and_clubs_are_organisations(text: str, org: str) -> None:
    assert covered(text, org)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("office in the CBD, postal 049315. My boss", "049315"),
        ("a list for 560034 and nearby pin codes", "560034"),
        ("A caller from LS9 rang our line", "LS9"),
        ("charge more in areas like M4C where", "M4C"),
    ],
)
def test_postcodes_and_districts_after_or_before_their_cues(text: str, place: str) -> None:
    assert ("LOCATION", place) in found(text)


@pytest.mark.parametrize(
    "text",
    ["in Q3 we moved it to S3", "growth in B2B sales", "escalated in L2 support", "N95 masks"],
)
def test_quarters_buckets_and_tiers_are_no_districts(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("the repo is owned by mkovac-data on github", "mkovac-data"),
        ("he moved me to signal, user frostbyte.9, and said", "frostbyte.9"),
        ("dm me, username quietwren_4", "quietwren_4"),
        ("log:\nlena.m [09:12] ok ship it\n", "lena.m"),
    ],
)
def test_usernames_before_their_platform_or_after_a_label_are_handles(
    text: str, handle: str
) -> None:
    assert ("HANDLE", handle) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "it is state-of-the-art on github",
        "the user clicked twice",
        "User: What's the balance?",
        "User: 4421 Main Street",
    ],
)
def test_ordinary_words_near_platforms_and_chat_roles_are_no_handles(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "HANDLE"]


def test_a_short_name_in_brackets_names_the_organisation_everywhere() -> None:
    text = "I did M&E for Kijani Seeds Trust (KST), a small NGO. Later KST lost its funding."
    assert [part for kind, part in found(text) if kind == "ORG"].count("KST") == 2


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2023-05-01 INFO export account_id=ac-99120 rows=42", "ac-99120"),
        ("the approval (IRAS 23/NW/0412) says pseudonymised", "IRAS 23/NW/0412"),
        ("the change is in 4be1c07a9d, see the diff", "4be1c07a9d"),
    ],
)
def test_logged_ids_slashed_references_and_short_hashes_are_ids(text: str, code: str) -> None:
    assert ("ID", code) in found(text)


@pytest.mark.parametrize(
    ("text", "kind", "part"),
    [
        (
            "then i rang her on oh seven seven double zero nine zero zero one two three",
            "PHONE",
            "oh seven seven double zero nine zero zero one two three",
        ),
        (
            "he asked me on the ninth of may twenty twenty two to send it",
            "DATE",
            "ninth of may twenty twenty two",
        ),
        (
            "so on june twenty first twenty nineteen we shipped",
            "DATE",
            "june twenty first twenty nineteen",
        ),
    ],
)
def test_numbers_and_dates_read_out_by_voice_to_text(text: str, kind: str, part: str) -> None:
    assert (kind, part) in found(text)


@pytest.mark.parametrize(
    "text",
    ["one or two of them, three or four times", "may the fourth be with you", "at one, two"],
)
def test_counting_words_are_no_phone_or_date(text: str) -> None:
    assert not found(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("we sit near Lotus Mall in the evenings", "Lotus Mall"),
        ("an analyst in Ortigas Tech Park, on the 9th floor", "Ortigas Tech Park"),
        ("more people in Brunswick VIC 3056 got flagged", "Brunswick VIC 3056"),
        ("a hospital group in phoenix bought it", "phoenix"),
        ("they sold the list to a company for surulere", "surulere"),
    ],
)
def test_landmarks_town_state_codes_and_big_cities_in_lower_case(text: str, place: str) -> None:
    assert covered(text, place)


@pytest.mark.parametrize(
    "text",
    [
        "The EU AI Act was everywhere in the news.",
        "under the Data Protection Regulation, nothing",
        "Ticket 4 · Status: Solved · Requester: nobody",
        "in reading groups, from nice people, at home, for sure",
    ],
)
def test_laws_labels_and_ordinary_words_after_place_cues_stay_readable(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind in ("PERSON", "ORG", "LOCATION")]


def test_names_in_a_shouted_line_are_found_as_in_lower_case() -> None:
    text = (
        "I AM DONE. MY MANAGER GARY HOLLOWAY TOLD THE WHOLE TEAM THE MODEL IS FINE. "
        "GARY IF YOU ARE READING THIS, IT IS ILLEGAL IN OHIO. PLATE KD 4821 TQ"
    )
    results = found(text)
    assert ("PERSON", "GARY") in results
    assert covered(text, "OHIO")
    assert ("ID", "KD 4821 TQ") in results
    shouted_words = {"AM", "DONE", "THE", "WHOLE", "TEAM", "MODEL", "IS", "FINE", "IF", "ILLEGAL"}
    assert not [part for _, part in results if part in shouted_words]


def test_an_initial_before_a_surname_belongs_to_the_name() -> None:
    assert ("PERSON", "T. Adeyemi") in found("Present: Cllr T. Adeyemi (Chair), and others")


@pytest.mark.parametrize(
    "text",
    [
        "Rapat hari Senin, lalu Selasa lagi.",
        "G'day. AoA everyone.",
        "When I DM'd him he said no. Rollout is next week. Config attached.",
    ],
)
def test_weekdays_greetings_and_tool_words_of_other_languages_stay_readable(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind in ("PERSON", "ORG", "LOCATION")]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("the fraud work, team Heron did the graph. Heron pulled contacts", "Heron"),
        ("- Q1 2022: joined the growth squad, codename team Osprey", "Osprey"),
        ("contracted by tallyfox (the payroll startup, not the animal)", "tallyfox"),
        ("the client was brindlecroft, a regional bank, as everyone said", "brindlecroft"),
        ("their client QWCB wanted a churn model", "QWCB"),
    ],
)
def test_code_named_teams_and_firms_named_by_what_they_are(text: str, org: str) -> None:
    assert covered(text, org)


@pytest.mark.parametrize(
    "text",
    [
        "But the reinsurer, a company in Zurich, said no.",
        "we met the team, a small agency, on Monday",
        "the team lead said the team meeting was cancelled",
    ],
)
def test_nouns_before_a_firms_description_stay_readable(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "ORG"]


def test_public_subreddits_and_topic_hashtags_point_to_no_one() -> None:
    text = (
        "posting in r/datascience. we argued in #random and #risk-model-v2. #DataEthics #MLtwitter"
    )
    assert [part for kind, part in found(text) if kind == "HANDLE"] == ["#random", "#risk-model-v2"]
    assert not [kind for kind, _ in found(text) if kind in ("PERSON", "ORG")]


def test_a_date_after_a_shouted_word_is_no_reference() -> None:
    assert ("ID", "LIVE 3/1/2025") not in found("THE CUT GOES LIVE 3/1/2025. I AM DONE WITH IT ALL")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Kantor kami di Jl. Melati Putih No. 8, RT 03/RW 07, Cilandak, Jakarta Selatan 12430.",
            "Jl. Melati Putih No. 8, RT 03/RW 07, Cilandak, Jakarta Selatan 12430",
        ),
        (
            "We sit at Unit 4C, 11th St. corner 3rd Ave, BGC, Taguig. Ate Mia said",
            "Unit 4C, 11th St. corner 3rd Ave, BGC, Taguig",
        ),
        ("the office: Bahar Cad. No: 12 D:4 in the old town", "Bahar Cad. No: 12 D:4"),
        (
            "To: the regulator, Harbour House, Quay Lane, Ashford, TN23 1AB",
            "Harbour House, Quay Lane, Ashford, TN23 1AB",
        ),
        ("Posting from Colombo 05. I do claims analytics", "Colombo 05"),
    ],
)
def test_addresses_of_other_countries_and_without_a_number(text: str, address: str) -> None:
    assert covered(text, address)


def test_a_street_name_without_a_postcode_on_its_line_is_no_address() -> None:
    assert not [kind for kind, _ in found("down Memory Lane, Sarah said.") if kind == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("i looped in ekow who owns the data dictionary", "ekow"),
        ("then escalated to ndlovu, he can decide", "ndlovu"),
        ("i covered for zane on the on-call week", "zane"),
        ("> From: Ngozi\n> Can you exclude the disputed ones?", "Ngozi"),
    ],
)
def test_people_after_verbs_of_bringing_in_and_header_labels(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_the_speakers_of_a_chat_log_without_times_are_people() -> None:
    text = "Pip: who approved it\nBig Tom 10:02: legal did\nPip: legal says no\nBig Tom 10:05: ok\n"
    people = [part for kind, part in found(text) if kind == "PERSON"]
    assert people.count("Pip") == 2 and people.count("Big Tom") == 2


def test_a_label_opening_lines_is_no_speaker() -> None:
    text = "Note: first thing\nNote: second thing\nDate: today\nDate: tomorrow\n"
    assert not [kind for kind, _ in found(text) if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("me, kojo, ama and blessing signed the note", ["kojo", "ama", "blessing"]),
        ("joy, yaw n me did the prototype", ["joy", "yaw"]),
    ],
)
def test_people_listed_with_the_writer(text: str, names: list[str]) -> None:
    people = [part for kind, part in found(text) if kind == "PERSON"]
    assert all(name in people for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "apples, pears and me went",
        "Raj came to me, worried, and we agreed",
        "i, the team and the board met",
    ],
)
def test_things_and_words_listed_with_the_writer_stay_readable(text: str) -> None:
    assert [part for kind, part in found(text) if kind == "PERSON"] in ([], ["Raj"])


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("the scores went live end-Jan, quietly", "end-Jan"),
        ("- jun-23: we asked the lead again", "jun-23"),
        ("following up from early feb about it", "early feb"),
        ("Shaz knew by Thursday the 9th.", "9th"),
        ("I was a TA in the 22/23 academic year", "22/23"),
        ("scored households in LS9 and LS14 highest", "LS14"),
        ("their home Eircode, like D08 XY12, to price cover", "D08 XY12"),
        ("one sample row had QQ 12 34 56 C in it", "QQ 12 34 56 C"),
        ("Two students, s2213847 and s2209161, were called", "s2209161"),
    ],
)
def test_loose_dates_listed_districts_and_uk_and_student_ids(text: str, part: str) -> None:
    assert covered(text, part)


@pytest.mark.parametrize(
    "text",
    [
        "it was late may be wrong",
        "3/4 of them agreed",
        "the ratio was 22/23 ok",
        "in 2019 and 2020",
    ],
)
def test_fractions_and_verbs_are_no_loose_dates(text: str) -> None:
    assert [part for kind, part in found(text) if kind == "DATE"] in ([], ["2019", "2020"])


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("lumora fired half the team last week", "lumora"),
        ("and then brisko sold our location pings", "brisko"),
        ("we at quillo do not publish that figure", "quillo"),
    ],
)
def test_lower_case_firms_doing_what_firms_do(text: str, org: str) -> None:
    assert ("ORG", org) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "management fired him on a Friday",
        "they hired me anyway",
        'trained on "successful hires" from client data',
        "it sold well",
    ],
)
def test_people_words_and_nouns_before_firm_verbs_stay_readable(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind == "ORG"]


def test_a_teams_speaker_written_surname_first_is_one_person() -> None:
    text = "Grant, Mark [11:02]\ncan we mark them\nMensah, Abena [11:04]\nNo.\n"
    assert [part for kind, part in found(text) if kind == "PERSON"] == [
        "Grant, Mark",
        "Mensah, Abena",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "abhi tak jawab nahi aaya, phone bhi kiya, band tha",
        "mwenzangu alisema hakuna shida, ni sawa tu",
        "em ơi export hết số điện thoại cho bên đối tác nhé",
        "i am expat too so if i complain they know",
        "Teilnehmende: alle\nProtokoll: niemand",
    ],
)
def test_frequent_words_of_more_languages_name_no_one(text: str) -> None:
    assert not [kind for kind, _ in found(text) if kind in ("PERSON", "LOCATION", "ORG")]


@pytest.mark.parametrize(
    ("text", "kind", "part"),
    [
        (
            "[12/03/2025, 21:20] Adaeze O.: no o\n[12/03/2025, 21:22] Adaeze O.: ok",
            "PERSON",
            "Adaeze O.",
        ),
        ("she said send it to the odpc from my personal email", "ORG", "odpc"),
        ("una startup de logística en la CDMX, y esto ya", "LOCATION", "CDMX"),
        ("Subject: deleted data\nOpened by: vkaur (Data Eng)\n", "PERSON", "vkaur"),
    ],
)
def test_speakers_after_a_time_bodies_in_lower_case_city_capitals_ticket_openers(
    text: str, kind: str, part: str
) -> None:
    assert (kind, part) in found(text)


def test_a_police_rank_is_no_city() -> None:
    assert ("LOCATION", "DC") not in found("A detective, DC Sarah Flint, emailed me")
