"""Forms of held-out sets 459-462 (round 99; kept outside the project): a pipeline named by the
countries it joins (places since stop 91), and a Turkish cooperative's name.

The sentences are the project's own.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the earlier reading (both markings of sets 459a and 459b) left these unmarked; the
        # later sets' markings (558a, 569a) mark them, and so does the parser since stop 91
        ("The Iran-Armenia gas pipeline carries gas north.", [("Iran", "ir"), ("Armenia", "am")]),
        ("Իրան-Հայաստան գազամուղը շահագործման է հանձնվել:", [("Իրան", "ir"), ("Հայաստան", "am")]),
        ("Газопровод Иран-Армения начал работу.", [("Иран", "ir"), ("Армения", "am")]),
        (
            "İran-Ermənistan qaz kəməri fəaliyyətə başlayıb.",
            [("İran", "ir"), ("Ermənistan", "am")],
        ),
        ("İran-Türkiye doğalgaz boru hattı onarıldı.", [("İran", "ir"), ("Türkiye", "tr")]),
        ("خط لوله گاز ایران-ارمنستان افتتاح شد.", [("ایران", "ir"), ("ارمنستان", "am")]),
        ("The Iran-Pakistan (IP) gas pipeline project", [("Iran", "ir"), ("Pakistan", "pk")]),
    ],
)
def test_a_pipeline_named_by_two_countries_keeps_them(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pipeline named by its towns keeps them, as a route's stops
        (
            "The Baku-Tbilisi-Ceyhan pipeline runs to the sea.",
            [("Baku", "baku"), ("Tbilisi", "geonames:611717"), ("Ceyhan", "ceyhan")],
        ),
        # the countries that only sign a pipeline's deal stay
        ("Iran and Armenia signed a pipeline deal.", [("Iran", "ir"), ("Armenia", "am")]),
    ],
)
def test_the_pipelines_towns_and_its_partners_stay(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hopa Taşıyıcılar Kooperatifi Başkanı konuştu.",
    ],
)
def test_a_cooperatives_name(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Turkish rivers' plural after a list tells a shared name's river
        ("Kura ve Aras nehirlerinde su azaldı.", [("Kura", "kura"), ("Aras", "araz")]),
        ("Etrek nehri kurudu.", [("Etrek nehri", "atrek-river")]),
        # the bare name stays the railway's stop
        (
            "The railway runs from Bereket to Etrek and Gorgan.",
            [("Bereket", "geonames:161974"), ("Etrek", "etrek"), ("Gorgan", "geonames:132892")],
        ),
    ],
)
def test_the_turkish_rivers_plural_and_the_atrek(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Armenian lake word outside the lake's mention (held-out set 463b)
        ("Սեւանա լճի մակարդակը բարձրացել է:", [("Սեւանա", "lake-sevan")]),
        ("Ուրմիա լճում ջուր չկա:", [("Ուրմիա", "lake-urmia")]),
        # a Russian feminine adjective is no case of a town in -ск (held-out set 466a)
        ("Главы Каспийской пятерки встретились.", []),
        ("Самолёт пролетел над Москвой.", [("Москв", "geonames:524901")]),
        # an Armenian genitive before a city owns it: no person's name runs on (set 466b)
        ("Էրդողանի Մոսկվա կատարած այցը ավարտվեց:", [("Մոսկվա", "geonames:524901")]),
        ("Նա հանդիպեց Արարատ Միրզոյանի հետ:", []),
    ],
)
def test_the_armenian_lake_word_and_a_russian_adjectives_feminine(text, expected):
    assert found(text) == expected
