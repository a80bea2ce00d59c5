"""geoparse() on names real articles of round 11 showed the parser missing or misreading.

The failure classes came from real articles (kept outside the project); the sentences
here are the project's own, written to the same patterns. Each test asserts the wrong
reading is gone and a right one beside it still holds (span, target and kind).
"""

import pytest

from geo.geoparse import geoparse


def _mentions(text: str) -> list[tuple[str, str, str]]:
    """(span, target, kind) of every mention; a link's kind is "link"."""
    return [(m.text, m.target, m.place.kind if m.place else "link") for m in geoparse(text)]


def test_ostan_the_province_word_is_no_village():
    # GeoNames gives "Ostan" to Vostan (Armenia) as an alias; at a sentence's start the
    # Persian and Azerbaijani word for province was read as the village
    assert _mentions("Ostan rəhbərliyi yeni layihəni müzakirə etdi.") == []
    assert _mentions("Ostanın mərkəzi Ərdəbildir.") == [("Ərdəbil", "ardabil", "city")]
    # the province with the word stays the province, the village by its name the village
    assert _mentions("Ərdəbil ostanı ilə əlaqələr genişlənir.") == [
        ("Ərdəbil ostanı", "ardabil-province", "region")
    ]
    assert _mentions("Vostan kəndində yeni məktəb açıldı.") == [
        ("Vostan", "geonames:174713", "village")
    ]


def test_the_european_unions_turkic_initials_with_the_dotted_capital():
    text = "Aİ ilə Gürcüstan arasında danışıqlar başladı, Aİ-nin səfiri Tbilisiyə gəldi."
    found = _mentions(text)
    assert found[0] == ("Aİ", "european-union", "macro-region")
    assert ("Aİ-nin", "european-union", "macro-region") in found
    assert ("Gürcüstan", "ge", "country") in found
    # the English "AI" (and a name "Ai") fold as "Aİ" does: no union
    text = "AI models now plan freight for the port of Baku; Ai Qing wrote poems."
    # (the port of Baku by any of its names is the port: rule 7 of data/gold/dev.txt)
    assert _mentions(text) == [("port of Baku", "baku-port", "building")]
    # so the other initials spelt with a Turkic capital: ABŞ (the United States), SSRİ
    # (the Soviet Union), not the English ABS and SSRI
    text = "ABŞ-ın və SSRİ-nin xəritələri; the ABS brakes and SSRI drugs."
    assert [target for _, target, _ in _mentions(text)] == ["us", "su"]
    # nor a capitalised Azerbaijani word that begins with the letters
    assert _mentions("AİLƏ BÜDCƏSİ ARTIR. Ailələr Gəncədə yaşayır.") == [
        ("Gəncə", "geonames:586523", "city")
    ]


def test_bilasuvar_across_the_border_is_irans_in_a_text_on_iran():
    # Iran's Bileh Savar shares its Russian and Azerbaijani names with Azerbaijan's
    # Bilasuvar across the border: the context decides, as for the two Astaras
    text = "Власти иранской провинции Ардебиль расширяют рынок в городе Билясувар."
    assert ("Билясувар", "geonames:140494", "town") in _mentions(text)
    text = "В Ардебильской провинции, в иранском Билясуваре, открылся терминал."
    assert ("Билясувар", "geonames:140494", "town") in _mentions(text)
    # Azerbaijan's town in a text on Azerbaijan, and alone
    text = "Из Баку в Билясувар пустили новый автобус через Сальяны."
    assert ("Билясувар", "bilasuvar", "town") in _mentions(text)
    assert _mentions("Biləsuvarda pambıq yığımı başlayıb.") == [("Biləsuvar", "bilasuvar", "town")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Freight rates rose as ships left the Panama Canal for other routes.", "Panama Canal"),
        ("Засуха снизила глубину Панамского канала.", "Панамского канала"),
        ("Panama kanalında quraqlıq gəmilərin sayını azaldıb.", "Panama kanalı"),
        ("Panama Kanalı'ndaki kuraklık gemileri yavaşlattı.", "Panama Kanalı"),
        ("Die Dürre am Panamakanal bremst die Schiffe.", "Panamakanal"),
        ("Der Panama-Kanal leidet unter Wassermangel.", "Panama-Kanal"),
        ("خشکسالی در کانال پاناما عبور کشتی‌ها را کند کرد.", "کانال پاناما"),
        ("Պանամայի ջրանցքում երաշտը դանդաղեցրել է նավերը։", "Պանամայի ջրանցք"),
    ],
)
def test_the_panama_canal_in_the_seven_languages(text, name):
    found = _mentions(text)
    assert (name, "panama-canal", "canal") in found
    assert not any(target == "pa" for _, target, _ in found)


