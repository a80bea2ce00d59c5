"""Forms read in stop 62 (issue 10, 2026-12-05): the Arabic article joined to a name, and
the bare names GeoNames gave the wrong city.

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pilgrims walked from an-Najaf to Karbala.", ("an-Najaf", "geonames:98860")),
        ("The new port rises at al-Faw.", ("al-Faw", "geonames:99446")),
        ("Die Pilger erreichten an-Nadschaf am Abend.", ("an-Nadschaf", "geonames:98860")),
        ("Паломники прибыли в эн-Наджаф поездом.", ("эн-Наджаф", "geonames:98860")),
        # (the governorate: the province word before it, held-out set 321's rule)
        ("Губернатор провинции эль-Басра выступил.", ("эль-Басра", "basra-governorate")),
        # a capitalised article was already part of the name
        ("Город Эль-Кут стоит на Тигре.", ("Эль-Кут", "geonames:99131")),
    ],
)
def test_the_arabic_article_joined_to_an_arab_place_is_inside_the_mention(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not before a place outside the Arab states, nor after a letter or a hyphen
        ("Die Route führt nach Nord-Iran.", ("Iran", "ir")),
        ("The Azerbaijan-Iran road opened.", ("Iran", "ir")),
        ("Trucks crossed from Iran-Iraq border posts.", ("Iraq", "iq")),
        ("The Nepal-Basra flight and the Kuwait-Basra road.", ("Basra", "geonames:99532")),
    ],
)
def test_no_article_is_taken_in_elsewhere(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hatay'daki depremzedeler için konteyner kent kuruldu.", ("Hatay", "hatay-province-tr")),
        ("Sakarya'da sel uyarısı yapıldı.", ("Sakarya", "sakarya-province-tr")),
        ("Antakya'nın tarihi çarşısı yeniden açıldı.", ("Antakya", "geonames:323779")),
        ("Çorum ile Amasya arasındaki yol genişletildi.", ("Çorum", "geonames:748879")),
    ],
)
def test_a_bare_province_name_geonames_gave_its_capital_is_the_province(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Dari governor's word before an Afghan province's name: the province
        ("والی هرات از گشایش راه‌آهن خبر داد.", [("هرات", "herat-province-af")]),
        ("در هرات باران بارید.", [("هرات", "geonames:1140026")]),
        # Azerbaijani "bir yandan" (on the one hand) names no Turkish village
        ("Bir yandan da Bakıya getdim.", [("Bakı", "baku")]),
        ("Bir yandan da İstanbul'a gittim.", [("İstanbul", "geonames:745044")]),
        ("Bir yandan da fikrimdə sərhəd var idi.", []),
        ("Biryan köyü yolu açıldı.", [("Biryan", "geonames:314770")]),
        # Persian "عقبه" (the rear, strategic depth) is no Aqaba; the English name stays
        ("عقبه استراتژیک ایران در قفقاز است.", [("ایران", "ir"), ("قفقاز", "caucasus")]),
        (
            "Ships sail from Aqaba to Suez.",
            [("Aqaba", "geonames:250774"), ("Suez", "geonames:359796")],
        ),
    ],
)
def test_governors_and_common_phrases(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Persian plural port word before a list: each town, or its held port (the
        # bare "امیرآباد" is a village of GeoNames' elsewhere)
        (
            "کالا از بنادر انزلی ، امیرآباد و نوشهر صادر شد.",
            [
                ("انزلی", "geonames:141679"),
                ("امیرآباد", "amirabad-port"),
                ("نوشهر", "geonames:121959"),
            ],
        ),
        (
            "the ports of Baku, Poti and Batumi",
            [("Baku", "baku-port"), ("Poti", "geonames:612366"), ("Batumi", "geonames:615532")],
        ),
    ],
)
def test_a_persian_list_of_ports(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Turkish province in the genitive before one of its border gates, or in English
        # before its districts: the province
        (
            "Tırlar Artvin'in Sarp Sınır Kapısı'nda bekliyor.",
            [("Artvin", "artvin-province-tr"), ("Sarp Sınır Kapısı", "sarp")],
        ),
        (
            "Ardahan'ın Türkgözü Sınır Kapısı açıldı.",
            [("Ardahan", "ardahan-province-tr"), ("Türkgözü Sınır Kapısı", "turkgozu")],
        ),
        (
            "The queue reached Artvin's Hopa and Arhavi districts.",
            [("Artvin", "artvin-province-tr"), ("Hopa", "hopa"), ("Arhavi", "geonames:751931")],
        ),
        ("Artvin'de yağmur var.", [("Artvin", "geonames:751817")]),
        # a lower-case Russian administration is the state's government
        ("Это не входит в число приоритетов администрации США.", [("США", "us")]),
    ],
)
def test_a_province_owning_its_gates_and_a_states_administration(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a treaty named after the town it was signed in names no place
        ("Kars Antlaşması'na göre Türkiye garantördür.", [("Türkiye", "tr")]),
        ("Under the Treaty of Kars, Turkey is a guarantor.", [("Turkey", "tr")]),
        ("Qars müqaviləsinə əsasən Türkiyə zamindir.", [("Türkiyə", "tr")]),
        ("Der Vertrag von Kars wurde 1921 geschlossen.", []),
        # the agreement word alone leaves the names before it
        ("Azərbaycan və Türkiyə müqavilə imzaladı.", [("Azərbaycan", "az"), ("Türkiyə", "tr")]),
        ("Bakı müqaviləni imzaladı.", [("Bakı", "baku")]),
    ],
)
def test_a_treaty_named_after_a_town(text, expected):
    assert _found(text) == expected


def test_the_russian_exclave_by_its_adjective():
    assert _found("Коридор свяжет Азербайджан с Нахичеванским эксклавом.") == [
        ("Азербайджан", "az"),
        ("Нахичеванским эксклавом", "nakhchivan-ar"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Turkish case ending after a modifier letter's apostrophe or prime
        ("Gürcistanʹda yeni liman açıldı.", [("Gürcistan", "ge")]),
        ("Avrupa ve Çinʼi bağlayan yol.", [("Avrupa", "europe"), ("Çin", "cn")]),
        # words said in quotes that open with the agreement's word are no agreement's title
        (
            "«Համաձայնագիրը նախատեսում է գազ Ադրբեջանից դեպի Եվրոպա»,- գրել է նախարարը։",
            [("Ադրբեջան", "az"), ("Եվրոպա", "europe")],
        ),
        # a quoted title still holds none
        ("Стороны подписали «Соглашение о поставках газа из Азербайджана в Турцию».", []),
    ],
)
def test_modifier_apostrophes_and_reported_speech(text, expected):
    assert _found(text) == expected


def test_a_persian_month_is_no_place():
    assert _found("قرار است در ماه آوریل در بلغارستان برگزار شود.") == [("بلغارستان", "bg")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural county word before a list: each its county, where the gazetteer holds one
        (
            "The Mughan plain consists of three counties: Germi, Bileh-savar and Parsabad.",
            [
                ("Mughan plain", "mughan-plain"),
                ("Germi", "germi-county"),
                ("Bileh-savar", "bileh-savar-county"),
                ("Parsabad", "parsabad-county"),
            ],
        ),
        ("Germi is a quiet town in summer.", [("Germi", "geonames:133972")]),
    ],
)
def test_a_list_after_a_plural_county_word(text, expected):
    assert _found(text) == expected


def test_an_oil_or_gas_field_is_no_place():
    assert _found("Turkmenistan and Azerbaijan will develop the Dostlug field.") == [
        ("Turkmenistan", "tm"),
        ("Azerbaijan", "az"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Russian port named after no town: the port, its lower-case word inside
        (
            "Паром идёт из порта Кавказ в Поти.",
            [("порта Кавказ", "port-kavkaz"), ("Поти", "geonames:612366")],
        ),
        ("Паром прибыл в порт Кавказ вечером.", [("порт Кавказ", "port-kavkaz")]),
        # a town's port word stays outside the town (rule 6), the Caucasus stays itself
        ("Паром вышел из порта Баку.", [("Баку", "baku")]),
        ("Паром идёт из Кавказа в Поти.", [("Кавказ", "caucasus"), ("Поти", "geonames:612366")]),
    ],
)
def test_a_russian_port_named_after_no_town(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gəmilər keçidlərini İran Hərbi Dəniz Qüvvələri ilə əlaqələndirməlidir.",
        "İran Deniz Kuvvetleri tatbikat yaptı.",
        "The Navy of the Islamic Republic of Iran seized a tanker.",
        "ВМС Ирана провели учения.",
    ],
)
def test_a_states_navy_by_its_name_names_no_place(text):
    assert _found(text) == []


def test_a_states_navy_in_lower_case_keeps_the_state():
    assert _found("Iran's navy seized a ship near Oman.") == [("Iran", "ir"), ("Oman", "om")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare Persian name of Fars province, its governor's too
        ("استاندار فارس از اعزام نیروها خبر داد.", [("فارس", "fars-province")]),
        (
            "تجهیزات آتش‌نشانی از فارس به بندرعباس ارسال شد.",
            [("فارس", "fars-province"), ("بندرعباس", "geonames:141681")],
        ),
        # the news agency's bare name, the language and the gulf stay what they were
        ("به گزارش فارس، هیئت ایرانی به باکو رفت.", [("باکو", "baku")]),
        ("زبان فارسی در تاجیکستان رسمی است.", [("تاجیکستان", "tj")]),
        ("خلیج فارس", [("خلیج فارس", "persian-gulf")]),
    ],
)
def test_the_bare_persian_fars(text, expected):
    assert _found(text) == expected
