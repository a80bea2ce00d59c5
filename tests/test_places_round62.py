"""Round 62: places real articles named that the gazetteer lacked.

The four Gazakh villages the 2024 border delimitation returned to Azerbaijan (Bağanıs
Ayrım, Aşağı Əskipara and Qızılhacılı; Xeyrimli has no published position), their Armenian
neighbour Berkaber, the exclaves Armenia holds (Yuxarı Əskipara, Sofulu, Barxudarlı, Kərki),
Qotur, Nabran, Khinalug and the Metsamor nuclear plant are curated in ``data/places.yaml``.
Each name is one a cited page writes. The sentences are the project's own.
"""

import pytest
from places import assert_geocodes_to

from geo.gazetteer import haversine_km
from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited point of each place added
PLACES = {
    "baghanis-ayrim": ("village", "AZ", 41.09667, 45.08194),
    "ashaghi-askipara": ("village", "AZ", 41.07556, 45.08278),
    "gizilhajili-gazakh": ("village", "AZ", 41.05, 45.13333),
    "berkaber": ("village", "AM", 41.05, 45.13333),
    "yukhari-askipara": ("village", "AZ", 41.06611, 45.02333),
    "sofulu": ("village", "AZ", 41.00083, 45.21417),
    "barkhudarli": ("village", "AZ", 40.99333, 45.22528),
    "karki": ("village", "AZ", 39.78556, 44.94361),
    "qotur": ("town", "IR", 38.47083, 44.4075),
    "nabran": ("village", "AZ", 41.76222, 48.69778),
    "khinalug": ("village", "AZ", 41.17778, 48.12694),
    "metsamor-npp": ("building", "AM", 40.14459, 44.11484),
}

#: each name a place is written by, and the place
NAMES = [
    ("Bağanıs Ayrım", "baghanis-ayrim"),
    ("Baghanis Ayrim", "baghanis-ayrim"),
    ("Baganis Ayrim", "baghanis-ayrim"),
    ("Baghanis Ayrum", "baghanis-ayrim"),
    ("Baghanis Ayrym", "baghanis-ayrim"),
    ("Bağanis Ayrım", "baghanis-ayrim"),
    ("Bağanis Ayrum", "baghanis-ayrim"),
    ("Baganis Ajrim", "baghanis-ayrim"),
    ("Баганис Айрым", "baghanis-ayrim"),
    ("Բաղանիս Այրում", "baghanis-ayrim"),
    ("Բաղանիս-Այրում", "baghanis-ayrim"),
    ("Aşağı Əskipara", "ashaghi-askipara"),
    ("Ashaghi Askipara", "ashaghi-askipara"),
    ("Ashagi Askipara", "ashaghi-askipara"),
    ("Ashaghi Eskipara", "ashaghi-askipara"),
    ("Ashagi Eskipara", "ashaghi-askipara"),
    ("Aşağı Eskipara", "ashaghi-askipara"),
    ("Achagi Eskipara", "ashaghi-askipara"),
    ("Ашагы Аскипара", "ashaghi-askipara"),
    ("Աշաղը Ասկիպարա", "ashaghi-askipara"),
    ("Nerkin Voskepar", "ashaghi-askipara"),
    ("Ներքին Ոսկեպար", "ashaghi-askipara"),
    ("Qızılhacılı", "gizilhajili-gazakh"),
    ("Gizilhajili", "gizilhajili-gazakh"),
    ("Gyzylhajily", "gizilhajili-gazakh"),
    ("Gyzylgajily", "gizilhajili-gazakh"),
    ("Gizilkhajili", "gizilhajili-gazakh"),
    ("Kizilhajili", "gizilhajili-gazakh"),
    ("Qizilhajili", "gizilhajili-gazakh"),
    ("Kızılhacılı", "gizilhajili-gazakh"),
    ("Gizilhacili", "gizilhajili-gazakh"),
    ("Гызылгаджилы", "gizilhajili-gazakh"),
    ("Քըզըլ Հաճիլի", "gizilhajili-gazakh"),
    ("Կըզըլ Հաջիլի", "gizilhajili-gazakh"),
    ("Berkaber", "berkaber"),
    ("Բերքաբեր", "berkaber"),
    ("Беркабер", "berkaber"),
    ("Yuxarı Əskipara", "yukhari-askipara"),
    ("Yukhari Askipara", "yukhari-askipara"),
    ("Yukhary Askipara", "yukhari-askipara"),
    ("Юхари Аскипара", "yukhari-askipara"),
    ("Verin Voskepar", "yukhari-askipara"),
    ("Վերին Ոսկեպար", "yukhari-askipara"),
    ("Sofulu", "sofulu"),
    ("Sophulu", "sofulu"),
    ("Софулу", "sofulu"),
    ("Barxudarlı", "barkhudarli"),
    ("Barkhudarli", "barkhudarli"),
    ("Barkhudarly", "barkhudarli"),
    ("Barkudarly", "barkhudarli"),
    ("Бархударлы", "barkhudarli"),
    ("Բարխուդարլու", "barkhudarli"),
    ("Kərki", "karki"),
    ("Karki", "karki"),
    ("Kyarki", "karki"),
    ("Кярки", "karki"),
    ("Tigranashen", "karki"),
    ("Տիգրանաշեն", "karki"),
    ("کارکی", "karki"),
    ("Qotur", "qotur"),
    ("Qatur", "qotur"),
    ("Kotur", "qotur"),
    ("Kutur", "qotur"),
    ("Qutur", "qotur"),
    ("Ghatoor", "qotur"),
    ("شهر قطور", "qotur"),
    ("Nabran", "nabran"),
    ("Набрань", "nabran"),
    ("نابران", "nabran"),
    ("Khinalug", "khinalug"),
    ("Xınalıq", "khinalug"),
    ("Khinalig", "khinalug"),
    ("Khinaliq", "khinalug"),
    ("Xinaliq", "khinalug"),
    ("Khynalyg", "khinalug"),
    ("Khinalyg", "khinalug"),
    ("Хыналыг", "khinalug"),
    ("Хиналуг", "khinalug"),
    ("Metsamor Nuclear Power Plant", "metsamor-npp"),
    ("Armenian Nuclear Power Plant", "metsamor-npp"),
    ("Metsamor NPP", "metsamor-npp"),
    ("Mestamor nuclear power plant", "metsamor-npp"),
    ("Մեծամորի ատոմային էլեկտրակայան", "metsamor-npp"),
    ("Հայկական ատոմային էլեկտրակայան", "metsamor-npp"),
]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident):
    assert_geocodes_to(name, ident, PLACES)


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Baghanis", "geonames:616829"),
        ("Voskepar", "geonames:616074"),
        ("Metsamor", "geonames:823807"),
        ("Մեծամոր", "geonames:823807"),
    ],
)
def test_the_neighbours_keep_their_bare_names(name, ident):
    assert geocode(name).id == ident


