"""geoparse() on the patterns of round 30: the villages of Karabakh and East Zangezur that
news of the Great Return names, and the readings of blind set 30 (kept outside the project).

The sentences are the project's own. Each test asserts the new reading and that a name
beside it keeps its old one.
"""

import pytest

from geo.geocode import geocode
from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Ilham Aliyev visited Tugh village of the Khojavand district.",
            [("Tugh", "tugh"), ("Khojavand district", "khojavand-district-az")],
        ),
        (
            "Suqovuşan kəndinə ilk ailələr köçüb, Talish villagers follow.",
            [("Suqovuşan", "sugovushan"), ("Talish", "talish-village")],
        ),
        (
            "Первые семьи переехали в село Мамедбейли Зангиланского района.",
            [("Мамедбейли", "mammadbayli"), ("Зангиланского района", "zangilan-district")],
        ),
        (
            "Builders finished the school in Gulabird, south of Lachin, and the road to Dashalti.",
            [("Gulabird", "gulabird"), ("Lachin", "lachin"), ("Dashalti", "dashalti")],
        ),
        (
            "Cocuq Mərcanlı, Alxanlı və Cuvarlı kəndləri yenidən qurulur.",
            [
                ("Cocuq Mərcanlı", "jojug-marjanli"),
                ("Alxanlı", "alkhanli"),
                ("Cuvarlı", "juvarli"),
            ],
        ),
        (
            "Լեհվազ և Շվանիձոր գյուղերը սահմանին են, Կարճևանից ոչ հեռու։",
            [("Լեհվազ", "lehvaz"), ("Շվանիձոր", "shvanidzor"), ("Կարճևան", "karchevan")],
        ),
        (
            "Trucks bound for Kars cross at Kartsakhi; Nrnadzor sits on the Araz.",
            [
                ("Kars", "kars"),
                ("Kartsakhi", "kartsakhi"),
                ("Nrnadzor", "nrnadzor"),
                ("Araz", "araz"),
            ],
        ),
        # the Iranian Talesh keeps its names, its Russian and Azerbaijani ones too
        (
            "Дорога пройдёт по остану Гилян через Талыш и Резваншехр.",
            [
                ("Гилян", "gilan-province"),
                ("Талыш", "geonames:113343"),
                ("Резваншехр", "geonames:118532"),
            ],
        ),
        (
            "Trucks from Talesh reach Astara in Gilan.",
            [("Talesh", "geonames:113343"), ("Astara", "astara-ir"), ("Gilan", "gilan-province")],
        ),
    ],
)
def test_a_village_of_the_liberated_districts_is_the_village(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("name", "place", "lat", "lon"),
    [
        ("Tugh", "tugh", 39.585, 46.965),  # was Tegh in Syunik
        ("Madagiz", "sugovushan", 40.331, 46.729),
        ("Azokh", "azykh", 39.621, 46.978),
    ],
)
def test_a_village_geocodes_to_its_own_point(name, place, lat, lon):
    p = geocode(name)
    assert (p.id, round(p.lat, 3), round(p.lon, 3)) == (place, lat, lon)


def test_the_line_word_after_a_railways_name_stays_outside():
    # rule 18 of data/gold/dev.txt: "[Nahçıvan demiryolu] hattının", as "[Reşt-Astara
    # demiryolu] hattı"
    assert found("İran, Nahçıvan demiryolu hattının yeniden açılmasını istiyor.") == [
        ("İran", "ir"),
        ("Nahçıvan demiryolu", "nakhchivan-railway"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qarşıdakı aylarda Ağbənd-Kəlalə regionunda yeni keçid açılacaq.",
            [("Ağbənd", "aghband"), ("Kəlalə", "kalaleh")],
        ),
        (
            "The Horadiz-Aghband area is being cleared.",
            [("Horadiz", "horadiz"), ("Aghband", "aghband")],
        ),
        # the link's own kind word keeps the link
        (
            "Ağbənd-Kəlalə avtomobil körpüsünün tikintisi davam edir.",
            [("Ağbənd-Kəlalə avtomobil körpüsünün", "aghband-kalaleh-bridge")],
        ),
    ],
)
def test_an_area_word_after_a_links_two_ends_makes_them_places(text, expected):
    assert found(text) == expected


