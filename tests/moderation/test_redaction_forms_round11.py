"""Forms that twelve earlier holdouts, read as development sets in the eleventh round, still
pointed at: a surname's particles, a weekday or the edge of a month before a date, months of
more languages and scripts, months cut short, logins of IRC, Discord and time-stamped chat
lines, legal forms before and after a firm, Nordic public bodies, a storey and unit after an
address, people written again by their initials, and names with the titles of Chinese,
Korean and Japanese writing. Each is checked on sentences of our own words, with the
ordinary words beside them checked to stay readable."""

from __future__ import annotations

import itertools

import pytest

from moderation.redaction import find_identifiers
from tests.moderation.redaction_helpers import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The notes were signed by T. van Houten last week.", "T. van Houten"),
        ("Then K. de la Rosa asked about consent.", "K. de la Rosa"),
        ("I forwarded it to van Rensburg and heard nothing.", "van Rensburg"),
        ("My report went to M. de Jager on Friday.", "M. de Jager"),
    ],
)
def test_a_surnames_particles_and_initial_are_taken_in(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kantornya di Jakarta Selatan dekat stasiun.",
        "We joined the data with den Zahlen from the plant.",
    ],
)
def test_a_languages_own_little_words_before_a_name_stay_outside(text: str) -> None:
    assert not any(value.split()[0] in ("di", "den") for _, value in found(text))


def test_a_department_after_a_name_is_no_state() -> None:
    assert ("LOCATION", "Okonkwo, HR") not in found("It was signed off by B. Okonkwo, HR.")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Date: Fri, 12 Jan 2024 at 09:40", "Fri, 12 Jan 2024 at 09:40"),
        ("Sent: Wednesday, 6 March 2024 14:05", "Wednesday, 6 March 2024 14:05"),
        ("I handed in my notice end April 2023.", "end April 2023"),
        ("Over winter 2021-22 the churn doubled.", "winter 2021-22"),
    ],
)
def test_a_weekday_the_edge_of_a_month_and_the_next_year_are_taken_in(text: str, date: str) -> None:
    assert ("DATE", date) in found(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Fundurinn var 4. mars, og svo 20. október 2023.", "20. október 2023"),
        ("Leping algas juunis, aga jaanuar 2024 muutis kõike.", "jaanuar 2024"),
        ("Tulifanya mkutano tarehe 9 Oktoba 2023 ofisini.", "9 Oktoba 2023"),
        ("Ymunais i ym mis Hydref 2022.", "Hydref 2022"),
        ("Le contrat date du 2 févr. 2024.", "2 févr. 2024"),
        ("O prazo era 7 set. 2023 mas ninguém viu.", "7 set. 2023"),
    ],
)
def test_months_of_more_languages_and_cut_short(text: str, date: str) -> None:
    assert ("DATE", date) in found(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("- abr/2021: entrei no banco", "abr/2021"),
        ("- Okt/2022: neues Team", "Okt/2022"),
    ],
)
def test_a_month_joined_to_its_year_by_a_slash(text: str, date: str) -> None:
    assert ("DATE", date) in found(text)


@pytest.mark.parametrize(
    "text",
    ["the ratio was and/2022 rows", "see docs/2023 for the old notes", "page 3/2021"],
)
def test_words_and_numbers_joined_by_a_slash_are_no_dates(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "DATE"] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("অফিসে ১০ জানুয়ারি ২০২৪ তারিখে সভা হয়েছিল।", "১০ জানুয়ারি ২০২৪"),
        ("बैठक 5 मार्च 2024 को हुई थी।", "5 मार्च 2024"),
        ("ประชุมวันที่ 3 สิงหาคม 2566 ที่สำนักงาน", "3 สิงหาคม 2566"),
        ("الاجتماع كان في 12 مارس 2024 في المكتب", "12 مارس 2024"),
    ],
)
def test_dates_in_bengali_hindi_thai_and_arabic_script(text: str, date: str) -> None:
    assert ("DATE", date) in found(text)


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("[14:02] <rbeckett> the export is live\n[14:03] <ana> why", "rbeckett"),
        ("mothwing — Today at 8:41 PM we cannot ship this", "mothwing"),
        ("quillfox — 03/05/2024 10:12 ok so who signed it", "quillfox"),
        ("2024-06-03 11:20 \u2013 d.ferreira: please attach the approval", "d.ferreira"),
    ],
)
def test_logins_of_irc_discord_and_time_stamped_lines(text: str, login: str) -> None:
    assert ("HANDLE", login) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "<b> the heading </b> stays as it is",
        "<div> a block of text </div>",
        "<tr> rows of the table",
    ],
)
def test_html_tags_are_no_nicks(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "HANDLE"] == []


