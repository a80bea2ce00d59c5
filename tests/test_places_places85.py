"""Round 85 (places85): Afghanistan's and Pakistan's crossings and the TAPI and CASA-1000 places.

The Torkham crossing, the border towns Chaman, Spin Boldak, Islam Qala and Ghoryan (APPROXIMATE,
at its district's point), the Angoor Adda crossing, and Fazilka, the Galkynysh gas field, the
Sangtuda-1 plant and Tursunzoda are curated in ``data/places.yaml``; names of held places
(Tajikistan's Persian official name, Mazar-i-Sharif's Turkish name) in ``data/names.yaml``.
Each name is one a cited page writes. The sentences are the project's own.
"""

import pytest
from places import assert_geocodes_to

from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited point of each place added
PLACES = {
    "torkham-crossing": ("border crossing", "AF", 34.11472, 71.08472),
    "chaman-pakistan": ("town", "PK", 30.92222, 66.44472),
    "spin-boldak": ("town", "AF", 31.00806, 66.39806),
    "angur-ada": ("border crossing", "PK", 32.51556, 69.2825),
    "islam-qala": ("town", "AF", 34.66667, 61.06667),
    "ghoryan": ("town", "AF", 34.3438, 61.4798),
    "fazilka": ("town", "IN", 30.403, 74.025),
    "sangtuda-1-hpp": ("hydropower plant", "TJ", 38.045, 69.05833),
    "tursunzoda": ("town", "TJ", 38.51083, 68.23028),
}

#: each name a place is written by, and the place
NAMES = [
    # English, Persian, Russian (German writes "Torkham" too)
    ("Torkham", "torkham-crossing"),
    ("Torkham border crossing", "torkham-crossing"),
    ("تورخم", "torkham-crossing"),
    ("Торхам", "torkham-crossing"),
    # English
    ("Chaman", "chaman-pakistan"),
    ("Chamman", "chaman-pakistan"),
    # English, German, Persian, Russian
    ("Spin Boldak", "spin-boldak"),
    ("Spin Buldak", "spin-boldak"),
    ("سپین بولدک", "spin-boldak"),
    ("Спин-Булдак", "spin-boldak"),
    ("Angoor Adda", "angur-ada"),
    ("Angur Ada", "angur-ada"),
    ("Angoor Ada", "angur-ada"),
    # English, Persian
    ("Islam Qala", "islam-qala"),
    ("اسلام قلعه", "islam-qala"),
    ("Ghoryan", "ghoryan"),
    ("Ghurian", "ghoryan"),
    ("غوریان", "ghoryan"),
    ("Fazilka", "fazilka"),
    # English, German
    # English, Russian
    ("Sangtuda-1", "sangtuda-1-hpp"),
    ("Sangtuda 1 Hydroelectric Power Plant", "sangtuda-1-hpp"),
    ("Sangtuda", "sangtuda-1-hpp"),
    ("Сангтудинская ГЭС-1", "sangtuda-1-hpp"),
    # English, Russian, German
    ("Tursunzoda", "tursunzoda"),
    ("Tursunzade", "tursunzoda"),
    ("Турсунзода", "tursunzoda"),
    ("Турсунзаде", "tursunzoda"),
    ("Tursunsoda", "tursunzoda"),
    ("Regar", "tursunzoda"),
]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident):
    assert_geocodes_to(name, ident, PLACES, km=3.0)


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Kabul", "geonames:1138958"),
        ("Herat", "geonames:1140026"),
        ("Kandahar", "geonames:1138336"),
        ("Dushanbe", "geonames:1221874"),
    ],
)
def test_the_cities_keep_their_names(name, ident):
    assert geocode(name).id == ident


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Mezar-ı Şerif", "geonames:1133616"),
        ("جمهوری تاجیکستان", "tj"),
    ],
)
def test_names_of_held_places(name, ident):
    assert geocode(name).id == ident


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Trucks queued for days at Torkham before the gate opened.", "torkham-crossing"),
        ("کامیون‌ها در تورخم منتظر ماندند.", "torkham-crossing"),
        ("Грузовики простояли у КПП Торхам несколько дней.", "torkham-crossing"),
        ("Traders in Chaman waited for the border to reopen.", "chaman-pakistan"),
        ("The convoy crossed into Afghanistan at Spin Boldak.", "spin-boldak"),
        ("Тысячи людей пересекли границу в Спин-Булдаке.", "spin-boldak"),
        ("Elders asked for the gate at Angoor Adda to reopen.", "angur-ada"),
        ("Fuel tankers burned at Islam Qala near the Iranian border.", "islam-qala"),
        ("Saffron farmers in Ghoryan sold their crop early.", "ghoryan"),
        ("The pipeline is meant to end at Fazilka in Punjab.", "fazilka"),
        ("Power from Sangtuda-1 will flow south in summer.", "sangtuda-1-hpp"),
        ("The smelter at Tursunzoda cut its output.", "tursunzoda"),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}
