"""geoparse() on the causes of error a ninth round of real English news showed.

Seventy-three real English excerpts (Trend, APA, Report, Azernews, News.az, Caliber.az,
Mehr, IRNA via Tehran Times, Iran Press, Financial Tribune, Vestnik Kavkaza, Turan,
Jamestown, RFE/RL, Reuters, AP, the Moscow Times, Caspian News, Idman.biz, The National
and others) were read and their mentions judged outside the repository (round 9,
fp9-en; data/README.md); each cause that recurred has a test here, on sentences written
for this project: a football club named after a place, demonyms that GeoNames or
Natural Earth give a place, a surname after a person's initial, an English word or
possessive after an abbreviation's hyphen or apostrophe, names of outlets, cups, leagues,
organisations and parties that hold a place, the city of Van in English, and names the
press writes that the data lacked (provinces, the UAE, the world's container ports).
"""

import pytest

from geo.geoparse import geoparse
from tests.parsing import found


def _marked(text: str) -> list[tuple[str, str, str]]:
    """Return each mention's text, target and kind (a link's kind is "link")."""
    return [(m.text, m.target, m.place.kind if m.place else "link") for m in geoparse(text)]


# ------------------------------------------------------------ a sports club
def test_a_club_word_makes_the_name_the_clubs_and_the_text_keeps_that_sense():
    text = (
        "FC Qarabag lost to FC Chelsea in Baku on Tuesday. Qarabag had won in Lisbon a "
        "month before, and Qarabag's coach praised the fans."
    )
    assert _marked(text) == [
        ("Baku", "baku", "city"),
        ("Lisbon", "geonames:2267057", "city"),
    ]


def test_a_quoted_club_name_before_football_club():
    text = "The “Qarabag” football club trains in Baku; Qarabag meets Celtic next week."
    assert _marked(text) == [("Baku", "baku", "city")]


def test_the_place_stays_a_place_after_a_locative_word_and_without_a_club_word():
    text = "Qarabag FK drew at home. The war in Qarabag ended in 2020."
    assert _marked(text) == [("Qarabag", "karabakh", "region")]
    text = "Farmers in Qarabag received new tractors from Baku."
    assert found(text) == [("Qarabag", "karabakh"), ("Baku", "baku")]


def test_a_match_reports_team_words_make_a_bare_name_the_club():
    text = (
        "In the Europa League, Qarabag defeated Basel, and Qarabag's fans sang in Baku. "
        "Next week Qarabag visits Napoli; they beat Napoli in 2017, and Napoli's coach left."
    )
    assert _marked(text) == [("Baku", "baku", "city")]


def test_a_single_team_word_leaves_the_other_mentions_and_hosting_cities_stay():
    text = "UEFA named Baku, which hosted the 2019 Europa League final; Baku won the bid."
    assert _marked(text) == [("Baku", "baku", "city"), ("Baku", "baku", "city")]
    text = "Before the Champions League game against Napoli, fans toured Napoli on foot."
    assert _marked(text) == [("Napoli", "geonames:3172394", "city")]
    # a country is a national team's name: it stays
    text = "In the UEFA Nations League, Azerbaijan beat Estonia; Azerbaijan's fans cheered."
    assert [m[1] for m in _marked(text)] == ["az", "ee", "az"]


# ------------------------------------------------------------ demonyms
@pytest.mark.parametrize(
    "text",
    [
        "The Kazakh side proposed new tariffs.",
        "Swiss banks froze the accounts.",
        "A Svan choir sang in the hall.",
    ],
)
def test_a_demonym_is_no_place(text):
    assert _marked(text) == []


def test_a_demonym_before_a_port_leaves_the_town_and_the_country_is_still_found():
    text = "The ferry left the Kazakh Aktau Port for Kazakhstan's other harbour."
    assert _marked(text) == [
        ("Aktau", "geonames:610612", "city"),
        ("Kazakhstan", "kz", "country"),
    ]
    assert found("Cargo reached the Russian Astrakhan Port.") == [("Astrakhan", "geonames:580497")]


def test_a_demonym_in_a_list_of_adjectives_is_no_place_and_the_town_stays():
    text = "Talks joined the Kazakh, Azeri and Georgian railways in Tbilisi."
    assert _marked(text) == [("Tbilisi", "geonames:611717", "city")]
    # Qazax, the Azerbaijani town, by its English name before a preposition
    assert _marked("Buses reached Kazakh and Tovuz by noon.") == [
        ("Kazakh", "geonames:585226", "town"),
        ("Tovuz", "geonames:584821", "town"),
    ]


