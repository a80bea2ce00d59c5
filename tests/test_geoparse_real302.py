"""Forms read in stop 70 (issue 10, 2026-12-05), from the held-out rounds' errors.

Bodies named after places in Persian and English (the Syrian Democratic Forces, airlines,
a province's capitalised departments). The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Syrian Democratic Forces in Persian (round 54's set 286): the body's name; a
        # state's forces without the adjective keep their state (round 57's gold)
        (
            "عقب‌نشینی نیروهای سوریهٔ دموکراتیک از رقه آغاز شد.",
            [("رقه", "geonames:172955")],
        ),
        (
            "نیروهای ارمنستان به مرز رسیدند و جمهوری دموکراتیک کنگو آرام است.",
            [("ارمنستان", "am"), ("جمهوری دموکراتیک کنگو", "cd")],
        ),
        # an airline in Persian (round 55's set 287): Azerbaijan Airlines in the ezafe chain
        # and transcribed, Iran Air's Persian name; a flight between two towns keeps them
        (
            "هواپیمای خطوط هوایی جمهوری آذربایجان از باکو به سوی گروزنی در حرکت بود.",
            [("باکو", "baku"), ("گروزنی", "geonames:558418")],
        ),
        ("پوتین به خاطر سقوط هواپیمای آذربایجان ایرلاین عذرخواهی کرد.", []),
        ("هواپیمایی جمهوری اسلامی ایران پروازهای تهران را افزایش داد.", [("تهران", "tehran")]),
        # a province's capitalised department (round 52's set 279): the body's name, with its
        # kind word too; the lower-case office keeps the province
        ("The Hormozgan Province Justice Department named the victims.", []),
        ("The Ardabil Roads Department closed the pass.", []),
        (
            "The Gilan province roads department closed the road to Astara.",
            [("Gilan province", "gilan-province"), ("Astara", "astara-ir")],
        ),
    ],
)
def test_bodies_named_after_places(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people's adjective in a counted list (held-out set 287a): not Qazax's "Kazakh"
        ("The crash killed 12 Azerbaijani, 6 Kazakh and 3 Kyrgyz citizens.", []),
        (
            "The bus left Kazakh and 3 hours later reached Tovuz.",
            [("Kazakh", "geonames:585226"), ("Tovuz", "geonames:584821")],
        ),
        # Radio Free Europe by its own name (held-out set 287b); a free Europe in lower case
        ("«Ազատ Եվրոպա/Ազատություն» ռադիոկայանը հաղորդել է։", []),
        ("Об этом сообщило радио «Свободная Европа».", []),
        ("Лозунг звал к единству: свободная Европа без границ.", [("Европа", "europe")]),
    ],
)
def test_names_that_are_not_the_place(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a railway company by its capitalised Russian name (held-out set 296a); the railways
        # of two lands in lower case keep them
        ("АО «Узбекистон темир йуллари» (Железные дороги Узбекистана) открыло рейс.", []),
        (
            "Сегодня железные дороги Казахстана и Узбекистана соединены.",
            [("Казахстан", "kz"), ("Узбекистан", "uz")],
        ),
    ],
)
def test_a_railway_company_s_russian_name(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war named after a region that shares its name with its town (held-out set 303a);
        # the region named alone stays
        (
            "Hamas fought the Gaza war for two years; Israel struck Gaza again.",
            [
                ("Israel", "il"),
                ("Gaza", "gaza-strip"),
            ],
        ),
        # a reporter's outlet in Persian (set 304a), read as a source is; a reporter in a town
        ("مدیرعامل راه آهن در پاسخ به خبرنگار فارس گفت.", []),
        ("خبرنگار ما در تبریز گزارش داد.", [("تبریز", "tabriz")]),
        # a coalition by its capitalised name (set 303a); a lower-case one keeps its sea
        (
            "Gəmilər ABŞ-ın rəhbərlik etdiyi Qırmızı Dəniz Koalisiyasına aiddir.",
            [("ABŞ-ın", "us")],
        ),
        (
            "The Red Sea coalition patrols the Red Sea.",
            [("Red Sea", "red-sea"), ("Red Sea", "red-sea")],
        ),
    ],
)
def test_names_of_wars_reporters_and_coalitions(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in Azerbaijani a state's nominative before its media's lower-case word is the
        # body's (held-out sets 281a, 299a, 305a); its government stays the state's, the
        # genitive owns it, the parties of an intergovernmental commission stay, and Turkish
        # marks the state
        ("İran hökuməti iki variantı nəzərdən keçirir.", [("İran", "ir")]),
        ("Millət vəkili İran mediasına müsahibə verib.", []),
        ("İranın hökuməti qərar verib.", [("İran", "ir")]),
        (
            "Azərbaycan-İran hökumətlərarası komissiyasının iclası keçirilib.",
            [("Azərbaycan", "az"), ("İran", "ir")],
        ),
        ("Ermenistan hükümeti karar verdi.", [("Ermenistan", "am")]),
        # Russia's security service (set 306a), a company's abbreviated 'Co.' (set 307b),
        # a Persian item's source by its other words (set 307a)
        ("Sərhədi Rusiya FTX-nin Sərhəd Qoşunları qoruyurdu.", []),
        (
            "SOCAR signed with China Datang Overseas Investment Co. Ltd. in Baku.",
            [
                ("Baku", "baku"),
            ],
        ),
        ("براساس گزارش آناتولی، شرکت مصدر توافق کرد.", []),
        ("بر اساس گزارش ایرنا ایران آماده است.", [("ایران", "ir")]),
    ],
)
def test_bodies_of_states_and_firms(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Azerbaijani person's title after a body keeps its state (rule 40, sets 302a and
        # 308a); the body alone is a name
        ("Bunu Azərbaycan XİN başçısı bildirib.", [("Azərbaycan", "az")]),
        ("İran XİN-in rəhbəri açıqlama verib.", [("İran", "ir")]),
        ("Gürcüstan hökumətinin başçısı Bakıya gəlib.", [("Gürcüstan", "ge"), ("Bakı", "baku")]),
        ("Ermənistan XİN bəyanat yayıb.", []),
    ],
)
def test_an_azerbaijani_title_after_a_body_keeps_its_state(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Gulf inside the GCC's Turkish name (held-out set 309b): no bare Gulf
        ("İran, Rusya-Körfez İşbirliği Konseyi toplantısına tepki gösterdi.", [("İran", "ir")]),
        (
            "Koridor Körfez ve güney İran'dan başlıyor.",
            [
                ("Körfez", "persian-gulf"),
                ("İran", "ir"),
            ],
        ),
        # a foreign agency quoted by one word in Persian, then the news (set 308a); the
        # Novosti agencies by their hyphened names (sets 288a, 308a)
        ("به گزارش ریانووستی شامگاه شنبه «تفلیس» صحنه تجمع بود.", [("تفلیس", "geonames:611717")]),
        ("Об этом сообщает агентство «Новости-Азербайджан».", []),
        ("Новости из Грузии приходят каждый день.", [("Грузи", "ge")]),
        ("Новости Азербайджана и Грузии.", [("Азербайджан", "az"), ("Грузи", "ge")]),
        # a parliament by its formal name (set 311a); a state's own stays before it
        ("They spoke in the National Assembly of the Republic of Armenia.", []),
        ("Armenia's National Assembly voted.", [("Armenia", "am")]),
    ],
)
def test_gulfs_and_agencies(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town whose name is a sea's first word, before a plural sea word, is the sea
        # (held-out set 303b); Armenian writes the sea's word in the genitive
        (
            "Ճանապարհն անցնում է Վոլգայով, Ազովով և Կասպից ծովերով։",
            [("Վոլգա", "volga"), ("Ազով", "sea-of-azov"), ("Կասպից", "caspian-sea")],
        ),
        ("Ships sail the Azov and Black seas.", [("Azov", "sea-of-azov"), ("Black", "black-sea")]),
        ("The port of Azov is busy.", [("Azov", "geonames:580054")]),
    ],
)
def test_a_town_named_as_a_sea_before_a_plural_sea_word(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Arab patronymic after a given name that is a place's (held-out set 309a)
        ("Dövlət naziri Rim bint İbrahim əl-Haşimi çıxış edib.", []),
        ("He said it in Rim bin the end.", [("Rim", "geonames:3169070")]),
        # the Gulf Cooperation Council in Persian (set 309a), an investment firm (set 308a)
        ("شورای همکاری خلیج فارس بار دیگر بیانیه داد.", []),
        (
            "A consortium of CCCC and China Harbor Investment, based in Singapore, won.",
            [
                ("Singapore", "sg"),
            ],
        ),
    ],
)
def test_persons_councils_and_firms(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town word before two namesakes' names lets the article's geography choose (held-out
        # set 311a): Armenia's Talin beside Gyumri, not Tallinn
        (
            "На северном участке трассы, между городами Талин и Гюмри, уложат асфальт.",
            [("Талин", "geonames:616187"), ("Гюмри", "geonames:616635")],
        ),
        ("Премьер прилетел в город Таллин.", [("Таллин", "geonames:588409")]),
        # Armenia's own north-south road by the Asian Development Bank's programme and its
        # English project (set 311a); the corridor keeps its names
        ("Armenia's North-South Road Corridor Investment Program advanced.", [("Armenia", "am")]),
        ("The North-South project will shorten the road to Georgia.", [("Georgia", "ge")]),
        (
            "The North-South corridor links Russia and India.",
            [
                ("North-South corridor", "nstc"),
                ("Russia", "ru"),
                ("India", "in"),
            ],
        ),
    ],
)
def test_armenias_own_road_and_a_town_word_before_namesakes(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compass word before a country's name is a part of the country (the gold's 6 of 6:
        # "Kuzey [Irak]", "Güney [Lübnan]"), but before Azerbaijan's or Armenia's another land
        ("Ordu Kuzey Irak'a operasyon düzenledi.", [("Irak", "iq")]),
        ("Ordu Güney Lübnan’daki karakollarda kalıyor.", [("Lübnan", "lb")]),
        (
            "Güney Azərbaycan və Təbriz",
            [("Güney Azərbaycan", "iranian-azerbaijan"), ("Təbriz", "tabriz")],
        ),
        ("They speak of Western Armenia.", []),
        ("Onlar Batı Ermenistan diyor.", []),
        # Turkish bodies named after lands (held-out set 314b)
        ("İsrail ile Lübnan Hizbullahı arasındaki ateşkes sona eriyor.", [("İsrail", "il")]),
        ("The Times of İsrael’in haberine göre ordu çekildi.", []),
    ],
)
def test_a_compass_word_before_a_country(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town named with its province's word is the province the gazetteer names after it
        # (held-out set 316a; test7's "Qars əyaləti" too), the word inside; the Persian
        # governor's province
        (
            "Mərasim İraqın Bəsrə əyalətinin sərhəd məntəqəsində keçirilib.",
            [("İraq", "iq"), ("Bəsrə əyalətinin", "basra-governorate")],
        ),
        ("استاندار بصره از اروند بازدید کرد.", [("بصره", "basra-governorate")]),
        ("Qars əyalətində yeni stansiya tikilir.", [("Qars əyalətində", "kars-province-tr")]),
        # Iraq's governorates (the region layer's districts) in a list closed by the plural;
        # the capitalised article inside the name (both markings of held-out set 561a)
        (
            "Zəvvarlar Ən-Nəcəf və Kərbəla əyalətlərindəki ziyarətgahlara gedir.",
            [("Ən-Nəcəf", "najaf-governorate"), ("Kərbəla", "karbala-governorate")],
        ),
        ("Bəsrə şəhərində yağış yağıb.", [("Bəsrə", "geonames:99532")]),
    ],
)
def test_a_town_with_its_province_word(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "warm" relations in Persian, not Germi (held-out sets 288a, 319a); the town stays
        ("قرقیزستان روابط گرمی با روسیه دارد.", [("قرقیزستان", "kg"), ("روسیه", "ru")]),
        (
            "شهر گرمی در استان اردبیل است.",
            [("گرمی", "geonames:133972"), ("استان اردبیل", "ardabil-province")],
        ),
        # bodies (sets 319a, 319b): the Armenian Sputnik site, an English cabinet's name;
        # a parliament by its Azerbaijani lower-case word stays its state's (the held-out
        # gold of rounds 92-109, 4 of 4 against set 319a's: stop 82)
        ("Qırğızıstan parlamenti sazişi təsdiqləyib.", [("Qırğızıstan", "kg")]),
        ("«Սպուտնիկ Տաջիկստան»-ը հայտնում է։", []),
        ("The Cabinet of Ministers of Kyrgyzstan met in Osh.", [("Osh", "geonames:1527534")]),
        ("ABD Jeolojik Araştırmalar Merkezi depremi Curm'da ölçtü.", []),
    ],
)
def test_warm_relations_and_more_bodies(text, expected):
    assert _found(text) == expected


def test_a_list_of_towns_with_their_attached_settlements_is_of_provinces():
    # "the settlements attached to" a list of two names or more: the provinces (held-out
    # set 312b); a list closed by the plural province word as before
    assert _found(
        "Baraj Siirt, Mardin, Şırnak, Batman’a bağlı 199 yerleşim birimini etkiledi."
    ) == [
        ("Siirt", "siirt-province-tr"),
        ("Mardin", "mardin-province-tr"),
        ("Şırnak", "sirnak-province-tr"),
        ("Batman", "batman-province-tr"),
    ]
    assert _found("Hat Iğdır, Kars ve Ardahan illerinden geçer.") == [
        ("Iğdır", "igdir-province-tr"),
        ("Kars", "kars-province-tr"),
        ("Ardahan", "ardahan-province-tr"),
    ]
