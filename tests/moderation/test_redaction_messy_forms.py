"""Forms of messy, real-world writing: each rule checked on sentences of our own words, and
the ordinary words beside them checked to stay readable."""

from __future__ import annotations

import pytest

from tests.moderation.redaction_helpers import covered, found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("we shipped it in july and nobody asked", "july"),
        ("the audit came back on sept 9, then silence", "sept 9"),
        ("Ela saiu no início de 2022 e eu fiquei.", "início de 2022"),
        ("Nos fuimos a finales de 2019, sin explicación.", "finales de 2019"),
        ("Er hat Anfang 2023 gekündigt.", "Anfang 2023"),
        ("Wdrożenie było w kwietnia 2021, bez zgody.", "kwietnia 2021"),
        ("Stalo se to 3 června 2020 v Brně.", "3 června 2020"),
        ("โครงการเริ่มใน พ.ศ. 2565 ครับ", "พ.ศ. 2565"),
    ],
)
def test_partial_and_world_dates_are_dates(text: str, date: str) -> None:
    assert covered(text, date)


@pytest.mark.parametrize(
    "text",
    [
        "you may 2x the budget if you like",
        "it won't mar 3 years of work",
        "We meet every Tuesday.",
    ],
)
def test_months_that_are_verbs_and_weekdays_stay_readable(text: str) -> None:
    assert not [f for f in found(text) if f[0] == "DATE"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The assignee was Okafor, Ben (K20417) again.", "K20417"),
        ("Her driving licence was TX 4KQ9921 on the scan.", "TX 4KQ9921"),
        ("The van, reg 30A-552.19, was outside.", "30A-552.19"),
    ],
)
def test_codes_plates_and_licences_are_ids(text: str, code: str) -> None:
    assert ("ID", code) in found(text)


def test_a_cued_number_that_goes_on_in_groups_is_a_phone() -> None:
    assert ("PHONE", "0917 555 0188") in found("her number 0917 555 0188, call after six")


def test_a_state_code_before_a_zip_is_no_plate() -> None:
    assert not [f for f in found("Ship it to Austin, TX 78701 please.") if f[0] == "ID"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("I complained to the Office of the Information Commissioner twice.", "Office"),
        ("We wrote to the Consumer Protection Tribunal in May 2021.", "Consumer Protection"),
        ("The file went to the Financial Services Ombudsman.", "Financial Services Ombudsman"),
        ("I was on loan to Eastgate Community NHS Trust then.", "Eastgate Community NHS Trust"),
        ("My contract was with NHS Grampian for a year.", "NHS Grampian"),
    ],
)
def test_public_bodies_are_organisations(text: str, org: str) -> None:
    assert covered(text, org)


@pytest.mark.parametrize(
    "text",
    [
        "The Ethics Committee met on a Tuesday.",
        "Our Data Analytics team owns the dashboard.",
        "The Head of Data said no.",
    ],
)
def test_teams_titles_and_tools_stay_readable(text: str) -> None:
    assert found(text) == []


def test_a_tool_before_a_place_is_no_organisation() -> None:
    assert found("We run it on AWS Ireland for latency.") == [("LOCATION", "Ireland")]


