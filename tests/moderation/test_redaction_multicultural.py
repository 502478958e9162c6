"""Names, firms, dates and ID numbers as writers from many countries write them."""

from __future__ import annotations

import pytest

from moderation.redaction import find_identifiers


def kinds_covering(text: str, fragment: str) -> set[str]:
    """Kinds of the findings that cover all of ``fragment`` in ``text``."""
    start = text.index(fragment)
    end = start + len(fragment)
    return {f.kind for f in find_identifiers(text) if f.start <= start and end <= f.end}


def found_texts(text: str) -> list[str]:
    """The text of every finding."""
    return [f.text for f in find_identifiers(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("At the canteen, si Ate Liza shared her notes.", "Liza"),
        ("The rota was changed by kuya Benjie last week.", "Benjie"),
        ("Later Bu Ratih approved the budget.", "Ratih"),
        ("Our mentor, Ustaza Noor Haddad, reviewed it.", "Noor Haddad"),
        ("The form went to Doña Pilar Cárdenas for a signature.", "Pilar Cárdenas"),
        ("Our director Verma ji refused the change.", "Verma"),
        ("I spoke to Tanaka-san about the sensors.", "Tanaka"),
        ("The memo was drafted by Grace-san in the end.", "Grace"),
        ("The auditor, Imran Sheikh sahib, signed it.", "Imran Sheikh"),
    ],
)
def test_titles_of_many_cultures_mark_a_person(text: str, name: str) -> None:
    assert "PERSON" in kinds_covering(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Our Oga, the man who runs sales, did not reply.",
        "Abeg, nobody read the report.",
        "Howzit, everyone. Long post ahead.",
        "Buenas. I work in insurance and this is my story.",
        "Escribo desde casa because the office is closed.",
    ],
)
def test_titles_greetings_and_other_languages_alone_are_not_names(text: str) -> None:
    assert find_identifiers(text) == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "My employer is Marigold Textiles Pvt. Ltd. and it pays late.",
            "Marigold Textiles Pvt. Ltd.",
        ),
        ("I joined the company, Aozora Seiki K.K., in spring.", "Aozora Seiki K.K."),
        ("She worked at PT Sinar Laut Tbk for two years.", "PT Sinar Laut Tbk"),
        ("The insurer is Vida Clara EPS, based on the coast.", "Vida Clara EPS"),
        ("Our supplier, Lindqvist Verktyg AB, shipped it.", "Lindqvist Verktyg"),
        ("The startup's name is Pezaflow and it lends to farmers.", "Pezaflow"),
        ("Company: Hongyun Data Co., Ltd.", "Hongyun Data Co., Ltd."),
    ],
)
def test_firms_after_a_cue_or_with_a_foreign_legal_form(text: str, firm: str) -> None:
    assert "ORG" in kinds_covering(text, firm)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The audit began on 3 Safar 1446 and ended soon.", "3 Safar 1446"),
        ("It happened in the winter of 1443 AH, I think.", "winter of 1443 AH"),
        ("We shipped it in Shawwal 2022 after the holiday.", "Shawwal 2022"),
        ("The board met in octubre 2021 to decide.", "octubre 2021"),
        ("El contrato terminó el 9 de junio de 2020, sin aviso.", "9 de junio de 2020"),
        ("Rapat diadakan pada 14 Agustus 2023 di kantor.", "14 Agustus 2023"),
        ("The sensors arrived in 平成31年 at the plant.", "平成31年"),
        ("The review was dated 2021年3月15日 by HR.", "2021年3月15日"),
        ("They signed it in Reiwa 2, during the pandemic.", "Reiwa 2"),
        ("The permit says 2565 BE on its stamp.", "2565 BE"),
    ],
)
def test_dates_of_other_languages_and_calendars(text: str, date: str) -> None:
    assert "DATE" in kinds_covering(text, date)


@pytest.mark.parametrize(
    "text",
    [
        "I ate 3 mars bars at the desk.",
        "We sold 12 units in the first week.",
    ],
)
def test_month_words_that_are_english_need_a_year(text: str) -> None:
    assert not any(f.kind == "DATE" for f in find_identifiers(text))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("His national ID, 31457802, was on the form.", "31457802"),
        ("Her cédula 52.118.904 appeared in the export.", "52.118.904"),
        ("The NIK 3275 0411 9203 0007 was in the log.", "3275 0411 9203 0007"),
        ("My Aadhaar number is 4821 7730 1956, sadly.", "4821 7730 1956"),
        ("The CPF 402.118.336-71 was visible.", "402.118.336-71"),
        ("A CNIC like 35202-7766554-3 was stored.", "35202-7766554-3"),
        ("Her PAN was KLMPS4821Q in the sheet.", "KLMPS4821Q"),
        ("The scan came from 10.20.0.0/16. Then it stopped.", "10.20.0.0/16"),
    ],
)
def test_identity_numbers_of_many_countries(text: str, number: str) -> None:
    assert "ID" in kinds_covering(text, number)


def test_identity_document_names_stay_readable() -> None:
    text = "Every SIM needs a CNIC and an Aadhaar check for KYC."
    assert found_texts(text) == []


def test_other_languages_words_in_lower_case_are_not_names() -> None:
    text = "ok so the report lang was late, pero the team fixed it. sila na bahala."
    assert found_texts(text) == []


def test_a_lower_case_word_of_another_language_is_no_mention_of_a_firm() -> None:
    text = "I work at Casa Verde Seguros. The casa verde idea came later."
    assert found_texts(text) == ["Casa Verde Seguros"]
