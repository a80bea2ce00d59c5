"""Round 83 (places83): Iran's crossings to Iraq, Pakistan, Afghanistan and Turkey.

Border towns on Iran's frontier with Iraq (Mehran, Sumar, Gilan-e Gharb; Zurbatiyah, Badra,
Halabja), the Bashmaq crossing (APPROXIMATE, derived from the border between Marivan and
Penjwen), Pakistan's Taftan and Chagai District, four Iraqi governorates (points at their
capitals, whose bare names stay the cities), Iran's Dalahu and Salas-e Babajani counties and
the towns Aradan and Oshtorinan are curated in ``data/places.yaml``. Each name is one a cited
page writes. The sentences are the project's own.
"""

import pytest
from places import assert_geocodes_to

from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited (or, for Bashmaq, derived) point of each place added
PLACES = {
    "mehran-ilam": ("town", "IR", 33.12222, 46.16472),
    "zurbatiyah": ("town", "IQ", 33.15, 46.05),
    "badra-iraq": ("town", "IQ", 33.117, 45.95),
    "halabja": ("city", "IQ", 35.179631, 45.987825),
    "sumar-kermanshah": ("town", "IR", 33.88583, 45.63944),
    "gilan-e-gharb": ("town", "IR", 34.14222, 45.92028),
    "taftan-pakistan": ("town", "PK", 28.948, 61.5844),
    "chagai-district": ("district", "PK", 28.5, 63.83333),
    "basra-governorate": ("district", "IQ", 30.50852, 47.7804),
    "karbala-governorate": ("district", "IQ", 32.61603, 44.02488),
    "najaf-governorate": ("district", "IQ", 32.02594, 44.34625),
    "wasit-governorate": ("district", "IQ", 32.5128, 45.81817),
    "dalahu-county": ("district", "IR", 34.27667, 46.2375),
    "salas-e-babajani-county": ("district", "IR", 34.817, 46.033),
    "aradan-semnan": ("town", "IR", 35.24485, 52.49672),
    "oshtorinan": ("town", "IR", 34.01647, 48.64485),
    "bashmaq-crossing": ("border crossing", "IR", 35.57395, 45.99201),
}

#: each name a place is written by, and the place
NAMES = [
    # English, Persian, German, Russian
    ("Mehran", "mehran-ilam"),
    ("مهران", "mehran-ilam"),
    ("Mehrān", "mehran-ilam"),
    ("Мехран", "mehran-ilam"),
    # English (Wikipedia, Reuters)
    ("Zurbatiyah", "zurbatiyah"),
    ("Zurbatia", "zurbatiyah"),
    # English, German
    ("Badra", "badra-iraq"),
    ("Badrah", "badra-iraq"),
    ("Halabja", "halabja"),
    # English, Persian
    ("Sumar", "sumar-kermanshah"),
    ("سومار", "sumar-kermanshah"),
    ("Gilan-e Gharb", "gilan-e-gharb"),
    ("Gīlān-e Gharb", "gilan-e-gharb"),
    ("گیلان غرب", "gilan-e-gharb"),
    ("Taftan", "taftan-pakistan"),
    ("Chagai District", "chagai-district"),
    ("Chaghai District", "chagai-district"),
    # English, Russian
    ("Basra Governorate", "basra-governorate"),
    ("Basra Province", "basra-governorate"),
    ("провинция Басра", "basra-governorate"),
    ("мухафаза Басра", "basra-governorate"),
    ("Karbala Governorate", "karbala-governorate"),
    ("Karbala Province", "karbala-governorate"),
    ("Najaf Governorate", "najaf-governorate"),
    ("Najaf Province", "najaf-governorate"),
    ("Wasit Governorate", "wasit-governorate"),
    ("Wasit Province", "wasit-governorate"),
    ("Васит", "wasit-governorate"),
    # English, Persian
    ("Dalahu County", "dalahu-county"),
    ("Dalahoo", "dalahu-county"),
    ("شهرستان دالاهو", "dalahu-county"),
    ("دالاهو", "dalahu-county"),
    ("Salas-e Babajani County", "salas-e-babajani-county"),
    ("شهرستان ثلاث باباجانی", "salas-e-babajani-county"),
    ("ثلاث باباجانی", "salas-e-babajani-county"),
    ("Aradan", "aradan-semnan"),
    ("آرادان", "aradan-semnan"),
    ("Oshtorinan", "oshtorinan"),
    ("اشترینان", "oshtorinan"),
    ("Bashmaq", "bashmaq-crossing"),
    ("Bashmagh", "bashmaq-crossing"),
    ("Bashmakh", "bashmaq-crossing"),
    ("باشماق", "bashmaq-crossing"),
]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident):
    km = 12.0 if ident == "bashmaq-crossing" else 3.0
    assert_geocodes_to(name, ident, PLACES, km=km)


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Basra", "geonames:99532"),
        ("Basrah", "geonames:99532"),
        ("Karbala", "geonames:94824"),
        ("Najaf", "geonames:98860"),
        ("Kut", "geonames:99131"),
        ("Tehran", "tehran"),
    ],
)
def test_the_capitals_keep_their_bare_names(name, ident):
    assert geocode(name).id == ident