def test_the_persian_rail_route_word_before_a_links_ends_is_in_its_mention():
    assert found("بیش از نیمی از مسیر ریلی آستارا-رشت آزاد شده است.") == [
        ("مسیر ریلی آستارا-رشت", "rasht-astara-railway")
    ]


def test_a_russian_checkpoint_abbreviation_before_a_crossing_keeps_its_name():
    # "КПП" (a checkpoint) is a kind word, not a capitalised word of a person's name
    assert found("Поезд пройдет через КПП Хоргос и прибудет в порт Актау.") == [
        ("Хоргос", "geonames:1522684"),
        ("Актау", "geonames:610612"),
    ]


def test_a_route_stop_takes_its_neighbours_country_before_the_other_namesake_rule():
    # the sentence's "Iranian Julfa" does not make the route's Julfa the other one
    got = found("Iran has one line, Tehran-Tabriz-Julfa, so Agarak must reach the Iranian Julfa.")
    assert got == [
        ("Iran", "ir"),
        ("Tehran", "tehran"),
        ("Tabriz", "tabriz"),
        ("Julfa", "jolfa-ir"),
        ("Agarak", "agarak"),
        ("Julfa", "jolfa-ir"),
    ]
    # a name the words place in one country still makes its namesake the other one
    assert found("Astaradan İran tərəfindəki Astaraya keçdik.") == [
        ("Astara", "astara-az"),
        ("İran", "ir"),
        ("Astara", "astara-ir"),
    ]


def test_a_towns_chamber_of_commerce_in_armenian_is_a_bodys_name():
    # rule 21 of data/gold/dev.txt: a town's company or chamber is a name, unmarked
    assert found("Թեհրանի առևտրական պալատում համագումար եղավ, հետո գնացինք Թավրիզ։") == [
        ("Թավրիզ", "tabriz")
    ]


def test_the_german_press_name_of_china_is_china():
    assert found("Die Züge aus dem Reich der Mitte erreichen Duisburg über Kasachstan.") == [
        ("Reich der Mitte", "cn"),
        ("Duisburg", "geonames:2934691"),
        ("Kasachstan", "kz"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trains cross from Turkmenistan into Iran at Incheh Borun and run on to Gorgan.",
            [
                ("Turkmenistan", "tm"),
                ("Iran", "ir"),
                ("Incheh Borun", "incheh-borun-crossing"),
                ("Gorgan", "geonames:132892"),
            ],
        ),
        (
            "The Gorgan River floods Aq Qala.",
            [("Gorgan River", "gorganrud"), ("Aq Qala", "geonames:7329809")],
        ),
        ("کامیون‌ها از مرز باجگیران عبور کردند.", [("باجگیران", "bajgiran-crossing")]),
    ],
)
def test_the_crossings_to_turkmenistan_and_the_city_of_gorgan(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rail-and-road word after a link's two ends is its kind word
        (
            "Horadiz-Ağbend demir ve kara yolunun inşası sürüyor.",
            [("Horadiz-Ağbend demir ve kara yolunun", "horadiz-aghband-railway")],
        ),
        # a Turkish "Servisi" (service) ends a body's name: the country in it is no mention
        (
            "Koridoru Rusya Federasyonu Federal Güvenlik Servisi koruyacak, Ermenistan değil.",
            [("Ermenistan", "am")],
        ),
        # Nrnadzor's former name in Armenian
        ("Նյուվադի գյուղը Արաքսի ափին է։", [("Նյուվադի", "nrnadzor"), ("Արաքս", "araz")]),
    ],
)
def test_round_30_names_and_words(text, expected):
    assert found(text) == expected


