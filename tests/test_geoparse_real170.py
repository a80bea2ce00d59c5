"""Forms read on held-out sets 168-172 (issue 10, stop 61, 2026-12-05).

The texts are written for these tests.
"""

import pytest

from geo.legend import KIND_STYLES
from geo.names import KINDS
from tests.parsing import found as _found


def test_an_island_is_a_kind_of_place_with_a_style_of_its_own():
    assert KINDS["island"] == ("Point", "Polygon", "MultiPolygon")
    assert KIND_STYLES["island"] not in {
        style for kind, style in KIND_STYLES.items() if kind != "island"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ferries left Qeshm Island at dawn.",
        "Tourists fly to Kish Island in winter.",
        # the German "Insel" and the English word in lower case name no country either
        "Die Fähre fährt zur Insel Kisch.",
        "The island lies in the Gulf.",
    ],
)
def test_the_english_island_word_after_a_name_is_no_iceland(text):
    assert "is" not in {place for _, place in _found(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Wir fliegen im Mai nach Island.",
        "Nach Island reisen viele Touristen.",
        "Island und Norwegen sind keine EU-Mitglieder.",
    ],
)
def test_iceland_by_its_german_name_stays_the_country(text):
    assert ("Island", "is") in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys met at the Alican-Margara border gate.", ["alican", "geonames:613075"]),
        ("Trucks entered Turkey through the Alican crossing.", ["tr", "alican"]),
        ("Tırlar Alican'dan Ermenistan'a geçti.", ["alican", "am"]),
        ("کامیون‌ها از گذرگاه آلیجان عبور کردند.", ["alican"]),
        # the given name before a surname is a person's
        ("Alican Yılmaz ve Ayşe Demir dün konuştu.", []),
    ],
)
def test_the_bare_alican_is_the_crossing(text, expected):
    assert [place for _, place in _found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quoting a country's media (several outlets, no one body): the country
        ("به نقل از رسانه‌های جمهوری آذربایجان گزارش داد.", [("جمهوری آذربایجان", "az")]),
        ("به نقل از رسانههای ارمنستان گزارش داد.", [("ارمنستان", "am")]),
        ("به نقل از منابع ارمنستان اعلام شد.", [("ارمنستان", "am")]),
        # quoting an office keeps its name whole, as before
        ("به نقل از روابط عمومی گمرک ایران اعلام شد.", []),
    ],
)
def test_quoting_a_countrys_media_in_persian_names_the_country(text, expected):
    assert _found(text) == expected


def test_bitumen_in_a_persian_list_of_goods_is_no_town():
    assert _found("صادرات سیمان، قیر، گوگرد و کاشی به پاکستان رشد کرد.") == [("پاکستان", "pk")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia's Black Sea Fleet moved to Novorossiysk.", ["ru", "geonames:518255"]),
        ("Rusya'nın Karadeniz filosunun bir kısmı taşındı.", ["ru"]),
        ("Ships of the Caspian Flotilla sailed to Astrakhan.", ["geonames:580497"]),
        # a fleet sailing on the sea: the sea
        ("The fleet sailed across the Black Sea.", ["black-sea"]),
        ("Karadeniz'deki filo büyüdü.", ["black-sea"]),
    ],
)
def test_a_fleet_named_after_its_sea_is_no_mention_of_the_sea(text, expected):
    assert [place for _, place in _found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Gulf Cooperation Council with its council word in lower case: the body's name
        ("Kənani: Fars Körfəzi Əməkdaşlıq şurasının mövqeyi etibarsızdır.", []),
        ("Fars körfəzi ölkələri bölgənin sərvətlərindən istifadə edir.", ["persian-gulf"]),
        # an island's town by its own word; the bare name is the island
        ("Qeshm county has nineteen piers.", ["qeshm"]),
        ("Ferries reach Qeshm from Bandar Abbas.", ["qeshm-island", "geonames:141681"]),
        ("Самолёт прилетел в город Кешм.", ["qeshm"]),
    ],
)
def test_read_on_set_168(text, expected):
    assert [place for _, place in _found(text)] == expected


def test_ria_novostis_regional_site_is_the_agencys_name():
    text = "СИМФЕРОПОЛЬ, 12 фев – РИА Новости Крым. Российская сторона рассматривает план."
    assert [place for _, place in _found(text)] == ["geonames:693805"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the European Union's Turkish initials, in Turkish text only
        ("Türkiye AB'ye üyelik için başvurdu.", ["tr", "european-union"]),
        ("Gürcistan'ın AB yolunda ilerlemesi sürüyor.", ["ge", "european-union"]),
        ("Ab 2026 gilt die Regel in Österreich.", ["at"]),
        ("Volvo AB sold trucks to Georgia.", ["ge"]),
        # Damascus by its Turkish name, written with its letter; "Sam" is a person
        ("Heyet dün Şam'da görüştü.", ["geonames:170654"]),
        ("Sam Altman dün İstanbul'da konuştu.", ["geonames:745044"]),
    ],
)
def test_read_on_set_174_and_175(text, expected):
    assert [place for _, place in _found(text)] == expected


def test_syrias_azerbaijani_genitive_is_no_town_in_fars():
    assert _found("Suriyanın şimalında döyüşlər gedir.") == [("Suriya", "sy")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a German compass compound of a country of the region: the country
        ("Die Rückkehr aus der Südtürkei nach Syrien.", ["tr", "sy"]),
        ("Kämpfe in der Ostukraine und im Nordirak.", ["ua", "iq"]),
        ("Das Beben traf den Südostiran.", ["ir"]),
        # not elsewhere: Northern Ireland is no part of Ireland
        ("Nordirland und Irland verhandeln.", ["ie"]),
    ],
)
def test_a_german_compass_compound_names_its_country(text, expected):
    assert [place for _, place in _found(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a Turkish case ending follows the initials only after an apostrophe: the agency
        "Uluslararası Ehlibeyt Haber Ajansı -ABNA- 8 Ağustos 2025'te bildirdi.",
        # the Azerbaijani "sənə" (to you) opening a sentence is no Sanaa
        "Sənə deyirəm, gəl.",
    ],
)
def test_no_eu_in_abna_and_no_sanaa_in_a_pronoun(text):
    assert _found(text) == []
