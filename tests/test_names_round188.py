"""Round 188 (names188): names that held-out round 47 found missing, each as a cited page
writes it: Central Asia's water works as new records (the Rogun and Nurek dams on the
Vakhsh, the Toktogul reservoir on the Naryn, the Qosh Tepa and Karakum canals held at their
heads), the Dari 'دریای آمو' (was read as the Aegean Sea) and 'ازبیکستان', and the
Kyrgyz-Latin 'Çolpon-Ata'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Rogun Dam", "rogun-dam"),
    ("Rogun", "rogun-dam"),
    ("Roghun", "rogun-dam"),
    ("Рогунская ГЭС", "rogun-dam"),
    ("Rogun-Staudamm", "rogun-dam"),
    ("سد راغون", "rogun-dam"),
    ("راغون", "rogun-dam"),
    ("Nurek Dam", "nurek-dam"),
    ("Nurek", "nurek-dam"),
    ("Нурек", "nurek-dam"),
    ("Нурекская ГЭС", "nurek-dam"),
    ("Nurek-Staudamm", "nurek-dam"),
    ("Toktogul Reservoir", "toktogul-reservoir"),
    ("Токтогульское водохранилище", "toktogul-reservoir"),
    ("Toktogul-See", "toktogul-reservoir"),
    ("Qosh Tepa Canal", "qosh-tepa-canal"),
    ("Кош-Тепа", "qosh-tepa-canal"),
    ("کانال قوش تپه", "qosh-tepa-canal"),
    ("Kuştəpə kanalı", "qosh-tepa-canal"),
    ("Karakum Canal", "karakum-canal"),
    ("Каракумский канал", "karakum-canal"),
    ("Karakumkanal", "karakum-canal"),
    ("دریای آمو", "amu-darya"),
    ("ازبیکستان", "uz"),
    ("Çolpon-Ata", "cholpon-ata-kg"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round188_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Tajikistan is building the Rogun Dam on the Vakhsh.", "Rogun Dam", "rogun-dam"),
    ("The Nurek Dam is 300 m high.", "Nurek Dam", "nurek-dam"),
    ("Water of the Toktogul Reservoir fell.", "Toktogul Reservoir", "toktogul-reservoir"),
    ("The Qosh Tepa canal takes water from the river.", "Qosh Tepa canal", "qosh-tepa-canal"),
    ("The Karakum Canal crosses the desert.", "Karakum Canal", "karakum-canal"),
    # German
    ("Der Rogun-Staudamm wird höher.", "Rogun-Staudamm", "rogun-dam"),
    ("Bei Kerki zweigt der Karakumkanal ab.", "Karakumkanal", "karakum-canal"),
    # Russian, with case endings
    ("Строительство Рогунской ГЭС продолжается.", "Рогунской ГЭС", "rogun-dam"),
    ("Модернизация Нурекской ГЭС.", "Нурекской ГЭС", "nurek-dam"),
    (
        "Уровень Токтогульского водохранилища упал.",
        "Токтогульского водохранилища",
        "toktogul-reservoir",
    ),
    ("Строительство канала Кош-Тепа идёт.", "Кош-Тепа", "qosh-tepa-canal"),
    ("Воды Каракумского канала уходят в песок.", "Каракумского канала", "karakum-canal"),
    # Persian (Dari)
    ("ساخت سد راغون ادامه دارد.", "سد راغون", "rogun-dam"),
    ("کار کانال قوش تپه ادامه دارد.", "کانال قوش تپه", "qosh-tepa-canal"),
    ("آب دریای آمو کم شد.", "دریای آمو", "amu-darya"),
    ("کامیون‌ها به ازبیکستان رفتند.", "ازبیکستان", "uz"),
    # Azerbaijani, with a case ending
    ("Turistlər Çolpon-Atada dincəldi.", "Çolpon-Ata", "cholpon-ata-kg"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round188_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    ("The Aegean Sea is blue.", [("Aegean Sea", "aegean-sea")]),
    ("دریای اژه آبی است.", [("دریای اژه", "aegean-sea")]),
    ("The Karakum is a desert.", [("Karakum", "karakum-desert")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round188_nothing_common_breaks(text, expected):
    assert _found(text) == expected