def test_a_turkish_genitive_country_before_a_twin_town_places_it():
    # "İran'ın Astara kentinde": Iran's Astara, though the sentence names the Astarachay
    # and Azerbaijan too
    got = found(
        "Astaraçay Nehri üzerindeki köprüler bitti, İran'ın Astara kentinde "
        "Azerbaycan tarafından yapılan terminal de bitiyor."
    )
    assert got == [
        ("Astaraçay Nehri", "astarachay"),
        ("İran", "ir"),
        ("Astara", "astara-ir"),
        ("Azerbaycan", "az"),
    ]


def test_the_north_south_corridor_by_its_first_words_and_a_lower_case_corridor():
    assert found("Astrakhan hosts talks on International North-South corridor shipping.") == [
        ("Astrakhan", "geonames:580497"),
        ("International North-South corridor", "nstc"),
    ]


def test_the_german_distrikt_before_a_district_is_in_its_name():
    # as "Bezirk" and "Rayon" are (rule 17 of data/gold/dev.txt)
    assert found("Derzeit werden im Distrikt Zangilan Straßen gebaut.") == [
        ("Distrikt Zangilan", "zangilan-district")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Город Шуши был взят в ноябре.", [("Шуши", "geonames:147105")]),
        ("The Shakhtakhty customs post opened in 1940.", [("Shakhtakhty", "shahtakhti")]),
        ("Իգտիր-Նախչըվան գազատարի հիմքը դրվեց։", [("Իգտիր", "igdir"), ("Նախչըվան", "nakhchivan")]),
        (
            "Sie liegen in der Grenzregion Nourdoz am Aras.",
            [("Nourdoz", "nurduz"), ("Aras", "araz")],
        ),
    ],
)
def test_spellings_seen_in_real_pages(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ուրմիոյ լիճը կը չորնայ։", [("Ուրմիոյ", "lake-urmia")]),
        ("Բերձորի միջանցքի փակման պատճառը", [("Բերձորի միջանցք", "lachin-corridor")]),
    ],
)
def test_western_armenian_names_seen_in_the_diaspora_press(text, expected):
    assert found(text) == expected


def test_the_noun_before_known_as_gives_the_kind():
    # "the new plants, known as ...": the plants' kind, not the bridges of the name
    got = found('Plans for the new plants, known as "Khudafarin" and others, were reviewed.')
    assert got == [("Khudafarin", "khudafarin-dam")]
    assert found("The reservoir known as Khudafarin is filling.") == [
        ("Khudafarin", "khudafarin-reservoir")
    ]


def test_the_short_turkish_name_of_fuzuli_airport():
    assert found("Sol tarafta Fuzuli Havalimanı'nı görüyorsunuz.") == [
        ("Fuzuli Havalimanı", "fuzuli-airport")
    ]


def test_a_towns_customs_office_is_a_bodys_name_and_its_gate_a_crossing():
    assert found("Astara Gümrüğü Genel Müdürü açıklama yaptı, Dilucu Gümrük Kapısı açık.") == [
        ("Dilucu Gümrük Kapısı", "dilucu")
    ]


def test_the_middle_corridor_as_the_middle_transport_corridor_in_azerbaijani():
    assert found("Orta nəqliyyat dəhlizinin inkişafı davam edir.") == [
        ("Orta nəqliyyat dəhlizi", "middle-corridor")
    ]


def test_the_port_of_solyanka_and_the_soup():
    assert found("Порт Солянка принял судно из Энзели. На обед была солянка.") == [
        ("Солянка", "solyanka"),
        ("Энзели", "geonames:141679"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roadblocks stand on the roads to Agarak and Shvanidzor, Alvank, Nrnadzor.", ["Alvank"]),
        ("Iran, Russia, India and China agreed; Baku, Monday, Tehran.", []),
    ],
)
def test_a_name_listed_between_two_places_is_listed_when_unresolved(text, expected):
    from geo.unresolved import unresolved_names

    assert [u.text for u in unresolved_names(text)] == expected