def test_the_returned_villages_face_their_armenian_neighbours():
    for village, facing in [("Bağanıs Ayrım", "Baghanis"), ("Aşağı Əskipara", "Voskepar")]:
        a, b = geocode(village), geocode(facing)
        assert (a.country, b.country) == ("AZ", "AM")
        assert haversine_km(a.lat, a.lon, b.lat, b.lon) < 5


def test_the_goranboy_namesake_stays_in_the_gazetteer():
    ids = [
        p.id for p in [geocode("Qızılhacılı"), *map(_place, geocode("Qızılhacılı").alternatives)]
    ]
    assert ids[0] == "gizilhajili-gazakh" and "geonames:585666" in ids


def _place(ident):
    from geo.gazetteer import gazetteer

    return gazetteer()[ident]


def test_nabran_is_no_longer_divichibazar():
    assert geocode("Nabran").id == "nabran"
    assert geocode("Divichibazar").id == "geonames:586763"


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        (
            "Border guards raised a flag over Qızılhacılı, a Qazax village Armenia gave back.",
            "gizilhajili-gazakh",
        ),
        (
            "Qazax rayonunun Qızılhacılı kəndinə sərhədçilər yeni post qurdular.",
            "gizilhajili-gazakh",
        ),
        (
            "Sappers cleared the fields of Bağanıs Ayrım before the Qazax officials came.",
            "baghanis-ayrim",
        ),
        ("Residents of Berkaber watched the new border posts go up.", "berkaber"),
        ("The M2 highway crosses Tigranashen on its way south.", "karki"),
        ("The Van railway reaches Iran at Qotur.", "qotur"),
        ("Holidaymakers from Baku filled the beaches of Nabran.", "nabran"),
        ("Shepherds walked their flocks down from Khinalug in October.", "khinalug"),
        ("Inspectors toured the Metsamor Nuclear Power Plant this week.", "metsamor-npp"),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}


def test_bare_metsamor_in_a_sentence_stays_the_town():
    ids = {m.place.id for m in geoparse("A bus from Yerevan reached Metsamor at noon.") if m.place}
    assert "geonames:823807" in ids and "metsamor-npp" not in ids