def test_a_given_name_on_a_discord_line_is_a_person() -> None:
    assert ("PERSON", "Rosa") in found("Rosa — Yesterday at 6:15 PM ok fine")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("I was an analyst at Kestrel Point DAC until May.", "Kestrel Point DAC"),
        ("The client was Birhan Micro Credit S.C. in Adama.", "Birhan Micro Credit S.C."),
        ("We built it for Fjallgata Gögn ehf. last year.", "Fjallgata Gögn ehf."),
        ("Mình làm ở Công ty TNHH Bến Nghé Data.", "Công ty TNHH Bến Nghé Data"),
        ("Tôi làm cho Công ty Cổ phần Sông Hồng Retail.", "Công ty Cổ phần Sông Hồng Retail"),
    ],
)
def test_a_firms_legal_form_before_or_after_it(text: str, firm: str) -> None:
    assert ("ORG", firm) in found(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Växjö kommun bad oss om en modell.", "Växjö kommun"),
        ("I work for Tromsø kommune on the school data.", "Tromsø kommune"),
        ("Statisticians at Umeå universitet reviewed it.", "Umeå universitet"),
    ],
)
def test_nordic_public_bodies(text: str, body: str) -> None:
    assert ("ORG", body) in found(text)


def test_lower_case_words_for_a_body_without_a_name_stay() -> None:
    assert found("every kommun and every sjukhus has a register") == []


def test_a_storey_and_unit_after_a_street_and_a_block_before_it() -> None:
    text = "She lives at Blk 45 Jurong West St 41, #09-118, Singapore 640045."
    assert ("LOCATION", "Blk 45 Jurong West St 41, #09-118") in found(text)


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Present: Ines Kowalczyk (chair), Tomi Ade. IK opened the meeting.", "IK"),
        ("My lead Kaveh Rostami-Nejad (KRN) objected, then KRN left.", "KRN"),
    ],
)
def test_a_person_written_again_by_their_initials(text: str, initials: str) -> None:
    assert ("PERSON", initials) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Helen Roberts asked HR about it.",
        "Anna Mills replied. AW: the thread went on.",
        "Ugo Sani joined; US rules apply.",
    ],
)
def test_acronyms_that_match_a_persons_initials_stay(text: str) -> None:
    assert [v for k, v in found(text) if k == "PERSON" and v.isupper()] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("他们都叫他陈总, 他说没问题", "陈"),
        ("我跟小林说了, 她也不同意", "小林"),
        ("인사팀 최유진 님이 괜찮다고 했어요", "최유진"),
        ("법무팀 정 변호사님께 물어봤어요", "정"),
        ("経理の山田さんがデータを送りました", "山田"),
    ],
)
def test_names_with_chinese_korean_and_japanese_titles(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    "text",
    ["这个小程序的总体数据不对", "お客様と皆さんに説明しました", "老师说这个方法不行"],
)
def test_words_with_those_characters_are_no_names(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the whole team knew. then bazza said its fine lol", "bazza"),
        ("tbh nobody cared. jezza reckons we should just leave", "jezza"),
        ("and then priya from cs told me the same", "priya"),
    ],
)
def test_lower_case_names_saying_something_or_from_a_department(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the data says otherwise and the report said so.",
        "lol said nobody ever",
    ],
)
def test_words_that_say_things_are_no_names(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "PERSON"] == []


def test_findings_never_overlap_after_widening() -> None:
    text = "Date: Tue, 3 Sep 2024 at 10:00\nR. de Groot, Blk 9 Bishan St 11, #02-33 and 小周."
    findings = find_identifiers(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(findings))