def test_my_number_in_lower_case_is_no_japanese_id() -> None:
    assert found("call my number 0908 555 0144 after six") == [("PHONE", "0908 555 0144")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("after the offsite JP moved me to the reporting squad", "JP"),
        ("honestly nadia still thinks the model is fair", "nadia"),
        ("Everyone called him Little Femi, even the CEO.", "Little Femi"),
    ],
)
def test_people_by_their_cues(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_lower_case_chat_speaker_with_a_rare_word_name_is_a_person() -> None:
    text = "[09:12] tolu: the scores look off\n[09:13] Ifeoma: since when\n[09:14] tolu: monday"
    assert [f for f in found(text) if f == ("PERSON", "tolu")] == [("PERSON", "tolu")] * 2


def test_a_code_name_opening_a_sentence_is_its_project() -> None:
    text = "We built Project Kestrel for the client. Kestrel is still running."
    assert found(text) == [("ORG", "Project Kestrel"), ("ORG", "Kestrel")]


def test_a_firm_named_by_its_host_is_an_organisation() -> None:
    text = "The runbook is on docs.parcelwise.example/ops. honestly parcelwise never cared."
    assert ("ORG", "parcelwise") in found(text)


def test_a_shared_mail_host_names_no_firm() -> None:
    text = "Write to me at dana.k@proton.example, proton is safer."
    assert [kind for kind, _ in found(text)] == ["EMAIL"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we did a pilot with quillora last spring", "quillora"),
        ("the engineer from nellore never replied", "nellore"),
    ],
)
def test_lower_case_firms_and_places_after_their_cues(text: str, word: str) -> None:
    assert covered(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "I kept notes with timestamps, for reputational reasons.",
        "we moved from reading to bath last year",
        "Eish, this one. Chale, hear me. Yaar, what to do.",
        "Le dije que no. Los clientes del campo. ¿Qué harían ustedes?",
        "Dia bilang sudah, jalan saja.",
    ],
)
def test_ordinary_and_foreign_words_stay_readable(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Edit: thanks all, I read every reply.\nUpdate 2: HR called me back.",
        "He said PIPEDA allows it and the REC already agreed.",
        "The GTM team wanted the list. An RFQ request went out.",
        "It is a Māori health provider; Tagalog and Zulu speakers too.",
    ],
)
def test_post_labels_laws_boards_teams_and_peoples_stay_readable(text: str) -> None:
    assert found(text) == []


def test_an_ordinary_word_of_a_long_name_does_not_name_it_alone() -> None:
    text = "I wrote to the Consumer Data Commission. Consumer groups agreed."
    assert found(text) == [("ORG", "Consumer Data Commission")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Most drivers lived in District 7 near the depot.", "District 7"),
        ("Applicants from Comuna 8 were rejected outright.", "Comuna 8"),
        ("the postal code 3512 was flagged twice", "3512"),
        ("Our office was on Marlowe Crescent, above a bakery.", "Marlowe Crescent"),
    ],
)
def test_districts_postcodes_and_streets_without_a_number_are_places(text: str, place: str) -> None:
    assert covered(text, place)


def test_a_go_link_is_a_url_but_a_go_no_go_call_is_not() -> None:
    text = "See go/churn-audit before the go/no-go call. We are on our way."
    assert found(text) == [("URL", "go/churn-audit")]


@pytest.mark.parametrize(
    "text",
    [
        "Canada was where the data ended up.",
        "Brazil regulators fined them later.",
    ],
)
def test_a_country_opening_a_sentence_is_a_place(text: str) -> None:
    assert found(text)[0] == ("LOCATION", text.split()[0])


@pytest.mark.parametrize("text", ["Nice work on the deck.", "Reading the logs took a week."])
def test_an_ordinary_word_that_is_a_smaller_town_stays_readable(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Send it to 4410 18 Quay Street Apt. 7\nDUNEDIN, nan 9016 today.", "4410 18 Quay Street"),
        ("Send it to 18 Quay Street Apt. 7\nDUNEDIN, nan 9016 today.", "DUNEDIN, nan 9016"),
        ("Post: 221 ul. Kwiatowa 5\nKRAKÓW\n, nan\n 30-001", "KRAKÓW\n, nan\n 30-001"),
    ],
)
def test_an_address_block_keeps_its_leading_number_town_and_postcode(
    text: str, address: str
) -> None:
    assert covered(text, address)


def test_a_phone_on_the_line_after_an_address_stays_a_phone() -> None:
    text = "Unit 4, 18 Quay Street\nDUNEDIN 9016\n312 44 907 office"
    assert ("PHONE", "312 44 907") in found(text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Adeyemi and Sons supplied the scoring data.", "Adeyemi and Sons"),
        ("In 2021 I joined Castellano & Partners as an analyst.", "Castellano & Partners"),
    ],
)
def test_a_firm_of_a_name_and_its_partners_is_one_organisation(text: str, firm: str) -> None:
    assert ("ORG", firm) in found(text)


def test_two_departments_joined_by_and_stay_readable() -> None:
    assert found("Sales and Marketing met on a Tuesday.") == []