def test_a_governorate_lies_at_its_capital():
    for unit, seat in [
        ("basra-governorate", "Basra"),
        ("karbala-governorate", "Karbala"),
        ("najaf-governorate", "Najaf"),
        ("wasit-governorate", "Kut"),
    ]:
        place, city = geocode(unit.replace("-", " ").title()), geocode(seat)
        assert place.id == unit
        assert (place.lat, place.lon) == (city.lat, city.lon)


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Pilgrims crossed the border at Mehran on their way to Karbala.", "mehran-ilam"),
        ("زائران از مرز مهران به سمت کربلا رفتند.", "mehran-ilam"),
        ("Паломники прошли через Мехран в сторону Кербелы.", "mehran-ilam"),
        ("Trucks waited at Zurbatiyah before entering Iraq.", "zurbatiyah"),
        ("The convoy passed through Badra in eastern Iraq.", "badra-iraq"),
        ("Survivors gathered in Halabja to remember the attack.", "halabja"),
        ("A new border market opened at Sumar near the Iraqi frontier.", "sumar-kermanshah"),
        ("بازارچه مرزی سومار دوباره باز شد.", "sumar-kermanshah"),
        ("Farmers in Gilan-e Gharb harvested wheat early this year.", "gilan-e-gharb"),
        ("کشاورزان گیلان غرب گندم برداشت کردند.", "gilan-e-gharb"),
        ("Pilgrims returning from Iran were quarantined at Taftan.", "taftan-pakistan"),
        ("Officials in Chagai District closed the road to the border.", "chagai-district"),
        ("Oil output rose in Basra Governorate last month.", "basra-governorate"),
        ("Рабочие в провинции Басра вышли на забастовку.", "basra-governorate"),
        ("Hotels in Karbala Governorate were full during Arbaeen.", "karbala-governorate"),
        ("Najaf Governorate opened new roads for the pilgrims.", "najaf-governorate"),
        ("Farmers in Wasit Governorate complained about the drought.", "wasit-governorate"),
        ("The governor of Dalahu County visited the villages.", "dalahu-county"),
        ("فرماندار شهرستان دالاهو از روستاها بازدید کرد.", "dalahu-county"),
        ("The earthquake hit Salas-e Babajani County hardest.", "salas-e-babajani-county"),
        ("زلزله شهرستان ثلاث باباجانی را لرزاند.", "salas-e-babajani-county"),
        ("A factory opened near Aradan on the Tehran highway.", "aradan-semnan"),
        ("کارخانه ای در آرادان افتتاح شد.", "aradan-semnan"),
        ("Farmers of Oshtorinan grow wheat on the Silakhor plain.", "oshtorinan"),
        ("کشاورزان اشترینان گندم کاشتند.", "oshtorinan"),
        ("Trade through Bashmaq rose after the crossing reopened.", "bashmaq-crossing"),
        ("تجارت از مرز باشماق افزایش یافت.", "bashmaq-crossing"),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}


@pytest.mark.parametrize(
    ("text", "name", "ident"),
    [
        ("Oil tankers left Basra for Asia.", "Basra", "geonames:99532"),
        ("Pilgrims walked from Najaf to Karbala.", "Karbala", "geonames:94824"),
        ("Pilgrims walked from Najaf to Karbala.", "Najaf", "geonames:98860"),
        ("Traffic in Tehran was heavy.", "Tehran", "tehran"),
    ],
)
def test_a_bare_capital_stays_the_city(text, name, ident):
    found = {m.text: m.place.id for m in geoparse(text) if m.place}
    assert found[name] == ident


def test_the_iranian_volcano_is_not_the_pakistani_town():
    text = "The volcano Mount Taftan lies in Sistan and Baluchestan."
    assert "taftan-pakistan" not in {m.place.id for m in geoparse(text) if m.place}
