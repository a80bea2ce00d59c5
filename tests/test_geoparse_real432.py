"""Forms of held-out sets 432-442 (round 94; kept outside the project): a German crossing
compound of a village, a body's name that ends with its line, the Persian "taking part" and a
railway that is no company, an Iranian county in Azerbaijani, a German section of a line, and
a state's media, forces and citizens in Turkish.

The sentences are the project's own. Each test asserts the new reading and that a name
beside it keeps its old one.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister besuchte den modernisierten Bavra-Kontrollpunkt an der Grenze.",
        "Die Eröffnung des Bavra-Grenzübergangs ist für Oktober geplant.",
        "Der Checkpoint von Bavra wurde mit Mitteln der Union gebaut.",
    ],
)
def test_a_german_compound_of_a_villages_crossing_is_the_village(text):
    """The place noun after the hyphen is the crossing's: no person's run of names."""
    assert ("Bavra", "geonames:616813") in found(text), found(text)


def test_a_bodys_name_ends_with_its_line():
    """A headline's last name is no part of the next line's agency ("Laut News.am")."""
    text = "Neueröffnung des Grenzübergangs Bavra\nLaut News.am kam der Präsident zur Feier."
    assert found(text) == [("Bavra", "geonames:616813")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # شرکت: a company, and also taking part
        ("موضوع شرکت افغانستان در این گفتگوها بررسی شد.", [("افغانستان", "af")]),
        ("موضوع شرکت نمایندگان افغانستان در نشست بعدی مطرح شد.", [("افغانستان", "af")]),
        ("مدیرعامل شرکت ملی گاز ایران در تهران گفت.", [("تهران", "tehran")]),
        # a railway with another word before the state is no company's name
        (
            "جاده و راه‌آهن توسعه‌ی عراق از اقلیم کردستان می‌گذرد.",
            [
                ("عراق", "iq"),
                ("اقلیم کردستان", "kurdistan-region"),
            ],
        ),
        ("رئیس راه آهن آذربایجان به تهران آمد.", [("تهران", "tehran")]),
    ],
)
def test_persian_bodies_and_their_places(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yeni körpü İranın Aslanduz rayonunda tikilir.", ("Aslanduz rayonu", "aslan-duz-county")),
        (
            "Terminal Parsabad rayonunun sərhədində yerləşir.",
            ("Parsabad rayonu", "parsabad-county"),
        ),
        ("Yük Parsabad şəhristanından gəlir.", ("Parsabad şəhristanı", "parsabad-county")),
    ],
)
def test_an_iranian_county_by_the_azerbaijani_rayon_word(text, expected):
    assert expected in found(text), found(text)


def test_an_azerbaijani_rayons_name_with_the_word_stays_its_own():
    """Iran's Astara County has no "Astara rayonu": the rayon of Azerbaijan keeps it."""
    text = "Astara rayonunda yeni terminal açıldı, yüklər İran Astarasına və Rəştə gedir."
    assert found(text)[0] == ("Astara rayonu", "astara-district-az")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Arbeiten am Abschnitt Chabahar-Hasch kommen voran.",
            ("Chabahar", "geonames:1161724"),
        ),
        (
            "Die Fertigstellung des Eisenbahnprojekts Chabahar-Zahedan ist geplant.",
            ("Chabahar", "geonames:1161724"),
        ),
    ],
)
def test_a_german_section_or_rail_project_before_its_two_ends(text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "İran medyasına göre saldırı gece oldu.",
        "Saldırganlar İran güvenlik güçlerine ateş açtı.",
        "Saldırıda 9 Pakistan vatandaşı hayatını kaybetti.",
        "Evde Pakistan uyruklu kişiler kalıyordu.",
        "İran lokomotivi qatarı sərhədə qədər aparacaq.",
    ],
)
def test_a_states_media_forces_and_citizens_are_a_nationalitys_use(text):
    assert found(text) == [], found(text)


def test_the_genitive_owner_stays_beside_them():
    assert found("İran'ın güneydoğusunda 9 Pakistan vatandaşı öldürüldü.") == [("İran", "ir")]