# ------------------------------------------------------------ a person's initial
@pytest.mark.parametrize(
    "text",
    [
        "A poem by S.Vurgun opened the evening in Baku.",
        "A poem by S. Vurgun opened the evening in Baku.",
        "Professor B.I. Vurgun taught in Baku.",
    ],
)
def test_a_name_after_an_initial_is_a_surname(text):
    assert _marked(text) == [("Baku", "baku", "city")]


def test_a_name_after_a_sentence_end_is_still_a_place():
    assert found("The train left Baku. Vurgun was its next stop.") == [
        ("Baku", "baku"),
        ("Vurgun", "geonames:586265"),
    ]


# ------------------------------------------------------------ abbreviations
def test_an_english_word_or_possessive_after_an_abbreviation_is_no_case_ending():
    text = "An EU-backed plan and the UAE's ports were discussed."
    assert _marked(text) == [
        ("EU", "european-union", "macro-region"),
        ("UAE", "ae", "country"),
    ]
    # a Turkic case ending after the hyphen stays the mention's
    assert found("Ordubad SES-i yenidən işləyir.") == [("Ordubad SES-i", "ordubad-hpp")]


# ------------------------------------------------------------ names that hold a place
@pytest.mark.parametrize(
    "text",
    [
        "Echo of the Caucasus reported the arrests.",
        "The figures come from Eurasia Diary.",
        "The final of the Azerbaijan Football Cup was sold out.",
        "The East Azarbaijan Road Maintenance and Transportation Organization said so.",
    ],
)
def test_an_outlet_a_cup_or_an_organisation_is_no_place(text):
    assert _marked(text) == []


def test_a_quoted_partys_name_ending_in_a_country_after_a_dash():
    text = (
        'The bloc "Georgian Dream — Democratic Georgia" led, and "Lelo — for Georgia" '
        "came third in Georgia."
    )
    assert _marked(text) == [("Georgia", "ge", "country")]
    # a quoted route of places keeps its names
    assert found("The “Baku – Tbilisi – Kars” line reopened.") == [
        ("Baku", "baku"),
        ("Tbilisi", "geonames:611717"),
        ("Kars", "kars"),
    ]


# ------------------------------------------------------------ the city of Van
@pytest.mark.parametrize(
    "text, span",
    [
        ("VAN, Turkey - Rescuers worked through the night.", "VAN"),
        ("Aid trucks drove to Van overnight.", "Van"),
        ("Schools in the city of Van stayed shut.", "Van"),
        ("Power was cut across Van city on Monday.", "Van"),
    ],
)
def test_van_is_the_city_where_english_words_name_it_so(text, span):
    assert _marked(text)[0] == (span, "geonames:298117", "city")


@pytest.mark.parametrize(
    "text",
    ["Van drivers blocked the road.", "A van was parked outside.", "He met Van Morrison."],
)
def test_van_stays_a_word_or_a_name_otherwise(text):
    assert _marked(text) == []


# ------------------------------------------------------------ names the data lacked
def test_names_the_press_writes():
    text = "Dams in West Azarbaijan Province feed Lake Orumiyeh, officials told the UAE."
    assert _marked(text) == [
        ("West Azarbaijan Province", "west-azerbaijan-province", "region"),
        ("Lake Orumiyeh", "lake-urmia", "lake"),
        ("UAE", "ae", "country"),
    ]


def test_a_province_in_the_persian_word_order():
    text = "New dams opened in Khorasan Razavi and Golestan provinces."
    assert _marked(text) == [
        ("Khorasan Razavi", "razavi-khorasan-province", "region"),
        ("Golestan", "golestan-province", "region"),
    ]


def test_the_worlds_container_ports_are_found():
    text = "Feeders link Piraeus and Algeciras with Bremerhaven, Le Havre and Trieste."
    assert _marked(text) == [
        ("Piraeus", "geonames:255274", "city"),
        ("Algeciras", "geonames:2522013", "city"),
        ("Bremerhaven", "geonames:2944368", "city"),
        ("Le Havre", "geonames:3003796", "city"),
        ("Trieste", "geonames:3165185", "city"),
    ]


def test_a_namesake_placed_by_its_words_keeps_that_country_later_in_english():
    text = (
        "Baku will also pay for the Astara railway station and its freight yards. The money "
        "goes to rail sidings in Astara city (Iran). About half of it will build a short "
        "line in Astara and a depot."
    )
    assert [m for m in _marked(text) if m[0] == "Astara"] == [
        ("Astara", "astara-ir", "town"),
        ("Astara", "astara-ir", "town"),
    ]