def test_suez_alone_is_the_city_and_with_its_canal_word_the_canal():
    text = "Через Суэц прошло меньше контейнеровозов, и тарифы выросли."
    assert _mentions(text) == [("Суэц", "geonames:359796", "city")]
    assert _mentions("Bu yıl gemilerin çoğu Süveyş üzerinden geçmedi.")[0] == (
        "Süveyş",
        "geonames:359796",
        "city",
    )
    # the canal word after a list of two Russian adjectives: each its canal
    text = "Между Суэцким и Панамским каналами нет прямой связи."
    assert _mentions(text) == [
        ("Суэцким", "suez-canal", "canal"),
        ("Панамским каналами", "panama-canal", "canal"),
    ]


def test_sofi_the_azerbaijani_word_is_no_sofia():
    # GeoNames gives Sofia the alias "Sofi", an Azerbaijani and Turkish word (a Sufi) and
    # the name of a river ("Sofi çayı"); the two languages write the city Sofiya, Sofya
    assert _mentions("Sofi çayının suyu yazda azalır.") == []
    assert _mentions("Nümayəndə heyəti Sofiyaya yola düşdü.") == [
        ("Sofiya", "geonames:727011", "city")
    ]


def test_lower_kartli_in_azerbaijani():
    text = "Aşağı Kartlidə yaşayan azərbaycanlılar Tbilisiyə gedir."
    found = _mentions(text)
    assert found[0] == ("Aşağı Kartli", "kvemo-kartli-ge", "region")


def test_the_caucasus_by_its_short_turkish_name_but_not_in_a_bodys():
    text = "Kafkas'ta ulaşım projeleri hızlandı, Güney Kafkas ülkeleri yeni yollar açıyor."
    assert _mentions(text) == [
        ("Kafkas", "caucasus", "macro-region"),
        ("Güney Kafkas", "south-caucasus", "macro-region"),
    ]
    # a university and an army named after it are bodies, not the region
    text = "Kafkas Üniversitesi ve Kafkas İslam Ordusu üzerine bir sergi açıldı."
    assert _mentions(text) == []
    # nor a research centre's ("İran Araştırmaları Merkezi", a think tank)
    text = "Kafkas Araştırmaları Merkezi ile İran Araştırmaları Merkezi rapor yayımladı."
    assert _mentions(text) == []


def test_the_nagorno_karabakh_republic_is_the_karabakh_region():
    # its initials, as a state's, are no mention (convention 4 of data/gold/dev.txt)
    text = "Руководители бывшей НКР предстали перед судом в Баку."
    assert ("НКР", "karabakh", "region") not in _mentions(text)
    text = "Нагорно-Карабахская Республика прекратила существование в 2024 году."
    assert _mentions(text) == [("Нагорно-Карабахская Республика", "karabakh", "region")]
    text = "Бывшие лидеры Нагорно-Карабахской республики арестованы."
    assert _mentions(text) == [("Нагорно-Карабахской республики", "karabakh", "region")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Qərbi Azərbaycan əyalətinə yeni qatar xətti çəkilir.", "Qərbi Azərbaycan əyaləti"),
        ("Qərbi Azərbaycan vilayətindən gələn yüklər artdı.", "Qərbi Azərbaycan vilayəti"),
        ("Qərbi Azərbaycan ostanının valisi səfərdədir.", "Qərbi Azərbaycan ostanı"),
        ("İranın Batı Azerbaycan eyaletinde sınır kapısı açıldı.", "Batı Azerbaycan eyaleti"),
    ],
)
def test_west_azerbaijan_with_its_unit_word_is_irans_province(text, name):
    assert (name, "west-azerbaijan-province", "region") in _mentions(text)


def test_west_azerbaijan_without_its_unit_word_stays_unmarked():
    # the bare name is also the irredentist name Azerbaijani writes for Armenia's land
    # (geo._wordrules: a compass word before a country's name it forms no known name with);
    # neither the province nor the republic
    assert _mentions("Qərbi Azərbaycan İcmasının üzvləri toplandı.") == []
    assert _mentions("Qərbi Azərbaycana qayıdış mövzusunda konfrans keçirildi.") == []


def test_a_datelines_day_is_no_city() -> None:
    """A month's day is no alias (Egypt's 6th of October City had "October 6")."""
    text = "BAKU, Azerbaijan, October 6. The new bridge over the Araz opened."
    assert [m.text for m in geoparse(text)] == ["BAKU", "Azerbaijan", "Araz"]


@pytest.mark.parametrize(
    "text",
    [
        "Rəsmi İrəvan bu termini qəbul etmir.",
        "Официальный Ереван не согласился с этим.",
        "Official Yerevan rejected the term.",
    ],
)
def test_official_before_a_capital_leaves_it_the_city(text: str) -> None:
    """ "Official Yerevan" stands for the government: the city, no person's name."""
    assert [m.target for m in geoparse(text)] == ["geonames:616052"]


def test_araliks_station_in_russian_is_turkeys_aralik() -> None:
    text = "Станции построят в Игдыре, Аралике и Дилуджу."
    assert [m.target for m in geoparse(text)] == ["igdir", "geonames:323735", "dilucu"]