def test_a_link_after_at_is_no_address_spelled_out() -> None:
    text = "the logs are at grafana.acme.example/d/shift-pings, or mail ana dot li at x dot org"
    assert ("URL", "grafana.acme.example/d/shift-pings") in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Han Seo-yeon [10:02] did you see the list", "Han Seo-yeon"),
        ("In the end Zhou Xiao-lan signed it.", "Zhou Xiao-lan"),
    ],
)
def test_a_family_name_before_a_hyphenated_given_name(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_quoted_cell_surname_first_is_one_person() -> None:
    text = 'E-7712,"Adeyemi, Tunde",Ibadan,0.82\nshe wrote "Thanks, Maria" at the end'
    people = [value for kind, value in found(text) if kind == "PERSON"]
    assert "Adeyemi, Tunde" in people
    assert "Thanks, Maria" not in people


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("the camera logged plates KTR5512 and WNE7730 that night", ["KTR5512", "WNE7730"]),
        (
            "tickets SEC-1180, SEC-1193 and SEC-1201 were closed",
            ["SEC-1180", "SEC-1193", "SEC-1201"],
        ),
    ],
)
def test_codes_listed_beside_an_id_of_the_same_shape(text: str, codes: list[str]) -> None:
    assert [value for kind, value in found(text) if kind == "ID"] == codes


def test_amounts_and_words_listed_beside_an_id_stay() -> None:
    text = "ticket OPS-77 and then 2023 and GDPR and 45 people"
    assert [value for kind, value in found(text) if kind == "ID"] == ["OPS-77"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "the payout went to 0x9b1c44aa02d7e51f3c86b0e2a9d4f7c1e8b35a60 that week",
            "0x9b1c44aa02d7e51f3c86b0e2a9d4f7c1e8b35a60",
        ),
        ("the commit that put it back is 7c1e9a2, and I will not merge it", "7c1e9a2"),
    ],
)
def test_a_wallet_and_a_commits_hash(text: str, code: str) -> None:
    assert ("ID", code) in found(text)


def test_a_word_of_hex_letters_after_commit_is_no_hash() -> None:
    assert [kind for kind, _ in found("the commit message said cafe and deadbeef")] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("- 14/02: falei com o jurídico", "14/02"),
        ("* 3/7: the export went out", "3/7"),
        ("Deadline 28/09. Nobody objected.", "28/09"),
    ],
)
def test_a_day_and_month_opening_a_bullet_or_after_deadline(text: str, date: str) -> None:
    assert ("DATE", date) in found(text)


def test_fractions_and_scores_stay() -> None:
    assert found("we got 3/4 of it right and the model scored 9/10 on recall") == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("WHERE zip5 IN ('60614', '60622') AND age > 65", ["60614", "60622"]),
        ("the office pincode 400051 was on the form", ["400051"]),
    ],
)
def test_postcodes_after_the_word_that_names_them(text: str, codes: list[str]) -> None:
    places = [value for kind, value in found(text) if kind == "LOCATION"]
    assert all(any(code in place for place in places) for code in codes)


@pytest.mark.parametrize("body", ["FDA", "MOM", "DOLE", "PTA"])
def test_more_public_bodies_by_their_acronyms(body: str) -> None:
    assert ("ORG", body) in found(f"I thought about reporting it to {body} anonymously.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("4. Action: KT to confirm the retention period with legal.", "KT"),
        ("PD noted that the model had not been validated.", "PD"),
        ("Halima is a supervisor on nights.", "Halima"),
        ("In Lagos, Tobi is head of risk and signs it off.", "Tobi"),
    ],
)
def test_minutes_owners_and_names_said_to_be_a_role(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The board noted the risk and HR noted it too.",
        "Action: QA to check the labels.",
        "Data is a lead indicator here.",
        "I asked the ICO to review it.",
    ],
)
def test_bodies_teams_and_words_in_those_places_are_no_people(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Our partner was the Federal Bank of Ruritania, until last year.",
            "Federal Bank of Ruritania",
        ),
        ("The money came from the Kestrel Valley Fund, a donor.", "Kestrel Valley Fund"),
        (
            "I used to work at the Northern Evening Gazette as an analyst.",
            "Northern Evening Gazette",
        ),
    ],
)
def test_bodies_named_by_capitalised_words_and_what_they_are(text: str, body: str) -> None:
    assert ("ORG", body) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our Bank said no to the proposal.",
        "The Head of Data Trust approved it.",
        "The Data Protection Act applies here.",
    ],
)
def test_little_words_roles_and_laws_make_no_bodies(text: str) -> None:
    orgs = [value for kind, value in found(text) if kind == "ORG"]
    assert not any(value.startswith(("Our", "The", "Head", "Data Protection")) for value in orgs)


