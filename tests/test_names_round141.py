"""Round 141 (names141): names held-out sets 161-166 showed missing, each as a cited page
writes it (data/corridors.yaml, data/names.yaml, data/places.yaml): Iraq's Development Road
as a new corridor (``development-road``: English, Turkish, Azerbaijani, Russian in quotes
after its project or corridor word, Persian, German, Armenian), Persian 'فاو' and 'الفاو'
(Al-Faw), the Taliban state's formal name for Afghanistan (English, Turkish, Persian,
Russian, German), Russian 'Шаламче' (the Shalamcheh crossing) and 'Спин-Болдак' (Spin
Boldak); new places (data/places.yaml, scope context): Dolmabahçe Palace, Maidan Shahr and the
Mubarak Al Kabeer Port. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from geo.linkdata import load_corridors
from tests.parsing import found as _found

DR = "development-road"
FAW = "geonames:99446"

#: a name and the place it now names
GEOCODES = [
    ("فاو", FAW),
    ("الفاو", FAW),
    ("Islamic Emirate of Afghanistan", "af"),
    ("Afganistan İslam Emirliği", "af"),
    ("امارت اسلامی افغانستان", "af"),
    ("Исламский Эмират Афганистан", "af"),
    ("Islamisches Emirat Afghanistan", "af"),
    ("Шаламче", "shalamcheh-crossing"),
    ("Спин-Болдак", "spin-boldak"),
    ("Dolmabahçe Sarayı", "dolmabahce-palace"),
    ("Dolmabahçe Palace", "dolmabahce-palace"),
    ("дворец Долмабахче", "dolmabahce-palace"),
    ("Maidan Shahr", "maidan-shahr"),
    ("Maidan Shar", "maidan-shahr"),
    ("Майданшахр", "maidan-shahr"),
    ("Mubarak Al-Kabeer Port", "mubarak-al-kabeer-port"),
    ("Mubarak Port", "mubarak-al-kabeer-port"),
    ("Maidanşehr", "maidan-shahr"),
    ("Sarp sərhəd qapısı", "sarp"),
    ("تورغندی", "torghundi"),
    ("North Europe", "northern-europe"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round141_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place or corridor
CASES = [
    # the Development Road in each language its pages write
    ("Iraq's Development Road will link Faw to Turkey.", "Development Road", DR),
    ("The Iraq Development Road project advances.", "Iraq Development Road", DR),
    ("Kalkınma Yolu Anbar'dan geçecek.", "Kalkınma Yolu", DR),
    ("Türkiye-Irak Kalkınma Yolu Projesi ilerliyor.", "Türkiye-Irak Kalkınma Yolu", DR),
    ("İnkişaf Yolu layihəsi imzalandı.", "İnkişaf Yolu", DR),
    ("Подписан меморандум по проекту «Путь развития».", "проекту «Путь развития»", DR),
    (
        "Проект транспортного коридора «Путь развития» обсуждали.",
        "коридора «Путь развития»",
        DR,
    ),
    ("پروژه جاده توسعه عراق را به ترکیه وصل می‌کند.", "جاده توسعه", DR),
    ("Die Entwicklungsstraße soll Basra mit der Türkei verbinden.", "Entwicklungsstraße", DR),
    ("Das Projekt heißt Straße der Entwicklung.", "Straße der Entwicklung", DR),
    ("Der Trockenkanal verbindet den Golf.", "Trockenkanal", DR),
    ("«Զարգացման ճանապարհ» նախագիծը ստորագրվեց։", "Զարգացման ճանապարհ", DR),
    # Al-Faw in Persian
    ("بندر فاو در جنوب عراق است.", "فاو", FAW),
    ("بندر الفاو ساخته می‌شود.", "الفاو", FAW),
    # the Islamic Emirate
    ("Islamic Emirate of Afghanistan officials met.", "Islamic Emirate of Afghanistan", "af"),
    ("Afganistan İslam Emirliği ile görüşme yapıldı.", "Afganistan İslam Emirliği", "af"),
    ("امارت اسلامی افغانستان اعلام کرد.", "امارت اسلامی افغانستان", "af"),
    (
        "Делегация Исламского Эмирата Афганистан прибыла.",
        "Исламского Эмирата Афганистан",
        "af",
    ),
    (
        "Das Islamische Emirat Afghanistan wird nicht anerkannt.",
        "Islamische Emirat Afghanistan",
        "af",
    ),
    # the crossings in Russian
    ("Паломники прошли через Шаламче.", "Шаламче", "shalamcheh-crossing"),
    ("Бои шли у Спин-Болдака.", "Спин-Болдака", "spin-boldak"),
    ("The Iraq–Europe Development Road is a megaproject.", "Iraq–Europe Development Road", DR),
    # held places' new names
    ("Türkiyə və Gürcüstan Sarp sərhəd qapısını bağladılar.", "Sarp sərhəd qapısı", "sarp"),
    ("خط آهن هرات – تورغندی بازسازی شد.", "تورغندی", "torghundi"),
    ("Exports to North Europe grew.", "North Europe", "northern-europe"),
    ("Güzergah Tirmiz - Naybabad - Maidanşehr - Logar olacak.", "Maidanşehr", "maidan-shahr"),
    # the new places
    ("Bakanlar Dolmabahçe Sarayı'nda toplandı.", "Dolmabahçe Sarayı", "dolmabahce-palace"),
    ("Министры съедутся во дворце Долмабахче.", "Долмабахче", "dolmabahce-palace"),
    ("کاخ دولما باغچه در استانبول است.", "کاخ دولما باغچه", "dolmabahce-palace"),
    ("Taliban fighters attacked Maidan Shahr.", "Maidan Shahr", "maidan-shahr"),
    ("В Майданшахре прошла встреча.", "Майданшахр", "maidan-shahr"),
    ("Mubarak Port will compete with Faw.", "Mubarak Port", "mubarak-al-kabeer-port"),
    (
        "Work resumed at Mubarak Al-Kabeer Port.",
        "Mubarak Al-Kabeer Port",
        "mubarak-al-kabeer-port",
    ),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round141_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


def test_round141_corridor_is_loaded():
    assert load_corridors()[DR]["name"].startswith("Development Road")


@pytest.mark.parametrize(
    "text",
    [
        # a development road in lower case is a road, not the corridor
        "They built a development road to the village.",
        # the everyday "path of development", at a sentence's start too
        "Kalkınma yolu uzun ve zordur.",
        "Kalkınma yolunda ilerliyoruz.",
        "İnkişaf yolu ilə irəliləyirik.",
        "Путь развития страны сложен.",
        "Это был путь развития для всех.",
        "کشور در مسیر توسعه پایدار است.",
        "Der Weg der Entwicklung ist lang.",
    ],
)
def test_round141_no_corridor(text):
    assert all(p != DR for _, p in _found(text)), _found(text)


@pytest.mark.parametrize(
    ("text", "name", "pid"),
    [
        # the names held before still read as they did
        ("The port of Faw is in Basra.", "Faw", FAW),
        ("Liman Fav'da inşa ediliyor.", "Fav", FAW),
        ("Новый порт строят в Фао.", "Фао", FAW),
        (
            "The Islamic Republic of Afghanistan fell in 2021.",
            "Islamic Republic of Afghanistan",
            "af",
        ),
        ("زائران از مرز شلمچه به بصره رفتند.", "شلمچه", "shalamcheh-crossing"),
        ("Fırat nehri kuruyor.", "Fırat nehri", "euphrates-river"),
    ],
)
def test_round141_held_names_unchanged(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a city square in Persian is no Maidan Shahr; a person named Mubarak is no port
        "مردم در میدان شهر جمع شدند.",
        "Mubarak said the port will compete.",
    ],
)
def test_round141_no_new_place(text):
    ids = {p for _, p in _found(text)}
    assert not ids & {"maidan-shahr", "mubarak-al-kabeer-port"}, _found(text)


def test_round141_a_given_name_is_no_river():
    # "Fırat" is a common Turkish given name: the bare name stays out (not added)
    assert _found("Fırat Yılmaz dün konuştu.") == []
