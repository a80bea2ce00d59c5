"""Stop 50's parser rules, each on sentences of the project's own (blind sets 70-85 showed
the patterns): Armenian spellings of Russian names, and the Azerbaijani word "anbar"."""

import pytest

from geo._russianarmenian import armenian_from_russian, russian_armenian_names
from geo.gazetteer import gazetteer
from tests.parsing import found


@pytest.mark.parametrize(
    ("russian", "armenian"),
    [
        ("Шанхай", "Շանհայ"),  # х as հ in a Chinese name (and as խ, made too)
        ("Тяньцзинь", "Տյանցզին"),  # the soft signs dropped
        ("Сиань", "Սիան"),
        ("Омск", "Օմսկ"),  # о at a word's start: օ
        ("Джизак", "Ջիզակ"),  # дж: ջ
        ("Нангархар", "Նանգարհար"),
    ],
)
def test_armenian_spelling_of_a_russian_name(russian, armenian):
    assert armenian in armenian_from_russian(russian)


def test_no_spelling_of_words_it_cannot_spell():
    assert armenian_from_russian("Ростов-на-Дону") == []  # (a lower-case word inside)
    assert armenian_from_russian("Shanghai") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Բեռնատար գնացքը մեկնեց Չինաստանի Տյանցզին քաղաքից։", ("Տյանցզին", "geonames:1792947")),
        ("Նա ելույթ ունեցավ Շանհայում։", ("Շանհայ", "geonames:1796236")),
        (
            "Հարվածներ են հասցվել Աֆղանստանի Նանգարհար նահանգում։",
            ("Նանգարհար նահանգ", "nangarhar-province-af"),
        ),
    ],
)
def test_the_spelling_is_found(text, expected):
    assert expected in found(text)


def test_places_with_names_of_their_own_languages_get_none():
    gaz = gazetteer()
    # Armenia's, Azerbaijan's, Turkey's and Iran's places are spelt from their own names
    for pid in ("geonames:616052", "baku", "kars", "tabriz"):
        assert russian_armenian_names(gaz.by_id[pid], gaz) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stretch of a line between two stops, one of them unknown: no person's name
        (
            "Test trains ran on the Marabda-Akhalkalaki section.",
            ("Akhalkalaki", "geonames:615893"),
        ),
        ("Freight moved in the Marabda-Akhalkalaki area.", ("Akhalkalaki", "geonames:615893")),
        (
            "The works in Foobar-Akhalkalaki (26,3 km) are done.",
            ("Akhalkalaki", "geonames:615893"),
        ),
        ("Yolun Marabda-Axalkalaki hissəsi açılıb.", ("Axalkalaki", "geonames:615893")),
        ("Движение на Марабда-Ахалкалаки участке открыто.", ("Ахалкалаки", "geonames:615893")),
    ],
)
def test_a_stretch_of_a_route_keeps_its_known_end(text, expected):
    assert expected in found(text)


def test_a_double_name_stays_a_person():
    assert found("The statement of John Foobar-Tbilisi was read out.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Personenverkehr zwischen Teheran und Van wurde aufgenommen.",
        "Nach 114 km wird der Bahnhof Van erreicht.",
    ],
)
def test_german_words_name_van_the_city(text):
    assert ("Van", "geonames:298117") in found(text)


def test_a_place_after_a_companys_legal_form_begins_anew():
    # "MMC" ends the company's name; the port's town follows (blind set 86)
    assert ("Batumi", "geonames:615532") in found(
        "ADY Konteyner MMC Batumi limanından yola çıxıb."
    )
    # a company named after the place keeps it out ("Poti MMC")
    assert found("Poti MMC yeni terminal tikir.") == []


def test_the_ural_is_the_river_and_its_mountains_no_place():
    assert ("Ural", "ural-river") in found("Rivers such as the Volga and the Ural feed the sea.")
    assert ("Ural", "ural-river") in found("Volqa, Ural və Kür çayları dənizə tökülür.")
    assert found("The pipeline crosses the Ural Mountains.") == []
    assert ("Kalmykien", "kalmykia-ru") in found("Das benachbarte Kalmykien grenzt an Dagestan.")


@pytest.mark.parametrize(
    "text",
    [
        "Готовность обхода на трассе Р-217 «Кавказ» составила 27,5%.",
        "На трассе Р-22 «Каспий» ограничено движение.",
    ],
)
def test_a_russian_roads_quoted_name_is_no_place(text):
    assert found(text) == []


def test_a_quoted_name_after_another_word_stays():
    assert found("Учения прошли в регионе «Кавказ».") == [("Кавказ", "caucasus")]


def test_a_towns_port_spelled_by_its_initials_keeps_the_town():
    text = "Makhachkala Commercial Sea Port (MCSP) is the only ice-free port of Russia there."
    assert ("Makhachkala", "geonames:532096") in found(text)
    assert found("Caspian Shipping Company (CSC) said so.") == []