def test_a_longer_name_found_stays_whole() -> None:
    text = "I am an analyst at Oakridge Vale NHS Foundation Trust in the north."
    assert ("ORG", "Oakridge Vale NHS Foundation Trust") in found(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [("출시는 7월 15일 이에요", "7월 15일"), ("上线时间是9月", "9月")],
)
def test_a_korean_month_and_day_and_a_month_alone(text: str, date: str) -> None:
    assert ("DATE", date) in found(text)


def test_durations_in_months_are_no_dates() -> None:
    assert found("用了6个月, 그리고 3개월 더") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Our office was in the 15e arrondissement then.", "15e arrondissement"),
        ("Az iroda a VIII. kerület szélén van.", "VIII. kerület"),
        ("văn phòng ở Quận 1, TP.HCM nhé", "TP.HCM"),
        ("公司在杭州滨江区", "杭州滨江区"),
        ("we moved to Dhanmondi-27 last year", "Dhanmondi-27"),
        ("the site is in gurugram sector 44 now", "gurugram sector 44"),
    ],
)
def test_numbered_districts_and_chinese_districts(text: str, place: str) -> None:
    places = [value for kind, value in found(text) if kind == "LOCATION"]
    assert any(place in value for value in places)


def test_words_for_an_area_are_no_district() -> None:
    assert found("这个地区和那个园区都有市区") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("wie besprochen: ab März, nein, ab April geht es los", "ab April"),
        ("October last year, my lead asked for the list.", "October last year"),
        ("contractual lang ako hanggang December.", "hanggang December"),
    ],
)
def test_english_months_after_cues_of_other_languages_or_before_last_year(
    text: str, date: str
) -> None:
    assert ("DATE", date) in found(text)


def test_may_before_next_year_is_a_verb() -> None:
    assert found("we may next year move the team") == []


@pytest.mark.parametrize("phone", ["301 555 0147", "98765 43210", "021-5555 0190"])
def test_digits_grouped_as_national_phone_numbers(phone: str) -> None:
    assert ("PHONE", phone) in found(f"if you want to talk, {phone} on signal")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("I was at Larkspur & Vane Freight Ltd, in the yard.", "Larkspur & Vane Freight Ltd"),
        ("Regards, Kovalenko Metrics Pte. Ltd. (UEN 201400001X)", "Kovalenko Metrics Pte. Ltd."),
        ("we worked for Bayu Data TPA Pvt. Ltd. on claims", "Bayu Data TPA Pvt. Ltd."),
    ],
)
def test_a_legal_form_after_one_more_word_or_without_its_full_stop(text: str, firm: str) -> None:
    assert ("ORG", firm) in found(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Comments: Ana Ruiz (14/Mar/25): please check", "14/Mar/25"),
        ("Seit 1. September gilt der neue Vertrag.", "1. September"),
        ("Az új modellt 2025. március óta használjuk.", "2025. március"),
        ("Нужно выгрузить всё за январь, срочно.", "за январь"),
        ("le 4 octobre: réunion avec la direction", "le 4 octobre"),
        ("Firmó el contrato el 3 de mayo de 2024.", "el 3 de mayo de 2024"),
        ("फाइल मंसिर २०८२ मा पठाइयो।", "मंसिर २०८२"),
    ],
)
def test_more_dates_as_other_languages_write_them(text: str, date: str) -> None:
    dates = [value for kind, value in found(text) if kind == "DATE"]
    assert any(date in value or value in date for value in dates)


def test_may_after_a_numbered_heading_is_a_verb() -> None:
    assert [k for k, _ in found("Section 3. May we publish this?") if k == "DATE"] == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("the output had plates like 6TRW518 and more", "6TRW518", "ID"),
        ("the pings were at 48.8566, 2.3522 that night", "48.8566, 2.3522", "LOCATION"),
        ("RUT 12.345.678-K was in the file", "12.345.678-K", "ID"),
        ("I worked at 北川電機株式会社 in Osaka.", "北川電機株式会社", "ORG"),
    ],
)
def test_plates_coordinates_check_letters_and_cjk_firms(text: str, value: str, kind: str) -> None:
    assert (kind, value) in found(text)


