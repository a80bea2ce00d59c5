"""geoparse() on the patterns of round 21, read on blind set 20 once set 21 replaced it.

The patterns came from real articles of the read blind sets (kept outside the project);
the sentences here are the project's own. Each test asserts the new reading and that the
name beside it keeps its old one.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Persian organisation word in the plural is no one body's name: the country
        # after it is a mention ("the news agencies of Iran")
        (
            "خبرگزاری‌های ایران از بسته شدن مرز خبر دادند.",
            [("ایران", "ir")],
        ),
        ("خبرگزاری های ایران این خبر را تایید کردند.", [("ایران", "ir")]),
        # the singular still opens the agency's name (rule 12 of data/gold/dev.txt)
        ("به گزارش خبرگزاری جمهوری اسلامی ایران، قطار به تبریز رسید.", [("تبریز", "tabriz")]),
    ],
)
def test_a_plural_organisation_word_names_no_body(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parliament by its name, in Russian, Azerbaijani and English (rule 12)
        (
            "Председатель Верховного Меджлиса Нахчыванской Автономной Республики посетил Джульфу.",
            [("Джульф", "julfa-az")],
        ),
        (
            "Naxçıvan Muxtar Respublikası Ali Məclisinin sədri Culfaya getdi.",
            [("Culfa", "julfa-az")],
        ),
        (
            "The Supreme Majlis of the Nakhchivan Autonomous Republic met in Julfa.",
            [("Julfa", "julfa-az")],
        ),
        # the land itself stays a mention
        (
            "Нахчыванская Автономная Республика граничит с Ираном.",
            [("Нахчыванская Автономная Республика", "nakhchivan-ar"), ("Иран", "ir")],
        ),
        # an organisation named after a sea, a yearly show named after one
        (
            "Road hauliers of the Black Sea Economic Cooperation met in Baku.",
            [("Baku", "baku")],
        ),
        ("Xəzər İnşaat Həftəsi bu il də Bakıda keçirildi.", [("Bakı", "baku")]),
        # the sea itself stays a mention
        (
            "Ships cross the Black Sea to Poti.",
            [("Black Sea", "black-sea"), ("Poti", "geonames:612366")],
        ),
        # an Armenian street named after a person: the town is marked, the street not
        ("Գորիսի Շահումյան փողոցում նոր դպրոց բացվեց:", [("Գորիս", "geonames:174895")]),
    ],
)
def test_bodies_events_and_streets_named_after_places(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_post_to_a_town_before_its_holders_name() -> None:
    # "Ambassador to X" then the ambassador's name: the town is the post's, not a surname
    text = "Azerbaijan's Ambassador to Moscow Polad Bulbuloglu gave an interview."
    assert found(text) == [("Azerbaijan", "az"), ("Moscow", "geonames:524901")]
    # a person's name around a GeoNames-only town still hides it
    assert found("Moscow Polad Bulbuloglu gave an interview.") == []


def test_a_dams_complex_is_a_descriptor_outside_the_name() -> None:
    # "[Giz Galasi] hydroelectric complex" (8 of 8 in the gold)
    text = "The Khudafarin hydroelectric complex and the Giz Galasi complex are on the Araz."
    assert found(text) == [
        ("Khudafarin", "khudafarin-dam"),
        ("Giz Galasi", "giz-galasi-dam"),
        ("Araz", "araz"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names of data/names.yaml, places.yaml and corridors.yaml added in round 21
        ("کامیون‌ها در منطقه سینیک متوقف شدند.", [("سینیک", "syunik-province")]),
        (
            "Mehri Qərbi Zəngəzurda yerləşir.",
            [("Mehri", "meghri"), ("Qərbi Zəngəzur", "syunik-province")],
        ),
        ("Tərtərçay üzərində yeni stansiya var.", [("Tərtərçay", "tartar-river")]),
        (
            "Transkafkasya ile İran arasında ticaret büyüyor.",
            [("Transkafkasya", "south-caucasus"), ("İran", "ir")],
        ),
        ("بار از امارات به ایران رسید.", [("امارات", "ae"), ("ایران", "ir")]),
        (
            "کامیون‌ها از دربنت و ورخنی لارس گذشتند.",
            [("دربنت", "geonames:566532"), ("ورخنی لارس", "upper-lars")],
        ),
        (
            "Дорога из Джабраиля в Гаджигабул.",
            [("Джабраил", "jabrayil"), ("Гаджигабул", "hajigabul-district-az")],
        ),
        ("Ճուլֆա և Մեղրի", [("Ճուլֆա", "julfa-az"), ("Մեղրի", "meghri")]),
        ("Der Zug fährt im Araxe-Tal bis Meghri.", [("Araxe", "araz"), ("Meghri", "meghri")]),
        (
            "Армения может стать частью Транскаспийского пути.",
            [("Армения", "am"), ("Транскаспийского пути", "middle-corridor")],
        ),
        (
            "TRIPP (Syunik Koridoru) Ermenistan'dan geçecek.",
            [
                ("TRIPP", "zangezur-corridor"),
                ("Syunik Koridoru", "zangezur-corridor"),
                ("Ermenistan", "am"),
            ],
        ),
    ],
)
def test_new_names(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an MP's constituency before "in the Majlis" is the county (as "نماینده مردم X")
        (
            "نماینده آستارا در مجلس گفت که پل آماده است.",
            [("آستارا", "astara-county")],
        ),
        # the bare name after another word stays the town
        ("مدیر پایانه آستارا گفت که پل آماده است.", [("آستارا", "astara-ir")]),
        # the director of a customs post: its town (rule 6), not a body's name
        ("مدیرکل گمرک آستارا گفت که پل آماده است.", [("آستارا", "astara-ir")]),
        # Iran's customs service is a body (rule 12)
        ("سازمان گمرک جمهوری اسلامی ایران آمار را منتشر کرد.", []),
    ],
)
def test_persian_offices_before_a_place(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_sentence_naming_both_astaras_leaves_the_bare_one_to_its_context() -> None:
    # "Astara ... Iran's Astara": the bare one is the other (the contrast rule)
    text = "وی در سفر به آستارا از پل آستارای ایران بازدید کرد."
    assert found(text)[0] == ("آستارا", "astara-az")
    # with both named, neither is the bare one's contrast: its sentence's Persian tells
    text = "وی در سفر به آستارا از پل آستارای ایران و آستارای آذربایجان بازدید کرد."
    assert found(text)[0] == ("آستارا", "astara-ir")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an investment fund named after two states (rule 12)
        (
            "The Kazakhstan-Azerbaijan Investment Fund will pay for a terminal in Aktau.",
            [("Aktau", "geonames:610612")],
        ),
        # Aghdara (places.yaml), the Soviet Union's Azerbaijani name, Varzaqan in Armenian
        # and Giz Galasi in Persian letters (names.yaml, places.yaml)
        ("Yeni stansiya Ağdərə rayonunda açıldı.", [("Ağdərə", "aghdara")]),
        ("The road from Martakert was rebuilt.", [("Martakert", "aghdara")]),
        ("Sovetlər Birliyi dağılandan sonra yol bağlandı.", [("Sovetlər Birliyi", "su")]),
        ("Վարզաքանից Թավրիզ", [("Վարզաքան", "varzaqan"), ("Թավրիզ", "tabriz")]),
        ("سد «قیز قالاسی» افتتاح شد.", [("قیز قالاسی", "giz-galasi-dam")]),
        # the Black Sea as the first part of a German compound is no mention of the sea (the
        # settled reading of the held-out sets: "Schwarzmeer-Hafen", "Schwarzmeer-Getreideexport-
        # Abkommens" unmarked by both markings of set 472b; names.yaml's alias taken back)
        ("Waren gehen über die Schwarzmeer-Häfen nach Poti.", [("Poti", "geonames:612366")]),
        ("Die Schwarzmeer-Wirtschaftskooperation tagte in Baku.", [("Baku", "baku")]),
    ],
)
def test_round_21_bodies_and_names(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a commission's name joins a pair of states with their articles (German, English)
        (
            "Der Ko-Vorsitzende der Staatlichen Kommission für wirtschaftliche und humanitäre "
            "Zusammenarbeit zwischen der Republik Aserbaidschan und der Islamischen Republik "
            "Iran reiste nach Täbris.",
            [("Täbris", "tabriz")],
        ),
        # the states themselves stay mentions
        (
            "Zwischen der Republik Aserbaidschan und der Islamischen Republik Iran fließt der Aras.",
            [
                ("Republik Aserbaidschan", "az"),
                ("Islamischen Republik Iran", "ir"),
                ("Aras", "araz"),
            ],
        ),
        # a joint chamber of commerce named after two states; a special economic zone's name
        ("İran-Rusiya birgə Ticarət Palatası Bakıda toplandı.", [("Bakı", "baku")]),
        ("Heyet Astara Özel Ekonomik Bölgesi'ni ve Rasht'ı gezdi.", [("Rasht", "rasht")]),
    ],
)
def test_round_21_bodies_named_after_places(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # villages of the liberated districts and of Syunik (places.yaml, round 21)
        (
            "Malatkeşin və Kənd Zəngilan kəndləri azad edildi.",
            [("Malatkeşin", "malatkeshin"), ("Kənd Zəngilan", "kend-zengilan")],
        ),
        # the town keeps its bare name
        ("Zəngilan şəhərində yeni məktəb açıldı.", [("Zəngilan", "zangilan")]),
        ("ГЭС открыта в селе Гозлукёрпю.", [("Гозлукёрпю", "qozlukorpu")]),
        ("Շիկահող գյուղը Կապանից հարավ է:", [("Շիկահող", "shikahogh"), ("Կապան", "kapan")]),
        # the Persian free zones in the plural are the zone, and the places after the
        # words are marked (the gold of blind set 19)
        (
            "تسهیلات منطقه آزاد ایران و ارمنستان گسترش یافت.",
            [("ایران", "ir"), ("ارمنستان", "am")],
        ),
    ],
)
def test_round_21_villages_and_zones(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Iran's border crossings by their crossing words (places.yaml, round 21), which
        # stay outside the mention, as before every crossing's name (round 23)
        (
            "کامیون‌ها از پایانه مرزی سرو به ترکیه رفتند.",
            [("سرو", "sero-crossing"), ("ترکیه", "tr")],
        ),
        (
            "Tırlar Urmiye-Sero Gümrük Kapısı'ndan geçti.",
            [("Urmiye", "geonames:121801"), ("Sero Gümrük Kapısı", "sero-crossing")],
        ),
        ("پایانه مرزی پلدشت بسته شد.", [("پلدشت", "poldasht-crossing")]),
        (
            "کامیون‌ها از مرز رازی و گمرک نوردوز گذشتند.",
            [
                ("رازی", "razi-crossing"),
                ("نوردوز", "nurduz"),
            ],
        ),
        # the bare town stays the town's; the bare Persian word (cypress) is no place
        ("Poldasht is a town on the Araz.", [("Poldasht", "poldasht"), ("Araz", "araz")]),
        ("درخت سرو در حیاط است.", []),
    ],
)
def test_round_21_border_crossings(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's genitive before its company is the company's owner (convention 21)
        ("Իրանի գազի ազգային ընկերությունը գազ է մատակարարում։", [("Իրան", "ir")]),
        # a town's company keeps the town inside its name
        ("Թավրիզի էլեկտրաէներգիայի բաշխման ընկերությունը գիծ բացեց։", []),
    ],
)
def test_an_armenian_states_company(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round 21, read on blind set 21: a mayor's town before his name
        (
            "The Deputy Mayor of Goris Karen Petrosyan met the drivers.",
            [("Goris", "geonames:174895")],
        ),
        # the English genitive owns what follows: no part of a body's name
        (
            "The head of the Water Company of Iran's West Azerbaijan Province spoke.",
            [("Iran", "ir"), ("West Azerbaijan Province", "west-azerbaijan-province")],
        ),
        # a consulate's name, a police, a parliament, a currency, a lower-case water company
        (
            "The Consulate General of the Islamic Republic of Iran opened in Kapan.",
            [("Kapan", "kapan")],
        ),
        ("Bunu İran Polis komandanının müavini deyib.", []),
        ("Karar Azerbaycan Parlamentosu'nda alındı.", []),
        ("Bir Azerbaycan manatı 25 lira ediyor.", []),
        ("İranın Şərqi Azərbaycan regional su şirkəti bəyanat yayıb.", [("İran", "ir")]),
        # a Persian title breaks an organisation's chain: the governor's county
        (
            "جلسه با حضور مدیران راهداری و فرماندار آستارا برگزار شد.",
            [("آستارا", "astara-county")],
        ),
        # names (names.yaml)
        ("کامیون‌ها در مرز بیله‌سوار مغان ماندند.", [("بیله‌سوار مغان", "geonames:140494")]),
        ("Нахичеванская область стала автономной.", [("Нахичеванская область", "nakhchivan-ar")]),
        (
            "Die Autobahn führt von Bawra nach Meghri.",
            [("Bawra", "geonames:616813"), ("Meghri", "meghri")],
        ),
    ],
)
def test_round_21_read_on_set_21(text: str, expected: list) -> None:
    assert found(text) == expected
