"""Round 87 (places87): Iran's north-west and Iraq's crossings.

The Maku Free Zone (APPROXIMATE, at Maku's point, where it is headquartered), the Shahid
Kazemi (Bukan) and Silveh dams of West Azerbaijan and the Iraqi border town Mandali are
curated in ``data/places.yaml``. Each name is one a cited page writes. The sentences are the
project's own.
"""

import pytest
from places import assert_geocodes_to

from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited point of each place added
PLACES = {
    "maku-free-zone": ("building", "IR", 39.28992, 44.46035),
    "shahid-kazemi-dam": ("dam", "IR", 36.3086861, 46.5044528),
    "silveh-dam": ("dam", "IR", 36.7834222, 45.1131389),
    "mandali": ("town", "IQ", 33.739544, 45.56129),
}

#: each name a place is written by, and the place
NAMES = [
    # English, Persian, Turkish, Russian
    ("Maku Free Zone", "maku-free-zone"),
    ("Maku Free Trade Zone", "maku-free-zone"),
    ("Maku Free Trade-Industrial Zone", "maku-free-zone"),
    ("Maku Free Trade and Industrial Zone", "maku-free-zone"),
    ("Maku FTZ", "maku-free-zone"),
    ("منطقه آزاد ماکو", "maku-free-zone"),
    ("Mako Serbest Bölgesi", "maku-free-zone"),
    ("Mako Serbest Ticaret Bölgesi", "maku-free-zone"),
    ("СЭЗ Маку", "maku-free-zone"),
    # English, Persian, Turkish
    ("Shahid Kazemi Dam", "shahid-kazemi-dam"),
    ("Kazemi Dam", "shahid-kazemi-dam"),
    ("Bukan Dam", "shahid-kazemi-dam"),
    ("Shahid Kazemi Bukan Dam", "shahid-kazemi-dam"),
    ("سد شهید کاظمی", "shahid-kazemi-dam"),
    ("سد بوکان", "shahid-kazemi-dam"),
    ("سد شهید کاظمی بوکان", "shahid-kazemi-dam"),
    ("Bokan Barajı", "shahid-kazemi-dam"),
    # English, Persian, German
    ("Silveh Dam", "silveh-dam"),
    ("سد سیلوه", "silveh-dam"),
    ("Silveh-Talsperre", "silveh-dam"),
    # English (and German), Persian
    ("Mandali", "mandali"),
    ("مندلی", "mandali"),
]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident):
    assert_geocodes_to(name, ident, PLACES, km=3.0)


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Maku", "geonames:125205"),
        ("ماکو", "geonames:125205"),
        ("Bukan", "geonames:139889"),
        ("Bokan", "geonames:139889"),
        ("بوکان", "geonames:139889"),
        ("Salmas", "geonames:117656"),
        ("Aras Free Zone", "aras-free-zone"),
        ("Maku County", "maku-county"),
        ("Mandalay", "geonames:1311874"),
    ],
)
def test_the_towns_keep_their_names(name, ident):
    assert geocode(name).id == ident


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Investors from China toured the Maku Free Zone last week.", "maku-free-zone"),
        ("The Maku Free Trade Zone borders Turkey and Nakhchivan.", "maku-free-zone"),
        ("هیئتی از منطقه آزاد ماکو بازدید کرد.", "maku-free-zone"),
        ("Yatırımcılar Mako Serbest Bölgesi'ni ziyaret etti.", "maku-free-zone"),
        ("Water in the Shahid Kazemi Dam fell to a record low.", "shahid-kazemi-dam"),
        ("The Bukan Dam supplies more than twenty towns.", "shahid-kazemi-dam"),
        ("حجم آب سد بوکان افزایش یافت.", "shahid-kazemi-dam"),
        ("Kuraklık Bokan Barajı'nı vurdu.", "shahid-kazemi-dam"),
        ("A tunnel carries water from the Silveh Dam toward Lake Urmia.", "silveh-dam"),
        ("Date growers in Mandali trade with Iranian merchants.", "mandali"),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Officials of the Maku Free Zone met the governor in Maku.", "geonames:125205"),
        ("Farmers in Bukan waited for rain.", "geonames:139889"),
    ],
)
def test_the_towns_stay_towns_in_a_sentence(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Bukan Dam lies south-east of Bukan.",
            [("Bukan Dam", "shahid-kazemi-dam"), ("Bukan", "geonames:139889")],
        ),
        (
            "The Mosul Dam on the Tigris holds water for Mosul.",
            [("Mosul Dam", "mosul-dam"), ("Tigris", "tigris-river"), ("Mosul", "geonames:99072")],
        ),
    ],
)
def test_a_dam_and_its_town_in_one_sentence(text, expected):
    # the dam's water words leave its town's bare name the town (the dam's `seat`)
    assert [(m.text, m.place.id) for m in geoparse(text)] == expected
