"""geoparse() on the patterns of round 43: what blind sets 33 to 44 (kept outside the
project) showed the parser missing.

The sentences are the project's own. Each test asserts the new reading and that a name
beside it keeps its old one.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a route's body with words of its own name between (rule 12 of data/gold/dev.txt)
        (
            "The Trans-Caspian International Transport Route International Association "
            "met in Aktau.",
            [("Aktau", "geonames:610612")],
        ),
        # the Russian association's word before the route's quoted name, in its cases
        (
            "Члены ассоциации «Транскаспийский международный транспортный маршрут» "
            "собрались в Актау.",
            [("Актау", "geonames:610612")],
        ),
    ],
)
def test_a_body_named_after_a_route(text, expected):
    assert found(text) == expected


def test_a_route_beside_a_body_word_elsewhere_stays():
    # the association's word in another clause takes no route
    assert found("Грузы идут по Транскаспийскому маршруту, ассоциация растёт.") == [
        ("Транскаспийскому маршруту", "middle-corridor")
    ]
    assert found("Trucks use the Middle Corridor. The association met.") == [
        ("Middle Corridor", "middle-corridor")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Թունելը «Հյուսիս-հարավ» ավտոմայրուղու մաս է։",
        "Աշխատանքները «Հյուսիս-հարավ» ծրագրի շրջանակներում են։",
    ],
)
def test_armenias_own_north_south_motorway_is_no_corridor(text):
    assert found(text) == []


def test_the_north_south_corridor_in_armenian_stays():
    assert found("Միջազգային «Հյուսիս-Հարավ» տրանսպորտային նախագծի մասին։") == [
        ("Հյուսիս-Հարավ", "nstc")
    ]


def test_a_persons_english_title_ends_a_bodys_name():
    # the minister's country stays, though a commission's word follows in the same run
    assert found(
        "Tural Aliyev, Deputy Prime Minister of Azerbaijan and Co-Chair of the Joint "
        "Commission, arrived in Tabriz."
    ) == [("Azerbaijan", "az"), ("Tabriz", "tabriz")]
    # a body's own name still takes its place
    assert found("The Azerbaijan State Commission met in Tabriz.") == [("Tabriz", "tabriz")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the autonomous republic in the Russian spelling with "дж", in the instrumental
        (
            "Дорога свяжет Баку с Нахиджеванской автономной республикой.",
            [("Баку", "baku"), ("Нахиджеванской автономной республикой", "nakhchivan-ar")],
        ),
        # the adjective with its noun: the exclave
        (
            "Азербайджан с его Нахчыванским эксклавом.",
            [("Азербайджан", "az"), ("Нахчыванским эксклавом", "nakhchivan-ar")],
        ),
    ],
)
def test_russian_names_of_the_autonomous_republic(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der internationale Flughafen Füsuli ist fertig.",
            [("internationale Flughafen Füsuli", "fuzuli-airport")],
        ),
        (
            "Nach der Eröffnung des internationalen Flughafens Sangilan.",
            [("internationalen Flughafens Sangilan", "zangilan-airport")],
        ),
        # the adjective before another noun stays outside
        ("Der internationale Verkehr über Baku.", [("Baku", "baku")]),
    ],
)
def test_german_international_airports_with_their_adjective(text, expected):
    assert found(text) == expected


def test_the_armenian_reservoir_word_picks_the_reservoir():
    # the reservoir word after the Armenian genitive name picks the reservoir, and stays
    # outside the mark as the lake and river words do (blind set 35 marked it inside 2 of
    # 3 times; the held-out gold since, 35 of 35 outside: tests/test_geoparse_real483.py)
    assert found("Նրանք փորձում են Խուդաֆերինի ջրամբարը վերցնել։") == [
        ("Խուդաֆերինի", "khudafarin-reservoir")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English corridor of two directions in lower case, with its word
        (
            "Trade on the north-south transport corridor grew.",
            [("north-south transport corridor", "nstc")],
        ),
        # the bare pair of directions stays a direction
        ("Trucks drive in the north-south direction.", []),
        # the German route's hyphenated name
        (
            "Güterzüge fahren auf der trans-kaspischen Route.",
            [("trans-kaspischen Route", "middle-corridor")],
        ),
    ],
)
def test_corridors_in_lower_case(text, expected):
    assert found(text) == expected


def test_a_corridors_abbreviation_in_brackets_need_not_spell_it():
    # the German name given the English initials, there and where the text repeats them
    text = (
        "Die Arbeit des Nord-Süd-Internationalen Transportkorridors (ITC) geht weiter. "
        "Der ITC soll Russland mit Indien verbinden."
    )
    assert found(text) == [
        ("Nord-Süd-Internationalen Transportkorridors", "nstc"),
        ("ITC", "nstc"),
        ("ITC", "nstc"),
        ("Russland", "ru"),
        ("Indien", "in"),
    ]
    # after a town the brackets hold an agency's initials
    assert found("Kars (AA) - Trains left Kars.") == [("Kars", "kars"), ("Kars", "kars")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yüklər Transxəzər Beynəlxalq Nəqliyyat Marşrutunda daşınır.",
            [("Transxəzər Beynəlxalq Nəqliyyat Marşrutu", "middle-corridor")],
        ),
        # the route's association, with hyphens between its words: an organisation
        (
            "Bakıda olan Trans-Xəzər -Beynəlxalq-Tranzit Marşutu Assosiasiyasının katibi danışıb.",
            [("Bakı", "baku")],
        ),
    ],
)
def test_the_middle_corridor_in_azerbaijani(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the autonomous republic or Karabakh, "bölgesi" is a descriptor
        ("Nahçıvan bölgesine tren gidiyor.", [("Nahçıvan", "nakhchivan-ar")]),
        ("Qarabağ bölgəsində su var.", [("Qarabağ", "karabakh")]),
        # after a province too, the unit it tells from a town (convention 1; 13 of 18 marks
        # of units in blind sets 70-92 leave it outside)
        ("Sünik bölgesinden geçen yol.", [("Sünik", "syunik-province")]),
    ],
)
def test_the_turkic_region_word_after_a_region_that_is_no_unit(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An adviser to the Artsakh Republic President spoke.",
            [("Artsakh Republic", "karabakh")],
        ),
        ("Yüklər Transxəzər marşrutu ilə daşınır.", [("Transxəzər marşrutu", "middle-corridor")]),
        ("Նախարարն այն անվանեց Արասի միջանցք։", [("Արասի միջանցք", "araz-corridor")]),
    ],
)
def test_names_seen_in_round_43(text, expected):
    assert found(text) == expected


def test_a_long_list_of_rivers_before_their_plural_word():
    # fourteen short names before "çayları": each listed name the gazetteer holds is a river
    text = (
        "Bölgədə Araz, Bərgüşad, Tərtər, Həkəri, Oxçu, Lev, Zabux, Tutqun, Turağay, Bəsit, "
        "Qarqar, Quru, Xaçın və Köndələn çayları axır."
    )
    rivers = dict(found(text))
    assert rivers["Tərtər"] == "tartar-river"
    assert rivers["Həkəri"] == "hakari-river"


def test_international_before_a_towns_port_is_no_given_name():
    assert found("En derin liman Uluslararası Türkmenbaşı Limanı oldu.") == [
        ("Türkmenbaşı", "geonames:601594")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the line's stations in Armenian, a list before the plural station word
        (
            "Առաջին փուլը ծածկում է Հորադիզ, Մարջանլի, Մահմուդլու կայարանները։",
            [
                ("Հորադիզ", "horadiz-station"),
                ("Մարջանլի", "marjanli-station"),
                ("Մահմուդլու", "mahmudlu-station"),
            ],
        ),
        # the bare name is still the town, and with the village word the village
        ("Մենք հասանք Հորադիզ։", [("Հորադիզ", "horadiz")]),
        ("Ագբենդ գյուղը վերակառուցվում է։", [("Ագբենդ", "aghband")]),
    ],
)
def test_armenian_names_of_the_stations(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yüklər Astara-Rəşt marşrutuna yönəldilir.",
            [("Astara-Rəşt marşrutuna", "rasht-astara-railway")],
        ),
        (
            "Հորադիզ-Աղբենդ երթուղու շինարարությունն ավարտվում է։",
            [("Հորադիզ-Աղբենդ երթուղու", "horadiz-aghband-railway")],
        ),
    ],
)
def test_a_route_word_after_a_links_ends(text, expected):
    assert found(text) == expected


def test_a_state_programmes_quoted_title():
    # the places in a programme's quoted title are words of the title (rule 25)
    assert found(
        "“Naxçıvan Muxtar Respublikasının inkişafına dair Dövlət Proqramı”na görə Araz SES "
        "yenidən qurulacaq."
    ) == [("Araz SES", "araz-hydro-junction")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Araz dəryaçasının su tutumu artıb.", [("Araz dəryaçası", "araz-hydro-junction")]),
        ("Der Flughafen Zangelan wurde eröffnet.", [("Flughafen Zangelan", "zangilan-airport")]),
    ],
)
def test_names_seen_in_set_43(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Doğu ve Güneydoğu Anadolu'nun üretim potansiyeli artacak.",
            [("Doğu", "eastern-anatolia"), ("Güneydoğu Anadolu", "southeastern-anatolia")],
        ),
        (
            "Diplomats from the North and South Caucasus met.",
            [("North", "north-caucasus"), ("South Caucasus", "south-caucasus")],
        ),
        # a word that makes no name with the tail stays a word
        (
            "Iran and South Caucasus states met.",
            [("Iran", "ir"), ("South Caucasus", "south-caucasus")],
        ),
    ],
)
def test_a_direction_sharing_the_next_names_last_word(text, expected):
    assert found(text) == expected


def test_turkeys_mediterranean_region_by_our_regions_word():
    # a region word after the bare name makes it Turkey's region; alone it is the sea
    assert found(
        "Hat, Azerbaycan ile Akdeniz bölgelerimizi birleştirecek; Akdeniz'e ulaşacak."
    ) == [
        ("Azerbaycan", "az"),
        ("Akdeniz", "mediterranean-region"),
        ("Akdeniz", "mediterranean-sea"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Projekt heißt in Baku Trumps Brücke.",
            [("Baku", "baku"), ("Trumps Brücke", "zangezur-corridor")],
        ),
        (
            "Die Straße namens Östlicher Zangezur-Korridor führt durch Iran.",
            [("Östlicher Zangezur-Korridor", "araz-corridor"), ("Iran", "ir")],
        ),
        ("Работы на Южно-Аразском коридоре идут.", [("Южно-Аразском коридоре", "araz-corridor")]),
        (
            "Die Nord-Süd-ITC verbindet Russland mit Indien.",
            [("Nord-Süd-ITC", "nstc"), ("Russland", "ru"), ("Indien", "in")],
        ),
        (
            "Beynəlxalq Şərq-Qərb Orta Dəhlizin rolu artır.",
            [("Beynəlxalq Şərq-Qərb Orta Dəhliz", "middle-corridor")],
        ),
        (
            "Work on the Trump Route for International Peace & Prosperity Corridor starts.",
            [("Trump Route for International Peace & Prosperity Corridor", "zangezur-corridor")],
        ),
        # a group named after its town is a body
        ("ԵԱՀԿ Մինսկի խմբի լուծարումը Բաքվում քննարկվեց։", [("Բաքվում", "baku")]),
    ],
)
def test_names_seen_in_set_46(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferries will sail from the port of Alyat to Kuryk.",
            [("port of Alyat", "baku-port"), ("Kuryk", "kuryk")],
        ),
        ("Das Frachtvolumen am Baku-Hafen wächst.", [("Baku-Hafen", "baku-port")]),
        ("Поезда идут через Капыкуле.", [("Капыкуле", "kapikule")]),
        ("کشتی‌ها در استان آستراخان ماندند.", [("استان آستراخان", "astrakhan-oblast-ru")]),
    ],
)
def test_names_seen_in_sets_45_and_47(text, expected):
    assert found(text) == expected


def test_a_german_conflicts_name_is_no_place():
    # "Berg-Karabach-Konflikt" names the conflict (rule 25); "Ukraine-Krieg" keeps its country
    assert found("Der Berg-Karabach-Konflikt prägte Latschin.") == [("Latschin", "lachin")]
    assert found("Seit dem Ukraine-Krieg fahren Züge über Baku.") == [
        ("Ukraine", "ua"),
        ("Baku", "baku"),
    ]