def test_scores_in_pairs_and_a_clause_before_high_tech_stay() -> None:
    assert found("AUC 0.8123, 0.7931 on the holdout") == []
    assert [k for k, _ in found("我们用高科技做这个") if k == "ORG"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("14/05/2024, 09:15 - Bisi A: we cannot do this", "Bisi A"),
        ("2024년 3월 2일 [박지훈] [오후 2:01] 배포합니다", "박지훈"),
        ("Our DPO Siti Hajar binti Osman was on leave.", "Siti Hajar binti Osman"),
        ("sinabi ko kay joy na mali ito", "joy"),
        ("si kuya ben yung nag approve", "ben"),
    ],
)
def test_chat_writers_particles_and_tagalog_articles(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_two_people_joined_by_and_in_spanish_stay_two() -> None:
    people = [value for kind, value in found("Hablé con Juan y Pedro ayer.") if kind == "PERSON"]
    assert "Juan y Pedro" not in people


@pytest.mark.parametrize(
    "text", ["no sé si hice bien", "si quelqu'un veut parler", "hii ni halali"]
)
def test_if_and_is_in_other_languages_name_no_one(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "PERSON"] == []


def test_a_district_and_city_joined_by_a_slash_end_an_address() -> None:
    text = "Adres: Atatürk Cad. No:42, 34710 Kad\u0131köy/İstanbul, 3. kat"
    places = [value for kind, value in found(text) if kind == "LOCATION"]
    assert any(value.endswith("Kad\u0131köy/İstanbul") for value in places)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("we argued. but gareth will sign it anyway", "gareth"),
        ("Two weeks on. fatima hasn't answered my mail.", "fatima"),
        ("ok so tunde from the night shift crew told me", "tunde"),
    ],
)
def test_given_names_before_an_auxiliary_or_from_a_group(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the airflow dag is still paused",
        "Dropping geo did nothing at all.",
        "Hope is not a strategy. Age was the strongest feature.",
        "the discussion tab had sixty upvotes",
    ],
)
def test_words_before_an_auxiliary_are_no_names(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the flags were all in Withington and M20, the cheap halls", "M20"),
        ("their branch data is only 560034 and Indiranagar", "560034"),
        ("Drivers at the 38118 depot lost their bonus.", "38118"),
    ],
)
def test_postcodes_beside_a_place_or_naming_a_site(text: str, code: str) -> None:
    places = [value for kind, value in found(text) if kind == "LOCATION"]
    assert any(code in value for value in places)


@pytest.mark.parametrize(
    "text", ["We met in Leeds and 2023 was hard.", "Bristol and 12 others signed up."]
)
def test_years_and_counts_beside_a_place_are_no_postcodes(text: str) -> None:
    places = [value for kind, value in found(text) if kind == "LOCATION"]
    assert not any(value.isdigit() for value in places)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "the file of Γιώργος Νικολάου (Giorgos Nikolaou), our driver",
            ["Γιώργος Νικολάου", "Giorgos Nikolaou"],
        ),
    ],
)
def test_a_name_in_its_own_script_then_in_latin_letters(text: str, names: list[str]) -> None:
    people = [value for kind, value in found(text) if kind == "PERSON"]
    assert all(name in people for name in names)


def test_a_place_in_two_scripts_is_no_person() -> None:
    assert [k for k, _ in found("we met near 東京 (Tokyo Station) at noon") if k == "PERSON"] == []


def test_a_surname_after_a_signed_given_name() -> None:
    text = "The report can wait.\n\nKind regards, Fiona Tennant\nHead of Analytics"
    assert ("PERSON", "Fiona Tennant") in found(text)


def test_a_role_after_a_signed_given_name_stays_outside() -> None:
    people = [v for k, v in found("Thanks,\nMaria Director of Data") if k == "PERSON"]
    assert people == ["Maria"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The scoring tool, known internally as Lantern, ranks applicants.", "Lantern"),
        ("quokka is our internal name for the churn model", "quokka"),
        ("Trabalho no entreguei, app de entrega em Recife.", "entreguei"),
    ],
)
def test_code_names_and_lower_case_firms_described(text: str, name: str) -> None:
    assert ("ORG", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the model is our internal name for it",
        "we joined a ride-hailing super-app, company name withheld",
        "I work in data, a company of ten",
    ],
)
def test_words_described_as_a_firm_are_no_firm(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "ORG"] == []
