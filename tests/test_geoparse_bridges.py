"""The Khudafarin Bridges: a structure of their own, never the dam, reservoir or county.

Real articles in every language of the region write of the medieval bridges by the
Khudafarin dam ("Xudafərin körpüsü", "Hudaferin Köprüsü", "Худаферинский мост",
"پل خداآفرین"); without a place of their own they were read as the county or the
reservoir. The sentences are our own.
"""

import pytest

from geo.geocode import geocode
from geo.geoparse import geoparse


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The flag was raised over the Khudafarin Bridges in October 2020.", "Khudafarin Bridges"),
        ("Turistlər Xudafərin körpüsünə baş çəkdilər.", "Xudafərin körpüsü"),
        ("Heyet tarihi Hudaferin Köprüsü'nü ziyaret etti.", "Hudaferin Köprüsü"),
        ("Делегация осмотрела Худаферинский мост на Араксе.", "Худаферинский мост"),
        ("بازدید از پل خداآفرین روی رود ارس", "پل خداآفرین"),
        ("Խուդաֆերինի կամուրջը Արաքսի վրա է։", "Խուդաֆերինի կամուրջ"),
        (
            "Die Brücken von Choda Afarin stehen unterhalb des Staudamms.",
            "Brücken von Choda Afarin",
        ),
    ],
)
def test_the_bridges_are_found_in_every_language(text, written):
    found = [(m.text, m.place.id) for m in geoparse(text) if m.place]
    assert any(w.startswith(written) and pid == "khudafarin-bridges" for w, pid in found), found


def test_a_bare_khudafarin_is_still_the_water_structure():
    ids = {m.place.id for m in geoparse("Xudafərin SES-i və Xudafərin su anbarı") if m.place}
    assert "khudafarin-bridges" not in ids
    assert ids <= {"khudafarin-dam", "khudafarin-reservoir"}


def test_the_bridges_lie_on_the_border_downstream_of_the_dam():
    bridges, dam = geocode("Khudafarin Bridges"), geocode("Khudafarin dam")
    assert bridges.kind == "building"
    assert 39.14 < bridges.lat < 39.16 and 46.93 < bridges.lon < 46.95
    assert bridges.lon > dam.lon  # the Araz flows east: the bridges are downstream
