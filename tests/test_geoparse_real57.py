"""geoparse() on the patterns of round 57: what blind sets 56 to 59 (kept outside the
project) showed the parser missing.

The sentences are the project's own. Each test asserts the new reading and that a name
beside it keeps its old one.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ezafe unwritten after a name two countries share: the country word says which
        # one, and is inside the town's mention
        (
            "کامیون‌ها از آستارا آذربایجان به آستارا ایران رفتند.",
            [("آستارا آذربایجان", "astara-az"), ("آستارا ایران", "astara-ir")],
        ),
        (
            "ایستگاه راه‌آهن آستارا آذربایجان آماده است.",
            [("آستارا آذربایجان", "astara-az-station")],
        ),
    ],
)
def test_an_unwritten_ezafe_before_the_country_makes_one_mention_of_the_shared_town(
    text, expected
):
    assert [m for m in found(text) if m[1] not in ("ir", "az")] == expected
    assert not [m for m in found(text) if m[1] in ("ir", "az")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name one country holds stays apart from its country (the gold's 2 of 2)
        ("هیئت به ایروان ارمنستان رفت.", [("ایروان", "geonames:616052"), ("ارمنستان", "am")]),
        # the ezafe written after the vowel: two mentions, the sense from the country
        ("گمرک آستارای ایران باز شد.", [("آستارا", "astara-ir"), ("ایران", "ir")]),
        # a comma between: a list, not the ezafe
        ("از آستارا، ایران و باکو", [("آستارا", "astara-ir"), ("ایران", "ir"), ("باکو", "baku")]),
    ],
)
def test_a_country_after_a_town_stays_its_own_mention_otherwise(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the region's words before the name told a unit; the town word after it tells the town
        (
            "Heyet Nahçıvan Özerk Bölgesinin Ordubad şehrinin Nüsnüs köyüne gitti.",
            ("Ordubad", "ordubad"),
        ),
        (
            "Nahçıvan Özerk Bölgesinin Ordubad kentinde bir toplantı yapıldı.",
            ("Ordubad", "ordubad"),
        ),
        # the district's own word keeps the district
        (
            "Nahçıvan Özerk Bölgesinin Ordubad ilçesinde yollar yenilendi.",
            ("Ordubad ilçesi", "ordubad-district-az"),
        ),
    ],
)
def test_a_town_word_after_a_shared_name_beats_the_unit_words_before_it(text, expected):
    assert expected in found(text)


def test_the_persian_economic_region_word_before_its_name_is_inside_the_mention():
    text = "جاده‌ای میان منطقه اقتصادی زنگزور شرقی و نخجوان ساخته می‌شود."
    assert found(text) == [
        ("منطقه اقتصادی زنگزور شرقی", "east-zangezur"),
        ("نخجوان", "nakhchivan-ar"),
    ]
    # the bare name as before
    assert found("راه زنگزور شرقی") == [("زنگزور شرقی", "east-zangezur")]


def test_transcaucasia_in_persian_is_the_south_caucasus():
    text = "این مسیر از ماورای قفقاز به روسیه می‌رسد."
    assert found(text) == [("ماورای قفقاز", "south-caucasus"), ("روسیه", "ru")]


def test_ardebil_province_is_the_province():
    text = "Trucks left the terminal in northwestern Ardebil Province for Baku."
    assert ("Ardebil Province", "ardabil-province") in found(text)


def test_a_states_companies_in_russian_lower_case_are_the_states():
    # rule 21, as its lower-case ministries; a quoted name after the word is a body's
    text = "Договор подписали главы железнодорожных компаний Турции и Азербайджана."
    assert found(text) == [("Турци", "tr"), ("Азербайджан", "az")]
    assert found("директор компании «Азербайджан Автомобиль Йоллары» сказал") == []


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaycan Bakanlar Kurulunun kararıyla sınır kapısı açıldı.",
        "İran Silahlı Kuvvetleri tarafından yapılan açıklama okundu.",
        "Karabağ şehitlerinin anısına bir park yapıldı.",
        "Tehran Konvensiyasının qüvvəyə minməsindən 20 il keçir.",
        "Beynəlxalq Xəzər Dənizi Günündə tədbir keçirildi.",
        # German "Türkis" (turquoise) is no genitive of a name of Turkey
        "Der See galt als das Türkis der Region.",
    ],
)
def test_bodies_named_days_conventions_and_war_martyrs_hold_no_mentions(text):
    assert found(text) == []


def test_the_caspian_sea_in_lower_case_stays_a_mention():
    assert found("Xəzər dənizi günü keçirildi.") == [("Xəzər dənizi", "caspian-sea")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Arabic tatweel set between blanks as a dash (and the rail word without ZWNJ)
        (
            "بر تکمیل راهآهن رشت ـ آستارا تأکید شد.",
            [("راهآهن رشت ـ آستارا", "rasht-astara-railway")],
        ),
        (
            "گیلان در کریدور شمال ـ جنوب است.",
            [("گیلان", "gilan-province"), ("کریدور شمال ـ جنوب", "nstc")],
        ),
        # a kashida inside a word still joins it
        ("شهر رشـت بزرگ است.", [("رشـت", "rasht")]),
    ],
)
def test_the_persian_tatweel_between_blanks_is_a_dash(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "gulf"),
    [
        ("Iran's new route starts at the Gulf and runs north.", "Gulf"),
        ("Der Iran will Waren vom Golf bis nach Russland bringen.", "Golf"),
        ("Yol, Körfez'den İran üzerinden Karadeniz'e uzanıyor.", "Körfez"),
        ("İran Körfəz ölkələri ilə ticarəti artırır.", "Körfəz"),
        # the Gulf states: the Persian Gulf's in a text that names no Iran
        ("Körfəz ölkələrini Qara dənizə bağlayan marşrut Naxçıvandan keçəcək.", "Körfəz"),
        ("Trade between Baku and the Gulf states grew.", "Gulf"),
    ],
)
def test_the_bare_gulf_word_of_a_text_on_iran_is_the_persian_gulf(text, gulf):
    assert (gulf, "persian-gulf") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran sent a tanker to the Gulf of Mexico.",  # another gulf by its name
        "Im Iran spielen nur wenige Golf.",  # the game
        "Kocaeli'nin Körfez ilçesinde İran gemisi bekliyor.",  # Kocaeli's district
        "The ship sailed into the Gulf.",  # no Iran in the text
    ],
)
def test_other_gulfs_the_game_and_texts_without_iran_keep_no_persian_gulf(text):
    assert "persian-gulf" not in [target for _, target in found(text)]


def test_a_persian_line_word_before_x_to_y_makes_a_route_of_towns():
    # "خط‌آهن قارص به نخجوان": a stop of a route whose other stop is a town (rule 2),
    # though the sentence names a country
    text = "ترکیه با کلنگ‌زنی خط‌آهن قارص به نخجوان گام تازه‌ای برداشت."
    assert ("نخجوان", "nakhchivan") in found(text)
    # "linking Baku to Nakhchivan via Iran" stays the land's
    assert ("نخجوان", "nakhchivan-ar") in found("اتصال باکو به نخجوان از طریق ایران")


def test_a_village_named_with_its_village_word_leaves_the_word_outside():
    # "Sos kəndi" is the village's only name (the bare "Sos" is a common word); the gold
    # keeps the village word outside the mark (20 of 20)
    assert ("Sos", "sos-khojavend") in found("Xocavənd rayonunun Sos kəndi bərpa olunur.")
    assert found("Sos köyüne dönüş başladı.") == [("Sos", "sos-khojavend")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Turkish locative adjective before a crossing far from the town: the province
        ("Van’daki Kapıköy kapısından geçen tır sayısı arttı.", ("Van", "van-province-tr")),
        ("Ağrı'daki Gürbulak kapısı yoğun.", ("Ağrı", "agri-province-tr")),
        # before a gate the gazetteer lacks, by its gate word
        ("Iğdır'daki Zorbak kapısı açılacak.", ("Iğdır", "igdir-province-tr")),
        # a place near the town, or no place, leaves the town
        ("Iğdır'daki şantiyede çalışmalar sürüyor.", ("Iğdır", "igdir")),
    ],
)
def test_a_turkish_town_before_daki_and_a_far_crossing_is_its_province(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "شرکت‌های «راه‌آهن روسیه» و «راه‌آهن آذربایجان» توافق کردند.",
        "معاون مدیرعامل راهآهن روسیه سخن گفت.",
    ],
)
def test_a_persian_railway_before_a_states_bare_name_is_its_railway_company(text):
    assert found(text) == []


def test_a_persian_railway_before_towns_stays_the_line():
    assert found("راه‌آهن تبریز جلفا بازسازی شد.") == [("تبریز", "tabriz"), ("جلفا", "jolfa-ir")]


def test_german_plural_area_word_then_wie_before_a_list_makes_the_districts():
    # "Gebieten wie Latschin, Kalbadschar und Agdam": the districts (as "die Gebiete Fizuli")
    text = "Armenien sollte die Gebiete wie Latschin, Kalbadschar und Agdam räumen."
    assert [t for _, t in found(text)][1:] == [
        "lachin-district",
        "kalbajar-district",
        "aghdam-district-az",
    ]
    # "so groß wie Baku": no kind word before "wie", the town as before
    assert found("Die Stadt ist so groß wie Baku.") == [("Baku", "baku")]


def test_the_caspian_port_of_a_town_is_the_sea_and_that_towns_port():
    # the bare English "Caspian port" is a port on the Caspian, not Anzali's complex
    text = "Cargo goes from the Caspian port of Alat to the Mediterranean port of Mersin."
    assert found(text)[:2] == [("Caspian", "caspian-sea"), ("port of Alat", "baku-port")]
    assert ("Caspian Port Complex", "caspian-port") in found(
        "Ships docked at the Caspian Port Complex."
    )


@pytest.mark.parametrize(
    ("text", "baku"),
    [
        ("Containers pass through the ports of Baku, Poti and Batumi.", ("Baku", "baku-port")),
        ("A block train ran between the ports of Poti and Baku.", ("Baku", "baku-port")),
        ("Грузы идут между портами Туркменбаши и Баку.", ("Баку", "baku-port")),
        # no port word: the town
        ("Trains run from Baku to Poti.", ("Baku", "baku")),
    ],
)
def test_a_town_listed_after_a_plural_port_word_is_its_held_port(text, baku):
    assert baku in found(text)
