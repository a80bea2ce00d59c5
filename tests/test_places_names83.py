"""Round 83: names of places the gazetteer holds, each found as its id by the parser."""

import pytest

from geo.geoparse import geoparse

CASES = [
    ("Deprem Gilan Garb ilçesinde hasara yol açtı.", "Gilan Garb", "gilan-e-gharb"),
    ("Halepçe'de anma töreni düzenlendi.", "Halepçe", "halabja"),
    ("The road runs through Chaghi District to the border.", "Chaghi District", "chagai-district"),
    ("Die Pilger kamen über Zarbatia in den Irak.", "Zarbatia", "zurbatiyah"),
    ("Badra liegt in der Provinz Vaset.", "Provinz Vaset", "wasit-governorate"),
    (
        "India invests in Shahid Beheshti on the Gulf of Oman.",
        "Shahid Beheshti",
        "shahid-beheshti-port",
    ),
    ("Ships call at Shahid Kalantari in Chabahar.", "Shahid Kalantari", "shahid-kalantari-port"),
    ("زائران از استان بصره عبور کردند.", "استان بصره", "basra-governorate"),
    ("Şeki Han Sarayı UNESCO listesine girdi.", "Şeki Han Sarayı", "shaki-khans-palace"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round83_name_found(text, name, pid):
    found = [(m.text, m.place.id if m.place else m.link) for m in geoparse(text)]
    assert any(i == pid and t.startswith(name[:-1]) for t, i in found), found


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        ("He studied at Shahid Beheshti University in Tehran.", "shahid-beheshti-port"),
        ("Halep'te çatışma sürüyor.", "halabja"),
    ],
)
def test_round83_not_the_place(text, pid):
    found = [m.place.id for m in geoparse(text) if m.place]
    assert pid not in found, found
