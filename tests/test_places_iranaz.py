"""Iranian Azerbaijan, the historical region of north-western Iran, in the region layer.

Drawn (APPROXIMATE) as the union, holes filled, of the East Azerbaijan, West Azerbaijan and
Ardabil provinces English Wikipedia says it includes (``scripts/regions_historical.py``, by
the economic regions' union). Each name is one a cited page writes; the country's bare name
("Azerbaijan", "Azərbaycan") stays the country's. The sentences are the project's own.
"""

import pytest
from parsing import found

from geo.gazetteer import build_gazetteer
from geo.geocode import geocode
from geo.settings import settings

#: each name the region is written by
NAMES = [
    "Iranian Azerbaijan",
    "Иранский Азербайджан",
    "İran Azerbaycanı",
    "Güney Azerbaycan",
    "İran Azərbaycanı",
    "Cənubi Azərbaycan",
    "Ատրպատական",
]


@pytest.fixture(scope="module")
def gaz():
    return build_gazetteer(settings.data_dir)


@pytest.mark.parametrize("name", NAMES)
def test_each_name_geocodes_to_the_region(name):
    place = geocode(name)
    assert place is not None and place.id == "iranian-azerbaijan"
    assert (place.kind, place.country) == ("region", "IR")


def test_the_region_holds_tabriz_urmia_and_ardabil_not_baku_or_nakhchivan(gaz):
    region = gaz.by_id["iranian-azerbaijan"].geometry
    for city in ("tabriz", "geonames:121801", "ardabil"):  # Tabriz, Urmia (Orūmīyeh), Ardabil
        assert region.contains(gaz.by_id[city].geometry), city
    for city in ("baku", "nakhchivan"):
        assert not region.contains(gaz.by_id[city].geometry), city


def test_the_region_is_its_three_provinces(gaz):
    region = gaz.by_id["iranian-azerbaijan"].geometry
    for province in ("east-azerbaijan-province", "west-azerbaijan-province", "ardabil-province"):
        inner = gaz.by_id[province].geometry.representative_point()
        assert region.contains(inner), province
    # Zanjan, which only some authors include, is not drawn
    assert not region.contains(gaz.by_id["zanjan-province"].geometry.representative_point())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There were protests in Iranian Azerbaijan last week.",
            [("Iranian Azerbaijan", "iranian-azerbaijan")],
        ),
        (
            "Trucks crossed from Iranian Azerbaijan into Nakhchivan.",
            [("Iranian Azerbaijan", "iranian-azerbaijan"), ("Nakhchivan", "nakhchivan-ar")],
        ),
        (
            "Протесты в Иранском Азербайджане продолжаются.",
            [("Иранском Азербайджане", "iranian-azerbaijan")],
        ),
        (
            "Güney Azerbaycan'da protestolar sürüyor.",
            [("Güney Azerbaycan", "iranian-azerbaijan")],
        ),
        (
            "İran Azerbaycanı'nda seçimler yapıldı.",
            [("İran Azerbaycanı", "iranian-azerbaijan")],
        ),
        (
            "İran Azərbaycanında etirazlar davam edir.",
            [("İran Azərbaycanı", "iranian-azerbaijan")],
        ),
        (
            "Ատրպատականի հայերը Թավրիզում են։",
            [("Ատրպատական", "iranian-azerbaijan"), ("Թավրիզ", "tabriz")],
        ),
    ],
)
def test_the_region_in_sentences(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country's word inside the names leaves the country and the province their senses
        ("Azerbaijan and Iran signed a deal.", [("Azerbaijan", "az"), ("Iran", "ir")]),
        (
            "The governor of East Azerbaijan province met officials in Tabriz.",
            [("East Azerbaijan province", "east-azerbaijan-province"), ("Tabriz", "tabriz")],
        ),
        ("Azərbaycan və İran sərhədi", [("Azərbaycan", "az"), ("İran", "ir")]),
        (
            "Արևելյան Ատրպատական նահանգի մաքսատունը բացվեց։",
            [("Արևելյան Ատրպատական նահանգ", "east-azerbaijan-province")],
        ),
    ],
)
def test_the_country_and_the_province_keep_their_senses(text, expected):
    assert found(text) == expected
